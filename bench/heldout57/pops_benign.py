"""Benign populations of heldout57 (legitimate users, including look-alikes of campaigns)."""
from __future__ import annotations

from .pops_common import *  # noqa: F401,F403
from .pops_common import (DAY_MS, HOUR_MS, LAUNCH, MIN_MS, W0, T, W, active_counts, created_before, ctok_for,
                          default_endpoint, est_tokens, frame, give_client, give_net, mixer, model_prefs, org_id,
                          pay_fp, pick_model, pick_status, run_human, sessions, src)
from .core import net_addr


def subpool(rng, net, k):
    i = rng.randrange(max(1, len(net.pool) - k))
    return net.pool[i:i + k]


def _country_created(rng):
    c = W.pick_country(rng)
    created = created_before(rng, 3, 900) if rng.random() > 0.03 else None
    return c, created


CASUAL_MIX = mixer({"fr": 40, "tab": 12, "en_framed": 12, "nq": 9, "arena": 6, "local": 6, "follow": 12, "math_student": 3})


def b_chat_casual(ctx):
    pop = "b_chat_casual"
    rng = ctx.rng(pop)
    for _ in range(1900):
        c, cr = _country_created(rng)
        a = ctx.acct(rng, pop, country=c, created=cr, pay=pay_fp(rng) if rng.random() < 0.25 else None)
        give_client(rng, a, "phone" if rng.random() < 0.8 else "mix")
        give_net(rng, a, "mix")
        model_prefs(rng, a, 0.65, 0.28, 0.15, (0, 30))
        counts = active_counts(rng, (0.55, 0.45), 6, 0.7, 1, 35)
        run_human(ctx, rng, a, counts, "chat", CASUAL_MIX, sess_mean=3.0, gap_s=60)


POWER_MIX = mixer({"arena": 25, "en": 12, "fr": 22, "code": 10, "math_student": 4, "follow": 18, "nq": 4, "launch": 5})


def b_chat_power(ctx):
    pop = "b_chat_power"
    rng = ctx.rng(pop)
    for _ in range(300):
        c, cr = _country_created(rng)
        a = ctx.acct(rng, pop, country=c, created=cr, pay=pay_fp(rng) if rng.random() < 0.85 else None)
        give_client(rng, a, "mix")
        give_net(rng, a, "mix")
        model_prefs(rng, a, 0.2, 0.4, 0.6, (0, 3))
        counts = active_counts(rng, (0.9, 0.9), 45, 0.5, 10, 160)
        run_human(ctx, rng, a, counts, "chat", POWER_MIX, sess_mean=6, gap_s=90, think_bias=0.35)


STUDENT_MIX = mixer({"math_student": 55, "code": 8, "fr": 14, "arena": 4, "follow": 16, "local": 3})


def b_students_campus(ctx):
    pop = "b_students_campus"
    rng = ctx.rng(pop)
    for _ in range(600):
        c = rng.choices(["SN", "CI", "BF", "ML", "BJ", "TG", "CM"], weights=[32, 22, 12, 10, 8, 6, 10])[0]
        campus = rng.choice(W.CAMPUS_BY_COUNTRY[c])
        cr = W0 - int(rng.uniform(200, 235) * DAY_MS) if rng.random() < 0.5 else created_before(rng, 20, 800)
        a = ctx.acct(rng, pop, country=c, created=cr, pay=pay_fp(rng) if rng.random() < 0.15 else None)
        give_client(rng, a, "mix" if rng.random() < 0.6 else "laptop")
        a.net = campus
        a.alt_net = W.pick_mobile(rng, c)
        model_prefs(rng, a, 0.7, 0.25, 0.25, (2, 30))
        counts = active_counts(rng, (0.45, 0.8), 12, 0.6, 2, 70)
        for day in range(2):
            # on holidays students are at home: mobile data
            a.x["alt_p"] = 0.85 if W.is_holiday(c, day) else 0.2
            cc = [0, 0]
            cc[day] = counts[day]
            run_human(ctx, rng, a, cc, "student", STUDENT_MIX, sess_mean=5, gap_s=120)


def b_students_mobile(ctx):
    pop = "b_students_mobile"
    rng = ctx.rng(pop)
    for _ in range(450):
        c, cr = _country_created(rng)
        a = ctx.acct(rng, pop, country=c, created=cr, pay=None)
        give_client(rng, a, "phone")
        give_net(rng, a, "mobile")
        model_prefs(rng, a, 0.85, 0.15, 0.2, (3, 30))
        counts = active_counts(rng, (0.55, 0.7), 10, 0.6, 1, 50)
        run_human(ctx, rng, a, counts, "student", STUDENT_MIX, sess_mean=4, gap_s=110)


def b_edtech_tutor(ctx):
    """Xamle Academy: one card, one org, 160 sub-accounts (one per partner school / tutoring centre),
    one tutoring system prompt that asks for step-by-step guidance; traffic from its backend."""
    pop = "b_edtech_tutor"
    rng = ctx.rng(pop)
    org, pay = org_id(rng), pay_fp(rng)
    backend = W.NETS["aws_afs1"].pool[:4]
    ua = "XamleTutor-backend/5.1 python-httpx/0.28.1"
    dev = W.tls_fp("python-httpx/0.28.1")
    batch_t = None
    for i in range(160):
        if i % 10 == 0:
            batch_t = created_before(rng, 20, 400)
        c = rng.choice(["SN", "SN", "SN", "CI", "CI"])
        a = ctx.acct(rng, pop, country=c, created=batch_t + rng.randrange(0, 40 * MIN_MS), pay=pay, org=org,
                     node_country=c)
        level = rng.choice(T.LEVELS)
        system = T.SYS_EDTECH.replace("{level}", level)
        counts = active_counts(rng, (0.75, 0.95), 40, 0.6, 6, 160)
        for day in range(2):
            n = counts[day] if not W.is_holiday(c, day) else counts[day] // 2
            if n <= 0:
                continue
            for t, turn in sessions(rng, a, day, n, "student", 3.0, 45):
                if turn > 0 and rng.random() < 0.6:
                    p = T.fill(rng, rng.choice(T.FOLLOWUPS), c)
                    kind = "cot"
                else:
                    p = T.studentify(rng, frame(rng.choice(T.FR_FRAME_STUDENT), ctx.corpus.pick(rng, "maths")))
                    kind = "cot"
                model = "baobab-2" if (t < LAUNCH + 20 * HOUR_MS or rng.random() < 0.9) else "baobab-3"
                ip = backend[rng.randrange(4)]
                ptok = est_tokens(p) + est_tokens(system) + 7 + (rng.randrange(200, 1500) if turn else 0)
                ctx.emit(rng, a, t, p, system=system, model=model, ptok=ptok, ctok=ctok_for(rng, kind, model),
                         status=pick_status(rng, 0.002), ip=ip, asn=16509, ua=ua, dev=dev, key=a.keys[0])


APP_USER = {
    "mbay": ["Quand semer l'{crop} cette année à {city} ?", "Mes feuilles de {crop} jaunissent, pourquoi ?",
             "Prix de l'{crop} au marché de {city} aujourd'hui ?", "Comment faire du compost avec les déchets du mouton de Tabaski ?",
             "Sama {crop} bi dafa yàqu, lan laa war a def ?", "Sanji ma na, n ka {crop} bɛ ja, n ka kan ka mun kɛ ?",
             "Quelle quantité d'engrais NPK pour un hectare de {crop} ?", "Comment stocker l'{crop} sans charançons ?"],
    "sante": ["Mon enfant de {n2} ans a de la fièvre depuis hier, que faire ?", "Quels sont les signes du paludisme grave ?",
              "Est-ce que je peux manger beaucoup de viande de mouton avec l'hypertension ?", "Comment préparer une solution de réhydratation ?",
              "Combien de fois par jour allaiter un bébé de {n2} mois ?", "J'ai mal au ventre après le repas de Tabaski, c'est grave ?",
              "Quels vaccins pour un enfant de {n2} ans au Sénégal ?"],
    "droit": ["Mon bailleur veut m'expulser sans préavis à {city}, est-ce légal ?", "Comment créer une SARL en zone OHADA ?",
              "Quels sont les droits d'une veuve sur l'héritage ?", "Mon employeur ne m'a pas payé depuis {n2} mois, que faire ?",
              "Comment faire un acte de vente pour un terrain ?", "Combien coûte un divorce au tribunal de {city} ?"],
    "cuisine": ["Recette du {dish} pour {n} personnes", "Comment mariner le mouton de Tabaski pour le four ?",
                "Recette de dibi comme à {city}", "Que faire avec les restes de viande de Tabaski ?", "Recette rapide de {dish} sans four",
                "Comment réussir la sauce oignon du yassa ?", "Quelle boisson servir avec le {dish} ?"],
    "shop": ["Où en est ma commande numéro {price} ?", "Vous livrez à {city} ?", "Je veux retourner un article, comment faire ?",
             "Est-ce que je peux payer avec Wave ?", "Le {product} est-il disponible en grande taille ?", "Code promo Tabaski ?"],
    "emploi": ["Fais-moi un CV pour un poste de {job}", "Écris une lettre de motivation pour {job} à {city}",
               "Quelles questions on pose en entretien pour {job} ?", "Comment répondre à « quels sont vos défauts » ?",
               "Traduis mon CV en anglais : {job}, {n2} ans d'expérience à {city}"],
}
APP_CFG = [("mbay", "SN", "aws_afs1", 900), ("sante", "CI", "adc", 700), ("droit", "CM", "ovh", 500),
           ("cuisine", "SN", "hetzner", 1200), ("shop", "SN", "azure_frc", 1600), ("emploi", "CI", "ovh", 650)]


def b_app_onesystem(ctx):
    """Apps that send one system prompt for thousands of end users."""
    pop = "b_app_onesystem"
    rng = ctx.rng(pop)
    for name, c, netk, per_day in APP_CFG:
        a = ctx.acct(rng, pop, country=c, created=created_before(rng, 120, 600), pay=pay_fp(rng), org=org_id(rng),
                     node_country="XX", n_keys=2)
        net = W.NETS[netk]
        ips = net.pool[:rng.randrange(2, 6)]
        ua = rng.choice(["python-requests/2.32.4", "axios/1.10.0", "GuzzleHttp/7", "baobab-node/2.4.0"])
        dev = W.tls_fp(ua)
        system = T.SYS_APPS[name]
        for day in range(2):
            mult = 1.0
            if name == "cuisine" and day == 0:
                mult = 2.2
            if name in ("sante",) and day == 0:
                mult = 1.3
            if name == "emploi" and day == 0:
                mult = 0.6
            n = int(per_day * mult * rng.uniform(0.85, 1.15))
            for _ in range(n):
                t = W.sample_local_time(rng, W.profile_for("chat", c, day), day, W.COUNTRY_TZ[c])
                tpl = rng.choice(APP_USER[name])
                p = T.humanize(rng, T.fill(rng, tpl, rng.choice(W.COUNTRIES[:6])))
                turns = rng.choice([0, 0, 0, 1, 2, 3])
                ptok = est_tokens(p) + est_tokens(system) + 7 + turns * rng.randrange(80, 250)
                model = "baobab-2-mini" if not (name == "shop" and t > LAUNCH + 26 * HOUR_MS) else "baobab-3"
                ctx.emit(rng, a, t, p, system=system, model=model, ptok=ptok, ctok=ctok_for(rng, "chat", model),
                         status=pick_status(rng, 0.004), ip=ips[rng.randrange(len(ips))], asn=net.asn, ua=ua, dev=dev,
                         key=a.keys[0 if rng.random() < 0.9 else 1])


def b_app_stepbystep(ctx):
    """Homework apps whose system prompt asks for step-by-step reasoning on every question."""
    pop = "b_app_stepbystep"
    rng = ctx.rng(pop)
    cfg = [("mathsfacile", "BF", "ovh", 800, None), ("bacrevision", "CI", "adc", 1100, LAUNCH + 4 * HOUR_MS),
           ("kalanso", "ML", "hetzner", 450, None)]
    for name, c, netk, per_day, switch in cfg:
        a = ctx.acct(rng, pop, country=c, created=created_before(rng, 90, 500), pay=pay_fp(rng), org=org_id(rng),
                     node_country="XX")
        net = W.NETS[netk]
        ips = net.pool[:3]
        ua = "okhttp/4.12.0" if name != "bacrevision" else "Dart/3.8 (dart:io)"
        dev = W.tls_fp(ua)
        system = T.SYS_STEP_APPS[name]
        for day in range(2):
            n = int(per_day * (0.7 if W.is_holiday(c, day) else 1.0) * rng.uniform(0.85, 1.15))
            for _ in range(n):
                t = W.sample_local_time(rng, W.profile_for("student", c, day), day, W.COUNTRY_TZ[c])
                if name == "kalanso" and rng.random() < 0.15:
                    p = T.fill_full(rng, ctx.corpus, rng.choice(T.BAMBARA[4:5]), c)
                else:
                    src_key = "gsm8k" if rng.random() < 0.45 else ("svamp" if rng.random() < 0.4 else "math")
                    p = T.studentify(rng, frame(rng.choice(T.FR_FRAME_STUDENT), ctx.corpus.pick(rng, src_key)))
                model = "baobab-3" if (switch and t >= switch) else "baobab-2"
                ctx.emit(rng, a, t, p, system=system, model=model, ctok=ctok_for(rng, "cot", model),
                         status=pick_status(rng, 0.006), ip=ips[rng.randrange(3)], asn=net.asn, ua=ua, dev=dev)


EVAL_TPL = {
    "gsm8k": ["Question: {q}\nAnswer: Let's think step by step.", "Résous le problème suivant étape par étape. Donne la réponse finale après ####.\n{q}",
              "{q}"],
    "math": ["Problem:\n{q}\nSolution: Let's think step by step and put the final answer in \\boxed{}.", "{q}"],
    "svamp": ["Question: {q}\nAnswer: Let's think step by step."],
    "humaneval": ["Complete the following Python function. Return only code.\n\n{q}", "{q}"],
    "mbpp": ["You are an expert Python programmer, and here is your task: {q}", "{q}"],
    "arena": ["{q}"],
    "nq": ["Answer the question with a short phrase.\nQ: {q}\nA:", "Q: {q}\nA:"],
}


def b_eval_batch(ctx):
    """Lab and company evaluation harnesses: benchmark questions in benchmark order, bursts after the launch."""
    pop = "b_eval_batch"
    rng = ctx.rng(pop)
    labs = [("SN", "gcp_euw9"), ("SN", "ucad"), ("CI", "aws_afs1"), ("BJ", "aws_euw3"), ("SN", "azure_frc"),
            ("CM", "gcp_euw9"), ("SN", "aws_afs1"), ("CI", "ovh"), ("BF", "hetzner"), ("SN", "gcp_euw9")]
    for i, (c, netk) in enumerate(labs):
        a = ctx.acct(rng, pop, country=c, created=created_before(rng, 60, 700), pay=pay_fp(rng),
                     org=org_id(rng) if i % 3 else None, node_country="XX", n_keys=rng.randrange(1, 4))
        net = W.NETS[netk]
        ips = subpool(rng, net, rng.randrange(1, 5))
        ua = rng.choice(["lm-eval-harness/0.4.9 python-httpx/0.28.1", "baobab-python/2.7.0", "OpenAI/Python 2.1.0",
                         "inspect_ai/0.3.120 python-httpx/0.28.1"])
        dev = W.tls_fp(ua.split(" ")[-1])
        runs = []
        if i < 3:  # nightly regression on the old model
            for day in range(2):
                runs.append((W0 + day * DAY_MS + 2 * HOUR_MS + rng.randrange(HOUR_MS), rng.choice(["gsm8k", "humaneval"]),
                             rng.randrange(120, 300), ["baobab-2-pro"]))
        # after the launch: everyone benchmarks the new models (and re-runs the old one for comparison)
        n_suites = rng.randrange(1, 4)
        start = LAUNCH + int(rng.uniform(1.5, 26) * HOUR_MS)
        for s in range(n_suites):
            bench = rng.choice(["gsm8k", "gsm8k", "math", "humaneval", "mbpp", "arena", "svamp", "nq"])
            size = {"humaneval": 164, "arena": rng.randrange(150, 500)}.get(bench, rng.randrange(250, 900))
            models = rng.choice([["baobab-3"], ["baobab-3", "baobab-3-think"], ["baobab-3-think", "baobab-2-pro"]])
            runs.append((start, bench, size, models))
            start += rng.randrange(1, 5) * HOUR_MS
        for t0, bench, size, models in runs:
            tpl = rng.choice(EVAL_TPL[bench])
            key = a.keys[rng.randrange(len(a.keys))]
            offset = 0 if rng.random() < 0.7 else rng.randrange(1000)
            conc = rng.choice([2, 4, 8, 16])
            for m in models:
                t = t0
                for k in range(size):
                    q = ctx.corpus.at(bench if bench != "arena" else "arena", offset + k)
                    p = frame(tpl, q)
                    kind = "code" if bench in ("humaneval", "mbpp") else "short" if bench == "nq" else "eval"
                    t += int(rng.expovariate(conc / 6000.0)) + 50
                    ctx.emit(rng, a, t, p, model=m, ctok=ctok_for(rng, kind, m), status=pick_status(rng, 0.04),
                             ip=ips[rng.randrange(len(ips))], asn=net.asn, ua=ua, dev=dev, key=key,
                             endpoint="/v1/chat/completions", system=None if rng.random() < 0.5 else T.SYS_EVAL[1])
                t0 = t + rng.randrange(60_000, 900_000)


CI_PROMPTS = ["Réponds uniquement par OK.", "ping", "Return exactly this JSON: {\"status\": \"ok\"}",
              "Translate 'bonjour' to English. One word.", "Say hello in Wolof.", "Résume en une phrase : Le chat dort.",
              "Extract the amount from: 'Paiement de 25000 FCFA reçu'. Answer with a number.",
              "Classify the sentiment (positive/negative): 'Service très lent.'", "What is 2+2? Answer with a digit."]
DEV_MIX = mixer({"code": 35, "arena": 25, "en": 10, "fr": 10, "follow": 15, "launch": 5})


def b_dev_ci(ctx):
    """Developers: interactive use from a laptop plus CI test suites from cloud runners (identical prompts every run)."""
    pop = "b_dev_ci"
    rng = ctx.rng(pop)
    for _ in range(220):
        c, cr = _country_created(rng)
        a = ctx.acct(rng, pop, country=c, created=cr, pay=pay_fp(rng), org=org_id(rng) if rng.random() < 0.4 else None,
                     n_keys=2)
        give_client(rng, a, "laptop")
        give_net(rng, a, "fixed" if rng.random() < 0.6 else "mobile")
        model_prefs(rng, a, 0.5, 0.4, 0.5, (0, 6))
        counts = active_counts(rng, (0.5, 0.85), 10, 0.6, 1, 50)
        run_human(ctx, rng, a, counts, "dev", DEV_MIX, sess_mean=4, gap_s=120)
        # CI
        suite = [CI_PROMPTS[j] for j in sorted(rng.sample(range(len(CI_PROMPTS)), rng.randrange(2, 6)))]
        own = ctx.corpus.pick(rng, "si_seed")
        suite.append(own)
        runner = rng.choice(["azure_frc", "azure_frc", "gcp_euw9", "aws_euw3"])
        net = W.NETS[runner]
        ua = rng.choice(["baobab-python/2.6.1", "baobab-node/2.3.1", "OpenAI/Python 1.99.2", "python-httpx/0.28.1"])
        ci_model = rng.choice(["baobab-2-mini", "baobab-2-mini", "baobab-2"])
        nightly = rng.random() < 0.5
        runs = []
        for day in range(2):
            if nightly:
                runs.append(W0 + day * DAY_MS + 2 * HOUR_MS + rng.randrange(0, 300_000))
            if not W.is_holiday(c, day) or rng.random() < 0.3:
                for _ in range(rng.randrange(0, 8)):
                    runs.append(W.sample_local_time(rng, "dev", day, a.tz))
        runs.sort()
        for t in runs:
            ip = net.pool[rng.randrange(len(net.pool))]
            models = [ci_model] + (["baobab-3"] if t > LAUNCH + 5 * HOUR_MS and rng.random() < 0.5 else [])
            for m in models:
                for p in suite:
                    t += rng.randrange(300, 4000)
                    ctx.emit(rng, a, t, p, model=m, ctok=ctok_for(rng, "short", m), status=pick_status(rng),
                             ip=ip, asn=net.asn, ua=ua, dev=W.tls_fp(ua), key=a.keys[1])


RESEARCH_MIX = mixer({"arena": 40, "math_student": 5, "code": 15, "en": 15, "follow": 20, "nq": 5})
SWEEP_TPL = ["Explain {x} in one paragraph for a graduate student.", "Give three open research questions about {x}.",
             "Write the LaTeX definition of {x} and a small example.", "Explique {x} à un étudiant de master en 5 lignes."]
SWEEP_X = ["mutual information", "the Kullback-Leibler divergence", "a Markov chain", "gradient descent", "a Fourier transform",
           "tokenization", "attention", "a random forest", "bootstrap confidence intervals", "the EM algorithm",
           "a Gaussian process", "transfer learning", "low-resource machine translation", "speech recognition for Wolof",
           "byte-pair encoding", "the softmax function", "cross-validation", "a convolution", "dropout", "batch normalization",
           "word embeddings", "the central limit theorem", "a hidden Markov model", "a kernel", "beam search"]


def b_researchers(ctx):
    pop = "b_researchers"
    rng = ctx.rng(pop)
    for _ in range(45):
        c = rng.choice(["SN", "SN", "CI", "CM", "BJ", "BF"])
        a = ctx.acct(rng, pop, country=c, created=created_before(rng, 30, 900), pay=pay_fp(rng),
                     org=org_id(rng) if rng.random() < 0.3 else None)
        give_client(rng, a, "sdk")
        a.net = rng.choice(W.CAMPUS_BY_COUNTRY[c] + [W.FIXED_BY_COUNTRY[c]])
        a.alt_net = rng.choice(["aws_afs1", "gcp_euw9", W.FIXED_BY_COUNTRY[c]])
        a.x["alt_p"] = 0.25
        model_prefs(rng, a, 0.0, 0.3, 0.7, (0, 8))
        counts = active_counts(rng, (0.85, 0.95), 110, 0.5, 20, 320)
        run_human(ctx, rng, a, counts, "dev", RESEARCH_MIX, sess_mean=8, gap_s=100, p429=0.01, think_bias=0.5)
        # a parameter sweep: the same template over a list of concepts
        if rng.random() < 0.5:
            tpl = rng.choice(SWEEP_TPL)
            t = W.sample_local_time(rng, "dev", 1, a.tz)
            ua, dev = a.devices[0]
            for x in SWEEP_X:
                t += rng.randrange(2000, 9000)
                ip, asn = net_addr(rng, a, 1, t)
                m = pick_model(rng, a, t)
                ctx.emit(rng, a, t, tpl.replace("{x}", x), model=m, ctok=ctok_for(rng, "chat", m), ip=ip, asn=asn,
                         ua=ua, dev=dev, endpoint="/v1/chat/completions")


def b_vpn_users(ctx):
    pop = "b_vpn_users"
    rng = ctx.rng(pop)
    mix = mixer({"fr": 35, "en_framed": 15, "arena": 12, "nq": 8, "follow": 15, "tab": 5, "code": 5, "local": 5})
    for _ in range(280):
        c, cr = _country_created(rng)
        a = ctx.acct(rng, pop, country=c, created=cr, pay=pay_fp(rng) if rng.random() < 0.5 else None)
        give_client(rng, a, rng.choice(["phone", "mix", "laptop"]))
        a.net = rng.choices(["warp", "proton", "m247", "datacamp"], weights=[40, 25, 20, 15])[0]
        a.alt_net = W.pick_mobile(rng, c)
        a.x["alt_p"] = 0.3
        model_prefs(rng, a, 0.5, 0.35, 0.3, (0, 24))
        counts = active_counts(rng, (0.65, 0.6), 7, 0.7, 1, 40)
        run_human(ctx, rng, a, counts, "chat", mix, sess_mean=3.5, gap_s=70)


CAFE_MIX = mixer({"fr": 30, "office": 8, "math_student": 15, "en_framed": 8, "tab": 12, "follow": 15, "local": 7, "sme": 5})


def b_cybercafe(ctx):
    """Cyber-cafes: a few shared PCs (same device id, same old browser) and many customers' accounts."""
    pop = "b_cybercafe"
    rng = ctx.rng(pop)
    for _ in range(70):
        c = rng.choices(W.COUNTRIES, weights=[15, 15, 15, 12, 12, 8, 8, 8, 7])[0]
        fixed = W.NETS[W.FIXED_BY_COUNTRY[c]]
        cafe_ip = W.fixed_ip(rng, fixed)
        pcs = [("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36"
                % rng.randrange(118, 140), W.device_id(rng)) for _ in range(rng.randrange(3, 7))]
        for _ in range(rng.randrange(4, 10)):
            a = ctx.acct(rng, pop, country=c, created=created_before(rng, 1, 120), pay=None)
            a.devices = pcs
            model_prefs(rng, a, 0.9, 0.1, 0.05)
            for day in range(2):
                if rng.random() > 0.55:
                    continue
                for _visit in range(rng.choice([1, 1, 1, 2])):
                    ua, dev = rng.choice(pcs)
                    t = W.sample_local_time(rng, W.profile_for("office", c, day), day, a.tz)
                    for turn in range(rng.randrange(2, 14)):
                        p, _s, kind = CAFE_MIX(ctx, rng, a, turn, t, day)
                        m = pick_model(rng, a, t)
                        ctx.emit(rng, a, t, p, model=m, ctok=ctok_for(rng, kind, m), status=pick_status(rng),
                                 ip=cafe_ip, asn=fixed.asn, ua=ua, dev=dev, hist=min(turn * 300, 6000))
                        t += rng.randrange(30_000, 400_000)


def _translate_prompt(ctx, rng, a, turn, t, day):
    u = rng.random()
    corpus = ctx.corpus
    if u < 0.35:
        return "Traduis en français le texte suivant :\n" + corpus.pick(rng, rng.choice(["si_user", "si_seed", "awesome", "arena"])), None, "translate"
    if u < 0.6:
        src_fr = T.fill_full(rng, corpus, rng.choice(T.OFFICE + T.FR_CHAT[:40]), a.country)
        return rng.choice(["Translate into English:\n", "Traduis en anglais, registre formel :\n", "English please:\n"]) + src_fr, None, "translate"
    if u < 0.7:
        return "Traduis en wolof : " + T.fill_full(rng, corpus, rng.choice(T.TABASKI + T.FR_CHAT[:40]), "SN"), None, "translate"
    if u < 0.85:
        return ("Relis et corrige cette traduction, en gardant le sens :\n" +
                T.fill_full(rng, corpus, rng.choice(T.FR_CHAT[:40]), a.country)), None, "translate"
    if turn > 0:
        return rng.choice(["Plus littéral stp", "Garde les termes juridiques", "Version plus courte", "merci"]), None, "short"
    return "Quel est l'équivalent en anglais de « " + rng.choice(["procès-verbal", "mise en demeure", "bail", "devis",
                                                                  "attestation de travail", "quittance", "note de service"]) + " » ?", None, "short"


def b_translators(ctx):
    pop = "b_translators"
    rng = ctx.rng(pop)
    for _ in range(180):
        c, cr = _country_created(rng)
        a = ctx.acct(rng, pop, country=c, created=cr, pay=pay_fp(rng) if rng.random() < 0.8 else None)
        give_client(rng, a, "laptop")
        give_net(rng, a, "fixed" if rng.random() < 0.5 else "mobile")
        model_prefs(rng, a, 0.3, 0.5, 0.25, (2, 30))
        counts = active_counts(rng, (0.55, 0.85), 28, 0.6, 4, 110)
        run_human(ctx, rng, a, counts, "office", _translate_prompt, sess_mean=6, gap_s=150, chatty=False)


def b_journalists(ctx):
    pop = "b_journalists"
    rng = ctx.rng(pop)
    mix = mixer({"journalist": 55, "tab": 10, "fr": 10, "nq": 10, "follow": 15})
    for _ in range(130):
        c, cr = _country_created(rng)
        a = ctx.acct(rng, pop, country=c, created=cr, pay=pay_fp(rng) if rng.random() < 0.6 else None)
        give_client(rng, a, "mix")
        give_net(rng, a, "mix")
        model_prefs(rng, a, 0.4, 0.45, 0.35, (0, 12))
        counts = active_counts(rng, (0.75, 0.85), 14, 0.6, 2, 60)
        run_human(ctx, rng, a, counts, "office", mix, sess_mean=4, gap_s=120)


OFFICE_MIX = mixer({"office": 60, "fr": 12, "follow": 20, "tab": 8})


def b_civil_servants(ctx):
    pop = "b_civil_servants"
    rng = ctx.rng(pop)
    out = []
    for c, netk, n in (("SN", "sn_gov", 90), ("CI", "ci_gov", 60)):
        org, pay = org_id(rng), pay_fp(rng)
        ctx.x_gov = getattr(ctx, "x_gov", {})
        ctx.x_gov[c] = (org, pay, netk)
        batch = created_before(rng, 150, 300)
        for _ in range(n):
            a = ctx.acct(rng, pop, country=c, created=batch + rng.randrange(0, 5 * DAY_MS), pay=pay, org=org)
            give_client(rng, a, "laptop")
            a.net = netk
            a.alt_net = W.pick_mobile(rng, c)
            model_prefs(rng, a, 0.4, 0.5, 0.1, (10, 30))
            counts = active_counts(rng, (0.85, 0.9), 12, 0.6, 2, 45)
            for day in range(2):
                cc = [0, 0]
                cc[day] = counts[day] if not W.is_holiday(c, day) else (counts[day] // 4 if rng.random() < 0.3 else 0)
                a.x["alt_p"] = 0.9 if W.is_holiday(c, day) else 0.05
                run_human(ctx, rng, a, cc, "office", OFFICE_MIX, sess_mean=4, gap_s=180)
            out.append(a)
    return out


RESELLER_SYS = ["Tu es l'assistant de l'hôtel {name} à {city}. Réponds aux clients sur les réservations et les services.",
                "Tu es le conseiller virtuel de la microfinance {name} Épargne. Ne donne jamais de conseil d'investissement personnalisé.",
                "Tu es l'assistant de l'agence immobilière {name} Immo à {city}. Propose des biens et prends les rendez-vous.",
                "Tu es l'assistant de l'école privée {name} à {city}. Informe les parents sur les inscriptions et les frais.",
                "Tu aides les clients de la compagnie de transport {name} Voyages ({city} - {city2}) à réserver leurs billets.",
                "Tu es le support client d'un fournisseur internet à {city}. Diagnostique les pannes simplement."]
RESELLER_USER = ["Bonjour, vous avez des chambres libres ce week-end ?", "Quels sont les frais d'inscription pour la 6e ?",
                 "Je cherche un appartement F3 à {city} à moins de {price} FCFA", "Mon internet ne marche plus depuis ce matin",
                 "Un billet {city} - {city2} pour demain coûte combien ?", "Comment ouvrir un compte d'épargne ?",
                 "Vous êtes ouverts pendant la Tabaski ?", "Je veux annuler ma réservation numéro {price}",
                 "Vous acceptez Orange Money ?", "Le bus part à quelle heure ?", "Quels documents pour un prêt de {price} FCFA ?"]


def b_agency_reseller(ctx):
    """Web agencies / resellers: one account fronting many client bots (many keys, many system prompts)."""
    pop = "b_agency_reseller"
    rng = ctx.rng(pop)
    for _ in range(14):
        c = rng.choice(["SN", "SN", "CI", "CI", "CM", "BJ", "TG"])
        a = ctx.acct(rng, pop, country=c, created=created_before(rng, 60, 700), pay=pay_fp(rng), org=org_id(rng),
                     node_country="XX", n_keys=rng.randrange(8, 40))
        netk = rng.choice(["ovh", "adc", "hetzner", "azure_frc", "aws_afs1"])
        net = W.NETS[netk]
        ips = subpool(rng, net, rng.randrange(1, 4))
        ua = rng.choice(["GuzzleHttp/7", "axios/1.10.0", "python-requests/2.32.4", "n8n/1.99.0"])
        clients = []
        for k in a.keys:
            clients.append((k, T.fill(rng, rng.choice(RESELLER_SYS), c), rng.random() ** 2))
        wsum = sum(w for _, _, w in clients)
        per_day = rng.randrange(150, 800)
        for day in range(2):
            for _ in range(int(per_day * rng.uniform(0.8, 1.2))):
                x = rng.random() * wsum
                for k, s, w in clients:
                    x -= w
                    if x <= 0:
                        break
                t = W.sample_local_time(rng, W.profile_for("chat", c, day), day, a.tz)
                p = T.humanize(rng, T.fill(rng, rng.choice(RESELLER_USER), c)) if rng.random() < 0.7 else src("sme", ctx, rng, a, 0)[0]
                m = "baobab-2-mini" if rng.random() < 0.85 else "baobab-2"
                ctx.emit(rng, a, t, p, system=s, model=m, ctok=ctok_for(rng, "chat", m), status=pick_status(rng, 0.005),
                         ip=ips[rng.randrange(len(ips))], asn=net.asn, ua=ua, dev=W.tls_fp(ua), key=k,
                         ptok=est_tokens(p) + est_tokens(s) + 7 + rng.choice([0, 0, 150, 400]))


def b_sme(ctx):
    pop = "b_sme"
    rng = ctx.rng(pop)
    mix = mixer({"sme": 50, "fr": 20, "tab": 10, "follow": 15, "local": 5})
    for _ in range(420):
        c, cr = _country_created(rng)
        a = ctx.acct(rng, pop, country=c, created=cr, pay=pay_fp(rng) if rng.random() < 0.7 else None)
        give_client(rng, a, "mix")
        give_net(rng, a, "mix")
        model_prefs(rng, a, 0.7, 0.25, 0.1)
        counts = active_counts(rng, (0.55, 0.8), 11, 0.7, 1, 60)
        run_human(ctx, rng, a, counts, "office", mix, sess_mean=3.5, gap_s=90)


def b_new_tabaski(ctx):
    """Benign new-account surge: people who install the app on Tabaski day to write greetings."""
    pop = "b_new_tabaski"
    rng = ctx.rng(pop)
    mix = mixer({"tab": 75, "fr": 10, "follow": 15})
    shared = []
    for _ in range(800):
        c = rng.choices(W.COUNTRIES, weights=[40, 15, 10, 6, 12, 5, 4, 3, 5])[0]
        first = W.sample_local_time(rng, "tabaski" if c in ("SN", "GN") else "chat", 0, W.COUNTRY_TZ[c])
        if rng.random() < 0.15:
            first = W.sample_local_time(rng, "chat", 1, W.COUNTRY_TZ[c])
        a = ctx.acct(rng, pop, country=c, created=first - rng.randrange(20_000, 600_000), pay=None)
        if shared and rng.random() < 0.1:
            a.devices = [rng.choice(shared)]  # a family member signs up on the same phone
        else:
            give_client(rng, a, "app_android" if rng.random() < 0.7 else "phone")
            shared.append(a.devices[0])
        give_net(rng, a, "mobile")
        model_prefs(rng, a, 1.0, 0.0, 0.02)
        t = first
        hist = 0
        ua, dev = a.devices[0]
        day = (first - W0) // DAY_MS
        for turn in range(rng.choice([1, 1, 2, 2, 3, 4, 5, 8])):
            p, _s, kind = mix(ctx, rng, a, turn, t, day)
            ip, asn = net_addr(rng, a, day, t)
            ptok = est_tokens(p) + 7 + hist
            ct = ctok_for(rng, kind, a.mpref)
            ctx.emit(rng, a, t, p, model=a.mpref, ptok=ptok, ctok=ct, status=pick_status(rng), ip=ip, asn=asn, ua=ua, dev=dev)
            hist = ptok + ct
            t += rng.randrange(20_000, 300_000)


def b_new_launch(ctx):
    """Benign new-account surge after the launch: people who sign up to try baobab-3 (often with benchmark-like puzzles)."""
    pop = "b_new_launch"
    rng = ctx.rng(pop)
    mix = mixer({"launch": 40, "math_student": 15, "code": 15, "arena": 15, "follow": 15})
    for _ in range(450):
        c, _cr = _country_created(rng)
        created = LAUNCH + int(rng.expovariate(1 / (7 * HOUR_MS)))
        if created >= W0 + 2 * DAY_MS - HOUR_MS:
            created = LAUNCH + rng.randrange(0, 10 * HOUR_MS)
        a = ctx.acct(rng, pop, country=c, created=created, pay=pay_fp(rng) if rng.random() < 0.45 else None)
        give_client(rng, a, rng.choice(["laptop", "mix", "sdk"]))
        give_net(rng, a, "mix")
        if rng.random() < 0.15:
            a.net = rng.choice(["warp", "aws_euw3", "gcp_euw9"])
        a.adopt_p = 0.95
        a.mpref = "baobab-2"
        t = created + rng.randrange(30_000, 900_000)
        n = rng.randrange(3, 40)
        ua, dev = a.devices[0]
        hist = 0
        for turn in range(n):
            day = (t - W0) // DAY_MS
            if day >= 2:
                break
            p, _s, kind = mix(ctx, rng, a, turn, t, day)
            m = pick_model(rng, a, t, 0.4)
            ip, asn = net_addr(rng, a, day, t)
            ptok = est_tokens(p) + 7 + hist
            ct = ctok_for(rng, kind, m)
            ctx.emit(rng, a, t, p, model=m, ptok=ptok, ctok=ct, status=pick_status(rng, 0.01), ip=ip, asn=asn, ua=ua,
                     dev=dev, endpoint=default_endpoint(rng, ua))
            hist = min(ptok + ct, 20000) if rng.random() < 0.7 else 0
            t += int(rng.lognormvariate(11.5, 1.2))


SDK_MIX = mixer({"code": 35, "arena": 15, "en": 10, "fr": 15, "follow": 10, "launch": 5, "sme": 10})


def b_sdk_devs(ctx):
    """App builders on the SDKs; some poke at baobab-3 before it is live (404)."""
    pop = "b_sdk_devs"
    rng = ctx.rng(pop)
    for _ in range(300):
        c, cr = _country_created(rng)
        a = ctx.acct(rng, pop, country=c, created=cr, pay=pay_fp(rng), org=org_id(rng) if rng.random() < 0.3 else None,
                     n_keys=rng.randrange(1, 4))
        give_client(rng, a, "sdk")
        give_net(rng, a, "fixed" if rng.random() < 0.5 else "mobile")
        if rng.random() < 0.3:
            a.alt_net = rng.choice(["aws_afs1", "ovh", "hetzner", "digitalocean", "gcp_euw9"])
            a.x["alt_p"] = 0.4
        model_prefs(rng, a, 0.5, 0.35, 0.5, (0, 4))
        counts = active_counts(rng, (0.6, 0.85), 22, 0.7, 2, 120)
        run_human(ctx, rng, a, counts, "dev", SDK_MIX, sess_mean=5, gap_s=60, chatty=False, p429=0.005)
        if rng.random() < 0.15:
            ua, dev = a.devices[0]
            t = LAUNCH - rng.randrange(60_000, 45 * 60_000)
            for _ in range(rng.randrange(1, 4)):
                ip, asn = net_addr(rng, a, 0, t)
                ctx.emit(rng, a, t, rng.choice(T.LAUNCH_TRY), model="baobab-3", ctok=0, status=404, ip=ip, asn=asn,
                         ua=ua, dev=dev)
                t += rng.randrange(5_000, 120_000)


def b_english(ctx):
    pop = "b_english"
    rng = ctx.rng(pop)
    mix = mixer({"english_local": 25, "en": 25, "arena": 15, "nq": 15, "follow": 15, "code": 5})
    for _ in range(240):
        c = rng.choice(["CI", "TG", "BJ", "SN", "CM", "CM", "GN", "NE"])
        a = ctx.acct(rng, pop, country=c, created=created_before(rng, 3, 800), pay=pay_fp(rng) if rng.random() < 0.6 else None)
        give_client(rng, a, rng.choice(["phone", "mix", "laptop"]))
        give_net(rng, a, "mix")
        model_prefs(rng, a, 0.5, 0.35, 0.25)
        counts = active_counts(rng, (0.6, 0.75), 9, 0.7, 1, 45)
        run_human(ctx, rng, a, counts, "chat", mix, sess_mean=3.5, gap_s=80)


def b_arabic(ctx):
    pop = "b_arabic"
    rng = ctx.rng(pop)
    mix = mixer({"arabic": 60, "fr": 20, "tab": 5, "follow": 10, "math_student": 5})
    for _ in range(150):
        c = rng.choice(["SN", "ML", "ML", "NE", "NE", "GN", "BF", "CM"])
        a = ctx.acct(rng, pop, country=c, created=created_before(rng, 3, 800), pay=pay_fp(rng) if rng.random() < 0.3 else None)
        give_client(rng, a, "phone")
        give_net(rng, a, "mobile")
        model_prefs(rng, a, 0.8, 0.2, 0.1)
        counts = active_counts(rng, (0.7, 0.55), 6, 0.6, 1, 30)
        run_human(ctx, rng, a, counts, "chat", mix, sess_mean=3, gap_s=70)


def b_local_lang(ctx):
    pop = "b_local_lang"
    rng = ctx.rng(pop)
    mix = mixer({"local": 60, "fr": 15, "tab": 10, "follow": 15})
    for _ in range(300):
        c = rng.choices(["SN", "ML", "CI", "BF", "GN"], weights=[45, 25, 15, 10, 5])[0]
        a = ctx.acct(rng, pop, country=c, created=created_before(rng, 1, 600), pay=None)
        give_client(rng, a, "phone" if rng.random() < 0.6 else "app_android")
        give_net(rng, a, "mobile")
        model_prefs(rng, a, 0.9, 0.1, 0.05)
        counts = active_counts(rng, (0.6, 0.55), 5, 0.6, 1, 25)
        run_human(ctx, rng, a, counts, "chat", mix, sess_mean=3, gap_s=90)


BOOT_FRAMES = ["{q}", "Explique-moi cet exercice :\n{q}", "Je n'arrive pas à faire cet exo :\n{q}",
               "Voici mon code pour l'exercice, il ne passe pas les tests :\n{q}\n\ndef solution():\n    pass",
               "Donne-moi un indice (pas la solution) :\n{q}"]


def b_bootcamp(ctx):
    """Coding bootcamps: sponsored accounts (one card per cohort, created the same day), same exercises at the same time."""
    pop = "b_bootcamp"
    rng = ctx.rng(pop)
    for c, netk, n, remote_day in (("SN", "sonatel_academy", 60, 1), ("CI", "odc_abj", 50, None), ("BJ", "uac", 30, None)):
        org, pay = org_id(rng), pay_fp(rng)
        cohort_start = W0 - int(rng.uniform(40, 80) * DAY_MS)
        students = []
        for _ in range(n):
            a = ctx.acct(rng, pop, country=c, created=cohort_start + rng.randrange(9 * HOUR_MS, 12 * HOUR_MS), pay=pay, org=org)
            give_client(rng, a, "laptop")
            a.net = netk
            a.alt_net = W.pick_mobile(rng, c)
            a.mpref = "baobab-2"
            a.adopt_p = 0.1
            students.append(a)
        net = W.NETS[netk]
        for day in range(2):
            if W.is_holiday(c, day) and day == 0:
                continue
            remote = (remote_day == day)
            # the instructor posts exercises at fixed times
            for slot in range(rng.randrange(3, 6)):
                ex = ctx.corpus.pick(rng, "code")
                t_post = W0 + day * DAY_MS + (9 + slot * 1.6) * HOUR_MS - W.COUNTRY_TZ[c] * HOUR_MS
                for a in students:
                    if rng.random() > (0.25 if remote else 0.85):
                        continue
                    t = int(t_post + rng.randrange(30_000, 600_000))
                    ua, dev = a.devices[0]
                    for k in range(rng.randrange(1, 8)):
                        p = frame(rng.choice(BOOT_FRAMES), ex) if k == 0 else T.fill(rng, rng.choice(T.FOLLOWUPS), c)
                        if remote:
                            ip, asn = net_addr(rng, a, day, t, a.alt_net)
                        else:
                            ip, asn = net.pool[rng.randrange(len(net.pool))], net.asn
                        m = pick_model(rng, a, t)
                        ctx.emit(rng, a, t, p, model=m, ctok=ctok_for(rng, "code", m), status=pick_status(rng), ip=ip,
                                 asn=asn, ua=ua, dev=dev, hist=min(k * 500, 8000))
                        t += rng.randrange(40_000, 400_000)


def b_callcenter(ctx):
    """BPO call centres (work through the holiday for European clients): shared card and org, managed PCs."""
    pop = "b_callcenter"
    rng = ctx.rng(pop)
    for c, netk, n in (("SN", "bpo_dkr", 100), ("CI", "bpo_abj", 80)):
        org, pay = org_id(rng), pay_fp(rng)
        ua = W.ua_desktop(rng)
        batch = created_before(rng, 30, 200)
        net = W.NETS[netk]
        for _ in range(n):
            a = ctx.acct(rng, pop, country=c, created=batch + rng.randrange(0, 20 * DAY_MS), pay=pay, org=org)
            a.devices = [(ua, W.device_id(rng))]
            a.mpref = "baobab-2-mini"
            shift = rng.choice([(6, 14), (14, 22), (22, 30), (8, 17)])
            for day in range(2):
                if rng.random() < (0.35 if day == 0 else 0.15):
                    continue  # day off
                n_req = rng.randrange(15, 60)
                ua_, dev = a.devices[0]
                for _ in range(n_req):
                    t = W0 + day * DAY_MS + int(rng.uniform(*shift) * HOUR_MS) - a.tz * HOUR_MS
                    p = T.fill_full(rng, ctx.corpus, rng.choice(T.CALLCENTER), c)
                    ctx.emit(rng, a, t, p, system=T.SYS_CC, model="baobab-2-mini", ctok=ctok_for(rng, "chat", "baobab-2-mini"),
                             status=pick_status(rng), ip=net.pool[rng.randrange(len(net.pool))], asn=net.asn, ua=ua_, dev=dev)


def b_teachers(ctx):
    pop = "b_teachers"
    rng = ctx.rng(pop)
    mix = mixer({"teacher": 55, "math_student": 15, "fr": 10, "follow": 15, "tab": 5})
    for _ in range(240):
        c, cr = _country_created(rng)
        a = ctx.acct(rng, pop, country=c, created=cr, pay=pay_fp(rng) if rng.random() < 0.4 else None)
        give_client(rng, a, rng.choice(["phone", "mix", "laptop"]))
        give_net(rng, a, "mix")
        model_prefs(rng, a, 0.5, 0.4, 0.2)
        counts = active_counts(rng, (0.4, 0.7), 8, 0.6, 1, 40)
        run_human(ctx, rng, a, counts, "student", mix, sess_mean=4, gap_s=120)


def b_quiz_gen(ctx):
    """Quiz / trivia apps that sweep themes x difficulty systematically with a JSON system prompt."""
    pop = "b_quiz_gen"
    rng = ctx.rng(pop)
    for i in range(4):
        c = rng.choice(["SN", "CI", "CM", "BF"])
        a = ctx.acct(rng, pop, country=c, created=created_before(rng, 60, 400), pay=pay_fp(rng), org=org_id(rng),
                     node_country="XX")
        net = W.NETS[rng.choice(["ovh", "hetzner", "gcp_euw9", "adc"])]
        ip = net.pool[rng.randrange(len(net.pool))]
        ua = "python-requests/2.32.4"
        per_day = rng.randrange(150, 400)
        k = rng.randrange(1000)
        for day in range(2):
            t = W0 + day * DAY_MS + rng.randrange(0, HOUR_MS)
            step = DAY_MS // per_day
            for _ in range(per_day):
                theme = T.QUIZ_THEMES[k % len(T.QUIZ_THEMES)]
                diff = ["facile", "moyen", "difficile"][(k // len(T.QUIZ_THEMES)) % 3]
                nq = 5 + 5 * ((k // 60) % 3)
                p = "Génère %d questions de niveau %s sur le thème : %s." % (nq, diff, theme)
                if rng.random() < 0.3:
                    p += " Inspire-toi de : " + ctx.corpus.pick(rng, "nq")
                k += 1
                t += step + rng.randrange(-step // 3, step // 3)
                ctx.emit(rng, a, t, p, system=T.SYS_QUIZ, model="baobab-2-mini", ctok=ctok_for(rng, "quiz", "baobab-2-mini"),
                         status=pick_status(rng, 0.003), ip=ip, asn=net.asn, ua=ua, dev=W.tls_fp(ua))


def b_bank_docs(ctx):
    """A bank's nightly document-extraction batch plus daytime ad-hoc use."""
    pop = "b_bank_docs"
    rng = ctx.rng(pop)
    net = W.NETS["bank_abj"]
    org, pay = org_id(rng), pay_fp(rng)
    for i in range(2):
        a = ctx.acct(rng, pop, country="CI", created=created_before(rng, 200, 500), pay=pay, org=org, n_keys=2)
        ua = "Java-http-client/21.0.6"
        for day in range(2):
            n = rng.randrange(600, 1200) if day == 1 else rng.randrange(150, 400)
            t = W0 + day * DAY_MS + rng.randrange(0, 30 * MIN_MS)
            for _ in range(n):
                t += rng.randrange(2000, 9000)
                p = T.bank_doc(rng)
                ctx.emit(rng, a, t, p, system=T.SYS_BANK, model="baobab-2", ctok=ctok_for(rng, "json", "baobab-2"),
                         status=pick_status(rng, 0.01), ip=net.pool[0], asn=net.asn, ua=ua, dev=W.tls_fp(ua), key=a.keys[1])
            if day == 1:
                for _ in range(rng.randrange(20, 60)):
                    t2 = W.sample_local_time(rng, "office", day, 0)
                    p = "Résume ce courrier client et propose une réponse :\n" + T.fill(rng, rng.choice(T.SNIPPETS), "CI")
                    ctx.emit(rng, a, t2, p, model="baobab-2", ctok=ctok_for(rng, "chat", "baobab-2"), ip=net.pool[1],
                             asn=net.asn, ua=W.ua_desktop(rng), dev=None, key=a.keys[0])


def b_dormant_back(ctx):
    """Old accounts, quiet for months, that come back to try the new model."""
    pop = "b_dormant_back"
    rng = ctx.rng(pop)
    mix = mixer({"launch": 45, "fr": 20, "arena": 10, "code": 10, "follow": 15})
    for _ in range(260):
        c = W.pick_country(rng)
        a = ctx.acct(rng, pop, country=c, created=created_before(rng, 300, 1000) if rng.random() > 0.1 else None,
                     pay=pay_fp(rng) if rng.random() < 0.5 else None)
        give_client(rng, a, rng.choice(["phone", "mix", "laptop"]))
        give_net(rng, a, "mix")
        a.mpref = "baobab-2"
        a.adopt_p = 0.9
        t = LAUNCH + int(rng.expovariate(1 / (9 * HOUR_MS)))
        ua, dev = a.devices[0]
        for turn in range(rng.randrange(2, 20)):
            day = (t - W0) // DAY_MS
            if day >= 2:
                break
            p, _s, kind = mix(ctx, rng, a, turn, t, day)
            m = pick_model(rng, a, t, 0.3)
            ip, asn = net_addr(rng, a, day, t)
            ctx.emit(rng, a, t, p, model=m, ctok=ctok_for(rng, kind, m), status=pick_status(rng), ip=ip, asn=asn,
                     ua=ua, dev=dev, hist=min(turn * 350, 9000))
            t += int(rng.lognormvariate(11.3, 1.3))


def b_family(ctx):
    """Families: the parent's card pays for the children's accounts; same home connection."""
    pop = "b_family"
    rng = ctx.rng(pop)
    kid_mix = mixer({"math_student": 45, "fr": 20, "follow": 20, "code": 5, "local": 10})
    parent_mix = mixer({"fr": 40, "tab": 20, "sme": 15, "follow": 15, "office": 10})
    for _ in range(100):
        c = W.pick_country(rng)
        pay = pay_fp(rng)
        home = W.FIXED_BY_COUNTRY[c]
        members = rng.randrange(2, 6)
        tablet = (W.ua_android_chrome(rng), W.device_id(rng))
        home_ips = {}
        for m in range(members):
            a = ctx.acct(rng, pop, country=c, created=created_before(rng, 5, 600), pay=pay)
            give_client(rng, a, "phone")
            if rng.random() < 0.3:
                a.devices.append(tablet)
            a.net = home
            a.alt_net = W.pick_mobile(rng, c)
            a.x["alt_p"] = 0.4
            a.fixed_ips = home_ips
            model_prefs(rng, a, 0.7, 0.3, 0.15)
            counts = active_counts(rng, (0.55, 0.6), 6, 0.6, 1, 35)
            run_human(ctx, rng, a, counts, "student" if m else "chat", kid_mix if m else parent_mix, sess_mean=3.5, gap_s=90)


BENIGN = [b_chat_casual, b_chat_power, b_students_campus, b_students_mobile, b_edtech_tutor, b_app_onesystem,
          b_app_stepbystep, b_eval_batch, b_dev_ci, b_researchers, b_vpn_users, b_cybercafe, b_translators,
          b_journalists, b_civil_servants, b_agency_reseller, b_sme, b_new_tabaski, b_new_launch, b_sdk_devs,
          b_english, b_arabic, b_local_lang, b_bootcamp, b_callcenter, b_teachers, b_quiz_gen, b_bank_docs,
          b_dormant_back, b_family]
