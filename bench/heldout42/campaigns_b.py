"""Campaigns (2/2): agentic-trajectory harvesting, chain-of-thought elicitation,
an embedding sweep, a reseller laundering harvest among real customers, and
accounts that pass for developers."""
from __future__ import annotations

from bench.heldout42 import phrases as P
from bench.heldout42.base import Ctx, Rotating, Static
from bench.heldout42.benign_b import TEST_PROMPTS
from bench.heldout42.campaigns_a import HARVEST_LANG, _harvest, _queue
from bench.heldout42.people import card, consumer, created, developer, key_id, org_id, server, vpn_loc
from bench.heldout42.text import LANG_OF, SYS, agent_tools, answer_stub, chat, corpus, follow, pick, tool_result, wrap
from bench.heldout42.world import DAY, EP_EMB, EP_RESP, HOUR, LAUNCH, MIN, MODEL_EMBED, MODEL_NEW, START

AGENT_GOAL = ["Solve the task below. Before every tool call, write out your complete reasoning, then act. "
              "Verify the result with run() before finish().\n\nTask:\n{q}",
              "Task:\n{q}\n\nWork as an agent: plan, think aloud in detail at each step, call tools, test, finish."]


def agentic_harvest(ctx: Ctx):
    """Cloud workers driving agent loops on benchmark tasks around the clock:
    one tool schema for the whole operation, metronomic steps, long reasoning."""
    rng = ctx.rng("agentic_harvest")
    system = SYS["agent"] + "\n\nTools:\n" + agent_tools(rng, 5)
    queue, qi = _queue(rng, ("humaneval", "mbpp", "mbpp")), 0
    orgs = [org_id(rng) for _ in range(3)]
    for k in range(30):
        a = server(ctx, rng, "agentic_harvest", rng.choice(("google", "microsoft")), camp="c-agentic",
                   org=orgs[k % 3], kinds=("py",), age=(25, 45))
        a.ua = "langchain-vistula/0.6.3 vistula-python/2.4.0"
        for _lane in range(1):
            t = START + rng.randrange(3 * HOUR)
            while t < ctx.end:
                _src, goal = queue[qi % len(queue)]
                qi += 1
                q, ctxt = rng.choice(AGENT_GOAL).replace("{q}", goal), 0
                model = MODEL_NEW if t >= LAUNCH + 20 * MIN else "vistula-1"
                for step in range(rng.randrange(8, 26)):
                    out = rng.randrange(400, 1600)
                    ctx.emit(rng, a, t, q, system=system, ctx_toks=ctxt, model=model, endpoint=EP_RESP, out_toks=out, retry=True)
                    ctxt += out + rng.randrange(200, 1200)
                    q = tool_result(rng, step + 1)
                    t += rng.randrange(3000, 6500)
                t += rng.randrange(90 * MIN, 5 * HOUR)


def cot_elicitation(ctx: Ctx):
    """Accounts behind commercial VPN exits pasting solved problems back and asking
    for the full internal reasoning, in four languages, at human hours."""
    rng = ctx.rng("cot_elicitation")
    cards = [card(rng) for _ in range(4)]
    for k in range(80):
        a = consumer(ctx, rng, "cot_elicitation", camp="c-cot", app_p=0.1, pay_p=0.0, age=(20, 40))
        a.pay, a.x["paid"] = cards[k % 4], True
        a.loc = vpn_loc(ctx, rng, (0.5, 4))
        for d in range(ctx.days):
            for _ in range(rng.randrange(35, 56)):
                ts = ctx.when(rng, "home", a.cc, day=d)
                if rng.random() < 0.2:
                    q = chat(rng, LANG_OF[a.cc], local=0.4)
                else:
                    src = rng.choice(("math", "gsm8k", "arena", "svamp"))
                    q0 = pick(rng, src)
                    q = wrap(rng, P.COT, rng.choice(("en", "en", "pl", "cs", "ro")), q0, answer_stub(rng, q0))
                model = MODEL_NEW if ts >= LAUNCH and rng.random() < 0.7 else "vistula-1"
                ctx.emit(rng, a, ts, q, model=model, out_toks=rng.randrange(700, 2600))


def embed_sweep(ctx: Ctx):
    """OVH servers embedding whole public corpora in order, each a stride of it."""
    rng = ctx.rng("embed_sweep")
    net = ctx.world.clouds["ovh"]
    n = 24
    docs = corpus("nq") + corpus("gsm8k") + corpus("math") + corpus("arena") + corpus("awesome")
    org, pay = org_id(rng), card(rng)
    for k in range(n):
        a = ctx.account(rng, "embed_sweep", "c-embed", org=org if k < 12 else org_id(rng), key=key_id(rng),
                        pay=pay if k < 12 else card(rng), created=created(rng, 10, 14),
                        ua="python-requests/2.32.4", dev=None, loc=Static(net.host(rng), net.asn), cc="PL")
        mine = docs[k::n]
        pos, t = 0, START + rng.randrange(int(ctx.days * DAY * 0.5))
        while pos < len(mine) and t < ctx.end:
            for _ in range(rng.randrange(40, 160)):
                b = rng.choice((1, 1, 1, 2, 3))
                text = "\n".join(s[:1500] for s in mine[pos:pos + b])
                pos += b
                if not text:
                    break
                ctx.emit(rng, a, t, text, model=MODEL_EMBED, endpoint=EP_EMB, out_toks=0, retry=True)
                t += rng.randrange(2500, 9000)
            t += rng.randrange(40 * MIN, 4 * HOUR)


CUSTOMER_SYS = ["You are a helpful assistant.", "You are a customer support agent for an online electronics shop. Be concise.",
                "Jesteś asystentem biura rachunkowego. Odpowiadasz po polsku.", "You write marketing copy for small businesses.",
                "Ești un asistent pentru o agenție imobiliară din Cluj.", "Jsi asistent pro překlady technické dokumentace.",
                "You are a coding assistant. Answer with code first, explanation after.", None, None]


def reseller(ctx: Ctx):
    """'Cheap API' resellers on Hetzner: dozens of downstream keys, real customers'
    traffic with their own system prompts, and about a third harvest spread across keys."""
    rng = ctx.rng("reseller")
    net = ctx.world.clouds["hetzner"]
    queue, qi = _queue(rng, ("math", "mbpp", "humaneval", "gsm8k")), 0
    for o in range(3):
        org, pay = org_id(rng), card(rng)
        ua = ("okhttp/5.1.0", "vistula-node/1.9.2 node/v24.2.0", "vistula-python/2.4.0 httpx/0.28.1 CPython/3.13.3")[o]
        for _ in range(4):
            a = ctx.account(rng, "reseller", "c-resell", org=org, key=None, pay=pay, created=created(rng, 60, 200),
                            ua=ua, dev=None, loc=Rotating([(net.host(rng), net.asn) for _ in range(3)]), cc="PL")
            keys = [key_id(rng) for _ in range(rng.randrange(15, 40))]
            sysp = [rng.choice(CUSTOMER_SYS) if rng.random() < 0.8 else pick(rng, "awesome")[:2000] for _ in keys]
            for _ in range(rng.randrange(420, 650) * ctx.days):
                ts = ctx.when(rng, rng.choice(("home", "flat")), rng.choice(("PL", "RO", "CZ")))
                i = rng.randrange(len(keys))
                if rng.random() < 0.33:
                    src, q = queue[qi % len(queue)]
                    qi += 1
                    q = _harvest(rng, src, q, rng.choice(HARVEST_LANG), cot_p=0.35)
                    system = sysp[i]
                else:
                    q = follow(rng, "en") if rng.random() < 0.1 else chat(rng, rng.choice(("pl", "cs", "ro", "en")), local=0.3)
                    system = sysp[i]
                model = MODEL_NEW if ts >= LAUNCH and rng.random() < 0.6 else rng.choice(("vistula-1", "vistula-1-mini"))
                ctx.emit(rng, a, ts, q, system=system, model=model, key=keys[i], retry=True)


def dev_mimic(ctx: Ctx):
    """Home-broadband 'developers' whose code questions are, between them, HumanEval
    and MBPP without overlap, padded with test pings and small talk."""
    rng = ctx.rng("dev_mimic")
    queue, qi = _queue(rng, ("humaneval", "mbpp")), 0
    for _ in range(40):
        a = developer(ctx, rng, "dev_mimic", cc=rng.choice(("PL", "PL", "CZ")), camp="c-devmimic", kinds=("py", "curl", "req"),
                      age=(30, 400))
        test = rng.choice(TEST_PROMPTS)
        for d in range(ctx.days):
            left = rng.randrange(30, 60)
            while left > 0:
                t = ctx.when(rng, "dev", a.cc, day=d)
                for ts in ctx.session(rng, t, min(left, rng.randrange(4, 15)), 10, 200):
                    r = rng.random()
                    if r < 0.6:
                        _src, q = queue[qi % len(queue)]
                        qi += 1
                        q = wrap(rng, P.CODE, rng.choice(("dev", "en")), q)
                    elif r < 0.82:
                        q = test
                    else:
                        q = chat(rng, LANG_OF[a.cc], local=0.3)
                    model = MODEL_NEW if ts >= LAUNCH and rng.random() < 0.5 else "vistula-1"
                    ctx.emit(rng, a, ts, q, model=model, retry=True)
                    left -= 1
