"""The group stage's book of active group decisions, held per rule where a
rule spares members.

A group decision is internal: what reaches accounts is its fan-out, and
most group rules fan out only to members that pass `fanout_when`, get a
softer step (`fanout_soften`) or are not spared by an exception. Such a
decision says nothing about what the group's members now hold, so it must
not keep another rule from judging the group: in session 34 a device rule
whose fan-out (three ASNs) spared every student of a 22-account phone-model
group kept a farm rule of the same action from ever being judged on that
group. So a rule that can spare members holds under its own subject
(`kind:key` + US + rule) and covers only its own next firing (and its
escalation); a rule that reaches every member holds under the group id and
covers every rule of an equal or weaker action, as before.

The account stage dedupes the fan-outs (an account under an equal or
stronger action gets nothing new), so a second rule's fan-out to members the
first one reached costs one command each and no decision.
"""

from __future__ import annotations

from enforcer.contracts import Action, Decision, Mode
from enforcer.core.decisions import Active, DecisionBook, covered
from enforcer.rules.compiled import CompiledRule

_SEP = "\x1f"  # never in a group id: link-key values are hashes, ids and prefixes


def spares_members(rule: CompiledRule) -> bool:
    return rule.member is not None or rule.soften is not None or bool(rule.exceptions)


class GroupHolds:
    """A DecisionBook keyed by subject, and per group id the rule subjects it
    holds (so that `holds`, asked on every observation, stays one lookup)."""

    def __init__(self) -> None:
        self.book = DecisionBook()
        self._rules: dict[str, list[str]] = {}  # group id -> its per-rule subjects, in order of firing

    def __len__(self) -> int:
        return len(self.book)

    @staticmethod
    def subject(gid: str, rule: CompiledRule) -> str:
        return gid + _SEP + rule.name if spares_members(rule) else gid

    def holds(self, gid: str) -> bool:
        """Whether any decision is held for the group (any mode or rule, expired or not)."""
        return gid in self._rules or self.book.holds(gid)

    def covered(self, gid: str, rule: CompiledRule, mode: Mode, action: Action, now: int) -> bool:
        sub = self.subject(gid, rule)
        if sub != gid and self.book.covering(gid, mode, action, now) is not None:
            return True  # a decision that reached every member
        return covered(self.book, sub, mode, action, rule.name if rule.escalation_ms else None, now)

    def _index(self, gid: str, sub: str) -> None:
        if sub != gid:
            subs = self._rules.setdefault(gid, [])
            if sub not in subs:
                subs.append(sub)

    def record(self, gid: str, d: Decision, expires_ms: int, now: int) -> None:
        """`d.account_id` is the subject (`subject(gid, rule)`)."""
        self._index(gid, d.account_id)
        self.book.record(d, expires_ms, now)

    def active(self, gid: str, rule: CompiledRule, mode: Mode, now: int) -> Active | None:
        """The rule's own active decision on the group (None if another rule's)."""
        cur = self.book.active(self.subject(gid, rule), mode, now)
        return cur if cur is not None and cur.decision.rule == rule.name else None

    def active_all(self, gid: str, mode: Mode, now: int) -> list[Active]:
        """Every active decision on the group in a mode: the group's own first,
        then the per-rule ones in the order they fired."""
        out = []
        book = self.book
        cur = book.active(gid, mode, now)
        if cur is not None:
            out.append(cur)
        for sub in self._rules.get(gid, ()):
            cur = book.active(sub, mode, now)
            if cur is not None:
                out.append(cur)
        return out

    def lift(self, gid: str, rule: CompiledRule, mode: Mode, now: int, reason: str) -> None:
        self.book.lift(self.subject(gid, rule), mode, rule.name, now, reason)

    def sweep(self, until_ms: int) -> None:
        """Drop what expired (the group book's lifts are never emitted) and
        forget subjects no longer held."""
        self.book.sweep(until_ms)
        holds = self.book.holds
        for gid in [g for g, subs in self._rules.items() if not any(holds(s) for s in subs)]:
            del self._rules[gid]

    def entries(self, gid: str) -> list[Active]:
        """Every held decision of the group, expired or not yet swept (for
        export and explanations)."""
        out = self.book.entries(gid)
        for sub in self._rules.get(gid, ()):
            out.extend(self.book.entries(sub))
        return out

    def restore(self, d: Decision, expires_ms: int) -> bool:
        if not self.book.restore(d, expires_ms):
            return False
        self._index(d.account_id.split(_SEP, 1)[0], d.account_id)
        return True
