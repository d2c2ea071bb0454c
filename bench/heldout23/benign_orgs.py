"""Benign organisations: consumer apps (one system prompt for thousands of end users), SMS/USSD
gateways for feature phones, development agencies (one card, many client sub-accounts) and local-currency
resellers (one card, many customer sub-accounts, all traffic through the reseller's proxy)."""
from __future__ import annotations

from . import apps as A
from . import net as N
from . import prompts as P
from .core import Ctx, lognorm, pick, poisson
from .world import CITIES, EMBED, HOUR, MIN, RELEASE

# name, system, kind, cities, per_day, profile, holiday, cloud, ips, lib, model, embed
APPS = (
    ("PassMate", A.TUTOR_SYS, "tutor", ("Lagos", "Abuja", "Ibadan", "Accra", "Kumasi", "Nairobi", "Kano"), 2600,
     "student", "study", "aws_af", 2, "node", "baobab-2-mini", False),
    ("ShambaBot", A.FARM_SYS, "farm", ("Nairobi", "Mombasa", "Kampala", "Dar es Salaam"), 1100, "smb", "std", "gcp_za",
     1, "py", "baobab-2-mini", True),
    ("Kobo", A.SUPPORT_SYS, "support", ("Lagos", "Abuja", "Port Harcourt", "Enugu", "Ibadan"), 1900, "consumer", "std",
     "azure_za", 3, "java", "baobab-2-mini", False),
    ("GraceDaily", A.DEVOTION_SYS, "devotion", ("Lagos", "Accra", "Nairobi", "Kampala", "Port Harcourt"), 1400,
     "consumer", "greet", "aws_af", 2, "node", "baobab-2-mini", False),
    ("AfyaLine", A.HEALTH_SYS, "health", ("Nairobi", "Kampala", "Mombasa"), 500, "consumer", "std", "liquid_cloud_ke", 1,
     "py", "baobab-2", False),
    ("Sokoni", A.PRODUCT_SYS, "product", ("Lagos",), 800, "work", "work", "hetzner", 1, "py", "baobab-2-mini", False),
    ("SokoBot", A.COMMERCE_SYS, "commerce", ("Nairobi",), 650, "smb", "greet", "vultr_jnb", 1, "node", "baobab-2-mini", False),
    ("Lexi", A.LEGAL_SYS, "legal", ("Johannesburg", "Cape Town", "Durban"), 200, "work", "std", "azure_za", 1, "py",
     "baobab-2", True),
)


def consumer_app_backends(ctx: Ctx) -> None:
    rng = ctx.rng("consumer_app_backends")
    for name, sysp, kind, cities, per_day, prof, hol, cloud, ips, lib, model, embed in APPS:
        city0 = CITIES[cities[0]]
        org = ctx.uid(rng, "org-", 18)
        pay = N.card(rng, city0.cc)
        server = N.Fixed.make(rng, cloud, ips)
        client = N.sdk(rng, lib)
        created = ctx.created(rng, "2024-02-01", "2026-06-30")
        prod = ctx.account(rng, "consumer_app_backends", city0, server, [client], org=org, pay=pay, created=created,
                           keys=2, old_model=model, max_tokens=1024)
        if kind == "tutor":
            prod.max_tokens = 2048
        if rng.random() < .4:  # a team that ships the new model the same afternoon
            prod.switch_at, prod.new_model = RELEASE + rng.randint(2, 6) * HOUR, model.replace("2", "3")
        shops = [A.COMMERCE_SYS.format(shop=s) for s in A._SHOPS]
        n = poisson(rng, per_day * ctx.curves.days(prof, city0.tz, hol))
        for ts in ctx.curves.sample(rng, prof, city0.tz, hol, n):
            city = CITIES[rng.choice(cities)]
            lang = pick(rng, city.langs)
            p, k = A.app_prompt(ctx.corpus, rng, kind, lang)
            s = rng.choice(shops) if kind == "commerce" else sysp
            if embed:
                ctx.sink.add(rng, prod, ts, p, model="baobab-embed-1", endpoint=EMBED, key=prod.keys[1])
                ts += rng.randint(80, 400)
            ctx.sink.add(rng, prod, ts, p, s, kind=k, key=rng.choice(prod.keys))
        # staging: the developers testing from the office or home, same org and card
        stage = ctx.account(rng, "consumer_app_backends", city0, ctx.home(rng, city0), [client, N.web_desktop(rng)],
                            org=org, pay=pay, created=created + rng.randrange(90) * 86_400_000, old_model=model,
                            switch_at=RELEASE + rng.randint(1, 5) * HOUR, max_tokens=2048)
        for ts in ctx.curves.sample(rng, "dev", city0.tz, "devhol", poisson(rng, 35 * ctx.days)):
            p, k = A.app_prompt(ctx.corpus, rng, kind, "en")
            ctx.sink.add(rng, stage, ts, p, sysp, kind=k, client=rng.choice(stage.clients))
    _flutter_app(ctx, rng)


def _flutter_app(ctx: Ctx, rng) -> None:
    """StudyBuddy calls the API straight from the phone with a key baked into the app: one account, requests
    from thousands of handsets on every carrier."""
    cities = ("Lagos", "Abuja", "Nairobi", "Accra", "Kampala", "Ibadan", "Johannesburg", "Enugu")
    users = []
    for _ in range(ctx.n(700)):
        city = CITIES[rng.choice(cities)]
        users.append((city, ctx.mobile(rng, city) if rng.random() < .85 else ctx.home(rng, city), pick(rng, city.langs)))
    city0 = CITIES["Lagos"]
    a = ctx.account(rng, "consumer_app_backends", city0, users[0][1], [N.sdk(rng, "dart")], pay=N.card(rng, "NG"),
                    created=ctx.created(rng, "2025-08-01", "2026-08-01"), old_model="baobab-2-mini", max_tokens=1024)
    for ts in ctx.curves.sample(rng, "student", 60, "study", poisson(rng, 900 * ctx.curves.days("student", 60, "study"))):
        city, net, lang = rng.choice(users)
        p, k = A.app_prompt(ctx.corpus, rng, "study", lang)
        a.sess += 1
        ctx.sink.add(rng, a, ts, p, A.STUDY_SYS, kind=k, net=net)


SMS = (("Jibu SMS", ("Nairobi", "Mombasa", "Kampala", "Dar es Salaam"), 900, "liquid_cloud_ke"),
       ("Tambaya SMS", ("Kano", "Abuja"), 500, "aws_af"), ("AskMe USSD", ("Accra", "Kumasi"), 400, "azure_za"),
       ("Swali Lite", ("Addis Ababa",), 300, "aws_af"))


def sms_gateways(ctx: Ctx) -> None:
    rng = ctx.rng("sms_gateways")
    for name, cities, per_day, cloud in SMS:
        city0 = CITIES[cities[0]]
        a = ctx.account(rng, "sms_gateways", city0, N.Fixed.make(rng, cloud, 1), [N.sdk(rng, rng.choice(("go", "java", "py")))],
                        pay=N.card(rng, city0.cc), created=ctx.created(rng, "2024-06-01", "2026-03-01"),
                        old_model="baobab-2-mini", max_tokens=120)
        n = poisson(rng, per_day * ctx.curves.days("consumer", city0.tz, city0.holiday))
        for ts in ctx.curves.sample(rng, "consumer", city0.tz, city0.holiday, n):
            city = CITIES[rng.choice(cities)]
            p, k = A.app_prompt(ctx.corpus, rng, "sms", pick(rng, city.langs))
            ctx.sink.add(rng, a, ts, p, A.SMS_SYS, kind=k)


AGENCIES = (("Lagos", 30), ("Lagos", 22), ("Lagos", 14), ("Lagos", 10), ("Nairobi", 28), ("Nairobi", 18), ("Nairobi", 12),
            ("Kigali", 20), ("Kigali", 9), ("Accra", 15), ("Johannesburg", 25), ("Kampala", 12))


def dev_agencies(ctx: Ctx) -> None:
    """Agencies run their clients' bots from their own servers: one org, one company card, a sub-account
    and a system prompt per client project; volume per client is heavy-tailed."""
    rng = ctx.rng("dev_agencies")
    for cname, k in AGENCIES:
        city = CITIES[cname]
        org, pay = ctx.uid(rng, "org-", 18), N.card(rng, city.cc)
        server = N.Fixed.make(rng, rng.choice(("aws_af", "azure_za", "hetzner", "digitalocean", "vultr_jnb")), rng.randint(1, 2))
        office = N.Fixed.make(rng, pick(rng, city.home), 1, kind="office")
        client = N.sdk(rng, rng.choice(("node", "py", "axios")))
        switches = rng.random() < .2
        for _ in range(ctx.n(k)):
            sysp, biz = A.client_bot(rng)
            a = ctx.account(rng, "dev_agencies", city, server, [client], org=org, pay=pay,
                            created=ctx.created(rng, "2025-01-01", "2026-12-15"), old_model="baobab-2-mini", max_tokens=1024)
            if switches and rng.random() < .5:
                a.switch_at, a.new_model = RELEASE + rng.randint(2, 7) * HOUR, "baobab-3-mini"
            per_day = min(700.0, 8 * rng.paretovariate(1.2))
            prof = rng.choice(("consumer", "smb", "work"))
            for ts in ctx.curves.sample(rng, prof, city.tz, "std", poisson(rng, per_day * ctx.curves.days(prof, city.tz, "std"))):
                p, kind = A.client_user(ctx.corpus, rng, biz)
                ctx.sink.add(rng, a, ts, p, sysp, kind=kind)
            for ts in ctx.curves.sample(rng, "work", city.tz, "work", poisson(rng, 3 * ctx.days)):
                # a developer testing the client's bot from the office playground
                p, kind = A.client_user(ctx.corpus, rng, biz)
                ctx.sink.add(rng, a, ts, p, sysp, kind=kind, net=office, client=N.web_desktop(rng))


RESELLERS = (("Lagos", 80, "contabo"), ("Nairobi", 60, "hetzner"), ("Johannesburg", 40, "azure_za"))


def resellers(ctx: Ctx) -> None:
    """Local-currency resellers: customers pay in naira/shillings/rand, the reseller pays the API with one
    card and forwards every customer's request from its proxy."""
    rng = ctx.rng("resellers")
    c = ctx.corpus
    for cname, k, cloud in RESELLERS:
        city = CITIES[cname]
        org, pay = ctx.uid(rng, "org-", 18), N.card(rng, city.cc)
        proxy = N.Fixed.make(rng, cloud, rng.randint(2, 3))
        client = N.sdk(rng, rng.choice(("node", "go")))
        for _ in range(ctx.n(k)):
            a = ctx.account(rng, "resellers", city, proxy, [client], org=org, pay=pay,
                            created=ctx.created(rng, "2025-03-01", "2026-12-28"), max_tokens=2048,
                            old_model=rng.choice(("baobab-2", "baobab-2-mini")))
            if rng.random() < .5:
                a.switch_at = RELEASE + rng.randint(20, 300) * MIN
                a.new_model = a.old_model.replace("2", "3")
            kind = rng.choice(("dev", "dev", "student", "student", "biz", "consumer"))
            sysp, biz = A.client_bot(rng) if kind == "biz" else (None, "")
            prof = {"dev": "dev", "student": "student", "biz": "smb", "consumer": "consumer"}[kind]
            for ts in ctx.curves.sample(rng, prof, city.tz, city.holiday,
                                        poisson(rng, lognorm(rng, 12, .8) * ctx.curves.days(prof, city.tz, city.holiday))):
                if kind == "dev":
                    p, kk = P.dev_question(c, rng)
                elif kind == "student":
                    p, kk = (P.student_math(rng, rng.choice(c.math + c.gsm8k), a.lang), "math") if rng.random() < .6 \
                        else P.consumer(c, rng, a.lang, .2)
                elif kind == "biz":
                    p, kk = A.client_user(c, rng, biz)
                else:
                    p, kk = P.consumer(c, rng, a.lang, .35)
                ctx.sink.add(rng, a, ts, p, sysp, kind=kk)
