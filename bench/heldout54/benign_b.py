"""Benign organisations and shared-infrastructure crowds (apps, labs, vendors, cafés, families)."""
from __future__ import annotations

from . import text as T
from . import world as W
from .sim import CHAT, client

APPS = [  # (population, name, system prompt, prompt kind, accounts, events)
    ("b_tutor_apps", "Elimu Smart", "You are Mwalimu, a patient maths and science tutor for Kenyan secondary school students following the "
     "CBC and 8-4-4 syllabus. Explain step by step, use simple English or Kiswahili matching the student, and never just give the final "
     "answer without the working. Use KES for money examples.", "student", 3, 7000),
    ("b_tutor_apps", "Somo Buddy", "Wewe ni Somo Buddy, msaidizi wa masomo. Jibu kwa Kiswahili sanifu isipokuwa mwanafunzi aandike kwa "
     "Kiingereza. Onyesha hatua zote za hesabu.", "student", 2, 4200),
    ("b_tutor_apps", "Darasa AI (UG)", "You are Darasa, a UNEB exam preparation assistant for Ugandan O-level and A-level learners. "
     "Show full working for maths questions and end with a short tip.", "student", 2, 3000),
    ("b_fintech_bots", "PesaLens", "You are PesaLens support. Help customers with loan limits, repayments, M-Pesa reversals and account "
     "security. Never ask for PINs. Reply in the customer's language (Swahili, English or Sheng). Keep answers under 80 words.", "fin", 2, 5200),
    ("b_fintech_bots", "ChamaPal", "You are ChamaPal, an assistant for savings groups (chamas). Help with contributions, merry-go-round "
     "schedules, interest sharing and meeting minutes. Be concise.", "fin", 2, 2600),
    ("b_ngo_bots", "ShambaLine", "You are ShambaLine, an agricultural extension assistant for smallholder farmers in East Africa. "
     "Answers must be short enough for SMS (max 300 characters), practical, and in the farmer's language.", "farm", 2, 3000),
    ("b_ngo_bots", "AfyaLine", "You are AfyaLine, a health information assistant for a community health NGO. Give general guidance only, "
     "always advise visiting a health facility for danger signs, reply in Swahili or English.", "health", 2, 2200),
]
FIN_Q = ["Nimetuma pesa kwa number mbaya, nifanye reversal aje?", "Why is my loan limit 500 only?", "Loan yangu imechelewa siku 3, penalty ni ngapi?",
         "How do I change my registered phone number?", "Mbona application yangu imekataliwa?", "Can I repay part of the loan today?",
         "Nimelipa lakini balance haijabadilika", "Chama yetu ina watu {n}, tunachanga 500 kila wiki. Nani atapata lini?",
         "Andika minutes za mkutano wa chama wa leo: tulikubaliana kuongeza mchango", "is this app registered with CBK?"]
FARM_Q = ["Mahindi yangu yana viwavi jeshi, nitumie dawa gani?", "When should I top dress maize with CAN?", "Ng'ombe wangu ametoa maziwa kidogo, shida ni nini?",
          "How many kg of DAP per acre for {crop}?", "Kuku wangu wanakufa, dalili ni kuhara nyeupe", "Best tomato variety for {city}?",
          "Bei ya {crop} soko la {city} leo?", "Ebikoola bya bbanja lyange bifuuse bya kyenvu, kiki?"]
HEALTH_Q = ["Mtoto ana homa na kutapika, nifanye nini?", "What are the signs of pre-eclampsia?", "Dalili za kisukari ni zipi?",
            "Is it safe to take panadol in pregnancy?", "Chanjo ya surua hupewa mtoto akiwa na umri gani?", "How to prepare ORS at home?"]


def app_prompt(r, kind):
    if kind == "student":
        return T.student(r, T.pick(r, W.pick_w(r, [("gsm8k", 3), ("svamp", 2), ("math", 2)]))) if r.random() < 0.8 else T.local_chat(r, "sheng"), 380
    bank = {"fin": FIN_Q, "farm": FARM_Q, "health": HEALTH_Q}[kind]
    return T.fill(r, r.choice(bank)), 110


def apps(ctx):
    for j, (pop, name, sysm, kind, nacc, nev) in enumerate(APPS):
        r = ctx.rng("app", j)
        org, pay = ctx.org(r), ctx.pay(r)
        net = r.choice(["aws", "aws", "gcp", "azure", "truehost"])
        ips = [ctx.net.fresh(r, net) for _ in range(r.randint(2, 4))]
        ua, dev = client(r, "sdk")
        accs = [ctx.account(r, pop, org=org, pay=pay, nkeys=2, age_days=(60, 600)) for _ in range(nacc)]
        for _ in range(int(nev * r.uniform(0.85, 1.15))):
            t = W.when(r, "student" if kind == "student" else "app")
            p, out = app_prompt(r, kind)
            a = r.choice(accs)
            ctx.emit(r, a, t, p, system=sysm, ip=r.choice(ips), asn=W.NETS[net][0], ua=ua, dev=dev, model=W.model_for(r, t, "pinned"),
                     out=out, ctx_toks=int(r.random() ** 2 * 1200), key=r.choice(a.keys), rl=0.01)


def eval_labs(ctx):
    labs = [("kenet", 5, "Answer the following question. Let's think step by step.", 0.3),
            ("gcp", 4, None, 0.5), ("aws", 3, "You are a helpful assistant.", 0.4)]
    for j, (net, nacc, sysm, swshare) in enumerate(labs):
        r = ctx.rng("evallab", j)
        org, pay = ctx.org(r), ctx.pay(r)
        accs = [ctx.account(r, "b_eval_labs", org=org, pay=pay, age_days=(90, 900)) for _ in range(nacc)]
        ua, dev = client(r, "sdk")
        ip = ctx.net.fresh(r, net)
        runs = [(W.W0 + int(r.uniform(2, 20) * W.HOUR), "savanna-1.5"), (W.LAUNCH_A + int(r.uniform(1, 6) * W.HOUR), "savanna-2"),
                (W.LAUNCH_B + int(r.uniform(0.5, 4) * W.HOUR), "savanna-2-reasoner")]
        for k, (t0, model) in enumerate(runs):
            if r.random() < 0.25:
                continue
            suite = r.sample(["gsm8k", "math", "humaneval", "mbpp", "svamp"], r.randint(1, 3))
            a = accs[k % nacc]
            t = t0
            for name in suite:
                items = T.corpus(name)
                n = min(len(items), r.choice([250, 500, 1000]))
                for p in items[:n]:
                    if name == "gsm8k" and r.random() < swshare:
                        p = "Jibu swali hili la hesabu. Fikiria hatua kwa hatua.\n" + p  # Swahili track
                    ctx.emit(r, a, t, p, system=sysm, ip=ip, asn=W.NETS[net][0], ua=ua, dev=dev, model=model, out=350, rl=0.02)
                    t += int(r.expovariate(1 / 900.0))


def labeling_vendor(ctx):
    r = ctx.rng("labeling")
    org, pay = ctx.org(r), ctx.pay(r)
    ips = [ctx.net.fresh(r, "liquid_ke") for _ in range(3)]
    tasks = ["Classify the sentiment of this customer message as positive, negative or neutral:\n{x}",
             "Does the following response follow the style guide (polite, under 100 words, no medical advice)? Answer yes/no and why.\n{x}",
             "Rewrite this product description in plain Swahili:\n{x}", "Extract all person names and locations from:\n{x}",
             "Is this question a duplicate of 'how do I reset my PIN'? {x}"]
    for i in range(140):
        a = ctx.account(r, "b_labeling_vendor", org=org, pay=pay, age_days=(10, 500))
        ua, dev = client(r, "web")
        for _ in range(r.randint(15, 90)):
            t = W.when(r, "shift")
            x = T.pick(r, r.choice(["nq", "user", "seed"])) if r.random() < 0.6 else T.local_chat(r, r.choice(["sw", "en", "sheng"]))
            ctx.emit(r, a, t, r.choice(tasks).replace("{x}", x), ip=r.choice(ips), asn=30844, ua=ua, dev=dev, model="savanna-1.5-mini", out=80)


def bank_staff(ctx):
    r = ctx.rng("bank")
    org, pay = ctx.org(r), ctx.pay(r)
    ips = [ctx.net.fresh(r, "liquid_ke") for _ in range(2)]
    for i in range(60):
        a = ctx.account(r, "b_bank_staff", org=org, pay=pay, age_days=(30, 300))
        ua, dev = client(r, "web")
        for _ in range(r.randint(3, 45)):
            t = W.when(r, "office")
            p = T.pick(r, r.choice(["user", "seed", "awesome"])) if r.random() < 0.6 else T.local_chat(r, "en")
            ctx.emit(r, a, t, p, ip=r.choice(ips), asn=30844, ua=ua, dev=dev, model=W.model_for(r, t, "dev"), out=350)


CAFES = [("saf_fibre", 10), ("zuku", 8), ("mtn_ug", 12), ("ttcl", 8), ("ethio_fixed", 10), ("faiba", 6)]


def cafe_infra(ctx, c):
    """Shared café hardware: one public IP, a row of PCs (user agent, browser fingerprint)."""
    net, npc = CAFES[c]
    r = ctx.rng("cafeinfra", c)
    ip = ctx.net.cgnat(r, net) if W.NETS[net][1] == "mobile" else ctx.net.fresh(r, net)
    pcs = [("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36" % r.choice([109, 120, 126, 131]),
            "web-" + W.hexid(r, 16)) for _ in range(npc)]
    return net, ip, pcs


def cybercafes(ctx):
    for c in range(len(CAFES)):
        r = ctx.rng("cafe", c)
        net, ip, pcs = cafe_infra(ctx, c)
        for i in range(50):
            a = ctx.account(r, "b_cybercafe", pay=r.random() < 0.1, age_days=(0, 400))
            for _ in range(r.randint(1, 3)):
                t = W.when(r, "office")
                ua, dev = r.choice(pcs)
                for _ in range(r.randint(1, 6)):
                    x = r.random()
                    p = (T.local_chat(r, "en") if x < 0.35 else T.student(r, T.pick(r, "gsm8k")) if x < 0.5
                         else T.local_chat(r, r.choice(["sw", "am", "lg"])) if x < 0.75 else T.pick(r, r.choice(["user", "awesome", "nq"])))
                    ctx.emit(r, a, t, p, ip=ip, asn=W.NETS[net][0], ua=ua, dev=dev, model=W.model_for(r, t, "casual"), out=400)
                    t += int(r.uniform(40, 400) * 1000)


def families(ctx):
    for h in range(95):
        r = ctx.rng("family", h)
        net = W.pick_w(r, [("saf_mobile", 5), ("airtel_ke", 2), ("mtn_ug", 2), ("voda_tz", 1)])
        phones = [client(r, "app") for _ in range(r.randint(1, 2))]
        parent_pay = ctx.pay(r) if r.random() < 0.55 else None
        members = [ctx.account(r, "b_family_phones", pay=parent_pay or False, age_days=(0, 700)) for _ in range(r.randint(2, 4))]
        for k, a in enumerate(members):
            for _ in range(r.randint(1, 6)):
                t = W.when(r, "student" if k else "mobile")
                ua, dev = r.choice(phones)
                ip = ctx.net.cgnat(r, net, hot=0.3)
                for _ in range(r.randint(1, 5)):
                    p = T.student(r, T.pick(r, r.choice(["gsm8k", "svamp"]))) if k and r.random() < 0.6 else T.local_chat(r, r.choice(["sw", "en", "sheng"]))
                    ctx.emit(r, a, t, p, ip=ip, asn=W.NETS[net][0], ua=ua, dev=dev, model=W.model_for(r, t, "casual"), out=300)
                    t += int(r.uniform(30, 300) * 1000)


def startups(ctx):
    for s in range(45):
        r = ctx.rng("startup", s)
        net = W.pick_w(r, [("aws", 4), ("gcp", 2), ("digitalocean", 1.5), ("hetzner", 1), ("truehost", 1), ("azure", 1)])
        org, pay = ctx.org(r), ctx.pay(r)
        sysm = T.pick(r, "awesome")
        accs = [ctx.account(r, "b_startups", org=org, pay=pay, nkeys=r.randint(1, 3), age_days=(5, 500)) for _ in range(r.randint(1, 3))]
        ip = ctx.net.fresh(r, net)
        ua, dev = client(r, "sdk")
        src = r.choice(["user", "nq", "seed", "arena", "local"])
        for _ in range(int(r.lognormvariate(6.0, 0.8))):
            t = W.when(r, "app")
            p = T.local_chat(r, r.choice(["sw", "en"])) if src == "local" else T.pick(r, src)
            a = r.choice(accs)
            ctx.emit(r, a, t, p, system=sysm, ip=ip, asn=W.NETS[net][0], ua=ua, dev=dev, model=W.model_for(r, t, "dev"),
                     out=300, key=r.choice(a.keys), ctx_toks=int(r.random() * 600))


def infra_users(ctx):
    r = ctx.rng("embed")
    for i in range(20):  # RAG indexing jobs
        a = ctx.account(r, "b_embeddings_rag", age_days=(30, 600))
        net = r.choice(["aws", "gcp", "hetzner", "truehost"])
        ip, (ua, dev) = ctx.net.fresh(r, net), client(r, "sdk")
        for _ in range(r.randint(1, 4)):
            t = W.when(r, "flat")
            for _ in range(r.randint(50, 600)):
                ctx.emit(r, a, t, T.pick(r, r.choice(["awesome", "arena", "nq"]))[:2000], ip=ip, asn=W.NETS[net][0], ua=ua, dev=dev,
                         model="savanna-embed-1", out=0, endpoint="/v1/embeddings")
                t += int(r.uniform(50, 800))
    for i in range(6):  # CI smoke tests / uptime probes
        a = ctx.account(r, "b_ci_probes", age_days=(100, 900))
        ip, (ua, dev) = ctx.net.fresh(r, "azure"), client(r, "sdk")
        period = r.choice([5, 10, 15]) * W.MIN
        msg = r.choice(["Reply with the single word OK.", "ping", "Say hello in Swahili.", "Return {\"status\": \"up\"} as JSON."])
        t = W.W0 + r.randrange(period)
        while t < W.W0 + 2 * W.DAY:
            ctx.emit(r, a, t + r.randint(0, 4000), msg, ip=ip, asn=8075, ua=ua, dev=dev, model=W.model_for(r, t, "newest"), out=3)
            t += period
    org, pay = ctx.org(r), ctx.pay(r)  # a legitimate API reseller passing many end users through few accounts
    accs = [ctx.account(r, "b_aggregator", org=org, pay=pay, nkeys=4, age_days=(200, 500)) for _ in range(4)]
    ips = [ctx.net.fresh(r, "aws") for _ in range(3)]
    ua, dev = client(r, "sdk")
    for _ in range(9000):
        t = W.when(r, "app")
        src = W.pick_w(r, [("user", 2), ("arena", 2), ("awesome", 1), ("nq", 2), ("gsm8k", 1), ("mbpp", 0.5), ("local", 2)])
        p = T.local_chat(r, r.choice(["sw", "en", "am"])) if src == "local" else T.pick(r, src)
        a = r.choice(accs)
        ctx.emit(r, a, t, p, system=T.pick(r, "awesome") if r.random() < 0.3 else None, ip=r.choice(ips), asn=16509, ua=ua, dev=dev,
                 model=W.model_for(r, t, "dev"), out=400, key=r.choice(a.keys), rl=0.01)


def run(ctx) -> None:
    for f in (apps, eval_labs, labeling_vendor, bank_staff, cybercafes, families, startups, infra_users):
        f(ctx)
