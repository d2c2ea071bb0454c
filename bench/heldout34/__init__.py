"""Held-out traffic set 34: "Harbour", an AU/NZ LLM provider, 23-24 February 2027 (blind).

Build with `python -m bench.heldout34.gen`, verify with `python -m bench.heldout34.check`.
"""
