"""Benign technical traffic: developers with coding agents, framework (RAG template) users, CI bots,
embedding/RAG index builders, a research lab comparing models, and a launch-day eval team."""
from __future__ import annotations

from . import corpus, devices, networks
from .habits import heavy_count, poisson, sample_ts, session
from .people import ip_of, person
from .world import DAY1, HOUR, LAUNCH, MIN, SEC

AGENT_SYS = ("You are AtlasCode, an autonomous coding agent running inside the user's editor. You can call tools: "
             "read_file(path), write_file(path, content), run_terminal(cmd), search_repo(query), apply_patch(diff). "
             "Think before acting. Keep edits minimal. Never run destructive commands without confirmation. "
             "Respond with a tool call in JSON or a final answer.")
TOOL_RESULTS = ["Tool result (run_terminal): 3 passed, 1 failed\nFAILED tests/test_api.py::test_pagination - AssertionError",
                "Tool result (read_file): 212 lines\n```python\nclass InvoiceService:\n    def __init__(self, repo):\n        self.repo = repo\n```",
                "Tool result (search_repo): 4 matches in src/payments/*.py", "Tool result (apply_patch): ok, 2 files changed",
                "Tool result (run_terminal): ModuleNotFoundError: No module named 'pydantic_settings'",
                "Tool result (run_terminal): npm ERR! code ERESOLVE unable to resolve dependency tree"]
DEV_ASKS = ["Ajoute la pagination à l'endpoint /factures", "Fix the failing test in tests/test_api.py", "Refactor the auth middleware to use JWT",
            "Écris des tests unitaires pour le module de paiement CMI", "Migrate this Flask app to FastAPI", "Add Arabic RTL support to the React form",
            "Why does this Django query do N+1?", "Write a Dockerfile for this Node service"]


def developers(P, n=350):
    rng = P.rng
    coworks = [networks.site("coworking", c, s, 4) for s, c in [("technopark-casa", "MA"), ("cowork-rabat-agdal", "MA"),
                                                                 ("lab-tunis-lac", "TN"), ("station-f-paris", "FR")]]
    for i in range(n):
        c = rng.choices(["MA", "TN", "DZ", "FR", "CA"], [45, 15, 10, 25, 5])[0]
        cw = [x for x in coworks if x.country == c]
        net = cw[0] if cw and rng.random() < 0.3 else None
        a = person(P, c, rng.choice(["plus", "pro", "pro"]), 30, 900, net=net)
        a.devices = [devices.sdk(rng, rng.choice(["atlascode", "atlascode", "aider", "atlas-python"]))]
        a.sdk, a.retry_p = True, 0.85
        agentic = "AtlasCode" in a.devices[0][1] or "aider" in a.devices[0][1]
        use3 = rng.random() < 0.5
        for day in (0, 1):
            if rng.random() > 0.8:
                continue
            for _ in range(1 + poisson(rng, 1.5)):
                start = sample_ts(rng, day, c, "dev")
                ip = ip_of(P, a)
                ask = rng.choice(DEV_ASKS) if rng.random() < 0.5 else corpus.pick(rng, rng.choice(["arena", "mbpp", "humaneval"]), 2500)
                steps = heavy_count(rng, 9 if agentic else 3, 0.6, 1, 60)
                model = "atlas-3" if use3 and start >= LAUNCH else "atlas-2"
                for j, t in enumerate(session(rng, start, steps, 9 if agentic else 120, 0.6)):
                    p = ask if j == 0 else rng.choice(TOOL_RESULTS)
                    P.req(a, t, p, system=AGENT_SYS if agentic else None, model=model,
                          kind="code_agent" if agentic else "code", endpoint="responses" if agentic else "chat", ip=ip)


RAG_TPL = ("Use the following pieces of context to answer the question at the end. If you don't know the answer, "
           "just say that you don't know, don't try to make up an answer.\n\n{ctx}\n\nQuestion: {q}\nHelpful Answer:")
RAG_SYS = ["You are a helpful assistant.", "Tu es l'assistant de {b}. Réponds uniquement à partir du contexte fourni.", None]
BIZ = ["la CNSS", "une banque marocaine", "un cabinet d'avocats", "une mutuelle", "une agence immobilière", "un opérateur télécom"]


def framework_users(P, n=250):
    rng = P.rng
    for i in range(n):
        c = rng.choices(["MA", "TN", "DZ", "FR", "BE", "CA"], [40, 15, 10, 22, 5, 8])[0]
        cloud = rng.random() < 0.45
        net = networks.CLOUDS[rng.choice(["aws-paris", "ovh", "scaleway", "azure-fr", "gcp-europe", "hetzner"])] if cloud else None
        a = person(P, c, rng.choice(["plus", "pro"]), 20, 700, net=net)
        a.devices = [devices.sdk(rng, rng.choice(["langchain", "llamaindex", "openai-compat", "atlas-node"]))]
        a.sdk, a.retry_p = True, 0.9
        sys = rng.choice(RAG_SYS)
        sys = sys.replace("{b}", rng.choice(BIZ)) if sys else None
        prof = "backend" if cloud else "dev"
        for day in (0, 1):
            for _ in range(poisson(rng, 2.2)):
                start = sample_ts(rng, day, c, prof)
                ip = ip_of(P, a)
                for t in session(rng, start, heavy_count(rng, 5, 0.8, 1, 60), 40):
                    ctx = "\n\n".join(corpus.pick(rng, rng.choice(["awesome", "arena", "si_seed"]), 700) for _ in range(rng.randint(2, 4)))
                    q = corpus.pick(rng, rng.choice(["nq", "si_user"]), 300)
                    P.req(a, t, RAG_TPL.replace("{ctx}", ctx).replace("{q}", q), system=sys, kind="qa",
                          model="atlas-2" if rng.random() < 0.7 else "atlas-2-lite", ip=ip)


CI_PROMPTS = ["Reply with exactly the word OK.", "Return the JSON {\"status\": \"ok\"} and nothing else.", "ping"]
CI_SUITE = [("Classify the sentiment of: 'Le service était lent mais le personnel adorable.' Answer positive/negative/mixed.", "classify"),
            ("Extract the invoice number from: 'Facture N° FA-2027-00{n} du 03/06/2027'", "classify"),
            ("Translate to English: 'Le paiement a été refusé par la banque.'", "translate"),
            ("Summarise in one sentence: the meeting was moved to Thursday because the client is travelling.", "summarise"),
            ("Is this message spam? 'Félicitations vous avez gagné un iPhone, cliquez ici'", "classify")]


def ci_bots(P, n=40):
    rng = P.rng
    for i in range(n):
        c = rng.choice(["MA", "FR", "TN"])
        net = networks.CLOUDS[rng.choice(["azure-fr", "hetzner", "aws-paris", "digitalocean"])]
        a = person(P, c, "pro", 60, 700, net=net, org_id=P.org(("ci", i // 2)))
        a.devices = [devices.sdk(rng, "ci")]
        a.sdk, a.retry_p = True, 0.5
        every = rng.choice([10, 15, 30, 60]) * MIN
        model = rng.choice(["atlas-2", "atlas-2-lite", "atlas-1.5"])
        hc = rng.choice(CI_PROMPTS)
        t = DAY1 + rng.randrange(every)
        while t < DAY1 + 48 * HOUR:
            P.req(a, t + rng.randrange(-3 * SEC, 3 * SEC), hc, model=model, kind="health", max_tokens=5)
            t += every
        for day in (0, 1):  # nightly regression suite + a few PR-triggered runs
            for run in range(1 + poisson(rng, 2)):
                start = DAY1 + day * 24 * HOUR + (2 * HOUR if run == 0 else rng.randrange(7 * HOUR, 19 * HOUR))
                for j, t in enumerate(session(rng, start, len(CI_SUITE) * 3, 1.2, 0.3)):
                    p, k = CI_SUITE[j % len(CI_SUITE)]
                    P.req(a, t, p.replace("{n}", str(j % 97)), model=model, kind=k, max_tokens=60)


def rag_indexers(P, n=40):
    """Bulk-embedding document collections for search: bursts of hundreds of embedding calls."""
    rng = P.rng
    for i in range(n):
        c = rng.choice(["MA", "MA", "FR", "TN"])
        net = networks.CLOUDS[rng.choice(["aws-paris", "ovh", "gcp-europe", "scaleway"])]
        a = person(P, c, "pro", 15, 500, net=net)
        a.devices = [devices.sdk(rng, rng.choice(["atlas-python", "langchain", "httpx"]))]
        a.sdk, a.retry_p = True, 0.95
        src = rng.choice(["awesome", "arena", "si_user", "nq"])
        cursor = rng.randrange(corpus.size(src))
        for day in (0, 1):
            for _ in range(poisson(rng, 1.2)):
                start = sample_ts(rng, day, c, "office")
                for t in session(rng, start, heavy_count(rng, 80, 0.7, 10, 700), 0.9, 0.5):
                    txt = corpus.item(src, cursor, 1800)
                    cursor += 1
                    P.req(a, t, txt, model="atlas-embed-2", endpoint="embed", kind="embed", ip=ip_of(P, a))
            for t in session(rng, sample_ts(rng, day, c, "backend"), poisson(rng, 25), 300, 1.2):
                P.req(a, t, corpus.pick(rng, "nq", 200), model="atlas-embed-2", endpoint="embed", kind="embed", ip=ip_of(P, a))


def research_lab(P, n=5):
    """A university AI lab sends the same prompt set to every model (and several temperatures)."""
    rng = P.rng
    org, card = P.org("iakr-lab"), P.card("iakr-lab")
    campus = networks.CAMPUS_NETS[1]
    items = [("arena", rng.randrange(1500)) for _ in range(40)] + [("gsm8k", rng.randrange(8000)) for _ in range(60)]
    for i in range(n):
        a = person(P, "MA", "enterprise", 90, 400, org_id=org, payment=card, net=campus)
        a.devices = [devices.sdk(rng, "atlas-python")]
        a.sdk, a.retry_p = True, 0.9
        for day in (0, 1):
            start = sample_ts(rng, day, "MA", "campus", lo_ms=LAUNCH + 2 * HOUR if day == 0 else 0)
            models = ["atlas-2", "atlas-2-lite", "atlas-3"]
            sub = items[i * 20: i * 20 + 40] if i < 4 else items
            ts = start
            for rep in range(rng.choice([1, 2])):
                for m in models:
                    for src, idx in sub:
                        ts += rng.randint(800, 4000)
                        txt = corpus.item(src, idx, 2500)
                        if src == "gsm8k":
                            txt = "Q: " + txt + "\nA:"
                        P.req(a, ts, txt, model=m, kind="math" if src == "gsm8k" else "chat", net=campus)


EVAL_TPL = "Question: {q}\nLet's think step by step, then give the final answer in the form \\boxed{{answer}}."


def eval_team(P, n=6):
    """A media lab benchmarks atlas-3 the day it launches: dataset order, fixed CoT template, 8-way concurrency."""
    rng = P.rng
    org, card = P.org("tech-media-bench"), P.card("tech-media-bench")
    net = networks.CLOUDS["aws-paris"]
    for i in range(n):
        a = person(P, "MA", "enterprise", 200, 700, org_id=org, payment=card, net=net)
        a.devices = [devices.sdk(rng, "httpx")]
        a.sdk, a.retry_p = True, 1.0
        src = ["gsm8k", "math", "gsm8k", "math", "svamp", "humaneval"][i]
        start = LAUNCH + int((1.5 + 0.3 * i) * HOUR)
        off = rng.randrange(corpus.size(src))
        ts = start
        for j in range(heavy_count(rng, 700, 0.2, 300, 1100)):
            ts += rng.randint(1200, 9000)
            q = corpus.item(src, off + j, 2500)
            p = EVAL_TPL.replace("{q}", q) if src != "humaneval" else "Complete the following function.\n\n" + q
            P.req(a, ts, p, model="atlas-3" if j % 10 else "atlas-2", kind="math_cot" if src != "humaneval" else "code",
                  ip=net.address(i * 7 + 3))
