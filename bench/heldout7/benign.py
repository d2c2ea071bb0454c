"""Benign populations of the heldout7 world."""
from __future__ import annotations

import json

import texts
import world
from core import Pop, app_system, locale_for
from texts import clip, fake_reply, follow_up, native_prompt, transcript
from world import (ASNS, COUNTRIES, DAY, EP_APP, EP_CHAT, EP_EMB, EP_RESP, HOUR, MIN, NEW_MODEL, RELEASE, SEC,
                   T0, ipv4_in, ipv6_host, ipv6_prefix64, lognorm, poisson, sessions, utc_hour_weights)


class Where:
    """Where one person connects from: a home line and a phone on a carrier."""

    def __init__(self, pop: Pop, cc: str):
        rng = pop.rng
        tz, _, mob, fix, v6 = COUNTRIES[cc]
        self.pop = pop
        self.cc = cc
        self.tz = tz
        self.v6 = v6
        self.masn = rng.choice(mob)
        self.fasn = rng.choice(fix)
        if ASNS[self.fasn][1] == "mobile":
            self.home4 = rng.choice(pop.net.cgnat[self.fasn])
        else:
            self.home4 = ipv4_in(rng, self.fasn)
        self.home6 = ipv6_prefix64(rng, self.fasn) if ASNS[self.fasn][3] and rng.random() < v6 else None

    def home(self) -> tuple[str, int]:
        rng = self.pop.rng
        if self.home6 and rng.random() < 0.85:
            return ipv6_host(rng, self.home6), self.fasn
        return self.home4, self.fasn

    def cell(self) -> tuple[str, int]:
        return self.pop.net.mobile_ip(self.pop.rng, self.masn, self.v6), self.masn


def pick_model(rng, ts: int, paid: bool, new_share_paid: float = 0.6, new_share_free: float = 0.3) -> str:
    if ts >= RELEASE and rng.random() < (new_share_paid if paid else new_share_free):
        return NEW_MODEL
    return "orca-4" if paid else "orca-4-mini"


class ConsumerMixin:
    """Shared content logic for people using the first-party apps."""

    def first_prompt(self, lang: str) -> tuple[str, str]:
        rng, c = self.rng, self.corp
        if lang == "en":
            r = rng.random()
            if r < 0.26:
                return rng.choice(c.nq), "short"
            if r < 0.56:
                return clip(rng.choice(c.chat_short), 1800), "chat"
            if r < 0.76:
                return native_prompt(rng, "en"), "chat"
            if r < 0.84:
                return clip(rng.choice(c.awesome_mid), 3000), "long"
            if r < 0.92:
                return rng.choice(c.gsm8k if rng.random() < 0.7 else c.svamp), "homework"
            return clip(rng.choice(c.arena_code), 2500), "code"
        r = rng.random()
        if r < 0.68:
            return native_prompt(rng, lang), "chat"
        if r < 0.82:
            return clip(rng.choice(c.chat_short), 1500), "chat"
        if r < 0.9:
            return clip(rng.choice(c.awesome_mid), 2500), "long"
        return rng.choice(c.nq), "short"

    COMP = {"short": (110, 0.6), "chat": (330, 0.7), "long": (620, 0.6), "homework": (280, 0.5), "code": (520, 0.6),
            "follow": (230, 0.7)}

    def conversation_session(self, a, times, lang, cc, ipf, ua, dev, paid, endpoint=EP_APP, system_fn=None,
                             cont_p=0.62, first_fn=None, key=None):
        rng = self.rng
        history: list[tuple[str, str]] = []
        last = None
        model = pick_model(rng, times[0], paid)
        ip, asn = ipf()
        for i, ts in enumerate(times):
            if last is not None and rng.random() < cont_p:
                history.append((clip(last[0], 2500), fake_reply(rng, lang, rng.randint(2, 7))))
                history = history[-6:]
                msg = follow_up(rng, lang)
                prompt = transcript(history, msg, lang)
                kind = "follow"
                turns = len(history) * 2 + 1
                last = (msg, kind)
            else:
                history = []
                msg, kind = (first_fn or self.first_prompt)(lang)
                prompt = msg
                turns = 1
                last = (msg, kind)
            if ts >= RELEASE and model != NEW_MODEL and i > 0 and rng.random() < 0.05:
                model = pick_model(rng, ts, paid)
            med, sg = self.COMP[kind]
            sys = system_fn(ts) if system_fn else app_system(ts, locale_for(cc, lang))
            self.emit(ts, a, prompt=prompt, model=model, endpoint=endpoint, system=sys, lang=lang,
                      comp=self.comp(med, sg), ip=ip, asn=asn, ua=ua, device=dev, key=key, turns=turns)


# ============================================================================ casual consumers
class Casual(ConsumerMixin, Pop):
    """Ordinary people on the web app, phone app and desktop app."""

    def run(self, base=2050):
        rng = self.rng
        for _ in range(self.n(base)):
            cc = world.pick_country(rng)
            lang = world.pick_lang(rng, cc)
            w = Where(self, cc)
            if rng.random() < 0.04:  # signed up during the trace
                created = T0 + rng.randrange(self.ctx.days * DAY)
            else:
                created = T0 - int(lognorm(rng, 160, 1.0, 1, 1200) * DAY) - rng.randrange(DAY)
            paid = rng.random() < 0.38
            a = self.account(created, pay=self.new_pf() if paid else None, key_prefix="app_")
            r = rng.random()
            if r < 0.48:
                ua, dev = world.app_client(rng, 0.8 if cc in ("BR", "MX", "NG", "KE", "EG", "CO", "AR", "SN") else 0.55)
                mobile = True
            elif r < 0.9:
                mobile = rng.random() < 0.3
                ua, dev = world.browser_client(rng, mobile)
            else:
                ua, dev = world.desktop_client(rng)
                mobile = False
            hw = utc_hour_weights("consumer", w.tz)
            rate = lognorm(rng, 5.5, 0.85, 1, 120)
            p_active = rng.choice((0.35, 0.55, 0.75, 0.95))
            for d, day0 in self.days():
                if rng.random() > p_active:
                    continue
                if created > day0 + DAY:
                    continue
                n = poisson(rng, rate * world.local_dayfactor("consumer", day0, w.tz)) or 1
                for s in sessions(rng, day0, hw, n, 3.0, 70, 0.8):
                    if s[0] < created:  # a new sign-up: squeeze the day into the time after sign-up
                        s = [created + MIN + (t - day0) * (day0 + DAY - created) // DAY for t in s]
                    ipf = w.cell if (mobile and rng.random() < 0.55) else w.home
                    self.conversation_session(a, s, lang, cc, ipf, ua, dev, paid)


# ============================================================================ households sharing one card
class Household(ConsumerMixin, Pop):
    """Families on a family plan: one card and one org for 2-5 people; the
    home line is shared, kids ask homework questions in the afternoon."""

    def kid_prompt(self, lang):
        rng, c = self.rng, self.corp
        q = rng.choice(c.gsm8k) if rng.random() < 0.55 else (rng.choice(c.svamp) if rng.random() < 0.6 else rng.choice(c.math))
        lead = {"pt": ["me ajuda nessa questão:", "como resolve isso?", "não entendi esse exercício:"],
                "es": ["ayúdame con este ejercicio:", "¿cómo se resuelve esto?", "no entiendo este problema:"],
                "de": ["wie löse ich das?", "Hilfe bei dieser Aufgabe:"],
                "pl": ["jak to rozwiązać?", "pomóż mi z zadaniem:"], "fr": ["aide-moi pour cet exercice :"],
                "sw": ["nisaidie swali hili:"], "ar": ["ساعدني في هذا السؤال:"]}.get(lang, ["help with this:", "how do i solve this",
                                                                                          "can you explain this question"])
        return f"{rng.choice(lead)} {q}", "homework"

    def run(self, base=62):
        rng = self.rng
        mix = [("BR", 30), ("MX", 12), ("AR", 6), ("CO", 6), ("ES", 10), ("PT", 5), ("DE", 7), ("PL", 6), ("NG", 7),
               ("KE", 5), ("ZA", 6)]
        for _ in range(self.n(base)):
            cc = world.pick_country(rng, mix)
            lang = world.pick_lang(rng, cc)
            pay = self.new_pf()
            org = self.new_org()
            home = Where(self, cc)
            hw_adult = utc_hour_weights("consumer", home.tz)
            hw_kid = utc_hour_weights("student", home.tz)
            fam_created = T0 - int(lognorm(rng, 300, 0.7, 10, 1500) * DAY)
            for m in range(rng.choice((2, 2, 3, 3, 4, 5))):
                kid = m >= 2 or (m == 1 and rng.random() < 0.3)
                created = fam_created + int(rng.random() * 200 * DAY) if m else fam_created
                created = min(created, T0 - HOUR)
                a = self.account(created, org=org, pay=pay, key_prefix="app_")
                me = Where(self, cc)
                me.home4, me.home6, me.fasn = home.home4, home.home6, home.fasn
                if rng.random() < 0.65:
                    ua, dev = world.app_client(rng)
                else:
                    ua, dev = world.browser_client(rng, rng.random() < 0.4)
                rate = lognorm(rng, 7 if kid else 4, 0.7, 1, 60)
                for d, day0 in self.days():
                    if rng.random() < 0.3:
                        continue
                    n = poisson(rng, rate) or 1
                    for s in sessions(rng, day0, hw_kid if kid else hw_adult, n, 3.5, 80, 0.7):
                        ipf = me.home if rng.random() < 0.7 else me.cell
                        self.conversation_session(a, s, lang, cc, ipf, ua, dev, True, cont_p=0.55,
                                                  first_fn=self.kid_prompt if kid and rng.random() < 0.75 else None)


# ============================================================================ independent developers
DEV_SYSTEMS = [
    "You are a helpful assistant.",
    "You are a helpful assistant. Answer concisely.",
    "You are a senior software engineer. Give precise, working code and explain briefly.",
    "Return only valid JSON matching the schema {\"answer\": string, \"confidence\": number}.",
    "Eres un asistente útil. Responde siempre en español.",
    "Você é um assistente que responde em português do Brasil, de forma objetiva.",
    "You are a code reviewer. Point out bugs, security issues and style problems.",
    "You extract structured data from user messages. Output YAML only.",
]


class IndieDev(Pop):
    """Individual developers calling the API from laptops and small VMs."""

    def run(self, base=430):
        rng, c = self.rng, self.corp
        mix = [("BR", 22), ("AR", 7), ("MX", 8), ("CO", 5), ("CL", 3), ("ES", 9), ("PT", 4), ("DE", 10), ("PL", 10),
               ("FR", 5), ("NG", 8), ("KE", 6), ("ZA", 4), ("EG", 3)]
        for _ in range(self.n(base)):
            cc = world.pick_country(rng, mix)
            lang = world.pick_lang(rng, cc)
            w = Where(self, cc)
            created = T0 - int(lognorm(rng, 220, 0.9, 2, 1300) * DAY)
            a = self.account(created, pay=self.new_pf() if rng.random() < 0.85 else None, nkeys=rng.choice((1, 1, 2, 3)))
            uas = [world.sdk_ua(rng) for _ in range(rng.choice((1, 1, 2)))]
            cloud = rng.choice((16509, 396982, 24940, 14061, 16276, 63949))
            vm_ip = ipv4_in(rng, cloud)
            vm_share = rng.choice((0.0, 0.0, 0.2, 0.6))
            if rng.random() < 0.6:
                system = rng.choice(DEV_SYSTEMS)
            elif rng.random() < 0.5:
                system = clip(rng.choice(c.roles), 2000)
            else:
                system = None
            models = ["orca-4-mini", "orca-4"] if rng.random() < 0.5 else ["orca-4-mini"]
            tries_new = rng.random() < 0.45
            hw = utc_hour_weights("dev", w.tz)
            rate = lognorm(rng, 18, 1.1, 1, 700)
            for d, day0 in self.days():
                if rng.random() < 0.25:
                    continue
                n = poisson(rng, rate * world.local_dayfactor("dev", day0, w.tz)) or 1
                for s in sessions(rng, day0, hw, n, 6, 25, 1.0):
                    on_vm = rng.random() < vm_share
                    ip, asn = (vm_ip, cloud) if on_vm else w.home()
                    ua = uas[-1] if on_vm else uas[0]
                    key = a.keys[-1] if on_vm else a.keys[0]
                    prompt, kind = None, None
                    for ts in s:
                        if prompt is None or rng.random() > 0.35:  # a third of calls re-run the same prompt
                            r = rng.random()
                            if r < 0.38:
                                prompt, kind = clip(rng.choice(c.arena_code), 5000), "code"
                            elif r < 0.48:
                                prompt, kind = rng.choice(c.mbpp if rng.random() < 0.7 else c.humaneval), "code"
                            elif r < 0.75:
                                prompt, kind = clip(rng.choice(c.chat_short), 3000), "chat"
                            elif r < 0.88:
                                prompt, kind = native_prompt(rng, lang), "chat"
                            else:
                                prompt, kind = clip(rng.choice(c.prose), 3500), "emb"
                        elif rng.random() < 0.4:
                            prompt = prompt + rng.choice(("\nBe concise.", "\nRespond in JSON.", " Use Python 3.12.",
                                                          "\n\nThink carefully.", " (short answer please)"))
                        model = rng.choice(models)
                        if tries_new and ts >= RELEASE and rng.random() < 0.5:
                            model = NEW_MODEL
                        if kind == "emb":
                            self.emit(ts, a, prompt=prompt, model=world.EMBED_MODEL, endpoint=EP_EMB, lang=lang, ip=ip,
                                      asn=asn, ua=ua, key=key)
                            continue
                        ep = EP_RESP if rng.random() < 0.06 else EP_CHAT
                        comp = self.comp(480 if kind == "code" else 300, 0.7)
                        self.emit(ts, a, prompt=prompt, model=model, endpoint=ep, system=system, lang=lang, comp=comp,
                                  ip=ip, asn=asn, ua=ua, key=key, errors=(0.01, 0.004, 0.012))


# ============================================================================ tool-calling agent developers
TOOLS = [
    ('web_search', '{"type":"object","properties":{"query":{"type":"string"},"top_k":{"type":"integer"}},"required":["query"]}'),
    ('read_file', '{"type":"object","properties":{"path":{"type":"string"}},"required":["path"]}'),
    ('write_file', '{"type":"object","properties":{"path":{"type":"string"},"content":{"type":"string"}},"required":["path","content"]}'),
    ('run_python', '{"type":"object","properties":{"code":{"type":"string"},"timeout_s":{"type":"integer"}},"required":["code"]}'),
    ('sql_query', '{"type":"object","properties":{"sql":{"type":"string"},"database":{"type":"string"}},"required":["sql"]}'),
    ('http_get', '{"type":"object","properties":{"url":{"type":"string"}},"required":["url"]}'),
    ('send_email', '{"type":"object","properties":{"to":{"type":"string"},"subject":{"type":"string"},"body":{"type":"string"}}}'),
    ('list_dir', '{"type":"object","properties":{"path":{"type":"string"}}}'),
    ('create_ticket', '{"type":"object","properties":{"title":{"type":"string"},"priority":{"type":"string"}}}'),
    ('calendar_lookup', '{"type":"object","properties":{"date":{"type":"string"}}}'),
]
AGENT_HEADS = [
    "You are an autonomous software agent working in a sandboxed repository. Plan, call tools, verify your work, "
    "and stop when the task is complete. Never invent tool results.",
    "You are OpsPilot, an operations assistant for a logistics company. Use the tools to look up data before answering. "
    "Keep answers short and cite the records you used.",
    "You are a research agent. Break the task into steps, search for sources, read them, and write a short report "
    "with references. Use at most 12 tool calls.",
    "Você é um agente de atendimento. Use as ferramentas para consultar pedidos e abrir chamados. Responda em português.",
    "Eres un agente de análisis de datos. Usa sql_query y run_python para responder con cifras verificadas.",
]
FAKE_RESULTS = [
    '{"status":"ok","rows":[["2026-05-14",1843,0.032],["2026-05-13",1790,0.029]]}',
    "Traceback (most recent call last):\n  File \"main.py\", line 12, in <module>\n    df = load(path)\nFileNotFoundError: data/orders.csv",
    '{"results":[{"title":"Release notes 4.2","url":"https://docs.example.org/release-4-2"},{"title":"Migration guide","url":"https://docs.example.org/migrate"}]}',
    "src/\n  app.py\n  models.py\n  utils/\n    dates.py\ntests/\n  test_app.py\nREADME.md",
    '{"ticket_id":"OPS-48213","state":"created"}',
    "200 OK\n<html><head><title>Shipping rates</title></head><body>Zone A: 4.90 EUR; Zone B: 7.40 EUR</body></html>",
    "..........F.\nFAILED tests/test_app.py::test_parse_date - AssertionError: assert None == datetime.date(2026, 5, 1)\n1 failed, 11 passed",
]


class AgentDev(Pop):
    """Teams building tool-calling agents: long, growing prompts in tight loops."""

    errors = (0.006, 0.006, 0.008)

    def run(self, base=85):
        rng, c = self.rng, self.corp
        mix = [("BR", 20), ("DE", 15), ("PL", 12), ("ES", 10), ("AR", 8), ("MX", 8), ("NG", 8), ("KE", 7), ("FR", 6),
               ("ZA", 6)]
        for _ in range(self.n(base)):
            cc = world.pick_country(rng, mix)
            w = Where(self, cc)
            created = T0 - int(lognorm(rng, 150, 0.8, 5, 900) * DAY)
            pay = self.ctx.mkt_pf(rng, cc) if rng.random() < 0.25 else self.new_pf()
            a = self.account(created, pay=pay, nkeys=2)
            tools = rng.sample(TOOLS, rng.randint(3, 7))
            head = rng.choice(AGENT_HEADS)
            system = head + "\n\n# Tools\n" + "\n".join(f"- {n}: parameters {sch}" for n, sch in tools)
            cloud = rng.choice((16509, 16509, 396982, 8075, 24940, 14061))
            vm = [ipv4_in(rng, cloud) for _ in range(rng.randint(1, 3))]
            ua = rng.choice(("orca-python/2.4.0", "langchain-orca/0.3.4 orca-python/2.3.1", "litellm/1.63.2",
                             "orca-node/1.8.2", "python-httpx/0.28.1"))
            model = rng.choice(("orca-4", "orca-4", "orca-4-mini"))
            new_after = RELEASE + int(lognorm(rng, 10, 0.8, 1, 40) * HOUR) if rng.random() < 0.5 else None
            hw = utc_hour_weights("dev", w.tz)
            per_day = lognorm(rng, 7, 0.8, 1, 60)
            for d, day0 in self.days():
                ntraj = poisson(rng, per_day * world.local_dayfactor("dev", day0, w.tz))
                for _ in range(ntraj):
                    t = world.sample_in_day(rng, day0, hw)
                    local = rng.random() < 0.35
                    task = clip(rng.choice(c.arena if rng.random() < 0.6 else c.instr), 2500)
                    steps = rng.randint(3, 24)
                    traj = f"Task: {task}"
                    ip, asn = w.home() if local else (rng.choice(vm), cloud)
                    for k in range(steps):
                        m = NEW_MODEL if new_after and t >= new_after else model
                        final = k == steps - 1
                        comp = self.comp(600, 0.5) if final else self.comp(90, 0.6, 15, 900)
                        self.emit(t, a, prompt=traj, model=m, endpoint=EP_RESP, system=system, ip=ip, asn=asn, ua=ua,
                                  key=a.keys[0] if local else a.keys[1], comp=comp, turns=1 + 2 * k)
                        name, _ = rng.choice(tools)
                        arg = clip(rng.choice(c.code_tasks), 400) if name == "run_python" else clip(task, 120)
                        traj += (f"\n\n[assistant -> {name}] {json.dumps({'arg': arg}, ensure_ascii=False)}\n[tool {name}] "
                                 f"{rng.choice(FAKE_RESULTS)}")
                        traj = traj[-28000:]
                        t += int(lognorm(rng, 5, 0.6, 1, 120) * SEC) + self.comp(90, 0.6) * 25


# ============================================================================ small products with one system prompt
PRODUCT_KINDS = ("assistant", "companion", "rag", "extractor")


class StartupApps(Pop):
    """Small products: one backend account relays many end users under one system prompt."""

    errors = (0.006, 0.004, 0.005)

    def run(self, base=55):
        rng, c = self.rng, self.corp
        mix = [("BR", 25), ("MX", 12), ("AR", 6), ("CO", 7), ("ES", 10), ("DE", 8), ("PL", 6), ("FR", 5), ("NG", 9),
               ("KE", 7), ("ZA", 5)]
        for _ in range(self.n(base)):
            cc = world.pick_country(rng, mix)
            tz = COUNTRIES[cc][0]
            kind = rng.choices(PRODUCT_KINDS, (40, 20, 25, 15))[0]
            role = clip(rng.choice(c.roles), 2200)
            name = rng.choice(("Lumi", "Kora", "Tessa", "Nilo", "Brisa", "Zuri", "Mako", "Pilar", "Juno", "Ayo",
                               "Vela", "Iris", "Toka", "Sabi"))
            system = f"You are {name}, the assistant inside our app. {role}"
            if kind == "extractor":
                system = (f"You are {name}, a document parser. Extract the fields invoice_number, date, total, "
                          "currency, vendor from the user's text. Output strict JSON, null for missing fields.")
            org = self.new_org()
            pay = self.ctx.mkt_pf(rng, cc) if rng.random() < 0.3 else self.new_pf()
            cloud = rng.choice((16509, 16509, 396982, 8075, 24940, 16276, 14061))
            egress = [ipv4_in(rng, cloud) for _ in range(rng.randint(1, 4))]
            ua = rng.choice(("axios/1.7.9", "python-requests/2.32.3", "orca-node/1.8.2", "orca-python/2.4.0",
                             "Go-http-client/2.0", "okhttp/4.12.0", "RestSharp/112.1.0.0"))
            created = T0 - int(lognorm(rng, 200, 0.7, 20, 1000) * DAY)
            prod = self.account(created, org=org, pay=pay, nkeys=2)
            accts = [(prod, lognorm(rng, 250, 0.9, 30, 3000), True)]
            if rng.random() < 0.35:
                accts.append((self.account(created + rng.randrange(60 * DAY), org=org, pay=pay),
                              lognorm(rng, 25, 0.7, 3, 200), False))
            langs = [world.pick_lang(rng, cc) for _ in range(4)]
            switch_at = RELEASE + int(lognorm(rng, 14, 0.6, 2, 60) * HOUR) if rng.random() < 0.2 else None
            base_model = rng.choice(("orca-4-mini", "orca-4-mini", "orca-4"))
            hw = utc_hour_weights("product", tz)
            emb = kind == "rag" or rng.random() < 0.15
            for a, rate, is_prod in accts:
                for d, day0 in self.days():
                    n = poisson(rng, rate * world.local_dayfactor("product", day0, tz))
                    if not is_prod:
                        hw_s = utc_hour_weights("dev", tz)
                    for i in range(n):
                        ts = world.sample_in_day(rng, day0, hw if is_prod else hw_s)
                        lang = rng.choice(langs)
                        model = base_model
                        if switch_at and ts >= switch_at:
                            model = NEW_MODEL
                        if not is_prod and ts >= RELEASE and rng.random() < 0.4:
                            model = NEW_MODEL
                        ip = rng.choice(egress)
                        if kind == "companion":
                            hist = [(native_prompt(rng, lang), fake_reply(rng, lang, rng.randint(2, 5)))
                                    for _ in range(rng.randint(0, 5))]
                            prompt = transcript(hist, native_prompt(rng, lang) if rng.random() < 0.6 else follow_up(rng, lang), lang)
                            turns = 2 * len(hist) + 1
                            comp = self.comp(160, 0.6)
                        elif kind == "rag":
                            ctxt = "\n\n".join(clip(rng.choice(c.prose), 900) for _ in range(rng.randint(2, 5)))
                            q = native_prompt(rng, lang) if rng.random() < 0.6 else rng.choice(c.nq)
                            prompt = f"Context:\n{ctxt}\n\nQuestion: {q}\nAnswer using only the context."
                            turns = 1
                            comp = self.comp(220, 0.6)
                            if emb and rng.random() < 0.5:
                                self.emit(ts - rng.randint(200, 900), a, prompt=q, model=world.EMBED_MODEL, endpoint=EP_EMB,
                                          lang=lang, ip=ip, asn=cloud, ua=ua, key=a.keys[-1])
                        elif kind == "extractor":
                            prompt = clip(rng.choice(c.prose), 2500)
                            turns = 1
                            comp = self.comp(90, 0.4)
                        else:
                            prompt = native_prompt(rng, lang) if rng.random() < 0.55 else clip(rng.choice(c.chat_short), 2000)
                            turns = 1
                            comp = self.comp(300, 0.7)
                        self.emit(ts, a, prompt=prompt, model=model, system=system, lang=lang, comp=comp, ip=ip,
                                  asn=cloud, ua=ua, key=a.keys[0], turns=turns)


# ============================================================================ enterprises billed through cloud marketplaces
class MarketplaceEnterprise(Pop):
    """Companies that buy through AWS/Azure/GCP marketplaces: the gateway sees the
    marketplace's billing instrument, shared by every such customer in a region."""

    def run(self, base=55):
        rng, c = self.rng, self.corp
        mix = [("DE", 16), ("ES", 12), ("PL", 10), ("FR", 8), ("PT", 5), ("BR", 18), ("MX", 8), ("CO", 4), ("ZA", 9),
               ("NG", 5), ("KE", 5)]
        for _ in range(self.n(base)):
            cc = world.pick_country(rng, mix)
            tz, langs, mob, fix, _ = COUNTRIES[cc]
            pay = self.ctx.mkt_pf(rng, cc)
            org = self.new_org()
            office_asn = rng.choice(fix)
            office = [ipv4_in(rng, office_asn) for _ in range(rng.randint(1, 2))]
            cloud = rng.choice((16509, 8075, 396982))
            svc_ip = [ipv4_in(rng, cloud) for _ in range(rng.randint(1, 3))]
            created0 = T0 - int(lognorm(rng, 260, 0.6, 30, 1200) * DAY)
            system = rng.choice((None, "You are an internal assistant for employees. Be accurate and concise.",
                                 "You are a helpful assistant. Do not include personal data in answers."))
            hw = utc_hour_weights("office", tz)
            members = rng.randint(2, 7)
            for m in range(members):
                svc = m == 0 and rng.random() < 0.6
                a = self.account(created0 + rng.randrange(90 * DAY), org=org, pay=pay)
                lang = world.pick_lang(rng, cc)
                ua = rng.choice(("orca-python/2.4.0", "python-requests/2.32.3", "Java-http-client/21.0.5",
                                 "litellm/1.63.2")) if svc else rng.choice(("orca-python/2.4.0", "orca-node/1.8.2",
                                                                            "PostmanRuntime/7.43.0", "curl/8.7.1"))
                rate = lognorm(rng, 140 if svc else 22, 0.7, 2, 900)
                for d, day0 in self.days():
                    f = world.local_dayfactor("office", day0, tz) if not svc else 0.8 + 0.2 * world.local_dayfactor("office", day0, tz)
                    n = poisson(rng, rate * f)
                    for i in range(n):
                        ts = world.sample_in_day(rng, day0, hw if not svc else utc_hour_weights("flat", tz))
                        r = rng.random()
                        if r < 0.35:
                            doc = clip(rng.choice(c.prose), 3500)
                            prompt = rng.choice(("Summarise the following for a management update:\n\n",
                                                 "Extract the action items from these notes:\n\n",
                                                 "Rewrite this in plain language for customers:\n\n")) + doc
                            comp = self.comp(260, 0.5)
                        elif r < 0.65:
                            prompt, comp = clip(rng.choice(c.biz), 3000), self.comp(320, 0.6)
                        elif r < 0.85:
                            prompt, comp = native_prompt(rng, lang), self.comp(300, 0.6)
                        else:
                            prompt, comp = clip(rng.choice(c.arena_code), 3000), self.comp(450, 0.6)
                        ip, asn = (rng.choice(svc_ip), cloud) if svc else (rng.choice(office), office_asn)
                        self.emit(ts, a, prompt=prompt, model="orca-4" if not svc else "orca-4-mini", system=system,
                                  lang=lang, comp=comp, ip=ip, asn=asn, ua=ua)


# ============================================================================ hackathon
STARTER_SYS = ("You are StarterBot, an assistant built with the Orca Starter Kit. Be friendly and concise. "
               "If you don't know something, say so.")
STARTER_SAMPLES = [
    "Hello! What can you do?",
    "Summarise this text in one sentence: The Orca Starter Kit lets you build a chat app in minutes with streaming, "
    "tool calls and a simple web UI.",
    "Give me three ideas for an app that helps small farmers in Kenya.",
    "Translate 'Welcome to our hackathon' into Swahili and French.",
    "Write a haiku about Nairobi traffic.",
    "Return a JSON object with fields name and city for: Amina lives in Mombasa.",
]
HACK_THEMES = [
    ("a crop-price assistant for farmers", "You help smallholder farmers compare maize and bean prices across markets."),
    ("a matatu route helper", "You help commuters in Nairobi find matatu routes and fares."),
    ("a health triage FAQ", "You answer general health questions and always advise seeing a clinician for emergencies."),
    ("a Swahili tutor", "You are a patient Swahili tutor for beginners. Correct mistakes gently."),
    ("an M-Pesa receipt parser", "You extract amount, sender, date and reference from M-Pesa SMS messages as JSON."),
    ("a chama savings coach", "You help savings groups (chamas) track contributions and plan loans."),
    ("a job-interview coach", "You run mock interviews for junior developers and give feedback."),
    ("a school timetable bot", "You answer questions about a school timetable and exam dates."),
    ("a tenant rights explainer", "You explain tenant rights in Kenya in simple language; you are not a lawyer."),
    ("a climate news summariser", "You summarise climate news for East African readers in five bullet points."),
]


class Hackathon(Pop):
    """A weekend build event in Nairobi: hundreds of accounts created the same
    Friday morning, the same starter template, the venue Wi-Fi, promo credits."""

    errors = (0.02, 0.005, 0.02)

    def run(self, base=320):
        rng, c = self.rng, self.corp
        venue_asn = 30844
        venue = [ipv4_in(rng, venue_asn) for _ in range(3)]
        n = self.n(base)
        teams = []
        for _ in range(max(1, n // 4)):
            theme, extra = rng.choice(HACK_THEMES)
            teams.append((theme, STARTER_SYS + " " + extra))
        open_t = T0 + 5 * HOUR  # 08:00 EAT
        demo_t = T0 + DAY + 12 * HOUR  # Saturday 15:00 EAT
        for i in range(n):
            remote = rng.random() < 0.15
            cc = rng.choice(("NG", "ZA", "KE", "EG")) if remote else "KE"
            w = Where(self, cc)
            created = open_t + int(rng.random() ** 1.6 * 4 * HOUR) + rng.randrange(MIN)
            a = self.account(created)
            theme, tsys = teams[i % len(teams)]
            ua = "orca-node/1.8.2" if rng.random() < 0.8 else "orca-python/2.4.0"
            # the starter samples, verbatim, in the first minutes
            t = created + rng.randint(3, 25) * MIN
            for s in STARTER_SAMPLES[: rng.randint(2, 6)]:
                ip, asn = (rng.choice(venue), venue_asn) if not remote else w.home()
                self.emit(t, a, prompt=s, model="orca-4-mini", system=STARTER_SYS, comp=self.comp(90, 0.5), ip=ip, asn=asn,
                          ua=ua)
                t += rng.randint(8, 90) * SEC
            rate = lognorm(rng, 28, 0.8, 3, 300)
            use_new = rng.random() < 0.5
            for d, day0 in self.days():
                if d == 0:
                    lo, hi, k = max(t, day0), day0 + 21 * HOUR, 1.0
                elif d == 1:
                    lo, hi, k = day0 + 5 * HOUR, demo_t, 1.15
                else:
                    lo, hi, k = day0 + 6 * HOUR, day0 + 20 * HOUR, 0.08
                cnt = poisson(rng, rate * k)
                if cnt == 0 or hi <= lo:
                    continue
                bursts = max(1, cnt // 12)
                per = cnt // bursts + 1
                for _ in range(bursts):
                    bt = lo + rng.randrange(hi - lo)
                    at_venue = not remote and d < 2 and (bt - day0) % DAY < 19 * HOUR
                    ip, asn = (rng.choice(venue), venue_asn) if at_venue else (w.home() if rng.random() < 0.5 else w.cell())
                    for _ in range(per):
                        r = rng.random()
                        if r < 0.45:
                            prompt, lang = native_prompt(rng, "sw" if rng.random() < 0.35 else "en"), "en"
                        elif r < 0.6:
                            prompt, lang = rng.choice(STARTER_SAMPLES), "en"
                        elif r < 0.8:
                            prompt, lang = clip(rng.choice(c.chat_short), 1200), "en"
                        else:
                            prompt, lang = f"Test case for {theme}: " + rng.choice(c.nq), "en"
                        model = NEW_MODEL if use_new and bt >= RELEASE + 6 * HOUR else "orca-4-mini"
                        self.emit(bt, a, prompt=prompt, model=model, system=tsys, comp=self.comp(200, 0.7), ip=ip,
                                  asn=asn, ua=ua)
                        bt += int(lognorm(rng, 25, 0.9, 2, 900) * SEC)


# ============================================================================ MOOC learners
class Mooc(ConsumerMixin, Pop):
    """Learners of a Spanish/Portuguese MOOC on maths and programming. The course
    tells them to paste the exercise and ask the assistant to show its work."""

    LEAD = {"pt": ["Tenho esse exercício da semana 6:", "Questão da lista:", "Exercício:", ""],
            "es": ["Tengo este ejercicio de la semana 6:", "Problema de la tarea:", "Ejercicio:", ""],
            "en": ["Week 6 exercise:", "Problem:", ""]}

    def run(self, base=640):
        rng, c = self.rng, self.corp
        mix = [("BR", 34), ("MX", 20), ("CO", 14), ("AR", 12), ("CL", 8), ("PT", 6), ("ES", 6)]
        course_start = T0 - 18 * DAY
        assignment = T0 + 14 * HOUR

        def exercise(lang):
            r = rng.random()
            if r < 0.4:
                q, kind = rng.choice(c.gsm8k), "homework"
            elif r < 0.55:
                q, kind = rng.choice(c.svamp), "homework"
            elif r < 0.75:
                q, kind = rng.choice(c.math), "homework"
            else:
                q, kind = rng.choice(c.mbpp if rng.random() < 0.75 else c.humaneval), "code"
            lead = rng.choice(self.LEAD.get(lang, self.LEAD["en"]))
            tail = texts.SHOW_WORK.get(lang, texts.SHOW_WORK["en"]) if rng.random() < 0.85 else ""
            return (f"{lead} {q}\n\n{tail}".strip(), kind)

        for _ in range(self.n(base)):
            cc = world.pick_country(rng, mix)
            lang = "pt" if cc in ("BR", "PT") else ("es" if rng.random() < 0.95 else "en")
            w = Where(self, cc)
            if rng.random() < 0.4:
                created = course_start + int(rng.random() ** 3 * 17 * DAY) + rng.randrange(12 * HOUR)
            else:
                created = T0 - int(lognorm(rng, 250, 0.8, 20, 1200) * DAY)
            paid = rng.random() < 0.25
            a = self.account(created, pay=self.new_pf() if paid else None, key_prefix="app_")
            if rng.random() < 0.6:
                ua, dev = world.app_client(rng, 0.85)
                mobile = True
            else:
                mobile = rng.random() < 0.35
                ua, dev = world.browser_client(rng, mobile)
            hw = utc_hour_weights("student", w.tz)
            rate = lognorm(rng, 9, 0.8, 1, 90)
            for d, day0 in self.days():
                if rng.random() < 0.25:
                    continue
                n = poisson(rng, rate * (1.3 if d in (1, 2) else 1.0)) or 1
                for s in sessions(rng, day0, hw, n, 4, 110, 0.7):
                    if d == 0 and s[0] < assignment and rng.random() < 0.6:
                        # most Friday work starts once the week-6 assignment is out
                        shift = assignment - s[0] + rng.randrange(10 * HOUR)
                        s = [t + shift for t in s]
                    ipf = w.cell if (mobile and rng.random() < 0.6) else w.home
                    self.conversation_session(a, s, lang, cc, ipf, ua, dev, paid, cont_p=0.5,
                                              first_fn=exercise)


# ============================================================================ data-labelling vendor
LABEL_RUBRICS = [
    "Rate the response from 1 to 7 on helpfulness, honesty and harmlessness. Justify each score in one or two sentences.",
    "Does the response follow every instruction in the prompt? Answer YES or NO, then list any instruction it missed.",
    "Compare Response A and Response B. Which is better overall? Explain your choice citing specific sentences.",
    "Check the factual claims in the response. List each claim and mark it SUPPORTED, UNSUPPORTED or WRONG.",
]


class LabelingVendor(Pop):
    """An annotation vendor in Nairobi: annotators work in shifts on an internal
    tool that calls the API with each annotator's key from the office."""

    def run(self, base=36):
        rng, c = self.rng, self.corp
        org, pay = self.new_org(), self.new_pf()
        asn = 30844
        office = [ipv4_in(rng, asn) for _ in range(2)]
        project = "KDL-%d" % rng.randint(100, 999)
        for i in range(self.n(base)):
            a = self.account(T0 - int(lognorm(rng, 240, 0.6, 20, 900) * DAY), org=org, pay=pay)
            rate_h = lognorm(rng, 26, 0.35, 8, 70)
            sat = rng.random() < 0.6
            for d, day0 in self.days():
                wd = world.weekday(day0)
                if wd == 6 or (wd == 5 and not sat):
                    continue
                start = day0 + 5 * HOUR + rng.randint(-20, 40) * MIN  # 08:00 EAT
                end = day0 + (10 if wd == 5 else 14) * HOUR + rng.randint(-30, 30) * MIN
                t = start
                while t < end:
                    if day0 + 9 * HOUR <= t < day0 + 10 * HOUR and wd != 5:  # lunch
                        t = day0 + 10 * HOUR + rng.randint(0, 15) * MIN
                    task = clip(rng.choice(c.arena_instr), 2500)
                    r = rng.random()
                    if r < 0.45:
                        prompt = (f"[{project}] Write a high-quality reference answer for the prompt below. "
                                  f"Follow the style guide v3.\n\nPROMPT:\n{task}")
                        comp = self.comp(520, 0.5)
                    else:
                        rub = rng.choice(LABEL_RUBRICS)
                        kind = "code" if task in c.arena_code_set else "text"
                        resp = texts.fake_candidate(rng, task, kind)
                        if "Response A" in rub:
                            resp = f"Response A:\n{resp}\n\nResponse B:\n{texts.fake_candidate(rng, task, kind)}"
                        prompt = f"[{project}] {rub}\n\nPROMPT:\n{task}\n\nRESPONSE:\n{resp}"
                        comp = self.comp(280, 0.5)
                    lang = "sw" if rng.random() < 0.08 else "en"
                    self.emit(t, a, prompt=prompt, model="orca-4", system=None, lang=lang, comp=comp,
                              ip=rng.choice(office), asn=asn, ua="python-requests/2.32.3")
                    t += int(3600 / rate_h * SEC * lognorm(rng, 1, 0.5))


# ============================================================================ translation agency
class TranslationAgency(Pop):
    """A Lisbon agency translating documents through a CAT-tool connector."""

    def run(self, base=22):
        rng, c = self.rng, self.corp
        org, pay = self.new_org(), self.new_pf()
        asn = 3243
        office = [ipv4_in(rng, asn) for _ in range(2)]
        targets = [("European Portuguese", "pt"), ("Spanish (Spain)", "es"), ("French", "fr"), ("German", "de"),
                   ("English (UK)", "en"), ("Brazilian Portuguese", "pt")]
        tz = 1
        hw = utc_hour_weights("office", tz)
        for i in range(self.n(base)):
            a = self.account(T0 - int(lognorm(rng, 400, 0.6, 30, 1500) * DAY), org=org, pay=pay)
            w = Where(self, "PT")
            remote = rng.random() < 0.3
            freelancer = rng.random() < 0.2
            rate = lognorm(rng, 75, 0.5, 10, 300)
            ua = rng.choice(("Trados-Orca-Connector/3.0.2", "memoQ-OrcaPlugin/2.1.0"))
            for d, day0 in self.days():
                f = world.local_dayfactor("office", day0, tz)
                if freelancer:
                    f = max(f, 0.5)
                n = poisson(rng, rate * f)
                for _ in range(n):
                    ts = world.sample_in_day(rng, day0, hw)
                    tgt, lang = rng.choice(targets)
                    src = clip(rng.choice(c.prose), rng.randint(400, 3800))
                    prompt = (f"Translate the following text into {tgt}. Preserve formatting, numbers and product names. "
                              f"Glossary: 'account' -> client-specific term; keep brand names.\n\n{src}")
                    ip, ia = w.home() if (remote or freelancer) else (rng.choice(office), asn)
                    comp = int(texts.tokens(src) * lognorm(rng, 1.15, 0.1))
                    self.emit(ts, a, prompt=prompt, model="orca-4", system="You are a professional translator.",
                              lang="en", comp=comp, ip=ip, asn=ia, ua=ua)


# ============================================================================ nightly CI evals
class CiEvals(Pop):
    """Companies that run a fixed evaluation suite every night from CI runners."""

    errors = (0.012, 0.004, 0.002)

    def run(self, base=12):
        rng, c = self.rng, self.corp
        mix = [("DE", 3), ("BR", 3), ("ES", 2), ("PL", 2), ("ZA", 1), ("AR", 1), ("KE", 1)]
        for _ in range(self.n(base)):
            cc = world.pick_country(rng, mix)
            tz = COUNTRIES[cc][0]
            pay = self.ctx.mkt_pf(rng, cc) if rng.random() < 0.4 else self.new_pf()
            a = self.account(T0 - int(lognorm(rng, 300, 0.5, 60, 1200) * DAY), pay=pay)
            size = rng.randint(200, 800)
            suite = []
            for _ in range(size):
                r = rng.random()
                if r < 0.35:
                    suite.append((f"Question: {rng.choice(c.gsm8k)}\nAnswer: Let's think step by step.", 350))
                elif r < 0.55:
                    suite.append(("Solve the following problem. Put the final answer in \\boxed{}.\n\n" + rng.choice(c.math), 500))
                elif r < 0.7:
                    suite.append(("Complete the following Python function. Return only the code.\n\n" + rng.choice(c.humaneval), 220))
                elif r < 0.85:
                    suite.append((rng.choice(c.mbpp), 250))
                else:
                    suite.append((clip(rng.choice(c.arena), 4000), 600))
            github = rng.random() < 0.6
            self_hosted = ipv4_in(rng, 16509)
            cron_local = rng.choice((1, 2, 2, 3, 4))
            cron_min = rng.choice((0, 0, 15, 30))
            models = ["orca-4"] if rng.random() < 0.5 else ["orca-4", "orca-4-mini"]
            adds_new = rng.random() < 0.7
            conc = rng.choice((2, 4, 8, 16))
            ua = rng.choice(("orca-python/2.4.0", "orca-python/2.4.0 async/httpx", "python-httpx/0.28.1"))
            for d, day0 in self.days():
                t = day0 + int((cron_local - tz) * HOUR) + cron_min * MIN
                if t < day0:
                    t += DAY
                t += rng.randint(5, 240) * SEC  # runner queueing
                ip, asn = (ipv4_in(rng, 8075), 8075) if github else (self_hosted, 16509)
                run_models = list(models) + ([NEW_MODEL] if adds_new and t >= RELEASE else [])
                for m in run_models:
                    for prompt, med in suite:
                        self.emit(t, a, prompt=prompt, model=m, system="You are a helpful assistant.",
                                  comp=self.comp(med, 0.5, 5, 1024), ip=ip, asn=asn, ua=ua)
                        t += int(rng.expovariate(conc / 6.0) * SEC) + rng.randrange(200)


# ============================================================================ a company behind one proxy
class CorporateNat(Pop):
    """A Sao Paulo bank: staff on the enterprise web app, SSO accounts created in
    one bulk roll-out, one invoice, managed Chrome, one corporate egress."""

    def run(self, base=230):
        rng, c = self.rng, self.corp
        org, pay = self.new_org(), self.new_pf()
        asn = 4230
        egress = [ipv4_in(rng, asn) for _ in range(3)]
        rollout = T0 - 193 * DAY + 13 * HOUR
        ua = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/146.0.0.0 "
              "Safari/537.36")
        system = ("You are Orca Enterprise for Banco Meridional. Do not reveal or request customer personal data. "
                  "Answer in Brazilian Portuguese unless asked otherwise.")
        hw = utc_hour_weights("office", -3)
        for i in range(self.n(base)):
            created = rollout + rng.randrange(150 * MIN) if rng.random() < 0.8 else rollout + rng.randrange(180 * DAY)
            a = self.account(created, org=org, pay=pay, key_prefix="sso_")
            rate = lognorm(rng, 14, 0.8, 1, 120)
            for d, day0 in self.days():
                n = poisson(rng, rate * world.local_dayfactor("office", day0, -3))
                for s in sessions(rng, day0, hw, n, 3, 90, 0.7):
                    for ts in s:
                        r = rng.random()
                        if r < 0.5:
                            prompt, lang, comp = native_prompt(rng, "pt"), "pt", self.comp(300, 0.6)
                        elif r < 0.7:
                            prompt = "Resuma o texto abaixo em tópicos:\n\n" + clip(rng.choice(c.prose), 3000)
                            lang, comp = "pt", self.comp(250, 0.5)
                        elif r < 0.85:
                            prompt, lang, comp = clip(rng.choice(c.arena_code), 2500), "en", self.comp(420, 0.6)
                        else:
                            prompt, lang, comp = clip(rng.choice(c.chat_short), 1500), "en", self.comp(300, 0.6)
                        self.emit(ts, a, prompt=prompt, model="orca-4", endpoint=EP_APP, system=system, lang=lang,
                                  comp=comp, ip=rng.choice(egress), asn=asn, ua=ua, device=world.JA4["chrome"])


BENIGN = [
    ("casual_chat", Casual), ("household", Household), ("indie_dev", IndieDev), ("agent_dev", AgentDev),
    ("startup_apps", StartupApps), ("marketplace_enterprise", MarketplaceEnterprise), ("hackathon", Hackathon),
    ("mooc_learners", Mooc), ("labeling_vendor", LabelingVendor), ("translation_agency", TranslationAgency),
    ("ci_evals", CiEvals), ("corporate_nat", CorporateNat),
]
