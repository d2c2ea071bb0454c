"""Load a rules directory all-or-nothing: either every file is valid and a new
RuleSet is returned, or RuleSetError lists every problem (file:line: message)
and the caller keeps the rules it had.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from pydantic import ValidationError

from enforcer.core.datasets import DatasetIndex
from enforcer.core.distinct import MAX_PHRASES
from enforcer.core.features import NETWORK_SLOTS, FeatureCatalog
from enforcer.rules.compiled import (ACTIONED, BUSY, CROWDED_CARDS, LOCAL_ITEMS, ORG_SHARE, CompiledException,
                                     CompiledRule, RuleSet, compile_exception, compile_macro, compile_rule, reads,
                                     reads_prefix)
from enforcer.rules.conditions import ATTRIBUTES, Env, Macro, merged_catalog
from enforcer.rules.macros import expand as expand_macros
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


def default_catalogs(markers: tuple[str, ...] = (), networks: tuple[str, ...] = ()) -> dict[str, FeatureCatalog]:
    """Scope name -> the features its rules can use: `account`, and one group
    scope per link-key kind (payment, device, ip_prefix, asn_ua, org, template) and `cluster`."""
    from enforcer.core.features import account_catalog, group_catalog
    from enforcer.core.linkkeys import KINDS

    group = group_catalog(markers=markers, networks=networks)
    return {"account": account_catalog(markers=markers, networks=networks),
            **{kind: group for kind in (*KINDS, "cluster")}}


def load_rules(directory: str | Path, catalogs: dict[str, FeatureCatalog] | None = None) -> RuleSet:
    directory = Path(directory)
    if not directory.is_dir():
        raise RuleSetError([RuleError(str(directory), None, "not a directory")])
    files = rule_files(directory)
    errors: list[RuleError] = []
    texts: list[str] = []
    parsed: list[tuple[Located, RuleFile]] = []
    markers: dict[str, list[str]] = {}
    networks: dict[str, frozenset[int]] = {}
    lists: dict[str, tuple[str, ...]] = {}
    macro_src: dict[str, tuple[Located, str]] = {}
    defined: dict[str, tuple[Located, str]] = {}  # marker set / list / macro name -> (file, kind)
    system_markers: list[tuple[Located, int, str]] = []  # (file, index, marker set name)
    datasets: DatasetIndex | None = None
    dataset_src: str | None = None
    phrases, phrase_error = 0, False
    # Pass 1: every file parsed and validated; marker sets, lists and macros
    # gathered, because rules in any file may use them.
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
        for kind, table in (("markers", spec.markers), ("networks", spec.networks), ("lists", spec.lists),
                            ("macros", spec.macros)):
            for name, value in table.items():
                if name in defined:
                    first, first_kind = defined[name]
                    errors.append(src.error((kind, name), f"{_KIND[kind]} {name!r}: the name is already used by "
                                            f"{_KIND[first_kind]} at {first.file}:{first.line_of((first_kind, name))}"))
                    continue
                defined[name] = (src, kind)
                if kind == "markers":
                    markers[name] = list(value)
                    phrases += sum(1 for v in value if not v.startswith("@"))
                    if phrases > MAX_PHRASES and not phrase_error:
                        phrase_error = True
                        errors.append(src.error((kind, name), f"marker set {name!r}: {phrases} marker phrases in "
                                                f"all so far, at most {MAX_PHRASES} (all sets share one matcher)"))
                elif kind == "networks":
                    if len(networks) == NETWORK_SLOTS:
                        errors.append(src.error((kind, name), f"network set {name!r}: at most {NETWORK_SLOTS} "
                                                f"network sets (counters are reserved for {NETWORK_SLOTS})"))
                        continue
                    networks[name] = frozenset(value.asns)
                elif kind == "lists":
                    lists[name] = tuple(value)
                else:
                    macro_src[name] = (src, value)
        system_markers.extend((src, i, name) for i, name in enumerate(spec.system_prompt_markers))
        if spec.dataset_index is not None:
            where = f"{src.file}:{src.line_of(('dataset_index',))}"
            if dataset_src is not None:
                errors.append(src.error(("dataset_index",), f"dataset_index: one per rules directory (first "
                                        f"given at {dataset_src})"))
            else:
                dataset_src = where
                try:
                    raw = (directory / spec.dataset_index).read_bytes()
                    datasets = DatasetIndex.from_bytes(raw)
                    # the index is part of what the digest names: another index is another rule set
                    texts.append(f"{spec.dataset_index}\x00{hashlib.sha256(raw).hexdigest()}")
                except (OSError, ValueError) as exc:
                    errors.append(src.error(("dataset_index",), f"dataset_index {spec.dataset_index!r}: {exc}"))
        parsed.append((src, spec))
    for src, i, name in system_markers:
        if name not in markers:
            errors.append(src.error(("system_prompt_markers", i), f"system_prompt_markers: no marker set named {name!r}"
                                    f" (defined: {', '.join(sorted(markers)) or 'none'})"))
    if len(markers) > MAX_MARKER_SETS:
        errors.append(RuleError(str(directory), None, f"{len(markers)} marker sets; at most {MAX_MARKER_SETS}"))
    # Definition order (files by name, then position): the counter columns are
    # taken in this order, so a new set appended last leaves the others' counts
    # where they are in running workers.
    catalogs = catalogs or default_catalogs(tuple(markers), tuple(networks))
    env = _environment(lists, macro_src, defined, catalogs, errors)
    # Pass 2: compile every rule against the catalogs.
    compiled: dict[str, CompiledRule] = {}
    for src, spec in parsed:
        for i, rule_spec in enumerate(spec.rules):
            try:
                rule = compile_rule(rule_spec, ("rules", i), src, catalogs, env, networks)
            except RuleError as exc:
                errors.append(exc)
                continue
            if rule.name in compiled:
                first = compiled[rule.name]
                errors.append(RuleError(rule.file, rule.line, f"duplicate rule name {rule.name!r} "
                                        f"(first defined at {first.file}:{first.line})"))
                continue
            compiled[rule.name] = rule
    # Pass 3: exceptions, bound to the scope of each rule they name.
    defined_rules = {r.name for _, spec in parsed for r in spec.rules}
    attached: dict[str, list[CompiledException]] = {}
    seen_exc: dict[str, str] = {}
    exception_specs = []
    for src, spec in parsed:
        for i, exc_spec in enumerate(spec.exceptions):
            path = ("exceptions", i)
            if exc_spec.name in seen_exc:
                errors.append(src.error(path + ("name",), f"duplicate exception name {exc_spec.name!r} "
                                        f"(first defined at {seen_exc[exc_spec.name]})"))
                continue
            seen_exc[exc_spec.name] = f"{src.file}:{src.line_of(path)}"
            try:
                bound = compile_exception(exc_spec, path, src, compiled, catalogs, env, defined_rules)
            except RuleError as exc:
                errors.append(exc)
                continue
            exception_specs.append(exc_spec)
            for rule_name, cexc in bound.items():
                attached.setdefault(rule_name, []).append(cexc)
    if errors:
        raise RuleSetError(errors)
    rules = [_attach(r, tuple(attached.get(r.name, ()))) for r in compiled.values()]
    return RuleSet.build(rules, [str(p) for p in files], texts, markers, env, exception_specs, networks,
                         tuple(name for _, _, name in system_markers), datasets)


def _attach(rule: CompiledRule, exceptions: tuple[CompiledException, ...]) -> CompiledRule:
    """The rule with its exceptions; an exception that reads the organisation
    share, the busy or the actioned members makes the rule's groups keep it, as the rule's own
    condition would."""
    org = rule.org_share or any(reads(x.cond, ORG_SHARE) for x in exceptions)
    busy = rule.busy_members or any(reads(x.cond, BUSY) for x in exceptions)
    cards = rule.crowded_cards or any(reads(x.cond, f) for x in exceptions for f in CROWDED_CARDS)
    actioned = rule.actioned_members or any(reads(x.cond, f) for x in exceptions for f in ACTIONED)
    local = rule.local_items or any(reads_prefix(x.cond, LOCAL_ITEMS) for x in exceptions)
    return replace(rule, exceptions=exceptions, org_share=org, busy_members=busy, crowded_cards=cards,
                   actioned_members=actioned, local_items=local)


_KIND = {"markers": "marker set", "networks": "network set", "lists": "list", "macros": "macro"}


def _environment(lists: dict[str, tuple[str, ...]], macro_src: dict[str, tuple[Located, str]],
                 defined: dict[str, tuple[Located, str]], catalogs: dict[str, FeatureCatalog],
                 errors: list[RuleError]) -> Env:
    """Lists and macros, checked: their names must not shadow a feature or an
    event attribute, and every macro compiles and type-checks on its own, with
    the macros it uses inlined (rules.macros)."""
    features = set().union(*(set(c.names()) for c in catalogs.values()))
    for name in list(lists) + list(macro_src):
        clash = "a feature" if name in features else "an event attribute" if name in ATTRIBUTES else None
        if clash:
            src, kind = defined[name]
            errors.append(src.error((kind, name), f"{_KIND[kind]} {name!r}: the name is {clash}"))
    env = Env(dict(lists))  # macros are inlined into each other (rules.macros), so none is bound here
    union = merged_catalog(catalogs)
    texts, loops = expand_macros({name: text for name, (_, text) in macro_src.items()})
    macros: dict[str, Macro] = {}
    for name, (src, _) in macro_src.items():
        if name in loops:
            errors.append(src.error(("macros", name), f"macro {name!r} {loops[name]}"))
            continue
        try:
            prog = compile_macro(name, texts[name], src, union, env)
        except RuleError as exc:
            errors.append(exc)
            continue
        macros[name] = Macro(name, prog, src.file, src.line_of(("macros", name)) or 1)
    env.macros = macros
    return env


def _parse_file(text: str, file: str) -> tuple[Located, RuleFile]:
    src = load_located(text, file)
    if not isinstance(src.data, dict):
        raise RuleError(file, src.line_of(()), "expected a mapping with a 'rules' list at the top of the file")
    try:
        spec = RuleFile.model_validate(src.data)
    except ValidationError as exc:
        raise RuleSetError([_validation_error(src, e) for e in exc.errors(include_url=False)]) from None
    return src, spec


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
    who = _rule_name(src, loc)
    if who:
        msg = f"{who}: {msg}"
    return src.error(loc, msg)


def _rule_name(src: Located, loc: tuple) -> str | None:
    """'rule NAME' or 'exception NAME' for an error inside one."""
    if len(loc) >= 2 and loc[0] in ("rules", "exceptions") and isinstance(loc[1], int):
        try:
            name = src.data[loc[0]][loc[1]].get("name")
        except (AttributeError, IndexError, KeyError, TypeError):
            return None
        return f"{loc[0][:-1]} {name!r}" if isinstance(name, str) else None
    return None
