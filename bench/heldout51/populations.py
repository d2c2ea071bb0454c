"""The registry of labelled populations and the function that builds the whole 2-day world for a seed."""
from __future__ import annotations

from . import benign_people as BP
from . import benign_services as BS
from . import campaigns_loud as CL
from . import campaigns_quiet as CQ
from .core import Pop
from .network import Net

BENIGN = [
    ("b_home_chat", BP.home_chat), ("b_mobile_cgnat", BP.mobile_cgnat), ("b_exam_students", BP.exam_students),
    ("b_teachers", BP.teachers), ("b_families", BP.families), ("b_vpn_workers", BP.vpn_workers),
    ("b_corporate_cards", BP.corporate), ("b_school_labs", BP.school_labs), ("b_bootcamp", BP.bootcamp),
    ("b_launch_explorers", BP.launch_explorers), ("b_new_signups", BP.new_signups), ("b_freelancers", BP.freelancers),
    ("b_dev_testers", BP.dev_testers), ("b_coworking_nat", BP.coworking),
    ("b_eval_harness", BS.eval_harness), ("b_app_backends", BS.app_backends), ("b_agent_tools", BS.agent_tools),
    ("b_translation_bureaus", BS.translation_bureaus), ("b_researchers", BS.researchers),
    ("b_support_triage", BS.support_triage), ("b_embed_indexers", BS.embed_indexers), ("b_night_batch", BS.night_batch),
    ("b_reseller_platform", BS.reseller_platform), ("b_seo_writers", BS.seo_writers),
    ("b_synthetic_data", BS.synthetic_data), ("b_tutoring_apps", BS.tutoring_apps), ("b_ci_pipelines", BS.ci_pipelines),
]
CAMPAIGNS = [
    ("crude_blast", CL.crude_blast), ("hydra", CL.hydra), ("launch_pivot", CL.launch_pivot),
    ("eval_mimic", CL.eval_mimic), ("reseller_app", CL.reseller_app), ("modem_farm", CL.modem_farm),
    ("embed_harvest", CL.embed_harvest), ("aged_drip", CQ.aged_drip), ("polyglot", CQ.polyglot),
    ("dialogue", CQ.dialogue), ("coverage_plain", CQ.coverage_plain), ("shard_stitch", CQ.shard_stitch),
    ("judge_harvest", CQ.judge_harvest), ("parallel_corpus", CQ.parallel_corpus), ("agent_spoof", CQ.agent_spoof),
]


def build(seed: int) -> tuple[list[dict], dict[str, Pop]]:
    """All request records of the 2-day world, and the populations by name (each with its own generator)."""
    net = Net(seed)
    pops: dict[str, Pop] = {}
    for name, fn in BENIGN:
        pops[name] = Pop(seed, net, name, "benign")
        fn(pops[name])
    for camp, fn in CAMPAIGNS:
        name = f"c_{camp}"
        pops[name] = Pop(seed, net, name, "campaign", camp)
        fn(pops[name])
    records: list[dict] = []
    owner: dict[str, str] = {}
    for name, p in pops.items():
        for a in p.accounts:
            if owner.setdefault(a.id, name) != name:
                raise RuntimeError(f"account id collision between {owner[a.id]} and {name}")
        records.extend(p.records)
    return records, pops
