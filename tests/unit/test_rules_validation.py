"""One negative fixture per validation error: each must be rejected with the
file, the right line and a clear message; a valid directory loads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from enforcer.rules.loader import RuleSetError, load_rules

FIXTURES = Path(__file__).parent.parent / "fixtures" / "rules_invalid"
CASES = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())


def _expectations(path: Path) -> tuple[int, str]:
    text = path.read_text()
    line = int(re.search(r"# expect-line: (\d+)", text).group(1))
    msg = re.search(r"# expect: (.+)", text).group(1).strip()
    return line, msg


def test_every_error_kind_has_a_fixture():
    assert len(CASES) >= 20


@pytest.mark.parametrize("case", CASES)
def test_invalid_rule_file_is_rejected_with_file_and_line(case):
    path = FIXTURES / case / "rules.yaml"
    line, msg = _expectations(path)
    with pytest.raises(RuleSetError) as info:
        load_rules(FIXTURES / case)
    errors = [str(e) for e in info.value.errors]
    assert any(e.startswith(f"{path}:{line}: ") and msg in e for e in errors), errors


def test_shipped_rules_are_valid():
    rs = load_rules(Path(__file__).parents[2] / "rules")
    assert rs.rules, "the default rules directory must hold rules"
    assert len(set(rs.names())) == len(rs.rules)


def test_errors_from_several_files_are_all_reported(tmp_path):
    (tmp_path / "a.yaml").write_text("rules:\n  - name: a\n    description: x\n    when: 'nope > 1.0'\n"
                                     "    action: {type: challenge, ttl: 1m}\n")
    (tmp_path / "b.yaml").write_text("rules: [\n")
    with pytest.raises(RuleSetError) as info:
        load_rules(tmp_path)
    files = {Path(e.file).name for e in info.value.errors}
    assert files == {"a.yaml", "b.yaml"}


def test_valid_rule_compiles_with_priority_order(tmp_path):
    (tmp_path / "r.yaml").write_text(
        "rules:\n"
        "  - name: late\n    description: x\n    when: 'requests_1h > 1.0'\n    priority: 200\n"
        "    action: {type: throttle, ttl: 1m, rps: 2}\n"
        "  - name: early\n    description: y\n    when: 'completion_ratio_1h >= 2.0 && requests_1m > 3.0'\n"
        "    priority: 10\n    action: {type: suspend, ttl: 1d}\n    mode: shadow\n"
    )
    rs = load_rules(tmp_path)
    assert rs.names() == ["early", "late"]
    early = rs.rules[0]
    assert early.ttl_ms == 86_400_000 and early.mode.value == "shadow"
    assert {n for n, _ in early.getters} == {"completion_ratio_1h", "requests_1m"}
    assert rs.rules[1].rps == 2.0
