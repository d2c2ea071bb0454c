"""Distillation campaigns built to look like legitimate users or apps: an app
front, one-person personas, reasoning-trace and agent-trajectory harvests,
translated French benchmarks, a ring hidden behind campus NAT."""

from __future__ import annotations

import random

from . import apptext, french
from .corpora import COT_PHRASES_EN, COT_PHRASES_FR, STUDENT_CODE_EN, STUDENT_MATH_EN, typo
from .harvest import CODE_WRAPS_EN, WorkQueue, card_pool, device_pool, wrap
from .identity import aged_created_at, card, client, ip_fixed, ip_home_mobile, org_id, pick_tz, pool_of
from .traffic import Sim
from .world import DAY, HOUR, JA4, MIN, NETS, NEW_MODEL, RESPONSES, T0, UA, wpick

MENTOR_SYSTEMS = [
    "You are MathMentor, a patient tutor for high-school and first-year university students in Canada. Always explain "
    "your reasoning step by step in full sentences, show every intermediate calculation, then give the final answer.",
    "You are MathMentor, a friendly tutor. Explain the reasoning fully, step by step, showing all intermediate work, "
    "and finish with the final answer on its own line.",
]


def app_blend(sim: Sim, n: int) -> None:
    """Poses as an ed-tech app: tutor system prompt, app-style stack on AWS ca-central-1 like real apps,
    student-shaped daily curve, but systematically walks MATH/GSM8K through per-environment keys."""
    rng = sim.sub("app_blend")
    org, pay = org_id(rng), card(rng)
    q = WorkQueue(rng, sim.corp.math + sim.corp.gsm8k)
    for _ in range(n):
        ips = pool_of(rng, NETS["aws"], 2)
        a = sim.reg.new("app_blend_mathmentor", "app_blend", tz="EDT", ipfn=ip_fixed(ips),
                        ua=rng.choice(UA["node"]), device=JA4["node"], payment=pay, org=org,
                        created_at=aged_created_at(rng, 20, 60), n_keys=2)
        system = rng.choice(MENTOR_SYSTEMS)
        for t in sim.sessions(rng, a, "student", rng.uniform(90, 150) / 3, (1, 5), 20):
            item = q.next()
            p = rng.choice(STUDENT_MATH_EN).format(q=item) if rng.random() < 0.5 else item
            sim.request(rng, a, t, typo(rng, p, 0.008), system=system, model=sim.model(rng, t, 0.8, mini=0.0),
                        kind="cot")


def slow_persona_harvest(sim: Sim, n: int) -> None:
    """Each account is one plausible person: stable home IP in its own time zone, human hours and sessions,
    aged account, own card and browser. Collectively they cover competition maths and hard coding."""
    rng = sim.sub("slow_persona_harvest")
    q = WorkQueue(rng, sim.corp.math + sim.corp.arena + sim.corp.humaneval)
    openers = ["", "", "ok next one: ", "another one - ", "Can you walk me through this? ", "hmm what about ",
               "I'm studying for a contest. ", "", "Ok so ", "pls help: "]
    closers = ["", "", "", " Explain your reasoning.", " Walk me through it.", " thanks!", " Show the steps please.",
               " Why does that work?"]
    for _ in range(n):
        tz = pick_tz(rng)
        ua, dev = client(rng, [("web", 7), ("openai_py", 2), ("node", 1)])
        a = sim.reg.new("slow_persona_harvest", "slow_persona", tz=tz, ipfn=ip_home_mobile(rng, tz, 0.15), ua=ua,
                        device=dev, payment=card(rng) if rng.random() < 0.9 else None, org=None,
                        created_at=aged_created_at(rng, 150, 560))
        for t in sim.sessions(rng, a, "human", rng.uniform(3, 7), (2, 7), 150):
            p = rng.choice(openers) + q.next() + rng.choice(closers)
            sim.request(rng, a, t, typo(rng, p, 0.012), model=sim.model(rng, t, 0.6), kind="cot",
                        history=rng.randint(0, 1500))


COT_SYSTEMS = [
    "You are a meticulous reasoner. For every question, articulate the internal reasoning behind your answer and "
    "write it out step by step before the final answer.",
    "Always think out loud. Produce your complete chain of thought, including verification of each step, then "
    "give the final answer after 'ANSWER:'.",
    "Tu es un assistant qui raisonne avec soin. Pour chaque question, détaille tout ton raisonnement interne, étape "
    "par étape, puis donne la réponse finale.",
    "Réponds en expliquant ta démarche complète : chaque étape, chaque vérification, puis la réponse finale.",
    None,
]


def cot_trace_harvest(sim: Sim, n: int) -> None:
    """Asks for full reasoning traces (in the system prompt, the user turn, English or French) on aurora-4."""
    rng = sim.sub("cot_trace_harvest")
    cards, q = card_pool(rng, 10), WorkQueue(rng, sim.corp.gsm8k + sim.corp.math + sim.corp.arena)
    for _ in range(n):
        ips = pool_of(rng, NETS[rng.choice(("azure", "ovh", "gcp"))], rng.randint(1, 3))
        a = sim.reg.new("cot_trace_harvest", "cot_trace", tz="EDT", ipfn=ip_fixed(ips),
                        ua=rng.choice(UA["openai_py"] + UA["borealis_py"]), device=JA4["py_httpx"],
                        payment=rng.choice(cards), org=None, created_at=aged_created_at(rng, 3, 120))
        system = rng.choice(COT_SYSTEMS)
        fr = bool(system and ("Tu " in system or "Réponds" in system))
        for t in sim.sessions(rng, a, "flat", rng.uniform(6, 16), (3, 12), 30):
            item = q.next()
            if system is None:
                ph = rng.choice(COT_PHRASES_FR if rng.random() < 0.4 else COT_PHRASES_EN)
                p = f"{item}\n\n{ph}"
            elif fr and rng.random() < 0.6:
                p = french.mt_french(item, 0.8, rng)
            else:
                p = item
            sim.request(rng, a, t, p, system=system, model=sim.model(rng, t, 0.95, mini=0.0, lag_h=1), kind="cot")


AGENT_HARVEST_SYSTEM = (
    "You are an autonomous software agent. Tools: python_exec(code), read_file(path), search(query), submit(answer). "
    "At each step, first write a detailed Thought explaining your reasoning, then an Action as JSON. Continue until "
    "the task is solved and tests pass, then call submit."
)


def agent_trajectory_harvest(sim: Sim, n: int) -> None:
    """Scripted agent loops over coding benchmarks to collect full tool-use trajectories; cloud dev-box look."""
    rng = sim.sub("agent_trajectory_harvest")
    q = WorkQueue(rng, sim.corp.mbpp + sim.corp.humaneval)
    cards = card_pool(rng, 12)
    for _ in range(n):
        ips = pool_of(rng, NETS[rng.choice(("gcp", "gcp", "aws", "do"))], 1)
        a = sim.reg.new("agent_trajectory_harvest", "agent_trajectory", tz="EDT", ipfn=ip_fixed(ips),
                        ua=rng.choice(UA["langchain"]), device=JA4["py_httpx"], payment=rng.choice(cards),
                        org=org_id(rng) if rng.random() < 0.5 else None, created_at=aged_created_at(rng, 2, 12))
        system = AGENT_HARVEST_SYSTEM if rng.random() < 0.7 else rng.choice(apptext.AGENT_SYSTEM_DEV[:1])
        for t in sim.sessions(rng, a, rng.choice(("flat", "office")), rng.uniform(2.5, 5), (1, 3), 30):
            task = q.next()
            sim.request(rng, a, t, f"Task: {task}", system=system, model=sim.model(rng, t, 0.9, lag_h=1),
                        kind="agent", endpoint=RESPONSES)
            hist = 400
            for step in range(rng.randint(3, 10)):
                t += int(1000 * rng.lognormvariate(1.2, 0.5))
                hist += rng.randint(200, 900)
                obs = apptext.tool_observation(rng, rng.choice((0, 1, 4)))
                if rng.random() < 0.3:
                    obs += "\nContinue. Explain your reasoning for the next step in detail."
                sim.request(rng, a, t, obs, system=system, model=sim.model(rng, t, 0.9, lag_h=1), kind="agent",
                            endpoint=RESPONSES, history=hist)


def french_translated_bench(sim: Sim, n: int) -> None:
    """Benchmark questions machine-translated to French, asked like Québec students would, from Québec ISPs/VPN."""
    rng = sim.sub("french_translated_bench")
    q_g = WorkQueue(rng, sim.corp.gsm8k + sim.corp.svamp)
    q_m = WorkQueue(rng, sim.corp.math)
    q_c = WorkQueue(rng, sim.corp.mbpp)
    cards = card_pool(rng, n // 2 + 1)
    for i in range(n):
        if rng.random() < 0.7:
            net = NETS[wpick(rng, [("videotron", 5), ("bell", 3), ("cogeco", 1)])]
            ipfn = ip_fixed(pool_of(rng, net, 1) + pool_of(rng, NETS["bellmob"], 1))
        else:
            ipfn = ip_fixed(pool_of(rng, NETS[rng.choice(("m247", "proton"))], 2))
        ua, dev = client(rng, [("web", 5), ("openai_py", 3)])
        a = sim.reg.new("french_translated_bench", "fr_translated", tz="EDT", ipfn=ipfn, ua=ua, device=dev,
                        payment=cards[i // 2], org=None, created_at=aged_created_at(rng, 4, 90))
        for t in sim.sessions(rng, a, "student", rng.uniform(5, 14), (2, 9), 50):
            r = rng.random()
            if r < 0.5:
                item = french.mt_french(q_g.next(), rng.uniform(0.6, 1.0), rng)
            elif r < 0.85:
                item = french.mt_french(q_m.next(), 0.9, rng)
            else:
                item = rng.choice(french.FR_CODE_WRAP).format(q=french.mt_french(q_c.next(), 0.7, rng))
            p = rng.choice(french.FR_MATH_WRAP).format(q=item)
            if rng.random() < 0.4:
                p += "\n" + rng.choice(COT_PHRASES_FR)
            sim.request(rng, a, t, typo(rng, p, 0.01), model=sim.model(rng, t, 0.7), kind="cot")


def campus_nat_ring(sim: Sim, n: int, nat: dict[str, list]) -> None:
    """A small ring working from campus wifi in exam week: same NAT egress as thousands of students."""
    rng = sim.sub("campus_nat_ring")
    cards, devs = card_pool(rng, 3), device_pool(rng, 4)
    q = WorkQueue(rng, sim.corp.math + sim.corp.mbpp + sim.corp.gsm8k)
    campus = rng.choice(("uoft", "mcgill", "ubc"))
    tz = "PDT" if campus == "ubc" else "EDT"
    for i in range(n):
        home = pool_of(rng, NETS[wpick(rng, [("rogers", 1), ("bell", 1), ("telus", 1)])], 1)
        a = sim.reg.new("campus_nat_ring", "campus_ring", tz=tz,
                        ipfn=lambda r, ts, h=home: r.choice(nat[campus]) if r.random() < 0.8 else h[0],
                        ua=rng.choice(UA["web"]), device=devs[i % len(devs)], payment=cards[i % len(cards)],
                        org=None, created_at=aged_created_at(rng, 8, 35))
        for t in sim.sessions(rng, a, "student", rng.uniform(5, 11), (3, 12), 60):
            item = q.next()
            if "assert" in item:
                p = rng.choice(STUDENT_CODE_EN + CODE_WRAPS_EN).format(q=item)
            else:
                p = rng.choice(STUDENT_MATH_EN).format(q=item)
            sim.request(rng, a, t, typo(rng, p, 0.01), model=sim.model(rng, t, 0.6), kind="cot",
                        history=rng.randint(0, 800))


__all__ = ["app_blend", "slow_persona_harvest", "cot_trace_harvest", "agent_trajectory_harvest",
           "french_translated_bench", "campus_nat_ring", "DAY", "HOUR", "MIN", "T0", "NEW_MODEL", "random"]
