"""heldout36: a blind, labelled traffic generator for enforcer.

World "Wisła": a Central European LLM provider during matura week and the wisla-3
launch (5-6 May 2027). See README.md in this folder.
"""
