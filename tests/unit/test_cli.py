"""The command line end to end: simulate -> backtest (plain, gzip, stdin),
dead letters, rules check, schemas up to date."""

from __future__ import annotations

import gzip
import shutil
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from enforcer.cli import main

ROOT = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def sim(tmp_path_factory):
    d = tmp_path_factory.mktemp("sim")
    events, labels = d / "events.jsonl.gz", d / "labels.json"
    assert main(["simulate", "--seed", "11", "--days", "1", "--scale", "0.3",
                 "--out", str(events), "--labels", str(labels)]) == 0
    return events, labels


def test_backtest_reports_detection_and_writes_decisions(sim, tmp_path, capsys):
    events, labels = sim
    out, rep = tmp_path / "d.jsonl", tmp_path / "r.json"
    assert main(["backtest", "--rules", str(ROOT / "rules"), "--events", str(events), "--labels", str(labels),
                 "--out", str(out), "--report-json", str(rep)]) == 0
    text = capsys.readouterr().out
    assert "throughput:" in text and "events/s" in text and "recall:" in text
    report = orjson.loads(rep.read_bytes())
    decisions = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert report["events"] > 10_000 and report["invalid"] == 0
    assert len(decisions) == sum(d["count"] for d in report["decisions"])
    det = report["detection"]
    blatant = det["populations"]["blatant"]
    assert blatant["blocked"] == blatant["accounts"] >= 1
    for name in ("eval_team", "app_backend", "framework_users", "class_nat", "students"):
        assert det["populations"][name]["suspended"] == 0, name
        assert det["populations"][name]["blocked"] == 0, name


def test_backtest_reads_csv_labels_like_its_own_and_rejects_unreadable_ones(sim, tmp_path, capsys):
    events, labels = sim
    own = orjson.loads(labels.read_bytes())
    csv_path = tmp_path / "labels.csv"
    csv_path.write_text("account_id,label\n" + "".join(f"{a},{v['label']}\n" for a, v in own.items()))
    recall = []
    for lab in (labels, csv_path):
        assert main(["backtest", "--rules", str(ROOT / "rules"), "--events", str(events), "--labels", str(lab),
                     "--no-progress"]) == 0
        recall.append([x for x in capsys.readouterr().out.splitlines() if x.startswith("recall:")])
    assert recall[0] and recall[0] == recall[1]
    bad = tmp_path / "bad.json"
    bad.write_text('{"acct-1": "perhaps"}')
    assert main(["backtest", "--rules", str(ROOT / "rules"), "--events", str(events), "--labels", str(bad)]) == 2
    assert "labels rejected" in capsys.readouterr().err


def test_malformed_lines_are_dead_lettered_and_do_not_stop_the_run(tmp_path, capsys):
    good = {"event_id": "e1", "ts": "2026-11-02T00:00:00Z", "account_id": "a", "prompt_tokens": 1,
            "completion_tokens": 2, "prompt": "secret words"}
    lines = [orjson.dumps(good), b"{not json", orjson.dumps({**good, "event_id": "e2", "ts": "yesterday"}),
             orjson.dumps({**good, "event_id": "e3", "prompt_tokens": -4}), b"", orjson.dumps({**good, "event_id": "e4"})]
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    dead = tmp_path / "dead.jsonl"
    assert main(["backtest", "--rules", str(ROOT / "rules"), "--events", str(src), "--dead-letter", str(dead)]) == 0
    rows = [orjson.loads(line) for line in dead.read_bytes().splitlines()]
    assert [r["line"] for r in rows] == [2, 3, 4]
    assert "json" in rows[0]["reason"].lower()
    assert rows[1]["reason"].startswith("ts:") and "RFC 3339" in rows[1]["reason"]
    assert rows[2]["reason"].startswith("prompt_tokens:")
    assert all("secret" not in r["reason"] for r in rows)  # reasons never echo values
    assert "events: 2  invalid: 3" in capsys.readouterr().out


def test_backtest_reads_stdin(sim, tmp_path):
    events, _ = sim
    head = b"\n".join(gzip.open(events).read().splitlines()[:2000]) + b"\n"
    res = subprocess.run([sys.executable, "-m", "enforcer", "backtest", "--rules", str(ROOT / "rules"),
                          "--events", "-", "--out", "-"], input=head, capture_output=True, timeout=120, check=True)
    assert b"events: 2000" in res.stderr
    for line in res.stdout.splitlines():
        assert orjson.loads(line)["schema_version"] == "1"


def test_rules_check_exit_codes(capsys):
    assert main(["rules", "check", str(ROOT / "rules")]) == 0
    assert main(["rules", "check", str(ROOT / "tests/fixtures/rules_invalid/unknown_feature")]) == 1
    err = capsys.readouterr().err
    assert "rules.yaml:6:" in err and "requests_2h" in err


def test_schema_files_match_the_models():
    assert main(["schema", "--check", "--out", str(ROOT / "schemas")]) == 0


def test_baseline_diff_reports_newly_and_no_longer_actioned(sim, tmp_path, capsys):
    events, labels = sim
    old = tmp_path / "old"
    shutil.copytree(ROOT / "rules", old, ignore=shutil.ignore_patterns("tests"))
    text = (ROOT / "rules" / "account.yaml").read_text()
    # A looser copy of one rule: the diff must show accounts it alone actioned as "no longer".
    (old / "account.yaml").write_text(text.replace("requests_1h >= 60", "requests_1h >= 5"))
    rep = tmp_path / "r.json"
    assert main(["backtest", "--rules", str(ROOT / "rules"), "--baseline", str(old), "--events", str(events),
                 "--labels", str(labels), "--report-json", str(rep)]) == 0
    d = orjson.loads(rep.read_bytes())["diff"]
    r = d["rules"]["new-account-long-answer-harvest (enforce)"]
    assert r["new"]["accounts"] == 0 and r["gone"]["accounts"] > 0
    assert r["gone"]["accounts"] == r["gone"]["attack"] + r["gone"]["benign"]
    assert "rule-set diff against the baseline" in capsys.readouterr().out


def test_rules_test_runs_golden_cases_beside_rules(tmp_path, capsys):
    src = ROOT / "tests" / "golden" / "burst_dedupe_expiry_lift"
    rules = tmp_path / "rules"
    (rules / "tests" / "case1").mkdir(parents=True)
    (rules / "r.yaml").write_text((src / "rules" / "rules.yaml").read_text())
    for f in ("events.jsonl", "expected.jsonl"):
        (rules / "tests" / "case1" / f).write_text((src / f).read_text())
    assert main(["rules", "test", str(rules)]) == 0
    assert "PASS case1" in capsys.readouterr().out
    (rules / "r.yaml").write_text((src / "rules" / "rules.yaml").read_text().replace("> 4", "> 5"))
    assert main(["rules", "test", str(rules)]) == 1
    out = capsys.readouterr().out
    assert "FAIL case1" in out and "expected" in out
