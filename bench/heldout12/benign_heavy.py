"""Benign heavy and template-driven populations: eval jobs, app backends, content teams, teachers."""
from __future__ import annotations

from . import corpus as C
from .world import (CHAT, CLOUD, DAY, H, ISP, LANG, NEW_MODEL, OFFSET, RELEASE, START, Account, day_count,
                    home_net, ip4, local_ts, net_ip, region_pick, sessions, status_for)

EVAL_TPL = {
    "gsm": "Solve the following grade-school math problem. Finish with a line 'Answer: <number>'.\n\n{q}",
    "math": "Problem:\n{q}\n\nGive the final answer in \\boxed{{}}.",
    "heval": "Complete the following Python function. Return only code.\n\n{q}",
    "mbpp": "You are an expert Python programmer, and here is your task: {q}",
    "svamp": "Q: {q}\nA:",
}


def eval_harness(w, name="eval-harness"):
    """Research groups and model-evaluation vendors running benchmark suites in sequential sweeps."""
    r = w.rng(name)
    c = w.c
    teams = [("TW", "gcp", 3), ("SG", "aws", 3), ("IT", "azure", 2), ("TR", "aws", 2), ("HK", "alibaba", 2)]
    i = 0
    for reg, cloud, size in teams:
        org = w.org("eval", reg, cloud)
        for _ in range(w.count(size)):
            a = Account(w, name, i, region=reg, age_days=r.uniform(60, 700), kind=r.choice(["py", "py", "requests"]),
                        org=org, pay=w.pay("inv", "eval", reg), nkeys=2, r=r)
            i += 1
            asn, base = CLOUD[cloud], r.randrange(60000)
            for d in range(w.days):
                for _ in range(r.randint(1, 3)):
                    bench = r.choice(list(EVAL_TPL))
                    items = {"gsm": c.gsm, "math": c.math, "heval": c.heval, "mbpp": c.mbpp, "svamp": c.svamp}[bench]
                    start = r.randrange(max(1, len(items) - 800))
                    n = min(len(items) - start, r.randint(150, 800))
                    t = local_ts(r, d, a.off, "work")
                    models = [r.choice(["lyra-2", "lyra-2-mini", "lyra-2-code"])]
                    if t >= RELEASE - 2 * H and r.random() < 0.7:
                        t = max(t, RELEASE + int(r.uniform(0.5, 6) * H))
                        models = [NEW_MODEL] + (["lyra-2"] if r.random() < 0.5 else [])
                    ip = ip4(asn, base + r.randrange(8))
                    conc = r.choice([1, 2, 4])
                    for k in range(n):
                        q = items[start + k]
                        for m in models:
                            ct = r.randint(1, 12) if bench == "svamp" else r.lognormvariate(5.2, .6)
                            a.emit(r, t, EVAL_TPL[bench].format(q=q), model=m, ctoks=ct, ip=ip, asn=asn,
                                   status=status_for(r, t, m, a.kind, 0.03))
                        t += int(r.lognormvariate(0.8, 0.5) * 1000 / conc)


APPS = [
    ("ID", "gcp", 4000, "nq", "You are Kawan, the assistant inside a super-app for rides, food and payments. "
     "Answer in the user's language in at most 80 words. Never give medical or financial advice."),
    ("VN", "aws", 2800, "math", "You are Thầy Minh, a patient maths tutor for students aged 10-15. Explain step by "
     "step, ask a guiding question before revealing the final answer, and keep a warm tone."),
    ("TR", "azure", 1500, "travel", "Sen bir seyahat acentesinin sohbet asistanısın. Kısa, nazik ve doğru cevap ver."),
    ("ES", "ovh", 1000, "support", "You are the support assistant of an online electronics shop. Only discuss orders, "
     "shipping, returns and product questions."),
    ("HK", "alibaba", 1200, "copy", "你是電商平台的文案助手。根據商家提供的資料撰寫吸引人的商品描述。"),
    ("IT", "aruba", 500, "legal", "Sei un assistente che riassume documenti legali in italiano semplice."),
]


def app_backends(w, name="app-backend"):
    r = w.rng(name)
    c = w.c
    for i, (reg, cloud, per_day, kind, sysp) in enumerate(APPS):
        a = Account(w, name, i, region=reg, age_days=r.uniform(90, 600), kind=r.choice(["node", "py", "go"]),
                    org=w.org("app", i), pay=w.pay("card", "app", i), nkeys=r.randint(1, 3), r=r)
        asn = CLOUD[cloud]
        ips = [ip4(asn, r.randrange(65536)) for _ in range(r.randint(2, 6))]
        lang = LANG[reg]
        for d in range(w.days):
            n = int(per_day * w.scale * (0.8 if d == 0 else 1.0) * r.uniform(0.9, 1.1))
            for _ in range(n):
                ts = local_ts(r, d, a.off, "human")
                if kind == "nq":
                    p = C.casual(r, r.choice(c.nq))
                    p = C.local(r, lang, p) if r.random() < 0.5 else p
                elif kind == "math":
                    p = C.local(r, lang, r.choice(c.gsm + c.svamp)) if r.random() < 0.4 else r.choice(c.gsm + c.svamp)
                elif kind == "copy":
                    p = "商品資料：" + r.choice(c.user + c.seed)
                else:
                    p = C.local(r, lang, r.choice(c.nq + c.user))
                m = "lyra-2-mini" if i != 1 else "lyra-2"
                a.emit(r, ts, p, system=sysp, model=m, ctoks=r.lognormvariate(5 if kind == "nq" else 5.8, .5),
                       ip=r.choice(ips), asn=asn, endpoint=CHAT, status=status_for(r, ts, m, a.kind, 0.015))


def content_agency(w, name="content-agency", n=40):
    """Marketing agencies in Italy and Greece producing long-form articles for clients."""
    r = w.rng(name)
    c = w.c
    agencies = [("IT", 3269, "Milano"), ("GR", 6799, "Athens")]
    for i in range(w.count(n)):
        reg, asn, city = agencies[i % 2]
        a = Account(w, name, i, region=reg, age_days=r.uniform(60, 900), kind=r.choice(["chrome", "py"]),
                    org=w.org("agency", city), pay=w.pay("inv", "agency", city), r=r)
        ip = ip4(asn, 3000 + i % 3)
        for d in range(w.days):
            for ts in sessions(r, d, a.off, "work", day_count(r, 30 if d else 4, 0.7), 5, 240):
                q = r.choice(c.nq)
                p = r.choice(["Write a 1,800-word SEO blog post answering: {q}. Use H2 headings and a FAQ.",
                              "Long-form article for our client's blog: {q}. Friendly tone, ~2000 words.",
                              "Draft a detailed newsletter feature about '{q}' with sources to check."]).format(q=q)
                a.emit(r, ts, p, model=r.choice(["lyra-2", "lyra-2"]), ctoks=r.uniform(1800, 4500), ip=ip, asn=asn,
                       status=status_for(r, ts, "lyra-2", a.kind))


def teachers(w, name="worksheet-teacher", n=120):
    """Teachers preparing practice sheets: 'here are examples, write more like them' (mostly Sunday)."""
    r = w.rng(name)
    c = w.c
    regions = {"TR": 3, "ID": 3, "PH": 3, "ES": 2, "GR": 1, "MY": 1}
    for i in range(w.count(n)):
        reg = region_pick(r, regions)
        a = Account(w, name, i, region=reg, age_days=r.uniform(30, 800), kind=r.choice(["chrome", "safari", "edge"]),
                    pay=w.pay("card", name, i) if r.random() < 0.5 else None, r=r)
        asn, hn = home_net(r, reg)
        for d in range(w.days):
            for ts in sessions(r, d, a.off, "evening", day_count(r, 16 if d == 0 else 8), 6, 180):
                x = r.random()
                if x < 0.5:
                    ex = r.sample(c.gsm + c.svamp, 2)
                    p = (f"Here are two example problems:\n1. {ex[0]}\n2. {ex[1]}\n\nWrite {r.choice([5, 8, 10])} "
                         f"more problems like these for my grade {r.randint(4, 8)} class, with answers at the end.")
                elif x < 0.8:
                    p = f"Create a {r.choice([5, 10])}-question quiz with answers about: {r.choice(c.nq)}"
                else:
                    p = C.local(r, LANG[reg], r.choice(c.selfinst))
                a.emit(r, ts, p, model=r.choice(["lyra-2", "lyra-2-mini"]), ctoks=r.lognormvariate(6.6, 0.4),
                       ip=net_ip(r, asn, hn, 0), asn=asn, status=status_for(r, ts, "lyra-2", a.kind))


POPULATIONS = [eval_harness, app_backends, content_agency, teachers]
