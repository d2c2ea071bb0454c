"""Labels in the forms a labelled traffic set comes in, all read the same way."""
from __future__ import annotations

import pytest

from enforcer.labels import LabelsError, load_labels, parse_labels

WANT = {"a1": "attack", "b2": "benign"}


def _kinds(labels):
    return {a: v["label"] for a, v in labels.items()}


@pytest.mark.parametrize("text", [
    b'{"a1": {"label": "attack", "population": "hydra", "campaign": "c1"}, "b2": {"label": "benign"}}',
    b'{"a1": "attack", "b2": "benign"}',
    b'{"a1": true, "b2": false}',
    b'{"a1": 1, "b2": 0}',
    b'[{"account_id": "a1", "label": "malicious"}, {"account_id": "b2", "label": "legit"}]',
    b'{"account_id": "a1", "label": "campaign"}\n{"account_id": "b2", "label": "normal"}\n',
    b'{"account": "a1", "is_attack": true}\n{"account": "b2", "is_attack": false}',
    b"account_id,label,population\na1,attack,hydra\nb2,benign,students\n",
    b"\xef\xbb\xbfid,class\r\na1,Distillation\r\nb2,Benign\r\n",
])
def test_every_form_reads_to_the_same_labels(text):
    assert _kinds(parse_labels(text)) == WANT


def test_populations_and_campaigns_are_kept_or_defaulted():
    ours = parse_labels(b'{"a1": {"label": "attack", "population": "hydra", "campaign": "c1"}}')
    assert ours["a1"] == {"label": "attack", "population": "hydra", "campaign": "c1"}
    plain = parse_labels(b'{"a1": "attack"}')
    assert plain["a1"] == {"label": "attack", "population": "attack", "campaign": None}


@pytest.mark.parametrize("text, message", [
    (b'{"a1": "maybe"}', "account 'a1': label 'maybe'"),
    (b'[{"account_id": "a1"}]', "account 'a1': no label field"),
    (b'[{"label": "attack"}]', "row 1: no account id"),
    (b"", "empty labels file"),
    (b"{not json\n", "neither JSON nor JSON Lines"),
])
def test_a_misread_file_is_an_error_not_a_wrong_report(text, message):
    with pytest.raises(LabelsError, match=message):
        parse_labels(text)


def test_load_names_the_file(tmp_path):
    p = tmp_path / "l.json"
    p.write_bytes(b'{"a1": "perhaps"}')
    with pytest.raises(LabelsError, match=f"{p}: account 'a1'"):
        load_labels(p)
