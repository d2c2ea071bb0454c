"""Bad input never crashes a worker, and a bad rule file is rejected with its
file and line: property tests over generated input (hypothesis, derandomized
so a run is repeatable; bounded in examples and time).

- parse_event on mutated real events and on arbitrary bytes: a RequestEvent or
  InvalidEvent (what the worker dead-letters), never another exception;
- the engine on sequences of valid events with extreme values (event times
  from before 1970 to the year 2286, huge token counts and ASNs, odd
  addresses, long and non-ASCII prompts): no exception;
- the rule loader on line-level mutations of the default rule files: a rule
  set or RuleSetError whose every error names a file and a line.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from enforcer.contracts import InvalidEvent, RequestEvent, parse_event
from enforcer.core.engine import Engine, EngineConfig
from enforcer.rules.loader import RuleSetError, load_rules

ROOT = Path(__file__).resolve().parents[2]
RULES = load_rules(ROOT / "rules")
BASE = {
    "event_id": "e0", "ts": "2026-11-02T00:00:01.810Z", "account_id": "acct-1", "prompt_tokens": 484,
    "completion_tokens": 274, "model": "m-1", "endpoint": "/v1/messages", "status": 200, "org_id": "org-1",
    "api_key_id": "key-1", "ip": "87.173.163.239", "asn": 20473, "user_agent": "Go-http-client/2.0",
    "device_id": "90d59136f54f1651", "account_created_at": "2024-10-08T19:58:33.613Z",
    "payment_fingerprint": "a0ab91d193e23f94", "system_prompt": "You are a helpful assistant.",
    "prompt": "Solve step by step: a zookeeper orders 40 bananas a day. How many in a week?",
}
FAST = settings(deadline=None, derandomize=True, suppress_health_check=list(HealthCheck), database=None)

junk = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=40),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def _parses_or_is_invalid(raw: bytes) -> None:
    try:
        assert isinstance(parse_event(raw), RequestEvent)
    except InvalidEvent as exc:
        assert exc.reason


@settings(FAST, max_examples=1500)
@given(st.dictionaries(st.sampled_from([*BASE, "extra"]), junk, max_size=4),
       st.sets(st.sampled_from(list(BASE)), max_size=3))
def test_a_mutated_event_parses_or_is_invalid(changes, drops):
    d = {**BASE, **changes}
    for k in drops:
        d.pop(k, None)
    try:
        raw = orjson.dumps(d)
    except TypeError:  # floats orjson refuses (nan): what a gateway would send as text
        raw = repr(d).encode()
    _parses_or_is_invalid(raw)


@settings(FAST, max_examples=1000)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_parse_or_are_invalid(raw):
    _parses_or_is_invalid(raw)


EXTREME = {
    "ts": st.one_of(st.integers(min_value=-10**15, max_value=10**16),
                    st.sampled_from(["1970-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z", "2026-11-02T00:00:00+14:00"])),
    "account_id": st.text(min_size=1, max_size=30),
    "prompt": st.one_of(st.none(), st.text(max_size=300), st.just("x " * 20_000)),
    "system_prompt": st.one_of(st.none(), st.text(max_size=200)),
    "ip": st.one_of(st.none(), st.text(max_size=45), st.ip_addresses().map(str),
                    st.sampled_from(["::", "0.0.0.0", "::ffff:1.2.3.4", "1.2.3.4/24", "fe80::1%eth0", "999.1.1.1"])),
    "asn": st.one_of(st.none(), st.integers(min_value=-2**63, max_value=2**63 - 1)),
    "prompt_tokens": st.integers(min_value=0, max_value=2**62),
    "completion_tokens": st.integers(min_value=0, max_value=2**62),
    "status": st.one_of(st.none(), st.integers(min_value=-2**31, max_value=2**31)),
    "account_created_at": st.one_of(st.none(), st.sampled_from(["1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z"])),
    "user_agent": st.one_of(st.none(), st.text(max_size=50)),
    "device_id": st.one_of(st.none(), st.text(max_size=20)),
    "payment_fingerprint": st.one_of(st.none(), st.text(max_size=20)),
    "org_id": st.one_of(st.none(), st.text(max_size=20)),
}


@settings(FAST, max_examples=300)
@given(st.lists(st.fixed_dictionaries({}, optional=EXTREME), min_size=1, max_size=6))
def test_the_engine_takes_any_valid_event(overrides):
    eng = Engine(RULES, EngineConfig())
    for i, over in enumerate(overrides):
        d = {**BASE, "event_id": f"e{i}"}
        for k, v in over.items():
            if v is None:
                d.pop(k, None)
            else:
                d[k] = v
        try:
            ev = parse_event(orjson.dumps(d))
        except InvalidEvent:
            continue
        eng.process(ev)  # must not raise


RULE_FILES = sorted(p.name for p in (ROOT / "rules").iterdir() if p.suffix == ".yaml")
RULE_DATA = sorted(p.name for p in (ROOT / "rules").iterdir() if p.suffix == ".idx")  # the dataset index they name
RULE_TEXT = {n: (ROOT / "rules" / n).read_text().splitlines() for n in RULE_FILES}
JUNK_LINES = ["", "  - ", ": :", "{", "]", '"unterminated', "ttl: -5h", "priority: nine", "scope: galaxy",
              "when: requests_24h >=", 'when: requests_24h >= "x"', "when: nosuch_feature > 1", "mode: loud",
              "- name: dup", "\t\tx: 1", "!!python/object:os.system", "&a [*a]", "lift_when: 1/0 > 1",
              "action: {type: throttle}"]


@settings(FAST, max_examples=60)
@given(st.sampled_from(RULE_FILES),
       st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(["del", "dup", "junk", "indent", "dedent"])),
                min_size=1, max_size=3),
       st.sampled_from(JUNK_LINES))
def test_a_mangled_rule_file_loads_or_is_rejected_with_file_and_line(tmp_path_factory, fname, ops, junk_line):
    d = tmp_path_factory.mktemp("rules")
    for n in RULE_FILES + RULE_DATA:
        shutil.copy(ROOT / "rules" / n, d / n)
    lines = list(RULE_TEXT[fname])
    for pos, op in ops:
        i = pos % len(lines)
        if op == "del":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "junk":
            lines[i] = " " * (len(lines[i]) - len(lines[i].lstrip())) + junk_line
        elif op == "indent":
            lines[i] = "  " + lines[i]
        elif lines[i].startswith("  "):
            lines[i] = lines[i][2:]
    (d / fname).write_text("\n".join(lines) + "\n")
    try:
        load_rules(d)
    except RuleSetError as exc:
        assert exc.errors
        for err in exc.errors:
            assert err.file and err.line, str(err)
