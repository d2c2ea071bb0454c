"""heldout29: a blind, labelled traffic generator for "Revontuli", a Helsinki LLM API
serving the Nordics and Baltics (1-2 December 2026: Advent of Code unlocks, a reasoning
model release, university exams, and 13 distillation campaigns hidden among look-alikes).

Run from the repository root:
    PYTHONPATH=. python -m bench.heldout29.gen --seed 1 --days 2 --out ad1.jsonl.gz --labels ad1.labels.json
"""
