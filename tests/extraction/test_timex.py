"""The time grammar (extraction/timex.py): its examples, its spans, and its normaliser
shared with the model validator."""

from __future__ import annotations

import doctest

from hypothesis import given, settings
from hypothesis import strategies as st

from policyie.extraction import timex
from policyie.extraction.extractors import deadline


def test_docstring_examples() -> None:
    for module in (timex, deadline):
        result = doctest.testmod(module)
        assert result.failed == 0, f"{module.__name__}: {result.failed} docstring examples fail"


_PIECES = ["2019年", "6月", "底前", "十五日内", "提前五天", "会议举行", "二十日前", "每年", "至", "上午9时", "，", "。",
           "第三季度", "年内", "完成", "“十三五”期间", "一个任期内", "长期", "7月", "12月", "\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_spans_are_slices_of_the_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    for t in timex.find_times(text, lambda _: 2020):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.relation in ("by", "during", "ongoing")
        if t.kind == "relative":
            assert t.date is None and t.n is not None and t.unit is not None
        elif t.kind in ("calendar", "range", "plan", "this_year"):
            assert t.date is not None


def test_read_span_reads_what_find_times_finds() -> None:
    cases = {
        "十五日内": ("during", None, "period"),
        "二十日前": ("by", None, "day"),
        "提前五天": ("by", None, "day"),
        "至迟不超过四个月": ("during", None, "period"),
        "2019年年底前": ("by", "2019-12-31", "year"),
        "6月3日下午2时至5时": ("during", "2020-06-03", "day"),
        "“十三五”期间": ("during", "2020-12-31", "period"),
        "长期": ("ongoing", None, "period"),
    }
    wrong = {}
    for span, want in cases.items():
        t = timex.read_span(span, 2020)
        got = None if t is None else (t.relation, t.date, t.precision)
        if got != want:
            wrong[span] = (want, got)
    assert not wrong, wrong


def test_read_span_refuses_partial_or_durational_spans() -> None:
    assert timex.read_span("3月内", 2020) is None  # reads as a duration
    assert timex.read_span("完成2019年底前", 2020) is None  # not one expression
    assert timex.read_span("6月", None) is None  # no year to date it
