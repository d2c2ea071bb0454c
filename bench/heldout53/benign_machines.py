"""Benign populations driven by software: coding agents, app backends, relays, batch jobs, bots."""
from __future__ import annotations

from bench.heldout53 import clients as C
from bench.heldout53 import prompt_kit as K
from bench.heldout53 import zh_text as Z
from bench.heldout53.engine import (DAY, HOUR, LAUNCH, MIN, START, Pop, count, ctok, fixed, from_pool,
                                    pick_model, sessions, spread, status_of)
from bench.heldout53.networks import CN_HOME, HK_CLOUD, SG_CLOUD, addr, pool

AGENT_SYSTEM = ("You are Long Code, an autonomous coding agent running in the user's terminal. You can read and "
                "edit files, run shell commands and tests. Think before acting, make minimal diffs, and explain "
                "what you changed. Tools: read_file, write_file, run, search. Respond with a tool call or a final answer.")
AGENT_STEPS = ["Tool result (run): 3 passed, 1 failed\nAssertionError: expected 6, got 5", "Tool result (read_file):\n",
               "Tool result (search): 4 matches", "Tool result (run): exit code 0", "继续", "ok 按你说的改",
               "Tool result (write_file): ok", "Tool result (run): ModuleNotFoundError: No module named 'yaml'"]
APP_SYSTEMS = [
    "你是「学霸帮」App的AI家教，面向中小学生，用简单易懂的语言讲解，必要时分步骤。不要直接给出作业答案，先引导思考。",
    "You are the shopping assistant of an online store. Answer questions about products, shipping and returns politely.",
    "你是一个旅游规划助手，根据用户需求生成行程，输出要包含每天的安排和预算。",
    "你是法律咨询小程序的助手，给出一般性信息，并提醒用户咨询专业律师。",
    "你是心理陪伴应用中的倾听者，语气温和，不做诊断。",
    "You are a resume assistant. Rewrite the user's experience into strong bullet points.",
    "你是企业内部知识库问答助手，只根据提供的资料回答。\n资料：{doc}",
    "你是一名英语口语陪练老师，用英文和用户对话，并纠正语法错误。",
]
BOT_SYSTEMS = ["你是QQ群里的聊天机器人「小龙」，说话幽默简短。", "你是微信群助手，帮大家总结讨论、回答问题，回答不超过100字。",
               "你是游戏公会群的机器人，熟悉各种游戏攻略。", "你是某大学学生会公众号的自动回复助手。"]


def _agent_session(p: Pop, a, t: int, task: str, steps: int, model: str, system: str = AGENT_SYSTEM):
    r = p.rng
    for k in range(steps):
        msg = task if k == 0 else r.choice(AGENT_STEPS) + (K.pick(r, "code")[:600] if r.random() < .3 else "")
        p.emit(a, t, msg, model=model, system=system, ptoks=2500 + 1800 * k + r.randrange(900),
               out=ctok(r, 450), status=status_of(r, 0.02))
        t += int(r.uniform(2, 40) * 1000)
    return t


def b_ide_coding_agents(p: Pop):
    """Developers with coding agents / IDE plugins: bursts of long-context requests during work sessions."""
    r = p.rng
    for _ in range(800):
        kind = r.choice(["agent", "agent", "agent_win", "agent_old", "ide", "ide_jb"])
        office = p.infra.corp[r.randrange(len(p.infra.corp))]
        egress = from_pool(office + p.infra.vpn_exits[r.randrange(240):][:6]) if r.random() < .6 else from_pool(
            p.infra.airport_exits[r.randrange(80):][:5])
        a = p.account(p.age(5, 700), egress, *C.sdk(kind))
        for day in range(2):
            for _ in range(count(r, 1.6)):
                t = sessions(r, day, 1, "dev")[0]
                task = K.pick(r, "code") if r.random() < .5 else K.pick(r, "arena")
                model = pick_model(r, t, {"long-1": 5, "long-r1": 2}, {"long-1": 3, "long-r1": 1, "long-r2": 3})
                _agent_session(p, a, t, task, r.randint(2, 14), model)


def b_app_backends(p: Pop):
    """Startups' app backends: one system prompt, many end users, one or few accounts, cloud IPs."""
    r = p.rng
    for i in range(32):
        system = APP_SYSTEMS[i % len(APP_SYSTEMS)]
        if "{doc}" in system:
            system = system.format(doc=K.pick(r, "paragraphs")[:1500])
        ips = pool(r, r.choice([["ali_cn"], ["tx_cn"], ["ali_intl"], ["tx_intl"], ["aws_hk"]]), r.randint(2, 6))
        a = p.account(p.age(30, 600), from_pool(ips), *C.sdk(r.choice(["py", "httpx", "node", "go", "java"])),
                      org=f"org_{r.getrandbits(40):010x}", nkeys=r.randint(1, 3))
        per_day = r.choice([100, 160, 250, 400])
        gen = {0: K.student, 1: K.casual, 2: K.casual, 3: K.casual, 4: K.casual, 5: K.office, 6: K.office}.get(
            i % len(APP_SYSTEMS), K.general)
        for day in range(2):
            for ts in sessions(r, day, count(r, per_day, 0.2), "app", (1, 1)):
                p.emit(a, ts, gen(r), system=system, model="long-1-mini" if i % 3 else "long-1",
                       status=status_of(r, 0.02), out=ctok(r, 220))


def b_relay_legit(p: Pop):
    """Upstream accounts of API relay stations (中转站) serving many ordinary resold customers."""
    r = p.rng
    for relay, n, kind in (("relay_a", 90, "newapi"), ("relay_b", 70, "oneapi"), ("relay_c", 40, "go")):
        ips, cards = p.infra.relays[relay], p.infra.relay_cards[relay]
        for _ in range(n):
            a = p.account(p.age(2, 200), from_pool(ips), *C.sdk(kind), org=p.infra.relay_org[relay] if r.random() < .7
                          else None, payment=r.choice(cards))
            for day in range(2):
                for ts in sessions(r, day, count(r, r.choice([25, 40, 60]), 0.4), "flat", (1, 4), (1, 30)):
                    g = r.choice([K.general, K.student, K.casual, K.ecommerce, K.creator, K.translate])
                    p.emit(a, ts, g(r), model=pick_model(r, ts, {"long-1": 5, "long-1-mini": 4, "long-r1": 1},
                                                         {"long-1": 4, "long-1-mini": 4, "long-r2": 2}),
                           status=status_of(r, 0.03))


def b_enterprise_proxy(p: Pop):
    """Enterprises behind corporate proxies / dedicated lines: one org, one egress, work hours."""
    r = p.rng
    for c in range(7):
        egress, org = from_pool(p.infra.corp[c]), f"org_{r.getrandbits(40):010x}"
        card = C.card(r)
        for _ in range(r.randint(40, 120)):
            ua, dev = C.browser(r) if r.random() < .6 else C.sdk("java")
            a = p.account(p.age(10, 400), egress, ua, dev, org=org, payment=card)
            for day in range(2):
                for ts in sessions(r, day, count(r, 8), "office", (1, 5), (30, 300)):
                    p.emit(a, ts, K.office(r) if r.random() < .6 else K.general(r), model="long-1")


def b_eval_teams(p: Pop):
    """Model-evaluation teams running full benchmarks (CoT prompts) as batch jobs, incl. long-r2 on launch day."""
    r = p.rng
    sets = ["gsm8k", "math", "humaneval", "mbpp", "svamp"]
    for i in range(7):
        org = f"org_{r.getrandbits(40):010x}"
        ips = pool(r, ["ali_cn", "tx_cn", "aws_hk"], 2)
        a = p.account(p.age(90, 900), from_pool(ips), *C.sdk("py"), org=org, nkeys=2)
        for job in range(r.randint(2, 3)):
            name = sets[(i + job) % len(sets)]
            qs = K.pool(name)
            n = min(len(qs), r.choice([400, 600, 800, 1000]))
            if job == 0 and i % 2 == 0:
                t0, model = LAUNCH + int(r.uniform(1, 4) * HOUR), "long-r2"
            else:
                t0, model = START + r.randrange(2) * DAY + r.choice([1, 2, 14, 20]) * HOUR, r.choice(["long-1", "long-r1"])
            tpl = "{q}\nPlease reason step by step, and put your final answer within \\boxed{{}}." if name in (
                "gsm8k", "math", "svamp") else "Complete the following function.\n{q}"
            for k, ts in enumerate(spread(r, t0, t0 + int(r.uniform(2, 6) * HOUR), n, 0.45)):
                p.emit(a, ts, tpl.format(q=qs[k]), model=model, status=status_of(r, 0.03),
                       out=ctok(r, 2500 if model in ("long-r1", "long-r2") else 380, 0.5))


def b_labeling_vendors(p: Pop):
    """Data-labelling vendors: templated pre-annotation at volume, short outputs."""
    r = p.rng
    for _ in range(22):
        ips = pool(r, ["tx_cn", "ali_cn", "hw_cn"], 2)
        a = p.account(p.age(20, 500), from_pool(ips), *C.sdk(r.choice(["py", "requests", "java"])),
                      org=f"org_{r.getrandbits(40):010x}")
        tpl = r.choice(Z.LABEL_WRAP)
        for day in range(2):
            t0 = START + day * DAY + r.randint(9, 14) * HOUR
            for ts in spread(r, t0, t0 + r.randint(3, 8) * HOUR, count(r, 140, 0.3), 0.5):
                p.emit(a, ts, tpl.format(t=K.pick(r, "nq")), model="long-1-mini", out=int(r.uniform(3, 60)))


def b_chat_bots(p: Pop):
    """WeChat / QQ group bots: one persona system prompt, messages round the clock from many people."""
    r = p.rng
    for i in range(55):
        ip = addr(r, r.choice(["tx_cn", "ali_cn", "ct", "tx_intl"]))
        a = p.account(p.age(30, 900), fixed(ip), *C.sdk(r.choice(["nonebot", "py", "node"])))
        system = BOT_SYSTEMS[i % len(BOT_SYSTEMS)]
        for day in range(2):
            for ts in sessions(r, day, count(r, r.choice([50, 90, 150]), 0.3), "consumer", (1, 8), (3, 60)):
                p.emit(a, ts, r.choice(Z.CHAT_MSGS).format(q=K.pick(r, "nq")), system=system, model="long-1-mini",
                       out=ctok(r, 60))


def b_rag_indexers(p: Pop):
    """RAG indexers: /v1/embeddings over document chunks, bursty backfills plus live queries."""
    r = p.rng
    docs = K.pool("paragraphs")
    for _ in range(30):
        ips = pool(r, ["ali_cn", "tx_intl", "aws_sg", "ali_intl"], 2)
        a = p.account(p.age(15, 600), from_pool(ips), *C.sdk(r.choice(["langchain", "py", "httpx"])))
        for day in range(2):
            t0 = START + day * DAY + r.randint(0, 20) * HOUR
            for ts in spread(r, t0, t0 + int(r.uniform(0.5, 3) * HOUR), count(r, 100, 0.5)):
                d = docs[r.randrange(len(docs))]
                s = r.randrange(max(1, len(d) - 400))
                p.emit(a, ts, d[s:s + r.randint(300, 1200)], model="long-embed-1", endpoint="/v1/embeddings")
            for ts in sessions(r, day, count(r, 25), "office", (1, 3)):
                p.emit(a, ts, K.pick(r, "nq"), model="long-embed-1", endpoint="/v1/embeddings")


def b_retry_storms(p: Pop):
    """Buggy clients: the same request retried in tight loops after 429/5xx."""
    r = p.rng
    for _ in range(25):
        a = p.account(p.age(5, 500), fixed(addr(r, r.choice(["ali_cn", "ct", "tx_intl"]))),
                      *C.sdk(r.choice(["requests", "go", "curl"])))
        for day in range(2):
            for ts in sessions(r, day, count(r, 10), "dev", (1, 2)):
                msg, t = K.general(r), ts
                for k in range(r.choice([1, 1, 3, 10, 30])):
                    st = r.choice([429, 429, 503, 500]) if k < 3 or r.random() < .7 else 200
                    p.emit(a, t, msg, status=st, model="long-1")
                    t += int(r.uniform(0.1, 2.5) * 1000)


def b_agent_automation(p: Pop):
    """RPA / workflow agents on /v1/responses: tool loops with structured JSON, office hours."""
    r = p.rng
    for _ in range(45):
        a = p.account(p.age(20, 500), from_pool(pool(r, HK_CLOUD + ["ali_cn"], 2)), *C.sdk("langchain"),
                      org=f"org_{r.getrandbits(40):010x}")
        for day in range(2):
            for _ in range(count(r, 9)):
                t = sessions(r, day, 1, "office")[0]
                for k in range(r.randint(2, 8)):
                    msg = (K.office(r) if k == 0 else '{"tool_result": "ok", "rows": %d}' % r.randrange(500))
                    p.emit(a, t, msg, endpoint="/v1/responses", model="long-1", system="Return JSON only.",
                           ptoks=900 + 700 * k, out=ctok(r, 150))
                    t += int(r.uniform(1, 12) * 1000)


def b_bootcamp_bulk(p: Pop):
    """A training school bought 60 accounts on one card for a class: same lab IP, same image, same exercises."""
    r = p.rng
    lab = addr(r, "ct")
    card, dev = C.card(r), C.device(r)
    ua = C.BROWSERS[0]
    exercises = [K.pick(r, "mbpp") for _ in range(25)]
    created = START - 3 * DAY + r.randrange(HOUR)
    for _ in range(60):
        a = p.account(created + r.randrange(20 * MIN), fixed(lab), ua, dev, payment=card)
        for day in range(2):
            t = START + day * DAY + 9 * HOUR + r.randrange(40 * MIN)
            for k in range(r.randint(8, 16)):
                ex = exercises[(k + r.randrange(3)) % len(exercises)]
                p.emit(a, t, ex if r.random() < .6 else "这段代码哪里错了？\n" + ex, model="long-1")
                t += int(r.uniform(60, 900) * 1000)


def b_sg_relay_customers(p: Pop):
    """Singapore-hosted small resellers / teams sharing one key pool across staff, overseas Chinese users."""
    r = p.rng
    for _ in range(12):
        ips = pool(r, SG_CLOUD, 2)
        card = C.card(r)
        for _ in range(r.randint(3, 10)):
            a = p.account(p.age(10, 400), from_pool(ips), *C.sdk("newapi"), payment=card)
            for day in range(2):
                for ts in sessions(r, day, count(r, 25), "sg", (1, 6), (5, 120)):
                    p.emit(a, ts, K.general(r), model=pick_model(r, ts, {"long-1": 3, "long-1-mini": 1},
                                                                 {"long-1": 2, "long-r2": 1}))


MACHINES = [b_ide_coding_agents, b_app_backends, b_relay_legit, b_enterprise_proxy, b_eval_teams,
            b_labeling_vendors, b_chat_bots, b_rag_indexers, b_retry_storms, b_agent_automation, b_bootcamp_bulk,
            b_sg_relay_customers]
