import asyncio

from enforcer.stream.stall import Stalls


def test_a_partition_that_does_not_move_while_records_wait_is_stalled_on_the_second_check():
    st = Stalls(checks=2)
    pos = [("req", 0, 99), ("req", 1, 49)]
    ends = {("req", 0): 150, ("req", 1): 50}  # p1 is caught up: its end is the next offset
    assert st.check(pos, ends) == []
    assert st.check(pos, ends) == [("req", 0, 99)]
    # After a re-seek it gets two more checks before the next one.
    assert st.check(pos, ends) == []
    assert st.check(pos, ends) == [("req", 0, 99)]


def test_progress_or_catching_up_resets_the_count():
    st = Stalls(checks=2)
    ends = {("req", 0): 150}
    assert st.check([("req", 0, 99)], ends) == []
    assert st.check([("req", 0, 120)], ends) == []  # it moved
    assert st.check([("req", 0, 120)], ends) == [("req", 0, 120)]
    assert st.check([("req", 0, 149)], ends) == []  # caught up
    assert st.check([("req", 0, 149)], {("req", 0): 170}) == []  # new records: first sighting
    assert st.check([], {}) == []  # an idle stage check forgets everything
    assert st.check([("req", 0, 149)], {("req", 0): 170}) == []


def test_unknown_end_offsets_are_never_stalls():
    st = Stalls(checks=1)
    assert st.check([("req", 0, 5)], {}) == []


def test_recovery_stall_needs_a_partition_with_records_left_and_no_progress():
    from enforcer.stream.stall import RecoveryStalls

    rs = RecoveryStalls(checks=2)
    offsets = {"cl-3": -1, "cl-4": 20, "cl-5": 36}
    highwaters = {"cl-3": 37, "cl-4": 40, "cl-5": 36}  # cl-5 is complete
    assert rs.check(True, offsets, highwaters) == []
    assert rs.check(True, {**offsets, "cl-4": 25}, highwaters) == ["cl-3"], "cl-4 moved"
    assert rs.check(True, {**offsets, "cl-4": 25}, highwaters) == ["cl-4"], "cl-3 gets two more checks"
    assert rs.check(False, offsets, highwaters) == [], "not in recovery: nothing is stuck"
    assert rs.check(True, offsets, highwaters) == [], "and the count starts again"


def test_await_chain_names_where_a_stuck_task_waits():
    from enforcer.stream.stall import await_chain

    async def inner(fut):
        await fut

    async def outer(fut):
        await inner(fut)

    async def go():
        fut = asyncio.get_running_loop().create_future()
        task = asyncio.ensure_future(outer(fut))
        await asyncio.sleep(0)
        chain = await_chain(task)
        fut.set_result(None)
        await task
        return chain

    chain = asyncio.run(go())
    lines = chain.splitlines()
    assert "in outer" in lines[0] and "in inner" in lines[1]
    assert lines[-1].startswith("  awaiting ")  # the future (its iterator, for a plain Future)


class _Consumer:
    """The parts of faust's consumer that refetch and watch_once touch."""

    def __init__(self, tps, active, buffered=(), paused=(), ends=None):
        self._assigned = set(tps)
        self._active = set(active)
        self._buffered_partitions = set(buffered)
        self._paused_partitions = set(paused)
        self.ends = ends or {}

    def assignment(self):
        return set(self._assigned)

    def _get_active_partitions(self):
        return self._active

    async def highwaters(self, *tps):
        return {tp: self.ends[tp] for tp in tps}


def test_refetch_puts_back_a_partition_faust_stopped_fetching():
    from faust.types import TP

    from enforcer.stream.stall import refetch

    a, b = TP("req", 0), TP("req", 1)
    c = _Consumer([a, b], active=[a], buffered=[b])
    assert refetch(c, a, False) is None  # fetched: nothing to do
    assert refetch(c, b, False) == "marked buffer-full, not in its fetch set"
    assert b in c._active and not c._buffered_partitions
    assert refetch(c, b, False) is None
    p = _Consumer([a], active=[], paused=[a])
    assert refetch(p, a, True) == "not in its fetch set" and a in p._paused_partitions  # recovery pauses it
    assert refetch(p, a, False) == "paused" and not p._paused_partitions


def test_a_stalled_partition_faust_stopped_fetching_is_refetched_before_it_is_read_directly():
    from types import SimpleNamespace

    from faust.types import TP

    from enforcer.stream.stall import watch_once

    tp = TP("req", 3)
    c = _Consumer([tp], active=[], buffered=[tp], ends={tp: 574})
    app = SimpleNamespace(consumer=c, in_recovery=False)
    filled, stalls_seen = [], []

    async def fill(topic, p, start, end):
        filled.append((topic, p, start, end))

    async def go():
        st = Stalls(checks=2)
        pos = lambda: [("req", 3, 406)]  # noqa: E731
        for _ in range(2):
            await watch_once(app, st, pos, lambda: True, stalls_seen.append, fill)
        assert filled == [] and stalls_seen == ["req"] and tp in c._active  # refetched, not read
        for _ in range(2):  # still not moving: read directly
            await watch_once(app, st, pos, lambda: True, stalls_seen.append, fill)
        assert filled == [("req", 3, 407, 574)]

    asyncio.run(go())


def test_a_busy_stage_refetches_but_never_reads_directly():
    from types import SimpleNamespace

    from faust.types import TP

    from enforcer.stream.stall import watch_once

    tp = TP("req", 2)
    c = _Consumer([tp], active=[], buffered=[tp], ends={tp: 185})
    app = SimpleNamespace(consumer=c, in_recovery=False)
    filled = []

    async def fill(*a):
        filled.append(a)

    async def go():
        st = Stalls(checks=2)
        for _ in range(6):
            await watch_once(app, st, lambda: [("req", 2, 154)], lambda: False, lambda t: None, fill)

    asyncio.run(go())
    assert tp in c._active and not c._buffered_partitions and filled == []


def test_handled_but_uncommitted_partitions_are_named_for_the_stuck_log():
    """A stage that handled everything but whose committed offset stays behind
    (faust commits only up to a hole in its acked offsets) is stuck too."""
    from collections import namedtuple
    from types import SimpleNamespace

    from enforcer.stream.app import _uncommitted

    TP = namedtuple("TP", "topic partition")
    consumer = SimpleNamespace(_committed_offset={TP("req", 0): 101, TP("req", 1): 40, TP("req", 2): 7})
    handled = [("req", 0, 100), ("req", 1, 55), ("req", 3, 9)]
    assert _uncommitted(consumer, handled) == {"req/1": "handled 55, committed 40"}
    assert _uncommitted(SimpleNamespace(), handled) == {}  # attributes gone (faust upgrade): no claim


class _Message:
    def __init__(self, tp, offset):
        self.tp, self.topic, self.offset, self.acked = tp, tp.topic, offset, False


class _FaustBook:
    """faust's own offset bookkeeping (Consumer.ack, _new_offset and what
    _commit_tps filters with) on a stub, to check what it commits."""

    def __init__(self, tp, committed):
        from collections import defaultdict
        from types import SimpleNamespace

        from faust.transport.consumer import Consumer
        from intervaltree import IntervalTree

        cls = type("Book", (), {name: getattr(Consumer, name) for name in
                                ("ack", "_new_offset", "_should_commit", "_filter_committable_offsets")})
        b = cls()
        b._acked, b._acked_index, b._gap = defaultdict(list), defaultdict(set), defaultdict(IntervalTree)
        b._committed_offset = defaultdict(lambda: None, {tp: committed})
        b._unacked_messages, b._waiting_for_ack, b._n_acked = set(), None, 0
        b.app = SimpleNamespace(topics=SimpleNamespace(acks_enabled_for=lambda topic: True))
        self.b, self.tp = b, tp

    def ack(self, *offsets):
        for o in offsets:
            self.b.ack(_Message(self.tp, o))

    def to_commit(self):
        """What faust's next commit would commit (and it then counts as committed)."""
        return self.b._filter_committable_offsets([self.tp])


def test_records_read_directly_are_committed_by_fausts_own_commit():
    """fill_tail's records (read directly, no faust event) are counted as acked:
    a commit of faust's in flight that lands after them no longer leaves them
    behind a hole faust never commits past."""
    from faust.types import TP

    from enforcer.stream.app import _ack_offsets

    tp = TP("req", 0)
    # The old way: records 15..19 committed directly (20) while faust's commit
    # of 10..14 (15) was in flight; it lands last and sets committed back to 15.
    old = _FaustBook(tp, committed=10)
    old.ack(*range(10, 15))
    in_flight = old.to_commit()
    assert in_flight == {tp: 15}
    old.b._committed_offset[tp] = 20  # our direct commit
    old.b._committed_offset.update(in_flight)  # faust's lands after it
    old.ack(*range(20, 25))
    assert old.to_commit() == {}  # acked from 20, committed 15: never again
    # Now: the same interleaving, the records acked in faust's books instead.
    new = _FaustBook(tp, committed=10)
    new.ack(*range(10, 15))
    in_flight = new.to_commit()
    assert _ack_offsets(new.b, tp, 15, 19) == 5
    new.b._committed_offset.update(in_flight)
    new.ack(*range(20, 25))
    assert new.to_commit() == {tp: 25}


def test_acking_read_offsets_skips_committed_and_already_acked_ones():
    from faust.types import TP

    from enforcer.stream.app import _ack_offsets

    tp = TP("req", 0)
    book = _FaustBook(tp, committed=12)
    book.ack(14)
    assert _ack_offsets(book.b, tp, 10, 15) == 3  # 12, 13, 15: below 12 is committed, 14 acked
    assert _ack_offsets(book.b, tp, 10, 15) == 0
    assert book.to_commit() == {tp: 16}
    fresh = _FaustBook(tp, committed=None)  # nothing committed yet
    assert _ack_offsets(fresh.b, tp, 0, 2) == 3 and fresh.to_commit() == {tp: 3}


def test_a_consumer_thread_that_does_not_answer_is_reported_not_awaited_forever():
    """faust's consumer thread once stopped answering (commits, fetches and
    end-offset queries all go through it): the query times out and says so."""
    from types import SimpleNamespace

    import pytest
    from faust.types import TP

    from enforcer.stream.stall import ConsumerUnresponsive, end_offsets

    async def never(*tps):
        await asyncio.sleep(3600)

    async def answers(*tps):
        return {tp: 7 for tp in tps}

    tp = TP("req", 0)
    hung = SimpleNamespace(assignment=lambda: {tp}, highwaters=never)
    with pytest.raises(ConsumerUnresponsive):
        asyncio.run(end_offsets(hung, [("req", 0, 3)], timeout_s=0.05))
    live = SimpleNamespace(assignment=lambda: {tp}, highwaters=answers)
    assert asyncio.run(end_offsets(live, [("req", 0, 3)], timeout_s=0.05)) == {("req", 0): 7}


def _commits(book, limit=100):
    """The offsets faust's successive commits go to until there is nothing left to commit."""
    out = []
    for _ in range(limit):
        c = book.to_commit()
        if not c:
            break
        out.append(c[book.tp])
        book.b._committed_offset.update(c)
    return out


def _restart_with_a_jump(book, handled: bool = True):
    """What the restarted worker of the SIGKILL test did to faust's books (partition 0
    of one run, committed 123): records 123..144 handed out during table recovery
    and acked; faust's seek back to the committed offset reset its read offset to
    123, so the next record it handed out, 149 (a stale fetch), made its drain loop
    count 124..149 as a gap. Then (`handled`) the stage read 145..148 directly
    (GapReader), added them as a gap too, and acked 149..327."""
    from faust.transport.consumer import Consumer

    add_gap = Consumer._add_gap.__get__(book.b)
    book.ack(*range(123, 145))
    asyncio.run(add_gap(book.tp, 124, 149))  # faust's _drain_messages: gap r_offset + 1 .. offset
    if handled:
        asyncio.run(add_gap(book.tp, 145, 148))  # run_batches, after fill_gap
        book.ack(*range(149, 328))


def test_offsets_both_acked_and_in_a_gap_are_committed_at_once():
    """faust merges its gap offsets into the acked ones as a list: offsets both
    acked and in a gap are there twice, and each commit moved one offset past
    them only (the SIGKILL restart "hang": the broker's commit history of that
    partition read 125, 126, ... 145, 150, 328, one commit every 3 s).
    commit_offset merges them as a set: one commit covers everything handled."""
    from faust.types import TP

    from enforcer.stream.stall import use_commit_offset

    tp = TP("req", 0)
    faust_own = _FaustBook(tp, committed=123)
    _restart_with_a_jump(faust_own)
    assert _commits(faust_own) == [*range(125, 146), 150, 328]  # faust 0.15.3 as measured; re-check on upgrade
    fixed = _FaustBook(tp, committed=123)
    use_commit_offset(fixed.b)
    use_commit_offset(fixed.b)  # once per consumer
    _restart_with_a_jump(fixed)
    assert _commits(fixed) == [328]
    assert not fixed.b._acked[tp] and not fixed.b._acked_index[tp] and not fixed.b._gap[tp]


def test_commit_offset_never_covers_records_the_stage_has_not_handled_yet():
    """Between faust noting the jump (its gap 124..149 includes the record
    that revealed it) and the stage handling 145..149, a commit goes up to
    what was acked (145), not over the gap's rest: faust itself would merge
    the whole interval (it starts below the highest acked offset)."""
    from faust.transport.consumer import Consumer
    from faust.types import TP

    from enforcer.stream.stall import use_commit_offset

    tp = TP("req", 0)
    book = _FaustBook(tp, committed=123)
    use_commit_offset(book.b)
    _restart_with_a_jump(book, handled=False)
    assert _commits(book) == [145]
    asyncio.run(Consumer._add_gap.__get__(book.b)(tp, 145, 148))
    assert _commits(book) == []  # 145..148 in a gap, 149 not acked yet
    book.ack(149)
    assert _commits(book) == [150]


def test_commit_offset_keeps_fausts_rules_for_holes_and_gaps():
    """Everything else as faust does it: nothing is committed while the record
    at the head is not acked, a hole further on ends a commit, and offsets in
    a gap (compaction) count as done."""
    from faust.transport.consumer import Consumer
    from faust.types import TP

    from enforcer.stream.stall import use_commit_offset

    tp = TP("req", 0)

    def steps(use: bool) -> list[list[int]]:
        book = _FaustBook(tp, committed=10)
        if use:
            use_commit_offset(book.b)
        out = []
        book.ack(12, 13, 14)
        out.append(_commits(book))  # 11 not acked yet
        book.ack(11, 17)
        out.append(_commits(book))  # up to the hole at 15
        asyncio.run(Consumer._add_gap.__get__(book.b)(tp, 15, 16))  # 15..16 never come
        out.append(_commits(book))
        return out

    assert steps(use=False) == steps(use=True) == [[], [15], [18]]
