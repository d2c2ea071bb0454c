"""Helpers shared by populations of people: languages by country, a person's account, network and
devices, what they type, and a generic consumer session loop."""
from __future__ import annotations

from . import corpus, devices, networks, phrases
from .habits import heavy_count, poisson, sample_ts, session
from .world import LAUNCH

LANG_MIX = {
    "MA": (["fr", "dar_lat", "dar_ar", "ar", "en", "tzm", "es"], [33, 24, 12, 16, 10, 3, 2]),
    "DZ": (["fr", "ar", "dar_lat", "dar_ar", "en", "tzm"], [40, 25, 18, 5, 9, 3]),
    "TN": (["fr", "ar", "dar_lat", "en", "dar_ar"], [44, 20, 20, 13, 3]),
    "FR": (["fr", "en", "dar_lat", "ar"], [72, 14, 8, 6]),
    "BE": (["fr", "en", "dar_lat", "ar"], [70, 16, 8, 6]),
    "ES": (["es", "en", "dar_lat", "ar", "fr"], [58, 15, 11, 9, 7]),
    "CA": (["fr", "en", "ar", "dar_lat"], [58, 32, 5, 5]),
}
FOLLOW = {
    "fr": ["Tu peux faire plus court ?", "Merci ! Et en anglais ?", "Explique encore plus simplement stp", "Donne un exemple",
           "Continue", "C'est pas ça, recommence", "ok et pourquoi ?", "Reformule en langage soutenu"],
    "en": ["Make it shorter", "Thanks! Can you give an example?", "Continue", "Why?", "Rewrite it more formally"],
    "dar_lat": ["zid fsser", "mfhmtch, 3awd", "chokran! o ila bghit nzid?", "ktbha b fransawiya", "safi merci"],
    "dar_ar": ["زيد فسر عافاك", "ما فهمتش، عاود", "شكرا! وبالفرنسية؟"],
    "ar": ["اشرح أكثر من فضلك", "أعطني مثالا", "شكرا، هل يمكن الاختصار؟"],
    "es": ["Más corto, por favor", "Dame un ejemplo", "Gracias, ¿y en francés?"],
    "tzm": ["Tanemmirt! Ssuqel-it s tefransist", "Ugar, ttxil-k"],
}


def lang_for(rng, country: str) -> str:
    langs, w = LANG_MIX.get(country, LANG_MIX["FR"])
    return rng.choices(langs, w)[0]


def person(P, country: str, tier: str, lo_days: float, hi_days: float, *, app_share: float = 0.5,
           mobile_bias: float = 0.0, payment=True, org_id=None, n_devices: int = 1, net=None, **meta):
    rng = P.rng
    pay = None
    if payment is True and tier != "free":
        pay = P.card(("self", len(P.accounts)))
    elif isinstance(payment, str):
        pay = payment
    a = P.account(country, tier, P.created(lo_days, hi_days), org_id=org_id, payment=pay, **meta)
    a.net = net or networks.access(rng, country, mobile_bias)
    a.meta["home_idx"] = rng.randrange(1 << 30)
    a.meta["lang"] = lang_for(rng, country)
    for k in range(n_devices):
        a.devices.append(devices.personal_device(rng, f"{a.id}:{k}", app_share))
    return a


def ip_of(P, a, net=None) -> str:
    """Fixed lines keep an address for the two days; mobile CGNAT hands out a new one per session."""
    net = net or a.net
    if net.kind in ("home",):
        return net.address(a.meta["home_idx"])
    return net.address(P.rng.randrange(net.pool))


def chat_prompt(rng, lang: str, limit: int = 2500) -> str:
    if lang == "tzm":
        return phrases.fill_x(rng, rng.choice(phrases.TAMAZIGHT))
    r = rng.random()
    if lang == "en" or (lang in ("fr", "es") and r < 0.45) or (lang in ("ar", "dar_lat", "dar_ar") and r < 0.3):
        q = corpus.chat_pick(rng, limit)
        return q if lang == "en" else phrases.frame(rng, phrases.ASK, lang, q)
    return phrases.native_chat(rng, lang)


def model_for(rng, a, ts: int, p3: float = 0.15) -> str:
    if a.tier == "free":
        return "atlas-2-lite" if rng.random() > 0.01 else "atlas-3"  # a few try the new model and get 403
    if ts >= LAUNCH and rng.random() < p3:
        return "atlas-3"
    if ts < LAUNCH and rng.random() < p3 * 0.05:
        return "atlas-3"  # heard the rumour, tries early: 404
    return "atlas-2" if rng.random() < 0.8 else "atlas-2-lite"


def consumer(P, a, *, days=(0, 1), p_active=0.6, sessions=1.4, per_session=3.0, profile="consumer",
             gap_s=70.0, p3=0.15, prompt_fn=None, kind="chat", follow_p=0.3):
    """Generic person: a few sessions a day, a few turns each, sometimes follow-ups."""
    rng = P.rng
    lang = a.meta["lang"]
    for day in days:
        if rng.random() > p_active:
            continue
        for _ in range(1 + poisson(rng, sessions - 1)):
            start = sample_ts(rng, day, a.country, profile)
            ip = ip_of(P, a)
            dev = rng.choice(a.devices)
            n = heavy_count(rng, per_session, 0.7, 1, 40)
            for t in session(rng, start, n, gap_s):
                if prompt_fn is not None and (t == start or rng.random() > follow_p):
                    p, k = prompt_fn(rng, lang)
                elif t == start or rng.random() > follow_p:
                    p, k = chat_prompt(rng, lang), kind
                else:
                    p, k = rng.choice(FOLLOW.get(lang, FOLLOW["en"])), kind
                P.req(a, t, p, model=model_for(rng, a, t, p3), kind=k, ip=ip, dev=dev)
