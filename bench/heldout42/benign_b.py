"""Benign: organisations and builders (corporate offices, app backends, an
evaluation team, developers with CI, RAG indexers, agent builders)."""
from __future__ import annotations

from bench.heldout42 import phrases as P
from bench.heldout42.base import Ctx
from bench.heldout42.people import card, chat_model, corps, developer, key_id, org_id, server
from bench.heldout42.text import SYS, agent_tools, chat, corpus, follow, pick, tool_result, wrap
from bench.heldout42.world import DAY, EP_EMB, EP_RESP, HOUR, LAUNCH, MIN, MODEL_EMBED, MODEL_NEW, START

TEST_PROMPTS = ["Say hello", "ping", "test", "Hello, world!", "Reply with the single word OK.", "What is 2+2?",
                "Tell me a joke", "Return a JSON object with keys a and b", "Napisz 'działa' jeśli mnie słyszysz.",
                "Odpověz jedním slovem: funguje?", "Spune 'salut' și nimic altceva."]
CI_PROMPTS = ["Respond with exactly: pong", "Return {\"ok\": true} and nothing else.",
              "Summarise in one sentence: The quick brown fox jumps over the lazy dog.",
              "Translate 'good morning' to Polish.", "Classify the sentiment of: 'I love this product' (positive/negative/neutral)",
              "Extract the city from: 'Dostawa do Wrocławia, ul. Legnicka 5'. Answer with the city only."]
SHOP = ["Dobrý den, kde je moje objednávka č. {n}? Měla přijít včera.", "Můžu vrátit {item}, koupil jsem to před {d} dny?",
        "Máte skladem {item}? Potřebuju to do soboty.", "Kolik stojí doprava na Slovensko?",
        "Reklamace: {item} nefunguje, objednávka {n}.", "Jaký je rozdíl mezi {item} a levnější verzí?",
        "Lze platit na dobírku?", "Chci změnit adresu doručení u objednávky {n}."]
ITEMS = ["mixér Vltava 600", "litinovou pánev 28 cm", "kávovar Espresso Duo", "sadu nožů Chef 5", "tlakový hrnec 6 l"]


def corp_offices(ctx: Ctx):
    """Two companies: one org, one corporate card, one system prompt, office egress."""
    rng = ctx.rng("corp_offices")
    for key, n, lang in (("mazowsze", 130, "pl"), ("vltava", 70, "cs")):
        c = corps(ctx)[key]
        for _ in range(n):
            a = c.employee(ctx, rng, "corp_offices")
            for _s in range(rng.randrange(1, 7)):
                t = ctx.when(rng, "office", c.cc, day=0 if rng.random() < 0.93 else 1)
                for ts in ctx.session(rng, t, rng.randrange(1, 8), 30, 600):
                    r = rng.random()
                    if r < 0.3:
                        q = wrap(rng, P.CODE, "dev", pick(rng, rng.choice(("mbpp", "humaneval")))) if rng.random() < 0.4 else pick(rng, "arena")
                    elif r < 0.55:
                        q = chat(rng, lang, local=0.5)
                    elif r < 0.68:
                        q = pick(rng, "awesome")
                    elif r < 0.8:
                        q = follow(rng, lang)
                    else:
                        q = pick(rng, "user")
                    ctx.emit(rng, a, ts, q, system=c.system, model=chat_model(rng, a, ts, 0.35))
        # the ticket summariser integration: shared intranet key, office egress, SDK
        bot = c.employee(ctx, rng, "corp_offices")
        bot.ua, bot.dev, bot.key = "vistula-python/2.4.0 httpx/0.28.1 CPython/3.12.10", None, c.intranet_key
        for _ in range(700 * ctx.days // 2):
            ts = ctx.when(rng, "office", c.cc, day_w=(5, 1))
            ticket = f"[{rng.choice(('BUG', 'OPS', 'SEC', 'HR'))}-{rng.randrange(1000, 9999)}] " + pick(rng, rng.choice(("user", "seed")))
            q = ("Podsumuj zgłoszenie w 3 punktach i zaproponuj priorytet:\n\n" if lang == "pl"
                 else "Shrň požadavek do 3 bodů a navrhni prioritu:\n\n") + ticket
            ctx.emit(rng, bot, ts, q, system=c.system, model="vistula-1-mini", retry=True, out_toks=rng.randrange(60, 220))


def app_backends(ctx: Ctx):
    """Apps proxying thousands of end users through one account and one system prompt."""
    rng = ctx.rng("app_backends")
    # TemaUșoară: Romanian homework-help app on AWS, prod + staging
    prod = server(ctx, rng, "app_backends", "amazon", n_ips=4, kinds=("node",))
    stag = server(ctx, rng, "app_backends", "amazon", n_ips=1, org=prod.org, pay=prod.pay, kinds=("node",))
    for _ in range(6200 * ctx.days):
        ts = ctx.when(rng, "student", "RO")
        r = rng.random()
        if r < 0.55:
            q = wrap(rng, P.STUDY, "ro" if rng.random() < 0.8 else "en", pick(rng, rng.choice(("gsm8k", "svamp", "math"))))
        elif r < 0.75:
            q = follow(rng, "ro")
        else:
            q = chat(rng, "ro", local=0.5)
        st = 429 if 17 <= (ts - START) % DAY // HOUR <= 19 and rng.random() < 0.02 else None
        ctx.emit(rng, prod, ts, q, system=SYS["edtech_ro"], model="vistula-1-mini", ctx_toks=rng.randrange(0, 1600),
                 status=st, retry=True)
    for _ in range(80 * ctx.days):
        ts = ctx.when(rng, "office", "RO")
        for k, t2 in enumerate(ctx.session(rng, ts, rng.randrange(1, 6), 2, 20)):
            ctx.emit(rng, stag, t2, rng.choice(TEST_PROMPTS[:6]) if k else pick(rng, "gsm8k"), system=SYS["edtech_ro"],
                     model=MODEL_NEW if t2 >= LAUNCH and rng.random() < 0.5 else "vistula-1-mini")
    # Kuchyně & Spol: Czech shop assistant on Azure
    shop = server(ctx, rng, "app_backends", "microsoft", n_ips=2, kinds=("py",))
    for _ in range(2600 * ctx.days):
        ts = ctx.when(rng, "home", "CZ")
        q = rng.choice(SHOP).format(n=rng.randrange(100000, 999999), item=rng.choice(ITEMS), d=rng.randrange(2, 40)) \
            if rng.random() < 0.75 else chat(rng, "cs", local=0.6)
        ctx.emit(rng, shop, ts, q, system=SYS["shop_cz"], model="vistula-1-mini", endpoint=EP_RESP,
                 ctx_toks=rng.randrange(200, 900), retry=True, out_toks=rng.randrange(40, 260))
    # Lexiq: Polish document summariser on GCP
    lex = server(ctx, rng, "app_backends", "google", n_ips=2, kinds=("py",))
    lsys = "Jesteś asystentem kancelarii. Streszczasz dokumenty rzetelnie, bez dodawania faktów. Odpowiadasz po polsku."
    for _ in range(800 * ctx.days):
        ts = ctx.when(rng, "office", "PL")
        q = "Streść poniższy dokument w 5 punktach:\n\n" + pick(rng, rng.choice(("awesome", "arena")))
        ctx.emit(rng, lex, ts, q, system=lsys, model=MODEL_NEW if ts >= LAUNCH + HOUR and rng.random() < 0.3 else "vistula-1",
                 retry=True, out_toks=rng.randrange(150, 500))


def eval_team(ctx: Ctx):
    """Brno AI Lab benchmarks vistula-2 against vistula-1: datasets in order, pass@5, SDK retries."""
    rng = ctx.rng("eval_team")
    org, pay = org_id(rng), card(rng)
    eng = [server(ctx, rng, "eval_team", "google", org=org, pay=pay) for _ in range(3)]
    gsm, he, mth = corpus("gsm8k")[-1319:], corpus("humaneval"), corpus("math")[:600]
    runs = [(START + 9 * HOUR, 0, "vistula-1", "gsm", gsm, 1), (LAUNCH + 25 * MIN, 1, MODEL_NEW, "gsm", gsm, 1),
            (LAUNCH + 95 * MIN, 2, MODEL_NEW, "he", he, 5), (LAUNCH + 4 * HOUR, 0, MODEL_NEW, "math", mth, 1),
            (START + DAY + 10 * HOUR, 1, "vistula-1-mini", "gsm", gsm, 1), (START + DAY + 13 * HOUR, 2, "vistula-1", "he", he, 5)]
    tpl = {"gsm": "Q: {q}\nA: Let's think step by step.", "he": "Complete the following function.\n{q}",
           "math": "Problem: {q}\nMark your solution with \\boxed{}."}
    for t, who, model, kind, items, k in runs:
        for q in items:
            for _ in range(k):
                t += rng.randrange(600, 2600)
                st = 429 if rng.random() < 0.02 else None
                ctx.emit(rng, eng[who], t, tpl[kind].replace("{q}", q), system=SYS["eval"], model=model, status=st,
                         retry=True, out_toks=rng.randrange(120, 700))


def developers(ctx: Ctx):
    """Indie developers: the same test prompt fifty times, CI jobs from Azure, vistula-2 too early."""
    rng = ctx.rng("developers")
    azure = ctx.world.clouds["microsoft"]
    for _ in range(420):
        a = developer(ctx, rng, "developers")
        test = rng.choice(TEST_PROMPTS)
        lang = {"PL": "pl", "CZ": "cs", "RO": "ro"}[a.cc]
        early = rng.random() < 0.1
        for _s in range(rng.randrange(1, 6)):
            t = ctx.when(rng, "dev", a.cc)
            for ts in ctx.session(rng, t, rng.randrange(2, 26), 4, 240):
                r = rng.random()
                if r < 0.3:
                    q = test
                elif r < 0.62:
                    q = wrap(rng, P.CODE, "dev", pick(rng, rng.choice(("mbpp", "humaneval")))) if rng.random() < 0.5 else pick(rng, "arena")
                elif r < 0.75:
                    q = chat(rng, lang, local=0.3)
                else:
                    q = pick(rng, rng.choice(("seed", "user")))
                model = MODEL_NEW if (early or ts >= LAUNCH) and rng.random() < 0.4 else rng.choice(("vistula-1", "vistula-1-mini"))
                if rng.random() < 0.06:
                    ctx.emit(rng, a, ts, q, model=MODEL_EMBED, endpoint=EP_EMB, out_toks=0)
                else:
                    ctx.emit(rng, a, ts, q, model=model, retry=True)
        if rng.random() < 0.25:  # CI on every push
            ci_key, ci = key_id(rng), rng.sample(CI_PROMPTS, rng.randrange(2, 5))
            for _ in range(rng.randrange(1, 14)):
                t = ctx.when(rng, "dev", a.cc, day_w=(3, 1))
                ip = (azure.host(rng), azure.asn)
                for q in ci:
                    t += rng.randrange(300, 4000)
                    ctx.emit(rng, a, t, q, model="vistula-1-mini", key=ci_key, dev=None, where=ip,
                             ua="vistula-python/2.4.0 httpx/0.28.1 CPython/3.12.10", retry=True, out_toks=rng.randrange(3, 40))


def rag_indexers(ctx: Ctx):
    """Companies embedding their knowledge bases in nightly batches, then answering with RAG."""
    rng = ctx.rng("rag_indexers")
    clouds = ("amazon", "google", "ovh", "hetzner", "microsoft")
    for _ in range(32):
        a = server(ctx, rng, "rag_indexers", rng.choice(clouds), n_ips=rng.randrange(1, 3))
        lang = rng.choice(("pl", "pl", "cs", "ro", "en"))
        src = rng.choice(("awesome", "arena", "user", "nq", "nq", "seed"))
        docs = corpus(src)
        pos = rng.randrange(len(docs))
        for _j in range(rng.randrange(1, 3)):
            t = ctx.when(rng, "night", "PL")
            for _ in range(rng.randrange(60, 400)):
                t += rng.randrange(150, 1800)
                if src == "nq":
                    chunk = "\n".join(docs[(pos + i) % len(docs)] for i in range(rng.randrange(1, 5)))
                    pos += 4
                else:
                    d = docs[pos % len(docs)]
                    off = rng.randrange(0, max(1, len(d) - 800))
                    chunk = d[off: off + 1000]
                    pos += 1
                ctx.emit(rng, a, t, chunk, model=MODEL_EMBED, endpoint=EP_EMB, out_toks=0, retry=True)
        rag_sys = "Answer using only the provided context. Cite the source ids. If the context is insufficient, say so."
        for _ in range(rng.randrange(10, 80) * ctx.days):
            ts = ctx.when(rng, "office", "PL")
            q = chat(rng, lang, local=0.4) if rng.random() < 0.6 else pick(rng, "nq")
            ctx.emit(rng, a, ts, q, model=MODEL_EMBED, endpoint=EP_EMB, out_toks=0)
            ctx.emit(rng, a, ts + rng.randrange(80, 400), q, system=rag_sys, ctx_toks=rng.randrange(1500, 6500),
                     model="vistula-1-mini", retry=True)


def agent_builders(ctx: Ctx):
    """Developers running tool-use agents: long growing contexts, same tool schema every call."""
    rng = ctx.rng("agent_builders")
    for _ in range(130):
        a = developer(ctx, rng, "agent_builders", kinds=("py", "node"))
        if rng.random() < 0.3:
            a.ua = "langchain-vistula/0.6.3 vistula-python/2.4.0"
        system = SYS["agent"] + "\n\nTools:\n" + agent_tools(rng, rng.randrange(3, 8))
        ep = EP_RESP if rng.random() < 0.6 else "/v1/chat/completions"
        for _r in range(rng.randrange(2, 12)):
            t = ctx.when(rng, "dev", a.cc)
            goal = rng.choice((pick(rng, "arena"), wrap(rng, P.CODE, "dev", pick(rng, "mbpp")), pick(rng, "user")))
            model = MODEL_NEW if t >= LAUNCH and rng.random() < 0.5 else "vistula-1"
            ctxt, q = 0, goal
            for step in range(rng.randrange(4, 31)):
                out = rng.randrange(60, 900)
                st = ctx.emit(rng, a, t, q, system=system, ctx_toks=ctxt, model=model, endpoint=ep, out_toks=out, retry=True)
                if st not in (200, 0):
                    break
                ctxt += out + rng.randrange(150, 2500)
                q = tool_result(rng, step + 1)
                t += rng.randrange(2000, 25000)
