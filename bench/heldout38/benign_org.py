"""Benign groups that share things: families, warnets, enterprises, a reseller, developers, agents."""
from __future__ import annotations

import random

from . import banks, clients, corpora, nets
from . import content as C
from . import phrases as P
from .benign_svc import LITE, PRO, key, org
from .engine import Account, Draft, PopOut, acct_id, model_adopter, session_times, thread
from .personas import aged, office, pay_fp, person_drafts
from .world import (CITIES, DAY, EP_CHAT, HOUR, ID_CITIES, MIN, MODEL_NEW, SEC, Window, bins96, lognorm, pick_w,
                    rate_times, rng, sample_times)


def _w(profile, city, **kw):
    return lambda d: bins96(profile, city, **kw)


def families(W: Window) -> PopOut:
    """Households: parents and children on one home line, a shared tablet, one card paying for everybody."""
    out = PopOut("keluarga_berbagi", "benign", None)
    i = 0
    for f in range(85):
        rf = rng(W.seed, f"keluarga_berbagi/fam{f}")
        city = CITIES[pick_w(rf, ID_CITIES)]
        home = nets.FixedLine(pick_w(rf, nets.FIXED_ID), rf, tz=city.tz)
        tablet = (f"GarudaAI/4.12.3 (Android 13; SM-X110; id-ID)", clients.install_id(W.seed, "keluarga", f, "tab"))
        pay = pay_fp(W.seed, "keluarga", f) if rf.random() < 0.7 else None
        members = ["parent"] + (["parent"] if rf.random() < 0.45 else []) + ["kid"] * rf.randint(1, 2)
        for m in members:
            r = rng(W.seed, f"keluarga_berbagi/{i}")
            aid = acct_id(W.seed, "keluarga_berbagi", i)
            kid = m == "kid"
            own_phone = not kid or r.random() < 0.6
            where = nets.phone(r, city, "student" if kid else pick_w(r, (("office", 6), ("home", 4))), home_p=1.0,
                               key=aid) if own_phone else nets.Presence(r, city, "home", None, home, p_out=0.0)
            if own_phone:
                where.home = home
            ua, dev = (clients.app_ua(r), clients.install_id(W.seed, "keluarga_berbagi", i)) if own_phone else tablet
            created = aged(r, W, 5, 600)
            acct = Account(aid, out.name, None, created, city, "pro" if pay else "free", pay=pay, ua=ua, device=dev,
                           where=where, legacy_p=0.02)
            model_at = model_adopter(r, W, acct.plan, adopt=0.3)
            content = C.STUDENT if kid else C.mix((C.FAMILY, 6), (C.OFFICE, 3), (C.SELLER, 1))
            drafts = person_drafts(r, W, city, _w("student" if kid else "family", city, muslim=0.85), content,
                                   P.FOLLOW_ID, model_at, per_day=1.8, active_p=0.65, reqs=3, gap_s=80,
                                   alt=(tablet, 0.35) if own_phone else None)
            out.add(W, acct, drafts, r)
            i += 1
    return out


def warnets(W: Window) -> PopOut:
    """Internet cafes: one static address each, PCs cloned from one or two disk images (same browser id)."""
    out = PopOut("warnet", "benign", None)
    spots = ("Jakarta", "Jakarta", "Jakarta", "Bandung", "Surabaya", "Surabaya", "Medan", "Makassar", "Yogyakarta")
    i = 0
    for w, cname in enumerate(spots):
        rw = rng(W.seed, f"warnet/spot{w}")
        city = CITIES[cname]
        line = nets.FixedLine(pick_w(rw, (("indihome", 6), ("biznet", 3), ("myrepublic", 1))), rw, 0.0, city.tz)
        images = [(clients.web_ua(rw).replace("Macintosh", "Windows NT 10.0"), clients.browser_id(W.seed, "img", w, k))
                  for k in range(1 + (rw.random() < 0.5))]
        pcs = [images[k % len(images)] if rw.random() < 0.8 else (images[0][0], clients.browser_id(W.seed, "pc", w, k))
               for k in range(rw.randint(12, 20))]
        for _c in range(rw.randint(14, 22)):
            r = rng(W.seed, f"warnet/{i}")
            aid = acct_id(W.seed, "warnet", i)
            phone = nets.phone(r, city, "student", home_p=0.2, key=aid)
            acct = Account(aid, out.name, None, aged(r, W, 0.2, 400, 2.5), city, pay=None,
                           ua=clients.app_ua(r), device=clients.install_id(W.seed, "warnet", i), where=phone)
            model_at = model_adopter(r, W, "free", adopt=0.3)
            drafts = []
            for t0 in sample_times(r, W, city, 0.9, _w("warnet", city, muslim=0.8), 0.75):
                ua, dev = pcs[r.randrange(len(pcs))]
                for _s in range(r.randint(1, 3)):
                    first, k = C.WARNET(r)
                    times = session_times(r, t0, max(1, int(lognorm(r, 3, 0.6, 1, 20))), 70)
                    for d in thread(r, times, first, P.FOLLOW_ID, k, model_at, "/app/v2/conversation"):
                        d.ua, d.device, d.net = ua, dev, line.at(d.ts, city.tz)
                        drafts.append(d)
                    t0 = times[-1] + int(r.uniform(5, 40) * MIN)
            if r.random() < 0.35:   # also uses the app on the phone
                drafts += person_drafts(r, W, city, _w("student", city, muslim=0.8), C.STUDENT, P.FOLLOW_ID, model_at,
                                        per_day=1.0, active_p=0.5, reqs=2, gap_s=60)
            out.add(W, acct, drafts, r)
            i += 1
    return out


ORGS = (("Bank Arunika", "Jakarta", "zscaler", 150, True), ("PT Rimba Energi", "Jakarta", "lintasarta", 80, False),
        ("Konsultan Tri Mitra", "Surabaya", "biznet", 60, True), ("Maju Retail Group", "Kuala Lumpur", "tmone", 100, False),
        ("Nusacel", "Bandung", "indihome", 80, True), ("Samudra Logistik", "Medan", "cbn", 50, False))


def enterprises(W: Window) -> PopOut:
    """Enterprise plans: seats under one org and invoice, corporate egress (Zscaler for the bank),
    an org-wide system prompt in the web UI, internal service accounts; garuda-4 allowed on day 2 at some orgs."""
    out = PopOut("enterprise", "benign", None)
    i = 0
    for name, cname, egress, seats, early in ORGS:
        city = CITIES[cname]
        o, pay = org(W.seed, name), pay_fp(W.seed, name)
        eg = nets.Egress(egress, rng(W.seed, f"enterprise/egress/{name}"), 3)
        system = banks.ENTERPRISE_SYSTEM.replace("{c}", name)
        allow = W.start + DAY + 2 * HOUR if early else None
        for s in range(seats + 2):
            r = rng(W.seed, f"enterprise/{i}")
            aid = acct_id(W.seed, "enterprise", i)
            service = s >= seats
            if egress == "zscaler":
                where = eg   # every laptop tunnels to Zscaler, at the office or at home
            else:
                where = nets.phone(r, city, "office", home_p=0.85, day=eg, key=aid,
                                   mobile_mix=nets.MOBILE_MY if city.country == "MY" else nets.MOBILE_ID,
                                   fixed_mix=nets.FIXED_MY if city.country == "MY" else nets.FIXED_ID)
                where.p_out = 0.05
            eng = r.random() < 0.12
            ua, dev = (clients.tool("py") if service or eng and r.random() < 0.5 else
                       (clients.web_ua(r), clients.browser_id(W.seed, "enterprise", i)))
            acct = Account(aid, out.name, None, aged(r, W, 30, 500), city, "ent", org=o, pay=pay, ua=ua, device=dev,
                           where=nets.Cloud.new("aws_jkt", r, 1) if service else
                           (_Keyed(eg, aid) if egress == "zscaler" else where),
                           api_key=key(W.seed, "enterprise", i) if ua.startswith("garuda-") else None, retry=service)

            def model_at(ts, allow=allow):
                return MODEL_NEW if allow and ts >= allow else PRO
            if service:
                drafts = [Draft(ts, P.one(r, (C.chat_id(r)[0], banks.fill(r, P.one(r, banks.OFFICE)))), "chat",
                                model_at(ts), EP_CHAT, system, int(lognorm(r, 1500, 0.5, 200, 8000)))
                          for ts in rate_times(r, W, city, r.uniform(120, 350), _w("office", city, muslim=0.6))]
            else:
                content = C.mix((C.code_id, 5), (C.OFFICE, 5)) if eng else C.OFFICE
                drafts = person_drafts(r, W, city, _w("office", city, muslim=0.7, commute=True), content, P.FOLLOW_ID,
                                       model_at, per_day=2.4, active_p=0.8, reqs=3, gap_s=110, endpoint=EP_CHAT,
                                       system=system)
            out.add(W, acct, drafts, r)
            i += 1
    return out


class _Keyed:
    def __init__(self, eg: nets.Egress, k: str):
        self.eg, self.k = eg, k

    def at(self, ts: int):
        return self.eg.at(ts, self.k)


RESELLER_KINDS = (("chatbot", 30, "support"), ("writer", 20, "writer"), ("tutor", 15, "edtech"), ("dev", 20, "dev"),
                  ("translate", 15, "office"))


def reseller_content(r: random.Random, kind: str) -> tuple[str, str, str | None]:
    if kind == "chatbot":
        ind = P.one(r, tuple(banks.CS_USER))
        return P.one(r, banks.CS_USER[ind]), "cs", "Kamu asisten toko online. Jawab singkat dan ramah."
    if kind == "writer":
        return banks.fill(r, P.one(r, banks.WRITER)), "long", None
    if kind == "tutor":
        return C.math_student(r)[0], "math", "Kamu guru les privat yang sabar."
    if kind == "dev":
        return corpora.pick_mix(r, corpora.CODE_MIX)[1], "code", None
    return banks.fill(r, P.one(r, banks.OFFICE)), "chat", "Translate or polish the user's text. Keep the meaning."


def reseller(W: Window) -> PopOut:
    """NusaAPI: a local reseller; each customer gets a sub-account and key, all traffic leaves from the
    reseller's gateway on Biznet Gio and is paid with the reseller's one card."""
    out = PopOut("reseller_nusaapi", "benign", None)
    o, pay = org(W.seed, "NusaAPI"), pay_fp(W.seed, "NusaAPI")
    ips = nets.Cloud.new("biznetgio", rng(W.seed, "nusaapi/ips"), 4).ips
    ua, fp = clients.tool("nusaapi")
    city = CITIES["Jakarta"]
    for i in range(200):
        r = rng(W.seed, f"reseller_nusaapi/{i}")
        kind, _, rhythm = RESELLER_KINDS[[k for k, _, _ in RESELLER_KINDS].index(pick_w(r, [(k, w) for k, w, _ in
                                                                                              RESELLER_KINDS]))]
        acct = Account(acct_id(W.seed, out.name, i), out.name, None, aged(r, W, 2, 420, 1.2), city, "api", org=o,
                       pay=pay, api_key=key(W.seed, out.name, i), ua=ua, device=fp,
                       where=nets.Cloud("biznetgio", ips, r), retry=True)
        per_day = lognorm(r, 14, 1.0, 1, 250)
        switch = W.launch + int(lognorm(r, 8, 1, 1, 60) * HOUR) if r.random() < 0.4 else None
        drafts = []
        for ts in rate_times(r, W, city, per_day, _w(rhythm, city, muslim=0.7)):
            text, k, system = reseller_content(r, kind)
            drafts.append(Draft(ts, text, k, MODEL_NEW if switch and ts >= switch else LITE, EP_CHAT, system))
        out.add(W, acct, drafts, r)
    return out


def developers(W: Window, n: int = 300) -> PopOut:
    """Indie and startup developers: SDK from a laptop (shared TLS fingerprints), some with an app in the cloud."""
    out = PopOut("developer_sdk", "benign", None)
    for i in range(n):
        r = rng(W.seed, f"developer_sdk/{i}")
        aid = acct_id(W.seed, out.name, i)
        city = CITIES[pick_w(r, ID_CITIES + (("Kuala Lumpur", 6), ("Singapore", 6)))]
        tool = pick_w(r, (("py", 35), ("py_openai", 20), ("node", 20), ("node22", 8), ("go", 7), ("java", 5),
                          ("py_old", 5)))
        ua, fp = clients.tool(tool)
        mob = nets.MOBILE_MY if city.country == "MY" else (("singtel_mobile", 1),) if city.country == "SG" else nets.MOBILE_ID
        fix = nets.FIXED_MY if city.country == "MY" else nets.FIXED_SG if city.country == "SG" else nets.FIXED_ID
        where = nets.phone(r, city, "office", home_p=0.9, day=office(r, city.name), key=aid, mobile_mix=mob,
                           fixed_mix=fix, p_out=0.06)
        acct = Account(aid, out.name, None, aged(r, W, 1, 700), city, "api", pay=pay_fp(W.seed, out.name, i),
                       api_key=key(W.seed, out.name, i, "dev"), ua=ua, device=fp, where=where, retry=r.random() < 0.7)
        model_at = model_adopter(r, W, "api", adopt=0.7, lag_h=1.5)
        boost = lambda d: {10: 1.8, 11: 2.0, 12: 1.6, 13: 1.4, 14: 1.3} if d == 0 else None  # noqa: E731
        drafts = person_drafts(r, W, city, lambda d: bins96("dev", city, muslim=0.6, boost=boost(d)),
                               C.mix((C.code_id, 40), (C.chat_en, 25), (C.launch_probe, 10), (C.chat_id, 25)),
                               P.FOLLOW_EN, model_at, per_day=1.8, active_p=0.7, reqs=5, gap_s=45, endpoint=EP_CHAT)
        if r.random() < 0.3:   # their product in the cloud: an awesome-prompt persona as the system prompt
            cloud = nets.Cloud.new(pick_w(r, (("aws_sg", 3), ("gcp_jkt", 2), ("vultr", 1), ("digitalocean", 2))), r, 1)
            system = corpora.pick(r, "awesome")
            prod_key = key(W.seed, out.name, i, "prod")
            for ts in rate_times(r, W, city, lognorm(r, 25, 0.9, 3, 300), _w("writer", city, muslim=0.6)):
                drafts.append(Draft(ts, C.chat_id(r)[0] if r.random() < 0.7 else corpora.pick(r, "nq"), "chat",
                                    LITE, EP_CHAT, system, net=cloud.at(ts), api_key=prod_key))
        out.add(W, acct, drafts, r)
    return out


def agents(W: Window, n: int = 150) -> PopOut:
    """KilatCode coding-agent users: long bursty sessions with a big system prompt and growing context."""
    out = PopOut("agent_coder", "benign", None)
    follows = ("Tool result: command exited 0. 12 passed, 2 failed. Continue.", "Tool result: file written. Continue.",
               "Tool result: read src/app.py (214 lines).", "The user approved the diff. Run the tests.",
               "Tool result: ModuleNotFoundError: No module named 'httpx'", "user: looks good, now add tests",
               "user: kok error lagi ya, cek log di atas", "Tool result: 3 matches found. Continue.")
    for i in range(n):
        r = rng(W.seed, f"agent_coder/{i}")
        aid = acct_id(W.seed, out.name, i)
        city = CITIES[pick_w(r, ID_CITIES + (("Singapore", 8), ("Kuala Lumpur", 5)))]
        ua, fp = clients.tool("kilat" if r.random() < 0.75 else "kilat_cli")
        where = nets.phone(r, city, "office", home_p=0.9, day=office(r, city.name), key=aid, p_out=0.05)
        acct = Account(aid, out.name, None, aged(r, W, 1, 300), city, "api", pay=pay_fp(W.seed, out.name, i),
                       api_key=key(W.seed, out.name, i), ua=ua, device=fp, where=where, retry=True)
        model_at = model_adopter(r, W, "api", adopt=0.65, lag_h=2)
        system = banks.AGENT_SYSTEM.replace("{w}", P.one(r, ("~/proj/toko-api", "~/kerja/skripsi-ml", "D:\\apps\\pos",
                                                            "~/src/dashboard"))).replace("{os}", P.one(r, ("linux",
                                                                                                          "win32", "darwin")))
        drafts = []
        for t0 in sample_times(r, W, city, 1.4, _w("dev", city, muslim=0.5), 0.7):
            times = session_times(r, t0, int(lognorm(r, 28, 0.6, 5, 120)), 11, 0.8, 1, 600)
            _, first = corpora.pick_mix(r, corpora.CODE_MIX)
            drafts += thread(r, times, first, follows, "agent", model_at, EP_CHAT, system)
        out.add(W, acct, drafts, r)
    return out


def tinkerers(W: Window, n: int = 60) -> PopOut:
    """People trying the API with curl: a few requests, typos in keys (401s), hello-world prompts."""
    out = PopOut("curl_tinkerers", "benign", None)
    tests = ("hello", "test", "Say hi in Indonesian", "1+1=?", "siapa kamu?", "ping", "Tell me a joke about cats")
    for i in range(n):
        r = rng(W.seed, f"curl_tinkerers/{i}")
        aid = acct_id(W.seed, out.name, i)
        city = CITIES[pick_w(r, ID_CITIES)]
        ua, fp = clients.tool("curl" if r.random() < 0.7 else "curl_win")
        acct = Account(aid, out.name, None, aged(r, W, 0.1, 200, 2.5), city, "free", api_key=key(W.seed, out.name, i),
                       ua=ua, device=fp, where=nets.phone(r, city, "uni", home_p=0.8, key=aid), p401=0.12)
        model_at = model_adopter(r, W, "api", adopt=0.8, lag_h=0.5)
        drafts = []
        for t0 in sample_times(r, W, city, 1.2, _w("dev", city, muslim=0.5), 0.55):
            for ts in session_times(r, t0, r.randint(1, 6), 40):
                text = P.one(r, tests) if r.random() < 0.6 else corpora.pick(r, "nq")
                drafts.append(Draft(ts, text, "short", model_at(ts), EP_CHAT))
        out.add(W, acct, drafts, r)
    return out


def build_all(W: Window) -> list[PopOut]:
    return [families(W), warnets(W), enterprises(W), reseller(W), developers(W), agents(W), tinkerers(W)]
