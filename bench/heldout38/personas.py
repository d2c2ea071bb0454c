"""A generic app/web person: the building block of the consumer populations (and of the
campaigns that pretend to be consumers). Population modules fill in a Spec."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Callable

from . import clients, nets
from .engine import Account, Draft, PopOut, acct_id, model_adopter, session_times, thread
from .world import (CITIES, DAY, EP_APP, HOUR, ID_CITIES, MIN, UTBK_SESSIONS, Window, bins96, hid, lognorm, pick_w,
                    poisson, rng, sample_times)

# content(r) -> (first message, completion kind); follows: the language's follow-up pool
Content = Callable[[random.Random], tuple[str, str]]


@dataclass
class Spec:
    name: str
    n: int
    content: Content
    follows: tuple[str, ...]
    cities: tuple = ID_CITIES
    rhythm: str = "student"
    routine: str = "student"
    per_day: float = 2.0           # sessions per active local day
    active_p: float = 0.7
    reqs: float = 3.0              # median requests per session
    gap_s: float = 70.0            # median think time between requests in a session
    p_follow: float = 0.6
    muslim: float = 0.85
    commute: bool = False
    clients: tuple = (("app", 80), ("web", 20))
    second_web_p: float = 0.12     # also uses the web on a laptop
    pro_p: float = 0.1
    pay_p: float | None = None     # share with a payment instrument (default: pro users)
    home_p: float = 0.6
    day: Callable[[random.Random, str], nets.Egress | None] | None = None
    mobile_mix: tuple = nets.MOBILE_ID
    fixed_mix: tuple = nets.FIXED_ID
    locale: str = "id-ID"
    created: Callable[[random.Random, Window], int] | None = None
    exam_p: float = 0.0
    adopt: float = 0.35
    adopt_lag_h: float = 8.0
    update_p: float = 0.45          # app users who update to the launch build within the window
    boost: Callable[[int, random.Random], dict[int, float] | None] | None = None
    where: Callable[[random.Random, object, str], object] | None = None   # custom network
    label: str = "benign"
    campaign: str | None = None
    extra: dict = field(default_factory=dict)


def aged(r: random.Random, W: Window, lo_days: float, hi_days: float, skew: float = 1.6) -> int:
    """Creation time lo..hi days before the window, skewed towards the recent end."""
    u = r.random() ** skew
    return W.start - int((lo_days + u * (hi_days - lo_days)) * DAY) - r.randrange(DAY)


def pay_fp(seed: int, *parts: object) -> str:
    return "pf_" + hid(seed, "pay", *parts, n=8)


def build(W: Window, s: Spec) -> PopOut:
    out = PopOut(s.name, s.label, s.campaign)
    for i in range(s.n):
        r = rng(W.seed, f"{s.name}/{i}")
        aid = acct_id(W.seed, s.name, i)
        city = CITIES[pick_w(r, s.cities)]
        created = s.created(r, W) if s.created else aged(r, W, 3, 700)
        pro = r.random() < s.pro_p
        pay_p = s.pay_p if s.pay_p is not None else (1.0 if pro else 0.0)
        pay = pay_fp(W.seed, s.name, i) if r.random() < pay_p else None
        kind = pick_w(r, s.clients)
        ua = clients.app_ua(r, s.locale) if kind == "app" else clients.web_ua(r)
        dev = clients.install_id(W.seed, s.name, i) if kind == "app" else clients.browser_id(W.seed, s.name, i)
        if s.where is not None:
            where = s.where(r, city, aid)
        else:
            day = s.day(r, city.name) if s.day else None
            where = nets.phone(r, city, s.routine, home_p=s.home_p, day=day, mobile_mix=s.mobile_mix,
                               fixed_mix=s.fixed_mix, key=aid)
        upgrade_at = None
        if kind == "app" and r.random() < s.update_p:
            upgrade_at = max(created, W.launch + int(lognorm(r, 10, 1.0, 0.2, 60) * HOUR))
        if kind == "app" and created >= W.launch:
            upgrade_at = created  # installed after launch: the store already serves the launch build
        acct = Account(aid, s.name, s.campaign, created, city, "pro" if pro else "free", pay=pay, ua=ua, device=dev,
                       where=where, upgrade_at=upgrade_at, legacy_p=s.extra.get("legacy_p", 0.02))
        model_at = model_adopter(r, W, acct.plan, adopt=s.adopt, lag_h=s.adopt_lag_h)
        web2 = (clients.web_ua(r), clients.browser_id(W.seed, s.name, i, "2")) if r.random() < s.second_web_p else None
        exam = None
        if s.exam_p and r.random() < s.exam_p:
            exam = (r.randrange(W.days), UTBK_SESSIONS[r.randrange(2)])

        def weights(d: int, exam=exam) -> list[float]:
            boost = s.boost(d, r) if s.boost else None
            if exam and d == exam[0]:
                boost = dict(boost or {})
                boost.update({4: 3.0, 5: 3.0, 6: 1.5})        # up after Subuh, last-minute revision
                end_h = exam[1][1] // 60
                boost.update({end_h + 1: 2.0, end_h + 2: 1.6})  # after the test: checking answers
            if exam and d == exam[0] - 1:
                boost = dict(boost or {})
                boost.update({20: 1.6, 21: 1.8, 22: 1.8, 23: 1.4})
            return bins96(s.rhythm, city, muslim=s.muslim, exam=exam[1] if exam and d == exam[0] else None,
                          commute=s.commute, boost=boost)

        drafts = person_drafts(r, W, city, weights, s.content, s.follows, model_at, per_day=s.per_day,
                               active_p=s.active_p, reqs=s.reqs, gap_s=s.gap_s, p_follow=s.p_follow,
                               alt=(web2, 0.3) if web2 else None)
        out.add(W, acct, drafts, r)
    return out


def person_drafts(r: random.Random, W: Window, city, weights, content: Content, follows, model_at, *,
                  per_day: float, active_p: float, reqs: float, gap_s: float, p_follow: float = 0.6,
                  endpoint: str = EP_APP, system: str | None = None, alt=None) -> list[Draft]:
    """Sessions of a person: starts from the day's weights, a conversation in each.
    alt: ((user_agent, device_id), share of sessions on that second device)."""
    drafts: list[Draft] = []
    for t0 in sample_times(r, W, city, per_day, weights, active_p):
        n = max(1, int(round(lognorm(r, reqs, 0.7, 1, 80))))
        times = session_times(r, t0, n, gap_s)
        first, k = content(r)
        ds = thread(r, times, first, follows, k, model_at, endpoint, system, p_follow, new_first=lambda: content(r))
        if alt is not None and r.random() < alt[1]:
            for d in ds:
                d.ua, d.device = alt[0]
        drafts.extend(ds)
    return drafts


def exam_crowd_boost(d: int, r: random.Random) -> dict[int, float] | None:
    """Students not sitting a test this day still study harder during exam week."""
    return {21: 1.2, 22: 1.2}


def campus(r: random.Random, city: str) -> nets.Egress | None:
    uni = {"Jakarta": "ui", "Bandung": "itb", "Yogyakarta": "ugm", "Surabaya": "its", "Makassar": "unhas",
           "Medan": "usu", "Kuala Lumpur": "um", "Penang": "um"}.get(city)
    return CAMPUS.get(uni) if uni else None


def office(r: random.Random, city: str) -> nets.Egress:
    """One of the world's offices in that city (colleagues share the office NAT)."""
    offices = OFFICES.get(city) or OFFICES["Jakarta"]
    return offices[r.randrange(len(offices))]


def _offices() -> dict[str, list[nets.Egress]]:
    r = random.Random("world/offices")
    out: dict[str, list[nets.Egress]] = {}
    for city, n in (("Jakarta", 40), ("Bandung", 10), ("Surabaya", 12), ("Yogyakarta", 6), ("Medan", 6),
                    ("Makassar", 5)):
        out[city] = [nets.Egress(pick_w(r, (("biznet", 30), ("cbn", 15), ("indihome", 25), ("lintasarta", 15),
                                            ("myrepublic", 8), ("firstmedia", 7))), r, r.randint(1, 3))
                     for _ in range(n)]
    out["Kuala Lumpur"] = [nets.Egress(pick_w(r, (("unifi", 60), ("tmone", 40))), r, 2) for _ in range(10)]
    out["Penang"] = [nets.Egress("unifi", r, 1) for _ in range(4)]
    out["Singapore"] = [nets.Egress(pick_w(r, (("singtel", 60), ("starhub", 40))), r, 2) for _ in range(10)]
    return out


OFFICES = _offices()
CAMPUS = {u: nets.Egress(u, random.Random(f"world/campus/{u}"), 12) for u in
          ("ui", "itb", "ugm", "its", "unhas", "usu", "um")}
__all__ = ["Spec", "aged", "build", "campus", "office", "person_drafts", "exam_crowd_boost", "pay_fp", "MIN", "poisson", "session_times"]
