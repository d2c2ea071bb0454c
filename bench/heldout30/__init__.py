"""Held-out labelled traffic set 30: "Ubuntu Cloud AI", Johannesburg/Cape Town,
Thursday 3 and Friday 4 December 2026 (SAST). Run `python -m bench.heldout30.gen`."""
