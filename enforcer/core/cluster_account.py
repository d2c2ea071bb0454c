"""The account side of the cluster protocol (see clusters.py for the design).

Owns, per account: its first-seen time, its edges (key -> last epoch the edge
is live), its label in the current epoch and the label of the epoch before.
Runs wherever the account's events are: one instance per partition of
`enforcer.requests` (keyed by account), so it needs no global view.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Iterable

from enforcer.core.cluster_protocol import ClusterConfig, Label, Link, Msg, Relabel, Unlink, cluster_id

Edge = tuple[str, str]  # (kind, hashed key)


class AccountState:
    __slots__ = ("first", "last", "epoch", "label", "prev", "eff", "edges", "new")

    def __init__(self, account: str, ts: int, epoch: int, is_new: bool):
        self.first = ts  # first event time seen: the account's own label is (first, account)
        self.last = ts
        self.epoch = epoch
        self.label: Label = (ts, account)  # smallest label heard in `epoch`
        self.prev: Label | None = None  # the label of epoch - 1, kept so a re-flood never flickers
        self.eff: Label = self.label  # what cluster_of answers: min(label, prev)
        self.edges: dict[Edge, int] = {}  # edge -> last epoch it is live
        self.new = is_new


class AccountSide:
    def __init__(self, config: ClusterConfig | None = None):
        self.cfg = cfg = config or ClusterConfig()
        self.caps = dict(cfg.max_key_accounts)
        self.P = cfg.epoch_ms
        self.ttl_e = cfg.ttl_epochs
        # Idle this long, every edge is dead and the previous-epoch floor gone.
        self.idle_ms = (self.ttl_e + 2) * self.P
        self.accounts: OrderedDict[str, AccountState] = OrderedDict()  # least recently seen first
        # Accounts per effective label, for members other than the label's own
        # account (singletons cost nothing): label -> [accounts, new accounts].
        self.tally: dict[Label, list[int]] = {}
        self.evicted_capacity = 0
        self.evicted_idle = 0
        self.edges_dropped = 0

    def __len__(self) -> int:
        return len(self.accounts)

    # -- events ------------------------------------------------------------
    def on_event(self, account: str, ts: int, links: Iterable[Edge], is_new: bool = False) -> list[Msg]:
        """One request event of `account` with the link keys it carried.
        Returns the Link/Unlink messages for the key side."""
        e = ts // self.P
        out: list[Msg] = []
        st = self.accounts.get(account)
        relink = False
        if st is None:
            if len(self.accounts) >= self.cfg.max_accounts:
                self._evict_lru(out)
            st = self.accounts[account] = AccountState(account, ts, e, is_new)
        elif ts - st.last > self.idle_ms:
            # Back after every edge died: a new account as far as clusters go
            # (decided on the account's own times, so every partitioning agrees).
            self.accounts.move_to_end(account)
            self._untally(st, account)
            st = self.accounts[account] = AccountState(account, ts, e, is_new)
        else:
            self.accounts.move_to_end(account)
            if ts > st.last:
                st.last = ts
            if ts < st.first:  # a late event: the account is older than we thought
                st.first = ts
                if (ts, account) < st.label:
                    st.label = (ts, account)
                    relink = True
            if e > st.epoch:
                self._enter(st, account, e)
                relink = True
        edges = st.edges
        caps = self.caps
        until = e + self.ttl_e
        fresh: list[Edge] = []
        for edge in links:
            if edge[0] not in caps:
                continue
            old = edges.get(edge)
            if old is None:
                if len(edges) >= self.cfg.max_keys_per_account:
                    self._drop_edge(account, st, out)
                edges[edge] = until
                fresh.append(edge)
            elif until > old:
                edges[edge] = until
                fresh.append(edge)
        epoch, label = st.epoch, st.label
        if relink:
            for (kind, key), u in edges.items():
                if u >= epoch:
                    out.append(Link(account, kind, key, u, epoch, label))
        else:
            for kind, key in fresh:
                u = edges.get((kind, key), -1)  # -1: dropped again by the cap within this event
                if u >= epoch:
                    out.append(Link(account, kind, key, u, epoch, label))
        self._settle(st, account, is_new)
        return out

    def on_relabel(self, m: Relabel) -> list[Msg]:
        """A key's smallest label in its epoch; returns Links to the account's
        other live keys when the account's label changed."""
        st = self.accounts.get(m.account)
        if st is None:
            return []  # evicted: a label never recreates an account
        sender = (m.kind, m.key)
        u = st.edges.get(sender)
        if u is None or u < m.epoch or m.epoch < st.epoch:
            return []  # a dead or dropped edge, or an epoch the account has left
        if m.epoch > st.epoch:
            self._enter(st, m.account, m.epoch)
            if m.label < st.label:
                st.label = m.label
            skip = sender if st.label == m.label else None  # the sender already knows a label this small
        elif m.label < st.label:
            st.label = m.label
            skip = sender
        else:
            return []
        out: list[Msg] = []
        epoch, label = st.epoch, st.label
        for edge, u in st.edges.items():
            if u >= epoch and edge != skip:
                out.append(Link(m.account, edge[0], edge[1], u, epoch, label))
        self._settle(st, m.account, st.new)
        return out

    def advance(self, ts: int) -> list[Msg]:
        """Move every tracked account into the epoch of `ts` (a full re-flood
        from the accounts with a live edge). Not needed in the stream, where each account moves
        on its own next event or when a neighbour's flood reaches it; used to
        settle state at a chosen time (tests, end of a backtest)."""
        e = ts // self.P
        out: list[Msg] = []
        for account, st in self.accounts.items():
            if st.epoch >= e:
                continue
            self._enter(st, account, e)
            for (kind, key), u in st.edges.items():
                if u >= e:
                    out.append(Link(account, kind, key, u, e, st.label))
            self._settle(st, account, st.new)
        return out

    # -- queries -----------------------------------------------------------
    def label_of(self, account: str) -> Label | None:
        st = self.accounts.get(account)
        return None if st is None else st.eff

    def cluster_of(self, account: str) -> str | None:
        st = self.accounts.get(account)
        return None if st is None else cluster_id(st.eff)

    def linked(self, account: str) -> bool:
        """The account has a live edge of a linking kind or answers another
        account's label: its cluster id is worth a group observation (a
        singleton's id stays a cheap pending key in the group stage)."""
        st = self.accounts.get(account)
        if st is None:
            return False
        return st.eff[1] != account or any(u >= st.epoch for u in st.edges.values())

    def size_of(self, account: str) -> int:
        """Accounts of this instance labelled like `account` (the whole cluster
        when one instance holds every account, as in LocalClusters)."""
        return self._count(account)[0]

    def new_share(self, account: str) -> float:
        n, new = self._count(account)
        return new / n if n else 0.0

    def _count(self, account: str) -> tuple[int, int]:
        """(accounts, new accounts) answering the same label as `account`:
        the tally (members other than the label's own account) plus that
        account if this instance holds it and it answers its own label."""
        st = self.accounts.get(account)
        if st is None:
            return 0, 0
        n, new = self.tally.get(st.eff) or (0, 0)
        root = self.accounts.get(st.eff[1])
        if root is not None and root.eff == st.eff:
            n, new = n + 1, new + root.new
        return n, new

    # -- one account's state, for adapters that persist it (no I/O here) ----
    def export_account(self, account: str) -> dict | None:
        """Plain data: f first, l last, e epoch, b label, p previous label,
        g edges [[kind, key, until], ...], n new. None if not tracked."""
        st = self.accounts.get(account)
        if st is None:
            return None
        return {"f": st.first, "l": st.last, "e": st.epoch, "b": list(st.label),
                "p": list(st.prev) if st.prev is not None else None,
                "g": [[k, v, u] for (k, v), u in st.edges.items()], "n": st.new}

    def import_account(self, account: str, data: dict) -> None:
        """Load what export_account gave, unless the account is in memory
        (memory is never older)."""
        if account in self.accounts:
            return
        st = AccountState(account, int(data["f"]), int(data["e"]), bool(data["n"]))
        st.last = int(data["l"])
        st.label = (int(data["b"][0]), data["b"][1])
        st.prev = (int(data["p"][0]), data["p"][1]) if data.get("p") else None
        st.edges = {(k, v): int(u) for k, v, u in data["g"]}
        st.eff = (st.first, account)
        self.accounts[account] = st
        self._settle(st, account, st.new)

    # -- memory --------------------------------------------------------------
    def evict_idle(self, watermark: int) -> int:
        """Forget accounts idle for longer than `idle_ms` (every edge dead, the
        previous-epoch floor gone), with one epoch of margin so that an event
        up to an epoch behind `watermark` still finds them: eviction then
        never changes an answer, since such an account starts afresh anyway."""
        cutoff = watermark - self.idle_ms - self.P
        n = 0
        acc = self.accounts
        while acc:
            account, st = next(iter(acc.items()))
            if st.last >= cutoff:
                break
            acc.popitem(last=False)
            self._untally(st, account)
            n += 1
        self.evicted_idle += n
        return n

    def nbytes(self) -> int:
        """Approximate resident bytes (CPython object sizes), for the bench."""
        n = 0
        for account, st in self.accounts.items():
            n += 120 + 49 + len(account)  # slots object + key string
            n += 64 + 64 * 2  # label and prev tuples (root strings are shared)
            n += 232 + len(st.edges) * 100  # dict + (kind, key) tuples and ints
        return n + len(self.tally) * 140

    # -- internals -------------------------------------------------------------
    def _enter(self, st: AccountState, account: str, e: int) -> None:
        st.prev = st.label if st.epoch == e - 1 else None
        st.epoch = e
        st.label = (st.first, account)

    def _settle(self, st: AccountState, account: str, is_new: bool) -> None:
        prev = st.prev
        eff = st.label if prev is None or st.label <= prev else prev
        if eff == st.eff and is_new == st.new:
            return
        self._untally(st, account)
        st.eff, st.new = eff, is_new
        if eff[1] != account:
            t = self.tally.get(eff)
            if t is None:
                t = self.tally[eff] = [0, 0]
            t[0] += 1
            t[1] += is_new

    def _untally(self, st: AccountState, account: str) -> None:
        if st.eff[1] == account:
            return
        t = self.tally.get(st.eff)
        if t is not None:
            t[0] -= 1
            t[1] -= st.new
            if t[0] <= 0:
                del self.tally[st.eff]

    def _drop_edge(self, account: str, st: AccountState, out: list[Msg]) -> None:
        """The per-account edge cap: drop the edge that dies first."""
        edge = min(st.edges.items(), key=lambda kv: (kv[1], kv[0]))[0]
        del st.edges[edge]
        self.edges_dropped += 1
        out.append(Unlink(account, edge[0], edge[1]))

    def _evict_lru(self, out: list[Msg]) -> None:
        account, st = self.accounts.popitem(last=False)
        self._untally(st, account)
        self.evicted_capacity += 1
        for kind, key in st.edges:
            out.append(Unlink(account, kind, key))
