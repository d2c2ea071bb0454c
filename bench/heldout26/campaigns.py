"""Distillation campaigns, each imitating one benign population (its
`disguise`). Ordered from careful to crude; see README.md for the table.

Shared traits, from reported campaigns: template-built prompts asking for
reasoning, systematic coverage of maths/code/agentic tasks, low per-account
volume (tens of requests a day), a jump onto the new model right after the
release, and shared payment, proxy or infrastructure indicators for the cruder
ones. The careful ones pay per account, age their accounts, use sticky
residential or the disguise's own networks, and mix in cover traffic.
"""
from __future__ import annotations

from bench.heldout26 import network as N
from bench.heldout26 import prompts_campaign as H
from bench.heldout26 import prompts_people as P
from bench.heldout26 import prompts_work as W
from bench.heldout26.activity import conversations, worker_pool
from bench.heldout26.texts_uk import follow_up
from bench.heldout26.traffic import NEW_MODEL, Ctx, card_fp, created_between, gap, pick_model, rid, tokens
from bench.heldout26.world import DAY, HOUR, MIN, START_MS, at, draw_ts, poisson


def _after(ctx: Ctx, adopt: float, lag: int, pro: float = .5):
    return lambda r, t: pick_model(r, t, ctx.release, old_pro=pro, adopt=adopt, lag=lag)


def hydra_homechat(ctx: Ctx, n: int = 240) -> None:
    """HARD. A hydra pool of bought, aged consumer accounts, each on its own card,
    each driving a chat app through a sticky residential proxy on the home
    curve. Over half of each account's traffic is real-looking chat; the rest
    are paraphrased maths/code questions asking for reasoning, every account on
    its own shard. After the release the harvest share rises and moves to meridian-3."""
    rng = ctx.streams.rng("camp", "hydra_homechat")
    c = ctx.corpus
    k = ctx.n(n)
    for i in range(k):
        a = ctx.sink.account("hydra_homechat", created_between(rng, at(2024, 2, 1), at(2026, 10, 1)), card_fp(rng),
                             campaign="hydra_homechat", disguise="home_chat")
        homes = [N.Home.new(rng, rng.random() < .1) for _ in range(ctx.days)]  # proxy session re-pinned daily
        cli = [N.client_from(rng, N.BYOK_APPS)]
        sh_m, sh_c = H.Shard(len(c["gsm8k"]), i, k, 17), H.Shard(len(c["mbpp"]), i, k)

        def opener(r, t, sh_m=sh_m, sh_c=sh_c):
            share = .45 if t < ctx.release else .65
            if r.random() > share:
                return P.chat_opening(r, c)
            x = r.random()
            if x < .55:
                return H.careful_math(r, c["gsm8k"][sh_m.take()], .7)
            if x < .8:
                return H.careful_math(r, c.math_short[sh_m.take() % len(c.math_short)], 0)
            return H.code_harvest(r, c, sh_c.take(), careful=True)

        conversations(ctx.sink, a, rng, days=ctx.days, curve="home", per_day=rng.lognormvariate(2.65, .35),
                      where=lambda r, d, t, h=homes: h[d].ip(r, d) if r.random() < .8 else ctx.net.mobile(r),
                      clients=cli, opener=opener, timed=True, follow=lambda r: (follow_up(r), "chat"), follow_p=.3,
                      think_s=45, day_active=.9, model=_after(ctx, .9, 30 * MIN, .6))


def campus_cot(ctx: Ctx, n: int = 100) -> None:
    """HARD. Student accounts (freshers' week sign-ups, education credits at four
    universities) run partly from one university's own campus NAT by an insider
    and otherwise through static residential proxies. Student curve, student
    phrasing, the same follow-ups students send; but each account walks its own
    shard of MATH and GSM8K across every topic, rarely repeats, and wants full reasoning."""
    rng = ctx.streams.rng("camp", "campus_cot")
    c = ctx.corpus
    k = ctx.n(n)
    unis = ("manchester", "leeds", "birmingham", "kcl")
    campus = ctx.net.campus("manchester")
    for i in range(k):
        uni = unis[i % 4]
        created = created_between(rng, at(2026, 9, 18), at(2026, 10, 25)) if rng.random() < .6 else \
            created_between(rng, at(2025, 9, 18), at(2026, 6, 1))
        pay = None if rng.random() < .4 else card_fp(rng)
        a = ctx.sink.account("campus_cot", created, pay, org=("org_edu_" + uni) if pay is None else None,
                             campaign="campus_cot", disguise="uni_students")
        home = N.Home.new(rng)
        cli = [N.client_from(rng, (("chrome", 30), ("safari", 10), ("chatbox", 15), ("py_sdk", 20), ("openai_py", 10)))]
        sh = H.Shard(len(c["math"]), i, k, 101)
        sg = H.Shard(len(c["gsm8k"]), i, k, 7)
        concept = rng.choice(list(P.MODULES))

        def opener(r, sh=sh, sg=sg, concept=concept):
            x = r.random()
            if x < .15:
                return P.student_prompt(r, concept, [])
            if x < .6:
                return H.careful_math(r, c["math"][sh.take()], 0)
            if x < .9:
                return H.careful_math(r, c["gsm8k"][sg.take()], .5)
            return H.code_harvest(r, c, sh.take(), careful=True)

        conversations(ctx.sink, a, rng, days=ctx.days, curve="student", per_day=rng.lognormvariate(3.35, .3),
                      where=lambda r, d, t, h=home: campus.pick(r) if r.random() < .35 else h.ip(r, d), clients=cli,
                      opener=opener, follow=P.student_follow, follow_p=.25, think_s=60, day_active=.9,
                      not_before=created, model=_after(ctx, .85, HOUR, .5))


def tutor_front(ctx: Ctx, n: int = 4) -> None:
    """HARD. A 'revision app' with a tutor system prompt, on AWS London like the
    real tutoring platforms, with their after-school curve and volume. Its
    'pupils' are generated: a systematic sweep of MATH at every level and
    perturbed GSM8K, always asking for a full worked solution, with fake follow-ups."""
    rng = ctx.streams.rng("camp", "tutor_front")
    c = ctx.corpus
    org, pay = rid(rng, "org_", 12), card_fp(rng)
    ips = [N.addr(rng, "aws_euw2") for _ in range(2)]
    system = W.TUTOR_SYSTEM.replace("if they ask for the answer or are stuck after two hints, show",
                                    "when they ask for the answer, show") + " Always explain the reasoning behind every step."
    k = ctx.n(n)
    for i in range(k):
        a = ctx.sink.account("tutor_front", created_between(rng, at(2026, 5, 1), at(2026, 7, 15)), pay, org=org, n_keys=2,
                             campaign="tutor_front", disguise="tutoring")
        sh, sg = H.Shard(len(c["math"]), i, k, 3), H.Shard(len(c["gsm8k"]), i, k, 1)

        def opener(r, sh=sh, sg=sg):
            x = r.random()
            wrap = r.choice(("{q}", "how do i do this: {q}", "I'm stuck on this one: {q}", "can you show me the full working for: {q}",
                             "{q}\nI got {n}, is that right?", "{q}\nplease explain every step"))
            q = c["math"][sh.take()] if x < .55 else H.perturb_numbers(r, c["gsm8k"][sg.take()], .8)
            return wrap.format(q=q, n=r.randrange(2, 400)), "rationale"

        conversations(ctx.sink, a, rng, days=ctx.days, curve="tutoring", per_day=rng.lognormvariate(6.3, .3) * ctx.scale,
                      where=lambda r, d, t: r.choice(ips), clients=[N.client(rng, "py_sdk")], opener=opener,
                      follow=W.tutor_follow, follow_p=.2, think_s=45, system=system, model=_after(ctx, .9, 30 * MIN, .6))


def reseller_front(ctx: Ctx, n: int = 6) -> None:
    """MEDIUM-HARD. A 'router' start-up: LiteLLM on DigitalOcean/Vultr London,
    gateway-shaped traffic, but only 45% is pass-through from real users; the
    rest is its own harvest of agent traces, code rationales, maths reasoning
    and multilingual reasoning under 'expert, think it through' system prompts."""
    rng = ctx.streams.rng("camp", "reseller_front")
    c = ctx.corpus
    systems = ("You are a world-class expert assistant. Before answering, think through the problem carefully and write out your full reasoning, then the answer.",
               "You are a meticulous senior engineer. Explain your reasoning in detail at each step.",
               "You are an expert tutor. Give complete step-by-step reasoning and verify the result.")
    k = ctx.n(n)
    orgs = [(rid(rng, "org_", 12), card_fp(rng)) for _ in range(2)]
    for i in range(k):
        org, pay = orgs[i % 2]
        a = ctx.sink.account("reseller_front", created_between(rng, at(2026, 7, 1), at(2026, 9, 30)), pay, org=org, n_keys=3,
                             campaign="reseller_front", disguise="resellers")
        ips = [N.addr(rng, rng.choice(("do_lon1", "vultr_lon"))) for _ in range(2)]
        cli = N.client(rng, "litellm")
        sh = H.Shard(4000, i, k)

        def opener(r, t, sh=sh):
            if r.random() < .45:
                x = r.random()
                return P.chat_opening(r, c) if x < .6 else W.dev_prompt(r, c) if x < .85 else P.pupil_prompt(r, c)
            j, x = sh.take(), r.random()
            if x < .3:
                s, task = H.trace_task(j)
                return s + "\n\nTask: " + task, "trace"
            if x < .55:
                return H.code_harvest(r, c, j, careful=False)
            if x < .85:
                return r.choice(H.RATIONALE).format(q=c["math"][j % 5000]), "rationale"
            return H.lang_harvest(r, c, r.choice(("pl", "ro", "pt", "ar")), j)

        conversations(ctx.sink, a, rng, days=ctx.days, curve="gateway", per_day=rng.lognormvariate(6.6, .3) * ctx.scale,
                      where=lambda r, d, t, ips=ips: r.choice(ips), clients=[cli], opener=opener, timed=True,
                      follow=lambda r: (follow_up(r), "chat"), follow_p=.2, think_s=40,
                      system=lambda r: r.choice(systems) if r.random() < .55 else None,
                      model=_after(ctx, .8, 15 * MIN, .5), p429=.006)


def agent_traces(ctx: Ctx, n: int = 80) -> None:
    """MEDIUM-CAREFUL. Aged developer accounts on cloud VMs (and some residential
    proxies) running agent loops over a systematic grid of tools x domains x
    goals, with a system prompt demanding full <thinking> before every call.
    Doubles its pace on meridian-3."""
    rng = ctx.streams.rng("camp", "agent_traces")
    k = ctx.n(n)
    grid = len(H.TRACE_TOOLS) * len(H.TRACE_DOMAINS) * len(H.TRACE_GOALS)
    for i in range(k):
        a = ctx.sink.account("agent_traces", created_between(rng, at(2025, 7, 1), at(2026, 9, 1)), card_fp(rng),
                             org=rid(rng, "org_", 12) if rng.random() < .4 else None, n_keys=rng.choice((1, 2)),
                             campaign="agent_traces", disguise="agent_devs")
        box = N.addr(rng, rng.choice(("gcp_euw2", "aws_euw2")))
        home = N.Home.new(rng)
        cli = N.client(rng, rng.choice(("py_sdk", "langchain")))
        sh = H.Shard(grid, i, k)
        for day in range(ctx.days):
            for _ in range(poisson(rng, 5)):
                t = draw_ts(rng, "dev", day)
                _trace_loop(ctx, a, rng, t, sh, box if rng.random() < .7 else home.ip(rng, day), cli)
            if START_MS + (day + 1) * DAY > ctx.release:
                for _ in range(poisson(rng, 6)):
                    t = ctx.release + int(rng.expovariate(1 / (5 * HOUR)))
                    if START_MS + day * DAY <= t < START_MS + (day + 1) * DAY:
                        _trace_loop(ctx, a, rng, t, sh, box, cli)


def _trace_loop(ctx, a, rng, t, sh, addr, cli):
    system, task = H.trace_task(sh.take())
    mdl = NEW_MODEL if t >= ctx.release else "meridian-2.5-pro"
    history, prompt = 0, task
    steps = rng.randrange(4, 10)
    for s in range(steps):
        out = ctx.sink.emit(a, t, rng, prompt=prompt, kind="trace" if s < steps - 1 else "rationale", model=mdl,
                            ip=addr[0], asn=addr[1], ua=cli.ua, device=cli.device, system=system, history=history)
        history += tokens(prompt) + out
        t += int(out / 55 * 1000) + gap(rng, 3)
        prompt = H.trace_observation(rng, system)


def polyglot_mobile(ctx: Ctx, n: int = 110) -> None:
    """MEDIUM. A 4G modem farm (EE, Three, O2 SIMs) posing as community-language
    users: Android chat-app clients, a new CGNAT address each session, prompts
    in Polish, Romanian, Urdu, Welsh, Irish, Portuguese and Arabic, mostly
    perturbed word problems and code tasks wrapped in 'reason step by step'."""
    rng = ctx.streams.rng("camp", "polyglot_mobile")
    c = ctx.corpus
    k = ctx.n(n)
    batches = [created_between(rng, at(2026, 11, 20), at(2026, 12, 15)) for _ in range(4)]
    langs = ("pl", "ro", "ur", "cy", "ga", "pt", "ar", "bn")
    for i in range(k):
        a = ctx.sink.account("polyglot_mobile", batches[i % 4] + rng.randrange(6 * HOUR), card_fp(rng),
                             campaign="polyglot_mobile", disguise="multilingual")
        lang = langs[i % len(langs)]
        cli = [N.client(rng, "okhttp" if rng.random() < .6 else "chatbox")]
        sim = N.wpick(rng, (("ee", 4), ("three_uk", 3), ("o2", 3)))  # each modem holds one SIM
        sh = H.Shard(9000, i, k)

        def opener(r, lang=lang, sh=sh):
            if r.random() < .25:
                return P.lang_prompt(r, c, lang)
            return H.lang_harvest(r, c, lang, sh.take())

        conversations(ctx.sink, a, rng, days=ctx.days, curve="home", per_day=rng.lognormvariate(3.2, .25),
                      where=lambda r, d, t, sim=sim: ctx.net.mobile(r, op=sim), clients=cli, opener=opener,
                      follow=lambda r: (follow_up(r), "chat"), follow_p=.1, think_s=30,
                      model=_after(ctx, .85, HOUR, .6))


def card_ring(ctx: Ctx, n: int = 120) -> None:
    """CRUDE-MEDIUM. Cards shared by six accounts each, posing as families: teen
    curve and homework phrasing, but every account on a different residential
    proxy address each session, and the homework is a sweep of word problems."""
    rng = ctx.streams.rng("camp", "card_ring")
    c = ctx.corpus
    k = ctx.n(n)
    card = None
    for i in range(k):
        if i % 6 == 0:
            card = card_fp(rng)
        a = ctx.sink.account("card_ring", created_between(rng, at(2026, 12, 18), at(2027, 1, 2)), card,
                             campaign="card_ring", disguise="family_card")
        cli = [N.client_from(rng, N.BYOK_APPS)]
        sh = H.Shard(len(c["gsm8k"]) + len(c["svamp"]), i, k, 4000)

        def opener(r, sh=sh):
            if r.random() < .2:
                return P.pupil_prompt(r, c)
            j = sh.take()
            q = c["gsm8k"][j] if j < len(c["gsm8k"]) else c["svamp"][j - len(c["gsm8k"])]
            return H.careful_math(r, q, .3)

        conversations(ctx.sink, a, rng, days=ctx.days, curve="teen", per_day=rng.lognormvariate(3.0, .25),
                      where=lambda r, d, t: N.Home.new(r).ip(r, d), clients=cli, opener=opener,
                      follow=P.student_follow, follow_p=.1, think_s=30, model=_after(ctx, .8, HOUR, .4))


def ci_code(ctx: Ctx, n: int = 70) -> None:
    """MEDIUM. 'CI' accounts running in GitHub-hosted runners every two hours,
    SDK user agent and throwaway Azure addresses like real smoke tests, but each
    run asks for long code rationales from a systematic grid; the workflows are
    switched to meridian-3 an hour after launch."""
    rng = ctx.streams.rng("camp", "ci_code")
    c = ctx.corpus
    k = ctx.n(n)
    for i in range(k):
        a = ctx.sink.account("ci_code", created_between(rng, at(2026, 11, 15), at(2026, 12, 20)), card_fp(rng),
                             org=rid(rng, "org_", 12), campaign="ci_code", disguise="ci_bots")
        cli = N.client(rng, "py_sdk")
        sh = H.Shard(len(H.ALGOS) * len(H.LANGS_CODE) * len(H.CONSTRAINTS), i, k)
        minute = rng.randrange(60)
        for day in range(ctx.days):
            for hour in range(6, 24, 2):
                t = START_MS + day * DAY + hour * HOUR + minute * MIN + rng.randrange(1, 12) * MIN
                ip, asn = N.addr(rng, "azure_gh")
                mdl = NEW_MODEL if t > ctx.release + HOUR else "meridian-2.5-flash"
                for _ in range(rng.randrange(3, 7)):
                    prompt, kind = H.code_harvest(rng, c, sh.take(), careful=False)
                    out = ctx.sink.emit(a, t, rng, prompt=prompt, kind=kind, model=mdl, ip=ip, asn=asn, ua=cli.ua,
                                        device=cli.device)
                    t += int(out / 60 * 1000) + gap(rng, 1.5)


def vpn_sleepers(ctx: Ctx, n: int = 80) -> None:
    """MEDIUM. Old accounts kept dormant (a request or two of small talk) and
    woken an hour or two after the launch, through the same VPN exits privacy
    users share, for a few hours of broad reasoning harvest on meridian-3."""
    rng = ctx.streams.rng("camp", "vpn_sleepers")
    c = ctx.corpus
    k = ctx.n(n)
    for i in range(k):
        a = ctx.sink.account("vpn_sleepers", created_between(rng, at(2024, 1, 10), at(2025, 6, 30)), card_fp(rng),
                             campaign="vpn_sleepers", disguise="privacy_vpn")
        pool = ctx.net.vpn(N.wpick(rng, N.VPN_EXITS[:3]))
        cli = N.client(rng, rng.choice(("firefox", "chrome", "chatbox")))
        conversations(ctx.sink, a, rng, days=ctx.days, curve="home", per_day=1.2, day_active=.4,
                      where=lambda r, d, t, p=pool: p.pick(r), clients=[cli], opener=lambda r: P.chat_opening(r, c),
                      model=lambda r, t: "meridian-2.5-flash", not_before=0)
        if ctx.release >= ctx.sink.end:
            continue
        t = ctx.release + rng.randrange(40, 150) * MIN
        sh = H.Shard(5000, i, k, 2500)
        for _ in range(int(rng.lognormvariate(3.7, .25))):
            j, x = sh.take(), rng.random()
            if x < .4:
                prompt, kind = rng.choice(H.RATIONALE).format(q=c["math"][j]), "rationale"
            elif x < .65:
                prompt, kind = H.science_harvest(rng, j)
            elif x < .85:
                prompt, kind = H.code_harvest(rng, c, j, careful=True)
            else:
                prompt, kind = H.lang_harvest(rng, c, rng.choice(("pl", "pt", "ro")), j)
            ip, asn = pool.pick(rng)
            out = ctx.sink.emit(a, t, rng, prompt=prompt, kind=kind, model=NEW_MODEL, ip=ip, asn=asn, ua=cli.ua,
                                device=cli.device)
            t += int(out / 25 * 1000) + gap(rng, 90)


def benchmark_shadow(ctx: Ctx, n: int = 24) -> None:
    """MEDIUM. Accounts opened the week before launch on three shared cards,
    one Hetzner/OVH VM each, idle but for a warm-up; from 15-45 minutes after
    launch each works through its disjoint shard of GSM8K/MATH/MBPP/HumanEval
    with four workers, asking for a complete justified chain of reasoning."""
    rng = ctx.streams.rng("camp", "benchmark_shadow")
    c = ctx.corpus
    cards = [card_fp(rng) for _ in range(3)]
    k = ctx.n(n)
    for i in range(k):
        a = ctx.sink.account("benchmark_shadow", created_between(rng, at(2026, 12, 28), at(2027, 1, 3, 18)), cards[i % 3],
                             campaign="benchmark_shadow", disguise="eval_team")
        addr = N.addr(rng, rng.choice(("hetzner", "ovh")))
        cli = N.client(rng, rng.choice(("aiohttp", "openai_py")))
        suites = (("gsm8k", len(c["gsm8k"])), ("math", 5000), ("mbpp", len(c["mbpp"])), ("humaneval", 164))

        def items(m, sh):
            out = []
            for _ in range(m):
                name, size = suites[rng.randrange(4) if rng.random() < .3 else 0 if rng.random() < .5 else 1]
                j = sh.take() % size
                q = c[name][j]
                out.append((rng.choice(H.RATIONALE).format(q=q), "rationale"))
            return out

        sh = H.Shard(8792, i, k)
        worker_pool(ctx.sink, a, rng, start=START_MS + rng.randrange(15, 20) * HOUR, items=items(rng.randrange(20, 40), sh),
                    workers=2, model="meridian-2.5-pro", where=lambda r, t, x=addr: x, client=cli)
        if ctx.release < ctx.sink.end:
            worker_pool(ctx.sink, a, rng, start=ctx.release + rng.randrange(15, 45) * MIN, items=items(rng.randrange(330, 470), sh),
                        workers=4, model=NEW_MODEL, where=lambda r, t, x=addr: x, client=cli, tok_per_s=45, p429=.02)


def release_farm(ctx: Ctx, n: int = 150) -> None:
    """CRUDE. Sign-up waves after the launch (30 accounts in three minutes), six
    prepaid cards for all of them, a dozen datacentre addresses, python-requests,
    one of three 'show your internal reasoning' templates, and every account of a
    wave firing within the same few seconds every ninety."""
    rng = ctx.streams.rng("camp", "release_farm")
    c = ctx.corpus
    if ctx.release >= ctx.sink.end:
        return
    cards = [card_fp(rng) for _ in range(6)]
    addrs = [N.addr(rng, rng.choice(("aws_euw2", "hetzner"))) for _ in range(12)]
    cli = N.client(rng, "requests")
    k = ctx.n(n)
    waves = (20, 50, 100, 180, 300)
    per_wave = -(-k // len(waves))
    sh_i = 0
    for w, offset in enumerate(waves):
        t0 = ctx.release + offset * MIN
        members = []
        for _ in range(min(per_wave, k - w * per_wave)):
            a = ctx.sink.account("release_farm", t0 + rng.randrange(3 * MIN), cards[rng.randrange(6)],
                                 campaign="release_farm", disguise="release_tryers")
            members.append((a, H.Shard(len(c["gsm8k"]), sh_i, k)))
            sh_i += 1
        tmpl = H.CRUDE_COT[w % 3]
        rounds = rng.randrange(40, 60)
        for rnd in range(rounds):
            tick = t0 + 5 * MIN + rnd * 90_000
            for a, sh in members:
                j = sh.take()
                q = c["gsm8k"][j] if rnd % 3 else c["math"][j % 5000]
                ip, asn = rng.choice(addrs)
                ctx.sink.emit(a, tick + rng.randrange(4000), rng, prompt=tmpl.format(q=q), kind="rationale", model=NEW_MODEL,
                              ip=ip, asn=asn, ua=cli.ua, device=cli.device, p429=.03)


CAMPAIGNS = (hydra_homechat, campus_cot, tutor_front, reseller_front, agent_traces, polyglot_mobile, card_ring,
             ci_code, vpn_sleepers, benchmark_shadow, release_farm)
