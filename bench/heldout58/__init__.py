"""heldout58: blind held-out traffic for enforcer (South Asia's smaller markets, Tihar/Deepavali 2025)."""
