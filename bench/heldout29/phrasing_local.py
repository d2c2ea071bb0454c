"""How people in each market write: languages, wrappers around corpus prompts, office and
holiday requests. All names of firms and people here are invented."""

from __future__ import annotations

import random

from .randutil import fill, pick

LANG = {"FI": "fi", "SE": "sv", "NO": "no", "DK": "da", "EE": "et", "LV": "lv", "LT": "lt", "PL": "pl",
        "DE": "de", "NL": "en", "UK": "en", "US-E": "en", "US-W": "en"}
LANG_NAME = {"fi": "Finnish", "sv": "Swedish", "no": "Norwegian", "da": "Danish", "et": "Estonian",
             "lv": "Latvian", "lt": "Lithuanian", "pl": "Polish", "en": "English", "de": "German", "ru": "Russian"}

PREFIX = {
    "fi": ["Voisitko auttaa tässä: ", "Hei! ", "Tarvitsen apua: ", "", "Kysymys: "],
    "sv": ["Kan du hjälpa mig med det här: ", "Hej! ", "", "Fråga: "],
    "no": ["Kan du hjelpe meg med dette: ", "Hei! ", ""],
    "da": ["Kan du hjælpe mig med dette: ", "Hej! ", ""],
    "et": ["Kas saaksid aidata: ", "Tere! ", ""],
    "lv": ["Vai vari palīdzēt: ", "Sveiki! ", ""],
    "lt": ["Ar galėtum padėti: ", "Labas! ", ""],
    "pl": ["Czy możesz mi pomóc: ", "Cześć! ", ""],
    "de": ["Kannst du mir helfen: ", ""],
    "en": ["", "", "Quick question: ", "Hi, "],
}
SUFFIX = {
    "fi": ["\n\nVastaa suomeksi.", "", " Kiitos!"], "sv": ["\n\nSvara gärna på svenska.", "", " Tack!"],
    "no": ["\n\nSvar på norsk, takk.", ""], "da": ["\n\nSvar venligst på dansk.", ""],
    "et": ["\n\nPalun vasta eesti keeles.", ""], "lv": ["\n\nLūdzu, atbildi latviešu valodā.", ""],
    "lt": ["\n\nAtsakyk lietuvių kalba.", ""], "pl": ["\n\nOdpowiedz po polsku, proszę.", ""],
    "de": ["\n\nBitte auf Deutsch antworten.", ""], "en": ["", "", " Thanks!", "\n\nthanks in advance"],
}
STEP = {"fi": "Selitä vaihe vaiheelta", "sv": "Förklara steg för steg", "no": "Forklar steg for steg",
        "da": "Forklar trin for trin", "et": "Selgita samm-sammult", "lv": "Paskaidro soli pa solim",
        "lt": "Paaiškink žingsnis po žingsnio", "pl": "Wyjaśnij krok po kroku", "en": "Explain step by step",
        "de": "Erkläre Schritt für Schritt"}
STUCK = {"fi": ["En ymmärrä tätä tehtävää:", "Miten tämä ratkaistaan?", "Tentti huomenna, auta:"],
         "sv": ["Jag förstår inte den här uppgiften:", "Hur löser man detta?", "Tenta imorgon, hjälp:"],
         "no": ["Jeg skjønner ikke denne oppgaven:", "Eksamen i morgen, hjelp:"],
         "da": ["Jeg forstår ikke denne opgave:", "Eksamen i morgen, hjælp:"],
         "et": ["Ma ei saa sellest ülesandest aru:", "Eksam homme, aita:"],
         "lv": ["Nesaprotu šo uzdevumu:", "Rīt eksāmens, palīdzi:"],
         "lt": ["Nesuprantu šios užduoties:", "Rytoj egzaminas, padėk:"],
         "pl": ["Nie rozumiem tego zadania:", "Jutro egzamin, pomocy:"],
         "en": ["I don't get this one:", "exam tomorrow, help:", "stuck on this:"], "de": ["Ich verstehe diese Aufgabe nicht:"]}

FIRMS = ["Kuura Logistics Oy", "Fjällvik Bygg AB", "Nordhavn Shipping ApS", "Saare Puit OÜ", "Daugava Trade SIA",
         "Nemunas Foods UAB", "Wisła Components sp. z o.o.", "Pohjola Printing Oy", "Björkdal Fastigheter AB",
         "Lofoten Seafood AS", "Kalnu Serviss SIA", "Vėjo Energija UAB", "Mänty Consulting Oy", "Hav & Land AS"]
TOPICS = ["customer onboarding", "NIS2 compliance", "cloud cost reduction", "winter sales", "the new CRM rollout",
          "GDPR data requests", "the 2027 budget", "remote work policy", "supplier audits", "energy efficiency"]
NOTE_LINES = ["budget for Q1 approved", "release moved to week 51", "hire two backend developers", "NPS down 4 points",
              "migrate CI to self-hosted runners", "office closed 24-26 Dec", "supplier contract renewal in January",
              "pilot customer asked for SSO", "warehouse inventory count on 30 Dec", "new price list from 1 Jan",
              "security training mandatory for all", "Christmas party moved to Thursday"]
DATES = ["15.12.", "18.12.", "22.12.", "8.1.", "12.1."]

OFFICE = {
    "fi": ["Kirjoita kohtelias sähköposti asiakkaalle {firm}, jossa pahoittelemme toimituksen viivästymistä {date} asti.",
           "Tiivistä alla oleva palaverimuistio viiteen ranskalaiseen viivaan:\n\n{notes}",
           "Muotoile tämä LinkedIn-päivitys ammattimaisemmaksi: aloitimme projektin aiheesta {topic}",
           "Miten teen Excelissä pivot-taulukon, joka laskee myynnin kuukausittain?",
           "Laadi agenda {n} tunnin työpajalle aiheesta {topic}.",
           "Kirjoita joulutervehdys asiakkaillemme, lämmin mutta lyhyt.",
           "Mikä on ero verollisen ja verottoman hinnan välillä laskussa? Anna esimerkki.",
           "Kirjoita muistutus tiimille: {notes}"],
    "sv": ["Skriv ett artigt mejl till {firm} där vi ber om ursäkt för att leveransen försenas till {date}.",
           "Sammanfatta mötesanteckningarna nedan i fem punkter:\n\n{notes}",
           "Hur skapar jag en pivottabell i Excel som summerar försäljning per månad?",
           "Skriv en kort julhälsning till våra kunder.",
           "Föreslå en agenda för en workshop på {n} timmar om {topic}.",
           "Formulera om det här så att det låter mer professionellt: vi har börjat jobba med {topic}"],
    "no": ["Skriv en høflig e-post til {firm} om at leveransen er forsinket til {date}.",
           "Oppsummer møtereferatet i fem punkter:\n\n{notes}",
           "Lag en agenda for en workshop på {n} timer om {topic}.", "Skriv en kort julehilsen til kundene våre."],
    "da": ["Skriv en høflig e-mail til {firm} om at leveringen er forsinket til {date}.",
           "Opsummer mødenoterne i fem punkter:\n\n{notes}", "Skriv en kort julehilsen til vores kunder.",
           "Lav en dagsorden for en workshop på {n} timer om {topic}."],
    "et": ["Kirjuta viisakas e-kiri kliendile {firm}, et tarne hilineb kuni {date}.",
           "Tee koosoleku märkmetest viiepunktiline kokkuvõte:\n\n{notes}", "Kirjuta lühike jõulutervitus meie klientidele."],
    "lv": ["Uzraksti pieklājīgu e-pastu klientam {firm}, ka piegāde kavēsies līdz {date}.",
           "Apkopo sapulces piezīmes piecos punktos:\n\n{notes}", "Uzraksti īsu Ziemassvētku apsveikumu mūsu klientiem."],
    "lt": ["Parašyk mandagų laišką klientui {firm}, kad pristatymas vėluos iki {date}.",
           "Apibendrink susitikimo užrašus penkiais punktais:\n\n{notes}", "Parašyk trumpą kalėdinį sveikinimą mūsų klientams."],
    "pl": ["Napisz uprzejmy e-mail do {firm}, że dostawa opóźni się do {date}.",
           "Podsumuj notatki ze spotkania w pięciu punktach:\n\n{notes}", "Napisz krótkie życzenia świąteczne dla naszych klientów."],
    "de": ["Schreibe eine höfliche E-Mail an {firm}: Die Lieferung verzögert sich bis {date}."],
    "en": ["Write a polite email to {firm} apologising that the delivery is delayed until {date}.",
           "Summarise these meeting notes in five bullet points:\n\n{notes}",
           "Draft a short holiday greeting for our customers.",
           "How do I build a pivot table in Excel that sums sales by month?",
           "Suggest an agenda for a {n}-hour workshop on {topic}.",
           "Rewrite this to sound more confident: we are starting a project on {topic}",
           "What should be in a one-page brief about {topic} for the leadership team?"],
}

HOLIDAY = {
    "fi": ["Mitä ostaisin joululahjaksi {age}-vuotiaalle, joka tykkää {hobby_fi}? Budjetti {eur} €.",
           "Anna resepti joulutorttuihin ilman luumuhilloa.", "Kuinka kauan {kg} kg kinkkua paistetaan uunissa?",
           "Keksi hauska runo joulukorttiin isovanhemmille.", "Mitä tehdä Helsingissä joulun aikaan, jos sataa?",
           "Miten teen rosollia? Riittääkö {n} hengelle?"],
    "sv": ["Vad ska jag köpa i julklapp till någon på {age} år som gillar {hobby_en}? Max {sek} kr.",
           "Recept på lussekatter utan ägg?", "Hur länge ska en julskinka på {kg} kg vara i ugnen?",
           "Skriv ett roligt julklappsrim till en bok.", "Tips på julbord för {n} personer?"],
    "no": ["Gi meg en oppskrift på pepperkaker.", "Hvor lenge skal ribbe på {kg} kg stekes?",
           "Forslag til julegave under {sek} kr til noen som liker {hobby_en}?"],
    "da": ["Opskrift på risalamande til {n} personer?", "Hvad kan jeg give min mor i julegave? Hun kan lide havearbejde.",
           "Hvor længe skal en and på {kg} kg i ovnen?"],
    "et": ["Anna retsept verivorstide jaoks.", "Mida kinkida jõuludeks {age}-aastasele?"],
    "lv": ["Iesaki piparkūku recepti.", "Ko uzdāvināt Ziemassvētkos tētim, kuram patīk makšķerēšana?"],
    "lt": ["Duok kūčiukų receptą.", "Ką padovanoti mamai Kalėdų proga?"],
    "pl": ["Przepis na barszcz z uszkami na Wigilię?", "Co kupić na prezent dla brata, który lubi gry planszowe?",
           "Ile czasu piec karpia o wadze {kg} kg?"],
    "de": ["Rezept für Vanillekipferl?"],
    "en": ["Gift ideas for a coworker under £20?", "How long do I roast a {kg} kg turkey?",
           "Write a funny poem for a Christmas card to my grandparents.", "secret santa ideas for someone who likes {hobby_en}",
           "Plan a cosy Christmas Eve dinner menu for {n} people."],
}
SLOTS = dict(age=["6", "8", "10", "12", "15", "40", "70"], hobby_fi=["Minecraftista", "jääkiekosta", "lukemisesta", "leipomisesta"],
             hobby_en=["fishing", "board games", "hiking", "knitting", "football", "video games"], eur=["30", "40", "50", "100"],
             sek=["300", "500", "800"], kg=["2", "3", "4.5", "6", "7"], n=["4", "6", "8", "12"], firm=FIRMS,
             topic=TOPICS, date=DATES)


def notes(rng: random.Random) -> str:
    k = rng.randrange(3, 7)
    lines = rng.sample(NOTE_LINES, k)
    return "\n".join("- " + x for x in lines)


def office(rng: random.Random, lang: str) -> str:
    return fill(rng, pick(rng, OFFICE.get(lang, OFFICE["en"])), notes=notes(rng), **SLOTS)


def holiday(rng: random.Random, lang: str) -> str:
    return fill(rng, pick(rng, HOLIDAY.get(lang, HOLIDAY["en"])), **SLOTS)


def localise(rng: random.Random, text: str, lang: str, p: float = .5) -> str:
    """Wrap a corpus prompt the way a non-native English speaker might."""
    if lang == "en" or rng.random() > p:
        return text
    return pick(rng, PREFIX[lang]) + text + pick(rng, SUFFIX[lang])


def texture(rng: random.Random, text: str) -> str:
    """Keyboard texture: lower-casing, trailing spaces or newlines, CRLF from Windows pastes."""
    r = rng.random()
    if r < .06:
        return text.lower()
    if r < .10:
        return text + " "
    if r < .13:
        return text + "\n"
    if r < .15:
        return text.replace("\n", "\r\n")
    if r < .16:
        return text + " 🙏"
    return text
