"""Coordinated harvesting operations that share infrastructure: a prepaid-card
account farm, a hydra relay mesh, the keynote rush on launch day, an Android
emulator farm paid with mobile money, and a multilingual relay."""
from __future__ import annotations

from . import clients as CL
from . import harvest_prompts as H
from . import network as N
from . import prompts as P
from .benign_people import LANG
from .sessions import age, completion
from .timing import sample
from .world import CHAT, DAY_MS, HOUR_MS, LAUNCH_MS, MIN_MS, RESPONSES, pick


class Queue:
    """A campaign's work list: walks each corpus from a random offset, so items are not repeated."""

    def __init__(self, rng, mix: dict[str, float]):
        self.rng, self.mix = rng, mix
        self.pos = {k: rng.randrange(1 << 20) for k in mix}

    def next(self, corpus: str | None = None) -> tuple[str, int]:
        c = corpus or pick(self.rng, self.mix)
        self.pos[c] += 1
        return c, self.pos[c]


def _code(corpus: str) -> str:
    return "harvest_code" if corpus in ("humaneval", "mbpp", "arena_code") else "harvest"


def prepaid_card_farm(world, n: int = 100) -> None:
    camp, pop = "prepaid-card-farm", "account_farm"
    rng = world.rng(camp)
    cards = [world.pay_fp() for _ in range(6)]
    proxy = N.Ephemeral({"stc": 5, "mobily": 3, "zain_sa": 2})
    client = CL.api_client("py_openai", rng, ua="OpenAI/Python 1.59.7")
    accts = []
    for b in range((n + 12) // 13):
        t = world.t0 - int(rng.uniform(2, 12) * DAY_MS)
        for _ in range(min(13, n - len(accts))):
            t += rng.randint(60, 300) * 1000
            a = world.account(pop, created=t, country="SA", pay=cards[(b + len(accts)) % len(cards)], rpm=60, campaign=camp)
            accts.append((a, world.key_id()))
    q = Queue(rng, {"math": 45, "gsm8k": 25, "mbpp": 15, "humaneval": 5, "arena_code": 10})
    switch = LAUNCH_MS + int(1.5 * HOUR_MS)
    pause = world.t0 + int(rng.uniform(4, 30) * HOUR_MS)
    wave = world.t0 + rng.randrange(15 * MIN_MS)
    while wave < world.t_end:
        if not pause <= wave < pause + 2 * HOUR_MS:
            for a, key in accts:
                if rng.random() < 0.4:
                    ts = wave + rng.randrange(90_000)
                    corpus, idx = q.next()
                    model = "ghaym-4-think" if ts >= switch else ("ghaym-r1" if _code(corpus) == "harvest" else "ghaym-3.5")
                    ip, asn = proxy.ip(rng)
                    world.add(a, ts, model, CHAT, (H.templated, rng.getrandbits(31), "farm", corpus, idx),
                              completion(rng, _code(corpus), model, 8192), ip, asn, client.ua, client.device, key)
        wave += 15 * MIN_MS + rng.randrange(-40_000, 40_000)


def hydra_relay(world, n: int = 360, per_day: int = 10000) -> None:
    """A grey-market relay sold in Telegram groups: customers' requests and the operator's harvest go out
    through the same pool of VPSs and the same bought accounts."""
    camp, pop = "relay-mesh", "hydra"
    rng = world.rng(camp)
    cards = [world.pay_fp() for _ in range(n // 3)]
    accts = []
    t = world.t0 - 60 * DAY_MS
    while len(accts) < n:
        t += int(rng.expovariate(1 / (2.5 * DAY_MS)))
        for _ in range(rng.randint(10, 30)):
            if len(accts) >= n:
                break
            t2 = min(world.t0 - HOUR_MS, t + rng.randrange(6 * HOUR_MS))
            a = world.account(pop, created=t2, country=rng.choice(["EG", "SA", "AE"]), pay=rng.choice(cards), rpm=60, campaign=camp)
            accts.append((a, world.key_id()))
    vps = [N.Fixed(rng.choice(["hetzner", "contabo", "ovh", "digitalocean", "vultr"]), rng) for _ in range(25)]
    client = CL.api_client("oneapi", rng, ua="new-api/v0.5.1")
    q = Queue(rng, {"math": 30, "arena": 25, "humaneval": 10, "mbpp": 15, "gsm8k": 20})
    switch = LAUNCH_MS + HOUR_MS
    langs = {"EG": LANG["EG"], "SA": LANG["SA"], "AE": LANG["AE"]}
    for _ in range(int(per_day * world.days)):
        ts = sample(world, rng, "server", pick(rng, {"EG": 5, "SA": 4, "AE": 2}), "launch")
        a, key = rng.choice(accts)
        ip, asn = rng.choice(vps).ip(rng)
        if rng.random() < 0.6:  # a paying customer's request, relayed
            lang = pick(rng, langs[pick(rng, {"EG": 5, "SA": 4, "AE": 2})])
            model = "ghaym-4" if ts >= LAUNCH_MS and rng.random() < 0.4 else rng.choice(["ghaym-3.5", "ghaym-3.5-mini"])
            if rng.random() < 0.3:
                spec, kind = (P.homework, rng.getrandbits(31), lang, rng.choice(["arena_code", "gsm8k", "mbpp"]), rng.getrandbits(30), 0.5), "code"
            else:
                spec, kind = (H.cover, rng.getrandbits(31), lang), "chat"
            ctx = rng.randint(0, 3000) if rng.random() < 0.4 else 0
        else:
            corpus, idx = q.next()
            model = "ghaym-4-think" if ts >= switch else "ghaym-r1"
            spec, kind, ctx = (H.templated, rng.getrandbits(31), "hydra", corpus, idx), _code(corpus), 0
        world.add(a, ts, model, CHAT, spec, completion(rng, kind, model, 16384), ip, asn, client.ua, client.device, key, ctx)


def keynote_rush(world, n: int = 220) -> None:
    """Fresh accounts around the keynote, on rented cloud VMs, hammering ghaym-4-think."""
    camp, pop = "keynote-rush", "launch_burst"
    rng = world.rng(camp)
    if world.t_end <= LAUNCH_MS:
        return
    cards = [world.pay_fp() for _ in range(18)]
    vms = [N.Fixed(rng.choice(["alibaba", "tencent", "huawei_cloud", "vultr", "digitalocean"]), rng) for _ in range(40)]
    q = Queue(rng, {"math": 30, "humaneval": 10, "mbpp": 15, "arena": 25, "gsm8k": 20})
    made = 0
    burst = LAUNCH_MS - 2 * HOUR_MS
    while made < n:
        burst += int(rng.uniform(0.6, 1.6) * HOUR_MS)
        t = burst
        for _ in range(min(n - made, rng.randint(30, 50))):
            t += rng.randint(10, 40) * 1000
            made += 1
            a = world.account(pop, created=t, country=rng.choice(["SA", "AE", "EG", "SG"]),
                              pay=None if rng.random() < 0.45 else rng.choice(cards), rpm=20, campaign=camp)
            vm = rng.choice(vms)
            client = CL.api_client(rng.choice(["py_openai", "py_openai", "aiohttp"]), rng)
            key = world.key_id()
            start = max(t + rng.randint(10, 60) * MIN_MS, LAUNCH_MS + rng.randint(5, 30) * MIN_MS)
            ts, total = start, rng.randint(30, 60)
            sent = 0
            while sent < total and ts < world.t_end:
                for _ in range(rng.randint(40, 120)):  # a burst until the harvester's own pacing pauses it
                    corpus, idx = q.next()
                    model = "ghaym-4-think" if rng.random() < 0.8 else "ghaym-4"
                    ip, asn = vm.ip(rng)
                    world.add(a, ts, model, CHAT, (H.templated, rng.getrandbits(31), "blitz", corpus, idx),
                              completion(rng, _code(corpus), model, 16384), ip, asn, client.ua, client.device, key)
                    ts += rng.randint(1800, 4200)
                    sent += 1
                    if sent >= total:
                        break
                ts += rng.randint(2, 25) * MIN_MS


def emulator_wallets(world, n: int = 140) -> None:
    """Android emulators driving the Ghaym app, each account paid from its own mobile wallet;
    twelve cloned images (same install id) on 4G modems."""
    camp, pop = "emulator-wallets", "device_farm"
    rng = world.rng(camp)
    images = []
    for i in range(12):
        model = "sdk_gphone64_x86_64" if i < 7 else "SM-A546E"
        images.append(CL.Client(f"GhaymChat/4.11.2 (Android 11; {model}) okhttp/4.12.0", world.device(), web=True))
    modems = [N.Mobile("EG", rng, isp=rng.choice(["vodafone_eg", "orange_eg"])) for _ in range(12)]
    accts = []
    for b in range(5):
        t = world.t0 - int(rng.uniform(1, 20) * DAY_MS)
        for _ in range(n // 5):
            t += rng.randint(30, 90) * 1000
            accts.append(world.account(pop, created=t, country="EG", pay=world.pay_fp(), rpm=20, campaign=camp))
    q = Queue(rng, {"math": 35, "gsm8k": 30, "svamp": 5, "mbpp": 15, "humaneval": 5, "arena_code": 10})
    switch = LAUNCH_MS + 3 * HOUR_MS
    for i, img in enumerate(images):
        mine = accts[i::12]
        t = world.t0 + rng.randrange(10 * MIN_MS)
        j = 0
        ip, asn = modems[i].ip(rng)
        last_rot = t
        while t < world.t_end:
            a = mine[j % len(mine)]
            j += 1
            for _ in range(rng.randint(5, 8)):
                if t - last_rot > 10 * MIN_MS:
                    ip, asn, last_rot = *modems[i].ip(rng), t
                corpus, idx = q.next()
                model = "ghaym-4-think" if t >= switch else "ghaym-r1"
                world.add(a, t, model, RESPONSES, (H.templated, rng.getrandbits(31), "emulator", corpus, idx),
                          completion(rng, _code(corpus), model, 16384), ip, asn, img.ua, img.device, None)
                t += rng.randint(70, 140) * 1000
            t += rng.randint(5, 20) * MIN_MS


def polyglot_relay(world, per_lang: int = 15) -> None:
    """The same problem asked in eight languages within minutes, through commercial VPN exits."""
    camp, pop = "polyglot-relay", "multilingual_farm"
    rng = world.rng(camp)
    langs = list(H.POLYGLOT)
    cards = [world.pay_fp() for _ in range(8)]
    exits = [N.Pool("m247"), N.Pool("datacamp"), N.Pool("packethub")]
    country = {"ar_msa": "EG", "fr": "MA", "ur": "PK", "tr": "TR", "fa": "AE", "ru": "AE", "id": "SG", "sw": "AE"}
    accts = {l: [(world.account(pop, created=age(rng, world.t0, 20, 45, 2), country=country[l], pay=rng.choice(cards), rpm=60,
                                campaign=camp), world.key_id(), CL.api_client("axios", rng)) for _ in range(per_lang)] for l in langs}
    q = Queue(rng, {"gsm8k": 40, "math": 40, "svamp": 10, "mbpp": 10})
    switch = LAUNCH_MS + 2 * HOUR_MS
    t = world.t0 + rng.randrange(5 * MIN_MS)
    k = 0
    while t < world.t_end:
        corpus, idx = q.next()
        for l in langs:
            a, key, client = accts[l][(k + langs.index(l)) % per_lang]
            ts = t + rng.randrange(120_000)
            model = "ghaym-4-think" if ts >= switch else "ghaym-3.5"
            ip, asn = rng.choice(exits).ip(rng)
            world.add(a, ts, model, CHAT, (H.polyglot, 0, l, corpus, idx), completion(rng, _code(corpus), model, 8192),
                      ip, asn, client.ua, client.device, key)
        k += 1
        t += int(rng.uniform(2.2, 4.4) * MIN_MS)
