"""Benign populations, part 2: service accounts, firms, labs, events and tools."""
from __future__ import annotations

from . import content as C
from . import net as N
from . import text as T
from .benign import BD_C, BD_L, PK_C, PK_L, _company, size
from .core import ctok, people
from .world import HOUR, LAUNCH, MIN, pkt, profile

FEWSHOT = ("Question: Ali has 3 packs of 12 pencils and gives away 9. How many pencils are left?\n"
           "Answer: Let's think step by step. 3 x 12 = 36 pencils. 36 - 9 = 27. The answer is 27.\n\n"
           "Question: A rickshaw ride costs Rs 150 plus Rs 40 per km. What does a 6 km ride cost?\n"
           "Answer: Let's think step by step. 40 x 6 = 240. 150 + 240 = 390. The answer is 390.\n\n")


def edtech(g):
    """Two tutoring apps: thousands of students behind a few service accounts and one system prompt."""
    for name, region, nacc, per, sys, langs, ua in (
            ("edtech_service_pk", "pk", 4, 3300, C.SABAQ_SYS, PK_L, "sabaq-backend/2.8.0 aster-python/1.39.0"),
            ("edtech_service_bd", "bd", 3, 2600, C.SHIKKHA_SYS, BD_L, "shikkha-mitra-api/1.14 aster-node/4.9.2")):
        r = g.rng("firm", name)
        org, pay, ips = g.org(), N.payment(r), N.subnet(r, 396982, 4)
        fn = C.student(g, region, langs, popular=0.75, other=0.2)
        prof = profile("student", region, None, "fixed", g.days)
        for i in range(nacc):
            ar = g.rng("acct", name, i)
            a = g.account(name, created=g.created(ar, 200, 600), org=org, pay=pay, nkeys=2,
                          clients=[(ua, "ja4:" + N.JA4["node" if "node" in ua else "py-openssl3"])], net=g.net_fixed(ips),
                          region=region, access="fixed", mkind="service")
            for _ in range(size(g, f"{name}{i}", per)):
                ts = prof.sample(ar)
                p, _s, c = fn(ar, a, ts)
                hdr = f"[grade={ar.randint(6, 12)}][board={ar.choice(['BISE-LHR', 'FBISE', 'BIEK', 'Dhaka', 'Cumilla', 'Rajshahi'])}]"
                g.emit(a, ar, ts, f"{hdr}\n{p}" if ar.random() < 0.7 else p, c, system=sys)


def _run(g, a, rng, start, items, conc, lat, make, model):
    clock = [start + rng.randrange(2000) for _ in range(conc)]
    for j, q in enumerate(items):
        w = j % conc
        p, c = make(q)
        g.emit(a, rng, clock[w], p, c, model=model, status=429 if rng.random() < 0.025 else None)
        clock[w] += int(rng.lognormvariate(lat, 0.5) * 1000)


def evals(g):
    """An AI startup's eval team in Lahore sweeping public benchmarks, before and after the launch."""
    r = g.rng("firm", "eval")
    org, pay, ips = g.org(), N.payment(r), N.subnet(r, 16509, 3)
    accs = []
    for i in range(4):
        ar = g.rng("acct", "eval", i)
        accs.append(g.account("eval_team_batch", created=g.created(ar, 60, 400), org=org, pay=pay,
                              clients=[("lm-eval/0.4.8 OpenAI/Python 1.76.2", "ja4:" + N.JA4["py-openssl3"])],
                              net=g.net_fixed(ips), region="pk", city="lhe", access="fixed", mkind="eval"))
    gsm = T.corpus("gsm8k")[-1000:]
    mth = T.corpus("math")[:500]
    he, mb = T.corpus("humaneval"), T.corpus("mbpp")[:400]
    k_g = lambda q: (FEWSHOT + f"Question: {q}\nAnswer: Let's think step by step.", ctok(r, 190, 0.4))
    k_m = lambda q: (f"Problem:\n{q}\n\nPlease reason step by step, and put your final answer within \\boxed{{}}.", ctok(r, 480, 0.6))
    k_h = lambda q: (f"Complete the following Python function. Return only code.\n```python\n{q}```", ctok(r, 160, 0.5))
    k_b = lambda q: (f"You are an expert Python programmer, and here is your task: {q}", ctok(r, 180, 0.5))
    plan = [(0, pkt(0, 14.2), gsm, 8, 1.6, k_g, "aster-3"), (1, pkt(0, 15.0), mth, 4, 2.2, k_m, "aster-3"),
            (0, pkt(0, 23.6), gsm, 8, 1.8, k_g, "aster-4"), (1, pkt(1, 0.4), mth, 6, 2.4, k_m, "aster-4"),
            (2, pkt(1, 1.1), he, 4, 1.9, k_h, "aster-4"), (2, pkt(1, 2.0), mb, 4, 1.7, k_b, "aster-4"),
            (3, pkt(1, 11.3), he * 3, 6, 1.9, k_h, "aster-4"), (3, pkt(1, 16.0), gsm[:300], 4, 1.6, k_g, "aster-3-pro")]
    for i, (acc, start, items, conc, lat, mk, model) in enumerate(plan):
        _run(g, accs[acc], g.rng("evalrun", i), start, items, conc, lat, mk, model)
    for i, a in enumerate(accs):  # the team also chats with the model while working
        ar = g.rng("evalchat", i)
        for ts in g.sessions(ar, profile("office", "pk", "lhe", "fixed", g.days), 25, (2, 6)):
            g.emit(a, ar, ts, T.typo(ar, T.chat_en(ar, 0.0), 0.2), ctok(ar, 500), client=(N.ua_desktop(ar), N.web_device(ar)))


def labs(g):
    """University labs (NUST, BUET): low-resource NLP research, batch translation, embeddings."""
    for name, region, city, asn, n, lang in (("nust", "pk", "isb", 45773, 18, "Urdu"), ("buet", "bd", "dhk", 63961, 12, "Bengali")):
        r = g.rng("lab", name)
        srv = N.subnet(r, asn, 2)
        wifi = N.pool(r, [asn], 6)
        for i in range(size(g, "lab" + name, n)):
            ar = g.rng("acct", "lab", name, i)
            batch = ar.random() < 0.4
            a = g.account("university_lab", created=g.created(ar, 30, 700), clients=[N.sdk(ar, "httpx")] if batch else
                          g.clients_for(ar, "desktop"), net=g.net_fixed(srv if batch else wifi), region=region, city=city,
                          access="fixed", mkind="dev", pay=N.payment(ar) if ar.random() < 0.3 else None)
            if batch:
                t = profile("night_ops", region, city, "fixed", g.days).sample(ar)
                job = ar.choice(["translate", "embed", "cot"])
                for _ in range(g.count(ar, 220, 0.6, 40, 700)):
                    t += int(ar.lognormvariate(1.2, 0.6) * 1000)
                    if job == "translate":
                        src = T.pick(ar, ar.choice(["nq", "userinst", "seed"]))
                        g.emit(a, ar, t, f"Translate the following text into {lang}. Output only the translation.\n\n{src}", ctok(ar, 90, 0.6))
                    elif job == "embed":
                        g.emit(a, ar, t, T.pick(ar, "nq"), 0, model="aster-embed-2", endpoint="/v1/embeddings")
                    else:
                        g.emit(a, ar, t, f"{T.math_q(ar)}\n\nAnswer in {lang}. Think step by step.", ctok(ar, 520, 0.5))
            for ts in g.sessions(ar, profile("office", region, city, "fixed", g.days), g.count(ar, 15, 0.7, 2, 60), (2, 6)):
                g.emit(a, ar, ts, T.typo(ar, T.chat_en(ar, 0.05), 0.2), ctok(ar, 550))


STARTER = ["Say hello in English and Urdu.", "Summarize this text in 3 bullet points: {t}", "Write a Python function that reverses a string.",
           "Explain what a large language model is in simple words.", "Give me 5 startup ideas for Karachi using AI."]


def bootcamp(g):
    """A Friday GenAI bootcamp at NIC Karachi: everyone signs up at once on the venue wifi."""
    r = g.rng("bootcamp")
    wifi = N.subnet(r, 17557, 2)
    sysp = "You are a helpful assistant. Answer in the language of the question (English or Urdu)."
    colab = N.pool(r, [396982], 30)
    for i in range(size(g, "boot", 140)):
        ar = g.rng("acct", "boot", i)
        created = pkt(1, 9.5) + int(ar.uniform(0, 1.5) * HOUR)
        a = g.account("hackathon_bootcamp", created=created, clients=[N.sdk(ar, "openai-py")], net=g.net_fixed(wifi),
                      region="pk", city="khi", access="fixed", mkind="dev")
        t = created + int(ar.uniform(2, 25) * MIN)
        for j, s in enumerate(STARTER[: ar.randint(3, 5)]):
            t += int(ar.uniform(40, 400) * 1000)
            g.emit(a, ar, t, s.replace("{t}", T.pick(ar, "seed")[:500]), ctok(ar, 150, 0.5), system=sysp)
        colab_ip = ar.choice(colab)
        for _ in range(g.count(ar, 22, 0.5, 3, 80)):
            t += int(ar.lognormvariate(4.3, 0.9) * 1000)
            addr = colab_ip if ar.random() < 0.4 else None
            p = T.everyday(ar, {"en": 0.7, "ru": 0.2, "ur": 0.1}, 0.6) if ar.random() < 0.6 else T.code_q(ar)
            g.emit(a, ar, t, p, ctok(ar, 400), system=sysp if ar.random() < 0.5 else None, addr=addr)


def sellers(g):
    """Prompt-marketplace sellers testing fill-in templates; Daraz sellers writing listings."""
    tmpl = [t for t in T.corpus("awesome") if "${" in t and len(t) < 2500]
    for i in range(size(g, "seller", 6)):
        ar = g.rng("acct", "seller", i)
        region = "pk" if i % 2 == 0 else "bd"
        a = g.account("prompt_seller", created=g.created(ar, 60, 500), pay=N.payment(ar), clients=g.clients_for(ar, "desktop"),
                      net=g.net_home(ar, N.PK_FIXED if region == "pk" else N.BD_FIXED), region=region, access="fixed")
        mine = ar.sample(tmpl, 4)
        for ts in g.sessions(ar, profile("consumer", region, None, "fixed", g.days), g.count(ar, 220, 0.3, 80, 500), (8, 30), (25, 0.6)):
            g.emit(a, ar, ts, T._VAR.sub(lambda m: ar.choice(T.FILL + ["SaaS", "real estate", "10", "Gen Z"]), ar.choice(mine)), ctok(ar, 600))
    people(g, "ecommerce_sellers", size(g, "ecom", 70), region="pk", cities=PK_C + BD_C[:1], access_mix={"fixed": 0.6, "mobile": 0.4},
           curve="consumer", ev=(25, 0.7, 3, 120), per=(3, 12), gap=(40, 0.6), pay_p=0.4,
           content=lambda r, a, ts: (f"Write a Daraz product title and description (Roman Urdu + English) for: {r.choice(C.P.PRODUCTS)}, price Rs {r.randint(5, 90) * 100}", None, ctok(r, 280, 0.4)))


def devs(g):
    """Startups on cloud regions (chatbots, RAG) and staff developers at software houses."""
    n = size(g, "sdk", 230)
    for i in range(n):
        ar = g.rng("acct", "sdk", i)
        region = "pk" if ar.random() < 0.65 else "bd"
        ips = N.subnet(ar, ar.choice([16509, 16509, 396982, 8075, 14061, 24940]), ar.randint(1, 3))
        kind = ar.choice(["aster-py", "openai-py", "aster-node", "langchain", "litellm", "axios", "go", "dart"])
        a = g.account("sdk_cloud_devs", created=g.created(ar, 10, 700), pay=N.payment(ar) if ar.random() < 0.8 else None,
                      clients=[N.sdk(ar, kind)], net=g.net_fixed(ips), region=region, access="fixed", mkind="dev",
                      org=g.org() if ar.random() < 0.5 else None)
        sysp = ar.choice([T.pick(ar, "awesome")[:1500], f"You are {ar.choice(['Zara', 'Bolo', 'Dost', 'Sathi', 'Nova'])}, the assistant of a "
                          f"{ar.choice(['pharmacy chain', 'real-estate portal', 'bank', 'telco', 'food delivery app', 'school'])}. Be brief.", None])
        rag = ar.random() < 0.15
        langs = PK_L if region == "pk" else BD_L
        prof = profile("prod24", region, None, "fixed", g.days)
        for ts in g.sessions(ar, prof, g.count(ar, 22, 1.0, 2, 600), (1, 4), (20, 1.0)):
            if rag and ar.random() < 0.5:
                for k in range(ar.randint(3, 20)):
                    g.emit(a, ar, ts + k * ar.randint(150, 900), T.pick(ar, "awesome")[:800], 0, model="aster-embed-2", endpoint="/v1/embeddings")
                continue
            q = T.everyday(ar, langs, 0.6)
            if rag:
                q = f"Context:\n{T.pick(ar, 'awesome')[:1200]}\n\nQuestion: {q}"
            g.emit(a, ar, ts, q, ctok(ar, 300), system=sysp)
    codef = lambda r, a, ts: ((T.code_q(r) if r.random() < 0.6 else T.typo(r, f"getting this error, fix it:\n{r.choice(ERRORS)}", 0.3)), None, ctok(r, 600))
    for c in range(10):
        r = g.rng("softhouse", c)
        city = r.choice(["khi", "lhe", "isb"])
        _company(g, f"software_house_devs#{c}", size(g, f"sh{c}", r.choice([12, 18, 25, 30, 40])), region="pk", city=city,
                 asn=r.choice([9541, 23674, 17557, 38193]), nips=r.randint(1, 3), curve="office", ev=(30, 0.7, 2, 160),
                 content=codef, cl="sdk:ide", per=(2, 8), gap=(180, 0.8))


ERRORS = ["TypeError: Cannot read properties of undefined (reading 'map')", "django.db.utils.OperationalError: no such table: auth_user",
          "Flutter: RenderFlex overflowed by 42 pixels on the bottom.", "Laravel: SQLSTATE[42S22]: Column not found: 1054 Unknown column 'slug'",
          "ModuleNotFoundError: No module named 'cv2'", "Error: listen EADDRINUSE: address already in use :::3000",
          "java.lang.NullPointerException at com.app.MainActivity.onCreate(MainActivity.java:42)"]


def orgs(g):
    _company(g, "urdu_news_translation", size(g, "news", 18), region="pk", city="lhe", asn=17557, nips=2, curve="office",
             ev=(150, 0.5, 20, 400), content=C.news_translate, cl="desktop", per=(4, 12), gap=(70, 0.6), mkind="consumer")
    _company(g, "survey_coding_ngo", size(g, "ngo", 8), region="bd", city="dhk", asn=17494, nips=1, curve="office",
             ev=(520, 0.4, 150, 1200), content=C.survey, cl="sdk:requests", per=(40, 160), gap=(1.5, 0.4), mkind="service")
    _company(g, "enterprise_sso_isb", size(g, "ent", 240), region="pk", city="isb", asn=53813, nips=6, curve="office",
             ev=(16, 0.7, 1, 90), content=C.everyday({"en": 0.8, "ru": 0.15, "ur": 0.05}, 0.8, 0.05), cl="desktop", per=(1, 5))
    _company(g, "tuition_academy", size(g, "acad", 40), region="pk", city="lhe", asn=17557, nips=1, curve="student",
             ev=(28, 0.6, 3, 120), cl="desktop", per=(3, 10), gap=(100, 0.7), mkind="consumer",
             content=lambda r, a, ts: (r.choice([f"Generate {r.randint(10, 25)} MCQs with answers on {r.choice(['quadratic equations', 'trigonometry', 'kinematics', 'organic chemistry', 'probability'])} for FSc part {r.randint(1, 2)}",
                                                 f"Write a step-by-step marking scheme for this past-paper question:\n{T.math_q(r)}",
                                                 f"Make a worksheet of 10 word problems like this one:\n{T.pick(r, 'gsm8k')}"]), None, ctok(r, 900, 0.5)))
    for i in range(size(g, "bot", 14)):  # Telegram/WhatsApp bots reselling access to many end users
        ar = g.rng("acct", "bot", i)
        region = "pk" if ar.random() < 0.6 else "bd"
        a = g.account("telegram_bot_resellers", created=g.created(ar, 30, 400), pay=N.payment(ar),
                      clients=[(f"python-telegram-bot/21.{ar.randint(3, 10)} aster-python/1.41.0", "ja4:" + N.JA4["py-openssl3"])],
                      net=g.net_fixed(N.subnet(ar, ar.choice([51167, 24940, 14061, 20473]), 1)), region=region, access="fixed")
        prof = profile("consumer", region, None, "fixed", g.days)
        langs = PK_L if region == "pk" else BD_L
        for _ in range(g.count(ar, 420, 0.6, 100, 1800)):
            ts = prof.sample(ar)
            p = T.everyday(ar, langs, 0.5, 0.1) if ar.random() < 0.75 else T.student(ar, T.math_q(ar), T.lang_pick(ar, langs))
            g.emit(a, ar, ts, p, ctok(ar, 320))


def run(g):
    edtech(g)
    evals(g)
    labs(g)
    bootcamp(g)
    sellers(g)
    devs(g)
    orgs(g)
