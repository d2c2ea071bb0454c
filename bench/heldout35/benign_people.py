"""Benign populations of people: chat users, phones behind carrier NAT, students
in exam week, families, VPN users, the diaspora, newcomers at the launch, indie
developers. Every function adds accounts and events to the World."""
from __future__ import annotations

import random

from bench.heldout35 import network as N
from bench.heldout35.actors import Account, World, aged, created_days_ago, event, status_of
from bench.heldout35.corpus import Corpora, spanish_chat
from bench.heldout35.world import CITIES, HOUR, LAUNCH, MX_CITY_WEIGHTS, MIN, START, Clock, daily_count, pick_model, session_times

APP = "/app/conversation"


def completion(rng: random.Random, kind: str) -> int:
    mu = {"chat": 320, "short": 120, "math": 420, "code": 520, "cot": 900, "long": 1100}[kind]
    return max(8, int(rng.lognormvariate(0, 0.55) * mu))


def split_sessions(times: list[int], gap: int = 20 * MIN) -> list[int]:
    """Index of the session each time belongs to."""
    out, s = [], 0
    for i, t in enumerate(times):
        if i and t - times[i - 1] > gap:
            s += 1
        out.append(s)
    return out


def consumer_prompt(rng: random.Random, C: Corpora, p_es: float) -> tuple[str, str]:
    if rng.random() < p_es:
        return spanish_chat(rng), "chat"
    t = C.chat_prompt(rng)
    return t, ("short" if len(t) < 80 else "chat")


STUDENT_WRAP = [
    "{q}", "{q}", "ayuda con este problema: {q}", "explícame paso a paso cómo resolver esto:\n{q}",
    "resuelve y explica cada paso por favor\n\n{q}", "no entiendo este ejercicio, ¿me lo explicas?\n{q}",
    "Solve step by step: {q}", "cual es el resultado? {q}", "{q}\n\nmuestra el procedimiento completo, es para mi examen",
    "tengo examen mañana, explícame cómo se hace este tipo de problema: {q}",
]
CODE_WRAP = [
    "{q}", "implementa esto en python y explica:\n{q}", "por qué mi solución no pasa las pruebas?\n{q}",
    "{q}\nhazlo lo más simple posible, soy principiante", "Complete the function:\n{q}",
]


def _person(world: World, rng: random.Random, pop: str, city: str, kind: str, created: int | None = None,
            paid: float = 0.25, **kw) -> Account:
    ua = N.browser_ua(rng) if kind == "web" else N.app_ua(rng) if kind == "app" else N.sdk_ua(rng)
    home = None
    if kind != "app" or rng.random() < 0.3:
        net = N.home_net(rng, city)
        home = (N.ip_in(rng, net), N.asn_of(net))
    return world.new_account(rng, pop, None, created if created is not None else aged(rng), city,
                             payment=N.card(rng) if rng.random() < paid else None,
                             devices=[N.device(rng)], ua=ua, home=home, **kw)


def _mx_city(rng: random.Random) -> str:
    return N.wchoice(rng, MX_CITY_WEIGHTS)


def chat_people(world: World, C: Corpora, pop: str, n: int, cities, median: float, p_es: float,
                adopt: str = "app", bump: float = 0.3, mobile_share: float = 0.35) -> None:
    rng = world.rng(pop)
    cgnat = {c: N.CGNAT(rng, N.mobile_net(rng, c), 120) for c in CITIES}
    for _ in range(n):
        city = N.wchoice(rng, cities) if isinstance(cities, list) else cities
        kind = "app" if rng.random() < mobile_share else "web"
        a = _person(world, rng, pop, city, kind)
        clock = Clock.get(world.days, CITIES[city][0], "consumer", (1.0, 1.08), launch_bump=bump)
        times = session_times(rng, clock, daily_count(rng, median, 1.0, world.days, 150), 3.0, (25, 240), lo=a.created)
        sess = split_sessions(times)
        nets = {}
        for t, s in zip(times, sess):
            net = a.home if a.home and rng.random() < 0.85 else nets.setdefault(s, cgnat[city].pick(rng))
            p, k = consumer_prompt(rng, C, p_es)
            world.emit(event(rng, a, t, p, model=pick_model(rng, t, adopt), ct=completion(rng, k), endpoint=APP,
                             key=None, net=net, status=status_of(rng)))


def phone_users(world: World, C: Corpora, n: int, telcel: N.CGNAT) -> None:
    """Phones on Telcel / AT&T: no fixed line, a new CGNAT address every session."""
    pop = "mobile_carrier_users"
    rng = world.rng(pop)
    att = N.CGNAT(rng, "att_mx", 90)
    for _ in range(n):
        city = _mx_city(rng)
        a = world.new_account(rng, pop, None, aged(rng), city, payment=N.card(rng) if rng.random() < 0.15 else None,
                              devices=[N.device(rng)], ua=N.app_ua(rng))
        cg = telcel if rng.random() < 0.7 else att
        clock = Clock.get(world.days, CITIES[city][0], "consumer", (1.0, 1.1), launch_bump=0.2)
        times = session_times(rng, clock, daily_count(rng, 3.5, 0.9, world.days, 90), 2.5, (20, 150), lo=a.created)
        nets = {}
        for t, s in zip(times, split_sessions(times)):
            p, k = consumer_prompt(rng, C, 0.6)
            world.emit(event(rng, a, t, p, model=pick_model(rng, t, "app"), ct=completion(rng, k), endpoint=APP,
                             key=None, net=nets.setdefault(s, cg.pick(rng)), status=status_of(rng)))


def students(world: World, C: Corpora, pop: str, n: int, city: str, campus: str, n_nat: int,
             mix: list[tuple[str, float]], on_campus: float, phones: bool = False,
             nat: list[tuple[str, int]] | None = None) -> None:
    """End-of-semester exams: maths and code, often 'explain step by step', from a campus NAT by
    day and from home or a phone at night. Accounts are young (semester start) or brand new."""
    rng = world.rng(pop)
    nat = nat or N.pool(rng, campus, n_nat)
    cg = N.CGNAT(rng, N.mobile_net(rng, city), 80)
    off = CITIES[city][0]
    for _ in range(n):
        created = created_days_ago(rng, 1, 95) if rng.random() < 0.7 else aged(rng)
        a = _person(world, rng, pop, city, "app" if phones or rng.random() < 0.3 else "web", created=created, paid=0.08)
        clock = Clock.get(world.days, off, "student", (1.0, 1.25), launch_bump=0.15)
        times = session_times(rng, clock, daily_count(rng, 9, 0.8, world.days, 160), 6.0, (40, 420), lo=a.created)
        nets = {}
        for t, s in zip(times, split_sessions(times)):
            hour = ((t // HOUR) + off) % 24
            if s not in nets:
                if 8 <= hour < 20 and rng.random() < on_campus:
                    nets[s] = rng.choice(nat)
                else:
                    nets[s] = a.home if a.home and rng.random() < 0.7 else cg.pick(rng)
            src, q = C.task(rng, mix)
            if src == "chat":
                p, kind = consumer_prompt(rng, C, 0.5)
            elif src in ("mbpp", "humaneval"):
                p, kind = rng.choice(CODE_WRAP).format(q=q), "code"
            else:
                p, kind = rng.choice(STUDENT_WRAP).format(q=q), "math"
            world.emit(event(rng, a, t, p, model=pick_model(rng, t, "app"), ct=completion(rng, kind), endpoint=APP,
                             key=None, net=nets[s], status=status_of(rng)))


def families(world: World, C: Corpora, n_fam: int) -> None:
    """Households: 2-5 accounts on one tablet or laptop, one home line, often one card."""
    pop = "families_shared"
    rng = world.rng(pop)
    for _ in range(n_fam):
        city = N.wchoice(rng, MX_CITY_WEIGHTS + [("hou", 6), ("lax", 6)])
        net = N.home_net(rng, city)
        home = (N.ip_in(rng, net), N.asn_of(net))
        shared_dev, fam_card = N.device(rng), N.card(rng) if rng.random() < 0.7 else None
        ua = N.browser_ua(rng)
        for m in range(rng.choice([2, 2, 3, 3, 4, 5])):
            a = world.new_account(rng, pop, None, aged(rng), city, payment=fam_card if rng.random() < 0.8 else None,
                                  devices=[shared_dev] if rng.random() < 0.75 else [N.device(rng)], ua=ua, home=home)
            kid = m >= 2
            clock = Clock.get(world.days, CITIES[city][0], "student" if kid else "consumer")
            times = session_times(rng, clock, daily_count(rng, 4, 0.9, world.days, 80), 3, (30, 200), lo=a.created)
            for t in times:
                if kid and rng.random() < 0.5:
                    _, q = C.task(rng, [("gsm8k", 2), ("svamp", 3)])
                    p, k = rng.choice(STUDENT_WRAP).format(q=q), "math"
                else:
                    p, k = consumer_prompt(rng, C, 0.6)
                world.emit(event(rng, a, t, p, model=pick_model(rng, t, "app"), ct=completion(rng, k), endpoint=APP,
                                 key=None, status=status_of(rng)))


def vpn_users(world: World, C: Corpora, n: int) -> None:
    """Privacy-minded users on commercial VPNs: exits shared with strangers, changing per session."""
    pop = "vpn_privacy_users"
    rng = world.rng(pop)
    exits = N.pool(rng, "m247", 25) + N.pool(rng, "datacamp", 25) + N.pool(rng, "mullvad", 12)
    for _ in range(n):
        city = N.wchoice(rng, MX_CITY_WEIGHTS + [("mad", 20), ("bog", 8)])
        a = _person(world, rng, pop, city, rng.choice(["web", "web", "api"]), paid=0.5)
        clock = Clock.get(world.days, CITIES[city][0], "consumer")
        times = session_times(rng, clock, daily_count(rng, 5, 0.9, world.days, 100), 3, (20, 200), lo=a.created)
        nets = {}
        for t, s in zip(times, split_sessions(times)):
            p, k = consumer_prompt(rng, C, 0.35)
            api = a.ua.startswith(("tianguis", "OpenAI", "python", "axios", "Go-", "lang", "lite", "curl"))
            world.emit(event(rng, a, t, p, model=pick_model(rng, t, "fast"), ct=completion(rng, k),
                             endpoint="/v1/chat/completions" if api else APP, key="" if api else None,
                             net=nets.setdefault(s, rng.choice(exits)), status=status_of(rng)))


def newcomers(world: World, C: Corpora, n: int) -> None:
    """Sign-ups after the tianguis-3 announcement: fresh accounts, a burst of curiosity,
    often the famous puzzles and benchmark questions people use to 'test' a new model."""
    pop = "launch_newcomers"
    rng = world.rng(pop)
    end = START + world.days * 24 * HOUR
    for _ in range(n):
        city = N.wchoice(rng, MX_CITY_WEIGHTS + [("bog", 8), ("lim", 6), ("mad", 5), ("lax", 6), ("hou", 4)])
        created = LAUNCH + int(rng.expovariate(1 / (7 * HOUR)))
        if created >= end - HOUR:
            created = LAUNCH + rng.randrange(3 * HOUR)
        a = _person(world, rng, pop, city, rng.choice(["web", "web", "app"]), created=created, paid=0.3)
        clock = Clock.get(world.days, CITIES[city][0], "consumer")
        k0 = rng.randrange(3, 25)
        t = created + rng.randrange(30_000, 20 * MIN)
        times = []
        for _ in range(k0):
            times.append(t)
            t += int(rng.uniform(15, 180) * 1000)
        times += [clock.sample(rng, lo=created) for _ in range(rng.randrange(0, 10))]
        times = sorted(x for x in times if x < end)
        for t in times:
            r = rng.random()
            if r < 0.2:
                _, q = C.task(rng, [("gsm8k", 3), ("math", 2), ("humaneval", 1)])
                p, k = (q if rng.random() < 0.5 else rng.choice(STUDENT_WRAP).format(q=q)), "math"
            else:
                p, k = consumer_prompt(rng, C, 0.5)
            world.emit(event(rng, a, t, p, model=pick_model(rng, t, "instant"), ct=completion(rng, k), endpoint=APP,
                             key=None, status=status_of(rng, p_429=0.02)))


def developers(world: World, C: Corpora, n: int) -> None:
    """Indie developers on the API: SDK clients, home lines or a small VPS, bursts while
    building, everyone trying tianguis-3 within the hour."""
    pop = "indie_developers"
    rng = world.rng(pop)
    for _ in range(n):
        city = N.wchoice(rng, MX_CITY_WEIGHTS + [("bog", 10), ("lim", 6), ("mad", 8), ("lax", 8)])
        a = _person(world, rng, pop, city, "api", paid=0.85)
        a.keys.append("key_" + N.hexid(rng, 12))
        vps = N.pool(rng, rng.choice(["digitalocean", "aws", "hetzner", "gcp"]), 1)[0] if rng.random() < 0.4 else None
        clock = Clock.get(world.days, CITIES[city][0], "developer", launch_bump=1.5)
        times = session_times(rng, clock, daily_count(rng, 8, 1.1, world.days, 400), 8, (3, 90), lo=a.created)
        sysp = rng.choice([None, None, "You are a helpful assistant.", "Eres un asistente útil. Responde en español.",
                           "Return only valid JSON.", "You are a senior Python engineer. Be concise."])
        for t in times:
            r = rng.random()
            if r < 0.35:
                _, q = C.task(rng, [("mbpp", 2), ("humaneval", 1)])
                p, k = q, "code"
            elif r < 0.5:
                p, k = rng.choice(C.by["arena"]), "code"
            else:
                p, k = consumer_prompt(rng, C, 0.3)
            world.emit(event(rng, a, t, p, system=sysp, model=pick_model(rng, t, "fast"), ct=completion(rng, k),
                             net=vps if vps and rng.random() < 0.7 else None, status=status_of(rng, 0.03, 0.02)))
