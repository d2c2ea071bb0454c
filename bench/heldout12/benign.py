"""Benign populations (the majority), several built to resemble a campaign."""
from __future__ import annotations

from . import corpus as C
from .world import (CAMPUS, CHAT, CLOUD, DAY, H, ISP, LANG, MOBILE, NEW_MODEL, RELEASE, RESP, START, WEB,
                    Account, day_count, home_net, ip4, local_ts, net_ip, region_pick, sessions, status_for)

SEA = {"ID": 5, "VN": 4, "PH": 4, "TH": 3, "MY": 2}


def _personal_pay(w, r, acc_i, region, free=0.55):
    x = r.random()
    if x < free:
        return None
    if region in SEA and x < free + 0.2:
        return w.pay(r.choice(["dcb", "wallet"]), "p", acc_i)
    return w.pay("card", "p", acc_i)


def _model(w, r, ts, new_share=0.12, base=("lyra-2-mini", "lyra-2-mini", "lyra-2")):
    if ts >= RELEASE and r.random() < new_share:
        return NEW_MODEL
    return r.choice(base)


def casual(w, name="casual", n=2300, mean=6.0):
    r = w.rng(name)
    c = w.c
    for i in range(w.count(n)):
        reg = region_pick(r)
        kind = r.choices(["app-android", "app-ios", "chrome", "safari", "edge", "firefox", "py"],
                         weights=[25, 12, 30, 10, 8, 5, 5])[0]
        a = Account(w, name, i, region=reg, age_days=r.expovariate(1 / 250), kind=kind,
                    pay=_personal_pay(w, r, f"{name}{i}", reg), r=r)
        asn, hn = home_net(r, reg)
        lang = LANG[reg]
        for d in range(w.days):
            if r.random() > 0.7:
                continue
            for ts in sessions(r, d, a.off, "human", day_count(r, mean, 1.0), 3, 90):
                x = r.random()
                if x < 0.12 and lang not in ("en",):
                    p = C.native(r, lang) or C.local(r, lang, r.choice(c.nq))
                elif x < 0.3:
                    p = C.local(r, lang, r.choice(c.chat))
                elif x < 0.45:
                    p = r.choice(c.nq)
                else:
                    p = C.casual(r, r.choice(c.chat))
                m = _model(w, r, ts)
                ip = net_ip(r, asn, hn if asn not in MOBILE else r.randrange(4000))
                a.emit(r, ts, p, model=m, ctoks=r.lognormvariate(5.8, 0.6), ip=ip, asn=asn,
                       status=status_for(r, ts, m, kind))


def developers(w, name="developer", n=450):
    r = w.rng(name)
    c = w.c
    for i in range(w.count(n)):
        reg = region_pick(r)
        kind = r.choice(["py", "py", "node", "go", "curl", "requests"])
        org = w.org("dev", r.randrange(60)) if r.random() < 0.3 else None
        a = Account(w, name, i, region=reg, age_days=r.expovariate(1 / 400), kind=kind, org=org,
                    pay=w.pay("card", name, i), nkeys=r.randint(1, 3), r=r)
        if r.random() < 0.35:
            asn = CLOUD[r.choice(["aws", "gcp", "do", "hetzner", "alibaba", "oracle"])]
        else:
            asn = ISP[reg][0]
        hn = r.randrange(65536)
        sysp = r.choice([None, None, "You are a senior software engineer. Be concise.",
                         f"You are the coding assistant of project {C.TOPICS[i % len(C.TOPICS)]}-tools."])
        for d in range(w.days):
            for ts in sessions(r, d, a.off, "work" if d else "human", day_count(r, 20 if d else 8, 1.1), 6, 70):
                q = r.choice(c.heval + c.mbpp + c.arena)
                m = _model(w, r, ts, 0.25, ("lyra-2-code", "lyra-2-code", "lyra-2", "lyra-2-mini"))
                a.emit(r, ts, r.choice(C.DEV).format(q=q), system=sysp, model=m, ctoks=r.lognormvariate(6.2, 0.7),
                       ip=ip4(asn, hn), asn=asn, endpoint=r.choice([CHAT, CHAT, RESP]),
                       status=status_for(r, ts, m, kind, 0.02))


def students(w, name="student", n=500):
    """Maths homework from campus NAT (Monday daytime) and from home (evenings, Sunday)."""
    r = w.rng(name)
    c = w.c
    regions = {"TW": 3, "TR": 3, "ES": 2, "IT": 2, "ID": 3, "VN": 2, "GR": 1, "EG": 2, "CN": 1}
    for i in range(w.count(n)):
        reg = region_pick(r, regions)
        campus = CAMPUS[reg]
        on_org = r.random() < 0.6
        a = Account(w, name, i, region=reg, age_days=r.uniform(20, 700), kind=r.choice(["chrome", "chrome", "safari",
                    "app-android", "app-ios"]), org=w.org("campus", reg) if on_org else None,
                    pay=None if on_org else _personal_pay(w, r, f"{name}{i}", reg, 0.7), r=r)
        hasn, hn = home_net(r, reg)
        crammer = r.random() < 0.1
        lang = LANG[reg]
        for d in range(w.days):
            mean = (60 if crammer and d == 1 else 15) * (0.6 if d == 0 else 1)
            for ts in sessions(r, d, a.off, "evening", day_count(r, mean, 0.9), 7, 110):
                local_h = ((ts - START) // H + a.off) % 24
                if d > 0 and 8 <= local_h < 17 and r.random() < 0.8:
                    asn, ip = campus, ip4(campus, 1000 + r.randrange(6))
                else:
                    asn, ip = hasn, net_ip(r, hasn, hn)
                q = r.choice(c.gsm + c.math + c.svamp)
                p = r.choice(C.STUDENT).format(q=q, n=r.randint(2, 400))
                if r.random() < 0.25:
                    p = C.local(r, lang, p)
                m = _model(w, r, ts, 0.08)
                a.emit(r, ts, C.typo(r, p, 0.01), model=m, ctoks=r.lognormvariate(5.9, 0.5), ip=ip, asn=asn,
                       status=status_for(r, ts, m, a.kind))


def enterprise(w, name="enterprise"):
    """Three companies, each behind one invoice and one egress (one of them through a cloud proxy)."""
    r = w.rng(name)
    c = w.c
    cos = [("TR", 90, CLOUD["zscaler"], "Anatolian freight forwarder"), ("ES", 80, 3352, "Madrid insurer"),
           ("SG", 80, CLOUD["azure"], "Singapore commodity trader")]
    i = 0
    for reg, size, asn, desc in cos:
        org, pay = w.org("ent", desc), w.pay("inv", desc)
        egress = [ip4(asn, 2000 + k) for k in range(r.randint(2, 4))]
        sysp = f"You are the internal assistant of a {desc}. Answer in the user's language; never reveal client data."
        for _ in range(w.count(size)):
            kind = r.choice(["chrome", "edge", "edge", "py"])
            a = Account(w, name, i, region=reg, age_days=r.uniform(30, 500), kind=kind, org=org, pay=pay, r=r)
            i += 1
            strip = r.random() < 0.5
            for d in range(w.days):
                for ts in sessions(r, d, a.off, "work", day_count(r, 18 if d else 3, 0.8), 4, 120):
                    p = r.choice(c.selfinst + c.arena + c.awesome)
                    p = C.local(r, LANG[reg], p) if r.random() < 0.3 else p
                    m = _model(w, r, ts, 0.05, ("lyra-2", "lyra-2", "lyra-2-mini"))
                    a.emit(r, ts, p, system=sysp if kind == "py" else None, model=m, ip=r.choice(egress), asn=asn,
                           ctoks=r.lognormvariate(6, 0.6), ua=None if strip else "-",
                           status=status_for(r, ts, m, kind))


def release_triers(w, name="release-trier", n=300):
    """People who try lyra-3 in the hours after its launch (lunchtime in East Asia)."""
    r = w.rng(name)
    c = w.c
    regions = {"HK": 4, "TW": 4, "SG": 3, "CN": 2, "PH": 2, "VN": 2, "ID": 2, "TR": 1, "ES": 1, "IT": 1}
    for i in range(w.count(n)):
        reg = region_pick(r, regions)
        kind = r.choice(["chrome", "chrome", "safari", "py", "node", "app-ios"])
        a = Account(w, name, i, region=reg, age_days=r.expovariate(1 / 300), kind=kind,
                    pay=_personal_pay(w, r, f"{name}{i}", reg, 0.3), nkeys=2, r=r)
        asn, hn = home_net(r, reg)
        ip = net_ip(r, asn, hn, 0)
        for ts in sessions(r, 0, a.off, "human", day_count(r, 3, 0.8), 2, 60):
            m = _model(w, r, ts)
            a.emit(r, ts, C.casual(r, r.choice(c.chat)), model=m, ctoks=r.lognormvariate(5.8, .6), ip=ip, asn=asn)
        t0 = RELEASE + int(r.expovariate(1 / (2.5 * H)))
        n_try = r.randint(8, 40)
        t = t0
        for k in range(n_try):
            q = r.choice(c.arena + c.heval + c.math + c.selfinst)
            compare = r.random() < 0.3
            for m in ([NEW_MODEL, "lyra-2"] if compare else [NEW_MODEL]):
                a.emit(r, t, q, model=m, ctoks=r.lognormvariate(6.5, 0.6), ip=ip, asn=asn,
                       status=status_for(r, t, m, kind))
                t += int(r.uniform(3, 20) * 1000)
            t += int(r.expovariate(1 / 150) * 1000)
        for d in range(2, w.days):
            for ts in sessions(r, d, a.off, "human", day_count(r, 6), 3, 80):
                a.emit(r, ts, C.casual(r, r.choice(c.chat)), model=_model(w, r, ts, 0.6), ctoks=300, ip=ip, asn=asn)


def local_language(w, name="local-language", n=350):
    """Everyday users writing in Turkish, Kazakh/Russian, Uzbek, Indonesian, Vietnamese, Thai, Arabic."""
    r = w.rng(name)
    c = w.c
    regions = {"TR": 5, "KZ": 2, "UZ": 2, "ID": 3, "VN": 2, "TH": 1, "EG": 2, "MA": 1}
    for i in range(w.count(n)):
        reg = region_pick(r, regions)
        kind = r.choice(["app-android", "app-android", "chrome-android", "chrome", "py"])
        a = Account(w, name, i, region=reg, age_days=r.uniform(5, 600), kind=kind,
                    pay=_personal_pay(w, r, f"{name}{i}", reg, 0.4), r=r)
        if reg in ("TR", "KZ") and a.pay and r.random() < 0.5:
            a.pay = w.pay("wallet", name, i)
        asn = r.choice(ISP[reg])
        lang = LANG[reg]
        for d in range(w.days):
            for ts in sessions(r, d, a.off, "human", day_count(r, 8), 3, 100):
                x = r.random()
                if x < 0.35:
                    p = C.native(r, lang) or C.local(r, lang, r.choice(c.nq))
                elif x < 0.6:
                    p = C.local(r, lang, r.choice(c.gsm + c.svamp))
                else:
                    p = C.local(r, lang, r.choice(c.chat + c.nq))
                m = _model(w, r, ts)
                a.emit(r, ts, p, model=m, ctoks=r.lognormvariate(5.9, .6), ip=net_ip(r, asn, r.randrange(3000)),
                       asn=asn, status=status_for(r, ts, m, kind))


def cgnat_mobile(w, name="sea-mobile-web", n=600):
    """South-East Asian phone and laptop users behind carrier-grade NAT: many users per IP, IPs churn."""
    r = w.rng(name)
    c = w.c
    for i in range(w.count(n)):
        reg = region_pick(r, SEA)
        kind = r.choice(["chrome-android", "chrome-android", "chrome", "edge"])
        a = Account(w, name, i, region=reg, age_days=r.expovariate(1 / 200), kind=kind,
                    pay=_personal_pay(w, r, f"{name}{i}", reg, 0.5), r=r)
        mob = [x for x in ISP[reg] if x in MOBILE] or ISP[reg]
        for d in range(w.days):
            for ts in sessions(r, d, a.off, "daylight", day_count(r, 8, 1.0), 2, 60):
                asn = r.choice(mob)
                p = r.choice(c.user + c.seed + c.nq)
                if r.random() < 0.3:
                    p = C.local(r, LANG[reg], p)
                m = _model(w, r, ts, 0.05)
                a.emit(r, ts, p, model=m, ctoks=r.lognormvariate(5.6, .6), ip=net_ip(r, asn, r.randrange(600), .4),
                       asn=asn, status=status_for(r, ts, m, kind))


POPULATIONS = [casual, developers, students, enterprise, release_triers, local_language, cgnat_mobile]
