"""Campaigns 1-5: template ring on rented subnets, SIM-box farm on mobile CGNAT,
k-shot resampling across independent-looking accounts, synthetic agent-trajectory
farm, and short-answer label probing behind consumer VPN exits."""
from __future__ import annotations

from . import core as C
from . import prompts as P
from . import world as W

ATTACK = "attack"

# ------------------------------------------------------------------ C1 sloppy
C1_SYS = "You are an expert mathematician and competitive programmer."
C1_MATH = ("Solve the following problem. Think step by step and show all intermediate reasoning before the final answer.\n"
           "Format:\nReasoning: <numbered steps>\nFinal Answer: <answer>\n\nProblem: {q}")
C1_CODE = ("Write a correct, efficient Python solution. First explain your reasoning step by step, then give the complete "
           "code in one block.\n\nTask: {q}")


def c1_vps_ring(ctx, n=110):
    """Sloppy: accounts made in two batches, three rented /24s, four prepaid cards, one template, shard of the
    corpus walked in order, steady cadence, 3x burst on the new model after release."""
    rng = ctx.rng("c1")
    camp = "c1_vps_template_ring"
    subnets = [(20473, ctx.pool("c1/vultr-a", 20473, 40)), (20473, ctx.pool("c1/vultr-b", 20473, 40)),
               (136052, ctx.pool("c1/idch", 136052, 30))]
    cards = [W.card_fp(rng) for _ in range(4)]
    batch = [W.START_MS - 6 * W.DAY + 3 * W.HOUR, W.START_MS - 2 * W.DAY + 14 * W.HOUR]
    tasks = [("math", C1_MATH, "math_cot"), ("gsm8k", C1_MATH, "math_cot"), ("mbpp", C1_CODE, "code")]
    boost = W.release_boost(3.0, half_life_h=6, delay_h=0.3)
    N = ctx.n(n)
    for j in range(N):
        asn, ips = subnets[j % 3]
        a = ctx.account(rng, camp, label=ATTACK, campaign=camp, created_at=batch[j % 2] + rng.randrange(40 * 60_000),
                        payment=cards[j % 4], ua="httpx", cc="SG", net=C.Pool(asn, ips, sticky=0.9), lang="en")
        src, tpl, kind = tasks[j % 3]
        items = P.corpus(src)
        pos = (len(items) * j) // N
        ts = W.START_MS + rng.randrange(30 * 60_000)
        while ts < ctx.end_ms:
            ts += int(rng.uniform(26, 46) * 60_000 / boost(ts))
            model = W.NEW_MODEL if ts > W.RELEASE_MS + 20 * 60_000 else W.OLD_MODEL
            ctx.emit(rng, a, ts, tpl.format(q=items[pos % len(items)]), C1_SYS, kind, model, cap=8192, err=0.01)
            pos += 1


# ------------------------------------------------------------------ C2 SIM farm
C2_WRAP = {
    "id": ["Jelaskan alasan di setiap langkah secara rinci, lalu tulis jawaban akhirnya.\n\n{p}",
           "Kerjakan soal ini langkah demi langkah dan jelaskan kenapa tiap langkah benar:\n{p}",
           "{p}\n\nTolong tulis proses berpikirnya lengkap ya, baru jawaban akhir."],
    "tl": ["Ipaliwanag po nang detalyado ang bawat hakbang bago ang final answer:\n{p}",
           "{p}\n\nPakisulat po ang buong reasoning step by step, tapos ang sagot."],
}


def c2_simfarm(ctx, n=140):
    """Medium: a rack of cheap Android phones with prepaid SIMs (Telkomsel, Globe) driving the first-party app.
    Exits are the carriers' CGNAT pools shared with real app users; each SIM is billed to itself. Tells: one
    phone model and an old app build, SIM-activation batches, a round-robin scheduler with night-time charging."""
    rng = ctx.rng("c2")
    camp = "c2_simbox_cgnat_farm"
    farms = [("ID", 23693, "id", 0.6), ("PH", 4775, "tl", 0.4)]
    for cc, asn, lang, share in farms:
        accts = []
        k = int(round(ctx.n(n) * share))
        for j in range(k):
            day = W.START_MS - (1 + j // 10) * W.DAY
            created = day - W.COUNTRIES[cc][0] * W.HOUR + int(rng.uniform(10, 16) * W.HOUR)
            a = ctx.account(rng, camp, label=ATTACK, campaign=camp, created_at=created,
                            payment=f"carrier_{W.CARRIER[asn]}_{rng.getrandbits(48):012x}",
                            ua=f"KestrelChat/3.12.0 (Android 13; SM-A057F)", device="inst_" + f"{rng.getrandbits(64):016x}",
                            cc=cc, net=C.Pool(asn, ctx.cgnat(asn), sticky=0.5), lang=lang)
            accts.append(a)
        rng.shuffle(accts)
        tz = W.COUNTRIES[cc][0]
        per_acct_day = 25.0
        day0 = W.START_MS - tz * W.HOUR
        idx = 0
        for d in range(-1, ctx.days + 1):
            t = day0 + d * W.DAY + 6 * W.HOUR + rng.randrange(600_000)
            stop = day0 + d * W.DAY + 23 * W.HOUR + 30 * 60_000
            interval = 17.5 * 3600 / (len(accts) * per_acct_day)
            while t < stop:
                a = accts[idx % len(accts)]
                idx += 1
                t += int(interval * rng.uniform(0.7, 1.3) * 1000)
                if t < W.START_MS or t >= ctx.end_ms:
                    continue
                r = rng.random()
                if r < 0.2:
                    p, kind = C.chat_prompt(rng, lang, {"nq": 0.6, "seed": 0.2, "user": 0.2})
                else:
                    src = rng.choice(("gsm8k", "math", "svamp", "gsm8k"))
                    p, kind = rng.choice(C2_WRAP[lang]).format(p=P.pick(rng, src)), "math_cot"
                ctx.emit(rng, a, t, p, P.APP_SYS.format(date="2026-11-19" if t < W.START_MS + W.DAY else "2026-11-20"),
                         kind, W.NEW_MODEL if t > W.RELEASE_MS else W.OLD_MODEL, "/app/v1/conversation")


# ------------------------------------------------------------------ C3 k-shot resampling
C3_WRAP = ["{p}", "{p}", "Can you solve this? {p}", "{p}\n\nPlease show the full solution.", "I'm stuck on this: {p}",
           "{p}\nWalk me through it.", "Help me understand how to do this problem:\n{p}", "{p}\n\nWhat's the answer and why?",
           "Homework question (I want to understand it, not just the answer): {p}", "{p} Explain your reasoning.",
           "Practice problem from my prep book: {p}", "Could you work through this carefully?\n\n{p}"]


def c3_kshot(ctx, n=100):
    """Careful: each harvested item is sent k=4-6 times by different accounts, hours apart, with different natural
    wrappers, to collect several independent reasoning traces per item (self-consistency filtering offline).
    Accounts look like home users: own ISP address per country, own card or e-wallet, own browser or SDK,
    consumer diurnal curve, 40% ordinary chat as cover."""
    rng = ctx.rng("c3")
    camp = "c3_kshot_resample"
    accts = []
    for _ in range(ctx.n(n)):
        cc = W.pick_country(rng)
        ua = rng.choice(W.BROWSERS + ("py_sdk", "requests", "node_sdk"))
        a = ctx.account(rng, camp, label=ATTACK, campaign=camp, created_at=C.created_aged(rng, 140, 0.9, lo=8),
                        payment=W.consumer_payment(rng, cc), ua=ua, install=ua != "requests", cc=cc,
                        net=C.Home(rng, rng.choice(W.RES_BY_CC[cc]), ctx.days, churn=0.5))
        accts.append(a)
    per_acct = 14.0 * ctx.days
    harvest_slots = int(per_acct * 0.6 * len(accts))
    k_avg = 5
    n_items = max(1, harvest_slots // k_avg)
    pool = [("math", i) for i in rng.sample(range(len(P.corpus("math"))), min(n_items * 6 // 10, 5000))]
    pool += [("mbpp", i) for i in rng.sample(range(len(P.corpus("mbpp"))), min(n_items * 25 // 100, 974))]
    pool += [("humaneval", i) for i in rng.sample(range(164), min(n_items * 15 // 100, 164))]
    jobs: dict[str, list] = {a.id: [] for a in accts}
    for src, i in pool:
        k = rng.choice((4, 5, 5, 6))
        for a in rng.sample(accts, k):
            jobs[a.id].append((src, i))
    for a in accts:
        dist = C.hd(ctx, "consumer", a.tz, boost=W.release_boost(1.6, 16), tag="c3")
        items = jobs[a.id]
        cover = int(len(items) * 0.65)
        plan = [("h", x) for x in items] + [("c", None)] * cover
        rng.shuffle(plan)
        times = C.session_times(rng, len(plan), dist, per_session=3, gap_s=150, min_gap_s=20)
        for ts, (what, item) in zip(times, plan):
            if what == "h":
                src, i = item
                p = rng.choice(C3_WRAP).format(p=P.corpus(src)[i])
                kind = "math" if src == "math" else "code"
            else:
                p, kind = C.chat_prompt(rng, a.lang)
            model = W.NEW_MODEL if ts > W.RELEASE_MS and rng.random() < 0.85 else C.model_at(rng, ts, 0.5)
            ctx.emit(rng, a, ts, p, P.sys_for(rng), kind, model)


# ------------------------------------------------------------------ C4 agent trajectory farm
C4_TOOLSETS = [
    "bash(cmd: str), read_file(path: str), write_file(path: str, content: str), run_tests(), finish(summary: str)",
    "python(code: str), search_docs(query: str), open_file(path: str), apply_patch(diff: str), submit()",
    "shell(command: str), view(path: str, start: int, end: int), edit(path: str, old: str, new: str), pytest(args: str), done()",
]
C4_SYS = ("You are an autonomous software engineering agent working in a sandboxed repository for {org}. Available tools: "
          "{tools}. On every turn, first write your reasoning in a <thinking> block, then emit exactly one tool call as JSON. "
          "Do not stop until the tests pass.")
C4_OBS = ["Observation:\n$ pytest -q\nF.{n}\nFAILED tests/test_solution.py::test_case_{m} - AssertionError: assert {n} == {m}",
          "Observation:\n{n} passed, {m} failed in 0.{n}s", "Observation: file written ({n} bytes)",
          "Observation:\nTraceback (most recent call last):\n  File \"solution.py\", line {m}, in <module>\nIndexError: list index out of range",
          "Observation:\nsolution.py\ntests/\nREADME.md\nrequirements.txt", "Observation: exit code 0"]
C4_FINAL = ("The task is complete. Now write out, step by step, the full reasoning behind every tool call you made in this episode: "
            "what you expected, what you observed, and why you chose the next action.")
C4_ORGS = ["Lumora Labs", "Gradient Kopi", "AgentForge Asia", "Tanjung Robotics", "Baryon Dev"]


def c4_agent_farm(ctx, n=45):
    """Medium: five 'agent startups' farm agentic trajectories. Real tasks from the code/maths corpora, fake tool
    observations from templates, contexts growing to tens of thousands of tokens, a final turn asking for the
    reasoning behind each action. 24/7 workers in cloud regions; one card and one /24 per org."""
    rng = ctx.rng("c4")
    camp = "c4_agent_trajectory_farm"
    per = max(1, ctx.n(n) // len(C4_ORGS))
    for o, org_name in enumerate(C4_ORGS):
        asn = (16509, 396982, 16509, 136907, 8075)[o]
        egress = C.Pool(asn, ctx.pool(f"c4/{o}", asn, 6))
        org = "org_" + W.rid(rng, 12)
        card = W.card_fp(rng)
        tools = C4_TOOLSETS[o % 3]
        sys = C4_SYS.format(org=org_name, tools=tools)
        created0 = W.START_MS - int(rng.uniform(15, 60) * W.DAY)
        for _ in range(per):
            a = ctx.account(rng, camp, label=ATTACK, campaign=camp, created_at=created0 + rng.randrange(6 * W.DAY),
                            org_id=org, nkeys=2, payment=card, ua="langchain", device="ja4_" + W.ja4("python-3.12-ossl3"),
                            cc="SG", net=egress, lang="en")
            dist = C.hd(ctx, "batch", 8, boost=W.release_boost(1.8, 20), tag="c4")
            episodes = C.volume(rng, 6.0, ctx.days, 0.4)
            for _ in range(episodes):
                ts = dist.sample(rng)
                src = rng.choice(("mbpp", "humaneval", "arena", "gsm8k"))
                task = P.pick(rng, src)
                ctx_t = P.prompt_tokens(sys, task)
                model = W.NEW_MODEL if ts > W.RELEASE_MS else W.OLD_MODEL
                steps = rng.randint(7, 18)
                for s in range(steps + 1):
                    if s == 0:
                        p, kind = "Task:\n" + task, "tool"
                    elif s == steps:
                        p, kind = C4_FINAL, "math_cot"
                    else:
                        p, kind = rng.choice(C4_OBS).format(n=rng.randint(1, 60), m=rng.randint(1, 40)), "tool"
                    ctx_t += P.tokens(p) + int(rng.uniform(150, 450))
                    ts += int(rng.uniform(2, 9) * 1000)
                    ctx.emit(rng, a, ts, p, sys, kind, model, ptoks=min(ctx_t, 120000), err=0.008)


# ------------------------------------------------------------------ C5 label probing
C5_TPL = [("gsm8k", "{p}\n\nReply with only the final number.", "label"),
          ("svamp", "{p} Answer with just the number.", "label"),
          ("math", "{p}\n\nGive only the final answer in simplest form, no explanation.", "short"),
          ("nq", "{p}? Answer in at most five words.", "short"),
          ("nq", "{p}", "short"),
          ("seed", "{p}\n\nRespond with a single word or number.", "label")]


def c5_label_probe(ctx, n=70):
    """Medium: cheap answer-only harvesting (labels for a student model's reward / filtering set). Tiny
    completions keep token-weighted limits quiet; fast bursts of 15-40 items; exits are the same consumer VPN
    nodes ordinary users hide behind; e-wallets opened by mules, one per account."""
    rng = ctx.rng("c5")
    camp = "c5_answer_only_probe"
    vpns = [9009, 60068, 147049]
    for j in range(ctx.n(n)):
        cc = rng.choice(("VN", "VN", "ID", "TH"))
        v = vpns[j % 3]
        net = C.Pool(v, ctx.pool(f"vpn/{v}", v, 28, prefix=W.ASNS[v][3][0]))
        ua = rng.choice(("node_sdk", "requests", "axios", "py_sdk"))
        a = ctx.account(rng, camp, label=ATTACK, campaign=camp, created_at=C.created_before(rng, 20, 120),
                        payment=W.wallet_fp(rng, cc), ua=ua, install=ua in ("node_sdk", "py_sdk"), cc=cc, net=net, lang="en")
        tpls = rng.sample(C5_TPL, 4)
        total = C.volume(rng, 50.0, ctx.days, 0.35)
        dist = C.hd(ctx, "consumer", a.tz)
        done = 0
        while done < total:
            ts = dist.sample(rng)
            ip, asn = net.at(rng, ts)
            for _ in range(min(total - done, rng.randint(15, 40))):
                src, tpl, kind = rng.choice(tpls)
                p = tpl.format(p=P.pick(rng, src))
                ts += int(rng.uniform(0.8, 3.5) * 1000)
                model = rng.choice((W.NEW_MODEL, W.NEW_MODEL, W.OLD_MODEL)) if ts > W.RELEASE_MS else rng.choice((W.OLD_MODEL, W.MINI_MODEL))
                ctx.emit(rng, a, ts, p, "Answer concisely.", kind, model, ip=ip, asn=asn)
                done += 1
