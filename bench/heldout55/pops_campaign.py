"""Distillation campaigns (12), each run by a detection-aware operator with its own tradecraft."""
from __future__ import annotations

from . import prompts as P
from .world import DAY, HOUR, LAUNCH1, LAUNCH2, MIN, NEW1, NEW2, START


def sweep(sh, key, srcs):
    """Work queue shared by a campaign: every task item handed out once, in a shuffled order."""
    if key not in sh:
        import random
        items = [(s, j) for s in srcs for j in range(len(P.corpus()[s]))]
        random.Random(f"{sh['seed']}:sweep:{key}").shuffle(items)
        sh[key] = [items, 0]
    q = sh[key]
    s, j = q[0][q[1] % len(q[0])]
    q[1] += 1
    return P.corpus()[s][j], s


def harvest(key, srcs, langs=("en",), cot=0.6, cover=0.0, cover_fn=None, system=None, recon=0.0):
    def f(rng, a, step, sess, sh):
        if rng.random() < cover:  # cover traffic copied from the population the operator hides in
            return (cover_fn(rng) if cover_fn else P.chat(rng)), system, "chat"
        q, s = sweep(sh, key, srcs)
        if rng.random() < recon:
            return P.cot_reconstruct(rng, q, langs), system, "cot"
        kind = "code" if s in ("mbpp", "humaneval") else "cot"
        return P.rewrite(rng, q, langs, cot), system, kind
    return f


def student_mimic(rng, a, step, sess, sh):
    q, _ = sweep(sh, "cgnat", ["gsm8k", "math", "svamp"])
    return (P.typo(rng, q) if rng.random() < 0.5 else P.rewrite(rng, q, ("en", "ar"), 0.5)), None, "cot"


def agentic(rng, a, step, sess, sh):
    if step == 0 or "task" not in sess:
        q, _ = sweep(sh, "agentic", ["mbpp", "humaneval", "chat_arena"])
        sess["task"] = q
        return q, P.SYSTEMS["agent"], "agent"
    return P.agent_step(rng, sess["task"], step), P.SYSTEMS["agent"], "agent"


def front_tutor(rng, a, step, sess, sh):
    q, _ = sweep(sh, "front", ["math", "gsm8k"])
    return (q if rng.random() < 0.6 else P.rewrite(rng, q, ("en", "ar"), 0.3)), P.SYSTEMS["tutor_front"], "cot"


def mimic_eval(rng, a, step, sess, sh):
    q, s = sweep(sh, "evalmimic", ["gsm8k", "math", "mbpp", "humaneval", "chat_arena", "svamp"])
    if s in ("gsm8k", "math", "svamp") and rng.random() < 0.35:
        return P.cot_reconstruct(rng, q), P.SYSTEMS["eval2"], "cot"
    return q, P.SYSTEMS["eval"] if s != "chat_arena" else None, "code" if s in ("mbpp", "humaneval") else "cot"


def launch_model(rng, a, t):
    return NEW2 if t >= LAUNCH2 else NEW1


def think_model(rng, a, t):
    return NEW2 if t >= LAUNCH2 and rng.random() < 0.9 else (NEW1 if t >= LAUNCH1 else "samawa-2.5-pro")


def nq_or_chat(rng):
    return P.pick(rng, "nq") if rng.random() < 0.5 else P.chat(rng)


CAMPAIGNS = [
    # Kish-based "reseller" whose sub-accounts mix real customers (benign pop) and its own harvest accounts.
    dict(name="c_reseller_laundered", campaign="kishlink-shadow", n=70, org="kishlink", pay="org", nets=["aws_bah"], ua=["node"],
         dev="ja4", cc="IR", profile="iran", vol=(110, 0.5), ip="pool", pool="kishlink", pool_def=(["aws_bah", "contabo"], 4),
         prompt=harvest("kish", ["gsm8k", "math", "mbpp"], ("fa", "en", "en"), 0.7, cover=0.3, cover_fn=lambda r: P.native(r, "fa"))),
    # Bought aged accounts with their own cards and phones, sticky residential-proxy exits on Gulf carriers, ~20 req/day.
    dict(name="c_aged_lowslow", campaign="sandgrouse", n=200, nets=["etisalat_mob", "du_mob", "stc_mob", "mobily", "ooredoo_qa"],
         ua=["app", "web"], created=("old", 400, 1300), profile="ramadan", vol=(40, 0.35), pay_p=1.0, roam=0.05,
         prompt=harvest("aged", ["gsm8k", "math", "humaneval", "mbpp"], ("en", "ar"), 0.5, cover=0.3)),
    # Dormant accounts that wake within hours of samawa-3-pro, datacenter exits rotating per session.
    dict(name="c_launch_burst", campaign="first-light", n=120, nets=["hetzner", "ovh", "digitalocean", "m247_vpn"], cc="UTC",
         ua=["py"], dev="ja4", created=("old", 60, 240), active=(LAUNCH1 + 25 * MIN, START + 2 * DAY), burst=5 * HOUR,
         vol=(90, 0.5), ip="session", sess=10, gap=(4_000, 40_000), model_fn=launch_model, r429=0.02,
         prompt=harvest("launch", ["math", "gsm8k", "humaneval", "mbpp", "chat_arena"], ("en",), 0.8, cover=0.1)),
    # Agentic-trajectory harvest posing as developers with a popular coding agent (same scaffold prompt as real users).
    dict(name="c_agentic_harvest", campaign="long-horizon", n=40, nets=["du_fix", "etisalat_fix", "aws_uae"], ua=["agent"], dev="ja4",
         profile="office", vol=(250, 0.4), sess=25, gap=(2_000, 20_000), prompt=agentic, adopt=0.9, r429=0.01),
    # Front "tutoring app": per-student sub-accounts behind one backend, sweeping MATH and GSM8K without repeats.
    dict(name="c_tutor_front", campaign="mentor-front", n=80, org="mentor_app", pay="org", nets=["aws_uae"], ua=["node"], dev="ja4",
         profile="student", vol=(150, 0.4), ip="pool", pool="mentor", pool_def=(["aws_uae"], 4), sess=3, prompt=front_tutor,
         model="samawa-2.5-pro", adopt=0.7),
    # Multilingual reasoning harvest through UAE VPN exits, one exit per session.
    dict(name="c_multilingual_vpn", campaign="polyglot", n=100, nets=["m247_vpn", "datacamp_vpn"], cc="AE", ua=["web", "py"],
         ip="session", profile="ramadan", vol=(40, 0.5), adopt=0.6,
         prompt=harvest("poly", ["gsm8k", "math", "mbpp"], ("ar", "fa", "ur", "tl", "en"), 0.85, cover=0.25,
                        cover_fn=lambda r: P.native(r, r.choice(["ar", "fa", "ur", "tl"])))),
    # Student look-alikes hidden in KSA mobile CGNAT (residential proxy exits on the same carrier pools as real users).
    dict(name="c_cgnat_students", campaign="crowd-cover", n=150, nets=["stc_mob", "mobily"], ua=["app", "web"], ip="cgnat",
         pool="ksa_cgnat", pool_def=(["stc_mob", "mobily"], 25), created=("old", 3, 20), pay_p=0.6, profile="student",
         vol=(30, 0.5), sess=6, gap=(40_000, 240_000), prompt=student_mimic),
    # An "eval startup" that runs benchmark-style batches after launch, plus answer-conditioned reasoning reconstruction.
    dict(name="c_eval_mimic", campaign="benchmark-veneer", n=12, org="qbench_ai", pay="org", nets=["gcp_dammam"], ua=["batch"],
         dev="ja4", profile="flat", vol=(1200, 0.3), active=(LAUNCH1 + 90 * MIN, START + 2 * DAY), sess=60, gap=(200, 2000),
         ip="pool", pool="qbench", pool_def=(["gcp_dammam"], 2), prompt=mimic_eval, model_fn=think_model, multi_key=0.9, r429=0.03),
    # Answer-conditioned chain-of-thought reconstruction from home broadband, cards from one fintech's virtual-card pool.
    dict(name="c_cot_reconstruct", campaign="hindsight", n=80, nets=["etisalat_fix", "stc_fix", "batelco", "du_fix"], ua=["py"],
         dev="ja4", pay="pool", pay_k=12, profile="ramadan", vol=(50, 0.5), model_fn=think_model,
         prompt=harvest("hind", ["gsm8k", "math"], ("en", "ar"), 0.2, cover=0.15, recon=0.8)),
    # Fresh sign-ups minutes after samawa-3-think, one virtual card and phone each, native reasoning traces (no CoT ask).
    dict(name="c_think_rush", campaign="night-shift", n=60, nets=["etisalat_mob", "du_mob", "stc_mob", "zain_kw"], ua=["app", "web"],
         created=("new",), pay_p=1.0, active=(LAUNCH2 + 8 * MIN, START + 2 * DAY), burst=2 * HOUR, spread=0.25, vol=(45, 0.4), sess=5,
         gap=(15_000, 90_000), model_fn=lambda rng, a, t: NEW2,
         prompt=harvest("think", ["math", "gsm8k"], ("en", "ar"), 0.1, cover=0.2)),
    # Sleeper cells in Gulf cloud regions firing in jittered shared slots; half of traffic is cover chat.
    dict(name="c_sleeper_cron", campaign="tidewater", n=180, group=30, nets=["aws_bah", "gcp_dammam", "oracle_jed", "ali_riyadh"],
         ua=["py", "node", "go"], dev="ja4", style="cron", slot=20 * MIN, slot_off=7 * MIN, jitter=45_000, profile="flat",
         vol=(40, 0.3), sess=3, gap=(3_000, 30_000), created=("old", 30, 700),
         prompt=harvest("tide", ["math", "gsm8k", "mbpp", "humaneval", "svamp"], ("en",), 0.5, cover=0.5, cover_fn=nq_or_chat)),
    # Iranian lab behind rotating European hosting / VPN exits, UAE prepaid cards, per-request exit rotation.
    dict(name="c_iran_vpn_farm", campaign="caravan", n=90, nets=["hetzner", "ovh", "contabo", "digitalocean", "leaseweb_vpn"], cc="IR",
         ua=["py", "web"], dev="spoof", pay="pool", pay_k=6, ip="rotate", profile="iran", vol=(60, 0.5), adopt=0.8, think=0.6,
         prompt=harvest("caravan", ["math", "gsm8k", "humaneval", "mbpp"], ("fa", "en"), 0.75, cover=0.15,
                        cover_fn=lambda r: P.native(r, "fa"))),
    # Insiders in a free-zone software house harvesting code explanations from the company NAT and corporate card.
    dict(name="c_enterprise_insider", campaign="inside-job", n=18, group=84, grp_fixed=2, org="enterprise", org_per_group=True,
         pay="org", nets=["dmcc_fz"], ua=["py", "web"], dev="pool", dev_k=40, dev_pool_key="b_enterprise_teams", profile="office",
         vol=(110, 0.4), ip="pool", pool="ent", pool_def=(["ent_oilco", "ent_bank", "dmcc_fz"], 2),
         prompt=harvest("insider", ["mbpp", "humaneval"], ("en",), 0.7, cover=0.25, system=P.SYSTEMS["enterprise"])),
]
for _s in CAMPAIGNS:
    _s["label"] = "campaign"
    _s.setdefault("profile", "ramadan")
