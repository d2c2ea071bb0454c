"""Account labels for the detection report, in the forms a labelled traffic
set is likely to come in, normalised to {account: {"label": "attack"|"benign",
"population": str, "campaign": str | None}}.

Accepted (detected from the content, not the file name):
- a JSON object keyed by account: `{"acct-1": {"label": "attack", "population":
  "hydra"}}` (what `enforcer simulate --labels` writes), or `{"acct-1": "attack"}`,
  or `{"acct-1": true}`;
- JSON Lines or a JSON array of objects carrying an account id (`account_id`,
  `account` or `id`) and a label (`label`, `is_attack`, `attack` or `class`);
- CSV with a header row naming those columns.

Label values: attack / campaign / malicious / distillation / fraud / abuse /
1 / true are attacks; benign / legit / legitimate / normal / clean / 0 / false
are benign. Anything else is an error naming the account, so a report is never
computed on a misread file.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import orjson

ATTACK = frozenset({"attack", "campaign", "malicious", "distillation", "fraud", "abuse", "1", "true"})
BENIGN = frozenset({"benign", "legit", "legitimate", "normal", "clean", "0", "false"})
_ID_KEYS = ("account_id", "account", "id")
_LABEL_KEYS = ("label", "is_attack", "attack", "class")
_POP_KEYS = ("population", "group", "kind", "type")


class LabelsError(ValueError):
    pass


def _kind(value: Any, account: str) -> str:
    v = str(value).strip().lower()
    if v in ATTACK:
        return "attack"
    if v in BENIGN:
        return "benign"
    raise LabelsError(f"account {account!r}: label {value!r} is neither an attack ({', '.join(sorted(ATTACK))}) "
                      f"nor benign ({', '.join(sorted(BENIGN))})")


def _entry(account: str, value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        raw = next((value[k] for k in _LABEL_KEYS if k in value), None)
        if raw is None:
            raise LabelsError(f"account {account!r}: no label field ({', '.join(_LABEL_KEYS)})")
        label = _kind(raw, account)
        pop = next((value[k] for k in _POP_KEYS if value.get(k)), None)
        return {"label": label, "population": str(pop) if pop else label, "campaign": value.get("campaign")}
    label = _kind(value, account)
    return {"label": label, "population": label, "campaign": None}


def _rows(rows: list[Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for n, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            raise LabelsError(f"row {n}: not an object")
        account = next((row[k] for k in _ID_KEYS if row.get(k)), None)
        if account is None:
            raise LabelsError(f"row {n}: no account id ({', '.join(_ID_KEYS)})")
        out[str(account)] = _entry(str(account), row)
    return out


def parse_labels(data: bytes) -> dict[str, dict[str, Any]]:
    text = data.lstrip()
    if not text:
        raise LabelsError("empty labels file")
    if text[:1] in (b"{", b"["):
        try:
            doc = orjson.loads(text)
        except orjson.JSONDecodeError:
            doc = None  # JSON Lines: one object per line
        if isinstance(doc, list):
            return _rows(doc)
        if isinstance(doc, dict):
            if any(k in doc for k in _ID_KEYS) and any(k in doc for k in _LABEL_KEYS):
                return _rows([doc])  # a single JSON Lines row
            return {str(a): _entry(str(a), v) for a, v in doc.items()}
        try:
            return _rows([orjson.loads(line) for line in text.splitlines() if line.strip()])
        except orjson.JSONDecodeError as exc:
            raise LabelsError(f"neither JSON nor JSON Lines: {exc}") from None
    return _rows(list(csv.DictReader(io.StringIO(text.decode("utf-8-sig")))))


def load_labels(path: str | Path) -> dict[str, dict[str, Any]]:
    try:
        return parse_labels(Path(path).read_bytes())
    except LabelsError as exc:
        raise LabelsError(f"{path}: {exc}") from None
