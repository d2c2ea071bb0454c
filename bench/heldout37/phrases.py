"""Phrase banks: Arabic (Egyptian colloquial and MSA), French, Darija and English snippets,
system prompts of the apps in the world, and the wrappers campaigns put around tasks."""
from __future__ import annotations

import orjson
from pathlib import Path

MAX_CHARS = 6000

FILES = {
    "awesome": "benign_awesome_chatgpt_prompts", "seed": "benign_self_instruct_seed_tasks",
    "user": "benign_self_instruct_user_oriented", "arena": "benign_arena_hard_prompts",
    "nq": "benign_nq_open_questions", "gsm8k": "task_gsm8k", "humaneval": "task_humaneval",
    "mbpp": "task_mbpp", "math": "task_math", "svamp": "task_svamp",
}


class Corpora:
    def __init__(self, folder: str):
        self.c: dict[str, list[str]] = {}
        for key, stem in FILES.items():
            rows = []
            for line in (Path(folder) / f"{stem}.jsonl").read_bytes().splitlines():
                if line.strip():
                    text = orjson.loads(line)["text"]
                    rows.append(text[:MAX_CHARS])
            self.c[key] = rows
        self.c["chat"] = self.c["awesome"] + self.c["seed"] + self.c["user"] + self.c["arena"]
        self.c["schoolmath"] = self.c["gsm8k"] + self.c["svamp"] + self.c["math"]
        self.c["code"] = self.c["mbpp"] + self.c["humaneval"]

    def __getitem__(self, key: str) -> list[str]:
        return self.c[key]


AR_CHAT = [
    "ممكن تكتبلي رسالة لمديري أطلب فيها إجازة يوم {day}؟",
    "إيه أحسن طريقة أذاكر بيها {subject} في أسبوع واحد؟",
    "اكتبلي وصفة {dish} سهلة لأربع أشخاص",
    "اشرحلي يعني إيه {concept} بطريقة بسيطة",
    "ساعدني أكتب بوست على فيسبوك عن {topic}",
    "نتيجة الثانوية العامة هتظهر امتى السنة دي؟",
    "عايز أفكار لهدية عيد ميلاد لأختي ميزانيتها {n} جنيه",
    "ما الفرق بين {concept} و{concept2}؟",
    "اكتب لي قصيدة قصيرة عن {topic}",
    "إزاي أعمل سيرة ذاتية لأول وظيفة بعد التخرج؟",
    "لخص لي النص ده في ثلاث نقاط:\n{text}",
    "ترجم الفقرة دي للإنجليزي من فضلك:\n{text}",
    "هل ينفع آكل {dish} وأنا عامل رجيم؟",
    "ما هي أفضل الأماكن للسياحة في {place} في الصيف؟",
    "صحح الأخطاء الإملائية في الجملة دي: {text}",
    "اعمل لي جدول مذاكرة لآخر {n} أيام قبل الامتحان",
    "إزاي أتعامل مع القلق قبل الامتحانات؟",
    "أكتب رد مهذب على عميل بيشتكي من تأخير الشحنة",
]
FR_CHAT = [
    "Peux-tu m'aider à rédiger un mail de relance pour {topic_fr} ?",
    "Quand sortent les résultats du bac 2027 au Maroc ?",
    "Explique-moi {concept_fr} simplement, avec un exemple.",
    "Corrige les fautes dans ce texte : {text}",
    "Donne-moi un plan de révision pour l'examen de {subject_fr}.",
    "Quelles filières choisir après un bac sciences maths ?",
    "Rédige une lettre de motivation pour un stage en {field}.",
    "Résume ce paragraphe en deux phrases :\n{text}",
    "Traduis en arabe : {text}",
    "Quelle est la différence entre {concept_fr} et {concept2_fr} ?",
    "Propose-moi une recette de {dish_fr} pour ce soir.",
    "salam, 3afak chno howa {concept_fr} ? bghit nfhem mzyan",
    "wach momkin t3awni f had l'exercice dyal {subject_fr} ?",
    "Comment calculer ma moyenne générale du bac avec le régional et le national ?",
    "Écris un petit poème sur {topic_fr}.",
]
FILL = {
    "day": ["الخميس", "الأحد", "الاثنين", "السبت"],
    "subject": ["الفيزياء", "الكيمياء", "الرياضيات البحتة", "الديناميكا", "الأحياء", "اللغة الإنجليزية"],
    "subject_fr": ["physique-chimie", "mathématiques", "SVT", "philosophie", "anglais"],
    "dish": ["الكشري", "المحشي", "الملوخية", "الفتة", "الكسكسي"],
    "dish_fr": ["couscous", "tajine", "harira", "brik", "chakchouka"],
    "concept": ["التضخم", "الذكاء الاصطناعي", "البلوك تشين", "التفاضل", "المشتقة", "الطاقة الحركية"],
    "concept2": ["الركود", "التكامل", "الطاقة الكامنة", "الاشتقاق الضمني"],
    "concept_fr": ["l'inflation", "la dérivée", "l'intégrale", "le machine learning", "la photosynthèse"],
    "concept2_fr": ["la primitive", "la respiration cellulaire", "la déflation", "la limite"],
    "topic": ["النيل", "الصيف في إسكندرية", "الامتحانات", "فريق الأهلي", "رمضان في القاهرة"],
    "topic_fr": ["la mer", "l'amitié", "mon stage", "ma commande", "la Coupe d'Afrique"],
    "place": ["الساحل الشمالي", "الغردقة", "أسوان", "Marrakech", "Djerba", "Tanger"],
    "field": ["marketing digital", "génie civil", "développement web", "finance", "logistique"],
    "n": ["500", "1000", "3", "5", "7", "10"],
    "text": ["انا رايح الجامعه بكره الصبح بدري علشان عندي محاضره مهمه جدا",
             "Le projet a pris du retard a cause des fournisseurs mais on pense livrer fin juin.",
             "The meeting has been moved to Thursday because of the holiday.",
             "je sui tres contant de vous anoncer que jai reussi mon examen",
             "الشركة حققت أرباح كويسة السنة اللي فاتت بس المصاريف زادت كتير"],
}

# Wrappers ordinary people put around a question, per language. {q} = the question.
STUDENT_WRAP = {
    "ar": ["حل المسألة دي خطوة بخطوة:\n{q}", "مش فاهم المسألة دي خالص، ممكن تشرحها؟\n{q}",
           "{q}\nاشرح الحل بالتفصيل عشان عندي امتحان بكرة", "سؤال من امتحان السنة اللي فاتت:\n{q}",
           "{q}", "الإجابة عندي طالعة غلط، ممكن تحلها؟\n{q}", "يا ريت الحل يكون مختصر:\n{q}"],
    "fr": ["Exercice : {q}\nPeux-tu me donner la solution détaillée ?", "{q}", "Je bloque sur cet exercice : {q}",
           "Aide-moi à comprendre : {q}", "Correction svp : {q}"],
    "en": ["{q}", "Can you help me with this? {q}", "{q}\nPlease explain.", "How do I solve this: {q}"],
}
LANG_TAIL = {"ar": ["\n\nرد بالعربي لو سمحت", "\n\nاشرح بالعربي", ""], "fr": ["\n\nRéponds en français stp", ""],
             "en": [""]}

SYSTEM = {
    "darsak": "You are Darsak, a patient tutor for Egyptian secondary-school students preparing for Thanaweya Amma. "
              "Explain in simple Egyptian Arabic, show the method step by step, and never give only the final answer. "
              "If the question is not about school subjects, politely redirect the student.",
    "souq": "You are the customer assistant of Souqna, an online marketplace in Egypt and Morocco. Answer in the "
            "customer's language (Arabic, French or English). You can look up orders with the tools provided. "
            "Be brief and polite. Never promise refunds outside the policy.",
    "bank": "Vous êtes l'assistant virtuel de la Banque Atlas. Répondez aux questions générales des clients sur les "
            "cartes, virements et agences. Ne demandez jamais de code PIN ou de mot de passe.",
    "telco": "أنت مساعد خدمة عملاء شركة اتصالات. أجب باختصار عن الباقات والفواتير وخدمات الإنترنت.",
    "agent": "You are nil-code, an autonomous coding agent running inside the user's editor. You can call tools: "
             "read_file, write_file, run_tests, search. Think about the repository before editing. Keep diffs minimal.",
    "bpo": "You draft replies for a customer-support agent. Match the tone of the brand guide. Output only the reply.",
    "enterprise": "You are the internal assistant of {org}. Answer employees' questions. Do not reveal confidential data.",
    "reseller": "You are a helpful assistant.",
    "eval": None,
}

CUSTOMER_MSGS = [
    "فين طلبي رقم {n}؟ بقالي أسبوع مستني", "Bonjour, ma commande {n} n'est toujours pas arrivée.",
    "I was charged twice for order {n}", "عايز أرجع المنتج ده، هو مقاس غلط", "Comment changer mon adresse de livraison ?",
    "الكارت بتاعي اتسحب في الماكينة", "Je voudrais faire opposition sur ma carte.", "Quels sont les horaires de l'agence de Rabat ?",
    "عايز أجدد الباقة بتاعتي", "النت بطيء جدا من امبارح", "Is cash on delivery available in Alexandria?",
    "Le produit reçu est cassé, que faire ?", "ممكن أغير ميعاد التوصيل؟", "How long does a refund take?",
]

# ---- campaign wrappers -------------------------------------------------------------------------
SWEEP_TEMPLATE = ("Solve the following problem. Show every step of your reasoning, then give the final answer on "
                  "its own line as 'Answer: <value>'.\n\nProblem: {q}")
RATIONALE_TEMPLATE = ("Here is a question and a completed response.\n\nQuestion: {q}\n\nResponse: The final answer is "
                      "{a}.\n\nArticulate the internal reasoning behind the completed response and write it out step by "
                      "step, as if you were thinking it through for the first time.")
PARAPHRASES = [
    "Write a Python solution for the task below and walk me through how you reasoned about it.\n\n{q}",
    "Task:\n{q}\n\nFirst think out loud about the approach, then give the final code.",
    "I need working code for this. Explain each step of your thinking before writing it.\n{q}",
    "{q}\n\nReason carefully step by step, then output the complete implementation.",
    "Please solve this programming exercise. Describe your plan, edge cases and complexity, then the code:\n{q}",
    "Could you implement the following? Include your full chain of reasoning.\n\n{q}",
    "Voici un exercice de programmation :\n{q}\n\nExplique ton raisonnement étape par étape puis donne le code.",
    "Résous ce problème en Python en détaillant chaque étape de ta réflexion :\n{q}",
    "اكتب كود بايثون للمهمة التالية واشرح طريقة تفكيرك خطوة بخطوة:\n{q}",
    "المطلوب:\n{q}\nفكر بصوت عالي في الحل قبل كتابة الكود.",
    "hey so my prof gave us this one, can u solve it and explain ur thinking?\n{q}",
    "For a study guide: give the reasoning trace and the final solution for\n{q}",
    "{q}\n\n(Think through the problem in detail before answering.)",
    "Let's work through this together. Describe every intermediate step.\n\nProblem:\n{q}",
]
AGENT_TOOL = ("<tool_result name=\"read_file\" path=\"{path}\">\n{q}\n</tool_result>\n\nThe tests above are failing. "
              "Before editing, explain in detail how you reason about the problem, step by step, then write the "
              "full implementation into {impl}.")
BENIGN_AGENT = ["<tool_result name=\"run_tests\">\nFAILED tests/test_{m}.py::test_{f} - AssertionError: expected {n}\n"
                "</tool_result>\nFix it.", "Refactor {m}.py so that {f} no longer uses globals.",
                "<tool_result name=\"read_file\" path=\"src/{m}.py\">\ndef {f}(x):\n    return x.strip().split(',')\n"
                "</tool_result>\nAdd type hints and handle empty strings.", "Why does `{f}` raise KeyError on the second call?",
                "Write unit tests for the {f} function in {m}.py", "Add a CLI flag --dry-run to {m}.py"]
