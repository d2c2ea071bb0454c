"""Benign: the general public (casual chat, VPN users, translators, power users)."""
from __future__ import annotations

from bench.heldout42.base import Ctx
from bench.heldout42.people import chat_model, consumer, developer, vpn_loc
from bench.heldout42.text import LANG_OF, SYS, chat, follow, pick, wrap
from bench.heldout42 import phrases as P
from bench.heldout42.world import LAUNCH, MODEL_NEW

TRANSLATE = {
    "pl": ["Przetłumacz na angielski:\n\n{q}", "Przetłumacz na polski, zachowaj formatowanie:\n\n{q}",
           "Popraw styl i przetłumacz na niemiecki:\n{q}"],
    "cs": ["Přelož do angličtiny:\n\n{q}", "Přelož do češtiny, zachovej formátování:\n\n{q}"],
    "ro": ["Tradu în engleză:\n\n{q}", "Tradu în română, păstrează formatarea:\n\n{q}"],
    "en": ["Translate into Polish:\n\n{q}", "Translate into Czech, keep the tone:\n\n{q}", "Translate into Romanian:\n\n{q}"],
}


def casual_chat(ctx: Ctx):
    """The bulk: people asking everyday things in their language, now and then in English."""
    rng = ctx.rng("casual_chat")
    for _ in range(1100):
        a = consumer(ctx, rng, "casual_chat", app_p=0.5, pay_p=0.3)
        lang = LANG_OF[a.cc]
        loc_p = rng.uniform(0.2, 0.8)
        for _s in range(rng.choice((1, 1, 1, 2, 2, 3, 4, 6))):
            t = ctx.when(rng, "home", a.cc)
            for k, ts in enumerate(ctx.session(rng, t, rng.choice((1, 1, 2, 3, 4, 6, 9)), 20, 400)):
                q = follow(rng, lang) if k and rng.random() < 0.25 else chat(rng, lang, local=loc_p)
                ctx.emit(rng, a, ts, q, model=chat_model(rng, a, ts, 0.25))


def vpn_users(ctx: Ctx):
    """Privacy-minded users always behind a commercial VPN (the same exits everyone uses)."""
    rng = ctx.rng("vpn_users")
    for _ in range(260):
        a = consumer(ctx, rng, "vpn_users", app_p=0.3, pay_p=0.5)
        a.loc = vpn_loc(ctx, rng)
        lang = LANG_OF[a.cc] if rng.random() < 0.7 else "en"
        for _s in range(rng.randrange(1, 6)):
            t = ctx.when(rng, rng.choice(("home", "dev")), a.cc)
            for k, ts in enumerate(ctx.session(rng, t, rng.randrange(1, 9), 20, 500)):
                if lang != "en" and rng.random() < 0.1:
                    q = wrap(rng, P.STUDY, lang, pick(rng, "math"))
                else:
                    q = follow(rng, lang) if k and rng.random() < 0.2 else chat(rng, lang, local=0.4)
                ctx.emit(rng, a, ts, q, model=chat_model(rng, a, ts, 0.3))


def translators(ctx: Ctx):
    """Freelance translators: the same instruction wrapped around long, always different texts."""
    rng = ctx.rng("translators")
    for _ in range(150):
        api = rng.random() < 0.3
        a = developer(ctx, rng, "translators", kinds=("py", "curl")) if api else consumer(ctx, rng, "translators", app_p=0.05, pay_p=0.9)
        lang = LANG_OF[a.cc]
        system = SYS["translate"] if api or rng.random() < 0.3 else None
        for _s in range(rng.randrange(2, 8)):
            t = ctx.when(rng, "office", a.cc, day_w=(3, 1))
            for ts in ctx.session(rng, t, rng.randrange(2, 12), 40, 900):
                src = pick(rng, rng.choice(("awesome", "arena", "user", "awesome")))
                q = wrap(rng, TRANSLATE, lang if rng.random() < 0.7 else "en", src)
                model = MODEL_NEW if ts >= LAUNCH and rng.random() < 0.3 else "vistula-1"
                ctx.emit(rng, a, ts, q, system=system, model=model, out_toks=int(len(src) * rng.uniform(0.25, 0.4)) + 20,
                         retry=api)


def power_users(ctx: Ctx):
    """Heavy paid users (writers, analysts, coders): long days, quick follow-ups, rate limits."""
    rng = ctx.rng("power_users")
    for _ in range(110):
        a = consumer(ctx, rng, "power_users", app_p=0.3, pay_p=1.0, age=(90, 1300))
        lang = LANG_OF[a.cc] if rng.random() < 0.6 else "en"
        focus = rng.choice(("code", "writing", "analysis", "mixed"))
        per_day = int(rng.uniform(30, 140))
        for d in range(ctx.days):
            n, used = 0, 0
            while n < per_day * (0.5 if d % 7 in (1, 2) else 1):
                t = ctx.when(rng, rng.choice(("dev", "home")), a.cc, day=d)
                m = rng.randrange(3, 25)
                for k, ts in enumerate(ctx.session(rng, t, m, 8, 300)):
                    if k and rng.random() < 0.3:
                        q = follow(rng, lang)
                    elif focus == "code" or (focus == "mixed" and rng.random() < 0.4):
                        q = pick(rng, "arena") if rng.random() < 0.6 else wrap(rng, P.CODE, "en", pick(rng, rng.choice(("mbpp", "humaneval"))))
                    elif focus == "writing":
                        q = pick(rng, "awesome") if rng.random() < 0.5 else chat(rng, lang, local=0.5)
                    else:
                        q = pick(rng, rng.choice(("user", "seed", "nq", "arena")))
                    used += 1
                    st = 429 if used > 150 and rng.random() < 0.3 else None
                    ctx.emit(rng, a, ts, q, model=chat_model(rng, a, ts, 0.55), status=st)
                n += m
