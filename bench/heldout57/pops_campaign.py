"""Campaign populations of heldout57: distillation harvests of varying sophistication.
Written without knowledge of any detector; each is what a competitor could plausibly run."""
from __future__ import annotations

from .core import net_addr
from .pops_common import (DAY_MS, HOUR_MS, LAUNCH, MIN_MS, W0, T, W, active_counts, created_before, ctok_for,
                          default_endpoint, est_tokens, frame, give_client, give_net, mixer, model_prefs, org_id,
                          pay_fp, pick_model, pick_status, run_human, sessions, src)

COT_TAILS = ["", "", "Explique ton raisonnement étape par étape.", "Montre toutes les étapes.",
             "Réfléchis étape par étape avant de répondre.", "Détaille ton raisonnement, puis donne la réponse.",
             "Think step by step.", "Écris ton raisonnement complet."]


def _resi(rng, countries=("SN", "CI", "CM", "BJ", "ML", "BF", "TG", "GN")):
    """One residential-proxy exit: a real subscriber line somewhere in the region."""
    c = rng.choice(countries)
    if rng.random() < 0.7:
        net = W.NETS[W.pick_mobile(rng, c)]
        return W.addr(rng, net)[0], net.asn, c
    net = W.NETS[W.FIXED_BY_COUNTRY[c]]
    return W.fixed_ip(rng, net), net.asn, c


def _interleave(corpus, keys):
    out = []
    lists = [corpus.c[k] for k in keys]
    i = 0
    while any(i < len(l) for l in lists):
        for l in lists:
            if i < len(l):
                out.append(l[i])
        i += 1
    return out


def c_harmattan_farm(ctx):
    """Account farm: scripted sign-ups in three waves, a handful of prepaid virtual cards and emulator
    profiles rotated across accounts, cloud egress; maths with a French chain-of-thought wrapper,
    the dataset partitioned across accounts so no question repeats."""
    pop, camp = "c_harmattan_farm", "harmattan"
    rng = ctx.rng(pop)
    cards = [pay_fp(rng) for _ in range(7)]
    devs = [(W.ua_app_android(rng), W.device_id(rng)) for _ in range(10)]
    ips = [(ip, 24940) for ip in W.NETS["hetzner"].pool[40:48]] + [(ip, 16276) for ip in W.NETS["ovh"].pool[200:206]]
    items = _interleave(ctx.corpus, ["gsm8k", "svamp", "math"])
    waves = [W0 - 9 * DAY_MS + 2 * HOUR_MS, W0 - 5 * DAY_MS + 21 * HOUR_MS, W0 - 2 * DAY_MS + 3 * HOUR_MS]
    n = 140
    for i in range(n):
        created = waves[i % 3] + rng.randrange(0, 2 * HOUR_MS)
        a = ctx.acct(rng, pop, country=rng.choice(["SN", "CI"]), created=created, pay=cards[rng.randrange(7)],
                     campaign=camp, node_country="XX")
        wrapper = T.CAMP_COT_WRAPPERS[i % 3]
        k = 0
        for day in range(2):
            cnt = rng.randrange(30, 61)
            for t, _turn in sessions(rng, a, day, cnt, "flat", 8, 200, 0.6):
                q = items[(i + k * n) % len(items)]
                k += 1
                ua, dev = devs[rng.randrange(len(devs))]
                m = "baobab-2-pro" if t < LAUNCH else ("baobab-3-think" if rng.random() < 0.7 else "baobab-2-pro")
                p = frame(wrapper, q)
                ip, asn = ips[rng.randrange(len(ips))]
                ctx.emit(rng, a, t, p, model=m, ctok=ctok_for(rng, "cot", m), status=pick_status(rng, 0.02),
                         ip=ip, asn=asn, ua=ua, dev=dev)


def c_hydra_sahel(ctx):
    """Hydra: hundreds of accounts behind residential proxies, each mixing a harvest stream
    (coding/maths/hard prompts, often with a reasoning request) with ordinary-looking chat."""
    pop, camp = "c_hydra_sahel", "hydra-sahel"
    rng = ctx.rng(pop)
    harvest = _interleave(ctx.corpus, ["arena", "math", "mbpp", "humaneval", "gsm8k"])
    h = rng.randrange(len(harvest))
    cover = mixer({"fr": 40, "tab": 10, "en_framed": 12, "nq": 12, "follow": 18, "local": 8})
    shared_cards = [pay_fp(rng) for _ in range(12)]
    profiles = [(W.ua_desktop(rng), W.device_id(rng)) for _ in range(6)]
    for i in range(350):
        aged = rng.random() < 0.4
        created = created_before(rng, 100, 600) if aged else created_before(rng, 1, 60)
        u = rng.random()
        pay = pay_fp(rng) if u < 0.65 else shared_cards[rng.randrange(12)] if u < 0.85 else None
        c = rng.choice(["SN", "CI", "CM", "BJ", "SN", "CI"])
        a = ctx.acct(rng, pop, country=c, created=created, pay=pay, campaign=camp)
        give_client(rng, a, "mix")
        if rng.random() < 0.25:
            a.devices = [profiles[rng.randrange(6)]]
        model_prefs(rng, a, 0.3, 0.5, 0.6, (0, 2))
        counts = [rng.randrange(18, 42), rng.randrange(18, 42)]
        for day in range(2):
            exit_ = None
            for t, turn in sessions(rng, a, day, counts[day], "chat", 4, 50):
                if turn == 0 or exit_ is None:
                    exit_ = _resi(rng, (c, c, c, "SN", "CI"))
                    ua, dev = rng.choice(a.devices)
                if rng.random() < 0.45:
                    q = harvest[h % len(harvest)]
                    h += 1
                    tail = rng.choice(COT_TAILS)
                    p = q + ("\n\n" + tail if tail else "")
                    kind = "cot"
                    m = pick_model(rng, a, t, 0.5)
                else:
                    p, _s, kind = cover(ctx, rng, a, turn, t, day)
                    m = pick_model(rng, a, t, 0.1)
                ctx.emit(rng, a, t, p, model=m, ctok=ctok_for(rng, kind, m), status=pick_status(rng, 0.01),
                         ip=exit_[0], asn=exit_[1], ua=ua, dev=dev, hist=0 if turn == 0 else rng.randrange(100, 2000))


def c_gabarit_wrapper(ctx):
    """A fixed wrapper around varying questions, sent in batches from a few cloud hosts."""
    pop, camp = "c_gabarit_wrapper", "gabarit"
    rng = ctx.rng(pop)
    cards = [pay_fp(rng) for _ in range(3)]
    hosts = [(ip, 16509) for ip in W.NETS["aws_euw3"].pool[300:304]] + [(ip, 396982) for ip in W.NETS["gcp_euw9"].pool[10:12]]
    items = _interleave(ctx.corpus, ["arena", "si_seed", "math", "mbpp", "si_user"])
    j = rng.randrange(len(items))
    for i in range(60):
        a = ctx.acct(rng, pop, country="SN", created=created_before(rng, 3, 30), pay=cards[i % 3], campaign=camp,
                     node_country="XX")
        ua = rng.choice(["python-httpx/0.28.1", "baobab-python/2.6.1"])
        dev = W.tls_fp(ua) if rng.random() < 0.8 else None
        host = hosts[rng.randrange(len(hosts))]
        for day in range(2):
            total = rng.randrange(40, 76)
            while total > 0:
                b = min(total, rng.randrange(8, 21))
                total -= b
                t = W0 + day * DAY_MS + rng.randrange(DAY_MS)
                for _ in range(b):
                    t += rng.randrange(1500, 6000)
                    p = T.CAMP_GABARIT.replace("{q}", items[j % len(items)])
                    j += 1
                    m = "baobab-2-pro" if t < LAUNCH else rng.choice(["baobab-3", "baobab-2-pro"])
                    ctx.emit(rng, a, t, p, system="Tu es un assistant expert.", model=m, ctok=ctok_for(rng, "cot", m),
                             status=pick_status(rng, 0.03), ip=host[0], asn=host[1], ua=ua, dev=dev)


def _paraphrase(rng, q: str) -> str:
    o = rng.choice(T.PARA_OPEN)
    cl = rng.choice(T.PARA_CLOSE)
    body = q
    if rng.random() < 0.3:
        body = body[:1].lower() + body[1:]
    if rng.random() < 0.2:
        body = body.rstrip("?. ") + " ?"
    parts = [x for x in (o, body, cl) if x]
    sep = rng.choice([" ", "\n", " ", "\n\n"])
    return sep.join(parts)


def c_paraphrase_fleuve(ctx):
    """Phone farm in Abidjan: real SIMs and identical handsets on the same cells, mobile-money
    accounts (unique payment per SIM); questions with no fixed wrapper, phrasing varied each time."""
    pop, camp = "c_paraphrase_fleuve", "fleuve"
    rng = ctx.rng(pop)
    cells = {k: W.NETS[k].pool[i0:i0 + 25] for k, i0 in (("ci_orange_m", 100), ("ci_mtn_m", 300))}
    items = _interleave(ctx.corpus, ["gsm8k", "nq", "math", "arena"])
    j = rng.randrange(len(items))
    for i in range(120):
        a = ctx.acct(rng, pop, country="CI", created=created_before(rng, 4, 70), pay=pay_fp(rng), campaign=camp)
        a.devices = [("BaobabChat/4.2.1 (Android 13; TECNO KI7)", W.device_id(rng))]
        netk = "ci_orange_m" if i % 3 else "ci_mtn_m"
        asn = W.NETS[netk].asn
        a.mpref = "baobab-2"
        a.adopt_p = 0.5
        for day in range(2):
            for t, turn in sessions(rng, a, day, rng.randrange(22, 46), "chat", 3, 600, 0.8):
                q = items[j % len(items)]
                j += 1
                p = _paraphrase(rng, q)
                m = pick_model(rng, a, t, 0.4)
                ip = cells[netk][rng.randrange(25)]
                ctx.emit(rng, a, t, p, model=m, ctok=ctok_for(rng, "cot", m), status=pick_status(rng, 0.005), ip=ip,
                         asn=asn, ua=a.devices[0][0], dev=a.devices[0][1])


def c_coverage_code(ctx):
    """Systematic coverage of a coding task space: every task x every language, sharded across workers."""
    pop, camp = "c_coverage_code", "codex-sweep"
    rng = ctx.rng(pop)
    cards = [pay_fp(rng) for _ in range(2)]
    org = org_id(rng)
    hosts = [(ip, 16509) for ip in W.NETS["aws_euw3"].pool[420:426]] + [(ip, 8075) for ip in W.NETS["azure_frc"].pool[50:54]]
    tasks = ctx.corpus.c["humaneval"] + ctx.corpus.c["mbpp"]
    n = 50
    for i in range(n):
        a = ctx.acct(rng, pop, country="SN", created=created_before(rng, 15, 25), pay=cards[i % 2],
                     org=org if i < 25 else None, campaign=camp, node_country="XX")
        ua = "OpenAI/Python 1.99.2"
        k = 0
        for day in range(2):
            t = W0 + day * DAY_MS + rng.randrange(0, 20 * MIN_MS)
            per = rng.randrange(60, 96)
            step = DAY_MS // per
            for _ in range(per):
                idx = i + n * k
                k += 1
                task = tasks[(idx // len(T.CODE_LANGS)) % len(tasks)]
                lang = T.CODE_LANGS[idx % len(T.CODE_LANGS)]
                p = T.CAMP_CODE[(idx // 7) % 3].replace("{lang}", lang).replace("{t}", task)
                t += step + rng.randrange(-step // 4, step // 4)
                m = "baobab-2-pro" if t < LAUNCH else "baobab-3"
                host = hosts[rng.randrange(len(hosts))]
                ctx.emit(rng, a, t, p, system="You are an expert software engineer. Provide complete, idiomatic code.",
                         model=m, ctok=ctok_for(rng, "code", m) * 2, status=pick_status(rng, 0.01), ip=host[0],
                         asn=host[1], ua=ua, dev=W.tls_fp(ua), endpoint="/v1/chat/completions")


def c_agentic_sweep(ctx):
    """Agentic trajectories: tool-use system prompt, task then observation turns, to harvest agent traces."""
    pop, camp = "c_agentic_sweep", "agent-loop"
    rng = ctx.rng(pop)
    cards = [pay_fp(rng) for _ in range(5)]
    pool = [(ip, 14061) for ip in W.NETS["digitalocean"].pool[:8]] + [(ip, 24940) for ip in W.NETS["hetzner"].pool[100:106]]
    for i in range(40):
        a = ctx.acct(rng, pop, country=rng.choice(["SN", "CM", "CI"]), created=created_before(rng, 2, 20),
                     pay=cards[i % 5], campaign=camp, node_country="XX")
        ua = rng.choice(["langchain-baobab/0.4.2", "litellm/1.81.3", "python-httpx/0.28.1"])
        for day in range(2):
            budget = rng.randrange(45, 85)
            while budget > 0:
                t = W0 + day * DAY_MS + rng.randrange(DAY_MS)
                if rng.random() < 0.5:
                    task = T.fill(rng, rng.choice(T.AGENT_TASKS_FR), "SN")
                else:
                    task = ctx.corpus.pick(rng, rng.choice(["si_seed", "si_user", "arena"]))
                steps = rng.randrange(2, 8)
                hist = 0
                host = pool[rng.randrange(len(pool))]
                for s in range(min(steps, budget)):
                    if s == 0:
                        p = task
                    else:
                        tool = rng.choice(["web_search", "python", "read_file", "http_get", "write_file"])
                        p = "Observation de l'outil `%s` : %s\nContinue la tâche." % (tool, T.fill(rng, rng.choice(T.AGENT_OBS), "SN"))
                    m = "baobab-2-pro" if t < LAUNCH else rng.choice(["baobab-3", "baobab-3-think"])
                    ptok = est_tokens(p) + est_tokens(T.SYS_AGENT) + 7 + hist
                    ct = ctok_for(rng, "agent", m)
                    ctx.emit(rng, a, t, p, system=T.SYS_AGENT, model=m, ptok=ptok, ctok=ct, status=pick_status(rng, 0.01),
                             ip=host[0], asn=host[1], ua=ua, dev=W.tls_fp(ua), endpoint="/v1/responses")
                    hist = min(hist + ptok - hist + ct, 30000)
                    t += rng.randrange(3000, 25000)
                budget -= steps


def c_launch_rush(ctx):
    """Bought aged accounts, silent until the launch, then a reasoning harvest on the new model within hours."""
    pop, camp = "c_launch_rush", "rush-b3"
    rng = ctx.rng(pop)
    items = _interleave(ctx.corpus, ["math", "arena", "gsm8k", "humaneval"])
    j = rng.randrange(len(items))
    tails = ["Montre tout ton raisonnement interne, étape par étape, avant la réponse.",
             "Raisonne à voix haute, étape par étape, puis conclus.",
             "Explique en détail chaque étape de ta réflexion.",
             "Think step by step and show all intermediate reasoning.", ""]
    for i in range(180):
        c = W.pick_country(rng)
        a = ctx.acct(rng, pop, country=c, created=created_before(rng, 140, 800),
                     pay=pay_fp(rng) if rng.random() < 0.8 else None, campaign=camp)
        give_client(rng, a, rng.choice(["sdk", "laptop", "mix"]))
        vpn = rng.random() < 0.4
        t = LAUNCH + int(rng.expovariate(1 / (1.5 * HOUR_MS))) + rng.randrange(0, 20 * MIN_MS)
        n = rng.randrange(45, 115)
        exit_ = None
        for k in range(n):
            if k % 6 == 0 or exit_ is None:
                if vpn:
                    net = W.NETS[rng.choice(["warp", "m247", "datacamp", "proton"])]
                    exit_ = (W.addr(rng, net)[0], net.asn)
                else:
                    e = _resi(rng)
                    exit_ = (e[0], e[1])
            q = items[j % len(items)]
            j += 1
            tail = rng.choice(tails)
            p = q + ("\n\n" + tail if tail else "")
            m = "baobab-3-think" if rng.random() < 0.75 else "baobab-3"
            ua, dev = rng.choice(a.devices)
            ctx.emit(rng, a, t, p, model=m, ctok=ctok_for(rng, "cot", m), status=pick_status(rng, 0.03), ip=exit_[0],
                     asn=exit_[1], ua=ua, dev=dev, endpoint=default_endpoint(rng, ua))
            t += int(rng.lognormvariate(12.3, 0.9))


def c_slow_baobab(ctx):
    """Slow aged accounts: tens of requests a day each, human-paced sessions from home-country lines,
    unique cards and devices; questions drawn from hard/maths/code sets with light French framing."""
    pop, camp = "c_slow_baobab", "slow-baobab"
    rng = ctx.rng(pop)
    items = _interleave(ctx.corpus, ["arena", "math", "humaneval", "gsm8k", "mbpp"])
    j = rng.randrange(len(items))
    frames = ["{q}", "{q}", "Peux-tu m'aider avec ceci : {q}", "Bonjour, {q}", "{q}\nMerci d'expliquer ta démarche.",
              "J'ai besoin d'une réponse détaillée : {q}", "{q}\nRéponds en français stp"]
    for i in range(280):
        c = W.pick_country(rng)
        a = ctx.acct(rng, pop, country=c, created=created_before(rng, 90, 700), pay=pay_fp(rng), campaign=camp)
        give_client(rng, a, rng.choice(["mix", "laptop", "phone"]))
        give_net(rng, a, "mix")
        model_prefs(rng, a, 0.2, 0.5, 0.5, (1, 10))
        fr = rng.choice(frames)

        def pf(ctx_, rng_, a_, turn, t, day, _fr=fr):
            nonlocal j
            if turn > 0 and rng_.random() < 0.25:
                return T.fill(rng_, rng_.choice(T.FOLLOWUPS[:12]), c), None, "short"
            q = items[j % len(items)]
            j += 1
            f = _fr if rng_.random() < 0.7 else rng_.choice(frames)
            p = frame(f, q)
            if rng_.random() < 0.3:
                p += "\n" + rng_.choice(COT_TAILS[2:])
            return p, None, "cot"
        counts = [rng.randrange(10, 28), rng.randrange(10, 28)]
        run_human(ctx, rng, a, counts, "chat", pf, sess_mean=3, gap_s=120, think_bias=0.4)


def c_resi_rotator(ctx):
    """Free-tier accounts behind a rotating residential proxy: a new exit and often a new fingerprint per request."""
    pop, camp = "c_resi_rotator", "resi-rotator"
    rng = ctx.rng(pop)
    cards = [pay_fp(rng) for _ in range(10)]
    items = _interleave(ctx.corpus, ["nq", "si_user", "si_seed", "awesome"])
    j = rng.randrange(len(items))
    wraps = ["{q}", "Réponds de manière détaillée : {q}", "{q}\nDonne une réponse complète et argumentée.", "{q}"]
    for i in range(160):
        c = rng.choice(W.COUNTRIES)
        a = ctx.acct(rng, pop, country=c, created=created_before(rng, 1, 14),
                     pay=None if rng.random() < 0.7 else cards[rng.randrange(10)], campaign=camp)
        rot_dev = rng.random() < 0.5
        base = W.device_id(rng)
        for day in range(2):
            for t, _turn in sessions(rng, a, day, rng.randrange(18, 42), "flat", 2, 300):
                ip, asn, _cc = _resi(rng, W.COUNTRIES)
                ua = rng.choice([W.ua_android_chrome, W.ua_desktop, W.ua_iphone])(rng)
                dev = W.device_id(rng) if rot_dev else (None if rng.random() < 0.5 else base)
                p = frame(rng.choice(wraps), items[j % len(items)])
                j += 1
                ctx.emit(rng, a, t, p, model="baobab-2-mini" if t < LAUNCH else rng.choice(["baobab-2-mini", "baobab-3"]),
                         ctok=ctok_for(rng, "long", "baobab-2"), status=pick_status(rng, 0.02), ip=ip, asn=asn, ua=ua,
                         dev=dev)


def c_polyglot(ctx):
    """Multilingual harvest: the same questions asked in French, Wolof, Bambara, Dioula, Arabic and English."""
    pop, camp = "c_polyglot", "polyglotte"
    rng = ctx.rng(pop)
    cards = [pay_fp(rng) for _ in range(6)]
    items = _interleave(ctx.corpus, ["gsm8k", "arena", "si_seed", "math"])
    langs = list(T.CAMP_POLY)
    j = rng.randrange(len(items))
    for i in range(80):
        a = ctx.acct(rng, pop, country=rng.choice(["SN", "ML", "CI"]), created=created_before(rng, 5, 15),
                     pay=cards[i % 6], campaign=camp, node_country="XX")
        give_client(rng, a, rng.choice(["laptop", "sdk"]))
        netk = rng.choice(["m247", "datacamp", "ovh"])
        for day in range(2):
            cnt = rng.randrange(36, 64)
            times = sessions(rng, a, day, cnt, "flat", 6, 40, 0.5)
            q = None
            order = []
            for t, _turn in times:
                if not order:
                    q = items[j % len(items)]
                    j += 1
                    order = rng.sample(langs, rng.randrange(3, 7))
                lg = order.pop()
                p = T.CAMP_POLY[lg].replace("{q}", q)
                m = "baobab-2-pro" if t < LAUNCH else "baobab-3"
                ip, asn = W.addr(rng, W.NETS[netk])
                ua, dev = a.devices[0]
                ctx.emit(rng, a, t, p, model=m, ctok=ctok_for(rng, "cot", m), status=pick_status(rng, 0.01), ip=ip,
                         asn=asn, ua=ua, dev=dev)


def c_insider_ministere(ctx):
    """Insiders inside a legitimate ministry org: its card and network by day, home fibre at night,
    a reasoning harvest on maths and code after hours, some normal office work by day."""
    pop, camp = "c_insider_ministere", "insider-ministere"
    rng = ctx.rng(pop)
    org, pay, netk = getattr(ctx, "x_gov", {}).get("SN", (org_id(rng), pay_fp(rng), "sn_gov"))
    items = _interleave(ctx.corpus, ["math", "gsm8k", "humaneval", "arena"])
    j = rng.randrange(len(items))
    office = mixer({"office": 70, "follow": 30})
    for i in range(4):
        a = ctx.acct(rng, pop, country="SN", created=created_before(rng, 150, 300), pay=pay, org=org, campaign=camp)
        give_client(rng, a, "laptop")
        a.net = netk
        a.alt_net = "sn_orange_f"
        a.x["alt_p"] = 0.0
        a.mpref = "baobab-2"
        run_human(ctx, rng, a, [rng.randrange(0, 4), rng.randrange(2, 10)], "office", office, sess_mean=3, gap_s=200)
        ua, dev = a.devices[0]
        sdk = "python-httpx/0.28.1"
        for day in range(2):
            t = W0 + day * DAY_MS + int(rng.uniform(20, 23.5) * HOUR_MS)
            for _ in range(rng.randrange(45, 95)):
                q = items[j % len(items)]
                j += 1
                p = frame(rng.choice(T.CAMP_COT_WRAPPERS), q) if rng.random() < 0.6 else q
                m = "baobab-2-pro" if t < LAUNCH else "baobab-3-think"
                ip, asn = net_addr(rng, a, day, t, "sn_orange_f")
                ctx.emit(rng, a, t, p, model=m, ctok=ctok_for(rng, "cot", m), status=pick_status(rng, 0.01), ip=ip,
                         asn=asn, ua=sdk, dev=W.tls_fp(sdk), endpoint="/v1/chat/completions")
                t += rng.randrange(40_000, 200_000)


def c_trace_vpn(ctx):
    """Reasoning-trace elicitation: give the question and its final answer, ask for the full reasoning; VPN exits."""
    pop, camp = "c_trace_vpn", "trace-vpn"
    rng = ctx.rng(pop)
    items = _interleave(ctx.corpus, ["gsm8k", "math", "svamp"])
    j = rng.randrange(len(items))
    for i in range(70):
        c = W.pick_country(rng)
        a = ctx.acct(rng, pop, country=c, created=created_before(rng, 5, 40),
                     pay=pay_fp(rng) if rng.random() < 0.85 else None, campaign=camp, node_country="XX")
        give_client(rng, a, rng.choice(["laptop", "sdk", "mix"]))
        netk = rng.choice(["warp", "proton", "m247"])
        tpl = T.CAMP_TRACE[i % 3]
        a.mpref = "baobab-2-pro"
        a.adopt_p = 0.7
        for day in range(2):
            for t, turn in sessions(rng, a, day, rng.randrange(25, 55), "chat", 5, 90):
                q = items[j % len(items)]
                j += 1
                ans = str(rng.randrange(2, 2000)) if rng.random() < 0.7 else "%d/%d" % (rng.randrange(1, 30), rng.randrange(2, 40))
                p = tpl.replace("{a}", ans).replace("{q}", q)
                m = pick_model(rng, a, t, 0.6)
                ip, asn = W.addr(rng, W.NETS[netk])
                ua, dev = a.devices[0]
                ctx.emit(rng, a, t, p, model=m, ctok=ctok_for(rng, "cot", m), status=pick_status(rng, 0.01), ip=ip,
                         asn=asn, ua=ua, dev=dev)


def c_edtech_clone(ctx):
    """A fake tutoring company: one card, one org, sub-accounts, a tutor system prompt, but the
    questions sweep a benchmark in order around the clock from one backend."""
    pop, camp = "c_edtech_clone", "kalan-pro"
    rng = ctx.rng(pop)
    org, pay = org_id(rng), pay_fp(rng)
    system = ("Tu es un professeur de mathématiques pour les élèves de terminale. Donne une solution détaillée, "
              "étape par étape, en justifiant chaque transformation, puis la réponse finale.")
    ips = W.NETS["ovh"].pool[300:303]
    ua = "KalanPro-backend/1.0 python-httpx/0.28.1"
    items = ctx.corpus.c["math"] + ctx.corpus.c["gsm8k"]
    n = 45
    batch = created_before(rng, 10, 30)
    for i in range(n):
        a = ctx.acct(rng, pop, country="SN", created=batch + rng.randrange(0, 3 * HOUR_MS), pay=pay, org=org,
                     campaign=camp, node_country="SN")
        k = 0
        for day in range(2):
            for t, _turn in sessions(rng, a, day, rng.randrange(45, 81), "student", 4, 60):
                q = items[(i + n * k) % len(items)]
                k += 1
                p = T.studentify(rng, frame(rng.choice(T.FR_FRAME_STUDENT), q)) if rng.random() < 0.35 else q
                m = "baobab-2-pro" if t < LAUNCH else "baobab-3-think"
                ctx.emit(rng, a, t, p, system=system, model=m, ctok=ctok_for(rng, "cot", m),
                         status=pick_status(rng, 0.01), ip=ips[rng.randrange(3)], asn=16276, ua=ua,
                         dev=W.tls_fp("python-httpx/0.28.1"))


def c_cron_swarm(ctx):
    """A scheduler fires the whole swarm on the half hour; each account takes about half the slots."""
    pop, camp = "c_cron_swarm", "cron-swarm"
    rng = ctx.rng(pop)
    items = _interleave(ctx.corpus, ["arena", "awesome", "si_user"])
    j = rng.randrange(len(items))
    cards = [pay_fp(rng) for _ in range(4)]
    hosts = [(ip, 396982) for ip in W.NETS["gcp_euw9"].pool[200:206]] + [(ip, 24940) for ip in W.NETS["hetzner"].pool[300:304]]
    accts = []
    for i in range(50):
        a = ctx.acct(rng, pop, country="CM", created=created_before(rng, 6, 50), pay=cards[i % 4], campaign=camp,
                     node_country="XX")
        accts.append((a, hosts[i % len(hosts)], rng.choice(["baobab-python/2.6.1", "python-requests/2.32.4"])))
    system = "You are a helpful assistant. Think step by step and show your work."
    for slot in range(2 * 48):
        t0 = W0 + slot * 30 * MIN_MS
        for a, host, ua in accts:
            if rng.random() < 0.47:
                t = t0 + rng.randrange(200, 9000)
                p = items[j % len(items)]
                j += 1
                m = "baobab-2-pro" if t < LAUNCH else "baobab-3-think"
                ctx.emit(rng, a, t, p, system=system, model=m, ctok=ctok_for(rng, "cot", m), status=pick_status(rng, 0.01),
                         ip=host[0], asn=host[1], ua=ua, dev=W.tls_fp(ua))


CAMPAIGNS = [c_harmattan_farm, c_hydra_sahel, c_gabarit_wrapper, c_paraphrase_fleuve, c_coverage_code, c_agentic_sweep,
             c_launch_rush, c_slow_baobab, c_resi_rotator, c_polyglot, c_insider_ministere, c_trace_vpn, c_edtech_clone,
             c_cron_swarm]
