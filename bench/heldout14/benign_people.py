"""Benign individuals: consumers, students, power users, CIS users behind VPNs, release comparers."""
from __future__ import annotations

from common import HOMEWORK, HOMEWORK_TAIL, Convo, chat_text, lognorm, pick_model, status_for
from corpus import native
from world import (BROWSERS, DAY, EP_CHAT, EP_STREAM, HOUR, MIN, MOBILE, NEW, OLD, RELEASE, SDK_NODE, SDK_PY, Acct,
                   aged, devkey, hexid, ip_in, mobile_ip, passkey, poisson, sessions)

B = "benign"


def _weighted(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def consumers(w, s, rng):
    """Playground and mobile-app users. Families share an app-store family plan and often a synced passkey."""
    C = w.corpus
    regions = [("GB", 30), ("IE", 6), ("ZA", 15), ("IL", 11), ("KZ", 4), ("GE", 3), ("JM", 5), ("TT", 3), ("CR", 4),
               ("GT", 3), ("US", 14), ("IS", 2)]
    families: dict[str, list] = {}
    for _ in range(w.n(1900)):
        region = _weighted(rng, regions)
        created = aged(rng, 1, 900) if rng.random() > 0.03 else rng.randrange(RELEASE, w.t1)
        app = rng.random() < 0.45
        pay, dev = None, None
        r = rng.random()
        if r < 0.30:
            pay = "card:" + hexid(rng, 48)
        elif r < 0.50:
            fams = families.setdefault(region, [])
            if fams and rng.random() < 0.6 and len(fams[-1][2]) < 5:
                fam = fams[-1]
            else:
                fam = ((("appstore:fam:" if rng.random() < 0.6 else "play:fam:") + hexid(rng, 40)), passkey(rng), [])
                fams.append(fam)
            fam[2].append(1)
            pay = fam[0]
            if not app and rng.random() < 0.4:
                dev = fam[1]
        if dev is None:
            dev = devkey(rng, rng.choice(["se", "se", "sd"])) if app else passkey(rng)
        ua = rng.choice(MOBILE) if app else rng.choice(BROWSERS)
        a = Acct(rng, "consumers", B, None, region, created, pay=pay, device=dev, ua=ua)
        n = poisson(rng, lognorm(rng, 5, 0.9, 1, 80) * w.days)
        times = sessions(rng, max(w.t0, created), w.t1, n, a.tz, "home", a.profile, "life", 4, 15, 240)
        adopt = rng.uniform(0.3, 0.9)
        cv = Convo()
        for ts in times:
            text, ct = chat_text(rng, C, a, 0.35)
            text, extra = cv.step(rng, ts, text, ct)
            net = mobile_ip(rng, a) if app and rng.random() < 0.5 else a.home
            s.emit(a, ts, text, ct, model=pick_model(rng, ts, adopt), endpoint=EP_STREAM, net=net,
                   status=status_for(rng, pay is not None), extra_pt=extra)


def students(w, s, rng):
    """Pupils and undergraduates doing maths homework; classmates paste the same assignment problems;
    many sit behind a campus NAT; education-programme credits share one programme fingerprint."""
    C = w.corpus
    nat = {"ZA": [(ip_in(rng, 2018), 2018) for _ in range(10)], "GB": [(ip_in(rng, 786), 786) for _ in range(8)],
           "IL": [(ip_in(rng, 378), 378) for _ in range(5)]}
    left = w.n(450)
    while left > 0:
        region = _weighted(rng, [("ZA", 55), ("GB", 25), ("IL", 20)])
        size = min(left, rng.randint(15, 40))
        left -= size
        bank = "math" if region != "ZA" and rng.random() < 0.6 else rng.choice(["gsm8k", "svamp"])
        assignment = [C.pick(rng, bank) for _ in range(12)]
        campus = rng.sample(nat[region], 2)
        for _ in range(size):
            created = rng.randrange(w.t0 - 14 * DAY, w.t0) if rng.random() < 0.4 else aged(rng, 30, 500)
            r = rng.random()
            pay = w.edu_promo[region] if r < 0.6 else ("card:" + hexid(rng, 48) if r < 0.7 else None)
            app = rng.random() < 0.5
            a = Acct(rng, "students", B, None, region, created, pay=pay,
                     device=devkey(rng, rng.choice(["se", "sd", "sd"])) if app else passkey(rng),
                     ua=rng.choice(MOBILE) if app else rng.choice(BROWSERS))
            n = poisson(rng, lognorm(rng, 6, 0.8, 1, 60) * w.days)
            times = sessions(rng, max(w.t0, created), w.t1, n, a.tz, "student", a.profile, "life", 6, 30, 400)
            cv = Convo()
            for ts in times:
                r = rng.random()
                if r < 0.55:
                    q = rng.choice(assignment)
                    text = rng.choice(HOMEWORK) + q + rng.choice(HOMEWORK_TAIL)
                    ct = lognorm(rng, 480, 0.45)
                elif r < 0.75:
                    text = rng.choice(HOMEWORK) + C.pick(rng, bank) + rng.choice(HOMEWORK_TAIL)
                    ct = lognorm(rng, 480, 0.45)
                else:
                    text, ct = chat_text(rng, C, a, 0.2)
                text, extra = cv.step(rng, ts, text, ct, 0.3)
                h = ((ts // 1000 + int(a.tz * 3600)) // 3600) % 24
                if 8 <= h < 17 and rng.random() < 0.6:
                    net = rng.choice(campus)
                else:
                    net = mobile_ip(rng, a) if rng.random() < 0.4 else a.home
                s.emit(a, ts, text, ct, model=pick_model(rng, ts, 0.5), endpoint=EP_STREAM, net=net,
                       status=status_for(rng, pay is not None), extra_pt=extra)


ESSAY = ["Write a detailed, well-structured essay (about 2000 words) on: ", "Give me an exhaustive answer with sources I can check: ",
         "Think carefully and give a thorough analysis: ", "", "", "Long answer please. ", "Derive this step by step, rigorously: "]


def power_users(w, s, rng):
    """Heavy individual users: researchers, writers, quants. Long answers, long sessions, many on privacy VPNs."""
    C = w.corpus
    for _ in range(w.n(110)):
        region = _weighted(rng, [("GB", 35), ("IE", 8), ("IL", 20), ("US", 25), ("ZA", 12)])
        a = Acct(rng, "power_users", B, None, region, aged(rng, 100, 900), pay="card:" + hexid(rng, 48),
                 device=devkey(rng, "tpm"), ua=rng.choice(["TypingMind/2025.1.2", "ChatBox/1.9.8", SDK_PY[1], BROWSERS[1], BROWSERS[0]]))
        a.keys.append("key_" + hexid(rng, 48))
        vpn = rng.random() < 0.3
        n = poisson(rng, lognorm(rng, 70, 0.6, 15, 450) * w.days)
        times = sessions(rng, w.t0, w.t1, n, a.tz, "late", a.profile, "life", 14, 20, 300)
        cv = Convo()
        net = a.home
        for i, ts in enumerate(times):
            r = rng.random()
            system = None
            if r < 0.35:
                text, ct = C.pick(rng, "arena"), lognorm(rng, 900, 0.6)
            elif r < 0.55:
                system, text, ct = C.pick(rng, "awesome"), C.pick(rng, "si"), lognorm(rng, 700, 0.6)
            elif r < 0.75:
                text, ct = rng.choice(ESSAY) + C.pick(rng, rng.choice(["arena_text", "si", "nq"])), lognorm(rng, 1500, 0.5)
            elif r < 0.88:
                text, ct = rng.choice(ESSAY[-3:]) + C.pick(rng, "math"), lognorm(rng, 900, 0.5)
            else:
                text, ct = C.pick(rng, "arena_code"), lognorm(rng, 800, 0.5)
            text, extra = cv.step(rng, ts, text, ct, 0.35, 600_000)
            if vpn and (i == 0 or ts - times[i - 1] > 20 * MIN):
                net = w.vpn_exit(rng) if rng.random() < 0.8 else a.home
            s.emit(a, ts, text, ct, model=pick_model(rng, ts, 0.85, 0.0), endpoint=EP_STREAM, system=system,
                   net=net, key=a.keys[rng.random() < 0.3], status=status_for(rng, True, 0.02), extra_pt=extra)


RU_WRAP = ["Реши задачу и объясни по шагам: ", "Переведи на русский: ", "Объясни этот код: ", "Что здесь имеется в виду? ",
           "Сократи и перескажи: ", "Помоги ответить: "]
RU_BOT_SYS = ["Ты — дружелюбный ассистент в Telegram. Отвечай кратко и по-русски.",
              "Ты помощник для семейного чата. Отвечай на вопросы просто, без сложных терминов.",
              "Ты — репетитор по английскому. Исправляй ошибки и объясняй их."]


def cis_vpn(w, s, rng):
    """Users in Russia/Belarus reaching the API through VPNs, paying through Telegram resellers or crypto."""
    C = w.corpus
    vps_asns = [24940, 9123, 49505, 200350, 16276]
    for _ in range(w.n(320)):
        r = rng.random()
        if r < 0.45:
            pay = rng.choice(w.resellers[:2] + w.resellers)
        elif r < 0.63:
            pay = rng.choice(w.exchange_wallets)
        elif r < 0.80:
            pay = "crypto:usdt-trc20:" + hexid(rng, 48)
        elif r < 0.9:
            pay = "card:" + hexid(rng, 48)
        else:
            pay = None
        kind = _weighted(rng, [("chatbox", 35), ("bot", 15), ("script", 15), ("web", 35)])
        ua = {"chatbox": rng.choice(["ChatBox/1.9.8", "TypingMind/2025.1.2", "Cherry Studio/1.2.4"]), "bot": "aiogram/3.4.1",
              "script": rng.choice(["python-httpx/0.27.0", "aiohttp/3.9.5", SDK_PY[2]]), "web": rng.choice(BROWSERS)}[kind]
        dev = passkey(rng) if kind == "web" else (devkey(rng, "sw") if kind != "script" or rng.random() < 0.5 else None)
        a = Acct(rng, "cis_vpn_users", B, None, "RU", aged(rng, 10, 700), pay=pay, device=dev, ua=ua)
        own_vps = rng.random() < 0.5
        if own_vps:
            asn = rng.choice(vps_asns)
            a.home = (ip_in(rng, asn), asn)
        system = rng.choice(RU_BOT_SYS) if kind == "bot" else None
        rate = lognorm(rng, 50, 0.6, 10, 300) if kind == "bot" else lognorm(rng, 8, 0.8, 1, 80)
        n = poisson(rng, rate * w.days)
        times = sessions(rng, w.t0, w.t1, n, a.tz, "home", a.profile, "life", 5, 10, 200)
        net = a.home if own_vps else w.vpn_exit(rng)
        last = 0
        for ts in times:
            if not own_vps and ts - last > 30 * MIN:
                net = w.vpn_exit(rng)
            last = ts
            r = rng.random()
            if r < 0.45:
                text, ct = native(rng, "ru"), lognorm(rng, 350, 0.6)
            elif r < 0.70:
                src = C.pick(rng, rng.choice(["gsm8k", "si", "arena_text", "mbpp"]))
                text, ct = rng.choice(RU_WRAP) + src, lognorm(rng, 500, 0.6)
            else:
                text, ct = chat_text(rng, C, a, 0.0)
            s.emit(a, ts, text, ct, model=pick_model(rng, ts, 0.6), endpoint=EP_CHAT if kind != "web" else EP_STREAM,
                   system=system, net=net, status=status_for(rng, True))


def release_comparers(w, s, rng):
    """After the launch: bloggers, developers and the curious hit corvid-3 with the same viral prompts,
    often the same prompt to corvid-3 and corvid-2.5 side by side. Many sign up just for this."""
    C = w.corpus
    viral = [C.pick(rng, "arena_text") for _ in range(34)] + [C.pick(rng, "gsm8k") for _ in range(6)]
    edits = ["", "", "", "ok corvid-3, ", "Let's see if the new model can do this: ", "[test] "]
    regions = [("GB", 30), ("IE", 5), ("IL", 15), ("US", 25), ("ZA", 10), ("JM", 4), ("CR", 3), ("KZ", 3), ("IS", 5)]
    for _ in range(w.n(300)):
        region = _weighted(rng, regions)
        start = RELEASE + int(rng.expovariate(1 / (3 * HOUR)))
        if start >= w.t1:
            start = RELEASE + rng.randrange(HOUR)
        new = rng.random() < 0.4
        created = start - rng.randrange(20 * MIN) if new else aged(rng, 20, 800)
        sdk = rng.random() < 0.4
        a = Acct(rng, "release_comparers", B, None, region, created,
                 pay=None if new and rng.random() < 0.6 else "card:" + hexid(rng, 48),
                 device=devkey(rng, "tpm") if sdk else passkey(rng), ua=rng.choice(SDK_PY + SDK_NODE) if sdk else rng.choice(BROWSERS))
        n = rng.randint(8, 70)
        end = min(w.t1, start + int(rng.uniform(4, 30) * HOUR))
        if end <= start:
            continue
        times = sorted(start + int((end - start) * rng.random() ** 2.2) for _ in range(n))
        for ts in times:
            if rng.random() < 0.55:
                text = rng.choice(edits) + rng.choice(viral)
            else:
                text, _ = chat_text(rng, C, a, 0.2)
            ct = lognorm(rng, 600, 0.6)
            s.emit(a, ts, text, ct, model=NEW, endpoint=EP_CHAT if sdk else EP_STREAM, status=status_for(rng, False))
            if rng.random() < 0.4:
                s.emit(a, ts + rng.randrange(2000, 40000), text, lognorm(rng, 500, 0.6), model=OLD,
                       endpoint=EP_CHAT if sdk else EP_STREAM)
