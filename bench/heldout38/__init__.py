"""heldout38: a blind, labelled traffic generator for Garuda AI (Indonesia/Malaysia, UTBK week, garuda-4 launch)."""
