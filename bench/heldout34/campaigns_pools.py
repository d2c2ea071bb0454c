"""Campaigns that lean on pooled infrastructure: proxies, cards, phones, cloud hosts."""
from __future__ import annotations

import random

from . import networks as nw
from .core import (EP_APP, EP_CHAT, LAUNCH_MS, START_MS, World, comp, created_between, per_day, rotating, times)
from .people import cgnat
from .texts_attack import (AGENT_TASK, CASUAL_WRAPS, CODE_TEMPLATE, COT_ELICIT, HYDRA_WRAPS, LAUNCH_WRAPS,
                           MATH_TEMPLATE, agent_system)
from .world import BROWSER_UA, DAY_MS, HOUR_MS, MOBILE_UA, NEW_MODEL, SDK_UA, ja4_for


class Cursor:
    """Walks a task list in order across all of a campaign's accounts: coverage, not repetition."""

    def __init__(self, items: list[str], start: int = 0):
        self.items, self.i = items, start

    def next(self) -> str:
        q = self.items[self.i % len(self.items)]
        self.i += 1
        return q


def shuffled(r: random.Random, *pools: list[str]) -> list[str]:
    items = [q for p in pools for q in p]
    r.shuffle(items)
    return items


def resi_proxy(w: World, vendor: str = "a") -> list[tuple[str, int]]:
    """Residential proxy exits: real household addresses on the big ISPs."""
    key = "resi/" + vendor
    if key not in w.shared:
        r = w.rng(key)
        nets = (["telstra", "optus", "tpg", "iinet", "aussiebb", "spark", "one_nz"] if vendor == "a"
                else ["superloop", "vocus", "tpg", "aussiebb", "telstra"])
        w.shared[key] = [a for net in nets for a in nw.pool(r, net, 110 if vendor == "a" else 60)]
    return w.shared[key]


def batches(r: random.Random, n: int, k: int, lo: float, hi: float) -> list[int]:
    """Creation times of n accounts registered in k batches (a few hours each)."""
    days = [r.uniform(lo, hi) for _ in range(k)]
    return [START_MS - int(days[i % k] * DAY_MS) + r.randrange(4 * HOUR_MS) for i in range(n)]


def hydra_proxy(w: World, n: int) -> None:
    """Hydra: hundreds of accounts over a residential proxy pool, prepaid cards, harvest mixed with cover."""
    r = w.rng("camp/hydra_proxy")
    pool = resi_proxy(w, "a")
    cards = [w.card() for _ in range(max(1, n // 20))]
    work = Cursor(shuffled(r, w.c["math"], w.c["gsm8k"]))
    for i, created in enumerate(batches(r, n, 6, 30, 240)):
        ua = r.choice(BROWSER_UA + SDK_UA[:2])
        a = w.account("hydra_proxy", r.choice(["sydney", "melbourne", "brisbane", "auckland"]), created,
                      "attack", "hydra", tier="t1", pay=cards[i % len(cards)], keys=[w.key()], ua=ua, device=w.dev(),
                      net=rotating(pool), endpoint=EP_CHAT, h3_delay_h=0.5, h3_share=0.85)
        for t in times(w, r, a, "flat", per_day(r, w.days, 18, 0.4), (3, 10), 30):
            dev = w.dev() if r.random() < 0.3 else None
            if r.random() < 0.6:
                w.emit(r, a, t, r.choice(HYDRA_WRAPS).format(q=work.next()), completion=comp(r, 700, 0.4), device=dev)
            else:
                w.emit(r, a, t, r.choice(w.c[r.choice(["chat_short", "nq"])]), completion=comp(r, 250), device=dev)


def card_farm_codegen(w: World, n: int) -> None:
    """Four cards funding eighty VPS-hosted accounts that sweep coding tasks with one template."""
    r = w.rng("camp/card_farm_codegen")
    cards = [w.card() for _ in range(4)]
    work = Cursor(w.c["mbpp"] + w.c["humaneval"] + [q for q in w.c["arena"] if "python" in q.lower()])
    shared = nw.pool(r, "vultr_syd", 4)
    for i, created in enumerate(batches(r, n, 2, 10, 20)):
        net = r.choice(["vultr_syd", "do_syd"])
        own = (nw.host(r, net), nw.asn(net))
        ua = SDK_UA[0] if i % 3 else SDK_UA[5]
        a = w.account("card_farm_codegen", "perth", created, "attack", "card_farm", tier="t1", pay=cards[i % 4],
                      keys=[w.key()], ua=ua, device=ja4_for(ua),
                      net=lambda rr, o=own: o if rr.random() < 0.9 else rr.choice(shared), endpoint=EP_CHAT,
                      h3_delay_h=1, h3_share=0.9)
        for t in times(w, r, a, "night", per_day(r, w.days, 26, 0.3), (5, 15), 12):
            w.emit(r, a, t, CODE_TEMPLATE.format(q=work.next()), completion=comp(r, 900, 0.35))


def device_farm(w: World, n: int) -> None:
    """Android phone farm: each handset runs several cloned app accounts on mobile CGNAT."""
    r = w.rng("camp/device_farm")
    phones = [w.dev() for _ in range(max(1, n // 4 - 3))]
    ua = MOBILE_UA[2]
    cg = cgnat(w, "optus_mobile")
    work = Cursor(shuffled(r, w.c["gsm8k"], w.c["svamp"]))
    for i, created in enumerate(batches(r, n, 5, 3, 35)):
        a = w.account("device_farm", "sydney", created, "attack", "device_farm", ua=ua, device=phones[i % len(phones)],
                      net=rotating(cg), endpoint=EP_APP, h3_delay_h=2, h3_share=0.7)
        for t in times(w, r, a, "consumer", per_day(r, w.days, 22, 0.3), (5, 10), 14, gap_sigma=0.3):
            wrap = r.choice(HYDRA_WRAPS[2:] + CASUAL_WRAPS[:4])
            w.emit(r, a, t, wrap.format(q=work.next()), completion=comp(r, 450, 0.4))


def template_sweep_math(w: World, n: int) -> None:
    """One exact template over MATH in dataset order; each EC2 host takes a contiguous slice."""
    r = w.rng("camp/template_sweep_math")
    cards = [w.card() for _ in range(max(1, n // 5))]
    math = w.c["math"]
    for i, created in enumerate(batches(r, n, 3, 40, 60)):
        own = (nw.host(r, "aws_syd"), nw.asn("aws_syd"))
        ua = SDK_UA[0]
        a = w.account("template_sweep_math", "sydney", created, "attack", "template_sweep", tier="t1",
                      pay=cards[i % len(cards)], keys=[w.key()], ua=ua, device=ja4_for(ua),
                      net=lambda rr, o=own: o, endpoint=EP_CHAT, h3_delay_h=0.3, h3_share=1.0)
        k = i * 70
        for t in times(w, r, a, "flat", per_day(r, w.days, 28, 0.25), (4, 12), 8, gap_sigma=0.4):
            w.emit(r, a, t, MATH_TEMPLATE.format(q=math[k % len(math)]), completion=comp(r, 800, 0.35))
            k += 1


def agentic_sweep(w: World, n: int) -> None:
    """Tool-use trajectories: varying tool schemas crossed with a task list, via the responses API."""
    r = w.rng("camp/agentic_sweep")
    cards = [w.card() for _ in range(7)]
    hosts = nw.pool(r, "gcp_syd", 20) + nw.pool(r, "linode_syd", 12)
    work = Cursor(shuffled(r, w.c["instr"], w.c["arena_short"]))
    for i, created in enumerate(batches(r, n, 4, 30, 90)):
        ua = SDK_UA[3] if i % 2 else SDK_UA[4]
        a = w.account("agentic_sweep", "melbourne", created, "attack", "agentic_sweep", tier="t1", pay=cards[i % 7],
                      keys=[w.key()], ua=ua, device=ja4_for(ua), net=rotating(r.sample(hosts, 3)),
                      endpoint="/v1/responses", h3_delay_h=1.5, h3_share=0.8)
        for t in times(w, r, a, "dev", per_day(r, w.days, 22, 0.35), (3, 8), 25):
            w.emit(r, a, t, r.choice(AGENT_TASK).format(q=work.next()), system=agent_system(r),
                   completion=comp(r, 1100, 0.35))


def cot_rationale(w: World, n: int) -> None:
    """Chain-of-thought elicitation through the web app, from residential proxies, human-like sessions."""
    r = w.rng("camp/cot_rationale")
    pool = resi_proxy(w, "b")
    vpn = nw.pool(w.rng("pool/m247_vpn"), "m247_vpn", 40)
    cards = [w.card() for _ in range(3)]
    work = Cursor(shuffled(r, w.c["gsm8k"], w.c["math"], w.c["arena_short"]))
    for i, created in enumerate(batches(r, n, 9, 7, 60)):
        paid = r.random() < 0.2
        sess = {}

        def net(rr, sess=sess, v=r.random() < 0.3):
            if "ip" not in sess or rr.random() < 0.15:
                sess["ip"] = rr.choice(vpn if v else pool)
            return sess["ip"]
        a = w.account("cot_rationale", r.choice(["sydney", "melbourne", "brisbane"]), created, "attack", "cot_elicit",
                      tier="t1" if paid else "free", pay=cards[i % 3] if paid else None, ua=r.choice(BROWSER_UA),
                      device=w.dev(), net=net, h3_delay_h=3, h3_share=0.7)
        for t in times(w, r, a, "consumer", per_day(r, w.days, 16, 0.35), (3, 8), 60):
            w.emit(r, a, t, r.choice(COT_ELICIT).format(q=work.next()), completion=comp(r, 1000, 0.35))


def launch_burst(w: World, n: int) -> None:
    """Aged accounts that idle on old models, then pour capability probes into harbour-3 right after launch."""
    r = w.rng("camp/launch_burst")
    cards = [w.card() for _ in range(10)]
    hosts = nw.pool(r, "aws_syd", 25) + nw.pool(r, "vultr_syd", 15)
    work = Cursor(shuffled(r, w.c["arena"], w.c["math"], w.c["humaneval"]))
    go = LAUNCH_MS + int(r.uniform(10, 25) * 60_000)
    for i in range(n):
        ua = r.choice(SDK_UA[:3])
        a = w.account("launch_burst", "sydney", created_between(r, 150, 550), "attack", "launch_burst", tier="t1",
                      pay=cards[i % 10], keys=[w.key()], ua=ua, device=ja4_for(ua), net=rotating(r.sample(hosts, 2)),
                      endpoint=EP_CHAT, h3_delay_h=0, h3_share=1.0, retry=1.0)
        for t in times(w, r, a, "consumer", r.randint(0, 3), (1, 2), 60):
            if t < LAUNCH_MS:
                w.emit(r, a, t, r.choice(w.c["chat_short"]), completion=comp(r, 250))
        start = go + r.randrange(40 * 60_000)
        span = int(r.uniform(6, 10) * HOUR_MS)
        burst = sorted(start + r.randrange(span) for _ in range(r.randint(35, 60)))
        later = times(w, r, a, "flat", r.randint(8, 20), (3, 8), 30, day=1) if w.days > 1 else []
        for t in burst + later:
            w.emit(r, a, t, r.choice(LAUNCH_WRAPS).format(q=work.next()), model=NEW_MODEL,
                   completion=comp(r, 900, 0.45))
