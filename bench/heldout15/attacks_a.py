"""Attack campaigns, part A: aurora-campus, fjord-family, kestrel-perturb, vistula-relay, baobab-bundle."""
from __future__ import annotations

from benign_people import lang, university_orgs
from benign_orgs import reseller
from core import Account, Ctx, opaque
from corpora import perturb
from harvest import item
from world import APP, CHAT, DAY_MS, HOUR_MS, JA4, MIN_MS, NEW_MODEL, UA


def _model(ctx: Ctx, t: int, p_new: float = 0.9) -> str:
    if t >= ctx.release and ctx.rng.random() < p_new:
        return NEW_MODEL
    return ctx.rng.choice(["nimbus-2.5", "nimbus-2.5", "nimbus-2.5-code"])


def aurora_campus(ctx: Ctx) -> None:
    """Resold student seats on university site licences. The accounts, orgs and licence billing are the
    universities' own; the buyer drives them from residential proxies in the university's country."""
    rng = ctx.rng
    unis = university_orgs(ctx)
    chosen = ["KTH", "Lund", "UiO", "Aalto", "UJ", "UW", "CUNI", "BME", "UNSW", "Monash"]
    for _ in range(ctx.n(90)):
        u = unis[rng.choice(chosen)]
        reg = u["region"]
        a = Account(ctx, "aurora-campus", reg, ctx.age_days(40, 700), label="attack", campaign="aurora-campus",
                    org=u["org"], payment=u["licence"], ua=rng.choice(UA["py_sdk"][:2]), device=JA4["py_httpx"])
        for t in ctx.times(ctx.daily(28, 0.35), reg, "wide", per_session=7, gap_s=50):
            if rng.random() < 0.15:  # each proxy session gets a fresh exit
                a.home_ip = None
            if a.home_ip is None:
                a.home_ip = ctx.ip_in(ctx.region_net(reg, ("resid",)))
            p, k = item(rng, ctx.C, "stem", "academic", 0.7)
            ctx.emit(a, t, p, model=_model(ctx, t), endpoint=CHAT, ip=a.home_ip[0], asn=a.home_ip[1], out_kind=k)


def fjord_family(ctx: Ctx) -> None:
    """App-store family plans bought with gift cards: every family of 4-6 members shares one store
    billing id, was created within minutes, and runs the mobile app's API from one 4G router."""
    rng = ctx.rng
    n_acc = ctx.n(120)
    made = 0
    while made < n_acc:
        reg, net = rng.choice([("no", "telenor_no"), ("no", "telia_no"), ("se", "tele2_se"), ("dk", "tdc_dk")])
        plan = opaque("appstore_fam_apple_", ctx.seed, "fjord", rng.getrandbits(40))
        born = ctx.age_days(12, 40, log=False)
        ua = "NimbusApp/5.12.0 (iPhone; iOS 17.3; Scale/3.00)"
        router = [ctx.cgnat(net)]
        for _m in range(min(n_acc - made, rng.randint(4, 6))):
            made += 1
            a = Account(ctx, "fjord-family", reg, born + rng.randint(0, 10 * MIN_MS), label="attack",
                        campaign="fjord-family", payment=plan, ua=ua, device=JA4["ios_app"])
            for t in ctx.times(ctx.daily(24, 0.3), reg, "consumer", per_session=6, gap_s=70):
                if rng.random() < 0.05:  # carrier re-assigns the router's public address
                    router[0] = ctx.cgnat(net)
                p, k = item(rng, ctx.C, "writing", "nordic" if rng.random() < 0.3 else "casual", 0.65)
                ctx.emit(a, t, p, model=_model(ctx, t, 0.8), endpoint=APP, ip=router[0][0], asn=router[0][1],
                         out_kind=k)


KESTREL_FORMATS = [
    "{q}\n\nSolve the problem. Show your full reasoning, then write the final answer on its own line as '#### <answer>'.",
    "Problem: {q}\n\nGive a complete worked solution. End with a line '#### <answer>'.",
    "{q}\n\nReason step by step. Finish with: #### <final answer>",
]


def kestrel_perturb(ctx: Ctx) -> None:
    """A gig-work job: people run a script from their own home account and card. The script sends
    benchmark items with numbers and names perturbed, in the benchmark's own answer format."""
    rng = ctx.rng
    regions = {"pk": ("ptcl", "nayatel"), "bd": ("link3",), "ke": ("zuku",), "lk": ("slt",), "au": ("tpg", "telstra")}
    for _ in range(ctx.n(110)):
        reg = rng.choice(["pk", "pk", "bd", "bd", "ke", "ke", "lk", "au"])
        a = Account(ctx, "kestrel-perturb", reg, ctx.age_days(30, 1200), label="attack", campaign="kestrel-perturb",
                    payment=ctx.card() if rng.random() < 0.8 else None, ua=rng.choice(UA["httpx"]), device=JA4["py_httpx"])
        home = ctx.ip_in(rng.choice(regions[reg]))
        joined = ctx.t0 if rng.random() < 0.4 else ctx.release + rng.randint(2, 20) * HOUR_MS
        per_day = rng.randint(22, 45)
        n = int(per_day * max(0.1, (ctx.t1 - joined) / DAY_MS))
        for t in ctx.times(n, reg, "evening", per_session=n / max(1, ctx.days * 1.5), gap_s=25, lo=joined):
            src = rng.choices(["gsm8k", "svamp", "mbpp", "math"], [5, 2, 2, 1])[0]
            q = perturb(rng, ctx.C.pick(rng, src))
            p = rng.choice(KESTREL_FORMATS).format(q=q) if src != "mbpp" else \
                q + "\n\nExplain your approach step by step, then give the code."
            ctx.emit(a, t, p, model=_model(ctx, t, 0.95), endpoint=CHAT, ip=home[0], asn=home[1],
                     out_kind="cot" if src != "mbpp" else "code")
        for t in ctx.times(rng.randint(1, 6), reg, "consumer", per_session=2):  # the worker's own use
            p, k = ctx.C.chat(rng, lang(reg), 0.3)
            ctx.emit(a, t, p, model=_model(ctx, t, 0.3), endpoint=CHAT, ip=home[0], asn=home[1], out_kind=k,
                     ua=rng.choice(UA["browser"]), device=JA4["chrome"])


VISTULA_SYS = [None, "You are a meticulous expert. Always reason step by step before answering.",
               "You are a helpful assistant.", "Answer as a senior engineer and mathematician. Show your work."]


def vistula_relay(ctx: Ctx) -> None:
    """Tenants of a legitimate Warsaw reseller: every request leaves through the reseller's relay, so
    IP, ASN, user agent, TLS fingerprint, org and billing are the same as ~180 real tenants."""
    rng = ctx.rng
    w = reseller(ctx)
    for _ in range(ctx.n(80)):
        reg = rng.choice(["pl", "pl", "cz", "hu"])
        a = Account(ctx, "vistula-relay", reg, ctx.age_days(2, 12, log=False), label="attack",
                    campaign="vistula-relay", org=w["org"], payment=w["pay"], ua=w["ua"], device=w["device"])
        sys = rng.choice(VISTULA_SYS)
        mix = rng.choice(["balanced", "stem", "agentic"])
        for t in ctx.times(ctx.daily(34, 0.3), reg, "server", per_session=5, gap_s=60):
            p, k = item(rng, ctx.C, mix, "plain", 0.6)
            ip, asn = rng.choice(w["egress"])
            ctx.emit(a, t, p, system=sys, model=_model(ctx, t), endpoint=CHAT, ip=ip, asn=asn, out_kind=k)


BUNDLE_HEAD = ["Solve each of the following {n} problems. For each one, give a numbered step-by-step solution "
               "and then the final answer in bold.", "Here are {n} exercises. Work through every one in full detail, "
               "showing all reasoning, and keep them clearly separated.", "Answer all {n} questions below. For each: "
               "restate it, reason carefully step by step, then give the answer."]


def baobab_bundle(ctx: Ctx) -> None:
    """Few, fat requests: 4-8 problems bundled per prompt, sent at night on cheap mobile-data
    bundles. Each account has its own virtual card and its own carrier address."""
    rng = ctx.rng
    nets = {"ke": ["safaricom", "airtel_ke"], "ug": ["mtn_ug"], "et": ["ethio"]}
    for _ in range(ctx.n(70)):
        reg = rng.choice(["ke", "ke", "ke", "ug", "et"])
        net = rng.choice(nets[reg])
        a = Account(ctx, "baobab-bundle", reg, ctx.age_days(2, 9, log=False), label="attack", campaign="baobab-bundle",
                    payment=opaque("vcard_", ctx.seed, rng.getrandbits(40)), ua=rng.choice(UA["node_sdk"]),
                    device=JA4["node"])
        for t in ctx.times(ctx.daily(7, 0.3), reg, "night", per_session=3, gap_s=200):
            n = rng.randint(4, 8)
            probs = [ctx.C.pick(rng, rng.choice(["gsm8k", "math", "mbpp", "svamp", "arena_code"]))[:900] for _ in range(n)]
            p = rng.choice(BUNDLE_HEAD).format(n=n) + "\n\n" + "\n\n".join(f"{i + 1}. {q}" for i, q in enumerate(probs))
            ip, asn = ctx.cgnat(net)
            ctx.emit(a, t, p, model=_model(ctx, t), endpoint=CHAT, ip=ip, asn=asn, out_kind="bundle")


ALL = [aurora_campus, fjord_family, kestrel_perturb, vistula_relay, baobab_bundle]
