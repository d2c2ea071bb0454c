"""Held-out traffic world 21: a Seoul LLM API provider over the Suneung results
release (day 1) and a model launch (day 2). Written blind to enforcer's rules.
Run `python -m bench.heldout21.gen --help`."""
