"""Prompt text: the shared corpora (loaded in file order), local-language wrappers
(Thai, Khmer, Lao phrases written for this generator), templates, paraphrasing and token counts."""
from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path

import orjson

DIR = Path("/work/shared/data/prompts")
FILES = {
    "arena": "benign_arena_hard_prompts.jsonl", "awesome": "benign_awesome_chatgpt_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl", "seed": "benign_self_instruct_seed_tasks.jsonl",
    "user": "benign_self_instruct_user_oriented.jsonl", "gsm8k": "task_gsm8k.jsonl",
    "humaneval": "task_humaneval.jsonl", "mbpp": "task_mbpp.jsonl", "math": "task_math.jsonl",
    "svamp": "task_svamp.jsonl",
}


@lru_cache(maxsize=None)
def texts(name: str) -> tuple[str, ...]:
    out = []
    with open(DIR / FILES[name], "rb") as f:
        for line in f:
            if line.strip():
                out.append(orjson.loads(line)["text"])
    return tuple(out)


@lru_cache(maxsize=None)
def short(name: str, limit: int = 6000) -> tuple[str, ...]:
    """The corpus without its extreme-length tail (people rarely paste 100 kB)."""
    return tuple(t for t in texts(name) if len(t) <= limit)


def pick(rng: random.Random, name: str, limit: int = 6000) -> str:
    pool = short(name, limit)
    return pool[rng.randrange(len(pool))]


def pick_mix(rng: random.Random, mix: dict[str, float], limit: int = 6000) -> tuple[str, str]:
    names = list(mix)
    name = rng.choices(names, weights=[mix[n] for n in names])[0]
    return name, pick(rng, name, limit)


# Local-language phrases (written for this generator; "please explain step by step", etc.)
ASK = {
    "th": ["ช่วยอธิบายทีละขั้นตอนหน่อยค่ะ", "ช่วยแก้โจทย์นี้ให้หน่อยครับ แสดงวิธีทำด้วย", "ขอวิธีคิดแบบละเอียดนะคะ",
           "โจทย์การบ้านค่ะ ไม่เข้าใจ ช่วยอธิบายที", "ช่วยแปลเป็นภาษาไทยให้หน่อยครับ", "สรุปให้สั้น ๆ หน่อยค่ะ"],
    "km": ["សូមពន្យល់ម្តងមួយជំហាន", "ជួយដោះស្រាយលំហាត់នេះផង", "សូមបកប្រែជាភាសាខ្មែរ", "សូមសង្ខេបឱ្យខ្លី"],
    "lo": ["ກະລຸນາອະທິບາຍເທື່ອລະຂັ້ນ", "ຊ່ວຍແກ້ໂຈດນີ້ແດ່", "ກະລຸນາແປເປັນພາສາລາວ", "ສະຫຼຸບສັ້ນໆແດ່"],
}
SONGKRAN = {
    "th": ["สงกรานต์ปีนี้ไปเล่นน้ำที่ไหนดี", "ช่วยเขียนคำอวยพรวันสงกรานต์ให้คุณแม่หน่อย", "รดน้ำดำหัวผู้ใหญ่ต้องเตรียมอะไรบ้าง",
           "รถติดไหมถ้าออกจากกรุงเทพไปขอนแก่นวันที่ 13", "ช่วยคิดแคปชั่นสงกรานต์ตลก ๆ"],
    "km": ["សួស្តីឆ្នាំថ្មី សូមសរសេរសារជូនពរ", "ល្បែងប្រជាប្រិយពេលចូលឆ្នាំខ្មែរមានអ្វីខ្លះ", "ធ្វើដំណើរទៅខេត្តសៀមរាបយ៉ាងម៉េច"],
    "lo": ["ສະບາຍດີປີໃໝ່ ຊ່ວຍຂຽນຄຳອວຍພອນ", "ບຸນປີໃໝ່ລາວ ຫຼວງພະບາງ ມີຫຍັງແດ່", "ເດີນທາງໄປຫຼວງພະບາງ ໃຊ້ເວລາຈັກຊົ່ວໂມງ"],
    "en": ["Where are the best Songkran water fight spots in Chiang Mai this year?",
           "Is it safe to bring my phone to Silom Road during Songkran? How do I waterproof it?",
           "Translate 'Happy Songkran, please don't splash my camera' into Thai",
           "What does 'sawasdee pee mai' mean and how do I reply?",
           "Plan a 2-day itinerary in Siem Reap during Khmer New Year, avoiding crowds at Angkor Wat",
           "Which ferries from Phuket to Phi Phi are running on 14 April?",
           "How do I say 'no ice please' in Lao and Thai?",
           "Write a short thank-you note in Thai for my guesthouse host"],
}


def local_ask(rng: random.Random, lang: str) -> str:
    return rng.choice(ASK[lang])


def wrap_local(rng: random.Random, lang: str, text: str) -> str:
    if lang == "en":
        return text
    ask = local_ask(rng, lang)
    return f"{ask}\n\n{text}" if rng.random() < 0.7 else f"{text}\n\n{ask}"


SYN = [("calculate", "compute"), ("find", "determine"), ("how many", "what number of"), ("total", "overall"),
       ("explain", "describe"), ("write", "produce"), ("each", "every"), ("number", "value"),
       ("what is", "what's"), ("show", "demonstrate"), ("problem", "question"), ("answer", "result")]
OPENERS = ["", "Quick question: ", "Hi! ", "Can you help with this? ", "I'm stuck on this one. ", "Hey, ",
           "Please solve: ", "From my homework: ", "Could you take a look: "]
CLOSERS = ["", " Thanks!", " Thank you.", " Please be detailed.", " Explain like I'm new to this.",
           " Keep it clear.", " I want to understand, not just the answer."]


def paraphrase(rng: random.Random, text: str, strength: float = 0.6) -> str:
    """Cheap surface paraphrase: synonym swaps, an opener/closer, sentence-order shuffle of
    leading context sentences, occasional typo. Changes shingles but not meaning."""
    out = text
    for a, b in SYN:
        if rng.random() < strength:
            out = out.replace(a, b).replace(a.capitalize(), b.capitalize())
    sents = out.split(". ")
    if len(sents) > 3 and rng.random() < strength:
        head = sents[:-1]
        rng.shuffle(head)
        out = ". ".join(head + sents[-1:])
    if rng.random() < 0.3 and len(out) > 40:
        i = rng.randrange(10, len(out) - 5)
        out = out[:i] + out[i + 1] + out[i] + out[i + 2:]
    return rng.choice(OPENERS) + out + rng.choice(CLOSERS)


def _is_wide(ch: str) -> bool:
    o = ord(ch)
    return 0x0E00 <= o <= 0x0EFF or 0x1780 <= o <= 0x17FF or o > 0x2E80


def tokens(text: str | None) -> int:
    """Rough tokenizer: ~4 chars/token for Latin text, ~1.4 chars/token for Thai/Khmer/Lao/CJK."""
    if not text:
        return 0
    wide = sum(1 for ch in text if _is_wide(ch)) if not text.isascii() else 0
    return max(1, int((len(text) - wide) / 4 + wide / 1.4 + 0.5))
