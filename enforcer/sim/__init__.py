"""Synthetic LLM-API traffic with labelled distillation campaigns and hard benign look-alikes."""
from .generator import SimConfig, generate, write

__all__ = ["SimConfig", "generate", "write"]
