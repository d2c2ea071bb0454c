"""Registry of populations, in generation order (each has its own random stream)."""
from bench.heldout41 import benign_a, benign_b, benign_c, camp_a, camp_b

POPULATIONS = benign_a.POPS + benign_b.POPS + benign_c.POPS + camp_a.POPS + camp_b.POPS
