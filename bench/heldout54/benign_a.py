"""Benign populations made of independent people (one account each, own device)."""
from __future__ import annotations

from . import text as T
from . import world as W
from .sim import CHAT, individuals

MOB_KE = [("saf_mobile", 7), ("airtel_ke", 2.5), ("telkom_ke", 0.5)]
MOB_REG = [("mtn_ug", 3), ("airtel_ug", 1.5), ("voda_tz", 2), ("airtel_tz", 1), ("mtn_rw", 1)]
AGENT_SYS = {}


def _chat(r, langs):
    x = r.random()
    if x < 0.5:
        return T.local_chat(r, W.pick_w(r, langs))
    if x < 0.65:
        return T.pick(r, "nq")
    if x < 0.85:
        return T.pick(r, r.choice(["user", "seed", "awesome"]))
    if x < 0.93:
        return T.pick(r, "arena")
    return T.student(r, T.pick(r, "gsm8k"))


def p_chat(langs):
    def f(r, t):
        return _chat(r, langs), r.choice([90, 220, 400]), None, int(r.random() ** 2 * 1500), CHAT
    return f


def p_student(r, t):
    x = r.random()
    if x < 0.72:
        p = T.pick(r, W.pick_w(r, [("gsm8k", 4), ("svamp", 2), ("math", 3)]))
        return T.student(r, p), 420, None, int(r.random() * 900), CHAT
    if x < 0.85:
        return T.local_chat(r, r.choice(["en", "sw", "sheng"])), 300, None, 0, CHAT
    return T.pick(r, r.choice(["seed", "user", "nq"])), 250, None, 0, CHAT


def p_uni(r, t):
    x = r.random()
    if x < 0.35:
        p = T.pick(r, r.choice(["mbpp", "humaneval"]))
        p = r.choice(["{p}", "my code keeps failing the tests, help:\n{p}", "{p}\nexplain the solution too", "Assignment due tonight. {p}"]).replace("{p}", p)
        return p, 450, None, int(r.random() * 2500), CHAT
    if x < 0.6:
        return T.student(r, T.pick(r, "math")), 500, None, 0, CHAT
    if x < 0.8:
        return T.pick(r, "arena"), 600, None, 0, CHAT
    return T.pick(r, r.choice(["seed", "user", "nq"])), 250, None, 0, CHAT


LANGS = ["Swahili", "Amharic", "English", "Luganda", "Kinyarwanda", "French", "Somali"]


def p_translate(r, t):
    src = T.pick(r, r.choice(["awesome", "user", "arena", "seed"])) if r.random() < 0.6 else T.local_chat(r, r.choice(["sw", "am", "en"]))
    head = r.choice(["Translate the following into {l}. Keep the formatting.", "Tafsiri kwa {l}:", "Please translate to {l}, formal register:",
                     "Translate to {l} and list any terms you were unsure about."]).replace("{l}", r.choice(LANGS))
    return head + "\n\n" + src, max(200, T.toks(src) * 1.3), None, 0, CHAT


AGENT_TOOLS = ("You are {tool}, a highly skilled software engineer with extensive knowledge in many programming languages, "
               "frameworks, design patterns, and best practices.\n\n====\n\nTOOL USE\n\nYou have access to a set of tools that are "
               "executed upon the user's approval. You can use one tool per message.\n# Tools\n## read_file\n## write_to_file\n"
               "## replace_in_file\n## execute_command\n## search_files\n## list_files\n## attempt_completion\n") * 3
ERRORS = ["TypeError: Cannot read properties of undefined (reading 'map')", "ModuleNotFoundError: No module named 'africastalking'",
          "django.db.utils.OperationalError: no such table: payments_mpesatransaction", "panic: runtime error: index out of range [3] with length 3",
          "Error: connect ECONNREFUSED 127.0.0.1:5432", "KeyError: 'ResultCode' in the Daraja STK push callback"]


def p_agent(r, t):
    tool = r.choice(["Cline", "Continue", "aider", "opencode", "Roo"])
    x = r.random()
    if x < 0.35:
        p = "[ERROR] " + r.choice(ERRORS) + "\n<environment_details>\n# Current Working Directory\n/home/dev/" + r.choice(["pesa-api", "shamba-app", "duka-pos", "sacco-portal"]) + "\n</environment_details>"
    elif x < 0.65:
        p = T.code_arena(r)
    elif x < 0.8:
        p = "<task>\n" + T.pick(r, r.choice(["mbpp", "humaneval"])) + "\n</task>"
    else:
        p = "[execute_command for 'npm test'] Result:\n" + r.choice(["2 failing", "All tests passed", "Command timed out"]) + "\n<environment_details>...</environment_details>"
    return p, r.choice([150, 400, 900]), AGENT_TOOLS.replace("{tool}", tool), r.randint(2000, 60000), CHAT


def p_teacher(r, t):
    topics = ["quadratic equations", "simultaneous equations", "vectors", "circle theorems", "probability", "matrices", "logarithms",
              "linear programming", "commercial arithmetic", "longitudes and latitudes", "differentiation", "area approximation",
              "organic chemistry", "moles", "photosynthesis", "genetics", "ushairi", "insha ya barua rasmi", "electrostatics", "waves"]
    tmpl = r.choice(["Generate {n} KCSE-style questions on {t} with a full marking scheme.", "Prepare a Form {f} lesson plan on {t} for a 40 minute lesson.",
                     "Write a CAT on {t} for Form {f}, 30 marks, with answers and working.", "Explain {t} in simple terms I can use to teach Form {f} students.",
                     "Tengeneza maswali {n} ya {t} kwa kidato cha {f} pamoja na majibu."])
    p = tmpl.replace("{n}", str(r.choice([5, 10, 15, 20]))).replace("{t}", r.choice(topics)).replace("{f}", str(r.randint(1, 4)))
    return p, 1400, None, 0, CHAT


def p_explorer(r, t):
    x = r.random()
    if x < 0.3:
        p = T.pick(r, "arena")
    elif x < 0.55:
        p = r.choice(["Let's see how smart the new model is. ", "Testing savanna-2: ", "", "Hard one for you: "]) + T.pick(r, "math")
    elif x < 0.7:
        p = T.pick(r, "humaneval")
    elif x < 0.85:
        p = T.local_chat(r, r.choice(["sw", "am", "sheng"]))
    else:
        p = r.choice(["What's new in savanna-2 compared to 1.5?", "Are you the new model?", "Andika shairi kuhusu AI mpya ya Savanna",
                      "Solve this and explain your thinking step by step: " + T.pick(r, "gsm8k")])
    return p, 700, None, 0, CHAT


def p_power(r, t):
    src = W.pick_w(r, [("arena", 4), ("awesome", 2), ("user", 1), ("seed", 1), ("math", 1), ("mbpp", 1), ("nq", 1)])
    p = T.pick(r, src)
    sysm = T.pick(r, "awesome") if r.random() < 0.2 else None
    return p, 600, sysm, int(r.random() * 8000), CHAT


def p_research(r, t):
    p = T.pick(r, "arena")
    if r.random() < 0.25:
        p += r.choice(["\n\nPlease explain your reasoning in detail.", "\n\nThink step by step.", "\n\nCite assumptions explicitly."])
    return p, 1100, None, int(r.random() * 6000), CHAT


SPECS = [
    ("b_mobile_chat_ke", 1750, dict(nets=MOB_KE, client="app", curve="mobile", sess=(1, 6), per=(1, 4), gap=(20, 180),
                                    prompt=p_chat([("sw", 4), ("sheng", 2), ("en", 4)]), style="casual", paid=0.15)),
    ("b_mobile_chat_region", 1050, dict(nets=MOB_REG, client="app", curve="mobile", sess=(1, 5), per=(1, 4), gap=(20, 200),
                                        prompt=p_chat([("sw", 3), ("lg", 2), ("rw", 1.5), ("en", 4)]), style="casual", paid=0.12)),
    ("b_ethiopia", 420, dict(nets=[("ethio", 8), ("saf_et", 1), ("ethio_fixed", 1.5)], client="app", curve="mobile", sess=(1, 5),
                             per=(1, 4), gap=(30, 240), prompt=p_chat([("am", 6), ("en", 3)]), style="casual", paid=0.1)),
    ("b_kcse_students", 850, dict(nets=MOB_KE + [("zuku", 1), ("saf_fibre", 1)], client="app", curve="student", sess=(2, 7),
                                  per=(2, 8), gap=(30, 240), prompt=p_student, style="casual", paid=0.07, age=(1, 400), heavy=0.12)),
    ("b_kcse_cram_night", 300, dict(nets=MOB_KE + [("saf_fibre", 1)], client="app", curve="student", sess=(1, 3), per=(6, 25),
                                    gap=(40, 200), prompt=p_student, style="casual", paid=0.05, age=(0, 60),
                                    lohi=(W.W0 + 14 * W.HOUR, W.W0 + 23 * W.HOUR))),  # eve of KCSE Maths Paper 2
    ("b_university", 480, dict(nets=[("kenet", 4), ("renu", 1.5), ("saf_mobile", 1), ("zuku", 0.5)], client="web", curve="student",
                               sess=(2, 6), per=(2, 7), gap=(40, 400), prompt=p_uni, style="casual", paid=0.2, heavy=0.1)),
    ("b_translators", 80, dict(nets=[("saf_fibre", 2), ("zuku", 1), ("ethio_fixed", 1), ("faiba", 1), ("mtn_ug", 1)], client="web",
                               curve="office", sess=(2, 6), per=(3, 10), gap=(60, 400), prompt=p_translate, style="dev", paid=0.9)),
    ("b_dev_agents", 330, dict(nets=[("saf_fibre", 2), ("zuku", 2), ("faiba", 1), ("liquid_ke", 1), ("comcast", 0.5), ("mtn_rw", 0.3)],
                               client="agent", curve="dev", sess=(2, 6), per=(5, 30), gap=(3, 25), prompt=p_agent, style="dev", paid=0.95)),
    ("b_diaspora_west", 260, dict(nets=[("comcast", 3), ("bt", 2), ("dtag", 1)], client="web", curve="us_east", sess=(1, 5),
                                  per=(1, 5), gap=(30, 300), prompt=p_chat([("sw", 2), ("am", 2), ("en", 5)]), style="casual", paid=0.6)),
    ("b_diaspora_gulf", 140, dict(nets=[("etisalat", 1), ("stc", 1)], client="app", curve="gulf", sess=(1, 5), per=(1, 4),
                                  gap=(30, 300), prompt=p_chat([("sw", 3), ("am", 4), ("en", 2)]), style="casual", paid=0.3)),
    ("b_vpn_privacy", 200, dict(nets=[("m247", 2), ("datacamp", 2), ("mullvad", 1)], client="web", curve="mobile", sess=(1, 5),
                                per=(1, 5), gap=(30, 300), prompt=p_chat([("am", 3), ("en", 5), ("sw", 1)]), style="casual", paid=0.5)),
    ("b_researchers", 150, dict(nets=[("kenet", 2), ("saf_fibre", 1), ("liquid_ke", 1), ("bt", 0.5), ("renu", 0.5)], client="web",
                                curve="office", sess=(1, 5), per=(1, 6), gap=(60, 600), prompt=p_research, style="dev", paid=0.8)),
    ("b_trivia_search", 520, dict(nets=MOB_KE + MOB_REG, client="mobile_web", curve="mobile", sess=(2, 10), per=(1, 5), gap=(10, 90),
                                  prompt=lambda r, t: (T.pick(r, "nq"), 110, None, 0, CHAT), style="pinned", paid=0.05)),
    ("b_launch_explorers_a", 170, dict(nets=[("saf_fibre", 2), ("zuku", 1), ("aws", 0.5), ("comcast", 0.5), ("saf_mobile", 2)],
                                       client="web", curve="flat", sess=(1, 4), per=(3, 12), gap=(15, 120), prompt=p_explorer,
                                       style="newest", paid=0.6, age=(0, 500), lohi=(W.LAUNCH_A, W.LAUNCH_A + 12 * W.HOUR))),
    ("b_launch_explorers_b", 110, dict(nets=[("saf_fibre", 2), ("liquid_ke", 1), ("gcp", 0.5), ("mtn_ug", 1)], client="sdk",
                                       curve="flat", sess=(1, 3), per=(3, 15), gap=(5, 60), prompt=p_explorer, style="newest",
                                       paid=0.9, lohi=(W.LAUNCH_B, W.LAUNCH_B + 9 * W.HOUR))),
    ("b_teachers", 200, dict(nets=[("saf_mobile", 3), ("saf_fibre", 1), ("kenet", 1), ("mtn_ug", 1)], client="web", curve="mobile",
                             sess=(1, 5), per=(2, 6), gap=(60, 400), prompt=p_teacher, style="casual", paid=0.4)),
    ("b_occasional", 1350, dict(nets=MOB_KE + MOB_REG + [("ethio", 2), ("zuku", 1)], client="app", curve="mobile", sess=(1, 1),
                                per=(1, 3), gap=(20, 200), prompt=p_chat([("sw", 2), ("en", 3), ("am", 1), ("sheng", 1)]),
                                style="casual", paid=0.05, age=(0, 900))),
    ("b_power_users", 100, dict(nets=[("saf_fibre", 2), ("zuku", 1), ("liquid_ke", 1), ("comcast", 0.5)], client="web", curve="dev",
                                sess=(6, 14), per=(4, 15), gap=(20, 300), prompt=p_power, style="dev", paid=1.0)),
]


ANDROID_APPS = ["You are KaziBot, a job-search helper for young Kenyans. Help with CVs, interview prep and job leads. Be encouraging.",
                "You are Biblia Daily, reply with a short devotional reflection and one verse. Respond in Swahili or English.",
                "You are DukaPal, an assistant for small shop owners: pricing, stock, simple bookkeeping. Keep it short.",
                "You are Mapishi Mama, a cooking assistant for East African recipes. Give ingredients and steps.",
                "You are SwaLearn, a Kiswahili-English language practice partner. Correct mistakes gently.",
                "You are BodaSafe, helping boda boda riders with road rules, insurance and SACCO questions."]


def android_direct(ctx) -> None:
    """Small Android apps that ship an API key inside the APK: one account, thousands of phones on CGNAT."""
    for j, sysm in enumerate(ANDROID_APPS):
        r = ctx.rng("android", j)
        a = ctx.account(r, "b_android_direct", age_days=(20, 300))
        ua = "okhttp/4.%d.0" % r.choice([9, 10, 12])
        nets = MOB_KE + ([("mtn_ug", 2), ("voda_tz", 1)] if j % 2 else [])
        for _ in range(int(r.lognormvariate(6.8, 0.5))):
            t = W.when(r, "mobile")
            net = W.pick_w(r, nets)
            p = T.local_chat(r, r.choice(["sw", "en", "sheng"])) if r.random() < 0.7 else T.pick(r, r.choice(["user", "nq"]))
            ctx.emit(r, a, t, p, system=sysm, ip=ctx.net.cgnat(r, net, hot=0.3), asn=W.NETS[net][0], ua=ua, dev=W.SDK_FP["okhttp"],
                     model=W.model_for(r, t, "pinned"), out=250, ctx_toks=int(r.random() ** 2 * 800))


def run(ctx) -> None:
    for pop, n, spec in SPECS:
        individuals(ctx, pop, n, spec)
    android_direct(ctx)
