"""Evasive distillation campaigns: bac-student mimicry, a fake tutoring centre, harvest hidden in an app
backend, aged accounts trickling through rotating residential proxies, multi-turn rationale
extraction, and sleeper accounts that switch to harvesting after the launch."""
from __future__ import annotations

from . import corpus, devices, networks, phrases
from .benign_orgs import _app_prompt
from .benign_students import VIRAL
from .habits import heavy_count, poisson, sample_ts, session
from .harvest import Coverage, cot_varied, grid_task, task_item
from .people import chat_prompt, ip_of, person
from .world import DAY1, HOUR, LAUNCH, MIN, SEC


def student_mimic(P, n=80):
    """c04: looks like bac students (Moroccan CGNAT, evening/late-night, Darija/French 'explain the steps'),
    but walks the MATH benchmark subject by subject and prefers the new reasoning model."""
    rng = P.rng
    cov = Coverage("math", rng.randrange(5000), 1)
    for i in range(n):
        a = person(P, "MA", "plus", 10, 60, app_share=1.0, mobile_bias=0.3)
        a.devices = [devices.mobile_app(rng, f"{a.id}:emu", emulator=rng.random() < 0.6)]
        lang = rng.choice(["fr", "dar_lat", "fr", "dar_ar"])
        viral = rng.choice(VIRAL) if rng.random() < 0.3 else None
        for day in (0, 1):
            for _ in range(1 + poisson(rng, 1.0)):
                start = sample_ts(rng, day, "MA", "student_exam")
                ip = ip_of(P, a)
                for t in session(rng, start, heavy_count(rng, 12, 0.4, 3, 30), 80):
                    q = corpus.paraphrase(rng, cov.next(1500), 0.4)
                    p = viral.replace("{q}", q) if viral and rng.random() < 0.5 else phrases.frame(rng, phrases.STEPS, lang, q)
                    m = "atlas-3" if t >= LAUNCH and rng.random() < 0.85 else "atlas-2"
                    P.req(a, t, p, model=m, kind="math_cot", ip=ip)


def teacher_mimic(P, n=30):
    """c05: a fake tutoring centre (one org, two cards) 'preparing worksheets' that sweeps a synthetic
    domain x skill x format grid with fully worked solutions."""
    rng = P.rng
    org, cards = P.org("centre-excellence"), [P.card(0), P.card(1)]
    office = networks.site("office", "MA", "centre-excellence-maarif", 2)
    start_cell = rng.randrange(5000)
    for i in range(n):
        a = person(P, "MA", "pro", 25, 70, org_id=org, payment=cards[i % 2], net=office if i < 12 else None, app_share=0.0)
        for day in (0, 1):
            for _ in range(1 + poisson(rng, 1.2)):
                start = sample_ts(rng, day, "MA", "office")
                ip = ip_of(P, a)
                for j, t in enumerate(session(rng, start, heavy_count(rng, 14, 0.4, 4, 40), 70)):
                    cell = start_cell + (i * 997 + day * 131 + j * 30 + rng.randrange(30))
                    p = grid_task(cell)
                    if rng.random() < 0.5:
                        p = "Pour mes élèves de 2ème bac : " + p
                    P.req(a, t, p, model="atlas-3" if t >= LAUNCH else "atlas-2", kind="exercise_gen", ip=ip)


SHADOW_SYS = ("Tu es Tawjih Smart, l'assistant de révision des élèves du Maghreb. Explique toujours la méthode étape par "
              "étape avant le résultat final. Langue : celle de l'élève.")


def backend_shadow(P, n=3):
    """c06: an app backend with real users whose operator injects harvest batches through the same key,
    system prompt and egress IPs, including at 2-5 am local when its users sleep."""
    rng = P.rng
    org, card = P.org("tawjih-smart"), P.card("tawjih-smart")
    cloud = networks.CLOUDS["aws-bahrain"]
    covs = [Coverage("mbpp", rng.randrange(900)), Coverage("humaneval", rng.randrange(160)), Coverage("math", rng.randrange(5000))]
    for i in range(n):
        a = person(P, "MA", "enterprise", 120, 200, org_id=org, payment=card, net=cloud, keys=2)
        a.devices = [devices.sdk(rng, "atlas-node")]
        a.sdk, a.retry_p = True, 0.9
        inst = [rng.randrange(cloud.pool) for _ in range(3)]
        for _ in range(heavy_count(rng, 650, 0.2, 200, 1500)):  # real end users
            t = sample_ts(rng, rng.choice([0, 1]), "MA", "backend")
            p, k = _app_prompt(rng, "homework")
            P.req(a, t, p, system=SHADOW_SYS, model="atlas-2", kind=k, ip=cloud.address(rng.choice(inst)))
        for _ in range(heavy_count(rng, 450, 0.2, 150, 1200)):  # injected harvest, flat around the clock
            t = sample_ts(rng, rng.choice([0, 1]), "MA", "flat")
            c = rng.choice(covs)
            q = c.next(2500)
            p = q if c.src != "math" else phrases.frame(rng, phrases.STEPS, rng.choice(["fr", "dar_lat"]), q)
            P.req(a, t, p, system=SHADOW_SYS, model="atlas-3" if t >= LAUNCH else "atlas-2",
                  kind="code" if c.src != "math" else "math_cot", ip=cloud.address(rng.choice(inst)), key=1)


def residential_trickle(P, n=110):
    """c07: accounts aged for weeks, each a dozen requests a day, every request from a different
    residential-proxy exit, paraphrased task prompts with varied reasoning requests; nothing shared."""
    rng = P.rng
    for i in range(n):
        a = person(P, rng.choice(["MA", "FR", "ES", "BE", "DZ", "TN"]), "plus", 20, 60, app_share=0.0)
        lang = rng.choice(["en", "en", "fr", "es", "dar_lat", "ar"])
        for day in (0, 1):
            for _ in range(heavy_count(rng, 11, 0.35, 3, 25)):
                t = sample_ts(rng, day, a.country, "consumer")
                exit_net = networks.residential_exit(rng)
                q, kind = task_item(rng)
                m = "atlas-3" if t >= LAUNCH and rng.random() < 0.6 else "atlas-2"
                P.req(a, t, cot_varied(rng, q, lang), model=m, kind=kind, net=exit_net,
                      ip=exit_net.address(rng.randrange(exit_net.pool)))


FOLLOWUPS = ["Now explain the reasoning behind your answer step by step, as if you were teaching it.",
             "Good. Is there another way to solve it? Write out that reasoning too.",
             "Maintenant, explique chaque étape de ton raisonnement comme dans un corrigé.",
             "Which step is the hardest and why? Detail your thinking.",
             "Rewrite your full solution including every intermediate thought you had."]


def multiturn_rationale(P, n=50):
    """c08: each 'conversation' asks a task plainly, then asks for the rationale behind the answer it got,
    then for an alternative method — the history rides along so prompts grow."""
    rng = P.rng
    for i in range(n):
        c = rng.choice(["FR", "ES", "BE", "MA"])
        a = person(P, c, "plus", 15, 120, app_share=0.0, n_devices=1)
        for day in (0, 1):
            for _ in range(1 + poisson(rng, 2.5)):
                start = sample_ts(rng, day, c, "consumer")
                ip = ip_of(P, a)
                t = start
                for _conv in range(heavy_count(rng, 4, 0.4, 1, 8)):
                    q, kind = task_item(rng, (("gsm8k", 3), ("math", 4), ("mbpp", 2), ("arena", 1)))
                    hist = "User: " + q
                    turns = rng.choice([2, 3, 3, 4])
                    for k in range(turns):
                        p = q if k == 0 else hist + "\nAssistant: [previous answer]\nUser: " + rng.choice(FOLLOWUPS)
                        if k:
                            hist = p
                        m = "atlas-3" if t >= LAUNCH else "atlas-2"
                        P.req(a, t, corpus.cap(p, 6000), model=m, kind="math_cot" if k else kind, ip=ip, verbosity=1.3 if k else 1.0)
                        t += rng.randint(25, 140) * SEC
                    t += rng.randint(1, 6) * MIN


def sleeper_switch(P, n=60):
    """c15: created in one evening six weeks ago, chatted a little since; on launch day each account does a
    few ordinary requests, then switches to reasoning harvest on atlas-3."""
    rng = P.rng
    evening = DAY1 - 43 * 24 * HOUR + 19 * HOUR
    for i in range(n):
        c = rng.choice(["MA", "MA", "TN", "FR"])
        a = person(P, c, "plus", 1, 2, app_share=0.3)
        a.created_at = evening + rng.randrange(2 * HOUR)
        lang = a.meta["lang"]
        for t in session(rng, sample_ts(rng, 0, c, "consumer", hi_ms=LAUNCH), rng.randint(2, 5), 90):
            P.req(a, t, chat_prompt(rng, lang), model="atlas-2", kind="chat", ip=ip_of(P, a))
        for day in (0, 1):
            lo = LAUNCH + rng.randrange(3 * HOUR) if day == 0 else 0
            for _ in range(1 + poisson(rng, 1.5)):
                start = sample_ts(rng, day, c, "consumer", lo_ms=lo)
                ip = ip_of(P, a)
                for t in session(rng, start, heavy_count(rng, 12, 0.4, 3, 30), 60):
                    q, kind = task_item(rng)
                    P.req(a, t, cot_varied(rng, q, lang if lang in ("fr", "en", "es", "ar", "dar_lat") else "fr"),
                          model="atlas-3", kind=kind, ip=ip)
