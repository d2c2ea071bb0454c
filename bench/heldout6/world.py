"""Static world data for the heldout6 generator: networks, devices, clients,
languages and text templates. Everything here is written for this generator;
question text comes from /work/shared/data/prompts at run time.

Networks are real APAC-heavy autonomous systems (numbers are real; the IP
prefixes we draw for them are synthetic but stable per ASN)."""

from __future__ import annotations

# --- networks -------------------------------------------------------------
# name -> (asn, kind, country)
ASN = {
    # Japan
    "ntt_ocn": (4713, "fixed", "JP"), "kddi": (2516, "fixed", "JP"), "softbank": (17676, "fixed", "JP"),
    "docomo": (9605, "mobile", "JP"), "au_mobile": (2516, "mobile", "JP"), "rakuten_mobile": (138384, "mobile", "JP"),
    "sakura": (9370, "cloud", "JP"),
    # Korea
    "kt": (4766, "fixed", "KR"), "skb": (9318, "fixed", "KR"), "lgu": (3786, "fixed", "KR"),
    "skt_mobile": (9644, "mobile", "KR"), "kt_mobile": (4766, "mobile", "KR"),
    # Taiwan / HK / China-adjacent
    "hinet": (3462, "fixed", "TW"), "hkbn": (9269, "fixed", "HK"), "pccw": (4760, "fixed", "HK"),
    # SE Asia
    "singtel": (7473, "fixed", "SG"), "starhub": (4657, "fixed", "SG"), "m1": (17547, "mobile", "SG"),
    "telkomsel": (23693, "mobile", "ID"), "indosat": (4761, "mobile", "ID"), "biznet": (17451, "fixed", "ID"),
    "viettel": (7552, "mobile", "VN"), "vnpt": (45899, "fixed", "VN"), "fpt": (18403, "fixed", "VN"),
    "true_th": (7470, "fixed", "TH"), "ais": (45430, "mobile", "TH"),
    "globe": (4775, "mobile", "PH"), "pldt": (9299, "fixed", "PH"),
    "tm_my": (4788, "fixed", "MY"), "maxis": (9534, "mobile", "MY"),
    # India
    "jio": (55836, "mobile", "IN"), "airtel": (24560, "mobile", "IN"), "act": (24309, "fixed", "IN"),
    # Oceania
    "telstra": (1221, "fixed", "AU"), "optus": (4804, "fixed", "AU"), "tpg": (7545, "fixed", "AU"),
    # US/EU minority
    "comcast": (7922, "fixed", "US"), "dtag": (3320, "fixed", "DE"), "tmobile_us": (21928, "mobile", "US"),
    # clouds
    "aws": (16509, "cloud", "XX"), "gcp": (396982, "cloud", "XX"), "azure": (8075, "cloud", "XX"),
    "alibaba": (45102, "cloud", "XX"), "tencent": (132203, "cloud", "XX"), "huawei": (136907, "cloud", "XX"),
    "oracle": (31898, "cloud", "XX"), "do": (14061, "cloud", "XX"), "vultr": (20473, "cloud", "XX"),
    "linode": (63949, "cloud", "XX"), "naver": (23576, "cloud", "KR"),
    # research & education
    "sinet": (2907, "edu", "JP"), "kreonet": (17579, "edu", "KR"), "aarnet": (7575, "edu", "AU"),
    "ernet": (2697, "edu", "IN"), "tanet": (1659, "edu", "TW"), "singaren": (23855, "edu", "SG"),
    # commercial VPN / hosting exits
    "m247": (9009, "vpn", "XX"), "datacamp": (60068, "vpn", "XX"), "zenlayer": (21859, "vpn", "XX"),
    "cf_warp": (13335, "vpn", "XX"), "leaseweb_asia": (59253, "vpn", "XX"),
}

COUNTRY_TZ = {"JP": 9, "KR": 9, "TW": 8, "HK": 8, "SG": 8, "ID": 7, "VN": 7, "TH": 7, "PH": 8, "MY": 8,
              "IN": 5.5, "AU": 11, "US": -5, "DE": 1, "XX": 0}
COUNTRY_LOCALE = {"JP": "ja-JP", "KR": "ko-KR", "TW": "zh-TW", "HK": "zh-HK", "SG": "en-SG", "ID": "id-ID",
                  "VN": "vi-VN", "TH": "th-TH", "PH": "en-PH", "MY": "ms-MY", "IN": "en-IN", "AU": "en-AU",
                  "US": "en-US", "DE": "de-DE", "XX": "en-US"}
COUNTRY_LANG = {"JP": "ja", "KR": "ko", "TW": "zh", "HK": "zh", "SG": "en", "ID": "id", "VN": "vi", "TH": "th",
                "PH": "tl", "MY": "en", "IN": "hi", "AU": "en", "US": "en", "DE": "en", "XX": "en"}
COUNTRY_NET = {  # (fixed, mobile)
    "JP": (["ntt_ocn", "kddi", "softbank"], ["docomo", "au_mobile", "rakuten_mobile"]),
    "KR": (["kt", "skb", "lgu"], ["skt_mobile", "kt_mobile"]),
    "TW": (["hinet"], ["hinet"]), "HK": (["hkbn", "pccw"], ["pccw"]),
    "SG": (["singtel", "starhub"], ["m1", "singtel"]),
    "ID": (["biznet"], ["telkomsel", "indosat"]), "VN": (["vnpt", "fpt"], ["viettel"]),
    "TH": (["true_th"], ["ais"]), "PH": (["pldt"], ["globe"]), "MY": (["tm_my"], ["maxis"]),
    "IN": (["act", "airtel"], ["jio", "airtel"]), "AU": (["telstra", "optus", "tpg"], ["telstra", "optus"]),
    "US": (["comcast"], ["tmobile_us"]), "DE": (["dtag"], ["dtag"]),
}
# consumer customer mix (APAC-heavy)
CONSUMER_COUNTRIES = [("JP", 19), ("KR", 14), ("IN", 14), ("ID", 13), ("SG", 4), ("TW", 6), ("VN", 9), ("TH", 8),
                      ("PH", 8), ("AU", 4), ("MY", 3), ("HK", 4), ("US", 1.5), ("DE", 0.5)]

# --- device fingerprints ----------------------------------------------------
# The official SDKs and the web playground send a coarse client fingerprint:
# hash(platform, hardware model, OS major, locale, tz). Identical hardware in the
# same locale collides. Third-party clients and raw HTTP send none.
PHONES = {
    "JP": [("iPhone16,1", "iOS18", 30), ("iPhone15,2", "iOS18", 22), ("iPhone14,7", "iOS17", 12), ("SO-51D", "Android14", 5),
           ("Pixel 8", "Android15", 6), ("SH-53D", "Android14", 4)],
    "KR": [("SM-S928N", "Android14", 25), ("SM-S921N", "Android14", 18), ("iPhone16,1", "iOS18", 20), ("SM-A546S", "Android14", 10)],
    "IN": [("Redmi Note 13", "Android14", 20), ("SM-A546E", "Android14", 14), ("vivo Y36", "Android13", 12),
           ("OnePlus Nord CE3", "Android14", 10), ("iPhone15,2", "iOS18", 6)],
    "ID": [("OPPO A78", "Android13", 16), ("Redmi Note 13", "Android14", 18), ("SM-A155F", "Android14", 14), ("vivo Y36", "Android13", 10)],
    "VN": [("SM-A546E", "Android14", 14), ("OPPO A78", "Android13", 12), ("iPhone15,2", "iOS18", 12), ("Redmi Note 13", "Android14", 10)],
    "TH": [("SM-A546E", "Android14", 12), ("OPPO A78", "Android13", 12), ("iPhone15,2", "iOS18", 14), ("vivo Y36", "Android13", 8)],
    "PH": [("Redmi Note 13", "Android14", 14), ("SM-A155F", "Android14", 12), ("realme C55", "Android13", 12), ("iPhone14,7", "iOS17", 6)],
    "_": [("iPhone16,1", "iOS18", 20), ("iPhone15,2", "iOS18", 16), ("SM-S921B", "Android14", 12), ("Pixel 8", "Android15", 8)],
}
LAPTOPS = [("MacBookPro18,3", "macOS14", 18), ("Mac15,3", "macOS15", 16), ("MacBookAir10,1", "macOS14", 14),
           ("Mac14,2", "macOS15", 12), ("ThinkPad X1 Carbon Gen 11", "Windows11", 8), ("Windows-x64", "Windows11", 14),
           ("Linux-x86_64", "Ubuntu22.04", 8), ("Linux-x86_64", "Ubuntu24.04", 6)]
SERVERS = [("linux-x86_64/container", "python3.11", 30), ("linux-x86_64/container", "python3.12", 25),
           ("linux-aarch64/container", "python3.11", 10), ("linux-x86_64/container", "node20", 20),
           ("linux-x86_64/container", "node22", 10), ("linux-x86_64/vm", "python3.10", 8)]

# --- user agents -------------------------------------------------------------
UA_SDK_PY = ["orion-python/2.14.0", "orion-python/2.13.2", "orion-python/2.11.0", "openai-python/1.54.4", "openai-python/1.57.0"]
UA_SDK_JS = ["orion-node/2.6.1", "orion-node/2.5.0", "OpenAI/JS 4.73.0"]
UA_MOBILE_APP = ["OrionChat/5.12.0 (iOS 18.1)", "OrionChat/5.12.0 (Android 14)", "OrionChat/5.11.3 (Android 13)",
                 "ChatBox/1.9.3 (Android)", "NextChat/2.15", "LobeChat/1.31 (mobile)"]
UA_BROWSER = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
              "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
              "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
              "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0"]
UA_RAW = ["python-requests/2.32.3", "python-httpx/0.27.2", "aiohttp/3.10.10", "curl/8.5.0", "Go-http-client/2.0", "okhttp/4.12.0"]
UA_FRAMEWORK = ["langchain-openai/0.2.9 openai-python/1.54.4", "Dify/0.12.1", "llama-index/0.12.2 orion-python/2.13.2",
                "autogen/0.4.0 openai-python/1.57.0", "crewai/0.80.0"]

MODELS_OLD = ["orion-2-pro", "orion-2-flash"]
MODEL_NEW = "orion-3-pro"
MODEL_EMBED = "orion-embed-1"

# --- languages: consumer chat prompts I wrote for this world ------------------
LANG_TEMPLATES = {
    "ja": ["{t}について簡単に教えてください。", "{t}のメリットとデメリットを比較してください。", "明日の会議のアジェンダを作ってください。テーマは{t}です。",
           "次の文章をもっと丁寧な日本語に直してください：{s}", "{t}に関するブログ記事のタイトル案を10個ください", "子供にも分かるように{t}を説明して",
           "この英文を自然な日本語に訳して：{s}", "{t}の勉強方法でおすすめは？"],
    "ko": ["{t}에 대해 쉽게 설명해 주세요.", "{t}의 장단점을 비교해 줘", "다음 문장을 자연스러운 한국어로 번역해 줘: {s}", "{t} 관련 발표 자료 목차 만들어 줘",
           "회사 동료에게 보낼 {t} 관련 이메일 초안 써 줘", "{t} 공부하는 방법 추천해 줘", "이 내용 세 줄로 요약해 줘: {s}"],
    "zh": ["請用簡單的方式解釋{t}。", "幫我比較{t}的優點和缺點", "把這段翻成中文：{s}", "幫我寫一封關於{t}的電子郵件", "{t}有哪些常見的誤解？", "請幫我總結：{s}"],
    "id": ["Tolong jelaskan {t} dengan bahasa yang sederhana.", "Apa kelebihan dan kekurangan {t}?", "Terjemahkan ke Bahasa Indonesia: {s}",
           "Buatkan caption Instagram tentang {t}", "Bantu saya menulis email ke atasan tentang {t}", "Ringkas teks ini: {s}"],
    "vi": ["Giải thích {t} một cách dễ hiểu giúp mình.", "So sánh ưu và nhược điểm của {t}", "Dịch sang tiếng Việt: {s}", "Viết giúp mình một bài đăng Facebook về {t}",
           "Tóm tắt đoạn sau: {s}"],
    "th": ["ช่วยอธิบายเรื่อง{t}แบบเข้าใจง่าย", "ข้อดีข้อเสียของ{t}คืออะไร", "แปลเป็นภาษาไทยให้หน่อย: {s}", "ช่วยเขียนโพสต์เกี่ยวกับ{t}", "สรุปข้อความนี้ให้หน่อย: {s}"],
    "tl": ["Paki-explain naman ang {t} in simple terms.", "Ano ang pros and cons ng {t}?", "Pa-translate sa Tagalog: {s}", "Gawan mo ako ng caption tungkol sa {t}"],
    "hi": ["{t} ke baare mein simple language mein samjhao", "{t} ke fayde aur nuksaan kya hain?", "Is text ko Hindi mein translate karo: {s}",
           "{t} par ek chhota sa essay likho", "Mujhe {t} ke liye ek plan banao"],
    "en": ["Explain {t} like I'm new to it.", "Pros and cons of {t}?", "Summarize this: {s}", "Write a short LinkedIn post about {t}", "Give me 5 ideas related to {t}"],
}
TOPICS = {
    "ja": ["NISA", "ふるさと納税", "生成AI", "転職活動", "確定申告", "円安", "睡眠の質", "英語学習", "京都旅行", "在宅勤務"],
    "ko": ["청약", "주식 투자", "이직 준비", "토익 공부", "다이어트", "전세 계약", "생성형 AI", "제주도 여행", "연말정산"],
    "zh": ["ETF投資", "租屋", "AI工具", "轉職", "健身", "日本自由行", "量子電腦"],
    "id": ["investasi reksa dana", "UMKM", "belajar coding", "diet sehat", "mudik", "kripto", "AI generatif"],
    "vi": ["đầu tư chứng khoán", "học tiếng Anh", "khởi nghiệp", "giảm cân", "du lịch Đà Nẵng", "AI tạo sinh"],
    "th": ["การลงทุน", "การเรียนภาษาอังกฤษ", "ท่องเที่ยวเชียงใหม่", "การออกกำลังกาย", "ปัญญาประดิษฐ์"],
    "tl": ["BPO career", "freelancing", "ipon tips", "remote work", "Boracay trip"],
    "hi": ["UPSC preparation", "mutual funds", "startup idea", "cricket fitness", "resume writing", "GST filing"],
    "en": ["index funds", "remote work", "learning Rust", "meal prep", "sleep hygiene", "home espresso"],
}

# --- reasoning wrappers used by campaign "polyglot_relay" (mine) ----------------
POLY_WRAP = {
    "id": ["Selesaikan soal berikut langkah demi langkah dan jelaskan alasan di setiap langkah dalam Bahasa Indonesia.\n\n{q}",
           "Soal:\n{q}\n\nTuliskan proses berpikirmu secara lengkap sebelum memberikan jawaban akhir.",
           "Bantu saya memahami soal ini. Uraikan penalarannya tahap demi tahap, lalu tulis jawabannya.\n{q}",
           "{q}\n\nJawab dalam Bahasa Indonesia. Tunjukkan semua langkah perhitungan dan alasannya."],
    "vi": ["Hãy giải bài sau từng bước một và giải thích lý do của mỗi bước bằng tiếng Việt.\n\n{q}",
           "Đề bài:\n{q}\n\nTrình bày đầy đủ quá trình suy luận trước khi đưa ra đáp án cuối cùng.",
           "{q}\n\nTrả lời bằng tiếng Việt, nêu rõ từng bước lập luận."],
    "th": ["ช่วยแก้โจทย์ต่อไปนี้ทีละขั้นตอน และอธิบายเหตุผลของแต่ละขั้นเป็นภาษาไทย\n\n{q}",
           "โจทย์:\n{q}\n\nเขียนกระบวนการคิดทั้งหมดก่อนตอบคำตอบสุดท้าย",
           "{q}\n\nตอบเป็นภาษาไทย แสดงวิธีคิดทุกขั้นตอน"],
    "tl": ["Lutasin ang sumusunod nang hakbang-hakbang at ipaliwanag ang bawat hakbang sa Filipino.\n\n{q}",
           "Problema:\n{q}\n\nIsulat ang buong pangangatwiran bago ang huling sagot.",
           "{q}\n\nSagutin sa Filipino at ipakita ang bawat hakbang ng solusyon."],
    "ko": ["다음 문제를 단계별로 풀고, 각 단계의 이유를 한국어로 자세히 설명해 주세요.\n\n{q}",
           "문제:\n{q}\n\n최종 답을 쓰기 전에 생각의 과정을 빠짐없이 적어 주세요.",
           "{q}\n\n한국어로 답하고 풀이 과정을 모두 보여 주세요."],
    "hi": ["Is sawaal ko step by step solve karo aur har step ka reason Hinglish mein samjhao.\n\n{q}",
           "Question:\n{q}\n\nFinal answer se pehle poora thought process likho.",
           "{q}\n\nHar step detail mein explain karo, shortcut mat lena."],
    "ja": ["次の問題を段階的に解き、各ステップの理由を日本語で詳しく説明してください。\n\n{q}",
           "問題：\n{q}\n\n最終的な答えの前に、考えの過程をすべて書き出してください。",
           "{q}\n\n日本語で回答し、途中式と考え方を省略せずに示してください。"],
}
