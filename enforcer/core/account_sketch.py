"""Per-account sketches: the prompt-shape and behaviour signals one account
shows on its own (beyond its sliding counters).

Bounded per account: `RECENT` prompts of LSH bands (near-duplicate check),
a TopK of 8 wrapper keys, and capped distinct-count sketches (exact up to 64
items, then an HLL of ~0.5 KiB) for prompts, IPs, IP prefixes and ASNs.
"""

from __future__ import annotations

from array import array
from base64 import b64decode, b64encode
from collections import _count_elements, deque  # type: ignore[attr-defined]
from ipaddress import IPv6Address

import xxhash

from enforcer.core.distinct import TopK
from enforcer.core.epochs import EpochDistinct, GapStats, pack_u64, unpack_u64
from enforcer.core.observe import Observation

DAY = 86_400_000
RECENT = 8  # prompts remembered for the near-duplicate check (x bands keys each)
BLOCKS48 = 4  # IPv6 /48s remembered per account: a proxy or tunnel rotates in one or a few
# Public-dataset items remembered per account (core.datasets), for the slice
# check: a shard walked a few items a day keeps its neighbours among the last
# 16, while 16 questions picked at random from a set of thousands rarely sit
# next to each other (see datasets.NEIGHBOUR_SHARE).
WALK_ITEMS = 16
# Sessions and their phase. A session starts after SESSION_GAP_MS of silence;
# its phase is where in the hour it starts. A scheduler (cron at :07 and :37,
# hourly, every half hour) starts each session at the same phase as the one
# before, a person at any: within PHASE_TOL_MS of it by chance about one time
# in ten (3 minutes of 30: `locked`). Measured offline first on the 52
# labelled sets (BENCHMARKS.md "Twenty-first independent generator"): accounts
# with 4+ comparable session starts, 60%+ of them locked, were whole campaigns
# on six generators and CI bots (which the rules spare by what they send).
# `cadence` (session 55) also takes a whole number of 20 minutes after the
# session before: two independent generators drove cohorts in waves every 20
# minutes (the fifty-fifth's cloud sleepers, the fifty-sixth's mixed cover),
# which the half hour reads as locked one wave in three. By chance it is one
# session in five for a person (3 minutes of 30, plus 3 of 20, less their
# overlap, 3 of 60), twice the half hour's rate: a feature of its own, so the
# rules tuned on the half hour keep their odds (BENCHMARKS.md "Changes in
# session 55").
SESSION_GAP_MS = 10 * 60_000
PHASE_PERIOD_MS = 60 * 60_000  # the phase kept: ms into the hour (both periods divide it)
HALF_HOUR_MS = 30 * 60_000
TWENTY_MINUTES_MS = 20 * 60_000  # with the half hour, the cadence's periods
PHASE_TOL_MS = 90_000


# A restored sketch does not know the raw address of its last request (the
# changelog holds no IPs): its `last_net` holds this in place of one, so the
# next request takes the "network changed" path, which re-adds what the
# restored sets already hold (no change) and judges a move from the saved ASN
# and day exactly as the original would have.
_RESTORED_IP = "\x00restored"


def _on_period(d: int, period: int) -> bool:
    """Whether a gap of `d` ms (modulo the hour) between two session starts is
    within PHASE_TOL_MS of a whole number of `period`s."""
    r = d % period
    return r <= PHASE_TOL_MS or period - r <= PHASE_TOL_MS


def _h(s: str) -> int:
    return xxhash.xxh3_64_intdigest(s.encode("utf-8", "surrogatepass"))


class AccountSketch:
    __slots__ = ("recent", "exacts", "bands", "prompts", "templates", "tpl_prompts", "tpl_epoch", "ips", "prefixes", "asns",
                 "gaps", "last_net", "phase", "ids", "ids_at", "blocks48", "items")

    def __init__(self) -> None:
        self.recent: deque[tuple[int, ...]] = deque()  # band keys of the recent prompts
        # Their exact hashes, for a C-level `in` (the repeat check). A list: 120 B
        # for 8 ints where a deque holds 760 B.
        self.exacts: list[int] = []
        self.bands: dict[int, int] = {}  # band key -> how many recent prompts have it
        self.prompts = EpochDistinct(DAY)
        self.templates = TopK(8)  # wrapper keys (prefix and suffix) -> prompts carrying them
        self.tpl_prompts = 0  # prompts counted (the share's denominator), halved with the counters
        self.tpl_epoch = -1
        self.ips = EpochDistinct(DAY)
        self.prefixes = EpochDistinct(DAY)
        self.asns = EpochDistinct(DAY)
        self.gaps = GapStats()
        self.last_net: tuple[str | None, int | None, int] = (None, None, -1)  # (ip, asn, day) already counted
        self.phase = -1  # the last session's start, ms into its hour (-1: none yet)
        # IPv6 /48s the account used lately, as (day, /48) pairs, newest last (the
        # IPv6 hop's "inside a routed block"); None for IPv4-only accounts.
        self.blocks48: list[tuple[int, int]] | None = None
        # Hashes of the account's last event ids (a ring once full, `ids_at` its
        # oldest slot): an at-least-once gateway or producer redelivers an event,
        # and a redelivery must not count twice. An array: 8 B an id where a list
        # of ints costs ~40 B, and `in` on 32 of them is one C loop (~0.3 us).
        self.ids: array | None = None
        self.ids_at = 0
        # Codes of the public-dataset items the account asked lately, distinct,
        # the one asked last at the end; None until it asks one (most accounts never do).
        self.items: list[int] | None = None

    def walk(self, item: int, index) -> tuple[bool, bool]:
        """Whether `item` (a DatasetIndex code) sits next to one of the account's
        remembered items in its set (not the same item: asking a question again
        walks nowhere), and whether it is a return: an item the account asked
        before and has moved on from since, to another item of its set. Remembers
        it as the newest."""
        items = self.items
        if items is None:
            self.items = [item]
            return False, False
        near = index.near
        walked = any(near(item, x) for x in items)
        if item in items:
            # Kept in the order last asked, so that what follows an item is what
            # the account asked after it. A student comes back to an exercise
            # after trying others; a translation harvest asks one item in several
            # languages back to back (no return), also when it walks two sets at
            # once (another set's items between them are not a return).
            at = items.index(item)
            same = index.same_set
            returned = any(same(item, x) for x in items[at + 1:])
            del items[at]
            items.append(item)
            return walked, returned
        items.append(item)
        if len(items) > WALK_ITEMS:
            del items[0]
        return walked, False

    def update(self, obs: Observation, ev, ts: int) -> tuple[bool, bool, bool, bool, bool, bool, bool]:
        """Fold one event in; returns (near_duplicate, exact_repeat) of its prompt
        against this account's recent prompts, whether it came from a
        network (/24 or /64) the account had not used that day or the day before,
        in another ASN than the request before, having used another (a hop),
        whether it came from such an IPv6 /64 in any ASN (an IPv6 hop), whether
        it starts a session after an earlier one, whether that session starts at
        the earlier one's phase in the half hour, and whether it starts a whole
        number of 20 or 30 minutes after it (see SESSION_GAP_MS)."""
        fp = obs.fp
        near = repeat = hop = v6hop = False
        fb = fp.bands
        if fb:
            bands = self.bands
            recent = self.recent
            exact = fp.exact
            exacts = self.exacts
            if exact in exacts:
                repeat = near = True
            else:
                near = not bands.keys().isdisjoint(fb)
            # A prompt that got no answer (an error status: rate limited, overloaded,
            # rejected) is not remembered, so its retry is one question asked once, not
            # a repeat. Harvesters retry as clients do: on two held-out generators the
            # stealth harvesters with repeats had them right after a 429 or a 5xx
            # (BENCHMARKS.md "Eleventh independent generator").
            status = ev.status
            if status is None or status < 400:
                recent.append(fb)
                exacts.append(exact)
                _count_elements(bands, fb)  # bands[b] += 1 for each, in C (the Counter.update helper)
                if len(recent) > RECENT:
                    del exacts[0]
                    old = recent.popleft()
                    for b in old:
                        n = bands[b] - 1
                        if n:
                            bands[b] = n
                        else:
                            del bands[b]
            self.prompts.add(exact, ts)
        tpls = obs.templates
        if tpls or fp.bands:
            # The top-template share decays by halving each day of event time,
            # so an account's old habits fade.
            e = ts // DAY
            if e != self.tpl_epoch:
                if self.tpl_epoch >= 0:
                    self.templates = _halved(self.templates)
                    self.tpl_prompts //= 2
                self.tpl_epoch = e
            # Both ends count: a wrapper is often fixed at one end only (a lead-in
            # whose span runs into the question varies with it, the closing
            # instruction does not). An untemplated prompt only dilutes the share.
            self.tpl_prompts += 1
            add = self.templates.add
            for k in tpls:
                add(k)
        net = (ev.ip, ev.asn, ts // DAY)
        if net != self.last_net:  # most accounts keep one address for a while: skip the re-adds
            prev = self.last_net
            self.last_net = net
            if ev.ip:
                self.ips.add(_h(ev.ip), ts)
                if obs.ip_prefix:
                    fresh = self.prefixes.add_fresh(_h(obs.ip_prefix), ts)
                    # A hop is a move to another network, so the account's first
                    # network in the window is none: otherwise a class starting
                    # its lesson behind one NAT reads as all hops for a while.
                    # And a move to another ISP: a phone behind a carrier's NAT
                    # gets a new address from anywhere in the carrier's pool (a
                    # new /24 at nearly every request, one ASN), which read as a
                    # rotating proxy and challenged students on an independent
                    # held-out set (BENCHMARKS.md "Independent traffic"). With
                    # no ASN reported, the /24 alone decides, as before.
                    moved = fresh and prev[0] is not None and prev[2] >= net[2] - 1
                    hop = moved and (prev[1] != net[1] or net[1] is None)
                    # IPv6 has no carrier NAT to excuse a move inside one ASN: a
                    # home line keeps one /64 of its /56 or /48 (privacy
                    # addresses change only the low 64 bits), a phone one /64 per
                    # data session. A new /64 at nearly every request, inside a
                    # /48 the account used that day or the day before, is a
                    # client picking source prefixes out of a routed block (an
                    # IPv6 proxy, a tunnel broker's /48). A carrier hands a phone
                    # its /64 from pools far larger than a /48, so a phone that
                    # gets a new one at most requests lands in a new /48 too:
                    # two independent generators did that, and students and
                    # launch tryers on phones read as a rotating block without
                    # the /48 test (BENCHMARKS.md "Fortieth independent
                    # generator").
                    if ":" in obs.ip_prefix:
                        v6hop = self._block_seen(ev.ip, net[2]) and moved
            if ev.asn is not None:
                self.asns.add(ev.asn, ts)
        gaps = self.gaps
        last = gaps.last
        session = locked = cadence = False
        if last < 0 or ts - last >= SESSION_GAP_MS:
            phase = ts % PHASE_PERIOD_MS
            prev = self.phase
            if prev >= 0:
                session = True
                d = (phase - prev) % PHASE_PERIOD_MS
                locked = _on_period(d, HALF_HOUR_MS)
                cadence = locked or _on_period(d, TWENTY_MINUTES_MS)
            self.phase = phase
        gaps.add(ts)
        return near, repeat, hop, v6hop, session, locked, cadence

    def _block_seen(self, ip: str, day: int) -> bool:
        """Whether `ip`'s /48 is one this account used that day or the day
        before; remembers it (at most BLOCKS48 of them, the oldest dropped)."""
        try:
            blk = int.from_bytes(IPv6Address(ip.split("%", 1)[0]).packed[:6], "big")
        except ValueError:
            return False
        blocks = self.blocks48
        if blocks is None:
            self.blocks48 = [(day, blk)]
            return False
        seen = False
        for i, (d, b) in enumerate(blocks):
            if b == blk:
                seen = day - d <= 1
                del blocks[i]
                break
        blocks.append((day, blk))
        if len(blocks) > BLOCKS48:
            del blocks[0]
        return seen

    # -- changelog form --------------------------------------------------------
    def to_list(self) -> list:
        """Everything update() reads, JSON-safe and without text or addresses:
        hashes, counts and times only. The event-id ring is not in it (the
        account stage exports it on its own, as "r"). ~1-2 KB for an account
        with 8 recent prompts (their LSH band keys are most of it)."""
        ln = self.last_net
        return [
            [pack_u64(b) for b in self.recent], pack_u64(self.exacts),
            self.prompts.to_list(), b64encode(self.templates.to_bytes()).decode("ascii"), self.tpl_prompts,
            self.tpl_epoch, self.ips.to_list(), self.prefixes.to_list(), self.asns.to_list(), self.gaps.to_list(),
            [ln[0] is not None, ln[1], ln[2]], self.phase, self.blocks48, PHASE_PERIOD_MS, self.items,
        ]

    @classmethod
    def from_list(cls, data: list) -> AccountSketch:
        """Inverse of to_list; raises ValueError, TypeError or KeyError on a damaged entry."""
        # Entries written before session 55 end at blocks48 and keep the phase in
        # the half hour, which cannot say where in the hour: the restored account
        # starts its phase afresh (its next session is not compared).
        # Entries written before session 57 end at the period (no dataset items).
        if len(data) not in (13, 14, 15):
            raise ValueError("corrupt account sketch (fields)")
        period = data[13] if len(data) >= 14 else None
        (recent, exacts, prompts, templates, tpl_prompts, tpl_epoch, ips, prefixes, asns, gaps, last_net, phase,
         blocks48) = data[:13]
        sk = cls()
        for b in recent:
            fb = unpack_u64(b)
            sk.recent.append(fb)
            _count_elements(sk.bands, fb)
        sk.exacts = list(unpack_u64(exacts))
        if len(sk.exacts) != len(sk.recent):
            raise ValueError("corrupt account sketch (recent prompts)")
        sk.prompts = EpochDistinct.from_list(DAY, prompts)
        sk.templates = TopK.from_bytes(b64decode(templates))
        sk.tpl_prompts, sk.tpl_epoch = int(tpl_prompts), int(tpl_epoch)
        sk.ips = EpochDistinct.from_list(DAY, ips)
        sk.prefixes = EpochDistinct.from_list(DAY, prefixes)
        sk.asns = EpochDistinct.from_list(DAY, asns)
        sk.gaps = GapStats.from_list(gaps)
        had_ip, asn, day = last_net
        sk.last_net = (_RESTORED_IP if had_ip else None, None if asn is None else int(asn), int(day))
        sk.phase = int(phase) if period == PHASE_PERIOD_MS else -1
        sk.blocks48 = [(int(d), int(b)) for d, b in blocks48] if blocks48 is not None else None
        items = data[14] if len(data) == 15 else None
        sk.items = [int(x) for x in items][-WALK_ITEMS:] if items is not None else None
        return sk

    def seen_id(self, h: int) -> bool:
        """Whether `h` is among the remembered event-id hashes."""
        ids = self.ids
        return ids is not None and h in ids

    def remember_id(self, h: int, cap: int) -> None:
        ids = self.ids
        if ids is None:
            self.ids = array("Q", (h,))
        elif len(ids) < cap:
            ids.append(h)
        else:
            at = self.ids_at
            ids[at] = h
            self.ids_at = (at + 1) % len(ids)

    def recent_ids(self) -> list[int]:
        """The remembered event-id hashes, oldest first (for export)."""
        ids = self.ids
        if ids is None:
            return []
        at = self.ids_at
        return ids[at:].tolist() + ids[:at].tolist()

    def top_template_share(self) -> float:
        """Share of recent prompts that carry the account's most used wrapper
        end (leading or trailing span; prompts without a wrapper count in the
        denominator only). Space-saving may over-count a key by at most
        2 x prompts / 8 (two keys per prompt), never under-count one it holds."""
        n = self.tpl_prompts
        cnt = self.templates._cnt
        if not n or not cnt:
            return 0.0
        # max over the counters directly: TopK.items() sorts (measured with
        # 8 keys: 1.9 us against 1.0 us; read by every account rule that uses it).
        return min(1.0, max(cnt) / n)

    def wrapper_share(self, keys: frozenset[int]) -> float:
        """Share of recent prompts that carry one of `keys` (a group's common
        wrappers), from the same decaying TopK as top_template_share. Each end
        of a wrapper counts, so a prompt with both ends in `keys` counts twice
        (capped at 1); a key the account's TopK no longer holds counts nothing."""
        n = self.tpl_prompts
        if not n or not keys:
            return 0.0
        t = self.templates
        return min(1.0, sum(c for k, c in zip(t._keys, t._cnt) if k in keys) / n)

    def recent_wrappers(self, own: tuple[int, ...]) -> tuple[int, ...]:
        """The wrapper keys the decaying TopK holds (the account's most used
        lately, at most 8), `own` (the event's) left out: a template's two ends
        are two groups with the same members, which says nothing about a farm.
        GroupObservation.rep, what a group's co_wrappers counts."""
        keys = self.templates._keys
        return tuple(k for k in keys if k not in own) if own else tuple(keys)

    def nbytes(self) -> int:
        n_recent = len(self.recent)
        return (
            200
            + n_recent * (64 + 8 * 17)
            + len(self.bands) * 70
            + self.prompts.nbytes()
            + self.templates.nbytes()
            + self.ips.nbytes()
            + self.prefixes.nbytes()
            + self.asns.nbytes()
            + 64
            + (80 + 8 * len(self.ids) if self.ids is not None else 0)  # sys.getsizeof of the array
            + (88 + 64 * len(self.blocks48) if self.blocks48 is not None else 0)  # the list and its pairs
            + (56 + 36 * len(self.items) if self.items is not None else 0)  # the list and its ints
        )


def _halved(tk: TopK) -> TopK:
    out = TopK(tk.k)
    for k, c in reversed(tk.items()):
        if c // 2:
            out.add(k, c // 2)
    return out
