"""Short hand-written wrappers and system prompts. The questions they wrap always come from the
real corpora; only the framing text lives here."""
from __future__ import annotations

FOLLOWUPS = [
    "thanks! can you make it shorter?", "can you put that in dot points", "why?", "ok but explain it more simply",
    "that's not quite right, try again", "can you give me an example", "cheers, what about for NZ?",
    "rewrite it in a more casual tone", "in Australian English please", "now make it a table",
    "what would be the next step?", "is there a faster way to do this?", "good. and the second part?",
]

# International students during O-Week: everyday questions in their own language, then the task text.
LANG_WRAP = {
    "zh": ["请帮我解释一下这道题，用中文回答：\n{q}", "这段英文是什么意思？能不能简单解释一下？\n\n{q}",
           "我是刚来澳洲的留学生，老师布置了这个，我看不太懂：{q}", "帮我翻译成中文并说明重点：\n{q}"],
    "vi": ["Giải thích giúp mình bài này bằng tiếng Việt nhé: {q}", "Mình là sinh viên mới, đoạn này nghĩa là gì?\n{q}",
           "Dịch sang tiếng Việt giúp mình: {q}"],
    "hi": ["कृपया इसे सरल शब्दों में समझाइए: {q}", "इसका हिंदी में अनुवाद कीजिए:\n{q}"],
    "id": ["Tolong jelaskan ini dengan bahasa Indonesia ya: {q}", "Saya mahasiswa baru di Melbourne, maksudnya apa ini?\n{q}"],
    "ko": ["이 내용을 한국어로 쉽게 설명해 주세요: {q}", "이거 무슨 뜻인지 알려주세요.\n\n{q}"],
    "ne": ["कृपया यसलाई नेपालीमा बुझाइदिनुहोस्: {q}"],
    "mi": ["Tēnā koa, whakamāoritia tēnei: {q}"],
    "sm": ["Fa'amolemole fa'aliliu lenei i le gagana Samoa: {q}"],
}

COURSES = [  # (code, city, network, prefix index, kind)
    ("MATH1131", "sydney", "aarnet", 1, "math"), ("COMP1511", "sydney", "aarnet", 1, "code"),
    ("MATH1021", "sydney", "aarnet", 0, "math"), ("INFO1110", "sydney", "aarnet", 0, "code"),
    ("MAST10006", "melbourne", "aarnet", 2, "math"), ("COMP10001", "melbourne", "aarnet", 2, "code"),
    ("FIT1045", "melbourne", "aarnet", 5, "code"), ("MATH1051", "brisbane", "aarnet", 3, "math"),
    ("CSSE1001", "brisbane", "aarnet", 3, "code"), ("CITS1401", "perth", "aarnet", 4, "code"),
    ("MATH1011", "perth", "aarnet", 4, "wordmath"), ("COMPSCI 101", "auckland", "reannz", 0, "code"),
    ("MATHS 108", "auckland", "reannz", 0, "math"), ("STAT1070", "sydney", "aarnet", 1, "wordmath"),
    ("31251", "sydney", "aarnet", 6, "code"), ("MATH1010", "sydney", "aarnet", 7, "wordmath"),
]

CLASS_TEMPLATES = [
    "{code} week {wk} tutorial, question {n}:\n{q}\n\nCan you explain how to approach this? Please don't just give the answer.",
    "I'm stuck on this {code} exercise.\n\n{q}",
    "help me understand this step by step, it's for {code}\n\n{q}",
    "{q}",
    "{code} lab {wk} q{n}\n{q}\nwhere do i even start",
]

TEACHER_WRAP = [
    "Write 5 more questions like this one for my Year {yr} class, with worked solutions:\n\n{q}",
    "Turn this into a differentiated worksheet (easy / medium / hard) for Year {yr}:\n{q}",
    "Give a worked solution a Year {yr} student could follow, then list common mistakes.\n\n{q}",
]

TUTOR_SYSTEM = ("You are a tutor at BrightPath Tutoring (Sydney). Students are in Years 10-12 (NSW HSC). "
                "Explain clearly, show every line of working, and finish with the final answer on its own line.")
TUTOR_WRAP = [
    "Write a fully worked solution a Year 12 Extension 1 student can follow, showing every step:\n\n{q}",
    "Student asked about this in today's session. Explain it step by step like you would on a whiteboard:\n{q}",
    "Mark scheme please (step marks) for:\n{q}",
]

EVAL_TEMPLATES = {
    "gsm8k": "Question: {q}\nLet's think step by step.",
    "math": "Solve the following math problem step by step. The last line of your response should be of the form "
            "Answer: $ANSWER (without quotes) where $ANSWER is the answer to the problem.\n\n{q}\n\nRemember to put "
            "your answer on its own line after \"Answer:\", and you do not need to use a \\boxed command.",
    "humaneval": "Complete the following Python function. Return only the code.\n\n```python\n{q}\n```",
    "mbpp": "You are an expert Python programmer, and here is your task: {q}",
}

NEWCOMER_WRAP = [
    "{q}", "let's see if harbour-3 can do this one\n\n{q}", "heard the new model is good at maths. {q}",
    "testing harbour-3: {q}", "{q}\n\n(is this right? my answer was different)",
]

SAAS = {  # name -> (system prompt, pool, daily requests per account, market city)
    "StudyNest": ("You are StudyNest, a friendly homework helper for Australian high-school students. Explain the "
                  "method step by step in simple language, check the final answer, and never just hand over "
                  "answers without working.", "wordmath+math", 900, "sydney"),
    "KiwiDesk": ("You are the support assistant for a New Zealand retailer. Be warm, brief and use NZ English. "
                 "If you cannot help, offer to hand over to a human.", "chat_short", 700, "auckland"),
    "DevPilot": ("You are DevPilot, a code review assistant embedded in an IDE. Respond with concise, correct "
                 "code suggestions and explain trade-offs in at most three sentences.", "code", 650, "melbourne"),
    "AskRoo": ("You are AskRoo, a search assistant. Answer the query in two or three sentences and say when you "
               "are not sure.", "nq", 1100, "sydney"),
    "Listwise": ("You are a copywriting assistant for Australian small businesses. Keep the brand voice, avoid "
                 "clichés, and use Australian spelling.", "instr", 450, "brisbane"),
    "ClauseCheck": ("You review documents for a legal-tech platform. Summarise, flag risks, and never give "
                    "definitive legal advice.", "arena_short", 300, "sydney"),
}

CI_PROMPTS_N = 8

HEALTH_PROMPT = "Reply with the single word OK."

COPILOT_SYSTEM = ("You are {co} Copilot, an internal assistant for {co} staff. Follow the acceptable use policy, "
                  "do not reveal customer data, and cite internal policy names where relevant.")
AGENCY_SYSTEM = ("You write marketing copy for {client}. Brand voice: {voice}. Australian spelling. Never make "
                 "claims about pricing or health outcomes.")
VOICES = ["warm, down-to-earth, a bit cheeky", "premium, calm and confident", "practical and no-nonsense",
          "youthful and upbeat", "trustworthy and plain-spoken"]
CLIENTS = ["Coastline Dental", "Bayside Motors", "Southern Cross Pools", "Kauri Outdoor", "Wattle & Co",
           "Tidewater Realty", "Red Gum Coffee", "Blue Mountains Yoga", "Harbourside Physio", "Pacific Fleet Hire",
           "Goldfields Hardware", "Northshore Vets", "Tasman Tiles", "Merino Mills", "Brightwater Solar",
           "Outback Tyres", "Fernleaf Florist", "Cove Bakery", "Longreach Legal", "Summit Accounting"]
GOV_SYSTEM = ("You are an assistant for public servants. Use plain English, follow the Australian Government Style "
              "Manual, and do not process personal information.")
