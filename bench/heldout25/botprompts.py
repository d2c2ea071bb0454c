"""Prompts of benign machine clients: SaaS apps with one system prompt, hotel
bots, CI jobs, an eval harness, annotation pipelines, product-text batches,
agent developers and tutoring backends."""
from __future__ import annotations

import json
import random

from .corpus import Corpus
from .prompts import CITIES, FIRMS, NAMES

# ----------------------------------------------------------------- legal SaaS
LEGAL_SYSTEM = (
    "Du bist Paragraphix, der KI-Assistent für Vertragsprüfung von Klausel & Co. Software GmbH. "
    "Du prüfst Vertragsklauseln nach deutschem, österreichischem und Schweizer Recht für kleine und mittlere "
    "Unternehmen. Antworte immer auf Deutsch. Gliedere deine Antwort in: 1) Zusammenfassung in einem Satz, "
    "2) Risiken für den Mandanten (Ampel: grün/gelb/rot), 3) konkrete Formulierungsvorschläge. Weise darauf hin, "
    "dass du keine Rechtsberatung ersetzt. Zitiere Normen (BGB, HGB, ABGB, OR) nur, wenn du dir sicher bist. "
    "Erfinde keine Urteile. Wenn die Klausel unvollständig ist, frage nach.")
CLAUSE_T = ["Haftung", "Kündigung", "Vertraulichkeit", "Gewährleistung", "Zahlungsbedingungen", "Vertragsstrafe",
            "Gerichtsstand", "Datenschutz", "Nutzungsrechte", "Preisanpassung"]
CLAUSE_S = [
    "Der Auftragnehmer haftet unbeschränkt für sämtliche Schäden, gleich aus welchem Rechtsgrund.",
    "Die Haftung für leichte Fahrlässigkeit ist ausgeschlossen, soweit nicht Kardinalpflichten verletzt werden.",
    "Der Vertrag verlängert sich automatisch um jeweils {n} Monate, sofern er nicht {k} Monate vor Ablauf gekündigt wird.",
    "Zahlungen sind innerhalb von {d} Tagen ohne Abzug fällig; bei Verzug werden Zinsen von {p} % p.a. berechnet.",
    "Für jeden Fall der Zuwiderhandlung ist eine Vertragsstrafe von EUR {e} fällig.",
    "Gerichtsstand ist {city}; es gilt ausschließlich das Recht der Bundesrepublik Deutschland.",
    "Der Auftraggeber räumt dem Auftragnehmer ein einfaches, zeitlich unbegrenztes Nutzungsrecht ein.",
    "Der Anbieter ist berechtigt, die Preise jährlich um bis zu {p} % anzupassen.",
    "Die Gewährleistungsfrist beträgt {n} Monate ab Abnahme.",
    "Vertrauliche Informationen sind auch nach Vertragsende {k} Jahre geheim zu halten.",
]


def clause(rng: random.Random) -> str:
    parts = ["§ %d %s" % (rng.randrange(3, 25), rng.choice(CLAUSE_T))]
    for i in range(rng.randrange(1, 4)):
        parts.append("(%d) " % (i + 1) + rng.choice(CLAUSE_S).format(
            n=rng.choice([6, 12, 24, 36]), k=rng.choice([1, 2, 3, 6]), d=rng.choice([8, 14, 30, 60]),
            p=rng.choice([3, 5, 8, 9]), e=rng.choice([5000, 10000, 25000, 50000]),
            city=rng.choice(["München", "Wien", "Zürich", "Hamburg", "Stuttgart"])))
    return "\n".join(parts)


def legal_user(rng: random.Random) -> str:
    ask = rng.choice(["Bitte prüfe diese Klausel:", "Ist das für uns als Auftragnehmer okay?",
                      "Welche Risiken siehst du hier?", "Formuliere das ausgewogener:",
                      "Kunde will das so unterschreiben, was meinst du?"])
    return ask + "\n\n" + clause(rng)


# ----------------------------------------------------------------- shop support (multi-tenant)
SHOP_SYSTEM = (
    "You are the customer service assistant of {shop}, an online shop. Answer in the customer's language "
    "(usually German). Be friendly and brief. You can look up orders only through the data provided in the "
    "conversation; never invent tracking numbers. Holiday notice: orders placed after 20 December may arrive "
    "after Christmas. Returns: 30 days, extended to 15 January for Christmas purchases. Escalate complaints "
    "about damaged goods to a human agent with the tag [HANDOFF].")
SHOP_Q = [
    "Wo ist meine Bestellung {o}? Sollte eigentlich vor Weihnachten da sein!!",
    "Kommt das Paket noch vor dem 24.? Bestellnummer {o}",
    "Ich möchte {item} umtauschen, ist ein Geschenk.",
    "Kann ich noch die Lieferadresse ändern? Bestellung {o}",
    "Der Artikel kam kaputt an, was jetzt?",
    "Habt ihr {item} noch in Größe {size}?",
    "Gibt es einen Gutschein als PDF zum Ausdrucken?",
    "hallo ich hab zweimal bezahlt bestellung {o}",
    "Do you ship to Austria before Christmas?",
    "Wie lange habt ihr zwischen den Jahren geöffnet?",
]
ITEMS = ["die Winterjacke", "den Adventskalender", "das Lego-Set", "die Kaffeemaschine", "den Schal", "die Kopfhörer",
         "die Skibrille", "das Puzzle", "den Wasserkocher", "die Lichterkette"]


def shop_user(rng: random.Random) -> str:
    return rng.choice(SHOP_Q).format(o="%d-%06d" % (rng.randrange(10, 99), rng.randrange(10 ** 6)),
                                     item=rng.choice(ITEMS), size=rng.choice(["S", "M", "L", "XL", "42", "38"]))


# ----------------------------------------------------------------- hotel bots
HOTEL_SYSTEM = (
    "Sie sind der digitale Concierge des {hotel} in {place}. Beantworten Sie Gästefragen zu Zimmern, "
    "Wellness, Restaurant, Skipässen und Anreise höflich in der Sprache des Gastes. Preise und Verfügbarkeiten "
    "nur aus den folgenden Hausinformationen: Check-in ab 15 Uhr, Check-out bis 10 Uhr, Sauna 15-20 Uhr, "
    "Silvester-Galadinner am 31.12. ab 19 Uhr (5 Gänge), Skibus alle 20 Minuten ab Haus. Für Buchungen "
    "verweisen Sie auf die Rezeption.")
HOTELS = [("Hotel Alpenrose", "Lech"), ("Berghof Sonnblick", "Saalbach"), ("Gasthof zur Post", "Sölden"),
          ("Hotel Edelweiss", "Zermatt"), ("Chalet Bergkristall", "Davos"), ("Posthotel Tirol", "St. Anton"),
          ("Hotel Wiesenhof", "Kitzbühel"), ("Landhaus Almfrieden", "Obertauern"), ("Hotel Steinbock", "Laax"),
          ("Parkhotel Garmisch", "Garmisch-Partenkirchen"), ("Hotel Seeblick", "Zell am See"),
          ("Alpengasthof Kreuz", "Oberstdorf")]
GUEST_Q = [
    "Ab wann können wir am 26.12. einchecken?", "Is the spa open on Christmas Eve?",
    "Kann man beim Silvesterdinner vegetarisch essen?", "Wo kaufe ich den Skipass am günstigsten?",
    "Hebben jullie een parkeergarage?", "Dürfen wir unseren Hund mitbringen?",
    "How do I get from the train station to the hotel?", "Gibt es Schneeketten-Pflicht auf der Anfahrt?",
    "Wir reisen mit {n} Kindern, gibt es Kinderbetreuung?", "Kann ich das Zimmer auf den {d}.12. umbuchen?",
    "Is there a shuttle to the ski lift at 8am?", "Habt ihr noch einen Tisch für {n} Personen am Heiligabend?",
    "Welke pistes zijn geschikt voor beginners?", "Can I rent skis at the hotel?",
]


def guest(rng: random.Random) -> str:
    return rng.choice(GUEST_Q).format(n=rng.randrange(1, 6), d=rng.randrange(23, 31))


# ----------------------------------------------------------------- CI jobs
CI_SMOKE = ["Reply with the single word OK.", "Return the JSON {\"status\": \"ok\"} and nothing else.",
            "What is 2+2? Answer with a number only.", "Translate 'Guten Morgen' to English. One word answer.",
            "Say hello in German.", "Summarize in 5 words: The build passed on all platforms."]
DIFF_FILES = ["src/api/orders.py", "app/models/user.rb", "pkg/billing/invoice.go", "web/src/components/Cart.tsx",
              "services/export/csv.py", "lib/pricing/discount.ts", "core/src/main/java/de/acme/Report.java"]
DIFF_LINES = ["-    return total\n+    return round(total, 2)", "+    if not items:\n+        return []",
              "-const TIMEOUT = 3000\n+const TIMEOUT = 10000", "+    logger.info(\"export finished\", rows=n)",
              "-    for i in range(len(xs)):\n+    for i, x in enumerate(xs):", "+// TODO: remove after 2027-01",
              "-  retries: 3\n+  retries: 5", "+    @retry(wait=wait_exponential(max=30))"]


def ci_job(rng: random.Random, kind: str, fixed: list[str]) -> tuple[str, str]:
    if kind == "smoke":
        return rng.choice(fixed), "tiny"
    if kind == "review":
        f = rng.choice(DIFF_FILES)
        hunks = "\n".join(rng.choice(DIFF_LINES) for _ in range(rng.randrange(1, 6)))
        return ("You are a code reviewer. Summarize the change in one sentence and flag risky lines.\n\n"
                "diff --git a/%s b/%s\n@@ -%d,%d +%d,%d @@\n%s" % (f, f, rng.randrange(1, 400), rng.randrange(2, 9),
                                                                   rng.randrange(1, 400), rng.randrange(2, 9), hunks)), "short"
    # release-notes / changelog summariser
    items = "\n".join("- %s" % rng.choice(["fix: %s", "feat: %s", "chore: %s"]) % rng.choice(
        ["pagination", "csv export", "login timeout", "dark mode", "invoice pdf", "search index", "retry logic"])
        for _ in range(rng.randrange(3, 12)))
    return "Write user-facing release notes in German from these commits:\n" + items, "short"


# ----------------------------------------------------------------- eval harness
FEWSHOT_MATH = ("Question: There are 15 trees in the grove. Grove workers will plant trees in the grove today. "
                "After they are done, there will be 21 trees. How many trees did the grove workers plant today?\n"
                "Answer: There are 15 trees originally. Then there were 21 trees after some more were planted. "
                "So there must have been 21 - 15 = 6. The answer is 6.\n\n"
                "Question: If there are 3 cars in the parking lot and 2 more cars arrive, how many cars are in the "
                "parking lot?\nAnswer: There are originally 3 cars. 2 more cars arrive. 3 + 2 = 5. The answer is 5.\n\n")


def eval_item(cp: Corpus, suite: str, i: int) -> tuple[str, str, str | None]:
    """(prompt, kind, system) for item i of a suite, harness-style, in dataset order."""
    if suite == "gsm8k":
        return FEWSHOT_MATH + "Question: %s\nAnswer: Let's think step by step." % cp.item("gsm8k", 7473 + i), "cot", None
    if suite == "math":
        return ("Solve the following math problem. Put the final answer in \\boxed{}.\n\n" + cp.item("math", i * 10),
                "cot", None)
    if suite == "humaneval":
        return ("Complete the following Python function. Return only code.\n\n" + cp.item("humaneval", i), "code",
                "You are a helpful coding assistant.")
    if suite == "mbpp":
        return "You are an expert Python programmer, and here is your task: " + cp.item("mbpp", i), "code", None
    if suite == "arena":
        return cp.item("arena", i * 3), "long", None
    # German MMLU-like: multiple choice built from NQ questions
    q = cp.item("nq", i * 7)
    return ("Beantworte die folgende Frage. Antworte nur mit A, B, C oder D.\n\nFrage: %s\nA) ...\nB) ...\nC) ...\n"
            "D) ...\nAntwort:" % q), "tiny", None


# ----------------------------------------------------------------- annotation pipelines
LABELS = ["PERSON", "DATE", "LOCATION", "NUMBER", "ORGANIZATION", "WORK_OF_ART", "EVENT", "OTHER"]


def annotate(cp: Corpus, task: str, i: int) -> tuple[str, str]:
    if task == "qtype":
        return ("Classify the expected answer type of the question into one of %s. Answer with the label only.\n\n"
                "Question: %s" % (", ".join(LABELS), cp.item("nq", i))), "tiny"
    if task == "para":
        return ("Paraphrase the following question in German in three different ways, one per line.\n\n%s"
                % cp.item("nq", i)), "short"
    return ("Rate the following instruction for clarity (1-5) and safety (safe/unsafe). Output JSON with keys "
            "clarity, safety.\n\nInstruction: %s" % cp.item("instruct", i)), "tiny"


# ----------------------------------------------------------------- product texts (night batches)
CATS = ["Winterstiefel", "Daunenjacke", "Skihelm", "Thermoskanne", "Adventskranz", "Raclette-Grill", "Rodel",
        "Funktionsunterwäsche", "Fondue-Set", "Lichterkette", "Glühweinbecher", "Wanderrucksack", "Teelichthalter"]


def product_text(rng: random.Random, shop: str) -> str:
    feats = ", ".join(rng.sample(["wasserdicht", "Made in Austria", "recycelt", "handgemacht", "spülmaschinenfest",
                                  "Bio-Baumwolle", "LED", "FSC-Holz", "1,2 kg", "Größen 36-46", "Set aus 4",
                                  "mit Geschenkbox"], 3))
    return ("Schreibe eine SEO-optimierte Produktbeschreibung (120-160 Wörter, Du-Form, Shop: %s) für: %s %s. "
            "Merkmale: %s. Gib zusätzlich einen Meta-Title (max. 60 Zeichen) aus." %
            (shop, rng.choice(["Premium", "Classic", "Alpin", "Nordic", "Kids", ""]), rng.choice(CATS), feats))


# ----------------------------------------------------------------- agent developers
TOOLS = {
    "bahn": ["search_connections(from, to, date, time)", "get_prices(connection_id)", "book(connection_id, passengers)"],
    "crm": ["find_customer(name)", "get_orders(customer_id)", "create_ticket(customer_id, text)"],
    "files": ["list_dir(path)", "read_file(path)", "write_file(path, content)", "run_tests()"],
    "sql": ["list_tables()", "describe(table)", "run_query(sql)"],
    "calendar": ["list_events(day)", "create_event(title, start, end, attendees)", "send_mail(to, subject, body)"],
}


def agent_system(rng: random.Random, domain: str) -> str:
    tools = [{"type": "function", "function": {"name": t.split("(")[0], "parameters": {
        "type": "object", "properties": {a.strip(): {"type": "string"} for a in t.split("(")[1].rstrip(")").split(",")}}}}
        for t in TOOLS[domain]]
    return ("You are an assistant that can call tools. Think about which tool to call, then respond with a JSON "
            "tool call or a final answer.\nTools: " + json.dumps(tools, separators=(",", ":")))


AGENT_TASKS = {
    "bahn": ["Finde eine Verbindung von {c1} nach {c2} am 23.12. nach 14 Uhr für 2 Personen.",
             "Ist der ICE um 16:28 ab {c1} ausgebucht?", "Book the cheapest train {c1} to {c2} tomorrow morning."],
    "crm": ["Kunde {nm} beschwert sich über Lieferung, leg ein Ticket an.", "Show last 3 orders of {firm}."],
    "files": ["The tests in tests/test_api.py fail, find out why and fix it.", "Add a README section on setup."],
    "sql": ["Wie viele Bestellungen gab es im Dezember pro Filiale?", "Find customers without orders in 2026."],
    "calendar": ["Plane ein Meeting mit {nm} am 22.12. um 11 Uhr.", "Move my 3pm to Monday and email the team."],
}


def agent_task(rng: random.Random, domain: str) -> str:
    return rng.choice(AGENT_TASKS[domain]).format(c1=rng.choice(CITIES), c2=rng.choice(CITIES),
                                                  nm=rng.choice(NAMES), firm=rng.choice(FIRMS))


# ----------------------------------------------------------------- tutoring backends
TUTOR_SYSTEM = (
    "Du bist {name}, ein geduldiger Nachhilfe-Tutor für Schülerinnen und Schüler der Klassen 5 bis 13 in "
    "Deutschland, Österreich und der Schweiz. Verrate nie sofort die Lösung. Erkläre jeden Rechenschritt "
    "einzeln, stelle Rückfragen und lobe Fortschritte. Nutze einfache Sprache und, wo passend, Beispiele aus dem "
    "Alltag. Bei Fragen außerhalb von Schulstoff lenke freundlich zurück zum Lernen.")
PUPIL_WRAP = ["{t}", "ich versteh die aufgabe nicht: {t}", "Hausaufgabe: {t}", "Wie geht das?? {t}",
              "{t} bitte erklären", "kannst du mir helfen\n{t}", "Schularbeit nach den Ferien, Übung: {t}"]
PUPIL_OTHER = ["Was ist der Unterschied zwischen das und dass?", "Wie bilde ich das Passiv im Englischen?",
               "Übersetze: Gallia est omnis divisa in partes tres", "Was ist Photosynthese einfach erklärt?",
               "Wie schreibe ich eine Erörterung, Einleitung?", "Was sind die Ursachen des Ersten Weltkriegs?",
               "Wie rechnet man Prozent aus?", "Was ist ein Bruch geteilt durch einen Bruch?",
               "Erklär mir die binomischen Formeln", "Wie funktioniert der Satz des Pythagoras?"]


def pupil(rng: random.Random, cp: Corpus) -> tuple[str, str]:
    r = rng.random()
    if r < 0.55:
        t = cp.pick(rng, rng.choice(["svamp", "gsm8k", "gsm8k"]))
        return rng.choice(PUPIL_WRAP).format(t=t), "cot"
    if r < 0.7:
        return rng.choice(PUPIL_WRAP).format(t=cp.pick(rng, "math_short")), "cot"
    if r < 0.92:
        return rng.choice(PUPIL_OTHER), "chat"
    return rng.choice(["ok", "danke", "versteh ich nicht", "und jetzt?", "kannst du es nochmal anders erklären",
                       "ist das richtig: " + str(rng.randrange(2, 300))]), "short"
