"""Group scopes in the live stream: a card ring whose accounts hash to several
partitions is caught by the group stage (observations repartitioned by group
key, fan-out commands back by account), as `enforcer backtest` catches it.

Real broker, `enforcer worker` subprocesses; helpers from test_stream.py.
Every wait is bounded; everything talks to 127.0.0.1 only.
"""

from __future__ import annotations

import os
from pathlib import Path

import orjson
from aiokafka.partitioner import DefaultPartitioner

from enforcer.contracts import ms_to_text
from enforcer.core.datasets import DatasetIndex

from test_stream import REPO_ROOT, Stream, _stats, cli, decision_rows, id_set, lag, wait_for

GROUP_RULES = REPO_ROOT / "tests" / "fixtures" / "group_stream_rules"
T0 = 1_793_613_600_000  # 2026-11-02T10:00:00Z
MIN = 60_000
DAY = 86_400_000
HOUR = 3_600_000
PARTITIONS = 6  # the workers' default (ENFORCER_PARTITIONS)
RING = ("r01", "r02", "r03", "r04", "r05", "r06")


def _ev(acct: str, ts: int, card: str, created: int, n: int) -> dict:
    return {"event_id": f"{acct}-{n}", "ts": ts, "account_id": acct, "prompt_tokens": 40, "completion_tokens": 900,
            "prompt": f"Solve problem number {n} for {acct}", "payment_fingerprint": card,
            "account_created_at": created}


def ring_phases() -> list[list[dict]]:
    """Three phases in event-time order. A: four young ring accounts and an
    established customer (o01) on one card, benign accounts on their own cards
    (five accounts on the card: below the rule's six). B: r05, the sixth
    account: the card rule fires and fans out to the young members (o01 is
    spared by fanout_when). C: r06 joins (inherits), r01 and o01 come back, b00
    bursts (an account rule)."""
    young, old = T0 - 2 * DAY, T0 - 400 * DAY
    a: list[dict] = []
    for i in range(3):
        for j, acct in enumerate(("r01", "r02", "r03", "r04", "o01")):
            a.append(_ev(acct, T0 + i * 3 * MIN + j * 10_000, "card-ring", old if acct == "o01" else young, i))
        for b in range(5):
            a.append(_ev(f"b{b:02d}", T0 + i * 3 * MIN + 60_000 + b * 1_000, f"card-b{b}", old, i))
    b_ = [_ev("r05", T0 + 12 * MIN, "card-ring", young, 0)]
    c = [_ev("r06", T0 + 20 * MIN, "card-ring", young, 0), _ev("r01", T0 + 21 * MIN, "card-ring", young, 9),
         _ev("o01", T0 + 22 * MIN, "card-ring", old, 9)]
    c += [_ev("b00", T0 + 25 * MIN + k * 1_000, "card-b0", old, 100 + k) for k in range(12)]
    return [sorted(p, key=lambda e: e["ts"]) for p in (a, b_, c)]


def _write(path: Path, events: list[dict]) -> Path:
    path.write_bytes(b"".join(orjson.dumps(e) + b"\n" for e in events))
    return path


def _backtest(path: Path, out: Path, rules: Path = GROUP_RULES) -> list[dict]:
    res = cli(dict(os.environ), "backtest", "--rules", str(rules), "--events", str(path), "--out", str(out),
              "--no-progress")
    assert res.returncode == 0, res.stderr
    return decision_rows(out)


def _group_stream(bootstrap: str, tmp: Path, rules: Path = GROUP_RULES) -> Stream:
    st = Stream(bootstrap, tmp)
    st.env["ENFORCER_RULES_DIR"] = str(rules)
    return st


def _wait_all_stages(st: Stream, workers) -> None:
    """Requests, then observations, then commands: each committed up to its end,
    until a pass finds no topic grew (cluster messages go back and forth
    between the stages). Bounded: 10 passes."""
    topics = (st.requests, f"{st.prefix}.group-obs", f"{st.prefix}.fanout")
    before = None
    for _ in range(10):
        for topic in topics:
            def done(topic=topic) -> bool:
                committed, end = lag(st.bootstrap, st.prefix, topic)
                return committed >= end
            wait_for(done, 120, f"{topic} committed to its end", every=1.0, workers=workers)
        ends = [lag(st.bootstrap, st.prefix, t)[1] for t in topics]
        if ends == before:
            return
        before = ends
    raise AssertionError(f"the stages did not settle: ends {before}")


def _stream_in_phases(bootstrap: str, tmp: Path, phases: list[list[dict]], rules: Path = GROUP_RULES,
                      notices: dict[int, int] | None = None) -> list[dict]:
    """One worker; each phase produced once every stage has processed the one
    before (nothing races), and after phase i once the worker has read
    notices[i] notices in all (they travel on their own topic). Every
    decision record, then a clean stop."""
    st = _group_stream(bootstrap, tmp, rules)
    try:
        w = st.start()
        st.wait_assigned(w)
        for i, phase in enumerate(phases):
            assert st.produce(_write(tmp / f"phase{i}.jsonl", phase)).returncode == 0
            _wait_all_stages(st, (w,))
            n = (notices or {}).get(i)
            if n is not None:
                wait_for(lambda n=n: _stats(w).get("notices", 0) >= n, 60, f"{n} notices read", every=0.5,
                         workers=(w,))
        rows, _ = st.dump()
        assert st.stop_all() == [0]
        return rows
    finally:
        st.stop_all()


def _partition(account: str) -> int:
    return DefaultPartitioner()(account.encode(), list(range(PARTITIONS)), list(range(PARTITIONS)))


def _verdicts(rows: list[dict]) -> set[tuple[str, str, str]]:
    return {(r["rule"], r["account_id"], r["action"]) for r in rows}


def test_ring_over_partitions_caught_with_the_backtests_ids(kafka_bootstrap: str, tmp_path: Path) -> None:
    """Phases produced one after the other, each processed by every stage before
    the next: nothing races, so the stream's decisions and ids are exactly the
    backtest's, fan-outs and the inheritance included."""
    phases = ring_phases()
    assert len({_partition(a) for a in RING}) >= 3, "the ring must span at least 3 partitions"
    events = [e for p in phases for e in p]
    bt = _backtest(_write(tmp_path / "all.jsonl", events), tmp_path / "bt.jsonl")
    ring_rows = [r for r in bt if r["rule"] == "card-ring"]
    assert {r["account_id"] for r in ring_rows} == set(RING), "o01 is spared by fanout_when"
    assert {r["scope"] for r in ring_rows} == {"payment"}
    assert {r["account_id"] for r in bt if r["rule"] == "burst"} == {"b00"}
    rows = _stream_in_phases(kafka_bootstrap, tmp_path, phases)
    assert id_set(rows) == id_set(bt)
    assert len(rows) == len(bt), "one record per decision when nothing crashed"


def test_softened_members_get_the_backtests_actions(kafka_bootstrap: str, tmp_path: Path) -> None:
    """fanout_soften in the stream: the card ring's members on their first
    request (r05 when the rule fires, r06 inheriting) are challenged, the
    others suspended; r05's second request no longer qualifies for the softer
    action and inherits the suspension. The account stage judges each member
    one hop after the group stage, as in the backtest: same ids."""
    rules = tmp_path / "rules"
    rules.mkdir()
    base = (GROUP_RULES / "rules.yaml").read_text()
    soft = base.replace("    fanout_when: account_age_days < 30.0\n", "    fanout_when: account_age_days < 30.0\n"
                        "    fanout_soften:\n      when: requests_24h < 2\n      action: {type: challenge, ttl: 1h}\n")
    assert soft != base
    (rules / "rules.yaml").write_text(soft)
    phases = ring_phases()
    phases[2] = sorted(phases[2] + [_ev("r05", T0 + 23 * MIN, "card-ring", T0 - 2 * DAY, 1)], key=lambda e: e["ts"])
    events = [e for p in phases for e in p]
    bt = _backtest(_write(tmp_path / "all.jsonl", events), tmp_path / "bt.jsonl", rules)
    ring = {(r["account_id"], r["action"]) for r in bt if r["rule"] == "card-ring"}
    assert {("r05", "challenge"), ("r05", "suspend"), ("r06", "challenge"), ("r01", "suspend")} <= ring
    assert ("r06", "suspend") not in ring and ("r01", "challenge") not in ring
    rows = _stream_in_phases(kafka_bootstrap, tmp_path, phases, rules)
    assert id_set(rows) == id_set(bt)
    assert len(rows) == len(bt), "one record per decision when nothing crashed"


def test_ring_produced_at_once_gets_the_same_verdicts(kafka_bootstrap: str, tmp_path: Path) -> None:
    """Everything at once: observations of the ring's partitions reach the group
    stage in an order the backtest does not fix, so which event crosses the
    threshold (and so the member decisions' ids, and whether a joiner gets a
    fan-out or an inheritance) may differ. Who is actioned by which rule with
    which action does not, and account-rule decisions keep their ids."""
    events = [e for p in ring_phases() for e in p]
    path = _write(tmp_path / "all.jsonl", events)
    bt = _backtest(path, tmp_path / "bt.jsonl")
    st = _group_stream(kafka_bootstrap, tmp_path)
    try:
        w = st.start()
        st.wait_assigned(w)
        assert st.produce(path).returncode == 0
        _wait_all_stages(st, (w,))
        rows, _ = st.dump()
        assert _verdicts(rows) == _verdicts(bt)
        account_ids = id_set([r for r in bt if r["scope"] == "account"])
        assert id_set([r for r in rows if r["scope"] == "account"]) == account_ids
        assert st.stop_all() == [0]
    finally:
        st.stop_all()


def test_two_workers_own_an_accounts_requests_and_commands_together(kafka_bootstrap: str, tmp_path: Path) -> None:
    """With two workers, partition p of requests, fanout and group-obs goes to one
    of them (co-partitioned), and the phased ring still gets the backtest's ids."""
    from test_stream import READY_S, members

    phases = ring_phases()
    bt = _backtest(_write(tmp_path / "all.jsonl", [e for p in phases for e in p]), tmp_path / "bt.jsonl")
    st = _group_stream(kafka_bootstrap, tmp_path)
    try:
        w1, w2 = st.start("w1"), st.start("w2")
        topics = (st.requests, f"{st.prefix}.fanout", f"{st.prefix}.group-obs")

        def split() -> dict | None:
            m = members(st.bootstrap, st.prefix)
            owned = [{t: sorted(p for tt, p in tps if tt == t) for t in topics} for tps in m.values()]
            return owned if len(m) == 2 and all(o[st.requests] for o in owned) else None

        owned = wait_for(split, READY_S, "two members, each with partitions", every=1.0, workers=(w1, w2))
        for o in owned:
            assert o[st.requests] == o[topics[1]] == o[topics[2]], owned
        assert sorted(p for o in owned for p in o[st.requests]) == list(range(PARTITIONS))
        for i, phase in enumerate(phases):
            assert st.produce(_write(tmp_path / f"phase{i}.jsonl", phase)).returncode == 0
            _wait_all_stages(st, (w1, w2))
        rows, _ = st.dump()
        assert id_set(rows) == id_set(bt)
        assert st.stop_all() == [0, 0]
    finally:
        st.stop_all()


def test_cluster_chain_over_partitions_caught_by_the_cluster_rule(kafka_bootstrap: str, tmp_path: Path) -> None:
    """The cluster protocol through Kafka: 12 accounts chained by cards and
    devices (none shared by more than 3, rules/tests/cluster-chain), spread
    over the partitions, each round of requests produced once the previous
    one has settled. The stream actions the backtest's accounts under the
    same cluster id; the family sharing one card is not actioned. (It fires a
    round later than the backtest, which reads each event's cluster id after
    that event's labels have settled; the stream reads it one hop earlier.)"""
    case = REPO_ROOT / "rules" / "tests" / "cluster-chain" / "events.jsonl"
    events = [orjson.loads(x) for x in case.read_bytes().splitlines() if x.strip()]
    chain = {e["account_id"] for e in events if e["account_id"].startswith("chain-")}
    assert len({_partition(a) for a in chain}) >= 4
    rules = REPO_ROOT / "rules"
    res = cli(dict(os.environ), "backtest", "--rules", str(rules), "--events", str(case),
              "--out", str(tmp_path / "bt.jsonl"), "--no-progress")
    assert res.returncode == 0, res.stderr
    bt = [r for r in decision_rows(tmp_path / "bt.jsonl") if r["rule"] == "cluster-new-account-swarm"]
    assert {r["account_id"] for r in bt} == chain
    st = Stream(kafka_bootstrap, tmp_path)
    st.env["ENFORCER_RULES_DIR"] = str(rules)
    rounds: dict[int, list[dict]] = {}
    for e in events:
        rounds.setdefault((e["ts"] - events[0]["ts"]) // (12 * MIN), []).append(e)
    try:
        w = st.start()
        st.wait_assigned(w)
        for i in sorted(rounds):
            assert st.produce(_write(tmp_path / f"round{i}.jsonl", rounds[i])).returncode == 0
            _wait_all_stages(st, (w,))
        rows, _ = st.dump()
        got = [r for r in rows if r["rule"] == "cluster-new-account-swarm"]
        assert {r["account_id"] for r in got} == chain
        assert {r["scope_key"] for r in got} == {r["scope_key"] for r in bt}
        assert not any(r["account_id"].startswith("family-") for r in rows)
        assert st.stop_all() == [0]
    finally:
        st.stop_all()


def _card_phases() -> list[list[dict]]:
    """A hydra's three cards of five accounts (no organisation) behind one
    /24. A: one request each: the cards become crowded when their fifth
    account arrives, too late for any of these requests to carry it. Then a
    second request each, now carrying the crowded card to the network group:
    B, the first two cards' accounts (two cards: nothing); C, the third card's
    first account (three: the rule fires and fans out to the eleven accounts
    whose card is crowded so far); D, the rest of the third card (each one
    inherits on its request). Each phase is decided by its last event or by
    none, so the order in which the network group receives a phase's
    observations (several request partitions feed it) cannot change an id."""
    def ev(acct: str, card: str, ts: int, n: int) -> dict:
        return {"event_id": f"{acct}-{n}", "ts": ts, "account_id": acct, "prompt_tokens": 40,
                "completion_tokens": 500, "prompt": f"Solve problem number {n} for {acct}",
                "payment_fingerprint": card, "ip": f"203.0.113.{10 + n}"}
    accounts = [(f"h{c}{i}", f"card-h{c}") for c in range(3) for i in range(5)]
    a = [ev(acct, card, T0 + k * 10_000, 0) for k, (acct, card) in enumerate(accounts)]
    second = [ev(acct, card, T0 + 10 * MIN + k * 10_000, 1) for k, (acct, card) in enumerate(accounts)]
    return [a, second[:10], second[10:11], second[11:]]


def test_crowded_cards_reach_the_network_groups_through_the_notices(kafka_bootstrap: str, tmp_path: Path) -> None:
    """A payment group's crowded-card notice travels on the template-notices
    topic to the account stages of every partition (the hydra's accounts span
    several); once every worker has read them, the accounts' next requests
    carry their cards to the /24's group, and the stream actions the
    backtest's accounts with the backtest's ids."""
    rules = REPO_ROOT / "tests" / "fixtures" / "crowded_card_rules"
    phases = _card_phases()
    hydra = {e["account_id"] for e in phases[0]}
    assert len({_partition(a) for a in hydra}) >= 4
    bt = _backtest(_write(tmp_path / "all.jsonl", [e for p in phases for e in p]), tmp_path / "bt.jsonl", rules)
    assert {r["account_id"] for r in bt if r["rule"] == "crowded-card-exits"} == hydra
    rows = _stream_in_phases(kafka_bootstrap, tmp_path, phases, rules, notices={0: 3})  # the three cards'
    assert id_set(rows) == id_set(bt)


def test_solo_organisations_reach_the_account_stages_through_the_notices(kafka_bootstrap: str, tmp_path: Path) -> None:
    """The same hydra, each account reporting an organisation of its own. Three
    rounds of a request each come first: the first crowds the cards, the
    second (the card now known crowded) starts each organisation's hour, the
    third, past it, makes the org groups say "solo". Those notices travel on
    the template-notices topic like the cards'; once read, the accounts' next
    requests count their cards on the /24 (phases B, C, D as without
    organisations), and the stream actions the backtest's accounts with the
    backtest's ids."""
    rules = REPO_ROOT / "tests" / "fixtures" / "crowded_card_rules"
    phases = _card_phases()
    hydra = [e["account_id"] for e in phases[0]]
    rounds = [[{**e, "event_id": f"{e['event_id']}-r{j}", "ts": T0 + j * 65 * MIN + k * 10_000}
               for k, e in enumerate(phases[0])] for j in range(3)]
    later = [[{**e, "ts": e["ts"] + 3 * HOUR} for e in p] for p in phases[1:]]
    phases = [*rounds, *later]
    for p in phases:
        for e in p:
            e["org_id"] = f"org-of-{e['account_id']}"
    bt = _backtest(_write(tmp_path / "all.jsonl", [e for p in phases for e in p]), tmp_path / "bt.jsonl", rules)
    assert {r["account_id"] for r in bt if r["rule"] == "crowded-card-exits"} == set(hydra)
    assert min(r["issued_at"] for r in bt) > ms_to_text(T0 + 3 * HOUR)  # nothing before phase B
    # the three cards' notices; then the fifteen organisations' too
    rows = _stream_in_phases(kafka_bootstrap, tmp_path, phases, rules, notices={0: 3, 2: 3 + 15})
    assert id_set(rows) == id_set(bt)


def _actioned_phases() -> list[list[dict]]:
    """A: five heavy accounts of a ring send nine requests each and two quiet
    ones a request each, all on one card; a family's card the same with two
    heavy members of six. B: four of the ring's heavy accounts and the
    family's two send their tenth (the account rule challenges them; their
    observations say so). C: the ring's fifth: five of seven actioned, the
    card rule fires on that one event and fans out to the quiet two."""
    old = T0 - 300 * DAY

    def ev(acct: str, card: str, n: int, ts: int) -> dict:
        return {"event_id": f"{acct}-{n}", "ts": ts, "account_id": acct, "prompt_tokens": 40,
                "completion_tokens": 700, "prompt": f"Solve problem number {n} for {acct}",
                "payment_fingerprint": card, "account_created_at": old}

    cards = (("card-ring", 5, 2), ("card-family", 2, 4))
    a = [ev(f"{c}-h{i}", c, n, T0 + n * MIN + i * 1_000) for c, heavy, _ in cards for i in range(heavy) for n in range(9)]
    a += [ev(f"{c}-q{i}", c, 0, T0 + 30_000 + i * 1_000) for c, _, quiet in cards for i in range(quiet)]
    b = [ev(f"{c}-h{i}", c, 9, T0 + 20 * MIN + i * 1_000) for c, heavy, _ in cards for i in range(heavy)
         if (c, i) != ("card-ring", 4)]
    c_ = [ev("card-ring-h4", "card-ring", 9, T0 + 25 * MIN)]
    return [sorted(p, key=lambda e: e["ts"]) for p in (a, b, c_)]


def test_actioned_members_counted_by_the_card_group_as_in_the_backtest(kafka_bootstrap: str, tmp_path: Path) -> None:
    """The account stages' observations say which accounts hold a challenge;
    the card group counts them over partitions and challenges what is left of
    the ring, with the backtest's ids; the family's card (two of six) is left
    alone in both."""
    rules = REPO_ROOT / "tests" / "fixtures" / "actioned_rules"
    phases = _actioned_phases()
    accounts = {e["account_id"] for p in phases for e in p}
    assert len({_partition(a) for a in accounts}) >= 4
    bt = _backtest(_write(tmp_path / "all.jsonl", [e for p in phases for e in p]), tmp_path / "bt.jsonl", rules)
    assert {r["account_id"] for r in bt if r["rule"] == "mostly-actioned-card" and r["action"] == "challenge"} == {
        "card-ring-q0", "card-ring-q1"}
    rows = _stream_in_phases(kafka_bootstrap, tmp_path, phases, rules)
    assert id_set(rows) == id_set(bt)


def _gsm8k() -> list[str]:
    path = REPO_ROOT / "enforcer" / "sim" / "sample_prompts" / "task_gsm8k.jsonl"
    return [orjson.loads(x)["text"] for x in path.read_bytes().splitlines() if x]


def _class_phases() -> list[list[dict]]:
    """A, tutors preparing a sheet behind a NAT: for each GSM8K item k of
    11-19, two tutors each ask items k-1 and k (k walked, two accounts: its
    group tells every account stage that k is asked on that network, on the
    template-notices topic). Two items each: no tutor can be decided. B, once
    those notices are read: a class behind the same NAT works through items
    10-19 in order, one every 15 minutes, beside a walker on its own slice at
    home and a student asking the sheet from home."""
    gsm = _gsm8k()

    def ev(acct: str, ip: str, item: int, ts: int) -> dict:
        return {"event_id": f"{acct}-{item}", "ts": ts, "account_id": acct, "ip": ip, "prompt_tokens": 60,
                "completion_tokens": 500, "prompt": f"Help me with this one:\n{gsm[item]}"}

    a = [ev(f"tutor{k}{t}", "81.2.69.17", k + d, T0 + (2 * k + t) * MIN + d * 20_000)
         for k in range(11, 20) for t in (0, 1) for d in (-1, 0)]
    start = T0 + 3 * HOUR
    b = [ev(f"s{s}", "81.2.69.17", 10 + n, start + n * 15 * MIN + s * 30_000) for n in range(10) for s in range(4)]
    b += [ev("walker", "73.41.8.9", 60 + n, start + n * 15 * MIN + 5_000) for n in range(10)]
    b += [ev("home-student", "92.5.41.8", 10 + n, start + n * 15 * MIN + 10_000) for n in range(10)]
    return [sorted(p, key=lambda e: e["ts"]) for p in (a, b)]


def test_a_class_behind_its_nat_is_spared_through_the_item_notices(kafka_bootstrap: str, tmp_path: Path) -> None:
    """Items walked on one network reach the account stages of every
    partition as notices; once read, the class that follows the tutors reads
    its items as asked locally and is spared, as in the backtest, while the
    walker and the student at home are challenged with the backtest's ids.
    (Each phase is decided independently of when a notice arrives: notices
    arrive one hop later in the stream.)"""
    rules = tmp_path / "rules"
    rules.mkdir()
    fixture = REPO_ROOT / "tests" / "fixtures" / "local_item_rules" / "rules.yaml"
    (rules / "rules.yaml").write_text(fixture.read_text())
    (rules / "sets.idx").write_bytes(DatasetIndex.build({"gsm8k": _gsm8k()}).to_bytes())
    phases = _class_phases()
    accounts = {e["account_id"] for p in phases for e in p}
    assert len({_partition(a) for a in accounts}) >= 4
    bt = _backtest(_write(tmp_path / "all.jsonl", [e for p in phases for e in p]), tmp_path / "bt.jsonl", rules)
    assert {r["account_id"] for r in bt} == {"walker", "home-student"}
    rows = _stream_in_phases(kafka_bootstrap, tmp_path, phases, rules, notices={0: 9})  # items 11-19
    assert id_set(rows) == id_set(bt)
