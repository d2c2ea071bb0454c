"""Benign templates, part 2: work, apps and batch jobs (eval harnesses, app system prompts, coding agents,
translation bureaus, support triage, product copy, SEO, synthetic training data, tutoring, CI, bootcamps,
launch-day probes, office work, research prompt grids).

Designed reuse: EVAL_* templates are also used by campaign c_eval_mimic, and AGENT_SYSTEM by campaign
c_agent_spoof (a campaign copying a real client's request shape). Nothing else here is used by a campaign.
"""
from __future__ import annotations

import random

from .texts_everyday import fill

EVAL_FEWSHOT = (
    "Q: A baker had 23 loaves and sold 15. He baked 9 more. How many loaves does he have?\n"
    "A: Let's think step by step. He had 23 and sold 15, leaving 23 - 15 = 8. He baked 9 more, so 8 + 9 = 17. "
    "The answer is 17.\n\n"
    "Q: Mia reads 12 pages a day. How many pages does she read in 3 weeks?\n"
    "A: Let's think step by step. 3 weeks is 3 * 7 = 21 days. 21 * 12 = 252. The answer is 252.\n\n"
    "Q: A ticket costs 8 euros and a family buys 5 tickets with a 50 euro note. How much change do they get?\n"
    "A: Let's think step by step. 5 * 8 = 40 euros. 50 - 40 = 10. The answer is 10.\n\n")
EVAL_GSM8K_COT = EVAL_FEWSHOT + "Q: {q}\nA: Let's think step by step."
EVAL_ZERO = "Question: {q}\nAnswer:"
EVAL_MBPP = "You are an expert Python programmer, and here is your task: {q}"
EVAL_HUMANEVAL = "Complete the following Python function. Return only code.\n\n{q}"
EVAL_MATH = "Problem:\n{q}\n\nSolution:"
EVAL_SYSTEM = "Put your final answer within \\boxed{}."

APPS = {  # app: (country, lang, system prompt, end-user message pool)
    "fietsshop": ("NL", "nl", "Je bent Sanne, de digitale klantenservice van Fietsenwinkel Online (fietsenwinkel-online.nl). "
                  "Beantwoord vragen over bestellingen, levering, retouren en onderhoud vriendelijk en kort, in het Nederlands. "
                  "Verzin nooit ordergegevens; verwijs bij twijfel naar de klantenservice via 020-3031000.",
                  ["Waar blijft mijn bestelling?", "Kan ik mijn e-bike nog ruilen?", "Hoe vaak moet ik mijn ketting smeren?",
                   "Mijn achterlicht doet het niet meer", "Wat kost een onderhoudsbeurt?", "Leveren jullie ook in België?",
                   "Welke fiets raad je aan voor woon-werk 15 km?", "Ik wil mijn retour aanmelden"]),
    "madro": ("DK", "da", "Du er Madro, en venlig kokkeassistent i appen Madro. Foreslå opskrifter ud fra det brugeren har i "
              "køleskabet, angiv mængder i gram, og nævn altid allergener. Svar på dansk.",
              ["Jeg har kartofler, porrer og bacon", "Hvad kan jeg lave med rester af flæskesteg?", "nem aftensmad til 4 børn",
               "glutenfri boller", "Hvor længe skal en and i ovnen?", "vegetarisk julemad"]),
    "juridik": ("SE", "sv", "Du är Juridikhjälpen, en assistent som förklarar svensk lag på enkel svenska. Du ger allmän "
                "information, inte juridisk rådgivning, och hänvisar till advokat vid tvister. Citera lagrum när det går.",
                ["Får min hyresvärd höja hyran med 10 %?", "Vad gäller vid uppsägning under provanställning?",
                 "Hur fungerar ångerrätt vid näthandel?", "Måste jag betala för en parkeringsbot på privat mark?",
                 "Vad ärver sambo om det inte finns testamente?"]),
    "nordlys": ("NO", "no", "Du er kundeservice for Nordlys Energi. Hjelp kunder med strømavtaler, fakturaer, nettleie og "
                "strømstøtte. Svar kort på norsk bokmål. Ikke oppgi priser du ikke har fått i konteksten.",
                ["Hvorfor er regningen så høy i januar?", "Hvordan fungerer strømstøtten?", "Kan jeg bytte til fastpris?",
                 "Jeg flytter, hvordan sier jeg opp?", "Hva er nettleie?"]),
    "assurbe": ("BE", "fr-BE", "Tu es l'assistant de Assur'Belge / Belgische Verzekering. Réponds dans la langue du client "
                "(français ou néerlandais). Explique les garanties auto, habitation et hospitalisation sans promettre de remboursement.",
                ["Ma voiture a été griffée sur le parking, je suis couvert ?", "Is waterschade door een lek gedekt?",
                 "Comment déclarer un sinistre ?", "Wat is de vrijstelling bij mijn brandverzekering?", "Dégât des eaux chez le voisin"]),
    "hraun": ("IS", "en", "You are Hraun, the travel assistant of a Reykjavik tour operator. Recommend tours, warn about "
              "weather and road conditions (road.is, vedur.is), and answer in the language of the guest.",
              ["Can we see the northern lights tonight?", "Is the Golden Circle road open in January?",
               "Er hægt að fara í íshellaferð á morgun?", "What should I wear for a glacier hike?", "How far is Vík from Reykjavik?"]),
}
AGENT_SYSTEM = (
    "You are Kodsmed, an autonomous coding agent running inside the user's editor. You can call tools: read_file(path), "
    "write_file(path, content), list_dir(path), search(query), run_tests(selector), run_shell(cmd) (sandboxed, no network). "
    "Rules: 1) Read the relevant files before editing. 2) Make the smallest change that solves the task. 3) Keep the "
    "project's style, formatting and licence headers. 4) Never invent APIs; search the codebase first. 5) After editing, "
    "run the narrowest test selector that covers the change and report the result. 6) Do not touch files under vendor/, "
    "node_modules/ or .git/. 7) If a task is ambiguous, state the assumption you make in one sentence and proceed. "
    "8) Answer in the user's language (Dutch, Danish, Swedish, Norwegian, French or English), but write code comments in "
    "English. 9) Output tool calls as JSON objects, one per line, and a short final summary. 10) Never print secrets from "
    ".env files, CI variables or credentials; redact them as ***. Workspace conventions: Python 3.12 with ruff and pytest, "
    "TypeScript 5 with eslint and vitest, Go 1.23 with go test. Commit messages follow Conventional Commits.")
DEV_TASKS = ["fix de failing test in tests/test_{mod}.py", "voeg type hints toe aan {mod}.py", "tilføj logging til {mod} modulet",
             "skriv en unit test for {mod}.parse()", "refactor {mod} so it no longer uses global state",
             "varför är {mod}.py så långsam? profilera och förbättra", "rename {mod} to {mod}_service and update imports",
             "ajoute la pagination à l'endpoint /{mod}", "legg til retry med backoff i {mod}-klienten"]
MODS = ["orders", "billing", "users", "invoice", "search", "auth", "export", "gateway", "kafka_consumer"]

TRANSLATE = {
    ("nl", "fr"): "Vertaal de volgende tekst naar het Frans. Behoud de opmaak en de juridische terminologie.\n\n{t}",
    ("fr", "nl"): "Traduis le texte suivant en néerlandais (Belgique). Garde la mise en forme.\n\n{t}",
    ("nl", "en"): "Vertaal naar het Engels (UK spelling), zakelijke toon:\n\n{t}",
    ("da", "sv"): "Oversæt følgende tekst til svensk. Bevar formateringen.\n\n{t}",
    ("sv", "en"): "Översätt till engelska, formell ton:\n\n{t}",
    ("en", "is"): "Translate into Icelandic for a public brochure:\n\n{t}",
}
SOURCE = {
    "nl": ["De huurder is verplicht het gehuurde als een goed huurder te gebruiken.", "Deze overeenkomst wordt aangegaan voor onbepaalde tijd.",
           "Facturen dienen binnen dertig dagen na factuurdatum te worden voldaan.", "Het onderhoud van de installatie komt ten laste van de eigenaar.",
           "Bij geschillen is uitsluitend de rechtbank van Antwerpen bevoegd.", "De garantie vervalt bij onoordeelkundig gebruik."],
    "fr": ["Le locataire est tenu d'user du bien loué en bon père de famille.", "Les factures sont payables à trente jours date de facture.",
           "En cas de litige, seuls les tribunaux de Liège sont compétents.", "La garantie ne couvre pas l'usure normale."],
    "da": ["Lejer skal vedligeholde det lejede i lejeperioden.", "Fakturaen forfalder til betaling 30 dage efter fakturadato.",
           "Produktet må ikke anvendes af børn under 8 år uden opsyn."],
    "sv": ["Avtalet gäller tills vidare med tre månaders uppsägningstid.", "Betalning ska ske inom 30 dagar från fakturadatum.",
           "Garantin omfattar inte skador orsakade av felaktig användning."],
    "en": ["Opening hours may change during public holidays.", "Please keep a safe distance from the glacier edge at all times.",
           "Tickets are non-refundable but can be transferred to another person."],
}

TRIAGE_SYSTEM = ('Classify the customer ticket into exactly one category: billing, delivery, returns, technical, account, other. '
                 'Also rate urgency 1-3. Reply with JSON only: {"category": "...", "urgency": n}. Tickets may be in Dutch, '
                 'French, Danish, Swedish, Norwegian or English.')
TICKETS = [
    "Mijn pakket met ordernummer {o} is nog steeds niet bezorgd, het zou {d} komen.", "Ik ben twee keer gefactureerd voor {p}.",
    "Hoe kan ik mijn abonnement opzeggen?", "De app crasht als ik wil inloggen met itsme.",
    "Mon colis n° {o} n'est toujours pas arrivé.", "J'ai été facturé deux fois pour {p}.", "Je n'arrive plus à me connecter.",
    "Min pakke med ordrenummer {o} er stadig ikke kommet.", "Jeg er blevet trukket to gange for {p}.",
    "Mitt paket {o} har inte kommit fram.", "Jag vill returnera {p}, hur gör jag?", "Pakken min {o} har ikke kommet.",
    "I was charged twice for {p}, please refund.", "Kan ik {p} nog retourneren na 30 dagen?",
]
TICKET_SLOTS = {"o": [f"NL{n}" for n in range(40211, 40299)], "d": ["gisteren", "maandag", "vorige week"],
                "p": ["de winterjas", "een koptelefoon", "het jaarabonnement", "en vinterjakke", "ett par skor"]}

PRODUCT = "Schrijf een productbeschrijving van ongeveer {w} woorden voor onze webshop. Product: {prod}. Kenmerken: {feat}. Toon: {tone}."
PRODUCT_DA = "Skriv en produktbeskrivelse på ca. {w} ord til webshoppen. Produkt: {prod}. Egenskaber: {feat}. Tone: {tone}."
PRODUCT_SLOTS = {"w": [60, 80, 120], "prod": ["wollen sokken", "thermosbeker 500 ml", "regenjas dames", "LED-bureaulamp",
                 "kinderfietshelm", "gietijzeren braadpan", "vinterstøvler", "uldtæppe"],
                 "feat": ["waterdicht, reflecterend", "vaatwasserbestendig", "merinowol, maat 36-46", "dimbaar, USB-C",
                          "FSC-gecertificeerd", "24 cm, alle warmtebronnen"], "tone": ["informeel", "zakelijk", "speels", "hyggelig"]}
SEO = {"nl": "Schrijf een SEO-blog van {w} woorden over '{kw}' met H2-koppen, een FAQ-sectie en een meta-description.",
       "da": "Skriv et SEO-blogindlæg på {w} ord om '{kw}' med mellemrubrikker, FAQ og meta-beskrivelse.",
       "sv": "Skriv ett SEO-optimerat blogginlägg på {w} ord om '{kw}' med H2-rubriker, FAQ och metabeskrivning.",
       "en": "Write a {w}-word SEO blog post about '{kw}' with H2 headings, an FAQ section and a meta description."}
SEO_KW = ["warmtepomp subsidie 2027", "beste e-bike woon-werk", "zonnepanelen terugleververgoeding", "billige flybilletter januar",
          "vinterdäck regler", "elbil laddbox pris", "cheap flights Copenhagen", "hypotheek oversluiten"]
SYNTH = {"nl": "Genereer {n} verschillende manieren waarop een klant kan vragen: '{i}'. Varieer in toon, lengte en spelfouten. Geef een JSON-lijst.",
         "da": "Generér {n} forskellige måder en kunde kan spørge: '{i}'. Varier tone og længde. Svar som JSON-liste.",
         "sv": "Generera {n} olika sätt en kund kan fråga: '{i}'. Variera ton och längd. Svara som en JSON-lista."}
INTENTS = ["waar is mijn pakket", "ik wil mijn abonnement opzeggen", "hvor er min pakke", "jag vill byta lösenord",
           "wanneer wordt mijn geld teruggestort", "kan jeg ændre min leveringsadresse"]
TUTOR_SYSTEM = {
    "sv": "Du är Mattecoachen, en tålmodig lärare för gymnasieelever. Förklara alltid steg för steg, ställ en kontrollfråga "
          "i slutet och ge aldrig bara svaret. Använd enkel svenska.",
    "no": "Du er Mattehjelpen, en tålmodig lærer for elever på videregående. Forklar alltid steg for steg og avslutt med et "
          "kontrollspørsmål. Bruk enkel bokmål.",
}
CI_FIXTURES = ["Return the word OK.", "Summarise in one sentence: The release adds dark mode and fixes two crashes.",
               "Classify the sentiment (positive/negative): 'Levering was snel en alles klopte.'",
               "Extract the date from: 'Factuur 2027-0113 van 12 januari 2027'. Answer in ISO format."]
BOOTCAMP = ["Schrijf een Python-functie die controleert of een woord een palindroom is.",
            "Schrijf een functie die de faculteit van n recursief berekent.",
            "Hoe lees ik een CSV-bestand in met pandas en tel ik de rijen per stad?",
            "Wat is het verschil tussen een list en een tuple in Python?",
            "Schrijf een SQL-query die per klant het totaal aantal bestellingen geeft.",
            "Leg uit wat een REST API is met een voorbeeld in Flask."]
BOOTCAMP_WRAP = ["{x}", "{x} (ik snap het niet helemaal)", "hoi! {x}", "{x} Graag met uitleg.", "opdracht 3: {x}"]
LAUNCH_PROBES = ["Wat is er nieuw aan noord-zee-2 vergeleken met 1.5?", "How many r's are in 'strawberry'?",
                 "Schrijf een gedicht over de Afsluitdijk in de stijl van Lucebert.", "Hvad kan du som den gamle model ikke kunne?",
                 "Prove that the square root of 2 is irrational.", "Vad är din kunskapsgräns (knowledge cutoff)?",
                 "Write a haiku about Oslo in January.", "Ertu betri í íslensku en fyrri útgáfan?",
                 "Explique-moi la relativité restreinte en 5 phrases.", "Write a Python snake game in one file.",
                 "Who won the Tour de France in 2026?", "Vertaal 'gezellig' naar tien talen en leg uit waarom het lastig is."]
DEV_TESTS = ["test", "hello", "ping", "Say hi", "Zeg hallo", "What model are you?", "hej", "1+1", "Return JSON {\"ok\": true}",
             "testing 123", "Tell me a joke"]
OFFICE = {
    "nl": ["Vat deze notulen samen in 5 bullets: {notes}", "Schrijf een Excel-formule die {xl}.",
           "Schrijf een beleefd antwoord op deze klantmail: {mail}", "Maak een agenda voor het kwartaaloverleg van {team}."],
    "da": ["Opsummer dette referat i 5 punkter: {notes}", "Skriv en Excel-formel der {xl}.", "Skriv et høfligt svar på denne mail: {mail}"],
    "sv": ["Sammanfatta protokollet i 5 punkter: {notes}", "Skriv ett artigt svar på mejlet: {mail}"],
    "en": ["Summarise these meeting notes in 5 bullets: {notes}", "Write an Excel formula that {xl}.",
           "Draft a polite reply to this customer email: {mail}", "Create an agenda for the {team} quarterly review."],
}
OFFICE_SLOTS = {"notes": ["Q1 budget akkoord, migratie naar nieuwe CRM uitgesteld tot maart, Jan zoekt leverancier.",
                          "Budget godkendt, ny medarbejder starter 1. feb, kundemøde flyttet.",
                          "Release v4 slipped one sprint; risk on payments; hiring two engineers."],
                "xl": ["de omzet per regio optelt als de status 'betaald' is", "returns the last non-empty value in column B",
                       "tæller unikke kunder i kolonne A"],
                "mail": ["Uw levering was te laat en de doos was beschadigd.", "We have not received the invoice for December.",
                         "Varan var trasig när den kom."], "team": ["Finance", "Sales Benelux", "IT Operations", "HR Nordics"]}
RESEARCH = ["{q}", "{q}\nLet's think step by step.", "{q}\nAnswer with only the final number.",
            "Svara på svenska och förklara kort: {q}", "Svar på norsk bokmål og vis utregningen: {q}",
            "Beantwoord in het Nederlands: {q}", "Rate the fluency of this Norwegian sentence from 1 to 5 and explain: '{s}'"]
RESEARCH_S = ["Jeg har bodd i Bergen i fem år og liker regnet.", "Han gikk til butikken for å kjøpe melk men den var stengt.",
              "Det er viktig at vi snakker om klimaet nå."]


def app_msg(r: random.Random, app: str, corpus_pick) -> str:
    return r.choice(APPS[app][3]) if r.random() < 0.7 else corpus_pick()


def dev_task(r: random.Random) -> str:
    return fill(r, r.choice(DEV_TASKS), {"mod": MODS})


def translate_msg(r: random.Random) -> tuple[str, str]:
    src, dst = r.choice(sorted(TRANSLATE))
    text = " ".join(r.sample(SOURCE[src], k=min(len(SOURCE[src]), r.randint(2, 5))))
    return TRANSLATE[(src, dst)].replace("{t}", text), src


def ticket(r: random.Random) -> str:
    return fill(r, r.choice(TICKETS), TICKET_SLOTS)


def product(r: random.Random) -> str:
    return fill(r, PRODUCT if r.random() < 0.7 else PRODUCT_DA, PRODUCT_SLOTS)


def seo(r: random.Random, lang: str) -> str:
    return fill(r, SEO.get(lang, SEO["en"]), {"w": [800, 1000, 1200, 1500], "kw": SEO_KW})


def synth(r: random.Random, lang: str) -> str:
    return fill(r, SYNTH.get(lang, SYNTH["nl"]), {"n": [10, 20, 25], "i": INTENTS})


def office(r: random.Random, lang: str) -> str:
    return fill(r, r.choice(OFFICE.get(lang[:2], OFFICE["en"])), OFFICE_SLOTS)


def research(r: random.Random, q: str, variant: int) -> str:
    return fill(r, RESEARCH[variant % len(RESEARCH)], {"q": [q], "s": RESEARCH_S})
