"""Benign populations at work: BPO sites, apps, eval teams, pipelines, agencies."""
from __future__ import annotations

from . import text as X
from .common import chat_model, general_chat, run, task, wrap
from .world import DAY, H, LAUNCH, T0, World, rand_ip


def bpo_site(w: World, pop: str, n: int, asn: int, sys_key: str, mix_issue: float) -> None:
    r = w.rng(pop)
    org, card = w.new_id(r, "org"), w.new_id(r, "card")
    ips = [rand_ip(r, asn, v6=False) for _ in range(3)]
    ua, dev = "AgentAssist/3.4.2 (Windows 10; Electron 31)" if sys_key == "northstar" else "OpsHelper/1.9 python-httpx/0.27.2", w.new_id(r, "dev")
    system = X.BPO_SYS[sys_key]
    for i in range(n):
        a = w.account(r, pop, tz=8, ua=ua, device=dev, net=w.net_fixed(ips, asn), org=org, card=card,
                      created=w.created_ago(r, 20, 500))
        shift = r.choice([20.5, 21, 22, 23])  # shift start, local

        def pick(rr, ts):
            if rr.random() < mix_issue:
                p = X.customer_issue(rr)
            else:
                p = rr.choice(w.corp["self_instruct_user_oriented"] if rr.random() < 0.6 else w.corp["nq_open_questions"])
            return p, system, "tala-2-lite" if rr.random() < 0.7 else "tala-2", 220

        for d in range(-1, w.days):
            start = T0 + d * DAY + int(shift * H)
            t = start + r.randrange(20 * 60_000)
            for _ in range(r.randint(8, 30)):
                t += int(r.expovariate(1 / 1100) * 1000) + 20_000
                if t - start > 9 * H:
                    break
                if T0 <= t < w.end:
                    p, s, m, o = pick(r, t)
                    w.req(r, a, t, p, s, m, out_mean=o)


def eval_teams(w: World) -> None:
    r = w.rng("eval_teams_sg")
    for team, asn in (("sealion-lab", 16509), ("fintech-ml", 396982), ("govtech-eval", 8075)):
        org, card = w.new_id(r, "org"), w.new_id(r, "card")
        net = w.net_cloud(r, asn, 2)
        ua, dev = w.sdk(r, [10, 0, 0, 5, 5, 0, 0, 0])
        benches = r.sample(["gsm8k", "math", "humaneval", "mbpp", "svamp"], 3)
        for k in range(3):
            a = w.account(r, "eval_teams_sg", tz=8, ua=ua, device=dev, net=net, org=org, card=card,
                          created=w.created_ago(r, 100, 700))
            for _ in range(r.randint(2, 4)):  # benchmark runs
                b = r.choice(benches)
                items = w.corp[b][: {"gsm8k": 1319, "math": 500}.get(b, 1000)]
                items = items[: r.choice([200, 500, len(items)])]
                t = T0 + r.randrange(w.days * DAY - 6 * H)
                model = r.choice(["tala-2", "tala-2-lite"] + (["tala-3"] * 3 if t > LAUNCH else []))
                if t < LAUNCH and r.random() < 0.3:
                    t, model = LAUNCH + r.randrange(8 * H), "tala-3"
                for q in items:
                    t += int(r.expovariate(1 / 0.6) * 1000) + 50
                    if t >= w.end:
                        break
                    w.req(r, a, t, X.EVAL_TEMPLATES[b].format(q=q), None, model, out_mean=300)


APPS = [("aral_homework", X.EDTECH_SYS, "task", 16509), ("padalanow_support", X.REMIT_SYS, "remit", 396982),
        ("listingpro", X.SHOP_SYS, "shop", 45102), ("kumustahr_bot", None, "chat", 14061),
        ("biyahe_travel", None, "chat", 8075), ("tindahan_pos_ai", X.SHOP_SYS, "shop", 16509),
        ("belajar_pintar", X.EDTECH_SYS, "task", 132203), ("hocbai_app", X.EDTECH_SYS, "task", 45102),
        ("kopi_crm", None, "chat", 20473), ("insure_ph_faq", X.REMIT_SYS, "remit", 16509)]


def consumer_apps(w: World) -> None:
    r = w.rng("consumer_apps")
    for name, system, kind, asn in APPS:
        ua, dev = w.sdk(r, [6, 0, 8, 2, 2, 1, 3, 0])
        a = w.account(r, "consumer_apps", tz=8, ua=ua, device=dev, net=w.net_cloud(r, asn, 4), org=w.new_id(r, "org"),
                      card=w.new_id(r, "card"), created=w.created_ago(r, 60, 600))
        a.keys += [w.new_id(r, "key")]
        if system is None:
            system = r.choice(w.corp["awesome_sys"])
        per_day = r.randint(500, 1400)

        def pick(rr, ts, kind=kind, system=system):
            if kind == "task":
                _, q = task(w, rr, ["gsm8k", "svamp", "math", "mbpp"], [4, 2, 2, 1])
                q = wrap(rr, rr.choice([X.STUDENT_EN, X.STUDENT_TL, X.STUDENT_ID, X.STUDENT_VI]), q)
            elif kind == "shop":
                q = rr.choice(X.LISTING).format(lang=rr.choice(["English", "Taglish", "Bahasa Indonesia"]), p=X.product(rr))
            elif kind == "remit":
                q = general_chat(w, rr, nq=0.5, local=X.CHAT_TL, p_local=0.2)
            else:
                q = general_chat(w, rr, nq=0.3, local=X.CHAT_TL + X.CHAT_ID, p_local=0.15)
            return q, system, "tala-2-lite", 260

        run(w, r, a, "casual", per_day / 4, (3, 5), 25, pick, think_s=(0.05, 0.5))


def rag_pipelines(w: World) -> None:
    r = w.rng("rag_pipelines")
    docs = w.corp["awesome_chatgpt_prompts"] + w.corp["arena_hard_prompts"]
    for i in range(8):
        ua, dev = w.sdk(r)
        a = w.account(r, "rag_pipelines", tz=8, ua=ua, device=dev, net=w.net_cloud(r, r.choice([16509, 396982, 14061]), 2),
                      org=w.new_id(r, "org"), card=w.new_id(r, "card"), created=w.created_ago(r, 30, 400),
                      endpoint="/v1/embeddings")
        for _ in range(r.randint(3, 8)):  # ingestion jobs, often on the hour (cron)
            t = T0 + r.randrange(w.days * 24) * H + r.randrange(120_000)
            doc = r.choice(docs)
            for _ in range(r.randint(40, 260)):
                if r.random() < 0.1:
                    doc = r.choice(docs)
                off = r.randrange(max(1, len(doc) - 800))
                t += r.randint(40, 400)
                if t < w.end:
                    w.req(r, a, t, doc[off:off + r.randint(200, 1200)], None, "tala-embed-1")


def offshore_dev_teams(w: World) -> None:
    r = w.rng("offshore_dev_teams")
    for t_i in range(6):
        us = t_i < 4
        org, card = w.new_id(r, "org"), w.new_id(r, "card")
        oasn = r.choice([17639, 9299])
        office = [rand_ip(r, oasn, v6=False) for _ in range(2)]
        for _ in range(r.randint(25, 45)):
            ua = r.choice(["tala-vscode/0.18.2 node/20.15", "tala-jetbrains/0.9.1 java/21"])
            a = w.account(r, "offshore_dev_teams", tz=8, ua=ua, device=w.new_id(r, "dev"), org=org, card=card,
                          net=w.net_fixed(office, oasn), created=w.created_ago(r, 30, 900), endpoint="/v1/completions")

            def pick(rr, ts):
                x = rr.random()
                if x < 0.45:
                    _, q = task(w, rr, ["humaneval", "mbpp"])
                    return q[: rr.randint(80, len(q))], None, "tala-2-lite", 60
                return general_chat(w, rr, nq=0.05), None, chat_model(rr, ts, 0.2), 400

            run(w, r, a, "night" if us else "office", 2.5, (3, 15), 70, pick)


def content_agency(w: World) -> None:
    r = w.rng("content_agency")
    org, card = w.new_id(r, "org"), w.new_id(r, "card")
    ip = [rand_ip(r, 9299, v6=False)]
    system = r.choice(w.corp["awesome_sys"])
    brands = ["Jollibee-style burger chain", "Cebu dive resort", "milk tea franchise", "e-wallet promo", "condo pre-selling"]
    for _ in range(40):
        ua, dev = w.browser(r, mobile=False)
        a = w.account(r, "content_agency", tz=8, ua=ua, device=dev, net=w.net_fixed(ip, 9299), org=org, card=card,
                      created=w.created_ago(r, 10, 400), endpoint="/web/chat", retry="web")

        def pick(rr, ts):
            if rr.random() < 0.6:
                q = (f"Write {rr.randint(3, 10)} {rr.choice(['Instagram', 'TikTok', 'Facebook'])} captions for a "
                     f"{rr.choice(brands)} {rr.choice(['payday sale', 'ber-months promo', '9.9 sale', 'grand opening'])}. "
                     f"{rr.choice(['Taglish, playful.', 'English, premium tone.', 'Add emojis and hashtags.'])}")
                return q, system, "tala-2", 300
            return general_chat(w, rr, nq=0.1), None, chat_model(rr, ts), 400

        run(w, r, a, "office", 2, (3, 12), 90, pick)


def build(w: World) -> None:
    bpo_site(w, "bpo_northstar_manila", 340, 9299, "northstar", 0.55)
    bpo_site(w, "bpo_visayas_cebu", 200, 17639, "cebu", 0.3)
    eval_teams(w)
    consumer_apps(w)
    rag_pipelines(w)
    offshore_dev_teams(w)
    content_agency(w)
