"""Distillation campaigns, part 1: proxy hydras, launch blitz, phone farm, slow drip, agent traces, multilingual."""
from __future__ import annotations

from . import text as T
from . import world as W
from .sim import client

PROXY_MOB = [("saf_mobile", 5), ("airtel_ke", 2), ("mtn_ug", 2), ("voda_tz", 1.5), ("mtn_rw", 0.5)]


def cot_math(r, perturb=0.3, strength=0.5, lang="en"):
    p = T.pick(r, W.pick_w(r, [("gsm8k", 4), ("math", 4), ("svamp", 1)]))
    if r.random() < perturb:
        p = T.perturb_numbers(r, p)
    c = T.paraphrase(r, r.choice(T.COT), strength) if lang == "en" else r.choice(T.COT_SW if lang == "sw" else T.COT_AM)
    return (c + "\n\n" + p) if r.random() < 0.5 else (p + "\n\n" + c)


def code_task(r, strength=0.5):
    p = T.pick(r, r.choice(["mbpp", "humaneval"])) if r.random() < 0.7 else T.code_arena(r)
    tail = T.paraphrase(r, r.choice(["Explain your approach step by step before the code, then give tests.",
                                     "Show your complete reasoning, then the final solution in one code block.",
                                     "Walk through the algorithm, its complexity, and edge cases, then write the code."]), strength)
    return p + "\n\n" + tail


def cover(r):
    x = r.random()
    return T.pick(r, "nq") if x < 0.4 else T.local_chat(r, r.choice(["sw", "en", "sheng"])) if x < 0.7 else T.pick(r, r.choice(["user", "seed"]))


def hydra(ctx):
    """'kilimanjaro-hydra': 220 accounts behind rotating mobile proxies, 12 prepaid cards, app UA spoofed."""
    r = ctx.rng("c", "hydra")
    cards = [ctx.pay(r) for _ in range(12)]
    batches = [W.W0 - int(r.uniform(3, 25) * W.DAY) for _ in range(6)]
    for i in range(220):
        a = ctx.account(r, "c_hydra_proxy", "kilimanjaro-hydra", pay=r.choice(cards) if r.random() < 0.85 else False,
                        created=r.choice(batches) + r.randint(0, 5 * W.HOUR))
        ua, dev = W.app_ua(r), "inst-" + W.hexid(r, 16)
        sticky = r.random() < 0.5  # sticky proxy sessions vs a new exit per request
        for _ in range(r.randint(4, 12)):
            t = W.when(r, "mobile")
            net = W.pick_w(r, PROXY_MOB)
            ip = ctx.net.cgnat(r, net)
            for _ in range(r.randint(3, 9)):
                if not sticky:
                    net = W.pick_w(r, PROXY_MOB)
                    ip = ctx.net.cgnat(r, net)
                x = r.random()
                p = cot_math(r) if x < 0.62 else code_task(r) if x < 0.78 else cover(r)
                ctx.emit(r, a, t, p, ip=ip, asn=W.NETS[net][0], ua=ua, dev=dev, model=W.model_for(r, t, "reason"),
                         out=700 if x < 0.78 else 200)
                t += int(r.uniform(20, 240) * 1000)


def launch_blitz(ctx):
    """'dawn-sprint': 45 dormant aged accounts wake within 90 minutes of each launch and sweep hard tasks."""
    r = ctx.rng("c", "blitz")
    for i in range(45):
        a = ctx.account(r, "c_launch_blitz", "dawn-sprint", age_days=(200, 650))
        net = r.choice(["hetzner", "contabo", "digitalocean"])
        ip = ctx.net.fresh(r, net)
        ua, dev = W.sdk(r, "python-httpx")
        for launch, model, n in ((W.LAUNCH_A, "savanna-2", r.randint(180, 420)), (W.LAUNCH_B, "savanna-2-reasoner", r.randint(80, 220))):
            t = launch + int(r.uniform(10, 90) * W.MIN)
            for _ in range(n):
                x = r.random()
                p = cot_math(r, 0.0, 0.3) if x < 0.5 else T.pick(r, "arena") if x < 0.75 else code_task(r, 0.3)
                ctx.emit(r, a, t, p, ip=ip, asn=W.NETS[net][0], ua=ua, dev=dev, model=model, out=900, rl=0.07)
                t += int(r.uniform(20, 160) * 1000)
        if r.random() < 0.5:  # a little pre-launch "normal" use to keep the accounts warm
            for _ in range(r.randint(1, 4)):
                t = W.when(r, "office", W.W0, W.LAUNCH_A)
                ctx.emit(r, a, t, cover(r), ip=ip, asn=W.NETS[net][0], ua=ua, dev=dev, model="savanna-1.5", out=200)


SHENG_PRE = ["", "", "boss amesema hii: ", "task 14 - ", "next one. ", "hii pia: ", "ok "]


def phone_farm(ctx):
    """'phone-farm-eastlands': 30 real Android phones, 3 accounts per phone, 6 agent M-Pesa numbers, shift hours, typed prompts."""
    r = ctx.rng("c", "farm")
    pays = [ctx.pay(r) for _ in range(6)]
    cell = [ctx.net.cgnat(r, "saf_mobile") for _ in range(14)]  # the same few towers
    phones = [client(r, "app") for _ in range(30)]
    for i in range(90):
        a = ctx.account(r, "c_click_farm", "phone-farm-eastlands", pay=pays[i % 6], age_days=(1, 30))
        ua, dev = phones[i // 3]
        for _ in range(r.randint(3, 7)):
            t = W.when(r, "shift")
            for _ in range(r.randint(3, 12)):
                p = code_task(r, 0.8) if r.random() < 0.55 else cot_math(r, 0.2, 0.8)
                p = r.choice(SHENG_PRE) + T.paraphrase(r, p, 0.7, typos=0.012)
                ctx.emit(r, a, t, p, ip=r.choice(cell), asn=33771, ua=ua, dev=dev, model=W.model_for(r, t, "dev"), out=650)
                t += int(r.uniform(60, 300) * 1000)


PERSONAS = [None, None, "You are an expert tutor who always shows complete reasoning before answering.",
            "You are a meticulous senior engineer. Think aloud thoroughly."]


def slow_drip(ctx):
    """'slow-drip': 110 bought aged accounts, sticky residential proxies, 4-10 requests/day, arena prompts + CoT suffix."""
    r = ctx.rng("c", "drip")
    for i in range(110):
        a = ctx.account(r, "c_slow_drip", "slow-drip", age_days=(365, 1100))
        net = W.pick_w(r, [("comcast", 2), ("bt", 1.5), ("dtag", 1), ("saf_fibre", 2), ("zuku", 1.5)])
        ip = ctx.net.fresh(r, net)
        ua, dev = client(r, "web")
        sysm = r.choice(PERSONAS)
        for _ in range(r.randint(8, 20)):
            t = W.when(r, "flat")
            p = T.pick(r, "arena") if r.random() < 0.7 else T.pick(r, "math")
            p += "\n\n" + T.paraphrase(r, r.choice(T.COT), 0.9)
            ctx.emit(r, a, t, p, system=sysm, ip=ip, asn=W.NETS[net][0], ua=ua, dev=dev, model=W.model_for(r, t, "reason"), out=1200)


AGENT_SCAFFOLDS = [
    "You are an autonomous agent operating in a sandbox. Available tools (JSON schema): "
    '[{"name":"search","parameters":{"q":"string"}},{"name":"browse","parameters":{"url":"string"}},'
    '{"name":"python","parameters":{"code":"string"}},{"name":"sql","parameters":{"query":"string"}},{"name":"finish","parameters":{"answer":"string"}}]. '
    "At every step write Thought:, then Action: with one JSON tool call.",
    "SYSTEM: You control a computer through tools bash, editor, http_get and submit. Before each tool call, reason in detail "
    "about the state and plan. Format: <reasoning>...</reasoning><tool_call>{...}</tool_call>",
    "You are a ReAct agent. Tools: calculator(expr), lookup(entity), run_sql(query), send_email(to, body), calendar(date). "
    "Respond with Thought / Action / Action Input. Be exhaustive in Thought.",
]
DOMAINS = ["flight booking", "hotel refund", "SQL sales report", "CSV cleanup", "git merge conflict", "web scraping a price list",
           "calendar scheduling", "invoice reconciliation", "unit test repair", "API pagination", "log anomaly triage", "spreadsheet pivot"]
OBS = ["HTTP 200, 37 rows returned", "Error: column 'amount' does not exist", "Search returned 5 results", "File saved",
       "Timeout after 30s", "Exit code 1: AssertionError", "{\"status\": \"pending\"}"]


def tool_trace(ctx):
    """'tool-trace': 40 self-serve accounts generating agent trajectories 24/7 from cloud, 5 shared cards."""
    r = ctx.rng("c", "tooltrace")
    cards = [ctx.pay(r) for _ in range(5)]
    for i in range(40):
        a = ctx.account(r, "c_tool_trace", "tool-trace", pay=cards[i % 5], age_days=(5, 60), nkeys=2)
        ip = ctx.net.fresh(r, "aws")
        ua, dev = W.sdk(r, "python-httpx")
        sysm = r.choice(AGENT_SCAFFOLDS)
        t = W.W0 + r.randrange(W.HOUR)
        while t < W.W0 + 2 * W.DAY:
            task = "%s: %s (variant %d)" % (r.choice(DOMAINS), T.pick(r, r.choice(["user", "seed"]))[:300], r.randint(1, 999))
            for k in range(r.randint(4, 14)):
                p = "Task: %s\nStep %d. Observation: %s\nDecide the next action." % (task, k + 1, r.choice(OBS))
                ctx.emit(r, a, t, p, system=sysm, ip=ip, asn=16509, ua=ua, dev=dev, model=W.model_for(r, t, "reason"),
                         out=600, ctx_toks=800 * k + r.randint(0, 400), key=r.choice(a.keys))
                t += int(r.uniform(4, 30) * 1000)
            t += int(r.expovariate(1 / 3000.0) * 1000)


LANG_T = ["Translate this problem into {l}, then solve it in {l}, showing every reasoning step.",
          "Andika swali hili kwa {l} kisha ulitatue hatua kwa hatua kwa {l}.",
          "First restate in {l}. Then give a complete worked solution in {l}, no steps skipped."]


def lugha(ctx):
    """'lugha-harvest': 70 mostly free accounts harvesting multilingual reasoning traces through mobile proxies."""
    r = ctx.rng("c", "lugha")
    cards = [ctx.pay(r) for _ in range(3)]
    for i in range(70):
        a = ctx.account(r, "c_lugha", "lugha-harvest", pay=r.choice(cards) if r.random() < 0.25 else False, age_days=(2, 45))
        ua, dev = W.app_ua(r), "inst-" + W.hexid(r, 16)
        nets = [("ethio", 3), ("saf_mobile", 3), ("mtn_rw", 1), ("mtn_ug", 1)]
        for _ in range(r.randint(30, 110)):
            t = W.when(r, "mobile")
            net = W.pick_w(r, nets)
            x = r.random()
            if x < 0.55:
                p = r.choice(LANG_T).replace("{l}", r.choice(["Swahili", "Kiswahili", "Amharic", "Luganda", "Kinyarwanda", "Somali"]))
                p = p + "\n\n" + T.pick(r, r.choice(["gsm8k", "svamp", "math"]))
            elif x < 0.85:
                p = cot_math(r, 0.2, 0.5, lang=r.choice(["sw", "am"]))
            else:
                p = T.local_chat(r, r.choice(["sw", "am"]))
            ctx.emit(r, a, t, p, ip=ctx.net.cgnat(r, net), asn=W.NETS[net][0], ua=ua, dev=dev, model=W.model_for(r, t, "reason"), out=900)


def run(ctx) -> None:
    for f in (hydra, launch_blitz, phone_farm, slow_drip, tool_trace, lugha):
        f(ctx)
