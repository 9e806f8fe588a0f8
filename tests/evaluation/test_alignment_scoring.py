"""Alignment scoring on hand-made gold and predictions: counts, figures and the error lists;
gold files that cannot be read give one message naming the file and the line."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from policyie.evaluation.alignment import AlignmentGoldError, load_alignment_gold, score_alignment

GOLD = {"pair_id": "p1", "family": "社区服务条例",
        "doc_a": {"path": "a.txt", "sha256": "ha"}, "doc_b": {"path": "b.txt", "sha256": "hb"},
        "links": [{"a": [0, 10], "b": [0, 12], "relation": "duplicate", "fields": []},
                  {"a": [10, 30], "b": [12, 40], "relation": "same-measure",
                   "fields": [{"field": "deadline", "a": "十五日内", "b": "十个工作日内"}]},
                  {"a": [30, 50], "b": [40, 60], "relation": "same-measure",
                   "fields": [{"field": "bodies", "a": "", "b": "财政局"}]}]}


def _write(tmp_path, *records, raw: str | None = None):
    p = tmp_path / "gold.jsonl"
    p.write_text(raw if raw is not None else "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                 encoding="utf-8")
    return p


def _pairs(rows):
    cols = ["doc_key_a", "doc_key_b", "start_a", "end_a", "start_b", "end_b", "relation", "text_a", "text_b"]
    return pd.DataFrame(rows, columns=cols)


def test_counts_by_relation_and_the_lists(tmp_path):
    gold = load_alignment_gold(_write(tmp_path, GOLD))
    keys = {"ha": "A", "hb": "B"}
    pred = _pairs([
        ("A", "B", 0, 10, 0, 12, "duplicate", "x", "y"),           # right, relation right
        ("B", "A", 12, 40, 10, 30, "duplicate", "y", "x"),         # right (other way round), relation wrong
        ("A", "B", 50, 60, 60, 70, "same-measure", "x2", "y2"),    # false
        ("A", "C", 0, 10, 0, 12, "duplicate", "x", "z"),           # not a gold document pair: not counted
    ])
    div = pd.DataFrame([
        {"doc_key_a": "B", "doc_key_b": "A", "unit_start_a": 12, "unit_end_a": 40, "unit_start_b": 10,
         "unit_end_b": 30, "field": "deadline", "value_a": "十个工作日内", "value_b": "十五日内"},
        {"doc_key_a": "A", "doc_key_b": "B", "unit_start_a": 0, "unit_end_a": 10, "unit_start_b": 0,
         "unit_end_b": 12, "field": "staffing", "value_a": "1名", "value_b": "2名"},
    ])
    sc = score_alignment(gold, keys, pred, div)
    assert sc.n_pred == 3 and sc.correct["strict"] == 2
    assert sc.precision() == pytest.approx(2 / 3)
    assert sc.recall("duplicate") == 1.0 and sc.recall("same-measure") == 0.5
    assert sc.relation_right == 1
    assert [m["a"] for m in sc.missed] == [[30, 50]]
    assert [s["a"] for s in sc.spurious] == [[50, 60]]
    # divergences: the deadline is found (the flipped row is read the right way round), the bodies missed,
    # the staffing row is a false report
    assert sc.fields_found["deadline"] == 1 and sc.fields_correct["deadline"] == 1
    assert [m["field"] for m in sc.missed_fields] == ["bodies"]
    assert [(s["field"], s["value_a"]) for s in sc.spurious_fields] == [("staffing", "1名")]
    j = sc.to_json()
    assert j["divergences"]["per_field"]["deadline"]["recall"] == 1.0
    # core fields (staffing, deadline, bodies, principle): 1 of 2 gold found, 1 of 2 reports right
    assert j["divergences"]["core_recall"] == 0.5 and j["divergences"]["core_precision"] == 0.5


def test_partial_matching_counts_overlaps(tmp_path):
    gold = load_alignment_gold(_write(tmp_path, GOLD))
    sc = score_alignment(gold, {"ha": "A", "hb": "B"}, _pairs([("A", "B", 2, 8, 0, 30, "duplicate", "", "")]))
    assert sc.correct["strict"] == 0 and sc.correct["partial"] == 1


@pytest.mark.parametrize("raw, message", [
    ("", "no document pairs"),
    ("{not json\n", "gold.jsonl:1: not JSON"),
    (json.dumps({**GOLD, "links": [{**GOLD["links"][0], "relation": "copy"}]}) + "\n", "gold.jsonl:1: unknown relation 'copy'"),
    (json.dumps({**GOLD, "links": [{**GOLD["links"][0], "a": [5, 2]}]}) + "\n", "gold.jsonl:1: a span must be"),
    ("\n" + json.dumps({k: v for k, v in GOLD.items() if k != "doc_b"}) + "\n", "gold.jsonl:2: missing or malformed key"),
])
def test_bad_gold_files(tmp_path, raw, message):
    with pytest.raises(AlignmentGoldError, match=message.replace("(", r"\(")):
        load_alignment_gold(_write(tmp_path, raw=raw))
    assert "no such gold file" in str(pytest.raises(AlignmentGoldError, load_alignment_gold, tmp_path / "none").value)
