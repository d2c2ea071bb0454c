"""Benign populations of people: consumers, students, power users, comparers,
privacy users and enterprise staff."""
from __future__ import annotations

import random

from corpus import HOMEWORK, TASK_KINDS, VIRAL, Corpus, homework, native
from emit import Emitter, first_party_model, lognorm, local_time, poisson, session_times, weekend
from world import (AFRICA, AS_DATACAMP, AS_DFN, AS_M247, AS_STARLINK, AS_SWITCH, AS_WARP, DACH, DAY,
                   EUROPE, HISPANIC, HOUR, MIN, NEW_MODEL, START_MS, Net, World, pick_ua)

CHAT_MIX = {"chat": 5, "nq": 1.5, "gsm8k": 0.3, "math": 0.2, "mbpp": 0.2}


def _first_party(w: World, r: random.Random, region: str, mobile_share: float):
    """Device, user agent and network of someone using the web or mobile app."""
    if r.random() < mobile_share:
        ua = pick_ua("android" if region not in ("CH", "QC") or r.random() < 0.5 else "ios", r)
        return w.hexid("att:"), ua, w.mobile_net(region, r)
    return w.hexid("dbsc:"), pick_ua("web", r), w.home_net(region, r)


def _payment(w: World, r: random.Random, region: str) -> str | None:
    x = r.random()
    if x < 0.35:
        return None  # free tier
    if region in AFRICA and x < 0.85:
        return w.hexid("momo:")
    if region in ("MX", "GT") and x < 0.6:
        return w.hexid("oxxo:")  # cash voucher; a new reference per top-up
    if region in EUROPE and x < 0.6:
        return w.hexid("sepa:")
    return w.hexid("card:")


def _chat_day(em: Emitter, c: Corpus, a, r: random.Random, day: int, rate: float, profile: str,
              mix: dict, lang_share: float = 0.3, tz: int | None = None) -> None:
    w = em.w
    tz = w.tz(a.region) if tz is None else tz
    lang = w.lang(a.region)
    for _ in range(poisson(r, rate / 4.0)):
        t0 = local_time(r, day, tz, profile)
        a.session += 1
        n = 1 + poisson(r, 3.0)
        ctx = 0
        for ts in session_times(r, t0, n, 70):
            if r.random() < lang_share:
                p, kind = native(lang, r), "chat"
            else:
                kind, p = c.mixed(mix, r)
            if kind in ("gsm8k", "math", "svamp") and r.random() < 0.5:
                p = homework(lang if lang in HOMEWORK else "en", p, r)
            model = first_party_model(a, ts, w, r)
            out = (700, 0.6) if kind in TASK_KINDS else (380, 0.7)
            dev = a.devices[r.randrange(len(a.devices))]
            if em.emit(a, ts, r, p, model=model, endpoint="/chat/conversation", out=out, ctx=ctx,
                       device=dev, key=None):
                ctx += toks_est(p) + int(out[0])


def toks_est(p: str) -> int:
    return len(p) // 4


def consumers(w: World, em: Emitter, c: Corpus) -> None:
    """Everyday users of the web and mobile app in all regions."""
    r = random.Random("h13-consumers-%d" % w.seed)
    regions = EUROPE + ("SN", "CI", "CM", "QC")
    for _ in range(w.n(1500)):
        reg = r.choice(regions)
        dev, ua, net = _first_party(w, r, reg, 0.45)
        created = START_MS - int(min(1100, lognorm(r, 280, 1.1)) * DAY) - r.randrange(DAY)
        if r.random() < 0.03:  # signed up during the window
            created = START_MS + r.randrange(w.days * DAY)
        a = w.account("consumers", "benign", None, reg, created, net,
                      payment=_payment(w, r, reg), devices=[dev], ua=ua)
        if r.random() < 0.15:  # same account on laptop and phone
            a.devices.append(w.hexid("att:" if dev.startswith("dbsc") else "dbsc:"))
        rate = lognorm(r, 6, 0.9)
        for day in range(-1, w.days + 1):
            _chat_day(em, c, a, r, day, rate * (1.3 if weekend(day) else 1.0), "home", CHAT_MIX)


def hispanic_mobile(w: World, em: Emitter, c: Corpus) -> None:
    """Spanish-speaking app users on carrier CGNAT in the Andes, Mexico and Guatemala.
    Cheap Samsung A13s dominate; siblings share a phone (and its attestation key)."""
    r = random.Random("h13-hispanic-%d" % w.seed)
    phone = None
    for i in range(w.n(1000)):
        reg = r.choice(HISPANIC)
        if phone is None or r.random() > 0.12:
            phone = (w.hexid("att:"), "KestrelApp/5.2.0 (Android 13; SM-A135F)" if r.random() < 0.35
                     else pick_ua("android", r))
        net = w.mobile_net(reg, r) if r.random() < 0.8 else w.home_net(reg, r)
        a = w.account("hispanic_mobile", "benign", None, reg, START_MS - int(lognorm(r, 120, 1.2) * DAY), net,
                      payment=_payment(w, r, reg), devices=[phone[0]], ua=phone[1])
        a.created_at = min(a.created_at, w.end - r.randrange(1, 4 * HOUR))
        rate = lognorm(r, 5, 0.9)
        mix = {"chat": 3, "nq": 2, "gsm8k": 0.6, "svamp": 0.4}
        for day in range(-1, w.days + 1):
            _chat_day(em, c, a, r, day, rate, "home", mix, lang_share=0.45)


def students(w: World, em: Emitter, c: Corpus) -> None:
    """Lycée and university students in Dakar, Abidjan, Douala and Quebec asking for
    worked maths solutions, many on a campus NAT, families sharing a wallet."""
    r = random.Random("h13-students-%d" % w.seed)
    campuses = []
    for reg in ("SN", "SN", "CI", "CM", "QC"):
        asn = {"SN": 8346, "CI": 29571, "CM": 30992, "QC": 376}[reg]
        campuses.append((reg, w.ip(asn, r)))
    wallet = None
    for _ in range(w.n(600)):
        reg, campus = r.choice(campuses)
        net = Net("fixed", [campus]) if r.random() < 0.45 else w.mobile_net(reg, r)
        if wallet is None or r.random() < 0.6:
            wallet = w.hexid("momo:") if reg != "QC" and r.random() < 0.5 else None
        ua = pick_ua("android" if r.random() < 0.6 else "web", r)
        dev = w.hexid("att:" if ua.startswith("Kestrel") else "dbsc:")
        a = w.account("students", "benign", None, reg, START_MS - int(lognorm(r, 60, 1.0) * DAY), net,
                      payment=wallet, devices=[dev], ua=ua)
        rate = lognorm(r, 9, 0.7)
        mix = {"gsm8k": 3, "svamp": 2, "math": 2, "chat": 1.5, "nq": 0.5}
        for day in range(-1, w.days + 1):
            exam = 1.6 if day == w.days - 1 else 1.0
            _chat_day(em, c, a, r, day, rate * exam, "student", mix, lang_share=0.2)


def power_users(w: World, em: Emitter, c: Corpus) -> None:
    """PhD students, quants and indie hackers on the API: hundreds of maths and code
    requests a day, long answers, often at night; mostly DACH/Baltics."""
    r = random.Random("h13-power-%d" % w.seed)
    for _ in range(w.n(60)):
        reg = r.choice(DACH + ("EE", "LT", "NL"))
        uni = r.random() < 0.4
        net = Net("fixed", [w.ip(r.choice((AS_SWITCH, AS_DFN)), r)]) if uni else w.home_net(reg, r)
        a = w.account("power_users", "benign", None, reg, START_MS - int(lognorm(r, 400, 0.8) * DAY), net,
                      payment=w.hexid("card:"), keys=[w.hexid("key_", 6)], ua=pick_ua("sdk", r))
        a.extra["pinned"] = r.choice(("kestrel-4-reason", "kestrel-4"))
        rate = lognorm(r, 120, 0.6)
        mix = {"math": 2, "gsm8k": 0.5, "mbpp": 1, "humaneval": 0.3, "arena": 2, "chat": 0.5}
        style = r.choice(("", "Think carefully and show your reasoning.\n\n", "Be rigorous.\n\n",
                          "Explain step by step, then give the final answer.\n\n"))
        for day in range(-1, w.days + 1):
            for _ in range(poisson(r, rate / 25)):
                t0 = local_time(r, day, w.tz(reg), "owl")
                for ts in session_times(r, t0, 1 + poisson(r, 24), 25, 0.9):
                    kind, p = c.mixed(mix, r)
                    model = NEW_MODEL if ts > w.release + 2 * HOUR and r.random() < 0.7 else a.extra["pinned"]
                    em.emit(a, ts, r, style + p if r.random() < 0.6 else p, model=model, endpoint="/v1/responses",
                            out=(1100, 0.6), max_out=16384)


def comparers(w: World, em: Emitter, c: Corpus) -> None:
    """After kestrel-5 ships, hobbyists, journalists and YouTubers (some with fresh
    accounts) send the same viral test prompts to kestrel-4 and kestrel-5."""
    r = random.Random("h13-comparers-%d" % w.seed)
    for _ in range(w.n(250)):
        reg = r.choice(EUROPE + HISPANIC + ("QC", "SN"))
        fresh = r.random() < 0.35
        created = (w.release + int(r.uniform(0, 14) * HOUR)) if fresh else START_MS - int(lognorm(r, 200, 1) * DAY)
        api = r.random() < 0.4
        dev, ua, net = _first_party(w, r, reg, 0.3)
        a = w.account("comparers", "benign", None, reg, created, net, payment=_payment(w, r, reg),
                      devices=[None if api else dev], keys=[w.hexid("key_", 6) if api else None],
                      ua=pick_ua("sdk", r) if api else ua)
        t = max(created, w.release) + int(lognorm(r, 3, 1.0) * HOUR)
        tz = w.tz(reg)
        for _ in range(r.randint(1, 3)):
            lt = (t + tz * HOUR) % DAY
            if lt < 7 * HOUR:
                t += 7 * HOUR - lt + r.randrange(3 * HOUR)
            a.session += 1
            prompts = r.sample(VIRAL, r.randint(3, 8)) + [c.pick(r.choice(("arena", "math", "chat")), r)
                                                          for _ in range(r.randint(0, 6))]
            for p in prompts:
                for m in ((NEW_MODEL, "kestrel-4") if r.random() < 0.7 else (NEW_MODEL,)):
                    t += int(lognorm(r, 40, 0.8) * 1000)
                    em.emit(a, t, r, p, model=m, endpoint="/v1/responses" if api else "/chat/conversation",
                            out=(600, 0.7))
            t += int(lognorm(r, 8, 0.7) * HOUR)
        if r.random() < 0.5:  # background use on the other days
            for day in range(-1, w.days + 1):
                _chat_day(em, c, a, r, day, 4, "home", CHAT_MIX)


def privacy_users(w: World, em: Emitter, c: Corpus) -> None:
    """Users behind commercial VPNs, WARP and Starlink; privacy browsers refuse
    device-bound sessions, so device_id is empty; many keep making new accounts."""
    r = random.Random("h13-privacy-%d" % w.seed)
    vpn_pool = [w.ip(asn, r) for asn in (AS_M247, AS_DATACAMP, AS_WARP) for _ in range(20)]
    for _ in range(w.n(250)):
        reg = r.choice(EUROPE + HISPANIC + ("QC",))
        if r.random() < 0.15:
            net = Net("fixed", [w.ip(AS_STARLINK, r)])
        else:
            net = Net("pool", [vpn_pool[r.randrange(len(vpn_pool))] for _ in range(r.randint(2, 10))])
        created = START_MS + int(r.uniform(-30, w.days) * DAY) if r.random() < 0.5 else START_MS - int(lognorm(r, 150, 1) * DAY)
        a = w.account("privacy_users", "benign", None, reg, created, net,
                      payment=None if r.random() < 0.6 else w.hexid("card:"), devices=[None],
                      ua=pick_ua("web", r))
        rate = lognorm(r, 7, 0.8)
        for day in range(-1, w.days + 1):
            _chat_day(em, c, a, r, day, rate, "owl", {"chat": 4, "arena": 2, "math": 0.5, "mbpp": 0.5, "nq": 1},
                      lang_share=0.15)
