"""The key side of the cluster protocol (see clusters.py for the design).

Owns, per link key: the members it remembers (account -> last epoch the edge
is live, at most cap + 1 of them), its epoch and the smallest label heard in
that epoch. Runs wherever the key's group lives: one instance per partition
of the group stage (keyed by "kind:key").
"""

from __future__ import annotations

from collections import Counter, OrderedDict

from enforcer.core.cluster_protocol import ClusterConfig, Label, Link, Msg, Relabel, Unlink


class KeyState:
    __slots__ = ("epoch", "label", "prev", "members", "gone", "live_until", "hub")

    def __init__(self, epoch: int):
        self.epoch = epoch
        self.label: Label | None = None  # smallest label heard in `epoch` (also while a hub)
        self.prev: Label | None = None  # the label epoch - 1 ended with, for members that lag behind
        self.members: dict[str, int] = {}  # account -> last epoch its edge is live; all live in `epoch`
        # Members whose account side dropped the edge (Unlink): still counted
        # towards the cap until the edge lapses, never sent a label.
        self.gone: set[str] | None = None
        self.live_until = epoch  # the latest epoch any member is live
        self.hub = False  # more than cap live members in `epoch`: links nobody


class KeySide:
    def __init__(self, config: ClusterConfig | None = None):
        self.cfg = cfg = config or ClusterConfig()
        self.caps = dict(cfg.max_key_accounts)
        self.keys: OrderedDict[tuple[str, str], KeyState] = OrderedDict()  # least recently touched first
        self.stats: Counter[str] = Counter()

    def __len__(self) -> int:
        return len(self.keys)

    def on(self, m: Msg) -> list[Msg]:
        if isinstance(m, Link):
            return self.on_link(m)
        if isinstance(m, Unlink):
            return self.on_unlink(m)
        raise TypeError(f"the key side takes Link and Unlink, not {type(m).__name__}")

    def on_link(self, m: Link) -> list[Msg]:
        cap = self.caps.get(m.kind)
        if cap is None:
            self.stats["unknown_kind"] += 1
            return []
        k = (m.kind, m.key)
        st = self.keys.get(k)
        if st is None:
            if m.until < m.epoch:
                return []
            if len(self.keys) >= self.cfg.max_keys:
                self.keys.popitem(last=False)
                self.stats["evicted_capacity"] += 1
            st = self.keys[k] = KeyState(m.epoch)
        else:
            self.keys.move_to_end(k)
        if m.epoch > st.epoch:
            self._enter(st, m.epoch, cap)
        a = m.account
        members = st.members
        gone = st.gone
        if gone and a in gone:
            gone.discard(a)  # linked again
        if m.until >= st.epoch and m.until > members.get(a, -1):
            members[a] = m.until
            if m.until > st.live_until:
                st.live_until = m.until
            if len(members) > cap + 1:  # remember cap + 1: enough to know it is a hub
                drop = min(members.items(), key=lambda kv: (kv[1], kv[0]))[0]
                del members[drop]
                if gone:
                    gone.discard(drop)
            if not st.hub and len(members) > cap:
                st.hub = True
                self.stats["hubs"] += 1
        if m.epoch < st.epoch:
            # The account lags behind (its partition is slower). It gets the
            # label the epoch it is in ended with here (read-only: its own label
            # no longer changes that epoch), then this epoch's label if its
            # edge is still live, and moves on.
            out: list[Msg] = []
            if m.epoch == st.epoch - 1 and st.prev is not None and st.prev < m.label:
                out.append(Relabel(a, m.kind, m.key, m.epoch, st.prev))
            if not st.hub and st.label is not None and a in members:
                out.append(Relabel(a, m.kind, m.key, st.epoch, st.label))
            return out
        label = st.label
        if label is None or m.label < label:
            st.label = m.label
            if st.hub:
                return []
            return [Relabel(b, m.kind, m.key, st.epoch, m.label) for b in members
                    if b != a and not (gone and b in gone)]
        if m.label > label and not st.hub and a in members:
            return [Relabel(a, m.kind, m.key, st.epoch, label)]
        return []

    def on_unlink(self, m: Unlink) -> list[Msg]:
        """The account dropped the edge (its caps): it gets no more labels from
        this key, but it still counts towards the key's cap until the edge
        lapses. Forgetting it would make a big key look small (an account
        rotating through proxies drops its oldest /24s) and let it link;
        over-counting only ever links less."""
        st = self.keys.get((m.kind, m.key))
        if st is not None and m.account in st.members:
            if st.gone is None:
                st.gone = set()
            st.gone.add(m.account)
        return []

    def export_key(self, kind: str, key: str) -> dict | None:
        """Plain data: e epoch, b label, p previous label, m members
        [[account, until], ...], h hub, x members that unlinked. None if not tracked."""
        st = self.keys.get((kind, key))
        if st is None:
            return None
        return {"e": st.epoch, "b": list(st.label) if st.label else None, "p": list(st.prev) if st.prev else None,
                "m": [[a, u] for a, u in st.members.items()], "h": st.hub, "x": sorted(st.gone or ())}

    def import_key(self, kind: str, key: str, data: dict) -> None:
        if (kind, key) in self.keys:
            return
        st = KeyState(int(data["e"]))
        st.label = (int(data["b"][0]), data["b"][1]) if data.get("b") else None
        st.prev = (int(data["p"][0]), data["p"][1]) if data.get("p") else None
        st.members = {a: int(u) for a, u in data["m"]}
        st.live_until = max(st.members.values(), default=st.epoch)
        st.hub = bool(data["h"])
        st.gone = set(data.get("x") or ()) or None
        self.keys[(kind, key)] = st

    def evict_idle(self, watermark: int) -> int:
        """Forget keys none of whose members is live in the epoch of
        `watermark` (the latest event time this instance has seen)."""
        e = watermark // self.cfg.epoch_ms
        n = 0
        keys = self.keys
        while keys:
            k, st = next(iter(keys.items()))
            if st.live_until >= e:
                break
            keys.popitem(last=False)
            n += 1
        self.stats["evicted_idle"] += n
        return n

    def nbytes(self) -> int:
        return sum(56 + 72 + 128 + 64 + 232 + len(st.members) * 110 for st in self.keys.values())

    def _enter(self, st: KeyState, e: int, cap: int) -> None:
        """A new epoch: forget the label and the members whose edges died."""
        st.prev = st.label if e == st.epoch + 1 and not st.hub else None
        st.epoch = e
        st.label = None
        st.members = {a: u for a, u in st.members.items() if u >= e}
        if st.gone:
            st.gone = {a for a in st.gone if a in st.members} or None
        st.hub = len(st.members) > cap
