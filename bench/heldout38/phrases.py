"""Hand-written phrasing that wraps corpus prompts: Indonesian (formal and casual/slang),
Malay, English, and Javanese/Sundanese touches. {q} is the corpus text."""
from __future__ import annotations

import random

ID_CASUAL_MATH = (
    "kak tolong bantu jawab soal ini dong pake cara ya 🙏\n\n{q}",
    "{q}\n\ncaranya gimana ya? besok utbk 😭",
    "bang ini gmn caranya\n{q}",
    "{q}\n\njelasin step by step ya, aku lemah di matematika",
    "soal tryout nih, bingung bgt\n\n{q}",
    "bantuin dong, udah 30 menit ga ketemu jawabannya: {q}",
    "{q} jawabannya berapa? sama caranya",
    "gw ga ngerti soal ini sumpah\n{q}",
    "Tolong kerjakan soal berikut beserta langkah-langkahnya:\n{q}",
    "ini soal PK (penalaran kuantitatif) kak, gimana cara cepetnya?\n\n{q}",
    "{q}\n\npake cara yang gampang dipahami anak sma ya",
    "pliss bantu, latihan snbt\n{q}",
    "{q}\n(tolong jawab pake bahasa indonesia)",
    "min ini dapetnya gimana ya {q}",
    "cek jawaban aku dong, aku dapet hasil beda sama kunci: {q}",
)
ID_FORMAL = (
    "Mohon bantu jelaskan penyelesaian soal berikut secara runtut.\n\n{q}",
    "Selamat malam. Saya ingin bertanya mengenai soal ini:\n{q}",
    "Bagaimana cara menyelesaikan permasalahan berikut?\n\n{q}",
    "Jelaskan jawaban dari pertanyaan berikut dengan bahasa yang mudah dipahami.\n\n{q}",
    "Tolong bantu saya. {q}",
    "{q}\n\nMohon jawab dalam Bahasa Indonesia.",
    "Saya sedang belajar untuk ujian. Bisakah Anda menjelaskan soal ini?\n\n{q}",
)
JV_SU = (
    "mas, tulung iki piye carane\n{q}",
    "{q}\n\nbantu yo lur, ra mudeng blas",
    "punten kak, ieu kumaha ngerjakeunnana?\n{q}",
    "{q}\n\nhatur nuhun sateuacanna 🙏",
    "kak njaluk tulung, soal e angel: {q}",
)
MY_WRAP = (
    "Boleh tolong terangkan cara selesaikan soalan ni?\n\n{q}",
    "Tolong jawab soalan berikut dengan langkah-langkah:\n{q}",
    "macam mana nak buat soalan ni ek\n{q}",
    "{q}\n\nterangkan dalam bahasa melayu ya",
    "Saya tak faham soalan ni, boleh bantu? {q}",
    "{q}\n\njawapan dengan jalan kerja sekali please",
    "bro tolong check jawapan aku betul ke tak: {q}",
)
EN_WRAP = (
    "{q}",
    "Can you help me with this?\n\n{q}",
    "{q}\n\nPlease explain briefly.",
    "Quick question: {q}",
    "I'm stuck on this one:\n{q}",
    "{q}\n\nShow your working please.",
)
ID_CHAT = (
    "{q}",
    "{q}",
    "tolong bantu ya: {q}",
    "Bisa bantu saya? {q}",
    "{q}\n\nJawab pakai bahasa Indonesia ya",
    "{q} (jawab dalam bahasa indonesia, singkat aja)",
    "halo, {q}",
    "{q}\n\nmakasih sebelumnya",
)
MY_CHAT = (
    "{q}",
    "Boleh tolong? {q}",
    "{q}\n\njawab dalam bahasa melayu",
    "hi, {q}",
)
CODE_WRAP_ID = (
    "{q}",
    "{q}\n\ntolong jelasin juga kodenya baris per baris",
    "lagi ngerjain tugas pemrograman, bantu dong:\n\n{q}",
    "{q}\n\npakai python ya",
    "Buatkan solusi untuk soal berikut dan jelaskan kompleksitasnya.\n\n{q}",
    "praktikum alpro, stuck di sini:\n{q}",
)
FOLLOW_ID = (
    "makasih kak 🙏", "kok bisa gitu? langkah ke-2 aku kurang paham", "oke lanjut soal berikutnya",
    "bisa pake cara cepet ga?", "jadi jawabannya yang mana? A B C D atau E", "hmm kayaknya salah deh, coba cek lagi",
    "jelasin lebih simpel lagi dong", "wkwk oke paham", "kalau angkanya diganti 12 gimana?", "siap, thanks",
    "berarti rumusnya selalu begitu ya?", "Terima kasih, sangat membantu.", "lanjut ya", "ok",
)
FOLLOW_MY = ("terima kasih!", "ok faham dah", "boleh terangkan langkah kedua?", "kalau nombor tu tukar jadi 8?",
             "mantap, next soalan")
FOLLOW_EN = ("thanks!", "can you make it shorter?", "why is step 3 like that?", "ok next one", "great, thank you")

# Chain-of-thought elicitation, strongest to mildest. Campaigns pick their own.
COT_STRONG = (
    "Uraikan seluruh proses penalaranmu secara lengkap langkah demi langkah, termasuk setiap pertimbangan, "
    "sebelum menuliskan jawaban akhir.",
    "Think step by step and write out your complete internal reasoning before giving the final answer.",
    "Tuliskan rantai pemikiran (chain of thought) secara eksplisit dan rinci, lalu berikan jawaban akhir "
    "dalam format \\boxed{}.",
    "Articulate the internal reasoning behind your answer and write it out step by step, then state the final answer.",
    "Jelaskan alasan di balik setiap langkah seolah-olah kamu sedang berpikir keras, jangan lewati langkah apa pun.",
)
COT_MILD = (
    "jelasin step by step ya",
    "pake cara lengkap ya kak, tiap langkah dijelasin",
    "Tolong sertakan langkah-langkah penyelesaiannya.",
    "tunjukin jalan pikirnya juga ya biar aku ngerti",
    "Show your reasoning.",
    "terangkan langkah demi langkah",
)


def wrap(r: random.Random, pool: tuple[str, ...], q: str) -> str:
    return pool[r.randrange(len(pool))].replace("{q}", q)


def one(r: random.Random, pool: tuple[str, ...]) -> str:
    return pool[r.randrange(len(pool))]
