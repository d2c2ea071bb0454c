"""Campaigns defined by what they harvest: reasoning traces, agent trajectories, judge labels,
multilingual sweeps, launch-day rushes on long-r2, embeddings, multi-turn dialogues, synthetic data."""
from __future__ import annotations

from bench.heldout53 import clients as C
from bench.heldout53 import prompt_kit as K
from bench.heldout53 import zh_text as Z
from bench.heldout53.benign_machines import AGENT_STEPS, AGENT_SYSTEM
from bench.heldout53.campaigns_blend import _work
from bench.heldout53.engine import (DAY, HOUR, LAUNCH, MIN, START, END, Pop, count, ctok, dynamic, from_pool,
                                    pick_model, sessions, spread, status_of)
from bench.heldout53.networks import CN_HOME, HK_CLOUD, SG_CLOUD, pool


def c_cot_trace(p: Pop):
    """Reasoning-trace harvest over GSM8K / MATH / SVAMP from residential proxies and Tencent/Alibaba
    hosts, each account a disjoint slice, varied elicitation phrasing, student-like rhythm."""
    r = p.rng
    work = _work(r, ["gsm8k", "math", "svamp"])
    w = 0
    hosts = pool(r, ["tx_cn", "ali_cn"], 5)
    for _ in range(70):
        egress = dynamic(["ct", "cu"]) if r.random() < .6 else from_pool(hosts)
        a = p.account(p.age(3, 20), egress, *C.sdk(r.choice(["py", "httpx", "cherry"])))
        for day in range(2):
            for ts in sessions(r, day, count(r, 24, 0.3), "student", (2, 6), (20, 180)):
                msg, w = K.cot(r, work[w % len(work)], 0.5), w + 1
                p.emit(a, ts, msg, model=pick_model(r, ts, {"long-r1": 3, "long-1": 1}, {"long-r2": 3, "long-r1": 1}),
                       out=ctok(r, 3000, 0.35))


def c_agent_trajectory(p: Pop):
    """Agentic trajectory harvest: copies the coding agent's UA and system prompt, runs benchmark tasks as
    multi-step 'sessions' with synthetic tool results, incl. night hours."""
    r = p.rng
    work = _work(r, ["humaneval", "mbpp"])
    w = 0
    for _ in range(55):
        egress = from_pool(pool(r, ["hw_intl", "vultr_sg", "tx_intl"], 2))
        a = p.account(p.age(8, 60), egress, *C.sdk(r.choice(["agent", "agent_old"])))
        for day in range(2):
            for _ in range(count(r, 3, 0.3)):
                t = sessions(r, day, 1, "flat")[0]
                task, w = work[w % len(work)], w + 1
                for k in range(r.randint(4, 9)):
                    msg = task if k == 0 else r.choice(AGENT_STEPS) + r.choice(
                        ["\nThink through the failure step by step before the next tool call.", "", "\n先分析原因再修改"])
                    p.emit(a, t, msg, system=AGENT_SYSTEM, model=pick_model(r, t, {"long-r1": 1, "long-1": 1},
                                                                             {"long-r2": 2, "long-1": 1}),
                           ptoks=2500 + 1600 * k + r.randrange(700), out=ctok(r, 900, 0.4))
                    t += int(r.uniform(3, 25) * 1000)


def c_judge_labels(p: Pop):
    """Preference / judge-label harvest: pairwise comparisons and 1-10 ratings with rationales, run like a
    small eval company from AWS SG / GCP HK in office hours."""
    r = p.rng
    org = f"org_{r.getrandbits(40):010x}"
    for i in range(45):
        a = p.account(p.age(15, 120), from_pool(pool(r, ["aws_sg", "gcp_hk"], 2)), *C.sdk("py"),
                      org=org if i < 10 else None)
        for day in range(2):
            for ts in sessions(r, day, count(r, 26, 0.3), "office", (2, 6), (4, 60)):
                p.emit(a, ts, K.judge(r), model=pick_model(r, ts, {"long-1": 3, "long-r1": 1}), out=ctok(r, 500, 0.4))


def c_multilingual_sweep(p: Pop):
    """Chinese-wrapped (and ja/ko/vi/es-wrapped) benchmark sweep over MATH / GSM8K, mobile + VPN."""
    r = p.rng
    work = _work(r, ["math", "gsm8k"])
    w = 0
    for _ in range(65):
        ua, dev = C.mobile(r) if r.random() < .5 else C.sdk("py")
        egress = from_pool(p.infra.vpn_exits) if r.random() < .5 else from_pool(p.infra.airport_exits)
        a = p.account(p.age(2, 45), egress, ua, dev)
        for day in range(2):
            for ts in sessions(r, day, count(r, 24, 0.3), "consumer", (1, 5), (30, 300)):
                msg, w = K.cot(r, work[w % len(work)], 0.55, 0.3), w + 1
                p.emit(a, ts, msg, model=pick_model(r, ts, {"long-1": 2, "long-r1": 1}, {"long-r2": 2, "long-1": 1}),
                       out=ctok(r, 1500, 0.4))


def c_r2_rush(p: Pop):
    """Launch-day rush: aged, mostly dormant accounts wake up minutes after long-r2 launches and pull CoT on
    hard MATH problems, spaced to stay under per-account rate limits."""
    r = p.rng
    work = [q for q in _work(r, ["math"]) if len(q) > 120]
    w = 0
    hosts = pool(r, ["tx_intl", "ali_intl", "aws_hk"], 8)
    for _ in range(100):
        ua, dev = C.sdk(r.choice(["py", "httpx", "node", "cherry"]))
        egress = from_pool(hosts) if r.random() < .6 else from_pool(p.infra.vpn_exits)
        a = p.account(p.age(20, 120), egress, ua, dev)
        for ts in sessions(r, 0, count(r, 3, 0.5), "dev", (1, 2)):
            p.emit(a, ts, K.casual(r), model="long-1-mini")
        t0 = LAUNCH + int(r.uniform(4, 90) * MIN)
        for ts in spread(r, t0, t0 + int(r.uniform(6, 13) * HOUR), count(r, 34, 0.25), 0.4):
            msg, w = K.cot(r, work[w % len(work)], 0.4), w + 1
            p.emit(a, ts, msg, model="long-r2", out=ctok(r, 5000, 0.3), status=status_of(r, 0.04, 0.02))


def c_embed_sweep(p: Pop):
    """Embedding sweep: short query-like texts (NQ, GSM8K) pushed through /v1/embeddings by accounts
    that present as RAG indexers (langchain UA, cloud hosts)."""
    r = p.rng
    work = _work(r, ["nq", "gsm8k"])
    w = 0
    for _ in range(35):
        a = p.account(p.age(5, 60), from_pool(pool(r, ["ali_intl", "aws_sg", "do_sg"], 2)), *C.sdk("langchain"))
        for day in range(2):
            t0 = START + day * DAY + r.randint(1, 20) * HOUR
            for ts in spread(r, t0, t0 + int(r.uniform(1, 4) * HOUR), count(r, 45, 0.3), 0.4):
                q, w = work[w % len(work)], w + 1
                p.emit(a, ts, q, model="long-embed-1", endpoint="/v1/embeddings")


def c_dialog_harvest(p: Pop):
    """Multi-turn conversation harvest: an opening task then scripted follow-ups ('continue',
    'explain the previous step in more detail', 'solve it another way', 'critique yourself')."""
    r = p.rng
    work = _work(r, ["arena", "math", "user"])
    w = 0
    for _ in range(45):
        ua, dev = C.sdk(r.choice(["chatbox", "cherry", "py"]))
        a = p.account(p.age(5, 90), from_pool(p.infra.airport_exits[r.randrange(80):][:6]), ua, dev)
        for day in range(2):
            for _ in range(count(r, 3.5, 0.3)):
                t = sessions(r, day, 1, "consumer")[0]
                q, w = work[w % len(work)], w + 1
                for k in range(r.randint(4, 8)):
                    msg = q if k == 0 else r.choice(Z.FOLLOWUPS_HARVEST)
                    p.emit(a, t, msg, model=pick_model(r, t, {"long-1": 2, "long-r1": 1}, {"long-r2": 2, "long-1": 1}),
                           ptoks=300 + 900 * k, out=ctok(r, 1400, 0.4))
                    t += int(r.uniform(15, 90) * 1000)


def c_edu_app_front(p: Pop):
    """A fake tutoring app: 18 accounts with an app-style system prompt and python SDK on Alibaba Cloud,
    but the 'end users' are a MATH sweep in order."""
    r = p.rng
    system = "你是「满分AI」App的数学辅导老师。请给出完整、严谨、分步骤的解答，每一步写明依据，最后给出答案。"
    work = _work(r, ["math"])
    w = 0
    ips = pool(r, ["ali_cn", "ali_intl"], 4)
    org = f"org_{r.getrandbits(40):010x}"
    for _ in range(18):
        a = p.account(p.age(20, 90), from_pool(ips), *C.sdk("httpx"), org=org)
        for day in range(2):
            for ts in sessions(r, day, count(r, 60, 0.2), "app", (1, 1)):
                q, w = work[w % len(work)], w + 1
                p.emit(a, ts, q, system=system, model="long-1", out=ctok(r, 1300, 0.3))


def c_synth_instruct(p: Pop):
    """Synthetic instruction-data generation: 'generate N instruction/response pairs about X' with long
    outputs, from SG hosting, developer-like UA and rhythm."""
    r = p.rng
    for _ in range(55):
        a = p.account(p.age(7, 100), from_pool(pool(r, SG_CLOUD, 1) + pool(r, HK_CLOUD, 1)),
                      *C.sdk(r.choice(["py", "node", "requests"])))
        for day in range(2):
            for ts in sessions(r, day, count(r, 18, 0.3), "dev", (1, 4), (20, 120)):
                p.emit(a, ts, K.synth(r), model=pick_model(r, ts, {"long-1": 3, "long-r1": 1}, {"long-1": 2, "long-r2": 1}),
                       out=ctok(r, 3500, 0.3))


HARVEST = [c_cot_trace, c_agent_trajectory, c_judge_labels, c_multilingual_sweep, c_r2_rush, c_embed_sweep,
           c_dialog_harvest, c_edu_app_front, c_synth_instruct]
