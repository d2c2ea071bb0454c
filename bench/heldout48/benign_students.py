"""Benign education traffic in bac season: lycée students, teachers and tutors, university students
on campus NATs, and translators."""
from __future__ import annotations

from . import corpus, devices, networks, phrases
from .habits import heavy_count, poisson, sample_ts, session
from .people import FOLLOW, chat_prompt, ip_of, person
from .world import DAY1, HOUR, LAUNCH

VIRAL = ["Tu es un prof de maths marocain. Explique comme à un élève de 2ème bac PC : {q}",
         "nta ostad dyal physique, chr7 liya b darija o b les étapes: {q}",
         "Agis comme un correcteur du bac. Donne la correction officielle détaillée de : {q}"]
AFTER_EXAM = ["Le sujet de philo de ce matin : « {s} » — c'était quoi la bonne approche ?",
              "lyoum f l'examen tla3 « {s} », wach ana ktbt mzyan ila drt thèse/antithèse ?",
              "سؤال الفلسفة اليوم: {s} — كيف كان ينبغي الإجابة؟"]
# Day-1 written exams (local 08:00-12:00): philosophy in the morning; students come back after.
EXAM_END = DAY1 + 11 * HOUR


def _student_prompt(rng, lang, viral):
    subj = rng.choices(["maths", "physique", "philo", "svt", "corpus_math", "chat"], [22, 26, 18, 8, 20, 6])[0]
    if subj == "chat":
        return chat_prompt(rng, lang, 800), "chat"
    if subj == "corpus_math":
        q = corpus.pick(rng, rng.choice(["math", "math", "gsm8k", "svamp"]), 900)
        q = corpus.paraphrase(rng, q, 0.3)
    else:
        q = phrases.bac_question(rng, subj, lang)
    if subj == "philo":
        return q, "philo"
    if viral is not None and rng.random() < 0.7:
        return viral.replace("{q}", q), "math_cot"
    return phrases.frame(rng, phrases.STEPS, lang, q), "math_cot"


def bac_students(P, n=1400):
    rng = P.rng
    parent_cards = [P.card(("parent", i)) for i in range(260)]
    for i in range(n):
        c = rng.choices(["MA", "DZ", "TN"], [55, 25, 20])[0]
        paid = rng.random() < 0.3
        a = person(P, c, "plus" if paid else "free", 5, 280, app_share=0.75, mobile_bias=0.2,
                   payment=rng.choice(parent_cards) if paid else False, n_devices=rng.choice([1, 1, 2]))
        if a.meta["lang"] in ("en", "es"):
            a.meta["lang"] = "fr"
        lang = a.meta["lang"]
        viral = rng.choice(VIRAL) if rng.random() < 0.18 else None
        after_exam = c == "MA" and rng.random() < 0.35
        for day in (0, 1):
            if rng.random() > 0.8:
                continue
            for s in range(1 + poisson(rng, 1.3)):
                start = sample_ts(rng, day, c, "student_exam")
                if day == 0 and after_exam and s == 0:
                    start = EXAM_END + int(rng.expovariate(1 / (2.5 * HOUR)))
                ip, dev = ip_of(P, a), rng.choice(a.devices)
                for j, t in enumerate(session(rng, start, heavy_count(rng, 4.5, 0.7, 1, 45), 75)):
                    if day == 0 and after_exam and s == 0 and j == 0:
                        tpl = rng.choice(AFTER_EXAM)
                        p, k = tpl.replace("{s}", phrases.PHILO_AR[0] if "سؤال" in tpl else phrases.PHILO_FR[0]), "philo"
                    elif j and rng.random() < 0.25:
                        p, k = rng.choice(FOLLOW.get(lang, FOLLOW["fr"])), "math_cot"
                    else:
                        p, k = _student_prompt(rng, lang, viral)
                    m = "atlas-2-lite"
                    if paid:
                        m = "atlas-3" if t >= LAUNCH and rng.random() < 0.3 else "atlas-2"
                    P.req(a, t, p, model=m, kind=k, ip=ip, dev=dev)


TEACH = ["Génère 10 exercices corrigés sur {t} niveau 2ème bac, avec barème.", "Prépare un bac blanc de {t} (3 exercices, 3h) avec correction.",
         "Donne un QCM de 15 questions sur {t} avec les réponses.", "Écris la correction détaillée de cet exercice pour mes élèves : {q}",
         "Rédige une fiche de révision sur {t}.", "Propose un barème de notation pour : {q}",
         "أعد سلسلة تمارين محلولة حول {t} للسنة الثانية باكالوريا", "Reformule cet énoncé pour qu'il soit plus clair : {q}"]
TOPICS = ["les nombres complexes", "les suites numériques", "la fonction logarithme", "le dipôle RC", "la décroissance radioactive",
          "les ondes mécaniques", "la mécanique de Newton", "les probabilités", "le calcul intégral", "la cinétique chimique",
          "la génétique humaine", "les dosages acido-basiques"]


def teachers(P, n=250):
    rng = P.rng
    centres = [(P.org(("centre", k)), P.card(("centre", k)), networks.site("office", "MA", f"centre-soutien-{k}", 2))
               for k in range(6)]
    for i in range(n):
        c = rng.choices(["MA", "DZ", "TN", "FR"], [60, 18, 14, 8])[0]
        centre = centres[i % 6] if i < 36 else None
        a = person(P, c, "pro" if centre else rng.choice(["plus", "plus", "pro"]), 60, 900, app_share=0.15,
                   org_id=centre[0] if centre else None, payment=centre[1] if centre else True,
                   net=centre[2] if centre else None)
        scripted = rng.random() < 0.12   # a tutor who batches worksheets with a small Python script
        if scripted:
            a.devices = [devices.sdk(rng, "atlas-python")]
            a.sdk, a.retry_p = True, 0.8
        for day in (0, 1):
            if rng.random() > 0.75:
                continue
            for _ in range(1 + poisson(rng, 0.8)):
                start = sample_ts(rng, day, c, "office" if not scripted else "night_owl")
                ip = ip_of(P, a)
                n_req = heavy_count(rng, 14 if scripted else 6, 0.6, 1, 80)
                src = rng.choice(["math", "gsm8k", "math"])
                base = rng.randrange(corpus.size(src))
                for j, t in enumerate(session(rng, start, n_req, 25 if scripted else 150)):
                    tpl = rng.choice(TEACH)
                    q = corpus.item(src, base + j, 900) if scripted else phrases.bac_question(rng, rng.choice(["maths", "physique"]), "fr")
                    p = tpl.replace("{t}", rng.choice(TOPICS)).replace("{q}", q)
                    if scripted:
                        p = "Écris la correction détaillée, étape par étape, de l'exercice suivant pour une fiche élève :\n\n" + q
                    P.req(a, t, p, model="atlas-3" if t >= LAUNCH and rng.random() < 0.35 else "atlas-2",
                          kind="exercise_gen", ip=ip, net=a.net)


def uni_students(P, n=600):
    rng = P.rng
    campuses = networks.CAMPUS_NETS
    for _ in range(n):
        net = rng.choices(campuses, [14, 14, 10, 6, 14, 6, 10, 6, 4])[0]
        a = person(P, net.country, rng.choice(["free", "free", "plus"]), 20, 900, app_share=0.35, n_devices=rng.choice([1, 2]),
                   net=net)
        home = networks.access(rng, net.country, 0.1)
        lang = a.meta["lang"]
        for day in (0, 1):
            if rng.random() > 0.7:
                continue
            for s in range(1 + poisson(rng, 1.0)):
                on_campus = rng.random() < 0.65
                prof = "campus" if on_campus else "night_owl"
                start = sample_ts(rng, day, net.country, prof)
                use = net if on_campus else home
                ip = use.address(rng.randrange(use.pool))
                dev = rng.choice(a.devices)
                for t in session(rng, start, heavy_count(rng, 4, 0.7, 1, 30), 110):
                    r = rng.random()
                    if r < 0.3:
                        p, k = corpus.pick(rng, rng.choice(["mbpp", "humaneval", "arena"]), 2000), "code"
                        if rng.random() < 0.5:
                            p = phrases.frame(rng, {"fr": ["Pour mon TP : {q}", "J'ai une erreur, aide-moi : {q}", "{q}"]}, "fr", p)
                    elif r < 0.5:
                        p, k = phrases.frame(rng, phrases.STEPS, lang, corpus.pick(rng, "math", 800)), "math_cot"
                    else:
                        p, k = chat_prompt(rng, lang), "chat"
                    m = "atlas-2-lite" if a.tier == "free" else ("atlas-3" if t >= LAUNCH and rng.random() < 0.25 else "atlas-2")
                    P.req(a, t, p, model=m, kind=k, net=use, ip=ip, dev=dev)


CAT_SYS = ("You are a professional sworn translator (traducteur assermenté). Translate faithfully, keep formatting, "
           "names and numbers. Output only the translation.")


def translators(P, n=150):
    rng = P.rng
    for _ in range(n):
        c = rng.choices(["MA", "TN", "DZ", "FR", "BE", "CA"], [40, 12, 12, 20, 6, 10])[0]
        a = person(P, c, rng.choice(["plus", "pro"]), 60, 900, app_share=0.1)
        cat = rng.random() < 0.4
        if cat:
            a.devices = [devices.sdk(rng, rng.choice(["atlas-python", "java"]))]
            a.sdk = True
        for day in (0, 1):
            if rng.random() > 0.8:
                continue
            start = sample_ts(rng, day, c, "office")
            for t in session(rng, start, heavy_count(rng, 12, 0.6, 1, 70), 160):
                src = corpus.pick(rng, rng.choice(["awesome", "arena", "si_user"]), 3500)
                tgt = rng.choice(["arabe", "français", "anglais", "espagnol"])
                p = src if cat else rng.choice(["Traduis en {l} : {q}", "Traduction vers l'{l} stp :\n{q}", "ترجم إلى {l}: {q}"]).replace(
                    "{l}", tgt).replace("{q}", src)
                P.req(a, t, p, system=CAT_SYS if cat else None, model="atlas-2", kind="translate", ip=ip_of(P, a))
