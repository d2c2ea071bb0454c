"""CEL conditions with their variables bound: features, event attributes,
named lists and macros.

A condition is compiled once by the CEL binding (never parsed here); the
binding reports the names it references, and each name is bound to one of:

- a feature of the rule's scope (`enforcer features`): computed from state;
- an event attribute (ATTRIBUTES): a string of the event being processed,
  "" when the event does not carry it;
- a named list (`lists:`): a CEL list of strings, converted ONCE into a
  reusable cel.Context, so `org_id in verified_orgs` costs the same however
  long the list (a list passed per evaluation costs ~1.6 us per item);
- a macro (`macros:`): a bool, the macro's own compiled program evaluated
  against the same scope's features.

Per evaluation only the referenced features are computed; the Context's
variable resolver reads them from a dict (measured: a little faster than
passing the dict to `execute`).

Fast path (`Plan`): most conditions are `&&` / `||` chains (parentheses
allowed) of `feature OP number` terms and bare macro names. Such a condition
is also evaluated in Python, lazily: features are computed one term at a time
and a chain stops at its first deciding term (false for `&&`, true for `||`). Measured on
simulated traffic with the default rules: the CEL call with its variable
conversion costs ~2-5 us per rule (a float ~2.6 us, an int ~0.8 us), the
Python chain ~0.2-0.5 us, and most account rules are decided by their first
term (`account_age_days < 30.0`, `requests_24h >= 1000.0`). The result is the
same as CEL's: CEL's `&&`/`||` are commutative (a false operand makes `&&`
false even next to an error), ordered comparisons between CEL ints and
doubles compare as doubles, which Python's exact comparison equals for
|int| < 2**53. Anything else (another value type, a bigger int, a NaN, any
other CEL construct) goes to CEL as before, so errors surface exactly as they
did. `dry_run` and `Program.run` always use CEL.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field
from typing import Any

import cel

from enforcer.core.features import MEMBER_ONLY, FeatureCatalog, Getter

# Event attributes a condition can test, with what they hold.
ATTRIBUTES: dict[str, str] = {
    "account_id": "the account that sent the event",
    "org_id": "the account's organisation, as the gateway reports it",
    "model": "the model the request asked for",
    "endpoint": "the API endpoint of the request",
}

# Values used to dry-run every expression at load time: type errors (a string
# compared with a number, a non-bool result) surface before the rule is live.
TRIAL_VALUES = (0, 1, 1_000_000)
_TRIAL_STRINGS = ("", "x", "org-1")


class ConditionError(Exception):
    """A problem with one condition; the caller adds file:line, the rule name
    and which key it is (`at(key)` fills the "{key}" slot)."""

    def at(self, key: str) -> str:
        return str(self).replace("{key}", f"'{key}'")


def _attr(name: str) -> Getter:
    def get(st, ev, now):
        v = getattr(ev, name, None) if ev is not None else None
        return v if isinstance(v, str) else ""

    return get


ATTR_GETTERS: dict[str, Getter] = {n: _attr(n) for n in ATTRIBUTES}


@dataclass(slots=True)
class Program:
    """A compiled CEL program plus the Context that holds its lists. The
    Context resolves every other variable from `box[0]`, set per evaluation."""

    text: str
    program: Any
    names: tuple[str, ...]
    lists: tuple[str, ...]
    ctx: Any = None
    box: list = field(default_factory=lambda: [None])

    def run(self, values: dict[str, Any]) -> Any:
        self.box[0] = values
        try:
            return self.program.execute(self.ctx)
        finally:
            self.box[0] = None


# -- the Python fast path -----------------------------------------------------

_TOKEN = re.compile(r"\s*(?:(&&|\|\|)|(\()|(\))|(>=|<=|>|<)|(-?\d+(?:\.\d+)?)(?![\w.])|([A-Za-z_][A-Za-z0-9_]*))")
_OPS = {">=": 0, "<=": 1, ">": 2, "<": 3}
_BIG = 1 << 53  # beyond this CEL's int->double conversion and Python's exact comparison may differ

# A parsed plan: a node is (is_and, (child, ...)); a child is a node or a leaf
# (name, op, literal), op -1 for a bare name (its value must be a bool).
PlanNode = tuple


def parse_plan(text: str) -> PlanNode | None:
    """The condition as nested `&&` / `||` chains (parentheses allowed, CEL
    precedence: `&&` before `||`) of `name OP number` and bare `name` terms;
    None when it has anything else (then CEL alone evaluates it)."""
    toks: list[tuple[int, str]] = []
    pos, n = 0, len(text)
    while pos < n:
        m = _TOKEN.match(text, pos)
        if m is None:
            if text[pos:].strip():
                return None
            break
        toks.append((m.lastindex, m.group(m.lastindex)))
        pos = m.end()
    at = 0

    def peek() -> str | None:
        return toks[at][1] if at < len(toks) else None

    def chain(is_and: bool) -> PlanNode | None:
        nonlocal at
        sep = "&&" if is_and else "||"
        items = []
        while True:
            item = atom() if is_and else chain(True)
            if item is None:
                return None
            if len(item) == 2 and item[0] is is_and:
                items.extend(item[1])  # (a && b) && c: one chain
            else:
                items.append(item)
            if peek() != sep:
                break
            at += 1
        return items[0] if len(items) == 1 else (is_and, tuple(items))

    def atom() -> PlanNode | None:
        nonlocal at
        if at >= len(toks):
            return None
        kind, tok = toks[at]
        at += 1
        if kind == 2:  # "("
            inner = chain(False)
            if inner is None or peek() != ")":
                return None
            at += 1
            return inner
        if kind != 6:  # a name
            return None
        if at < len(toks) and toks[at][0] == 4:  # a comparison
            op = _OPS[toks[at][1]]
            if at + 1 >= len(toks) or toks[at + 1][0] != 5:
                return None
            lit = toks[at + 1][1]
            at += 2
            num: float | int = float(lit) if "." in lit else int(lit)
            if abs(num) >= _BIG:
                return None
            return (tok, op, num)
        return (tok, -1, None)

    top = chain(False)
    if top is None or at != len(toks):
        return None
    return top if len(top) == 2 else (True, (top,))


def plan_names(node: PlanNode) -> list[str]:
    out = []
    for c in node[1]:
        out.extend(plan_names(c) if len(c) == 2 else [c[0]])
    return out


_INF = float("inf")
_CMP = (operator.ge, operator.le, operator.gt, operator.lt)


def _check(v, cmp, lit) -> bool | None:
    """One term on one value; None when the value is of a kind CEL must judge.
    cmp None: a bare name, whose value must be a bool."""
    tv = type(v)
    if tv is float:
        if v != v or v == _INF or v == -_INF:
            return None
    elif tv is int:
        if not -_BIG < v < _BIG:
            return None
    elif cmp is None and tv is bool:
        return v
    else:
        return None
    if cmp is None:
        return None  # a number where CEL expects a bool
    return cmp(v, lit)


class Plan:
    """A condition's Python form (see the module docstring): one `&&` or `||`
    chain whose items are terms or nested Plans. `run_lazy` computes features
    one term at a time; `run` judges a ready dict. None: CEL must decide."""

    __slots__ = ("is_and", "terms")

    def __init__(self, node: PlanNode, getters: dict[str, Getter]):
        self.is_and, children = node
        # (name, getter, comparison or None for a bare name, literal), or a nested Plan
        self.terms = tuple(
            Plan(c, getters) if len(c) == 2 else (c[0], getters[c[0]], None if c[1] < 0 else _CMP[c[1]], c[2])
            for c in children
        )

    def run(self, values: dict[str, Any]) -> bool | None:
        stop = not self.is_and  # the value that decides the chain
        for t in self.terms:
            if type(t) is Plan:
                r = t.run(values)
            else:
                r = _check(values[t[0]], t[2], t[3])
            if r is None:
                return None
            if r is stop:
                return stop
        return not stop

    def run_lazy(self, state, ev, now: int, got: dict[str, Any]) -> bool | None:
        """Like run, computing each value only when its term is reached; the
        values computed are left in `got`."""
        stop = not self.is_and
        for t in self.terms:
            if type(t) is Plan:
                r = t.run_lazy(state, ev, now, got)
            else:
                name, g, cmp, lit = t
                v = got.get(name, got)
                if v is got:
                    v = got[name] = g(state, ev, now)
                r = _check(v, cmp, lit)
            if r is None:
                return None
            if r is stop:
                return stop
        return not stop


# The binding lists the iteration variables of CEL's comprehension macros
# (`list.exists(o, org_id.startsWith(o))`) among an expression's variables;
# they are bound by the interpreter, not by us. Recognised by the macro call
# that introduces them (a pattern, not a parser).
_BINDER = re.compile(r"\.\s*(?:all|exists|exists_one|existsOne|map|filter)\s*\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*,")


def compile_program(text: str, lists: dict[str, tuple[str, ...]]) -> Program:
    try:
        program = cel.compile(text)
    except (ValueError, RuntimeError, TypeError) as exc:
        raise ConditionError(f"invalid CEL in {{key}}: {first_line(exc)}") from None
    bound = set(_BINDER.findall(text))
    names = tuple(n for n in program.variables() if n not in bound)
    used = tuple(n for n in names if n in lists)
    box: list = [None]
    ctx = cel.Context()
    for n in used:
        ctx.add_variable(n, list(lists[n]))
    ctx.set_variable_resolver(lambda name: box[0].get(name))
    return Program(text, program, names, used, ctx, box)


@dataclass(frozen=True, slots=True)
class Macro:
    name: str
    prog: Program
    file: str
    line: int

    @property
    def features(self) -> tuple[str, ...]:
        return tuple(n for n in self.prog.names if n not in ATTRIBUTES and n not in self.prog.lists)


@dataclass(frozen=True, slots=True)
class Condition:
    """A program with a getter per referenced feature, attribute and macro."""

    prog: Program
    getters: tuple[tuple[str, Getter], ...]
    features: tuple[str, ...]  # referenced catalog features (evidence, explain)
    macros: tuple[tuple[str, "Condition"], ...] = ()
    plan: Plan | None = None  # the Python fast path, when the condition has that shape

    @property
    def text(self) -> str:
        return self.prog.text

    def values(self, state, ev, now: int) -> dict[str, Any]:
        return {n: g(state, ev, now) for n, g in self.getters}

    def test(self, values: dict[str, Any]) -> bool:
        plan = self.plan
        if plan is not None:
            r = plan.run(values)
            if r is not None:
                return r
        return self.prog.run(values) is True

    def holds(self, state, ev, now: int) -> bool:
        plan = self.plan
        if plan is not None:
            got: dict[str, Any] = {}
            r = plan.run_lazy(state, ev, now, got)
            if r is not None:
                return r
            return self.prog.run({n: got[n] if n in got else g(state, ev, now) for n, g in self.getters}) is True
        return self.prog.run({n: g(state, ev, now) for n, g in self.getters}) is True


class Env:
    """What conditions may reference besides a scope's features."""

    def __init__(self, lists: dict[str, tuple[str, ...]] | None = None, macros: dict[str, Macro] | None = None):
        self.lists = lists or {}
        self.macros = macros or {}

    def reserved(self) -> dict[str, str]:
        """name -> what it is, for clash checks."""
        out = {n: "an event attribute" for n in ATTRIBUTES}
        out.update({n: "a list" for n in self.lists})
        out.update({n: "a macro" for n in self.macros})
        return out


def bind(prog: Program, catalog: FeatureCatalog, env: Env, scope: str, attributes: bool = True,
         macros: bool = True) -> Condition:
    """Bind a program's names for one scope and dry-run it with typed trial
    values. Raises ConditionError naming what is wrong."""
    unknown = []
    getters: list[tuple[str, Getter]] = []
    feats: list[str] = []
    bound_macros: list[tuple[str, Condition]] = []
    for n in prog.names:
        if n in prog.lists:
            continue
        if n in catalog:
            getters.append((n, catalog[n].get))
            feats.append(n)
        elif attributes and n in ATTRIBUTES:
            getters.append((n, ATTR_GETTERS[n]))
        elif macros and n in env.macros:
            m = env.macros[n]
            missing = [f for f in m.features if f not in catalog]
            if missing:
                raise ConditionError(f"macro {n!r} in {{key}} (defined at {m.file}:{m.line}) references "
                                     f"feature(s) {', '.join(sorted(missing))} that scope {scope!r} does not have")
            mc = bind(m.prog, catalog, env, scope, attributes=True, macros=False)
            bound_macros.append((n, mc))
            getters.append((n, _macro_getter(mc)))
        else:
            unknown.append(n)
    if unknown:
        hint = _hint(unknown, attributes)
        where = f" for scope {scope!r}" if scope else ""
        raise ConditionError(f"unknown feature(s) {', '.join(sorted(unknown))} in {{key}}{where}{hint}")
    if not getters:
        raise ConditionError("{key} references no feature, so it is constant")
    cond = Condition(prog, tuple(getters), tuple(feats), tuple(bound_macros))
    dry_run(cond, catalog)
    return _with_plan(cond)


def _with_plan(cond: Condition) -> Condition:
    """The condition with its Python fast path, if it has that shape and every
    term names a feature or a macro (not an attribute or a list)."""
    node = parse_plan(cond.prog.text)
    if node is None:
        return cond
    by_name = dict(cond.getters)
    if any(n not in by_name or n in ATTRIBUTES for n in plan_names(node)):
        return cond
    return Condition(cond.prog, cond.getters, cond.features, cond.macros, Plan(node, by_name))


def _hint(unknown: list[str], attributes: bool) -> str:
    parts = []
    if not attributes and any(n in ATTRIBUTES for n in unknown):
        parts.append("event attributes are not available here")
    member = [n for n in unknown if n in MEMBER_ONLY]
    if member:
        parts.append(f"{', '.join(member)} describes a member of an actioned group: fanout_when only")
    return (f" ({'; '.join(parts)})" if parts
            else " (not a feature, event attribute, list or macro: see `enforcer features --rules DIR`)")


def _macro_getter(mc: Condition) -> Getter:
    return lambda st, ev, now: mc.holds(st, ev, now)


def trial_values(cond: Condition, catalog: FeatureCatalog, i: int) -> dict[str, Any]:
    trial = TRIAL_VALUES[i % len(TRIAL_VALUES)]
    out: dict[str, Any] = {}
    for n, _ in cond.getters:
        if n in catalog:
            out[n] = catalog[n].type(trial)
        elif n in ATTRIBUTES:
            out[n] = _TRIAL_STRINGS[i % len(_TRIAL_STRINGS)]
        else:
            out[n] = bool(i % 2)  # a macro
    return out


def dry_run(cond: Condition, catalog: FeatureCatalog) -> None:
    for i in range(len(TRIAL_VALUES)):
        try:
            result = cond.prog.run(trial_values(cond, catalog, i))
        except (TypeError, RuntimeError, ValueError) as exc:
            raise ConditionError(f"type error in {{key}}: {first_line(exc)}") from None
        if not isinstance(result, bool):
            raise ConditionError(f"{{key}} must be a bool condition, got {type(result).__name__}")


def first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def merged_catalog(catalogs: dict[str, FeatureCatalog]) -> FeatureCatalog:
    """Every feature of every scope (same name, same type): what a macro may
    reference before it is known which scopes use it."""
    out = FeatureCatalog()
    for cat in catalogs.values():
        for name, f in cat.items():
            if name not in out:
                out.add(name, f.description, f.get, f.type)
    return out
