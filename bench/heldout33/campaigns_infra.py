"""Campaigns whose collective trace is shared infrastructure: proxies, cards,
devices, networks. Each hides its harvest among benign traffic that shares
the same addresses or looks like it."""
from __future__ import annotations

import random

from bench.heldout33 import network as net
from bench.heldout33.actors import Client, aged, ask
from bench.heldout33.textbank import COT_EN, COT_VI, VI_CHAT, VI_CODE_ASK
from bench.heldout33.world import HOUR, MIN, World, session_times


class Queue:
    """A campaign's work list: items of a task space handed out once each, so
    the accounts together cover it without repeating themselves."""

    def __init__(self, w: World, rng: random.Random, kinds: tuple[str, ...], limit: int | None = None):
        items = [t for k in kinds for t in w.prompts.by[k]]
        rng.shuffle(items)
        self.items = items[:limit] if limit else items
        self.i = 0

    def next(self) -> str:
        t = self.items[self.i % len(self.items)]
        self.i += 1
        return t


def _cover(w: World, rng) -> str:
    return rng.choice(VI_CHAT) if rng.random() < 0.4 else w.prompts.chat(rng)


def hydra_mobile_proxy(w: World, n: int, nat: net.CarrierNat) -> None:
    """Hydra: hundreds of free accounts driven through a Vietnamese mobile proxy
    pool (the same carrier NAT egresses as real phone users), ~14 requests a
    day each, 40% harvest hidden in 60% ordinary chat copied from public sets.
    Trace: accounts opened in four batches, one outdated app build as user
    agent, harvest items never repeated across accounts."""
    name = "hydra_mobile_proxy"
    rng = w.rng(f"camp/{name}")
    q = Queue(w, rng, ("gsm8k", "math", "mbpp", "humaneval", "svamp"))
    batches = [aged(rng, 8, 25) for _ in range(4)]
    for i in range(n):
        a = w.account(rng, name, name, batches[i % 4] + rng.randrange(0, 2 * HOUR), payment=None)
        cl = Client("SongChat-Android/4.1.7 (Android 12; OPPO A57)", w.new_id("dev", "d_"), "", 7552)
        for ts in session_times(rng, "vn_day", w.start, w.end, int(rng.uniform(10, 18) * w.days), 40, 3):
            ip, asn = nat.pick(rng)
            if rng.random() < 0.4:
                text = rng.choice(COT_VI if rng.random() < 0.6 else COT_EN).format(q=q.next())
                ask(w, rng, a, ts, text, cl, cmean=700, ip=ip, asn=asn)
            else:
                ask(w, rng, a, ts, _cover(w, rng), cl, cmean=300, ip=ip, asn=asn)


def card_farm_code(w: World, n: int) -> None:
    """Seventy paid accounts on three prepaid virtual cards, each account on its
    own cloud server, harvesting explained code solutions.
    Trace: the cards."""
    name = "card_farm_code"
    rng = w.rng(f"camp/{name}")
    cards = [w.new_id("pay", "pm_", 6) for _ in range(3)]
    q = Queue(w, rng, ("mbpp", "humaneval", "arena"))
    for i in range(n):
        a = w.account(rng, name, name, aged(rng, 3, 40), payment=cards[i % 3], tier="plus")
        asn = rng.choice([14061, 45102, 16509])
        cl = Client(rng.choice(["python-httpx/0.28.1", "song-python/2.3.1"]), w.new_id("dev", "d_"), net.ip_in(rng, asn), asn)
        for ts in session_times(rng, "flat", w.start, w.end, int(rng.uniform(20, 35) * w.days), 25, 8):
            text = (q.next() + "\n\nFirst explain your reasoning step by step, then give the complete, tested code.")
            ask(w, rng, a, ts, text, cl, cmean=900)


def device_farm_math(w: World, n: int, nat: net.CarrierNat) -> None:
    """A phone farm: ten rooted handsets (emulator fingerprints) on Viettel SIMs
    rotate through 110 accounts asking Vietnamese worked maths.
    Trace: eleven accounts per device fingerprint."""
    name = "device_farm_math"
    rng = w.rng(f"camp/{name}")
    phones = [(w.new_id("dev", "d_"), net.mobile_app(rng)) for _ in range(10)]
    q = Queue(w, rng, ("gsm8k", "math", "svamp"))
    for i in range(n):
        a = w.account(rng, name, name, aged(rng, 2, 60))
        dev, ua = phones[i % 10]
        for ts in session_times(rng, "vn_day", w.start, w.end, int(rng.uniform(15, 30) * w.days), 30, 5):
            ip, asn = nat.pick(rng, 7552)
            ask(w, rng, a, ts, rng.choice(COT_VI).format(q=q.next()), Client(ua, dev, ip, asn), cmean=650)


CGNAT_SYS = "Bạn là chuyên gia lập trình. Luôn giải thích chi tiết từng bước suy nghĩ trước khi viết code hoàn chỉnh."


def cgnat_hiders(w: World, n: int, nat: net.CarrierNat) -> None:
    """Accounts behind Viettel/MobiFone carrier NAT, exactly where real phone
    users are, with a fingerprint randomiser (a new device id per request).
    Trace: one system prompt across all of them; device churn."""
    name = "cgnat_hiders"
    rng = w.rng(f"camp/{name}")
    q = Queue(w, rng, ("mbpp", "humaneval"))
    for _ in range(n):
        a = w.account(rng, name, name, aged(rng, 5, 120))
        carrier = rng.choice([7552, 131429])
        for ts in session_times(rng, "vn_day", w.start, w.end, int(rng.uniform(12, 25) * w.days), 35, 4):
            ip, asn = nat.pick(rng, carrier)
            cl = Client(net.mobile_app(rng), w.new_id("dev", "d_"), ip, asn)
            ask(w, rng, a, ts, rng.choice(VI_CODE_ASK).format(q=q.next()), cl, cmean=800, system=CGNAT_SYS)


def campus_hiders(w: World, n: int) -> None:
    """Accounts on the university network (same NAT as real dorm students) that
    wake together every 30 minutes, each sending a short burst of CoT maths.
    Trace: synchronised timing."""
    name = "campus_hiders"
    rng = w.rng(f"camp/{name}")
    nat = net.dorm_nat(w)  # the very addresses real dorm students use
    q = Queue(w, rng, ("math", "gsm8k"))
    accts = [(w.account(rng, name, name, aged(rng, 1, 30)), Client(net.browser(rng), w.new_id("dev", "d_"), "", 24176))
             for _ in range(n)]
    t = w.start + rng.randrange(30 * MIN)
    while t < w.end:
        if 7 <= (t - w.start) // HOUR % 24 <= 23:
            for a, cl in accts:
                if rng.random() < 0.3:
                    s = t + rng.randrange(0, 90_000)
                    for _ in range(rng.randint(1, 3)):
                        ask(w, rng, a, s, rng.choice(COT_EN + COT_VI).format(q=q.next()), cl, cmean=650, ip=rng.choice(nat))
                        s += rng.randint(3000, 15000)
        t += 30 * MIN


def aged_bought(w: World, n: int) -> None:
    """Old accounts bought on a marketplace (each with its original card and
    years of age) now all driven from three proxy servers abroad.
    Trace: three addresses for ninety unrelated-looking accounts."""
    name = "aged_bought"
    rng = w.rng(f"camp/{name}")
    proxies = [(net.ip_in(rng, 9009), 9009), (net.ip_in(rng, 9009), 9009), (net.ip_in(rng, 14061), 14061)]
    q = Queue(w, rng, ("gsm8k", "math", "mbpp", "humaneval", "arena"))
    for _ in range(n):
        a = w.account(rng, name, name, aged(rng, 400, 1200), tier="plus")
        cl = Client(net.browser(rng), w.new_id("dev", "d_"), "", 0)
        for ts in session_times(rng, "flat", w.start, w.end, int(rng.uniform(20, 40) * w.days), 30, 10):
            ip, asn = rng.choice(proxies)
            text = rng.choice(COT_EN).format(q=q.next()) if rng.random() < 0.7 else _cover(w, rng)
            ask(w, rng, a, ts, text, cl, cmean=700, ip=ip, asn=asn, eager=0.7)
