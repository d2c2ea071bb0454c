"""Distillation campaigns, crude to careful. Each is modelled on how a competitor
would actually run it (infrastructure, payment, scheduling, prompt shaping);
none is tuned against any detector."""
from __future__ import annotations

from .pops_benign import casual
from .pops_common import CHAT, COMP, RESP, Pop, poisson
from .text import (COUNTRY_LANGS, FINAL, LANGS, OPEN, REASON, ROMAN, WRAP, nq_style, perturb, typo, wchoice, wrap)
from .world import DAY, HOUR, LAUNCH, MIN, MODEL_NEW, UA, W0, W_END, ja4

LANG_NAMES = {"ne": "Nepali", "si": "Sinhala", "ta": "Tamil", "bn": "Bengali", "dz": "Dzongkha", "dv": "Dhivehi"}


def para_cot(r, q, heavy=False):
    """A chain-of-thought request assembled from interchangeable pieces (paraphrase to dodge near-duplicate matching)."""
    parts = [r.choice(OPEN), q, r.choice(REASON), r.choice(FINAL)]
    if heavy:
        if r.random() < 0.5:
            parts = [parts[2], parts[0], parts[1], parts[3]]
        if r.random() < 0.3:
            parts.insert(0, r.choice(["hey", "hi there,", "Quick one:", "Need this for my notes.", "ok next"]))
        if r.random() < 0.25:
            parts = [p.lower() for p in parts]
        sep = r.choice(["\n\n", "\n", " ", "\n---\n"])
    else:
        sep = "\n\n"
    return sep.join(p for p in parts if p)


def worker(P, a, n, t0, gap, make, model, ip_fn=None, ua_fn=None, hi=W_END, jitter=0.0, endpoint=CHAT):
    """An automated harvesting loop: n requests from t0, spaced by gap seconds, optional per-request IP/UA rotation."""
    r = P.rng
    t = t0
    ip, asn = P.addr(a)
    for i in range(n):
        if t >= hi:
            break
        p, s, kind = make(i)
        if ip_fn:
            ip, asn = ip_fn()
        m = model(t) if callable(model) else model
        P.req(a, t, p, s, m, endpoint, P.ctok(kind), ip=ip, asn=asn, ua=ua_fn() if ua_fn else None)
        g = r.uniform(*gap)
        t += int(g * 1000 * (1 + jitter * (r.random() - 0.5)))
    return t


def post_launch(r, share):
    return lambda t: MODEL_NEW if t >= LAUNCH and r.random() < share else r.choice(["himal-2-pro", "himal-2"])


def c_crude_cot(env):
    """Crude: 40 fresh accounts, 3 cards, one VPS, one script, one fixed template, datasets in order, round the clock."""
    P = Pop(env, "c_crude_cot_farm", "campaign", "gsm-farm")
    r, T = P.rng, P.T
    cards = [P.new_pay() for _ in range(3)]
    vps = P.account("NP", (1, 6), net="cloud")
    P.accounts.pop()
    items = T["gsm"] + T["math"]
    tmpl = ("Solve the following problem. Think step by step and show all of your reasoning before giving the final answer.\n\n"
            "Problem: {q}\n\nFormat: end with 'Answer: <value>'.")
    for i in range(40):
        a = P.account("NP", (0.5, 6), pay=cards[i % 3], client="sdk:requests", net=None, rpm=30)
        a.net, a.ip, a.asn = vps.net, vps.ip, vps.asn
        base = i * 320
        t = W0 - r.randrange(0, 8 * HOUR)  # the farm was already running before the window opened
        k = n_in = 0
        while t < W_END and n_in < 340:
            end = t + int(r.uniform(1, 5) * HOUR)
            while t < end and n_in < 340:
                P.req(a, t, tmpl.format(q=items[(base + k) % len(items)]), None, post_launch(r, 0.7)(t), CHAT, P.ctok("cot"))
                k += 1
                n_in += t >= W0
                t += int(r.uniform(4, 18) * 1000)
            t += int(r.uniform(0.5, 4) * HOUR)  # script restarted later
    P.done()


def c_rationale(env):
    """Reasoning-trace harvest: asks the model to articulate the reasoning behind a given final answer."""
    P = Pop(env, "c_rationale_harvest", "campaign", "reasoning-trace")
    r, T = P.rng, P.T
    cards = [P.new_pay() for _ in range(5)]
    nets = [n for n in P.W.nets if n.asn in (24940, 16276)]
    ips = [(P.W.new_ip(r, n), n.asn) for n in (r.choice(nets) for _ in range(8))]
    items = T["math"] + T["gsm"] + T.arena_code
    for i in range(60):
        a = P.account(r.choice(["LK", "BD"]), (20, 60), pay=r.choice(cards), client="sdk:httpx", net="cloud", rpm=40)

        def make(j):
            q = r.choice(items)
            ans = ("see the code in the question" if "def " in q or "code" in q.lower() else
                   r.choice([str(r.randint(2, 999)), f"\\frac{{{r.randint(1, 9)}}}{{{r.randint(2, 12)}}}"]))
            return (f"Question:\n{q}\n\nA completed response reached the final answer: {ans}\n\n"
                    "Articulate the internal reasoning behind the completed response and write it out step by step, "
                    "including every intermediate calculation and any checks you would make."), None, "cot"
        for _b in range(r.randint(2, 5)):
            worker(P, a, r.randint(20, 60), P.t("flat", "LK"), (3, 15), make, post_launch(r, 0.5), ip_fn=lambda: r.choice(ips))
    P.done()


def c_launch_rush(env):
    """Accounts registered in the 24 h before the launch, idle, then redirected onto himal-3 within minutes of release."""
    P = Pop(env, "c_launch_rush", "campaign", "himal3-rush")
    r, T = P.rng, P.T
    cards = [P.new_pay() for _ in range(12)]
    ua = "Go-http-client/2.0"
    dev = ja4("custom-go-utls", "1")
    nets = [n for n in P.W.nets if n.asn in (45102, 16509) and n.cc == "SG"]
    ips = [(P.W.new_ip(r, n), n.asn) for n in nets for _ in range(10)]
    for i in range(120):
        created = LAUNCH - DAY + i * 11 * MIN + r.randrange(0, 4 * MIN)
        a = P.account(r.choice(["BD", "NP", "LK"]), created=created, pay=cards[i % 12], client=(ua, dev), net="cloud", rpm=60)
        a.ip, a.asn = r.choice(ips)
        if r.random() < 0.5:  # warm-up
            P.req(a, created + r.randrange(2 * MIN, 40 * MIN), r.choice(["hi", "hello", "test"]), None, "himal-2-mini", CHAT, 8)

        def make(j):
            x = r.random()
            if x < 0.4:
                return r.choice(T["arena"])[:6000] + "\n\nAnswer thoroughly and explain your reasoning.", None, "long"
            if x < 0.7:
                return para_cot(r, r.choice(T["math"])), None, "cot"
            return r.choice(T["humaneval"] + T["mbpp"]) + "\n\nExplain your approach step by step, then give the full code.", None, "code"
        t0 = LAUNCH + int(r.uniform(3, 40) * MIN)
        t = worker(P, a, r.randint(50, 90), t0, (6, 30), make, MODEL_NEW, hi=LAUNCH + 7 * HOUR)
        worker(P, a, r.randint(0, 30), max(t, P.t("flat", "BD", LAUNCH + 7 * HOUR)), (20, 120), make, MODEL_NEW)
    P.done()


def c_hydra(env):
    """Hydra reseller: an 'unlimited AI' Telegram/app service on hundreds of accounts behind a few servers, mixing
    real resold end-user traffic with harvest jobs."""
    P = Pop(env, "c_hydra_reseller", "campaign", "hydra-sathi")
    r, T = P.rng, P.T
    cards = [P.new_pay() for _ in range(25)]
    nets = [n for n in P.W.nets if n.asn == 14061]
    ips = [P.W.new_ip(r, nets[0]) for _ in range(6)]
    sys_user = "You are Sathi AI, a helpful assistant. Answer in the user's language."
    for i in range(450):
        cc = wchoice(r, [("NP", 3), ("BD", 4), ("LK", 2), ("MV", 0.5)])
        a = P.account(cc, (2, 90), pay=cards[i % 25] if r.random() < 0.9 else P.new_pay(), client="sdk:openai-py", net=None, rpm=20)
        a.net, a.ip, a.asn, a.edge = nets[0], r.choice(ips), nets[0].asn, "sin"
        lang_pairs = COUNTRY_LANGS[cc]
        for _k in range(int(r.uniform(25, 55))):
            if r.random() < 0.6:  # resold end-user chat
                p, kind = casual(P, wchoice(r, lang_pairs))
                P.req(a, P.t("consumer", cc), p, sys_user, "himal-2-mini", CHAT, P.ctok(kind), ip=r.choice(ips), asn=a.asn)
            else:  # harvest job slice
                q = r.choice(T["math"] + T["gsm"] + T.arena_code)
                t = P.t("flat", cc, LAUNCH - 2 * HOUR) if r.random() < 0.5 else P.t("flat", cc)
                P.req(a, t, para_cot(r, perturb(r, q, 0.2, 0.3)), None, post_launch(r, 0.8)(t), CHAT, P.ctok("cot"),
                      ip=r.choice(ips), asn=a.asn)
    P.done()


def c_slow_aged(env):
    """Aged sleeper accounts at ~26 requests a day each, home-broadband proxies in the region, own cards, scheduled slots."""
    P = Pop(env, "c_slow_aged", "campaign", "sleeper-aged")
    r, T = P.rng, P.T
    items = T["math"] + T.arena_short + T["mbpp"]
    slots = sorted(r.sample(range(24), 9))
    for i in range(180):
        cc = r.choice(["NP", "LK", "BD"])
        ua = r.choice(UA["chrome-win"])
        a = P.account(cc, (180, 540), client=(ua, ja4("httpx", "python-httpx/0.27.2")), net="res", rpm=10)
        for day in (0, 1):
            n = int(r.gauss(26, 3))
            for k in range(n):
                h = slots[k % len(slots)]
                t = W0 + day * DAY + h * HOUR + r.randrange(0, 15 * MIN) + r.randrange(0, 40) * 1000
                q = perturb(r, r.choice(items), 0.3, 0.5)
                P.req(a, t, para_cot(r, q, heavy=r.random() < 0.5), None, post_launch(r, 0.6)(t), CHAT, P.ctok("cot"))
    P.done()


def c_paraphrase(env):
    """Careful: heavy paraphrase and light augmentation, human-like sessions, rotating regional residential/mobile exits,
    a distinct virtual card and browser identity per account."""
    P = Pop(env, "c_paraphrase_evader", "campaign", "para-mesh")
    r, T = P.rng, P.T
    exits = [n for n in P.W.nets if n.kind in ("res", "mob")]
    items = T["math"] + T["gsm"] + T.arena_code + T["useri"]
    for i in range(100):
        cc = r.choice(["NP", "LK", "BD"])
        a = P.account(cc, (15, 200), client="browser", net="res", rpm=30)

        def ip_fn():
            n = r.choice(exits)
            return (P.W.mobile_addr(r, n) if n.kind == "mob" else P.W.new_ip(r, n)), n.asn
        for _s in range(3 + poisson(r, 6)):
            def make(j):
                q = perturb(r, r.choice(items))
                if r.random() < 0.25:
                    lg = r.choice(["ne", "si", "bn"])
                    return wrap(r, lg, q, 2), None, "cot"
                return typo(r, para_cot(r, q, heavy=True), 0.02), None, "cot"
            worker(P, a, r.randint(3, 12), P.t("consumer", cc), (30, 240), make, post_launch(r, 0.5), ip_fn=ip_fn, jitter=0.8)
    P.done()


def c_multilingual(env):
    """Polyglot sweep: the same items requested in every regional language plus English, through VPN exits."""
    P = Pop(env, "c_multilingual_probe", "campaign", "polyglot-sweep")
    r, T = P.rng, P.T
    cards = [P.new_pay() for _ in range(4)]
    items = T["seed"] + T["useri"] + T.arena_short + T["gsm"][:2000]
    for i in range(70):
        a = P.account(r.choice(["MV", "BT", "LK"]), (5, 45), pay=cards[i % 4], client="sdk:openai-py", net="vpn", rpm=40)
        t = P.t("flat", a.cc)
        for _it in range(r.randint(15, 25)):
            it = r.choice(items)
            for lg in r.sample(list(LANGS), r.randint(4, 6)) + ["en"]:
                if lg == "en":
                    p = it + "\n\nExplain your answer step by step."
                else:
                    p = wrap(r, lg, it, r.choice([1, 3])) if r.random() < 0.6 else f"{it}\n\nRespond only in {LANG_NAMES[lg]}, reasoning step by step."
                ip, asn = P.addr(a)
                P.req(a, t, p, None, post_launch(r, 0.6)(t), CHAT, P.ctok("cot"), ip=ip, asn=asn)
                t += int(r.uniform(2, 20) * 1000)
            t += int(r.uniform(1, 40) * MIN)
            if t >= W_END:
                break
    P.done()


SUBJ = {"Physics": ["Newton's second law", "projectile motion", "Ohm's law", "simple harmonic motion", "Doppler effect", "Bernoulli's principle",
                    "electromagnetic induction", "specific heat capacity", "lens formula", "Kepler's laws"],
        "Chemistry": ["mole concept", "Le Chatelier's principle", "hybridisation", "electrochemical cells", "reaction kinetics",
                      "acid-base titration", "ideal gas law", "organic nomenclature"],
        "Mathematics": ["integration by parts", "binomial theorem", "conditional probability", "complex numbers", "matrices",
                        "arithmetic progressions", "vectors", "differential equations", "permutations", "logarithms"],
        "Biology": ["photosynthesis", "mitosis vs meiosis", "Mendelian inheritance", "the nephron", "enzyme kinetics", "the immune response"],
        "Economics": ["price elasticity", "inflation", "comparative advantage", "fiscal policy", "balance of payments"],
        "Computer Science": ["binary search", "recursion", "dynamic programming", "hash tables", "SQL joins", "TCP handshake", "big-O notation"]}
LEVELS = ["grade 8", "O/L", "A/L", "first-year undergraduate"]
FORMATS = ["Explain {c} ({s}, {l} level). Then give 3 worked examples with full step-by-step solutions and a 5-question quiz with answers.",
           "Teach {c} to a {l} student in {s}: intuition first, then formal definition, then 2 solved problems showing every step.",
           "Write exam-style questions on {c} ({s}, {l}) and solve each one step by step, explaining why each step is valid."]


def c_taxonomy(env):
    """Systematic task-space coverage by an 'ed-tech' front company: subject x concept x level x format grid, office hours."""
    P = Pop(env, "c_taxonomy_sweep", "campaign", "syllabus-grid")
    r = P.rng
    org, pay = P.new_org(), P.new_pay()
    grid = [(s, c, l, f) for s, cs in SUBJ.items() for c in cs for l in LEVELS for f in FORMATS]
    for i in range(50):
        a = P.account("LK", (30, 120), org=org, pay=pay, client="sdk:langchain", net="cloud", rpm=60)
        mine = grid[i::50] * 3
        k = 0
        for day in (0, 1):
            for _b in range(r.randint(2, 4)):
                t = P.t("office", "LK", W0 + day * DAY, W0 + (day + 1) * DAY)

                def make(j):
                    nonlocal k
                    s, c, l, f = mine[k % len(mine)]
                    k += 1
                    return f.format(c=c, s=s, l=l), None, "list"
                worker(P, a, r.randint(15, 35), t, (8, 40), make, post_launch(r, 0.5))
    P.done()


AGENT_SYS = ('You are an autonomous agent. Tools (JSON schema):\n[{"name":"python","parameters":{"code":"string"}},'
             '{"name":"search","parameters":{"query":"string"}},{"name":"calculator","parameters":{"expr":"string"}},'
             '{"name":"read_file","parameters":{"path":"string"}},{"name":"write_file","parameters":{"path":"string","content":"string"}}]\n'
             "Always respond with Thought:, then Action: and Action Input:, or Final Answer:. Explain your reasoning in every Thought.")


def c_agentic(env):
    """Agent-trajectory harvest: full Thought/Action/Observation traces on coding and maths tasks with fake observations."""
    P = Pop(env, "c_agentic_harvest", "campaign", "toolchain-harvest")
    r, T = P.rng, P.T
    orgs = [P.new_org() for _ in range(2)]
    cards = [P.new_pay() for _ in range(2)]
    tasks = T["mbpp"] + T["humaneval"] + T.arena_code + T["gsm"][:1500]
    for i in range(40):
        a = P.account("BD", (10, 90), org=orgs[i % 2], pay=cards[i % 2], client="sdk:litellm", net="cloud", rpm=60)
        for _s in range(r.randint(8, 25)):
            task = r.choice(tasks)

            def make(i, prev, task=task):
                if i == 0:
                    return f"TASK: {task}\nProduce the full trajectory until Final Answer.", AGENT_SYS, "agent"
                return (f"Observation: {r.choice(['Execution OK', 'AssertionError in test 2', '42', 'No results found', 'File saved'])}\n"
                        "Continue. Show your Thought before the next Action."), AGENT_SYS, "agent"
            P.session(a, P.t("flat", "BD"), r.randint(3, 12), make, gap=(2, 12), model=("himal-2-pro",), adopt=0.6, history=True)
    P.done()


def c_resi_rotator(env):
    """Rotating residential proxy network: a new exit (any country) and a new browser string per request."""
    P = Pop(env, "c_resi_rotator", "campaign", "rotor-resi")
    r, T = P.rng, P.T
    exits = [n for n in P.W.nets if n.kind in ("res", "fres")]
    browsers = UA["chrome-win"] + UA["chrome-android"] + UA["mac"] + UA["firefox"] + UA["safari-ios"]
    tmpls = ["{q}\n\nShow the full derivation step by step.", "Show the complete derivation for: {q}", "{q}\nDerive it step by step, then answer."]
    for i in range(140):
        a = P.account(r.choice(["NP", "BD", "LK", "MV"]), (3, 40), client="sdk:go", net="res", rpm=30)

        def ip_fn():
            n = r.choice(exits)
            return P.W.new_ip(r, n), n.asn

        def make(j):
            return r.choice(tmpls).format(q=r.choice(T["math"] + T["gsm"])), None, "cot"
        for _b in range(r.randint(3, 7)):
            worker(P, a, r.randint(5, 15), P.t("flat", a.cc), (10, 90), make, post_launch(r, 0.5), ip_fn=ip_fn,
                   ua_fn=lambda: r.choice(browsers))
    P.done()


def c_sim_farm(env):
    """SIM farm posing as students: Bangla/Banglish wrappers, CGNAT mobile exits, app installs, wallets, evening hours;
    each account walks through its slice of MATH in order."""
    P = Pop(env, "c_sim_farm", "campaign", "simfarm-dhaka")
    r, T = P.rng, P.T
    items = T["math"]
    for i in range(110):
        a = P.account("BD", (20, 150), client="app", net="mob", rpm=20)
        k = i * 45
        for _s in range(r.randint(3, 6)):
            def make(j, prev):
                nonlocal k
                q = items[k % len(items)]
                k += 1
                x = r.random()
                if x < 0.4:
                    return wrap(r, "bn", q, 2), None, "cot"
                if x < 0.7:
                    return r.choice(ROMAN["bn"]) + "\n" + q, None, "cot"
                return q + r.choice([" explain step by step", "\nstep by step please", " full solution dao"]), None, "cot"
            P.session(a, P.t("student", "BD"), r.randint(5, 12), make, gap=(45, 300), model=("himal-2-mini", "himal-2"))
    P.done()


def c_selfinstruct(env):
    """Self-instruct bootstrap: generate new instructions from seed examples, then ask for the outputs."""
    P = Pop(env, "c_selfinstruct_boot", "campaign", "self-instruct-boot")
    r, T = P.rng, P.T
    card = P.new_pay()
    seeds = T["seed"] + T["useri"]
    for i in range(30):
        a = P.account("NP", (5, 60), pay=card, client="sdk:aiohttp", net="cloud", rpm=60)

        def make(j):
            if j % 3 == 0:
                ex = "\n".join(f"{n + 1}. {s[:300]}" for n, s in enumerate(r.sample(seeds, 3)))
                return ("You are asked to come up with a set of 20 diverse task instructions. These task instructions will be given "
                        "to a GPT model and we will evaluate the GPT model for completing the instructions.\n\nHere are the "
                        f"requirements: ... List of 20 tasks:\n{ex}\n4."), None, "list"
            ins = perturb(r, r.choice(seeds), 0.3, 0.6)
            return f"Instruction: {ins}\nOutput: (think step by step, then give a high-quality answer)", None, "chat"
        for _b in range(r.randint(3, 6)):
            worker(P, a, r.randint(25, 60), P.t("flat", "NP"), (1.5, 8), make, post_launch(r, 0.6), endpoint=r.choice([CHAT, RESP]))
    P.done()


def c_pairwise(env):
    """Preference-pair harvest: the same prompt several times and on two models, plus judge requests."""
    P = Pop(env, "c_pref_pairs", "campaign", "pairwise-judge")
    r, T = P.rng, P.T
    cards = [P.new_pay() for _ in range(3)]
    for i in range(40):
        a = P.account(r.choice(["LK", "NP"]), (10, 80), pay=cards[i % 3], client="sdk:openai-py", net="cloud", rpm=60)
        t = P.t("flat", a.cc)
        for _it in range(r.randint(25, 45)):
            p = r.choice(T["arena"])[:5000]
            for m in ["himal-2-pro"] * r.randint(1, 2) + ([MODEL_NEW] * r.randint(1, 2) if t > LAUNCH else ["himal-2"]):
                P.req(a, t, p, None, m, CHAT, P.ctok("long"))
                t += int(r.uniform(1, 6) * 1000)
            if r.random() < 0.5:
                P.req(a, t, f"[Question]\n{p[:2000]}\n\n[Response A]\n...\n\n[Response B]\n...\n\nWhich response is better? "
                      "Reason step by step before giving your verdict as [[A]] or [[B]].", None, "himal-2-pro", CHAT, P.ctok("cot"))
            t += int(r.uniform(0.5, 25) * MIN)
            if t >= W_END:
                break
    P.done()


def c_bpo_sideline(env):
    """Insiders at a real BPO run harvest jobs on the company's org, card and office NAT during night shifts."""
    P = Pop(env, "c_bpo_sideline", "campaign", "night-shift-side")
    r, T = P.rng, P.T
    cc, org, pay, net, ip = env.bpo_orgs[1]
    for i in range(24):
        a = P.account(cc, (5, 300), org=org, pay=pay, client="sdk:openai-py", net=None, rpm=60)
        a.net, a.ip, a.asn = net, ip, net.asn

        def make(j):
            q = r.choice(T["math"] + T["humaneval"] + T["mbpp"])
            return para_cot(r, q), None, "cot"
        for _b in range(r.randint(2, 4)):
            worker(P, a, r.randint(30, 60), P.t("night", cc), (6, 30), make, post_launch(r, 0.4))
    P.done()


def c_freetier(env):
    """Free-tier swarm: hundreds of card-less accounts, each small, from VPN and cheap broadband exits."""
    P = Pop(env, "c_freetier_swarm", "campaign", "free-swarm")
    r, T = P.rng, P.T
    for i in range(320):
        cc = r.choice(["NP", "BD", "LK", "BT"])
        wave = W0 - int(r.choice([1, 3, 6, 9]) * DAY) + r.randrange(0, 3 * HOUR)
        a = P.account(cc, created=wave, pay=None, client="sdk:requests", net=r.choice(["vpn", "vpn", "res"]), rpm=10)

        def make(j):
            q = nq_style(r, r.choice(T["nq"]))
            return (f"{q}\n\nAnswer with detailed step-by-step reasoning. Return JSON: "
                    '{"question": ..., "reasoning_steps": [...], "answer": ...}'), None, "cot"
        for _b in range(r.randint(1, 3)):
            worker(P, a, r.randint(3, 7), P.t("flat", cc), (5, 60), make, "himal-2-mini")
    P.done()


CAMPAIGNS = [c_crude_cot, c_rationale, c_launch_rush, c_hydra, c_slow_aged, c_paraphrase, c_multilingual, c_taxonomy,
             c_agentic, c_resi_rotator, c_sim_farm, c_selfinstruct, c_pairwise, c_bpo_sideline, c_freetier]
