"""Campaigns with infrastructure tradecraft: proxy farms, card rings, emulator
clones, benchmark sweeps, chain-of-thought extraction, multilingual probing and
the launch-day rush. Label: attack."""
from __future__ import annotations

from . import clients, networks, phrasing
from .clock import HOUR, MIN, REASON_MODEL, RELEASE
from .harvest import Sweep, batch_created, cot, mixed_profile
from .traffic import World, pick_model, sessions

ATTACK = "attack"


def hydra_mesh(w: World, n: int = 180) -> None:
    """A "hydra" router spreads requests over 180 accounts and a residential
    proxy pool (a fresh SA home/mobile exit per request); 45% harvest with CoT
    wrappers, 55% ordinary chat as cover. Browser UAs over a Python TLS stack."""
    rng = w.rng("c/hydra")
    cards = [w.token(rng, "pm_", 16) for _ in range(12)]
    sweep = Sweep(w.c.texts["math"] + w.c.texts["gsm8k"], rng)
    _, py_tls = clients.stack("py_sdk")
    exits = networks.FIBRE + networks.MOBILE
    for i in range(n):
        ua, _ = clients.browser(rng, mobile=rng.random() < 0.3)
        a = w.account(rng, "hydra_mesh", "hydra_mesh", batch_created(w, rng, 24 - (i // 30) * 3), ua=ua, device=py_tls,
                      payment=cards[i % len(cards)], edge=rng.choice(["jnb", "jnb", "cpt"]))
        for sess in sessions(rng, w.days, mixed_profile(3), 12, 1.8, gap_s=300):
            for ts in sess:
                net = rng.choice(exits)
                ip = networks.address(rng, net, 0.15)
                if rng.random() < 0.45:
                    p = cot(rng, sweep.next()) if rng.random() < 0.6 else sweep.next()
                    model = REASON_MODEL if ts >= RELEASE and rng.random() < 0.7 else "ubuntu-chat-2"
                else:
                    p, model = w.c.chat_prompt(rng), pick_model(rng, ts, 0.2)
                w.emit(a, ts, rng, p, model=model, ip=ip, asn=networks.asn_of(net), out=(300, 1200))


def card_ring(w: World, n: int = 60) -> None:
    """Sixty accounts opened in two days on four prepaid virtual cards, each
    with an honest browser stack, five accounts per rented VPS in Europe."""
    rng = w.rng("c/card_ring")
    cards = [w.token(rng, "pm_", 16) for _ in range(4)]
    sweep = Sweep(w.c.texts["arena"] + w.c.texts["mbpp"], rng)
    wrappers = phrasing.HARVEST_WRAPPERS[1:]
    vps = []
    for i in range(n):
        if i % 5 == 0:
            net = rng.choice(["hetzner", "ovh", "digitalocean"])
            vps = [net, networks.address(rng, net)]
        ua, dev = clients.browser(rng)
        a = w.account(rng, "card_ring", "card_ring", batch_created(w, rng, 13 + (i % 2), 600), ua=ua, device=dev,
                      net=vps[0], ip=vps[1], payment=cards[i % 4], edge="legacy" if i % 3 == 0 else "jnb")
        wrapper = rng.choice(wrappers)
        for sess in sessions(rng, w.days, "office", 5, 3.5, gap_s=160):
            for ts in sess:
                p = wrapper.format(q=sweep.next(), n=rng.randrange(1, 999)) if rng.random() < 0.75 else w.c.chat_prompt(rng)
                w.emit(a, ts, rng, p, model=pick_model(rng, ts, 0.4, 0.0), out=(300, 1400))


def emulator_farm(w: World, n: int = 90) -> None:
    """Android emulators cloned from six images: the app's per-install id is
    copied with the image, so 15 accounts share one "phone". Traffic leaves
    through a rack of 4G dongles (real MTN/Vodacom CGNAT addresses)."""
    rng = w.rng("c/emulator")
    images = [clients.mobile_app(rng) for _ in range(6)]
    sweep = Sweep(w.c.texts["gsm8k"] + w.c.texts["svamp"], rng)
    for i in range(n):
        ua, dev = images[i % 6]
        carrier = rng.choice(["mtn", "vodacom"])
        a = w.account(rng, "emulator_farm", "emulator_farm", batch_created(w, rng, 40 - i % 10, 180), ua=ua, device=dev,
                      net=carrier, edge="mob")
        for sess in sessions(rng, w.days, mixed_profile(6), 8, 2.2, gap_s=50):
            for ts in sess:
                p = phrasing.code_switch(rng, sweep.next()) if rng.random() < 0.8 else w.c.chat_prompt(rng)
                w.emit(a, ts, rng, p, endpoint="/mobile/v2/chat", model=pick_model(rng, ts, 0.3, 0.2),
                       ip=w.pools.mobile(rng, carrier), asn=networks.asn_of(carrier), out=(250, 900))


def bench_wrapper(w: World, n: int = 50) -> None:
    """Benchmark harvesting from European hosting: each account owns a contiguous
    shard of MBPP/HumanEval/MATH and its own paraphrased wrapper; 20% chat."""
    rng = w.rng("c/bench")
    items = w.c.texts["mbpp"] + w.c.texts["humaneval"] + w.c.texts["math"]
    shard = len(items) // n
    for i in range(n):
        net = rng.choice(["hetzner", "ovh", "digitalocean"])
        ua, dev = clients.sdk(rng)
        a = w.account(rng, "bench_wrapper", "bench_wrapper", w.created_before(rng, 5, 120), ua=ua, device=dev, net=net,
                      ip=networks.address(rng, net, 0.3), payment=w.token(rng, "pm_", 16), edge=rng.choice(["jnb", "legacy"]))
        wrapper = phrasing.HARVEST_WRAPPERS[i % len(phrasing.HARVEST_WRAPPERS)]
        k = i * shard
        for sess in sessions(rng, w.days, "flat", 6, 3.5, gap_s=40):
            for ts in sess:
                if rng.random() < 0.8:
                    p, k = wrapper.format(q=items[k % len(items)], n=k), k + 1
                else:
                    p = w.c.chat_prompt(rng)
                w.emit(a, ts, rng, p, model=pick_model(rng, ts, 0.5, 0.0), out=(200, 900))


def cot_extract(w: World, n: int = 45) -> None:
    """Chain-of-thought extraction: "articulate the internal reasoning ... step by
    step" over GSM8K/MATH with a given answer; moves to ubuntu-reason-1 at launch."""
    rng = w.rng("c/cot")
    sweep = Sweep(w.c.texts["gsm8k"] + w.c.texts["math"], rng)
    for i in range(n):
        cloud = rng.random() < 0.3
        net = "aws" if cloud else networks.pick_fibre(rng)
        ua, dev = clients.sdk(rng) if cloud else clients.browser(rng)
        a = w.account(rng, "cot_extract", "cot_extract", w.created_before(rng, 10, 200), ua=ua, device=dev, net=net,
                      ip=networks.address(rng, net, 0.2), payment=w.token(rng, "pm_", 16))
        for sess in sessions(rng, w.days, "student", 6, 3.5, gap_s=120):
            for ts in sess:
                p = cot(rng, sweep.next()) if rng.random() < 0.85 else w.c.chat_prompt(rng)
                model = REASON_MODEL if ts >= RELEASE and rng.random() < 0.85 else "ubuntu-chat-2"
                w.emit(a, ts, rng, p, model=model, out=(600, 2000))


PROBE_PREFIX = ["Beantwoord in Afrikaans en wys al jou stappe: {q}", "Phendula ngesiZulu, uchaze zonke izinyathelo: {q}",
                "Phendula ngesiXhosa, ubonise yonke imisebenzi: {q}", "Araba ka Sesotho, o bontshe mehato yohle: {q}",
                "Responda em português e mostre o raciocínio completo: {q}", "Réponds en français en détaillant chaque étape : {q}",
                "Translate the following into isiZulu, then solve it in isiZulu: {q}"]


def multilingual_probe(w: World, n: int = 50) -> None:
    """Benchmark questions with an instruction to answer (and reason) in another
    language, from consumer VPN exits; looks like the translators' traffic."""
    rng = w.rng("c/multilingual")
    sweep = Sweep(w.c.texts["math"] + w.c.texts["mbpp"] + w.c.texts["arena"], rng)
    for i in range(n):
        net = rng.choice(["m247", "datacamp", "hetzner"])
        ua, dev = clients.browser(rng) if rng.random() < 0.5 else clients.sdk(rng)
        a = w.account(rng, "multilingual_probe", "multilingual_probe", w.created_before(rng, 3, 90), ua=ua, device=dev,
                      net=net, payment=w.token(rng, "pm_", 16), edge=rng.choice(["jnb", "cpt", "legacy"]))
        for sess in sessions(rng, w.days, "office", 7, 3, gap_s=150):
            for ts in sess:
                p = rng.choice(PROBE_PREFIX).format(q=sweep.next()) if rng.random() < 0.85 else w.c.chat_prompt(rng)
                w.emit(a, ts, rng, p, model=pick_model(rng, ts, 0.5, 0.0), out=(300, 1200))


def release_rush(w: World, n: int = 80) -> None:
    """Accounts opened hours before the launch on eight cards; probing the model
    name from 13:50 (404s), then a synchronized rush at 14:00 through the 503s."""
    rng = w.rng("c/release_rush")
    cards = [w.token(rng, "pm_", 16) for _ in range(8)]
    sweep = Sweep(w.c.texts["math"] + w.c.texts["humaneval"] + w.c.texts["arena"], rng)
    for i in range(n):
        net = rng.choice(["aws", "azure", "hetzner", "aws"])
        ua, dev = clients.sdk(rng)
        created = (RELEASE - int(rng.uniform(1, 30) * HOUR)) // 1000 * 1000
        a = w.account(rng, "release_rush", "release_rush", created, ua=ua, device=dev, net=net,
                      ip=networks.address(rng, net), payment=cards[i % 8])
        t = RELEASE - rng.randrange(1, 11) * MIN
        for _ in range(rng.randrange(2, 6)):
            w.emit(a, t, rng, "ping", model=REASON_MODEL, out=(1, 5))
            t += rng.randrange(60, 180) * 1000
        t = RELEASE + rng.randrange(0, 180) * 1000
        for _ in range(rng.randrange(40, 110)):
            w.emit(a, t, rng, cot(rng, sweep.next()) if rng.random() < 0.5 else sweep.next(), model=REASON_MODEL, out=(400, 1600))
            t += int(rng.lognormvariate(4.2, 0.7) * 1000)
        for sess in sessions(rng, w.days, "flat", 6, 4, gap_s=90):
            for ts in sess:
                if ts > t:
                    w.emit(a, ts, rng, sweep.next(), model=REASON_MODEL, out=(400, 1600))
