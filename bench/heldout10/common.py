"""Helpers shared by the benign and attack populations: context, clients, token sizes, one emit call."""
from __future__ import annotations

from world import DAY, HOUR, START, Host, R, hx, key_id, model_at, status_at
from text import tokens

COMP_MEDIAN = {"chat": 260, "cot": 480, "code": 360, "judge": 380, "summary": 520, "voice": 90, "voice_cot": 260,
               "short": 60, "json": 140, "long": 900}


class Ctx:
    def __init__(self, seed: int, days: int, scale: float, out, corpora):
        self.seed, self.days, self.scale, self.out, self.C = seed, days, scale, out, corpora
        self.t0, self.t1 = START, START + days * DAY

    def rng(self, name: str):
        return R(self.seed, name)

    def n(self, base: float) -> int:
        return max(1, int(round(base * self.scale)))

    def host(self, rng, kind: str, *key) -> Host:
        return Host(rng, hx(self.seed, "host", *key, n=16), kind)

    def key(self, *parts) -> str:
        return key_id(self.seed, *parts)


def completion(rng, kind: str, pt: int = 0) -> int:
    if kind == "translate":
        return max(5, int(pt * rng.uniform(0.9, 1.5)))
    if kind == "embed":
        return 0
    return max(3, int(COMP_MEDIAN[kind] * rng.lognormvariate(0, 0.55)))


def emit(X: Ctx, rng, a, ts, *, prompt, system, kind, net, ua, key, endpoint, mkind="chat", lag=2.0, share=0.9,
         extra_pt=0, p429=0.0, p400=0.0, model=None, ct=None):
    m = model or model_at(rng, ts, mkind, lag, share)
    pt = tokens(prompt) + tokens(system) + extra_pt
    if endpoint.endswith("embeddings"):
        kind = "embed"
    st = status_at(rng, ts, m, p429, p400)
    return X.out.emit(a, ts, prompt=prompt, system=system, pt=pt, ct=completion(rng, kind, pt) if ct is None else ct,
                      model=m, endpoint=endpoint, status=st, net=net, ua=ua, key=key)


def aged(rng, lo_days: float, hi_days: float) -> int:
    return START - int(rng.uniform(lo_days, hi_days) * DAY) - rng.randrange(HOUR)


# ---------------------------------------------------------------- clients
_CHROME = ["120.0.6099.224", "121.0.6167.184", "122.0.6261.94", "122.0.6261.112"]


def web_ua(rng) -> str:
    v = rng.choice(_CHROME)
    return rng.choice([
        f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36",
        f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0",
        f"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36",
        f"Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Mobile Safari/537.36",
        f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36 Edg/{v[:5]}0.0"])


def desktop_ua(rng) -> str:
    ua = web_ua(rng)
    return ua if "Mobile" not in ua else ua.replace("Linux; Android 14; SM-A546E", "Windows NT 10.0; Win64; x64").replace(" Mobile", "")


_PHONES = ["SM-A546E", "SM-A155F", "Redmi Note 13", "TECNO KJ5", "Infinix X6831", "Pixel 7", "SM-S918B", "CPH2591", "V2250"]


def app_ua(rng) -> str:
    if rng.random() < 0.3:
        return f"NorthwindApp/5.{rng.choice([0, 1, 1, 2])}.{rng.randint(0, 4)} (iOS 17.{rng.randint(1, 4)}; iPhone{rng.choice(['14,5', '15,2', '13,2', '16,1'])})"
    return f"NorthwindApp/5.{rng.choice([0, 1, 1, 2])}.{rng.randint(0, 4)} (Android {rng.choice([12, 13, 14, 14])}; {rng.choice(_PHONES)})"


def sdk_ua(rng) -> str:
    return rng.choice([
        f"nw-python/1.{rng.choice([6, 7, 8, 8])}.{rng.randint(0, 3)} CPython/3.{rng.choice([10, 11, 12])}.{rng.randint(1, 9)} Linux",
        f"nw-python/1.8.{rng.randint(0, 3)} CPython/3.11.{rng.randint(4, 8)} Darwin",
        f"nw-node/4.{rng.randint(1, 3)}.{rng.randint(0, 5)} node/20.{rng.randint(9, 11)}.0 linux",
        f"nw-go/0.9.{rng.randint(0, 2)}", "python-httpx/0.27.0", "curl/8.5.0", f"nw-java/2.{rng.randint(0, 2)}.0 okhttp/4.12.0",
        "python-requests/2.31.0", f"aiohttp/3.9.{rng.randint(1, 3)} Python/3.{rng.choice([10, 11])}"])


def pick_cc(rng, mix: dict) -> str:
    x, acc = rng.random() * sum(mix.values()), 0.0
    for k, w in mix.items():
        acc += w
        if x < acc:
            return k
    return k


def human_days(X: Ctx, rng, cc: str, rate: float, active_p: float, prof, mean_len: float, gap, weekend: float = 1.0):
    """Yield (ts, index within session, ramadan) for a person in country cc. prof(weekend, ramadan) -> profile."""
    from world import local_days, poisson, sessions
    for mid, _wd, we, ram in local_days(cc, X.days):
        if rng.random() > active_p:
            continue
        n = poisson(rng, rate * (weekend if we else 1.0))
        for ts, k in sessions(rng, mid, prof(we, ram), n, mean_len, gap):
            yield ts, k, ram


def consumer_prof(we, ram):
    return "ramadan" if ram else "consumer"


def office_prof(we, ram):
    return "office_ramadan" if ram else "office"
