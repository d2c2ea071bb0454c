"""Generation context: account registry and the event emitter shared by all populations."""
from __future__ import annotations

from . import devices, networks
from .world import (COUNTRIES, DAY, EP_CHAT, LAUNCH, MODEL_NEW, T0, Account, hexid, rng_for, tokens, wpick)


class Ctx:
    def __init__(self, seed: int, corpus):
        self.seed = seed
        self.corpus = corpus
        self.accounts: dict[str, Account] = {}
        self.events: list[dict] = []
        self._ids: set[str] = set()

    def rng(self, *parts: str):
        return rng_for(self.seed, *parts)

    def uid(self, rng, prefix: str, bits: int = 48) -> str:
        while True:
            x = prefix + hexid(rng, bits)
            if x not in self._ids:
                self._ids.add(x)
                return x

    def account(self, rng, population: str, *, label: str = "benign", campaign: str | None = None,
                country: str | None = None, lang: str | None = None, age_days=(30, 900), org=None,
                payment="own", nkeys: int = 1, net: str = "home", ua: str = "browser", model: str = "lince-2") -> Account:
        if country is None:
            from .world import CONSUMER_MIX
            country = wpick(rng, CONSUMER_MIX)
        off, langs = COUNTRIES[country]
        if lang is None:
            lang = wpick(rng, langs)
        created = T0 - int(rng.uniform(age_days[0], age_days[1]) * DAY)
        if payment == "own":
            payment = self.uid(rng, "pf_", 64)
        elif payment == "free":
            payment = None
        a = Account(id=self.uid(rng, "acct_"), population=population, campaign=campaign, label=label,
                    country=country, lang=lang, off=off, created=created, org=org, payment=payment,
                    keys=[self.uid(rng, "key_", 64) for _ in range(max(1, nkeys))], model=model)
        if net in ("home", "mobile"):
            a.asn, a.ip, a.ip6 = networks.home(rng, country, net)
        if ua == "browser":
            a.ua = wpick(rng, devices.BROWSER_UA)
            a.device = devices.install_id(rng)
        elif ua == "mobile":
            a.ua = wpick(rng, devices.MOBILE_UA)
            a.device = devices.install_id(rng)
        elif ua == "sdk":
            a.ua = wpick(rng, devices.SDK_UA)
            a.device = devices.sdk_fingerprint(a.ua)
        else:
            a.ua = ua
            a.device = devices.sdk_fingerprint(ua)
        self.accounts[a.id] = a
        return a

    def emit(self, a: Account, rng, t: int, prompt: str | None, *, system: str | None = None, model: str | None = None,
             endpoint: str = EP_CHAT, ct: int = 200, pt: int | None = None, ip=None, asn=None, ua=None, device=None,
             key: str | None = None, status: int = 200, hist: int = 0) -> dict:
        if t < T0 or t >= T0 + 2 * DAY:
            return {}
        m = model or a.model
        if m == MODEL_NEW and t < LAUNCH:      # not served before launch
            m = "lince-2-pro"
        if ip is None:
            if a.ip6 and rng.random() < 0.45:
                ip = a.ip6
            else:
                ip = a.ip
            asn = a.asn
        if pt is None:
            pt = tokens(prompt) + tokens(system) + hist + 7
        if status != 200:
            ct = 0
        ev = {
            "event_id": self.uid(rng, "evt_", 80), "_t": t, "account_id": a.id, "org_id": a.org,
            "api_key_id": key or a.keys[0], "model": m, "endpoint": endpoint, "system_prompt": system,
            "prompt": prompt, "prompt_tokens": int(pt), "completion_tokens": int(max(0, ct)), "status": status,
            "ip": ip, "asn": asn, "user_agent": ua or a.ua, "device_id": device or a.device,
            "payment_fingerprint": a.payment, "account_created_at": a.created,
        }
        self.events.append(ev)
        return ev


def ct_for(rng, kind: str) -> int:
    """Completion-token draw by response kind."""
    lo, hi = {"chat": (40, 600), "cot": (250, 1400), "short": (1, 25), "code": (120, 1500), "json": (30, 260),
              "translate": (80, 900), "long": (600, 2200), "refusal": (20, 110), "tool": (15, 120)}[kind]
    x = rng.triangular(lo, hi, lo + (hi - lo) * 0.3)
    return int(x)
