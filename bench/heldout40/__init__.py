"""bench/heldout40: a blind, seed-deterministic labelled traffic set (Karachi/Lahore/Islamabad/Dhaka)."""
