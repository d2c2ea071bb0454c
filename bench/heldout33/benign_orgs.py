"""Benign organisations: outsourcing firms, sellers, agencies, banks,
hospitals, labs and schools. Shared cards, office NATs, fixed templates,
missing prompt text (zero data retention) and round-the-clock shifts are all
normal here."""
from __future__ import annotations

from bench.heldout33 import network as net
from bench.heldout33.actors import Client, aged, ask
from bench.heldout33.textbank import (ECOM_PRODUCTS, ECOM_TPL, SUBJECTS, TEACHER_TPL, TRANSLATE_TPL,
                                      VI_CHAT, VI_CODE_ASK)
from bench.heldout33.world import HOUR, MIN, World, sample_ts, session_times


def _company(w: World, rng, asn: int, n_ips: int):
    return w.new_id("org", "org-", 6), w.new_id("pay", "pm_", 6), net.ip_block(rng, asn, n_ips)


def nightshift_devs(w: World, n: int) -> None:
    """Developers at outsourcing firms serving US and Japanese clients: company
    card, office NAT, working the client's hours (all night for the US)."""
    rng = w.rng("pop/nightshift_devs")
    firms = []
    for prof in ["us_client", "us_client", "jp_client", "office"]:
        asn = rng.choice([18403, 45903])
        firms.append((_company(w, rng, asn, 4), asn, prof))
    for i in range(n):
        (org, card, ips), asn, prof = firms[i % len(firms)]
        a = w.account(rng, "nightshift_devs", None, aged(rng, 30, 700), org_id=org, payment=card, tier="team")
        cl = Client(rng.choice([net.browser(rng), "song-python/2.3.1", "Cursor/0.44 song-node/1.9.0"]),
                    w.new_id("dev", "d_"), rng.choice(ips), asn)
        k = int(rng.uniform(10, 40) * w.days)
        for ts in session_times(rng, prof, w.start, w.end, k, 120, 6):
            r = rng.random()
            text = (w.prompts.task(rng, ("mbpp", "humaneval")) if r < 0.25 else w.prompts.pick(rng, "arena") if r < 0.7
                    else rng.choice(VI_CODE_ASK).format(q=w.prompts.pick(rng, "arena")) if r < 0.85
                    else rng.choice(VI_CHAT))
            ask(w, rng, a, ts, text, cl, cmean=700, eager=0.5)


_DOCS_FIELDS = ["invoice_no", "vendor", "total_jpy", "due_date", "tax_id", "line_items"]


def outsource_eval_jobs(w: World, n: int) -> None:
    """Service accounts of two outsourcing firms replaying a fixed regression
    set (document extraction for a Japanese client) every night and at lunch:
    one system prompt, one user template, identical inputs every run."""
    rng = w.rng("pop/outsource_eval_jobs")
    system = ("You are an information extraction engine. Return only JSON with keys: "
              + ", ".join(_DOCS_FIELDS) + ". Use null for missing values.")
    for f in range(2):
        org, card, _ = _company(w, rng, 16509, 1)
        docs = [f"請求書番号 INV-{rng.randint(10000, 99999)}\n取引先: {rng.choice(['株式会社ミナト', '東和商事', 'Sakura Logistics'])}\n"
                f"合計: {rng.randint(1, 900) * 1000}円 (税込)\n支払期日: 2027/02/{rng.randint(1, 28):02d}\n"
                + "\n".join(f"- 品目{j}: {rng.randint(1, 50)} x {rng.randint(100, 9000)}円" for j in range(rng.randint(1, 6)))
                for _ in range(rng.randint(120, 200))]
        box = net.ip_in(rng, 16509)
        for _ in range(n // 2):
            a = w.account(rng, "outsource_eval_jobs", None, aged(rng, 60, 500), org_id=org, payment=card, tier="enterprise")
            cl = Client("python-httpx/0.28.1", w.new_id("dev", "d_"), box, 16509)
            subset = rng.sample(docs, k=min(len(docs), rng.randint(25, 60)))
            day = 0
            while w.start + day * 24 * HOUR < w.end:
                for hour in (2, 13):
                    t = w.start + day * 24 * HOUR + hour * HOUR + rng.randrange(0, 10 * MIN)
                    for d in subset:
                        t += rng.randint(400, 3000)
                        ask(w, rng, a, t, "Extract the fields from this document:\n" + d, cl, cmean=160,
                            system=system, model="song-3-mini")
                day += 1


def ecom_sellers(w: World, n: int, nat: net.CarrierNat) -> None:
    """Small online sellers writing Tết listings from the same few templates."""
    rng = w.rng("pop/ecom_sellers")
    for _ in range(n):
        a = w.account(rng, "ecom_sellers", None, aged(rng, 3, 500))
        mobile = rng.random() < 0.5
        asn = net.pick_weighted(rng, net.HOME_MIX)
        cl = Client(net.mobile_app(rng) if mobile else net.browser(rng), w.new_id("dev", "d_"), net.ip_in(rng, asn), asn)
        goods = rng.sample(ECOM_PRODUCTS, 3)
        tpl = rng.choice(ECOM_TPL)
        k = int(rng.uniform(3, 20) * w.days)
        for ts in session_times(rng, "shop", w.start, w.end, k, 45, 6):
            text = (tpl if rng.random() < 0.7 else rng.choice(ECOM_TPL)).format(
                p=rng.choice(goods), price=rng.randint(2, 90) * 10000, pct=rng.choice([10, 15, 20, 30, 50]))
            ip, asn2 = nat.pick(rng) if mobile else (None, None)
            ask(w, rng, a, ts, text, cl, cmean=380, ip=ip, asn=asn2)


def ecom_agency(w: World, n: int) -> None:
    """A Saigon marketing agency: one account per client shop, all on the
    agency card, a script filling the catalogue in bursts."""
    rng = w.rng("pop/ecom_agency")
    org, card, ips = _company(w, rng, 45903, 2)
    for _ in range(n):
        a = w.account(rng, "ecom_agency", None, aged(rng, 40, 400), org_id=org, payment=card, tier="team")
        cl = Client("python-requests/2.32.3", "d_agency_ws01", rng.choice(ips), 45903)
        for _ in range(max(1, int(rng.uniform(1, 3) * w.days))):
            t = sample_ts(rng, "office", w.start, w.end)
            for _ in range(rng.randint(20, 80)):
                t += rng.randint(1500, 6000)
                text = rng.choice(ECOM_TPL).format(p=rng.choice(ECOM_PRODUCTS), price=rng.randint(2, 90) * 10000,
                                                   pct=rng.choice([10, 20, 30]))
                ask(w, rng, a, t, text, cl, cmean=300)


def zdr_orgs(w: World, n_bank: int, n_clinic: int) -> None:
    """A bank and a hospital chain under zero data retention: the gateway
    forwards metadata and token counts only, never prompt text."""
    rng = w.rng("pop/zdr_orgs")
    for name, n, asn, prof, pmean, cmean in [("zdr_bank", n_bank, 45903, "office", 900, 350),
                                             ("zdr_clinic", n_clinic, 45899, "vn_day", 500, 300)]:
        org, card, ips = _company(w, rng, asn, 6)
        for _ in range(n):
            a = w.account(rng, name, None, aged(rng, 90, 700), org_id=org, payment=card, tier="enterprise")
            cl = Client(rng.choice(["song-python/2.3.1", net.BROWSERS[0]]), w.new_id("dev", "d_"), rng.choice(ips), asn)
            k = int(rng.uniform(8, 50) * w.days)
            for ts in session_times(rng, prof, w.start, w.end, k, 100, 5):
                ask(w, rng, a, ts, None, cl, cmean=cmean, ptoks=int(rng.lognormvariate(6.5, 0.7) * pmean / 900) + 20)


def ai_researchers(w: World, n: int) -> None:
    """A university NLP lab evaluating song-4 on GSM8K/MATH with chain-of-thought
    prompts, walking the test sets in order from a GPU box, plus normal chat.
    Several members bill the lab's grant card."""
    rng = w.rng("pop/ai_researchers")
    org, card, _ = _company(w, rng, 24176, 1)
    gpu = net.ip_in(rng, 24176)
    for i in range(n):
        a = w.account(rng, "ai_researchers", None, aged(rng, 100, 900), org_id=org if i % 3 else None,
                      payment=card if i % 3 == 0 else "new", tier="pro")
        desk = Client(net.browser(rng), w.new_id("dev", "d_"), net.ip_in(rng, 24176), 24176)
        for ts in session_times(rng, "office", w.start, w.end, int(rng.uniform(5, 20) * w.days), 100, 4):
            ask(w, rng, a, ts, w.prompts.pick(rng, "arena") if rng.random() < 0.6 else rng.choice(VI_CHAT), desk, cmean=600)
        if rng.random() < 0.5:  # one eval run: contiguous slice of a benchmark
            bench = rng.choice(["gsm8k", "math"])
            items = w.prompts.by[bench]
            lo = rng.randrange(0, len(items) - 400)
            t = sample_ts(rng, "office", w.start + 16 * HOUR, w.end)
            cl = Client("lm-eval-harness/0.4.7 song-python/2.3.1", w.new_id("dev", "d_"), gpu, 24176)
            for q in items[lo: lo + rng.randint(80, 300)]:
                t += rng.randint(700, 4000)
                ask(w, rng, a, t, f"Question: {q}\nLet's think step by step.", cl, cmean=420, model="song-4")


def jp_translators(w: World, n: int) -> None:
    """A Da Nang translation company (JP<->VI): company card, one office, fixed
    instruction templates around very different source texts."""
    rng = w.rng("pop/jp_translators")
    org, card, ips = _company(w, rng, 45899, 3)
    for _ in range(n):
        a = w.account(rng, "jp_translators", None, aged(rng, 30, 600), org_id=org, payment=card, tier="team")
        cl = Client(net.browser(rng), w.new_id("dev", "d_"), rng.choice(ips), 45899)
        for ts in session_times(rng, "jp_client", w.start, w.end, int(rng.uniform(10, 40) * w.days), 200, 6):
            src = w.prompts.pick(rng, rng.choice(["arena", "user", "seed"]))
            ask(w, rng, a, ts, rng.choice(TRANSLATE_TPL).format(t=src), cl, cmean=500)


def teachers_quizgen(w: World, n: int) -> None:
    """Teachers preparing revision sheets for the graduation exam."""
    rng = w.rng("pop/teachers_quizgen")
    for _ in range(n):
        a = w.account(rng, "teachers_quizgen", None, aged(rng, 20, 600))
        asn = net.pick_weighted(rng, net.HOME_MIX)
        cl = Client(net.browser(rng), w.new_id("dev", "d_"), net.ip_in(rng, asn), asn)
        subj, topics = rng.choice(SUBJECTS)
        for ts in session_times(rng, "student", w.start, w.end, int(rng.uniform(3, 15) * w.days), 120, 5):
            text = rng.choice(TEACHER_TPL).format(n=rng.choice([5, 10, 15, 20]), s=subj, t=rng.choice(topics))
            ask(w, rng, a, ts, text, cl, cmean=1200)
