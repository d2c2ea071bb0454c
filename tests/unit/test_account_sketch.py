"""top_template_share: the account's most used wrapper END (leading or
trailing span), over the prompts it sent, decayed by halving per day."""
from __future__ import annotations

import orjson
import pytest

from enforcer.contracts import parse_event
from enforcer.core.account_sketch import DAY, AccountSketch
from enforcer.core.observe import Observer
from enforcer.core.sketches import SketchConfig

QUESTIONS = [
    "Thomas owns 200 books and decides to sell some of them to buy new ones; after the sale he has 137 left. "
    "How many did he sell, and what fraction of his collection was that?",
    "A swimming pool holding 24000 litres is emptied through a drain at 300 litres per hour while a hose "
    "refills it at 100 litres per hour. How long until it is empty?",
    "Louis and Jack are sharing a pie; Louis eats one fifth of it and Jack eats two thirds of what is left. "
    "What share of the pie remains for their sister?",
    "After five years Ron will be four times as old as Maurice is now, and Ron is 43 today. "
    "How old is Maurice now, and how old will he be then?",
    "Write a python function that returns the largest number that can be formed from the digits of a list "
    "of non-negative integers, and explain its running time.",
    "Olaf collects colourful toy cars: he had 150, his family gave him more for his birthday, and the "
    "grandparents gave twice as many as the uncle. How many does he have now?",
    "Find the number of real solutions of the system x + y = 2 and x y - z squared = 1, and justify "
    "why no other solutions can exist.",
    "Matilda bought a smartphone for 300 dollars and sold it a year later for 255 dollars. "
    "What percentage of the purchase price did she lose on the deal?",
    "Dana can run four times as fast as she can walk and two times as fast as she can skip; if she skips "
    "at 3 miles per hour, how far can she travel in six hours?",
    "Mcgregor and Floyd were assigned 89 books to read for the week; Mcgregor finished 34 and Floyd "
    "finished 32. How many books do they still have to read?",
]
CHAT = [
    "Brainstorm a list of possible New Year's resolutions for someone who wants to read more books and "
    "spend less time looking at their phone in the evenings.",
    "Write a friendly email to my landlord asking whether the broken kitchen window can be repaired before "
    "the weekend, and mention that I am home on Friday.",
    "What are the main differences between a Roth IRA and a traditional IRA for somebody who expects their "
    "income to rise a lot over the next ten years?",
    "Suggest three names for a small bakery that specialises in sourdough bread and Scandinavian pastries "
    "in a quiet neighbourhood of a large city.",
]
# The lead-in's span runs into the question (so its key varies with it); the
# closing instruction is fixed: a wrapper fixed at one end only.
TEMPLATE = "Look at the problem below:\nQ: {q}\nSpell out the full reasoning step by step, justifying each inference."


MIDNIGHT = 1_793_577_600_000  # 2026-11-02T00:00:00Z: on the wire, a much smaller number is epoch seconds


def _feed(sk: AccountSketch, obs: Observer, prompts: list[str], t0: int) -> None:
    """t0: ms after MIDNIGHT."""
    for i, p in enumerate(prompts):
        ev = parse_event(orjson.dumps({"event_id": f"e{t0}-{i}", "ts": MIDNIGHT + t0 + i * 60_000, "account_id": "a",
                                       "prompt_tokens": 50, "completion_tokens": 900, "prompt": p}))
        sk.update(obs.observe(ev), ev, ev.ts)


def _observer() -> Observer:
    return Observer(SketchConfig(), {}, frozenset())


def test_wrapper_fixed_at_the_trailing_end_only_is_the_accounts_template():
    obs = _observer()
    prompts = [TEMPLATE.format(q=q) for q in QUESTIONS]
    fps = [obs.observe(parse_event(orjson.dumps({"event_id": "x", "ts": 0, "account_id": "a", "prompt_tokens": 1,
                                                 "completion_tokens": 1, "prompt": p}))).fp for p in prompts]
    assert len({f.template_suffix for f in fps}) == 1 and fps[0].template_suffix != 0
    assert len({f.template_prefix for f in fps}) > 1  # the leading span varies with the question
    sk = AccountSketch()
    _feed(sk, obs, prompts, 0)
    assert sk.top_template_share() == 1.0
    sk2 = AccountSketch()
    _feed(sk2, obs, prompts[:8] + CHAT[:2], 0)  # chat mixed in dilutes the share
    assert abs(sk2.top_template_share() - 0.8) < 1e-9


def test_varied_prompts_have_a_low_share():
    obs = _observer()
    sk = AccountSketch()
    _feed(sk, obs, QUESTIONS + CHAT, 0)  # no wrapper at all: at most the space-saving over-count
    assert sk.top_template_share() <= 0.25


def test_day_halving_keeps_the_denominator():
    """Counters and the prompt count halve together at a day boundary: one
    prompt after midnight does not make a share of 1.0 out of an emptied sketch."""
    obs = _observer()
    sk = AccountSketch()
    _feed(sk, obs, [TEMPLATE.format(q=q) for q in QUESTIONS[:4]], DAY - 10 * 60_000)
    assert sk.top_template_share() == 1.0
    _feed(sk, obs, CHAT[:1], DAY + 60_000)  # 4 -> 2 templated, + 1 chat
    assert abs(sk.top_template_share() - 2 / 3) < 1e-9


def _one(sk: AccountSketch, obs: Observer, prompt: str, i: int, status: int | None):
    ev = parse_event(orjson.dumps({"event_id": f"r{i}", "ts": MIDNIGHT + i * 20_000, "account_id": "a",
                                   "prompt_tokens": 50, "completion_tokens": 0 if status and status >= 400 else 900,
                                   "prompt": prompt, "status": status}))
    near, repeat, _hop, _v6hop, _session, _locked, _cadence = sk.update(obs.observe(ev), ev, ev.ts)
    return near, repeat


def test_a_retry_after_an_error_is_not_a_repeat():
    obs = _observer()
    sk = AccountSketch()
    # rate limited, then overloaded, then answered: one question asked once
    assert _one(sk, obs, QUESTIONS[0], 0, 429) == (False, False)
    assert _one(sk, obs, QUESTIONS[0], 1, 503) == (False, False)
    assert _one(sk, obs, QUESTIONS[0], 2, 200) == (False, False)
    # asked again after it was answered: a repeat (as with no status reported)
    assert _one(sk, obs, QUESTIONS[0], 3, 200) == (True, True)
    assert _one(sk, obs, QUESTIONS[1], 4, None) == (False, False)
    assert _one(sk, obs, QUESTIONS[1], 5, None) == (True, True)
    # a failed request that repeats an answered one is still a repeat; it is counted
    # once among the distinct prompts either way
    assert _one(sk, obs, QUESTIONS[1], 6, 500) == (True, True)
    assert sk.prompts.estimate(MIDNIGHT + 7 * 20_000) == 2


def _at(sk: AccountSketch, obs: Observer, ms: int, i: int, cadence: bool = False) -> tuple[bool, bool]:
    """(session start, locked to the half hour), or with `cadence` (session start,
    a whole number of 20 or 30 minutes after the session before)."""
    ev = parse_event(orjson.dumps({"event_id": f"s{i}", "ts": MIDNIGHT + ms, "account_id": "a",
                                   "prompt_tokens": 50, "completion_tokens": 900, "prompt": QUESTIONS[i % 10]}))
    got = sk.update(obs.observe(ev), ev, ev.ts)
    return (got[4], got[6]) if cadence else (got[4], got[5])


def test_sessions_started_by_a_scheduler_are_phase_locked_and_a_persons_are_not():
    obs = _observer()
    minute = 60_000
    # cron at :07 and :37, each run three requests a minute apart (one session),
    # starting up to 80 s late
    cron = AccountSketch()
    got = []
    for k in range(6):
        start = (7 + 30 * k) * minute + (k * 16_000)
        for j in range(3):
            got.append(_at(cron, obs, start + j * minute, 3 * k + j))
    starts = got[::3]
    assert starts[0] == (False, False)  # the first session has no earlier one to compare with
    assert starts[1:] == [(True, True)] * 5
    assert all(x == (False, False) for i, x in enumerate(got) if i % 3)  # inside a session: not a start
    # a person: sessions at 09:02, 11:41, 14:19, 20:55 (phases 2, 11, 19, 25 minutes)
    person = AccountSketch()
    res = [_at(person, obs, (h * 60 + m) * minute, i) for i, (h, m) in enumerate([(9, 2), (11, 41), (14, 19), (20, 55)])]
    assert res == [(False, False), (True, False), (True, False), (True, False)]
    # 9 minutes of silence is still the same session; 10 starts a new one
    quiet = AccountSketch()
    assert _at(quiet, obs, 0, 0) == (False, False)
    assert _at(quiet, obs, 9 * minute, 1) == (False, False)
    assert _at(quiet, obs, 19 * minute, 2) == (True, False)  # phase 19 min against 0: not locked


def test_waves_every_twenty_minutes_are_cadence_locked_whichever_waves_an_account_joins():
    """A cohort fired in waves every 20 minutes, each account joining some waves
    (2, 3 or 5 periods apart: 40, 60 and 100 minutes), up to 85 s late. The half
    hour alone saw only the 60-minute gaps."""
    obs = _observer()
    minute = 60_000
    waves = [0, 2, 5, 7, 10, 13, 15]
    cadence, half_hour = AccountSketch(), AccountSketch()
    starts = [(5 + 20 * w) * minute + (w * 12_000) % 85_000 for w in waves]
    got = [_at(cadence, obs, t, i, cadence=True) for i, t in enumerate(starts)]
    assert got == [(False, False)] + [(True, True)] * (len(waves) - 1)
    # the half hour locks only the gaps that are whole hours
    half = [_at(half_hour, obs, t, i)[1] for i, t in enumerate(starts)]
    assert half == [False, False, True, False, True, True, False]  # gaps 40, 60, 40, 60, 60, 40 minutes
    # 90 s is the tolerance either way of a whole number of periods; 2 minutes is not
    late = AccountSketch()
    assert _at(late, obs, 0, 0, cadence=True) == (False, False)
    assert _at(late, obs, 40 * minute + 90_000, 1, cadence=True) == (True, True)
    third = 80 * minute + 90_000 + 2 * minute
    assert _at(late, obs, third, 2, cadence=True) == (True, False)
    assert _at(late, obs, third + 150 * minute - 89_000, 3, cadence=True) == (True, True)  # 2 h 30: the half hour


def test_a_sketch_saved_with_the_half_hour_phase_restores_without_a_phase():
    """Entries written before the phase moved to the hour (13 fields, no period) say
    where in the half hour the last session began, not where in the hour: the
    restored account compares from its next session on."""
    obs = _observer()
    sk = AccountSketch()
    _at(sk, obs, 7 * 60_000, 0)
    data = sk.to_list()
    assert len(data) == 15 and AccountSketch.from_list(data).phase == sk.phase == 7 * 60_000
    assert AccountSketch.from_list(data[:14]).phase == sk.phase  # written before session 57 (no dataset items)
    old = data[:13]
    back = AccountSketch.from_list(old)
    assert back.phase == -1
    assert _at(back, obs, 37 * 60_000, 1) == (False, False)  # a session start with nothing to compare
    with pytest.raises(ValueError):
        AccountSketch.from_list(data + [0])
