"""Attack campaigns, part A: launch_sprint, polyglot, night_school, key_bazaar."""
from __future__ import annotations

from common import Convo, chat_text, lognorm, pick_model
from corpus import LANG_NAME, LANG_RU
from world import (BROWSERS, DAY, EP_CHAT, EP_STREAM, HOUR, MIN, NEW, OLD, RELEASE, SDK_PY, Acct, aged, devkey, hexid,
                   ip_in, passkey, poisson, poisson_times, pool, sessions)

A = "attack"


def launch_sprint(w, s, rng):
    """EASY. Sign-up waves right after the launch: fresh accounts with $5 crypto top-ups, run from ten
    cloned VPS images (one software device key per image), lock-step rounds, one fixed CoT wrapper,
    consecutive slices of GSM8K-train/MATH. When credit runs out (402) the account is abandoned and a
    later wave replaces it."""
    C = w.corpus
    camp = "launch_sprint"
    wrap_g = ("Solve the following problem. Think step by step, showing every intermediate calculation, "
              "then give the final answer after '####'.\n\n{q}")
    wrap_m = ("Solve the following problem. Think step by step, showing every intermediate calculation, "
              "then give the final answer in \\boxed{{}}.\n\n{q}")
    bank = [(wrap_g, q) for q in C.t["gsm8k"][:7473]] + [(wrap_m, q) for q in C.t["math"]]
    start = rng.randrange(len(bank))
    images = []
    for _ in range(10):
        asn = rng.choice([20473, 20473, 14061])
        images.append((devkey(rng, "sw"), [(ip_in(rng, asn), asn) for _ in range(rng.randint(2, 3))],
                       rng.randrange(15 * MIN)))
    waves = [(40 * MIN, 55), (2 * HOUR, 35), (5 * HOUR, 30), (9 * HOUR, 20), (16 * HOUR, 20), (26 * HOUR, 20)]
    cursor = start
    for off, size in waves:
        wt = RELEASE + off
        if wt >= w.t1:
            break
        for _ in range(w.n(size)):
            dev, ips, phase = rng.choice(images)
            created = wt + rng.randrange(12 * MIN)
            a = Acct(rng, "launch_sprint", A, camp, rng.choice(["JM", "JM", "TT"]), created,
                     pay="crypto:usdc-base:" + hexid(rng, 48), device=dev, ua=SDK_PY[2])
            a.home = rng.choice(ips)
            budget = rng.uniform(70_000, 220_000)
            used, n402 = 0, 0
            # image controller rounds every 15 min at the image's phase
            t = created + 2 * MIN
            t = t - (t - phase) % (15 * MIN) + 15 * MIN + phase % 1000
            while t < w.t1 and n402 < 4:
                for _ in range(rng.choice([1, 1, 2])):
                    wrap, q = bank[cursor % len(bank)]
                    cursor += 1
                    text = wrap.format(q=q)
                    ts = t + rng.randrange(30_000)
                    if used > budget:
                        s.emit(a, ts, text, 0, model=NEW, status=402)
                        n402 += 1
                        continue
                    ct = lognorm(rng, 620, 0.4)
                    used += ct + len(text) // 4
                    s.emit(a, ts, text, ct, model=NEW, endpoint=EP_CHAT)
                t += 15 * MIN + rng.randrange(-20_000, 20_000)


WRAPS = ["Переведи на {ru} язык. Выведи только перевод.\n\n{t}", "Translate into {en}. Output only the translation.\n\n{t}",
         "Перевод на {ru}, сохрани формат и формулы:\n{t}", "{en} translation (keep LaTeX and code unchanged):\n\n{t}",
         "Нужен точный перевод текста на {ru}:\n\"\"\"\n{t}\n\"\"\"", "Translate the text below into {en}, preserving meaning exactly.\n---\n{t}"]
SOLVE = ["Теперь реши эту задачу на {ru} языке, рассуждая по шагам.", "Now answer it in {en}, reasoning step by step.",
         "Ответь на переведённый вопрос на {ru} языке, подробно объясняя ход мысли."]


def polyglot(w, s, rng):
    """MEDIUM. A parallel-corpus harvest: every source text is translated into ten CIS languages, one
    language per account, within a couple of hours; a third get a 'now solve it in that language'
    follow-up. Aged accounts on Russian/European VPS IPs, paid through the same Telegram credit
    resellers ordinary users in Russia use; raw HTTP clients with no device key."""
    C = w.corpus
    camp = "polyglot"
    langs = ["ru", "kk", "uz", "ky", "hy", "ka", "az", "uk", "be", "tg"]
    per_lang = max(1, w.n(80) // len(langs))
    accts: dict[str, list] = {}
    for lang in langs:
        for _ in range(per_lang):
            a = Acct(rng, "polyglot", A, camp, rng.choice(["KZ", "GE", "RU"]), aged(rng, 20, 120),
                     pay=rng.choice(w.resellers[2:]) if rng.random() < 0.6 else "crypto:usdt-trc20:" + hexid(rng, 48),
                     device=None if rng.random() < 0.6 else devkey(rng, "sw"), ua=rng.choice(["python-httpx/0.27.0", "aiohttp/3.9.5"]))
            asn = rng.choice([49505, 9123, 200350, 24940])
            a.home = (ip_in(rng, asn), asn)
            a.keys.append("key_" + hexid(rng, 48))
            accts.setdefault(lang, []).append(a)
    items_per_day = per_lang * 105
    for t in poisson_times(rng, w.t0, w.t1, items_per_day, 3, "nightrun"):
        src = C.pick(rng, rng.choice(["arena_text", "gsm8k", "gsm8k", "si", "math"]))
        model = NEW if t >= RELEASE + 30 * MIN else OLD
        for lang in langs:
            a = rng.choice(accts[lang])
            ts = t + rng.randrange(0, 2 * HOUR)
            text = rng.choice(WRAPS).format(ru=LANG_RU[lang], en=LANG_NAME[lang], t=src)
            ct = int(len(src) / 2.2 * rng.uniform(0.9, 1.2)) + 20
            key = a.keys[rng.random() < 0.5]
            s.emit(a, ts, text, ct, model=model, endpoint=EP_CHAT, key=key)
            if rng.random() < 0.33:
                follow = rng.choice(SOLVE).format(ru=LANG_RU[lang], en=LANG_NAME[lang])
                s.emit(a, ts + rng.randrange(8000, 60000), follow, lognorm(rng, 900, 0.4), model=model,
                       endpoint=EP_CHAT, key=key, extra_pt=len(text) // 3 + ct)


OPEN = ["", "", "Hi! ", "Quick one: ", "Revising for my exam and stuck on this. ", "Can you help with this? ",
        "Homework question - ", "ok so ", "Hello, ", "Practice problem: ", "From a past paper: "]
ASK = ["Could you walk me through it step by step?", "Please explain each step of the reasoning.",
       "Show the full working, I want to understand how you get there.", "Talk me through your thinking as you solve it.",
       "What's the method here? Go slowly.", "Explain it like a tutor would, one step at a time.",
       "How would you approach this, and why?", "I need to see every step, not just the answer.",
       "Can you reason it out carefully before answering?", "Explain your thought process in detail.",
       "Walk through the logic behind each step please", "Break it down for me."]
CLOSE = ["", "", "", " Thanks!", " Cheers.", " thank you", " :)", " Much appreciated."]


def _paraphrase(rng, q: str) -> str:
    o, k, c = rng.choice(OPEN), rng.choice(ASK), rng.choice(CLOSE)
    r = rng.random()
    if r < 0.4:
        text = f"{o}{q}\n\n{k}{c}"
    elif r < 0.75:
        text = f"{o}{k}\n\n{q}{c}"
    else:
        text = f"{o}{q} {k.lower()}{c}"
    return text.lower() if rng.random() < 0.15 else text


def night_school(w, s, rng):
    """HARD. Slow drip from aged accounts that each look like one UK/Irish learner: a per-account
    slice of MATH problems walked in order of difficulty (length as proxy), every wrapper paraphrased,
    a third ordinary chat as cover, evening sessions through residential proxy exits (new home IP
    each session), distinct cards and passkeys. The only tell a scheduler leaves: sessions open
    in the first minutes after :00 or :30."""
    C = w.corpus
    camp = "night_school"
    bank = list(C.t["math"])
    rng.shuffle(bank)
    n = w.n(130)
    per = max(10, len(bank) // n)
    res = [2856, 5089, 5607, 5378]
    for i in range(n):
        region = rng.choice(["GB", "GB", "GB", "IE", "IS"])
        a = Acct(rng, "night_school", A, camp, region, aged(rng, 90, 600), pay="card:" + hexid(rng, 48),
                 device=passkey(rng), ua=rng.choice(BROWSERS))
        mine = sorted(bank[(i * per) % len(bank):(i * per) % len(bank) + per], key=len)
        k = 0
        n_ev = poisson(rng, rng.uniform(14, 30) * w.days)
        times = sessions(rng, w.t0, w.t1, n_ev, a.tz, "home", a.profile, "life", 8, 50, 260)
        cv = Convo()
        sess_start, net, shift = -10 ** 15, a.home, 0
        for ts in times:
            if ts - sess_start > 20 * MIN:
                sess_start = ts
                base = ts - ts % (30 * MIN) + 30 * MIN + rng.randrange(5 * MIN)
                shift = base - ts
                asn = rng.choice(res)
                net = (ip_in(rng, asn), asn)
            ts += shift
            if ts >= RELEASE and rng.random() < 0.65:
                q = mine[min(k, len(mine) - 1)]
                k += 1
                text, ct, extra = _paraphrase(rng, q), lognorm(rng, 900, 0.4), 0
            else:
                text, ct = chat_text(rng, C, a, 0.0)
                text, extra = cv.step(rng, ts, text, ct, 0.25)
            s.emit(a, ts, text, ct, model=NEW if ts >= RELEASE else OLD, endpoint=EP_STREAM, net=net, extra_pt=extra)


AGENT_WRAP = ("You are an autonomous software agent. Work through the task below. First write a numbered plan, "
              "then reason about edge cases step by step, then give the final code in one block, then explain it.\n\nTask:\n{q}")
COT_WRAP = "Q: {q}\nA: Let's think step by step."


def key_bazaar(w, s, rng):
    """MEDIUM. API keys leaked from hobby developers' public repositories and resold. The owner keeps
    using the key lightly from home; from the leak on, the same key also runs 24/7 agent-style and
    CoT harvest from VPN exits and WARP with a bare HTTP client, until the victim's prepaid credit
    is gone (then 402s for everyone on that account)."""
    C = w.corpus
    camp = "key_bazaar"
    code_bank = C.t["humaneval"] + C.t["mbpp"]
    for _ in range(w.n(60)):
        region = rng.choice(["GB", "GB", "IE", "ZA", "US", "US", "IL", "JM"])
        a = Acct(rng, "key_bazaar", A, camp, region, aged(rng, 60, 900), pay="card:" + hexid(rng, 48),
                 device=devkey(rng, "tpm"), ua=rng.choice(SDK_PY))
        leak = RELEASE + int(rng.expovariate(1 / (8 * HOUR))) - rng.choice([0, 0, 6 * HOUR])
        budget = rng.uniform(120_000, 1_200_000)
        events = []
        n_own = poisson(rng, rng.uniform(2, 12) * w.days)
        for ts in sessions(rng, w.t0, w.t1, n_own, a.tz, "home", a.profile, "life", 3, 20, 300):
            text, ct = (C.pick(rng, "arena_code"), lognorm(rng, 500, 0.6)) if rng.random() < 0.5 else chat_text(rng, C, a, 0.1)
            events.append((ts, 0, text, ct))
        rate = rng.uniform(150, 400)
        for ts in poisson_times(rng, max(w.t0, leak), w.t1, rate):
            if rng.random() < 0.55:
                text, ct = AGENT_WRAP.format(q=rng.choice(code_bank)), lognorm(rng, 1100, 0.4)
            else:
                text, ct = COT_WRAP.format(q=C.pick(rng, "gsm8k")), lognorm(rng, 450, 0.4)
            events.append((ts, 1, text, ct))
        events.sort(key=lambda e: e[0])
        used, h402, net, n_since = 0, 0, None, 99
        hua = rng.choice(["curl/8.5.0", "Go-http-client/2.0", "python-requests/2.32.3"])
        for ts, thief, text, ct in events:
            broke = used > budget
            if thief:
                if broke and h402 >= 6:
                    continue
                if n_since > rng.randint(10, 50):
                    net = w.vpn_exit(rng) if rng.random() < 0.6 else rng.choice(w.warp)
                    n_since = 0
                n_since += 1
                h402 += broke
                s.emit(a, ts, text, ct, model=NEW, endpoint=EP_CHAT, net=net, ua=hua, device=None,
                       status=402 if broke else 200)
            else:
                s.emit(a, ts, text, ct, model=pick_model(rng, ts, 0.6), endpoint=EP_CHAT, status=402 if broke else 200)
            if not broke:
                used += ct + len(text) // 4
