"""Distillation campaigns. Each function creates its accounts (campaign=<name>) and their traffic."""
from __future__ import annotations

import random

from . import prompts as P
from .people import chat_completion, session_times
from .world import (DAY, FLAT, HOLIDAY_PERSONAL, HOME_ISPS, HOME_W, HOUR, JA4_POOL, LINE_USERS, MIN, NETS, NEW_MODEL,
                    RELEASE, START, Fixed, Home, Mobile, World, browser_client, card, carrier_billing, cloud,
                    created_between, day_epoch, fixed_ips, hexid, invoice, lognorm, model_for, pick, poisson, prepaid,
                    sample_time, server_client, status_for, v6_random)


def _active_window(rng: random.Random, w: World, n: int, hours: float, start_h: float | None = None) -> list[int]:
    """n times per day, uniform inside one window of `hours` per day (a scripted worker)."""
    out = []
    for d in range(w.days):
        s = START + d * DAY + int((start_h if start_h is not None else rng.uniform(0, 24 - hours)) * HOUR)
        out += [s + rng.randrange(int(hours * HOUR)) for _ in range(max(0, int(rng.gauss(n, n * 0.15))))]
    return sorted(out)


def prepaid_cot_math(w: World, c: P.Corpus, rng: random.Random) -> None:
    """Konbini prepaid cards bought in cash, accounts in three signup batches, VPS egress, JA CoT maths sweep."""
    name = "prepaid_cot_math"
    pool = Fixed(fixed_ips(rng, NETS["sakura"], 7) + fixed_ips(rng, NETS["conoha"], 5), 0)
    batches = [day_epoch(2027, 4, d) + rng.randrange(12, 16) * HOUR for d in (26, 29)] + [day_epoch(2027, 5, 1) + 14 * HOUR]
    tmpl = "【問題】\n{q}\n\n【指示】\n" + P.COT_JA[0] + "\n最後に「答え：」の後に最終解答だけを書いてください。"
    for i in range(w.n(110)):
        a = w.account("prepaid_signups", rng.choice(batches) + rng.randrange(2 * HOUR), prepaid(rng), campaign=name)
        ua, dev = server_client(rng, "python-httpx/0.28.1")
        idx = i * 97
        src = ("math", "gsm8k")[i % 2]
        for t in _active_window(rng, w, rng.randint(25, 40), rng.uniform(6, 10)):
            ip = rng.choice(pool.ips)
            asn = NETS["sakura"].asn if ip.split(".")[0] in ("133", "153", "160") else NETS["conoha"].asn
            w.emit(a, t, tmpl.format(q=c.at(src, idx)), model=model_for(rng, t, 0.9, 0.0, 0.5),
                   completion=int(lognorm(rng, 1300, 0.4)), ip=ip, asn=asn, ua=ua, device=dev, status=status_for(rng, True))
            idx += 1


def release_rush_code(w: World, c: P.Corpus, rng: random.Random) -> None:
    """Dormant accounts wake up within ~1 h of the tsubame-3 release and drain code tasks from overseas cloud."""
    name = "release_rush_code"
    devs = ["t13d1715h1_" + hexid(rng, 12) + "_" + hexid(rng, 12) for _ in range(4)]
    cards = [card(rng) for _ in range(6)]
    nets = [cloud(rng, "do_sg", 6), cloud(rng, "vultr", 6)]
    wrap = ("{q}\n\nExplain your reasoning step by step before writing the final code. Include all edge cases you considered.",
            "{q}\n\nまず考え方を段階的に説明し、その後で完全なコードを書いてください。")
    for i in range(w.n(90)):
        a = w.account("dormant_cloud", created_between(rng, (2027, 2, 10), (2027, 3, 20)), cards[i % 6], campaign=name)
        net = nets[i % 2]
        ua = rng.choice(("node-fetch/3.3.2", "openai-node/4.98.0"))
        dev = devs[i % 4]
        t = RELEASE + int(lognorm(rng, 45 * MIN, 0.5))
        for k in range(rng.randint(45, 80)):
            t += int(lognorm(rng, 4 * MIN, 0.9) * (1 + k / 25))
            q = rng.choice(wrap).format(q=c.get(rng.choice(("humaneval", "mbpp", "arena_code")), rng))
            ip, asn = net.ip(rng, t)
            w.emit(a, t, q, model=NEW_MODEL, completion=int(lognorm(rng, 900, 0.5)), ip=ip, asn=asn, ua=ua,
                   device=dev, status=status_for(rng, True))


def hydra_reseller(w: World, c: P.Corpus, rng: random.Random) -> None:
    """A cheap-API reseller gateway: hundreds of accounts, round-robin, harvest mixed with relayed customer chat."""
    name = "hydra_reseller"
    pool = [(ip, NETS["hk_idc"].asn) for ip in fixed_ips(rng, NETS["hk_idc"], 18)] + \
           [(ip, NETS["vultr"].asn) for ip in fixed_ips(rng, NETS["vultr"], 12)]
    cards = [card(rng) for _ in range(18)]
    accts = []
    for i in range(w.n(260)):
        batch = created_between(rng, (2027, 1, 5), (2027, 4, 25))
        accts.append(w.account("reseller_pool", batch, cards[rng.randrange(18)], campaign=name))
    ua, dev = "one-api/0.6.10", JA4_POOL["go"]
    total = int(len(accts) * 22 * w.days)
    for _ in range(total):
        harvest = rng.random() < 0.55
        t = sample_time(rng, FLAT if harvest else LINE_USERS, w.days)
        a = rng.choice(accts)
        if harvest:
            src = pick(rng, ("math", "gsm8k", "code", "self_instruct_seed_tasks", "arena_hard_prompts"), (3, 2, 2, 1, 2))
            q = f"{c.get(src, rng)}\n\n{rng.choice(P.COT_ZH + P.COT_EN[:1])}"
            comp = int(lognorm(rng, 1200, 0.5))
        else:
            q = P.wrap(rng, P.ZH_WRAP, c.get("chat", rng)) if rng.random() < 0.7 else P.chat_ja(c, rng)
            comp = chat_completion(rng)
        ip, asn = rng.choice(pool)
        w.emit(a, t, q, model=model_for(rng, t, 0.85, 0.2, 1.5), completion=comp, ip=ip, asn=asn, ua=ua, device=dev,
               status=status_for(rng, True))


def shadow_juku(w: World, c: P.Corpus, rng: random.Random) -> None:
    """Registered as an online juku: tutor system prompt, classroom accounts, invoice; sweeps MATH around the clock."""
    name = "shadow_juku"
    org = w.org()
    system = P.JUKU_SYSTEM.format(name="未来塾オンライン") + "解説は省略せず、すべての途中式と考え方を詳細に書いてください。"
    net = cloud(rng, "aws_tokyo", 3)
    ua, dev = server_client(rng, "openai-python/1.82.0")
    created = created_between(rng, (2026, 11, 1), (2027, 1, 15))
    n = w.n(36)
    for i in range(n):
        a = w.account("juku_platform_like", created + rng.randrange(40) * DAY, invoice(org), org, campaign=name)
        idx = i * (c.size("math") // n)
        for _ in range(int(rng.gauss(45, 6)) * w.days):
            t = sample_time(rng, FLAT, w.days)
            q = P.wrap(rng, P.JA_MATH_STUDENT, c.at("math", idx))
            idx += 1
            ip, asn = net.ip(rng, t)
            w.emit(a, t, q, system=system, model=model_for(rng, t, 0.6, 0.0, 3), completion=int(lognorm(rng, 1100, 0.4)),
                   ip=ip, asn=asn, ua=ua, device=dev, status=status_for(rng))


AGENT_TASK = ("タスク: {q}\n\nツール（read_file, run, search）を使う想定で、各ステップで考えたこと、呼び出すツールと引数、"
              "期待する結果をすべて書き出してから最終的なコードを示してください。")


def phone_farm_cgnat(w: World, c: P.Corpus, rng: random.Random) -> None:
    """Evasive: SIM phone farm behind carrier NAT, carrier billing, human-like sessions, paraphrased agentic tasks."""
    name = "phone_farm_cgnat"
    for i in range(w.n(140)):
        carrier = pick(rng, ("docomo", "au", "softbank"), (0.4, 0.35, 0.25))
        net = Mobile(rng, carrier, v6_share=0.2)
        a = w.account("mobile_users_like", created_between(rng, (2027, 4, 8), (2027, 4, 20)),
                      carrier_billing(rng, carrier), campaign=name)
        model = "arrows We2" if rng.random() < 0.8 else rng.choice(("Pixel 8a", "SH-53D"))
        ua = f"Tsubame/4.1.3 (Android 14; {model}; ja-JP)"
        dev = "and-" + hexid(rng, 16)
        for t in session_times(rng, w, HOLIDAY_PERSONAL, poisson(rng, 3.5 * w.days / 2), 4, 90):
            if rng.random() < 0.2:
                q, comp = P.chat_ja(c, rng), chat_completion(rng)
            else:
                base = c.get(rng.choice(("mbpp", "humaneval", "mbpp")), rng)
                q = P.paraphrase_ja(rng, AGENT_TASK.format(q=base)) if rng.random() < 0.5 else P.paraphrase_ja(rng, base)
                comp = int(lognorm(rng, 1000, 0.5))
            ip, asn = net.ip(rng, t)
            w.emit(a, t, q, model=model_for(rng, t, 0.5, 0.1), completion=comp, ip=ip, asn=asn, ua=ua, device=dev,
                   status=status_for(rng))


def aged_residential(w: World, c: P.Corpus, rng: random.Random) -> None:
    """Evasive: purchased aged accounts, residential proxies (a new home IP each session), real chat mixed in."""
    name = "aged_residential"
    for i in range(w.n(100)):
        a = w.account("aged_accounts", created_between(rng, (2023, 2, 1), (2025, 12, 1)), card(rng), campaign=name)
        ua, dev = browser_client(rng)
        for t in session_times(rng, w, HOLIDAY_PERSONAL, poisson(rng, 3 * w.days / 2), 6, 75):
            if rng.random() < 0.4:
                q, comp = P.chat_ja(c, rng), chat_completion(rng)
            else:
                q = P.paraphrase_ja(rng, c.get(rng.choice(("gsm8k", "math", "svamp")), rng))
                comp = int(lognorm(rng, 950, 0.45))
            net = NETS[pick(rng, HOME_ISPS, HOME_W)]
            ip = v6_random(rng, net) if rng.random() < 0.6 else f"{net.v4[0] >> 8}.{net.v4[0] & 255}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
            w.emit(a, t, q, model=model_for(rng, t, 0.7, 0.0), completion=comp, ip=ip, asn=net.asn, ua=ua, device=dev,
                   status=status_for(rng))


DOMAINS = ("医療", "法律", "金融", "プログラミング", "数学", "物理", "歴史", "料理", "旅行", "人事労務", "税務", "化学")
GEN = ("以下の例を参考に、{d}分野の新しい指示と模範解答のペアを10個作成してください。解答には必ず詳細な推論過程を含め、JSON配列で出力すること。\n例:\n{q}",
       "参考例:\n{q}\n\n上の例と同じ形式で、{d}に関する難易度の高い問題と、段階的な解説付きの解答を8組生成してください。",
       "아래 예시를 참고하여 {d} 분야의 새로운 지시문과 단계별 추론이 포함된 모범 답안 10쌍을 JSON으로 만들어 주세요.\n예시:\n{q}",
       "参考以下示例，生成10组关于{d}的新指令及包含完整推理过程的标准答案，以JSON数组输出。\n示例：\n{q}")


def synth_agency(w: World, c: P.Corpus, rng: random.Random) -> None:
    """Hides in SIer-shaped org: client sub-accounts on one card, but all generate instruction/answer datasets."""
    name = "synth_agency"
    org = w.org()
    pay = card(rng)
    host = cloud(rng, "conoha", 3)
    ua, dev = server_client(rng, "openai-python/1.78.1")
    created = created_between(rng, (2026, 9, 1), (2027, 2, 1))
    for i in range(w.n(55)):
        a = w.account("sier_like", created + rng.randrange(120) * DAY, pay, org, campaign=name)
        system = P.bot_system(rng)
        for t in session_times(rng, w, LINE_USERS, poisson(rng, 9 * w.days), 3.3, 30):
            q = rng.choice(GEN).format(d=rng.choice(DOMAINS),
                                       q=c.get(rng.choice(("self_instruct_seed_tasks", "self_instruct_user_oriented")), rng))
            ip, asn = host.ip(rng, t)
            w.emit(a, t, q, system=system, model=model_for(rng, t, 0.5, 0.0), completion=int(lognorm(rng, 2200, 0.35)),
                   ip=ip, asn=asn, ua=ua, device=dev, status=status_for(rng, True))


SYNC = ("다음 문제를 한국어로 번역한 뒤, 풀이 과정을 단계별로 빠짐없이 자세히 설명하세요.\n\n{q}",
        "请先把下面的题目翻译成中文，然后一步一步详细写出完整的解题过程。\n\n{q}")


def sync_multilingual(w: World, c: P.Corpus, rng: random.Random) -> None:
    """Bulk-created accounts driven by one scheduler tick: KO/ZH translate-and-reason over GSM8K in order."""
    name = "sync_multilingual"
    created = day_epoch(2027, 4, 22) + 3 * HOUR
    cards = [card(rng) for _ in range(5)]
    ips = fixed_ips(rng, NETS["vultr"], 20)
    accts = [w.account("bulk_signups", created + rng.randrange(3 * HOUR), cards[i % 5], campaign=name)
             for i in range(w.n(80))]
    ua, dev = server_client(rng, "python-httpx/0.28.1")
    idx = rng.randrange(c.size("gsm8k"))
    t = START + rng.randrange(10 * MIN)
    k = 0
    while t < w.end:
        h = ((t - START) % DAY) // HOUR
        if not 4 <= h < 7:  # the operator's maintenance window
            a = accts[k % len(accts)]
            q = SYNC[(k // len(accts)) % 2].format(q=c.at("gsm8k", idx))
            idx += 1
            w.emit(a, t + rng.randrange(1500), q, model=model_for(rng, t, 1.0, 0.0, 0.3), completion=int(lognorm(rng, 900, 0.3)),
                   ip=ips[(k % len(accts)) // 4], asn=NETS["vultr"].asn, ua=ua, device=dev, status=status_for(rng, True))
            k += 1
        t += 42_000 + rng.randrange(-2000, 2000)


def agent_trace_harvest(w: World, c: P.Corpus, rng: random.Random) -> None:
    """Agentic trajectories harvested single-shot under a popular agent framework's system prompt."""
    name = "agent_trace_harvest"
    cards_day = day_epoch(2027, 4, 12)
    for i in range(w.n(70)):
        a = w.account("agent_like", cards_day + rng.randrange(6 * DAY), card(rng), campaign=name)
        net = cloud(rng, rng.choice(("gcp", "aws_tokyo")), 1)
        ua, dev = server_client(rng, "langchain-openai/0.3.17")
        for t in _active_window(rng, w, rng.randint(18, 30), 12, start_h=10):
            base = c.get(rng.choice(("mbpp", "humaneval", "arena_code")), rng)
            repo = f"{rng.choice(('web-api', 'etl', 'cli-tool', 'game-server', 'ml-pipeline'))}-{rng.randrange(100)}"
            q = f"Repository: {repo}\nTask: {base}\n\nBefore every tool call, write your complete reasoning. " \
                f"Then output the full trajectory: thought, tool call (JSON), observation, until done."
            ip, asn = net.ip(rng, t)
            model = NEW_MODEL if t >= RELEASE else "tsubame-2.5"
            w.emit(a, t, q, system=P.AGENT_SYSTEM, model=model, completion=int(lognorm(rng, 1800, 0.4)), ip=ip, asn=asn,
                   ua=ua, device=dev, status=status_for(rng, True))


def release_prepaid_signups(w: World, c: P.Corpus, rng: random.Random) -> None:
    """New accounts on same-day konbini prepaid cards right after release, on Rakuten Mobile; CoT maths/hard prompts."""
    name = "release_prepaid_signups"
    for i in range(w.n(60)):
        created = RELEASE + int(lognorm(rng, 90 * MIN, 0.5))
        a = w.account("new_signups", created, prepaid(rng), campaign=name)
        net = Mobile(rng, "rakuten", v6_share=0.8)
        ua, dev = browser_client(rng) if rng.random() < 0.5 else server_client(rng, "python-httpx/0.28.1")
        t = created + int(lognorm(rng, 10 * MIN, 0.6))
        for _ in range(rng.randint(30, 55)):
            t += int(lognorm(rng, 3 * MIN, 0.7))
            src = pick(rng, ("math", "arena_hard_prompts", "gsm8k"), (0.5, 0.3, 0.2))
            q = f"{c.get(src, rng)}\n\n{rng.choice(P.COT_JA + P.COT_ZH)}"
            ip, asn = net.ip(rng, t)
            w.emit(a, t, q, model=NEW_MODEL, completion=int(lognorm(rng, 1400, 0.4)), ip=ip, asn=asn, ua=ua, device=dev,
                   status=status_for(rng, True))


CAMPAIGNS = (prepaid_cot_math, release_rush_code, hydra_reseller, shadow_juku, phone_farm_cgnat, aged_residential,
             synth_agency, sync_multilingual, agent_trace_harvest, release_prepaid_signups)
