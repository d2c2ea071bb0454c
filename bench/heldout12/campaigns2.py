"""More distillation campaigns of heldout12: long-output elicitation, a shift-work office, a self-instruct loop."""
from __future__ import annotations

from . import corpus as C
from .world import (CHAT, CLOUD, DAY, H, NEW_MODEL, RELEASE, RESP, START, WEB, Account, client, day_count, ip4,
                    sessions, status_for)


def _acct(w, camp, i, r, **kw):
    return Account(w, camp, i, label="attack", campaign=camp, r=r, **kw)


SCROLL = ["Write a comprehensive, textbook-quality chapter (at least 3,000 words) on: {q}. Cover background, "
          "mechanisms, worked examples, common misconceptions and a summary.",
          "Produce an exhaustive study guide about '{q}'. Explain every concept from first principles and reason "
          "through each example in detail.",
          "Topic: {q}\nWrite a long, rigorous explanatory essay with numbered sections and step-by-step derivations "
          "where relevant. Do not be brief."]


def long_scroll(w, camp="long-scroll", n=45):
    """Three 'e-learning' shells in Spain, Italy and Portugal, each one invoice and one hosting egress, pulling
    maximal-length explanatory texts around the clock from a queue of open-domain topics."""
    r = w.rng(camp)
    c = w.c
    shells = [("ES", "ovh"), ("IT", "aruba"), ("PT", "ovh")]
    for i in range(w.count(n)):
        reg, cloud = shells[i % 3]
        asn = CLOUD[cloud]
        a = _acct(w, camp, i, r, region=reg, age_days=r.uniform(40, 90), kind="py",
                  org=w.org("shell", camp, reg), pay=w.pay("inv", camp, reg), nkeys=2)
        egress = [ip4(asn, 4000 + 10 * (i % 3) + k) for k in range(2)]
        for d in range(w.days):
            for ts in sessions(r, d, a.off, "flat", day_count(r, 22, 0.4), 3, 200):
                m = "lyra-2" if ts < RELEASE or r.random() < 0.2 else NEW_MODEL
                a.emit(r, ts, r.choice(SCROLL).format(q=r.choice(c.nq)), model=m, ctoks=r.uniform(3000, 7500),
                       ip=r.choice(egress), asn=asn, endpoint=r.choice([CHAT, RESP]),
                       status=status_for(r, ts, m, a.kind, 0.02))


SHIFT_FRAME = ["{q}\n\nExplain your reasoning step by step, then give the final answer.",
               "{q}\n\nاشرح خطوات الحل بالتفصيل ثم أعط الإجابة النهائية.",
               "{q}\n\nExplique ton raisonnement étape par étape puis donne la réponse finale.",
               "Solve with full reasoning:\n{q}"]


def three_shift(w, camp="three-shift"):
    """Two rented offices (Cairo, Casablanca) where operators on 8-hour shifts paste prompts into the web console,
    each juggling four accounts in one browser."""
    r = w.rng(camp)
    c = w.c
    pool = c.gsm + c.svamp + c.arena
    offices = [("EG", 8452, 3), ("MA", 6713, 1)]
    i = 0
    for reg, asn, off in offices:
        ips = [ip4(asn, 5000 + k) for k in range(2)]
        for shift in range(3):
            for op in range(w.count(4)):
                ua, dev = client(r, "chrome")
                accts = []
                for _ in range(4):
                    a = _acct(w, camp, i, r, region=reg, age_days=r.uniform(2, 10) + shift, kind="chrome",
                              pay=w.pay("card", camp, i) if r.random() < 0.4 else None)
                    a.ua, a.dev = ua, dev
                    accts.append(a)
                    i += 1
                for d in range(w.days):
                    t = START + d * DAY + ((6 + 8 * shift - off) % 24) * H + int(r.uniform(-10, 20) * 60_000)
                    end = t + 8 * H - int(r.uniform(0, 40) * 60_000)
                    k = 0
                    while t < end:
                        a = accts[k % 4]
                        k += 1
                        m = "lyra-2" if t < RELEASE or r.random() < 0.5 else NEW_MODEL
                        p = C.typo(r, r.choice(SHIFT_FRAME).format(q=r.choice(pool)), 0.01)
                        a.emit(r, t, p, model=m, ctoks=r.lognormvariate(6.3, 0.5), ip=r.choice(ips), asn=asn,
                               endpoint=WEB, status=status_for(r, t, m, "chrome"))
                        t += int(r.lognormvariate(4.9, 0.5) * 1000)
                        if r.random() < 0.02:
                            t += int(r.uniform(15, 45) * 60_000)  # break


GEN = ("You are asked to come up with a set of 20 diverse task instructions for training a language model.\n"
       "Here are some examples:\n1. {a}\n2. {b}\n3. {c}\n\nList of 20 new tasks (vary verbs, domains and formats):")
VERBS = ["Explain to a beginner", "Write a short persuasive paragraph about", "Classify the sentiment of a review of",
         "Summarize in three bullet points", "Generate interview questions about", "Compare and contrast",
         "Write a Python function related to", "Create a lesson plan on"]
ANSWER = ["Provide a thorough, expert-quality response. Show your reasoning before the final answer.\n\nTask: {t}",
          "Task: {t}\n\nRespond as an ideal assistant would: reason step by step, then answer.",
          "{t}"]


def seedbloom(w, camp="seedbloom", n=70):
    """A self-instruct loop run from cheap VPSes: ask for new tasks seeded with examples, then ask for detailed
    answers to the tasks it got back."""
    r = w.rng(camp)
    c = w.c
    for i in range(w.count(n)):
        cloud = r.choice(["hetzner", "contabo", "do", "hetzner"])
        asn = CLOUD[cloud]
        a = _acct(w, camp, i, r, region=r.choice(["GR", "IT", "TR", "ES"]), age_days=r.uniform(10, 60),
                  kind=r.choice(["requests", "requests", "curl"]), pay=w.pay("card", camp, i))
        ip = ip4(asn, r.randrange(65536))
        for d in range(w.days):
            for ts in sessions(r, d, a.off, "flat", day_count(r, 30, 0.4), 7, 40):
                if r.random() < 0.15:
                    ex = r.sample(c.selfinst, 3)
                    p = GEN.format(a=ex[0][:400], b=ex[1][:400], c=ex[2][:400])
                    ct = r.uniform(600, 1200)
                else:
                    t = r.choice(c.selfinst) if r.random() < 0.5 else f"{r.choice(VERBS)}: {r.choice(c.nq)}"
                    p = r.choice(ANSWER).format(t=t)
                    ct = r.lognormvariate(6.4, 0.5)
                m = "lyra-2" if ts < RELEASE or r.random() < 0.4 else NEW_MODEL
                a.emit(r, ts, p, model=m, ctoks=ct, ip=ip, asn=asn, status=status_for(r, ts, m, a.kind, 0.02))


POPULATIONS = [long_scroll, three_shift, seedbloom]
