"""Regression floors on the labelled sets: the dev set (../shared/devset) and the project's
own labels (corpora/gold, whose corpus documents live in ../shared).

The floors sit a little below the figures measured when they were set (see the README);
a change that drops below them has made extraction worse on real documents.
"""

from __future__ import annotations

import pytest

from policyie.evaluation.gold import GoldSourceMissing, load_gold
from policyie.evaluation.scoring import evaluate
from policyie.extraction.pipeline import Pipeline
from policyie.paths import GOLD_DIR, shared_missing, shared_root
from policyie.records import Document, LABELS

pytestmark = pytest.mark.shared

SHARED = shared_root()
needs_shared = pytest.mark.skipif(SHARED is None, reason=shared_missing())


def _report(paths):
    gold = load_gold(paths)
    pipe = Pipeline()
    preds = {g.doc_id: pipe.analyse(Document(g.doc_id, g.text, g.source)).mentions for g in gold}
    return evaluate(gold, preds)


@needs_shared
def test_devset_floor() -> None:
    report = _report([str(SHARED / "devset" / "devset.jsonl")])
    assert report.micro.strict.f1 >= 0.92
    for label in LABELS:
        row = report.label(label)
        assert row.strict.f1 >= 0.85, (label, row.strict)
    assert report.micro.value_accuracy >= 0.95


@needs_shared
def test_project_labels_floor() -> None:
    try:
        report = _report([str(GOLD_DIR)])
    except GoldSourceMissing as e:  # pragma: no cover - shared present but a file moved
        pytest.fail(str(e))
    assert report.micro.strict.f1 >= 0.88
    for label in LABELS:
        row = report.label(label)
        if row.counts.gold >= 20:  # a type with a handful of gold mentions gives no stable figure
            assert row.strict.f1 >= 0.80, (label, row.strict)
    assert report.micro.value_accuracy >= 0.95


@needs_shared
def test_all_labelled_sets_floor() -> None:
    """Every labelled set together (issue 8's bar: ≥ 0.93 strict micro-F1 over all of them;
    0.948 over 95 documents when this floor was set (values 888/892), 0.947 over 102 with gold-fresh5, 0.948 over 109 with gold-fresh6, 0.947 over 116 with gold-fresh7, 0.947 over 130 with gold-fresh8 and -9, 0.949 over 152 with gold-fresh12, 0.950 over 160 with gold-fresh13 (both once miscounted as 160 and 168), 0.951 over 168 with gold-fresh14)."""
    sets = [SHARED / "devset" / "devset.jsonl"] + sorted(p for p in GOLD_DIR.parent.glob("gold*") if p.is_dir())
    try:
        report = _report([str(p) for p in sets])
    except GoldSourceMissing as e:  # pragma: no cover - shared present but a file moved
        pytest.fail(str(e))
    assert report.micro.strict.f1 >= 0.93
    assert report.micro.value_accuracy >= 0.97
