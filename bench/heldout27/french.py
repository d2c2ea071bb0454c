"""Québec French text: casual prompts, word-problem generator, crude machine
translation of English benchmark questions, and French task wrappers."""

from __future__ import annotations

import random
import re

FR_CASUAL = [
    "C'est quoi la différence entre un REER et un CELI, pis lequel je devrais prioriser cette année?",
    "Peux-tu m'écrire un courriel poli pour dire à mon propriétaire que le chauffage brise encore?",
    "Donne-moi une recette de pouding chômeur facile pour 6 personnes.",
    "Comment on fait la tire sur la neige à la maison si y'a plus de neige dehors?",
    "Explique-moi les séries éliminatoires de la LNH, comment marche le format?",
    "Les Canadiens ont-ils déjà gagné la Coupe Stanley en partant 8e?",
    "Rédige une lettre de motivation pour un poste de technicienne en administration au cégep.",
    "Quels sont les meilleurs endroits pour faire du vélo à Montréal au printemps?",
    "Traduis ce texte en anglais en gardant un ton professionnel : « Nous accusons réception de votre demande. »",
    "Mon char fait un bruit de grincement quand je freine, qu'est-ce que ça peut être?",
    "Résume-moi la Loi 96 en quelques points simples.",
    "J'ai reçu un avis de cotisation de Revenu Québec, comment je le lis?",
    "Donne-moi des idées de sortie pour la fin de semaine à Québec avec des enfants.",
    "C'est-tu vrai que la saison des sucres finit plus tôt à cause du climat?",
    "Écris un poème court sur le printemps qui arrive enfin à Sherbrooke.",
    "Comment je calcule mon crédit d'impôt pour solidarité?",
    "Aide-moi à planifier mes révisions pour trois examens finaux en cinq jours.",
    "Quelle est la différence entre « tu » et « vous » dans un courriel au travail?",
    "Propose un menu de cabane à sucre végétarien.",
    "Explique simplement ce qu'est un modèle de langage.",
    "Corrige les fautes dans ce paragraphe : « Je vous est envoyer les document hier mais j'ai pas eu de réponse. »",
    "Comment négocier mon salaire pour un premier emploi en TI?",
    "Écris-moi un message d'anniversaire drôle pour ma belle-sœur.",
    "Pourquoi le Québec a-t-il sa propre déclaration de revenus?",
    "Donne-moi 5 questions d'entrevue typiques pour un poste en comptabilité.",
    "C'est quoi les règles pour un bail au Québec si je veux sous-louer cet été?",
    "Fais-moi un plan d'entraînement pour courir 10 km en juin.",
    "Explique le théorème de Bayes avec un exemple concret.",
    "Quel est le meilleur moment pour voir les baleines à Tadoussac?",
    "Peux-tu résumer l'histoire de la Révolution tranquille en 200 mots?",
]

NAMES_FR = ["Mathis", "Léa", "Jérémie", "Florence", "Olivier", "Rosalie", "Félix", "Chloé", "William",
            "Maëlle", "Samuel", "Océane", "Raphaël", "Noémie", "Antoine", "Juliette", "Zoé", "Loïc"]
ITEMS_FR = [("canne de sirop d'érable", "cannes de sirop d'érable"), ("billet de hockey", "billets de hockey"),
            ("livre", "livres"), ("crayon", "crayons"), ("pomme", "pommes"), ("carte de hockey", "cartes de hockey"),
            ("beigne", "beignes"), ("cahier", "cahiers"), ("bouteille d'eau", "bouteilles d'eau")]

WORD_PROBLEMS_FR = [
    "{n} a acheté {a} {items} à {p} $ chacun. Combien a-t-il dépensé en tout?",
    "{n} a {a} {items}. Elle en donne {b} à son frère et en achète {c} autres. Combien en a-t-elle maintenant?",
    "Une cabane à sucre produit {a} litres de sirop par jour pendant {b} jours. Elle vend le sirop en cannes de {c} litres. Combien de cannes remplit-elle?",
    "Un train part de Montréal à {h} h et roule à {v} km/h. À quelle heure arrive-t-il à Québec, située à {d} km?",
    "{n} gagne {p} $ de l'heure et travaille {a} heures par semaine. Combien gagne-t-il en {b} semaines?",
    "Le prix d'un chandail est de {p} $. Il est en solde à {r} % de rabais. Quel est le nouveau prix, taxes non comprises?",
    "Dans une classe de {a} élèves, {r} % ont réussi l'examen. Combien d'élèves ont échoué?",
    "Résous l'équation {a}x + {b} = {c}.",
    "Trouve la dérivée de f(x) = {a}x^3 - {b}x^2 + {c}x.",
    "Un rectangle a un périmètre de {d} cm et une longueur de {a} cm. Quelle est son aire?",
    "{n} lit {a} pages par jour. Son livre a {d} pages. Combien de jours lui faut-il pour le finir?",
    "Calcule l'intégrale de {a}x^2 + {b} entre 0 et {c}.",
    "Les Canadiens ont marqué {a} buts en {b} matchs. Quelle est leur moyenne de buts par match?",
    "Une famille paie {p} $ d'impôt sur un revenu de {d} $. Quel est son taux d'imposition moyen?",
    "Dans un sac, il y a {a} billes rouges et {b} billes bleues. Quelle est la probabilité de tirer une bille bleue?",
]


def word_problem_fr(rng: random.Random) -> str:
    item = rng.choice(ITEMS_FR)
    return rng.choice(WORD_PROBLEMS_FR).format(
        n=rng.choice(NAMES_FR), a=rng.randint(3, 60), b=rng.randint(2, 30), c=rng.randint(2, 25),
        p=rng.choice((2, 3, 4.5, 7, 12, 15, 18, 25, 40)), r=rng.choice((10, 15, 20, 25, 30, 40)),
        h=rng.randint(6, 18), v=rng.choice((80, 90, 110, 120)), d=rng.choice((120, 250, 256, 300, 48000, 62000)),
        items=item[1])


# Phrase-level glossary: what a cheap MT pass over English benchmark text yields.
_GLOSS = [
    (r"\bHow many\b", "Combien de"), (r"\bhow many\b", "combien de"), (r"\bHow much\b", "Combien"),
    (r"\bhow much\b", "combien"), (r"\bWhat is\b", "Quelle est"), (r"\bwhat is\b", "quelle est"),
    (r"\bFind\b", "Trouvez"), (r"\bCompute\b", "Calculez"), (r"\bEvaluate\b", "Évaluez"),
    (r"\bSimplify\b", "Simplifiez"), (r"\bExpress your answer as\b", "Exprimez votre réponse sous forme de"),
    (r"\bcommon fraction\b", "fraction irréductible"), (r"\beach\b", "chaque"), (r"\bevery\b", "chaque"),
    (r"\bdollars\b", "dollars"), (r"\bper hour\b", "de l'heure"), (r"\ban hour\b", "de l'heure"),
    (r"\bminutes\b", "minutes"), (r"\bhours\b", "heures"), (r"\bdays\b", "jours"), (r"\bweeks\b", "semaines"),
    (r"\bweek\b", "semaine"), (r"\byear\b", "année"), (r"\bmonth\b", "mois"), (r"\btotal\b", "total"),
    (r"\baltogether\b", "en tout"), (r"\bin total\b", "au total"), (r"\bhalf\b", "la moitié"),
    (r"\btwice as many\b", "deux fois plus de"), (r"\bmore than\b", "de plus que"), (r"\bless than\b", "de moins que"),
    (r"\bfriends\b", "amis"), (r"\bstudents\b", "élèves"), (r"\bschool\b", "école"), (r"\bstore\b", "magasin"),
    (r"\bbought\b", "a acheté"), (r"\bsold\b", "a vendu"), (r"\bhas\b", "a"), (r"\bhave\b", "ont"),
    (r"\bhad\b", "avait"), (r"\bIf\b", "Si"), (r"\bif\b", "si"), (r"\band\b", "et"), (r"\bThe\b", "Le"),
    (r"\bthe\b", "le"), (r"\bof\b", "de"), (r"\bthen\b", "puis"), (r"\bShe\b", "Elle"), (r"\bshe\b", "elle"),
    (r"\bHe\b", "Il"), (r"\bhe\b", "il"), (r"\bwith\b", "avec"), (r"\bfor\b", "pour"), (r"\bin\b", "en"),
    (r"\bto\b", "à"), (r"\bis\b", "est"), (r"\bare\b", "sont"), (r"\bwas\b", "était"), (r"\bwere\b", "étaient"),
    (r"\bthere\b", "il y"), (r"\bhow\b", "comment"), (r"\bwhat\b", "quel"), (r"\bdoes\b", "fait"),
    (r"\bpositive\b", "positif"), (r"\bnumber\b", "nombre"), (r"\bnumbers\b", "nombres"), (r"\bintegers\b", "entiers"),
    (r"\binteger\b", "entier"), (r"\bsum\b", "somme"), (r"\bproduct\b", "produit"), (r"\bvalue\b", "valeur"),
    (r"\bgraph\b", "graphe"), (r"\btriangle\b", "triangle"), (r"\barea\b", "aire"), (r"\bcircle\b", "cercle"),
    (r"\bradius\b", "rayon"), (r"\bprobability\b", "probabilité"), (r"\bsmallest\b", "plus petit"),
    (r"\blargest\b", "plus grand"), (r"\bgreatest\b", "plus grand"), (r"\bwill\b", "va"), (r"\bcan\b", "peut"),
]
_GLOSS_RE = [(re.compile(p), r) for p, r in _GLOSS]


def mt_french(text: str, coverage: float, rng: random.Random) -> str:
    """Cheap machine translation: apply a random share of the glossary."""
    for rx, rep in _GLOSS_RE:
        if rng.random() < coverage:
            text = rx.sub(rep, text)
    for rx, rep in _CONTRACT:
        text = rx.sub(rep, text)
    return text


_CONTRACT = [(re.compile(p), r) for p, r in ((r"\bde le\b", "du"), (r"\bà le\b", "au"), (r"\ben le\b", "dans le"),
                                              (r"\bde les\b", "des"), (r"\bà les\b", "aux"),
                                              (r"\bde ([aeiouéè])", r"d'\1"), (r"\ble ([aeiouéè])", r"l'\1"))]


FR_MATH_WRAP = [
    "{q}", "Peux-tu m'aider avec ce problème? {q}", "Résous étape par étape : {q}",
    "Explique-moi comment faire ce numéro : {q}", "J'comprends pas celui-là : {q}",
    "Question d'examen de révision :\n{q}\nQuelle est la méthode?", "{q}\nMontre ta démarche s'il te plaît.",
    "Problème : {q}\nRéponse :", "Aide-moi à résoudre ceci, mon examen de maths est demain. {q}",
    "Voici un exercice de mon cours de calcul différentiel : {q}",
]
FR_CODE_WRAP = [
    "Écris une fonction Python qui fait ceci :\n{q}", "{q}\n\nExplique le code ligne par ligne en français.",
    "Mon prof nous a donné ça pour réviser, comment tu le coderais?\n{q}",
]
