"""Campaign populations, part 2: translation and embedding extraction, a device farm, agent traces,
a front posing as an edtech app, bootcamp sign-ups, a shell software house, Bengali reasoning probes."""
from __future__ import annotations

from . import content as C
from . import net as N
from . import text as T
from .benign import BD_C, size
from .campaigns import batches, cards, cot_template, resi_pool
from .core import ctok
from .world import DAY, HOUR, LAUNCH, MIN, T0, pkt, profile


def translation(g):
    name = "translation_harvest"
    r = g.rng("camp", name)
    n = size(g, name, 70)
    ips = N.subnet(r, 8075, 8) + N.subnet(r, 14061, 8) + N.subnet(r, 8075, 8)
    pays = cards(r, n, (20, 30))
    src = [t for t in T.corpus("userinst") + T.corpus("seed") + T.corpus("arena") + T.corpus("gsm8k") if len(t) < 1500]
    r.shuffle(src)
    targets = ["Urdu", "Bengali", "Roman Urdu (Latin script)", "Bangla written in English letters"]
    tm = ["Translate into {l}. Output only the translation.\n\n{t}", "Translate the text below to {l}, preserving formatting and numbers:\n\"\"\"\n{t}\n\"\"\"",
          "{l} translation please, natural and fluent:\n{t}", "Render this in {l}, then give a literal back-translation into English.\n\n{t}"]
    cur = 0
    for i in range(n):
        ar = g.rng("acct", name, i)
        a = g.account(name, campaign=name, created=g.created(ar, 15, 70), pay=pays[i], clients=[N.sdk(ar, ar.choice(["requests", "httpx", "aster-py"]))],
                      net=g.net_fixed(ar.sample(ips, 3)), region="pk" if i % 2 else "bd", access="fixed", mkind="dev")
        t1 = ar.choice(tm)
        for ts in g.sessions(ar, profile("prod24", a.region, None, None, g.days), g.count(ar, 90, 0.35, 30, 200), (5, 20), (8, 0.5)):
            t, l = src[cur % len(src)], targets[(cur // len(src) + i) % len(targets)]
            cur += 1
            g.emit(a, ar, ts, t1.format(l=l, t=t), int(T.tokens(ar, t) * ar.uniform(1.4, 2.6)))


def embed(g):
    name = "embed_clone"
    r = g.rng("camp", name)
    n = size(g, name, 30)
    ips = N.pool(r, [396982], 40)
    texts = T.corpus("nq") + [s for t in T.corpus("arena") for s in t.split("\n") if 30 < len(s) < 400]
    cur = r.randrange(len(texts))
    for i in range(n):
        ar = g.rng("acct", name, i)
        a = g.account(name, campaign=name, created=g.created(ar, 20, 60), pay=N.payment(ar), clients=[N.sdk(ar, "aster-py")],
                      net=g.net_fixed([ar.choice(ips)]), region="pk", access="fixed", mkind="dev")
        for ts in g.sessions(ar, profile("flat", "pk", None, None, g.days), g.count(ar, 240, 0.3, 100, 500), (20, 60), (1.5, 0.4)):
            g.emit(a, ar, ts, texts[cur % len(texts)], 0, model="aster-embed-2", endpoint="/v1/embeddings")
            cur += 1


def farm(g):
    """A Dhaka phone farm: 20 Redmi phones, SIMs on carrier CGNAT, each phone cycling several accounts."""
    name = "device_farm_dhaka"
    r = g.rng("camp", name)
    n = size(g, name, 140)
    phones = [(N.ua_app(r, "23124RN87G"), N.app_device(r)) for _ in range(20)]
    created = batches(g, r, n, 3, 30, (10, 20))
    wraps = ["{q}\n\nAnswer thoroughly and explain your reasoning step by step.", "{q}\n\nবিস্তারিত ব্যাখ্যা দাও, ধাপে ধাপে চিন্তা করে।",
             "{q}\nexplain in detail how you arrived at the answer", "Think step by step and answer fully:\n{q}"]
    accs = []
    for i in range(n):
        ar = g.rng("acct", name, i)
        accs.append(g.account(name, campaign=name, created=created[i], clients=[phones[i % 20]], region="bd", city="dhk",
                              net=g.net_cgnat(ar, [24389, 24432], "dhk"), access="mobile"))
    prof = profile("farm_shift", "bd", "dhk", "mobile", g.days)
    for p in range(20):
        pr = g.rng("phone", name, p)
        mine = accs[p::20]
        for _ in range(pr.randint(38, 52)):
            a = pr.choice(mine)
            ts, w = prof.sample(pr), pr.choice(wraps)
            addr = a.net(pr, ts)
            for _ in range(pr.randint(3, 9)):
                q = T.pick(pr, "arena") if pr.random() < 0.6 else T.pick(pr, "awesome")[:2000]
                g.emit(a, pr, ts, w.replace("{q}", q), ctok(pr, 800, 0.45), addr=addr)
                ts += int(pr.lognormvariate(3.6, 0.4) * 1000)


TOOLS = ["read_file", "write_file", "run_tests", "search_code", "bash", "apply_patch", "list_dir", "python_exec", "git_diff"]


def agentic(g):
    name = "agentic_traj_harvest"
    r = g.rng("camp", name)
    n = size(g, name, 50)
    ips = N.subnet(r, 16509, 10) + N.subnet(r, 16509, 10)
    pays = cards(r, n, (4, 6))
    for i in range(n):
        ar = g.rng("acct", name, i)
        a = g.account(name, campaign=name, created=g.created(ar, 10, 80), pay=pays[i], clients=[N.sdk(ar, ar.choice(["aster-node", "langchain"]))],
                      net=g.net_fixed(ar.sample(ips, 2)), region="pk", access="fixed", mkind="dev")
        tools = ar.sample(TOOLS, ar.randint(4, 7))
        sysp = (f"You are an autonomous software engineering agent. Tools: {', '.join(tools)}. For every step, write THOUGHT "
                f"(your full reasoning), then ACTION (tool call as JSON), then wait for OBSERVATION. Finish with FINAL.")
        times = g.sessions(ar, profile("prod24", "pk", None, None, g.days), g.count(ar, 80, 0.3, 30, 160), (4, 8), (14, 0.5))
        task, hist = None, ""
        for j, ts in enumerate(times):
            if j == 0 or ar.random() < 0.2:
                task, hist = T.code_q(ar), ""
            else:
                hist += f"\nACTION: {{\"tool\": \"{ar.choice(tools)}\"}}\nOBSERVATION: {ar.choice(['3 passed, 1 failed: AssertionError', 'ok', 'FileNotFoundError', 'exit code 0'])}"
            g.emit(a, ar, ts, f"TASK:\n{task}{hist[-3000:]}\n\nContinue.", ctok(ar, 700, 0.4), system=sysp, endpoint="/v1/responses")


def front(g):
    """A 'tutoring app' that has no students: service accounts sweeping the maths sets around the clock."""
    name = "edtech_front"
    r = g.rng("camp", name)
    org, pay, ips = g.org(), N.payment(r), N.subnet(r, 396982, 3)
    sysp = C.SABAQ_SYS.replace("Sabaq Buddy", "PrepPal").replace("under 250 words", "as long as needed, showing all reasoning")
    items = T.corpus("gsm8k")[:4000] + T.corpus("svamp") + T.corpus("math")[:2500]
    cur = r.randrange(len(items))
    for i in range(5):
        ar = g.rng("acct", name, i)
        a = g.account(name, campaign=name, created=g.created(ar, 25, 50), org=org, pay=pay, nkeys=3,
                      clients=[("preppal-api/0.9.3 aster-python/1.41.0", "ja4:" + N.JA4["py-openssl3"])], net=g.net_fixed(ips),
                      region="pk", access="fixed", mkind="service")
        prof = profile("prod24", "pk", None, None, g.days)
        for _ in range(size(g, f"front{i}", 1500)):
            ts = prof.sample(ar)
            hdr = f"[grade={ar.randint(8, 12)}][board={ar.choice(['BISE-LHR', 'FBISE', 'BIEK'])}]"
            g.emit(a, ar, ts, f"{hdr}\n{items[cur % len(items)]}\nExplain step by step and give the final answer.", ctok(ar, 620, 0.4), system=sysp)
            cur += 1


def bootfarm(g):
    """Accounts opened inside the bootcamp's sign-up hour, on the venue wifi, later moved to proxies."""
    name = "bootcamp_signup_farm"
    wifi = N.subnet(g.rng("bootcamp"), 17557, 2)
    pool = resi_pool(g)
    r = g.rng("camp", name)
    n = size(g, name, 45)
    for i in range(n):
        ar = g.rng("acct", name, i)
        created = pkt(1, 9.6) + int(ar.uniform(0, 1.2) * HOUR)
        a = g.account(name, campaign=name, created=created, clients=[N.sdk(ar, "openai-py")], net=g.net_fixed(wifi),
                      region="pk", city="khi", access="fixed", mkind="dev")
        t = created + int(ar.uniform(3, 30) * MIN)
        for s in ("Say hello in English and Urdu.", "Explain what a large language model is in simple words."):
            t += int(ar.uniform(60, 300) * 1000)
            g.emit(a, ar, t, s, ctok(ar, 150, 0.5))
        wrap = cot_template(ar)
        t = pkt(1, 14) + int(ar.uniform(0, 2) * HOUR)
        for _ in range(g.count(ar, 38, 0.3, 15, 80)):
            t += int(ar.lognormvariate(4.6, 0.6) * 1000)
            m = ar.random() < 0.6
            q = T.math_q(ar) if m else T.code_q(ar)
            g.emit(a, ar, t, wrap(ar, q, m), ctok(ar, 900, 0.4), addr=ar.choice(pool), model="aster-4")


def shell(g):
    """A registered 'software house' whose developers all work through one coding benchmark."""
    name = "shell_softhouse_org"
    r = g.rng("camp", name)
    org, pay = g.org(), N.payment(r)
    ips = N.subnet(r, 23674, 2) + N.subnet(r, 16509, 2)
    items = T.corpus("mbpp") + T.corpus("humaneval")
    cur = 0
    for i in range(size(g, name, 36)):
        ar = g.rng("acct", name, i)
        a = g.account(name, campaign=name, created=g.created(ar, 30, 120), org=org, pay=pay, clients=[N.sdk(ar, "ide")],
                      net=g.net_fixed(ips), region="pk", city="isb", access="fixed", mkind="dev")
        for ts in g.sessions(ar, profile("office", "pk", "isb", "fixed", g.days), g.count(ar, 70, 0.3, 25, 140), (3, 9), (90, 0.5)):
            q = items[cur % len(items)]
            cur += 1
            p = ar.choice(["{q}\n\nSolve, then give 3 alternative solutions and explain the trade-offs step by step.",
                           "{q}\n\nexplain ur reasoning first then code", "Please help with this task, reasoning step by step:\n{q}"])
            g.emit(a, ar, ts, T.typo(ar, p.replace("{q}", q), 0.1), ctok(ar, 1000, 0.4))


def bn_probe(g):
    name = "bn_cot_multilingual"
    r = g.rng("camp", name)
    n = size(g, name, 60)
    pays = cards(r, n, (8, 12))
    asks = ["প্রশ্নটি বাংলায় অনুবাদ করো, তারপর ধাপে ধাপে সমাধান করো এবং প্রতিটি ধাপে তোমার চিন্তা ব্যাখ্যা করো।",
            "Prothome proshnota Banglay onubad koro, tarpor protita dhap er chinta likhe solve koro.",
            "সমাধানের আগে তোমার পুরো যুক্তি ধাপে ধাপে বাংলায় লেখো, শেষে উত্তর দাও।",
            "Answer in Bengali. Show your full chain of reasoning in Bengali before the final answer."]
    for i in range(n):
        ar = g.rng("acct", name, i)
        city = ar.choice(BD_C)
        a = g.account(name, campaign=name, created=g.created(ar, 5, 40), pay=pays[i], clients=g.clients_for(ar, "mixed"),
                      net=g.net_home(ar, N.BD_FIXED), region="bd", city=city, access="fixed")
        ask = ar.choice(asks)
        for ts in g.sessions(ar, profile("consumer", "bd", city, "fixed", g.days), g.count(ar, 44, 0.3, 15, 90), (3, 8), (70, 0.5)):
            g.emit(a, ar, ts, f"{ask}\n\n{T.math_q(ar)}", ctok(ar, 1300, 0.4))


def run(g):
    translation(g)
    embed(g)
    farm(g)
    agentic(g)
    front(g)
    bootfarm(g)
    shell(g)
    bn_probe(g)
