"""Prompt builders shared by benign and campaign populations (same wrappers on both sides on purpose)."""
from __future__ import annotations

import random

from bench.heldout53 import corpus
from bench.heldout53 import zh_text as Z

_cache: dict[str, list[str]] = {}


def pool(name: str) -> list[str]:
    if name not in _cache:
        if name == "chat":
            _cache[name] = corpus.chat_mix()
        elif name == "short_chat":
            _cache[name] = corpus.short_chat()
        elif name == "paragraphs":
            _cache[name] = corpus.paragraphs()
        elif name == "code":
            _cache[name] = corpus.texts("humaneval") + corpus.texts("mbpp")
        elif name == "mathy":
            _cache[name] = corpus.texts("gsm8k") + corpus.texts("math") + corpus.texts("svamp")
        else:
            _cache[name] = corpus.texts(name)
    return _cache[name]


def pick(r: random.Random, name: str) -> str:
    p = pool(name)
    return p[r.randrange(len(p))]


def student(r: random.Random) -> str:
    x = r.random()
    if x < 0.45:
        return r.choice(Z.STUDENT_WRAP).format(q=pick(r, r.choice(["gsm8k", "math", "svamp", "math"])))
    if x < 0.7:
        t1, t2 = r.sample(Z.TOPICS, 2)
        return r.choice(Z.COURSE_WRAP).format(course=r.choice(Z.COURSES), topic=t1, topic2=t2)
    if x < 0.85:
        return pick(r, "code") if r.random() < 0.5 else "这段代码为什么报错？\n" + pick(r, "code")
    return pick(r, "short_chat")


def kaoyan(r: random.Random) -> str:
    return r.choice(Z.KAOYAN_WRAP).format(subj=r.choice(Z.COURSES[:8] + ["英语一", "政治"]),
                                          score=r.randint(290, 410), major=r.choice(Z.MAJORS),
                                          proj=r.choice(Z.PROJECTS), topic=r.choice(Z.TOPICS))


def ecommerce(r: random.Random) -> str:
    a, b, c = r.sample(Z.SELLING, 3)
    return r.choice(Z.ECOM_WRAP).format(market=r.choice(Z.MARKETS), p=r.choice(Z.PRODUCTS), a=a, b=b, c=c,
                                        kw=r.choice(["portable", "gift for her", "2027 new", "eco friendly"]))


def creator(r: random.Random) -> str:
    return r.choice(Z.CREATOR_WRAP).format(t=r.choice(Z.CREATOR_TOPICS), p=r.choice(Z.PRODUCTS))


def translate(r: random.Random) -> str:
    return r.choice(Z.TRANSLATE_WRAP).format(t=pick(r, "paragraphs")[: r.randint(300, 2500)],
                                             z=r.choice(Z.ZH_SENTENCES))


def office(r: random.Random) -> str:
    if r.random() < 0.25:
        return pick(r, "short_chat")
    t1, t2 = r.sample(Z.OFFICE_THINGS, 2)
    return r.choice(Z.OFFICE_WRAP).format(thing=t1, thing2=t2, col=r.choice(Z.COLUMNS))


def teacher(r: random.Random) -> str:
    return r.choice(Z.TEACHER_WRAP).format(n=r.choice([5, 10, 10, 20]), topic=r.choice(Z.SCHOOL_TOPICS),
                                           grade=r.choice(Z.GRADES), q=pick(r, r.choice(["gsm8k", "svamp"])))


def casual(r: random.Random) -> str:
    x = r.random()
    if x < 0.35:
        return pick(r, "nq")
    if x < 0.55:
        return r.choice(Z.CHAT_MSGS).format(q=pick(r, "nq"))
    if x < 0.7:
        return creator(r)
    return pick(r, "short_chat")


def hk(r: random.Random) -> str:
    return r.choice(Z.HK_WRAP).format(t=pick(r, "short_chat")[:1200], thing=r.choice(Z.OFFICE_THINGS))


def general(r: random.Random) -> str:
    x = r.random()
    if x < 0.5:
        return pick(r, "chat")
    if x < 0.65:
        return pick(r, "code")
    if x < 0.75:
        return office(r)
    if x < 0.85:
        return pick(r, "nq")
    return translate(r)


def cot(r: random.Random, q: str, zh: float = 0.5, other: float = 0.0) -> str:
    x = r.random()
    if x < other:
        return r.choice(Z.COT_OTHER).format(q=q)
    if x < other + zh:
        return r.choice(Z.COT_ZH).format(q=q)
    return r.choice(Z.COT_EN).format(q=q)


def judge(r: random.Random) -> str:
    q = pick(r, "short_chat")
    a, b = r.sample(Z.CAND_SNIPPETS, 2)
    tpl = r.choice(Z.JUDGE_ZH if r.random() < 0.4 else Z.JUDGE_EN)
    return tpl.format(q=q, a=a, b=b)


def synth(r: random.Random) -> str:
    ex = "\n".join("- " + pick(r, "seed")[:200] for _ in range(3))
    return r.choice(Z.SYNTH_WRAP).format(n=r.choice([10, 15, 20, 25]), topic=r.choice(Z.SYNTH_TOPICS), ex=ex)


def labeling(r: random.Random) -> str:
    return r.choice(Z.LABEL_WRAP).format(t=pick(r, "nq"))
