"""Benign people at work: developers and coding agents, corporate staff behind security edges,
localisation agencies."""
from __future__ import annotations

from common import chat_text, lognorm, pick_model, status_for
from corpus import LANG_NAME, agent_ask, tool_output, toks
from texts import CODE_AGENT_SYS, CORP_SYS, TRANSLATOR_SYS
from world import (BROWSERS, EP_CHAT, EP_STREAM, MIN, SDK_NODE, SDK_PY, Acct, aged, devkey, hexid, ip_in, poisson,
                   pool, sessions)

B = "benign"


def developers(w, s, rng):
    """Individual developers and small start-up teams. Coding agents fire bursts of requests a few
    seconds apart with growing context; teams share one card and org; CI runners sit on cloud IPs."""
    C = w.corpus
    regions = [("GB", 35), ("IL", 20), ("US", 20), ("ZA", 10), ("IE", 8), ("GE", 3), ("KZ", 4)]
    tot = sum(x for _, x in regions)
    left = w.n(420)
    while left > 0:
        x = rng.random() * tot
        region = regions[-1][0]
        for k, v in regions:
            x -= v
            if x <= 0:
                region = k
                break
        team = rng.random() < 0.4
        size = min(left, rng.randint(3, 8) if team else 1)
        left -= size
        org = "org_" + hexid(rng, 40) if team else None
        card = "card:" + hexid(rng, 48)
        ci = (ip_in(rng, 8075), 8075)
        for _ in range(size):
            tool = rng.choice(["agent", "agent", "agent", "sdk", "sdk", "web"])
            ua = {"agent": rng.choice(["corvid-code/1.8.3 (darwin arm64)", "corvid-code/1.8.3 (linux x64)", "corvid-code/1.7.9 (win32 x64)"]),
                  "sdk": rng.choice(SDK_PY + SDK_NODE), "web": rng.choice(BROWSERS)}[tool]
            a = Acct(rng, "developers", B, None, region, aged(rng, 30, 900), org=org,
                     pay=card if team else "card:" + hexid(rng, 48), device=devkey(rng, "tpm"), ua=ua)
            if rng.random() < 0.3:
                a.keys.append("key_" + hexid(rng, 48))  # a CI key
            rate = lognorm(rng, 40 if tool == "agent" else 20, 0.8, 3, 600)
            n = poisson(rng, rate * w.days)
            mean_sess = 25 if tool == "agent" else 5
            gaps = (3, 25) if tool == "agent" else (20, 400)
            times = sessions(rng, w.t0, w.t1, n, a.tz, "office", a.profile, "work", mean_sess, *gaps)
            hist, last = 0, -10 ** 15
            adopt = rng.uniform(0.4, 0.95)
            for ts in times:
                if tool == "agent":
                    if ts - last > 5 * MIN:
                        hist = 0
                        text = agent_ask(rng) if rng.random() < 0.7 else C.pick(rng, "arena_code")
                    else:
                        text = tool_output(rng) if rng.random() < 0.8 else agent_ask(rng)
                    ct = lognorm(rng, 350, 0.8)
                    s.emit(a, ts, text, ct, model=pick_model(rng, ts, adopt, 0.15), endpoint=EP_STREAM,
                           system=CODE_AGENT_SYS, extra_pt=5200 + hist, status=status_for(rng, True, 0.02))
                    hist = min(hist + toks(text) + ct, 150_000)
                else:
                    r = rng.random()
                    if r < 0.45:
                        text = C.pick(rng, rng.choice(["arena_code", "mbpp", "humaneval"]))
                        ct = lognorm(rng, 550, 0.6)
                    else:
                        text, ct = chat_text(rng, C, a, 0.1)
                    on_ci = len(a.keys) > 1 and rng.random() < 0.3
                    s.emit(a, ts, text, ct, model=pick_model(rng, ts, adopt), endpoint=EP_CHAT if tool == "sdk" else EP_STREAM,
                           net=ci if on_ci else a.home, key=a.keys[-1] if on_ci else a.keys[0],
                           device=None if on_ci else a.device, status=status_for(rng, True))
                last = ts


# name, region, staff, egress, share of staff on cloned VDI images, corvid-3 enabled in this window
CORPS = [("Thames Mutual", "GB", 130, "zscaler", 0.5, False), ("Liffey Pharma", "IE", 50, "zscaler", 0.0, True),
         ("Carmel Cyber", "IL", 70, "own", 0.0, True), ("Highveld Assurance", "ZA", 60, "zscaler", 0.3, False),
         ("Gulf Coast Energy", "US", 60, "zscaler", 0.0, True)]


def corporate_nat(w, s, rng):
    """Employees of five companies: one org and invoice each; traffic leaves through a cloud security
    edge shared by many companies (or a few own static IPs); VDI pools share a cloned device key."""
    C = w.corpus
    for name, region, size, edge, vdi_share, enabled in CORPS:
        org = "org_" + hexid(rng, 40)
        pay = "invoice:" + org
        egress = rng.sample(w.zscaler, 8) if edge == "zscaler" else pool(rng, [8551], 3)
        vdi_pools = [devkey(rng, "sw") for _ in range(4)]
        portal = f"{name.split()[0]}GPT-portal/3.1 ({SDK_NODE[0]})"
        for _ in range(w.n(size)):
            vdi = rng.random() < vdi_share
            sdk = rng.random() < 0.2
            a = Acct(rng, "corporate_nat", B, None, region, aged(rng, 20, 700), org=org, pay=pay,
                     device=rng.choice(vdi_pools) if vdi else devkey(rng, "tpm"), ua=rng.choice(SDK_PY) if sdk else portal)
            n = poisson(rng, lognorm(rng, 11, 0.8, 1, 120) * w.days)
            for ts in sessions(rng, w.t0, w.t1, n, a.tz, "office", a.profile, "work", 4, 20, 300):
                text, ct = chat_text(rng, C, a, 0.1)
                if rng.random() < 0.15:
                    text = "Rewrite this email to be clearer and more professional:\n\n" + C.pick(rng, "si")
                s.emit(a, ts, text, ct, model=pick_model(rng, ts, 0.7 if enabled else 0.0),
                       endpoint=EP_CHAT if sdk else EP_STREAM, system=None if sdk else CORP_SYS[name],
                       net=rng.choice(egress), status=status_for(rng, False))


AGENCIES = [("KZ", 5, 9198, ["ru", "kk", "uz", "ky"]), ("GE", 4, 35805, ["ka", "ru", "hy", "az"]),
            ("IL", 5, 8551, ["he", "ar", "ru", "de"])]


def localisation_agency(w, s, rng):
    """Translation agencies: each source text goes to several target languages, one translator per
    language, one translator system prompt, office hours, static office IPs."""
    C = w.corpus
    for region, size, asn, langs in AGENCIES:
        org = "org_" + hexid(rng, 40)
        pay = "card:" + hexid(rng, 48)
        ips = pool(rng, [asn], 2)
        accts = []
        for i in range(w.n(size)):
            a = Acct(rng, "localisation_agency", B, None, region, aged(rng, 90, 900), org=org, pay=pay,
                     device=devkey(rng, "tpm"), ua=rng.choice(["Smartcat-connector/4.2", SDK_PY[3], "memoQ-AI-plugin/11.2"]))
            a.home = rng.choice(ips)
            accts.append((a, langs[i % len(langs)]))
        n_jobs = int(rng.uniform(40, 80) * w.days * w.scale)
        for _ in range(n_jobs):
            src = C.pick(rng, rng.choice(["si", "awesome", "arena_text", "nq"]))
            n_seg = rng.randint(1, 6)
            segs = [src] + [C.pick(rng, "si") for _ in range(n_seg - 1)]
            targets = rng.sample(accts, rng.randint(1, len(accts)))
            for a, lang in targets:
                t = sessions(rng, w.t0, w.t1, 1, a.tz, "office", a.profile, "work", 1, 1, 2)[0]
                for seg in segs:
                    text = f"Translate the following text from English into {LANG_NAME[lang]}. Keep placeholders and formatting.\n\n{seg}"
                    s.emit(a, t, text, int(toks(seg) * rng.uniform(1.1, 1.8)) + 10, model=pick_model(rng, t, 0.5),
                           endpoint=EP_CHAT, system=TRANSLATOR_SYS)
                    t += rng.randint(20_000, 240_000)
