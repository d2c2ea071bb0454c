"""Held-out traffic set 32: a blind, labelled two-day world around a Turkish LLM provider
(Istanbul / Ankara / Izmir, 3-4 February 2027). See README.md."""
