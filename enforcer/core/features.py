"""Named features that rules can reference, computed from a subject's state.

Features are typed the CEL way: counts are `int`, ratios, shares and ages are
`double`. CEL compares int with double (`requests_1h >= 60` and
`completion_ratio_1h >= 3.0` both work) but does not mix them in arithmetic;
the load-time dry run catches that. Why not all doubles: the CEL binding
converts a Python float ~3x slower than an int (measured: 2.6 us vs 0.8 us per
variable), and counts are most of what rules read. A feature is computed only
when a loaded rule references it.

Ratios over a window are `count / requests` in that window: a per-event bit
(near-duplicate, marker matched, ...) is one of the parallel sliding counters,
so every ratio has the same exact, replayable semantics as the counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, NamedTuple

from enforcer.core.windows import DEFAULT_WINDOWS, WindowSpec
from enforcer.timeutil import format_duration_ms

# Parallel counters kept in every subject's sliding windows, in this order.
BASE_COUNTERS: tuple[str, ...] = (
    "requests", "prompt_tokens", "completion_tokens", "near_dup", "shared_template", "repeat", "new_account",
)
REQ, PTOK, CTOK, NEAR, SHARED, REPEAT, NEW = range(7)
MARKER0 = len(BASE_COUNTERS)
MARKER_SLOTS = 8
# Counters added later go at the end: state written by an older version has
# shorter rows, which load padded with zeros (SlidingSums.from_list), so an
# upgrade keeps every subject's windows.
NETWORK_SLOTS = 3  # network sets (rules' `networks:`): requests from listed ASNs
# The first two network sets' counters sit after network_hop; the third came
# later (session 58), so it is the last counter.
LATER_COUNTERS: tuple[str, ...] = ("network_hop", "network0", "network1", "crowded_template", "ipv6_hop", "session",
                                   "phase_lock", "no_text", "cadence_lock", "dataset", "dataset_slice", "network2",
                                   "dataset_local", "dataset_return")
COUNTERS: tuple[str, ...] = BASE_COUNTERS + tuple(f"marker{i}" for i in range(MARKER_SLOTS)) + LATER_COUNTERS
HOP = MARKER0 + MARKER_SLOTS
NETWORK0 = HOP + 1
CROWDED = NETWORK0 + 2
HOP6 = CROWDED + 1
SESSION = HOP6 + 1  # session starts after an earlier one (AccountSketch.update)
PHASE = SESSION + 1  # ... that began at the same point of the half hour as the one before
NO_TEXT = PHASE + 1  # a request whose prompt text the gateway did not send (zero data retention)
CADENCE = NO_TEXT + 1  # a session start a whole number of 20 or 30 minutes after the one before
DATASET = CADENCE + 1  # the prompt quotes an item of a known public question set (core.datasets)
SLICE = DATASET + 1  # ... next to another item the account asked lately (AccountSketch.update)
NETWORK2 = SLICE + 1
# An item of a walk (SLICE) that two or more accounts had asked in their walks
# from the same network (/24 or /64) over the last 1-2 days, as its (network,
# item) group last said (a notice, sent when the second account asks: the
# requests after it count): a class working through one sheet.
LOCAL = NETWORK2 + 1
LOCAL_ITEM_ACCOUNTS = 2
# A dataset item asked again after the account moved on to another item of its
# set (AccountSketch.walk): a student coming back to an exercise.
RETURN = LOCAL + 1
# The counter of each network set, in definition order, and the slot of each such counter.
NETWORK_COLS: tuple[int, ...] = (NETWORK0, NETWORK0 + 1, NETWORK2)
NETWORK_SLOT_OF: dict[int, int] = {c: i for i, c in enumerate(NETWORK_COLS)}
K = len(COUNTERS)

GROUP_WINDOWS: tuple[WindowSpec, ...] = tuple(w for w in DEFAULT_WINDOWS if w.name in ("1h", "24h"))

UNKNOWN_AGE_DAYS = 1_000_000.0  # "old": rules like account_age_days < 7 must not fire on unknown age
# An account counts as busy in a group (busy_accounts_24h) once it has sent this
# many requests in its own longest window (a day by default), on any key: the
# volume at which a per-account quota starts to matter, so an operator keeping
# each account under it spreads the load over several busy accounts.
BUSY_REQUESTS_24H = 30
# A card (payment instrument) counts as crowded once this many accounts used it
# over the last 1-2 days (its payment group's accounts_24h): more than a family
# or a couple of colleagues share; a hydra keeps 5-15 accounts on each card
# (heldout50, heldout58). crowded_card, crowded_cards_24h.
CROWDED_CARD_ACCOUNTS = 5
# An organisation (org_id) is a solo one while a single account has reported it
# over the last 1-2 days (its org group's accounts_24h), and has for this long:
# what a hydra gives each of its accounts (every held-out hydra that reports an
# organisation does, one per account), so it does not make a crowded card a
# team's (crowded_card). The wait spares a team whose first member is alone in
# it for its first minutes (a hackathon's teams forming on a sponsor's card).
SOLO_ORG_MS = 3_600_000

Getter = Callable[["object", "object", int], float]


@dataclass(frozen=True, slots=True)
class Feature:
    name: str
    description: str
    get: Getter  # (state, event, now_ms) -> int | float
    type: type = float  # int or float: the CEL type rules see


class FeatureCatalog:
    """The features one scope kind offers to rules."""

    def __init__(self) -> None:
        self._features: dict[str, Feature] = {}

    def add(self, name: str, description: str, get: Getter, type: type = float) -> None:
        if name in self._features:
            raise ValueError(f"duplicate feature {name}")
        self._features[name] = Feature(name, description, get, type)

    def __contains__(self, name: str) -> bool:
        return name in self._features

    def __getitem__(self, name: str) -> Feature:
        return self._features[name]

    def names(self) -> list[str]:
        return sorted(self._features)

    def items(self):
        return self._features.items()


def _counter(w: int, c: int) -> Getter:
    return lambda st, ev, now: st.windows.sums[w].tot[c]


def _ratio(w: int, num: int, den: int) -> Getter:
    def get(st, ev, now):
        tot = st.windows.sums[w].tot
        return tot[num] / tot[den] if tot[den] else float(tot[num])

    return get


def _share(w: int, num: int) -> Getter:
    def get(st, ev, now):
        tot = st.windows.sums[w].tot
        return tot[num] / tot[REQ] if tot[REQ] else 0.0

    return get


def _active(w: int) -> Getter:
    return lambda st, ev, now: len(st.windows.sums[w].idx)


def _window_features(cat: FeatureCatalog, windows: tuple[WindowSpec, ...], markers: tuple[str, ...], who: str,
                     networks: tuple[str, ...] = ()) -> None:
    for w, spec in enumerate(windows):
        n = spec.name
        cat.add(f"requests_{n}", f"requests in the last {n}", _counter(w, REQ), int)
        cat.add(f"prompt_tokens_{n}", f"prompt tokens in the last {n}", _counter(w, PTOK), int)
        cat.add(f"completion_tokens_{n}", f"completion tokens in the last {n}", _counter(w, CTOK), int)
        cat.add(f"completion_ratio_{n}",
                f"completion tokens / prompt tokens over the last {n} (answers much longer than questions)",
                _ratio(w, CTOK, PTOK))
        cat.add(f"avg_completion_tokens_{n}", f"mean completion tokens per request over the last {n}",
                _ratio(w, CTOK, REQ))
        cat.add(f"active_intervals_{n}", f"{format_duration_ms(spec.gran_ms)} intervals with traffic in the last {n} "
                f"({spec.buckets} max: near the max means around the clock)", _active(w), int)
        cat.add(f"near_dup_ratio_{n}", f"share of prompts in the last {n} that are near-duplicates (MinHash-LSH) "
                f"of one of the sending account's recent prompts", _share(w, NEAR))
        cat.add(f"shared_template_ratio_{n}", f"share of prompts in the last {n} whose wrapper (template) is used by "
                "other accounts too", _share(w, SHARED))
        cat.add(f"crowded_template_ratio_{n}", f"share of prompts in the last {n} whose wrapper (template) is used by "
                "many accounts (crowded_template_accounts, 50 by default): a framework's template or a phrase "
                "everybody types, not anyone's private template", _share(w, CROWDED))
        cat.add(f"repeat_ratio_{n}", f"share of prompts in the last {n} that exactly repeat one of the sending "
                "account's recent answered prompts (a retry after an error status is not a repeat)", _share(w, REPEAT))
        cat.add(f"new_account_request_share_{n}", f"share of requests in the last {n} sent by accounts younger "
                "than the new-account age", _share(w, NEW))
        cat.add(f"network_hop_ratio_{n}", f"share of requests in the last {n} sent from a client network (/24 or "
                "/64) the sending account had not used that day or the day before, moving from another ASN: "
                "near 1 behind a proxy that rotates across ISPs per request, low for people at home, at work or "
                "on a phone (a carrier NAT's new address at each request stays in one ASN)",
                _share(w, HOP))
        cat.add(f"ipv6_hop_ratio_{n}", f"share of requests in the last {n} sent from an IPv6 /64 the sending "
                "account had not used that day or the day before, after a first network, in any ASN, inside a /48 it "
                "had used: near 1 for a client rotating source prefixes out of a routed block (an IPv6 proxy, a "
                "tunnel broker's /48); low for a home line (one /64), an office, or a phone (one /64 per data "
                "session, from a carrier pool far larger than a /48)",
                _share(w, HOP6))
        cat.add(f"sessions_{n}", f"sessions that started in the last {n} after an earlier session of the same "
                "account (a session: requests with less than 10 minutes between them)", _counter(w, SESSION), int)
        cat.add(f"phase_locked_ratio_{n}", f"share of the sessions_{n} that started within 90 s of the same point "
                "of the half hour as the account's session before: near 1 for a scheduler (cron at :07 and :37, "
                "hourly, every half hour), about 0.1 for people", _ratio(w, PHASE, SESSION))
        cat.add(f"cadence_locked_ratio_{n}", f"share of the sessions_{n} that started within 90 s of a whole "
                "number of 20 or of 30 minutes after the account's session before: near 1 for a scheduler firing "
                "every 20 or 30 minutes or hourly, about 0.2 for people", _ratio(w, CADENCE, SESSION))
        cat.add(f"no_text_ratio_{n}", f"share of requests in the last {n} that carried no prompt text (a customer "
                "under zero data retention, whose gateway withholds it): the prompt features (near-duplicates, "
                "wrappers, markers, distinct prompts) see nothing of these requests, so a harvest there shows only "
                "in its volume, timing and token counts", _share(w, NO_TEXT))
        cat.add(f"dataset_ratio_{n}", f"share of requests in the last {n} whose prompt quotes an item of a known "
                "public question set (the rules' dataset_index: GSM8K, MATH, MBPP, ...), wrapped or not; a "
                "paraphrase or a translation is not counted", _share(w, DATASET))
        cat.add(f"dataset_items_{n}", f"requests in the last {n} whose prompt quotes an item of a known public "
                "question set", _counter(w, DATASET), int)
        cat.add(f"dataset_slice_ratio_{n}", f"share of the dataset_items_{n} that sit next to another item the "
                "sending account asked lately (one of its last 16, within 1/2000 of the set on either side, at "
                "least 1, and 4 in a set of 1,024 items or more: datasets.radius_for; not the same item): near 1 "
                "for an account walking a slice of a set, in order or shuffled within it (a shard of a harvest's work "
                "queue), about 0.06 for questions picked anywhere in the set",
                _ratio(w, SLICE, DATASET))
        cat.add(f"dataset_local_ratio_{n}", f"share of the dataset_slice items of the last {n} (those next to "
                f"another item the account asked lately) whose item {LOCAL_ITEM_ACCOUNTS} or more accounts had asked "
                "in a walk from the same network (/24 or /64) over the last 1-2 days (a notice from the item's "
                "group: from the next such request on, one hop later in the stream): near 1 for a class or a lab "
                "working through one sheet behind its NAT, 0 for a harvest's shards (each walks its own items) and "
                "for a person walking alone. Known only while a rule reads it", _ratio(w, LOCAL, SLICE))
        cat.add(f"dataset_return_ratio_{n}", f"share of the dataset_items_{n} that ask an item the account asked "
                "before and had moved on from since, to another item of the same set (one of its last 16 items): "
                "a student coming back to an exercise of the sheet after trying others, 0 for a harvest's shard "
                "(each item once), and for a translation harvest asking one item in several languages back to back",
                _ratio(w, RETURN, DATASET))
        for i, m in enumerate(markers):
            cat.add(f"{m}_ratio_{n}", f"share of requests in the last {n} whose prompt matches marker set '{m}' "
                    "(or whose system prompt does, for the sets listed in system_prompt_markers)",
                    _share(w, MARKER0 + i))
        for i, m in enumerate(networks):
            cat.add(f"{m}_ratio_{n}", f"share of requests in the last {n} from an ASN of network set '{m}'",
                    _share(w, NETWORK_COLS[i]))


def longest_window(windows: tuple[WindowSpec, ...]) -> int:
    return max(range(len(windows)), key=lambda i: windows[i].span_ms)


# -- account ----------------------------------------------------------------

def _age_days(st, ev, now: int) -> float:
    created = st.created
    if created is None:
        return UNKNOWN_AGE_DAYS
    return max(0.0, (now - created) / 86_400_000)


def _ext(fn):
    def get(st, ev, now):
        return fn(st.ext, now) if st.ext is not None else 0

    return get


def account_catalog(windows: tuple[WindowSpec, ...] = DEFAULT_WINDOWS, markers: tuple[str, ...] = (),
                    networks: tuple[str, ...] = ()) -> FeatureCatalog:
    cat = FeatureCatalog()
    _window_features(cat, windows, markers, "account", networks)
    lw = longest_window(windows)
    day = windows[lw]
    cat.add("account_age_days", f"days between account creation and this request ({UNKNOWN_AGE_DAYS:g} when unknown)",
            _age_days)
    cat.add("card_on_file", "1 once a request of this account carried a payment fingerprint (a card or other "
            "payment instrument on file) while the engine holds the account (a restored worker keeps it); 0 for an "
            "account that never showed one (a free account, or a gateway that does not send the field)", lambda st, ev, now: 1 if st.paid else 0, int)
    cat.add("crowded_card", f"1 when the account's latest request with a payment fingerprint carried a card that "
            f"{CROWDED_CARD_ACCOUNTS} or more accounts used over the last 1-2 days, as its payment group last said "
            "(a notice: from the next request on, one hop later in the stream), and reported no organisation (org_id), "
            f"or one no other account has reported for {SOLO_ORG_MS // 60_000} minutes and more (a hydra gives each "
            "account one): the cards crowded_cards_24h counts; 0 otherwise, a team's card included. Known only while a "
            "rule reads it or crowded_cards_24h", lambda st, ev, now: 1 if st.paid == 2 else 0, int)
    cat.add("distinct_prompts_24h", "distinct prompts (normalised; numbers masked) over the last 1-2 days",
            _ext(lambda x, now: x.prompts.estimate(now)), int)

    def distinct_ratio(st, ev, now):
        req = st.windows.sums[lw].tot[REQ]
        return min(1.0, st.ext.prompts.estimate(now) / req) if req and st.ext is not None else 1.0

    cat.add("distinct_prompt_ratio_24h", "distinct prompts / requests over the last day (1.0 = never repeats)",
            distinct_ratio)
    cat.add("top_template_share", "share of recent prompts carrying the account's most used wrapper (template)",
            _ext(lambda x, now: x.top_template_share()))
    cat.add("distinct_ips_24h", "distinct IPs over the last 1-2 days (proxy rotation)",
            _ext(lambda x, now: x.ips.estimate(now)), int)
    cat.add("distinct_ip_prefixes_24h", "distinct /24 (IPv4) or /64 (IPv6) prefixes over the last 1-2 days",
            _ext(lambda x, now: x.prefixes.estimate(now)), int)
    cat.add("distinct_asns_24h", "distinct ASNs over the last 1-2 days", _ext(lambda x, now: x.asns.estimate(now)), int)
    cat.add("interarrival_cv", "coefficient of variation of gaps between requests (scripts < 1 < people); "
            "1.0 until 5 gaps", lambda st, ev, now: st.ext.gaps.cv() if st.ext is not None else 1.0)
    gran = day.gran_ms

    def active_hours(st, ev, now):
        return len({(i * gran) // 3_600_000 for i in st.windows.sums[lw].idx})

    cat.add(f"active_hours_{day.name}", f"distinct clock hours with traffic in the last {day.name} "
            "(24 = around the clock; people show a daily cycle)", active_hours, int)
    return cat


# -- groups -----------------------------------------------------------------

# Features of a member account that only a group decision's fan-out or
# inheritance can give: `fanout_when` sees the account features plus these. The
# getter's second argument there is what the group tells about itself (the
# FanOut: its common wrapper keys, its accounts), not an event.
MEMBER_ONLY = ("group_wrapper_share", "group_accounts_24h")


class MemberContext(NamedTuple):
    """The FanOut fields the member features read, for a judgement without one."""

    wrappers: frozenset[int] = frozenset()
    group_accounts: int = 0


NO_MEMBER_CONTEXT = MemberContext()


def _wrapper_share(st, ctx, now):
    w = ctx.wrappers
    if not w:  # the group has no wrapper in common: nothing tells its members apart by wrapper
        return 1.0
    sk = st.ext
    return sk.wrapper_share(w) if sk is not None else 0.0


def _group_accounts(st, ctx, now):
    return ctx.group_accounts


def member_catalog(account: FeatureCatalog) -> FeatureCatalog:
    """The features `fanout_when` can use: the account's, and MEMBER_ONLY."""
    cat = FeatureCatalog()
    cat._features.update(account._features)
    cat.add("group_wrapper_share",
            "fanout_when only: share of the member's recent prompts that carry one of the wrappers its group has "
            "in common (wrappers on at least 5% of the group's prompts with a wrapper, at least 3 times, "
            "and at least half as often as its most used one, if together they carry half of those prompts); each "
            "end of a wrapper counts, capped at 1; 1 when the group has no wrapper in common (nothing to tell its "
            "members apart by)",
            _wrapper_share)
    cat.add("group_accounts_24h",
            "fanout_when only: distinct accounts using the group's key over the last 1-2 days when the group's "
            "decision reaches this member (at the fan-out, or at the member's own request for an inheritance): "
            "tells a popular client stack's fingerprint (hundreds of accounts a day, its established users its "
            "customers) from a farm's (5-115 accounts a day measured so far)",
            _group_accounts, int)
    return cat


def group_catalog(windows: tuple[WindowSpec, ...] = GROUP_WINDOWS, markers: tuple[str, ...] = (),
                  networks: tuple[str, ...] = ()) -> FeatureCatalog:
    cat = FeatureCatalog()
    _window_features(cat, windows, markers, "group", networks)
    lw = longest_window(windows)
    cat.add("accounts_1h", "distinct accounts using this key over the last 1-2 hours",
            lambda g, ev, now: g.accounts_1h.estimate(now), int)
    cat.add("accounts_24h", "distinct accounts using this key over the last 1-2 days",
            lambda g, ev, now: g.accounts_24h.estimate(now), int)
    cat.add("new_accounts_24h", "distinct accounts younger than the new-account age using this key, last 1-2 days",
            lambda g, ev, now: g.new_accounts_24h.estimate(now), int)

    def burst_share(g, ev, now):
        n = g.accounts_24h.estimate(now)
        return min(1.0, g.accounts_1h.estimate(now) / n) if n else 0.0

    cat.add("burst_account_share_1h", "accounts_1h / accounts_24h: near 1 when most of the accounts that used this "
            "key over the last day arrived within the last hour or two (synchronised starts, such as a fleet "
            "spending each account's daily quota right after it resets); read it with key_age_hours, since on a "
            "key's first day every arrival is recent", burst_share)
    cat.add("key_age_hours", "hours since the first request on this key that the engine remembers (restored with "
            "the group from a changelog; starts again when an idle group is evicted): how much of a day's history "
            "the group's daily counts have seen", lambda g, ev, now: max(0, now - g.first_ts) / 3_600_000.0)

    cat.add("co_wrappers", "other prompt wrappers that at least 15% of this group's members use too (each member "
            "counted at most once an hour with the 8 wrappers it used most lately; halved daily): many for a farm "
            "running a menu of wrappers over the same accounts, few for strangers sharing a popular phrase; "
            "counted only for the scopes of rules that read it",
            lambda g, ev, now: g.co_wrappers(), int)

    def new_share(g, ev, now):
        n = g.accounts_24h.estimate(now)
        return min(1.0, g.new_accounts_24h.estimate(now) / n) if n else 0.0

    cat.add("new_account_share_24h", "new accounts / accounts using this key over the last 1-2 days", new_share)

    def per_account(g, ev, now):
        n = g.accounts_24h.estimate(now)
        return g.windows.sums[lw].tot[REQ] / n if n else 0.0

    cat.add("requests_per_account_24h", "requests per account using this key over the last day", per_account)
    cat.add("distinct_prompts_24h", "distinct prompts sent under this key over the last 1-2 days",
            lambda g, ev, now: g.prompts_24h.estimate(now), int)

    def distinct_ratio(g, ev, now):
        req = g.windows.sums[lw].tot[REQ]
        return min(1.0, g.prompts_24h.estimate(now) / req) if req else 1.0

    cat.add("distinct_prompt_ratio_24h", "distinct prompts / requests under this key over the last day: near 1.0 "
            "for a wrapper around ever-new questions, low for a shared worksheet or a re-run benchmark",
            distinct_ratio)
    cat.add("networks_24h", "distinct client networks (/24 or /64) under this key over the last 1-2 days",
            lambda g, ev, now: g.networks_24h.estimate(now), int)

    def networks_per_account(g, ev, now):
        n = g.accounts_24h.estimate(now)
        return g.networks_24h.estimate(now) / n if n else 0.0

    cat.add("networks_per_account_24h", "distinct client networks / accounts under this key over the last 1-2 days: "
            "far below 1 for accounts behind one NAT (a class, an office), 1 or more for accounts that each come "
            "from their own or a rotating proxy", networks_per_account)
    cat.add("busy_accounts_24h", f"distinct accounts using this key over the last 1-2 days that had sent "
            f"{BUSY_REQUESTS_24H} or more requests of their own over their last day (on any key) when they used it: "
            "several for accounts that share a line to spread one operator's volume, one for a line whose average "
            "one heavy account lifts (a lab server, a backend behind a campus's or an office's egress); counted only "
            "for the scopes of rules that read it, from the first busy request on (a restored group counts afresh)",
            lambda g, ev, now: g.busy_accounts(now), int)
    cat.add("actioned_accounts_24h", "distinct accounts using this key over the last 1-2 days that held an "
            "enforced challenge or suspension (from any rule, this one's fan-outs included) when they used it; "
            "counted only for the scopes of rules that read it, from the first such request on (a restored group "
            "keeps its count)", lambda g, ev, now: g.actioned_accounts(now), int)

    def actioned_share(g, ev, now):
        n = g.accounts_24h.estimate(now)
        return min(1.0, g.actioned_accounts(now) / n) if n else 0.0

    cat.add("actioned_account_share_24h", "actioned_accounts_24h / accounts_24h: near 1 for a key whose accounts "
            "other rules have mostly caught already (what is left of a ring), low for a household or a team one of "
            "whose members was actioned", actioned_share)
    cat.add("crowded_cards_24h", f"distinct crowded cards (used by {CROWDED_CARD_ACCOUNTS}+ accounts, see "
            "crowded_card) paid with by accounts of no organisation (or a solo one) that used this key over the "
            "last 1-2 days: a hydra's proxy exits carry the accounts of many such cards (10+ a day measured), a household's line one "
            "at most, an office's line none of its team cards (its staff report the organisation) but those of a "
            "hydra whose exits share its /24; counted only for the scopes of rules that read it (a restored group keeps its count)",
            lambda g, ev, now: g.crowded_cards(now), int)
    cat.add("org_account_share_24h", "share of the accounts using this key over the last 1-2 days that belong to "
            "the organisation (org_id) most of those reporting one share (accounts of no organisation do not vote but "
            "count in the share), 0 when none is reported: near 1 when the key "
            "is one customer's (an app's per-user accounts, a school's class, a company's team), low for accounts "
            "spread over many customers; counted only for the scopes of rules that read it",
            lambda g, ev, now: g.org_account_share(now))
    for i, m in enumerate(networks):
        cat.add(f"{m}_account_share_24h", f"share of the accounts using this key over the last 1-2 days that sent a "
                f"request from an ASN of network set '{m}': counts accounts, not requests, so a few heavy accounts "
                f"(app backends, eval jobs) do not decide it", _set_account_share(i))
    return cat


def _set_account_share(slot: int) -> Getter:
    def get(g, ev, now):
        n = g.accounts_24h.estimate(now)
        return min(1.0, g.set_accounts(slot, now) / n) if n else 0.0
    return get
