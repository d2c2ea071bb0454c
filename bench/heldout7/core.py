"""Accounts, the event emitter and the shared world state."""
from __future__ import annotations

import random

import texts
import world
from world import DAY, HOUR, MIN, SEC, NEW_MODEL, RELEASE, T0


class Ctx:
    """Everything populations share: clock, corpora, networks, shared billing."""

    def __init__(self, seed: int, days: int, scale: float):
        self.seed = seed
        self.days = days
        self.scale = scale
        self.start = T0
        self.end = T0 + days * DAY
        self.corp = texts.Corpora()
        wrng = random.Random(world.sub_seed(seed, "world"))
        self.net = world.Net(wrng)
        # Cloud-marketplace billing: the gateway sees the marketplace's payment
        # instrument, one per marketplace billing entity, for every customer billed
        # through it. Many unrelated companies share these.
        self.marketplace = {
            name: world.hexid(wrng, "pf_", 80)
            for name in ("aws-emea", "aws-amer", "azure-emea", "azure-amer", "gcp-emea", "gcp-amer")
        }
        self.events: list[tuple[int, str, dict]] = []
        self.accounts: list[Account] = []
        self._ids: set[str] = set()

    def mkt_pf(self, rng: random.Random, cc: str, which: str | None = None) -> str:
        which = which or rng.choices(("aws", "azure", "gcp"), (55, 30, 15))[0]
        region = "amer" if cc in ("BR", "MX", "AR", "CO", "CL") else "emea"
        return self.marketplace[f"{which}-{region}"]

    def new_id(self, rng: random.Random, prefix: str, bits: int = 80) -> str:
        while True:
            i = world.hexid(rng, prefix, bits)
            if i not in self._ids:
                self._ids.add(i)
                return i


class Account:
    __slots__ = ("id", "created", "created_s", "org", "pay", "label", "pop", "campaign", "nev", "keys")

    def __init__(self, aid, created, org, pay, label, pop, campaign, keys):
        self.id = aid
        self.created = created
        self.created_s = world.rfc3339(created)
        self.org = org
        self.pay = pay
        self.label = label
        self.pop = pop
        self.campaign = campaign
        self.nev = 0
        self.keys = keys


class Pop:
    """One population: its own seeded Random, its accounts, an emitter."""

    label = "benign"
    campaign: str | None = None
    # error mix: (429 share, 5xx share, 4xx share)
    errors = (0.004, 0.003, 0.004)

    def __init__(self, ctx: Ctx, name: str):
        self.ctx = ctx
        self.name = name
        self.rng = random.Random(world.sub_seed(ctx.seed, name))
        self.corp = ctx.corp
        self.net = ctx.net

    def n(self, base: float) -> int:
        return max(1, int(round(base * self.ctx.scale)))

    def account(self, created: int, org: str | None = None, pay: str | None = None, nkeys: int = 1,
                key_prefix: str = "key_") -> Account:
        rng = self.rng
        aid = self.ctx.new_id(rng, "acct_", 80)
        org = org or self.ctx.new_id(rng, "org_", 64)
        keys = [self.ctx.new_id(rng, key_prefix, 64) for _ in range(max(1, nkeys))]
        a = Account(aid, created, org, pay, self.label, self.name, self.campaign, keys)
        self.ctx.accounts.append(a)
        return a

    def new_org(self) -> str:
        return self.ctx.new_id(self.rng, "org_", 64)

    def new_pf(self) -> str:
        return self.ctx.new_id(self.rng, "pf_", 80)

    def emit(self, ts: int, a: Account, *, prompt: str, model: str, endpoint: str = world.EP_CHAT,
             system: str | None = None, lang: str = "en", comp: int = 0, ip: str, asn: int, ua: str,
             device: str | None = None, key: str | None = None, turns: int = 1, status: int | None = None,
             errors: tuple | None = None) -> None:
        ctx = self.ctx
        if ts < ctx.start or ts >= ctx.end or ts < a.created:
            return
        rng = self.rng
        if model == NEW_MODEL and ts < RELEASE:
            model = "orca-4"
        if status is None:
            e429, e5, e4 = errors or self.errors
            r = rng.random()
            if r < e429:
                status = 429
            elif r < e429 + e5:
                status = rng.choice((500, 502, 503, 503, 504))
            elif r < e429 + e5 + e4:
                status = rng.choice((400, 400, 413, 422))
            else:
                status = 200
        ptok = texts.prompt_tokens(system, prompt, lang, turns)
        if endpoint == world.EP_EMB:
            comp = 0
        if status != 200:
            comp = 0
        eid = "evt_%024x" % rng.getrandbits(96)
        ev = {
            "event_id": eid,
            "ts": ts,
            "account_id": a.id,
            "org_id": a.org,
            "api_key_id": key or a.keys[0],
            "model": model,
            "endpoint": endpoint,
            "status": status,
            "prompt_tokens": ptok,
            "completion_tokens": int(comp),
            "system_prompt": system,
            "prompt": prompt,
            "ip": ip,
            "asn": asn,
            "user_agent": ua,
            "device_id": device,
            "payment_fingerprint": a.pay,
            "account_created_at": a.created_s,
        }
        a.nev += 1
        ctx.events.append((ts, eid, ev))

    # ----------------------------------------------------------------- helpers
    def days(self):
        for d in range(self.ctx.days):
            yield d, self.ctx.start + d * DAY

    def comp(self, median: float, sigma: float = 0.6, lo: int = 1, hi: int = 8000) -> int:
        return int(world.lognorm(self.rng, median, sigma, lo, hi))


def app_system(ts: int, locale: str) -> str:
    """The first-party consumer app's system prompt (same for every user but for date and locale)."""
    date = world.rfc3339(ts)[:10]
    return ("You are Orca, a helpful assistant made by Orca Labs. Knowledge cutoff: 2025-12. "
            f"Current date: {date}. The user's locale is {locale}. Reply in the user's language unless asked "
            "otherwise. Use Markdown when it helps readability.")


LOCALE = {"pt": "pt-BR", "es": "es-419", "fr": "fr-FR", "de": "de-DE", "pl": "pl-PL", "sw": "sw-KE", "ar": "ar-EG",
          "en": "en-GB"}


def locale_for(cc: str, lang: str) -> str:
    if lang == "pt" and cc == "PT":
        return "pt-PT"
    if lang == "es" and cc == "ES":
        return "es-ES"
    if lang == "en":
        return {"NG": "en-NG", "KE": "en-KE", "ZA": "en-ZA"}.get(cc, "en-US")
    if lang == "fr" and cc == "SN":
        return "fr-SN"
    return LOCALE[lang]
