"""Less obvious distillation designs: agent-trajectory harvesting over a tool-scenario grid, embedding
harvesting for an embedding mimic, low-resource language pivoting (new), soft-label resampling spread
across accounts (new), and preference/judge harvesting for a reward model (new)."""
from __future__ import annotations

from . import corpus, devices, networks, phrases
from .habits import heavy_count, poisson, sample_ts, session
from .harvest import DOMAINS, Coverage, task_item
from .people import ip_of, person
from .world import DAY1, HOUR, LAUNCH, MIN, SEC

TOOLSETS = [("calendar", "list_events(date), create_event(title, start, end), invite(email)"),
            ("sql", "run_query(sql), describe_table(name)"), ("web", "search(query), open_url(url)"),
            ("files", "read_file(path), write_file(path, content), list_dir(path)"),
            ("payments", "get_invoice(id), refund(id, amount), send_receipt(email)"),
            ("shell", "run(cmd), read_log(service)"), ("crm", "find_customer(phone), update_ticket(id, status, note)")]
GOALS = ["Book a meeting with the Rabat team next Tuesday and email the agenda", "Find customers who churned in May and draft a win-back message",
         "Refund order {n} and notify the client", "Find why the nginx service crashes at night", "Summarise the latest 3 articles on {d}",
         "Create a weekly report of open tickets by region", "Migrate table orders_{n} to the new schema"]


def agent_trajectories(P, n=40):
    """c09: synthetic agent episodes over a toolset x goal grid on /v1/responses; the UA copies the AtlasCode
    extension but the TLS fingerprint is aiohttp's."""
    rng = P.rng
    nets = [networks.VPNS["leaseweb"], networks.CLOUDS["digitalocean"]]
    tls = devices.sdk(rng, "aiohttp")[0]
    ua = devices.SDKS["atlascode"][0]
    cell = rng.randrange(1000)
    for i in range(n):
        a = person(P, rng.choice(["TN", "MA", "FR"]), "pro", 8, 40, net=nets[i % 2])
        a.devices, a.sdk, a.retry_p = [(tls, ua)], True, 0.9
        for day in (0, 1):
            for _ in range(heavy_count(rng, 12, 0.3, 4, 30)):
                start = sample_ts(rng, day, a.country, "dev")
                ip = a.net.address(rng.randrange(a.net.pool))
                cell += 1
                name, tools = TOOLSETS[cell % len(TOOLSETS)]
                goal = GOALS[(cell // len(TOOLSETS)) % len(GOALS)].replace("{n}", str(cell % 977)).replace("{d}", DOMAINS[cell % len(DOMAINS)])
                sysp = (f"You are an autonomous {name} agent. Available tools: {tools}. Before each tool call, write your full "
                        f"reasoning in a <thinking> block. Respond with one tool call or a final answer.")
                for j, t in enumerate(session(rng, start, rng.randint(3, 9), 6, 0.5)):
                    p = goal if j == 0 else f"Observation {j}: " + corpus.pick(rng, "nq", 120) + " -> ok"
                    P.req(a, t, p, system=sysp, model="atlas-3" if t >= LAUNCH else "atlas-2", kind="code_agent",
                          endpoint="responses", ip=ip)


LEXICON = ["dar", "khobz", "atay", "zwin", "bezzaf", "daba", "ghadi", "mzyan", "safi", "wakha", "baraka", "tazart", "aman",
           "tamurt", "azul", "ⴰⵎⴰⵏ", "ⵜⴰⵎⵓⵔⵜ", "شكرا", "بزاف", "دابا", "مزيان", "واخا"]


def embed_harvest(P, n=20):
    """c10: walks whole corpora plus a Darija/Tamazight probe lexicon through the embeddings model, to fit
    an embedding mimic; spread over accounts so each looks like a RAG indexer."""
    rng = P.rng
    nets = [networks.CLOUDS["gcp-europe"], networks.CLOUDS["ovh"]]
    cards = [P.card(k) for k in range(4)]
    srcs = ["nq", "arena", "si_user", "gsm8k", "awesome"]
    for i in range(n):
        a = person(P, "FR", "pro", 12, 45, net=nets[i % 2], payment=cards[i % 4])
        a.devices, a.sdk, a.retry_p = [devices.sdk(rng, "httpx")], True, 0.95
        cov = Coverage(srcs[i % len(srcs)], rng.randrange(1000), 1)
        for day in (0, 1):
            for _ in range(1 + poisson(rng, 2)):
                start = sample_ts(rng, day, "FR", "flat")
                for t in session(rng, start, heavy_count(rng, 70, 0.4, 15, 300), 1.5, 0.6):
                    if rng.random() < 0.15:
                        p = " ".join(rng.choice(LEXICON) for _ in range(rng.randint(1, 4)))
                    else:
                        p = cov.next(1500)
                    P.req(a, t, p, model="atlas-embed-2", endpoint="embed", kind="embed", ip=ip_of(P, a))


PIVOT_LANGS = ["en", "fr", "ar", "dar_lat", "dar_ar", "tzm"]
PIVOT_TPL = {"en": "{q}\nSolve it and explain each step.",
             "fr": "Traduis l'énoncé en français, puis résous-le en français en expliquant chaque étape :\n{q}",
             "ar": "ترجم المسألة إلى العربية الفصحى ثم حلها خطوة بخطوة بالعربية:\n{q}",
             "dar_lat": "tarjem had tamrin l darija (b l7orof latiniya) o 7ello b darija step by step:\n{q}",
             "dar_ar": "ترجم هاد التمرين للدارجة وحلو بالدارجة خطوة بخطوة:\n{q}",
             "tzm": "Ssuqel-d aɣbalu-a ɣer tmaziɣt (tifinagh) syin fru-t s tmaziɣt, s tikli s tikli:\n{q}"}


def language_pivot(P, n=40):
    """c12 (new): the same task asked in English, French, MSA, Darija (both scripts) and Tamazight, each time
    asking the model to translate then solve in that language — distilling Atlas's low-resource-language
    reasoning, its real moat. Sessions look like translators or language learners."""
    rng = P.rng
    for i in range(n):
        c = rng.choice(["MA", "MA", "DZ", "FR"])
        a = person(P, c, "plus", 10, 90, app_share=0.2)
        for day in (0, 1):
            for _ in range(1 + poisson(rng, 1.0)):
                start = sample_ts(rng, day, c, "consumer")
                ip = ip_of(P, a)
                t = start
                for _task in range(heavy_count(rng, 4, 0.4, 1, 10)):
                    q, kind = task_item(rng, (("gsm8k", 5), ("svamp", 3), ("math", 2)))
                    langs = rng.sample(PIVOT_LANGS, rng.randint(3, 6))
                    for lg in langs:
                        P.req(a, t, PIVOT_TPL[lg].replace("{q}", corpus.paraphrase(rng, q, 0.2)),
                              model="atlas-3" if t >= LAUNCH and rng.random() < 0.5 else "atlas-2", kind="math_cot", ip=ip)
                        t += rng.randint(30, 200) * SEC


def resample_spread(P, n=30):
    """c13 (new): soft-label / self-consistency distillation needs K samples per prompt. Sending one prompt
    K times from one account is an obvious repeat, so each prompt is sent once by each of 5-8 different
    accounts within about an hour, each from its own home line."""
    rng = P.rng
    accts = []
    for i in range(n):
        c = rng.choice(["MA", "FR", "ES", "TN"])
        a = person(P, c, "plus", 20, 100, app_share=0.0)
        a.devices = [devices.sdk(rng, rng.choice(["atlas-python", "httpx", "openai-compat"]))]
        a.sdk = True
        accts.append(a)
    cov = Coverage("gsm8k", rng.randrange(8000), 1)
    for day in (0, 1):
        for _ in range(heavy_count(rng, 190, 0.1, 120, 260)):
            q = cov.next(1500)
            t0 = sample_ts(rng, day, "MA", "flat")
            for a in rng.sample(accts, rng.randint(5, 8)):
                t = t0 + rng.randrange(60 * MIN)
                P.req(a, t, q, model="atlas-3" if t >= LAUNCH else "atlas-2", kind="math", ip=ip_of(P, a))


JUDGE = ["Here is a question and two candidate answers.\n\nQuestion: {q}\n\nAnswer A: {a}\n\nAnswer B: {b}\n\n"
         "Which answer is better? Score each from 1 to 10 and explain your judgement in detail.",
         "Critique the following solution step by step and identify the first incorrect step, if any.\n\nProblem: {q}\n\n"
         "Proposed solution: {a}",
         "Rate this response for helpfulness, correctness and harmlessness (1-10 each) with a detailed rationale.\n\n"
         "Prompt: {q}\n\nResponse: {a}"]
CANDS = ["The answer is 42 because the two quantities add up after halving.", "We set x as the unknown, so 3x + 5 = 20 and x = 5.",
         "def solve(s):\n    return s[::-1]", "It depends on context; more information is needed.", "Final answer: 18",
         "First compute the total cost, then subtract the discount: 120 - 15 = 105.", "Je pense que c'est 7, mais je ne suis pas sûr."]


def judge_harvest(P, n=35):
    """c14 (new): harvesting a preference/reward model: pairwise judgements and step-level critiques of
    candidate answers (produced elsewhere) over benchmark prompts — looks like LLM-as-judge evaluation."""
    rng = P.rng
    sc = networks.CLOUDS["scaleway"]
    cards = [P.card(k) for k in range(7)]
    for i in range(n):
        on_cloud = i % 3 == 0
        a = person(P, rng.choice(["FR", "MA", "BE"]), "pro", 15, 120, payment=cards[i % 7], net=sc if on_cloud else None)
        a.devices, a.sdk = [devices.sdk(rng, rng.choice(["atlas-python", "httpx"]))], True
        for day in (0, 1):
            for _ in range(1 + poisson(rng, 1.5)):
                start = sample_ts(rng, day, a.country, "dev")
                ip = ip_of(P, a)
                for t in session(rng, start, heavy_count(rng, 18, 0.4, 4, 60), 20, 0.6):
                    q, _k = task_item(rng)
                    p = rng.choice(JUDGE).replace("{q}", corpus.cap(q, 1500)).replace("{a}", rng.choice(CANDS)).replace("{b}", rng.choice(CANDS))
                    P.req(a, t, p, model="atlas-3" if t >= LAUNCH and rng.random() < 0.6 else "atlas-2", kind="judge", ip=ip)
