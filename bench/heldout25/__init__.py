"""heldout25: blind, labelled traffic for a DACH LLM API provider (Foehnwerk AI)
over the last working days before Christmas 2026, foehn-3 released on day 2."""
