"""Campaigns on other people's keys and on free tiers: leaked-keys, quota-sprint, webchat-bots."""
from __future__ import annotations

from .benign_people import DEV_REGIONS, FREE_API_CAP, FREE_WEB_CAP, SDK, dev_traffic
from .common import Client
from .net import REGIONS, UAS, Home, ja4, pick, v4, v6_addr, v6_prefix
from .text import lognorm, toks, web_system
from .campaigns_paid import HARVEST_CODE, shared_queue
from .world import DAY, HOUR, MIN, SEC, World, local_to_utc, rfc3339

SPRINT = {
    "ar": ["حل المسألة التالية خطوة بخطوة واشرح كل خطوة، ثم اكتب الجواب النهائي:\n{q}",
           "{q}\n\nاشرح طريقة الحل بالتفصيل خطوة بخطوة بالعربية، ثم أعط النتيجة النهائية."],
    "fr": ["Résous le problème suivant étape par étape en expliquant chaque étape, puis donne la réponse finale :\n{q}",
           "{q}\n\nExplique ton raisonnement en détail, étape par étape, en français. Termine par « Réponse : »."],
    "pt": ["Resolva o problema a seguir passo a passo, explicando cada etapa, e dê a resposta final:\n{q}",
           "{q}\n\nExplique o raciocínio detalhadamente, passo a passo, em português."],
}
BOT_FOLLOW = ["Continue.", "Explique plus en détail l'étape 2.", "Donne une autre méthode de résolution.",
              "Vérifie ta réponse et corrige si nécessaire.", "Réécris la solution complète de façon rigoureuse.",
              "Write the same solution in English.", "Généralise le résultat.", "Donne le code Python correspondant.",
              "Quelles sont les erreurs fréquentes sur ce type d'exercice ?"]
BOT_FIRST = ["{q}", "{q}\n\nExplique ta démarche.", "Résous : {q}", "{q}\nDétaille chaque étape."]
LINUX_CHROME = UAS["chrome_linux"][0]


def leaked_keys(w: World) -> None:
    """API keys leaked in public repositories: the owners keep using their accounts while the
    operator validates each key with a tiny call, then burns it on code harvest at the
    owner's night-time, from VPN exits shared by all stolen keys."""
    rng = w.rng("leaked-keys")
    exits = [("m247", v4(rng, "m247"), 9009) for _ in range(10)] + [("datacamp", v4(rng, "datacamp"), 60068) for _ in range(8)]
    ua, dev = "Python/3.11 aiohttp/3.9.5", ja4("aiohttp")
    regions = {k: v for k, v in DEV_REGIONS.items() if k in ("FR", "PT", "TN", "MA")}
    for _ in range(w.n(55)):
        region = pick(rng, regions)
        cl = Client(rng, region, mobile=False, stack=pick(rng, SDK))
        pay = w.pay("sepa" if region in ("FR", "PT") and rng.random() < 0.3 else "card")
        a = w.account("leaked-keys", w.created_before(rng, 100, 700), payment=pay, campaign="leaked-keys", region=region,
                      nkeys=rng.randint(2, 3))
        keys, leaked = a.keys, a.keys[-1]
        a.keys = keys[:-1]
        dev_traffic(w, rng, a, cl, min(rng.lognormvariate(-0.3, 0.7), 4))  # the owner's own use
        a.keys = keys
        tz = REGIONS[region][0]
        nights = [d for d in range(w.days) if rng.random() < 0.65] or [rng.randrange(w.days)]
        bursts = [b for b in (local_to_utc(tz, d, rng.uniform(1.5, 4.5)) for d in nights) if w.start <= b < w.end]
        if w.release_paid < w.end and (rng.random() < 0.4 or not bursts):
            bursts.append(w.release_paid + rng.randint(60, 600) * MIN)
        _, pip, pasn = rng.choice(exits)
        t = min(bursts) - rng.randint(10, 600) * MIN
        p = rng.choice(["Say OK", "ping", "hi", "Reply with the word yes."])
        w.emit(a, t, prompt=p, ptoks=toks(p) + 6, ctoks=rng.randint(1, 4), model="brume-2-mini",
               endpoint="/v1/chat/completions", ip=pip, asn=pasn, ua=ua, device=dev, key=leaked, rng=rng)
        for t in bursts:
            _, ip, easn = rng.choice(exits)
            for _i in range(rng.randint(40, 120)):
                src = rng.choice(["mbpp", "mbpp", "humaneval"])
                tpl = HARVEST_CODE[2] if src == "humaneval" else HARVEST_CODE[0]
                p = tpl.format(q=w.corpus.get(rng, src))
                w.emit(a, t, prompt=p, ptoks=toks(p) + 6, ctoks=lognorm(rng, 700, 0.45),
                       model="brume-3" if t >= w.release_paid else "brume-2", endpoint="/v1/chat/completions",
                       ip=ip, asn=easn, ua=ua, device=dev, key=leaked, rng=rng)
                t += int(rng.expovariate(1 / 6) * SEC) + 300


def quota_sprint(w: World) -> None:
    """Free-tier quota farming: every account fires just under its daily cap in the first
    half-hour after the 00:00 UTC reset, and again when brume-3 reaches the free tier with
    its own cap; multilingual step-by-step prompts; all through Cloudflare WARP exits."""
    rng = w.rng("quota-sprint")
    ua, dev = "python-requests/2.31.0", ja4("requests")
    pool = shared_queue(rng, w.corpus.c["gsm8k"] + w.corpus.c["svamp"] + w.corpus.c["math"][:1500])
    for _ in range(w.n(230)):
        region = pick(rng, {"MA": 4, "DZ": 4, "TN": 2, "FR": 2, "PT": 1, "AO": 1})
        a = w.account("quota-sprint", w.start - rng.randrange(2 * DAY, 60 * DAY), campaign="quota-sprint", region=region)
        lang = pick(rng, {"ar": 4, "fr": 4, "pt": 2})
        v6 = rng.random() < 0.35
        sprints = [(w.start + d * DAY + rng.randrange(5, 35 * 60) * SEC, FREE_API_CAP, "brume-2-mini") for d in range(w.days)]
        if w.release_free < w.end:
            sprints.append((w.release_free + rng.randrange(60, 30 * 60) * SEC, 10, "brume-3"))
        for t, cap, model in sprints:
            ip = v6_addr(rng, v6_prefix(rng, "warp")) if v6 else w.cgnat.ip(rng, "warp")
            for _i in range(cap - 1 - (rng.random() < 0.2)):
                p = rng.choice(SPRINT[lang]).format(q=next(pool))
                c = w.emit(a, t, prompt=p, ptoks=toks(p) + 7, ctoks=lognorm(rng, 380, 0.4), model=model,
                           endpoint="/v1/chat/completions", ip=ip, asn=13335, ua=ua, device=dev, rng=rng)
                t += int(c * rng.uniform(10, 18) + rng.uniform(4, 25) * SEC)


def webchat_bots(w: World) -> None:
    """Headless-browser automation of the free web chat from a flat in Oran: six home
    fibre/ADSL lines, one browser per line, accounts rotated as each nears the daily
    message cap, multi-turn follow-ups paced like a person."""
    rng = w.rng("webchat-bots")
    lines = []
    for _ in range(6):
        h = Home(rng, "at_dz", v6=False)
        h.dynamic = True
        lines.append(h)
    dev = ja4("chrome")
    accts = [w.account("webchat-bots", w.start - rng.randrange(DAY, 25 * DAY), campaign="webchat-bots", region="DZ")
             for _ in range(w.n(90))]
    c = w.corpus.c
    pool = shared_queue(rng, c["math"][1500:] + c["gsm8k"][4000:] + c["mbpp"])
    for li, line in enumerate(lines):
        mine = accts[li::len(lines)]
        for d in range(w.days):
            t = local_to_utc("algiers", d, rng.uniform(7.5, 9.5))
            stop = t + int(rng.uniform(11, 14) * HOUR)
            off = rng.randrange(len(mine)) if mine else 0
            for a in mine[off:] + mine[:off]:  # the rotation resumes where yesterday's stopped
                used = 0
                while used < FREE_WEB_CAP - 2 and t < stop:
                    model = w.model(rng, t, True, 1.0)
                    system = web_system(rfc3339(t)[:10], "fr")
                    hist, sys_t = 0, toks(system)
                    convo = [rng.choice(BOT_FIRST).format(q=next(pool))] + rng.sample(BOT_FOLLOW, rng.randint(3, 7))
                    for p in convo[:FREE_WEB_CAP - 2 - used]:
                        ct = w.emit(a, t, prompt=p, ptoks=toks(p) + sys_t + hist + 7, ctoks=lognorm(rng, 550, 0.45),
                                    model=model, endpoint="/web/chat", ip=line.ip(w.day_of(t)), asn=36947,
                                    ua=LINUX_CHROME, device=dev, system=system, rng=rng)
                        hist += toks(p) + ct + 4
                        used += 1
                        t += int(ct * rng.uniform(15, 25) + rng.uniform(40, 150) * SEC)
                t += rng.randint(1, 5) * MIN  # log out, clear profile, log in as the next account
