"""Benign populations of individuals: consumers, phones, families, VPNs, newcomers, FIFO workers."""
from __future__ import annotations

from . import networks as nw
from .core import (EP_CHAT, LAUNCH_MS, START_MS, World, comp, created_between, per_day, rotating, sticky, times)
from .people import (au_city, cgnat, client, everyday, home_addr, home_and_mobile, human_traffic)
from .texts import LANG_WRAP, NEWCOMER_WRAP
from .world import HOUR_MS, MOBILE_UA, SDK_UA, ja4_for


def general_consumers(w: World, n: int) -> None:
    """Ordinary people on home NBN / UFB and their phones, on the web app or mobile app."""
    r = w.rng("pop/general_consumers")
    for _ in range(n):
        city = au_city(r)
        ua, dev = client(w, r)
        paid = r.random() < 0.3
        a = w.account("general_consumers", city, created_between(r, 3, 900), tier="t1" if paid else "free",
                      pay=w.card() if paid else None, ua=ua, device=dev, net=home_and_mobile(w, r, city),
                      h3_delay_h=r.uniform(0, 30), h3_share=r.uniform(0.2, 0.9))
        human_traffic(w, r, a, per_day(r, w.days, 4.0, 0.8), "consumer")


def mobile_cgnat(w: World, n: int) -> None:
    """Phone-only users: every request from a carrier CGNAT address shared with thousands of others."""
    r = w.rng("pop/mobile_cgnat")
    for _ in range(n):
        city = au_city(r)
        carrier = r.choice(["one_nz", "2degrees"]) if city == "auckland" else r.choice(
            ["telstra_mobile", "telstra_mobile", "optus_mobile", "vodafone_au"])
        a = w.account("mobile_cgnat", city, created_between(r, 1, 700), ua=r.choice(MOBILE_UA), device=w.dev(),
                      net=rotating(cgnat(w, carrier)), h3_delay_h=r.uniform(2, 40), h3_share=0.5)
        human_traffic(w, r, a, per_day(r, w.days, 4.0, 0.7), "consumer", per_session=(1, 4), median=260)


def family_card(w: World, n: int) -> None:
    """Households sharing one card: parents on work stuff, teenagers on homework, one home IP."""
    r = w.rng("pop/family_card")
    made = 0
    while made < n:
        city = au_city(r)
        card, home = w.card(), home_addr(r, city)
        for i in range(min(r.randint(2, 5), n - made)):
            ua, dev = client(w, r, 0.5)
            teen = i >= 2
            a = w.account("family_card", city, created_between(r, 5, 500), tier="t1", pay=card, ua=ua, device=dev,
                          net=home_and_mobile(w, r, city, 0.3, home=home), h3_share=0.6, h3_delay_h=r.uniform(4, 30))
            mix = {"wordmath": 35, "math": 15, "chat_short": 30, "nq": 20} if teen else None
            human_traffic(w, r, a, per_day(r, w.days, 5, 0.7), "student" if teen else "consumer", mix=mix)
            made += 1


def vpn_users(w: World, n: int) -> None:
    """Privacy-minded users behind commercial VPN / WARP exits shared with strangers."""
    r = w.rng("pop/vpn_users")
    exits = {k: nw.pool(w.rng("pool/" + k), k, m) for k, m in (("m247_vpn", 40), ("datacamp_vpn", 25),
                                                             ("cloudflare_warp", 60))}
    names = list(exits)
    for _ in range(n):
        city = au_city(r)
        ua, dev = client(w, r, 0.2)
        ex = exits[r.choice(names)]
        a = w.account("vpn_users", city, created_between(r, 10, 800), tier=r.choice(["free", "t1"]), ua=ua,
                      device=dev, net=rotating(ex) if r.random() < 0.5 else sticky(ex, 0.6))
        if a.tier == "t1":
            a.pay = w.card()
        human_traffic(w, r, a, per_day(r, w.days, 6, 0.7), r.choice(["consumer", "night"]))


def _lang_wrap(lang: str):
    def wrap(r, p: str) -> str:
        return r.choice(LANG_WRAP[lang]).format(q=p) if r.random() < 0.7 else p
    return wrap


def oweek_international(w: World, n: int) -> None:
    """O-Week international students: accounts made this week, non-English framing, shared dorm NATs."""
    r = w.rng("pop/oweek_international")
    dorms = [nw.pool(w.rng(f"pool/dorm{i}"), net, 3) for i, net in
             enumerate(["superloop", "tpg", "aussiebb", "superloop", "vocus", "tpg"])]
    campus = [nw.pool(w.rng(f"pool/campus{i}"), "aarnet", 6, index=i) for i in range(8)]
    langs = ["zh"] * 5 + ["vi", "vi", "hi", "hi", "id", "ko", "ne"]
    for _ in range(n):
        city = r.choice(["sydney", "sydney", "melbourne", "melbourne", "brisbane", "perth"])
        dorm, camp = r.choice(dorms), r.choice(campus)
        ua, dev = client(w, r, 0.55)

        def net(rr, dorm=dorm, camp=camp):
            return rr.choice(camp) if rr.random() < 0.45 else rr.choice(dorm)
        a = w.account("oweek_international", city, created_between(r, -1.5, 9), ua=ua, device=dev, net=net,
                      h3_delay_h=r.uniform(1, 20), h3_share=0.6)
        mix = {"chat_short": 30, "instr": 20, "nq": 10, "wordmath": 15, "math": 10, "code": 15}
        human_traffic(w, r, a, per_day(r, w.days, 9, 0.6), "student", mix=mix, wrap=_lang_wrap(r.choice(langs)))


def multilingual_households(w: World, n: int) -> None:
    """Bilingual families and community translators: non-English prompts, translation requests."""
    r = w.rng("pop/multilingual_households")
    langs = ["zh", "zh", "vi", "hi", "ko", "mi", "sm", "id"]
    for _ in range(n):
        city = r.choice(["sydney", "melbourne", "auckland", "auckland", "brisbane"])
        ua, dev = client(w, r, 0.5)
        a = w.account("multilingual_households", city, created_between(r, 20, 700), ua=ua, device=dev,
                      net=home_and_mobile(w, r, city), tier=r.choice(["free", "t1"]))
        if a.tier == "t1":
            a.pay = w.card()
        human_traffic(w, r, a, per_day(r, w.days, 6, 0.6), "consumer", wrap=_lang_wrap(r.choice(langs)),
                      mix={"chat_short": 45, "instr": 35, "nq": 20})


def search_extension(w: World, n: int) -> None:
    """'Harbour Search' browser extension: each user's own key, one shared system prompt, short queries."""
    r = w.rng("pop/search_extension")
    system = ("You are Harbour Search in the browser sidebar. Answer the user's search in at most three sentences, "
              "then suggest one follow-up search.")
    for _ in range(n):
        city = au_city(r)
        a = w.account("search_extension", city, created_between(r, 2, 400), ua="HarbourSearch/1.8.0 (Chrome 144)",
                      device=w.dev(), net=home_and_mobile(w, r, city, 0.1), endpoint=EP_CHAT, keys=[w.key()],
                      models=["harbour-2.5-mini"], h3_share=0.0)
        ts = times(w, r, a, "consumer", per_day(r, w.days, 8, 0.7), (2, 10), 45)
        for t in ts:
            w.emit(r, a, t, r.choice(w.c["nq"]), system=system, completion=comp(r, 90, 0.4))


def fifo_mining(w: World, n: int) -> None:
    """Fly-in fly-out mine workers in the Pilbara: camp Wi-Fi NAT or Starlink, shift-shaped days."""
    r = w.rng("pop/fifo_mining")
    camps = [nw.pool(w.rng(f"pool/camp{i}"), "pilbara_wan", 2) for i in range(4)]
    sat = nw.pool(w.rng("pool/starlink"), "starlink", 30)
    for _ in range(n):
        camp = r.choice(camps)

        def net(rr, camp=camp):
            return rr.choice(sat) if rr.random() < 0.3 else rr.choice(camp)
        a = w.account("fifo_mining", "perth", created_between(r, 30, 900), ua=r.choice(MOBILE_UA), device=w.dev(),
                      net=net, tier=r.choice(["free", "t1"]), h3_delay_h=r.uniform(10, 40))
        if a.tier == "t1":
            a.pay = w.card()
        human_traffic(w, r, a, per_day(r, w.days, 5, 0.6), "fifo", gap=120,
                      mix={"chat_short": 40, "nq": 25, "instr": 20, "chat": 15})


def power_users(w: World, n: int) -> None:
    """Heavy developers and writers: hundreds of requests a day, coding agents, early harbour-3 adopters."""
    r = w.rng("pop/power_users")
    for _ in range(n):
        city = au_city(r)
        ua = r.choice(SDK_UA[:5])
        home = home_addr(r, city)
        cloud = (nw.host(r, "aws_syd"), nw.asn("aws_syd"))
        a = w.account("power_users", city, created_between(r, 60, 1000), tier=r.choice(["t2", "t2", "t3"]),
                      pay=w.card(), keys=[w.key() for _ in range(r.randint(1, 3))], ua=ua, device=ja4_for(ua),
                      net=lambda rr, h=home, c=cloud: c if rr.random() < 0.25 else h, endpoint=EP_CHAT,
                      h3_delay_h=r.uniform(0, 2), h3_share=0.85, retry=0.9)
        human_traffic(w, r, a, per_day(r, w.days, 70, 0.6), "dev", per_session=(5, 40), gap=25, median=600,
                      mix={"code": 45, "arena": 20, "chat": 20, "math": 5, "instr": 10})


def launch_newcomers(w: World, n: int) -> None:
    """Signed up after the harbour-3 launch news: paste famous benchmark questions to test it."""
    r = w.rng("pop/launch_newcomers")
    for _ in range(n):
        city = au_city(r)
        created = LAUNCH_MS + int(r.uniform(0.2, 30) * HOUR_MS)
        if created >= w.end - HOUR_MS:
            created = LAUNCH_MS + int(r.uniform(0.2, 8) * HOUR_MS)
        ua, dev = client(w, r, 0.3)
        a = w.account("launch_newcomers", city, created, ua=ua, device=dev, net=home_and_mobile(w, r, city),
                      h3_delay_h=0, h3_share=0.92, models=["harbour-2.5"])
        nreq = per_day(r, 1, 14, 0.8)
        ts = times(w, r, a, "consumer", nreq, (3, 15), 50, not_before=created + 30_000)
        for t in ts:
            pool = r.choices(["math", "gsm8k", "humaneval", "arena", "chat_short", "nq"], [18, 14, 8, 25, 25, 10])[0]
            q = r.choice(w.c[pool])
            w.emit(r, a, t, r.choice(NEWCOMER_WRAP).format(q=q) if pool in ("math", "gsm8k", "humaneval") else q,
                   completion=comp(r, 520, 0.6))
