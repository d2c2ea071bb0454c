"""Spec -> compiled rule: CEL compiled once per load, feature getters bound.

Why CEL through `common-expression-language` (Rust bindings): it is a safe,
non-Turing-complete language with a maintained parser, and it reports the
variables an expression references, which lets us (1) reject unknown feature
names at load time and (2) convert only those features on each evaluation.
Measured here: converting a Python dict costs ~1 us per variable, so passing
the whole feature map (60 features) cost ~60 us per evaluation against ~1-4 us
for only the referenced ones.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import cel

from enforcer.contracts import Action, Mode
from enforcer.core.features import FeatureCatalog, Getter
from enforcer.rules.spec import RuleSpec
from enforcer.rules.yamlsrc import Located, RuleError

# Values used to dry-run every expression at load time: type errors (a string
# compared with a number, a non-bool result) surface before the rule is live.
_TRIAL_VALUES = (0, 1, 1_000_000)


@dataclass(frozen=True, slots=True)
class CompiledRule:
    name: str
    description: str
    scope: str
    when: str
    program: Any
    getters: tuple[tuple[str, Getter], ...]
    action: Action
    ttl_ms: int
    rps: float | None
    mode: Mode
    priority: int
    stop: bool
    file: str
    line: int

    def features(self, state, ev, now_ms: int) -> dict[str, int | float]:
        return {n: g(state, ev, now_ms) for n, g in self.getters}

    def matches(self, values: dict[str, float]) -> bool:
        return self.program.execute(values) is True


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[CompiledRule, ...]
    files: tuple[str, ...] = ()
    digest: str = ""
    by_scope: dict[str, tuple[CompiledRule, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, rules: list[CompiledRule], files: list[str], texts: list[str]) -> RuleSet:
        ordered = sorted(rules, key=lambda r: (r.priority, r.name))
        scopes: dict[str, list[CompiledRule]] = {}
        for r in ordered:
            scopes.setdefault(r.scope, []).append(r)
        digest = hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:12]
        return cls(tuple(ordered), tuple(files), digest, {k: tuple(v) for k, v in scopes.items()})

    def names(self) -> list[str]:
        return [r.name for r in self.rules]


def compile_rule(spec: RuleSpec, path: tuple, src: Located, catalogs: dict[str, FeatureCatalog]) -> CompiledRule:
    line = src.line_of(path) or 1
    if spec.scope not in catalogs:
        raise src.error(path + ("scope",), f"rule {spec.name!r}: unknown scope {spec.scope!r}; known: {', '.join(sorted(catalogs))}")
    catalog = catalogs[spec.scope]
    when_line = src.line_of(path + ("when",)) or line
    try:
        program = cel.compile(spec.when)
    except (ValueError, RuntimeError, TypeError) as exc:
        raise RuleError(src.file, when_line, f"rule {spec.name!r}: invalid CEL in 'when': {_first_line(exc)}") from None
    names = list(program.variables())
    unknown = [n for n in names if n not in catalog]
    if unknown:
        raise RuleError(
            src.file,
            when_line,
            f"rule {spec.name!r}: unknown feature(s) {', '.join(sorted(unknown))} for scope {spec.scope!r}"
            f" (see `enforcer features`)",
        )
    if not names:
        raise RuleError(src.file, when_line, f"rule {spec.name!r}: 'when' references no feature, so it is constant")
    for trial in _TRIAL_VALUES:
        try:
            result = program.execute({n: catalog[n].type(trial) for n in names})
        except (TypeError, RuntimeError, ValueError) as exc:
            raise RuleError(src.file, when_line, f"rule {spec.name!r}: type error in 'when': {_first_line(exc)}") from None
        if not isinstance(result, bool):
            raise RuleError(
                src.file, when_line, f"rule {spec.name!r}: 'when' must be a bool condition, got {type(result).__name__}"
            )
    return CompiledRule(
        name=spec.name,
        description=spec.description.strip(),
        scope=spec.scope,
        when=spec.when.strip(),
        program=program,
        getters=tuple((n, catalog[n].get) for n in names),
        action=Action(spec.action.type),
        ttl_ms=spec.action.ttl_ms,
        rps=spec.action.rps,
        mode=Mode(spec.mode),
        priority=spec.priority,
        stop=spec.stop,
        file=src.file,
        line=line,
    )


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
