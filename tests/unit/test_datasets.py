"""Public-dataset index (core.datasets): which item of a known question set a
prompt quotes, and whether an account walks a slice of a set (the
dataset_slice_ratio feature), on the repository's sample of the public sets."""
from __future__ import annotations

import random
from pathlib import Path

import orjson
import pytest

from enforcer.contracts import parse_event
from enforcer.core.account_sketch import WALK_ITEMS, AccountSketch
from enforcer.core.datasets import DatasetIndex, radius_for
from enforcer.core.engine import Engine, EngineConfig
from enforcer.rules.loader import load_rules

SAMPLE = Path(__file__).parents[2] / "enforcer" / "sim" / "sample_prompts"


def _items(name: str) -> list[str]:
    return [orjson.loads(line)["text"] for line in (SAMPLE / f"{name}.jsonl").read_bytes().splitlines() if line]


GSM = _items("task_gsm8k")
MATH = _items("task_math")
CHAT = _items("benign_arena_hard_prompts")


@pytest.fixture(scope="module")
def index() -> DatasetIndex:
    return DatasetIndex.build({"gsm8k": GSM, "math": MATH})


def _typo(text: str) -> str:
    """One word misspelt, in the middle."""
    words = text.split()
    i = len(words) // 2
    words[i] = words[i][::-1] + "x"
    return " ".join(words)


def test_a_quoted_item_is_found_wrapped_lower_cased_or_mostly_with_a_typo(index):
    found = [index.lookup(q) for q in GSM[:40]]
    assert sum(c >= 0 for c in found) >= 36  # a few short or repeated items get no keys
    for i, q in enumerate(GSM[:40]):
        if found[i] < 0:
            continue
        assert found[i] == i and index.name(found[i]) == "gsm8k"
        assert index.lookup(f"Explain each step please, my exam is tomorrow:\n\n{q}\n\nShow your work.") == i
        assert index.lookup(q.lower()) == i
    # one misspelt word breaks up to three 3-grams: an item whose keys sit
    # there is missed (the short ones, mostly)
    typo = [index.lookup(_typo(q)) == i for i, q in enumerate(GSM[:40]) if found[i] >= 0]
    assert sum(typo) >= 0.8 * len(typo)
    m = index.lookup(MATH[7])
    assert m >> 24 == 1 and m & 0xFFFFFF == 7 and index.name(m) == "math"


def test_chat_paraphrases_and_questions_of_other_sets_are_not_items(index):
    assert all(index.lookup(c) < 0 for c in CHAT)
    # a paraphrase: the same question in other words (here: its words reversed)
    assert all(index.lookup(" ".join(reversed(q.split()))) < 0 for q in GSM[:40])
    assert index.lookup("") < 0 and index.lookup("hi") < 0


def test_neighbours_are_nearby_items_of_one_set_never_the_same_item(index):
    a, b = index.lookup(GSM[10]), index.lookup(GSM[11])
    assert index.near(a, b) and index.near(b, a)
    assert not index.near(a, a)  # asking a question again walks nowhere
    assert not index.near(a, index.lookup(GSM[30]))
    assert not index.near(a, index.lookup(MATH[11]))  # another set, same position


def test_the_file_form_round_trips_and_damage_is_refused(index):
    data = index.to_bytes()
    back = DatasetIndex.from_bytes(data)
    assert back.table == index.table and back.datasets == index.datasets
    assert all(back.lookup(q) == index.lookup(q) for q in GSM + MATH)
    assert b"Janet" not in data and b"apples" not in data  # hashes and positions, no text
    for bad in (b"", b"hello\n", data[:-3], data[:-4], data + b"\x00" * 4, data.replace(b'"xxh32"', b'"md5"')):
        with pytest.raises(ValueError):
            DatasetIndex.from_bytes(bad)


def _walk_ratio(index: DatasetIndex, codes: list[int]) -> float:
    sk = AccountSketch()
    items = [c for c in codes if c >= 0]
    return sum(sk.walk(c, index)[0] for c in items) / len(items)


def test_a_shard_walked_shuffled_reads_as_a_slice_and_random_picks_do_not(index):
    rnd = random.Random(7)
    shard = list(range(40, 56))
    assert _walk_ratio(index, [index.lookup(GSM[i]) for i in shard]) >= 0.9  # in order: all but the first
    rnd.shuffle(shard)
    # shuffled within the shard: an item lands next to one already asked more
    # often as the shard fills (radius 1 here; 2-4 on the full sets)
    assert _walk_ratio(index, [index.lookup(GSM[i]) for i in shard]) >= 0.6
    picks = rnd.sample(range(len(GSM)), 16)
    assert _walk_ratio(index, [index.lookup(GSM[i]) for i in picks]) < 0.5
    # one question asked again and again: not a walk
    assert _walk_ratio(index, [index.lookup(GSM[3])] * 10) == 0.0


def test_a_return_is_an_item_asked_again_after_another_of_its_set(index):
    sk = AccountSketch()
    g = [index.lookup(q) for q in GSM[40:44]]
    m = index.lookup(MATH[5])
    assert min(g) >= 0 and m >= 0
    assert sk.walk(g[0], index) == (False, False)
    assert sk.walk(g[0], index) == (False, False)  # asked again straight away: a retry, a second language
    assert sk.walk(m, index) == (False, False)
    assert sk.walk(g[0], index) == (False, False)  # another set's item between: two sets walked at once
    assert sk.walk(g[1], index) == (True, False)
    assert sk.walk(g[0], index) == (True, True)  # back to it after its neighbour: a student's return
    assert sk.items[-1] == g[0]  # the last asked at the end: what follows an item was asked after it
    assert sk.walk(g[0], index) == (True, False)
    assert sk.walk(g[3], index) == (False, False)


def test_small_sets_get_a_radius_floor_and_the_shipped_index_follows_it():
    # 1/2000 of the set, at least 1; a floor of 4 from 1,024 items on, size // 256 below
    assert [radius_for(n) for n in (164, 252, 500, 974, 1024, 1550, 5000, 8792, 20_000)] == [1, 1, 1, 3, 4, 4, 4, 4, 10]
    shipped = DatasetIndex.from_bytes((Path(__file__).parents[2] / "rules" / "public-sets.idx").read_bytes())
    assert all(d.radius == radius_for(d.size) for d in shipped.datasets)
    assert {d.name: d.radius for d in shipped.datasets}["arena_hard"] == 4


def test_the_sketch_keeps_its_last_items_distinct_and_restores_them(index):
    sk = AccountSketch()
    for i in list(range(30)) + [29, 29]:
        sk.walk(index.lookup(GSM[i]) if index.lookup(GSM[i]) >= 0 else i, index)
    assert len(sk.items) == WALK_ITEMS and len(set(sk.items)) == WALK_ITEMS
    data = orjson.loads(orjson.dumps(sk.to_list()))
    assert len(data) == 15 and AccountSketch.from_list(data).items == sk.items
    assert AccountSketch.from_list(data[:14]).items is None  # written before session 57


RULE = """
rules:
  - name: slice-walker
    description: walks a slice of a public set
    when: dataset_items_24h >= 4 && dataset_slice_ratio_24h >= 0.7
    action: {type: challenge, ttl: 1h}
dataset_index: sets.idx
"""


def test_the_engine_reads_the_index_from_the_rules_and_acts_on_a_walker_only(tmp_path, index):
    (tmp_path / "sets.idx").write_bytes(index.to_bytes())
    (tmp_path / "rules.yaml").write_text(RULE)
    rules = load_rules(tmp_path)
    assert rules.datasets is not None and rules.datasets.table == index.table
    eng = Engine(rules, EngineConfig())
    rnd = random.Random(3)
    walker = list(range(60, 72))  # its shard, in order
    picker = rnd.sample(range(len(GSM)), 12)
    t0 = 1_793_613_600_000
    decisions = []
    for n, (w, p) in enumerate(zip(walker, picker)):
        for acct, i in (("walker", w), ("picker", p)):
            ev = {"event_id": f"{acct}{n}", "ts": t0 + n * 600_000, "account_id": acct, "prompt_tokens": 60,
                  "completion_tokens": 500, "prompt": f"Solve this and explain each step:\n{GSM[i]}"}
            decisions += eng.process(parse_event(orjson.dumps(ev))).decisions
    assert {d.account_id for d in decisions} == {"walker"}
    assert decisions[0].rule == "slice-walker"
    # the digest names the index: another index is another rule set
    (tmp_path / "sets.idx").write_bytes(DatasetIndex.build({"gsm8k": GSM[:50]}).to_bytes())
    assert load_rules(tmp_path).digest != rules.digest


def test_the_fingerprint_finds_the_same_item_from_its_own_shingles(index):
    from enforcer.core.sketches import Fingerprinter, SketchConfig

    fp = Fingerprinter(SketchConfig(), datasets=index)
    texts = GSM + MATH + CHAT + [f"Explain step by step:\n{q}" for q in MATH]
    assert [fp.fingerprint(t).item for t in texts] == [index.lookup(t) for t in texts]
    assert Fingerprinter(SketchConfig()).fingerprint(GSM[0]).item == -1  # no index, no lookup
    with pytest.raises(ValueError):
        Fingerprinter(SketchConfig(shingle=2), datasets=index)


LOCAL_RULE = (Path(__file__).parents[1] / "fixtures" / "local_item_rules" / "rules.yaml").read_text()


def _engine(tmp_path, index, text: str) -> Engine:
    (tmp_path / "sets.idx").write_bytes(index.to_bytes())
    (tmp_path / "rules.yaml").write_text(text)
    return Engine(load_rules(tmp_path), EngineConfig())


def _class_and_walker(eng: Engine) -> list:
    """Five students behind one NAT ask the same sheet one after another, a
    walker asks its own slice from home, a sixth student asks the sheet from
    home; ten items each, one every 15 minutes."""
    t0 = 1_793_613_600_000
    decisions = []
    for n, item in enumerate(range(10, 20)):
        sends = [(f"student{s}", "81.2.69.17", item) for s in range(5)]
        sends += [("walker", "73.41.8.9", 60 + n), ("home-student", "92.5.41.8", item)]
        for k, (acct, ip, i) in enumerate(sends):
            ev = {"event_id": f"{acct}{n}", "ts": t0 + n * 900_000 + k * 30_000, "account_id": acct, "ip": ip,
                  "prompt_tokens": 60, "completion_tokens": 500, "prompt": f"Help me with this one:\n{GSM[i]}"}
            decisions += eng.process(parse_event(orjson.dumps(ev))).decisions
    return decisions


def test_items_a_class_asks_behind_one_nat_count_as_local_and_a_walkers_do_not(tmp_path, index):
    eng = _engine(tmp_path, index, LOCAL_RULE)
    assert eng.rules.local_items
    decisions = _class_and_walker(eng)
    # The first two students to reach each item see it unshared (the item's
    # group tells its accounts when the second one asks); from the third on,
    # the class reads 1. The walker's items are its own, and the student at
    # home is on another network: both read 0.
    first = {d.account_id: d for d in reversed(decisions)}
    assert set(first) == {"walker", "home-student", "student0", "student1"}
    assert all(d.rule == "lone-slice-walker" for d in decisions)
    assert first["walker"].evidence["dataset_local_ratio_24h"] == 0.0
    kinds = {kind for kind, _ in eng.group.groups.groups}
    assert "dataset_item" in kinds
    # Without the clause the class is a walker too: what the feature spares.
    eng2 = _engine(tmp_path, index, LOCAL_RULE.replace(" && dataset_local_ratio_24h < 0.2", ""))
    assert {d.account_id for d in _class_and_walker(eng2)} == set(first) | {"student2", "student3", "student4"}


def test_item_groups_are_kept_only_while_a_rule_reads_local_items_or_is_scoped_to_them(tmp_path, index):
    eng = _engine(tmp_path, index, RULE)
    assert not eng.rules.local_items
    _class_and_walker(eng)
    assert not any(kind == "dataset_item" for kind, _ in eng.group.groups.groups)
    # A rule on the groups themselves keeps them too.
    scoped = RULE.replace("slice-walker\n", "class-sheet\n    scope: dataset_item\n", 1).replace(
        "dataset_items_24h >= 4 && dataset_slice_ratio_24h >= 0.7", "accounts_24h >= 50")
    eng2 = _engine(tmp_path, index, scoped)
    assert eng2.rules.local_items
    _class_and_walker(eng2)
    assert any(kind == "dataset_item" for kind, _ in eng2.group.groups.groups)
