"""Benign populations at work: fintech developers, BPO agents, data labellers,
newsrooms, NLP researchers, a coding bootcamp, VPN-using developers."""
from __future__ import annotations

import random

from . import corpus as C
from .benign_people import CHAT, chat_model, pick_city
from .networks import BIZ_BY_COUNTRY, FIBRE_BY_CITY, SDKS, Kit, browser, fixed_ips, person_kits
from .world import CITIES, Sink, card, org_id, run_sessions

# (name, city, devs, site) -- site: own office on the business ISP, or a desk at the tech hub
FINTECHS = [("kudipay", "Lagos", 40, "office"), ("owoflow", "Lagos", 34, "office"), ("ajo-ledger", "Lagos", 18, "hub"),
            ("naira-rails", "Lagos", 26, "office"), ("paddi", "Lagos", 12, "hub"), ("susu-stack", "Accra", 14, "office"),
            ("mkopo-labs", "Nairobi", 30, "office"), ("chama-api", "Nairobi", 16, "hub"), ("arewa-pay", "Abuja", 15, "office"),
            ("yaba-remit", "Lagos", 10, "hub"), ("ibile-credit", "Ibadan", 9, "office"), ("lipa-later", "Nairobi", 20, "office")]
HUB_NET = {"NG": "ng_hub", "KE": "ke_hub", "GH": "gh_biz"}


def office_kit(city: str, company: str, site: str, ua: str, dev: str | None) -> Kit:
    """The company's NAT: its own business line, or the shared hub NAT (all tenants)."""
    country = CITIES[city][1]
    if site == "hub":
        net = HUB_NET[country]
        return Kit("fixed", city, ua, dev, net=net, ips=fixed_ips(net, "hub-nat", 3), who=company)
    net = BIZ_BY_COUNTRY[country]
    return Kit("fixed", city, ua, dev, net=net, ips=fixed_ips(net, company, 2), who=company)


FINTECH_Q = [
    "Write a Go function that verifies a webhook HMAC-SHA512 signature from our payment provider.",
    "Regex to validate Nigerian phone numbers with +234 or 0 prefix.",
    "Explain idempotency keys for a transfers API and how to store them in Postgres.",
    "Write a SQL query to reconcile settlement records against transactions where amounts differ by more than 1 kobo.",
    "Why does my Kotlin coroutine keep leaking when the Android activity is destroyed?",
    "Draft a KYC onboarding checklist (BVN, NIN, address) for a CBN-licensed microfinance bank.",
    "Write pytest tests for a function that splits a bill among friends in kobo without losing a kobo.",
    "Our M-Pesa STK push callbacks arrive twice sometimes. How do we make the handler safe?",
]


def fintech_devs(sink: Sink) -> None:
    rng = sink.rng
    for company, city, n, site in FINTECHS:
        tz, country = CITIES[city]
        org, pay = org_id(company), card(company)
        for i in range(n):
            who = f"{company}:dev{i}"
            acct = sink.account(sink.created_ago(40, 1100), "team", org=org, pay=pay, nkeys=rng.randint(1, 3))
            b = rng.choice(["chrome_win", "safari_mac", "safari_mac", "firefox_linux", "chrome_win"])
            sdk = SDKS[rng.choice(["py", "node", "openai_py", "go", "curl"])]
            kits = [office_kit(city, company, site, *browser(b)), office_kit(city, company, site, sdk, None),
                    Kit("home", city, *browser(b), net=FIBRE_BY_CITY[city], who=who)]

            def prompt(r: random.Random, t: int) -> tuple:
                x = r.random()
                if x < 0.4:
                    q, kind = C.pick(r, "arena"), "code"
                elif x < 0.65:
                    q, kind = r.choice(FINTECH_Q), "code"
                elif x < 0.75:
                    q, kind = C.pick(r, "mbpp"), "code"
                else:
                    q, kind = C.everyday(r, country)
                ep = "/v1/responses" if r.random() < 0.3 else CHAT
                return chat_model(r, t, "team", 0.45), ep, q, None, kind

            run_sessions(sink, acct, kits, tz, "dev", 2.6, (1, 8), 100, prompt, kit_weights=[0.5, 0.3, 0.2])
        # CI: integration tests on every merge, from the company's AWS account, same prompts each run
        ci = sink.account(sink.created_ago(100, 700), "team", org=org, pay=pay)
        ci_kit = Kit("fixed", city, SDKS["py"], None, net="aws_afs1", ips=fixed_ips("aws_afs1", company, 3), who=company)
        sysp = f"You are {company}'s transaction assistant. Reply in JSON with keys category and confidence."
        tests = ["POS/WEB PURCHASE SHOPRITE LEKKI", "NIP TRF FROM ADEBAYO O", "AIRTIME RECHARGE 08031234567",
                 "MPESA PAYBILL 247247 KPLC TOKENS", "DSTV SUBSCRIPTION COMPACT", "ATM WDL GTB ALLEN AVENUE"]
        runs = rng.randint(4, 14)
        for _ in range(runs):
            def ci_prompt(r: random.Random, t: int) -> tuple:
                return "baobab-1-mini", CHAT, "Categorise this narration: " + r.choice(tests), sysp, "classify"
            run_sessions(sink, ci, [ci_kit], tz, "dev", 0.5, (6, 6), 2, ci_prompt)


# ---------------------------------------------------------------- BPO
BPO_CLIENTS = [
    ("a US broadband provider", "Be warm and concise. Never promise refunds above $50. Offer a technician visit for outages."),
    ("a UK energy supplier", "Use British spelling. Follow the vulnerable-customer policy. Do not discuss tariffs not listed."),
    ("a US health insurer", "Do not give medical advice. Verify member ID before discussing claims. Be empathetic."),
    ("a European airline", "Explain rebooking and EU261 compensation. Keep replies under 120 words."),
    ("a US online retailer", "Apologise once, give the order status, offer store credit only per policy."),
]
COMPLAINTS = ["my internet has been down since yesterday and I work from home", "I was charged twice this month",
              "my flight was cancelled and nobody called me", "the parcel says delivered but I never got it",
              "why did my bill go up by 40 dollars", "I want to cancel but the website keeps failing",
              "your agent hung up on me", "my claim was denied and I don't understand why"]


def bpo_agents(sink: Sink) -> None:
    rng = sink.rng
    for f, (firm, city, n) in enumerate([("savanna-cx", "Nairobi", 220), ("kilima-outsourcing", "Nairobi", 160),
                                         ("pwani-contact", "Mombasa", 110), ("lagoon-bpo", "Lagos", 80)]):
        tz, country = CITIES[city]
        org, pay = org_id(firm), card(firm)
        clients = [BPO_CLIENTS[(f + k) % len(BPO_CLIENTS)] for k in range(3)]
        office = office_kit(city, firm, "office", *browser("edge_win_managed"))
        for i in range(n):
            acct = sink.account(sink.created_ago(5, 500), "team", org=org, pay=pay)
            client, policy = clients[i % 3]
            sysp = f"You are a customer support copilot for {client}. Draft replies the agent can send. {policy}"
            shift = "office" if i % 3 == 0 else "bpo_us"

            def prompt(r: random.Random, t: int, sysp=sysp) -> tuple:
                q = f"Customer says: \"{r.choice(COMPLAINTS)}\". Draft a reply." if r.random() < 0.8 else \
                    "Summarise this call for the ticket: customer " + r.choice(COMPLAINTS) + "; agent offered a callback."
                return "baobab-1-mini" if r.random() < 0.6 else "baobab-1", CHAT, q, sysp, "support"

            run_sessions(sink, acct, [office], tz, shift, 3.5, (2, 6), 150, prompt)


# ---------------------------------------------------------------- data labellers (benign)
RUBRIC = ("You are helping a human annotator. Follow the project guidelines: be factual, flag unsafe content, "
          "and keep justifications under 60 words.")


def data_labellers(sink: Sink) -> None:
    rng = sink.rng
    for firm, n in [("tana-annotate", 200), ("sauti-labs", 140)]:
        org, pay = org_id(firm), card(firm)
        office = office_kit("Nairobi", firm, "office", *browser("chrome_win"))
        for i in range(n):
            who = f"{firm}:{i}"
            acct = sink.account(sink.created_ago(10, 600), "team", org=org, pay=pay)
            kits = [office] + person_kits(rng, "Nairobi", who, 0.2, 0.6, 0.3)

            def prompt(r: random.Random, t: int) -> tuple:
                x = r.random()
                if x < 0.35:
                    q, kind = (f"Rate this response for helpfulness 1-5 and justify.\n\nPrompt: {C.pick(r, 'si_user')}\n\n"
                               f"Response: {C.short_awesome(r, 900)}"), "classify"
                elif x < 0.6:
                    q, kind = "Translate into natural Kenyan Swahili: " + C.pick(r, "nq"), "translate"
                elif x < 0.8:
                    q, kind = "Classify the sentiment (positive/negative/neutral): " + C.own_chat(r, "sw"), "classify"
                else:
                    q, kind = "Rewrite this question so it sounds natural: " + C.pick(r, "nq"), "rewrite"
                return "baobab-1-mini", CHAT, q, RUBRIC, kind

            run_sessions(sink, acct, kits, 3, "office", 2.4, (3, 10), 45, prompt, kit_weights=[0.6] + [0.4] * (len(kits) - 1))


# ---------------------------------------------------------------- newsrooms
NEWS = ["Summarise this press release in 5 bullet points for a breaking story: {q}",
        "Suggest 5 headlines (max 70 characters) for: {q}", "Fact-check this claim and say what I must verify: {q}",
        "Translate this paragraph into {lang} for our radio bulletin: {q}"]


def newsrooms(sink: Sink) -> None:
    rng = sink.rng
    for k, (room, city, n) in enumerate([("eko-daily", "Lagos", 28), ("naija-wire", "Lagos", 18), ("capital-post", "Abuja", 14),
                                         ("gold-coast-times", "Accra", 20), ("kumasi-fm", "Kumasi", 8),
                                         ("nairobi-ledger", "Nairobi", 26), ("pwani-voice", "Mombasa", 10)]):
        tz, country = CITIES[city]
        org, pay = org_id(room), card(room)
        office = office_kit(city, room, "office", *browser("chrome_win"))
        langs = {"NG": ["Hausa", "Yoruba", "Pidgin"], "GH": ["Twi"], "KE": ["Swahili"]}[country]
        for i in range(n):
            acct = sink.account(sink.created_ago(20, 900), "team", org=org, pay=pay)
            kits = [office] + person_kits(rng, city, f"{room}:{i}", 0.4, 0.4, 0.2)

            def prompt(r: random.Random, t: int, langs=langs) -> tuple:
                src = C.pick(r, r.choice(["nq", "si_user", "si_seed"]))
                q = C.fill(r, r.choice(NEWS), {"q": [src], "lang": langs})
                return chat_model(r, t, "team", 0.3), CHAT, q, None, "summary"

            run_sessions(sink, acct, kits, tz, "dev", 2.0, (1, 6), 90, prompt, kit_weights=[0.5] + [0.5] * (len(kits) - 1))


# ---------------------------------------------------------------- NLP researchers
def nlp_researchers(sink: Sink) -> None:
    rng = sink.rng
    homes = [("uni_uon", "Nairobi"), ("uni_ui", "Ibadan"), ("uni_knust", "Kumasi"), ("uni_unilag", "Lagos")]
    org = org_id("afro-nlp-collective")
    for i in range(40):
        net, city = homes[i % 4]
        tz = CITIES[city][0]
        acct = sink.account(sink.created_ago(60, 900), "payg", org=org, pay=card(sink.seed, sink.name, i))
        campus = Kit("fixed", city, *browser("firefox_linux"), net=net, ips=fixed_ips(net, "campus-nat", 6), who=str(i))
        gpu = Kit("fixed", city, SDKS["httpx"], None, net="hetzner", ips=fixed_ips("hetzner", f"afro-nlp-{i % 5}", 1), who=str(i))
        lang = ["Swahili", "Yoruba", "Hausa", "Twi"][i % 4]
        scripted = i % 6 == 0

        def prompt(r: random.Random, t: int, lang=lang) -> tuple:
            if r.random() < 0.7:
                return "baobab-1", CHAT, f"Translate the following sentence into {lang}. Output only the translation.\n\n{C.pick(r, 'nq')}", None, "translate"
            return "baobab-1", CHAT, C.wrap(r, "sw", C.pick(r, "gsm8k")) + "\nJibu la mwisho:", None, "math"

        run_sessions(sink, acct, [campus], tz, "dev", 1.5, (2, 8), 120, prompt)
        if scripted:   # one evaluation sweep: a few hundred requests back to back
            run_sessions(sink, acct, [gpu], tz, "dev", 0.7, (150, 400), 3, prompt)


# ---------------------------------------------------------------- bootcamp, VPN devs
def coding_bootcamp(sink: Sink) -> None:
    rng = sink.rng
    sheet = [C.pool("mbpp")[k] for k in range(40)]     # everyone works through the same exercise sheet
    for i in range(230):
        city = "Lagos" if i < 160 else "Nairobi"
        tz = CITIES[city][0]
        who = f"{sink.name}:{i}"
        tier = "free" if rng.random() < 0.7 else "payg"
        acct = sink.account(sink.created_ago(3, 120), tier, pay=None if tier == "free" else card(sink.seed, who))
        kits = [office_kit(city, "bootcamp", "hub", *browser(rng.choice(["chrome_win", "chrome_win", "safari_mac"])))]
        kits += person_kits(rng, city, who, 0.3, 0.5, 0.1)
        start = rng.randrange(30)

        def prompt(r: random.Random, t: int, tier=tier, start=start) -> tuple:
            ex = sheet[(start + r.randrange(10)) % 40]
            q = ex if r.random() < 0.5 else r.choice(["Why does this fail?\n", "Give me a hint, not the answer:\n",
                                                       "Explain this task in simple words:\n"]) + ex
            return chat_model(r, t, tier), CHAT, q, None, "code"

        run_sessions(sink, acct, kits, tz, "office", 2.2, (1, 7), 150, prompt, kit_weights=[0.7] + [0.3] * (len(kits) - 1))


def vpn_devs(sink: Sink) -> None:
    rng = sink.rng
    for i in range(90):
        city = pick_city(rng, {"Lagos": 0.5, "Nairobi": 0.3, "Accra": 0.2})
        tz, country = CITIES[city]
        who = f"{sink.name}:{i}"
        acct = sink.account(sink.created_ago(30, 1000), "payg", pay=card(sink.seed, who), nkeys=2)
        vpn = rng.choice(["vpn_m247", "vpn_datacamp", "vpn_leaseweb"])
        ua, dev = browser(rng.choice(["firefox_linux", "chrome_win", "safari_mac"])) if rng.random() < 0.5 else (SDKS["py"], None)
        kits = [Kit("proxy", city, ua, dev, proxy_nets=[vpn], who=who), Kit("home", city, ua, dev, net=FIBRE_BY_CITY[city], who=who)]

        def prompt(r: random.Random, t: int) -> tuple:
            q, kind = (C.pick(r, "arena"), "code") if r.random() < 0.6 else C.everyday(r, country)
            return chat_model(r, t, "payg", 0.4), "/v1/responses" if r.random() < 0.4 else CHAT, q, None, kind

        run_sessions(sink, acct, kits, tz, "dev", 2.0, (1, 8), 90, prompt, kit_weights=[0.75, 0.25])


POPULATIONS = [
    ("fintech_developers", fintech_devs), ("bpo_support_agents", bpo_agents), ("data_labelling_staff", data_labellers),
    ("newsroom_journalists", newsrooms), ("african_nlp_researchers", nlp_researchers),
    ("coding_bootcamp_students", coding_bootcamp), ("vpn_developers", vpn_devs),
]
