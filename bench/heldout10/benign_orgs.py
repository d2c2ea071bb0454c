"""Benign organisations: eval teams, enterprise tenants, localisation agencies, voice-agent platforms,
developers with CI, single-system-prompt apps, benchmark sweeps. See README for the collisions."""
from __future__ import annotations

from benign import dev_prompt, person_access
from common import Ctx, aged, desktop_ua, emit, human_days, office_prof, pick_cc, sdk_ua
from text import LANG_NAME, STEP_WRAP, asr, asr_noise, fake_code, fake_math_answer, fake_prose
from world import (DAY, HOUR, MIN, NETS, RELEASE, START, Account, H, hx, local_days, poisson, pool_access, sessions)

# ---------------------------------------------------------------- 4 eval teams running LLM-as-judge right after release
JUDGE_SYS = [
    ("Please act as an impartial judge and evaluate the quality of the responses provided by two AI assistants to the user prompt "
     "displayed below. Begin your evaluation by generating your own answer to the prompt, then compare both assistants' answers "
     "with yours, identifying any mistakes. Think step by step, and be as objective as possible. After your explanation, output "
     "your final verdict strictly as one of: [[A>>B]], [[A>B]], [[A=B]], [[B>A]], [[B>>A]]."),
    ("You are a careful evaluator. Compare the two responses below for correctness, helpfulness and faithfulness to the user's "
     "request. Do not let response order or length influence you. Explain your reasoning, then output [[A]], [[B]] or [[C]] for a tie."),
    ("Evaluate two candidate answers for the same question. Reason briefly, step by step, about factual errors and omissions, "
     "then return JSON: {\"winner\": \"A\"|\"B\"|\"tie\", \"confidence\": 0-1}."),
]


def candidate(C, q, rng, right=True):
    if q in C.codeset or "def " in q:
        return "```python\n" + fake_code(q, rng) + "\n```\n" + fake_prose(q, rng, 1)
    if any(ch.isdigit() for ch in q[:400]) and len(q) < 600:
        return fake_math_answer(q, rng, right)
    return fake_prose(q, rng, rng.randint(2, 6))


def arena_user(q, a, b):
    return (f"<|User Prompt|>\n{q}\n\n<|The Start of Assistant A's Answer|>\n{a}\n<|The End of Assistant A's Answer|>\n\n"
            f"<|The Start of Assistant B's Answer|>\n{b}\n<|The End of Assistant B's Answer|>")


def eval_teams(X: Ctx):
    rng, C = X.rng("evalteams"), X.C
    teams = [("CA-E", "gcp", 0), ("FI", "upcloud", 1), ("AE", "azure", 2)]
    idx = 0
    for t, (cc, cloud, sysv) in enumerate(teams[: max(1, X.n(3))]):
        net = NETS[cloud]
        org = "org_" + hx(X.seed, "evalteam", t, n=12)
        pay = "inv:" + hx(X.seed, "evalteam", t, n=16) if t != 1 else "card:" + hx(X.seed, "evalteam", t, n=16)
        ips = [net.v4addr("evalnat", t, j) for j in range(2)]
        hosts = [X.host(rng, "server", "eval", t, j) for j in range(4)]
        svc_at = pool_access(net, ips, hosts, 5 * MIN, f"eval{t}")
        svc = Account(X.seed, "eval_team_judge", idx, "benign", None, aged(rng, 200, 600), org=org, pay=pay)
        idx += 1
        key, ua = X.key("eval", t), f"nw-python/1.8.2 CPython/3.11.7 Linux evalkit/{rng.randint(2, 4)}.{rng.randint(0, 9)}"
        qs = list(C.ah)
        rng.shuffle(qs)
        bench = qs[:500]
        runs = []
        for mid, wd, we, ram in local_days(cc, X.days):           # nightly regression on the current model
            runs.append((mid + 2 * HOUR + rng.randrange(HOUR), 120, "nw-3.5"))
        runs.append((RELEASE + int(rng.uniform(0.7, 3.5) * HOUR), 500, "nw-4"))   # the launch-day run
        if rng.random() < 0.7:
            runs.append((RELEASE + int(rng.uniform(5, 10) * HOUR), 500, "nw-4-mini"))
        for t0, size, model in runs:
            conc = rng.uniform(3, 8)                                # requests per second while the run lasts
            tt = t0
            for q in bench[:size]:                                  # generation pass
                emit(X, rng, svc, tt, prompt=q, system=None, kind="long", net=svc_at(tt), ua=ua, key=key,
                     endpoint="/v1/chat/completions", model=model, p429=0.03)
                tt += int(rng.expovariate(conc) * 1000)
            tt += int(rng.uniform(2, 15) * MIN)
            for q in bench[:size]:                                  # judging pass, both orders
                a1, b1 = candidate(C, q, rng), candidate(C, q, rng, rng.random() < 0.5)
                for u in (arena_user(q, a1, b1), arena_user(q, b1, a1)):
                    emit(X, rng, svc, tt, prompt=u, system=JUDGE_SYS[sysv], kind="judge", net=svc_at(tt), ua=ua, key=key,
                         endpoint="/v1/chat/completions", model="nw-4" if model != "nw-3.5" else "nw-3.5", p429=0.03)
                    tt += int(rng.expovariate(conc) * 1000)
        for r in range(rng.randint(2, 3)):                          # researchers poking at results by hand
            a = Account(X.seed, "eval_team_judge", idx, "benign", None, aged(rng, 30, 500), org=org, pay=pay)
            idx += 1
            at = person_access(X, rng, f"evr{t}.{r}", cc, 0.2)
            rua, rkey = sdk_ua(rng), X.key("evr", t, r)
            for ts, k, ram in human_days(X, rng, cc, rng.uniform(15, 50), 0.9, office_prof, 6, (20, 200), 0.2):
                q = rng.choice(bench)
                if rng.random() < 0.5:
                    p, s, kind = arena_user(q, candidate(C, q, rng), candidate(C, q, rng)), JUDGE_SYS[sysv], "judge"
                else:
                    p, s, kind = q, None, "long"
                emit(X, rng, a, ts, prompt=p, system=s, kind=kind, net=at(ts), ua=rua, key=rkey, endpoint="/v1/chat/completions",
                     lag=0.5, share=0.9)


# ---------------------------------------------------------------- 5 enterprise SSO tenants: long documents, shared org/invoice/egress
DOC_TYPES = ["supplier agreement", "board memo", "incident report", "tender document", "policy handbook", "audit finding",
             "due-diligence pack", "shipping contract", "site survey", "customer complaint file", "RFP response", "lease agreement"]
ENT_ASK = ["Summarise the attached {d} in {n} bullet points for {aud}.", "What are the key obligations for us in the attached {d}?",
           "List the risks in the attached {d} and who owns each.", "Compare the attached {d} with our standard terms and flag differences.",
           "Draft a short reply to the sender of the attached {d}.", "Extract all dates, amounts and parties from the attached {d} as a table.",
           "Translate the summary of the attached {d} into {lang}.", "Is there anything unusual in the attached {d}? Be concise."]
AUD = ["the executive team", "legal", "the project manager", "a new hire", "procurement", "the client"]


def ent_prompt(C, rng, docs, lang):
    d = docs[min(int(rng.paretovariate(1.1)) - 1, len(docs) - 1)]            # popular documents come back often
    x = rng.random()
    if x < 0.62:
        p = rng.choice(ENT_ASK).format(d=d[1], n=rng.choice([3, 5, 5, 7]), aud=rng.choice(AUD), lang=lang)
        if rng.random() < 0.5:
            p += "\n\nContext from the document:\n" + d[2]
        return p, "summary", d[3]
    if x < 0.82:
        return "Rewrite this email so it is clear and polite:\n\n" + rng.choice(C.si), "chat", 0
    if x < 0.92:
        return "Turn these meeting notes into action items with owners:\n\n" + rng.choice(C.ah_text)[:1500], "summary", 0
    return rng.choice(C.ah_short), "chat", 0


def enterprises(X: Ctx):
    rng, C = X.rng("enterprise"), X.C
    zs = NETS["zscaler"]
    z_ips = [zs.v4addr("zen", j) for j in range(24)]
    z_hosts = [X.host(rng, "swg", "zscaler", j) for j in range(16)]
    tenants = [("CA-E", 70, "zscaler", 400, "French"), ("SE", 80, "zscaler", 600, "Swedish"), ("NO", 40, "nordicbiz", 300, "Norwegian"),
               ("AE", 45, "gulfbiz", 200, "Arabic"), ("SA", 35, "saudibiz", 6, "Arabic"), ("PK", 50, "zscaler", 150, "Urdu")]
    idx = 0
    for t, (cc, seats, egress, age, lang) in enumerate(tenants):
        mu = 10.0 if t in (0, 1) else 8.6                               # the law firm and the bank live in long documents
        org, pay = "org_" + hx(X.seed, "tenant", t, n=12), "inv:" + hx(X.seed, "tenant", t, n=16)
        created = START - age * DAY + rng.randrange(8 * HOUR)
        if egress == "zscaler":
            gate = pool_access(zs, z_ips, z_hosts, 30 * MIN, f"zs{t}")
        else:
            n = NETS[egress]
            gate = pool_access(n, [n.v4addr("fw", t, j) for j in range(2)], [X.host(rng, "swg", "proxy", t, j) for j in range(2)],
                               HOUR, f"fw{t}")
        docs = []
        for j in range(rng.randint(40, 120)):
            body = rng.choice(C.aw_long)[: rng.randint(600, 2500)]
            docs.append((j, rng.choice(DOC_TYPES) + f" {rng.choice(['Q1', 'v3', '2026-02', 'final', 'draft 2', ''])}".rstrip(),
                         body, min(190_000, int(rng.lognormvariate(mu, 0.8)))))
        for s in range(X.n(seats)):
            a = Account(X.seed, "enterprise_sso", idx, "benign", None, created + (rng.randrange(HOUR) if rng.random() < 0.8
                        else rng.randrange(max(1, age) * DAY)), org=org, pay=pay)
            idx += 1
            api = rng.random() < 0.25
            ua, key = (sdk_ua(rng), X.key("ent", t, s)) if api else (desktop_ua(rng), None)
            remote = person_access(X, rng, f"ent{t}.{s}", cc, 0.2) if rng.random() < 0.15 else None
            for ts, k, ram in human_days(X, rng, cc, rng.lognormvariate(2.4, 0.7), 0.85, office_prof, 4, (60, 600), 0.05):
                p, kind, att = ent_prompt(C, rng, docs, lang)
                emit(X, rng, a, ts, prompt=p, system=None, kind=kind, net=(remote or gate)(ts), ua=ua, key=key,
                     endpoint="/v1/responses" if api else "/chat/conversation", lag=20, share=0.25, extra_pt=att, p400=0.01 if att > 30000 else 0)


# ---------------------------------------------------------------- 6 localisation agencies: non-English, shared card, office prefix
def localisation(X: Ctx):
    rng, C = X.rng("l10n"), X.C
    agencies = [("FI", "elisa", 25, ["fi", "sv", "no", "da", "is", "et"]), ("AE", "gulfbiz", 20, ["ar", "ur", "hi", "fa"]),
                ("LK", "slt", 18, ["si", "ta", "bn"])]
    idx = 0
    for g, (cc, netname, seats, langs) in enumerate(agencies):
        net = NETS[netname]
        org, pay = "org_" + hx(X.seed, "agency", g, n=12), "card:" + hx(X.seed, "agency", g, n=16)
        sys = (f"You are a professional translator at agency {hx(X.seed, 'agname', g, n=4).upper()} Language Services. Follow the "
               "client style guide: keep placeholders, markup and numbers unchanged; use formal register; never add explanations "
               "inside the translation.")
        nat4 = net.v4addr("office", g)
        for s in range(X.n(seats)):
            a = Account(X.seed, "localisation_agency", idx, "benign", None, aged(rng, 20, 700), org=org, pay=pay)
            idx += 1
            ws = X.host(rng, "desktop", "ws", g, s)
            ua = f"nw-cat-connector/1.{rng.randint(2, 4)} ({rng.choice(['memoQ', 'Trados', 'Phrase'])})"
            key = X.key("l10n", g, s)
            my = rng.sample(langs, min(len(langs), rng.randint(1, 2)))
            for ts, k, ram in human_days(X, rng, cc, rng.uniform(25, 80), 0.9, office_prof, 12, (20, 180), 0.05):
                lang = LANG_NAME[rng.choice(my)]
                x = rng.random()
                if x < 0.7:
                    src = rng.choice([C.aw_short, C.si, C.ah_text, C.nq])
                    p, kind = f"Translate the following into {lang}. Keep placeholders like ${{name}} unchanged.\n\n{rng.choice(src)[:2000]}", "translate"
                elif x < 0.85:
                    code = rng.choice(list(STEP_WRAP))
                    p, kind = f"Proofread this {LANG_NAME.get(code, lang)} instruction and suggest a more natural wording:\n\n" + \
                        rng.choice(STEP_WRAP[code]).format(q=rng.choice(C.gsm)[:200]), "chat"
                else:
                    w = rng.choice(rng.choice(C.si).split())
                    p, kind = f"What is the most natural {lang} term for '{w}' in a software UI? Explain your reasoning step by step.", "cot"
                ip = net.v6site(("agency", g), s % 16, (ws.key,)) if H(a.id, ts // HOUR) % 10 < 7 else nat4
                emit(X, rng, a, ts, prompt=p, system=sys, kind=kind, net=(ip, net.asn, ws.dev(ts)), ua=ua, key=key,
                     endpoint="/v1/chat/completions", lag=30, share=0.3)


# ---------------------------------------------------------------- 7 BYO-key voice-agent platforms: many accounts, same hosts
BIZ = {"restaurant": ["hi i'd like to book a table for {n} tonight", "do you have vegetarian options", "what time do you close today",
                      "can i change my booking to {n} people", "is there parking nearby"],
       "clinic": ["i need an appointment with the dentist", "do you take walk ins on {d}", "what are your opening hours",
                  "i have to cancel my appointment on {d}", "is doctor available {d} morning"],
       "salon": ["can i book a haircut for {d}", "how much is a colour treatment", "do you have anything at {n} pm"],
       "garage": ["my car is making a noise can you look at it {d}", "how long does an oil change take", "is my car ready"],
       "hotel": ["do you have a room for {n} nights from {d}", "is breakfast included", "can i get a late check out"]}


def voice_platforms(X: Ctx):
    rng, C = X.rng("voiceplat"), X.C
    plats = [("sawti", "oracle", 90, {"EG": 5, "SA": 3, "AE": 2}), ("northline", "aws", 70, {"CA-E": 5, "CA-W": 2, "SE": 2, "NO": 1})]
    idx = 0
    for p, (name, cloud, nbiz, mix) in enumerate(plats):
        net = NETS[cloud]
        ips = [net.v4addr("vp", p, j) for j in range(4)]
        hosts = [X.host(rng, "server", "vp", p, j) for j in range(10)]
        ua = f"{name}-voice/2.{rng.randint(1, 6)}.{rng.randint(0, 9)} nw-node/4.2.0"
        for b in range(X.n(nbiz)):
            cc = pick_cc(rng, mix)
            kind = rng.choice(list(BIZ))
            a = Account(X.seed, "voice_agent_platform", idx, "benign", None, aged(rng, 10, 400), pay="card:" + hx(X.seed, "vb", p, b, n=16))
            idx += 1
            bizname = hx(X.seed, "bizname", p, b, n=6).capitalize()
            sysp = (f"You are the phone receptionist for {bizname}, a {kind}. Speak briefly and warmly. Opening hours: "
                    f"{rng.choice(['9 to 17', '10 to 22', '8 to 18'])}. You can take bookings, answer questions about services and "
                    f"prices, and hand over to a human if the caller asks. {rng.choice(C.aw_short)[:300]}")
            at = pool_access(net, ips, hosts, 2 * MIN, f"vp{p}.{b}")
            key = X.key("vb", p, b)
            for ts, k, ram in human_days(X, rng, cc, rng.lognormvariate(2.0, 0.6), 0.95,
                                         lambda we, ram: "office" if kind != "restaurant" else "consumer", 1, (60, 900), 0.6):
                t = ts
                for turn in range(rng.randint(3, 8)):                # one phone call
                    if turn == 0 or rng.random() < 0.7:
                        u = rng.choice(BIZ[kind]).format(n=rng.randint(2, 8), d=rng.choice(["monday", "tomorrow", "friday", "saturday"]))
                    else:
                        u = asr(rng.choice(C.nq)) if rng.random() < 0.3 else rng.choice(["yes please", "no that's all", "thank you",
                                                                                        "sorry can you repeat that", "ok great"])
                    u = asr_noise(u, rng)
                    emit(X, rng, a, t, prompt=u, system=sysp, kind="voice", net=at(t), ua=ua, key=key, endpoint="/v1/realtime",
                         mkind="voice", lag=48, share=0.3, extra_pt=120 * turn)
                    t += int(rng.uniform(6, 25) * 1000)


# ---------------------------------------------------------------- 8 developers: laptop + office + cloud dev env + CI runners
def developers(X: Ctx):
    rng, C = X.rng("devs"), X.C
    mix = {"SE": 15, "NO": 6, "FI": 8, "CA-E": 18, "CA-W": 8, "PK": 25, "AE": 8, "KE": 7, "DK": 5}
    az = NETS["azure"]
    shops = [(j, "card:" + hx(X.seed, "shop", j, n=16), "org_" + hx(X.seed, "shop", j, n=12)) for j in range(2)]
    for i in range(X.n(260)):
        cc = pick_cc(rng, mix)
        shop = shops[rng.randrange(2)] if cc == "PK" and rng.random() < 0.35 else None
        a = Account(X.seed, "developers_ci", i, "benign", None, aged(rng, 10, 900),
                    org=shop[2] if shop else None, pay=shop[1] if shop else "card:" + hx(X.seed, "dev", i, n=16))
        lap = person_access(X, rng, f"dev{i}", cc, 0.1)
        office = None
        if shop or rng.random() < 0.3:
            on = NETS[{"PK": "pkbiz", "AE": "gulfbiz", "CA-E": "canbiz", "CA-W": "canbiz"}.get(cc, "nordicbiz")]
            oip = on.v4addr("devoffice", shop[0] if shop else i)
            ohost = X.host(rng, "desktop", "devws", i)
            office = lambda ts, oip=oip, on=on, ohost=ohost: (oip, on.asn, ohost.dev(ts))
        keys = [X.key("dev", i, j) for j in range(rng.randint(1, 3))]
        ua = sdk_ua(rng)
        bot = None
        if rng.random() < 0.15:                                      # a hobby bot on a cheap VPS shares the key
            vn = NETS[rng.choice(["hetzner", "ovh", "contabo", "digitalocean"])]
            bip, bhost = vn.v4addr("devbot", i), X.host(rng, "server", "devbot", i)
            bot = lambda ts, bip=bip, vn=vn, bhost=bhost: (bip, vn.asn, bhost.dev(ts))
        for ts, k, ram in human_days(X, rng, cc, rng.lognormvariate(2.6, 0.8), 0.85,
                                     lambda we, ram: "dev", 6, (30, 400), 0.3):
            p, kind = dev_prompt(C, rng)
            at = office if office and H(a.id, ts // (4 * HOUR)) % 10 < 6 else lap
            if bot and H(a.id, ts // HOUR) % 10 < 4:
                at = bot
            emit(X, rng, a, ts, prompt=p, system=None, kind=kind, net=at(ts), ua=ua, key=keys[0], endpoint="/v1/chat/completions",
                 lag=3, share=0.6)
        if rng.random() < 0.55:                                     # integration tests replay a fixed suite in CI
            suite_sys = rng.choice(["Extract the invoice fields as JSON with keys vendor, date, total.",
                                    "Classify the support ticket as billing, bug, feature or other. Answer with one word.",
                                    "You are the assistant inside our note-taking app. Answer briefly."])
            suite = [rng.choice(C.si) for _ in range(rng.randint(6, 25))]
            for mid, wd, we, ram in local_days(cc, X.days):
                if we:
                    continue
                for _ in range(poisson(rng, rng.uniform(0.5, 3))):
                    t = mid + rng.randint(8, 20) * HOUR + rng.randrange(HOUR)
                    runner = X.host(rng, "ci", "runner", i, t)
                    ip = az.v4addr("ci", rng.random())
                    for q in suite:
                        emit(X, rng, a, t, prompt=q, system=suite_sys, kind="json", net=(ip, az.asn, runner.dev(t)),
                             ua=ua + " ci", key=keys[-1], endpoint="/v1/chat/completions", mkind="mini", lag=72, share=0.2)
                        t += int(rng.uniform(0.3, 4) * 1000)


# ---------------------------------------------------------------- 9 apps: one account, one system prompt, thousands of end users
APPS = [  # name, cc, per-day, pool, user template, mkind
    ("PoraShona", "BD", 1500, "mathbd", "Explain step by step for a class 8 student:\n{q}", "mini"),
    ("Hisab", "PK", 900, "mathpk", "Solve and explain every step in simple English (Urdu words ok):\n{q}", "mini"),
    ("KaziBot", "KE", 600, "nq", "Jibu kwa Kiswahili rahisi kwa mkulima: {q}", "mini"),
    ("Fjallrecept", "SE", 400, "si", "{q}", "mini"),
    ("NorthDesk", "CA-E", 1200, "si", "Customer message:\n{q}\n\nWrite the agent's reply.", "chat"),
    ("Aqar", "AE", 500, "ah", "{q}", "chat"),
    ("CodePrep", "PK", 800, "code", "Interview practice. Explain the approach, then the code, then the complexity:\n{q}", "chat"),
    ("Lughati", "EG", 700, "nq", "Answer in Modern Standard Arabic, then give the English: {q}", "mini"),
    ("Skrivhjelp", "NO", 300, "si", "Forbedre teksten:\n{q}", "mini"),
    ("MedLine", "CA-W", 400, "nq", "{q}", "mini"),
    ("LegalLite", "FI", 250, "ah", "{q}", "chat"),
    ("SafariGuide", "TZ", 200, "nq", "{q}", "mini"),
]


def apps(X: Ctx):
    rng, C = X.rng("apps"), X.C
    pools = {"mathbd": [C.gsm, C.svamp], "mathpk": [C.gsm, C.svamp, C.math], "nq": [C.nq], "si": [C.si, C.aw_short],
             "ah": [C.ah_text], "code": [C.mbpp, C.he, C.ah_code]}
    idx = 0
    for j, (name, cc, perday, pool, tmpl, mk) in enumerate(APPS[: max(2, X.n(len(APPS)))]):
        cloud = NETS["oracle" if cc in ("AE", "EG", "SA") else rng.choice(["aws", "gcp", "azure", "digitalocean", "hetzner", "ovh"])]
        ips = [cloud.v4addr("app", j, k) for k in range(rng.randint(1, 3))]
        hosts = [X.host(rng, "server", "app", j, k) for k in range(rng.randint(2, 6))]
        sysp = f"You are the assistant inside {name}. " + rng.choice(C.aw_short)[:rng.randint(200, 900)]
        pay = "inv:" + hx(X.seed, "app", j, n=16) if rng.random() < 0.4 else "card:" + hx(X.seed, "app", j, n=16)
        org = "org_" + hx(X.seed, "app", j, n=12)
        envs = [("prod", 1.0)] + ([("staging", 0.04)] if rng.random() < 0.3 else [])
        ua = sdk_ua(rng)
        for env, share in envs:
            a = Account(X.seed, "app_single_sysprompt", idx, "benign", None, aged(rng, 60, 700), org=org, pay=pay)
            idx += 1
            at = pool_access(cloud, ips, hosts, 10 * MIN, f"app{j}{env}")
            key = X.key("app", j, env)
            for mid, wd, we, ram in local_days(cc, X.days):
                prof = "ramadan" if ram else "consumer"
                for ts, k in sessions(rng, mid, prof, poisson(rng, perday * share * rng.uniform(0.85, 1.15)), 1, (1, 1)):
                    q = rng.choice(rng.choice(pools[pool]))
                    p = tmpl.format(q=asr(q) if pool == "nq" and rng.random() < 0.3 else q)
                    emit(X, rng, a, ts, prompt=p, system=sysp, kind="cot" if "step" in tmpl else "chat", net=at(ts), ua=ua, key=key,
                         endpoint="/v1/chat/completions", mkind=mk, lag=96, share=0.3, p429=0.002)
                    if name == "KaziBot":                          # retrieval step of the same request
                        emit(X, rng, a, ts - 400, prompt=q, system=None, kind="embed", net=at(ts), ua=ua, key=key,
                             endpoint="/v1/embeddings", model="nw-embed-2")


# ---------------------------------------------------------------- 14 benchmark sweeps: systematic coverage via the batch endpoint
def sweeps(X: Ctx):
    rng, C = X.rng("sweeps"), X.C
    orgs = [("SE", "aws"), ("CA-E", "gcp")]
    idx = 0
    for o, (cc, cloud) in enumerate(orgs):
        net = NETS[cloud]
        org, pay = "org_" + hx(X.seed, "sweeporg", o, n=12), "inv:" + hx(X.seed, "sweeporg", o, n=16)
        ex = [f"Q: {q}\nA: Let's think step by step. {fake_math_answer(q, rng)}" for q in rng.sample(C.gsm, 8)]
        fewshot = "\n\n".join(ex)
        suites = [("gsm", C.gsm[-1319:], lambda q: f"{fewshot}\n\nQ: {q}\nA: Let's think step by step.", "cot"),
                  ("math", C.math[:500], lambda q: f"Problem:\n{q}\n\nSolution: Please reason step by step, and put your final answer within \\boxed{{}}.", "cot"),
                  ("mbpp", C.mbpp[:500], lambda q: f"You are an expert Python programmer, and here is your task: {q}", "code"),
                  ("he", C.he, lambda q: f"Complete the following Python function.\n\n{q}", "code")]
        for acc in range(2):
            a = Account(X.seed, "benchmark_sweeps", idx, "benign", None, aged(rng, 90, 500), org=org, pay=pay)
            idx += 1
            ips = [net.v4addr("sweep", o, acc)]
            at = pool_access(net, ips, [X.host(rng, "server", "sweep", o, acc, k) for k in range(3)], HOUR, f"sw{o}{acc}")
            key, ua = X.key("sweep", o, acc), f"nw-python/1.8.1 CPython/3.11.8 Linux lm-eval/0.4.{rng.randint(1, 3)}"
            runs = [(mid + rng.randint(0, 5) * HOUR, "nw-3.5-mini" if acc else "nw-3.5", rng.sample(suites, 2))
                    for mid, wd, we, ram in local_days(cc, X.days) if not we and rng.random() < 0.6]
            runs.append((RELEASE + int(rng.uniform(1, 4) * HOUR), "nw-4" if acc == 0 else "nw-4-mini", suites))
            for t0, model, ss in runs:
                t = t0
                rate = rng.uniform(6, 18)                            # batch workers drain ~6-18 items/s
                for name, items, fmt, kind in ss:
                    for q in items:
                        emit(X, rng, a, t, prompt=fmt(q), system=None, kind=kind, net=at(t), ua=ua, key=key,
                             endpoint="/v1/batches", model=model)
                        t += int(rng.expovariate(rate) * 1000)


ALL = [eval_teams, enterprises, localisation, voice_platforms, developers, apps, sweeps]
