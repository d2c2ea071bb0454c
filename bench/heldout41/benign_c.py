"""Benign look-alikes on shared infrastructure: VPN exits, a bureau, families, cafés, agents, RAG."""
from __future__ import annotations

from bench.heldout41 import world as W
from bench.heldout41.core import EMBED, RESP, Ctx, sample_ts, session
from bench.heldout41.text import GREET, LANG_NAME, STEP, chat_text, corpus, local_prompt, vary, zipf_pick

BUREAU_SYS = ("You are a professional translator at Lingua Caucasus LLC. Translate faithfully, keep formatting, "
              "numbers and names; do not add comments. If a term is ambiguous, keep the original in brackets.")
TOOLS_SYS = ('You are an autonomous assistant. You can call tools by replying with JSON: {"tool": name, "args": {...}}. '
             'Tools: search_web(query), read_url(url), run_python(code), write_file(path, text). '
             'Think before each call. When done reply with {"final": answer}.')


def vpn_users(ctx: Ctx, name: str, n: int = 320) -> None:
    rng = ctx.rng(name)
    exits = [W.NETS[k] for k in ("m247", "datacamp", "packethub", "ps-kz")]
    for _ in range(n):
        city = W.pick_city(rng)
        net = rng.choices(exits, weights=(4, 3, 2, 1))[0]
        ua, dev = rng.choice(W.BROWSERS) if rng.random() < 0.5 else W.app_client(rng)
        a = ctx.account(rng, name, city=city, net=net, ua=ua, device=dev,
                        card="pmfp_" + W.hexid(rng, 20) if rng.random() < 0.4 else None)
        for _ in range(rng.choice((1, 2, 3, 4))):
            ip = W.pool_ip(rng, net)
            for ts in session(rng, sample_ts(ctx, rng, city.tz, "casual"), rng.randrange(1, 10), gap=(30, 500)):
                p = local_prompt(rng, a.lang, 0.3) if rng.random() < 0.4 else chat_text(rng)
                ctx.emit(rng, a, ts, vary(rng, p), ip=ip, model="talon-3" if ts > W.LAUNCH and rng.random() < 0.4
                         else None)


def translation_bureau(ctx: Ctx, name: str, n: int = 12) -> None:
    rng = ctx.rng(name)
    org, card = "org-" + W.b32id(rng, 10), "pmfp_" + W.hexid(rng, 20)
    net = W.NETS["bureau-office"]
    ip = W.pool_ip(rng, net)
    langs = ("ka", "hy", "az", "ru", "kk", "uz", "en")
    for _ in range(n):
        ua, dev = rng.choice(W.BROWSERS[:2])
        a = ctx.account(rng, name, city=W.CITIES["tbilisi"], net=net, ip=ip, ua=ua, device=dev, org=org, card=card,
                        system=BUREAU_SYS, model="talon-2")
        pair = rng.sample(langs, 2)
        for _ in range(rng.randrange(2, 7)):
            for ts in session(rng, sample_ts(ctx, rng, 4, "office"), rng.randrange(5, 30), gap=(40, 400)):
                src = rng.choice((chat_text(rng), rng.choice(GREET[pair[0]]), rng.choice(corpus("user"))))
                p = (f"Translate from {LANG_NAME[pair[0]]} into {LANG_NAME[pair[1]]}:\n\n{src}" if rng.random() < 0.7
                     else f"{LANG_NAME[pair[1]]}:\n{src}")
                ctx.emit(rng, a, ts, p, kind="translate",
                         model="talon-3" if ts > W.LAUNCH + 14 * W.H and rng.random() < 0.5 else None)


def family_card(ctx: Ctx, name: str, n: int = 65) -> None:
    rng = ctx.rng(name)
    for _ in range(n):
        city = W.pick_city(rng)
        net = rng.choice(W.BROADBAND_BY_CC[city.cc])
        home, card = W.own_ip(rng, net), "pmfp_" + W.hexid(rng, 20)
        tablet_ua, tablet = W.app_client(rng)
        for role in ("parent", "parent", "kid", "kid", "grand")[: rng.randrange(2, 6)]:
            shared = rng.random() < 0.4
            ua, dev = (tablet_ua, tablet) if shared else W.app_client(rng)
            a = ctx.account(rng, name, city=city, net=net, ip=home, ua=ua, device=dev, card=card, model="talon-2")
            for _ in range(rng.randrange(1, 4)):
                for ts in session(rng, sample_ts(ctx, rng, city.tz, "holiday"), rng.randrange(1, 7), gap=(30, 400)):
                    if role == "kid" and rng.random() < 0.7:
                        p, k = rng.choice(STEP[a.lang]).format(q=zipf_pick(rng, corpus("svamp"), 1.0, 300)), "cot"
                    else:
                        p, k = local_prompt(rng, a.lang, 0.6 if role != "parent" else 0.4), "chat"
                    ctx.emit(rng, a, ts, vary(rng, p), kind=k,
                             ip=home if rng.random() < 0.85 else W.pool_ip(rng, rng.choice(W.MOBILE_BY_CC[city.cc])))


def internet_cafe(ctx: Ctx, name: str, n: int = 7) -> None:
    """Shared PCs with the desktop app; people sign up at the counter during the holiday."""
    rng = ctx.rng(name)
    for c in range(n):
        city = W.pick_city(rng, ("KZ", "UZ", "KG", "AZ"))
        net = rng.choice(W.BROADBAND_BY_CC[city.cc])
        ip = W.own_ip(rng, net)
        pcs = ["win-" + W.hexid(rng, 12) for _ in range(rng.randrange(6, 14))]
        for _ in range(rng.randrange(18, 40)):
            new = rng.random() < 0.3
            t = sample_ts(ctx, rng, city.tz, "casual", after=ctx.start + 9 * W.H)
            a = ctx.account(rng, name, city=city, net=net, ip=ip, ua="TalonChat-Desktop/1.9.0 (Windows 10.0.19045)",
                            device=rng.choice(pcs), created=t - rng.randrange(60_000, 600_000) if new else None)
            for _ in range(rng.choice((1, 1, 2))):
                pc = rng.choice(pcs)
                for ts in session(rng, t, rng.randrange(1, 9), gap=(20, 300)):
                    r = rng.random()
                    p = (local_prompt(rng, a.lang, 0.4) if r < 0.5 else rng.choice(STEP[a.lang]).format(
                        q=zipf_pick(rng, corpus("gsm8k"), 1.0, 300)) if r < 0.7 else chat_text(rng))
                    ctx.emit(rng, a, ts, p, device=pc)
                t = sample_ts(ctx, rng, city.tz, "casual", after=t + 3 * W.H)


def agent_builders(ctx: Ctx, name: str, n: int = 100) -> None:
    rng = ctx.rng(name)
    for _ in range(n):
        city = W.pick_city(rng)
        net = W.NETS[rng.choice(("aws", "gcp", "hetzner", "digitalocean"))] if rng.random() < 0.7 else \
            rng.choice(W.BROADBAND_BY_CC[city.cc])
        ua, dev = W.SDKS[7] if rng.random() < 0.5 else rng.choice(W.SDKS[:4])
        a = ctx.account(rng, name, city=city, net=net, ua=ua, device=dev, system=TOOLS_SYS, model="talon-2",
                        card="pmfp_" + W.hexid(rng, 20))
        tasks = [rng.choice(corpus("arena")) for _ in range(6)]
        for _ in range(rng.randrange(2, 8)):
            t, hist = sample_ts(ctx, rng, city.tz, "dev"), 0
            task = rng.choice(tasks)                              # developers rerun the same task while debugging
            model = "talon-3" if t > W.LAUNCH and rng.random() < 0.6 else None
            for i, ts in enumerate(session(rng, t, rng.randrange(3, 18), gap=(2, 30))):
                p = task if i == 0 else rng.choice((
                    '{"tool_result": "search_web", "results": [%d items]}' % rng.randrange(3, 10),
                    '{"tool_result": "run_python", "stdout": "ok", "exit": %d}' % rng.choice((0, 0, 1)),
                    '{"tool_result": "read_url", "chars": %d}' % rng.randrange(800, 9000)))
                ctx.emit(rng, a, ts, p, kind="agent", endpoint=RESP, hist=hist, model=model)
                hist += 60 + rng.randrange(900)


def rag_indexers(ctx: Ctx, name: str, n: int = 50) -> None:
    rng = ctx.rng(name)
    docs = corpus("awesome")
    for _ in range(n):
        city = W.pick_city(rng)
        ua, dev = rng.choice(W.SDKS[:5])
        a = ctx.account(rng, name, city=city, net=W.NETS[rng.choice(("aws", "yandex-cloud", "hetzner"))], ua=ua,
                        device=dev, card="pmfp_" + W.hexid(rng, 20),
                        system="Answer only from the context below. If the answer is not there, say you don't know.")
        start = rng.randrange(len(docs))
        for _ in range(rng.randrange(1, 3)):
            t = sample_ts(ctx, rng, city.tz, "dev")
            for i, ts in enumerate(session(rng, t, rng.randrange(40, 220), gap=(0.2, 2))):   # re-index a collection
                doc = docs[(start + i // 4) % len(docs)]
                off = (i % 4) * 600
                if doc[off:off + 700]:
                    ctx.emit(rng, a, ts, doc[off:off + 700], endpoint=EMBED, load=0.02)
            for ts in session(rng, t + 40 * W.MIN, rng.randrange(2, 20), gap=(20, 400)):
                ctx.emit(rng, a, ts, rng.choice(corpus("nq")), kind="short", hist=rng.randrange(600, 2500))


POPS = (("vpn_users", vpn_users), ("translation_bureau", translation_bureau), ("family_card", family_card),
        ("internet_cafe", internet_cafe), ("agent_builders", agent_builders), ("rag_indexers", rag_indexers))
