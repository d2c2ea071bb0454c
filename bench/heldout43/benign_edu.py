"""Benign education and household populations: exam candidates, cram schools, families, university labs."""
from __future__ import annotations

from . import lang, networks as N, text as T
from .base import Pop, comp_len
from .world import (DAY, HOUR, LAUNCH, MINUTE, MODEL_NEW, T0, created_between, gr_consumer,
                    gr_office, il_consumer, local_hour, paced, session_times, student_exam)

_ZIPF = [1.0 / (i + 1) ** 0.9 for i in range(len(lang.EXAM_MATH))]


def _exam_question(rng) -> str:
    p = rng.choices(lang.EXAM_MATH, _ZIPF)[0]
    r = rng.random()
    if r < 0.25:
        return rng.choice(lang.EXAM_SEARCH).format(t=rng.choice(lang.EXAM_TAGS), ans=rng.choice(lang.ANSWERS))
    if r < 0.35:
        return f"{rng.choice(lang.EXAM_TAGS)}: {p}"
    return rng.choice(lang.STUDENT_WRAP).format(p=p)


def _student_prompt(rng, ts: int) -> str:
    h = local_hour(ts)
    r = rng.random()
    if h < 8.5:                                    # Thursday before the maths paper
        if r < 0.6:
            return rng.choice(lang.STUDENT_WRAP).format(p=T.pick(rng, "math"))
    elif h < 16:                                   # after the paper: everybody checks the same problems
        if r < 0.65:
            return _exam_question(rng)
    elif h < 32.5:                                 # evening and Friday dawn: physics revision
        if r < 0.6:
            return rng.choice(lang.STUDENT_WRAP).format(p=lang.physics_problem(rng))
        if r < 0.7:
            return _exam_question(rng)
    elif r < 0.3:                                  # Friday after physics
        return rng.choice(("τι έπεσε σήμερα στη φυσική;", "λύσεις φυσική προσανατολισμού 2027",
                           "Είναι σωστό αυτό; " + lang.physics_problem(rng)))
    if r < 0.85:
        return lang.greek_chat(rng)
    return T.casual(rng, T.chat_prompt(rng))


def exam_students(seed: int, win, n: int = 1000) -> Pop:
    p = Pop("gr_exam_students", seed, window=win)
    rng = p.rng
    for _ in range(n):
        cy = rng.random() < 0.08
        created = created_between(rng, 0.5, 21) if rng.random() < 0.28 else created_between(rng, 21, 280)
        a = p.account(created, card=N.card(rng) if rng.random() < 0.18 else None, country="CY" if cy else "GR")
        mobile = rng.random() < 0.7
        if mobile:
            a.ua, a.device = N.mobile_app(rng, a.country)
            a.net = "cy_mob_kypros" if cy else rng.choice(N.GR_MOBILE)
        else:
            a.ua, a.device = N.browser(rng)
        a.home = N.home_ip(rng, "cy_home_troodos" if cy else rng.choice(N.GR_HOME))
        k = max(2, min(160, int(rng.lognormvariate(2.9, 0.8))))
        tryer = rng.random() < 0.3
        for ts in session_times(rng, student_exam, win.lo, win.hi, k, mean_len=6, gap_s=70):
            model = "aegean-2" if a.card else "aegean-2-mini"
            if tryer and ts >= LAUNCH - 10 * MINUTE and rng.random() < 0.6:
                model = MODEL_NEW
            ip = N.cgnat_ip(rng, a.net) if mobile and rng.random() < 0.85 else a.home
            p.emit(a, ts, _student_prompt(rng, ts), completion=comp_len(rng, 900), model=model, ip=ip, p429=0.012)
    return p


FRONT_TASKS = ("Φτιάξε μου 10 ασκήσεις στα ολοκληρώματα με πλήρεις λύσεις για Γ' Λυκείου",
               "Γράψε λυμένο παράδειγμα για το θεώρημα Bolzano με σχόλια για τον μαθητή",
               "Ετοίμασε διαγώνισμα φυσικής 3 ωρών (ταλαντώσεις, κρούσεις, στερεό) με λύσεις",
               "Σύγκρινε τις δύο λύσεις και πες ποια θα έπαιρνε όλες τις μονάδες: {p}",
               "Γράψε τις λύσεις των σημερινών θεμάτων όπως θα τις ανεβάσουμε στη σελίδα μας: {p}")


def frontistiria(seed: int, win) -> Pop:
    """Two cram schools: lab PCs from one disk image, one card, one office line, staff accounts."""
    p = Pop("frontistirio", seed, window=win)
    rng = p.rng
    for school, net, size in (("Frontistirio Othisi Peristeri", "gr_home_pelagos", 14),
                              ("Frontistirio Lefkos Pyrgos Thessaloniki", "gr_home_egnatia", 10)):
        cardfp, ip = N.named_card(school), N.fixed_ip(net, school)
        base = created_between(rng, 270, 275)            # lab accounts opened one September afternoon
        for i in range(size):
            staff = i < 3
            created = created_between(rng, 200, 900) if staff else base + i * rng.randrange(2, 9) * MINUTE
            a = p.account(created, card=cardfp, country="GR", home=ip)
            a.ua, a.device = (N.browser(rng) if staff else (N.CHROME_WIN, "ja4:" + N.JA4[N.CHROME_WIN]))
            k = rng.randrange(25, 60) if staff else rng.randrange(35, 110)

            def prof(h, staff=staff):
                x = h % 24
                if h < 24:
                    return 0.9 if (12 <= x < 14.5 or 16 <= x < 21.5) else (0.15 if staff and 9 <= x < 24 else 0.01)
                return 0.8 if (7 <= x < 8.3 or 13 <= x < 20) else 0.02
            for ts in session_times(rng, prof, win.lo, win.hi, k, mean_len=7, gap_s=55):
                h = local_hour(ts)
                if staff and rng.random() < 0.5:
                    q = rng.choice(FRONT_TASKS).format(p=rng.choice(lang.EXAM_MATH))
                elif 11.5 <= h < 16 or (h >= 24 and rng.random() < 0.3):
                    q = _exam_question(rng)
                else:
                    q = rng.choice(lang.STUDENT_WRAP).format(p=lang.physics_problem(rng) if h < 32 else T.pick(rng, "math"))
                model = MODEL_NEW if staff and ts > LAUNCH and rng.random() < 0.5 else "aegean-2"
                p.emit(a, ts, q, completion=comp_len(rng, 1100), model=model, p429=0.01)
    return p


def families(seed: int, win, n: int = 140) -> Pop:
    """Households sharing one card and a tablet; parents on their phones, kids on the tablet."""
    p = Pop("families", seed, window=win)
    rng = p.rng
    for _ in range(n):
        c = rng.choices(("GR", "IL", "CY"), (5, 3, 2))[0]
        netk = {"GR": rng.choice(N.GR_HOME), "IL": rng.choice(N.IL_HOME), "CY": "cy_home_troodos"}[c]
        home, fam_card = N.home_ip(rng, netk), N.card(rng)
        tablet_ua, tablet = N.mobile_app(rng, c)
        for j in range(rng.choice((2, 2, 3, 3, 4))):
            kid = j >= 1 and rng.random() < 0.7
            a = p.account(created_between(rng, 20, 700), card=fam_card, country=c, home=home)
            a.ua, a.device = (tablet_ua, tablet) if kid or rng.random() < 0.3 else N.mobile_app(rng, c)
            mob = {"GR": "gr_mob_attica", "IL": "il_mob_carmel", "CY": "cy_mob_kypros"}[c]
            prof = il_consumer if c == "IL" else gr_consumer
            for ts in session_times(rng, prof, win.lo, win.hi, rng.randrange(2, 18), mean_len=3, gap_s=60):
                if kid:
                    q = T.casual(rng, T.pick(rng, rng.choice(("gsm8k", "svamp", "nq", "nq"))))
                elif rng.random() < 0.55:
                    q = lang.hebrew_chat(rng) if c == "IL" else lang.greek_chat(rng)
                else:
                    q = T.chat_prompt(rng)
                ip = home if rng.random() < 0.75 or kid else N.cgnat_ip(rng, mob)
                p.emit(a, ts, q, completion=comp_len(rng, 450), model="aegean-2", ip=ip)
    return p


LABS = (("Athens NLP lab", "gr_uni_athens", gr_office), ("Thessaloniki ML group", "gr_uni_thess", gr_office),
        ("Nicosia CS department", "cy_uni_nicosia", gr_office), ("Haifa reasoning lab", "il_uni_haifa", il_consumer))
FEWSHOT = ("You are a careful math solver. Solve each problem and end with 'The answer is N.'",
           "Q: There are 15 trees in the grove. Grove workers will plant trees today. After they are done, there will be 21 trees. "
           "How many trees did the grove workers plant today?\nA: There are 15 trees originally. Then there were 21 trees after "
           "some more were planted. So there must have been 21 - 15 = 6. The answer is 6.")


def uni_labs(seed: int, win) -> Pop:
    """Research groups: scripted CoT evaluation sweeps from the campus network, plus interactive use."""
    p = Pop("uni_researchers", seed, window=win)
    rng = p.rng
    for lab, netk, prof in LABS:
        grant = N.named_card(lab)
        for i in range(15):
            runner = i < 3
            a = p.account(created_between(rng, 60, 900), card=grant if rng.random() < 0.7 else N.card(rng),
                          country=N.NETS[netk].country, home=N.pool_ip(rng, netk, lab + str(i), 16))
            if runner:
                a.ua, a.device, a.keys = N.sdk(rng), None, [p.api_key()]
                a.system = rng.choice(FEWSHOT) if rng.random() < 0.5 else None
                for _ in range(rng.randrange(1, 3)):
                    start = T0 + rng.randrange(0, 2 * DAY - 6 * HOUR)
                    if rng.random() < 0.35 and LAUNCH < win.hi:
                        start = LAUNCH + rng.randrange(2 * HOUR, 20 * HOUR)
                    src = rng.choice(("gsm8k", "svamp", "math"))
                    off = rng.randrange(0, 4000)
                    model = MODEL_NEW if start > LAUNCH and rng.random() < 0.6 else rng.choice(("aegean-2", "aegean-2-mini"))
                    items = T.corpus(src)
                    for j, ts in enumerate(paced(rng, start, start + rng.randrange(30, 120) * MINUTE, rng.uniform(4, 12))):
                        if ts >= win.hi:
                            break
                        q = f"Q: {items[(off + j) % len(items)]}\nA: Let's think step by step."
                        p.emit(a, ts, q, completion=comp_len(rng, 260, 0.4), model=model, p429=0.02)
            else:
                a.ua, a.device = N.browser(rng)
                for ts in session_times(rng, prof, win.lo, win.hi, rng.randrange(4, 40), mean_len=5, gap_s=80):
                    q = T.arena_coding(rng) if rng.random() < 0.4 else T.chat_prompt(rng)
                    p.emit(a, ts, q, completion=comp_len(rng, 700), model=rng.choice(("aegean-2", MODEL_NEW if ts > LAUNCH else "aegean-2")))
    return p

