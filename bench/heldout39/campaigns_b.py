"""Distillation campaigns, part 2: Vettore (embeddings), Alba (launch-day
burst), Rete (agentic tool-use coverage), Ponte (translation pairs), Marea
(bought aged accounts on VPNs, code), Lucciola (hides among maturandi) and
Sciame (crude synchronised cloud swarm)."""
from __future__ import annotations

from .clients import SDKS, aged, browser, card, personal_card, phone, sdk
from .corpus import Cursor
from .networks import Proxy, Vpn, cloud_vm
from .population import Ctx, person_conn, run_chat
from .rhythm import batch_run, cron, curve_fn, human_sessions, poisson
from .tasks import GREEK, LATIN, MATH_TOPICS, PHYS_TOPICS, exercise
from .texts_harvest import cot, embed_batch, ponte, rete
from .texts_it import TIKTOK_IT, casual
from .texts_life import followup
from .world import CEST, EP_CHAT, EP_EMBED, EP_RESP, HOUR, M_EMBED, M_NEW, M_PRO, M_STD, MIN, SEC, local_ms


def _n(rng, base):
    return int(base * rng.uniform(0.88, 1.12))


def vettore(ctx: Ctx) -> None:
    """Embedding extraction: batches of systematically enumerated texts to
    /v1/embeddings from datacentre VMs, a few bursts per account per day."""
    w, rng, name = ctx.world, ctx.rng("vettore"), "Vettore"
    vms = [cloud_vm(rng, rng.choice(["ovh", "scaleway"])) for _ in range(8)]
    state = [rng.randrange(ctx.corpus.size("nq") * 4)]
    client = sdk("python-httpx/0.27.0")
    for i in range(_n(rng, 40)):
        acct = ctx.reg.account("vettore_embeddings", aged(rng, w, 5, 15), campaign=name, payment=card(rng, "wise", 2), nkeys=1, cc="IT")
        vm = vms[i % 8]
        for d in range(w.days):
            for b in range(3):
                for ts in batch_run(rng, local_ms(d, rng.uniform(0, 24), CEST), rng.randint(15, 25), 2, 0.9):
                    ctx.sink.emit(rng, acct, ts, client, vm.addr(rng, ts), model=M_EMBED, endpoint=EP_EMBED,
                                  prompt=embed_batch(rng, ctx.corpus, state, rng.choice([16, 32, 64])), kind="embed", key=acct.keys[0])


def alba(ctx: Ctx) -> None:
    """Launch-day burst: accounts opened in the day and a half before the
    launch sit idle, probe the model name minutes early (404), then all open
    fire on levante-3 within twenty minutes and taper off by evening."""
    w, rng, name = ctx.world, ctx.rng("alba"), "Alba"
    vms = [cloud_vm(rng, rng.choice(["aws", "gcp"])) for _ in range(15)]
    cur = {p: Cursor(ctx.corpus, p, rng) for p in ("math", "arena_s", "humaneval")}
    for i in range(_n(rng, 150)):
        cc = rng.choice(["IT", "ES", "PT"])
        acct = ctx.reg.account("alba_launch_burst", w.launch - int(rng.uniform(2, 36) * HOUR), campaign=name,
                               payment=personal_card(rng, rng.choice(["IT", "ES", "PT", "GR"])), nkeys=1, cc=cc)
        client = sdk(rng.choice(SDKS[:6]))
        conn = vms[i % 15] if rng.random() < .6 else Vpn(rng, ["m247", "datacamp", "clouvider"], 3)
        if rng.random() < 0.4:
            t = w.launch - rng.randrange(1, 10 * MIN)
            ctx.sink.emit(rng, acct, t, client, conn.addr(rng, t), model=M_NEW, endpoint=EP_CHAT, prompt="ping", key=acct.keys[0], st=404)
        t = w.launch + rng.randrange(0, 20 * MIN)
        n = rng.randint(55, 80)
        for j in range(n):
            lang = rng.choices(["en", "it", "es"], [.6, .2, .2])[0]
            pool = rng.choices(["math", "arena_s", "humaneval"], [.45, .35, .2])[0]
            ctx.sink.emit(rng, acct, t, client, conn.addr(rng, t), model=M_NEW, endpoint=EP_CHAT,
                          prompt=cur[pool].next() + "\n\n" + cot(rng, lang, 0.3), kind="cot", key=acct.keys[0], p429=0.03)
            t += int((rng.uniform(60, 200) if j < 20 else rng.expovariate(1 / 1100)) * SEC)


def rete_campaign(ctx: Ctx) -> None:
    """Agentic tool-use trajectories over a grid of toolsets x goals, fed with
    fabricated tool results; five cards pay for sixty accounts."""
    w, rng, name = ctx.world, ctx.rng("rete"), "Rete"
    cards = [card(rng, iss, 1) for iss in ("bbva", "santander", "unicredit", "revolut", "millennium")]
    client = sdk("levante-node/2.1.0")
    idx = rng.randrange(500)
    switch = w.launch + int(rng.uniform(3, 8) * HOUR)
    for i in range(_n(rng, 60)):
        acct = ctx.reg.account("rete_agentic", aged(rng, w, 5, 30), campaign=name, payment=cards[i % 5], nkeys=1, cc="ES")
        vm = cloud_vm(rng, rng.choice(["aws", "gcp", "azure"]))
        for start in cron(rng, w.start, w.end, 60 * MIN, 15 * MIN, rng.randrange(0, 60 * MIN)):
            t = start
            for step in range(rng.randint(1, 3)):
                sysmsg, p, kind = rete(rng, idx, step)
                ctx.sink.emit(rng, acct, t, client, vm.addr(rng, t), model=M_NEW if t >= switch else M_PRO, endpoint=EP_CHAT,
                              prompt=p, system=sysmsg, kind=kind, key=acct.keys[0])
                t += int(rng.uniform(3, 12) * SEC)
            idx += 1


def ponte_campaign(ctx: Ctx) -> None:
    """Translation pairs across the world's languages, half with a request to
    justify each choice step by step; residential exits, one card BIN."""
    w, rng, name = ctx.world, ctx.rng("ponte"), "Ponte"
    k = [rng.randrange(2000)]

    def prompt(r, ts):
        k[0] += 1
        return ponte(r, k[0], ctx.corpus)
    for i in range(_n(rng, 80)):
        acct = ctx.reg.account("ponte_translation", aged(rng, w, 10, 40), campaign=name, payment=card(rng, "wise", 1), cc="PT")
        client = browser(rng, w, acct.id)
        conn = Proxy(rng, ["PT", "ES"], sticky_min=20, mobile_share=0.3)
        sessions = human_sessions(rng, curve_fn("flat", CEST), w.start, w.end, poisson(rng, 8 * w.days), 3.8, 30)
        run_chat(ctx, rng, acct, client, conn, sessions, prompt, endpoint=EP_RESP,
                 model_fn=lambda r, ts: M_PRO if r.random() < .5 else M_STD)


def marea(ctx: Ctx) -> None:
    """Bought aged accounts (each with its original card and browser) now on
    commercial VPNs, harvesting code with reasoning in the evening."""
    w, rng, name = ctx.world, ctx.rng("marea"), "Marea"
    cur = {p: Cursor(ctx.corpus, p, rng) for p in ("humaneval", "mbpp", "arena_code")}
    asks = {"en": ["Before writing any code, explain your reasoning step by step.", "Explain your approach in detail first, then give the code."],
            "it": ["Prima di scrivere il codice, spiega il ragionamento passo per passo."],
            "es": ["Antes de escribir el código, explica tu razonamiento paso a paso."]}
    switch = w.launch + int(rng.uniform(2, 12) * HOUR)
    for i in range(_n(rng, 90)):
        cc = rng.choice(["IT", "ES", "PT"])
        acct = ctx.reg.account("marea_aged_vpn", aged(rng, w, 400, 1400), campaign=name, payment=personal_card(rng, cc), cc=cc)
        client = browser(rng, w, acct.id)
        conn = Vpn(rng, ["m247", "datacamp", "packethub"], sticky_h=3)
        sessions = human_sessions(rng, curve_fn("evening", CEST), w.start, w.end, poisson(rng, 6 * w.days), 4.2, 45)

        def prompt(r, ts):
            lang = r.choices(["en", "it", "es"], [.6, .2, .2])[0]
            return cur[r.choices(["humaneval", "mbpp", "arena_code"], [.3, .4, .3])[0]].next() + "\n\n" + r.choice(asks[lang]), "cot"
        run_chat(ctx, rng, acct, client, conn, sessions, prompt, endpoint=EP_RESP,
                 model_fn=lambda r, ts: M_NEW if ts >= switch and r.random() < .7 else M_PRO)


def lucciola(ctx: Ctx) -> None:
    """Hides among maturandi: Italian phones and home lines, distinct prepaid
    cards, the TikTok phrasings verbatim - but a systematic sweep of the
    maths and physics syllabus and Latin/Greek passages, at any hour (also
    while the real maturandi's phones are locked away)."""
    w, rng, name = ctx.world, ctx.rng("lucciola"), "Lucciola"
    topics = MATH_TOPICS + PHYS_TOPICS
    k = [rng.randrange(100)]

    def prompt(r, ts):
        k[0] += 1
        x = r.random()
        if x < 0.2:
            autore, testo = r.choice(LATIN + GREEK)
            return casual(r, TIKTOK_IT[3].format(autore=autore, testo=testo)), "latin"
        q = exercise(r, topics[k[0] % len(topics)], "it")
        if x < 0.7:
            return casual(r, TIKTOK_IT[1].format(esercizio=q)), "cot"
        return casual(r, q + " " + r.choice(["spiegami ogni passaggio", "fammi vedere tutti i passaggi", "ragiona passo passo"])), "cot"
    for i in range(_n(rng, 60)):
        paid = rng.random() < .35
        acct = ctx.reg.account("lucciola_maturandi_mimic", aged(rng, w, 14, 45), campaign=name,
                               payment=card(rng, "postepay") if paid else None, cc="IT")
        client = phone(rng, w, acct.id)
        conn, _, _ = person_conn(rng, w, "IT", CEST, 0.5)
        sessions = human_sessions(rng, curve_fn("consumer_it", CEST), w.start, w.end, poisson(rng, 5 * w.days), 2.8, 60)
        run_chat(ctx, rng, acct, client, conn, sessions, prompt, lang="it", followup_fn=followup, p_follow=0.1)


def sciame(ctx: Ctx) -> None:
    """Crude: accounts opened the same morning, two shared cards, five VMs in
    one cloud, every account firing in the same few seconds every 20 minutes,
    the classic English step-by-step suffix."""
    w, rng, name = ctx.world, ctx.rng("sciame"), "Sciame"
    cards = [card(rng, "volt", 1) for _ in range(2)]
    vms = [cloud_vm(rng, "vultr") for _ in range(5)]
    cur = Cursor(ctx.corpus, "gsm8k", rng)
    client = sdk("python-requests/2.32.3")
    ticks = cron(rng, w.start, w.end, 20 * MIN, 0, 0)
    switch = w.launch + int(rng.uniform(0.2, 0.6) * HOUR)
    base = w.start - 6 * HOUR
    for i in range(_n(rng, 40)):
        acct = ctx.reg.account("sciame_swarm", base + rng.randrange(0, 25 * MIN), campaign=name, payment=cards[i % 2], nkeys=1, cc="IT")
        for tick in ticks:
            ts = tick + rng.randrange(0, 6 * SEC)
            ctx.sink.emit(rng, acct, ts, client, vms[i % 5].addr(rng, ts), model=M_NEW if ts >= switch else M_PRO, endpoint=EP_CHAT,
                          prompt=cur.next() + "\nLet's think step by step.", kind="cot", key=acct.keys[0], p429=0.05)
