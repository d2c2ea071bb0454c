"""Crude and mid-level distillation campaigns: a datacenter CoT farm, a launch-day rush ring on VPNs,
a hydra relay mixing harvest with relayed ordinary traffic, and a free-tier swarm on a 4G modem farm."""
from __future__ import annotations

from . import corpus, devices, networks, phrases
from .habits import heavy_count, sample_ts, session
from .harvest import COT_CRUDE, COT_FIXED, Coverage, cot_varied, localise, task_item
from .people import chat_prompt, lang_for
from .world import DAY1, END, HOUR, LAUNCH, MIN, SEC


def crude_farm(P, n=40):
    """c01: fresh accounts, two shared cards, one Hetzner /24, python-requests, fixed CoT template, 24/7 pacing."""
    rng = P.rng
    net = networks.CLOUDS["hetzner"]
    ips = [rng.randrange(net.pool) for _ in range(6)]
    dev = devices.sdk(rng, "requests")
    cards = [P.card(0), P.card(1)]
    batch = [DAY1 - 2 * 24 * HOUR - 5 * HOUR, DAY1 - 26 * HOUR]
    cov = [Coverage("gsm8k", rng.randrange(8000)), Coverage("math", rng.randrange(5000))]
    for i in range(n):
        a = P.account("MA", "plus", batch[i % 2] + i * rng.randint(20, 90) * SEC, payment=cards[i % 2], retry_p=0.9, sdk=True)
        a.net, a.devices = net, [dev]
        tpl = COT_CRUDE[i % 2]
        t = DAY1 + rng.randrange(10 * MIN)
        period = rng.randint(400, 560) * SEC
        while t < END:
            q = cov[i % 2].next(2000)
            model = "atlas-3" if t >= LAUNCH + 30 * MIN else "atlas-2"
            P.req(a, t, tpl.replace("{q}", q), model=model, kind="math_cot", ip=net.address(ips[i % len(ips)]))
            t += period + rng.randrange(-20 * SEC, 20 * SEC)


def release_rush(P, n=80):
    """c02: starts within the hour after atlas-3 launch, synchronised, VPN exits, shared cards, CoT template."""
    rng = P.rng
    vpns = [networks.VPNS["m247"], networks.VPNS["datacamp"]]
    cards = [P.card(k) for k in range(6)]
    go = LAUNCH + rng.randint(12, 40) * MIN
    dev = devices.sdk(rng, "aiohttp")
    cov = Coverage("math", rng.randrange(5000), 1)
    for i in range(n):
        created = DAY1 - rng.randint(1, 70) * HOUR if i < 60 else LAUNCH + rng.randint(1, 30) * MIN
        a = P.account(rng.choice(["MA", "FR", "ES"]), "plus", created, payment=cards[i % 6], retry_p=1.0, sdk=True)
        a.net, a.devices = vpns[i % 2], [dev]
        t = max(go, created + 3 * MIN) + rng.randrange(90 * SEC)
        end = go + rng.randint(16, 30) * HOUR
        budget = heavy_count(rng, 140, 0.3, 40, 400)
        for _ in range(budget):
            if t >= end:
                break
            q = cov.next(2000)
            P.req(a, t, COT_FIXED.replace("{q}", q), model="atlas-3", kind="math_cot",
                  ip=a.net.address(rng.randrange(a.net.pool)))
            t += rng.randint(60, 900) * SEC


def hydra_relay(P, n=150):
    """c03: a 'reseller' relay on cloud IPs runs 150 accounts at ~26 requests/account/day, mixing harvest
    prompts with genuine end-user chat it relays, to look like an aggregator."""
    rng = P.rng
    clouds = [networks.CLOUDS["ovh"], networks.CLOUDS["scaleway"]]
    egress = [(c, rng.randrange(c.pool)) for c in clouds for _ in range(6)]
    dev = devices.sdk(rng, "go")
    cards = [P.card(k) for k in range(25)]
    for i in range(n):
        a = P.account(rng.choice(["MA", "DZ", "TN", "FR"]), "plus", P.created(5, 40), payment=cards[i % 25],
                      keys=2, retry_p=0.9, sdk=True)
        a.net, a.devices = clouds[0], [dev]
        for day in (0, 1):
            for _ in range(heavy_count(rng, 26, 0.25, 8, 60)):
                t = sample_ts(rng, day, "MA", "flat")
                net, idx = rng.choice(egress)
                lang = lang_for(rng, rng.choice(["MA", "DZ", "TN", "FR", "ES"]))
                if rng.random() < 0.55:
                    q, kind = task_item(rng)
                    p = localise(rng, q, lang) if rng.random() < 0.5 else cot_varied(rng, q, "en" if lang not in ("fr", "es", "ar", "dar_lat") else lang)
                    model = "atlas-3" if t >= LAUNCH and rng.random() < 0.7 else "atlas-2"
                else:
                    p, kind = chat_prompt(rng, lang), "chat"
                    model = rng.choice(["atlas-2", "atlas-2-lite"])
                P.req(a, t, p, model=model, kind=kind, net=net, ip=net.address(idx), key=rng.randrange(2))


def free_swarm(P, n=140):
    """c11: free-tier accounts on a 4G modem farm (20 SIMs, one carrier), emulator installs reused across
    accounts, each pushing the lite model up to and past its daily quota with step-by-step requests."""
    rng = P.rng
    carrier = networks.ISPS["MA"]["mobile"][2]
    sims = [rng.randrange(carrier.pool) for _ in range(20)]
    emus = [devices.mobile_app(rng, f"{P.seed}:emu:{k}", emulator=True) for k in range(9)]
    for i in range(n):
        burst = DAY1 - rng.choice([2, 4, 6, 9]) * 24 * HOUR + rng.randrange(3 * HOUR)
        a = P.account("MA", "free", burst + rng.randrange(40 * MIN), retry_p=0.2)
        a.net, a.devices = carrier, [emus[i % len(emus)]]
        for day in (0, 1):
            start = sample_ts(rng, day, "MA", "student_exam")
            n_req = heavy_count(rng, 36, 0.3, 12, 75)
            for t in session(rng, start, n_req, 55, 0.5):
                q, kind = task_item(rng, (("gsm8k", 4), ("svamp", 2), ("mbpp", 2), ("math", 2)))
                lang = rng.choice(["fr", "dar_lat", "fr", "en"])
                p = phrases.frame(rng, phrases.STEPS, lang, corpus.paraphrase(rng, q, 0.3))
                P.req(a, t, p, model="atlas-2-lite", kind=kind, ip=carrier.address(rng.choice(sims)))
