"""Prompt text: the shared corpora plus this world's own wrappers, local-language templates and mutations."""
from __future__ import annotations

import json
import random
from pathlib import Path

DIR = Path("/work/shared/data/prompts")
MAX = 1900


class Corpus:
    def __init__(self, root: Path = DIR):
        def load(name: str, cap: int = MAX) -> list[str]:
            out = []
            with open(root / f"{name}.jsonl", encoding="utf-8") as fh:
                for line in fh:
                    t = json.loads(line)["text"]
                    if len(t) <= cap:
                        out.append(t)
            return out

        self.awesome = [t for t in load("benign_awesome_chatgpt_prompts", 1500) if "${" not in t]
        self.arena = load("benign_arena_hard_prompts")
        self.seed = load("benign_self_instruct_seed_tasks")
        self.user = load("benign_self_instruct_user_oriented")
        self.nq = load("benign_nq_open_questions")
        self.gsm = load("task_gsm8k")
        self.math = load("task_math")
        self.svamp = load("task_svamp")
        self.heval = load("task_humaneval")
        self.mbpp = load("task_mbpp")
        self.selfinst = self.seed + self.user
        self.chat = self.awesome + self.arena + self.selfinst


def typo(r: random.Random, s: str, p: float = 0.02) -> str:
    if len(s) < 8 or r.random() > 0.5:
        return s
    cs = list(s)
    for _ in range(max(1, int(len(cs) * p * r.random()))):
        i = r.randrange(len(cs) - 1)
        cs[i], cs[i + 1] = cs[i + 1], cs[i]
    return "".join(cs)


def casual(r: random.Random, s: str) -> str:
    x = r.random()
    if x < 0.15:
        s = s[0].lower() + s[1:]
    elif x < 0.25:
        s = r.choice(["hey, ", "hi! ", "quick question: ", "pls help. ", "ok so "]) + s
    if r.random() < 0.12:
        s += r.choice([" thanks", " thx!", " :)", "\n\nkeep it short", "\n\nin simple words please"])
    return typo(r, s, 0.01)


# Local-language frames a real user puts around their own question (benign).
LOCAL_FRAME = {
    "tr": ["{q}\n\nLütfen Türkçe cevap ver.", "Şunu açıklar mısın: {q}", "Bu soruyu adım adım çözer misin?\n{q}",
           "Kısaca anlat: {q}"],
    "id": ["Tolong jelaskan: {q}", "{q}\n\nJawab pakai bahasa Indonesia ya", "Gimana caranya: {q}", "Bisa bantu? {q}"],
    "vi": ["Giải thích giúp mình: {q}", "{q}\n\nTrả lời bằng tiếng Việt nhé", "Cho mình hỏi: {q}"],
    "th": ["ช่วยอธิบายหน่อย: {q}", "{q}\n\nตอบเป็นภาษาไทยนะ"],
    "ms": ["Boleh terangkan: {q}", "{q} (jawab dalam bahasa Melayu)"],
    "zh": ["請用繁體中文回答：{q}", "{q}\n\n用中文回答", "帮我看看这个问题：{q}", "請解釋一下：{q}"],
    "ru": ["Объясни, пожалуйста: {q}", "{q}\n\nОтветь по-русски", "Қазақша жауап беріңізші: {q}"],
    "uz": ["Iltimos, tushuntirib bering: {q}", "{q}\n\nO'zbek tilida javob bering"],
    "es": ["¿Me puedes explicar esto? {q}", "{q}\n\nResponde en español, porfa", "Ayuda con esto: {q}"],
    "it": ["Mi spieghi questo? {q}", "{q}\n\nRispondi in italiano", "Domanda veloce: {q}"],
    "pt": ["Podes explicar isto? {q}", "{q}\n\nResponde em português"],
    "el": ["Μπορείς να μου εξηγήσεις: {q}", "{q}\n\nΑπάντησε στα ελληνικά"],
    "fr": ["Tu peux m'expliquer : {q}", "{q}\n\nRéponds en français stp"],
    "ar": ["اشرح لي من فضلك: {q}", "{q}\n\nأجب باللغة العربية", "سؤال سريع: {q}"],
    "en": ["{q}"],
}

# Native everyday prompts (benign), written for this world.
NATIVE = {
    "tr": ["Bana {x} hakkında kısa bir yazı yaz", "{x} için bir dilekçe örneği hazırlar mısın?",
           "Yarın {x} sunumum var, nasıl başlamalıyım?", "{x} tarifini adım adım verir misin?"],
    "id": ["Buatkan caption Instagram tentang {x}", "Resep {x} yang gampang gimana?",
           "Tolong bikin surat lamaran kerja untuk posisi {x}", "Apa bedanya {x} sama yang biasa?"],
    "vi": ["Viết giúp mình một đoạn giới thiệu về {x}", "Cách nấu {x} ngon nhất là gì?",
           "Lên kế hoạch du lịch {x} 3 ngày giúp mình"],
    "zh": ["幫我寫一封關於{x}的電子郵件", "{x}的優缺點是什麼？", "請推薦幾本關於{x}的書"],
    "ru": ["Напиши короткое поздравление про {x}", "Как лучше подготовиться к {x}?"],
    "ar": ["اكتب لي منشورا عن {x}", "ما هي أفضل طريقة لتعلم {x}؟"],
    "es": ["Escríbeme un correo sobre {x}", "Ideas para una cena con {x}"],
    "it": ["Scrivimi una mail formale riguardo {x}", "Consigli per {x}?"],
}
TOPICS = ["kopi", "Ramazan bayramı", "pho bò", "Istanbul", "Bali", "machine learning", "yoga", "Python",
          "nasi goreng", "Almaty", "Cappadocia", "bubble tea", "Lisbon", "exam stress", "a job interview",
          "ekonomi", "futbol", "Hội An", "Taipei night markets", "Marrakech", "baklava", "marketing", "Excel"]


def local(r: random.Random, lang: str, q: str) -> str:
    return r.choice(LOCAL_FRAME.get(lang, LOCAL_FRAME["en"])).format(q=q)


def native(r: random.Random, lang: str) -> str | None:
    t = NATIVE.get(lang)
    return r.choice(t).format(x=r.choice(TOPICS)) if t else None


STUDENT = ["{q}", "how do i solve this?\n{q}", "Can you explain step by step? {q}",
           "{q}\n\nI got {n} but the book says something else, where did I go wrong?",
           "check my homework pls: {q}", "{q} (explain like I'm 15)", "what formula do I use here: {q}"]

DEV = ["{q}", "Implement this in Python:\n\n{q}", "{q}\n\nAlso add unit tests.", "Why does this fail?\n\n{q}",
       "Refactor for readability:\n\n{q}", "Convert to TypeScript:\n\n{q}"]
