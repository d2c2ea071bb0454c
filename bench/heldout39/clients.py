"""Clients (user agents and device ids), payment instruments and accounts.

device_id follows the contract ("client or TLS fingerprint"): the mobile app
reports an install id, browsers a per-profile fingerprint, and API/SDK traffic
only has a TLS (JA4-style) fingerprint, which is the same for everyone using
the same library build. So a shared device_id means a shared phone or laptop
for app/web traffic, but very little for SDK traffic.
"""
from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field

from .world import DAY, HOUR, hid, weighted

ANDROID = ["SM-A546B", "SM-A256B", "SM-S921B", "SM-A155F", "23021RAAEG", "2312DRA50G", "CPH2591",
           "moto g54 5G", "Pixel 8", "M2101K6G", "SM-A346B", "RMX3761"]
IPHONE = ["iPhone14,5", "iPhone14,7", "iPhone15,4", "iPhone16,1", "iPhone12,1", "iPhone13,2", "iPhone15,2"]
APP_OLD, APP_NEW = ["4.11.2", "4.12.0", "4.12.1"], "4.13.0"  # 4.13.0 ships with levante-3


@dataclass
class Client:
    ua: str
    device: str
    kind: str  # app | web | sdk
    new_ua: str | None = None  # app after an update (e.g. the launch release)
    update_at: int | None = None

    def ua_at(self, ts: int) -> str:
        if self.new_ua and self.update_at is not None and ts >= self.update_at:
            return self.new_ua
        return self.ua


def phone(rng: random.Random, world, tag: str, ios_share: float = 0.42, model: str | None = None,
          update_share: float = 0.55) -> Client:
    ver = rng.choice(APP_OLD)
    if model is None:
        model = rng.choice(IPHONE) if rng.random() < ios_share else rng.choice(ANDROID)
    osv = (f"iOS {rng.choice(['17.5.1', '17.4.1', '17.5', '16.7.8'])}" if model.startswith("iPhone")
           else f"Android {rng.choice(['13', '14', '14', '12'])}")
    ua = f"LevanteApp/{ver} ({model}; {osv})"
    upd = None
    if rng.random() < update_share:  # the store pushes 4.13.0 at the launch
        upd = world.launch + int(rng.expovariate(1 / 10) * HOUR)
    return Client(ua, hid("dv_", world.seed, "phone", tag), "app", ua.replace(ver, APP_NEW, 1), upd)


CHROME = ["126.0.6478.127", "126.0.6478.115", "125.0.6422.142"]
BROWSERS = [
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{c} Safari/537.36", .38),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{c} Safari/537.36", .14),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15", .12),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0", .09),
    ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{c} Safari/537.36", .05),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{c} Safari/537.36 Edg/126.0.2592.87", .10),
    ("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{c} Mobile Safari/537.36", .08),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", .04),
]


def browser(rng: random.Random, world, tag: str, ua_table=BROWSERS) -> Client:
    ua = weighted(rng, ua_table).format(c=rng.choice(CHROME))
    return Client(ua, hid("fp_", world.seed, "web", tag, n=16), "web")


SDKS = ["levante-python/2.4.1", "levante-python/2.3.0", "levante-node/2.1.0", "OpenAI/Python 1.35.10",
        "OpenAI/JS 4.52.0", "python-requests/2.32.3", "python-httpx/0.27.0", "curl/8.5.0", "Go-http-client/2.0",
        "LangChain/0.2.6 (python)", "litellm/1.40.8", "axios/1.7.2", "okhttp/4.12.0"]


def ja4(lib: str) -> str:
    """A JA4-style TLS fingerprint: a function of the client library build only."""
    h = hashlib.sha256(lib.encode()).hexdigest()
    return f"t13d{int(h[:2], 16) % 8 + 12:02d}{int(h[2:4], 16) % 9 + 8:02d}h2_{h[4:16]}_{h[16:28]}"


def sdk(lib: str, suffix: str = "") -> Client:
    return Client(lib + suffix, ja4(lib), "sdk")


# Card issuers (invented BINs). Weights are the share among paying users of a
# country; PostePay and Hype are the prepaid cards of Italian teenagers, imagin
# of Spanish ones. "volt" is a virtual-card fintech few ordinary users have.
ISSUERS = {
    "IT": [("postepay", .16), ("intesa", .14), ("unicredit", .11), ("hype", .07), ("fineco", .05), ("bper", .04),
           ("bancobpm", .04), ("nexi", .08), ("revolut", .13), ("n26", .04), ("ing_it", .05), ("mediolanum", .03),
           ("amex_it", .03), ("wise", .02), ("volt", .003)],
    "ES": [("santander", .15), ("bbva", .17), ("caixabank", .15), ("imagin", .06), ("sabadell", .07), ("bankinter", .05),
           ("ing_es", .07), ("openbank", .05), ("revolut", .13), ("n26", .03), ("abanca", .03), ("unicaja", .03),
           ("wise", .02), ("volt", .003)],
    "PT": [("cgd", .22), ("millennium", .2), ("novobanco", .1), ("santander_pt", .1), ("bpi", .1), ("activobank", .05),
           ("revolut", .15), ("moey", .04), ("wise", .04), ("volt", .003)],
    "GR": [("piraeus", .28), ("nbg", .25), ("eurobank", .2), ("alpha", .15), ("revolut", .12)],
}


def bin_of(issuer: str, k: int = 0) -> str:
    h = int(hashlib.sha256(f"bin:{issuer}:{k}".encode()).hexdigest(), 16)
    first = "4" if h % 2 else "5"
    return first + f"{(h >> 8) % 100000:05d}"


def card(rng: random.Random, issuer: str, nbins: int = 2) -> str:
    b = bin_of(issuer, rng.randrange(nbins))
    return f"card:{b}:{rng.getrandbits(48):012x}"


def personal_card(rng: random.Random, cc: str) -> str:
    if rng.random() < 0.08:
        return f"paypal:{rng.getrandbits(48):012x}"
    return card(rng, weighted(rng, ISSUERS.get(cc, ISSUERS["IT"])))


def sepa(rng: random.Random) -> str:
    return f"sepa:{rng.getrandbits(48):012x}"


@dataclass
class Account:
    id: str
    population: str
    label: str
    campaign: str | None
    created: int
    org: str | None = None
    payment: str | None = None
    keys: list[str] = field(default_factory=list)
    cc: str = "IT"

    def key(self, rng: random.Random) -> str | None:
        return rng.choice(self.keys) if self.keys else None


class Registry:
    """Makes accounts, orgs and keys with unique deterministic ids."""

    def __init__(self, world):
        self.world = world
        self.accounts: list[Account] = []
        self.n = 0

    def account(self, population: str, created: int, *, campaign: str | None = None, org: str | None = None,
                payment: str | None = None, nkeys: int = 0, cc: str = "IT") -> Account:
        self.n += 1
        s = self.world.seed
        a = Account(hid("acct_", s, "acct", self.n, n=16), population, "attack" if campaign else "benign", campaign,
                    created, org, payment, [hid("key_", s, "key", self.n, j) for j in range(nkeys)], cc)
        self.accounts.append(a)
        return a

    def org(self, tag: str) -> str:
        return hid("org_", self.world.seed, "org", tag, n=12)

    def extra_key(self, acct: Account, tag: str) -> str:
        k = hid("key_", self.world.seed, "xkey", acct.id, tag)
        acct.keys.append(k)
        return k


def aged(rng: random.Random, world, min_days: float, max_days: float) -> int:
    """An account created between min_days and max_days before the window,
    at a waking hour (people sign up in the day)."""
    d = rng.uniform(min_days, max_days)
    t = world.start - int(d * DAY)
    return t - t % DAY + int(rng.uniform(7, 23.5) * HOUR) - 2 * HOUR


def recent_skew(rng: random.Random, world, max_days: float) -> int:
    """Most consumer accounts are from the last months, a long tail older."""
    return aged(rng, world, 1, 1 + (max_days - 1) * rng.random() ** 1.8)
