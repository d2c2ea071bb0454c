"""Distillation campaigns, part 3: three built to be hard. Each copies a benign population's
trace (client, device, network, rhythm, phrasing) and still harvests tens of answers per account
per day. What gives them away is only what they ask over time, in aggregate."""
from __future__ import annotations

import random

from . import clients, nets
from . import content as C
from . import harvest as H
from . import phrases as P
from .engine import Account, PopOut, acct_id, model_adopter
from .personas import aged, exam_crowd_boost, office, pay_fp, person_drafts
from .world import CITIES, EP_APP, EP_CHAT, HOUR, ID_CITIES, MY_CITIES, Window, bins96, lognorm, pick_w, rng

DEV_SYSTEMS = (
    "You are a senior software engineer. Answer with working code and a short explanation.",
    "Kamu asisten pemrograman. Jawab dengan kode yang rapi dan penjelasan singkat dalam Bahasa Indonesia.",
    "You are an expert Python programmer. Think carefully, then give a complete solution.",
    "You are a coding assistant inside a terminal. Be concise.",
)
DEV_FOLLOWS = ("Tool result: tests passed. Continue.", "Tool result: 1 failed (AssertionError). Fix it.",
               "ok, now optimise it", "bisa dibuat lebih singkat?", "add type hints", "thanks, next")


def _harvest_fn(r: random.Random, sweep: H.Sweep, wrappers, cot_pool, cot_p: float, cover_p: float, lang: str):
    def f(_r: random.Random) -> tuple[str, str]:
        if r.random() < cover_p:
            return H.cover(r, lang)
        name, q = sweep.next()
        pool = wrappers if name not in ("mbpp", "humaneval") else P.CODE_WRAP_ID if lang == "id" else (("{q}",) + H.CODE_HARVEST)
        text, cot = H.wrapped(r, q, pool, cot_pool, cot_p)
        return text, H.kind_of(name, cot)
    return f


def student_mimic(W: Window, n: int = 110) -> PopOut:
    """'Pelajar' accounts made one by one over months, each on its own phone-like trace (app install,
    CGNAT mobile by day and a home line at night via per-account mobile/residential proxies), student
    rhythm with exam-week boost, casual maths questions in student phrasing; ~30 a day, no repeats."""
    out = PopOut("siluman_pelajar", "attack", "siluman_pelajar")
    for i in range(n):
        r = rng(W.seed, f"siluman_pelajar/{i}")
        aid = acct_id(W.seed, out.name, i)
        city = CITIES[pick_w(r, ID_CITIES)]
        pro = r.random() < 0.3
        ua = clients.app_ua(r)
        upgrade = W.launch + int(lognorm(r, 8, 1.0, 0.3, 40) * HOUR) if r.random() < 0.5 else None
        acct = Account(aid, out.name, out.name, aged(r, W, 40, 120, 1.0), city, "pro" if pro else "free",
                       pay=pay_fp(W.seed, out.name, i) if pro else None, ua=ua,
                       device=clients.install_id(W.seed, out.name, i),
                       where=nets.phone(r, city, "student", home_p=0.6, key=aid), upgrade_at=upgrade, legacy_p=0.02)
        sweep = H.Sweep(W.seed, ("math", "gsm8k", "svamp"), "siluman", i, n)
        content = _harvest_fn(r, sweep, P.ID_CASUAL_MATH + P.JV_SU, P.COT_MILD, 0.55, 0.2, "id")
        model_at = model_adopter(r, W, acct.plan, adopt=0.8, lag_h=2)

        def weights(d: int, city=city) -> list[float]:
            return bins96("student", city, muslim=0.85, boost=exam_crowd_boost(d, r))
        drafts = person_drafts(r, W, city, weights, content, P.FOLLOW_ID, model_at, per_day=4.5, active_p=0.95,
                               reqs=5, gap_s=60, p_follow=0.25)
        out.add(W, acct, drafts, r)
    return out


def dev_mimic(W: Window, n: int = 90) -> PopOut:
    """'Indie developers': SDK clients with the common TLS fingerprints, home fibre and coworking
    offices, own card each, agent-like sessions with tool-result follow-ups, code tasks."""
    out = PopOut("bayangan_dev", "attack", "bayangan_dev")
    for i in range(n):
        r = rng(W.seed, f"bayangan_dev/{i}")
        aid = acct_id(W.seed, out.name, i)
        city = CITIES[pick_w(r, ID_CITIES + (("Kuala Lumpur", 5), ("Singapore", 5)))]
        ua, fp = clients.tool(pick_w(r, (("py", 40), ("py_openai", 25), ("node", 25), ("node22", 10))))
        mob = nets.MOBILE_MY if city.country == "MY" else (("singtel_mobile", 1),) if city.country == "SG" else nets.MOBILE_ID
        fix = nets.FIXED_MY if city.country == "MY" else nets.FIXED_SG if city.country == "SG" else nets.FIXED_ID
        where = nets.phone(r, city, "office", home_p=0.95, day=office(r, city.name), key=aid, mobile_mix=mob,
                           fixed_mix=fix, p_out=0.05)
        acct = Account(aid, out.name, out.name, aged(r, W, 30, 200, 1.0), city, "api", pay=pay_fp(W.seed, out.name, i),
                       api_key="key_" + aid[4:], ua=ua, device=fp, where=where, retry=True)
        sweep = H.Sweep(W.seed, ("mbpp", "humaneval", "arena"), "bayangan", i, n)
        content = _harvest_fn(r, sweep, P.EN_WRAP, ("Explain your reasoning in detail before the code.",
                                                     "Jelaskan penalaranmu sebelum menulis kode."), 0.5, 0.12, "en")
        model_at = model_adopter(r, W, "api", adopt=0.8, lag_h=1.5)
        boost = {10: 1.6, 11: 1.8, 12: 1.5}
        drafts = person_drafts(r, W, city, lambda d: bins96("dev", city, muslim=0.6, boost=boost if d == 0 else None),
                               content, DEV_FOLLOWS, model_at, per_day=2.2, active_p=0.9, reqs=12, gap_s=22,
                               p_follow=0.3, endpoint=EP_CHAT, system=P.one(r, DEV_SYSTEMS))
        out.add(W, acct, drafts, r)
    return out


def malay_mimic(W: Window, n: int = 100) -> PopOut:
    """Aged Malaysian accounts bought in bulk: Unifi/Maxis home lines and Maxis/CelcomDigi mobile via
    per-account proxies, office-hours rhythm with prayer pauses, Malay phrasing, 30% ordinary chat."""
    out = PopOut("kabut_melayu", "attack", "kabut_melayu")
    for i in range(n):
        r = rng(W.seed, f"kabut_melayu/{i}")
        aid = acct_id(W.seed, out.name, i)
        city = CITIES[pick_w(r, MY_CITIES)]
        app = r.random() < 0.6
        ua = clients.app_ua(r, "ms-MY") if app else clients.web_ua(r)
        dev = clients.install_id(W.seed, out.name, i) if app else clients.browser_id(W.seed, out.name, i)
        pay = pay_fp(W.seed, out.name, i) if r.random() < 0.35 else None
        upgrade = W.launch + int(lognorm(r, 6, 1.0, 0.3, 40) * HOUR) if app and r.random() < 0.6 else None
        acct = Account(aid, out.name, out.name, aged(r, W, 180, 540, 1.0), city, "pro" if pay else "free", pay=pay,
                       ua=ua, device=dev, legacy_p=0.25, upgrade_at=upgrade,
                       where=nets.phone(r, city, "office", home_p=0.8, day=office(r, city.name), key=aid,
                                        mobile_mix=nets.MOBILE_MY, fixed_mix=nets.FIXED_MY))
        sweep = H.Sweep(W.seed, ("math", "gsm8k", "mbpp"), "kabut", i, n)
        content = _harvest_fn(r, sweep, P.MY_WRAP, P.COT_MILD, 0.6, 0.3, "my")
        model_at = model_adopter(r, W, acct.plan, adopt=0.7, lag_h=3)
        drafts = person_drafts(r, W, city, lambda d: bins96("writer", city, muslim=0.6, commute=True), content,
                               P.FOLLOW_MY, model_at, per_day=3.5, active_p=0.95, reqs=5, gap_s=75, p_follow=0.25,
                               endpoint=EP_APP)
        out.add(W, acct, drafts, r)
    return out


def build_all(W: Window) -> list[PopOut]:
    return [student_mimic(W), dev_mimic(W), malay_mimic(W)]


__all__ = ["C", "EP_CHAT", "build_all"]
