"""Benign consumers: mobile app users, home web users, students, families, internet cafés."""
from __future__ import annotations

from bench.heldout41 import world as W
from bench.heldout41.core import Ctx, sample_ts, session
from bench.heldout41.text import STEP, chat_text, corpus, local_prompt, vary, zipf_pick


def _talon3_after(rng, a, ts, p=0.45):
    """After the launch the app offers talon-3; many users switch, some stay on the default."""
    if ts >= W.LAUNCH and rng.random() < p:
        return "talon-3"
    return a.model


def mobile_casual(ctx: Ctx, name: str, n: int = 1500) -> None:
    rng = ctx.rng(name)
    for _ in range(n):
        city = W.pick_city(rng)
        net = rng.choice(W.MOBILE_BY_CC[city.cc])
        a = ctx.account(rng, name, city=city, net=net, model=rng.choice(("talon-2-mini", "talon-2-mini", "talon-2")))
        for _ in range(rng.choice((1, 2, 2, 3, 4, 5))):
            t = sample_ts(ctx, rng, city.tz, "holiday")
            ip = W.pool_ip(rng, net)           # CGNAT: a new public address each sitting
            for ts in session(rng, t, rng.choice((1, 2, 2, 3, 3, 4, 6, 8))):
                r = rng.random()
                if r < 0.55:
                    p = local_prompt(rng, a.lang, holiday=0.45)
                elif r < 0.85:
                    p = rng.choice(corpus("nq")).capitalize() + "?"
                else:
                    p = chat_text(rng)
                ctx.emit(rng, a, ts, vary(rng, p), kind="short" if len(p) < 120 else "chat", ip=ip,
                         model=_talon3_after(rng, a, ts), endpoint="/v1/chat/completions")


def home_users(ctx: Ctx, name: str, n: int = 900) -> None:
    rng = ctx.rng(name)
    for _ in range(n):
        city = W.pick_city(rng)
        net = rng.choice(W.BROADBAND_BY_CC[city.cc])
        ua, dev = rng.choice(W.BROWSERS)
        card = "pmfp_" + W.hexid(rng, 20) if rng.random() < 0.3 else None
        a = ctx.account(rng, name, city=city, net=net, ua=ua, device=dev, card=card,
                        model="talon-2" if card else "talon-2-mini")
        for _ in range(rng.choice((1, 2, 2, 3, 4, 6))):
            t = sample_ts(ctx, rng, city.tz, "casual")
            for ts in session(rng, t, rng.choice((1, 2, 3, 4, 6, 9)), gap=(40, 600)):
                r = rng.random()
                if r < 0.3:
                    p, k = local_prompt(rng, a.lang, holiday=0.3), "chat"
                elif r < 0.45:
                    p, k = rng.choice(corpus("nq")), "short"
                else:
                    p, k = chat_text(rng), "chat"
                ctx.emit(rng, a, ts, p, kind=k, model=_talon3_after(rng, a, ts, 0.5 if card else 0.2))


def students(ctx: Ctx, name: str, n: int = 700) -> None:
    """Cramming maths; the same popular homework problems recur across students."""
    rng = ctx.rng(name)
    pools = (corpus("gsm8k")[-1319:], corpus("svamp"), corpus("math"))
    for _ in range(n):
        city = W.pick_city(rng)
        r = rng.random()
        if r < 0.5:
            net = rng.choice(W.MOBILE_BY_CC[city.cc])
            ip, ua, dev = None, None, None
        elif r < 0.7 and city.cc in ("KZ", "UZ", "AZ"):
            net = W.NETS[{"KZ": rng.choice(("kaznu-nat", "nu-astana")), "UZ": "tuit-nat", "AZ": "ada-univ"}[city.cc]]
            ip = W.pool_ip(rng, net)
            ua, dev = rng.choice(W.BROWSERS)
        else:
            net = rng.choice(W.BROADBAND_BY_CC[city.cc])
            ip = None
            ua, dev = rng.choice(W.BROWSERS)
        a = ctx.account(rng, name, city=city, net=net, ip=ip, ua=ua, device=dev,
                        created=ctx.start - rng.randrange(3, 500) * W.DAY - rng.randrange(W.DAY))
        pool = pools[rng.choices((0, 1, 2), weights=(5, 2, 3))[0]]
        wraps = STEP[a.lang if rng.random() < 0.6 else "en"]
        for _ in range(rng.choice((2, 2, 3, 4, 5))):
            t = sample_ts(ctx, rng, city.tz, "student")
            sip = W.pool_ip(rng, net) if net.kind == "mobile" else None
            for ts in session(rng, t, rng.randrange(2, 16), gap=(60, 900)):
                q = zipf_pick(rng, pool, 0.9, 600) if rng.random() < 0.8 else rng.choice(pool)
                if rng.random() < 0.12:
                    p, k = rng.choice(("thanks! next one", "why did you multiply there?", "можно проще?",
                                       "I got a different answer, check again", "rahmat, tushundim")), "short"
                else:
                    p, k = rng.choice(wraps).format(q=q), "cot"
                ctx.emit(rng, a, ts, p, kind=k, ip=sip, model=_talon3_after(rng, a, ts, 0.3))


POPS = (("mobile_casual", mobile_casual), ("home_users", home_users), ("students", students))
