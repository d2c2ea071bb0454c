"""Load a rules directory all-or-nothing: either every file is valid and a new
RuleSet is returned, or RuleSetError lists every problem (file:line: message)
and the caller keeps the rules it had.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from enforcer.core.features import FeatureCatalog
from enforcer.rules.compiled import CompiledRule, RuleSet, compile_rule
from enforcer.rules.spec import RuleFile
from enforcer.rules.yamlsrc import Located, RuleError, load_located


class RuleSetError(Exception):
    def __init__(self, errors: list[RuleError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


def rule_files(directory: Path) -> list[Path]:
    """Rule files are *.yaml / *.yml directly in the directory; sub-directories
    hold rule tests and fixtures, not rules."""
    return sorted(p for p in directory.iterdir() if p.is_file() and p.suffix in (".yaml", ".yml"))


MAX_MARKER_SETS = 8


def default_catalogs(markers: tuple[str, ...] = ()) -> dict[str, FeatureCatalog]:
    """Scope name -> the features its rules can use: `account`, and one group
    scope per link-key kind (payment, device, ip_prefix, asn_ua, org, template)."""
    from enforcer.core.features import account_catalog, group_catalog
    from enforcer.core.linkkeys import KINDS

    group = group_catalog(markers=markers)
    return {"account": account_catalog(markers=markers), **{kind: group for kind in KINDS}}


def load_rules(directory: str | Path, catalogs: dict[str, FeatureCatalog] | None = None) -> RuleSet:
    directory = Path(directory)
    if not directory.is_dir():
        raise RuleSetError([RuleError(str(directory), None, "not a directory")])
    files = rule_files(directory)
    errors: list[RuleError] = []
    compiled: list[CompiledRule] = []
    texts: list[str] = []
    seen: dict[str, tuple[str, int]] = {}
    parsed: list[tuple[Located, RuleFile]] = []
    markers: dict[str, list[str]] = {}
    marker_at: dict[str, str] = {}
    # Pass 1: every file parsed and validated; marker sets gathered, because
    # they define features that rules in any file may use.
    for path in files:
        text = path.read_text(encoding="utf-8")
        texts.append(f"{path.name}\x00{text}")
        try:
            src, spec = _parse_file(text, str(path))
        except RuleError as exc:
            errors.append(exc)
            continue
        except RuleSetError as exc:
            errors.extend(exc.errors)
            continue
        for name, phrases in spec.markers.items():
            if name in markers:
                errors.append(src.error(("markers", name), f"marker set {name!r} already defined in {marker_at[name]}"))
                continue
            markers[name], marker_at[name] = list(phrases), src.file
        parsed.append((src, spec))
    if len(markers) > MAX_MARKER_SETS:
        errors.append(RuleError(str(directory), None, f"{len(markers)} marker sets; at most {MAX_MARKER_SETS}"))
    if sum(len(p) for p in markers.values()) > 64:
        errors.append(RuleError(str(directory), None, "more than 64 marker phrases in all"))
    catalogs = catalogs or default_catalogs(tuple(sorted(markers)))
    # Pass 2: compile every rule against the catalogs.
    for src, spec in parsed:
        try:
            rules = _compile_file(src, spec, catalogs)
        except RuleSetError as exc:
            errors.extend(exc.errors)
            continue
        for rule in rules:
            if rule.name in seen:
                f, ln = seen[rule.name]
                errors.append(RuleError(rule.file, rule.line, f"duplicate rule name {rule.name!r} (first defined at {f}:{ln})"))
                continue
            seen[rule.name] = (rule.file, rule.line)
            compiled.append(rule)
    if errors:
        raise RuleSetError(errors)
    return RuleSet.build(compiled, [str(p) for p in files], texts, markers)


def _parse_file(text: str, file: str) -> tuple[Located, RuleFile]:
    src = load_located(text, file)
    if not isinstance(src.data, dict):
        raise RuleError(file, src.line_of(()), "expected a mapping with a 'rules' list at the top of the file")
    try:
        spec = RuleFile.model_validate(src.data)
    except ValidationError as exc:
        raise RuleSetError([_validation_error(src, e) for e in exc.errors(include_url=False)]) from None
    return src, spec


def _compile_file(src: Located, spec: RuleFile, catalogs: dict[str, FeatureCatalog]) -> list[CompiledRule]:
    out: list[CompiledRule] = []
    errors: list[RuleError] = []
    for i, rule in enumerate(spec.rules):
        try:
            out.append(compile_rule(rule, ("rules", i), src, catalogs))
        except RuleError as exc:
            errors.append(exc)
    if errors:
        raise RuleSetError(errors)
    return out


def _validation_error(src: Located, err: dict) -> RuleError:
    loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
    # pydantic puts discriminator names (e.g. 'str', 'int') into union paths.
    loc = tuple(p for p in loc if p not in ("str", "int"))
    field = ".".join(str(p) for p in loc) or "<file>"
    kind = err["type"]
    if kind == "extra_forbidden":
        msg = f"unknown key {loc[-1]!r} at {field}"
    elif kind == "missing":
        msg = f"missing required key {loc[-1]!r} at {field}"
    else:
        msg = f"{field}: {err['msg']}"
        if "input" in err and isinstance(err["input"], (str, int, float, bool)):
            msg += f" (got {err['input']!r})"
    rule_name = _rule_name(src, loc)
    if rule_name:
        msg = f"rule {rule_name!r}: {msg}"
    return src.error(loc, msg)


def _rule_name(src: Located, loc: tuple) -> str | None:
    if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
        try:
            name = src.data["rules"][loc[1]].get("name")
        except (AttributeError, IndexError, KeyError, TypeError):
            return None
        return name if isinstance(name, str) else None
    return None
