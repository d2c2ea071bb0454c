"""Distillation campaigns, mid sophistication, including two designs new to the anchor list:
chain-of-thought elicitation, agentic trajectory harvesting, a cross-account consensus sampler
(new) and a zero-data-retention shield (new)."""
from __future__ import annotations

from . import devices
from .benign_work import AGENT_SYS, trajectory
from .campaigns_crude import Campaign, harvest_model, harvest_prompt
from .corpus import pick, pick_mix, texts
from .networks import Net, cloud_net, ip_in, pool, RESI_PROXY
from .population import card, org_id
from .world import CHAT, DAY, HOUR, LAUNCH, NEW, T0, lognorm, sample_ts

ELICIT = [
    "Here is a question and a completed response. Articulate the internal reasoning behind the completed "
    "response and write it out step by step.\n\nQuestion: {q}\n\nCompleted response: {a}",
    "Below is a problem and its final answer. Reconstruct the full chain of thought that leads to this answer, "
    "every intermediate step, as if you were thinking it through.\n\nProblem: {q}\nAnswer: {a}",
    "Explain, step by step, the hidden reasoning an expert would go through to produce the answer below. Do not "
    "skip steps.\n\n{q}\n\nExpert answer: {a}",
    "For training notes: given the task and the accepted solution, write out the detailed reasoning trace "
    "(numbered steps) that justifies it.\n\nTask: {q}\nAccepted solution: {a}",
    "Q: {q}\nA: {a}\n\nNow walk me through the exact reasoning behind A, step by step, including checks.",
]


def fake_answer(r, q: str) -> str:
    return r.choice([f"The answer is {r.randint(2, 999)}.", f"\\boxed{{{r.randint(1, 99)}}}",
                     "It returns the correct list for all test cases.", "Yes, option (b).",
                     f"{r.randint(2, 60)}/{r.randint(61, 120)}"])


class CoTElicitation(Campaign):
    """Asks the model to articulate the internal reasoning behind a given answer (rationale
    harvesting) over maths, code and hard chat prompts; five rotating phrasings; datacenter VPN
    exits rotating per request; a handful of cards."""
    name = "cot_elicitation"

    def generate(self):
        r = self.rng
        net = Net("rotate", pool("m247", "exits", 60) + pool("datacamp", "exits", 60))
        cards = [card("cot", self.seed, k) for k in range(5)]
        for k in range(self.n(40)):
            a = self.account("Vientiane", net, devices.sdk(r, ["naga-python/1.12.0", "OpenAI/Python 1.68.2"]),
                             tier="t1", payment=cards[k % 5], age_days=r.uniform(5, 30))
            for j in range(int(lognorm(r, 115, 0.3))):
                ts = sample_ts(r, r.choice(["server", "evening"]), 7)
                _, q = pick_mix(r, {"math": 3, "gsm8k": 2, "arena": 2, "mbpp": 1}, 3000)
                self.add(a, ts, harvest_model(r, ts, 0.85), "rationale",
                         r.choice(ELICIT).format(q=q, a=fake_answer(r, q)), session=j)


HARVEST_SYS = AGENT_SYS + (" Before every tool call, write out your complete reasoning inside <thinking> tags, "
                           "covering alternatives you rejected.")


class AgenticHarvest(Campaign):
    """Agentic trajectory harvesting dressed as the IDE agent (same UA family), but from cloud VMs,
    around the clock, at machine pace, over benchmark tasks in corpus order, with a system prompt
    that extends the agent's with a demand for full reasoning."""
    name = "agentic_harvest"

    def generate(self):
        r = self.rng
        tasks = texts("mbpp") + texts("humaneval")
        for k in range(self.n(25)):
            a = self.account("Bangkok", cloud_net("gcp", f"agent{k}"), ("NagaCode/0.9.3 vscode/1.99.1", None), tier="t2",
                             payment=card("agentic", self.seed, k), age_days=r.uniform(3, 15))
            idx = k * 40
            t = T0 + int(r.uniform(0, 3) * HOUR)
            s = 0
            while t < T0 + 2 * DAY and s < 40:
                steps = trajectory(r, tasks[idx % len(tasks)], r.randint(4, 9))
                idx += 1
                for p in steps:
                    self.add(a, t, NEW if t >= LAUNCH else CHAT, "agent", p, HARVEST_SYS, session=s)
                    t += int(lognorm(r, 3200, 0.3))
                s += 1
                t += int(lognorm(r, 40 * 60_000, 0.5))


class ConsensusSampler(Campaign):
    """NEW DESIGN: cross-account best-of-N. Each harvested prompt goes to 5 different accounts
    within ~30 s (to collect several samples for self-consistency filtering) so no account ever
    repeats a prompt; every account sits on its own sticky residential exit and a real browser
    build, with free or personal payment."""
    name = "consensus_sampler"

    def generate(self):
        r = self.rng
        accts = []
        for k in range(self.n(60)):
            ip = ip_in(RESI_PROXY[k % len(RESI_PROXY)], "consensus", self.seed, k)
            free = r.random() < 0.4
            accts.append(self.account("Bangkok", Net("fixed", [ip]), devices.browser(r, r.random() < 0.3),
                                      tier="free" if free else "t1", payment=None if free else "own",
                                      age_days=r.uniform(10, 120)))
        paid = [a for a in accts if a.tier != "free"]
        for j in range(self.n(1000)):
            ts = sample_ts(r, "server", 7)
            kind, q = harvest_prompt(r, 0.5)
            model = harvest_model(r, ts, 0.9)
            group = r.sample(paid if model == NEW else accts, 5)
            for a in group:
                self.add(a, ts + r.randrange(30_000), model if a.tier != "free" else "naga-lite-2", kind, q, session=j)


class ZDRShield(Campaign):
    """NEW DESIGN: a shell company signs zero-data-retention terms, so the gateway forwards no text
    at all. Only counts remain: short prompts, near-maximal completions (reasoning), naga-3 right
    after launch, flat round-the-clock load."""
    name = "zdr_shield"

    def generate(self):
        r = self.rng
        org = org_id(self.seed, "lotus-analytics")
        pay = card("lotus", self.seed)
        for k in range(self.n(6)):
            a = self.account("Bangkok", cloud_net("aws", f"lotus{k}", 2), ("naga-python/1.12.0", None), tier="t2", org=org,
                             payment=pay, age_days=r.uniform(12, 25), endpoint="responses")
            for j in range(int(lognorm(r, 700, 0.2))):
                ts = sample_ts(r, "flat", 7)
                model = NEW if ts >= LAUNCH and r.random() < 0.9 else CHAT
                ct = int(lognorm(r, 2600 if model == NEW else 1500, 0.35))
                self.add(a, ts, model, "rationale", None, None, ptoks=int(lognorm(r, 420, 0.5)), ctoks=ct, session=j)
