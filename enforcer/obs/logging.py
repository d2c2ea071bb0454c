"""Structured logs: one JSON object per line on stdout (orjson), or a readable
console rendering when stdout is a terminal.

    configure_logging()                 # once, before the faust worker starts
    log = structlog.get_logger("enforcer.worker")
    log_decision(log, decision)         # the canonical line per published decision

Environment (CLI flags may pass explicit values instead):

| variable | values | default |
|---|---|---|
| ENFORCER_LOG_FORMAT | json, console | console when stdout is a TTY, else json |
| ENFORCER_LOGLEVEL | debug, info, warning, error | info (the same variable as Settings.loglevel) |

Standard-library logging (faust, aiokafka, enforcer.stream) is routed through
the same processors and renderer, so every line on stdout has one shape:
``{"timestamp": ISO-8601 UTC, "level": ..., "logger": ..., "event": ..., ...}``
plus whatever ``structlog.contextvars.bind_contextvars`` bound (e.g. partition).

Prompt text never reaches a log line: `drop_sensitive_keys` removes any key
named prompt, system_prompt or text (at any nesting depth) before rendering.
Keep faust from replacing these handlers: ``faust.Worker(app, override_logging=False)``.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Any, TextIO

import orjson
import structlog
from structlog.typing import EventDict, Processor, WrappedLogger

SENSITIVE_KEYS = frozenset({"prompt", "system_prompt", "text"})
FORMATS = ("json", "console")
_MAX_DEPTH = 4


def drop_sensitive_keys(_logger: WrappedLogger, _method: str, event_dict: EventDict) -> EventDict:
    """Processor: remove prompt text defensively, wherever a caller put it."""
    for key in [k for k in event_dict if k in SENSITIVE_KEYS]:
        del event_dict[key]
    for key, value in event_dict.items():
        if isinstance(value, (dict, list, tuple)):
            event_dict[key] = _scrub(value, 1)
    return event_dict


def _scrub(value: Any, depth: int) -> Any:
    if depth > _MAX_DEPTH:
        return value
    if isinstance(value, dict):
        return {k: _scrub(v, depth + 1) for k, v in value.items() if k not in SENSITIVE_KEYS}
    if isinstance(value, (list, tuple)):
        return [_scrub(v, depth + 1) for v in value]
    return value


_HEAD = ("timestamp", "level", "logger", "event")


def _head_keys_first(_logger: WrappedLogger, _method: str, event_dict: EventDict) -> EventDict:
    """timestamp, level, logger, event lead each JSON line (orjson keeps insertion order)."""
    head = {k: event_dict.pop(k) for k in _HEAD if k in event_dict}
    head.update(event_dict)
    return head


def _orjson_dumps(obj: Any, **_kw: Any) -> str:
    return orjson.dumps(obj, default=str, option=orjson.OPT_NON_STR_KEYS).decode()


def resolve_format(fmt: str | None = None, stream: TextIO | None = None) -> str:
    fmt = (fmt or os.environ.get("ENFORCER_LOG_FORMAT") or "").strip().lower()
    if fmt:
        if fmt not in FORMATS:
            raise ValueError(f"ENFORCER_LOG_FORMAT must be one of {', '.join(FORMATS)}, got {fmt!r}")
        return fmt
    stream = stream if stream is not None else sys.stdout
    try:
        return "console" if stream.isatty() else "json"
    except (AttributeError, ValueError):
        return "json"


def resolve_level(level: str | int | None = None) -> int:
    if isinstance(level, int):
        return level
    name = (level or os.environ.get("ENFORCER_LOGLEVEL") or "info").strip().upper()
    value = logging.getLevelName(name)
    if not isinstance(value, int):
        raise ValueError(f"unknown log level {name!r}")
    return value


def shared_processors() -> list[Processor]:
    """Applied to structlog and standard-library records alike."""
    return [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        drop_sensitive_keys,
        structlog.processors.StackInfoRenderer(),
    ]


def configure_logging(fmt: str | None = None, level: str | int | None = None,
                      stream: TextIO | None = None) -> logging.Handler:
    """Configure structlog and the root logger. Idempotent: replaces the root
    handlers each time. Returns the handler (tests read from its stream)."""
    out = stream if stream is not None else sys.stdout
    fmt = resolve_format(fmt, out)
    lvl = resolve_level(level)
    if fmt == "json":
        renderer: Processor = structlog.processors.JSONRenderer(serializer=_orjson_dumps)
        final = [structlog.processors.format_exc_info, _head_keys_first, renderer]
    else:
        final = [structlog.dev.ConsoleRenderer(colors=_colors(out))]

    shared = shared_processors()
    structlog.configure(
        processors=[structlog.stdlib.filter_by_level, *shared,
                    structlog.stdlib.PositionalArgumentsFormatter(),
                    structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        context_class=dict,
        cache_logger_on_first_use=False,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[*shared[:1], structlog.stdlib.ExtraAdder(), *shared[1:]],
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, *final],
    )
    handler = logging.StreamHandler(out)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(lvl)
    return handler


def _colors(stream: TextIO) -> bool:
    try:
        return stream.isatty() and "NO_COLOR" not in os.environ
    except (AttributeError, ValueError):
        return False


def decision_fields(decision: Any) -> dict[str, Any]:
    """The canonical fields of a decision log line (no reason sentence, no prompt text)."""
    return {
        "rule": decision.rule,
        "action": getattr(decision.action, "value", decision.action),
        "mode": getattr(decision.mode, "value", decision.mode),
        "account_id": decision.account_id,
        "scope": decision.scope,
        "scope_key": decision.scope_key,
        "decision_id": decision.decision_id,
        "issued_at": decision.issued_at,
        "expires_at": decision.expires_at,
        "throttle_rps": decision.throttle_rps,
        "evidence": dict(decision.evidence),
    }


def log_decision(logger: Any, decision: Any, **extra: Any) -> None:
    """Write ONE line per published decision: event="decision" plus decision_fields()."""
    logger.info("decision", **decision_fields(decision), **extra)
