"""Shared helpers for the heldout57 populations."""
from __future__ import annotations

from . import text as T
from . import world as W
from .core import (Acct, Ctx, created_before, ctok_for, day_count, est_tokens, net_addr, pick_model, pick_status,
                   sessions)
from .world import DAY_MS, HOUR_MS, LAUNCH, MIN_MS, W0


def frame(tpl: str, q: str) -> str:
    return tpl.replace("{q}", q)


def pay_fp(rng) -> str:
    return "pf_%016x" % rng.getrandbits(64)


def org_id(rng) -> str:
    return "org_%012x" % rng.getrandbits(48)


def give_client(rng, a: Acct, kind: str) -> None:
    devs = []
    if kind in ("phone", "mix"):
        u = rng.random()
        if u < 0.45:
            devs.append((W.ua_android_chrome(rng), W.device_id(rng)))
        elif u < 0.75:
            devs.append((W.ua_app_android(rng), W.device_id(rng)))
        elif u < 0.87:
            devs.append((W.ua_iphone(rng), W.device_id(rng)))
        elif u < 0.95:
            devs.append((W.ua_app_ios(rng), W.device_id(rng)))
        else:
            devs.append((W.ua_desktop(rng), W.device_id(rng)))
        if kind == "mix" and rng.random() < 0.4:
            devs.append((W.ua_desktop(rng), W.device_id(rng)))
    elif kind == "laptop":
        devs.append((W.ua_desktop(rng), W.device_id(rng)))
        if rng.random() < 0.3:
            devs.append((W.ua_android_chrome(rng), W.device_id(rng)))
    elif kind == "sdk":
        ua = rng.choice(W.SDK_UAS)
        devs.append((ua, W.tls_fp(ua)))
        if rng.random() < 0.5:
            devs.append((W.ua_desktop(rng), W.device_id(rng)))
    elif kind == "app_android":
        devs.append((W.ua_app_android(rng), W.device_id(rng)))
    a.devices = devs


def give_net(rng, a: Acct, mode: str) -> None:
    c = a.country
    if mode == "mobile" or (mode == "mix" and rng.random() < 0.75):
        a.net = W.pick_mobile(rng, c)
        a.alt_net = W.FIXED_BY_COUNTRY[c]
        a.x["alt_p"] = 0.12
    else:
        a.net = W.FIXED_BY_COUNTRY[c]
        a.alt_net = W.pick_mobile(rng, c)
        a.x["alt_p"] = 0.3


def model_prefs(rng, a: Acct, mini=0.6, std=0.3, adopt=0.15, delay_h=(0, 20)) -> None:
    u = rng.random()
    a.mpref = "baobab-2-mini" if u < mini else "baobab-2" if u < mini + std else "baobab-2-pro"
    a.adopt_p = adopt
    a.adopt_delay = int(rng.uniform(*delay_h) * HOUR_MS)


def local_lang(rng, a: Acct, corpus) -> str:
    c = a.country
    if c == "SN" or (c == "GN" and rng.random() < 0.3):
        bank = T.WOLOF
    elif c == "ML":
        bank = T.BAMBARA
    elif c in ("CI", "BF"):
        bank = T.DIOULA
    elif c in ("NE",) and rng.random() < 0.5:
        bank = T.ARABIC
    else:
        bank = T.FR_CHAT
    return T.fill_full(rng, corpus, rng.choice(bank), c)


def code_framed(rng, corpus) -> str:
    c = corpus.pick(rng, "code")
    u = rng.random()
    if u < 0.35:
        return c
    if u < 0.6:
        return "Explique-moi ce code :\n" + c
    if u < 0.8:
        return "Pourquoi mon code ne marche pas ?\n" + c
    return c + "\nComplète cette fonction stp"


# source name -> (builder, kind)
def src(name: str, ctx: Ctx, rng, a: Acct, turn: int):
    corpus = ctx.corpus
    if name == "fr":
        return T.humanize(rng, T.fill_full(rng, corpus, rng.choice(T.FR_CHAT[:-9]), a.country)), "chat"
    if name == "tab":
        return T.humanize(rng, T.fill_full(rng, corpus, rng.choice(T.TABASKI), a.country)), "chat"
    if name == "en_framed":
        return frame(rng.choice(T.FR_FRAME_CHAT), corpus.pick(rng, "chat_en")), "chat"
    if name == "en":
        return corpus.pick(rng, "chat_en"), "chat"
    if name == "nq":
        return corpus.pick(rng, "nq"), "short"
    if name == "arena":
        return corpus.pick(rng, "arena"), "long" if rng.random() < 0.4 else "chat"
    if name == "local":
        return (local_lang(rng, a, corpus) if rng.random() < 0.6 else T.humanize(rng, local_lang(rng, a, corpus))), "chat"
    if name == "follow":
        return T.fill(rng, rng.choice(T.FOLLOWUPS), a.country), "short"
    if name == "math_student":
        return T.studentify(rng, frame(rng.choice(T.FR_FRAME_STUDENT), corpus.pick(rng, "maths"))), "cot"
    if name == "code":
        return code_framed(rng, corpus), "code"
    if name == "launch":
        return T.humanize(rng, rng.choice(T.LAUNCH_TRY)), "chat"
    if name == "office":
        return T.humanize(rng, T.fill_full(rng, corpus, rng.choice(T.OFFICE), a.country)), "long"
    if name == "journalist":
        return T.humanize(rng, T.fill_full(rng, corpus, rng.choice(T.JOURNALIST), a.country)), "chat"
    if name == "sme":
        return T.humanize(rng, T.fill_full(rng, corpus, rng.choice(T.SME), a.country)), "chat"
    if name == "teacher":
        return T.humanize(rng, T.fill_full(rng, corpus, rng.choice(T.TEACHER), a.country)), "long"
    if name == "arabic":
        return T.fill_full(rng, corpus, rng.choice(T.ARABIC), a.country), "chat"
    if name == "english_local":
        return T.fill_full(rng, corpus, rng.choice(T.EN_LOCAL), a.country), "chat"
    raise KeyError(name)


def mixer(weights: dict[str, float]):
    names = list(weights)
    cum, s = [], 0.0
    for n in names:
        s += weights[n]
        cum.append(s)

    def fn(ctx, rng, a, turn, t, day):
        while True:
            n = rng.choices(names, cum_weights=cum)[0]
            if n == "follow" and turn == 0:
                continue
            if n == "tab" and day == 1 and rng.random() < 0.6:
                continue
            if n == "launch" and t < LAUNCH:
                continue
            p, k = src(n, ctx, rng, a, turn)
            return p, None, k
    return fn


def run_human(ctx: Ctx, rng, a: Acct, counts, prof: str, prompt_fn, *, sess_mean=3.0, gap_s=70.0, chatty=True,
              p429=0.0, endpoint_fn=None, model_fn=None, system=None, min_t: int = 0, think_bias=0.3):
    for day in range(W.N_DAYS):
        n = counts[day]
        if n <= 0:
            continue
        hist = 0
        ua = dev = None
        netk = None
        for t, turn in sessions(rng, a, day, n, prof, sess_mean, gap_s):
            if t < min_t:
                continue
            if turn == 0 or ua is None:
                hist = 0
                ua, dev = a.devices[0] if (len(a.devices) == 1 or rng.random() < 0.65) else rng.choice(a.devices)
                netk = a.alt_net if (a.alt_net and rng.random() < a.x.get("alt_p", 0)) else a.net
            prompt, sys_p, kind = prompt_fn(ctx, rng, a, turn, t, day)
            if sys_p is None:
                sys_p = system
            model = model_fn(rng, a, t, kind) if model_fn else pick_model(rng, a, t, think_bias)
            ip, asn = net_addr(rng, a, day, t, netk)
            ptok = est_tokens(prompt) + est_tokens(sys_p) + 7 + (hist if chatty else 0)
            ctok = ctok_for(rng, kind, model, ptok)
            ep = endpoint_fn(rng, ua) if endpoint_fn else default_endpoint(rng, ua)
            ctx.emit(rng, a, t, prompt, system=sys_p, model=model, endpoint=ep, ptok=ptok, ctok=ctok,
                     status=pick_status(rng, p429), ip=ip, asn=asn, ua=ua, dev=dev, key=a.keys[0])
            hist = min(ptok + ctok, 24000)


def default_endpoint(rng, ua: str) -> str:
    if ua.startswith("Mozilla") or ua.startswith("BaobabChat"):
        return "/v1/chat/completions"
    u = rng.random()
    return "/v1/chat/completions" if u < 0.78 else "/v1/responses" if u < 0.95 else "/v1/completions"


def active_counts(rng, p_active, median, sigma, lo, hi, ensure=True):
    out = []
    for d in range(W.N_DAYS):
        out.append(day_count(rng, median, sigma, lo, hi) if rng.random() < p_active[d] else 0)
    if ensure and sum(out) == 0:
        d = rng.randrange(W.N_DAYS)
        out[d] = day_count(rng, median, sigma, lo, hi)
    return out


__all__ = ["frame", "pay_fp", "org_id", "give_client", "give_net", "model_prefs", "src", "mixer", "run_human",
           "active_counts", "default_endpoint", "created_before", "ctok_for", "est_tokens", "net_addr", "pick_model",
           "pick_status", "sessions", "day_count", "W", "T", "DAY_MS", "HOUR_MS", "MIN_MS", "LAUNCH", "W0"]
