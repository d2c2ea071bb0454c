"""Benign individuals: consumers, families, students, developers, power users, explorers, researchers."""
from __future__ import annotations

from core import Account, Ctx, opaque
from world import (APP, CHAT, CONSUMER_REGIONS, DAY_MS, HOUR_MS, MIN_MS, NEW_MODEL, REGIONS, RESPONSES)

VCARD_MARKETS = {"ke", "ug", "et", "pk", "bd", "lk"}
NORDIC_WALLET = {"se": "swish", "no": "vipps", "dk": "mobilepay", "fi": "mobilepay"}


def region_pick(ctx: Ctx, weights=CONSUMER_REGIONS) -> str:
    return ctx.rng.choices(list(weights), list(weights.values()))[0]


def lang(region: str) -> str:
    return REGIONS[region][1]


def pay(ctx: Ctx, region: str, free_p: float = 0.25) -> str | None:
    r = ctx.rng.random()
    if r < free_p:
        return None
    if region in NORDIC_WALLET and r < free_p + 0.2:
        return opaque(NORDIC_WALLET[region] + "_", ctx.seed, ctx.rng.getrandbits(40))
    if region == "pl" and r < free_p + 0.25:
        return opaque("blik_", ctx.seed, ctx.rng.getrandbits(40))
    if region in VCARD_MARKETS and r < free_p + 0.3:  # dollar virtual cards: local cards often fail abroad
        return opaque("vcard_", ctx.seed, ctx.rng.getrandbits(40))
    if r > 0.96:  # prepaid gift cards from supermarkets and kiosks
        return opaque("giftcard_", ctx.seed, ctx.rng.getrandbits(40))
    return ctx.card()


def settle(ctx: Ctx, a: Account, p_mob: float = 0.25, home: bool = True) -> None:
    reg = a.region
    try:
        a.extra["mob"] = ctx.region_net(reg, ("mobile",))
    except IndexError:
        a.extra["mob"] = None
    if home:
        try:
            a.extra["home"] = ctx.ip_in(ctx.region_net(reg, ("resid",)))
        except IndexError:
            a.extra["home"] = None
    a.extra["p_mob"] = p_mob if a.extra.get("home") else 1.0


def client(ctx: Ctx, a: Account, mix: dict[str, float]) -> str:
    fam = ctx.rng.choices(list(mix), list(mix.values()))[0]
    a.ua, a.device = ctx.ua_pick(fam)
    a.extra["fam"] = fam
    return fam


def endpoint_for(ctx: Ctx, fam: str) -> str:
    if fam in ("ios_app", "android_app"):
        return APP
    return RESPONSES if ctx.rng.random() < 0.35 else CHAT


def consumers(ctx: Ctx) -> None:
    rng = ctx.rng
    for _ in range(ctx.n(1500)):
        reg = region_pick(ctx)
        a = Account(ctx, "consumer_chat", reg, ctx.age_days(2, 1300))
        fam = client(ctx, a, {"browser": 35, "py_sdk": 20, "node_sdk": 8, "ios_app": 15, "android_app": 22})
        a.payment = opaque("appstore_", ctx.seed, rng.getrandbits(40)) if fam.endswith("app") and rng.random() < .6 \
            else pay(ctx, reg)
        settle(ctx, a, 0.5 if fam.endswith("app") else 0.15)
        prof = rng.choice(["consumer", "evening", "consumer"])
        ep = endpoint_for(ctx, fam)
        for t in ctx.times(ctx.daily(4.0, 0.8), reg, prof, per_session=3, gap_s=70):
            p, k = ctx.C.chat(rng, lang(reg), 0.2)
            ip, asn = ctx.locate(a)
            ctx.emit(a, t, p, model=ctx.model_at(t, 0.35), endpoint=ep, ip=ip, asn=asn, out_kind=k)


def families(ctx: Ctx) -> None:
    """App-store family plans: one store billing id for up to six household members."""
    rng = ctx.rng
    for _ in range(ctx.n(55)):
        reg = region_pick(ctx, {"se": 3, "no": 3, "dk": 2, "fi": 2, "au": 4, "nz": 2, "bc": 3, "pl": 2})
        store = rng.choice(["apple", "google"])
        plan = opaque(f"appstore_fam_{store}_", ctx.seed, rng.getrandbits(40))
        home = ctx.ip_in(ctx.region_net(reg, ("resid",)))
        created = ctx.age_days(20, 900)
        for m in range(rng.randint(2, 6)):
            a = Account(ctx, "family_plan", reg, created + rng.randint(0, 200) * DAY_MS // 10, payment=plan)
            a.ua, a.device = ctx.ua_pick("ios_app" if store == "apple" else "android_app")
            a.extra.update(home=home, mob=ctx.region_net(reg, ("mobile",)), p_mob=0.45)
            kid = m >= 2 and rng.random() < 0.7
            for t in ctx.times(ctx.daily(5.0, 0.7), reg, "student" if kid else "consumer", per_session=3):
                p, k = ctx.C.homework(rng, lang(reg)) if kid and rng.random() < 0.6 else ctx.C.chat(rng, lang(reg))
                ip, asn = ctx.locate(a)
                ctx.emit(a, t, p, model=ctx.model_at(t, 0.3), endpoint=APP, ip=ip, asn=asn, out_kind=k)


UNIVERSITIES = [("KTH", "sunet", "se"), ("Lund", "sunet", "se"), ("NTNU", "sikt", "no"), ("UiO", "sikt", "no"),
                ("DTU", "deic", "dk"), ("Aalto", "funet", "fi"), ("UJ", "pionier", "pl"), ("UW", "pionier", "pl"),
                ("CUNI", "cesnet", "cz"), ("BME", "kifu", "hu"), ("UoN", "kenet", "ke"), ("Strathmore", "kenet", "ke"),
                ("UNSW", "aarnet", "au"), ("Monash", "aarnet", "au"), ("UoA", "reannz", "nz"), ("UBC", "bcnet", "bc")]


def university_orgs(ctx: Ctx) -> dict:
    """Site licences: each university has one org, one licence billing id and a small campus NAT pool."""
    if "unis" not in ctx.__dict__:
        ctx.unis = {}
        for name, net, reg in UNIVERSITIES:
            ctx.unis[name] = {"org": "org_" + opaque("", ctx.seed, "uni", name)[:12], "net": net, "region": reg,
                              "licence": opaque("edulicence_", ctx.seed, name),
                              "nat": ctx.pool("campus:" + name, net, ctx.rng.randint(3, 8))}
    return ctx.unis


def campus_students(ctx: Ctx) -> None:
    rng = ctx.rng
    unis = university_orgs(ctx)
    names = list(unis)
    for _ in range(ctx.n(550)):
        u = unis[rng.choice(names)]
        reg = u["region"]
        created = ctx.age_days(8, 25, log=False) if rng.random() < 0.35 else ctx.age_days(30, 800)
        a = Account(ctx, "campus_student", reg, created, org=u["org"], payment=u["licence"])
        client(ctx, a, {"py_sdk": 45, "browser": 45, "node_sdk": 10})
        settle(ctx, a, 0.3)
        for t in ctx.times(ctx.daily(7.0, 0.8), reg, "student", per_session=4, gap_s=120):
            h = ctx.local_hour(t, reg)
            ip, asn = rng.choice(u["nat"]) if 8 <= h <= 17 and rng.random() < 0.75 else ctx.locate(a)
            r = rng.random()
            p, k = ctx.C.homework(rng, lang(reg)) if r < 0.5 else ctx.C.code(rng) if r < 0.75 else ctx.C.chat(rng, lang(reg))
            ctx.emit(a, t, p, model=ctx.model_at(t, 0.4), endpoint=endpoint_for(ctx, a.extra["fam"]),
                     ip=ip, asn=asn, out_kind=k)


def mobile_students(ctx: Ctx) -> None:
    """Free-tier pupils on carrier NAT in East and South Asia, mostly maths homework."""
    rng = ctx.rng
    for _ in range(ctx.n(350)):
        reg = region_pick(ctx, {"ke": 8, "ug": 3, "et": 2, "pk": 7, "bd": 6, "lk": 3})
        a = Account(ctx, "mobile_student", reg, ctx.age_days(3, 400))
        fam = client(ctx, a, {"android_app": 65, "browser": 35})
        settle(ctx, a, 1.0, home=False)
        for t in ctx.times(ctx.daily(5.0, 0.7), reg, "student", per_session=3, gap_s=150):
            p, k = ctx.C.homework(rng, lang(reg)) if rng.random() < 0.7 else ctx.C.chat(rng, lang(reg), 0.35)
            ip, asn = ctx.locate(a)
            ctx.emit(a, t, p, model=ctx.model_at(t, 0.25, ["nimbus-2.5-mini"]), endpoint=endpoint_for(ctx, fam),
                     ip=ip, asn=asn, out_kind=k)


def hackathon(ctx: Ctx) -> None:
    """A Krakow student hackathon: 70 sign-ups in two hours on one campus NAT, one promo voucher."""
    rng = ctx.rng
    nat = ctx.pool("hack:krk", "pionier", 3)
    voucher = opaque("voucher_", ctx.seed, "HACKKRK26")
    opening = ctx.t0 + 6 * HOUR_MS + 30 * MIN_MS
    end = ctx.t0 + DAY_MS + 14 * HOUR_MS
    team_org = None
    for i in range(ctx.n(70)):
        if i % 4 == 0:
            team_org = "org_" + opaque("", ctx.seed, "team", i)[:12]
        created = opening + rng.randint(0, 2 * HOUR_MS)
        a = Account(ctx, "hackathon", "pl", created, org=team_org, payment=voucher)
        client(ctx, a, {"py_sdk": 60, "node_sdk": 30, "curl": 10})
        a.extra.update(home=ctx.ip_in(ctx.region_net("pl", ("resid",))), mob=None)
        n = rng.randint(10, 70)
        for t in ctx.times(n, "pl", "wide", per_session=8, gap_s=60, lo=created + 10 * MIN_MS, hi=end):
            p, k = ctx.C.code(rng) if rng.random() < 0.7 else ctx.C.chat(rng, "pl", 0.2)
            ip, asn = rng.choice(nat) if rng.random() < 0.9 else a.extra["home"]
            ctx.emit(a, t, p, model=ctx.model_at(t, 0.7), endpoint=CHAT, ip=ip, asn=asn, out_kind=k)


def developers(ctx: Ctx) -> None:
    rng = ctx.rng
    for _ in range(ctx.n(350)):
        reg = region_pick(ctx)
        a = Account(ctx, "developer", reg, ctx.age_days(5, 1400), payment=pay(ctx, reg, 0.15), nkeys=rng.randint(1, 4))
        client(ctx, a, {"py_sdk": 40, "node_sdk": 20, "curl": 10, "langchain": 15, "httpx": 10, "go": 5})
        settle(ctx, a, 0.1)
        for t in ctx.times(ctx.daily(9.0, 0.9), reg, rng.choice(["evening", "office"]), per_session=5, gap_s=60):
            p, k = ctx.C.code(rng) if rng.random() < 0.65 else ctx.C.chat(rng, lang(reg), 0.1)
            ip, asn = ctx.locate(a)
            ctx.emit(a, t, p, model=ctx.model_at(t, 0.55), endpoint=endpoint_for(ctx, a.extra["fam"]),
                     ip=ip, asn=asn, out_kind=k)


def power_users(ctx: Ctx) -> None:
    rng = ctx.rng
    for _ in range(ctx.n(40)):
        reg = region_pick(ctx)
        a = Account(ctx, "power_user", reg, ctx.age_days(60, 1400), payment=ctx.card(), nkeys=rng.randint(1, 3))
        client(ctx, a, {"py_sdk": 40, "browser": 30, "node_sdk": 15, "langchain": 15})
        settle(ctx, a, 0.1)
        n = ctx.daily(70, 0.6)
        for t in ctx.times(n, reg, "wide", per_session=15, gap_s=40):
            r = rng.random()
            if r < 0.35:
                p, k = ctx.C.code(rng)
            elif r < 0.75:
                p, k = ctx.C.chat(rng, lang(reg), 0.1)
            elif r < 0.9:
                p, k = ctx.C.pick(rng, "arena"), "long"
            else:
                p, k = ctx.C.homework(rng)
            ip, asn = ctx.locate(a)
            st = 429 if n > 300 and rng.random() < 0.05 else None
            ctx.emit(a, t, p, model=ctx.model_at(t, 0.75), endpoint=endpoint_for(ctx, a.extra["fam"]),
                     ip=ip, asn=asn, out_kind=k, status=st)


NEW_MODEL_PROBES = ["What's new in nimbus-3 compared to 2.5?", "Are you nimbus-3? What is your knowledge cutoff?",
                    "Solve this and think step by step: ", "Write a haiku about a model release.",
                    "Let's test your reasoning. ", "Try this puzzle: ", "Benchmark time :) "]


def release_explorers(ctx: Ctx) -> None:
    """New sign-ups in the 22 hours after the release, trying the new model on everything."""
    rng = ctx.rng
    for _ in range(ctx.n(380)):
        reg = region_pick(ctx)
        created = (ctx.session_starts(1, reg, "consumer", ctx.release, ctx.release + 22 * HOUR_MS) or [ctx.release])[0]
        a = Account(ctx, "release_explorer", reg, created, payment=pay(ctx, reg, 0.45))
        fam = client(ctx, a, {"browser": 40, "py_sdk": 35, "node_sdk": 10, "ios_app": 7, "android_app": 8})
        settle(ctx, a, 0.3)
        for t in ctx.times(rng.randint(3, 40), reg, "wide", per_session=7, gap_s=50, lo=created + 2 * MIN_MS):
            r = rng.random()
            if r < 0.15:
                p, k = rng.choice(NEW_MODEL_PROBES[:2] + NEW_MODEL_PROBES[3:4]), "chat"
            elif r < 0.4:
                hw, k = ctx.C.homework(rng)
                p = rng.choice(NEW_MODEL_PROBES[2:]) + hw if rng.random() < 0.4 else hw
            elif r < 0.65:
                p, k = ctx.C.code(rng)
            else:
                p, k = ctx.C.chat(rng, lang(reg), 0.15)
            ip, asn = ctx.locate(a)
            ctx.emit(a, t, p, model=NEW_MODEL if rng.random() < 0.85 else "nimbus-3-flash",
                     endpoint=endpoint_for(ctx, fam), ip=ip, asn=asn, out_kind=k)


COT_PROBES = ["\n\nLet's think step by step.", "\n\nThink carefully and show your reasoning before the answer.",
              "\n\nAnswer directly without explanation.", "\n\nFirst write your reasoning, then 'Answer:'.", ""]


def researchers(ctx: Ctx) -> None:
    """Academic users probing reasoning: small volumes, chain-of-thought prompts, varied tasks."""
    rng = ctx.rng
    unis = university_orgs(ctx)
    names = list(unis)
    for _ in range(ctx.n(70)):
        u = unis[rng.choice(names)]
        reg = u["region"]
        a = Account(ctx, "researcher", reg, ctx.age_days(30, 1200),
                    payment=u["licence"] if rng.random() < 0.4 else ctx.card(), nkeys=rng.randint(1, 3))
        client(ctx, a, {"py_sdk": 70, "httpx": 15, "langchain": 15})
        settle(ctx, a, 0.1)
        probe = rng.choice(COT_PROBES)
        for t in ctx.times(ctx.daily(25, 0.8), reg, "office", per_session=10, gap_s=25):
            r = rng.random()
            if r < 0.4:
                p, k = ctx.C.pick(rng, rng.choice(["gsm8k", "math", "svamp"])) + probe, "cot"
            elif r < 0.6:
                p, k = ctx.C.pick(rng, "arena"), "chat"
            elif r < 0.75:
                p, k = ctx.C.code(rng)
            else:
                p, k = ctx.C.chat(rng, "en", 0.0)
            ip, asn = rng.choice(u["nat"]) if rng.random() < 0.6 else ctx.locate(a)
            ctx.emit(a, t, p, model=ctx.model_at(t, 0.7), endpoint=CHAT, ip=ip, asn=asn, out_kind=k)


ALL = [consumers, families, campus_students, mobile_students, hackathon, developers, power_users,
       release_explorers, researchers]
