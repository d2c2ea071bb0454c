"""Benign populations: what real users and businesses of a South Asian LLM API do,
including heavy users and look-alikes of abuse."""
from __future__ import annotations

from .pops_common import CHAT, COMP, EMB, RESP, Pop, poisson
from .text import COUNTRY_LANGS, FOLLOW, LOCAL, ROMAN, local_chat, nq_style, perturb, typo, wchoice, wrap
from .world import HOUR, LAUNCH, MODEL_NEW, UA, W0, W_END, ja4

EN_LOCAL = ["What are good gift ideas for Bhai Tika for my brother?", "Write a short Deepavali greeting for my office colleagues.",
            "How do I make sel roti crispy?", "Best places to visit in Pokhara in October?", "how many days holiday for tihar 2025",
            "How to apply for a Sri Lankan passport online?", "Write a cover letter for a garment factory supervisor job in Gazipur",
            "Is it safe to travel to Thimphu in October?", "What is the ferry schedule from Male to Maafushi?",
            "Translate 'Happy Tihar' to Nepali", "Kojagrat purnima ko mahatwo ke ho?", "write deusi bhailo lyrics funny",
            "Give me a recipe for kiribath for 6 people", "how to convert USD to LKR without big fees",
            "my bkash account is locked what to do", "Draft a leave application for Deepavali holiday",
            "Explain the Sri Lankan IMF programme in simple terms", "write a facebook post for diwali sale of my saree shop",
            "What should I pack for a trek to Annapurna base camp?", "What is GNH index of Bhutan?"]
OFFICE_ROLES = ["You are a helpful assistant.", "You are a helpful assistant. Answer concisely.", None, None, None]


def casual(P, lang):
    r, T = P.rng, P.T
    if lang == "en":
        x = r.random()
        if x < 0.3:
            return nq_style(r, r.choice(T["nq"])), "short"
        if x < 0.62:
            return typo(r, r.choice(T.chat), 0.03), "chat"
        if x < 0.78:
            return r.choice(T.aw_user), "chat"
        if x < 0.88:
            return typo(r, r.choice(T.math_easy), 0.02), "cot"
        return typo(r, r.choice(EN_LOCAL), 0.04), "chat"
    if lang.startswith("r"):
        base = r.choice(ROMAN[lang[1:]])
        return (base + "\n" + r.choice(T.math_easy) if r.random() < 0.6 else base), "cot"
    if r.random() < 0.55 or lang in ("dz", "dv"):
        return local_chat(r, lang), "chat"
    return wrap(r, lang, r.choice(T.chat if r.random() < 0.6 else T["nq"])), "chat"


def chat_maker(P, lang, system=None, follow=0.4, langs=None):
    def make(i, prev):
        if i and P.rng.random() < follow:
            return P.rng.choice(FOLLOW), system, "chat"
        p, k = casual(P, langs() if langs else lang)
        return p, system, k
    return make


def user_pop(env, name, n, ccs, prof, clients, nets, lam=1.0, per=(1, 5), pay_p=0.4, new_p=0.03, follow=0.4,
             model=("himal-2-mini", "himal-2-mini", "himal-2"), adopt=0.1, age=(2, 900), history=True, extra=None):
    P = Pop(env, name, "benign")
    r = P.rng
    for _ in range(n):
        cc = wchoice(r, ccs)
        created = P.t(prof, cc) - int(r.uniform(0, 2) * HOUR) if r.random() < new_p else None
        a = P.account(cc, age, created, pay="new" if r.random() < pay_p else None, client=wchoice(r, clients),
                      net=wchoice(r, nets))
        lang = wchoice(r, COUNTRY_LANGS[cc]) if cc in COUNTRY_LANGS else "en"
        activity = r.lognormvariate(0, 0.8) * lam
        for _s in range(1 + poisson(r, activity)):
            t0 = P.t(prof, a.cc, max(W0, a.created))
            k = r.randint(*per)
            P.session(a, t0, k, chat_maker(P, lang, r.choice(OFFICE_ROLES), follow), gap=(20, 300), model=model,
                      adopt=adopt, history=history)
        if extra:
            extra(P, a)
    P.done()


def b_casual(env):
    apps = [("app", 45), ("browser", 35), ("sdk:openai-py", 8), ("sdk:httpx", 4), ("sdk:openai-js", 5)]
    user_pop(env, "b_casual_np", 1300, [("NP", 1)], "consumer", apps, [("mob", 55), ("res", 45)], lam=1.2)
    user_pop(env, "b_casual_lk", 1200, [("LK", 1)], "consumer", apps, [("mob", 55), ("res", 45)], lam=1.2)
    user_pop(env, "b_casual_bd", 1500, [("BD", 1)], "consumer", apps, [("mob", 62), ("res", 38)], lam=1.2)
    user_pop(env, "b_casual_bt_mv", 340, [("BT", 1), ("MV", 1.3)], "consumer", apps, [("mob", 50), ("res", 50)], lam=1.2)


def b_diaspora(env):
    """Migrant workers and students abroad: home-language prompts from Gulf/Malaysian/Japanese/Korean networks."""
    P = Pop(env, "b_diaspora", "benign")
    r = P.rng
    for _ in range(380):
        home = wchoice(r, [("NP", 5), ("BD", 4), ("LK", 2)])
        a = P.account(home, pay="new" if r.random() < 0.3 else None, client=wchoice(r, [("app", 6), ("browser", 3)]), net=None)
        P.home(a, "fres")
        a.cc = a.net.cc  # lives abroad: daily rhythm of the host country
        lang = wchoice(r, COUNTRY_LANGS[home])
        for _s in range(1 + poisson(r, r.lognormvariate(0, 0.7))):
            P.session(a, P.t("consumer", a.cc), r.randint(1, 6), chat_maker(P, lang, None, 0.35), gap=(20, 240), history=True)
    P.done()


def b_students(env):
    """A/L students in Sri Lanka (exams three weeks away) and admission-test takers in Bangladesh."""
    for name, cc, n, langs in (("b_exam_students_lk", "LK", 650, [("en", 5), ("si", 4), ("ta", 1.5), ("rsi", 2)]),
                               ("b_admission_students_bd", "BD", 600, [("en", 4), ("bn", 5), ("rbn", 3)])):
        P = Pop(env, name, "benign")
        r, T = P.rng, P.T
        shared = []
        for _ in range(n):
            a = P.account(cc, (5, 700), pay=None if r.random() < 0.85 else "new",
                          client=wchoice(r, [("app", 6), ("browser", 4)]), net=wchoice(r, [("mob", 7), ("res", 3)]))
            if shared and r.random() < 0.12:  # sibling's phone / family laptop
                o = r.choice(shared)
                a.dev, a.ua, a.net, a.ip, a.asn = o.dev, o.ua, o.net, o.ip, o.asn
            shared.append(a)
            lang = wchoice(r, langs)

            def make(i, prev, lang=lang):
                if i and r.random() < 0.35:
                    return r.choice(FOLLOW[:8] + ["explain step 2", "why did you divide there?", "is there a shorter method?"]), None, "cot"
                q = r.choice(T["math"]) if r.random() < 0.55 else r.choice(T.math_easy)
                q = typo(r, q, 0.05)  # typed from the past paper or OCR'd from a photo
                if lang == "en":
                    q = r.choice(["", "solve ", "pls solve ", "How do I do this? ", "help: "]) + q + r.choice(
                        ["", "", " explain step by step", " show working", " answer only"])
                elif lang.startswith("r"):
                    q = r.choice(ROMAN[lang[1:]]) + "\n" + q
                else:
                    q = wrap(r, lang, q, r.choice([1, 2, 2, 3]))
                return q, None, "cot"
            for _s in range(1 + poisson(r, r.lognormvariate(0.3, 0.6))):
                P.session(a, P.t("student", cc), r.randint(2, 9), make, gap=(40, 400), history=True,
                          model=("himal-2-mini",), adopt=0.15)
        P.done()


TUTOR_TMPL = ["Create a worked solution, step by step, suitable for a grade {g} student, for the following problem. "
              "Then write 2 similar practice questions with answers.\n\nProblem: {q}",
              "You are preparing a tutoring handout for grade {g}. Solve the problem below with a clear explanation of each step, "
              "point out the common mistake students make, and give the final answer.\n\n{q}",
              "Explain this problem to a grade {g} student as a tutor would, one step at a time, then check the answer.\n{q}"]


def b_tutoring(env):
    """Tutoring companies: many tutor sub-accounts under one org, one company card, one office server."""
    P = Pop(env, "b_tutoring_company", "benign")
    r, T = P.rng, P.T
    for cc, ntut, tmpl in (("NP", 18, 0), ("LK", 24, 1), ("BD", 20, 2), ("LK", 8, 1)):
        org, pay = P.new_org(), P.new_pay()
        srv = P.account(cc, (200, 700), org=org, pay=pay, client="sdk:openai-py", net="host")
        P.accounts.pop()
        for _ in range(ntut):
            a = P.account(cc, (10, 600), org=org, pay=pay, client=(srv.ua, srv.dev), net=None, rpm=120)
            a.net, a.ip, a.asn = srv.net, srv.ip, srv.asn
            lang = wchoice(r, COUNTRY_LANGS[cc][:2])
            for _s in range(r.randint(2, 6)):
                def make(i, prev):
                    q = r.choice(T.math_easy if r.random() < 0.6 else T["math"])
                    p = TUTOR_TMPL[tmpl].format(g=r.choice([6, 7, 8, 9, 10, 11, 12]), q=q)
                    return (wrap(r, lang, p, 1) if lang != "en" and r.random() < 0.3 else p), None, "cot"
                P.session(a, P.t("office", cc), r.randint(5, 30), make, gap=(25, 150), model=("himal-2",), adopt=0.2)
    P.done()


APPS = [("NP", "You are PadhaiBot, a friendly homework helper for Nepali school students (grades 6-12). Explain answers simply, "
         "in Nepali if the student writes in Nepali, otherwise in English. Never just give the answer; show the steps.", "student", 2600),
        ("LK", "You are A/L Guru, a study assistant for Sri Lankan Advanced Level students. Reply in the language of the question "
         "(Sinhala, Tamil or English). Use the local syllabus terminology.", "student", 3000),
        ("BD", "You are Dosh Minute Tutor. Answer the learner's question in Bangla unless asked otherwise. Keep answers under 200 words.",
         "student", 3200),
        ("BD", "You are Krishi Bondhu, an agriculture advisory assistant for farmers in Bangladesh. Use simple Bangla.", "consumer", 1200),
        ("NP", "You are Sathi, a general purpose assistant inside a Nepali super-app. Be polite, short and culturally aware.",
         "consumer", 3600),
        ("MV", "You are the assistant of an island news app in the Maldives. Answer in Dhivehi or English.", "consumer", 900)]


def b_app_backends(env):
    """Consumer apps: one server account, one system prompt, thousands of end users."""
    P = Pop(env, "b_app_backend", "benign")
    r, T = P.rng, P.T
    for cc, sys, prof, vol in APPS:
        a = P.account(cc, (90, 800), org=P.new_org(), client=r.choice(["sdk:openai-js", "sdk:openai-py", "sdk:go"]), net="cloud", rpm=3000)
        a.keys = [P.hexid("key_", 6) for _ in range(2)]
        langs = COUNTRY_LANGS[cc]
        for _ in range(int(vol * r.uniform(0.85, 1.15))):
            lang = wchoice(r, langs)
            p, k = casual(P, lang) if prof == "consumer" or r.random() < 0.4 else (
                typo(r, r.choice(T.math_easy + T["math"][:1500]), 0.04), "cot")
            P.req(a, P.t(prof, cc), p, sys, r.choice(["himal-2-mini", "himal-2-mini", "himal-2"]), CHAT, P.ctok(k),
                  hidden=r.choice([0, 0, 0, 150, 400, 900]))
    P.done()


EVAL_FMT = {
    "gsm": ("Question: {q}\nAnswer: Let's think step by step.", "cot", 0),
    "math": ("Problem:\n{q}\n\nSolution:", "cot", 0),
    "svamp": ("{q}\nLet's think step by step. At the end, write 'The answer is N'.", "cot", 0),
    "humaneval": ("{q}", "code", 1),
    "mbpp": ("You are an expert Python programmer, and here is your task: {q}\n[BEGIN]", "code", 0),
    "arena": ("{q}", "long", 0),
}


def b_batch_eval(env):
    """ML teams benchmarking the models: dataset order, standard harness prompts, high concurrency, pass@k repeats."""
    P = Pop(env, "b_batch_eval", "benign")
    r, T = P.rng, P.T
    for i in range(22):
        cc = r.choice(["NP", "LK", "BD", "LK", "BD"])
        a = P.account(cc, (20, 700), org=P.new_org() if r.random() < 0.6 else None,
                      client=r.choice(["sdk:openai-py", "sdk:aiohttp", "sdk:litellm", "sdk:httpx"]),
                      net=r.choice(["cloud", "cloud", "uni"]), rpm=r.choice([600, 1200, 3000]))
        for _j in range(r.randint(1, 3)):
            ds = r.choice(list(EVAL_FMT))
            fmt, kind, sysp = EVAL_FMT[ds]
            items = T[ds] if ds != "arena" else T["arena"]
            start = r.randrange(0, max(1, len(items) - 50)) if r.random() < 0.3 else 0
            n = min(len(items) - start, r.choice([100, 150, 200, 250, 500, 800]))
            k = r.choice([1, 1, 1, 1, 3, 5])
            post = r.random() < 0.75
            t = (P.t("dev", cc, LAUNCH + int(r.uniform(0.3, 10) * HOUR)) if post else P.t("dev", cc))
            m = MODEL_NEW if post else r.choice(["himal-2", "himal-2-pro", "himal-2-mini"])
            sysm = "Complete the following Python function. Return only code." if sysp else None
            shot = ""
            if ds == "gsm" and r.random() < 0.5:  # 8-shot chain-of-thought prefix (constant)
                shot = "".join(f"Question: {q}\nAnswer: <worked solution {j + 1}>\n\n" for j, q in enumerate(T["gsm"][-8:]))
            ip, asn = P.addr(a)
            for idx in range(start, start + n):
                p = shot + fmt.format(q=items[idx])
                for _rep in range(k):
                    P.req(a, t, p, sysm, m, COMP if (shot and r.random() < 0.5) else CHAT, P.ctok(kind), ip=ip, asn=asn)
                    t += int(r.expovariate(1 / 0.35) * 1000) + 40
                if t >= W_END:
                    break
    P.done()


AGENT_SYS = {
    "Cline": "You are Cline, a highly skilled software engineer with extensive knowledge in many programming languages, frameworks, "
             "design patterns, and best practices.\n\nTOOL USE\n\nYou have access to a set of tools that are executed upon the "
             "user's approval. # Tools\n## execute_command\n## read_file\n## write_to_file\n## replace_in_file\n## search_files\n"
             "## list_files\n## ask_followup_question\n## attempt_completion\n\nRULES\n- Your current working directory is: {cwd}\n",
    "continue": "You are an AI coding assistant inside the Continue IDE extension. Always answer with code blocks that include the "
                "file path. Repository root: {cwd}\n",
    "aider": "Act as an expert software developer. Always use best practices when coding. Respect and use existing conventions, "
             "libraries, etc that are already present in the code base. Once you understand the request you MUST describe each "
             "change with a SEARCH/REPLACE block. Repo: {cwd}\n",
}
TOOL_RESULTS = ["<tool_result>\n$ pytest -q\n..F.\nFAILED tests/test_core.py::test_parse - AssertionError\n1 failed, 3 passed\n</tool_result>",
                "<tool_result>\nFile written successfully.\n</tool_result>", "<tool_result>\n$ npm run build\nbuild ok in 4.2s\n</tool_result>",
                "[read_file result]\n{code}", "The user approved the change. Continue.", "<tool_result>\n$ git diff --stat\n 3 files changed\n</tool_result>",
                "Traceback (most recent call last):\n  File \"app.py\", line 41, in <module>\nKeyError: 'amount'\n"]


def b_coding_agents(env):
    """Developers using coding agents: long constant system prompt, fast loops, growing context."""
    P = Pop(env, "b_coding_agent", "benign")
    r, T = P.rng, P.T
    for _ in range(240):
        cc = wchoice(r, [("NP", 3), ("LK", 3), ("BD", 4), ("BT", 0.3), ("MV", 0.3)])
        tool = r.choice(list(AGENT_SYS))
        a = P.account(cc, (10, 800), pay="new", client="sdk:agent", net=wchoice(r, [("res", 6), ("mob", 1), ("vpn", 1)]), rpm=90)
        a.ua = next(u for u in UA["agent"] if u.lower().startswith(tool.lower()))
        a.dev = ja4("agent", a.ua)
        sysp = AGENT_SYS[tool].format(cwd=r.choice(["/home/dev/pasal-api", "C:\\Users\\asif\\projects\\hisab", "/Users/nimal/work/tea-erp",
                                                    "~/code/khata-app", "/srv/remit-gw"]))
        for _s in range(1 + poisson(r, r.lognormvariate(0.7, 0.6))):
            task = r.choice(T.arena_code + T["mbpp"]) if r.random() < 0.8 else r.choice(EN_LOCAL)

            def make(i, prev, task=task):
                if i == 0:
                    return f"<task>\n{task}\n</task>", sysp, "code"
                return r.choice(TOOL_RESULTS).format(code=r.choice(T["humaneval"])), sysp, "agent"
            P.session(a, P.t("dev", cc), r.randint(4, 40), make, gap=(2, 25), model=("himal-2-pro", "himal-2"), adopt=0.4,
                      history=True)
    P.done()


LANG_NAMES = {"ne": "Nepali", "si": "Sinhala", "ta": "Tamil", "bn": "Bengali", "dz": "Dzongkha", "dv": "Dhivehi", "en": "English"}


def b_translation(env):
    """Localisation shops: scripted translation of UI strings, marketing and documents, office hours."""
    P = Pop(env, "b_translation_shop", "benign")
    r, T = P.rng, P.T
    for f in range(7):
        cc = ["NP", "LK", "LK", "BD", "BD", "MV", "BT"][f]
        org, pay = P.new_org(), P.new_pay()
        tgt = {"NP": ["ne"], "LK": ["si", "ta"], "BD": ["bn"], "MV": ["dv"], "BT": ["dz", "ne"]}[cc]
        tmpl = r.choice(["Translate the following {s} text into {t}. Keep formatting, markdown and placeholders unchanged.\n\n{x}",
                         "You are a professional {t} translator. Translate:\n\"\"\"\n{x}\n\"\"\"",
                         "Translate to {t} (formal register). Return only the translation.\n\n{x}"])
        for _ in range(r.randint(4, 8)):
            a = P.account(cc, (30, 800), org=org, pay=pay, client=r.choice(["sdk:openai-py", "sdk:requests", "sdk:langchain"]),
                          net="res", rpm=200)
            for _s in range(r.randint(1, 4)):
                t = P.t("office", cc)
                ip, asn = P.addr(a)
                for _k in range(r.randint(30, 160)):
                    x = r.choice(T.aw_user + T.chat) if r.random() < 0.8 else local_chat(r, r.choice(["ne", "si", "ta", "bn"]))
                    to = LANG_NAMES[r.choice(tgt)] if x.isascii() else "English"
                    p = tmpl.format(s="English" if x.isascii() else "source", t=to, x=x)
                    P.req(a, t, p, None, "himal-2", CHAT, P.ctok("tr", len(x) // 4), ip=ip, asn=asn)
                    t += int(r.uniform(1.5, 9) * 1000)
    P.done()


BPO_CLIENTS = ["a US mobile carrier", "a UK energy supplier", "an Australian health insurer", "a US airline", "a Singapore e-commerce marketplace"]


def b_bpo(env):
    """Call-centre agent-assist for overseas clients: night shifts, shared office NAT, summaries and reply drafts."""
    P = Pop(env, "b_bpo_agent_assist", "benign")
    r, T = P.rng, P.T
    env.bpo_orgs = []
    for cc, n in (("LK", 60), ("BD", 55), ("NP", 30)):
        org, pay = P.new_org(), P.new_pay()
        office = P.account(cc, (300, 700), org=org, pay=pay, net="res")
        P.accounts.pop()
        env.bpo_orgs.append((cc, org, pay, office.net, office.ip))
        client = r.choice(BPO_CLIENTS)
        sysp = (f"You are an agent-assist copilot for {client} customer support. Summarise the conversation, detect the customer's "
                "intent and sentiment, and suggest the next best action. Follow the client's tone guide. Never promise refunds.")
        for _ in range(n):
            a = P.account(cc, (5, 600), org=org, pay=pay, client="sdk:openai-js", net=None, rpm=120)
            a.net, a.ip, a.asn = office.net, office.ip, office.asn
            for _s in range(r.randint(1, 2)):
                def make(i, prev):
                    x = r.random()
                    if x < 0.5:
                        return (f"Transcript:\nCustomer: {nq_style(r, r.choice(T['nq']))}\nAgent: Let me check that for you.\n"
                                f"Customer: {typo(r, r.choice(T['useri'])[:300], 0.05)}\n\nSummarise and suggest next action."), sysp, "sum"
                    if x < 0.8:
                        return "Draft a polite reply email to this customer message:\n" + r.choice(T.chat)[:1200], sysp, "chat"
                    return "Classify the intent (billing/technical/cancel/other) and sentiment: " + r.choice(T["nq"]), sysp, "json"
                P.session(a, P.t("night", cc), r.randint(20, 90), make, gap=(30, 200), model=("himal-2-mini",))
    P.done()


def b_university(env):
    """Campus networks: students and researchers behind a handful of NAT addresses; some scripted multilingual experiments."""
    P = Pop(env, "b_university", "benign")
    r, T = P.rng, P.T
    for _ in range(300):
        cc = wchoice(r, [("NP", 3), ("LK", 3), ("BD", 3), ("BT", 1)])
        researcher = r.random() < 0.15
        a = P.account(cc, (5, 800), pay="new" if researcher or r.random() < 0.2 else None,
                      client="sdk:openai-py" if researcher else r.choice(["browser", "browser", "sdk:httpx"]), net="uni")
        if researcher:  # low-resource-language NLP experiment: same items across languages and models
            items = r.sample(T["seed"] + T["useri"], r.randint(15, 40))
            langs = r.sample(["ne", "si", "ta", "bn", "dz", "dv", "en"], r.randint(3, 7))
            t = P.t("dev", cc)
            for it in items:
                for lg in langs:
                    p = it if lg == "en" else f"{it}\n\nAnswer in {LANG_NAMES[lg]}."
                    for m in (r.sample(["himal-2", "himal-2-pro", MODEL_NEW], 2) if t > LAUNCH else ["himal-2"]):
                        P.req(a, t, p, None, m, CHAT, P.ctok("chat"))
                        t += int(r.uniform(1.5, 6) * 1000)
        else:
            for _s in range(1 + poisson(r, 1.5)):
                P.session(a, P.t("student", cc), r.randint(1, 8), chat_maker(P, "en", None, 0.4), gap=(30, 300), history=True)
    P.done()


def b_family(env):
    """Households: 2-4 accounts on one shared laptop/tablet, one card, one home connection."""
    P = Pop(env, "b_family_shared", "benign")
    r = P.rng
    for _ in range(130):
        cc = wchoice(r, [("NP", 3), ("LK", 3), ("BD", 3), ("BT", 0.5), ("MV", 0.5)])
        head = P.account(cc, (30, 800), client="browser", net="res")
        home = [head]
        for _m in range(r.randint(1, 3)):
            a = P.account(cc, (1, 700), pay=head.pay if r.random() < 0.8 else None, client=(head.ua, head.dev), net=None)
            a.net, a.ip, a.asn = head.net, head.ip, head.asn
            home.append(a)
        for a in home:
            lang = wchoice(r, COUNTRY_LANGS[cc])
            for _s in range(1 + poisson(r, 1.6)):
                P.session(a, P.t(r.choice(["consumer", "student"]), cc), r.randint(1, 6), chat_maker(P, lang), gap=(20, 200), history=True)
    P.done()


CAFE = ["Write a CV for a {j} applying to work in Qatar", "write application letter for visa appointment", "SEE result 2081 kasari herne",
        "HSC result check korbo kivabe", "translate my passport details to english format", "Write a formal complaint letter to the ward office",
        "Write an email to the embassy asking about my visa status", "make a biodata for marriage in english"]


def b_cybercafe(env):
    """Cyber cafés: one IP, a few shared PCs, many short visits from different people."""
    P = Pop(env, "b_cybercafe", "benign")
    r = P.rng
    for _ in range(12):
        cc = r.choice(["NP", "NP", "BD", "BD", "LK", "BT"])
        base = P.account(cc, (100, 500), net="res")
        P.accounts.pop()
        pcs = [(ua, dev) for ua, dev in ((u, P.hexid("dfp_", 8)) for u in r.sample(
            ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
             "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
             "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0",
             "Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36"], 3))]
        for _v in range(r.randint(15, 32)):
            a = P.account(cc, (0.2, 400), pay=None, client=r.choice(pcs), net=None)
            a.net, a.ip, a.asn = base.net, base.ip, base.asn
            lang = wchoice(r, COUNTRY_LANGS[cc])

            def make(i, prev, lang=lang):
                if r.random() < 0.5:
                    return typo(r, r.choice(CAFE).format(j=r.choice(["driver", "cook", "security guard", "nurse"])), 0.06), None, "chat"
                return casual(P, lang)[0], None, "chat"
            for _s in range(r.randint(1, 2)):
                P.session(a, P.t("consumer", cc), r.randint(1, 4), make, gap=(30, 200))
    P.done()


def b_vpn(env):
    """Privacy-minded users and developers on commercial VPN / WARP exits shared with everyone else."""
    user_pop(env, "b_vpn_users", 240, [("NP", 1), ("LK", 1), ("BD", 1.3), ("MV", 0.3)], "consumer",
             [("browser", 5), ("sdk:openai-py", 3), ("app", 2)], [("vpn", 1)], lam=1.5, pay_p=0.6)


REMIT = ["How much will {a} {c} be in NPR today?", "{c} {a} pathauda kati paucha ghar ma?", "Qatar bata paisa pathauna kati charge lagcha?",
         "আমার টাকা এখনো পৌঁছায়নি, ট্রানজেকশন আইডি {id}", "KYC update garna k k document chaincha?", "bKash e remittance ashbe kokhon?",
         "Tihar agadi paisa pathauda bonus cha?", "What is today's rate for {c} to BDT?", "How do I add a new receiver in the app?",
         "mero transaction pending cha {id}", "Can my father collect cash in Dhanusha without ID?", "টাকা পাঠানোর সর্বোচ্চ সীমা কত?"]


def b_remittance(env):
    """Remittance/fintech chatbots: senders in the Gulf and Malaysia, festival surge before Tihar/Deepavali."""
    P = Pop(env, "b_remittance_bot", "benign")
    r, T = P.rng, P.T
    for cc, vol in (("NP", 3200), ("NP", 1300), ("BD", 2600), ("LK", 900)):
        a = P.account(cc, (150, 800), org=P.new_org(), client=r.choice(["sdk:openai-js", "sdk:go"]), net="cloud", rpm=2000)
        sysp = ("You are the customer assistant of a licensed remittance company. Answer about rates, fees, KYC and transfer "
                "status. Never ask for a PIN or password. Reply in the customer's language.")
        for _ in range(int(vol * r.uniform(0.9, 1.1))):
            host = r.choice(["AE", "QA", "SA", "MY", "MY", "JP", "KR"])
            p = r.choice(REMIT).format(a=r.choice([500, 1000, 1500, 2000, 3500]), c=r.choice(["AED", "QAR", "SAR", "MYR", "JPY"]),
                                       id=r.randrange(10 ** 9, 10 ** 10)) if r.random() < 0.85 else nq_style(r, r.choice(T["nq"]))
            P.req(a, P.t("consumer", host), typo(r, p, 0.05), sysp, "himal-2-mini", CHAT, P.ctok("short"), hidden=r.choice([0, 120, 300]))
    P.done()


def b_service_bots(env):
    """Resort concierges (Maldives), e-commerce/telco/bank support bots, NGO health helplines: fixed system prompt per bot."""
    P = Pop(env, "b_service_bot", "benign")
    r, T = P.rng, P.T
    bots = [("MV", f"You are the virtual concierge of {n} resort. Help guests with dining, excursions, transfers and spa bookings.",
             "flat", r.randint(200, 600)) for n in ("Velaa Lagoon", "Huvan Reef", "Kuda Falhu", "Maafushi Sands", "Raa Atoll Retreat",
                                                   "Baa Coral", "Dhigu Island", "Thulhagiri Palms", "Fesdu Bay", "Hulhumale Breeze",
                                                   "Vilu Point", "Kandoo Isle")]
    bots += [("BD", "You are the support assistant of an online marketplace in Bangladesh. Help with orders, returns and delivery.", "consumer", 2000),
             ("LK", "You are the support assistant of a Sri Lankan telecom operator. Help with packages, bills and roaming.", "consumer", 1500),
             ("NP", "You are the digital assistant of a commercial bank in Nepal. Never ask for passwords or OTP.", "office", 900),
             ("NP", "You are a maternal health information assistant of an NGO in Nepal. Encourage clinic visits; never diagnose.", "consumer", 500),
             ("BD", "You are a health information helpline assistant. Answer in simple Bangla and refer emergencies to 999.", "consumer", 600)]
    for cc, sysp, prof, vol in bots:
        a = P.account(cc, (60, 800), org=P.new_org(), client=r.choice(["sdk:openai-py", "sdk:openai-js", "sdk:axios"]),
                      net=r.choice(["cloud", "host"]), rpm=1500)
        for _ in range(int(vol * r.uniform(0.8, 1.2))):
            x = r.random()
            if cc == "MV":
                p = nq_style(r, r.choice(T["nq"])) if x < 0.3 else r.choice(
                    ["What time is the sunset dolphin cruise?", "Can I book a seaplane transfer for Friday?", "Is the spa open during rain?",
                     "vegetarian options at dinner?", "We want a private sandbank dinner for 2", "Where can I snorkel with turtles?",
                     "late checkout possible?", "Какие экскурсии есть завтра?", "有中文服务吗？"])
            else:
                p = typo(r, casual(P, wchoice(r, COUNTRY_LANGS[cc]))[0], 0.03) if x < 0.6 else r.choice(
                    ["where is my order", "refund not received yet", "how to change delivery address", "package activate korbo kivabe",
                     "data package eka activate wenne na", "mero account block bhayo", "card lost what to do"])
            P.req(a, P.t(prof, cc), p, sysp, "himal-2-mini", CHAT, P.ctok("short" if x > 0.6 else "chat"), hidden=r.choice([0, 200, 600]))
    P.done()
