"""Benign people: consumers, students, schools, tinkerers, VPN users, households, mobile-money users.
Each population is built to collide with some campaign signal; see README."""
from __future__ import annotations

from common import Ctx, aged, app_ua, consumer_prof, emit, human_days, office_prof, pick_cc, sdk_ua, web_ua
from text import CHAT_FOLLOW, STUDENT_FOLLOW, STUDENT_WRAP, asr, asr_noise, chatify, fake_code, typo
from world import DAY, HOME, HOUR, MIN, MOBILE, NETS, RELEASE, START, Account, H, home_access, hx, local_days, mobile_access

WORLD_MIX = {"SE": 12, "NO": 6, "FI": 6, "DK": 5, "IS": 1, "CA-E": 14, "CA-W": 6, "AE": 8, "SA": 8, "QA": 2, "EG": 8,
             "PK": 8, "BD": 5, "LK": 3, "KE": 5, "TZ": 1, "ET": 1}


def person_access(X: Ctx, rng, tag: str, cc: str, mobile_p: float):
    """A person's phone and/or laptop: returns at(ts) picking the device per session."""
    hh = hx(X.seed, "hh", tag, n=12)
    phone = X.host(rng, "phone", tag, "phone")
    lap = X.host(rng, "laptop", tag, "laptop")
    m = mobile_access(NETS[rng.choice(MOBILE[cc])], hh + "m", phone)
    h = home_access(NETS[rng.choice(HOME[cc])], hh, lap)

    def at(ts):
        return m(ts) if H("pa", tag, ts // (2 * HOUR)) % 1000 < mobile_p * 1000 else h(ts)
    return at


def consumer_pay(rng, cc, free=0.55):
    x = rng.random()
    if x < free:
        return None
    gulfish = cc in ("AE", "SA", "QA", "EG", "PK", "BD")
    if gulfish and x < free + 0.12:
        return "voucher:" + hx("v", rng.random(), n=16)
    if cc in ("EG", "SA", "PK") and x < free + 0.2:
        return "dcb:" + hx("d", rng.random(), n=16)
    return "card:" + hx("c", rng.random(), n=16)


def casual_prompt(C, rng):
    x = rng.random()
    if x < 0.33:
        return chatify(rng.choice(C.nq), rng), "chat"
    if x < 0.53:
        return rng.choice(C.si), "chat"
    if x < 0.78:
        return rng.choice(C.ah_short), "chat"
    if x < 0.88:
        return rng.choice(C.aw_short), "long"
    if x < 0.94:
        return rng.choice(STUDENT_WRAP).format(q=rng.choice(C.gsm)), "cot"
    return rng.choice(C.ah_code), "code"


def dev_prompt(C, rng):
    x = rng.random()
    if x < 0.25:
        return rng.choice(C.mbpp), "code"
    if x < 0.4:
        return "Complete this function and explain the edge cases:\n\n" + rng.choice(C.he), "code"
    if x < 0.7:
        return rng.choice(C.ah_code), "code"
    if x < 0.85:
        return "Why does this fail?\n```python\n" + fake_code(rng.choice(C.mbpp), rng) + "\n```\nTraceback: AssertionError", "code"
    return rng.choice(C.si), "chat"

# ---------------------------------------------------------------- 1 casual chat (product app and web)
def casual_chat(X: Ctx):
    rng, C = X.rng("casual"), X.C
    for i in range(X.n(950)):
        cc = pick_cc(rng, WORLD_MIX)
        a = Account(X.seed, "casual_chat", i, "benign", None, aged(rng, 1, 900), pay=consumer_pay(rng, cc))
        at = person_access(X, rng, f"cas{i}", cc, rng.uniform(0.2, 0.9))
        app = rng.random() < 0.55
        ua = app_ua(rng) if app else web_ua(rng)
        custom = rng.choice(C.aw_short)[:600] if rng.random() < 0.15 else None
        voice = app and rng.random() < 0.25
        rate = rng.lognormvariate(1.6, 0.8)
        for ts, k, ram in human_days(X, rng, cc, rate, rng.uniform(0.35, 0.9), consumer_prof, 3.5, (25, 240), 1.2):
            if voice and rng.random() < 0.4:
                p = asr_noise(asr(rng.choice(C.nq)), rng) if k == 0 else rng.choice(["tell me more", "why is that", "and what about today",
                                                                   "say that again", "ok thanks"])
                emit(X, rng, a, ts, prompt=p, system=custom, kind="voice", net=at(ts), ua=ua, key=None, endpoint="/chat/voice",
                     mkind="voice", lag=1.0, share=0.9, extra_pt=60 * k)
                continue
            p, kind = casual_prompt(C, rng) if k == 0 or rng.random() < 0.4 else (rng.choice(CHAT_FOLLOW), "chat")
            emit(X, rng, a, ts, prompt=typo(p, rng, 0.15), system=custom, kind=kind, net=at(ts), ua=ua, key=None,
                 endpoint="/chat/conversation", lag=1.5, share=0.92, extra_pt=280 * min(k, 8))


# ---------------------------------------------------------------- 2 students in Ramadan nights (CoT maths, shared homework)
def students(X: Ctx):
    rng, C = X.rng("students"), X.C
    mix = {"PK": 35, "BD": 25, "EG": 20, "SA": 5, "AE": 3, "KE": 7, "LK": 5}
    n = X.n(700)
    tot = sum(mix.values())
    for i in range(n):
        cc = pick_cc(rng, mix)
        g = (cc, rng.randrange(max(1, round(n * mix[cc] / tot / 25))))   # class group sharing tonight's homework
        x = rng.random()
        pay = None if x < 0.7 else ("voucher:" + hx("v", rng.random(), n=16) if x < 0.8 else
                                    "dcb:" + hx("d", rng.random(), n=16) if x < 0.9 else "card:" + hx("c", rng.random(), n=16))
        a = Account(X.seed, "students_ramadan", i, "benign", None, aged(rng, 5, 500), pay=pay)
        at = person_access(X, rng, f"stu{i}", cc, rng.uniform(0.5, 0.95))
        ua = app_ua(rng) if rng.random() < 0.7 else web_ua(rng)
        rate = rng.lognormvariate(2.4, 0.7)
        pools = [C.gsm, C.svamp] if cc in ("PK", "BD", "KE") else [C.gsm, C.math, C.svamp]
        for ts, k, ram in human_days(X, rng, cc, rate, rng.uniform(0.6, 0.95),
                                     lambda we, ram: "ramadan" if ram else "night_owl", 5, (40, 300), 1.0):
            if k > 0 and rng.random() < 0.35:
                p, kind = rng.choice(STUDENT_FOLLOW), "cot"
            else:
                day = (ts - START) // DAY
                hw = X.rng(f"hw:{g[0]}:{g[1]}:{day}")                 # tonight's homework of this class
                sets = [hw.choice(hw.choice(pools)) for _ in range(8)]
                q = rng.choice(sets) if rng.random() < 0.7 else rng.choice(rng.choice(pools))
                p, kind = rng.choice(STUDENT_WRAP).format(q=typo(q, rng, 0.3)), "cot"
            emit(X, rng, a, ts, prompt=p, system=None, kind=kind, net=at(ts), ua=ua, key=None,
                 endpoint="/chat/conversation", lag=1.5, share=0.9, extra_pt=350 * min(k, 6))


# ---------------------------------------------------------------- 3 school licences (edu tier): shared payment/NAT/lab PCs, lessons in sync
EDU_SYSTEM = ("You are Somo, a patient tutor for school students. Guide the student towards the answer, one step at a time; "
              "never just give the final result. Keep answers short, kind and age-appropriate. If the student writes in "
              "Swedish, Norwegian, Finnish, Danish or Swahili, answer in that language.")
TASK_WRAP = {"SE": "Uppgift {n}: {q}\nVisa dina uträkningar steg för steg.", "NO": "Oppgave {n}: {q}\nVis utregningen steg for steg.",
             "FI": "Tehtävä {n}: {q}\nNäytä välivaiheet.", "DK": "Opgave {n}: {q}\nVis dine mellemregninger.",
             "KE": "Question {n}: {q}\nShow your working step by step.", "CA-E": "Question {n}: {q}\nShow your work step by step."}
ESSAY_WRAP = {"SE": "Ge feedback på min text:\n\n{q}", "NO": "Gi tilbakemelding på teksten min:\n\n{q}", "FI": "Anna palautetta tekstistäni:\n\n{q}",
              "DK": "Giv feedback på min tekst:\n\n{q}", "KE": "Please give feedback on my essay:\n\n{q}", "CA-E": "Can you give feedback on my essay?\n\n{q}"}


def schools(X: Ctx):
    rng, C = X.rng("schools"), X.C
    plan = ["SE", "SE", "SE", "SE", "NO", "NO", "FI", "FI", "DK", "KE", "KE", "CA-E"]
    idx = 0
    for s, cc in enumerate(plan[: max(2, X.n(len(plan)))]):
        net = NETS[{"SE": "sunet", "NO": "uninett", "FI": "elisa", "DK": "tdc", "KE": "zuku", "CA-E": "canbiz"}[cc]]
        org, pay = "org_" + hx(X.seed, "school", s, n=12), "edu:" + hx(X.seed, "school", s, n=16)
        nat4 = net.v4addr("school", s)
        labs = [X.host(rng, "lab", "school", s, j) for j in range(rng.randint(12, 30))]
        one2one = cc in ("SE", "NO", "FI", "DK") and rng.random() < 0.6
        created = aged(rng, 60, 700)
        classes = [(c, rng.choice([8 * 60 + 15, 9 * 60 + 10, 10 * 60 + 20, 12 * 60 + 40, 13 * 60 + 35])) for c in range(rng.randint(1, 3))]
        for c, slot in classes:
            kids = []
            for j in range(rng.randint(16, 26)):
                a = Account(X.seed, "school_licence", idx, "benign", None, created + rng.randrange(3 * DAY), org=org, pay=pay)
                idx += 1
                host = X.host(rng, "laptop", "cb", s, c, j) if one2one else None
                kids.append((a, host, person_access(X, rng, f"kid{s}.{c}.{j}", cc, 0.7), web_ua(rng)))
            for mid, wd, we, ram in local_days(cc, X.days):
                if we:
                    continue
                day = (mid - START) // DAY
                lr = X.rng(f"lesson:{s}:{c}:{day}")
                items = [lr.choice(lr.choice([C.gsm, C.svamp, C.math])) for _ in range(lr.randint(4, 7))]
                essay = lr.random() < 0.3
                t0 = mid + slot * MIN + lr.randrange(5 * MIN)
                for a, host, home, ua in kids:
                    if rng.random() < 0.08:
                        continue                                   # absent
                    t = t0 + rng.randrange(6 * MIN)
                    lab = labs[H(a.id, day) % len(labs)]
                    for q in range(rng.randint(3, 12)):
                        if essay:
                            p = ESSAY_WRAP[cc].format(q=rng.choice(C.si)) if q == 0 else rng.choice(STUDENT_FOLLOW)
                        elif q < len(items) and rng.random() < 0.8:
                            p = TASK_WRAP[cc].format(n=q + 1, q=items[q])
                        else:
                            p = rng.choice(STUDENT_FOLLOW)
                        dev = (host or lab).dev(t)
                        ip = net.v6site(("school", s), c, (dev,)) if net.v6share > 0.5 and H(a.id, t // HOUR) % 10 < 8 else nat4
                        emit(X, rng, a, t, prompt=p, system=EDU_SYSTEM, kind="cot", net=(ip, net.asn, dev), ua=ua, key=None,
                             endpoint="/chat/conversation", lag=24, share=0.1, extra_pt=200 * q)
                        t += int(rng.uniform(60, 300) * 1000)
                    if rng.random() < 0.2:                          # homework in the evening from home
                        te = mid + 19 * HOUR + rng.randrange(3 * HOUR)
                        for q in range(rng.randint(2, 6)):
                            emit(X, rng, a, te, prompt=TASK_WRAP[cc].format(n=q + 1, q=rng.choice(items)), system=EDU_SYSTEM,
                                 kind="cot", net=home(te), ua=ua, key=None, endpoint="/chat/conversation", lag=24, share=0.1)
                            te += int(rng.uniform(60, 400) * 1000)


# ---------------------------------------------------------------- 10 release-day tinkerers: new accounts, viral prompts, nw-4
def tinkerers(X: Ctx):
    rng, C = X.rng("tinker"), X.C
    vr = X.rng("viral")
    viral = vr.sample(C.ah_short, 25) + [vr.choice(C.math) + "\nThink step by step." for _ in range(5)]
    mix = {"SE": 10, "NO": 5, "FI": 5, "DK": 4, "CA-E": 15, "CA-W": 8, "AE": 8, "SA": 6, "EG": 6, "PK": 15, "BD": 6, "KE": 6, "LK": 3}
    for i in range(X.n(320)):
        cc = pick_cc(rng, mix)
        created = RELEASE + int(rng.expovariate(1 / (6 * HOUR))) + rng.randrange(10 * MIN)
        if created > X.t1 - HOUR:
            created = RELEASE + rng.randrange(max(1, X.t1 - RELEASE - HOUR))
        a = Account(X.seed, "release_tinkerers", i, "benign", None, created,
                    pay=None if rng.random() < 0.6 else "card:" + hx(X.seed, "tk", i, n=16))
        at = person_access(X, rng, f"tk{i}", cc, 0.4)
        api = rng.random() < 0.3
        ua, key, ep = (sdk_ua(rng), X.key("tk", i), "/v1/chat/completions") if api else (web_ua(rng), None, "/chat/conversation")
        t = created + rng.randrange(2, 30) * MIN
        longctx = rng.random() < 0.15
        for visit in range(1 + (rng.random() < 0.4) + (rng.random() < 0.2)):
            for q in range(rng.randint(4, 35)):
                if rng.random() < 0.45:
                    p = rng.choice(viral)
                    p = p if rng.random() < 0.6 else rng.choice(["", "Think step by step. ", "Be honest: "]) + typo(p, rng, 1.0)
                else:
                    p = rng.choice([rng.choice(C.ah_short), rng.choice(C.si), rng.choice(C.aw_short)])
                att = 0
                if longctx and rng.random() < 0.5:                  # trying the new long context window on a big PDF
                    att = int(rng.uniform(15_000, 120_000))
                    p = rng.choice(["Summarise the attached paper and explain its main argument step by step.",
                                    "What are the key points of the attached report?", "Find inconsistencies in the attached contract.",
                                    "Explain the attached document to me like I'm new to the field."])
                emit(X, rng, a, t, prompt=p, system=None, kind="long", net=at(t), ua=ua, key=key, endpoint=ep, model="nw-4"
                     if rng.random() < 0.93 else "nw-4-mini", extra_pt=att, p400=0.03 if att > 100_000 else 0)
                t += int(rng.uniform(20, 240) * 1000)
            t += int(rng.uniform(4, 26) * HOUR)


# ---------------------------------------------------------------- 11 VPN users: many strangers behind the same exits and TCP stacks
def vpn_users(X: Ctx):
    rng, C = X.rng("vpn"), X.C
    provs = {}
    for name in ("m247", "datacamp", "mullvad"):
        n = NETS[name]
        provs[name] = [(n.v4addr("vpn", s), n.v6addr(("vpn", s), ("vpn", s)), X.host(rng, "vpn", name, s)) for s in range(40)]
    mix = {"AE": 35, "SA": 15, "QA": 10, "SE": 15, "NO": 5, "CA-E": 10, "PK": 10}
    for i in range(X.n(260)):
        cc = pick_cc(rng, mix)
        prov = "mullvad" if cc in ("SE", "NO") and rng.random() < 0.7 else rng.choice(["m247", "m247", "datacamp"])
        servers, n = provs[prov], NETS[prov]
        a = Account(X.seed, "vpn_users", i, "benign", None, aged(rng, 3, 800), pay=consumer_pay(rng, cc, 0.4))
        direct = person_access(X, rng, f"vpn{i}", cc, 0.5)
        mine = [servers[H("fav", i, k) % len(servers)] for k in range(3)]
        ua = rng.choice([web_ua(rng), app_ua(rng), sdk_ua(rng)])
        api = ua.startswith(("nw-", "python", "curl"))
        for ts, k, ram in human_days(X, rng, cc, rng.lognormvariate(2.1, 0.6), 0.8, consumer_prof, 4, (30, 300), 0.8):
            sl = H("vs", i, ts // (3 * HOUR))
            if sl % 100 < 25:
                net = direct(ts)
            else:
                v4, v6, host = mine[sl % 3] if sl % 5 else servers[sl % len(servers)]
                net = (v6 if (sl >> 8) % 100 < n.v6share * 100 else v4, n.asn, host.dev(ts))
            p, kind = casual_prompt(C, rng) if k == 0 or rng.random() < 0.5 else dev_prompt(C, rng)
            emit(X, rng, a, ts, prompt=p, system=None, kind=kind, net=net, ua=ua, key=X.key("vpn", i) if api else None,
                 endpoint="/v1/chat/completions" if api else "/chat/conversation")


# ---------------------------------------------------------------- 12 families and small firms: one card, one home or office
def shared_card(X: Ctx):
    rng, C = X.rng("family"), X.C
    idx = 0
    groups = [("family", rng.randint(2, 5)) for _ in range(X.n(60))] + [("firm", rng.randint(3, 9)) for _ in range(X.n(15))]
    for g, (kind, size) in enumerate(groups):
        cc = pick_cc(rng, WORLD_MIX)
        pay = "card:" + hx(X.seed, "fam", g, n=16)
        hh = hx(X.seed, "famhh", g, n=12)
        hnet = NETS[rng.choice(HOME[cc])]
        firm_at = None
        if kind == "firm":
            on = NETS[{"PK": "pkbiz", "AE": "gulfbiz", "SA": "saudibiz", "CA-E": "canbiz", "CA-W": "canbiz"}.get(cc, "nordicbiz")]
            fip = on.v4addr("firm", g)
        for m in range(size):
            a = Account(X.seed, "shared_card_households", idx, "benign", None, aged(rng, 5, 700),
                        org="org_" + hx(X.seed, "firmorg", g, n=12) if kind == "firm" else None, pay=pay)
            idx += 1
            host = X.host(rng, rng.choice(["phone", "laptop"]), "fam", g, m)
            if kind == "firm":
                net_at = lambda ts, host=host, fip=fip, on=on: (fip, on.asn, host.dev(ts))
            else:
                net_at = home_access(hnet, hh, host)
            kid = kind == "family" and m >= 2
            ua = app_ua(rng) if rng.random() < 0.5 else web_ua(rng)
            prof = office_prof if kind == "firm" else consumer_prof
            for ts, k, ram in human_days(X, rng, cc, rng.lognormvariate(1.8, 0.6), 0.7, prof, 3, (30, 300), 0.3 if kind == "firm" else 1.2):
                if kid:
                    p, kk = rng.choice(STUDENT_WRAP).format(q=rng.choice(C.gsm)), "cot"
                elif kind == "firm":
                    p, kk = rng.choice([f"Write a short marketing post about: {rng.choice(C.si)}", rng.choice(C.aw_short), rng.choice(C.si)]), "chat"
                else:
                    p, kk = casual_prompt(C, rng)
                emit(X, rng, a, ts, prompt=p, system=None, kind=kk, net=net_at(ts), ua=ua, key=None, endpoint="/chat/conversation")


# ---------------------------------------------------------------- 13 mobile-money top-ups: a reseller's card funds hundreds of accounts
def mobile_money(X: Ctx):
    rng, C = X.rng("mmoney"), X.C
    resellers = {"KE": 2, "TZ": 1, "PK": 2, "ET": 1, "BD": 1}
    mix = {"KE": 45, "TZ": 15, "ET": 5, "PK": 25, "BD": 10}
    sw = ["Nieleze kwa Kiswahili: {q}", "{q} (jibu kwa Kiswahili)", "Naomba msaada: {q}", "{q}"]
    for i in range(X.n(480)):
        cc = pick_cc(rng, mix)
        pay = "wallet:" + hx(X.seed, "reseller", cc, rng.randrange(resellers[cc]), n=16)
        a = Account(X.seed, "mobile_money_users", i, "benign", None, aged(rng, 2, 400), pay=pay)
        at = person_access(X, rng, f"mm{i}", cc, 0.92)
        ua = app_ua(rng)
        for ts, k, ram in human_days(X, rng, cc, rng.lognormvariate(1.7, 0.6), 0.7, consumer_prof, 3, (30, 300), 1.0):
            x = rng.random()
            if x < 0.2:
                p, kind = rng.choice(STUDENT_WRAP).format(q=rng.choice(C.svamp if x < 0.1 else C.gsm)), "cot"
            elif x < 0.5 and cc in ("KE", "TZ"):
                p, kind = rng.choice(sw).format(q=chatify(rng.choice(C.nq), rng)), "chat"
            else:
                p, kind = casual_prompt(C, rng)
            emit(X, rng, a, ts, prompt=p, system=None, kind=kind, net=at(ts), ua=ua, key=None, endpoint="/chat/conversation")



ALL = [casual_chat, students, schools, tinkerers, vpn_users, shared_card, mobile_money]
