"""Blind held-out traffic generator: the "Long AI" API seen from mainland China, HK/Macau and Singapore relays."""
