"""Benign people at home and on the move: consumer-app users behind carrier CGNAT,
families sharing one tablet, derby-night fans, and foreign residents / visitors roaming."""
from __future__ import annotations

from bench.heldout32 import lang
from bench.heldout32.base import Ctx, Home, Phone, choice, city, lognorm, session_ip, wpick
from bench.heldout32.clients import account, app, browser, created, install_id, payment, web_id
from bench.heldout32.events import ev, model_for
from bench.heldout32.net import ip_in
from bench.heldout32.world import FULLTIME, HALFTIME, KICKOFF, MIN, sessions

APP = "/app/conversation"


def _in_derby(t: int) -> bool:
    return KICKOFF - 30 * MIN <= t < FULLTIME + 60 * MIN


def consumer_prompt(cx: Ctx, rng, t: int) -> str:
    r = rng.random()
    if _in_derby(t) and r < .3:
        return lang.tr_derby(rng)
    if r < .42:
        return lang.tr_chat(rng)
    if r < .6:
        return lang.TR_ANSWER.replace("{p}", cx.corpus.chat(rng))
    if r < .8:
        return cx.corpus.chat(rng)
    if r < .88:
        return lang.tr_homework(rng, cx.corpus.pick(rng, wpick(rng, [("gsm8k", 3), ("math", 2), ("svamp", 1)])))
    return cx.corpus.pick(rng, "nq")


def _client(rng, a: dict, p_app: float) -> bool:
    on_app = rng.random() < p_app
    a["ua"], a["dev"] = app(rng) if on_app else (browser(rng), web_id(rng))
    return on_app


def consumer_app(cx: Ctx):
    """Everyday chat users; mobile ones share carrier CGNAT addresses with thousands of others."""
    pop = "b_consumer_app_cgnat"
    rng = cx.rng(pop)
    accts, evs = [], []
    for _ in range(1000):
        paid = rng.random() < .2
        a = account(rng, pop, False, created_ms=created(rng, 1, 1400), tier="t1" if paid else "free",
                    pay=payment(rng) if paid else None, keys=0, city=city(rng))
        on_app = _client(rng, a, .6)
        phone, home, warp = Phone(rng), Home(cx, rng), rng.random() < .05
        last: dict = {}

        def where():
            if warp:
                return cx.net.vpn_ip(rng, "warp")
            return phone.ip(cx, rng) if rng.random() < (.7 if on_app else .15) else home.ip(rng)
        for t in sessions(rng, lognorm(rng, 3.5 * cx.days, .8, hi=300), "consumer", cx.lo, cx.hi, 3, 70, derby=True):
            ip, asn = session_ip(cx, rng, t, last, where)
            evs.append(ev(rng, a, t, consumer_prompt(cx, rng, t), ip=ip, asn=asn,
                          model=model_for(rng, t, "app"), endpoint=APP))
        accts.append(a)
    return accts, evs


def family_tablet(cx: Ctx):
    """2-4 family accounts on one shared tablet and home line; a child does maths homework
    step by step, a parent's card pays for one or two of them."""
    pop = "b_family_shared_tablet"
    rng = cx.rng(pop)
    accts, evs = [], []
    for _ in range(140):
        home, tablet, card, c = Home(cx, rng), install_id(rng, "and"), payment(rng), city(rng)
        tab_ua = "LodosChat/4.12.1 (Android 13; SM-X210)"
        for role in ["parent", "kid", "parent", "kid"][: rng.randint(2, 4)]:
            paid = role == "parent" and rng.random() < .5
            a = account(rng, pop, False, created_ms=created(rng, 2, 60) if role == "kid" else created(rng, 60, 900),
                        tier="t1" if paid else "free", pay=card if paid else None, keys=0, city=c,
                        ua=tab_ua, dev=tablet)
            own_phone = Phone(rng) if role == "parent" else None
            n = lognorm(rng, (6 if role == "kid" else 4) * cx.days, .7, hi=200)
            for t in sessions(rng, n, "evening" if role == "kid" else "consumer", cx.lo, cx.hi, 4, 90, derby=True):
                if own_phone and rng.random() < .5:            # the parent also uses their own phone
                    ua, dev = app(rng)
                    ip, asn = own_phone.ip(cx, rng)
                else:
                    ua, dev = tab_ua, tablet
                    ip, asn = home.ip(rng)
                q = cx.corpus.pick(rng, wpick(rng, [("svamp", 3), ("gsm8k", 3), ("math", 1)]))
                p = lang.tr_homework(rng, q) if role == "kid" and rng.random() < .75 else consumer_prompt(cx, rng, t)
                evs.append(ev(rng, a, t, p, ip=ip, asn=asn, ua=ua, dev=dev, kind="cot" if role == "kid" else "chat",
                              model=model_for(rng, t, "app"), endpoint=APP))
            accts.append(a)
    return accts, evs


def derby_fans(cx: Ctx):
    """Fans who open the app during the cup derby: same few questions, same minutes."""
    pop = "b_derby_night_fans"
    rng = cx.rng(pop)
    accts, evs = [], []
    lo, hi = KICKOFF - 30 * MIN, min(cx.hi, FULLTIME + 60 * MIN)

    def moment() -> int:
        while True:
            t = lo + int(rng.random() * (hi - lo))
            w = 3 if HALFTIME[0] <= t < HALFTIME[1] else 2.5 if FULLTIME <= t < FULLTIME + 30 * MIN else .6
            if rng.random() * 3 < w:
                return t
    for _ in range(380 if hi > lo else 0):
        a = account(rng, pop, False, created_ms=created(rng, 3, 1000), keys=0, city=city(rng))
        _client(rng, a, .85)
        phone = Phone(rng)
        ts = sorted(moment() for _ in range(rng.randint(1, 6)))
        ts += sessions(rng, rng.randint(0, 4), "consumer", cx.lo, cx.hi, 2, 60)
        for t in sorted(ts):
            ip, asn = phone.ip(cx, rng)
            p = lang.tr_derby(rng) if _in_derby(t) else consumer_prompt(cx, rng, t)
            evs.append(ev(rng, a, t, p, ip=ip, asn=asn, model=model_for(rng, t, "app"), endpoint=APP))
        accts.append(a)
    return accts, evs


ROAM = [("rostelecom", "ru", 30), ("mci_ir", "fa", 25), ("azercell", "az", 15), ("te_egypt", "ar", 20), ("dtag", "de", 10)]


def roaming_visitors(cx: Ctx):
    """Foreign residents and visitors: non-English prompts from home-carrier roaming IPs,
    hotel Wi-Fi and tourist SIMs."""
    pop = "b_roaming_visitors_multilingual"
    rng = cx.rng(pop)
    accts, evs = [], []
    for _ in range(200):
        carrier, lg, _ = choice(rng, [r for r in ROAM for _ in range(r[2] // 5)])
        a = account(rng, pop, False, created_ms=created(rng, 20, 1100), keys=0, city="ist",
                    tier="t1" if rng.random() < .25 else "free")
        a["pay"] = payment(rng) if a["tier"] == "t1" else None
        _client(rng, a, .7)
        hotel, sim = Home(cx, rng, "superonline"), Phone(rng, "turkcell")
        home_ip = ip_in(rng, carrier)
        for t in sessions(rng, lognorm(rng, 3 * cx.days, .7, hi=80), "consumer", cx.lo, cx.hi, 3, 80):
            ip, asn = wpick(rng, [(home_ip, 5), (hotel.ip(rng), 3), (sim.ip(cx, rng), 2)])
            base = cx.corpus.chat(rng) if rng.random() < .7 else lang.tr_chat(rng)
            p = lang.other(rng, lg, base) if rng.random() < .8 else base
            evs.append(ev(rng, a, t, p, ip=ip, asn=asn, model=model_for(rng, t, "app"), endpoint=APP))
        accts.append(a)
    return accts, evs
