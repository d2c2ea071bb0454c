"""Benign templates, part 1: everyday chat in the local languages, code-switched mixes, and the
exam-period maths of students, teachers and tutoring apps. Used by benign populations only.
"""
from __future__ import annotations

import random
import re

_SLOT = re.compile(r"\{(\w+)\}")


def fill(r: random.Random, tpl: str, slots: dict[str, list]) -> str:
    return _SLOT.sub(lambda m: str(r.choice(slots[m.group(1)])) if m.group(1) in slots else m.group(0), tpl)


N = {"n": [2, 3, 4, 4, 5, 6, 8]}
CHAT = {
    "nl": (["Kun je een recept geven voor {dish} voor {n} personen? Ik heb geen oven.",
            "Schrijf een korte mail aan {rel} dat ik {reason}.", "Wat is het verschil tussen {pair}?",
            "Help me een motivatiebrief te schrijven voor een baan als {job}.", "Geef me tips om {goal}.",
            "Leg in simpele woorden uit wat {concept} is.", "Welke dingen moet ik zien in {city} als ik {n} dagen heb?",
            "Herschrijf deze zin zodat hij vriendelijker klinkt: \"{sentence}\""],
           {"dish": ["stamppot boerenkool", "erwtensoep", "pannenkoeken", "een vegetarische lasagne", "nasi goreng", "hutspot"],
            "rel": ["mijn huisbaas", "mijn leidinggevende", "de school van mijn zoon", "de gemeente", "mijn buurman"],
            "reason": ["de huur deze maand een week later betaal", "morgen ziek ben", "de afspraak wil verzetten naar donderdag",
                       "bezwaar wil maken tegen de parkeerboete", "de verwarming al drie dagen kapot is"],
            "pair": ["een vaste en een variabele hypotheekrente", "huurtoeslag en zorgtoeslag", "een bv en een eenmanszaak",
                     "code geel en code oranje bij het KNMI", "sparen en beleggen"],
            "job": ["verpleegkundige", "data-analist", "leraar basisonderwijs", "monteur zonnepanelen", "barista"],
            "goal": ["beter te slapen", "minder op mijn telefoon te zitten", "mijn Spaans op te halen", "door de januaridip te komen",
                     "te sparen voor een huis"],
            "concept": ["inflatie", "een warmtepomp", "het stikstofprobleem", "een kwantumcomputer", "de hypotheekrenteaftrek"],
            "city": ["Maastricht", "Gent", "Kopenhagen", "Stockholm", "Bergen", "Reykjavik"],
            "sentence": ["Ik heb je mail gezien maar geen tijd gehad.", "Dit is niet wat we hadden afgesproken.",
                         "Kun je dat even snel regelen?"]}),
    "nl-BE": (["Kunt ge mij een recept geven voor {dish}? Ik heb goesting in iets warm.",
               "Schrijf een mailtje naar {rel} dat ik {reason}.", "Wat is het verschil tussen {pair}?",
               "Geef mij tips om {goal}.", "Leg eens simpel uit wat {concept} is.",
               "Ik wil een weekendje weg naar {city}, wat raadt ge aan?"],
              {"dish": ["stoofvlees met frieten", "witloof in de oven", "Gentse waterzooi", "balletjes in tomatensaus", "vol-au-vent"],
               "rel": ["mijn kotbaas", "de directie van de school", "de mutualiteit", "mijn werkgever", "de syndicus"],
               "reason": ["volgende maand verhuis", "morgen niet kan komen door ziekte", "de afrekening niet begrijp",
                          "graag een afspraak wil verzetten"],
               "pair": ["een eenmanszaak en een BV", "de mutualiteit en een hospitalisatieverzekering",
                        "het kadastraal inkomen en de verkoopwaarde", "een huurwaarborg en een bankgarantie"],
               "goal": ["de blok goed door te komen", "minder te piekeren", "mijn Frans bij te schaven", "goedkoper te tanken"],
               "concept": ["de indexering van de lonen", "het energieplafond", "een warmtepomp", "de Vlaamse woonbonus"],
               "city": ["Durbuy", "Brugge", "Luxemburg-stad", "Maastricht", "Lille"]}),
    "fr-BE": (["Tu peux me donner une recette de {dish} pour {n} personnes ?", "Écris un mail à {rel} pour dire que {reason}.",
               "Quelle est la différence entre {pair} ?", "Donne-moi des conseils pour {goal}.",
               "Explique simplement ce qu'est {concept}.", "Je pars {n} jours à {city}, qu'est-ce que je dois voir ?"],
              {"dish": ["carbonnade flamande", "chicons au gratin", "boulets à la liégeoise", "moules-frites", "gaufres de Liège"],
               "rel": ["mon propriétaire", "ma cheffe d'équipe", "l'école de ma fille", "la commune", "ma mutuelle"],
               "reason": ["je paierai le loyer avec une semaine de retard", "je suis malade demain",
                          "je voudrais déplacer le rendez-vous à jeudi", "le chauffage ne fonctionne plus depuis trois jours"],
               "pair": ["une SRL et une entreprise individuelle", "la mutuelle et l'assurance hospitalisation",
                        "le précompte immobilier et le revenu cadastral", "septante et soixante-dix (c'est une blague ?)"],
               "goal": ["réussir mon blocus", "mieux dormir", "économiser pour un appartement à Bruxelles", "arrêter de procrastiner"],
               "concept": ["l'inflation", "une pompe à chaleur", "l'indexation automatique des salaires", "la blockchain"],
               "city": ["Namur", "Bruges", "Luxembourg", "Copenhague", "Lisbonne"]}),
    "da": (["Kan du give mig en opskrift på {dish} til {n} personer?", "Skriv en kort mail til {rel} om at {reason}.",
            "Hvad er forskellen på {pair}?", "Giv mig gode råd til at {goal}.", "Forklar kort hvad {concept} er.",
            "Hvad skal jeg nå at se i {city} på {n} dage?"],
           {"dish": ["frikadeller", "stegt flæsk med persillesovs", "boller i karry", "æbleskiver", "hjemmebagt rugbrød"],
            "rel": ["min udlejer", "min chef", "min søns skole", "kommunen", "boligforeningen"],
            "reason": ["jeg er syg i morgen", "jeg gerne vil flytte mødet til torsdag", "varmen har været i stykker i tre dage",
                       "jeg betaler huslejen en uge for sent"],
            "pair": ["et ApS og et A/S", "feriepenge og ferietillæg", "SU og SU-lån", "en aktiesparekonto og et depot"],
            "goal": ["sove bedre", "komme i gang med at løbe", "spare op til en lejlighed", "lære tysk igen"],
            "concept": ["inflation", "en varmepumpe", "en kvantecomputer", "CO2-afgiften"],
            "city": ["Aarhus", "Berlin", "Stockholm", "Amsterdam", "Tórshavn"]}),
    "sv": (["Kan du ge mig ett recept på {dish} för {n} personer?", "Skriv ett kort mejl till {rel} om att {reason}.",
            "Vad är skillnaden mellan {pair}?", "Ge mig tips för att {goal}.", "Förklara enkelt vad {concept} är.",
            "Vad ska jag hinna se i {city} på {n} dagar?"],
           {"dish": ["köttbullar med gräddsås", "kanelbullar", "pyttipanna", "ärtsoppa med pannkakor", "Janssons frestelse"],
            "rel": ["min hyresvärd", "min chef", "förskolan", "Försäkringskassan", "bostadsrättsföreningen"],
            "reason": ["jag är sjuk i morgon", "jag vill flytta mötet till torsdag", "elementen har varit kalla i tre dagar",
                       "hyran blir en vecka sen"],
            "pair": ["ISK och kapitalförsäkring", "ett aktiebolag och en enskild firma", "CSN-lån och studiebidrag",
                     "bundet och rörligt bolån"],
            "goal": ["sova bättre", "börja springa i vinter", "spara till en bostadsrätt", "orka med januari"],
            "concept": ["inflation", "en värmepump", "reporäntan", "en kvantdator"],
            "city": ["Göteborg", "Oslo", "Köpenhamn", "Åre", "Visby"]}),
    "sv-FI": (["Kan du hjälpa mig med {task}?", "Kan du ge mig ett recept på {dish}?", "Förklara skillnaden mellan {pair}.",
               "Skriv ett kort mejl till {rel} om att {reason}."],
              {"task": ["en ansökan till Åbo Akademi", "min skattedeklaration till Skatteförvaltningen",
                        "studentskrivningarna i lång matematik", "ett brev till FPA om bostadsbidraget"],
               "dish": ["karelska piroger", "laxsoppa", "runebergstårta", "pannkaka i ugn"],
               "pair": ["FPA:s studiestöd och studielån", "ett Ab och ett Oy", "fastighetsskatt och överlåtelseskatt"],
               "rel": ["min hyresvärd i Vasa", "skolan", "min arbetsgivare"],
               "reason": ["jag är sjuk i morgon", "bastun i trappuppgången inte fungerar", "jag vill byta tid"]}),
    "no": (["Kan du gi meg en oppskrift på {dish} til {n} personer?", "Skriv en kort e-post til {rel} om at {reason}.",
            "Hva er forskjellen på {pair}?", "Gi meg tips for å {goal}.", "Forklar enkelt hva {concept} er.",
            "Hva bør jeg se i {city} på {n} dager?"],
           {"dish": ["fårikål", "kjøttkaker i brun saus", "lapskaus", "vafler", "raspeballer"],
            "rel": ["utleieren min", "sjefen min", "barnehagen", "NAV", "borettslaget"],
            "reason": ["jeg er syk i morgen", "jeg vil flytte møtet til torsdag", "varmen har vært borte i tre dager"],
            "pair": ["ASK og fond", "et AS og et ENK", "stipend og lån i Lånekassen", "fast og flytende rente"],
            "goal": ["sove bedre", "komme i gang med langrenn", "spare til egen bolig", "lære meg Excel"],
            "concept": ["inflasjon", "en varmepumpe", "styringsrenten", "en kvantedatamaskin"],
            "city": ["Tromsø", "Bergen", "København", "Stockholm", "Reykjavik"]}),
    "is": (["Geturðu gefið mér uppskrift að {dish} fyrir {n} manns?", "Skrifaðu stuttan tölvupóst til {rel} um að {reason}.",
            "Hver er munurinn á {pair}?", "Gefðu mér ráð til að {goal}.", "Útskýrðu á einfaldan hátt hvað {concept} er."],
           {"dish": ["kjötsúpu", "plokkfiski", "pönnukökum", "fiskibollum", "rúgbrauði"],
            "rel": ["leigusalans", "yfirmanns míns", "leikskólans"],
            "reason": ["ég sé veik á morgun", "ég vilji færa fundinn yfir á fimmtudag", "ofnarnir hafi verið kaldir í þrjá daga"],
            "pair": ["verðtryggðu og óverðtryggðu láni", "ehf. og hf.", "séreignarsparnaði og lífeyrissjóði"],
            "goal": ["sofa betur í skammdeginu", "byrja að hlaupa", "spara fyrir íbúð"],
            "concept": ["verðbólga", "varmadæla", "stýrivextir", "skammtatölva"]}),
    "en": (["Can you give me a recipe for {dish} for {n} people?", "Write a short email to {rel} saying that {reason}.",
            "What's the difference between {pair}?", "Give me some tips to {goal}.", "Explain {concept} like I'm 12.",
            "What should I see in {city} if I have {n} days?"],
           {"dish": ["shakshuka", "a quick chicken curry", "banana bread", "vegan chili", "a simple risotto"],
            "rel": ["my landlord", "my manager", "my daughter's school", "the housing office"],
            "reason": ["I'm sick tomorrow", "I'd like to move our meeting to Thursday", "the heating has been broken for three days"],
            "pair": ["an index fund and an ETF", "a virus and a bacterium", "TCP and UDP", "weather and climate"],
            "goal": ["sleep better", "stop procrastinating", "learn Dutch faster", "survive a Nordic winter"],
            "concept": ["inflation", "a heat pump", "quantum entanglement", "compound interest"],
            "city": ["Amsterdam", "Copenhagen", "Oslo", "Helsinki", "Reykjavik"]}),
}
CHAT["fr"] = CHAT["fr-BE"]
CHAT["de"] = (["Kannst du mir ein Rezept für {dish} geben?", "Erkläre mir bitte einfach, was {concept} ist.",
               "Schreib eine kurze Mail an {rel}, dass {reason}."],
              {"dish": ["Judd mat Gaardebounen", "Rieslingspaschtéit", "Kniddelen"], "concept": ["Inflation", "eine Wärmepumpe"],
               "rel": ["meinen Vermieter", "meine Chefin"], "reason": ["ich morgen krank bin", "ich den Termin verschieben möchte"]})
CODESWITCH = [
    "Kun je deze code even reviewen? Het is voor een deadline morgen, thanks! {snippet}",
    "Ik moet een pitch deck maken voor onze startup, kun je een outline geven? Target audience is angel investors in Amsterdam.",
    "Hoe fix ik deze error in mijn React app: 'Cannot read properties of undefined (reading map)'? Het gebeurt alleen op mobile.",
    "Peux-tu m'aider à écrire un mail en néerlandais pour mon werkgever? Ik wil vragen of ik op vrijdag mag thuiswerken.",
    "C'est quoi exactement le verschil entre een onderneming et une entreprise in de Belgische wet?",
    "Kan du förklara hur man sätter upp en CI pipeline i GitHub Actions? Typ step by step men kort.",
    "Hvordan laver jeg en pivot table i Excel? Det er til en rapport, deadline i dag, so keep it short.",
    "Kan du skrive en LinkedIn post om at jeg har fått ny jobb som data engineer? Gjerne litt casual, not too cringe.",
    "Getur þú hjálpað mér að skrifa cover letter á ensku fyrir starf í Kaupmannahöfn?",
    "Jag behöver en short summary av den här texten på engelska för mitt team: {snippet}",
    "Wat is een goede name voor een Slack bot die standups samenvat? Iets catchy, liefst Nederlands-Engels.",
]
SNIPPETS = ["def total(xs):\n    s = 0\n    for x in xs: s += x\n    return s",
            "const users = data.map(u => u.name).filter(Boolean)",
            "SELECT klant_id, SUM(bedrag) FROM orders GROUP BY klant_id HAVING SUM(bedrag) > 1000;",
            "Vi har beslutat att flytta releasen till vecka 5 eftersom testmiljön inte är klar."]


def everyday(r: random.Random, lang: str) -> str:
    if r.random() < 0.12:
        return fill(r, r.choice(CODESWITCH), {"snippet": SNIPPETS})
    tpls, slots = CHAT.get(lang, CHAT["en"])
    return fill(r, r.choice(tpls), {**N, **slots})


# ---- local-language maths exercises (exam period) ----------------------------------------------------
PROBLEMS = {
    "nl": ["Bereken de afgeleide van f(x) = {a}x^3 - {b}x^2 + {c}x - {d}.",
           "Bepaal de limiet van ({a}x^2 + {b}) / ({c}x^2 - x) voor x naar oneindig.",
           "Los het stelsel op: {a}x + {b}y = {c} en {d}x - y = {e}.",
           "Een vaas bevat {a} rode en {b} blauwe knikkers. Je trekt er 2 zonder terugleggen. Wat is de kans op 2 rode?",
           "Bereken de integraal van {a}x·e^x van 0 tot {b}.", "Bepaal de eigenwaarden van de matrix [[{a}, {b}], [{c}, {d}]]."],
    "fr": ["Calcule la dérivée de f(x) = {a}x^3 - {b}x^2 + {c}x - {d}.",
           "Détermine la limite de ({a}x^2 + {b}) / ({c}x^2 - x) quand x tend vers l'infini.",
           "Résous le système : {a}x + {b}y = {c} et {d}x - y = {e}.",
           "Une urne contient {a} boules rouges et {b} bleues. On en tire 2 sans remise. Quelle est la probabilité d'avoir 2 rouges ?",
           "Calcule l'intégrale de {a}x·e^x entre 0 et {b}.", "Trouve les valeurs propres de la matrice [[{a}, {b}], [{c}, {d}]]."],
    "sv": ["Derivera f(x) = {a}x^3 - {b}x^2 + {c}x - {d}.", "Bestäm gränsvärdet av ({a}x^2 + {b}) / ({c}x^2 - x) då x går mot oändligheten.",
           "Lös ekvationssystemet {a}x + {b}y = {c} och {d}x - y = {e}.",
           "En urna innehåller {a} röda och {b} blå kulor. Man drar 2 utan återläggning. Vad är sannolikheten för 2 röda?",
           "Beräkna integralen av {a}x·e^x från 0 till {b}.", "Bestäm egenvärdena till matrisen [[{a}, {b}], [{c}, {d}]]."],
    "da": ["Differentier f(x) = {a}x^3 - {b}x^2 + {c}x - {d}.", "Bestem grænseværdien af ({a}x^2 + {b}) / ({c}x^2 - x) for x gående mod uendelig.",
           "Løs ligningssystemet {a}x + {b}y = {c} og {d}x - y = {e}.",
           "En krukke indeholder {a} røde og {b} blå kugler. Man trækker 2 uden tilbagelægning. Hvad er sandsynligheden for 2 røde?",
           "Udregn integralet af {a}x·e^x fra 0 til {b}.", "Find egenværdierne for matricen [[{a}, {b}], [{c}, {d}]]."],
    "no": ["Deriver f(x) = {a}x^3 - {b}x^2 + {c}x - {d}.", "Finn grenseverdien av ({a}x^2 + {b}) / ({c}x^2 - x) når x går mot uendelig.",
           "Løs likningssettet {a}x + {b}y = {c} og {d}x - y = {e}.",
           "En krukke inneholder {a} røde og {b} blå kuler. Du trekker 2 uten tilbakelegging. Hva er sannsynligheten for 2 røde?",
           "Regn ut integralet av {a}x·e^x fra 0 til {b}.", "Finn egenverdiene til matrisen [[{a}, {b}], [{c}, {d}]]."],
    "en": ["Differentiate f(x) = {a}x^3 - {b}x^2 + {c}x - {d}.", "Find the limit of ({a}x^2 + {b}) / ({c}x^2 - x) as x goes to infinity.",
           "Solve the system {a}x + {b}y = {c} and {d}x - y = {e}.",
           "An urn has {a} red and {b} blue marbles. You draw 2 without replacement. What is the probability of 2 red?",
           "Compute the integral of {a}x·e^x from 0 to {b}.", "Find the eigenvalues of the matrix [[{a}, {b}], [{c}, {d}]]."],
}
BASE = {"nl-BE": "nl", "fr-BE": "fr", "sv-FI": "sv", "is": "en", "de": "en"}
NUMS = {k: list(range(2, 13)) for k in "abcde"}


def problem(r: random.Random, lang: str) -> str:
    return fill(r, r.choice(PROBLEMS[BASE.get(lang, lang)]), NUMS)


COURSES = {"nl": ["Analyse 1", "Statistiek", "Lineaire Algebra", "Kansrekening"], "fr": ["analyse", "statistique", "algèbre"],
           "sv": ["Envariabelanalys", "Linjär algebra", "Sannolikhetslära"], "da": ["Calculus", "Lineær algebra", "Statistik"],
           "no": ["MAT1100", "Statistikk", "Lineær algebra"], "en": ["calculus", "stats", "linear algebra"]}
WHEN = {"nl": ["morgen", "vrijdag", "over twee dagen"], "fr": ["demain", "vendredi", "jeudi"], "sv": ["i morgon", "på fredag"],
        "da": ["i morgen", "på torsdag"], "no": ["i morgen", "på fredag"], "en": ["tomorrow", "on Friday", "in two days"]}
STUDENT = {
    "nl": ["Kun je stap voor stap uitleggen hoe je deze opgave oplost? Ik heb {when} tentamen {course}.\n\n{p}",
           "Ik snap deze som niet, kun je hem uitwerken met alle tussenstappen?\n{p}",
           "Hoe los ik dit op? Graag uitleg per stap want ik moet het zelf kunnen op het tentamen: {p}"],
    "nl-BE": ["Kunt ge deze oefening stap per stap uitleggen? Ik zit midden in de blok en snap het niet.\n\n{p}",
              "Examen {course} {when}, hoe los ik dit op met tussenstappen? {p}"],
    "fr": ["Tu peux m'expliquer étape par étape comment résoudre cet exercice ? J'ai mon examen de {course} {when}.\n\n{p}",
           "Je suis en plein blocus, je ne comprends pas cette question, détaille chaque étape stp : {p}"],
    "sv": ["Kan du förklara steg för steg hur man löser den här uppgiften? Jag har tenta i {course} {when}.\n\n{p}",
           "Hur löser man detta? Visa alla mellansteg: {p}"],
    "da": ["Kan du forklare trin for trin, hvordan man løser denne opgave? Jeg har eksamen i {course} {when}.\n\n{p}"],
    "no": ["Kan du forklare steg for steg hvordan jeg løser denne oppgaven? Jeg har eksamen i {course} {when}.\n\n{p}"],
    "en": ["Can you walk me through this step by step? I have my {course} exam {when}.\n\n{p}",
           "explain step by step pls, exam {when}: {p}", "{p}"],
}
FOLLOW = {
    "nl": ["Waarom deel je in stap 2 door {a}?", "Ik snap de laatste stap nog steeds niet", "Kun je een vergelijkbare oefenopgave geven?",
           "Klopt het als ik {a}{b} als antwoord heb? Ik kwam op iets anders uit.", "oké duidelijk, dankje!"],
    "fr": ["Pourquoi tu divises par {a} à la deuxième étape ?", "Tu peux me donner un exercice similaire ?", "ok merci c'est clair"],
    "sv": ["Varför delar du med {a} i steg 2?", "Kan du ge en liknande övningsuppgift?", "tack, nu fattar jag"],
    "da": ["Hvorfor dividerer du med {a} i trin 2?", "Kan du give mig en lignende opgave?", "tak, nu giver det mening"],
    "no": ["Hvorfor deler du på {a} i steg 2?", "Kan du gi meg en lignende oppgave?", "takk, skjønte det nå"],
    "en": ["why do you divide by {a} in step 2?", "can you give me a similar practice problem?", "ok I get it now, thanks!"],
}


def student_msg(r: random.Random, lang: str, p: str) -> str:
    b = lang if lang in STUDENT else BASE.get(lang, "en")
    return fill(r, r.choice(STUDENT[b]), {"p": [p], "course": COURSES[BASE.get(b, b)], "when": WHEN[BASE.get(b, b)]})


def student_follow(r: random.Random, lang: str) -> str:
    return fill(r, r.choice(FOLLOW[BASE.get(lang, lang) if BASE.get(lang, lang) in FOLLOW else "en"]), NUMS)


TEACHER = {
    "nl": "Maak een uitgewerkte modeloplossing bij de volgende opgave voor {level}. Noteer alle tussenstappen en sluit af met het eindantwoord.\n\n{p}",
    "fr": "Rédige un corrigé type détaillé pour {level}, avec toutes les étapes intermédiaires :\n\n{p}",
    "da": "Lav en fuldt gennemregnet facitliste til denne opgave for {level}, med alle mellemregninger:\n\n{p}",
    "sv": "Skriv ett fullständigt lösningsförslag med alla mellansteg för {level}:\n\n{p}",
    "no": "Lag et løsningsforslag med alle mellomregninger for {level}:\n\n{p}",
    "en": "Write a model solution with every intermediate step for {level}, ending with the final answer:\n\n{p}",
}
LEVEL = {"nl": ["5 vwo", "havo 4", "eerste bachelor"], "fr": ["la 5e secondaire", "la 6e secondaire"], "da": ["2.g", "3.g"],
         "sv": ["Matematik 3c", "Matematik 4"], "no": ["R1", "R2", "S2"], "en": ["year 12", "first-year undergrads"]}
TEACHER_SET = {
    "nl": "Schrijf {n} oefenopgaven over {topic} voor {level}, met korte antwoorden.",
    "fr": "Écris {n} exercices sur {topic} pour {level}, avec les réponses.",
    "da": "Skriv {n} øvelsesopgaver om {topic} til {level} med facit.",
    "sv": "Skriv {n} övningsuppgifter om {topic} för {level} med facit.",
    "no": "Skriv {n} øvingsoppgaver om {topic} for {level} med fasit.",
    "en": "Write {n} practice questions on {topic} for {level}, with answers.",
}
TOPIC = ["kansrekening / probabilités / sannolikhet", "differentiaalrekening", "logaritmen", "vectoren", "goniometrie"]


def teacher_msg(r: random.Random, lang: str, p: str | None) -> str:
    b = BASE.get(lang, lang) if BASE.get(lang, lang) in TEACHER else "en"
    if p is None:
        return fill(r, TEACHER_SET[b], {"n": [5, 8, 10, 12], "topic": TOPIC, "level": LEVEL[b]})
    return fill(r, TEACHER[b], {"p": [p], "level": LEVEL[b]})
