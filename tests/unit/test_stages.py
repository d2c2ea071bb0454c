"""The core split: account stage + group stage, wired as the backtest wires them
(Engine) and as the stream does (partitioned by key, messages handed over
later). No Kafka here: enforcer/stream is tested in tests/integration."""

from __future__ import annotations

import zlib
from collections import deque
from pathlib import Path

import orjson
import pytest

from enforcer.contracts import Action, Mode, parse_event
from enforcer.core.account_stage import AccountStage
from enforcer.core.engine import Engine, EngineConfig
from enforcer.core.features import K
from enforcer.core.verdicts import ms
from enforcer.core.group_stage import GroupStage
from enforcer.core.cluster_protocol import Relabel
from enforcer.core.messages import (
    FanOut, GroupLift, GroupObservation, TemplateNotice, command_from_dict, command_to_dict, link_from_dict,
    link_to_dict, observations_from_dict, observations_to_dict)
from enforcer.core.verdicts import Attrs
from enforcer.rules.loader import load_rules

ROOT = Path(__file__).resolve().parents[2]
RING_RULES = load_rules(ROOT / "tests" / "fixtures" / "group_stream_rules")
DEFAULT_RULES = load_rules(ROOT / "rules")
T0 = 1_793_613_600_000
MIN = 60_000
DAY = 86_400_000


def ring_events() -> list[dict]:
    """A card ring: five young accounts and an established customer share a card;
    the sixth distinct account (r05) makes the ring fire; r06 joins later
    (inherits); o01 is spared by fanout_when; benign accounts have cards of their own."""
    evs: list[dict] = []

    def ev(acct: str, ts: int, card: str, created: int, n: int) -> None:
        evs.append({"event_id": f"{acct}-{n}", "ts": ts, "account_id": acct, "prompt_tokens": 40,
                    "completion_tokens": 900, "prompt": f"Solve problem number {n} for {acct}",
                    "payment_fingerprint": card, "account_created_at": created})

    young, old = T0 - 2 * DAY, T0 - 400 * DAY
    for i in range(3):
        for j, acct in enumerate(("r01", "r02", "r03", "r04", "o01")):
            ev(acct, T0 + i * 3 * MIN + j * 10_000, "card-ring", old if acct == "o01" else young, i)
        for b in range(5):
            ev(f"b{b:02d}", T0 + i * 3 * MIN + 60_000 + b * 1_000, f"card-b{b}", old, i)
    ev("r05", T0 + 12 * MIN, "card-ring", young, 0)
    ev("r06", T0 + 20 * MIN, "card-ring", young, 0)
    ev("r01", T0 + 21 * MIN, "card-ring", young, 9)
    ev("o01", T0 + 22 * MIN, "card-ring", old, 9)
    for k in range(12):  # a burst: the account rule beside the group rule
        ev("b00", T0 + 25 * MIN + k * 1_000, "card-b0", old, 100 + k)
    evs.sort(key=lambda e: e["ts"])
    return evs


def sim_events() -> list[dict]:
    from enforcer.sim import SimConfig, generate

    events, _ = generate(SimConfig(seed=11, days=0.25))
    return list(events)


def facade(rules, events: list[dict]) -> list:
    eng = Engine(rules, EngineConfig())
    out = []
    for e in events:
        out.extend(eng.process(parse_event(orjson.dumps(e))).decisions)
    return out


class Partitioned:
    """The stream's shape without Kafka: account stages by hash(account), group
    stages by hash(kind:key), notices broadcast. `hop` events: observations and
    commands are handed over that many events later (0: at once, as Engine does
    it, except that each stage sweeps on its own watermark)."""

    def __init__(self, rules, parts: int = 3, hop: int = 0):
        cfg = EngineConfig()
        self.parts = parts
        self.hop = hop
        self.accounts = [AccountStage(rules, cfg) for _ in range(parts)]
        self.groups = [GroupStage(rules, cfg) for _ in range(parts)]
        self.obs: deque[tuple[int, GroupObservation]] = deque()
        self.cmds: deque[tuple[int, object]] = deque()
        self.n = 0
        self.out: list = []

    def _p(self, key: str) -> int:
        return zlib.crc32(key.encode()) % self.parts

    def _deliver(self, upto: int) -> None:
        while self.obs or self.cmds:
            moved = False
            while self.obs and self.obs[0][0] <= upto:
                _, ob = self.obs.popleft()
                if not isinstance(ob, GroupObservation):  # a cluster Link/Unlink for the key side
                    m = link_from_dict(orjson.loads(orjson.dumps(link_to_dict(ob))))
                    self.cmds.extend((self.n, c) for c in self.groups[self._p(m.route)].link(m))
                    moved = True
                    continue
                # Through the wire format, as the stream sends it.
                ob = GroupObservation.from_dict(orjson.loads(orjson.dumps(ob.to_dict())))
                cmds, notices = self.groups[self._p(ob.group_id)].observe(ob)
                for n in notices:
                    for a in self.accounts:
                        a.notice(n)
                self.cmds.extend((self.n, c) for c in cmds)
                moved = True
            while self.cmds and self.cmds[0][0] <= upto:
                _, c = self.cmds.popleft()
                c = command_from_dict(orjson.loads(orjson.dumps(command_to_dict(c))))
                if isinstance(c, Relabel):
                    self.obs.extend((self.n, m) for m in self.accounts[self._p(c.account)].relabel(c))
                else:
                    self.out.extend(self.accounts[self._p(c.account)].apply(c))
                moved = True
            if not moved:
                break

    def process(self, e: dict) -> None:
        ev = parse_event(orjson.dumps(e))
        res = self.accounts[self._p(ev.account_id)].process(ev)
        self.out.extend(res.decisions)
        self.obs.extend((self.n, m) for m in res.cluster_msgs)
        self.obs.extend((self.n, ob) for ob in res.observations)
        self._deliver(self.n - self.hop)
        self.n += 1

    def finish(self) -> list:
        self._deliver(self.n + 10**9)
        return self.out


def partitioned(rules, events: list[dict], hop: int = 0, parts: int = 3) -> list:
    p = Partitioned(rules, parts, hop)
    for e in events:
        p.process(e)
    return p.finish()


def ids(decisions) -> set[tuple[str, str, str]]:
    return {(d.decision_id, d.action.value, d.account_id) for d in decisions}


def verdicts(decisions) -> set[tuple[str, str, str]]:
    return {(d.rule, d.account_id, d.action.value) for d in decisions if d.action is not Action.lift}


def test_ring_spread_over_partitions_is_caught_with_the_engines_ids():
    events = ring_events()
    ring = {"r01", "r02", "r03", "r04", "r05", "r06", "o01"}
    assert len({zlib.crc32(a.encode()) % 3 for a in ring}) >= 2, "the ring must span partitions"
    want = facade(RING_RULES, events)
    caught = {d.account_id for d in want if d.rule == "card-ring"}
    assert caught == ring - {"o01"}, "o01 is an established customer: spared by fanout_when"
    assert {d.account_id for d in want if d.rule == "burst"} == {"b00"}
    got = partitioned(RING_RULES, events)
    assert ids(got) == ids(want)
    assert [d.decision_id for d in got if d.rule == "card-ring"] == [d.decision_id for d in want
                                                                     if d.rule == "card-ring"]


@pytest.mark.parametrize("hop", [1, 3, 7])
def test_a_late_hop_keeps_who_is_actioned_for_what(hop):
    """Handed over `hop` events later: the same (rule, account, action) set; the
    member decisions may carry other ids (another event crosses the threshold,
    a joiner gets a fan-out instead of an inheritance)."""
    events = ring_events()
    assert verdicts(partitioned(RING_RULES, events, hop=hop)) == verdicts(facade(RING_RULES, events))


@pytest.fixture(scope="module")
def sim():
    events = sim_events()
    return events, facade(DEFAULT_RULES, events)


def test_simulated_campaigns_partitioned_block_the_same_accounts(sim):
    """Simulated traffic through partitioned stages: account rules give the
    engine's exact ids, and the same accounts get the same actions. Which group
    rule gets the credit may differ: a wrapper counts as shared one notice later
    than in the engine (its synchronous `admit`), so when a card's age-based
    rule and its template-ring rule both near their thresholds, the other one
    can fire first (README, "Live stream"). Exact ids hold for the prompt
    corpus in ../shared, not for the packaged sample, whose repeated prompts
    put such races in this slice."""
    events, want = sim
    assert {d.scope for d in want} >= {"account", "payment", "device"}, "the slice must exercise group rules"
    got = partitioned(DEFAULT_RULES, events)

    def account_ids(ds):
        return {(d.decision_id, d.action.value, d.account_id) for d in ds if d.scope == "account"}

    def blocked(ds):
        return {(d.account_id, d.action.value) for d in ds if d.action is not Action.lift}

    assert account_ids(got) == account_ids(want)
    # The cluster id is read one hop earlier in the stream (README, "Live
    # stream"): an account whose last request is the one that joins it to an
    # actioned cluster is caught by the cluster in the backtest and not here,
    # unless a card or device rule catches it. (Before the card and device
    # rings asked members for the ring's wrappers, one always did on this slice.)
    last_ts = {}
    for e in events:
        last_ts[e["account_id"]] = parse_event(orjson.dumps(e)).ts
    enforced = [d for d in want if d.action is not Action.lift and d.mode is Mode.enforce]
    only_cluster = {d.account_id for d in enforced} - {d.account_id for d in enforced if d.scope != "cluster"}
    late = {(d.account_id, d.action.value) for d in enforced if d.account_id in only_cluster
            and ms(d.issued_at) == last_ts[d.account_id]}
    assert len(late) <= 3, late
    assert blocked(got) <= blocked(want)
    assert blocked(want) - late <= blocked(got)


def golden_events(case: str) -> list[dict]:
    return [orjson.loads(line) for line in (ROOT / "rules" / "tests" / case / "events.jsonl").read_bytes().splitlines()
            if line.strip()]


@pytest.mark.parametrize("hop", [0, 1, 2])
def test_a_cluster_spread_over_partitions_is_caught_as_in_the_engine(hop):
    """The cluster protocol split as the stream splits it: account sides with
    the account stages, key sides with the group stages, messages handed over
    `hop` events later. The chain (no card or device shared by more than 3)
    is one cluster; the family on one card is not actioned. A label crosses
    the chain in ~14 message hops (account -> key -> account ...), and the
    case has 3 rounds of 16 requests: a longer hop than 2 events leaves its
    far end unlabelled until the data ends (live, a hop is ~100 ms)."""
    events = golden_events("cluster-chain")
    chain = {e["account_id"] for e in events if e["account_id"].startswith("chain-")}
    assert len({zlib.crc32(a.encode()) % 3 for a in chain}) == 3, "the chain must span every partition"
    want = facade(DEFAULT_RULES, events)
    suspended = {d.account_id for d in want if d.rule == "cluster-new-account-swarm"}
    assert suspended and suspended <= chain
    got = partitioned(DEFAULT_RULES, events, hop=hop)
    assert {d.account_id for d in got if d.rule == "cluster-new-account-swarm"} == suspended
    assert verdicts(got) == verdicts(want)
    assert not any(d.account_id.startswith("family-") for d in got if d.action is not Action.lift)
    # The same cluster id (its oldest member's); the triggering event, and so
    # the decision ids, may differ: an account side reads its cluster id before
    # the relabels of the same event come back (one hop), where Engine drains them first.
    assert {d.scope_key for d in got if d.scope == "cluster"} == {d.scope_key for d in want if d.scope == "cluster"}


def test_messages_survive_their_wire_form():
    ob = GroupObservation("payment", "pay-1", "a1", T0, T0 + 5, True, ((0, 1), (1, 40), (6, 1)), 123, "e1",
                          Attrs("a1", "org", None, "/v1"))
    back = GroupObservation.from_dict(orjson.loads(orjson.dumps(ob.to_dict())))
    assert back.to_dict() == ob.to_dict() and back.attrs.as_dict() == ob.attrs.as_dict()
    # One event's observations travel as one item: its fields once, then its keys.
    held = (3, T0 + 60_000, 0, 0)
    same = [GroupObservation(kind, key, "a1", T0, T0 + 5, False, ((0, 1),), 0, "e2", Attrs("a1", None, "m", "/v1"),
                             held) for kind, key in (("payment", "pay-1"), ("device", "dev-1"), ("cluster", "c1"))]
    item = orjson.loads(orjson.dumps(observations_to_dict(same)))
    assert [o.to_dict() for o in observations_from_dict(item)] == [o.to_dict() for o in same]
    assert len(orjson.dumps(item)) < 0.5 * sum(len(orjson.dumps(o.to_dict())) for o in same)
    assert observations_from_dict(ob.to_dict())[0].to_dict() == ob.to_dict()  # a single one reads too
    # The client network travels too (0, no IP, is left out of the wire form).
    netted = [GroupObservation("payment", "pay-1", "a1", T0, T0 + 5, False, ((0, 1),), 0, "e3",
                               Attrs("a1", None, "m", "/v1"), None, 0xBEEF)]
    assert observations_from_dict(orjson.loads(orjson.dumps(observations_to_dict(netted))))[0].net == 0xBEEF
    assert "p" not in ob.to_dict() and observations_from_dict(ob.to_dict())[0].net == 0
    # A newer worker's counters (a rolling upgrade) are dropped, the rest counted.
    newer = ob.to_dict() | {"d": [[0, 1], [1, 40], [K + 3, 1]]}
    assert observations_from_dict(newer)[0].deltas == ((0, 1), (1, 40))
    f = FanOut("a1", "card-ring", "payment", "pay-1", Action.suspend, None, Mode.enforce, T0, T0 + 1, 2,
               {"accounts_24h": 7, "new_account_share_24h": 0.857}, ("gid", "e9"), "x")
    assert command_from_dict(orjson.loads(orjson.dumps(f.to_dict()))) == f
    lift = GroupLift("a1", "card-ring", "payment", "pay-1", Mode.shadow, T0, "why")
    assert command_from_dict(orjson.loads(orjson.dumps(lift.to_dict()))) == lift
    r = Relabel("a1", "payment", "pay-1", 7, (T0, "a0"))
    assert command_from_dict(orjson.loads(orjson.dumps(command_to_dict(r)))) == r
    n = TemplateNotice("tpl-1", True, T0, T0 + DAY)
    assert TemplateNotice.from_dict("tpl-1", orjson.loads(orjson.dumps(n.to_dict()))) == n
    assert "c" not in n.to_dict(), "a notice that is not crowded reads as before"
    c = TemplateNotice("tpl-1", True, T0, T0 + 2 * DAY, T0 + DAY)
    assert TemplateNotice.from_dict("tpl-1", orjson.loads(orjson.dumps(c.to_dict()))) == c


def test_a_wrapper_used_by_many_accounts_counts_as_crowded_in_both_wirings():
    """60 accounts each end two questions with one phrase: from the 50th
    account on (crowded_template_accounts) a request counts as crowded as well
    as shared. The engine learns it synchronously; the partitioned stages from
    the group stage's notices, one observation later; both count the same."""
    events = [{"event_id": f"e{a}-{k}", "ts": T0 + (2 * a + k) * 1_000, "account_id": f"u{a:02d}",
               "prompt_tokens": 30, "completion_tokens": 300,
               "prompt": f"What is {a} plus {k * 7 + 3}, and why does it work like that?\n\n"
                         "Please reason it out step by step before you give the final answer."}
              for a in range(60) for k in range(2)]
    eng = Engine(DEFAULT_RULES, EngineConfig())
    for e in events:
        eng.process(parse_event(orjson.dumps(e)))
    p = Partitioned(DEFAULT_RULES)
    for e in events:
        p.process(e)
    p.finish()
    from enforcer.core.features import account_catalog
    cat = account_catalog(markers=tuple(DEFAULT_RULES.markers), networks=tuple(DEFAULT_RULES.networks))
    crowded, shared = cat["crowded_template_ratio_24h"].get, cat["shared_template_ratio_24h"].get
    now = T0 + 200_000

    def ratios(acct):
        st_e = eng.accounts.get(acct)
        st_p = p.accounts[p._p(acct)].accounts.get(acct)
        return (shared(st_e, None, now), crowded(st_e, None, now)), (shared(st_p, None, now), crowded(st_p, None, now))

    assert ratios("u00") == ((0.0, 0.0), (0.0, 0.0)), "the first account's phrase was nobody else's yet"
    assert ratios("u10") == ((1.0, 0.0), (1.0, 0.0)), "shared by then, not crowded"
    assert ratios("u55") == ((1.0, 1.0), (1.0, 1.0)), "crowded by then"


def test_a_restored_group_keeps_members_counts_and_its_decision():
    """export_group/import_group (what the stream's group table holds): members
    with their new-account flag rebuild the account counts; an active group
    decision keeps the group from firing again and still reaches joiners."""
    cfg = EngineConfig()
    acc = AccountStage(RING_RULES, cfg)
    grp = GroupStage(RING_RULES, cfg, track_new=True)
    events = ring_events()
    upto = next(i for i, e in enumerate(events) if e["account_id"] == "r06")
    fired = []
    for e in events[:upto]:
        res = acc.process(parse_event(orjson.dumps(e)))
        for ob in res.observations:
            fired += grp.observe(ob)[0]
    assert any(isinstance(c, FanOut) for c in fired)
    kind, key = next((k, g) for (k, g) in grp.groups.groups if k == "payment" and
                     len(grp.groups.groups[(k, g)].members) > 2)
    saved = orjson.loads(orjson.dumps(grp.export_group(kind, key)))
    g0 = grp.groups.get(kind, key)
    fresh = GroupStage(RING_RULES, cfg, track_new=True)
    fresh.import_group(kind, key, saved)
    g1 = fresh.groups.get(kind, key)
    now = g0.last_ts
    assert g1.accounts_24h.estimate(now) == g0.accounts_24h.estimate(now) == 6
    assert g1.new_accounts_24h.estimate(now) == g0.new_accounts_24h.estimate(now) == 5
    assert g1.windows.to_list() == g0.windows.to_list()
    joiner = acc.process(parse_event(orjson.dumps(events[upto])))
    cmds = [c for ob in joiner.observations for c in fresh.observe(ob)[0]]
    assert [(c.account, c.rule, len(c.id_parts)) for c in cmds] == [("r06", "card-ring", 2)], "inherits, no re-fire"


def test_inheritances_an_account_already_holds_are_not_sent_and_change_nothing(sim):
    """GroupObservation.held: the group stage sends no inheritance the account
    stage would find covered. Same decisions, byte for byte, as an engine that
    sends every one of them; and most of those the account stage would find
    covered are not sent."""
    events, want = sim
    eng = Engine(DEFAULT_RULES, EngineConfig())
    eng.group._skip_held = False  # every inheritance goes to the account stage, as before the hint
    every = []
    for e in events:
        every.extend(eng.process(parse_event(orjson.dumps(e))).decisions)
    assert [d.model_dump() for d in want] == [d.model_dump() for d in every]
    hinted = Engine(DEFAULT_RULES, EngineConfig())
    for e in events:
        hinted.process(parse_event(orjson.dumps(e)))
    skipped, sent = hinted.group.stats["inherit_covered"], hinted.account.stats["inherited"]
    # Not most of all inheritances since the group rules that suspend soften
    # their fan-out: a softened member holds a challenge while its group holds a
    # suspension, so it is sent one at every request (and finds it covered by
    # its challenge). BENCHMARKS.md "Fifteenth independent generator".
    assert skipped > 0 and sent > 0, (skipped, sent)
    assert hinted.account.stats["fanout_softened"] > 0
    assert eng.group.stats["inherit_covered"] == 0
    # Of the inheritances the account stage drops as already covered, the hint
    # spares most (not all: a group decision fired at the same event fans out
    # after the observation's `held` was read).
    found = hinted.account.stats["inherit_found_covered"]
    assert skipped > 4 * found, (skipped, found)
    assert found < eng.account.stats["inherit_found_covered"]


def test_a_group_rule_that_can_lift_turns_the_hint_off(tmp_path):
    """Between the observation and its inheritance a group's `lift_when` may end
    the action the hint counted on: with such a rule every inheritance is sent."""
    src = ROOT / "tests" / "fixtures" / "group_stream_rules" / "rules.yaml"
    text = src.read_text()
    assert "    fanout_when: account_age_days < 30.0\n" in text
    (tmp_path / "rules.yaml").write_text(text.replace(
        "    fanout_when: account_age_days < 30.0\n",
        "    fanout_when: account_age_days < 30.0\n    lift_when: accounts_24h < 1\n"))
    events = ring_events()
    runs = {}
    for name, rules in (("plain", load_rules(src.parent)), ("lifting", load_rules(tmp_path))):
        eng = Engine(rules, EngineConfig())
        out = [d for e in events for d in eng.process(parse_event(orjson.dumps(e))).decisions]
        runs[name] = (ids(out), eng.group.stats["inherit_covered"])
    assert runs["plain"][1] > 0 and runs["lifting"][1] == 0
    assert runs["lifting"][0] == runs["plain"][0]  # the lift never holds here: same decisions


@pytest.mark.parametrize("hop", [0, 1])
def test_a_ring_fingerprints_bystanders_are_spared_through_the_wire_form(hop):
    """group_wrapper_share across partitions: the observations carry the
    events' wrapper keys and the fan-outs the group's common ones, through
    their wire form; the ring on one client fingerprint is challenged and the
    homework users on it are spared, as in the engine."""
    events = golden_events("bystanders-on-a-ring-fingerprint")
    want = facade(DEFAULT_RULES, events)
    ring = {e["account_id"] for e in events if e["account_id"].startswith("ring-")}
    assert {d.account_id for d in want if d.action is not Action.lift} == ring
    got = partitioned(DEFAULT_RULES, events, hop=hop)
    assert verdicts(got) == verdicts(want)
