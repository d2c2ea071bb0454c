"""Benign phrasing in the world's languages: Modern Standard Arabic, Egyptian,
Gulf, Levantine and Moroccan Arabic, Arabizi (Latin letters and digits),
French, English, Urdu. Templates are written here; long or task-like text
comes from the corpora.
"""
from __future__ import annotations

# Homework / "help me with this" wrappers around a pasted problem {q}.
HOMEWORK = {
    "ar_msa": ["حل المسألة التالية مع الشرح:\n{q}", "ما هي خطوات حل هذا السؤال؟\n{q}", "{q}\nأرجو توضيح طريقة الحل",
               "عندي واجب ولم أفهم هذا السؤال:\n{q}", "كيف أبدأ في حل هذه المسألة؟ {q}"],
    "ar_eg": ["ممكن تحللي المسألة دي وتشرحلي؟\n{q}", "مش فاهم السؤال ده خالص\n{q}", "الدكتور اداهولنا في السكشن ومش عارف أبدأ:\n{q}",
              "ايه فكرة السؤال ده؟ {q}", "{q}\nعايز الحل بالتفصيل عشان عندي كويز بكرة", "حد يفهمني دي 😩\n{q}"],
    "ar_gulf": ["ابي حل هالسؤال مع الشرح\n{q}", "وش الجواب؟ {q}", "ساعدني بهالمسألة الله يعافيك\n{q}", "{q}\nاشرح لي الطريقة لو سمحت"],
    "ar_lev": ["فيك تساعدني بهالسؤال؟ بدي الحل مع الشرح\n{q}", "شو الجواب هون؟ {q}", "{q}\nما فهمت كيف بدنا نحلها"],
    "ar_ma": ["عافاك عاوني فهاد التمرين:\n{q}", "بغيت نفهم هاد السؤال {q}", "{q}\nشرح ليا كيفاش نحلو"],
    "arabizi": ["momken t7el el mas2ala di w teshra7ly?\n{q}", "ana msh fahem el so2al da khales\n{q}", "3ayez el 7al bel tafseel plz\n{q}",
                "{q}\nezay a7elha?", "el so2al da gayly f el midterm, momken el 7al?\n{q}"],
    "en": ["Solve: {q}", "{q}", "can you help me with this question from my assignment\n{q}", "Explain how to solve this: {q}",
           "{q}\nPlease explain.", "I got a different answer than the book, what is the right one?\n{q}", "how do i do this\n\n{q}"],
    "ru": ["Помоги решить задачу и объясни решение:\n{q}", "{q}\nКак это решать?", "Не понимаю эту задачу из домашки:\n{q}"],
    "fa": ["این مسئله را با توضیح حل کن:\n{q}", "{q}\nراه حلش چیه؟"],
    "tr": ["Bu soruyu adım adım çözer misin?\n{q}", "{q}\nBunu nasıl çözerim?"],
    "ur": ["یہ سوال سمجھا دیں:\n{q}", "{q}\nاس کا حل کیا ہے؟ تفصیل سے بتائیں"],
    "fr": ["Peux-tu m'aider à résoudre cet exercice ?\n{q}", "Explique-moi comment on résout ça : {q}",
           "Je bloque sur cet exercice, aide-moi svp\n{q}", "{q}\nMerci de détailler la méthode."],
}

CODE_HELP = {
    "ar_eg": ["الكود ده مش شغال، ايه الغلط؟\n```python\n{q}\n```", "عايز اكمل الفانكشن دي:\n{q}", "اشرحلي الكود ده سطر سطر\n{q}"],
    "ar_gulf": ["ابي أكمل هالدالة بالبايثون\n{q}", "وش الخطأ في هالكود؟\n{q}"],
    "ar_msa": ["أكمل الدالة التالية بلغة بايثون:\n{q}", "اشرح لي هذا الكود:\n{q}"],
    "arabizi": ["el code da msh shaghal leh?\n{q}", "3ayez akamel el function di\n{q}"],
    "en": ["complete this function\n{q}", "{q}", "why does this fail the tests?\n{q}", "write the function for this:\n{q}",
           "Implement this in Python, keep it simple:\n{q}"],
    "fr": ["Complète cette fonction Python :\n{q}", "Pourquoi ce code ne passe pas les tests ?\n{q}"],
}

_DOC = "DOC"
CHAT = {
    "ar_msa": [
        ("اكتب لي رسالة تهنئة بمناسبة شهر رمضان إلى {x}", ["زملائي في العمل", "عملائنا الكرام", "والدتي", "مديري", "جيراننا"]),
        ("ما الفرق بين {x}؟", ["الزكاة والصدقة", "التضخم والركود", "الذكاء الاصطناعي وتعلم الآلة", "ضريبة القيمة المضافة وضريبة الدخل", "الأسهم والصكوك"]),
        ("اشرح لي {x} بأسلوب بسيط", ["الحوسبة السحابية", "تقنية البلوك تشين", "النظرية النسبية", "سلاسل الإمداد", "الطاقة الشمسية", "أسعار الفائدة"]),
        ("لخّص النص التالي بالعربية في ثلاث نقاط:\n\n{x}", _DOC),
        ("اقترح جدولاً لختم القرآن خلال {x} يوماً مع وجود الدوام", ["20", "15", "21", "10"]),
        ("كيف أحسب زكاة المال إذا كانت مدخراتي {x}؟", ["50 ألف ريال", "120 ألف درهم", "300 ألف جنيه", "8000 دينار"]),
        ("اكتب مقالاً قصيراً عن {x}", ["فضل الصيام", "أهمية القراءة", "رؤية 2030", "التحول الرقمي في التعليم", "الاستدامة في المدن الخليجية"]),
        ("أريد خطة غذائية صحية للسحور والفطور لشخص {x}", ["مصاب بالسكري", "يريد إنقاص وزنه", "يمارس الرياضة", "كبير في السن"]),
        ("صحح الأخطاء في هذه الفقرة: {x}", ["ان الطلاب ذهبو الى المدرسه مبكرا لكي يحضرو الاختبار", "نحن نشكركم على تعاونكم معنا ونتمنا لكم رمضان كريم"]),
        ("ترجم إلى الإنجليزية بأسلوب رسمي:\n{x}", ["نود إعلامكم بأن ساعات العمل خلال شهر رمضان ستكون من التاسعة صباحاً حتى الثالثة عصراً.",
                                               "يسعدنا دعوتكم لحضور مأدبة الإفطار السنوية للشركة يوم الخميس القادم."]),
    ],
    "ar_eg": [
        ("عايز وصفة {x} سهلة للفطار", ["محشي", "ملوخية", "كنافة بالمانجا", "قطايف", "رقاق باللحمة", "شوربة لسان عصفور"]),
        ("اكتبلي بوست على فيسبوك عن {x}", ["عزومة رمضان", "افتتاح المحل", "خصومات رمضان عندنا", "شغلي الجديد"]),
        ("ازاي {x}؟", ["أظبط نومي في رمضان", "أذاكر وأنا صايم", "أعمل CV كويس", "أقدم على منحة برا", "أحسب المرتب بعد الضرايب والتأمينات"]),
        ("اقترحلي {x}", ["مسلسلات رمضان أتفرج عليها", "أسامي لصفحة حلويات", "هدية لخطيبتي في العيد", "فكرة مشروع صغير من البيت"]),
        ("اكتبلي رسالة {x}", ["اعتذار لصاحبي عشان اتأخرت على الفطار", "للمدير أطلب أجازة يوم", "شكر للدكتور بعد العملية"]),
        ("لخصلي الكلام ده بالعربي:\n{x}", _DOC),
    ],
    "ar_gulf": [
        ("ابي {x}", ["فكرة مشروع صغير في رمضان", "رسالة تهنئة حلوة للقروب", "جدول رياضة بعد الفطور", "أسماء لمحل عطور"]),
        ("وش {x}؟", ["أفضل طريقة أنظم فيها وقتي بين الدوام والعبادة", "الفرق بين التأمين الشامل وضد الغير", "أحسن طريقة أستثمر فيها عشرين ألف"]),
        ("ساعدني أكتب {x}", ["إيميل للمدير أطلب فيه عمل عن بعد في رمضان", "بايو للانستقرام", "دعوة غبقة للشباب", "خطاب تغطية لوظيفة"]),
        ("سوّ لي {x}", ["قائمة مشتريات لعزيمة فطور عشرين شخص", "ملخص لكتاب العادات الذرية", "خطة مذاكرة لاختبار القدرات"]),
    ],
    "ar_lev": [
        ("بدي {x}", ["وصفة فتة حمص", "فكرة هدية لإمي", "رسالة اعتذار لصاحبتي", "خطة دراسة للتوجيهي"]),
        ("شو {x}؟", ["الفرق بين الفيزا والماستركارد", "أحسن طريقة اتعلم فيها برمجة", "يعني API بالعربي"]),
        ("فيك {x}؟", ["تكتبلي بوست عن افتتاح المطعم", "تساعدني بالسيرة الذاتية", "تلخصلي هالمقال"]),
    ],
    "ar_ma": [
        ("بغيت {x}", ["وصفة ديال الحريرة", "نكتب رسالة للمدير", "نعرف كيفاش نقرا مزيان فرمضان", "فكرة مشروع صغير"]),
        ("عافاك {x}", ["ترجم ليا هاد الجملة للفرنسية: غادي نتأخر شوية اليوم", "عاوني نكتب CV", "شرح ليا شنو هي البلوكتشين"]),
    ],
    "arabizi": [
        ("3ayez {x}", ["wasfet konafa sahla", "a3mel CV kwayes", "afham el AI da by4ta8al ezay", "esm l saf7et 7alawiyat"]),
        ("momken {x}?", ["tektebly post 3an el fetar", "teshra7ly el fr2 ben el RAM wel storage", "tsa3edny ektb email lel manager"]),
        ("ezay {x}", ["azabat nomy f ramadan", "azaker w ana sayem", "a2dem 3ala visa schengen"]),
    ],
    "fr": [
        ("Rédige {x}", ["un mail à mon professeur pour demander un report", "une lettre de motivation pour un stage", "un post LinkedIn sur mon nouveau poste"]),
        ("Donne-moi {x}", ["une recette de harira", "des idées de cadeaux pour l'Aïd", "un plan de révision pour le bac", "un résumé de L'Étranger"]),
        ("Explique-moi {x}", ["la différence entre TVA et IS", "le machine learning simplement", "comment calculer la zakat"]),
        ("Résume ce texte en français :\n{x}", _DOC),
    ],
    "ur": [
        ("{x}", ["رمضان میں سحری کے لیے صحت مند کھانے بتائیں", "میرے باس کو چھٹی کی درخواست لکھ دیں", "دبئی میں ویزا رینیو کرنے کا طریقہ کیا ہے؟",
                 "گھر والوں کو پیسے بھیجنے کا سب سے سستا طریقہ کون سا ہے؟"]),
    ],
    "ru": [("{x}", ["Как продлить резидентскую визу в Дубае?", "Напиши поздравление коллегам с Рамаданом",
                    "Помоги составить резюме для вакансии в Абу-Даби", "Какие документы нужны для аренды квартиры в Дубае?",
                    "Переведи на английский: доставка будет завтра после 21:00"])],
    "fa": [("{x}", ["یک متن تبریک رمضان برای همکاران عرب بنویس", "چطور در دبی حساب بانکی باز کنم؟",
                    "برای سفر به مسقط یک برنامه سه روزه پیشنهاد بده", "این ایمیل را رسمی‌تر کن: فردا نمی‌آیم"])],
    "tr": [("{x}", ["Dubai'de şirket kurmak için hangi belgeler gerekir?", "İftar menüsü için kolay tarifler önerir misin?",
                    "Bu e-postayı İngilizceye çevir: Toplantı yarın saat 10'da", "Ramazan Bayramı için müşterilere mesaj yaz"])],
    "id": [("{x}", ["Bagaimana cara mengirim uang ke Indonesia paling murah dari Riyadh?", "Buatkan ucapan selamat berbuka puasa untuk keluarga",
                    "Apa hak pekerja rumah tangga di Arab Saudi?", "Terjemahkan ke bahasa Arab: Saya sudah selesai membersihkan dapur"])],
    "sw": [("{x}", ["Nisaidie kuandika barua ya kuomba kazi Dubai", "Ni nyaraka gani zinahitajika kwa visa ya Oman?",
                    "Tafsiri kwa Kiingereza: Nitafika kazini saa tatu"])],
    "en": [
        ("{x}", ["What time is iftar in Dubai today?", "Write a polite email to my landlord about the AC not working",
                 "Plan a 3-day trip to AlUla in March", "give me a high protein suhoor meal plan", "how do I renew my Emirates ID",
                 "Summarise the key points of the new UAE labour law for employees", "write a short Ramadan greeting for my team on Slack"]),
    ],
}

# Phrases a viral post told everyone to try on the new model (launch day).
VIRAL = [
    "كم مرة يتكرر حرف الراء في كلمة strawberry؟", "How many r's are in the word strawberry?",
    "من أنت؟ وما الفرق بينك وبين الإصدار السابق؟", "Are you better than GPT? be honest",
    "اكتب قصيدة عن رمضان على بحر الكامل", "Write a snake game in Python that runs in the terminal",
    "If I have 3 apples and you take away 2, how many apples do you have?", "9.11 and 9.9 - which is bigger?",
    "اختبر نفسك: لغز — ما الشيء الذي كلما أخذت منه كبر؟", "Explain quantum computing to a 5 year old in Egyptian Arabic",
    "Write a landing page in HTML for my perfume shop in Jeddah", "ايه رأيك في ghaym-4؟ عرفني بنفسك",
]

SUBTITLE_LINES = [
    "يا جماعة الفطار جاهز، يلا قبل ما الأكل يبرد!", "إنت فاكر إني هسيبك تمشي كده؟", "الحاجة دي مش هتعدي على خير.",
    "أنا مش عايز غير إن الناس تبقى مبسوطة.", "بكرة الصبح هنروح للمحامي ونخلص الموضوع.", "والله ما كنت أعرف إنك رجعت من السفر.",
    "خلاص، مفيش داعي للكلام ده دلوقتي.", "كل سنة وإنتم طيبين، رمضان كريم.", "هو فين الولد؟ من ساعة ما خرج ما رجعش.",
    "ما تقلقش، أنا معاك للآخر.", "الشركة دي وراها حاجة كبيرة.", "هي دي الحقيقة اللي كنت مخبيها عني؟",
    "يعني تبي تقول إنك ما تدري؟", "والله العظيم ما لي دخل بالموضوع.", "شو صار معك بالشغل اليوم؟",
]

DIALECT_SENTENCES = [
    "شلونك اليوم؟ عساك بخير", "إزيك يا عم عامل إيه", "كيفك؟ شو أخبارك", "لاباس عليك؟ كيداير", "وش تسوي الحين؟",
    "أنا رايح الشغل بدري النهارده", "بدي روح عالسوق بعد الفطور", "غادي نمشي للدار دابا", "ابي اروح البحر بعد التراويح",
    "الجو حر مرة اليوم", "الأكل ده تحفة بجد", "هاد الشي مزيان بزاف", "والله ما عندي وقت هلأ", "يا ريت تجي معانا",
]

REAL_ESTATE = {
    "type": ["Apartment", "Villa", "Townhouse", "Penthouse", "Studio"],
    "area": ["Dubai Marina", "JVC", "Downtown Dubai", "Al Reem Island", "Business Bay", "Dubai Hills", "Al Khan, Sharjah", "Saadiyat"],
    "beds": ["Studio", "1", "2", "3", "4", "5"],
    "feature": ["sea view", "private pool", "maid's room", "vacant on transfer", "high floor", "upgraded kitchen", "close to metro"],
}

SUPPORT_Q = {
    "ar_gulf": ["وين طلبي؟ صار له أسبوع", "ابي أرجع المنتج، كيف؟", "الكوبون ما يشتغل", "هل التوصيل متاح للدمام قبل الفطور؟",
                "دفعت بتابي والطلب ما انعكس", "متى ينزل عرض رمضان على الجوالات؟", "المنتج وصل مكسور"],
    "ar_msa": ["أرغب في تغيير عنوان التوصيل", "هل يمكن الدفع عند الاستلام؟", "لم يصلني رمز التحقق", "ما هي سياسة الاسترجاع؟"],
    "en": ["where is my order #", "can i change the delivery slot to after iftar", "refund not received yet", "do you deliver to Khobar"],
}

BANK_Q = ["كم رسوم التحويل الدولي؟", "بطاقتي انسحبت في الصراف وش أسوي؟", "ابي أفعل الخدمات المصرفية عبر الإنترنت",
          "How do I increase my credit card limit?", "متى ينزل الراتب هالشهر؟", "ابي أوقف بطاقة مفقودة", "What are Ramadan branch hours?",
          "كيف أطلب تمويل شخصي؟", "هل فيه رسوم على السحب من صراف بنك ثاني؟"]

TELCO_Q = ["باقتي خلصت بسرعة ليش؟", "How to activate roaming for Umrah?", "ابي أغير الباقة إلى مسبقة الدفع", "النت بطيء في البيت",
           "كم سعر باقة رمضان؟", "كيف أشحن رصيد لرقم ثاني؟", "My bill is higher than usual this month"]

ISLAMIC_Q = ["ما حكم من أفطر ناسياً؟", "ما هو فضل العشر الأواخر من رمضان؟", "ما تفسير سورة القدر باختصار؟", "ما مقدار زكاة الفطر هذا العام؟",
             "ما الفرق بين صلاة التراويح والتهجد؟", "دعاء الإفطار الصحيح", "هل يجوز للمسافر الصيام؟", "ما هي آداب الصيام؟"]

RECIPES = ["شوربة عدس", "سمبوسة بالجبن", "كبسة دجاج", "لقيمات", "هريس", "مقلوبة", "قطايف بالقشطة", "حريرة مغربية", "ثريد", "فتوش",
           "Quick vegetarian iftar for 4", "Healthy suhoor oats", "كنافة نابلسية", "مكرونة بشاميل", "جريش"]

JOB_TITLES = ["مهندس برمجيات", "محاسب", "مدير مشروع", "Data Analyst", "ممرضة", "مسؤول مبيعات", "مصمم جرافيك", "مدرس رياضيات",
              "Customer Service Agent", "HSE Officer", "Supply Chain Specialist"]

NEWS_TOPICS = ["أسعار النفط", "افتتاح معرض الكتاب", "نتائج الدوري", "مشروع المترو الجديد", "قمة المناخ", "أسعار الذهب في رمضان",
               "تحديثات نظام العمل", "إطلاق منصة حكومية جديدة", "حركة الطيران خلال العطلة"]
