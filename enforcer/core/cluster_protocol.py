"""The `cluster` protocol's configuration and messages (see clusters.py).

Messages are plain frozen dataclasses: no I/O here. An adapter serialises
them; `Link`/`Unlink` go to the key side, keyed by `route` ("kind:key", the
group stage's key), `Relabel` to the account side, keyed by `account`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Union

import orjson
import xxhash
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

HOUR = 3_600_000
DAY = 24 * HOUR

# A label orders clusters: (first_seen_ms, account) of the cluster's oldest
# member. Smaller is older, so min-propagation keeps the oldest member's id.
Label = tuple[int, str]


class ClusterConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # Link-key kinds that join accounts, each with its hub cap: a key with more
    # than this many live accounts stops linking. Kinds not listed never link.
    max_key_accounts: Mapping[str, int] = Field(
        default_factory=lambda: {"payment": 64, "device": 256})
    ttl_ms: int = Field(7 * DAY, gt=0, description="an edge lives this long (rounded up to epochs) after its last use")
    epoch_ms: int = Field(6 * HOUR, gt=0, description="labels are recomputed from live edges once per epoch")
    max_accounts: int = Field(500_000, ge=1, description="accounts tracked per account-side instance (LRU)")
    max_keys: int = Field(500_000, ge=1, description="keys tracked per key-side instance (LRU)")
    max_keys_per_account: int = Field(16, ge=1, description="edges kept per account (most recently used)")

    @field_validator("max_key_accounts")
    @classmethod
    def _caps(cls, v: Mapping[str, int]) -> Mapping[str, int]:
        bad = {k: n for k, n in v.items() if not isinstance(n, int) or n < 2}
        if bad:
            raise ValueError(f"hub caps must be integers >= 2: {bad}")
        return dict(v)  # a plain dict: configs are deep-copied (a mappingproxy cannot be)

    @model_validator(mode="after")
    def _ttl(self) -> "ClusterConfig":
        if self.ttl_ms < self.epoch_ms:
            raise ValueError("ttl_ms must be at least one epoch")
        return self

    @property
    def ttl_epochs(self) -> int:
        """An edge used in epoch e is live in epochs e .. e + ttl_epochs."""
        return -(-self.ttl_ms // self.epoch_ms)


@dataclass(frozen=True, slots=True)
class Link:
    """account -> key: the account uses the key (edge live through epoch
    `until`) and, in `epoch`, carries `label`."""
    account: str
    kind: str
    key: str
    until: int
    epoch: int
    label: Label

    @property
    def route(self) -> str:
        return f"{self.kind}:{self.key}"


@dataclass(frozen=True, slots=True)
class Unlink:
    """account -> key: the account side dropped this edge (its per-account or
    account cap); the key forgets the member (a hub keeps counting it until
    the edge lapses)."""
    account: str
    kind: str
    key: str

    @property
    def route(self) -> str:
        return f"{self.kind}:{self.key}"


@dataclass(frozen=True, slots=True)
class Relabel:
    """key -> account: the smallest label the key has seen in `epoch`."""
    account: str
    kind: str
    key: str
    epoch: int
    label: Label


Msg = Union[Link, Unlink, Relabel]


_CLUSTER_IDS: dict[str, str] = {}  # account -> its cluster id: asked for on every event of a linked account


def cluster_id(label: Label) -> str:
    """The cluster id string: a hash of the oldest member's account id only, so
    a late event that moves that account's first_seen never changes it."""
    account = label[1]
    cid = _CLUSTER_IDS.get(account)
    if cid is None:
        if len(_CLUSTER_IDS) >= 8192:
            _CLUSTER_IDS.clear()
        cid = _CLUSTER_IDS[account] = "clu-" + xxhash.xxh3_64_hexdigest(account.encode("utf-8", "surrogatepass"),
                                                                         seed=0xC1)
    return cid


def route_hash(s: str) -> int:
    """Stable partitioning hash (tests and adapters that shard in-process)."""
    return xxhash.xxh3_64_intdigest(s.encode("utf-8", "surrogatepass"))


# -- wire format (for adapters; compact JSON arrays, orjson) ------------------

def to_list(m: Msg) -> list:
    """["L", account, kind, key, until, epoch, first_ms, root] | ["U", account,
    kind, key] | ["R", account, kind, key, epoch, first_ms, root]."""
    if isinstance(m, Link):
        return ["L", m.account, m.kind, m.key, m.until, m.epoch, m.label[0], m.label[1]]
    if isinstance(m, Relabel):
        return ["R", m.account, m.kind, m.key, m.epoch, m.label[0], m.label[1]]
    return ["U", m.account, m.kind, m.key]


def from_list(v: list) -> Msg:
    tag = v[0]
    if tag == "L":
        return Link(v[1], v[2], v[3], int(v[4]), int(v[5]), (int(v[6]), v[7]))
    if tag == "R":
        return Relabel(v[1], v[2], v[3], int(v[4]), (int(v[5]), v[6]))
    if tag == "U":
        return Unlink(v[1], v[2], v[3])
    raise ValueError(f"not a cluster message: {tag!r}")


def encode(m: Msg) -> bytes:
    return orjson.dumps(to_list(m))


def decode(raw: bytes | str) -> Msg:
    return from_list(orjson.loads(raw))
