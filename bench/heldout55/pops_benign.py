"""Benign populations of the Gulf-and-Iran world (25 of them, several deliberate look-alikes)."""
from __future__ import annotations

from . import prompts as P
from .world import DAY, HOUR, LAUNCH1, LAUNCH2, NEW1, NEW2, START

GCC_MOB = ["etisalat_mob", "du_mob", "stc_mob", "mobily", "zain_sa"]


def consumer(langs, mix=0.5):
    def f(rng, a, step, sess, sh):
        r = rng.random()
        if r < mix:
            return P.native(rng, rng.choice(langs)) if langs else P.chat(rng), None, "chat"
        if r < mix + 0.12:
            return P.student_math(rng, "ar"), None, "math"
        if r < mix + 0.2:
            return P.pick(rng, "nq"), None, "short"
        return P.chat(rng), None, "chat"
    return f


def students(rng, a, step, sess, sh):
    if step > 0 and rng.random() < 0.3:  # same problem again, or "explain more"
        return sess.get("last", "explain again"), None, "cot"
    q = P.student_math(rng, "ar" if a["cc"] in ("SA", "AE", "QA", "KW") and rng.random() < 0.3 else "en")
    sess["last"] = q
    return q, None, "cot" if rng.random() < 0.5 else "math"


def tutor(system):
    def f(rng, a, step, sess, sh):
        return P.student_math(rng, "ar" if rng.random() < 0.35 else "en"), P.SYSTEMS[system], "cot"
    return f


def chatbot(system, bank):
    def f(rng, a, step, sess, sh):
        q = rng.choice(bank)
        if rng.random() < 0.3:
            q += " " + str(rng.randrange(100000, 999999)) if rng.random() < 0.5 else " please"
        return q, P.SYSTEMS[system], "short"
    return f


def eval_lab(rng, a, step, sess, sh):
    src = ["gsm8k", "math", "humaneval", "mbpp", "svamp", "chat_arena"][a["i"] % 6]
    cur = sh.setdefault(("eval", a["i"] % 6), [0])
    items = P.corpus()[src]
    q = items[cur[0] % len(items)]  # every key walks its benchmark in order (repeated with several seeds)
    cur[0] += 1
    kind = "code" if src in ("humaneval", "mbpp") else "chat" if src == "chat_arena" else "cot"
    return q, P.SYSTEMS["eval2" if src == "math" else "eval"] if src != "chat_arena" else None, kind


def eval_model(rng, a, t):
    if t >= LAUNCH2 and a["i"] % 2:
        return NEW2
    return NEW1 if t >= LAUNCH1 and rng.random() < 0.7 else "samawa-2.5-pro"


def reseller(rng, a, step, sess, sh):
    r = rng.random()
    if r < 0.35:
        return P.native(rng, "fa"), None, "chat"
    if r < 0.55:
        return P.chat(rng), None, "relay"
    if r < 0.7:
        return P.student_math(rng) + ("\n" + rng.choice(P.COT_FA) if rng.random() < 0.3 else ""), None, "cot"
    if r < 0.85:
        return P.pick(rng, rng.choice(["mbpp", "chat_arena"])), None, "code"
    return P.translate(rng), None, "chat"


def translators(rng, a, step, sess, sh):
    return P.translate(rng), P.SYSTEMS["translate"] if a["i"] % 3 == 0 else None, "long"


def dev_agent(rng, a, step, sess, sh):
    if step == 0 or "task" not in sess:
        sess["task"] = P.pick(rng, rng.choice(["chat_arena", "mbpp", "humaneval"]))
        return sess["task"], P.SYSTEMS["agent"], "agent"
    return P.agent_step(rng, sess["task"], step), P.SYSTEMS["agent"], "agent"


def enterprise(rng, a, step, sess, sh):
    r = rng.random()
    q = P.pick(rng, "chat_arena") if r < 0.45 else P.chat(rng) if r < 0.8 else P.pick(rng, "mbpp")
    return q, P.SYSTEMS["enterprise"], "code" if r >= 0.8 else "chat"


def researchers(rng, a, step, sess, sh):
    q = P.pick(rng, "math")
    return q + "\n" + rng.choice(["Give a rigorous proof.", "Show all steps.", "Is there a slicker argument?", ""]), None, "cot"


def bpo_labelers(rng, a, step, sess, sh):  # annotation vendor: same rubric wrapper for every item
    return ("Rate the following response for helpfulness (1-5) and explain briefly.\n\nPrompt: " + P.pick(rng, "chat_user")[:500]
            + "\n\nResponse: " + P.pick(rng, "chat_seed")[:500]), None, "chat"


def simple(fn, kind="chat"):
    return lambda rng, a, step, sess, sh: (fn(rng), None, kind)


BENIGN = [
    dict(name="b_consumer_uae", n=1500, nets=["etisalat_mob", "du_mob", "etisalat_fix", "du_fix"], ua=["app", "app", "web"],
         profile="ramadan", vol=(8, 1.0), prompt=consumer(["ar", "ar", "ur", "tl"], 0.3), adopt=0.3),
    dict(name="b_consumer_ksa", n=1400, nets=["stc_mob", "stc_fix", "mobily", "zain_sa"], ua=["app", "app", "web"],
         profile="ramadan", vol=(7, 1.0), prompt=consumer(["ar"], 0.4), adopt=0.25),
    dict(name="b_consumer_gcc_other", n=700, nets=["ooredoo_qa", "vodafone_qa", "zain_kw", "batelco", "omantel", "ooredoo_om"],
         ua=["app", "web"], profile="ramadan", vol=(7, 1.0), prompt=consumer(["ar"], 0.35)),
    dict(name="b_expat_workers", n=700, nets=["du_mob", "etisalat_mob", "stc_mob", "zain_kw"], ua=["app"], profile="labour",
         vol=(6, 0.9), prompt=consumer(["ur", "tl", "ar"], 0.6), ip="cgnat", pool="expat_cgnat", pool_def=(GCC_MOB, 60),
         pay_p=0.5, adopt=0.1),
    dict(name="b_students_maths", n=600, nets=["ku_edu", "kfupm_edu", "qu_edu", "stc_mob", "etisalat_mob"], ua=["web", "app"],
         profile="student", vol=(25, 0.8), prompt=students, sess=6, gap=(30_000, 300_000), pay_p=0.6),
    dict(name="b_tutor_ustaz_schools", n=40, org="ustaz", pay="org", nets=["aws_uae"], ua=["node"], dev="ja4", profile="student",
         vol=(300, 0.6), prompt=tutor("tutor_ustaz"), ip="pool", pool="ustaz", pool_def=(["aws_uae"], 6), sess=3, model="samawa-2.5-flash"),
    dict(name="b_tutor_kalam_backend", n=3, org="kalam", pay="org", nets=["azure_uae"], ua=["py"], dev="ja4", profile="student",
         vol=(2500, 0.3), prompt=tutor("tutor_kalam"), ip="pool", pool="kalam", pool_def=(["azure_uae"], 3), model="samawa-2.5-flash"),
    dict(name="b_gov_chatbot", n=3, org="gov_portal", pay="org", nets=["core42"], ua=["go"], dev="ja4", profile="ramadan",
         vol=(5000, 0.3), prompt=chatbot("gov", P.GOV_Q), ip="pool", pool="gov", pool_def=(["core42"], 4), sess=20,
         gap=(200, 3000), model="samawa-2.5-flash", r429=0.01),
    dict(name="b_bank_chatbot", n=2, org="gulfbank", pay="org", nets=["azure_uae"], ua=["go"], dev="ja4", profile="ramadan",
         vol=(4000, 0.3), prompt=chatbot("bank", P.BANK_Q), ip="pool", pool="bank", pool_def=(["azure_uae"], 2), sess=15,
         gap=(300, 4000), model="samawa-2.5-mini"),
    dict(name="b_eval_lab", n=16, org="mbzuai_evals", pay="org", nets=["ku_edu", "aws_uae"], ua=["batch"], dev="ja4", profile="flat",
         vol=(1500, 0.4), prompt=eval_lab, model_fn=eval_model, active=(LAUNCH1 + 40 * 60_000, START + 2 * DAY), sess=80,
         gap=(150, 1500), ip="pool", pool="evallab", pool_def=(["ku_edu", "aws_uae"], 3), r429=0.03, multi_key=0.9),
    dict(name="b_reseller_parsgate", n=220, org="parsgate", pay="org", nets=["hetzner"], ua=["go"], dev="ja4", cc="IR",
         profile="iran", vol=(40, 1.1), prompt=reseller, ip="pool", pool="parsgate", pool_def=(["hetzner", "ovh"], 5)),
    dict(name="b_reseller_kishlink_customers", n=90, org="kishlink", pay="org", nets=["aws_bah"], ua=["node"], dev="ja4", cc="IR",
         profile="iran", vol=(40, 1.1), prompt=reseller, ip="pool", pool="kishlink", pool_def=(["aws_bah", "contabo"], 4)),
    dict(name="b_translators", n=150, nets=["etisalat_fix", "du_fix", "cairo_te", "stc_fix"], ua=["web", "py"],
         profile="office", vol=(30, 0.9), prompt=translators, sess=8, gap=(40_000, 400_000)),
    dict(name="b_dev_coding_agents", n=300, nets=["etisalat_fix", "du_fix", "stc_fix", "dmcc_fz", "aws_uae"], ua=["agent"], dev="ja4",
         profile="office", vol=(80, 1.0), prompt=dev_agent, sess=18, gap=(2_000, 25_000), adopt=0.6, r429=0.01),
    dict(name="b_vpn_rotators", n=300, nets=["m247_vpn", "datacamp_vpn", "leaseweb_vpn"], cc="AE", ua=["web", "app"], ip="session",
         profile="ramadan", vol=(12, 0.9), prompt=consumer(["ar", "fa"], 0.3)),
    dict(name="b_cgnat_mobile_ksa", n=600, nets=["stc_mob", "mobily"], ua=["app"], ip="cgnat", pool="ksa_cgnat",
         pool_def=(["stc_mob", "mobily"], 25), profile="ramadan", vol=(6, 0.9), prompt=consumer(["ar"], 0.45)),
    dict(name="b_enterprise_teams", n=500, group=84, org="enterprise", org_per_group=True, pay="org", nets=["ent_oilco", "ent_bank", "dmcc_fz"],
         ua=["web", "py"], dev="pool", dev_k=40, profile="office", vol=(20, 0.9), prompt=enterprise, ip="pool", pool="ent",
         pool_def=(["ent_oilco", "ent_bank", "dmcc_fz"], 2)),
    dict(name="b_family_shared_card", n=200, group=3, org=None, pay="pool", pay_k=70, dev="pool", dev_k=90, nets=["etisalat_fix", "stc_fix"],
         ua=["app", "web"], profile="ramadan", vol=(8, 0.8), prompt=consumer(["ar", "ur"], 0.3)),
    dict(name="b_researchers_reasoning", n=100, nets=["ku_edu", "kfupm_edu", "qu_edu"], ua=["web", "py"], profile="office",
         vol=(30, 0.9), prompt=researchers, adopt=0.8, think=0.7),
    dict(name="b_content_marketers", n=150, nets=["du_fix", "etisalat_fix", "dmcc_fz", "cairo_te"], ua=["web", "py"], profile="office",
         vol=(40, 1.0), prompt=simple(P.marketing, "long"), sess=10, gap=(10_000, 120_000)),
    dict(name="b_launch_explorers", n=400, nets=["etisalat_mob", "du_fix", "stc_mob", "ooredoo_qa"], ua=["web", "app"],
         profile="ramadan", vol=(10, 0.8), prompt=consumer(["ar"], 0.2), active=(LAUNCH1, START + 2 * DAY), adopt=0.95,
         created=("new",)),
    dict(name="b_hackathon_signups", n=250, nets=["ku_edu"], ua=["py", "node"], dev="ja4", pay=None, created=("new",),
         profile="student", vol=(25, 0.8), prompt=dev_agent, ip="pool", pool="hack", pool_def=(["ku_edu"], 2), sess=8,
         gap=(5_000, 60_000), active=(START + 30 * HOUR, START + 2 * DAY), adopt=0.7),
    dict(name="b_data_labelers_bpo", n=120, group=60, org="bpo_vendor", org_per_group=True, pay="org", nets=["cairo_te", "pldt_ph"],
         ua=["web"], dev="ja4", profile="office", cc="EG", vol=(60, 0.6), prompt=bpo_labelers, ip="pool", pool="bpo",
         pool_def=(["cairo_te", "pldt_ph"], 2), sess=12, gap=(30_000, 150_000)),
    dict(name="b_search_plugin_users", n=400, nets=["etisalat_fix", "stc_fix", "batelco", "du_mob"], ua=["web"], dev="ja4",
         profile="ramadan", vol=(15, 1.0), prompt=simple(lambda r: P.pick(r, "nq"), "short"), sess=5, gap=(5_000, 90_000)),
    dict(name="b_school_teachers", n=150, nets=["etisalat_fix", "stc_fix", "omantel", "zain_kw"], ua=["web"], profile="office",
         vol=(10, 0.7), prompt=simple(P.teacher, "long")),
]
for _s in BENIGN:
    _s.setdefault("label", "benign")
    _s.setdefault("profile", "ramadan")
