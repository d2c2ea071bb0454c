"""Quieter distillation campaigns: an insider at a real fintech, a reseller
gateway on bought accounts, a low-and-slow trickle, an embedding sweep,
agentic-trajectory harvesting on hijacked accounts, and a data-labelling
company quietly harvesting under a labelling rubric."""
from __future__ import annotations

import random

from . import corpus as C
from .benign_people import CHAT
from .benign_work import FINTECH_Q, office_kit
from .campaigns_swarm import COT, harvest, model_after
from .networks import SDKS, Kit, browser, fixed_ips, person_kits
from .world import DAY, H, LAUNCH, MIN, T0, Sink, card, org_id, pick_time, run_sessions

EMB = "/v1/embeddings"


# ---------------------------------------------------------------- G. insider at a legit fintech
def insider_fintech(sink: Sink) -> None:
    """Two developers at kudipay (same org, card and office NAT as their
    colleagues) whose script harvests overnight from an office workstation."""
    rng = sink.rng
    org, pay = org_id("kudipay"), card("kudipay")
    for i in range(2):
        acct = sink.account(sink.created_ago(200, 700), "team", org=org, pay=pay, nkeys=2)
        day_kit = office_kit("Lagos", "kudipay", "office", *browser("safari_mac"))
        night_kit = office_kit("Lagos", "kudipay", "office", SDKS["py"], None)
        run_sessions(sink, acct, [day_kit], 1, "office", 2.5, (1, 6), 100,
                     lambda r, t: ("baobab-1", CHAT, r.choice(FINTECH_Q) if r.random() < 0.5 else C.pick(r, "arena"), None, "code"))
        for day in range(sink.days):
            t = T0 + day * DAY + 20 * H + rng.randrange(H)            # 21:00-22:00 Lagos
            end = t + rng.randint(7 * H, 8 * H)
            while t < min(end, T0 + sink.days * DAY):
                q, kind = harvest(rng, {"arena": 2, "mbpp": 2, "math": 1}, 0.9)
                sink.add(acct, t, night_kit.client(rng, t), model_after(rng, t, 0.9), "/v1/responses", q, None, kind,
                         key=acct.keys[1])
                t += int(rng.gauss(75_000, 12_000))


# ---------------------------------------------------------------- H. reseller gateway on bought accounts
def reseller_gateway(sink: Sink) -> None:
    rng = sink.rng
    for i in range(6):
        acct = sink.account(sink.created_ago(400, 900), "payg", pay=card(sink.seed, sink.name, "prepaid-usd"), nkeys=3)
        net = "hetzner" if i % 2 else "ovh"
        kit = Kit("fixed", "Lagos", SDKS["go"], None, net=net, ips=fixed_ips(net, f"resell{i // 2}", 2))
        for day in range(sink.days):
            for _ in range(int(650 * (0.85 + 0.3 * rng.random()))):
                t = pick_time(rng, day, 1, "backend", sink.days)
                x = rng.random()
                system = C.short_awesome(rng, 1500) if x < 0.25 else None
                if x < 0.7:
                    q, kind = C.everyday(rng, rng.choice(["NG", "NG", "GH", "KE"]))
                else:
                    q, kind = harvest(rng, {"math": 2, "gsm8k": 1, "arena": 2, "mbpp": 1}, 0.7)
                sink.add(acct, t, kit.client(rng, t), model_after(rng, t, 0.6), CHAT, q, system, kind,
                         key=acct.keys[rng.randrange(3)])


# ---------------------------------------------------------------- I. low-and-slow trickle
def low_slow_trickle(sink: Sink) -> None:
    rng = sink.rng
    ua = browser("chrome_win")[0]
    for i in range(55):
        acct = sink.account(sink.created_ago(30, 200), "payg", pay=card(sink.seed, sink.name, i))
        net = ["gcp_afs1", "vpn_m247", "vpn_datacamp"][i % 3]
        # a browser user agent over a Python TLS stack
        kit = Kit("proxy", "Lagos", ua, "t13i311000_e8f1e7e78f70_d339722ba4af", proxy_nets=[net])

        def prompt(r: random.Random, t: int) -> tuple:
            q, kind = harvest(r, {"math": 3, "humaneval": 1, "mbpp": 1}, 1.0)
            return model_after(r, t, 0.5), CHAT, q, None, kind

        run_sessions(sink, acct, [kit], 1, "flat", 12.0, (1, 1), 60, prompt)


# ---------------------------------------------------------------- J. embedding sweep
def embedding_sweep(sink: Sink) -> None:
    rng = sink.rng
    vocab = sorted({w.lower() for q in C.pool("nq")[:3000] for w in q.split() if w.isalpha() and len(w) > 2})
    nq = C.pool("nq")
    ips = fixed_ips("ovh", "emb-sweep", 4)
    for i in range(16):
        acct = sink.account(sink.created_ago(5, 20), "payg", pay=card(sink.seed, sink.name, i % 2))
        kit = Kit("fixed", "Lagos", SDKS["requests"], None, net="ovh", ips=ips)
        k = i * 400
        for day in range(sink.days):
            for _ in range(rng.randint(2, 4)):              # batches of back-to-back calls
                t = pick_time(rng, day, 1, "flat", sink.days)
                for _ in range(rng.randint(60, 110)):
                    mode = k % 3
                    text = (vocab[k % len(vocab)] if mode == 0 else nq[k % len(nq)] if mode == 1
                            else f"{vocab[k % len(vocab)]} {vocab[(k * 7) % len(vocab)]}")
                    sink.add(acct, t, kit.client(rng, t), "baobab-embed-1", EMB, text, None, "embed")
                    k += 1
                    t += rng.randint(250, 1200)


# ---------------------------------------------------------------- K. agentic trajectories on hijacked accounts
AGENT_SYS = ("You are an autonomous software agent. Tools: search(query), read_file(path), run_python(code), "
             "write_file(path, text), finish(answer). Before every action, narrate your complete reasoning in detail, "
             "then call exactly one tool as JSON.")


def agentic_trajectories(sink: Sink) -> None:
    rng = sink.rng
    for i in range(18):
        city = ["Lagos", "Nairobi", "Accra"][i % 3]
        who = f"{sink.name}:{i}"
        acct = sink.account(sink.created_ago(365, 1100), "payg", pay=card(sink.seed, who))
        owner = person_kits(rng, city, who, 0.8, 0.1, 0.1)
        from .corpus import everyday
        country = {"Lagos": "NG", "Nairobi": "KE", "Accra": "GH"}[city]
        run_sessions(sink, acct, owner, {"NG": 1, "KE": 3, "GH": 0}[country], "consumer", 0.8, (1, 5), 60,
                     lambda r, t, c=country: ("baobab-1-mini", CHAT, everyday(r, c)[0], None, "chat"))
        kit = Kit("fixed", city, SDKS["openai_py"], None, net="aws_euw1", ips=fixed_ips("aws_euw1", f"agent{i % 4}", 3))
        taken = T0 + int(rng.uniform(0.2, 1.4) * DAY)            # credentials stolen at some point
        t = taken
        while t < T0 + sink.days * DAY:
            task = C.pick(rng, rng.choice(["arena", "mbpp", "humaneval"]))
            transcript = f"Task: {task}\n"
            for step in range(rng.randint(6, 18)):
                action = rng.choice(["search", "read_file", "run_python", "write_file"])
                transcript += f"\nStep {step + 1}: reasoning ... then {action}(...) -> observation ({rng.randint(200, 3000)} chars)"
                pt = 900 + step * rng.randint(600, 1500)
                sink.add(acct, t, kit.client(rng, t), model_after(rng, t, 0.8), "/v1/responses", transcript,
                         AGENT_SYS, "agent", pt=pt)
                t += rng.randint(4000, 25000)
            t += rng.randint(20 * MIN, 90 * MIN)


# ---------------------------------------------------------------- L. labelling company harvesting
HARVEST_RUBRIC = ("You are helping produce gold-standard data for a client project. Follow the guidelines: give a "
                  "complete step-by-step rationale, then the final answer on its own line.")


def labelling_company_harvest(sink: Sink) -> None:
    rng = sink.rng
    firm = "jenga-data-annotation"
    org, pay = org_id(firm), card(firm)
    office = office_kit("Nairobi", firm, "office", *browser("chrome_win"))
    script = office_kit("Nairobi", firm, "office", SDKS["py"], None)
    for i in range(55):
        acct = sink.account(sink.created_ago(15, 300), "team", org=org, pay=pay)

        def prompt(r: random.Random, t: int) -> tuple:
            if r.random() < 0.2:
                q = f"Rate this response for helpfulness 1-5 and justify.\n\nPrompt: {C.pick(r, 'si_user')}\n\nResponse: {C.short_awesome(r, 900)}"
                return "baobab-1-mini", CHAT, q, HARVEST_RUBRIC, "classify"
            q, kind = harvest(r, {"gsm8k": 2, "math": 2, "mbpp": 1, "arena": 1}, 0.3)
            return model_after(r, t, 0.7), CHAT, q, HARVEST_RUBRIC, kind

        run_sessions(sink, acct, [office, script], 3, "bpo", 4.0, (4, 16), 40, prompt, kit_weights=[0.6, 0.4])


CAMPAIGNS = [
    ("insider_fintech", insider_fintech), ("reseller_gateway", reseller_gateway), ("low_slow_trickle", low_slow_trickle),
    ("embedding_sweep", embedding_sweep), ("agentic_trajectory_harvest", agentic_trajectories),
    ("labelling_company_harvest", labelling_company_harvest),
]
