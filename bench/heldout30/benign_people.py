"""Benign populations of individual people: homes, learners, students, classes,
families, power users, the diaspora, translators and launch-day tryers."""
from __future__ import annotations

from . import clients, networks, phrasing
from .clock import DAY, HOUR, MATRIC_SITTINGS, MIN, REASON_MODEL, RELEASE, T0, VARSITY_SITTINGS, in_windows
from .traffic import World, pick_model, sessions, through_power


def _home(w: World, rng, pop: str, created=(20, 900), mobile_share=0.25, **kw):
    """A person at home on fibre in a load-shedding block (a quarter of them mostly on the phone app)."""
    on_phone = rng.random() < mobile_share
    carrier = networks.pick_mobile(rng)
    area = networks.pick_area(rng)
    if on_phone:
        ua, dev = clients.mobile_app(rng)
        return w.account(rng, pop, None, w.created_before(rng, *created), ua=ua, device=dev, net=carrier,
                         edge="mob", carrier=carrier, payment=w.token(rng, "pm_", 16) if rng.random() < 0.4 else None, **kw)
    net = networks.pick_fibre(rng)
    ua, dev = clients.browser(rng)
    return w.account(rng, pop, None, w.created_before(rng, *created), ua=ua, device=dev, net=net,
                     ip=networks.address(rng, net, v6_share=0.2), area=area, edge=networks.edge_for_area(area),
                     carrier=carrier if rng.random() < 0.45 else None,
                     payment=w.token(rng, "pm_", 16) if rng.random() < 0.55 else None, **kw)


def _endpoint(a) -> str:
    return "/mobile/v2/chat" if a.edge == "mob" else "/v1/chat/completions"


def _mobile_ip(w, rng, a):
    return (w.pools.mobile(rng, a.net), networks.asn_of(a.net)) if a.edge == "mob" else (None, None)


def home_chat(w: World, n: int = 1100) -> None:
    rng = w.rng("home_chat")
    for _ in range(n):
        a = _home(w, rng, "home_chat")
        for ts, ip, asn in through_power(w, rng, a, sessions(rng, w.days, "home", 2.7, 3.0), p_tether=0.3):
            if a.edge == "mob":
                ip, asn = _mobile_ip(w, rng, a)
            w.emit(a, ts, rng, w.c.chat_prompt(rng), model=pick_model(rng, ts, 0.08), endpoint=_endpoint(a), ip=ip, asn=asn)


def _learner_prompt(w: World, rng) -> str:
    r = rng.random()
    if r < 0.35:
        return phrasing.code_switch(rng, w.c.pick(rng, "gsm8k" if rng.random() < 0.6 else "svamp"))
    if r < 0.55:
        return phrasing.code_switch(rng, w.c.pick(rng, "math"))
    if r < 0.9:
        subj = rng.choices(["physics", "chemistry", "accounting", "maths"], [25, 25, 25, 25])[0]
        return phrasing.code_switch(rng, phrasing.subject_question(rng, subj))
    return w.c.chat_prompt(rng)


def matric_learners(w: World, n: int = 700) -> None:
    """Grade 12s in the last exam week: cram the evening before, silent while writing."""
    rng = w.rng("matric")
    for _ in range(n):
        a = _home(w, rng, "matric_learners", created=(1, 400), mobile_share=0.6)
        for ts, ip, asn in through_power(w, rng, a, sessions(rng, w.days, "student", 3.4, 5.0, gap_s=95), p_tether=0.5):
            if in_windows(ts, MATRIC_SITTINGS):
                continue
            if a.edge == "mob":
                ip, asn = _mobile_ip(w, rng, a)
            w.emit(a, ts, rng, _learner_prompt(w, rng), model=pick_model(rng, ts, 0.18, 0.35), endpoint=_endpoint(a),
                   ip=ip, asn=asn, out=(200, 900))


def varsity_eduroam(w: World, n: int = 450) -> None:
    """University students on eduroam behind a handful of campus NAT addresses;
    residences sit in the campus's load-shedding block."""
    rng = w.rng("varsity")
    campuses = [("137.158", "WC-07"), ("146.141", "GP-04"), ("137.215", "GP-11"), ("146.232", "WC-12"), ("146.230", "KZN-03"),
                ("143.160", "GP-09")]
    for _ in range(n):
        prefix, area = rng.choice(campuses)
        ua, dev = clients.browser(rng) if rng.random() < 0.8 else clients.sdk(rng)
        a = w.account(rng, "varsity_eduroam", None, w.created_before(rng, 10, 700), ua=ua, device=dev, net="tenet",
                      area=area, edge=networks.edge_for_area(area), carrier=networks.pick_mobile(rng),
                      payment=None if rng.random() < 0.7 else w.token(rng, "pm_", 16))
        nat = w.pools.campus[prefix]
        for ts, ip, asn in through_power(w, rng, a, sessions(rng, w.days, "student", 3.0, 5.0, gap_s=80), p_tether=0.35):
            if in_windows(ts, VARSITY_SITTINGS) and rng.random() < 0.9:
                continue
            r = rng.random()
            p = (w.c.pick(rng, "math") if r < 0.25 else
                 "Explain what this function does and fix any bug:\n" + w.c.pick(rng, "humaneval") if r < 0.38 else
                 w.c.pick(rng, "mbpp") if r < 0.5 else
                 phrasing.code_switch(rng, w.c.pick(rng, "gsm8k"), "en", 0.3, 0.5) if r < 0.6 else w.c.chat_prompt(rng))
            w.emit(a, ts, rng, p, model=pick_model(rng, ts, 0.2), ip=ip or rng.choice(nat), asn=asn, out=(150, 900))


def school_class_nat(w: World, schools: int = 12) -> None:
    """Grade 10/11 revision classes: a whole class on one school NAT and one
    Chromebook image, each pasting the teacher's worksheet questions in order."""
    rng = w.rng("school_class")
    for s in range(schools):
        school = rng.choice(["Soweto", "Umlazi", "Khayelitsha", "Mitchells Plain", "Tembisa", "Mamelodi", "Soshanguve",
                             "Pinetown", "Bellville", "Alexandra"]) + rng.choice([" High School", " Secondary", " Comprehensive"])
        area = networks.pick_area(rng)
        net = rng.choice(["openserve", "liquid", "vumatel_vox"])
        nat_ip = networks.address(rng, net)
        ua, dev = clients.stack("chromeos")
        grade = rng.choice([10, 11])
        worksheet = [w.c.pick(rng, rng.choice(["gsm8k", "svamp"])) for _ in range(18)]
        learners = [w.account(rng, "school_class_nat", None, w.created_before(rng, 20, 300), ua=ua, device=dev, net=net,
                              ip=nat_ip, area=None, edge=networks.edge_for_area(area), org=None)
                    for _ in range(rng.randrange(16, 30))]
        for d in range(w.days):
            if rng.random() < 0.25:
                continue
            start = T0 + d * DAY + rng.choice([8, 9, 10, 11]) * HOUR + rng.randrange(0, 30) * MIN
            for a in learners:
                t = start + rng.randrange(0, 6) * MIN
                for q in range(rng.randrange(5, 16)):
                    t += int(rng.uniform(90, 420) * 1000)
                    text = phrasing.worksheet(rng, school, grade, q + 1, worksheet[q])
                    if rng.random() < 0.3:
                        text = phrasing.code_switch(rng, text, None, 0.5, 0.2)
                    w.emit(a, t, rng, text, model="ubuntu-chat-2-mini")


def family_shared(w: World, families: int = 160) -> None:
    """Households sharing one card, one router and often one laptop."""
    rng = w.rng("family")
    for _ in range(families):
        area, net = networks.pick_area(rng), networks.pick_fibre(rng)
        ip = networks.address(rng, net, v6_share=0.2)
        card = w.token(rng, "pm_", 16)
        shared_laptop, mums_phone = clients.browser(rng), clients.mobile_app(rng)
        for m in range(rng.choice([2, 2, 3, 3, 4])):
            # siblings log in on the shared laptop or on mum's phone (one install id, several accounts)
            r = rng.random()
            ua, dev = shared_laptop if r < 0.5 else mums_phone if r < 0.75 else clients.mobile_app(rng)
            a = w.account(rng, "family_shared", None, w.created_before(rng, 5, 600), ua=ua, device=dev, net=net, ip=ip,
                          area=area, edge=networks.edge_for_area(area), payment=card, carrier=networks.pick_mobile(rng))
            prof = "student" if m >= 2 else "home"
            for ts, tip, tasn in through_power(w, rng, a, sessions(rng, w.days, prof, 1.6, 3.0), p_tether=0.3):
                p = _learner_prompt(w, rng) if m >= 2 else w.c.chat_prompt(rng)
                w.emit(a, ts, rng, p, model=pick_model(rng, ts, 0.05), ip=tip, asn=tasn)


def power_users(w: World, n: int = 70) -> None:
    """Writers, researchers, consultants: long pasted role prompts, 50-150 requests a day, some on a VPN."""
    rng = w.rng("power")
    for _ in range(n):
        vpn = rng.random() < 0.3
        net = rng.choice(["m247", "datacamp"]) if vpn else networks.pick_fibre(rng)
        ua, dev = clients.browser(rng) if rng.random() < 0.6 else clients.sdk(rng)
        area = None if rng.random() < 0.5 else networks.pick_area(rng)   # half have inverters + batteries
        a = w.account(rng, "power_users", None, w.created_before(rng, 60, 1000), ua=ua, device=dev, net=net,
                      ip=None if vpn else networks.address(rng, net), area=area, edge=networks.edge_for_area(area),
                      payment=w.token(rng, "pm_", 16))
        role = rng.choice(w.c.texts["roles"])
        for ts, ip, asn in through_power(w, rng, a, sessions(rng, w.days, "home", 6, 8, gap_s=120), p_resume=0.9):
            w.emit(a, ts, rng, w.c.chat_prompt(rng), system=role if rng.random() < 0.5 else None,
                   model=pick_model(rng, ts, 0.3, 0.05), out=(300, 1500), ip=ip, asn=asn)


def diaspora_vpn(w: World, n: int = 140) -> None:
    """South Africans in London and Perth, and locals on consumer VPNs."""
    rng = w.rng("diaspora")
    for _ in range(n):
        net = rng.choice(["bt_uk", "bt_uk", "telstra", "m247", "datacamp"])
        ua, dev = clients.browser(rng, mobile=rng.random() < 0.4)
        a = w.account(rng, "diaspora_vpn", None, w.created_before(rng, 30, 900), ua=ua, device=dev, net=net,
                      ip=networks.address(rng, net, 0.3) if net in ("bt_uk", "telstra") else None,
                      edge="legacy" if rng.random() < 0.3 else "jnb", payment=w.token(rng, "pm_", 16))
        shift = {"bt_uk": -2, "telstra": 9}.get(net, 0)
        prof = [1 + 10 * (7 <= (h + shift) % 24 <= 23) for h in range(24)]
        for sess in sessions(rng, w.days, prof, 1.3, 3.0):
            for ts in sess:
                w.emit(a, ts, rng, w.c.chat_prompt(rng), model=pick_model(rng, ts, 0.1))


TRANSLATE = ["Translate into isiZulu: {t}", "Vertaal na Afrikaans asseblief: {t}", "Translate to Sesotho for a clinic poster: {t}",
             "isiXhosa translation please, formal register: {t}", "Translate into Setswana and keep the tone friendly: {t}",
             "Proofread this isiZulu translation and correct the concords:\n{t}", "Translate to Portuguese (Mozambique): {t}"]


def translators(w: World, n: int = 110) -> None:
    rng = w.rng("translators")
    for _ in range(n):
        a = _home(w, rng, "translators", created=(60, 900), mobile_share=0.1)
        a.ua, a.device = clients.browser(rng) if rng.random() < 0.6 else clients.sdk(rng)
        for ts, ip, asn in through_power(w, rng, a, sessions(rng, w.days, "office", 3.0, 6.0, gap_s=150), p_tether=0.3):
            src = w.c.pick(rng, rng.choice(["nq", "user", "seed"]))
            w.emit(a, ts, rng, rng.choice(TRANSLATE).format(t=src), model=pick_model(rng, ts, 0.03), ip=ip, asn=asn,
                   endpoint=_endpoint(a))


def release_tryers(w: World, n: int = 380) -> None:
    """Developers trying ubuntu-reason-1 on launch day; the model name leaked in
    the docs at 13:45, so some get 404s first, then the 503s of the first hour."""
    rng = w.rng("release_tryers")
    for _ in range(n):
        new = rng.random() < 0.22
        net = rng.choice(["aws", "azure", "hetzner"]) if rng.random() < 0.25 else networks.pick_fibre(rng)
        ua, dev = clients.sdk(rng) if rng.random() < 0.7 else clients.browser(rng)
        created = (RELEASE - int(rng.uniform(0.2, 14) * HOUR)) // 1000 * 1000 if new else w.created_before(rng, 20, 900)
        a = w.account(rng, "release_tryers", None, created, ua=ua, device=dev, net=net,
                      ip=networks.address(rng, net, 0.2), payment=w.token(rng, "pm_", 16))
        first = RELEASE + int(rng.lognormvariate(3.2, 1.0) * MIN) - (15 * MIN if rng.random() < 0.12 else 0)
        t = first
        for _ in range(int(rng.uniform(4, 30))):
            p = (w.c.pick(rng, rng.choice(["math", "arena", "humaneval"])) if rng.random() < 0.6 else w.c.chat_prompt(rng))
            w.emit(a, t, rng, p, model=REASON_MODEL if rng.random() < 0.9 else "ubuntu-chat-2", out=(200, 1200))
            t += int(rng.lognormvariate(4.0, 1.0) * 1000)
        for sess in sessions(rng, w.days, "office", 0.6, 3):
            for ts in sess:
                if ts > t:
                    w.emit(a, ts, rng, w.c.chat_prompt(rng), model=pick_model(rng, ts, 0.6))
