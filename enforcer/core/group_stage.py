"""The group stage: link-key groups, group rules, fan-out commands. No I/O.

Keyed by group id (`kind:key`): it sees every observation of a key, whichever
account (and, in the stream, whichever partition of the requests topic) it
came from. It never writes a decision: it tells the member accounts' stage
what to do (FanOut, GroupLift), and that stage, the one writer per account,
dedupes and decides.

Per observation (one event's use of one link key):
    membership (pending key -> group on the second account)
    -> the group's windows and distinct prompts        (its own clock; skipped when
                                                        more than group_lateness_ms behind it)
    -> group rules, in priority order:
         lift_when (if its group decision is active)   -> GroupLift per remembered member
         escalation step -> dedupe against the group book -> `when`
                            (per rule where the rule may spare members: GroupHolds)
         -> group decision (internal, never emitted)   -> FanOut per remembered member
    -> the group is actioned                           -> FanOut (inheritance) to the observing account
    -> template keys: TemplateNotice when "shared" changes
    -> payment keys: TemplateNotice when "crowded card" changes (while a rule reads crowded cards)
    -> org keys paying with crowded cards: TemplateNotice when "a solo organisation" changes (the same while)

Exceptions are judged here (they read the group's features and the member's
attributes); the command carries the name of the exception that spares a
member and the account stage counts the hit only if the member would
otherwise have been actioned, as the single engine did.

Clusters (only while a rule is scoped to `cluster`): this stage is also the
key side of the cluster protocol (`link`: Link/Unlink in, Relabels out, for
the member accounts' stage), keyed like the groups by `kind:key`. A cluster's
own group (kind `cluster`) is observed here like any other.
"""

from __future__ import annotations

import struct
import sys
from base64 import b64decode, b64encode
from collections import Counter, OrderedDict
from collections.abc import Sequence
from typing import Any

from enforcer.contracts import Action, Decision, Mode, decision_id
from enforcer.core.cluster_key import KeySide
from enforcer.core.cluster_protocol import Link, Msg, Unlink
from enforcer.core.config import EngineConfig
from enforcer.core.group_holds import GroupHolds
from enforcer.core.distinct import CommonKeys
from enforcer.core.escalation import OffenceLedger
from enforcer.core.features import (CROWDED_CARD_ACCOUNTS, GROUP_WINDOWS, LOCAL_ITEM_ACCOUNTS, K, NETWORK_SLOT_OF,
                                    SOLO_ORG_MS)
from enforcer.core.groups import CO_KEYS, CO_MIN_ACCOUNTS, DAY, GroupState, GroupStore, org_hash
from enforcer.core.messages import Command, FanOut, GroupLift, GroupObservation, TemplateNotice
from enforcer.core.verdicts import Attrs, lift_reason, make_decision, ms
from enforcer.core.windows import MultiWindow
from enforcer.rules.compiled import CompiledRule, RuleSet

TEMPLATE = "template"
PAYMENT = "payment"
ORG = "org"
DATASET_ITEM = "dataset_item"
_NEVER = 1 << 62  # a card is never "crowded" in the wrapper sense: one threshold
_NOTHING: tuple[tuple[()], tuple[()]] = ((), ())  # observe(): no commands, no notices
_NO_KEYS: frozenset[int] = frozenset()
# An observation's account counts as actioned (actioned_accounts_24h) while it
# holds an enforced decision at least this strong: a throttle is no verdict.
_CHALLENGE = Action.challenge.strength

# A group's common wrappers (group_wrapper_share): counters held per group, and
# what makes a wrapper common: seen at least 3 times, on at least 5% of the
# group's prompts that carry a wrapper, and at least half as often as
# the group's most used one. A ring rotates a handful of wrappers about evenly
# (up to ~8 on every generator measured, both ends counted: 16 keys) and sends
# most of its key's traffic; a bystander on the same card or device, typing a
# popular phrase that others use elsewhere too, is a minority of it.
WRAPPER_KEYS = 16
WRAPPER_MIN_SHARE = 0.05
WRAPPER_MIN_COUNT = 3
WRAPPER_OF_TOP = 0.5
# ... and only when those common wrappers carry at least half of the group's
# prompts with a wrapper. A ring that paraphrases its wrapper per request, or
# mixes many languages' variants on one device (the second generator's
# multilingual ring: hundreds of variants, none common), has no wrapper to
# tell its members by; its fan-out then goes by the other conditions
# (group_wrapper_share reads 1), as before the feature existed. Without this,
# 43-66 of its 250 accounts a seed went uncaught.
WRAPPER_COVER = 0.5


def _common_wrappers(g: GroupState) -> frozenset[int]:
    w = g.wrappers
    if w is None:
        return _NO_KEYS
    return w.common(WRAPPER_MIN_SHARE, WRAPPER_MIN_COUNT, WRAPPER_OF_TOP, WRAPPER_COVER)


class GroupStage:
    def __init__(self, rules: RuleSet, config: EngineConfig | None = None, stats: Counter[str] | None = None,
                 auto_housekeeping: bool = True, track_new: bool = False):
        self.config = cfg = config or EngineConfig()
        col = cfg.collective
        # Frozen config: per-observation values read once (see AccountStage).
        self._group_lateness = col.group_lateness_ms
        self._min_shared = col.min_shared_accounts
        self._min_crowded = col.crowded_template_accounts
        self._dry = cfg.dry_run
        self.rules = rules
        self.groups = GroupStore(GROUP_WINDOWS, K, col.max_groups, col.max_pending, col.max_members, cfg.idle())
        self.book = GroupHolds()  # by group id "kind:key" (and rule, see group_holds); internal, never emitted
        self.offences = OffenceLedger(col.max_groups)  # escalating group rules, by group id
        self.stats: Counter[str] = stats if stats is not None else Counter()
        # Latest attributes per account, for exceptions that read them (rules.member_attrs); LRU-capped.
        self.attrs: OrderedDict[str, Attrs] = OrderedDict()
        # template key -> (`until`, crowded `until`, 0: not crowded) of the last "shared" notice sent
        self.shared: dict[str, tuple[int, int]] = {}
        self._admitted: dict[tuple[str, str], GroupState | None] = {}  # by admit(), for the next observe()s
        # org key -> event time its lone account first paid with a crowded card
        # (_solo_notice). Not saved: a restarted stage waits SOLO_ORG_MS afresh.
        self._solo_since: dict[str, int] = {}
        self._shared_swept = 1024
        self.watermark: int | None = None
        self.auto_housekeeping = auto_housekeeping  # off when the caller (Engine) drives housekeeping
        self._next_housekeeping = 0
        # track_new (the stream): which remembered members were new accounts, so
        # export_group can save it (GroupState keeps it only inside its sketches).
        self.new_members: dict[tuple[str, str], set[str]] | None = {} if track_new else None
        self.keys: KeySide | None = None  # the key side of the clusters, while a rule is scoped to them
        self._configure(rules)

    def set_rules(self, rules: RuleSet) -> None:
        if not rules.member_attrs:
            self.attrs.clear()
        self.rules = rules
        self._configure(rules)

    def _configure(self, rules: RuleSet) -> None:
        # _inherit trusts ob.held unless a group rule can lift (see there).
        self._skip_held = not any(r.lift is not None for scope, rs in rules.by_scope.items() if scope != "account"
                                  for r in rs)
        # Kinds whose groups count their common wrappers (a rule's fanout_when
        # reads group_wrapper_share). A reload that adds such a rule starts
        # counting then: until then its fan-outs find no common wrapper.
        self._wrapper_kinds = frozenset(r.scope for r in rules.rules if r.member_wrappers)
        # Kinds whose groups count their members' other wrappers (a rule reads co_wrappers).
        self._co_kinds = frozenset(r.scope for r in rules.rules if r.co_wrappers)
        # Kinds whose groups find their leading organisation (a rule, or an
        # exception of one, reads org_account_share_24h).
        self._org_kinds = frozenset(r.scope for r in rules.rules if r.org_share)
        # Kinds whose groups count their busy members (a rule reads busy_accounts_24h).
        self._busy_kinds = frozenset(r.scope for r in rules.rules if r.busy_members)
        # Kinds whose groups count their actioned members (a rule reads actioned_accounts_24h).
        self._actioned_kinds = frozenset(r.scope for r in rules.rules if r.actioned_members)
        # Crowded cards (a rule reads crowded_cards_24h or crowded_card): payment
        # groups send notices, the rules' kinds count the cards their accounts carry.
        self._card_notices = rules.crowded_cards
        # dataset_local_ratio_*: (network, item) groups tell their accounts once
        # other accounts asked the item there.
        self._item_notices = rules.local_items
        self._card_kinds = frozenset(r.scope for r in rules.rules if r.crowded_cards)
        # The member attributes group rules' exceptions test (what export_group saves of them).
        used = {n for r in rules.rules if r.scope != "account" for x in r.exceptions for n, _ in x.cond.getters}
        self._attr_saved = tuple(n in used for n in ("org_id", "model", "endpoint"))
        self._configure_clusters(rules)

    def _configure_clusters(self, rules: RuleSet) -> None:
        if "cluster" not in rules.by_scope:
            self.keys = None
        elif self.keys is None:  # a reload keeps the keys it has
            self.keys = KeySide(self.config.collective.cluster)

    def link(self, m: Link | Unlink) -> list[Msg]:
        """A cluster message from an account side: the Relabels it causes."""
        if self.keys is None:
            self.stats["cluster_msgs_unused"] += 1  # clusters were switched off by a reload
            return []
        return self.keys.on(m)

    # -- one observation ----------------------------------------------------
    def observe(self, ob: GroupObservation) -> tuple[Sequence[Command], Sequence[TemplateNotice]]:
        ts = ob.ts
        if self.watermark is None or ts > self.watermark:
            self.watermark = ts
            if self.auto_housekeeping and ts >= self._next_housekeeping:
                self.housekeeping(ts)
        if self.rules.member_attrs:
            self.attrs[ob.account] = ob.attrs
            self.attrs.move_to_end(ob.account)
            if len(self.attrs) > self.config.max_subjects:
                self.attrs.popitem(last=False)
        gk = (ob.kind, ob.key)
        adm = self._admitted
        if adm and gk in adm:
            g = adm.pop(gk)  # admit() did the membership for this very observation
        else:
            g = self.groups.observe(ob.kind, ob.key, ob.account, ts, ob.is_new)
        if ob.is_new and self.new_members is not None:
            self.new_members.setdefault((ob.kind, ob.key), set()).add(ob.account)
        if g is None:  # a pending key (about half the observations): nothing to allocate
            if ob.org_card and ob.kind == ORG and self._card_notices:  # a solo organisation, unless it is new
                return (), self._solo_notice(ob.key, ts)
            return _NOTHING
        if g.kind in self._org_kinds:
            arrived = g.fresh_day
            pend = g.org_pending
            if pend is not None and ob.account in pend:
                pend.discard(ob.account)
                if not pend:
                    g.org_pending = None
                arrived = True
            if arrived:
                org = ob.attrs.org_id
                g.vote_org(ob.account, org_hash(org) if org else 0, ts)
        if ob.busy and g.kind in self._busy_kinds:
            g.add_busy(ob.account, ts)
        if ob.card and g.kind in self._card_kinds:
            g.add_crowded_card(ob.card, ts)
        held = ob.held
        if held is not None and held[0] >= _CHALLENGE and held[1] > ts and g.kind in self._actioned_kinds:
            g.add_actioned(ob.account, ts)
        cmds: list[Command] = []
        notices: list[TemplateNotice] = []
        if g.kind == TEMPLATE:
            self._notice(g, ts, notices, self._min_shared, self._min_crowded)
        elif g.kind == PAYMENT and self._card_notices:
            self._notice(g, ts, notices, CROWDED_CARD_ACCOUNTS, _NEVER)
        elif g.kind == DATASET_ITEM and self._item_notices:
            self._notice(g, ts, notices, LOCAL_ITEM_ACCOUNTS, _NEVER)
        elif g.kind == ORG and g.key in self.shared:  # a second account reported it: no longer solo
            del self.shared[g.key]
            notices.append(TemplateNotice(g.key, False, ts, ts))
        gnow = g.last_ts
        if ts >= gnow - self._group_lateness:
            g.windows.update(GROUP_WINDOWS, ts, gnow, ob.deltas)
            if ob.exact:
                g.prompts_24h.add(ob.exact, ts)
            if ob.net:
                g.networks_24h.add(ob.net, ts)
            for i, _ in ob.deltas:
                slot = NETWORK_SLOT_OF.get(i)
                if slot is not None:
                    g.add_set_account(slot, ob.account, ts)
            if ob.tpl and g.kind in self._wrapper_kinds:
                w = g.wrappers
                if w is None:
                    w = g.wrappers = CommonKeys(WRAPPER_KEYS)
                w.add(ob.tpl, ts)
            if ob.rep and g.fresh and g.kind in self._co_kinds:
                c = g.co
                if c is None and g.accounts_24h.estimate(ts) >= CO_MIN_ACCOUNTS:
                    c = g.co = CommonKeys(CO_KEYS)
                if c is not None:
                    c.add(ob.rep, ts)
        else:
            # Too late for this group's clock to count in its windows (its account
            # counted it). Its membership did count: rules and inheritance still run.
            self.stats["group_late"] += 1
        grules = self.rules.by_scope.get(g.kind)
        if grules:
            self._evaluate(grules, g, ob, gnow, cmds)
        if self.book.holds(g.id):  # most groups were never actioned: no inheritance to look up
            self._inherit(g, ob, cmds)
        return cmds, notices

    def admit(self, links: list[tuple[str, str]], account: str, ts: int, is_new: bool) -> int:
        """The backtest's synchronous question (Engine): admit the account to
        each link's group (what observe() does first; the observe() of these
        links then takes the groups from here, as the single engine did) and
        say how widely its wrappers are used now, this request included: 0
        private, 1 shared, 2 crowded (the most used of its wrappers)."""
        min_shared = self._min_shared
        level = 0
        gs = self.groups
        adm = self._admitted = {}
        for kind, key in links:
            g = adm[(kind, key)] = gs.observe(kind, key, account, ts, is_new)
            if g is not None and kind == TEMPLATE and level < 2:
                n = g.accounts_24h.estimate(ts)
                if n >= min_shared:
                    level = 2 if n >= self._min_crowded else 1
        return level

    def _notice(self, g: GroupState, ts: int, out: list[TemplateNotice], min_shared: int, min_crowded: int) -> None:
        """Shared while the wrapper's distinct accounts reach min_shared (a
        wrapper: min_shared_accounts; a card: CROWDED_CARD_ACCOUNTS), crowded
        while they reach min_crowded; each `until`: the end of the day epoch (or
        the next one, if this epoch alone already reaches the threshold), when
        the count forgets it unless renewed."""
        key = g.key
        nxt = (ts // DAY + 1) * DAY
        said_until, crowded = self.shared.get(key, (0, 0))
        if crowded <= ts:
            crowded = 0  # lapsed (or never): what the account side holds now
        elif crowded >= nxt + DAY:
            return  # already said: crowded (so shared) through the next epoch (a count never drops within one)
        n = g.accounts_24h.estimate(ts)
        if n >= min_shared:
            if said_until >= nxt + DAY and n < min_crowded:
                return  # already said: shared through the next epoch, and not crowded yet
            nxt_n = g.accounts_24h.estimate(nxt)
            until = nxt + DAY if nxt_n >= min_shared else nxt
            c_until = (nxt + DAY if nxt_n >= min_crowded else nxt) if n >= min_crowded else 0
            if said_until != until or crowded != c_until:
                self.shared[key] = (until, c_until)
                out.append(TemplateNotice(key, True, ts, until, c_until))
        elif said_until > ts:
            del self.shared[key]
            out.append(TemplateNotice(key, False, ts, ts))

    def _solo_notice(self, key: str, ts: int) -> tuple[TemplateNotice, ...]:
        """An organisation only one account has reported (a pending key), whose
        account pays with a crowded card: "solo" once it has been so for
        SOLO_ORG_MS (crowded_card), said through the next day epoch and renewed
        once an epoch; observe() withdraws it when a second account reports
        the organisation (the key becomes a group)."""
        if ts - self._solo_since.setdefault(key, ts) < SOLO_ORG_MS:
            return ()
        until = (ts // DAY + 2) * DAY
        if self.shared.get(key, (0, 0))[0] >= until:
            return ()
        self.shared[key] = (until, 0)
        return (TemplateNotice(key, True, ts, until),)

    def _evaluate(self, rules: tuple[CompiledRule, ...], g: GroupState, ob: GroupObservation, now: int,
                  out: list[Command]) -> None:
        gid = g.id
        dry = self._dry
        gbook = self.book
        ev = ob.attrs
        held = gbook.holds(gid)  # as in AccountStage._evaluate: most groups hold no decision
        memo: dict[str, Any] = {}  # the rules of a kind share features (accounts_24h, ...)
        for rule in rules:
            mode = Mode.shadow if dry else rule.mode
            if rule.lift is not None and held and self._lift(rule, mode, g, ev, now, out):
                held = gbook.holds(gid)
                continue
            step = rule.steps[0]
            if rule.escalation_ms:
                step = rule.step_for(self.offences.count(gid, rule.name, rule.escalation_ms, now) + 1)
            if held and gbook.covered(gid, rule, mode, step.action, now):
                if rule.stop and rule.judge(g, ev, now, memo) is not None:
                    break
                continue
            values = rule.judge(g, ev, now, memo)
            if values is None:
                continue
            offence = 0
            if rule.escalation_ms:
                offence = self.offences.record(gid, rule.name, rule.escalation_ms, len(rule.steps), now)
                step = rule.step_for(offence)
            expires = now + step.ttl_ms
            gdec = make_decision(rule, step.action, step.rps, mode, gbook.subject(gid, rule), g.kind, g.key, now,
                                 expires, values,
                                 decision_id(rule.name, g.kind, g.key, "*", step.action.value, ob.event_id), offence)
            gbook.record(gid, gdec, expires, now)
            held = True
            self.stats["group_decisions"] += 1
            # Fan out to every member the group remembers; members beyond the
            # cap inherit the action on their next request. Exceptions are
            # judged per member: they spare accounts, not groups.
            wrappers = _common_wrappers(g) if rule.member_wrappers else _NO_KEYS
            naccounts = g.accounts_24h.estimate(now) if rule.member_accounts else 0
            for member in list(g.members):
                attrs = ev if member == ob.account else None
                out.append(FanOut(member, rule.name, g.kind, g.key, gdec.action, gdec.throttle_rps, mode, now,
                                  expires, offence, values, (gdec.decision_id,),
                                  self._excepted(rule, g, member, attrs, now), wrappers, naccounts))
            if rule.stop:
                break

    def _inherit(self, g: GroupState, ob: GroupObservation, out: list[Command]) -> None:
        """The observing account uses a key whose group is actioned: it inherits
        the action (the account stage skips it if already covered).

        No command when the observation says the account already holds an
        equal or stronger action that outlives `now` (ob.held): the account
        stage would find it covered (DecisionBook.covering at the same event
        time) and drop it, and in the stream each command is a Kafka record,
        one per request of every member of an actioned group. Exact: between
        the observation and the command's turn the account's action can only
        be replaced by a stronger one, unless a group rule's `lift_when` ends
        it; while a group rule has one, every inheritance is sent."""
        now = ob.now
        held = ob.held if self._skip_held else None
        memo: dict[str, Any] = {}
        for i, mode in enumerate((Mode.enforce, Mode.shadow)):
            for act in self.book.active_all(g.id, mode, now):
                self._inherit_one(g, ob, act, held, i, memo, out)

    def _inherit_one(self, g: GroupState, ob: GroupObservation, act: Any, held: Any, i: int,
                     memo: dict[str, Any], out: list[Command]) -> None:
        now = ob.now
        if held is not None and held[2 * i] >= act.action.strength and held[2 * i + 1] > now:
            self.stats["inherit_covered"] += 1
            return
        gdec = act.decision
        rule = self.rules.by_name.get(gdec.rule)
        if rule is None:
            return  # the rule was removed by a reload: no new members for it
        if rule.judge(g, ob.attrs, g.last_ts, memo) is None:
            # The group no longer looks like what was actioned (a key that
            # looked like a farm in its first minutes has shown itself to be
            # a crowd): its members keep their action until it expires, and
            # no one new inherits it.
            self.stats["inherit_stale"] += 1
            return
        out.append(FanOut(ob.account, rule.name, g.kind, g.key, gdec.action, gdec.throttle_rps, gdec.mode, now,
                          ms(gdec.expires_at), int(gdec.evidence.get("offence", 0) or 0), gdec.evidence,
                          (gdec.decision_id, ob.event_id), self._excepted(rule, g, ob.account, ob.attrs, now),
                          _common_wrappers(g) if rule.member_wrappers else _NO_KEYS,
                          g.accounts_24h.estimate(g.last_ts) if rule.member_accounts else 0))

    def _excepted(self, rule: CompiledRule, g: GroupState, account: str, attrs: Attrs | None,
                  now: int) -> str | None:
        if not rule.exceptions:
            return None
        if attrs is None:
            attrs = self.attrs.get(account) or Attrs(account)
        for x in rule.exceptions:
            if x.spares(g, attrs, now):
                return x.name
        return None

    def _lift(self, rule: CompiledRule, mode: Mode, g: GroupState, ev: Any, now: int, out: list[Command]) -> bool:
        """`lift_when` of a group rule: the group's decision ends, and so do the
        decisions it fanned out to the members the group remembers."""
        cur = self.book.active(g.id, rule, mode, now)
        if cur is None:
            return False
        values = rule.lift.values(g, ev, now)
        if not rule.lift.test(values):
            return False
        why = lift_reason(rule, f"its {g.kind} group {g.key}", cur.action, values)
        self.book.lift(g.id, rule, mode, now, why)
        for member in list(g.members):
            out.append(GroupLift(member, rule.name, g.kind, g.key, mode, now, why))
        return True

    # -- housekeeping -------------------------------------------------------
    def housekeeping(self, watermark: int) -> None:
        self._next_housekeeping = watermark + self.config.housekeeping_every_ms
        self.groups.evict_idle(watermark)
        if self.keys is not None:
            self.keys.evict_idle(watermark)
        until = watermark - self.config.allowed_lateness_ms
        self.offences.sweep(until)
        self.book.sweep(until)
        if len(self.shared) > self._shared_swept:  # amortised: notices that lapsed by themselves
            self.shared = {k: u for k, u in self.shared.items() if u[0] > until}
            self._shared_swept = max(1024, 2 * len(self.shared))
        if len(self._solo_since) > 1024:  # lone accounts gone quiet, or their organisations now groups
            pend = self.groups.pending
            self._solo_since = {k: t for k, t in self._solo_since.items()
                                if (ORG, k) in pend and pend[(ORG, k)][1] > until - DAY}
        nm = self.new_members
        gs = self.groups
        if nm is not None and len(nm) > 2 * (len(gs.groups) + len(gs.pending)) + 1000:
            self.new_members = {k: v for k, v in nm.items() if k in gs.groups or k in gs.pending}

    # -- one group's state, for adapters that persist it (no I/O here) ------
    def export_group(self, kind: str, key: str) -> dict[str, Any] | None:
        """The key's state as plain data: {"pd": [account, ts, is_new]} for a
        pending key; for a group "w" (windows), "f"/"l" (first/last ts), "m"
        (remembered members [account, last ts, new], oldest first), "b" (active
        group decisions), "x" (offence times of escalating rules), "og" (the leading
        organisation's hash and votes, for kinds whose rules read
        org_account_share_24h) and "sk" (the distinct counts: accounts, new
        accounts, prompts, networks, accounts per network set, of the leading
        organisation and busy ones; GroupState.sketches_to_list). None if
        nothing is held. An entry without "sk" (written before they were saved)
        rebuilds the account counts from the remembered members (exact up to
        max_members), and its distinct prompts and networks start afresh."""
        gk = (kind, key)
        g = self.groups.get(kind, key)
        if g is None:
            p = self.groups.pending.get(gk)
            return {"pd": list(p)} if p is not None else None
        new = (self.new_members or {}).get(gk, ())
        gid = g.id
        active = [[a.decision.model_dump(mode="json"), a.expires_ms] for a in self.book.entries(gid)]
        out: dict[str, Any] = {"w": g.windows.to_list(), "f": g.first_ts, "l": g.last_ts,
                               "m": [[a, t, a in new] for a, t in g.members.items()], "b": active}
        offences = self.offences.export(gid)
        if offences:
            out["x"] = offences
        if g.wrappers is not None:
            out["tw"] = g.wrappers.to_list()
        if g.co is not None:
            out["tc"] = g.co.to_list()
        if g.org_votes:
            out["og"] = [g.org_lead, g.org_votes]
        out["sk"] = g.sketches_to_list()
        if self.rules.member_attrs:
            # The members' latest attributes, which exceptions test at a fan-out
            # to a member whose own event is not at hand: a table of the distinct
            # (org, model, endpoint), each null unless an exception tests it, and
            # an index per member row, 0 for unknown and i + 1 for the table's
            # i-th, as bytes (base64) while the table has fewer than 255 rows.
            table: dict[tuple, int] = {}
            idx = []
            so, sm, se = self._attr_saved
            for a in g.members:
                at = self.attrs.get(a)
                idx.append(0 if at is None else table.setdefault(
                    (at.org_id if so else None, at.model if sm else None, at.endpoint if se else None), len(table)) + 1)
            if table:
                out["ma"] = [[list(t) for t in table],
                             b64encode(bytes(idx)).decode("ascii") if len(table) < 255 else idx]
        return out

    def _import_keys(self, rows: list | None) -> CommonKeys | None:
        """A group's saved wrapper counters ("tw", "tc"); None when absent or
        unreadable (then counted afresh)."""
        if not rows:
            return None
        try:
            return CommonKeys.from_list(rows)
        except (TypeError, ValueError):
            self.stats["import_wrappers_mismatch"] += 1
            return None

    def _import_attrs(self, rows: Sequence, ma: list) -> None:
        """Members' attributes from a group entry ("ma"), for those the stage
        does not know yet (memory is never older; of two entries, the first
        read wins)."""
        try:
            table, idx = ma
            if isinstance(idx, str):
                idx = b64decode(idx)
            for (account, _ts, _new), i in zip(rows, idx):
                if i > 0 and account not in self.attrs:
                    org, model, endpoint = (sys.intern(v) if v else None for v in table[i - 1])
                    self.attrs[account] = Attrs(account, org, model, endpoint)
                    if len(self.attrs) > self.config.max_subjects:
                        self.attrs.popitem(last=False)
        except (ValueError, TypeError, IndexError):
            self.stats["import_attrs_mismatch"] += 1

    def import_group(self, kind: str, key: str, data: dict[str, Any]) -> None:
        """Load what export_group gave, unless the key is held in memory already."""
        gk = (kind, key)
        gs = self.groups
        if gk in gs.groups or gk in gs.pending:
            return
        if "pd" in data:
            account, ts, is_new = data["pd"]
            gs.pending[gk] = (account, int(ts), bool(is_new))
            if is_new and self.new_members is not None:
                self.new_members.setdefault(gk, set()).add(account)
            return
        g = GroupState(kind, key, GROUP_WINDOWS, K, int(data["f"]))
        try:
            g.windows = MultiWindow.from_list(GROUP_WINDOWS, K, data["w"])
        except Exception:
            self.stats["import_windows_mismatch"] += 1  # layout changed: the windows start afresh
        new: set[str] = set()
        for account, ts, is_new in data.get("m") or ():
            g.add_member(account, int(ts), bool(is_new), gs.max_members)
            if is_new:
                new.add(account)
        g.last_ts = int(data["l"])
        g.wrappers = self._import_keys(data.get("tw"))
        g.co = self._import_keys(data.get("tc"))
        og = data.get("og")
        if og and int(og[0]) and kind in self._org_kinds:
            # The lead organisation is kept; its accounts are counted again as
            # the restored members arrive (the day's counts are not saved). A
            # lead of 0 (no organisation) was written before accounts of no
            # organisation abstained (session 60): the vote starts afresh.
            g.org_lead, g.org_votes = int(og[0]), int(og[1])
            g.org_pending = set(g.members) or None
        ma = data.get("ma")
        if ma and self.rules.member_attrs:
            self._import_attrs(data.get("m") or (), ma)
        if data.get("sk"):
            try:
                g.sketches_from_list(data["sk"])
                g.org_pending = None  # the day's organisation counts came back with them
            except (ValueError, TypeError, KeyError, RuntimeError, struct.error):
                self.stats["import_sketch_mismatch"] += 1  # kept as rebuilt from the members
        if new and self.new_members is not None:
            self.new_members[gk] = new
        if len(gs.groups) >= gs.max_groups:
            gs.groups.popitem(last=False)
            gs.evicted_capacity += 1
        gs.groups[gk] = g
        for d, expires_ms in data.get("b") or ():
            self.book.restore(Decision.model_validate(d), int(expires_ms))
        if data.get("x"):
            esc = {r.name: r.escalation_ms for r in self.rules.by_scope.get(kind, ()) if r.escalation_ms}
            self.offences.restore(g.id, data["x"], esc)
