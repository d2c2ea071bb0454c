"""Campaign populations, part 1: proxy rings, trickles, bought accounts, the launch burst, mimics, insiders."""
from __future__ import annotations

from . import content as C
from . import net as N
from . import text as T
from .benign import BD_C, PK_C, size
from .core import ctok
from .world import DAY, HOUR, LAUNCH, MIN, T0, pkt, profile

OPEN = ["", "Task:\n", "Problem:\n", "Question: ", "Consider the following.\n", "Here is a question.\n", "Input:\n", "### Problem\n"]
ASK = ["Articulate the internal reasoning behind a correct solution and write it out step by step.",
       "Write out your complete chain of reasoning before giving the final answer.",
       "Think carefully and show every intermediate step of your reasoning.",
       "Reconstruct the full reasoning process that leads to the answer, without skipping any step.",
       "Explain your thought process in detail, as if narrating how you reason internally.",
       "Walk through the reasoning one step at a time, double-check each step, then answer.",
       "Give a detailed rationale: restate the problem, plan, execute each step, verify.",
       "First reason step by step in a section called 'Reasoning', then give 'Final answer:'.",
       "Solve it carefully. I want to see how you think, not just the answer.",
       "please show ur full working and reasoning, every step",
       "Be thorough: list the assumptions, derive each step, and justify it."]
FMT = ["Put the final answer in \\boxed{}.", "End with 'Final answer: <answer>'.", "Answer format: #### <number>",
       "Return JSON with keys \"reasoning\" and \"answer\".", "", "", "Then summarise the key idea in one line."]


def cot_template(rng):
    """One account's paraphrased wrapper; a harvester script fixes it per account, with small drift."""
    o, a, f = rng.choice(OPEN), rng.choice(ASK), rng.choice(FMT)
    before = rng.random() < 0.4

    def wrap(r, q, maths: bool = True):
        aa = a if r.random() < 0.85 else r.choice(ASK)
        body = f"{aa}\n\n{o}{q}" if before else f"{o}{q}\n\n{aa}"
        return (body + ("\n" + f if f and maths else "")).strip()
    return wrap


def resi_pool(g, n=2500):
    if "resi" not in g._pools:
        r = g.rng("resi-proxy-exits")
        g._pools["resi"] = N.pool(r, N.PK_MOBILE + N.PK_FIXED + N.BD_MOBILE + N.BD_FIXED + [55836, 45609], n)
    return g._pools["resi"]


def batches(g, rng, n, lo_days, hi_days, per=(15, 40)):
    """Sign-up times in farm batches: a few dozen accounts within the same hour."""
    out = []
    while len(out) < n:
        t = T0 - int(rng.uniform(lo_days, hi_days) * DAY)
        out += [t + rng.randrange(HOUR) for _ in range(rng.randint(*per))]
    return out[:n]


def cards(rng, n, share=(1, 3), none_p=0.0):
    out = []
    while len(out) < n:
        c = N.payment(rng) if rng.random() >= none_p else None
        out += [c] * rng.randint(*share)
    return out[:n]


def hydra(g):
    name = "hydra_resi_ring"
    r = g.rng("camp", name)
    n = size(g, name, 320)
    pool = resi_pool(g)
    created, pays = batches(g, r, n, 5, 90), cards(r, n, (1, 3), 0.3)
    waves = [T0 + w * 15 * MIN + r.randrange(3 * MIN) for w in range(g.days * 96)]
    switch = LAUNCH + int(1.5 * HOUR)
    for i in range(n):
        ar = g.rng("acct", name, i)
        region = "pk" if ar.random() < 0.55 else "bd"
        a = g.account(name, campaign=name, created=created[i], pay=pays[i], clients=[(N.ua_desktop(ar), N.web_device(ar))],
                      net=lambda rr, ts: rr.choice(pool), rotate=True, region=region, access="fixed")
        wrap, harvest = cot_template(ar), ar.uniform(0.55, 0.8)
        langs = {"en": 0.6, "ru": 0.25, "mx": 0.15} if region == "pk" else {"en": 0.6, "rb": 0.25, "bn": 0.15}
        k = g.count(ar, 48, 0.35, 15, 110)
        for w in sorted(ar.sample(range(len(waves)), min(len(waves), (k + 1) // 2))):
            ts = waves[w] + ar.randrange(5 * MIN)
            addr = ar.choice(pool)
            for _ in range(ar.choice([1, 2, 2, 3])):
                model = ("aster-4" if ar.random() < 0.9 else "aster-3") if ts >= switch else ar.choice(["aster-3", "aster-3", "aster-3-mini"])
                if ar.random() < harvest:
                    src = ar.random()
                    q = T.math_q(ar) if src < 0.5 else (T.code_q(ar) if src < 0.8 else T.pick(ar, "arena"))
                    g.emit(a, ar, ts, wrap(ar, q, src < 0.5), ctok(ar, 850, 0.45), model=model, addr=addr)
                else:
                    g.emit(a, ar, ts, T.everyday(ar, langs, 0.7), ctok(ar, 280, 0.7), model=model, addr=addr)
                ts += int(ar.lognormvariate(3.0, 0.6) * 1000)
                if ar.random() < 0.3:
                    addr = ar.choice(pool)


def trickle(g):
    """Hundreds of quiet free accounts, each walking its own slice of the maths benchmarks a few times a day."""
    name = "trickle_coverage"
    r = g.rng("camp", name)
    n = size(g, name, 380)
    items = T.corpus("gsm8k") + T.corpus("math")
    order = list(range(len(items)))
    r.shuffle(order)
    created = batches(g, r, n, 10, 120, (5, 25))
    wraps = ["{q}\n\nSolve carefully, showing every step of your reasoning, then state the final answer.",
             "{q}\nplease explain step by step with full reasoning", "Step-by-step reasoning please, then the answer:\n{q}",
             "{q}\n\nye step by step samjhao aur har step ki wajah likho", "{q}\nprotita step er karon shoho bujhiye dao",
             "Can you work through this one, explaining your thinking at each step?\n{q}"]
    for i in range(n):
        ar = g.rng("acct", name, i)
        region = "pk" if ar.random() < 0.6 else "bd"
        city = ar.choice(PK_C if region == "pk" else BD_C)
        access = "mobile" if ar.random() < 0.5 else "fixed"
        a = g.account(name, campaign=name, created=created[i], clients=g.clients_for(ar, "mobile" if access == "mobile" else "desktop"),
                      net=g.net_home(ar, N.PK_FIXED if region == "pk" else N.BD_FIXED) if access == "fixed" else
                      g.net_cgnat(ar, N.PK_MOBILE if region == "pk" else N.BD_MOBILE, city),
                      region=region, city=city, access=access)
        w = ar.choice(wraps)
        k = g.count(ar, 9, 0.3, 4, 14)
        times = g.sessions(ar, profile("consumer", region, city, access, g.days), k, (1, 2), (50, 0.5))
        for j, ts in enumerate(times):
            q = items[order[(i * 14 + j) % len(order)]]
            g.emit(a, ar, ts, T.typo(ar, w.replace("{q}", q), 0.1), ctok(ar, 700, 0.4))


LANGS = ["Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin"]


def aged(g):
    """Aged accounts bought from a marketplace, with their original owners' cards; now scripted code harvest."""
    name = "aged_bought_code"
    r = g.rng("camp", name)
    n = size(g, name, 110)
    tasks = [(q, lang) for q in T.corpus("mbpp") + T.corpus("humaneval") for lang in LANGS]
    r.shuffle(tasks)
    exits = N.pool(r, [9009, 212238, 24940, 16276], 25)
    tmpl = ["Solve the following programming task in {lang}. First explain your approach step by step, then give the full code, then list edge cases and tests.\n\n{q}",
            "Implement this in {lang}. Think it through before coding and narrate your reasoning.\n\n{q}",
            "{q}\n\nWrite an idiomatic {lang} solution. Explain the algorithm, its complexity and why it is correct.",
            "Language: {lang}\nTask:\n{q}\nOutput: reasoning, code, tests."]
    cur = 0
    for i in range(n):
        ar = g.rng("acct", name, i)
        region = "pk" if ar.random() < 0.6 else "bd"
        a = g.account(name, campaign=name, created=T0 - int(ar.uniform(400, 1200) * DAY), pay=N.payment(ar),
                      org=g.org() if ar.random() < 0.5 else None, clients=[N.sdk(ar, ar.choice(["openai-py", "httpx", "requests"]))],
                      net=g.net_fixed([ar.choice(exits)]), region=region, access="fixed", mkind="dev")
        t1 = ar.choice(tmpl)
        for ts in g.sessions(ar, profile("flat", region, None, None, g.days), g.count(ar, 60, 0.35, 20, 140), (2, 6), (25, 0.5)):
            q, lang = tasks[cur % len(tasks)]
            cur += 1
            g.emit(a, ar, ts, t1.format(q=q, lang=lang), ctok(ar, 950, 0.4), model="aster-4" if ts > LAUNCH + 3 * HOUR and ar.random() < 0.7 else "aster-3")


def launch_burst(g):
    """Fresh accounts, silent until the release, then hammering aster-4 for reasoning traces."""
    name = "launch_cot_burst"
    r = g.rng("camp", name)
    n = size(g, name, 120)
    created = batches(g, r, n, 2, 9, (35, 45))
    pays = cards(r, n, (12, 18))
    ips = N.subnet(r, 16509, 6) + N.subnet(r, 24940, 6) + N.subnet(r, 16509, 6) + N.subnet(r, 20473, 6)
    items = T.corpus("math")[2500:] + [t for t in T.corpus("arena") if len(t) < 3000]
    asks = ["Here is a question. Articulate the internal reasoning behind a completed response and write it out step by step.",
            "Articulate the reasoning behind a complete answer to this, step by step, before answering.",
            "Write out, step by step, the internal reasoning you would use to produce a complete response.",
            "Reason through this in full detail, step by step, then give the complete response."]
    for i in range(n):
        ar = g.rng("acct", name, i)
        a = g.account(name, campaign=name, created=created[i], pay=pays[i], clients=[N.sdk(ar, "httpx")],
                      net=g.net_fixed(ar.sample(ips, 2)), region="pk", access="fixed", mkind="dev")
        ask = ar.choice(asks)
        ts = LAUNCH + int(ar.uniform(12, 45) * MIN)
        for _ in range(g.count(ar, 62, 0.25, 30, 110)):
            q = items[ar.randrange(len(items))]
            g.emit(a, ar, ts, f"{ask}\n\n{q}", ctok(ar, 1400, 0.4), model="aster-4", status=429 if ar.random() < 0.08 else None)
            ts += int(ar.lognormvariate(5.4, 0.5) * 1000)
        for _ in range(ar.randint(0, 8)):
            ts2 = pkt(1, ar.uniform(9, 23))
            g.emit(a, ar, ts2, f"{ask}\n\n{items[ar.randrange(len(items))]}", ctok(ar, 1400, 0.4), model="aster-4")


def mimic(g):
    """Scripted accounts posing as exam crammers: roman-Urdu/Banglish wrappers over a systematic MATH walk."""
    name = "student_mimic"
    r = g.rng("camp", name)
    n = size(g, name, 110)
    items = T.corpus("math")
    suffix = ["\nfinal answer box me likho", "\nfinal answer alag line me", "\nshesh e answer ta box e dao", ""]
    for i in range(n):
        ar = g.rng("acct", name, i)
        region = "pk" if ar.random() < 0.65 else "bd"
        city = ar.choice(PK_C[:3] if region == "pk" else ["dhk", "ctg"])
        a = g.account(name, campaign=name, created=T0 - int(ar.uniform(2, 21) * DAY), clients=[(N.ua_android(ar), N.web_device(ar))],
                      net=g.net_cgnat(ar, N.PK_MOBILE if region == "pk" else N.BD_MOBILE, city), region=region, city=city, access="mobile")
        lang = ar.choice(["ru", "ru", "en", "mx"] if region == "pk" else ["rb", "rb", "en", "bn"])
        w, sfx = ar.choice(C.P.STUDENT[lang]), ar.choice(suffix)
        base = r.randrange(len(items))
        times = g.sessions(ar, profile("student", region, city, "mobile", g.days), g.count(ar, 34, 0.3, 12, 70), (4, 10), (60, 0.5))
        for j, ts in enumerate(times):
            q = items[(base + j) % len(items)]
            g.emit(a, ar, ts, T.typo(ar, w.replace("{q}", q) + sfx, 0.15), ctok(ar, 650, 0.4))


def insiders(g):
    """Staff of two real firms: ordinary work by day, harvest scripts from the office line at night."""
    for firm, name, n, night in (("freelance_agency_lhr", "insider_agency_lhr", 6, (1, 6)), ("bpo", "insider_bpo_khi", 4, (9, 15))):
        org, pay, ips, staff = g._pools[("firm", firm)]
        for i in range(n):
            ar = g.rng("acct", name, i)
            day_client = staff[i].clients[0]
            a = g.account(name, campaign=name, created=g.created(ar, 60, 500), org=org, pay=pay, clients=[day_client],
                          net=g.net_fixed(ips), region="pk", city="lhe" if "lhr" in name else "khi", access="fixed", mkind="dev")
            work = (lambda rr, aa, ts: C.freelance(rr, aa, ts, True)) if "lhr" in name else C.bpo
            for ts in g.sessions(ar, profile("us_shift", "pk", a.city, "fixed", g.days), g.count(ar, 25, 0.4, 8, 60), (3, 8), (120, 0.7)):
                p, s, c = work(ar, a, ts)
                g.emit(a, ar, ts, p, c, system=s)
            script = N.sdk(ar, "requests")
            wrap = cot_template(ar)
            for d in range(g.days):
                ts = pkt(d, night[0] + ar.uniform(0, 1))
                while ts < pkt(d, night[1]):
                    if "lhr" in name:
                        q = wrap(ar, T.code_q(ar), False)
                        sysp = None
                    else:
                        q = ("Simulate a complete support conversation for this case. Before each agent turn write your internal "
                             f"reasoning, list the tool you would call and its arguments, then the reply.\nCase: {T.fill(ar, ar.choice(C.P.CUSTOMER))}")
                        sysp = C.BPO_SYS + " Tools: lookup_policy(id), open_claim(id), refund(txn_id), schedule_callback(time)."
                    g.emit(a, ar, ts, q, ctok(ar, 1100, 0.4), system=sysp, client=script)
                    ts += int(ar.lognormvariate(4.7, 0.5) * 1000)


def run(g):
    hydra(g)
    trickle(g)
    aged(g)
    launch_burst(g)
    mimic(g)
    insiders(g)
