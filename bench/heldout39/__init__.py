"""Blind held-out traffic generator "Mediterraneo" (seed-deterministic).

Run `python -m bench.heldout39.gen --help`; see README.md in this folder.
"""
