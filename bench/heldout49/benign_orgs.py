"""Benign organisations: coding agents, corporate cards, evaluation jobs,
edtech sub-accounts, app backends, support bots, BPOs, translation and SEO
pipelines, CI regression suites, hackathon workshops."""
from __future__ import annotations

from . import devices, phrases as ph
from .networks import FIXED, dc_addr, shared_nat
from .popkit import SharedNat, created_ago, home_line, stream, users
from .world import (DAY, EP_BATCH, EP_CHAT, EP_COMP, EP_RESP, HOUR, LAUNCH_MS, M_CODER, M_NEW, M_PRO, START_MS,
                    TZ, hexid, session, status_for)

AGENT_SYS = [
    "You are an autonomous coding agent working inside the user's repository. Use the provided tools to read files, run "
    "tests and apply minimal diffs. Never invent file paths. Prefer small, reviewable changes. When a test fails, read the "
    "traceback before editing. Output tool calls as JSON. Respect the project's style guide and licence headers. " * 3,
    "You are Kodiak, a pair-programming assistant. Answer with a short plan, then a unified diff. Keep explanations under "
    "120 words unless asked. If requirements are ambiguous, ask one clarifying question. Do not remove existing tests. " * 3,
    "SYSTEM: code-review bot. Given a diff and repository context, list bugs, security issues and style problems as a "
    "markdown table with file, line, severity and suggestion. Be specific; do not praise. " * 3,
]
ERRS = ["TypeError: Cannot read properties of undefined (reading 'map')", "ModuleNotFoundError: No module named 'django_filters'",
        "django.db.utils.OperationalError: no such column", "NullPointerException at OrderService.java:88",
        "Flutter: RenderFlex overflowed by 42 pixels on the bottom", "CORS policy: No 'Access-Control-Allow-Origin' header",
        "Laravel SQLSTATE[23000]: Integrity constraint violation", "npm ERR! peer dep conflict react@19"]


def _office(W, rng, cc, n=4):
    return SharedNat(shared_nat(W.nets, rng, W.nets.pick(rng, FIXED, cc.split("_")[0]), n))


class _OfficeOrHome:
    def __init__(self, office, home, tz):
        self.office, self.home, self.tz = office, home, tz

    def at(self, rng, t):
        loc = ((t - START_MS) // HOUR + self.tz) % 24
        return self.office.at(rng, t) if 9 <= loc < 19 else self.home.at(rng, t)


def coding(W):
    rng = W.ctx.rng("software-houses")
    firms = []
    for k in range(45):
        cc = "PK" if k < 26 else "BD"
        org, pay, office = W.ctx.org(rng), W.ctx.pay(rng), _office(W, rng, cc)
        firms += [(cc, org, pay, office, k % 3)] * rng.randint(2, 6)
    firms += [(rng.choice(["PK", "BD", "UK"]), "own", "own", None, rng.randrange(3)) for _ in range(40)]  # indie devs
    c = W.c

    def make_for(i):
        def make(rng, lg, cc, t):
            r = rng.random()
            ctx_tok = int(rng.lognormvariate(8.3, 0.9))
            if r < 0.35:
                p = "Fix this error:\n" + rng.choice(ERRS) + "\n" + c.pick(rng, "code")[:600]
            elif r < 0.7:
                p = c.pick(rng, "arena_code")
            else:
                p = rng.choice(["run the tests again", "apply the fix", "now refactor it", "add type hints", "write unit tests for this"])
            return p, AGENT_SYS[firms[i][4]], EP_CHAT, rng.randint(150, 2200), ctx_tok
        return make
    for i in range(len(firms)):
        cc, org, pay, office, _ = firms[i]
        users(W, f"coding-{i}", 1, make_for(i), ccs=cc, langs=[("en", 1)], profile="office",
              mods=(0.35, 1.0) if cc == "PK" else (1.0, 1.0), sess=(1.4, 0.6, 14), per=(6, 40), gap=12, follow=0.0,
              clients=["agent"], new_share=0.35, weights=(0.45, 0.35, 0.2),
              where=(lambda r, j, x, o=office: _OfficeOrHome(o, home_line(W, r, x, 0.2), TZ[x])) if office else None,
              acct_fn=lambda r, j, x, o=org, p=pay: W.ctx.account(r, "coding_agent_developers", org=o, pay=p,
                                                                   created=created_ago(r, 20, 900)))


OFFICE = ["Write a formal email to {x} about the delayed shipment", "Excel formula to sum column D where column B is '{x}'",
          "Summarise this policy in 5 bullet points: {d}", "Draft minutes of meeting for the {x} review", "Make this paragraph more professional: {d}",
          "Prepare talking points for a presentation to {x}", "Translate into Urdu for our staff notice: {d}", "Translate into Bengali: {d}"]
STAKE = ["the buyer in Germany", "H&M sourcing team", "the regional manager", "SBP inspection team", "our vendor in Shenzhen", "HR"]


def corporate_cards(W):
    rng = W.ctx.rng("corporates")
    for k, (cc, n) in enumerate((("PK", 32), ("BD", 30), ("PK", 28))):
        org, pay, office = W.ctx.org(rng), W.ctx.pay(rng), _office(W, rng, cc, 3)

        def make(rng, lg, cc, t):
            return rng.choice(OFFICE).format(x=rng.choice(STAKE), d=W.c.pick(rng, "user")[:500]), None, EP_CHAT, rng.randint(150, 900)
        users(W, f"corp-{k}", n, make, ccs=cc, langs=[("en", 1)], profile="office", mods=(0.25, 1.0) if cc == "PK" else (1, 1),
              sess=(0.9, 0.6, 10), per=(1, 4), clients=devices.DESK, where=lambda r, i, x, o=office: _OfficeOrHome(o, home_line(W, r, x), TZ[x]),
              acct_fn=lambda r, i, x, o=org, p=pay: W.ctx.account(r, "corporate_card_staff", org=o, pay=p, created=created_ago(r, 30, 700)))


EVAL_TMPL = {"gsm8k": "Question: {q}\nLet's think step by step.", "math": "Problem:\n{q}\n\nSolution: Let's think step by step.",
             "svamp": "{q}\nAnswer with a number. Think step by step.", "humaneval": "Complete the following Python function.\n\n{q}",
             "mbpp": "You are an expert Python programmer, and here is your task: {q}"}


def eval_jobs(W):
    """University/startup labs sweeping public benchmarks; the new model is evaluated right after launch."""
    rng = W.ctx.rng("evals")
    labs = [("PK", "pern"), ("PK", "aws"), ("BD", "bdren"), ("BD", "gcp"), ("PK", "azure"), ("BD", "aws"), ("UK", "gcp"), ("PK", "hetzner")]
    for lab, (cc, net) in enumerate(labs):
        a = W.ctx.account(rng, "benchmark_eval_jobs", created=created_ago(rng, 200, 1500), nkeys=2)
        host = (W.nets.addr(rng, net), devices.client(rng, ["py_sdk", "oai_py", "httpx", "aiohttp"]))
        runs = [(rng.choice(sorted(EVAL_TMPL)), sample(rng, lab)) for _ in range(rng.randint(2, 4))]
        runs.append((rng.choice(("gsm8k", "math", "humaneval")), LAUNCH_MS + int(rng.uniform(0.5, 6) * HOUR)))  # launch eval
        for bench, t0 in runs:
            n = min(len(W.c.t[bench]), rng.choice((164, 300, 500, 1000, 1319)))
            model = M_NEW if t0 >= LAUNCH_MS and rng.random() < 0.8 else rng.choice((M_PRO, "dariya-2.5-flash", M_CODER))
            off = rng.randrange(len(W.c.t[bench]))
            t, ep = t0, rng.choice((EP_CHAT, EP_CHAT, EP_COMP))
            for q in W.c.slice(bench, off, n):
                t += int(rng.expovariate(1 / 1.6) * 1000) + 150
                if t >= START_MS + 2 * DAY:
                    break
                st = status_for(rng, t, model, rate_limited=0.03)
                W.ctx.emit(a, t, host[0], host[1], EVAL_TMPL[bench].format(q=q), model=model, endpoint=ep,
                           ctok=rng.randint(120, 900), status=st, key=a.keys[lab % 2])


def sample(rng, lab):
    return START_MS + int(rng.uniform(1, 44) * HOUR)


EDTECH_SYS = ("You are Ustad-e-Sabaq, a friendly tutor for Pakistani and Bangladeshi school students (class 6-12). "
              "Explain step by step in the student's language (Urdu, Roman Urdu, Bengali, Banglish or English). Never give "
              "only the final answer; guide the student. Keep answers under 250 words. Refuse non-educational requests politely.")


def edtech(W):
    """An edtech gives every partner school its own sub-account: one org, one card, one system prompt, shared servers."""
    rng = W.ctx.rng("edtech")
    org, pay = W.ctx.org(rng), W.ctx.pay(rng)
    hosts = [(W.nets.addr(rng, "aws"), ("sabaq-backend/2.14 (python-httpx/0.28.1)", "dv_" + hexid(rng, 20))) for _ in range(5)]
    from .benign_people import _student_make
    mk = _student_make(W)
    for i in range(80):
        cc = "PK" if i < 48 else "BD"
        a = W.ctx.account(rng, "edtech_school_subaccounts", org=org, pay=pay, created=created_ago(rng, 40, 400))
        lg_t = ph.LANGS_PK if cc == "PK" else ph.LANGS_BD
        stream(W, rng, a, int(rng.lognormvariate(3.8, 0.6)), lambda r, t: (mk(r, ph.lang(r, lg_t), cc, t)[0], EDTECH_SYS, EP_CHAT,
               r.randint(150, 600)), tz=TZ[cc], profile="student", hosts=hosts, mods=(1.3, 1.0) if cc == "PK" else (1, 1))


APPS = [
    ("You are Dost, a helpful Roman Urdu WhatsApp assistant. Reply in the user's language. Be brief and friendly.", "PK", ("nq", "chat")),
    ("You are Bondhu AI inside a Bangladeshi super-app. Answer in Bangla or Banglish as the user writes. No medical or legal advice.", "BD", ("nq", "chat")),
    ("You are the assistant of a recipe app. Suggest halal recipes with local ingredients available in Pakistan and Bangladesh.", "PK", ("seed", "user")),
    ("You are CareerCoach. Help users in South Asia write CVs, prepare for interviews and plan careers.", "BD", ("user", "chat")),
    ("You are an Islamic-finance explainer for a savings app. Explain products clearly and note that this is not a fatwa.", "PK", ("nq", "seed")),
    ("You are a Quran-study companion app's assistant. Answer questions about Arabic vocabulary and tafsir sources respectfully.", "BD", ("nq", "seed")),
]
SUPPORT = ["amar cash out e extra charge keno katlo", "PIN bhule gechi ki korbo", "send money failed but balance kete nise",
           "mera account block ho gaya hai", "ATM card kab tak aayega", "Raast se paisa nahi aaya", "loan er installment kobe",
           "app login OTP ashche na", "bill payment pending dikha raha hai", "how to increase my wallet limit"]


def app_backends(W):
    rng = W.ctx.rng("apps")
    c = W.c
    for k, (sysm, cc, keys) in enumerate(APPS):
        org, pay = W.ctx.org(rng), W.ctx.pay(rng)
        hosts = [(dc_addr(W.nets, rng, ("aws", "gcp", "digitalocean", "hetzner")), devices.client(rng, devices.SERVER)) for _ in range(3)]
        for _ in range(2):
            a = W.ctx.account(rng, "consumer_app_backends", org=org, pay=pay, created=created_ago(rng, 90, 600), nkeys=3)
            lg_t = ph.LANGS_PK if cc == "PK" else ph.LANGS_BD
            stream(W, rng, a, rng.randint(700, 1500), lambda r, t, ks=keys: (ph.casual(r, ph.lang(r, lg_t), c.pick(r, r.choice(ks)))
                   if r.random() < 0.6 else c.pick(r, r.choice(ks)), sysm, EP_CHAT, r.randint(60, 700), r.choice((0, 0, 200, 800))),
                   tz=TZ[cc], profile="casual", hosts=hosts, new_share=0.15)
    for k in range(3):
        cc = "BD" if k < 2 else "PK"
        sysm = ("You are the customer support assistant of a mobile financial service. Follow the policy: never ask for PIN or OTP; "
                "for disputed transactions create a ticket; answer in the customer's language. Policy v%d.%d" % (7 + k, rng.randrange(10)))
        a = W.ctx.account(rng, "fintech_support_bot", created=created_ago(rng, 300, 900), nkeys=2)
        hosts = [(W.nets.addr(rng, "azure"), ("mfs-care-bot/5.2 node/22", "dv_" + hexid(rng, 20))) for _ in range(2)]
        stream(W, rng, a, rng.randint(1800, 2600), lambda r, t: (r.choice(SUPPORT) + r.choice(["", "?", " please", " vai", " urgent"]),
               sysm, EP_CHAT, r.randint(40, 250)), tz=TZ[cc], profile="casual", hosts=hosts)
