"""The registry of populations: benign first, then campaigns; each gets its own rng."""
from __future__ import annotations

from . import benign_consumer as bc, benign_tech as bt, benign_work as bw
from . import campaigns_covert as cc, campaigns_harvest as ch
from .world import Pop

# (population, campaign name or None, builder, kwargs)
BENIGN = [
    ("b_casual_cs_sk", None, bc.casual, dict(n=1100, countries=["CZ", "SK"])),
    ("b_casual_hu", None, bc.casual, dict(n=600, countries=["HU"])),
    ("b_casual_ro_md", None, bc.casual, dict(n=850, countries=["RO", "MD"])),
    ("b_casual_bg_rs", None, bc.casual, dict(n=650, countries=["BG", "RS"])),
    ("b_casual_hr_si", None, bc.casual, dict(n=380, countries=["HR", "SI"])),
    ("b_mobile_cgnat", None, bc.mobile_cgnat, dict(n=750)),
    ("b_search_widget", None, bc.search_widget, dict(n=550)),
    ("b_vpn_privacy", None, bc.vpn_users, dict(n=220)),
    ("b_internet_cafe", None, bc.internet_cafe, dict(n_cafes=10, per_cafe=(8, 16))),
    ("b_newcomers_launch", None, bc.newcomers, dict(n=420)),
    ("b_long_convos", None, bc.long_convos, dict(n=240)),
    ("b_retry_storms", None, bc.retry_storms, dict(n=180)),
    ("b_power_users", None, bc.power_users, dict(n=70)),
    ("b_homework_teens", None, bc.homework, dict(n=420)),
    ("b_corp_shared_org", None, bw.corp_shared, dict(sizes=[170, 130, 100, 40])),
    ("b_saas_support_bots", None, bw.saas_support, dict(n_apps=12, per_day=(200, 550))),
    ("b_translation_agency", None, bw.translation, dict(n=25)),
    ("b_legal_newsroom", None, bw.legal_news, dict(n=150)),
    ("b_teachers", None, bw.teachers, dict(n=190)),
    ("b_telegram_bots", None, bw.telegram_bots, dict(n=55)),
    ("b_startup_devs", None, bw.startup_devs, dict(n=280)),
    ("b_exam_students", None, bt.exam_students, dict(n=620)),
    ("b_eval_batch", None, bt.eval_batch, dict(n=8)),
    ("b_coding_agents", None, bt.coding_agents, dict(n=380)),
    ("b_research_sweeps", None, bt.research_sweeps, dict(n=14)),
    ("b_synth_data_team", None, bt.synth_data, dict(n=8)),
    ("b_rag_indexing", None, bt.rag_indexing, dict(n=28)),
]
CAMPAIGNS = [
    ("c_loud_scraper", "hetzner-think-tags", ch.loud_scraper, dict(n=5)),
    ("c_launch_rush", "droplet-launch-rush", ch.launch_rush, dict(n=22)),
    ("c_hydra", "hydra-resi-farm", ch.hydra, dict(n=200)),
    ("c_sticky_aged", "aged-sticky-v4", ch.sticky_aged, dict(n=70)),
    ("c_shard_math", "math-shard-walk", ch.shard_math, dict(n=60)),
    ("c_agent_traj", "fake-ide-trajectories", ch.agent_traj, dict(n=50)),
    ("c_judge_labels", "verifier-labels", ch.judge_labels, dict(n=40)),
    ("c_embed_sweep", "embedding-sweep", ch.embed_sweep, dict(n=30)),
    ("c_reseller", "asistentulmeu-reseller", cc.reseller, dict(n=25)),
    ("c_convo_harvest", "follow-up-chains", cc.convo_harvest, dict(n=60)),
    ("c_launch_redirect", "cgnat-launch-redirect", cc.launch_redirect, dict(n=60, leaders=5)),
    ("c_ghost", "ghost-natural", cc.ghost, dict(n=120)),
    ("c_mimic_students", "eduroam-mimic", cc.mimic_students, dict(n=60)),
    ("c_polyglot", "polyglot-cot", cc.polyglot, dict(n=50)),
    ("c_pref_pairs", "preference-pairs", cc.pref_pairs, dict(n=40)),
]


def build(seed: int) -> list[Pop]:
    pops = []
    for name, camp, fn, kw in BENIGN + CAMPAIGNS:
        pop = Pop(seed, name, "campaign" if camp else "benign", camp)
        fn(pop, **kw)
        pops.append(pop)
    return pops
