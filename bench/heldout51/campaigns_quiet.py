"""Campaigns, part 2: evasive designs meant to defeat template, linked-account, network-churn, step-by-step and
launch-burst detectors (aged drip, polyglot paraphrase, dialogue elicitation, plain task-space coverage,
shard-and-stitch, judge harvesting, parallel-corpus harvesting, agent-client spoof).
"""
from __future__ import annotations

from . import corpora as C
from . import texts_campaign as TC
from . import texts_work as TW
from . import world as W
from .core import Pop, poisson


def _harvest_pool() -> list[str]:
    return list(C.load("math", 1500)) + list(C.load("arena", 3000)) + list(C.load("gsm8k"))


def aged_drip(p: Pop, n: int = 80) -> None:
    """Bought aged accounts, each with its own old card, each behind a sticky residential proxy in its own country,
    a local diurnal rhythm and ~12 requests a day; the ask is paraphrased per request in the local language."""
    r = p.rng
    pool = _harvest_pool()
    for _ in range(n):
        c = p.country({"NL": 30, "BE": 15, "DK": 20, "SE": 20, "NO": 15})
        a = p.acct(c, kind=r.choice(["web", "web", "ios"]), pay=True, keys=[],
                   created=W.aged_created(r, hi=W.DAY0 - 180 * W.DAY))
        lang = {"nl-BE": "nl", "fr-BE": "fr"}.get(a.lang, a.lang)
        for day in (0, 1):
            for ts in p.day_times(a, day, r.choice(["consumer", "evening"]), r.uniform(1.5, 3.5), 4, 110):
                if r.random() < 0.6:
                    text, out = TC.paraphrase(r, lang, r.choice(pool)), (500, 1800)
                elif r.random() < 0.5:
                    text, out = TC.filler(r, lang), (40, 300)
                else:
                    text, out = r.choice(C.load("nq")) if r.random() < 0.5 else r.choice(C.chat()), (80, 700)
                p.ev(a, ts, text, out=out, key=None)


def polyglot(p: Pop, n: int = 55) -> None:
    """One extraction instruction translated into nine languages with paraphrases; the language is chosen per
    request, independent of the account's country, so surface-text templates never line up."""
    r = p.rng
    pool = _harvest_pool()
    langs = sorted(TC.POLYGLOT)
    for _ in range(n):
        c = p.country()
        a = p.acct(c, kind=r.choice(["web", "android", "ios"]), pay=True, keys=[],
                   conn=p.net.mobile(r, c) if r.random() < 0.4 else None)
        for day in (0, 1):
            for ts in p.day_times(a, day, "consumer", r.uniform(2, 4), 5, 90):
                tpl = r.choice(TC.POLYGLOT[r.choice(langs)])
                p.ev(a, ts, tpl.replace("{q}", r.choice(pool)), out=(500, 2000), key=None)


def dialogue(p: Pop, n: int = 75) -> None:
    """Conversation-style elicitation dressed as exam-period students: a plain question, then short natural
    follow-ups that walk the model through its reasoning one step at a time (no step-by-step phrase up front)."""
    r = p.rng
    pool = list(C.load("math", 1500)) + list(C.load("gsm8k"))
    for _ in range(n):
        c = p.country({"NL": 40, "BE": 40, "SE": 20})
        a = p.acct(c, kind=r.choice(["web", "ios", "android"]), pay=r.random() < 0.3, keys=[],
                   created=W.aged_created(r, lo=W.SERVICE_START + 200 * W.DAY))
        lang = {"NL": "nl", "SE": "sv"}.get(c) or r.choice(["nl", "fr"])
        lang = "en" if r.random() < 0.2 else lang
        conns = [a.conn, p.net.mobile(r, c)]
        for day in (0, 1):
            for start in p.day_times(a, day, "exam", r.uniform(1.2, 2.6), 1, 0):
                sip, q, ctx = r.choice(conns).ip(r), r.choice(pool), 0
                for i, ts in enumerate(W.session(r, start, r.randint(4, 8), 80, 0.7)):
                    if i == 0:
                        msg = r.choice(TC.DIALOGUE_OPEN[lang]).replace("{q}", q)
                    else:
                        msg = TC.fill(r, r.choice(TC.DIALOGUE_NEXT[lang]), {"a": list(range(3, 30))})
                    rec = p.ev(a, ts, msg, out=(250, 1100), ctx=ctx, ip=sip, key=None)
                    ctx += rec["prompt_tokens"] + rec["completion_tokens"] if rec else 0


def coverage_plain(p: Pop, n: int = 45) -> None:
    """Task-space coverage without any reasoning marker or template: raw items, each account walking its own
    interleaved slice of every category at a human pace from a home line."""
    r = p.rng
    cats = [list(C.load(k, 3000)) for k in ("nq", "gsm8k", "math", "mbpp", "humaneval", "arena", "user", "seed", "svamp")]
    for cat in cats:
        r.shuffle(cat)
    for i in range(n):
        a = p.acct(kind="web", pay=True, keys=[] if r.random() < 0.5 else 1)
        k = 0
        for day in (0, 1):
            for ts in p.day_times(a, day, r.choice(["office", "consumer"]), r.uniform(2, 4), 10, 110, sigma=0.6):
                cat = cats[(i + k) % len(cats)]
                q = cat[(i * 37 + k * n) % len(cat)]
                model = W.M_NEW if ts >= W.LAUNCH and r.random() < 0.5 else W.M_CHAT
                p.ev(a, ts, q, model=model, out=(200, 1500))
                k += 1


def shard_stitch(p: Pop, n: int = 140) -> None:
    """(Own design.) Each word problem is split into innocuous sub-questions (plan, arithmetic, partial context)
    sent by different accounts on different lines within half an hour; the operator stitches the answers into a
    rationale. No account repeats a template, asks for steps, or sends more than a few requests an hour."""
    r = p.rng
    accts = []
    for _ in range(n):
        c = p.country()
        a = p.acct(c, kind=r.choice(["web", "ios", "android"]), pay=r.random() < 0.5, keys=[],
                   conn=p.net.mobile(r, c) if r.random() < 0.35 else None)
        accts.append(a)
    probs = list(C.load("gsm8k")) + list(C.load("svamp"))
    r.shuffle(probs)
    t, k = W.DAY0 + 5 * W.HOUR, 0
    while t < W.END:
        if 5 <= (t - W.DAY0) // W.HOUR % 24 < 23:
            for s in TC.shards(r, probs[k % len(probs)]):
                a = r.choice(accts)
                p.ev(a, t + r.randrange(30 * 60_000), s, out=(20, 260), key=None,
                     model=W.M_CHAT if r.random() < 0.7 else W.M_MINI)
            k += 1
        t += int(r.uniform(2, 6) * 60_000)


def judge_harvest(p: Pop, n: int = 40) -> None:
    """(Own design.) Harvests verifier / preference labels instead of solutions: 'is my attempt right, where is the
    first error?' over machine-made attempts. Looks like students checking homework in the exam period."""
    r = p.rng
    pool = list(C.load("gsm8k")) + list(C.load("svamp")) + list(C.load("math", 800))
    for _ in range(n):
        c = p.country({"NL": 35, "BE": 35, "SE": 20, "DK": 10})
        a = p.acct(c, kind=r.choice(["web", "ios"]), pay=r.random() < 0.4, keys=[])
        lang = {"NL": "nl", "SE": "sv"}.get(c) or ("fr" if a.lang == "fr-BE" else "nl" if c == "BE" else "en")
        for day in (0, 1):
            for ts in p.day_times(a, day, "exam", r.uniform(2, 4), 5, 100):
                q = r.choice(pool)
                p.ev(a, ts, TC.JUDGE[lang].replace("{att}", TC.attempt(r, q)).replace("{q}", q), out=(150, 700), key=None)


def parallel_corpus(p: Pop, n: int = 18) -> None:
    """(Own design.) Harvests a parallel corpus for low-resource Nordic languages (Icelandic, Faroese, Nynorsk)
    framed as translation work: numbered batches of sentences drawn from public question sets."""
    r = p.rng
    src = list(C.load("nq")) + [s for s in C.load("user") if len(s) < 200]
    for _ in range(n):
        c = r.choice(["DK", "IS", "NO"])
        a = p.acct(c, kind=r.choice(["web", "python"]), pay=True, keys=1)
        for day in (0, 1):
            for ts in p.day_times(a, day, "office", r.uniform(1, 2), 18, 100, sigma=0.5):
                items = "\n".join(f"{j}. {s}" for j, s in enumerate(r.sample(src, r.randint(8, 20)), 1))
                p.ev(a, ts, TC.PARALLEL.replace("{items}", items), out=(800, 2600), model=W.M_CHAT)


def agent_spoof(p: Pop, n: int = 45) -> None:
    """DESIGNED REUSE: imitates the Kodsmed coding agent (its user agent and its long shared system prompt,
    texts_work.AGENT_SYSTEM) so its requests hide in that client's cluster; the 'tasks' are a sweep of code items."""
    r = p.rng
    code = list(C.code())
    r.shuffle(code)
    k = 0
    for _ in range(n):
        a = p.acct(p.country({"NL": 40, "SE": 30, "DK": 30}), kind="node", pay=True, keys=1,
                   conn=p.net.cloud(r, r.choice(["hetzner_hel", "hetzner_fsn", "upcloud"]), 1))
        a.ua = f"Kodsmed/0.14.{r.choice([2, 3])} vscode/1.96.{r.randrange(3)} noord-node/2.4.1"
        for day in (0, 1):
            for start in p.day_times(a, day, "office", r.uniform(2, 4), 1, 0):
                for i, ts in enumerate(W.session(r, start, max(1, poisson(r, 5)), 40, 0.5)):
                    msg = code[k % len(code)] if i % 3 == 0 or r.random() < 0.7 else "tool_result: ok"
                    k += 1
                    model = W.M_CODE if r.random() < 0.5 else W.M_CHAT
                    p.ev(a, ts, msg, system=TW.AGENT_SYSTEM, endpoint=W.EP_RESP, model=model, out=(300, 1400))
