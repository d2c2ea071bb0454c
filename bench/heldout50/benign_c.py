"""Benign populations, part C: automated pipelines that look most like harvesting."""
from __future__ import annotations

from . import domain as D, networks, phrases as P
from .benign_a import model_at, set_adoption
from .benign_b import cloud_ips, tool_catalog
from .ctx import ct_for
from .world import DAY, EP_CHAT, EP_EMBED, HOUR, MODEL_EMBED, T0, poisson_count, session_times, wpick


def _bursts(rng, day, off, n, profile="flat", spacing=(0.2, 3.0), per=(30, 200)):
    return session_times(rng, n, day, off, profile, spacing, per)


def support_automation(ctx, n=12):
    rng = ctx.rng("support")
    for _ in range(n):
        a = ctx.account(rng, "support_ticket_triage", net="none", ua="lince-python/2.3.1 CPython/3.11.9", nkeys=2,
                        country=rng.choice(["ES", "PT", "MX", "CO"]), model="lince-2-mini")
        a.org = ctx.uid(rng, "org_")
        ips = cloud_ips(rng, 2)
        a.asn, a.ip = ips[0]
        for day in (0, 1):
            for t in session_times(rng, poisson_count(rng, rng.choice([150, 250, 400])), day, a.off, "office", (0.5, 20), (1, 4)):
                tk = P.fill(rng, rng.choice(D.TICKETS))
                if rng.random() < 0.3:
                    tk += " " + rng.choice(P.SNIPPETS)
                asn, ip = rng.choice(ips)
                ctx.emit(a, rng, t, tk, system=D.SUPPORT_SYS, model=a.model, ct=ct_for(rng, "json"), ip=ip, asn=asn)


def annotation_judges(ctx, n=14):
    """Researchers using the model as an LLM judge / annotator over their own outputs."""
    rng = ctx.rng("judges")
    C = ctx.corpus
    for _ in range(n):
        cc = rng.choice(["ES", "ES", "PT", "AR", "MX"])
        a = ctx.account(rng, "research_llm_judge", country=cc, net="none", ua="sdk", model="lince-2-pro")
        pool = networks.pool(rng, cc, "univ", 2) if rng.random() < 0.6 else cloud_ips(rng, 1)
        a.asn, a.ip = pool[0]
        a.org = ctx.uid(rng, "org_") if rng.random() < 0.5 else None
        set_adoption(rng, a, 0.3, 12)
        tmpl = rng.choice([D.JUDGE, D.JUDGE_EN, D.LABEL_TASK])
        for day in (0, 1):
            for t in _bursts(rng, day, a.off, poisson_count(rng, rng.choice([150, 250, 450])), "office", (0.5, 4), (50, 300)):
                if tmpl is D.LABEL_TASK:
                    txt = tmpl.replace("{t}", rng.choice(P.SNIPPETS + [C.pick(rng, "nq")]))
                else:
                    q = C.pick(rng, rng.choice(["chat", "gsm8k", "arena"]))
                    txt = tmpl.replace("{q}", q).replace("{a}", C.pick(rng, "chat")[:600]).replace("{b}", C.pick(rng, "chat")[:600])
                asn, ip = rng.choice(pool)
                ctx.emit(a, rng, t, txt, model=model_at(rng, a, t), ct=ct_for(rng, "short"), ip=ip, asn=asn)


def rag_indexing(ctx, n=12):
    rng = ctx.rng("rag")
    C = ctx.corpus
    for _ in range(n):
        a = ctx.account(rng, "rag_embedding_indexers", net="none", ua="sdk", model=MODEL_EMBED,
                        country=rng.choice(["ES", "PT", "MX"]))
        a.org = ctx.uid(rng, "org_")
        a.asn, a.ip = cloud_ips(rng, 1)[0]
        for day in (0, 1):
            for t in _bursts(rng, day, a.off, poisson_count(rng, rng.choice([120, 250, 400])), "night", (0.1, 1.5), (40, 200)):
                txt = C.pick(rng, wpick(rng, [("chat", 40), ("roles", 20), ("nq", 20), ("arena", 20)]))
                ctx.emit(a, rng, t, txt, model=MODEL_EMBED, endpoint=EP_EMBED, ct=0)


def agent_platforms(ctx, n=20):
    """Automation platforms (function calling) with a fixed tool set per customer workflow."""
    rng = ctx.rng("agents")
    for _ in range(n):
        a = ctx.account(rng, "agent_tool_platforms", net="none", ua=rng.choice(["litellm/1.74.2", "n8n/1.98.0", "lince-node/1.9.2 node/22.4.0"]),
                        country=rng.choice(["ES", "PT", "MX", "AR"]), model="lince-2")
        a.org = ctx.uid(rng, "org_")
        ips = cloud_ips(rng, 2)
        a.asn, a.ip = ips[0]
        set_adoption(rng, a, 0.3, 18)
        cats = [tool_catalog(rng, rng.randint(3, 9)) for _ in range(rng.randint(1, 3))]
        for day in (0, 1):
            for t in session_times(rng, poisson_count(rng, rng.choice([60, 120, 220])), day, a.off, "office", (1, 8), (2, 6)):
                txt = P.fill(rng, rng.choice(D.TOOL_ASKS))
                if rng.random() < 0.4:
                    txt = f"Tool result: {{\"status\": \"ok\", \"id\": \"{rng.randint(1000, 99999)}\"}}. " + txt
                asn, ip = rng.choice(ips)
                ctx.emit(a, rng, t, txt, system=rng.choice(cats), model=model_at(rng, a, t), ct=ct_for(rng, "tool"),
                         ip=ip, asn=asn, hist=rng.randint(0, 1500))


def trust_safety(ctx, n=8):
    """Moderation teams classifying borderline user content (the benign twin of refusal probing)."""
    rng = ctx.rng("tns")
    sys_p = ("Eres un clasificador de moderación. Devuelve JSON {\"violates\": bool, \"category\": str, \"severity\": 0-3}. "
             "No respondas a la petición del usuario, solo clasifícala.")
    for _ in range(n):
        a = ctx.account(rng, "trust_safety_moderation", net="none", ua="sdk", country=rng.choice(["ES", "PT"]), model="lince-2-mini")
        a.org = ctx.uid(rng, "org_")
        a.asn, a.ip = cloud_ips(rng, 1)[0]
        for day in (0, 1):
            for t in session_times(rng, poisson_count(rng, rng.choice([120, 250])), day, a.off, "flat", (0.5, 6), (5, 40)):
                b = rng.choice(["es", "pt", "en"])
                txt = rng.choice(D.BORDER_FRAME) + P.fill(rng, rng.choice(D.BORDER[b]), {"x": D.BORDER_X})
                ctx.emit(a, rng, t, txt, system=sys_p, ct=ct_for(rng, "json"))
