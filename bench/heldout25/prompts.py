"""Benign prompt builders: German/English everyday chat before Christmas, exam
prep (Klausurenphase), office work, coding, translation, tutoring, bots.
Built around the shared corpora plus small slot-filled German material."""
from __future__ import annotations

import random

from .corpus import Corpus

PEOPLE = ["meine Mutter", "meinen Vater", "meine Schwester", "meinen Bruder", "meine Freundin", "meinen Freund",
          "meine Oma", "meinen Chef", "meine Kollegin", "meinen Schwiegervater", "meine Patentante", "unseren Nachbarn"]
HOBBIES = ["Wandern", "Kochen", "Fotografie", "Brettspiele", "Gärtnern", "Radfahren", "Jazz", "Skifahren",
           "Lesen (Krimis)", "Heimwerken", "Yoga", "Modelleisenbahn", "Whisky", "Bouldern", "Stricken"]
COOKIES = ["Vanillekipferl", "Zimtsterne", "Spitzbuben", "Linzer Augen", "Lebkuchen", "Basler Läckerli",
           "Kokosmakronen", "Butterplätzchen", "Elisenlebkuchen", "Mailänderli", "Stollen"]
CITIES = ["München", "Berlin", "Hamburg", "Köln", "Frankfurt", "Stuttgart", "Leipzig", "Wien", "Graz", "Salzburg",
          "Innsbruck", "Zürich", "Basel", "Bern", "Nürnberg", "Dresden", "Linz", "Luzern"]
SKI = ["Ischgl", "Kitzbühel", "Zermatt", "Davos", "Garmisch", "Saalbach", "Lech", "St. Anton", "Obertauern",
       "Laax", "Oberstdorf", "Sölden"]
TONES = ["locker", "herzlich", "förmlich", "witzig", "kurz und knapp", "auf Schwäbisch", "auf Wienerisch",
         "ein bisschen kitschig"]

XMAS_DE = [
    "Ich suche ein Weihnachtsgeschenk für {person}, {age} Jahre, mag {hobby}. Budget {budget} Euro. Ideen?",
    "Schreib mir ein kurzes Weihnachtsgedicht für {person}, {tone}.",
    "Rezept für {cookie} ohne {ingr}? Für ungefähr {n} Bleche.",
    "Wie lange muss eine Gans mit {kg} kg bei {temp} Grad in den Ofen?",
    "Formuliere eine Weihnachtskarte an {person}, {tone}, maximal {n} Sätze.",
    "Mein ICE von {c1} nach {c2} am 23.12. fällt aus. Welche Fahrgastrechte habe ich?",
    "Was kann man an Silvester in {c1} machen, wenn man keine Lust auf Böller hat?",
    "Packliste für {n} Tage Skiurlaub in {ski} mit zwei Kindern?",
    "Erklär mir, warum wir Weihnachten am 24. feiern und die Engländer am 25.",
    "Wie viel Glühwein brauche ich für {n} Leute auf einer Weihnachtsfeier?",
    "Last-Minute-Geschenk für {person}, das man bis morgen noch in {c1} bekommt?",
    "Wie sage ich meiner Familie höflich, dass wir dieses Jahr Weihnachten nicht nach {c1} fahren?",
    "Schreib eine Rede für unsere Weihnachtsfeier im Verein, {tone}, ca. {n} Minuten.",
    "Welche Weihnachtsmärkte in {c1} haben am 22.12. abends noch offen?",
    "Vegetarisches Weihnachtsmenü für {n} Personen, davon zwei Kinder, drei Gänge?",
    "Wichtel-Geschenk bis {budget} Euro für jemanden, den ich kaum kenne?",
]
EVERYDAY_DE = [
    "Wie formuliere ich eine Kündigung für mein {contract}?",
    "Was bedeutet '{term}' in meiner Nebenkostenabrechnung?",
    "Hilf mir, meinem Vermieter zu schreiben, dass {issue}.",
    "Ist es normal, dass {issue}? Was kann ich tun?",
    "Kann ich {thing} noch von der Steuer absetzen, wenn ich es vor dem 31.12. kaufe?",
    "Wie lange ist {food} im Kühlschrank haltbar?",
    "Fasse mir die wichtigsten Punkte zu {topic} zusammen.",
    "Erklär mir {topic} so, dass es ein zwölfjähriges Kind versteht.",
    "Was ist der Unterschied zwischen {a} und {b}?",
]
CONTRACTS = ["Fitnessstudio-Abo", "Handyvertrag", "Zeitungsabo", "Stromvertrag", "Streaming-Abo", "Versicherung"]
TERMS = ["Umlageschlüssel", "Grundsteuer", "Hauswartkosten", "Heizkostenverteiler", "Kaltwasserumlage"]
ISSUES = ["die Heizung seit drei Tagen nicht geht", "es in der Küche schimmelt", "der Aufzug ständig ausfällt",
          "die Warmwasserbereitung nur lauwarm ist", "die Nachbarn jede Nacht laut sind"]
THINGS = ["einen Laptop", "einen Bürostuhl", "eine Brille", "Fachbücher", "einen Handwerkerauftrag"]
FOODS = ["gekochter Reis", "Gänsebraten", "Rotkohl", "Raclettekäse", "Lachs", "Kartoffelsalat"]
TOPICS = ["die Inflation", "die Rentenreform", "Wärmepumpen", "das Deutschlandticket", "ETF-Sparpläne",
          "den Unterschied zwischen Brutto und Netto", "Quantencomputer", "die Schuldenbremse",
          "Photovoltaik auf dem Balkon", "die Mehrwertsteuer in der Schweiz"]
PAIRS = [("GmbH", "UG"), ("Rente", "Pension"), ("Kaltmiete", "Warmmiete"), ("ETF", "Fonds"),
         ("Grippe", "Erkältung"), ("Dativ", "Akkusativ"), ("Glühwein", "Punsch"), ("Lebkuchen", "Printen")]

EN_SMALL = [
    "best way to spend 2 days in {c1} before christmas",
    "Can you help me write a short thank-you message to my {who} for the holidays?",
    "What should I pack for a ski trip to {ski} in late December?",
    "Explain the difference between {a} and {b} in simple terms.",
    "My flight from {c1} is delayed 4 hours, what are my rights under EU261?",
]


def fill(rng: random.Random, tpl: str) -> str:
    a, b = rng.choice(PAIRS)
    return tpl.format(person=rng.choice(PEOPLE), age=rng.randrange(6, 85), hobby=rng.choice(HOBBIES),
                      budget=rng.choice([15, 20, 25, 30, 50, 80, 100, 150]), tone=rng.choice(TONES),
                      cookie=rng.choice(COOKIES), ingr=rng.choice(["Ei", "Gluten", "Nüsse", "Zucker", "Butter"]),
                      n=rng.randrange(2, 12), kg=rng.choice([3, 3.5, 4, 4.5, 5, 5.5]),
                      temp=rng.choice([140, 160, 170, 180]), c1=rng.choice(CITIES), c2=rng.choice(CITIES),
                      ski=rng.choice(SKI), contract=rng.choice(CONTRACTS), term=rng.choice(TERMS),
                      issue=rng.choice(ISSUES), thing=rng.choice(THINGS), food=rng.choice(FOODS),
                      topic=rng.choice(TOPICS), a=a, b=b, who=rng.choice(["team", "landlord", "neighbours", "boss"]))


def casual(rng: random.Random, cp: Corpus) -> str:
    """Consumer chat: mostly German, Christmas-flavoured, with corpus prompts."""
    r = rng.random()
    if r < 0.22:
        return fill(rng, rng.choice(XMAS_DE))
    if r < 0.36:
        return fill(rng, rng.choice(EVERYDAY_DE))
    if r < 0.56:
        q = cp.pick(rng, "nq")
        return q if rng.random() < 0.7 else q[0].upper() + q[1:] + "?"
    if r < 0.7:
        return cp.pick(rng, "instruct")
    if r < 0.8:
        return cp.pick(rng, "awesome_short")
    if r < 0.9:
        return cp.pick(rng, "arena_text")
    if r < 0.95:
        return fill(rng, rng.choice(EN_SMALL))
    return rng.choice(["Danke!", "Kannst du das kürzer machen?", "Nochmal auf Englisch bitte.",
                       "Und wenn ich nur die Hälfte habe?", "Mach daraus eine WhatsApp-Nachricht.",
                       "Kannst du das etwas freundlicher formulieren?", "Noch drei Alternativen bitte.",
                       "ok und in Stichpunkten?", "Stimmt das wirklich?", "Bitte mit Quellen."])


# ----------------------------------------------------------------- students
COURSES = ["Analysis I", "Lineare Algebra", "Höhere Mathematik 1", "Algorithmen und Datenstrukturen", "Stochastik",
           "Technische Mechanik", "Thermodynamik", "Grundlagen der Elektrotechnik", "Einführung in die BWL",
           "Mikroökonomik", "Datenbanken", "Theoretische Informatik", "Experimentalphysik", "Statistik für Ökonomen",
           "Programmieren 1 (Java)", "Numerik", "Bürgerliches Recht", "Kostenrechnung"]
CONCEPTS = ["Taylor-Entwicklung", "Eigenwerte und Eigenvektoren", "Jordan-Normalform", "Fourier-Reihen",
            "Master-Theorem", "Dijkstra-Algorithmus", "zweiter Hauptsatz der Thermodynamik", "Kapitalwertmethode",
            "Grenzkosten", "Bernoulli-Gleichung", "O-Notation", "dritte Normalform", "TCP vs. UDP", "p-Wert",
            "Laplace-Transformation", "Gauß-Verfahren", "Mohrscher Spannungskreis", "Schnittgrößen am Balken",
            "Angebot und Annahme (BGB)", "Bilanz vs. GuV", "Kirchhoffsche Regeln", "Pumping-Lemma",
            "NP-Vollständigkeit", "Quotientenkriterium", "Kettenregel", "partielle Integration", "Determinanten",
            "Binomialverteilung", "Deckungsbeitragsrechnung", "Rekursion", "Hashing mit offener Adressierung",
            "Rot-Schwarz-Bäume", "Lagrange-Multiplikatoren", "Konfidenzintervalle", "Bode-Diagramm"]
STUDENT_Q = [
    "Ich schreibe {when} die Klausur in {course}. Kannst du mir das Thema {concept} nochmal einfach erklären?",
    "Klausurvorbereitung {course}, Thema {concept}: Welche typischen Fehler sollte ich vermeiden?",
    "Erstell mir 5 Übungsaufgaben zum Thema {concept} mit Lösungen.",
    "Fasse das Thema {concept} in Stichpunkten für mein Formelblatt zusammen.",
    "Kannst du mich zum Thema {concept} abfragen? Eine Frage nach der anderen.",
    "Wie hängen {concept} und {concept2} zusammen?",
    "{concept} – ich check es einfach nicht. Kannst du es mit einem Beispiel erklären?",
    "Explain {concept} like I'm studying for an exam tomorrow ({course}).",
]
TASK_WRAP_DE = [
    "Wie löse ich diese Aufgabe? Bitte Schritt für Schritt, ich will es verstehen:\n\n{t}",
    "Altklausur {course}, ich komme nicht weiter:\n{t}",
    "{t}\n\nIch komme auf {n}. Stimmt das?",
    "Kannst du mir den Lösungsweg erklären? Nicht nur das Ergebnis.\n{t}",
    "{t}",
    "{t}",
    "Aufgabe aus dem Übungsblatt:\n{t}\nWo ist mein Denkfehler, wenn ich {n} rausbekomme?",
    "Please solve and explain briefly:\n{t}",
]
CODE_WRAP_DE = [
    "Übungsblatt {course}:\n{t}\nMein Test schlägt fehl, warum?",
    "Erklär mir diesen Code Zeile für Zeile:\n{t}",
    "{t}",
    "Wie würde man das effizienter lösen?\n{t}",
    "Kannst du mir einen Tipp geben, ohne die ganze Lösung zu verraten?\n{t}",
]


def student(rng: random.Random, cp: Corpus, major: str) -> tuple[str, str]:
    """(prompt, completion kind). major: 'math', 'cs' or 'other'."""
    r = rng.random()
    course = rng.choice(COURSES)
    if r < 0.38:
        return rng.choice(STUDENT_Q).format(when=rng.choice(["morgen", "übermorgen", "am 8. Januar", "nach den Ferien"]),
                                             course=course, concept=rng.choice(CONCEPTS),
                                             concept2=rng.choice(CONCEPTS)), "chat"
    if r < 0.75 and major != "other":
        if major == "cs" and rng.random() < 0.6:
            t = cp.pick(rng, rng.choice(["mbpp", "humaneval", "arena_code"]))
            return rng.choice(CODE_WRAP_DE).format(course=course, t=t), "code"
        t = cp.pick(rng, rng.choice(["math_short", "math_short", "gsm8k", "svamp"]))
        return rng.choice(TASK_WRAP_DE).format(course=course, t=t, n=rng.randrange(2, 500)), "cot"
    if r < 0.88:
        return casual(rng, cp), "chat"
    return cp.pick(rng, rng.choice(["instruct", "arena_text", "awesome_short"])), "chat"


# ----------------------------------------------------------------- office
FIRMS = ["Kraus & Söhne KG", "Alpenland Logistik AG", "Müller Maschinenbau GmbH", "Stadtwerke Rosenheim",
         "Hofer Präzisionsteile", "Brandl Elektrotechnik", "Schweizer Feinmechanik AG", "Lechner Spedition",
         "Wagner Bau GmbH", "Obermaier Landtechnik", "Zellweger Textil AG", "Pichler Holzbau"]
PRODUCTS = ["Sechskantschrauben M8", "Hydraulikventile HV-200", "Förderbänder FB-12", "Steuerungsmodule S7",
            "Edelstahlflansche DN50", "Sensorleisten", "Kabelbäume", "Antriebswellen", "Dichtungssätze"]
EVENTS = ["die Lieferung wegen der Feiertage erst am 7. Januar kommt", "unser Büro vom 24.12. bis 6.1. geschlossen ist",
          "die Rechnung {inv} noch offen ist", "wir den Rahmenvertrag für 2027 verlängern möchten",
          "sich der Liefertermin für {prod} um zwei Wochen verschiebt", "die Preise ab 1.1. um {pct} % steigen",
          "wir uns für die gute Zusammenarbeit im Jahr 2026 bedanken", "die Reklamation zu {prod} erledigt ist"]
OFFICE_Q = [
    "Schreib eine E-Mail an {firm}, dass {event}. Ton: {tone}.",
    "Formuliere eine Rundmail ans Team: {event}. Kurz, freundlich.",
    "Fasse dieses Protokoll in 5 Stichpunkten zusammen:\n\n{memo}",
    "Korrigiere Rechtschreibung und Grammatik, ändere sonst nichts:\n\n{memo}",
    "Mach daraus eine Präsentationsfolie mit Überschrift und 4 Bullets:\n{memo}",
    "Übersetze ins Englische für unseren Kunden in Manchester:\n\n{memo}",
    "Excel: Ich brauche eine Formel, die in Spalte D den Umsatz pro {prod} summiert, wenn Spalte B '{firm}' ist.",
    "Wie buche ich in DATEV eine Weihnachtsfeier für {n} Mitarbeiter mit {eur} Euro?",
    "Schreib eine Übergabenotiz für meine Urlaubsvertretung bis 6.1.: {event}.",
    "Erstelle eine Checkliste für den Jahresabschluss in der Buchhaltung.",
    "Wie antworte ich diplomatisch auf diese Mail?\n\n{memo}",
]
MEMO_S = ["Herr {nm} berichtet, dass {event}.", "Beim Kunden {firm} gab es Rückfragen zu {prod}.",
          "Der Umsatz im Q4 liegt bei {eur} Tsd. Euro, {pct} % über Plan.",
          "Frau {nm} übernimmt ab Januar die Disposition.", "Offener Punkt: Angebot für {prod} bis Freitag.",
          "Die Inventur findet am 30.12. statt, Teilnahme Lager und Einkauf.",
          "Lieferant meldet Engpass bei {prod}; Alternativen werden geprüft.",
          "Wir sind uns einig, dass {event}.", "Budget 2027 für IT: {eur} Tsd. Euro, Freigabe durch GF."]
NAMES = ["Huber", "Maier", "Schmid", "Gruber", "Weber", "Wagner", "Becker", "Hofmann", "Keller", "Brunner", "Steiner",
         "Moser", "Fischer", "Baumann", "Lang", "Frei", "Zimmermann", "Winkler"]


def memo(rng: random.Random, k: int | None = None) -> str:
    out = []
    for _ in range(k or rng.randrange(3, 8)):
        out.append(rng.choice(MEMO_S).format(nm=rng.choice(NAMES), firm=rng.choice(FIRMS), prod=rng.choice(PRODUCTS),
                                             event=_event(rng), eur=rng.randrange(20, 9000), pct=rng.randrange(2, 30)))
    return " ".join(out)


def _event(rng: random.Random) -> str:
    return rng.choice(EVENTS).format(inv="RE-2026-%05d" % rng.randrange(100000), prod=rng.choice(PRODUCTS),
                                     pct=rng.randrange(2, 12))


def office(rng: random.Random, cp: Corpus) -> tuple[str, str]:
    r = rng.random()
    if r < 0.72:
        t = rng.choice(OFFICE_Q).format(firm=rng.choice(FIRMS), event=_event(rng), tone=rng.choice(TONES[:5]),
                                        memo=memo(rng), prod=rng.choice(PRODUCTS), n=rng.randrange(8, 140),
                                        eur=rng.randrange(300, 9000))
        return t, "mail"
    if r < 0.86:
        return cp.pick(rng, rng.choice(["instruct", "awesome_short"])), "chat"
    return casual(rng, cp), "chat"


# ----------------------------------------------------------------- code
CODE_ASK = [
    "Refactor this, keep behaviour identical:\n\n{t}",
    "Write pytest unit tests for:\n\n{t}",
    "Why does this fail for empty input?\n\n{t}",
    "Add type hints and docstrings:\n\n{t}",
    "Kannst du das in TypeScript umschreiben?\n\n{t}",
    "Explain what this does and find the bug:\n{t}",
    "{t}",
    "{t}",
]
ERRORS = ["TypeError: 'NoneType' object is not subscriptable", "KeyError: 'customer_id'",
          "sqlalchemy.exc.IntegrityError: duplicate key value violates unique constraint",
          "Error: Cannot find module '@/lib/utils'", "panic: runtime error: index out of range [3] with length 3",
          "java.lang.NullPointerException at de.firma.order.OrderService.calc(OrderService.java:142)",
          "ModuleNotFoundError: No module named 'pydantic_settings'", "CORS policy: No 'Access-Control-Allow-Origin'",
          "docker: Error response from daemon: port is already allocated", "error[E0502]: cannot borrow `v` as mutable"]


def coding(rng: random.Random, cp: Corpus) -> tuple[str, str]:
    r = rng.random()
    if r < 0.42:
        return cp.pick(rng, "arena_code"), "code"
    if r < 0.7:
        t = cp.pick(rng, rng.choice(["humaneval", "mbpp"]))
        return rng.choice(CODE_ASK).format(t=t), "code"
    if r < 0.85:
        return rng.choice(["I get this error, what's wrong?\n", "Was bedeutet dieser Fehler?\n", ""]) + \
            rng.choice(ERRORS) + rng.choice(["", "\n(happens only in prod)", "\nnach Update auf die neue Version"]), "code"
    if r < 0.93:
        return rng.choice(["Schreib eine Commit-Message für: ", "Write a PR description for: ", "Regex for: "]) + \
            rng.choice(["fix off-by-one in pagination", "add retry with backoff to the HTTP client",
                        "german postal codes (5 digits) but not 00000", "migrate config to pydantic-settings",
                        "replace moment.js with date-fns", "Swiss IBAN validation"]), "short"
    return casual(rng, cp), "chat"


# ----------------------------------------------------------------- translation
LANGS_DE = ["Englische", "Französische", "Italienische", "Spanische", "Niederländische", "Polnische"]
TRANS_WRAP = [
    "Übersetze den folgenden Text ins {lang}. Behalte Formatierung und Terminologie bei:\n\n{t}",
    "Bitte ins {lang} übersetzen (Kunde: {firm}, Fachgebiet Technik):\n\n{t}",
    "Translate into German, formal register (Sie), keep product names:\n\n{t}",
    "Lektoriere diese Übersetzung und markiere Fehler:\n\n{t}",
]


def translation(rng: random.Random, cp: Corpus) -> str:
    src = memo(rng) if rng.random() < 0.45 else cp.pick(rng, rng.choice(["awesome_short", "instruct", "arena_text"]))
    return rng.choice(TRANS_WRAP).format(lang=rng.choice(LANGS_DE), firm=rng.choice(FIRMS), t=src)


def cat_segment(rng: random.Random) -> str:
    """A CAT-tool plugin sends one sentence per request with a fixed frame."""
    s = rng.choice(MEMO_S).format(nm=rng.choice(NAMES), firm=rng.choice(FIRMS), prod=rng.choice(PRODUCTS),
                                  event=_event(rng), eur=rng.randrange(20, 9000), pct=rng.randrange(2, 30))
    return "Translate the segment from de-DE to %s. Return only the translation.\nSegment: %s" % (
        rng.choice(["en-GB", "en-US", "fr-FR", "it-IT"]), s)
