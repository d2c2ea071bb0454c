"""What people ask: corpus prompts in hand-written wrappers, and the everyday banks."""
from __future__ import annotations

import random

from . import banks
from . import phrases as P
from .corpora import CHAT_MIX, CHAT_MIX_NO_NQ, CODE_MIX, MATH_MIX, pick, pick_mix
from .world import pick_w


def chat_id(r: random.Random) -> tuple[str, str]:
    name, q = pick_mix(r, CHAT_MIX)
    kind = "short" if name == "nq" else ("long" if name == "awesome" and r.random() < 0.4 else "chat")
    return P.wrap(r, P.ID_CHAT, q), kind


def chat_en(r: random.Random) -> tuple[str, str]:
    name, q = pick_mix(r, CHAT_MIX)
    return P.wrap(r, P.EN_WRAP, q), "short" if name == "nq" else "chat"


def chat_my(r: random.Random) -> tuple[str, str]:
    name, q = pick_mix(r, CHAT_MIX_NO_NQ)
    return P.wrap(r, P.MY_CHAT, q), "chat"


def math_student(r: random.Random) -> tuple[str, str]:
    _, q = pick_mix(r, MATH_MIX)
    pool = pick_w(r, ((P.ID_CASUAL_MATH, 68), (P.ID_FORMAL, 14), (P.JV_SU, 10), (P.EN_WRAP, 8)))
    return P.wrap(r, pool, q), "math"


def code_id(r: random.Random) -> tuple[str, str]:
    _, q = pick_mix(r, CODE_MIX)
    return P.wrap(r, P.CODE_WRAP_ID, q), "code"


def bank(r: random.Random, pool: tuple[str, ...], kind: str = "chat") -> tuple[str, str]:
    return banks.fill(r, P.one(r, pool)), kind


def mix(*parts):
    """mix((fn, weight), ...) -> a content function."""
    def f(r: random.Random) -> tuple[str, str]:
        fn = pick_w(r, parts)
        return fn(r)
    return f


def of_bank(pool, kind="chat"):
    return lambda r: bank(r, pool, kind)


def topic_school(r: random.Random) -> tuple[str, str]:
    t = P.one(r, banks.TOPICS)
    s = P.one(r, ("jelasin materi {t} dong yang gampang", "rangkuman {t} buat persiapan ujian",
                  "contoh soal {t} dan pembahasannya", "Apa yang dimaksud dengan {t}?"))
    return s.replace("{t}", t), "explain"


def launch_probe(r: random.Random) -> tuple[str, str]:
    probes = ("apa bedanya garuda-4 sama garuda-3.5?", "halo garuda-4, kamu bisa apa aja?",
              "coba tes: siapa presiden pertama Indonesia dan jelaskan singkat sejarahnya",
              "garuda-4 udah bisa bahasa jawa belum? coba jawab pakai krama inggil",
              "tes kemampuan: tulis puisi 4 bait tentang Jakarta hujan", "what's new in garuda-4?",
              "bandingkan kamu dengan model lain dong", "cek logika: kalau semua kucing suka ikan dan Tom kucing, ...")
    return P.one(r, probes), "chat"


STUDENT = mix((math_student, 55), (chat_id, 18), (topic_school, 17), (code_id, 4), (of_bank(banks.WRITER), 6))
UNI = mix((code_id, 33), (chat_id, 34), (math_student, 14), (of_bank(banks.WRITER, "long"), 8),
          (of_bank(banks.OFFICE), 6), (topic_school, 5))
OFFICE = mix((of_bank(banks.OFFICE), 45), (chat_id, 42), (code_id, 6), (chat_en, 7))
SELLER = mix((of_bank(banks.SELLER), 58), (of_bank(banks.OJOL), 20), (chat_id, 22))
OJOL = mix((of_bank(banks.OJOL), 45), (of_bank(banks.SELLER), 15), (chat_id, 40))
FAMILY = mix((of_bank(banks.FAMILY), 45), (math_student, 20), (chat_id, 25), (topic_school, 10))
WARNET = mix((of_bank(banks.WARNET), 45), (chat_id, 30), (math_student, 15), (of_bank(banks.WRITER, "long"), 10))
WRITER = mix((of_bank(banks.WRITER, "long"), 58), (chat_id, 34), (chat_en, 8))
TEACHER = mix((of_bank(banks.TEACHER, "long"), 55), (math_student, 15), (chat_id, 20), (topic_school, 10))
MALAY = mix((chat_my, 58), (lambda r: (P.wrap(r, P.MY_WRAP, pick_mix(r, MATH_MIX)[1]), "math"), 27),
            (lambda r: (pick_mix(r, CODE_MIX)[1], "code"), 15))
ENGLISH = mix((chat_en, 66), (lambda r: (pick_mix(r, CODE_MIX)[1], "code"), 22),
              (lambda r: (P.wrap(r, P.EN_WRAP, pick_mix(r, MATH_MIX)[1]), "math"), 12))
DIASPORA = mix((chat_en, 40), (chat_id, 35), (of_bank(banks.OFFICE), 15), (code_id, 10))
CURIOUS = mix((launch_probe, 35), (chat_id, 35), (math_student, 12), (code_id, 10), (chat_en, 8))


def arena_or_chat(r: random.Random) -> str:
    return pick(r, "arena") if r.random() < 0.5 else pick_mix(r, CHAT_MIX_NO_NQ)[1]
