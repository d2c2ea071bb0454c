"""Attack campaigns, part B: long_reader, mirror_review, sample_mill."""
from __future__ import annotations

from common import lognorm
from corpus import render_diff, report_doc
from texts import DOCQA_Q, HARNESS_MATH, HARNESS_MBPP, PRISM_COPY, PRISM_COPY_ALT
from world import (DAY, EP_BATCH, EP_CHAT, HOUR, MIN, NEW, OLD, RELEASE, SDK_NODE, SDK_PY, Acct, aged, devkey, hexid,
                   ip_in, poisson, pool, sessions)

A = "attack"


def long_reader(w, s, rng):
    """MEDIUM. Long-context reasoning harvest dressed as enterprise pilots: ten small 'legal-tech
    pilot' orgs in Israel (three accounts each, invoices settled from three cards) on Azure/AWS
    Israel IPs, asking reasoning-heavy questions about a shared pool of long assembled reports.
    Unlike the real legal SaaS the questions demand step-by-step reasoning and long answers, the
    same documents appear across 'unrelated' orgs, and the work does not stop for Shabbat."""
    C = w.corpus
    camp = "long_reader"
    cards = ["card:" + hexid(rng, 48) for _ in range(3)]
    docs = [(report_doc(rng, C, rng.randint(10, 26)), rng.randint(10_000, 60_000)) for _ in range(24)]
    n_org = max(1, w.n(30) // 3)
    for _ in range(n_org):
        org = "org_" + hexid(rng, 40)
        card = rng.choice(cards)
        ips = pool(rng, [rng.choice([8075, 16509])], rng.randint(1, 2))
        dev = devkey(rng, "sw")
        shelf = rng.sample(docs, 8)
        for _ in range(3):
            a = Acct(rng, "long_reader", A, camp, "IL", aged(rng, 15, 60), org=org, pay=card, device=dev,
                     ua=rng.choice(SDK_NODE[:2]))
            n = poisson(rng, rng.uniform(45, 90) * w.days)
            # office-shaped, but no Shabbat: the 'flat' week profile ignores the Israeli weekend
            for ts in sessions(rng, w.t0, w.t1, n, a.tz, "office", "none", "none", 10, 20, 120):
                doc, extra = rng.choice(shelf)
                sec = doc.count("\nSection ")
                q = rng.choice(DOCQA_Q).format(n=rng.randint(1, sec), m=rng.randint(1, sec))
                model = NEW if ts >= RELEASE else OLD
                s.emit(a, ts, doc + "\n\n---\nQuestion: " + q, lognorm(rng, 1600, 0.35), model=model, endpoint=EP_CHAT,
                       net=rng.choice(ips), extra_pt=extra)


def mirror_review(w, s, rng):
    """MEDIUM-HARD. Code-review distillation: individual accounts (freelance-developer look) on
    per-account Hetzner/OVH boxes or South African home lines send pull-request diffs under a
    system prompt copied from PRism's and 'improved' to demand step-by-step reasoning plus the full
    corrected file, often spoofing PRism's user agent. Long answers, working-hours shape."""
    C = w.corpus
    camp = "mirror_review"
    for _ in range(w.n(45)):
        region = rng.choice(["GB", "GB", "ZA", "US", "IE"])
        a = Acct(rng, "mirror_review", A, camp, region, aged(rng, 10, 40), pay="card:" + hexid(rng, 48),
                 device=devkey(rng, "sw"),
                 ua="prism-reviewer/2.8.0 (+https://prism.dev/bot)" if rng.random() < 0.7 else rng.choice(SDK_PY))
        if region == "ZA" and rng.random() < 0.6:
            a.home = (ip_in(rng, 37611), 37611)
        else:
            asn = rng.choice([24940, 24940, 16276])
            a.home = (ip_in(rng, asn), asn)
        sysp = PRISM_COPY if rng.random() < 0.7 else PRISM_COPY_ALT
        n = poisson(rng, rng.uniform(50, 120) * w.days)
        for ts in sessions(rng, w.t0, w.t1, n, a.tz, "office", a.profile, "none", 8, 3, 40):
            s.emit(a, ts, render_diff(rng, C), lognorm(rng, 1900, 0.35), model=NEW if ts >= RELEASE else OLD,
                   endpoint=EP_CHAT, system=sysp)


def sample_mill(w, s, rng):
    """HARD. Rejection-sampling harvest posing as an evaluation consultancy: two London orgs on the
    same cloud and with the same public harness template and client string as a real eval lab,
    pass@8 on every item, but on disjoint slices of GSM8K-train, MATH and MBPP (not the public test
    splits), corvid-3 only, around the clock from launch onward."""
    C = w.corpus
    camp = "sample_mill"
    bank = ([HARNESS_MATH.replace("{q}", q) for q in C.t["gsm8k"][:7473]] +
            [HARNESS_MATH.replace("{q}", q) for q in C.t["math"][500:]] +
            [HARNESS_MBPP.replace("{q}", q) for q in C.t["mbpp"][500:]])
    rng.shuffle(bank)
    n = w.n(24)
    per = len(bank) // n
    ua = SDK_PY[0] + " inspect-ai/0.3.58"
    orgs = []
    for _ in range(2):
        org = "org_" + hexid(rng, 40)
        orgs.append((org, "invoice:" + org, pool(rng, [396982], 4), [devkey(rng, "sw") for _ in range(3)]))
    for i in range(n):
        org, pay, ips, runners = orgs[i % 2]
        a = Acct(rng, "sample_mill", A, camp, "GB", aged(rng, 30, 200), org=org, pay=pay, ua=ua)
        mine = bank[i * per:(i + 1) * per]
        dev, net = rng.choice(runners), rng.choice(ips)
        ep = EP_BATCH if rng.random() < 0.5 else EP_CHAT
        # a little genuine-looking history: a smoke run on the old model before the launch
        t = w.t0 + rng.randrange(max(1, RELEASE - w.t0 - 2 * HOUR))
        for q in C.t["gsm8k"][-1319:][:rng.randint(10, 40)]:
            t += rng.randrange(800, 4000)
            s.emit(a, t, HARNESS_MATH.replace("{q}", q), lognorm(rng, 450, 0.4), model=OLD, endpoint=EP_CHAT, net=net, device=dev)
        t = RELEASE + int(rng.uniform(1, 3) * HOUR)
        items_per_day = rng.uniform(35, 55)
        k = 0
        while t < w.t1 and k < len(mine):
            text = mine[k]
            k += 1
            for _ in range(8):
                s.emit(a, t + rng.randrange(0, 4000), text, lognorm(rng, 520, 0.35), model=NEW, endpoint=ep, net=net, device=dev,
                       status=429 if rng.random() < 0.01 else 200)
            t += int(rng.expovariate(items_per_day / DAY))
            if rng.random() < 0.02:
                net = rng.choice(ips)
