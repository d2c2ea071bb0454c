"""Golden scenario cases: recorded events in, expected decisions out.

A case is a directory holding `events.jsonl` and `expected.jsonl` (one
decision per line, only the fields that matter: any of account_id, action,
rule, scope, scope_key, mode, issued_at, expires_at, throttle_rps). The
case replays in event time against a rules directory (its own `rules/`
sub-directory if present) and passes when the produced decisions, projected
on those fields, equal the expected list in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import orjson

from enforcer.backtest import replay
from enforcer.contracts import Decision
from enforcer.core.engine import EngineConfig
from enforcer.jsonl import open_lines
from enforcer.rules.compiled import RuleSet
from enforcer.rules.loader import load_rules

FIELDS = ("account_id", "action", "rule", "scope", "scope_key", "mode", "issued_at", "expires_at", "throttle_rps")


@dataclass
class CaseResult:
    name: str
    ok: bool
    expected: list[dict] = field(default_factory=list)
    actual: list[dict] = field(default_factory=list)
    error: str | None = None

    def diff(self) -> list[str]:
        out = []
        for i in range(max(len(self.expected), len(self.actual))):
            e = self.expected[i] if i < len(self.expected) else None
            a = self.actual[i] if i < len(self.actual) else None
            if e != a:
                out.append(f"  #{i}: expected {e}\n       got      {a}")
        return out


def find_cases(root: Path) -> list[Path]:
    return sorted(p.parent for p in root.rglob("expected.jsonl") if (p.parent / "events.jsonl").exists())


def project(d: Decision, keys: tuple[str, ...]) -> dict:
    full = d.model_dump(mode="json")
    return {k: full[k] for k in keys}


def run_case(case: Path, rules: RuleSet | None = None, config: EngineConfig | None = None) -> CaseResult:
    name = case.name
    try:
        expected = [orjson.loads(line) for line in (case / "expected.jsonl").read_bytes().splitlines() if line.strip()]
        if (case / "rules").is_dir():
            rules = load_rules(case / "rules")
        if rules is None:
            raise ValueError("no rules: give a rules directory or put one in the case")
        keys = tuple(k for k in FIELDS if any(k in e for e in expected)) or ("account_id", "action", "rule")
        actual: list[dict] = []
        with open_lines(str(case / "events.jsonl")) as lines:
            replay(lines, rules, config, on_decision=lambda d: actual.append(project(d, keys)))
        expected = [{k: e.get(k) for k in keys} for e in expected]
        return CaseResult(name, actual == expected, expected, actual)
    except Exception as exc:  # a broken case is a failed case, not a crash of the whole run
        return CaseResult(name, False, error=f"{type(exc).__name__}: {exc}")
