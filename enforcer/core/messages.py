"""What the account stage and the group stage tell each other. Plain data, no I/O.

    account stage --GroupObservation (key kind:key)--> group stage
    account stage <--FanOut / GroupLift (key account)-- group stage
    every account stage <--TemplateNotice (key template key)-- group stage

and, while a rule is scoped to `cluster`, the cluster protocol's messages
(enforcer/core/cluster_protocol.py): Link / Unlink from the account side to
the key side (key kind:key, with the observations) and Relabel back (key
account, with the commands).

The backtest (`Engine`) hands them over synchronously; the live stream sends
them through Kafka (enforcer/stream/). `to_dict`/`from_dict` give JSON-ready
data (the stream encodes it with orjson); every field is event time or
content, never wall clock, so a replay sends the same messages again.

A `kind` is any link-key kind (payment, device, ip_prefix, asn_ua, org,
template, ...) or `cluster`: the stages never enumerate them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from enforcer.contracts import Action, Mode
from enforcer.core.cluster_protocol import Link, Relabel, Unlink, from_list, to_list
from enforcer.core.features import K
from enforcer.core.verdicts import Attrs

Deltas = tuple[tuple[int, int], ...]  # (counter index, amount) added to the sliding windows


@dataclass(slots=True)
class GroupObservation:  # not frozen: one per (event, link key), and a frozen __init__ costs twice as much
    """One event's use of one link key: what the key's group needs of it."""

    kind: str
    key: str
    account: str
    ts: int  # the event's time
    now: int  # the account's clock after the event (issued_at of an inherited decision)
    is_new: bool  # the account is younger than the new-account age
    deltas: Deltas  # the event's counter increments, as the account stage counted them
    exact: int  # hash of the normalised user prompt (0: none): the group's distinct prompts
    event_id: str
    attrs: Attrs  # the event's string attributes (group rules and exceptions may read them)
    # What the account holds after its own rules at this event, per mode:
    # (enforce strength, expires_ms, shadow strength, expires_ms), 0s where
    # nothing; None when it holds nothing. The group stage sends no
    # inheritance the account stage would find covered (see GroupStage._inherit).
    held: tuple[int, int, int, int] | None = None
    # Hash of the event's client network (/24 or /64; 0: no IP): the group's
    # distinct networks, which tell one NAT (a class, an office) from a swarm
    # of accounts each behind its own or a rotating proxy.
    net: int = 0
    # The event's prompt wrapper keys (() when none): the group's common
    # wrappers, which a fan-out's `group_wrapper_share` compares with a member's.
    tpl: tuple[int, ...] = ()
    # The wrapper keys the account has used most lately, the event's own left
    # out (() unless a rule reads co_wrappers): a template group counts which
    # other wrappers its members share, which tells a farm's menu of wrappers
    # (the same accounts behind each) from a popular phrase (strangers).
    rep: tuple[int, ...] = ()
    # The account had sent BUSY_REQUESTS_24H or more requests over its last
    # day, this one included (the group's busy_accounts_24h).
    busy: bool = False
    # The account's card, when crowded (CROWDED_CARD_ACCOUNTS accounts, as the
    # payment group's notice said) and the account reports no organisation
    # (or a solo one, as its org group's notice said): a hash of the card's
    # group key; 0 otherwise (crowded_cards_24h).
    card: int = 0
    # The request reports an organisation and pays with a crowded card: its
    # org group then says whether the organisation is a solo one (crowded_card).
    org_card: bool = False

    @property
    def group_id(self) -> str:
        return f"{self.kind}:{self.key}"

    def _fields(self) -> dict[str, Any]:
        """Everything but the key. Tuples as they are: orjson writes them as arrays."""
        a = self.attrs
        out = {"a": self.account, "t": self.ts, "n": self.now, "new": self.is_new, "d": self.deltas, "x": self.exact,
               "e": self.event_id, "at": (a.org_id, a.model, a.endpoint)}
        if self.held is not None:
            out["h"] = self.held
        if self.net:
            out["p"] = self.net
        if self.tpl:
            out["w"] = self.tpl
        if self.rep:
            out["r"] = self.rep
        if self.busy:
            out["bz"] = 1
        if self.card:
            out["cd"] = self.card
        if self.org_card:
            out["oc"] = 1
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"k": self.kind, "g": self.key, **self._fields()}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> GroupObservation:
        return observations_from_dict(d)[0]


def observations_to_dict(obs: list[GroupObservation]) -> dict[str, Any]:
    """Observations of one event, as one item: they differ only in their key
    (kind:key), so the rest is written once ("ks": [[kind, key], ...])."""
    d = obs[0]._fields()
    d["ks"] = [(o.kind, o.key) for o in obs]
    return d


def observations_from_dict(d: dict[str, Any]) -> list[GroupObservation]:
    """What observations_to_dict wrote (or one GroupObservation.to_dict)."""
    account, h = d["a"], d.get("h")
    org, model, endpoint = d["at"]
    attrs = Attrs(account, org, model, endpoint)
    deltas = tuple(map(tuple, d["d"]))
    if deltas and max(deltas)[0] >= K:  # a newer worker's counters (a rolling upgrade): not ours to count
        deltas = tuple(x for x in deltas if x[0] < K)
    held = tuple(h) if h is not None else None
    ts, now, new, exact, eid, net = d["t"], d["n"], d["new"], d["x"], d["e"], d.get("p", 0)
    tpl = tuple(d["w"]) if "w" in d else ()
    rep = tuple(d["r"]) if "r" in d else ()
    busy = bool(d.get("bz"))
    card = d.get("cd", 0)
    org_card = bool(d.get("oc"))
    keys = d["ks"] if "ks" in d else ((d["k"], d["g"]),)
    return [GroupObservation(kind, key, account, ts, now, new, deltas, exact, eid, attrs, held, net, tpl, rep, busy,
                             card, org_card) for kind, key in keys]


@dataclass(slots=True, frozen=True)
class FanOut:
    """A group decision for one member account: a fan-out when the group rule
    fires, or an inheritance when a member uses a key whose group is actioned.
    The account stage decides: dedupe against its own book, `fanout_when` on its
    own state, then the exception the group stage found (if any)."""

    account: str
    rule: str
    kind: str  # the decision's scope
    key: str  # the decision's scope_key
    action: Action
    rps: float | None
    mode: Mode
    ts: int  # issued_at of the member's decision (event time)
    expires_ms: int
    offence: int
    values: dict[str, Any]  # the evidence
    id_parts: tuple[str, ...]  # (group decision id,) for a fan-out, + (event id,) for an inheritance
    excepted: str | None = None  # name of the exception that spares this member
    # The group's common wrapper keys, when the rule's fanout_when reads
    # group_wrapper_share (empty otherwise; absent from older messages).
    wrappers: frozenset[int] = frozenset()
    # The group's distinct accounts over the last 1-2 days when this reaches the
    # member (at the fan-out, or at the member's request for an inheritance),
    # when the rule's fanout_when reads group_accounts_24h (0 otherwise; absent
    # from older messages).
    group_accounts: int = 0

    def to_dict(self) -> dict[str, Any]:
        out = {"type": "fanout", "a": self.account, "r": self.rule, "k": self.kind, "g": self.key,
               "act": self.action.value, "rps": self.rps, "m": self.mode.value, "t": self.ts, "exp": self.expires_ms,
               "o": self.offence, "v": self.values, "id": list(self.id_parts), "x": self.excepted}
        if self.wrappers:
            out["w"] = sorted(self.wrappers)
        if self.group_accounts:
            out["ga"] = self.group_accounts
        return out


@dataclass(slots=True, frozen=True)
class GroupLift:
    """A group rule's `lift_when` held: end the member's decision from that rule and group."""

    account: str
    rule: str
    kind: str
    key: str
    mode: Mode
    ts: int
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"type": "lift", "a": self.account, "r": self.rule, "k": self.kind, "g": self.key,
                "m": self.mode.value, "t": self.ts, "why": self.reason}


# What the group stage sends an account: Relabel is the cluster protocol's key -> account message.
Command = FanOut | GroupLift | Relabel


def command_to_dict(c: Command) -> dict[str, Any]:
    if isinstance(c, Relabel):
        return {"type": "relabel", "m": to_list(c)}
    return c.to_dict()


def command_from_dict(d: dict[str, Any]) -> Command:
    if d["type"] == "relabel":
        m = from_list(d["m"])
        if not isinstance(m, Relabel):
            raise ValueError("a relabel command must hold a Relabel")
        return m
    if d["type"] == "fanout":
        return FanOut(d["a"], d["r"], d["k"], d["g"], Action(d["act"]), d["rps"], Mode(d["m"]), d["t"], d["exp"],
                      d["o"], d["v"], tuple(d["id"]), d["x"], frozenset(d.get("w", ())),
                      int(d.get("ga", 0)))
    if d["type"] == "lift":
        return GroupLift(d["a"], d["r"], d["k"], d["g"], Mode(d["m"]), d["t"], d["why"])
    raise ValueError(f"unknown command type {d['type']!r}")


def link_to_dict(m: Link | Unlink) -> dict[str, Any]:
    """A cluster message for the key side, as an item of an observations bundle."""
    return {"c": to_list(m)}


def link_from_dict(d: dict[str, Any]) -> Link | Unlink:
    m = from_list(d["c"])
    if isinstance(m, Relabel):
        raise ValueError("the key side takes Link and Unlink, not Relabel")
    return m


@dataclass(slots=True, frozen=True)
class TemplateNotice:
    """Whether a prompt wrapper (template key) counts as shared: used by at
    least `min_shared_accounts` accounts. The account stage counts a request
    under a shared wrapper in `shared_template` (shared_template_ratio_*).
    Valid until `until_ms` (event time) unless renewed: the group's distinct
    account count runs in day epochs and forgets an idle wrapper by then.

    A payment group's key ("pay-...") says the same of a card, with
    CROWDED_CARD_ACCOUNTS for the threshold (crowded_card), and an org
    group's ("org-...") that the organisation is a solo one (one account for
    SOLO_ORG_MS and more, crowded_card): the account side's view holds
    wrappers, cards and organisations alike, their keys never collide."""

    key: str
    shared: bool
    ts: int
    until_ms: int
    # Until when (event time) the wrapper also counts as crowded (used by
    # crowded_template_accounts accounts); 0: not crowded. Absent from notices
    # written before it existed.
    crowded_until_ms: int = 0

    def to_dict(self) -> dict[str, Any]:
        d = {"s": self.shared, "t": self.ts, "u": self.until_ms}
        if self.crowded_until_ms:
            d["c"] = self.crowded_until_ms
        return d

    @classmethod
    def from_dict(cls, key: str, d: dict[str, Any]) -> TemplateNotice:
        return cls(key, d["s"], d["t"], d["u"], d.get("c", 0))
