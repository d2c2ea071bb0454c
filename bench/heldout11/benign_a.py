"""Benign populations of individuals: hobbyists, developers, students, cafes,
voucher buyers, release explorers, hackathon teams."""
from __future__ import annotations

import math

from common import benign_prompt, client, ctoks, person, vouchers, where
from prompts import casual, student
from world import (DAY_MS, HOUR_MS, NEW_MODELS, RELEASE_MS, START_MS, hid, ip_in, pick_model, pois, schedule,
                   status_for, wchoice)


def _chatter(ctx, r, a, rate, prof, sess=3.0, gap=70.0, mix=(0.5, 0.25, 0.13, 0.12), adopt=0.4, p_mob=0.15,
             endpoint="/v2/chat"):
    for d in range(ctx.days):
        for t in schedule(r, d, pois(r, rate), prof, a["tz"], sess, gap):
            p, kind = benign_prompt(r, ctx.C, a["lang"], mix)
            ip, asn = where(r, a, p_mob)
            ctx.ev(a, t, p, model=pick_model(r, t, adopt), endpoint=endpoint, ct=ctoks(r, kind),
                   status=status_for(r), ip=ip, asn=asn)


def hobbyists(ctx):
    r = ctx.r("hobbyists")
    for i in range(ctx.n(1900)):
        a = person(ctx, r, "hobbyist", i, paid=0.45)
        rate = min(120.0, r.lognormvariate(math.log(5.5), 0.95))
        _chatter(ctx, r, a, rate, r.choice(["evening", "consumer", "consumer"]), sess=r.uniform(2, 6))


def power_devs(ctx):
    r = ctx.r("power-devs")
    for i in range(ctx.n(400)):
        a = person(ctx, r, "power-dev", i, cw=(0.55, 0.25, 0.1, 0.1), paid=0.9)
        rate = min(220.0, r.lognormvariate(math.log(20), 0.8))
        _chatter(ctx, r, a, rate, "devnight", sess=r.uniform(4, 12), gap=45, mix=(0.35, 0.05, 0.1, 0.5),
                 adopt=0.6, p_mob=0.04)


CAMPUSES = [("usp", "BR", "rnp", 120), ("unam", "MX", "unam", 110), ("unilag", "NG", "ngren", 90),
            ("agh", "PL", "pionier", 90), ("snu", "KR", "kreonet", 90)]


def campus(ctx):
    r = ctx.r("campus")
    for ci, (name, reg, net, size) in enumerate(CAMPUSES):
        nats = [ip_in(r, net) for _ in range(r.randint(2, 4))]
        org = "org_" + hid(ctx.seed, "edu", name, n=10)
        deadline = ci in (0, 3)  # problem sets due at 23:59 local on day 1
        for i in range(ctx.n(size)):
            a = person(ctx, r, "campus-student", f"{name}:{i}", regions=[reg], cw=(0.12, 0.03, 0.8, 0.05),
                       paid=0.0, age=(1, 400))
            if r.random() < 0.4:
                a["org"], a["pay"] = org, "inv:" + hid(ctx.seed, "edu-inv", name, n=10)
            rate = min(90.0, r.lognormvariate(math.log(7), 0.8))
            for d in range(ctx.days):
                n = pois(r, rate * (2.2 if deadline and d == 1 else 1.0))
                for t in schedule(r, d, n, "student", a["tz"], sess=r.uniform(3, 8), gap_s=90):
                    local_h = ((t - START_MS) // HOUR_MS + a["tz"]) % 24
                    on_campus = 8 <= local_h < 19 and r.random() < 0.8
                    ip, asn = r.choice(nats) if on_campus else where(r, a, 0.25)
                    x = r.random()
                    if x < 0.68:
                        p, kind = student(r, r.choice(ctx.C["mathy"]), a["lang"]), "math"
                    elif x < 0.85:
                        p, kind = student(r, r.choice(ctx.C["code"]), a["lang"]), "code"
                    else:
                        p, kind = benign_prompt(r, ctx.C, a["lang"], (0.6, 0.4, 0, 0))
                    ctx.ev(a, t, p, model=pick_model(r, t, 0.3), ct=ctoks(r, kind), status=status_for(r),
                           ip=ip, asn=asn)


CAFES = [("lagos", "NG", "spectranet"), ("accra", "GH", "vodafone_gh"), ("dakar", "SN", "sonatel"),
         ("recife", "BR", "oi"), ("bogota", "CO", "etb"), ("kharkiv", "UA", "ukrtelecom")]


def cybercafes(ctx):
    """Internet cafes / lan houses: one IP, a few PCs whose shared browser profile
    gives every customer on that PC the same playground device id."""
    r = ctx.r("cybercafes")
    for name, reg, net in CAFES:
        ip = ip_in(r, net)
        pcs = ["pg-" + hid(ctx.seed, "cafe-pc", name, k, n=12) for k in range(r.randint(4, 10))]
        for i in range(ctx.n(40)):
            a = person(ctx, r, "cybercafe", f"{name}:{i}", regions=[reg], cw=(0, 0, 1, 0), paid=0.25)
            a["dev"] = r.choice(pcs)
            own_pc = r.random() < 0.3  # some customers also use the app at home
            rate = r.lognormvariate(math.log(5), 0.7)
            for d in range(ctx.days):
                for t in schedule(r, d, pois(r, rate), "consumer", a["tz"], sess=5, gap_s=80):
                    p, kind = benign_prompt(r, ctx.C, a["lang"], (0.5, 0.3, 0.15, 0.05))
                    if own_pc and r.random() < 0.4:
                        hip, hasn = where(r, a, 0.6)
                        ctx.ev(a, t, p, model=pick_model(r, t, 0.2), ct=ctoks(r, kind), ip=hip, asn=hasn,
                               dev="pg-" + hid(ctx.seed, "home", a["id"], n=12))
                    else:
                        ctx.ev(a, t, p, model=pick_model(r, t, 0.2), ct=ctoks(r, kind), ip=ip[0], asn=ip[1],
                               dev=r.choice(pcs) if r.random() < 0.3 else a["dev"])


def voucher_buyers(ctx):
    r = ctx.r("voucher-buyers")
    batches = vouchers(ctx.seed)
    for i in range(ctx.n(300)):
        a = person(ctx, r, "voucher-buyer", i, regions=["BR", "MX", "AR", "CL", "NG", "GH", "AU", "NZ"],
                   paid=0.0)
        a["pay"] = r.choice(batches)
        _chatter(ctx, r, a, r.lognormvariate(math.log(7), 0.8), r.choice(["evening", "consumer"]))


def release_explorers(ctx):
    """Enthusiasts who try the new model within hours of launch, often sending one
    prompt to several models side by side, often asking for visible reasoning."""
    r = ctx.r("release-explorers")
    for i in range(ctx.n(150)):
        a = person(ctx, r, "release-explorer", i, regions=["JP", "KR", "AU", "NZ", "PL", "BR"],
                   cw=(0.4, 0.15, 0.4, 0.05), paid=0.95, age=(60, 1200))
        _chatter(ctx, r, a, r.uniform(1, 6), "evening")
        delay = int(r.lognormvariate(math.log(2.5), 0.7) * HOUR_MS)
        n = pois(r, r.uniform(15, 70))
        for t in schedule(r, 1, n, "flat", 0, sess=8, gap_s=50, lo=RELEASE_MS + delay):
            src = r.choice(["arena", "math", "arena", "chat", "code"])
            p = r.choice(ctx.C[src])
            if r.random() < 0.35:
                p = p + r.choice(["\n\nThink step by step.", "\n\nShow your reasoning.", " Let's think carefully."])
            kind = "cot" if src == "math" else "long"
            models = [wchoice(r, NEW_MODELS)]
            if r.random() < 0.45:
                models = ["kestrel-3", "kestrel-3-think", "kestrel-2.5"][: r.randint(2, 3)]
            for k, m in enumerate(models):
                ip, asn = where(r, a, 0.1)
                ctx.ev(a, t + k * r.randint(4000, 90000), p, model=m, ct=ctoks(r, kind), ip=ip, asn=asn,
                       status=status_for(r, 0.02))


HACKS = [("lagos", "NG", "spectranet", 1, 40), ("seoul", "KR", "kt", 9, 40)]


def hackathon(ctx):
    """Wednesday hackathons: accounts created that morning at the venue, one
    starter-kit system prompt, shared event credits."""
    r = ctx.r("hackathon")
    if ctx.days < 2:
        return
    for name, reg, net, tz, size in HACKS:
        venue = [ip_in(r, net) for _ in range(2)]
        credits = "grant:" + hid(ctx.seed, "hack", name, n=8)
        sysp = (f"You are BuildBot, the assistant of the {name.title()} AI Build Day starter kit. Help the team "
                "ship a working prototype: be concise, give runnable code, and ask before making assumptions.")
        t0 = START_MS + DAY_MS + (9 - tz) * HOUR_MS
        for i in range(ctx.n(size)):
            ua, dev = client(r, ctx.seed, f"hack:{name}:{i}", (0.5, 0.4, 0.1, 0))
            a = ctx.account("hackathon", None, f"{name}:{i}", t0 + int(r.random() * 2 * HOUR_MS), ua=ua, dev=dev,
                            pay=credits, tz=tz, lang="en")
            a["org"] = "org_" + hid(ctx.seed, "hackteam", name, i // 4, n=10)
            n = pois(r, r.uniform(15, 60))
            for t in schedule(r, 1, n, "flat", 0, sess=6, gap_s=40, lo=a["created"] + 600_000, hi=t0 + 11 * HOUR_MS):
                p, kind = benign_prompt(r, ctx.C, "en", (0.4, 0.05, 0.05, 0.5))
                ip, asn = r.choice(venue)
                ctx.ev(a, t, casual(r, p), system=sysp, model=pick_model(r, t, 0.7), ct=ctoks(r, kind), ip=ip,
                       asn=asn)


ALL = [hobbyists, power_devs, campus, cybercafes, voucher_buyers, release_explorers, hackathon]
