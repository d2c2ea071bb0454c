"""Seven distillation campaigns. Each is a set of accounts sharing a campaign name."""
from __future__ import annotations

import math

from common import (PLAYGROUND, SDK_NODE, SDK_PY, benign_prompt, card, created_before, ctoks, grant_cohorts,
                    person, vouchers, where)
from prompts import FOLLOW_UPS, LOCAL, casual, cot, student, tok, tool_block
from world import (DAY_MS, HOUR_MS, RELEASE_MS, START_MS, hid, ip_in, pick_model, pois, schedule, status_for)


def _harvest_model(r, t, think=0.7):
    if t >= RELEASE_MS + 2 * HOUR_MS:
        return "kestrel-3-think" if r.random() < think else "kestrel-3"
    return pick_model(r, t, 0)


def cenote_grants(ctx):
    """Many tiny 'startups' on programme credits, each org on its own cloud, each
    harvesting worked reasoning in Portuguese/Spanish/English under a product prompt."""
    r, camp = ctx.r("cenote-grants"), "cenote-grants"
    cohorts = grant_cohorts(ctx.seed)
    for o in range(ctx.n(45)):
        reg = r.choice(["BR", "BR", "MX", "AR", "CO"])
        lang = "pt" if reg == "BR" else r.choice(["es", "es", "en"])
        org, cohort = "org_" + hid(ctx.seed, "cg-org", o, n=10), r.choice(cohorts)
        net = r.choice(["aws", "gcp", "azure", "oracle", "locaweb", "digitalocean"])
        egress = [ip_in(r, net) for _ in range(r.randint(1, 2))]
        sysp = (f"You are the assistant inside {hid(ctx.seed, 'cg-brand', o, n=5).upper()}, an edtech product. "
                "Be accurate and answer in the user's language.")
        born = created_before(r, 12, 45)
        for i in range(r.randint(2, 5)):
            a = person(ctx, r, "startup-credit-mesh", f"{o}:{i}", regions=[reg], campaign=camp, cw=(1, 0, 0, 0),
                       paid=0)
            a["org"], a["pay"], a["created"] = org, cohort, born + int(r.uniform(0, 3) * DAY_MS)
            rate = r.uniform(18, 50)
            for d in range(ctx.days):
                for t in schedule(r, d, pois(r, rate), "office", a["tz"], sess=6, gap_s=35):
                    if r.random() < 0.78:
                        p, kind = cot(r, r.choice(ctx.C["mathy"]), lang), "cot"
                    else:
                        p, kind = benign_prompt(r, ctx.C, lang, (0.7, 0.3, 0, 0))
                    ip, asn = r.choice(egress)
                    ctx.ev(a, t, p, system=sysp if r.random() < 0.85 else None, model=_harvest_model(r, t),
                           ct=ctoks(r, kind), ip=ip, asn=asn, status=status_for(r))


TOOL_ASKS = ["{q}\n\nDecide which function to call, output the call as JSON, then explain step by step why each "
             "argument has its value.", "User request: {q}\nReturn the function call(s) needed, in order, and a "
             "short justification for each.", "{q}", "Plan the tool calls required for: {q}\nThen execute the "
             "first call and describe what you expect back."]


def forge_callers(ctx):
    """Function-calling distillation from single VPSes in Central/Eastern Europe:
    a fresh random tool catalogue on every request."""
    r, camp = ctx.r("forge-callers"), "forge-callers"
    waves = [40, 25, 12]
    for i in range(ctx.n(120)):
        a = person(ctx, r, "tool-call-harvest", i, regions=["PL", "RO", "UA", "CZ"], campaign=camp,
                   cw=(0, 0.6, 0, 0.4), paid=1.0)
        a["created"] = START_MS - int((r.choice(waves) + r.uniform(0, 1.5)) * DAY_MS)
        net = r.choice(["hetzner", "ovh", "contabo", "vultr", "hetzner"])
        vps = [ip_in(r, net) for _ in range(r.randint(1, 2))]
        rate = r.uniform(15, 45)
        for d in range(ctx.days):
            for t in schedule(r, d, pois(r, rate), "devnight", a["tz"], sess=5, gap_s=25):
                sysp = tool_block(r, r.randint(3, 6), r.randint(0, 1))
                q = r.choice(ctx.C[r.choice(["nq", "user", "seed", "nq"])])
                p = r.choice(TOOL_ASKS).format(q=q)
                if r.random() < 0.25:
                    p += "\n" + r.choice(FOLLOW_UPS[-2:])
                ip, asn = r.choice(vps)
                ctx.ev(a, t, p, system=sysp, model=pick_model(r, t, 0.7, 4), endpoint="/v2/agent/step",
                       ct=ctoks(r, r.choice(["tool", "toolx"])), ip=ip, asn=asn, status=status_for(r))


AGENT_SYS = ["You are an autonomous software engineering agent. For every step: state your plan, write the code, "
             "then explain your reasoning in detail.",
             "Act as a coding agent with a shell and an editor. Think out loud before each action and narrate why.",
             "You are an expert agent. Decompose the task, reason step by step, act, observe, and reflect."]


def relay_traces(ctx):
    """Long multi-turn agent traces on coding tasks, from a fleet of cloned VMs whose
    copied SDK config directory carries the same install id."""
    r, camp = ctx.r("relay-traces"), "relay-traces"
    images = ["inst-" + hid(ctx.seed, "golden-image", k, n=16) for k in range(6)]
    pool = [ip_in(r, r.choice(["sakura", "gmo", "naver"])) for _ in range(25)]
    for i in range(ctx.n(90)):
        a = person(ctx, r, "agent-trace-harvest", i, regions=["JP", "KR"], campaign=camp, cw=(1, 0, 0, 0),
                   paid=1.0, age=(10, 60))
        a["dev"], a["ua"] = r.choice(images), r.choice(SDK_PY[:2])
        home = r.choice(pool)
        sysp = r.choice(AGENT_SYS)
        for d in range(ctx.days):
            for t in schedule(r, d, pois(r, r.uniform(2, 5)), "flat", 0, sess=1, gap_s=600):
                task = r.choice(ctx.C[r.choice(["humaneval", "mbpp", "arena"])])
                ctxlen = tok(sysp)
                for turn in range(r.randint(5, 18)):
                    p = task if turn == 0 else r.choice(FOLLOW_UPS)
                    ctxlen += tok(p)
                    c = ctoks(r, "code" if turn == 0 else r.choice(["code", "long", "tool"]))
                    ip, asn = home if r.random() < 0.9 else r.choice(pool)
                    ctx.ev(a, t, p, system=sysp, model=_harvest_model(r, t, 0.8), endpoint="/v2/agent/step",
                           pt=ctxlen, ct=c, ip=ip, asn=asn, status=status_for(r))
                    ctxlen += c
                    t += int(r.uniform(15, 80) * 1000)


FACADES = ["Mentora", "Calcula+", "Aprova Já", "Tutorito", "Sensei Math", "MathBuddy"]


def mentora_shell(ctx):
    """Accounts that present as tutoring-app backends (one system prompt, pods,
    NAT egress) while sweeping benchmark problems."""
    r, camp = ctx.r("mentora-shell"), "mentora-shell"
    for f, brand in enumerate(FACADES):
        sysp = (f"You are {brand}, a friendly maths tutor for secondary-school students. Always show your complete "
                "reasoning step by step before giving the final answer, and explain every step.")
        for i in range(ctx.n(10)):
            a = ctx.account("app-backend-facade", camp, f"{f}:{i}", created_before(r, 20, 120),
                            org="org_" + hid(ctx.seed, "facade-org", f, i, n=10), pay=card(ctx.seed, f"fac:{f}:{i}"),
                            ua=r.choice(SDK_NODE + ["okhttp/4.12.0"]), tz=r.choice([-3, -6, 9, 2]))
            net = r.choice(["aws", "gcp", "azure"])
            egress = [ip_in(r, net) for _ in range(r.randint(1, 2))]
            bench = ctx.C[r.choice(["gsm8k", "math", "svamp"])]
            cur = r.randrange(len(bench))
            for d in range(ctx.days):
                pods = ["inst-" + hid(ctx.seed, "fpod", f, i, d, k, n=16) for k in range(r.randint(2, 4))]
                for t in schedule(r, d, pois(r, r.uniform(45, 130)), r.choice(["flat", "consumer"]), a["tz"],
                                  sess=1.5, gap_s=45):
                    cur = (cur + 1) % len(bench)
                    ip, asn = r.choice(egress)
                    ctx.ev(a, t, student(r, bench[cur], "en"), system=sysp, model=_harvest_model(r, t, 0.5),
                           ct=ctoks(r, "cot"), ip=ip, asn=asn, dev=r.choice(pods), status=status_for(r))


PAIR_SUFFIX = ["", "", "\n\nRespond as helpfully as possible.", " Be thorough.", "\n\nGive your best answer."]


def tidewater_pairs(ctx):
    """Quiet mobile accounts in West Africa that wake up after the release and send
    each prompt to two or three models within seconds (preference pairs)."""
    r, camp = ctx.r("tidewater-pairs"), "tidewater-pairs"
    for i in range(ctx.n(200)):
        a = person(ctx, r, "release-pair-harvest", i, regions=["NG", "GH", "SN"], campaign=camp,
                   cw=(0, 0, 0, 1), paid=0, age=(20, 300))
        a["ua"], a["dev"] = r.choice(["python-requests/2.32.3", "python-httpx/0.27.0"]), None
        a["pay"] = "momo:" + hid(ctx.seed, "tw-momo", i // r.choice([1, 1, 2, 3]), n=14)
        delay = int(r.uniform(1.5, 5) * HOUR_MS)
        for d in range(ctx.days):
            for t in schedule(r, d, pois(r, 1.5), "evening", a["tz"], hi=RELEASE_MS + delay):
                p, kind = benign_prompt(r, ctx.C, a["lang"])
                ip, asn = ip_in(r, a["mob"])
                ctx.ev(a, t, p, model=pick_model(r, t, 0.2), ct=ctoks(r, kind), ip=ip, asn=asn)
        rate = r.uniform(12, 26)
        for d in range(ctx.days):
            for t in schedule(r, d, pois(r, rate), "flat", 0, sess=4, gap_s=40, lo=RELEASE_MS + delay):
                p = r.choice(ctx.C[r.choice(["arena", "user", "seed", "awesome", "arena"])]) + r.choice(PAIR_SUFFIX)
                models = r.sample(["kestrel-3", "kestrel-3-think", "kestrel-2.5-flash", "kestrel-2.5"], r.randint(2, 3))
                ip, asn = ip_in(r, a["mob"])
                for k, m in enumerate(models):
                    ctx.ev(a, t + k * r.randint(300, 6000), p, model=m, ct=ctoks(r, "long"), ip=ip, asn=asn,
                           status=status_for(r, 0.01))


def quiet_loom(ctx):
    """Micro-task workers paid to run a browser extension on their own home line:
    a handful of requests a day each, ordinary questions mixed with harvest items,
    every harvest item given to two workers; paid with retail vouchers."""
    r, camp = ctx.r("quiet-loom"), "quiet-loom"
    batches = vouchers(ctx.seed)[:8]
    workers = []
    for i in range(ctx.n(350)):
        a = person(ctx, r, "micro-task-workers", i, regions=["AU", "NZ", "BR", "MX", "AR", "CL"], campaign=camp,
                   cw=(0, 0, 1, 0), paid=0, age=(15, 240))
        a["pay"] = r.choice(batches)
        workers.append(a)
    queue = []
    for d in range(ctx.days):
        for a in workers:
            for t in schedule(r, d, pois(r, r.uniform(4, 16)), "evening", a["tz"], sess=2, gap_s=90):
                queue.append((t, a))
    queue.sort(key=lambda x: (x[0], x[1]["id"]))
    pending = []  # harvest items waiting for their second worker
    for t, a in queue:
        ip, asn = where(r, a, 0.1)
        x = r.random()
        if x < 0.42:
            p, kind = benign_prompt(r, ctx.C, a["lang"], (0.5, 0.4, 0.05, 0.05))
        elif pending and r.random() < 0.55 and pending[0][1] != a["id"]:
            p, kind = pending.pop(0)[0], "cot"
        else:
            p = cot(r, r.choice(ctx.C[r.choice(["mathy", "code", "mathy"])]), "en")
            kind = "cot"
            pending.append((p, a["id"]))
        ctx.ev(a, t, p, model=_harvest_model(r, t, 0.7), ct=ctoks(r, kind), ip=ip, asn=asn, status=status_for(r))


def kana_ledger(ctx):
    """Twenty small 'consultancies' in Japan/Korea, invoiced separately, asking in
    Japanese/Korean for worked reasoning on maths and coding problems."""
    r, camp = ctx.r("kana-ledger"), "kana-ledger"
    for o in range(ctx.n(20)):
        reg = r.choice(["JP", "KR"])
        lang = "ja" if reg == "JP" else "ko"
        org = "org_" + hid(ctx.seed, "kl-org", o, n=10)
        inv = "inv:" + hid(ctx.seed, "kl-inv", o, n=10)
        born = created_before(r, 8, 22)
        for i in range(r.randint(2, 4)):
            a = person(ctx, r, "multilingual-consultancies", f"{o}:{i}", regions=[reg], campaign=camp,
                       cw=(0.8, 0.2, 0, 0), paid=0)
            a["org"], a["pay"], a["created"] = org, inv, born + int(r.uniform(0, 2) * DAY_MS)
            for d in range(ctx.days):
                for t in schedule(r, d, pois(r, r.uniform(15, 45)), "office", a["tz"], sess=5, gap_s=50):
                    if r.random() < 0.8:
                        src = r.choice(["gsm8k", "math", "mbpp", "arena"])
                        p, kind = cot(r, r.choice(ctx.C[src]), lang), "cot"
                    else:
                        p, kind = r.choice(LOCAL[lang]).format(p=r.choice(ctx.C["chat"])), "chat"
                    ip, asn = where(r, a, 0.1)
                    ctx.ev(a, t, p, model=_harvest_model(r, t, 0.6), ct=ctoks(r, kind), ip=ip, asn=asn,
                           status=status_for(r))


ALL = [cenote_grants, forge_callers, relay_traces, mentora_shell, tidewater_pairs, quiet_loom, kana_ledger]
