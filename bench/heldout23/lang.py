"""Languages of the world: wrappers that ask for help with some content, the way people here
actually write (code-switching with English is the norm), and everyday prompts written in each
language for the holiday: greetings, crossover night, cooking, money in "Januworry", business.

Keys: en, en_ng, en_gh, en_ke, en_za (English as written locally), pcm (Nigerian/Ghanaian/Cameroonian
Pidgin), yo (Yoruba), ha (Hausa), ig (Igbo), sw (Swahili), sheng (Nairobi Sheng), am (Amharic),
fr (French), ar (Arabic), af (Afrikaans), zu (Zulu), tw (Twi), rw (Kinyarwanda).
"""
from __future__ import annotations

import random

NAMES = {"en": "English", "pcm": "Nigerian Pidgin", "yo": "Yoruba", "ha": "Hausa", "ig": "Igbo", "sw": "Swahili",
         "sheng": "Sheng", "am": "Amharic", "fr": "French", "ar": "Arabic", "af": "Afrikaans", "zu": "isiZulu",
         "tw": "Twi", "rw": "Kinyarwanda"}

ASK = {
    "en": ("{x}", "Can you help me with this? {x}", "{x}\n\nPlease explain.", "Question: {x}"),
    "en_ng": ("{x}", "Please help me with this: {x}", "Kindly assist with the below.\n\n{x}",
              "{x}\nPls explain well, I don't understand it", "Good evening. {x}"),
    "en_gh": ("{x}", "Please help me answer this: {x}", "{x}\nPlease explain it for me paa."),
    "en_ke": ("{x}", "Kindly help with this: {x}", "{x}\nPlease explain, asante."),
    "en_za": ("{x}", "Please help with this: {x}", "{x}\nCan you explain this lekker simple please"),
    "pcm": ("Abeg help me answer this question: {x}", "{x}\n\nAbeg explain am step by step, I no too understand am.",
            "Wetin be the answer for this one? {x}", "Oga abeg help me small: {x}", "{x}\nBreak am down make I understand abeg"),
    "yo": ("Ẹ jọ̀ọ́, ẹ ràn mí lọ́wọ́ pẹ̀lú ìbéèrè yìí: {x}", "{x}\n\nṢàlàyé rẹ̀ fún mi ní ìgbésẹ̀ ní ìgbésẹ̀.",
           "Kí ni ìdáhùn sí èyí? {x}", "Abeg ẹ ṣàlàyé eléyìí fún mi: {x}"),
    "ha": ("Don Allah ka taimaka min da wannan tambaya: {x}", "{x}\n\nKa yi min bayani mataki-mataki.",
           "Menene amsar wannan? {x}", "Ina bukatar taimako: {x}"),
    "ig": ("Biko nyere m aka na ajụjụ a: {x}", "{x}\n\nKọwaa ya nke ọma nzọụkwụ nzọụkwụ.", "Gịnị bụ azịza ya? {x}"),
    "sw": ("Tafadhali nisaidie kujibu swali hili: {x}", "{x}\n\nNaomba unieleze hatua kwa hatua.",
           "Swali: {x}\nJibu kwa Kiswahili tafadhali.", "Nieleweshe hili: {x}"),
    "sheng": ("Niaje, nisaidie hii swali fiti: {x}", "{x}\nNieleze poa step by step bana", "Maze hii iko aje? {x}"),
    "am": ("እባክህ ይህንን ጥያቄ እንድመልስ እርዳኝ፡ {x}", "{x}\n\nደረጃ በደረጃ አብራራልኝ።", "የዚህ መልስ ምንድን ነው? {x}",
           "በአማርኛ አስረዳኝ፡ {x}"),
    "fr": ("Aide-moi à résoudre ceci s'il te plaît : {x}", "{x}\n\nExplique-moi étape par étape.",
           "Peux-tu m'expliquer ceci : {x}", "Réponds en français : {x}", "Bonsoir, {x}"),
    "ar": ("من فضلك ساعدني في حل هذا السؤال: {x}", "{x}\n\nاشرح لي الحل خطوة بخطوة.", "ما هو الجواب الصحيح؟ {x}"),
    "af": ("Help my asseblief met hierdie vraag: {x}", "{x}\n\nVerduidelik asseblief stap vir stap.",
           "Wat is die antwoord hierop? {x}"),
    "zu": ("Ngicela ungisize ngalo mbuzo: {x}", "{x}\n\nNgicela uchaze isinyathelo ngesinyathelo.",
           "Yini impendulo yalokhu? {x}", "Sawubona, please help: {x}"),
    "tw": ("Mepa wo kyɛw, boa me wɔ asɛm yi ho: {x}", "{x}\n\nKyerɛkyerɛ mu ma me nkakrankakra."),
    "rw": ("Mfasha gusubiza iki kibazo: {x}", "{x}\n\nNsobanurira intambwe ku yindi.", "Igisubizo ni ikihe? {x}"),
}

FOLLOW = {
    "en": ("make it shorter", "thanks! can you make it more formal?", "explain that part again more simply",
           "now write one for my mum", "add some emojis", "what about if I have less money?", "continue",
           "can you give me another example", "ok but why?", "translate it to {lang}"),
    "pcm": ("abeg make am short", "e make sense, add small joke inside", "abeg explain that second part again",
            "do another one for my mama", "thank you jare, now do am for my oga"),
    "sw": ("ifupishe kidogo", "asante, sasa iandike kwa Kiingereza", "nieleze tena sehemu ya pili",
           "nipe mfano mwingine", "sawa, na kama sina pesa nyingi?"),
    "sheng": ("iko poa, ifupishe", "sasa ongeza emojis", "nipe ingine fiti zaidi"),
    "fr": ("plus court s'il te plaît", "merci, maintenant en anglais", "explique encore la deuxième partie",
           "donne-moi un autre exemple"),
    "ar": ("اختصرها من فضلك", "شكراً، والآن بالإنجليزية", "أعطني مثالاً آخر"),
    "am": ("አሳጥረው እባክህ", "አመሰግናለሁ፣ አሁን በእንግሊዝኛ ጻፈው", "ሌላ ምሳሌ ስጠኝ"),
    "yo": ("jọ̀ọ́ ṣe é ní kúkúrú", "ẹ ṣé, ní báyìí kọ ọ́ ní èdè Gẹ̀ẹ́sì"),
    "ha": ("ka takaita shi", "na gode, yanzu rubuta shi da Turanci"),
    "zu": ("yenze ibe mfushane", "ngiyabonga, manje yibhale ngesiNgisi"),
    "af": ("maak dit korter asseblief", "dankie, nou in Engels"),
}

SLOTS = {
    "product": ("ankara fabrics", "human hair wigs", "perfume oils", "sneakers", "phone accessories", "birthday cakes",
                "shawarma", "thrift clothes", "skincare", "solar lamps", "chin chin", "small chops", "kitenge dresses",
                "mitumba jackets", "braai packs", "gele and aso-oke", "phone repairs", "smoothies"),
    "crop": ("maize", "beans", "cassava", "tomatoes", "avocado", "coffee", "sukuma wiki", "onions", "rice", "yam"),
    "biz": ("POS agent business", "mitumba stall", "chapati kiosk", "bakery", "barbershop", "solar panel reselling",
            "poultry farm", "fish farming", "laundry service", "printing and photocopy shop", "boda boda delivery"),
    "job": ("nurse", "teacher", "accountant", "software developer", "driver", "sales representative", "bank teller",
            "data analyst", "customer service agent", "pharmacist", "NYSC corps member", "civil engineer"),
    "n": ("10", "15", "20", "25", "30", "40", "50"),
    "money": ("20,000", "50,000", "100,000", "5,000", "200,000", "1,500"),
    "who": ("my girlfriend", "my boyfriend", "my customers", "my church members", "my staff", "my parents",
            "my WhatsApp contacts", "my classmates", "my wife", "my husband", "my landlord", "my team"),
    "food": ("jollof rice", "fried rice and chicken", "pilau", "nyama choma", "waakye", "egusi soup", "ugali and sukuma",
             "chapati", "bunny chow", "pap and wors", "doro wat", "thieboudienne", "attiéké poisson", "ndolé"),
}

NATIVE = {
    "en": ("Write a happy new year message for {who}", "Give me 10 new year resolutions for a {job}",
           "What's a realistic budget plan for January after all the December spending?",
           "Write a short toast for our family new year's eve dinner", "How do I cook {food} for {n} people?",
           "Suggest fun things to do on new year's day with kids that don't cost much",
           "Write a caption for my new year's eve outfit post", "Write a LinkedIn post reflecting on my 2026",
           "How do I keep food fresh in the fridge during a long power cut?", "Plan a 7 day workout for January",
           "Help me write a CV summary for a {job} job", "How can I start a {biz} in 2027 with small capital?",
           "What are good side hustles for a {job}?", "Write a poem about new beginnings",
           "Write a message to thank {who} for supporting me this year"),
    "pcm": ("Abeg write correct New Year message wey I fit send to {who} for WhatsApp",
            "Wetin I fit cook for crossover night for {n} people wey no go cost too much?",
            "How I go take plan my salary for January make e no finish before month end?",
            "Abeg give me 10 prayer points for crossover service", "Write short caption for my {product} business, new year promo dey start tomorrow",
            "Light don go since afternoon, how I fit take keep my freezer food make e no spoil?",
            "Which one better between Tecno and Infinix phone for {money} naira?",
            "Help me write message to my landlord say I go pay rent end of January",
            "Abeg explain wetin be crypto P2P make I understand am well", "How I fit start {biz} with {money} naira?",
            "Write one funny poem about Januworry", "My customer no pay me since December, how I go take remind am politely?"),
    "yo": ("Kọ ìkíni ọdún tuntun fún {who}", "Báwo ni mo ṣe lè se ọbẹ̀ ẹ̀gúsí tó dùn fún èèyàn {n}?",
           "Kọ àdúrà kúkúrú fún ọdún 2027", "Ṣàlàyé ìtumọ̀ òwe yìí: Ìwà l'ẹwà", "Fún mi ní orúkọ Yorùbá mẹ́wàá fún ọmọbìnrin àti ìtumọ̀ wọn",
           "Báwo ni mo ṣe lè bẹ̀rẹ̀ {biz} ní Èkó?", "Kọ oríkì kúkúrú fún ìyá mi"),
    "ha": ("Rubuta min sakon barka da sabuwar shekara ga {who}", "Yaya zan fara {biz} a Kano da jari kadan?",
           "Ka bani shawarwari game da noman {crop} a lokacin rani", "Rubuta min takaitaccen huduba ta ranar Juma'a game da godiya",
           "Menene amfanin zakka ga al'umma?", "Fassara wannan zuwa Turanci: Ina son koyon kwamfuta",
           "Yaya ake dafa tuwo da miyan kuka?"),
    "ig": ("Dee m ozi ekele afọ ọhụrụ maka {who}", "Kedu ka m ga-esi bido {biz}?", "Kọwaa m ihe ilu a pụtara: Onye aghala nwanne ya",
           "Kedu ka e si esi ofe onugbu?"),
    "sw": ("Niandikie ujumbe wa heri ya mwaka mpya kwa {who}", "Ni mbolea gani inafaa kwa {crop} msimu huu?",
           "Nipe mpango wa biashara ndogo ya {biz} kwa mtaji wa shilingi {money}", "Nawezaje kuokoa pesa mwezi Januari baada ya sikukuu?",
           "Eleza tofauti kati ya M-Pesa na akaunti ya benki kwa mfanyabiashara mdogo", "Niandikie shairi fupi kuhusu mwaka mpya",
           "Jinsi ya kupika pilau ya nyama kwa watu {n}", "Nisaidie kuandika barua ya kuomba kazi ya {job}",
           "Mtoto wangu ana homa tangu jana, nifanye nini?", "Ni dalili gani za ugonjwa wa mnyauko kwenye {crop}?"),
    "sheng": ("Niaje, nataka kuanza {biz} January, nipe plan poa", "Maze nisaidie kuandika caption ya {product} kwa IG",
              "Nipe ideas za kuenjoy new year bila kuharibu doh mingi", "Nikuaje na budget ya January, salo imeisha",
              "Andika message ya new year kwa {who} iwe fiti"),
    "am": ("ለገና በዓል ለቤተሰቤ የእንኳን አደረሳችሁ መልእክት ጻፍልኝ", "የትንሽ ንግድ እቅድ እንዴት እጽፋለሁ?", "ስለ አድዋ ድል አጭር ታሪክ ንገረኝ",
           "የእንግሊዝኛ ቋንቋ ችሎታዬን እንዴት ማሻሻል እችላለሁ?", "ለዩኒቨርሲቲ መግቢያ ፈተና እንዴት ልዘጋጅ?", "ዶሮ ወጥ እንዴት ይሰራል?",
           "ለ{job} ስራ የሚሆን የስራ ማመልከቻ ደብዳቤ ጻፍልኝ", "ቡና ቤት ለመክፈት ምን ያስፈልጋል?"),
    "fr": ("Écris un message de vœux pour la nouvelle année 2027 à {who}", "Comment préparer un bon poulet DG pour le réveillon ?",
           "Donne-moi des idées de résolutions pour 2027", "Rédige une lettre de motivation pour un poste de {job}",
           "Comment économiser de l'argent en janvier après les fêtes ?", "Explique-moi le fonctionnement de Mobile Money pour un petit commerce",
           "Écris un court poème sur la Saint-Sylvestre", "Quels sont les symptômes du paludisme chez l'enfant ?",
           "Comment lancer un petit commerce de {product} à Abidjan ?", "Traduis en anglais : Bonne et heureuse année à toute la famille"),
    "ar": ("اكتب لي تهنئة بمناسبة العام الجديد لأصدقائي", "اكتب خطبة جمعة قصيرة عن شكر النعم",
           "كيف أبدأ مشروعاً صغيراً برأس مال قليل؟", "اشرح لي معنى آية الكرسي باختصار",
           "ما هي أفضل طريقة لتعلم البرمجة من الهاتف؟", "ساعدني في كتابة سيرة ذاتية لوظيفة محاسب",
           "كيف أحافظ على الطعام عند انقطاع الكهرباء لفترة طويلة؟"),
    "af": ("Skryf vir my 'n nuwejaarsboodskap vir my familie", "Gee my 'n lekker resep vir 'n braai vir {n} mense",
           "Hoe kan ek geld spaar in Januarie?", "Skryf 'n kort gedig oor die nuwe jaar",
           "Wat is die beste manier om met loadshedding klaar te kom?", "Help my met 'n CV vir 'n pos as {job}"),
    "zu": ("Ngibhalele umlayezo wonyaka omusha emndenini wami", "Ngingaqala kanjani ibhizinisi elincane lokudayisa {product}?",
           "Eish, loadshedding again, ngicela ungiphe ama-tips okonga ugesi", "Ngisize ngibhale i-CV yomsebenzi we-{job}",
           "Ngiphe izinqumo zonyaka omusha ezinhlanu"),
    "tw": ("Kyerɛw afehyia pa nkrasɛm ma m'abusua", "Ɛdeɛn na mɛtumi ayɛ de anya sika wɔ January?", "Sɛ mɛnoa {food} a, mɛyɛ no sɛn?"),
    "rw": ("Nyandikira ubutumwa bwo kwifuriza umwaka mushya muhire umuryango wanjye", "Nigute natangiza ubucuruzi buto i Kigali?",
           "Mpa inama zo kuzigama amafaranga muri Mutarama"),
}
_LOCAL_EN = {"en_ng": ("Suggest a Detty December itinerary in Lagos for a friend visiting from London",
                       "Write a crossover night programme for our church youth fellowship",
                       "How do I price my {product} for January when customers have no money?",
                       "Write a message to my NYSC platoon wishing them happy new year"),
             "en_gh": ("Plan a Detty December weekend in Accra on a budget", "Write a watch night service announcement for our church"),
             "en_ke": ("Plan a new year trip from Nairobi to Diani on a budget", "How do I file my KRA returns early in January?",
                       "Write a chama meeting agenda for January"),
             "en_za": ("Plan a braai for new year's day for {n} people", "What's the best way to budget when January feels 60 days long?",
                       "Write a message for our stokvel group for the new year")}


def fill(rng: random.Random, t: str) -> str:
    while "{" in t:
        i = t.index("{")
        j = t.index("}", i)
        key = t[i + 1:j]
        if key == "lang":
            val = rng.choice(("Yoruba", "Swahili", "French", "Hausa", "Zulu", "Amharic", "Pidgin"))
        else:
            val = rng.choice(SLOTS.get(key, (key,)))
        t = t[:i] + val + t[j + 1:]
    return t


def base(lang: str) -> str:
    return "en" if lang.startswith("en") else lang


def native(rng: random.Random, lang: str) -> str:
    opts = NATIVE.get(base(lang), NATIVE["en"])
    if lang in _LOCAL_EN and rng.random() < 0.35:
        opts = _LOCAL_EN[lang]
    return fill(rng, rng.choice(opts))


def ask(rng: random.Random, lang: str, x: str) -> str:
    return rng.choice(ASK.get(lang, ASK["en"])).replace("{x}", x)


def follow(rng: random.Random, lang: str) -> str:
    b = base(lang) if rng.random() < .5 else "en"  # follow-ups switch to English half the time
    return fill(rng, rng.choice(FOLLOW.get(b, FOLLOW["en"])))
