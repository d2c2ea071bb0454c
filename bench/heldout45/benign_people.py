"""Benign populations of individuals: candidates, consumers, students, diaspora, launch tryers."""
from __future__ import annotations

from .actors import Pop, mix_model
from .nets import SDK_UAS, UNIS, VPN, browser, connect, cowork_ip, COWORK_NET
from .texts import LANG_OF_CITY, NMT_MATH, chat, nmt_ukr, pick, wrap
from .world import BALTIC, CITY_WEIGHT, DAY, DIASPORA, HOUR, LAUNCH, MIN, T0, UA_CITIES, local_ms


def ua_city(rng) -> str:
    return rng.choices(UA_CITIES, weights=[CITY_WEIGHT[c] for c in UA_CITIES])[0]


def _lang(rng, city: str) -> str:
    return rng.choice(LANG_OF_CITY[city])


def nmt_candidates(P: Pop, n: int = 1400) -> None:
    """School leavers revising maths and Ukrainian in the evenings; silent around their NMT session."""
    rng = P.rng
    for _ in range(n):
        city = ua_city(rng)
        a = P.account(created=P.ago(80, 2, 700), pay=None if rng.random() < 0.78 else "own")
        h = P.human(city, app_share=0.7)
        silent = []
        if rng.random() < 0.45:
            d = rng.randrange(P.days)
            start = local_ms(d, rng.choice((9.0, 9.0, 12.5, 15.0)))
            silent = [(start - 90 * MIN, start + 4 * HOUR)]

        def prompt() -> str:
            r = rng.random()
            if r < 0.55:
                return rng.choice(NMT_MATH).format(p=pick(rng, "gsm8k", "svamp", "math", "math"))
            if r < 0.9:
                return nmt_ukr(rng)
            return wrap(rng, "uk", chat(rng))
        P.human_sessions(a, h, rng.randint(1, 7), "evening_student", prompt, mix_model(rng, a.pay is None, 0.1),
                         per_session=(1, 6), laptop_share=0.25, gap_s=150, silent=silent)


def consumers(P: Pop, n: int, cities: tuple[str, ...] | None = None) -> None:
    """Ordinary chat users; phone app or browser; free or paid."""
    rng = P.rng
    for _ in range(n):
        city = ua_city(rng) if cities is None else rng.choice(cities)
        a = P.account(pay=None if rng.random() < 0.45 else "own")
        h = P.human(city)
        lang = _lang(rng, city)
        P.human_sessions(a, h, rng.randint(1, 8), "consumer", lambda: wrap(rng, lang, chat(rng)),
                         mix_model(rng, a.pay is None, 0.2), per_session=(1, 4))


def university_students(P: Pop, n: int = 700) -> None:
    """Summer-term students: campus NAT by day, home in the evening; homework maths and code."""
    rng = P.rng
    names = list(UNIS)
    for _ in range(n):
        uni = rng.choice(names)
        city, net = UNIS[uni]
        a = P.account(created=P.ago(400, 5), pay=None if rng.random() < 0.6 else "own")
        h = P.human(city, app_share=0.3)
        lang = _lang(rng, city)
        model = mix_model(rng, a.pay is None, 0.25)
        for _ in range(rng.randint(2, 9)):
            d = rng.randrange(P.days)
            ts = local_ms(d, rng.uniform(9, 23.5), city)
            on_campus = local_ms(d, 9, city) <= ts < local_ms(d, 18, city) and rng.random() < 0.65
            ua, dev = h.laptop if rng.random() < 0.7 else h.phone
            for _ in range(rng.randint(1, 6)):
                ip, asn = (net.ip(rng.randrange(6)), net.asn) if on_campus else connect(h.p, ts, "laptop", rng)
                r = rng.random()
                p = pick(rng, "mbpp", "arena") if r < 0.35 else pick(rng, "math", "gsm8k") if r < 0.55 else chat(rng)
                P.emit(a, ts, prompt=wrap(rng, lang, p), model=model(ts), ip=ip, asn=asn, ua=ua, device=dev)
                ts += int(rng.expovariate(1 / 120) * 1000) + 4000


DIASPORA_Q = ["Як продовжити тимчасовий захист у {c}? Які документи потрібні?", "Перекладіть лист від орендодавця:\n{p}",
              "Допоможіть написати резюме англійською для вакансії в {c}", "Як перевести дитину до школи в {c} з українськими документами?",
              "{p}"]


def diaspora_vpn(P: Pop, n: int = 450) -> None:
    """Ukrainians in Warsaw/Berlin/Prague; many keep a commercial VPN on (shared exits)."""
    rng = P.rng
    for _ in range(n):
        city = rng.choice(DIASPORA)
        a = P.account(pay=None if rng.random() < 0.3 else "own")
        h = P.human(city, app_share=0.35)
        vpn = rng.choice(VPN) if rng.random() < 0.45 else None
        model = mix_model(rng, a.pay is None, 0.2)
        for _ in range(rng.randint(1, 7)):
            ts = local_ms(rng.randrange(P.days), rng.uniform(7, 24), city)
            ua, dev = h.laptop if rng.random() < 0.5 else h.phone
            for _ in range(rng.randint(1, 5)):
                if vpn is not None and rng.random() < 0.8:
                    ip, asn = vpn.ip(rng.randrange(40)), vpn.asn
                else:
                    ip, asn = connect(h.p, ts, "laptop" if ua == h.laptop[0] else "phone", rng)
                p = rng.choice(DIASPORA_Q).format(c=city, p=wrap(rng, rng.choice(("uk", "en", "ru")), chat(rng)))
                P.emit(a, ts, prompt=p, model=model(ts), ip=ip, asn=asn, ua=ua, device=dev)
                ts += int(rng.expovariate(1 / 100) * 1000) + 5000


TRY = ["Привіт, dnipro-2! Що ти вмієш краще за dnipro-1?", "Розкажи анекдот про Київське метро", "Which is bigger, 9.11 or 9.9?",
       "How many r's are in the word strawberry?", "Напиши вірш про Дніпро в стилі Шевченка", "Kas naujo dnipro-2 modelyje?",
       "Uzraksti dzejoli par Rīgu", "Kirjuta luuletus Tallinnast", "Реши: у Пети 3 яблока, он отдал половину. Сколько осталось?",
       "Compare yourself with dnipro-1 in one paragraph."]


def launch_tryers(P: Pop, n: int = 700) -> None:
    """People who try dnipro-2 the day it launches: existing accounts and fresh sign-ups; many retries."""
    rng = P.rng
    for _ in range(n):
        city = rng.choice(UA_CITIES + BALTIC + ("Kyiv", "Kyiv"))
        fresh = rng.random() < 0.4
        created = LAUNCH + int(rng.uniform(-40, 240) * MIN) if fresh else None
        a = P.account(created=created)
        h = P.human(city, app_share=0.4)
        lang = _lang(rng, city)
        first = max(a.created + 2 * MIN, LAUNCH + int(rng.expovariate(1 / 120) * MIN))
        if not fresh and rng.random() < 0.08:
            first = LAUNCH - int(rng.uniform(2, 30) * MIN)  # too early: 404s
        ts = first
        for s in range(rng.randint(1, 3)):
            ua, dev = h.laptop if rng.random() < 0.55 else h.phone
            for _ in range(rng.randint(1, 7)):
                ip, asn = connect(h.p, ts, "laptop" if ua == h.laptop[0] else "phone", rng)
                p = rng.choice(TRY) if rng.random() < 0.4 else wrap(rng, lang, pick(rng, "arena", "seed", "user"))
                st = P.emit(a, ts, prompt=p, model="dnipro-2", ip=ip, asn=asn, ua=ua, device=dev)
                if st == 404:
                    ts = LAUNCH + int(rng.uniform(0, 30) * MIN)
                ts += int((10 + rng.expovariate(1 / 60)) * 1000)
            ts += int(rng.uniform(1, 8) * HOUR)


SCHOOL_SYS = ("Ти асистент літньої школи «Machine Learning Lviv 2027». Відповідай коротко, українською, "
              "з прикладами коду на Python.")


def ai_summer_school(P: Pop, n: int = 70) -> None:
    """A summer school in Lviv: everyone signs up in the same half-hour, same notebook, same campus IP."""
    rng = P.rng
    _, net = UNIS["LNU"]
    org = "org_" + f"{rng.getrandbits(64):016x}"
    for i in range(n):
        a = P.account(created=local_ms(0, 9.4 + rng.random() * 0.5, "Lviv"), org=org, pay=None)
        ua, dev = (rng.choice(SDK_UAS[:2]), None) if rng.random() < 0.6 else browser(rng)
        for d in range(P.days):
            ts = local_ms(d, 10 + rng.random() * 0.3, "Lviv")
            while ts < local_ms(d, 13, "Lviv"):
                task = rng.choice(("Класифікуй тональність відгуку (позитивний/негативний/нейтральний): {q}",
                                   "Виправ помилку в коді:\n{c}", "Поясни, що робить ця функція:\n{c}"))
                p = task.format(q=pick(rng, "nq"), c=pick(rng, "humaneval", "mbpp"))
                P.emit(a, ts, prompt=p, system=SCHOOL_SYS, model="dnipro-1-mini", ip=net.ip(0), asn=net.asn, ua=ua, device=dev)
                ts += int(rng.expovariate(1 / 240) * 1000) + 20_000


def freelancers_cowork(P: Pop, n: int = 250) -> None:
    """Freelance writers/devs who work from generator-powered co-working points through outages."""
    rng = P.rng
    for _ in range(n):
        city = ua_city(rng)
        a = P.account(pay="own")
        h = P.human(city, app_share=0.2)
        h.p.cowork_k = h.p.cowork_k if h.p.cowork_k is not None else rng.randrange(9)
        h.p.starlink_k = None
        lang = _lang(rng, city)
        P.human_sessions(a, h, rng.randint(4, 12), "office", lambda: wrap(rng, lang, chat(rng)),
                         mix_model(rng, False, 0.35), per_session=(2, 8), laptop_share=0.9, gap_s=200)
        if rng.random() < 0.3:  # some days they simply go to the point
            d = rng.randrange(P.days)
            ts = local_ms(d, rng.uniform(9, 15))
            for _ in range(rng.randint(3, 10)):
                P.emit(a, ts, prompt=wrap(rng, lang, chat(rng)), ip=cowork_ip(city, h.p.cowork_k), asn=COWORK_NET.asn,
                       ua=h.laptop[0], device=h.laptop[1])
                ts += int(rng.expovariate(1 / 300) * 1000) + 10_000


EXT_SYS = ("You are PageBrief, a browser extension. Summarise the page the user is reading in 5 bullet points "
           "in the user's interface language. Never invent facts.")


def browser_extension(P: Pop, n: int = 400) -> None:
    """Bring-your-own-key extension users: one shared system prompt, consumer networks."""
    rng = P.rng
    for _ in range(n):
        city = rng.choice(UA_CITIES + BALTIC + DIASPORA + ("Kyiv",))
        a = P.account()
        h = P.human(city, app_share=0.0)
        P.human_sessions(a, h, rng.randint(2, 8), "consumer",
                         lambda: "Page text:\n" + pick(rng, "awesome", "arena", "user"), lambda ts: "dnipro-1-mini",
                         per_session=(1, 4), laptop_share=1.0, gap_s=240, system=EXT_SYS)


COT = "Think step by step and write out your full reasoning before giving the final answer.\n\n{p}"


def reasoning_researchers(P: Pop, n: int = 12) -> None:
    """A faithfulness-of-reasoning study at KNU and VU: CoT prompts over a fixed GSM8K subset."""
    rng = P.rng
    subset = [pick(rng, "gsm8k") for _ in range(220)]
    card = "lab"
    from .actors import fp
    from .nets import CLOUD
    for i in range(n):
        uni = "KNU" if i < 8 else "VU"
        city, net = UNIS[uni]
        a = P.account(created=P.ago(500, 30), pay=fp(P.seed, P.name, card, uni))
        ua = rng.choice(SDK_UAS[:3])
        vm = CLOUD["gcp"].ip(rng.randrange(30))
        for _ in range(rng.randint(2, 5)):
            ts = local_ms(rng.randrange(P.days), rng.uniform(10, 21), city)
            for q in rng.sample(subset, rng.randint(20, 60)):
                where = (net.ip(rng.randrange(4)), net.asn) if rng.random() < 0.6 else (vm, CLOUD["gcp"].asn)
                P.emit(a, ts, prompt=COT.format(p=q), model=rng.choice(("dnipro-1", "dnipro-1-mini")),
                       ip=where[0], asn=where[1], ua=ua, ctoks=rng.randint(200, 900))
                ts += rng.randint(2500, 9000)


CIVIC = ["Узагальни звіт волонтерів про пошкодження будинку за адресою {a}: {p}", "Переклади оголошення для мешканців англійською:\n{p}",
         "Згрупуй ці заявки за районами і терміновістю:\n{p}", "Склади короткий пост про графік роботи пункту незламності на вулиці {a}"]
STREETS = ["Хрещатик, 22", "вул. Сумська, 10", "просп. Яворницького, 55", "вул. Дерибасівська, 7", "пл. Ринок, 1", "вул. Шевченка, 14"]


def civic_tech(P: Pop, n: int = 90) -> None:
    """Volunteers of a damage-reporting and invincibility-points platform; Starlink and generators."""
    rng = P.rng
    for _ in range(n):
        city = ua_city(rng)
        a = P.account(created=P.ago(600, 30))
        h = P.human(city, app_share=0.3)
        if rng.random() < 0.5:
            h.p.starlink_k = rng.randrange(400)
        P.human_sessions(a, h, rng.randint(2, 8), "consumer",
                         lambda: rng.choice(CIVIC).format(a=rng.choice(STREETS), p=pick(rng, "user", "seed", "nq")),
                         mix_model(rng, False, 0.2), per_session=(1, 5), laptop_share=0.7)
