"""The corpus helper itself: it reports every failing example, not only the first."""

from __future__ import annotations

import pytest

from corpus import ANY, check_corpus, ex, exs, neg, value_matches
from policyie.records import Mention


class _FakePipeline:
    """Finds '3名' wherever it occurs, with a fixed value."""

    def mentions(self, document, ref_date):
        text = document.text
        i = text.find("3名")
        if i < 0:
            return []
        return [Mention("STAFFING", i, i + 2, "3名", {"min": 3, "max": 3, "unit": "名", "approx": False}, "fake")]


def test_every_failure_is_listed():
    examples = [
        ex("配备3名干部。", "3名", {"min": 3, "max": 3}),            # passes
        ex("配备4名干部。", "4名", {"min": 4, "max": 4}),            # missed
        ex("配备3名干部。", "3名", {"min": 3, "max": None}),         # wrong value
        ex("配备不少于3名干部。", "不少于3名", ANY),                 # wrong span
        exs("书记3名，副书记3名。", [("3名", ANY), ("3名", ANY)]),   # second one missed
        ex("配备3名干部。", "5名"),                                  # bad example
    ]
    negatives = [neg("人口3名"), neg("人口3万")]                     # first fails
    failures = check_corpus(_FakePipeline(), "STAFFING", examples, negatives)
    assert len(failures) == 6, "\n".join(failures)
    assert "配备4名干部" in failures[0] and "got:      nothing" in failures[0]
    assert "BAD EXAMPLE" in failures[4]
    assert "[negative] '人口3名'" in failures[5]


@pytest.mark.parametrize("expected, got, ok", [
    (ANY, None, True),
    ({"min": 3}, {"min": 3, "max": None}, True),
    ({"min": 3, "max": None}, {"min": 3}, False),
    ({"approx": True}, {"approx": 1}, False),
    ({"max": 1}, {"max": True}, False),
    (["a", "b"], ("a", "b"), True),
    (["a", "b"], ["a"], False),
    (None, None, True),
])
def test_value_matches(expected, got, ok):
    assert value_matches(expected, got) is ok
