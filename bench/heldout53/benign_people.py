"""Benign populations of individual people (students, professionals, casual users...)."""
from __future__ import annotations

from bench.heldout53 import clients as C
from bench.heldout53 import prompt_kit as K
from bench.heldout53 import zh_text as Z
from bench.heldout53.engine import (DAY, HOUR, LAUNCH, MIN, START, Pop, count, dynamic, fixed, from_pool,
                                    pick_model, sessions, status_of)
from bench.heldout53.networks import CN_HOME, addr, pool

CHAT = {"long-1": 6, "long-1-mini": 3, "long-r1": 1}
CHAT_R2 = {"long-1": 5, "long-1-mini": 3, "long-r1": 0.5, "long-r2": 1.5}


def _client(r, p_browser=0.5, p_mobile=0.2):
    x = r.random()
    if x < p_browser:
        return C.browser(r)
    if x < p_browser + p_mobile:
        return C.mobile(r)
    return C.sdk(r.choice(["cherry", "chatbox", "py", "node"]))


def _days(p: Pop, a, mean, profile, size=(1, 5), gap=(20, 300), models=CHAT, after=CHAT_R2, gen=K.general, **kw):
    r = p.rng
    for day in range(2):
        for ts in sessions(r, day, count(r, mean), profile, size, gap):
            p.emit(a, ts, gen(r), model=pick_model(r, ts, models, after), status=status_of(r), **kw)


def b_campus_students(p: Pop):
    """Undergraduates behind campus NAT (CERNET): homework, course questions, some step-by-step asks."""
    r = p.rng
    for i in range(1250):
        nat = p.infra.campus[i % len(p.infra.campus)]
        ua, dev = _client(r, 0.6, 0.25)
        a = p.account(p.age(3, 900), from_pool(nat), ua, dev)
        _days(p, a, r.choice([2, 3, 4, 6]), "student", gen=K.student)


def b_grad_researchers(p: Pop):
    """Graduate students / researchers: paper polishing, code, small ad-hoc eval loops over benchmarks."""
    r = p.rng
    for i in range(300):
        nat = p.infra.campus[r.randrange(len(p.infra.campus))]
        egress = from_pool(nat + p.infra.vpn_exits[:20]) if r.random() < 0.5 else from_pool(nat)
        ua, dev = _client(r, 0.3, 0.05)
        a = p.account(p.age(30, 1500), egress, ua, dev)
        _days(p, a, r.choice([5, 8, 12]), "dev", gen=lambda q: K.translate(q) if q.random() < .3 else K.general(q))
        if r.random() < 0.12:  # scripted mini-eval with CoT prompt, one sitting
            day = r.randrange(2)
            t = START + day * DAY + r.randint(13, 22) * HOUR
            q0 = r.randrange(len(K.pool("gsm8k")) - 200)
            for j in range(r.randint(40, 150)):
                q = K.pool("gsm8k")[q0 + j]
                p.emit(a, t, f"Q: {q}\nA: Let's think step by step.", model="long-1-mini", ua=C.SDK["py"][0],
                       device=C.SDK["py"][1], out=int(r.uniform(90, 400)))
                t += int(r.uniform(1.5, 6) * 1000)


def b_kaoyan_prep(p: Pop):
    """Kaoyan results are out: students prepare for re-examinations (复试) on mobile networks."""
    r = p.rng
    provinces = list(p.infra.cgnat)
    for _ in range(400):
        ua, dev = C.mobile(r) if r.random() < 0.7 else C.browser(r)
        a = p.account(p.age(2, 700), from_pool(p.infra.cgnat[r.choice(provinces)]), ua, dev)
        _days(p, a, r.choice([3, 4, 6]), "student", gen=lambda q: K.kaoyan(q) if q.random() < .7 else K.student(q))


def b_teachers(p: Pop):
    """Teachers generating exercise sets and lesson plans, templated, with worked solutions."""
    r = p.rng
    for _ in range(240):
        egress = dynamic(CN_HOME)
        ua, dev = C.browser(r)
        a = p.account(p.age(10, 800), egress, ua, dev)
        _days(p, a, r.choice([3, 5, 9]), "office", size=(2, 7), gen=K.teacher)


def b_translators(p: Pop):
    """Freelance translators: long English passages in, Chinese out (and back)."""
    r = p.rng
    for _ in range(300):
        a = p.account(p.age(20, 1200), dynamic(CN_HOME + ["cu"]), *C.sdk(r.choice(["cherry", "chatbox", "py"])))
        _days(p, a, r.choice([5, 8, 14]), "office", size=(2, 8), gap=(40, 400), gen=K.translate,
              models={"long-1": 8, "long-1-mini": 2})


def b_ecommerce_sellers(p: Pop):
    """Cross-border sellers (Shenzhen, Yiwu): listings, ad copy, buyer replies; heavily templated."""
    r = p.rng
    for _ in range(450):
        home = addr(r, r.choice(["ct", "cu"]))
        egress = from_pool([home] + p.infra.airport_exits[r.randrange(80):][:3])
        ua, dev = C.browser(r) if r.random() < 0.6 else C.sdk("py")
        a = p.account(p.age(5, 900), egress, ua, dev, payment=None if r.random() < 0.03 else "own")
        _days(p, a, r.choice([4, 7, 12, 20]), "office", size=(3, 10), gap=(10, 90), gen=K.ecommerce)


def b_content_creators(p: Pop):
    """Xiaohongshu / Douyin creators on phones."""
    r = p.rng
    provinces = list(p.infra.cgnat)
    for _ in range(450):
        ua, dev = C.mobile(r)
        a = p.account(p.age(1, 500), from_pool(p.infra.cgnat[r.choice(provinces)]), ua, dev)
        _days(p, a, r.choice([2, 4, 6]), "consumer", gen=K.creator)


def b_mobile_casual(p: Pop):
    """Casual users on mobile carrier CGNAT: a few questions a day, many share public IPs."""
    r = p.rng
    provinces = list(p.infra.cgnat)
    for _ in range(1100):
        ua, dev = C.mobile(r)
        a = p.account(p.age(0.5, 600), from_pool(p.infra.cgnat[r.choice(provinces)]), ua, dev)
        _days(p, a, r.choice([1, 2, 3]), "consumer", size=(1, 3), gen=K.casual)


def b_vpn_rotating(p: Pop):
    """VPN / airport-proxy users whose exit changes every few requests (shared with campaigns)."""
    r = p.rng
    for _ in range(550):
        exits = p.infra.vpn_exits if r.random() < 0.5 else p.infra.airport_exits
        ua, dev = _client(r, 0.5, 0.2)
        a = p.account(p.age(3, 1000), from_pool(exits), ua, dev)
        _days(p, a, r.choice([3, 4, 6, 10]), "dev")


def b_hk_macau(p: Pop):
    """Hong Kong and Macau professionals, direct access, English and Traditional Chinese."""
    r = p.rng
    for _ in range(300):
        home = addr(r, r.choice(["hkbn", "pccw", "hgc", "ctm", "cmi"]))
        ua, dev = _client(r, 0.5, 0.3)
        a = p.account(p.age(10, 1500), fixed(home), ua, dev)
        _days(p, a, r.choice([3, 5, 9]), "hk", gen=lambda q: K.hk(q) if q.random() < .5 else K.general(q))


def b_sg_users(p: Pop):
    """Singapore startups and individuals."""
    r = p.rng
    for _ in range(150):
        home = addr(r, r.choice(["singnet", "starhub", "m1", "aws_sg"]))
        ua, dev = _client(r, 0.3, 0.2)
        a = p.account(p.age(10, 1200), fixed(home), ua, dev)
        _days(p, a, r.choice([4, 8, 15]), "sg")


def b_family_shared(p: Pop):
    """Families / small studios: several accounts on one card and one home line, sometimes one laptop."""
    r = p.rng
    for _ in range(110):
        card, home = C.card(r), addr(r, r.choice(CN_HOME))
        laptop = C.browser(r)
        for _ in range(r.randint(2, 5)):
            ua, dev = laptop if r.random() < 0.5 else C.mobile(r)
            a = p.account(p.age(5, 600), fixed(home), ua, dev, payment=card)
            _days(p, a, r.choice([2, 3, 5]), "consumer", gen=lambda q: K.student(q) if q.random() < .4 else K.casual(q))


def b_conversation_users(p: Pop):
    """Multi-turn chatters: long conversations with natural follow-ups."""
    r = p.rng
    for _ in range(320):
        ua, dev = _client(r, 0.6, 0.3)
        a = p.account(p.age(2, 900), dynamic(CN_HOME) if r.random() < .5 else from_pool(p.infra.vpn_exits), ua, dev)
        for day in range(2):
            for _ in range(count(r, 1.5)):
                t = sessions(r, day, 1, "consumer")[0]
                first = K.general(r)
                for k in range(r.randint(3, 14)):
                    msg = first if k == 0 else r.choice(Z.FOLLOWUPS_HUMAN)
                    p.emit(a, t, msg, model=pick_model(r, t, CHAT, CHAT_R2), ptoks=200 + 350 * k)
                    t += int(r.uniform(25, 400) * 1000)


def b_r2_launch_tryers(p: Pop):
    """Release-day tryers: hit long-r2 right after launch with hard puzzles and 'test your reasoning' asks."""
    r = p.rng
    for i in range(620):
        new = r.random() < 0.25
        created = LAUNCH + int(r.expovariate(1 / (3 * HOUR))) if new else p.age(5, 900)
        if i % 4 == 0:
            egress = from_pool(p.infra.campus[r.randrange(len(p.infra.campus))])
        else:
            egress = from_pool(p.infra.vpn_exits) if r.random() < .5 else dynamic(CN_HOME)
        ua, dev = _client(r, 0.5, 0.2)
        a = p.account(created, egress, ua, dev)
        if not new:
            _days(p, a, 2, "dev")
        t = max(created, LAUNCH) + int(r.expovariate(1 / (2.5 * HOUR)))
        for _ in range(r.randint(2, 18)):
            q = K.pick(r, r.choice(["math", "arena", "code", "gsm8k"]))
            msg = K.cot(r, q, 0.5) if r.random() < 0.35 else q
            p.emit(a, t, msg, model="long-r2" if r.random() < .85 else "long-1", status=status_of(r, 0.05, 0.02),
                   out=int(r.uniform(1500, 12000)))
            t += int(r.uniform(30, 900) * 1000)


def b_power_users(p: Pop):
    """Power users: heavy all day, every topic, several keys and clients."""
    r = p.rng
    for _ in range(100):
        ua, dev = _client(r, 0.3, 0.1)
        egress = from_pool(pool(r, ["ct", "cu"], 1) + p.infra.vpn_exits[r.randrange(250):][:4])
        a = p.account(p.age(60, 1400), egress, ua, dev, nkeys=r.randint(1, 4))
        _days(p, a, r.choice([30, 45, 70]), "dev", size=(3, 15), gap=(8, 200),
              models={"long-1": 5, "long-r1": 3, "long-1-mini": 1}, after={"long-1": 3, "long-r1": 1, "long-r2": 4})


PEOPLE = [b_campus_students, b_grad_researchers, b_kaoyan_prep, b_teachers, b_translators, b_ecommerce_sellers,
          b_content_creators, b_mobile_casual, b_vpn_rotating, b_hk_macau, b_sg_users, b_family_shared,
          b_conversation_users, b_r2_launch_tryers, b_power_users]
