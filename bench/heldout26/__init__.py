"""heldout26: blind, labelled traffic for a London LLM API provider (UK and
Ireland) in the first working week of January 2027. See README.md."""
