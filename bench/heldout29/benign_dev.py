"""Benign developers and machines: Advent of Code solvers and racers, developers and agents,
release-day tryers, academic evaluations, CI eval suites, game studios, apps with one
system prompt, embedding pipelines."""

from __future__ import annotations

from .benign_people import NORDIC_MIX, _day
from .clients import BROWSERS, EDITORS, EMBED, REASONER, SDKS, Client, chat_model, client
from .clock import HOUR, MIN, RELEASE, SEC, aoc_unlocks, local_hour
from .harvest import BOXED, EVAL_COT, HUMANEVAL_COMPLETE
from .phrasing_aoc import dev_prompt, racer_prompt
from .phrasing_local import LANG, STEP, STUCK, holiday, localise
from .phrasing_work import APPS, NPC_SYSTEMS, VIBES, chunks, npc_line
from .places import lab_block
from .randutil import chance, geometric, lognorm, pick
from .sessions import convo, machine_run
from .world import World

DEV_MIX = ["FI"] * 35 + ["SE"] * 25 + ["NO"] * 8 + ["DK"] * 7 + ["EE"] * 7 + ["LV"] * 3 + ["LT"] * 3 + ["PL"] * 8 + ["UK"] * 2 + ["US-E"] * 2


def aoc_devs(w: World, n: int = 600) -> None:
    rng = w.rng("aoc_devs")
    for _ in range(n):
        cc = pick(rng, DEV_MIX)
        co = w.places.company(rng, cc) if chance(rng, .55) else None
        a = w.account(rng, "aoc_devs", cc=cc, created=w.old_created(rng, lo=(2022, 12, 1)),
                      card=w.new_card(rng) if chance(rng, .55) else None, tier="t1")
        home, phone = w.net.home(rng, cc, .4), w.net.phone(rng, cc)
        cli = client(rng, EDITORS) if chance(rng, .6) else client(rng, BROWSERS)
        keen = rng.random()
        for d, unlock in enumerate(aoc_unlocks(w.win.days)):
            if rng.random() < keen * (.9 if d == 0 else .75):
                start = unlock + int(lognorm(rng, 5 * MIN, .9))          # at unlock: home, phone, or the company VPN/office
                r = rng.random()
                addr = co.addr(rng) if co and r < .45 else (phone.addr(rng) if r > .88 else home.addr(rng, d))
            else:
                lunch = 11 if chance(rng, .5) else 19
                start = unlock - (a.tz - 2) * HOUR + (lunch - 7) * HOUR + rng.randrange(2 * HOUR)
                addr = co.addr(rng) if co and lunch == 11 else home.addr(rng, d)
            if chance(rng, .2):
                continue
            parts = [1] * geometric(rng, 2.5) + [2] * geometric(rng, 2.5)
            convo(w, a, rng, start, len(parts), lambda i, d=d, parts=parts: (dev_prompt(rng, d, parts[i]), "code"),
                  addr=addr, cli=cli, model=lambda t: chat_model(rng, t, RELEASE, .25), gap_s=(120, .9))
        for s in w.win.sessions(rng, a.tz, "dev", lognorm(rng, 1.4, .6)):
            addr = co.addr(rng) if co and 8 <= local_hour(s, a.tz) < 17 else home.addr(rng, _day(w, s))
            convo(w, a, rng, s, geometric(rng, 3), lambda i: (w.corp.code(rng), "code"), addr=addr, cli=cli,
                  model=lambda t: chat_model(rng, t, RELEASE, .25), gap_s=(90, .8))


def aoc_racers(w: World, n: int = 40) -> None:
    rng = w.rng("aoc_racers")
    for _ in range(n):
        cc = pick(rng, DEV_MIX)
        a = w.account(rng, "aoc_racers", cc=cc, created=w.old_created(rng, lo=(2023, 11, 1)), card=w.new_card(rng), tier="t2")
        vps = chance(rng, .3)
        addr = w.net.host(rng, pick(rng, ["Hetzner Helsinki", "Hetzner Falkenstein", "DigitalOcean"])) if vps else w.net.home(rng, cc).addr(rng)
        cli = Client(pick(rng, ["httpx", "aiohttp", "openai-py", "requests"]))
        for d, unlock in enumerate(aoc_unlocks(w.win.days)):
            if chance(rng, .1):
                continue
            ts = unlock + rng.randrange(300, 4000)           # the script fires within seconds of the unlock
            model = REASONER if unlock > RELEASE else "aurora-2"
            for part in (1, 2):
                for attempt in range(geometric(rng, 2.5, cap=8)):
                    lat = w.send(a, ts, racer_prompt(rng, d, part, attempt), kind="code", addr=addr, cli=cli, model=model, rng=rng)
                    ts += lat + rng.randrange(6 * SEC, 25 * SEC)
                ts += rng.randrange(40 * SEC, 240 * SEC)
        home = w.net.home(rng, cc)
        for s in w.win.sessions(rng, a.tz, "evening", .8):
            convo(w, a, rng, s, geometric(rng, 2), lambda i: (w.corp.code(rng), "code"), addr=home.addr(rng),
                  cli=client(rng, BROWSERS), model="aurora-2")


AGENT_SYS = ["You are a coding agent. You can call tools: read_file, write_file, run_tests, search. Think before acting and keep edits minimal.",
             "You are a data-analysis assistant with a Python sandbox. Return code in fenced blocks; explain results briefly.",
             "You are an SQL assistant for a PostgreSQL 16 warehouse. Return only SQL unless asked."]


def dev_integrations(w: World, n: int = 300) -> None:
    rng = w.rng("dev_integrations")
    for _ in range(n):
        cc = pick(rng, DEV_MIX)
        co = w.places.company(rng, cc) if chance(rng, .5) else None
        a = w.account(rng, "dev_integrations", cc=cc, created=w.old_created(rng), card=w.new_card(rng),
                      org=co.org if co and chance(rng, .5) else None, tier=pick(rng, ["t1", "t2", "t2"]), nkeys=rng.randrange(1, 4))
        home = w.net.home(rng, cc, .45)
        where = pick(rng, ["AWS eu-north-1", "GCP europe-north1", "Hetzner Helsinki", "UpCloud Helsinki", "Microsoft Azure", "OVH"])
        server = w.net.host_v6(rng, where) if w.net.by_name[where].v6 and chance(rng, .3) else w.net.host(rng, where)
        cli = client(rng, SDKS)
        agent = chance(rng, .3)
        sysp = pick(rng, AGENT_SYS)
        for s in w.win.sessions(rng, a.tz, "dev", lognorm(rng, 2.2, .6)):
            on_server = chance(rng, .35)
            addr = server if on_server else (co.addr(rng) if co and 8 <= local_hour(s, a.tz) < 17 else home.addr(rng, _day(w, s)))
            key = a.keys[-1] if on_server else a.keys[0]
            if agent and chance(rng, .5):
                task = w.corp.code(rng)
                convo(w, a, rng, s, rng.randrange(6, 30), lambda i, task=task: (task if i == 0 else pick(rng, ["Tool result: tests failed (2 of 14). Continue.",
                      "Tool result: file written. Next step?", "Tool result: 3 matches found.", "Tool result: OK"]), "code"),
                      addr=addr, cli=cli, model=lambda t: chat_model(rng, t, RELEASE, .3), system=sysp, gap_s=(3, .6), key=key)
            elif chance(rng, .1):
                docs = chunks(w.corp.any(rng, "awesome_long"), 600)
                convo(w, a, rng, s, len(docs), lambda i, docs=docs: (docs[i], "embed"), addr=addr, cli=cli, model=EMBED,
                      gap_s=(.3, .5), multi=False, key=key)
            else:
                convo(w, a, rng, s, geometric(rng, 3), lambda i: (w.corp.code(rng) if chance(rng, .7) else w.corp.chat(rng), "code"),
                      addr=addr, cli=cli, model=lambda t: chat_model(rng, t, RELEASE, .3), gap_s=(80, .9), key=key)


def release_tryers(w: World, n: int = 250) -> None:
    rng = w.rng("release_tryers")
    gsm_test = w.corp["gsm8k"][-1319:]
    for _ in range(n):
        cc = pick(rng, NORDIC_MIX)
        new = chance(rng, .3)
        a = w.account(rng, "release_tryers", cc=cc, created=w.old_created(rng), card=w.new_card(rng) if chance(rng, .7) else None,
                      tier="t1")
        home = w.net.home(rng, cc, .4)
        cli = client(rng, SDKS) if chance(rng, .5) else client(rng, BROWSERS)
        first = RELEASE + int(lognorm(rng, 45 * MIN, 1.0))
        starts = [first] + w.win.sessions(rng, a.tz, "dev", .7, not_before=first + HOUR)
        if new:
            a.created = first - rng.randrange(3 * MIN, 50 * MIN)
        elif chance(rng, .08):                 # saw the leaked model name, tried it early: 404
            t = RELEASE - rng.randrange(5 * MIN, 90 * MIN)
            for _ in range(rng.randrange(1, 4)):
                t += w.send(a, t, pick(rng, VIBES), kind="cot", addr=home.addr(rng), cli=cli, model=REASONER, rng=rng) + rng.randrange(5 * SEC, 90 * SEC)
        for j, s in enumerate(starts):
            addr = home.addr(rng, _day(w, s))
            if j == 0 and cli.name in SDKS and chance(rng, .25):      # a quick notebook "eval" of 20-50 questions
                off = rng.randrange(len(gsm_test) - 50)
                items = [(q + "\nThink step by step.", "cot") for q in gsm_test[off:off + rng.randrange(20, 50)]]
                machine_run(w, a, rng, s, items, addr=addr, cli=cli, model=REASONER, concurrency=1, pause_ms=(500, 4000))
                continue

            def prompt(i):
                r = rng.random()
                if r < .4:
                    return pick(rng, VIBES), "cot"
                if r < .75:
                    return w.corp.task(rng, ("gsm8k", "math")) + pick(rng, ["\nThink step by step.", "", "\n\nShow your reasoning."]), "cot"
                return w.corp.any(rng, "arena"), "chat"
            convo(w, a, rng, s, geometric(rng, 5), prompt, addr=addr, cli=cli,
                  model=lambda t: REASONER if chance(rng, .8) else "aurora-2", gap_s=(60, .8))


def researchers_eval(w: World, labs: int = 6, per_lab: int = 5) -> None:
    rng = w.rng("researchers_eval")
    math_test, gsm_test, he, mbpp = w.corp["math"], w.corp["gsm8k"][-1319:], w.corp["humaneval"], w.corp["mbpp"]
    picks = [c for c in w.places.campuses if c.key in ("helsinki", "aalto", "kth", "uio", "tartu", "cambridge")]
    for li in range(labs):
        camp = picks[li % len(picks)]
        ips = lab_block(camp, 4)
        org, card = w.new_org(rng), w.new_card(rng)
        for _ in range(per_lab):
            a = w.account(rng, "researchers_eval", cc=camp.cc, created=w.old_created(rng, hi=(2026, 10, 1)), org=org, card=card, tier="t2")
            cli = Client(pick(rng, ["openai-py", "httpx", "lm-eval", "litellm"]))
            for _ in range(rng.randrange(1, 4)):
                bench = pick(rng, ["math", "math", "gsm8k", "humaneval", "mbpp"])
                if bench == "math":
                    off = rng.randrange(0, 4500)
                    items = [(BOXED.format(q=q), "cot") for q in math_test[off:off + rng.randrange(80, 300)]]
                elif bench == "gsm8k":
                    off = rng.randrange(0, 1000)
                    items = [(EVAL_COT.format(q=q), "cot") for q in gsm_test[off:off + rng.randrange(80, 300)]]
                elif bench == "humaneval":
                    items = [(HUMANEVAL_COMPLETE.format(q=q), "code") for q in he]
                else:
                    off = rng.randrange(0, 700)
                    items = [(q, "code") for q in mbpp[off:off + rng.randrange(60, 200)]]
                start = RELEASE + rng.randrange(30 * MIN, w.win.end - RELEASE - 4 * HOUR)
                model = REASONER if chance(rng, .7) else pick(rng, ["aurora-2", "aurora-2-mini"])
                machine_run(w, a, rng, start, items, addr=pick(rng, ips), cli=cli, model=model, concurrency=rng.randrange(1, 5))


def fintech_ci_evals(w: World, orgs: int = 5) -> None:
    rng = w.rng("fintech_ci_evals")
    gsm, he, mbpp = w.corp["gsm8k"], w.corp["humaneval"], w.corp["mbpp"]
    for oi in range(orgs):
        cc = pick(rng, ["FI", "SE", "SE", "NO", "EE", "LT", "DK"])
        org, card = w.new_org(rng), w.new_card(rng)
        zdr = oi == 2
        runners = [w.net.host(rng, "AWS eu-north-1") for _ in range(2)]
        suite = ([(EVAL_COT.format(q=gsm[i]), "cot") for i in sorted(rng.sample(range(len(gsm)), rng.randrange(150, 400)))]
                 + [(HUMANEVAL_COMPLETE.format(q=q), "code") for q in he[: rng.randrange(40, 164)]]
                 + [(q, "code") for q in rng.sample(mbpp, rng.randrange(40, 120))])
        smoke = suite[: 30]
        cli = Client(pick(rng, ["lm-eval", "promptfoo", "openai-py"]))
        model = pick(rng, ["aurora-2", "aurora-2-mini"])
        for role in ("nightly", "smoke", "staging", "dev"):
            a = w.account(rng, "fintech_ci_evals", cc=cc, created=w.old_created(rng, hi=(2026, 9, 1)), org=org, card=card, tier="t3", zdr=zdr)
            if role == "nightly":
                for k, mid in w.win.local_days(a.tz):
                    start = mid + 2 * HOUR + rng.randrange(0, 40 * MIN)
                    for m in (model, REASONER if start > RELEASE else model):
                        job_ip = w.net.host(rng, "Microsoft Azure")          # one hosted runner per job
                        start = machine_run(w, a, rng, start, suite, addr=job_ip, cli=cli, model=m, concurrency=8) + 5 * MIN
            else:
                per_day = {"smoke": 5, "staging": 2, "dev": 1.5}[role]
                for s in w.win.sessions(rng, a.tz, "office", per_day):
                    machine_run(w, a, rng, s, smoke, addr=pick(rng, runners) if role != "dev" else w.net.host(rng, "Microsoft Azure"),
                                cli=cli, model=model, concurrency=4)


def game_npc(w: World) -> None:
    rng = w.rng("game_npc")
    studios = [("FI", 0), ("FI", 1), ("SE", 2), ("SE", 3), ("FI", 4)]
    for si, (cc, sysi) in enumerate(studios):
        co = w.places.company(rng, cc, big=True)
        org, card = w.new_org(rng), w.new_card(rng)
        hosts = [w.net.host(rng, pick(rng, ["Hetzner Helsinki", "AWS eu-north-1", "GCP europe-north1"])) for _ in range(2)]
        for _ in range(2):
            a = w.account(rng, "game_npc", cc=cc, created=w.old_created(rng, hi=(2026, 8, 1)), org=org, card=card, tier="t3")
            cli = Client(pick(rng, ["httpx", "go", "dotnet"]))
            for s in w.win.sessions(rng, a.tz, "ops", 2.5):
                items = [(npc_line(rng, si), "npc") for _ in range(rng.randrange(60, 260))]
                machine_run(w, a, rng, s, items, addr=pick(rng, hosts), cli=cli, model="aurora-2-mini", concurrency=6, system=NPC_SYSTEMS[sysi])
        for _ in range(6):
            a = w.account(rng, "game_npc", cc=cc, created=w.old_created(rng), org=org, card=card, tier="t2")
            cli = Client(co.browser) if chance(rng, .6) else client(rng, EDITORS)
            for s in w.win.sessions(rng, a.tz, "dev", 1.5):
                convo(w, a, rng, s, geometric(rng, 3), lambda i: (npc_line(rng, si), "npc") if chance(rng, .3) else (w.corp.code(rng), "code"),
                      addr=co.addr(rng), cli=cli, model="aurora-2", system=NPC_SYSTEMS[sysi] if chance(rng, .5) else None)


def saas_apps(w: World) -> None:
    rng = w.rng("saas_apps")
    for name in sorted(APPS):
        sysp, style, cloud, cc, prof = APPS[name]
        org, card = w.new_org(rng), w.new_card(rng)
        hosts = [w.net.host(rng, cloud) for _ in range(rng.randrange(2, 5))]
        cli = Client(pick(rng, ["openai-py", "openai-js", "go", "java", "httpx"]))
        lang = LANG[cc]
        for env, volume in (("prod", lognorm(rng, 850, .35)), ("staging", 25)):
            a = w.account(rng, "saas_apps", cc=cc, created=w.old_created(rng, hi=(2026, 6, 1)), org=org, card=card, tier="t3")
            for s in w.win.sessions(rng, a.tz, prof, volume):
                if style == "task":
                    q = w.corp.task(rng, ("gsm8k", "svamp", "math_easy"))
                    p = pick(rng, [q, f"{pick(rng, STUCK[lang])} {q}", f"{STEP[lang]}: {q}"])
                    kind = "cot"
                elif style == "nq":
                    p, kind = localise(rng, w.corp.any(rng, "nq"), lang, .3), "short"
                elif style == "holiday":
                    p, kind = holiday(rng, lang), "chat"
                elif style == "doc":
                    p, kind = "Summarise this contract section:\n\n" + pick(rng, chunks(w.corp.any(rng, "awesome_long"), 1500)), "summary"
                else:
                    p, kind = w.corp.any(rng, "instruct"), "chat"
                w.send(a, s, p, kind=kind, addr=pick(rng, hosts), cli=cli, model="aurora-2-mini", system=sysp, rng=rng)


def embedding_pipelines(w: World, n: int = 6) -> None:
    rng = w.rng("embedding_pipelines")
    for _ in range(n):
        co = w.places.company(rng, big=True)
        a = w.account(rng, "embedding_pipelines", cc=co.cc, created=w.old_created(rng), org=co.org, card=co.card or w.new_card(rng), tier="t2")
        host = w.net.host(rng, pick(rng, ["AWS eu-north-1", "GCP europe-north1", "UpCloud Helsinki"]))
        cli = Client(pick(rng, ["openai-py", "go", "java"]))
        for s in w.win.sessions(rng, a.tz, "nightly", 1.5):
            docs = []
            for _ in range(rng.randrange(60, 150)):
                docs += chunks(w.corp.any(rng, pick(rng, ["awesome_long", "arena", "awesome_short"])), 700)
            machine_run(w, a, rng, s, [(d, "embed") for d in docs], addr=host, cli=cli, model=EMBED, concurrency=4, pause_ms=(300, 900))


PROBES = ["Reply with the single word OK.", "ping", "Health check: respond with {\"status\": \"ok\"}.",
          "Summarise in one sentence: the service is operating normally.", "Say hello."]


def uptime_probes(w: World, n: int = 24) -> None:
    """Synthetic monitors of unrelated companies: tiny prompts on cron boundaries (every 5, 10,
    15 or 30 minutes, a few seconds of jitter), each from its own cloud host, around the clock."""
    rng = w.rng("uptime_probes")
    for _ in range(n):
        co = w.places.company(rng)
        a = w.account(rng, "uptime_probes", cc=co.cc, created=w.old_created(rng, hi=(2026, 10, 1)), org=co.org,
                      card=co.card or w.new_card(rng), tier="t2")
        host = w.net.host(rng, pick(rng, ["AWS eu-north-1", "GCP europe-north1", "Hetzner Helsinki", "Microsoft Azure", "UpCloud Helsinki"]))
        cli = Client(pick(rng, ["curl", "go", "requests", "openai-py"]))
        every = pick(rng, [5, 10, 10, 15, 30]) * MIN
        probe = pick(rng, PROBES)
        model = pick(rng, ["aurora-2-mini", "aurora-2-mini", "aurora-2"])
        t = w.win.start - w.win.start % every + every
        while t < w.win.end:
            w.send(a, t + rng.randrange(0, 3000), probe, kind="tiny", addr=host, cli=cli, model=model, rng=rng)
            t += every
