#!/usr/bin/env python3
"""Held-out traffic generator #3 for enforcer (independent of enforcer/sim).

python gen.py --seed N --days D --out events.jsonl.gz --labels labels.json [--scale S]

Pure standard library. Deterministic per seed: one random.Random(seed) drives
everything, no hash() of strings, no wall clock. Prompts come from
$ENFORCER_PROMPTS_DIR or <repo>/../shared/data/prompts.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import math
import os
import random
import sys
from datetime import datetime, timezone
from pathlib import Path

DAY = 86_400_000
HOUR = 3_600_000
MIN = 60_000
START_MS = int(datetime(2026, 9, 14, tzinfo=timezone.utc).timestamp() * 1000)  # a Monday

OLD_MODELS = ["aurora-2", "aurora-2-mini"]
NEW_MODEL, NEW_MINI = "aurora-3", "aurora-3-mini"


def iso(ms: int) -> str:
    dt = datetime.fromtimestamp(ms // 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (ms % 1000)


# --------------------------------------------------------------------------- prompts
def prompts_dir() -> Path:
    env = os.environ.get("ENFORCER_PROMPTS_DIR")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent.parent / "shared" / "data" / "prompts"
        if cand.is_dir():
            return cand
    return Path("/work/shared/data/prompts")


def load(name: str, cap: int = 16000) -> list[str]:
    out = []
    with open(prompts_dir() / f"{name}.jsonl", encoding="utf-8") as fh:
        for line in fh:
            t = json.loads(line)["text"]
            out.append(t[:cap])
    return out


class Corpus:
    def __init__(self) -> None:
        self.arena = load("benign_arena_hard_prompts")
        self.awesome = load("benign_awesome_chatgpt_prompts", cap=9000)
        self.nq = load("benign_nq_open_questions")
        self.si = load("benign_self_instruct_seed_tasks") + load("benign_self_instruct_user_oriented")
        self.gsm8k = load("task_gsm8k")
        self.math = load("task_math")
        self.svamp = load("task_svamp")
        self.humaneval = load("task_humaneval")
        self.mbpp = load("task_mbpp")
        self.chat = self.arena + self.si
        self.code_chat = [t for t in self.arena if any(k in t for k in ("def ", "code", "function", "python", "Python", "SQL", "script", "class ", "```"))]
        self.mathq = self.gsm8k + self.svamp + self.math


# --------------------------------------------------------------------------- text pools
STUDENT_STEP = [
    "can you explain this step by step?", "show the steps please", "how do i solve this? pls explain each step",
    "explain like I'm 12", "walk me through it", "step by step pls", "Can you help me understand how to do this problem?",
    "i dont get this one", "what's the method for this kind of problem?", "Solve and explain your reasoning.",
    "Please show all work, my teacher wants the steps", "How would you set this up?", "is there an easy way to do this",
    "Explain how to get the answer, not just the answer.", "help!! test tomorrow", "Check my thinking: how do you solve this?",
    "Let's think step by step.", "can u do this one and explain", "why is the answer what it is? go through it slowly",
]
CASUAL_LEAD = ["", "", "", "hey ", "quick question: ", "ok so ", "Hi! ", "hmm, ", "Question - ", "pls help\n"]

OPEN = ["", "", "Please solve the following.", "Here is a problem for you.", "Task:", "I need a careful solution to this.",
        "Consider the problem below.", "Work on this question.", "Below is a question.", "Solve this:",
        "Answer the question that follows.", "Try this one.", "Can you take a look at this?", "New item:",
        "Here's something I'm working on.", "Help me with the following."]
REASON = ["Think step by step.", "Reason through it carefully, one step at a time.",
          "Show your complete chain of reasoning before the answer.", "Write out every intermediate step of your thinking.",
          "Explain your reasoning in detail, then give the final answer.", "Lay out your full thought process step by step.",
          "Before answering, reason about the problem thoroughly and show that reasoning.",
          "Make your internal reasoning explicit and walk through it step by step.",
          "Break the solution into numbered steps and justify each one.",
          "Think aloud: describe how you approach it, each step, and why.",
          "Go slowly and show how each line follows from the previous one.",
          "I want to see the whole derivation, not just the result.",
          "Narrate your thinking as you work it out.", "Show every calculation.",
          "First plan, then execute the plan step by step, then check.",
          "Explain the logic behind each move you make."]
REASON_CODE = ["Explain your approach step by step, then write the code.", "Reason about edge cases first, then implement.",
               "Think through the algorithm carefully before coding and explain each decision.",
               "Describe your plan in detail, then give a complete, tested implementation.",
               "Walk through your reasoning, then the final code in one block.",
               "Write the solution and explain line by line why it works.",
               "Outline the logic step by step; after that, provide the function."]
FORMAT = ["", "", "Put the final answer in \\boxed{}.", "End with 'Final answer: <answer>'.",
          "Finish with the answer on its own line.", "Give the final result at the end, clearly marked.",
          "Use markdown headings for each step.", "Be rigorous and double-check your work.", "Verify the answer at the end.",
          "Keep it structured."]
SLOT = ["Problem: {q}", "Question:\n{q}", "{q}", "{q}", "### Problem\n{q}", "<problem>\n{q}\n</problem>", "Q: {q}", "\"\"\"\n{q}\n\"\"\""]

SYS_PERSONA = ["You are an expert tutor.", "You are a meticulous mathematician.", "You are a senior software engineer.",
               "You are a careful problem solver.", "You are a patient teacher.", "You are a world-class reasoning assistant.",
               "You are an olympiad coach.", "You are a helpful assistant that never skips steps.",
               "You are an experienced instructor."]
SYS_RULE = ["For every problem, articulate your internal reasoning step by step before answering.",
            "Always show your full chain of thought, then the final answer.",
            "Write out the complete reasoning process in detail; do not skip any intermediate step.",
            "Before giving any answer, reason thoroughly and make every step explicit.",
            "Explain your thinking exhaustively, as if writing a worked solution for a textbook.",
            "Think aloud in a long, careful, structured way, then conclude.",
            "Your responses must include a detailed derivation with numbered steps."]
SYS_FMT = ["", "Finish with the final answer in \\boxed{}.", "End with a line 'Answer: ...'.", "Use LaTeX for maths.",
           "Check your result at the end.", "Answer in English."]

NUDGE = ["(show work)", "explain pls", "and why?", "walk me through it", "go step by step", "with reasoning",
         "thinking out loud is fine", "explain the steps", "detailed please", "how do you get there?",
         "don't just give the answer", "full solution please", "take your time", "please reason it out"]

ARTICULATE = ["Articulate the internal reasoning behind the completed response and write it out step by step.",
              "Reconstruct the hidden reasoning that leads to this answer, step by step, as if thinking aloud.",
              "Write the detailed thought process someone would have gone through to produce this answer.",
              "Explain, in a long step-by-step monologue, how one arrives at the given response.",
              "Fill in the full chain of reasoning between the question and the final answer shown.",
              "Produce the step-by-step rationale that justifies the completed answer below.",
              "Expand the answer into the complete internal reasoning trace, one step per line."]
CR_HEAD = ["Below is a question followed by a finished answer.", "Here is a task and a completed response.",
           "You are given a problem and its final solution.", "Question and answer pair:", "Consider this solved item."]

LANG_WRAP = {
    "zh": ["请一步一步地推理，并给出详细的解题过程：\n{q}", "请详细解释你的思考过程，然后给出答案。\n\n{q}", "{q}\n\n请逐步分析，写出每一步的推理。",
           "题目：{q}\n要求：展示完整的推理链。", "用中文回答，并分步骤说明：{q}"],
    "ru": ["Реши задачу, подробно объясняя каждый шаг:\n{q}", "{q}\n\nРассуждай пошагово и покажи весь ход мыслей.",
           "Задача: {q}\nНапиши полное решение с обоснованием.", "Объясни ход рассуждений шаг за шагом: {q}"],
    "ko": ["다음 문제를 단계별로 풀고 추론 과정을 자세히 설명해 주세요:\n{q}", "{q}\n\n단계적으로 생각하고 최종 답을 제시하세요.",
           "문제: {q}\n풀이 과정을 모두 보여 주세요."],
    "es": ["Resuelve paso a paso y explica tu razonamiento:\n{q}", "{q}\n\nPiensa paso a paso antes de responder.",
           "Problema: {q}\nMuestra todo el razonamiento.", "Explícame cómo se resuelve esto, paso por paso: {q}"],
    "pt": ["Resolva passo a passo e explique o raciocínio:\n{q}", "{q}\n\nMostre cada etapa da solução, por favor.",
           "Pode me ajudar com esse exercício? Explica passo a passo: {q}"],
    "ja": ["次の問題を段階的に解き、考え方を詳しく説明してください。\n{q}", "{q}\n\n順を追って考え、最終的な答えを示してください。"],
    "ar": ["حل المسألة التالية خطوة بخطوة مع شرح التفكير:\n{q}", "{q}\n\nاشرح طريقة الحل بالتفصيل."],
    "de": ["Löse die Aufgabe Schritt für Schritt und erkläre deine Überlegungen:\n{q}", "{q}\n\nBitte mit Rechenweg."],
    "fr": ["Résous ce problème étape par étape en expliquant ton raisonnement :\n{q}", "{q}\n\nDétaille chaque étape, s'il te plaît."],
    "vi": ["Giải bài toán sau từng bước và giải thích cách làm:\n{q}", "{q}\n\nGiải thích chi tiết từng bước giúp mình."],
    "hi": ["इस सवाल को स्टेप बाय स्टेप समझाइए:\n{q}", "{q}\n\nकृपया पूरा हल विस्तार से बताइए।"],
    "tr": ["Bu soruyu adım adım çöz ve mantığını açıkla:\n{q}", "{q}\n\nÇözümü adım adım gösterir misin?"],
}
NATIVE = {
    "zh": ["帮我写一封请假邮件，语气要正式一点。", "北京三天旅游攻略，预算五千元。", "解释一下什么是量子纠缠，通俗一点。", "给我推荐几本适合初学者的Python书。",
           "如何提高睡眠质量？", "把这段话翻译成英文：我们下周一开会讨论项目进度。", "写一首关于秋天的七言诗。", "简历里怎么描述项目经验比较好？",
           "用Python写一个读取CSV并统计每列平均值的脚本。", "猫为什么喜欢踩奶？", "帮我总结一下这篇文章的要点：", "周末在家可以做什么简单的菜？"],
    "ru": ["Напиши поздравление коллеге с днём рождения.", "Как оформить налоговый вычет за лечение?", "Объясни разницу между TCP и UDP.",
           "Составь план тренировок на неделю для начинающего.", "Переведи на английский: встреча переносится на пятницу.",
           "Что почитать из современной фантастики?", "Как написать SQL-запрос с группировкой по месяцу?", "Почему небо голубое?"],
    "ko": ["자기소개서 첫 문단을 자연스럽게 고쳐 주세요.", "서울 근교 당일치기 여행지 추천해 주세요.", "파이썬에서 리스트와 튜플의 차이는?",
           "회의록 요약 양식을 만들어 주세요.", "다이어트 식단 일주일치 짜 주세요.", "영어 이메일 답장 써 주세요: 일정 변경 요청"],
    "es": ["¿Me ayudas a escribir una carta de presentación para un puesto de marketing?", "Receta fácil de lentejas para cuatro personas.",
           "Explica qué es la inflación con un ejemplo sencillo.", "¿Cómo hago una tabla dinámica en Excel?", "Traduce al inglés: mañana no puedo ir a la reunión.",
           "Ideas para el cumpleaños de mi hija de 7 años.", "¿Qué diferencia hay entre ser y estar?"],
    "pt": ["Como faço para declarar imposto de renda como autônomo?", "Escreva uma mensagem de agradecimento para um cliente.",
           "Me explica o que é juros compostos.", "Sugira um roteiro de 5 dias em Portugal.", "Como centralizar uma div no CSS?"],
    "ja": ["丁寧な断りのメールを書いてください。", "東京で雨の日に楽しめる場所は？", "Pythonでファイルを一行ずつ読む方法を教えて。", "この文章を要約してください：",
           "英語の面接でよく聞かれる質問と答え方は？"],
    "ar": ["اكتب رسالة اعتذار لعميل عن تأخير الشحنة.", "ما الفرق بين الذكاء الاصطناعي وتعلم الآلة؟", "اقترح خطة لتعلم اللغة الإنجليزية في ثلاثة أشهر."],
    "de": ["Schreib mir eine kurze Kündigung für mein Fitnessstudio.", "Wie funktioniert eine Wärmepumpe?", "Erkläre den Unterschied zwischen GmbH und UG.",
           "Formuliere diese E-Mail höflicher:"],
    "fr": ["Rédige un message pour reporter un rendez-vous.", "Quelle est la différence entre un PEA et une assurance-vie ?", "Idées de dîner végétarien rapide ?",
           "Corrige les fautes de ce paragraphe :"],
    "vi": ["Viết giúp mình email xin nghỉ phép.", "Cách nấu phở bò tại nhà?", "Giải thích blockchain đơn giản."],
    "hi": ["मेरे लिए एक छुट्टी का आवेदन पत्र लिखिए।", "शेयर बाजार में निवेश कैसे शुरू करें?", "पायथन में लूप कैसे लिखते हैं?"],
    "tr": ["Bir iş başvurusu için ön yazı yazar mısın?", "İstanbul'da hafta sonu gezilecek yerler?", "Excel'de DÜŞEYARA nasıl kullanılır?"],
}
LANG_ASNS = {"zh": [4134, 4837], "ru": [12389, 8359], "ko": [4766, 9318], "es": [3352, 8151], "pt": [26599, 28573],
             "ja": [4713, 2516], "ar": [5384, 25019], "de": [3320], "fr": [3215], "vi": [7552, 45899], "hi": [55836, 9498], "tr": [9121]}
LANG_TZ = {"zh": 8, "ru": 3, "ko": 9, "es": 1, "pt": -3, "ja": 9, "ar": 3, "de": 1, "fr": 1, "vi": 7, "hi": 5, "tr": 3}

SDK_SYS = "You are a helpful assistant."
REACT = ("Answer the following questions as best you can. You have access to the following tools:\n\n{tools}\n\n"
         "Use the following format:\n\nQuestion: the input question you must answer\nThought: you should always think about what to do\n"
         "Action: the action to take, should be one of [{names}]\nAction Input: the input to the action\nObservation: the result of the action\n"
         "... (this Thought/Action/Action Input/Observation can repeat N times)\nThought: I now know the final answer\n"
         "Final Answer: the final answer to the original input question\n\nBegin!\n\nQuestion: {q}\nThought:")
TOOLSETS = [("search: useful for when you need to answer questions about current events\ncalculator: useful for maths", "search, calculator"),
            ("wikipedia: look up an article\npython_repl: run python code", "wikipedia, python_repl"),
            ("sql_db_query: run a SQL query\nsql_db_schema: get table schema", "sql_db_query, sql_db_schema")]
AGENT_SYS = ("You are Cline, a highly skilled software engineer with extensive knowledge in many programming languages, frameworks, "
             "design patterns, and best practices.\n\nTOOL USE\n\nYou have access to a set of tools that are executed upon the user's "
             "approval. You can use one tool per message, and will receive the result of that tool use in the user's response. "
             "You use tools step-by-step to accomplish a given task, with each tool use informed by the result of the previous tool use.\n\n"
             "# Tools\n\n## execute_command\n## read_file\n## write_to_file\n## replace_in_file\n## search_files\n## list_files\n"
             "## attempt_completion\n\nRULES\n- Your current working directory is: {cwd}\n- Think step by step before each tool call.")
AIDER_SYS = ("Act as an expert software developer. Always use best practices when coding. Respect and use existing conventions, libraries, "
             "etc that are already present in the code base. Take requests for changes to the supplied code. If the request is ambiguous, ask questions. "
             "Once you understand the request you MUST:\n1. Decide if you need to propose *SEARCH/REPLACE* edits to any files.\n"
             "2. Think step-by-step and explain the needed changes in a few short sentences.\n3. Describe each change with a *SEARCH/REPLACE block*.")
TUTOR_SYS = ("You are MathBuddy, a friendly homework helper for students in grades 3 to 9. Never just give the answer: explain the solution "
             "step by step in simple language, check the student's understanding, and encourage them. If the question is not about school "
             "work, gently steer back to learning. Use short paragraphs and number the steps.")
STEM_SYS = ("You are StudyPal, an AI tutor for university STEM courses. Show full worked solutions with reasoning for every step, "
            "use LaTeX for mathematics, and end with a short summary of the key idea.")
SUPPORT_SYS = ("You are the customer support assistant for Northwind Home Internet. Answer using only the provided context. "
               "If the context does not contain the answer, say you will escalate to a human agent. Be concise and polite.")
CLASSIFY_T = "Classify the sentiment of the following product review as positive, negative or neutral. Reply with one word.\n\nReview: {r}"
CORP_SYS = ("You are Atlas, the internal assistant of Meridian Logistics. Follow company policy, never reveal confidential data to "
            "external parties, and prefer concise answers with bullet points. Today's date is {d}.")

REVIEW_BITS = (["The", "This", "My new", "Our", "The replacement"],
               ["blender", "vacuum", "phone case", "kettle", "desk lamp", "backpack", "router", "headphones", "office chair", "air fryer"],
               ["arrived broken", "works great", "is okay for the price", "stopped working after a week", "exceeded my expectations",
                "is a bit noisy", "looks cheap", "was easy to set up", "is exactly as described", "has a weird smell"],
               ["and support never replied.", "and I'd buy it again.", "but shipping took forever.", "so I returned it.",
                "five stars.", "not sure yet.", "my kids love it.", "would not recommend.", ""])
SUPPORT_Q = ["my internet keeps dropping every evening", "how do I change my wifi password", "why is my bill higher this month",
             "can I pause my plan while travelling", "the router light is blinking orange", "how do I cancel", "speed is slow on 5GHz",
             "I moved, how do I transfer service", "what does error 651 mean", "do you have a student discount"]
KB = ["Routers restart automatically at 3am for updates.", "Plans can be paused for up to 3 months for a $5 fee.",
      "An orange blinking light means the router has no upstream signal.", "Bills include a one-time installation fee in the first month.",
      "Service transfers require 5 business days.", "WiFi settings can be changed in the Northwind app under Devices."]
AGENT_GOALS = ["Find the three cheapest flights from {a} to {b} next month and summarise the trade-offs",
               "Scrape the product list at {u}, normalise prices to USD and write them to a CSV",
               "Set up a CI pipeline for the repository {u} that runs unit tests and lint on every push",
               "Investigate why the service at {u} returns HTTP 502 intermittently and propose a fix",
               "Compare the pricing pages of {a} and {b} and produce a table of plan features",
               "Refactor the module {u} to remove the global state and add tests",
               "Plan a database migration from MySQL to Postgres for the schema at {u}",
               "Book a meeting room for 6 people in {a} on Thursday and email the invite",
               "Collect the latest 20 issues from {u}, cluster them by topic and draft a triage report",
               "Write and run a script that downloads {u} and extracts all tables"]
PLACES = ["Berlin", "Lisbon", "Seoul", "Austin", "Toronto", "Nairobi", "Osaka", "Madrid", "Warsaw", "Sydney", "Stripe", "Vercel", "Notion", "Linear"]
URLS = ["github.com/acme/billing", "internal.example.com/api", "shop.example.org/catalog", "src/payments/ledger.py", "github.com/org/etl",
        "data.example.net/reports", "services/auth", "example.com/status"]
TOOL_LISTS = ["browser, python, file_system", "search, http_get, write_file", "shell, git, editor", "calendar, email, contacts",
              "sql, python, plot"]

# --------------------------------------------------------------------------- network
RES_ASNS = [7922, 20115, 7018, 701, 22773, 5650, 3320, 3215, 2856, 3352, 4134, 4837, 4766, 4713, 12389, 55836, 9498, 26599,
            28573, 8151, 5384, 25019, 7552, 45899, 9121, 2516, 9318, 8359, 6830, 5089]
US_RES = [7922, 20115, 7018, 701, 22773, 5650]
MOBILE_ASNS = [21928, 22394, 3209, 55836]
CLOUD = {"aws": 16509, "gcp": 15169, "azure": 8075, "hetzner": 24940, "ovh": 16276, "do": 14061, "alibaba": 45102, "tencent": 132203}
VPN_ASNS = [9009, 60068, 212238, 147049]
UNI_ASNS = [786, 680, 2200]
CORP_ASNS = [3356, 174]
_prefix: dict[int, list[tuple[int, int]]] = {}


def asn_prefixes(rng: random.Random, asn: int) -> list[tuple[int, int]]:
    if asn not in _prefix:
        used = {p for v in _prefix.values() for p in v}
        ps = []
        while len(ps) < 3:
            p = (rng.choice([23, 24, 31, 37, 45, 46, 49, 58, 61, 62, 66, 68, 71, 73, 76, 77, 81, 84, 89, 91, 94, 98, 101, 103, 106, 110, 112,
                             116, 121, 134, 139, 146, 151, 161, 171, 176, 178, 185, 186, 188, 190, 195, 200, 201, 211, 213, 217, 220]),
                 rng.randrange(0, 256))
            if p not in used:
                ps.append(p)
                used.add(p)
        _prefix[asn] = ps
    return _prefix[asn]


def rand_ip(rng: random.Random, asn: int) -> str:
    a, b = rng.choice(asn_prefixes(rng, asn))
    return f"{a}.{b}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"


JA4 = {"chrome": "t13d1516h2_8daaf6152771_02713d6af862", "chrome_b": "t13d1517h2_8daaf6152771_b0da82dd1658",
       "safari": "t13d2014h2_a09f3c656075_14788d8d241b", "firefox": "t13d1715h2_5b57614c22b0_3d5424432f57",
       "py_httpx": "t13d1812h1_85036bcba153_375ca2c5e164", "py_requests": "t13d3111h1_e8f1e7e78f70_0b3e2a0e7bb5",
       "node": "t13d1711h1_5b57614c22b0_eca864cca44a", "go": "t13d1310h2_2b729b4bf6f3_7d2f1d7c9f0a",
       "hydra": "t13d1410h2_c866b44c5a26_b5b3ba7c4a9e"}
UA = {"web_chrome": ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36",
                     "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
                     "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36"],
      "web_safari": ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15"],
      "web_firefox": ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:130.0) Gecko/20100101 Firefox/130.0"],
      "sdk_py": ["OpenAI/Python 1.51.0", "OpenAI/Python 1.47.1", "OpenAI/Python 1.45.0", "AsyncOpenAI/Python 1.51.0"],
      "sdk_node": ["OpenAI/JS 4.67.1", "OpenAI/JS 4.63.0"],
      "langchain": ["langchain-openai/0.2.1 OpenAI/Python 1.50.2", "langchain-openai/0.1.25 OpenAI/Python 1.45.0"],
      "ios": ["AuroraChat-iOS/5.2.1 (iPhone; iOS 17.6.1)", "AuroraChat-iOS/5.3.0 (iPhone; iOS 18.0)"],
      "android": ["AuroraChat-Android/5.2.0 (Linux; Android 14)", "AuroraChat-Android/5.1.7 (Linux; Android 13)"],
      "cline": ["cline/3.1.2 OpenAI/JS 4.63.0"], "aider": ["aider/0.58.1 litellm/1.48.2"], "continue": ["continue/0.8.52"],
      "requests": ["python-requests/2.32.3"], "curl": ["curl/8.5.0"], "lmeval": ["lm-eval-harness/0.4.4 OpenAI/Python 1.47.1"],
      "httpx": ["python-httpx/0.27.2"], "go": ["Go-http-client/2.0"]}


# --------------------------------------------------------------------------- generator
class Gen:
    def __init__(self, seed: int, days: int, scale: float) -> None:
        self.rng = random.Random(seed)
        self.days = days
        self.scale = scale
        self.end = START_MS + days * DAY
        r = self.rng
        # model release between 25% and 45% of the window, on the hour (always inside the window)
        self.release = START_MS + (int(days * DAY * r.uniform(0.25, 0.45)) // HOUR) * HOUR
        self.c = Corpus()
        self.events: list[tuple[int, str, dict]] = []
        self.labels: dict[str, dict] = {}
        self.ids: set[str] = set()
        self.eids: set[str] = set()

    # ---- identity helpers
    def hexid(self, n: int) -> str:
        return "%0*x" % (n, self.rng.getrandbits(4 * n))

    def new_id(self, prefix: str) -> str:
        while True:
            i = prefix + self.hexid(16)
            if i not in self.ids:
                self.ids.add(i)
                return i

    def n(self, base: int) -> int:
        return max(1, int(round(base * self.scale)))

    def account(self, label: str, pop: str, campaign, created: int, *, org=None, pay=None, ua=None, dev=None, tz=0.0,
                personal_org: float = 0.7) -> dict:
        r = self.rng
        acct = {"id": self.new_id("acct_"), "label": label, "pop": pop, "campaign": campaign,
                "created": created if r.random() > 0.008 else None, "tz": tz, "ua": ua, "dev": dev, "pay": pay,
                "org": org if org is not None else ("org-" + self.hexid(12) if r.random() < personal_org else None),
                "keys": ["sk-" + self.hexid(10) for _ in range(1 + (r.random() < 0.25))], "n": 0}
        return acct

    def when_created(self, lo_days: float, hi_days: float, ref: int | None = None) -> int:
        ref = START_MS if ref is None else ref
        return ref - int(self.rng.uniform(lo_days, hi_days) * DAY) - self.rng.randrange(0, 3_600_000)

    # ---- timing
    @staticmethod
    def diurnal(h: float) -> float:
        # human activity by local hour: quiet 1-7, morning rise, afternoon plateau, evening peak
        tbl = [0.35, 0.18, 0.1, 0.07, 0.06, 0.08, 0.15, 0.35, 0.6, 0.8, 0.9, 0.95, 0.9, 0.95, 1.0, 0.95, 0.9, 0.85, 0.8, 0.85,
               0.95, 1.0, 0.85, 0.6]
        i = int(h) % 24
        f = h - int(h)
        return tbl[i] * (1 - f) + tbl[(i + 1) % 24] * f

    def human_time(self, day0: int, tz: float, work: bool = False) -> int:
        r = self.rng
        while True:
            t = r.randrange(0, DAY)
            h = (t / HOUR + tz) % 24
            w = self.diurnal(h)
            if work:
                w = 1.0 if 8.5 <= h < 18.5 else (0.15 if 7 <= h < 22 else 0.02)
            if r.random() < w:
                return day0 + t

    def sessions(self, day0: int, tz: float, n: int, *, mean_gap_s: float = 70, per_session=(2, 8), work=False) -> list[int]:
        r = self.rng
        out: list[int] = []
        while len(out) < n:
            k = min(n - len(out), r.randint(*per_session))
            t = self.human_time(day0, tz, work)
            for _ in range(k):
                out.append(t)
                t += int(r.expovariate(1 / mean_gap_s) * 1000) + r.randrange(3000, 20000)
        return out

    def day_count(self, rate: float, day0: int, tz: float = 0.0, weekend: float = 0.7) -> int:
        wd = datetime.fromtimestamp((day0 + int(12 * HOUR - tz * HOUR)) / 1000, tz=timezone.utc).weekday()
        lam = rate * (weekend if wd >= 5 else 1.0) * math.exp(self.rng.gauss(0, 0.35))
        return self.poisson(lam)

    def poisson(self, lam: float) -> int:
        if lam <= 0:
            return 0
        if lam > 30:
            return max(0, int(round(self.rng.gauss(lam, math.sqrt(lam)))))
        L, k, p = math.exp(-lam), 0, 1.0
        while True:
            p *= self.rng.random()
            if p <= L:
                return k
            k += 1

    def day_starts(self):
        return [START_MS + d * DAY for d in range(self.days)]

    # ---- model / endpoint
    def model(self, ts: int, adopt: float = 0.5, ramp_h: float = 30, mini: float = 0.25) -> str:
        r = self.rng
        small = r.random() < mini
        if ts >= self.release:
            p = adopt * min(1.0, 0.35 + (ts - self.release) / (ramp_h * HOUR))
            if r.random() < p:
                return NEW_MINI if small else NEW_MODEL
        return OLD_MODELS[1] if small else OLD_MODELS[0]

    def endpoint(self, legacy: float = 0.02, responses: float = 0.15) -> str:
        x = self.rng.random()
        return "/v1/completions" if x < legacy else ("/v1/responses" if x < legacy + responses else "/v1/chat/completions")

    # ---- tokens
    @staticmethod
    def toks(s: str | None) -> int:
        if not s:
            return 0
        asc = sum(1 for ch in s if ord(ch) < 128) if len(s) < 4000 else int(len(s) * 0.97)
        return int(asc / 4.0 + (len(s) - asc) * 0.9) + 1

    def completion(self, kind: str, model: str) -> int:
        r = self.rng
        med = {"cot": 650, "code": 380, "chat": 320, "short": 70, "classify": 3, "agent": 500, "long": 900, "embed": 0}[kind]
        if kind == "embed":
            return 0
        if model.startswith("aurora-3") and kind in ("cot", "code", "agent"):
            med *= 1.6
        return max(1, int(med * math.exp(r.gauss(0, 0.55))))

    # ---- emit with gateway noise
    def emit(self, acct: dict, ts: int, prompt: str | None, system: str | None, kind: str, *, ip: str | None, asn: int | None,
             model: str | None = None, endpoint: str | None = None, err: float = 0.02, dev=None, ua=None, key=None) -> None:
        r = self.rng
        if ts < START_MS or ts >= self.end:
            return
        if acct["created"] is not None and ts < acct["created"]:
            return
        model = model or self.model(ts)
        endpoint = endpoint or self.endpoint()
        status = 200
        x = r.random()
        if x < err:
            status = r.choices([429, 500, 502, 503, 400, 408, 413, 401], [45, 12, 6, 8, 14, 6, 2, 2])[0]
        pt = self.toks(prompt) + self.toks(system) + 7
        ct = self.completion(kind, model) if status == 200 else 0
        if status in (408,) or (status == 200 and r.random() < 0.004):
            ct = r.randrange(0, 50)  # client hung up / stream cut
        ev = {
            "event_id": None, "ts": ts, "account_id": acct["id"], "prompt_tokens": pt, "completion_tokens": ct,
            "model": model if r.random() > 0.002 else None, "endpoint": endpoint,
            "prompt": prompt if r.random() > 0.003 else None, "system_prompt": system, "status": status,
            "org_id": acct["org"], "api_key_id": key or r.choice(acct["keys"]),
            "ip": ip if r.random() > 0.003 else None, "asn": asn, "user_agent": ua if ua is not None else acct["ua"],
            "device_id": dev if dev is not None else acct["dev"], "payment_fingerprint": acct["pay"],
            "account_created_at": iso(acct["created"]) if acct["created"] is not None else None,
        }
        if ev["ip"] is None or r.random() < 0.012:
            ev["asn"] = None
        if r.random() < 0.015:
            ev["user_agent"] = None
        if r.random() < 0.03:
            ev["device_id"] = None
        if endpoint == "/v1/completions" and system:
            ev["system_prompt"] = None
            ev["prompt"] = (system + "\n\n" + prompt) if prompt else system
        self._push(ev)
        acct["n"] += 1
        if status in (429, 500, 502, 503) and r.random() < 0.7:  # client retry, same body
            ev2 = dict(ev)
            ev2["ts"] = ts + int((2 ** r.randint(0, 4)) * 1000 * r.uniform(0.8, 1.6))
            ev2["status"] = 200 if r.random() < 0.9 else status
            ev2["completion_tokens"] = self.completion(kind, model) if ev2["status"] == 200 else 0
            if ev2["ts"] < self.end:
                self._push(ev2)
                acct["n"] += 1

    def _push(self, ev: dict) -> None:
        while True:
            eid = "evt_" + self.hexid(20)
            if eid not in self.eids:
                self.eids.add(eid)
                break
        ev["event_id"] = eid
        self.events.append((ev["ts"], eid, ev))

    def label(self, acct: dict) -> None:
        if not acct["n"]:
            return
        self.labels[acct["id"]] = {"label": acct["label"], "population": acct["pop"], "campaign": acct["campaign"]}

    # ---- prompt helpers
    def student_prompt(self, q: str) -> str:
        r = self.rng
        s = r.choice(STUDENT_STEP)
        lead = r.choice(CASUAL_LEAD)
        qq = q if r.random() < 0.7 else q.lower()
        return (lead + qq + ("\n\n" if r.random() < 0.5 else " ") + s) if r.random() < 0.6 else (lead + s + "\n" + qq)

    def casual_prompt(self) -> tuple[str, str | None, str]:
        r = self.rng
        c = self.c
        x = r.random()
        if x < 0.40:
            return r.choice(c.chat), None, "chat"
        if x < 0.50:
            a = r.choice(c.awesome)
            if r.random() < 0.5:
                return r.choice(["ok", "Let's start.", "My first request is: " + r.choice(c.nq), r.choice(c.si)]), a, "chat"
            return a, None, "chat"
        if x < 0.80:
            q = r.choice(c.nq)
            if r.random() < 0.5:
                q = q[:1].upper() + q[1:] + "?"
            return q, None, "short"
        if x < 0.90:
            return self.student_prompt(r.choice(c.gsm8k + c.svamp)) if r.random() < 0.5 else r.choice(c.mathq), None, "cot"
        return r.choice(["", "can you write this: ", "what's wrong with my approach for: ", "Implement: "]) + r.choice(c.mbpp + c.humaneval), None, "code"

    def harvest_wrap(self, q: str, code: bool) -> str:
        r = self.rng
        slot = r.choice(SLOT).format(q=q)
        reason = r.choice(REASON_CODE if code else REASON)
        parts = [r.choice(OPEN)]
        if r.random() < 0.5:
            parts += [reason, slot]
        else:
            parts += [slot, reason]
        parts.append(r.choice(FORMAT) if not code else r.choice(["", "", "Use Python 3.", "Include tests.", "Add type hints."]))
        sep = r.choice(["\n\n", "\n", " "])
        return sep.join(p for p in parts if p)

    def task(self, kinds=("gsm8k", "math", "mbpp", "humaneval", "svamp"), weights=(3, 3, 2, 1, 1)) -> tuple[str, bool]:
        k = self.rng.choices(kinds, weights)[0]
        return self.rng.choice(getattr(self.c, k)), k in ("mbpp", "humaneval")

    def review(self) -> str:
        r = self.rng
        return " ".join(x for x in (r.choice(b) for b in REVIEW_BITS) if x)

    def agent_prompt(self) -> str:
        r = self.rng
        g = r.choice(AGENT_GOALS).format(a=r.choice(PLACES), b=r.choice(PLACES), u=r.choice(URLS))
        return g

    # =========================================================================== benign populations
    def casual(self, name="casual_chat", count=1350, vpn=False):
        r = self.rng
        household: list[str] = []
        for _ in range(self.n(count)):
            tz = r.choice([-8, -7, -6, -5, -5, -4, -3, 0, 1, 1, 2, 5.5, 8, 9, 10])
            pay = ("pm_" + self.hexid(14)) if r.random() < 0.55 else None
            if pay and household and r.random() < 0.07:
                pay = r.choice(household)  # family / flatmates paying with one card
            elif pay:
                household.append(pay)
            a = self.account("benign", name, None, self.when_created(20, 900), pay=pay, tz=tz)
            stack = r.choices(["web_chrome", "web_safari", "web_firefox", "sdk_py", "sdk_node"], [45, 15, 8, 22, 10])[0]
            a["ua"] = r.choice(UA[stack])
            a["dev"] = JA4[{"web_chrome": r.choice(["chrome", "chrome_b"]), "web_safari": "safari", "web_firefox": "firefox",
                            "sdk_py": "py_httpx", "sdk_node": "node"}[stack]]
            if vpn:
                asn = r.choice(VPN_ASNS)
            else:
                asn = r.choice(US_RES) if tz < -2 else r.choice(RES_ASNS)
            home = rand_ip(r, asn)
            rate = math.exp(r.gauss(math.log(6), 0.8))
            adopt = r.uniform(0.2, 0.9)
            sys_own = r.choice(self.c.awesome)[:600] if r.random() < 0.12 else None
            for d0 in self.day_starts():
                n = self.day_count(rate * (1.3 if d0 + DAY > self.release > d0 - DAY else 1.0), d0, tz)
                for ts in self.sessions(d0, tz, n):
                    p, s, kind = self.casual_prompt()
                    ip = home
                    if vpn:
                        ip = rand_ip(r, asn) if r.random() < 0.5 else vpn_exit(r, asn)
                    elif r.random() < 0.15:
                        ip = rand_ip(r, r.choice(MOBILE_ASNS))
                    self.emit(a, ts, p, s or sys_own, kind, ip=ip, asn=asn, model=self.model(ts, adopt))
            self.label(a)

    def university(self):
        r = self.rng
        unis = []
        for i in range(3):
            asn = UNI_ASNS[i]
            unis.append((asn, [rand_ip(r, asn) for _ in range(r.randint(2, 6))], [0, 1, 1][i]))
        sem_start = START_MS - 20 * DAY
        # course: students on a department-paid org/card, same assignment
        course_org, course_pay = "org-" + self.hexid(12), "pm_" + self.hexid(14)
        assignment = [r.choice(self.c.gsm8k) for _ in range(8)] + [r.choice(self.c.mbpp) for _ in range(4)] + [r.choice(self.c.math) for _ in range(6)]
        n_course = self.n(120)
        for i in range(self.n(380)):
            asn, nat, tz = r.choice(unis)
            in_course = i < n_course
            a = self.account("benign", "university_course" if in_course else "university_nat", None,
                             sem_start + r.randrange(-2 * DAY, 4 * DAY) if r.random() < 0.75 else self.when_created(30, 600),
                             org=course_org if in_course else None, pay=course_pay if in_course else (("pm_" + self.hexid(14)) if r.random() < 0.4 else None))
            stack = r.choice(["web_chrome", "web_chrome", "web_safari", "sdk_py"])
            a["ua"] = r.choice(UA[stack])
            a["dev"] = JA4["chrome" if stack == "web_chrome" else ("safari" if stack == "web_safari" else "py_httpx")]
            home_asn = r.choice(US_RES if tz < 0 else RES_ASNS[6:10])
            home = rand_ip(r, home_asn)
            rate = math.exp(r.gauss(math.log(7 if in_course else 6), 0.7))
            for d0 in self.day_starts():
                deadline = in_course and r.random() < 0.8
                for ts in self.sessions(d0, tz, self.day_count(rate * (1.8 if deadline else 1), d0, tz), mean_gap_s=90):
                    on_campus = 6 <= ((ts - d0) / HOUR + tz) % 24 < 19 or r.random() < 0.3
                    ip, iasn = (r.choice(nat), asn) if on_campus else (home, home_asn)
                    x = r.random()
                    if in_course and x < 0.6:
                        q = r.choice(assignment)
                        p, kind = (self.student_prompt(q) if r.random() < 0.8 else q), ("code" if "def " in q or "tests" in q else "cot")
                    elif x < 0.75:
                        p, kind = self.student_prompt(r.choice(self.c.mathq)), "cot"
                    elif x < 0.85:
                        p, kind = r.choice(["", "why does this fail: ", "help me write: "]) + r.choice(self.c.mbpp), "code"
                    else:
                        p, s, kind = self.casual_prompt()
                    self.emit(a, ts, p, None, kind, ip=ip, asn=iasn, model=self.model(ts, 0.6))
            self.label(a)

    def mobile_cgnat(self):
        r = self.rng
        pools = {asn: [rand_ip(r, asn) for _ in range(r.randint(12, 40))] for asn in MOBILE_ASNS}
        for _ in range(self.n(300)):
            asn = r.choice(MOBILE_ASNS)
            tz = {21928: -5, 22394: -6, 3209: 1, 55836: 5.5}[asn]
            a = self.account("benign", "mobile_cgnat", None, self.when_created(5, 700), pay=("pm_" + self.hexid(14)) if r.random() < 0.35 else None,
                             tz=tz, personal_org=0.0)
            os_ = r.choice(["ios", "android"])
            a["ua"] = r.choice(UA[os_])
            a["dev"] = "dev-" + self.hexid(16)
            rate = math.exp(r.gauss(math.log(5), 0.8))
            for d0 in self.day_starts():
                for ts in self.sessions(d0, tz, self.day_count(rate, d0, tz, 1.1), mean_gap_s=50):
                    p, s, kind = self.casual_prompt()
                    self.emit(a, ts, p, None, kind, ip=r.choice(pools[asn]), asn=asn, model=self.model(ts, 0.8), endpoint="/v1/responses")
            self.label(a)

    def corporate(self):
        r = self.rng
        for cname, size, tz in (("meridian", 70, -5), ("kestrel", 130, 1), ("ossian", 45, 8)):
            org, pay = "org-" + self.hexid(12), "pm_" + self.hexid(14)
            egress = [rand_ip(r, r.choice(CORP_ASNS)) for _ in range(3)]
            ca = r.choice(CORP_ASNS)
            onboard = START_MS - r.randrange(40, 300) * DAY
            sysp = CORP_SYS.format(d="2026-09-14") if cname == "meridian" else None
            for _ in range(self.n(size)):
                a = self.account("benign", "corporate_team", None, onboard + r.randrange(0, 3 * DAY) if r.random() < 0.6 else self.when_created(10, 200),
                                 org=org, pay=pay, tz=tz)
                a["ua"] = r.choice(UA["sdk_py"] + UA["web_chrome"])
                a["dev"] = JA4["py_httpx"] if a["ua"].startswith("OpenAI") else JA4["chrome"]
                home_asn = r.choice(RES_ASNS)
                rate = math.exp(r.gauss(math.log(22), 0.7))
                for d0 in self.day_starts():
                    for ts in self.sessions(d0, tz, self.day_count(rate, d0, tz, 0.1), work=True, mean_gap_s=120):
                        x = r.random()
                        if x < 0.45:
                            p, kind = r.choice(self.c.code_chat), "code"
                        elif x < 0.6:
                            p, kind = r.choice(self.c.mbpp + self.c.humaneval), "code"
                        else:
                            p, s, kind = self.casual_prompt()
                        ip, iasn = (r.choice(egress), ca) if r.random() < 0.8 else (rand_ip(r, home_asn), home_asn)
                        self.emit(a, ts, p, sysp, kind, ip=ip, asn=iasn, model=self.model(ts, 0.4))
                self.label(a)

    def sdk_framework(self):
        """Unrelated developers whose framework sends the same default system prompt / ReAct template."""
        r = self.rng
        for _ in range(self.n(420)):
            tz = r.choice([-8, -5, -5, 0, 1, 2, 5.5, 8])
            fw = r.choices(["sdk_default", "react", "both"], [55, 30, 15])[0]
            a = self.account("benign", "sdk_default_prompt", None, self.when_created(3, 500), pay=("pm_" + self.hexid(14)) if r.random() < 0.7 else None, tz=tz)
            a["ua"] = r.choice(UA["langchain"] if fw != "sdk_default" else UA["sdk_py"] + UA["sdk_node"])
            a["dev"] = JA4["node"] if "JS" in a["ua"] else JA4["py_httpx"]
            cloud = r.random() < 0.5
            asn = r.choice([16509, 15169, 8075, 14061]) if cloud else r.choice(RES_ASNS)
            ips = [rand_ip(r, asn) for _ in range(r.randint(1, 3))]
            tools, names = r.choice(TOOLSETS)
            rate = math.exp(r.gauss(math.log(12), 1.0))
            app_topic = r.choice(["chat", "nq", "code", "mixed"])
            for d0 in self.day_starts():
                ts_list = self.sessions(d0, tz, self.day_count(rate, d0, tz), mean_gap_s=20, per_session=(1, 12))
                for ts in ts_list:
                    q = {"chat": lambda: r.choice(self.c.chat), "nq": lambda: r.choice(self.c.nq), "code": lambda: r.choice(self.c.code_chat),
                         "mixed": lambda: self.casual_prompt()[0]}[app_topic]()
                    if fw == "react" or (fw == "both" and r.random() < 0.5):
                        self.emit(a, ts, REACT.format(tools=tools, names=names, q=q), None, "agent", ip=r.choice(ips), asn=asn,
                                  model=self.model(ts, 0.3), endpoint="/v1/chat/completions")
                    else:
                        self.emit(a, ts, q, SDK_SYS, "chat", ip=r.choice(ips), asn=asn, model=self.model(ts, 0.3), endpoint="/v1/chat/completions")
            self.label(a)

    def app_backends(self):
        r = self.rng
        specs = [("mathbuddy", TUTOR_SYS, 3500, 3, "aws", -5), ("studypal", STEM_SYS, 900, 2, "gcp", 1),
                 ("northwind_support", SUPPORT_SYS, 700, 2, "azure", -6), ("reviewsense", None, 1800, 1, "aws", -8),
                 ("mathbuddy_kr", TUTOR_SYS, 500, 1, "aws", 9)]
        for name, sysp, per_day, n_acct, cloud, tz in specs:
            org, pay = "org-" + self.hexid(12), "pm_" + self.hexid(14)
            asn = CLOUD[cloud]
            ips = [rand_ip(r, asn) for _ in range(r.randint(4, 12))]
            for _ in range(max(1, int(round(n_acct * min(1, self.scale))))):
                a = self.account("benign", "app_backend", None, self.when_created(60, 500), org=org, pay=pay, tz=tz)
                a["ua"] = r.choice(UA["sdk_node"] if name == "northwind_support" else UA["sdk_py"])
                a["dev"] = JA4["node"] if "JS" in a["ua"] else JA4["py_httpx"]
                for d0 in self.day_starts():
                    n = self.poisson(per_day / n_acct * 1.0)
                    for _ in range(n):
                        ts = self.human_time(d0, tz)
                        if name.startswith("mathbuddy"):
                            q = r.choice(self.c.gsm8k + self.c.svamp)
                            if name == "mathbuddy_kr" and r.random() < 0.7:
                                q = r.choice(LANG_WRAP["ko"]).format(q=q)
                            p, kind = (self.student_prompt(q) if r.random() < 0.5 else q), "cot"
                        elif name == "studypal":
                            p, kind = r.choice(self.c.math) + r.choice(["", "", "\n\nExplain.", " how?"]), "cot"
                        elif name == "northwind_support":
                            ctx = "\n".join(r.sample(KB, 3))
                            p, kind = f"Context:\n{ctx}\n\nCustomer question: {r.choice(SUPPORT_Q)}", "short"
                        else:
                            if r.random() < 0.1:
                                self.emit(a, ts, self.review(), None, "embed", ip=r.choice(ips), asn=asn, model="aurora-embed-1", endpoint="/v1/embeddings", err=0.03)
                                continue
                            p, kind = CLASSIFY_T.format(r=self.review()), "classify"
                        self.emit(a, ts, p, sysp, kind, ip=r.choice(ips), asn=asn, model=self.model(ts, 0.3, ramp_h=60, mini=0.6),
                                  endpoint="/v1/chat/completions", err=0.04)
                self.label(a)

    def eval_teams(self):
        r = self.rng
        fewshot = "\n\n".join(f"Question: {q}\nAnswer: Let's think step by step. ... The answer is {r.randint(2, 90)}." for q in self.c.gsm8k[:4])
        teams = [("lab_a", 4, "gcp", -8, 3), ("lab_b", 3, "aws", 1, 2), ("leaderboard", 2, "hetzner", 1, 3), ("uni_nlp", 2, "ovh", -5, 1)]
        for tname, n_acct, cloud, tz, runs in teams:
            org, pay = "org-" + self.hexid(12), "pm_" + self.hexid(14)
            asn = CLOUD[cloud]
            ips = [rand_ip(r, asn) for _ in range(r.randint(1, 4))]
            accts = []
            for _ in range(n_acct):
                a = self.account("benign", "eval_team", None, self.when_created(30, 400), org=org, pay=pay, tz=tz)
                a["ua"] = r.choice(UA["lmeval"] + UA["httpx"] + UA["sdk_py"])
                a["dev"] = JA4["py_httpx"]
                accts.append(a)
            n_runs = self.poisson(runs * self.days / 2) + 1 + (1 if self.release < self.end else 0)
            for k in range(n_runs):
                if k == 0 and self.release < self.end:
                    t = self.release + r.randrange(HOUR, 14 * HOUR)  # evaluate the new model on release day
                    model = NEW_MODEL
                else:
                    t = self.human_time(r.choice(self.day_starts()), tz, work=True)
                    model = self.model(t, 0.9, mini=0.4)
                bench = r.choice(["gsm8k", "math", "humaneval", "mbpp", "svamp"])
                qs = getattr(self.c, bench)
                limit = min(len(qs), r.choice([164, 250, 500, 1000, 1319]))
                style = r.choice(["cot", "fewshot", "plain"])
                a = r.choice(accts)
                rps = r.uniform(1.5, 8)
                off = r.randrange(0, max(1, len(qs) - limit))
                for i in range(limit):
                    q = qs[off + i]
                    if bench in ("humaneval", "mbpp"):
                        p, kind = (q if style == "plain" else "Complete the following Python function. Think step by step, then output the code.\n\n" + q), "code"
                    elif style == "fewshot":
                        p, kind = fewshot + f"\n\nQuestion: {q}\nAnswer: Let's think step by step.", "cot"
                    elif style == "cot":
                        p, kind = f"Question: {q}\nLet's think step by step.", "cot"
                    else:
                        p, kind = q, "cot"
                    ts = t + int(i / rps * 1000) + r.randrange(0, 900)
                    self.emit(a, ts, p, None, kind, ip=r.choice(ips), asn=asn, model=model, endpoint="/v1/chat/completions", err=0.05)
            for a in accts:
                # also ordinary interactive use by the team
                for d0 in self.day_starts():
                    for ts in self.sessions(d0, tz, self.day_count(8, d0, tz), work=True):
                        p, s, kind = self.casual_prompt()
                        self.emit(a, ts, p, s, kind, ip=r.choice(ips), asn=asn, model=self.model(ts, 0.9))
                if a["n"]:
                    self.label(a)

    def students(self):
        r = self.rng
        for _ in range(self.n(320)):
            lang = "en" if r.random() < 0.75 else r.choice(list(LANG_WRAP))
            tz = r.choice([-8, -6, -5, -5, 0, 1, 5.5]) if lang == "en" else LANG_TZ[lang]
            a = self.account("benign", "student_math", None, self.when_created(2, 400), pay=None if r.random() < 0.8 else "pm_" + self.hexid(14), tz=tz,
                             personal_org=0.5)
            stack = r.choice(["web_chrome", "web_safari", "ios", "android"])
            a["ua"] = r.choice(UA[stack])
            a["dev"] = JA4.get({"web_chrome": "chrome", "web_safari": "safari"}.get(stack, ""), None) or "dev-" + self.hexid(16)
            asn = r.choice(US_RES) if (lang == "en" and tz < -2) else r.choice(LANG_ASNS.get(lang, RES_ASNS))
            home = rand_ip(r, asn)
            rate = math.exp(r.gauss(math.log(7), 0.8))
            for d0 in self.day_starts():
                for ts in self.sessions(d0, tz, self.day_count(rate, d0, tz, 0.8), mean_gap_s=150):
                    if r.random() < 0.8:
                        q = r.choice(self.c.gsm8k + self.c.svamp + self.c.math)
                        p = self.student_prompt(q) if lang == "en" else r.choice(LANG_WRAP[lang]).format(q=q)
                        kind = "cot"
                    else:
                        p, s, kind = self.casual_prompt()
                    self.emit(a, ts, p, None, kind, ip=home, asn=asn, model=self.model(ts, 0.5))
            self.label(a)

    def release_signups(self):
        r = self.rng
        if self.release >= self.end:
            return
        puzzles = ["How many r's are in the word strawberry?", "Which is bigger, 9.11 or 9.9?", "Write a haiku about your own release.",
                   "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much does the ball cost?",
                   "What model are you and what's new in this version?", "Solve: a farmer has 17 sheep, all but 9 run away. How many are left?",
                   "Prove that there are infinitely many primes.", "Write a python snake game in one file."]
        for _ in range(self.n(380)):
            tz = r.choice([-8, -5, -5, 0, 1, 8, 9, 5.5, -3])
            created = self.release + int(r.expovariate(1 / (8 * HOUR)))
            if created >= self.end - HOUR:
                created = self.release + r.randrange(0, 6 * HOUR)
            a = self.account("benign", "release_signup", None, created, pay=("pm_" + self.hexid(14)) if r.random() < 0.35 else None, tz=tz)
            stack = r.choice(["web_chrome", "web_chrome", "web_safari", "sdk_py", "ios"])
            a["ua"] = r.choice(UA[stack])
            a["dev"] = {"web_chrome": JA4["chrome"], "web_safari": JA4["safari"], "sdk_py": JA4["py_httpx"]}.get(stack) or "dev-" + self.hexid(16)
            asn = r.choice(RES_ASNS + [16509, 15169])
            ip = rand_ip(r, asn)
            n = self.poisson(math.exp(r.gauss(math.log(12), 0.7)))
            t = created + r.randrange(60_000, 3 * HOUR)
            for i in range(n):
                x = r.random()
                if x < 0.2:
                    p, kind = r.choice(puzzles), "cot"
                elif x < 0.45:
                    q, code = self.task()
                    p, kind = (q + r.choice(["", "\nthink step by step", "\nExplain your reasoning.", " (show your thinking)"])), ("code" if code else "cot")
                else:
                    p, s, kind = self.casual_prompt()
                self.emit(a, t, p, None, kind, ip=ip, asn=asn, model=NEW_MODEL if r.random() < 0.85 else NEW_MINI)
                t += int(r.expovariate(1 / 150) * 1000) + (r.randrange(2, 10) * HOUR if r.random() < 0.08 else 0)
            if a["n"]:
                self.label(a)

    def power_users(self):
        r = self.rng
        for _ in range(self.n(70)):
            tz = r.choice([-8, -5, 0, 1, 2, 8])
            tool = r.choice(["cline", "aider", "continue", "sdk_py"])
            a = self.account("benign", "power_user", None, self.when_created(30, 900), pay="pm_" + self.hexid(14), tz=tz)
            a["ua"] = r.choice(UA[tool])
            a["dev"] = JA4["node"] if tool in ("cline", "continue") else JA4["py_httpx"]
            asn = r.choice(RES_ASNS + [16509, 24940])
            ips = [rand_ip(r, asn) for _ in range(r.randint(1, 2))]
            sysp = {"cline": AGENT_SYS.format(cwd=r.choice(["/home/dev/project", "/Users/sam/code/app", "c:/work/repo"])), "aider": AIDER_SYS,
                    "continue": None, "sdk_py": SDK_SYS}[tool]
            rate = math.exp(r.gauss(math.log(150), 0.6))
            for d0 in self.day_starts():
                for ts in self.sessions(d0, tz, self.day_count(rate, d0, tz, 0.6), mean_gap_s=25, per_session=(10, 60)):
                    x = r.random()
                    if x < 0.55:
                        p, kind = r.choice(self.c.code_chat) + r.choice(["", "\n\n" + r.choice(self.c.mbpp)]), "code"
                    elif x < 0.7:
                        p, kind = "Task: " + self.agent_prompt() + r.choice(["", "\nThink step by step."]), "agent"
                    else:
                        p, s, kind = self.casual_prompt()
                    self.emit(a, ts, p, sysp, kind, ip=r.choice(ips), asn=asn, model=self.model(ts, 0.95, ramp_h=6))
            self.label(a)

    def non_english(self):
        r = self.rng
        for _ in range(self.n(320)):
            lang = r.choice(list(NATIVE))
            tz = LANG_TZ[lang]
            a = self.account("benign", "non_english", None, self.when_created(5, 700), pay=("pm_" + self.hexid(14)) if r.random() < 0.45 else None, tz=tz)
            stack = r.choice(["web_chrome", "web_chrome", "android", "sdk_py"])
            a["ua"] = r.choice(UA[stack])
            a["dev"] = {"web_chrome": JA4["chrome"], "sdk_py": JA4["py_httpx"]}.get(stack) or "dev-" + self.hexid(16)
            asn = r.choice(LANG_ASNS[lang])
            home = rand_ip(r, asn)
            vpn = lang in ("zh", "ru") and r.random() < 0.5
            rate = math.exp(r.gauss(math.log(7), 0.8))
            for d0 in self.day_starts():
                for ts in self.sessions(d0, tz, self.day_count(rate, d0, tz), mean_gap_s=80):
                    x = r.random()
                    if x < 0.55:
                        p = r.choice(NATIVE[lang])
                        if p.endswith(("：", ":", "：")):
                            p += " " + r.choice(self.c.chat)[:800]
                        kind = "chat"
                    elif x < 0.75:
                        p, kind = r.choice(LANG_WRAP[lang]).format(q=r.choice(self.c.mathq)), "cot"
                    else:
                        p, s, kind = self.casual_prompt()
                    if vpn:
                        v = r.choice(VPN_ASNS)
                        self.emit(a, ts, p, None, kind, ip=vpn_exit(r, v), asn=v)
                    else:
                        self.emit(a, ts, p, None, kind, ip=home, asn=asn)
            self.label(a)

    # =========================================================================== attack campaigns
    def blunt(self):
        """Blunt, high-volume: datacenter IPs, fixed wrapper, a few shared cards, flat 24h schedule."""
        r = self.rng
        camp = "blunt_datacenter"
        cards = ["pm_" + self.hexid(14) for _ in range(3)]
        created0 = START_MS - 3 * DAY
        wrapper = "Solve the following problem. Think step by step and show all of your reasoning before giving the final answer.\n\nProblem: {q}"
        code_w = "Write a Python solution to the following task. Think step by step and explain your reasoning before the code.\n\nTask: {q}"
        asn = CLOUD["hetzner"] if r.random() < 0.5 else CLOUD["ovh"]
        for _ in range(self.n(32)):
            a = self.account("attack", "blunt_harvest", camp, created0 + r.randrange(0, 2 * HOUR), pay=r.choice(cards))
            a["ua"], a["dev"] = UA["requests"][0], JA4["py_requests"]
            ips = [rand_ip(r, asn) for _ in range(2)]
            rate = r.uniform(220, 650)
            for d0 in self.day_starts():
                n = self.poisson(rate)
                for _ in range(n):
                    ts = d0 + r.randrange(0, DAY)
                    boost = ts >= self.release
                    if boost and r.random() < 0.4:
                        # extra post-release requests (burst against the new model)
                        self.emit(a, ts, wrapper.format(q=r.choice(self.c.math)), None, "cot", ip=r.choice(ips), asn=asn, model=NEW_MODEL, err=0.08)
                    q, code = self.task()
                    self.emit(a, ts, (code_w if code else wrapper).format(q=q), None, "code" if code else "cot", ip=r.choice(ips), asn=asn,
                              model=NEW_MODEL if boost else OLD_MODELS[0], endpoint="/v1/chat/completions", err=0.08)
            self.label(a)

    def hydra(self):
        """Hydra proxy: many small accounts, residential proxy rotation, harvest mixed with cover chat, paraphrased wrappers."""
        r = self.rng
        camp = "hydra_resi_proxy"
        n = self.n(700)
        cards = ["pm_" + self.hexid(14) for _ in range(max(1, n // 3))]
        batches = [START_MS - r.randrange(14, 60) * DAY + r.randrange(0, DAY) for _ in range(10)]
        tz = -5  # scheduler mimics a US evening-heavy day for every account
        for i in range(n):
            created = r.choice(batches) + r.randrange(0, 2 * HOUR)
            a = self.account("attack", "hydra_proxy", camp, created, pay=r.choice(cards), tz=tz, personal_org=0.9)
            spoof = r.random() < 0.7
            a["ua"] = r.choice(UA["web_chrome"] if spoof else UA["sdk_py"])
            a["dev"] = JA4["chrome"] if spoof else JA4["hydra"]
            dormant = r.random() < 0.3  # woken up only after the release
            if self.release < self.end and r.random() < 0.08:  # fresh capacity signed up right after the release
                a["created"] = self.release + r.randrange(10 * MIN, 12 * HOUR)
                dormant = True
            rate = r.uniform(10, 40)
            harvest = r.uniform(0.45, 0.7)
            for d0 in self.day_starts():
                lam = rate
                if dormant:
                    lam = 0 if d0 + DAY <= self.release else rate * 1.3
                elif d0 + DAY > self.release:
                    lam = rate * 1.4
                cnt = self.poisson(lam)
                for ts in self.sessions(d0, tz + r.uniform(-1.5, 1.5), cnt, mean_gap_s=45, per_session=(3, 10)):
                    if dormant and ts < self.release:
                        ts = self.release + r.randrange(HOUR, 20 * HOUR)
                    if a["created"] is not None and ts < a["created"]:
                        ts = a["created"] + r.randrange(5 * MIN, 10 * HOUR)
                    asn = r.choice(RES_ASNS)
                    if r.random() < harvest:
                        q, code = self.task()
                        p = self.harvest_wrap(q, code) if r.random() < 0.85 else q
                        kind = "code" if code else "cot"
                        model = NEW_MODEL if ts >= self.release + r.randrange(0, 6 * HOUR) else OLD_MODELS[0]
                    else:
                        p, s, kind = self.casual_prompt()
                        model = self.model(ts, 0.7)
                    self.emit(a, ts, p, s, kind, ip=rand_ip(r, asn), asn=asn, model=model)
            if a["n"]:
                self.label(a)

    def sysprompt_cot(self):
        """Wrapper moved into a paraphrased system prompt; raw benchmark questions in the user turn; sticky residential IPs,
        one prepaid card per account, aged accounts, human timing, each account covering one slice."""
        r = self.rng
        camp = "sysprompt_cot"
        pool = list(self.c.math) + list(self.c.gsm8k)
        r.shuffle(pool)
        n = self.n(260)
        slice_len = max(40, len(pool) // n)
        for i in range(n):
            tz = r.choice([-8, -6, -5, -5, -4]) if r.random() < 0.8 else 8
            a = self.account("attack", "sysprompt_cot", camp, self.when_created(21, 60), pay="pm_" + self.hexid(14), tz=tz)
            a["ua"] = r.choice(UA["sdk_py"])
            a["dev"] = JA4["py_httpx"]
            asn = r.choice(US_RES)
            ip = rand_ip(r, asn)
            sysp = " ".join(x for x in (r.choice(SYS_PERSONA), r.choice(SYS_RULE), r.choice(SYS_FMT)) if x)
            my = pool[(i * slice_len) % len(pool):(i * slice_len) % len(pool) + slice_len]
            j = 0
            rate = r.uniform(18, 42)
            for d0 in self.day_starts():
                lam = rate * (1.5 if d0 + DAY > self.release else 1)
                for ts in self.sessions(d0, tz, self.poisson(lam), mean_gap_s=100, per_session=(2, 6)):
                    if r.random() < 0.12:
                        p, s, kind = self.casual_prompt()
                        self.emit(a, ts, p, s, kind, ip=ip, asn=asn, model=self.model(ts, 0.7))
                        continue
                    q = my[j % len(my)]
                    j += 1
                    if r.random() < 0.1:
                        sysp = " ".join(x for x in (r.choice(SYS_PERSONA), r.choice(SYS_RULE), r.choice(SYS_FMT)) if x)
                    self.emit(a, ts, q, sysp, "cot", ip=ip, asn=asn, model=self.model(ts, 1.0, ramp_h=8, mini=0.05))
            if a["n"]:
                self.label(a)

    def stealth(self):
        """Hard: no wrapper (raw questions, reasoning asked in varied words or not at all), disjoint narrow slices,
        heavy cover traffic, unique identities, residential IPs, human timing, low volume."""
        r = self.rng
        camp = "stealth_slices"
        spaces = {"code": list(self.c.mbpp) + list(self.c.humaneval) + list(self.c.code_chat), "math": list(self.c.math),
                  "word": list(self.c.gsm8k) + list(self.c.svamp)}
        for v in spaces.values():
            r.shuffle(v)
        n = self.n(420)
        cursor = {k: 0 for k in spaces}
        for i in range(n):
            space = r.choices(["code", "math", "word"], [4, 3, 3])[0]
            tz = r.choice([-8, -7, -6, -5, -5, -4, 0, 1])
            a = self.account("attack", "stealth_slices", camp, self.when_created(25, 110),
                             pay=("pm_" + self.hexid(14)) if r.random() < 0.7 else None, tz=tz, personal_org=0.7)
            stack = r.choice(["web_chrome", "web_chrome", "web_safari", "sdk_py", "sdk_node"])
            a["ua"] = r.choice(UA[stack])
            a["dev"] = {"web_chrome": JA4["chrome"], "web_safari": JA4["safari"], "sdk_py": JA4["py_httpx"], "sdk_node": JA4["node"]}[stack]
            asn = r.choice(US_RES) if tz < -2 else r.choice(RES_ASNS)
            ip = rand_ip(r, asn)
            L = r.randint(25, 60)
            pool = spaces[space]
            my = [pool[(cursor[space] + k) % len(pool)] for k in range(L)]
            cursor[space] += L
            j = 0
            rate = r.uniform(6, 22)
            harvest = r.uniform(0.55, 0.8)
            for di, d0 in enumerate(self.day_starts()):
                if r.random() < 0.3:
                    ip = rand_ip(r, asn)  # DHCP renewal
                for ts in self.sessions(d0, tz, self.day_count(rate, d0, tz, 0.8), mean_gap_s=160, per_session=(1, 6)):
                    if r.random() < harvest:
                        q = my[j % len(my)]
                        j += 1
                        x = r.random()
                        if x < 0.5:
                            p = q
                        elif x < 0.85:
                            p = (q + " " + r.choice(NUDGE)) if r.random() < 0.6 else (r.choice(NUDGE).capitalize() + ": " + q)
                        else:
                            p = r.choice(CASUAL_LEAD[3:]) + q
                        kind = "code" if space == "code" else "cot"
                    else:
                        p, s, kind = self.casual_prompt()
                        self.emit(a, ts, p, s, kind, ip=ip, asn=asn, model=self.model(ts, 0.95, ramp_h=20))
                        continue
                    self.emit(a, ts, p, None, kind, ip=ip, asn=asn, model=self.model(ts, 0.95, ramp_h=20))
            if a["n"]:
                self.label(a)

    def agentic_multilingual(self):
        """Agentic-task harvest with non-English wrappers; Asian cloud IP ranges; card shared per ~10 accounts; cron-synchronised."""
        r = self.rng
        camp = "agentic_cron"
        n = self.n(200)
        groups = [("pm_" + self.hexid(14)) for _ in range(max(1, n // 10))]
        langs = ["zh", "zh", "ru", "ko", "es", "en"]
        asns = [CLOUD["alibaba"], CLOUD["tencent"]]
        subnets = {asn: rand_ip(r, asn).rsplit(".", 2)[0] for asn in asns}
        for i in range(n):
            lang = r.choice(langs)
            a = self.account("attack", "agentic_multilingual", camp, self.when_created(8, 35), pay=groups[i % len(groups)], personal_org=1.0)
            a["ua"] = r.choice(UA["sdk_node"] + UA["go"])
            a["dev"] = JA4["node"] if "JS" in a["ua"] else JA4["go"]
            asn = r.choice(asns)
            minute = r.randrange(0, 4)
            per_hour = r.choice([1, 1, 2])
            active = r.random() < 0.85
            for d0 in self.day_starts():
                for h in range(24):
                    hs = d0 + h * HOUR
                    if not active and hs < self.release:
                        continue
                    if r.random() < 0.25:
                        continue
                    for k in range(per_hour):
                        ts = hs + minute * MIN + r.randrange(0, 90_000) + k * r.randrange(20_000, 120_000)
                        x = r.random()
                        if x < 0.6:
                            goal = self.agent_prompt()
                            body = (f"Task: {goal}\nTools: {r.choice(TOOL_LISTS)}\n"
                                    + r.choice(["Think through each step explicitly before every tool call, and write out your reasoning.",
                                                "Plan step by step, explain the reasoning for each action, then give the action.",
                                                "Describe your full thought process, then list the tool calls in order."]))
                            kind = "agent"
                        else:
                            q, code = self.task()
                            body, kind = q, ("code" if code else "cot")
                        p = r.choice(LANG_WRAP[lang]).format(q=body) if lang != "en" else self.harvest_wrap(body, kind == "code")
                        ip = f"{subnets[asn]}.{r.randrange(0, 16)}.{r.randrange(1, 255)}"
                        self.emit(a, ts, p, None, kind, ip=ip, asn=asn, model=self.model(ts, 1.0, ramp_h=3, mini=0.0), endpoint="/v1/chat/completions")
            if a["n"]:
                self.label(a)

    def cot_reconstruct(self):
        """Release-triggered: dormant aged accounts wake within 24h of release and ask to reconstruct reasoning for given answers;
        mobile-carrier proxies (shared CGNAT ranges with real phone users); cards reused by ~4 accounts."""
        r = self.rng
        if self.release >= self.end:
            return
        camp = "cot_reconstruction"
        n = self.n(130)
        cards = ["pm_" + self.hexid(14) for _ in range(max(1, n // 4))]
        for i in range(n):
            a = self.account("attack", "cot_reconstruct", camp, self.when_created(10, 40), pay=cards[i % len(cards)], personal_org=0.6)
            os_ = r.choice(["ios", "android", "web_chrome"])
            a["ua"] = r.choice(UA[os_])
            a["dev"] = JA4["chrome"] if os_ == "web_chrome" else "dev-" + self.hexid(16)
            start = self.release + int(r.uniform(0.5, 22) * HOUR)
            rate_h = r.uniform(1.5, 4.0)
            t = start
            while t < self.end:
                asn = r.choice(MOBILE_ASNS)
                x = r.random()
                if x < 0.8:
                    q, code = self.task(("gsm8k", "math", "mbpp"), (4, 4, 2))
                    ans = ("```python\ndef solution(*args):\n    ...\n```" if code else
                           r.choice(["The answer is {}.", "Final answer: {}", "\\boxed{{{}}}", "{}"]).format(r.randint(1, 500)))
                    p = "\n\n".join([r.choice(CR_HEAD), "Question: " + q, r.choice(["Completed response: ", "Answer: ", "Response:\n"]) + ans,
                                     r.choice(ARTICULATE)])
                    kind = "long"
                    s = None
                else:
                    p, s, kind = self.casual_prompt()
                self.emit(a, t, p, s, kind, ip=rand_ip(r, asn), asn=asn, model=NEW_MODEL,
                          endpoint="/v1/responses" if os_ != "web_chrome" else None)
                t += int(r.expovariate(rate_h / HOUR)) + r.randrange(5000, 60000)
            if a["n"]:
                self.label(a)

    def run(self) -> None:
        self.casual()
        self.casual("vpn_user", 200, vpn=True)
        self.university()
        self.mobile_cgnat()
        self.corporate()
        self.sdk_framework()
        self.app_backends()
        self.eval_teams()
        self.students()
        self.release_signups()
        self.power_users()
        self.non_english()
        self.blunt()
        self.hydra()
        self.sysprompt_cot()
        self.stealth()
        self.agentic_multilingual()
        self.cot_reconstruct()


_vpn_exits: dict[int, list[str]] = {}


def vpn_exit(rng: random.Random, asn: int) -> str:
    if asn not in _vpn_exits:
        _vpn_exits[asn] = [rand_ip(rng, asn) for _ in range(25)]
    return rng.choice(_vpn_exits[asn])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    a = ap.parse_args(argv)
    _prefix.clear()
    _vpn_exits.clear()
    g = Gen(a.seed, a.days, a.scale)
    g.run()
    g.events.sort(key=lambda e: (e[0], e[1]))
    # mtime=0 and no file name in the gzip header: byte-identical output per seed
    with open(a.out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=5, mtime=0) as gz, \
            io.TextIOWrapper(gz, encoding="utf-8") as fh:
        for ts, _, ev in g.events:
            ev["ts"] = iso(ts)
            fh.write(json.dumps(ev, ensure_ascii=False, separators=(",", ":")))
            fh.write("\n")
    with open(a.labels, "w", encoding="utf-8") as fh:
        json.dump(g.labels, fh, indent=0, sort_keys=True)
    n_att = sum(1 for v in g.labels.values() if v["label"] == "attack")
    print(f"seed={a.seed} days={a.days} release={iso(g.release)} events={len(g.events)} accounts={len(g.labels)} attack_accounts={n_att}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
