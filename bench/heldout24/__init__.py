"""Held-out generator 24: a Tokyo LLM API provider over Golden Week 2027 (see README.md)."""
