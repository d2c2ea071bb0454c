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
