"""Benign people: ordinary API users, app users on mobile CGNAT, students on campus
NATs, households, internet cafes (warnet / pisonet / quan net), consumer-VPN users,
and release-day explorers."""
from __future__ import annotations

from . import core as C
from . import prompts as P
from . import world as W

SDK_UAS = ("py_sdk", "py_sdk", "requests", "httpx", "node_sdk", "axios", "curl", "postman", "dart", "py_sdk_old")
INSTALL = {"py_sdk", "py_sdk_old", "node_sdk"}


def _client(rng):
    if rng.random() < 0.45:
        u = rng.choice(W.BROWSERS)
        return u, True  # web console sets a device cookie
    u = rng.choice(SDK_UAS)
    return u, u in INSTALL


def _chat_req(mix=None, math_share=0.08, code_share=0.08, adopt=0.5):
    def req(rng, a, ts, i):
        r = rng.random()
        if r < math_share:
            p, k = C.math_prompt(rng, a.lang)
        elif r < math_share + code_share:
            p, k = P.pick(rng, rng.choice(("mbpp", "humaneval", "arena"))), "code"
        else:
            p, k = C.chat_prompt(rng, a.lang, mix)
        return {"prompt": p, "system": a.extra.get("sys") or P.sys_for(rng), "kind": k,
                "model": C.model_at(rng, ts, adopt=adopt)}
    return req


def casual(ctx, n=1300):
    rng = ctx.rng("casual")
    for _ in range(ctx.n(n)):
        cc = W.pick_country(rng)
        home = C.Home(rng, rng.choice(W.RES_BY_CC[cc]), ctx.days, churn=0.35)
        net = home if rng.random() < 0.7 else C.Multi([home, C.Pool(m := rng.choice(W.MOB_BY_CC[cc]), ctx.cgnat(m))], [0.6, 0.4])
        ua, inst = _client(rng)
        a = ctx.account(rng, "casual_api_users", created_at=C.created_aged(rng, 240, 1.0), payment=W.consumer_payment(rng, cc),
                        ua=ua, install=inst, cc=cc, net=net, nkeys=rng.choice((1, 1, 1, 2)))
        a.extra["sys"] = P.sys_for(rng) if rng.random() < 0.7 else ""
        if not a.extra["sys"]:
            a.extra["sys"] = "You are a helpful assistant."
        C.drive(ctx, rng, a, C.volume(rng, 3.0, ctx.days, 0.9), C.hd(ctx, "consumer", a.tz, friday_prayer=cc in ("ID", "MY")),
                _chat_req(), per_session=2.5, gap_s=120)


def app_mobile(ctx, n=650):
    rng = ctx.rng("app_mobile")
    for _ in range(ctx.n(n)):
        cc = W.pick_country(rng)
        m = rng.choice(W.MOB_BY_CC[cc])
        mob = C.Pool(m, ctx.cgnat(m), sticky=0.6)
        net = mob if rng.random() < 0.55 else C.Multi([mob, C.Home(rng, rng.choice(W.RES_BY_CC[cc]), ctx.days)], [0.5, 0.5])
        pay = f"carrier_{W.CARRIER[m]}_{rng.getrandbits(48):012x}" if rng.random() < 0.3 else W.consumer_payment(rng, cc)
        a = ctx.account(rng, "mobile_app_cgnat", created_at=C.created_aged(rng, 150, 1.0), payment=pay, ua=W.app_ua(rng),
                        device="inst_" + f"{rng.getrandbits(64):016x}", cc=cc, net=net)
        a.extra["sys"] = P.APP_SYS.format(date="2026-11-19")
        req = _chat_req(mix={"nq": 0.45, "arena": 0.2, "seed": 0.15, "user": 0.15, "awesome": 0.05}, math_share=0.12,
                        code_share=0.02, adopt=0.9)

        def app_req(rng, a, ts, i, req=req):
            d = req(rng, a, ts, i)
            d["endpoint"] = "/app/v1/conversation"
            d["system"] = P.APP_SYS.format(date="2026-11-19" if ts < W.START_MS + W.DAY else "2026-11-20")
            return d
        C.drive(ctx, rng, a, C.volume(rng, 3.0, ctx.days, 0.8), C.hd(ctx, "evening", a.tz), app_req, per_session=3, gap_s=60)


CAMPUSES = [  # name, cc, asn, share
    ("ui-depok", "ID", 17974, 1.2), ("itb-bandung", "ID", 17974, 1.0), ("its-surabaya", "ID", 17974, 0.7),
    ("up-diliman", "PH", 9299, 1.1), ("dlsu-manila", "PH", 17639, 0.6), ("vnu-hanoi", "VN", 45899, 1.0),
    ("hcmut", "VN", 45899, 0.8), ("chula", "TH", 4621, 0.8), ("kasetsart", "TH", 4621, 0.5),
    ("um-kl", "MY", 24514, 0.7), ("nus", "SG", 23855, 0.6),
]


def campus(ctx, n=350):
    rng = ctx.rng("campus")
    weights = [c[3] for c in CAMPUSES]
    shared_cards: dict = {}
    for _ in range(ctx.n(n)):
        name, cc, asn, _w = rng.choices(CAMPUSES, weights)[0]
        nat = C.Pool(asn, ctx.pool("campus/" + name, asn, rng.choice((4, 6, 8))))
        mob = rng.choice(W.MOB_BY_CC[cc])
        net = C.Multi([nat, C.Pool(mob, ctx.cgnat(mob)), C.Home(rng, rng.choice(W.RES_BY_CC[cc]), ctx.days)], [0.6, 0.25, 0.15])
        # dorm-mates split one card
        if rng.random() < 0.15 and shared_cards.get(name):
            pay = rng.choice(shared_cards[name])
        else:
            pay = W.consumer_payment(rng, cc)
            shared_cards.setdefault(name, []).append(pay)
        ua = rng.choice(("chrome_win", "chrome_mac", "chrome_android", "safari_ios", "edge_win", "py_sdk", "requests"))
        a = ctx.account(rng, "campus_students", created_at=C.created_before(rng, 5, 110), payment=pay, ua=ua,
                        install=ua != "requests", cc=cc, net=net, lang=W.COUNTRIES[cc][1][0] if rng.random() < 0.6 else "en")

        def req(rng, a, ts, i):
            r = rng.random()
            if r < 0.62:
                p, k = C.math_prompt(rng, a.lang, {"math": 0.5, "gsm8k": 0.35, "svamp": 0.15})
            elif r < 0.8:
                p, k = P.pick(rng, rng.choice(("mbpp", "mbpp", "humaneval"))), "code"
            else:
                p, k = C.chat_prompt(rng, a.lang)
            return {"prompt": p, "system": P.sys_for(rng), "kind": k, "model": C.model_at(rng, ts, adopt=0.6, mini=0.3)}
        C.drive(ctx, rng, a, C.volume(rng, 8.0, ctx.days, 0.8), C.hd(ctx, "student", a.tz), req, per_session=5, gap_s=150)


def household(ctx, n=160):
    rng = ctx.rng("household")
    made = 0
    while made < ctx.n(n):
        cc = W.pick_country(rng)
        home = C.Home(rng, rng.choice(W.RES_BY_CC[cc]), ctx.days, churn=0.2)
        pay = W.consumer_payment(rng, cc)
        tablet = "inst_" + f"{rng.getrandbits(64):016x}"
        size = rng.choice((2, 2, 3, 3, 4, 5))
        for j in range(size):
            kid = j > 0 and rng.random() < 0.7
            ua = "app" if kid else rng.choice(("chrome_win", "safari_ios", "chrome_android"))
            a = ctx.account(rng, "family_households", created_at=C.created_aged(rng, 120, 0.8), payment=pay,
                            ua=W.app_ua(rng) if kid else ua, device=tablet if kid else None, install=True, cc=cc, net=home)

            def req(rng, a, ts, i, kid=kid):
                if kid and rng.random() < 0.7:
                    p, k = C.math_prompt(rng, a.lang, {"svamp": 0.5, "gsm8k": 0.5})
                else:
                    p, k = C.chat_prompt(rng, a.lang)
                ep = "/app/v1/conversation" if kid else "/v1/chat/completions"
                sys = P.APP_SYS.format(date="2026-11-19") if kid else P.sys_for(rng)
                return {"prompt": p, "system": sys, "kind": k, "model": C.model_at(rng, ts, 0.6), "endpoint": ep}
            C.drive(ctx, rng, a, C.volume(rng, 3.0, ctx.days, 0.7), C.hd(ctx, "evening", a.tz), req, per_session=3, gap_s=100)
            made += 1


CAFES = [("warnet", "ID", 0.55), ("pisonet", "PH", 0.3), ("quan-net", "VN", 0.15)]


def cafes(ctx, n=220):
    rng = ctx.rng("cafes")
    made = 0
    while made < ctx.n(n):
        kind, cc, _ = rng.choices(CAFES, [c[2] for c in CAFES])[0]
        asn = rng.choice(W.RES_BY_CC[cc])
        ip = C.Pool(asn, [W.rand_ip(rng, asn)])
        pcs = ["inst_" + f"{rng.getrandbits(64):016x}" for _ in range(rng.randint(6, 20))]
        for _ in range(rng.randint(8, 26)):
            a = ctx.account(rng, "internet_cafes", created_at=C.created_before(rng, 0.5, 90), payment=W.wallet_fp(rng, cc),
                            ua="chrome_win", device=rng.choice(pcs), cc=cc, net=ip)
            pcs_a = pcs

            def req(rng, a, ts, i, pcs_a=pcs_a):
                r = rng.random()
                if r < 0.3:
                    p, k = C.math_prompt(rng, a.lang)
                elif r < 0.45:
                    p, k = P.pick(rng, "user"), "chat"
                else:
                    p, k = C.chat_prompt(rng, a.lang)
                return {"prompt": p, "system": P.sys_for(rng), "kind": k, "model": C.model_at(rng, ts, 0.4)}
            C.drive(ctx, rng, a, C.volume(rng, 3.0, ctx.days, 0.7), C.hd(ctx, "student", a.tz), req, per_session=4, gap_s=80)
            made += 1


def vpn_users(ctx, n=250):
    rng = ctx.rng("vpn")
    vpns = [9009, 60068, 147049]
    for _ in range(ctx.n(n)):
        cc = W.pick_country(rng, {"VN": 0.35, "ID": 0.3, "TH": 0.15, "PH": 0.1, "MY": 0.1})
        v = rng.choice(vpns)
        exits = C.Pool(v, ctx.pool(f"vpn/{v}", v, 28, prefix=W.ASNS[v][3][0]))
        net = C.Multi([exits, C.Home(rng, rng.choice(W.RES_BY_CC[cc]), ctx.days)], [0.8, 0.2])
        ua, inst = _client(rng)
        a = ctx.account(rng, "consumer_vpn_users", created_at=C.created_aged(rng, 200, 1.0), payment=W.consumer_payment(rng, cc),
                        ua=ua, install=inst, cc=cc, net=net)
        C.drive(ctx, rng, a, C.volume(rng, 4.0, ctx.days, 0.8), C.hd(ctx, "consumer", a.tz), _chat_req(code_share=0.12),
                per_session=3, gap_s=100)


def explorers(ctx, n=380):
    """Sign up after the launch announcement; hammer the new model for a session or two."""
    rng = ctx.rng("explorers")
    for _ in range(ctx.n(n)):
        cc = W.pick_country(rng)
        created = W.RELEASE_MS + int(rng.expovariate(1 / 14.0) * W.HOUR) + rng.randrange(W.HOUR)
        if created > ctx.end_ms - W.HOUR:
            created = W.RELEASE_MS + rng.randrange(int((ctx.end_ms - W.RELEASE_MS) * 0.8))
        home = C.Home(rng, rng.choice(W.RES_BY_CC[cc]), ctx.days)
        mob = rng.choice(W.MOB_BY_CC[cc])
        net = C.Multi([home, C.Pool(mob, ctx.cgnat(mob))], [0.65, 0.35])
        ua, inst = _client(rng)
        a = ctx.account(rng, "release_explorers", created_at=created, payment=W.consumer_payment(rng, cc), ua=ua,
                        install=inst, cc=cc, net=net)
        dist = W.HourDist("consumer", a.tz, ctx.days, after=created + 120_000)

        def req(rng, a, ts, i):
            r = rng.random()
            if r < 0.22:
                p, k = C.math_prompt(rng, "en", {"math": 0.7, "gsm8k": 0.3})
            elif r < 0.4:
                p, k = P.pick(rng, rng.choice(("arena", "humaneval", "mbpp"))), "code"
            else:
                p, k = C.chat_prompt(rng, a.lang, {"arena": 0.6, "awesome": 0.2, "nq": 0.1, "seed": 0.1})
            m = W.NEW_MODEL if rng.random() < 0.85 else W.OLD_MODEL
            return {"prompt": p, "system": P.sys_for(rng), "kind": k, "model": m}
        C.drive(ctx, rng, a, C.volume(rng, 9.0, 1, 0.7, floor=2), dist, req, per_session=6, gap_s=70)
