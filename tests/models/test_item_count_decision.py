"""ITEM_COUNT's learned decision: the weights file, its training and the extractor's use of it."""

from __future__ import annotations

import json
import math

import pytest

from policyie.extraction.context import Context
from policyie.extraction.extractors import item_count as IC
from policyie.extraction.linear import LinearDecision
from policyie.models import item_count as M
from policyie.paths import REPO_ROOT, shared_missing, shared_root
from policyie.records import Document

SHIPPED = REPO_ROOT / "extraction" / "resources" / IC.DECISION_FILE


def test_linear_decision_reads_its_json_back():
    d = LinearDecision({"a2=事项": 1.5, "RULE": 2.0}, bias=-1.0, threshold=0.4, meta={"c": 3})
    back = LinearDecision.from_json(json.loads(json.dumps(d.to_json())))
    assert back == d and back.meta == {"c": 3}
    assert back.probability({"a2=事项": 1.0, "RULE": 1.0}) > 0.9
    assert back.probability({"unknown": 1.0}) == pytest.approx(1 / (1 + math.exp(1.0)))


def test_candidate_rows_carry_the_gold_and_the_rules_answer():
    text = "设置工作机构7个，新建项目5个，涵盖81项事项。"
    rows = M.candidate_rows([M._Doc("d", text, ((6, 8), (18, 21)))], "set")
    assert [(r.text, r.rules_keep, r.gold) for r in rows] == [("7个", True, True), ("5个", False, False),
                                                              ("81项", True, True)]
    assert all(r.features["RULE"] == float(r.rules_keep) for r in rows)
    # a gold count the candidates never hold is kept as a row without features (always missed)
    rows = M.candidate_rows([M._Doc("d", text, ((0, 2),))], "set")
    assert [(r.text, r.features) for r in rows if r.gold] == [("设置", None)]


def _synthetic_rows():
    """Counts of 事项 are item counts, counts of 项目 not, whatever the rules say."""
    docs = []
    for i in range(40):
        n = i + 2
        text = f"梳理{n}项事项，实施{n}个项目，明确{n}项事项。"
        spans = tuple((m.start(), m.end()) for m in __import__("re").finditer(rf"{n}项(?=事项)", text))
        docs.append((f"set{i % 4}", M._Doc(f"d{i}", text, spans)))
    rows = []
    for group, d in docs:
        rows += M.candidate_rows([d], group)
    return rows


def test_fit_and_leave_sets_out_cross_validation_learn_a_pattern():
    rows = _synthetic_rows()
    cv = M.cross_validate(rows, folds=4)
    assert cv["sets"] == 4 and cv["threshold"] in M.THRESHOLDS
    assert cv["model"][cv["threshold"]]["f1"] == 1.0
    model = M.fit(rows, threshold=0.5)
    yes = next(r for r in rows if r.gold)
    no = next(r for r in rows if not r.gold)
    assert model.probability(yes.features) > 0.5 > model.probability(no.features)


def test_the_extractor_falls_back_to_the_rules_without_a_decision(monkeypatch):
    text = "乡镇设置工作机构7个，实施城建项目77个。"
    monkeypatch.setattr(IC, "learned_decision", lambda: None)
    got = [(m.text, m.source) for m in IC.extract(Context(Document("d", text)))]
    assert got == [("7个", "item_count.个")]


def test_the_decision_can_keep_a_count_the_rules_leave(monkeypatch):
    text = "实施城建项目77个。"
    always = LinearDecision({}, bias=5.0, threshold=0.5)
    monkeypatch.setattr(IC, "learned_decision", lambda: always)
    assert [(m.text, m.source) for m in IC.extract(Context(Document("d", text)))] == [("77个", "item_count.learned.个")]
    never = LinearDecision({}, bias=-5.0, threshold=0.5)
    monkeypatch.setattr(IC, "learned_decision", lambda: never)
    # a count a measure sets up stays whatever the decision says (设置工作机构7个 is the guidelines' own case)
    assert [m.text for m in IC.extract(Context(Document("d", "设置7个工作机构，梳理职责163项。")))] == ["7个"]


def test_the_shipped_decision_names_what_it_was_trained_on():
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    meta = data["meta"]
    sets = {p.name for p in REPO_ROOT.joinpath("corpora").glob("gold*") if any(p.glob("*.jsonl"))}
    assert sets <= set(meta["trained_on"]) and not meta["left_out"]
    cv = meta["cv"]
    assert cv["learned"]["f1"] > cv["rules"]["f1"]  # the reason it is shipped
    assert 0 < data["threshold"] < 1 and len(data["weights"]) > 1000


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.skipif(shared_root() is None, reason=shared_missing())
def test_training_reproduces_the_shipped_weights(tmp_path):
    assert M.train_cli(tmp_path, log=lambda s: None) == 0
    assert (tmp_path / IC.DECISION_FILE).read_text(encoding="utf-8") == SHIPPED.read_text(encoding="utf-8")
