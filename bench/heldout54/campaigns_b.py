"""Distillation campaigns, part 2: front companies, burners, paraphrase rotors, cron mosaics, café relays."""
from __future__ import annotations

from . import text as T
from . import world as W
from .benign_b import CAFES, cafe_infra
from .campaigns_a import cot_math, cover
from .sim import client

SOMO_SYS = ("You are Somo, a friendly tutor for Kenyan and Ugandan students. Explain every step of the working clearly, "
            "check your answer, and use simple English.")


def grid_sweep(ctx):
    """'somo-front': a front 'edtech' org; 30 accounts partition the benchmark space and sweep it without repeats, flat 24h."""
    r = ctx.rng("c", "grid")
    org, pay = ctx.org(r), ctx.pay(r)
    accs = [ctx.account(r, "c_grid_sweep", "somo-front", org=org, pay=pay, nkeys=2, age_days=(8, 40)) for _ in range(30)]
    ips = [ctx.net.fresh(r, "digitalocean") for _ in range(4)]
    ua, dev = W.sdk(r, "node")
    items = [("math", i) for i in range(5000)] + [("gsm8k", i) for i in range(0, 8792, 3)] + [("mbpp", i) for i in range(974)]
    r.shuffle(items)
    items = items[:r.randint(8500, 9500)]
    for j, a in enumerate(accs):
        mine = items[j::30]
        t = W.W0 + r.randrange(20 * W.MIN)
        step = (2 * W.DAY) // (len(mine) + 1)
        for name, idx in mine:
            c = T.corpus(name)
            p = c[idx % len(c)]
            p = r.choice(["{p}", "Student question: {p}", "{p}\nPlease show all working."]).replace("{p}", p)
            ctx.emit(r, a, t, p, system=SOMO_SYS, ip=r.choice(ips), asn=14061, ua=ua, dev=dev, model=W.model_for(r, t, "reason"),
                     out=800, key=r.choice(a.keys))
            t += int(step * r.uniform(0.6, 1.4))


def why_chain(ctx):
    """'why-chain': 150 burner free-tier accounts, each signed up and used for 1-3 hours, reasoning-reconstruction prompts."""
    r = ctx.rng("c", "why")
    ua, dev = W.sdk(r, "python-requests")
    for i in range(150):
        start = W.W0 + int(r.random() * (2 * W.DAY - 4 * W.HOUR))
        a = ctx.account(r, "c_why_chain", "why-chain", pay=False, created=start - r.randint(60_000, 1_800_000))
        vpn = r.random() < 0.6
        net = r.choice(["m247", "datacamp"]) if vpn else W.pick_w(r, [("saf_mobile", 2), ("airtel_ke", 1), ("voda_tz", 1)])
        ip = ctx.net.fresh(r, net) if vpn else ctx.net.cgnat(r, net)
        t, end = start, start + int(r.uniform(1, 3) * W.HOUR)
        while t < end:
            q = T.pick(r, r.choice(["gsm8k", "svamp", "math"]))
            p = (r.choice(["Below is a question and its final answer. Reconstruct the complete reasoning that leads to the answer, step by step, as if thinking aloud.",
                           "Here is a solved problem. Write out the hidden reasoning behind the answer in full detail.",
                           "Question and answer below. Explain, step by step, exactly how one arrives at this answer."])
                 + "\n\nQuestion: " + q + "\nAnswer: " + str(r.randint(2, 900)))
            ctx.emit(r, a, t, p, ip=ip, asn=W.NETS[net][0], ua=ua, dev=dev, model=W.model_for(r, t, "reason"), out=1000, rl=0.03)
            t += int(r.uniform(30, 400) * 1000)


def rotor(ctx):
    """'rotor': 80 accounts, heavy LLM-style paraphrase of coding asks, 45% cover traffic, rotating residential exits."""
    r = ctx.rng("c", "rotor")
    openers = ["Could you", "Please", "I need you to", "Help me", "Would you kindly", "Can u", "Quick one:", "Hey,"]
    verbs = ["write", "implement", "code up", "put together", "produce", "draft"]
    for i in range(80):
        a = ctx.account(r, "c_rotor", "rotor", age_days=(30, 120))
        lib = r.choice(["go", "node"])
        ua, dev = W.sdk(r, lib)
        for _ in range(r.randint(40, 120)):
            t = W.when(r, "dev")
            net = W.pick_w(r, [("saf_fibre", 2), ("zuku", 2), ("faiba", 1), ("comcast", 1), ("airtel_ke", 1)])
            ip = ctx.net.fresh(r, net) if W.NETS[net][1] != "mobile" else ctx.net.cgnat(r, net)
            if r.random() < 0.45:
                p, out = (T.pick(r, r.choice(["awesome", "user", "nq"])) if r.random() < 0.7 else cover(r)), 300
            else:
                base = T.pick(r, r.choice(["mbpp", "humaneval"]))
                p = "%s %s %s %s" % (r.choice(openers), r.choice(verbs), r.choice(["this", "the following", "a solution for this"]),
                                     r.choice(["", "and reason through it", "with a walkthrough of your thinking", "explaining each decision"]))
                p = T.paraphrase(r, p + ":\n" + base, 0.9)
                out = 700
            ctx.emit(r, a, t, p, ip=ip, asn=W.NETS[net][0], ua=ua, dev=dev, model=W.model_for(r, t, "dev"), out=out)


def eval_mimic(ctx):
    """'eval-mimic': a new 'evals' org sampling each benchmark item several times with reasoning, strongest on launch models."""
    r = ctx.rng("c", "evalmimic")
    org = ctx.org(r)
    cards = [ctx.pay(r) for _ in range(4)]
    accs = [ctx.account(r, "c_eval_mimic", "eval-mimic", org=org, pay=cards[i % 4], age_days=(10, 20)) for i in range(20)]
    sysm = "You are being evaluated. Show your complete reasoning before the final answer."
    for k, (t0, model) in enumerate([(W.W0 + 3 * W.HOUR, "savanna-1.5-reasoner"), (W.LAUNCH_A + 25 * W.MIN, "savanna-2"),
                                     (W.LAUNCH_B + 15 * W.MIN, "savanna-2-reasoner")]):
        for j, a in enumerate(accs):
            net = "aws" if j % 2 else "gcp"
            ip = ctx.net.fresh(r, net)
            ua, dev = W.sdk(r, "python-httpx")
            t = t0 + r.randrange(10 * W.MIN)
            for _ in range(r.randint(30, 80) if k < 2 else r.randint(60, 140)):
                p = T.pick(r, r.choice(["math", "gsm8k", "humaneval", "arena"]))
                for _ in range(r.randint(2, 5)):  # several sampled traces per item
                    ctx.emit(r, a, t, p, system=sysm, ip=ip, asn=W.NETS[net][0], ua=ua, dev=dev, model=model, out=900, rl=0.03)
                    t += int(r.uniform(2, 20) * 1000)


def cafe_relay(ctx):
    """'cafe-relay': 35 accounts operated from the same cyber cafés as ordinary walk-in users (Kampala, Dar)."""
    r = ctx.rng("c", "caferelay")
    cards = [ctx.pay(r) for _ in range(2)]
    for i in range(35):
        a = ctx.account(r, "c_cafe_relay", "cafe-relay", pay=r.choice(cards) if r.random() < 0.4 else False, age_days=(1, 20))
        c = r.choice([2, 3])  # MTN Uganda café, TTCL café
        net, ip, pcs = cafe_infra(ctx, c)
        for _ in range(r.randint(1, 2)):
            t = W.when(r, "office")
            ua, dev = r.choice(pcs)
            for _ in range(r.randint(20, 55)):
                p = cot_math(r, 0.3, 0.6, lang="sw" if r.random() < 0.3 else "en")
                ctx.emit(r, a, t, p, ip=ip, asn=W.NETS[net][0], ua=ua, dev=dev, model=W.model_for(r, t, "reason"), out=800)
                t += int(r.uniform(25, 120) * 1000)


def mosaic(ctx):
    """'mosaic': 120 accounts each owning one narrow topic slice; a scheduler fires them in waves every 20 minutes."""
    r = ctx.rng("c", "mosaic")
    slices = ["Algebra", "Counting & Probability", "Geometry", "Intermediate Algebra", "Number Theory", "Prealgebra", "Precalculus"]
    math_items = T.corpus("math")
    for i in range(120):
        a = ctx.account(r, "c_mosaic", "mosaic", age_days=(15, 90))
        ua, dev = W.app_ua(r), W.SDK_FP["okhttp"]
        key = r.randrange(10_000)
        topic = slices[i % len(slices)]
        if i % 3 == 0:
            pool = [p for j, p in enumerate(T.corpus("mbpp")) if j % 40 == i % 40]
        else:
            pool = [p for j, p in enumerate(math_items) if j % 60 == key % 60]
        p_on = r.uniform(0.12, 0.3)
        wave = W.W0 + 7 * W.MIN
        while wave < W.W0 + 2 * W.DAY:
            if r.random() < p_on:
                net = W.pick_w(r, [("voda_tz", 2), ("airtel_tz", 2), ("mtn_ug", 1)])
                t = wave + r.randint(0, 45_000)
                p = "[%s] %s\n\n%s" % (topic if i % 3 else "Python", r.choice(pool),
                                       T.paraphrase(r, r.choice(T.COT), 0.4))
                ctx.emit(r, a, t, p, ip=ctx.net.cgnat(r, net), asn=W.NETS[net][0], ua=ua, dev=dev,
                         model=W.model_for(r, t, "reason"), out=800)
            wave += 20 * W.MIN


LABEL_T = ["Write an ideal assistant response to the following user prompt for our training dataset. Include detailed reasoning.\n\nPROMPT:\n{x}",
           "Gold answer needed (annotation batch {b}). Provide a complete step-by-step solution:\n{x}",
           "For quality review, produce the best possible answer with full rationale:\n{x}"]


def annotator_front(ctx):
    """'annotator-front': a fake labelling vendor; 40 office 'annotators' harvest gold answers in shift hours."""
    r = ctx.rng("c", "annot")
    org, pay = ctx.org(r), ctx.pay(r)
    ips = [ctx.net.fresh(r, "faiba") for _ in range(2)]
    for i in range(40):
        a = ctx.account(r, "c_annotator_front", "annotator-front", org=org, pay=pay, age_days=(20, 120))
        ua, dev = client(r, "web")
        for _ in range(r.randint(40, 110)):
            t = W.when(r, "shift")
            x = T.pick(r, W.pick_w(r, [("arena", 3), ("math", 2), ("gsm8k", 2), ("mbpp", 1), ("user", 1)]))
            p = r.choice(LABEL_T).replace("{x}", x).replace("{b}", str(r.randint(100, 999)))
            ctx.emit(r, a, t, p, ip=r.choice(ips), asn=37061, ua=ua, dev=dev, model=W.model_for(r, t, "reason"), out=1100)


def run(ctx) -> None:
    for f in (grid_sweep, why_chain, rotor, eval_mimic, cafe_relay, mosaic, annotator_front):
        f(ctx)
