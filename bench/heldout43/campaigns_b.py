"""Evasive distillation campaigns: aged sleeper accounts, Greek/Hebrew chain-of-thought elicitation,
an insider in a legitimate company, a reseller laundering harvest among real customers, and a phone
farm that passes for exam candidates."""
from __future__ import annotations

from . import lang, networks as N, text as T
from .base import Pop, comp_len
from .benign_work import AGENT_UA, COMPANIES, IDE_JA4, IDE_UA, company_org, company_system
from .world import (DAY, HOUR, LAUNCH, MODEL_NEW, T0, created_between, flat_service, gr_consumer, il_consumer,
                    paced, sample_ts, session_times, uuid4)


def _model(rng, ts: int, share: float = 0.7) -> str:
    return MODEL_NEW if ts >= LAUNCH + 3 * HOUR and rng.random() < share else "aegean-2"


def _sticky(rng, nets, days: int) -> list[tuple[str, int]]:
    """A residential-proxy 'sticky session': one home exit per day, like a household's line."""
    return [N.home_ip(rng, rng.choice(nets)) for _ in range(days + 1)]


def aged_sleepers(seed: int, win, n: int = 170) -> Pop:
    """Accounts bought or farmed months ago, one card each, human daily rhythm on sticky residential
    exits; paraphrased CoT harvest mixed into ordinary local chat."""
    p = Pop("aged_sleepers", seed, "attack", "c43-sleepers", win)
    rng = p.rng
    deck = T.Deck(rng, ("math", "gsm8k"))
    for _ in range(n):
        c = rng.choice(("GR", "GR", "IL", "CY"))
        a = p.account(created_between(rng, 150, 420), card=N.card(rng), country=c)
        a.ua, a.device = N.browser(rng) if rng.random() < 0.6 else N.mobile_app(rng, c)
        exits = _sticky(rng, N.IL_HOME if c == "IL" else N.GR_HOME + N.CY_HOME, win.days)
        prof = il_consumer if c == "IL" else gr_consumer
        for ts in session_times(rng, prof, win.lo, win.hi, rng.randrange(30, 60), mean_len=5, gap_s=75):
            if rng.random() < 0.55:
                task = deck.next() if rng.random() < 0.8 else T.arena_coding(rng)
                q, comp = T.paraphrase_cot(rng, task), comp_len(rng, 1000, 0.45)
            else:
                r = rng.random()
                q = (lang.hebrew_chat(rng) if c == "IL" else lang.greek_chat(rng)) if r < 0.4 else T.casual(rng, T.chat_prompt(rng))
                comp = comp_len(rng, 420)
            p.emit(a, ts, q, completion=comp, model=_model(rng, ts), ip=exits[(ts - T0) // DAY])
    return p


def cot_gr_he(seed: int, win, n: int = 90) -> Pop:
    """Chain-of-thought elicitation written in Greek and Hebrew around benchmark problems,
    from accounts aged for months on local mobile and home lines."""
    p = Pop("cot_greek_hebrew", seed, "attack", "c43-cot-gr-he", win)
    rng = p.rng
    deck = T.Deck(rng, ("math", "gsm8k", "svamp"))
    for i in range(n):
        he = i % 2 == 1
        c = "IL" if he else rng.choice(("GR", "GR", "CY"))
        a = p.account(created_between(rng, 60, 160), card=N.card(rng), country=c)
        if rng.random() < 0.6:
            a.ua, a.device = N.mobile_app(rng, c)
            a.net = rng.choice(N.IL_MOBILE if he else (N.GR_MOBILE if c == "GR" else ("cy_mob_kypros",)))
        else:
            a.ua, a.device = N.browser(rng)
        a.home = N.home_ip(rng, rng.choice(N.IL_HOME if he else (N.GR_HOME if c == "GR" else N.CY_HOME)))
        prof = il_consumer if he else gr_consumer
        for ts in session_times(rng, prof, win.lo, win.hi, rng.randrange(35, 75), mean_len=6, gap_s=60):
            if rng.random() < 0.72:
                q = lang.cot_foreign(rng, deck.next(), "he" if he else "el")
                comp = comp_len(rng, 1200, 0.45)
            else:
                q, comp = (lang.hebrew_chat(rng) if he else lang.greek_chat(rng)), comp_len(rng, 400)
            ip = N.cgnat_ip(rng, a.net) if a.net and rng.random() < 0.8 else a.home
            p.emit(a, ts, q, completion=comp, model=_model(rng, ts), ip=ip)
    return p


def insider(seed: int, win) -> Pop:
    """Two engineers inside Tzafon Systems: normal IDE use by day; at night the company's agent
    infrastructure runs a paced loop of coding problems asking for the full reasoning."""
    p = Pop("insider_tech_corp", seed, "attack", "c43-insider", win)
    rng = p.rng
    c = COMPANIES[0]
    org, cardfp, sysp = company_org(c), N.named_card(c["name"]), company_system(c)
    deck = T.Deck(rng, ("mbpp", "humaneval"))
    for created in (created_between(rng, 380, 420), created_between(rng, 18, 30)):
        a = p.account(created, card=cardfp, org=org, system=sysp, country="IL", ua=IDE_UA, device=IDE_JA4,
                      home=N.pool_ip(rng, c["office"], c["name"], 6))
        a.keys = [p.api_key(), p.api_key()]
        for ts in session_times(rng, lambda h: 1.0 if 9 <= h % 24 < 18 and h < 24 else 0.05, win.lo, win.hi,
                                rng.randrange(15, 40), mean_len=5, gap_s=120):
            p.emit(a, ts, T.arena_coding(rng), completion=comp_len(rng, 600))
        for night in range(-1, win.days):
            start = T0 + night * DAY + 22 * HOUR + rng.randrange(-90, 60) * 60_000
            for ts in paced(rng, max(win.lo, start), min(win.hi, start + rng.randrange(5, 8) * HOUR), rng.uniform(55, 90), 0.5):
                src = rng.random()
                task = deck.next() if src < 0.6 else (T.arena_coding(rng) if src < 0.85 else T.pick(rng, "math"))
                p.emit(a, ts, T.paraphrase_code(rng, task), completion=comp_len(rng, 1300, 0.4), model=_model(rng, ts, 0.8),
                       endpoint=rng.choice(("/v1/chat/completions", "/v1/responses")), ua=AGENT_UA, device=None,
                       ip=N.pool_ip(rng, c["agents"], c["name"] + "nat", 3), key=a.keys[1], p429=0.01)
    return p


CUSTOMER_SYS = (None, "You are a helpful assistant.", "Είσαι βοηθός εξυπηρέτησης πελατών για ηλεκτρονικό κατάστημα. Απάντα σύντομα.",
                "אתה עוזר אישי. ענה בעברית.", "You are a marketing copywriter for a Cyprus real-estate agency.",
                "You are a coding assistant. Prefer Python.")


def reseller(seed: int, win, n: int = 5) -> Pop:
    """A Limassol 'AI gateway' reselling access: real customers' traffic with harvest laundered into it."""
    p = Pop("reseller_laundering", seed, "attack", "c43-reseller", win)
    rng = p.rng
    cardfp, org = N.named_card("Kypros AI Gateway Ltd"), p.org()
    maths, code = T.Deck(rng, ("math", "gsm8k")), T.Deck(rng, ("mbpp", "humaneval"))
    for j in range(n):
        a = p.account(created_between(rng, 200, 330), card=cardfp, org=org, country="CY",
                      ua=rng.choice(("python-httpx/0.28.1", "aegean-python/2.5.3")), device=None)
        a.keys = [p.api_key() for _ in range(4)]
        k = int(rng.uniform(900, 1400) * win.days / 2)
        for ts in sorted(sample_ts(rng, flat_service, win.lo, win.hi) for _ in range(k)):
            ip = N.pool_ip(rng, rng.choice(("ovh", "cy_dc_amathus")), "kag" + str(j), 3)
            r = rng.random()
            if r < 0.36:
                x = rng.random()
                q = (T.paraphrase_cot(rng, maths.next()) if x < 0.5 else T.paraphrase_code(rng, code.next()) if x < 0.8
                     else lang.cot_foreign(rng, maths.next(), rng.choice(("el", "he"))))
                p.emit(a, ts, q, completion=comp_len(rng, 1100, 0.45), model=_model(rng, ts, 0.85),
                       system=rng.choice(CUSTOMER_SYS[:2]), ip=ip, p429=0.008)
            else:
                c = rng.choice(("GR", "IL", "CY", "EN"))
                q = lang.greek_chat(rng) if c in ("GR", "CY") else lang.hebrew_chat(rng) if c == "IL" else T.chat_prompt(rng)
                p.emit(a, ts, q, completion=comp_len(rng, 380), model=_model(rng, ts, 0.5), system=rng.choice(CUSTOMER_SYS),
                       ip=ip, p429=0.008)
    return p


def _farm_profile(h: float) -> float:
    x = h % 24
    return 0.85 if (7 <= x or x < 1.5) else 0.08


def phone_farm(seed: int, win, n: int = 130) -> Pop:
    """Handsets on Greek mobile carriers in exam season: free-tier app accounts asking benchmark maths
    'step by step' in student Greek, reinstalled every day; they never pause for the exam papers."""
    p = Pop("exam_season_phone_farm", seed, "attack", "c43-phonefarm", win)
    rng = p.rng
    deck = T.Deck(rng, ("math", "gsm8k", "svamp"))
    for _ in range(n):
        a = p.account(created_between(rng, 12, 45), card=N.card(rng) if rng.random() < 0.15 else None, country="GR")
        a.ua, first = N.mobile_app(rng, "GR")
        installs = [first] + [(first[:4] + uuid4(rng).upper()) if first.startswith("ios") else
                              "and:" + f"{rng.getrandbits(64):016x}" for _ in range(win.days)]
        a.net = rng.choice(N.GR_MOBILE)
        for ts in session_times(rng, _farm_profile, win.lo, win.hi, rng.randrange(40, 75), mean_len=7, gap_s=50, sigma=0.6):
            if rng.random() < 0.86:
                q = rng.choice(lang.GR_STUDENTISH).format(p=deck.next())
                comp = comp_len(rng, 1000, 0.45)
            else:
                q, comp = lang.greek_chat(rng), comp_len(rng, 350)
            p.emit(a, ts, q, completion=comp, model="aegean-2" if a.card else "aegean-2-mini",
                   ip=N.cgnat_ip(rng, a.net), device=installs[(ts - T0) // DAY], p429=0.012)
    return p

