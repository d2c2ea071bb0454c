"""Campaigns, part 1: volume- and infrastructure-driven designs, from crude to moderately evasive
(crude CoT blast, hydra proxy farm, launch pivot, eval-harness mimic, reseller app, 4G modem farm, embedding harvest).
"""
from __future__ import annotations

from . import corpora as C
from . import texts_campaign as TC
from . import texts_work as TW
from . import world as W
from .core import Pop
from .network import JA4, WEB_UA, client, resi_proxy_exit


def crude_blast(p: Pop, n: int = 8) -> None:
    """Fresh accounts on one hosting ASN, python-requests, one English CoT-elicitation template, 24/7."""
    r = p.rng
    cards = [p.new_pay(r) for _ in range(2)]
    items = list(C.load("math", 1500)) + list(C.load("gsm8k"))
    r.shuffle(items)
    k = 0
    for i in range(n):
        a = p.acct("NL", lang="en", kind="requests", pay=cards[i % 2], keys=1,
                   created=W.DAY0 - r.randrange(2 * W.DAY), conn=p.net.cloud(r, r.choice(["hetzner_fsn", "ovh"]), 1))
        t = W.DAY0 + r.randrange(3 * W.HOUR)
        while t < W.END:
            if r.random() < 0.9:
                model = W.M_NEW if t >= W.LAUNCH else W.M_CHAT
                p.ev(a, t, TC.CRUDE.replace("{q}", items[k % len(items)]), model=model, out=(500, 2200))
                k += 1
            t += int(r.uniform(150, 400) * 1000)


def hydra(p: Pop, n: int = 200) -> None:
    """Proxy 'hydra': many clean-looking accounts, each ~20 requests a day, harvest mixed into ordinary traffic,
    residential exits rotating per request, a dozen prepaid cards shared across the farm, UA spoofing Chrome."""
    r = p.rng
    cards = [p.new_pay(r) for _ in range(12)]
    harvest = list(C.load("math", 1500)) + list(C.load("arena", 3000)) + list(C.code())
    for _ in range(n):
        created = W.DAY0 - int(r.uniform(20, 70) * W.DAY)
        a = p.acct(p.country(), kind="web", pay=r.choice(cards), keys=1, created=created)
        if r.random() < 0.7:
            a.ua, a.dev = WEB_UA["chrome"], JA4["python"]     # Chrome UA over a Python TLS stack
        for day in (0, 1):
            for ts in p.day_times(a, day, "flat", r.uniform(4, 8), 4, 50):
                if r.random() < 0.4:
                    text, out = r.choice(TC.HYDRA).replace("{q}", r.choice(harvest)), (500, 2000)
                else:
                    text, out = (r.choice(C.load("nq")), (30, 200)) if r.random() < 0.5 else (r.choice(C.chat()), (150, 900))
                model = W.M_NEW if ts >= W.LAUNCH + W.HOUR and r.random() < 0.5 else W.M_CHAT
                p.ev(a, ts, text, model=model, out=out, ip=resi_proxy_exit(r, 0.45))


def launch_pivot(p: Pop, n: int = 40) -> None:
    """Aged, quiet accounts that look ordinary on day 1 and pivot to the new model within an hour of launch,
    probing its capabilities across task families with a reasoning request."""
    r = p.rng
    fams = [C.load("math", 1500), C.load("arena", 3000), C.code(), C.load("gsm8k")]
    for _ in range(n):
        c = p.country()
        a = p.acct(c, kind=r.choice(["python", "web"]), pay=True, keys=2,
                   conn=p.net.home(r, c) if r.random() < 0.5 else p.net.cloud(r, "gcp_ams", 2))
        for ts in p.day_times(a, 0, "consumer", 2, 3, 80):
            p.ev(a, ts, r.choice(C.chat()) if r.random() < 0.6 else TC.filler(r, a.lang), out=(100, 700))
        t = W.LAUNCH + int(r.uniform(8, 55) * 60_000)
        end = t + int(r.uniform(5, 10) * W.HOUR)
        while t < min(end, W.END):
            fam = fams[r.randrange(len(fams))]
            p.ev(a, t, r.choice(TC.LAUNCH).replace("{q}", r.choice(fam)), model=W.M_NEW, out=(600, 2400))
            t += int(r.uniform(60, 420) * 1000)


def eval_mimic(p: Pop, n: int = 6) -> None:
    """DESIGNED REUSE: copies the benign eval harness's user agent and prompt templates (texts_work.EVAL_*), but the
    'benchmark' is the whole task space (arena, chat prompts, maths, code) streamed steadily over both days."""
    from .benign_services import HARNESS_UA
    r = p.rng
    org = f"org-{W.token(r, 12)}"
    pool = list(C.load("arena", 3000)) + list(C.load("math", 1500)) + list(C.code()) + list(C.load("user"))
    r.shuffle(pool)
    fmts = [TW.EVAL_ZERO, TW.EVAL_GSM8K_COT, TW.EVAL_MATH]
    k = 0
    for _ in range(n):
        a = p.acct(r.choice(["NL", "SE"]), org=org, pay=True, kind="python", keys=3, conn=p.net.cloud(r, "aws_fra", 2))
        a.ua = HARNESS_UA
        for day in (0, 1):
            for start in p.day_times(a, day, "flat", 6, 1, 0):
                for ts in W.session(r, start, r.randint(25, 70), 6, 0.4):
                    fmt = r.choice(fmts)
                    model = W.M_NEW if ts >= W.LAUNCH and r.random() < 0.6 else W.M_CHAT
                    p.ev(a, ts, fmt.replace("{q}", pool[k % len(pool)]), model=model,
                         system=TW.EVAL_SYSTEM if fmt is TW.EVAL_MATH else None, out=(300, 1800), ua=HARNESS_UA)
                    k += 1


def reseller_app(p: Pop, n: int = 20) -> None:
    """'Lumo AI', a consumer companion app running on pooled API keys: real end-user chats (campaign-own and corpus
    texts) with harvest prompts injected by the operator at about a third of the volume."""
    r = p.rng
    egress = p.net.cloud(r, "do_ams", 4)
    ua = "lumo-server/2.1 " + client(r, "node")[0]
    harvest = list(C.load("math", 1500)) + list(C.code()) + list(C.load("arena", 3000))
    for _ in range(n):
        a = p.acct("NL", lang="en", pay=True, kind="node", keys=1, conn=egress)
        a.ua = ua
        for day in (0, 1):
            for _k in range(r.randint(90, 150)):
                ts = W.sample_ts(r, p.country(), "consumer", day)
                if r.random() < 0.35:
                    text, out = r.choice(harvest) + r.choice(TC.LUMO_SUFFIX), (600, 2200)
                else:
                    text = TC.filler(r, r.choice(["nl", "da", "sv", "en"])) if r.random() < 0.3 else r.choice(C.chat())
                    out = (80, 600)
                p.ev(a, ts, text, system=TC.LUMO_SYSTEM, model=W.M_CHAT, out=out, ctx=r.choice([0, 150, 600]))


def modem_farm(p: Pop, n: int = 55) -> None:
    """A rack of 4G modems in NL/SE: addresses come from the same carrier CGNAT pools as real phones; accounts fire
    in rounds every ~12 minutes, round the clock."""
    r = p.rng
    harvest = list(C.load("gsm8k")) + list(C.load("math", 1200))
    accts = []
    for i in range(n):
        c = "NL" if i % 2 == 0 else "SE"
        a = p.acct(c, lang="nl" if c == "NL" else "sv", kind="android", pay=True, keys=[],
                   conn=p.net.mobile(r, c), created=W.aged_created(r, lo=W.DAY0 - 200 * W.DAY))
        accts.append(a)
    t = W.DAY0 + r.randrange(10 * 60_000)
    while t < W.END:
        for a in r.sample(accts, k=r.randint(3, 8)):
            tpl = r.choice(TC.MODEM[a.lang])
            p.ev(a, t + r.randrange(90_000), tpl.replace("{q}", r.choice(harvest)), out=(400, 1600), key=None)
        t += int(r.uniform(9, 15) * 60_000)


def embed_harvest(p: Pop, n: int = 4) -> None:
    """Maps the embedding model: lexicon probes, inflections and minimal frames in six Nordic/Benelux languages,
    steady rate from one cloud host per account."""
    r = p.rng
    langs = sorted(TC.LEXICON)
    for _ in range(n):
        a = p.acct(r.choice(["NL", "DK", "FI"]), kind="python", pay=True, keys=1, conn=p.net.cloud(r, "scaleway", 1))
        t = W.DAY0 + r.randrange(6 * W.HOUR)
        while t < W.END:
            lang = r.choice(langs)
            p.ev(a, t, TC.lexicon_probe(r, lang), endpoint=W.EP_EMBED)
            t += int(r.uniform(5, 60) * 1000) if r.random() < 0.98 else int(r.uniform(1, 3) * W.HOUR)
