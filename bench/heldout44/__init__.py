"""Held-out labelled traffic set 44: a Brazilian LLM API provider on ENEM Sunday
and the ipe-4 launch Monday (7-8 November 2027). Written blind to the detector."""
