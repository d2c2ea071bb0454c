"""Distillation campaigns, crude to mid: hydra proxy swarm, template sweep, embedding sweep,
an unauthorised reseller gateway, a launch-day burst."""
from __future__ import annotations

from . import devices
from .corpus import pick, pick_mix, texts
from .networks import Net, cloud_net, pool, resi_proxy_net
from .population import Population, card, org_id
from .world import CHAT, DAY, EMBED, HOUR, LAUNCH, LITE, MIN, NEW, T0, lognorm, sample_ts

COT_SUFFIX = ["\n\nShow your full reasoning step by step before the final answer.",
              "\n\nThink carefully and explain each step of your reasoning.",
              "\n\nLet's work through this step by step, writing out all intermediate reasoning.",
              "\n\nExplain your thought process in detail, then answer."]


class Campaign(Population):
    label = "attack"

    @property
    def campaign(self):  # type: ignore[override]
        return self.name


def harvest_prompt(r, cot: float = 1.0) -> tuple[str, str]:
    name, q = pick_mix(r, {"math": 3, "gsm8k": 2, "arena": 3, "humaneval": 1, "mbpp": 1.5}, 5000)
    kind = {"math": "math_cot", "gsm8k": "math_cot", "humaneval": "code", "mbpp": "code"}.get(name, "rationale")
    if r.random() < cot:
        q += r.choice(COT_SUFFIX)
    return kind, q


def harvest_model(r, ts: int, new_share: float = 0.8) -> str:
    return NEW if ts >= LAUNCH and r.random() < new_share else CHAT


class HydraSwarm(Campaign):
    """Hydra: hundreds of accounts behind a residential-proxy pool (new exit per request), created
    in batches, prepaid virtual cards shared by ~20 accounts each, a UA rotated per request over one
    HTTP library's TLS fingerprint; ~25 requests per account per day, a third of them cover traffic."""
    name = "hydra_swarm"

    def generate(self):
        r = self.rng
        net = resi_proxy_net(f"hydra{self.seed}", 5000)
        tls = devices.ja4("python-httpx-0.27")
        n = self.n(320)
        cards = [card("hydra", self.seed, k) for k in range(16)]
        for i in range(n):
            batch = i % 3
            age = [11.2, 7.5, 3.1][batch] + r.uniform(0, 0.05)
            a = self.account("Bangkok", net, (devices.BROWSERS[0][0], tls), tier="t1", payment=cards[i % len(cards)],
                             age_days=age)
            for j in range(int(lognorm(r, 42, 0.3))):
                ts = sample_ts(r, "server", 7)
                ua = devices.BROWSERS[r.randrange(len(devices.BROWSERS))][0]
                if r.random() < 0.33:
                    name, q = pick_mix(r, {"nq": 3, "user": 2})
                    self.add(a, ts, r.choice([CHAT, LITE]), "qa" if name == "nq" else "chat", q, ua=ua, session=j)
                else:
                    kind, q = harvest_prompt(r, 0.7)
                    self.add(a, ts, harvest_model(r, ts), kind, q, ua=ua, session=j)


SWEEP_TPL = ("Solve the following problem. Provide a detailed step-by-step solution, explaining every step, "
             "and then state the final answer.\n\nProblem: {q}")


class TemplateSweep(Campaign):
    """Crude: a few fresh accounts on a hosting provider sweep MATH and GSM8K in corpus order with
    one fixed CoT template, in long machine-paced runs."""
    name = "template_sweep"

    def generate(self):
        r = self.rng
        pay = card("sweep", self.seed)
        corpus = texts("math") + texts("gsm8k")
        for k in range(self.n(8)):
            a = self.account("Phnom Penh", cloud_net(r.choice(["hetzner", "ovh"]), f"sweep{k}"),
                             ("python-requests/2.32.3", None), tier="t1", payment=pay, age_days=r.uniform(1, 3))
            idx = k * 900
            for run in range(r.randint(3, 5)):
                t = T0 + int(r.uniform(0, 1.9) * DAY)
                for _ in range(r.randint(120, 220)):
                    q = corpus[idx % len(corpus)]
                    idx += 1
                    self.add(a, t, harvest_model(r, t, 0.9), "math_cot", SWEEP_TPL.format(q=q), session=run)
                    t += int(lognorm(r, 2300, 0.3))


class EmbedSweep(Campaign):
    """Embedding-model extraction: fresh accounts in HK/SG clouds push public question sets and
    benchmark texts through /v1/embeddings in corpus order, at machine pace."""
    name = "embed_sweep"

    def generate(self):
        r = self.rng
        cards = [card("emb", self.seed, k) for k in range(2)]
        corpus = texts("nq") + texts("gsm8k") + texts("arena")
        for k in range(self.n(10)):
            a = self.account("Phnom Penh", cloud_net(r.choice(["tencent", "alibaba"]), f"emb{k}", 2),
                             ("OpenAI/Python 1.68.2", None), tier="t2", payment=cards[k % 2],
                             age_days=r.uniform(2, 6), endpoint="embed")
            idx = k * 1700
            for run in range(r.randint(2, 4)):
                t = sample_ts(r, "flat", 7)
                for _ in range(r.randint(120, 220)):
                    self.add(a, t, EMBED, "embed", corpus[idx % len(corpus)], session=run)
                    idx += 1
                    t += int(lognorm(r, 1100, 0.3))


class ResellerGateway(Campaign):
    """An unauthorised 'cheap API' reseller: a one-api style gateway in a HK cloud fronts many end
    users through ~20 keys-as-accounts and keeps every completion as training data; it pads the
    flow with its own reasoning-harvest requests."""
    name = "reseller_gateway"

    def generate(self):
        r = self.rng
        cards = [card("resell", self.seed, k) for k in range(3)]
        net = cloud_net("tencent", "resell-gw", 4)
        for k in range(self.n(22)):
            a = self.account("Phnom Penh", net, ("new-api/0.6.2 (go1.22)", None), tier="t2", payment=cards[k % 3],
                             age_days=r.uniform(8, 40))
            for j in range(int(lognorm(r, 240, 0.3))):
                ts = sample_ts(r, "server", 8)
                if r.random() < 0.35:
                    kind, q = harvest_prompt(r, 1.0)
                    self.add(a, ts, harvest_model(r, ts, 0.9), kind, q, session=j)
                else:
                    name, q = pick_mix(r, {"arena": 3, "user": 2, "nq": 1, "awesome": 1}, 5000)
                    sys = pick(r, "awesome", 1500) if r.random() < 0.3 else None
                    self.add(a, ts, harvest_model(r, ts, 0.6), "qa" if name == "nq" else "chat", q, sys, session=j)


class LaunchBurst(Campaign):
    """Launch-day redirect: aged accounts with a little earlier chat-2 use poll naga-3 before the
    launch, then fire in lockstep (all accounts within seconds of each scheduler tick) straight
    through the overload without backing off, harvesting reasoning-heavy prompts."""
    name = "launch_burst"

    def generate(self):
        r = self.rng
        cards = [card("burst", self.seed, k) for k in range(6)]
        nets = [cloud_net(c, f"burst{k}", 2) for k, c in enumerate(["digitalocean", "vultr", "digitalocean", "vultr", "aws"])]
        n = self.n(60)
        accts = [self.account("Bangkok", nets[i % len(nets)], ("naga-python/1.12.0", None), tier="t1",
                              payment=cards[i % len(cards)], age_days=r.uniform(20, 90)) for i in range(n)]
        for a in accts:  # light, earlier use of chat-2
            for j in range(r.randint(2, 5)):
                ts = T0 + int(r.uniform(0.5, 9.5) * HOUR)
                self.add(a, ts, CHAT, "chat", pick(r, "user"), session=j)
        for a in accts[:4]:  # availability pollers
            t = LAUNCH - 30 * MIN + r.randrange(60_000)
            while t < LAUNCH + 3 * MIN:
                self.add(a, t, NEW, "chat", "ping", session=0)
                t += 60_000
        tick = LAUNCH + int(r.uniform(3, 6) * MIN)
        end = tick + int(3.2 * HOUR)
        while tick < end:
            for a in accts:
                if r.random() < 0.92:
                    kind, q = harvest_prompt(r, 0.9)
                    self.add(a, tick + r.randrange(2500), NEW, kind, q, session=1)
            tick += int(r.uniform(80, 100) * 1000)
        for a in accts:  # day-2 tail
            for j in range(r.randint(10, 25)):
                ts = T0 + DAY + int(r.uniform(0, 20) * HOUR)
                kind, q = harvest_prompt(r, 0.9)
                self.add(a, ts, NEW, kind, q, session=2 + j)
