"""Quiet campaigns: aged accounts that turn to CoT harvest at the launch, a slow drip from
static residential lines sharing one coverage queue, anti-detect browser profiles hiding
harvest in ordinary chat, operators on China time behind Turkish proxies, and multilingual
paraphrased harvest over commercial VPN exits."""
from __future__ import annotations

from bench.heldout32 import lang
from bench.heldout32.base import Ctx, Home, choice, lognorm, session_ip
from bench.heldout32.benign_households import consumer_prompt
from bench.heldout32.camp_pools import dress, resi_ip
from bench.heldout32.clients import account, browser, created, payment, sdk, web_id
from bench.heldout32.events import ev, model_for
from bench.heldout32.net import ip_in
from bench.heldout32.text import articulate, harvest
from bench.heldout32.world import LAUNCH, H, sample_times, sessions

APP = "/app/conversation"


def aged_cot(cx: Ctx):
    """Bought aged accounts: ordinary chat before the launch, CoT / 'articulate' harvest on lodos-3 after."""
    pop = "c_aged_cot_harvest"
    rng = cx.rng(pop)
    queue = cx.corpus.sweep(rng, ["math", "gsm8k"])
    accts, evs, qi = [], [], 0
    for _ in range(40):
        a = account(rng, pop, True, created_ms=created(rng, 300, 900), tier="t1", pay=payment(rng))
        a["ua"], a["dev"] = sdk(rng)
        ip, asn = ip_in(rng, choice(rng, ["ovh", "m247", "datacamp", "hetzner"]))
        pre = sessions(rng, lognorm(rng, 8, .5), "consumer", cx.lo, min(cx.hi, LAUNCH), 3, 120)
        post = sessions(rng, lognorm(rng, 40 * (cx.hi - LAUNCH) / 86_400_000, .4), "owl",
                        LAUNCH + int(rng.uniform(.2, 4) * H), cx.hi, 8, 50)
        for t in pre:
            evs.append(ev(rng, a, t, cx.corpus.chat(rng), ip=ip, asn=asn, model=model_for(rng, t, "old")))
        for t in post:
            q = queue[qi % len(queue)]
            qi += 1
            p = articulate(rng, q) if rng.random() < .5 else harvest(rng, q)
            evs.append(ev(rng, a, t, p, ip=ip, asn=asn, kind="cot", model="lodos-3"))
        accts.append(a)
    return accts, evs


def slow_drip(cx: Ctx):
    """280 aged accounts, each on its own home line and card, ~8 requests a day in Turkish
    daytime, all drawing from one non-repeating queue; a third of their requests are plain chat."""
    pop = "c_slow_drip_static_resi"
    rng = cx.rng(pop)
    queue = cx.corpus.sweep(rng, ["gsm8k", "math", "svamp"])
    accts, evs, qi = [], [], 0
    for _ in range(280):
        a = account(rng, pop, True, created_ms=created(rng, 200, 700), tier="t1", pay=payment(rng), keys=0,
                    ua=browser(rng), dev=web_id(rng))
        home = Home(cx, rng)
        for t in sessions(rng, lognorm(rng, 8 * cx.days, .35), "consumer", cx.lo, cx.hi, 2, 150, derby=True):
            if rng.random() < .67:
                q = queue[qi % len(queue)]
                qi += 1
                p, kind = (harvest(rng, q) if rng.random() < .6 else lang.tr_homework(rng, q)), "cot"
            else:
                p, kind = consumer_prompt(cx, rng, t), "chat"
            ip, asn = home.ip(rng)
            evs.append(ev(rng, a, t, p, ip=ip, asn=asn, kind=kind, model=model_for(rng, t, "app"), endpoint=APP))
        accts.append(a)
    return accts, evs


def antidetect_cover(cx: Ctx):
    """Anti-detect browser profiles: 70% ordinary chat (even derby talk) as cover, 30% harvest;
    profiles of one operator leak the same browser fingerprint across 5-8 accounts."""
    pop = "c_antidetect_cover_traffic"
    rng = cx.rng(pop)
    cards = [payment(rng) for _ in range(30)]
    queue = cx.corpus.sweep(rng, ["arena", "math"])
    accts, evs, qi, i = [], [], 0, 0
    while i < 90:
        fp, ua = web_id(rng), browser(rng)
        for _ in range(min(90 - i, rng.randint(5, 8))):
            a = account(rng, pop, True, created_ms=created(rng, 180, 540), tier="t1", pay=cards[i % 30], keys=0,
                        ua=ua, dev=fp)
            static = resi_ip(rng)
            for t in sessions(rng, lognorm(rng, 15 * cx.days, .4), "consumer", cx.lo, cx.hi, 3, 90, derby=True):
                if rng.random() < .3:
                    p, kind = dress(cx, rng, queue[qi % len(queue)])
                    qi += 1
                else:
                    p, kind = consumer_prompt(cx, rng, t), "chat"
                evs.append(ev(rng, a, t, p, ip=static[0], asn=static[1], kind=kind, model=model_for(rng, t, "app"),
                              endpoint=APP))
            accts.append(a)
            i += 1
    return accts, evs


def utc8_operators(cx: Ctx):
    """Operators working China office hours through sticky Turkish residential proxies:
    active in the Turkish night and morning, Chinese and English CoT prompts."""
    pop = "c_utc8_operators_tr_proxies"
    rng = cx.rng(pop)
    cards = [payment(rng) for _ in range(8)]
    queue = cx.corpus.sweep(rng, ["math", "gsm8k", "mbpp"])
    accts, evs, qi = [], [], 0
    for i in range(70):
        a = account(rng, pop, True, created_ms=created(rng, 30, 120), tier="t1", pay=cards[i % 8], keys=0,
                    ua=browser(rng), dev=web_id(rng))
        last: dict = {}
        for t in sessions(rng, lognorm(rng, 25 * cx.days, .35), "cst_work", cx.lo, cx.hi, 6, 45, tz=8):
            ip, asn = session_ip(cx, rng, t, last, lambda: ip_in(rng, choice(rng, ["ttnet", "superonline", "turkcell"])))
            q = queue[qi % len(queue)]
            qi += 1
            r = rng.random()
            p, kind = (lang.cot_foreign(rng, "zh", q), "cot") if r < .4 else (harvest(rng, q), "cot") if r < .8 \
                else (cx.corpus.chat(rng), "chat")
            evs.append(ev(rng, a, t, p, ip=ip, asn=asn, kind=kind, model=model_for(rng, t, "eager"), endpoint=APP))
        accts.append(a)
    return accts, evs


def multilingual_vpn(cx: Ctx):
    """Paraphrased harvest in six languages from the same VPN exits benign power users use."""
    pop = "c_multilingual_paraphrase_vpn"
    rng = cx.rng(pop)
    cards = [payment(rng) for _ in range(20)]
    queue = cx.corpus.sweep(rng, ["math", "gsm8k", "svamp", "mbpp"])
    accts, evs, qi = [], [], 0
    for i in range(80):
        a = account(rng, pop, True, created_ms=created(rng, 10, 60), tier="t1", pay=cards[i % 20])
        a["ua"], a["dev"] = sdk(rng, "py")
        vpn = choice(rng, ["m247", "datacamp"])
        for t in sample_times(rng, lognorm(rng, 22 * cx.days, .3), "flat", cx.lo, cx.hi):
            q = queue[qi % len(queue)]
            qi += 1
            lg = choice(rng, ["en", "tr", "zh", "ru", "ar", "es", "fa"])
            p = harvest(rng, q) if lg == "en" else lang.cot_foreign(rng, lg, q)
            ip, asn = cx.net.vpn_ip(rng, vpn)
            evs.append(ev(rng, a, t, p, ip=ip, asn=asn, kind="cot", model=model_for(rng, t, "eager")))
        accts.append(a)
    return accts, evs
