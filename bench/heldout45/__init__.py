"""Blind labelled traffic set 45: Ukraine + Baltics, NMT weeks, dnipro-2 launch (see README.md)."""
