"""Benign populations, part 1: consumers, students, shared networks (CGNAT, campus, cabinas, VPN)."""
from __future__ import annotations

from . import engine as E
from . import prompts as P
from . import world as W

CO, PE, CL = W.BY_COUNTRY["CO"], W.BY_COUNTRY["PE"], W.BY_COUNTRY["CL"]
ECBO = W.BY_COUNTRY["EC"] + W.BY_COUNTRY["BO"]


def mixed_chat(rng, a, k, t, es=0.7):
    r = rng.random()
    if r < es:
        p = P.chat_es(rng)
    elif r < es + 0.06:
        p = rng.choice(P.QU) + " " + P.chat_es(rng) if a["tz"] == -5 and rng.random() < 0.5 else P.pick(rng, "nq")
    else:
        p = P.chat_en(rng)
    return {"prompt": p, "model": E.model_at(rng, t, 0.35, 0.05), "ct": 260}


def consumer(seed, name, n, nets, per_day=7.0, mob_ua="mix"):
    def make(rng, i):
        a = E.ident(rng, seed, name, i, nets, ua_kind=mob_ua, pay="own" if rng.random() < 0.35 else None)
        a["rate"] = W.lognorm(rng, per_day, 0.9)
        return a
    return E.spec(name, n, make, lambda r, a: E.sessions(r, a, a["rate"], 3, 50), mixed_chat)


def popular(rng, k=420):
    """Problems everybody asks (viral simulacro questions): Zipf over a small pool."""
    c = P.corpus("gsm8k") + P.corpus("math") + P.corpus("svamp")
    pool = [c[(j * 7919) % len(c)] for j in range(k)]
    return pool[min(k - 1, int(rng.paretovariate(1.05)) - 1)]


def students(seed):
    def make(rng, i):
        a = E.ident(rng, seed, "b_students_preu", i, rng.choice([CO, PE, CL, PE]), ua_kind="browser",
                    pay=None, created=(W.START_MS - 400 * W.DAY_MS, W.START_MS - W.DAY_MS))
        a["rate"] = W.lognorm(rng, 10, 0.7)
        return a

    def content(rng, a, k, t):
        if rng.random() < 0.18:
            return mixed_chat(rng, a, k, t, 0.9)
        q = popular(rng) if rng.random() < 0.55 else P.pick(rng, rng.choice(["gsm8k", "math", "svamp", "math"]))
        return {"prompt": rng.choice(P.STUDENT).format(q=q), "model": E.model_at(rng, t, 0.5, 0.2), "ct": 520}
    return E.spec("b_students_preu", 1000, make,
                  lambda r, a: E.sessions(r, a, a["rate"], 5, 90, W.NIGHT_OWL), content)


def campus(seed, rng0):
    pools = {n: E.ip_pool(rng0, n, 4) for n in ("reuna_cl", "renata_co", "pucp_pe")}

    def make(rng, i):
        net = rng.choice(list(pools))
        a = E.ident(rng, seed, "b_campus_nat", i, [net], ip="pool", pool=pools[net], pay=None)
        a["rate"] = W.lognorm(rng, 8, 0.8)
        return a

    def content(rng, a, k, t):
        r = rng.random()
        if r < 0.25:
            q = P.pick(rng, rng.choice(["math", "humaneval", "mbpp", "arena"]))
            return {"prompt": rng.choice(P.STUDENT).format(q=q) if r < 0.12 else q,
                    "model": E.model_at(rng, t, 0.5, 0.15), "ct": 600}
        return mixed_chat(rng, a, k, t, 0.55)
    return E.spec("b_campus_nat", 600, make, lambda r, a: E.sessions(r, a, a["rate"], 4, 70, W.OFFICE), content)


def cafe_list(seed):
    rng0, cafes = W.rng_for(seed, "cabinas"), []
    for j in range(26):
        net = rng0.choice(["movistar_pe", "claro_pe", "bitel", "entel_bo", "tigo_bo", "cnt_ec", "claro_co"])
        cafes.append((net, W.ip_in(net, rng0), E.dev_pool(rng0, rng0.randint(4, 10))))
    return cafes


def cabinas(seed, rng0):
    """Internet cafes: one line, a few shared PCs, many customers each with their own account."""
    cafes = cafe_list(seed)

    def make(rng, i):
        net, ip, devs = cafes[i % len(cafes)]
        a = E.ident(rng, seed, "b_cabinas", i, [net], ip="fixed", dev=devs, pay=None, ua_kind="browser",
                    created=(W.START_MS - 900 * W.DAY_MS, W.START_MS))
        a["ip"], a["devs"] = ip, devs
        return a

    def sched(rng, a):
        return E.sessions(rng, a, rng.choice([0, 4, 6, 9]), 5, 60, W.HUMAN, days=(rng.randrange(2),))

    def content(rng, a, k, t):
        a["dev"] = a["devs"][k // 4 % len(a["devs"])] if k % 4 == 0 else a["dev"]
        r = rng.random()
        if r < 0.3:
            return {"prompt": rng.choice(["hazme mi tarea: ", "resuelve: ", "ayuda con esto: "]) + P.pick(rng, "svamp"),
                    "model": E.model_at(rng, t, 0.3, 0.0), "ct": 300}
        if r < 0.45:
            return {"prompt": "Hazme un CV para postular a " + rng.choice(["cajero", "almacén", "call center",
                    "mesero", "auxiliar contable", "vigilante"]) + ". Tengo " + str(rng.randint(18, 45)) + " años.",
                    "model": E.model_at(rng, t, 0.3, 0.0), "ct": 450}
        return mixed_chat(rng, a, k, t, 0.85)
    return E.spec("b_cabinas", 420, make, sched, content)


def vpn_users(seed, rng0):
    pool = E.ip_pool(rng0, "m247", 10) + E.ip_pool(rng0, "datacamp", 10)

    def make(rng, i):
        a = E.ident(rng, seed, "b_vpn_users", i, ["m247", "datacamp"], ip="pool", pool=pool)
        a["tz"] = rng.choice([-5, -4])
        a["rate"] = W.lognorm(rng, 8, 0.8)
        return a
    return E.spec("b_vpn_users", 280, make, lambda r, a: E.sessions(r, a, a["rate"], 3, 60),
                  lambda r, a, k, t: mixed_chat(r, a, k, t, 0.5))


def prompt_library(seed):
    pop = P.corpus("awesome")

    def make(rng, i):
        return E.ident(rng, seed, "b_prompt_library", i, rng.choice([CO, PE, CL, ECBO]))

    def content(rng, a, k, t):
        if k % 4 == 0:  # paste a popular role prompt (shared across many users), then chat
            return {"prompt": pop[min(len(pop) - 1, int(rng.paretovariate(0.9)) - 1)], "ct": 350,
                    "model": E.model_at(rng, t, 0.4, 0.05)}
        return mixed_chat(rng, a, k, t, 0.5)
    return E.spec("b_prompt_library", 450, make, lambda r, a: E.sessions(r, a, 5, 4, 40), content)


def search_widget(seed):
    def make(rng, i):
        a = E.ident(rng, seed, "b_search_widget", i, rng.choice([CO, PE, CL, ECBO]), pay=None,
                    ua_fixed="AndesSearch/2.%d (Chrome extension)" % rng.randint(3, 7))
        a["rate"] = W.lognorm(rng, 6, 0.8)
        return a

    def content(rng, a, k, t):
        q = P.pick(rng, "nq")
        return {"prompt": q if rng.random() < 0.7 else "busca: " + q, "model": "condor-2-mini", "ct": 120,
                "endpoint": "/v1/responses"}
    return E.spec("b_search_widget", 650, make, lambda r, a: E.steady(r, a, a["rate"]), content)


def new_signups(seed):
    def make(rng, i):
        a = E.ident(rng, seed, "b_new_signups", i, rng.choice([CO, PE, CL, ECBO]),
                    created=(W.START_MS, W.START_MS + 40 * 3_600_000))
        return a

    def sched(rng, a):
        return [t for t in E.sessions(rng, a, 8, 4, 45) if t > a["created"]]
    return E.spec("b_new_signups", 380, make, sched, lambda r, a, k, t: mixed_chat(r, a, k, t, 0.6))


def launch_explorers(seed, rng0):
    vpn = E.ip_pool(rng0, "m247", 6)

    def make(rng, i):
        nets = rng.choice([CO, PE, CL, ["m247"]])
        a = E.ident(rng, seed, "b_launch_explorers", i, nets, ip="pool" if nets == ["m247"] else "home", pool=vpn)
        a["lag"] = int(W.lognorm(rng, 3, 1.0) * 3_600_000)
        return a

    def sched(rng, a):
        t0 = W.LAUNCH_MS + a["lag"]
        s = E.burst(rng, t0, 0, rng.randint(6, 40), gap_s=70) if t0 < E.END_MS else []
        return s + E.sessions(rng, a, 5, 3, 60, days=(1,))

    def content(rng, a, k, t):
        p = P.chat_en(rng) if rng.random() < 0.6 else P.chat_es(rng)
        m = W.MODEL_NEW if rng.random() < 0.6 else rng.choice([W.MODEL_NEW_R, W.MODELS_OLD[0]])
        if k % 5 == 1:
            a["last"] = p
        elif k % 5 == 2 and a.get("last"):  # same prompt to the old model, to compare
            p, m = a["last"], W.MODELS_OLD[0]
        return {"prompt": p, "model": m, "ct": 700}
    return E.spec("b_launch_explorers", 480, make, sched, content)


def dormant(seed):
    def make(rng, i):
        return E.ident(rng, seed, "b_dormant", i, W.RESI_ALL, pay=None)
    return E.spec("b_dormant", 500, make, lambda r, a: E.sessions(r, a, 0.8, 1.5, 30),
                  lambda r, a, k, t: mixed_chat(r, a, k, t, 0.7))


def quechua_edu(seed, rng0):
    pool = E.ip_pool(rng0, "movistar_pe", 3)

    def make(rng, i):
        return E.ident(rng, seed, "b_quechua_edu", i, ["movistar_pe"], ip="pool", pool=pool,
                       org="org_" + W.hid(seed, "minedu-eib"), pay=E.pay_pool(seed, "minedu", 1))

    def content(rng, a, k, t):
        p = (rng.choice(P.QU) + " " + P.chat_es(rng)) if rng.random() < 0.6 else \
            "Traduce al quechua sureño para un texto escolar: " + P.chat_es(rng)
        return {"prompt": p, "model": E.model_at(rng, t, 0.5, 0.0), "ct": 380}
    return E.spec("b_quechua_edu", 40, make, lambda r, a: E.sessions(r, a, 20, 5, 80, W.OFFICE), content)


def build(seed):
    r = W.rng_for(seed, "benign-setup")
    return [consumer(seed, "b_chat_co", 1000, CO), consumer(seed, "b_chat_pe", 950, PE),
            consumer(seed, "b_chat_cl", 700, CL), consumer(seed, "b_chat_ec_bo", 500, ECBO, 5.0),
            students(seed), campus(seed, r), cabinas(seed, r), vpn_users(seed, r), prompt_library(seed),
            search_widget(seed), new_signups(seed), launch_explorers(seed, r), dormant(seed), quechua_edu(seed, r)]
