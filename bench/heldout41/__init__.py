"""Held-out labelled traffic generator (heldout41): Central Asia & Caucasus, Nauryz weekend, talon-3 launch."""
