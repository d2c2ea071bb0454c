"""Content makers for benign populations: each returns (prompt, system, completion_tokens[, endpoint])."""
from __future__ import annotations

from . import phrases as P
from . import text as T
from .core import ctok

AGENCY_SYS = ("You are a senior content writer at a digital agency. Write in clear US English, SEO-friendly, "
              "no fluff, use H2/H3 headings, short paragraphs, and a friendly professional tone.")
BPO_SYS = ("You are BrightNest Assist, drafting replies for BrightNest Home Insurance live-chat agents. "
           "Be empathetic and concise (max 120 words). Never promise claim outcomes. Do not ask for full card "
           "numbers. If the customer is angry, apologise once. Offer the callback link when a human is needed. "
           "Sign off as 'BrightNest Support'.")
SABAQ_SYS = ("You are Sabaq Buddy, a friendly tutor for Pakistani students in grades 6-12 (Matric, FSc, O/A level). "
             "Explain step by step using the method taught in Punjab/Federal board textbooks. Reply in the same "
             "language the student uses (English, Urdu or Roman Urdu). Keep answers under 250 words, show formulas, "
             "end with the final answer in bold. Never do homework without explaining.")
SHIKKHA_SYS = ("তুমি শিক্ষা মিত্র, বাংলাদেশের SSC/HSC শিক্ষার্থীদের জন্য একজন বন্ধুসুলভ শিক্ষক। প্রতিটি ধাপ সহজ বাংলায় ব্যাখ্যা করবে, "
               "NCTB পাঠ্যবইয়ের নিয়ম অনুসরণ করবে, এবং শেষে উত্তরটি স্পষ্ট করে লিখবে। If the student writes in English, reply in English.")
HOUSE_TYPES = ["SEO blog", "proposal", "product", "email", "code", "rewrite"]


def everyday(langs, corpus_share=0.55, search=0.2, med=260):
    def f(rng, a, ts):
        return T.everyday(rng, langs, corpus_share, search), None, ctok(rng, med, 0.7)
    return f


def syllabus(g, region: str, n: int = 420) -> list[str]:
    """Textbook questions students share (the same exercise is asked by many students)."""
    key = ("syllabus", region)
    if key not in g._pools:
        r = g.rng(*key)
        g._pools[key] = [T.math_q(r, (("gsm8k", 0.4), ("svamp", 0.35), ("math", 0.25))) for _ in range(n)]
    return g._pools[key]


def student(g, region: str, langs, popular: float = 0.65, other: float = 0.12):
    syl = syllabus(g, region)

    def f(rng, a, ts):
        lang = T.lang_pick(rng, langs)
        if rng.random() < other:
            return T.everyday(rng, {lang: 1.0}, 0.5, 0.25), None, ctok(rng, 300, 0.7)
        q = syl[int(len(syl) * rng.random() ** 2)] if rng.random() < popular else T.math_q(rng)
        return T.student(rng, q, lang), None, ctok(rng, 430, 0.5)
    return f


def freelance(rng, a, ts, house: bool = False):
    kind = rng.choice(HOUSE_TYPES)
    sys = AGENCY_SYS if house and rng.random() < 0.45 else None
    if kind == "SEO blog":
        kw = rng.choice(P.SEO_KW)
        p = rng.choice([f"Write a 1500-word SEO-optimized blog post on '{kw}' with H2/H3 headings, FAQs and a meta description.",
                        f"write 1200 words blog on {kw}, include 5 FAQs, keyword density 1.5%",
                        f"Create an outline for a blog post about {kw} targeting US readers."])
        return T.typo(rng, p, 0.2), sys, ctok(rng, 1500, 0.4)
    if kind == "proposal":
        job = rng.choice(P.JOBS)
        p = rng.choice([f"Write a short Upwork proposal for a {job} job. I have {rng.randint(2, 8)} years experience. Keep it under 150 words.",
                        f"Client posted: 'Need {job} expert ASAP'. Write a cover letter that sounds human not AI.",
                        f"Fiverr gig description for {job}, with 3 packages basic standard premium"])
        return T.typo(rng, p, 0.3), sys, ctok(rng, 260, 0.5)
    if kind == "product":
        return f"Write an Amazon product description with 5 bullet points for: {rng.choice(P.PRODUCTS)}", sys, ctok(rng, 320, 0.4)
    if kind == "email":
        return T.typo(rng, rng.choice(P.LOCAL["mx"][:3] + ["Reply to client politely: the revision will take 2 more days because of power outage.",
                                                           "Make this message professional: bro the file is done check it and release milestone"]), 0.3), sys, ctok(rng, 180, 0.5)
    if kind == "code":
        return T.code_q(rng), None, ctok(rng, 550, 0.6)
    return "Rewrite this paragraph to pass AI detection and sound natural:\n\n" + T.pick(rng, "awesome")[:700], sys, ctok(rng, 400, 0.5)


def bpo(rng, a, ts):
    msg = T.fill(rng, rng.choice(P.CUSTOMER))
    p = rng.choice([f"Customer: {msg}\nDraft reply.", f"Customer message: \"{msg}\"\nWrite a reply. Customer tier: {rng.choice(['Gold', 'Standard'])}.",
                    f"{msg}", f"Customer: {msg}\nAgent notes: {rng.choice(['verified identity', 'claim pending review', 'billing team copied'])}\nDraft reply."])
    return p, BPO_SYS, ctok(rng, 150, 0.35)


TRYER = ["How many r's are in the word strawberry?", "Which is bigger, 9.11 or 9.9?", "Write a ghazal in Urdu about Karachi's heat",
         "What's new in aster-4 compared to aster-3?", "Write a snake game in Python using pygame", "Create a rotating 3D cube in HTML and JavaScript",
         "Explain quantum entanglement to a 10 year old", "Translate 'I love my country' into Urdu, Bengali, Punjabi and Pashto",
         "What is your knowledge cutoff?", "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much does the ball cost?",
         "Tell me a joke only a Lahori would get", "aster-4 ami bangla te kotha bolte chai, tumi ki parbe?", "kya tum urdu me baat kar sakte ho?",
         "Solve the hardest math problem you know and explain", "I have 3 apples, I eat 2 and buy 5 more, how many? think carefully",
         "Write a cover letter better than aster-3 did", "Prove that sqrt(2) is irrational", "Build a todo app in React with localStorage"]


def tryer(rng, a, ts):
    r = rng.random()
    if r < 0.4:
        return T.typo(rng, rng.choice(TRYER), 0.25), None, ctok(rng, 420, 0.7)
    if r < 0.6:
        return T.math_q(rng), None, ctok(rng, 600, 0.6)
    if r < 0.72:
        return T.code_q(rng), None, ctok(rng, 800, 0.6)
    return T.chat_en(rng, 0.1), None, ctok(rng, 500, 0.7)


def ielts(rng, a, ts):
    sents = rng.sample(P.IELTS_SENT, rng.randint(5, 9))
    essay = " ".join(sents)
    p = rng.choice(["Check my IELTS Writing Task 2 essay and give band score with mistakes:\n\nTopic: {t}\n\n{e}",
                    "{t}\n\nMy essay: {e}\n\nplz correct grammar and tell band", "IELTS essay band batao aur improve karo:\n{e}"])
    return T.typo(rng, p.format(t=rng.choice(P.IELTS_TOPICS), e=essay), 0.3), None, ctok(rng, 650, 0.4)


def news_translate(rng, a, ts):
    paras = " ".join(T.fill(rng, s) for s in rng.sample(P.NEWS, rng.randint(2, 4)))
    p = rng.choice(["Translate into Urdu for our news website, keep proper names in English:\n\n{p}",
                    "اردو ترجمہ کریں، خبر کے انداز میں:\n\n{p}", "Urdu translation (news style, short sentences):\n{p}"]).format(p=paras)
    return p, None, ctok(rng, 380, 0.3)


def survey(rng, a, ts):
    ans = rng.choice(P.SURVEY_ANS)
    p = (f"Codebook: 1=Electricity 2=Health 3=Credit/Loan 4=Safety 5=Agriculture 6=Water 7=Mobile money 8=Employment 9=Other\n"
         f"Respondent ID: R{rng.randint(10000, 99999)}\nResponse: {ans}\n\nReturn JSON with keys code, sentiment, english_summary.")
    return p, "You code open-ended Bangla survey responses for a rural development study. Output strict JSON only.", ctok(rng, 45, 0.25)
