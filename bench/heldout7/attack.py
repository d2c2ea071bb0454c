"""Distillation campaigns of the heldout7 world. Each is run by an operator who
wants a large volume of orca outputs and knows about per-account rate limits."""
from __future__ import annotations

import texts
import world
from core import Pop, app_system
from texts import clip, fake_reply, native_prompt, transcript
from world import (ASNS, COUNTRIES, DAY, EP_APP, EP_CHAT, HOUR, MIN, NEW_MODEL, RELEASE, SEC, T0, ipv4_in,
                   ipv6_host, ipv6_prefix64, lognorm, poisson, utc_hour_weights)

# ---------------------------------------------------------------------------- wrappers
COT = {
    "en": [
        "{q}\n\nThink through this carefully and write out your full reasoning before giving the final answer.",
        "Solve the problem below. Lay out every intermediate step and justify each one.\n\n{q}",
        "{q}\n\nExplain your reasoning step by step, then give the final answer on its own line as 'Answer: ...'.",
        "Problem:\n{q}\n\nProvide a detailed, step-by-step solution followed by the final result.",
        "{q}\nWalk me through how you would approach this, showing all of the work.",
        "Please reason about the following carefully. Describe each step of your thinking explicitly, then answer.\n\n{q}",
        "{q}\n\nBefore answering, break the problem into parts and solve each part in order.",
        "Here's a question I'm stuck on:\n{q}\nCan you explain the full solution, not just the answer?",
        "{q}",
        "{q}\n\nShow your work.",
        "Task: {q}\nFormat: reasoning first (numbered steps), then 'Final answer:'.",
        "{q} Let's go through it step by step.",
    ],
    "pt": [
        "{q}\n\nResolva passo a passo, explicando todo o raciocínio em português.",
        "Explique detalhadamente como resolver:\n{q}",
        "{q}\n\nMostre cada etapa do raciocínio antes da resposta final.",
    ],
    "es": [
        "{q}\n\nResuelve paso a paso y explica tu razonamiento en español.",
        "Explícame con detalle cómo resolver esto:\n{q}",
        "{q}\n\nDesarrolla cada paso del razonamiento antes de dar la respuesta final.",
    ],
    "sw": ["{q}\n\nTatua hatua kwa hatua na ueleze mawazo yako kwa Kiswahili."],
    "fr": ["{q}\n\nRésous étape par étape et explique ton raisonnement en français."],
}
CODE = [
    "{q}\n\nWrite the solution in Python, then explain how it works line by line and state its time complexity.",
    "Implement the following. Explain your approach first, then give the code, then a few test cases.\n\n{q}",
    "{q}",
    "{q}\n\nThink about edge cases before writing the code and document your reasoning.",
    "Solve this programming task. Reason step by step about the algorithm, then write clean, commented code.\n\n{q}",
    "{q}\n\nGive two different solutions and compare them.",
]


def harvest_task(pop: Pop, lang_w=(("en", 75), ("pt", 13), ("es", 12))) -> tuple[str, str, int]:
    """(prompt, lang, completion median) drawn from a reasoning/code task mix."""
    rng, c = pop.rng, pop.corp
    r = rng.random()
    if r < 0.34:
        q, code = rng.choice(c.math), False
    elif r < 0.52:
        q, code = rng.choice(c.gsm8k), False
    elif r < 0.72:
        q, code = rng.choice(c.code_tasks), True
    elif r < 0.84:
        q, code = clip(rng.choice(c.arena_code), 4000), True
    else:
        q, code = clip(rng.choice(c.arena_text), 4000), False
    lang = rng.choices([l for l, _ in lang_w], [w for _, w in lang_w])[0]
    if code:
        return rng.choice(CODE).replace("{q}", q), "en", 900
    if r >= 0.84:  # open-ended prompts: asked bare, or for a thorough / localised answer
        tail = rng.choice(("", "", "\n\nBe thorough and explain your reasoning.", ANSWER_IN.get(lang, "")))
        return q + tail, lang if tail == ANSWER_IN.get(lang) else "en", 800
    return rng.choice(COT[lang]).replace("{q}", q), lang, 1100


ANSWER_IN = {"pt": "\n\nResponda em português, com detalhes.", "es": "\n\nResponde en español, con detalle."}


class ResidentialProxy:
    """Exit nodes of a residential proxy service geo-targeted to a country: real
    subscribers' addresses on fixed lines and mobile CGNATs, sticky for a while."""

    def __init__(self, pop: Pop, cc: str):
        self.pop, self.cc = pop, cc
        _, _, self.mob, self.fix, self.v6 = COUNTRIES[cc]
        self.until = -1
        self.cur = ("", 0)

    def ip(self, ts: int, sticky_min=(10, 40)) -> tuple[str, int]:
        rng = self.pop.rng
        if ts >= self.until:
            if rng.random() < 0.7:
                asn = rng.choice(self.fix)
                ip = ipv4_in(rng, asn) if ASNS[asn][1] != "mobile" else rng.choice(self.pop.net.cgnat[asn])
            else:
                asn = rng.choice(self.mob)
                ip = rng.choice(self.pop.net.cgnat[asn])
            self.cur = (ip, asn)
            self.until = ts + rng.randint(*sticky_min) * MIN
        return self.cur


# ============================================================================ 1. aged accounts reactivated for orca-5
class AgedReleaseRush(Pop):
    """Bought, long-dormant accounts (8-30 months old) switched on right after the
    orca-5 launch and pointed at it; scripts behind residential proxies."""

    label, campaign = "attack", "orca5-release-rush"
    errors = (0.02, 0.006, 0.003)

    def run(self, base=160):
        rng, c = self.rng, self.corp
        n = self.n(base)
        gift = [self.new_pf() for _ in range(max(1, n // 4))]
        mix = [("BR", 35), ("MX", 20), ("CO", 12), ("AR", 12), ("CL", 6), ("ES", 10), ("PT", 5)]
        systems = [None, None, None, "You are a helpful assistant.",
                   "You are an expert tutor. Always reason step by step before answering."]
        for _ in range(n):
            cc = world.pick_country(rng, mix)
            created = T0 - int(rng.uniform(240, 900) * DAY) - rng.randrange(DAY)
            pay = self.new_pf() if rng.random() < 0.55 else rng.choice(gift)
            a = self.account(created, pay=pay)
            proxy = ResidentialProxy(self, cc)
            ua = rng.choice(("orca-python/2.4.0", "orca-python/2.3.1", "python-httpx/0.28.1", "orca-node/1.8.2",
                             "aiohttp/3.11.11", "python-requests/2.32.3"))
            system = rng.choice(systems)
            awake0 = rng.randrange(24)
            awake_len = rng.randint(13, 19)
            rate = rng.uniform(80, 150)
            # a minority "warm up" the account with chit-chat on Friday
            if rng.random() < 0.15:
                for _ in range(rng.randint(3, 8)):
                    t = T0 + rng.randint(12, 20) * HOUR + rng.randrange(HOUR)
                    ip, asn = proxy.ip(t)
                    self.emit(t, a, prompt=native_prompt(rng, rng.choice(("en", "pt", "es"))), model="orca-4-mini",
                              system=system, comp=self.comp(200, 0.6), ip=ip, asn=asn, ua=ua)
            t = RELEASE + int(rng.uniform(0.3, 9) * HOUR)
            while t < self.ctx.end:
                h = ((t - T0) // HOUR) % 24
                if (h - awake0) % 24 >= awake_len:
                    t += HOUR - (t % HOUR) + rng.randrange(10 * MIN)
                    continue
                prompt, lang, med = harvest_task(self)
                ip, asn = proxy.ip(t)
                self.emit(t, a, prompt=prompt, model=NEW_MODEL, system=system, lang=lang,
                          comp=self.comp(med, 0.45, 80, 4096), ip=ip, asn=asn, ua=ua)
                t += int(rng.expovariate(rate * 24 / awake_len / 86400) * SEC) + 2 * SEC


# ============================================================================ 2. hydra blended into a real product
REWRITE = {
    "es": ["Reescribe este texto de forma más formal:", "Corrige la ortografía y la gramática:", "Hazlo más corto:",
           "Hazlo más amable:", "Reescribe para LinkedIn:"],
    "pt": ["Reescreva de forma mais profissional:", "Corrija os erros de português:", "Deixe mais curto:",
           "Deixe mais educado:", "Reescreva para o LinkedIn:"],
    "en": ["Make this more concise:", "Fix the grammar:", "Make it sound friendlier:"],
}


class RedactaHydra(Pop):
    """'Redacta', a real Spanish/Portuguese writing extension with real users, whose
    operator spreads its backend over 30 API accounts (one org each, three cards)
    and mixes a reasoning-data harvest into the product's own traffic."""

    label, campaign = "attack", "redacta-blend"
    errors = (0.012, 0.004, 0.004)

    def run(self, base=30):
        rng, c = self.rng, self.corp
        cards = [self.new_pf() for _ in range(3)]
        egress = [(ipv4_in(rng, 24940), 24940) for _ in range(6)] + [(ipv4_in(rng, 16276), 16276) for _ in range(2)]
        sys_rw = ("You are Redacta, a writing assistant inside the user's browser. Rewrite, correct or shorten the user's "
                  "text as asked. Reply only with the revised text, in the user's language.")
        sys_chat = "You are Redacta Chat, a helpful assistant inside the Redacta extension. Answer thoroughly."
        hw_users = utc_hour_weights("product", -4)
        switch = RELEASE + int(rng.uniform(0.5, 3) * HOUR)
        for i in range(self.n(base)):
            a = self.account(T0 - int(rng.uniform(60, 200) * DAY), pay=cards[i % 3], nkeys=2)
            real_rate = lognorm(rng, 170, 0.3)
            harvest_rate = lognorm(rng, 210, 0.2)
            for d, day0 in self.days():
                # real product traffic
                for _ in range(poisson(rng, real_rate * world.local_dayfactor("product", day0, -4))):
                    ts = world.sample_in_day(rng, day0, hw_users)
                    lang = "es" if rng.random() < 0.55 else ("pt" if rng.random() < 0.9 else "en")
                    src = rng.choice(texts.BANK[lang]["text"]) if rng.random() < 0.5 else clip(rng.choice(c.prose), 1200)
                    if rng.random() < 0.25:
                        src = native_prompt(rng, lang)
                    prompt = f"{rng.choice(REWRITE[lang])}\n\n{src}"
                    ip, asn = rng.choice(egress)
                    self.emit(ts, a, prompt=prompt, model="orca-4-mini", system=sys_rw, lang=lang,
                              comp=int(texts.tokens(src, lang) * lognorm(rng, 1.0, 0.25)) + 5, ip=ip, asn=asn,
                              ua="axios/1.7.9", key=a.keys[0])
                # the harvest, paced flat through the day on the second key
                for _ in range(poisson(rng, harvest_rate)):
                    ts = day0 + rng.randrange(DAY)
                    prompt, lang, med = harvest_task(self, (("en", 50), ("es", 30), ("pt", 20)))
                    ip, asn = rng.choice(egress)
                    self.emit(ts, a, prompt=prompt, model=NEW_MODEL if ts >= switch else "orca-4", system=sys_chat,
                              lang=lang, comp=self.comp(med, 0.45, 80, 4096), ip=ip, asn=asn, ua="axios/1.7.9",
                              key=a.keys[1])


# ============================================================================ 3. multi-turn dialogue farm in browsers
FOLLOW = {
    "en": [
        ["Explain the reasoning behind your previous answer step by step.", "Walk me through how you arrived at that, step by step.",
         "Why? Lay out your reasoning in detail."],
        ["Now critique your answer: what are its weaknesses?", "What could be wrong with what you just said?",
         "Play devil's advocate against your own answer."],
        ["Give a completely different approach and compare it with the first one.", "Is there another way to do this? Compare both."],
        ["Rewrite your answer for an expert audience, with more technical depth.", "Go deeper, assume I'm a specialist."],
        ["Now explain it to a 12-year-old.", "Simplify that for a beginner."],
        ["Give three concrete examples.", "Can you illustrate that with a worked example?"],
        ["Summarise our whole conversation in five bullet points.", "TL;DR of everything above?"],
        ["What edge cases or exceptions should I keep in mind?", "When would this advice not apply?"],
        ["Continue.", "Go on, expand the second point.", "More detail on the last part please."],
        ["Turn your answer into a step-by-step checklist.", "Make it a numbered plan I can follow."],
    ],
    "pt": [
        ["Explique o raciocínio da sua resposta anterior passo a passo.", "Como você chegou nisso? Detalhe cada etapa."],
        ["Agora critique sua resposta: quais são os pontos fracos?", "O que pode estar errado no que você disse?"],
        ["Dê uma abordagem totalmente diferente e compare com a primeira."],
        ["Explique para uma criança de 12 anos."], ["Dê três exemplos concretos."],
        ["Resuma a conversa toda em cinco tópicos."], ["Continue.", "Aprofunde o segundo ponto."],
    ],
    "es": [
        ["Explica el razonamiento de tu respuesta anterior paso a paso.", "¿Cómo llegaste a eso? Detalla cada paso."],
        ["Ahora critica tu respuesta: ¿cuáles son sus debilidades?", "¿Qué podría estar mal en lo que dijiste?"],
        ["Da un enfoque totalmente distinto y compáralo con el primero."],
        ["Explícalo para un niño de 12 años."], ["Dame tres ejemplos concretos."],
        ["Resume toda la conversación en cinco viñetas."], ["Continúa.", "Profundiza en el segundo punto."],
    ],
}


class DialogueFarm(Pop):
    """Operators drive paid web-app accounts through anti-detect browsers on
    residential proxies, each session a long multi-turn conversation that walks
    a fixed menu of follow-ups (reasoning, critique, alternatives, simplification)."""

    label, campaign = "attack", "multiturn-web-harvest"
    errors = (0.01, 0.004, 0.002)

    def run(self, base=200):
        rng, c = self.rng, self.corp
        n = self.n(base)
        batches = [T0 - 13 * DAY + 15 * HOUR, T0 - 9 * DAY + 16 * HOUR, T0 - 5 * DAY + 14 * HOUR]
        mix = [("BR", 35), ("MX", 20), ("CO", 12), ("AR", 10), ("ES", 15), ("PT", 8)]
        hw = [0.0] * 24
        for h in list(range(10, 24)) + [0, 1]:  # two operator shifts, 10:00-02:00 UTC
            hw[h] = 1.0
        for i in range(n):
            cc = world.pick_country(rng, mix)
            lang0 = "pt" if cc in ("BR", "PT") else "es"
            created = rng.choice(batches) + int(rng.random() * 3 * HOUR)
            a = self.account(created, pay=self.new_pf(), key_prefix="app_")
            ua, dev = world.browser_client(rng, False)
            asn = rng.choice(COUNTRIES[cc][3])
            locale = {"BR": "pt-BR", "PT": "pt-PT", "ES": "es-ES"}.get(cc, "es-419")
            per_day = rng.randint(4, 8)
            for d, day0 in self.days():
                for _ in range(poisson(rng, per_day)):
                    t = world.sample_in_day(rng, day0, hw)
                    ip = ipv4_in(rng, asn) if ASNS[asn][1] != "mobile" else rng.choice(self.net.cgnat[asn])
                    lang = lang0 if rng.random() < 0.35 else "en"
                    r = rng.random()
                    if lang != "en" and r < 0.5:
                        first = native_prompt(rng, lang)
                    elif r < 0.55:
                        first = clip(rng.choice(c.arena), 2000)
                    elif r < 0.8:
                        first = rng.choice(c.instr)
                    else:
                        first = clip(rng.choice(c.awesome_mid), 1800)
                    menu = list(FOLLOW[lang])
                    rng.shuffle(menu)
                    hist: list[tuple[str, str]] = []
                    msg = first
                    model = NEW_MODEL if t >= RELEASE else "orca-4"
                    for k in range(rng.randint(5, 10)):
                        prompt = transcript(hist, msg, lang) if hist else msg
                        comp = self.comp(700 if k else 550, 0.45, 60, 4096)
                        self.emit(t, a, prompt=prompt, model=model, endpoint=EP_APP, system=app_system(t, locale),
                                  lang=lang, comp=comp, ip=ip, asn=asn, ua=ua, device=dev, turns=2 * len(hist) + 1)
                        hist.append((clip(msg, 2000), fake_reply(rng, lang, rng.randint(4, 9))))
                        hist = hist[-7:]
                        msg = rng.choice(menu[k % len(menu)])
                        t += comp * 22 + int(lognorm(rng, 55, 0.5, 15, 400) * SEC)


# ============================================================================ 4. serverless curriculum swarm
class CronCurriculum(Pop):
    """Hundreds of free-tier accounts, each owning a slice of a maths curriculum,
    all fired by the same scheduler every 90 minutes from cloud functions."""

    label, campaign = "attack", "serverless-curriculum"
    errors = (0.04, 0.006, 0.002)

    def run(self, base=280):
        rng, c = self.rng, self.corp
        n = self.n(base)
        curriculum = c.math + c.gsm8k + c.svamp
        slice_len = len(curriculum) // n
        wrappers = [("en", w) for w in COT["en"][:8]] + [("pt", w) for w in COT["pt"]] + [("es", w) for w in COT["es"]] + \
                   [("sw", COT["sw"][0]), ("fr", COT["fr"][0])]
        period = 90 * MIN
        regions = [16509, 16509, 396982, 8075]
        switch = RELEASE + 90 * MIN
        for i in range(n):
            a = self.account(T0 - int(rng.uniform(3, 20) * DAY) - rng.randrange(DAY))
            lang, wrap = rng.choice(wrappers)
            ua = rng.choice(("python-httpx/0.28.1", "aiohttp/3.11.11", "node-fetch/3.3.2"))
            cloud = rng.choice(regions)
            pos = i * slice_len
            t0 = T0 + 7 * MIN
            while t0 < self.ctx.end:
                r = rng.random()
                k = 2 if r < 0.12 else (1 if r < 0.67 else 0)
                ts = t0 + rng.randrange(150 * SEC)
                for _ in range(k):
                    q = curriculum[pos % len(curriculum)]
                    pos += 1
                    self.emit(ts, a, prompt=wrap.replace("{q}", q), model=NEW_MODEL if ts >= switch else "orca-4-mini",
                              lang=lang, comp=self.comp(900, 0.4, 100, 2048), ip=ipv4_in(rng, cloud), asn=cloud, ua=ua)
                    ts += rng.randint(20, 60) * SEC
                t0 += period


# ============================================================================ 5. rubric / critique elicitation billed through a marketplace
RUBRIC_T = [
    "You are an expert evaluator. Evaluate the candidate response to the user request below on these criteria: {dims}. "
    "For each criterion, explain your reasoning in detail, then give a score from 1 to 10. Finish with a JSON object "
    "{{\"scores\": {{...}}, \"overall\": n}}.",
    "Grade the RESPONSE against the REQUEST using the rubric ({dims}). Think step by step about each rubric item and quote "
    "the parts of the response that justify your judgement. Then give a final grade A-F.",
    "Critically review the following answer. Identify every error, omission and unclear step, explain why each is a "
    "problem, and score it on {dims} (1-5 each).",
    "Act as a strict reviewer for a model evaluation. Criteria: {dims}. Write a detailed critique, then a corrected, "
    "improved response.",
]
PAIR_T = ("Here are two responses to the same request. Compare them on {dims}. Reason step by step through each "
          "criterion before deciding, then answer with 'A', 'B' or 'tie' and a confidence from 0 to 1.")


class RubricMarketplace(Pop):
    """A 'model evaluation' outfit harvesting critiques and judgements for a reward
    model: 9 orgs of 5 accounts, billed through a cloud marketplace (so the payment
    instrument is the one hundreds of legitimate companies share), NAT-gateway IPs
    in one cloud region, job-queue pacing around the clock."""

    label, campaign = "attack", "rubric-critique-mkt"
    errors = (0.015, 0.005, 0.003)

    def run(self, base=45):
        rng, c = self.rng, self.corp
        nat = [ipv4_in(rng, 16509) for _ in range(4)]
        n = self.n(base)
        orgs = [(self.new_org(), T0 - int(rng.uniform(30, 120) * DAY)) for _ in range(max(1, n // 5))]
        switch = RELEASE + int(rng.uniform(1, 4) * HOUR)
        for i in range(n):
            org, oc = orgs[i % len(orgs)]
            pay = self.ctx.mkt_pf(rng, "DE", "aws" if i % len(orgs) < len(orgs) * 0.8 else "azure")
            a = self.account(oc + rng.randrange(7 * DAY), org=org, pay=pay)
            rate = rng.uniform(120, 180)
            ua = "orca-python/2.4.0"
            t = T0 + rng.randrange(30 * MIN)
            while t < self.ctx.end:
                for _ in range(rng.randint(5, 20)):  # one job batch
                    r = rng.random()
                    if r < 0.4:
                        q, kind = clip(rng.choice(c.arena), 3000), "text"
                    elif r < 0.65:
                        q, kind = (rng.choice(c.gsm8k) if rng.random() < 0.5 else rng.choice(c.math)), "math"
                    else:
                        q, kind = rng.choice(c.code_tasks), "code"
                    if kind == "text" and q in c.arena_code_set:
                        kind = "code"
                    dims = ", ".join(rng.sample(texts.RUBRIC_DIMENSIONS, rng.randint(3, 5)))
                    if rng.random() < 0.3:
                        prompt = (PAIR_T.format(dims=dims) + f"\n\nREQUEST:\n{q}\n\nRESPONSE A:\n"
                                  f"{texts.fake_candidate(rng, q, kind)}\n\nRESPONSE B:\n{texts.fake_candidate(rng, q, kind)}")
                    else:
                        prompt = (rng.choice(RUBRIC_T).format(dims=dims) + f"\n\nREQUEST:\n{q}\n\nRESPONSE:\n"
                                  f"{texts.fake_candidate(rng, q, kind)}")
                    self.emit(t, a, prompt=prompt, model=NEW_MODEL if t >= switch else "orca-4",
                              comp=self.comp(850, 0.4, 150, 4096), ip=rng.choice(nat), asn=16509, ua=ua)
                    t += rng.randint(1000, 4000)
                t += int(rng.expovariate(rate / 12.5 / 86400) * SEC)


# ============================================================================ 6. Android phone farm
FARM_TOPICS = ["a binary search tree", "Dijkstra's algorithm", "dynamic programming", "a LRU cache", "two pointers",
               "a trie", "topological sort", "union-find", "a min-heap", "sliding window", "backtracking",
               "a segment tree", "BFS on a grid", "bit manipulation", "quickselect"]
FARM_LANGS = ["Python", "Java", "C++", "JavaScript", "Kotlin", "Go"]


class PhoneFarm(Pop):
    """A phone farm in Lagos: ~40 cheap Android phones running the consumer app,
    accounts taking turns on each phone in shifts, coding questions with
    line-by-line explanations. Prepaid cards, each topping up a few accounts."""

    label, campaign = "attack", "lagos-phone-farm"
    errors = (0.015, 0.005, 0.002)

    def run(self, base=110):
        rng, c = self.rng, self.corp
        n = self.n(base)
        phones = []
        for _ in range(max(1, n // 7 + 1)):
            asn = rng.choice((29465, 29465, 36873))
            model_name = rng.choice(("TECNO KI5q", "Infinix X6831", "itel A665L", "SM-A155F", "TECNO BG6"))
            ua, base_dev = world.app_client(rng, 1.0, phone=model_name)
            phones.append({"asn": asn, "ua": ua, "dev": base_dev, "accts": []})
        cards = [self.new_pf() for _ in range(max(1, n // 3))]
        for i in range(n):
            ph = phones[i % len(phones)]
            created = T0 - int(rng.uniform(15, 60) * DAY) if rng.random() < 0.65 else T0 - int(rng.uniform(300, 700) * DAY)
            a = self.account(created, pay=rng.choice(cards), key_prefix="app_")
            dev = "%016x" % rng.getrandbits(64) if rng.random() < 0.65 else ph["dev"]
            ph["accts"].append((a, dev))
        for ph in phones:
            if not ph["accts"]:
                continue
            for d, day0 in self.days():
                prefix = ipv6_prefix64(rng, ph["asn"])  # the carrier hands the phone a new /64 each day
                t = day0 + 6 * HOUR + rng.randrange(40 * MIN)  # 07:00 WAT
                stop = day0 + 21 * HOUR
                order = list(ph["accts"])
                rng.shuffle(order)
                j = 0
                while t < stop:
                    a, dev = order[j % len(order)]
                    j += 1
                    block_end = t + rng.randint(25, 50) * MIN
                    while t < min(block_end, stop):
                        ip = ipv6_host(rng, prefix) if rng.random() < 0.75 else rng.choice(self.net.cgnat[ph["asn"]])
                        r = rng.random()
                        if r < 0.55:
                            q = rng.choice(c.code_tasks)
                        elif r < 0.8:
                            q = clip(rng.choice(c.arena_code), 3000)
                        else:
                            q = (f"Explain {rng.choice(FARM_TOPICS)} with an example implementation in "
                                 f"{rng.choice(FARM_LANGS)}.")
                        prompt = rng.choice(CODE).replace("{q}", q)
                        comp = self.comp(850, 0.4, 100, 4096)
                        self.emit(t, a, prompt=prompt, model=NEW_MODEL if t >= RELEASE else "orca-4", endpoint=EP_APP,
                                  system=app_system(t, "en-NG"), comp=comp, ip=ip, asn=ph["asn"], ua=ph["ua"], device=dev)
                        t += comp * 20 + int(lognorm(rng, 75, 0.4, 20, 400) * SEC)
                    t += rng.randint(1, 6) * MIN  # switch accounts


ATTACKS = [
    ("aged_release_rush", AgedReleaseRush), ("redacta_hydra", RedactaHydra), ("dialogue_farm", DialogueFarm),
    ("cron_curriculum", CronCurriculum), ("rubric_marketplace", RubricMarketplace), ("phone_farm", PhoneFarm),
]
