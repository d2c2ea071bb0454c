"""Benign individuals: web/app chat users, API developers, release-day sign-ups,
cybercafe customers and grant-funded academics."""
from __future__ import annotations

import random

from .common import Client, converse, session_starts, turns
from .net import UAS, ja4, pick
from .text import (CHAT_WRAP, EVAL_CODE, EVAL_GSM, EVAL_MATH, FOLLOWUPS, LANG, STUDY_WRAP, lognorm, toks,
                   web_system)
from .world import DAY, HOUR, MIN, SEC, World, local_hour, rfc3339

CHAT_REGIONS = {"FR": 37, "PT": 12, "MA": 13, "DZ": 13, "TN": 7, "AO": 6, "MZ": 6, "MG": 3, "RE": 3, "MU": 2}
DEV_REGIONS = {"FR": 50, "PT": 18, "TN": 10, "MA": 10, "DZ": 4, "RE": 3, "MZ": 2, "AO": 2, "MU": 1}
CHAT_MIX = {"arena": 30, "awesome_short": 12, "seed": 7, "user": 10, "nq": 25, "gsm8k": 5, "math": 4, "mbpp": 3,
            "humaneval": 1, "svamp": 3}
FREE_WEB_CAP, FREE_API_CAP = 40, 30
SDK = {"httpx": 48, "undici": 22, "requests": 12, "go": 6, "java": 5, "curl": 4, "aiohttp": 3}


def consumer_payment(w: World, rng: random.Random, region: str) -> str:
    local = {"PT": ("mbway", 0.4), "AO": ("unitelmoney", 0.6), "MZ": ("mpesa", 0.7), "MG": ("mvola", 0.6)}.get(region)
    if local and rng.random() < local[1]:
        return w.pay(local[0])
    if region in ("FR", "PT") and rng.random() < 0.15:
        return w.pay("sepa")
    return w.pay("card")


def wrap(rng: random.Random, lang: str, text: str) -> str:
    return rng.choice(CHAT_WRAP[lang]).format(p=text)


def _chat_user(w: World, rng: random.Random, pop: str, region: str, cl: Client, a, per_day: float,
               profile: str = "chat", lo: int | None = None, mix: dict | None = None) -> None:
    lang = LANG[region] if rng.random() < 0.6 else "en"
    free = a.payment is None
    used: dict[int, int] = {}
    for t0 in session_starts(w, rng, cl.tz, profile, per_day, lo=lo):
        src, text = w.corpus.mix(rng, mix or CHAT_MIX)
        first = wrap(rng, lang, text)
        tl = turns(rng, first, FOLLOWUPS[lang], 1.4)
        day = w.day_of(t0)
        left = FREE_WEB_CAP - used.get(day, 0) if free else 999
        if left <= 0:
            continue
        tl, capped = tl[:left], len(tl) > left
        used[day] = used.get(day, 0) + len(tl)
        model = w.model(rng, t0, free, 0.9)
        system = web_system(rfc3339(t0)[:10], lang)
        addr = cl.addr(w, rng, t0)
        end = converse(w, rng, a, t0, tl, addr=addr, ua=cl.ua, device=cl.device, endpoint=cl.endpoint, model=model,
                       system=system, cmed=120 if src == "nq" else 330, gap=(15, 200))
        if capped:
            w.emit(a, end, prompt=rng.choice(FOLLOWUPS[lang]), ptoks=40, ctoks=0, model=model, endpoint=cl.endpoint,
                   ip=addr[0], asn=addr[1], ua=cl.ua, device=cl.device, system=system, status=429)


def chat_web(w: World) -> None:
    rng = w.rng("chat-web")
    for _ in range(w.n(3300)):
        region = pick(rng, CHAT_REGIONS)
        mobile_vpn = rng.random() < 0.05
        cl = Client(rng, region, mobile=True if mobile_vpn else None,
                    isp=(rng.choice(["warp", "warp", "private_relay"]) if mobile_vpn else None))
        # purchasing-power pricing makes the Plus plan common in Mozambique, Angola and Madagascar
        pay = consumer_payment(w, rng, region) if rng.random() < (0.35 if region in ("MZ", "AO", "MG") else 0.22) else None
        created = w.start - int(min(rng.expovariate(1 / 200), 900) * DAY) - rng.randrange(DAY)
        a = w.account("chat-web", created, payment=pay, region=region)
        _chat_user(w, rng, "chat-web", region, cl, a, min(rng.lognormvariate(0.5, 1.0), 10))


def api_devs(w: World) -> None:
    rng = w.rng("api-devs")
    for _ in range(w.n(450)):
        region = pick(rng, DEV_REGIONS)
        stack = pick(rng, SDK)
        r = rng.random()
        cloud = rng.choice(["ovh", "scaleway", "aws_paris", "hetzner", "digitalocean"]) if r < 0.3 else ("warp" if r < 0.34 else None)
        cl = Client(rng, region, mobile=False, stack=stack, isp=cloud)
        payk = {"MZ": "mpesa", "AO": "unitelmoney", "MG": "mvola"}.get(region)
        r = rng.random()
        pay = None if r < 0.2 else w.pay(payk if payk and r < 0.7 else ("sepa" if region in ("FR", "PT") and r > 0.8 else "card"))
        a = w.account("api-devs", w.created_before(rng, 3, 800), payment=pay, region=region, nkeys=rng.randint(1, 3))
        dev_traffic(w, rng, a, cl, min(rng.lognormvariate(0.1, 0.8), 6))


def dev_traffic(w: World, rng: random.Random, a, cl: Client, per_day: float, lo: int | None = None,
                hi: int | None = None) -> None:
    """A developer's own API use: interactive tries, small scripts, and a mini-eval after the release."""
    free = a.payment is None
    system = w.corpus.get(rng, "awesome_short")[:1500] if rng.random() < 0.5 else None
    script_tpl = rng.choice(["Answer concisely: {q}", "Classify the sentiment of: {q}", "Summarise in one sentence:\n{q}",
                             "Extract the entities as JSON:\n{q}", "{q}", "Résume en une phrase : {q}"])
    script_src = rng.choice(["nq", "user", "seed", "nq"])
    profile = "work" if rng.random() < 0.6 else "chat"
    used: dict[int, int] = {}
    key = rng.choice(a.keys)
    starts = [(t, "script" if rng.random() < 0.15 else "chat") for t in session_starts(w, rng, cl.tz, profile, per_day, lo, hi)]
    if rng.random() < 0.5 and (lo or 0) < w.end and w.release_paid < w.end:
        ts = w.sample_ts(rng, cl.tz, "work", max(w.release_paid, lo or 0) + 10 * MIN, hi)
        if ts is not None:
            starts.append((ts, "eval"))  # a mini-eval of the new model
    if free and rng.random() < 0.3:  # a daily cron job right after the free quota resets at 00:00 UTC
        cron = rng.randrange(30, 15 * 60) * SEC
        starts += [(w.start + d * DAY + cron + rng.randrange(20) * SEC, "script") for d in range(w.days)]
    for t0, kind in sorted(starts):
        addr = cl.addr(w, rng, t0)
        model = "brume-3" if kind == "eval" and not free else w.model(rng, t0, free, 0.5)
        n = {"chat": rng.randint(1, 8), "script": rng.randint(10, 100), "eval": rng.randint(10, 60)}[kind]
        ts = t0
        bench = rng.choice(["gsm8k", "math", "humaneval"])
        tpl = {"gsm8k": EVAL_GSM, "math": EVAL_MATH, "humaneval": EVAL_CODE}[bench]
        for i in range(n):
            day = w.day_of(ts)
            used[day] = used.get(day, 0) + 1
            status = 429 if free and used[day] > FREE_API_CAP else None
            if kind == "chat":
                prompt, sysp, cm = w.corpus.mix(rng, {"arena": 6, "seed": 2, "user": 2, "awesome_short": 1})[1], system, 420
            elif kind == "script":
                prompt, sysp, cm = script_tpl.format(q=w.corpus.get(rng, script_src)), None, 90
            else:
                prompt, sysp, cm = tpl.format(q=w.corpus.head(rng, bench, 120)), None, 380
            c = lognorm(rng, cm, 0.7, 5, 4000)
            c = w.emit(a, ts, prompt=prompt, ptoks=toks(prompt) + toks(sysp) + 9, ctoks=c, model=model,
                       endpoint="/v1/chat/completions", ip=addr[0], asn=addr[1], ua=cl.ua, device=cl.device,
                       system=sysp, key=key, status=status, rng=rng)
            if status == 429 and used[day] > FREE_API_CAP + 4:
                break
            gap = rng.uniform(15, 240) if kind == "chat" else rng.uniform(0.3, 5)
            ts += int(c * rng.uniform(8, 20) + gap * SEC)


def release_signups(w: World) -> None:
    rng = w.rng("release-signups")
    mix = {"arena": 40, "awesome_short": 8, "nq": 5, "seed": 10}
    for _ in range(w.n(320)):
        region = pick(rng, {"FR": 45, "PT": 15, "MA": 10, "TN": 10, "DZ": 10, "RE": 3, "MZ": 3, "AO": 2, "MG": 2})
        created = w.release_paid + int(min(rng.expovariate(1 / (3 * HOUR)), 14 * HOUR))
        if created >= w.end - 10 * MIN:
            created = w.release_paid + rng.randrange(2 * HOUR)
        api = rng.random() < 0.5
        pay = consumer_payment(w, rng, region) if (api and rng.random() < 0.6) or rng.random() < 0.1 else None
        a = w.account("release-signups", created, payment=pay, region=region)
        cl = Client(rng, region, mobile=False if api else None, stack=pick(rng, SDK) if api else None)
        lang = LANG[region] if rng.random() < 0.4 else "en"
        t0 = created + rng.randrange(2 * MIN, 25 * MIN)
        for _s in range(rng.randint(1, 4)):
            addr = cl.addr(w, rng, t0)
            model = w.model(rng, t0, pay is None, 1.0)
            ts = t0
            for _i in range(rng.randint(2, 14)):
                if rng.random() < 0.35:
                    bench = rng.choice(["gsm8k", "math", "humaneval", "mbpp"])
                    prompt = w.corpus.head(rng, bench, 60)
                else:
                    prompt = wrap(rng, lang, w.corpus.mix(rng, mix)[1])
                sysp = None if api else web_system(rfc3339(ts)[:10], lang)
                c = w.emit(a, ts, prompt=prompt, ptoks=toks(prompt) + toks(sysp) + 8, ctoks=lognorm(rng, 450, 0.7),
                           model=model, endpoint="/v1/chat/completions" if api else cl.endpoint, ip=addr[0],
                           asn=addr[1], ua=cl.ua, device=cl.device, system=sysp, rng=rng)
                ts += int(c * rng.uniform(10, 25) + rng.uniform(10, 150) * SEC)
            t0 = ts + int(rng.uniform(0.5, 6) * HOUR)


def cybercafe(w: World) -> None:
    rng = w.rng("cybercafe")
    mix = {"user": 30, "gsm8k": 15, "svamp": 10, "math": 5, "nq": 20, "awesome_short": 8, "seed": 10}
    for _c in range(w.n(12)):
        region = pick(rng, {"DZ": 6, "TN": 3, "MA": 3})
        venue = Client(rng, region, mobile=False, stack="chrome")
        venue.ua = UAS["chrome"][1]  # the café's PCs all run one pinned Chrome build on Windows
        for _u in range(rng.randint(10, 20)):
            a = w.account("cybercafe", w.created_before(rng, 1, 500), region=region)
            lang = LANG[region]
            for t0 in session_starts(w, rng, venue.tz, "chat", rng.uniform(0.8, 2.0)):
                h = local_hour(venue.tz, t0)[0]
                if not 9 <= h <= 22:
                    continue
                src, text = w.corpus.mix(rng, mix)
                first = rng.choice(STUDY_WRAP[lang if lang == "ar" else "fr"]).format(q=text) if src in ("gsm8k", "svamp", "math") \
                    else wrap(rng, lang, text)
                converse(w, rng, a, t0, turns(rng, first, FOLLOWUPS[lang], 1.2), addr=venue.addr(w, rng, t0),
                         ua=venue.ua, device=venue.device, endpoint="/web/chat", model=w.model(rng, t0, True, 0.9),
                         system=web_system(rfc3339(t0)[:10], lang), cmed=300)
            if rng.random() < 0.3:  # the same person at home on a phone
                _chat_user(w, rng, "cybercafe", region, Client(rng, region, mobile=True), a, 0.6)


def research_grants(w: World) -> None:
    rng = w.rng("research-grants")
    for _ in range(w.n(150)):
        r = rng.random()
        region, isp = ("FR", "renater") if r < 0.5 else (("PT", "rcts_pt") if r < 0.8 else (rng.choice(["MA", "DZ", "TN"]), None))
        cl = Client(rng, region, mobile=False, stack=rng.choice(["httpx", "httpx", "requests"]), isp=isp)
        a = w.account("research-grants", w.created_before(rng, 20, 400), payment=f"grant:rcp-{w.uid('', 12)}", region=region)
        dev_traffic(w, rng, a, cl, rng.uniform(0.2, 1.5))
