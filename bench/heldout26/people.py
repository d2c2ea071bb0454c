"""Benign individuals: people at home, families on one card, university
students revising for January exams, release-day tryers, privacy-minded VPN
users, speakers of other languages, teachers, and small accountancy practices
in self-assessment season."""
from __future__ import annotations

from bench.heldout26 import network as N
from bench.heldout26 import prompts_people as P
from bench.heldout26 import prompts_work as W
from bench.heldout26.activity import conversations
from bench.heldout26.texts_uk import follow_up
from bench.heldout26.traffic import NEW_MODEL, Ctx, card_fp, consumer_created, created_between, gap, pick_model, rid
from bench.heldout26.world import DAY, HOUR, MIN, START_MS, at


def _home_mobile(ctx: Ctx, home: N.Home, ie: bool, mobile: float, op: str):
    def where(rng, day, t):
        h = (t // HOUR) % 24
        # phones at lunch and on the commute; the home line in the evening
        m = mobile * (1.8 if h in (7, 8, 12, 13, 17, 18) else 1.0)
        return ctx.net.mobile(rng, ie, op) if rng.random() < m else home.ip(rng, day)
    return where


def _model(adopt: float, pro: float, release: int, lag: int = 3 * HOUR):
    return lambda rng, t: pick_model(rng, t, release, old_pro=pro, adopt=adopt, lag=lag)


def home_chat(ctx: Ctx, n: int = 900) -> None:
    """Ordinary people with their own key in a chat app: resolutions, Dry
    January, sales refunds, self assessment, the GP, the kids' homework."""
    rng = ctx.streams.rng("pop", "home_chat")
    c = ctx.corpus
    for _ in range(ctx.n(n)):
        ie = rng.random() < .12
        created = consumer_created(rng, START_MS + rng.randrange(ctx.days * DAY))
        a = ctx.sink.account("home_chat", created, card_fp(rng))
        home = N.Home.new(rng, ie)
        clients = [N.client_from(rng, N.BYOK_APPS) for _ in range(rng.choice((1, 1, 2)))]
        per_day = min(45.0, rng.lognormvariate(1.7, .75))
        conversations(ctx.sink, a, rng, days=ctx.days, curve="home", per_day=per_day,
                      where=_home_mobile(ctx, home, ie, .25, N.mobile_op(rng, ie)), clients=clients,
                      opener=lambda r: P.chat_opening(r, c), follow=lambda r: (follow_up(r), "chat"),
                      follow_p=.4, think_s=50, day_active=.75, not_before=created,
                      model=_model(rng.choice((.1, .3, .5)), .25, ctx.release),
                      system=(c.pick(rng, "personas") if rng.random() < .15 else None))


def family_card(ctx: Ctx, n: int = 130) -> None:
    """Households where a parent's card pays for two to four accounts: the
    parents' chat and the teenagers' mock-exam revision, on one home line."""
    rng = ctx.streams.rng("pop", "family_card")
    c = ctx.corpus
    for _ in range(ctx.n(n)):
        ie = rng.random() < .12
        home, card = N.Home.new(rng, ie), card_fp(rng)
        parent_created = consumer_created(rng, START_MS)
        members = [("parent", parent_created)]
        if rng.random() < .5:
            members.append(("parent", parent_created + rng.randrange(0, 200) * DAY))
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            # a lot of teenage accounts were set up over Christmas on a new laptop
            kid_created = created_between(rng, at(2026, 12, 24), at(2027, 1, 3)) if rng.random() < .35 else \
                created_between(rng, parent_created, START_MS - DAY)
            members.append(("pupil", kid_created))
        for role, created in members:
            a = ctx.sink.account("family_card", min(created, START_MS - HOUR), card)
            cli = [N.client_from(rng, N.BYOK_APPS)]
            if role == "parent":
                conversations(ctx.sink, a, rng, days=ctx.days, curve="home", per_day=rng.lognormvariate(1.5, .6),
                              where=_home_mobile(ctx, home, ie, .3, N.mobile_op(rng, ie)), clients=cli, opener=lambda r: P.chat_opening(r, c),
                              follow=lambda r: (follow_up(r), "chat"), follow_p=.35, think_s=50, day_active=.7,
                              model=_model(.2, .2, ctx.release))
            else:
                conversations(ctx.sink, a, rng, days=ctx.days, curve="teen", per_day=rng.lognormvariate(2.3, .6),
                              where=_home_mobile(ctx, home, ie, .2, N.mobile_op(rng, ie)), clients=cli, opener=lambda r: P.pupil_prompt(r, c),
                              follow=P.student_follow, follow_p=.45, think_s=35, day_active=.85,
                              model=_model(.25, .35, ctx.release))


def uni_students(ctx: Ctx, n: int = 800) -> None:
    """Undergraduates revising for January exams: maths and CS step by step,
    from the library's NAT, halls, their parents' broadband and their phones."""
    rng = ctx.streams.rng("pop", "uni_students")
    c = ctx.corpus
    unis = list(N.UNIS)
    weights = [3 if k in ("ucl", "imperial", "kcl", "manchester", "edinburgh", "tcd", "ucd") else 1.5 for k in unis]
    modules = list(P.MODULES)
    for _ in range(ctx.n(n)):
        uni = rng.choices(unis, weights=weights)[0]
        ie = N.UNIS[uni][0] == "heanet"
        r = rng.random()
        created = (created_between(rng, at(2026, 9, 15), at(2026, 10, 25)) if r < .55 else
                   created_between(rng, at(2024, 9, 15), at(2026, 9, 15)) if r < .95 else
                   created_between(rng, at(2026, 12, 1), START_MS))
        pay = None if rng.random() < .35 else card_fp(rng)  # Meridian for Education credits need no card
        a = ctx.sink.account("uni_students", created, pay, org=("org_edu_" + uni) if pay is None else None)
        home = N.Home.new(rng, ie)
        campus, halls = ctx.net.campus(uni), ctx.net.halls(uni)
        back = rng.random() < .45  # already back in their term-time digs this week

        def where(rng, day, t, home=home, campus=campus, halls=halls, back=back, op=N.mobile_op(rng, ie)):
            x = rng.random()
            on = back or day >= 1 and x < .2
            if on and x < .5:
                return campus.pick(rng)
            if on and x < .8:
                return halls.pick(rng)
            return ctx.net.mobile(rng, ie, op) if x > .85 else home.ip(rng, day)

        mods = rng.sample(modules, rng.choice((1, 2, 2, 3)))
        pools = {m: P.student_pool(rng, c, m) for m in mods}
        clients = [N.client_from(rng, (("chrome", 30), ("safari", 10), ("chatbox", 15), ("py_sdk", 20), ("openai_py", 10), ("pocketchat", 8)))]

        def opener(r, mods=mods, pools=pools):
            m = r.choice(mods)
            return P.student_prompt(r, m, pools[m])

        conversations(ctx.sink, a, rng, days=ctx.days, curve="student", per_day=min(90, rng.lognormvariate(2.6, .7)),
                      where=where, clients=clients, opener=opener, follow=P.student_follow, follow_p=.45, think_s=60,
                      day_active=.85, not_before=created, model=_model(.55, .5, ctx.release, 2 * HOUR))


def release_tryers(ctx: Ctx, n: int = 450) -> None:
    """People who sign up (or come back) to try meridian-3 on launch day:
    a burst of puzzles, 'how many r's in strawberry', a snake game, a maths test."""
    rng = ctx.streams.rng("pop", "release_tryers")
    c = ctx.corpus
    if ctx.release >= ctx.sink.end:
        return
    for _ in range(ctx.n(n)):
        ie = rng.random() < .1
        # launch-day news spreads through the day: sign-ups peak late morning and evening
        first = ctx.release + int(rng.expovariate(1 / (4 * HOUR)))
        if first >= ctx.sink.end - 10 * MIN:
            first = ctx.release + rng.randrange(int((ctx.sink.end - ctx.release) * .9))
        new = rng.random() < .7
        created = first - rng.randrange(2, 15) * MIN if new else consumer_created(rng, START_MS)
        a = ctx.sink.account("release_tryers", created, card_fp(rng))
        office = rng.random() < .3 and 9 <= (first // HOUR) % 24 <= 17
        home = N.Home.new(rng, ie)
        sase = ctx.net.sase(rng.choice(("zscaler", "netskope")))
        cli = [N.client_from(rng, (("chrome", 35), ("py_sdk", 25), ("openai_py", 15), ("curl", 10), ("safari", 10), ("chatbox", 5)))]
        where = (lambda r, d, t, s=sase: s.pick(r)) if office else _home_mobile(ctx, home, ie, .2, N.mobile_op(rng, ie))
        _tryer_bursts(ctx, a, rng, max(first, created), where, cli)


def _tryer_bursts(ctx, a, rng, t0, where, cli):
    """One to three bursts of quick-fire tests a few hours apart."""
    c = ctx.corpus
    t = t0
    for b in range(rng.choice((1, 1, 2, 3))):
        ip, asn = where(rng, (t - START_MS) // DAY, t)
        for _ in range(int(min(40, rng.lognormvariate(2.0, .6)))):
            prompt, kind = P.tryer_prompt(rng, c)
            mdl = NEW_MODEL if rng.random() < .85 else rng.choice(("meridian-3-mini", "meridian-2.5-pro"))
            out = ctx.sink.emit(a, t, rng, prompt=prompt, kind=kind, model=mdl, ip=ip, asn=asn, ua=cli[0].ua,
                                device=cli[0].device, p429=.01)
            t += int(out / 20 * 1000) + gap(rng, 25)
        t += rng.randrange(1, 6) * HOUR


def privacy_vpn(ctx: Ctx, n: int = 200) -> None:
    """Privacy-minded people behind commercial VPNs or iCloud Private Relay:
    exits shared with strangers, a new address most sessions."""
    rng = ctx.streams.rng("pop", "privacy_vpn")
    c = ctx.corpus
    for _ in range(ctx.n(n)):
        prov = N.wpick(rng, N.VPN_EXITS)
        a = ctx.sink.account("privacy_vpn", consumer_created(rng, START_MS), card_fp(rng))
        pool = ctx.net.vpn(prov)
        relay = prov.startswith("relay")
        cli = [N.client(rng, "safari" if relay else rng.choice(("firefox", "chrome", "chatbox", "py_sdk")))]
        dev = rng.random() < .3
        conversations(ctx.sink, a, rng, days=ctx.days, curve="home" if not dev else "dev",
                      per_day=rng.lognormvariate(1.8, .7), where=lambda r, d, t, p=pool: p.pick(r), clients=cli,
                      opener=(lambda r: W.dev_prompt(r, c)) if dev else (lambda r: P.chat_opening(r, c)),
                      follow=lambda r: (follow_up(r), "chat"), follow_p=.35, think_s=50, day_active=.8,
                      model=_model(.35, .4, ctx.release))


def multilingual(ctx: Ctx, n: int = 300) -> None:
    """Welsh and Irish speakers, and Polish, Urdu, Punjabi, Bengali, Romanian,
    Arabic and Portuguese speaking families in the UK and Ireland."""
    rng = ctx.streams.rng("pop", "multilingual")
    c = ctx.corpus
    mix = (("cy", 20), ("pl", 20), ("ga", 12), ("ur", 13), ("pa", 8), ("bn", 8), ("ro", 9), ("ar", 5), ("pt", 4), ("gd", 1))
    for _ in range(ctx.n(n)):
        lang = N.wpick(rng, mix)
        ie = lang == "ga" or (lang in ("pl", "pt", "ro") and rng.random() < .15)
        a = ctx.sink.account("multilingual", consumer_created(rng, START_MS), card_fp(rng))
        home = N.Home.new(rng, ie, key="bt" if lang in ("cy", "gd") and rng.random() < .5 else None)
        abroad = lang == "pl" and rng.random() < .12  # still in Poland after Christmas on Monday

        def where(r, day, t, home=home, abroad=abroad, ie=ie, op=N.mobile_op(rng, ie)):
            if abroad and day == 0:
                return N.v4_in(r, "orange_pl"), N.NETS["orange_pl"].asn
            return ctx.net.mobile(r, ie, op) if r.random() < .3 else home.ip(r, day)

        cli = [N.client_from(rng, N.BYOK_APPS)]
        conversations(ctx.sink, a, rng, days=ctx.days, curve="home", per_day=rng.lognormvariate(1.6, .6),
                      where=where, clients=cli, opener=lambda r, l=lang: P.lang_prompt(r, c, l),
                      follow=lambda r: (follow_up(r), "chat"), follow_p=.3, think_s=60, day_active=.75,
                      model=_model(.2, .25, ctx.release))


def teachers(ctx: Ctx, n: int = 200) -> None:
    """Secondary teachers writing mock papers, mark schemes and worked solutions;
    the 4th is an INSET day in many English schools. Some schools share one card."""
    rng = ctx.streams.rng("pop", "teachers")
    c = ctx.corpus
    made = 0
    while made < ctx.n(n):
        school_ip, school_asn = N.addr(rng, rng.choice(("bt_business", "vm_business", "bt_business")))
        school_card = card_fp(rng) if rng.random() < .25 else None
        for _ in range(rng.choice((1, 1, 2, 3, 4))):
            made += 1
            a = ctx.sink.account("teachers", consumer_created(rng, START_MS), school_card or card_fp(rng))
            home = N.Home.new(rng)

            def where(r, day, t, home=home, ip=school_ip, asn=school_asn):
                h = (t // HOUR) % 24
                return (ip, asn) if 7 <= h <= 17 and r.random() < .8 else home.ip(r, day)

            conversations(ctx.sink, a, rng, days=ctx.days, curve="teacher", per_day=rng.lognormvariate(1.7, .6),
                          where=where, clients=[N.client_from(rng, N.BYOK_APPS)], opener=lambda r: P.teacher_prompt(r, c),
                          follow=lambda r: (follow_up(r), "chat"), follow_p=.35, think_s=70, day_active=.8,
                          model=_model(.3, .4, ctx.release))


def accountants(ctx: Ctx, n: int = 150) -> None:
    """Small accountancy practices four weeks before the 31 January self
    assessment deadline: one practice card and office line, evenings too."""
    rng = ctx.streams.rng("pop", "accountants")
    made = 0
    while made < ctx.n(n):
        org = rid(rng, "org_", 12)
        card, created0 = card_fp(rng), created_between(rng, at(2024, 1, 1), at(2026, 10, 1))
        office, off_asn = N.addr(rng, rng.choice(("zen", "bt_business", "plusnet")))
        for _ in range(rng.choice((1, 1, 2, 3, 5))):
            made += 1
            a = ctx.sink.account("accountants", created0 + rng.randrange(0, 90) * DAY, card, org=org)
            home = N.Home.new(rng)

            def where(r, day, t, home=home, ip=office, asn=off_asn):
                h = (t // HOUR) % 24
                return (ip, asn) if 8 <= h <= 18 and r.random() < .85 else home.ip(r, day)

            conversations(ctx.sink, a, rng, days=ctx.days, curve="office", per_day=rng.lognormvariate(2.1, .5),
                          where=where, clients=[N.client_from(rng, (("chrome", 6), ("dotnet", 1), ("py_sdk", 1)))],
                          opener=W.accountant_prompt, follow=lambda r: (follow_up(r), "email"), follow_p=.3, think_s=80,
                          day_active=.9, model=_model(.15, .5, ctx.release))
