"""The shared dev set through the gold reader and the scorer."""

from __future__ import annotations

from collections import Counter

import pytest

from policyie.evaluation.scoring import evaluate
from policyie.records import check_mentions

pytestmark = pytest.mark.shared


def test_devset_loads(devset):
    assert len(devset) == 4
    assert sum(len(d.mentions) for d in devset) == 453
    # the counts the dev set's README states
    assert Counter(m.label for d in devset for m in d.mentions) == {
        "ORG": 331, "DEADLINE": 33, "DOC_TITLE": 31, "PRINCIPLE": 16, "ITEM_COUNT": 18,
        "STAFFING": 15, "DOC_NO": 9}
    for d in devset:
        check_mentions(d.text, d.mentions, where=d.doc_id)


def test_devset_against_itself(devset):
    report = evaluate(devset, {d.doc_id: d.mentions for d in devset})
    assert (report.micro.strict.f1, report.micro.partial.f1, report.micro.value_accuracy) == (1.0, 1.0, 1.0)
    assert report.micro.counts.correct == 453
