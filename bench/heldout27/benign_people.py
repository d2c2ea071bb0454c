"""Benign populations of individuals: casual users (EN/FR), university and CEGEP
students in exam week, translators, researchers, accountants, IDE-plugin
developers, small businesses and launch-night tryers."""

from __future__ import annotations

import random

from . import apptext, french
from .corpora import COT_PHRASES_EN, STUDENT_CODE_EN, STUDENT_MATH_EN, casual_question, typo
from .identity import aged_created_at, card, client, ip_fixed, ip_home_mobile, pick_tz, pool_of
from .traffic import Sim
from .world import COMPLETIONS, DAY, HOUR, MIN, NETS, NEW_MODEL, RELEASE, RESPONSES, T0, wpick

SDK_OR_WEB = [("web", 5), ("borealis_py", 2), ("openai_py", 2), ("node", 1)]


def person(sim: Sim, rng: random.Random, pop: str, tz: str | None = None, ipfn=None, kinds=SDK_OR_WEB,
           p_card: float = 0.8, age=(20, 900), org=None, payment=None):
    tz = tz or pick_tz(rng)
    ua, dev = client(rng, kinds)
    return sim.reg.new(pop, None, tz=tz, ipfn=ipfn or ip_home_mobile(rng, tz), ua=ua, device=dev,
                       payment=payment or (card(rng) if rng.random() < p_card else None), org=org,
                       created_at=aged_created_at(rng, *age))


def casual_en(sim: Sim, n: int) -> None:
    rng = sim.sub("casual_en")
    for _ in range(n):
        a = person(sim, rng, "casual_chat_en", p_card=0.55)
        rate, adopt, ty = rng.lognormvariate(0, 0.8) * 0.9, rng.uniform(0.1, 0.7), rng.uniform(0, 0.02)
        for t in sim.sessions(rng, a, "human", rate, (1, 6), 70):
            p = typo(rng, sim.corp.chat(rng), ty)
            sim.request(rng, a, t, p, model=sim.model(rng, t, adopt), kind="chat", history=rng.randint(0, 1500))


def casual_fr(sim: Sim, n: int) -> None:
    rng = sim.sub("casual_fr")
    for _ in range(n):
        tz = "EDT" if rng.random() < 0.9 else "ADT"
        ipfn = ip_home_mobile(rng, tz) if rng.random() < 0.3 else _qc_home(rng)
        a = person(sim, rng, "casual_chat_fr_qc", tz=tz, ipfn=ipfn, p_card=0.6)
        rate, adopt = rng.lognormvariate(0, 0.8) * 0.9, rng.uniform(0.1, 0.6)
        for t in sim.sessions(rng, a, "human", rate, (1, 5), 80):
            r = rng.random()
            p = rng.choice(french.FR_CASUAL) if r < 0.7 else (sim.corp.chat(rng) if r < 0.9 else french.word_problem_fr(rng))
            sim.request(rng, a, t, typo(rng, p, 0.01), model=sim.model(rng, t, adopt), kind="chat",
                        history=rng.randint(0, 1200))


def _qc_home(rng: random.Random):
    net = NETS[wpick(rng, [("videotron", 6), ("bell", 3), ("cogeco", 1)])]
    pool = pool_of(rng, net, 1)
    mob = pool_of(rng, NETS[wpick(rng, [("bellmob", 1), ("rogersmob", 1), ("telusmob", 1)])], 2)
    return lambda r, ts: r.choice(mob) if r.random() < 0.2 else pool[0]


CAMPUSES = [("uoft", "EDT", 5), ("mcgill", "EDT", 3), ("ubc", "PDT", 4), ("waterloo", "EDT", 3),
            ("udem", "EDT", 2), ("uw", "PDT", 1)]


def campus_nat(rng: random.Random) -> dict[str, list]:
    """Each campus egresses through a handful of NAT addresses (wifi + residences)."""
    return {c: pool_of(rng, NETS[c], rng.randint(6, 14)) for c, _, _ in CAMPUSES}


def students_univ(sim: Sim, n: int, nat: dict[str, list]) -> None:
    rng = sim.sub("students_univ")
    for _ in range(n):
        c, tz, _ = wpick(rng, [((c, tz, w), w) for c, tz, w in CAMPUSES])
        home = ip_home_mobile(rng, tz, 0.3)
        campus = ip_fixed(nat[c])
        p_campus = rng.uniform(0.3, 0.9)
        ipfn = (lambda campus, home, pc: (lambda r, ts: campus(r, ts) if r.random() < pc else home(r, ts)))(
            campus, home, p_campus)
        a = person(sim, rng, "students_university", tz=tz, ipfn=ipfn, p_card=0.5, age=(3, 700),
                   kinds=[("web", 8), ("openai_py", 1), ("borealis_py", 1)])
        rate, cram = rng.lognormvariate(0.4, 0.7), rng.random() < 0.3
        mathy, adopt = rng.random(), rng.uniform(0.2, 0.8)
        fr = c in ("mcgill", "udem") and rng.random() < 0.35
        for t in sim.sessions(rng, a, "student", rate, (2, 14 if cram else 8), 120):
            r = rng.random()
            if r < mathy * 0.8:
                q = rng.choice(sim.corp.math) if rng.random() < 0.6 else sim.corp.mathq(rng)
                p = rng.choice(french.FR_MATH_WRAP if fr else STUDENT_MATH_EN).format(q=q)
                kind = "math"
            elif r < 0.85:
                q = sim.corp.codeq(rng) if rng.random() < 0.6 else rng.choice(sim.corp.arena)
                p = rng.choice(french.FR_CODE_WRAP if fr else STUDENT_CODE_EN).format(q=q)
                kind = "code"
            else:
                p, kind = sim.corp.chat(rng), "chat"
            sim.request(rng, a, t, typo(rng, p, 0.01), model=sim.model(rng, t, adopt), kind=kind,
                        history=rng.randint(0, 3000))


def cegep_students(sim: Sim, n: int, nat: dict[str, list]) -> None:
    rng = sim.sub("cegep_students")
    for _ in range(n):
        ipfn = _qc_home(rng)
        if rng.random() < 0.4:
            ipfn = (lambda h: (lambda r, ts: r.choice(nat["udem"]) if r.random() < 0.4 else h(r, ts)))(ipfn)
        a = person(sim, rng, "cegep_students_fr", tz="EDT", ipfn=ipfn, p_card=0.35, age=(2, 400),
                   kinds=[("web", 9), ("openai_py", 1)])
        rate = rng.lognormvariate(0.2, 0.7)
        for t in sim.sessions(rng, a, "student", rate, (2, 9), 110):
            r = rng.random()
            if r < 0.45:
                p = rng.choice(french.FR_MATH_WRAP).format(q=french.word_problem_fr(rng))
            elif r < 0.7:
                p = rng.choice(french.FR_MATH_WRAP).format(q=rng.choice(sim.corp.math))
            elif r < 0.8:
                p = rng.choice(french.FR_CODE_WRAP).format(q=rng.choice(sim.corp.mbpp))
            else:
                p = rng.choice(french.FR_CASUAL)
            sim.request(rng, a, t, typo(rng, p, 0.015), model=sim.model(rng, t, 0.4), kind="math")


def translators(sim: Sim, n: int) -> None:
    rng = sim.sub("translators")
    for _ in range(n):
        tz = "EDT" if rng.random() < 0.85 else "ADT"
        a = person(sim, rng, "translators", tz=tz, kinds=[("web", 3), ("borealis_py", 2), ("java", 1)], p_card=0.95)
        rate = rng.lognormvariate(0.5, 0.6)
        for t in sim.sessions(rng, a, "office", rate, (3, 15), 150):
            src = rng.choice(sim.corp.awesome + sim.corp.user)[: rng.randint(300, 2500)]
            if rng.random() < 0.6:
                p = rng.choice(("Translate into Canadian French (Government of Canada style):\n\n",
                                "Traduire en français du Québec, registre soutenu :\n\n",
                                "Translate to French. Keep formatting and terminology consistent:\n\n")) + src
            else:
                p = rng.choice(("Traduire en anglais canadien :\n\n", "Révise cette traduction :\n\n")) + \
                    rng.choice(french.FR_CASUAL) + "\n" + src[:800]
            sim.request(rng, a, t, p, model=sim.model(rng, t, 0.25, mini=0.3), kind="translate")


def researchers(sim: Sim, n: int) -> None:
    rng = sim.sub("researchers")
    for _ in range(n):
        c, tz, _ = wpick(rng, [((c, tz, w), w) for c, tz, w in CAMPUSES])
        lab = pool_of(rng, NETS[c], 2)
        home = ip_home_mobile(rng, tz, 0.1)
        a = person(sim, rng, "academic_researchers", tz=tz, ipfn=lambda r, ts, lab=lab, home=home:
                   r.choice(lab) if r.random() < 0.7 else home(r, ts),
                   kinds=[("openai_py", 4), ("borealis_py", 3), ("web", 2)], p_card=0.9)
        scripted = rng.random() < 0.35
        ts_list = sim.sessions(rng, a, "human", rng.lognormvariate(0.3, 0.6), (2, 10), 200)
        if scripted:  # a small experiment: one prompt template over a few dozen items
            start = sim.local_time(rng, tz, rng.randint(0, sim.days - 1), "office")
            ts_list += sim.steady(rng, start, start + rng.randint(20, 90) * MIN, rng.uniform(40, 200))
        tmpl = rng.choice(("Rate the toxicity of the following sentence from 1-5 and explain briefly: {q}",
                           "Answer the question, then give your confidence from 0 to 1.\nQ: {q}",
                           "Paraphrase the following question three ways: {q}"))
        for t in sorted(ts_list):
            if scripted and rng.random() < 0.6:
                p, kind = tmpl.format(q=rng.choice(sim.corp.nq)), "short"
            else:
                p, kind = (rng.choice(sim.corp.arena) if rng.random() < 0.6 else sim.corp.chat(rng)), "chat"
            sim.request(rng, a, t, p, model=sim.model(rng, t, 0.6, lag_h=1), kind=kind, endpoint=RESPONSES)


def accountants(sim: Sim, n: int) -> None:
    rng = sim.sub("accountants")
    for _ in range(n):
        a = person(sim, rng, "accountants_tax_season", kinds=[("web", 6), ("borealis_py", 1)], p_card=0.95)
        rate = rng.lognormvariate(1.0, 0.5)
        for t in sim.sessions(rng, a, "office", rate, (1, 6), 240):
            if rng.random() < 0.75:
                p = apptext.fill(rng, rng.choice(apptext.TAX_Q), apptext.TAX_SLOTS)
                p = rng.choice(("Client question: ", "", "Quick check for a client file: ", "")) + p
            else:
                p = sim.corp.chat(rng)
            sim.request(rng, a, t, p, model=sim.model(rng, t, 0.2), kind="tax")


def ide_developers(sim: Sim, n: int) -> None:
    """Code-assist plugins: many short completion calls while coding."""
    rng = sim.sub("ide_developers")
    for _ in range(n):
        a = person(sim, rng, "ide_developers", kinds=[("node", 3), ("borealis_py", 1), ("go", 1)], p_card=0.9)
        rate = rng.uniform(1.5, 4)
        for t in sim.sessions(rng, a, "office", rate, (4, 22), 45):
            if rng.random() < 0.7:
                src = rng.choice(sim.corp.humaneval + sim.corp.mbpp)
                p = src[: rng.randint(40, len(src))]
                sim.request(rng, a, t, p, model="aurora-3-mini", endpoint=COMPLETIONS, kind="short", retries=0,
                            history=rng.randint(200, 3000))
            else:
                p = rng.choice(sim.corp.arena) if rng.random() < 0.5 else "Explain this error:\n" + \
                    rng.choice(sim.corp.humaneval)[:300]
                sim.request(rng, a, t, p, model=sim.model(rng, t, 0.5), kind="code", history=rng.randint(0, 4000))


def small_business(sim: Sim, n: int) -> None:
    rng = sim.sub("small_business")
    topics = ["maple syrup from our sugar shack in Beauce", "a dépanneur in Verdun", "a bike shop in Kitchener",
              "our Halifax seafood restaurant", "a hockey equipment resale store in Winnipeg",
              "a bookkeeping service for tax season", "a cabane à sucre closing for the season",
              "a daycare in Laval", "a landscaping company's spring openings"]
    for _ in range(n):
        a = person(sim, rng, "small_business", kinds=[("web", 8), ("node", 1)], p_card=1.0)
        topic = rng.choice(topics)
        for t in sim.sessions(rng, a, "office", rng.lognormvariate(0, 0.6), (1, 6), 150):
            p = rng.choice((
                f"Write an Instagram post for {topic}, bilingual EN/FR, under 80 words.",
                f"Rédige une infolettre courte pour {topic}.", f"Give me 10 slogan ideas for {topic}.",
                f"Write a polite reply to a 2-star Google review about {topic}.",
                f"Make a weekly staff schedule template for {topic}.", sim.corp.chat(rng)))
            sim.request(rng, a, t, p, model=sim.model(rng, t, 0.2), kind="chat")


def launch_tryers(sim: Sim, n: int) -> None:
    """People (many brand new sign-ups) poking at aurora-4 in the hours after the 21:00 launch."""
    rng = sim.sub("launch_tryers")
    for _ in range(n):
        new = rng.random() < 0.45
        tz = pick_tz(rng)
        ua, dev = client(rng, [("web", 5), ("openai_py", 3), ("curl", 1), ("borealis_py", 2)])
        ca = RELEASE + int(rng.uniform(-3, 2.5) * HOUR) if new else aged_created_at(rng, 30, 1000)
        a = sim.reg.new("launch_night_tryers", None, tz=tz, ipfn=ip_home_mobile(rng, tz, 0.35), ua=ua, device=dev,
                        payment=card(rng) if rng.random() < 0.85 else None, org=None, created_at=ca)
        start = max(RELEASE + int(rng.expovariate(1 / 0.9) * HOUR), ca + 2 * MIN)
        n_first = int(rng.lognormvariate(2.2, 0.8))
        t = start
        for _ in range(min(n_first, 120)):
            r = rng.random()
            p = rng.choice(apptext.VIBE_CHECK) if r < 0.45 else (
                rng.choice(sim.corp.arena) if r < 0.75 else rng.choice(sim.corp.math) + " " + rng.choice(COT_PHRASES_EN))
            sim.request(rng, a, t, typo(rng, p, 0.01), model=NEW_MODEL, kind="chat")
            t += int(1000 * rng.lognormvariate(4.0, 0.9))
        for t in sim.sessions(rng, a, "human", rng.lognormvariate(-0.3, 0.7), (1, 5), 90,
                              day_scale=lambda d: 1.0 if d >= 1 else 0.0):
            p = sim.corp.chat(rng) if rng.random() < 0.7 else casual_question(rng, rng.choice(sim.corp.nq))
            sim.request(rng, a, t, p, model=sim.model(rng, t, 0.8), kind="chat")


__all__ = ["casual_en", "casual_fr", "students_univ", "cegep_students", "translators", "researchers", "accountants",
           "ide_developers", "small_business", "launch_tryers", "campus_nat", "person", "DAY", "T0"]
