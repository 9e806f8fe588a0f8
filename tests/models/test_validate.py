"""The validator: model proposes, the normalisers validate (no value, no mention)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyie.models.validate import VALUE_LABELS, Validator, validate
from policyie.records import LABELS, Document, check_mentions

TEXT = ("到2020年，全面完成改革。累计招聘507人，人员编制不少于10名，至少配备2名。梳理乡镇职责163项。"
        "按照“依法下放、宜放则放”原则。根据冀办字〔2020〕5号，制定《兴隆县乡镇行政处罚事项清单》。"
        "应当在十五日内作出决定。每年6月底和12月底前报送。县委编办牵头，各乡镇党委负责，干部。"
        "完成时限:长期。2021年至2023年。“十三五”期间。2月30日前。")


@pytest.fixture(scope="module")
def v() -> Validator:
    return Validator(Document("d", TEXT), "2020-04-26", words=_words())


def _at(s: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(s, i + 1)
    return i, i + len(s)


# (label, surface, expected value or a key: value subset); None: must be rejected
ACCEPT = [
    ("DEADLINE", "2020年", {"date": "2020-12-31", "precision": "year", "relation": "by"}),
    ("DEADLINE", "十五日内", {"date": None, "precision": "period", "relation": "during"}),
    ("DEADLINE", "每年6月底和12月底前", {"date": "2020-12-31", "recurring": True}),
    ("DEADLINE", "长期", {"relation": "ongoing"}),
    ("DEADLINE", "2021年至2023年", {"date": "2023-12-31", "relation": "during"}),
    ("DEADLINE", "“十三五”期间", {"date": "2020-12-31", "relation": "during"}),
    ("STAFFING", "507人", {"min": 507, "max": 507, "unit": "人"}),
    ("STAFFING", "不少于10名", {"min": 10, "max": None}),
    ("STAFFING", "2名", {"min": 2, "max": None}),  # 至少配备2名: the separated comparator keeps its meaning
    ("ITEM_COUNT", "163项", {"value": 163, "unit": "项"}),
    ("PRINCIPLE", "依法下放、宜放则放", ["依法下放", "宜放则放"]),
    ("DOC_NO", "冀办字〔2020〕5号", {"issuer_code": "冀办字", "year": 2020, "number": 5}),
    ("DOC_TITLE", "兴隆县乡镇行政处罚事项清单", None),
    ("ORG", "县委编办", None),
]

REJECT = [
    ("DEADLINE", "2月30日前"),  # no such date: no value, no mention
    ("DEADLINE", "全面完成"),
    ("STAFFING", "507"),  # no measure word
    ("STAFFING", "163项"),  # a measure word of another type
    ("ITEM_COUNT", "507人"),
    ("PRINCIPLE", "“依法下放、宜放则放”原则"),
    ("DOC_NO", "〔2020〕5"),
    ("DOC_TITLE", "兴隆县乡镇"),  # not the whole title inside 《》
    ("DOC_TITLE", "《兴隆县乡镇行政处罚事项清单》"),
    ("ORG", "乡镇党委负责"),  # does not end in a body head
    ("ORG", "各乡镇党委"),  # vague
    ("ORG", "干部"),  # a look-alike of 部
    ("ORG", "牵头，各乡镇党委"),  # punctuation inside
    ("ORG", "委编办"),  # starts inside a word (县委编办)
    ("STAFFING", "07人"),  # starts inside a number (507人)
    ("DEADLINE", "020年"),
    ("PRINCIPLE", "全面完成改革"),  # nothing calls it a principle
    ("PRINCIPLE", "依法下放"),  # only part of the quoted formula
]


@pytest.mark.parametrize("label,surface,expected", ACCEPT)
def test_accepts_with_value(v: Validator, label: str, surface: str, expected) -> None:
    s, e = _at(surface)
    m = v.check(label, s, e, source="model.test")
    assert m is not None, (label, surface)
    assert m.text == surface and m.source == "model.test"
    if isinstance(expected, dict):
        for k, val in expected.items():
            assert m.normalized[k] == val, (surface, k, m.normalized)
    else:
        assert m.normalized == expected
    if label in VALUE_LABELS:
        assert m.normalized is not None


@pytest.mark.parametrize("label,surface", REJECT)
def test_rejects(v: Validator, label: str, surface: str) -> None:
    s, e = _at(surface)
    assert v.check(label, s, e) is None, (label, surface)


def test_rule_span_takes_the_rule_value(v: Validator) -> None:
    # the rules found this span themselves: the value is the rule's
    s, e = _at("不少于10名")
    assert (s, e) in v.rule_mentions("STAFFING")
    assert v.check("STAFFING", s, e).normalized == v.rule_mentions("STAFFING")[(s, e)].normalized


def test_bad_spans_are_rejected(v: Validator) -> None:
    n = len(TEXT)
    for label, s, e in [("ORG", -1, 3), ("ORG", 5, 5), ("ORG", 3, n + 1), ("NOPE", 0, 3), ("ORG", 8, 7)]:
        assert v.check(label, s, e) is None


def test_reference_date_from_the_document_when_not_given() -> None:
    text = "2019年工作要点。6月底前完成。"
    v = Validator(Document("d", text), None, words=_words())
    s = text.index("6月底前")
    m = v.check("DEADLINE", s, s + 4)
    assert m is not None and m.normalized["date"] == "2019-06-30"


_WORDS = []


def _words():
    if not _WORDS:
        from policyie.extraction.words import WordSegmenter

        _WORDS.append(WordSegmenter())
    return _WORDS[0]


@given(st.text(alphabet=st.sampled_from(list("组建县委编办局10名年月底前《》、，𠀀 ")), max_size=40),
       st.sampled_from(LABELS), st.integers(-2, 45), st.integers(-2, 45))
@settings(max_examples=300, deadline=None)
def test_any_proposal_gives_a_valid_mention_or_none(text: str, label: str, s: int, e: int) -> None:
    ms = validate(Document("d", text), [(label, s, e)], "2020", words=_words())
    check_mentions(text, ms)
    for m in ms:
        assert (m.start, m.end) == (s, e)
        if m.label in VALUE_LABELS:
            assert m.normalized is not None
