"""Groups of accounts that share a link key (a card, a device, a /24, an
ASN+user agent, an org, a prompt wrapper), each a rule scope of its own.

Memory bounds:
- a key seen from one account only is not a group yet: it waits in a capped
  `pending` map (key -> first account); it becomes a group when a second
  account shows up. Most keys (a home IP, a personal card, an ordinary prompt)
  never get that far, which is what keeps a flood of single-request accounts
  cheap (see BENCHMARKS.md);
- a group remembers at most `max_members` member accounts (for fan-out);
  counts beyond that come from distinct-count sketches;
- at most `max_groups` groups and `max_pending` pending keys, least recently
  seen evicted first; idle groups are evicted as event time advances.

Huge benign populations (a carrier NAT, a popular framework's prompt) are
still groups, but they cannot merge anything: groups never join each other
(no transitive closure here), and the default rules demand evidence that such
populations lack (new accounts, one wrapper over many distinct questions,
reasoning elicitation) before acting.
"""

from __future__ import annotations

from collections import OrderedDict

import xxhash

from enforcer.core.distinct import CommonKeys
from enforcer.core.epochs import EpochDistinct
from enforcer.core.features import NETWORK_SLOTS
from enforcer.core.windows import MultiWindow, WindowSpec

HOUR = 3_600_000
DAY = 24 * HOUR

# A template group's co-wrappers (co_wrappers): the other wrappers its members
# use, counted once per member an hour (up to 8 keys each, GroupObservation.rep)
# in CO_KEYS counters; a co-wrapper is one in at least 15% of those counts (and
# 3). A farm running a menu of wrappers puts the same accounts behind each of
# them; a popular phrase's users are strangers whose other wrappers differ.
# Each member sends only its 8 most used wrappers lately, a sample that churns
# for a farm cycling through a menu (and its conversations' own openings), so a
# menu wrapper is in 15-30% of the counts, not in most: on the seventh
# independent generator, every one of the farm's 40 long-answer template groups
# has 3+ co-wrappers at 15%, 18 at 30%, none at 50%. 64 counters: with 32,
# the churn of one-off keys left no guaranteed count above 33 of 161.
# Measured offline first (bench/comembership.py, BENCHMARKS.md "Seventh
# independent generator").
CO_KEYS = 64
CO_MIN_SHARE = 0.15
CO_MIN_COUNT = 3
# ... counted from the tenth account of the day on: most template groups are a
# phrase two or three people happen to share (on 30,000 events of seed 7, 4,786
# template groups counting from their second account held 24% of all group
# bytes), and no rule asks about a group that small.
CO_MIN_ACCOUNTS = 10


def org_hash(org: str) -> int:
    return xxhash.xxh3_64_intdigest(org.encode("utf-8", "surrogatepass")) or 1  # 0 means "no organisation"


def account_hash(account: str) -> int:
    return xxhash.xxh3_64_intdigest(account.encode("utf-8", "surrogatepass"))


# One event updates several groups with the same account: its hash is kept
# from one call to the next (a 1-entry memo, replaced as one tuple so the pair
# is always consistent; strings compare by identity first).
_last_account: tuple[str | None, int] = (None, 0)


def _account_hash(account: str) -> int:
    global _last_account
    last = _last_account
    if last[0] == account:
        return last[1]
    h = xxhash.xxh3_64_intdigest(account.encode("utf-8", "surrogatepass"))
    _last_account = (account, h)
    return h


class GroupState:
    __slots__ = ("kind", "key", "id", "windows", "members", "first_ts", "last_ts", "accounts_1h", "accounts_24h",
                 "new_accounts_24h", "prompts_24h", "networks_24h", "set_accounts_24h", "wrappers", "co", "co_memo", "fresh",
                 "fresh_day", "org_lead", "org_votes", "org_accounts_24h", "org_pending", "busy_accounts_24h",
                 "crowded_cards_24h", "actioned_accounts_24h")

    def __init__(self, kind: str, key: str, specs: tuple[WindowSpec, ...], k: int, ts: int):
        self.kind = kind
        self.key = key
        # "kind:key", the group's id in decision books: built once (the engine
        # reads it several times per event; it was a property that formatted
        # the string on every read).
        self.id = f"{kind}:{key}"
        self.windows = MultiWindow(specs, k)
        self.members: OrderedDict[str, int] = OrderedDict()  # account -> last seen
        self.first_ts = ts
        self.last_ts = ts
        self.accounts_1h = EpochDistinct(HOUR)
        self.accounts_24h = EpochDistinct(DAY)
        self.new_accounts_24h = EpochDistinct(DAY)
        self.prompts_24h = EpochDistinct(DAY)
        self.networks_24h = EpochDistinct(DAY)  # client /24s and /64s
        # Per network set (slot): distinct accounts with a request from it, made
        # when the first such request comes (most groups never see one). The
        # set's request share is dominated by a group's heaviest accounts; a few
        # app backends or eval jobs in the cloud make a popular phrase's group
        # read as "hosted" while most of its accounts sit at home.
        self.set_accounts_24h: list[EpochDistinct | None] | None = None
        # The wrappers this group's prompts carry (CommonKeys), made on the first
        # such prompt, and only for kinds whose rules' fanout_when asks.
        self.wrappers: CommonKeys | None = None
        # The other wrappers its members use (CommonKeys of GroupObservation.rep),
        # for template groups whose rules read co_wrappers; each member counted at
        # most once an hour, so one heavy user cannot make its habits the group's.
        self.co: CommonKeys | None = None
        self.co_memo: tuple[int, int] = (-1, 0)  # (co.version, co_wrappers) last computed
        self.fresh = False  # the last add_member was the account's first here this hour
        self.fresh_day = False  # ... and its first here this day (it counted in accounts_24h)
        # The organisation most of its accounts belong to (hash of org_id; 0:
        # none reported), by a majority vote over the daily arrivals of the
        # accounts that report one,
        # and the distinct accounts of that organisation per day, made on its
        # first such account. Only for kinds whose rules read org_account_share
        # (GroupStage._org_kinds).
        self.org_lead = 0
        self.org_votes = 0
        self.org_accounts_24h: EpochDistinct | None = None
        # Members restored from a changelog (GroupStage.import_group): each one's
        # next arrival votes again, since the per-day account counts are not saved.
        self.org_pending: set[str] | None = None
        # Distinct accounts that were busy (BUSY_REQUESTS_24H of their own in a
        # day) when they used this key, made on the first such account; only for
        # kinds whose rules read busy_accounts_24h (GroupStage._busy_kinds). The
        # group's average per account cannot tell eight busy accounts from one
        # lab server among a campus's occasional users; this can.
        self.busy_accounts_24h: EpochDistinct | None = None
        # Distinct crowded cards of its accounts of no organisation
        # (GroupObservation.card), made on the first; only for kinds whose rules
        # read crowded_cards_24h (GroupStage._card_kinds).
        self.crowded_cards_24h: EpochDistinct | None = None
        # Distinct accounts that held an enforced challenge or suspension when
        # they used this key (GroupObservation.held), made on the first; only
        # for kinds whose rules read the actioned accounts
        # (GroupStage._actioned_kinds).
        self.actioned_accounts_24h: EpochDistinct | None = None

    def add_member(self, account: str, ts: int, is_new: bool, max_members: int) -> None:
        m = self.members
        last = m.get(account)
        self.fresh = self.fresh_day = False
        if last is not None:
            m.move_to_end(account)
            if ts <= last:
                return
            m[account] = ts
            if last // HOUR == ts // HOUR:
                return  # already counted in both epochs' sketches
        else:
            if len(m) >= max_members:
                m.popitem(last=False)
            m[account] = ts
        self.fresh = True
        h = _account_hash(account)
        self.accounts_1h.add(h, ts)
        if last is None or last // DAY != ts // DAY:
            self.fresh_day = True
            self.accounts_24h.add(h, ts)
            if is_new:
                self.new_accounts_24h.add(h, ts)

    def vote_org(self, account: str, org: int, ts: int) -> None:
        """An account's arrival of the day (fresh_day) and its organisation.
        Boyer-Moore's majority vote finds the organisation that more than half
        the arrivals with an organisation share, if one does, in O(1) space
        (the share's denominator is every account); its accounts are then
        counted exactly (to 64, then estimated) in org_accounts_24h, which starts
        afresh whenever the lead changes, so a group led by no one reads low."""
        if not org:
            # Accounts of no organisation abstain: they still count in the
            # share's denominator (accounts_24h), but a vote against the lead
            # would stop an organisation whose peers arrived after a few
            # loners from being counted from its first account.
            return
        if self.org_votes == 0:
            if org != self.org_lead:
                self.org_lead = org
                self.org_accounts_24h = None
            self.org_votes = 1
        elif org == self.org_lead:
            self.org_votes += 1
        else:
            self.org_votes -= 1
        if org == self.org_lead:  # org is never 0 here (abstention above)
            d = self.org_accounts_24h
            if d is None:
                d = self.org_accounts_24h = EpochDistinct(DAY)
            d.add(_account_hash(account), ts)

    def org_account_share(self, now: int) -> float:
        d = self.org_accounts_24h
        if d is None:
            return 0.0
        n = self.accounts_24h.estimate(now)
        return min(1.0, d.estimate(now) / n) if n else 0.0

    def add_busy(self, account: str, ts: int) -> None:
        d = self.busy_accounts_24h
        if d is None:
            d = self.busy_accounts_24h = EpochDistinct(DAY)
        d.add(_account_hash(account), ts)

    def busy_accounts(self, now: int) -> int:
        d = self.busy_accounts_24h
        return d.estimate(now) if d is not None else 0

    def add_crowded_card(self, card: int, ts: int) -> None:
        d = self.crowded_cards_24h
        if d is None:
            d = self.crowded_cards_24h = EpochDistinct(DAY)
        d.add(card, ts)

    def crowded_cards(self, now: int) -> int:
        d = self.crowded_cards_24h
        return d.estimate(now) if d is not None else 0

    def add_actioned(self, account: str, ts: int) -> None:
        d = self.actioned_accounts_24h
        if d is None:
            d = self.actioned_accounts_24h = EpochDistinct(DAY)
        d.add(_account_hash(account), ts)

    def actioned_accounts(self, now: int) -> int:
        d = self.actioned_accounts_24h
        return d.estimate(now) if d is not None else 0

    def co_wrappers(self) -> int:
        """How many other wrappers at least CO_MIN_SHARE of the members' counts
        carry. Kept until the counters change (once per member an hour): rules
        read it at every request to a large group, and the scan over 64
        counters cost ~9% of the engine's time on seed 7 when not kept."""
        c = self.co
        if c is None:
            return 0
        memo = self.co_memo
        if memo[0] != c.version:
            memo = self.co_memo = (c.version, len(c.common(CO_MIN_SHARE, CO_MIN_COUNT)))
        return memo[1]

    def add_set_account(self, slot: int, account: str, ts: int) -> None:
        sets = self.set_accounts_24h
        if sets is None:
            sets = self.set_accounts_24h = [None] * NETWORK_SLOTS
        d = sets[slot]
        if d is None:
            d = sets[slot] = EpochDistinct(DAY)
        d.add(_account_hash(account), ts)

    def set_accounts(self, slot: int, ts: int) -> int:
        sets = self.set_accounts_24h
        d = sets[slot] if sets is not None else None
        return d.estimate(ts) if d is not None else 0

    # -- changelog form of the distinct counts ----------------------------------
    def sketches_to_list(self) -> list:
        """[accounts 1h, accounts 24h, new accounts, prompts, networks, per network
        set, organisation, busy, crowded cards, actioned] as EpochDistinct.to_list
        (null when absent)."""
        sets = self.set_accounts_24h
        return [
            self.accounts_1h.to_list(), self.accounts_24h.to_list(), self.new_accounts_24h.to_list(),
            self.prompts_24h.to_list(), self.networks_24h.to_list(),
            [d.to_list() if d is not None else None for d in sets] if sets is not None else None,
            self.org_accounts_24h.to_list() if self.org_accounts_24h is not None else None,
            self.busy_accounts_24h.to_list() if self.busy_accounts_24h is not None else None,
            self.crowded_cards_24h.to_list() if self.crowded_cards_24h is not None else None,
            self.actioned_accounts_24h.to_list() if self.actioned_accounts_24h is not None else None,
        ]

    def sketches_from_list(self, data: list) -> None:
        """Inverse of sketches_to_list; raises (ValueError, TypeError, ...) on a
        damaged entry before changing anything."""
        if len(data) == 8:
            data = [*data, None]  # written before crowded cards (session 61)
        if len(data) == 9:
            data = [*data, None]  # written before actioned accounts (session 64)
        a1, a24, new, prompts, nets, sets, org, busy, cards, actioned = data
        ed = EpochDistinct.from_list
        out = (ed(HOUR, a1), ed(DAY, a24), ed(DAY, new), ed(DAY, prompts), ed(DAY, nets),
               None if sets is None else [None if d is None else ed(DAY, d) for d in sets],
               None if org is None else ed(DAY, org), None if busy is None else ed(DAY, busy),
               None if cards is None else ed(DAY, cards), None if actioned is None else ed(DAY, actioned))
        if out[5] is not None:
            if len(out[5]) > NETWORK_SLOTS:
                raise ValueError("network sets changed")
            out[5].extend([None] * (NETWORK_SLOTS - len(out[5])))  # written with fewer slots (before session 58)
        (self.accounts_1h, self.accounts_24h, self.new_accounts_24h, self.prompts_24h, self.networks_24h,
         self.set_accounts_24h, self.org_accounts_24h, self.busy_accounts_24h, self.crowded_cards_24h,
         self.actioned_accounts_24h) = out

    def nbytes(self) -> int:
        sets = self.set_accounts_24h
        return (
            200
            + (sum(d.nbytes() for d in sets if d is not None) + 72 if sets is not None else 0)
            + self.windows.nbytes()
            + len(self.members) * 120
            + self.accounts_1h.nbytes()
            + self.accounts_24h.nbytes()
            + self.new_accounts_24h.nbytes()
            + self.prompts_24h.nbytes()
            + self.networks_24h.nbytes()
            + (self.wrappers.nbytes() if self.wrappers is not None else 0)
            + (self.co.nbytes() if self.co is not None else 0)
            + (self.org_accounts_24h.nbytes() if self.org_accounts_24h is not None else 0)
            + (len(self.org_pending) * 60 + 200 if self.org_pending is not None else 0)
            + (self.busy_accounts_24h.nbytes() if self.busy_accounts_24h is not None else 0)
            + (self.crowded_cards_24h.nbytes() if self.crowded_cards_24h is not None else 0)
            + (self.actioned_accounts_24h.nbytes() if self.actioned_accounts_24h is not None else 0)
        )


class GroupStore:
    def __init__(self, specs: tuple[WindowSpec, ...], k: int, max_groups: int, max_pending: int, max_members: int,
                 idle_ms: int):
        self.specs = specs
        self.k = k
        self.max_groups = max_groups
        self.max_pending = max_pending
        self.max_members = max_members
        self.idle_ms = idle_ms
        self.groups: OrderedDict[tuple[str, str], GroupState] = OrderedDict()
        self.pending: OrderedDict[tuple[str, str], tuple[str, int, bool]] = OrderedDict()
        self.evicted_capacity = 0
        self.evicted_idle = 0

    def __len__(self) -> int:
        return len(self.groups)

    def get(self, kind: str, key: str) -> GroupState | None:
        return self.groups.get((kind, key))

    def observe(self, kind: str, key: str, account: str, ts: int, is_new: bool) -> GroupState | None:
        """Record that `account` used this key; the group if the key is shared."""
        gk = (kind, key)
        g = self.groups.get(gk)
        if g is not None:
            self.groups.move_to_end(gk)
            if ts > g.last_ts:
                g.last_ts = ts
            g.add_member(account, ts, is_new, self.max_members)
            return g
        first = self.pending.get(gk)
        if first is None or first[0] == account:
            self.pending[gk] = (account, ts, is_new)
            self.pending.move_to_end(gk)
            if len(self.pending) > self.max_pending:
                self.pending.popitem(last=False)
            return None
        # A second account: the key is shared, so it becomes a group.
        del self.pending[gk]
        if len(self.groups) >= self.max_groups:
            self.groups.popitem(last=False)
            self.evicted_capacity += 1
        g = GroupState(kind, key, self.specs, self.k, min(first[1], ts))
        g.add_member(first[0], first[1], first[2], self.max_members)
        g.add_member(account, ts, is_new, self.max_members)
        g.last_ts = max(first[1], ts)
        self.groups[gk] = g
        return g

    def evict_idle(self, watermark: int) -> None:
        cutoff = watermark - self.idle_ms
        for store, is_group in ((self.groups, True), (self.pending, False)):
            while store:
                gk, v = next(iter(store.items()))
                last = v.last_ts if is_group else v[1]
                if last >= cutoff:
                    break
                store.popitem(last=False)
                self.evicted_idle += is_group

    def nbytes(self) -> int:
        return sum(g.nbytes() for g in self.groups.values()) + len(self.pending) * 200
