"""The enforcement engine: one request event in, decisions out. No I/O.

The live stream (faust agent) and `enforcer backtest` both call
`Engine.process` with events in the order they arrive, so what an SRE
backtests is exactly what runs.

Clocks, all event time:
- each account has its own clock (its latest event). Kafka keeps one
  account's events in order within a partition, so per-account windows are
  identical however partitions interleave;
- the engine watermark (latest event seen) only drives housekeeping: idle
  eviction and lifts of expired decisions, swept `allowed_lateness` behind it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict

from enforcer.contracts import Action, Decision, Mode, RequestEvent, decision_id, ms_to_text
from enforcer.core.decisions import DecisionBook
from enforcer.core.features import COUNTERS
from enforcer.core.state import SubjectState, SubjectStore
from enforcer.core.windows import DEFAULT_WINDOWS, MultiWindow, WindowSpec
from enforcer.rules.compiled import CompiledRule, RuleSet
from enforcer.timeutil import format_duration_ms


class EngineConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    windows: tuple[WindowSpec, ...] = DEFAULT_WINDOWS
    allowed_lateness_ms: int = 300_000
    max_subjects: int = 500_000
    idle_ms: int | None = None  # default: the longest window plus allowed lateness
    dry_run: bool = False  # every decision becomes shadow
    housekeeping_every_ms: int = 60_000

    def idle(self) -> int:
        return self.idle_ms if self.idle_ms is not None else max(w.span_ms for w in self.windows) + self.allowed_lateness_ms


@dataclass(slots=True)
class Result:
    decisions: list[Decision] = field(default_factory=list)
    late_reason: str | None = None


class Engine:
    def __init__(self, rules: RuleSet, config: EngineConfig | None = None):
        self.config = config or EngineConfig()
        self.rules = rules
        self.accounts = SubjectStore(self.config.windows, len(COUNTERS), self.config.max_subjects, self.config.idle())
        self.book = DecisionBook()
        self.watermark: int | None = None
        self._next_housekeeping = 0
        self.stats: Counter[str] = Counter()
        self.decision_counts: Counter[tuple[str, str, str]] = Counter()  # (rule, action, mode)

    def set_rules(self, rules: RuleSet) -> None:
        """Hot reload: state (windows, active decisions) is kept as it is."""
        self.rules = rules

    # -- the hot path -----------------------------------------------------
    def process(self, ev: RequestEvent) -> Result:
        res = Result()
        ts = ev.ts
        self.stats["events"] += 1
        if self.watermark is None or ts > self.watermark:
            self.watermark = ts
            if ts >= self._next_housekeeping:
                res.decisions.extend(self.housekeeping())
        st = self.accounts.touch(ev.account_id, ts)
        now = st.last_ts
        if ts < now - self.config.allowed_lateness_ms:
            self.stats["late"] += 1
            res.late_reason = (
                f"late event: {now - ts} ms behind its account's clock, beyond the allowed lateness of "
                f"{format_duration_ms(self.config.allowed_lateness_ms)}"
            )
            return res
        if ts > now:
            st.last_ts = now = ts
        specs = self.config.windows
        st.windows.advance(specs, now)
        st.windows.add(specs, ts, now, (1, ev.prompt_tokens, ev.completion_tokens))
        rules = self.rules.by_scope.get("account")
        if rules:
            self._evaluate(rules, st, ev, now, res.decisions)
        return res

    def _evaluate(self, rules: tuple[CompiledRule, ...], st: SubjectState, ev: RequestEvent, now: int, out: list[Decision]) -> None:
        account = ev.account_id
        for rule in rules:
            mode = Mode.shadow if self.config.dry_run else rule.mode
            if self.book.covering(account, mode, rule.action, now) is not None:
                # Already under an equal or stronger action: skip the CEL call too.
                continue
            values = rule.features(st, ev, now)
            if not rule.matches(values):
                continue
            out.extend(self._decide(rule, mode, account, "account", account, ev, now, values))
            if rule.stop:
                break

    def _decide(self, rule: CompiledRule, mode: Mode, account: str, scope: str, scope_key: str,
                ev: RequestEvent, now: int, values: dict[str, float]) -> list[Decision]:
        d = Decision(
            decision_id=decision_id(rule.name, scope, scope_key, account, rule.action.value, ev.event_id),
            account_id=account,
            action=rule.action,
            rule=rule.name,
            scope=scope,
            scope_key=scope_key,
            issued_at=ms_to_text(now),
            expires_at=ms_to_text(now + rule.ttl_ms),
            mode=mode,
            throttle_rps=rule.rps if rule.action is Action.throttle else None,
            reason=_reason(rule, scope, values),
            evidence={k: round(v, 4) for k, v in values.items()},
        )
        out = self.book.record(d, now + rule.ttl_ms, now)
        out.append(d)
        self.decision_counts[(rule.name, rule.action.value, mode.value)] += 1
        return out

    # -- housekeeping -----------------------------------------------------
    def housekeeping(self) -> list[Decision]:
        wm = self.watermark or 0
        self._next_housekeeping = wm + self.config.housekeeping_every_ms
        self.stats["evicted_idle"] += self.accounts.evict_idle(wm)
        return self.book.sweep(wm - self.config.allowed_lateness_ms)

    # -- one account's state, for adapters that persist it (no I/O here) --
    def export_account(self, account: str) -> dict[str, Any] | None:
        """The account's state as plain data: {"a": [[decision, expires_ms], ...]}
        (its active decisions, listed first) plus, when it is in memory,
        "w" (windows), "f" (first_ts), "l" (last_ts). None if nothing is held."""
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
        if len(windows) != len(self.config.windows):
            self.stats["import_windows_mismatch"] += 1  # window config changed: start this account afresh
            return
        st = self.accounts.touch(account, int(data["f"]))
        st.windows = MultiWindow.from_list(self.config.windows, self.accounts.k, windows)
        st.last_ts = int(data["l"])

    def explain_account(self, account: str) -> dict[str, object]:
        st = self.accounts.get(account)
        return {"known": st is not None}


def _reason(rule: CompiledRule, scope: str, values: dict[str, float]) -> str:
    shown = ", ".join(f"{k}={_fmt(v)}" for k, v in list(values.items())[:4])
    desc = rule.description.rstrip(". ").splitlines()[0]
    who = "this account" if scope == "account" else f"its {scope} group"
    return f"Rule {rule.name} matched {who} ({shown}): {desc}."


def _fmt(v: float) -> str:
    return f"{v:.0f}" if float(v).is_integer() else f"{v:.3g}"
