"""Benign organisations and machine traffic: app backends serving many end users with one system
prompt, corporate seats on one card, legit resellers/aggregators, and release-day enthusiasts."""
from __future__ import annotations

from . import corpus, devices, networks, phrases
from .habits import heavy_count, poisson, sample_ts, session
from .people import FOLLOW, chat_prompt, ip_of, lang_for, person
from .world import DAY1, HOUR, LAUNCH, MIN

APPS = [
    ("koutoubia-tutor", "homework", "Tu es Koutoubia Tutor, un assistant scolaire pour les élèves marocains du lycée. Explique étape par étape, "
     "en français ou en darija selon la langue de l'élève. Ne donne jamais seulement la réponse finale.", 1500),
    ("darija-translate", "translate", "Translate the user's text between Darija (Arabic or Latin script), French, MSA and English. "
     "Detect the source language. Output only the translation.", 1100),
    ("telco-support-bot", "support", "Vous êtes l'assistant du service client d'un opérateur mobile. Répondez poliment, en darija "
     "ou en français, aux questions sur les forfaits, la recharge et les réclamations. Escaladez vers un agent si besoin.", 1200),
    ("souk-ecommerce", "product", "Write an SEO product description in French and Arabic for the product given. 80-120 words each.", 700),
    ("legal-summariser", "summarise", "Résume le document juridique fourni en 5 points clairs, sans conseil juridique.", 350),
    ("bac-qcm-app", "homework", "أنت مساعد لمراجعة الباكالوريا. اشرح الحل خطوة بخطوة ثم أعط الجواب النهائي.", 900),
    ("hr-cv-screener", "classify", "Given a CV, output JSON with fields: name_initials, years_experience, skills, languages, fit_score 0-10.", 400),
    ("news-digest", "summarise", "Summarise the article in Arabic and French, 3 sentences each.", 300),
]
SUPPORT_Q = ["3lach recharge dyali ma dkhlatch?", "Bghit nbeddel forfait l 50 giga", "Le réseau 4G ne marche pas à Tiznit depuis hier",
             "شحال الثمن ديال الانترنت الليلية؟", "J'ai été débité deux fois pour la même recharge", "kifach n7iyed service dyal l'abonnement"]
PRODUCTS = ["Tajine en terre cuite de Safi", "Huile d'argan bio 250 ml", "Babouches en cuir de Fès", "Caftan brodé", "Thé vert à la menthe 500 g",
            "Coussin berbère en laine", "Miel de thym de l'Atlas", "Lanterne en laiton ciselé"]


def _app_prompt(rng, kind):
    if kind == "homework":
        if rng.random() < 0.5:
            return phrases.bac_question(rng, rng.choice(["maths", "physique", "philo"]), "fr"), "math_cot"
        return corpus.paraphrase(rng, corpus.pick(rng, rng.choice(["gsm8k", "math", "svamp"]), 900), 0.4), "math_cot"
    if kind == "translate":
        return (phrases.native_chat(rng, rng.choice(["dar_lat", "dar_ar", "fr", "ar"])) if rng.random() < 0.6
                else corpus.pick(rng, "nq", 200)), "translate"
    if kind == "support":
        return rng.choice(SUPPORT_Q), "support"
    if kind == "product":
        return rng.choice(PRODUCTS) + " — " + rng.choice(["prix 120 DH", "fait main", "livraison 48h", "taille M", ""]), "creative"
    if kind == "classify":
        return "CV:\n" + corpus.pick(rng, "awesome", 1500), "classify"
    return corpus.pick(rng, rng.choice(["awesome", "arena"]), 3000), "summarise"


def app_backends(P, per_app=2.5):
    rng = P.rng
    for k, (name, kind, sysp, vol) in enumerate(APPS):
        org, card = P.org(name), P.card(name)
        cloud = networks.CLOUDS[rng.choice(["aws-bahrain", "aws-paris", "ovh", "gcp-europe", "azure-fr"])]
        for e in range(2 if vol > 800 else (3 if kind == "homework" else 1)):  # prod + staging/second region
            a = person(P, "MA", "enterprise", 60, 700, org_id=org, payment=card, net=cloud, keys=2)
            a.devices = [devices.sdk(rng, rng.choice(["atlas-node", "atlas-python", "okhttp", "go"]))]
            a.sdk, a.retry_p = True, 0.9
            instances = [rng.randrange(cloud.pool) for _ in range(rng.randint(2, 6))]
            n = heavy_count(rng, vol / (1 if e == 0 else 6), 0.25, 20, 4000)
            for _ in range(n):
                t = sample_ts(rng, rng.choice([0, 1]), "MA", "backend")
                p, kk = _app_prompt(rng, kind)
                model = "atlas-2-lite" if kind in ("translate", "support") else "atlas-2"
                P.req(a, t, p, system=sysp, model=model, kind=kk, ip=cloud.address(rng.choice(instances)), key=e)


CORP = [("banque-atlantique", "MA", 70), ("maghreb-telecom", "MA", 60), ("assurances-ifriqiya", "TN", 40)]
CORP_TASKS = ["Rédige un mail au client pour le retard de livraison.", "Formule Excel pour calculer la TVA à 20% sur la colonne C",
              "Résume ce compte rendu de réunion : {x}", "Prépare l'ordre du jour du comité de mardi.", "Traduis en anglais : {x}",
              "Write a polite reminder for an unpaid invoice.", "Explique la différence entre IFRS 9 et IAS 39."]


def corporate(P):
    rng = P.rng
    for name, c, seats in CORP:
        org, card = P.org(name), P.card(name)
        office = networks.site("office", c, name, 3)
        corp_browser = devices.browser(rng)
        for s in range(seats):
            a = person(P, c, "enterprise", 30, 300, org_id=org, payment=card, net=office)
            a.devices = [corp_browser] if rng.random() < 0.8 else [devices.browser(rng)]

            def fn(r, lang):
                if r.random() < 0.6:
                    return phrases.fill_x(r, r.choice(CORP_TASKS)), "chat"
                return chat_prompt(r, "fr" if lang not in ("en", "ar") else lang), "chat"
            for day in (0, 1):
                if rng.random() > 0.7:
                    continue
                for _ in range(1 + poisson(rng, 1.2)):
                    start = sample_ts(rng, day, c, "office")
                    for t in session(rng, start, heavy_count(rng, 3, 0.6, 1, 20), 100):
                        p, k = fn(rng, a.meta["lang"])
                        P.req(a, t, p, model="atlas-3" if t >= LAUNCH and rng.random() < 0.1 else "atlas-2", kind=k,
                              ip=office.address(rng.randrange(3)))


def resellers(P, n=8):
    """Legit aggregators: a Darija chat app, an API marketplace, a school platform — many end users behind one key."""
    rng = P.rng
    for i in range(n):
        cloud = networks.CLOUDS[rng.choice(["ovh", "hetzner", "digitalocean", "scaleway"])]
        a = person(P, rng.choice(["MA", "TN", "FR"]), "enterprise", 100, 600, org_id=P.org(("res", i)), net=cloud, keys=3)
        a.devices = [devices.sdk(rng, rng.choice(["openai-compat", "go", "atlas-node"]))]
        a.sdk, a.retry_p = True, 0.9
        sysp = corpus.pick(rng, "awesome", 1200) if rng.random() < 0.5 else None
        pool = [rng.randrange(cloud.pool) for _ in range(3)]
        for _ in range(heavy_count(rng, 650, 0.35, 100, 2000)):
            t = sample_ts(rng, rng.choice([0, 1]), "MA", "backend")
            lang = lang_for(rng, rng.choice(["MA", "MA", "DZ", "TN", "FR"]))
            r = rng.random()
            if r < 0.15:
                p, k = phrases.frame(rng, phrases.STEPS, lang, corpus.pick(rng, "gsm8k", 800)), "math_cot"
            else:
                p, k = chat_prompt(rng, lang), "chat"
            P.req(a, t, p, system=sysp, model=rng.choice(["atlas-2", "atlas-2", "atlas-2-lite", "atlas-3"]), kind=k,
                  ip=cloud.address(rng.choice(pool)), key=rng.randrange(3))


PUZZLES = ["Combien de « r » dans le mot « strawberry » ? Réfléchis étape par étape.", "Prove that sqrt(2) is irrational.",
           "Which is bigger, 9.11 or 9.9? Think carefully.", "Ecris un sonnet sur Casablanca dont chaque vers commence par la lettre C.",
           "Solve: a bat and a ball cost 1.10 in total. The bat costs 1.00 more than the ball. How much does the ball cost?",
           "Explique-moi ton raisonnement : si 5 machines font 5 objets en 5 minutes, combien de temps pour 100 machines et 100 objets ?",
           "wach nta a7san mn atlas-2? jawbni b darija", "Write a Python one-liner that prints the first 20 primes.",
           "Peux-tu résoudre un sudoku si je te le donne ligne par ligne ?", "هل يمكنك حل هذه المسألة: مجموع ثلاثة أعداد متتالية هو 87، ما هي؟"]


def release_enthusiasts(P, n=300):
    """They see the announcement and try atlas-3 within hours: puzzles, 'think step by step', A/B with atlas-2."""
    rng = P.rng
    for i in range(n):
        c = rng.choices(["MA", "TN", "DZ", "FR", "CA", "BE"], [45, 12, 10, 22, 6, 5])[0]
        fresh = rng.random() < 0.2
        a = person(P, c, rng.choice(["plus", "plus", "pro"]), 0.05 if fresh else 30, 0.4 if fresh else 900, n_devices=2)
        if fresh:
            a.created_at = LAUNCH + rng.randrange(6 * HOUR) - 7 * MIN
        start = max(LAUNCH + int(rng.expovariate(1 / (2.2 * HOUR))), a.created_at + 5 * MIN)
        for s in range(1 + poisson(rng, 1.2)):
            ip, dev = ip_of(P, a), rng.choice(a.devices)
            n_req = heavy_count(rng, 9, 0.6, 2, 60)
            for t in session(rng, start, n_req, 55):
                p = rng.choice(PUZZLES) if rng.random() < 0.45 else chat_prompt(rng, a.meta["lang"])
                P.req(a, t, p, model="atlas-3", kind="math_cot", ip=ip, dev=dev)
                if rng.random() < 0.25:
                    P.req(a, t + rng.randint(20, 200) * 1000, p, model="atlas-2", kind="math_cot", ip=ip, dev=dev)
            start = sample_ts(rng, 1 if s else rng.choice([0, 1]), c, "consumer", lo_ms=LAUNCH)
        if rng.random() < 0.5:
            st = sample_ts(rng, 1, c, "consumer")
            for t in session(rng, st, heavy_count(rng, 4, 0.5, 1, 20), 80):
                P.req(a, t, rng.choice(FOLLOW["fr"]) if rng.random() < 0.2 else chat_prompt(rng, a.meta["lang"]),
                      model="atlas-3", kind="chat", ip=ip_of(P, a))
