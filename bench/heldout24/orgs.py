"""Benign organisations: juku platforms, localization studios, eval sweeps, enterprises,
SIers, LINE bots, research labs, coding agents, scheduled jobs."""
from __future__ import annotations

import random

from . import prompts as P
from .people import chat_completion, session_times
from .world import (DAY, FLAT, HOME_ISPS, HOME_W, HOUR, JUKU_CLASS, LINE_USERS, MIN, NETS, NEW_MODEL, ONCALL_OFFICE,
                    RELEASE, START, STUDIO, Fixed, Home, World, browser_client, card, cloud, created_between,
                    fixed_ips, invoice, lognorm, model_for, pick, poisson, sample_time, server_client, status_for)

JUKU_NAMES = ("まなびONE", "進学ナビ", "スタディリンクス", "東進ゼミAI", "個別指導ノート")


def juku(w: World, c: P.Corpus, rng: random.Random) -> None:
    """Cram-school platforms: one tutor system prompt, one account per classroom, GW intensive courses."""
    for name in JUKU_NAMES[:4]:
        org = w.org()
        system = P.JUKU_SYSTEM.format(name=name)
        net = cloud(rng, rng.choice(("aws_tokyo", "gcp", "sakura")), rng.randint(2, 5))
        ua, dev = server_client(rng)
        created = created_between(rng, (2024, 2, 1), (2026, 10, 1))
        for _ in range(w.n(rng.randint(22, 38))):
            a = w.account("juku_platform", created + rng.randrange(150) * DAY, invoice(org), org)
            per_day = rng.randint(40, 110)
            for _ in range(per_day * w.days):
                t = sample_time(rng, JUKU_CLASS, w.days)
                src = pick(rng, ("gsm8k", "svamp", "math"), (0.45, 0.25, 0.3))
                q = P.wrap(rng, P.JA_MATH_STUDENT, c.get(src, rng))
                ip, asn = net.ip(rng, t)
                w.emit(a, t, q, system=system, model="tsubame-2.5-mini", completion=chat_completion(rng, 420),
                       ip=ip, asn=asn, ua=ua, device=dev, status=status_for(rng))


def localization(w: World, c: P.Corpus, rng: random.Random) -> None:
    """Game/anime studios translating scenario scripts in bulk; on call during GW before a launch."""
    for s in range(5):
        org = w.org()
        studio = ("Studio Hoshikuzu", "Kurenai Games", "Aozora Animation", "Tenkuu Interactive", "Mikan Soft")[s]
        proxy = cloud(rng, rng.choice(("iij", "nttcom")), 2)
        pipe = cloud(rng, "aws_tokyo", 3)
        created = created_between(rng, (2024, 1, 1), (2026, 12, 1))
        for i in range(w.n(rng.randint(9, 20))):
            a = w.account("localization_studio", created + rng.randrange(90) * DAY, invoice(org), org, nkeys=2)
            lang = rng.choice(("English", "English", "Simplified Chinese", "Traditional Chinese", "Korean"))
            system = P.STUDIO_SYSTEM.format(name=studio, lang=lang)
            glossary = "用語集: " + "、".join(f"{x}={x}" for x in rng.sample(P.ITEMS, 3))
            pipeline = i % 4 == 0
            ua, dev = server_client(rng, "python-httpx/0.28.1") if pipeline else server_client(rng)
            if pipeline:  # queue worker: back-to-back batches of a chapter
                times = []
                for _ in range(w.days * rng.randint(1, 3)):
                    t = sample_time(rng, STUDIO, w.days)
                    for _ in range(rng.randint(40, 160)):
                        times.append(t)
                        t += int(lognorm(rng, 9, 0.4) * 1000)
            else:
                times = session_times(rng, w, STUDIO, poisson(rng, 5 * w.days), 8, 120)
            for t in times:
                n = rng.randint(15, 40)
                q = f"{glossary}\n---\n{P.script_lines(rng, n)}"
                ip, asn = (pipe if pipeline else proxy).ip(rng, t)
                w.emit(a, t, q, system=system, model=model_for(rng, t, 0.1, 0.0), completion=int(n * lognorm(rng, 22, 0.2)),
                       ip=ip, asn=asn, ua=ua, device=dev, status=status_for(rng, heavy=pipeline), key=int(pipeline))


HARNESS = {
    "gsm8k": ("Question: {q}\nAnswer: Let's think step by step.", "{q}\nPlease reason step by step, and put your final answer within \\boxed{{}}."),
    "math": ("Problem:\n{q}\n\nSolution:", "{q}\nPlease reason step by step, and put your final answer within \\boxed{{}}."),
    "humaneval": ("Complete the following Python function.\n```python\n{q}\n```", "{q}"),
    "mbpp": ("You are an expert Python programmer, and here is your task: {q}", "{q}"),
    "arena_hard_prompts": ("{q}",),
}


def eval_sweeps(w: World, c: P.Corpus, rng: random.Random) -> None:
    """Benchmark sweeps: labs and companies evaluate tsubame-3 within hours of release; a few nightly regressions."""
    n_orgs = w.n(9)
    for _ in range(n_orgs):
        org = w.org()
        uni = rng.random() < 0.45
        net = cloud(rng, "sinet", 2) if uni else cloud(rng, rng.choice(("aws_tokyo", "gcp", "azure_jp")), 2)
        pay = invoice(org) if not uni or rng.random() < 0.5 else card(rng)
        for _ in range(rng.randint(1, 4)):
            a = w.account("eval_sweeps", created_between(rng, (2024, 6, 1), (2027, 3, 1)), pay, org)
            ua, dev = server_client(rng, rng.choice(("openai-python/1.82.0", "aiohttp/3.11.18", "LiteLLM/1.71.2")))
            nightly = rng.random() < 0.25
            t = (START + 2 * HOUR + DAY if rng.random() < 0.5 else START + 2 * HOUR) if nightly else \
                RELEASE + int(lognorm(rng, 3 * HOUR, 0.7))
            bench = rng.sample(("gsm8k", "math", "humaneval", "mbpp", "arena_hard_prompts"), rng.randint(1, 3))
            samples = rng.choice((1, 1, 1, 3))
            for b in bench:
                tmpl = rng.choice(HARNESS[b])
                n = min(c.size(b), rng.choice((164, 200, 300, 500)))
                start = rng.randrange(c.size(b))
                for i in range(n):
                    q = tmpl.format(q=c.at(b, start + i))
                    for _ in range(samples):
                        t += int(lognorm(rng, 2.2, 0.5) * 1000)
                        ip, asn = net.ip(rng, t)
                        model = "tsubame-2.5" if nightly else NEW_MODEL
                        w.emit(a, t, q, model=model, completion=chat_completion(rng, 380), ip=ip, asn=asn, ua=ua,
                               device=dev, endpoint="/v1/chat/completions", status=status_for(rng, heavy=True))


BIZ = ("以下の議事録を要約して、決定事項とTODOを箇条書きにしてください。\n{x}", "連休明けに送る取引先へのメールを作成してください。件名: {t}の件",
       "障害報告書のドラフトを作って。発生: 5/{d} {h}:{m}、影響: {t}関連APIの遅延", "このSQLが遅い原因を教えて\n{x}",
       "社内勉強会用に{t}の概要スライド構成を5枚で", "On-call中です。このスタックトレースの原因は？\n{x}")


def enterprise(w: World, c: P.Corpus, rng: random.Random) -> None:
    """Enterprise teams on one invoice behind a corporate proxy (often Zscaler, shared across companies)."""
    zs = cloud(rng, "zscaler", 12)
    for _ in range(w.n(12)):
        org = w.org()
        proxy = zs if rng.random() < 0.5 else cloud(rng, rng.choice(("iij", "nttcom")), rng.randint(1, 3))
        created = created_between(rng, (2024, 4, 1), (2026, 12, 1))
        for _ in range(rng.randint(20, 50)):
            a = w.account("enterprise_proxy", created + rng.randrange(120) * DAY, invoice(org), org)
            ua, dev = browser_client(rng) if rng.random() < 0.6 else server_client(rng)
            for t in session_times(rng, w, ONCALL_OFFICE, poisson(rng, 1.6), 3, 120):
                q = rng.choice(BIZ).format(x=c.get("chat", rng)[:1500], t=rng.choice(P.TOPICS), d=rng.randint(1, 4),
                                           h=rng.randint(0, 23), m=rng.randint(10, 59)) if rng.random() < 0.6 else P.chat_ja(c, rng)
                ip, asn = proxy.ip(rng, t)
                w.emit(a, t, q, model=model_for(rng, t, 0.1, 0.3), completion=chat_completion(rng, 450), ip=ip, asn=asn,
                       ua=ua, device=dev, status=status_for(rng))


def sier(w: World, c: P.Corpus, rng: random.Random) -> None:
    """SIers/agencies: one sub-account per client app, all on the agency's one card."""
    for _ in range(w.n(7)):
        org = w.org()
        pay = card(rng)
        office = cloud(rng, rng.choice(("iij", "nttcom")), 2)
        created = created_between(rng, (2024, 1, 1), (2026, 6, 1))
        for _ in range(rng.randint(12, 28)):
            a = w.account("sier_subaccounts", created + rng.randrange(300) * DAY, pay, org)
            host = cloud(rng, rng.choice(("aws_tokyo", "azure_jp", "sakura", "gcp")), 1)
            ua, dev = server_client(rng)
            bot = rng.random() < 0.6
            system = P.bot_system(rng) if bot else c.get("roles", rng)
            for t in session_times(rng, w, LINE_USERS, poisson(rng, 14 * w.days), 2.5, 40):
                q = P.line_msg(rng) if bot else P.chat_ja(c, rng)
                net = office if rng.random() < 0.05 else host  # developers testing from the office
                ip, asn = net.ip(rng, t)
                w.emit(a, t, q, system=system, model=model_for(rng, t, 0.05, 0.7), completion=chat_completion(rng, 120 if bot else 400),
                       ip=ip, asn=asn, ua=ua, device=dev, status=status_for(rng))


def line_bots(w: World, c: P.Corpus, rng: random.Random) -> None:
    for _ in range(w.n(70)):
        org = w.org()
        a = w.account("line_bots", created_between(rng, (2024, 3, 1), (2027, 2, 1)), card(rng), org)
        host = cloud(rng, rng.choice(("aws_tokyo", "gcp", "sakura", "conoha")), rng.randint(1, 2))
        ua, dev = server_client(rng, rng.choice(("openai-node/4.98.0", "Go-http-client/2.0", "openai-python/1.82.0", "Dify/1.3.1")))
        system = P.bot_system(rng)
        for _ in range(int(lognorm(rng, 150, 0.6)) * w.days):
            t = sample_time(rng, LINE_USERS, w.days)
            ip, asn = host.ip(rng, t)
            w.emit(a, t, P.line_msg(rng), system=system, model="tsubame-2.5-mini", completion=chat_completion(rng, 90),
                   ip=ip, asn=asn, ua=ua, device=dev, status=status_for(rng))


RESEARCH = ("次の英語の問題を自然な日本語に翻訳してください。数値と固有名詞は変えないこと。出力は翻訳のみ。\n\n{q}",
            "以下の質問に対し、日本語で正確かつ簡潔に回答してください。根拠となる事実も1文添えてください。\n質問: {q}",
            "次の問題について、中学生にも分かる日本語の解説を作成してください（教材データセット用）。\n{q}")


def researchers(w: World, c: P.Corpus, rng: random.Random) -> None:
    """University labs building Japanese datasets: sequential sweeps of public corpora, daytime and evening."""
    for _ in range(w.n(6)):
        org = w.org()
        net = cloud(rng, "sinet", 3)
        pay = invoice(org) if rng.random() < 0.5 else card(rng)
        for _ in range(rng.randint(3, 8)):
            a = w.account("dataset_researchers", created_between(rng, (2024, 4, 1), (2027, 4, 10)), pay, org)
            ua, dev = server_client(rng, rng.choice(("openai-python/1.82.0", "python-httpx/0.28.1")))
            kind = rng.randrange(3)
            src = ("gsm8k", "nq_open_questions", rng.choice(("math", "svamp")))[kind]
            idx = rng.randrange(c.size(src))
            for _ in range(rng.randint(2, 5) * w.days):
                t = sample_time(rng, ONCALL_OFFICE, w.days)
                for _ in range(rng.randint(20, 70)):
                    t += int(lognorm(rng, 6, 0.5) * 1000)
                    ip, asn = net.ip(rng, t)
                    q = RESEARCH[kind].format(q=c.at(src, idx))
                    idx += 1
                    w.emit(a, t, q, model=model_for(rng, t, 0.3, 0.5), completion=chat_completion(rng, 300 if kind < 2 else 700),
                           ip=ip, asn=asn, ua=ua, device=dev, status=status_for(rng, heavy=True))


EDITOR_SYSTEMS = ("You are Kotoba Code, an AI pair programmer inside the user's editor. Follow the repository conventions.",
                  "あなたは熟練のソフトウェアエンジニアです。ユーザーのリポジトリの文脈を踏まえて、最小の差分で修正を提案してください。")


def agents(w: World, c: P.Corpus, rng: random.Random) -> None:
    """Agent frameworks and coding assistants: sessions that resend a growing context."""
    for _ in range(w.n(330)):
        where = rng.random()
        net = Home(rng, pick(rng, HOME_ISPS, HOME_W)) if where < 0.55 else cloud(rng, rng.choice(("aws_tokyo", "gcp", "zscaler")), 2)
        a = w.account("coding_agents", created_between(rng, (2024, 1, 1), (2027, 4, 28)), card(rng))
        ua, dev = server_client(rng, rng.choice(("openai-node/4.98.0", "openai-python/1.82.0", "langchain-openai/0.3.17", "LiteLLM/1.71.2")))
        system = P.AGENT_SYSTEM if rng.random() < 0.45 else rng.choice(EDITOR_SYSTEMS)
        adopt = 0.3 + 0.6 * rng.random()
        for _ in range(poisson(rng, 1.5 * w.days)):
            t = sample_time(rng, STUDIO, w.days)
            task = P.wrap(rng, P.JA_CODE_WRAP, c.get(rng.choice(("code", "arena_code")), rng)) if rng.random() < 0.7 else c.get("arena_code", rng)
            ctx = "\n\n".join(c.get("code", rng) for _ in range(rng.randint(2, 8)))
            history = ""
            model = model_for(rng, t, adopt, 0.1, 0.5)
            for step in range(rng.randint(4, 30)):
                t += int(lognorm(rng, 9, 0.7) * 1000)
                prompt = f"{task}\n\n# context\n{ctx}\n{history}"
                ip, asn = net.ip(rng, t)
                comp = chat_completion(rng, 260)
                w.emit(a, t, prompt[-24000:], system=system, model=model, completion=comp, ip=ip, asn=asn, ua=ua,
                       device=dev, status=status_for(rng, heavy=True), extra_prompt_tokens=step * 180)
                history += f"\n[tool:{rng.choice(('read_file', 'run', 'search'))}] ok ({rng.randint(1, 400)} lines)"


CRON = ("以下は{ts}時点の監視メトリクスです。異常があれば日本語で3行以内に要約してください。\n{m}",
        "{ts} の日次売上レポートを作成してください。前日比と注目点を含めること。\n{m}",
        "次のアクセスログ集計から不審な傾向を指摘してください（{ts}）。\n{m}")


def cron_jobs(w: World, c: P.Corpus, rng: random.Random) -> None:
    """Scheduled jobs: monitors every 15/30/60 min, daily reports at a fixed time."""
    for _ in range(w.n(130)):
        org = w.org()
        a = w.account("scheduled_jobs", created_between(rng, (2024, 1, 1), (2027, 3, 1)), card(rng) if rng.random() < 0.6 else invoice(org), org)
        host = cloud(rng, rng.choice(("aws_tokyo", "gcp", "sakura", "azure_jp")), 1)
        ua, dev = server_client(rng, rng.choice(("python-httpx/0.28.1", "curl/8.7.1", "Go-http-client/2.0", "openai-python/1.78.1")))
        period = rng.choice((15, 30, 60, 60, 24 * 60, 24 * 60))
        offset = rng.randrange(min(period, 60)) * MIN if period < 24 * 60 else rng.choice((6, 7, 8, 9)) * HOUR
        kind = rng.randrange(3)
        t = START + offset % (period * MIN if period < 24 * 60 else DAY)
        while t < w.end:
            ts = t + rng.randrange(400, 4000)
            m = "\n".join(f"{k}: {rng.randint(1, 9999)}" for k in rng.sample(("p99_ms", "error_rate", "req", "cpu", "mem", "sales", "orders", "4xx", "5xx", "queue"), 5))
            ip, asn = host.ip(rng, ts)
            w.emit(a, ts, CRON[kind].format(ts=f"5/{3 + (t - START) // DAY} {((t - START) % DAY) // HOUR:02d}:{((t - START) % HOUR) // MIN:02d}", m=m),
                   model="tsubame-2.5-mini", completion=chat_completion(rng, 200), ip=ip, asn=asn, ua=ua, device=dev,
                   status=status_for(rng))
            t += period * MIN


ORGS = (juku, localization, eval_sweeps, enterprise, sier, line_bots, researchers, agents, cron_jobs)
