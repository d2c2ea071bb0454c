"""Products built on the API: consumer apps with one system prompt for all their end users, SMS
gateways for feature phones, agency client bots, bootcamp and hackathon prompts, agent frameworks."""
from __future__ import annotations

import json
import random

from . import lang as L
from .prompts import Corpus, casual, student_math

TUTOR_SYS = ("You are PassMate, a patient mathematics tutor for secondary school students in Nigeria, Ghana and Kenya "
             "preparing for WAEC, NECO, JAMB, BECE and KCSE. Always explain the solution step by step, show every line "
             "of working, name the formula you use, and end with 'Final answer:'. If the student writes in Pidgin, "
             "Swahili, Yoruba or Hausa, reply in simple English and add a one-line summary in their language. "
             "Never just give the answer without the working.")
FARM_SYS = ("Wewe ni ShambaBot, msaidizi wa kilimo kwa wakulima wadogo Kenya, Tanzania na Uganda. You are ShambaBot, an "
            "agricultural extension assistant. Answer in the language of the question (Swahili or English), in under 150 "
            "words, with practical steps a smallholder can afford. Recommend only products registered with PCPB/TPRI. "
            "If a question is about a human or animal health emergency, tell the user to call the nearest extension "
            "officer or vet.")
SUPPORT_SYS = ("You are Ada, the customer support assistant for Kobo, a Nigerian digital bank. Be warm and brief. You can "
               "explain transfers, card issues, airtime purchase, loan repayments and account limits. Never ask for a PIN, "
               "OTP or password. For failed transfers older than 24 hours, tell the customer a dispute has been opened and "
               "give the reference format KB-XXXXXX. Reply in the customer's language (English or Pidgin).")
DEVOTION_SYS = ("You are Grace Daily, a Christian devotional companion. Give a Bible verse (NKJV), a short reflection of "
                "at most 120 words and a one-sentence prayer. Be encouraging, non-denominational and respectful of "
                "Pentecostal, Catholic and Anglican readers. Do not give medical, legal or financial advice.")
HEALTH_SYS = ("You are AfyaLine, a health information assistant for Kenya and Uganda. You do not diagnose. Ask at most two "
              "clarifying questions, list danger signs that need a clinic today, and suggest home care only when safe. "
              "Always add: 'In an emergency call 999 or 112.' Reply in Swahili or English to match the user.")
PRODUCT_SYS = ("You write product listings for Sokoni Market, an online marketplace in Nigeria. Given a product title and "
               "attributes, write a 60-90 word description, 5 bullet points and 8 search tags. Use Nigerian English, "
               "prices in naira, no exaggerated claims.")
COMMERCE_SYS = ("You are the WhatsApp shop assistant for the seller described below. Answer customer questions about "
                "stock, prices, delivery and payment via M-Pesa Till or bank transfer. Keep replies under 60 words and "
                "friendly. Seller profile: {shop}")
LEGAL_SYS = ("You are Lexi, a plain-language legal information assistant for South Africa. Explain the law generally "
             "(CCMA, Rental Housing Act, Consumer Protection Act, maintenance), never give legal advice for a specific "
             "case, and suggest Legal Aid SA when someone cannot afford a lawyer. Reply in English or Afrikaans.")
STUDY_SYS = ("You are StudyBuddy, a homework helper inside a mobile app for university and secondary students. Give "
             "short, correct answers with a brief explanation. Refuse to write full assignments for submission.")
SMS_SYS = ("You answer questions sent by SMS from basic phones. Reply in the language of the question in at most 300 "
           "characters, plain text, no markdown, no links.")

_CROPS = L.SLOTS["crop"]
_FARM = ("Mahindi yangu yana majani ya manjano, nifanye nini?", "What fertilizer for {crop} at planting?",
         "Funza wa jeshi (fall armyworm) wameshambulia {crop}, dawa gani?", "Bei ya {crop} itapanda lini?",
         "How much lime per acre for acidic soil in Kisii?", "Ng'ombe wangu hatoi maziwa mengi, chakula gani kinasaidia?",
         "When should I plant {crop} for the short rains?", "Nyanya zangu zinaoza kabla ya kuiva, ni ugonjwa gani?",
         "How do I store {crop} so weevils don't eat it?", "Kuku wangu wanakufa, dalili ni kuharisha kijani",
         "Is it worth buying certified {crop} seed or use my own?", "Dawa ya asili ya kuua wadudu kwenye sukuma wiki?")
_SUPPORT = ("I sent {amt} to wrong account number, how do I get it back?", "abeg my transfer don pend since yesterday",
            "Why is my card declined on Netflix?", "How do I increase my daily transfer limit?",
            "I bought airtime of {amt} but it didn't come", "how to repay my loan before due date",
            "una don debit me twice for the same POS transaction", "Can I open a dollar account?",
            "I forgot my transaction PIN", "Why did you charge me stamp duty?", "my account is restricted, why?",
            "Happy new year! Do you people work today?", "how do I get my account statement for visa application")
_DEVOTION = ("Give me a verse for the new year", "Devotional for crossover night", "Verse about God's faithfulness in 2026",
             "I'm anxious about January, encourage me", "Prayer for my family as we enter 2027",
             "Explain Psalm 23 verse {v}", "Verse for someone who lost their job", "Devotion for New Year's Day morning",
             "Scripture on new beginnings", "What does Isaiah 43:19 mean?", "Prayer for travelling mercies back to Lagos")
_HEALTH = ("Mtoto ana homa na anatapika tangu jana", "I have headache and joint pains for 3 days, is it malaria?",
           "Shinikizo la damu 160/100 ni hatari?", "My baby has diarrhoea, what should I give her?",
           "Nina kikohozi cha wiki mbili", "Is it safe to take paracetamol with alcohol on new year?",
           "What are signs of dehydration in elderly?", "Mama mjamzito ana kuvimba miguu")
_ITEMS = ("Men's leather sandals, size 40-45, brown", "Rechargeable standing fan 16 inch", "Non-stick pot set, 5 pieces",
          "Ankara wrap dress, sizes 8-16", "Solar power bank 20000mAh", "Gas cooker 2 burner with oven",
          "Infinix Hot 40i 128GB", "Baby diapers size 3 pack of 60", "Ladies bone straight wig 24 inch",
          "Office chair with headrest", "Bluetooth speaker waterproof", "Rice 50kg parboiled", "Men's agbada set")
_SHOPS = ("Wanjiku Fashions, Nairobi CBD, dresses and mitumba jackets", "Baraka Electronics, Mombasa, phones and accessories",
          "Mama Pima Cakes, Kisumu, custom cakes", "Kilimani Fresh, Nairobi, vegetables and fruit delivery",
          "Shiko Beauty, Thika, wigs and skincare", "Boda Parts Hub, Eldoret, motorbike spare parts")
_SHOPQ = ("Mnauza size 42?", "how much delivery to Westlands?", "Do you have the red one?", "Mko open leo new year?",
          "Naweza lipa na Till?", "bei ya mwisho?", "Is the price negotiable", "when will you restock?",
          "Nitaletewa lini nikiorder sasa?", "do you deliver to Ruiru")
_LEGAL = ("My landlord wants to evict me in January, what are my rights?", "Can my employer not pay my December bonus?",
          "How do I apply for maintenance from my child's father?", "Wat is my regte as 'n huurder?",
          "How do I take my employer to the CCMA?", "Can a shop refuse to refund a faulty phone?")


def app_prompt(c: Corpus, rng: random.Random, kind: str, lang: str) -> tuple[str, str]:
    """End-user message for an app. Returns (prompt, answer kind)."""
    if kind == "tutor":
        src = c.gsm8k if rng.random() < .55 else c.svamp if rng.random() < .5 else c.math
        return student_math(rng, rng.choice(src), lang), "math"
    if kind == "farm":
        return L.fill(rng, rng.choice(_FARM)), "support"
    if kind == "support":
        return rng.choice(_SUPPORT).replace("{amt}", rng.choice(("N5,000", "N20,000", "N150,000", "N1,500"))), "support"
    if kind == "devotion":
        return rng.choice(_DEVOTION).replace("{v}", str(rng.randint(1, 6))), "greet"
    if kind == "health":
        return rng.choice(_HEALTH), "support"
    if kind == "product":
        return f"Title: {rng.choice(_ITEMS)}\nPrice: N{rng.randint(3, 400) * 500:,}\nCondition: {rng.choice(('new', 'new', 'UK used'))}", "desc"
    if kind == "commerce":
        return rng.choice(_SHOPQ), "short"
    if kind == "legal":
        return rng.choice(_LEGAL), "chat"
    if kind == "sms":
        q = rng.choice(c.nq).lower()
        return (q if rng.random() < .6 else L.ask(rng, lang, q))[:300], "sms"
    t = rng.random()
    if t < .4:
        return casual(rng, rng.choice(c.nq)), "short"
    if t < .7:
        return rng.choice(c.selfi), "chat"
    return student_math(rng, rng.choice(c.gsm8k + c.math[:1500]), lang), "math"


# ---------------------------------------------------------------- agency clients
_BIZ = ("pharmacy", "private school", "real estate agency", "microfinance bank", "logistics company", "hotel",
        "fashion retailer", "hospital outpatient desk", "church", "car dealership", "insurance broker", "gym",
        "restaurant chain", "travel agency", "solar installer", "SACCO", "recruitment firm", "telecom reseller")
_TONE = ("warm and professional", "short and friendly", "formal", "upbeat, uses emojis sparingly", "calm and reassuring")
_CITY = ("Lagos", "Abuja", "Nairobi", "Kigali", "Accra", "Kampala", "Johannesburg", "Dar es Salaam", "Lusaka", "Douala")


def client_bot(rng: random.Random) -> tuple[str, str]:
    """(system prompt, business) for one agency client project."""
    biz, city = rng.choice(_BIZ), rng.choice(_CITY)
    name = rng.choice(("Zuri", "Amani", "Tola", "Kofi", "Imani", "Nia", "Sade", "Baraka", "Thandi", "Ayo")) + \
        rng.choice(("", " Care", " Plus", " Connect", " Hub", " Direct"))
    sysp = (f"You are {name}, the virtual assistant of a {biz} in {city}. Your tone is {rng.choice(_TONE)}. "
            f"Answer questions about services, opening hours, prices and bookings using the FAQ below. If you do not know, "
            f"offer to connect the customer to a human agent on WhatsApp. Never invent prices.\n\nFAQ:\n"
            + "\n".join(f"- Q{i + 1}: {rng.choice(('Opening hours', 'Location', 'Payment options', 'Delivery', 'Refunds', 'Booking', 'Fees'))}"
                        f" -> {rng.choice(('Mon-Sat 8am-6pm', 'We accept M-Pesa, MoMo, card and transfer', 'Within 48 hours', 'See branch list', 'Call 0700 000 000'))}"
                        for i in range(rng.randint(4, 9))))
    return sysp, biz


def client_user(c: Corpus, rng: random.Random, biz: str) -> tuple[str, str]:
    r = rng.random()
    if r < .55:
        return rng.choice(("What are your opening hours on new year's day?", "Do you have a branch near " + rng.choice(("Ikeja", "Westlands", "Kimironko", "East Legon", "Sandton", "Ntinda")) + "?",
                                        "How much does it cost?", "Can I pay with mobile money?", "I want to book for Monday",
                                        "hello", "Are you open today?", "I need to speak to a person",
                                        f"What services does your {biz} offer?", "How long is delivery?")), "support"
    if r < .8:
        return casual(rng, rng.choice(c.nq)), "short"
    return rng.choice(c.selfi), "chat"


# ---------------------------------------------------------------- agent frameworks
def agent_system(rng: random.Random, name: str, tools: list[str]) -> str:
    schema = [{"type": "function", "function": {"name": t.split("(")[0], "description": f"{t.split('(')[0].replace('_', ' ')} tool",
                                                 "parameters": {"type": "object", "properties": {a.strip(): {"type": "string"} for a in t[t.index('(') + 1:-1].split(',') if a.strip()}}}}
              for t in tools]
    return (f"You are {name}, an autonomous assistant. Use the tools when needed. Think before each action. When the task "
            f"is complete, reply with FINAL: and a summary.\nTools:\n{json.dumps(schema, indent=1)}\n"
            f"Rules: never delete data without confirmation; prefer read-only actions; cite file paths.")


BOOTCAMP_SYS = ("You are the course tutor for {camp} Software Engineering Cohort {n}. Students are beginners. Do not hand "
                "out full solutions to graded exercises; give hints, explain concepts and review code. Use Python unless "
                "the student asks otherwise. Keep answers under 300 words.")
HACK_SYS = ("You are the assistant inside {app}, an app our team is building at the New Year Build hackathon. {pitch} "
            "Be concise. Respond in JSON when the user message starts with /json.")
HACK_PITCH = ("It helps market women track credit sales by voice note.", "It helps farmers get weather-based planting advice.",
              "It matches commuters to matatu routes and fares.", "It explains electricity token top-ups and load-shedding times.",
              "It turns WhatsApp voice notes into invoices.", "It helps students practise JAMB questions.",
              "It helps clinics triage patients by SMS.", "It translates bank messages into Yoruba and Hausa.",
              "It helps landlords and tenants track rent in M-Pesa.", "It recommends jollof spots nearby with reviews.")
