"""Benign consumer populations: everyday chat, launch-night tryers, VPN users, translators."""
from __future__ import annotations

from . import lang, networks as N, text as T
from .base import Pop, comp_len
from .world import (HOUR, LAUNCH, MINUTE, MODEL_NEW, created_between, gr_consumer, gr_office, il_consumer,
                    il_office, session_times)

_MOB = {"GR": N.GR_MOBILE, "IL": N.IL_MOBILE, "CY": ("cy_mob_kypros",)}
_HOME = {"GR": N.GR_HOME, "IL": N.IL_HOME, "CY": N.CY_HOME}


def _local_chat(rng, c: str) -> str:
    r = rng.random()
    if c == "IL" and r < 0.5:
        return lang.hebrew_chat(rng)
    if c != "IL" and r < 0.45:
        return lang.greek_chat(rng)
    return T.casual(rng, T.chat_prompt(rng))


def _consumer(p: Pop, c: str, created: int | None, paid: float = 0.35):
    rng = p.rng
    a = p.account(created, card=N.card(rng) if rng.random() < paid else None, country=c)
    a.home = N.home_ip(rng, rng.choice(_HOME[c]))
    if rng.random() < 0.5:
        a.ua, a.device = N.mobile_app(rng, c)
        a.net = rng.choice(_MOB[c])
    else:
        a.ua, a.device = N.browser(rng)
    return a


def _where(rng, a):
    if a.net and rng.random() < 0.6:
        return N.cgnat_ip(rng, a.net)
    return a.home


def general_chat(seed: int, win, n: int = 2000) -> Pop:
    p = Pop("general_chat", seed, window=win)
    rng = p.rng
    for _ in range(n):
        c = rng.choices(("GR", "IL", "CY"), (48, 36, 16))[0]
        a = _consumer(p, c, None if rng.random() < 0.01 else created_between(rng, 1, 900))
        prof = il_consumer if c == "IL" else gr_consumer
        k = max(1, min(140, int(rng.lognormvariate(1.7, 0.9))))
        for ts in session_times(rng, prof, win.lo, win.hi, k, mean_len=3, gap_s=60):
            model = "aegean-2" if a.card else "aegean-2-mini"
            if a.card and ts > LAUNCH and rng.random() < 0.45:
                model = MODEL_NEW
            p.emit(a, ts, _local_chat(rng, c), completion=comp_len(rng, 420), model=model, ip=_where(rng, a))
    return p


FAMOUS = ("How many r's are in the word strawberry?", "Which is bigger, 9.11 or 9.9?",
          "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much does the ball cost?",
          "Sally has 3 brothers. Each of her brothers has 2 sisters. How many sisters does Sally have?",
          "Write a playable snake game in Python using pygame.", "Explain the Monty Hall problem and prove the answer.",
          "What is heavier, a kilogram of feathers or a kilogram of steel?", "Write a sonnet about the Aegean sea.",
          "Prove that there are infinitely many primes.", "What's your knowledge cutoff and what's new in aegean-3?",
          "Γράψε ένα ποίημα για την Ακρόπολη στο ύφος του Καβάφη", "כתוב שיר על תל אביב בסגנון של יהודה עמיחי",
          "Solve: If x + 1/x = 3, what is x^3 + 1/x^3?", "Draw an ASCII unicorn.", "Write a regex that validates an IPv4 address.")


def launch_tryers(seed: int, win, n: int = 520) -> Pop:
    """Launch night: people try aegean-3 with the famous trick questions and benchmark problems."""
    p = Pop("launch_tryers", seed, window=win)
    rng = p.rng
    for _ in range(n):
        c = rng.choices(("GR", "IL", "CY"), (45, 40, 15))[0]
        new = rng.random() < 0.4
        first = LAUNCH + int(rng.expovariate(1 / (2.5 * HOUR)))
        if rng.random() < 0.08:                             # eager: refreshing before it is live (404s)
            first = LAUNCH - rng.randrange(2, 20) * MINUTE
        created = first - rng.randrange(60_000, 40 * MINUTE) if new else created_between(rng, 5, 800)
        a = _consumer(p, c, created, paid=0.25 if new else 0.6)
        if rng.random() < 0.15:
            a.ua, a.device, a.keys = N.sdk(rng), None, [p.api_key()]
        k = rng.randrange(3, 26)
        times = [t for t in session_times(rng, lambda h: 1.0, first, first + 90 * MINUTE, k, mean_len=12, gap_s=35)
                 if t < win.hi]
        times += session_times(rng, il_consumer if c == "IL" else gr_consumer, LAUNCH + 14 * HOUR, win.hi,
                               rng.randrange(0, 6), mean_len=3) if rng.random() < 0.4 else []
        for ts in sorted(times):
            r = rng.random()
            q = (rng.choice(FAMOUS) if r < 0.45 else T.pick(rng, rng.choice(("arena", "math", "humaneval", "gsm8k")))
                 if r < 0.8 else _local_chat(rng, c))
            p.emit(a, ts, T.casual(rng, q), completion=comp_len(rng, 700), model=MODEL_NEW, ip=_where(rng, a), p429=0.02)
    return p


def vpn_users(seed: int, win, n: int = 200) -> Pop:
    """Privacy-minded users on commercial VPNs: exit changes per session, many users per exit."""
    p = Pop("vpn_users", seed, window=win)
    rng = p.rng
    for _ in range(n):
        c = rng.choices(("GR", "IL", "CY"), (4, 4, 2))[0]
        a = _consumer(p, c, created_between(rng, 3, 800), paid=0.5)
        if rng.random() < 0.7:
            a.ua, a.device, a.net = (*N.browser(rng), None)
        ip = N.vpn_ip(rng)
        for ts in session_times(rng, il_consumer if c == "IL" else gr_consumer, win.lo, win.hi,
                                max(1, int(rng.lognormvariate(2.2, 0.7))), mean_len=4, gap_s=70):
            if rng.random() < 0.25:
                ip = N.vpn_ip(rng)
            model = MODEL_NEW if a.card and ts > LAUNCH and rng.random() < 0.4 else "aegean-2"
            p.emit(a, ts, _local_chat(rng, c), completion=comp_len(rng, 450), model=model, ip=ip)
    return p


def translators(seed: int, win, n: int = 110) -> Pop:
    """Freelance translators (Greek/Hebrew/English/Arabic) and a Nicosia agency sharing a card and office."""
    p = Pop("translators", seed, window=win)
    rng = p.rng
    agency_card, agency_ip = N.named_card("Lingua Kypria"), N.fixed_ip("cy_home_troodos", "Lingua Kypria")
    for i in range(n):
        agency = i < 12
        c = "CY" if agency else rng.choices(("GR", "IL", "CY"), (4, 5, 1))[0]
        a = _consumer(p, c, created_between(rng, 10, 900), paid=1.0)
        if agency:
            a.card, a.home, a.net = agency_card, agency_ip, None
            a.ua, a.device = N.browser(rng)
        prof = gr_office if c != "IL" else il_office
        for ts in session_times(rng, lambda h: 0.5 * prof(h) + 0.3 * gr_consumer(h), win.lo, win.hi,
                                rng.randrange(6, 70), mean_len=6, gap_s=120):
            src = T.pick(rng, "arena") if rng.random() < 0.3 else T.pick(rng, rng.choice(("si_user", "si_seed")))
            q = lang.translation(rng, src) if rng.random() < 0.85 else _local_chat(rng, c)
            model = MODEL_NEW if ts > LAUNCH + 2 * HOUR and rng.random() < 0.3 else "aegean-2"
            p.emit(a, ts, q, completion=comp_len(rng, 600), model=model, ip=_where(rng, a))
    return p



