"""Populations of heldout9: benign look-alikes and five distillation campaigns."""
from __future__ import annotations

import random

from world import (ANDROID_MODELS, ANSWER_SUFFIX, APP_VERSIONS, CHAT_CASUAL, COT_LANG, COUNTRY, COUNTRY_W, CORP,
                   DAY_MS, HOSTING, HOUR_MS, HUAWEI_MODELS, IOS_MODELS, OBF_INSTR, RELEASE_MS, SDK_UAS,
                   STUDENT_ASK, TZ, UNIVERSITY, browser_ua, encode_obfuscated, hexid, ip_in, lognorm, poisson,
                   sample_times)

MIN_MS = 60_000


# ------------------------------------------------------------------ helpers
def pick_country(rng, weights=None):
    w = weights or COUNTRY_W
    ks = list(w)
    return rng.choices(ks, weights=[w[k] for k in ks])[0]


def new_account(rng, pop, label, campaign, created, org=None, payment=None, nkeys=1):
    return {"id": "acct_" + hexid(rng, 14), "pop": pop, "label": label, "campaign": campaign,
            "created": int(created), "org": org or ("org_" + hexid(rng, 10)), "payment": payment,
            "keys": ["key_" + hexid(rng, 12) for _ in range(nkeys)]}


def aged(rng, t0, median_days, sigma=0.9, lo=1.0, hi=900):
    d = min(hi, max(lo, median_days * 2.718 ** rng.gauss(0, sigma)))
    return t0 - int(d * DAY_MS) - rng.randint(0, DAY_MS)


def card(rng):
    return "card_" + hexid(rng, 16)


def chat_model(rng, ts, adopt, mini=False):
    if ts >= RELEASE_MS and rng.random() < adopt:
        return "nova-3-mini" if mini else "nova-3"
    return "nova-2-mini" if mini else "nova-2"


def app_model(ts):  # the first-party app flips its default 3 h after the release
    return "nova-3-mini" if ts >= RELEASE_MS + 3 * HOUR_MS else "nova-2-mini"


def sessions(rng, sink, rate_per_day, off, profile, per_session=3.0, gap=(20, 400), t0=None, t1=None):
    """Human use: session starts follow the diurnal profile; requests inside a session are minutes apart."""
    t0 = sink.t0 if t0 is None else t0
    t1 = sink.t1 if t1 is None else t1
    days = (t1 - t0) / DAY_MS
    nsess = poisson(rng, rate_per_day * days / per_session)
    out = []
    for s in sample_times(rng, nsess, t0, t1, off, profile):
        k = 1
        while rng.random() < 1 - 1 / per_session and k < 40:
            k += 1
        t = s
        for _ in range(k):
            out.append(t)
            t += int(rng.uniform(*gap) * 1000 * (1 + rng.expovariate(1.5)))
    return sorted(out)


def status_for(rng, err=0.006, throttled=0.0):
    r = rng.random()
    if r < err:
        return rng.choice([400, 400, 413, 500, 503])
    if r < err + throttled:
        return 429
    return 200


def typo(rng, s):
    if len(s) < 12 or rng.random() > 0.25:
        return s
    i = rng.randrange(1, len(s) - 1)
    op = rng.random()
    if op < 0.4:
        return s[:i] + s[i + 1:]
    if op < 0.7:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s.lower()


def nq_q(rng, q):
    q = q.strip()
    if rng.random() < 0.5:
        q = q[:1].upper() + q[1:] + "?"
    return q


def mbpp_task(text):
    return text.split("\nYour code should pass these tests:")[0]


def completion_for(rng, kind):
    return {
        "chat": lambda: lognorm(rng, 380, 0.7, 20, 4000),
        "short": lambda: lognorm(rng, 120, 0.6, 8, 900),
        "cot": lambda: lognorm(rng, 720, 0.5, 120, 6000),
        "code": lambda: lognorm(rng, 450, 0.6, 40, 4000),
        "review": lambda: lognorm(rng, 1050, 0.4, 200, 6000),
        "docqa": lambda: lognorm(rng, 520, 0.5, 60, 3000),
        "eval": lambda: lognorm(rng, 420, 0.6, 30, 4000),
        "decode": lambda: lognorm(rng, 220, 0.6, 20, 2000),
    }[kind]()


def dev_prompt(rng, corp, lang):
    """(system, prompt, kind) of an ordinary developer or curious user."""
    r = rng.random()
    if r < 0.34:
        return None, typo(rng, rng.choice(corp.arena)), "chat"
    if r < 0.46:
        role = rng.choice(corp.awesome)
        if rng.random() < 0.5:
            return role, rng.choice(corp.seed_tasks + corp.nq + [rng.choice(CHAT_CASUAL[lang])]), "chat"
        return None, role, "chat"
    if r < 0.58:
        return None, typo(rng, rng.choice(corp.seed_tasks)), "chat"
    if r < 0.71:
        return None, nq_q(rng, rng.choice(corp.nq)), "short"
    if r < 0.82:
        t = mbpp_task(rng.choice(corp.mbpp))
        return None, rng.choice(["", "python: ", "in python pls - ", "How would I "]) + t, "code"
    if r < 0.87:
        return None, rng.choice(corp.gsm8k), "cot" if rng.random() < 0.5 else "chat"
    return None, rng.choice(CHAT_CASUAL[lang]), "short"


def textbook_pool(rng, corp, n):
    """Problems a school curriculum keeps asking: shared by many students, Zipf popularity."""
    pool = rng.sample(corp.gsm8k, n // 2) + rng.sample(corp.svamp, n // 4) + rng.sample(corp.math, n - n // 2 - n // 4)
    rng.shuffle(pool)
    return pool


def zipf_pick(rng, pool, s=1.05):
    n = len(pool)
    while True:
        k = int(rng.paretovariate(s))
        if k <= n:
            return pool[k - 1]


def student_prompt(rng, q, lang):
    r = rng.random()
    ask = rng.choice(STUDENT_ASK[lang])
    if r < 0.35:
        return f"{ask}\n{q}"
    if r < 0.55:
        return f"{q}\n{ask}"
    if r < 0.75:
        return f"{q} explain step by step"
    if r < 0.85:
        return q
    return f"{q}\n{rng.choice(COT_LANG[lang])}"


# ------------------------------------------------------------------ benign
def developers(sink, corp):
    rng = sink.rng("developers")
    n = sink.n(2000)
    teams = []
    for i in range(n):
        c = pick_country(rng)
        tzs, res, mob, lang = COUNTRY[c]
        off = TZ[rng.choice(tzs)]
        org = None
        pay = card(rng) if rng.random() < 0.84 else None
        if teams and rng.random() < 0.12:
            org, pay = rng.choice(teams)
        elif rng.random() < 0.05:
            org = "org_" + hexid(rng, 10)
            teams.append((org, pay or card(rng)))
        a = new_account(rng, "developer", "benign", None, aged(rng, sink.t0, 150), org=org, payment=pay,
                        nkeys=rng.choice([1, 1, 2]))
        home_asn = rng.choice(res)
        home_ip = ip_in(home_asn, rng)
        work = (HOSTING[rng.choice(["aws", "gcp", "azure", "hetzner", "ovh", "do"])], None) if rng.random() < 0.3 else None
        if work:
            work = (work[0], ip_in(work[0], rng))
        use_sdk = rng.random() < 0.55
        ua = rng.choice(SDK_UAS) if use_sdk else browser_ua(rng)
        dev = ("sdk:" + hexid(rng, 16) if not ua.startswith(("curl", "python-", "Go-")) else None) if use_sdk \
            else "web:" + hexid(rng, 16)
        adopt = rng.choice([0.0, 0.2, 0.5, 0.8])
        rate = lognorm(rng, 9, 0.9, 1, 150)
        prof = "office" if rng.random() < 0.6 else "evening"
        endpoint = rng.choice(["/v1/chat/completions"] * 4 + ["/v1/responses", "/v1/completions"])
        for ts in sessions(rng, sink, rate, off, prof, per_session=rng.uniform(2, 6)):
            sysm, p, kind = dev_prompt(rng, corp, lang)
            asn, ip = (work if work and rng.random() < 0.5 else (home_asn, home_ip))
            if rng.random() < 0.03:
                ip = ip_in(asn, rng)
            d = dev if not (dev and dev.startswith("web:") and rng.random() < 0.03) else "web:" + hexid(rng, 16)
            sink.emit(a, ts, prompt=p, system=sysm, model=chat_model(rng, ts, adopt, rng.random() < 0.3),
                      endpoint=endpoint, completion=completion_for(rng, kind), ip=ip, asn=asn, ua=ua, device=d,
                      status=status_for(rng), key=rng.choice(a["keys"]))


def app_client(rng, country):
    """First-party mobile app identity: (ua, device, huawei?)"""
    huawei = country in ("TR", "ID", "VN", "TH", "PH", "UA") and rng.random() < 0.17
    ver = rng.choice(APP_VERSIONS)
    if huawei:
        return f"NovaChat/{ver} (Android 12; {rng.choice(HUAWEI_MODELS)})", "unattested:" + hexid(rng, 16)
    if rng.random() < 0.62:
        return (f"NovaChat/{ver} (Android {rng.choice([11, 12, 13, 13, 14])}; {rng.choice(ANDROID_MODELS)})",
                "att:" + hexid(rng, 16))
    return f"NovaChat/{ver} (iOS {rng.choice(['16.7', '17.2', '17.3'])}; {rng.choice(IOS_MODELS)})", "att:" + hexid(rng, 16)


MOBILE_W = {"TR": 20, "ID": 20, "VN": 14, "PH": 10, "TH": 8, "PL": 6, "UA": 6, "RO": 3, "JP": 5, "KR": 4, "AU": 4}


def mobile_users(sink, corp):
    rng = sink.rng("mobile")
    n = sink.n(1050)
    families: list[list] = []
    for i in range(n):
        c = pick_country(rng, MOBILE_W)
        tzs, res, mob, lang = COUNTRY[c]
        off = TZ[rng.choice(tzs)]
        r = rng.random()
        if r < 0.16:
            if families and rng.random() < 0.45:  # a household billed on one phone number (2-4 accounts)
                fam = rng.choice(families)
                pay = fam[0]
                fam[1] += 1
                if fam[1] >= fam[2]:
                    families.remove(fam)
            else:
                pay = "cb:" + hexid(rng, 16)
                families.append([pay, 1, rng.choice([2, 2, 3, 4])])
        elif r < 0.45:
            pay = rng.choice(["gplay:", "appstore:"]) + hexid(rng, 16)
        else:
            pay = None
        a = new_account(rng, "mobile_app_user", "benign", None, aged(rng, sink.t0, 70, 1.1), payment=pay)
        ua, dev = app_client(rng, c)
        carrier = rng.choice(mob)
        home_asn = rng.choice(res)
        home_ip = ip_in(home_asn, rng)
        rate = lognorm(rng, 7, 0.8, 1, 60)
        for ts in sessions(rng, sink, rate, off, "evening", per_session=rng.uniform(2, 5), gap=(15, 200)):
            if rng.random() < 0.7:
                asn, ip = carrier, sink.cgnat.ip(carrier, rng)
            else:
                asn, ip = home_asn, home_ip
            r = rng.random()
            if r < 0.08:
                p, kind = student_prompt(rng, rng.choice(corp.gsm8k + corp.svamp), lang), "cot"
                sysm = None
            else:
                sysm, p, kind = dev_prompt(rng, corp, lang)
                sysm = None
            sink.emit(a, ts, prompt=p, system=sysm, model=app_model(ts), endpoint="/v1/responses",
                      completion=completion_for(rng, kind), ip=ip, asn=asn, ua=ua, device=dev, status=status_for(rng))


STUDENT_W = {"ID": 25, "VN": 22, "TR": 20, "PH": 12, "TH": 8, "PL": 7, "UA": 4, "RO": 2}


def students(sink, corp):
    rng = sink.rng("students")
    pools = {c: textbook_pool(sink.rng("textbook:" + c), corp, 700) for c in STUDENT_W}
    for i in range(sink.n(300)):
        c = pick_country(rng, STUDENT_W)
        tzs, res, mob, lang = COUNTRY[c]
        off = TZ[tzs[0]]
        a = new_account(rng, "homework_student", "benign", None, aged(rng, sink.t0, 40, 1.0),
                        payment=None if rng.random() < 0.85 else "cb:" + hexid(rng, 16))
        mobile = rng.random() < 0.7
        ua, dev = app_client(rng, c) if mobile else (browser_ua(rng), "web:" + hexid(rng, 16))
        carrier = rng.choice(mob)
        home_asn = rng.choice(res)
        home_ip = ip_in(home_asn, rng)
        rate = lognorm(rng, 9, 0.7, 2, 60)
        for ts in sessions(rng, sink, rate, off, "student", per_session=rng.uniform(3, 8), gap=(40, 500)):
            asn, ip = (carrier, sink.cgnat.ip(carrier, rng)) if mobile and rng.random() < 0.75 else (home_asn, home_ip)
            if rng.random() < 0.85:
                p, kind = student_prompt(rng, zipf_pick(rng, pools[c]), lang), "cot"
            else:
                p, kind = rng.choice(CHAT_CASUAL[lang] + corp.seed_tasks[:40]), "short"
            sink.emit(a, ts, prompt=p, system=None, model=app_model(ts) if mobile else chat_model(rng, ts, 0.3, True),
                      endpoint="/v1/responses" if mobile else "/v1/chat/completions",
                      completion=completion_for(rng, kind), ip=ip, asn=asn, ua=ua, device=dev, status=status_for(rng))


def dorm(sink, corp):
    """Turkish university dormitory: 90 students behind two NAT addresses; many signed up at semester start."""
    rng = sink.rng("dorm")
    asn = UNIVERSITY["ulaknet"]
    nat = [ip_in(asn, rng, 1), ip_in(asn, rng, 1)]
    sem = sink.t0 - 14 * DAY_MS
    pool = textbook_pool(sink.rng("textbook:uni"), corp, 300)
    for i in range(sink.n(90)):
        created = sem + rng.randint(0, 5 * DAY_MS) if rng.random() < 0.6 else aged(rng, sink.t0, 200)
        a = new_account(rng, "university_dorm", "benign", None, created,
                        payment=None if rng.random() < 0.9 else card(rng))
        ua = browser_ua(rng)
        dev = "web:" + hexid(rng, 16)
        for ts in sessions(rng, sink, lognorm(rng, 10, 0.7, 2, 70), 3, "student", per_session=4, gap=(30, 400)):
            r = rng.random()
            if r < 0.35:
                p, kind = rng.choice(["", "odev: ", "homework - "]) + mbpp_task(rng.choice(corp.mbpp)), "code"
            elif r < 0.6:
                p, kind = student_prompt(rng, zipf_pick(rng, pool), rng.choice(["tr", "en"])), "cot"
            else:
                _, p, kind = dev_prompt(rng, corp, "tr")
            sink.emit(a, ts, prompt=p, system=None, model=chat_model(rng, ts, 0.6, rng.random() < 0.6),
                      endpoint="/v1/chat/completions", completion=completion_for(rng, kind),
                      ip=rng.choice(nat), asn=asn, ua=ua, device=dev, status=status_for(rng))


TUTOR_SYS = [
    "You are {name}, a friendly maths tutor for {grade} students in {country}. Explain every step clearly and simply, "
    "in {language}. Never just give the answer: show the working line by line so the student can follow. "
    "If the student is stuck, give a hint first.",
    "Sen {name} adlı bir matematik öğretmenisin. Öğrencinin sorusunu adım adım çöz, her adımı açıkla ve sonunda cevabı kutu içinde ver.",
    "Kamu adalah {name}, tutor matematika untuk siswa {grade}. Jelaskan langkah demi langkah dengan bahasa yang mudah dipahami.",
    "Bạn là {name}, gia sư toán cho học sinh {grade}. Hãy giải thích từng bước, dùng ngôn ngữ đơn giản, và kiểm tra lại đáp án.",
    "{name} homework helper. Rules: 1) reason step by step 2) keep each step short 3) end with 'Answer: <value>' "
    "4) if the question is not about school maths, politely refuse.",
    "You are the study assistant inside the {name} app ({country}). Students send photos transcribed to text. "
    "Solve the problem, showing your reasoning, then add one similar practice question.",
]
TUTOR_APPS = [("Matematik Kolay", "TR", 1), ("SoruÇöz", "TR", 0), ("BelajarPintar", "ID", 2), ("RumusKu", "ID", 0),
              ("GiaiToanNhanh", "VN", 3), ("HocVui", "VN", 0), ("MathBuddy PH", "PH", 5), ("Zadanko", "PL", 4),
              ("KruMath", "TH", 0), ("MatePas", "RO", 4), ("SolveIt Kids", "AU", 5), ("Riazi", "UA", 0),
              ("EduSnap", "JP", 5), ("StudyFox", "KR", 4)]


def tutor_apps(sink, corp):
    """Edtech backends: one system prompt for thousands of pupils, textbook problems, school-day cycle."""
    rng = sink.rng("tutor_apps")
    for name, c, tpl in TUTOR_APPS:
        tzs, res, mob, lang = COUNTRY[c]
        off = TZ[tzs[0]]
        sysm = TUTOR_SYS[tpl].format(name=name, grade=rng.choice(["grade 7", "middle-school", "SMP", "high-school"]),
                                     country=c, language={"tr": "Turkish", "id": "Indonesian", "vi": "Vietnamese"}.get(lang, "English"))
        org = "org_" + hexid(rng, 10)
        pay = card(rng)
        created = aged(rng, sink.t0, 300, 0.4)
        cloud = HOSTING[rng.choice(["aws", "gcp", "azure", "viettel_idc" if c == "VN" else "aws", "idcloudhost" if c == "ID" else "gcp"])]
        ips = [ip_in(cloud, rng) for _ in range(2)]
        ua = rng.choice(["OpenAI/Python 1.54.4", "OpenAI/JS 4.73.0", "python-httpx/0.27.2", "nova-node/1.9.2"])
        dev = None if ua.startswith("python-httpx") else "sdk:" + hexid(rng, 16)
        pool = textbook_pool(sink.rng("textbook:" + c), corp, 700)
        nacc = rng.choice([1, 2, 2, 3])
        for k in range(nacc):
            a = new_account(rng, "tutor_app_backend", "benign", None, min(sink.t0 - DAY_MS, created + k * rng.randint(0, 40) * DAY_MS),
                            org=org, payment=pay)
            rate = lognorm(rng, 450, 0.5, 120, 1400) if k == 0 else lognorm(rng, 15, 0.6, 2, 80)
            for ts in sample_times(rng, poisson(rng, rate * sink.days), sink.t0, sink.t1, off, "school_app"):
                if rng.random() < 0.85:
                    p = student_prompt(rng, zipf_pick(rng, pool), lang)
                    kind = "cot"
                else:
                    p, kind = rng.choice(STUDENT_ASK[lang] + CHAT_CASUAL[lang]), "short"
                sink.emit(a, ts, prompt=p, system=sysm, model=chat_model(rng, ts, 0.0 if k == 0 else 0.7, True),
                          endpoint="/v1/chat/completions", completion=completion_for(rng, kind),
                          ip=rng.choice(ips), asn=cloud, ua=ua, device=dev, status=status_for(rng, 0.004, 0.01))


def chunk(rng, text, lo=300, hi=1400):
    if len(text) <= hi:
        return text
    i = rng.randrange(0, len(text) - lo)
    return text[i:i + rng.randint(lo, hi)]


DOC_TEMPLATES = [
    "Section {n}. {title}\n{body}", "{title}\n\n{body}\n\n(page {n})", "# {title}\n{body}",
    "Policy {n}: {title}. {body}", "FAQ - {title}\nQ: {q}\nA: {body}",
]


def synth_chunk(rng, corp):
    return rng.choice(DOC_TEMPLATES).format(n=rng.randint(1, 400), title=nq_q(rng, rng.choice(corp.nq)).title(),
                                            body=chunk(rng, rng.choice(corp.awesome + corp.arena)),
                                            q=nq_q(rng, rng.choice(corp.nq)))


def rag_indexers(sink, corp):
    """Search / RAG backends: nightly or on-upload indexing bursts on the embeddings endpoint, plus live queries."""
    rng = sink.rng("rag")
    for o in range(sink.n(8)):
        c = rng.choice(["JP", "KR", "AU", "PL", "TR", "AU", "JP", "ID"])
        off = TZ[COUNTRY[c][0][0]]
        org, pay = "org_" + hexid(rng, 10), card(rng)
        e5 = rng.random() < 0.45
        cloud = HOSTING[rng.choice(["aws", "gcp", "azure", "sakura" if c == "JP" else "aws", "hetzner"])]
        ua = rng.choice(["nova-python/2.4.0", "llama-index/0.11.20", "langchain-nova/0.3.4", "OpenAI/Python 1.58.1"])
        for k in range(rng.choice([1, 2, 3])):
            a = new_account(rng, "rag_indexer", "benign", None, aged(rng, sink.t0, 200, 0.6), org=org, payment=pay)
            ip = ip_in(cloud, rng)
            # indexing jobs
            njobs = poisson(rng, rng.uniform(0.7, 2.0) * sink.days)
            for j in range(njobs):
                if rng.random() < 0.5:  # nightly cron at ~02:00 local
                    day = rng.randrange(max(1, int(sink.days)))
                    t = sink.t0 + day * DAY_MS + int((2 - off) % 24 * HOUR_MS) + rng.randint(0, 20 * MIN_MS)
                else:
                    t = sample_times(rng, 1, sink.t0, sink.t1, off, "office")[0]
                dev = "sdk:" + hexid(rng, 16)  # fresh container per job
                size = lognorm(rng, 450, 0.7, 40, 2500)
                for _ in range(size):
                    t += int(rng.uniform(0.15, 2.5) * 1000)
                    txt = synth_chunk(rng, corp)
                    if e5:
                        txt = "passage: " + txt
                    sink.emit(a, t, prompt=txt, system=None, model="nova-embed-2", endpoint="/v1/embeddings",
                              completion=0, ip=ip, asn=cloud, ua=ua, device=dev, status=status_for(rng, 0.002, 0.01))
            # live queries
            dev = "sdk:" + hexid(rng, 16)
            for ts in sample_times(rng, poisson(rng, lognorm(rng, 160, 0.6, 20, 600) * sink.days), sink.t0, sink.t1, off, "office"):
                q = nq_q(rng, rng.choice(corp.nq))
                sink.emit(a, ts, prompt=("query: " + q) if e5 else q, system=None, model="nova-embed-2",
                          endpoint="/v1/embeddings", completion=0, ip=ip, asn=cloud, ua=ua, device=dev)


EVAL_TEMPLATES = [
    "{q}\nPlease reason step by step, and put your final answer within \\boxed{{}}.",
    "Question: {q}\nLet's think step by step.",
    "{q}",
    "Solve the following problem. Show your reasoning, then give the final answer on its own line.\n\n{q}",
]


def eval_ci(sink, corp):
    """Eval teams (labs, universities, startups) running public benchmarks verbatim in CI, re-run on the new model."""
    rng = sink.rng("eval_ci")
    for o in range(sink.n(6)):
        c = rng.choice(["AU", "JP", "KR", "PL", "TR", "AU"])
        off = TZ[COUNTRY[c][0][0]]
        org, pay = "org_" + hexid(rng, 10), card(rng)
        cloud = HOSTING[rng.choice(["aws", "gcp", "azure", "hetzner", "ovh"])]
        tpl = rng.choice(EVAL_TEMPLATES)
        ua = rng.choice(["OpenAI/Python 1.54.4", "nova-python/2.3.1", "python-httpx/0.27.2"])
        endpoint = rng.choice(["/v1/chat/completions", "/v1/chat/completions", "/v1/batches"])
        for k in range(rng.choice([2, 3, 4, 5])):
            a = new_account(rng, "eval_ci", "benign", None, aged(rng, sink.t0, 300, 0.5), org=org, payment=pay)
            starts = sample_times(rng, poisson(rng, rng.uniform(0.6, 1.6) * sink.days), sink.t0, sink.t1, off, "office")
            if RELEASE_MS < sink.t1 and rng.random() < 0.7:
                starts.append(RELEASE_MS + rng.randint(2 * HOUR_MS, 10 * HOUR_MS))
            for s in starts:
                bench = rng.choice(["humaneval", "mbpp", "gsm8k", "math", "svamp"])
                items = {"humaneval": corp.humaneval, "mbpp": corp.mbpp[:500], "gsm8k": corp.gsm8k[-1319:],
                         "math": corp.math[:500], "svamp": corp.svamp}[bench]
                if len(items) > 500:
                    items = items[: rng.choice([200, 300, 500])]
                model = "nova-3" if s >= RELEASE_MS and rng.random() < 0.8 else rng.choice(["nova-2", "nova-2-mini"])
                dev = "sdk:" + hexid(rng, 16) if not ua.startswith("python-httpx") else None
                ip = ip_in(cloud, rng)
                t = s
                for q in items:
                    t += int(rng.uniform(0.05, 1.6) * 1000)
                    p = q if bench in ("humaneval", "mbpp") else tpl.format(q=q)
                    sink.emit(a, t, prompt=p, system=None, model=model, endpoint=endpoint,
                              completion=completion_for(rng, "eval"), ip=ip, asn=cloud, ua=ua, device=dev,
                              status=status_for(rng, 0.003, 0.02))


def long_doc(rng, corp, lo, hi):
    parts, n = [], 0
    target = rng.randint(lo, hi)
    while n < target:
        s = synth_chunk(rng, corp) if rng.random() < 0.6 else chunk(rng, rng.choice(corp.arena + corp.awesome), 400, 3000)
        parts.append(s)
        n += len(s)
    return "\n\n".join(parts)


ENTERPRISES = [("JP", "Sakura Mutual Insurance", CORP["corp_jp_proxy"]), ("KR", "Hanbit Law LLC", CORP["corp_kr_proxy"]),
               ("AU", "Southern Cross Bank", CORP["corp_au_proxy"])]


def enterprise_docqa(sink, corp):
    """Employees on an internal document assistant behind a corporate proxy, one corporate card; nightly batch."""
    rng = sink.rng("enterprise")
    for c, name, asn in ENTERPRISES:
        off = TZ[COUNTRY[c][0][0]]
        org, pay = "org_" + hexid(rng, 10), card(rng)
        ips = [ip_in(asn, rng, 0) for _ in range(2)]
        sysm = (f"You are the internal document assistant of {name}. Answer only from the supplied documents, "
                f"cite the section you used, and say 'not found in the documents' otherwise. Be concise.")
        created = aged(rng, sink.t0, 250, 0.3)
        for k in range(sink.n(20)):
            a = new_account(rng, "enterprise_docqa", "benign", None, min(sink.t0 - DAY_MS, created + rng.randint(0, 120) * DAY_MS), org=org, payment=pay)
            ua = browser_ua(rng)
            dev = "web:" + hexid(rng, 16)
            for ts in sessions(rng, sink, lognorm(rng, 18, 0.6, 2, 80), off, "office", per_session=3, gap=(60, 600)):
                doc = long_doc(rng, corp, 1500, 9000)
                q = rng.choice(["Summarise the key obligations.", "What are the exclusions?", "List every deadline mentioned.",
                                "Does this allow early termination? Explain.", nq_q(rng, rng.choice(corp.nq))])
                sink.emit(a, ts, prompt=f"Document:\n{doc}\n\nQuestion: {q}", system=sysm,
                          model=chat_model(rng, ts, 0.15), endpoint="/v1/chat/completions",
                          completion=completion_for(rng, "docqa"), ip=rng.choice(ips), asn=asn, ua=ua, device=dev,
                          status=status_for(rng))
        # nightly batch account
        a = new_account(rng, "enterprise_docqa", "benign", None, created, org=org, payment=pay)
        for day in range(max(1, int(sink.days))):
            t = sink.t0 + day * DAY_MS + int((1 - off) % 24 * HOUR_MS) + rng.randint(0, 30 * MIN_MS)
            dev = "sdk:" + hexid(rng, 16)
            for _ in range(rng.randint(250, 600)):
                t += int(rng.uniform(0.3, 2.0) * 1000)
                doc = long_doc(rng, corp, 1500, 8000)
                q = rng.choice(["Extract the policy holder, dates and amounts as JSON.", "Classify this claim: approve, deny, or escalate. Explain briefly.",
                                "Summarise in 5 bullet points."])
                sink.emit(a, t, prompt=f"{doc}\n\n{q}", system=sysm, model="nova-2", endpoint="/v1/batches",
                          completion=completion_for(rng, "docqa"), ip=ips[0], asn=asn, ua="nova-python/2.4.0", device=dev)


def ctf_devs(sink, corp):
    """Security learners and devs who legitimately paste encoded blobs."""
    rng = sink.rng("ctf")
    import base64
    import codecs
    for i in range(sink.n(70)):
        c = pick_country(rng)
        tzs, res, mob, lang = COUNTRY[c]
        off = TZ[tzs[0]]
        a = new_account(rng, "security_dev", "benign", None, aged(rng, sink.t0, 200), payment=card(rng) if rng.random() < 0.7 else None)
        asn = rng.choice(res)
        ip = ip_in(asn, rng)
        ua = browser_ua(rng) if rng.random() < 0.6 else rng.choice(SDK_UAS)
        dev = "web:" + hexid(rng, 16) if ua.startswith("Mozilla") else None
        for ts in sessions(rng, sink, lognorm(rng, 12, 0.7, 2, 80), off, "evening", per_session=5):
            if rng.random() < 0.4:
                blob = rng.choice([
                    '{"alg":"HS256","typ":"JWT"}', '{"user":"admin","role":"guest","exp":1772400000}',
                    "flag{" + hexid(rng, 8) + "}", "password=" + hexid(rng, 6), rng.choice(corp.nq),
                    "GET /admin HTTP/1.1\r\nHost: target.local", "powershell -enc " + hexid(rng, 10)])
                m = rng.random()
                if m < 0.6:
                    p = rng.choice(["decode this base64: ", "what is this? ", "CTF challenge, base64 i think: ",
                                    "decode and explain step by step: "]) + base64.b64encode(blob.encode()).decode()
                elif m < 0.8:
                    p = "what does this hex say " + blob.encode().hex()
                else:
                    p = "is this rot13? " + codecs.encode(blob, "rot13")
                kind = "decode"
            else:
                _, p, kind = dev_prompt(rng, corp, lang)
            sink.emit(a, ts, prompt=p, system=None, model=chat_model(rng, ts, 0.5), endpoint="/v1/chat/completions",
                      completion=completion_for(rng, kind), ip=ip, asn=asn, ua=ua, device=dev, status=status_for(rng))


def release_signups(sink, corp):
    """New accounts opened in the hours after the release to try the new model on hard puzzles."""
    if RELEASE_MS >= sink.t1:
        return
    rng = sink.rng("signups")
    for i in range(sink.n(180)):
        c = pick_country(rng)
        tzs, res, mob, lang = COUNTRY[c]
        off = TZ[tzs[0]]
        created = RELEASE_MS + int(rng.expovariate(1 / (6 * HOUR_MS)))
        if created >= sink.t1 - HOUR_MS:
            created = RELEASE_MS + rng.randint(0, 4 * HOUR_MS)
        a = new_account(rng, "release_signup", "benign", None, created, payment=card(rng) if rng.random() < 0.6 else None)
        asn = rng.choice(res + mob)
        ip = ip_in(asn, rng) if asn in res else sink.cgnat.ip(asn, rng)
        ua = browser_ua(rng) if rng.random() < 0.7 else rng.choice(SDK_UAS)
        dev = "web:" + hexid(rng, 16) if ua.startswith("Mozilla") else None
        t = created + rng.randint(2 * MIN_MS, 40 * MIN_MS)
        for _ in range(lognorm(rng, 14, 0.7, 3, 70)):
            r = rng.random()
            if r < 0.3:
                p, kind = rng.choice(corp.arena), "chat"
            elif r < 0.55:
                p, kind = rng.choice(corp.math) + rng.choice(["", " Think step by step.", "\nshow reasoning"]), "cot"
            elif r < 0.7:
                p, kind = rng.choice(corp.gsm8k), "cot"
            elif r < 0.8:
                p, kind = rng.choice(corp.humaneval), "code"
            else:
                _, p, kind = dev_prompt(rng, corp, lang)
            sink.emit(a, t, prompt=p, system=None, model=rng.choice(["nova-3", "nova-3", "nova-3-mini"]),
                      endpoint="/v1/chat/completions", completion=completion_for(rng, kind), ip=ip, asn=asn, ua=ua,
                      device=dev, status=status_for(rng, 0.01, 0.04))
            t += int(rng.uniform(30, 900) * 1000 * (1 + rng.expovariate(1.0)))


# ------------------------------------------------------------------ attacks
APP_PREFIX = ["Math", "Solve", "Quiz", "Study", "Brain", "Smart", "Tutor", "Calc", "Learn", "Exam", "Logic", "Code"]
APP_SUFFIX = ["ly", "Mate", "Pilot", "Buddy", "Hub", "Genie", "Wise", "Pal", "Lab", "Bot", "Sense", "Kit"]
ROLE = ["tutor", "problem-solving assistant", "homework helper", "study coach", "coding mentor", "exam-prep assistant"]
AUD = ["high-school students", "university students", "adult learners", "competitive programmers", "parents helping their kids",
       "engineering students"]
REASON = ["Always reason through the problem step by step and write out your full reasoning before the final answer.",
          "Think carefully and show every intermediate step of your reasoning; do not skip steps.",
          "Before answering, lay out your complete chain of thought in numbered steps.",
          "Explain your internal reasoning in detail, step by step, then state the answer.",
          "Work through the solution methodically, writing down each step of your thinking.",
          "Provide a thorough step-by-step derivation, making all of your reasoning explicit."]
FMT = ["End with 'Final answer:' followed by the result.", "Put the final answer in \\boxed{}.",
       "Finish with a line 'ANSWER: <answer>'.", "For code, give the complete function in one python block after the explanation.",
       "Use Markdown headings for each step.", "Keep the tone encouraging."]
USER_FMT = ["{q}", "Problem: {q}", "{q}\n\n(please be detailed)", "Question:\n{q}\n\nAnswer:", "Task: {q}"]


def appshell(sink, corp):
    """A campaign run as ~70 tiny 'study apps', each its own org, card and VPS, reading disjoint benchmark shards
    on a shared half-hourly scheduler."""
    rng = sink.rng("appshell")
    work = ([("math", q) for q in corp.math] + [("gsm8k", q) for q in corp.gsm8k] +
            [("mbpp", mbpp_task(q)) for q in corp.mbpp] + [("humaneval", q) for q in corp.humaneval])
    rng.shuffle(work)
    cursor = 0
    created_base = sink.t0 - rng.randint(15, 19) * DAY_MS
    switch = RELEASE_MS + rng.randint(20, 90) * MIN_MS
    norg = sink.n(70)
    for o in range(norg):
        name = rng.choice(APP_PREFIX) + rng.choice(APP_SUFFIX)
        sysm = (f"You are {name}, {rng.choice(['a', 'an expert', 'a patient', 'a friendly'])} {rng.choice(ROLE)} "
                f"for {rng.choice(AUD)}. {rng.choice(REASON)} {rng.choice(FMT)}")
        if rng.random() < 0.5:
            sysm += " " + rng.choice(FMT)
        ufmt = rng.choice(USER_FMT)
        org, pay = "org_" + hexid(rng, 10), card(rng)
        host = HOSTING[rng.choice(["hetzner", "ovh", "do", "vultr", "linode"])]
        ip = ip_in(host, rng)
        ua = rng.choice(["python-httpx/0.27.2", "python-httpx/0.27.2", "OpenAI/Python 1.54.4"])
        oc = created_base + rng.randint(0, 4 * DAY_MS)
        jitter = rng.randint(0, 180) * 1000
        for k in range(rng.choice([2, 3, 3, 4])):
            a = new_account(rng, "appshell_fleet", "attack", "appshell", oc + k * rng.randint(1, 20) * MIN_MS, org=org, payment=pay)
            rate = rng.uniform(35, 80)
            shard = work[cursor: cursor + int(rate * sink.days * 2.2)]
            cursor = (cursor + len(shard)) % len(work)
            qi = 0
            dev = None if ua.startswith("python-httpx") else "sdk:" + hexid(rng, 16)
            slot = sink.t0 + jitter
            while slot < sink.t1:
                mult = 1.5 if slot >= switch else 1.0
                h = (slot // HOUR_MS) % 24
                if h in (3, 4) and rng.random() < 0.6:  # operator maintenance window
                    slot += 30 * MIN_MS
                    continue
                t = slot + rng.randint(0, 90) * 1000
                for _ in range(poisson(rng, rate * mult / 48)):
                    if not shard:
                        break
                    bench, q = shard[qi % len(shard)]
                    qi += 1
                    t += rng.randint(1000, 6000)
                    if dev and rng.random() < 0.01:
                        dev = "sdk:" + hexid(rng, 16)  # worker restart
                    kind = "code" if bench in ("mbpp", "humaneval") else "cot"
                    sink.emit(a, t, prompt=ufmt.format(q=q), system=sysm,
                              model="nova-3" if t >= switch else "nova-2", endpoint="/v1/chat/completions",
                              completion=completion_for(rng, "cot") + (200 if kind == "code" else 0), ip=ip, asn=host,
                              ua=ua, device=dev, status=status_for(rng, 0.003, 0.01))
                slot += 30 * MIN_MS


BOT_UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36",
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
           "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36"]


def iotbot(sink, corp):
    """Free-tier accounts driven through a botnet of compromised home routers/cameras; C2 dispatches work in
    15-minute waves; prompts encoded (base64/rot13/hex/...) to slip past text filters."""
    rng = sink.rng("iotbot")
    nodes = []
    for c in ["TR", "VN", "ID", "UA", "RO", "PH", "TH", "PL", "VN", "ID"]:
        for asn in COUNTRY[c][1]:
            nodes += [(asn, ip_in(asn, rng)) for _ in range(140)]
    items = corp.gsm8k + corp.math + corp.humaneval + [mbpp_task(x) for x in corp.mbpp]
    n = sink.n(420)
    batches = []
    for b in range(max(1, n // 42)):
        d = rng.randint(8, 14)
        batches.append(sink.t0 - d * DAY_MS + rng.randint(20, 23) * HOUR_MS)
    accts = []
    for i in range(n):
        a = new_account(rng, "iot_botnet", "attack", "iotbot", rng.choice(batches) + rng.randint(0, 40 * MIN_MS))
        accts.append((a, rng.uniform(14, 34)))
    switch = RELEASE_MS + rng.randint(5, 30) * MIN_MS
    wave = sink.t0 + rng.randint(0, 15 * MIN_MS)
    while wave < sink.t1:
        h = (wave // HOUR_MS) % 24
        damp = 0.75 if h in (22, 23, 0, 1) else 1.0
        for a, rate in accts:
            if rng.random() < rate * damp / 96:
                t = wave + rng.randint(0, 20_000) + int(rng.expovariate(1 / 35_000))
                for _ in range(1 if rng.random() < 0.7 else 2):
                    q = rng.choice(items)
                    if rng.random() < 0.65:
                        m, enc = encode_obfuscated(q, rng)
                        p = f"{rng.choice(OBF_INSTR[m])}\n\n{enc}" if rng.random() < 0.8 else f"{enc}\n\n{rng.choice(OBF_INSTR[m])}"
                    else:
                        p = f"{q}\n\n{rng.choice(COT_LANG['en'])}"
                    asn, ip = rng.choice(nodes)
                    sink.emit(a, t, prompt=p, system=None, model="nova-3-mini" if t >= switch else "nova-2-mini",
                              endpoint="/v1/chat/completions", completion=completion_for(rng, "cot"), ip=ip, asn=asn,
                              ua=rng.choice(BOT_UAS), device=("web:" + hexid(rng, 16)) if rng.random() < 0.75 else None,
                              status=status_for(rng, 0.01, 0.03))
                    t += rng.randint(3000, 40_000)
        wave += 15 * MIN_MS + rng.randint(-20, 20) * 1000


def _augment(rng, txt):
    w = txt.split()
    if len(w) < 4:
        return txt.upper() if rng.random() < 0.5 else txt + "."
    i = rng.randrange(len(w))
    if rng.random() < 0.5:
        del w[i]
    else:
        j = rng.randrange(len(w))
        w[i], w[j] = w[j], w[i]
    return " ".join(w)


def embedsiphon(sink, corp):
    """Harvesting an embedding model: 9 shell orgs x 5 keys walking disjoint slices of a text collection,
    E5-style prefixes, augmented re-queries, three cards across the nine orgs, Turkish hosting."""
    rng = sink.rng("embedsiphon")
    texts = (["query: " + nq_q(rng, q) for q in corp.nq] +
             ["passage: " + chunk(rng, t, 200, 900) for t in corp.arena + corp.awesome + corp.seed_tasks] +
             ["passage: " + t for t in corp.gsm8k[:3000]])
    rng.shuffle(texts)
    cards = [card(rng) for _ in range(3)]
    cursor = 0
    base = sink.t0 - rng.randint(25, 32) * DAY_MS
    for o in range(sink.n(9)):
        org = "org_" + hexid(rng, 10)
        host = HOSTING[rng.choice(["radore", "turhost", "hetzner"])]
        ips = [ip_in(host, rng) for _ in range(2)]
        oc = base + o * DAY_MS + rng.randint(0, 6 * HOUR_MS)
        for k in range(5):
            a = new_account(rng, "embedding_siphon", "attack", "embedsiphon", oc + rng.randint(0, 3 * HOUR_MS),
                            org=org, payment=cards[o % 3])
            rate = rng.uniform(220, 420)
            n = poisson(rng, rate * sink.days)
            mine = texts[cursor: cursor + n]
            cursor = (cursor + n) % len(texts)
            ip = rng.choice(ips)
            ts = sorted(rng.randint(sink.t0, sink.t1 - 1) for _ in range(n))
            recent: list[str] = []
            for i, t in enumerate(ts):
                if recent and rng.random() < 0.2:
                    txt = _augment(rng, rng.choice(recent))
                else:
                    txt = mine[i % max(1, len(mine))]
                    recent = (recent + [txt])[-30:]
                sink.emit(a, t, prompt=txt, system=None, model="nova-embed-2", endpoint="/v1/embeddings", completion=0,
                          ip=ip, asn=host, ua="python-requests/2.32.3", device=None, status=status_for(rng, 0.002, 0.01))


REVIEW_WRAP = [
    "Here is a candidate solution to the task below. Review it line by line, explain your reasoning for every issue "
    "you find, then write a corrected version.\n\nTask:\n{task}\n\nCandidate:\n```python\n{code}\n```",
    "Code review request. Walk through the code step by step, describe what each part does, identify bugs and edge "
    "cases with your reasoning, and provide the fixed code.\n\n### Spec\n{task}\n\n### Code\n```python\n{code}\n```",
    "Act as a senior reviewer. Think aloud about correctness, complexity and style, one step at a time. "
    "Finish with a corrected implementation.\n\n{task}\n\n{code}",
]
BODIES = ["    result = []\n    for i in range(len({a})):\n        result.append({a}[i])\n    return result",
          "    if not {a}:\n        return None\n    return sorted({a})[0]",
          "    count = 0\n    for x in {a}:\n        if x > 0:\n            count += 1\n    return count",
          "    return {a}[::-1]", "    total = 0\n    for i in range(1, len({a})):\n        total += {a}[i] - {a}[i-1]\n    return total",
          "    seen = set()\n    for x in {a}:\n        if x in seen:\n            return True\n        seen.add(x)\n    return False"]


def reviewmill(sink, corp):
    """Code-review and long-document QA harvest through the batch endpoint by four shell companies in Korea and
    Japan: big prompts, long reasoned completions, two cards across all 30 accounts."""
    rng = sink.rng("reviewmill")
    cards = [card(rng) for _ in range(2)]
    ipool = [(HOSTING[h], ip_in(HOSTING[h], rng)) for h in ["naver", "naver", "kt_cloud", "sakura", "sakura", "aws"]]
    orgs = ["org_" + hexid(rng, 10) for _ in range(4)]
    switch = RELEASE_MS + rng.randint(5 * 60, 7 * 60) * MIN_MS
    code_items = corp.humaneval + [mbpp_task(x) for x in corp.mbpp]
    for i in range(sink.n(30)):
        o = i % 4
        a = new_account(rng, "review_mill", "attack", "reviewmill", aged(rng, sink.t0, 45, 0.2), org=orgs[o],
                        payment=cards[o % 2])
        off = 9
        nsub = poisson(rng, rng.uniform(2, 4) * sink.days)
        for s in sample_times(rng, nsub, sink.t0, sink.t1, off, "flat"):
            asn, ip = rng.choice(ipool)
            dev = "sdk:" + hexid(rng, 16)
            t = s
            span = rng.randint(3, 12) * MIN_MS
            nitems = rng.randint(40, 110)
            for _ in range(nitems):
                t += int(span / nitems * rng.uniform(0.3, 1.7))
                if rng.random() < 0.6:
                    task = rng.choice(code_items)
                    arg = rng.choice(["nums", "arr", "lst", "s", "values"])
                    code = (task.rstrip() + "\n" + rng.choice(BODIES).format(a=arg)) if task.lstrip().startswith(("def", "from", "import")) \
                        else f"def solve({arg}):\n" + rng.choice(BODIES).format(a=arg)
                    p, kind = rng.choice(REVIEW_WRAP).format(task=task, code=code), "review"
                else:
                    doc = long_doc(rng, corp, 2500, 12000)
                    q = nq_q(rng, rng.choice(corp.nq))
                    p = (f"Read the document and answer the question. Think through the evidence step by step, quoting "
                         f"the sentences you rely on, before giving the answer.\n\nDOCUMENT:\n{doc}\n\nQUESTION: {q}")
                    kind = "review"
                sink.emit(a, t, prompt=p, system=None, model="nova-3" if t >= switch else "nova-2", endpoint="/v1/batches",
                          completion=completion_for(rng, kind), ip=ip, asn=asn, ua="OpenAI/Python 1.58.1", device=dev)


SIM_W = {"TR": 40, "ID": 35, "VN": 15, "PH": 10}
EMU_UA = ["NovaChat/4.12.1 (Android 12; SM-G988N)", "NovaChat/4.12.1 (Android 12; SM-G988N)", "NovaChat/4.11.3 (Android 9; SM-G977N)"]


def simbank(sink, corp):
    """Aged accounts on Android emulators billed through a SIM bank (carrier billing, 5-7 accounts per SIM), on
    carrier networks; warming up from chat to multilingual reasoning harvest, on local daytime schedules."""
    rng = sink.rng("simbank")
    n = sink.n(260)
    sims = []
    accts = []
    i = 0
    while i < n:
        c = pick_country(rng, SIM_W)
        sim = ("cb:" + hexid(rng, 16), c, rng.choice(COUNTRY[c][2]))
        for _ in range(rng.randint(5, 7)):
            if i >= n:
                break
            accts.append(sim)
            i += 1
        sims.append(sim)
    harvest_items = corp.gsm8k + corp.math + [a for a in corp.arena if "```" in a or "code" in a.lower()] + \
        [mbpp_task(x) for x in corp.mbpp]
    for pay, c, carrier in accts:
        tzs, res, mob, lang = COUNTRY[c]
        off = TZ[tzs[0]]
        a = new_account(rng, "simbank_emulators", "attack", "simbank", aged(rng, sink.t0, 32, 0.25), payment=pay)
        ua = rng.choice(EMU_UA)
        dev = "unattested:" + hexid(rng, 16) if rng.random() < 0.92 else "att:" + hexid(rng, 16)
        base = rng.uniform(7, 12)
        for d in range(int(-(-sink.days // 1))):
            d0 = sink.t0 + d * DAY_MS
            d1 = min(sink.t1, d0 + DAY_MS)
            rate = base * (1 + 1.4 * d)
            share = min(0.75, 0.25 + 0.35 * d)
            for ts in sessions(rng, sink, rate, off, "evening", per_session=4, gap=(25, 240), t0=d0, t1=d1):
                if rng.random() < share:
                    q = rng.choice(harvest_items)
                    r = rng.random()
                    if r < 0.45:
                        p = f"{rng.choice(COT_LANG[lang])}\n\n{q}\n\n{ANSWER_SUFFIX[lang]}"
                    elif r < 0.75:
                        p = f"{q}\n\n{rng.choice(COT_LANG[lang])}"
                    else:
                        p = f"{rng.choice(COT_LANG['en'])}\n{q}"
                    kind = "cot"
                else:
                    _, p, kind = dev_prompt(rng, corp, lang)
                sink.emit(a, ts, prompt=p, system=None, model=app_model(ts), endpoint="/v1/responses",
                          completion=completion_for(rng, kind), ip=sink.cgnat.ip(carrier, rng), asn=carrier, ua=ua,
                          device=dev, status=status_for(rng))


def build_all(sink, corp):
    for f in (developers, mobile_users, students, dorm, tutor_apps, rag_indexers, eval_ci, enterprise_docqa, ctf_devs,
              release_signups, appshell, iotbot, embedsiphon, reviewmill, simbank):
        f(sink, corp)
