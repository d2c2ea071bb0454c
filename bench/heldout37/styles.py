"""Prompt styles: (rng, account, ts, corpora) -> (prompt, system_prompt | None, completion kind).

Benign styles first, then campaign styles. Campaign styles never reuse a benign style
object, but several deliberately produce text a benign style could also produce."""
from __future__ import annotations

import re

from bench.heldout37 import phrases as P

_SLOT = re.compile(r"\{(\w+)\}")


def fill(r, template: str, **given) -> str:
    return _SLOT.sub(lambda m: given.get(m.group(1)) or r.choice(P.FILL.get(m.group(1), ["?"])), template)


def _wrap(r, lang: str, q: str) -> str:
    return r.choice(P.STUDENT_WRAP[lang]).replace("{q}", q)


def _school(r, corp, heavy_math: float = 0.3) -> str:
    u = r.random()
    if u < heavy_math:
        return r.choice(corp["math"])
    return r.choice(corp["gsm8k"] if u < 0.85 else corp["svamp"])


def chat_mix(r, a, t, corp):
    u = r.random()
    if a.lang == "ar" and u < 0.55:
        return fill(r, r.choice(P.AR_CHAT)), None, "chat"
    if a.lang == "fr" and u < 0.5:
        return fill(r, r.choice(P.FR_CHAT)), None, "chat"
    if u < 0.78:
        return r.choice(corp["chat"]) + r.choice(P.LANG_TAIL[a.lang]), None, "chat"
    return r.choice(corp["nq"]), None, "short"


def student(r, a, t, corp):
    if r.random() < 0.18:
        return chat_mix(r, a, t, corp)
    last = a.extra.get("last")
    if last and r.random() < 0.15:  # "the answer is wrong, try again"
        return last, None, "cot"
    q = _wrap(r, a.lang, _school(r, corp, 0.45))
    a.extra["last"] = q
    return q, None, "cot"


def uni(r, a, t, corp):
    u = r.random()
    if u < 0.4:
        return r.choice(corp["code"]), None, "code"
    if u < 0.65:
        return _wrap(r, a.lang, r.choice(corp["math"])), None, "cot"
    return chat_mix(r, a, t, corp)


def tutor(r, a, t, corp):
    q = _school(r, corp, 0.4)
    tpl = [("أنشئ 5 تمارين مشابهة لهذه المسألة مع الحلول النموذجية لطلاب الثانوية العامة:\n{q}", "long"),
           ("اكتب حل نموذجي مفصل للمسألة التالية لتوزيعه على الطلاب:\n{q}", "cot"),
           ("Crée une fiche d'exercices (3 exercices de difficulté croissante) à partir de :\n{q}", "long"),
           ("Make a 10-question quiz in Arabic based on this problem, with an answer key:\n{q}", "long")]
    text, kind = tpl[(a.tmpl + (r.random() < 0.2)) % len(tpl)]
    return text.replace("{q}", q), None, kind


def edtech(r, a, t, corp):
    if r.random() < 0.15:
        return fill(r, r.choice(P.AR_CHAT)), P.SYSTEM["darsak"], "chat"
    return _wrap(r, "ar", _school(r, corp, 0.35)), P.SYSTEM["darsak"], "cot"


def support(r, a, t, corp):
    sysname = ("souq", "bank", "telco")[a.tmpl % 3]
    msg = fill(r, r.choice(P.CUSTOMER_MSGS), n=str(r.randrange(10_000_000, 99_999_999)))
    if r.random() < 0.4:
        msg = f"[order_lookup] status=in_transit eta=2027-06-{r.randrange(18, 25)}\nCustomer: {msg}"
    return msg, P.SYSTEM[sysname], "short"


def eval_run(r, a, t, corp):
    bench = ("gsm8k", "math", "humaneval", "mbpp", "svamp")[a.tmpl % 5]
    items = corp[bench]
    a.cursor += 1
    q = items[a.cursor % len(items)]
    if bench in ("gsm8k", "svamp", "math") and a.tmpl % 2:
        q = "Question: " + q + "\nLet's think step by step."
    return q, None, "eval" if bench in ("gsm8k", "svamp", "math") else "code"


def agent(r, a, t, corp):
    if r.random() < 0.2:
        return r.choice(corp["code"]), P.SYSTEM["agent"], "code"
    txt = fill(r, r.choice(P.BENIGN_AGENT), m=r.choice(["utils", "parser", "billing", "api", "models"]),
               f=r.choice(["parse_row", "load_cfg", "charge", "to_json", "merge"]), n=str(r.randrange(2, 99)))
    ctx = "\n".join(f"    {r.choice(['x = load()', 'return y', 'for i in items:', 'if not ok:', 'log.info(msg)'])}"
                    for _ in range(r.randrange(5, 60)))
    return txt + "\n\n<context>\n" + ctx + "\n</context>", P.SYSTEM["agent"], "code"


def bpo(r, a, t, corp):
    msg = fill(r, r.choice(P.CUSTOMER_MSGS), n=str(r.randrange(100000, 999999)))
    lead = ("Draft a reply to this customer email:\n", "Rédige une réponse à ce client :\n", "Rewrite more politely:\n")
    return lead[a.tmpl % 3] + msg, P.SYSTEM["bpo"], "short"


def translate(r, a, t, corp):
    target = r.choice(("Arabic", "French", "English", "العربية", "français"))
    src = r.choice(corp["chat"])[:2500]
    return f"Translate into {target}, keep the formatting:\n\n{src}", None, "translate"


def journalist(r, a, t, corp):
    u = r.random()
    if u < 0.4:
        return "Fact-check quickly: " + r.choice(corp["nq"]), None, "short"
    if u < 0.7:
        return "Summarise in 5 bullet points for a news brief:\n\n" + r.choice(corp["chat"])[:3000], None, "chat"
    return chat_mix(r, a, t, corp)


def embed(r, a, t, corp):
    return r.choice(corp["nq"] if r.random() < 0.6 else corp["chat"])[:1500], None, "embed"


def newcomer(r, a, t, corp):
    u = r.random()
    if u < 0.45:
        return r.choice(corp["arena"]), None, "long"
    if u < 0.6:
        return r.choice(corp["math"]), None, "cot"
    return chat_mix(r, a, t, corp)


def enterprise(r, a, t, corp):
    system = P.SYSTEM["enterprise"].replace("{org}", str(a.org))
    src = corp["user"] if r.random() < 0.6 else corp["seed"]
    return r.choice(src), system, "chat"


def devtest(r, a, t, corp):
    fixed = [corp["user"][(a.tmpl + k * 37) % len(corp["user"])] for k in range(5)]
    return r.choice(fixed), "You are the assistant of a mobile app. Reply in under 80 words.", "short"


def lab(r, a, t, corp):
    # a class in a language institute: the teacher writes one exercise on the board each hour
    hour = (t // 3_600_000) % 97
    ex = P.FR_CHAT[hour % len(P.FR_CHAT)]
    return fill(r, ex) if r.random() < 0.7 else r.choice(corp["seed"]), None, "chat"


def reseller_user(r, a, t, corp):
    p, _, kind = chat_mix(r, a, t, corp) if r.random() < 0.8 else (r.choice(corp["code"]), None, "code")
    return p, P.SYSTEM["reseller"], kind


# ---- campaigns --------------------------------------------------------------------------------
COT_SUFFIX = ["\nThink step by step and explain your reasoning in full.", "\nShow all intermediate steps.", "", "",
              "\nExplique ton raisonnement étape par étape.", "\nاشرح طريقة التفكير خطوة بخطوة."]
COT_BY_LANG = {"en": COT_SUFFIX[:3], "fr": COT_SUFFIX[2:5], "ar": COT_SUFFIX[2:4] + COT_SUFFIX[5:]}


def hydra(r, a, t, corp):
    if r.random() < 0.5:
        return chat_mix(r, a, t, corp)
    q = r.choice(corp["math"] if r.random() < 0.5 else corp["code"])
    return _wrap(r, a.lang, q) + r.choice(COT_BY_LANG[a.lang]), None, "cot"


def sweep(r, a, t, corp):
    items = corp["gsm8k"] if a.tmpl % 3 else corp["svamp"]
    a.cursor += 7
    return P.SWEEP_TEMPLATE.replace("{q}", items[a.cursor % len(items)]), None, "cot"


def rationale(r, a, t, corp):
    ans = str(r.choice([r.randrange(2, 500), f"\\frac{{{r.randrange(1, 9)}}}{{{r.randrange(2, 13)}}}"]))
    return P.RATIONALE_TEMPLATE.replace("{q}", r.choice(corp["math"])).replace("{a}", ans), None, "cot"


def paraphrase(r, a, t, corp):
    return r.choice(P.PARAPHRASES).replace("{q}", r.choice(corp["code"])), None, "cot"


def farm(r, a, t, corp):
    u = r.random()
    if u < 0.2:
        return r.choice(corp["nq"]), None, "short"
    q = r.choice(corp["schoolmath"] if u < 0.7 else corp["code"])
    return q + r.choice(COT_SUFFIX[:3]), None, "cot"


def device_farm(r, a, t, corp):
    return _wrap(r, "ar", r.choice(corp["schoolmath"])) + "\nاشرح خطوة بخطوة", None, "cot"


def cron(r, a, t, corp):
    return "Q: " + r.choice(corp["math"]) + "\nA: Let's think step by step.", None, "cot"


def lowslow(r, a, t, corp):
    if r.random() < 0.15:
        return chat_mix(r, a, t, corp)
    return _wrap(r, a.lang, r.choice(corp["math"])), None, "cot"


def launch_harvest(r, a, t, corp):
    src = ("arena", "math", "humaneval", "mbpp")[r.randrange(4)]
    return r.choice(corp[src]) + COT_SUFFIX[0], None, "cot"


def insider(r, a, t, corp):
    system = P.SYSTEM["enterprise"].replace("{org}", str(a.org))
    q = r.choice(corp["schoolmath"] if r.random() < 0.7 else corp["code"])
    return "Prepare a fully worked model answer for this question-bank item, every step justified:\n" + q, system, "cot"


def reseller_harvest(r, a, t, corp):
    q = r.choice(corp["math"] if r.random() < 0.5 else corp["code"])
    if r.random() < 0.5:
        q += "\nLet's think step by step."
    return q, P.SYSTEM["reseller"], "cot"


def rotator(r, a, t, corp):
    q = r.choice(corp["schoolmath"])
    return (P.SWEEP_TEMPLATE.replace("{q}", q) if r.random() < 0.5 else q), None, "cot"


def student_mimic(r, a, t, corp):
    if r.random() < 0.1:
        return fill(r, r.choice(P.AR_CHAT)), None, "chat"
    return _wrap(r, a.lang, _school(r, corp, 0.5)), None, "cot"


def agent_harvest(r, a, t, corp):
    q = r.choice(corp["code"])
    name = "task_%d" % r.randrange(1, 999)
    text = P.AGENT_TOOL.replace("{path}", f"tests/test_{name}.py").replace("{impl}", f"src/{name}.py")
    return text.replace("{q}", q), P.SYSTEM["agent"], "cot"


def persona(r, a, t, corp):
    system = corp["awesome"][(a.tmpl + r.randrange(3)) % len(corp["awesome"])][:2000]
    return r.choice(corp["arena"] if r.random() < 0.8 else corp["user"]), system, "long"


STYLES = {name: fn for name, fn in globals().items() if callable(fn) and not name.startswith("_")
          and name not in ("fill",) and getattr(fn, "__module__", "") == __name__}
