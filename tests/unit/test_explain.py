"""`enforcer explain` and GET /explain/{account}: features, groups, verdicts
(fires / near / spared), exceptions applied, decisions."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
import orjson

from enforcer.cli import main
from enforcer.contracts import RequestEvent
from enforcer.core.engine import Engine, EngineConfig
from enforcer.core.explain import explain_account, live_explainer, near_match
from enforcer.obs.http import ObsServer
from enforcer.obs.metrics import Metrics
from enforcer.rules.loader import load_rules

RULES = """
lists:
  verified_orgs: [org-lab]
macros:
  young: account_age_days < 7.0
rules:
  - name: busy
    description: more than 5 requests in a minute
    when: requests_1m > 5
    action: {type: throttle, rps: 1, ttl: 10m}
  - name: young-and-busy
    description: a young account sending more than 8 a minute
    when: young && requests_1m > 8
    action: {type: challenge, ttl: 10m}
  - name: flood
    description: far more
    when: requests_1m > 100
    action: {type: suspend, ttl: 10m}
  - name: org-swarm
    description: an org whose accounts send a lot
    scope: org
    when: accounts_1h >= 2 && requests_1h >= 30
    action: {type: challenge, ttl: 1h}
exceptions:
  - name: lab-bursts
    rules: [busy]
    when: org_id in verified_orgs
    reason: the lab benchmarks in bursts
    owner: research-sre
"""
T0 = 1_793_613_600_000
DAY = 86_400_000


def ev(i: int, account: str, org: str, ts: int) -> RequestEvent:
    return RequestEvent(event_id=f"e{i}", ts=ts, account_id=account, prompt_tokens=10, completion_tokens=20,
                        org_id=org, account_created_at=T0 - 8 * DAY)


def events() -> list[RequestEvent]:
    out = [ev(i, "lab1", "org-lab", T0 + 1_000 * i) for i in range(8)]
    out += [ev(100 + i, "x1", "org-x", T0 + 500 * i) for i in range(8)]
    out += [ev(200, "x2", "org-x", T0 + 9_000)]
    return sorted(out, key=lambda e: e.ts)


def setup(tmp_path: Path) -> tuple[Path, Path]:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "r.yaml").write_text(RULES)
    path = tmp_path / "events.jsonl"
    path.write_bytes(b"".join(orjson.dumps(e.model_dump()) + b"\n" for e in events()))
    return rules, path


def by_rule(res: dict) -> dict:
    return {r["rule"]: r for r in res["rules"]}


def test_explain_json_shows_verdicts_exceptions_groups_and_decisions(tmp_path, capsys):
    rules, path = setup(tmp_path)
    assert main(["explain", "lab1", "--events", str(path), "--rules", str(rules), "--json"]) == 0
    res = orjson.loads(capsys.readouterr().out)
    assert res["account"] == "lab1" and res["attributes"]["org_id"] == "org-lab"
    assert res["features"]["requests_1m"] == 8
    v = by_rule(res)
    assert v["busy"]["matches"] and not v["busy"]["fires"] and v["busy"]["spared_by"] == ["lab-bursts"]
    # 8 requests against > 8, and 8.x days against young (< 7): both within 25% -> near.
    assert not v["young-and-busy"]["matches"] and v["young-and-busy"]["near"]
    assert v["young-and-busy"]["values"]["young"] is False
    assert 8 < v["young-and-busy"]["values"]["account_age_days"] < 8.1  # what the macro read
    assert not v["flood"]["near"]
    assert res["exceptions_applied"] == [{"exception": "lab-bursts", "rule": "busy", "hits": 3,
                                          "reason": "the lab benchmarks in bursts", "owner": "research-sre"}]
    assert res["decisions"] == [] and res["groups"] == []  # alone in its org


def test_explain_lists_group_verdicts_and_the_accounts_decisions(tmp_path, capsys):
    rules, path = setup(tmp_path)
    assert main(["explain", "x1", "--events", str(path), "--rules", str(rules), "--json"]) == 0
    res = orjson.loads(capsys.readouterr().out)
    assert [d["rule"] for d in res["decisions"]] == ["busy"]
    assert "Rule busy matched this account" in res["decisions"][0]["reason"]
    assert by_rule(res)["busy"]["active"]["action"] == "throttle"
    [g] = res["groups"]
    assert g["kind"] == "org" and g["features"]["accounts_1h"] == 2
    [swarm] = g["rules"]
    assert swarm["rule"] == "org-swarm" and not swarm["matches"] and not swarm["near"]  # 9 of 30 requests


def test_explain_text_output(tmp_path, capsys):
    rules, path = setup(tmp_path)
    assert main(["explain", "lab1", "--events", str(path), "--rules", str(rules)]) == 0
    out = capsys.readouterr().out
    assert "spared  busy" in out and "spared by lab-bursts" in out
    assert "near    young-and-busy" in out
    assert "exception lab-bursts spared it from busy 3 time(s)" in out
    assert main(["explain", "nobody", "--events", str(path), "--rules", str(rules)]) == 1


def test_near_tries_both_directions_and_keeps_counts_integer(tmp_path):
    (tmp_path / "r.yaml").write_text(RULES)
    eng = Engine(load_rules(tmp_path), EngineConfig())
    for e in events():
        eng.process(e)
    rule = eng.rules.by_name["young-and-busy"]
    st = eng.accounts.get("lab1")
    assert near_match(rule, st, None, st.last_ts)
    st.created = st.last_ts - 10 * DAY  # 10 days * 0.8 = 8: still not young
    assert not near_match(rule, st, None, st.last_ts)


def test_obs_server_answers_explain_from_the_partition_engines(tmp_path):
    (tmp_path / "r.yaml").write_text(RULES)
    eng = Engine(load_rules(tmp_path), EngineConfig())
    for e in events():
        eng.process(e)
    assert explain_account(eng, "nobody") is None

    async def main_() -> tuple:
        server = ObsServer("127.0.0.1", 0, metrics=Metrics(process_collector=False),
                           explain=live_explainer(lambda: {3: eng}))
        bare = ObsServer("127.0.0.1", 0, metrics=Metrics(process_collector=False))
        await server.start()
        await bare.start()
        try:
            async with aiohttp.ClientSession() as s:
                async with s.get(server.url + "/explain/x1") as r:
                    ok = (r.status, await r.json())
                async with s.get(server.url + "/explain/nobody") as r:
                    missing = r.status
                async with s.get(bare.url + "/explain/x1") as r:
                    none = r.status
            return ok, missing, none
        finally:
            await server.stop()
            await bare.stop()

    (status, body), missing, none = asyncio.run(main_())
    assert status == 200 and body["account"] == "x1" and body["partition"] == 3
    assert [d["rule"] for d in body["recent_decisions"]] == ["busy"]
    assert missing == 404 and none == 503
