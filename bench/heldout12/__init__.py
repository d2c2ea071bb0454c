"""heldout12: a blind labelled traffic generator for LLM-API distillation detection."""
