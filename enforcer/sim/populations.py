"""Benign traffic and the legitimate look-alikes that naive rules confuse with
distillation: eval teams, app backends, shared framework prompts, school NATs
and students asking for step-by-step maths."""
from __future__ import annotations

import math
import random

from .generator import DATACENTER, DAY, HOUR, MODELS, NEW_MODEL, REGIONS, VPN, Net, geometric, poisson

FOLLOWUPS = (
    "thanks! can you make it shorter?", "Can you give me an example?", "Rewrite that in a more formal tone.",
    "What about in Python instead?", "continue", "explain that in simpler terms", "Are you sure? Please double-check.",
    "ok and what are the downsides?", "Can you put that in a table?", "make it more concise", "why?",
    "translate that to Spanish", "Can you expand on the second point?", "That didn't work, I get an error.",
    "now write a short summary of the above", "great, thanks. one more question", "Can you cite a source for that?")
SHORT_SYSTEM = (
    "You are a helpful assistant.", "You are a concise assistant. Answer briefly.",
    "You are a helpful coding assistant. Prefer Python and explain your code.",
    "You are an expert copywriter for a small e-commerce business.",
    "Answer in British English. Be friendly but concise.",
    "You are a research assistant. Cite sources when you can and say when you are unsure.")
COMP = {"chat": (380, 0.8), "search": (90, 0.7), "maths": (300, 0.6), "code": (450, 0.7), "follow": (220, 0.8)}
STUDENT_PRE = ("", "", "", "help me solve this: ", "can you explain this question? ", "how do i do this\n",
               "Solve: ", "pls help ", "I don't understand this problem: ", "explain step by step: ",
               "Explain step by step how to solve: ", "what is the answer to this? ",
               "Can you show me how to work this out?\n", "Show me the steps for this one: ")
STUDENT_SUF = ("", "", "", " explain step by step", " show your work", " step by step please", " thanks",
               " can you explain how you got it", "?", " explain each step")
STUDENT_FOLLOW = ("explain step by step", "i still don't get it, can you explain it more simply?",
                  "why did you multiply there?", "can you explain the second step again",
                  "is there an easier way to do it?", "what's the final answer?",
                  "can you check my answer? i got a different number", "explain like i'm 12")
FRAMEWORK_SYSTEM = """You are Taskpilot, an autonomous assistant running inside the Taskpilot agent framework. \
You complete the user's task by planning, calling tools and reporting results.

## Operating rules
- Break the task into small steps and state your plan before acting.
- When a tool can do a step more reliably than you (search, code execution, file access), call it instead of guessing.
- Call at most one tool per turn and wait for its result before continuing.
- Never invent tool results, file contents, URLs or citations.
- If the task is ambiguous, ask one concise clarifying question.
- Do not repeat secrets, API keys or credentials back to the user.

## Output format
Think briefly, then either emit a tool call as JSON: {"tool": "<name>", "arguments": {...}}
or, when the task is complete, reply with "FINAL ANSWER:" followed by the answer for the user.

Available tools: web_search, python, read_file, write_file, list_dir."""
AGENT_FOLLOW = ("Continue with the next step of your plan.", "Tool result received. Summarize the findings for the user.",
                "The tool returned an error: timeout after 30s. Try a different approach.",
                "Observation: the command completed with exit code 0.", "Proceed.")
EVAL_TEMPLATES = (
    "Question: @Q\nAnswer: Let's think step by step.",
    "Solve the following problem. Think step by step, then give your final answer after \"The answer is\".\n\n@Q",
    "@Q\n\nPlease reason step by step, and put your final answer on the last line as \"ANSWER: <answer>\".",
    "You will be given a problem. Work through it step by step before answering.\n\nProblem:\n@Q\n\nSolution:")
CHROMEBOOK_UA = ("Mozilla/5.0 (X11; CrOS x86_64 {v}.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
                 "Chrome/{c}.0.0.0 Safari/537.36")


def sdk_ua(rng: random.Random, kind: str = "sdk") -> str:
    """Client strings benign users and attackers both send, so UA is no giveaway."""
    r = rng.randint
    if kind == "mobile":
        return rng.choice((f"okhttp/4.{r(9, 12)}.0", f"Dart/3.{r(3, 6)} (dart:io)",
                           f"CFNetwork/{r(1490, 1568)}.0.{r(1, 9)} Darwin/{r(23, 25)}.0.0"))
    opts = (f"anthropic-python/0.{r(30, 49)}.{r(0, 2)}", f"anthropic-python/0.{r(30, 49)}.{r(0, 2)}",
            f"anthropic-typescript/0.{r(24, 36)}.{r(0, 3)}", f"curl/8.{r(4, 11)}.{r(0, 1)}",
            f"python-requests/2.{r(28, 32)}.{r(0, 3)}", f"python-httpx/0.{r(24, 28)}.{r(0, 1)}",
            "Go-http-client/2.0", f"axios/1.{r(6, 9)}.{r(0, 7)}", f"PostmanRuntime/7.{r(36, 44)}.0",
            f"anthropic-go/1.{r(0, 6)}.{r(0, 2)}", f"anthropic-java/2.{r(0, 5)}.{r(0, 3)}")
    return rng.choice(opts)


def home_net(world, rng: random.Random, region: tuple, v6: float = 0.15) -> tuple[str, int]:
    asn = rng.choice(region[2])
    return (world.net.ipv6(rng, asn) if rng.random() < v6 else world.net.ip(rng, asn)), asn


def local_hour(t: int, tz: float) -> int:
    return int((t + tz * HOUR) // HOUR) % 24


def age_ms(world, rng: random.Random, median_days: float = 150, sigma: float = 1.3) -> int:
    return world.t0 - int(DAY * min(1800.0, 1.0 + rng.lognormvariate(math.log(median_days), sigma)))


def sessions(world, rng, acct, rate: float, profile: str, request, *, weekend: float = 0.75,
             gap: float = 45.0, mean_len: float | None = None, lo: int | None = None) -> None:
    """Human-style use: sessions placed on the account's daily cycle, each a
    geometric run of requests; `request(t, i, ctx)` returns when the reply is read."""
    lo = world.t0 if lo is None else lo
    if lo >= world.t1:
        return
    mean_len = mean_len or min(10.0, 1.0 + math.sqrt(rate) / 1.5)
    frac = (world.t1 - lo) / (world.t1 - world.t0)
    for _ in range(poisson(rng, rate * world.days * frac / mean_len)):
        t, ctx = world.sample_time(rng, acct.tz, profile, weekend, lo=lo), {}
        for i in range(1 + geometric(rng, mean_len - 1)):
            t = request(t, i, ctx) + int(rng.lognormvariate(math.log(gap), 0.9) * 1000)


def student_style(rng: random.Random):
    pre, suf, low = rng.choice(STUDENT_PRE), rng.choice(STUDENT_SUF), rng.random() < 0.3

    def style(q: str) -> str:
        s = pre + q + suf
        return s.lower() if low else s
    return style


def _benign_user(world, rng, acct, *, rate, home, office=None, vpn=False, cgnat=None, mobile_asn=None, system=None):
    c, net = world.corpora, world.net
    power = rate > 100  # scripted heavy users: long fast runs in work hours

    def request(t, i, ctx):
        if i == 0:
            r = rng.random()
            if cgnat:
                ctx["net"] = rng.choice(cgnat)
            elif vpn and r < 0.6:
                asn = rng.choice(VPN)
                ctx["net"] = (net.ip(rng, asn), asn)
            elif office and r < 0.8 and 8 <= local_hour(t, acct.tz) < 19:
                ctx["net"] = rng.choice(office)
            elif r > 0.9 and mobile_asn:
                ctx["net"] = (net.ip(rng, mobile_asn), mobile_asn)
            else:
                ctx["net"] = home
            ctx["dev"] = acct.devices[0] if rng.random() < 0.75 else rng.choice(acct.devices)
        kind, text = ("follow", rng.choice(FOLLOWUPS)) if i and rng.random() < 0.25 else c.benign(rng)
        ip, asn = ctx["net"]
        sp = system if system and rng.random() < 0.9 else None
        return world.send(rng, acct, t, text, ip=ip, asn=asn, system=sp, out=COMP[kind], device=ctx["dev"])
    sessions(world, rng, acct, rate, "work" if power else "day", request, weekend=0.3 if power else 0.75,
             gap=8.0 if power else 45.0, mean_len=25.0 if power else None)


def benign(world) -> None:
    rng, c, net = world.rng("benign"), world.corpora, world.net
    n, n_cgnat = world.n(3000), world.n(300)
    carrier_region = rng.choice([r for r in REGIONS if r[0] <= -5])
    cgnat = [(net.ip(rng, carrier_region[3]), carrier_region[3]) for _ in range(rng.randint(4, 8))]
    awesome = [t for t in c.by_name.get("awesome", ()) if len(t) <= 3000] or c.chat
    made = 0
    while made < n:
        r, region = rng.random(), Net.region(rng)
        if made < n_cgnat:
            kind, size, region = "cgnat", 1, carrier_region
        elif r < 0.012:  # ~10% of accounts end up in an org, ~8% in a household
            kind, size = "org", rng.randint(5, 20)
        elif r < 0.04:
            kind, size = "household", rng.randint(2, 4)
        else:
            kind, size = "solo", 1
        size = min(size, n - made)
        made += size
        org = card = office = None
        home = home_net(world, rng, region)
        onboard = age_ms(world, rng, 300, 0.8)
        if kind == "org":
            org, card = world.hexid(rng, "org-"), world.hexid(rng, "", 64)
            asn = rng.choice(region[2])
            sub = net.subnet(rng, asn)
            office = [(net.ip(rng, asn, sub), asn) for _ in range(rng.randint(1, 3))]
            org_ua = sdk_ua(rng)
        elif kind == "household" and rng.random() < 0.4:
            card = world.hexid(rng, "", 64)
        for _ in range(size):
            tz = region[0] + rng.uniform(-1.5, 1.5)  # chronotype: not everyone keeps 9-to-5
            created = onboard + rng.randint(0, max(1, world.t0 - onboard - DAY)) if kind == "org" else age_ms(world, rng)
            old = world.t0 - created > 365 * DAY
            if kind == "cgnat":
                ua = sdk_ua(rng, "mobile")
            elif kind == "org" and rng.random() < 0.6:
                ua = org_ua
            else:
                ua = sdk_ua(rng)
            acct = world.account(
                rng, "benign", created_ms=created, ua=ua, tz=tz, org=org,
                payment=card or (rng.random() > 0.1), keys=rng.choice((1, 1, 1, 2, 3)),
                devices=[world.hexid(rng, "", 64) for _ in range(rng.choice((1, 1, 2, 3)))],
                endpoint="/v1/complete" if old and rng.random() < 0.04 else "/v1/messages")
            rate = rng.uniform(100, 500) if rng.random() < 0.005 else \
                min(300.0, max(0.2, rng.lognormvariate(math.log(4.5), 1.15)))
            system = None
            if rng.random() < 0.18:
                system = rng.choice(SHORT_SYSTEM) if rng.random() < 0.6 else rng.choice(awesome)
            own_home = home if kind == "household" else home_net(world, rng, region)
            _benign_user(world, rng, acct, rate=rate, home=own_home, office=office, vpn=rng.random() < 0.05,
                         cgnat=cgnat if kind == "cgnat" else None, mobile_asn=region[3], system=system)


def eval_team(world) -> None:
    rng, c, net = world.rng("eval_team"), world.corpora, world.net
    region = Net.region(rng)
    tz, dc = region[0], rng.choice(DATACENTER)
    sub = net.subnet(rng, dc)
    ips = [net.ip(rng, dc, sub) for _ in range(rng.randint(2, 4))]
    org, card = world.hexid(rng, "org-"), world.hexid(rng, "", 64)
    hosts = [world.hexid(rng, "", 64) for _ in range(rng.randint(1, 2))]
    ua = rng.choice((f"lm-eval-harness/0.4.{rng.randint(3, 9)}", f"inspect_ai/0.3.{rng.randint(40, 99)}",
                     f"simple-evals/2025.{rng.randint(1, 12):02d}"))
    template = rng.choice(EVAL_TEMPLATES)
    accts = [world.account(rng, "eval_team", created_ms=age_ms(world, rng, 700, 0.3), ua=ua, tz=tz, org=org,
                           payment=card, devices=hosts, keys=2) for _ in range(rng.randint(3, 5))]
    benches = []
    for name, size in (("gsm8k", 1319), ("math", 500), ("mbpp", 500), ("humaneval", 164)):
        qs = list(c.by_name.get(name) or c.maths)
        rng.shuffle(qs)
        benches.append(qs[:size])
    office_asn = rng.choice(region[2])
    office_sub = net.subnet(rng, office_asn)
    off = int(tz * HOUR)
    day = (world.t0 + off) // DAY
    while day * DAY - off < world.t1:
        for _ in range(rng.randint(2, 4)):
            nightly = rng.random() < 0.3
            if not nightly and (day + 3) % 7 >= 5:
                continue
            start = day * DAY - off + int((rng.uniform(1, 4) if nightly else rng.uniform(9, 18)) * HOUR)
            models = list(MODELS) + ([NEW_MODEL] * 3 if world.release and start > world.release else [])
            model, qs = rng.choice(models), rng.choice(benches)
            n = max(20, round(rng.uniform(1000, 3000) * world.cfg.scale))
            dur = rng.uniform(30, 90) * 60_000
            for j, dt in enumerate(sorted(rng.random() * dur for _ in range(n))):
                acct = accts[j % len(accts)]  # the harness shards the run across the team's keys
                world.send(rng, acct, start + int(dt), template.replace("@Q", qs[j % len(qs)]), ip=rng.choice(ips),
                           asn=dc, out=(350, 0.5), clip=(40, 1024), p429=0.03, model=model)
        day += 1
    for acct in accts:  # the team also uses its keys by hand from the office
        ip = (net.ip(rng, office_asn, office_sub), office_asn)
        _benign_user(world, rng, acct, rate=rng.uniform(2, 8), home=ip)


def app_backend(world) -> None:
    rng, c, net = world.rng("app_backend"), world.corpora, world.net
    systems = rng.sample(c.long_system, min(3, len(c.long_system)))
    for k in range(rng.choice((2, 3))):
        region, dc = Net.region(rng), rng.choice(DATACENTER)
        sub = net.subnet(rng, dc)
        ips = [net.ip(rng, dc, sub) for _ in range(rng.randint(2, 4))]
        acct = world.account(rng, "app_backend", created_ms=age_ms(world, rng, 500, 0.4), ua=sdk_ua(rng),
                             tz=region[0], keys=2, devices=[world.hexid(rng, "", 64) for _ in range(2)])
        system = systems[k % len(systems)]
        for _ in range(poisson(rng, rng.uniform(1500, 3500) * world.cfg.scale * world.days)):
            t = world.sample_time(rng, acct.tz, "consumer", weekend=0.9)
            kind, text = ("follow", rng.choice(FOLLOWUPS)) if rng.random() < 0.2 else c.benign(rng)
            world.send(rng, acct, t, text, ip=rng.choice(ips), asn=dc, system=system, out=COMP[kind],
                       clip=(1, 1500), p429=0.01, device=rng.choice(acct.devices))


def framework_users(world) -> None:
    rng, c, net = world.rng("framework_users"), world.corpora, world.net
    for _ in range(world.n(300)):
        region = Net.region(rng)
        ua = (f"taskpilot/0.{rng.randint(7, 12)}.{rng.randint(0, 6)} anthropic-python/0.{rng.randint(30, 49)}."
              f"{rng.randint(0, 2)} python/3.{rng.randint(10, 13)}")
        acct = world.account(rng, "framework_users", created_ms=age_ms(world, rng, 90, 1.2), ua=ua,
                             tz=region[0] + rng.uniform(-1.5, 1.5))
        if rng.random() < 0.3:  # running on a cloud dev box
            asn = rng.choice(DATACENTER)
            place = (net.ip(rng, asn), asn)
        else:
            place = home_net(world, rng, region)

        def request(t, i, ctx, acct=acct, place=place):
            if i and rng.random() < 0.5:
                kind, text = "follow", rng.choice(AGENT_FOLLOW)
            else:
                kind, text = ("code", rng.choice(c.code)) if rng.random() < 0.2 else c.benign(rng)
            return world.send(rng, acct, t, text, ip=place[0], asn=place[1], system=FRAMEWORK_SYSTEM,
                              out=COMP[kind])
        rate = min(150.0, max(1.0, rng.lognormvariate(math.log(12), 0.8)))
        sessions(world, rng, acct, rate, "day", request, gap=4.0, mean_len=6.0)


def class_nat(world) -> None:
    rng, c, net = world.rng("class_nat"), world.corpora, world.net
    region = rng.choice([r for r in REGIONS if r[0] in (-8.0, -6.0, -5.0, 0.0, 1.0)])
    tz, asn = region[0], rng.randint(30000, 64000)  # a regional education network
    nat = net.ip(rng, asn, net.subnet(rng, asn))
    org, card = world.hexid(rng, "org-"), world.hexid(rng, "", 64)
    ua = CHROMEBOOK_UA.format(v=rng.randint(15000, 16200), c=rng.randint(128, 140))
    off = int(tz * HOUR)
    enrol = ((world.t0 + off) // DAY - rng.randint(3, 12)) * DAY - off + int(rng.uniform(9, 14) * HOUR)
    classes = []
    for period in (rng.uniform(8.5, 10), rng.uniform(12.5, 14.5)):
        kids = []
        for _ in range(world.n(30, 3)):
            enrol += rng.randint(20, 120) * 1000  # the teacher signs the class up one by one
            acct = world.account(rng, "class_nat", created_ms=enrol, ua=ua, tz=tz, org=org, payment=card,
                                 model_w=(0.2, 0.8, 0.0), adopt=0.0)
            kids.append((acct, student_style(rng)))
        classes.append((period, kids))
    day = (world.t0 + off) // DAY
    while day * DAY - off < world.t1:
        if (day + 3) % 7 < 5:
            for period, kids in classes:
                begin = day * DAY - off + int(period * HOUR)
                end = begin + rng.randint(45, 80) * 60_000
                sheet = rng.sample(c.word_problems, min(20, len(c.word_problems)))
                for acct, style in kids:
                    if rng.random() > 0.9:
                        continue  # absent
                    t = begin + rng.randint(60, 600) * 1000
                    for q in sheet[: int(len(sheet) * rng.uniform(0.5, 1.0))]:
                        if t > end:
                            break
                        t = world.send(rng, acct, t, style(q), ip=nat, asn=asn, out=(420, 0.5))
                        if rng.random() < 0.25:
                            t = world.send(rng, acct, t + rng.randint(15, 90) * 1000, rng.choice(STUDENT_FOLLOW),
                                           ip=nat, asn=asn, out=(380, 0.5))
                        t += rng.randint(40, 240) * 1000
        day += 1


def students(world) -> None:
    rng, c = world.rng("students"), world.corpora
    for _ in range(world.n(200)):
        region = Net.region(rng)
        created = world.t0 - int(rng.uniform(0.1, 10) * DAY) if rng.random() < 0.35 else age_ms(world, rng, 200, 0.9)
        acct = world.account(rng, "students", created_ms=created, ua=sdk_ua(rng) if rng.random() < 0.5 else
                             sdk_ua(rng, "mobile"), tz=region[0] + rng.uniform(-1, 2),
                             payment=rng.random() < 0.7, model_w=(0.5, 0.45, 0.05))
        home, style = home_net(world, rng, region), student_style(rng)

        def request(t, i, ctx, acct=acct, home=home, style=style):
            if i and rng.random() < 0.25:
                kind, text = "follow", rng.choice(STUDENT_FOLLOW)
            elif rng.random() < 0.8:
                kind, text = "maths", style(rng.choice(c.maths))
            else:
                kind, text = c.benign(rng)
            return world.send(rng, acct, t, text, ip=home[0], asn=home[1],
                              out=(450, 0.5) if kind == "maths" else COMP[kind])
        rate = min(40.0, max(5.0, rng.lognormvariate(math.log(14), 0.55)))
        sessions(world, rng, acct, rate, "evening", request, weekend=0.8, gap=90.0, mean_len=4.0)


ALL = [benign, eval_team, app_backend, framework_users, class_nat, students]
