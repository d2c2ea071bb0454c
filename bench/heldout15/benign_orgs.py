"""Benign organisations: tutoring and grading platforms, eval teams, SaaS apps, a reseller's
tenants, translation services, labelling shops, CI bots, agencies, hobby evaluators."""
from __future__ import annotations

from core import Account, Ctx, opaque
from corpora import fake_solution, longform
from world import CHAT, DAY_MS, EMBED, HOUR_MS, JA4, MIN_MS, NEW_MODEL, RESPONSES

from benign_people import lang, region_pick


def org_id(ctx: Ctx, *parts) -> str:
    return "org_" + opaque("", ctx.seed, *parts)[:12]


def burst(ctx: Ctx, start: int, n: int, lo_s: float, hi_s: float) -> list[int]:
    out, t = [], start
    for _ in range(n):
        out.append(t)
        t += int(ctx.rng.uniform(lo_s, hi_s) * 1000)
    return out


TUTOR_SYS = ("You are Ilm, a patient maths tutor for students in grades 6-10 in Pakistan and Bangladesh. "
             "Explain every solution step by step in simple English, check the arithmetic, and end with "
             "'Final answer:'. If the student writes in Urdu or Bangla, reply in the same language.")


def tutoring(ctx: Ctx) -> None:
    rng = ctx.rng
    egress = ctx.pool("ilm", "aws", 4)
    invoice = opaque("invoice_", ctx.seed, "ilmtutor")
    for i in range(ctx.n(24)):
        reg = rng.choice(["pk", "pk", "bd"])
        a = Account(ctx, "tutoring_platform", reg, ctx.age_days(40, 500), org=org_id(ctx, "ilm", i),
                    payment=invoice, ua="IlmTutor-Backend/2.3 nimbus-python/2.4.1", device=None)
        for t in ctx.times(ctx.daily(45, 0.7), reg, "student", per_session=12, gap_s=20):
            p, k = ctx.C.homework(rng, lang(reg))
            ip, asn = rng.choice(egress)
            ctx.emit(a, t, p, system=TUTOR_SYS, model="nimbus-2.5-mini", endpoint=CHAT, ip=ip, asn=asn, out_kind=k)


GRADER_SYS = ("You are Markwise, an assistant that grades student work for university instructors. Use the "
              "instructor's rubric, check each step of the student's solution, point out the first error, and "
              "return JSON with fields score (0-10), first_error_step and feedback.")


def autograder(ctx: Ctx) -> None:
    """A Vancouver ed-tech grading student submissions: rubric prompts that look like judge harvesting."""
    rng = ctx.rng
    egress = ctx.pool("markwise", "aws", 3)
    org = org_id(ctx, "markwise")
    invoice = opaque("invoice_", ctx.seed, "markwise")
    for _ in range(ctx.n(12)):
        a = Account(ctx, "autograder_edtech", "bc", ctx.age_days(90, 700), org=org, payment=invoice,
                    ua="markwise-worker/4.1 nimbus-node/1.9.0", device=JA4["node"])
        n = ctx.daily(50, 0.6)
        ts = ctx.times(int(n * 0.7), "bc", "office", per_session=20, gap_s=8)
        for d in range(ctx.days):  # deadline rush before 23:59 Pacific
            dl = ctx.t0 + d * DAY_MS + 7 * HOUR_MS + 59 * MIN_MS
            ts += [dl - rng.randint(0, 3 * HOUR_MS) for _ in range(int(n * 0.3 / ctx.days))]
        for t in sorted(ts):
            prob = ctx.C.pick(rng, rng.choice(["gsm8k", "math", "mbpp"]))
            p = f"Problem:\n{prob}\n\nStudent solution:\n{fake_solution(rng, prob)}\n\nRubric: 4 pts method, 4 pts working, 2 pts answer."
            ip, asn = rng.choice(egress)
            ctx.emit(a, t, p, system=GRADER_SYS, model=ctx.model_at(t, 0.2, ["nimbus-2.5"]), endpoint=CHAT,
                     ip=ip, asn=asn, out_kind="grade")


EVAL_TEMPLATES = {
    "gsm8k": "Question: {q}\nLet's think step by step. At the end write 'The answer is N'.",
    "math": "Problem:\n{q}\n\nSolve the problem. Put the final answer in \\boxed{{}}.",
    "svamp": "{q}\nAnswer with a number.",
    "humaneval": "Complete the following Python function. Return only code.\n\n{q}",
    "mbpp": "You are an expert Python programmer, and here is your task: {q}",
    "arena": "{q}",
}
LABS = [("aalto-nlp", "upcloud", "fi"), ("ntnu-ai", "sikt", "no"), ("warsaw-ml", "gcp", "pl"),
        ("sydney-evals", "aws", "au"), ("ubc-reasoning", "bcnet", "bc")]


def eval_teams(ctx: Ctx) -> None:
    """Benchmark runs: whole files in file order or shuffled, fixed template, tight bursts."""
    rng = ctx.rng
    for lab, net, reg in LABS:
        org = org_id(ctx, lab)
        payment = opaque("invoice_", ctx.seed, lab) if rng.random() < 0.6 else ctx.card()
        hosts = ctx.pool("lab:" + lab, net, rng.randint(1, 4))
        for _ in range(rng.randint(2, 4) if ctx.scale >= 0.5 else 1):
            priv = net in ("aws", "gcp") and rng.random() < 0.5
            a = Account(ctx, "eval_team", reg, ctx.age_days(30, 900), org=org, payment=payment,
                        ua=rng.choice(["nimbus-python/2.4.1 CPython/3.11.9", "python-httpx/0.27.0"]),
                        device=None if priv else JA4["py_httpx"], nkeys=2)
            for _j in range(rng.randint(1, 3)):
                bench = rng.choice(list(EVAL_TEMPLATES))
                items = list(ctx.C.t[bench])
                off = rng.randint(0, max(0, len(items) - 600))
                items = items[off:off + rng.randint(80, 420)]
                if rng.random() < 0.5:
                    rng.shuffle(items)
                after = rng.random() < 0.7
                lo = ctx.release + 10 * MIN_MS if after else ctx.t0
                start = (ctx.session_starts(1, reg, "office", lo, ctx.t1 - 2 * HOUR_MS) or [lo])[0]
                model = NEW_MODEL if after else rng.choice(["nimbus-2.5", "nimbus-2.5-mini"])
                for t, q in zip(burst(ctx, start, len(items), 0.2, 2.5), items):
                    ip, asn = rng.choice(hosts)
                    ctx.emit(a, t, EVAL_TEMPLATES[bench].format(q=q), model=model, endpoint=CHAT, ip=ip, asn=asn,
                             out_kind="eval", status=429 if rng.random() < 0.02 else None)


APP_KINDS = ["customer support assistant for {b}, an online furniture store", "recipe helper in the {b} cooking app",
             "travel planner for {b}, a New Zealand campervan rental", "HR policy assistant for {b} employees",
             "banking FAQ bot for {b} (no financial advice)", "language-learning chat partner in the {b} app",
             "legal-document summariser for {b}", "study buddy in the {b} exam-prep app",
             "real-estate listing writer for {b}", "fitness coach persona of {b}"]
BRANDS = ["Hygge Hem", "Koszyk", "Tui Trails", "Savanna Pay", "Kafeteria", "Nordlys", "Pesa Plus", "Daraz Mart",
          "Kiwi Coach", "Wombat Works", "Fjellbu", "Szkoła+", "Duka", "Ceylon Stay", "Salish Eats", "Bokhylla"]


def saas_apps(ctx: Ctx) -> None:
    """One system prompt for thousands of end users behind an app's cloud egress."""
    rng = ctx.rng
    for _ in range(ctx.n(35)):
        reg = region_pick(ctx)
        brand = rng.choice(BRANDS)
        sys = (f"You are the {rng.choice(APP_KINDS).format(b=brand)}. " +
               (ctx.C.pick(rng, "personas")[:1500] if rng.random() < 0.5 else "Be concise and friendly."))
        cloud = rng.choice(["aws", "azure", "gcp", "digitalocean", "upcloud", "linode"])
        egress = ctx.pool("app:" + brand + str(rng.random()), cloud, rng.randint(1, 6))
        fam = rng.choice(["node_sdk", "py_sdk", "java"])
        ua, dev = ctx.ua_pick(fam)
        a = Account(ctx, "saas_app", reg, ctx.age_days(20, 900), ua=ua, device=dev,
                    payment=opaque("invoice_", ctx.seed, brand) if rng.random() < 0.4 else ctx.card(), nkeys=rng.randint(1, 3))
        embeds = rng.random() < 0.3
        for t in ctx.times(ctx.daily(90, 0.9), reg, "consumer", per_session=1, gap_s=5):
            p, k = ctx.C.chat(rng, lang(reg), 0.25)
            ip, asn = rng.choice(egress)
            if embeds and rng.random() < 0.3:
                ctx.emit(a, t, p, model="nimbus-embed-2", endpoint=EMBED, ip=ip, asn=asn, out_kind="embed")
            else:
                ctx.emit(a, t, p, system=sys, model=ctx.model_at(t, 0.1, ["nimbus-2.5-mini"]), endpoint=CHAT,
                         ip=ip, asn=asn, out_kind=k, status=429 if rng.random() < 0.01 else None)


def reseller(ctx: Ctx) -> dict:
    """WislaHub, a Warsaw API reseller: every tenant's traffic leaves through its relay."""
    if "wisla" not in ctx.__dict__:
        ctx.wisla = {"org": org_id(ctx, "wislahub"), "pay": opaque("invoice_", ctx.seed, "wislahub"),
                     "egress": ctx.pool("wisla", "gcp", 6), "ua": "WislaHub-Relay/3.2 (+https://wislahub.pl)",
                     "device": JA4["relay_go"]}
    return ctx.wisla


def reseller_tenants(ctx: Ctx) -> None:
    rng = ctx.rng
    w = reseller(ctx)
    for _ in range(ctx.n(180)):
        reg = region_pick(ctx, {"pl": 8, "cz": 3, "hu": 2, "se": 1, "ke": 1})
        a = Account(ctx, "reseller_tenant", reg, ctx.age_days(3, 600), org=w["org"], payment=w["pay"],
                    ua=w["ua"], device=w["device"])
        sys = ctx.C.pick(rng, "personas")[:1200] if rng.random() < 0.4 else None
        mix = rng.choice(["chat", "code", "homework"])
        for t in ctx.times(ctx.daily(12, 0.9), reg, rng.choice(["office", "consumer"]), per_session=4, gap_s=40):
            p, k = (ctx.C.chat(rng, lang(reg), 0.3) if mix == "chat" or rng.random() < 0.3 else
                    ctx.C.code(rng) if mix == "code" else ctx.C.homework(rng, lang(reg)))
            ip, asn = rng.choice(w["egress"])
            ctx.emit(a, t, p, system=sys, model=ctx.model_at(t, 0.5), endpoint=CHAT, ip=ip, asn=asn, out_kind=k)


TARGETS = ["Swedish", "Norwegian Bokmål", "Danish", "Finnish", "Polish", "Czech", "Hungarian", "Swahili",
           "Amharic", "Urdu", "Bengali", "Sinhala", "Māori"]


def translators(ctx: Ctx) -> None:
    rng = ctx.rng
    for _ in range(ctx.n(16)):
        reg = region_pick(ctx, {"se": 2, "pl": 3, "ke": 2, "pk": 1, "nz": 1, "cz": 1, "fi": 1})
        targets = rng.sample(TARGETS, rng.randint(1, 4))
        egress = ctx.pool("tr" + str(rng.random()), rng.choice(["aws", "azure", "upcloud", "scaleway"]), 2)
        a = Account(ctx, "translation_service", reg, ctx.age_days(60, 1000), payment=ctx.card(),
                    ua="nimbus-python/2.4.1 CPython/3.11.9", device=JA4["py_httpx"])
        for t in ctx.times(ctx.daily(70, 0.6), reg, "office", per_session=10, gap_s=6):
            tgt = rng.choice(targets)
            sys = f"Translate the user's text from English into {tgt}. Keep formatting, names and code unchanged."
            p = ctx.C.pick(rng, rng.choice(["instr", "arena_short", "awesome_short"]))
            ip, asn = rng.choice(egress)
            ctx.emit(a, t, p, system=sys, model="nimbus-2.5", endpoint=CHAT, ip=ip, asn=asn, out_kind="translate")


LABEL_SYS = ("Annotation guideline v7. You assist a human annotator. Classify the search query into exactly one "
             "intent: INFO, NAVIGATION, TRANSACTION, LOCAL, OTHER. Reply with the label only.")
SHOPS = [("nairobi-annot", "liquid_ke", "ke"), ("dhaka-data", "link3", "bd"), ("kampala-ai-ops", "mtn_ug", "ug")]


def labelling_shops(ctx: Ctx) -> None:
    rng = ctx.rng
    for shop, net, reg in SHOPS:
        nat = ctx.pool("shop:" + shop, net, 2)
        org, pay = org_id(ctx, shop), opaque("invoice_", ctx.seed, shop)
        created = ctx.age_days(20, 200)
        for _ in range(ctx.n(23)):
            a = Account(ctx, "labelling_shop", reg, created + rng.randint(0, 15) * DAY_MS // 4, org=org, payment=pay,
                        ua="python-requests/2.31.0", device=JA4["py_requests"])
            for t in ctx.times(ctx.daily(35, 0.5), reg, "office", per_session=15, gap_s=35):
                q = ctx.C.pick(rng, "nq")
                p = rng.choice([f"Query: {q}\nLabel:", f"Query: \"{q}\"\nIntent?", f"{q}\n---\nintent label:"])
                ip, asn = rng.choice(nat)
                ctx.emit(a, t, p, system=LABEL_SYS, model="nimbus-2.5-mini", endpoint=CHAT, ip=ip, asn=asn, out_kind="label")


SMOKE = ["Reply with the single word OK.", 'Return {"status": "ok"} as JSON and nothing else.',
         "Summarise in one sentence: The quick brown fox jumps over the lazy dog.", "What is 2+2? Answer with a digit.",
         "Translate 'hello' to Swedish. One word.", "ping"]


def ci_bots(ctx: Ctx) -> None:
    rng = ctx.rng
    for _ in range(ctx.n(30)):
        reg = region_pick(ctx)
        gh = rng.random() < 0.6
        fam = rng.choice(["py_sdk", "node_sdk", "curl"])
        ua, dev = ctx.ua_pick(fam)
        a = Account(ctx, "ci_bot", reg, ctx.age_days(30, 1000), ua=ua, device=dev, payment=ctx.card())
        fixed = ctx.ip_in(rng.choice(["aws", "digitalocean", "scaleway"]))
        prompts = rng.sample(SMOKE, rng.choice([1, 1, 2]))
        period = rng.choice([15, 30, 30, 60, 120]) * MIN_MS
        t = ctx.t0 + rng.randint(0, period)
        while t < ctx.t1:
            for p in prompts:
                ip, asn = ctx.ip_in("azure") if gh else fixed
                ctx.emit(a, t + rng.randint(0, 30_000), p, model=rng.choice(["nimbus-2.5-mini", NEW_MODEL])
                         if t > ctx.release else "nimbus-2.5-mini", endpoint=CHAT, ip=ip, asn=asn, out_kind="smoke")
            t += period + rng.randint(-20_000, 20_000)


AGENCIES = [("Stockholm", "bredband2", "se"), ("Copenhagen", "tdc_dk", "dk"), ("Warsaw", "orange_pl", "pl"),
            ("Budapest", "telekom_hu", "hu"), ("Sydney", "aussiebb", "au"), ("Melbourne", "telstra", "au"),
            ("Vancouver", "telus", "bc"), ("Nairobi", "liquid_ke", "ke")]


def agencies(ctx: Ctx) -> None:
    rng = ctx.rng
    for city, net, reg in AGENCIES:
        office = ctx.pool("agency:" + city, net, 1)[0]
        card, org = ctx.card(), org_id(ctx, "agency", city)
        brands = [ctx.C.pick(rng, "personas")[:1500] for _ in range(3)]
        for _ in range(rng.randint(2, 5)):
            a = Account(ctx, "agency", reg, ctx.age_days(30, 900), org=org, payment=card)
            a.ua, a.device = ctx.ua_pick(rng.choice(["browser", "py_sdk"]))
            for t in ctx.times(ctx.daily(15, 0.6), reg, "office", per_session=4, gap_s=120):
                p = longform(rng, ctx.C) if rng.random() < 0.6 else ctx.C.chat(rng, lang(reg), 0.3)[0]
                ctx.emit(a, t, p, system=rng.choice(brands), model=ctx.model_at(t, 0.6), endpoint=RESPONSES,
                         ip=office[0], asn=office[1], out_kind="long")


def hobby_evals(ctx: Ctx) -> None:
    """Individuals who run one small benchmark against the new model from home, then stop."""
    rng = ctx.rng
    for _ in range(ctx.n(40)):
        reg = region_pick(ctx)
        a = Account(ctx, "hobby_evaluator", reg, ctx.age_days(10, 900), payment=ctx.card())
        a.ua, a.device = ctx.ua_pick(rng.choice(["py_sdk", "httpx", "requests"]))
        home = ctx.ip_in(ctx.region_net(reg, ("resid",)))
        bench = rng.choice(["humaneval", "mbpp", "gsm8k", "math", "svamp"])
        items = ctx.C.t[bench][: rng.randint(40, 164)]
        start = (ctx.session_starts(1, reg, "evening", ctx.release, ctx.t1 - HOUR_MS) or [ctx.release])[0]
        for t, q in zip(burst(ctx, start, len(items), 1.0, 6.0), items):
            ctx.emit(a, t, EVAL_TEMPLATES[bench].format(q=q), model=NEW_MODEL, endpoint=CHAT, ip=home[0], asn=home[1],
                     out_kind="eval")
        for t in ctx.times(rng.randint(1, 8), reg, "evening", per_session=2):
            p, k = ctx.C.chat(rng, lang(reg))
            ctx.emit(a, t, p, model=ctx.model_at(t), endpoint=CHAT, ip=home[0], asn=home[1], out_kind=k)


ALL = [tutoring, autograder, eval_teams, saas_apps, reseller_tenants, translators, labelling_shops, ci_bots,
       agencies, hobby_evals]
