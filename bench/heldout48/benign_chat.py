"""Benign people chatting: Maghreb and diaspora consumers, families on one card, cybercafé walk-ins,
hotel guests, occasional users, content creators, Tamazight learners."""
from __future__ import annotations

from . import corpus, devices, networks, phrases
from .habits import heavy_count, sample_ts, session
from .people import chat_prompt, consumer, person


def _tier(rng, paid=0.45):
    return rng.choices(["free", "plus", "pro"], [1 - paid, paid * 0.85, paid * 0.15])[0]


def chat_maghreb(P, n=1500):
    rng = P.rng
    for _ in range(n):
        a = person(P, "MA", _tier(rng, 0.4), 3, 700, app_share=0.6, n_devices=rng.choice([1, 1, 2]))
        consumer(P, a, p_active=0.62, sessions=1.5, per_session=3)


def chat_dz_tn(P, n=950):
    rng = P.rng
    for _ in range(n):
        c = rng.choices(["DZ", "TN"], [60, 40])[0]
        a = person(P, c, _tier(rng, 0.35), 3, 600, app_share=0.55, n_devices=rng.choice([1, 1, 2]))
        consumer(P, a, p_active=0.6, sessions=1.4, per_session=3)


def chat_diaspora(P, n=950):
    rng = P.rng
    for _ in range(n):
        c = rng.choices(["FR", "BE", "ES", "CA"], [55, 15, 18, 12])[0]
        a = person(P, c, _tier(rng, 0.55), 5, 800, app_share=0.45, n_devices=rng.choice([1, 2]))
        consumer(P, a, p_active=0.6, sessions=1.4, per_session=3, profile="consumer")


def families(P, n_fam=200):
    """One parent's card pays for 2-4 accounts; they share the home box, kids also use mobile data."""
    rng = P.rng
    for f in range(n_fam):
        c = rng.choices(["MA", "DZ", "TN", "FR"], [55, 20, 15, 10])[0]
        card = P.card(("family", f))
        home = networks.access(rng, c, -1.0)
        fam_dev = devices.browser(rng)  # the family laptop
        for m in range(rng.choice([2, 2, 3, 3, 4])):
            a = person(P, c, "plus", 10, 500, app_share=0.7, payment=card, net=home)
            a.devices.append(fam_dev)
            if m > 0:
                a.meta["home_idx"] = P.accounts[-2].meta["home_idx"]
            consumer(P, a, p_active=0.6, sessions=1.3, per_session=3,
                     profile="student_exam" if m > 0 and rng.random() < 0.4 else "consumer")


CAFES = [("cyber-derb-sultan", "MA"), ("cyber-hay-mohammadi", "MA"), ("cyber-sidi-moumen", "MA"), ("cyber-fes-medina", "MA"),
         ("cyber-tanger-beni-makada", "MA"), ("cyber-oran-centre", "DZ"), ("cyber-bab-ezzouar", "DZ"), ("cyber-sfax-centre", "TN"),
         ("cyber-agadir-talborjt", "MA"), ("cyber-oujda-centre", "MA")]
CAFE_TASKS = ["Écris-moi un CV pour un poste de {j}.", "Lettre de motivation pour {j} stp", "ktbli demande d'emploi l {j}",
              "Traduis ce texte en anglais : {x}", "اكتب لي طلب شغل في منصب {j}", "Comment remplir le formulaire de visa Schengen ?",
              "3tini modèle dyal attestation de travail", "Rédige une réclamation à la banque pour un prélèvement non autorisé."]
JOBS = ["vendeur", "agent de sécurité", "caissière", "comptable", "technicien", "chauffeur", "serveur", "call center"]


def cybercafes(P, n=150):
    rng = P.rng
    cafes = [(networks.site("cybercafe", c, s), c, [devices.browser(rng) for _ in range(rng.randint(3, 6))]) for s, c in CAFES]
    for i in range(n):
        net, c, pcs = cafes[i % len(cafes)]
        fresh = rng.random() < 0.35  # account created on the spot
        a = person(P, c, "free", 0.02 if fresh else 2, 0.6 if fresh else 400, net=net, payment=False)
        a.devices = [rng.choice(pcs)]
        day = rng.choice([0, 1])
        start = sample_ts(rng, day, c, "office")
        for t in session(rng, start, heavy_count(rng, 4, 0.6, 1, 20), 90):
            if rng.random() < 0.6:
                p = rng.choice(CAFE_TASKS).replace("{j}", rng.choice(JOBS))
                p = phrases.fill_x(rng, p)
            else:
                p = chat_prompt(rng, a.meta["lang"])
            P.req(a, t, p, model="atlas-2-lite", kind="chat", net=net, ip=net.address(0))


HOTELS = [("riad-dar-zitoun-marrakech", "MA"), ("hotel-atlas-agadir-bay", "MA"), ("riad-fes-boujloud", "MA"),
          ("hotel-essaouira-mogador", "MA"), ("hotel-hammamet-yasmine", "TN"), ("hotel-djerba-plage", "TN")]


def hotel_guests(P, n=130):
    rng = P.rng
    hotels = [(networks.site("hotel", c, s), c) for s, c in HOTELS]
    for _ in range(n):
        net, c = rng.choice(hotels)
        home = rng.choices(["FR", "ES", "BE", "CA"], [50, 25, 12, 13])[0]
        a = person(P, home, rng.choice(["plus", "plus", "free"]), 30, 900, app_share=0.6, n_devices=1)
        lang = {"ES": "es", "CA": "en"}.get(home, "fr") if rng.random() < 0.7 else "en"
        a.meta["lang"] = lang
        for day in (0, 1):
            if rng.random() < 0.7:
                start = sample_ts(rng, day, c, "consumer")
                for t in session(rng, start, heavy_count(rng, 3, 0.6, 1, 12), 80):
                    p = rng.choice(["What should I visit near {h} today?", "Traduis en darija : où est la gare ?",
                                    "¿Qué es un buen precio para una alfombra en el zoco?", "Itinéraire Marrakech → Essaouira en bus ?",
                                    "Best restaurants for couscous on Friday?", "Is tap water safe to drink in {h}?"])
                    p = p.replace("{h}", c == "MA" and "Marrakech" or "Djerba") if rng.random() < 0.6 else chat_prompt(rng, lang)
                    P.req(a, t, p, model="atlas-2" if a.tier != "free" else "atlas-2-lite", net=net,
                          ip=net.address(rng.randrange(2)))


def occasional(P, n=420):
    """One or two requests in two days: the long tail of registered users."""
    rng = P.rng
    for _ in range(n):
        c = rng.choices(["MA", "DZ", "TN", "FR", "BE", "ES", "CA"], [40, 18, 12, 16, 4, 6, 4])[0]
        a = person(P, c, _tier(rng, 0.3), 20, 900, app_share=0.6)
        for _ in range(rng.choice([1, 1, 1, 2])):
            t = sample_ts(rng, rng.choice([0, 1]), c, "consumer")
            P.req(a, t, chat_prompt(rng, a.meta["lang"]), model="atlas-2-lite" if a.tier == "free" else "atlas-2")


CREATOR = ["Écris 5 légendes Instagram pour une vidéo sur {t}.", "اكتب سكريبت فيديو قصير عن {t}", "Donne 10 idées de vidéos TikTok sur {t}",
           "ktbli script dyal video 3la {t} b darija", "Rédige un article de 600 mots sur {t} pour un média marocain.",
           "Write a YouTube description about {t} with hashtags"]
TOPICS = ["le bac 2027", "la coupe du monde 2030", "la cuisine marocaine", "le prix des moutons", "les startups à Casablanca",
          "le tourisme à Chefchaouen", "la nouvelle IA atlas-3", "les études en France", "la darija à l'écrit", "le nouvel an hégire"]


def creators(P, n=150):
    rng = P.rng
    for _ in range(n):
        c = rng.choices(["MA", "DZ", "TN", "FR"], [55, 15, 15, 15])[0]
        a = person(P, c, rng.choice(["plus", "pro"]), 20, 500, app_share=0.4, n_devices=2)

        def fn(r, lang):
            if r.random() < 0.7:
                return r.choice(CREATOR).replace("{t}", r.choice(TOPICS)), "creative"
            return chat_prompt(r, lang), "chat"
        consumer(P, a, p_active=0.75, sessions=1.8, per_session=4, prompt_fn=fn, p3=0.3, gap_s=120)


def tamazight_learners(P, n=40):
    rng = P.rng
    for _ in range(n):
        c = rng.choices(["MA", "DZ", "FR"], [60, 25, 15])[0]
        a = person(P, c, rng.choice(["free", "plus"]), 20, 600)
        a.meta["lang"] = "tzm"

        def fn(r, lang):
            if r.random() < 0.6:
                return phrases.fill_x(r, r.choice(phrases.TAMAZIGHT)), "translate"
            return phrases.frame(r, phrases.ASK, "fr", corpus.pick(r, "si_user", 600)), "chat"
        consumer(P, a, p_active=0.6, sessions=1.2, per_session=4, prompt_fn=fn)
