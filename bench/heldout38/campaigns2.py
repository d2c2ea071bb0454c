"""Distillation campaigns, part 2: launch rush, insiders, reseller abuse, rotators, synchronised
bursts, embedding extraction."""
from __future__ import annotations

import random

from . import banks, clients, corpora, nets
from . import harvest as H
from . import phrases as P
from .benign_org import ORGS, _Keyed
from .benign_svc import LITE, PRO, key, org
from .campaigns import ResiSticky, batch_created, camp_acct
from .engine import Draft, PopOut, session_times
from .personas import office, pay_fp, person_drafts
from .world import (CITIES, DAY, EP_APP, EP_CHAT, EP_EMBED, HOUR, MIN, MODEL_EMBED, MODEL_NEW, SEC, Window, bins96,
                    lognorm, pick_w, rate_times, rng, sample_times)


def launch_rush(W: Window, n: int = 140) -> PopOut:
    """A launch rush: accounts pre-registered in the days before and made in bursts right after the
    launch, pointed at garuda-4 within the hour, working through the night over datacenter VPNs."""
    out = PopOut("serbu_rilis", "attack", "serbu_rilis")
    ua, fp = clients.tool("py_openai")
    cards = [pay_fp(W.seed, "rush_card", k) for k in range(8)]
    for i in range(n):
        r = rng(W.seed, f"serbu_rilis/{i}")
        if i < 60:
            created = W.start - int(r.uniform(0.2, 3) * DAY)
        else:
            created = W.launch + int(((i - 60) // 20) * r.uniform(25, 50) * MIN) + (i % 20) * int(r.uniform(30, 80) * SEC)
        exits = [nets.rand_ip(r, pick_w(r, (("m247", 3), ("datacamp", 3), ("aws_sg", 2), ("leaseweb_sg", 1))))
                 for _ in range(2)]
        where = nets.Cloud("m247", exits, r)
        acct = camp_acct(W, out.name, i, r, created, "Singapore", _AsnOf(where), ua=ua, dev=fp, pay=cards[i % 8],
                         plan="api", api_key=key(W.seed, out.name, i), retry=True)
        sweep = H.Sweep(W.seed, ("arena", "math", "humaneval", "mbpp", "gsm8k"), "rush", i, n)
        go = max(created, W.launch) + int(lognorm(r, 35, 0.6, 5, 240) * MIN)
        drafts = []
        if created < W.launch:
            for ts in session_times(r, created + int(r.uniform(1, 10) * MIN), r.randint(1, 3), 30):
                drafts.append(Draft(ts, "hello", "short", LITE, EP_CHAT))
        t = go
        while t < min(W.end, go + int(r.uniform(14, 30) * HOUR)):
            for ts in session_times(r, t, int(lognorm(r, 6, 0.5, 2, 30)), 25, 0.6, 5, 300):
                name, q = sweep.next()
                drafts.append(Draft(ts, H.templated(q, P.one(r, H.RUSH_TEMPLATES)), "cot" if name != "humaneval"
                                    else "code", MODEL_NEW, EP_CHAT))
            t = ts + int(lognorm(r, 90, 0.6, 10, 300) * MIN)
        out.add(W, acct, drafts, r)
    return out


class _AsnOf:
    """Cloud-like exit list whose addresses belong to different ASNs (a VPN provider reselling several)."""

    def __init__(self, c: nets.Cloud):
        self.c = c
        self.asns = {ip: _asn_for(ip) for ip in c.ips}

    def at(self, ts: int):
        ip, _ = self.c.at(ts)
        return ip, self.asns[ip]


def _asn_for(ip: str) -> int:
    import ipaddress
    a = ipaddress.ip_address(ip)
    for name, (asn, prefixes, _) in nets.ASNS.items():
        if any(a in ipaddress.ip_network(p) for p in prefixes):
            return asn
    raise ValueError(ip)


def insiders(W: Window) -> PopOut:
    """Insiders: employees of enterprise customers who use their seat normally by day and run a
    harvesting script on it at lunch and in the evening, through the company's own egress."""
    out = PopOut("orang_dalam", "attack", "orang_dalam")
    plan = ((0, 4), (1, 3), (4, 3), (3, 2))
    i = 0
    for o_idx, k in plan:
        name, cname, egress, _, early = ORGS[o_idx]
        city = CITIES[cname]
        eg = nets.Egress(egress, rng(W.seed, f"enterprise/egress/{name}"), 3)
        allow = W.start + DAY + 2 * HOUR if early else None
        system = banks.ENTERPRISE_SYSTEM.replace("{c}", name)
        for _ in range(k):
            r = rng(W.seed, f"orang_dalam/{i}")
            aid = f"x{i}"
            if egress == "zscaler":
                where = _Keyed(eg, aid)
            else:
                where = nets.phone(r, city, "office", home_p=0.9, day=eg, key=aid, p_out=0.03,
                                   mobile_mix=nets.MOBILE_MY if city.country == "MY" else nets.MOBILE_ID,
                                   fixed_mix=nets.FIXED_MY if city.country == "MY" else nets.FIXED_ID)
            acct = camp_acct(W, out.name, i, r, W.start - int(r.uniform(60, 500) * DAY), cname, where,
                             ua=clients.web_ua(r), dev=clients.browser_id(W.seed, "insider", i), pay=pay_fp(W.seed, name),
                             plan="ent", org=org(W.seed, name))
            sdk_ua, sdk_fp = clients.tool("py")
            model_at = lambda ts, a=allow: MODEL_NEW if a and ts >= a else PRO  # noqa: E731
            drafts = person_drafts(r, W, city, lambda d: bins96("office", city, muslim=0.7), H.cover, P.FOLLOW_ID,
                                   model_at, per_day=2.0, active_p=0.9, reqs=3, gap_s=110, endpoint=EP_CHAT,
                                   system=system)
            sweep = H.Sweep(W.seed, ("math", "mbpp", "gsm8k"), "insider", i, 12)
            for d in range(W.days):
                for h0, h1 in ((12.0, 12.8), (20.0, 22.0)):
                    t = W.start + d * DAY + int((h0 + r.uniform(0, 0.3)) * HOUR) - (city.tz - 7) * HOUR
                    while t < W.start + d * DAY + int(h1 * HOUR) - (city.tz - 7) * HOUR:
                        name_, q = sweep.next()
                        text, cot = H.wrapped(r, q, P.EN_WRAP, P.COT_STRONG, 0.9)
                        drafts.append(Draft(t, text, H.kind_of(name_, cot), model_at(t), EP_CHAT, ua=sdk_ua,
                                            device=sdk_fp, api_key=key(W.seed, out.name, i)))
                        t += int(lognorm(r, 150, 0.4, 30, 600) * SEC)
            out.add(W, acct, drafts, r)
            i += 1
    return out


def reseller_abuse(W: Window, n: int = 80) -> PopOut:
    """One customer of NusaAPI buys 80 sub-accounts in two batches and harvests through the reseller:
    same gateway, fingerprint, card and org as the reseller's honest customers."""
    out = PopOut("reseller_bocor", "attack", "reseller_bocor")
    o, pay = org(W.seed, "NusaAPI"), pay_fp(W.seed, "NusaAPI")
    ips = nets.Cloud.new("biznetgio", rng(W.seed, "nusaapi/ips"), 4).ips
    ua, fp = clients.tool("nusaapi")
    city = CITIES["Jakarta"]
    for i in range(n):
        r = rng(W.seed, f"reseller_bocor/{i}")
        acct = camp_acct(W, out.name, i, r, batch_created(r, W, [(22, 50), (6, 30)], i), "Jakarta",
                         nets.Cloud("biznetgio", ips, r), ua=ua, dev=fp, pay=pay, plan="api", org=o,
                         api_key=key(W.seed, out.name, i), retry=True)
        sweep = H.Sweep(W.seed, ("gsm8k", "math", "mbpp", "svamp"), "bocor", i, n)
        tutor = "Kamu guru les privat yang sabar." if r.random() < 0.5 else None
        switch = W.launch + int(r.uniform(1.2, 4) * HOUR)
        drafts = []
        for ts in rate_times(r, W, city, lognorm(r, 25, 0.3, 10, 50), lambda d: bins96("edtech", city, muslim=0.3)):
            name, q = sweep.next()
            text, cot = H.wrapped(r, q, P.ID_CASUAL_MATH if name != "mbpp" else P.CODE_WRAP_ID, P.COT_MILD, 0.85)
            drafts.append(Draft(ts, text, H.kind_of(name, cot), MODEL_NEW if ts >= switch else LITE, EP_CHAT, tutor))
        out.add(W, acct, drafts, r)
    return out


class Rotator:
    """Every request from somewhere else: VPN exits, small clouds, residential proxies; and a
    different client stack each time."""
    SOURCES = (("m247", 3), ("datacamp", 3), ("leaseweb_sg", 2), ("packethub", 2), ("vultr", 2), ("digitalocean", 2),
               ("ovh_sg", 2), ("hetzner", 1), ("resi", 5))

    def __init__(self, r: random.Random):
        self.r = r

    def at(self, ts: int):
        src = pick_w(self.r, self.SOURCES)
        if src == "resi":
            return nets.resi_exit(self.r)
        return nets.rand_ip(self.r, src), nets.asn_of(src)


def rotators(W: Window, n: int = 70) -> PopOut:
    out = PopOut("rotator_jaringan", "attack", "rotator_jaringan")
    cards = [pay_fp(W.seed, "rot_card", k) for k in range(20)]
    stacks = ("py", "node", "go", "java", "py_openai", "curl", "node22")
    for i in range(n):
        r = rng(W.seed, f"rotator_jaringan/{i}")
        acct = camp_acct(W, out.name, i, r, W.start - int(r.uniform(10, 50) * DAY), "Jakarta", Rotator(r),
                         pay=cards[r.randrange(20)], plan="api", api_key=key(W.seed, out.name, i))
        sweep = H.Sweep(W.seed, ("math", "arena", "humaneval", "gsm8k"), "rot", i, n)
        move = W.launch + int(lognorm(r, 2, 0.7, 0.3, 12) * HOUR)
        drafts = []
        for t0 in sample_times(r, W, acct.city, 3.0, lambda d: bins96("flat", acct.city)):
            for ts in session_times(r, t0, int(lognorm(r, 8, 0.4, 3, 25)), 40, 0.5):
                name, q = sweep.next()
                ua, fp = clients.tool(stacks[r.randrange(len(stacks))])
                text = H.templated(q, P.one(r, H.RUSH_TEMPLATES)) if r.random() < 0.8 else q
                drafts.append(Draft(ts, text, "code" if name == "humaneval" else "cot",
                                    MODEL_NEW if ts >= move else PRO, EP_CHAT, ua=ua, device=fp))
        out.add(W, acct, drafts, r)
    return out


def synchronised(W: Window, n: int = 120) -> PopOut:
    """A central dispatcher: every two hours all accounts get one or two jobs within the same
    eight minutes; each account alone makes ~20 requests a day from its own sticky home exit."""
    out = PopOut("serempak", "attack", "serempak")
    cards = [pay_fp(W.seed, "sync_card", k) for k in range(10)]
    windows = []
    rw = random.Random(f"{W.seed}/serempak/windows")
    t = W.start - 2 * HOUR + int(rw.uniform(0, 30) * MIN)
    while t < W.end:
        windows.append(t)
        t += 2 * HOUR + int(rw.uniform(-6, 6) * MIN)
    for i in range(n):
        r = rng(W.seed, f"serempak/{i}")
        acct = camp_acct(W, out.name, i, r, batch_created(r, W, [(40, 40), (25, 40), (14, 40)], i), "Jakarta",
                         ResiSticky(r, hold_min=24 * 60), ua=clients.web_ua(r), dev=clients.browser_id(W.seed, "sync", i),
                         pay=cards[i % 10])
        sweep = H.Sweep(W.seed, ("gsm8k", "svamp", "math"), "sync", i, n)
        drafts = []
        for w in windows:
            if r.random() < 0.1:
                continue
            for _ in range(1 + (r.random() < 0.6)):
                ts = w + int(r.uniform(0, 8) * MIN)
                _, q = sweep.next()
                text, cot = H.wrapped(r, q, P.ID_FORMAL, P.COT_STRONG, 0.9)
                drafts.append(Draft(ts, text, "cot" if cot else "math", MODEL_NEW if ts > W.launch + 3 * HOUR else PRO,
                                    EP_APP))
        out.add(W, acct, drafts, r)
    return out


def embed_extract(W: Window, n: int = 30) -> PopOut:
    """Embedding extraction: a batch of accounts embedding a broad, varied corpus around the clock."""
    out = PopOut("sedot_embed", "attack", "sedot_embed")
    cards = [pay_fp(W.seed, "emb_card", k) for k in range(3)]
    ua, fp = clients.tool("py")
    names = tuple(corpora.FILES)
    prefixes = ("", "", "query: ", "passage: ", "Represent this sentence for retrieval: ")
    for i in range(n):
        r = rng(W.seed, f"sedot_embed/{i}")
        acct = camp_acct(W, out.name, i, r, batch_created(r, W, [(15, n)], i), "Singapore",
                         nets.Cloud.new(("alibaba_sg", "aws_sg")[i % 2], r, 2), ua=ua, dev=fp, pay=cards[i % 3],
                         plan="api", api_key=key(W.seed, out.name, i), retry=True)
        sweep = H.Sweep(W.seed, names, "emb", i, n)
        drafts = []
        t = W.start + r.randrange(20 * MIN)
        while t < W.end:
            for ts in session_times(r, t, int(lognorm(r, 8, 0.5, 2, 40)), 1.5, 0.5, 0.2, 10):
                _, q = sweep.next()
                drafts.append(Draft(ts, P.one(r, prefixes) + q, "embed", MODEL_EMBED, EP_EMBED))
            t += int(lognorm(r, 140, 0.5, 30, 500) * MIN)
        out.add(W, acct, drafts, r)
    return out


def build_all(W: Window) -> list[PopOut]:
    return [launch_rush(W), insiders(W), reseller_abuse(W), rotators(W), synchronised(W), embed_extract(W)]


__all__ = ["build_all", "office", "sample_times"]
