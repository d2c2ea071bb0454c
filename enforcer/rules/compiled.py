"""Spec -> compiled rule: CEL compiled once per load, feature getters bound.

Why CEL through `common-expression-language` (Rust bindings): it is a safe,
non-Turing-complete language with a maintained parser, and it reports the
variables an expression references, which lets us (1) reject unknown names at
load time and (2) compute only those features on each evaluation. Measured
here: converting a Python dict costs ~1 us per variable, so passing the whole
feature map (60 features) cost ~60 us per evaluation against ~1-4 us for only
the referenced ones. Binding (features, attributes, lists, macros) lives in
`conditions.py`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from enforcer.contracts import Action, Mode
from enforcer.core.datasets import DatasetIndex
from enforcer.core.features import NO_MEMBER_CONTEXT, FeatureCatalog, member_catalog
from enforcer.rules.conditions import ATTRIBUTES, Condition, ConditionError, Env, Program, bind, compile_program
from enforcer.rules.spec import ExceptionSpec, RuleSpec
from enforcer.rules.yamlsrc import Located, RuleError


ORG_SHARE = "org_account_share_24h"  # a group feature kept only for the scopes of rules that read it
BUSY = "busy_accounts_24h"  # likewise
# Crowded cards: payment groups tell their accounts when 5+ accounts use the card
# (notices), and network groups count the crowded cards of their accounts, only
# while a rule reads one of these.
CROWDED_CARDS = ("crowded_cards_24h", "crowded_card")
# Actioned members: groups count the accounts that held an enforced challenge or
# suspension when they used the key, only while a rule reads one of these.
ACTIONED = ("actioned_accounts_24h", "actioned_account_share_24h")
# Dataset items walked on the account's network (dataset_local_ratio_*): the
# requests that walk a public-dataset item (dataset_slice) become observations
# of a (network, item) group, which tells its accounts once a second account
# walked the item there, only while a rule reads one of these (any window) or
# is scoped to those groups.
LOCAL_ITEMS = "dataset_local_ratio_"


class Verdict(dict):
    """Feature values that carry the condition's verdict (see
    CompiledRule.features): a `_Match` or a `_NoMatch`, otherwise a plain
    dict. The verdict is the class (no per-instance attribute to set:
    building one is a plain dict copy)."""

    __slots__ = ()
    ok: bool = False


class _Match(Verdict):
    __slots__ = ()
    ok = True


class _NoMatch(Verdict):
    __slots__ = ()
    ok = False


@dataclass(frozen=True, slots=True)
class Step:
    """One action a rule can take: its only action, or one escalation step."""

    action: Action
    ttl_ms: int
    rps: float | None


@dataclass(frozen=True, slots=True)
class CompiledException:
    name: str
    reason: str
    owner: str
    expires_ms: int | None
    cond: Condition  # bound to the scope of the rule it is attached to
    file: str
    line: int

    def active(self, now_ms: int) -> bool:
        return self.expires_ms is None or now_ms < self.expires_ms

    def spares(self, state, attrs, now_ms: int) -> bool:
        """True when this exception is in force and its condition holds."""
        return self.active(now_ms) and self.cond.holds(state, attrs, now_ms)


@dataclass(frozen=True, slots=True)
class CompiledRule:
    name: str
    description: str
    scope: str
    when: str
    cond: Condition
    steps: tuple[Step, ...]
    mode: Mode
    priority: int
    stop: bool
    file: str
    line: int
    escalation_ms: int = 0  # 0: a single action, no escalation
    member: Condition | None = None  # fanout_when
    # fanout_soften: members for which `soften` holds get `soften_step` instead.
    soften: Condition | None = None
    soften_step: Step | None = None
    lift: Condition | None = None  # lift_when
    exceptions: tuple[CompiledException, ...] = ()
    near_limit: float = 0.8
    # fanout_when reads group_wrapper_share: the group counts its common
    # wrappers and sends them with each fan-out and inheritance.
    member_wrappers: bool = False
    # fanout_when (or fanout_soften) reads group_accounts_24h: each fan-out and
    # inheritance carries the group's distinct accounts.
    member_accounts: bool = False
    # when or lift_when reads co_wrappers: the rule's groups count the wrappers
    # their members use besides the group's own (GroupObservation.rep).
    co_wrappers: bool = False
    # when, lift_when or one of its exceptions reads org_account_share_24h: the
    # rule's groups find their leading organisation (the exceptions' part is
    # added when the loader attaches them).
    org_share: bool = False
    # when, lift_when or one of its exceptions reads busy_accounts_24h: the
    # rule's groups count their busy members (likewise).
    busy_members: bool = False
    # any of its conditions reads crowded_cards_24h or crowded_card (CROWDED_CARDS).
    crowded_cards: bool = False
    # when, lift_when or one of its exceptions reads ACTIONED: the rule's groups
    # count their actioned members.
    actioned_members: bool = False
    # any of its conditions reads a dataset_local_ratio_* (LOCAL_ITEMS).
    local_items: bool = False
    # key_networks: the ASNs of the named network sets (None: every network).
    key_asns: frozenset[int] | None = None

    # The first step: what a rule without escalation does.
    @property
    def action(self) -> Action:
        return self.steps[0].action

    @property
    def ttl_ms(self) -> int:
        return self.steps[0].ttl_ms

    @property
    def rps(self) -> float | None:
        return self.steps[0].rps

    @property
    def program(self) -> Any:
        return self.cond.prog.program

    @property
    def getters(self):
        return self.cond.getters

    @property
    def member_program(self) -> Any:
        return self.member.prog.program if self.member is not None else None

    def features(self, state, ev, now_ms: int, memo: dict[str, Any] | None = None) -> dict[str, Any]:
        """The referenced features, for `matches` and as evidence.

        With the condition's Python fast path (conditions.Plan) the verdict is
        reached while computing them and travels with the result (a `Verdict`):
        a `&&` chain stops at its first false term, so a non-matching result
        may hold only the features read up to it (or, with `memo`, more). A
        matching result always holds exactly the referenced features, in the
        same order as without the fast path (the evidence depends on it).

        `memo`: feature values already computed for this same state, event and
        time (several rules of a scope read the same features); values
        computed here are added to it. Only for the caller that evaluates
        several rules on one event; never reuse it across events."""
        cond = self.cond
        plan = cond.plan
        if plan is None:
            if memo is None:
                return {n: g(state, ev, now_ms) for n, g in cond.getters}
            return {n: memo[n] if n in memo else memo.setdefault(n, g(state, ev, now_ms)) for n, g in cond.getters}
        got: dict[str, Any] = memo if memo is not None else {}
        r = plan.run_lazy(state, ev, now_ms, got)
        if r is None:  # CEL decides: a plain dict of every feature
            return {n: got[n] if n in got else g(state, ev, now_ms) for n, g in cond.getters}
        if not r:
            return _NoMatch(got)
        return _Match({n: got[n] if n in got else g(state, ev, now_ms) for n, g in cond.getters})

    def judge(self, state, ev, now_ms: int, memo: dict[str, Any]) -> dict[str, Any] | None:
        """`features` then `matches` in one call, for the engine's rule loop:
        the same values when the rule matches, None when it does not. Most
        rules match no event: a non-match then builds no dict (features()
        copies the memo into a `_NoMatch`) and costs one call, not two."""
        cond = self.cond
        plan = cond.plan
        if plan is not None:
            r = plan.run_lazy(state, ev, now_ms, memo)
            if r is not None:
                if not r:
                    return None
                return _Match({n: memo[n] if n in memo else g(state, ev, now_ms) for n, g in cond.getters})
            values = {n: memo[n] if n in memo else g(state, ev, now_ms) for n, g in cond.getters}
        else:
            values = {n: memo[n] if n in memo else memo.setdefault(n, g(state, ev, now_ms)) for n, g in cond.getters}
        return values if cond.test(values) else None

    def matches(self, values: dict[str, Any]) -> bool:
        t = type(values)
        if t is _NoMatch:
            return False
        if t is _Match:
            return True
        return self.cond.test(values)

    def member_matches(self, state, now_ms: int, ctx: Any = NO_MEMBER_CONTEXT) -> bool:
        """`fanout_when` on the member's state; `ctx`: what the group tells
        about itself (a FanOut: `wrappers`, its common wrapper keys, for
        group_wrapper_share; `group_accounts` for group_accounts_24h), in the
        slot an event takes elsewhere."""
        return self.member.holds(state, ctx, now_ms)

    def softened(self, state, now_ms: int, ctx: Any = NO_MEMBER_CONTEXT) -> Step | None:
        """The weaker step of `fanout_soften` when it holds for this member."""
        if self.soften is None or not self.soften.holds(state, ctx, now_ms):
            return None
        return self.soften_step

    def step_for(self, offences: int) -> Step:
        """The step of the offences-th offence (1-based) within the window."""
        return self.steps[min(max(offences, 1), len(self.steps)) - 1]


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[CompiledRule, ...]
    files: tuple[str, ...] = ()
    digest: str = ""
    by_scope: dict[str, tuple[CompiledRule, ...]] = field(default_factory=dict)
    by_name: dict[str, CompiledRule] = field(default_factory=dict)
    # Marker set name -> phrases, and network set name -> ASNs, in definition
    # order: the order is the counter column layout (see AccountStage.set_rules).
    markers: dict[str, list[str]] = field(default_factory=dict)
    lists: dict[str, tuple[str, ...]] = field(default_factory=dict)
    macros: dict[str, str] = field(default_factory=dict)  # name -> CEL text
    exceptions: tuple[ExceptionSpec, ...] = ()
    # Some exception of a group rule tests event attributes: the engine then
    # remembers each account's latest attributes, to judge fan-out members.
    member_attrs: bool = False
    networks: dict[str, frozenset[int]] = field(default_factory=dict)
    # Network kinds whose every rule names key_networks: kind -> the ASNs whose
    # requests are observed under that kind (the observer skips the others).
    key_asns: dict[str, frozenset[int]] = field(default_factory=dict)
    # Marker sets also matched against the system prompt (sorted names).
    system_markers: tuple[str, ...] = ()
    # The public-dataset index named by `dataset_index`, if any.
    datasets: DatasetIndex | None = None

    @classmethod
    def build(cls, rules: list[CompiledRule], files: list[str], texts: list[str],
              markers: dict[str, list[str]] | None = None, env: Env | None = None,
              exceptions: list[ExceptionSpec] | None = None,
              networks: dict[str, frozenset[int]] | None = None,
              system_markers: tuple[str, ...] = (), datasets: DatasetIndex | None = None) -> RuleSet:
        ordered = sorted(rules, key=lambda r: (r.priority, r.name))
        scopes: dict[str, list[CompiledRule]] = {}
        for r in ordered:
            scopes.setdefault(r.scope, []).append(r)
        digest = hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:12]
        env = env or Env()
        member_attrs = any(r.scope != "account" and any(n in ATTRIBUTES for n, _ in x.cond.getters)
                           for r in ordered for x in r.exceptions)
        key_asns = {k: frozenset().union(*(r.key_asns for r in v)) for k, v in sorted(scopes.items())
                    if all(r.key_asns is not None for r in v)}
        return cls(tuple(ordered), tuple(files), digest, {k: tuple(v) for k, v in scopes.items()},
                   {r.name: r for r in ordered}, dict(markers or {}), dict(sorted(env.lists.items())),
                   {n: m.prog.text for n, m in sorted(env.macros.items())}, tuple(exceptions or ()), member_attrs,
                   dict(networks or {}), key_asns, tuple(sorted(set(system_markers))), datasets)

    @property
    def crowded_cards(self) -> bool:
        """Some rule reads crowded_card or crowded_cards_24h: payment groups send
        crowded-card notices, org groups solo-organisation ones, and observations
        carry the card (read at rule load)."""
        return any(r.crowded_cards for r in self.rules)

    @property
    def local_items(self) -> bool:
        """Some rule reads a dataset_local_ratio_* or is scoped to dataset_item:
        requests walking a dataset item link to their (network, item) group,
        which sends notices."""
        return "dataset_item" in self.by_scope or any(r.local_items for r in self.rules)

    def names(self) -> list[str]:
        return [r.name for r in self.rules]


def compile_rule(spec: RuleSpec, path: tuple, src: Located, catalogs: dict[str, FeatureCatalog],
                 env: Env | None = None, networks: dict[str, frozenset[int]] | None = None) -> CompiledRule:
    env = env or Env()
    line = src.line_of(path) or 1
    if spec.scope not in catalogs:
        raise src.error(path + ("scope",), f"rule {spec.name!r}: unknown scope {spec.scope!r}; known: {', '.join(sorted(catalogs))}")
    key_asns = _key_asns(spec, path, src, networks or {})
    catalog = catalogs[spec.scope]
    cond = _condition(spec, "when", spec.when, path, src, catalog, env, spec.scope)
    member = lift = None
    if spec.fanout_when is not None:
        if spec.scope == "account":
            raise src.error(path + ("fanout_when",), f"rule {spec.name!r}: 'fanout_when' only applies to group scopes")
        # A member is judged on its own features (no event of its own is at hand).
        member = _condition(spec, "fanout_when", spec.fanout_when, path, src, _member_catalog(catalogs["account"]),
                            env, "account", attributes=False)
    if spec.lift_when is not None:
        lift = _condition(spec, "lift_when", spec.lift_when, path, src, catalog, env, spec.scope)
    steps = tuple(Step(Action(a.type), a.ttl_ms, a.rps) for a in spec.steps)
    soften, soften_step = _soften(spec, path, src, catalogs, env, steps)
    return CompiledRule(
        name=spec.name,
        description=spec.description.strip(),
        scope=spec.scope,
        when=spec.when.strip(),
        cond=cond,
        steps=steps,
        mode=Mode(spec.mode),
        priority=spec.priority,
        stop=spec.stop,
        file=src.file,
        line=line,
        escalation_ms=spec.escalation.window_ms if spec.escalation is not None else 0,
        member=member,
        soften=soften,
        soften_step=soften_step,
        lift=lift,
        member_wrappers=any(c is not None and reads(c, "group_wrapper_share") for c in (member, soften)),
        member_accounts=any(c is not None and reads(c, "group_accounts_24h") for c in (member, soften)),
        co_wrappers=reads(cond, "co_wrappers") or (lift is not None and reads(lift, "co_wrappers")),
        org_share=reads(cond, ORG_SHARE) or (lift is not None and reads(lift, ORG_SHARE)),
        busy_members=reads(cond, BUSY) or (lift is not None and reads(lift, BUSY)),
        crowded_cards=any(c is not None and reads(c, f) for c in (cond, lift, member, soften) for f in CROWDED_CARDS),
        actioned_members=any(c is not None and reads(c, f) for c in (cond, lift) for f in ACTIONED),
        local_items=any(c is not None and reads_prefix(c, LOCAL_ITEMS) for c in (cond, lift, member, soften)),
        near_limit=spec.near_limit,
        key_asns=key_asns,
    )


def _soften(spec: RuleSpec, path: tuple, src: Located, catalogs: dict[str, FeatureCatalog], env: Env,
            steps: tuple[Step, ...]) -> tuple[Condition | None, Step | None]:
    if spec.fanout_soften is None:
        return None, None
    where = path + ("fanout_soften",)
    if spec.scope == "account":
        raise src.error(where, f"rule {spec.name!r}: 'fanout_soften' only applies to group scopes")
    if spec.escalation is not None:
        raise src.error(where, f"rule {spec.name!r}: 'fanout_soften' needs a single 'action', not 'escalation'")
    a = spec.fanout_soften.action
    step = Step(Action(a.type), a.ttl_ms, a.rps)
    if step.action.strength >= steps[0].action.strength:
        raise src.error(where + ("action",), f"rule {spec.name!r}: the 'fanout_soften' action ({a.type}) must be "
                        f"weaker than the rule's ({steps[0].action.value})")
    # Judged like fanout_when: on the member's own features, no event at hand.
    cond = _condition(spec, "when", spec.fanout_soften.when, where, src, _member_catalog(catalogs["account"]), env,
                      "account", attributes=False, label="fanout_soften.when")
    return cond, step


# The scopes whose key is a network: a rule on one may limit its groups to network sets.
NETWORK_SCOPES = ("ip_prefix", "asn_ua")


def _key_asns(spec: RuleSpec, path: tuple, src: Located, networks: dict[str, frozenset[int]]) -> frozenset[int] | None:
    if spec.key_networks is None:
        return None
    where = path + ("key_networks",)
    if spec.scope not in NETWORK_SCOPES:
        raise src.error(where, f"rule {spec.name!r}: 'key_networks' only applies to the network scopes "
                        f"({', '.join(NETWORK_SCOPES)}), not {spec.scope!r}")
    unknown = [n for n in spec.key_networks if n not in networks]
    if unknown:
        known = ", ".join(sorted(networks)) or "none defined"
        raise src.error(where, f"rule {spec.name!r}: unknown network set(s) {', '.join(map(repr, unknown))} in "
                        f"'key_networks'; known: {known}")
    return frozenset().union(*(networks[n] for n in spec.key_networks))


@lru_cache(maxsize=8)
def _member_catalog(account: FeatureCatalog) -> FeatureCatalog:
    return member_catalog(account)


def reads(cond: Condition, feature: str) -> bool:
    return feature in cond.features or any(feature in m.features for _, m in cond.macros)


def reads_prefix(cond: Condition, prefix: str) -> bool:
    """The condition (or a macro it uses) reads a feature named prefix + anything."""
    return any(f.startswith(prefix) for c in (cond, *(m for _, m in cond.macros)) for f in c.features)


def _condition(spec: RuleSpec, key: str, text: str, path: tuple, src: Located, catalog: FeatureCatalog, env: Env,
               scope: str, attributes: bool = True, label: str | None = None) -> Condition:
    at = src.line_of(path + (key,)) or src.line_of(path) or 1
    try:
        return bind(compile_program(text, env.lists), catalog, env, scope, attributes=attributes)
    except ConditionError as exc:
        raise RuleError(src.file, at, f"rule {spec.name!r}: {exc.at(label or key)}") from None


def compile_exception(spec: ExceptionSpec, path: tuple, src: Located, rules: dict[str, CompiledRule],
                      catalogs: dict[str, FeatureCatalog], env: Env,
                      defined: set[str] | None = None) -> dict[str, CompiledException]:
    """rule name -> the exception bound to that rule's scope. `defined`: every
    rule name in the files, compiled or not (a rule with its own error is not
    reported again as unknown here)."""
    if spec.applies_to_all():
        targets = list(rules)
    else:
        unknown = [n for n in spec.rules if n not in rules and n not in (defined or ())]
        if unknown:
            raise src.error(path + ("rules",), f"exception {spec.name!r}: unknown rule(s) {', '.join(unknown)}")
        targets = [n for n in dict.fromkeys(spec.rules) if n in rules]
    at = src.line_of(path + ("when",)) or src.line_of(path) or 1
    try:
        prog = compile_program(spec.when, env.lists)
    except ConditionError as exc:
        raise RuleError(src.file, at, f"exception {spec.name!r}: {exc.at('when')}") from None
    by_scope: dict[str, Condition] = {}
    out: dict[str, CompiledException] = {}
    for name in targets:
        scope = rules[name].scope
        if scope not in by_scope:
            try:
                by_scope[scope] = bind(prog, catalogs[scope], env, scope)
            except ConditionError as exc:
                raise RuleError(src.file, at, f"exception {spec.name!r} (for rule {name!r}): {exc.at('when')}") from None
        out[name] = CompiledException(spec.name, spec.reason.strip(), spec.owner.strip(), spec.expires_ms,
                                      by_scope[scope], src.file, src.line_of(path) or 1)
    return out


def compile_macro(name: str, text: str, src: Located, catalog: FeatureCatalog, env: Env) -> Program:
    """Compile a macro once and type-check it against every feature of every
    scope (`catalog` is their union); whether a rule's scope has the macro's
    features is checked when the rule binds it."""
    at = src.line_of(("macros", name)) or 1
    try:
        prog = compile_program(text, env.lists)
        bind(prog, catalog, env, "", macros=False)
    except ConditionError as exc:
        raise RuleError(src.file, at, f"macro {name!r}: {exc.at(name)}") from None
    return prog
