"""Benign organisations whose members share a card, an org and an egress: corporate teams,
a translation vendor in Izmir, an annotation vendor in Ankara, chatbot QA paraphrasers and
a marketplace that provisions one account per seller under one system prompt."""
from __future__ import annotations

from bench.heldout32 import lang
from bench.heldout32.base import Ctx, Home, choice, lognorm, wpick
from bench.heldout32.clients import account, browser, created, org, payment, sdk, web_id
from bench.heldout32.events import ev, model_for
from bench.heldout32.net import ip_in
from bench.heldout32.text import INTENTS, LABEL_SYS, QA_PARA, SAAS_SYS
from bench.heldout32.world import DAY, H, MIN, sample_times, sessions

COMPANIES = [("bank_maslak", 55, "zscaler", "ist"), ("ecommerce_atasehir", 40, "superonline", "ist"),
             ("defence_ankara", 30, "ttnet", "ank"), ("textile_izmir", 12, "superonline", "izm"),
             ("games_kadikoy", 25, "turknet", "ist"), ("telco_ops", 20, "ttnet", "ist")]


def _egress(rng, asn_name: str, n: int):
    return [ip_in(rng, asn_name) for _ in range(n)]


def corporate_teams(cx: Ctx):
    """Developer and analyst teams on one corporate card, one org and 2-3 proxy egress addresses."""
    pop = "b_corporate_card_teams"
    rng = cx.rng(pop)
    accts, evs = [], []
    for name, size, isp, c in COMPANIES:
        o, card, egress = org(rng), payment(rng), _egress(rng, isp, rng.randint(2, 3))
        for _ in range(size):
            a = account(rng, pop, False, created_ms=created(rng, 10, 700), tier="t2", org_id=o, pay=card, city=c)
            a["zdr"] = name == "bank_maslak"              # the bank's contract has zero data retention
            api = rng.random() < .6
            a["ua"], a["dev"] = sdk(rng, "py" if rng.random() < .7 else None) if api else (browser(rng), web_id(rng))
            home = Home(cx, rng)
            for t in sessions(rng, lognorm(rng, 14 * cx.days, .7, hi=400), "office", cx.lo, cx.hi, 5, 90):
                ip, asn = choice(rng, egress) if rng.random() < .85 else home.ip(rng)
                r = rng.random()
                if r < .4:
                    p, kind = cx.corpus.pick(rng, choice(rng, ["arena", "mbpp", "humaneval"])), "code"
                elif r < .55:
                    p, kind = lang.translate(rng, cx.corpus.pick(rng, "user")), "translate"
                else:
                    p, kind = (lang.tr_chat(rng) if rng.random() < .4 else cx.corpus.chat(rng)), "chat"
                evs.append(ev(rng, a, t, p, ip=ip, asn=asn, kind=kind, model=model_for(rng, t, "ramp"),
                              endpoint="/v1/chat/completions" if api else "/app/conversation"))
            accts.append(a)
    return accts, evs


def translation_vendor(cx: Ctx):
    """Translators pushing long documents through a CAT-tool connector into many languages."""
    pop = "b_izmir_translation_vendor"
    rng = cx.rng(pop)
    o, card, office = org(rng), payment(rng), _egress(rng, "superonline", 1)
    accts, evs = [], []
    for _ in range(24):
        a = account(rng, pop, False, created_ms=created(rng, 40, 900), tier="t2", org_id=o, pay=card, city="izm",
                    ua="MemoQ-LLM-Connector/2.1 (Java/21.0.5)", dev="t13d5911h2_a33745022dd6_dbd39dd1d406")
        home, langs = Home(cx, rng), [choice(rng, lang.TARGETS) for _ in range(2)]
        for t in sessions(rng, lognorm(rng, 70 * cx.days, .5, hi=600), "office", cx.lo, cx.hi, 12, 25):
            ip, asn = office[0] if rng.random() < .7 else home.ip(rng)
            src = cx.corpus.pick(rng, wpick(rng, [("awesome", 3), ("user", 3), ("seed", 1), ("arena", 2)]))
            evs.append(ev(rng, a, t, lang.translate(rng, src, choice(rng, langs)), ip=ip, asn=asn, kind="translate",
                          model=model_for(rng, t, "ramp")))
        accts.append(a)
    return accts, evs


def labeling_vendor(cx: Ctx):
    """Annotators in two shifts labelling assistant outputs with one guideline template."""
    pop = "b_ankara_labeling_vendor"
    rng = cx.rng(pop)
    o, card, office = org(rng), payment(rng), _egress(rng, "ttnet", 2)
    accts, evs = [], []
    for i in range(60):
        a = account(rng, pop, False, created_ms=created(rng, 15, 300), tier="t3", org_id=o, pay=card, city="ank",
                    ua="python-requests/2.32.3", dev="t13d1812h2_e8a523a41297_b2f9d8b4e2f1")
        shift = 8 if i % 2 else 16                        # shifts 08-16 and 16-24 TRT (the window opens at 00:00 TRT)
        for d in range(int(cx.days + .999)):
            lo = cx.lo + d * DAY + shift * H
            for t in sample_times(rng, lognorm(rng, 50, .3, hi=110), "flat", lo, min(cx.hi, lo + 8 * H)):
                batch = f"{(t // (3 * H)) % 1000:03d}"
                item = cx.corpus.chat(rng)
                p = f"Item:\n{item}\n\nAssistant reply under review:\n{cx.corpus.pick(rng, 'seed')}"
                ip, asn = choice(rng, office)
                evs.append(ev(rng, a, t, p, ip=ip, asn=asn, system=LABEL_SYS.replace("{batch}", batch),
                              kind="label", model="lodos-2-mini"))
        accts.append(a)
    return accts, evs


def qa_paraphrasers(cx: Ctx):
    """Chatbot QA testers asking for paraphrases of the same intents over and over."""
    pop = "b_chatbot_qa_paraphrasers"
    rng = cx.rng(pop)
    o, card, office = org(rng), payment(rng), _egress(rng, "ttnet", 2)
    accts, evs = [], []
    for _ in range(30):
        a = account(rng, pop, False, created_ms=created(rng, 30, 600), tier="t2", org_id=o, pay=card, city="ist")
        a["ua"], a["dev"] = sdk(rng, "py")
        for t in sessions(rng, lognorm(rng, 30 * cx.days, .5, hi=300), "office", cx.lo, cx.hi, 8, 40):
            p = QA_PARA.replace("{n}", str(choice(rng, [10, 20, 25, 30]))).replace("{intent}", choice(rng, INTENTS))
            if rng.random() < .3:
                p = lang.tr_chat(rng)
            ip, asn = choice(rng, office)
            evs.append(ev(rng, a, t, p, ip=ip, asn=asn, kind="list", model=model_for(rng, t, "ramp")))
        accts.append(a)
    return accts, evs


ASKS = ["Siparişim nerede, {n} gündür kargoda görünüyor", "Ürün kırık geldi ne yapmalıyım", "Bu ayakkabının 42 numarası "
        "var mı?", "Fatura kurumsal kesilebilir mi?", "Kargo ücreti ne kadar?", "İade nasıl yapılır?",
        "İndirim kodu çalışmıyor", "Siparişimi iptal etmek istiyorum, sipariş no {n}{n}{n}", "Renk seçeneği var mı?",
        "Kapıda ödeme yapabilir miyim?", "Ne zaman stoğa gelir?", "Garantisi kaç yıl?"]


def marketplace_sellers(cx: Ctx):
    """Pazarium provisions one account per seller in onboarding waves; every call comes from
    the marketplace's cloud, with its one system prompt, paid by the marketplace's card."""
    pop = "b_marketplace_seller_bots"
    rng = cx.rng(pop)
    card, servers = payment(rng), [ip_in(rng, "gcp") for _ in range(6)]
    waves = [created(rng, 20, 90) for _ in range(5)]
    ua, dev = sdk(rng, "go")
    accts, evs = [], []
    for i in range(300):
        a = account(rng, pop, False, created_ms=waves[i % 5] + int(rng.uniform(0, 40) * MIN), tier="t1",
                    org_id=org(rng), pay=card, city="ist", ua=ua, dev=dev)
        store = (f"{choice(rng, ['Anadolu', 'Ege', 'Boğaz', 'Kapadokya', 'Karadeniz'])} "
                 f"{choice(rng, ['Tekstil', 'Ayakkabı', 'Elektronik', 'Kozmetik', 'Ev'])} {i}")
        for t in sample_times(rng, lognorm(rng, 6 * cx.days, .9, hi=200), "consumer", cx.lo, cx.hi, derby=True):
            ctx = f"order_status: {choice(rng, ['kargoda', 'hazırlanıyor', 'teslim edildi'])}; stock: {rng.randint(0, 40)}"
            ip, asn = choice(rng, servers)
            evs.append(ev(rng, a, t, lang.fill(rng, choice(rng, ASKS)), ip=ip, asn=asn,
                          system=SAAS_SYS.replace("{store}", store).replace("{ctx}", ctx), kind="qa",
                          model=model_for(rng, t, "old")))
        accts.append(a)
    return accts, evs
