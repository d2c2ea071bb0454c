"""Benign business populations: shared corporate orgs, SaaS support bots, translation agencies,
legal/news offices, teachers, hobby Telegram bots, start-up developers."""
from __future__ import annotations

from . import corpora, network, texts_cee
from .texts_cee import LANG_NAMES
from .world import (CHAT, CODE, DAY, EMBED, EP_CHAT, EP_EMB, EP_RESP, HOUR, MIN, MINI, NEW, PROFILE_FLAT,
                    PROFILE_OFFICE, T0, TZ, Pop, chat_model, h, session)
from .benign_consumer import say

COMPANIES = [("Kovo-Strojírny Plzeň a.s.", "CZ", "Zscaler Prague"), ("Duna Biztosító Zrt.", "HU", "Zscaler Budapest"),
             ("Carpathia Logistics SRL", "RO", "Netskope Bucharest"), ("ČEZ Obchod", "CZ", "Skupina CEZ proxy")]


def corp_shared(pop: Pop, sizes: list[int]) -> None:
    """Many employees, one org, one corporate card, one egress proxy, office hours."""
    r = pop.rng
    for (cname, country, proxy), size in zip(COMPANIES, sizes):
        org, card = "org_" + h(pop.seed, cname, n=10), "pm_" + h(pop.seed, cname, "card", n=16)
        net = network.BY_NAME[proxy]
        for _ in range(size):
            a = pop.account(country, age_days=(10, 300))
            a.org, a.payment, a.net = org, card, net
            a.ua, a.device = network.client(r, r.choice(["browser", "browser", "sdk", "ide"]))
            for day in (0, 1):
                if r.random() < 0.3:
                    continue
                for _s in range(r.randint(1, 4)):
                    start = pop.when(day, TZ[country], PROFILE_OFFICE)
                    for t in session(r, start, r.randint(1, 7), 30, 600):
                        u = r.random()
                        if u < 0.15:
                            q = texts_cee.code(r, a.lang, corpora.pick(r, "arena"))
                        elif u < 0.25:
                            q = f"Přelož do angličtiny / translate to English:\n{texts_cee.chat(r, a.lang)}"
                        else:
                            q = say(r, a.lang, 0.6)
                        pop.emit(a, t, chat_model(r, t, 0.25), EP_CHAT, q)


SAAS = [("Shopík", "cs", "Jsi zákaznická podpora e-shopu Shopík.cz. Odpovídej česky, stručně a zdvořile. Neslibuj vrácení peněz."),
        ("Bolt Pizza HU", "hu", "Te a Bolt Pizza ügyfélszolgálati asszisztense vagy. Röviden, udvariasan válaszolj."),
        ("eMAG-like Marketplace", "ro", "Ești asistentul de suport pentru clienți al unui marketplace. Răspunde politicos în română."),
        ("Telemach Help", "sl", "Si asistent za pomoč uporabnikom operaterja. Odgovarjaj kratko v slovenščini."),
        ("Bulbank Chat", "bg", "Ти си виртуален асистент на банка. Отговаряй кратко и учтиво на български."),
        ("Putovanja.hr", "hr", "Ti si asistent turističke agencije. Odgovaraj na hrvatskom, kratko."),
        ("Kupujem SRB", "sr", "Ti si podrška za oglasnu platformu. Odgovaraj na srpskom, ljubazno."),
        ("MojaBanka SK", "sk", "Si asistent zákazníckej podpory banky. Odpovedaj po slovensky, stručne."),
        ("Orase Utilities MD", "ro", "Ești asistentul virtual al furnizorului de gaze. Răspunde scurt."),
        ("Fitko CZ", "cs", "Jsi trenér ve fitness aplikaci Fitko. Dávej bezpečné, krátké rady."),
        ("Szállás Kereső", "hu", "Szállásfoglaló oldal asszisztense vagy. Segíts a foglalásokban."),
        ("Apoteka Online", "sr_cyr", "Ти си асистент онлајн апотеке. Не дај медицинске дијагнозе.")]


def saas_support(pop: Pop, n_apps: int, per_day: tuple[int, int]) -> None:
    r = pop.rng
    for name, lang, sysp in SAAS[:n_apps]:
        country = {"cs": "CZ", "hu": "HU", "ro": "RO", "sl": "SI", "bg": "BG", "hr": "HR", "sr": "RS", "sk": "SK",
                   "sr_cyr": "RS"}[lang]
        a = pop.account(country, age_days=(200, 900), lang=lang)
        a.org = "org_" + h(pop.seed, name, n=10)
        a.keys = [f"key_{h(pop.seed, name, k, n=10)}" for k in range(r.randint(1, 3))]
        network.outfit(r, a, "cloud", "sdk")
        for day in (0, 1):
            for _k in range(r.randint(*per_day)):
                t = pop.when(day, TZ[country], [1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 3, 6, 8, 9, 9, 8, 8, 8, 8, 7, 7, 7, 7, 6, 4, 3, 2])
                q = texts_cee.support(r, lang) if r.random() < 0.8 else texts_cee.chat(r, lang)
                pop.emit(a, t, MINI if r.random() < 0.7 else CHAT, EP_CHAT, q, system=sysp, key=r.choice(a.keys),
                         ctok=r.randint(30, 220), ip=a.net.draw_ip(r))


def translation(pop: Pop, n: int) -> None:
    r = pop.rng
    langs = list(LANG_NAMES)
    for _ in range(n):
        a = pop.account(age_days=(60, 800))
        network.outfit(r, a, r.choice(["home", "cloud", "corp"]), r.choice(["sdk", "browser"]))
        src, dst = r.sample(langs, 2)
        sysp = f"You are a professional translator. Translate faithfully into {LANG_NAMES[dst]}. Keep formatting and numbers."
        for day in (0, 1):
            for _k in range(r.randint(20, 160)):
                t = pop.when(day, TZ[a.country], PROFILE_OFFICE)
                body = texts_cee.chat(r, src) if r.random() < 0.5 else corpora.pick(r, r.choice(["arena", "user", "awesome"]))
                pop.emit(a, t, CHAT, EP_CHAT, f"Translate from {LANG_NAMES[src]} to {LANG_NAMES[dst]}:\n\n{body}", system=sysp,
                         ctok=r.randint(100, 1500))


CLAUSES = ["The Supplier shall deliver the Goods within thirty (30) days of the Order.", "Smluvní pokuta činí 0,05 % z dlužné částky za každý den prodlení.",
           "A Felek a jelen szerződésből eredő vitákat elsősorban tárgyalás útján rendezik.", "Prezentul contract intră în vigoare la data semnării.",
           "Страните се съгласяват, че всички спорове ще се решават от компетентния съд в София.", "Ugovor se sklapa na određeno vrijeme od dvije godine.",
           "Liability is limited to the total fees paid in the preceding twelve months.", "Pogodba preneha veljati z iztekom odpovednega roka.",
           "Minister financí dnes oznámil, že deficit rozpočtu dosáhl 271 miliard korun.", "A Magyar Nemzeti Bank változatlanul hagyta az alapkamatot.",
           "Guvernul a aprobat ordonanța privind plafonarea prețurilor la energie.", "Народното събрание прие на първо четене бюджета за 2027 г."]


def legal_news(pop: Pop, n: int) -> None:
    r = pop.rng
    asks = ["Summarise the key obligations and risks:", "Shrň hlavní body:", "Foglald össze a lényeget:", "Rezumă pe scurt:",
            "Обобщи накратко:", "Sažmi ključne točke:", "Write a 120-word news brief from this:", "Find inconsistencies in this text:"]
    for _ in range(n):
        a = pop.account(age_days=(30, 900))
        network.outfit(r, a, r.choice(["corp", "home", "home"]), "browser")
        for day in (0, 1):
            for _k in range(r.randint(0, 14)):
                t = pop.when(day, TZ[a.country], PROFILE_OFFICE)
                doc = " ".join(r.choice(CLAUSES) for _ in range(r.randint(8, 60)))
                pop.emit(a, t, chat_model(r, t, 0.3, 0.05), EP_CHAT, f"{r.choice(asks)}\n\n{doc}", ctok=r.randint(120, 600))


def teachers(pop: Pop, n: int) -> None:
    """Teachers building worksheets and answer keys (the answer key asks for worked steps)."""
    r = pop.rng
    for _ in range(n):
        a = pop.account(age_days=(30, 700))
        network.outfit(r, a, r.choice(["home", "uni", "home"]), "browser")
        for day in (0, 1):
            if r.random() < 0.4:
                continue
            start = pop.when(day, TZ[a.country], [0, 0, 0, 0, 0, 0, 1, 2, 2, 2, 3, 3, 4, 6, 7, 6, 5, 5, 6, 8, 9, 7, 3, 1])
            for t in session(r, start, r.randint(3, 20), 60, 500):
                u = r.random()
                if u < 0.45:
                    q = (f"{corpora.pick(r, r.choice(['gsm8k', 'svamp', 'math']))}\n\n"
                         + r.choice(["Write the full worked solution for the answer key.", "Napiš řešení postupně pro žáky.",
                                     "Írd le a megoldás lépéseit a javítókulcshoz.", "Scrie rezolvarea completă pentru barem.",
                                     "Напиши решението стъпка по стъпка за учениците."]))
                elif u < 0.75:
                    q = r.choice(["Vytvoř 10 slovních úloh na procenta pro 7. třídu.", "Készíts 8 szöveges feladatot törtekre 6. osztályosoknak.",
                                  "Creează un test de 10 întrebări despre ecuații de gradul I.", "Състави 5 задачи за лице на триъгълник.",
                                  "Make a rubric for a 5th-grade essay about winter.", "Sastavi kviz od 10 pitanja o Teslinom životu."])
                else:
                    q = say(r, a.lang, 0.5)
                pop.emit(a, t, chat_model(r, t, 0.3, 0.2), EP_CHAT, q, ctok=r.randint(200, 1200))


def telegram_bots(pop: Pop, n: int) -> None:
    """Hobby bots relaying a circle of friends' messages from a cheap VPS (allowed by the ToS)."""
    r = pop.rng
    for i in range(n):
        a = pop.account(age_days=(30, 500))
        network.outfit(r, a, "cloud", "sdk")
        a.ua = r.choice(["python-telegram-bot/21.9 dunaj-python/1.9.2", "aiogram/3.17 httpx/0.28.1", "grammy/1.34 dunaj-node/0.14.3"])
        sysp = r.choice(["You are a helpful Telegram assistant. Answer in the user's language.",
                         f"Ti si Bot{i}, pomoćnik za grupu prijatelja. Odgovaraj kratko.",
                         "Ești un bot de Telegram pentru grupul nostru. Fii amuzant dar util.",
                         "Ти си бот за нашата група. Отговаряй кратко."])
        users = [r.choice(["ro", "bg", "sr", "hr", "en", "hu", "cs"]) for _ in range(r.randint(3, 40))]
        for day in (0, 1):
            for _k in range(r.randint(15, 110)):
                t = pop.when(day, TZ[a.country], PROFILE_FLAT if r.random() < 0.2 else [1, 1, 0.5, 0.3, 0.3, 0.5, 1, 2, 3, 4, 4, 4, 5, 5, 5, 5, 6, 7, 8, 9, 9, 8, 5, 3])
                pop.emit(a, t, MINI if r.random() < 0.6 else chat_model(r, t, 0.4), EP_CHAT, say(r, r.choice(users), 0.6),
                         system=sysp, ip=a.net.draw_ip(r) if r.random() < 0.05 else None)


def startup_devs(pop: Pop, n: int) -> None:
    r = pop.rng
    tests = ["hello", "test", "ping", "Say hi in Czech.", "Return the JSON {\"ok\": true}", "1+1=?", "What model are you?"]
    for _ in range(n):
        a = pop.account(age_days=(1, 200))
        network.outfit(r, a, r.choice(["cloud", "home", "cloud"]), "sdk")
        for day in (0, 1):
            if r.random() < 0.3:
                continue
            for _s in range(r.randint(1, 3)):
                start = pop.when(day, TZ[a.country], PROFILE_OFFICE)
                for t in session(r, start, r.randint(2, 15), 3, 120):
                    u = r.random()
                    if u < 0.2:
                        pop.emit(a, t, EMBED, EP_EMB, say(r, a.lang, 0.4)[:800])
                    elif u < 0.5:
                        pop.emit(a, t, chat_model(r, t, 0.5), r.choice([EP_CHAT, EP_RESP]), r.choice(tests), ctok=r.randint(1, 30),
                                 status=r.choice([200, 200, 200, 400, 401, 404, 422]))
                    else:
                        pop.emit(a, t, r.choice([CHAT, MINI, CODE]) if t < T0 + DAY + 10 * HOUR or r.random() < 0.5 else NEW,
                                 r.choice([EP_CHAT, EP_RESP]), say(r, a.lang, 0.3), system="You are a helpful assistant." if r.random() < 0.5 else None)
