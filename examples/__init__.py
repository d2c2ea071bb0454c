"""Runnable examples (not part of the enforcer package)."""
