"""Benign populations of people: students, cafés, launch night, freelancers, sellers."""
from __future__ import annotations

from . import text as X
from .common import chat_model, general_chat, run, task, wrap
from .world import APP_UA, DAY, H, LAUNCH, PH_HOME, PH_MOBILE, T0, World, rand_ip

CAMPUS = {"UP": 9821, "Ateneo": 38205, "DLSU": 132225, "UST": 131279, "NUS": 7472, "UI": 3382, "HCMUT": 38731}
SEA = {"NUS": (8, [7473, 4657], X.STUDENT_EN, None), "UI": (7, [23693, 7713], X.STUDENT_ID, X.CHAT_ID),
       "HCMUT": (7, [7552, 45899, 18403], X.STUDENT_VI, X.CHAT_VI)}


def _campus_net(w: World, r, campus: str, mobiles: list[int]):
    asn = CAMPUS[campus]
    nat = [rand_ip(w.rng("campus-nat", campus), asn, v6=False) for _ in range(6)]
    mob = w.net_mobile(mobiles)
    return lambda rr: (rr.choice(nat), asn) if rr.random() < 0.45 else mob(rr)


def students(w: World, pop: str, n: int, campuses: list[str]) -> None:
    r = w.rng(pop)
    for _ in range(n):
        c = r.choice(campuses)
        tz, mobiles, tmpl, local = SEA.get(c, (8, PH_MOBILE + [9299], None, X.CHAT_TL))
        tmpl = tmpl or (X.STUDENT_TL if r.random() < 0.5 else X.STUDENT_EN)
        app = r.random() < 0.4
        ua, dev = (r.choice(APP_UA), w.new_id(r, "dev")) if app else w.browser(r)
        a = w.account(r, pop, tz=tz, ua=ua, device=dev, net=_campus_net(w, r, c, mobiles), retry="web",
                      created=w.created_ago(r, 5, 900), endpoint="/app/chat" if app else "/web/chat")
        srcs = r.sample(["gsm8k", "math", "mbpp", "svamp", "humaneval"], 2)

        def pick(rr, ts, srcs=srcs, tmpl=tmpl, local=local):
            if rr.random() < 0.55:
                _, q = task(w, rr, srcs, [3, 1])
                return wrap(rr, tmpl, q), None, chat_model(rr, ts, 0.15, 0.1), 450
            return general_chat(w, rr, nq=0.2, local=local, p_local=0.15), None, chat_model(rr, ts), 350

        run(w, r, a, "student", r.uniform(0.6, 1.6), (1, 9), 120, pick, think_s=(10, 120))


def pisonet(w: World) -> None:
    r = w.rng("pisonet_cafes")
    for cafe in range(11):
        asn = r.choice(PH_HOME)
        ip = [rand_ip(r, asn, v6=False)]
        pcs = [(r.choice(X_BROWSERS(w)), w.new_id(r, "dev")) for _ in range(r.randint(5, 9))]
        for _ in range(r.randint(16, 28)):
            ua, dev = r.choice(pcs)
            a = w.account(r, "pisonet_cafes", tz=8, ua=ua, device=dev, net=w.net_fixed(ip, asn), retry="web",
                          created=w.created_ago(r, 1, 300), endpoint="/web/chat")

            def pick(rr, ts):
                if rr.random() < 0.45:
                    _, q = task(w, rr, ["gsm8k", "svamp", "math"], [3, 2, 1])
                    return wrap(rr, X.STUDENT_TL + X.STUDENT_EN, q), None, "tala-2-lite", 400
                return general_chat(w, rr, nq=0.25, local=X.CHAT_TL, p_local=0.25), None, "tala-2-lite", 300

            for sess in w.sessions(r, a, "evening", 0.9, (2, 10), 90):
                a.ua, a.device = r.choice(pcs)  # whichever machine was free
                net, done = a.net(r), 0
                for ts in sess:
                    ts = max(ts, done + r.randint(5_000, 60_000))
                    if ts < w.end:
                        p, s, m, o = pick(r, ts)
                        done = w.req(r, a, ts, p, s, m, net=net, out_mean=o)


def X_BROWSERS(w: World) -> list[str]:
    from .world import BROWSER_UA
    return [u for u in BROWSER_UA if "Windows" in u]


PUZZLES = ["How many r's are in 'strawberry'? Think carefully.", "I have 3 apples, I eat 2 bananas. How many apples?",
           "Prove that there are infinitely many primes, then give a variant for primes of the form 4k+3.",
           "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much is the ball?",
           "Solve the Monty Hall problem with 4 doors where the host opens 2.", "Which is bigger, 9.11 or 9.9?",
           "Write a function to check if a Sudoku board is valid, then explain its complexity.",
           "ano ang mas mabigat, 1 kilo ng bakal o 1 kilo ng bulak? explain mo"]


def launch_tryers(w: World) -> None:
    r = w.rng("launch_tryers")
    regions = [(8, PH_HOME + PH_MOBILE, 0.35), (-4, [7922, 701], 0.35), (8, [7473, 4657], 0.15), (10, [1221, 7545], 0.1),
               (7, [23693, 7552], 0.05)]
    for _ in range(560):
        tz, asns, _w = r.choices(regions, [x[2] for x in regions])[0]
        new = r.random() < 0.6
        api = r.random() < 0.45
        ua, dev = w.sdk(r) if api else w.browser(r)
        created = LAUNCH + int(r.gauss(1.5, 2.0) * H) if new else w.created_ago(r, 10, 700)
        a = w.account(r, "launch_tryers", tz=tz, ua=ua, device=dev, net=w.net_home(r, r.choice(asns), asns, 0.3),
                      created=created, endpoint="/v1/chat/completions" if api else "/web/chat", retry="sdk" if api else "web",
                      card=w.new_id(r, "card") if api or r.random() < 0.3 else None)
        start = max(LAUNCH, created) + int(r.expovariate(1 / 1.5) * H)
        if not new and r.random() < 0.06:  # eager: tries the model id before it is live (404)
            start = LAUNCH - r.randrange(25 * 60_000)

        def pick(rr, ts):
            x = rr.random()
            if x < 0.25:
                q = rr.choice(PUZZLES)
            elif x < 0.55:
                _, q = task(w, rr, ["math", "gsm8k", "humaneval"], [3, 1, 1])
            else:
                q = rr.choice(w.corp["arena_short"])
            return q, None, "tala-3" if rr.random() < 0.85 else "tala-2", 400

        run(w, r, a, "flat", 1.0, (3, 14), 60, pick, days=range(1, 2) if start < w.end else range(0), start=start)
        for sess in [[start + i * r.randint(20_000, 200_000) for i in range(r.randint(2, 8))]]:
            done = 0
            for ts in sess:
                ts = max(ts, done + 3000)
                if ts < w.end:
                    p, s, m, o = pick(r, ts)
                    done = w.req(r, a, ts, p, s, m, out_mean=o)


def freelancers(w: World, pop: str, n: int, kind: str) -> None:
    r = w.rng(pop)
    for _ in range(n):
        asn = r.choice(PH_HOME)
        api = kind == "code" or r.random() < 0.2
        ua, dev = w.sdk(r) if api else w.browser(r, mobile=False)
        a = w.account(r, pop, tz=8, ua=ua, device=dev, net=w.net_home(r, asn, PH_MOBILE, 0.15), card=w.new_id(r, "card"),
                      created=w.created_ago(r, 20, 900), endpoint="/v1/chat/completions" if api else "/web/chat",
                      retry="sdk" if api else "web")
        lang = r.choice(list(X.TRANSLATE))

        def pick(rr, ts, lang=lang):
            if kind == "translate":
                src = rr.choice(w.corp["chat"] + w.corp["self_instruct_seed_tasks"])
                return wrap(rr, X.TRANSLATE[lang], src[:1500]), None, "tala-2", 350
            if kind == "sellers":
                return (rr.choice(X.LISTING).format(lang=rr.choice(["English", "Taglish", "Bahasa Indonesia", "Vietnamese"]),
                                                    p=X.product(rr)), rr.choice([None, X.SHOP_SYS]), "tala-2-lite", 280)
            if kind == "code" and rr.random() < 0.3:
                _, q = task(w, rr, ["mbpp", "humaneval"])
                return q, None, chat_model(rr, ts, 0.25), 500
            return rr.choice(w.corp["arena_short"] + w.corp["awesome_short"]), None, chat_model(rr, ts, 0.2), 500

        prof = r.choice(["night", "office", "evening"]) if kind != "sellers" else "casual"
        run(w, r, a, prof, r.uniform(1, 2.5), (2, 12) if kind != "sellers" else (5, 30), 60 if kind != "sellers" else 15, pick)


def office_and_mobile(w: World, pop: str, n: int, mobile: bool) -> None:
    r = w.rng(pop)
    regions = [(8, [7473, 4657], None, 0.3), (8, [4788], None, 0.15), (7, [23693, 7713], X.CHAT_ID, 0.25),
               (7, [7552, 45899, 18403], X.CHAT_VI, 0.15), (8, PH_MOBILE + PH_HOME, X.CHAT_TL, 0.15)]
    for _ in range(n):
        tz, asns, local, _x = r.choices(regions, [x[3] for x in regions])[0]
        if mobile:
            ua, dev, net, ep = r.choice(APP_UA), w.new_id(r, "dev"), w.net_mobile([x for x in asns] + PH_MOBILE[:0]), "/app/chat"
        else:
            ua, dev = w.browser(r, mobile=False)
            net, ep = w.net_fixed([rand_ip(r, asns[0], v6=False)], asns[0]), "/web/chat"
        a = w.account(r, pop, tz=tz, ua=ua, device=dev, net=net, retry="web", endpoint=ep, created=w.created_ago(r, 3, 800),
                      card=w.new_id(r, "card") if r.random() < 0.3 else None)

        def pick(rr, ts, local=local):
            return general_chat(w, rr, nq=0.45 if mobile else 0.25, local=local, p_local=0.3), None, chat_model(rr, ts, 0.1, 0.4), 300

        run(w, r, a, "casual" if mobile else "office", r.uniform(0.5, 1.8), (1, 6), 60, pick, think_s=(5, 90))


def tutoring_centres(w: World) -> None:
    r = w.rng("tutoring_centres")
    for c in range(4):
        asn = r.choice(PH_HOME)
        ip, org, card = [rand_ip(r, asn, v6=False)], w.new_id(r, "org"), w.new_id(r, "card")
        src = r.choice(["math", "gsm8k"])
        cursor = r.randrange(len(w.corp[src]) - 2000)  # working through a problem book in order
        for _ in range(5):
            ua, dev = w.browser(r, mobile=False)
            a = w.account(r, "tutoring_centres", tz=8, ua=ua, device=dev, net=w.net_fixed(ip, asn), org=org, card=card,
                          created=w.created_ago(r, 60, 600), endpoint="/web/chat", retry="web")

            def pick(rr, ts, src=src):
                nonlocal cursor
                cursor += 1
                q = w.corp[src][cursor]
                return rr.choice(["", "Make a worked solution for a handout: ", "Explain for Grade 10: "]) + q, X.TUTOR_SYS, "tala-2", 600

            run(w, r, a, "office", 1.5, (10, 40), 50, pick)


def uni_nlp_lab(w: World) -> None:
    r = w.rng("uni_nlp_lab")
    org, card = w.new_id(r, "org"), w.new_id(r, "card")
    nat = [rand_ip(r, 7472, v6=False) for _ in range(3)]
    variants = ["Let's think step by step.", "Let's work this out in a step by step way to be sure we have the right answer.",
                "Take a deep breath and work on this problem step-by-step.", "First, list the known quantities. Then solve.",
                "Answer with only the number."]
    subset = w.corp["svamp"][:300] + w.corp["gsm8k"][-300:]
    for _ in range(12):
        ua, dev = w.sdk(r, [10, 0, 0, 8, 3, 0, 0, 0])
        a = w.account(r, "uni_nlp_lab", tz=8, ua=ua, device=dev, net=w.net_fixed(nat, 7472), org=org, card=card,
                      created=w.created_ago(r, 30, 500))
        for _ in range(r.randint(1, 3)):
            v = r.choice(variants)
            t = T0 + r.randrange(w.days * DAY)
            model = chat_model(r, t, 0.4, 0.5)
            for q in r.sample(subset, r.randint(60, 200)):
                t += r.randint(300, 4000)
                if t < w.end:
                    w.req(r, a, t, f"Q: {q}\nA: {v}", None, model, out_mean=250)


def bootcamp(w: World) -> None:
    r = w.rng("bootcamp_cohorts")
    for cohort, start_h in ((0, 9.5), (1, 18.5)):
        ip, asn = [rand_ip(r, 17639, v6=False)], 17639
        accts = []
        for _ in range(30):
            ua, dev = w.browser(r, mobile=False)
            accts.append(w.account(r, "bootcamp_cohorts", tz=8, ua=ua, device=dev, net=w.net_fixed(ip, asn),
                                   created=w.created_ago(r, 14, 40), endpoint="/web/chat", retry="web"))
        for d in range(w.days):
            t = T0 + d * DAY + int(start_h * H)
            for ex in range(r.randint(6, 10)):  # instructor: "now ask the assistant about this exercise"
                q = r.choice(w.corp["mbpp"])
                t += r.randint(12, 25) * 60_000
                for a in accts:
                    if r.random() < 0.75:
                        ts = t + int(r.expovariate(1 / 150) * 1000)
                        p = wrap(r, ["{q}", "{q}\nExplain the solution step by step.", "Why does my code fail? {q}",
                                     "pa-explain po: {q}"], q)
                        done = w.req(r, a, ts, p, None, "tala-2", out_mean=500)
                        if r.random() < 0.4:
                            w.req(r, a, done + r.randint(20_000, 200_000), general_chat(w, r, nq=0.1), None, "tala-2")


def agent_devs(w: World) -> None:
    r = w.rng("agent_devs")
    for _ in range(150):
        cloud = r.random() < 0.5
        ua, dev = w.sdk(r)
        net = w.net_cloud(r, r.choice([14061, 16509, 20473, 63949]), 1) if cloud else w.net_home(r, r.choice(PH_HOME + [7473, 4788]))
        a = w.account(r, "agent_devs", tz=8, ua=ua, device=dev, net=net, card=w.new_id(r, "card"), created=w.created_ago(r, 15, 700))
        for sess in w.sessions(r, a, "evening", 2.0, (1, 4), 300):
            for t in sess:  # one agent run per session start
                goal = r.choice(w.corp["chat"])[:1200]
                model = chat_model(r, t, 0.3, 0.2)
                ctx = f"Goal: {goal}"
                for step in range(1, r.randint(3, 12)):
                    if t >= w.end:
                        break
                    t = w.req(r, a, t, ctx, X.AGENT_SYS, model, out_mean=180) + r.randint(200, 6000)
                    ctx = ctx[-3000:] + "\n" + X.tool_result(r, step)


def build(w: World) -> None:
    students(w, "students_ph", 620, ["UP", "Ateneo", "DLSU", "UST"])
    students(w, "students_sea", 430, ["NUS", "UI", "HCMUT"])
    pisonet(w)
    launch_tryers(w)
    freelancers(w, "freelancers_upwork", 300, "code")
    freelancers(w, "translators", 140, "translate")
    freelancers(w, "ecommerce_sellers", 260, "sellers")
    office_and_mobile(w, "office_workers_sea", 420, False)
    office_and_mobile(w, "mobile_casual", 560, True)
    tutoring_centres(w)
    uni_nlp_lab(w)
    bootcamp(w)
    agent_devs(w)
