"""no_text_ratio: the share of requests that carried no prompt text (a customer
under zero data retention), counted per account and per group, so an org-scope
rule can tell an organisation the text rules cannot see."""
from __future__ import annotations

from enforcer.contracts import RequestEvent
from enforcer.core.engine import Engine
from enforcer.core.features import account_catalog, group_catalog
from enforcer.rules.loader import load_rules

T0 = 1_793_577_600_000  # a midnight (UTC)
MIN = 60_000


def ev(i: int, account: str, prompt: str | None, org: str = "org-1") -> RequestEvent:
    return RequestEvent(event_id=f"{account}-{i}", ts=T0 + i * MIN, account_id=account, prompt_tokens=10,
                        completion_tokens=900, prompt=prompt, org_id=org)


def _engine(tmp_path) -> Engine:
    (tmp_path / "r.yaml").write_text(
        "rules:\n  - name: withheld-org\n    description: an org whose text is withheld\n    scope: org\n"
        "    when: no_text_ratio_24h >= 0.9 && accounts_24h >= 3\n    action: {type: challenge, ttl: 1h}\n")
    return Engine(load_rules(tmp_path))


def _account_ratio(eng: Engine, account: str) -> float:
    st = eng.accounts.get(account)
    return account_catalog()["no_text_ratio_24h"].get(st, None, st.last_ts)


def test_requests_without_text_are_counted_and_those_with_text_are_not(tmp_path):
    eng = _engine(tmp_path)
    for i, prompt in enumerate((None, "", "What is 2 + 2?", None)):
        eng.process(ev(i, "a", prompt))
    assert _account_ratio(eng, "a") == 0.75  # None and "" both withhold the text
    eng.process(ev(10, "b", "Explain photosynthesis.", org="org-2"))
    assert _account_ratio(eng, "b") == 0.0


def test_an_org_that_withholds_its_text_is_actioned_and_one_that_sends_it_is_not(tmp_path):
    eng = _engine(tmp_path)
    decided = set()
    for i in range(6):
        for n in range(3):
            decided |= {d.account_id for d in eng.process(ev(i * 3 + n, f"zdr-{n}", None, org="org-zdr")).decisions}
            decided |= {d.account_id for d in eng.process(
                ev(i * 3 + n, f"txt-{n}", f"question {i} {n}", org="org-txt")).decisions}
    assert decided == {"zdr-0", "zdr-1", "zdr-2"}
    g = next(g for g in eng.groups.groups.values() if g.kind == "org" and "txt-0" in g.members)
    assert group_catalog()["no_text_ratio_24h"].get(g, None, g.last_ts) == 0.0
