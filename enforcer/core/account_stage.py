"""The account stage: one request event in, account decisions and group
observations out; group commands in, member decisions out. No I/O.

Keyed by account: the one writer of every decision about its accounts
(account rules, fan-outs and inheritances of group decisions, lifts), so the
compacted decisions topic has a single writer per key.

Per event:
    observe (fingerprint, markers, link keys)     -- the only read of prompt text
    -> account: sketches + sliding counters       -> account rules -> decisions
    -> one GroupObservation per link key          (to the group stage)

Per command from the group stage (FanOut, GroupLift), in event time (the
command's `ts`, never the wall clock):
    FanOut:   dedupe against the book -> `fanout_when` on the member's own state
              -> the exception the group stage found -> decision
    GroupLift: the member's decision from that rule and group ends

Per TemplateNotice: which prompt wrappers count as shared (the
`shared_template` counter of each request under one).

Clusters (only while a rule is scoped to `cluster`): this stage is the
account side of the cluster protocol (enforcer/core/clusters.py). Per event,
the keys of linking kinds (`collective.cluster.max_key_accounts`) go to
`AccountSide.on_event`; its Link/Unlink messages go to the key side (the
group stage) and Relabels come back (`relabel`). Once the account is linked
to another, its cluster id joins the event's link keys as ("cluster", id), so
a cluster is a group like any other from there on. Keys extracted only to
link (no rule of their kind) make no group observation.

Per rule, in priority order (`stop`: when the rule matches, whether or not it
issues a new decision, the scope's lower-priority rules are skipped):
    lift_when (if its decision is active) -> escalation step -> dedupe against
    the decision book -> `when` -> exceptions (spare the account, counted in
    `exception_hits`) -> decision.

Clocks, all event time: each account has its own clock (its latest event);
Kafka keeps one account's events in order within a partition, so per-account
windows are identical however partitions interleave. The stage watermark
(latest event seen) only drives housekeeping: idle eviction and lifts of
expired decisions, swept `allowed_lateness` behind it.
"""

from __future__ import annotations

import struct
from collections import Counter, OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import xxhash

from enforcer.contracts import Decision, Mode, RequestEvent, decision_id
from enforcer.core.account_sketch import AccountSketch
from enforcer.core.cluster_account import AccountSide
from enforcer.core.cluster_protocol import Msg, Relabel
from enforcer.core.config import EngineConfig
from enforcer.core.decisions import DecisionBook, covered
from enforcer.core.escalation import OffenceLedger
from enforcer.core.features import (BUSY_REQUESTS_24H, CADENCE, CROWDED, DATASET, HOP, HOP6, LOCAL, REQ, RETURN, SLICE,
                                    K, MARKER0, NEAR, NETWORK_COLS, NEW, NO_TEXT, PHASE, REPEAT, SESSION, SHARED,
                                    longest_window)
from enforcer.core.linkkeys import item_key
from enforcer.core.messages import Command, FanOut, GroupLift, GroupObservation, TemplateNotice
from enforcer.core.observe import Observer
from enforcer.core.state import SubjectState, SubjectStore
from enforcer.core.verdicts import Attrs, Notes, lift_reason, make_decision, ms
from enforcer.core.windows import MultiWindow
from enforcer.rules.compiled import CompiledRule, RuleSet
from enforcer.timeutil import format_duration_ms


@dataclass(slots=True)
class Result:
    decisions: list[Decision] = field(default_factory=list)
    late_reason: str | None = None
    duplicate: bool = False  # a redelivery of one of the account's recent events: not counted again
    observations: list[GroupObservation] = field(default_factory=list)
    cluster_msgs: list[Msg] = field(default_factory=list)  # Link/Unlink for the key side (stream only)


class SharedTemplates:
    """The account side's view of which wrappers are shared: template key ->
    (`until`, crowded `until`) (event time) of the latest "shared" notice.
    LRU-capped; a lapsed entry is ignored and dropped at housekeeping."""

    def __init__(self, cap: int):
        self.cap = cap
        self._until: OrderedDict[str, tuple[int, int]] = OrderedDict()
        self._swept = 1024  # sweep again once the map has doubled since the last sweep

    def __len__(self) -> int:
        return len(self._until)

    def apply(self, n: TemplateNotice) -> None:
        if not n.shared:
            self._until.pop(n.key, None)
            return
        self._until[n.key] = (n.until_ms, n.crowded_until_ms)
        self._until.move_to_end(n.key)
        if len(self._until) > self.cap:
            self._until.popitem(last=False)

    def level(self, key: str, ts: int) -> int:
        """0 private (or lapsed), 1 shared, 2 crowded."""
        until = self._until.get(key)
        if until is None or ts >= until[0]:
            return 0
        return 2 if ts < until[1] else 1

    def sweep(self, until_ms: int) -> None:
        """Drop lapsed entries; amortised (a no-op until the map has doubled)."""
        if len(self._until) > self._swept:
            self._until = OrderedDict((k, u) for k, u in self._until.items() if u[0] > until_ms)
            self._swept = max(1024, 2 * len(self._until))


class AccountStage:
    def __init__(self, rules: RuleSet, config: EngineConfig | None = None, stats: Counter[str] | None = None):
        self.config = cfg = config or EngineConfig()
        # The config is frozen: its per-event values are read once here (a
        # pydantic attribute read costs ~90 ns more than a plain one).
        self._lateness = cfg.allowed_lateness_ms
        self._windows = cfg.windows
        self._day = longest_window(cfg.windows)  # busy: the account's requests over it
        self._dry = cfg.dry_run
        self._dedupe = cfg.dedupe_events
        col = cfg.collective
        self.rules = rules
        self.accounts = SubjectStore(cfg.windows, K, cfg.max_subjects, cfg.idle())
        self.book = DecisionBook()
        self.offences = OffenceLedger(cfg.max_subjects)  # escalating account rules, by account
        self.observer = Observer(col.sketch, rules.markers, self._kinds(rules), rules.key_asns, rules.system_markers,
                                 rules.datasets)
        self._netsets = self._network_sets(rules)
        # The events' wrapper keys ride the observations only while a group rule's
        # fanout_when reads group_wrapper_share (the group stage counts nothing else).
        self._send_tpl = any(r.member_wrappers for r in rules.rules)
        self._cards = rules.crowded_cards  # crowded_card, crowded_cards_24h
        self._items = rules.local_items and "dataset_item" in col.link_kinds  # dataset_local_ratio_*
        # ... and the account's own recent wrappers only to the kinds whose rules read co_wrappers.
        self._rep_kinds = frozenset(r.scope for r in rules.rules if r.co_wrappers)
        self.shared = SharedTemplates(col.max_groups)
        # Engine (the backtest) sets this: (links, account, ts, is_new) -> whether a
        # wrapper among the links is shared, asked of the group stage synchronously
        # after admitting the account to every link's group. The stream leaves it
        # None and reads `shared`, the notices' view, one hop behind.
        self.shared_probe: Callable[[list[tuple[str, str]], str, int, bool], int] | None = None
        # The account side of the clusters, while a rule is scoped to them. Engine
        # sets `cluster_drain` to deliver an event's messages to the key side (and
        # the relabels back) before the event's cluster id is read; the stream
        # leaves it None and sends Result.cluster_msgs, so the id it reads lags
        # the key side by one hop.
        self.clusters: AccountSide | None = None
        self.cluster_drain: Callable[[list[Msg]], None] | None = None
        self._configure_clusters(rules)
        self._new_ms = int(col.new_account_days * 86_400_000)
        self.watermark: int | None = None
        self._next_housekeeping = 0
        self.stats: Counter[str] = stats if stats is not None else Counter()
        self.decision_counts: Counter[tuple[str, str, str]] = Counter()  # (rule, action, mode)
        self.exception_hits: Counter[str] = Counter()  # rule -> decisions an exception prevented
        self.attrs: dict[str, Attrs] = {}  # latest event attributes, kept only when rules.member_attrs
        self.notes = Notes()

    def set_rules(self, rules: RuleSet) -> None:
        """Hot reload: windows, sketches, offence counts and active decisions are
        kept. Marker sets and network sets are counted by position in
        definition order: a reload that renames or reorders them mixes old and
        new counts for up to a day."""
        # Compared as item lists: the order is the column layout.
        markers_changed = list(rules.markers.items()) != list(self.rules.markers.items())
        if (markers_changed or self._kinds(rules) != self.observer.link_kinds
                or rules.key_asns != self.rules.key_asns or rules.system_markers != self.rules.system_markers
                or rules.datasets is not self.rules.datasets):
            if markers_changed:
                self.stats["marker_sets_changed"] += 1
            self.observer = Observer(self.config.collective.sketch, rules.markers, self._kinds(rules), rules.key_asns,
                                     rules.system_markers, rules.datasets)
        if list(rules.networks.items()) != list(self.rules.networks.items()):
            self.stats["network_sets_changed"] += 1
        self._netsets = self._network_sets(rules)
        self._send_tpl = any(r.member_wrappers for r in rules.rules)
        self._cards = rules.crowded_cards  # crowded_card, crowded_cards_24h
        self._items = rules.local_items and "dataset_item" in self.config.collective.link_kinds
        self._rep_kinds = frozenset(r.scope for r in rules.rules if r.co_wrappers)
        if not rules.member_attrs:
            self.attrs.clear()
        self.rules = rules
        self._configure_clusters(rules)

    @staticmethod
    def _network_sets(rules: RuleSet) -> tuple[tuple[int, frozenset[int]], ...]:
        """(counter column, ASNs) per network set, in definition order (the
        columns are taken in that order, as marker sets take theirs)."""
        return tuple((NETWORK_COLS[i], asns) for i, asns in enumerate(rules.networks.values()))

    def _configure_clusters(self, rules: RuleSet) -> None:
        if "cluster" not in rules.by_scope:
            self.clusters = None
            self._ruled = None
            return
        if self.clusters is None:  # a reload keeps the clusters it has
            self.clusters = AccountSide(self.config.collective.cluster)
        # The kinds that make group observations; the others are extracted only to
        # link. None when every extracted kind has rules of its own (the default
        # rules): nothing to filter on the per-event path.
        ruled = frozenset(rules.by_scope) | {"template"}
        if rules.crowded_cards:  # their groups send the notices crowded_card reads
            ruled |= {"payment", "org"}
        self._ruled = None if self.observer.link_kinds <= ruled else ruled

    def _kinds(self, rules: RuleSet) -> frozenset[str]:
        """Link-key kinds worth tracking: those some loaded rule is scoped to,
        plus `template` (it drives every scope's shared_template_ratio).
        Saves the memory of groups nobody reads (measured: ~10% fewer groups and
        a few percent of time on simulated traffic with the default rules). A
        reload that adds a rule on a new kind starts that kind's groups empty."""
        col = self.config.collective
        wanted = set(rules.by_scope) | {"template"}
        if "cluster" in rules.by_scope:  # the kinds that join clusters, even with no rule of their own
            wanted |= set(col.cluster.max_key_accounts)
        if rules.crowded_cards:  # crowded cards: the payment groups count them, the org groups say which are solo
            wanted |= {"payment", "org"}
        return frozenset(col.link_kinds) & wanted

    # -- the hot path -----------------------------------------------------
    def process(self, ev: RequestEvent) -> Result:
        res = Result()
        out = res.decisions
        ts = ev.ts
        self.stats["events"] += 1
        if self.watermark is None or ts > self.watermark:
            self.watermark = ts
            if ts >= self._next_housekeeping:
                out.extend(self.housekeeping())
        account = ev.account_id
        st = self.accounts.touch(account, ts)
        dedupe = self._dedupe
        if dedupe:
            idh = xxhash.xxh3_64_intdigest(ev.event_id.encode("utf-8", "surrogatepass"))
            sk = st.ext
            if sk is not None and sk.seen_id(idh):
                # Before the lateness check: the copy of an event applied once is
                # a duplicate, whenever it arrives.
                self.stats["duplicates"] += 1
                res.duplicate = True
                return res
        now = st.last_ts
        lateness = self._lateness
        if ts < now - lateness:
            self.stats["late"] += 1
            res.late_reason = (
                f"late event: {now - ts} ms behind its account's clock, beyond the allowed lateness of "
                f"{format_duration_ms(lateness)}"
            )
            return res
        if ts > now:
            st.last_ts = now = ts
        if ev.account_created_at is not None:
            st.created = ev.account_created_at
        if ev.payment_fingerprint:
            st.paid = st.paid or 1
        member_attrs = self.rules.member_attrs
        attrs = Attrs.of(ev) if member_attrs else None
        if member_attrs:
            self.attrs[account] = attrs

        obs = self.observer.observe(ev)
        sk = st.ext
        if sk is None:
            sk = st.ext = AccountSketch()
        if dedupe:
            sk.remember_id(idh, dedupe)
        near, repeat, hop, v6hop, session, locked, cadence = sk.update(obs, ev, ts)
        created = ev.account_created_at
        is_new = created is not None and ts - created < self._new_ms
        links = obs.links
        cl = self.clusters
        cid = None
        if cl is not None and links:
            # on_event keeps only the kinds that link (max_key_accounts), itself:
            # no filtered copy of the links here
            msgs = cl.on_event(account, ts, links, is_new)
            if self.cluster_drain is not None:
                self.cluster_drain(msgs)
            else:
                res.cluster_msgs = msgs
            if cl.linked(account):
                cid = cl.cluster_of(account)
            ruled = self._ruled
            if ruled is not None and any(x[0] not in ruled for x in links):
                links = [x for x in links if x[0] in ruled]
        card = 0
        org_card = False
        if self._cards and ev.payment_fingerprint:
            card = self._crowded_card(st, obs.links, ev.org_id, ts)
            org_card = bool(ev.org_id) and st.paid >= 2
        probe = self.shared_probe
        if probe is not None:
            shared = probe(links, account, ts, is_new) if links else 0
        else:
            shared_view = self.shared
            shared = max((shared_view.level(key, ts) for kind, key in links if kind == "template"), default=0)
        deltas = [(0, 1), (1, ev.prompt_tokens), (2, ev.completion_tokens)]
        if near:
            deltas.append((NEAR, 1))
        if shared:
            deltas.append((SHARED, 1))
            if shared > 1:
                deltas.append((CROWDED, 1))
        if repeat:
            deltas.append((REPEAT, 1))
        if is_new:
            deltas.append((NEW, 1))
        if hop:
            deltas.append((HOP, 1))
        if v6hop:
            deltas.append((HOP6, 1))
        if session:
            deltas.append((SESSION, 1))
            if locked:
                deltas.append((PHASE, 1))
            if cadence:
                deltas.append((CADENCE, 1))
        if not ev.prompt:
            deltas.append((NO_TEXT, 1))
        item = obs.fp.item  # the public-dataset item the prompt quotes, -1 when none (or no index)
        if item >= 0:
            deltas.append((DATASET, 1))
            walked, returned = sk.walk(item, self.observer.datasets)
            if returned:
                deltas.append((RETURN, 1))
            if walked:
                deltas.append((SLICE, 1))
                # Only items of a walk link to their (network, item) group: a
                # class works through its sheet in order too, and the items
                # people pick anywhere would only fill the pending keys.
                pfx = obs.ip_prefix
                if self._items and pfx:
                    ikey = item_key(pfx, item)
                    if self.shared.level(ikey, ts):
                        deltas.append((LOCAL, 1))
                    links = [*links, ("dataset_item", ikey)]
        asn = ev.asn
        if asn is not None:
            for col, asns in self._netsets:
                if asn in asns:
                    deltas.append((col, 1))
        bits = obs.markers
        i = MARKER0
        while bits:
            if bits & 1:
                deltas.append((i, 1))
            bits >>= 1
            i += 1

        # A tuple: the windows keep it as the row of a bucket it opens (see
        # SlidingSums), and the group observations carry the same one.
        frozen = tuple(deltas)
        st.windows.update(self._windows, ts, now, frozen)
        rules = self.rules.by_scope.get("account")
        if rules:
            self._evaluate(rules, st, ev, now, out)
        if links or cid is not None:
            exact = obs.fp.exact if obs.fp.bands else 0
            eid = ev.event_id
            if attrs is None:
                attrs = Attrs(account, ev.org_id, ev.model, ev.endpoint)
            held = self._held(account, now) if self.book.holds(account) else None
            pfx = obs.ip_prefix
            net = xxhash.xxh3_64_intdigest(pfx.encode()) if pfx else 0
            # Every wrapper key, not only the shared ones: whether a wrapper counts
            # as shared yet depends on when its notice arrives (one notice later
            # in the stream than in the backtest), and the group's common wrappers
            # must not.
            tpl = obs.templates if self._send_tpl else ()
            rk = self._rep_kinds
            rep = (sk.recent_wrappers(obs.templates)
                   if rk and (any(kind in rk for kind, _ in links) or (cid is not None and "cluster" in rk)) else ())
            busy = st.windows.sums[self._day].tot[REQ] >= BUSY_REQUESTS_24H
            res.observations = [GroupObservation(kind, key, account, ts, now, is_new, frozen, exact, eid, attrs, held,
                                                 net, tpl, rep, busy, card, org_card) for kind, key in links]
            if cid is not None:
                res.observations.append(GroupObservation("cluster", cid, account, ts, now, is_new,
                                                          frozen, exact, eid, attrs, held, net, tpl, rep, busy, card,
                                                          org_card))
        return res

    def _crowded_card(self, st: SubjectState, links: list[tuple[str, str]], org: str | None, ts: int) -> int:
        """Whether the event's card is crowded, as the payment group's notice
        said: st.paid 2 (crowded_card) when the request reports no
        organisation, or one its org group said is a solo one (one account
        for SOLO_ORG_MS and more: what a hydra gives each of its accounts); 3
        when it reports any other (a team's card is crowded by design, and the
        groups do not count it). The card's hash for the observations when 2,
        else 0. The links come in link_keys' order: payment first, org after."""
        shared = self.shared
        for i, (kind, key) in enumerate(links):
            if kind == "payment":
                if not shared.level(key, ts):
                    st.paid = 1
                    return 0
                if org and not any(k2 == "org" and shared.level(okey, ts) for k2, okey in links[i + 1:]):
                    st.paid = 3
                    return 0
                st.paid = 2
                return int(key[4:], 16)
        return 0

    def _held(self, account: str, now: int) -> tuple[int, int, int, int] | None:
        """GroupObservation.held: the account's active decisions at `now`."""
        book = self.book
        e = book.active(account, Mode.enforce, now)
        s = book.active(account, Mode.shadow, now)
        if e is None and s is None:
            return None
        return (e.action.strength if e else 0, e.expires_ms if e else 0,
                s.action.strength if s else 0, s.expires_ms if s else 0)

    def relabel(self, m: Relabel) -> list[Msg]:
        """A key side's Relabel for one of this stage's accounts: the Links it
        floods on to the account's other keys."""
        return self.clusters.on_relabel(m) if self.clusters is not None else []

    def _evaluate(self, rules: tuple[CompiledRule, ...], st: SubjectState, ev: RequestEvent, now: int,
                  out: list[Decision]) -> None:
        account = ev.account_id
        dry = self._dry
        book = self.book
        # Most accounts hold no decision: then nothing is covered, and the book
        # is asked once per event rather than once or twice per rule.
        held = book.holds(account)
        memo: dict[str, Any] = {}  # rules share features (requests_24h, ...): each is computed once per event
        for rule in rules:
            mode = Mode.shadow if dry else rule.mode
            if rule.lift is not None and held and self._lift(rule, mode, account, st, ev, now, out):
                held = book.holds(account)
                continue  # lifted on this event: it does not fire again on the same event
            step = rule.steps[0]
            if rule.escalation_ms:
                step = rule.step_for(self.offences.count(account, rule.name, rule.escalation_ms, now) + 1)
            if held and covered(book, account, mode, step.action, rule.name if rule.escalation_ms else None, now):
                # Already under an equal or stronger action: skip the CEL call,
                # unless `stop` needs to know whether the rule matches.
                if rule.stop and rule.judge(st, ev, now, memo) is not None:
                    break
                continue
            values = rule.judge(st, ev, now, memo)
            if values is None:
                continue
            if rule.exceptions and self._excepted(rule, st, ev, now, account):
                continue
            offence = 0
            if rule.escalation_ms:
                offence = self.offences.record(account, rule.name, rule.escalation_ms, len(rule.steps), now)
                step = rule.step_for(offence)
            d = make_decision(rule, step.action, step.rps, mode, account, "account", account, now, now + step.ttl_ms,
                              values, decision_id(rule.name, "account", account, account, step.action.value,
                                                  ev.event_id), offence)
            out.extend(self._record(d, now))
            held = True
            if rule.stop:
                break

    def _excepted(self, rule: CompiledRule, state: Any, attrs: Any, now: int, account: str) -> bool:
        """An exception spares `account` from this rule: counted, no decision.
        The traffic itself was already counted in every window."""
        for x in rule.exceptions:
            if x.spares(state, attrs, now):
                self._spared(rule.name, x.name, account)
                return True
        return False

    def _spared(self, rule: str, exception: str, account: str) -> None:
        self.exception_hits[rule] += 1
        self.stats["exception_hits"] += 1
        self.notes.spare(account, exception, rule)

    def _lift(self, rule: CompiledRule, mode: Mode, account: str, st: SubjectState, ev: RequestEvent, now: int,
              out: list[Decision]) -> bool:
        """`lift_when`: end this rule's active decision on the account early."""
        cur = self.book.active(account, mode, now)
        if cur is None or cur.decision.rule != rule.name or cur.decision.scope != "account":
            return False
        values = rule.lift.values(st, ev, now)
        if not rule.lift.test(values):
            return False
        self._lifted(self.book.lift(account, mode, rule.name, now,
                                    lift_reason(rule, "this account", cur.action, values)), out)
        return True

    # -- commands from the group stage -------------------------------------
    def apply(self, cmd: Command) -> list[Decision]:
        """A fan-out, an inheritance or a group lift for one member account,
        judged on this stage's state of the account at the command's event time."""
        out: list[Decision] = []
        if isinstance(cmd, FanOut):
            self._fan_out(cmd, out)
        elif isinstance(cmd, GroupLift):
            a = self.book.active(cmd.account, cmd.mode, cmd.ts)
            if a is not None and a.decision.rule == cmd.rule and a.decision.scope_key == cmd.key:
                self._lifted(self.book.lift(cmd.account, cmd.mode, cmd.rule, cmd.ts, cmd.reason), out)
        return out

    def _fan_out(self, c: FanOut, out: list[Decision]) -> None:
        account, now = c.account, c.ts
        if self.book.covering(account, c.mode, c.action, now) is not None:
            if len(c.id_parts) > 1:
                self.stats["inherit_found_covered"] += 1  # one the group stage's hint could have spared
            return
        rule = self.rules.by_name.get(c.rule)
        if rule is None or rule.scope != c.kind:
            self.stats["fanout_unknown_rule"] += 1  # removed or rescoped by a reload since the group fired
            return
        if len(c.id_parts) > 1:
            self.stats["inherited"] += 1
        st = self.accounts.get(account) if rule.member is not None or rule.soften is not None else None
        if st is not None:
            # Judge the member as of the command's time: a member idle for hours
            # would otherwise be read with the window totals of its last request
            # (its 1 h count still full). Advancing only drops buckets that
            # fell out of the windows, as its next request would.
            st.windows.advance(self._windows, now)
        if rule.member is not None:
            # The rule's `fanout_when`: the member's own features must agree,
            # so a bystander who shares a key with a campaign is spared.
            if st is None or not rule.member_matches(st, now, c):
                self.stats["fanout_spared"] += 1
                return
        if c.excepted is not None:
            self._spared(rule.name, c.excepted, account)
            return
        action, rps, expires, values = c.action, c.rps, c.expires_ms, c.values
        soft = rule.softened(st, now, c) if st is not None else None
        if soft is not None:
            # `fanout_soften`: this member's own traffic is also what the rule's
            # legitimate look-alike sends, so it gets the weaker action. Judged
            # again at each inheritance: once it no longer holds, the rule's own.
            if self.book.covering(account, c.mode, soft.action, now) is not None:
                return
            action, rps, expires = soft.action, soft.rps, min(expires, now + soft.ttl_ms)
            values = {**values, "softened": True}
            self.stats["fanout_softened"] += 1
        d = make_decision(rule, action, rps, c.mode, account, c.kind, c.key, now, expires, values,
                          decision_id(rule.name, c.kind, c.key, account, action.value, *c.id_parts), c.offence)
        out.extend(self._record(d, now))

    def notice(self, n: TemplateNotice) -> None:
        self.shared.apply(n)

    # -- decisions ----------------------------------------------------------
    def _lifted(self, d: Decision | None, out: list[Decision]) -> None:
        if d is None:
            return
        self.stats["lifted_by_rule"] += 1
        self.decision_counts[(d.rule, d.action.value, d.mode.value)] += 1
        self.notes.decided(d)
        out.append(d)

    def _record(self, d: Decision, now: int) -> list[Decision]:
        out = self.book.record(d, ms(d.expires_at), now)
        out.append(d)
        self.decision_counts[(d.rule, d.action.value, d.mode.value)] += 1
        for x in out:
            self.notes.decided(x)
        return out

    # -- housekeeping -----------------------------------------------------
    def housekeeping(self) -> list[Decision]:
        wm = self.watermark or 0
        self._next_housekeeping = wm + self.config.housekeeping_every_ms
        self.stats["evicted_idle"] += self.accounts.evict_idle(wm)
        until = wm - self.config.allowed_lateness_ms
        self.offences.sweep(until)
        if len(self.attrs) > len(self.accounts) + 1000:  # amortised: attributes go with their accounts
            self.attrs = {a: v for a, v in self.attrs.items() if a in self.accounts}
        self.shared.sweep(until)
        if self.clusters is not None:
            self.stats["cluster_evicted_idle"] += self.clusters.evict_idle(wm)
        lifts = self.book.sweep(until)
        for d in lifts:
            self.notes.decided(d)
        return lifts

    # -- one account's state, for adapters that persist it (no I/O here) --
    def export_account(self, account: str) -> dict[str, Any] | None:
        """The account's state as plain data: {"a": [[decision, expires_ms], ...]}
        (its active decisions, listed first), "x" (offence times of escalating
        rules, when any) plus, when it is in memory, "w" (windows), "f"
        (first_ts), "l" (last_ts), "c" (creation time, as the latest request
        that carried one gave it), "pd" (1 once a request carried a payment
        fingerprint, 2 while its card was crowded at its latest such request,
        3 the same under a team's organisation, not a solo one), "r" (hashes of its last 8 event ids,
        so a redelivery that straddles a restore is still known; all 32 would
        add ~12% to the changelog's bytes) and "s" (its sketches: near-duplicate
        memory, distinct prompts and networks, wrapper counters, gaps and
        session phase; AccountSketch.to_list), so a restored account reads the
        same features as one that never left memory. None if nothing is held."""
        active = [[a.decision.model_dump(mode="json"), a.expires_ms] for a in self.book.entries(account)]
        out: dict[str, Any] = {"a": active}
        offences = self.offences.export(account)
        if offences:
            out["x"] = offences
        if self.clusters is not None:
            side = self.clusters.export_account(account)
            if side is not None:
                out["cl"] = side
        st = self.accounts.get(account)
        if st is None:
            return out if active or offences or "cl" in out else None
        out.update(w=st.windows.to_list(), f=st.first_ts, l=st.last_ts)
        if st.created is not None:
            out["c"] = st.created  # a fan-out reads the member's age before its next request
        if st.paid:
            out["pd"] = st.paid
        if st.ext is not None:
            out["s"] = st.ext.to_list()
            if st.ext.ids is not None:
                out["r"] = st.ext.recent_ids()[-8:]
        return out

    def import_account(self, account: str, data: Mapping[str, Any], state: bool = True) -> None:
        """Load what export_account gave. Only what is missing in memory is
        taken (memory is never older). state=False: active decisions only."""
        for d, expires_ms in data.get("a") or ():
            self.book.restore(Decision.model_validate(d), int(expires_ms))
        if data.get("x"):
            esc = {r.name: r.escalation_ms for r in self.rules.by_scope.get("account", ()) if r.escalation_ms}
            self.offences.restore(account, data["x"], esc)
        if state and data.get("cl") and self.clusters is not None:
            self.clusters.import_account(account, data["cl"])
        windows = data.get("w")
        if not state or windows is None or account in self.accounts:
            return
        wm = self.watermark
        if wm is not None and int(data["l"]) < wm - self.accounts.idle_ms:
            # Idle for longer than the store keeps anyone: a stage that never
            # stopped has evicted it, and meets it again as a new subject (the
            # stream reads such an entry when a command reaches the account).
            self.stats["import_idle_skipped"] += 1
            return
        if len(windows) != len(self.config.windows) or any(
            len(row) > K for w in windows for row in w[1][:1]
        ):
            # Window layout changed, or written by a newer version: start afresh.
            # Shorter rows are an older layout and load padded (SlidingSums.from_list).
            self.stats["import_windows_mismatch"] += 1
            return
        st = self.accounts.touch(account, int(data["f"]))
        st.windows = MultiWindow.from_list(self.config.windows, self.accounts.k, windows)
        st.last_ts = int(data["l"])
        st.paid = int(data.get("pd") or 0)  # True (state written before crowded cards) reads 1
        if data.get("c") is not None:
            st.created = int(data["c"])
        if data.get("s"):
            try:
                st.ext = AccountSketch.from_list(data["s"])
            except (ValueError, TypeError, KeyError, RuntimeError, struct.error):
                # Damaged or from another layout: the sketches start afresh (as
                # entries written before they were saved do).
                self.stats["import_sketch_mismatch"] += 1
        ids = data.get("r")
        if ids and self._dedupe:
            sk = st.ext
            if sk is None:
                sk = st.ext = AccountSketch()
            for h in ids[-self._dedupe:]:
                sk.remember_id(int(h), self._dedupe)
