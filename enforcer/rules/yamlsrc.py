"""YAML with positions: every error in a rule file names its file and line.

PyYAML's composer gives nodes with marks; we build plain Python values from
them and keep a side table path -> line. Duplicate keys, which PyYAML would
silently overwrite, are errors here (a silently ignored threshold in an
incident is the worst kind of typo).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml


class RuleError(Exception):
    """One problem in one rule file, with its position."""

    def __init__(self, file: str, line: int | None, message: str):
        self.file = file
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


@dataclass
class Located:
    """A parsed document plus the line of every path in it."""

    file: str
    data: Any
    lines: dict[tuple, int] = field(default_factory=dict)

    def line_of(self, path: tuple) -> int | None:
        # The deepest known ancestor: pydantic reports paths like
        # ('rules', 0, 'action', 'ttl'); the value node may be missing
        # (a required key), so fall back to its parent mapping.
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)

    def error(self, path: tuple, message: str) -> RuleError:
        return RuleError(self.file, self.line_of(path), message)


def load_located(text: str, file: str) -> Located:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise RuleError(file, line, f"YAML syntax error: {problem}") from None
    loc = Located(file, None)
    if node is None:
        raise RuleError(file, 1, "file is empty: expected a mapping with a 'rules' list")
    loc.data = _build(node, (), loc)
    return loc


def _build(node: yaml.Node, path: tuple, loc: Located) -> Any:
    loc.lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for knode, vnode in node.value:
            key = _scalar(knode, loc)
            if key in out:
                raise RuleError(loc.file, knode.start_mark.line + 1, f"duplicate key {key!r}")
            out[key] = _build(vnode, path + (key,), loc)
            # Point a key's errors at the key's own line, not its value's.
            loc.lines[path + (key,)] = knode.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(v, path + (i,), loc) for i, v in enumerate(node.value)]
    return _scalar(node, loc)


def _scalar(node: yaml.Node, loc: Located) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        raise RuleError(loc.file, node.start_mark.line + 1, "mapping keys must be plain scalars")
    constructor = yaml.SafeLoader(stream="")
    try:
        return constructor.construct_object(node, deep=True)
    finally:
        constructor.dispose()
