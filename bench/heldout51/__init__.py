"""Held-out synthetic traffic set 51: "Noord Labs", a Benelux + Nordic LLM API, 18-19 Jan 2027.

Written blind (without reading the detector). See README.md and BLINDNESS_LOG.txt.
"""
