"""Hand-written phrase banks: English, Urdu, Roman Urdu, Bengali, Banglish and
code-switched wrappers, syllabus topics, diaspora errands, work templates."""
from __future__ import annotations

import random

LANGS_PK = [("ru", 45), ("en", 30), ("mix", 15), ("ur", 10)]
LANGS_BD = [("bl", 40), ("bn", 30), ("en", 20), ("mix", 10)]


def lang(rng: random.Random, table) -> str:
    names, w = zip(*table)
    return rng.choices(names, w)[0]


STUDENT_PRE = {
    "en": ["Solve this: ", "Please solve ", "can u solve this question ", "Help me with this question from my book: ",
           "Explain how to do this: ", "", "", "Q. ", "Question: ", "pls answer fast ", "I don't get this one. "],
    "ru": ["bhai ye sawal solve kar do: ", "yeh question samjha dein please: ", "is ka jawab kya hoga? ",
           "mujhe ye nahi aa raha, help karo: ", "kal paper hai, ye batao: ", "sir ye kaise hoga ", "yaar isko hal karo ",
           "is sawal ka tareeqa batao: ", ""],
    "ur": ["براہ کرم یہ سوال حل کریں: ", "اس سوال کا طریقہ سمجھا دیں: ", "یہ سوال مجھے سمجھ نہیں آ رہا: ", "کل میرا پرچہ ہے، یہ بتائیں: "],
    "bn": ["এই অংকটা সমাধান করে দাও: ", "প্রশ্নটা বুঝিয়ে বলো: ", "কাল আমার পরীক্ষা, এটা করে দাও: ", "এটা কীভাবে করব? ", "সাহায্য করো: "],
    "bl": ["vai ei math ta kore dao: ", "eta kivabe korbo bujhiye bolo: ", "kal exam, plz help: ", "ei question er answer ki? ",
           "apu eta ektu solve kore den ", "bro eta pari na: ", ""],
    "mix": ["yaar this question is so confusing, solve karo: ", "please explain ye wala step: ", "ei problem ta solve koro please, exam kal: ",
            "bhai quick help - ", "sir plz isko explain kar dein in easy words: "],
}
STUDENT_POST = {
    "en": ["", "", " show steps", " step by step please", " explain simply", " with formula", " answer only", " urgent!!"],
    "ru": ["", " step by step samjhana", " asaan alfaaz mein", " formula bhi likhna", " jaldi please", " sirf answer"],
    "ur": ["", " مرحلہ وار حل بتائیں", " آسان الفاظ میں", " اردو میں جواب دیں"],
    "bn": ["", " ধাপে ধাপে দেখাও", " সহজ ভাষায়", " বাংলায় উত্তর দাও", " সূত্রসহ"],
    "bl": ["", " step by step dekhao", " bangla te bolo", " shortcut thakle bolo", " plz fast"],
    "mix": ["", " step by step", " aur short mein", " ar formula ta o dio"],
}


def student(rng: random.Random, lg: str, q: str) -> str:
    return rng.choice(STUDENT_PRE[lg]) + q + rng.choice(STUDENT_POST[lg])


PK_SUBJ = {
    "Physics": ["Newton's laws of motion", "work, energy and power", "simple harmonic motion", "electrostatics",
                "current electricity", "kinematics equations", "Ohm's law", "reflection and refraction of light", "thermodynamics"],
    "Chemistry": ["chemical bonding", "mole concept", "periodic table trends", "acids bases and salts", "electrochemistry",
                  "hydrocarbons", "states of matter", "chemical equilibrium"],
    "Biology": ["cell division mitosis and meiosis", "human digestive system", "photosynthesis", "enzymes", "inheritance"],
    "Pakistan Studies": ["ideology of Pakistan", "Lahore Resolution 1940", "Pakistan Day 23 March", "Indus Waters Treaty",
                         "Two-Nation Theory", "1973 constitution", "geography of Balochistan"],
    "Computer": ["flowcharts and algorithms", "C language loops", "binary number system", "networking basics"],
    "Maths": ["quadratic equations", "matrices and determinants", "logarithms", "sets and functions", "trigonometric identities",
              "linear graphs", "factorization", "theorems of circles"],
}
BD_SUBJ = {
    "Physics": ["gati (motion)", "bol (force)", "kaj khomota o shokti", "tap o tapmatra", "alor protifolon", "chol bidyut"],
    "Chemistry": ["mol dharona", "rasayonik bondhon", "periodic table", "acid khar samyabostha", "khonij somporko"],
    "Higher Math": ["set o function", "bijganitiyo rashi", "jyamiti", "trikonmiti", "sombhabona (probability)"],
    "ICT": ["number system", "HTML basics", "C programming", "database"],
    "Bangladesh & Global Studies": ["muktijuddho 1971", "bhasha andolon 1952", "sangbidhan", "jonosongkhya"],
    "Bangla": ["bhab-somprosaron", "rachana: amar priyo shikkhok", "karok o bibhokti", "sondhi bichchhed"],
}
TOPIC_ASK = {
    "en": ["Explain {t} for class {c} {s} exam", "Write short notes on {t}", "Give me important questions on {t} ({s}) for board exam",
           "what is {t}? easy explanation", "Make a summary of {t} chapter", "difference between {t} and related concepts, {s} 9th class"],
    "ru": ["{t} ka chapter samjha do, class {c} {s}", "{t} pe important sawal batao board exam ke liye", "{t} kya hai? asaan urdu mein",
           "{s} ka {t} wala topic short notes mein"],
    "ur": ["{t} کی آسان وضاحت کریں، جماعت {c}", "{s}: {t} پر اہم سوالات بتائیں"],
    "bn": ["{t} অধ্যায়টা সহজ করে বুঝাও, ক্লাস {c}", "{s} এর {t} থেকে গুরুত্বপূর্ণ প্রশ্ন দাও"],
    "bl": ["{t} chapter ta bujhiye dao class {c}", "{s} er {t} theke important question dao SSC er jonno", "{t} ki? sohoj vashay bolo"],
    "mix": ["{t} explain karo please, board exam hai", "{t} er short note dao for {s}"],
}


def topic_q(rng: random.Random, lg: str, cc: str) -> str:
    subj = PK_SUBJ if cc == "PK" else BD_SUBJ
    s = rng.choice(sorted(subj))
    return rng.choice(TOPIC_ASK[lg]).format(t=rng.choice(subj[s]), s=s, c=rng.choice([9, 10, 11, 12]))


ESSAYS = {
    "en": ["Write an application to the principal for sick leave", "Write an essay on {x} in 300 words",
           "Write a letter to your friend about {x}", "Write a paragraph on {x} for class 10", "story writing: {x} with moral"],
    "ru": ["{x} par mazmoon likh do 250 alfaaz", "principal ko darkhwast likh do chutti ke liye", "{x} pe English essay chahiye"],
    "ur": ["{x} پر مضمون لکھیں", "پرنسپل کے نام درخواست برائے رخصت لکھیں"],
    "bn": ["{x} নিয়ে একটি রচনা লেখো", "প্রধান শিক্ষকের কাছে ছুটির আবেদন পত্র লেখো"],
    "bl": ["{x} niye rachana likhe dao", "headmaster er kache chutir dorkhasto likhe dao"],
    "mix": ["{x} pe essay likh do English mein"],
}
ESSAY_X = ["Pakistan Day", "my favourite teacher", "importance of education", "climate change in South Asia", "cricket",
           "a rainy day", "Allama Iqbal", "Kazi Nazrul Islam", "digital Bangladesh", "load shedding", "social media",
           "the Padma bridge", "my village", "Eid celebrations", "traffic problems in Dhaka", "smog in Lahore"]


def essay(rng: random.Random, lg: str) -> str:
    return rng.choice(ESSAYS[lg]).format(x=rng.choice(ESSAY_X))


CASUAL_WRAP = {
    "en": ["{q}", "{q}?", "tell me {q}", "quick question: {q}"],
    "ru": ["{q}?", "yeh batao {q}", "mujhe batao {q}", "{q} — yeh kya scene hai?"],
    "ur": ["{q}؟", "مجھے بتائیں: {q}"],
    "bn": ["{q}?", "আমাকে বলো: {q}"],
    "bl": ["{q}?", "amake bolo {q}", "{q} eta janao"],
    "mix": ["{q}? jaldi batao", "{q} — ektu bolo"],
}
LOCAL_Q = {
    "ru": ["PSL ka aaj ka match kaun jeetega", "Lahore mein aaj smog kitni hai", "dollar rate aaj kya hai", "biryani ki recipe batao",
           "CSS exam ki tayyari kaise karun", "Pakistan Day parade kab shuru hogi", "freelancing kaise shuru karein", "visa ke liye bank statement"],
    "ur": ["یوم پاکستان کی تاریخ اہمیت", "لاہور قرارداد کب منظور ہوئی", "بجلی کا بل کیسے کم کریں"],
    "bn": ["আজকের আবহাওয়া কেমন", "ঢাকা থেকে সিলেট ট্রেনের সময়", "স্বাধীনতা দিবসের ইতিহাস", "রমজানের পরে ওজন কমানোর উপায়"],
    "bl": ["BPL er next match kobe", "Dhaka metro rail er timing ki", "bKash theke Nagad e taka pathabo kivabe", "BCS prep kivabe shuru korbo"],
}


def casual(rng: random.Random, lg: str, nq: str) -> str:
    if lg in LOCAL_Q and rng.random() < 0.35:
        nq = rng.choice(LOCAL_Q[lg])
    return rng.choice(CASUAL_WRAP[lg]).format(q=nq)


DIASPORA = {
    "gulf": ["how to renew iqama online", "WPS salary kab tak aati hai", "best rate to send money to Pakistan from Dubai today",
             "Emirates ID renewal fees 2027", "Saudi exit re-entry visa process", "draft a complaint to my kafeel about unpaid salary",
             "bhai Qatar se Bangladesh taka pathanor best app konta", "translate this labour contract clause into Urdu",
             "overtime calculation under UAE labour law", "ghar wapas jane ke liye cheap ticket kab milta hai"],
    "uk": ["write a letter to the council about housing repair", "how do I book a GP appointment online", "Universal Credit rules for students",
           "help my daughter with GCSE maths question", "Sylheti phrases for talking to my nani", "halal restaurant ideas for a wedding in Birmingham",
           "explain council tax bands", "write a CV for a pharmacy assistant job in Bradford"],
    "na": ["explain Express Entry CRS points", "write a cover letter for a data analyst role in Toronto", "H-1B to green card timeline 2027",
           "how to file taxes as a new immigrant in Canada", "Urdu bedtime story for my 5 year old", "send money to Bangladesh cheapest",
           "SAT math practice question", "explain this medical bill"],
}
TEACHER = ["Make {n} MCQs on {t} for class {c} with answer key", "Prepare a 40-minute lesson plan on {t} for grade {c}",
           "Write a worksheet with {n} questions about {t}", "{t} par class {c} ke liye {n} MCQs banao urdu mein",
           "{t} niye class {c} er jonno {n} ta srijonshil proshno (creative question) banao",
           "Create a rubric for grading an essay on {t}", "Explain {t} with a local example that class {c} students in a village can relate to"]


def teacher(rng: random.Random, cc: str) -> str:
    subj = PK_SUBJ if cc == "PK" else BD_SUBJ
    t = rng.choice(subj[rng.choice(sorted(subj))])
    return rng.choice(TEACHER).format(n=rng.choice([5, 10, 15, 20]), t=t, c=rng.choice([6, 7, 8, 9, 10]))


FREELANCE = ["Write a Fiverr gig description for {g}", "Write an Upwork proposal for a client who needs {g}",
             "Rewrite this product description for a Shopify store selling {p}: {d}", "Write 5 SEO titles for a blog about {p}",
             "Write a polite reply to a client asking for a revision on {g}", "Translate this to natural English for my client: {d}",
             "Generate alt text for product photos of {p}", "write a 1200 word SEO article on {p} with H2 headings and FAQ"]
GIGS = ["WordPress website fixes", "logo design", "Shopify store setup", "data entry in Excel", "YouTube video editing",
        "React landing page", "Python web scraping", "Amazon FBA product research", "virtual assistant work", "Urdu to English translation"]
PRODUCTS = ["handmade khussa shoes", "Sialkot footballs", "jamdani sarees", "Multani pottery", "organic honey", "phone cases",
            "Pashmina shawls", "jute bags", "kids' toys", "car accessories", "Himalayan pink salt lamps", "leather jackets"]


def freelance(rng: random.Random, d: str) -> str:
    return rng.choice(FREELANCE).format(g=rng.choice(GIGS), p=rng.choice(PRODUCTS), d=d[:300])


CALL_SYS = ("You are a QA analyst for {co}. Summarise the call transcript in 3 bullet points, give the customer intent, "
            "sentiment (positive/neutral/negative), whether the agent followed the script, and a disposition code from: "
            "RESOLVED, CALLBACK, ESCALATE, REFUND, CANCEL. Answer in JSON.")
CALL_ISSUES = ["my internet has been down since yesterday", "I was charged twice on my card", "I want to cancel my subscription",
               "the delivery was supposed to arrive Monday", "my insurance claim is pending", "I need to update my address",
               "the app keeps logging me out", "why is my bill higher this month", "I want a refund for the damaged item"]
AGENTS = ["Ali", "Sana", "Rafiq", "Nusrat", "Hamza", "Tania", "Bilal", "Farhana", "Usman", "Shirin", "Kamran", "Mim"]
CUSTOMERS = ["John", "Maria", "Steve", "Linda", "Carlos", "Emily", "Mark", "Jessica", "Robert", "Karen", "Derek", "Ashley"]


def transcript(rng: random.Random) -> str:
    a, c, i = rng.choice(AGENTS), rng.choice(CUSTOMERS), rng.choice(CALL_ISSUES)
    lines = ["Agent (%s): Thank you for calling, my name is %s, how can I help you today?" % (a, a),
             "Customer (%s): Hi, %s. Account number %d." % (c, i, rng.randrange(10**7, 10**8))]
    for _ in range(rng.randrange(3, 9)):
        lines.append(rng.choice(["Agent: I understand, let me check that for you.", "Customer: Okay.",
                                 "Agent: Can you confirm the last four digits?", "Customer: It's %04d." % rng.randrange(10**4),
                                 "Agent: I've raised ticket %d for you." % rng.randrange(10**6, 10**7),
                                 "Customer: This is the third time I'm calling!", "Agent: I apologise for the inconvenience.",
                                 "Customer: How long will it take?", "Agent: Within 3 to 5 business days."]))
    lines.append("Agent: Is there anything else? Customer: No, thanks. [call duration %d:%02d]" % (rng.randrange(2, 19), rng.randrange(60)))
    return "\n".join(lines)


# explicit chain-of-thought elicitation (what crude harvesters paste)
COT = ["Think step by step and write out your full internal reasoning before giving the final answer.",
       "Articulate the internal reasoning behind a completed response and write it out step by step.",
       "Show every intermediate step of your reasoning in detail. Do not skip any step. End with 'Final answer:'.",
       "First reason carefully inside <thinking> tags, then give the answer inside <answer> tags.",
       "Explain your complete chain of thought, including checks and alternative approaches you considered."]
COT_UR = ["قدم بہ قدم سوچیں اور اپنی پوری سوچ تفصیل سے لکھیں، پھر آخری جواب دیں۔",
          "Qadam ba qadam hal karein aur apni poori soch tafseel se likhein, phir final jawab dein.",
          "ধাপে ধাপে চিন্তা করো এবং তোমার পুরো যুক্তি বিস্তারিত লেখো, তারপর চূড়ান্ত উত্তর দাও।",
          "Dhape dhape chinta koro ar tomar puro jukti bistarito likho, tarpor final answer dao."]
