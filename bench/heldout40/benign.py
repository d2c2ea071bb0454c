"""Benign populations, part 1: ordinary people, students, freelancers, small groups."""
from __future__ import annotations

from . import content as C
from . import net as N
from . import text as T
from .core import ctok, people
from .world import HOUR, LAUNCH, T0, profile

PK_C, BD_C = ["khi", "lhe", "isb", "rwp", "fsd", "mux", "pew"], ["dhk", "dhk", "ctg", "syl", "raj", "khl"]
PK_L = {"ru": 0.4, "en": 0.33, "ur": 0.15, "mx": 0.12}
BD_L = {"bn": 0.35, "rb": 0.3, "en": 0.3, "mx": 0.05}


def size(g, name: str, base: int) -> int:
    return int(round(base * g.rng("size", name).uniform(0.9, 1.1)))


def casual(g):
    people(g, "pk_mobile_casual", size(g, "pkm", 1000), region="pk", cities=PK_C, access_mix={"mobile": 1}, curve="consumer",
           ev=(5, 0.9, 1, 60), content=C.everyday(PK_L), pay_p=0.05, per=(1, 4), gap=(70, 0.9))
    people(g, "bd_mobile_casual", size(g, "bdm", 700), region="bd", cities=BD_C, access_mix={"mobile": 1}, curve="consumer",
           ev=(5, 0.9, 1, 60), content=C.everyday(BD_L), pay_p=0.04, per=(1, 4), gap=(70, 0.9))
    people(g, "pk_home_broadband", size(g, "pkh", 500), region="pk", cities=PK_C, access_mix={"fixed": 1}, curve="consumer",
           ev=(8, 0.9, 1, 80), content=C.everyday({"en": 0.5, "ru": 0.3, "ur": 0.1, "mx": 0.1}, 0.7, 0.15), pay_p=0.2)
    people(g, "bd_home_broadband", size(g, "bdh", 300), region="bd", cities=BD_C, access_mix={"fixed": 1}, curve="consumer",
           ev=(8, 0.9, 1, 80), content=C.everyday({"en": 0.45, "bn": 0.3, "rb": 0.2, "mx": 0.05}, 0.7, 0.15), pay_p=0.18)
    # X/Twitter blocked in Pakistan: a large share of ordinary users sit behind commercial VPN exits.
    people(g, "pk_vpn_users", size(g, "vpn", 260), region="pk", cities=PK_C, access_mix={"vpn": 1}, curve="consumer",
           ev=(9, 0.9, 1, 90), content=C.everyday(PK_L, 0.65), pay_p=0.15, client="mixed")
    people(g, "bn_content_creators", size(g, "bcc", 200), region="bd", cities=BD_C, access_mix={"mobile": 0.6, "fixed": 0.4},
           curve="consumer", ev=(10, 0.8, 1, 60), content=C.everyday({"bn": 0.6, "rb": 0.3, "en": 0.1}, 0.3, 0.05, 350), pay_p=0.1)


def students(g):
    n = size(g, "stu", 520)
    npk = int(n * 0.62)
    people(g, "students_exam_cram", npk, region="pk", cities=PK_C, access_mix={"mobile": 0.8, "fixed": 0.2}, curve="student",
           ev=(18, 0.7, 3, 90), content=C.student(g, "pk", PK_L), per=(3, 10), gap=(95, 0.8), pay_p=0.0, created=(2, 400))
    people(g, "students_exam_cram", n - npk, region="bd", cities=BD_C, access_mix={"mobile": 0.75, "fixed": 0.25},
           curve="student", ev=(18, 0.7, 3, 90), content=C.student(g, "bd", BD_L), per=(3, 10), gap=(95, 0.8), pay_p=0.0,
           created=(2, 400), i0=npk)
    m = size(g, "ielts", 170)
    people(g, "ielts_essay_prep", m // 2, region="pk", cities=PK_C, access_mix={"mobile": 0.5, "fixed": 0.5}, curve="student",
           ev=(8, 0.6, 1, 40), content=C.ielts, per=(1, 4), gap=(240, 0.6), pay_p=0.05)
    people(g, "ielts_essay_prep", m - m // 2, region="bd", cities=BD_C, access_mix={"mobile": 0.5, "fixed": 0.5}, curve="student",
           ev=(8, 0.6, 1, 40), content=C.ielts, per=(1, 4), gap=(240, 0.6), pay_p=0.05, i0=m // 2)


def tryers(g):
    """People who show up for the aster-4 launch: many sign up that evening and poke at it."""
    n = size(g, "try", 380)
    for i in range(n):
        r = g.rng("acct", "launch_tryers", i)
        region = "pk" if r.random() < 0.6 else "bd"
        access = T.lang_pick(r, {"mobile": 0.4, "fixed": 0.45, "vpn": 0.15})
        city = r.choice(PK_C if region == "pk" else BD_C)
        new = r.random() < 0.45
        created = LAUNCH + int(r.expovariate(1 / (2 * HOUR))) if new else g.created(r, 3, 900)
        a = g.account("launch_tryers", created=created, clients=g.clients_for(r, "mobile" if access == "mobile" else "mixed"),
                      net=g.net_for(r, region, access, city), region=region, city=city, access=access, mkind="tryer",
                      pay=N.payment(r) if r.random() < 0.3 else None)
        start = max(created, LAUNCH) + int(r.expovariate(1 / (0.8 * HOUR)))
        k = g.count(r, 12, 0.6, 2, 60)
        burst = int(k * r.uniform(0.5, 0.9))
        times, t = [], start
        for _ in range(burst):
            times.append(t)
            t += int(r.lognormvariate(4.0, 0.8) * 1000)
        prof = profile("consumer", region, city, "mobile" if access == "mobile" else "fixed", g.days)
        later = [x for x in g.sessions(r, prof, (k - burst) * 3) if x > start][: k - burst]
        for ts in sorted(times + later):
            p, s, c = C.tryer(r, a, ts)
            g.emit(a, r, ts, p, c, system=s)


def _company(g, name, n, *, region, city, asn, nips, curve, ev, content, cl, per=(3, 8), gap=(120, 0.8), sdk_share=0.0, mkind="dev"):
    """Staff of one firm: one org, one company card, one office NAT."""
    r = g.rng("firm", name)
    org, pay, ips = g.org(), N.payment(r), N.subnet(r, asn, nips)
    acc = []
    for i in range(n):
        ar = g.rng("acct", name, i)
        cls = g.clients_for(ar, cl) if ar.random() >= sdk_share else [N.sdk(ar, "requests")]
        a = g.account(name.split("#")[0], created=g.created(ar, 20, 800), org=org, pay=pay, clients=cls,
                      net=g.net_fixed(ips), region=region, city=city, access="fixed", mkind=mkind)
        prof = profile(curve, region, city, "fixed", g.days)
        for ts in g.sessions(ar, prof, g.count(ar, *ev), per, gap):
            res = content(ar, a, ts)
            g.emit(a, ar, ts, res[0], res[2], system=res[1])
        acc.append(a)
    g._pools[("firm", name)] = (org, pay, ips, acc)
    return acc


def freelancers(g):
    _company(g, "freelance_agency_lhr", size(g, "fal", 40), region="pk", city="lhe", asn=9541, nips=2, curve="us_shift",
             ev=(45, 0.5, 8, 200), content=lambda r, a, ts: C.freelance(r, a, ts, True), cl="desktop", sdk_share=0.15)
    _company(g, "freelance_agency_dhk", size(g, "fad", 32), region="bd", city="dhk", asn=23688, nips=2, curve="us_shift",
             ev=(40, 0.5, 8, 180), content=lambda r, a, ts: C.freelance(r, a, ts, True), cl="desktop")
    n = size(g, "solo", 350)
    people(g, "solo_freelancers", int(n * 0.6), region="pk", cities=PK_C, access_mix={"fixed": 0.8, "mobile": 0.2},
           curve="us_shift", ev=(20, 0.8, 2, 150), content=C.freelance, pay_p=0.55, per=(2, 7), gap=(150, 0.8), mkind="dev")
    people(g, "solo_freelancers", n - int(n * 0.6), region="bd", cities=BD_C, access_mix={"fixed": 0.8, "mobile": 0.2},
           curve="us_shift", ev=(20, 0.8, 2, 150), content=C.freelance, pay_p=0.5, per=(2, 7), gap=(150, 0.8), mkind="dev",
           i0=int(n * 0.6))
    # A BPO in Karachi: agents on a US insurer's night shift, one CRM connector, one system prompt.
    r = g.rng("bpo-client")
    conn = [("BrightDesk-Connector/2.3.1 python-requests/2.31.0", "ja4:" + N.JA4["py-openssl3"])]
    org, pay, ips = g.org(), N.payment(r), N.subnet(r, 38193, 3)
    acc = []
    for i in range(size(g, "bpo", 150)):
        ar = g.rng("acct", "bpo", i)
        a = g.account("bpo_khi_support", created=g.created(ar, 10, 500), org=org, pay=pay, clients=conn,
                      net=g.net_fixed(ips), region="pk", city="khi", access="fixed", mkind="service")
        for ts in g.sessions(ar, profile("us_shift", "pk", "khi", "fixed", g.days), g.count(ar, 55, 0.4, 10, 200), (5, 15), (60, 0.6)):
            p, s, c = C.bpo(ar, a, ts)
            g.emit(a, ar, ts, p, c, system=s)
        acc.append(a)
    g._pools[("firm", "bpo")] = (org, pay, ips, acc)


def small_groups(g):
    """Cyber cafes (one IP, shared PCs) and families sharing a parent's card and home line."""
    for c in range(6):
        r = g.rng("cafe", c)
        region = "pk" if c < 3 else "bd"
        asn = r.choice(N.PK_FIXED if region == "pk" else N.BD_FIXED)
        ip = [(N.v4(r, asn), asn)]
        pcs = [(N.ua_desktop(r), N.web_device(r)) for _ in range(r.randint(6, 10))]
        for i in range(r.randint(12, 18)):
            ar = g.rng("acct", "cafe", c, i)
            a = g.account("cyber_cafe", created=g.created(ar, 0, 300), clients=[ar.choice(pcs)], net=g.net_fixed(ip),
                          region=region, city="rwp" if region == "pk" else "dhk", access="fixed")
            langs = PK_L if region == "pk" else BD_L
            for ts in g.sessions(ar, profile("consumer", region, None, "fixed", g.days), g.count(ar, 5, 0.6, 1, 20), (2, 6), (90, 0.7)):
                a.clients = [ar.choice(pcs)] if ar.random() < 0.3 else a.clients
                g.emit(a, ar, ts, T.everyday(ar, langs, 0.4, 0.1), ctok(ar, 350, 0.6))
    for f in range(size(g, "fam", 50)):
        r = g.rng("family", f)
        region = "pk" if r.random() < 0.6 else "bd"
        city = r.choice(PK_C if region == "pk" else BD_C)
        home, pay = g.net_home(r, N.PK_FIXED if region == "pk" else N.BD_FIXED), N.payment(r)
        langs = PK_L if region == "pk" else BD_L
        for m in range(r.randint(2, 5)):
            ar = g.rng("acct", "family", f, m)
            a = g.account("family_shared_card", created=g.created(ar, 10, 500), pay=pay, clients=g.clients_for(ar, "mixed"),
                          net=home, region=region, city=city, access="fixed")
            kid = m > 0 and ar.random() < 0.6
            fn = C.student(g, region, langs) if kid else C.everyday(langs)
            prof = profile("student" if kid else "consumer", region, city, "fixed", g.days)
            for ts in g.sessions(ar, prof, g.count(ar, 7, 0.7, 1, 40), (1, 5)):
                p, s, c = fn(ar, a, ts)
                g.emit(a, ar, ts, p, c)


def run(g):
    casual(g)
    students(g)
    tryers(g)
    freelancers(g)
    small_groups(g)
