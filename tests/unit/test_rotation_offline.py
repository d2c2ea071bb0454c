"""bench/rotation_offline.py's count of proxy rotation: which requests hop and
how accounts are tallied (the run itself reads held-out sets: BENCHMARKS.md)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import orjson

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))  # the module imports bench.heldout_sweep
_spec = importlib.util.spec_from_file_location("rotation_offline", REPO / "bench" / "rotation_offline.py")
rot = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rot)


def _ev(account: str, ip: str, asn: int, tokens: int = 100) -> bytes:
    return orjson.dumps({"account_id": account, "ip": ip, "asn": asn, "completion_tokens": tokens})


def test_a_hop_is_a_new_network_in_another_asn():
    proxy = [_ev("proxy", f"10.{i}.0.1", 100 + i % 3) for i in range(8)]          # new /24 and ASN each time
    phone = [_ev("phone", f"100.64.{i}.1", 7) for i in range(8)]                   # new /24, one carrier ASN
    home = [_ev("home", "81.2.3.4", 5, 900), _ev("home", "81.2.3.9", 5, 900)] * 4  # one /24
    few = [_ev("few", f"10.{i}.0.1", i) for i in range(7)]                         # under 8 requests
    ratios = rot.hop_ratios([*proxy, *phone, *home, *few, b"not json", b"[1]"])
    assert ratios["proxy"] == (7 / 8, 100.0)  # the first request has no request before it
    assert ratios["phone"] == (0.0, 100.0) and ratios["home"] == (0.0, 900.0)
    assert "few" not in ratios


def test_tally_splits_by_label_block_and_answer_length():
    ratios = {"r1": (0.9, 300.0), "r2": (0.5, 800.0), "r3": (0.2, 300.0), "b1": (0.6, 100.0), "x": (0.9, 500.0)}
    labels = {"r1": {"label": "attack"}, "r2": {"label": "attack"}, "r3": {"label": "attack"},
              "b1": {"label": "benign"}}
    t = rot.tally(ratios, labels, {"r2"}, 0.4)
    assert t == {("campaign, missed", "short"): 1, ("campaign, blocked", "long"): 1,
                 ("benign", "short"): 1, ("benign", "long"): 1}  # r3 under the ratio; unlabelled x counts as benign
