"""Held-out labelled traffic for an LLM API serving Nigeria, Ghana and Kenya,
13-14 May 2027 (WASSCE week; `baobab-2` launches Friday 15:00 Lagos time).
Entry point: `python -m bench.heldout46.gen`."""
