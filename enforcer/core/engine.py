"""The enforcement engine: one request event in, decisions out. No I/O.

`Engine` is the account stage and the group stage wired synchronously: what
`enforcer backtest`, `enforcer rules test` and `enforcer explain` run. The live
stream runs the same two stages, one hop apart through Kafka
(enforcer/stream/, README "Live stream"):

    event --> AccountStage.process --> account decisions
                   | GroupObservation per link key
                   v
              GroupStage.observe --> TemplateNotice --> AccountStage.notice
                   | FanOut / GroupLift per member account
                   v
              AccountStage.apply --> member decisions

Here every message is handed over at once, in the order the stream's topics
keep per key; the stream's only freedom is *when* a message arrives (one
repartition hop later). One question is asked synchronously here: whether a
request's wrapper is shared (GroupStage.admit), so the request that makes a
wrapper shared counts itself, as in the single engine; the stream learns it
from a TemplateNotice one hop later. Decision ids are content-derived (rule, scope, key,
account, action, triggering event id), so both produce the same ids.

Clocks, all event time: each account and each group has its own clock (its
latest event); the engine watermark (latest event seen) only drives
housekeeping of both stages: idle eviction and lifts of expired decisions,
swept `allowed_lateness` behind it.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Mapping
from typing import Any

from enforcer.contracts import Decision, RequestEvent
from enforcer.core.account_stage import AccountStage, Result
from enforcer.core.cluster_protocol import Msg
from enforcer.core.clusters import drain
from enforcer.core.config import CollectiveConfig, EngineConfig  # noqa: F401 - re-exported
from enforcer.core.group_stage import GroupStage
from enforcer.rules.compiled import RuleSet

__all__ = ["CollectiveConfig", "Engine", "EngineConfig", "Result"]


class Engine:
    def __init__(self, rules: RuleSet, config: EngineConfig | None = None):
        self.config = cfg = config or EngineConfig()
        self.stats: Counter[str] = Counter()
        self.account = AccountStage(rules, cfg, self.stats)
        self.group = GroupStage(rules, cfg, self.stats, auto_housekeeping=False)
        # Which wrappers are shared, asked synchronously: the request that makes a
        # wrapper shared counts as shared, as in the single engine. (The stream
        # learns it from notices, one hop later.)
        self.account.shared_probe = self.group.admit
        # Clusters (while a rule is scoped to them): the account side's messages
        # are delivered to the key side, and the relabels back, until none is
        # left, before the event's cluster id is read. The stream sends them
        # through its topics instead.
        self.account.cluster_drain = self._drain_clusters
        self.cluster_messages = 0
        self.cluster_unsettled = 0  # events whose messages hit max_cluster_messages

    max_cluster_messages = 1_000_000

    def _drain_clusters(self, msgs: list[Msg]) -> None:
        if not msgs:
            return
        q = deque(msgs)
        self.cluster_messages += drain(q, self.account.relabel, self.group.link, self.max_cluster_messages)
        if q:
            self.cluster_unsettled += 1

    @property
    def clusters(self):
        """The account side of the clusters (None while no rule is scoped to them)."""
        return self.account.clusters

    # The account stage's state, and the group stage's, under the names adapters and tools use.
    @property
    def rules(self) -> RuleSet:
        return self.account.rules

    @property
    def accounts(self):
        return self.account.accounts

    @property
    def book(self):
        return self.account.book

    @property
    def offences(self):
        return self.account.offences

    @property
    def notes(self):
        return self.account.notes

    @property
    def attrs(self):
        return self.account.attrs

    @property
    def decision_counts(self) -> Counter[tuple[str, str, str]]:
        return self.account.decision_counts

    @property
    def exception_hits(self) -> Counter[str]:
        return self.account.exception_hits

    @property
    def observer(self):
        return self.account.observer

    @property
    def watermark(self) -> int | None:
        return self.account.watermark

    @property
    def groups(self):
        return self.group.groups

    @property
    def group_book(self):
        return self.group.book

    @property
    def group_offences(self):
        return self.group.offences

    def set_rules(self, rules: RuleSet) -> None:
        """Hot reload: windows, sketches, groups, offence counts and active
        decisions are kept (see AccountStage.set_rules)."""
        self.account.set_rules(rules)
        self.group.set_rules(rules)

    def process(self, ev: RequestEvent) -> Result:
        acc, grp = self.account, self.group
        before = acc._next_housekeeping
        res = acc.process(ev)
        if acc._next_housekeeping != before:  # the account stage swept: so does the group stage, same watermark
            grp.housekeeping(acc.watermark or 0)
        out = res.decisions
        for ob in res.observations:
            cmds, notices = grp.observe(ob)
            for n in notices:
                acc.notice(n)
            for c in cmds:
                out.extend(acc.apply(c))
        return res

    def housekeeping(self) -> list[Decision]:
        lifts = self.account.housekeeping()
        self.group.housekeeping(self.account.watermark or 0)
        return lifts

    def export_account(self, account: str) -> dict[str, Any] | None:
        return self.account.export_account(account)

    def import_account(self, account: str, data: Mapping[str, Any], state: bool = True) -> None:
        self.account.import_account(account, data, state)
