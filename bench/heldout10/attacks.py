"""The five campaigns. Every adversary knows per-account rate limits exist and that shared cards and
template reuse are watched; see README for what each one still leaks."""
from __future__ import annotations

from benign import casual_prompt, dev_prompt, person_access
from benign_orgs import AUD, DOC_TYPES, candidate
from common import Ctx, aged, app_ua, desktop_ua, emit, pick_cc, sdk_ua
from text import STEP_WRAP, asr, asr_noise, chatify, fake_code, fake_math_answer, perturb_numbers
from world import (DAY, HOME, HOUR, MIN, MOBILE, NETS, RELEASE, START, Account, H, hx, local_days, mobile_access,
                   home_access, poisson, sessions)


def proxyware_exits(X: Ctx, rng, countries, n_per):
    """Residential/mobile exits of a proxy SDK bundled in free apps: real subscribers' lines and phones."""
    exits = {}
    for cc in countries:
        lst = []
        for j in range(n_per):
            mob = rng.random() < 0.7
            net = NETS[rng.choice(MOBILE[cc] if mob else HOME[cc])]
            host = X.host(rng, "exit", "exit", cc, j)
            lst.append(mobile_access(net, f"exit{cc}{j}", host, 5) if mob else home_access(net, f"exh{cc}{j}", host))
        exits[cc] = lst
    return exits


# ---------------------------------------------------------------- A. verdict: harvest judge labels + rationales for a reward model
INTRO = ["You are grading two answers to the same question.", "Compare the two candidate replies below.",
         "Two assistants answered a user. Decide which reply is better.", "Act as an expert reviewer of AI answers.",
         "I need a careful comparison of two responses.", "Below are a question and two possible answers."]
ASK = ["Reason through the strengths and weaknesses of each, step by step, then state which response is better.",
       "Think it through step by step and explain your reasoning before giving a verdict.",
       "Walk through your evaluation one point at a time, then give the final verdict on its own line.",
       "First write out your full reasoning, then say which is better and by how much (slightly/clearly/much).",
       "Explain in detail why one is better, step by step, and finish with 'Verdict: X'."]
CRIT = ["accuracy", "helpfulness", "depth", "clarity", "harmlessness", "conciseness", "instruction following"]
LABELS = [("Response 1", "Response 2"), ("Answer A", "Answer B"), ("Reply X", "Reply Y"), ("Candidate 1", "Candidate 2")]
HEAD = ["### {h}", "**{h}**", "[{h}]", "{h}:", "<{h}>"]


def judge_prompt(C, rng, st, q):
    fam = st["fam"] if rng.random() < 0.8 else rng.randrange(4)
    head = lambda h: st["head"].format(h=h)
    if fam == 3 or (fam == 2 and not any(c.isdigit() for c in q[:300])):
        fam = 3 if "def " in q or "assert" in q else 0
    if fam == 0:
        la, lb = st["labels"]
        a, b = candidate(C, q, rng), candidate(C, q, rng, rng.random() < 0.5)
        return f"{st['intro']}\n\n{head('Question')}\n{q}\n\n{head(la)}\n{a}\n\n{head(lb)}\n{b}\n\n{st['ask']}"
    if fam == 1:
        crit = ", ".join(rng.sample(CRIT, rng.randint(2, 4)))
        return (f"Rate the following answer from 1 to 10 for {crit}. Explain your reasoning step by step first, then give the score.\n\n"
                f"{head('Question')}\n{q}\n\n{head('Answer')}\n{candidate(C, q, rng, rng.random() < 0.6)}")
    if fam == 2:
        return (f"Here is a maths problem, a reference solution and a student's solution. Check the student's work line by line, "
                f"explain any error step by step, then grade it correct or incorrect.\n\n{head('Problem')}\n{q}\n\n"
                f"{head('Reference')}\n{fake_math_answer(q, rng)}\n\n{head('Student')}\n{fake_math_answer(q, rng, rng.random() < 0.5)}")
    return (f"Review the candidate implementation against the task. Go through the tests one by one, explain step by step whether "
            f"each passes, then give a score from 0 to 5.\n\n{head('Task')}\n{q}\n\n{head('Candidate')}\n```python\n{fake_code(q, rng)}\n```")


def verdict(X: Ctx):
    rng, C = X.rng("verdict"), X.C
    exits = proxyware_exits(X, rng, ["PK", "BD", "EG", "KE", "LK"], 300)
    pool = C.ah + C.gsm[:3000] + C.math[:2000] + C.mbpp + C.he + C.si
    rng.shuffle(pool)
    n = X.n(380)
    cursor = [0] * n
    for i in range(n):
        cc = pick_cc(rng, {"PK": 35, "BD": 25, "EG": 20, "KE": 12, "LK": 8})
        a = Account(X.seed, "judge_label_harvest", i, "attack", "verdict", aged(rng, 14, 60), pay="card:" + hx(X.seed, "vc", i, n=16))
        st = {"fam": rng.choice([0, 0, 1, 2, 3]), "intro": rng.choice(INTRO), "ask": rng.choice(ASK), "labels": rng.choice(LABELS),
              "head": rng.choice(HEAD)}
        ua = f"nw-python/1.8.{rng.randint(0, 3)} CPython/3.{rng.choice([10, 11, 12])}.{rng.randint(1, 9)} Linux"
        keys = [X.key("vd", i, 0), X.key("vd", i, 1)]
        rot = START + rng.randrange(X.days * DAY) if rng.random() < 0.3 else None
        stick = int(rng.uniform(10, 30) * MIN)
        mine = exits[cc]
        for mid, wd, we, ram in local_days(cc, X.days):
            if rng.random() < 0.12:
                continue                                            # rest day, like a person
            prof = "ramadan" if ram else "consumer"
            for ts, k in sessions(rng, mid, prof, poisson(rng, rng.uniform(10, 22)), 5, (40, 200)):
                if ts >= RELEASE and rng.random() < 0.4:            # the new model is worth more labels
                    ts2 = ts + int(rng.uniform(1, 6) * MIN)
                else:
                    ts2 = None
                for t in ([ts] if ts2 is None else [ts, ts2]):
                    net = mine[H(a.id, t // stick) % len(mine)](t)
                    key = keys[1] if rot and t >= rot else keys[0]
                    if rng.random() < 0.15:                          # cover traffic
                        p, kind = casual_prompt(C, rng)
                    else:
                        q = pool[(i + cursor[i] * n) % len(pool)]
                        cursor[i] += 1
                        p, kind = judge_prompt(C, rng, st, q), "judge"
                    emit(X, rng, a, t, prompt=p, system=None, kind=kind, net=net, ua=ua, key=key, endpoint="/v1/chat/completions",
                         lag=1.0, share=0.97)


# ---------------------------------------------------------------- B. babel6: parallel multilingual reasoning from an IPv6 /48 per VPS
def babel6(X: Ctx):
    rng, C = X.rng("babel6"), X.C
    langs = list(STEP_WRAP)
    n = X.n(320)
    vps = []
    for v in range(max(4, n // 11)):
        net = NETS["hetzner" if v % 3 else "ovh"]
        vps.append((net, X.host(rng, "server", "b6vps", v), rng.choice(["python-httpx/0.27.0", "aiohttp/3.9.3 Python/3.11",
                                                                          "nw-python/1.8.2 CPython/3.12.2 Linux"])))
    accts = []
    for i in range(n):
        if rng.random() < 0.6:
            created = START - int(rng.uniform(0, 35) * HOUR) + int(rng.uniform(0, 12) * HOUR)
        else:
            created = RELEASE + int(rng.randrange(max(1, X.days * 3 - 2)) * 8 * HOUR + rng.uniform(0, 40) * MIN)
        pay = "voucher:" + hx(X.seed, "b6v", i, n=16) if rng.random() < 0.65 else None
        a = Account(X.seed, "polyglot_v6_farm", i, "attack", "babel6", created, pay=pay)
        v = i % len(vps)
        accts.append({"a": a, "lang": langs[i % len(langs)], "vps": v, "sub": i // len(vps), "load": {}, "key": X.key("b6", i),
                      "style": rng.randrange(3)})

    def net_for(s, t):
        net, host, _ = vps[s["vps"]]
        if H(s["a"].id, t) % 100 < 5:
            return net.v4addr("b6", s["vps"]), net.asn, host.dev(t)
        return net.v6site(("b6", s["vps"]), s["sub"], (s["a"].id, t)), net.asn, host.dev(t)   # own /64, fresh IID per request

    for s in accts:                                                  # provisioning smoke test
        t = s["a"].created + int(rng.uniform(2, 20) * MIN)
        emit(X, rng, s["a"], t, prompt=rng.choice(["hi", "test", "Hello", "ping"]), system=None, kind="short", net=net_for(s, t),
             ua=vps[s["vps"]][2], key=s["key"], endpoint="/v1/chat/completions", lag=1, share=1.0)
    by_lang = {l: [s for s in accts if s["lang"] == l] for l in langs}
    src = [(C.gsm, .4), (C.math, .2), (C.svamp, .1), (C.nq, .15), (C.si, .15)]
    t = RELEASE + int(rng.uniform(35, 90) * MIN)
    guard = 0
    while t < X.t1 and guard < 200_000:
        guard += 1
        active = sum(1 for s in accts if s["a"].created <= t)
        t += int(DAY / max(1.0, active * 24 / 5) * rng.uniform(0.5, 1.5))
        x, acc = rng.random(), 0.0
        for pool, w in src:
            acc += w
            if x < acc:
                break
        q = rng.choice(pool)
        if pool is C.nq:
            q = chatify(q, rng)
        for lang in rng.sample(langs, 5):
            ts = t + int(rng.uniform(0, 6) * HOUR)
            day = (ts - START) // DAY
            cands = [s for s in by_lang[lang] if s["a"].created <= ts and s["load"].get(day, 0) < 28]
            if not cands:
                continue
            s = min(cands, key=lambda s: (s["load"].get(day, 0), H(s["a"].id, t)))
            s["load"][day] = s["load"].get(day, 0) + 1
            qq = perturb_numbers(q, rng) if rng.random() < 0.5 else q
            wraps = STEP_WRAP[lang]
            p = wraps[(s["style"] + (rng.random() < 0.25)) % len(wraps)].format(q=qq)
            emit(X, rng, s["a"], ts, prompt=p, system=None, kind="cot", net=net_for(s, ts), ua=vps[s["vps"]][2], key=s["key"],
                 endpoint="/v1/chat/completions", model="nw-4" if rng.random() < 0.9 else "nw-4-mini")


# ---------------------------------------------------------------- C. boardroom: fake enterprise pilots harvesting long-context summaries
BR_ASK = ["Read the attached {d} and produce: (1) a five-bullet executive summary, (2) the key obligations of each party, "
          "(3) step-by-step reasoning for every risk you flag.",
          "Summarise the attached {d} for {aud}. Before the summary, reason through the document section by section.",
          "Analyse the attached {d}: list every obligation, deadline and amount, then explain your reasoning for which clauses are unusual.",
          "Give a structured brief of the attached {d} (context, issues, options, recommendation). Show how you reached the recommendation.",
          "Explain the attached {d} to {aud} in plain language, then walk through the three most important points step by step."]


def boardroom(X: Ctx):
    rng, C = X.rng("boardroom"), X.C
    az = NETS["azure"]
    docs = C.aw_long + [t for t in C.ah_text if len(t) > 800]
    idx = 0
    for t, cc in enumerate(["CA-E", "AE", "SE", "SA"][: max(1, X.n(4))]):
        created = START - int(rng.uniform(5, 12) * DAY)
        org, pay = "org_" + hx(X.seed, "brt", t, n=12), "inv:" + hx(X.seed, "brt", t, n=16)
        ips = [az.v4addr("brnat", t, j) for j in range(rng.randint(2, 4))]
        vdi = [X.host(rng, "vdi", "brvdi", t, j) for j in range(rng.randint(6, 10))]
        for s in range(X.n(rng.randint(45, 65))):
            a = Account(X.seed, "sso_trial_tenant_seats", idx, "attack", "boardroom", created + rng.randrange(HOUR), org=org, pay=pay)
            idx += 1
            api = rng.random() < 0.4
            ua = ("nw-python/1.8.2 CPython/3.11.7 Windows" if api else desktop_ua(rng))
            key = X.key("br", t, s) if api else None
            for mid, wd, we, ram in local_days(cc, X.days):
                if rng.random() > (0.15 if we else 0.97):
                    continue
                prof = "office_ramadan" if ram else "office"
                for ts, k in sessions(rng, mid, prof, poisson(rng, rng.uniform(24, 36)), 4, (60, 420)):
                    for tt in ([ts] if ts < RELEASE or rng.random() > 0.4 else [ts, ts + int(rng.uniform(2, 9) * MIN)]):
                        session_host = vdi[H(a.id, (tt - START) // DAY) % len(vdi)]
                        net = (ips[H(a.id, tt // HOUR) % len(ips)], az.asn, session_host.dev(tt))
                        if rng.random() < 0.1:
                            p, kind, att = "Rewrite this email so it is clear and polite:\n\n" + rng.choice(C.si), "chat", 0
                        else:
                            d = rng.choice(DOC_TYPES)
                            p = rng.choice(BR_ASK).format(d=d, aud=rng.choice(AUD))
                            p += "\n\nContext from the document:\n" + rng.choice(docs)[: rng.randint(800, 2500)]
                            kind, att = "long", int(rng.uniform(20_000, 90_000))
                        emit(X, rng, a, tt, prompt=p, system=None, kind=kind, net=net, ua=ua, key=key,
                             endpoint="/v1/responses" if api else "/chat/conversation", lag=1.0, share=0.95, extra_pt=att,
                             p400=0.02 if att > 80_000 else 0)


# ---------------------------------------------------------------- D. keyscrape: API keys leaked in public code, used until revoked
KS_SYS = ("You are an expert competitive programmer and mathematician. For every problem, reason step by step in detail, "
          "consider edge cases, verify your answer, then give the final answer or code in a fenced block.")


def keyscrape(X: Ctx):
    rng, C = X.rng("keyscrape"), X.C

    hosting = []
    for v in range(25):
        net = NETS[rng.choice(["contabo", "digitalocean", "ovh"])]
        hosting.append((net.v4addr("ks", v), net.asn, X.host(rng, "server", "ksvps", v)))
    pool = C.mbpp + C.he + C.math + C.ah_code
    for i in range(X.n(40)):
        cc = pick_cc(rng, {"CA-E": 25, "SE": 15, "FI": 10, "PK": 30, "NO": 5, "AE": 10, "KE": 5})
        a = Account(X.seed, "leaked_key_piggyback", i, "attack", "keyscrape", aged(rng, 100, 1500), pay="card:" + hx(X.seed, "ksv", i, n=16))
        lap = person_access(X, rng, f"ksv{i}", cc, 0.1)
        ua = sdk_ua(rng)
        old, new = X.key("ks", i, "old"), X.key("ks", i, "new")
        leak = X.t0 - 2 * HOUR + rng.randrange(max(1, X.t1 - X.t0 - HOUR))
        att0 = leak + int(rng.uniform(10, 180) * MIN)
        revoke = att0 + int(rng.uniform(1, 5) * HOUR)
        fixed = revoke + int(rng.uniform(5, 60) * MIN)             # the owner rotates the key a little later
        mine = rng.sample(hosting, rng.randint(1, 3))
        for mid, wd, we, ram in local_days(cc, X.days):              # the owner's own work continues
            for ts, k in sessions(rng, mid, "dev", poisson(rng, rng.uniform(8, 30) * (0.3 if we else 1)), 6, (30, 400)):
                p, kind = dev_prompt(C, rng)
                if revoke <= ts < fixed:                             # the owner's own calls fail until the new key is deployed
                    X.out.emit(a, ts, prompt=p, system=None, pt=len(p) // 4, ct=0, model="nw-4" if ts >= RELEASE else "nw-3.5",
                               endpoint="/v1/chat/completions", status=401, net=lap(ts), ua=ua, key=old)
                else:
                    emit(X, rng, a, ts, prompt=p, system=None, kind=kind, net=lap(ts), ua=ua, key=old if ts < revoke else new,
                         endpoint="/v1/chat/completions", lag=3, share=0.6)
        t, rate, tail = att0, rng.uniform(1, 3), rng.randint(3, 15)
        aua = rng.choice(["python-requests/2.31.0", "aiohttp/3.9.1 Python/3.10", "curl/8.4.0"])
        guard = 0
        while t < X.t1 and tail > 0 and guard < 5000:
            guard += 1
            ip, asn, host = mine[H(a.id, t // (20 * MIN)) % len(mine)]
            q = rng.choice(pool)
            p = rng.choice(["{q}", "Problem:\n{q}", "Solve:\n{q}"]).format(q=q)
            m = "nw-4" if t >= RELEASE else "nw-3.5"
            if t >= revoke:
                X.out.emit(a, t, prompt=p, system=KS_SYS, pt=len(p) // 4 + 45, ct=0, model=m, endpoint="/v1/chat/completions",
                           status=401, net=(ip, asn, host.dev(t)), ua=aua, key=old)
                tail -= 1
            else:
                emit(X, rng, a, t, prompt=p, system=KS_SYS, kind="long", net=(ip, asn, host.dev(t)), ua=aua, key=old,
                     endpoint="/v1/chat/completions", model=m, p429=0.05)
            t += int(rng.expovariate(rate / 60) * 1000)


# ---------------------------------------------------------------- E. parrot: spoken step-by-step answers via the app's voice mode
OPEN = ["okay so ", "hey ", "um ", "", "", "quick question ", "can you help me "]
FOLLOW = ["can you explain that step by step", "go through it slowly one step at a time", "why is that the answer",
          "explain it like you're talking to a child", "can you say the reasoning out loud again", "what's the first step",
          "and how did you get that number", "is there another way to think about it"]


def parrot(X: Ctx):
    rng, C = X.rng("parrot"), X.C
    orc = NETS["oracle"]
    metal = [(orc.v4addr("pm", j), X.host(rng, "server", "pmetal", j)) for j in range(8)]
    exits = {}
    for cc in ("EG", "SA", "AE"):
        lst = []
        for j in range(140):
            net = NETS[rng.choice(HOME[cc] + MOBILE[cc])]
            h = X.host(rng, "exit", "pexit", cc, j)
            lst.append(mobile_access(net, f"pex{cc}{j}", h, 4) if net.kind == "mobile" else home_access(net, f"pexh{cc}{j}", h))
        exits[cc] = lst
    for i in range(X.n(260)):
        cc = pick_cc(rng, {"EG": 50, "SA": 30, "AE": 20})
        a = Account(X.seed, "voice_transcript_harvest", i, "attack", "parrot", aged(rng, 7, 35),
                    pay="dcb:" + hx(X.seed, "pdcb", i, n=16) if cc != "AE" else "card:" + hx(X.seed, "pc", i, n=16))
        ua = app_ua(rng)
        proxied = rng.random() < 0.5
        home = metal[i % len(metal)]
        for mid, wd, we, ram in local_days(cc, X.days):
            if rng.random() < 0.1:
                continue
            for ts, k in sessions(rng, mid, "ramadan" if ram else "consumer", poisson(rng, rng.uniform(4, 8)), 1, (1, 1)):
                n_turns = rng.randint(3, 7)
                t = ts
                cover = rng.random() < 0.1
                x = rng.random()
                src = C.gsm if x < 0.45 else C.nq if x < 0.7 else C.si if x < 0.9 else C.svamp
                for turn in range(n_turns):
                    if proxied and H(a.id, t // (30 * MIN)) % 10 < 8:
                        net = exits[cc][H(a.id, t // (30 * MIN)) % len(exits[cc])](t)
                    else:
                        net = (home[0], orc.asn, home[1].dev(t))
                    if turn == 0:
                        p = rng.choice(OPEN) + asr_noise(asr(rng.choice(src)), rng)
                    elif cover:
                        p = rng.choice(["tell me more", "ok thanks", "and what about today", "say that again"])
                    else:
                        p = rng.choice(FOLLOW)
                    emit(X, rng, a, t, prompt=p[:600], system=None, kind="voice" if cover else "voice_cot", net=net, ua=ua, key=None,
                         endpoint="/chat/voice", mkind="voice", lag=1.0, share=0.97, extra_pt=90 * turn)
                    t += int(rng.uniform(10, 35) * 1000)


ALL = [verdict, babel6, boardroom, keyscrape, parrot]
