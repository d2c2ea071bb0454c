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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import cel

from enforcer.core.features import FeatureCatalog, Getter

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

    @property
    def text(self) -> str:
        return self.prog.text

    def values(self, state, ev, now: int) -> dict[str, Any]:
        return {n: g(state, ev, now) for n, g in self.getters}

    def test(self, values: dict[str, Any]) -> bool:
        return self.prog.run(values) is True

    def holds(self, state, ev, now: int) -> bool:
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
        hint = _hint(unknown, env, attributes, macros)
        where = f" for scope {scope!r}" if scope else ""
        raise ConditionError(f"unknown feature(s) {', '.join(sorted(unknown))} in {{key}}{where}{hint}")
    if not getters:
        raise ConditionError("{key} references no feature, so it is constant")
    cond = Condition(prog, tuple(getters), tuple(feats), tuple(bound_macros))
    dry_run(cond, catalog)
    return cond


def _hint(unknown: list[str], env: Env, attributes: bool, macros: bool) -> str:
    parts = []
    if not attributes and any(n in ATTRIBUTES for n in unknown):
        parts.append("event attributes are not available here")
    if not macros and any(n in env.macros for n in unknown):
        parts.append("macros cannot use other macros")
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
