"""The enforcement engine: one request event in, decisions out. No I/O.

The live stream (faust agent) and `enforcer backtest` both call
`Engine.process` with events in the order they arrive, so what an SRE
backtests is exactly what runs.

Per event:
    observe (fingerprint, markers, link keys)   -- the only read of prompt text
    -> account: sketches + sliding counters     -> account rules
    -> each shared link key: group counters     -> group rules -> fan-out to members
    -> groups already actioned                  -> the account inherits the action

Per rule, in priority order (`stop`: when the rule matches, whether or not it
issues a new decision, the scope's lower-priority rules are skipped):
    lift_when (if its decision is active) -> escalation step -> dedupe against
    the decision book -> `when` -> exceptions (spare the account, counted in
    `exception_hits`) -> decision.

Clocks, all event time:
- each account and each group has its own clock (its latest event). Kafka
  keeps one account's events in order within a partition, so per-account
  windows are identical however partitions interleave;
- the engine watermark (latest event seen) only drives housekeeping: idle
  eviction and lifts of expired decisions, swept `allowed_lateness` behind it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from enforcer.contracts import Decision, Mode, RequestEvent, decision_id
from enforcer.core.account_sketch import AccountSketch
from enforcer.core.config import CollectiveConfig, EngineConfig  # noqa: F401 - re-exported
from enforcer.core.decisions import DecisionBook, covered
from enforcer.core.escalation import OffenceLedger
from enforcer.core.features import GROUP_WINDOWS, K, MARKER0, NEAR, NEW, REPEAT, SHARED
from enforcer.core.groups import GroupState, GroupStore
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


class Engine:
    def __init__(self, rules: RuleSet, config: EngineConfig | None = None):
        self.config = cfg = config or EngineConfig()
        col = cfg.collective
        self.rules = rules
        self.accounts = SubjectStore(cfg.windows, K, cfg.max_subjects, cfg.idle())
        self.groups = GroupStore(GROUP_WINDOWS, K, col.max_groups, col.max_pending, col.max_members, cfg.idle())
        self.book = DecisionBook()
        self.group_book = DecisionBook()  # keyed by group id "kind:key"; internal, never emitted
        self.offences = OffenceLedger(cfg.max_subjects)  # escalating account rules, by account
        self.group_offences = OffenceLedger(col.max_groups)  # escalating group rules, by group id
        self.observer = Observer(col.sketch, rules.markers, self._kinds(rules))
        self._new_ms = int(col.new_account_days * 86_400_000)
        self.watermark: int | None = None
        self._next_housekeeping = 0
        self.stats: Counter[str] = Counter()
        self.decision_counts: Counter[tuple[str, str, str]] = Counter()  # (rule, action, mode)
        self.exception_hits: Counter[str] = Counter()  # rule -> decisions an exception prevented
        self.attrs: dict[str, Attrs] = {}  # latest event attributes, kept only when rules.member_attrs
        self.notes = Notes()

    def set_rules(self, rules: RuleSet) -> None:
        """Hot reload: windows, sketches, groups, offence counts and active
        decisions are kept. Marker sets are counted by position in name order:
        a reload that renames or reorders them mixes old and new counts for up
        to a day."""
        if rules.markers != self.rules.markers or self._kinds(rules) != self.observer.link_kinds:
            if rules.markers != self.rules.markers:
                self.stats["marker_sets_changed"] += 1
            self.observer = Observer(self.config.collective.sketch, rules.markers, self._kinds(rules))
        if not rules.member_attrs:
            self.attrs.clear()
        self.rules = rules

    def _kinds(self, rules: RuleSet) -> frozenset[str]:
        """Link-key kinds worth tracking: those some loaded rule is scoped to,
        plus `template` (it drives every scope's shared_template_ratio).
        Saves the memory of groups nobody reads (measured: ~10% fewer groups and
        a few percent of time on simulated traffic with the default rules). A
        reload that adds a rule on a new kind starts that kind's groups empty."""
        return frozenset(self.config.collective.link_kinds) & (set(rules.by_scope) | {"template"})

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
        now = st.last_ts
        lateness = self.config.allowed_lateness_ms
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
        if self.rules.member_attrs:
            self.attrs[account] = Attrs.of(ev)

        obs = self.observer.observe(ev)
        sk = st.ext
        if sk is None:
            sk = st.ext = AccountSketch()
        near, repeat = sk.update(obs, ev, ts)
        created = ev.account_created_at
        is_new = created is not None and ts - created < self._new_ms
        touched: list[GroupState] = []
        gstore = self.groups
        for kind, key in obs.links:
            g = gstore.observe(kind, key, account, ts, is_new)
            if g is not None:
                touched.append(g)
        min_shared = self.config.collective.min_shared_accounts
        shared = any(g.kind == "template" and g.accounts_24h.estimate(ts) >= min_shared for g in touched)
        deltas = [(0, 1), (1, ev.prompt_tokens), (2, ev.completion_tokens)]
        if near:
            deltas.append((NEAR, 1))
        if shared:
            deltas.append((SHARED, 1))
        if repeat:
            deltas.append((REPEAT, 1))
        if is_new:
            deltas.append((NEW, 1))
        bits = obs.markers
        i = MARKER0
        while bits:
            if bits & 1:
                deltas.append((i, 1))
            bits >>= 1
            i += 1

        specs = self.config.windows
        st.windows.advance(specs, now)
        st.windows.add(specs, ts, now, deltas)
        by_scope = self.rules.by_scope
        rules = by_scope.get("account")
        if rules:
            self._evaluate_account(rules, st, ev, now, out)

        exact = obs.fp.exact if obs.fp.bands else 0
        for g in touched:
            gnow = g.last_ts
            if ts < gnow - lateness:
                continue  # too late for this group's clock: its account still counted it
            g.windows.advance(GROUP_WINDOWS, gnow)
            g.windows.add(GROUP_WINDOWS, ts, gnow, deltas)
            if exact:
                g.prompts_24h.add(exact, ts)
            grules = by_scope.get(g.kind)
            if grules:
                self._evaluate_group(grules, g, ev, gnow, out)
            self._inherit(g, account, ev, now, out)
        return res

    def _evaluate_account(self, rules: tuple[CompiledRule, ...], st: SubjectState, ev: RequestEvent, now: int,
                          out: list[Decision]) -> None:
        account = ev.account_id
        dry = self.config.dry_run
        book = self.book
        for rule in rules:
            mode = Mode.shadow if dry else rule.mode
            if rule.lift is not None and self._lift(rule, mode, account, st, ev, now, out):
                continue  # lifted on this event: it does not fire again on the same event
            step = rule.steps[0]
            if rule.escalation_ms:
                step = rule.step_for(self.offences.count(account, rule.name, rule.escalation_ms, now) + 1)
            if covered(book, account, mode, step.action, rule.name if rule.escalation_ms else None, now):
                # Already under an equal or stronger action: skip the CEL call,
                # unless `stop` needs to know whether the rule matches.
                if rule.stop and rule.matches(rule.features(st, ev, now)):
                    break
                continue
            values = rule.features(st, ev, now)
            if not rule.matches(values):
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
            if rule.stop:
                break

    def _evaluate_group(self, rules: tuple[CompiledRule, ...], g: GroupState, ev: RequestEvent, now: int,
                        out: list[Decision]) -> None:
        gid = g.id
        dry = self.config.dry_run
        gbook = self.group_book
        for rule in rules:
            mode = Mode.shadow if dry else rule.mode
            if rule.lift is not None and self._lift_group(rule, mode, g, ev, now, out):
                continue
            step = rule.steps[0]
            if rule.escalation_ms:
                step = rule.step_for(self.group_offences.count(gid, rule.name, rule.escalation_ms, now) + 1)
            if covered(gbook, gid, mode, step.action, rule.name if rule.escalation_ms else None, now):
                if rule.stop and rule.matches(rule.features(g, ev, now)):
                    break
                continue
            values = rule.features(g, ev, now)
            if not rule.matches(values):
                continue
            offence = 0
            if rule.escalation_ms:
                offence = self.group_offences.record(gid, rule.name, rule.escalation_ms, len(rule.steps), now)
                step = rule.step_for(offence)
            expires = now + step.ttl_ms
            gdec = make_decision(rule, step.action, step.rps, mode, gid, g.kind, g.key, now, expires, values,
                                 decision_id(rule.name, g.kind, g.key, "*", step.action.value, ev.event_id), offence)
            gbook.record(gdec, expires, now)
            self.stats["group_decisions"] += 1
            # Fan out to every member the group remembers; members beyond the
            # cap inherit the action on their next request. Exceptions are
            # judged per member: they spare accounts, not groups.
            for member in list(g.members):
                self._fan_out(gdec, rule, g, member, ev if member == ev.account_id else None, now, values, out,
                              gdec.decision_id)
            if rule.stop:
                break

    def _inherit(self, g: GroupState, account: str, ev: RequestEvent, now: int, out: list[Decision]) -> None:
        for mode in (Mode.enforce, Mode.shadow):
            act = self.group_book.active(g.id, mode, now)
            if act is None or self.book.covering(account, mode, act.action, now) is not None:
                continue
            gdec = act.decision
            rule = self.rules.by_name.get(gdec.rule)
            if rule is None:
                continue  # the rule was removed by a reload: no new members for it
            self.stats["inherited"] += 1
            self._fan_out(gdec, rule, g, account, ev, now, gdec.evidence, out, gdec.decision_id, ev.event_id)

    def _fan_out(self, gdec: Decision, rule: CompiledRule, g: GroupState, account: str, ev: RequestEvent | None,
                 now: int, values: Mapping[str, Any], out: list[Decision], *id_parts: str) -> None:
        if self.book.covering(account, gdec.mode, gdec.action, now) is not None:
            return
        if rule.member is not None:
            # The rule's `fanout_when`: the member's own features must agree,
            # so a bystander who shares a key with a campaign is spared.
            st = self.accounts.get(account)
            if st is None or not rule.member_matches(st, now):
                self.stats["fanout_spared"] += 1
                return
        if rule.exceptions:
            attrs = ev if ev is not None else (self.attrs.get(account) or Attrs(account))
            if self._excepted(rule, g, attrs, now, account):
                return
        d = make_decision(rule, gdec.action, gdec.throttle_rps, gdec.mode, account, gdec.scope, gdec.scope_key, now,
                          ms(gdec.expires_at), values,
                          decision_id(rule.name, gdec.scope, gdec.scope_key, account, gdec.action.value, *id_parts),
                          int(gdec.evidence.get("offence", 0) or 0))
        out.extend(self._record(d, now))

    def _excepted(self, rule: CompiledRule, state: Any, attrs: Any, now: int, account: str) -> bool:
        """An exception spares `account` from this rule: counted, no decision.
        The traffic itself was already counted in every window."""
        for x in rule.exceptions:
            if x.spares(state, attrs, now):
                self.exception_hits[rule.name] += 1
                self.stats["exception_hits"] += 1
                self.notes.spare(account, x.name, rule.name)
                return True
        return False

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

    def _lift_group(self, rule: CompiledRule, mode: Mode, g: GroupState, ev: RequestEvent, now: int,
                    out: list[Decision]) -> bool:
        """`lift_when` of a group rule: the group's decision ends, and so do the
        decisions it fanned out to the members the group remembers."""
        cur = self.group_book.active(g.id, mode, now)
        if cur is None or cur.decision.rule != rule.name:
            return False
        values = rule.lift.values(g, ev, now)
        if not rule.lift.test(values):
            return False
        why = lift_reason(rule, f"its {g.kind} group {g.key}", cur.action, values)
        self.group_book.lift(g.id, mode, rule.name, now, why)
        for member in list(g.members):
            a = self.book.active(member, mode, now)
            if a is not None and a.decision.rule == rule.name and a.decision.scope_key == g.key:
                self._lifted(self.book.lift(member, mode, rule.name, now, why), out)
        return True

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
        self.groups.evict_idle(wm)
        until = wm - self.config.allowed_lateness_ms
        self.offences.sweep(until)
        self.group_offences.sweep(until)
        if len(self.attrs) > len(self.accounts) + 1000:  # amortised: attributes go with their accounts
            self.attrs = {a: v for a, v in self.attrs.items() if a in self.accounts}
        self.group_book.sweep(until)
        lifts = self.book.sweep(until)
        for d in lifts:
            self.notes.decided(d)
        return lifts

    # -- one account's state, for adapters that persist it (no I/O here) --
    def export_account(self, account: str) -> dict[str, Any] | None:
        """The account's state as plain data: {"a": [[decision, expires_ms], ...]}
        (its active decisions, listed first), "x" (offence times of escalating
        rules, when any) plus, when it is in memory, "w" (windows), "f"
        (first_ts), "l" (last_ts). None if nothing is held. Sketches
        (near-duplicate memory, distinct counts) are not exported: a restored
        account starts them afresh."""
        active = [[a.decision.model_dump(mode="json"), a.expires_ms] for a in self.book.entries(account)]
        out: dict[str, Any] = {"a": active}
        offences = self.offences.export(account)
        if offences:
            out["x"] = offences
        st = self.accounts.get(account)
        if st is None:
            return out if active or offences else None
        out.update(w=st.windows.to_list(), f=st.first_ts, l=st.last_ts)
        return out

    def import_account(self, account: str, data: Mapping[str, Any], state: bool = True) -> None:
        """Load what export_account gave. Only what is missing in memory is
        taken (memory is never older). state=False: active decisions only."""
        for d, expires_ms in data.get("a") or ():
            self.book.restore(Decision.model_validate(d), int(expires_ms))
        if data.get("x"):
            esc = {r.name: r.escalation_ms for r in self.rules.by_scope.get("account", ()) if r.escalation_ms}
            self.offences.restore(account, data["x"], esc)
        windows = data.get("w")
        if not state or windows is None or account in self.accounts:
            return
        if len(windows) != len(self.config.windows) or any(
            len(row) != K for w in windows for row in w[1][:1]
        ):
            self.stats["import_windows_mismatch"] += 1  # window or counter layout changed: start afresh
            return
        st = self.accounts.touch(account, int(data["f"]))
        st.windows = MultiWindow.from_list(self.config.windows, self.accounts.k, windows)
        st.last_ts = int(data["l"])


