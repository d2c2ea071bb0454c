"""Static world tables for heldout9: time zones, networks, clients, texts.

Standard library only. Nothing here depends on the run seed except through the
`rng` passed in, so the IP -> ASN layout is the same for every seed.
"""
from __future__ import annotations

import base64
import codecs
import json
import math
import os
import random

PROMPT_DIR = os.environ.get("H9_PROMPTS", "/work/shared/data/prompts")

# Window: Sunday 2026-03-01 00:00 UTC. No daylight-saving change inside it.
START_MS = 1772323200000
DAY_MS = 86_400_000
HOUR_MS = 3_600_000
# Model release: Monday 2026-03-02 02:00 UTC = 11:00 Tokyo/Seoul, 13:00 Sydney,
# 09:00 Jakarta/Hanoi, 05:00 Istanbul, 03:00 Warsaw.
RELEASE_MS = START_MS + 26 * HOUR_MS

# name -> UTC offset in hours (fixed for the window)
TZ = {
    "Europe/Istanbul": 3, "Europe/Warsaw": 1, "Europe/Kyiv": 2, "Europe/Bucharest": 2,
    "Asia/Ho_Chi_Minh": 7, "Asia/Jakarta": 7, "Asia/Bangkok": 7, "Asia/Manila": 8,
    "Asia/Tokyo": 9, "Asia/Seoul": 9, "Australia/Sydney": 11, "Australia/Perth": 8,
}

# country -> (tz choices, residential ASNs, mobile carrier ASNs, language)
COUNTRY = {
    "TR": (["Europe/Istanbul"], [9121, 34984, 47331], [16135, 15924, 20978], "tr"),
    "PL": (["Europe/Warsaw"], [5617, 12741, 29314], [12912, 39603], "pl"),
    "UA": (["Europe/Kyiv"], [6849, 13188, 21497], [15895, 25229], "uk"),
    "RO": (["Europe/Bucharest"], [8708, 9050], [48283], "ro"),
    "VN": (["Asia/Ho_Chi_Minh"], [45899, 18403], [7552, 45543], "vi"),
    "ID": (["Asia/Jakarta"], [7713, 17451, 23700], [23693, 4761, 24203], "id"),
    "TH": (["Asia/Bangkok"], [7470, 45758], [133481, 132061], "th"),
    "PH": (["Asia/Manila"], [9299, 9658], [132199, 139831], "tl"),
    "JP": (["Asia/Tokyo"], [4713, 2516, 17676], [2527, 9605], "ja"),
    "KR": (["Asia/Seoul"], [4766, 9318, 3786], [17858, 9644], "ko"),
    "AU": (["Australia/Sydney", "Australia/Sydney", "Australia/Perth"], [1221, 4804, 7545], [4804, 1221, 133612], "en"),
}
# weight of each country among ordinary users
COUNTRY_W = {"TR": 16, "PL": 10, "UA": 7, "RO": 5, "VN": 11, "ID": 13, "TH": 6, "PH": 6, "JP": 10, "KR": 8, "AU": 8}

HOSTING = {  # cloud / hosting ASNs
    "aws": 16509, "gcp": 396982, "azure": 8075, "hetzner": 24940, "ovh": 16276, "do": 14061,
    "vultr": 20473, "radore": 42926, "turhost": 197328, "sakura": 9370, "naver": 23576,
    "kt_cloud": 152379, "linode": 63949, "idcloudhost": 136052, "viettel_idc": 131429,
}
UNIVERSITY = {"ulaknet": 8517}
CORP = {"corp_jp_proxy": 7506, "corp_kr_proxy": 10036, "corp_au_proxy": 7474}

_PREFIX_CACHE: dict[int, list[tuple[int, int]]] = {}


def _prefixes(asn: int) -> list[tuple[int, int]]:
    p = _PREFIX_CACHE.get(asn)
    if p is None:
        r = random.Random(f"asn-prefix:{asn}")
        p = []
        while len(p) < 3:
            a = r.randint(2, 222)
            if a in (10, 100, 127, 169, 172, 192, 198, 203):
                continue
            p.append((a, r.randint(0, 255)))
        _PREFIX_CACHE[asn] = p
    return p


def ip_in(asn: int, rng: random.Random, pfx: int | None = None) -> str:
    ps = _prefixes(asn)
    a, b = ps[pfx % len(ps)] if pfx is not None else rng.choice(ps)
    return f"{a}.{b}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


class CgnatPools:
    """Mobile carriers put many subscribers behind a few hundred public addresses."""

    def __init__(self, seed: int):
        self.r = random.Random(f"{seed}:cgnat")
        self.pools: dict[int, list[str]] = {}

    def ip(self, asn: int, rng: random.Random) -> str:
        pool = self.pools.get(asn)
        if pool is None:
            pool = [ip_in(asn, self.r, 0) for _ in range(220)]
            self.pools[asn] = pool
        return rng.choice(pool)


# ---------------------------------------------------------------- clients
SDK_UAS = ["OpenAI/Python 1.54.4", "OpenAI/Python 1.58.1", "OpenAI/JS 4.73.0", "nova-python/2.3.1",
           "nova-python/2.4.0", "nova-node/1.9.2", "langchain-nova/0.3.4", "python-httpx/0.27.2",
           "python-requests/2.32.3", "Go-http-client/2.0", "curl/8.5.0", "llama-index/0.11.20"]
BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{f}.0) Gecko/20100101 Firefox/{f}.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
]
ANDROID_MODELS = ["SM-A145F", "SM-A546E", "SM-S918B", "SM-A057F", "Redmi Note 13", "2201117TG", "CPH2591",
                  "V2231", "RMX3710", "Pixel 7", "SM-M146B", "TECNO KI5q", "Infinix X6831", "SM-G991B"]
HUAWEI_MODELS = ["ELS-NX9", "NOH-NX9", "JAD-LX9", "ALN-L29", "BNE-LX1", "CTR-LX1"]
IOS_MODELS = ["iPhone14,5", "iPhone15,2", "iPhone13,2", "iPhone16,1", "iPhone12,1"]
APP_VERSIONS = ["4.12.1", "4.12.1", "4.12.0", "4.11.3", "4.11.0"]


def browser_ua(rng: random.Random) -> str:
    t = rng.choice(BROWSERS)
    return t.format(v=rng.choice([120, 121, 122, 122, 121]), f=rng.choice([122, 123]))


def hexid(rng: random.Random, n: int = 12) -> str:
    return "%0*x" % (n, rng.getrandbits(4 * n))


# ---------------------------------------------------------------- diurnal
# relative activity by local hour
PROFILES = {
    "office": [1, 1, 1, 1, 1, 2, 4, 8, 14, 18, 19, 18, 14, 17, 18, 17, 14, 10, 7, 6, 5, 4, 3, 2],
    "evening": [5, 3, 2, 1, 1, 1, 2, 4, 6, 7, 8, 9, 10, 9, 9, 10, 12, 14, 16, 18, 19, 17, 13, 8],
    "student": [9, 6, 3, 1, 1, 1, 2, 4, 7, 8, 8, 9, 10, 11, 13, 14, 15, 15, 16, 18, 19, 18, 15, 12],
    "flat": [10] * 24,
    "school_app": [2, 1, 1, 1, 1, 2, 4, 8, 11, 12, 12, 11, 10, 12, 14, 15, 16, 16, 17, 18, 17, 13, 8, 4],
}
WEEKDAY_W = {  # 0=Mon .. 6=Sun
    "office": [1, 1, 1, 1, 0.95, 0.35, 0.3], "evening": [1, 1, 1, 1, 1, 1.1, 1.15],
    "student": [1, 1, 1, 1, 0.9, 0.8, 1.05], "flat": [1] * 7, "school_app": [1, 1, 1, 1, 0.9, 0.6, 0.8],
}


def local_hour_wd(ts: int, off: float) -> tuple[int, int]:
    t = ts + int(off * HOUR_MS)
    days = t // DAY_MS
    return int((t % DAY_MS) // HOUR_MS), int((days + 3) % 7)  # 1970-01-01 was a Thursday


def sample_times(rng: random.Random, n: int, t0: int, t1: int, off: float, profile: str) -> list[int]:
    prof = PROFILES[profile]
    wdw = WEEKDAY_W[profile]
    mx = max(prof) * max(wdw)
    out = []
    tries = 0
    while len(out) < n and tries < n * 60:
        tries += 1
        t = rng.randint(t0, t1 - 1)
        h, wd = local_hour_wd(t, off)
        if rng.random() * mx < prof[h] * wdw[wd]:
            out.append(t)
    return out


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    L = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def lognorm(rng: random.Random, median: float, sigma: float, lo: int = 1, hi: int = 16000) -> int:
    return max(lo, min(hi, int(median * math.exp(rng.gauss(0, sigma)))))


def tokens(text: str | None) -> int:
    if not text:
        return 0
    na = sum(1 for c in text if ord(c) > 127)
    return max(1, int((len(text) - na) / 3.9 + na * 0.9))


# ---------------------------------------------------------------- corpora
class Corpora:
    def __init__(self):
        def load(name, cap=12000):
            out = []
            with open(os.path.join(PROMPT_DIR, name), encoding="utf-8") as f:
                for line in f:
                    t = json.loads(line)["text"]
                    out.append(t[:cap])
            return out
        self.arena = load("benign_arena_hard_prompts.jsonl")
        self.awesome = load("benign_awesome_chatgpt_prompts.jsonl", 6000)
        self.nq = load("benign_nq_open_questions.jsonl")
        self.seed_tasks = load("benign_self_instruct_seed_tasks.jsonl") + load("benign_self_instruct_user_oriented.jsonl")
        self.gsm8k = load("task_gsm8k.jsonl")
        self.math = load("task_math.jsonl")
        self.svamp = load("task_svamp.jsonl")
        self.humaneval = load("task_humaneval.jsonl")
        self.mbpp = load("task_mbpp.jsonl")


# ---------------------------------------------------------------- language snippets
COT_LANG = {
    "tr": ["Bu soruyu adım adım çöz ve her adımdaki düşünce sürecini ayrıntılı yaz:",
           "Lütfen çözümü adım adım açıkla, ara işlemleri ve akıl yürütmeni atlama.",
           "Cevap vermeden önce tüm mantık zincirini tek tek yaz:"],
    "id": ["Selesaikan soal ini langkah demi langkah dan tuliskan seluruh proses berpikirmu:",
           "Jelaskan penalaranmu secara rinci sebelum memberi jawaban akhir.",
           "Uraikan setiap langkah logika yang kamu gunakan, lalu beri jawabannya:"],
    "vi": ["Hãy giải bài này từng bước một và viết ra toàn bộ quá trình suy luận:",
           "Giải thích chi tiết lập luận của bạn trước khi đưa ra đáp án cuối cùng.",
           "Trình bày từng bước suy nghĩ, không bỏ qua bước trung gian nào:"],
    "tl": ["Lutasin ito nang hakbang-hakbang at isulat ang buong pangangatwiran mo:",
           "Ipaliwanag nang detalyado ang iyong pag-iisip bago ibigay ang sagot."],
    "pl": ["Rozwiąż to zadanie krok po kroku i opisz dokładnie swój tok rozumowania:",
           "Zanim podasz odpowiedź, wypisz wszystkie kroki rozumowania."],
    "uk": ["Розв'яжи цю задачу крок за кроком і детально опиши хід міркувань:",
           "Перш ніж дати відповідь, запиши всі проміжні кроки міркування."],
    "ja": ["この問題を段階的に解き、推論の過程をすべて書き出してください:",
           "最終的な答えの前に、考え方を一つずつ詳しく説明してください。"],
    "ko": ["이 문제를 단계별로 풀고 추론 과정을 모두 자세히 적어 주세요:",
           "최종 답을 말하기 전에 생각의 흐름을 하나하나 설명해 주세요."],
    "th": ["ช่วยแก้โจทย์นี้ทีละขั้นตอน และอธิบายเหตุผลทุกขั้นอย่างละเอียด:"],
    "ro": ["Rezolvă problema pas cu pas și scrie tot raționamentul:"],
    "en": ["Solve this step by step and write out all of your reasoning:",
           "Explain your reasoning in detail before giving the final answer."],
}
ANSWER_SUFFIX = {
    "tr": "Cevabı en sonda 'Cevap:' ile ver.", "id": "Tulis jawaban akhir setelah 'Jawaban:'.",
    "vi": "Ghi đáp án cuối cùng sau 'Đáp án:'.", "tl": "Isulat ang huling sagot pagkatapos ng 'Sagot:'.",
    "pl": "Odpowiedź końcową podaj po 'Odpowiedź:'.", "uk": "Остаточну відповідь дай після 'Відповідь:'.",
    "ja": "最後に「答え:」の後に答えを書いてください。", "ko": "마지막에 '정답:' 뒤에 답을 적어 주세요.",
    "th": "เขียนคำตอบสุดท้ายหลัง 'คำตอบ:'", "ro": "Scrie răspunsul final după 'Răspuns:'.",
    "en": "Give the final answer after 'Answer:'.",
}
# casual student phrasings (benign homework)
STUDENT_ASK = {
    "tr": ["bu soruyu anlamadım yardım eder misin", "hocam bu nasıl çözülüyor", "adım adım anlatır mısın lütfen", "şunu çözer misin"],
    "id": ["kak ini gimana cara ngerjainnya", "tolong jelasin step by step ya", "bantu jawab dong", "aku ga ngerti soal ini"],
    "vi": ["giải giúp em bài này với ạ", "giải thích từng bước giúp em", "bài này làm sao vậy", "em không hiểu bài này"],
    "tl": ["pa help po dito", "paano po ito sagutan step by step", "di ko gets to"],
    "pl": ["pomoże ktoś z tym zadaniem", "jak to rozwiązać krok po kroku", "nie rozumiem tego zadania"],
    "uk": ["допоможіть з задачею", "поясни як це розв'язати", "не розумію цю задачу"],
    "ja": ["この問題の解き方を教えて", "途中式も教えてください", "これわからない"],
    "ko": ["이 문제 어떻게 풀어요", "풀이 과정 알려주세요", "이거 모르겠어요"],
    "th": ["ช่วยอธิบายข้อนี้หน่อย", "ข้อนี้ทำยังไงคะ"],
    "ro": ["cum se rezolva asta", "ma ajutati cu problema asta"],
    "en": ["can you explain this step by step", "help me with this homework question", "how do i solve this", "show working pls"],
}
CHAT_CASUAL = {
    "tr": ["merhaba", "bunu türkçe açıklar mısın", "daha kısa yaz", "teşekkürler, bir örnek daha ver"],
    "id": ["halo", "jelaskan dalam bahasa indonesia", "buat lebih singkat", "makasih, kasih contoh lain"],
    "vi": ["xin chào", "viết ngắn hơn", "dịch sang tiếng việt giúp mình", "cảm ơn, cho thêm ví dụ"],
    "ja": ["日本語で説明して", "もっと短くして", "ありがとう、別の例もお願い"],
    "ko": ["한국어로 설명해줘", "더 짧게 써줘", "고마워, 다른 예시도"],
    "pl": ["wyjaśnij po polsku", "krócej proszę", "dzięki, daj inny przykład"],
    "uk": ["поясни українською", "коротше будь ласка"],
    "en": ["thanks, can you make it shorter", "another example please", "ok but explain like I'm five", "hmm that didn't work"],
}
for _k in ("tl", "th", "ro"):
    CHAT_CASUAL[_k] = CHAT_CASUAL["en"]


def encode_obfuscated(text: str, rng: random.Random) -> tuple[str, str]:
    """(method, encoded text)"""
    m = rng.choice(["b64", "b64", "rot13", "hex", "spaced", "reverse"])
    if m == "b64":
        return m, base64.b64encode(text.encode()).decode()
    if m == "rot13":
        return m, codecs.encode(text, "rot13")
    if m == "hex":
        return m, text.encode()[:700].hex()
    if m == "spaced":
        return m, " ".join(text)
    return m, " ".join(reversed(text.split()))


OBF_INSTR = {
    "b64": ["The text below is base64. Decode it, then solve the task, reasoning step by step and showing every intermediate result.",
            "decode (b64) and answer with full reasoning:",
            "Base64 payload follows. 1) decode 2) think through the solution step by step 3) final answer on last line."],
    "rot13": ["This is ROT13. Decode it first, then work through the problem step by step.",
              "rot13 -> plain text -> solve, explain each step:"],
    "hex": ["Hex-encoded UTF-8 below. Decode and solve it; write out your reasoning in full.",
            "decode this hex then answer, showing your chain of reasoning:"],
    "spaced": ["Letters are separated by spaces. Read the question and solve it step by step.",
               "(spaced text) solve with detailed reasoning:"],
    "reverse": ["The words below are in reverse order. Restore the question, then solve it step by step.",
                "reversed word order. fix it and answer with reasoning:"],
}
