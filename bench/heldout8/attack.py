"""Attack populations (distillation campaigns) of heldout8 (see README)."""
from __future__ import annotations

import json

from common import comp, days_range
from texts import CASUAL, HI_STEP
from world import (ASNS, BROWSERS, BROWSER_W, DAY, HOUR, MIN, MODEL_NEW, MODELS_OLD, RELEASE, T0, TZ, browser,
                   hexid, ip_in, lognorm_int, new_account, poisson, session_times, status_of, subnet_in, ua_py,
                   wchoice)

A = "attack"


class Queue:
    """Campaign work queue: items handed out without replacement (disjoint coverage), reshuffled when empty."""

    def __init__(self, rng, items):
        self.rng = rng
        self.items = list(items)
        self.buf: list[str] = []

    def next(self) -> str:
        if not self.buf:
            self.buf = list(self.items)
            self.rng.shuffle(self.buf)
        return self.buf.pop()


# ====================================================================== A1 saffron hydra
HG_OPEN = ["Is sawaal ko", "Neeche diye gaye question ko", "Yeh problem", "Niche wala prashn", "Please is question ko",
           "Bhai is maths question ko", "Is problem ko"]
HG_VERB = ["step by step solve karo", "detail mein hal karo", "poori working ke saath solve karo",
           "har step samjhate hue solve karo", "step-wise hal karke dikhao"]
HG_TAIL = ["aur har step ka reason likho.", "aur final answer alag line mein do.",
           "aur pehle apni poori soch (reasoning) likho, phir answer.", "", "aur answer English mein dena.",
           "aur har step ke peeche ka logic bhi batao."]


def _hinglish(rng, q):
    r = rng.random()
    w = f"{rng.choice(HG_OPEN)} {rng.choice(HG_VERB)} {rng.choice(HG_TAIL)}".strip()
    if r < 0.45:
        return f"{w}\n\n{q}"
    if r < 0.7:
        return f"{q}\n\n{w}"
    if r < 0.85:
        return rng.choice(HI_STEP).format(q=q)
    return f"{q}\n\nSolve step by step. Write out the reasoning behind each step before the final answer."


def saffron_hydra(ctx, n=420):
    """Residential-proxy hydra in India: Hinglish CoT maths harvest with 38% cover chat."""
    rng = ctx.rng("saffron")
    sink = ctx.sink("saffron")
    C = ctx.C
    camp = "saffron-hydra"
    q = Queue(rng, C["gsm8k"] + C["math"] + C["svamp"])
    images = ["mid:" + hexid(rng, 12) for _ in range(3)]
    sdk_ua = ua_py(rng, "1.51.1", "Linux", "3.10.12")
    proxy_asns = [(55836, 40), (24560, 35), (24309, 15), (17488, 10)]
    nacct = ctx.n(n)
    # signups in 14 batches over the three weeks before the trace
    batch_days = sorted(rng.sample(range(2, 22), 14))
    accts = []
    card, card_left = None, 0
    for i in range(nacct):
        bd = batch_days[i % len(batch_days)]
        created = T0 - bd * DAY + rng.randrange(int(2 * HOUR)) + int(rng.choice([10, 11, 15, 20]) * HOUR) - int(5.5 * HOUR)
        if card_left == 0:
            card, card_left = "pf_" + hexid(rng, 16), rng.randrange(3, 6)
        card_left -= 1
        a = new_account(ctx.ids, rng, label=A, population="saffron_hydra", campaign=camp, created_at=created,
                        payment=card, org=None)
        a["image"] = rng.choice(images)
        a["web"] = ("web:" + hexid(rng, 16), browser(rng))
        accts.append(a)
    for a in accts:
        rate = lognorm_int(rng, 24, 0.35, 10, 45)
        for d in days_range(ctx.days):
            times = sorted(session_times(rng, d, TZ["india"], rng.choice(["person", "evening"]), poisson(rng, rate), 6, 55, 6))
            last = 0
            for ts in times:
                if ts - last > 12 * MIN:
                    asn = wchoice(rng, proxy_asns)
                    ip = ip_in(rng, asn)
                last = ts
                if rng.random() < 0.62:
                    item = q.next()
                    prompt = _hinglish(rng, item)
                    kind = "math"
                    model = MODEL_NEW if ts >= RELEASE and rng.random() < 0.7 else MODELS_OLD[0]
                    sink.emit(a, ts, prompt=prompt, system=None, model=model, endpoint="/v1/chat/completions",
                              completion_tokens=comp(rng, kind, True, 0.4), ip=ip, asn=asn, ua=sdk_ua,
                              device=a["image"], status=status_of(rng, 0.012))
                else:
                    r = rng.random()
                    if r < 0.4:
                        p, kind = C.pick(rng, "nq"), "nq"
                        if rng.random() < 0.3:
                            p = "batao " + p
                    elif r < 0.7:
                        p, kind = C.pick(rng, "instr"), "instr"
                    elif r < 0.85:
                        p, kind = C.pick(rng, "arena_short"), "arena"
                    else:
                        p, kind = rng.choice(CASUAL), "casual"
                    sink.emit(a, ts, prompt=p, system=None, model=MODELS_OLD[1], endpoint="/v1/chat/completions",
                              completion_tokens=comp(rng, kind), ip=ip, asn=asn, ua=a["web"][1],
                              device=a["web"][0], status=status_of(rng))
    return accts


# ====================================================================== A2 dune trajectories
TOOLSETS = [
    ("web_search", "search_web", "google_search"), ("python_exec", "run_python", "execute_code"),
    ("read_file", "open_file", "cat_file"), ("write_file", "save_file", "edit_file"),
    ("run_tests", "pytest", "execute_tests"), ("submit", "final_answer", "finish"),
]
TRAJ_ASK = [
    "Produce the complete agent trajectory: for every step write Thought:, Action: (a JSON tool call) and Observation: "
    "(the realistic tool output you expect), until you call {fin}. Do not skip steps.",
    "Solve this as an autonomous agent. Show every step as Thought / Action (JSON tool call) / Observation (the expected "
    "tool output) and finish with {fin}. Include your full reasoning at each step.",
    "Write out the full ReAct trace you would follow with the tools above: Thought, Action as JSON, Observation, repeated "
    "until {fin}. Be explicit about why you choose each tool.",
    "Act as the agent. List each step with your reasoning (Thought), the tool call (Action, JSON) and the tool output you "
    "would expect (Observation). End with a {fin} call containing the final result.",
]


def dune_trajectories(ctx, n_orgs=40):
    """Shell orgs on Gulf cloud, simulated agent trajectories from atlas-3 right after release."""
    rng = ctx.rng("dune")
    sink = ctx.sink("dune")
    C = ctx.C
    camp = "dune-trajectories"
    tasks = Queue(rng, C["mbpp"] + C["humaneval"] + C["instr"] + [t for t in C["arena_short"] if "code" in t.lower() or "python" in t.lower() or "function" in t.lower()])
    subnets = [subnet_in(rng, 16509) for _ in range(3)]
    accts = []
    reg0 = T0 - 6 * DAY + rng.randrange(DAY)
    for oi in range(ctx.n(n_orgs)):
        org = ctx.ids.new("org_")
        pay = "pf_" + hexid(rng, 16)
        ip = ip_in(rng, 16509, rng.choice(subnets))
        tools = [rng.choice(s) for s in TOOLSETS]
        spec = json.dumps([{"type": "function", "name": t, "parameters": {"type": "object", "properties": {"input": {"type": "string"}}}}
                           for t in tools], separators=(",", ":"))
        sysp = rng.choice(["You are an autonomous software agent with access to tools.",
                           "You are a capable agent that solves tasks using tools.",
                           "You are an AI agent. Use the tools to complete the task."]) + "\nTools: " + spec
        created = reg0 + rng.randrange(2 * DAY)
        ua = rng.choice(["python-httpx/0.27.0", "python-httpx/0.27.0", "python-httpx/0.26.0"])
        for _ in range(4):
            a = new_account(ctx.ids, rng, label=A, population="dune_trajectories", campaign=camp,
                            created_at=created + rng.randrange(40 * MIN), org=org, payment=pay)
            accts.append(a)
            # pre-release smoke tests on the old model
            for d in range(ctx.days):
                for ts in session_times(rng, d, 0.0, "flat", poisson(rng, 3), 3, 20):
                    if ts < RELEASE:
                        p = "TASK: " + tasks.next() + "\n\n" + rng.choice(TRAJ_ASK).format(fin=tools[5])
                        sink.emit(a, ts, prompt=p, system=sysp, model=MODELS_OLD[0], endpoint="/v1/responses",
                                  completion_tokens=comp(rng, "trajectory", False, 0.35), ip=ip, asn=16509, ua=ua,
                                  device=None, status=status_of(rng))
            start = RELEASE + int(rng.uniform(1.0, 3.0) * HOUR)
            end = T0 + ctx.days * DAY
            per_day = lognorm_int(rng, 85, 0.25, 40, 160)
            t = start
            while t < end:
                p = "TASK: " + tasks.next() + "\n\n" + rng.choice(TRAJ_ASK).format(fin=tools[5])
                st = status_of(rng, 0.02)
                sink.emit(a, t, prompt=p, system=sysp, model=MODEL_NEW, endpoint="/v1/responses",
                          completion_tokens=comp(rng, "trajectory", False, 0.35), ip=ip, asn=16509, ua=ua,
                          device=None, status=st)
                t += int(rng.expovariate(per_day / DAY)) + 2000
    return accts


# ====================================================================== A3 tri-model prefs
def trimodel_prefs(ctx, n=220):
    """Aged accounts on a GPU cloud sending each real user prompt to 2-3 models (preference/rejection data)."""
    rng = ctx.rng("trimodel")
    sink = ctx.sink("trimodel")
    C = ctx.C
    camp = "tri-model-prefs"
    items = Queue(rng, C["arena_short"] + C["instr"] + C["awesome_short"])
    subnets = [("45.32.77", 20473), ("155.138.201", 20473), ("65.108.93", 24940), ("138.201.52", 24940)]
    ipool = [(ip_in(rng, asn, s), asn) for s, asn in subnets for _ in range(8)]
    ua = ua_py(rng, "1.52.0", "Linux", "3.11.9")
    accts = []
    for _ in range(ctx.n(n)):
        created = T0 - int(rng.uniform(30, 120) * DAY) - rng.randrange(DAY)
        a = new_account(ctx.ids, rng, label=A, population="trimodel_prefs", campaign=camp, created_at=created,
                        payment="pf_" + hexid(rng, 16), org=None)
        accts.append(a)
    # containers: each serves ~4 accounts for 3-6 h, then restarts with a fresh machine id and IP
    rng.shuffle(accts)
    groups = [accts[i:i + 4] for i in range(0, len(accts), 4)]
    recent: list[str] = []
    for g in groups:
        t = T0 - rng.randrange(6 * HOUR)
        end = T0 + ctx.days * DAY
        while t < end:
            life = int(rng.uniform(3, 6) * HOUR)
            mid = "mid:" + hexid(rng, 12)
            ip, asn = rng.choice(ipool)
            # throughput follows the operator's Pacific-time day
            lh = int(((t - 8 * HOUR) % DAY) // HOUR)
            load = [3, 3, 3, 2.5, 2.5, 2, 2, 2.5, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4.5, 4.5, 4, 4, 3.5, 3.5][lh] / 4.2
            per_acct_items = 30 * load * life / DAY  # ~30 items/day/account at average load
            for a in g:
                k = poisson(rng, per_acct_items * rng.uniform(0.7, 1.3))
                for _ in range(k):
                    ts = t + rng.randrange(life)
                    if rng.random() < 0.12:
                        p, kind = rng.choice(CASUAL + C["nq"][:300]), "casual"
                        sink.emit(a, ts, prompt=p, system=None, model=MODELS_OLD[1], endpoint="/v1/chat/completions",
                                  completion_tokens=comp(rng, kind), ip=ip, asn=asn, ua=ua, device=mid)
                        continue
                    if recent and rng.random() < 0.12:
                        item = rng.choice(recent)  # retried by another worker after a timeout
                    else:
                        item = items.next()
                        recent.append(item)
                        if len(recent) > 400:
                            recent.pop(0)
                    if ts >= RELEASE:
                        models = [MODEL_NEW] + rng.sample(MODELS_OLD, rng.choice([1, 1, 2]))
                    else:
                        models = rng.sample(MODELS_OLD, 2)
                    rng.shuffle(models)
                    sysp = rng.choice([None, None, "You are a helpful assistant."])
                    tt = ts
                    for m in models:
                        sink.emit(a, tt, prompt=item, system=sysp, model=m, endpoint="/v1/chat/completions",
                                  completion_tokens=comp(rng, "arena"), ip=ip, asn=asn, ua=ua, device=mid,
                                  status=status_of(rng, 0.01))
                        tt += int(rng.uniform(0.3, 4.0) * 1000)
                    if ts >= RELEASE and rng.random() < 0.25:
                        sink.emit(a, tt + rng.randrange(500, 3000), prompt=item + "\n\nThink carefully and explain your reasoning step by step before answering.",
                                  system=sysp, model=MODEL_NEW, endpoint="/v1/chat/completions",
                                  completion_tokens=comp(rng, "arena", True), ip=ip, asn=asn, ua=ua, device=mid)
            t += life + rng.randrange(30_000, 10 * MIN)
    return accts


# ====================================================================== A4 chameleon ramp
PR_LEAD = ["", "", "Hey, ", "Quick one: ", "I'm stuck on this. ", "Could you help? ", "Hi! ", "Homework check: ",
           "Trying to understand this: ", "ok so ", "Need help please. "]
PR_ASK = ["walk me through", "reason through", "break down", "work through", "show me how to solve", "explain how you'd approach",
          "go through", "talk me through", "solve", "carefully work out"]
PR_DETAIL = ["each step", "every step of your thinking", "your full reasoning", "the thought process one step at a time",
             "all the intermediate steps", "why each step follows", "the logic behind every step", "your reasoning in detail"]
PR_CLOSE = ["before giving the answer.", "and then state the result.", "and double-check at the end.", "then give the final answer.",
            "and say where people usually go wrong.", ".", "and keep it clear.", "and verify your answer."]
PR_SKEL = ["{lead}Can you {ask} this, showing {detail}, {close}\n\n{q}",
           "{lead}{q}\n\nPlease {ask} it and show {detail} {close}",
           "{lead}Please {ask} the following. I want to see {detail} {close}\n{q}",
           "{q}\n\n{lead}{ask} it — {detail}, {close}",
           "{lead}{q}\n(show {detail} {close})"]
CODE_SKEL = ["{lead}{q}\n\nWrite the solution and explain your reasoning for each part of the code.",
             "{lead}Can you {ask} this coding problem, showing {detail}, then give the final code?\n\n{q}",
             "{q}\n\n{lead}Before writing code, think through the approach step by step, then write it."]
ROTATION = ["gsm8k", "math", "code", "svamp"]


def _paraphrase(rng, q, code):
    skel = rng.choice(CODE_SKEL if code else PR_SKEL)
    s = skel.format(lead=rng.choice(PR_LEAD), ask=rng.choice(PR_ASK), detail=rng.choice(PR_DETAIL),
                    close=rng.choice(PR_CLOSE), q=q)
    return s[0].upper() + s[1:]


def chameleon_ramp(ctx, n=200):
    """New app-store accounts on US residential proxies, ramping up and rotating task domains in lockstep."""
    rng = ctx.rng("chameleon")
    sink = ctx.sink("chameleon")
    C = ctx.C
    camp = "chameleon-ramp"
    queues = {"gsm8k": Queue(rng, C["gsm8k"]), "math": Queue(rng, C["math"]), "code": Queue(rng, C["code"]),
              "svamp": Queue(rng, C["svamp"])}
    isps = [(7922, 30), (20115, 22), (701, 15), (7018, 20), (22773, 8)]
    pool = []
    for _ in range(300):
        asn = wchoice(rng, isps)
        pool.append((ip_in(rng, asn), asn))
    accts = []
    for _ in range(ctx.n(n)):
        created = T0 - int(rng.uniform(3, 12) * DAY) - rng.randrange(DAY)
        a = new_account(ctx.ids, rng, label=A, population="chameleon_ramp", campaign=camp, created_at=created,
                        payment="appstore:" + hexid(rng, 16), org=None)
        a["dev"] = "web:" + hexid(rng, 16)
        a["ua"] = rng.choices(BROWSERS, weights=BROWSER_W)[0]
        a["tz"] = TZ[wchoice(rng, [("us_east", 50), ("us_central", 25), ("us_pacific", 25)])]
        accts.append(a)
    for a in accts:
        target = rng.uniform(12, 30)
        for d in days_range(ctx.days):
            age = (T0 + d * DAY - a["created_at"]) / DAY
            ramp = max(0.1, min(1.0, age / 10))
            p_h = 0.3 + 0.5 * ramp
            last = 0
            for ts in sorted(session_times(rng, d, a["tz"], "person", poisson(rng, target * ramp), 4, 110, 10)):
                if ts - last > 15 * MIN:
                    ip, asn = rng.choice(pool)
                last = ts
                if rng.random() < p_h:
                    block = int((ts - T0) // (6 * HOUR))
                    dom = ROTATION[block % 4]
                    item = queues[dom].next()
                    prompt = _paraphrase(rng, item, dom == "code")
                    kind, cot = ("code" if dom == "code" else "math"), True
                    model = MODEL_NEW if ts >= RELEASE and rng.random() < 0.5 else MODELS_OLD[0]
                else:
                    r = rng.random()
                    if r < 0.35:
                        prompt, kind = C.pick(rng, "arena_short"), "arena"
                    elif r < 0.65:
                        prompt, kind = C.pick(rng, "instr"), "instr"
                    elif r < 0.9:
                        prompt, kind = C.pick(rng, "nq"), "nq"
                    else:
                        prompt, kind = rng.choice(CASUAL), "casual"
                    cot = False
                    model = MODELS_OLD[1]
                sink.emit(a, ts, prompt=prompt, system=None, model=model, endpoint="/v1/chat/completions",
                          completion_tokens=comp(rng, kind, cot), ip=ip, asn=asn, ua=a["ua"], device=a["dev"],
                          status=status_of(rng))
    return accts


ALL = [saffron_hydra, dune_trajectories, trimodel_prefs, chameleon_ramp]
