"""Blind held-out labelled traffic generator 52: the "Dunaj AI" world (Prague, CEE/SEE)."""
