"""enforcer: streaming enforcement middleware against LLM distillation campaigns."""

__version__ = "0.1.0"
