"""Prompt text built from the real corpora in /work/shared/data/prompts:
loading, local-language wrappers (translation by template), typos, follow-ups,
paraphrase pieces and token estimates."""
from __future__ import annotations

import hashlib
import json
import os
import re

PROMPTS_DIR = os.environ.get("H58_PROMPTS", "/work/shared/data/prompts")
FILES = {
    "awesome": "benign_awesome_chatgpt_prompts.jsonl",
    "seed": "benign_self_instruct_seed_tasks.jsonl",
    "useri": "benign_self_instruct_user_oriented.jsonl",
    "arena": "benign_arena_hard_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl",
    "gsm": "task_gsm8k.jsonl",
    "humaneval": "task_humaneval.jsonl",
    "mbpp": "task_mbpp.jsonl",
    "math": "task_math.jsonl",
    "svamp": "task_svamp.jsonl",
}


def corpus_digests():
    out = {}
    for k, f in sorted(FILES.items()):
        with open(os.path.join(PROMPTS_DIR, f), "rb") as fh:
            out[f] = hashlib.sha256(fh.read()).hexdigest()
    return out


class Corpus:
    def __init__(self):
        self.c = {}
        for k, f in FILES.items():
            with open(os.path.join(PROMPTS_DIR, f), encoding="utf-8") as fh:
                self.c[k] = [json.loads(line)["text"] for line in fh if line.strip()]
        aw = self.c["awesome"]
        # role prompts ("I want you to act as ...") make natural system prompts; others are user prompts
        self.roles = [t for t in aw if len(t) < 6000 and ("act as" in t[:200].lower() or t.lower().startswith("you are"))]
        self.aw_user = [t for t in aw if len(t) < 3000]
        self.aw_long = [t for t in aw if 3000 <= len(t) < 40000]
        self.arena_short = [t for t in self.c["arena"] if len(t) < 1500]
        self.arena_code = [t for t in self.c["arena"] if re.search(r"(?i)\b(code|python|function|sql|javascript|c\+\+|rust|bug|script|api|class)\b", t)]
        self.chat = self.c["seed"] + self.c["useri"] + self.arena_short
        self.math_easy = self.c["gsm"] + self.c["svamp"]

    def __getitem__(self, k):
        return self.c[k]


# ---------------------------------------------------------------- local languages
LANGS = ("ne", "si", "ta", "bn", "dz", "dv")
WRAP = {  # instruction wrappers: translate / answer in language / solve step by step / explain simply
    "ne": ["कृपया यसलाई नेपालीमा अनुवाद गर्नुहोस्:", "यो प्रश्नको उत्तर नेपालीमा दिनुहोस्:",
           "यो गणितको प्रश्न चरणबद्ध रूपमा हल गर्नुहोस्:", "सरल भाषामा बुझाउनुहोस्:"],
    "si": ["කරුණාකර මෙය සිංහලට පරිවර්තනය කරන්න:", "මෙම ප්‍රශ්නයට සිංහලෙන් පිළිතුරු දෙන්න:",
           "මෙම ගැටලුව පියවරෙන් පියවර විසඳන්න:", "සරල සිංහලෙන් පැහැදිලි කරන්න:"],
    "ta": ["தயவுசெய்து இதை தமிழில் மொழிபெயர்க்கவும்:", "இந்தக் கேள்விக்கு தமிழில் பதில் அளிக்கவும்:",
           "இந்த கணக்கை படிப்படியாக தீர்க்கவும்:", "எளிய தமிழில் விளக்குங்கள்:"],
    "bn": ["অনুগ্রহ করে এটি বাংলায় অনুবাদ করুন:", "এই প্রশ্নের উত্তর বাংলায় দিন:",
           "এই অঙ্কটি ধাপে ধাপে সমাধান করুন:", "সহজ বাংলায় ব্যাখ্যা করুন:"],
    "dz": ["འདི་ རྫོང་ཁར་ སྐད་བསྒྱུར་ འབད་གནང་།", "དྲི་བ་འདི་གི་ལན་ རྫོང་ཁ་ལུ་ བྲིས་གནང་།",
           "རྩིས་འདི་ རིམ་པ་བཞིན་ ཐག་གཅོད་འབད་གནང་།", "འཇམ་ཏོང་ཏོ་སྦེ་ གསལ་བཤད་རྐྱབ་གནང་།"],
    "dv": ["މިއީ ދިވެހި ބަހަށް ތަރުޖަމާ ކޮށްދީ:", "މި ސުވާލަށް ދިވެހިން ޖަވާބު ދީ:",
           "މި ހިސާބު ފިޔަވަޅުން ފިޔަވަޅަށް ހައްލުކޮށްދީ:", "ފަސޭހަ ބަހުން ބަޔާންކޮށްދީ:"],
}
LOCAL = {  # native-language chat templates and topics
    "ne": (["{t} बारे छोटकरीमा बताउनुहोस्।", "तिहारको लागि परिवारलाई शुभकामना सन्देश लेखिदिनुहोस्।",
            "भाइटीकाको लागि भाइलाई पठाउने सुन्दर सन्देश लेख्नुहोस्।", "{t} को फाइदा र बेफाइदा के के हुन्?",
            "लोक सेवा आयोगको तयारीका लागि {t} सम्बन्धी १० प्रश्न बनाइदिनुहोस्।", "मेरो CV को लागि छोटो परिचय लेखिदिनुहोस्, म {j} हुँ।",
            "{t} विषयमा ५०० शब्दको निबन्ध लेख्नुहोस्।"],
           ["जलवायु परिवर्तन", "नेपालको संविधान", "सगरमाथा", "कृषि", "पर्यटन", "सेल रोटी बनाउने तरिका", "डिजिटल भुक्तानी", "देउसी भैलो"]),
    "si": (["{t} ගැන කෙටියෙන් පැහැදිලි කරන්න.", "දීපාවලි සුබ පැතුම් පණිවිඩයක් ලියන්න.",
            "A/L සඳහා {t} පිළිබඳ ප්‍රශ්න 5ක් දෙන්න.", "{t} ගැන රචනාවක් ලියන්න.", "මම {j}. මට රැකියා අයදුම්පතක් ලියන්න උදව් කරන්න."],
           ["ශ්‍රී ලංකාවේ ආර්ථිකය", "තේ කර්මාන්තය", "සංචාරක ව්‍යාපාරය", "අවකලනය", "සම්භාවිතාව", "ප්‍රභාසංශ්ලේෂණය"]),
    "ta": (["{t} பற்றி சுருக்கமாக விளக்குங்கள்.", "தீபாவளி வாழ்த்து செய்தி ஒன்றை எழுதுங்கள்.",
            "{t} பற்றி ஒரு கட்டுரை எழுதுங்கள்.", "நான் ஒரு {j}. எனக்கு ஒரு வேலை விண்ணப்பக் கடிதம் எழுத உதவுங்கள்."],
           ["இலங்கையின் வரலாறு", "தேயிலை உற்பத்தி", "வகையீடு", "நிகழ்தகவு", "ஒளிச்சேர்க்கை", "தீபாவளி பலகாரங்கள்"]),
    "bn": (["{t} সম্পর্কে সংক্ষেপে বলুন।", "দীপাবলির শুভেচ্ছা বার্তা লিখে দিন।",
            "ভর্তি পরীক্ষার জন্য {t} বিষয়ে ১০টি MCQ প্রশ্ন তৈরি করুন।", "{t} নিয়ে একটি রচনা লিখুন।",
            "আমি একজন {j}। আমার জন্য একটি চাকরির আবেদনপত্র লিখে দিন।"],
           ["মুক্তিযুদ্ধ", "পদ্মা সেতু", "জলবায়ু পরিবর্তন", "ক্যালকুলাস", "সম্ভাবনা", "সালোকসংশ্লেষণ", "রেমিট্যান্স"]),
    "dz": (["{t} སྐོར་ལས་ བསྡུས་ཏེ་ གསལ་བཤད་ རྐྱབ་གནང་།", "བཀྲ་ཤིས་བདེ་ལེགས། {t} གི་སྐོར་ལས་ ཡི་གུ་ཅིག་ བྲིས་གནང་།"],
           ["རྒྱལ་ཡོངས་དགའ་སྐྱིད་དཔལ་འཛོམས།", "འབྲུག་གི་ལོ་རྒྱུས།", "ཚེས་བཅུ།"]),
    "dv": (["{t} ގެ ބާވަތުގައި ކުރުކޮށް ކިޔައިދީ.", "އައްސަލާމު ޢަލައިކުމް. {t} އާ ބެހޭ ލިޔުމެއް ލިޔެދީ."],
           ["ދިވެހިރާއްޖެ", "ފަތުރުވެރިކަން", "މަސްވެރިކަން"]),
}
JOBS = ["accountant", "nurse", "software engineer", "teacher", "hotel receptionist", "driver", "bank officer"]
ROMAN = {  # code-mixed, romanised student/user phrasing
    "ne": ["malai yo question ko answer chahiyo plz", "yo math kasari garne ho bujhaidinus na", "sajilo bhasa ma explain garnus",
           "yo ko answer ma doubt cha", "step by step garera dekhaunu na"],
    "si": ["mata meka theruenne na, podi explain ekak denna puluwanda?", "me sum eka kohomada karanne", "A/L combined maths walata help ekak",
           "answer eka check karala denna"],
    "ta": ["indha kanakku epdi podanum nu sollunga", "konjam easy ah explain pannunga", "A/L ku important ah?"],
    "bn": ["ei onkota kivabe korbo bujhiye bolo", "vai ei question er answer ta din", "admission er jonno eta important?", "bangla te bolo plz",
           "step by step kore dekhan"],
}
COUNTRY_LANGS = {"NP": [("en", 6), ("ne", 3), ("rne", 1)], "LK": [("en", 6), ("si", 2.5), ("ta", 1), ("rsi", 0.6)],
                 "BD": [("en", 5), ("bn", 4), ("rbn", 1.5)], "BT": [("en", 8), ("dz", 1.5), ("ne", 0.5)],
                 "MV": [("en", 8), ("dv", 2)]}


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def local_chat(rng, lang):
    tmpl, topics = LOCAL[lang]
    return rng.choice(tmpl).format(t=rng.choice(topics), j=rng.choice(JOBS))


def wrap(rng, lang, text, which=None):
    w = WRAP[lang]
    pre = w[which] if which is not None else rng.choice(w)
    return f"{pre}\n{text}" if rng.random() < 0.7 else f"{text}\n\n{pre}"


def nq_style(rng, q):
    """Search-query style NQ question as typed into a chat box."""
    r = rng.random()
    if r < 0.45:
        return q
    if r < 0.8:
        return q[0].upper() + q[1:] + "?"
    return rng.choice(["can you tell me ", "quick question: ", "do you know ", "pls tell "]) + q + rng.choice(["", "?", " ?"])


_KEYS = "qwertyuiopasdfghjklzxcvbnm"


def typo(rng, s, rate=0.04):
    if len(s) > 2500 or rate <= 0:
        return s
    words = s.split(" ")
    for i, w in enumerate(words):
        if len(w) > 3 and w.isascii() and rng.random() < rate:
            j = rng.randrange(len(w) - 1)
            k = rng.random()
            if k < 0.35:
                w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            elif k < 0.6:
                w = w[:j] + w[j + 1:]
            elif k < 0.8:
                w = w[:j] + w[j] + w[j:]
            else:
                w = w[:j] + rng.choice(_KEYS) + w[j + 1:]
            words[i] = w
    s = " ".join(words)
    if rng.random() < 0.25:
        s = s.lower()
    if rng.random() < 0.3:
        s = s.rstrip("?.!")
    return s


FOLLOW = ["can you make it shorter?", "explain step 3 again", "thanks! now in simple words", "why?", "give me another example",
          "that is wrong, check again", "ok continue", "translate that to Nepali", "make it more formal", "in bullet points please",
          "can you give the code in python", "what about for 2 people?", "dhanyabad! one more question", "bujhina, feri explain garnus",
          "aro sohoj kore bolo", "thank you", "shorter pls", "add a conclusion"]

# ---------------------------------------------------------------- paraphrase pieces (used by some campaigns and some evaluators)
OPEN = ["Solve the following problem.", "Work through this problem.", "Here is a problem for you.", "Please solve:", "Problem:",
        "Consider the question below.", "Answer the question that follows.", "Try this one.", "I need help with this question.",
        "Can you solve this?", "Task:", "Question:"]
REASON = ["Think step by step and show all of your reasoning before giving the final answer.",
          "Explain each step of your reasoning in detail.", "Walk through your reasoning carefully, one step at a time.",
          "Show your full working, then state the answer.", "Lay out your chain of thought explicitly before concluding.",
          "Break the solution into numbered steps and justify each one.", "Reason it out loud first, then answer.",
          "Please explain how you get there, not just the answer.", "Describe your thought process as you go.",
          "Before answering, write down the intermediate calculations and why each is needed."]
FINAL = ["Put the final answer after 'Answer:'.", "End with 'The final answer is X'.", "Box the final answer.", "",
         "Give the final result on its own line.", "Finish with the answer in bold.", ""]
NAMES = ["Sita", "Ram", "Anjali", "Kasun", "Nimali", "Rahim", "Fatema", "Tashi", "Pema", "Aishath", "Ibrahim", "Suresh",
         "Dilani", "Arjun", "Nusrat", "Karma", "Mohamed", "Priya", "Bikash", "Tharindu"]
_NUM = re.compile(r"(?<![\w.$\\])(\d{1,4})(?![\w.])")
_NAME = re.compile(r"\b([A-Z][a-z]{2,})\b")
_STOP = {"How", "What", "The", "If", "She", "He", "They", "There", "Each", "After", "Then", "When", "Find", "Let", "In", "On",
         "A", "An", "It", "His", "Her", "This", "Their", "For", "At", "Of", "Mr", "Mrs", "Ms", "Which", "Compute", "Given", "Write",
         "Suppose", "One", "Two", "Three", "Every", "Some", "All", "Who", "Is", "Are", "We", "You", "Your", "Our", "To", "And", "But"}


def perturb(rng, q, p_num=0.5, p_name=0.7):
    """Light augmentation: nudge some numbers, swap a proper name (keeps the task, defeats exact matching)."""
    if rng.random() < p_num:
        q = _NUM.sub(lambda m: str(max(1, int(m.group(1)) + rng.choice((-2, -1, 1, 2, 3)))) if rng.random() < 0.4 else m.group(1), q)
    if rng.random() < p_name:
        names = [n for n in _NAME.findall(q[:400]) if n not in _STOP]
        if names:
            q = q.replace(names[0], rng.choice(NAMES))
    return q


def ntok(s):
    if not s:
        return 0
    a = len(s.encode("ascii", "ignore"))
    return int(a / 3.9 + (len(s) - a) / 1.35) + 1
