"""Benign organisations: outsourcing houses and their CI/agents, eval team, app backends, RAG, bank, agencies."""
from __future__ import annotations

from .actors import EMBED, RESP, Pop, company_card, company_org, fp, mix_model
from .nets import BUSINESS, CLOUD, SDK_UAS, Net, connect, ide_plugin, browser
from .texts import chat, pick, wrap
from .world import DAY, HOUR, LAUNCH, MIN, PROFILES, T0, local_ms, pick_ts

COMPANIES = [("Borshch Labs", "Kyiv", 110, .45), ("Kozak Systems", "Kyiv", 90, .3), ("LvivCode", "Lviv", 80, .35),
             ("Kharkiv Quant", "Kharkiv", 60, .5), ("Prydniprovsk Dev", "Dnipro", 50, .25), ("Odesa Harbor Soft", "Odesa", 40, .4),
             ("Baltic Bytes", "Vilnius", 70, .2), ("Riga Stack", "Riga", 50, .15), ("Tallinn Loop", "Tallinn", 45, .1)]
IDE_SYS = ("You are Dnipro Code, an AI pair programmer inside the user's IDE. Answer with concise code edits; "
           "use the user's language for explanations.")
CODE_ASK = ["{p}", "Refactor this:\n{p}", "Write unit tests for:\n{p}", "Why does this fail?\n{p}", "Поясни цей код:\n{p}",
            "Add type hints and docstrings:\n{p}"]


def _office(company: str, country: str) -> tuple[Net, list[int]]:
    from .world import digest
    net = BUSINESS[country]
    return net, [digest("office", company, i) % 1000 for i in range(1 + digest("office-n", company) % 3)]


def outsourcing_engineers(P: Pop) -> None:
    """Engineers at software houses: corporate card, office NAT, IDE plugin; night shifts for US clients."""
    rng = P.rng
    from .world import COUNTRY
    for name, city, n, night in COMPANIES:
        org = company_org(P.seed, name)
        cards = [company_card(P.seed, name, k) for k in range(1 + n // 60)]
        net, office = _office(name, COUNTRY[city])
        for _ in range(n):
            a = P.account(created=P.ago(400, 10), org=org, pay=rng.choice(cards))
            h = P.human(city, app_share=0.1)
            ua, dev = ide_plugin(rng, a.id)
            prof = "night_shift" if rng.random() < night else "office"
            model = mix_model(rng, False, 0.5)
            for _ in range(rng.randint(3, 10)):
                ts = pick_ts(rng, prof, P.days, city)
                in_office = rng.random() < 0.55
                for _ in range(rng.randint(1, 6)):
                    ip, asn = (net.ip(rng.choice(office)), net.asn) if in_office else connect(h.p, ts, "laptop", rng)
                    if rng.random() < 0.8:
                        p = rng.choice(CODE_ASK).format(p=pick(rng, "arena", "mbpp", "humaneval", "arena"))
                        P.emit(a, ts, prompt=p, system=IDE_SYS, model=model(ts), ip=ip, asn=asn, ua=ua, device=dev)
                    else:
                        bua, bdev = h.laptop
                        P.emit(a, ts, prompt=chat(rng), model=model(ts), ip=ip, asn=asn, ua=bua, device=bdev)
                    ts += int(rng.expovariate(1 / 180) * 1000) + 8000


REVIEW_SYS = "You are the automated reviewer for {c}. Report bugs, risky changes and missing tests. Be terse."
AGENT_SYS = ("You are a coding agent. Tools: read_file(path), run_tests(), apply_patch(diff). Think briefly, then emit "
             "exactly one tool call as JSON.")


def outsourcing_ci_agents(P: Pop) -> None:
    """CI reviewers and coding agents of the same houses: cloud runners, SDK, steady template traffic."""
    rng = P.rng
    for name, city, n, night in COMPANIES:
        org = company_org(P.seed, name)
        card = company_card(P.seed, name, 0)
        cloud = CLOUD[rng.choice(("aws", "hetzner", "azure", "gcp"))]
        for k in range(2 + n // 40):
            a = P.account(created=P.ago(200, 20), org=org, pay=card, nkeys=2)
            ua = rng.choice(SDK_UAS)
            agent = k % 2 == 1
            for _ in range(rng.randint(60, 260)):
                ts = pick_ts(rng, "night_shift" if rng.random() < night else "office", P.days, city)
                ip = cloud.ip(rng.randrange(60))
                code = pick(rng, "humaneval", "mbpp", "arena")
                if agent:
                    for step in range(rng.randint(2, 6)):
                        P.emit(a, ts, prompt=f"Task: {code}\n\nStep {step + 1}. Previous tool output:\n" +
                               ("(none)" if step == 0 else "FAILED tests/test_core.py::test_%d" % rng.randrange(40)),
                               system=AGENT_SYS, model=rng.choice(("dnipro-1", "dnipro-1")), endpoint=RESP, ip=ip,
                               asn=cloud.asn, ua=ua, heavy=True, key=a.keys[1], ctoks=rng.randint(60, 500))
                        ts += rng.randint(4000, 30000)
                else:
                    P.emit(a, ts, prompt="Review this diff:\n```\n" + code + "\n```", system=REVIEW_SYS.format(c=name),
                           model="dnipro-1", ip=ip, asn=cloud.asn, ua=ua, heavy=True)


EVAL_TMPL = "Solve the following problem. Put the final answer in \\boxed{{}}.\n\n{p}"
CODE_TMPL = "Complete the following Python function. Return only code.\n\n{p}"


def eval_team(P: Pop) -> None:
    """A Kyiv AI start-up's eval team re-running one benchmark template: baseline Tue, dnipro-2 from launch."""
    rng = P.rng
    org = "org_" + f"{rng.getrandbits(64):016x}"
    card = fp(P.seed, P.name, "corp")
    math = [pick(rng, "math") for _ in range(500)]
    code = list(pick(rng, "humaneval") for _ in range(164))
    gcp = CLOUD["gcp"]
    for i in range(6):
        a = P.account(created=P.ago(300, 60), org=org, pay=card, nkeys=2)
        ip = gcp.ip(rng.randrange(20))
        runs = [("dnipro-1", local_ms(0, 10 + i * 1.5)), ("dnipro-1-mini", local_ms(0, 19 + i * 0.5)),
                ("dnipro-2", LAUNCH + int((2.5 + i * 0.7) * HOUR))]
        for model, ts in runs:
            items = [EVAL_TMPL.format(p=q) for q in math[i * 60:(i + 1) * 60 + 150]] if i % 3 else \
                [CODE_TMPL.format(p=c) for c in code]
            for rep in range(2 if model == "dnipro-2" else 1):
                for it in items:
                    P.emit(a, ts, prompt=it, model=model, ip=ip, asn=gcp.asn, ua="dnipro-python/1.41.0", heavy=True,
                           ctoks=rng.randint(150, 1200))
                    ts += rng.randint(300, 2500)


APPS = [("Smachno", "aws", "Ти кулінарний помічник застосунку «Смачно». Пропонуй рецепти з доступних продуктів.", "uk", "chat", 2200),
        ("Zorya helpdesk", "azure", "You are the support assistant of Zorya Mobile. Answer tariff and roaming questions politely.", "uk", "chat", 1800),
        ("Mova+", "gcp", "Ти вчитель української мови для дорослих. Виправляй помилки і пояснюй правила.", "uk", "chat", 1600),
        ("Teisinis padejejas", "hetzner", "Esi teisinis asistentas. Atsakyk lietuviškai ir nurodyk teisės aktus.", "lt", "chat", 900),
        ("Veikals AI", "aws", "Tu raksti produktu aprakstus interneta veikalam latviešu valodā.", "lv", "chat", 1100),
        ("Kodutöö abi", "ovh", "Sa oled koolilaste matemaatika abiline. Selgita lahendust samm-sammult.", "et", "math", 1300),
        ("Domashka", "do", "Ти помічник з домашніх завдань для школярів. Пояснюй розв'язок крок за кроком.", "uk", "math", 2400),
        ("HR Screener", "azure", "Summarise the candidate's CV against the job description. Output JSON.", "en", "chat", 700)]


def app_backends(P: Pop) -> None:
    """App backends: one system prompt, thousands of end users, few cloud IPs, server SDK."""
    rng = P.rng
    for name, cloud_name, sys, lang, kind, n in APPS:
        cloud = CLOUD[cloud_name]
        a = P.account(created=P.ago(500, 60), nkeys=3)
        ips = [cloud.ip(rng.randrange(80)) for _ in range(3)]
        ua = rng.choice(SDK_UAS)
        for _ in range(n):
            ts = pick_ts(rng, "server", P.days)
            p = pick(rng, "gsm8k", "svamp") if kind == "math" else chat(rng)
            P.emit(a, ts, prompt=wrap(rng, lang, p), system=sys, model="dnipro-1-mini" if rng.random() < 0.7 else "dnipro-1",
                   ip=rng.choice(ips), asn=cloud.asn, ua=ua, heavy=True, key=rng.choice(a.keys), retries=1)


TUTOR = ["Склади 10 задач, схожих на цю, з відповідями:\n{p}", "Поясни учню 11 класу розв'язок:\n{p}",
         "Зроби тест на 5 питань за темою цієї задачі:\n{p}", "Перевір розв'язок учня до задачі: {p}"]
SCHOOL_SYS = "Ти методист онлайн-школи «НМТ-Профі». Пояснюй розв'язок покроково, як на уроці, і наприкінці дай відповідь."


def tutors_online_schools(P: Pop, n: int = 110) -> None:
    """Private tutors preparing NMT material, plus two online-school backends explaining problems to pupils."""
    rng = P.rng
    from .benign_people import ua_city
    for _ in range(n):
        city = ua_city(rng)
        a = P.account(created=P.ago(500, 20))
        h = P.human(city, app_share=0.2)
        P.human_sessions(a, h, rng.randint(2, 8), "consumer",
                         lambda: rng.choice(TUTOR).format(p=pick(rng, "gsm8k", "math", "svamp")),
                         mix_model(rng, False, 0.3), per_session=(2, 7), laptop_share=0.8, gap_s=200)
    for cloud_name, volume in (("hetzner", 1500), ("do", 900)):
        cloud = CLOUD[cloud_name]
        a = P.account(created=P.ago(400, 90), nkeys=2)
        for _ in range(volume):
            ts = pick_ts(rng, "evening_student", P.days)
            P.emit(a, ts, prompt=pick(rng, "gsm8k", "math", "svamp"), system=SCHOOL_SYS, model="dnipro-1",
                   ip=cloud.ip(rng.randrange(4)), asn=cloud.asn, ua="dnipro-node/4.60.1", heavy=True)


TRANS = {"lv": "Iztulko latviski, saglabā formatējumu:\n{p}", "lt": "Išversk į lietuvių kalbą:\n{p}",
         "et": "Tõlgi eesti keelde:\n{p}", "uk": "Перекладіть українською, зберігаючи терміни:\n{p}",
         "en": "Translate into English:\n{p}"}
GLOSSARY = "Agency glossary v14: use client terminology; keep placeholders like ${x}; do not translate brand names."


def translation_agency(P: Pop, n: int = 24) -> None:
    """A Riga agency with a Kyiv branch: translators sharing card, office IP and a glossary prompt."""
    rng = P.rng
    org = "org_" + f"{rng.getrandbits(64):016x}"
    card = fp(P.seed, P.name, "corp")
    for i in range(n):
        city = "Riga" if i < 16 else "Kyiv"
        net, office = _office("LinguaBridge" + city, "LV" if city == "Riga" else "UA")
        a = P.account(created=P.ago(500, 30), org=org, pay=card)
        ua, dev = browser(rng)
        langs = rng.sample(list(TRANS), 2)
        for _ in range(rng.randint(4, 10)):
            ts = pick_ts(rng, "office", P.days, city)
            for _ in range(rng.randint(3, 12)):
                P.emit(a, ts, prompt=TRANS[rng.choice(langs)].format(p=pick(rng, "awesome", "user", "arena")),
                       system=GLOSSARY, ip=net.ip(office[0]), asn=net.asn, ua=ua, device=dev, model="dnipro-1")
                ts += int(rng.expovariate(1 / 240) * 1000) + 30_000


NEWS = ["Зроби 3 варіанти заголовка до новини: {p}", "Стисни до 2 речень: {p}", "Sutrumpink naujieną: {p}",
        "Uzraksti ievadu ziņai: {p}", "Translate the newswire item into Ukrainian: {p}"]


def news_media(P: Pop, n: int = 60) -> None:
    rng = P.rng
    for j, (room, city, ctry) in enumerate((("Kyiv Daily", "Kyiv", "UA"), ("LRT-like desk", "Vilnius", "LT"),
                                            ("Riga Vestnesis", "Riga", "LV"))):
        org = "org_" + f"{rng.getrandbits(64):016x}"
        card = fp(P.seed, P.name, room)
        net, office = _office(room, ctry)
        for _ in range(n // 3):
            a = P.account(created=P.ago(400, 30), org=org, pay=card)
            h = P.human(city, app_share=0.2)
            for _ in range(rng.randint(3, 10)):
                ts = pick_ts(rng, "newsroom", P.days, city)
                ip, asn = (net.ip(office[0]), net.asn) if rng.random() < 0.6 else connect(h.p, ts, "laptop", rng)
                P.emit(a, ts, prompt=rng.choice(NEWS).format(p=pick(rng, "nq", "seed", "user")), model="dnipro-1",
                       ip=ip, asn=asn, ua=h.laptop[0], device=h.laptop[1])


def rag_pipelines(P: Pop, n: int = 14) -> None:
    """Embedding/RAG pipelines of companies: batched chunk embeddings, then answers with retrieved context."""
    rng = P.rng
    for i in range(n):
        cloud = CLOUD[rng.choice(("aws", "azure", "gcp", "hetzner"))]
        a = P.account(created=P.ago(300, 30), nkeys=2)
        ua = rng.choice(SDK_UAS[:4])
        ip = cloud.ip(rng.randrange(60))
        sys = f"Answer only from the provided context. Cite chunk ids. Tenant {i}."
        for _ in range(rng.randint(3, 8)):  # ingest batches
            ts = pick_ts(rng, "office", P.days)
            for _ in range(rng.randint(40, 160)):
                P.emit(a, ts, prompt=pick(rng, "awesome", "arena", "user", "nq"), model="dnipro-embed-1", endpoint=EMBED,
                       ip=ip, asn=cloud.asn, ua=ua, key=a.keys[1], heavy=True)
                ts += rng.randint(150, 900)
        for _ in range(rng.randint(50, 200)):
            ts = pick_ts(rng, "server", P.days)
            q = pick(rng, "nq")
            P.emit(a, ts, prompt=q, model="dnipro-embed-1", endpoint=EMBED, ip=ip, asn=cloud.asn, ua=ua, key=a.keys[1])
            P.emit(a, ts + rng.randint(80, 400), prompt=f"Context: [chunk {rng.randrange(9999)}] ...\n\nQuestion: {q}",
                   system=sys, model="dnipro-1-mini", ip=ip, asn=cloud.asn, ua=ua)


BANK = Net("Bank Stepova AS", 199123, "office", ("193.110.44", "193.110.45"))


def bank_zdr(P: Pop, n: int = 12) -> None:
    """A bank under zero data retention: no prompt fields reach the gateway log; steady server traffic."""
    rng = P.rng
    org = "org_" + f"{rng.getrandbits(64):016x}"
    card = fp(P.seed, P.name, "corp")
    for i in range(n):
        a = P.account(created=P.ago(250, 60), org=org, pay=card, nkeys=2)
        emb = i % 4 == 3
        for _ in range(rng.randint(400, 1100)):
            ts = pick_ts(rng, "office" if i % 3 else "server", P.days)
            P.emit(a, ts, prompt=None, model="dnipro-embed-1" if emb else "dnipro-1", endpoint=EMBED if emb else "/v1/chat/completions",
                   ip=BANK.ip(i % 4), asn=BANK.asn, ua="okhttp/4.12.0", ptoks=rng.randint(120, 2400), heavy=True)


def baltic_smb(P: Pop, n_biz: int = 40) -> None:
    """Small Baltic businesses: 2-6 staff on one card, marketing and bookkeeping questions."""
    rng = P.rng
    for b in range(n_biz):
        city = rng.choice(("Vilnius", "Riga", "Tallinn"))
        lang = {"Vilnius": "lt", "Riga": "lv", "Tallinn": "et"}[city]
        card = fp(P.seed, P.name, b)
        org = "org_" + f"{rng.getrandbits(64):016x}"
        for _ in range(rng.randint(2, 6)):
            a = P.account(org=org, pay=card)
            h = P.human(city, app_share=0.3)
            P.human_sessions(a, h, rng.randint(2, 7), "office", lambda: wrap(rng, lang, pick(rng, "user", "seed", "awesome")),
                             mix_model(rng, False, 0.2), per_session=(1, 5), laptop_share=0.7)
