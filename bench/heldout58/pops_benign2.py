"""More benign populations: developers, launch-day tinkerers, heavy users, content
and document work, embeddings, CI probes, buggy integrations, a hackathon."""
from __future__ import annotations

from .pops_benign import EN_LOCAL, LANG_NAMES, casual, chat_maker, user_pop
from .pops_common import CHAT, EMB, RESP, Pop, poisson
from .text import COUNTRY_LANGS, FOLLOW, LOCAL, local_chat, nq_style, typo, wchoice, wrap
from .world import HOUR, LAUNCH, MIN, MODEL_NEW, W0, W_END


def b_newsroom(env):
    """Newsrooms: summaries, headlines and translations of wire copy during office hours and evening deadlines."""
    P = Pop(env, "b_newsroom", "benign")
    r, T = P.rng, P.T
    for cc in ("BD", "BD", "NP", "LK", "LK", "NP"):
        org, pay = P.new_org(), P.new_pay()
        lang = {"BD": "bn", "NP": "ne", "LK": r.choice(["si", "ta"])}[cc]
        for _ in range(r.randint(3, 7)):
            a = P.account(cc, (30, 800), org=org, pay=pay, client=r.choice(["browser", "sdk:openai-py"]), net="res")
            for _s in range(r.randint(2, 8)):
                def make(i, prev):
                    doc = r.choice(T.aw_long + T.arena_short)[:6000]
                    x = r.random()
                    if x < 0.4:
                        return f"Summarise this report in 3 bullet points for our {LANG_NAMES[lang]} edition:\n\n{doc}", None, "sum"
                    if x < 0.7:
                        return "Write 5 alternative headlines (max 12 words) for:\n" + nq_style(r, r.choice(T["nq"])), None, "short"
                    return wrap(r, lang, doc[:1500], 0), None, "tr"
                P.session(a, P.t(r.choice(["office", "dev"]), cc), r.randint(2, 12), make, gap=(60, 600), model=("himal-2",), adopt=0.2)
    P.done()


def b_govtech(env):
    """A Bhutanese government pilot: Dzongkha/English drafting on GovNet, office hours, low volume."""
    P = Pop(env, "b_govtech_bt", "benign")
    r, T = P.rng, P.T
    org, pay = P.new_org(), P.new_pay()
    for _ in range(22):
        a = P.account("BT", (20, 300), org=org, pay=pay, client="browser", net="gov")
        for _s in range(r.randint(1, 4)):
            def make(i, prev):
                x = r.random()
                if x < 0.4:
                    return wrap(r, "dz", r.choice(T["useri"]), 0), None, "tr"
                if x < 0.7:
                    return local_chat(r, "dz"), None, "chat"
                return "Draft a formal office order: " + r.choice(T["seed"])[:400], "You are a drafting assistant for civil servants.", "chat"
            P.session(a, P.t("office", "BT"), r.randint(1, 7), make, gap=(60, 400))
    P.done()


SDK_TESTS = ["Hello", "test", "hi", "Say hi in Nepali", "ping", "What model are you?", "Write a haiku about momo",
             "Return a JSON object with keys name and age", "Translate 'good morning' to Sinhala", "1+1="]


def b_sdk_devs(env):
    """Developers prototyping integrations: tiny volumes, repeated test strings, wrong models, malformed requests."""
    P = Pop(env, "b_sdk_devs", "benign")
    r, T = P.rng, P.T
    for _ in range(480):
        cc = wchoice(r, [("NP", 3), ("LK", 3), ("BD", 4), ("BT", 0.3), ("MV", 0.4)])
        a = P.account(cc, (0.5, 700), pay="new" if r.random() < 0.5 else None,
                      client=wchoice(r, [("sdk:openai-py", 4), ("sdk:curl", 2), ("sdk:httpx", 1), ("sdk:openai-js", 2),
                                          ("sdk:axios", 1), ("sdk:dart", 1), ("sdk:okhttp", 1), ("sdk:langchain", 1)]),
                      net=wchoice(r, [("res", 5), ("mob", 1), ("cloud", 2)]), keys=r.randint(1, 3))
        if r.random() < 0.05:
            a.created = P.t("dev", cc)
        for _s in range(1 + poisson(r, 1.2)):
            t = P.t("dev", cc, max(W0, a.created))
            fixed = r.choice(SDK_TESTS)
            m = r.choice(["himal-2-mini", "himal-2", MODEL_NEW if r.random() < 0.3 else "himal-2-mini"])
            ip, asn = P.addr(a)
            for _k in range(r.randint(1, 12)):
                p = fixed if r.random() < 0.6 else casual(P, "en")[0]
                st = 400 if r.random() < 0.06 else 401 if r.random() < 0.03 else None
                P.req(a, t, p, r.choice([None, None, "You are a helpful assistant."]), m, r.choice([CHAT, CHAT, RESP]),
                      P.ctok("short"), ip=ip, asn=asn, status=st)
                t += int(r.uniform(3, 90) * 1000)
    P.done()


PROBE = ["Which is heavier, a kilo of feathers or a kilo of steel?", "How many r's are in strawberry?",
         "Write a poem about Tihar in the style of Laxman Prasad Devkota", "Solve: 9.11 vs 9.9 which is bigger?",
         "Explain transformers to a 10 year old", "What's new in himal-3 compared to himal-2?",
         "Write a Python script that scrapes NEPSE prices", "Who won the 1996 Cricket World Cup and who was the captain?"]


def b_launch_tinkerers(env):
    """Enthusiasts and developers trying himal-3 in the hours after launch, many of them new sign-ups."""
    P = Pop(env, "b_launch_tinkerers", "benign")
    r, T = P.rng, P.T
    for _ in range(560):
        cc = wchoice(r, [("NP", 3), ("LK", 3), ("BD", 4), ("BT", 0.4), ("MV", 0.4)])
        new = r.random() < 0.3
        t0 = LAUNCH + int(r.expovariate(1 / 5.0) * HOUR) + int(r.uniform(0, 20) * MIN)
        if t0 >= W_END:
            t0 = P.t("dev", cc, LAUNCH)
        a = P.account(cc, (5, 800), created=t0 - int(r.uniform(1, 30) * MIN) if new else None, pay="new",
                      client=wchoice(r, [("browser", 4), ("sdk:openai-py", 4), ("sdk:openai-js", 2), ("sdk:curl", 1)]),
                      net=wchoice(r, [("res", 6), ("mob", 2), ("vpn", 0.5), ("cloud", 1)]))
        lang = wchoice(r, COUNTRY_LANGS[cc])
        for _s in range(1 + poisson(r, 0.8)):
            def make(i, prev):
                x = r.random()
                if i and x < 0.25:
                    return r.choice(FOLLOW), None, "chat"
                if x < 0.45:
                    return r.choice(T["arena"])[:8000], None, "long"
                if x < 0.6:
                    return r.choice(PROBE), None, "chat"
                if x < 0.75:
                    return casual(P, lang)[0], None, "chat"
                if x < 0.88:
                    return r.choice(T["math"] + T["humaneval"]), None, "cot"
                return wrap(r, r.choice(["ne", "si", "ta", "bn", "dz", "dv"]), r.choice(T.chat)), None, "chat"
            P.session(a, t0 if _s == 0 else P.t("dev", cc, LAUNCH), r.randint(2, 14), make, gap=(15, 200), model=(MODEL_NEW,),
                      history=r.random() < 0.5)
        if r.random() < 0.3:  # same prompt side by side on the old and the new model
            p = r.choice(T["arena"])[:4000]
            for m in ("himal-2-pro", MODEL_NEW, "himal-2"):
                P.req(a, t0 + int(r.uniform(2, 60) * MIN), p, None, m, CHAT, P.ctok("long"))
    P.done()


def b_power_users(env):
    """Heavy individual users: writers, consultants, analysts with long role prompts and long conversations."""
    P = Pop(env, "b_power_users", "benign")
    r, T = P.rng, P.T
    for _ in range(190):
        cc = wchoice(r, [("NP", 3), ("LK", 3), ("BD", 3), ("MV", 0.5), ("BT", 0.3)])
        a = P.account(cc, (60, 900), client=r.choice(["browser", "browser", "app", "sdk:openai-py"]), net=wchoice(r, [("res", 8), ("mob", 2)]))
        lang = wchoice(r, COUNTRY_LANGS[cc])
        for _s in range(2 + poisson(r, 4)):
            role = r.choice(T.roles) if r.random() < 0.4 else None

            def make(i, prev, role=role):
                if i and r.random() < 0.5:
                    return r.choice(FOLLOW), role, "chat"
                p, k = casual(P, lang) if r.random() < 0.5 else (r.choice(T.aw_user + T["arena"]), "long")
                return p, role, k
            P.session(a, P.t(r.choice(["consumer", "dev"]), cc), r.randint(2, 16), make, gap=(30, 400), model=("himal-2", "himal-2-pro"),
                      adopt=0.35, history=True)
    P.done()


PLATFORMS = ["Facebook", "Instagram", "TikTok", "YouTube Shorts", "WhatsApp broadcast"]
BRANDS = ["Bhatbhateni Mart", "Keells", "Aarong", "Daraz", "Odel", "Shwapno", "Foodmandu", "Pathao", "Dialog", "Ncell"]
FEST = ["Tihar", "Deepavali", "Kali Puja", "Laxmi Puja", "Bhai Tika", "year-end"]


def b_marketing(env):
    """Agencies mass-producing festival social copy from a brief template."""
    P = Pop(env, "b_marketing_agency", "benign")
    r = P.rng
    for cc in ("NP", "NP", "LK", "LK", "BD", "BD", "BD", "MV", "NP", "LK"):
        org, pay = P.new_org(), P.new_pay()
        tmpl = r.choice(["Write {n} {pl} captions for {b}'s {f} {o} offer in {l}. Tone: {tn}. Include emojis and 3 hashtags.",
                         "Brand: {b}\nOccasion: {f}\nChannel: {pl}\nOffer: {o}\nLanguage: {l}\nTone: {tn}\nWrite {n} post variations.",
                         "Create a {pl} ad script (30s) for {b} for {f}. Offer: {o}. Language: {l}. Make it {tn}."])
        for _ in range(r.randint(3, 7)):
            a = P.account(cc, (30, 700), org=org, pay=pay, client=r.choice(["browser", "sdk:openai-py"]), net="res")
            for _s in range(r.randint(2, 6)):
                t = P.t("office", cc)
                for _k in range(r.randint(5, 40)):
                    p = tmpl.format(n=r.choice([3, 5, 10]), pl=r.choice(PLATFORMS), b=r.choice(BRANDS), f=r.choice(FEST),
                                    o=r.choice(["20% off", "buy 1 get 1", "free delivery", "cashback", "gift hamper"]),
                                    l=r.choice(["English", LANG_NAMES[COUNTRY_LANGS[cc][1][0]], "Banglish" if cc == "BD" else "English"]),
                                    tn=r.choice(["festive", "warm", "funny", "premium", "youthful"]))
                    P.req(a, t, p, None, "himal-2", CHAT, P.ctok("list"))
                    t += int(r.uniform(8, 120) * 1000)
    P.done()


def b_embeddings(env):
    """RAG indexing: night-time bulk embedding jobs plus daytime query embeddings."""
    P = Pop(env, "b_embedding_indexer", "benign")
    r, T = P.rng, P.T
    for _ in range(12):
        cc = r.choice(["NP", "LK", "BD", "MV"])
        a = P.account(cc, (30, 800), org=P.new_org(), client=r.choice(["sdk:openai-py", "sdk:langchain", "sdk:httpx"]), net="cloud", rpm=3000)
        src = r.choice([T.aw_long + T.aw_user, T["nq"], T["useri"] + T["seed"] + T["arena"]])
        t = P.t("night", cc)
        for _k in range(r.randint(600, 1800)):  # bulk job
            x = r.choice(src)
            if len(x) > 2000:
                o = r.randrange(0, len(x) - 1500)
                x = x[o:o + 1500]
            P.req(a, t, x, None, "himal-embed-1", EMB, 0)
            t += int(r.uniform(0.05, 0.6) * 1000)
        for _k in range(r.randint(100, 500)):  # queries from the app
            P.req(a, P.t("consumer", cc), nq_style(r, r.choice(T["nq"])), None, "himal-embed-1", EMB, 0)
    P.done()


def b_teachers(env):
    """School teachers making worksheets, variants and marking schemes (evenings; the Nepal Tihar break)."""
    P = Pop(env, "b_teachers", "benign")
    r, T = P.rng, P.T
    for _ in range(290):
        cc = wchoice(r, [("NP", 3), ("LK", 3), ("BD", 3), ("BT", 0.5), ("MV", 0.4)])
        a = P.account(cc, (10, 800), pay="new" if r.random() < 0.4 else None, client=r.choice(["browser", "app"]),
                      net=wchoice(r, [("res", 6), ("mob", 4)]))
        lang = wchoice(r, COUNTRY_LANGS[cc])
        for _s in range(1 + poisson(r, 1.0)):
            def make(i, prev):
                q = r.choice(T.math_easy)
                x = r.random()
                if x < 0.45:
                    p = f"Create {r.choice([5, 10, 15])} questions similar to this one for class {r.randint(4, 10)}, with answers:\n{q}"
                elif x < 0.7:
                    p = f"Make a marking scheme with step marks for: {q}"
                else:
                    p = casual(P, lang)[0]
                return (wrap(r, lang, p, 1) if lang not in ("en", "rne", "rsi", "rbn") and r.random() < 0.3 else p), None, "list"
            P.session(a, P.t(r.choice(["consumer", "office"]), cc), r.randint(1, 8), make, gap=(60, 500), history=True)
    P.done()


CI = ["Reply with the single word: pong", "healthcheck: respond OK", 'Return {"status":"ok"} as JSON only.', "Say 'ready'.",
      "Summarise: The quick brown fox jumps over the lazy dog."]


def b_ci_probes(env):
    """CI pipelines and uptime monitors: the same tiny prompt on a timer, day and night."""
    P = Pop(env, "b_ci_smoke", "benign")
    r = P.rng
    for _ in range(40):
        cc = r.choice(["NP", "LK", "BD", "MV", "BT"])
        a = P.account(cc, (30, 800), org=P.new_org() if r.random() < 0.5 else None,
                      client=r.choice(["sdk:curl", "sdk:go", "sdk:requests", "sdk:httpx"]), net="cloud")
        p = r.choice(CI)
        every = r.choice([5, 10, 15, 15, 30, 60]) * MIN
        t = W0 + r.randrange(every)
        models = [r.choice(["himal-2-mini", "himal-2"])]
        while t < W_END:
            for m in models + ([MODEL_NEW] if t > LAUNCH + 2 * HOUR and r.random() < 0.5 else []):
                P.req(a, t + r.randrange(0, 3000), p, None, m, CHAT, r.randint(1, 6))
            t += every
    P.done()


def b_buggy(env):
    """Integrations with a retry bug: the same request resent several times within seconds."""
    P = Pop(env, "b_buggy_integration", "benign")
    r, T = P.rng, P.T
    for _ in range(20):
        cc = r.choice(["NP", "LK", "BD"])
        a = P.account(cc, (20, 600), org=P.new_org(), client=r.choice(["sdk:axios", "sdk:okhttp", "sdk:requests"]),
                      net=r.choice(["cloud", "host"]), rpm=r.choice([30, 60]))
        sysp = r.choice(T.roles)[:1500]
        for _k in range(r.randint(60, 200)):
            t = P.t("consumer", cc)
            p = casual(P, wchoice(r, COUNTRY_LANGS[cc]))[0]
            for _rep in range(r.choice([1, 1, 2, 3, 5, 8])):
                P.req(a, t, p, sysp, "himal-2-mini", CHAT, P.ctok("chat"))
                t += int(r.uniform(0.2, 4) * 1000)
    P.done()


def b_documents(env):
    """Law firms, banks and auditors: long documents, few but heavy requests."""
    P = Pop(env, "b_doc_analysis", "benign")
    r, T = P.rng, P.T
    for _ in range(32):
        cc = r.choice(["LK", "BD", "NP", "MV"])
        org = P.new_org()
        a = P.account(cc, (60, 800), org=org, client=r.choice(["browser", "sdk:openai-py"]), net="res")
        for _s in range(r.randint(2, 6)):
            def make(i, prev):
                doc = r.choice(T.aw_long)
                q = r.choice(["Summarise the key obligations and risks.", "List all dates and deadlines.",
                              "Rewrite this in plain English.", "Draft a one-page memo on this.", "What is missing from this?"])
                return (f"{q}\n\n{doc}" if i == 0 else r.choice(FOLLOW)), None, "long"
            P.session(a, P.t("office", cc), r.randint(1, 8), make, gap=(60, 600), model=("himal-2-pro",), adopt=0.3, history=True)
    P.done()


def b_hackathon(env):
    """A two-day university hackathon in Dhaka: fresh team accounts on sponsor credits, same campus NAT, synchronised start."""
    P = Pop(env, "b_hackathon", "benign")
    r, T = P.rng, P.T
    pay = P.new_pay()
    org = P.new_org()
    kickoff = W0 + int(4.0 * HOUR)  # 10:00 Dhaka on Oct 20
    for _ in range(110):
        a = P.account("BD", created=kickoff - int(r.uniform(0.2, 20) * HOUR), org=org, pay=pay,
                      client=r.choice(["sdk:openai-py", "sdk:openai-js", "browser", "sdk:langchain"]), net="uni", rpm=60)
        idea = r.choice(["flood alert bot in Bangla", "farm price chatbot", "Bangla OCR study helper", "garment worker rights FAQ",
                         "ride-share safety assistant", "exam routine planner"])
        for _s in range(r.randint(3, 10)):
            def make(i, prev):
                x = r.random()
                if x < 0.4:
                    return r.choice(T.arena_code + T["mbpp"]), None, "code"
                if x < 0.7:
                    return f"For our hackathon project ({idea}): " + casual(P, r.choice(["en", "bn"]))[0], None, "chat"
                return wrap(r, "bn", r.choice(T.chat), 0), "You are the assistant of " + idea + ".", "chat"
            P.session(a, P.t("dev", "BD", kickoff, kickoff + 34 * HOUR), r.randint(2, 15), make, gap=(5, 120), model=("himal-2",), adopt=0.5)
    P.done()


BENIGN2 = [b_newsroom, b_govtech, b_sdk_devs, b_launch_tinkerers, b_power_users, b_marketing, b_embeddings, b_teachers,
           b_ci_probes, b_buggy, b_documents, b_hackathon]
