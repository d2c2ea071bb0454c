"""Runtime settings of the live stream, from ENFORCER_* environment variables.

    ENFORCER_KAFKA_BOOTSTRAP=127.0.0.1:9092 ENFORCER_RULES_DIR=rules enforcer worker

CLI flags (`enforcer worker --rules ...`) override the environment.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ENFORCER_", extra="ignore", frozen=True)

    # Kafka
    kafka_bootstrap: str = "127.0.0.1:9092"
    topic_requests: str = "enforcer.requests"
    topic_decisions: str = Field("enforcer.decisions", description="enforce-mode decisions; compacted")
    # Shadow decisions have their own compacted topic: a compacted topic keeps one
    # value per account, and a later shadow decision must never overwrite the
    # enforce decision the gateway relies on.
    topic_decisions_shadow: str = "enforcer.decisions.shadow"
    topic_dlq: str = "enforcer.dlq"
    # The group stage (README "Live stream"): observations repartitioned by group
    # key, fan-out commands back by account; both co-partitioned with requests.
    # Internal to one deployment (like faust's changelogs), so named after the app
    # id unless set: <app_id>.group-obs, <app_id>.fanout, <app_id>.template-shared.
    topic_group_obs_name: str | None = Field(None, alias="ENFORCER_TOPIC_GROUP_OBS",
                                             description="group observations, keyed by kind:key")
    topic_fanout_name: str | None = Field(None, alias="ENFORCER_TOPIC_FANOUT",
                                          description="fan-out and group-lift commands, keyed by account")
    topic_template_notices_name: str | None = Field(
        None, alias="ENFORCER_TOPIC_TEMPLATE_NOTICES",
        description="which prompt wrappers are shared; compacted, read by every worker")
    internal_retention_ms: int = Field(7 * 86_400_000, description="retention of group-obs and fanout")
    partitions: int = Field(6, ge=1, description="partitions of the requests topic and of the state changelog")
    replication: int = Field(1, ge=1)
    dlq_retention_ms: int = Field(14 * 86_400_000, description="the DLQ keeps records longer than the default 7 days")

    # Worker
    rules_dir: str = "rules"
    app_id: str = Field("enforcer", description="faust app id: consumer group and changelog topic prefix")
    store: str = Field("rocksdb://", description="table store: rocksdb:// in production, memory:// for tests")
    state_dir: str = Field(".run/worker", description="faust data dir (RocksDB files)")
    web_host: str = "127.0.0.1"
    web_port: int = 6066
    web_enabled: bool = True
    session_timeout_s: float = Field(30.0, gt=0, description="consumer-group session timeout")
    commit_interval_s: float = Field(2.8, gt=0, description="how often processed offsets are committed")
    loglevel: str = "info"
    stats_interval_s: float = Field(30.0, gt=0, description="how often the worker logs its counters")
    shutdown_timeout_s: float = Field(25.0, ge=0, description="a worker still stopping this long after SIGTERM "
                                      "logs where it is stuck and exits with 70 (0: wait for ever); keep it "
                                      "below the orchestrator's grace period")
    batch_max: int = Field(1000, ge=1, description="records per batch at most")
    batch_linger_s: float = Field(0.05, ge=0, description="when the worker is behind, how long a batch stays open "
                                  "to grow; when it keeps up, a batch ends as soon as no record is waiting")
    # Table entries (JSON with base64 sketches) and observation bundles compress
    # ~4.6x with zstd at ~9 us a 5 KB entry (level 1-3, measured with cramjam on
    # seed 7's entries, batches of 60); lz4 2.6x, gzip 3.7x at 10x the CPU.
    producer_compression: Literal["none", "gzip", "snappy", "lz4", "zstd"] = Field(
        "zstd", description="codec of every record batch the worker produces (tables, decisions, stage topics); "
                            "consumers need it too (aiokafka: cramjam; Java and librdkafka clients have it)")
    producer_linger_s: float = Field(0.001, ge=0, description="how long the producer gathers records into one "
                                     "request; 0 sends a request per record (slow: one syscall each)")

    # Observability: /metrics, /healthz, /readyz (enforcer.obs.http)
    obs_host: str = Field("127.0.0.1", description="0.0.0.0 in a container, so probes and Prometheus reach it")
    obs_port: int = Field(9464, ge=0, le=65535, description="0 picks a free port (logged at start)")
    obs_interval_s: float = Field(15.0, gt=0, description="how often state sizes and consumer lag are measured")

    # Engine
    dry_run: bool = False
    allowed_lateness_ms: int = Field(300_000, ge=0)
    dedupe_events: int = Field(32, ge=0, description="event ids remembered per account: a redelivered event_id "
                               "among them is counted once (0: off)")
    max_subjects: int = Field(500_000, ge=1,
                              description="accounts kept in memory per partition; the others reload from the table")

    @property
    def topic_group_obs(self) -> str:
        return self.topic_group_obs_name or f"{self.app_id}.group-obs"

    @property
    def topic_fanout(self) -> str:
        return self.topic_fanout_name or f"{self.app_id}.fanout"

    @property
    def topic_template_notices(self) -> str:
        return self.topic_template_notices_name or f"{self.app_id}.template-shared"

    def bootstrap_servers(self) -> list[str]:
        return [s.strip() for s in self.kafka_bootstrap.split(",") if s.strip()]
