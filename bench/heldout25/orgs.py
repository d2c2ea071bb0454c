"""Benign organisations with staff: Mittelstand firms on one card and one
Zscaler egress, a Konzern with SSO-provisioned accounts, translation agencies
(with a CAT-tool plugin), university annotation pipelines, and an eval team
that benchmarks foehn-3 the moment it ships."""
from __future__ import annotations

from . import prompts as P
from .botprompts import annotate, eval_item
from .corpus import Corpus
from .network import Infra, browser, install_id, ip_of, ja4
from .people import sessions
from .traffic import Sink, card, created_before, model_at, new_account, session_times
from .world import (CLOCK, EP_CHAT, EP_COMPL, H, M, MODEL_NEW, MODEL_OLD, RELEASE_MS, S, day_start,
                    hexid, office_factor, rng_for)


def mittelstand(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    rng = rng_for(seed, "mittelstand")
    for size in (110, 60, 35):
        org, pay = hexid(rng, "org_", 12), card(rng)
        rollout = created_before(rng, 40, 120)
        egress = [infra.zscaler.pick(rng) for _ in range(2)]
        staff = []
        for _ in range(max(1, round(size * scale))):
            a = sink.register(new_account(rng, "mittelstand_staff", rollout + rng.randrange(0, 3600) * S, org=org,
                                          payment=pay))
            a.ua = browser(rng) if rng.random() < 0.3 else P_EDGE
            a.device = install_id(rng)
            staff.append((a, rng.choice([0.4, 0.8, 1.3, 2.0])))
        for d in range(days):
            for a, lam in staff:
                if rng.random() < 0.3:                   # already on Weihnachtsurlaub
                    continue
                for sess in sessions(rng, d, "office", lam * office_factor(d), 3, 70):
                    for ts in sess:
                        text, kind = P.office(rng, cp)
                        sink.emit(rng, a, ts, text, ip=rng.choice(egress), model=model_at(rng, ts, 0.1, 12, 0.3),
                                  kind=kind)


P_EDGE = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
          "Safari/537.36 Edg/130.0.0.0")


def konzern(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    """A large insurer: SSO provisioning created accounts in two batch runs."""
    rng = rng_for(seed, "konzern")
    org, pay = hexid(rng, "org_", 12), card(rng)
    batches = [created_before(rng, 200, 260), created_before(rng, 20, 40)]
    internal_ua = "versicherung-ki-portal/2.8.0 foehnwerk-python/2.2.0"
    for _ in range(max(1, round(300 * scale))):
        a = sink.register(new_account(rng, "konzern_sso", rng.choice(batches) + rng.randrange(0, 90) * S, org=org,
                                      payment=pay))
        tool = rng.random() < 0.45
        a.ua = internal_ua if tool else P_EDGE
        a.device = ja4(internal_ua) if tool else install_id(rng)
        lam = rng.choice([0.8, 1.2, 1.8, 2.6])
        for d in range(days):
            if rng.random() < 0.35:
                continue
            for sess in sessions(rng, d, "office", lam * office_factor(d), 3, 60):
                ip = infra.zscaler.pick(rng)
                for ts in sess:
                    r = rng.random()
                    text, kind = P.office(rng, cp) if r < 0.65 else (P.coding(rng, cp) if r < 0.8 else
                                                                  (P.translation(rng, cp), "translate"))
                    sink.emit(rng, a, ts, text, ip=ip, model=model_at(rng, ts, 0.0, 1, 0.1), kind=kind)


CAT_UA = "TradosStudio-FoehnMT/1.4.2 (Windows NT 10.0)"


def translation_agencies(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    rng = rng_for(seed, "translation")
    for size, asn in [(8, 8881), (6, 8447), (5, 3303), (4, 3320), (3, 6730), (4, 8881)]:
        org, pay = hexid(rng, "org_", 12), card(rng)
        office_ip = ip_of(rng, asn)
        created = created_before(rng, 100, 900)
        for _ in range(max(1, round(size * scale))):
            a = sink.register(new_account(rng, "translation_agency", created + rng.randrange(0, 60) * 86400 * S,
                                          org=org, payment=pay))
            cat = rng.random() < 0.5
            a.ua = CAT_UA if cat else browser(rng)
            a.device = ja4(CAT_UA) if cat else install_id(rng)
            for d in range(days):
                if cat:      # the plugin pre-translates whole documents segment by segment
                    for _ in range(rng.randrange(1, 4)):
                        start = CLOCK.at(rng, d, "office", 8, 18)
                        for ts in session_times(rng, start, rng.randrange(40, 160), 2.5, 0.4, 0.6):
                            sink.emit(rng, a, ts, P.cat_segment(rng), ip=office_ip, model=MODEL_OLD, kind="translate",
                                      hot=0.03)
                for sess in sessions(rng, d, "office", 2.0 * office_factor(d), 4, 120):
                    for ts in sess:
                        sink.emit(rng, a, ts, P.translation(rng, cp), ip=office_ip,
                                  model=model_at(rng, ts, 0.2, 8, 0.0), kind="translate")


def research_annotation(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    """PhD students labelling and paraphrasing datasets with templated prompts."""
    rng = rng_for(seed, "research")
    groups = [(680, infra.uni[0][1]), (680, infra.uni[1][1]), (1853, infra.uni[6][1]), (559, infra.uni[8][1])]
    cursor = 0
    for gi, (asn, nat) in enumerate(groups):
        org = hexid(rng, "org_", 12)
        gpay = card(rng)
        server = ip_of(rng, asn)                       # the group's GPU box / cluster login node
        for _ in range(max(1, round(6 * scale))):
            a = sink.register(new_account(rng, "research_annotation", created_before(rng, 30, 500), org=org,
                                          payment=gpay if rng.random() < 0.6 else card(rng)))
            a.ua = "python-requests/2.32.3" if rng.random() < 0.5 else "OpenAI/Python 1.55.3"
            a.device = ja4(a.ua)
            task = rng.choice(["qtype", "para", "rate"])
            for d in range(days):
                for _ in range(rng.choice([0, 1, 1, 2])):
                    start = CLOCK.at(rng, d, rng.choice(["office", "night", "eu_work"]))
                    n = rng.randrange(60, 260)
                    for ts in session_times(rng, start, n, 3.5, 0.5, 0.8):
                        text, kind = annotate(cp, task, cursor)
                        cursor += 1
                        sink.emit(rng, a, ts, text, ip=server if rng.random() < 0.85 else rng.choice(nat),
                                  model=model_at(rng, ts, 0.0, 1, 0.6), kind=kind, endpoint=EP_CHAT)


SUITES = ["gsm8k", "math", "humaneval", "mbpp", "arena", "mc_de"]
SUITE_N = {"gsm8k": 1319, "math": 500, "humaneval": 164, "mbpp": 500, "arena": 500, "mc_de": 800}


def eval_team(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    """A Munich start-up's eval team: nightly regression on foehn-2, then full
    suites on foehn-3 right after the release, at high concurrency."""
    rng = rng_for(seed, "eval_team")
    org, pay = hexid(rng, "org_", 12), card(rng)
    gpu = [ip_of(rng, 24940) for _ in range(2)] + [ip_of(rng, 680)]
    accts = []
    for _ in range(max(1, round(5 * scale))):
        a = sink.register(new_account(rng, "eval_harness", created_before(rng, 200, 600), org=org, payment=pay,
                                      nkeys=2))
        a.ua = "lm-eval-harness/0.4.7 OpenAI/Python 1.58.1"
        a.device = ja4(a.ua)
        accts.append(a)
    for d in range(days):
        for k, a in enumerate(accts):
            ip = gpu[k % len(gpu)]
            # nightly regression: a 5% slice of two suites on the current model
            start = day_start(d) + 2 * H + k * 7 * M + rng.randrange(60) * S
            runs = [(start, s, MODEL_OLD, 0.05) for s in rng.sample(SUITES, 2)]
            if RELEASE_MS >= day_start(d) and RELEASE_MS < day_start(d + 1):
                go = RELEASE_MS + rng.randrange(12, 45) * M
                for s in SUITES[k % 2::2] if len(accts) > 1 else SUITES:
                    runs.append((go, s, MODEL_NEW, 1.0))
                    go += int(SUITE_N[s] / rng.uniform(2.5, 5.0) * S) + rng.randrange(3, 20) * M
            for t0, suite, model, frac in runs:
                n = max(5, int(SUITE_N[suite] * frac))
                rate = rng.uniform(2.5, 5.0)            # requests per second, 8-16 workers
                for i in range(n):
                    ts = t0 + int(i / rate * S) + rng.randrange(400)
                    text, kind, system = eval_item(cp, suite, i)
                    sink.emit(rng, a, ts, text, ip=ip, model=model, kind=kind, system=system, hot=0.06,
                              key=a.keys[1] if model == MODEL_NEW else a.keys[0],
                              endpoint=EP_COMPL if suite == "gsm8k" else EP_CHAT)


BUILDERS = [mittelstand, konzern, translation_agencies, research_annotation, eval_team]
