"""Benign templated pipelines: BPO call QA, news translation, SEO agencies,
CI regression suites and hackathon workshops (new accounts, one room, one script)."""
from __future__ import annotations

from . import devices, phrases as ph
from .networks import FIXED, shared_nat
from .popkit import SharedNat, created_ago, stream
from .world import (END_MS, EP_BATCH, EP_CHAT, HOUR, LAUNCH_MS, M_FLASH, M_MINI, M_PRO, START_MS, TZ, hexid, sample_ts,
                    session, status_for)

BPOS = [("PK", "Karachi", "night", "a US health-insurance client"), ("PK", "Lahore", "night", "a US telecom client"),
        ("PK", "Islamabad", "office", "a UK energy supplier"), ("BD", "Dhaka", "night", "a US e-commerce client"),
        ("BD", "Dhaka", "office", "an Australian retailer"), ("BD", "Chattogram", "night", "a Canadian bank")]


def bpo(W):
    rng = W.ctx.rng("bpo")
    for cc, city, prof, client in BPOS:
        org, pay = W.ctx.org(rng), W.ctx.pay(rng)
        nat = shared_nat(W.nets, rng, W.nets.pick(rng, FIXED, cc), 2)
        ua = "qa-summarizer/%d.%d (%s) python-httpx/0.28.1" % (rng.randint(1, 4), rng.randrange(10), city)
        hosts = [(ip, (ua, "dv_" + hexid(rng, 20))) for ip in nat]
        sysm = ph.CALL_SYS.format(co=client)
        for _ in range(8):
            a = W.ctx.account(rng, "bpo_call_centre_automation", org=org, pay=pay, created=created_ago(rng, 60, 800))
            stream(W, rng, a, rng.randint(90, 220), lambda r, t: (ph.transcript(r), sysm, EP_CHAT, r.randint(90, 220)),
                   tz=TZ[cc], profile=prof, hosts=hosts, weights=(0.0, 0.3, 0.7))


def translation(W):
    rng = W.ctx.rng("newsrooms")
    for k, (cc, target) in enumerate((("PK", "Urdu"), ("BD", "Bengali"), ("PK", "Urdu"))):
        org, pay = W.ctx.org(rng), W.ctx.pay(rng)
        hosts = [(W.nets.addr(rng, rng.choice(("aws", "digitalocean"))), devices.client(rng, ["py_sdk", "requests"]))]
        for _ in range(rng.randint(3, 4)):
            a = W.ctx.account(rng, "newsroom_translation_pipelines", org=org, pay=pay, created=created_ago(rng, 100, 900))

            def make(r, t):
                art = W.c.pick(r, r.choice(("user", "seed", "persona")))
                p = "Translate the following text into %s for a news website. Keep proper nouns in Latin script.\n\n%s" % (target, art)
                return p, None, r.choice((EP_CHAT, EP_BATCH)), int(len(art.encode()) / 2.2) + 20
            stream(W, rng, a, rng.randint(250, 500), make, tz=TZ[cc], profile="office", hosts=hosts, weights=(0.2, 0.7, 0.1))


KW_A = ["best", "cheap", "top 10", "how to choose", "affordable", "luxury", "wholesale"]
KW_CITY = ["Lahore", "Karachi", "Dhaka", "Dubai", "London", "Toronto", "Chittagong", "Islamabad", "Sylhet", "Faisalabad"]


def seo(W):
    rng = W.ctx.rng("seo")
    for k in range(5):
        cc = "PK" if k < 3 else "BD"
        org, pay = W.ctx.org(rng), W.ctx.pay(rng)
        nat = SharedNat(shared_nat(W.nets, rng, W.nets.pick(rng, FIXED, cc), 2))
        tmpl = rng.choice(["Write a {n}-word SEO-optimized article about '{kw}'. Include a meta description, H2/H3 headings, and an FAQ section.",
                           "Act as an SEO expert. Article: {kw}. Length {n} words. Tone: friendly. Add 5 FAQs and a conclusion.",
                           "Generate a blog post ({n} words) targeting the keyword \"{kw}\" for readers in {city}."])
        cl = devices.client(rng, ["requests", "py_sdk"])
        for _ in range(8):
            a = W.ctx.account(rng, "seo_content_agency", org=org, pay=pay, created=created_ago(rng, 30, 500))

            def make(r, t):
                kw = "%s %s in %s" % (r.choice(KW_A), r.choice(ph.PRODUCTS), r.choice(KW_CITY))
                return tmpl.format(n=r.choice((800, 1200, 1500, 2000)), kw=kw, city=r.choice(KW_CITY)), None, EP_CHAT, r.randint(1200, 3200)
            stream(W, rng, a, rng.randint(30, 90), make, tz=TZ[cc], profile="office", hosts=[(nat.at(rng, 0), cl)])


CI_SUITE = ["Reply with exactly: OK", "What is 2+2? Answer with a number only.", "Return a JSON object with keys name and age for Ali, 31.",
            "Translate 'good morning' to Urdu.", "Translate 'thank you' to Bengali.", "Summarise: The quick brown fox jumps over the lazy dog.",
            "Classify the sentiment: 'delivery was late but the product is great'", "Extract the phone number: call me at 0300-1234567",
            "You are a test. Say hello in Roman Urdu.", "List three colours as a JSON array."]


def ci(W):
    rng = W.ctx.rng("ci")
    for k in range(15):
        a = W.ctx.account(rng, "ci_regression_suites", created=created_ago(rng, 60, 900))
        suite = rng.sample(CI_SUITE, rng.randint(4, 9)) + [W.c.pick(rng, "seed") for _ in range(rng.randint(2, 10))]
        sysm = rng.choice([None, "You are a deterministic test harness assistant.", "Answer concisely."])
        ua = devices.ua(rng, ["httpx", "node_sdk", "py_sdk"])
        cc = rng.choice(("PK", "BD", "UK"))
        for _ in range(rng.randint(6, 22)):
            t = sample_ts(rng, TZ[cc], "office")
            addr, dev = W.nets.addr(rng, "azure"), "dv_" + hexid(rng, 20)  # fresh runner per job
            for p, tt in zip(suite, session(rng, t, len(suite), 0.8, 0.3)):
                model = rng.choice((M_MINI, M_FLASH)) if tt < LAUNCH_MS or rng.random() < 0.5 else "dariya-3-pro"
                W.ctx.emit(a, tt, addr, (ua, dev), p, system=sysm, model=model, ctok=rng.randint(2, 60),
                           status=status_for(rng, tt, model))


WORKSHOP = [("You are a helpful assistant.", "Hello! Write a haiku about {city}."),
            (None, "Summarise in one sentence: Artificial intelligence is changing how students learn, but it also raises questions about honesty."),
            (None, "Write a Python function that checks if a number is prime."),
            ("You are a tutor who answers in {lang}.", "Explain what a large language model is."),
            (None, "Give me 3 ideas for a hackathon project about agriculture in {country}."),
            ("Reply only in JSON.", "Extract name and city: 'My name is Ayesha and I live in {city}.'")]


def hackathon(W):
    """Two workshops: accounts created minutes before, one Wi-Fi, the instructor's exact prompts in lock-step."""
    rng = W.ctx.rng("workshops")
    for name, cc, net, start, n, city, lang in (("buet_cse_fest", "BD", "bdren", START_MS + 9 * HOUR, 72, "Dhaka", "Bengali"),
                                                ("nust_genai_workshop", "PK", "pern", LAUNCH_MS, 64, "Islamabad", "Urdu")):
        nat = shared_nat(W.nets, rng, net, 2)
        ua = devices.ua(rng, ["py_sdk"])
        for _ in range(n):
            a = W.ctx.account(rng, "hackathon_workshop_attendees", created=start - int(rng.uniform(0.1, 1.5) * HOUR), pay=None)
            dev = "dv_" + hexid(rng, 20)
            t = start + int(rng.uniform(10, 25) * 60000)
            for k, (sysm, p) in enumerate(WORKSHOP):
                t = start + k * 12 * 60000 + int(rng.uniform(20, 400) * 1000)
                for _ in range(rng.choice((1, 1, 1, 2))):
                    W.ctx.emit(a, t, rng.choice(nat), (ua, dev), p.format(city=city, lang=lang, country="Pakistan" if cc == "PK" else "Bangladesh"),
                               system=sysm and sysm.format(lang=lang), model=M_FLASH, ctok=rng.randint(30, 400))
                    t += int(rng.uniform(5, 60) * 1000)
            for tt in session(rng, t + 600000, rng.randint(3, 25), 90):
                if tt < END_MS:
                    W.ctx.emit(a, tt, rng.choice(nat) if tt < start + 4 * HOUR else W.nets.addr(rng, "grameen" if cc == "BD" else "jazz"),
                               (ua, dev), W.c.pick(rng, rng.choice(("chat", "arena_code"))), model=rng.choice((M_FLASH, M_PRO)),
                               ctok=rng.randint(100, 1200))
