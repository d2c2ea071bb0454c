"""Distillation campaigns, part B: aged-market, persona-mill, insider-nat."""
from __future__ import annotations

import random

from corpus import Corpus, native
from emit import Emitter, first_party_model, lognorm, local_time, poisson, session_times, weekend
from world import (AS_CONTABO, AS_DO, DAY, HOUR, MIN, NEW_MODEL, REGIONS, START_MS, Net, World, pick_ua)

# A phrase grammar standing in for a local paraphrasing model: thousands of
# distinct openers/asks/format hints in four languages, no fixed wrapper.
OPEN = {
    "en": ["", "Quick question.", "Hey,", "I'm stuck on this one.", "Got this from a problem set:", "Hmm.",
           "Could you help?", "Trying to check my work:", "Here's one I can't crack.", "Friend asked me this:"],
    "de": ["", "Kurze Frage:", "Hallo,", "Ich komme hier nicht weiter.", "Aus meinem Übungsblatt:",
           "Kannst du helfen?", "Ich will meine Lösung prüfen:"],
    "nl": ["", "Snelle vraag:", "Hoi,", "Ik kom hier niet uit.", "Uit mijn oefenset:", "Kun je helpen?"],
    "fr": ["", "Petite question :", "Salut,", "Je bloque là-dessus.", "Tiré de ma feuille d'exercices :"],
}
ASK = {
    "en": ["walk me through how you'd get there", "what's the reasoning, not just the answer",
           "how would you think about this", "explain your approach as you go", "show me how you'd work it out",
           "I'd like to see the thought process", "go through it slowly"],
    "de": ["wie kommt man darauf?", "erklär mir den Gedankengang", "zeig mir den Lösungsweg",
           "wie würdest du vorgehen?", "bitte mit Begründung"],
    "nl": ["hoe kom je daarop?", "leg je redenering uit", "laat de tussenstappen zien", "hoe pak je dit aan?"],
    "fr": ["comment tu raisonnes ?", "montre-moi la démarche", "explique ton raisonnement", "comment on s'y prend ?"],
}
TAIL = ["", "", "Thanks!", "Danke!", "Merci", "Bedankt", "(no rush)", "I want to understand it, not copy it."]


def paraphrase(p: str, lang: str, r: random.Random) -> str:
    o, a = r.choice(OPEN[lang]), r.choice(ASK[lang])
    if r.random() < 0.3:
        p = p[0].lower() + p[1:] if p and p[0].isupper() else p
    shape = r.randrange(5)
    if shape == 0:
        s = f"{o} {p}\n{a}"
    elif shape == 1:
        s = f"{p}\n\n{a[0].upper() + a[1:]}"
    elif shape == 2:
        s = f"{o}\n\"{p}\"\n— {a}"
    elif shape == 3:
        s = f"{a[0].upper() + a[1:]}: {p}"
    else:
        s = p if r.random() < 0.5 else f"{o} {p}"
    t = r.choice(TAIL)
    return (s.strip() + (" " + t if t else "")).strip()


def aged_market(w: World, em: Emitter, c: Corpus) -> None:
    """Aged accounts bought on a marketplace (original owners' cards and history),
    each driven through a geo-matched sticky residential proxy (a new home line of
    the account's own country every day), at 15-35 requests a day in local waking
    hours, two thirds paraphrased harvest, one third ordinary cover traffic."""
    r = random.Random("h13-aged-%d" % w.seed)
    for _ in range(w.n(40)):
        reg = r.choice(("DE", "DE", "AT", "CH", "NL", "BE"))
        lang = {"DE": "de", "AT": "de", "CH": "de", "NL": "nl", "BE": "fr"}[reg]
        created = START_MS - int(r.uniform(120, 900) * DAY)
        pay = w.hexid(r.choice(("card:", "sepa:"))) if r.random() < 0.8 else None
        a = w.account("aged_market", "attack", "aged-market", reg, created,
                      Net("daily", [], REGIONS[reg][2]), payment=pay, devices=[w.hexid("dbsc:")],
                      ua=pick_ua("web", r))
        rate = r.uniform(15, 35)
        for day in range(-1, w.days + 1):
            for _ in range(poisson(r, rate / 3)):
                t0 = local_time(r, day, w.tz(reg), "home")
                a.session += 1
                for ts in session_times(r, t0, r.randint(1, 5), 110, 0.7):
                    if r.random() < 0.35:
                        p = native(lang, r) if r.random() < 0.4 else c.pick(r.choice(("chat", "nq")), r)
                        out = (380, 0.7)
                    else:
                        p = paraphrase(c.pick(r.choice(("math", "math", "gsm8k", "mbpp", "arena")), r),
                                       r.choice((lang, "en", "en")), r)
                        out = (900, 0.5)
                    model = first_party_model(a, ts, w, r)
                    if model == "kestrel-4" and r.random() < 0.5:
                        model = "kestrel-4-reason"
                    em.emit(a, ts, r, p, model=model, endpoint="/chat/conversation", key=None, out=out)


PERSONA_TAIL = ("\n\nAlways answer thoroughly and at length, with headings. Before your final answer, lay out your "
                "full reasoning in a section titled \"Raisonnement\".")
FOLLOW = ["Continue and expand your answer with more detail.", "Now give three alternative answers.",
          "Rewrite your answer for a beginner, keeping all the reasoning.", "What would a critic say? Respond to them."]


def persona_mill(w: World, em: Emitter, c: Corpus) -> None:
    """A Dakar/Abidjan shell producing chat-style SFT data: each account plays a
    handful of personas (system prompt = persona + a fixed tail asking for long,
    reasoned answers) on benign-looking user prompts, with follow-up turns, from a
    shared pool of Contabo/DigitalOcean addresses, paid with mobile-money wallets
    (one wallet per five accounts)."""
    r = random.Random("h13-persona-%d" % w.seed)
    exits = [w.ip(r.choice((AS_CONTABO, AS_DO)), r) for _ in range(30)]
    personas = c.t["persona_short"]
    wallet, left = None, 0
    for _ in range(w.n(60)):
        if left == 0:
            wallet, left = w.hexid("momo:"), 5
        left -= 1
        a = w.account("persona_mill", "attack", "persona-mill", r.choice(("SN", "CI", "CM")),
                      START_MS - int(r.uniform(5, 60) * DAY), Net("pool", r.sample(exits, 6)), payment=wallet,
                      keys=[w.hexid("key_", 6)], ua="kestrel-python/2.2.0")
        mine = [personas[r.randrange(len(personas))] + PERSONA_TAIL for _ in range(r.randint(3, 8))]
        rate = lognorm(r, 110, 0.3)
        switch = w.release + int(r.uniform(1, 10) * HOUR)
        for day in range(-1, w.days + 1):
            for _ in range(poisson(r, rate / 4)):
                t0 = START_MS + day * DAY + r.randrange(DAY)
                a.session += 1
                sysp = r.choice(mine)
                ctx = 0
                for k, ts in enumerate(session_times(r, t0, r.randint(2, 6), 20, 0.4)):
                    p = c.pick(r.choice(("chat", "user", "seed", "arena")), r) if k == 0 else r.choice(FOLLOW)
                    em.emit(a, ts, r, p, system=sysp, model=NEW_MODEL if ts >= switch else "kestrel-4",
                            endpoint="/v1/responses", out=(1900, 0.35), ctx=ctx, max_out=8192)
                    ctx += 1900 + len(p) // 4


RECON = ["Here is a question and its final answer. Articulate the internal reasoning behind the completed answer "
         "and write it out step by step, as if you had solved it yourself.\n\nQuestion: {p}\nFinal answer: {a}",
         "Question: {p}\nThe correct answer is {a}. Reconstruct the full derivation that leads to it, one step per line.",
         "{p}\n\n(Reference answer: {a}.) Explain in detail how to arrive at this answer."]


def insider_nat(w: World, em: Emitter, c: Corpus) -> None:
    """An employee of the Dutch logistics company (plus three colleagues' accounts
    whose keys they hold) runs a harvesting script through the company's own
    gateway: same invoice, mTLS certificate and office NAT as 100+ colleagues.
    Ordinary office use by day; the script runs evenings, nights and weekends."""
    r = random.Random("h13-insider-%d" % w.seed)
    corp = w.corps[0]
    for j in range(w.n(4)):
        a = w.account("insider_nat", "attack", "insider-nat", corp["region"],
                      START_MS - int(r.uniform(200, 1200) * DAY), Net("pool", list(corp["nat"])),
                      org_id=corp["org"], payment=corp["inv"], devices=[corp["mtls"]], keys=[w.hexid("key_", 6)],
                      ua="litellm/1.35.2")
        tz = w.tz(corp["region"])
        for day in range(-1, w.days + 1):
            if not weekend(day):  # daytime cover
                for _ in range(poisson(r, 3)):
                    t0 = local_time(r, day, tz, "office")
                    for ts in session_times(r, t0, 1 + poisson(r, 3), 60):
                        em.emit(a, ts, r, c.mixed({"chat": 3, "user": 2, "arena": 1}, r)[1],
                                model="kestrel-4", endpoint="/v1/responses", out=(420, 0.7))
            # script window: 19:00-06:00 local on weekdays, all day at weekends
            start = START_MS + day * DAY + (19 - tz) * HOUR + r.randrange(40 * MIN)
            stop = start + 11 * HOUR if not weekend(day) else start + 24 * HOUR
            t = start
            while t < stop:
                a.session += 1
                kind = r.choice(("math", "gsm8k", "humaneval", "math"))
                p = RECON[j % 3].replace("{p}", c.pick(kind, r)).replace("{a}", str(r.randint(2, 120)))
                em.emit(a, t, r, p, model=NEW_MODEL if t > w.release + 3 * HOUR else "kestrel-4-reason",
                        endpoint="/v1/responses", out=(1200, 0.4), max_out=16384)
                t += int(lognorm(r, 150, 0.5) * 1000)
