"""Engine configuration (re-exported by enforcer.core.engine)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from enforcer.core.cluster_protocol import ClusterConfig
from enforcer.core.linkkeys import KINDS
from enforcer.core.sketches import SketchConfig
from enforcer.core.windows import DEFAULT_WINDOWS, WindowSpec


class CollectiveConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    link_kinds: tuple[str, ...] = KINDS
    new_account_days: float = 7.0
    min_shared_accounts: int = Field(3, ge=2, description="accounts on one wrapper before it counts as shared")
    # A wrapper this many accounts use is no one's private template: a framework's
    # (the LangChain ReAct prompt), an SDK example or a phrase everybody types.
    crowded_template_accounts: int = Field(50, ge=3, description="accounts on one wrapper before it counts as "
                                           "crowded (crowded_template_ratio_*)")
    max_groups: int = 200_000
    max_pending: int = 500_000
    max_members: int = 512
    # How far behind a group's clock (its latest observation) an observation may
    # be and still count in the group's windows and rules. Larger than the
    # accounts' lateness: in the stream a group hears from every partition, and
    # partitions replaying a backlog drift apart in event time (README "Live stream").
    group_lateness_ms: int = Field(3_600_000, ge=0)
    sketch: SketchConfig = SketchConfig()
    # The `cluster` scope (enforcer/core/clusters.py): kinds that link, hub caps, decay.
    cluster: ClusterConfig = Field(default_factory=ClusterConfig)


class EngineConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    windows: tuple[WindowSpec, ...] = DEFAULT_WINDOWS
    allowed_lateness_ms: int = 300_000
    # Event ids remembered per account: a redelivered event (same event_id)
    # within the account's last `dedupe_events` events is counted once. 0: off.
    dedupe_events: int = Field(32, ge=0)
    max_subjects: int = 500_000
    idle_ms: int | None = None  # default: the longest window plus allowed lateness
    dry_run: bool = False  # every decision becomes shadow
    housekeeping_every_ms: int = 60_000
    collective: CollectiveConfig = CollectiveConfig()

    def idle(self) -> int:
        return self.idle_ms if self.idle_ms is not None else max(w.span_ms for w in self.windows) + self.allowed_lateness_ms
