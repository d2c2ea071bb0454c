"""Prompt builders for people at work and for software: developers and
agents, office staff, NHS staff, accountants, agencies, eval and research
teams, and the services (support bots, coaching app, tutoring, batch jobs,
CI smoke tests). Each returns (prompt, completion kind)."""
from __future__ import annotations

import json
import random

from bench.heldout26.texts_uk import SLOTS, fill, themed

Prompt = tuple[str, str]

SNIPPETS = (
    "def load(path):\n    with open(path) as f:\n        rows = [l.split(',') for l in f]\n    return rows[1:]\n\nprint(load('data.csv')[0][3])",
    "const res = await fetch(url);\nconst data = res.json();\nconsole.log(data.items.length);",
    "SELECT c.name, SUM(o.total) FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.created_at > '2026-12-01' GROUP BY c.id;",
    "for i in range(len(items)):\n    if items[i]['price'] > 100:\n        items.remove(items[i])",
    "df = pd.read_csv('sales.csv')\ndf['month'] = df['date'].dt.month\nprint(df.groupby('month').sum())",
    "async def main():\n    tasks = [fetch(u) for u in urls]\n    results = asyncio.gather(*tasks)\n    print(results)",
    "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"acme-logs-eu-west-2\"\n  acl    = \"public-read\"\n}",
)
ERRORS = ("IndexError: list index out of range", "TypeError: 'coroutine' object is not iterable",
          "AttributeError: 'Series' object has no attribute 'month'", "TypeError: data.items is undefined",
          "sqlalchemy.exc.ProgrammingError: column \"c.name\" must appear in the GROUP BY clause",
          "RuntimeWarning: coroutine 'gather' was never awaited", "Error: creating S3 Bucket ACL: AccessControlListNotSupported")
_DEV = (
    "I'm getting `{err}` from this:\n```\n{code}\n```\nwhat's wrong?",
    "Review this for bugs and style:\n```\n{code}\n```",
    "Write a GitHub Actions workflow that runs pytest on Python 3.11 and 3.12 and caches uv",
    "Dockerfile for a FastAPI app using uv, multi-stage, non-root user",
    "Convert this to SQLAlchemy 2.0 style:\n{code}",
    "explain what this regex does: ^(?:[A-Z]{{1,2}}[0-9][A-Z0-9]? ?[0-9][A-Z]{{2}})$",
    "How should I structure retries with exponential backoff for 429s and 529s from an LLM API?",
    "Write unit tests for this function:\n```\n{code}\n```",
    "what's the cleanest way to stream tokens from the API into a React component?",
)


def dev_prompt(rng: random.Random, c) -> Prompt:
    r = rng.random()
    if r < .4:
        return rng.choice(_DEV).format(err=rng.choice(ERRORS), code=rng.choice(SNIPPETS)), "code"
    if r < .75:
        return c.pick(rng, "arena_code"), "code"
    if r < .85:
        return "Complete this function:\n" + c.pick(rng, "humaneval"), "code"
    if r < .92:
        return c.pick(rng, "mbpp").split("\nYour code should")[0], "code"
    return themed(rng, ("work",)), "chat"


# ------------------------------------------------------------------ agents
TOOLSETS = {
    "calendar": ("search_calendar", "create_event", "send_email", "lookup_contact"),
    "support": ("get_order", "create_return", "search_kb", "escalate_to_human"),
    "coding": ("read_file", "write_file", "run_tests", "grep", "list_dir"),
    "research": ("web_search", "fetch_url", "summarise", "save_note"),
    "data": ("run_sql", "describe_table", "plot_chart", "export_csv"),
    "property": ("search_listings", "get_epc_rating", "calculate_stamp_duty", "book_viewing"),
}
AGENT_TASKS = {
    "calendar": ("Find a time next week for a 30 min catch-up with Priya and Tom and send the invite",
                 "Move my Thursday dentist appointment to the afternoon and email the practice"),
    "support": ("Customer says order 48213 arrived damaged, wants a refund", "Where is order 77310? Customer is angry"),
    "coding": ("The test test_invoice_totals is failing after the VAT change, fix it",
               "Add pagination to the /orders endpoint and update the tests"),
    "research": ("Find the latest guidance on the 2027 energy price cap and summarise it",
                 "Compare three UK payroll providers for a 20 person company"),
    "data": ("How many new signups did we get per day over Christmas vs last year?",
             "Which stores had the biggest January sale uplift on day one?"),
    "property": ("Find 2-bed flats under £350k in Bristol with EPC C or better", "Work out stamp duty for a £425k first home"),
}


def agent_system(rng: random.Random, toolset: str, react: bool) -> str:
    tools = [{"name": t, "description": f"{t.replace('_', ' ')}", "parameters": {"type": "object", "properties": {"query": {"type": "string"}}}}
             for t in TOOLSETS[toolset]]
    s = ("You are an assistant that completes tasks for the user by calling tools. Always call a tool when you need "
         "information you do not have. Respond in British English. Tools:\n" + json.dumps(tools, indent=1))
    if react:  # popular agent templates ask for visible reasoning before each action
        s += "\n\nUse the format:\nThought: think step by step about what to do next\nAction: the tool to call\nAction Input: the input\nObservation: the result\n... then Final Answer."
    return s


def agent_result(rng: random.Random, toolset: str) -> str:
    tool = rng.choice(TOOLSETS[toolset])
    payload = {"tool": tool, "ok": rng.random() > .08, "rows": rng.randrange(0, 40),
               "data": [{"id": rng.randrange(10000, 99999), "value": round(rng.uniform(1, 900), 2)} for _ in range(rng.randrange(1, 6))]}
    return "Observation: " + json.dumps(payload)


# ------------------------------------------------------------------ office, NHS, accountants, agencies
ORG_WORK = {
    "law": ("Summarise the key obligations in this NDA clause for a client email: The Recipient shall hold the Confidential Information in strict confidence and shall not disclose it to any third party without prior written consent, save as required by law.",
            "Draft a client update on the new Renters' Rights Act possession grounds", "Rewrite this paragraph in plain English for a lay client: {para}",
            "Create a checklist for onboarding a new commercial lease client"),
    "consultancy": ("Turn these workshop notes into a one-page summary for the client: {para}", "Write a slide outline for a Q1 kick-off on cost reduction",
                    "Give me 5 interview questions for a stakeholder in a housing association", "Draft an email pushing back politely on scope creep"),
    "council": ("Write a press release about gritting routes during the cold snap", "Draft a reply to a resident complaining about missed bin collections over Christmas",
                "Summarise this consultation response in 3 bullets: {para}", "Plain English version of our council tax reduction eligibility rules"),
    "housing": ("Draft a reply to a tenant reporting damp and mould in a bedroom, in line with Awaab's Law timescales", "Write a text message reminding tenants about the cold weather support line",
                "Summarise this repair log for the weekly meeting: {para}"),
    "bank": ("Rewrite this customer letter to meet Consumer Duty plain language expectations: {para}", "Summarise the FCA's expectations on vulnerable customers in 5 bullets",
             "Write an Excel formula that flags transactions over £10,000 in column F"),
    "retail_hq": ("Write an internal update on day-one January sale trading vs last year", "Draft a supplier email about delayed deliveries caused by the storm",
                  "Summarise returns reasons from this list into themes: {para}"),
}
PARAS = ("Customer called three times about the same issue; second engineer visit missed; boiler still not repaired; complaint escalated to stage 2.",
         "Attendees agreed to pause the vendor selection until February, pending budget sign-off; risk that the go-live slips into Q3.",
         "Returns were mainly sizing issues in outerwear, faulty kettles from one supplier, and late deliveries in the North West.",
         "The resident says the pothole outside number 14 has been reported twice since November and damaged her tyre.")


def office_prompt(rng: random.Random, sector: str) -> Prompt:
    if rng.random() < .45:
        return themed(rng, ("work", "work", "jobs", "money")), rng.choice(("email", "chat"))
    return fill(rng, rng.choice(ORG_WORK[sector])).replace("{para}", rng.choice(PARAS)), rng.choice(("email", "chat", "long"))


_NHS = (
    "Rewrite this discharge summary in plain English for the patient, reading age 11: Admitted with community-acquired pneumonia, treated with IV then oral antibiotics, CRP improving, for GP review in 2 weeks.",
    "Draft an email to ward staff asking for extra shift cover this weekend because of winter pressures and flu admissions",
    "Create a patient information leaflet about norovirus precautions on the ward",
    "Summarise the key points of sepsis recognition in adults in 5 bullets for a teaching session",
    "Write a polite template reply for patients asking why their outpatient appointment was cancelled",
    "Make a handover checklist for a busy medical assessment unit night shift",
    "Turn these notes into a short business case for an extra discharge coordinator: 40 delayed discharges, average 6 days, social care waits",
    "Explain the difference between flu, COVID and RSV symptoms for a staff newsletter",
    "Draft a rota message: we are short two band 5 nurses on nights 7 and 8 January",
)


def nhs_prompt(rng: random.Random) -> Prompt:
    return rng.choice(_NHS), rng.choice(("email", "long", "chat"))


_ACCOUNTANT = (
    "Draft an email to clients reminding them that the self assessment deadline is 31 January and listing what we still need from them",
    "Explain the high income child benefit charge for a client earning £{salary}",
    "Client has £{n} of Airbnb income and a full-time job. Which allowances apply and does MTD for ITSA affect them?",
    "Categorise these expenses for a sole trader electrician: van insurance, tools £420, mobile phone, lunch, hi-vis, accountancy fees",
    "Write a polite chaser to a client who has not sent their bank statements, deadline is in 3 weeks",
    "Summarise the rules on payments on account and when a client can reduce them",
    "Can a client claim capital allowances on a car used 60% for business? Explain with an example",
    "What are the late filing penalties if a client files on 3 February?",
    "Irish client: explain preliminary tax and the Form 11 pay-and-file deadline",
)


def accountant_prompt(rng: random.Random) -> Prompt:
    return fill(rng, rng.choice(_ACCOUNTANT)), rng.choice(("email", "explain", "chat"))


_AGENCY = (
    "Write 10 Instagram captions for {shop}'s January sale, fun but not cringe",
    "Write a 1,200-word SEO blog post on 'the best alcohol-free drinks for Dry January' with H2s",
    "Create a content calendar for a gym's January membership push, 4 weeks, 3 posts a week",
    "Write 5 subject lines for a 'new year, new you' email campaign for a meal kit brand",
    "Rewrite this product description to be punchier: warm wool-blend coat with a relaxed fit, now 40% off in our winter sale",
    "Write a press release for a {city} restaurant launching a Veganuary menu",
    "Give me 20 Google Ads headlines under 30 characters for a January furniture sale",
)


def agency_prompt(rng: random.Random) -> Prompt:
    return fill(rng, rng.choice(_AGENCY)), rng.choice(("long", "chat", "long"))


# ------------------------------------------------------------------ eval and research teams
GSM_SHOTS = (
    ("A shop sells pens at 3 for £2. How much do 12 pens cost?", "12 pens is 4 groups of 3. 4 x £2 = £8. The answer is 8."),
    ("Tom has 15 stickers and gives away 4, then buys 7 more. How many does he have?", "15 - 4 = 11. 11 + 7 = 18. The answer is 18."),
    ("A train travels 60 miles in 1.5 hours. What is its average speed?", "60 / 1.5 = 40 miles per hour. The answer is 40."),
    ("Sara reads 12 pages a day. How many days does she need for a 180 page book?", "180 / 12 = 15. The answer is 15."),
)
_GSM_PREFIX = "".join(f"Question: {q}\nAnswer: {a}\n\n" for q, a in GSM_SHOTS)


def eval_prompt(rng: random.Random, c, suite: str, i: int) -> Prompt:
    """The standard harness templates, applied to item i of a suite, unchanged."""
    if suite == "gsm8k":
        return _GSM_PREFIX + f"Question: {c['gsm8k'][i]}\nAnswer: Let's think step by step.", "bench_cot"
    if suite == "math":
        return "Solve the following math problem. Put your final answer within \\boxed{}.\n\n" + c["math"][i], "bench_cot"
    if suite == "humaneval":
        return "Complete the following Python function. Return only the code.\n\n```python\n" + c["humaneval"][i] + "\n```", "bench_code"
    if suite == "mbpp":
        return "You are an expert Python programmer, and here is your task: " + c["mbpp"][i], "bench_code"
    return c["arena"][i], "long"


JUDGE = ("Please act as an impartial judge and evaluate the quality of the responses provided by two AI assistants to the user "
         "question displayed below. Avoid position bias. Output your verdict as [[A]], [[B]] or [[C]] for a tie.\n\n"
         "[User Question]\n{q}\n\n[The Start of Assistant A's Answer]\n{a}\n[The End of Assistant A's Answer]\n\n"
         "[The Start of Assistant B's Answer]\n{b}\n[The End of Assistant B's Answer]")


def research_prompt(rng: random.Random, c, task: str, i: int) -> Prompt:
    if task == "nq":
        return f"Answer the question with a short phrase.\nQuestion: {c['nq'][i]}?\nAnswer:", "short"
    if task == "judge":
        q = c["arena"][i % len(c["arena"])]
        return JUDGE.format(q=q, a=themed(rng) * 2, b=themed(rng) * 2), "judge"
    # annotation of public text for a social-science study
    return ("Label the stance of this post about NHS waiting times as supportive, critical or neutral. Reply with one word.\n\nPost: "
            + fill(rng, "My {relative} waited hours at {hospital} last night. Staff were brilliant but it's not right.")), "classify"


# ------------------------------------------------------------------ services
def support_system(brand: str, persona: str) -> str:
    return (f"You are {persona}, the online assistant for {brand}. Help customers with orders, deliveries, returns and the "
            "January sale. Be concise and friendly, and use British English. Returns: 35 days from delivery; sale items "
            "can be returned unless marked final sale. Never promise a refund date. If the customer is upset or asks for "
            "a person, offer a handover to the customer care team.")


_SUPPORT_MSG = (
    "where is my order? it was meant to come on the 2nd", "I want to return a {item}, how do I do it",
    "does the sale price apply to the {item} I bought on the 23rd", "my refund hasn't come through yet",
    "the {item} arrived damaged", "can I change my delivery address", "do you price match", "is the {item} back in stock",
    "I was charged twice", "can I speak to a person", "what time does the {city} store close today",
)


def support_prompt(rng: random.Random) -> Prompt:
    order = {"order": rng.randrange(1_000_000, 9_999_999), "status": rng.choice(("dispatched", "delayed", "delivered", "processing")),
             "items": rng.randrange(1, 5), "placed": f"2026-12-{rng.randrange(20, 32)}"}
    msg = fill(rng, rng.choice(_SUPPORT_MSG))
    return f"Order context: {json.dumps(order)}\nCustomer: {msg}", "support"


COACH_SYSTEM = ("You are Kit, the friendly coach in the Stride fitness app. Keep replies under 120 words, be encouraging and "
                "practical, never give medical advice, suggest seeing a GP for pain or health conditions. Use the user's "
                "profile and today's log.")
_COACH_MSG = ("I skipped my run today, feeling rubbish", "what should I eat before a morning run", "make me a 20 min workout for my living room",
              "how many calories in {food}", "I've lost 2lbs this week!", "my knees hurt after running", "can I still do dry january and go out friday",
              "give me a stretch routine for after work", "is it ok to run in the dark", "i'm so tired, should I rest today")


def coach_prompt(rng: random.Random) -> Prompt:
    prof = {"age": rng.randrange(19, 66), "goal": rng.choice(("lose weight", "run 5k", "get stronger", "sleep better")),
            "streak_days": rng.randrange(0, 5), "steps_today": rng.randrange(400, 14000)}
    return f"Profile: {json.dumps(prof)}\nUser: {fill(rng, rng.choice(_COACH_MSG))}", "coach"


TUTOR_SYSTEM = ("You are a patient maths tutor for UK secondary students preparing for GCSE and A-level exams (AQA, Edexcel, "
                "OCR). Use British terminology. Guide the student with questions first; if they ask for the answer or are "
                "stuck after two hints, show a clear worked solution step by step and the marks an examiner would award.")
_TUTOR_WRAP = ("{q}", "{q}", "how do i do this: {q}", "I'm stuck on this one: {q}", "{q}\nI got {n}, is that right?",
               "can you show me the full working for: {q}", "hint please: {q}", "{q}\nwhat's the first step?")
_TUTOR_FOLLOW = ("ok what next", "i still don't get it", "so is the answer {n}?", "can you just show me the full working",
                 "why do you times it?", "thanks that makes sense", "can you give me another one like this")


def tutor_prompt(rng: random.Random, c) -> Prompt:
    src = rng.choices(("gsm8k", "svamp", "math_short"), weights=(5, 3, 2))[0]
    w = rng.choice(_TUTOR_WRAP)
    return w.format(q=c.pick(rng, src), n=rng.randrange(2, 400)), ("short" if "hint" in w or "first step" in w else "cot_math")


def tutor_follow(rng: random.Random) -> Prompt:
    return rng.choice(_TUTOR_FOLLOW).format(n=rng.randrange(2, 400)), rng.choice(("short", "cot_math", "explain"))


MERCHANTS = ("TESCO STORES 2381", "SAINSBURYS S/MKT", "TFL TRAVEL CH", "GREGGS PLC", "AMZNMKTPLACE", "DELIVEROO", "OCTOPUS ENERGY",
             "COUNCIL TAX DD", "PRET A MANGER", "TRAINLINE", "UBER *TRIP", "BOOTS 1123", "SKY DIGITAL", "ARGOS LTD", "PAYPAL *VINTED")


def batch_prompt(rng: random.Random, job: str) -> Prompt:
    if job == "transactions":
        t = f"{rng.choice(MERCHANTS)} {rng.choice(SLOTS['city']).upper()} GB £{rng.uniform(1.2, 240):.2f}"
        return ("Categorise this UK bank transaction into one of [Groceries, Transport, Bills, Eating out, Shopping, Income, "
                f"Transfers, Other]. Reply as JSON {{\"category\": ...}}.\nTransaction: {t}"), "classify"
    if job == "products":
        return (f"Write a 60-word product description for our January sale listing: {fill(rng, '{item}')}, "
                f"colour {rng.choice(('navy', 'oat', 'black', 'sage', 'charcoal'))}, was £{rng.randrange(20, 400)}, now {rng.choice((20, 30, 40, 50))}% off."), "short"
    if job == "consultation":
        return ("Code this free-text response to the council's 2027/28 budget consultation into up to three themes from "
                "[libraries, roads, social care, bins, council tax, parks, housing, other]. Reply as JSON.\nResponse: "
                + fill(rng, rng.choice(("Please don't close the library in {city}, it's the only warm space for older people.",
                                        "Fix the potholes before anything else. Council tax went up again and the roads are worse.",
                                        "Social care needs the money, my {relative} waited months for a care package.")))), "classify"
    if job == "reindex":  # a help-centre article chunk being re-embedded
        return (f"{rng.choice(('Returns', 'Delivery', 'Payments', 'Gift cards', 'Click and collect'))} > "
                f"{fill(rng, 'How do I return a {item} bought in the sale?')} "
                f"Section {rng.randrange(1, 9)}: You can return most items within 35 days. Items bought in {fill(rng, '{shop}')} "
                f"stores can be returned in any store with proof of purchase. Refunds take 3-5 working days."), "short"
    return ("Summarise the following lease clause in plain English in two sentences:\n"
            f"The Tenant shall not assign, underlet or part with possession of the whole or any part of the Premises without "
            f"the prior written consent of the Landlord, such consent not to be unreasonably withheld. Clause {rng.randrange(2, 40)}.{rng.randrange(1, 9)}."), "extract"


CI_TESTS = ("Reply with the single word: pong", "Return {\"status\": \"ok\"} and nothing else.", "What is 2+2? Answer with a number only.",
            "Translate 'hello' into French. One word.", "Say hi", "Respond with the JSON schema you were given, filled with example values.",
            "Extract the postcode from: 10 Downing Street, London SW1A 2AA. Reply with the postcode only.",
            "Is this message spam? 'You have won a £500 Tesco voucher, click here'. Answer yes or no.")
