"""Prompt text: the shared corpora, wrappers in French, Portuguese, Arabic and
Darija, system prompts, and token estimates."""
from __future__ import annotations

import os
import random
from pathlib import Path

import orjson

PROMPTS_DIR = Path(os.environ.get("H18_PROMPTS", "/work/shared/data/prompts"))
FILES = {
    "arena": "benign_arena_hard_prompts.jsonl", "awesome": "benign_awesome_chatgpt_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl", "seed": "benign_self_instruct_seed_tasks.jsonl",
    "user": "benign_self_instruct_user_oriented.jsonl", "gsm8k": "task_gsm8k.jsonl",
    "humaneval": "task_humaneval.jsonl", "math": "task_math.jsonl", "mbpp": "task_mbpp.jsonl",
    "svamp": "task_svamp.jsonl",
}


class Corpus:
    def __init__(self, root: Path = PROMPTS_DIR):
        self.c: dict[str, list[str]] = {}
        for name, fn in FILES.items():
            with open(root / fn, "rb") as fh:
                self.c[name] = [orjson.loads(line)["text"] for line in fh if line.strip()]
        # chat users rarely paste 20-page role prompts: keep awesome prompts under 3,000 chars
        self.c["awesome_short"] = [t for t in self.c["awesome"] if len(t) <= 3000]

    def get(self, rng: random.Random, name: str) -> str:
        return rng.choice(self.c[name])

    def head(self, rng: random.Random, name: str, n: int) -> str:
        """Popular items: the first n of a benchmark (what people try a new model on)."""
        items = self.c[name]
        return items[min(int(rng.expovariate(3 / n)), n - 1, len(items) - 1)]

    def mix(self, rng: random.Random, weights: dict[str, float]) -> tuple[str, str]:
        keys = list(weights)
        k = rng.choices(keys, weights=[weights[x] for x in keys])[0]
        return k, self.get(rng, k)


def toks(text: str | None) -> int:
    if not text:
        return 0
    ascii_n = sum(1 for ch in text if ord(ch) < 128) if len(text) < 4000 else int(len(text) * 0.97)
    return max(1, round(ascii_n / 4.0 + (len(text) - ascii_n) / 1.8))


def lognorm(rng: random.Random, median: float, sigma: float, lo: int = 1, hi: int = 8000) -> int:
    return max(lo, min(hi, int(median * rng.lognormvariate(0, sigma))))


CHAT_WRAP = {
    "fr": ["{p}", "{p}", "Bonjour, {p}", "Peux-tu m'aider ? {p}", "Réponds en français stp : {p}",
           "{p}\n\nMerci d'avance", "J'ai besoin d'aide : {p}", "{p} (réponds en français)"],
    "pt": ["{p}", "{p}", "Olá! {p}", "Responde em português, por favor: {p}", "Preciso de ajuda: {p}", "{p}\n\nObrigado!"],
    "ar": ["{p}", "{p}", "عافاك جاوبني بالفرنسية: {p}", "3afak chre7 liya: {p}", "Salam, {p}", "ساعدني من فضلك: {p}",
           "{p}\n\nجاوب بالعربية"],
    "en": ["{p}", "{p}", "{p}", "Hi! {p}", "{p}\nThanks"],
}
LANG = {"FR": "fr", "RE": "fr", "MU": "fr", "PT": "pt", "AO": "pt", "MZ": "pt", "MA": "ar", "DZ": "ar", "TN": "ar", "MG": "fr"}

FOLLOWUPS = {
    "fr": ["Tu peux développer ?", "Plus court stp.", "Merci ! Et si je veux le faire autrement ?", "Je n'ai pas compris la deuxième partie.",
           "Peux-tu me donner un exemple concret ?", "Réécris-le en français.", "Ok. Et pour la suite ?", "C'est faux, vérifie."],
    "pt": ["Podes explicar melhor?", "Mais curto, por favor.", "Obrigado! E se eu quiser de outra forma?", "Dá-me um exemplo.",
           "Não percebi a segunda parte.", "Traduz para português."],
    "ar": ["Merci, tu peux expliquer plus ?", "ما فهمتش الجزء الثاني", "3tini mital", "Plus simple stp", "شكرا، وكيف نكمل؟"],
    "en": ["Can you elaborate?", "Make it shorter.", "Thanks! Any alternative?", "Give me an example.", "That's wrong, check again."],
}


def web_system(ts_day: str, lang: str) -> str:
    ui = {"fr": "français", "pt": "portugais", "ar": "arabe", "en": "anglais"}[lang]
    return (f"Tu es Brume, l'assistant conversationnel de Brume AI (Paris). Date du jour : {ts_day}. "
            f"Langue de l'interface : {ui}. Réponds dans la langue de l'utilisateur, de façon exacte et concise. "
            "Utilise Markdown. N'invente pas de sources.")


STUDY_WRAP = {
    "fr": ["Aide-moi à résoudre cet exercice : {q}", "J'ai pas compris, tu peux m'expliquer ? {q}", "{q}",
           "Exercice : {q}\nDonne-moi la méthode, pas seulement le résultat.", "Comment on fait celui-là ? {q}",
           "{q}\nExplique étape par étape stp"],
    "ar": ["ساعدني في حل هذا التمرين: {q}", "{q}\nchre7 liya b darija 3afak", "Exercice : {q}", "{q}\nاشرح خطوة بخطوة",
           "3afak 7el liya had tamrin: {q}"],
}
STUDY_FOLLOW = ["je comprends pas l'étape 2", "tu peux refaire avec une autre méthode ?", "c'est quoi la formule déjà ?",
                "et si on change les valeurs ?", "ما فهمتش علاش", "merci, un exercice similaire stp",
                "Pourquoi on divise à cette étape ?", "c'est bon j'ai trouvé pareil"]

BACPREP_SYSTEM = ("Tu es « Prof Nour », le tuteur de l'application BacPrep. Niveau de l'élève : {level}. "
                  "Explique pas à pas, en français simple ; tu peux utiliser quelques mots de darija si l'élève écrit en darija. "
                  "Ne donne jamais seulement le résultat final : vérifie la compréhension par une question à la fin. "
                  "Programme officiel : {prog}. Formate les calculs en LaTeX.")
BACPREP_LEVELS = [("2ème année Bac Sciences Maths", "Maroc"), ("2ème année Bac PC", "Maroc"), ("1ère année Bac", "Maroc"),
                  ("3AS Mathématiques", "Algérie"), ("3AS Sciences expérimentales", "Algérie"), ("4ème Maths", "Tunisie")]

BOOTCAMP_SYSTEM = ("Mode tuteur (stage intensif Toussaint, {org}). Guide l'élève vers la solution par étapes ; "
                   "si l'élève demande directement la réponse, donne d'abord un indice. Niveau : {level}.")

EVAL_MATH = "Solve the following math problem. Reason step by step, and put your final answer within \\boxed{{}}.\n\n{q}"
EVAL_GSM = "Question: {q}\nLet's think step by step. At the end, write \"The answer is N\" where N is a number."
EVAL_CODE = "Complete the following Python function. Return only the code in a single ```python block.\n\n```python\n{q}\n```"
EVAL_MBPP = "You are an expert Python programmer, and here is your task: {q}\n\n[BEGIN]\n"

BANK_SYSTEM = ("Assistant interne du Groupe (usage professionnel). Ne saisissez aucune donnée client nominative. "
               "Réponses en français, ton professionnel. Classification : C2 – Interne.")

BPO_SYSTEM = ("Vous êtes l'assistant de rédaction du service client NovaBox (box internet et mobile). À partir du message "
              "du client et des notes de l'agent, rédigez une réponse courtoise, vouvoiement, 120 mots maximum, "
              "sans promettre de geste commercial non validé. Signez « Le service client NovaBox ».")
BPO_ISSUES = ["ma box ne se connecte plus depuis {d}", "j'ai été prélevé deux fois de {a} €", "je veux résilier mon abonnement",
              "le technicien n'est pas venu au rendez-vous du {d}", "mon débit est très lent le soir", "je n'ai plus de réseau mobile",
              "ma facture de {m} est de {a} € au lieu de {b} €", "je déménage le {d} et je veux transférer ma ligne",
              "la portabilité de mon numéro a échoué", "je n'ai pas reçu mon remboursement de {a} €", "mon décodeur TV affiche une erreur {e}"]
BPO_NOTES = ["client fidèle 6 ans", "geste 10 € validé N2", "ticket {e} ouvert", "rappel prévu", "incident secteur en cours",
             "RDV technicien replanifié", "aucun geste possible", "remboursement en cours sous 10 jours"]
MONTHS = ["septembre", "octobre", "août"]


def bpo_message(rng: random.Random) -> str:
    fill = {"d": f"{rng.randint(1, 28)} {rng.choice(MONTHS)}", "a": f"{rng.randint(9, 89)},{rng.randint(0, 99):02d}",
            "b": f"{rng.randint(9, 49)},99", "m": rng.choice(MONTHS), "e": f"{rng.choice('ABCEF')}{rng.randint(100, 999)}"}
    issue = rng.choice(BPO_ISSUES).format(**fill)
    greet = rng.choice(["Bonjour,", "Bonjour", "Madame, Monsieur,", "", "Bjr"])
    tail = rng.choice(["Merci de faire le nécessaire.", "C'est inadmissible !", "Cordialement", "Merci", "J'attends une réponse rapide."])
    notes = ", ".join(rng.sample(BPO_NOTES, rng.randint(1, 2))).format(**fill)
    body = " ".join(x for x in (greet, issue[0].upper() + issue[1:] if not greet else issue) if x)
    return f"Message client : « {body}. {tail} »\nNotes agent : {notes}"


AGENCY_SYSTEM = ("Tu es le rédacteur de l'agence Ricochet pour le client {client} ({sector}). Ton de marque : {tone}. "
                 "Respecte la charte : pas d'emoji dans les titres, vouvoiement, appels à l'action clairs.")
AGENCY_TASKS = ["Rédige un post LinkedIn sur {t}.", "Propose 5 titres SEO pour un article sur {t}.",
                "Écris une newsletter de 200 mots sur {t}.", "Réécris ce paragraphe pour le rendre plus percutant : {p}",
                "Rédige la méta-description d'une page sur {t}.", "Fais un calendrier éditorial de novembre autour de {t}."]
AGENCY_TOPICS = ["la rentrée des vacances de la Toussaint", "le Black Friday", "l'éco-conception", "les fêtes de fin d'année",
                 "le recrutement d'alternants", "la fibre en zone rurale", "le salon Batimat", "le passage à l'heure d'hiver"]

TRANSLATE = ["Translate the following text into European Portuguese. Keep formatting, numbers and placeholders unchanged.\n\n{t}",
             "Traduza o texto seguinte para francês. Mantenha a formatação e os marcadores.\n\n{t}",
             "Traduis le texte suivant en portugais (Mozambique). Conserve la mise en forme.\n\n{t}"]
