"""Benign organisations: SMEs sharing a card, research labs, a local API reseller,
BPO agent-assist, one-system-prompt SaaS apps, labelling vendors, localisation
agencies, an edtech tutor and a hackathon paid with a voucher batch."""
from __future__ import annotations

from . import core as C
from . import prompts as P
from . import world as W


def sme(ctx, n=220):
    rng = ctx.rng("sme")
    made = 0
    while made < ctx.n(n):
        cc = W.pick_country(rng, {"MY": 0.25, "SG": 0.25, "ID": 0.2, "PH": 0.15, "TH": 0.15})
        asn = rng.choice(W.RES_BY_CC[cc] + ([17974] if cc == "ID" else []))
        office = C.Pool(asn, [W.rand_ip(rng, asn) for _ in range(rng.choice((1, 1, 2)))])
        card = W.card_fp(rng)
        org = "org_" + W.rid(rng, 12)
        created0 = C.created_aged(rng, 300, 0.7)
        for _ in range(rng.randint(4, 15)):
            mob = rng.choice(W.MOB_BY_CC[cc])
            net = C.Multi([office, C.Pool(mob, ctx.cgnat(mob))], [0.85, 0.15])
            ua = rng.choice(("chrome_win", "chrome_mac", "edge_win", "py_sdk"))
            a = ctx.account(rng, "sme_shared_card", created_at=created0 + rng.randrange(0, 60 * W.DAY), org_id=org,
                            payment=card, ua=ua, install=True, cc=cc, net=net)

            def req(rng, a, ts, i):
                r = rng.random()
                if r < 0.35:
                    p, k = P.pick(rng, "user"), "chat"
                elif r < 0.5 and a.lang != "en":
                    p, k = P.TRANSLATE[a.lang].format(p=P.pick(rng, rng.choice(("user", "seed")))), "translate"
                else:
                    p, k = C.chat_prompt(rng, a.lang, {"arena": 0.3, "seed": 0.3, "nq": 0.2, "awesome": 0.2})
                return {"prompt": p, "system": P.sys_for(rng), "kind": k, "model": C.model_at(rng, ts, 0.35)}
            C.drive(ctx, rng, a, C.volume(rng, 6.0, ctx.days, 0.7), C.hd(ctx, "office", a.tz, friday_prayer=cc in ("ID", "MY")),
                    req, per_session=3, gap_s=200)
            made += 1


def research(ctx, n=110):
    rng = ctx.rng("research")
    made = 0
    labs = [("SG", 23855), ("MY", 24514), ("TH", 4621), ("SG", 23855), ("VN", 45899)]
    while made < ctx.n(n):
        cc, asn = rng.choice(labs)
        nat = C.Pool(asn, ctx.pool(f"lab/{made}", asn, 3))
        card = W.card_fp(rng)
        for _ in range(rng.randint(3, 7)):
            ua = rng.choice(("py_sdk", "httpx", "chrome_mac", "firefox_linux", "langchain"))
            a = ctx.account(rng, "research_academics", created_at=C.created_aged(rng, 260, 0.8), payment=card, ua=ua,
                            install=ua in ("py_sdk", "langchain"), cc=cc, net=C.Multi([nat, C.Home(rng, rng.choice(W.RES_BY_CC[cc]), ctx.days)], [0.7, 0.3]), lang="en")

            def req(rng, a, ts, i):
                r = rng.random()
                if r < 0.3:
                    p, k = P.pick(rng, "math"), "math"
                elif r < 0.55:
                    p, k = P.pick(rng, rng.choice(("arena", "humaneval"))), "code"
                else:
                    p, k = P.pick(rng, rng.choice(("arena", "awesome", "seed"))), "chat"
                return {"prompt": p, "system": P.sys_for(rng), "kind": k, "model": C.model_at(rng, ts, 0.8, 0.1)}
            C.drive(ctx, rng, a, C.volume(rng, 8.0, ctx.days, 0.9), C.hd(ctx, "evening", a.tz), req, per_session=4, gap_s=200)
            made += 1


RESELLER_SYS = ["Kamu adalah asisten AI untuk UMKM. Jawab singkat, sopan, dan dalam Bahasa Indonesia kecuali diminta lain.",
                "You are a helpful assistant.", "You are a customer service assistant for an online shop. Be polite and brief."]


def reseller(ctx, n=260):
    """NusaAPI: a Jakarta aggregator reselling access to small businesses; one gateway, one invoice."""
    rng = ctx.rng("reseller")
    egress = C.Multi([C.Pool(136907, ctx.pool("nusaapi/hw", 136907, 4)), C.Pool(136052, ctx.pool("nusaapi/idch", 136052, 2))], [0.75, 0.25])
    org = "org_nusaapi" + W.rid(rng, 6)
    ua = "nusaapi-gateway/2.3.1 (+https://nusaapi.id)"
    dev = "ja4_" + W.ja4("go-1.22")
    for _ in range(ctx.n(n)):
        cc = "ID" if rng.random() < 0.85 else rng.choice(("MY", "PH"))
        a = ctx.account(rng, "reseller_tenants", created_at=C.created_aged(rng, 160, 0.9), org_id=org,
                        payment="invoice_" + org, ua=ua, device=dev, cc=cc, net=egress, lang="id" if cc == "ID" else "en")
        sys = rng.choice(RESELLER_SYS)

        def req(rng, a, ts, i, sys=sys):
            r = rng.random()
            if r < 0.25:
                p, k = P.pick(rng, "user"), "copy"
            else:
                p, k = C.chat_prompt(rng, a.lang)
            return {"prompt": p, "system": sys, "kind": k, "model": C.model_at(rng, ts, 0.3, 0.5)}
        C.drive(ctx, rng, a, C.volume(rng, 5.0, ctx.days, 1.1), C.hd(ctx, "office", a.tz, friday_prayer=True), req,
                per_session=3, gap_s=150)


BPO_CLIENTS = ["a US wireless carrier", "a US home-insurance company", "an Australian energy retailer", "a US online furniture retailer",
               "a US health-benefits administrator"]
BPO_SYS = ("You are an agent-assist copilot for customer care representatives supporting {client}. Given the customer's "
           "latest message, (1) summarise the issue in one line, (2) propose a compliant, empathetic reply the agent can "
           "edit, (3) flag any mention of cancellation, billing disputes or complaints. Never promise refunds. Use US English.")
BPO_WRAP = ["Customer: {p}", "Customer (chat): {p}?", "Transcript excerpt:\nCustomer: {p}\nAgent: Let me check that for you.",
            "Email from customer:\n\n{p}"]


def bpo(ctx, n=70):
    """Manila / Cebu / Davao contact centres, night shift (US daytime)."""
    rng = ctx.rng("bpo")
    sites = [("bpo-ortigas", 9299), ("bpo-cebu-itpark", 17639), ("bpo-davao", 9299)]
    made = 0
    while made < ctx.n(n):
        site, asn = sites[made % 3]
        office = C.Pool(asn, ctx.pool(site, asn, 6))
        org = "org_" + W.rid(rng, 12)
        client = rng.choice(BPO_CLIENTS)
        for _ in range(rng.randint(8, 18)):
            ua = rng.choice(("java", "node_sdk"))
            a = ctx.account(rng, "bpo_agent_assist", created_at=C.created_aged(rng, 400, 0.5), org_id=org, nkeys=2,
                            payment="invoice_" + org, ua=ua, cc="PH", net=office, lang="en")
            sys = BPO_SYS.format(client=client)

            def req(rng, a, ts, i, sys=sys):
                src = rng.choice(("nq", "nq", "user"))
                p = rng.choice(BPO_WRAP).format(p=P.pick(rng, src))
                return {"prompt": p, "system": sys, "kind": "summary", "model": W.OLD_MODEL if rng.random() < 0.8 else W.MINI_MODEL}
            C.drive(ctx, rng, a, C.volume(rng, 50.0, ctx.days, 0.4), C.hd(ctx, "night_shift", 8), req, per_session=8,
                    gap_s=240, min_gap_s=30)
            made += 1


SAAS = [
    ("tokotulis", "ID", 396982, "Kamu adalah copywriter marketplace (Tokopedia, Shopee, TikTok Shop). Tulis judul produk maksimal 70 "
     "karakter, 5 poin keunggulan, dan deskripsi 120 kata yang SEO-friendly dalam Bahasa Indonesia. Jangan menyebut merek pesaing.",
     "Buatkan listing untuk: {p}"),
    ("chatkrub", "TH", 16509, "You are the LINE Official Account assistant of a Thai small business. Answer customer questions politely "
     "in Thai (use ค่ะ/ครับ), keep answers under 80 words, and hand off to a human for payments.", "{p}"),
    ("hoinhanh", "VN", 45102, "Bạn là trợ lý trong mini app Zalo HỏiNhanh. Trả lời ngắn gọn, chính xác, thân thiện bằng tiếng Việt.",
     "{p}"),
]
ITEMS = ["hijab voal premium", "sambal bawang botol 150 ml", "kipas angin portable USB", "sepatu lari pria", "batik tulis Solo",
         "kopi gayo arabika 250 g", "tas ransel laptop 15 inci", "skincare serum niacinamide", "sarung tenun Samarinda",
         "power bank 20000 mAh", "kaos oversize katun combed 30s", "rice cooker 1,8 liter", "mukena katun Jepang",
         "madu hutan Sumbawa", "casing HP anti crack", "keripik singkong pedas"]


def saas(ctx, n=60):
    """Apps that send one system prompt for thousands of end users (one account per prod/staging/region shard)."""
    rng = ctx.rng("saas")
    per = max(1, ctx.n(n) // len(SAAS))
    for name, cc, asn, sys, wrap in SAAS:
        org = "org_" + name + W.rid(rng, 6)
        egress = C.Pool(asn, ctx.pool("saas/" + name, asn, 5))
        card = W.card_fp(rng)
        for _ in range(per):
            a = ctx.account(rng, "saas_one_system_prompt", created_at=C.created_aged(rng, 300, 0.5), org_id=org, nkeys=2,
                            payment=card, ua=rng.choice(("node_sdk", "axios", "py_sdk")), cc=cc, net=egress,
                            lang=W.COUNTRIES[cc][1][0])

            def req(rng, a, ts, i, name=name, sys=sys, wrap=wrap):
                if name == "tokotulis":
                    p, k = wrap.format(p=rng.choice(ITEMS)), "copy"
                else:
                    p, k = wrap.format(p=P.pick(rng, rng.choice(("nq", "nq", "seed", "user")))), "qa"
                return {"prompt": p, "system": sys, "kind": k, "model": W.MINI_MODEL if rng.random() < 0.7 else W.OLD_MODEL}
            C.drive(ctx, rng, a, C.volume(rng, 45.0, ctx.days, 0.9), C.hd(ctx, "evening", a.tz), req, per_session=1.3, gap_s=30,
                    min_gap_s=0.3)


LABEL_TPL = [
    ("nq", "Classify the intent of this search query as one of: informational, navigational, transactional, "
           "commercial. Reply with the label only.\n\nQuery: {p}", "label"),
    ("nq", "Does this question have a single factual answer? Answer Yes or No.\n\n{p}", "label"),
    ("gsm8k", "Task QA-117: Is the following word problem fully specified (all quantities needed to solve it are given)? "
              "Answer Yes or No, then one short sentence.\n\n{p}", "short"),
    ("user", "Rate the clarity of this instruction from 1 (unclear) to 5 (very clear). Output the number only.\n\n{p}", "label"),
    ("seed", "Assign one category to this task: writing, classification, extraction, reasoning, coding, open_qa, other. "
             "Label only.\n\n{p}", "label"),
]


def labelling(ctx, n=120):
    """Annotation vendors in Manila, Cebu, Hanoi and Da Nang: pre-labelling with the model, one account per annotator."""
    rng = ctx.rng("labelling")
    vendors = [("PH", 9299), ("PH", 17639), ("VN", 18403), ("VN", 7552)]
    made = 0
    while made < ctx.n(n):
        cc, asn = vendors[made % 4]
        office = C.Pool(asn, ctx.pool(f"labelshop/{made}", asn, 3))
        org = "org_" + W.rid(rng, 12)
        card = W.card_fp(rng)
        shift = rng.choice(("office", "night_shift"))
        tpls = rng.sample(LABEL_TPL, 3)
        for _ in range(rng.randint(20, 40)):
            a = ctx.account(rng, "data_labelling_vendors", created_at=C.created_before(rng, 10, 200), org_id=org, payment=card,
                            ua=rng.choice(("chrome_win", "requests")), install=False, cc=cc, net=office, lang="en")

            def req(rng, a, ts, i, tpls=tpls):
                src, tpl, kind = rng.choice(tpls)
                return {"prompt": tpl.format(p=P.pick(rng, src)), "system": "You are a careful data annotator.", "kind": kind,
                        "model": W.MINI_MODEL if rng.random() < 0.6 else W.OLD_MODEL}
            C.drive(ctx, rng, a, C.volume(rng, 25.0, ctx.days, 0.5), C.hd(ctx, shift, a.tz), req, per_session=10, gap_s=35,
                    min_gap_s=6)
            made += 1


def localisation(ctx, n=70):
    rng = ctx.rng("l10n")
    made = 0
    while made < ctx.n(n):
        cc = rng.choice(("TH", "VN", "ID", "PH", "MY", "SG"))
        asn = rng.choice(W.RES_BY_CC[cc])
        office = C.Pool(asn, [W.rand_ip(rng, asn)])
        org = "org_" + W.rid(rng, 12)
        card = W.card_fp(rng)
        for _ in range(rng.randint(5, 12)):
            target = rng.choice(("th", "vi", "id", "tl", "ms"))
            a = ctx.account(rng, "localisation_agencies", created_at=C.created_aged(rng, 350, 0.6), org_id=org, payment=card,
                            ua=rng.choice(("py_sdk", "chrome_win", "node_sdk")), install=True, cc=cc, net=office, lang=target)

            def req(rng, a, ts, i):
                src = rng.choice(("user", "seed", "awesome", "arena"))
                p = P.TRANSLATE[a.lang].format(p=P.pick(rng, src))
                return {"prompt": p, "system": "You are a professional translator. Preserve meaning, tone and formatting.",
                        "kind": "translate", "model": C.model_at(rng, ts, 0.3)}
            C.drive(ctx, rng, a, C.volume(rng, 30.0, ctx.days, 0.6), C.hd(ctx, "office", a.tz), req, per_session=6, gap_s=90)
            made += 1


TUTOR_SYS = {
    "belajarpintar": ("Kamu adalah Kak Pintar, tutor matematika untuk siswa SD-SMA di aplikasi BelajarPintar. Jelaskan langkah demi "
                      "langkah dengan bahasa sederhana, beri satu pertanyaan pemeriksaan di akhir, dan jangan langsung memberi "
                      "jawaban akhir tanpa penjelasan."),
    "aralmate": ("You are AralMate, a friendly maths tutor for Filipino high-school students following the DepEd curriculum. "
                 "Explain step by step, in English or Taglish matching the student, and end with a quick check question."),
}


def tutoring(ctx, n=45):
    """Edtech apps: one key (account) per partner school, student questions relayed with the tutor system prompt."""
    rng = ctx.rng("tutoring")
    plats = [("belajarpintar", "ID", "id"), ("aralmate", "PH", "tl")]
    for j, (name, cc, lang) in enumerate(plats):
        org = "org_" + name + W.rid(rng, 5)
        egress = C.Pool(396982, ctx.pool("tutor/" + name, 396982, 6, prefix="34.101.%d.0/24" % (40 + j)))
        for _ in range(ctx.n(n) // 2 + j):
            a = ctx.account(rng, "edtech_tutor_platform", created_at=C.created_aged(rng, 200, 0.6), org_id=org,
                            payment="invoice_" + org, ua=rng.choice(("node_sdk", "dart")), cc=cc, net=egress, lang=lang)

            def req(rng, a, ts, i, name=name):
                p, _ = C.math_prompt(rng, a.lang if rng.random() < 0.6 else "en", {"gsm8k": 0.5, "svamp": 0.3, "math": 0.2})
                return {"prompt": p, "system": TUTOR_SYS[name], "kind": "math_cot", "model": W.OLD_MODEL if rng.random() < 0.7 else W.MINI_MODEL}
            C.drive(ctx, rng, a, C.volume(rng, 60.0, ctx.days, 0.7), C.hd(ctx, "school", a.tz), req, per_session=2, gap_s=60,
                    min_gap_s=1)


HACK_SYS = ("You are the assistant inside a Hack Nusantara AI 2026 starter app. Follow the developer's instructions, return JSON "
            "when asked, and keep answers under 300 words.")


def hackathon(ctx, n=240):
    """Hack Nusantara AI: teams register Thursday, hacking starts Friday 17:00 WIB; credits come from one voucher batch."""
    rng = ctx.rng("hackathon")
    venue = C.Pool(17451, ctx.pool("hack/venue", 17451, 4))
    hub = C.Pool(9299, ctx.pool("hack/manila", 9299, 2))
    kickoff = W.START_MS + W.DAY + 10 * W.HOUR  # Fri 17:00 WIB
    made = 0
    while made < ctx.n(n):
        manila = rng.random() < 0.3
        cc = "PH" if manila else "ID"
        for _ in range(rng.randint(2, 4)):
            mob = rng.choice(W.MOB_BY_CC[cc])
            net = C.Multi([hub if manila else venue, C.Pool(mob, ctx.cgnat(mob))], [0.85, 0.15])
            ua = rng.choice(("py_sdk", "node_sdk", "chrome_mac", "httpx"))
            a = ctx.account(rng, "hackathon_voucher_teams", created_at=W.START_MS + rng.randrange(int(1.3 * W.DAY)),
                            payment="voucher_HACKNUSA26", ua=ua, install=ua != "httpx", cc=cc, net=net, lang="en")
            dist = W.HourDist("flat", a.tz, ctx.days, after=max(kickoff, a.created_at))

            def req(rng, a, ts, i):
                r = rng.random()
                if r < 0.3:
                    p, k = P.pick(rng, rng.choice(("arena", "mbpp"))), "code"
                elif r < 0.45:
                    p, k = C.math_prompt(rng, "en"), "math"
                    p = p[0]
                else:
                    p, k = C.chat_prompt(rng, "en", {"awesome": 0.35, "seed": 0.25, "user": 0.2, "arena": 0.2})
                return {"prompt": p, "system": HACK_SYS, "kind": k, "model": W.NEW_MODEL if rng.random() < 0.7 else W.MINI_MODEL}
            C.drive(ctx, rng, a, C.volume(rng, 14.0, 1, 0.8), dist, req, per_session=5, gap_s=45)
            made += 1
