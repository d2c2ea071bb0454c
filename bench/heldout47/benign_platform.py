"""Benign platform and service traffic: a launch-day eval team, app backends with one system
prompt for many end users, RAG/embedding pipelines, a zero-data-retention customer, and an
authorised reseller (chatbot platform for SMEs)."""
from __future__ import annotations

from . import devices
from .corpus import SONGKRAN, pick, pick_mix, wrap_local
from .networks import cloud_net, site_net
from .population import Population, card, org_id
from .world import CHAT, DAY, EMBED, HOUR, LAUNCH, LITE, MIN, NEW, T0, lognorm, sample_ts

EVAL_TPL = {
    "gsm8k": "Solve the following problem. Think step by step and show your reasoning. End with a line "
             "'Final answer: <number>'.\n\nProblem: {q}",
    "math": "Solve the following problem. Think step by step and show your reasoning. Put the final answer "
            "in \\boxed{{}}.\n\nProblem: {q}",
    "humaneval": "Complete the following Python function. Think step by step about edge cases first, then "
                 "give the full implementation in one code block.\n\n{q}",
    "mbpp": "Write a Python function for the task below. Think step by step, then give the code.\n\n{q}",
}


class EvalTeam(Population):
    """An AI startup's eval team benchmarking naga-3 on launch day with a fixed chain-of-thought
    template (GSM8K, MATH, HumanEval, MBPP), plus baseline runs on naga-chat-2. Runners in AWS
    Singapore, corporate card, high tier."""
    name = "eval_team_launch"

    def generate(self):
        r = self.rng
        org = org_id(self.seed, "evalteam")
        pay = card("evalteam", self.seed)
        net = cloud_net("aws", "eval-runner", 3)
        for k in range(self.n(8)):
            a = self.account("Bangkok", net, devices.sdk(r, ["naga-python/1.12.0"]), tier="t3", org=org, payment=pay,
                             age_days=r.uniform(200, 500), n_keys=2)
            bench = ["gsm8k", "math", "humaneval", "mbpp", "gsm8k", "math", "math", "gsm8k"][k % 8]
            t = LAUNCH + int(r.uniform(15, 70) * MIN)
            items = [pick(r, bench) for _ in range(r.randint(450, 750))]
            kind = "code" if bench in ("humaneval", "mbpp") else "math_cot"
            for j, q in enumerate(items):
                p = EVAL_TPL[bench].format(q=q)
                ev = self.add(a, t, NEW, kind, p, key=a.keys[0], session=0)
                if ev["status"] in (503, 529, 429, 500):
                    t += int(r.uniform(2, 6) * 1000)
                    self.add(a, t, NEW, kind, p, key=a.keys[0], session=0)
                t += int(lognorm(r, 3000, 0.5))
                if j % 200 == 199:
                    t += int(r.uniform(10, 60) * MIN)  # between shards
            t = T0 + DAY + int(r.uniform(9.5, 11) * HOUR)  # day-2 baseline on naga-chat-2
            for q in items[: r.randint(120, 220)]:
                self.add(a, t, CHAT, kind, EVAL_TPL[bench].format(q=q), key=a.keys[1], session=1)
                t += int(lognorm(r, 2500, 0.5))


APPS = [
    ("shopbuddy", "Bangkok", "gcp", "You are ShopBuddy, the shopping assistant of a Thai marketplace inside LINE. Answer in the "
     "customer's language, suggest products from the catalogue tool, never discuss competitors, keep answers under 80 words.", 2600, "server"),
    ("mekongfin", "Phnom Penh", "alibaba", "You are the FAQ assistant of a Cambodian microfinance bank. Answer only about "
     "accounts, loans and KHQR payments. Reply in Khmer unless the user writes English. Never ask for PINs.", 1500, "office"),
    ("laolingo", "Vientiane", "digitalocean", "You are a friendly Lao and English language tutor for teenagers. Correct "
     "mistakes gently, give one example sentence, and ask one follow-up question.", 1300, "student"),
    ("andaman-concierge", "Phuket", "aws", "You are the concierge of a Phuket resort group. Help guests with bookings, "
     "ferries, Songkran events and restaurants. Be polite, suggest resort services first.", 1800, "tourist"),
    ("condolaw", "Bangkok", "azure", "You help Bangkok condo owners understand juristic-person rules and tenancy "
     "contracts. You are not a lawyer; add a disclaimer.", 700, "evening"),
    ("angkortours", "Siem Reap", "vultr", "You are the chat assistant of an Angkor tour operator. Answer about temple passes, "
     "sunrise tours, tuk-tuk prices and Khmer New Year opening hours.", 1100, "tourist"),
    ("khaosod-digest", "Bangkok", "gcp", "Summarise the user's pasted news text in Thai in 3 bullet points, neutral tone.", 1400, "server"),
]


class AppBackends(Population):
    """App backends: one service account per environment sends one system prompt for thousands of
    end users; cloud IPs, SDK, no device id."""
    name = "app_backends"

    def generate(self):
        r = self.rng
        for app, city, cloud, system, volume, profile in APPS:
            org = org_id(self.seed, "app", app)
            pay = card("app", self.seed, app)
            net = cloud_net(cloud, app, r.randint(2, 4))
            prod = self.account(city, net, devices.sdk(r, ["naga-node/2.3.1", "naga-python/1.12.0", "Go-http-client/2.0"]),
                                tier="t3", org=org, payment=pay, age_days=r.uniform(90, 700), n_keys=2)
            staging = self.account(city, cloud_net(cloud, app + "-stg"), (prod.ua, None), tier="t2", org=org, payment=pay,
                                   age_days=r.uniform(90, 700))
            lang = {"Bangkok": "th", "Phuket": "en", "Phnom Penh": "km", "Siem Reap": "en", "Vientiane": "lo"}[city]
            model = LITE if volume > 1400 else CHAT
            for j in range(int(volume * 1.6 * self.scale)):
                ts = sample_ts(r, profile, 7, (1.0, 1.1))
                x = r.random()
                if x < 0.2:
                    q = r.choice(SONGKRAN[lang if r.random() < 0.6 else "en"])
                elif x < 0.55:
                    q = wrap_local(r, lang, pick(r, "nq")) if r.random() < 0.5 else pick(r, "nq")
                else:
                    q = pick(r, "user", 1500)
                self.add(prod, ts, model, "chat", q, system, key=prod.keys[j % 2], session=j)
            for j in range(int(volume * 0.03)):
                ts = sample_ts(r, "office", 7, (1.0, 0.3))
                self.add(staging, ts, r.choice([model, NEW if ts > LAUNCH else model]), "chat", pick(r, "seed"), system, session=j)


DOC_PREFIX = ["Policy", "Section", "Clause", "FAQ", "Manual p.", "Ticket", "KB article"]


def chunks(r, n: int) -> list[str]:
    out = []
    for _ in range(n):
        src = pick(r, r.choice(["awesome", "arena", "user", "seed"]), 20000)
        i = r.randrange(max(1, len(src) - 400)) if len(src) > 500 else 0
        out.append(f"{r.choice(DOC_PREFIX)} {r.randint(1, 40)}.{r.randint(1, 20)}: " + src[i:i + 500])
    return out


class RAGPipelines(Population):
    """Companies running retrieval-augmented generation: nightly embedding jobs over document
    chunks (bursty), a query service embedding each user question then answering with retrieved
    context in the system prompt."""
    name = "rag_embed_pipelines"

    def generate(self):
        r = self.rng
        for co in range(self.n(10)):
            cloud = r.choice(["aws", "gcp", "azure", "alibaba"])
            org = org_id(self.seed, "rag", co)
            pay = card("rag", self.seed, co)
            indexer = self.account("Bangkok", cloud_net(cloud, f"rag-idx{co}"), devices.sdk(r, ["langchain-naga/0.3.9"]),
                                   tier="t3", org=org, payment=pay, age_days=r.uniform(60, 400), endpoint="embed")
            query = self.account("Bangkok", cloud_net(cloud, f"rag-q{co}", 2), devices.sdk(r, ["naga-python/1.12.0"]),
                                 tier="t2", org=org, payment=pay, age_days=r.uniform(60, 400))
            for night in range(2):
                t = T0 + night * DAY + int(r.uniform(0.5, 3.5) * HOUR)
                for c in chunks(r, r.randint(150, 450)):
                    self.add(indexer, t, EMBED, "embed", c, session=night)
                    t += int(lognorm(r, 700, 0.5))
            for j in range(r.randint(150, 400)):
                ts = sample_ts(r, "office", 7, (1.0, 0.6))
                q = pick(r, "nq")
                self.add(query, ts, EMBED, "embed", q, session=j, endpoint="embed")
                ctx = "Answer using only the context.\n\nContext:\n" + "\n".join(chunks(r, 3))
                self.add(query, ts + int(r.uniform(150, 600)), CHAT if r.random() < 0.7 else LITE, "qa", q, ctx, session=j)


class ZDRInsurer(Population):
    """A Bangkok insurer and hospital group under zero data retention: the gateway forwards no
    prompt or system text, only counts. Claims-summary pipelines run around the clock."""
    name = "zdr_insurer"

    def generate(self):
        r = self.rng
        org = org_id(self.seed, "zdr")
        pay = card("zdr", self.seed)
        for k in range(self.n(18)):
            net = cloud_net("azure", f"zdr{k % 4}", 2) if k < 12 else site_net("bkk-bizfibre", "insurer-hq", 2)
            client = devices.sdk(r, ["naga-python/1.11.4"]) if k < 12 else devices.browser(r, False)
            a = self.account("Bangkok", net, client, tier="t2", org=org, payment=pay, age_days=r.uniform(100, 700),
                             endpoint="responses")
            n = r.randint(150, 450) if k < 12 else r.randint(15, 50)
            for j in range(n):
                ts = sample_ts(r, "shift24" if k < 12 else "office", 7, (1.0, 0.8) if k < 12 else (0.3, 0.3))
                pt = int(lognorm(r, 1800, 0.6))
                self.add(a, ts, CHAT if r.random() < 0.8 else LITE, "summary", None, None, ptoks=pt,
                         ctoks=int(lognorm(r, 260, 0.4)), session=j)


SME = ["noodle shop", "dental clinic", "car-rental desk", "phone repair shop", "guesthouse", "bakery", "tailor",
       "motorbike dealer", "language school", "durian farm", "cafe", "pharmacy"]


class LineBotPlatform(Population):
    """An authorised reseller: a chatbot platform hosting LINE/Messenger bots for SMEs, one
    sub-account per SME under the platform's org and card, system prompts from one template."""
    name = "line_bot_platform"

    def generate(self):
        r = self.rng
        org = org_id(self.seed, "chatfah")
        pay = card("chatfah", self.seed)
        net = cloud_net("gcp", "chatfah-gw", 6)
        for k in range(self.n(110)):
            shop, city = r.choice(SME), r.choice(["Bangkok", "Chiang Mai", "Phuket", "Phnom Penh", "Vientiane"])
            a = self.account(city, net, ("chatfah-gw/4.1 (+https://chatfah.example)", None), tier="t1", org=org,
                             payment=pay, age_days=r.uniform(5, 500))
            system = (f"You are the assistant of a {shop} in {city} (shop id {k}). Opening hours 9:00-20:00, closed "
                      f"{r.choice(['13-15 April', '14 April', 'never'])}. Answer briefly and politely; for prices, "
                      f"say staff will confirm.")
            for j in range(int(lognorm(r, 65, 0.7))):
                ts = sample_ts(r, "evening", 7, (1.0, 1.0))
                q = r.choice(SONGKRAN["th"]) if r.random() < 0.2 else wrap_local(r, "th", pick(r, "nq")) if r.random() < 0.5 else pick(r, "user", 800)
                self.add(a, ts, LITE, "chat", q, system, session=j)
