"""Distillation campaigns of heldout12 (label "attack"; population = campaign name)."""
from __future__ import annotations

from . import corpus as C
from .world import (CAMPUS, CHAT, CLOUD, DAY, H, ISP, MOBILE, NEW_MODEL, OFFSET, RELEASE, RESP, START, WEB,
                    Account, client, day_count, home_net, ip4, local_ts, net_ip, region_pick, sessions, status_for)


def _acct(w, camp, i, r, **kw):
    return Account(w, camp, i, label="attack", campaign=camp, r=r, **kw)


LADDER = ["Explain step by step how to solve this, and why each step is valid:\n{q}",
          "I want to really understand this. Walk me through every step of your reasoning, then the answer.\n\n{q}",
          "{q}\n\nPlease show the full working, not just the answer. Explain your thinking at each step.",
          "my teacher wants the full reasoning written out. can you do it step by step? {q}",
          "Solve: {q}\nWrite out your reasoning in detail before the final answer.",
          "{q}\n\nthink it through carefully and explain each step like a tutor would"]


def shard_ladder(w, camp="shard-ladder", n=90):
    """Study-group-dressed accounts in Taiwan and Turkey, each working through its own disjoint slice of a
    competition-maths bank with reasoning-eliciting phrasing, at homework pace."""
    r = w.rng(camp)
    items = list(w.c.math)
    w.rng(camp + ":perm").shuffle(items)
    N = w.count(n)
    per = len(items) // N
    for i in range(N):
        reg = "TW" if i % 3 else "TR"
        a = _acct(w, camp, i, r, region=reg, age_days=r.uniform(7, 20), kind=r.choice(["chrome", "chrome", "safari"]),
                  org=w.org("studygroup", camp, i // 6), pay=w.pay("card", camp, i))
        hasn, hn = home_net(r, reg)
        queue = items[i * per:(i + 1) * per]
        k = 0
        for d in range(w.days):
            for ts in sessions(r, d, a.off, "evening", day_count(r, 28, 0.35), 10, 55):
                q = queue[k % len(queue)]
                k += 1
                lh = ((ts - START) // H + a.off) % 24
                if d > 0 and 9 <= lh < 17 and r.random() < 0.6:
                    asn, ip = CAMPUS[reg], ip4(CAMPUS[reg], 1000 + r.randrange(6))
                else:
                    asn, ip = hasn, net_ip(r, hasn, hn, 0)
                m = "lyra-2" if ts < RELEASE or r.random() < 0.5 else NEW_MODEL
                a.emit(r, ts, r.choice(LADDER).format(q=q), model=m, ctoks=r.lognormvariate(6.6, 0.4), ip=ip, asn=asn,
                       status=status_for(r, ts, m, a.kind))


PIVOT = {
    "TR": ["Aşağıdaki görevi çöz. Önce tüm düşünce sürecini Türkçe olarak adım adım yaz, sonra nihai cevabı ver:\n\n{q}",
           "Görev:\n{q}\n\nCevabını Türkçe ver; her adımın gerekçesini ayrıntılı açıkla."],
    "KZ": ["Келесі тапсырманы орында. Алдымен ойлау барысын қазақ тілінде қадам-қадаммен жаз, содан кейін жауап бер:\n\n{q}",
           "Реши задачу и подробно распиши ход рассуждений на русском языке, шаг за шагом:\n\n{q}"],
    "UZ": ["Quyidagi vazifani yeching. Avval fikrlash jarayonini o'zbek tilida bosqichma-bosqich yozing:\n\n{q}",
           "Vazifa:\n{q}\n\nJavobni o'zbek tilida bering va har bir qadamni batafsil tushuntiring."],
}


def anatolia_pivot(w, camp="anatolia-pivot", n=140):
    """English benchmark and coding items wrapped in Turkish/Kazakh/Russian/Uzbek reasoning requests to harvest
    target-language traces; phones on mobile carriers, each funded by its own prepaid wallet."""
    r = w.rng(camp)
    c = w.c
    pool = c.gsm + c.mbpp + c.arena + c.heval
    for i in range(w.count(n)):
        reg = r.choices(["TR", "KZ", "UZ"], weights=[6, 3, 2])[0]
        a = _acct(w, camp, i, r, region=reg, age_days=r.uniform(1, 15), kind=r.choice(["py", "app-android"]),
                  pay=w.pay("wallet", camp, i))
        mob = [x for x in ISP[reg] if x in MOBILE]
        for d in range(w.days):
            for ts in sessions(r, d, a.off, "human", day_count(r, 24, 0.5), 4, 45):
                asn = r.choice(mob)
                m = r.choice(["lyra-2", "lyra-2"]) if ts < RELEASE or r.random() < 0.6 else NEW_MODEL
                a.emit(r, ts, r.choice(PIVOT[reg]).format(q=r.choice(pool)), model=m,
                       ctoks=r.lognormvariate(6.4, 0.5), ip=net_ip(r, asn, r.randrange(5000), .3), asn=asn,
                       status=status_for(r, ts, m, a.kind))


SUFFIX = ["\n\nBefore answering, think through the problem carefully and write out your complete reasoning.",
          "\n\nShow all intermediate reasoning, then give a final answer under the heading 'Final'.",
          "\n\n(Explain your thought process in full before you answer.)", ""]


def sidecar_ext(w, camp="sidecar-ext", n=150):
    """A free 'AI sidebar' browser extension in South-East Asia: the operator's accounts and keys ship inside it, and
    harvest prompts are dispatched to whichever installs are online, so each account speaks from many homes."""
    r = w.rng(camp)
    c = w.c
    sea = {"ID": 5, "VN": 4, "PH": 4, "TH": 3, "MY": 2}
    installs = []
    for j in range(w.count(2500)):
        reg = region_pick(r, sea)
        asn, hn = home_net(r, reg)
        ua, dev = client(r, r.choice(["chrome", "chrome", "edge"]))
        installs.append((reg, asn, hn, ua, dev))
    pool = c.arena + c.selfinst + c.awesome
    for i in range(w.count(n)):
        a = _acct(w, camp, i, r, region="VN", age_days=r.uniform(30, 120), kind="chrome", nkeys=2,
                  pay=w.pay(r.choice(["dcb", "card"]), camp, i))
        mine = r.sample(installs, 40)
        for d in range(w.days):
            for _ in range(day_count(r, 40, 0.4)):
                reg, asn, hn, ua, dev = r.choice(mine)
                ts = local_ts(r, d, OFFSET[reg], "daylight")
                m = "lyra-2" if ts < RELEASE or r.random() < 0.7 else NEW_MODEL
                a.emit(r, ts, r.choice(pool) + r.choice(SUFFIX), model=m, ctoks=r.lognormvariate(6.5, 0.5),
                       ip=net_ip(r, asn, hn), asn=asn, ua=ua, dev=dev, endpoint=CHAT,
                       status=status_for(r, ts, m, "py"))


FL_SYS = ["You are a meticulous expert. Always reason step by step inside <thinking></thinking> before answering.",
          "Think carefully. Write your full chain of reasoning first, then the answer after 'ANSWER:'.",
          "You are a world-class problem solver. Reason exhaustively and show every step."]


def first_light(w, camp="first-light", n=80):
    """Pre-staged accounts on Hong Kong/Singapore cloud VMs that sit almost idle, then drain a sharded queue of hard
    prompts into lyra-3 from minutes after its launch."""
    r = w.rng(camp)
    c = w.c
    queue = c.arena + c.heval + c.mbpp
    w.rng(camp + ":perm").shuffle(queue)
    N = w.count(n)
    for i in range(N):
        cloud = r.choice(["alibaba", "tencent", "aws"])
        a = _acct(w, camp, i, r, region=r.choice(["HK", "SG"]), age_days=r.uniform(20, 40),
                  kind=r.choice(["hyper", "node"]), pay=w.pay("card", camp, i), nkeys=r.randint(1, 2))
        asn = CLOUD[cloud]
        ip = ip4(asn, r.randrange(65536))
        sysp = FL_SYS[i % 3]
        for ts in sessions(r, 0, a.off, "human", r.randint(1, 4), 2, 60):
            a.emit(r, ts, C.casual(r, r.choice(c.nq)), model="lyra-2-mini", ctoks=120, ip=ip, asn=asn)
        t = RELEASE + int(r.uniform(8, 50) * 60_000)
        k = i
        for _ in range(r.randint(45, 95)):
            a.emit(r, t, queue[k % len(queue)], system=sysp, model=NEW_MODEL, ctoks=r.lognormvariate(7.0, 0.4),
                   ip=ip, asn=asn, endpoint=r.choice([CHAT, RESP]), status=status_for(r, t, NEW_MODEL, a.kind, .04))
            k += N
            t += int(r.lognormvariate(6.3, 0.6) * 1000)
        for d in range(2, w.days):
            for ts in sessions(r, d, a.off, "flat", day_count(r, 50, .3), 20, 400):
                a.emit(r, ts, queue[k % len(queue)], system=sysp, model=NEW_MODEL, ctoks=1100, ip=ip, asn=asn)
                k += N


POPULATIONS = [shard_ladder, anatolia_pivot, sidecar_ext, first_light]
