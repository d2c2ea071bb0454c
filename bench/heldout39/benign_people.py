"""Benign people: everyday consumers of three countries plus Greek users,
the curious at the launch, families sharing a device and a card, prompt
hobbyists, travellers, diaspora users and privacy-minded VPN users."""
from __future__ import annotations

from .clients import browser, personal_card, phone, recent_skew, sdk
from .networks import NETS, Home, Mixed, Mobile, Vpn, pick_net
from .population import Ctx, activity, lang_of, person_conn, run_chat
from .rhythm import curve_fn, human_sessions, launch_boost, poisson, session
from .texts_life import diaspora, family_member, followup, general, launch_test, travel
from .world import CEST, EEST, EP_CHAT, HOUR, M_MINI, M_NEW, M_PRO, M_STD, MIN, WEST

COUNTRY = {"IT": (CEST, "consumer_it"), "ES": (CEST, "consumer_es"), "PT": (WEST, "consumer_pt"), "GR": (EEST, "consumer_gr")}


def consumers(ctx: Ctx, cc: str, n: int, pop: str = "general_consumers") -> None:
    w, rng = ctx.world, ctx.rng(pop, cc)
    tz, curve = COUNTRY[cc]
    for i in range(n):
        lang = lang_of(rng, cc)
        paid = rng.random() < 0.32
        acct = ctx.reg.account(pop, recent_skew(rng, w, 1100), payment=personal_card(rng, cc) if paid else None, cc=cc)
        client = phone(rng, w, acct.id) if rng.random() < 0.6 else browser(rng, w, acct.id)
        conn, _, _ = person_conn(rng, w, cc, tz)
        base = curve_fn(curve, tz)
        sessions = human_sessions(rng, lambda ms: base(ms) * launch_boost(w, ms, 0.5, 5), w.start, w.end,
                                  poisson(rng, activity(rng, 3.2, 0.9)), 2.6, 60)
        run_chat(ctx, rng, acct, client, conn, sessions, lambda r, ts, l=lang: general(r, l, ctx.corpus), lang=lang,
                 followup_fn=followup, p_follow=0.35)


def launch_curious(ctx: Ctx, n: int = 600) -> None:
    """Sign up (or come back) within hours of the launch, type the same few
    test prompts, compare with the old model, leave."""
    w, rng = ctx.world, ctx.rng("curious")
    for i in range(n):
        cc = rng.choices(["IT", "ES", "PT", "GR"], [.45, .35, .15, .05])[0]
        tz, curve = COUNTRY[cc]
        first = w.launch + int(rng.expovariate(1 / 3.5) * HOUR) + rng.randrange(0, 20 * MIN)
        if first >= w.end:
            continue
        new = rng.random() < 0.6
        created = first - rng.randrange(2 * MIN, 12 * MIN) if new else recent_skew(rng, w, 900)
        paid = rng.random() < (0.25 if new else 0.45)
        acct = ctx.reg.account("launch_curious", created, payment=personal_card(rng, cc) if paid else None, cc=cc)
        client = phone(rng, w, acct.id, update_share=1.0) if rng.random() < 0.55 else browser(rng, w, acct.id)
        conn, _, _ = person_conn(rng, w, cc, tz)
        base = curve_fn(curve, tz)
        sessions = [session(rng, first, 4.0, 35)] + human_sessions(
            rng, lambda ms: base(ms) * launch_boost(w, ms, 3.0, 6), first + 30 * MIN, w.end, poisson(rng, 1.0), 3.0, 40, wmax=4.5)
        lang = {"IT": "it", "ES": "es", "PT": "pt", "GR": "el"}[cc]
        run_chat(ctx, rng, acct, client, conn, [s for s in sessions if s],
                 lambda r, ts, l=lang: (launch_test(r), "chat") if r.random() < 0.7 else general(r, l, ctx.corpus),
                 lang=lang, followup_fn=followup, p_follow=0.2,
                 model_fn=lambda r, ts: M_NEW if r.random() < 0.85 else M_STD)
    devs = [ctx.reg.account("launch_curious", recent_skew(rng, w, 900), payment=personal_card(rng, "IT"), nkeys=1) for _ in range(25)]
    for acct in devs:  # API users who try the model name a few minutes early
        cl, conn = sdk(rng.choice(["levante-python/2.4.1", "curl/8.5.0", "OpenAI/Python 1.35.10"])), Home(rng, pick_net(rng, "IT", "broadband"), w.start, w.end)
        t = w.launch - rng.randrange(1, 25 * MIN)
        for k in range(rng.randint(3, 12)):
            ctx.sink.emit(rng, acct, t, cl, conn.addr(rng, t), model=M_NEW, endpoint=EP_CHAT, prompt=launch_test(rng),
                          key=acct.keys[0], st=404 if t < w.launch else None)
            t += int(rng.expovariate(1 / 4) * MIN) + 5000


def families(ctx: Ctx, n: int = 90) -> None:
    """One tablet or laptop and one card for a household of 2-4 accounts."""
    w, rng = ctx.world, ctx.rng("families")
    for f in range(n):
        cc = rng.choices(["IT", "ES", "PT"], [.45, .4, .15])[0]
        tz, curve = COUNTRY[cc]
        lang = {"IT": "it", "ES": "es", "PT": "pt"}[cc]
        device = browser(rng, w, f"family-{f}") if rng.random() < .5 else phone(rng, w, f"family-{f}", ios_share=0.6)
        home = Home(rng, pick_net(rng, cc, "broadband"), w.start, w.end)
        pay = personal_card(rng, cc) if rng.random() < 0.8 else None
        roles = ["parent"] + rng.sample(["parent", "kid", "kid", "grand"], rng.randint(1, 3))
        for role in roles:
            acct = ctx.reg.account("family_shared_device", recent_skew(rng, w, 900), payment=pay, cc=cc)
            sessions = human_sessions(rng, curve_fn("evening" if role == "kid" else curve, tz), w.start, w.end,
                                      poisson(rng, activity(rng, 3, 0.6)), 2.4, 60)
            run_chat(ctx, rng, acct, device, home, sessions, lambda r, ts, ro=role, l=lang: family_member(r, ro, l), lang=lang,
                     followup_fn=followup)


def hobbyists(ctx: Ctx, n: int = 45) -> None:
    """Prompt tinkerers: re-run the same role prompt with small edits, across
    models, often asking the model to think step by step."""
    w, rng = ctx.world, ctx.rng("hobby")
    for i in range(n):
        cc = rng.choice(["IT", "ES", "PT"])
        acct = ctx.reg.account("prompt_hobbyists", recent_skew(rng, w, 900), payment=personal_card(rng, cc), nkeys=1, cc=cc)
        client = browser(rng, w, acct.id) if rng.random() < .6 else sdk(rng.choice(["levante-python/2.4.1", "OpenAI/Python 1.35.10"]))
        conn, _, _ = person_conn(rng, w, cc, CEST, 0.9)
        favs = [ctx.corpus.pick(rng, rng.choice(["awesome_s", "arena_s", "math"])) for _ in range(rng.randint(3, 6))]
        edits = ["", " Think step by step.", " Be concise.", " Answer in Italian.", " Explain your reasoning.", "\n\nUse a table.", " Rispondi in spagnolo."]

        def prompt(r, ts, favs=favs):
            base = r.choice(favs)
            return base + r.choice(edits), "cot" if "step" in base or r.random() < .3 else "chat"
        sessions = human_sessions(rng, curve_fn("evening", CEST), w.start, w.end, poisson(rng, activity(rng, 8, 0.5)), 7, 40)
        run_chat(ctx, rng, acct, client, conn, sessions, prompt,
                 model_fn=lambda r, ts: r.choice([M_STD, M_PRO, M_MINI] + ([M_NEW, M_NEW] if w.after_launch(ts) else [])),
                 key_fn=(lambda r, a=acct: a.keys[0]) if client.kind == "sdk" else None)


TRIPS = [("it", "IT", "GR", ["gr_cosmote_bb", "gr_nova_bb", "gr_cosmote_mob"], ["Nafplio", "Naxos", "Chania"]),
         ("es", "ES", "MA", ["ma_iam_mob", "ma_orange_bb"], ["Tánger", "Chefchaouen", "Marrakech"]),
         ("pt", "PT", "ES", ["es_movistar_bb", "es_orange_mob"], ["Sevilha", "Madrid"]),
         ("it", "IT", "DE", ["de_telekom_bb"], ["Berlino", "Monaco"]), ("es", "ES", "FR", ["fr_orange_bb"], ["París", "Burdeos"])]


def travellers(ctx: Ctx, n: int = 70) -> None:
    """Home carrier while roaming (EU roaming egresses at home), hotel and
    airport Wi-Fi abroad: the country of the IP changes mid-window."""
    w, rng = ctx.world, ctx.rng("travel")
    for i in range(n):
        lang, cc, dest, nets, cities = TRIPS[i % len(TRIPS)]
        acct = ctx.reg.account("travellers", recent_skew(rng, w, 900), payment=personal_card(rng, cc), cc=cc)
        client = phone(rng, w, acct.id)
        _, home, mob = person_conn(rng, w, cc, CEST)
        away = [Home(rng, NETS[k], w.start, w.end) if NETS[k].kind == "broadband" else Mobile(rng, NETS[k]) for k in nets]
        leave = w.start + rng.randrange(0, w.end - w.start)

        def where(r, ts, home=home, mob=mob, away=away, leave=leave):
            if ts < leave:
                return home if r.random() < .6 else mob
            return mob if r.random() < .35 else r.choice(away)
        sessions = human_sessions(rng, curve_fn("consumer_it", CEST), w.start, w.end, poisson(rng, activity(rng, 4, 0.5)), 2.5, 50)
        city = rng.choice(cities)
        run_chat(ctx, rng, acct, client, Mixed(where), sessions,
                 lambda r, ts, l=lang, c=city, lv=leave: travel(r, l, c) if ts >= lv else general(r, l), lang=lang, followup_fn=followup)


def diaspora_users(ctx: Ctx, n: int = 120) -> None:
    w, rng = ctx.world, ctx.rng("diaspora")
    for i in range(n):
        cc = "ES" if rng.random() < 0.6 else "IT"
        lang = cc.lower()
        acct = ctx.reg.account("diaspora_users", recent_skew(rng, w, 900), payment=personal_card(rng, cc) if rng.random() < .2 else None, cc=cc)
        client = phone(rng, w, acct.id, ios_share=0.2)
        conn, _, _ = person_conn(rng, w, cc, CEST, 0.4)
        sessions = human_sessions(rng, curve_fn("consumer_es", CEST), w.start, w.end, poisson(rng, activity(rng, 3, 0.6)), 2.5, 60)
        run_chat(ctx, rng, acct, client, conn, sessions, lambda r, ts, l=lang: diaspora(r, l) if r.random() < .6 else general(r, l),
                 lang=lang, followup_fn=followup)


def vpn_users(ctx: Ctx, n: int = 80) -> None:
    """Privacy-minded people who never switch their VPN off."""
    w, rng = ctx.world, ctx.rng("vpnusers")
    for i in range(n):
        cc = rng.choice(["IT", "ES", "PT"])
        tz, curve = COUNTRY[cc]
        lang = lang_of(rng, cc)
        acct = ctx.reg.account("vpn_privacy_users", recent_skew(rng, w, 900), payment=personal_card(rng, cc) if rng.random() < .5 else None, cc=cc)
        client = browser(rng, w, acct.id)
        conn = Vpn(rng, rng.sample(["m247", "datacamp", "packethub", "leaseweb", "clouvider"], 2), sticky_h=rng.choice([2, 6, 24]))
        sessions = human_sessions(rng, curve_fn(curve, tz), w.start, w.end, poisson(rng, activity(rng, 4, 0.6)), 2.5, 60)
        run_chat(ctx, rng, acct, client, conn, sessions, lambda r, ts, l=lang: general(r, l, ctx.corpus), lang=lang, followup_fn=followup)
