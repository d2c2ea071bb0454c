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


def default_catalogs() -> dict[str, FeatureCatalog]:
    from enforcer.core.features import account_catalog

    return {"account": account_catalog()}


def load_rules(directory: str | Path, catalogs: dict[str, FeatureCatalog] | None = None) -> RuleSet:
    directory = Path(directory)
    catalogs = catalogs or default_catalogs()
    if not directory.is_dir():
        raise RuleSetError([RuleError(str(directory), None, "not a directory")])
    files = rule_files(directory)
    errors: list[RuleError] = []
    compiled: list[CompiledRule] = []
    texts: list[str] = []
    seen: dict[str, tuple[str, int]] = {}
    for path in files:
        text = path.read_text(encoding="utf-8")
        texts.append(f"{path.name}\x00{text}")
        try:
            rules = _load_file(text, str(path), catalogs)
        except RuleError as exc:
            errors.append(exc)
            continue
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
    return RuleSet.build(compiled, [str(p) for p in files], texts)


def _load_file(text: str, file: str, catalogs: dict[str, FeatureCatalog]) -> list[CompiledRule]:
    src = load_located(text, file)
    if not isinstance(src.data, dict):
        raise RuleError(file, src.line_of(()), "expected a mapping with a 'rules' list at the top of the file")
    try:
        spec = RuleFile.model_validate(src.data)
    except ValidationError as exc:
        raise RuleSetError([_validation_error(src, e) for e in exc.errors(include_url=False)]) from None
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
