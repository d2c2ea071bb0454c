"""Held-out traffic set 19: the "Larkspur" API over Thanksgiving Sunday and Cyber Monday (US retail surge).

Written blind: see README.md.
"""
