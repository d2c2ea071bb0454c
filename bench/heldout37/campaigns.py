"""Distillation campaigns against Nil AI. Each account stays small; the campaign is big."""
from __future__ import annotations

from bench.heldout37 import world as W
from bench.heldout37.benign import APPWEB, DC, EG, INTL, MAGHREB, OSTAZ_ORG, PHONE, RESELLER_ORG, SDK
from bench.heldout37.engine import Pop

RESI = (8452, 36935, 37069, 6713, 36925, 37705, 36947, 25019, 3215, 12322, 812)
EG_RESI = (8452, 36935, 37069, 36992, 24835)


def campaign_pops() -> list[Pop]:
    B = W.START_MS
    return [
        Pop("c-hydra-nile", 260, "hydra", 26, "chat", EG + MAGHREB, (("ar", 0.4), ("fr", 0.3), ("en", 0.3)),
            campaign="hydra-nile", net="pool", pool=140, asns=RESI, clients=APPWEB, pay="shared:30",
            age=(10, 90), adopt=(0.9, 0.5), note="Hydra proxy: hundreds of accounts behind a residential proxy pool, "
            "half ordinary chat, half maths/code with reasoning requests"),
        Pop("c-template-sweep", 60, "sweep", 30, "flat", (("paris", 1),), (("en", 1),), campaign="gsm-sweep",
            net="dc", asns=(24940, 16276), clients=(("py", 1),), pay="shared:6", age=(3, 20), session=(10, 25),
            spread=0.25, adopt=(1.0, 0.5), note="One fixed template over GSM8K/SVAMP, datacenter hosts"),
        Pop("c-rationale", 80, "rationale", 24, "flat", (("toronto", 0.5), ("paris", 0.5)), (("en", 1),),
            campaign="rationale-miner", net="dc", asns=DC, clients=SDK, pay="shared:10", age=(5, 40),
            session=(6, 40), adopt=(1.0, 0.5), note="Asks the model to articulate the reasoning behind given answers"),
        Pop("c-paraphrase", 100, "paraphrase", 22, "dev", MAGHREB + EG, (("en", 0.5), ("fr", 0.3), ("ar", 0.2)),
            campaign="paraphrase-coder", net="home", clients=(("web", 0.5), ("py", 0.5)), pay="p:0.5",
            age=(15, 120), adopt=(1.0, 1), note="Code benchmarks inside many paraphrased wrappers, 3 languages"),
        Pop("c-card-farm", 120, "farm", 24, "chat", EG, (("en", 1),), campaign="card-farm", net="home",
            clients=(("py", 0.5), ("web", 0.5)), pay="shared:4", created=(B - 3 * W.DAY, B - 2 * W.DAY),
            adopt=(1.0, 1), note="Accounts created together, paid by four virtual cards"),
        Pop("c-device-farm", 90, "device_farm", 26, "night", EG, (("ar", 1),), campaign="emulator-farm",
            net="mobile", pool=25, clients=(("android", 1),), device="shared:6", pay="p:0.2", age=(7, 45),
            adopt=(1.0, 1), note="Android emulator farm: six device fingerprints across 90 accounts"),
        Pop("c-cron-sync", 70, "cron", 28, "flat", (("dubai", 1),), (("en", 1),), campaign="cron-sync",
            net="dc", asns=(14061, 16509), clients=(("curl", 1),), pay="own", age=(20, 200), timing="cron:15:0.3",
            adopt=(1.0, 0.2), note="Scheduler firing all accounts on the same quarter-hour ticks"),
        Pop("c-low-slow", 150, "lowslow", 8, "chat", MAGHREB + EG, (("fr", 0.5), ("ar", 0.5)),
            campaign="low-and-slow", net="home", clients=APPWEB, pay="shared:12", age=(300, 800), spread=0.3,
            adopt=(0.5, 10), note="Aged accounts, a handful of hard MATH questions a day each"),
        Pop("c-launch-rush", 120, "launch_harvest", 30, "flat", INTL + (("cairo", 0.3),), (("en", 1),),
            campaign="launch-rush", net="pool", pool=30, asns=(16509, 8075, 16276), clients=SDK, pay="shared:8",
            created=(W.LAUNCH_MS - 20 * W.HOUR, W.LAUNCH_MS + 2 * W.HOUR), launch=6.0, models=(("nil-2.5", 1),),
            adopt=(1.0, 0.05), session=(10, 20), note="Fresh accounts redirected to nil-3 within hours of release"),
        Pop("c-ostaz-insider", 40, "insider", 24, "office", EG, (("ar", 1),), campaign="ostaz-insider",
            org_name=OSTAZ_ORG, clients=(("web", 1),), pay="org", weekend=0.8, adopt=(1.0, 2),
            note="Seats inside a legitimate academy's enterprise plan used to harvest model answers"),
        Pop("c-reseller-harvest", 80, "reseller_harvest", 26, "chat", EG + MAGHREB + INTL, (("en", 1),),
            campaign="reseller-harvest", net="org", org_name=RESELLER_ORG, asns=(24940,), clients=(("py", 1),),
            pay="org", age=(5, 60), adopt=(1.0, 1), note="Harvesting through a reseller's sub-accounts"),
        Pop("c-net-rotator", 100, "rotator", 22, "flat", EG + MAGHREB, (("en", 1),), campaign="net-rotator",
            net="rotate", asns=RESI + (9009, 60068), clients=(("py", 0.5), ("curl", 0.5)), pay="shared:15",
            age=(3, 30), adopt=(1.0, 1), note="Every request from a different residential or VPN exit"),
        Pop("c-student-mimic", 150, "student_mimic", 20, "night", EG, (("ar", 0.9), ("en", 0.1)),
            campaign="student-mimic", net="mobile", pool=60, clients=PHONE, pay="none",
            created=(B - 9 * W.DAY, B - 9 * W.DAY + 3 * W.HOUR), session=(6, 60),
            note="Designed to be missed: Arabic exam-candidate look-alikes on mobile CGNAT, but no exam pause, "
            "no repeats, and created in one 3-hour batch"),
        Pop("c-agent-harvest", 60, "agent_harvest", 22, "dev", INTL + MAGHREB, (("en", 1),),
            campaign="agent-harvest", clients=(("agent", 1),), pay="own", age=(20, 150), session=(8, 50),
            adopt=(1.0, 1), note="Designed to be missed: coding-agent look-alike with fake tool results wrapping "
            "MBPP/HumanEval and asking for the reasoning"),
        Pop("c-persona-dialogue", 110, "persona", 18, "chat", EG + MAGHREB + INTL, (("en", 1),),
            campaign="persona-dialogue", net="vpn", pool=80, asns=(9009, 60068, 212238), clients=(("web", 1),),
            pay="p:0.3", age=(30, 300), adopt=(1.0, 2), note="Designed to be missed: broad general-chat "
            "distillation: persona system prompts over arena-style questions, on the same VPN exits as privacy users"),
    ]
