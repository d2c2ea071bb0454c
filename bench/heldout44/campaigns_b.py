"""Distillation campaigns, part two: an embedding sweep, agentic trajectory
harvest, hijacked accounts, a harvest hidden in the ENEM surge, a paraphrase
farm across clouds and a phone farm with cloned app installs."""
from __future__ import annotations

from . import texts as T
from .campaigns_a import harvest_q, paraphrase, resi
from .pop import EMB, RESP, Pop, p_flat, p_leisure
from .world import CARRIERS, DAY, HOUR, LAUNCH, MIN, NETS, T0, Person, carrier_net


def embedding_sweep(P: Pop) -> None:
    """Systematic coverage of a question bank through /v1/embeddings, split
    across accounts, behind rotating residential exits."""
    rng = P.rng
    bank = T.corpus("nq")
    per = 420
    for i in range(18):
        a = P.account(P.created_aged(5, 30), "pix", pay=P.payment("pix", f"emb-{i % 3}"))
        ts = T0 + rng.randint(0, 30) * HOUR
        for k in range(rng.randint(320, per)):
            q = bank[(i * per + k) % len(bank)]
            P.emit(a, ts, model="ipe-embed-2", endpoint=EMB, prompt=q,
                   net=resi("emb", (i, k // 25), "openai-python/2.3.0", None))
            ts += rng.randint(3, 25) * 1000 if rng.random() < 0.95 else rng.randint(20, 90) * MIN


def agentic_harvest(P: Pop) -> None:
    """Scripted agent loops over coding benchmarks on /v1/responses, harvesting
    whole tool-use trajectories with reasoning before every call."""
    rng = P.rng
    gcp, warp = NETS["GCP southamerica-east1"], NETS["Cloudflare WARP"]
    sys = (T.SYS_AGENT + " Antes de cada chamada de ferramenta, escreva todo o seu raciocínio interno em detalhe.")
    tasks = T.corpus("mbpp") + T.corpus("humaneval")
    cursor = rng.randrange(len(tasks))
    for i in range(22):
        a = P.account(P.created_aged(10, 60), "card", pay=P.payment("card", f"agent-{i % 4}"), keys=2)
        ua = "openai-agents/0.4.2"
        ts = T0 + rng.randint(2, 30) * HOUR
        while ts < T0 + 2 * DAY:
            task = tasks[cursor % len(tasks)]
            cursor += 1
            hist = rng.randint(1500, 3000)
            model = "ipe-4" if ts >= LAUNCH + 30 * MIN else "ipe-3"
            for step in range(rng.randint(8, 20)):
                v = gcp if rng.random() < 0.6 else warp
                P.emit(a, ts, model=model, endpoint=RESP, system=sys,
                       prompt=task if step == 0 else f"Tool result (run_tests): {rng.randint(0, 9)} failed. Continue.",
                       hist=hist, net={"ip": v.ip("agent", i, ts // HOUR), "asn": v.asn, "ua": ua, "device": None},
                       comp=rng.randint(600, 2500), key=step % 2)
                hist += rng.randint(800, 3000)
                ts += rng.randint(5, 40) * 1000
            ts += rng.randint(2, 50) * MIN
            if rng.random() < 0.03:
                break


def hijacked_accounts(P: Pop) -> None:
    """Old personal accounts taken over on Sunday night: their owners' normal
    traffic first, then a new key harvesting from VPN exits."""
    rng = P.rng
    vpns = [NETS["M247 VPN"], NETS["Datacamp VPN"]]
    for i in range(36):
        a = P.account(P.created_aged(500, 1500), "card", keys=2)
        me = Person(rng, a.id)
        takeover = T0 + 23 * HOUR + rng.randint(0, 240) * MIN
        for ts in P.times(rng.randint(3, 10), lambda d, h: p_leisure(d, h) if d * 24 + h < 23 else 0):
            P.emit(a, ts, model="ipe-3", prompt=T.fill(rng, rng.choice(T.GENERAL_BR), T.pick(rng, "nq")),
                   net=me.via_app(ts, rng))
        ts = takeover
        v = vpns[i % 2]
        for _ in range(rng.randint(80, 220)):
            model = "ipe-4" if ts >= LAUNCH else "ipe-3"
            P.emit(a, ts, model=model, prompt=harvest_q(rng) + "\n\n" + rng.choice(T.COT), key=1,
                   net={"ip": v.ip("hj", i, ts // (2 * HOUR)), "asn": v.asn, "ua": "openai-python/2.3.0", "device": None},
                   comp=rng.randint(700, 2600))
            ts += rng.randint(30, 400) * 1000


def enem_cover_harvest(P: Pop) -> None:
    """Free-tier accounts that ask ENEM-flavoured questions in the post-exam rush,
    but the questions are competition maths with reasoning elicitation, from
    4G-modem proxies and a handful of cloned app installs."""
    rng = P.rng
    installs = ["inst-" + f"{rng.getrandbits(80):020x}" for _ in range(6)]
    uas = [f"IpeApp/4.11.{k} (Android 14; SM-A155M)" for k in range(3)]
    for i in range(70):
        a = P.account(P.created_aged(0.5, 10), "free")
        carrier = carrier_net(CARRIERS[i % 4][0], ["SP", "RJ", "REC"][i % 3])
        dev, ua = installs[i % 6], uas[i % 3]
        prof = lambda d, h: (3.0 if d == 0 and 18.6 <= h < 24 else 1.0 if d == 1 and 18 <= h < 24 else 0.0)
        for s in P.sessions(rng.randint(5, 9), prof, size=(3, 7), gap=(25, 90)):
            for ts in s:
                q = T.fill(rng, rng.choice(T.ENEM_AFTER), T.pick(rng, "math")) + " " + rng.choice(T.COT[:4])
                P.emit(a, ts, model="ipe-3-mini", prompt=q,
                       net={"ip": carrier.ip("modem", i % 12, ts // (15 * MIN)), "asn": carrier.asn, "ua": ua, "device": dev},
                       comp=rng.randint(500, 1800))


def paraphrase_farm(P: Pop) -> None:
    """Paraphrased maths and code from one cloud IP per account in several
    regions, five shared cards, moving to ipe-4 the hour it opens."""
    rng = P.rng
    clouds = [NETS["AWS sa-east-1"], NETS["Azure Brazil South"], NETS["GCP southamerica-east1"], NETS["DigitalOcean"], NETS["OVH"]]
    for i in range(45):
        a = P.account(P.created_aged(15, 90), "card", pay=P.payment("card", f"para-{i % 5}"))
        c = clouds[i % len(clouds)]
        ua = ["openai-python/2.3.0", "openai-node/5.12.2", "httpx/0.28.1"][i % 3]
        net = {"ip": c.ip("para", i), "asn": c.asn, "ua": ua, "device": None}
        switch = LAUNCH + rng.randint(20, 90) * MIN
        for ts in P.times(rng.randint(90, 150), lambda d, h: p_flat(d, h) + p_leisure(d, h)):
            P.emit(a, ts, model="ipe-4" if ts >= switch else "ipe-3",
                   prompt=paraphrase(rng, harvest_q(rng, ("math", "gsm8k", "mbpp", "humaneval", "svamp")), 0.8), net=net,
                   comp=rng.randint(600, 2400))


def phone_farm(P: Pop) -> None:
    """A rack of phones (emulators cloned from one image): four install ids shared
    by 28 accounts, carrier IPs in São Paulo, student-style wrappers."""
    rng = P.rng
    installs = ["inst-" + f"{rng.getrandbits(80):020x}" for _ in range(4)]
    ua = "IpeApp/4.12.0 (Android 13; moto g54 5G)"
    for i in range(28):
        tier = "free" if i % 5 else "pix"
        a = P.account(P.created_aged(20, 60), tier, pay=None if tier == "free" else P.payment("pix", "farm"))
        carrier = carrier_net(CARRIERS[i % 2][0], "SP")
        for s in P.sessions(rng.randint(12, 20), lambda d, h: p_leisure(d, h) + 0.3, size=(3, 6), gap=(15, 60)):
            for ts in s:
                q = T.fill(rng, rng.choice(T.STUDY_WRAP), T.pick(rng, rng.choice(["gsm8k", "svamp"]))) + " " + rng.choice(T.COT[:3])
                P.emit(a, ts, model="ipe-3-mini", prompt=q, comp=rng.randint(400, 1500),
                       net={"ip": carrier.ip("farm", ts // (30 * MIN)), "asn": carrier.asn, "ua": ua, "device": installs[i % 4]})
