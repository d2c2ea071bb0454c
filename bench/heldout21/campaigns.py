"""Distillation campaigns (label "attack", campaign = population name). Each is a
different shape; see README.md for what each shares and how it tries to hide."""
from __future__ import annotations

from random import Random

from .accounts import API, APP, BASE, MINI, NEW, PRO, Account, World, event
from .clock import DAY, HOUR, MIN, P_CHINA_OFFICE, P_CONSUMER, P_FLAT, P_STUDENT, hourly, paced, poisson, sessions, stream
from .people import home_or_phone, pcbang_seat, person
from .platforms import set_plan
from .templates import (ASSIGN_KO, COT_EN, COT_KO, COT_KO_SYS, COT_MULTI, DIARY_SYS, DIARY_USER, DISGUISE_KO, EVAL_FORMATS,
                        EVERYDAY_KO, FRONT_HAGWON_USER, QUIET_CLOSE, QUIET_CODE, QUIET_OPEN, STEP_KO, fill)
from .world import BROWSERS_PC, OVERSEAS, SDK, cookie, created_days_ago, payment, weighted

A = "attack"


def shuffled_pool(w: World, rng: Random, names=("gsm8k", "math", "mbpp", "humaneval", "svamp")) -> list[tuple[str, int]]:
    pool = w.corpora.benchmark_pool(names)
    rng.shuffle(pool)
    return pool


class Slicer:
    """Hands out disjoint runs of a shuffled pool: the operator never asks one item twice."""

    def __init__(self, pool):
        self.pool, self.p = pool, 0

    def take(self, n: int) -> list:
        out = [self.pool[(self.p + i) % len(self.pool)] for i in range(n)]
        self.p += n
        return out


def _is_code(ref) -> bool:
    return ref[0] in ("mbpp", "humaneval")


def _post_launch_model(w: World, ts: int, switch_after: int, before: str = PRO) -> str:
    return NEW if ts >= w.clock.launch + switch_after else before


# ---------------------------------------------------------------- 1. hydra: thousands of small accounts behind residential proxies
def hydra_resi_mesh(w: World) -> None:
    rng, C, clock, net = w.rng("camp:hydra_resi_mesh"), w.corpora, w.clock, w.net
    name = "hydra_resi_mesh"
    cards = [payment(rng, "card") for _ in range(35)]
    waves = [created_days_ago(rng, clock.start, 3, 45) for _ in range(9)]
    cum = hourly(clock, [0.7 * f + 0.3 * c for f, c in zip(P_FLAT, P_CONSUMER)])  # dispatcher, slightly shaped
    switch = int(rng.uniform(20, 60) * MIN)
    sl = Slicer(shuffled_pool(w, rng))
    for i in range(rng.randrange(820, 900)):
        created = rng.choice(waves) + rng.randrange(3 * HOUR)
        pay = rng.choice(cards) if rng.random() < 0.4 else None
        a = Account(w, A, name, name, created, pay)
        st = a.st = {"salt": rng.getrandbits(62), "browser": rng.random() < 0.3, "cookie": cookie(rng),
                     "ua": weighted(rng, BROWSERS_PC), "switch": switch}
        a.times = sessions(rng, clock, cum, poisson(rng, 2.0 * clock.days), rng.uniform(3, 8), (8, 40))
        st["items"] = sl.take(len(a.times))
        a.fn = _hydra


def _hydra(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng, C, net = a.st, a.rng, w.corpora, w.net
    x = rng.random()  # a fresh residential/mobile exit for every request
    if x < 0.42:
        ip, asn = net.home_ip(rng)
    elif x < 0.85:
        ip, asn = net.mobile_ip(net.carrier(rng), rng.random() < 0.4, rng.getrandbits(62), ts)
    else:
        ip, asn = net.overseas_ip(rng, rng.choice(list(OVERSEAS)))
    if st["browser"]:
        ua, dev, ep = st["ua"], st["cookie"], APP
    else:
        (ua, dev), ep = SDK["openai_py"], API
    y, kind = rng.random(), "chat"
    if y < 0.55:
        ref = st["items"][k]
        q = C.text(ref)
        z = rng.random()
        if z < 0.3:
            prompt = fill(rng, rng.choice(COT_EN), q=q)
        elif z < 0.45:
            prompt = fill(rng, rng.choice(COT_KO), q=q)
        elif z < 0.7:
            prompt = q
        elif z < 0.85:
            prompt = fill(rng, rng.choice(STEP_KO), q=q)
        else:
            prompt = EVAL_FORMATS[ref[0]].format(q=q)
        kind = "code" if _is_code(ref) else "cot"
    elif y < 0.7:
        prompt, kind = rng.choice(C["nq"]), "short"
    elif y < 0.8:
        prompt = rng.choice(C["awesome"])
    elif y < 0.9:
        prompt = rng.choice(C["user"] + C["seed"])
    else:
        prompt = fill(rng, rng.choice(EVERYDAY_KO))
    model = _post_launch_model(w, ts, st["switch"], BASE)
    return event(a, ts, model=model, endpoint=ep, prompt=prompt, kind=kind, ip=ip, asn=asn, ua=ua, device=dev, p429=0.01)


# ---------------------------------------------------------------- 2. PC-bang seats + stolen carrier billing
def pcbang_carrier_fraud(w: World) -> None:
    rng, C, clock, net = w.rng("camp:pcbang_carrier_fraud"), w.corpora, w.clock, w.net
    name = "pcbang_carrier_fraud"
    cafes = rng.sample(net.pcbangs[:16], 6)  # busy cafes, where they blend in
    phones = [payment(rng, "carrier") for _ in range(40)]  # stolen carrier-billing identities
    signup_days = [rng.uniform(1, 10) for _ in range(4)]
    night = hourly(clock, [3, 5, 6, 6, 6, 5, 4, 3, 1.5, .5, .3, .3, .3, 1, 1.5, 1.5, 1.5, 1, .3, .2, .2, .2, .3, 1])
    pool = shuffled_pool(w, rng, ("gsm8k", "math", "mbpp"))
    for i in range(rng.randrange(100, 120)):
        created = created_days_ago(rng, clock.start, 0, 0.2) - int(rng.choice(signup_days) * DAY)
        a = Account(w, A, name, name, created, phones[(i * 7 + rng.randrange(3)) % len(phones)])
        st = a.st = person(w, rng)
        st.update(cafe=rng.choice(cafes), pool=pool)
        a.times = sessions(rng, clock, night, poisson(rng, 1.3 * clock.days), rng.uniform(20, 40), (15, 60))
        a.fn = _pcbang_fraud


def _pcbang_fraud(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng, C = a.st, a.rng, w.corpora
    ip, asn, ua, dev, ep = pcbang_seat(w, st, st["cafe"], ts)
    ref = rng.choice(st["pool"])
    q = C.text(ref)
    x = rng.random()
    if ref[0] == "mbpp":
        prompt, kind = fill(rng, rng.choice(ASSIGN_KO if x < 0.5 else COT_KO[5:]), q=q), "code"
    elif x < 0.5:
        prompt, kind = fill(rng, rng.choice(STEP_KO), q=q), "cot"
    else:
        prompt, kind = fill(rng, rng.choice(COT_KO[:5]), q=q), "cot"
    return event(a, ts, model=_post_launch_model(w, ts, 2 * HOUR, BASE), endpoint=ep, prompt=prompt, kind=kind,
                 ip=ip, asn=asn, ua=ua, device=dev)


# ---------------------------------------------------------------- 3. low-and-slow ring of aged accounts on a shared clock
RING_WRAP = ["{q}\n정답과 풀이를 알려주세요.", "{q}\n\nShow the solution.", "풀이 부탁드립니다: {q}", "{q}\n풀이 과정을 단계별로 설명해 주세요.",
             "Solve: {q}", "{q}\nPlease explain how to get the answer.", "이 문제 풀이와 답: {q}", "{q}\n(해설 포함)"]


def aged_lowslow_ring(w: World) -> None:
    rng, C, clock = w.rng("camp:aged_lowslow_ring"), w.corpora, w.clock
    name = "aged_lowslow_ring"
    sl = Slicer(shuffled_pool(w, rng, ("math",)))
    ticks = [clock.start + d * DAY + h * HOUR + m * MIN for d in range(clock.days) for h in range(9, 24) for m in (7, 37)]
    for _ in range(rng.randrange(55, 66)):
        a = Account(w, A, name, name, created_days_ago(rng, clock.start, 300, 1100),
                    payment(rng, rng.choice(["card", "card", "naverpay", "toss"])))
        st = a.st = person(w, rng)
        t, p = [], rng.uniform(0.28, 0.42)  # ~10 of 30 daily ticks, 2-3 requests each: ~26 a day
        for tick in ticks:
            if rng.random() < p:
                s = tick + rng.randrange(90_000)
                for _ in range(rng.randrange(2, 4)):
                    t.append(s)
                    s += rng.randrange(40_000, 120_000)
        a.times = t
        st.update(items=sl.take(len(t)), switch=int(rng.uniform(2, 4) * HOUR))
        a.fn = _ring


def _ring(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng = a.st, a.rng
    ip, asn, ua, dev, ep = st["home"][0], st["home"][1], st["web_ua"], st["cookie"], APP
    prompt = fill(rng, rng.choice(RING_WRAP), q=w.corpora.text(st["items"][k]))
    return event(a, ts, model=_post_launch_model(w, ts, st["switch"], PRO), endpoint=ep, prompt=prompt, kind="cot",
                 ip=ip, asn=asn, ua=ua, device=dev)


# ---------------------------------------------------------------- 4. release-burst snipers
def launch_snipers(w: World) -> None:
    rng, C, clock, net = w.rng("camp:launch_snipers"), w.corpora, w.clock, w.net
    name = "launch_snipers"
    cards = [payment(rng, "card") for _ in range(12)]
    bursts = [created_days_ago(rng, clock.start, 2, 11) for _ in range(3)]
    infra = (net.cloud_ips(rng, "aws_seoul", 15) + net.cloud_ips(rng, "gcp_seoul", 10) + net.dc_ips(rng, "m247", 8)
             + net.dc_ips(rng, "datacamp", 7))
    warm = hourly(clock, P_CONSUMER, lambda h, d, hr: 1.0 if d == 0 else 0.0)
    sl = Slicer(shuffled_pool(w, rng))
    for i in range(rng.randrange(130, 150)):
        a = Account(w, A, name, name, rng.choice(bursts) + rng.randrange(2 * HOUR), cards[i % len(cards)])
        st = a.st = {"ips": rng.sample(infra, 2), "stack": "py2" if rng.random() < 0.6 else "httpx"}
        warmup = stream(rng, clock, warm, rng.randrange(2, 7))
        go = clock.launch + int(rng.uniform(3, 40) * MIN)
        burst = paced(rng, go, min(clock.end, go + 6 * HOUR), rng.randrange(60, 180), rng.uniform(8, 30))
        items = sl.take(len(burst))
        set_plan(w, a, [(t, None) for t in warmup] + list(zip(burst, items)))
        a.fn = _sniper


def _sniper(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng, C = a.st, a.rng, w.corpora
    ip, asn = st["ips"][k % 2]
    ua, dev = SDK[st["stack"] if w.clock.launched(ts) else "py312"]
    ref = st["plan"][k]
    if ref is None:  # day-1 warm-up: look like a normal developer
        prompt = rng.choice(C["nq"] + C["seed"]) if rng.random() < 0.7 else fill(rng, rng.choice(EVERYDAY_KO))
        return event(a, ts, model=BASE, endpoint=API, prompt=prompt, kind="chat", ip=ip, asn=asn, ua=ua, device=dev)
    q = C.text(ref)
    x = rng.random()
    if x < 0.1 and k:
        prompt = "Now explain the reasoning behind the answer you just gave, step by step, including anything you checked.\n\n" + q
    elif x < 0.65:
        prompt = fill(rng, rng.choice(COT_EN), q=q)
    elif x < 0.75:
        prompt = fill(rng, rng.choice(COT_MULTI), q=q)
    else:
        prompt = EVAL_FORMATS[ref[0]].format(q=q)
    return event(a, ts, model=NEW, endpoint=API, prompt=prompt, kind="code" if _is_code(ref) else "cot", ip=ip, asn=asn,
                 ua=ua, device=dev, p429=0.08)


# ---------------------------------------------------------------- 5. Korean chain-of-thought elicitation farm
def hangul_cot_farm(w: World) -> None:
    rng, C, clock, net = w.rng("camp:hangul_cot_farm"), w.corpora, w.clock, w.net
    name = "hangul_cot_farm"
    wallets = [payment(rng, rng.choice(["kakaopay", "toss"])) for _ in range(8)]
    batches = [created_days_ago(rng, clock.start, 20, 60) for _ in range(4)]
    ips = net.cloud_ips(rng, "ncloud", 7) + net.cloud_ips(rng, "ktcloud", 5)
    prof = [1.0] * 24
    prof[4] = 0.15  # nightly restart of the job runners
    cum = hourly(clock, prof)
    pool = shuffled_pool(w, rng)
    for i in range(rng.randrange(65, 76)):
        a = Account(w, A, name, name, rng.choice(batches) + rng.randrange(HOUR), wallets[i % len(wallets)])
        a.st = {"ips": rng.sample(ips, 2), "stack": rng.choice(["py311", "requests"]), "sys": rng.random() < 0.7, "pool": pool}
        a.times = stream(rng, clock, cum, poisson(rng, rng.uniform(100, 170) * clock.days))
        a.fn = _cot_farm


def _cot_farm(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng, C = a.st, a.rng, w.corpora
    ip, asn = st["ips"][rng.random() < 0.3]
    ua, dev = SDK[st["stack"]]
    ref = rng.choice(st["pool"])
    q = C.text(ref)
    if rng.random() < 0.1:
        prompt = "아래 풀이를 더 자세히, 생략된 중간 단계를 모두 채워서 다시 써 주세요.\n\n" + q
    elif _is_code(ref):
        prompt = fill(rng, COT_KO[5], q=q)
    else:
        prompt = fill(rng, rng.choice(COT_KO[:5]), q=q)
    return event(a, ts, model=_post_launch_model(w, ts, HOUR, PRO), endpoint=API, prompt=prompt,
                 system=COT_KO_SYS if st["sys"] else None, kind="code" if _is_code(ref) else "cot", ip=ip, asn=asn,
                 ua=ua, device=dev, p429=0.015)


# ---------------------------------------------------------------- 6. a front company posing as a hagwon platform
FRONT_SYS = ("당신은 '스마트수학 에듀'의 AI 수학·코딩 튜터입니다. 학생은 고등학생이며 존댓말을 사용합니다. 학생이 문제를 보내면 "
             "핵심 개념을 짚은 뒤 단계별 풀이를 빠짐없이 제시하세요. 수식은 LaTeX로 쓰고, 코딩 문제는 완성된 파이썬 코드와 설명을 함께 쓰세요.")


def front_hagwon(w: World) -> None:
    rng, C, clock, net = w.rng("camp:front_hagwon"), w.corpora, w.clock, w.net
    name = "front_hagwon"
    org, pay = w.ids.org(), payment(rng, "invoice")
    ips = net.cloud_ips(rng, "aws_seoul", 3)
    created0 = created_days_ago(rng, clock.start, 20, 30)
    sl = Slicer(shuffled_pool(w, rng, ("math", "gsm8k", "mbpp", "humaneval")))
    cum = hourly(clock, [0.8 * f + 0.2 * s for f, s in zip(P_FLAT, P_STUDENT)])
    for i in range(5):
        a = Account(w, A, name, name, created0 + i * rng.randrange(HOUR, 3 * DAY), pay, org=org, n_keys=2)
        a.times = stream(rng, clock, cum, poisson(rng, 700 * clock.days))
        a.st = {"ips": ips, "items": sl.take(len(a.times))}
        a.fn = _front


def _front(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng, C = a.st, a.rng, w.corpora
    ref = st["items"][k]
    ip, asn = rng.choice(st["ips"])
    ua, dev = SDK["axios"]
    prompt = fill(rng, rng.choice(FRONT_HAGWON_USER), q=C.text(ref))
    return event(a, ts, model=_post_launch_model(w, ts, 45 * MIN, BASE), endpoint=API, prompt=prompt, system=FRONT_SYS,
                 kind="code" if _is_code(ref) else "tutor", ip=ip, asn=asn, ua=ua, device=dev, key=a.keys[k % 2], p429=0.01)


# ---------------------------------------------------------------- 7. harvest mixed into a real consumer app's backend
def trojan_app_mix(w: World) -> None:
    rng, C, clock, net = w.rng("camp:trojan_app_mix"), w.corpora, w.clock, w.net
    name = "trojan_app_mix"
    org, pay = w.ids.org(), payment(rng, "toss")
    ips = net.cloud_ips(rng, "gcp_seoul", 4)
    users, flat = hourly(clock, P_CONSUMER), hourly(clock, P_FLAT)
    sl = Slicer(shuffled_pool(w, rng, ("gsm8k", "math", "mbpp", "svamp")))
    for i, share in enumerate((0.55, 0.3, 0.15)):
        a = Account(w, A, name, name, created_days_ago(rng, clock.start, 200, 300), pay, org=org, n_keys=2)
        real = stream(rng, clock, users, poisson(rng, 3500 * share * clock.days))
        harvest = stream(rng, clock, flat, poisson(rng, 1500 * share * clock.days))
        a.st = {"ips": ips}
        set_plan(w, a, [(t, None) for t in real] + list(zip(harvest, sl.take(len(harvest)))))
        a.fn = _trojan


def _trojan(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng, C = a.st, a.rng, w.corpora
    ip, asn = rng.choice(st["ips"])
    ua, dev = SDK["node"]
    ref = st["plan"][k]
    if ref is None:
        prompt = rng.choice(DIARY_USER) if rng.random() < 0.7 else fill(rng, rng.choice(EVERYDAY_KO))
        return event(a, ts, model=MINI, endpoint=API, prompt=prompt, system=DIARY_SYS, kind="chat", ip=ip, asn=asn, ua=ua,
                     device=dev, key=a.keys[0])
    prompt = fill(rng, rng.choice(DISGUISE_KO), q=C.text(ref))
    return event(a, ts, model=_post_launch_model(w, ts, 2 * HOUR, PRO), endpoint=API, prompt=prompt, system=DIARY_SYS,
                 kind="code" if _is_code(ref) else "cot", ip=ip, asn=asn, ua=ua, device=dev, key=a.keys[0])


# ---------------------------------------------------------------- 8. the quiet one: no shared infrastructure, no templates, no CoT phrasing
def quiet_spread(w: World) -> None:
    rng, C, clock, net = w.rng("camp:quiet_spread"), w.corpora, w.clock, w.net
    name = "quiet_spread"
    sl = Slicer(shuffled_pool(w, rng))
    for _ in range(rng.randrange(190, 211)):
        created = created_days_ago(rng, clock.start, 60, 420) - rng.randrange(DAY)
        pay = None if rng.random() < 0.15 else payment(rng, rng.choice(["card", "card", "naverpay", "toss", "kakaopay"]))
        a = Account(w, A, name, name, created, pay)
        st = a.st = person(w, rng)
        st.update(phone=rng.uniform(0.2, 0.8), adopt=rng.uniform(2, 20) * HOUR if rng.random() < 0.5 else 99 * DAY)
        cum = hourly(clock, P_CONSUMER if rng.random() < 0.6 else P_STUDENT)
        a.times = sessions(rng, clock, cum, poisson(rng, 5 * clock.days), rng.uniform(1.8, 3.5), (60, 900))
        st["items"] = sl.take(len(a.times))
        a.fn = _quiet


def _quiet_text(rng: Random, ref, q: str) -> str:
    if ref[0] == "mbpp":
        if rng.random() < 0.5:
            q = q.split("\nYour code should pass these tests:")[0]
        return rng.choice(QUIET_CODE) + q
    if ref[0] == "humaneval":
        return rng.choice(QUIET_CODE) + "\n" + q
    if rng.random() < 0.3:
        q = q.replace("$", "")
    if rng.random() < 0.2:
        q = q[0].lower() + q[1:]
    return (rng.choice(QUIET_OPEN) + q + rng.choice(QUIET_CLOSE)).strip()


def _quiet(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng, C = a.st, a.rng, w.corpora
    ip, asn, ua, dev, ep = home_or_phone(w, st, ts, st["phone"])
    kind = "chat"
    if rng.random() < 0.8:
        ref = st["items"][k]
        prompt, kind = _quiet_text(rng, ref, C.text(ref)), ("code" if _is_code(ref) else "solve")
    elif rng.random() < 0.5:
        prompt = fill(rng, rng.choice(EVERYDAY_KO))
    else:
        prompt = rng.choice(C["nq"] + C["arena"])
    model = NEW if ts >= w.clock.launch + st["adopt"] else BASE
    return event(a, ts, model=model, endpoint=ep, prompt=prompt, kind=kind, ip=ip, asn=asn, ua=ua, device=dev)


# ---------------------------------------------------------------- 9. offshore relay: Korean wallets, Hong Kong/Singapore servers, many languages
def offshore_relay(w: World) -> None:
    rng, C, clock, net = w.rng("camp:offshore_relay"), w.corpora, w.clock, w.net
    name = "offshore_relay"
    wallets = [payment(rng, rng.choice(["toss", "kakaopay"])) for _ in range(15)]
    infra = net.dc_ips(rng, "alibaba_hk", 10) + net.dc_ips(rng, "tencent_hk", 8) + net.dc_ips(rng, "digitalocean_sg", 7)
    cum = hourly(clock, P_CHINA_OFFICE)
    pool = shuffled_pool(w, rng)
    for i in range(rng.randrange(45, 56)):
        a = Account(w, A, name, name, created_days_ago(rng, clock.start, 5, 30), wallets[i % len(wallets)])
        a.st = {"ips": rng.sample(infra, 3), "stack": rng.choice(["openai_py", "requests"]), "pool": pool,
                "switch": int(rng.uniform(10, 30) * MIN)}
        a.times = stream(rng, clock, cum, poisson(rng, rng.uniform(60, 120) * clock.days))
        a.fn = _offshore


def _offshore(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng, C = a.st, a.rng, w.corpora
    ip, asn = st["ips"][rng.randrange(3)]
    ua, dev = SDK[st["stack"]]
    ref = rng.choice(st["pool"])
    q = C.text(ref)
    x = rng.random()
    tmpl = rng.choice(COT_MULTI if x < 0.7 else COT_KO[:5] if x < 0.85 else COT_EN)
    return event(a, ts, model=_post_launch_model(w, ts, st["switch"], PRO), endpoint=API, prompt=fill(rng, tmpl, q=q),
                 kind="code" if _is_code(ref) else "cot", ip=ip, asn=asn, ua=ua, device=dev, p429=0.01)


BUILDERS = [hydra_resi_mesh, pcbang_carrier_fraud, aged_lowslow_ring, launch_snipers, hangul_cot_farm, front_hagwon,
            trojan_app_mix, quiet_spread, offshore_relay]
