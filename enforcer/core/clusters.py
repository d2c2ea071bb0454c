"""The `cluster` scope: accounts joined transitively through shared link keys,
with time decay, computed by a protocol between an account side and a key side
that can run sharded (no global view of the traffic). No I/O.

The graph is bipartite, accounts <-> link keys (hashed; raw values and prompt
text never get here):

    acct A --payment:p1-- acct B --device:d7-- acct C        => one cluster
                \\-ip/24 of a carrier NAT (500 accounts)--/     hub: links nobody

Components by min-label propagation (hash-min), epoch by epoch:

    event time  |------- epoch e-1 -------|------- epoch e -------|------
    label       |  min over the component |  recomputed from the |
                |  of live edges (merges  |  edges live in e; the |
                |  apply at once)         |  e-1 label is kept as |
                |                         |  a floor meanwhile    |

- A label is (first_seen_ms, account) of an account; a cluster's label is its
  oldest member's, and its id string hashes that account only (`cluster_id`).
- An account's own label enters every epoch it takes part in. The key side
  keeps the min of its members' labels and sends it to its members on change
  (`Relabel`); the account side keeps the min of its own and its keys' labels
  and sends it to its live keys on change (`Link`). Messages flow only on
  change, so a stable cluster costs nothing until the next epoch.
- Labels are tagged with the epoch (`epoch_ms`, 6 h by default). A node that
  sees a newer epoch forgets its label and starts again from its own, and
  floods that epoch's labels to its live neighbours: labels never outlive the
  edges that made them. An account moves on at its next event or when a
  neighbour's flood reaches it (no timers, no global sweep).
- An edge used at time t is live in epochs e(t) .. e(t) + ceil(ttl/epoch):
  between `ttl_ms` (7 days) and ttl + one epoch after its last use.

Guarantees (event time; the proofs are the lattice argument: within an epoch
labels only decrease, and min is commutative, associative and idempotent):
1. Settled state. Once every message of an epoch e is delivered, each account
   that took part in e holds the smallest label of its component in G_e, the
   graph of edges live in e through non-hub keys, whatever the order in which
   messages arrived and however accounts and keys are partitioned
   (tests/unit/test_clusters.py checks this against shuffled shards).
2. Stability. A younger account joining never changes the id; a merge keeps
   the older cluster's id; across epochs the id is recomputed to the same
   value while the oldest member is still linked.
3. Merges apply at once (within the epoch); splits, expired edges and keys
   that became hubs take effect at the next epoch boundary, and the previous
   epoch's label is kept as a floor for one more epoch (`cluster_of` answers
   min(label of e, label of e-1)) so that a re-flood in flight never makes an
   account flicker to its own id. An edge last used at t therefore stops
   joining at t + ttl + 2 epochs at the latest (7 d 12 h by default), and a
   key that turned hub stops joining 2 epochs after it crossed its cap.
   An account idle for (ttl_epochs + 2) epochs, all its edges dead, starts
   afresh on its next event (new first_seen: it is younger now). The answer
   for an account is as of its latest event or relabel.
4. Order-dependence is confined to three cases, all bounded by one epoch:
   a key that crosses its cap in the middle of an epoch stops linking at once,
   but what it linked earlier in that epoch stays until the epoch ends; near
   an epoch boundary, an account whose keys already moved to the next epoch
   gets the label the old epoch ended with at those keys (`KeyState.prev`),
   without adding its own to it; and the capacity caps (accounts, keys, keys
   per account) evict least-recently-used state, per instance. Measured with
   shuffled shards (tests): 99-100% of unsettled answers equal LocalClusters',
   100% after a settle (`advance` twice).

Hub keys (huge benign populations). A key with more than
`max_key_accounts[kind]` live accounts links nobody: a carrier NAT /24 or a
school's card must not merge thousands of strangers. Counting needs only cap+1
remembered members per key. Cost: a campaign that sits on one huge key (every
account on one device fingerprint) is not clustered through it; it is left to
that key's own group rules (`scope: device`), which see it whole anyway.
Default kinds, measured on simulated traffic (2 days; union-find over the
same keys): payment (cap 64) and device (cap 256) put both hydra campaigns in
one cluster each with no benign account; adding ip_prefix even at cap 4 builds
~220 benign chains of up to 69 accounts (mobile carriers, offices), and
asn_ua at cap 64 a 309-account benign blob, so both are opt-in. Template keys
(prompt wrappers) are shared by chance by 1% of benign prompts and by
campaigns' unrelated accounts, and org is already a group of its own: neither
links by default.

Memory bounds: per account at most `max_keys_per_account` edges (the edge that
dies first is dropped, with an Unlink: the key stops sending it labels but
keeps counting it towards its cap until the edge lapses, so an account that
rotates through proxies cannot make a big key look small); at most
`max_accounts` accounts and
`max_keys` keys per instance (least recently used evicted); per key at most
cap+1 members. Idle accounts and keys are evicted in event time once all
their edges are dead.
"""

from __future__ import annotations

from collections import deque
from typing import Iterable

from enforcer.core.cluster_account import AccountSide, AccountState  # noqa: F401 - re-exported
from enforcer.core.cluster_key import KeySide, KeyState  # noqa: F401 - re-exported
from enforcer.core.cluster_protocol import (  # noqa: F401 - re-exported
    ClusterConfig, Label, Link, Msg, Relabel, Unlink, cluster_id, decode, encode, route_hash)


class LocalClusters:
    """Both sides in one process, wired synchronously: each event's messages
    are delivered until no message is left (bounded by `max_messages` per
    call; leftovers wait for the next call and are counted). For the
    backtest and tests; the stream runs the two sides in two stages."""

    def __init__(self, config: ClusterConfig | None = None, max_messages: int = 1_000_000):
        self.cfg = cfg = config or ClusterConfig()
        self.accounts = AccountSide(cfg)
        self.keys = KeySide(cfg)
        self.max_messages = max_messages
        self.queue: deque[Msg] = deque()
        self.messages = 0
        self.unsettled = 0  # calls that hit max_messages
        self.watermark: int | None = None

    def observe(self, account: str, ts: int, links: Iterable[tuple[str, str]], is_new: bool = False) -> str:
        """One event; returns the account's cluster id after it."""
        wm = self.watermark
        if wm is None or ts > wm:
            if wm is not None and ts // self.cfg.epoch_ms > wm // self.cfg.epoch_ms:
                self.evict_idle(ts)
            self.watermark = ts
        self.queue.extend(self.accounts.on_event(account, ts, links, is_new))
        self._drain()
        return self.accounts.cluster_of(account)  # type: ignore[return-value]

    def advance(self, ts: int) -> None:
        """Re-flood every account with a live edge into the epoch of `ts`."""
        if self.watermark is None or ts > self.watermark:
            self.watermark = ts
        self.queue.extend(self.accounts.advance(ts))
        self._drain()

    def evict_idle(self, ts: int) -> None:
        self.accounts.evict_idle(ts)
        self.keys.evict_idle(ts)

    def cluster_of(self, account: str) -> str | None:
        return self.accounts.cluster_of(account)

    def label_of(self, account: str) -> Label | None:
        return self.accounts.label_of(account)

    def linked(self, account: str) -> bool:
        return self.accounts.linked(account)

    def size_of(self, account: str) -> int:
        return self.accounts.size_of(account)

    def new_share(self, account: str) -> float:
        return self.accounts.new_share(account)

    def age_ms(self, account: str, now: int) -> int:
        """How long ago the cluster's oldest member was first seen."""
        label = self.accounts.label_of(account)
        return 0 if label is None else max(0, now - label[0])

    def nbytes(self) -> int:
        return self.accounts.nbytes() + self.keys.nbytes()

    def _drain(self) -> None:
        n = drain(self.queue, self.accounts.on_relabel, self.keys.on, self.max_messages)
        self.messages += n
        if self.queue:
            self.unsettled += 1


def drain(q: deque, relabel, link, budget: int) -> int:
    """Deliver messages until none is left or `budget` were delivered:
    Relabels to the account side (`relabel`), Link/Unlink to the key side
    (`link`); what they answer joins the queue. Returns how many were
    delivered; what is left stays in `q`."""
    n = 0
    while q and n < budget:
        m = q.popleft()
        n += 1
        q.extend(relabel(m) if isinstance(m, Relabel) else link(m))
    return n
