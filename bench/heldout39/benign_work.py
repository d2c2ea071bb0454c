"""Benign businesses: legal-tech firm, publisher batch translation, support
SaaS with tools, a software company with CI review bots and freelancers, a
marketing agency, a call centre, offices, an eval team and RAG startups."""
from __future__ import annotations

from .emit import ntok
from .clients import aged, browser, card, personal_card, recent_skew, sdk, sepa
from .networks import NETS, Home, Mixed, Nat, cloud_vm, pick_net
from .population import Ctx, activity, person_conn, run_chat
from .rhythm import batch_run, curve_fn, human_sessions, poisson, sample_times
from .texts_life import followup
from .texts_work import (BUSINESS, CI_REVIEW, PUBLISHER_SYSTEM, PUBLISHER_T, SHOPS, SUPPORT_SYSTEM, agency, callcentre, diff,
                         excerpt, legal, office, rag_chunk, support_turns)
from .world import (CEST, EP_CHAT, EP_EMBED, EP_LEGACY, EP_RESP, HOUR, M_EMBED, M_MINI, M_NEW, M_PINNED, M_PRO, M_STD,
                    MIN, SEC, WEST, local_day_hour, local_ms)


def office_people(ctx: Ctx, pop: str, n: int, org: str, pay: str | None, nat: Nat, cc: str, tz: int, curve: str,
                  prompt_fn, lang: str, wfh: float = 0.2, per_day: float = 3.0, devices=None) -> list:
    w, rng = ctx.world, ctx.rng(pop, org)
    out = []
    for i in range(n):
        acct = ctx.reg.account(pop, aged(rng, w, 20, 600), org=org, payment=pay, cc=cc)
        client = devices[i % len(devices)] if devices else browser(rng, w, acct.id)
        home = Home(rng, pick_net(rng, cc, "broadband"), w.start, w.end)
        conn = Mixed(lambda r, ts, home=home: home if r.random() < wfh else nat)
        sessions = human_sessions(rng, curve_fn(curve, tz), w.start, w.end, poisson(rng, activity(rng, per_day * w.days, 0.5)), 3, 80)
        run_chat(ctx, rng, acct, client, conn, sessions, prompt_fn, lang=lang, followup_fn=followup, p_follow=0.25,
                 model_fn=lambda r, ts: M_NEW if w.after_launch(ts) and r.random() < 0.3 else M_STD)
        out.append(acct)
    return out


def legal_firm(ctx: Ctx) -> None:
    rng = ctx.rng("legal")
    org, pay = ctx.reg.org("lexia-abogados"), card(rng, "santander", 1)  # one corporate card for everyone
    office_people(ctx, "legaltech_firm", 40, org, pay, Nat(rng, NETS["es_movistar_bb"], 2), "ES", CEST, "office_es",
                  lambda r, ts: legal(r), "es", per_day=4.0)


def callcentre_es(ctx: Ctx) -> None:
    """110 agents on one office NAT; hot desks, so two shifts share a PC."""
    w, rng = ctx.world, ctx.rng("callcentre")
    org, pay = ctx.reg.org("contacta-bpo"), sepa(rng)
    nat = Nat(rng, NETS["es_orange_bb"], 2)
    pcs = [browser(rng, w, f"cc-pc-{i}") for i in range(60)]
    for i in range(110):
        acct = ctx.reg.account("callcentre_agents", aged(rng, w, 10, 400), org=org, payment=pay, cc="ES")
        morning = i % 2 == 0
        lo_h, hi_h = (8, 15) if morning else (15, 22)

        def wfn(ms, lo_h=lo_h, hi_h=hi_h):
            h = local_day_hour(ms, CEST)[1]
            return 0.0 if not (lo_h <= h < hi_h) else 0.5 if (h - lo_h) % 2.5 < 0.3 else 1.0
        sessions = human_sessions(rng, wfn, w.start, w.end, poisson(rng, activity(rng, 14, 0.4)), 2.2, 45)
        run_chat(ctx, rng, acct, pcs[(i // 2) % 60], nat, sessions, lambda r, ts: callcentre(r), lang="es",
                 model_fn=lambda r, ts: M_MINI)


def offices(ctx: Ctx) -> None:
    rng = ctx.rng("offices")
    specs = [("banca-padana", "IT", "it_tim_bb", CEST, "office_it", "it", 30), ("assicura-nord", "IT", "it_fastweb_bb", CEST, "office_it", "it", 25),
             ("consulting-roma", "IT", "it_voda_bb", CEST, "office_it", "it", 20), ("energia-iberica", "ES", "es_movistar_bb", CEST, "office_es", "es", 30),
             ("retail-levante", "ES", "es_orange_bb", CEST, "office_es", "es", 25), ("logistica-bcn", "ES", "es_masmovil_bb", CEST, "office_es", "es", 20),
             ("seguros-tejo", "PT", "pt_meo_bb", WEST, "office_pt", "pt", 30), ("telco-porto", "PT", "pt_nos_bb", WEST, "office_pt", "pt", 25),
             ("gestoria-andalucia", "ES", "es_ono_bb", CEST, "office_es", "es", 15), ("studio-commerciale", "IT", "it_wind_bb", CEST, "office_it", "it", 12)]
    for name, cc, net, tz, curve, lang, n in specs:
        org = ctx.reg.org(name)
        pay = sepa(rng) if rng.random() < 0.6 else card(rng, rng.choice(["intesa", "bbva", "millennium"]), 1)
        office_people(ctx, "office_workers", n, org, pay, Nat(rng, NETS[net], rng.choice([1, 2])), cc, tz, curve,
                      lambda r, ts, l=lang: office(r, l), lang, per_day=3.5)


def agency_pt(ctx: Ctx) -> None:
    """Sardinha Digital manages 28 small-business accounts: one agency card,
    five agency laptops, one office line."""
    w, rng = ctx.world, ctx.rng("agency")
    pay = card(rng, "millennium", 1)
    nat = Nat(rng, NETS["pt_nos_bb"], 1)
    laptops = [browser(rng, w, f"sardinha-{i}") for i in range(5)]
    for i in range(28):
        biz = BUSINESS[i % len(BUSINESS)]
        org = ctx.reg.org(f"client-{i}-{biz[0]}")
        office_people(ctx, "agency_managed_smb", 1, org, pay, nat, "PT", WEST, "office_pt", lambda r, ts, b=biz: agency(r, b), "pt",
                      wfh=0.05, per_day=2.5, devices=[laptops[rng.randrange(5)]])


def publisher(ctx: Ctx) -> None:
    """Edições Maré Alta: night batch translation to European Portuguese with
    one template, from a rented VM."""
    w, rng = ctx.world, ctx.rng("publisher")
    org, pay = ctx.reg.org("edicoes-mare-alta"), card(rng, "cgd", 1)
    vm, office_nat = cloud_vm(rng, "ovh"), Nat(rng, NETS["pt_nos_bb"], 1)
    client = sdk("levante-python/2.3.0")
    for j in range(2):
        acct = ctx.reg.account("publisher_batch", aged(rng, w, 120, 400), org=org, payment=pay, nkeys=1, cc="PT")
        for d in range(-1, w.days):
            start = local_ms(d, 1.0 + rng.uniform(0, 0.3), WEST) if d >= 0 else w.start + 10 * MIN
            n = rng.randint(2600, 3300) if d >= 0 else 900
            for ts in batch_run(rng, start, n, 4, 16.0):
                p = PUBLISHER_T.format(x=excerpt(rng, rng.randint(3, 8)))
                ctx.sink.emit(rng, acct, ts, client, vm.addr(rng, ts), model=M_STD, endpoint=EP_CHAT, prompt=p, system=PUBLISHER_SYSTEM,
                              kind="translate", key=acct.keys[0], p429=0.01)
        editor = browser(rng, w, acct.id)
        sessions = human_sessions(rng, curve_fn("office_pt", WEST), w.start, w.end, 5, 3, 120)
        run_chat(ctx, rng, acct, editor, office_nat, sessions, lambda r, ts: (PUBLISHER_T.format(x=excerpt(r, 2)), "translate"), lang="pt")


def support_saas(ctx: Ctx, conversations: int = 6800) -> None:
    w, rng = ctx.world, ctx.rng("support")
    org, pay = ctx.reg.org("assistly"), card(rng, "caixabank", 1)
    client = sdk("levante-python/2.4.1")
    accts = [ctx.reg.account("support_saas_agent", aged(rng, w, 200, 700), org=org, payment=pay, nkeys=2, cc="ES") for _ in range(5)]
    vms = [cloud_vm(rng, "gcp") for _ in range(6)]
    starts = sample_times(rng, int(conversations * w.days / 2), curve_fn("ecommerce", CEST), w.start, w.end)
    for s in starts:
        j = rng.randrange(5)
        acct, shop = accts[j], SHOPS[j]
        lang = rng.choices(["it", "es", "pt", "ca"], [.5, .32, .12, .06])[0]
        system = SUPPORT_SYSTEM.replace("{shop}", shop)
        t, hist, vm = s, int(rng.uniform(0, 400)), rng.choice(vms)
        for prompt, kind in support_turns(rng, lang):  # the agent loop resends the whole transcript each turn
            before = len(ctx.sink.rows)
            if ctx.sink.emit(rng, acct, t, client, vm.addr(rng, t), model=M_STD if t < w.launch + 12 * HOUR else M_NEW,
                             endpoint=EP_CHAT, prompt=prompt, system=system, kind=kind, history=hist, key=acct.key(rng)):
                hist += ntok(prompt) + ctx.sink.rows[before][2]["completion_tokens"]
            t += int(rng.uniform(0.8, 3.5) * SEC)


def software_house(ctx: Ctx) -> dict:
    """Bitgarden Srl (Bologna): developers, CI review bots on GitHub-hosted
    runners (a new Azure address per job), plus freelance developers."""
    w, rng = ctx.world, ctx.rng("bitgarden")
    org, pay = ctx.reg.org("bitgarden"), card(rng, "unicredit", 1)
    nat = Nat(rng, NETS["it_fastweb_bb"], 2)
    plugin = sdk("levante-vscode/1.8.2", " (VS Code 1.90.2)")
    code = lambda r, ts: r.choice([(ctx.corpus.pick(r, "arena_code"), "code"), (ctx.corpus.pick(r, "code"), "code"),
                                   ("Write unit tests with pytest for this function:\n" + ctx.corpus.pick(r, "humaneval"), "code"),
                                   ("Spiegami questo stack trace: TypeError: 'NoneType' object is not subscriptable in billing/invoice.py line 88", "code")])
    for i in range(45):
        acct = ctx.reg.account("dev_team", aged(rng, w, 30, 700), org=org, payment=pay, nkeys=1)
        home = Home(rng, pick_net(rng, "IT", "broadband"), w.start, w.end)
        conn = Mixed(lambda r, ts, home=home: nat if 9 <= local_day_hour(ts, CEST)[1] < 18.5 and r.random() < 0.6 else home)
        sessions = human_sessions(rng, curve_fn("dev", CEST), w.start, w.end, poisson(rng, activity(rng, 14, 0.6)), 3.5, 45)
        run_chat(ctx, rng, acct, plugin if rng.random() < 0.7 else browser(rng, w, acct.id), conn, sessions, code, endpoint=EP_CHAT,
                 model_fn=lambda r, ts: M_NEW if w.after_launch(ts) and r.random() < .5 else M_PRO if r.random() < .3 else M_STD,
                 key_fn=lambda r, a=acct: a.keys[0])
    bots = sdk("levante-python/2.4.1", " gh-actions-review/0.9")
    for b in range(3):
        acct = ctx.reg.account("ci_review_bots", aged(rng, w, 60, 400), org=org, payment=pay, nkeys=1)
        pushes = sample_times(rng, poisson(rng, 260 * w.days), curve_fn("dev", CEST), w.start, w.end)
        nightly = [t for d in range(w.days) for t in batch_run(rng, local_ms(d, 2.0, CEST) + rng.randrange(0, 90) * SEC, 120, 4, 6)]
        for ts in sorted(pushes + nightly):
            runner = cloud_vm(rng, "azure")  # fresh GitHub-hosted runner per job
            ctx.sink.emit(rng, acct, ts, bots, runner.addr(rng, ts), model=M_PINNED, endpoint=EP_CHAT,
                          prompt=CI_REVIEW.format(d=diff(rng, ctx.corpus.pick(rng, "humaneval"))), kind="review", key=acct.keys[0])
    for i in range(80):  # freelancers: own accounts, own cards, odd hours
        acct = ctx.reg.account("freelance_devs", recent_skew(rng, w, 900), payment=personal_card(rng, rng.choice(["IT", "ES", "PT"])), nkeys=1)
        cl = rng.choice([plugin, sdk(rng.choice(["levante-python/2.4.1", "OpenAI/Python 1.35.10", "litellm/1.40.8"])), browser(rng, w, acct.id)])
        conn, _, _ = person_conn(rng, w, rng.choice(["IT", "ES", "PT"]), CEST, 0.85)
        sessions = human_sessions(rng, curve_fn(rng.choice(["dev", "evening"]), CEST), w.start, w.end, poisson(rng, activity(rng, 10, 0.7)), 4, 50)
        run_chat(ctx, rng, acct, cl, conn, sessions, code, endpoint=EP_CHAT if cl.kind == "sdk" else EP_RESP,
                 model_fn=lambda r, ts: M_NEW if w.after_launch(ts) and r.random() < .6 else M_STD, key_fn=lambda r, a=acct: a.keys[0])
    return {"org": org, "payment": pay, "nat": nat, "plugin": plugin}


EVAL_T = {"gsm8k": "Q: {q}\nA: Let's think step by step.", "mbpp": "{q}\nThink step by step about the tests first, then write the function."}


def eval_team(ctx: Ctx) -> None:
    """Orbital Evals (Madrid): a card-paying team running a public benchmark
    every night at 02:00 from a rented server, and on levante-3 at once."""
    w, rng = ctx.world, ctx.rng("evalteam")
    pay, vm = card(rng, "bbva", 1), cloud_vm(rng, "hetzner")
    client = sdk("python-httpx/0.27.0")
    accts = [ctx.reg.account("eval_team_nightly", aged(rng, w, 90, 500), org=ctx.reg.org("orbital-evals"), payment=pay, nkeys=1, cc="ES")
             for _ in range(3)]
    runs = [(local_ms(d, 2.0, CEST) + 7 * SEC, m) for d in range(w.days + 1) for m in (M_STD, M_PRO)]
    runs.append((w.launch + int(rng.uniform(1.2, 2.0) * HOUR), M_NEW))
    for j, (start, model) in enumerate(runs):
        acct = accts[j % 3]
        for k, (bench, n) in enumerate([("gsm8k", 500), ("mbpp", 300)]):
            for i, ts in enumerate(batch_run(rng, start + k * 50 * MIN, n, 16, 9.0, 0.35)):
                ctx.sink.emit(rng, acct, ts, client, vm.addr(rng, ts), model=model, endpoint=EP_LEGACY if bench == "gsm8k" else EP_CHAT,
                              prompt=EVAL_T[bench].format(q=ctx.corpus.item(bench, i * 7)), kind="math" if bench == "gsm8k" else "code",
                              key=acct.keys[0], p429=0.015)


def rag_startups(ctx: Ctx) -> None:
    """Three startups indexing documents through the embeddings endpoint
    (night re-index plus trickle) and answering with retrieved context."""
    w, rng = ctx.world, ctx.rng("rag")
    for s, (name, cloud, cc) in enumerate([("docuflow", "scaleway", "ES"), ("leggi-facile", "aruba", "IT"), ("arquivo-ai", "aws", "PT")]):
        org, pay = ctx.reg.org(name), card(rng, rng.choice(["revolut", "wise", "bbva"]), 2)
        vm = cloud_vm(rng, cloud)
        client = sdk(rng.choice(["LangChain/0.2.6 (python)", "levante-python/2.4.1"]))
        indexer = ctx.reg.account("rag_startup", aged(rng, w, 60, 500), org=org, payment=pay, nkeys=1, cc=cc)
        app = ctx.reg.account("rag_startup", aged(rng, w, 60, 500), org=org, payment=pay, nkeys=2, cc=cc)
        chunk = 0
        for d in range(w.days):
            for ts in batch_run(rng, local_ms(d, rng.uniform(0.5, 3.5), CEST), rng.randint(900, 1600), 6, 1.2):
                batch = "\n".join(rag_chunk(rng, chunk + i) for i in range(rng.choice([16, 32, 64])))
                chunk += 64
                ctx.sink.emit(rng, indexer, ts, client, vm.addr(rng, ts), model=M_EMBED, endpoint=EP_EMBED, prompt=batch, kind="embed", key=indexer.keys[0])
        for ts in sample_times(rng, poisson(rng, 700 * w.days), curve_fn("office_es", CEST), w.start, w.end):
            ctx_txt = "\n".join(rag_chunk(rng, rng.randrange(chunk or 1)) for _ in range(4))
            q = rng.choice(["Qual è il preavviso per recedere?", "¿Cuál es el plazo de devolución?", "Qual o prazo de devolução?", "Serve registrare la garanzia?"])
            ctx.sink.emit(rng, app, ts, client, vm.addr(rng, ts), model=M_MINI, endpoint=EP_CHAT, prompt=f"Contesto:\n{ctx_txt}\n\nDomanda: {q}",
                          system="Answer only from the context. Cite the doc ids.", kind="summary", key=app.key(rng))
