"""Distillation campaigns. Each draws from its own work queue (no repeats within a pass)."""
from __future__ import annotations

from . import text as X
from . import wrappers as Wr
from .common import general_chat, run
from .world import APP_UA, BROWSER_UA, DAY, H, LAUNCH, PH_HOME, PH_MOBILE, T0, TaskQueue, World, rand_ip


def _acct(w: World, r, camp: str, **kw):
    return w.account(r, camp, label="attack", campaign=camp, **kw)


def _resi(w: World, asns: list[int]):
    """Residential / mobile proxy exit: a fresh address from the carriers' shared pools."""
    return lambda rr: ((a := rr.choice(asns)) and rr.choice(w.pool(a)), a)


def hydra(w: World) -> None:
    c = "hydra_proxy_farm"
    r, q = w.rng(c), TaskQueue(w.rng(c, "q"), w.corp, ["gsm8k", "math", "mbpp"])
    cards = [w.new_id(r, "card") for _ in range(25)]
    fps = [w.new_id(r, "dev") for _ in range(6)]
    personas = [(8, PH_HOME + PH_MOBILE, X.CHAT_TL), (7, [23693, 7713], X.CHAT_ID), (7, [7552, 45899], X.CHAT_VI), (8, [7473, 4788], None)]
    for _ in range(300):
        tz, asns, loc = r.choice(personas)
        ua = r.choice(BROWSER_UA) if r.random() < 0.6 else w.sdk(r)[0]
        dev = r.choice(fps) if r.random() < 0.12 else w.new_id(r, "dev")
        a = _acct(w, r, c, tz=tz, ua=ua, device=dev, net=_resi(w, asns), card=r.choice(cards),
                  created=w.created_ago(r, 20, 140), endpoint="/web/chat" if "Mozilla" in ua else "/v1/chat/completions")
        p_h = r.uniform(0.3, 0.6)

        def pick(rr, ts, p_h=p_h, loc=loc):
            model = "tala-3" if ts >= LAUNCH + 2 * H and rr.random() < 0.6 else "tala-2"
            if rr.random() < p_h:
                src, t, _ = q.pop()
                return Wr.english(rr, t, src), None, model, 600
            return general_chat(w, rr, nq=0.35, local=loc, p_local=0.2), None, model, 300

        run(w, r, a, "casual", r.uniform(3, 5), (4, 14), 45, pick, think_s=(4, 40))


def bench_sweep(w: World) -> None:
    c = "wrapped_bench_sweep"
    r, q = w.rng(c), TaskQueue(w.rng(c, "q"), w.corp, ["humaneval", "mbpp", "math", "gsm8k"])
    cards = [w.new_id(r, "card") for _ in range(6)]
    for i in range(60):
        asn = r.choice([20473, 14061, 63949])
        ua, dev = w.sdk(r)
        a = _acct(w, r, c, tz=8, ua=ua, device=dev, net=w.net_cloud(r, asn, 1), card=cards[i % 6], org=w.new_id(r, "org"),
                  created=w.created_ago(r, 30, 200))

        def pick(rr, ts):
            src, t, _ = q.pop()
            return Wr.english(rr, t, src), None, "tala-3" if ts >= LAUNCH and rr.random() < 0.7 else "tala-2", 700

        run(w, r, a, "flat", r.uniform(5, 8), (8, 22), 35, pick, think_s=(3, 30))


def local_lang(w: World, c: str, n: int, lang: str, tz: float, asns: list[int], chat: list[str], p_h: float,
               per_day: float, mobile_app: bool, cards: int | None, created: tuple[float, float], profile: str) -> None:
    r, q = w.rng(c), TaskQueue(w.rng(c, "q"), w.corp, ["gsm8k", "svamp", "math"])
    pool = [w.new_id(r, "card") for _ in range(cards)] if cards else None
    for _ in range(n):
        if mobile_app:
            ua, dev, ep = r.choice(APP_UA), w.new_id(r, "dev"), "/app/chat"
        else:
            (ua, dev), ep = w.browser(r), "/web/chat"
        a = _acct(w, r, c, tz=tz, ua=ua, device=dev, net=_resi(w, asns) if r.random() < 0.7 else w.net_home(r, r.choice(asns), asns),
                  card=r.choice(pool) if pool else w.new_id(r, "card"), created=w.created_ago(r, *created), endpoint=ep, retry="web")

        def pick(rr, ts):
            model = "tala-3" if ts >= LAUNCH and rr.random() < 0.4 else ("tala-2" if rr.random() < 0.8 else "tala-2-lite")
            if rr.random() < p_h:
                _, t, _ = q.pop()
                return Wr.local(rr, t, lang), None, model, 600
            return general_chat(w, rr, nq=0.3, local=chat, p_local=0.35), None, model, 300

        run(w, r, a, profile, per_day, (2, 10), 50, pick, think_s=(8, 90))


def release_blitz(w: World) -> None:
    c = "release_night_blitz"
    r, q = w.rng(c), TaskQueue(w.rng(c, "q"), w.corp, ["math", "gsm8k", "humaneval", "mbpp", "svamp"])
    cards = [w.new_id(r, "card") for _ in range(8)]
    from .benign_people import PUZZLES
    for _ in range(150):
        ua, dev = w.sdk(r)
        created = LAUNCH + int(r.uniform(-0.5, 3) * H)
        asn = r.choice([9009, 60068, 16509, 20473, 7922])
        net = _resi(w, [7922, 701]) if asn == 7922 else w.net_cloud(r, asn, 2)
        a = _acct(w, r, c, tz=-4, ua=ua, device=dev, net=net, card=r.choice(cards), created=created)
        t = max(created, LAUNCH) + int(r.expovariate(1 / 1.2) * H)
        for _ in range(r.randint(50, 130)):
            if t >= min(w.end, LAUNCH + 14 * H):
                break
            if r.random() < 0.1:
                p = r.choice(PUZZLES)
            else:
                src, tx, _ = q.pop()
                p = Wr.english(r, tx, src)
            t = w.req(r, a, t, p, None, "tala-3", out_mean=500) + int(r.expovariate(1 / 90) * 1000)


def bpo_shell(w: World) -> None:
    c = "meridian_bpo_shell"
    r, q = w.rng(c), TaskQueue(w.rng(c, "q"), w.corp, ["gsm8k", "math", "mbpp"])
    org, card = w.new_id(r, "org"), w.new_id(r, "card")
    ips, dev = [rand_ip(r, 9299, v6=False) for _ in range(2)], w.new_id(r, "dev")
    for _ in range(80):
        a = _acct(w, r, c, tz=8, ua="MeridianAssist/2.1.0 (Windows 10; Electron 30)", device=dev, net=w.net_fixed(ips, 9299),
                  org=org, card=card, created=w.created_ago(r, 25, 90))

        def pick(rr, ts):
            if rr.random() < 0.35:
                return X.customer_issue(rr), X.BPO_SYS["meridian"], "tala-2-lite", 220
            _, t, _ = q.pop()
            return Wr.local(rr, t, "bpo"), X.BPO_SYS["meridian"], "tala-2", 600

        run(w, r, a, "night", 3.0, (6, 14), 80, pick, think_s=(10, 60))


def pisonet_harvest(w: World) -> None:
    c = "pisonet_cover_harvest"
    r, q = w.rng(c), TaskQueue(w.rng(c, "q"), w.corp, ["gsm8k", "math", "svamp"])
    shops = []
    for _ in range(4):
        asn = r.choice(PH_HOME)
        shops.append(([rand_ip(r, asn, v6=False)], asn, [w.new_id(r, "dev") for _ in range(4)]))
    win = [u for u in BROWSER_UA if "Windows" in u]
    for _ in range(50):
        ips, asn, pcs = r.choice(shops)
        a = _acct(w, r, c, tz=8, ua=r.choice(win), device=r.choice(pcs), net=w.net_fixed(ips, asn),
                  created=w.created_ago(r, 3, 60), endpoint="/web/chat", retry="web")

        def pick(rr, ts):
            if rr.random() < 0.8:
                _, t, _ = q.pop()
                return Wr.local(rr, t, "tl"), None, "tala-2", 600
            return general_chat(w, rr, nq=0.3, local=X.CHAT_TL, p_local=0.3), None, "tala-2-lite", 300

        run(w, r, a, "evening", 4, (5, 16), 40, pick, think_s=(10, 60))


def agent_harvest(w: World) -> None:
    c = "agent_trajectory_harvest"
    r, q = w.rng(c), TaskQueue(w.rng(c, "q"), w.corp, ["mbpp", "humaneval"])
    cards = [w.new_id(r, "card") for _ in range(4)]
    dev = "t13d1812h2_e8a523a41297_c2a9d1f6e8b0"  # their own client build
    for _ in range(40):
        ua = r.choice(["tala-python/1.42.0", "python-httpx/0.27.2"])
        net = w.net_cloud(r, r.choice([14061, 20473, 16509]), 1) if r.random() < 0.6 else w.net_home(r, r.choice(PH_HOME))
        a = _acct(w, r, c, tz=8, ua=ua, device=dev, net=net, card=r.choice(cards), created=w.created_ago(r, 15, 200))
        system = r.choice(Wr.SYS_AGENT)
        for sess in w.sessions(r, a, "flat", 12, (1, 1), 10):
            t = sess[0]
            src, task_text, _ = q.pop()
            model = "tala-3" if t >= LAUNCH and r.random() < 0.6 else "tala-2"
            ctx = f"Task: {task_text}\nRepository: /workspace. Make the tests pass."
            for step in range(1, r.randint(4, 10)):
                if t >= w.end:
                    break
                t = w.req(r, a, t, ctx, system, model, out_mean=250) + r.randint(100, 1500)
                ctx = ctx[-3500:] + "\n" + X.tool_result(r, step)


def eval_mimic(w: World) -> None:
    c = "eval_mimic_sg"
    r, q = w.rng(c), TaskQueue(w.rng(c, "q"), w.corp, ["gsm8k", "math"])
    cards = [w.new_id(r, "card") for _ in range(2)]
    tmpl = "Question: {q}\nLet's think step by step, writing out every intermediate reasoning step in detail. At the end, write 'The answer is <answer>'."
    for i in range(30):
        ua, dev = w.sdk(r, [10, 0, 0, 5, 5, 0, 0, 0])
        a = _acct(w, r, c, tz=8, ua=ua, device=dev, net=w.net_cloud(r, r.choice([16509, 396982]), 1), org=w.new_id(r, "org"),
                  card=cards[i % 3 % 2], created=w.created_ago(r, 40, 300))

        def pick(rr, ts):
            _, t, _ = q.pop()
            return tmpl.format(q=t), None, "tala-3" if ts >= LAUNCH else "tala-2", 500

        run(w, r, a, "office", 3.5, (15, 45), 8, pick, think_s=(0.5, 4))


def cron_sync(w: World) -> None:
    c = "cron_sync_farm"
    r = w.rng(c)
    q = TaskQueue(w.rng(c, "q"), w.corp, ["arena_short", "self_instruct_seed_tasks", "self_instruct_user_oriented", "mbpp", "math", "gsm8k"])
    dev = w.sdk(r, [0, 0, 0, 0, 1, 0, 0, 0])[1]
    accts = []
    for _ in range(70):
        asn = r.choice([45102, 132203])
        accts.append(_acct(w, r, c, tz=8, ua=r.choice(["python-httpx/0.27.2", "python-httpx/0.28.1"]), device=dev,
                           net=w.net_cloud(r, asn, 1), card=w.new_id(r, "card"), created=w.created_ago(r, 10, 90)))
    sfx = [" Give an expert, comprehensive answer.", " Answer as thoroughly as you can, with reasoning.", "", " Explain your reasoning."]
    for tick in range(T0, w.end, 10 * 60_000):
        for a in accts:
            if r.random() < 0.4:
                src, t, _ = q.pop()
                ts = tick + int(r.uniform(0, 25_000))
                w.req(r, a, ts, t + r.choice(sfx), None, "tala-3" if ts >= LAUNCH and r.random() < 0.5 else "tala-2", out_mean=600)


def v6_rotator(w: World) -> None:
    c = "ipv6_rotator"
    r, q = w.rng(c), TaskQueue(w.rng(c, "q"), w.corp, ["math", "gsm8k"])
    cards = [w.new_id(r, "card") for _ in range(10)]
    blocks = [f"2001:19f0:44{r.randrange(256):02x}:{r.randrange(65536):x}" for _ in range(4)]

    def net(rr, blk):
        return f"{blk}:{rr.randrange(65536):x}:{rr.randrange(65536):x}:{rr.randrange(65536):x}:{rr.randrange(65536):x}", 20473

    for i in range(40):
        a = _acct(w, r, c, tz=8, ua="tala-node/4.8.1", device=w.sdk(r, [0, 0, 1, 0, 0, 0, 0, 0])[1],
                  net=(lambda blk: (lambda rr: net(rr, blk)))(blocks[i % 4]), card=cards[i % 10], created=w.created_ago(r, 5, 60))
        system = r.choice(Wr.SYS_TEACH)

        def pick(rr, ts, system=system):
            _, t, _ = q.pop()
            return t, system, "tala-3" if ts >= LAUNCH and rr.random() < 0.5 else "tala-2", 700

        for sess in w.sessions(r, a, "flat", 8, (6, 18), 30):
            done = 0
            for ts in sess:
                ts = max(ts, done + 1000)
                if ts < w.end:
                    p, s, m, o = pick(r, ts)
                    done = w.req(r, a, ts, p, s, m, net=a.net(r), out_mean=o)


def build(w: World) -> None:
    hydra(w)
    bench_sweep(w)
    local_lang(w, "vn_reasoning_traces", 80, "vi", 7, [7552, 45899, 18403], X.CHAT_VI, 0.7, 4, False, None, (30, 300), "student")
    local_lang(w, "id_slow_personas", 120, "id", 7, [23693, 7713], X.CHAT_ID, 0.3, 3, False, None, (18, 25), "casual")
    local_lang(w, "taglish_mobile_farm", 100, "tl", 8, PH_MOBILE, X.CHAT_TL, 0.75, 4, True, 5, (7, 120), "student")
    release_blitz(w)
    bpo_shell(w)
    pisonet_harvest(w)
    agent_harvest(w)
    eval_mimic(w)
    cron_sync(w)
    v6_rotator(w)
