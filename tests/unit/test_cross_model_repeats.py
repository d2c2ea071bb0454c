"""bench/cross_model_repeats.py: which requests count as the same prompt sent again to another model,
and how its report splits repeaters by label and by whether a sweep's rules blocked them."""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

import orjson

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
from bench import cross_model_repeats as cmr  # noqa: E402


def write_events(path: Path, events: list[dict]) -> None:
    with gzip.open(path, "wb") as f:
        for ev in events:
            f.write(orjson.dumps(ev) + b"\n")
        f.write(b"{not json\n[1, 2]\n")  # the sets carry deliberately malformed lines


EVENTS = [
    {"account_id": "eval", "prompt": "Q1", "model": "m1"},
    {"account_id": "eval", "prompt": "Q1", "model": "m2"},   # repeat: Q1 went to m1 before
    {"account_id": "eval", "prompt": "Q2", "model": "m1"},
    {"account_id": "eval", "prompt": "Q2", "model": "m3"},   # repeat
    {"account_id": "chat", "prompt": "hi", "model": "m1"},
    {"account_id": "chat", "prompt": "hi", "model": "m1"},   # same model: a retry, not a repeat
    {"account_id": "chat", "prompt": "Q1", "model": "m2"},   # another account's prompt: not a repeat
    {"account_id": "ring", "prompt": "Q9", "model": "m1"},
    {"account_id": "ring", "prompt": "Q9"},                  # no model field counts as its own model ""
]


def test_a_repeat_is_the_same_text_from_the_same_account_to_a_different_model(tmp_path):
    write_events(tmp_path / "s.jsonl.gz", EVENTS)
    shares = cmr.repeat_shares(tmp_path / "s.jsonl.gz")
    assert shares == {"eval": 0.5, "chat": 0.0, "ring": 0.5}


def test_report_splits_repeaters_by_label_and_by_blocked(tmp_path, capsys):
    sets, run = tmp_path / "sets", tmp_path / "run"
    (run / "s-1").mkdir(parents=True)
    sets.mkdir()
    write_events(sets / "s-1.jsonl.gz", EVENTS)
    labels = {"eval": {"label": "benign", "population": "eval_team"},
              "chat": {"label": "benign", "population": "chat"},
              "ring": {"label": "attack", "population": "ring"}}
    (sets / "s-1.labels.json").write_bytes(orjson.dumps(labels))
    (run / "s-1" / "report.json").write_bytes(b"{}")
    (run / "s-1" / "decisions.jsonl").write_bytes(
        b'{"account_id":"eval","mode":"enforce","action":"challenge","rule":"r"}\n'
        b'{"account_id":"chat","mode":"shadow","action":"challenge","rule":"p"}\n')
    assert cmr.main(["--run", str(run), "--sets", str(sets), "--share", "0.4"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("benign: 1 / 2 accounts repeat >= 40%") and out[0].endswith(
        "blocked 1, of which repeaters 1")
    assert out[1].startswith("campaign: 1 / 1 accounts") and out[1].endswith("blocked 0, of which repeaters 0")
