"""heldout56: blind, labelled traffic generator for the "Andes" world (see README.md)."""
