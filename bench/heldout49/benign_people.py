"""Benign individuals: students, casual users, campus NATs, teachers,
freelancers, card lenders, families, cyber-cafés, diaspora, power users,
launch-day explorers."""
from __future__ import annotations

from . import devices, phrases as ph
from .networks import MOBILE, FIXED, Line, shared_nat
from .popkit import Fixed, Rotating, SharedNat, created_ago, home_line, users
from .world import DAY, EP_CHAT, EP_EMB, EP_RESP, HOUR, LAUNCH_MS, START_MS, TZ

PK, BD = {"PK": ph.LANGS_PK}, {"BD": ph.LANGS_BD}
BOTH = {"PK": ph.LANGS_PK, "BD": ph.LANGS_BD}


def _student_make(W):
    c = W.c

    def make(rng, lg, cc, t):
        r = rng.random()
        if r < 0.55:
            q = c.pick(rng, rng.choice(("gsm8k", "gsm8k", "svamp", "math")))
            return ph.student(rng, lg, q), None, EP_CHAT, rng.randint(150, 900)
        if r < 0.8:
            return ph.topic_q(rng, lg, cc), None, EP_CHAT, rng.randint(200, 1200)
        if r < 0.95:
            return ph.essay(rng, lg), None, EP_CHAT, rng.randint(300, 900)
        return ph.casual(rng, lg, c.pick(rng, "nq")), None, EP_CHAT, rng.randint(40, 300)
    return make


def _acct(W, pop, pay_p, lo, hi, new_p=0.0, new_lo=0.0, new_hi=10.0):
    def f(rng, i, cc):
        created = created_ago(rng, new_lo, new_hi) if rng.random() < new_p else created_ago(rng, lo, hi)
        return W.ctx.account(rng, pop, created=created, pay="own" if rng.random() < pay_p else None)
    return f


def students(W):
    mk = _student_make(W)
    users(W, "pk_matric_inter_students", 1450, mk, ccs="PK", langs=PK, profile="student", mods=(1.25, 1.0),
          sess=(0.5, 0.7, 8), per=(1, 5), mobile_p=0.85, acct_fn=_acct(W, "pk_matric_inter_students", 0.2, 10, 500, 0.4))
    users(W, "bd_ssc_hsc_students", 1250, mk, ccs="BD", langs=BD, profile="student", sess=(0.5, 0.7, 8), per=(1, 5),
          mobile_p=0.85, acct_fn=_acct(W, "bd_ssc_hsc_students", 0.15, 10, 500, 0.4))


def casual(W):
    c = W.c

    def make(rng, lg, cc, t):
        if rng.random() < 0.7:
            return ph.casual(rng, lg, c.pick(rng, "nq")), None, EP_CHAT, rng.randint(30, 400)
        return c.pick(rng, "chat"), None, EP_CHAT, rng.randint(100, 900)
    users(W, "carrier_cgnat_casual", 1400, make, ccs=[("PK", 52), ("BD", 48)], langs=BOTH, sess=(0.2, 0.8, 8),
          per=(1, 3), mobile_p=0.9, clients=devices.MOBILE_UA)


class _Campus:
    def __init__(self, nat, home, tz):
        self.nat, self.home, self.tz = nat, home, tz

    def at(self, rng, t):
        loc = ((t - START_MS) // HOUR + self.tz) % 24
        return self.nat.at(rng, t) if 8 <= loc < 17 and rng.random() < 0.85 else self.home.at(rng, t)


def campus(W):
    """University students behind campus NATs, many pasting the same assignment."""
    rng = W.ctx.rng("campus-setup")
    sites = [("PK", "pern", 90), ("PK", "pern", 80), ("PK", "pern", 70), ("BD", "bdren", 90), ("BD", "bdren", 80), ("BD", "bdren", 70)]
    for k, (cc, net, n) in enumerate(sites):
        nat = SharedNat(shared_nat(W.nets, rng, net, rng.randint(3, 10)))
        tasks = [W.c.pick(rng, rng.choice(("arena_code", "mbpp", "math", "seed"))) for _ in range(8)]
        pop = "university_campus_nat"

        def make(rng, lg, cc, t, tasks=tasks):
            if rng.random() < 0.45:
                pre = rng.choice(["", "", "Assignment 3: ", "please solve: ", "help me with my assignment: ", "explain this lab task "])
                return pre + rng.choice(tasks), None, EP_CHAT, rng.randint(300, 1500)
            return W.c.pick(rng, rng.choice(("chat", "arena", "code"))), None, EP_CHAT, rng.randint(150, 1200)
        users(W, f"{pop}-{k}", n, make, ccs=cc, langs={"PK": [("en", 70), ("ru", 30)], "BD": [("en", 70), ("bl", 30)]},
              profile="student", sess=(0.9, 0.6, 12), per=(1, 6), clients=devices.DESK,
              where=lambda r, i, c, nat=nat: _Campus(nat, home_line(W, r, c, 0.8), TZ[c]),
              acct_fn=_acct(W, pop, 0.3, 30, 900))


def teachers(W):
    def make(rng, lg, cc, t):
        return ph.teacher(rng, cc), None, EP_CHAT, rng.randint(500, 1800)
    users(W, "school_teachers", 300, make, ccs=[("PK", 55), ("BD", 45)], langs=BOTH, profile="evening",
          sess=(0.8, 0.6, 10), per=(1, 4), mobile_p=0.5, clients=devices.MOBILE_UA + devices.DESK)


def freelancers(W):
    c = W.c

    def make(rng, lg, cc, t):
        r = rng.random()
        if r < 0.6:
            return ph.freelance(rng, c.pick(rng, "user")), None, EP_CHAT, rng.randint(200, 1600)
        if r < 0.85:
            return c.pick(rng, "arena_code"), None, EP_CHAT, rng.randint(200, 1500)
        return c.pick(rng, "chat"), c.pick(rng, "persona") if rng.random() < 0.3 else None, EP_RESP, rng.randint(200, 1200)
    users(W, "fiverr_upwork_freelancers", 430, make, ccs=[("PK", 55), ("BD", 45)], langs=[("en", 85), ("mix", 15)],
          profile="night", sess=(1.3, 0.6, 25), per=(1, 6), mobile_p=0.25, clients=devices.DESK + devices.SCRIPT,
          acct_fn=_acct(W, "fiverr_upwork_freelancers", 0.8, 30, 1200))
    # friends paying through one person's international "dollar card"
    rng = W.ctx.rng("card-lenders")
    cards = [W.ctx.pay(rng) for _ in range(36)]
    users(W, "shared_dollar_card_friends", 190, make, ccs=[("PK", 60), ("BD", 40)], langs=BOTH, profile="casual",
          sess=(0.9, 0.7, 14), per=(1, 5), mobile_p=0.6, clients=devices.DESK + devices.MOBILE_UA,
          acct_fn=lambda r, i, cc: W.ctx.account(r, "shared_dollar_card_friends", pay=cards[i % len(cards)],
                                                 created=created_ago(r, 5, 400)))


def families(W):
    mk = _student_make(W)
    c = W.c
    for cc, nfam in (("PK", 130), ("BD", 110)):
        rng = W.ctx.rng("families-" + cc)
        fams = []
        for _ in range(nfam):
            fams += [(Line(W.nets, rng, W.nets.pick(rng, FIXED, cc), v6_share=0.1), devices.client(rng, ["desktop", "android", "dariya_app"]),
                      W.ctx.pay(rng) if rng.random() < 0.7 else None)] * rng.randint(2, 4)

        def make(rng, lg, cc, t):
            if rng.random() < 0.5:
                return mk(rng, lg, cc, t)
            return ph.casual(rng, lg, c.pick(rng, "nq")), None, EP_CHAT, rng.randint(40, 500)
        pop = "family_shared_device"
        users(W, f"{pop}-{cc}", len(fams), make, ccs=cc, langs=BOTH, profile="evening", sess=(0.4, 0.7, 8), per=(1, 4),
              where=lambda r, i, x, f=fams: f[i][0], client_fn=lambda r, i, f=fams: f[i][1],
              acct_fn=lambda r, i, x, f=fams: W.ctx.account(r, pop, pay=f[i][2]))


CAFE = ["Write a CV for {j} job", "Write a cover letter for {j} position in Dubai", "fill this visa form question: purpose of visit",
        "Write an application for a bank account opening", "translate my matric certificate details into English",
        "Write a job application for {j} at a government office", "How to apply for a passport online in {c}"]
JOBS = ["driver", "electrician", "security guard", "data entry operator", "nurse", "teacher", "sales executive", "cook"]


def cyber_cafes(W):
    rng = W.ctx.rng("cafes")
    cafes = []
    for k in range(25):
        cc = "PK" if k < 14 else "BD"
        nat = Fixed(W.nets.addr(rng, W.nets.pick(rng, FIXED, cc)))
        pcs = [devices.client(rng, ["desktop"]) for _ in range(rng.randint(4, 9))]
        cafes += [(cc, nat, pcs)] * rng.randint(8, 16)

    def make(rng, lg, cc, t):
        if rng.random() < 0.6:
            return rng.choice(CAFE).format(j=rng.choice(JOBS), c="Pakistan" if cc == "PK" else "Bangladesh"), None, EP_CHAT, rng.randint(200, 900)
        return ph.casual(rng, lg, W.c.pick(rng, "nq")), None, EP_CHAT, rng.randint(40, 300)
    users(W, "cyber_cafe_customers", len(cafes), make, ccs=lambda r, i: cafes[i][0], langs=[("en", 50), ("ru", 25), ("bl", 25)],
          profile="casual", sess=(0.1, 0.5, 3), per=(1, 5), where=lambda r, i, x: cafes[i][1],
          client_fn=lambda r, i: r.choice(cafes[i][2]),
          acct_fn=_acct(W, "cyber_cafe_customers", 0.05, 1, 200, 0.5, 0.0, 3))


def diaspora(W):
    c = W.c

    def mk(kind):
        def make(rng, lg, cc, t):
            if rng.random() < 0.55:
                return ph.casual(rng, lg if lg in ph.CASUAL_WRAP else "en", rng.choice(ph.DIASPORA[kind])), None, EP_CHAT, rng.randint(100, 800)
            return c.pick(rng, rng.choice(("chat", "nq", "gsm8k"))), None, EP_CHAT, rng.randint(80, 900)
        return make
    def vpn(r, i, cc):  # VoIP-blocked UAE: many run a commercial VPN all day
        if cc == "AE" and r.random() < 0.35:
            return Rotating(lambda q: W.nets.addr(q, q.choice(["m247", "datacamp"])))
        return home_line(W, r, cc, 0.75)
    users(W, "gulf_diaspora_workers", 480, mk("gulf"), ccs=[("AE", 50), ("SA", 35), ("QA", 15)],
          langs=[("ru", 35), ("bl", 25), ("ur", 10), ("bn", 10), ("en", 20)], profile="evening", sess=(0.5, 0.7, 8),
          per=(1, 4), where=vpn)
    users(W, "uk_diaspora", 300, mk("uk"), ccs="UK", langs=[("en", 80), ("mix", 10), ("ru", 10)], profile="evening",
          sess=(0.6, 0.7, 10), per=(1, 4), mobile_p=0.3, clients=devices.DESK + devices.MOBILE_UA)
    users(W, "north_america_diaspora", 300, mk("na"), ccs=[("US_E", 40), ("US_C", 20), ("US_P", 15), ("CA_E", 25)],
          langs=[("en", 85), ("mix", 15)], profile="evening", sess=(0.6, 0.7, 10), per=(1, 4), mobile_p=0.3,
          clients=devices.DESK + devices.MOBILE_UA)


def power_users(W):
    c = W.c

    def make(rng, lg, cc, t):
        r = rng.random()
        if r < 0.1:
            return c.pick(rng, "nq"), None, EP_EMB, 0
        sysm = c.pick(rng, "persona") if r < 0.35 else None
        return c.pick(rng, rng.choice(("chat", "arena", "arena_code", "user"))), sysm, rng.choice((EP_CHAT, EP_RESP)), rng.randint(200, 2500)
    users(W, "heavy_power_users", 100, make, ccs=[("PK", 40), ("BD", 30), ("UK", 15), ("US_E", 15)], langs=[("en", 1)],
          profile="flat", sess=(2.4, 0.5, 60), per=(2, 10), gap=45, mobile_p=0.2, new_share=0.4,
          clients=devices.DESK + devices.SERVER, acct_fn=_acct(W, "heavy_power_users", 0.95, 60, 1500))

    def explore(rng, lg, cc, t):
        if rng.random() < 0.3:
            return rng.choice(["what's new in dariya-3-pro compared to 2.5?", "Are you the new model? what is your knowledge cutoff?",
                               "dariya-3 test: how many r's in strawberry", "3-pro ko test kar raha hoon: ek mushkil paheli pucho",
                               "notun model ta test kortesi, ekta kothin dhadha dao"]), None, EP_CHAT, rng.randint(80, 600)
        return c.pick(rng, rng.choice(("arena", "math", "arena_code"))), None, EP_CHAT, rng.randint(300, 2500)
    users(W, "launch_day_explorers", 250, explore, ccs=[("PK", 45), ("BD", 35), ("UK", 10), ("US_E", 10)], langs=BOTH | {
        "UK": [("en", 1)], "US_E": [("en", 1)]}, profile="casual", sess=(0.6, 0.6, 6), per=(2, 8), new_share=0.9,
        weights=(0.6, 0.3, 0.1), lo=LAUNCH_MS, mobile_p=0.5, clients=devices.DESK + devices.MOBILE_UA)
