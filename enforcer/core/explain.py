"""Why is (or isn't) this account actioned? A read-only look into an Engine:
the account's features and those of its groups, every rule's verdict
(matches, near, excepted), the exceptions that spared it, its offences and
decisions. Used by `enforcer explain` (after a replay) and by the worker's
GET /explain/{account}.

"Near": a rule is near when it would match if every numeric value it
references (its own and its macros') were moved by a factor 1/near_limit
(default 0.8: 25%) towards the threshold. CEL is not parsed here, so the
direction of each threshold is not known: every combination of "up"
(v / near_limit) and "down" (v * near_limit) is tried (at most 2^10; beyond
10 features only "up", i.e. the assumption that rules compare
`feature >= threshold`). Counts are rounded up (up) or down (down) so they
stay integers; event attributes are never changed.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

from enforcer.contracts import Decision, ms_to_text
from enforcer.core.verdicts import Attrs, brief
from enforcer.rules.compiled import CompiledRule
from enforcer.rules.conditions import ATTRIBUTES

MAX_COMBINATIONS_FEATURES = 10


def _num(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _scaled(v: int | float, factor: float) -> int | float:
    if isinstance(v, int):
        return math.ceil(v * factor) if factor >= 1 else math.floor(v * factor)
    return v * factor


def near_match(rule: CompiledRule, state: Any, attrs: Any, now: int) -> bool:
    cond = rule.cond
    base: dict[str, Any] = {n: g(state, attrs, now) for n, g in cond.getters if n not in dict(cond.macros)}
    for _, mc in cond.macros:
        base.update({n: g(state, attrs, now) for n, g in mc.getters})
    numeric = sorted(n for n, v in base.items() if n not in ATTRIBUTES and _num(v))
    if not numeric:
        return False
    up, down = 1.0 / rule.near_limit, rule.near_limit
    directions = ([(up,)] * len(numeric) if len(numeric) > MAX_COMBINATIONS_FEATURES
                  else [(up, down)] * len(numeric))
    for factors in itertools.product(*directions):
        values = dict(base)
        for n, f in zip(numeric, factors):
            values[n] = _scaled(base[n], f)
        for name, mc in cond.macros:
            values[name] = mc.test({n: values[n] for n, _ in mc.getters})
        if cond.test({n: values[n] for n, _ in cond.getters}):
            return True
    return False


def rule_verdict(rule: CompiledRule, state: Any, attrs: Any, now: int, active: Decision | None) -> dict[str, Any]:
    values = rule.cond.values(state, attrs, now)
    matches = rule.cond.test(values)
    for _, mc in rule.cond.macros:  # what the macros read, too
        values.update({n: g(state, attrs, now) for n, g in mc.getters if n not in values})
    near = matches or near_match(rule, state, attrs, now)
    spared_by = [x.name for x in rule.exceptions if x.spares(state, attrs, now)] if near else []
    steps = [{"action": s.action.value, "ttl_s": s.ttl_ms // 1000, **({"rps": s.rps} if s.rps else {})}
             for s in rule.steps]
    out: dict[str, Any] = {
        "rule": rule.name, "scope": rule.scope, "mode": rule.mode.value, "where": f"{rule.file}:{rule.line}",
        "when": rule.when, "values": {k: _round(v) for k, v in values.items() if k not in ATTRIBUTES},
        "matches": matches, "near": near, "near_limit": rule.near_limit,
        "fires": matches and not spared_by, "spared_by": spared_by, "steps": steps,
    }
    if rule.escalation_ms:
        out["escalation_window_s"] = rule.escalation_ms // 1000
    if active is not None and active.rule == rule.name:
        out["active"] = {"action": active.action.value, "expires_at": active.expires_at}
    return out


def _round(v: Any) -> Any:
    return round(v, 4) if isinstance(v, float) else v


def _features(catalog, state: Any, attrs: Any, now: int) -> dict[str, Any]:
    return {n: _round(catalog[n].get(state, attrs, now)) for n in catalog.names()}


def groups_of(engine, account: str) -> list:
    """Every group (shared link key) that remembers the account as a member.
    None for a stream worker's account stage: its groups live in the group stage."""
    groups = getattr(engine, "groups", None)
    return [g for g in groups.groups.values() if account in g.members] if groups is not None else []


def explain_account(engine, account: str, decisions: list[Decision] | None = None,
                    attrs: Any = None) -> dict[str, Any] | None:
    """The explanation as plain data (JSON-ready); None if the engine holds
    nothing about the account. `decisions`: every decision the caller saw for
    it (a replay); otherwise the engine's recent ones (bounded)."""
    from enforcer.rules.loader import default_catalogs

    st = engine.accounts.get(account)
    active = engine.book.entries(account)
    recent = list(engine.notes.decisions.get(account, ()))
    if st is None and not active and not recent and decisions is None:
        return None
    rs = engine.rules
    catalogs = default_catalogs(tuple(rs.markers), tuple(rs.networks))
    attrs = attrs or engine.attrs.get(account) or Attrs(account)
    now = st.last_ts if st is not None else (engine.watermark or 0)
    active_by_rule = {a.decision.rule: a.decision for a in active}
    out: dict[str, Any] = {
        "account": account, "in_memory": st is not None, "clock": ms_to_text(now),
        "attributes": {n: getattr(attrs, n, None) or "" for n in ATTRIBUTES},
        "rules_digest": rs.digest, "dry_run": engine.config.dry_run,
    }
    if st is not None:
        out["features"] = _features(catalogs["account"], st, attrs, now)
        out["rules"] = [rule_verdict(r, st, attrs, now, active_by_rule.get(r.name))
                        for r in rs.by_scope.get("account", ())]
    out["groups"] = []
    for g in groups_of(engine, account):
        gnow = g.last_ts
        gactive = {a.decision.rule: a.decision for a in engine.group_book.entries(g.id)}
        out["groups"].append({
            "kind": g.kind, "key": g.key, "members_remembered": len(g.members), "clock": ms_to_text(gnow),
            "features": _features(catalogs[g.kind], g, attrs, gnow),
            "rules": [rule_verdict(r, g, attrs, gnow, gactive.get(r.name)) for r in rs.by_scope.get(g.kind, ())],
        })
    specs = {x.name: x for x in rs.exceptions}
    out["exceptions_applied"] = [
        {"exception": x, "rule": r, "hits": n, "reason": specs[x].reason if x in specs else "",
         "owner": specs[x].owner if x in specs else ""}
        for (x, r), n in sorted(engine.notes.spared.get(account, {}).items())]
    out["offences"] = engine.offences.export(account) or {}
    out["active_decisions"] = [brief(a.decision) for a in active]
    if decisions is not None:
        out["decisions"] = [brief(d) for d in decisions]
    else:
        out["recent_decisions"] = recent
    return out


def live_explainer(engines_of):
    """For the worker: a callable account -> explanation, looking the account
    up across the partition engines `engines_of()` returns."""

    def explain(account: str) -> dict[str, Any] | None:
        for partition, eng in sorted(engines_of().items()):
            res = explain_account(eng, account)
            if res is not None:
                res["partition"] = partition
                return res
        return None

    return explain
