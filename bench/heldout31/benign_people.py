"""Benign populations of people: home chat, students, families, travellers."""
from __future__ import annotations

from bench.heldout31 import asks, clock, phrasing as ph
from bench.heldout31.clients import client
from bench.heldout31.corpora import popular
from bench.heldout31.networks import FOREIGN_HOME, Choice, DayNight, Fixed, Rotating, addr, nat_set
from bench.heldout31.people import (app_or_browser, card, gsat_silent, home_net, mobile_net, old_created, person)
from bench.heldout31.traffic import REASON2, Ctx, req, session_times


def home_chat(ctx: Ctx, n: int) -> None:
    """Ordinary people on fibre and phones; heavy-tailed, evening peak, the cold
    surge keeps more of them home on Friday night."""
    rng, c = ctx.rng("home_chat"), ctx.c
    for _ in range(n):
        paid = rng.random() < 0.45
        a = person(ctx, rng, "home_chat", created=old_created(rng, 10, 1000), client=app_or_browser(rng, 0.4),
                   net=home_net(ctx, rng), payment=card(ctx) if paid else None)
        heavy = rng.random() < 0.06
        reqs = []
        for d in range(ctx.days):
            if rng.random() > 0.8:
                continue
            s = rng.randint(3, 9) if heavy else rng.randint(1, 4)
            if d == clock.COLD_SURGE_DAY and rng.random() < 0.3:
                s += 1
            for ts in session_times(rng, "home", d, s, (1, 6)):
                p, out = asks.everyday(c, rng)
                reqs.append(req(ts, p, out, asks.chat_model(rng, ts)))
        ctx.commit(a, reqs)


def gsat_crammers(ctx: Ctx, n: int) -> None:
    """Senior-high students the two nights before the GSAT: new free accounts on
    CGNAT, step-by-step maths from the same worksheets, late nights, silent in
    the sittings."""
    rng, c = ctx.rng("gsat"), ctx.c
    pop_items = popular(rng, c.raw["math"], 900) + popular(rng, c.raw["gsm8k"], 500)
    for _ in range(n):
        new = rng.random() < 0.6
        created = clock.days_ago(rng.uniform(0.2, 21)) if new else old_created(rng, 60, 500)
        net = mobile_net(ctx, rng) if rng.random() < 0.7 else home_net(ctx, rng, 0.0, 0.6)
        a = person(ctx, rng, "gsat_crammers", created=created, client=app_or_browser(rng, 0.65), net=net,
                   payment=card(ctx) if rng.random() < 0.1 else None)
        sitting = rng.random() < 0.9
        reqs = []
        for d in range(ctx.days):
            for ts in session_times(rng, "student", d, rng.randint(1, 4), (2, 9), (40, 300)):
                if sitting and gsat_silent(ts, rng):
                    continue
                if rng.random() < 0.85:
                    p, out = asks.homework(c, rng, pop_items)
                else:
                    p, out = ph.chat(rng, c.pick(rng, "short_chat")), rng.randint(150, 500)
                reqs.append(req(ts, p, out, asks.chat_model(rng, ts, 0.05)))
        ctx.commit(a, reqs)


def uni_finals(ctx: Ctx, n: int) -> None:
    """Finals week behind campus NATs (TANet): a handful of egress addresses per
    university shared by thousands, code and maths coursework, late nights."""
    rng, c = ctx.rng("uni"), ctx.c
    campuses = [nat_set(rng, "tanet", rng.randint(3, 6)) for _ in range(6)]
    for _ in range(n):
        nats = Choice(rng.choice(campuses))
        net = nats if rng.random() < 0.7 else DayNight(home_net(ctx, rng, 0.3, 0.0), nats, (9.0, 22.0))
        cl = client(rng, "vscode_plugin") if rng.random() < 0.15 else app_or_browser(rng, 0.2)
        a = person(ctx, rng, "uni_finals", created=old_created(rng, 5, 700), client=cl, net=net,
                   payment=card(ctx) if rng.random() < 0.3 else None)
        reqs = []
        for d in range(ctx.days):
            for ts in session_times(rng, "uni", d, rng.randint(2, 5), (1, 7), (30, 400)):
                p, out = asks.coursework(c, rng)
                reqs.append(req(ts, p, out, asks.chat_model(rng, ts, 0.08)))
        ctx.commit(a, reqs)


def cram_school(ctx: Ctx, classes: int, size: int) -> None:
    """補習班 evening classes: one NAT, one Chromebook image, one school card, the
    teacher's worksheet template, the whole class asking the same item within
    minutes of each other."""
    rng, c = ctx.rng("cram"), ctx.c
    for k in range(classes):
        school = ph.CRAM_SCHOOLS[k % len(ph.CRAM_SCHOOLS)]
        nat = Fixed(addr(rng, "hinet"))
        image = client(rng, "chrome_win")
        org, pay, created = ctx.hexid("org_", 10), card(ctx), old_created(rng, 100, 140)
        students = [person(ctx, rng, "cram_school", created=created + rng.randrange(3_600_000), client=image, net=nat,
                           edge="tpe1" if k % 2 == 0 else "khh3", payment=pay, org=org, rpm=20) for _ in range(size)]
        plan = []  # (question start, item) the teacher walks through
        for d in range(ctx.days):
            t = clock.local_ms(2027, 1, 14 + d, 18, 40 + rng.randint(0, 15))
            for q in range(rng.randint(10, 16)):
                plan.append((t, c.pick(rng, rng.choice(("math", "math", "gsm8k")))))
                t += rng.randint(6, 12) * clock.MIN
        for s in students:
            reqs = []
            for n_item, (t, q) in enumerate(plan):
                if rng.random() < 0.7:
                    text = ph.WORKSHEET.format(school=school, n=12 + n_item // 14, q=q)
                    reqs.append(req(t + rng.randint(20_000, 420_000), text, rng.randint(300, 900), "formosa-chat-1"))
            ctx.commit(s, reqs)


def families(ctx: Ctx, n: int) -> None:
    """A household on one line, one parent's card, the kids on the family iPad."""
    rng, c = ctx.rng("families"), ctx.c
    for _ in range(n):
        line, pay = Fixed(addr(rng, "hinet")), card(ctx)
        ipad = client(rng, "formosa_ios")
        edge = "tpe1" if rng.random() < 0.6 else "khh3"
        for m in range(rng.randint(2, 4)):
            kid = m > 0
            cl = ipad if kid and rng.random() < 0.7 else app_or_browser(rng, 0.5)
            net = line if kid else DayNight(line, mobile_net(ctx, rng))
            a = person(ctx, rng, "families", created=old_created(rng, 20, 800), client=cl, net=net, edge=edge, payment=pay)
            reqs = []
            for d in range(ctx.days):
                for ts in session_times(rng, "student" if kid else "evening", d, rng.randint(1, 3), (1, 5)):
                    if kid and rng.random() < 0.5:
                        p, out = ph.student_math(rng, c.pick(rng, rng.choice(("gsm8k", "svamp")))), rng.randint(200, 600)
                    else:
                        p, out = asks.everyday(c, rng)
                    reqs.append(req(ts, p, out, asks.chat_model(rng, ts)))
            ctx.commit(a, reqs)


def power_vpn(ctx: Ctx, n: int) -> None:
    """Power users: long role cards as system prompts, privacy VPNs whose exit
    changes between sessions, lots of turns."""
    rng, c = ctx.rng("power"), ctx.c
    for _ in range(n):
        net = Rotating(ctx.hexid("net_"), ["m247", "datacamp", "warp"], rng.randint(60, 240), rng.randrange(clock.HOUR))
        cl = client(rng, "py_openai") if rng.random() < 0.3 else app_or_browser(rng, 0.1)
        a = person(ctx, rng, "power_vpn", created=old_created(rng, 90, 1200), client=cl, net=net,
                   edge=rng.choice(("tpe1", "tyo4")), payment=card(ctx), rpm=60)
        roles = [c.pick(rng, "roles") for _ in range(rng.randint(1, 4))]
        reqs = []
        for d in range(ctx.days):
            for ts in session_times(rng, "evening", d, rng.randint(1, 4), (3, 12), (20, 200)):
                p, out = asks.everyday(c, rng)
                reqs.append(req(ts, p, out + rng.randint(100, 600), asks.chat_model(rng, ts, 0.25), system=rng.choice(roles)))
        ctx.commit(a, reqs)


def overseas(ctx: Ctx, n: int) -> None:
    """Taiwanese abroad on foreign home ISPs, their own clock."""
    rng, c = ctx.rng("overseas"), ctx.c
    for _ in range(n):
        isp = rng.choice(FOREIGN_HOME)
        prof = "europe" if isp == "bt" else "home" if isp in ("ntt_ocn", "optus") else "us_west"
        a = person(ctx, rng, "overseas", created=old_created(rng, 30, 900), client=app_or_browser(rng, 0.3),
                   net=Fixed(addr(rng, isp)), edge="tyo4", payment=card(ctx) if rng.random() < 0.5 else None)
        reqs = []
        for d in range(ctx.days):
            for ts in session_times(rng, prof, d, rng.randint(0, 3), (1, 5)):
                p, out = asks.everyday(c, rng)
                reqs.append(req(ts, p, out, asks.chat_model(rng, ts)))
        ctx.commit(a, reqs)


def konbini_wifi(ctx: Ctx, n: int) -> None:
    """Quick questions on convenience-store Wi-Fi: a dozen public NAT addresses
    shared by everyone who walks in."""
    rng, c = ctx.rng("konbini"), ctx.c
    for _ in range(n):
        a = person(ctx, rng, "konbini_wifi", created=old_created(rng, 3, 700), client=app_or_browser(rng, 0.6),
                   net=Choice(ctx.konbini_nats), payment=card(ctx) if rng.random() < 0.3 else None)
        reqs = []
        for d in range(ctx.days):
            for ts in session_times(rng, "retail", d, rng.randint(0, 2), (1, 4), (15, 90)):
                p, out = (ph.chat(rng, c.pick(rng, "nq")), rng.randint(40, 250)) if rng.random() < 0.6 else asks.everyday(c, rng)
                reqs.append(req(ts, p, out, asks.chat_model(rng, ts, 0.05)))
        ctx.commit(a, reqs)


def jp_travellers(ctx: Ctx, n: int) -> None:
    """Japanese business travellers (TSMC Kumamoto ties): roaming SIMs and hotel Wi-Fi."""
    rng, c = ctx.rng("jp"), ctx.c
    hotel = nat_set(rng, "hinet", 5)
    for _ in range(n):
        roam = Rotating(ctx.hexid("net_"), ["docomo", "kddi", "softbank"], rng.randint(30, 180))
        a = person(ctx, rng, "jp_travellers", created=old_created(rng, 60, 900), client=app_or_browser(rng, 0.5),
                   net=DayNight(Choice(hotel), roam, (8.0, 19.0)), edge=rng.choice(("tyo4", "hsz2")), payment=card(ctx))
        reqs = []
        for d in range(ctx.days):
            for ts in session_times(rng, "evening", d, rng.randint(0, 2), (1, 5)):
                p, out = asks.everyday(c, rng, ja=0.7)
                reqs.append(req(ts, p, out, asks.chat_model(rng, ts)))
        ctx.commit(a, reqs)


def launch_tryers(ctx: Ctx, n: int) -> None:
    """New accounts opened for the formosa-reason-2 launch: a few poked the model
    name before 14:00 (404, fall back), most pile in at 14:00 into the 503
    storm, try their favourite hard prompts, and fade."""
    rng, c = ctx.rng("launch"), ctx.c
    if ctx.days < 1:
        return
    for _ in range(n):
        cloud = rng.random() < 0.4
        net = Fixed(addr(rng, rng.choice(("aws_tyo", "gcp_tw", "hetzner")))) if cloud else home_net(ctx, rng)
        cl = client(rng, rng.choice(("py_openai", "curl", "node_openai"))) if cloud else app_or_browser(rng, 0.3)
        created = clock.LAUNCH + int(rng.uniform(-3, 6) * clock.HOUR)
        a = person(ctx, rng, "launch_tryers", created=created, client=cl, net=net, edge="tyo4" if cloud else None,
                   payment=card(ctx) if rng.random() < 0.6 else None, rpm=20)
        reqs = []
        if created < clock.LAUNCH and rng.random() < 0.3:
            t = created + rng.randrange(max(1, clock.LAUNCH - created))
            reqs.append(req(t, c.pick(rng, "short_chat"), 300, REASON2, fallback="formosa-reason-1"))
        t = max(created, clock.LAUNCH) + int(rng.expovariate(1 / 1_200_000))
        for _ in range(rng.randint(3, 22)):
            x = rng.random()
            q = c.pick(rng, "arena") if x < 0.5 else c.pick(rng, "math") if x < 0.8 else c.pick(rng, "short_chat")
            if rng.random() < 0.15:
                q += rng.choice(["\n\nThink step by step.", "\n\n請一步一步想。", "\n\nShow your reasoning."])
            reqs.append(req(t, ph.chat(rng, q), rng.randint(600, 3000), REASON2 if rng.random() < 0.85 else "formosa-chat-1"))
            t += int(rng.lognormvariate(0, 1) * 120_000)
        for ts in session_times(rng, "home", 1, rng.randint(0, 2), (1, 4)):
            reqs.append(req(ts, ph.chat(rng, c.pick(rng, "chat")), rng.randint(300, 1500), REASON2))
        ctx.commit(a, reqs)
