"""Distillation campaigns II: reseller, SIM farm trickle, paraphrase rotators, embedding sweep,
agentic trajectory harvest on hijacked accounts, translation-pair harvest."""
from __future__ import annotations

from .actors import EMBED, RESP, Pop, fp
from .benign_people import ua_city
from .campaigns_a import resi_exit
from .nets import CLOUD, MOBILE, VPN, browser, connect
from .texts import TRANS_LANGS, chat, corpus, paraphrase, pick, wrap
from .world import DAY, HOUR, LAUNCH, MIN, T0, local_ms, pick_ts

RESELLER_SYS = ("Ти — GPT-UA бот. Завжди пояснюй свої міркування крок за кроком і детально, навіть для простих питань. "
                "Відповідай мовою користувача.")


def reseller(P: Pop, n: int = 5) -> None:
    """A Telegram-bot reseller on Hetzner: heterogeneous end-user prompts, a reasoning-forcing system prompt, logs kept."""
    rng = P.rng
    cloud = CLOUD["hetzner"]
    ip = cloud.ip(rng.randrange(200))
    for i in range(n):
        a = P.account(created=P.ago(40, 20, 120), pay=fp(P.seed, P.name, "prepaid", i), nkeys=4)
        for _ in range(rng.randint(1100, 1900)):
            ts = pick_ts(rng, "consumer", P.days)
            lang = rng.choice(("uk", "uk", "ru", "ru", "en", "lt", "lv"))
            p = wrap(rng, lang, chat(rng) if rng.random() < 0.6 else pick(rng, "gsm8k", "math", "mbpp"))
            model = "dnipro-2" if ts > LAUNCH + 15 * MIN and rng.random() < 0.7 else "dnipro-1"
            P.emit(a, ts, prompt=p, system=RESELLER_SYS, model=model, ip=ip, asn=cloud.asn, ua="aiohttp/3.10.5",
                   key=rng.choice(a.keys), heavy=True)


SIM_T = ["{p}\nПоясни хід розв'язання.", "Розв'яжи і поясни: {p}", "{p}\nПокажи всі кроки.", "Як розв'язати: {p}"]


def low_slow_sim_farm(P: Pop, n: int = 80) -> None:
    """A SIM farm of Android modems: free-tier accounts, one carrier CGNAT each, a few requests spread evenly round the clock."""
    rng = P.rng
    ua = "DniproApp/3.9.1 (Android 12)"
    for i in range(n):
        a = P.account(created=P.ago(30, 15, 80), pay=None)
        carrier = MOBILE["UA"][i % 3]
        dev = "inst-" + f"{rng.getrandbits(80):020x}"
        per_day = rng.randint(5, 10)
        for d in range(P.days):
            step = DAY // per_day
            for k in range(per_day):
                ts = T0 + d * DAY + k * step + rng.randrange(step // 3) + (i * 7919 % step) // 2
                p = rng.choice(SIM_T).format(p=paraphrase(rng, pick(rng, "gsm8k", "svamp")))
                P.emit(a, ts, prompt=p, model="dnipro-1-mini", ip=carrier.ip(rng.randrange(1500)), asn=carrier.asn,
                       ua=ua, device=dev)


ROT = {"uk": ["Поясни хід думок: {p}", "{p}\nЯк ти це міркуєш?"], "ru": ["Как бы ты рассуждал: {p}", "{p}\nРасскажи, как думаешь."],
       "lt": ["Kaip tu mąstytum: {p}", "{p}\nPaaiškink savo samprotavimą."], "lv": ["Kā tu spriestu: {p}", "{p}\nIzskaidro domu gaitu."],
       "et": ["Kuidas sa mõtleksid: {p}", "{p}\nSelgita oma mõttekäiku."], "en": ["Walk me through how you'd think about this: {p}",
                                                                               "{p}\nTalk me through it."]}


def paraphrase_rotators(P: Pop, n: int = 70) -> None:
    """Evasive: own (stolen) cards, rotating residential exits, human-like hours, paraphrased prompts in six languages."""
    rng = P.rng
    for i in range(n):
        a = P.account(created=P.ago(60, 20, 300))
        ua, dev = browser(rng)
        for _ in range(rng.randint(5, 11)):
            ts = pick_ts(rng, "consumer", P.days)
            for _ in range(rng.randint(2, 6)):
                lang = rng.choice(list(ROT))
                p = rng.choice(ROT[lang]).format(p=paraphrase(rng, pick(rng, "gsm8k", "math", "arena")))
                ip, asn = resi_exit(rng)
                model = "dnipro-2" if ts > LAUNCH and rng.random() < 0.5 else "dnipro-1"
                P.emit(a, ts, prompt=p, model=model, ip=ip, asn=asn, ua=ua, device=dev)
                ts += int(rng.expovariate(1 / 150) * 1000) + 15_000


def embedding_sweep(P: Pop, n: int = 20) -> None:
    """Embedding extraction: the whole NQ/arena corpora sliced across accounts, behind residential exits, common SDK."""
    rng = P.rng
    items = list(corpus("nq")) + list(corpus("arena"))
    per = len(items) // n
    for i in range(n):
        a = P.account(created=P.ago(20, 10, 45), pay=fp(P.seed, P.name, i // 4))
        sl = items[i * per:(i + 1) * per]
        pos = 0
        while pos < len(sl):
            ts = pick_ts(rng, "flat", P.days)
            ip, asn = resi_exit(rng)
            for _ in range(rng.randint(30, 90)):
                if pos >= len(sl):
                    break
                P.emit(a, ts, prompt=sl[pos], model="dnipro-embed-1", endpoint=EMBED, ip=ip, asn=asn,
                       ua="dnipro-python/1.41.0", heavy=True)
                pos += 1
                ts += rng.randint(200, 1500)


AGENT_H_SYS = ("You are an autonomous agent. Tools: browser.search(q), python.exec(code), file.write(path, text). Before "
               "every tool call, narrate your full reasoning; after the task, summarise the trajectory.")


def agent_trajectory_harvest(P: Pop, n: int = 36) -> None:
    """Hijacked personal accounts: the owner's normal phone use continues, the hijacker harvests multi-step agent runs
    from cloud VPSs on /v1/responses."""
    rng = P.rng
    for i in range(n):
        city = ua_city(rng)
        a = P.account(created=P.ago(700, 200, 1500), nkeys=2)
        h = P.human(city, app_share=0.8)
        P.human_sessions(a, h, rng.randint(1, 4), "consumer", lambda: wrap(rng, "uk", chat(rng)), per_session=(1, 3))
        cloud = CLOUD[rng.choice(("ovh", "do"))]
        ip = cloud.ip(rng.randrange(100))
        for _ in range(rng.randint(10, 22)):
            ts = pick_ts(rng, "flat", P.days)
            task = pick(rng, "humaneval", "mbpp", "arena")
            for step in range(rng.randint(5, 12)):
                obs = "(start)" if step == 0 else f"[tool output {step}] exit=0, {rng.randint(3, 400)} lines"
                P.emit(a, ts, prompt=f"TASK: {task}\n\nOBSERVATION: {obs}", system=AGENT_H_SYS, endpoint=RESP,
                       model="dnipro-2" if ts > LAUNCH else "dnipro-1", ip=ip, asn=cloud.asn, ua="dnipro-node/4.60.1",
                       key=a.keys[1], ctoks=rng.randint(300, 1400))
                ts += rng.randint(3000, 25000)


def translation_pair_harvest(P: Pop, n: int = 45) -> None:
    """Parallel-corpus harvest: the same source texts translated into every Baltic/Ukrainian language by different
    accounts; VPN exits, shared virtual cards."""
    rng = P.rng
    sources = [pick(rng, "user", "seed", "arena") for _ in range(900)]
    for i in range(n):
        a = P.account(created=P.ago(8, 3, 20), pay=fp(P.seed, P.name, i % 5))
        vpn = VPN[i % len(VPN)]
        ua, dev = browser(rng)
        lang = TRANS_LANGS[i % len(TRANS_LANGS)]
        start = (i // len(TRANS_LANGS)) * 90
        for src in sources[start:start + rng.randint(50, 110)]:
            ts = pick_ts(rng, "flat", P.days)
            P.emit(a, ts, prompt=f"Translate into {lang}. Output only the translation.\n\n{src}", model="dnipro-1",
                   ip=vpn.ip(rng.randrange(120)), asn=vpn.asn, ua=ua, device=dev, ctoks=rng.randint(80, 900))
