"""card_on_file: whether an account's requests carried a payment fingerprint, as
an account feature (and so a fan-out guard), kept across an export and import of
the account's state, and read the same by the rules in fanout_when."""
from __future__ import annotations

import orjson

from enforcer.contracts import RequestEvent
from enforcer.core.engine import Engine
from enforcer.core.features import account_catalog
from enforcer.rules.loader import load_rules

T0 = 1_793_577_600_000  # a midnight (UTC)
MIN = 60_000


def ev(i: int, ts: int, account: str, **kw) -> RequestEvent:
    return RequestEvent(event_id=f"{account}-{i}", ts=ts, account_id=account, prompt_tokens=10,
                        completion_tokens=20, **kw)


def _engine(tmp_path, when: str = "card_on_file == 1 && requests_24h >= 3") -> Engine:
    (tmp_path / "r.yaml").write_text(
        "rules:\n  - name: paid-busy\n    description: a busy paying account\n    scope: account\n"
        f"    when: {when}\n    action: {{type: challenge, ttl: 1h}}\n")
    return Engine(load_rules(tmp_path))


def _card(eng: Engine, account: str) -> int:
    st = eng.accounts.get(account)
    return account_catalog()["card_on_file"].get(st, None, st.last_ts)


def test_a_card_seen_once_stays_on_file_and_free_accounts_read_zero(tmp_path):
    eng = _engine(tmp_path)
    eng.process(ev(0, T0, "paying"))
    assert _card(eng, "paying") == 0  # no fingerprint yet
    eng.process(ev(1, T0 + MIN, "paying", payment_fingerprint="card-1"))
    eng.process(ev(2, T0 + 2 * MIN, "paying"))  # a later request without the field keeps it
    assert _card(eng, "paying") == 1
    for k in range(3):
        eng.process(ev(k, T0 + k * MIN, "free", payment_fingerprint=""))  # empty: no instrument
    assert _card(eng, "free") == 0


def test_the_rule_acts_on_the_paying_account_only(tmp_path):
    eng = _engine(tmp_path)
    decided = []
    for k in range(4):
        for acct, pay in (("paying", "card-9"), ("free", None)):
            decided += [d.account_id for d in eng.process(
                ev(k, T0 + k * MIN, acct, payment_fingerprint=pay)).decisions]
    assert decided == ["paying"]


def test_card_on_file_survives_export_and_import_and_an_older_entry_reads_zero(tmp_path):
    eng = _engine(tmp_path)
    eng.process(ev(0, T0, "a", payment_fingerprint="card-1"))
    data = orjson.loads(orjson.dumps(eng.export_account("a")))
    assert data["pd"] == 1
    fresh = _engine(tmp_path)
    fresh.import_account("a", data)
    assert _card(fresh, "a") == 1
    del data["pd"]  # an entry written before the field existed, or a free account's
    older = _engine(tmp_path)
    older.import_account("a", data)
    assert _card(older, "a") == 0
