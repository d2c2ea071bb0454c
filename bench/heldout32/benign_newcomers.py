"""Benign newcomers and heavy individuals: launch-day signups (fresh accounts, a viral prompt
wave), a hackathon whose teams signed up together on one venue network, and VPN power users."""
from __future__ import annotations

from bench.heldout32 import lang
from bench.heldout32.base import Ctx, Home, Phone, choice, lognorm, session_ip, wpick
from bench.heldout32.clients import account, app, browser, created, payment, sdk, web_id
from bench.heldout32.events import ev, model_for
from bench.heldout32.net import ip_in
from bench.heldout32.world import H, LAUNCH, MIN, sample_times, sessions, utc_ms

APP = "/app/conversation"
TWEET = utc_ms(2027, 2, 3, 10, 10)     # a Turkish tech influencer posts the viral test prompts, 13:10 TRT
VIRAL = [
    "How many r's are in the word 'strawberry'? Think step by step.",
    "'Kırmızı' kelimesinde kaç tane ı harfi var? Adım adım say.",
    "Which is bigger, 9.11 or 9.9? Explain your reasoning.",
    "A bat and a ball cost 1.10 TL in total. The bat costs 1 TL more than the ball. How much does the ball cost?",
    "Orhan Veli tarzında İstanbul hakkında kısa bir şiir yaz",
    "lodos-3 ile lodos-2 arasındaki fark ne? Kendini tanıt",
    "Solve: if 3x + 7 = 25, what is x? Show every step.",
]
TRY = ["Yeni modeli deniyorum, şunu çözebilir misin: {q}", "Let's see if lodos-3 can do this: {q}", "{q}"]


def launch_signups(cx: Ctx):
    """Fresh accounts made after the lodos-3 launch; many paste the same viral prompts within an hour."""
    pop = "b_launch_day_signups"
    rng = cx.rng(pop)
    accts, evs = [], []
    for _ in range(650 if cx.hi > LAUNCH else 0):
        viral = rng.random() < .3
        first = (TWEET + int(rng.expovariate(1 / (40 * MIN)))) if viral else LAUNCH + int(rng.expovariate(1 / (9 * H)))
        if first >= cx.hi - 10 * MIN:
            first = LAUNCH + int(rng.random() * (cx.hi - LAUNCH - 10 * MIN))
        dev_api = rng.random() < .3
        a = account(rng, pop, False, created_ms=first - int(rng.uniform(1, 25) * MIN), keys=1 if dev_api else 0,
                    city=wpick(rng, [("ist", 55), ("ank", 20), ("izm", 15), ("other", 10)]))
        if rng.random() < .2:
            a["tier"], a["pay"] = "t1", payment(rng)
        a["ua"], a["dev"] = sdk(rng) if dev_api else (app(rng) if rng.random() < .5 else (browser(rng), web_id(rng)))
        phone, home, warp = Phone(rng), Home(cx, rng), rng.random() < .06
        vps = ip_in(rng, choice(rng, ["hetzner", "digitalocean", "aws"])) if dev_api and rng.random() < .3 else None
        times = [first + int(i * rng.uniform(20, 120) * 1000) for i in range(rng.randint(2, 8))]
        times += sessions(rng, rng.randint(0, 6), "consumer", first, cx.hi, 3, 90)
        last: dict = {}
        for t in sorted(x for x in times if x < cx.hi):
            ip, asn = vps or session_ip(cx, rng, t, last, lambda: cx.net.vpn_ip(rng, "warp") if warp else (
                phone.ip(cx, rng) if rng.random() < .5 else home.ip(rng)))
            r = rng.random()
            if r < (.5 if viral else .15):
                p, kind = choice(rng, VIRAL), "cot"
            elif r < .55:
                q = cx.corpus.pick(rng, choice(rng, ["math", "arena", "gsm8k", "humaneval"]))
                p, kind = choice(rng, TRY).replace("{q}", q), "cot"
            else:
                p, kind = (lang.tr_chat(rng) if rng.random() < .6 else cx.corpus.chat(rng)), "chat"
            evs.append(ev(rng, a, t, p, ip=ip, asn=asn, kind=kind, model=model_for(rng, t, "eager"),
                          endpoint="/v1/chat/completions" if dev_api else APP))
        accts.append(a)
    return accts, evs


HACK_START = utc_ms(2027, 2, 3, 6)      # 09:00 TRT registration at ODTU Teknokent, Ankara
CHALLENGES = ["Build a chatbot that answers questions about Ankara public transport timetables.",
              "Create an app that summarises Turkish court decisions for citizens.",
              "Make a tool that helps farmers in Konya plan irrigation from weather data.",
              "Write an assistant that explains e-Devlet procedures step by step."]


def hackathon(cx: Ctx):
    """160 participants who all signed up within 90 minutes on one venue network with promo credits."""
    pop = "b_hackathon_ankara"
    rng = cx.rng(pop)
    venue = [ip_in(rng, "superonline") for _ in range(2)]
    accts, evs = [], []
    if cx.hi <= HACK_START + 2 * H:
        return accts, evs
    for team in range(40):
        sysp = (f"You are the assistant of team '{choice(rng, ['Lodos', 'Poyraz', 'Simit', 'Kanka', 'Bozkır'])}"
                f"-{team}'. {choice(rng, CHALLENGES)} Answer in Turkish, be concise.")
        tests = [lang.tr_chat(rng) for _ in range(4)]
        for _ in range(4):
            a = account(rng, pop, False, created_ms=HACK_START + int(rng.uniform(0, 90) * MIN), tier="t1", city="ank")
            a["ua"], a["dev"] = sdk(rng, choice(rng, ["py", "node"]))
            phone = Phone(rng)
            n = lognorm(rng, 24, .6, hi=140)
            for t in sample_times(rng, n, "owl", HACK_START + 2 * H, min(cx.hi, HACK_START + 38 * H)):
                ip, asn = choice(rng, venue) if rng.random() < .85 else phone.ip(cx, rng)
                r = rng.random()
                if r < .4:
                    p, kind, s = choice(rng, tests), "chat", sysp
                elif r < .75:
                    p, kind, s = cx.corpus.pick(rng, choice(rng, ["arena", "mbpp", "humaneval"])), "code", None
                else:
                    p, kind, s = cx.corpus.chat(rng), "chat", None
                evs.append(ev(rng, a, t, p, ip=ip, asn=asn, system=s, kind=kind, model=model_for(rng, t, "eager")))
            accts.append(a)
    return accts, evs


def vpn_power_users(cx: Ctx):
    """Heavy paying users who keep a commercial VPN on; exit IPs rotate and are shared."""
    pop = "b_vpn_power_users"
    rng = cx.rng(pop)
    accts, evs = [], []
    for _ in range(120):
        a = account(rng, pop, False, created_ms=created(rng, 90, 1100), tier=choice(rng, ["t1", "t1", "t2"]),
                    pay=payment(rng), keys=1, city=wpick(rng, [("ist", 6), ("ank", 2), ("izm", 2)]))
        api = rng.random() < .35
        a["ua"], a["dev"] = sdk(rng) if api else (browser(rng), web_id(rng))
        vpn, home = choice(rng, ["m247", "datacamp", "warp"]), Home(cx, rng)
        last: dict = {}
        for t in sessions(rng, lognorm(rng, 17 * cx.days, .6, hi=400), "owl", cx.lo, cx.hi, 6, 60):
            ip, asn = session_ip(cx, rng, t, last, lambda: cx.net.vpn_ip(rng, vpn) if rng.random() < .8
                                 else home.ip(rng))
            r = rng.random()
            if r < .3:
                p, kind = cx.corpus.pick(rng, choice(rng, ["arena", "mbpp", "humaneval"])), "code"
            elif r < .45:
                p, kind = cx.corpus.pick(rng, "math") + "\nPlease show your reasoning.", "cot"
            else:
                p, kind = (lang.tr_chat(rng) if rng.random() < .4 else cx.corpus.chat(rng)), "chat"
            evs.append(ev(rng, a, t, p, ip=ip, asn=asn, kind=kind, model=model_for(rng, t, "ramp"),
                          endpoint="/v1/chat/completions" if api else APP))
        accts.append(a)
    return accts, evs
