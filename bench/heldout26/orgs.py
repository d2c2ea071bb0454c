"""Benign organisations: office staff on one invoice and one egress, two NHS
trusts' pilot users in winter pressures, marketing agencies in the January
sales, model-evaluation teams benchmarking the release, and university
researchers running dataset sweeps."""
from __future__ import annotations

from bench.heldout26 import network as N
from bench.heldout26 import prompts_work as W
from bench.heldout26.activity import conversations, worker_pool
from bench.heldout26.texts_uk import follow_up
from bench.heldout26.traffic import NEW_MODEL, Ctx, card_fp, created_between, pick_model, rid
from bench.heldout26.world import DAY, HOUR, MIN, START_MS, at

SECTORS = ("law", "consultancy", "council", "housing", "bank", "retail_hq")


def _egress(ctx: Ctx, rng):
    kind = rng.choice(("zscaler", "zscaler", "netskope", "cf_gateway", "direct", "direct"))
    if kind == "direct":  # the firm's own leased line: a /29
        ip, asn = N.addr(rng, rng.choice(("colt", "bt_business", "vm_business")))
        base = ip.rsplit(".", 1)[0]
        last = int(ip.rsplit(".", 1)[1]) & ~7
        ips = [f"{base}.{last + i}" for i in range(1, 7)]
        return lambda r: (r.choice(ips), asn)
    pool = ctx.net.sase(kind)  # shared with every other firm on the same SASE
    return pool.pick


def corporate_staff(ctx: Ctx, n: int = 520) -> None:
    """Employees provisioned by SSO in batches, billed on one invoice, behind the
    firm's SASE or leased line, working from home on Mondays."""
    rng = ctx.streams.rng("pop", "corporate_staff")
    made = 0
    while made < ctx.n(n):
        size = min(ctx.n(n) - made, max(6, int(rng.lognormvariate(3.2, .7))))
        org, pay, sector = rid(rng, "org_", 12), card_fp(rng), rng.choice(SECTORS)
        egress = _egress(ctx, rng)
        waves = [created_between(rng, at(2025, 3, 1), at(2026, 12, 1)) for _ in range(rng.choice((1, 2, 3)))]
        browser = rng.choice(("edge", "chrome", "edge"))
        for _ in range(size):
            made += 1
            a = ctx.sink.account("corporate_staff", rng.choice(waves) + rng.randrange(8 * HOUR), pay, org=org)
            home = N.Home.new(rng, rng.random() < .08)

            def where(r, day, t, home=home):
                wfh = .45 if day == 0 else .25
                return home.ip(r, day) if r.random() < wfh else egress(r)

            cli = [N.client(rng, browser if rng.random() < .85 else "py_sdk")]
            conversations(ctx.sink, a, rng, days=ctx.days, curve="office", per_day=rng.lognormvariate(1.9, .6),
                          where=where, clients=cli, opener=lambda r, s=sector: W.office_prompt(r, s),
                          follow=lambda r: (follow_up(r), "email"), follow_p=.35, think_s=70, day_active=.85,
                          model=lambda r, t: pick_model(r, t, ctx.release, old_pro=.3, adopt=.05, lag=6 * HOUR))


def nhs_staff(ctx: Ctx, n: int = 150) -> None:
    """Two trusts piloting an assistant for letters, leaflets and rotas; staff
    on shifts, all out through the trust's HSCN internet breakout."""
    rng = ctx.streams.rng("pop", "nhs_staff")
    per = ctx.n(n) // 2
    for trust in range(2):
        org, pay = rid(rng, "org_", 12), card_fp(rng)
        ip0, asn = N.addr(rng, "bt_business")
        base, last = ip0.rsplit(".", 1)[0], int(ip0.rsplit(".", 1)[1]) & ~3
        ips = [f"{base}.{last + i}" for i in range(4)]
        cohorts = (at(2026, 10, 12, 9), at(2026, 12, 7, 9))
        for _ in range(per + (ctx.n(n) % 2 if trust else 0)):
            a = ctx.sink.account("nhs_staff", rng.choice(cohorts) + rng.randrange(4 * DAY), pay, org=org)
            conversations(ctx.sink, a, rng, days=ctx.days, curve="shift", per_day=rng.lognormvariate(1.5, .6),
                          where=lambda r, d, t, ips=ips, asn=asn: (r.choice(ips), asn), clients=[N.client(rng, "edge")],
                          opener=W.nhs_prompt, follow=lambda r: (follow_up(r), "email"), follow_p=.3, think_s=90,
                          day_active=.6, model=lambda r, t: pick_model(r, t, ctx.release, old_pro=.2))


def agencies(ctx: Ctx, n: int = 60) -> None:
    """Marketing and content agencies writing January-sale and Veganuary copy."""
    rng = ctx.streams.rng("pop", "agencies")
    made = 0
    while made < ctx.n(n):
        org, pay = rid(rng, "org_", 12), card_fp(rng)
        office = N.addr(rng, rng.choice(("hyperoptic", "community_fibre", "zen", "bt_business")))
        for _ in range(rng.randrange(3, 11)):
            made += 1
            a = ctx.sink.account("agencies", created_between(rng, at(2024, 6, 1), at(2026, 11, 1)), pay, org=org)
            home = N.Home.new(rng)
            conversations(ctx.sink, a, rng, days=ctx.days, curve="office", per_day=rng.lognormvariate(2.6, .5),
                          where=lambda r, d, t, h=home, o=office: o if r.random() < .75 else h.ip(r, d),
                          clients=[N.client_from(rng, (("chrome_mac", 5), ("safari", 2), ("py_sdk", 1)))],
                          opener=W.agency_prompt, follow=lambda r: (follow_up(r), "long"), follow_p=.45, think_s=80,
                          day_active=.9, model=lambda r, t: pick_model(r, t, ctx.release, old_pro=.5, adopt=.3))


def eval_team(ctx: Ctx, n: int = 8) -> None:
    """Two evaluation teams benchmark meridian-3 the moment it ships: standard
    harness templates, whole suites, pass@5 sampling, retries on 529s. A baseline
    run on the old model the day before."""
    rng = ctx.streams.rng("pop", "eval_team")
    c = ctx.corpus
    teams = (("startup", "gcp_euw2", 16, 25), ("edinburgh", "janet", 4, 140))
    suites = (("gsm8k", list(range(7473, 8792)), 1), ("math", list(range(0, 5000, 10)), 1),
              ("humaneval", list(range(164)), 5), ("mbpp", list(range(10, 510)), 1))
    for team, netkey, workers, delay_min in teams:
        org, pay = rid(rng, "org_", 12), card_fp(rng)
        if netkey == "janet":
            pool = ctx.net.campus("edinburgh")
            where = lambda r, t, p=pool: p.pick(r)
        else:
            ips = [N.addr(rng, netkey) for _ in range(2)]
            where = lambda r, t, ips=ips: r.choice(ips)
        for k in range(max(1, ctx.n(n) // 2)):
            a = ctx.sink.account("eval_team", created_between(rng, at(2025, 2, 1), at(2026, 6, 1)), pay, org=org)
            cli = N.client(rng, rng.choice(("py_sdk", "openai_py", "aiohttp")))
            suite, idx, samples = suites[k % len(suites)]
            items = [W.eval_prompt(rng, c, suite, i) for i in idx for _ in range(samples)]
            # baseline on the current model, a smaller slice, Monday afternoon
            worker_pool(ctx.sink, a, rng, start=START_MS + 14 * HOUR + rng.randrange(3 * HOUR), items=items[: len(items) // 3],
                        workers=max(2, workers // 2), model="meridian-2.5-pro", where=where, client=cli)
            if ctx.release < ctx.sink.end:
                start = ctx.release + (delay_min + rng.randrange(30)) * MIN
                worker_pool(ctx.sink, a, rng, start=start, items=items, workers=workers, model=NEW_MODEL,
                            where=where, client=cli, tok_per_s=55)


def researchers(ctx: Ctx, n: int = 40) -> None:
    """Academic researchers: QA sweeps over NQ-open, LLM-as-judge over arena
    prompts, stance annotation; scripts from the department cluster's NAT."""
    rng = ctx.streams.rng("pop", "researchers")
    c = ctx.corpus
    unis = ("ucl", "edinburgh", "cambridge", "oxford", "manchester", "sheffield", "tcd", "ucd", "warwick", "glasgow")
    for _ in range(ctx.n(n)):
        uni = rng.choice(unis)
        pool = ctx.net.campus(uni)
        pay = None if rng.random() < .4 else card_fp(rng)
        a = ctx.sink.account("researchers", created_between(rng, at(2024, 10, 1), at(2026, 11, 1)), pay,
                             org=("org_edu_" + uni) if pay is None else None)
        cli = N.client(rng, rng.choice(("py_sdk", "openai_py", "aiohttp", "requests")))
        task = rng.choice(("nq", "judge", "annotate", "nq"))
        offset = rng.randrange(0, 6000)
        for day in range(ctx.days):
            if rng.random() < .55:
                size = int(rng.lognormvariate(5.0, .6))
                items = [W.research_prompt(rng, c, task, (offset + i) % 7179) for i in range(size)]
                offset += size
                start = START_MS + day * DAY + rng.randrange(9 * 60, 19 * 60) * MIN
                mdl = NEW_MODEL if start > ctx.release and rng.random() < .5 else "meridian-2.5-flash"
                worker_pool(ctx.sink, a, rng, start=start, items=items, workers=rng.choice((1, 2, 4, 8)), model=mdl,
                            where=lambda r, t, p=pool: p.pick(r), client=cli)
            # and some interactive use
            conversations(ctx.sink, a, rng, days=day + 1, first_day=day, curve="dev", per_day=rng.lognormvariate(1.2, .5),
                          where=lambda r, d, t, p=pool: p.pick(r), clients=[N.client(rng, "chrome")],
                          opener=lambda r: W.dev_prompt(r, c), follow=lambda r: (follow_up(r), "chat"), follow_p=.3,
                          model=lambda r, t: pick_model(r, t, ctx.release, adopt=.4))
