"""Hand-written wrappers, system prompts and short non-English prompts."""
from __future__ import annotations

import random

STUDENT_EN = ["{q}", "{q}\n\nCan you explain step by step?", "how do i solve this: {q}",
              "{q} show the solution pls", "Please help me understand this problem. {q}",
              "{q}\nI got a different answer, can you walk me through it?", "homework help: {q}"]
STUDENT_TL = ["Pa-explain po step by step: {q}", "Paano po i-solve ito? {q}", "{q}\n\npaki-explain naman po bakit ganun yung sagot",
              "pa help po sa assignment namin, {q}", "{q} ano po sagot dito? salamat po", "Hi! Di ko gets to: {q}"]
STUDENT_ID = ["Tolong jelaskan langkah demi langkah: {q}", "Bagaimana cara menyelesaikan soal ini? {q}",
              "Kak, minta tolong bantu PR ini ya: {q}", "{q}\n\njawabannya berapa dan kenapa?"]
STUDENT_VI = ["Giải giúp mình bài này với: {q}", "{q}\n\nGiải thích chi tiết cách làm giúp mình nhé",
              "Bài này làm sao vậy ạ? {q}", "Cho mình hỏi bài tập: {q}"]

TUTOR_SYS = ("You are a patient math tutor for Filipino senior high school and college students. Explain each step "
             "clearly, use simple English, and end with 'Final answer:' on its own line.")
EDTECH_SYS = ("You are Aral, a homework helper for students in the Philippines. Never just give the answer: guide "
              "the learner step by step, check understanding, and keep explanations under 250 words. If the student "
              "writes in Tagalog or Taglish, reply in the same style.")
REMIT_SYS = ("You are the support assistant of PadalaNow, a remittance app. Answer questions about transfer fees, "
             "cash-out partners (Cebuana, M Lhuillier, GCash), exchange rates and account verification. Never ask for "
             "OTPs or passwords. If unsure, hand off to a human agent.")
SHOP_SYS = ("You are ListingPro, a copywriter for Shopee and Lazada sellers. Produce a product title under 120 "
            "characters, 5 benefit-led bullet points and 8 search tags. Match the requested language.")
BPO_SYS = {
    "northstar": ("You are AgentAssist, the internal assistant for Northstar Contact Solutions agents supporting US "
                  "telecom and healthcare clients. Be concise and empathetic, follow the client tone guide, never promise "
                  "refunds or credits, and never repeat customer PII. Suggest the next best action when relevant."),
    "cebu": ("You are OpsHelper for Visayas Back-Office Services. Help processors with claims, invoices and data entry "
             "for US insurance clients. Answer in short bullet points and flag anything that needs QA review."),
    "meridian": ("You are Meridian Assist, an internal knowledge tool for Meridian Global Outsourcing staff. Answer "
                 "questions thoroughly and show your working so that trainees can learn from the response."),
}
EVAL_TEMPLATES = {
    "gsm8k": "Question: {q}\nLet's think step by step. At the end, write 'The answer is <number>'.",
    "math": "Problem:\n{q}\n\nSolve the problem. Put your final answer within \\boxed{{}}.",
    "humaneval": "Complete the following Python function. Return only code.\n\n{q}",
    "mbpp": "You are an expert Python programmer, and here is your task: {q}\n[BEGIN]\n",
    "svamp": "Q: {q}\nA: Let's think step by step.",
}
AGENT_SYS = ("You are a coding agent with tools: read_file(path), write_file(path, content), run_tests(cmd), "
             "search_docs(query). Think before acting. Reply with one JSON tool call per turn, or FINAL when done.")

CUSTOMER_ISSUES = [
    "was charged twice for the {m} bill", "wants to cancel the {p} plan without a fee", "says the claim for {m} is still pending",
    "cannot log in after the password reset", "is asking why data roaming was billed in {m}",
    "wants a supervisor because the technician missed the appointment", "is disputing a late fee on the {m} statement",
    "needs the EOB explained for a visit in {m}", "reports that the router keeps dropping every evening",
    "wants to add a line to the {p} plan", "is upset about hold times and threatens to switch carriers"]
BPO_ASKS = ["Customer {i}. Draft a short empathetic reply.", "Customer {i}. What should I say next?",
            "Summarize for the ticket notes: customer {i}.", "Rephrase more politely: 'I can't do anything about that, sir.' (customer {i})",
            "Customer {i}. Which troubleshooting steps first?"]
MONTHS = ["June", "July", "August", "September"]
PLANS = ["Unlimited Plus", "Family 4", "Basic 5GB", "Gold PPO", "Silver HMO"]

CHAT_TL = ["Ano ang magandang ulam na mabilis lutuin para sa hapunan?", "Paano mag-apply ng NBI clearance online?",
           "gawa mo ako ng caption para sa birthday ni mama", "Pwede mo ba i-summarize itong email para sa boss ko?",
           "ano ang pinagkaiba ng SSS at Pag-IBIG loan", "Tips para sa job interview sa BPO bukas, kinakabahan ako",
           "Gumawa ka ng maikling tula tungkol sa ulan sa Maynila", "paano magtipid sa kuryente ngayong tag-init",
           "Ano ang requirements sa pagkuha ng passport sa DFA?", "translate mo naman to sa English: Salamat sa tulong mo kahapon"]
CHAT_ID = ["Resep rendang yang mudah untuk pemula?", "Bagaimana cara membuat surat lamaran kerja yang baik?",
           "Tolong buatkan caption Instagram untuk jualan kopi", "Apa perbedaan BPJS Kesehatan kelas 1 dan 2?",
           "Rekomendasi tempat wisata di Bandung untuk keluarga", "Tolong ringkas artikel ini jadi 3 poin",
           "Bagaimana cara mengurus SIM online?", "Buatkan jadwal belajar untuk UTBK dua bulan"]
CHAT_VI = ["Cách nấu phở bò tại nhà đơn giản?", "Viết giúp mình email xin nghỉ phép", "So sánh iPhone 16 và Samsung S25",
           "Gợi ý quà sinh nhật cho mẹ dưới 500k", "Làm sao để học tiếng Anh giao tiếp nhanh?",
           "Tóm tắt giúp mình đoạn văn này", "Viết caption bán hàng online cho áo thun", "Lịch trình du lịch Đà Lạt 3 ngày 2 đêm"]
TRANSLATE = {"tl": ["Translate to Tagalog: {q}", "Isalin sa Filipino, natural ang tono: {q}", "Tagalog version please, casual: {q}"],
             "id": ["Terjemahkan ke Bahasa Indonesia: {q}", "Translate to Bahasa Indonesia (formal): {q}"],
             "vi": ["Dịch sang tiếng Việt: {q}", "Translate into Vietnamese, keep the formatting: {q}"],
             "en": ["Translate to English: {q}", "Please proofread and translate to natural English: {q}"]}

PRODUCTS = {"cat": ["phone case", "bluetooth earbuds", "rice cooker", "electric fan", "face serum", "sling bag", "LED strip",
                    "kids' school shoes", "dried mango pack", "power bank", "instant noodles bundle", "yoga mat", "batik shirt"],
            "attr": ["waterproof", "20000mAh", "1.8L non-stick", "with free shipping", "COD available", "local stock Manila",
                     "original with warranty", "halal certified", "pack of 3", "for iPhone 16", "unisex"],
            "color": ["black", "white", "pink", "navy", "sage green", "beige"]}
LISTING = ["Write a {lang} Shopee listing for: {p}.", "Lazada product title + 5 bullets ({lang}) for {p}",
           "Product description, {lang}, for {p}. Include sizes and care instructions.", "Make a catchy {lang} listing: {p}"]
LANGS = {"ph": ["English", "Taglish"], "id": ["Bahasa Indonesia"], "vi": ["Vietnamese"], "my": ["English", "Bahasa Melayu"]}


def product(r: random.Random) -> str:
    return f"{r.choice(PRODUCTS['color'])} {r.choice(PRODUCTS['cat'])}, {r.choice(PRODUCTS['attr'])}, {r.choice(PRODUCTS['attr'])}"


def customer_issue(r: random.Random) -> str:
    i = r.choice(CUSTOMER_ISSUES).format(m=r.choice(MONTHS), p=r.choice(PLANS))
    return r.choice(BPO_ASKS).format(i=i)


def tool_result(r: random.Random, step: int) -> str:
    kind = r.choice(["run_tests", "search_docs", "read_file"])
    if kind == "run_tests":
        body = f'{{"passed": {r.randint(0, 12)}, "failed": {r.randint(0, 4)}, "stderr": "AssertionError at line {r.randint(3, 80)}"}}'
    elif kind == "search_docs":
        body = f'{{"hits": [{{"title": "API reference section {r.randint(1, 40)}", "score": {r.random():.2f}}}]}}'
    else:
        body = f'{{"path": "src/module_{r.randint(1, 9)}.py", "lines": {r.randint(20, 400)}, "truncated": true}}'
    return f"[step {step}] Tool result ({kind}): {body}"
