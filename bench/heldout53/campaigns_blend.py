"""Campaigns that hide inside benign infrastructure: relay stations, hydra account farms, student /
developer mimics, phone farms, aged-account trickles. Each account is small on purpose."""
from __future__ import annotations

from bench.heldout53 import clients as C
from bench.heldout53 import prompt_kit as K
from bench.heldout53 import zh_text as Z
from bench.heldout53.engine import (DAY, HOUR, MIN, START, END, Pop, count, ctok, dynamic, fixed, from_pool,
                                    pick_model, sessions, spread, status_of)
from bench.heldout53.networks import CN_HOME, addr, pool


def _work(r, names: list[str]) -> list[str]:
    """A campaign's shuffled worklist: it partitions it across its accounts (no repeats across accounts)."""
    items = [q for n in names for q in K.pool(n)]
    r.shuffle(items)
    return items


def c_relay_channel(p: Pop):
    """A distiller buys a 'dedicated channel' at relay station A: the relay routes it through its own
    upstream accounts, sharing egress IPs, UA, org and card pool with relay A's legit accounts."""
    r = p.rng
    ips, cards = p.infra.relays["relay_a"], p.infra.relay_cards["relay_a"]
    work = _work(r, ["arena", "user", "math"])
    w = 0
    for _ in range(75):
        a = p.account(p.age(2, 200), from_pool(ips), *C.sdk("newapi"),
                      org=p.infra.relay_org["relay_a"] if r.random() < .7 else None, payment=r.choice(cards))
        for day in range(2):
            for ts in sessions(r, day, count(r, 28, 0.3), "flat", (1, 3), (1, 30)):
                if r.random() < 0.7:
                    msg, w = K.cot(r, work[w % len(work)], 0.4), w + 1
                    out = ctok(r, 1800, 0.4)
                else:  # resold cover traffic from the distiller's own app
                    msg, out = K.casual(r), None
                p.emit(a, ts, msg, model=pick_model(r, ts, {"long-1": 3, "long-r1": 2}, {"long-r2": 3, "long-1": 1}),
                       out=out, status=status_of(r, 0.03))


def c_hydra_vpn(p: Pop):
    """Hydra: 130 accounts, 9 virtual cards rotated across them, 14 emulator devices, VPN exits shared with
    the public; ~25 requests/day each, 55% CoT harvest over maths, 45% chit-chat cover."""
    r = p.rng
    cards = [C.card(r) for _ in range(9)]
    devs = [C.device(r) for _ in range(14)]
    work = _work(r, ["math", "gsm8k"])
    w = 0
    for i in range(130):
        a = p.account(p.age(4, 70), from_pool(p.infra.vpn_exits), r.choice(C.BROWSERS), r.choice(devs),
                      payment=cards[i % len(cards)])
        for day in range(2):
            if day == 1 and r.random() < .3:
                a.payment = r.choice(cards)  # card rotated after a decline
            for ts in sessions(r, day, count(r, 25, 0.35), "consumer", (1, 4), (20, 200)):
                if r.random() < 0.55:
                    msg, w = K.cot(r, work[w % len(work)], 0.5), w + 1
                    p.emit(a, ts, msg, model=pick_model(r, ts, {"long-r1": 1, "long-1": 1}, {"long-r2": 2, "long-1": 1}),
                           out=ctok(r, 2200, 0.4))
                else:
                    p.emit(a, ts, K.casual(r), model="long-1-mini")


def c_student_mimic(p: Pop):
    """Imitates students: student wrappers and study-hours rhythm on home broadband / mobile, but walks
    GSM8K in order across accounts, one slice each."""
    r = p.rng
    gsm = K.pool("gsm8k")
    start = r.randrange(len(gsm) - 3000)
    for i in range(60):
        ua, dev = (C.browser(r) if r.random() < .6 else C.mobile(r))
        egress = dynamic(["ct", "cu"]) if r.random() < .6 else from_pool(p.infra.cgnat[r.choice(list(p.infra.cgnat))])
        a = p.account(p.age(3, 25), egress, ua, dev)
        k = start + i * 50
        for day in range(2):
            for ts in sessions(r, day, count(r, 22, 0.25), "student", (2, 6), (40, 260)):
                if r.random() < 0.8:
                    q = gsm[k % len(gsm)]
                    k += 1
                    msg = r.choice(Z.STUDENT_WRAP[:5]).format(q=q) + r.choice(["", "\n请写出详细步骤", "\n每一步都要解释"])
                    p.emit(a, ts, msg, model=pick_model(r, ts, {"long-1": 2, "long-r1": 1}), out=ctok(r, 900, 0.4))
                else:
                    p.emit(a, ts, K.student(r))


def c_dev_mimic(p: Pop):
    """Imitates developers: real IDE-plugin UA, work-hour sessions, but each 'session' is an MBPP/HumanEval
    item asking for solution plus line-by-line reasoning."""
    r = p.rng
    work = _work(r, ["mbpp", "humaneval", "code"])
    w = 0
    for _ in range(50):
        a = p.account(p.age(10, 120), from_pool(p.infra.vpn_exits[r.randrange(240):][:8]), *C.sdk(
            r.choice(["ide", "ide", "ide_jb"])))
        for day in range(2):
            for ts in sessions(r, day, count(r, 20, 0.3), "dev", (2, 5), (30, 240)):
                q, w = work[w % len(work)], w + 1
                msg = q + r.choice(["\n\nExplain your approach line by line before the code.",
                                    "\n\n先讲清楚思路，再给出代码，最后逐行解释。", "\n\nThink through edge cases step by step.",
                                    ""])
                p.emit(a, ts, msg, model=pick_model(r, ts, {"long-1": 2, "long-r1": 1}, {"long-r2": 2, "long-1": 1}),
                       ptoks=None, out=ctok(r, 1100, 0.4))


def c_phone_farm(p: Pop):
    """Phone farm in one province: 24 physical phones x 3 app accounts each, China Mobile CGNAT,
    role-play prompts from the public prompt list plus CoT harvest; accounts on a phone take turns."""
    r = p.rng
    nat = p.infra.cgnat["hn"]
    phones = [(r.choice(C.MOBILE[:3]), C.device(r, "inst")) for _ in range(24)]
    work = _work(r, ["svamp", "gsm8k", "arena"])
    w = 0
    for ph, (ua, dev) in enumerate(phones):
        for slot in range(3):
            a = p.account(p.age(1, 15), from_pool(nat), ua, dev)
            for day in range(2):
                t0 = START + day * DAY + (8 + slot * 5) * HOUR
                for ts in spread(r, t0, t0 + 5 * HOUR, count(r, 24, 0.2), 0.45):
                    if r.random() < 0.6:
                        msg, w = K.cot(r, work[w % len(work)], 0.7), w + 1
                    else:
                        msg = K.pick(r, "awesome")[:800]
                    p.emit(a, ts, msg, model="long-1", out=ctok(r, 700, 0.5))


def c_aged_trickle(p: Pop):
    """Low and slow: bought old accounts (1-2 years), 5-9 requests a day round the clock, each from a
    residential proxy address, diverse instructions asking for maximal thoroughness."""
    r = p.rng
    work = _work(r, ["user", "seed", "arena"])
    w = 0
    for _ in range(55):
        ua, dev = C.browser(r)
        a = p.account(p.age(380, 750), dynamic(CN_HOME), ua, dev)
        n = count(r, 14, 0.25)
        for ts in spread(r, START + r.randrange(HOUR), END, n, 0.5):
            msg, w = work[w % len(work)], w + 1
            if r.random() < .6:
                msg += r.choice(["\n\nPlease be as thorough as possible and show your reasoning.",
                                 "\n\n请尽可能详细，包含推理过程。", "\n\nGive a complete, expert-level answer."])
            p.emit(a, ts, msg, model=pick_model(r, ts, {"long-1": 1, "long-r1": 1}, {"long-r2": 1, "long-1": 1}),
                   out=ctok(r, 2600, 0.3))


def c_bootstrap_students(p: Pop):
    """Campus-flavoured harvest: accounts paid by 3 cards, run from a campus VPN-like airport exit and
    Tencent HK hosts in term-time rhythm; MATH CoT in Chinese."""
    r = p.rng
    cards = [C.card(r) for _ in range(3)]
    hosts = pool(r, ["tx_intl"], 3) + p.infra.airport_exits[r.randrange(80):][:4]
    work = _work(r, ["math"])
    w = 0
    for i in range(45):
        ua, dev = C.browser(r)
        a = p.account(p.age(6, 40), from_pool(hosts), ua, dev, payment=cards[i % 3])
        for day in range(2):
            for ts in sessions(r, day, count(r, 26, 0.3), "student", (3, 8), (25, 150)):
                msg, w = K.cot(r, work[w % len(work)], 0.85), w + 1
                p.emit(a, ts, msg, model=pick_model(r, ts, {"long-r1": 2, "long-1": 1}, {"long-r2": 3, "long-r1": 1}),
                       out=ctok(r, 2400, 0.4))


BLEND = [c_relay_channel, c_hydra_vpn, c_student_mimic, c_dev_mimic, c_phone_farm, c_aged_trickle,
         c_bootstrap_students]
