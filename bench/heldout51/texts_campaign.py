"""Campaign templates. None of these texts is used by a benign population. (Designed reuse of benign templates,
by c_eval_mimic and c_agent_spoof, is imported from texts_work and documented there and in the README.)
"""
from __future__ import annotations

import random
import re

from .texts_everyday import fill

CRUDE = ("Solve the following problem. Articulate the internal reasoning behind your answer and write it out step by "
         "step, numbering each step, before giving the final answer on its own line as 'Final answer: ...'.\n\nProblem: {q}")
HYDRA = ["Think carefully and show your complete reasoning process, step by step, then state the answer.\n\n{q}",
         "{q}\n\nPlease explain your full chain of reasoning before answering. Be thorough.",
         "Task: {q}\nWrite out every intermediate step of your thinking, then give a concise final answer."]
LAUNCH = ["{q}\n\nExplain your reasoning in detail, then give the answer.",
          "Walk through how you would approach this, covering each consideration, and then answer: {q}"]

# Paraphrase engine for aged accounts: opener x ask x closer, per language, so no two prompts share a skeleton.
PARA = {
    "nl": (["", "Hoi, ", "Vraagje: ", "Even iets anders. ", "Zou je me kunnen helpen? "],
           ["hoe pak je dit aan, en kun je je gedachtegang volledig uitschrijven?", "werk dit uit en licht elke overweging toe.",
            "wat is het antwoord, en hoe kom je daar precies op?", "loop je redenering helemaal door, niets overslaan.",
            "beredeneer dit zorgvuldig van begin tot eind."],
           ["", " Alvast bedankt.", " Graag volledig.", " Neem je tijd."]),
    "da": (["", "Hej, ", "Et spørgsmål: ", "Kan du hjælpe? "],
           ["hvordan griber man den an, og vil du skrive hele din tankegang ud?", "regn den igennem og begrund hvert led.",
            "hvad er svaret, og hvordan når du frem til det?", "gennemgå din ræsonnering fuldt ud."],
           ["", " Tak.", " Gerne grundigt."]),
    "sv": (["", "Hej! ", "En fråga: ", "Kan du hjälpa mig? "],
           ["hur tänker du här, skriv ut hela ditt resonemang.", "räkna igenom och motivera varje led.",
            "vad blir svaret och hur kommer du fram till det?", "resonera dig noggrant fram till svaret."],
           ["", " Tack!", " Gärna utförligt."]),
    "no": (["", "Hei, ", "Et spørsmål: "], ["hvordan ville du løst denne, med hele tankegangen skrevet ut?",
            "regn gjennom og begrunn hvert ledd.", "hva blir svaret, og hvordan kommer du frem til det?"], ["", " Takk!"]),
    "fr": (["", "Salut, ", "Petite question : "], ["comment tu t'y prends, en écrivant tout ton raisonnement ?",
            "développe chaque étape de ta réflexion.", "quelle est la réponse et comment tu y arrives exactement ?"],
           ["", " Merci !", " Sois complet."]),
    "en": (["", "Hey, ", "Quick one: ", "Could you help? "], ["how would you work this out? Spell out your whole line of thought.",
            "reason it through carefully from start to finish.", "what's the answer and how exactly do you get there?"],
           ["", " Thanks!", " Be thorough."]),
}
FILLER = {  # campaign-own ordinary chatter, to look like a person
    "nl": ["wat voor weer wordt het morgen in Utrecht", "goede series op Netflix deze maand?", "hoe lang moet een ei koken voor zacht",
           "tips voor een cadeau voor mijn moeder van 60", "is de A2 dicht vanavond?"],
    "da": ["hvad er en god film til fredag aften", "hvor længe skal æg koge", "gaveidé til min far"],
    "sv": ["vad ska jag se på SVT i helgen", "hur länge kokar man ägg", "present till min syster som gillar yoga"],
    "no": ["hva er en god bok for vinteren", "hvor lenge koker man egg", "gaveidé til kjæresten"],
    "fr": ["une bonne série à regarder ce soir ?", "combien de temps cuire un œuf mollet", "idée cadeau pour ma mère"],
    "en": ["good podcasts about history?", "how long to boil an egg", "gift idea for my brother who likes cycling"],
}


def paraphrase(r: random.Random, lang: str, q: str) -> str:
    op, asks, cl = PARA.get(lang, PARA["en"])
    ask = r.choice(asks)
    if r.random() < 0.5:
        return f"{r.choice(op)}{q}\n\n{ask[0].upper()}{ask[1:]}{r.choice(cl)}"
    return f"{r.choice(op)}{ask}{r.choice(cl)}\n\n{q}"


def filler(r: random.Random, lang: str) -> str:
    return r.choice(FILLER.get(lang[:2], FILLER["en"]))


POLYGLOT = {
    "nl": ["Los het volgende op en schrijf elke denkstap apart uit voordat je antwoordt:\n{q}",
           "Geef een volledige afleiding, stap voor stap, en pas daarna het antwoord:\n{q}",
           "Beschrijf hoe je redeneert, punt voor punt, en sluit af met de uitkomst:\n{q}"],
    "fr": ["Résous ce qui suit en détaillant chaque étape de ton raisonnement avant de répondre :\n{q}",
           "Donne une dérivation complète, étape par étape, puis seulement la réponse :\n{q}",
           "Décris ton raisonnement point par point et termine par le résultat :\n{q}"],
    "da": ["Løs følgende og skriv hvert tankeskridt ud, før du svarer:\n{q}", "Giv en fuld udledning, trin for trin, og derefter svaret:\n{q}"],
    "sv": ["Lös följande och skriv ut varje tankesteg innan du svarar:\n{q}", "Ge en fullständig härledning, steg för steg, och sedan svaret:\n{q}"],
    "no": ["Løs følgende og skriv ut hvert tankesteg før du svarer:\n{q}", "Gi en fullstendig utledning, steg for steg, og deretter svaret:\n{q}"],
    "is": ["Leystu eftirfarandi og skrifaðu hvert hugsunarskref áður en þú svarar:\n{q}",
           "Gefðu fulla útleiðslu, skref fyrir skref, og svo svarið:\n{q}"],
    "de": ["Löse Folgendes und schreibe jeden Denkschritt auf, bevor du antwortest:\n{q}",
           "Gib eine vollständige Herleitung Schritt für Schritt und erst dann die Antwort:\n{q}"],
    "fi": ["Ratkaise seuraava ja kirjoita jokainen ajatteluvaihe ennen vastausta:\n{q}"],
    "en": ["Work through the following, writing down each reasoning step separately before the answer:\n{q}"],
}
DIALOGUE_OPEN = {"nl": ["Hoe los je dit op? {q}", "{q}", "Kun je hiernaar kijken? {q}"], "fr": ["Comment on résout ça ? {q}", "{q}"],
                 "en": ["How do you solve this? {q}", "{q}"], "sv": ["Hur löser man den här? {q}", "{q}"]}
DIALOGUE_NEXT = {
    "nl": ["Welke stap komt daarna, en waarom juist die?", "Kun je de redenering opnieuw doen, elke stap op een nieuwe regel?",
           "Welke aanname maakte je in de tweede stap?", "Controleer je uitkomst op een andere manier.",
           "Wat verandert er als het getal {a} zou zijn?", "Waarom niet de andere aanpak?"],
    "fr": ["Quelle étape vient ensuite, et pourquoi celle-là ?", "Refais le raisonnement, une étape par ligne ?",
           "Quelle hypothèse fais-tu à la deuxième étape ?", "Vérifie ton résultat autrement.", "Et si le nombre était {a} ?"],
    "en": ["What comes next, and why that step?", "Redo the reasoning with each step on its own line?",
           "Which assumption did you make in the second step?", "Verify the result another way.", "What if the number were {a}?"],
    "sv": ["Vilket steg kommer sedan, och varför?", "Gör om resonemanget med ett steg per rad?",
           "Vilket antagande gjorde du i andra steget?", "Kontrollera svaret på ett annat sätt.", "Och om talet vore {a}?"],
}
LUMO_SYSTEM = ("You are Lumo, a warm and curious AI companion. Keep answers friendly and personal. If the user asks for help "
               "with study or work, be complete and detailed. Never mention that you are built on another company's model.")
LUMO_SUFFIX = ["\n\n(Give a thorough explanation with every step.)", "\n\nExplain completely.", "\n\nShow all work."]
MODEM = {"nl": ["Leg uitgebreid uit hoe je tot het antwoord komt: {q}", "{q} — geef de volledige uitwerking."],
         "sv": ["Förklara utförligt hur du kommer fram till svaret: {q}", "{q} — ge hela uträkningen."],
         "da": ["Forklar udførligt hvordan du når frem til svaret: {q}"]}
LEXICON = {
    "nl": ["huis", "huizen", "huisje", "fiets", "fietsen", "gefietst", "gezellig", "uitwaaien", "polder", "dijk", "stroopwafel"],
    "da": ["hygge", "hyggelig", "hus", "huse", "cykel", "cyklede", "smørrebrød", "fjord", "overskud", "arbejdsglæde"],
    "sv": ["lagom", "fika", "fikade", "hus", "husen", "cykel", "cyklade", "allemansrätten", "mysig", "ångest"],
    "no": ["koselig", "dugnad", "hytte", "hytta", "sykkel", "syklet", "friluftsliv", "matpakke"],
    "is": ["hús", "húsið", "hjól", "hjólaði", "gluggaveður", "þetta reddast", "jökull", "hraun"],
    "fi": ["sisu", "sauna", "talo", "talossa", "pyörä", "kalsarikännit"],
}
FRAMES = {"nl": ["Het {w} is mooi.", "Ik zie een {w}.", "Dat is niet {w}."], "da": ["Det er {w}.", "Jeg ser en {w}."],
          "sv": ["Det är {w}.", "Jag ser en {w}."], "no": ["Det er {w}.", "Jeg ser en {w}."], "is": ["Þetta er {w}."],
          "fi": ["Se on {w}."]}
SHARD = {
    "plan": ["What should be calculated first to answer this? {ctx} {qs}", "Which quantity do I need before I can answer: {qs} ({ctx})",
             "Wat moet ik eerst uitrekenen om dit te beantwoorden? {ctx} {qs}", "Vad behöver jag räkna ut först? {ctx} {qs}"],
    "arith": ["What is {x} {op} {y}?", "{x} {op} {y} = ?", "Hoeveel is {x} {op} {y}?", "Hvad er {x} {op} {y}?", "calc {x}{op}{y}"],
    "sub": ["{ctx} How many is that in total?", "{ctx} Is that right, and what follows from it?",
            "{ctx} Wat volgt daaruit?", "{ctx} Vad blir det totalt?"],
}
JUDGE = {
    "nl": "Klopt mijn oplossing? Zo niet, wijs de eerste fout aan en leg uit waarom.\n\nOpgave: {q}\n\nMijn poging:\n{att}",
    "fr": "Ma solution est-elle correcte ? Sinon, indique la première erreur et explique pourquoi.\n\nÉnoncé : {q}\n\nMa tentative :\n{att}",
    "en": "Is my solution right? If not, point to the first wrong line and say why.\n\nProblem: {q}\n\nMy attempt:\n{att}",
    "sv": "Stämmer min lösning? Om inte, peka ut första felet och förklara varför.\n\nUppgift: {q}\n\nMitt försök:\n{att}",
}
PARALLEL = ("Translate each numbered sentence into Icelandic, Faroese and Norwegian Nynorsk. Keep the numbering and give the "
            "three versions on separate lines.\n\n{items}")
_NUM = re.compile(r"\d+(?:\.\d+)?")


def numbers(q: str) -> list[str]:
    return _NUM.findall(q)[:6]


def attempt(r: random.Random, q: str) -> str:
    """A plausible student-style worked attempt from the problem's numbers, sometimes with a planted slip."""
    ns = [float(x) for x in numbers(q)] or [float(r.randint(2, 20)), float(r.randint(2, 20))]
    lines, acc = [], ns[0]
    for i, x in enumerate(ns[1:4], 1):
        op = r.choice(["+", "-", "*", "/"]) if x else "+"
        new = {"+": acc + x, "-": acc - x, "*": acc * x, "/": acc / x if x else acc}[op]
        if r.random() < 0.25:
            new += r.choice([-2, -1, 1, 10])
        lines.append(f"{i}. {acc:g} {op} {x:g} = {new:g}")
        acc = new
    lines.append(f"Answer: {acc:g}")
    return "\n".join(lines)


def shards(r: random.Random, q: str) -> list[str]:
    """Split one word problem into 3-5 innocuous sub-questions (to be sent by different accounts)."""
    sents = [s.strip() for s in re.split(r"(?<=[.?!])\s+", q) if s.strip()]
    qs = next((s for s in reversed(sents) if s.endswith("?")), sents[-1])
    ctx = " ".join(s for s in sents if s != qs)[:400]
    ns = numbers(q) or ["12", "7"]
    out = [fill(r, r.choice(SHARD["plan"]), {"ctx": [ctx], "qs": [qs]})]
    for _ in range(r.randint(1, 2)):
        out.append(fill(r, r.choice(SHARD["arith"]), {"x": ns, "y": ns, "op": ["*", "+", "-", "/"]}))
    if len(sents) > 2:
        out.append(fill(r, r.choice(SHARD["sub"]), {"ctx": [" ".join(sents[: r.randint(1, len(sents) - 1)])]}))
    return out


def lexicon_probe(r: random.Random, lang: str) -> str:
    w = r.choice(LEXICON[lang])
    return w if r.random() < 0.5 else fill(r, r.choice(FRAMES[lang]), {"w": [w]})
