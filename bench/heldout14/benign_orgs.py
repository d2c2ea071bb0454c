"""Benign organisations running automation: eval teams, app backends, a code-review SaaS, a legal SaaS."""
from __future__ import annotations

from common import lognorm
from corpus import legal_doc, render_diff, toks
from texts import (BANK_Q, BANK_SYS, BRIEF_SYS, CLAUSEWISE_SYS, HARNESS_CHAT, HARNESS_CODE, HARNESS_MATH, HARNESS_MBPP,
                   INGREDIENTS, LEGAL_Q, LINGUA_SYS, PANTRY_SYS, PRISM_SYS, TUTOR_SYS)
from world import (DAY, EP_BATCH, EP_CHAT, HOUR, MIN, NEW, OLD, RELEASE, SDK_NODE, SDK_PY, Acct, aged, devkey, hexid,
                   ip_in, poisson, poisson_times, pool, sessions)

B = "benign"


def benchmarks(C):
    """Public benchmark splits, as eval teams use them (the same items at every lab)."""
    return {
        "gsm8k-test": (C.t["gsm8k"][-1319:], HARNESS_MATH, 450),
        "math-500": (C.t["math"][:500], HARNESS_MATH, 700),
        "humaneval": (C.t["humaneval"], HARNESS_CODE, 300),
        "mbpp": (C.t["mbpp"][:500], HARNESS_MBPP, 260),
        "arena-hard": (C.t["arena"][:500], HARNESS_CHAT, 900),
    }


def eval_lab(w, s, rng):
    """Evaluation teams benchmarking corvid-3 on launch day against corvid-2.5: the same public items,
    one harness template, pass@k repeats, cloned runner containers, a shared invoice."""
    C = w.corpus
    bm = benchmarks(C)
    labs = [("GB", 14, [396982], "inspect-ai/0.3.58"), ("IL", 10, [16509], "lm-eval/0.4.7"), ("ZA", 8, [2018], "simple-evals/0.2")]
    for region, size, asns, tool in labs:
        org = "org_" + hexid(rng, 40)
        pay = "invoice:" + org
        ips = pool(rng, asns, 5)
        runners = [devkey(rng, "sw") for _ in range(3)]
        ua = SDK_PY[0] + " " + tool
        for _ in range(w.n(size)):
            a = Acct(rng, "eval_lab", B, None, region, aged(rng, 60, 700), org=org, pay=pay, ua=ua)
            n_runs = rng.randint(1, 3)
            for r in range(n_runs):
                name = rng.choice(list(bm))
                items, tpl, ct_med = bm[name]
                pre = r == 0 and rng.random() < 0.25
                t = (w.t0 + rng.randrange(0, max(1, RELEASE - w.t0 - HOUR)) if pre
                     else RELEASE + int(rng.uniform(0.4, 30) * HOUR))
                model = OLD if pre or rng.random() < 0.35 else NEW
                k = rng.choice([1, 1, 3, 5, 8])
                n_items = min(len(items), max(20, 600 // k), rng.randint(60, 300))
                start = rng.randrange(0, len(items) - n_items + 1)
                ep = EP_BATCH if rng.random() < 0.3 else EP_CHAT
                dev = rng.choice(runners)
                net = rng.choice(ips)
                for q in items[start:start + n_items]:
                    text = tpl.replace("{q}", q)
                    for _ in range(k):
                        t += int(rng.expovariate(1 / 1500)) + 200
                        s.emit(a, t, text, lognorm(rng, ct_med, 0.4), model=model, endpoint=ep, net=net, device=dev,
                               status=429 if rng.random() < 0.01 else 200)


APPS = [
    # name, region, cloud ASN, system prompt, accounts, events/day per account, curve
    ("MathsMate", "ZA", 16509, TUTOR_SYS, 2, 2200, "student"),
    ("LinguaLift", "IL", 16509, LINGUA_SYS, 1, 1300, "home"),
    ("IslandBank", "JM", 8075, BANK_SYS, 1, 700, "office"),
    ("PantryPal", "US", 396982, PANTRY_SYS, 1, 900, "home"),
    ("BriefMe", "GB", 16509, BRIEF_SYS, 2, 800, "home"),
]


def _app_text(rng, C, name):
    if name == "MathsMate":
        q = C.pick(rng, rng.choice(["gsm8k", "gsm8k", "svamp", "math"]))
        return rng.choice(["", "", "help ", "pls explain ", "I don't understand: "]) + q, lognorm(rng, 520, 0.4)
    if name == "LinguaLift":
        lang = rng.choice(["Spanish", "English", "Hebrew", "French", "German", "Arabic"])
        return f"[{lang}] " + C.pick(rng, rng.choice(["si", "nq"])), lognorm(rng, 150, 0.5)
    if name == "IslandBank":
        return rng.choice(BANK_Q) + rng.choice(["", "?", " please", " thanks"]), lognorm(rng, 120, 0.5)
    if name == "PantryPal":
        return "I have " + ", ".join(rng.sample(INGREDIENTS, rng.randint(3, 6))) + ". What can I cook tonight?", lognorm(rng, 380, 0.3)
    return C.pick(rng, rng.choice(["awesome", "arena_text", "arena"])), lognorm(rng, 180, 0.3)


def app_backends(w, s, rng):
    """Product backends: one system prompt, thousands of end users' questions, a few egress IPs."""
    C = w.corpus
    for name, region, asn, sysp, n_acc, per_day, curve in APPS:
        org = "org_" + hexid(rng, 40)
        pay = "invoice:" + org if rng.random() < 0.6 else "card:" + hexid(rng, 48)
        ips = [(ip_in(rng, asn), asn) for _ in range(rng.randint(2, 6))]
        pods = [devkey(rng, "sw") for _ in range(rng.randint(2, 5))]
        ua = rng.choice(SDK_NODE + SDK_PY[:1])
        adopt_at = RELEASE + int(rng.uniform(2, 40) * HOUR)  # backends switch models deliberately, later
        for j in range(n_acc):
            a = Acct(rng, "app_backends", B, None, region, aged(rng, 120, 800), org=org, pay=pay, ua=ua)
            rate = per_day * (1.0 if j == 0 else 0.08)  # prod and a staging account
            for ts in poisson_times(rng, w.t0, w.t1, rate * w.scale, a.tz, curve):
                text, ct = _app_text(rng, C, name)
                model = NEW if ts >= adopt_at else OLD
                st = 429 if rng.random() < 0.008 else 200
                s.emit(a, ts, text, ct, model=model, endpoint=EP_CHAT, system=sysp, net=rng.choice(ips),
                       device=rng.choice(pods), status=st)


def ci_review_bot(w, s, rng):
    """PRism, a pull-request review SaaS: one account per customer tenant, one system prompt,
    short review comments on diffs, activity follows office hours of each tenant."""
    C = w.corpus
    org = "org_" + hexid(rng, 40)
    pay = "invoice:" + org
    ips = pool(rng, [16509], 6)
    pods = [devkey(rng, "sw") for _ in range(4)]
    ua = "prism-reviewer/2.8.0 (+https://prism.dev/bot)"
    for region in ["GB", "GB", "IL", "IL", "US", "US", "ZA", "IE"]:
        a = Acct(rng, "ci_review_bot", B, None, region, aged(rng, 200, 900), org=org, pay=pay, ua=ua)
        per_day = lognorm(rng, 450, 0.5, 80, 1500) * w.scale
        n = poisson(rng, per_day * w.days)
        switch = RELEASE + int(rng.uniform(6, 60) * HOUR)
        for ts in sessions(rng, w.t0, w.t1, n, a.tz, "office", a.profile, "work", 5, 2, 20):
            diff = render_diff(rng, C)
            s.emit(a, ts, diff, lognorm(rng, 240, 0.6), model=NEW if ts >= switch else OLD, endpoint=EP_CHAT,
                   system=PRISM_SYS, net=rng.choice(ips), device=rng.choice(pods))


def legal_doc_qa(w, s, rng):
    """Clausewise, a legal SaaS: lawyers at four firms ask many questions about each contract;
    the long document is resent with every question (schedules and exhibits ride along as tokens)."""
    ips = pool(rng, [8075], 5)
    pods = [devkey(rng, "sw") for _ in range(3)]
    for region, size in [("GB", 16), ("GB", 10), ("IE", 9), ("IL", 10)]:
        org = "org_" + hexid(rng, 40)
        pay = "invoice:" + org
        matters = []
        for _ in range(rng.randint(5, 10)):
            doc = legal_doc(rng, rng.randint(30, 80))
            matters.append((doc, rng.randint(8000, 70000)))
        for _ in range(w.n(size)):
            a = Acct(rng, "legal_doc_qa", B, None, region, aged(rng, 60, 900), org=org, pay=pay, ua="clausewise/5.3 (server)")
            mine = rng.sample(matters, min(len(matters), rng.randint(1, 3)))
            n = poisson(rng, lognorm(rng, 25, 0.6, 3, 120) * w.days)
            for ts in sessions(rng, w.t0, w.t1, n, a.tz, "office", a.profile, "work", 6, 30, 240):
                doc, extra = rng.choice(mine)
                q = rng.choice(LEGAL_Q)
                s.emit(a, ts, doc + "\n\n---\nQuestion: " + q, lognorm(rng, 380, 0.5), model=NEW if ts >= RELEASE + 20 * HOUR else OLD,
                       endpoint=EP_CHAT, system=CLAUSEWISE_SYS, net=rng.choice(ips), device=rng.choice(pods), extra_pt=extra)
