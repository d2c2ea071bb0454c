"""Infrastructure shared by several populations (benign and campaign alike): the
UNAM campus NAT and the NubeMX reseller's org, card and proxies. Built from their
own random streams so every user of them sees the same addresses."""
from __future__ import annotations

from bench.heldout35 import network as N
from bench.heldout35.actors import World
from bench.heldout35.world import hexid


def unam_nat(world: World) -> list[tuple[str, int]]:
    return N.pool(world.rng("infra/unam-nat"), "unam", 24)


def reseller(world: World) -> tuple[str, str, list[tuple[str, int, str]]]:
    rng = world.rng("infra/nubemx")
    org, pay = f"org-nubemx-{hexid(rng, 6)}", N.card(rng)
    proxies = [(ip, asn, N.device(rng)) for ip, asn in N.pool(rng, "aws", 6)]
    return org, pay, proxies


def telcel_cgnat(world: World) -> N.CGNAT:
    return N.CGNAT(world.rng("infra/telcel-cgnat"), "telcel", 300)
