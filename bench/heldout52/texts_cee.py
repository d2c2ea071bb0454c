"""Local-language templates for ordinary (benign) users: Czech, Slovak, Hungarian, Romanian,
Bulgarian, Serbian (Latin, and Cyrillic by transliteration), Croatian, Slovenian, English."""
from __future__ import annotations

import random

T = {
    "cs": {
        "chat": ["Můžeš mi poradit, {t}?", "Napiš mi krátký e-mail šéfovi, že zítra nepřijdu, protože {t}.",
                 "Jaký je rozdíl mezi hypotékou s fixací na 3 a na 5 let?", "Doporuč mi knihu podobnou Saturninovi.",
                 "Shrň mi prosím tohle: {t}", "Co uvařit z brambor, cibule a tvarohu?", "Vysvětli jednoduše, {t}.",
                 "Napiš přání k narozeninám pro babičku, je jí 80.", "Jak se správně píše: výjimečně nebo vyjímečně?",
                 "Naplánuj mi víkend v Českém Krumlově s dětmi."],
        "topics": ["jak funguje elektronická neschopenka", "jak podat daňové přiznání přes portál MOJE daně",
                   "proč mi nejde zapnout Wi-Fi na notebooku", "jak se zbavit plísně v koupelně",
                   "jaké jsou podmínky pro rodičovský příspěvek", "jak naučit psa chodit u nohy",
                   "co znamená inflace pro moje úspory", "jak si vybrat běžecké boty"],
        "hw": ["Můžeš mi pomoct s tímhle příkladem? {q}", "Nerozumím téhle úloze, vysvětlíš mi ji? {q}",
               "Zítra píšu zápočet, jak se tohle řeší? {q}", "{q}\n\nProsím vysvětli postup, ať tomu rozumím."],
        "code": ["Proč mi tohle nefunguje?\n{q}", "Napiš mi to v Pythonu: {q}", "Potřebuju pomoct s úkolem z programování: {q}"],
        "support": ["Dobrý den, nedorazila mi zásilka č. {n}, můžete to prověřit?", "Jak změním tarif na menší?",
                    "Chci reklamovat fakturu za leden, je tam účtováno dvakrát.", "Nefunguje mi přihlášení do aplikace.",
                    "Kdy mi vrátíte peníze za vrácené zboží?", "Můžu si změnit adresu doručení?"],
    },
    "sk": {
        "chat": ["Poraď mi, prosím, {t}.", "Napíš krátky príhovor na svadbu mojej sestry.", "Vysvetli mi, {t}.",
                 "Čo navariť na večeru z kuracieho mäsa a ryže?", "Aký je rozdiel medzi s.r.o. a živnosťou?",
                 "Pomôž mi napísať motivačný list na pozíciu účtovníčky.", "Kam na výlet vo Vysokých Tatrách v zime?",
                 "Prelož mi túto vetu do angličtiny: {t}"],
        "topics": ["ako si vybaviť nový občiansky preukaz", "prečo mi mrzne počítač", "ako funguje 13. dôchodok",
                   "ako sa starať o orchideu", "ako si požiadať o hypotéku", "čo je to umelá inteligencia"],
        "hw": ["Pomôžeš mi s touto úlohou? {q}", "Neviem ako na to: {q}", "{q}\nVysvetli mi to krok po kroku, prosím."],
        "code": ["Prečo tento kód hádže chybu?\n{q}", "Napíš funkciu v Pythone: {q}"],
        "support": ["Dobrý deň, kedy mi príde objednávka {n}?", "Chcem zrušiť predplatné.", "Aplikácia mi padá pri platbe.",
                    "Môžem zmeniť termín rezervácie?"],
    },
    "hu": {
        "chat": ["Tudnál segíteni, {t}?", "Írj egy rövid emailt a főnökömnek, hogy holnap szabadságot kérek.",
                 "Mi a különbség a lakáshitel és a személyi kölcsön között?", "Ajánlj egy receptet töltött káposztához.",
                 "Magyarázd el egyszerűen, {t}.", "Írj egy születésnapi köszöntőt a nagymamámnak.",
                 "Hova menjünk hétvégén a Balatonnál télen?", "Foglald össze ezt a cikket: {t}"],
        "topics": ["hogyan kell adóbevallást beadni az eSZJA oldalon", "miért lassú a laptopom", "hogyan működik a CSOK Plusz",
                   "hogyan tanítsam meg a kutyámat a pórázon sétálni", "mit jelent az infláció a megtakarításaimra",
                   "hogyan válasszak futócipőt"],
        "hw": ["Segítenél ebben a feladatban? {q}", "Holnap zh-t írok, hogy kell ezt megoldani? {q}",
               "{q}\nKérlek magyarázd el a megoldást, hogy megértsem."],
        "code": ["Miért nem működik ez a kód?\n{q}", "Írd meg Pythonban: {q}"],
        "support": ["Jó napot, nem érkezett meg a {n} számú rendelésem.", "Hogyan tudok előfizetést váltani?",
                    "Kétszer vonták le a havidíjat.", "Nem tudok belépni az alkalmazásba."],
    },
    "ro": {
        "chat": ["Mă poți ajuta, {t}?", "Scrie-mi un mesaj scurt pentru șeful meu că întârzii azi.",
                 "Care e diferența dintre PFA și SRL?", "Dă-mi o rețetă de sarmale pentru 6 persoane.",
                 "Explică-mi simplu, {t}.", "Scrie o urare de ziua mamei mele.", "Ce pot vizita în Brașov într-un weekend?",
                 "Rezumă-mi textul acesta: {t}", "Cum scriu corect: niciun sau nici un?"],
        "topics": ["cum depun declarația unică în SPV", "de ce nu merge internetul pe telefon", "cum funcționează Pilonul 2 de pensii",
                   "cum îngrijesc o orhidee", "cum obțin un credit ipotecar", "ce înseamnă inflația pentru economiile mele",
                   "cum îmi fac pașaport în Chișinău"],
        "hw": ["Mă ajuți cu problema asta? {q}", "Nu înțeleg exercițiul ăsta: {q}", "Mâine am examen, cum se rezolvă? {q}",
               "{q}\nExplică-mi te rog rezolvarea."],
        "code": ["De ce nu merge codul ăsta?\n{q}", "Scrie-mi în Python: {q}", "Am o temă la programare: {q}"],
        "support": ["Bună ziua, comanda {n} nu a ajuns.", "Cum schimb abonamentul?", "Mi s-a retras de două ori factura.",
                    "Nu mă pot loga în aplicație.", "Când primesc banii înapoi pentru retur?"],
    },
    "bg": {
        "chat": ["Можеш ли да ми помогнеш, {t}?", "Напиши кратък имейл до шефа ми, че утре ще закъснея.",
                 "Каква е разликата между ЕООД и ЕТ?", "Дай ми рецепта за баница със сирене.", "Обясни ми просто, {t}.",
                 "Напиши поздравление за рождения ден на баба ми.", "Какво да видя в Пловдив за един ден?",
                 "Обобщи този текст: {t}"],
        "topics": ["как да подам данъчна декларация онлайн в НАП", "защо телефонът ми се нагрява", "как работи еврото в България",
                   "как да се грижа за орхидея", "как да изтегля ипотечен кредит", "какво е изкуствен интелект"],
        "hw": ["Помогни ми с тази задача: {q}", "Не разбирам това упражнение: {q}", "{q}\nОбясни ми решението, моля."],
        "code": ["Защо този код не работи?\n{q}", "Напиши го на Python: {q}"],
        "support": ["Здравейте, поръчка {n} не е пристигнала.", "Как да сменя абонамента си?", "Таксуваха ме два пъти.",
                    "Не мога да вляза в приложението."],
    },
    "sr": {
        "chat": ["Možeš li da mi pomogneš, {t}?", "Napiši kratak mejl šefu da sutra kasnim.",
                 "Koja je razlika između preduzetnika i DOO?", "Daj mi recept za sarmu.", "Objasni mi jednostavno, {t}.",
                 "Napiši čestitku za bakin rođendan.", "Šta da posetim u Novom Sadu za vikend?", "Sažmi ovaj tekst: {t}"],
        "topics": ["kako da predam poresku prijavu preko ePorezi", "zašto mi je spor internet", "kako funkcioniše paušalni porez",
                   "kako da naučim psa da hoda uz nogu", "kako da dobijem stambeni kredit", "šta je veštačka inteligencija"],
        "hw": ["Pomozi mi sa ovim zadatkom: {q}", "Ne razumem ovaj zadatak: {q}", "{q}\nObjasni mi rešenje, molim te."],
        "code": ["Zašto ovaj kod ne radi?\n{q}", "Napiši to u Pythonu: {q}"],
        "support": ["Zdravo, porudžbina {n} nije stigla.", "Kako da promenim paket?", "Naplatili ste mi dva puta.",
                    "Ne mogu da se prijavim u aplikaciju."],
    },
    "hr": {
        "chat": ["Možeš li mi pomoći, {t}?", "Napiši kratki mail šefu da sutra kasnim.", "Koja je razlika između obrta i d.o.o.?",
                 "Daj mi recept za fritule.", "Objasni mi jednostavno, {t}.", "Napiši čestitku za rođendan mojoj baki.",
                 "Što posjetiti u Splitu zimi?", "Sažmi ovaj tekst: {t}"],
        "topics": ["kako predati poreznu prijavu preko ePorezne", "zašto mi je laptop spor", "kako funkcionira drugi mirovinski stup",
                   "kako se brinuti o orhideji", "kako dobiti stambeni kredit", "što je umjetna inteligencija"],
        "hw": ["Pomozi mi s ovim zadatkom: {q}", "Ne razumijem ovaj zadatak: {q}", "{q}\nObjasni mi rješenje, molim te."],
        "code": ["Zašto ovaj kod ne radi?\n{q}", "Napiši to u Pythonu: {q}"],
        "support": ["Pozdrav, narudžba {n} nije stigla.", "Kako promijeniti tarifu?", "Naplatili ste mi dvaput.",
                    "Ne mogu se prijaviti u aplikaciju."],
    },
    "sl": {
        "chat": ["Mi lahko pomagaš, {t}?", "Napiši kratko sporočilo šefu, da jutri zamujam.", "Kakšna je razlika med s.p. in d.o.o.?",
                 "Daj mi recept za potico.", "Razloži mi preprosto, {t}.", "Napiši voščilo za babičin rojstni dan.",
                 "Kaj si ogledati v Piranu pozimi?", "Povzemi to besedilo: {t}"],
        "topics": ["kako oddati dohodninsko napoved prek eDavkov", "zakaj je moj prenosnik počasen", "kako deluje zdravstveno zavarovanje",
                   "kako skrbeti za orhidejo", "kako dobiti stanovanjski kredit", "kaj je umetna inteligenca"],
        "hw": ["Mi pomagaš pri tej nalogi? {q}", "Ne razumem te naloge: {q}", "{q}\nRazloži mi rešitev, prosim."],
        "code": ["Zakaj ta koda ne deluje?\n{q}", "Napiši to v Pythonu: {q}"],
        "support": ["Pozdravljeni, naročilo {n} ni prispelo.", "Kako zamenjam paket?", "Dvakrat ste mi zaračunali.",
                    "Ne morem se prijaviti v aplikacijo."],
    },
    "en": {
        "chat": ["Can you help me, {t}?", "Write a short email to my landlord about the broken heating.", "Explain simply, {t}.",
                 "Plan a 3-day trip to Budapest and Vienna by train.", "Summarise this for me: {t}",
                 "What should I cook with leftover rice and eggs?"],
        "topics": ["how to open a bank account in Romania as a foreigner", "why my laptop fan is so loud",
                   "how the Czech trade licence works", "how to get a residence permit in Slovenia"],
        "hw": ["Can you help me with this problem? {q}", "{q}\nPlease explain how to solve it.", "I don't get this one: {q}"],
        "code": ["Why does this fail?\n{q}", "Write this in Python: {q}"],
        "support": ["Hi, my order {n} has not arrived.", "How do I change my plan?", "I was charged twice this month.",
                    "I can't log into the app."],
    },
}

_CYR = {"lj": "љ", "nj": "њ", "dž": "џ", "Lj": "Љ", "Nj": "Њ", "Dž": "Џ"}
_CYR1 = dict(zip("abcčćdđefghijklmnoprsštuvzžABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽ",
                 "абцчћдђефгхијклмнопрсштувзжАБЦЧЋДЂЕФГХИЈКЛМНОПРСШТУВЗЖ"))


def to_cyr(s: str) -> str:
    out, i = [], 0
    while i < len(s):
        two = s[i:i + 2]
        if two in _CYR:
            out.append(_CYR[two]); i += 2
        elif s[i] == "{":          # keep placeholders
            j = s.index("}", i); out.append(s[i:j + 1]); i = j + 1
        else:
            out.append(_CYR1.get(s[i], s[i])); i += 1
    return "".join(out)


T["sr_cyr"] = {k: [to_cyr(x) for x in v] for k, v in T["sr"].items()}
LANG_NAMES = {"cs": "češtiny", "sk": "slovenčiny", "hu": "magyar", "ro": "română", "bg": "български",
              "sr": "srpski", "sr_cyr": "српски", "hr": "hrvatski", "sl": "slovenščina", "en": "English"}


def tpl(lang: str) -> dict:
    return T.get(lang, T["en"])


def chat(r: random.Random, lang: str) -> str:
    t = tpl(lang)
    s = r.choice(t["chat"])
    return s.replace("{t}", r.choice(t["topics"])) if "{t}" in s else s


def hw(r: random.Random, lang: str, q: str) -> str:
    return r.choice(tpl(lang)["hw"]).replace("{q}", q)


def code(r: random.Random, lang: str, q: str) -> str:
    return r.choice(tpl(lang)["code"]).replace("{q}", q)


def support(r: random.Random, lang: str) -> str:
    return r.choice(tpl(lang)["support"]).replace("{n}", str(r.randrange(100000, 999999)))
