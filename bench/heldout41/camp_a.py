"""Distillation campaigns, part A: proxy ring, slow drip, launch burst, aged accounts, phone farm."""
from __future__ import annotations

from bench.heldout41 import world as W
from bench.heldout41.core import Ctx, sample_ts, session
from bench.heldout41.harvest import Style
from bench.heldout41.text import STEP, chat_text, corpus, local_prompt, vary

RES_CC = ("KZ", "UZ", "KG", "AZ", "GE", "AM")


def _resi(rng):
    """A residential-proxy exit: somebody's home or phone, anywhere in the region."""
    cc = rng.choice(RES_CC)
    net = W.local_net(rng, cc, 0.4)
    return net, (W.pool_ip(rng, net) if net.pool else W.own_ip(rng, net))


def _harvest_item(rng):
    src = rng.choices(("arena", "math", "gsm8k", "humaneval"), weights=(4, 3, 2, 1))[0]
    return rng.choice(corpus(src)), ("code" if src == "humaneval" else "cot")


def hydra(ctx: Ctx, name: str, n: int = 320) -> None:
    """Residential/mobile proxy ring: each request from a different home; harvest hidden among chat."""
    rng = ctx.rng(name)
    cards = ["pmfp_" + W.hexid(rng, 20) for _ in range(24)]
    for _ in range(n):
        city = W.pick_city(rng)
        ua, dev = rng.choice(W.BROWSERS)
        a = ctx.account(rng, name, campaign="hydra-ring", city=city, ua=ua, device=dev,
                        card=rng.choice(cards) if rng.random() < 0.2 else None, model="talon-2",
                        created=ctx.start - rng.randrange(5, 120) * W.DAY - rng.randrange(W.DAY))
        style = Style(rng)
        for _ in range(rng.randrange(4, 10)):
            t = sample_ts(ctx, rng, city.tz, "casual")
            for ts in session(rng, t, rng.randrange(2, 10), gap=(30, 400)):
                net, ip = _resi(rng)
                if rng.random() < 0.4:
                    p, k = (local_prompt(rng, a.lang, 0.4) if rng.random() < 0.5 else chat_text(rng)), "chat"
                else:
                    item, k = _harvest_item(rng)
                    p = style.wrap(rng, item)
                model = "talon-3" if ts > W.LAUNCH + 30 * W.MIN and rng.random() < 0.8 else "talon-2"
                ctx.emit(rng, a, ts, vary(rng, p), kind=k, ip=ip, net=net, model=model)


def trickle(ctx: Ctx, name: str, n: int = 260) -> None:
    """Low and slow: free accounts, each walking its own slice of MATH in order, a few a day."""
    rng = ctx.rng(name)
    items = corpus("math")
    offset = rng.randrange(len(items) // 2)
    for k in range(n):
        city = W.pick_city(rng)
        net = rng.choice(W.BROADBAND_BY_CC[city.cc])
        ua, dev = rng.choice(W.BROWSERS) if rng.random() < 0.6 else rng.choice(W.SDKS[:5])
        a = ctx.account(rng, name, campaign="slow-drip", city=city, net=net, ua=ua, device=dev, model="talon-2-mini",
                        created=W.utc_ms(2026, 2, 1) + rng.randrange(45 * W.DAY))
        style = Style(rng)
        times = sorted(sample_ts(ctx, rng, city.tz, "casual") for _ in range(rng.randrange(6, 18)))
        for j, ts in enumerate(times):
            item = items[(offset + k * 18 + j) % len(items)]
            model = "talon-3" if ts > W.LAUNCH + 2 * W.H else rng.choice(("talon-2-mini", "talon-2"))
            ip = W.own_ip(rng, net) if rng.random() < 0.15 else None      # sticky proxy, occasionally rotated
            ctx.emit(rng, a, ts, style.wrap(rng, item), kind="cot", model=model, ip=ip)


def launch_burst(ctx: Ctx, name: str, n: int = 120) -> None:
    """Dormant accounts created in batches weeks ago wake up minutes after the launch, from clouds."""
    rng = ctx.rng(name)
    cards = ["pmfp_" + W.hexid(rng, 20) for _ in range(6)]
    batches = [W.utc_ms(2026, 2, 11 + i, 2 + 5 * i, 17) for i in range(3)]
    clouds = [W.NETS[k] for k in ("hetzner", "digitalocean", "ovh", "selectel")]
    syss = (None, "You are a world-class expert. Always show complete reasoning.",
            "You are an expert. Think step by step and explain everything.", None)
    for i in range(n):
        net = rng.choice(clouds)
        ua, dev = rng.choice(W.SDKS[:5])
        a = ctx.account(rng, name, campaign="dormant-burst", city=W.pick_city(rng), net=net, ip=W.own_ip(rng, net),
                        ua=ua, device=dev, card=cards[i % len(cards)], model="talon-3", system=rng.choice(syss),
                        created=rng.choice(batches) + rng.randrange(40 * W.MIN))
        style = Style(rng, code=rng.random() < 0.3)
        t = W.LAUNCH + rng.randrange(4 * W.MIN, 40 * W.MIN)
        for ts in session(rng, t, rng.randrange(30, 90), gap=(15, 200)):
            item, k = _harvest_item(rng)
            ctx.emit(rng, a, ts, style.wrap(rng, item), kind=k, load=0.08)
        if rng.random() < 0.5:                                          # a second wave next morning
            for ts in session(rng, W.LAUNCH + 14 * W.H + rng.randrange(3 * W.H), rng.randrange(10, 40),
                              gap=(15, 200)):
                item, k = _harvest_item(rng)
                ctx.emit(rng, a, ts, style.wrap(rng, item), kind=k)


def aged_accounts(ctx: Ctx, name: str, n: int = 90) -> None:
    """Bought aged accounts, each still looking like its old owner, now harvesting code with reasoning."""
    rng = ctx.rng(name)
    code = corpus("mbpp") + corpus("humaneval") + tuple(x for x in corpus("arena") if "def " in x or "code" in x)
    for _ in range(n):
        city = W.pick_city(rng)
        net = rng.choice(W.BROADBAND_BY_CC[city.cc])
        ua, dev = rng.choice(W.SDKS[:4]) if rng.random() < 0.6 else rng.choice(W.BROWSERS)
        a = ctx.account(rng, name, campaign="aged-code", city=city, net=net, ua=ua, device=dev,
                        card="pmfp_" + W.hexid(rng, 20) if rng.random() < 0.5 else None, model="talon-2",
                        created=W.utc_ms(2023, 6, 1) + rng.randrange(730 * W.DAY))
        style = Style(rng, code=True)
        for _ in range(rng.randrange(3, 7)):
            ip = W.own_ip(rng, net)                                   # residential proxy, same country
            for ts in session(rng, sample_ts(ctx, rng, city.tz, "dev"), rng.randrange(4, 14), gap=(45, 500)):
                model = "talon-3" if ts > W.LAUNCH + W.H and rng.random() < 0.7 else "talon-2"
                p = style.wrap(rng, rng.choice(code)) if rng.random() < 0.85 else chat_text(rng)
                ctx.emit(rng, a, ts, p, kind="code", ip=ip, model=model)


def device_farm(ctx: Ctx, name: str, n: int = 150, phones: int = 5) -> None:
    """A few phones on mobile SIMs cycling through many free accounts, one short sitting each."""
    rng = ctx.rng(name)
    pool = corpus("gsm8k")[:7473] + corpus("svamp")
    rigs = []
    for _ in range(phones):
        ua, dev = W.app_client(rng)
        while not ua.startswith("TalonChat/3.4.1 (Android"):
            ua, dev = W.app_client(rng)
        rigs.append((ua, dev, rng.choice(W.MOBILE_BY_CC["KZ"])))
    accts = []
    for i in range(n):
        ua, dev, net = rigs[i % phones]
        accts.append(ctx.account(rng, name, campaign="phone-farm", city=W.CITIES["almaty"], net=net, ua=ua,
                                 device=dev, lang=rng.choice(("ru", "kk")),
                                 created=ctx.start - rng.randrange(2, 30) * W.DAY - rng.randrange(W.DAY)))
    for p in range(phones):
        mine = accts[p::phones]
        t = ctx.start + rng.randrange(3 * W.H)
        while t < ctx.end:
            a = rng.choice(mine)
            ip = W.pool_ip(rng, a.net)                                  # airplane-mode toggle: new CGNAT address
            times = session(rng, t, rng.randrange(6, 16), gap=(20, 90))
            for ts in times:
                q = rng.choice(pool)
                ctx.emit(rng, a, ts, rng.choice(STEP[a.lang]).format(q=q), kind="cot", ip=ip,
                         model="talon-3" if ts > W.LAUNCH and rng.random() < 0.6 else "talon-2-mini")
            t = times[-1] + rng.randrange(120_000, 600_000)
            if rng.random() < 0.05:
                t += rng.randrange(2 * W.H, 5 * W.H)                    # charging, SIM swaps


POPS = (("hydra", hydra), ("trickle", trickle), ("launch_burst", launch_burst), ("aged_accounts", aged_accounts),
        ("device_farm", device_farm))
