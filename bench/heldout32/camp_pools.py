"""Campaigns that run account pools: a residential-proxy hydra mixing harvest with ordinary
chat, a launch-hour rush of fresh accounts, a cloud pool on a 10-minute cron, an IPv6 /48
rotator and a Telegram reseller relay that injects harvest into resold traffic."""
from __future__ import annotations

import ipaddress

from bench.heldout32 import lang
from bench.heldout32.base import Ctx, choice, lognorm
from bench.heldout32.benign_households import consumer_prompt
from bench.heldout32.clients import JA4, account, browser, created, payment, sdk, web_id
from bench.heldout32.events import ev, model_for
from bench.heldout32.net import FOREIGN_RES, TR_RESIDENTIAL, ip_in, sub_64, v6_in_64
from bench.heldout32.text import harvest, articulate
from bench.heldout32.world import H, LAUNCH, MIN, sample_times, weight

TEACHER_SYS = ("You are a teacher model producing training data. For every problem give exhaustive, step-by-step "
               "reasoning, check each step, and finish with 'Final answer:' on its own line.")


def dress(cx: Ctx, rng, q: str) -> tuple[str, str]:
    """A harvest item in one of the campaign dialects: paraphrased CoT, 'articulate', or foreign CoT."""
    r = rng.random()
    if r < .7:
        return harvest(rng, q), "cot"
    if r < .85:
        return articulate(rng, q), "cot"
    return lang.cot_foreign(rng, choice(rng, ["zh", "ru", "tr", "ar"]), q), "cot"


def resi_ip(rng) -> tuple[str, int]:
    return ip_in(rng, choice(rng, TR_RESIDENTIAL) if rng.random() < .7 else choice(rng, FOREIGN_RES))


def hydra(cx: Ctx):
    """~450 accounts, ~20 requests each a day, every request through a new residential exit;
    a central scheduler fires a few accounts per 90-second tick; harvest share rises after launch."""
    pop = "c_hydra_resi_proxy"
    rng = cx.rng(pop)
    cards = [payment(rng) for _ in range(25)]
    batches = [created(rng, 5, 60) for _ in range(10)]
    queue = cx.corpus.sweep(rng, ["math", "gsm8k", "svamp", "mbpp"])
    accts, evs, web = [], [], []
    for i in range(450):
        paid = rng.random() < .5
        a = account(rng, pop, True, created_ms=batches[i % 10] + int(rng.uniform(0, 120) * MIN),
                    tier="t1" if paid else "free", pay=choice(rng, cards) if paid else None)
        w = rng.random() < .4
        a["ua"], a["dev"] = (browser(rng), web_id(rng)) if w else ("OpenAI/Python 1.61.1", JA4["py"])
        accts.append(a)
        web.append(w)
    tick, qi = cx.lo, 0
    while tick < cx.hi:
        rate = (1.4 if tick >= LAUNCH else 1.0) * 450 * 16 / 960 * (.45 + .55 * weight(tick, "consumer") / 6)
        for _ in range(int(rng.expovariate(1 / rate) + .5)):
            k = int(rng.random() * 450)
            a, t = accts[k], tick + int(rng.uniform(0, 20) * 1000)
            if rng.random() < (.65 if t >= LAUNCH else .45):
                p, kind = dress(cx, rng, queue[qi % len(queue)])
                qi += 1
            else:
                p, kind = consumer_prompt(cx, rng, t), "chat"
            ip, asn = resi_ip(rng)
            evs.append(ev(rng, a, t, p, ip=ip, asn=asn, kind=kind, model=model_for(rng, t, "eager"),
                          endpoint="/app/conversation" if web[k] else "/v1/chat/completions"))
        tick += 90_000
    return accts, evs


def launch_rush(cx: Ctx):
    """Accounts created in the six hours after the launch, harvesting within minutes in bursts,
    each cluster of 20 with one fixed template, cloud VPS exits and shared prepaid cards."""
    pop = "c_launch_rush_fresh_accts"
    rng = cx.rng(pop)
    cards = [payment(rng) for _ in range(12)]
    accts, evs = [], []
    for cl in range(7):
        wave = LAUNCH + int(rng.uniform(.3, 6) * H)
        queue = cx.corpus.sweep(rng, [choice(rng, ["gsm8k", "math"]), "humaneval"])
        vps = choice(rng, ["hetzner", "ovh", "digitalocean"])
        qi = 0
        for _ in range(20):
            paid = rng.random() < .6
            a = account(rng, pop, True, created_ms=wave + int(rng.uniform(0, 25) * MIN), tier="t1" if paid else "free",
                        pay=choice(rng, cards) if paid else None)
            a["ua"], a["dev"] = sdk(rng, "py")
            ip, asn = ip_in(rng, vps)
            t, left = a["created"] + int(rng.uniform(2, 15) * MIN), lognorm(rng, 45, .4, hi=160)
            while t < cx.hi and left > 0:
                for _ in range(min(left, rng.randint(25, 60))):
                    p = harvest(rng, queue[qi % len(queue)], paraphrase=False, style=cl)
                    qi += 1
                    evs.append(ev(rng, a, t, p, ip=ip, asn=asn, kind="cot", model="lodos-3"))
                    t += int(rng.uniform(3, 15) * 1000)
                    left -= 1
                t += int(rng.uniform(20, 90) * MIN)
            accts.append(a)
    return accts, evs


def cron_pool(cx: Ctx):
    """Cloud pool firing on a 10-minute cron with one 'teacher model' system prompt."""
    pop = "c_cron_pool_cloud"
    rng = cx.rng(pop)
    cards, batches = [payment(rng) for _ in range(5)], [created(rng, 20, 40) for _ in range(2)]
    queue = cx.corpus.sweep(rng, ["math", "gsm8k", "svamp", "arena"])
    accts, ips = [], []
    for i in range(100):
        a = account(rng, pop, True, created_ms=batches[i % 2] + int(rng.uniform(0, 90) * MIN), tier="t1",
                    pay=cards[i % 5], ua="python-httpx/0.28.1", dev=JA4["py"])
        accts.append(a)
        ips.append(ip_in(rng, "aws" if i % 3 else "gcp"))
    evs, qi = [], 0
    tick = cx.lo - cx.lo % (10 * MIN) + 10 * MIN
    while tick < cx.hi:
        for a, (ip, asn) in zip(accts, ips):
            if rng.random() < .15:
                t = tick + int(rng.uniform(0, 3) * 1000)
                evs.append(ev(rng, a, t, queue[qi % len(queue)], ip=ip, asn=asn, system=TEACHER_SYS, kind="cot",
                              model=model_for(rng, t, "eager")))
                qi += 1
        tick += 10 * MIN
    return accts, evs


def ipv6_rotation(cx: Ctx):
    """Fresh free accounts that start after the launch; every request from a new /64 of one /48."""
    pop = "c_ipv6_slash48_rotation"
    rng = cx.rng(pop)
    p64 = sub_64(rng, "hetzner")
    head = ipaddress.IPv6Address(p64).exploded.split(":")[:3]      # the operator's /48
    queue = cx.corpus.sweep(rng, ["humaneval", "mbpp", "arena"])
    accts, evs, qi = [], [], 0
    for _ in range(90):
        a = account(rng, pop, True, created_ms=created(rng, 1, 10), ua="Go-http-client/2.0", dev=JA4["go"])
        t = LAUNCH + int(rng.uniform(0, 3) * H)
        for _ in range(lognorm(rng, 50, .3, hi=130)):
            t += int(rng.expovariate(1 / (18 * MIN)) + rng.uniform(5, 60) * 1000)
            if t >= cx.hi:
                break
            net64 = ":".join(head + [f"{rng.getrandbits(16):x}"]) + "::"
            q = queue[qi % len(queue)]
            qi += 1
            p = (f"Explain step by step how you would solve this, then write the final code.\n\n{q}"
                 if rng.random() < .5 else harvest(rng, q))
            evs.append(ev(rng, a, t, p, ip=v6_in_64(rng, net64), asn=24940, kind="code", model="lodos-3"))
        accts.append(a)
    return accts, evs


def reseller_relay(cx: Ctx):
    """Resold access through two relay servers; ~45% of traffic is the reseller's own harvest."""
    pop = "c_telegram_reseller_relay"
    rng = cx.rng(pop)
    cards = [payment(rng) for _ in range(3)]
    relays = [ip_in(rng, "hetzner"), ip_in(rng, "ovh")]
    queue = cx.corpus.sweep(rng, ["gsm8k", "math", "mbpp", "humaneval"])
    accts, evs, qi = [], [], 0
    for i in range(8):
        a = account(rng, pop, True, created_ms=created(rng, 30, 90), tier="t2", pay=cards[i % 3], keys=3,
                    ua="OpenAI/Python 1.55.3", dev=JA4["py"])
        for t in sample_times(rng, int(300 * cx.days), "owl", cx.lo, cx.hi):
            if rng.random() < .45:
                p, kind = dress(cx, rng, queue[qi % len(queue)])
                qi += 1
            elif rng.random() < .15:
                p, kind = lang.other(rng, choice(rng, ["ru", "fa", "ar", "az"]), cx.corpus.chat(rng)), "chat"
            else:
                p, kind = consumer_prompt(cx, rng, t), "chat"
            ip, asn = relays[i % 2]
            evs.append(ev(rng, a, t, p, ip=ip, asn=asn, system="You are a helpful assistant.", kind=kind,
                          model=model_for(rng, t, "eager")))
        accts.append(a)
    return accts, evs
