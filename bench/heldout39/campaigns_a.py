"""Distillation campaigns, part 1: Tramontana (hydra), Cantiere (device
farm), Ventaglio (fixed wrapper, cron, cloud), Mosaico (paraphrase bank,
bought aged accounts), Sombra (hides among Spanish students), Eco (trace
rewriting), Formiga (trickle) and Talpa (insider in a real org).

Every campaign stays at tens of requests per account per day; they differ in
what they share (cards, devices, networks, templates, timing) and what they
hide."""
from __future__ import annotations

from .clients import SDKS, aged, browser, card, personal_card, phone, sdk
from .corpus import Cursor
from .networks import NETS, Mobile, Proxy, Vpn, cloud_vm
from .population import Ctx, consumer_model, person_conn, run_chat
from .rhythm import cron, curve_fn, human_sessions, poisson, sample_times
from .tasks import MATH_TOPICS, PHYS_TOPICS, exercise
from .texts_es import ES_TOPICS, PHYS, TIKTOK_ES, casual_es
from .texts_harvest import VENTAGLIO_WRAP, cot, eco, paraphrased, rete
from .texts_it import TIKTOK_IT, casual
from .texts_life import followup, general
from .world import CEST, DAY, EP_APP, EP_CHAT, EP_RESP, HOUR, M_MINI, M_NEW, M_PRO, M_STD, MIN, SEC, local_day_hour, local_ms


def _n(rng, base):
    return int(base * rng.uniform(0.88, 1.12))


def _switch(w, rng, lag_h):
    """When a campaign moves its harvest to the new model."""
    return w.launch + int(rng.uniform(*lag_h) * HOUR)


def tramontana(ctx: Ctx) -> None:
    """Hydra: hundreds of API accounts behind rotating residential proxies,
    cards from one virtual-card issuer, harvest mixed into ordinary chat."""
    w, rng, name = ctx.world, ctx.rng("tramontana"), "Tramontana"
    n = _n(rng, 300)
    cards = [card(rng, "volt", 3) for _ in range(n // 2)]
    cur = {p: Cursor(ctx.corpus, p, rng) for p in ("math", "wordmath", "arena_code", "mbpp")}
    sysmsg = "You are a meticulous expert. Always show your full reasoning before the final answer."
    switch = _switch(w, rng, (1, 6))
    for i in range(n):
        acct = ctx.reg.account("tramontana_hydra", aged(rng, w, 1, 25), campaign=name, payment=rng.choice(cards), nkeys=1,
                               cc=rng.choice(["IT", "ES", "PT"]))
        client = sdk(rng.choice(SDKS[:7]))
        conn = Proxy(rng, ["IT", "ES", "PT"], sticky_min=10, mobile_share=0.3)
        sessions = human_sessions(rng, curve_fn("proxy", CEST), w.start, w.end, poisson(rng, 10 * w.days), 3.0, 25)
        for sess in sessions:
            addr = conn.addr(rng, sess[0])
            for ts in sess:
                if rng.random() < 0.45:
                    pool = rng.choices(["math", "wordmath", "arena_code", "mbpp"], [.35, .3, .2, .15])[0]
                    lang = rng.choices(["en", "it", "es", "pt"], [.5, .2, .2, .1])[0]
                    p = cur[pool].next() + "\n\n" + cot(rng, lang, 0.4)
                    model = M_NEW if ts >= switch and rng.random() < .8 else M_PRO
                    ctx.sink.emit(rng, acct, ts, client, addr, model=model, endpoint=EP_CHAT, prompt=p, kind="cot",
                                  system=sysmsg if rng.random() < .5 else None, key=acct.keys[0], p429=0.01)
                else:
                    p, kind = general(rng, rng.choice(["en", "it", "es"]), ctx.corpus)
                    ctx.sink.emit(rng, acct, ts, client, addr, model=M_MINI, endpoint=EP_CHAT, prompt=p, kind=kind, key=acct.keys[0])


def cantiere(ctx: Ctx) -> None:
    """Device farm: ~7 accounts per phone on 12 identical phones with Italian
    SIMs, driven by automation with near-uniform gaps, Italian maths and
    physics with Italian reasoning requests."""
    w, rng, name = ctx.world, ctx.rng("cantiere"), "Cantiere"
    n = _n(rng, 80)
    phones = [(phone(rng, w, f"cantiere-{k}", model="23021RAAEG", update_share=1.0),
               Mobile(rng, NETS[rng.choice(["it_iliad_mob", "it_wind_mob"])])) for k in range(12)]
    batches = [w.start - 10 * DAY + int(rng.uniform(9, 11) * HOUR), w.start - 4 * DAY + int(rng.uniform(15, 17) * HOUR)]
    topics = MATH_TOPICS + PHYS_TOPICS
    k = 0
    for p_i, (client, conn) in enumerate(phones):
        accts = [ctx.reg.account("cantiere_device_farm", batches[j % 2] + rng.randrange(0, 90) * MIN, campaign=name,
                                 payment=card(rng, "postepay"), cc="IT") for j in range(n // 12 + (p_i < n % 12))]
        for d in range(w.days):
            for shift in range(rng.randint(7, 10)):
                acct = accts[(d * 10 + shift) % len(accts)]
                t = local_ms(d, rng.uniform(8, 23.3), CEST)
                addr = conn.addr(rng, t)
                for _ in range(rng.randint(15, 30)):
                    topic = topics[k % len(topics)]
                    k += 1
                    q = exercise(rng, topic, "it")
                    p = TIKTOK_IT[1].format(esercizio=q) if rng.random() < .3 else q + " " + cot(rng, "it", 0.4)
                    ctx.sink.emit(rng, acct, t, client, addr, model=consumer_model(rng, w, t, True, 0.9), endpoint=EP_APP,
                                  prompt=casual(rng, p) if rng.random() < .3 else p, kind="cot")
                    t += int(rng.uniform(45, 75) * SEC)


def ventaglio(ctx: Ctx) -> None:
    """One fixed Italian wrapper around benchmark questions, fired by cron
    from datacentre VMs; fresh accounts, every card from one (common) BIN."""
    w, rng, name = ctx.world, ctx.rng("ventaglio"), "Ventaglio"
    n = _n(rng, 60)
    vms = [cloud_vm(rng, rng.choice(["hetzner", "ovh", "contabo"])) for _ in range(12)]
    cur = Cursor(ctx.corpus, rng.choice(["wordmath", "math"]), rng)
    client = sdk("python-requests/2.32.3")
    switch = _switch(w, rng, (1, 3))
    for i in range(n):
        acct = ctx.reg.account("ventaglio_wrapper", aged(rng, w, 2, 6), campaign=name, payment=card(rng, "revolut"), nkeys=1)
        vm = vms[i % 12]
        for ts in cron(rng, w.start, w.end, 32 * MIN, 90 * SEC, rng.randrange(0, 32 * MIN)):
            ctx.sink.emit(rng, acct, ts, client, vm.addr(rng, ts), model=M_NEW if ts >= switch else M_PRO, endpoint=EP_CHAT,
                          prompt=VENTAGLIO_WRAP.format(q=cur.next()), kind="cot", key=acct.keys[0], p429=0.01)


def mosaico(ctx: Ctx) -> None:
    """Bought aged accounts (own cards, own browsers), residential exits in
    the account's country, a 24-way paraphrase bank around benchmark items,
    human-like evening sessions and a little cover chat."""
    w, rng, name = ctx.world, ctx.rng("mosaico"), "Mosaico"
    cur = {p: Cursor(ctx.corpus, p, rng) for p in ("math", "wordmath", "arena_s")}
    switch = _switch(w, rng, (2, 10))
    for i in range(_n(rng, 100)):
        cc = rng.choice(["IT", "ES", "PT"])
        acct = ctx.reg.account("mosaico_paraphrase", aged(rng, w, 200, 1100), campaign=name, payment=personal_card(rng, cc), cc=cc)
        client = browser(rng, w, acct.id)
        conn = Proxy(rng, [cc], sticky_min=24 * 60, mobile_share=0.2)
        sessions = human_sessions(rng, curve_fn("evening", CEST), w.start, w.end, poisson(rng, 6 * w.days), 5, 40)

        def prompt(r, ts):
            if r.random() < 0.15:
                return general(r, cc.lower(), ctx.corpus)
            return paraphrased(r, cur[r.choices(["math", "wordmath", "arena_s"], [.4, .4, .2])[0]].next()), "cot"
        run_chat(ctx, rng, acct, client, conn, sessions, prompt, endpoint=EP_RESP,
                 model_fn=lambda r, ts: M_NEW if ts >= switch else M_PRO)


def sombra(ctx: Ctx) -> None:
    """Hides among PAU students: phones on Spanish carriers, distinct cards and
    devices, the students' viral phrasings, siesta-shaped days, low volume -
    but every request is an exercise from a systematic sweep, with a request
    to show each step."""
    w, rng, name = ctx.world, ctx.rng("sombra"), "Sombra"
    topics = ES_TOPICS + PHYS
    k = [rng.randrange(100)]
    asks = ["explícamelo paso a paso, no te saltes nada: {q}", "{q} explica cada paso como si fuera para el examen",
            "{q}\ncómo llegas a eso? detállame cada paso", TIKTOK_ES[1], "necesito entender el porqué de cada paso: {q}"]
    for i in range(_n(rng, 70)):
        lang = "ca" if rng.random() < 0.15 else "es"
        acct = ctx.reg.account("sombra_student_mimic", aged(rng, w, 7, 60), campaign=name,
                               payment=personal_card(rng, "ES") if rng.random() < .5 else None, cc="ES")
        client = phone(rng, w, acct.id)
        conn, _, _ = person_conn(rng, w, "ES", CEST, 0.6)
        sessions = human_sessions(rng, curve_fn("uni_es", CEST), w.start, w.end, poisson(rng, 4 * w.days), 3.2, 70)

        def prompt(r, ts, lang=lang):
            topic = topics[k[0] % len(topics)]
            k[0] += 1
            q = exercise(r, topic, lang)
            t = r.choice(asks) if lang == "es" else "Explica'm pas a pas com es resol, sense saltar-te cap pas: {q}"
            return casual_es(r, t.format(q=q, ej=q)), "cot"
        run_chat(ctx, rng, acct, client, conn, sessions, prompt, lang="es", followup_fn=followup, p_follow=0.08)


def eco_campaign(ctx: Ctx) -> None:
    """Asks the model to rewrite terse solutions into full reasoning traces:
    long prompts, long answers, queue workers on cloud VMs and a VPN."""
    w, rng, name = ctx.world, ctx.rng("eco"), "Eco"
    vms = [cloud_vm(rng, rng.choice(["digitalocean", "aws"])) for _ in range(10)]
    vpn = Vpn(rng, ["m247", "leaseweb"], 4)
    cur = Cursor(ctx.corpus, "wordmath", rng)
    client = sdk("levante-node/2.1.0")
    switch = _switch(w, rng, (3, 12))
    for i in range(_n(rng, 50)):
        acct = ctx.reg.account("eco_trace_rewrite", aged(rng, w, 3, 20), campaign=name,
                               payment=card(rng, rng.choice(["wise", "revolut", "n26"])), nkeys=1, cc="PT")
        conn = vms[i % 10] if rng.random() < .7 else vpn
        for start in sample_times(rng, poisson(rng, 2.5 * w.days), curve_fn("flat", CEST), w.start, w.end):
            t = start
            for _ in range(rng.randint(10, 18)):
                lang = rng.choices(["pt", "en", "es"], [.5, .4, .1])[0]
                ctx.sink.emit(rng, acct, t, client, conn.addr(rng, t), model=M_NEW if t >= switch else M_PRO, endpoint=EP_CHAT,
                              prompt=eco(rng, cur.next(), lang), kind="rewrite", key=acct.keys[0])
                t += int(rng.uniform(18, 45) * SEC)


def formiga(ctx: Ctx) -> None:
    """Trickle: hundreds of unremarkable accounts, a handful of requests each
    per day, together walking a benchmark once, item by item."""
    w, rng, name = ctx.world, ctx.rng("formiga"), "Formiga"
    cur = {p: Cursor(ctx.corpus, p, rng) for p in ("math", "gsm8k", "mbpp")}
    wraps = ["Resolve e explica o raciocínio: {q}", "{q}\n\nExplica cada passo.", "Solve: {q}\nExplain your reasoning.", "{q}",
             "Podes resolver isto e mostrar como chegaste lá? {q}", "{q}\nWalk me through it."]
    for i in range(_n(rng, 400)):
        cc = rng.choices(["PT", "ES", "IT"], [.5, .3, .2])[0]
        paid = rng.random() < 0.4
        acct = ctx.reg.account("formiga_trickle", aged(rng, w, 5, 70), campaign=name, payment=personal_card(rng, cc) if paid else None, cc=cc)
        client = browser(rng, w, acct.id)
        conn = Proxy(rng, [cc], sticky_min=30, mobile_share=0.5)
        sessions = human_sessions(rng, curve_fn("consumer_pt", CEST), w.start, w.end, poisson(rng, 2 * w.days), 2.3, 80)
        run_chat(ctx, rng, acct, client, conn, sessions,
                 lambda r, ts: (r.choice(wraps).format(q=cur[r.choice(["math", "gsm8k", "mbpp"])].next()), "cot"), lang="pt",
                 model_fn=lambda r, ts, p=paid: M_NEW if w.after_launch(ts) and r.random() < .5 else M_PRO if p else M_STD)


def talpa(ctx: Ctx, house: dict) -> None:
    """Insider at Bitgarden: an employee's account plus new accounts opened
    under the company org (so the company card), harvesting agentic tool-use
    trajectories and code from the office line by day and home by night."""
    w, rng, name = ctx.world, ctx.rng("talpa"), "Talpa"
    home = person_conn(rng, w, "IT", CEST)[1]
    script = sdk("levante-python/2.4.1")
    accts = [ctx.reg.account("talpa_insider", aged(rng, w, 200, 600), campaign=name, org=house["org"], payment=house["payment"], nkeys=1)]
    accts += [ctx.reg.account("talpa_insider", aged(rng, w, 3, 10), campaign=name, org=house["org"], payment=house["payment"], nkeys=1)
              for _ in range(rng.randint(8, 11))]
    idx = rng.randrange(1000)
    for j, acct in enumerate(accts):
        client = house["plugin"] if j == 0 else script
        for start in sample_times(rng, poisson(rng, 4 * w.days), curve_fn("dev", CEST), w.start, w.end):
            h = local_day_hour(start, CEST)[1]
            conn = house["nat"] if 9 <= h < 18.5 else home
            t = start
            for step in range(rng.randint(4, 14)):
                if rng.random() < .6:
                    sysmsg, p, kind = rete(rng, idx, step % 4)
                else:
                    sysmsg, p, kind = None, ctx.corpus.pick(rng, "arena_code") + "\n\n" + cot(rng, "en", 0.7), "cot"
                idx += 1 if step % 4 == 3 else 0
                ctx.sink.emit(rng, acct, t, client, conn.addr(rng, t), model=M_NEW if w.after_launch(t) else M_PRO, endpoint=EP_CHAT,
                              prompt=p, system=sysmsg, kind=kind, key=acct.keys[0])
                t += int(rng.uniform(20, 90) * SEC)
