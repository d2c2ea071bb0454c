"""Golden scenarios: recorded events in, expected decisions out, in event time."""

from __future__ import annotations

from pathlib import Path

import pytest

from enforcer.goldens import find_cases, run_case

ROOT = Path(__file__).parents[1] / "golden"
CASES = find_cases(ROOT)


def test_cases_exist():
    assert len(CASES) >= 3


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_case(case):
    res = run_case(case)
    assert res.error is None, res.error
    assert res.ok, "decisions differ:\n" + "\n".join(res.diff())


def test_a_wrong_expectation_fails(tmp_path):
    src = CASES[0]
    case = tmp_path / "broken"
    (case / "rules").mkdir(parents=True)
    (case / "rules" / "rules.yaml").write_text((src / "rules" / "rules.yaml").read_text())
    (case / "events.jsonl").write_text((src / "events.jsonl").read_text())
    (case / "expected.jsonl").write_text('{"account_id": "acct-a", "action": "suspend", "rule": "burst"}\n')
    res = run_case(case)
    assert not res.ok and res.diff()


DEFAULT_RULES_DIR = Path(__file__).parents[2] / "rules"
DEFAULT_CASES = find_cases(DEFAULT_RULES_DIR / "tests")


@pytest.mark.parametrize("case", DEFAULT_CASES, ids=[c.name for c in DEFAULT_CASES])
def test_default_rules_golden_case(case):
    """The cases beside the shipped rules (what `enforcer rules test rules` runs)."""
    from enforcer.rules.loader import load_rules

    res = run_case(case, rules=load_rules(DEFAULT_RULES_DIR))
    assert res.error is None, res.error
    assert res.ok, "decisions differ:\n" + "\n".join(res.diff())


OPTIONAL_DIR = DEFAULT_RULES_DIR / "optional"
OPTIONAL_CASES = find_cases(OPTIONAL_DIR / "tests")


def _with_optional(tmp_path: Path) -> Path:
    """The shipped rules plus every optional rule, as an SRE enables one: its file
    copied beside the defaults (it uses their macros and network sets)."""
    d = tmp_path / "rules"
    d.mkdir()
    for p in (sorted(DEFAULT_RULES_DIR.glob("*.yaml")) + sorted(DEFAULT_RULES_DIR.glob("*.idx"))
              + sorted(OPTIONAL_DIR.glob("*.yaml"))):
        (d / p.name).write_bytes(p.read_bytes())
    return d


def test_optional_rules_are_not_loaded_by_default(tmp_path):
    """Every rule an optional file defines loads once the file is copied beside
    the defaults, and none of them is in the defaults."""
    from enforcer.rules.loader import load_rules

    default = set(load_rules(DEFAULT_RULES_DIR).by_name)
    optional = set(load_rules(_with_optional(tmp_path)).by_name) - default
    assert OPTIONAL_CASES and "template-menu-ring" in optional


@pytest.mark.parametrize("case", OPTIONAL_CASES, ids=[c.name for c in OPTIONAL_CASES])
def test_optional_rules_golden_case(case, tmp_path):
    from enforcer.rules.loader import load_rules

    res = run_case(case, rules=load_rules(_with_optional(tmp_path)))
    assert res.error is None, res.error
    assert res.ok, "decisions differ:\n" + "\n".join(res.diff())
