"""Campaigns whose collective trace lies in what they ask, when, and how much:
templates over a task space, reasoning elicitation, release timing, slow
sweeps, paraphrase, zero-retention volume, multilingual duplicates."""
from __future__ import annotations

from bench.heldout33 import network as net
from bench.heldout33.actors import Client, aged, ask, near_release
from bench.heldout33.campaigns_infra import Queue
from bench.heldout33.corpora import paraphrase
from bench.heldout33.textbank import COT_EN, COT_VI, LANG_WRAP, RATIONALE
from bench.heldout33.world import HOUR, MIN, RELEASE, World, sample_ts, session_times

_GRID = [("algebra", "linear equations"), ("algebra", "inequalities"), ("number theory", "divisibility"),
         ("geometry", "triangles"), ("probability", "counting"), ("arithmetic", "rates"), ("calculus", "limits"),
         ("code", "strings"), ("code", "arrays"), ("code", "dynamic programming")]


def task_grid_cron(w: World, n: int) -> None:
    """A scheduler on a regional cloud walks a (domain x skill x level) grid;
    every 30 minutes all workers fire within the same few seconds.
    Trace: synchrony and one rigid template."""
    name = "task_grid_cron"
    rng = w.rng(f"camp/{name}")
    queues = {"math": Queue(w, rng, ("math",)), "arithmetic": Queue(w, rng, ("gsm8k", "svamp")),
              "code": Queue(w, rng, ("mbpp",))}
    ips = net.ip_block(rng, 38732, 8)
    accts = [w.account(rng, name, name, aged(rng, 10, 90), tier="plus") for _ in range(n)]
    cls = [Client("python-httpx/0.27.0", w.new_id("dev", "d_"), ips[i % 8], 38732) for i in range(n)]
    cell = 0
    t = w.start + 7 * MIN
    while t < w.end:
        for a, cl in zip(accts, cls):
            dom, skill = _GRID[cell % len(_GRID)]
            level = 1 + (cell // len(_GRID)) % 5
            item = queues.get(dom, queues["math"]).next()
            text = (f"[{dom}/{skill}/L{level}] {item}\n\nProvide a rigorous step-by-step solution. "
                    "Label each step. End with 'Final answer:'.")
            ask(w, rng, a, t + rng.randrange(0, 6000), text, cl, cmean=800, eager=0.8)
            cell += 1
        t += 30 * MIN


_TOOLS_SYS = ('You are an autonomous agent. Tools: [{"name":"web_search","parameters":{"q":"string"}},'
              '{"name":"python","parameters":{"code":"string"}},{"name":"read_file","parameters":{"path":"string"}},'
              '{"name":"sql","parameters":{"query":"string"}}]. For every step write Thought:, Action:, '
              'Action Input:, then a plausible Observation:, until Final Answer:. Be exhaustive.')


def agentic_tool_traces(w: World, n: int) -> None:
    """A registered 'AI startup' harvesting full agent trajectories: tool schema
    system prompt, open-ended tasks, very long completions, all day.
    Trace: one org, one tool-schema prompt, extreme completion lengths."""
    name = "agentic_tool_traces"
    rng = w.rng(f"camp/{name}")
    org, card = w.new_id("org", "org-", 6), w.new_id("pay", "pm_", 6)
    q = Queue(w, rng, ("arena", "seed", "user", "humaneval"))
    for _ in range(n):
        a = w.account(rng, name, name, aged(rng, 20, 120), org_id=org, payment=card, tier="team")
        cl = Client("song-python/2.3.1", w.new_id("dev", "d_"), net.ip_in(rng, 16509), 16509)
        for ts in session_times(rng, "us_client", w.start, w.end, int(rng.uniform(25, 45) * w.days), 40, 12):
            text = "Task: " + q.next() + "\nSolve it end to end using the tools."
            ask(w, rng, a, ts, text, cl, cmean=2600, system=_TOOLS_SYS, endpoint="/v1/responses", eager=0.7)


def rationale_elicitation(w: World, n: int) -> None:
    """Hands the model a question with its answer and asks it to write out the
    reasoning behind it (reasoning-trace distillation) through residential
    proxies. Trace: the elicitation phrasing and a stale HTTP client."""
    name = "rationale_elicitation"
    rng = w.rng(f"camp/{name}")
    q = Queue(w, rng, ("gsm8k", "math", "svamp"))
    for _ in range(n):
        a = w.account(rng, name, name, aged(rng, 5, 150))
        cl = Client("python-requests/2.31.0", w.new_id("dev", "d_"), "", 0)
        for ts in session_times(rng, "vn_day", w.start, w.end, int(rng.uniform(20, 40) * w.days), 45, 3):
            asn = net.pick_weighted(rng, net.HOME_MIX)
            cl.ip, cl.asn = net.ip_in(rng, asn), asn  # a new residential exit per request
            ans = str(rng.randint(2, 500)) if rng.random() < 0.7 else f"\\frac{{{rng.randint(1, 9)}}}{{{rng.randint(2, 12)}}}"
            ask(w, rng, a, ts, rng.choice(RATIONALE).format(q=q.next(), a=ans), cl, cmean=750)


def release_burst(w: World, n: int) -> None:
    """Fresh accounts opened hours before the launch, idle until song-4 is
    live, then harvesting it hard for about a day.
    Trace: creation times, an instant switch to song-4, a shared start."""
    name = "release_burst"
    rng = w.rng(f"camp/{name}")
    q = Queue(w, rng, ("gsm8k", "math", "mbpp", "humaneval"))
    for _ in range(n):
        a = w.account(rng, name, name, near_release(rng, -10, -1))
        asn = rng.choice([45102, 14061, 7552, 18403])
        cl = Client(rng.choice(["python-httpx/0.28.1", net.BROWSERS[0]]), w.new_id("dev", "d_"), net.ip_in(rng, asn), asn)
        go = RELEASE + rng.randint(5, 40) * MIN
        stop = go + rng.randint(16, 26) * HOUR
        for ts in session_times(rng, "flat", go, min(stop, w.end), rng.randint(40, 90), 20, 25):
            ask(w, rng, a, ts, rng.choice(COT_EN + COT_VI).format(q=q.next()), cl, cmean=900, model="song-4")


def slow_drip_sweep(w: World, n: int) -> None:
    """Built to stay under every per-account limit: six or so requests a day per
    account, spread evenly, a new residential address every time. Together
    the accounts walk the MATH set in order.
    Trace: accounts opened in the same three days, an old SDK build, and a
    collective, non-repeating sweep of one benchmark."""
    name = "slow_drip_sweep"
    rng = w.rng(f"camp/{name}")
    items = list(w.prompts.by["math"])
    born = aged(rng, 92, 95)
    accts = [w.account(rng, name, name, born + rng.randrange(0, 3 * 24 * HOUR)) for _ in range(n)]
    i = 0
    for a in accts:
        dev = w.new_id("dev", "d_")
        k = max(1, int(rng.uniform(4, 8) * w.days))
        step = (w.end - w.start) // k
        for j in range(k):
            ts = w.start + j * step + rng.randrange(0, step)
            asn = net.pick_weighted(rng, net.HOME_MIX)
            cl = Client("song-python/2.1.0", dev, net.ip_in(rng, asn), asn)
            ask(w, rng, a, ts, items[i % len(items)] + "\nGive a complete solution with reasoning.", cl, cmean=600)
            i += 1


def paraphrase_evader(w: World, n: int) -> None:
    """Competition maths, each item requested two or three times by different
    accounts in different surface forms (synonyms, reordered sentences, noise)
    to gather several samples per item without near-duplicate prompts.
    Trace: one hosting ASN and a very narrow topic."""
    name = "paraphrase_evader"
    rng = w.rng(f"camp/{name}")
    q = Queue(w, rng, ("math", "gsm8k"))
    exits = [net.ip_in(rng, 9009) for _ in range(12)]
    accts = [w.account(rng, name, name, aged(rng, 10, 200), tier="plus") for _ in range(n)]
    cls = [Client(net.browser(rng), w.new_id("dev", "d_"), rng.choice(exits), 9009) for _ in range(n)]
    for _ in range(int(n * 11 * w.days)):
        item = q.next()
        for _ in range(rng.randint(2, 3)):
            k = rng.randrange(n)
            ts = sample_ts(rng, "flat", w.start, w.end)
            ask(w, rng, accts[k], ts, paraphrase(rng, item), cls[k], cmean=650, ip=rng.choice(exits))


def zdr_insider(w: World, n: int) -> None:
    """Harvesting from inside an organisation with zero data retention, so no
    prompt text reaches the gateway. Trace: round-the-clock, near-constant
    prompt sizes and very long completions across the whole org."""
    name = "zdr_insider"
    rng = w.rng(f"camp/{name}")
    org, card = w.new_id("org", "org-", 6), w.new_id("pay", "pm_", 6)
    ips = net.ip_block(rng, 38732, 3)
    for _ in range(n):
        a = w.account(rng, name, name, aged(rng, 30, 300), org_id=org, payment=card, tier="enterprise")
        cl = Client("song-python/2.3.1", w.new_id("dev", "d_"), rng.choice(ips), 38732)
        for ts in session_times(rng, "flat", w.start, w.end, int(rng.uniform(60, 100) * w.days), 20, 30):
            ask(w, rng, a, ts, None, cl, cmean=2400, ptoks=rng.randint(170, 260), eager=0.6)


def multilingual_probe(w: World, n: int) -> None:
    """The same maths items asked in six languages by different accounts, to
    collect multilingual reasoning. Trace: four cards; cross-language copies."""
    name = "multilingual_probe"
    rng = w.rng(f"camp/{name}")
    cards = [w.new_id("pay", "pm_", 6) for _ in range(4)]
    q = Queue(w, rng, ("gsm8k", "svamp", "math"))
    accts = []
    for i in range(n):
        asn = rng.choice([45102, 16509, 18403])
        accts.append((w.account(rng, name, name, aged(rng, 5, 80), payment=cards[i % 4], tier="plus"),
                      Client(net.browser(rng), w.new_id("dev", "d_"), net.ip_in(rng, asn), asn)))
    langs = list(LANG_WRAP)
    for _ in range(int(n * 7 * w.days)):
        item = q.next()
        for lang in rng.sample(langs, rng.randint(3, 6)):
            a, cl = accts[rng.randrange(n)]
            ask(w, rng, a, sample_ts(rng, "vn_day", w.start, w.end), LANG_WRAP[lang].format(q=item), cl, cmean=700)
