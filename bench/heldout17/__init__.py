"""heldout17: a blind, labelled traffic generator (Carnaval 2026, Latin America)."""
