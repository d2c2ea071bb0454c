"""Macros that use other macros, by inlining.

A macro may name another macro; before anything is compiled each such name is
replaced by the other macro's (expanded) text in parentheses. Inlining, not
nested binding, so that everything downstream (scope checks of a macro's
features, the fast path, `enforcer explain`'s near-miss search, the rule-set
digest) sees one flat condition per macro and needs no recursion. A cycle is
an error naming the chain.
"""

from __future__ import annotations

import re

# A CEL string literal (triple-quoted first, optionally raw or bytes), or an
# identifier that is not a field selection (`a.name`) and not a function call
# (`name(`). Only identifiers outside string literals are macro references.
_TOKEN = re.compile(
    r"""(?P<str>[rRbB]{0,2}(?:\"\"\"[\s\S]*?\"\"\"|'''[\s\S]*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'))"""
    r"""|(?<![\w.])(?P<id>[A-Za-z_]\w*)(?!\w)(?!\s*\()""")


def references(text: str, names) -> list[str]:
    """The names in `names` that `text` references, in order of first use."""
    out: list[str] = []
    for m in _TOKEN.finditer(text):
        n = m.group("id")
        if n is not None and n in names and n not in out:
            out.append(n)
    return out


def _inline(text: str, bodies: dict[str, str]) -> str:
    def sub(m: re.Match) -> str:
        n = m.group("id")
        return f"({bodies[n]})" if n is not None and n in bodies else m.group(0)
    return _TOKEN.sub(sub, text)


def expand(texts: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """Every macro with the macros it uses inlined, and an error per macro that
    cannot be expanded (it uses itself, or one that does): name -> message."""
    done: dict[str, str] = {}
    errors: dict[str, str] = {}

    def visit(name: str, chain: tuple[str, ...]) -> str | None:
        if name in done:
            return done[name]
        if name in errors:
            return None
        if name in chain:
            ring = chain[chain.index(name):]
            for i, member in enumerate(ring):  # each member of the loop, told from its own start
                errors[member] = f"uses itself ({' -> '.join(ring[i:] + ring[:i] + (member,))})"
            return None
        bodies: dict[str, str] = {}
        for used in references(texts[name], texts):
            body = visit(used, chain + (name,))
            if body is None:
                errors.setdefault(name, f"uses macro {used!r}, which cannot be expanded")
                return None
            bodies[used] = body
        done[name] = _inline(texts[name], bodies) if bodies else texts[name]
        return done[name]

    for name in texts:
        visit(name, ())
    return done, errors
