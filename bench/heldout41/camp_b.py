"""Distillation campaigns, part B: agent trajectories, student mimic, insiders, polyglot CoT, embedding sweep."""
from __future__ import annotations

from bench.heldout41 import world as W
from bench.heldout41.benign_b import company, staff_account
from bench.heldout41.core import EMBED, RESP, Ctx, sample_ts, session
from bench.heldout41.harvest import Style
from bench.heldout41.text import STEP, chat_text, corpus, local_prompt

AGENT_SYS = (
    'You are an autonomous software agent. Available tools: {tools}. To use a tool reply with JSON '
    '{{"tool": <name>, "args": {{...}}}}. Before every tool call, write your reasoning in a "thought" field. '
    'Finish with {{"final": <answer>, "explanation": <full reasoning>}}.',
    'You are a coding agent with tools ({tools}). Think step by step, explain each decision in a "thought", '
    'then call exactly one tool per turn as JSON. End with a "final" message summarising all reasoning.',
    'Agent mode. Tools: {tools}. Always output {{"thought": ..., "tool": ..., "args": ...}}; reason carefully and '
    'explicitly. When the task is complete output {{"final": ...}} with a step-by-step justification.')
TOOLSETS = ("search_web, read_url, run_python, write_file", "bash, read_file, write_file, run_tests",
            "python, browser, editor", "shell, edit_file, grep, run_tests, submit")


def agentic(ctx: Ctx, name: str, n: int = 60) -> None:
    """Harvest whole tool-use trajectories on coding tasks, replaying synthetic tool results."""
    rng = ctx.rng(name)
    cards = ["pmfp_" + W.hexid(rng, 20) for _ in range(20)]
    tasks = tuple(x for x in corpus("arena") if any(w in x for w in ("def ", "function", "script", "code", "SQL")))
    for _ in range(n):
        net = W.NETS[rng.choice(("aws", "gcp", "hetzner", "digitalocean", "ovh"))]
        ua, dev = W.SDKS[7] if rng.random() < 0.6 else rng.choice(W.SDKS[:4])
        a = ctx.account(rng, name, campaign="agent-traj", city=W.pick_city(rng), net=net, ip=W.own_ip(rng, net),
                        ua=ua, device=dev, card=rng.choice(cards), model="talon-2",
                        system=rng.choice(AGENT_SYS).format(tools=rng.choice(TOOLSETS)),
                        created=ctx.start - rng.randrange(3, 60) * W.DAY - rng.randrange(W.DAY))
        for _ in range(rng.randrange(3, 9)):
            t, hist = sample_ts(ctx, rng, a.city.tz, "flat"), 0
            model = "talon-3" if t > W.LAUNCH and rng.random() < 0.85 else "talon-2"
            task = rng.choice(tasks)                          # every trajectory a new task
            for i, ts in enumerate(session(rng, t, rng.randrange(5, 16), gap=(3, 25))):
                p = task if i == 0 else rng.choice((
                    '{"tool_result": "run_tests", "passed": %d, "failed": %d}' % (rng.randrange(9), rng.randrange(4)),
                    '{"tool_result": "bash", "exit": %d, "stdout": "..."}' % rng.choice((0, 0, 1, 2)),
                    '{"observation": "file written", "bytes": %d}' % rng.randrange(200, 6000),
                    "Continue. Explain your reasoning for the next step in detail."))
                ctx.emit(rng, a, ts, p, kind="agent" if i else "code", endpoint=RESP, hist=hist, model=model)
                hist += 200 + rng.randrange(1200)


def student_mimic(ctx: Ctx, name: str, n: int = 150) -> None:
    """On carrier CGNAT with the app and student phrasing, collectively walking GSM8K train in order."""
    rng = ctx.rng(name)
    items = corpus("gsm8k")[:7473]
    nets = W.MOBILE_BY_CC["UZ"] + W.MOBILE_BY_CC["KZ"][:2]
    accts = []
    for _ in range(n):
        net = rng.choice(nets)
        a = ctx.account(rng, name, campaign="gsm-walk", city=W.CITIES["tashkent" if net.cc == "UZ" else "almaty"],
                        net=net, lang=rng.choice(("uz", "ru", "kk", "en")),
                        created=ctx.start - rng.randrange(1, 25) * W.DAY - rng.randrange(W.DAY))
        accts.append(a)
    slots = []
    for a in accts:
        for _ in range(rng.randrange(2, 5)):
            slots.append((sample_ts(ctx, rng, a.city.tz, "student"), a.id, a))
    slots.sort(key=lambda s: (s[0], s[1]))
    k = rng.randrange(2000)
    for t, _, a in slots:
        ip = W.pool_ip(rng, a.net)
        for ts in session(rng, t, rng.randrange(4, 11), gap=(40, 300)):
            if rng.random() < 0.1:
                p = rng.choice(("rahmat! keyingisi", "спасибо, дальше", "ok next", "tushunarli"))
                ctx.emit(rng, a, ts, p, kind="short", ip=ip)
                continue
            p = rng.choice(STEP[a.lang]).format(q=items[k % len(items)])
            k += 1
            ctx.emit(rng, a, ts, p, kind="cot", ip=ip, model="talon-3" if ts > W.LAUNCH + W.H else "talon-2-mini")


def insiders(ctx: Ctx, name: str, n: int = 12) -> None:
    """Staff of a legitimate bank using the corporate account to harvest reasoning over the holiday."""
    rng = ctx.rng(name)
    co = company(ctx, "bank")
    for _ in range(n):
        a = staff_account(ctx, rng, name, co, campaign="inside-job")
        style = Style(rng, code=rng.random() < 0.4)
        for _ in range(rng.randrange(3, 8)):
            t = sample_ts(ctx, rng, 5, rng.choice(("dev", "student")))
            for ts in session(rng, t, rng.randrange(6, 20), gap=(20, 240)):
                if rng.random() < 0.2:
                    p, k = chat_text(rng), "chat"
                else:
                    src = rng.choice(("math", "arena", "mbpp", "gsm8k"))
                    p, k = style.wrap(rng, rng.choice(corpus(src))), "cot"
                ctx.emit(rng, a, ts, p, kind=k, model="talon-3" if ts > W.LAUNCH and rng.random() < 0.7 else None)


POLY_NATIVE = {
    "kk": "Алдымен есепті қазақ тіліне аудар, содан кейін қазақша әр қадамын түсіндіріп шеш.",
    "uz": "Avval masalani o'zbek tiliga tarjima qiling, keyin o'zbekcha har bir qadamni tushuntirib yeching.",
    "az": "Əvvəlcə məsələni Azərbaycan dilinə tərcümə et, sonra Azərbaycan dilində hər addımı izah edərək həll et.",
    "ka": "ჯერ თარგმნე ამოცანა ქართულად, შემდეგ ამოხსენი ნაბიჯ-ნაბიჯ ქართულად.",
    "hy": "Նախ թարգմանիր խնդիրը հայերեն, ապա լուծիր քայլ առ քայլ հայերենով։",
    "ky": "Адегенде маселени кыргыз тилине котор, андан кийин кыргызча ар бир кадамын түшүндүрүп чыгар.",
    "ru": "Сначала переведи задачу на русский, затем реши её по-русски, подробно расписывая каждый шаг.",
}
RU_NAME = {"kk": "казахский", "uz": "узбекский", "az": "азербайджанский", "ka": "грузинский", "hy": "армянский",
           "ky": "киргизский", "ru": "русский"}
EN_NAME = {"kk": "Kazakh", "uz": "Uzbek", "az": "Azerbaijani", "ka": "Georgian", "hy": "Armenian", "ky": "Kyrgyz",
           "ru": "Russian"}
POLY_VIA = {"ru": ("Сначала переведи задачу на {L} язык, затем реши её на этом языке, подробно расписывая "
                   "каждый шаг рассуждений.", RU_NAME),
            "en": ("First translate the problem into {L}, then solve it in {L}, writing out every reasoning step.",
                   EN_NAME)}


def polyglot_cot(ctx: Ctx, name: str, n: int = 100) -> None:
    """Translate-then-reason: the same problems re-asked across target languages for multilingual CoT."""
    rng = ctx.rng(name)
    exits = [W.NETS[k] for k in ("m247", "datacamp", "packethub")]
    pool = corpus("math")[2500:] + corpus("gsm8k")[:3000]
    for _ in range(n):
        city = W.pick_city(rng)
        vpn = rng.random() < 0.5
        net = rng.choice(exits) if vpn else rng.choice(W.BROADBAND_BY_CC[city.cc])
        ua, dev = rng.choice(W.BROWSERS)
        a = ctx.account(rng, name, campaign="polyglot-cot", city=city, net=net, ua=ua, device=dev, model="talon-2",
                        card="pmfp_" + W.hexid(rng, 20) if rng.random() < 0.3 else None,
                        created=ctx.start - rng.randrange(10, 200) * W.DAY - rng.randrange(W.DAY))
        targets = rng.sample(tuple(POLY_NATIVE), 3)
        via, names = POLY_VIA[rng.choice(("ru", "en"))]
        native = rng.random()
        base = rng.randrange(len(pool))
        j = 0
        for _ in range(rng.randrange(2, 6)):
            ip = W.pool_ip(rng, net) if net.pool else None
            for ts in session(rng, sample_ts(ctx, rng, city.tz, "casual"), rng.randrange(3, 12), gap=(40, 300)):
                if rng.random() < 0.12:
                    ctx.emit(rng, a, ts, local_prompt(rng, a.lang, 0.5), ip=ip)
                    continue
                q = pool[(base + j // 3) % len(pool)]                 # each problem in three languages
                L = targets[j % 3]
                j += 1
                head = POLY_NATIVE[L] if rng.random() < native else via.format(L=names[L])
                p = head + "\n\n" + q
                ctx.emit(rng, a, ts, p, kind="cot", ip=ip, model="talon-3" if ts > W.LAUNCH and
                         rng.random() < 0.75 else None)


def embed_sweep(ctx: Ctx, name: str, n: int = 40) -> None:
    """Embedding extraction: systematic sweeps of a query list and probe templates, in batches from clouds."""
    rng = ctx.rng(name)
    cards = ["pmfp_" + W.hexid(rng, 20) for _ in range(4)]
    qs = corpus("nq")
    words = sorted({w.strip("?,.'\"").lower() for q in qs[:3000] for w in q.split() if len(w) > 3})
    probes = ("{w}", "the {w}", "a photo of {w}", "What is {w}?", "{w} meaning", "definition of {w}")
    for i in range(n):
        net = W.NETS[rng.choice(("aws", "hetzner", "selectel", "gcp"))]
        ua, dev = rng.choice(W.SDKS[:6])
        a = ctx.account(rng, name, campaign="embed-sweep", city=W.pick_city(rng), net=net, ip=W.own_ip(rng, net),
                        ua=ua, device=dev, card=cards[i % 4],
                        created=ctx.start - rng.randrange(1, 40) * W.DAY - rng.randrange(W.DAY))
        mode = rng.random() < 0.5
        pos = i * 180
        for _ in range(rng.randrange(2, 5)):
            t = sample_ts(ctx, rng, a.city.tz, "flat")
            for ts in session(rng, t, rng.randrange(40, 110), gap=(0.3, 4)):
                if mode:
                    p = qs[pos % len(qs)]
                else:
                    p = probes[pos % len(probes)].format(w=words[(pos // len(probes)) % len(words)])
                pos += 1
                ctx.emit(rng, a, ts, p, endpoint=EMBED, load=0.03)


POPS = (("agentic", agentic), ("student_mimic", student_mimic), ("insiders", insiders),
        ("polyglot_cot", polyglot_cot), ("embed_sweep", embed_sweep))
