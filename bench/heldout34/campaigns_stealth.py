"""Campaigns designed to blend in: aged accounts, paraphrase, campus cover, insiders, withheld text,
multilingual probing, synchronised rounds and a fake SaaS front."""
from __future__ import annotations

from . import networks as nw
from .benign_campus import course_sets
from .campaigns_pools import Cursor, batches, shuffled
from .core import (EP_CHAT, START_MS, World, comp, created_between, per_day, rotating, sticky, times)
from .people import au_city, cgnat, client, everyday, home_addr, home_and_mobile
from .texts_attack import (CAMPUS_TEMPLATES, CASUAL_WRAPS, HYDRA_WRAPS, INSIDER_WRAPS, MENTOR_SYSTEM, MULTI_WRAPS,
                           SYNC_TEMPLATES, paraphrase)
from .world import BROWSER_UA, MOBILE_UA, NEW_MODEL, SDK_UA, ja4_for, local_midnight, HOUR_MS


def low_slow_aged(w: World, n: int) -> None:
    """Bought aged accounts, one card and one household each, a handful of homework-style
    questions a day: only the collective walk through GSM8K gives them away."""
    r = w.rng("camp/low_slow_aged")
    gsm = w.c["gsm8k"]
    for i in range(n):
        city = au_city(r)
        ua, dev = client(w, r, 0.4)
        a = w.account("low_slow_aged", city, created_between(r, 300, 1100), "attack", "low_slow", tier="t1",
                      pay=w.card(), ua=ua, device=dev, net=home_and_mobile(w, r, city, 0.1), h3_delay_h=12,
                      h3_share=0.5)
        k = i * 45
        for t in times(w, r, a, "consumer", per_day(r, w.days, 8, 0.3), (1, 4), 90):
            if r.random() < 0.7:
                w.emit(r, a, t, r.choice(CASUAL_WRAPS).format(q=gsm[k % len(gsm)]), completion=comp(r, 500, 0.35))
                k += 1
            else:
                w.emit(r, a, t, everyday(r, w.c), completion=comp(r, 300))


def paraphrase_evader(w: World, n: int) -> None:
    """Every request re-worded by a paraphrase engine (thousands of framings, typos) over mobile CGNAT."""
    r = w.rng("camp/paraphrase_evader")
    cards = [w.card() for _ in range(max(1, n // 10))]
    pools = [cgnat(w, "telstra_mobile"), cgnat(w, "vodafone_au")]
    work = Cursor(shuffled(r, w.c["math"], w.c["gsm8k"], w.c["mbpp"]))
    for i, created in enumerate(batches(r, n, 6, 14, 42)):
        ua, dev = client(w, r, 0.6)
        a = w.account("paraphrase_evader", r.choice(["sydney", "melbourne"]), created, "attack", "paraphrase",
                      tier="t1", pay=cards[i % len(cards)], ua=ua, device=dev, net=rotating(pools[i % 2]),
                      h3_delay_h=4, h3_share=0.7)
        for t in times(w, r, a, "consumer", per_day(r, w.days, 20, 0.3), (3, 9), 40):
            w.emit(r, a, t, paraphrase(r, work.next()), completion=comp(r, 650, 0.4))


def campus_hider(w: World, n: int) -> None:
    """Fresh 'student' accounts on campus Wi-Fi using the class-template style, but sweeping
    the whole MATH / MBPP sets and always asking for the complete reasoning."""
    r = w.rng("camp/campus_hider")
    courses = [c for c in course_sets(w) if c["city"] in ("sydney", "melbourne")]
    cards = [w.card() for _ in range(2)]
    works = {"math": Cursor(shuffled(r, w.c["math"])), "code": Cursor(shuffled(r, w.c["mbpp"], w.c["humaneval"])),
             "wordmath": Cursor(shuffled(r, w.c["gsm8k"]))}
    for i in range(n):
        c = courses[i % len(courses)]
        ua, dev = client(w, r, 0.25)
        home = home_and_mobile(w, r, c["city"], 0.5)
        paid = r.random() < 0.2
        a = w.account("campus_hider", c["city"], created_between(r, -1, 9), "attack", "campus_hider",
                      tier="t1" if paid else "free", pay=cards[i % 2] if paid else None, ua=ua, device=dev,
                      net=lambda rr, nat=c["nat"], h=home: rr.choice(nat) if rr.random() < 0.7 else h(rr),
                      h3_delay_h=2, h3_share=0.6)
        for t in times(w, r, a, "student", per_day(r, w.days, 22, 0.3), (4, 12), 50):
            if r.random() < 0.82:
                q = works[c["kind"]].next()
                p = r.choice(CAMPUS_TEMPLATES).format(code=c["code"], wk=c["wk"], n=r.randint(1, 14), q=q)
                w.emit(r, a, t, p, completion=comp(r, 800, 0.35))
            else:
                w.emit(r, a, t, everyday(r, w.c), completion=comp(r, 300))


def insider_org(w: World, n: int) -> None:
    """Employees of two real enterprise customers: normal copilot use by day, API harvesting on the
    company key from the corporate egress (or home) in the evening."""
    r = w.rng("camp/insider_org")
    ents = w.shared["enterprises"][:2]
    work = Cursor(shuffled(r, w.c["code"], w.c["math"]))
    for i in range(n):
        e = ents[0] if i < (n * 3) // 5 else ents[1]
        home = home_addr(r, e["city"])
        a = w.account("insider_org", e["city"], created_between(r, 200, 800), "attack", "insider", tier="ent",
                      org=e["org"], pay=e["card"], ua=r.choice(BROWSER_UA[:5]), device=w.dev(),
                      net=sticky(e["zs"], 0.5), h3_delay_h=99)
        for t in times(w, r, a, "office", per_day(r, w.days, 8, 0.5), (1, 6), 80):
            w.emit(r, a, t, everyday(r, w.c, {"instr": 40, "chat": 30, "code": 30}), system=e["system"],
                   completion=comp(r, 380))
        key, ua = w.key(), SDK_UA[0]
        for d in range(w.days):
            t0 = local_midnight(d, e["city"]) + int(r.uniform(19, 21.5) * HOUR_MS)
            t = t0
            for _ in range(r.randint(25, 45)):
                t += r.randint(20_000, 240_000)
                ip = r.choice(e["zs"]) if r.random() < 0.6 else home
                w.emit(r, a, t, r.choice(INSIDER_WRAPS).format(q=work.next()), endpoint=EP_CHAT, key=key, ua=ua,
                       device=ja4_for(ua), ip=ip, model=NEW_MODEL if t > START_MS + 11 * HOUR_MS else "harbour-2.5",
                       completion=comp(r, 900, 0.35))


def zdr_withheld(w: World, n: int) -> None:
    """Shell companies on zero-data-retention contracts: no text ever reaches the detector."""
    r = w.rng("camp/zdr_withheld")
    hosts = nw.pool(r, "azure_aue", 20) + nw.pool(r, "gcp_syd", 20)
    work = Cursor(shuffled(r, w.c["math"], w.c["gsm8k"], w.c["mbpp"]))
    per_org = 15
    for k in range(0, n, per_org):
        org, card = w.org(), w.card()
        ua = r.choice(SDK_UA[:4])
        for created in batches(r, min(per_org, n - k), 1, 20, 70):
            a = w.account("zdr_withheld", r.choice(["sydney", "melbourne"]), created, "attack", "zdr_withheld",
                          tier="ent", org=org, pay=card, keys=[w.key()], ua=ua, device=ja4_for(ua),
                          net=rotating(r.sample(hosts, 4)), endpoint=EP_CHAT, zdr=True, h3_delay_h=1, h3_share=0.9)
            for t in times(w, r, a, "flat", per_day(r, w.days, 30, 0.3), (4, 12), 15):
                w.emit(r, a, t, r.choice(HYDRA_WRAPS).format(q=work.next()), completion=comp(r, 950, 0.3))


def multilingual_probe(w: World, n: int) -> None:
    """Benchmark questions wrapped in Chinese / Vietnamese / Indonesian / Korean / Japanese
    reasoning requests, from VPN exits and Sydney VPS."""
    r = w.rng("camp/multilingual_probe")
    exits = nw.pool(w.rng("pool/datacamp_vpn"), "datacamp_vpn", 25) + nw.pool(r, "vultr_syd", 10)
    cards = [w.card() for _ in range(8)]
    work = Cursor(shuffled(r, w.c["math"], w.c["gsm8k"], w.c["mbpp"]))
    for i, created in enumerate(batches(r, n, 4, 5, 30)):
        ua, dev = client(w, r, 0.1)
        a = w.account("multilingual_probe", r.choice(["sydney", "auckland"]), created, "attack", "multilingual",
                      tier="t1", pay=cards[i % 8], ua=ua, device=dev, net=sticky(exits, 0.5), h3_delay_h=1,
                      h3_share=0.8)
        for t in times(w, r, a, "night", per_day(r, w.days, 20, 0.35), (3, 10), 35):
            if r.random() < 0.85:
                w.emit(r, a, t, r.choice(MULTI_WRAPS).format(q=work.next()), completion=comp(r, 900, 0.35))
            else:
                w.emit(r, a, t, r.choice(w.c["chat_short"]), completion=comp(r, 300))


def sync_rounds(w: World, n: int) -> None:
    """A scheduler fires every ~15 minutes; a random subset of accounts each sends one request
    within seconds, from static 'ISP proxy' addresses that look like households."""
    r = w.rng("camp/sync_rounds")
    cards = [w.card() for _ in range(3)]
    work = Cursor(shuffled(r, w.c["humaneval"], w.c["mbpp"], w.c["math"], w.c["instr"]))
    accts = []
    for i in range(n):
        net = r.choice(["tpg", "iinet", "aussiebb"])
        addr = (nw.host(r, net), nw.asn(net))
        ua = SDK_UA[0] if i % 4 else SDK_UA[2]
        accts.append(w.account("sync_rounds", r.choice(["sydney", "brisbane"]), created_between(r, 60, 200),
                               "attack", "sync_rounds", tier="t1", pay=cards[i % 3], keys=[w.key()], ua=ua,
                               device=ja4_for(ua), net=lambda rr, o=addr: o, endpoint=EP_CHAT, h3_delay_h=0.5,
                               h3_share=0.9))
    t = START_MS + r.randrange(900_000)
    while t < w.end:
        for a in r.sample(accts, min(len(accts), 14)):
            w.emit(r, a, t + r.randrange(3000), r.choice(SYNC_TEMPLATES).format(q=work.next()),
                   completion=comp(r, 700, 0.35))
        t += 900_000 + r.randrange(-60_000, 60_000)


def saas_front(w: World, n: int) -> None:
    """'MathMentor': a tutoring-app front whose 'customer' keys sweep GSM8K and MATH around the clock."""
    r = w.rng("camp/saas_front")
    org, card = w.org(), w.card()
    nat = nw.pool(w.rng("pool/mathmentor"), "aws_syd", 3)
    work = Cursor(w.c["gsm8k"][:7473] + w.c["math"], r.randrange(2000))
    ua = "harbour-node/5.1.0 (Node 22.14.0; linux)"
    for created in batches(r, n, 2, 45, 100):
        a = w.account("saas_front", "sydney", created, "attack", "saas_front", tier="t2", org=org, pay=card,
                      keys=[w.key()], ua=ua, device=ja4_for(ua), net=rotating(nat), endpoint=EP_CHAT,
                      models=["harbour-2.5-mini", "harbour-2.5"], h3_delay_h=2, h3_share=0.8)
        for t in times(w, r, a, "flat", per_day(r, w.days, 55, 0.25), (1, 1), 1):
            w.emit(r, a, t, work.next(), system=MENTOR_SYSTEM, completion=comp(r, 850, 0.35))
