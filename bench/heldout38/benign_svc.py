"""Benign services: products and pipelines that call Garuda in bulk (the hard look-alikes)."""
from __future__ import annotations

import random

from . import banks, clients, corpora, nets
from . import content as C
from . import phrases as P
from .engine import Account, Draft, PopOut, acct_id
from .personas import aged, pay_fp
from .world import (CITIES, DAY, EP_CHAT, EP_EMBED, EP_LEGACY, HOUR, MIN, MODEL_EMBED, MODEL_NEW, SEC, Window,
                    bins96, hid, lognorm, pick_w, rate_times, rng)

LITE, PRO = "garuda-3.5-lite", "garuda-3.5-pro"


def key(seed: int, *parts: object) -> str:
    return "key_" + hid(seed, "key", *parts, n=8)


def org(seed: int, name: str) -> str:
    return "org_" + hid(seed, "org", name, n=6)


def svc(W: Window, pop: str, i: int, r: random.Random, city: str, where, tool: str, *, org_id=None, pay=None,
        plan="api", created=None, campaign=None) -> Account:
    ua, fp = clients.tool(tool)
    return Account(acct_id(W.seed, pop, i), pop, campaign, created or aged(r, W, 60, 700), CITIES[city], plan,
                   org=org_id, pay=pay, api_key=key(W.seed, pop, i), ua=ua, device=fp, where=where, retry=True)


def bimbel_relay(W: Window) -> PopOut:
    """Cendekia+: a bimbel app whose backend relays thousands of students' questions through six keys."""
    out = PopOut("bimbel_relay", "benign", None)
    o, pay = org(W.seed, "cendekia"), pay_fp(W.seed, "cendekia")
    ips = nets.Cloud.new("aws_jkt", rng(W.seed, "bimbel_relay/nat"), 3).ips
    roles = (("tutor", 1900), ("tutor", 1700), ("tutor", 1500), ("foto", 900), ("foto", 800), ("latihan", 300))
    city = CITIES["Jakarta"]

    def weights(d: int) -> list[float]:
        return bins96("edtech", city, muslim=0.8, boost={4: 2.2, 5: 2.5, 11: 1.4, 17: 1.3})

    for i, (role, per_day) in enumerate(roles):
        r = rng(W.seed, f"bimbel_relay/{i}")
        acct = svc(W, out.name, i, r, "Jakarta", nets.Cloud("aws_jkt", ips, r), "node", org_id=o, pay=pay,
                   plan="api_hi", created=W.start - 420 * DAY + i * 9 * DAY)
        canary = W.launch + 5 * HOUR if i == 2 else None
        drafts = []
        for ts in rate_times(r, W, city, per_day, weights):
            model = MODEL_NEW if canary and ts >= canary else LITE
            if role == "tutor":
                text, _ = C.math_student(r) if r.random() < 0.8 else C.topic_school(r)
                hist = 0 if r.random() < 0.5 else int(lognorm(r, 700, 0.6, 100, 6000))
                drafts.append(Draft(ts, text, "explain", model, EP_CHAT, banks.EDTECH_SYSTEM, hist))
            elif role == "foto":
                _, q = corpora.pick_mix(r, corpora.MATH_MIX)
                drafts.append(Draft(ts, q, "math", model, EP_CHAT, banks.EDTECH_SYSTEM))
            else:
                _, q = corpora.pick_mix(r, corpora.MATH_MIX)
                drafts.append(Draft(ts, f"Buat 3 soal latihan yang mirip dengan soal berikut, lengkap dengan kunci "
                                        f"dan pembahasan singkat.\n\n{q}", "long", PRO, EP_CHAT, banks.EDTECH_SYSTEM))
        out.add(W, acct, drafts, r)
    return out


def tryout(W: Window) -> PopOut:
    """Tryout platforms: nightly batch jobs that write explanations for whole question banks,
    plus on-demand explanations when students open a question nobody has opened yet."""
    out = PopOut("tryout_platform", "benign", None)
    plats = (("TryoutKu", "gcp_jkt", "py"), ("Ruang Soal", "alibaba_jkt", "java"), ("SNBT Pro", "idcloudhost", "py"))
    i = 0
    for p, (name, cloud, tool) in enumerate(plats):
        o, pay = org(W.seed, name), pay_fp(W.seed, name)
        ips = nets.Cloud.new(cloud, rng(W.seed, f"tryout/{p}/ips"), 2).ips
        system = banks.TRYOUT_SYSTEM.replace("{c}", name)
        for role in ("batch", "ondemand") + (("staging",) if p == 0 else ()):
            r = rng(W.seed, f"tryout_platform/{i}")
            acct = svc(W, out.name, i, r, "Jakarta", nets.Cloud(cloud, ips, r), tool, org_id=o, pay=pay,
                       plan="api_hi")
            drafts = []
            src = ("gsm8k", "math", "svamp")[p]
            walk = corpora.order(W.seed, src, name)
            pos = r.randrange(len(walk))
            if role == "batch":
                for night in range(W.days):
                    if r.random() < 0.25:
                        continue
                    t = W.start + night * DAY + int(r.uniform(0.4, 1.2) * HOUR)   # ~00:30 WIB
                    stop = t + int(r.uniform(2.5, 4.0) * HOUR)
                    model = MODEL_NEW if night >= 1 and p == 0 else PRO
                    for _w in range(2):
                        tw = t + r.randrange(5000)
                        while tw < stop:
                            q = corpora.texts(src)[walk[pos % len(walk)]]
                            pos += 1
                            tmpl = banks.TRYOUT_TEMPLATES[p % 2].replace("{sec}", "Penalaran Matematika")
                            drafts.append(Draft(tw, tmpl.replace("{q}", q), "explain", model, EP_CHAT, system))
                            tw += int(lognorm(r, 19, 0.35, 6, 90) * SEC)
            else:
                per_day = 260 if role == "ondemand" else 25
                city = CITIES["Jakarta"]
                for ts in rate_times(r, W, city, per_day, lambda d: bins96("student", city, muslim=0.8)):
                    q = corpora.texts(src)[walk[r.randrange(len(walk))]]
                    tmpl = banks.TRYOUT_TEMPLATES[(p + 1) % 2].replace("{sec}", "Pengetahuan Kuantitatif")
                    model = MODEL_NEW if role == "staging" and ts > W.launch else PRO
                    drafts.append(Draft(ts, tmpl.replace("{q}", q), "explain", model, EP_CHAT, system))
            out.add(W, acct, drafts, r)
            i += 1
    return out


LABS = (("ui", "Jakarta"), ("ui", "Jakarta"), ("ui", "Jakarta"), ("itb", "Bandung"), ("itb", "Bandung"),
        ("itb", "Bandung"), ("ugm", "Yogyakarta"), ("ugm", "Yogyakarta"), ("its", "Surabaya"),
        ("um", "Kuala Lumpur"), ("gcp_sg", "Singapore"), ("unhas", "Makassar"))
BENCH = (("humaneval", 164), ("mbpp", 200), ("gsm8k", 250), ("math", 200))


def _bench_prompt(name: str, q: str) -> tuple[str, str, str]:
    if name == "humaneval":
        return q, "code", EP_LEGACY
    if name == "mbpp":
        return f"You are an expert Python programmer, and here is your task: {q}", "code", EP_CHAT
    return f"Question: {q}\nAnswer: Let's think step by step.", "eval", EP_CHAT


def labs(W: Window) -> PopOut:
    """University labs that benchmark garuda-4 against garuda-3.5-pro in the hours after launch."""
    out = PopOut("lab_kampus", "benign", None)
    for i, (net, city) in enumerate(LABS):
        r = rng(W.seed, f"lab_kampus/{i}")
        if net == "gcp_sg":
            where = nets.Cloud.new("gcp_sg", r, 1)
        else:
            from .personas import CAMPUS
            eg = CAMPUS[net]
            where = nets.Cloud(net, [eg.ips[r.randrange(len(eg.ips))]], r)
        created = W.launch + int(r.uniform(0.5, 2) * HOUR) if i in (4, 8) else aged(r, W, 90, 800)
        acct = svc(W, out.name, i, r, city, where, "lmeval", created=created)
        drafts = []
        t = max(created, W.launch) + int(lognorm(r, 3.5, 0.6, 0.7, 12) * HOUR)
        for run in range(1 + (r.random() < 0.5)):
            bench, n = BENCH[(i + run) % len(BENCH)]
            walk = corpora.order(W.seed, bench, "lab")[:n]   # same subset in every lab: a standard split
            for model in (MODEL_NEW, PRO):
                for j in walk:
                    prompt, kind, ep = _bench_prompt(bench, corpora.texts(bench)[j])
                    drafts.append(Draft(t, prompt, kind, model, ep))
                    t += int(lognorm(r, 2.2, 0.6, 0.3, 30) * SEC)
                t += int(r.uniform(2, 20) * MIN)
            t = max(t, W.start + DAY + int(r.uniform(1.5, 8) * HOUR))
        out.add(W, acct, drafts, r)
    return out


def cs_bots(W: Window) -> PopOut:
    """Customer-service bots: one system prompt per company, customers' messages relayed from a cloud backend."""
    out = PopOut("cs_bot", "benign", None)
    clouds = ("aws_jkt", "gcp_jkt", "azure_sea", "alibaba_jkt", "biznetgio", "aws_jkt", "idcloudhost", "aws_sg",
              "biznetgio")
    tools = ("java", "node", "py", "go", "node22", "java", "py", "node", "py_old")
    i = 0
    for c, (ind, company, persona) in enumerate(banks.CS_COMPANIES):
        city = CITIES["Kuala Lumpur" if "Malaysia" in company else "Jakarta"]
        o, pay = org(W.seed, company), pay_fp(W.seed, company)
        system = banks.CS_SYSTEM[ind].replace("{n}", persona).replace("{c}", company)
        ips = nets.Cloud.new(clouds[c], rng(W.seed, f"cs/{c}"), 2).ips
        for role in ("prod", "staging") if c % 2 == 0 else ("prod",):
            r = rng(W.seed, f"cs_bot/{i}")
            acct = svc(W, out.name, i, r, city.name, nets.Cloud(clouds[c], ips, r), tools[c], org_id=o, pay=pay,
                       plan="api_hi" if role == "prod" else "api")
            per_day = r.uniform(300, 700) if role == "prod" else r.uniform(15, 50)
            drafts = []
            for ts in rate_times(r, W, city, per_day, lambda d: bins96("support", city, muslim=0.7)):
                if r.random() < 0.85:
                    text = P.one(r, banks.CS_USER[ind])
                else:
                    text = C.chat_id(r)[0]
                hist = 0 if r.random() < 0.4 else int(lognorm(r, 250, 0.6, 40, 3000))
                model = MODEL_NEW if role == "staging" and ts > W.launch + 3 * HOUR and r.random() < 0.7 else LITE
                drafts.append(Draft(ts, text, "cs", model, EP_CHAT, system, hist))
            out.add(W, acct, drafts, r)
            i += 1
    return out


def embeddings(W: Window) -> PopOut:
    """Search and dedupe pipelines: bursts of embedding calls every few minutes, day and night."""
    out = PopOut("embeddings_pipeline", "benign", None)
    jobs = (("PasarKita search", "aws_jkt", ("nq", "arena")), ("Portal Berita Nusantara", "gcp_jkt", ("nq",)),
            ("LexIndo", "azure_sea", ("useror", "seed")), ("Cendekia+ bank soal", "aws_jkt", ("gsm8k", "math", "svamp")),
            ("KlikDokter-ish FAQ", "alibaba_jkt", ("nq", "useror")), ("Lion Labs SG", "aws_sg", ("arena", "awesome")),
            ("TryoutKu dedupe", "gcp_jkt", ("math", "gsm8k")), ("HR Suite", "biznetgio", ("awesome", "useror")),
            ("PasarKita recs", "aws_jkt", ("arena", "nq")), ("Ruang Soal search", "alibaba_jkt", ("svamp", "gsm8k")))
    for i, (name, cloud, srcs) in enumerate(jobs):
        r = rng(W.seed, f"embeddings_pipeline/{i}")
        acct = svc(W, out.name, i, r, "Singapore" if cloud == "aws_sg" else "Jakarta", nets.Cloud.new(cloud, r, 2),
                   "py" if i % 3 else "go", org_id=org(W.seed, name.split()[0]), pay=pay_fp(W.seed, name.split()[0]),
                   plan="api_hi")
        drafts = []
        every = int(r.uniform(8, 25) * MIN)
        t = W.start + r.randrange(every)
        while t < W.end:
            for _ in range(int(lognorm(r, 5, 0.6, 1, 40))):
                drafts.append(Draft(t, corpora.pick(r, srcs[r.randrange(len(srcs))]), "embed", MODEL_EMBED, EP_EMBED))
                t += int(r.uniform(0.05, 0.6) * SEC)
            t += every + int(r.uniform(-20, 20) * SEC)
        out.add(W, acct, drafts, r)
    return out


def automations(W: Window) -> PopOut:
    """No-code automations (n8n, cron scripts): exact schedules from cloud servers."""
    out = PopOut("otomasi_terjadwal", "benign", None)
    for i in range(40):
        r = rng(W.seed, f"otomasi_terjadwal/{i}")
        cloud = pick_w(r, (("aws_sg", 30), ("idcloudhost", 25), ("digitalocean", 25), ("biznetgio", 20)))
        acct = svc(W, out.name, i, r, "Jakarta", nets.Cloud.new(cloud, r, 1), pick_w(r, (("n8n", 6), ("py", 4))),
                   pay=pay_fp(W.seed, "otomasi", i), created=aged(r, W, 20, 600))
        sched = pick_w(r, (("hourly", 35), ("15min", 20), ("daily", 30), ("5min", 15)))
        s = P.one(r, banks.AUTOMATION_SYSTEM).replace("{t}", P.one(r, ("sales", "CS", "marketing", "ops")))
        kind = "summary" if "Ringkas" in s else "label" if "classifier" in s else "json" if "JSON" in s else "chat"
        off = r.randrange(60) * SEC
        step = {"hourly": HOUR, "15min": 15 * MIN, "5min": 5 * MIN}.get(sched, DAY)
        if sched == "daily":
            runs = [W.start + d * DAY + h * HOUR + off for d in range(W.days) for h in (7, 17)]
        else:
            runs = list(range(W.start + off, W.end, step))
        drafts = []
        for t in runs:
            burst = int(lognorm(r, 12, 0.6, 2, 60)) if sched == "daily" else (1 if r.random() < 0.8 else 2)
            tb = t + r.randrange(3000)
            for _ in range(burst if sched != "5min" or r.random() < 0.5 else 0):
                text = (P.one(r, banks.CS_USER["shop"]) if kind in ("label", "json") else
                        corpora.pick(r, "arena") if kind == "summary" else banks.fill(r, P.one(r, banks.OFFICE)))
                drafts.append(Draft(tb, text, kind, LITE, EP_CHAT, s))
                tb += int(r.uniform(0.8, 4) * SEC)
        out.add(W, acct, drafts, r)
    return out


def build_all(W: Window) -> list[PopOut]:
    return [bimbel_relay(W), tryout(W), labs(W), cs_bots(W), embeddings(W), automations(W)]
