"""Benign organisations and platforms: hagwon (cram-school) apps, eval teams on
launch day, translation/localisation vendors, agent platforms, data-labelling
vendors, a reseller, newsrooms and academic NLP labs. Few accounts, most volume."""
from __future__ import annotations

from random import Random

from .accounts import API, BASE, EMB, EMBED, MINI, NEW, PRO, Account, World, event
from .clock import HOUR, MIN, P_BATCH, P_CONSUMER, P_HAGWON, P_OFFICE, hourly, paced, pick_hour, poisson, stream
from .people import short_math
from .templates import (AGENT_SYS, AGENT_USER, CODE_KO, DIARY_USER, EVAL_FORMATS, EVAL_KO, EVERYDAY_KO, FOLLOW_KO, GAME_KO,
                        HAGWON_CHAT, HAGWON_SYS, HAGWON_USER, LAB_KO, LABEL_SYS, LABEL_USER, NEWS_SYS, NEWS_USER, OFFICE_KO,
                        SCIENCE_KO, STEP_KO, TRANSLATE_SYS, fill, ko_doc, ko_news)
from .world import SDK, created_days_ago, payment

B = "benign"


def set_plan(w: World, a: Account, pairs: list[tuple[int, object]]) -> None:
    """Times and per-request work items together, clipped to the window and in time order."""
    c = w.clock
    pairs = sorted((p for p in pairs if c.start <= p[0] < c.end), key=lambda p: p[0])
    a.times = [p[0] for p in pairs]
    a.st["plan"] = [p[1] for p in pairs]


def spread(rng: Random, accounts: list[Account], times: list[int], shares: list[float]) -> None:
    for t in times:
        x = rng.random()
        for a, s in zip(accounts, shares):
            x -= s
            if x < 0:
                break
        a.times.append(t)


def _ocr(rng: Random, text: str) -> str:
    """Photographed worksheets come through OCR with small errors."""
    if len(text) < 20:
        return text
    out = list(text)
    for _ in range(rng.randrange(1, 4)):
        i = rng.randrange(len(out))
        out[i] = rng.choice(["l", "1", "O", "0", " ", "ㅡ", ","])
    return "".join(out)


# ---------------------------------------------------------------- hagwon (cram-school) platforms
HAGWONS = [  # brand, subject, cloud, client stack, account shares, requests/day, system prompt
    ("수학의 정원", "math", "ncloud", "axios", [0.82, 0.18], 5200, 0),
    ("에듀로직", "mathsci", "aws_seoul", "go", [0.6, 0.3, 0.1], 4000, 1),
    ("코딩스쿨K", "code", "gcp_seoul", "node", [1.0], 1700, 2),
    ("리딩코치", "english", "ncloud", "java", [1.0], 1300, 3),
]


def hagwon_platforms(w: World) -> None:
    rng, C, clock, net = w.rng("pop:hagwon_platforms"), w.corpora, w.clock, w.net
    maths = short_math(C)
    for brand, subj, cloud, stack, shares, per_day, si in HAGWONS:
        org, pay = w.ids.org(), payment(rng, "invoice")
        created0 = created_days_ago(rng, clock.start, 200, 900)
        ips = net.cloud_ips(rng, cloud, rng.randrange(2, 6))
        if subj == "code":
            src = [("mbpp", i) for i in range(len(C["mbpp"]))] + [("humaneval", i) for i in range(164)]
        elif subj == "english":
            src = [("user", i) for i in range(len(C["user"]))] + [("seed", i) for i in range(len(C["seed"]))]
        else:
            src = maths
        classes = [[rng.choice(src) for _ in range(rng.randrange(8, 14))] for _ in range(rng.randrange(40, 90))]
        boost = (lambda h, d, hr: 1.8 if d == 0 and 9 <= hr < 14 else 1.0) if subj.startswith("math") else None
        accts = []
        for i in range(len(shares)):
            a = Account(w, B, "hagwon_platforms", None, created0 + i * rng.randrange(1, 60) * 86_400_000, pay, org=org, n_keys=2)
            a.st = {"brand": brand, "subj": subj, "ips": ips, "stack": stack, "classes": classes,
                    "system": HAGWON_SYS[si].format(brand=brand), "ab": i == 0 and si == 0}
            a.fn = _hagwon
            accts.append(a)
        spread(rng, accts, stream(rng, clock, hourly(clock, P_HAGWON, boost), poisson(rng, per_day * clock.days)), shares)


def _hagwon(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng, C = a.st, a.rng, w.corpora
    ip, asn = rng.choice(st["ips"])
    ua, dev = SDK[st["stack"]]
    cls = st["classes"][min(len(st["classes"]) - 1, int(rng.paretovariate(1.2)) - 1)]  # a few big classes
    x, kind = rng.random(), "tutor"
    if x < 0.1:
        prompt, kind = rng.choice(HAGWON_CHAT), "chat"
    elif x < 0.2:
        prompt = fill(rng, rng.choice(FOLLOW_KO))
    elif st["subj"] == "english":
        prompt = "다음 영어 글 첨삭해 주세요:\n" + C.text(rng.choice(cls))
    elif st["subj"] == "mathsci" and x < 0.32:
        prompt = fill(rng, rng.choice(SCIENCE_KO))
    else:
        tmpl = rng.choice(HAGWON_USER)
        q = C.text(rng.choice(cls))
        prompt = fill(rng, tmpl, q=_ocr(rng, q) if tmpl.startswith("[사진") else q)
    model = NEW if st["ab"] and w.clock.launched(ts + 4 * HOUR) and rng.random() < 0.2 else BASE
    return event(a, ts, model=model, endpoint=API, prompt=prompt, system=st["system"], kind=kind, ip=ip, asn=asn, ua=ua,
                 device=dev, key=a.keys[rng.random() < 0.3], p429=0.01)


# ---------------------------------------------------------------- eval teams sweeping benchmarks
def eval_teams(w: World) -> None:
    rng, C, clock, net = w.rng("pop:eval_teams"), w.corpora, w.clock, w.net
    for o in range(8):
        org = w.ids.org()
        pay = payment(rng, "invoice" if rng.random() < 0.6 else "card")
        if o < 2:
            camp = rng.choice(net.campuses)
            ips = [(ip, camp["asn"]) for ip in camp["lab"][:2]]
        else:
            ips = net.cloud_ips(rng, rng.choice(["aws_seoul", "aws_seoul", "gcp_seoul", "ncloud", "azure_kc"]), rng.randrange(1, 4))
        stack = rng.choice(["requests", "openai_py", "httpx", "py312"])
        system = "You are a helpful assistant." if rng.random() < 0.3 else None
        created0 = created_days_ago(rng, clock.start, 60, 800)
        accts = []
        for _ in range(rng.randrange(2, 5)):
            a = Account(w, B, "eval_teams", None, created0 + rng.randrange(40) * 86_400_000, pay, org=org, n_keys=rng.randrange(1, 3))
            a.st = {"ips": ips, "stack": stack, "system": system}
            a.fn = _eval
            accts.append(a)
        sweeps = []  # (start, model, bench, refs, samples, korean)

        def sweep(start, model, bench, lo, n, samples=1, korean=False):
            size = len(C[bench])
            lo = lo % size
            refs = [(bench, i) for i in range(lo, min(size, lo + n))]
            sweeps.append((start, model, bench, refs, samples, korean))

        if rng.random() < 0.4:  # a nightly regression run on day 1
            t0 = clock.at(0, rng.uniform(0, 6))
            sweep(t0, PRO, "math", rng.randrange(5000), 200)
            sweep(t0, PRO, "humaneval", 0, 164)
        t0 = clock.launch + int(rng.choice([rng.uniform(0.2, 1.0), rng.uniform(1, 6)]) * HOUR)
        sweep(t0, NEW, "gsm8k", rng.choice([7473, rng.randrange(8000)]), rng.choice([1319, 500]))
        sweep(t0, NEW, "math", rng.randrange(5000), 500)
        sweep(t0, NEW, "humaneval", 0, 164, samples=rng.choice([1, 5]))
        sweep(t0, NEW, "mbpp", rng.randrange(974), rng.randrange(300, 500))
        if o in (2, 4, 6):
            sweep(t0 + 2 * HOUR, NEW, "gsm8k", rng.randrange(8000), 250, korean=True)
            sweep(t0 + 2 * HOUR, NEW, "math", rng.randrange(5000), 250, korean=True)
        if rng.random() < 0.5:
            sweep(t0 + HOUR, PRO, "gsm8k", 7473, 500)
            sweep(t0 + HOUR, PRO, "humaneval", 0, 164)
        busy = {a.id: 0 for a in accts}
        pairs = {a.id: [] for a in accts}
        for i, (start, model, bench, refs, samples, korean) in enumerate(sweeps):
            a = accts[i % len(accts)]
            items = [(model, bench, r, korean) for r in refs for _ in range(samples)]
            t = paced(rng, max(start, busy[a.id]), clock.end, len(items), rng.uniform(0.3, 1.4))
            busy[a.id] = (t[-1] if t else start) + rng.randrange(2, 20) * MIN
            pairs[a.id] += list(zip(t, items))
        for a in accts:
            set_plan(w, a, pairs[a.id])


def _eval(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng = a.st, a.rng
    model, bench, ref, korean = st["plan"][k]
    q = w.corpora.text(ref)
    prompt = (EVAL_KO if korean else EVAL_FORMATS)[bench].format(q=q)
    ip, asn = st["ips"][k % len(st["ips"])]
    ua, dev = SDK[st["stack"]]
    kind = "code" if bench in ("humaneval", "mbpp") else "cot"
    return event(a, ts, model=model, endpoint=API, prompt=prompt, system=st["system"], kind=kind, ip=ip, asn=asn, ua=ua,
                 device=dev, key=a.keys[k % len(a.keys)], p429=0.02)


# ---------------------------------------------------------------- translation / localisation vendors
def translation_vendors(w: World) -> None:
    rng, clock, net = w.rng("pop:translation_vendors"), w.clock, w.net
    for v in range(5):
        org, pay = w.ids.org(), payment(rng, "invoice")
        office = rng.choice(net.companies)
        ips = net.cloud_ips(rng, rng.choice(["aws_seoul", "ktcloud", "ncloud"]), 2) + [(office["ips"][0], office["asn"])]
        created0 = created_days_ago(rng, clock.start, 100, 1200)
        for _ in range(rng.randrange(1, 4)):
            a = Account(w, B, "translation_vendors", None, created0 + rng.randrange(90) * 86_400_000, pay, org=org)
            a.st = {"ips": ips, "sys": v % 4, "stack": rng.choice(["py311", "java", "node"])}
            a.times = stream(rng, clock, hourly(clock, P_BATCH), poisson(rng, rng.uniform(450, 1000) * clock.days))
            a.fn = _translator


def _translator(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng, C = a.st, a.rng, w.corpora
    s = st["sys"]
    if s == 0:
        prompt = rng.choice(C["arena"] if rng.random() < 0.5 else C["awesome"])[:1500]
    elif s == 1:
        prompt = "\n".join(fill(rng, rng.choice(DIARY_USER + GAME_KO + EVERYDAY_KO)) for _ in range(rng.randrange(2, 7)))
    elif s == 2:
        prompt = ko_doc(rng, 4, 12)
    else:
        prompt = "\n".join(f"[{i:02d}] {rng.choice(C['nq'])}" for i in range(rng.randrange(3, 9)))
    ip, asn = st["ips"][rng.randrange(len(st["ips"]))]
    ua, dev = SDK[st["stack"]]
    model = PRO if s in (0, 1) else BASE
    return event(a, ts, model=model, endpoint=API, prompt=prompt, system=TRANSLATE_SYS[s], kind="translate", ip=ip, asn=asn,
                 ua=ua, device=dev)


# ---------------------------------------------------------------- agent / customer-service platforms
AGENT_BRANDS = ["마켓컬리프레시", "오늘배송", "여행가자닷컴", "한빛카드 챗봇", "리빙몰", "펫케어플러스"]


def agent_platforms(w: World) -> None:
    rng, clock, net = w.rng("pop:agent_platforms"), w.clock, w.net
    for brand in AGENT_BRANDS:
        org = w.ids.org()
        pay = payment(rng, rng.choice(["invoice", "invoice", "aws_mkt"]))
        ips = net.cloud_ips(rng, rng.choice(["aws_seoul", "ncloud", "gcp_seoul"]), rng.randrange(2, 8))
        stack = rng.choice(["java", "go", "py312", "node"])
        created0 = created_days_ago(rng, clock.start, 60, 700)
        for _ in range(rng.randrange(1, 4)):
            a = Account(w, B, "agent_platforms", None, created0, pay, org=org, n_keys=3)
            a.st = {"ips": ips, "stack": stack, "system": AGENT_SYS.format(brand=brand)}
            a.times = stream(rng, clock, hourly(clock, P_CONSUMER), poisson(rng, rng.uniform(400, 1400) * clock.days))
            a.fn = _agent


def _agent(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng = a.st, a.rng
    ip, asn = rng.choice(st["ips"])
    ua, dev = SDK[st["stack"]]
    prompt = "\n".join(fill(rng, rng.choice(AGENT_USER)) for _ in range(rng.randrange(1, 4)))
    return event(a, ts, model=MINI if rng.random() < 0.7 else BASE, endpoint=API, prompt=prompt, system=st["system"],
                 kind="json" if rng.random() < 0.7 else "chat", ip=ip, asn=asn, ua=ua, device=dev, key=rng.choice(a.keys))


# ---------------------------------------------------------------- data-labelling vendors
def labelling_vendors(w: World) -> None:
    rng, C, clock, net = w.rng("pop:labelling_vendors"), w.corpora, w.clock, w.net
    office = hourly(clock, [max(a, b) for a, b in zip(P_OFFICE, P_BATCH)])
    for _v in range(3):
        org, pay = w.ids.org(), payment(rng, "invoice")
        ips = net.cloud_ips(rng, "ncloud", 2)
        created0 = created_days_ago(rng, clock.start, 120, 900)
        for _ in range(rng.randrange(2, 4)):
            a = Account(w, B, "labelling_vendors", None, created0, pay, org=org)
            a.st = {"ips": ips, "sys": rng.choice(LABEL_SYS), "stack": rng.choice(["py311", "py312"])}
            pairs = []
            for _run in range(poisson(rng, 2.5 * clock.days)):
                task = rng.randrange(len(LABEL_USER))
                corpus = {0: "nq", 1: "math", 2: "arena", 3: None, 4: "user"}[task]
                lo = rng.randrange(5000)
                start = clock.start + pick_hour(rng, office) * HOUR + rng.randrange(HOUR)
                n = rng.randrange(120, 420)
                t = paced(rng, start, clock.end, n, rng.uniform(1.0, 3.0))
                pairs += [(x, (task, corpus, lo + i)) for i, x in enumerate(t)]
            set_plan(w, a, pairs)
            a.fn = _labeller


def _labeller(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng, C = a.st, a.rng, w.corpora
    task, corpus, i = st["plan"][k]
    if corpus is None:
        prompt = LABEL_USER[task].format(doc=ko_doc(rng, 1, 3))
    else:
        items = C[corpus]
        prompt = LABEL_USER[task].format(q=items[i % len(items)])
    ip, asn = st["ips"][k % 2]
    ua, dev = SDK[st["stack"]]
    return event(a, ts, model=MINI if task != 1 else BASE, endpoint=API, prompt=prompt, system=st["sys"],
                 kind="label" if task != 1 else "short", ip=ip, asn=asn, ua=ua, device=dev)


# ---------------------------------------------------------------- a reseller / API aggregator
def reseller(w: World) -> None:
    rng, C, clock, net = w.rng("pop:reseller"), w.corpora, w.clock, w.net
    org, pay = w.ids.org(), payment(rng, "aws_mkt")
    ips = net.cloud_ips(rng, "aws_seoul", 8)
    maths = short_math(C)
    accts = []
    for i in range(3):
        a = Account(w, B, "reseller", None, created_days_ago(rng, clock.start, 150, 600), pay, org=org, n_keys=rng.randrange(8, 16))
        a.st = {"ips": ips, "maths": maths}
        a.fn = _resold
        accts.append(a)
    spread(rng, accts, stream(rng, clock, hourly(clock, P_CONSUMER), poisson(rng, 7000 * clock.days)), [0.55, 0.3, 0.15])


def _resold(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng, C = a.st, a.rng, w.corpora
    x, kind = rng.random(), "chat"
    if x < 0.25:
        prompt = fill(rng, rng.choice(EVERYDAY_KO))
    elif x < 0.4:
        prompt = rng.choice(C["arena"])
    elif x < 0.55:
        prompt, kind = fill(rng, rng.choice(STEP_KO), q=C.text(rng.choice(st["maths"]))), "cot"
    elif x < 0.7:
        prompt, kind = fill(rng, rng.choice(CODE_KO), code=rng.choice(C["humaneval"] + C["mbpp"][:200])), "code"
    elif x < 0.8:
        prompt, kind = fill(rng, rng.choice(OFFICE_KO)), "summary"
    elif x < 0.9:
        prompt, kind = rng.choice(C["nq"]), "short"
    else:
        prompt = rng.choice(C["awesome"])
    model = rng.choice([MINI, BASE, PRO])
    if w.clock.launched(ts) and rng.random() < 0.4:
        model = NEW
    ip, asn = rng.choice(st["ips"])
    ua, dev = SDK["go"]
    return event(a, ts, model=model, endpoint=API, prompt=prompt, kind=kind, ip=ip, asn=asn, ua=ua, device=dev,
                 key=rng.choice(a.keys), p429=0.008)


# ---------------------------------------------------------------- newsrooms (results day, launch news)
def newsrooms(w: World) -> None:
    rng, clock, net = w.rng("pop:newsrooms"), w.clock, w.net
    boost = lambda h, d, hr: 6.0 if d == 0 and 9 <= hr < 13 else 3.0 if d == 1 and 10 <= hr < 13 else 1.0  # noqa: E731
    for brand, n in (("한빛일보", 2), ("에듀뉴스", 1)):
        org, pay = w.ids.org(), payment(rng, "invoice")
        ips = net.cloud_ips(rng, rng.choice(["gcp_seoul", "ncloud"]), 2)
        for _ in range(n):
            a = Account(w, B, "newsrooms", None, created_days_ago(rng, clock.start, 200, 800), pay, org=org)
            a.st = {"ips": ips, "system": NEWS_SYS.format(brand=brand)}
            a.times = stream(rng, clock, hourly(clock, P_OFFICE, boost), poisson(rng, rng.uniform(500, 900) * clock.days))
            a.fn = _news


def _news(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng = a.st, a.rng
    ip, asn = rng.choice(st["ips"])
    ua, dev = SDK["py311"]
    if rng.random() < 0.4:
        return event(a, ts, model=EMB, endpoint=EMBED, prompt=ko_news(rng), kind="embed", ip=ip, asn=asn, ua=ua, device=dev)
    return event(a, ts, model=PRO, endpoint=API, prompt=fill(rng, rng.choice(NEWS_USER)), system=st["system"], kind="summary",
                 ip=ip, asn=asn, ua=ua, device=dev)


# ---------------------------------------------------------------- academic NLP labs building Korean benchmarks
def academic_labs(w: World) -> None:
    rng, clock, net = w.rng("pop:academic_labs"), w.clock, w.net
    work = hourly(clock, [max(a, b) for a, b in zip(P_OFFICE, P_BATCH)])
    for lab in range(4):
        camp = net.campuses[lab * 2]
        org = w.ids.org()
        pay = payment(rng, "invoice" if lab < 3 else "card")
        ips = [(camp["lab"][i], camp["asn"]) for i in range(2)]
        bench = "gsm8k" if lab % 2 == 0 else "math"
        for _ in range(rng.randrange(2, 5)):
            a = Account(w, B, "academic_labs", None, created_days_ago(rng, clock.start, 90, 1000), pay, org=org)
            a.st = {"ips": ips, "stack": rng.choice(["py311", "httpx", "py_mac"]), "bench": bench}
            pairs = []
            for _run in range(poisson(rng, 1.6 * clock.days)):
                stage = rng.randrange(4)
                lo = rng.randrange(len(w.corpora[bench]))
                start = clock.start + pick_hour(rng, work) * HOUR + rng.randrange(HOUR)
                t = paced(rng, start, clock.end, rng.randrange(100, 300), rng.uniform(1.0, 4.0))
                pairs += [(x, (stage, lo + i)) for i, x in enumerate(t)]
            set_plan(w, a, pairs)
            a.fn = _lab


def _lab(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng = a.st, a.rng
    stage, i = st["plan"][k]
    items = w.corpora[st["bench"]]
    prompt = fill(rng, LAB_KO[stage], q=items[i % len(items)])
    ip, asn = st["ips"][k % 2]
    ua, dev = SDK[st["stack"]]
    model = NEW if w.clock.launched(ts) and stage == 2 and rng.random() < 0.5 else PRO
    return event(a, ts, model=model, endpoint=API, prompt=prompt, kind=("translate", "short", "cot", "verdict")[stage],
                 ip=ip, asn=asn, ua=ua, device=dev)


BUILDERS = [hagwon_platforms, eval_teams, translation_vendors, agent_platforms, labelling_vendors, reseller, newsrooms, academic_labs]
