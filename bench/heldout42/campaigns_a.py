"""Campaigns (1/2): hydra proxy ring, template sweep, trickle slices, dormant
accounts woken at the launch, an insider, a SIM farm."""
from __future__ import annotations

from bench.heldout42 import phrases as P
from bench.heldout42.base import Ctx, Rotating, Static
from bench.heldout42.people import (card, consumer, corps, created, key_id, org_id, resproxy_loc, vpn_loc)
from bench.heldout42.text import LANG_OF, answer_stub, chat, corpus, follow, pick, wrap
from bench.heldout42.world import DAY, HOUR, LAUNCH, MIN, MODEL_NEW, START, browser, hexid, sdk_client

HARVEST_LANG = ("en", "en", "pl", "cs", "ro", "ro")


def _harvest(rng, src: str, q: str, lang: str, cot_p: float = 0.3) -> str:
    if src in ("mbpp", "humaneval"):
        return wrap(rng, P.CODE, lang if lang in P.CODE else "en", q)
    if rng.random() < cot_p:
        return wrap(rng, P.COT, lang, q, answer_stub(rng, q))
    return wrap(rng, P.SWEEP, lang, q)


def _queue(rng, sources: tuple[str, ...]) -> list[tuple[str, str]]:
    items = [(s, q) for s in sources for q in corpus(s)]
    rng.shuffle(items)
    return items


def hydra_ring(ctx: Ctx):
    """Two rings of signup-wave accounts on rotating residential proxies; each account
    ~26 requests a day, 60% harvest drawn from one shared queue, 40% ordinary chat;
    moves to vistula-2 within hours of the launch."""
    rng = ctx.rng("hydra_ring")
    queue, qi = _queue(rng, ("math", "gsm8k", "mbpp", "arena")), 0
    for ring, n, curve in (("c-hydra-a", 300, "home"), ("c-hydra-b", 180, "flat")):
        cards = [card(rng) for _ in range(n // 14)]
        waves = [created(rng, 6, 55) for _ in range(5)]
        switch = LAUNCH + rng.randrange(40, 300) * MIN
        for _ in range(n):
            ua, dev = browser(rng)
            cc = rng.choice(("PL", "PL", "CZ", "RO", "RO"))
            a = ctx.account(rng, "hydra_ring", ring, pay=rng.choice(cards) if rng.random() < 0.85 else None,
                            created=rng.choice(waves) + rng.randrange(4 * HOUR), ua=ua, dev=dev,
                            loc=resproxy_loc(ctx, rng, rng.uniform(4, 25)), cc=cc)
            lang = LANG_OF[cc]
            for d in range(ctx.days):
                for _ in range(rng.randrange(16, 36)):
                    ts = ctx.when(rng, curve, cc, day=d)
                    if rng.random() < 0.6:
                        src, q = queue[qi % len(queue)]
                        qi += 1
                        q = _harvest(rng, src, q, rng.choice(HARVEST_LANG))
                    else:
                        q = chat(rng, lang, local=0.45)
                    model = MODEL_NEW if ts >= switch and rng.random() < 0.85 else "vistula-1"
                    ctx.emit(rng, a, ts, q, model=model, out_toks=rng.randrange(300, 1400))


def template_sweep(ctx: Ctx):
    """Servers on two Hetzner /24s walking MATH then GSM8K in contiguous chunks,
    paraphrased wrappers, synchronised runs, straight to vistula-2 at launch."""
    rng = ctx.rng("template_sweep")
    net = ctx.world.clouds["hetzner"]
    pfx = net.v4[:2]
    cards = [card(rng) for _ in range(6)]
    born = created(rng, 18, 22)
    n = 44
    mth, gsm = corpus("math"), corpus("gsm8k")
    ua = "vistula-python/2.3.7 httpx/0.28.1 CPython/3.12.10"
    org = org_id(rng)
    runs = [(START + 3 * HOUR, "vistula-1", 60), (LAUNCH + 8 * MIN, MODEL_NEW, 90),
            (START + DAY + 2 * HOUR, MODEL_NEW, 100), (START + DAY + 13 * HOUR, MODEL_NEW, 80)]
    for k in range(n):
        a, b, c = pfx[k % 2]
        a_ = ctx.account(rng, "template_sweep", "c-sweep-math", org=org if k < 20 else org_id(rng), key=key_id(rng),
                         pay=cards[k % 6], created=born + rng.randrange(6 * HOUR), ua=ua, dev=None,
                         loc=Static(f"{a}.{b}.{c}.{10 + k}", net.asn), cc="PL")
        items = mth[k * 113:(k + 1) * 113] + gsm[k * 200:(k + 1) * 200]
        pos = 0
        for t0, model, m in runs:
            t = t0 + rng.randrange(90_000)
            for q in items[pos:pos + m]:
                tpl = rng.choice(P.SWEEP["en"] + P.SWEEP["pl"])
                pre = rng.choice(("", "", "Task: ", f"#{pos + 1} ", "Q. "))
                prompt = pre + tpl.replace("{q}", q).replace("{{}}", "{}")
                ctx.emit(rng, a_, t, prompt, model=model, status=429 if rng.random() < 0.04 else None, retry=True,
                         out_toks=rng.randrange(350, 1800))
                t += rng.randrange(12_000, 45_000)
                pos += 1


def trickle_slices(ctx: Ctx):
    """Low and slow: phone accounts that look like matura students, each walking its
    own contiguous GSM8K slice a dozen items an evening, with a little chit-chat."""
    rng = ctx.rng("trickle_slices")
    gsm = corpus("gsm8k")
    base = rng.randrange(0, len(gsm) - 200 * 40)
    t_born = START - 66 * DAY
    for k in range(200):
        a = consumer(ctx, rng, "trickle_slices", cc="PL", camp="c-trickle-gsm", app_p=0.9, pay_p=0.0, mobile_only=rng.random() < 0.6)
        a.created = t_born + rng.randrange(9 * DAY)
        sl = gsm[base + k * 40: base + (k + 1) * 40]
        pos = 0
        for d in range(ctx.days):
            todo = rng.randrange(11, 21)
            for _s in range(rng.choice((1, 2))):
                t = ctx.when(rng, "student", "PL", day=d)
                for ts in ctx.session(rng, t, todo // 2 + 1, 60, 320):
                    if rng.random() < 0.12:
                        q = follow(rng, "pl") if rng.random() < 0.5 else chat(rng, "pl", local=0.7)
                    else:
                        q = wrap(rng, P.STUDY, "pl", sl[pos % len(sl)])
                        pos += 1
                    model = MODEL_NEW if ts >= LAUNCH and rng.random() < 0.5 else "vistula-1-mini"
                    ctx.emit(rng, a, ts, q, model=model, out_toks=rng.randrange(250, 1100))


def dormant_launch(ctx: Ctx):
    """Aged accounts (bought or parked a year ago) woken within two hours of the
    launch, then hammering vistula-2 on code and maths with reasoning requests."""
    rng = ctx.rng("dormant_launch")
    hz, ovh = ctx.world.clouds["hetzner"], ctx.world.clouds["ovh"]
    for _ in range(150):
        api = rng.random() < 0.6
        ua, dev = sdk_client(rng, ("py", "req")) if api else browser(rng)
        if rng.random() < 0.5:
            loc = vpn_loc(ctx, rng, (0.5, 3))
        else:
            net = rng.choice((hz, ovh))
            loc = Static(net.host(rng), net.asn)
        a = ctx.account(rng, "dormant_launch", "c-dormant-v2", org=org_id(rng), key=key_id(rng) if api else None,
                        pay=card(rng) if rng.random() < 0.7 else None,
                        created=created(rng, 240, 300) if rng.random() < 0.5 else created(rng, 380, 420),
                        ua=ua, dev=dev, loc=loc, cc=rng.choice(("PL", "CZ", "RO")))
        t = LAUNCH + int(rng.expovariate(1 / (40 * MIN)))
        budget = rng.randrange(40, 100)
        while budget > 0 and t < ctx.end:
            for ts in ctx.session(rng, t, rng.randrange(10, 31), 5, 40):
                r = rng.random()
                src = "humaneval" if r < 0.2 else "mbpp" if r < 0.4 else "math" if r < 0.8 else "gsm8k"
                q = _harvest(rng, src, pick(rng, src), rng.choice(HARVEST_LANG), cot_p=0.4)
                ctx.emit(rng, a, ts, q, model=MODEL_NEW, retry=api, out_toks=rng.randrange(400, 2000))
                budget -= 1
            t = ts + rng.randrange(1 * HOUR, 3 * HOUR)


def insider(ctx: Ctx):
    """Four employees inside Mazowsze Software: ordinary work by day, scripts at night
    through the corporate VPN harvesting reasoning on the company's card."""
    rng = ctx.rng("insider")
    c = corps(ctx)["mazowsze"]
    for _ in range(4):
        a = c.employee(ctx, rng, "insider", "c-insider-mzw")
        script_key = key_id(rng)
        for _s in range(rng.randrange(2, 5)):  # daytime: like colleagues
            t = ctx.when(rng, "office", "PL", day=0)
            for ts in ctx.session(rng, t, rng.randrange(2, 7), 30, 600):
                q = pick(rng, "arena") if rng.random() < 0.4 else chat(rng, "pl", local=0.5)
                ctx.emit(rng, a, ts, q, system=c.system, model="vistula-1")
        for night in range(ctx.days):
            t = START + night * DAY + rng.randrange(20 * 60, 23 * 60) * MIN
            for _ in range(rng.randrange(180, 320)):
                src = rng.choice(("math", "math", "gsm8k", "humaneval"))
                q = _harvest(rng, src, pick(rng, src), rng.choice(("pl", "en")), cot_p=0.5)
                ctx.emit(rng, a, t, q, system=c.system if rng.random() < 0.5 else None,
                         model=MODEL_NEW if t >= LAUNCH else "vistula-1", key=script_key, dev=None,
                         ua="vistula-python/2.4.0 httpx/0.28.1 CPython/3.12.10", retry=True, out_toks=rng.randrange(500, 2000))
                t += rng.randrange(8_000, 40_000)


def sim_farm(ctx: Ctx):
    """Phone farms in Bucharest and Cluj: one cheap handset model, fresh SIM signups,
    free tier, one cell's CGNAT addresses, a controller tick every ~7 minutes."""
    rng = ctx.rng("sim_farm")
    for camp, net_name, n, handset in (("c-simfarm-buc", "Carpați Mobil", 140, "SM-A166B"),
                                       ("c-simfarm-clj", "Dacia Telecom Mobile", 80, "2409BRN2CY")):
        net = ctx.world.nets[net_name]
        cell = rng.sample(net.pool, 4)
        ua = f"VistulaChat/4.11.3 (Linux; Android 15; {handset})"
        phones = []
        for _ in range(n):
            a = ctx.account(rng, "sim_farm", camp, created=created(rng, 0.2, 3), ua=ua, dev="and-" + hexid(rng, 16),
                            loc=Rotating([(ip, net.asn) for ip in cell], sticky_ms=20 * MIN, salt=rng.randrange(1 << 20)), cc="RO")
            phones.append(a)
        for d in range(ctx.days):
            used = [0] * n
            t = START + d * DAY + 7 * HOUR + rng.randrange(20 * MIN)  # 08:00 Bucharest
            stop = START + d * DAY + 23 * HOUR
            while t < stop:
                for i, a in enumerate(phones):
                    if rng.random() > 0.22:
                        continue
                    ts = t + rng.randrange(20_000)
                    used[i] += 1
                    r = rng.random()
                    src = rng.choice(("gsm8k", "arena", "math"))
                    q = (chat(rng, "ro", local=0.7) if r < 0.2 else
                         wrap(rng, P.COT, "ro", pick(rng, src), answer_stub(rng, "")) if r < 0.4 else
                         wrap(rng, P.SWEEP if r < 0.7 else P.STUDY, "ro", pick(rng, src)))
                    model = MODEL_NEW if ts >= LAUNCH else "vistula-1-mini"
                    st = 429 if used[i] > 30 else None
                    ctx.emit(rng, a, ts, q, model=model, status=st, out_toks=rng.randrange(300, 1300))
                t += rng.randrange(6 * MIN + 30_000, 7 * MIN + 30_000)
