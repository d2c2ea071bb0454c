"""Benign builders: individual developers, agent-framework developers, bootcamp cohorts, the New Year
hackathon, evaluation teams benchmarking the new model, and research labs building datasets."""
from __future__ import annotations

from . import apps as A
from . import lang as L
from . import net as N
from . import prompts as P
from .benign_people import chat
from .core import Ctx, lognorm, ntok, pick, poisson, sessions, switch_time
from .world import CITIES, DAY, EMBED, HOUR, MIN, RELEASE, T0

HUBS = (("Lagos", 30), ("Nairobi", 22), ("Kigali", 6), ("Accra", 8), ("Johannesburg", 10), ("Cape Town", 8),
        ("Abuja", 6), ("Kampala", 5), ("Addis Ababa", 3), ("Dakar", 2), ("Enugu", 2))
LIBS = (("py", .33), ("node", .2), ("httpx", .08), ("requests", .08), ("go", .05), ("curl", .03), ("dart", .06),
        ("java", .04), ("baobab_py", .05), ("axios", .04), ("aiohttp", .04))


def _dev_net(ctx: Ctx, rng, city):
    mob = ctx.mobile(rng, city)
    if rng.random() < .2:
        return mob, None
    home = ctx.home(rng, city)
    if rng.random() < .25:
        return N.Mixed(home, mob, .3), None  # tethering to the phone now and then
    return home, (mob if rng.random() < .4 else None)


def _embed_burst(ctx: Ctx, rng, a, ts: int, n: int) -> None:
    c = ctx.corpus
    for _ in range(n):
        doc = rng.choice(c.roles + c.arena_text)
        i = rng.randrange(max(1, len(doc) - 800))
        ctx.sink.add(rng, a, ts, doc[i:i + 800], model="baobab-embed-1", endpoint=EMBED)
        ts += int(rng.expovariate(1 / 350)) + 40


def individual_developers(ctx: Ctx) -> None:
    rng = ctx.rng("individual_developers")
    c = ctx.corpus
    for _ in range(ctx.n(400)):
        city = ctx.city(rng, HUBS)
        net, fb = _dev_net(ctx, rng, city)
        clients = [N.sdk(rng, pick(rng, LIBS))]
        if rng.random() < .3:
            clients.append(N.web_desktop(rng))
        a = ctx.account(rng, "individual_developers", city, net, clients, fallback=fb,
                        pay=N.vcard(rng) if rng.random() < .45 else N.card(rng, city.cc) if rng.random() < .6 else N.momo(rng, city.cc),
                        created=ctx.created(rng, "2024-01-15", "2026-12-26"), old_model=rng.choice(("baobab-2", "baobab-2-mini")),
                        switch_at=switch_time(rng, .4, 3), max_tokens=rng.choice((4096, 8192)))
        a.new_model = "baobab-3" if a.old_model == "baobab-2" else rng.choice(("baobab-3", "baobab-3-mini"))
        power = 3.0 if rng.random() < .1 else 1.0

        def make(r, a=a):
            x = r.random()
            if x < .75:
                return P.dev_question(c, r)
            return P.consumer(c, r, a.lang, .35) if x < .9 else (L.native(r, a.lang), "greet")
        chat(ctx, rng, a, "dev", lognorm(rng, 2.8, .8) * power, 6, 40, make=make, hol="devhol", follow_p=.5,
             client=rng.choice(a.clients))
        if rng.random() < .08:  # indexing documents for a RAG prototype
            for ts in ctx.curves.sample(rng, "dev", city.tz, "devhol", rng.randint(1, 2)):
                _embed_burst(ctx, rng, a, ts, rng.randint(30, 120))


def agent_framework_devs(ctx: Ctx) -> None:
    """Agent loops resend the whole (growing) context on every step; tool schemas in a long system prompt."""
    rng = ctx.rng("agent_framework_devs")
    for _ in range(ctx.n(120)):
        city = ctx.city(rng, HUBS)
        if rng.random() < .55:
            net = N.Fixed.make(rng, rng.choice(("vultr_jnb", "aws_af", "hetzner", "digitalocean", "azure_za")), 1)
        else:
            net = ctx.home(rng, city)
        a = ctx.account(rng, "agent_framework_devs", city, net, [N.sdk(rng, rng.choice(("py", "py", "node", "httpx")))],
                        pay=N.vcard(rng) if rng.random() < .5 else N.card(rng, city.cc), queued=True,
                        created=ctx.created(rng, "2024-06-01", "2026-12-20"), switch_at=switch_time(rng, .45, 2),
                        max_tokens=4096)
        agents = []
        for _ in range(rng.randint(1, 3)):
            goal, tools = P.agent_task(rng)
            # frameworks prepend retrieved documents / repository files / long memory to every call
            agents.append((A.agent_system(rng, rng.choice(("Ops", "Juma", "Ada", "Kazi", "Helper", "Sisi")), tools), tools,
                           rng.choice((0, 0, 1500, 4000, 9000, 16000))))
        flat = rng.random() < .3
        for s in sessions(rng, ctx.curves, a, "dev", lognorm(rng, 3.5, .6), 1, hol="devhol"):
            a.sess += 1
            sysp, tools, docs = rng.choice(agents)
            goal = rng.choice(P.GOALS) if rng.random() < .7 else P.agent_task(rng)[0]
            ts, ctx_toks, steps = s[0], docs + rng.randint(0, docs // 4 + 1), rng.randint(3, 15)
            transcript = [f"User: please {goal}"]
            msg = transcript[0]
            for k in range(steps):
                prompt = "\n".join(transcript)[-6000:] if flat else msg
                status = 400 if ctx_toks > 30000 else None
                t = ctx.sink.add(rng, a, ts, prompt, sysp, kind="agent", extra=0 if flat else ctx_toks, status=status)
                if t is None:
                    break
                ts = t + int(1000 * lognorm(rng, 6, .6))
                if status == 400:
                    if rng.random() < .5:
                        break
                    continue
                ctx_toks += ntok(msg) + ctx.sink.last_c
                msg = P.observation(rng, rng.choice(tools))
                transcript.append(msg)


COHORTS = (("CodeHaus", "Lagos", 14, 60, "2026-09-07"), ("Savanna Dev Academy", "Nairobi", 9, 55, "2026-08-24"),
           ("Kigali Coding Lab", "Kigali", 5, 40, "2026-10-05"), ("Accra Tech Pathways", "Accra", 3, 45, "2026-09-14"),
           ("Jozi Code", "Johannesburg", 11, 60, "2026-07-20"), ("Cape Coders", "Cape Town", 7, 60, "2026-09-28"))
_NOTES = ("", "I tried using a loop but the second test fails.", "Can you give me a hint, not the answer?",
          "Explain the approach step by step.", "Why is my solution too slow?", "What data structure should I use?")


def bootcamp_cohorts(ctx: Ctx) -> None:
    """Whole cohorts onboarded the same morning, on the bootcamp's sponsor card, with the same tutor prompt
    and the same holiday-challenge exercises."""
    rng = ctx.rng("bootcamp_cohorts")
    c = ctx.corpus
    for camp, cname, num, size, day in COHORTS:
        city = CITIES[cname]
        org, sponsor = ctx.uid(rng, "org-", 18), N.card(rng, city.cc)
        onboard = ctx.created(rng, day, day) // DAY * DAY + 7 * HOUR
        sysp = A.BOOTCAMP_SYS.format(camp=camp, n=num)
        exercises = rng.sample(c.mbpp, 30) + rng.sample(c.humaneval, 10)
        for _ in range(ctx.n(size)):
            a = ctx.phone_user(rng, "bootcamp_cohorts", city, org=org, created=onboard + rng.randrange(3 * HOUR),
                               pay=sponsor if rng.random() < .7 else N.momo(rng, city.cc), max_tokens=2048)
            if rng.random() < .6:
                a.clients = [N.web_desktop(rng) if rng.random() < .7 else N.sdk(rng, "py")]
                a.net, a.fallback = ctx.home(rng, city), ctx.mobile(rng, city)
            if a.clients[0][1][:4] not in ("and-", "ios-", "web-"):
                a.switch_at = switch_time(rng, .3, 8)

            def make(r, a=a):
                x = r.random()
                if x < .5:
                    k = r.randrange(len(exercises))
                    return f"Holiday challenge {k + 1}: {exercises[k]}\n\n{r.choice(_NOTES)}".strip(), "code"
                return P.dev_question(c, r) if x < .8 else P.consumer(c, r, a.lang, .3)
            chat(ctx, rng, a, "student", lognorm(rng, 1.0, .6), 5, 90, make=make, hol="study",
                 system=sysp if rng.random() < .8 else None, follow_p=.45)


VENUES = (("Lagos", "mainone_ng", 90, 9, 17), ("Nairobi", "liquid_ke", 60, 8, 16))
_HACKQ = ("/json list today's credit sales for Mama {n}", "Summarise this voice note: 'I sell 3 bags of rice to Iya Bose, she go pay Friday'",
          "What fare from Westlands to CBD at 6pm?", "Translate 'your rent is due on Friday' to Yoruba and Hausa",
          "/json create invoice for 2 cartons of indomie", "is it safe to plant beans next week in Machakos?",
          "Explain my electricity token units for N5000", "Test: respond in Swahili only")


def hackathon_teams(ctx: Ctx) -> None:
    """32 hours at two hubs over New Year: venue Wi-Fi with generator power, sponsor credits on the
    hackathon org, team system prompts, and a rush to the new model the minute it launches."""
    rng = ctx.rng("hackathon_teams")
    c = ctx.corpus
    for cname, isp, size, start_h, end_h in VENUES:
        city = CITIES[cname]
        org = ctx.uid(rng, "org-", 18)
        site = N.Fixed.make(rng, isp, 2, kind="venue")
        t_start = T0 + start_h * HOUR - city.tz * MIN
        t_end = T0 + DAY + end_h * HOUR - city.tz * MIN

        def weight(ts, city=city, t_start=t_start, t_end=t_end):
            if not t_start <= ts < t_end:
                return 0.0
            m = ((ts + city.tz * MIN) // MIN) % 1440
            if m >= 23 * 60 + 15 or m < 45:
                return .05  # countdown
            return .3 if 120 <= m < 420 else 1.0
        cw = ctx.curves.custom(f"hack-{cname}", weight)[0]
        left = ctx.n(size)
        while left > 0:
            team = min(left, rng.randint(3, 5))
            left -= team
            sysp = A.HACK_SYS.format(app=rng.choice(("Soko", "Jenga", "Pesa", "Mama Mboga", "Kobo", "Ride", "Afya")) +
                                     rng.choice(("Link", "Pal", "Hub", "AI", "Flow")), pitch=rng.choice(A.HACK_PITCH))
            for _ in range(team):
                lib = rng.choice(("py", "node", "dart", "dart", "axios"))
                a = ctx.account(rng, "hackathon_teams", city, N.Mixed(site, ctx.mobile(rng, city), .25),
                                [N.sdk(rng, lib), N.web_desktop(rng)], org=org, pay=f"inv:{org}",
                                created=ctx.created(rng, "2026-12-29", "2026-12-30"), switch_at=switch_time(rng, .75, .6),
                                max_tokens=4096)
                a.grid = 1.0
                for ts in ctx.curves.draw(rng, cw, poisson(rng, lognorm(rng, 65, .5))):
                    a.sess += 1
                    x = rng.random()
                    if x < .5:
                        p, kind = P.dev_question(c, rng)
                        ctx.sink.add(rng, a, ts, p, kind=kind, client=a.clients[0] if rng.random() < .7 else a.clients[1])
                    elif x < .85:
                        p = L.fill(rng, rng.choice(_HACKQ)) if rng.random() < .6 else L.native(rng, a.lang)
                        ctx.sink.add(rng, a, ts, p, sysp, kind="support")
                    else:
                        ctx.sink.add(rng, a, ts, P.consumer(c, rng, a.lang, .3)[0], kind="chat", client=a.clients[1])


EVAL_ORGS = (("Lagos", "aws_af", 2), ("Johannesburg", "tenet_za", 3), ("Nairobi", "gcp_za", 2), ("Kigali", "aws_eu", 3),
             ("Nairobi", "kenet_ke", 4), ("Accra", "azure_za", 2), ("Cape Town", "aws_af", 2))
_EVAL_T = {"gsm8k": "Question: {q}\nAnswer: Let's think step by step.",
           "math": "Solve the following math problem step by step. The last line of your response should be of the form "
                   "Answer: $ANSWER.\n\n{q}",
           "humaneval": "Complete the following Python function. Return only the code.\n\n```python\n{q}\n```",
           "mbpp": "You are an expert Python programmer, and here is your task: {q}",
           "afri": "{q}"}


def _suite(c, rng, name: str) -> list[str]:
    if name == "humaneval":
        return list(c.humaneval)
    src = {"gsm8k": c.gsm8k, "math": c.math, "mbpp": c.mbpp, "afri": c.gsm8k}[name]
    n = {"gsm8k": 500, "math": 400, "mbpp": 300, "afri": 250}[name]
    off = rng.randrange(len(src) - n)
    items = src[off:off + n]
    if name == "afri":
        items = [L.ask(rng, lng, q) for lng in ("sw", "yo", "ha", "am", "fr") for q in items[:50]]
    return items


def batch_eval_jobs(ctx: Ctx) -> None:
    """Nightly regression runs on a fixed subset, then full benchmark sweeps of the new model on launch
    day: sequential, templated, step-by-step, fast enough to hit the rate limit."""
    rng = ctx.rng("batch_eval_jobs")
    c = ctx.corpus
    nightly_left = 6
    for cname, isp, k in EVAL_ORGS:
        city = CITIES[cname]
        org = ctx.uid(rng, "org-", 18)
        site = N.Fixed.make(rng, isp, 2, kind="campus" if isp in ("tenet_za", "kenet_ke") else "cloud")
        created = ctx.created(rng, "2024-03-01", "2025-12-01")
        for _ in range(ctx.n(k)):
            a = ctx.account(rng, "batch_eval_jobs", city, site, [N.sdk(rng, rng.choice(("httpx", "aiohttp", "py")))],
                            org=org, pay=f"inv:{org}", created=created + rng.randrange(300 * DAY), queued=True,
                            max_tokens=2048)
            a.grid = 1.0
            if nightly_left > 0:
                nightly_left -= 1
                subset = c.gsm8k[rng.randrange(7000):][:150]
                for d in range(ctx.days):
                    ts = T0 + d * DAY + 1 * HOUR - city.tz * MIN + rng.randrange(10 * MIN)
                    for q in subset:
                        ctx.sink.add(rng, a, ts, _EVAL_T["gsm8k"].format(q=q), kind="eval", model="baobab-2")
                        ts += int(rng.expovariate(1 / 800)) + 50
            if rng.random() > .8 or ctx.t1 <= RELEASE:
                continue
            ts = RELEASE + int(rng.uniform(.5, 7) * HOUR)
            for name in rng.sample(("gsm8k", "math", "humaneval", "mbpp", "afri"), rng.randint(1, 3)):
                models = ["baobab-3"] + (["baobab-2"] if rng.random() < .4 else [])
                items = _suite(c, rng, name)
                for model in models:
                    for q in items:
                        p = _EVAL_T[name].format(q=q)
                        if rng.random() < .04:
                            ctx.sink.add(rng, a, ts, p, kind="eval", model=model, status=429)
                            ts += 1000 + rng.randrange(2000)
                        ctx.sink.add(rng, a, ts, p, kind="code" if name in ("humaneval", "mbpp") else "eval", model=model)
                        ts += int(rng.expovariate(1 / 250)) + 20
                    ts += rng.randint(5, 40) * MIN


LABS = (("Nairobi", "kenet_ke", "sw", 7), ("Ibadan", "ngren_ng", "yo", 6), ("Kano", "ngren_ng", "ha", 5),
        ("Addis Ababa", "ethio_fixed", "am", 4), ("Johannesburg", "tenet_za", "zu", 5), ("Kampala", "renu_ug", "sw", 3))
_GEN_TOPICS = ("farming", "health", "mobile money", "football", "school exams", "weather", "cooking", "elections", "music")


def dataset_researchers(ctx: Ctx) -> None:
    """Research-programme labs building African-language instruction data: scripted runs that walk a source
    dataset in order through one translation template; they keep running over the holiday."""
    rng = ctx.rng("dataset_researchers")
    c = ctx.corpus
    for cname, isp, tl, k in LABS:
        city = CITIES[cname]
        org = ctx.uid(rng, "org-", 18)
        site = N.Fixed.make(rng, isp, 2, kind="campus") if rng.random() < .7 else N.Fixed.make(rng, "aws_af", 1)
        name = L.NAMES[tl]
        tmpl = rng.choice((f"Translate the following English text into {name}. Keep numbers and names unchanged. "
                           f"Output only the translation.\n\n{{x}}", f"Translate to {name}:\n{{x}}"))
        src = rng.choice((c.gsm8k, c.selfi + c.nq, c.nq))
        pos = rng.randrange(len(src))
        for _ in range(ctx.n(k)):
            a = ctx.account(rng, "dataset_researchers", city, site, [N.sdk(rng, rng.choice(("httpx", "py", "aiohttp")))],
                            org=org, pay=f"inv:{org}", created=ctx.created(rng, "2024-08-01", "2026-10-31"), queued=True,
                            max_tokens=2048, lang=tl)
            for ts in ctx.curves.sample(rng, "work", city.tz, "none", poisson(rng, 1.2 * ctx.days)):
                for _ in range(rng.randint(80, 300)):
                    if rng.random() < .8:
                        q = src[pos % len(src)]
                        pos += 1
                        ctx.sink.add(rng, a, ts, tmpl.replace("{x}", q), kind="translate")
                    else:
                        p = (f"Write 5 diverse questions in {name} about {rng.choice(_GEN_TOPICS)}, each with a short "
                             f"answer, as JSON lines with keys q and a.")
                        ctx.sink.add(rng, a, ts, p, kind="list")
                    ts += int(1000 * lognorm(rng, 3.5, .5))
