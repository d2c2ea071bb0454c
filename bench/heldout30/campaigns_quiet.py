"""Campaigns built to hide: aged unlinked personas, load-shedding burst riders,
matric mimics, an app front, a call-centre front, a contractor inside a
corporate proxy and a zero-data-retention shell company. Label: attack."""
from __future__ import annotations

from . import clients, networks, phrasing
from .benign_orgs import CALL_ISSUES
from .clock import REASON_MODEL, RELEASE
from .harvest import Sweep
from .traffic import World, flat_times, pick_model, sessions, through_power


def aged_personas(w: World, n: int = 70) -> None:
    """Accounts bought or grown over two years, each with its own card, router,
    browser and load-shedding block; 12 requests a day in a home rhythm. The only
    link is the shared work queue: together they sweep MATH geometry and
    probability plus exam-style science questions, each item once."""
    rng = w.rng("c/aged")
    items = w.c.math_by_level["geometry"] + w.c.math_by_level["probability"]
    sweep = Sweep(items, rng)
    for _ in range(n):
        area, net = networks.pick_area(rng), networks.pick_fibre(rng)
        ua, dev = clients.browser(rng)
        a = w.account(rng, "aged_personas", "aged_personas", w.created_before(rng, 400, 900), ua=ua, device=dev, net=net,
                      ip=networks.address(rng, net, 0.2), area=area, edge=networks.edge_for_area(area),
                      payment=w.token(rng, "pm_", 16), carrier=networks.pick_mobile(rng))
        for ts, ip, asn in through_power(w, rng, a, sessions(rng, w.days, "home", 4.5, 3.5), p_tether=0.2):
            r = rng.random()
            p = (phrasing.code_switch(rng, sweep.next(), "en", 0.4, 0.5) if r < 0.45 else
                 phrasing.subject_question(rng, rng.choice(["physics", "chemistry"])) if r < 0.6 else w.c.chat_prompt(rng))
            w.emit(a, ts, rng, p, model=pick_model(rng, ts, 0.35, 0.05), ip=ip, asn=asn, out=(400, 1200))


def shed_burst(w: World, n: int = 40) -> None:
    """Rides the synchronized return after load-shedding: accounts on home fibre in
    four Gauteng blocks are silent except in the 40 minutes after their block's
    power comes back, when thousands of real homes also come back online."""
    rng = w.rng("c/shed_burst")
    blocks = ["GP-03", "GP-06", "GP-10", "GP-14"]
    sweep = Sweep(w.c.texts["gsm8k"] + w.c.texts["svamp"], rng)
    for i in range(n):
        area, net = blocks[i % 4], networks.pick_fibre(rng)
        ua, dev = clients.browser(rng)
        a = w.account(rng, "shed_burst", "shed_burst", w.created_before(rng, 30, 300), ua=ua, device=dev, net=net,
                      ip=networks.address(rng, net), area=area, payment=w.token(rng, "pm_", 16))
        wrapper = rng.choice(phrasing.HARVEST_WRAPPERS)
        for _, back in w.shed.outages(area):
            t = back + int((45 + rng.expovariate(1 / 200)) * 1000)
            for _ in range(rng.randrange(6, 13)):
                p = wrapper.format(q=sweep.next(), n=0) if rng.random() < 0.75 else w.c.chat_prompt(rng)
                w.emit(a, t, rng, p, model=pick_model(rng, t, 0.3), out=(200, 800))
                t += int(rng.lognormvariate(4.5, 0.6) * 1000)


def matric_mimic(w: World, n: int = 90) -> None:
    """Mobile-web "learners" on MTN/Vodacom CGNAT with code-switched openers, but
    the questions march through MATH algebra and number theory, and they keep
    going while real matrics sit in the exam hall."""
    rng = w.rng("c/matric_mimic")
    sweep = Sweep(w.c.math_by_level["algebra"] + w.c.math_by_level["number_theory"])
    for i in range(n):
        carrier = networks.pick_mobile(rng)
        ua, dev = clients.browser(rng, mobile=True)
        a = w.account(rng, "matric_mimic", "matric_mimic", w.created_before(rng, 1, 60), ua=ua, device=dev, net=carrier,
                      edge="jnb" if i % 3 else "cpt")
        for sess in sessions(rng, w.days, "student", 6, 3, gap_s=110):
            for ts in sess:
                p = phrasing.code_switch(rng, sweep.next()) if rng.random() < 0.85 else \
                    phrasing.code_switch(rng, phrasing.subject_question(rng, "maths"))
                w.emit(a, ts, rng, p, model=pick_model(rng, ts, 0.3, 0.3), ip=w.pools.mobile(rng, carrier),
                       asn=networks.asn_of(carrier), out=(300, 1000))


FRONT_SYSTEM = ("You are Mwalimu, a friendly maths tutor for high-school learners in South Africa. Always explain "
                "the method step by step and show every calculation before the final answer.")


def tutor_front(w: World, n: int = 8) -> None:
    """A "tutoring app" whose learners are a script: sequential learner ids, GSM8K
    and MATH in dataset order, a flat 24-hour rate (no evenings, no exams, no
    load-shedding dips), from an af-south-1 NAT like the real tutor app."""
    rng = w.rng("c/tutor_front")
    org, card = w.token(rng, "org_", 10), w.token(rng, "pm_", 16)
    ua, dev = clients.stack("node_sdk")
    items = w.c.texts["gsm8k"] + w.c.texts["math"]
    k = rng.randrange(len(items))
    nat = [networks.address(rng, "aws") for _ in range(2)]
    for i in range(n):
        a = w.account(rng, "tutor_front", "tutor_front", w.created_before(rng, 35, 60), org=org, ua=ua, device=dev,
                      net="aws", payment=card)
        for ts in flat_times(rng, w.t0, w.t1, 25):
            learner = f"[learner s{100000 + k // 7:06d} | grade 12] "
            q, k = items[k % len(items)], k + 1
            body = phrasing.code_switch(rng, q, "en", 0.3, 0.8) if rng.random() < 0.5 else q
            w.emit(a, ts, rng, learner + body, system=FRONT_SYSTEM, model="ubuntu-chat-2", ip=rng.choice(nat),
                   out=(300, 900))


def callcentre_front(w: World, n: int = 40) -> None:
    """A BPO floor that is a harvest shop: seat accounts, corporate egress and a
    customer-care system prompt like the real call centres, but the "customers"
    ask arena-hard and self-instruct tasks, with a few real-looking call notes."""
    rng = w.rng("c/callcentre_front")
    org = w.token(rng, "org_", 10)
    egress = [networks.address(rng, "seacom") for _ in range(2)]
    ua, dev = clients.stack("edge_win")
    system = ("You are an assistant for Harbourline Telecom customer care agents (AU). Draft empathetic, compliant replies, "
              "use British spelling, summarise the call in 3 bullets.")
    sweep = Sweep(w.c.texts["arena"] + w.c.texts["user"] + w.c.texts["seed"], rng)
    for _ in range(n):
        a = w.account(rng, "callcentre_front", "callcentre_front", w.created_before(rng, 20, 90), org=org, ua=ua,
                      device=dev, net="seacom", edge="jnb")
        for sess in sessions(rng, w.days, "bpo", 11, 2.2, gap_s=200):
            for ts in sess:
                if rng.random() < 0.8:
                    p = rng.choice(["Customer asks: {q}", "Caller wants help with this: {q}", "Ticket #{n}: {q}"]).format(
                        q=sweep.next(), n=rng.randrange(10**5, 10**6))
                else:
                    p = f"Customer says: {rng.choice(CALL_ISSUES)}. Draft a reply."
                w.emit(a, ts, rng, p, system=system, model="ubuntu-chat-2", ip=rng.choice(egress), out=(300, 1200))


def corporate_insider(w: World, n: int = 25) -> None:
    """A contractor firm inside a corporate proxy (Internet Solutions), same
    corporate browser image as the mining houses, office hours, diesel backup;
    its staff route a code-dataset harvest through ordinary-looking asks."""
    rng = w.rng("c/insider")
    org = w.token(rng, "org_", 10)
    egress = [networks.address(rng, "is_corp") for _ in range(3)]
    ua, dev = clients.stack("edge_win")
    sweep = Sweep(w.c.texts["mbpp"] + w.c.texts["humaneval"], rng)
    asks = ["Check this for the risk dashboard:\n{q}", "Explain to a non-technical manager: {q}", "{q}",
            "Rewrite for the exco pack: {q}"]
    for _ in range(n):
        a = w.account(rng, "corporate_insider", "corporate_insider", w.created_before(rng, 60, 400), org=org, ua=ua,
                      device=dev, net="is_corp", edge=rng.choice(["jnb", "legacy"]))
        for sess in sessions(rng, w.days, "office", 4.5, 4, gap_s=150):
            for ts in sess:
                src = sweep.next() if rng.random() < 0.7 else w.c.pick(rng, rng.choice(["arena", "user"]))
                w.emit(a, ts, rng, rng.choice(asks).format(q=src), model=pick_model(rng, ts, 0.2, 0.0),
                       ip=rng.choice(egress), out=(300, 1000))


def zdr_shell(w: World, n: int = 30) -> None:
    """A "consultancy" that bought an enterprise plan with zero data retention:
    no prompt text ever reaches the stream; steady volume around the clock, long
    completions, and a shift to the reasoning model on launch day."""
    rng = w.rng("c/zdr_shell")
    org = w.token(rng, "org_", 10)
    egress = [networks.address(rng, "azure") for _ in range(2)]
    ua, dev = clients.stack("dotnet")
    for _ in range(n):
        a = w.account(rng, "zdr_shell", "zdr_shell", w.created_before(rng, 25, 70), org=org, ua=ua, device=dev,
                      net="azure", zdr=True, edge=rng.choice(["jnb", "cpt"]))
        for sess in sessions(rng, w.days, [4 + h for h in range(24)][::-1], 9, 2.5, gap_s=60):
            for ts in sess:
                model = REASON_MODEL if ts >= RELEASE and rng.random() < 0.8 else "ubuntu-chat-2"
                w.emit(a, ts, rng, "x" * int(rng.lognormvariate(5.8, 0.5)), model=model, ip=rng.choice(egress),
                       out=(700, 1800))
