"""What people in the UK and Ireland ask a chatbot in the first week of
January: back to work, resolutions, Dry January, the January sales, self
assessment (31 January deadline), NHS winter pressure, mocks and January exams,
UCAS and CAO applications, storms and train disruption.

Templates with {slots}; `fill` picks slot values from SLOTS.
"""
from __future__ import annotations

import random
import re

SLOTS: dict[str, tuple[str, ...]] = {
    "city": ("London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Edinburgh", "Bristol", "Cardiff", "Belfast",
             "Liverpool", "Newcastle", "Sheffield", "Nottingham", "Brighton", "Dublin", "Cork", "Galway", "Limerick",
             "Swansea", "Aberdeen", "Norwich", "Leicester", "Southampton", "York", "Coventry"),
    "shop": ("Next", "John Lewis", "Argos", "Currys", "M&S", "Boots", "Tesco", "Sainsbury's", "Primark", "ASOS",
             "Very", "Dunnes Stores", "Harvey Norman", "IKEA", "Amazon", "JD Sports", "Zara", "Dunelm", "B&Q"),
    "item": ("air fryer", "coat", "TV", "laptop", "pair of trainers", "Dyson hoover", "coffee machine", "duvet set",
             "smartwatch", "winter boots", "kettle", "sofa", "headphones", "Nintendo Switch game", "jumper"),
    "food": ("porridge with banana", "a meal deal", "chicken stir fry", "beans on toast", "a jacket potato with tuna",
             "a Greggs vegan sausage roll", "overnight oats", "lentil soup", "spag bol", "a chicken caesar wrap"),
    "topic": ("simultaneous equations", "quadratic formula", "Pythagoras", "trigonometry", "probability trees",
              "vectors", "circle theorems", "standard form", "surds", "completing the square", "histograms",
              "differentiation", "integration by parts", "binomial expansion", "ratio and proportion",
              "compound interest", "the sine rule", "algebraic fractions", "indices", "bounds"),
    "subject": ("biology", "chemistry", "physics", "English literature", "history", "geography", "economics",
                "psychology", "computer science", "business studies", "religious studies", "French", "Spanish"),
    "text": ("An Inspector Calls", "Macbeth", "A Christmas Carol", "Jekyll and Hyde", "Of Mice and Men",
             "Romeo and Juliet", "the Power and Conflict poems", "Blood Brothers", "Frankenstein"),
    "course": ("medicine", "law", "computer science", "economics", "nursing", "mechanical engineering",
               "psychology", "history", "architecture", "veterinary medicine", "physiotherapy", "maths"),
    "relative": ("mum", "dad", "nan", "grandad", "husband", "wife", "partner", "son", "daughter"),
    "hospital": ("the Royal Infirmary", "St Thomas'", "the QE", "the General", "Beaumont", "St James's", "the Royal Victoria"),
    "nation": ("England", "Scotland", "Wales", "Northern Ireland", "Ireland"),
    "n": ("200", "500", "1,000", "1,500", "2,000", "3,000", "5,000"),
    "price": ("49", "79", "129", "199", "249", "349", "599", "899"),
    "salary": ("24,000", "28,500", "32,000", "38,000", "45,000", "52,000", "65,000"),
    "side": ("selling on Vinted", "Airbnb", "tutoring", "freelance design work", "a YouTube channel", "dog walking",
             "Deliveroo", "renting out a room"),
    "storm": ("An amber wind warning", "A yellow snow and ice warning", "A named storm", "A Met Office rain warning"),
    "team": ("the finance team", "customer success", "the planning department", "the warehouse", "our sales team",
             "the design studio", "the housing team"),
    "drink": ("Guinness 0.0", "Lucky Saint", "a Nojito", "kombucha", "Seedlip and tonic", "a shirley temple"),
    "day": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "job": ("data analyst", "care assistant", "primary school teacher", "paralegal", "junior developer",
            "marketing executive", "HGV driver", "receptionist", "project manager", "pharmacy technician"),
}

# Ordinary chat, grouped by theme: (weight, templates)
THEMES: dict[str, tuple[float, tuple[str, ...]]] = {
    "resolutions": (1.2, (
        "Make me a 12 week couch to 5k plan that fits around a 9 to 5 job in {city}, it's dark by 4pm",
        "I want to save £{n} by the end of 2027 on a £{salary} salary. Can you make me a monthly budget?",
        "Give me a realistic plan to read 24 books this year. I mostly like crime and historical fiction",
        "suggest a beginner strength routine i can do at home with two dumbbells, 3 times a week",
        "How do I actually stick to a new year's resolution past the second week of January?",
        "Plan a week of dinners for a family of four for under £60, we shop at {shop}",
        "I've signed up for a gym in January like everyone else. What should a complete beginner do on day one?",
        "Write me a habit tracker in a table for January: water, steps, no phone after 10pm, reading",
        "I want to learn Spanish this year before a trip in August. 20 minutes a day. Make me a plan",
        "what's a sensible calorie deficit for losing a stone by Easter, I'm 34 female 5'6",
    )),
    "dry_january": (.8, (
        "I'm doing Dry January. What alcohol-free drinks can I order at the pub that aren't just coke?",
        "What actually happens to your body after a month off alcohol after a heavy December?",
        "Give me a mocktail recipe using blood orange and ginger beer",
        "my mates are all going to the pub friday and im doing dry january, how do i not feel awkward",
        "Is {drink} actually alcohol free or is it 0.5%?",
        "How much money will I save doing Dry January if I usually spend about £40 a week on drinks?",
        "Write a funny WhatsApp message to the group chat saying I'm out for January but will be designated driver",
    )),
    "sales": (1.0, (
        "I bought a {item} in the Boxing Day sale from {shop} and it's stopped working. What are my rights under the Consumer Rights Act?",
        "Write a polite but firm email to {shop} asking where my refund is. I returned a {item} on 27 December",
        "Is £{price} a good price for a {item} in the January sales or should I wait?",
        "Can a shop refuse a refund on sale items in the UK?",
        "How long do I have to return something bought online in Ireland?",
        "Help me write a chargeback request to my bank for a {item} that never arrived",
        "Compare buying a {item} now in the sales vs waiting for Easter offers",
    )),
    "money": (1.0, (
        "Do I need to do a self assessment tax return if I earned £{n} from {side}?",
        "What happens if I miss the 31 January self assessment deadline?",
        "Explain payments on account like I'm five",
        "Can I claim working from home expenses on my self assessment for 2025/26?",
        "I'm self-employed and forgot to put money aside for tax. I owe about £{n}. Can I get a payment plan with HMRC?",
        "What is Making Tax Digital for income tax and does it apply to me as a landlord earning £{salary}?",
        "How does the energy price cap change in January affect my bill?",
        "Is it worth switching my ISA before the end of the tax year?",
        "explain the difference between a cash ISA and a stocks and shares ISA",
        "I'm in Ireland, how do I claim the rent tax credit for 2026?",
        "Write a letter to the council asking for a council tax single person discount",
    )),
    "nhs": (.8, (
        "How long should a cough last before I go to the GP? It's been three weeks",
        "My {relative} has been waiting {n} minutes for an ambulance, is there anything else we can do?",
        "What's the difference between NHS 111, a walk-in centre and an urgent treatment centre?",
        "Who is eligible for the flu jab in {nation} this winter?",
        "Write a short letter to my GP surgery asking for a medication review for my {relative}",
        "My toddler has a temperature of 38.5 and a rash, what should I look out for?",
        "Norovirus is going round my kids' school, how do I stop the whole house getting it?",
        "What should I bring to A&E if I'm taking my {relative} in tonight?",
        "how to get a GP appointment when the phone line is always engaged at 8am",
    )),
    "work": (1.3, (
        "Write an out of office saying I'm back on {day} 5 January and who to contact meanwhile",
        "I've got 300 unread emails after Christmas. How should I triage them this morning?",
        "Draft a short message to {team} wishing them a happy new year and setting out our Q1 priorities",
        "Rewrite this to sound more professional: hi all, sorry for the late reply, was off over xmas, will get to everything this week",
        "Give me an Excel formula that counts how many invoices in column C are overdue by more than 30 days",
        "Turn these notes into minutes with actions: budget overspend on agency staff, need to recruit two {job}s, review in Feb",
        "How do I ask for a pay rise in my January one to one?",
        "Write a LinkedIn post about starting a new job as a {job} this week, not cringe",
        "Summarise the main points of the Employment Rights Act changes coming into force this year",
    )),
    "jobs": (.7, (
        "Improve my CV summary for a {job} role. I have 4 years experience in retail",
        "Write a cover letter for a {job} job at the NHS, I'm changing careers from hospitality",
        "What questions should I ask at the end of an interview?",
        "Help me answer 'tell me about a time you dealt with conflict' using the STAR method",
    )),
    "home_life": (1.1, (
        "What can I make for dinner with leftover turkey, potatoes and a bag of spinach?",
        "How do I stop condensation and black mould on my bedroom windows in winter?",
        "Our boiler keeps losing pressure, what can I check before calling someone out?",
        "Plan a cheap weekend in {city} in late January for two adults",
        "Ideas for a 7 year old's birthday party in January when it's too cold to go outside",
        "How do I get my kids back into a school routine after Christmas?",
        "Write a thank you message to my aunt for the Christmas present, a {item}",
        "{storm} is forecast this week. Will trains from {city} be cancelled and how do I claim Delay Repay?",
        "What's the best way to take the Christmas tree down without needles everywhere?",
        "Recipe for a big pot of soup that will do lunches all week",
        "Is it cheaper to leave the heating on low all day or put it on when I need it?",
    )),
    "study": (.8, (
        "My GCSE maths mock is on {day}. Give me 5 practice questions on {topic} with answers",
        "Explain {topic} simply, I'm in year 11",
        "What's the best way to revise {subject} in two weeks?",
        "Help me improve the opening of my UCAS personal statement for {course}",
        "Give me a quote analysis for {text} that would get a grade 9",
        "What does the CAO points system mean for getting into {course} in Trinity?",
        "make a revision timetable for my mocks, I have {subject}, maths, English and {subject}",
    )),
    "fun": (.8, (
        "Who's got the best chance in the FA Cup third round this weekend?",
        "Write a limerick about Blue Monday",
        "Give me 10 pub quiz questions about 2026",
        "What should I watch on Netflix this week if I liked Slow Horses?",
        "Ideas for a quiet night in on a Saturday in January",
        "When do the Six Nations start this year and who are Ireland playing first?",
        "Write a poem about January in {city}, a bit grim but hopeful",
    )),
}

FOLLOW_UPS = (
    "thanks! can you make it shorter", "can you put that in a table", "what about if I'm in Ireland?",
    "ok and if I'm self-employed?", "make it a bit less formal", "why?", "can you explain step 2 again",
    "that's not right, try again", "perfect, thank you", "can you give me a version for a 10 year old",
    "and how much would that cost roughly?", "shorter please, it's for a text message", "what would you do?",
    "can you add more detail to the second part", "is that still true in 2027?", "ta", "translate that into Welsh",
    "hmm I don't get it, simpler please", "can you do the same for next week", "sorry I meant {city} not London",
)

_SLOT = re.compile(r"\{(\w+)\}")
_THEME_NAMES = tuple(THEMES)
_THEME_W = tuple(THEMES[k][0] for k in _THEME_NAMES)


def fill(rng: random.Random, template: str) -> str:
    return _SLOT.sub(lambda m: rng.choice(SLOTS[m.group(1)]) if m.group(1) in SLOTS else m.group(0), template)


def themed(rng: random.Random, themes: tuple[str, ...] | None = None) -> str:
    if themes:
        t = rng.choice(themes)
    else:
        t = rng.choices(_THEME_NAMES, weights=_THEME_W)[0]
    return fill(rng, rng.choice(THEMES[t][1]))


def follow_up(rng: random.Random) -> str:
    return fill(rng, rng.choice(FOLLOW_UPS))


def casual(rng: random.Random, text: str) -> str:
    """How people actually type on a phone: lower case, no full stop, the odd typo."""
    r = rng.random()
    if r < .3:
        text = text[0].lower() + text[1:]
    if rng.random() < .35:
        text = text.rstrip(".?")
    if rng.random() < .08 and len(text) > 30:
        i = rng.randrange(5, len(text) - 5)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2:]
    return text
