"""Campaigns 6-9: edtech-app mimicry, release A/B diffing, residential-proxy hydra,
and aged sleepers that follow the sun."""
from __future__ import annotations

from . import core as C
from . import prompts as P
from . import world as W

ATTACK = "attack"

# ------------------------------------------------------------------ C6 app mimicry
C6_ORGS = [("MatematikaKu", "ID", "id"), ("BelajarCerdas", "ID", "id"), ("PintarHitung", "ID", "id"),
           ("SagotMath", "PH", "tl"), ("TalinoTutor", "PH", "tl"), ("RumusKita", "ID", "id"),
           ("KuisMate", "PH", "tl"), ("GuruDigital", "ID", "id")]
C6_SYS = {
    "id": ("Kamu adalah Kak {bot}, tutor matematika untuk siswa SMP-SMA di aplikasi {app}. Jelaskan langkah demi langkah dengan "
           "bahasa sederhana, tuliskan alasan setiap langkah, beri satu pertanyaan pemeriksaan di akhir, dan jangan langsung "
           "memberi jawaban akhir tanpa penjelasan."),
    "tl": ("You are {bot}, a friendly maths tutor for Filipino senior-high students using {app}, following the DepEd "
           "curriculum. Explain step by step and give the reason for each step, in English or Taglish matching the student, "
           "and end with a quick check question."),
}
C6_FOLLOW = {"id": ["Jelaskan cara lain untuk menyelesaikan soal ini.", "Kenapa langkah kedua seperti itu? Jelaskan lebih rinci.",
                    "Coba selesaikan dengan metode yang berbeda dan bandingkan."],
             "tl": ["Can you show another way to solve it po?", "Bakit po ganun yung step 2? Paki-explain pa.",
                    "Pwede po bang ibang method, tapos i-compare?"]}


def c6_app_mimic(ctx, n=80):
    """Careful: eight shell 'edtech' companies copy the shape of the real tutoring apps: a paraphrased tutor
    system prompt, one key per 'partner school', Google Cloud Jakarta egress, school-hours cadence, invoice
    billing. The difference is what is asked: the whole MATH competition set walked subject by subject at the
    hard end, each item followed by 'solve it another way'."""
    rng = ctx.rng("c6")
    camp = "c6_edtech_app_mimicry"
    per = max(1, ctx.n(n) // len(C6_ORGS))
    math_items = list(range(len(P.corpus("math"))))
    rng.shuffle(math_items)
    cursor = 0
    for name, cc, lang in C6_ORGS:
        org = "org_" + name.lower() + W.rid(rng, 5)
        egress = C.Pool(396982, ctx.pool("c6/" + name, 396982, 4, prefix=f"34.101.{rng.randrange(64, 250)}.0/24"))
        sys = C6_SYS[lang].format(bot=name[:5], app=name)
        created0 = C.created_before(rng, 40, 150)
        ua = rng.choice(("node_sdk", "dart"))
        for _ in range(per):
            a = ctx.account(rng, camp, label=ATTACK, campaign=camp, created_at=created0 + rng.randrange(20 * W.DAY), org_id=org,
                            payment="invoice_" + org, ua=ua, cc=cc, net=egress, lang=lang)
            total = C.volume(rng, 48.0, ctx.days, 0.5)
            dist = C.hd(ctx, "school", a.tz)
            times = C.session_times(rng, total, dist, per_session=2, gap_s=70, min_gap_s=8)
            pending = None
            prev = ""
            for ts in times:
                ptoks = None
                if pending is not None and rng.random() < 0.8:
                    p = pending
                    pending = None
                    ptoks = P.prompt_tokens(sys, prev + p, int(rng.uniform(350, 900)))  # prior turn and answer
                else:
                    r = rng.random()
                    if r < 0.7:
                        q = P.corpus("math")[math_items[cursor % len(math_items)]]
                        cursor += 1
                    else:
                        q = P.pick(rng, "gsm8k")
                    p = rng.choice(P.STEP[lang]).format(p=q) if rng.random() < 0.7 else q
                    pending = rng.choice(C6_FOLLOW[lang])
                    prev = p
                model = W.NEW_MODEL if ts > W.RELEASE_MS + 3 * W.HOUR and rng.random() < 0.6 else W.OLD_MODEL
                ctx.emit(rng, a, ts, p, sys, "math_cot", model, ptoks=ptoks)


# ------------------------------------------------------------------ C7 release diffing
C7_SUFFIX = ["", "\n\nThink through this carefully before answering.", "\n\nReason step by step.", ""]


def c7_release_diff(ctx, n=90):
    """Sloppy-medium: accounts pre-staged three days before the launch and silent until it; within minutes of the
    release every prompt is sent to the new model and, seconds later, to the old one (and sometimes the mini), to
    harvest exactly what the new model does better. Six /24s on two Chinese-owned clouds in Singapore, six cards."""
    rng = ctx.rng("c7")
    camp = "c7_release_ab_diff"
    cards = [W.card_fp(rng) for _ in range(6)]
    nets = [(45102, ctx.pool(f"c7/ali{i}", 45102, 20)) for i in range(3)] + [(132203, ctx.pool(f"c7/tc{i}", 132203, 20)) for i in range(3)]
    staged = W.RELEASE_MS - 3 * W.DAY - 5 * W.HOUR
    srcs = {"humaneval": 0.15, "mbpp": 0.25, "math": 0.3, "gsm8k": 0.15, "arena": 0.15}
    for j in range(ctx.n(n)):
        asn, ips = nets[j % 6]
        a = ctx.account(rng, camp, label=ATTACK, campaign=camp, created_at=staged + rng.randrange(3 * W.HOUR),
                        payment=cards[rng.randrange(6)], ua="go", cc="SG", net=C.Pool(asn, ips, sticky=0.7), lang="en")
        # one health check before the release
        ctx.emit(rng, a, W.START_MS + rng.randrange(int(0.5 * W.DAY)), "ping", "You are a helpful assistant.", "short", W.OLD_MODEL)
        ts = W.RELEASE_MS + int(rng.uniform(8, 45) * 60_000)
        pairs = C.volume(rng, 18.0, ctx.days, 0.3)
        mean_gap = (ctx.end_ms - ts) / max(1, pairs)
        for _ in range(pairs):
            ts += int(rng.expovariate(1 / mean_gap)) + 20_000
            if ts >= ctx.end_ms:
                break
            src, q = P.pick_mix(rng, srcs)
            p = q + rng.choice(C7_SUFFIX)
            kind = "code" if src in ("humaneval", "mbpp") else "math_cot" if src in ("math", "gsm8k") else "chat"
            ctx.emit(rng, a, ts, p, "You are a helpful assistant.", kind, W.NEW_MODEL)
            t2 = ts + int(rng.uniform(0.5, 6) * 1000)
            ctx.emit(rng, a, t2, p, "You are a helpful assistant.", kind, W.OLD_MODEL)
            if rng.random() < 0.25:
                ctx.emit(rng, a, t2 + int(rng.uniform(0.5, 4) * 1000), p, "You are a helpful assistant.", kind, W.MINI_MODEL)


# ------------------------------------------------------------------ C8 residential-proxy hydra
C8_COT = ["{p}\n\nArticulate the internal reasoning behind your answer and write it out step by step.",
          "Before answering, lay out your complete chain of reasoning, numbering each step.\n\n{p}",
          "{p}\n\nExplain your thought process in detail at every step, then state the final answer.",
          "Solve and show every reasoning step explicitly: {p}"]
C8_UAS = ("chrome_win", "chrome_android", "edge_win", "safari_ios")


def c8_hydra(ctx, n=200):
    """Medium: the reported 'hydra' shape. A controller drives 200 accounts through rotating residential and mobile
    proxy exits in Vietnam, Indonesia and Thailand, fires in waves every ~10 minutes, and mixes 40% ordinary chat
    with chain-of-thought harvesting. 15 cards and 25 browser profiles are recycled across the accounts."""
    rng = ctx.rng("c8")
    camp = "c8_resi_proxy_hydra"
    exits = [7552, 45899, 18403, 7713, 23700, 7470, 45758, 23693, 131429, 131445]
    proxy = C.Proxy(exits)
    cards = [W.card_fp(rng) if i % 3 else W.wallet_fp(rng, "VN") for i in range(15)]
    profiles = [("inst_" + f"{rng.getrandbits(64):016x}", W.UA[rng.choice(C8_UAS)]) for _ in range(25)]
    accts = []
    for j in range(ctx.n(n)):
        dev, ua = profiles[j % 25]
        cc = rng.choice(("VN", "ID", "TH"))
        a = ctx.account(rng, camp, label=ATTACK, campaign=camp, created_at=C.created_before(rng, 5, 40),
                        payment=cards[j % 15], ua=ua, device=dev, cc=cc, net=proxy, lang=W.COUNTRIES[cc][1][0])
        accts.append(a)
    t = W.START_MS + rng.randrange(600_000)
    base = 24.0 * len(accts) / 144.0  # requests per 10-minute wave
    boost = W.release_boost(1.6, 18, 0.5)
    while t < ctx.end_ms:
        k = W.poisson(rng, base * boost(t) / 2.0)
        for a in rng.sample(accts, min(k, len(accts))):
            ts = t + rng.randrange(25_000)
            ip, asn = a.net.at(rng, ts)
            for _ in range(rng.choice((1, 2, 2, 3))):
                if rng.random() < 0.6:
                    src = rng.choice(("gsm8k", "math", "mbpp", "math", "humaneval"))
                    p, kind = rng.choice(C8_COT).format(p=P.pick(rng, src)), "math_cot" if src in ("gsm8k", "math") else "code"
                else:
                    p, kind = C.chat_prompt(rng, a.lang)
                model = W.NEW_MODEL if ts > W.RELEASE_MS + 30 * 60_000 else W.OLD_MODEL
                ctx.emit(rng, a, ts, p, P.sys_for(rng), kind, model, ip=ip, asn=asn)
                ts += int(rng.uniform(5, 40) * 1000)
        t += int(rng.uniform(8.5, 11.5) * 60_000)


# ------------------------------------------------------------------ C9 sleepers
C9_ASK = ["Walk me through how you'd approach this first, then give the solution.\n\n{p}",
          "{p}\n\nBefore the code, talk through the approach and edge cases.",
          "I'm preparing for an interview. {p}\nExplain how you think about it.",
          "{p}\n\nHow would you reason about this? I want to learn the method."]
C9_FOLLOW = ["Why did you choose that approach over the obvious alternative?", "What would change if the input were much larger?",
             "Can you double-check each step and point out where people usually go wrong?",
             "Explain the key insight again, more slowly."]


def c9_sleepers(ctx, n=60):
    """Careful: accounts aged for one to three years with light past use, each on its own home connection in a
    different city, its own card or e-wallet and its own device. They wake a few hours after the release and
    ask the new model at a local-evening pace, with follow-up turns and a third of ordinary chat."""
    rng = ctx.rng("c9")
    camp = "c9_aged_sleepers"
    for _ in range(ctx.n(n)):
        cc = W.pick_country(rng)
        ua = rng.choice(W.BROWSERS + ("py_sdk", "node_sdk", "vscode"))
        a = ctx.account(rng, camp, label=ATTACK, campaign=camp, created_at=W.START_MS - int(rng.uniform(380, 1100) * W.DAY),
                        payment=W.consumer_payment(rng, cc), ua=ua, install=True, cc=cc,
                        net=C.Home(rng, rng.choice(W.RES_BY_CC[cc]), ctx.days, churn=0.25))
        wake = W.RELEASE_MS + int(rng.uniform(2, 14) * W.HOUR)
        dist = W.HourDist("evening", a.tz, ctx.days, after=wake)
        total = C.volume(rng, 12.0, max(1, ctx.days - 1), 0.5)
        last = None
        for i, ts in enumerate(C.session_times(rng, total, dist, per_session=4, gap_s=200, min_gap_s=30)):
            r = rng.random()
            if last is not None and r < 0.25:
                p, kind = rng.choice(C9_FOLLOW), "math_cot"
                ptoks = P.prompt_tokens("", last + p, 600)
            elif r < 0.7:
                src = rng.choice(("humaneval", "mbpp", "math", "arena"))
                p = rng.choice(C9_ASK).format(p=P.pick(rng, src))
                kind, ptoks, last = ("math_cot" if src == "math" else "code"), None, p
            else:
                p, kind = C.chat_prompt(rng, a.lang)
                ptoks, last = None, None
            ctx.emit(rng, a, ts, p, P.sys_for(rng), kind, W.NEW_MODEL if rng.random() < 0.9 else W.OLD_MODEL, ptoks=ptoks)
