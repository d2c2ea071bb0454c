"""Templated work traffic: game NPC dialogue, Christmas marketing copy, support replies,
app system prompts, public-sector drafting, translation. Invented names throughout."""

from __future__ import annotations

import random

from .randutil import fill, pick

NPC_SYSTEMS = [
    "You are the dialogue engine for 'Kaamos Chronicles', a dark Nordic fantasy RPG set in a land where the sun does "
    "not rise for two months. Stay strictly in character. Never mention being an AI. Keep replies to at most two "
    "sentences, use simple words suitable for localisation, and never reveal quest solutions. Characters speak with "
    "restraint; humour is dry. If the player is rude, the character becomes colder but stays polite.",
    "You write barks and short replies for NPCs in 'Mökki Life', a cosy cottage-life simulator. Tone: warm, gentle, "
    "a little funny. Max 25 words. No violence, no brand names, no real people. Output only the line of dialogue.",
    "You are the NPC voice system for 'Orbital Harbor', a sci-fi trading game on a space station above Jupiter. Each "
    "NPC has a faction (Dockers, Syndicate, Authority). Reply in character in one or two sentences. Never break the "
    "fourth wall. Use the station slang: 'juice' for fuel, 'clamps' for docking.",
    "You generate in-character lines for 'Skaldborn Tactics', a turn-based Viking strategy game. Lines are spoken by "
    "units and villagers. Maximum two sentences, period-flavoured but readable English, no modern idioms.",
    "You are the commentary writer for 'Rink Manager 27', an ice-hockey management game. Write one punchy line of "
    "commentary or a short player quote for the situation given. No real player or team names.",
]
NPC_NAMES = ["Väinö the Smith", "Old Marjatta", "Captain Sigrid", "Ilmari", "Kalle the Innkeeper", "Aino", "Brother Tove",
             "Dock Chief Oksa", "Inspector Lind", "Runa", "Bjarke", "Grandma Helmi", "Coach Rautio", "Sister Elin"]
NPC_ROLES = ["blacksmith", "innkeeper", "guard", "merchant", "witch", "fisherman", "bard", "dock worker", "smuggler", "coach", "neighbour"]
NPC_MOODS = ["cheerful", "suspicious", "drunk", "grieving", "angry", "sleepy", "scared", "proud", "bored"]
NPC_PLACES = ["the frozen harbour", "the village square", "the ice caves", "the tavern", "the northern watchtower",
              "the sauna by the lake", "docking ring C", "the locker room", "the market hall"]
PLAYER_LINES = ["Have you seen a wolf around here?", "I need a sword, cheap.", "What happened to the lighthouse keeper?",
                "Can I sleep here tonight?", "Tell me about the northern lights.", "Who rules this town?",
                "Any work for me?", "Why is everyone so quiet today?", "I found this strange coin.", "We lost 5-1. Thoughts?",
                "Where can I buy fuel?", "Is the ice safe to cross?", "Do you need help with the harvest?"]
NPC_USER = ["NPC: {name} ({role}, mood: {mood})\nLocation: {place}\nPlayer: \"{line}\"\nWrite the NPC's reply.",
            "[speaker={name}][role={role}][mood={mood}][loc={place}]\nplayer_line: {line}\nreply:"]


def npc_line(rng: random.Random, style: int) -> str:
    return fill(rng, NPC_USER[style % len(NPC_USER)], name=NPC_NAMES, role=NPC_ROLES, mood=NPC_MOODS, place=NPC_PLACES, line=PLAYER_LINES)


BRANDS = ["Kuusi Coffee Roasters", "Polar Knitworks", "Saaristo Sauna Co.", "Baltic Amber House", "Hygge Home",
          "Vilnius Chocolate Lab", "Fjord Outdoor", "Talvi Skincare", "Gdańsk Gingerbread", "Riga Linen Studio"]
PRODUCTS = ["gift box", "wool socks", "advent calendar", "scented candle", "sauna honey", "winter jacket", "gingerbread set",
            "linen tablecloth", "hot chocolate mix", "gift card"]
CHANNELS = ["Instagram captions", "Facebook ad texts", "newsletter subject lines", "TikTok hooks", "Google Ads headlines", "SMS offers"]
TONES = ["playful", "warm and nostalgic", "premium", "cheeky", "calm Nordic minimalism"]
MKT_LANGS = ["Finnish", "Swedish", "English", "Estonian", "Polish", "Norwegian", "Latvian", "Lithuanian", "Danish"]
MARKETING = [
    "Write {n} {channel} for {brand}'s Christmas campaign. Product: {product}. Tone: {tone}. Language: {lang}. Include a call to action and at most 2 emojis.",
    "Brand: {brand}\nCampaign: Christmas 2026\nDeliverable: {n} x {channel}\nProduct: {product}\nTone of voice: {tone}\nLanguage: {lang}\n---\nWrite the copy.",
    "Kirjoita {n} kpl {channel} -tekstejä joulukampanjaan. Brändi: {brand}. Tuote: {product}. Sävy: {tone}. Kieli: {lang}.",
]


def marketing(rng: random.Random, style: int) -> str:
    return fill(rng, MARKETING[style % len(MARKETING)], n=["3", "5", "5", "10"], channel=CHANNELS, brand=BRANDS,
                product=PRODUCTS, tone=TONES, lang=MKT_LANGS)


SUPPORT_SYSTEM = ("You are drafting replies for customer-support agents of a Nordic parcel and e-commerce service. Follow "
                  "the tone guide: friendly, concise, apologise once, never promise refunds (say 'I have forwarded this to "
                  "our billing team'), never ask for full card numbers, sign off as 'Customer Care'. Reply in the "
                  "customer's language. Output only the reply text.")
SUPPORT_MSGS = {
    "en": ["My parcel {trk} hasn't arrived, it's been {d} days.", "I was charged twice for order {ord}.",
           "How do I change my delivery address?", "The app crashes when I open my basket.", "I want to cancel my subscription."],
    "lt": ["Mano siunta {trk} dar neatvyko, praėjo {d} dienos.", "Už užsakymą {ord} buvau apmokestintas du kartus."],
    "lv": ["Mans sūtījums {trk} vēl nav pienācis, pagājušas {d} dienas.", "Par pasūtījumu {ord} nauda noņemta divreiz."],
    "ru": ["Моя посылка {trk} ещё не пришла, прошло {d} дней.", "С меня дважды списали деньги за заказ {ord}."],
    "fi": ["Pakettini {trk} ei ole vieläkään tullut, odottanut {d} päivää.", "Tilauksesta {ord} veloitettiin kahdesti."],
    "sv": ["Mitt paket {trk} har inte kommit, det har gått {d} dagar.", "Jag blev debiterad två gånger för order {ord}."],
    "pl": ["Moja paczka {trk} nie dotarła, minęło {d} dni.", "Za zamówienie {ord} pobrano opłatę dwa razy."],
    "et": ["Minu pakk {trk} pole ikka kohale jõudnud, möödas {d} päeva."],
}
SUPPORT_USER = "Ticket #{tk}\nCustomer language: {lang}\nCustomer message: {msg}\nAgent note: {note}\nDraft the reply."
AGENT_NOTES = ["parcel stuck at Kaunas hub", "duplicate charge confirmed", "first contact", "VIP customer",
               "second follow-up", "address change possible until dispatch", "known app bug, fix in next release"]


def support(rng: random.Random) -> str:
    lang = pick(rng, ["en", "en", "lt", "lv", "ru", "fi", "sv", "pl", "et"])
    msg = fill(rng, pick(rng, SUPPORT_MSGS[lang]), trk="NP" + str(rng.randrange(10**9, 10**10)),
               d=str(rng.randrange(3, 15)), ord=str(rng.randrange(100000, 999999)))
    return fill(rng, SUPPORT_USER, tk=str(rng.randrange(1000000, 9999999)), lang=lang, msg=msg, note=AGENT_NOTES)


APPS = {  # name: (system prompt, user style, cloud, country, end-user profile)
    "tutor": ("You are Keelekaaslane, a friendly language tutor inside a mobile app. Answer the learner's question about "
              "vocabulary or grammar, give one example sentence, and end with a short practice question. Keep it under "
              "120 words.", "nq", "AWS eu-north-1", "EE", "evening"),
    "homework": ("You are Läksyapu, a patient homework helper for pupils aged 10-16. Explain step by step, in the "
                 "language of the question, and check understanding at the end. Never just give the final answer "
                 "without the steps.", "task", "UpCloud Helsinki", "FI", "student"),
    "recipes": ("You are Kokkehjelp, a cooking assistant. Suggest recipes with metric units, note allergens, and keep "
                "instructions numbered.", "holiday", "GCP europe-north1", "NO", "evening"),
    "contracts": ("You summarise contracts for small businesses. Output: 1) parties, 2) obligations, 3) deadlines, "
                  "4) risks. Plain language. Do not give legal advice.", "doc", "Microsoft Azure", "SE", "office"),
    "shopbot": ("You are the shopping assistant of an online electronics store. Answer product and delivery questions "
                "briefly; if unsure, offer to connect a human agent.", "nq", "OVH", "PL", "consumer"),
    "travel": ("You are a travel planner. Given a city and preferences, propose a realistic one-day plan with times, "
               "walking distances and indoor options for winter weather.", "instruct", "Hetzner Falkenstein", "DK", "consumer"),
    "writer": ("You are a writing assistant. Improve the user's text while preserving meaning. Return only the "
               "improved text.", "instruct", "AWS us-east-1", "US-E", "office"),
}

PUBLIC = {
    "fi": ["Tiivistä seuraava päätösluonnos selkokielelle:\n\n{doc}", "Laadi vastausluonnos kansalaisen kysymykseen: {q}",
           "Käännä ruotsiksi: {doc}", "Tee muistiosta kolmen kohdan tiivistelmä johtoryhmälle:\n\n{doc}"],
    "sv": ["Sammanfatta följande remissvar:\n\n{doc}", "Skriv ett utkast till svar på medborgarens fråga: {q}"],
}
PUBLIC_DOC = ["Hankinta koskee kunnan tietojärjestelmän ylläpitoa vuosina 2027-2029.", "Avustusta myönnetään enintään 50 % hyväksyttävistä kustannuksista.",
              "Hakemukset on jätettävä viimeistään 31.1.2027.", "Päätökseen voi hakea muutosta 30 päivän kuluessa tiedoksisaannista.",
              "Palvelun saatavuutta parannetaan lisäämällä etäasiointia.", "Tietosuojavaikutusten arviointi on tehty ennen käyttöönottoa."]
PUBLIC_Q = ["Miten haen asumistukea?", "Milloin päätös tulee?", "Voinko asioida ruotsiksi?", "Hur ansöker jag om bidrag?", "Mihin muutoksenhaku lähetetään?"]


def public(rng: random.Random, lang: str) -> str:
    doc = " ".join(rng.sample(PUBLIC_DOC, rng.randrange(2, 5)))
    return fill(rng, pick(rng, PUBLIC[lang]), doc=doc, q=PUBLIC_Q)


TRANSLATE = ["Translate the following text into {lang}. Keep the formatting and do not add comments.\n\n{chunk}",
             "Käännä seuraava teksti kielelle {lang}. Säilytä muotoilu.\n\n{chunk}",
             "Översätt följande text till {lang}. Behåll formateringen.\n\n{chunk}",
             "Translate to {lang} (formal register, keep terminology consistent):\n\n{chunk}"]


def chunks(text: str, size: int = 900) -> list[str]:
    paras = [p for p in text.replace("\r", "").split("\n") if p.strip()]
    out, cur = [], ""
    for p in paras:
        if cur and len(cur) + len(p) > size:
            out.append(cur)
            cur = ""
        cur = (cur + "\n" + p) if cur else p
    if cur:
        out.append(cur)
    return out[:12] or [text[:size]]


VIBES = ["How many letter r's are in the word 'strawberry'? Think carefully.", "Which is bigger, 9.11 or 9.9? Explain.",
         "A bat and a ball cost 1.10 euros in total. The bat costs 1.00 euro more than the ball. How much is the ball?",
         "Prove that the square root of 2 is irrational.", "How many Tuesdays are there in 2027? Show your reasoning.",
         "Is 2026 a prime number? Reason it out.", "What day of the week was 1 January 1900? Think step by step.",
         "Write a Python function that checks whether a number is prime, then argue why it is correct.",
         "I have 3 apples, eat one, buy two more and give half away. How many are left? Explain your reasoning.",
         "Solve the Monty Hall problem and explain it to a sceptical friend.",
         "Can you reason through the Zebra puzzle? Who owns the fish?",
         "Mikä on Suomen pisin joki? Perustele.", "Hur många primtal finns det under 100? Visa hur du räknar.",
         "Design a strategy for the 100 prisoners and a light bulb puzzle.", "Count the number of words in your answer to this question."]
