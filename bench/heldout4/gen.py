#!/usr/bin/env python3
"""heldout4: an independent traffic generator for distillation-campaign detection.

Usage: python gen.py --seed N --days D --out events.jsonl.gz --labels labels.json [--scale S]

Standard library only. Deterministic per seed (one random.Random per population,
derived from the seed by arithmetic, never from hash() of str), no wall clock,
gzip mtime=0. See README.md for the populations and their assumptions.
"""
from __future__ import annotations

import argparse
import bisect
import calendar
import gzip
import json
import math
import os
import random
import sys
import time

DAY = 86_400_000
HOUR = 3_600_000
MIN = 60_000
SEC = 1000
START = calendar.timegm((2026, 10, 5, 0, 0, 0)) * 1000  # a Monday, 00:00 UTC

# --------------------------------------------------------------------------- prompts

PROMPT_FILES = {
    "arena": "benign_arena_hard_prompts.jsonl",
    "awesome": "benign_awesome_chatgpt_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl",
    "si_seed": "benign_self_instruct_seed_tasks.jsonl",
    "si_user": "benign_self_instruct_user_oriented.jsonl",
    "gsm8k": "task_gsm8k.jsonl",
    "humaneval": "task_humaneval.jsonl",
    "math": "task_math.jsonl",
    "mbpp": "task_mbpp.jsonl",
    "svamp": "task_svamp.jsonl",
}


def load_prompts(d: str) -> dict[str, list[str]]:
    out = {}
    for k, fn in PROMPT_FILES.items():
        rows = []
        with open(os.path.join(d, fn), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    t = json.loads(line)["text"]
                    if len(t) <= 12_000:  # a handful of 20k-140k char role prompts are dropped
                        rows.append(t)
        out[k] = rows
    out["si"] = out["si_seed"] + out["si_user"]
    out["code"] = out["mbpp"] + out["humaneval"]
    out["mathall"] = out["gsm8k"] + out["math"] + out["svamp"]
    # arena prompts that look like coding questions (for power users / corp devs)
    kw = ("code", "python", "function", "sql", "c++", "java", "script", "bug", "error", "implement", "api", "class ")
    out["arena_code"] = [t for t in out["arena"] if any(w in t.lower() for w in kw)] or out["arena"]
    return out


# Non-English banks: task wrappers ({q}) and standalone everyday prompts ({x}).
NE = {
    "zh": {
        "wrap": ["请一步一步地解答下面的题目，并给出最终答案：\n{q}", "帮我看看这道题怎么做，要详细的解题过程：{q}",
                 "下面这个问题我不太懂，能解释一下吗？\n{q}", "请用中文回答：{q}"],
        "solo": ["帮我写一封请假邮件，理由是{x}", "{x}是什么意思？能举个例子吗？", "推荐几本关于{x}的书", "怎么提高{x}？给我一个计划",
                 "用三句话总结一下{x}", "我在准备面试，关于{x}可能会问哪些问题？"],
        "x": ["时间管理", "机器学习", "英语口语", "个人理财", "Python 编程", "睡眠质量", "团队沟通", "数据库索引", "家里装修"],
    },
    "es": {
        "wrap": ["Explícame paso a paso cómo resolver esto: {q}", "¿Me ayudas con este ejercicio? {q}",
                 "Responde en español, por favor: {q}", "No entiendo este problema, ¿me lo explicas?\n\n{q}"],
        "solo": ["Escribe un correo formal para {x}", "¿Qué es {x} y para qué sirve?", "Dame ideas para {x}",
                 "Resume en pocas líneas {x}", "¿Cuáles son los pros y contras de {x}?"],
        "x": ["una fiesta de cumpleaños", "aprender inglés", "el cambio climático", "un viaje a Portugal", "ahorrar dinero",
              "mi currículum", "trabajar desde casa", "la inflación"],
    },
    "pt": {
        "wrap": ["Resolva passo a passo: {q}", "Pode me explicar essa questão? {q}", "Responda em português: {q}"],
        "solo": ["Escreva um texto sobre {x}", "Quais são as vantagens de {x}?", "Me dá dicas de {x}", "O que é {x}?"],
        "x": ["energia solar", "trabalho remoto", "estudar para o ENEM", "investimentos", "futebol brasileiro", "culinária vegana"],
    },
    "ru": {
        "wrap": ["Реши задачу пошагово и объясни каждый шаг: {q}", "Помоги разобраться с задачей: {q}", "Ответь по-русски: {q}"],
        "solo": ["Напиши короткий рассказ о {x}", "Объясни простыми словами, что такое {x}", "Составь план на неделю: {x}",
                 "Какие книги почитать про {x}?"],
        "x": ["квантовые компьютеры", "инфляция", "кошке и собаке", "блокчейн", "изучение английского", "весне"],
    },
    "de": {
        "wrap": ["Bitte erkläre Schritt für Schritt: {q}", "Kannst du mir bei dieser Aufgabe helfen? {q}", "Antworte auf Deutsch: {q}"],
        "solo": ["Schreibe eine kurze Zusammenfassung über {x}", "Was ist der Unterschied zwischen {x}?", "Formuliere eine höfliche E-Mail wegen {x}",
                 "Gib mir Tipps für {x}"],
        "x": ["Miete und Nebenkosten", "Kubernetes und Docker", "die Steuererklärung", "den Umzug nach Berlin", "ETF und Aktien"],
    },
    "ja": {
        "wrap": ["次の問題をステップごとに解いてください：{q}", "この問題の解き方を教えてください。{q}", "日本語で答えてください：{q}"],
        "solo": ["{x}について簡単に説明してください。", "{x}のアイデアを5つ考えてください。", "{x}に関するメールの下書きを書いてください。"],
        "x": ["週末の旅行", "新しいプロジェクト", "健康的な朝ごはん", "英語の勉強", "チームの会議"],
    },
    "fr": {
        "wrap": ["Peux-tu résoudre ce problème étape par étape ? {q}", "Aide-moi avec cet exercice : {q}", "Réponds en français : {q}"],
        "solo": ["Rédige un e-mail pour {x}", "Explique-moi {x} simplement.", "Quels sont les avantages de {x} ?"],
        "x": ["annuler un rendez-vous", "la photosynthèse", "le télétravail", "un week-end à Lyon", "la retraite"],
    },
    "ko": {
        "wrap": ["다음 문제를 단계별로 풀어 주세요: {q}", "이 문제 좀 설명해 주세요. {q}"],
        "solo": ["{x}에 대해 간단히 설명해 주세요.", "{x} 관련 아이디어를 알려 주세요."],
        "x": ["재택근무", "파이썬 공부", "건강한 식단", "면접 준비"],
    },
}
LANGS = list(NE)


def ne_solo(r, lang):
    b = NE[lang]
    return r.choice(b["solo"]).format(x=r.choice(b["x"]))


def ne_wrap(r, lang, q):
    return r.choice(NE[lang]["wrap"]).format(q=q)


# --------------------------------------------------------------------------- network

ASN = {
    # residential broadband
    "comcast": 7922, "charter": 20115, "att": 7018, "verizon": 701, "cox": 22773, "bt": 2856, "dtag": 3320,
    "orange": 3215, "telefonica": 3352, "vivo": 27699, "rostelecom": 12389, "ntt": 4713, "kt": 4766,
    "chunghwa": 3462, "singtel": 9506, "jio": 55836, "virgin": 5089, "free": 12322,
    # mobile carriers (CGNAT)
    "tmobile": 21928, "vzw": 6167, "attmob": 20057, "vodafone_de": 3209,
    # hosting / cloud
    "aws": 16509, "gcp": 396982, "azure": 8075, "do": 14061, "hetzner": 24940, "ovh": 16276, "vultr": 20473,
    "linode": 63949, "alibaba": 45102,
    # VPN / proxy-ish
    "m247": 9009, "datacamp": 60068, "clouvider": 62240, "zscaler": 53813, "cloudflare": 13335,
    # research / education networks
    "dfn": 680, "janet": 786, "stanford": 32, "mit": 3,
}
RESI = ["comcast", "charter", "att", "verizon", "cox", "bt", "dtag", "orange", "telefonica", "virgin", "free"]
RESI_BY_LANG = {"zh": ["chunghwa", "singtel"], "es": ["telefonica"], "pt": ["vivo"], "ru": ["rostelecom"], "de": ["dtag", "vodafone_de"],
                "ja": ["ntt"], "fr": ["orange", "free"], "ko": ["kt"]}
MOBILE = ["tmobile", "vzw", "attmob"]
DC = ["aws", "gcp", "azure", "do", "hetzner", "ovh", "vultr", "linode", "alibaba"]


def _build_prefixes():
    """Synthetic, public-looking /16 prefixes per network; fixed across seeds (IP layout is
    infrastructure, not randomness of a given run). Not real allocations."""
    r = random.Random(4_0404)
    bad = {0, 10, 100, 127, 169, 172, 192, 198, 203} | set(range(224, 256))
    used, out = set(), {}
    for name in sorted(ASN):
        k = 2 if name in ("stanford", "mit", "dfn", "janet", "zscaler") else 5
        ps = []
        while len(ps) < k:
            a, b = r.randint(11, 223), r.randint(0, 255)
            if a in bad or (a, b) in used:
                continue
            used.add((a, b))
            ps.append((a, b))
        out[name] = ps
    return out


PREFIX = _build_prefixes()


def ip_of(r, net):
    a, b = r.choice(PREFIX[net])
    return f"{a}.{b}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ip_pool(r, net, n, same24=False):
    if same24:
        a, b = r.choice(PREFIX[net])
        c = r.randint(0, 255)
        return [f"{a}.{b}.{c}.{h}" for h in r.sample(range(2, 254), n)]
    return [ip_of(r, net) for _ in range(n)]


def ipv6(r):
    return "2001:db8:%x:%x::%x" % (r.getrandbits(16), r.getrandbits(16), r.getrandbits(16) | 1)


# --------------------------------------------------------------------------- clients
# device_id = TLS client fingerprint (JA4-style) of the client stack, as seen by the edge.
# It identifies a software stack, not a person: every user of the same SDK shares it.

JA4 = {
    "chrome": "t13d1516h2_8daaf6152771_02713d6af862", "firefox": "t13d1715h2_5b57614c22b0_3d5424432f57",
    "safari": "t13d2014h2_a09f3c656075_14788d8d241b", "ios_app": "t13d2014h2_a09f3c656075_e42f34c56612",
    "android_app": "t13d1514h2_8daaf6152771_e5627efa2ab1", "py_sdk": "t13d1812h2_85036bcba153_b26ce05bbdd6",
    "node_sdk": "t13d1813h1_9e7b989ebec8_2d3d0a6df6b3", "requests": "t13d5911h1_a33745022dd6_1f22a2ca17c4",
    "aiohttp": "t13d5912h1_a33745022dd6_4fcc3d8ea0d6", "curl": "t13d3112h2_e8f1e7e78f70_6bebaf5329ac",
    "go": "t13d1311h2_f57a46bbacb6_ab7e3b40a677", "java": "t13d4412h1_65ac6ba9c1bc_94bd6a5ad5e9",
}
UA = {
    "chrome": ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
               "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
               "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"],
    "firefox": ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0",
                "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0"],
    "safari": ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.{v} Safari/605.1.15"],
    "ios_app": ["AtlasChat/3.{v} (iPhone; iOS 18.0; Scale/3.00)", "AtlasChat/3.{v} (iPad; iOS 17.6; Scale/2.00)"],
    "android_app": ["AtlasChat/3.{v} (Android 14; Pixel 8)", "AtlasChat/3.{v} (Android 13; SM-A536B)", "AtlasChat/3.{v} (Android 15; SM-S921B)"],
    "py_sdk": ["atlas-python/1.{v}.0", "atlas-python/1.{v}.2 langchain-atlas/0.2.1", "atlas-python/1.{v}.1 litellm/1.48.0"],
    "node_sdk": ["atlas-node/4.{v}.0", "atlas-node/4.{v}.1 vercel-ai/3.4"],
    "requests": ["python-requests/2.{v}.0", "python-requests/2.{v}.3"],
    "aiohttp": ["Python/3.11 aiohttp/3.{v}.5", "Python/3.12 aiohttp/3.{v}.1"],
    "curl": ["curl/8.{v}.0"],
    "go": ["Go-http-client/2.0"],
    "java": ["atlas-java/0.{v}.0 okhttp/4.12.0"],
}
UAV = {"chrome": (126, 131), "firefox": (128, 133), "safari": (0, 2), "ios_app": (1, 4), "android_app": (1, 4), "py_sdk": (38, 54),
       "node_sdk": (55, 68), "requests": (28, 32), "aiohttp": (8, 10), "curl": (4, 10), "go": (0, 0), "java": (8, 12)}


def client(r, kind):
    lo, hi = UAV[kind]
    return r.choice(UA[kind]).format(v=r.randint(lo, hi)), JA4[kind]


def hexid(r, n=12):
    return "%0*x" % (n, r.getrandbits(4 * n))


# --------------------------------------------------------------------------- timing

def _cum(w):
    c, s = [], 0.0
    for x in w:
        s += x
        c.append(s)
    return c


PROF = {  # weight per local hour 0..23
    "human": _cum([.2, .1, .06, .04, .04, .06, .15, .35, .55, .7, .8, .85, .85, .85, .85, .85, .85, .9, .95, 1, 1, .95, .7, .4]),
    "student": _cum([.5, .3, .15, .05, .03, .03, .05, .15, .3, .45, .5, .55, .5, .55, .6, .7, .8, .9, 1, 1, 1, 1, .95, .8]),
    "work": _cum([.02, .01, .01, .01, .01, .02, .05, .2, .7, 1, 1, .9, .7, .9, 1, 1, .9, .6, .3, .15, .1, .08, .05, .03]),
    "flat": _cum([1] * 24),
}


def pick_hour(r, prof):
    c = PROF[prof]
    return bisect.bisect_left(c, r.random() * c[-1])


def sessions(r, day0, n, tz, prof, per=(1, 6), gap=60.0, min_gap=3.0):
    """n request times on the day starting at day0 (UTC ms), grouped in sessions whose
    start hour follows `prof` in local time (UTC offset tz hours)."""
    out = []
    while n > 0:
        k = min(n, r.randint(*per))
        h = (pick_hour(r, prof) - tz) % 24
        t = day0 + h * HOUR + r.random() * HOUR
        for _ in range(k):
            out.append(int(t))
            t += (min_gap + r.expovariate(1.0 / gap)) * SEC
        n -= k
    return out


def lognorm_count(r, median, sigma=0.6, cap=None):
    x = median * math.exp(r.gauss(0, sigma))
    if cap:
        x = min(x, cap)
    return int(x) + (1 if r.random() < x - int(x) else 0)


# --------------------------------------------------------------------------- world

class World:
    def __init__(self, seed, days, scale, prompts):
        self.seed, self.days, self.scale, self.P = seed, days, scale, prompts
        self.end = START + days * DAY
        self.release = START + ((days - 1) // 2) * DAY + 16 * HOUR  # "atlas-3" goes live
        self.ev = []  # (ts, acct, key, prompt, sys, model, endpoint, status, pt, ct, ip, asn, ua, dev)
        self.accts = {}
        self._rng_base = seed * 1_000_003

    def rng(self, k):
        return random.Random(self._rng_base + k * 7919)

    def n(self, base):
        return max(1, int(round(base * self.scale)))

    def account(self, r, pop, label, campaign, created, org=None, pay=None, nkeys=1, legacy_null=False):
        aid = "acct_" + hexid(r, 14)
        a = {"id": aid, "pop": pop, "label": label, "campaign": campaign, "org": org, "pay": pay,
             "created": None if legacy_null else int(created), "keys": ["key_" + hexid(r, 16) for _ in range(nkeys)]}
        self.accts[aid] = a
        return a

    def model(self, r, t, new_share=0.45, pre=(("atlas-2", 0.6), ("atlas-2-mini", 0.4))):
        if t >= self.release and r.random() < new_share:
            return "atlas-3"
        x, acc = r.random(), 0.0
        for m, p in pre:
            acc += p
            if x < acc:
                return m
        return pre[-1][0]

    def emit(self, r, a, t, prompt, sys_p, model, endpoint, ip, asn, ua, dev, kind, err=0.02, retry=0.6, rl=0.0):
        """One request plus ordinary noise: error statuses, client retries, missing fields."""
        while True:
            if t < START or t >= self.end:
                return
            x = r.random()
            if x < rl:
                status = 429
            elif x < rl + err:
                status = r.choice((400, 400, 400, 500, 503, 503, 401, 413, 408))
            else:
                status = 200
            plen = (len(prompt) if prompt else 0) + (len(sys_p) if sys_p else 0)
            if prompt is None and sys_p is None:
                plen = int(r.lognormvariate(6.3, 0.8))
            pt = max(1, int(plen / r.uniform(3.4, 4.3)) + 7)
            ct = 0 if status != 200 else completion(r, kind)
            # missing / partial fields as a gateway produces them
            _ip, _asn, _ua, _dev = ip, asn, ua, dev
            y = r.random()
            if y < 0.004:
                _ip = _asn = None  # internal path, no client address
            elif y < 0.01:
                _asn = None  # IP-intelligence lookup miss
            if r.random() < 0.008:
                _ua = None
            if r.random() < 0.03:
                _dev = None  # TLS terminated upstream, fingerprint not forwarded
            key = a["keys"][0] if len(a["keys"]) == 1 else r.choice(a["keys"])
            self.ev.append((int(t), a, key, prompt, sys_p, model, endpoint, status, pt, ct, _ip, _asn, _ua, _dev))
            if status in (429, 500, 503, 408) and r.random() < retry:
                t += (r.uniform(0.5, 4) if status != 429 else r.uniform(2, 40)) * SEC
                continue
            return


def completion(r, kind):
    mu, sd, cap = {"short": (4.2, 0.7, 800), "chat": (5.6, 0.7, 4000), "cot": (6.1, 0.45, 4000), "code": (5.9, 0.6, 6000),
                   "long": (6.9, 0.45, 8000), "agent": (6.2, 0.6, 8000), "eval": (5.5, 0.4, 1024)}[kind]
    return min(cap, max(1, int(r.lognormvariate(mu, sd))))


def clean_user_q(r, q):
    """How a student types a problem in: sometimes lower-cased, trimmed, with a prefix."""
    if r.random() < 0.3:
        q = q[0].lower() + q[1:]
    return q


# --------------------------------------------------------------------------- benign populations

HOMEWORK_ASKS = ["can u help me with this: {q}", "{q} explain step by step pls", "{q}\n\nhow do i solve this step by step?",
                 "I don't get this question: {q}", "{q} show steps", "help!! {q}", "Solve and explain: {q}",
                 "how do you do this one? {q}", "{q}\nCan you check my answer is right?", "{q}"]


def casual_prompt(r, W, lang=None):
    P = W.P
    x = r.random()
    if lang and r.random() < 0.6:
        if r.random() < 0.55:
            return ne_solo(r, lang), "chat"
        src = r.choice(("gsm8k", "si", "nq", "arena"))
        return ne_wrap(r, lang, r.choice(P[src])), ("cot" if src == "gsm8k" else "chat")
    if x < 0.28:
        return r.choice(P["arena"]), "chat"
    if x < 0.40:
        return r.choice(P["awesome"]), "chat"
    if x < 0.56:
        return r.choice(P["si"]), "chat"
    if x < 0.86:
        return r.choice(P["nq"]), "short"
    if x < 0.94:
        return r.choice(HOMEWORK_ASKS).format(q=clean_user_q(r, r.choice(P["gsm8k"]))), "cot"
    return r.choice(P["mbpp"]), "code"


def human_pop(W, k, pop, n_acc, per_day, net_fn, client_fn, prompt_fn, tz_fn, prof="human", p_active=0.75,
              age=(1, 900), pay_p=0.65, sys_fn=None, endpoint="/v1/chat/completions", org_fn=None, per=(1, 6), gap=60.0,
              new_share=0.45, created_fn=None, sigma=0.7, err=0.02, min_gap=3.0):
    r = W.rng(k)
    for _ in range(n_acc):
        created = created_fn(r) if created_fn else START - r.uniform(*age) * DAY
        a = W.account(r, pop, "benign", None, created, org=org_fn(r) if org_fn else None,
                      pay=("pm_" + hexid(r, 16)) if r.random() < pay_p else None, nkeys=r.choice((1, 1, 1, 2)),
                      legacy_null=created < START - 1000 * DAY and r.random() < 0.5)
        st = {"tz": tz_fn(r), "net": net_fn(r, None), "cli": client_fn(r), "lang": None, "r": r}
        st["lang"] = st["net"].get("lang") if isinstance(st["net"], dict) else None
        med = per_day * math.exp(r.gauss(0, sigma))
        for d in range(W.days):
            day0 = START + d * DAY
            if r.random() > p_active:
                continue
            n = lognorm_count(r, med, 0.5)
            for t in sessions(r, day0, n, st["tz"], prof, per=per, gap=gap, min_gap=min_gap):
                if a["created"] is not None and t < a["created"]:
                    continue
                ip, asn = net_fn(r, st)
                ua, dev = st["cli"]
                prompt, kind = prompt_fn(r, W, st)
                sp = sys_fn(r, st, t) if sys_fn else None
                ep = endpoint(r) if callable(endpoint) else endpoint
                W.emit(r, a, t, prompt, sp, W.model(r, t, new_share), ep, ip, asn, ua, dev, kind, err=err)


def resi_net(nets=RESI, mobile_p=0.12):
    def f(r, st):
        if st is None:
            net = r.choice(nets)
            return {"home": (ip_of(r, net), ASN[net]), "mob": r.choice(MOBILE)}
        if r.random() < mobile_p:
            m = st["net"]["mob"]
            return ip_of(r, m), ASN[m]
        return st["net"]["home"]
    return f


def pick_client(weights):
    ks, ws = zip(*weights)
    c = _cum(ws)

    def f(r):
        kind = ks[bisect.bisect_left(c, r.random() * c[-1])]
        return client(r, kind)
    return f


BROWSERISH = pick_client([("chrome", 5), ("firefox", 1.5), ("safari", 1.5), ("py_sdk", 3), ("node_sdk", 1.5), ("requests", 1),
                          ("curl", 0.3), ("java", 0.3)])
US_TZ = lambda r: r.choice((-8, -7, -6, -5, -5, -4))  # noqa: E731
ANY_TZ = lambda r: r.choice((-8, -7, -6, -5, -5, -4, 0, 1, 1, 2, 3, 5, 8, 9))  # noqa: E731

FRAMEWORK_SYS = [
    "You are a helpful assistant.",
    "You are ChatBox, a large language model. Answer as concisely as possible. Current date: {date}.",
    "You are a helpful, respectful and honest assistant. Always answer as helpfully as possible, while being safe. If a question "
    "does not make any sense, or is not factually coherent, explain why instead of answering something not correct. If you don't "
    "know the answer to a question, please don't share false information.",
    "You are an AI assistant in NextChat. Carefully heed the user's instructions. Respond using Markdown. Knowledge cutoff: 2026-06. "
    "Current model: {model}. Current time: {date}.",
]

AGENT_SYS = ("You are Kestrel, an autonomous software engineering agent running inside the user's IDE. You can call tools: "
             "read_file(path), write_file(path, content), list_dir(path), run_terminal(cmd), search_code(query). Work in small, "
             "verifiable steps. Before editing, read the relevant files. After editing, run the tests. Keep the user informed with "
             "brief status notes. Never run destructive commands without confirmation. Respond with tool calls in JSON.")


def gen_benign(W):
    P = W.P
    # 1. ordinary individuals
    human_pop(W, 101, "b_everyday", W.n(1600), 6, resi_net(), BROWSERISH,
              lambda r, W_, st: casual_prompt(r, W_), ANY_TZ, p_active=0.7, per=(1, 5))

    # 2. university NAT: many students, few egress IPs, shared problem sets, clustered signup
    r0 = W.rng(102)
    for ui, (net, n_st, n_ip, tz) in enumerate((("dfn", 190, 3, 1), ("stanford", 110, 2, -8))):
        nat = ip_pool(r0, net, n_ip)
        psets = [r0.sample(P["gsm8k"] + P["math"], 12) for _ in range(4)]  # the week's problem sets (4 courses)
        cs_set = r0.sample(P["mbpp"], 8)
        sem_start = START - r0.uniform(35, 45) * DAY

        def prompt(r, W_, st, psets=psets, cs_set=cs_set):
            x = r.random()
            if x < 0.45:
                q = r.choice(psets[st["course"]])
                return r.choice(HOMEWORK_ASKS).format(q=clean_user_q(r, q)), "cot"
            if x < 0.6:
                return r.choice(HOMEWORK_ASKS).format(q=clean_user_q(r, r.choice(P["mathall"]))), "cot"
            if x < 0.75:
                return r.choice(("{q}\nexplain the code step by step", "why does my solution fail for this? {q}", "{q}")).format(
                    q=r.choice(cs_set)), "code"
            return casual_prompt(r, W_)

        def net_fn(r, st, nat=nat, net=net):
            if st is None:
                return {"course": 0}
            if r.random() < 0.85:
                return r.choice(nat), ASN[net]
            h = "comcast" if net == "stanford" else "dtag"
            return ip_of(r, h), ASN[h]

        def pfn(r, W_, st, prompt=prompt):
            st.setdefault("course", r.randrange(4))
            return prompt(r, W_, st)

        human_pop(W, 110 + ui, "b_campus_nat", W.n(n_st), 9, net_fn,
                  pick_client([("chrome", 5), ("safari", 2), ("firefox", 2), ("py_sdk", 1.5)]), pfn,
                  lambda r, tz=tz: tz, prof="student", p_active=0.8, pay_p=0.2,
                  created_fn=lambda r, s=sem_start: s + r.expovariate(1 / (3 * DAY)), per=(2, 10), gap=90.0)

    # 3. mobile carriers behind CGNAT (small exit pools), some IPv6
    r0 = W.rng(103)
    cgnat = {m: ip_pool(r0, m, 24) for m in MOBILE}

    def mob_net(r, st):
        if st is None:
            return {"m": r.choice(MOBILE), "v6": ipv6(r) if r.random() < 0.3 else None}
        if st["net"]["v6"] and r.random() < 0.8:
            return st["net"]["v6"], ASN[st["net"]["m"]]
        return r.choice(cgnat[st["net"]["m"]]), ASN[st["net"]["m"]]
    human_pop(W, 104, "b_mobile_cgnat", W.n(380), 5, mob_net, pick_client([("ios_app", 3), ("android_app", 2)]),
              lambda r, W_, st: casual_prompt(r, W_), US_TZ, p_active=0.8, per=(1, 4), pay_p=0.5)
    W._cgnat = cgnat  # reused by the "orchard" campaign

    # 4. companies: one org, one corporate card, Zscaler egress; one has zero data retention (no content published)
    r0 = W.rng(105)
    for ci, (n_emp, zdr, tz) in enumerate(((170, True, -5), (85, False, 1))):
        org, card = "org_" + hexid(r0, 10), "pm_" + hexid(r0, 16)
        egress = ip_pool(r0, "zscaler", 6)
        tool_sys = ("You are {c}GPT, the internal assistant of {c}. Be concise. Cite internal docs by title when relevant. "
                    "Do not reveal confidential information to external parties.").format(c=("Northwind", "Contoso")[ci])

        def cprompt(r, W_, st, zdr=zdr):
            if zdr:
                return None, r.choice(("chat", "code", "short"))
            x = r.random()
            if x < 0.45:
                return r.choice(P["arena_code"]), "code"
            if x < 0.6:
                return r.choice(P["code"]), "code"
            return casual_prompt(r, W_)
        human_pop(W, 120 + ci, "b_corp_shared_card", W.n(n_emp), 18, lambda r, st, e=egress: (r.choice(e), ASN["zscaler"]) if st else {},
                  pick_client([("py_sdk", 3), ("chrome", 3), ("node_sdk", 1), ("java", 0.5)]), cprompt, lambda r, tz=tz: tz,
                  prof="work", p_active=0.92, pay_p=0.0, org_fn=lambda r, o=org: o, age=(20, 500),
                  sys_fn=(None if zdr else (lambda r, st, t, s=tool_sys: s if r.random() < 0.7 else None)), per=(2, 8), gap=120.0)
        for aid, a in W.accts.items():
            if a["org"] == org:
                a["pay"] = card

    # 5. unrelated developers whose apps send a framework's default system prompt
    def fw_sys(r, st, t):
        s = st.setdefault("fw", r.choice(FRAMEWORK_SYS))
        return s.replace("{date}", time.strftime("%Y-%m-%d", time.gmtime(t / 1000))).replace("{model}", "atlas-2")
    def app_net(r, st):
        if st is None:
            if r.random() < 0.5:
                return resi_net()(r, None)
            n = r.choice(("aws", "gcp", "do", "hetzner", "vultr"))
            return {"srv": (ip_pool(r, n, 2, same24=True), ASN[n])}
        if "srv" in st["net"]:
            ips, asn = st["net"]["srv"]
            return r.choice(ips), asn
        return resi_net()(r, st)
    human_pop(W, 106, "b_default_sysprompt_apps", W.n(420), 9, app_net,
              pick_client([("node_sdk", 3), ("py_sdk", 3), ("chrome", 1)]), lambda r, W_, st: casual_prompt(r, W_), ANY_TZ,
              sys_fn=fw_sys, p_active=0.75, per=(1, 8))

    # 6. homework-helper backends: one system prompt and template for thousands of students
    r0 = W.rng(107)
    whitelabel = ("You are StudyPal, a friendly and patient tutor for students aged 10-18. Always explain your reasoning step by step "
                  "in simple language, check the final answer, and never just give the answer without explanation.")
    for bi in range(W.n(8)):
        net = r0.choice(("aws", "gcp", "azure"))
        ips = ip_pool(r0, net, r0.randint(2, 6), same24=True)
        sp = whitelabel if bi % 3 == 0 else r0.choice((
            "You are MathMentor. Solve the student's problem step by step. Number each step. End with 'Final answer:'.",
            "You are an encouraging homework helper. Break problems into small steps and explain each one. Use LaTeX for maths.",
            "Tutor mode. Explain the solution step by step like a teacher would, then give one similar practice problem."))
        tmpl = r0.choice(("Student question: {q}\nGrade level: {g}\nExplain step by step.", "{q}",
                          "Problem from student (grade {g}):\n{q}\n\nPlease explain the full working.",
                          "Help the student with this homework question. Question: {q}"))
        a = W.account(r0, "b_homework_backend", "benign", None, START - r0.uniform(60, 700) * DAY, org="org_" + hexid(r0, 10),
                      pay="pm_" + hexid(r0, 16), nkeys=r0.randint(1, 3))
        tz = r0.choice((-5, -6, 5, 1))
        cli = client(r0, r0.choice(("py_sdk", "node_sdk")))
        vol = r0.uniform(400, 3200)
        for d in range(W.days):
            n = lognorm_count(r0, vol, 0.15)
            for _ in range(n):
                t = START + d * DAY + ((pick_hour(r0, "student") - tz) % 24) * HOUR + int(r0.random() * HOUR)
                src = r0.choice(("gsm8k", "gsm8k", "svamp", "math", "nq", "si"))
                q = clean_user_q(r0, r0.choice(P[src]))
                W.emit(r0, a, t, tmpl.format(q=q, g=r0.randint(5, 12)), sp, W.model(r0, t, 0.2, (("atlas-2-mini", 1.0),)),
                       "/v1/chat/completions", r0.choice(ips), ASN[net], cli[0], cli[1], "cot", rl=0.01)

    # 7. evaluation teams running benchmark suites (bursts; release-day runs; same items on several models)
    r0 = W.rng(108)
    fewshot = ("Q: There are 15 trees in the grove. Grove workers will plant trees in the grove today. After they are done, there will "
               "be 21 trees. How many trees did the grove workers plant today?\nA: There are 15 trees originally. Then there were 21 trees "
               "after some more were planted. So there must have been 21 - 15 = 6. The answer is 6.\n\nQ: If there are 3 cars in the parking "
               "lot and 2 more cars arrive, how many cars are in the parking lot?\nA: There are originally 3 cars. 2 more cars arrive. "
               "3 + 2 = 5. The answer is 5.\n\nQ: Leah had 32 chocolates and her sister had 42. If they ate 35, how many pieces do they "
               "have left in total?\nA: Originally, Leah had 32 chocolates. Her sister had 42. So in total they had 32 + 42 = 74. After "
               "eating 35, they had 74 - 35 = 39. The answer is 39.\n\n")
    suites = [("gsm8k", fewshot + "Q: {q}\nA:"), ("gsm8k", "Question: {q}\nAnswer: Let's think step by step."),
              ("math", "Problem:\n{q}\n\nSolution: Let's think step by step. Put the final answer in \\boxed{{}}."),
              ("humaneval", "Complete the following Python function.\n\n```python\n{q}```"),
              ("mbpp", "You are an expert Python programmer, and here is your task: {q}"), ("svamp", "{q}\nAnswer with a number.")]
    for oi in range(W.n(4)):
        org, card = "org_" + hexid(r0, 10), "pm_" + hexid(r0, 16)
        net = r0.choice(("gcp", "aws", "azure"))
        ips = ip_pool(r0, net, 4, same24=True)
        cli = client(r0, r0.choice(("py_sdk", "requests", "aiohttp")))
        for _ in range(r0.randint(3, 5)):
            a = W.account(r0, "b_eval_team", "benign", None, START - r0.uniform(30, 600) * DAY, org=org, pay=card)
            for d in range(W.days):
                runs = []
                if r0.random() < 0.4:
                    runs.append(START + d * DAY + r0.uniform(13, 22) * HOUR)
                if W.release <= START + (d + 1) * DAY and W.release >= START + d * DAY and r0.random() < 0.7:
                    runs.append(W.release + r0.uniform(0.5, 6) * HOUR)
                for t0 in runs:
                    src, tmpl = r0.choice(suites)
                    items = P[src]
                    n = min(len(items), r0.choice((100, 200, 250, 500, 1000)))
                    off = r0.randrange(0, max(1, len(items) - n)) if r0.random() < 0.5 else 0
                    models = ["atlas-3"] if t0 >= W.release else [r0.choice(("atlas-2", "atlas-2-mini"))]
                    if t0 >= W.release and r0.random() < 0.5:
                        models.append("atlas-2")
                    t = t0
                    ep = "/v1/completions" if "Q: {q}\nA:" in tmpl else "/v1/chat/completions"
                    for m in models:
                        for i in range(n):
                            t += r0.expovariate(1 / 0.9) * SEC  # ~8 concurrent workers, ~7 s each
                            W.emit(r0, a, t, tmpl.format(q=items[off + i]), None, m, ep, r0.choice(ips), ASN[net], cli[0], cli[1],
                                   "eval", rl=0.03, retry=0.95)
                # a few manual debugging requests
                for t in sessions(r0, START + d * DAY, r0.randint(0, 12), 0, "work", per=(1, 4)):
                    W.emit(r0, a, t, r0.choice(P["arena_code"]), None, W.model(r0, t), "/v1/chat/completions", r0.choice(ips),
                           ASN[net], cli[0], cli[1], "chat")

    # 8. release-day signups: new accounts exploring atlas-3, puzzles and "think step by step"
    r = W.rng(109)
    hype = ["Think step by step: {q}", "{q}", "Let's test you. {q}", "{q} Reason carefully before answering.",
            "Is atlas-3 better than atlas-2 at this? {q}", "Write a snake game in Python with pygame.", "How many r's are in strawberry?",
            "Solve this and show your reasoning: {q}", "Which is bigger, 9.11 or 9.9?"]
    for _ in range(W.n(420)):
        created = W.release + r.expovariate(1 / (7 * HOUR)) - (r.uniform(0, 2) * HOUR if r.random() < 0.15 else 0)
        if created >= W.end:
            continue
        a = W.account(r, "b_release_signup", "benign", None, created, pay=("pm_" + hexid(r, 16)) if r.random() < 0.4 else None)
        net = resi_net()(r, None)
        if r.random() < 0.2:
            mn = r.choice(MOBILE)
            net["home"] = (ip_of(r, mn), ASN[mn])
        cli = BROWSERISH(r)
        st = {"net": net}
        n = lognorm_count(r, 22, 0.8, cap=250)
        t = created + r.uniform(1, 30) * MIN
        for i in range(n):
            x = r.random()
            if x < 0.45:
                p = r.choice(hype).format(q=r.choice(P["gsm8k"] + P["math"] + P["arena"]))
                kind = "cot"
            elif x < 0.7:
                p, kind = r.choice(P["arena_code"]), "code"
            else:
                p, kind = casual_prompt(r, W)
            ip, asn = resi_net()(r, st)
            W.emit(r, a, t, p, None, "atlas-3" if r.random() < 0.9 else "atlas-2", "/v1/chat/completions", ip, asn, cli[0], cli[1], kind,
                   rl=0.02)
            t += (r.expovariate(1 / 70) + 4) * SEC if r.random() < 0.9 else r.uniform(1, 10) * HOUR

    # 9. commercial VPN users: shared exits on hosting ASNs
    r0 = W.rng(110)
    exits = [(ip, ASN[n]) for n in ("m247", "datacamp", "clouvider") for ip in ip_pool(r0, n, 20)]
    human_pop(W, 111, "b_vpn", W.n(220), 6, lambda r, st: r.choice(exits) if st else {}, BROWSERISH,
              lambda r, W_, st: casual_prompt(r, W_, r.choice(LANGS) if r.random() < 0.2 else None), ANY_TZ, pay_p=0.45)

    # 10. heavy power users: IDE agents with one shared agent system prompt, very high volume
    def power_prompt(r, W_, st):
        x = r.random()
        if x < 0.45:
            ctx = "\n\n".join(r.sample(P["humaneval"], r.randint(1, 4)))
            task = r.choice(("Refactor this module and add type hints.", "Add unit tests for these functions.", "Find the bug.",
                             "Explain what this code does.", r.choice(P["arena_code"])[:400]))
            return f"<file path=\"src/util.py\">\n{ctx}\n</file>\n\n{task}", "agent"
        if x < 0.7:
            return r.choice(P["arena_code"]), "code"
        if x < 0.8:
            return "Tool result: " + r.choice(("exit code 0", "2 tests failed", "FileNotFoundError", "OK")) + "\nContinue.", "agent"
        return casual_prompt(r, W_)
    human_pop(W, 112, "b_power_user", W.n(85), 140, resi_net(mobile_p=0.02),
              pick_client([("node_sdk", 3), ("py_sdk", 2), ("go", 0.5)]), power_prompt, ANY_TZ, prof="work", p_active=0.9,
              sys_fn=lambda r, st, t: AGENT_SYS if r.random() < 0.7 else None, per=(5, 30), gap=6.0, min_gap=1.5,
              endpoint=lambda r: "/v1/responses" if r.random() < 0.7 else "/v1/chat/completions", new_share=0.6, pay_p=0.97)

    # 11. non-English users on their home networks
    for li, lang in enumerate(LANGS):
        tz = {"zh": 8, "es": 1, "pt": -3, "ru": 3, "de": 1, "ja": 9, "fr": 1, "ko": 9}[lang]
        nets = RESI_BY_LANG[lang]

        def ne_net(r, st, nets=nets, lang=lang):
            if st is None:
                n = r.choice(nets)
                return {"home": (ip_of(r, n), ASN[n]), "lang": lang}
            return st["net"]["home"]
        human_pop(W, 130 + li, "b_non_english", W.n(40), 7, ne_net, BROWSERISH,
                  lambda r, W_, st: casual_prompt(r, W_, st["lang"] if r.random() < 0.85 else None), lambda r, tz=tz: tz,
                  p_active=0.75)


# --------------------------------------------------------------------------- attack populations

def harvest_items(r, P, srcs):
    """A campaign's work queue: dataset items shuffled once, handed out without repetition."""
    items = [(s, q) for s in srcs for q in P[s]]
    r.shuffle(items)
    return items


class Queue:
    def __init__(self, items):
        self.items, self.i = items, 0

    def take(self):
        it = self.items[self.i % len(self.items)]
        self.i += 1
        return it


def gen_ironclad(W):
    """Blunt: few datacenter accounts, hundreds to thousands of requests each, 24/7, one CoT wrapper."""
    r = W.rng(201)
    q = Queue(harvest_items(r, W.P, ("gsm8k", "math", "svamp", "mbpp")))
    cards = ["pm_" + hexid(r, 16) for _ in range(3)]
    nets = [("hetzner", ip_pool(r, "hetzner", 30, same24=True)), ("ovh", ip_pool(r, "ovh", 20, same24=True))]
    wrap_m = ("You are a world-class mathematician. Solve the problem below. First articulate the complete internal reasoning you "
              "would use, written out step by step, then give the final answer on its own line as 'Answer: <value>'.\n\nProblem: {q}")
    wrap_c = ("You are a world-class programmer. Articulate the complete internal reasoning you would use to solve the task below, "
              "written out step by step, then give the final solution in one Python code block.\n\nTask: {q}")
    for i in range(W.n(26)):
        net, ips = nets[i % 2]
        a = W.account(r, "a_ironclad_blunt", "attack", "ironclad", START - r.uniform(2, 9) * DAY, pay=cards[i % 3])
        ip = ips[i % len(ips)]
        ua, dev = client(r, "requests")
        rate = r.uniform(400, 1100)  # per day
        t = START + r.uniform(0, 600) * SEC
        while t < W.end:
            t += r.expovariate(rate / DAY) + 0.2 * SEC
            src, item = q.take()
            code = src == "mbpp"
            m = "atlas-3" if t >= W.release + 25 * MIN else "atlas-2"
            W.emit(r, a, t, (wrap_c if code else wrap_m).format(q=item), "You are a helpful assistant.", m, "/v1/chat/completions",
                   ip, ASN[net], ua, dev, "long", rl=0.06, retry=0.9)


HYDRA_WRAPS = [
    "Solve the following problem. Think step by step and explain every step of your reasoning before the final answer.\n\n{q}",
    "Question: {q}\n\nPlease reason through this carefully, step by step, and then state the final answer clearly.",
    "{q}\n\nExplain your reasoning in detail, then give the answer.",
    "I need a thorough worked solution for this:\n{q}\nShow all intermediate steps.",
    "Task:\n{q}\n\nFirst describe your approach, then work through it step by step, then give the final result.",
    "Please solve: {q}\nWalk through the logic step by step.",
    "请一步一步地思考并解答以下问题，写出完整的推理过程：\n{q}",
    "Here is a problem. {q}\nDetailed reasoning first, final answer last.",
]
AGENT_TASK = ("You have access to these tools: search(query), read_file(path), run_python(code), write_file(path, content).\n"
              "Task: {q}\n\nProduce a short plan, then the exact sequence of tool calls with arguments and the expected observations, "
              "then the final answer. Think step by step.")


def gen_mosaic(W):
    """Hydra: ~900 small accounts driven by one scheduler through rotating residential proxies, each ~20-30/day,
    mixing template-wrapped harvest with replayed ordinary prompts; pivots to the new model within ~1-2 h of release."""
    r = W.rng(202)
    P = W.P
    q = Queue(harvest_items(r, P, ("gsm8k", "math", "mbpp", "humaneval", "arena_code", "si")))
    pool = []
    for n in RESI + ["jio", "vivo", "dtag"]:
        pool += [(ip, ASN[n]) for ip in ip_pool(r, n, 260)]
    n_acc = W.n(900)
    cards = ["pm_" + hexid(r, 16) for _ in range(max(1, n_acc // 12))]
    accts = []
    for i in range(n_acc):
        created = START - r.uniform(8, 70) * DAY
        a = W.account(r, "a_mosaic_hydra", "attack", "mosaic", created, pay=r.choice(cards) if r.random() < 0.85 else None)
        accts.append((a, r.uniform(16, 30)))
    ua_pool = [client(r, "py_sdk") for _ in range(6)]
    pivot = W.release + r.uniform(50, 110) * MIN
    tick = 7 * MIN
    for d in range(W.days):
        day0 = START + d * DAY
        for a, med in accts:
            n = lognorm_count(r, med, 0.25, cap=45)
            ua, dev = ua_pool[int(a["id"][-2:], 16) % len(ua_pool)]
            for _ in range(n):
                t = day0 + r.randrange(DAY // tick) * tick + r.uniform(0, 25) * SEC
                ip, asn = r.choice(pool)
                if r.random() < 0.62:
                    src, item = q.take()
                    if src in ("mbpp", "humaneval", "arena_code") and r.random() < 0.35:
                        p, kind, ep = AGENT_TASK.format(q=item), "agent", "/v1/responses"
                    else:
                        p, kind, ep = r.choice(HYDRA_WRAPS).format(q=item), "long", "/v1/chat/completions"
                    m = "atlas-3" if t >= pivot and r.random() < 0.92 else "atlas-2"
                else:  # cover traffic: replayed ordinary prompts
                    p, kind = casual_prompt(r, W)
                    ep, m = "/v1/chat/completions", W.model(r, t, 0.4)
                W.emit(r, a, t, p, None, m, ep, ip, asn, ua, dev, kind, rl=0.01)
            if day0 <= pivot < day0 + DAY - tick:  # release surge: extra harvest in the hours after the pivot
                for _ in range(lognorm_count(r, med * 0.5, 0.3)):
                    t = pivot + r.randrange(int((day0 + DAY - pivot) // tick)) * tick + r.uniform(0, 25) * SEC
                    src, item = q.take()
                    ip, asn = r.choice(pool)
                    W.emit(r, a, t, r.choice(HYDRA_WRAPS).format(q=item), None, "atlas-3", "/v1/chat/completions", ip, asn, ua,
                           dev, "long", rl=0.01)


QUARRY_WRAPS = [
    "### Task\n{q}\n\n### Instructions\nThink through the problem step by step and show your full reasoning before writing the final "
    "code. Then give the complete solution in one Python code block.",
    "### 任务\n{q}\n\n### 要求\n请先逐步分析解题思路，写出完整的推理过程，然后给出完整的 Python 代码。",
    "Solve the following programming problem. Explain the algorithm, its complexity and edge cases, then write the code.\n\n{q}",
]


def gen_quarry(W):
    """Mid-sized, datacenter: accounts created in batches under a few orgs, one IP each on VPS ranges, job-style bursts
    at near-constant spacing during Asian business hours; coding + agentic coverage, partly in Chinese."""
    r = W.rng(203)
    P = W.P
    q = Queue(harvest_items(r, P, ("mbpp", "humaneval", "arena_code", "math")))
    nets = ["do", "vultr", "linode", "alibaba"]
    orgs = ["org_" + hexid(r, 10) for _ in range(6)]
    cards = ["pm_" + hexid(r, 16) for _ in range(30)]
    batches = [START - r.uniform(15, 25) * DAY, START - r.uniform(8, 14) * DAY, START - r.uniform(2, 6) * DAY]
    n_acc = W.n(185)
    for i in range(n_acc):
        b = batches[i % 3]
        a = W.account(r, "a_quarry_dc", "attack", "quarry", b + r.uniform(0, 50) * MIN, org=orgs[i % 6] if r.random() < 0.7 else None,
                      pay=cards[i % 30])
        net = nets[i % 4]
        ip = ip_of(r, net)
        ua, dev = client(r, "aiohttp")
        for d in range(W.days):
            n = lognorm_count(r, r.uniform(55, 110), 0.2)
            jobs = r.randint(2, 3)
            for j in range(jobs):
                t = START + d * DAY + r.uniform(1, 10) * HOUR  # 09:00-18:00 UTC+8
                spacing = r.uniform(15, 45)
                for _ in range(n // jobs):
                    t += (spacing + r.uniform(-3, 3)) * SEC
                    src, item = q.take()
                    if src in ("mbpp", "humaneval") and r.random() < 0.25:
                        p, kind, ep = AGENT_TASK.format(q=item), "agent", "/v1/responses"
                    else:
                        p, kind, ep = r.choice(QUARRY_WRAPS).format(q=item), "long", "/v1/chat/completions"
                    m = "atlas-3" if t >= W.release + 3 * HOUR else "atlas-2"
                    W.emit(r, a, t, p, None, m, ep, ip, ASN[net], ua, dev, kind, rl=0.02)


ORCHARD_WRAPS = [
    "Problem: {q}\nFinal answer: {a}\n\nArticulate the internal reasoning behind this completed response and write it out step by step, "
    "as if you were working it out for the first time.",
    "Here is a question and its correct answer.\nQuestion: {q}\nAnswer: {a}\nReconstruct the full chain of reasoning that leads to this "
    "answer, step by step.",
    "Problema: {q}\nRespuesta final: {a}\n\nExplica paso a paso el razonamiento interno completo que lleva a esta respuesta.",
    "Problema: {q}\nResposta final: {a}\n\nEscreva passo a passo todo o raciocínio que leva a essa resposta.",
    "Задача: {q}\nОтвет: {a}\n\nВосстанови полный ход рассуждений, ведущий к этому ответу, шаг за шагом.",
]


def gen_orchard(W):
    """Mid-sized, bought aged accounts driven from phone farms on US mobile carriers (sharing CGNAT exits with real
    mobile users), app-like user agent but a Go TLS stack; answer-conditioned reasoning reconstruction, multilingual."""
    r = W.rng(204)
    P = W.P
    q = Queue(harvest_items(r, P, ("math", "gsm8k", "svamp")))
    cg = getattr(W, "_cgnat", {m: ip_pool(r, m, 24) for m in MOBILE})
    n_acc = W.n(250)
    phones = []
    for pi in range(max(1, n_acc // 10)):
        m = MOBILE[pi % 3]
        phones.append((m, client(r, r.choice(("ios_app", "android_app")))[0]))
    for i in range(n_acc):
        created = START - r.uniform(200, 1500) * DAY
        a = W.account(r, "a_orchard_aged", "attack", "orchard", created, pay=("pm_" + hexid(r, 16)) if r.random() < 0.6 else None,
                      legacy_null=created < START - 1000 * DAY and r.random() < 0.5)
        m, ua = phones[i % len(phones)]
        for d in range(W.days):
            n = lognorm_count(r, r.uniform(24, 42), 0.25)
            k = r.randint(3, 5)
            for s in range(k):
                t = START + d * DAY + r.uniform(1, 13) * HOUR  # 09:00-21:00 UTC+8
                ip = r.choice(cg[m])
                for _ in range(n // k):
                    t += (r.uniform(25, 90)) * SEC
                    src, item = q.take()
                    ans = str(r.randint(2, 999)) if src != "math" else r.choice(("\\frac{3}{4}", "12", "2\\sqrt{5}", "7", "-1", "45^\\circ"))
                    p = r.choice(ORCHARD_WRAPS).format(q=item, a=ans)
                    mdl = "atlas-3" if t >= W.release + r.uniform(4, 10) * HOUR else "atlas-2"
                    W.emit(r, a, t, p, None, mdl, "/v1/chat/completions", ip, ASN[m], ua, JA4["go"], "long")


DZ_OPEN = ["", "", "Quick one.", "Hey,", "I'm revising for an exam.", "Working on this tonight:", "Can you help?", "From my notes:",
           "Not sure about this one.", "My friend and I disagree on this.", "Practice question:", "ok so", "Hi! ", "Another one:"]
DZ_INSTR = ["How would you approach it? Show your working.", "Walk me through how you'd get to the answer.",
            "Explain your thought process before giving the final answer.", "Please reason it out carefully and note where people usually go wrong.",
            "Lay out the logic you'd use, then the result.", "What's the answer, and why?", "Break it down for me.",
            "Go through it slowly, I want to understand each part.", "Could you derive it from first principles?",
            "Talk me through it like a tutor would.", "Explain the method, not just the number.", "How do I think about this?",
            "What's the reasoning here?", "Work it out and justify each move."]
DZ_CODE = ["Write this in Python and explain the approach first.", "How would you solve this? Explain, then code.",
           "Give me a clean solution with a short explanation of why it works.", "What's the idea behind the solution? Then implement it.",
           "Solve it, and tell me the complexity."]
DZ_FMT = ["", "", "", "Final answer at the end please.", "Keep it clear.", "Numbered points are fine.", "Then double-check it.",
          "Mention any assumptions.", "thanks!"]


def gen_drizzle(W):
    """Hard/adaptive: knows about volume, shared-card, shared-IP, template and CoT-keyword detection. Each account is small
    (6-16/day), own card, own sticky residential IP and browser, human timing in its claimed timezone; prompts are
    composed from interchangeable parts (no fixed wrapper, no 'step by step'), 35% cover traffic; drifts to the new model
    slowly. Residuals: topic focus, long answers, IPs from a proxy pool that recur across accounts on different days."""
    r = W.rng(205)
    P = W.P
    q = Queue(harvest_items(r, P, ("gsm8k", "math", "mbpp", "arena_code", "humaneval")))
    pool = []
    for n in RESI:
        pool += [(ip, ASN[n]) for ip in ip_pool(r, n, 80)]
    n_acc = W.n(360)
    for i in range(n_acc):
        created = START - r.uniform(45, 700) * DAY
        a = W.account(r, "a_drizzle_adaptive", "attack", "drizzle", created, pay="pm_" + hexid(r, 16) if r.random() < 0.9 else None)
        tz = r.choice((-8, -7, -6, -5, -5, -4, 0, 1, 1, 2))
        ua, dev = client(r, r.choice(("chrome", "chrome", "chrome", "firefox", "safari")))
        lang = r.choice(LANGS) if r.random() < 0.25 else None
        med = r.uniform(6, 15)
        for d in range(W.days):
            if r.random() < 0.12:
                continue
            ip, asn = r.choice(pool)  # sticky for the day
            n = lognorm_count(r, med, 0.3, cap=22)
            for t in sessions(r, START + d * DAY, n, tz, "human", per=(1, 5), gap=150.0, min_gap=20.0):
                if r.random() < 0.35:
                    p, kind = casual_prompt(r, W, lang if r.random() < 0.5 else None)
                else:
                    src, item = q.take()
                    code = src in ("mbpp", "arena_code", "humaneval")
                    instr = r.choice(DZ_CODE if code else DZ_INSTR)
                    parts = [r.choice(DZ_OPEN), item if r.random() < 0.7 else clean_user_q(r, item), instr, r.choice(DZ_FMT)]
                    if r.random() < 0.4:
                        parts = [parts[0], instr, parts[1], parts[3]]
                    p = (" " if r.random() < 0.5 else "\n\n").join(x for x in parts if x).strip()
                    if lang and r.random() < 0.5:
                        p = ne_wrap(r, lang, item)
                    kind = "long"
                m = "atlas-3" if t > W.release + 18 * HOUR and r.random() < min(0.8, (t - W.release - 18 * HOUR) / (2 * DAY)) \
                    else r.choice(("atlas-2", "atlas-2", "atlas-2-mini"))
                W.emit(r, a, t, p, None, m, "/v1/chat/completions", ip, asn, ua, dev, kind)


# --------------------------------------------------------------------------- output

def fmt_ts(ms):
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms // 1000)) + ".%03dZ" % (ms % 1000)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    args = ap.parse_args(argv)
    d = os.environ.get("ENFORCER_PROMPTS_DIR") or "/work/shared/data/prompts"
    W = World(args.seed, args.days, args.scale, load_prompts(d))
    gen_benign(W)
    gen_ironclad(W)
    gen_mosaic(W)
    gen_quarry(W)
    gen_orchard(W)
    gen_drizzle(W)

    ev = W.ev
    ev.sort(key=lambda e: (e[0], e[1]["id"], e[3] or ""))
    idr = random.Random(args.seed * 31 + 17)
    used = set()
    seen_acc = set()
    with open(args.out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
        buf = []
        for (t, a, key, prompt, sp, model, ep, status, pt, ct, ip, asn, ua, dev) in ev:
            while True:
                eid = "evt_" + "%032x" % idr.getrandbits(128)
                if eid not in used:
                    used.add(eid)
                    break
            seen_acc.add(a["id"])
            rec = {"event_id": eid, "ts": fmt_ts(t), "account_id": a["id"], "prompt_tokens": pt, "completion_tokens": ct,
                   "model": model, "endpoint": ep, "prompt": prompt, "system_prompt": sp, "status": status, "org_id": a["org"],
                   "api_key_id": key, "ip": ip, "asn": asn, "user_agent": ua, "device_id": dev, "payment_fingerprint": a["pay"],
                   "account_created_at": fmt_ts(a["created"]) if a["created"] is not None else None}
            buf.append(json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
            if len(buf) >= 5000:
                gz.write(("\n".join(buf) + "\n").encode())
                buf = []
        if buf:
            gz.write(("\n".join(buf) + "\n").encode())
    labels = {aid: {"label": a["label"], "population": a["pop"], "campaign": a["campaign"]}
              for aid, a in sorted(W.accts.items()) if aid in seen_acc}
    with open(args.labels, "w") as f:
        json.dump(labels, f, indent=0, sort_keys=True)
    n_att = sum(1 for v in labels.values() if v["label"] == "attack")
    print(f"events={len(ev)} accounts={len(labels)} attack_accounts={n_att} release={fmt_ts(W.release)}", file=sys.stderr)


if __name__ == "__main__":
    main()
