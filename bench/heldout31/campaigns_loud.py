"""Campaigns with infrastructure a careful look can tie together: a hydra proxy
mesh, a card ring, a phone farm, benchmark sharding, chain-of-thought
extraction, multilingual probing, a release-rush cohort."""
from __future__ import annotations

from bench.heldout31 import asks, clock, phrasing as ph
from bench.heldout31.clients import STACKS, Client, browser, client, install_id, shuffled_ua_kit
from bench.heldout31.harvest import Queue, harvest_item, harvest_model, sessions_of, times_in_profile, wrap_harvest
from bench.heldout31.networks import Fixed, Fresh, Rotating, addr
from bench.heldout31.people import card, person
from bench.heldout31.traffic import REASON2, Ctx, req

KIT_JA4 = STACKS["go_http"].ja4  # the harvest kit's uTLS is the stock Go stack


def waves(rng, n: int, days_back: tuple[float, float], waves_n: int) -> list[int]:
    """Sign-ups in batches: each wave within an hour of its start."""
    starts = [clock.days_ago(rng.uniform(*days_back)) for _ in range(waves_n)]
    return [starts[i % waves_n] + rng.randrange(clock.HOUR) for i in range(n)]


def hydra_mesh(ctx: Ctx, n: int) -> None:
    """Fresh residential/mobile exit per request, 10 shared virtual cards,
    browser UAs shuffled over one Go TLS stack; harvest mixed with chat."""
    rng, c = ctx.rng("c/hydra"), ctx.c
    cards = [card(ctx) for _ in range(10)]
    exits = Fresh(["hinet", "hinet", "cht_mobile", "twm", "fet", "so_net", "viettel", "indosat", "pldt", "comcast"])
    kit = shuffled_ua_kit(KIT_JA4)
    for i, created in enumerate(waves(rng, n, (2, 12), 6)):
        a = person(ctx, rng, "hydra_mesh", created=created, client=kit, net=exits, edge=rng.choice(("tpe1", "khh3", "tyo4")),
                   payment=cards[i % 10], campaign="hydra_mesh")
        reqs = []
        for d in range(ctx.days):
            for ts in times_in_profile(rng, "home", d, rng.randint(13, 30)):
                if rng.random() < 0.65:
                    reqs.append(req(ts, wrap_harvest(rng, harvest_item(c, rng)), rng.randint(600, 2000), harvest_model(rng, ts)))
                else:
                    p, out = asks.everyday(c, rng)
                    reqs.append(req(ts, p, out, asks.chat_model(rng, ts)))
        ctx.commit(a, reqs)


def card_ring(ctx: Ctx, n: int) -> None:
    """Four prepaid cards behind sixty accounts opened in three bursts, one VPS
    each in Tokyo/Singapore, one SDK build; coding solutions with reasoning."""
    rng, c = ctx.rng("c/cards"), ctx.c
    cards = [card(ctx) for _ in range(4)]
    sdk = client(rng, "py_openai")
    ask = "\n\nProvide the complete solution and explain your reasoning for each design decision."
    for i, created in enumerate(waves(rng, n, (1, 5), 3)):
        a = person(ctx, rng, "card_ring", created=created, client=sdk, net=Fixed(addr(rng, rng.choice(("vultr_tyo", "ovh_sg")))),
                   edge="tyo4", payment=cards[i % 4], campaign="card_ring")
        reqs = []
        for d in range(ctx.days):
            for ts in times_in_profile(rng, "flat", d, rng.randint(20, 30)):
                q = c.pick(rng, rng.choice(("code", "code", "mbpp")))
                reqs.append(req(ts, q + ask, rng.randint(700, 2000), harvest_model(rng, ts, 0.3)))
        ctx.commit(a, reqs)


def phone_farm(ctx: Ctx, n: int) -> None:
    """Android phones/emulators on six 4G dongles in a Tainan flat. A controller
    hands each phone a job every 12-minute round (jitter +-40 s), except a
    03:00-06:00 maintenance window; the dongle IP changes on every reconnect."""
    rng, c = ctx.rng("c/farm"), ctx.c
    dongles = [Rotating(ctx.hexid("net_"), ["twm", "fet"], rng.randint(20, 30), rng.randrange(clock.HOUR), shared=ctx.cgnat)
               for _ in range(6)]
    q = Queue(rng, c.raw["gsm8k"] + c.raw["svamp"] + c.raw["math"])
    emu = "FormosaAI/3.4.0 (Android 12; sdk_gphone64_x86_64)"
    phones = []
    for i in range(n):
        ua = emu if rng.random() < 0.5 else rng.choice(STACKS["formosa_android"].uas)
        cl = Client(STACKS["formosa_android"], ua, install_id(rng, "formosa_android"))
        a = person(ctx, rng, "phone_farm", created=clock.days_ago(rng.uniform(1, 20)), client=cl, net=dongles[i % 6],
                   edge="khh3", campaign="phone_farm")
        phones.append((a, []))
    t = clock.START + rng.randrange(12 * clock.MIN)
    while t < ctx.end:
        if not 3 <= clock.local_hour(t) < 6:
            for a, reqs in phones:
                if rng.random() < 0.2:
                    ts = t + rng.randint(-40_000, 40_000)
                    reqs.append(req(ts, ph.student_math(rng, q.next()), rng.randint(400, 1200), "formosa-chat-1"))
        t += 12 * clock.MIN
    for a, reqs in phones:
        ctx.commit(a, reqs)


def bench_shard(ctx: Ctx, n: int) -> None:
    """Each account owns a disjoint slice of MATH+GSM8K, walks it in order on a
    ~hourly cron, and wraps items in its own paraphrased instruction."""
    rng, c = ctx.rng("c/shard"), ctx.c
    items = c.raw["math"] + c.raw["gsm8k"]
    for i in range(n):
        pre, suf = ph.shard_template(rng)
        cl = client(rng, rng.choice(("py_openai", "node_openai", "httpx")))
        a = person(ctx, rng, "bench_shard", created=clock.days_ago(rng.uniform(20, 45)), client=cl,
                   net=Fixed(addr(rng, rng.choice(("aws_tyo", "hetzner", "linode_tyo", "gcp_tw")))),
                   edge=rng.choice(("tyo4", "tpe1")), payment=card(ctx), campaign="bench_shard")
        k = i + n * rng.randrange(40)
        reqs = []
        t = clock.START + rng.randrange(clock.HOUR)
        while t < ctx.end:
            reqs.append(req(t, f"{pre}{items[k % len(items)]}\n{suf}".strip(), rng.randint(300, 900), harvest_model(rng, t, 0.3)))
            k += n
            t += rng.randint(50, 70) * clock.MIN
        ctx.commit(a, reqs)


def cot_extract(ctx: Ctx, n: int) -> None:
    """Home-looking accounts asking the model to articulate its reasoning behind
    completed responses; a quarter of traffic is ordinary chat cover."""
    rng, c = ctx.rng("c/cot"), ctx.c
    shared = [card(ctx) for _ in range(3)]
    for _ in range(n):
        net = Fixed(addr(rng, "hinet")) if rng.random() < 0.6 else Rotating(ctx.hexid("net_"), ["m247", "datacamp"], 180)
        a = person(ctx, rng, "cot_extract", created=clock.days_ago(rng.uniform(40, 200)), client=browser(rng), net=net,
                   payment=rng.choice(shared) if rng.random() < 0.3 else card(ctx), campaign="cot_extract")
        variants = [rng.randrange(len(ph.COT_EXTRACT)) for _ in range(2)]
        reqs = []
        for d in range(ctx.days):
            for ts in sessions_of(rng, "evening", d, rng.randint(15, 28), (2, 6), (30, 200)):
                if rng.random() < 0.25:
                    p, out = asks.everyday(c, rng)
                    reqs.append(req(ts, p, out, asks.chat_model(rng, ts)))
                    continue
                if rng.random() < 0.5:
                    q = c.pick(rng, "gsm8k")
                    p = ph.cot(rng, q, rng.choice(variants), f"The answer is {rng.randint(2, 900)}.")
                else:
                    p = ph.cot(rng, c.pick(rng, "arena"), rng.choice(variants))
                reqs.append(req(ts, p, rng.randint(1200, 3500), harvest_model(rng, ts, 0.6)))
        ctx.commit(a, reqs)


def multilingual_probe(ctx: Ctx, n: int) -> None:
    """The same benchmark items fanned out across languages and accounts."""
    rng, c = ctx.rng("c/multi"), ctx.c
    cards = [card(ctx) for _ in range(6)]
    base = [harvest_item(c, rng) for _ in range(450)] + [c.pick(rng, "nq") for _ in range(50)]
    jobs = [(q, lang, rng.randrange(5)) for q in base for lang in rng.sample(ph.LANGS, rng.randint(4, 7))]
    rng.shuffle(jobs)
    sdk = client(rng, "httpx")
    accts = [person(ctx, rng, "multilingual_probe", created=clock.days_ago(rng.uniform(10, 30)), client=sdk,
                    net=Fixed(addr(rng, rng.choice(("linode_tyo", "azure_hk")))), edge="tyo4", payment=cards[i % 6],
                    campaign="multilingual_probe") for i in range(n)]
    j = 0
    for a in accts:
        reqs = []
        for d in range(ctx.days):
            for ts in times_in_profile(rng, "office", d, rng.randint(15, 28)):
                q, lang, style = jobs[j % len(jobs)]
                j += 1
                reqs.append(req(ts, ph.answer_in(lang, q, style), rng.randint(400, 1500), harvest_model(rng, ts, 0.4)))
        ctx.commit(a, reqs)


def release_rush(ctx: Ctx, n: int, scouts: int) -> None:
    """Scouts harvest formosa-reason-1 on Thursday morning and poll the new model
    name (404) until it answers; within 20 hours of launch a fresh cohort on
    cloud VMs points everything at formosa-reason-2."""
    rng, c = ctx.rng("c/rush"), ctx.c
    cards = [card(ctx) for _ in range(5)]
    sdk = client(rng, "py_openai")
    for i in range(scouts):
        a = person(ctx, rng, "release_rush", created=clock.days_ago(rng.uniform(8, 12)), client=sdk,
                   net=Fixed(addr(rng, "hetzner")), edge="tyo4", payment=cards[i % 5], campaign="release_rush")
        reqs = [req(clock.local_ms(2027, 1, 14, 9, 30) + k * 30 * clock.MIN + rng.randrange(60_000), "ping", 5, REASON2)
                for k in range(10)]
        for ts in times_in_profile(rng, "flat", 0, 20):
            model = REASON2 if ts >= clock.LAUNCH else "formosa-reason-1"
            reqs.append(req(ts, ph.cot(rng, harvest_item(c, rng)), rng.randint(800, 2500), model))
        for ts in times_in_profile(rng, "flat", 1, 28):
            reqs.append(req(ts, ph.cot(rng, harvest_item(c, rng)), rng.randint(800, 2500), REASON2))
        ctx.commit(a, reqs)
    for i in range(n):
        created = clock.LAUNCH + int(rng.uniform(0.1, 20) * clock.HOUR)
        a = person(ctx, rng, "release_rush", created=created,
                   client=sdk, net=Fixed(addr(rng, rng.choice(("gcp_tw", "aws_tyo", "hetzner", "vultr_tyo")))),
                   edge=rng.choice(("tyo4", "tpe1")), payment=cards[i % 5], campaign="release_rush")
        reqs = []
        t, end = created + rng.randint(2, 30) * clock.MIN, created + 2 * clock.DAY
        per_min = rng.randint(20, 30) / (24 * 60)
        while t < min(end, ctx.end):
            q = harvest_item(c, rng)
            reqs.append(req(t, ph.cot(rng, q) if rng.random() < 0.5 else q, rng.randint(800, 3000), REASON2))
            t += int(rng.expovariate(per_min) * clock.MIN)
        ctx.commit(a, reqs)
