"""The Python fast path of simple conditions (conditions.Plan) must give CEL's
verdict, or hand over to CEL, for every value a feature getter can return."""

from __future__ import annotations

import random

import pytest

from enforcer.core.features import account_catalog
from enforcer.rules.compiled import CompiledRule, Step, Verdict
from enforcer.rules.conditions import Env, bind, compile_program, parse_plan
from enforcer.contracts import Action, Mode

CAT = account_catalog()

TEXTS = [
    "account_age_days < 30.0 && requests_1h >= 60.0 && completion_ratio_1h >= 3.0",
    "requests_24h >= 5 && top_template_share >= 0.8",
    "near_dup_ratio_1h >= 0.3 || repeat_ratio_1h >= 0.3",
    "requests_1m >= 1200.0",
    "requests_1m > -1 && account_age_days <= 7",
    "account_age_days < 30.0 && requests_1h >= 60.0 && (near_dup_ratio_1h >= 0.3 || repeat_ratio_1h >= 0.3)",
    "requests_1h >= 1 && requests_1h < 5 || requests_24h > 3",  # && binds tighter than ||
    "(requests_1h >= 1 || requests_24h > 3) && (account_age_days < 2 || near_dup_ratio_1h > 0.5)",
    "((requests_1h >= 1))",
]

VALUES = [0, 1, 5, 59, 60, 61, 1199, 1200, 2**53 - 1, 2**53, 2**53 + 1, -(2**60), 0.0, 0.3, 0.29999, 2.9999999,
          3.0, 29.999, 30.0, 60.0, 1e300, float("nan"), float("inf"), float("-inf"), True, False]


def _cel(cond, values):
    try:
        return ("ok", cond.prog.run(values) is True)
    except Exception as exc:  # noqa: BLE001 - CEL's error surfaces as an exception of some type
        return ("err", type(exc).__name__)


def _fast(cond, values):
    try:
        return ("ok", cond.test(values))
    except Exception as exc:  # noqa: BLE001
        return ("err", type(exc).__name__)


@pytest.mark.parametrize("text", TEXTS)
def test_plan_agrees_with_cel(text: str) -> None:
    cond = bind(compile_program(text, {}), CAT, Env(), "account")
    assert cond.plan is not None
    rng = random.Random(text)
    names = [n for n, _ in cond.getters]
    for _ in range(3000):
        values = {n: rng.choice(VALUES) for n in names}
        assert _fast(cond, values) == _cel(cond, values), values


@pytest.mark.parametrize("text", [
    "!(requests_1h >= 1)",
    "requests_1h == 1",
    "requests_1h >= 1e3",
    "requests_1h >= 9007199254740993",
    "org_id in verified && requests_1h >= 1",
    "account_id == 'x' && requests_1h >= 1",
])
def test_other_shapes_stay_with_cel(text: str) -> None:
    try:
        cond = bind(compile_program(text, {"verified": ("a",)}), CAT, Env({"verified": ("a",)}), "account")
    except Exception:  # noqa: BLE001 - some of these do not even type-check; that is fine here
        return
    assert cond.plan is None and parse_plan(text) is None


class _St:
    """A state whose getters are looked up by name (stands in for a subject)."""


def test_features_verdict_keeps_evidence_order() -> None:
    text = "requests_24h >= 5 && top_template_share >= 0.8 && account_age_days < 30.0"
    cond = bind(compile_program(text, {}), CAT, Env(), "account")
    calls: list[str] = []
    vals = {"requests_24h": 7, "top_template_share": 0.9, "account_age_days": 3.0}

    def getter(n):
        def g(st, ev, now):
            calls.append(n)
            return vals[n]
        return g

    getters = tuple((n, getter(n)) for n, _ in cond.getters)
    from enforcer.rules.conditions import Condition, _with_plan

    cond = _with_plan(Condition(cond.prog, getters, cond.features))
    rule = CompiledRule("r", "d", "account", text, cond, (Step(Action.challenge, 1000, None),), Mode.enforce, 1,
                        False, "f", 1)
    v = rule.features(None, None, 0)
    assert isinstance(v, Verdict) and rule.matches(v)
    assert list(v) == [n for n, _ in cond.getters]
    assert sorted(calls) == sorted(vals)  # each computed once
    # first term false: stops there, no match
    calls.clear()
    vals["requests_24h"] = 4
    v = rule.features(None, None, 0)
    assert not rule.matches(v) and calls == ["requests_24h"]
    # a plain dict still goes through CEL
    assert rule.matches(dict(vals, requests_24h=9)) is True


def test_features_memo_shares_values_between_rules() -> None:
    from enforcer.rules.conditions import Condition, _with_plan

    calls: list[str] = []
    vals = {"requests_24h": 7, "top_template_share": 0.9, "account_age_days": 3.0}

    def getter(n):
        def g(st, ev, now):
            calls.append(n)
            return vals[n]
        return g

    def rule(text: str) -> CompiledRule:
        c = bind(compile_program(text, {}), CAT, Env(), "account")
        c = _with_plan(Condition(c.prog, tuple((n, getter(n)) for n, _ in c.getters), c.features))
        return CompiledRule("r", "d", "account", text, c, (Step(Action.challenge, 1000, None),), Mode.enforce, 1,
                            False, "f", 1)

    a = rule("requests_24h >= 5 && top_template_share >= 0.8")
    b = rule("account_age_days < 30.0 && requests_24h >= 5")
    memo: dict = {}
    va, vb = a.features(None, None, 0, memo), b.features(None, None, 0, memo)
    assert a.matches(va) and b.matches(vb)
    assert list(va) == ["requests_24h", "top_template_share"] and list(vb) == ["account_age_days", "requests_24h"]
    assert sorted(calls) == sorted(vals)  # requests_24h computed once for both rules
