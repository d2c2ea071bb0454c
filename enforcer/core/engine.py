"""The enforcement engine: one request event in, decisions out. No I/O.

The live stream (faust agent) and `enforcer backtest` both call
`Engine.process` with events in the order they arrive, so what an SRE
backtests is exactly what runs.

Per event:
    observe (fingerprint, markers, link keys)   -- the only read of prompt text
    -> account: sketches + sliding counters     -> account rules
    -> each shared link key: group counters     -> group rules -> fan-out to members
    -> groups already actioned                  -> the account inherits the action

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

from pydantic import BaseModel, ConfigDict, Field

from enforcer.contracts import Action, Decision, Mode, RequestEvent, decision_id, ms_to_text
from enforcer.core.account_sketch import AccountSketch
from enforcer.core.decisions import DecisionBook
from enforcer.core.features import GROUP_WINDOWS, K, MARKER0, NEAR, NEW, REPEAT, SHARED
from enforcer.core.groups import GroupState, GroupStore
from enforcer.core.linkkeys import KINDS
from enforcer.core.observe import Observer
from enforcer.core.sketches import SketchConfig
from enforcer.core.state import SubjectState, SubjectStore
from enforcer.core.windows import DEFAULT_WINDOWS, MultiWindow, WindowSpec
from enforcer.rules.compiled import CompiledRule, RuleSet
from enforcer.timeutil import format_duration_ms


class CollectiveConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    link_kinds: tuple[str, ...] = KINDS
    new_account_days: float = 7.0
    min_shared_accounts: int = Field(3, ge=2, description="accounts on one wrapper before it counts as shared")
    max_groups: int = 200_000
    max_pending: int = 500_000
    max_members: int = 512
    sketch: SketchConfig = SketchConfig()


class EngineConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    windows: tuple[WindowSpec, ...] = DEFAULT_WINDOWS
    allowed_lateness_ms: int = 300_000
    max_subjects: int = 500_000
    idle_ms: int | None = None  # default: the longest window plus allowed lateness
    dry_run: bool = False  # every decision becomes shadow
    housekeeping_every_ms: int = 60_000
    collective: CollectiveConfig = CollectiveConfig()

    def idle(self) -> int:
        return self.idle_ms if self.idle_ms is not None else max(w.span_ms for w in self.windows) + self.allowed_lateness_ms


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
        self.observer = Observer(col.sketch, rules.markers, frozenset(col.link_kinds))
        self._new_ms = int(col.new_account_days * 86_400_000)
        self.watermark: int | None = None
        self._next_housekeeping = 0
        self.stats: Counter[str] = Counter()
        self.decision_counts: Counter[tuple[str, str, str]] = Counter()  # (rule, action, mode)

    def set_rules(self, rules: RuleSet) -> None:
        """Hot reload: windows, sketches, groups and active decisions are kept.
        Marker sets are counted by position in name order: a reload that
        renames or reorders them mixes old and new counts for up to a day."""
        if rules.markers != self.rules.markers:
            self.observer = Observer(self.config.collective.sketch, rules.markers,
                                     frozenset(self.config.collective.link_kinds))
            self.stats["marker_sets_changed"] += 1
        self.rules = rules

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
        for rule in rules:
            mode = Mode.shadow if dry else rule.mode
            if self.book.covering(account, mode, rule.action, now) is not None:
                continue  # already under an equal or stronger action: skip the CEL call too
            values = rule.features(st, ev, now)
            if not rule.matches(values):
                continue
            d = self._decision(rule, mode, account, "account", account, now, now + rule.ttl_ms, values,
                               decision_id(rule.name, "account", account, account, rule.action.value, ev.event_id))
            out.extend(self._record(d, now))
            if rule.stop:
                break

    def _evaluate_group(self, rules: tuple[CompiledRule, ...], g: GroupState, ev: RequestEvent, now: int,
                        out: list[Decision]) -> None:
        gid = g.id
        dry = self.config.dry_run
        for rule in rules:
            mode = Mode.shadow if dry else rule.mode
            if self.group_book.covering(gid, mode, rule.action, now) is not None:
                continue
            values = rule.features(g, ev, now)
            if not rule.matches(values):
                continue
            expires = now + rule.ttl_ms
            gdec = self._decision(rule, mode, gid, g.kind, g.key, now, expires, values,
                                  decision_id(rule.name, g.kind, g.key, "*", rule.action.value, ev.event_id))
            self.group_book.record(gdec, expires, now)
            self.stats["group_decisions"] += 1
            # Fan out to every member the group remembers; members beyond the
            # cap inherit the action on their next request.
            for member in list(g.members):
                self._fan_out(gdec, rule, member, now, values, out, gdec.decision_id)
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
            self._fan_out(gdec, rule, account, now, gdec.evidence, out, gdec.decision_id, ev.event_id)

    def _fan_out(self, gdec: Decision, rule: CompiledRule, account: str, now: int, values: Mapping[str, Any],
                 out: list[Decision], *id_parts: str) -> None:
        if self.book.covering(account, gdec.mode, gdec.action, now) is not None:
            return
        if rule.member_program is not None:
            # The rule's `fanout_when`: the member's own features must agree,
            # so a bystander who shares a key with a campaign is spared.
            st = self.accounts.get(account)
            if st is None or not rule.member_matches(st, now):
                self.stats["fanout_spared"] += 1
                return
        expires = _ms(gdec.expires_at)
        d = self._decision(rule, gdec.mode, account, gdec.scope, gdec.scope_key, now, expires, values,
                           decision_id(rule.name, gdec.scope, gdec.scope_key, account, rule.action.value, *id_parts))
        out.extend(self._record(d, now))

    def _decision(self, rule: CompiledRule, mode: Mode, account: str, scope: str, scope_key: str, now: int,
                  expires: int, values: Mapping[str, Any], did: str) -> Decision:
        return Decision(
            decision_id=did,
            account_id=account,
            action=rule.action,
            rule=rule.name,
            scope=scope,
            scope_key=scope_key,
            issued_at=ms_to_text(now),
            expires_at=ms_to_text(expires),
            mode=mode,
            throttle_rps=rule.rps if rule.action is Action.throttle else None,
            reason=_reason(rule, scope, scope_key, values),
            evidence={k: (round(v, 4) if isinstance(v, float) else v) for k, v in values.items()},
        )

    def _record(self, d: Decision, now: int) -> list[Decision]:
        out = self.book.record(d, _ms(d.expires_at), now)
        out.append(d)
        self.decision_counts[(d.rule, d.action.value, d.mode.value)] += 1
        return out

    # -- housekeeping -----------------------------------------------------
    def housekeeping(self) -> list[Decision]:
        wm = self.watermark or 0
        self._next_housekeeping = wm + self.config.housekeeping_every_ms
        self.stats["evicted_idle"] += self.accounts.evict_idle(wm)
        self.groups.evict_idle(wm)
        until = wm - self.config.allowed_lateness_ms
        self.group_book.sweep(until)
        return self.book.sweep(until)

    # -- one account's state, for adapters that persist it (no I/O here) --
    def export_account(self, account: str) -> dict[str, Any] | None:
        """The account's state as plain data: {"a": [[decision, expires_ms], ...]}
        (its active decisions, listed first) plus, when it is in memory,
        "w" (windows), "f" (first_ts), "l" (last_ts). None if nothing is held.
        Sketches (near-duplicate memory, distinct counts) are not exported: a
        restored account starts them afresh."""
        active = [[a.decision.model_dump(mode="json"), a.expires_ms] for a in self.book.entries(account)]
        st = self.accounts.get(account)
        if st is None:
            return {"a": active} if active else None
        return {"a": active, "w": st.windows.to_list(), "f": st.first_ts, "l": st.last_ts}

    def import_account(self, account: str, data: Mapping[str, Any], state: bool = True) -> None:
        """Load what export_account gave. Only what is missing in memory is
        taken (memory is never older). state=False: active decisions only."""
        for d, expires_ms in data.get("a") or ():
            self.book.restore(Decision.model_validate(d), int(expires_ms))
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


def _ms(text: str) -> int:
    from enforcer.timeutil import parse_rfc3339_ms

    return parse_rfc3339_ms(text)


def _reason(rule: CompiledRule, scope: str, scope_key: str, values: Mapping[str, Any]) -> str:
    shown = ", ".join(f"{k}={_fmt(v)}" for k, v in list(values.items())[:4])
    desc = rule.description.rstrip(". ").splitlines()[0]
    who = "this account" if scope == "account" else f"its {scope} group {scope_key}"
    return f"Rule {rule.name} matched {who} ({shown}): {desc}."


def _fmt(v: Any) -> str:
    if isinstance(v, float) and not v.is_integer():
        return f"{v:.3g}"
    return f"{v:.0f}" if isinstance(v, (int, float)) else str(v)
