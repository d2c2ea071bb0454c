"""enforcer/obs/logging.py: JSON lines through orjson, the canonical decision
line, prompt text never logged, format/level from the environment."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import orjson
import pytest
import structlog

from enforcer.contracts import Action, Decision, Mode
from enforcer.obs.logging import configure_logging, drop_sensitive_keys, log_decision, resolve_format, resolve_level


@pytest.fixture
def out() -> Iterator[io.StringIO]:
    """Configure logging into a buffer; restore the root logger and structlog afterwards."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    buf = io.StringIO()
    configure_logging(fmt="json", level="debug", stream=buf)
    try:
        yield buf
    finally:
        structlog.contextvars.clear_contextvars()
        structlog.reset_defaults()
        root.handlers[:], _ = saved
        root.setLevel(saved[1])


def lines(buf: io.StringIO) -> list[dict]:
    return [orjson.loads(x) for x in buf.getvalue().splitlines() if x.strip()]


def decision() -> Decision:
    return Decision(
        decision_id="5c0f4e0b8b7d3c1e9a2f6d10", account_id="acct-9f2c", action=Action.challenge,
        rule="new-account-long-answer-harvest", scope="account", scope_key="acct-9f2c",
        issued_at="2026-11-02T03:14:07.000Z", expires_at="2026-11-02T04:14:07.000Z", mode=Mode.enforce,
        reason="Rule new-account-long-answer-harvest matched this account (requests_1h=61).",
        evidence={"account_age_days": 2.1, "requests_1h": 61.0},
    )


def test_log_decision_writes_one_canonical_json_line(out: io.StringIO):
    structlog.contextvars.bind_contextvars(partition=3)
    log_decision(structlog.get_logger("enforcer.worker"), decision())
    (line,) = lines(out)
    assert list(line)[:4] == ["timestamp", "level", "logger", "event"]
    assert line["event"] == "decision" and line["level"] == "info"
    assert line["timestamp"].endswith("Z") and "T" in line["timestamp"]
    for key, value in {"rule": "new-account-long-answer-harvest", "action": "challenge", "mode": "enforce",
                       "account_id": "acct-9f2c", "scope": "account", "scope_key": "acct-9f2c",
                       "decision_id": "5c0f4e0b8b7d3c1e9a2f6d10", "expires_at": "2026-11-02T04:14:07.000Z"}.items():
        assert line[key] == value, key
    assert line["evidence"] == {"account_age_days": 2.1, "requests_1h": 61.0}
    assert line["partition"] == 3  # contextvars merged
    assert "reason" not in line


def test_prompt_text_is_dropped_everywhere(out: io.StringIO):
    secret = "SECRET PROMPT TEXT"
    log = structlog.get_logger("enforcer.worker")
    log.info("event_seen", prompt=secret, system_prompt=secret, text=secret, tokens=12,
             nested={"prompt": secret, "ok": 1, "deeper": [{"text": secret, "n": 2}]})
    structlog.contextvars.bind_contextvars(prompt=secret)
    log.warning("with_context")
    structlog.contextvars.clear_contextvars()
    logging.getLogger("enforcer.stream").warning("stdlib %s", "line", extra={"prompt": secret, "offset": 5})
    raw = out.getvalue()
    assert secret not in raw
    first, second, third = lines(out)
    assert first["tokens"] == 12 and first["nested"] == {"ok": 1, "deeper": [{"n": 2}]}
    assert second["event"] == "with_context"
    assert third["event"] == "stdlib line" and third["offset"] == 5 and third["logger"] == "enforcer.stream"


def test_drop_sensitive_keys_processor_directly():
    ev = {"event": "x", "prompt": "p", "system_prompt": "s", "text": "t", "keep": {"text": "t", "v": 1}}
    assert drop_sensitive_keys(None, "info", ev) == {"event": "x", "keep": {"v": 1}}


def test_level_filters_and_exceptions_render(out: io.StringIO):
    root = logging.getLogger()
    root.setLevel(logging.WARNING)
    log = structlog.get_logger("enforcer.worker")
    log.info("hidden")
    try:
        raise ValueError("bad")
    except ValueError:
        log.exception("failed")
    (line,) = lines(out)
    assert line["event"] == "failed" and "ValueError: bad" in line["exception"]


def test_format_and_level_resolution(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("ENFORCER_LOG_FORMAT", raising=False)
    monkeypatch.delenv("ENFORCER_LOGLEVEL", raising=False)

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert resolve_format(stream=io.StringIO()) == "json"
    assert resolve_format(stream=Tty()) == "console"
    monkeypatch.setenv("ENFORCER_LOG_FORMAT", "json")
    assert resolve_format(stream=Tty()) == "json"
    monkeypatch.setenv("ENFORCER_LOG_FORMAT", "xml")
    with pytest.raises(ValueError):
        resolve_format()
    assert resolve_level() == logging.INFO
    monkeypatch.setenv("ENFORCER_LOGLEVEL", "warning")
    assert resolve_level() == logging.WARNING


def test_console_format_renders_text():
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    buf = io.StringIO()
    try:
        configure_logging(fmt="console", level="info", stream=buf)
        log_decision(structlog.get_logger("enforcer.worker"), decision())
        text = buf.getvalue()
        assert "decision" in text and "new-account-long-answer-harvest" in text
        assert not text.lstrip().startswith("{")
    finally:
        structlog.reset_defaults()
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])
