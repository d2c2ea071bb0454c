"""Benign populations of Nil AI's exam week. Several are built to look like campaigns."""
from __future__ import annotations

from bench.heldout37 import world as W
from bench.heldout37.engine import Pop

EG = (("cairo", 0.7), ("alexandria", 0.3))
MAGHREB = (("casablanca", 0.35), ("rabat", 0.2), ("tunis", 0.25), ("algiers", 0.2))
INTL = (("riyadh", 0.3), ("dubai", 0.3), ("paris", 0.25), ("toronto", 0.15))
PHONE = (("android", 0.8), ("ios", 0.2))
APPWEB = (("android", 0.55), ("ios", 0.15), ("web", 0.3))
SDK = (("py", 0.7), ("node", 0.3))
DC = (16509, 15169, 8075, 24940, 16276, 14061)
NEW = (("nil-3", 1),)
RESELLER_ORG = "org_wasetapi"
OSTAZ_ORG = "org_ostaz_academy"


def benign_pops() -> list[Pop]:
    return [
        Pop("chat-ar-egypt", 1100, "chat_mix", 6, "night", EG, (("ar", 0.9), ("en", 0.1)), clients=APPWEB,
            pay="p:0.15", note="Egyptian everyday chat, late nights, mostly free tier on the app"),
        Pop("chat-fr-maghreb", 600, "chat_mix", 5, "chat", MAGHREB, (("fr", 0.75), ("ar", 0.25)), clients=APPWEB,
            pay="p:0.2", note="Moroccan, Tunisian, Algerian chat in French, Darija and Arabic"),
        Pop("chat-intl", 300, "chat_mix", 7, "chat", INTL, (("en", 0.6), ("fr", 0.2), ("ar", 0.2)),
            clients=APPWEB, pay="p:0.5", adopt=(0.5, 6), note="Gulf and diaspora users, paid more often"),
        Pop("exam-candidates-eg", 900, "student", 9, "night", EG, (("ar", 0.92), ("en", 0.08)), net="mobile",
            pool=60, clients=PHONE, exam=True, session=(6, 60), age=(2, 200),
            note="Thanaweya Amma candidates behind mobile CGNAT asking maths step by step"),
        Pop("university-students", 400, "uni", 8, "night", EG + (("algiers", 0.2),),
            (("en", 0.5), ("ar", 0.3), ("fr", 0.2)), net="mobile", pool=40, clients=(("web", 0.6), ("android", 0.4)),
            session=(5, 120), note="Engineering and CS students: code and calculus"),
        Pop("bac-morocco", 250, "student", 5, "evening", (("casablanca", 0.5), ("rabat", 0.5)),
            (("fr", 0.8), ("ar", 0.2)), net="mobile", pool=25, clients=PHONE,
            note="Moroccan baccalaureate students waiting for results, revising for the rattrapage"),
        Pop("tutoring-centres", 90, "tutor", 40, "office", EG, net="org", orgs=15, clients=(("web", 1),),
            device="shared:15", pay="org", weekend=0.6, session=(12, 40), spread=0.4,
            note="Private tutoring centres ('sanatir') mass-producing worksheets from exam problems"),
        Pop("edtech-relay", 20, "edtech", 300, "backend", (("cairo", 1),), net="dc", asns=(16509,), clients=SDK,
            pay="org", org_name="org_darsak", keys=4, session=(60, 8), spread=0.3, exam=True, err=0.02,
            adopt=(0.0, 1), note="Darsak edtech app relaying thousands of students through its backend"),
        Pop("customer-service-apps", 40, "support", 120, "backend", (("cairo", 0.5), ("casablanca", 0.5)),
            net="dc", asns=(16509, 8075), clients=SDK, pay="org", orgs=3, keys=2, session=(40, 10), spread=0.3,
            adopt=(0.0, 1), models=(("nil-2.5-mini", 1),), note="Marketplace, bank and telco bots: one system prompt"),
        Pop("batch-eval-labs", 12, "eval_run", 450, "office", (("cairo", 0.4), ("rabat", 0.3), ("toronto", 0.3)),
            (("en", 1),), net="dc", asns=(15169, 16509, 24940), clients=(("py", 1),), pay="org", orgs=4,
            timing="bench", note="University and company labs running whole benchmarks, re-run on nil-3 at launch"),
        Pop("coding-agents", 350, "agent", 14, "dev", EG + MAGHREB + INTL, (("en", 1),), clients=(("agent", 1),),
            pay="own", session=(8, 50), adopt=(0.6, 4), note="Developers using the nil-code IDE agent"),
        Pop("bpo-agents", 150, "bpo", 28, "office", (("cairo", 0.6), ("casablanca", 0.4)), (("en", 0.5), ("fr", 0.5)),
            net="org", orgs=2, clients=(("web", 1),), device="shared:6", pay="org", weekend=0.25, session=(6, 200),
            adopt=(0.0, 1), note="Outsourcing floors in Smart Village and Casanearshore drafting replies"),
        Pop("families-shared", 200, "chat_mix", 5, "evening", EG + MAGHREB, (("ar", 0.6), ("fr", 0.4)),
            clients=APPWEB, device="family", pay="family", note="Households sharing a tablet and a parent's card"),
        Pop("vpn-users", 250, "chat_mix", 8, "night", EG + INTL, (("en", 0.5), ("ar", 0.5)), net="vpn", pool=80,
            asns=(9009, 60068, 212238), clients=(("web", 0.7), ("android", 0.3)), pay="p:0.4",
            note="Privacy-minded users on commercial VPNs with shared, rotating exits"),
        Pop("translators", 150, "translate", 10, "office", EG + MAGHREB, (("fr", 0.5), ("ar", 0.5)),
            clients=(("web", 1),), pay="own", weekend=0.5, note="Freelance translators, long documents"),
        Pop("journalists", 80, "journalist", 9, "dev", EG + INTL, (("en", 0.5), ("ar", 0.5)),
            clients=(("web", 1),), pay="own", note="Newsrooms summarising and fact-checking"),
        Pop("embedding-pipelines", 20, "embed", 150, "flat", (("cairo", 1),), net="dc", asns=(16509, 24940),
            clients=SDK, pay="own", endpoint="/v1/embeddings", session=(100, 1), spread=0.5,
            note="Search and RAG indexers embedding documents in batches"),
        Pop("launch-newcomers", 300, "newcomer", 25, "evening", EG + MAGHREB + INTL,
            (("en", 0.5), ("ar", 0.3), ("fr", 0.2)), clients=APPWEB, pay="p:0.3",
            created=(W.LAUNCH_MS - 2 * W.HOUR, W.LAUNCH_MS + 30 * W.HOUR), launch=3.0, adopt=(0.95, 0.3),
            session=(8, 45), note="People who signed up because of the nil-3 launch and try it hard"),
        Pop("enterprise-pinned", 150, "enterprise", 18, "office", (("cairo", 0.5), ("dubai", 0.3), ("paris", 0.2)),
            (("en", 1),), net="org", orgs=8, clients=(("web", 0.5), ("py", 0.5)), pay="org", weekend=0.1,
            adopt=(0.0, 1), models=(("nil-2.5", 1),), note="Enterprises pinned to nil-2.5 until validation"),
        Pop("app-devs-regression", 100, "devtest", 25, "dev", EG + MAGHREB, (("en", 1),), net="dc",
            asns=(14061, 24940, 16276), clients=(("py", 0.5), ("curl", 0.5)), pay="own", session=(15, 3),
            adopt=(0.7, 2), note="App developers re-running the same prompts in CI after the release"),
        Pop("language-lab", 60, "lab", 10, "office", (("tunis", 1),), (("fr", 1),), net="org",
            org_name="org_institut_tunis", clients=(("web", 1),), device="shared:2", pay="org", session=(5, 60),
            age=(5, 60), note="A language institute lab: cloned PCs, one exercise per hour for the whole class"),
        Pop("reseller-customers", 200, "reseller_user", 14, "chat", EG + MAGHREB + INTL,
            (("en", 0.4), ("ar", 0.4), ("fr", 0.2)), net="org", org_name=RESELLER_ORG, asns=(24940,),
            clients=(("py", 1),), pay="org", note="Small developers buying Nil through the WasetAPI reseller"),
        Pop("ostaz-teachers", 120, "tutor", 16, "office", EG, (("ar", 1),), net="home", org_name=OSTAZ_ORG,
            clients=(("web", 1),), pay="org", weekend=0.5, note="Teachers of an online academy on an enterprise plan"),
    ]
