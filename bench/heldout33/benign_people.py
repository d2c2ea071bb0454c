"""Benign individuals: ordinary chat users and the people whose shared
networks, shared cards or exam-season habits make them resemble a campaign."""
from __future__ import annotations

from bench.heldout33 import network as net
from bench.heldout33.actors import Client, aged, ask, near_release
from bench.heldout33.textbank import VI_ASK_WRAP, VI_CHAT, VI_CODE_ASK, VI_MATH_ASK
from bench.heldout33.world import HOUR, RELEASE, World, session_times


def _chat_text(w: World, rng) -> str:
    if rng.random() < 0.45:
        return rng.choice(VI_CHAT)
    q = w.prompts.chat(rng)
    return rng.choice(VI_ASK_WRAP).format(q=q) if rng.random() < 0.3 else q


def casual_chat(w: World, n: int) -> None:
    """Households on home broadband: one address, one or two devices."""
    rng = w.rng("pop/casual_chat")
    for _ in range(n):
        a = w.account(rng, "casual_chat", None, aged(rng, 5, 900))
        asn = net.pick_weighted(rng, net.HOME_MIX)
        cl = Client(net.browser(rng) if rng.random() < 0.6 else net.mobile_app(rng),
                    w.new_id("dev", "d_"), net.ip_in(rng, asn), asn)
        k = max(1, int(rng.expovariate(1 / (4 * w.days))))
        for ts in session_times(rng, "vn_day", w.start, w.end, k, 70, 2.5):
            ask(w, rng, a, ts, _chat_text(w, rng), cl, cmean=380)


def mobile_cgnat_chat(w: World, n: int, nat: net.CarrierNat) -> None:
    """Phone users: the carrier NAT address changes between sessions and is
    shared with thousands of other subscribers."""
    rng = w.rng("pop/mobile_cgnat_chat")
    for _ in range(n):
        a = w.account(rng, "mobile_cgnat_chat", None, aged(rng, 1, 700))
        carrier = net.pick_weighted(rng, net.MOBILE_MIX)
        cl = Client(net.mobile_app(rng), w.new_id("dev", "d_"), "", carrier)
        k = max(1, int(rng.expovariate(1 / (3.5 * w.days))))
        for ts in session_times(rng, "vn_day", w.start, w.end, k, 60, 2):
            ip, asn = nat.pick(rng, carrier)
            ask(w, rng, a, ts, _chat_text(w, rng), cl, cmean=300, ip=ip, asn=asn)


def exam_crammers(w: World, n: int) -> None:
    """High-school seniors before the THPT exam. A class gets the same homework
    sheet, asks for it in the same words, from the same school NAT by day and
    from home at night: near-duplicate maths across dozens of accounts."""
    rng = w.rng("pop/exam_crammers")
    schools = []
    for s in range(max(1, n // 30)):
        asn = rng.choice([45899, 7552, 18403])
        sheet = [w.prompts.pick(rng, rng.choice(["gsm8k", "math", "svamp"])) for _ in range(rng.randint(15, 35))]
        schools.append((net.ip_block(rng, asn, rng.randint(1, 3)), asn, sheet, rng.choice(VI_MATH_ASK)))
    for i in range(n):
        ips, asn, sheet, class_phrase = schools[i % len(schools)]
        a = w.account(rng, "exam_crammers", None, aged(rng, 1, 200))
        home_asn = net.pick_weighted(rng, net.HOME_MIX)
        cl = Client(net.mobile_app(rng) if rng.random() < 0.7 else net.browser(rng),
                    w.new_id("dev", "d_"), net.ip_in(rng, home_asn), home_asn)
        k = int(rng.uniform(5, 18) * w.days)
        for ts in session_times(rng, "student", w.start, w.end, k, 90, 4):
            at_school = 7 <= (ts - w.start) // HOUR % 24 <= 16
            q = rng.choice(sheet) if rng.random() < 0.7 else w.prompts.task(rng, ("gsm8k", "math", "svamp"))
            phrase = class_phrase if rng.random() < 0.6 else rng.choice(VI_MATH_ASK)
            ask(w, rng, a, ts, phrase.format(q=q), cl, cmean=520,
                ip=rng.choice(ips) if at_school else None, asn=asn if at_school else None)


def dorm_coders(w: World, n: int) -> None:
    """University students in dorms on the campus network; one lab sheet per course."""
    rng = w.rng("pop/dorm_coders")
    nat = net.dorm_nat(w)
    courses = [[w.prompts.pick(rng, rng.choice(["mbpp", "humaneval"])) for _ in range(12)] for _ in range(6)]
    for _ in range(n):
        a = w.account(rng, "dorm_coders", None, aged(rng, 20, 500))
        cl = Client(net.browser(rng), w.new_id("dev", "d_"), rng.choice(nat), 24176)
        course = rng.choice(courses)
        k = int(rng.uniform(4, 20) * w.days)
        for ts in session_times(rng, "student", w.start, w.end, k, 120, 3):
            r = rng.random()
            text = (rng.choice(VI_CODE_ASK).format(q=rng.choice(course)) if r < 0.5
                    else w.prompts.pick(rng, "arena") if r < 0.8 else _chat_text(w, rng))
            ask(w, rng, a, ts, text, cl, cmean=600, ip=rng.choice(nat))


def internet_cafe(w: World, n: int) -> None:
    """Internet cafés: one public address, 15-25 shared machines, players and
    pupils logging into their own accounts on whichever machine is free."""
    rng = w.rng("pop/internet_cafe")
    cafes = []
    for _ in range(max(1, n // 18)):
        asn = rng.choice([7552, 18403, 45899])
        machines = [(w.new_id("dev", "d_"), net.browser(rng)) for _ in range(rng.randint(15, 25))]
        cafes.append((net.ip_in(rng, asn), asn, machines))
    for i in range(n):
        ip, asn, machines = cafes[i % len(cafes)]
        a = w.account(rng, "internet_cafe", None, aged(rng, 1, 400))
        k = max(1, int(rng.uniform(2, 12) * w.days))
        for ts in session_times(rng, "cafe", w.start, w.end, k, 80, 3):
            dev, ua = rng.choice(machines)
            text = _chat_text(w, rng) if rng.random() < 0.7 else rng.choice(VI_MATH_ASK).format(q=w.prompts.task(rng))
            ask(w, rng, a, ts, text, Client(ua, dev, ip, asn), cmean=300)


def family_shared_card(w: World, n: int) -> None:
    """Parents pay one subscription card for everyone in the household."""
    rng = w.rng("pop/family_shared_card")
    made = 0
    while made < n:
        size = min(n - made, rng.randint(2, 5))
        card = w.new_id("pay", "pm_", 6)
        asn = net.pick_weighted(rng, net.HOME_MIX)
        ip = net.ip_in(rng, asn)
        for _ in range(size):
            a = w.account(rng, "family_shared_card", None, aged(rng, 10, 600), payment=card, tier="plus")
            cl = Client(net.mobile_app(rng) if rng.random() < 0.5 else net.browser(rng), w.new_id("dev", "d_"), ip, asn)
            k = max(1, int(rng.uniform(2, 14) * w.days))
            for ts in session_times(rng, "vn_day", w.start, w.end, k, 70, 3):
                ask(w, rng, a, ts, _chat_text(w, rng), cl, cmean=400)
            made += 1


def migrants_tet(w: World, n: int, nat: net.CarrierNat) -> None:
    """Factory and office workers travelling home for Tết: city broadband,
    then hours on the road through several carriers, then the home province."""
    rng = w.rng("pop/migrants_tet")
    travel = ["Xe khách đi Nghệ An mấy tiếng?", "Cây xăng gần nhất trên QL1A đoạn Quảng Ngãi",
              "Kiểm tra giúp lịch tàu SE8 hôm nay có trễ không", "Gợi ý quán ăn dọc đường Huế - Vinh"]
    for _ in range(n):
        a = w.account(rng, "migrants_tet", None, aged(rng, 30, 800))
        city_asn = net.pick_weighted(rng, net.HOME_MIX)
        home_asn = net.pick_weighted(rng, net.HOME_MIX)
        cl = Client(net.mobile_app(rng), w.new_id("dev", "d_"), net.ip_in(rng, city_asn), city_asn)
        home_ip = net.ip_in(rng, home_asn)
        leave = w.start + rng.randrange(int(6 * HOUR), max(int(7 * HOUR), w.end - w.start - 8 * HOUR))
        arrive = leave + rng.randint(6, 30) * HOUR
        k = max(2, int(rng.uniform(3, 12) * w.days))
        for ts in session_times(rng, "vn_day", w.start, w.end, k, 60, 2):
            if ts < leave:
                ask(w, rng, a, ts, _chat_text(w, rng), cl, cmean=300)
            elif ts < arrive:
                ip, asn = nat.pick(rng)
                ask(w, rng, a, ts, rng.choice(travel) if rng.random() < 0.5 else _chat_text(w, rng), cl,
                    cmean=200, ip=ip, asn=asn)
            else:
                ask(w, rng, a, ts, _chat_text(w, rng), cl, cmean=300, ip=home_ip, asn=home_asn)


def power_users(w: World, n: int) -> None:
    """Writers, analysts and freelance coders on paid plans: long sessions,
    long prompts, heavy completions, sometimes late into the night."""
    rng = w.rng("pop/power_users")
    for _ in range(n):
        a = w.account(rng, "power_users", None, aged(rng, 60, 900), tier="pro")
        asn = net.pick_weighted(rng, net.HOME_MIX)
        cl = Client(net.browser(rng), w.new_id("dev", "d_"), net.ip_in(rng, asn), asn)
        k = int(rng.uniform(12, 70) * w.days)
        prof = rng.choice(["vn_day", "vn_day", "student", "us_client"])
        for ts in session_times(rng, prof, w.start, w.end, k, 150, 10):
            r = rng.random()
            text = (w.prompts.pick(rng, "arena") if r < 0.45 else w.prompts.pick(rng, "awesome") if r < 0.6
                    else w.prompts.task(rng, ("mbpp", "humaneval")) if r < 0.7 else _chat_text(w, rng))
            ask(w, rng, a, ts, text, cl, cmean=900, eager=0.6)


def aged_returners(w: World, n: int) -> None:
    """Old, long-dormant accounts woken up by the song-4 news."""
    rng = w.rng("pop/aged_returners")
    for _ in range(n):
        a = w.account(rng, "aged_returners", None, aged(rng, 400, 1300))
        asn = net.pick_weighted(rng, net.HOME_MIX)
        cl = Client(net.browser(rng), w.new_id("dev", "d_"), net.ip_in(rng, asn), asn)
        k = max(1, int(rng.uniform(2, 9) * w.days))
        start = min(w.end - 1, max(w.start, RELEASE + rng.randint(0, 20) * HOUR))
        for ts in session_times(rng, "vn_day", start, w.end, k, 60, 4):
            text = w.prompts.task(rng) if rng.random() < 0.25 else _chat_text(w, rng)
            ask(w, rng, a, ts, text, cl, cmean=450, model="song-4")


def release_newcomers(w: World, n: int, nat: net.CarrierNat) -> None:
    """Accounts opened because of the launch posts. They try song-4 on the
    benchmark questions from the launch blog and a 'think step by step'
    prompt or two, in a burst during the first evening."""
    rng = w.rng("pop/release_newcomers")
    for _ in range(n):
        created = near_release(rng, -3, 30)
        a = w.account(rng, "release_newcomers", None, created)
        mobile = rng.random() < 0.5
        carrier = net.pick_weighted(rng, net.MOBILE_MIX if mobile else net.HOME_MIX)
        cl = Client(net.mobile_app(rng) if mobile else net.browser(rng), w.new_id("dev", "d_"),
                    net.ip_in(rng, carrier), carrier)
        k = rng.randint(2, 18)
        for ts in session_times(rng, "vn_day", max(created, w.start), min(w.end, created + 30 * HOUR), k, 50, 6):
            r = rng.random()
            text = (w.prompts.task(rng) + ("\nThink step by step." if rng.random() < 0.4 else "")) if r < 0.35 \
                else _chat_text(w, rng)
            ip, asn = nat.pick(rng, carrier) if mobile else (None, None)
            ask(w, rng, a, ts, text, cl, cmean=500, model="song-4" if ts >= RELEASE else None, ip=ip, asn=asn)
