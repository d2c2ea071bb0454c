"""Distillation campaigns, part 1: the blunt and the semi-automated ones."""
from __future__ import annotations

import random

from . import clients, nets
from . import harvest as H
from . import phrases as P
from .benign_svc import PRO, key
from .engine import Account, Draft, PopOut, acct_id, session_times
from .personas import aged, pay_fp
from .world import (CITIES, DAY, EP_APP, EP_CHAT, HOUR, MIN, MODEL_NEW, SEC, Window, bins96, hid, lognorm, pick_w,
                    rng, sample_times)


class ResiRotating:
    """Residential proxy, new exit every request."""

    def __init__(self, r: random.Random, mix=nets.RESI_ID):
        self.r, self.mix = r, mix

    def at(self, ts: int):
        return nets.resi_exit(self.r, self.mix)


class ResiSticky:
    """Residential proxy with a sticky session: the same exit for `hold_min` minutes."""

    def __init__(self, r: random.Random, mix=nets.RESI_ID, hold_min: float = 30, region: str = "jkt"):
        self.r, self.mix, self.hold, self.region = r, mix, hold_min * MIN, region
        self.cur, self.until = None, 0

    def at(self, ts: int):
        if self.cur is None or ts >= self.until:
            self.cur = nets.resi_exit(self.r, self.mix, self.region)
            self.until = ts + int(self.hold * self.r.uniform(0.7, 1.3))
        return self.cur


def camp_acct(W: Window, pop: str, i: int, r: random.Random, created: int, city: str, where, *, ua=None, dev=None,
              pay=None, plan="pro", api_key=None, org=None, retry=False, legacy_p=0.02) -> Account:
    return Account(acct_id(W.seed, pop, i), pop, pop, created, CITIES[city], plan, org=org, pay=pay, api_key=api_key,
                   ua=ua, device=dev, where=where, retry=retry, legacy_p=legacy_p)


def batch_created(r: random.Random, W: Window, batches: list[tuple[float, int]], i: int) -> int:
    """Accounts made in batches: (days before the window, batch size); a new one every 20-90 s."""
    k = 0
    for days, size in batches:
        if i < k + size:
            return W.start - int(days * DAY) + (i - k) * int(r.uniform(20, 90) * SEC)
        k += size
    return W.start - int(batches[-1][0] * DAY)


def hydra(W: Window, n: int = 260) -> PopOut:
    """A hydra: hundreds of web accounts behind a rotating residential-proxy pool, each mixing
    harvest (maths and code with step-by-step asks) with ordinary chat."""
    out = PopOut("hydra_jaring", "attack", "hydra_jaring")
    cards = [pay_fp(W.seed, "hydra_card", k) for k in range(14)]
    for i in range(n):
        r = rng(W.seed, f"hydra_jaring/{i}")
        created = W.start - int(r.uniform(1, 75) * DAY) - r.randrange(DAY)
        acct = camp_acct(W, out.name, i, r, created, "Jakarta", ResiRotating(r), ua=clients.web_ua(r),
                         dev=clients.browser_id(W.seed, "hydra", i), pay=cards[r.randrange(len(cards))])
        sweep = H.Sweep(W.seed, ("gsm8k", "math", "mbpp", "humaneval"), "hydra", i, n)
        move = W.launch + int(lognorm(r, 3, 0.8, 0.3, 20) * HOUR)
        drafts = []
        for t0 in sample_times(r, W, acct.city, 3.2, lambda d: bins96("flat", acct.city, boost={h: 1.5 for h in
                                                                                                 range(8, 24)})):
            for ts in session_times(r, t0, int(lognorm(r, 8, 0.4, 3, 20)), 35, 0.5):
                model = MODEL_NEW if ts >= move and r.random() < 0.8 else PRO
                if r.random() < 0.6:
                    name, q = sweep.next()
                    pool = H.CODE_HARVEST if name in ("mbpp", "humaneval") else P.ID_CASUAL_MATH + P.ID_FORMAL
                    text, cot = H.wrapped(r, q, pool, P.COT_STRONG + P.COT_MILD, 0.7)
                    drafts.append(Draft(ts, text, H.kind_of(name, cot), model, EP_APP))
                else:
                    text, k = H.cover(r)
                    drafts.append(Draft(ts, text, k, model, EP_APP))
        out.add(W, acct, drafts, r)
    return out


def sweep_template(W: Window, n: int = 50) -> PopOut:
    """A templated sweep over MATH and GSM8K: one template, SDK from a few cloud VMs, two work shifts a
    day, every account switched to garuda-4 by the same config change 40 minutes after launch."""
    out = PopOut("sapu_template", "attack", "sapu_template")
    vms = [nets.Cloud.new(pick_w(random.Random(f"{W.seed}/sapu/vm{k}"), (("alibaba_sg", 2), ("alibaba_jkt", 2),
                                                                          ("vultr", 1))),
                          random.Random(f"{W.seed}/sapu/vmip{k}"), 1) for k in range(10)]
    cards = [pay_fp(W.seed, "sapu_card", k) for k in range(5)]
    ua, fp = clients.tool("py")
    switch = W.launch + 40 * MIN
    for i in range(n):
        r = rng(W.seed, f"sapu_template/{i}")
        vm = vms[i % len(vms)]
        acct = camp_acct(W, out.name, i, r, batch_created(r, W, [(9, 25), (4, 25)], i), "Jakarta",
                         nets.Cloud(vm.name, vm.ips, r), ua=ua, dev=fp, pay=cards[i % 5], plan="api",
                         api_key=key(W.seed, out.name, i), retry=True)
        sweep = H.Sweep(W.seed, ("math", "gsm8k"), "sapu", i, n)
        drafts = []
        for d in range(-1, W.days + 1):
            for start_h, end_h in ((2, 8), (13, 19)):
                t = W.start + d * DAY + start_h * HOUR + int(r.uniform(0, 6) * MIN)
                while t < W.start + d * DAY + end_h * HOUR:
                    _, q = sweep.next()
                    drafts.append(Draft(t, H.templated(q, H.SWEEP_TEMPLATE), "cot", MODEL_NEW if t >= switch else PRO,
                                        EP_CHAT))
                    t += int(lognorm(r, 540, 0.25, 120, 1800) * SEC)
        out.add(W, acct, drafts, r)
    return out


def card_farm(W: Window, n: int = 130) -> PopOut:
    """A card farm: three sign-up batches paid by six prepaid cards, traffic from four tethered modems."""
    out = PopOut("kartu_farm", "attack", "kartu_farm")
    rm = random.Random(f"{W.seed}/kartu/modems")
    modems = [nets.ModemLine(c, "jkt", rm, W.start - DAY, W.end + DAY) for c in ("telkomsel", "telkomsel", "xl", "indosat")]
    cards = [pay_fp(W.seed, "kartu_card", k) for k in range(6)]
    city = CITIES["Jakarta"]
    for i in range(n):
        r = rng(W.seed, f"kartu_farm/{i}")
        created = batch_created(r, W, [(12, 45), (5, 45), (1, 40)], i)
        modem = modems[i % 4]
        acct = camp_acct(W, out.name, i, r, created, "Jakarta", modem, ua=clients.web_ua(r),
                         dev=clients.browser_id(W.seed, "kartu", i), pay=cards[(i // 22) % 6])
        sweep = H.Sweep(W.seed, ("mbpp", "humaneval", "arena"), "kartu", i, n)
        move = W.launch + int(lognorm(r, 5, 0.7, 0.5, 30) * HOUR)
        drafts = []
        for t0 in sample_times(r, W, city, 2.5, lambda d: bins96("office", city, boost={19: 2, 20: 2, 21: 1.5})):
            for ts in session_times(r, t0, int(lognorm(r, 8, 0.4, 3, 25)), 50, 0.5):
                name, q = sweep.next()
                text = H.templated(q, P.one(r, H.CODE_HARVEST)) if r.random() < 0.8 else q
                drafts.append(Draft(ts, text, "code" if name != "arena" else "cot",
                                    MODEL_NEW if ts >= move else PRO, EP_APP))
        out.add(W, acct, drafts, r)
    return out


def phone_farm(W: Window, phones: int = 12, per_phone: int = 10) -> PopOut:
    """A phone farm in Batam: real phones with SIMs, each cycling through ten accounts in 12-20 minute
    slots from 07:00 to 23:00; most accounts share the phone's install id (log out, log in)."""
    out = PopOut("hp_farm_batam", "attack", "hp_farm_batam")
    city = CITIES["Batam"]
    i = 0
    for p in range(phones):
        rp = random.Random(f"{W.seed}/hpfarm/phone{p}")
        line = nets.ModemLine(pick_w(rp, (("telkomsel", 3), ("indosat", 2), ("xl", 1))), city.region, rp,
                              W.start - DAY, W.end + DAY)
        ua = clients.app_ua(rp, version="4.12.3", ios_p=0.0)
        phone_dev = clients.install_id(W.seed, "hpfarm", p)
        gift = pay_fp(W.seed, "hpfarm_play", p)
        made = W.start - int(rp.uniform(20, 40) * DAY)
        accts = []
        updated = W.launch + int(rp.uniform(0.5, 3) * HOUR)   # the farm updates every phone after launch
        for s in range(per_phone):
            r = rng(W.seed, f"hp_farm_batam/{i}")
            dev = phone_dev if r.random() < 0.6 else clients.install_id(W.seed, "hpfarm", p, s)
            a = camp_acct(W, out.name, i, r, made + s * int(r.uniform(3, 9) * MIN), "Batam", line, ua=ua, dev=dev,
                          pay=gift)
            a.upgrade_at = updated
            accts.append((a, r, H.Sweep(W.seed, ("gsm8k", "svamp", "math"), "hpfarm", i,
                                                                   phones * per_phone), []))
            i += 1
        for d in range(-1, W.days + 1):
            t = W.start + d * DAY + 7 * HOUR + int(rp.uniform(0, 20) * MIN)
            slot = p % per_phone
            while t < W.start + d * DAY + 23 * HOUR:
                acct, r, sweep, drafts = accts[slot % per_phone]
                end = t + int(rp.uniform(12, 20) * MIN)
                ts = t + int(rp.uniform(40, 120) * SEC)
                while ts < end:
                    _, q = sweep.next()
                    text, cot = H.wrapped(r, q, P.ID_CASUAL_MATH, P.COT_MILD, 0.8)
                    drafts.append(Draft(ts, text, "cot" if cot else "math",
                                        MODEL_NEW if ts > W.launch + 2 * HOUR else PRO, EP_APP))
                    ts += int(lognorm(r, 170, 0.35, 40, 600) * SEC)
                t = end + int(rp.uniform(30, 120) * SEC)
                slot += 1
        for acct, r, _, drafts in accts:
            out.add(W, acct, drafts, r)
    return out


def cron_bots(W: Window, n: int = 48) -> PopOut:
    """Scheduled bots: each account fires every 30 minutes at its own fixed second, day and night."""
    out = PopOut("bot_cron", "attack", "bot_cron")
    ua, fp = clients.tool("py_old")
    cards = [pay_fp(W.seed, "cron_card", k) for k in range(3)]
    for i in range(n):
        r = rng(W.seed, f"bot_cron/{i}")
        cloud = nets.Cloud.new(("hetzner", "ovh_sg", "digitalocean")[i % 3], r, 1)
        acct = camp_acct(W, out.name, i, r, batch_created(r, W, [(30, n)], i), "Singapore", cloud, ua=ua, dev=fp,
                         pay=cards[i % 3], plan="api", api_key=key(W.seed, out.name, i))
        sweep = H.Sweep(W.seed, ("gsm8k", "svamp"), "cron", i, n)
        off = (i * 37) % 1800 * SEC
        drafts = []
        for t in range(W.start + off, W.end, 30 * MIN):
            _, q = sweep.next()
            drafts.append(Draft(t + r.randrange(2500), H.templated(q, H.CRON_TEMPLATE), "cot",
                                MODEL_NEW if t >= W.launch + 6 * HOUR else PRO, EP_CHAT))
        out.add(W, acct, drafts, r)
    return out


def aged_slow(W: Window, n: int = 170) -> PopOut:
    """Low and slow: aged accounts bought from a marketplace, ~18 requests a day in short sessions,
    one sticky residential exit per day, a persistent anti-detect browser profile each."""
    out = PopOut("akun_tua", "attack", "akun_tua")
    cards = [pay_fp(W.seed, "tua_card", k) for k in range(25)]
    for i in range(n):
        r = rng(W.seed, f"akun_tua/{i}")
        city = CITIES[pick_w(r, (("Jakarta", 5), ("Surabaya", 2), ("Bandung", 2), ("Medan", 1)))]
        created = W.start - int(r.uniform(365, 1500) * DAY) - r.randrange(DAY)
        where = ResiSticky(r, (("indihome", 6), ("biznet", 2), ("firstmedia", 2), ("myrepublic", 1)), 24 * 60)
        acct = camp_acct(W, out.name, i, r, created, city.name, where, ua=clients.web_ua(r),
                         dev=clients.browser_id(W.seed, "tua", i),
                         pay=cards[r.randrange(25)] if r.random() < 0.4 else None)
        sweep = H.Sweep(W.seed, ("math", "gsm8k", "arena", "mbpp"), "tua", i, n)
        move = W.launch + int(lognorm(r, 6, 0.6, 1, 30) * HOUR)
        drafts = []
        for t0 in sample_times(r, W, city, 4.0, lambda d: bins96("writer", city, muslim=0.3), 0.95):
            for ts in session_times(r, t0, int(lognorm(r, 4.5, 0.4, 2, 10)), 80, 0.5):
                model = MODEL_NEW if ts >= move else PRO
                if r.random() < 0.72:
                    name, q = sweep.next()
                    text, cot = H.wrapped(r, q, P.ID_CHAT + P.ID_FORMAL, P.COT_STRONG, 0.6)
                    drafts.append(Draft(ts, text, H.kind_of(name, cot), model, EP_APP))
                else:
                    text, k = H.cover(r)
                    drafts.append(Draft(ts, text, k, model, EP_APP))
        out.add(W, acct, drafts, r)
    return out


def build_all(W: Window) -> list[PopOut]:
    return [hydra(W), sweep_template(W), card_farm(W), phone_farm(W), cron_bots(W), aged_slow(W)]


__all__ = ["ResiRotating", "ResiSticky", "batch_created", "build_all", "camp_acct", "hid"]
