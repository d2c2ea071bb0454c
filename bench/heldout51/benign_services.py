"""Benign populations, part 2: services and batch jobs (eval harnesses, app back-ends, coding agents, translation
bureaus, researchers, support triage, embedding indexers, night batches, a legitimate reseller platform, SEO writers,
synthetic training data, tutoring apps, CI pipelines).
"""
from __future__ import annotations

from . import corpora as C
from . import texts_everyday as TE
from . import texts_work as TW
from . import world as W
from .core import Pop, poisson
from .network import SDK_UA, universities

HARNESS_UA = "evalkit/0.9.3 " + SDK_UA["python"]


def _run(p: Pop, a, start: int, items: list[str], rate_s: float, fmt, model: str, system: str | None,
         out: tuple[int, int], ua: str | None = None, endpoint: str = W.EP_CHAT) -> int:
    r, t = p.rng, start
    for q in items:
        if t >= W.END:
            break
        p.ev(a, t, fmt(q), system=system, model=model, out=out, ua=ua, endpoint=endpoint)
        t += int(rate_s * 1000 * r.uniform(0.3, 1.7)) + 1
    return t


def eval_harness(p: Pop, n: int = 22) -> None:
    r = p.rng
    suites = [("gsm8k", lambda q: TW.EVAL_GSM8K_COT.replace("{q}", q), None, (120, 420)),
              ("gsm8k", lambda q: TW.EVAL_ZERO.replace("{q}", q), None, (5, 200)),
              ("math", lambda q: TW.EVAL_MATH.replace("{q}", q), TW.EVAL_SYSTEM, (200, 1200)),
              ("mbpp", lambda q: TW.EVAL_MBPP.replace("{q}", q), None, (80, 400)),
              ("humaneval", lambda q: TW.EVAL_HUMANEVAL.replace("{q}", q), None, (60, 350))]
    orgs = [(f"org-{W.token(r, 12)}", p.new_pay(r), r.choice(["aws_dub", "gcp_ams", "hetzner_hel", "azure_sto", "aws_arn"]))
            for _ in range(7)]
    for i in range(n):
        org, card, region = orgs[i % len(orgs)]
        a = p.acct(r.choice(["NL", "BE", "SE", "DK", "NO", "FI"]), org=org, pay=card, kind="python", keys=2,
                   conn=p.net.cloud(r, region, r.randint(1, 3)))
        runs = [(r.randrange(2), None)] + ([(1, W.LAUNCH + int(r.expovariate(1 / (40 * 60_000))))] if r.random() < 0.6 else [])
        for day, at in runs:
            name, fmt, system, out = r.choice(suites)
            items = list(C.load(name, 2000))
            k = r.randint(120, min(len(items), 900))
            off = r.randrange(max(1, len(items) - k))
            start = at or W.sample_ts(r, a.country, "office", day)
            model = W.M_NEW if at else r.choice([W.M_CHAT, W.M_MINI, W.M_CODE if name in ("mbpp", "humaneval") else W.M_CHAT])
            _run(p, a, start, items[off:off + k], r.uniform(0.6, 3.0), fmt, model, system, out, ua=HARNESS_UA)


def app_backends(p: Pop) -> None:
    r = p.rng
    for app, (c, lang, system, _pool) in TW.APPS.items():
        org, card = f"org-{W.token(r, 12)}", p.new_pay(r)
        conn = p.net.cloud(r, "aws_arn" if c in ("SE", "NO", "DK", "IS") else "aws_dub", r.randint(2, 6))
        volume = r.randint(1200, 2800)
        for env, share in [("prod", 0.93), ("staging", 0.07)]:
            a = p.acct(c, lang=lang, org=org, pay=card, kind=r.choice(["node", "python", "java"]), conn=conn, keys=2)
            for day in (0, 1):
                m = int(volume * share / 2)
                for _ in range(m):
                    ts = W.sample_ts(r, c, "consumer", day)
                    msg = TW.app_msg(r, app, lambda: r.choice(C.load("nq")) if r.random() < 0.5 else TE.everyday(r, lang))
                    p.ev(a, ts, msg, system=system, model=W.M_MINI if r.random() < 0.8 else W.M_CHAT, out=(40, 350),
                         ctx=r.choice([0, 0, 120, 400]))


def agent_tools(p: Pop, n: int = 480) -> None:
    r = p.rng
    code = C.code() + tuple(q for q in C.load("arena", 3000) if "def " in q or "function" in q or "code" in q.lower())
    for _ in range(n):
        a = p.acct(kind="node", pay=True, keys=1)
        a.ua = f"Kodsmed/0.14.{r.choice([1, 2, 2, 3])} vscode/1.96.{r.randrange(3)} noord-node/2.4.1"
        for day in (0, 1):
            for start in p.day_times(a, day, "office", r.uniform(0.4, 1.6), 1, 0):
                task = TW.dev_task(r) if r.random() < 0.5 else r.choice(code)
                ctx = 0
                for i, ts in enumerate(W.session(r, start, max(2, poisson(r, 7)), 9, 0.6)):
                    msg = task if i == 0 else f"tool_result: {r.choice(['ok', '3 passed, 1 failed', 'file written', 'no matches', 'exit 1'])}"
                    model = W.M_CODE if r.random() < 0.6 else W.chat_model(r, ts, adopt=0.2, mini=0.0)
                    rec = p.ev(a, ts, msg, system=TW.AGENT_SYSTEM, endpoint=W.EP_RESP, model=model, out=(60, 900), ctx=ctx)
                    ctx += rec["completion_tokens"] + tokens_of(msg) if rec else 0


def tokens_of(s: str) -> int:
    return len(s) // 4 + 1


def translation_bureaus(p: Pop) -> None:
    r = p.rng
    for c, n in [("BE", 14), ("NL", 8), ("DK", 6), ("SE", 5), ("IS", 3)]:
        org, card = f"org-{W.token(r, 12)}", p.new_pay(r)
        office = p.net.home(r, c)
        for _ in range(n):
            a = p.acct(c, org=org, pay=card, conn=office, kind=r.choice(["web", "python"]), keys=1)
            for day in (0, 1):
                for ts in p.day_times(a, day, "office", r.uniform(1.5, 3.5), 22, 40, sigma=0.6):
                    msg, _src = TW.translate_msg(r)
                    p.ev(a, ts, msg, out=(60, 400), model=W.M_CHAT)


def researchers(p: Pop, n: int = 28) -> None:
    r = p.rng
    for _ in range(n):
        c = r.choice(["SE", "SE", "NO", "NO", "NL", "BE", "FI", "DK", "IS"])
        uni = r.choice(universities(c))
        a = p.acct(c, kind="python", pay=True, conn=p.net.campus_conn(uni), keys=r.randint(1, 3),
                   org=f"org-{uni}-nlp-{W.token(r, 4)}")
        base = r.sample(C.load("gsm8k") if r.random() < 0.5 else C.load("math", 1500), r.randint(40, 120))
        variants = r.sample(range(len(TW.RESEARCH)), r.randint(2, 5))
        for day in (0, 1):
            if r.random() < 0.7:
                start = W.sample_ts(r, c, "office", day)
                grid = [TW.research(r, q, v) for v in variants for q in base]
                model = W.M_NEW if start >= W.LAUNCH and r.random() < 0.7 else r.choice([W.M_CHAT, W.M_MINI])
                _run(p, a, start, grid, r.uniform(0.8, 4), lambda s: s, model, None, (20, 900))


def support_triage(p: Pop, n: int = 10) -> None:
    r = p.rng
    for _ in range(n):
        c = r.choice(["NL", "BE", "DK", "SE", "NO"])
        a = p.acct(c, kind=r.choice(["python", "node", "go"]), pay=True, keys=1, conn=p.net.cloud(r, r.choice(["aws_dub", "azure_ams", "gcp_ams"]), 2))
        per_day = r.randint(300, 600)
        for day in (0, 1):
            for _ in range(per_day):
                p.ev(a, W.sample_ts(r, c, "office", day), TW.ticket(r), system=TW.TRIAGE_SYSTEM, model=W.M_MINI, out=(9, 24))


def embed_indexers(p: Pop, n: int = 14) -> None:
    r = p.rng
    chunks = C.chat()
    for _ in range(n):
        c = r.choice(["NL", "BE", "DK", "SE", "NO", "FI"])
        a = p.acct(c, kind="python", pay=True, keys=1, conn=p.net.cloud(r, r.choice(["aws_dub", "aws_arn", "hetzner_hel", "upcloud"]), 1))
        for day in (0, 1):
            for _ in range(r.randint(1, 3)):
                start, k = W.sample_ts(r, c, r.choice(["night", "office"]), day), r.randint(60, 300)
                t = start
                for _i in range(k):
                    src = r.choice(chunks)
                    o = r.randrange(max(1, len(src) - 600))
                    text = src[o:o + r.randint(200, 700)] if r.random() < 0.7 else " ".join(r.sample(TW.SOURCE[r.choice(sorted(TW.SOURCE))], 2))
                    p.ev(a, t, text, endpoint=W.EP_EMBED)
                    t += r.randrange(80, 900)


def night_batch(p: Pop, n: int = 16) -> None:
    r = p.rng
    for _ in range(n):
        c = r.choice(["NL", "NL", "BE", "DK"])
        a = p.acct(c, kind="python", pay=True, keys=1, conn=p.net.cloud(r, r.choice(["do_ams", "leaseweb", "ovh", "scaleway"]), 1))
        for day in (0, 1):
            start = W.DAY0 + day * W.DAY + int(W.utc_hour_of(c, r.choice([1, 2, 3])) * W.HOUR) + r.randrange(W.HOUR)
            _run(p, a, start, [TW.product(r) for _ in range(r.randint(150, 420))], r.uniform(2, 6), lambda s: s,
                 W.M_MINI, None, (70, 260))


def reseller_platform(p: Pop, n: int = 260) -> None:
    """'Fjordly', an SME AI workspace: every customer gets a sub-account paid with the platform's card, all traffic
    leaves from the platform's three egress IPs with the platform's SDK user agent."""
    r = p.rng
    card, egress = p.new_pay(r), p.net.cloud(r, "aws_arn", 3)
    ua = "fjordly-backend/5.2.0 " + SDK_UA["python"]
    for _ in range(n):
        c = p.country({"SE": 35, "NO": 25, "DK": 20, "FI": 10, "IS": 5, "NL": 5})
        a = p.acct(c, pay=card, conn=egress, kind="python", keys=1, org=True)
        a.ua = ua
        for day in (0, 1):
            for ts in p.day_times(a, day, "office", r.uniform(0.5, 2), 4, 80):
                x = r.random()
                text = TW.office(r, a.lang) if x < 0.4 else (TE.everyday(r, a.lang) if x < 0.6 else r.choice(C.chat()))
                p.ev(a, ts, text, out=(100, 900))


def seo_writers(p: Pop, n: int = 70) -> None:
    r = p.rng
    for _ in range(n):
        a = p.acct(p.country({"NL": 40, "BE": 15, "DK": 20, "SE": 25}), kind=r.choice(["web", "python"]), pay=True, keys=1)
        for day in (0, 1):
            for ts in p.day_times(a, day, "office", r.uniform(1, 3), 8, 150, sigma=0.5):
                p.ev(a, ts, TW.seo(r, a.lang[:2]), out=(1200, 3200), model=W.M_CHAT)


def synthetic_data(p: Pop, n: int = 9) -> None:
    r = p.rng
    for _ in range(n):
        c = r.choice(["NL", "DK", "SE"])
        a = p.acct(c, kind="python", pay=True, keys=1, conn=p.net.cloud(r, "hetzner_fsn" if r.random() < 0.5 else "aws_fra", 1))
        for day in (0, 1):
            start = W.sample_ts(r, c, "office", day)
            _run(p, a, start, [TW.synth(r, a.lang) for _ in range(r.randint(120, 240))], r.uniform(3, 9),
                 lambda s: s, W.M_CHAT, None, (350, 900))


def tutoring_apps(p: Pop) -> None:
    r = p.rng
    for c, lang in [("SE", "sv"), ("SE", "sv"), ("NO", "no"), ("NO", "no")]:
        a = p.acct(c, lang=lang, kind="node", pay=True, keys=2, conn=p.net.cloud(r, "azure_sto", 3))
        for day in (0, 1):
            for _ in range(r.randint(700, 1000)):
                ts = W.sample_ts(r, c, r.choice(["school", "evening"]), day)
                q = TE.problem(r, lang) if r.random() < 0.55 else r.choice(C.load("gsm8k"))
                p.ev(a, ts, q, system=TW.TUTOR_SYSTEM[lang], model=W.M_MINI, out=(250, 900), ctx=r.choice([0, 0, 300, 700]))


def ci_pipelines(p: Pop, n: int = 45) -> None:
    r = p.rng
    for _ in range(n):
        c = p.country({"NL": 40, "BE": 15, "DK": 15, "SE": 20, "NO": 10})
        a = p.acct(c, kind=r.choice(["python", "node", "go"]), pay=True, keys=1, conn=p.net.cloud(r, "azure_ams", 12))
        fixtures = r.sample(TW.CI_FIXTURES, r.randint(1, 3))
        period = r.choice([15, 30, 60]) * 60_000
        t = W.DAY0 + r.randrange(period)
        while t < W.END:
            if 7 <= W.local_hour(c, t) < 19 or r.random() < 0.15:
                for f in fixtures:
                    p.ev(a, t + r.randrange(2_000), f, model=W.M_MINI, out=(1, 30))
            t += period
        for day in (0, 1):  # push-triggered runs
            for ts in p.day_times(a, day, "office", r.uniform(2, 6), 1, 0):
                for f in fixtures:
                    p.ev(a, ts + r.randrange(1500), f, model=W.M_MINI, out=(1, 30))
