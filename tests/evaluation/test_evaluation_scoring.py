"""Scoring: hand-made cases whose counts and scores are worked out here by hand."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyie.evaluation.gold import GoldDocument
from policyie.evaluation.scoring import Counterpart, ErrorItem, ValueMismatch, evaluate, values_match
from policyie.records import LABELS, Mention


def span(text: str, label: str, surface: str, normalized=None, source: str = "gold", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(label, start, start + len(surface), surface, normalized, source)


def doc(doc_id: str, text: str, *mentions: Mention) -> GoldDocument:
    return GoldDocument(doc_id=doc_id, text=text, meta={}, mentions=tuple(mentions), source="test")


STAFF = {"min": 10, "max": None, "unit": "名", "approx": False}
DUE = {"date": "2020-06-30", "precision": "month", "relation": "by", "recurring": False}

T1 = "县委组织部、县委编办负责，人员编制不少于10名，2020年6月底前完成。"
T2 = "按照“精简、统一、效能”的原则。"


@pytest.fixture
def case():
    g_org1 = span(T1, "ORG", "县委组织部")
    g_org2 = span(T1, "ORG", "县委编办")
    g_staff = span(T1, "STAFFING", "不少于10名", STAFF)
    g_due = span(T1, "DEADLINE", "2020年6月底前", DUE)
    g_pr = span(T2, "PRINCIPLE", "精简、统一、效能", ["精简", "统一", "效能"])
    gold = [doc("d1", T1, g_org1, g_org2, g_staff, g_due), doc("d2", T2, g_pr)]

    p_org1 = span(T1, "ORG", "县委组织部", source="org.dict")
    p_org2 = span(T1, "ORG", "委编办", source="org.suffix")           # inside 县委编办: partial
    p_spur = span(T1, "ORG", "负责", source="org.suffix")             # overlaps nothing
    p_staff = span(T1, "STAFFING", "不少于10名", {**STAFF, "extra": "ignored"}, source="staffing")
    p_due = span(T1, "DEADLINE", "2020年6月底前", {**DUE, "date": "2020-06-01"}, source="deadline")
    predictions = {"d1": [p_org1, p_org2, p_spur, p_staff, p_due],  # d2 absent: predicts nothing
                   "d9": [span(T2, "ORG", "精简", source="x")]}     # not in gold
    return gold, predictions


def test_counts_per_label(case):
    report = evaluate(*case)
    org = report.label("ORG").counts
    assert (org.gold, org.predicted, org.correct, org.partial, org.missed, org.spurious) == (2, 3, 1, 1, 0, 1)
    staff = report.label("STAFFING").counts
    assert (staff.gold, staff.predicted, staff.correct, staff.partial, staff.missed, staff.spurious) == (1, 1, 1, 0, 0, 0)
    pr = report.label("PRINCIPLE").counts
    assert (pr.gold, pr.predicted, pr.correct, pr.partial, pr.missed, pr.spurious) == (1, 0, 0, 0, 1, 0)
    micro = report.micro.counts
    assert (micro.gold, micro.predicted, micro.correct, micro.partial, micro.missed, micro.spurious) == (5, 5, 3, 1, 1, 1)
    assert report.documents == 2


def test_scores(case):
    report = evaluate(*case)
    org = report.label("ORG")
    # strict: P = 1/3, R = 1/2, F1 = 2·(1/3)(1/2)/(5/6) = 0.4
    assert org.strict.precision == pytest.approx(1 / 3)
    assert org.strict.recall == pytest.approx(0.5)
    assert org.strict.f1 == pytest.approx(0.4)
    # partial: (1 + 0.5·1) / 3 = 0.5, / 2 = 0.75, F1 = 2·0.5·0.75/1.25 = 0.6
    assert org.partial.precision == pytest.approx(0.5)
    assert org.partial.recall == pytest.approx(0.75)
    assert org.partial.f1 == pytest.approx(0.6)
    # nothing predicted for PRINCIPLE: precision undefined, recall and F1 zero
    pr = report.label("PRINCIPLE")
    assert (pr.strict.precision, pr.strict.recall, pr.strict.f1) == (None, 0.0, 0.0)
    # no gold, no predictions: all undefined
    title = report.label("DOC_TITLE")
    assert (title.strict.precision, title.strict.recall, title.strict.f1) == (None, None, None)
    # micro: strict 3/5 both ways; partial 3.5/5 both ways
    assert report.micro.strict.precision == pytest.approx(0.6)
    assert report.micro.strict.recall == pytest.approx(0.6)
    assert report.micro.strict.f1 == pytest.approx(0.6)
    assert report.micro.partial.precision == pytest.approx(0.7)
    assert report.micro.partial.recall == pytest.approx(0.7)
    assert report.micro.partial.f1 == pytest.approx(0.7)


def test_value_accuracy(case):
    report = evaluate(*case)
    # STAFFING matches (extra predicted key ignored); DEADLINE has the wrong date;
    # ORG gold has no values; PRINCIPLE was not matched.
    assert (report.label("STAFFING").value_total, report.label("STAFFING").value_correct) == (1, 1)
    assert report.label("DEADLINE").value_accuracy == 0.0
    assert report.label("ORG").value_accuracy is None
    assert (report.micro.value_total, report.micro.value_correct) == (2, 1)
    assert report.micro.value_accuracy == 0.5
    start = T1.index("2020年")
    assert report.value_errors == (
        ValueMismatch("d1", "DEADLINE", start, start + 9, "2020年6月底前", DUE,
                      {**DUE, "date": "2020-06-01"}, "deadline"),
    )


def test_error_lists(case):
    report = evaluate(*case)
    s_org2, s_p2, s_spur = T1.index("县委编办"), T1.index("委编办"), T1.index("负责")
    assert report.missed == (
        ErrorItem("d1", "ORG", s_org2, s_org2 + 4, "县委编办", "gold",
                  Counterpart(s_p2, s_p2 + 3, "委编办", "org.suffix")),
        ErrorItem("d2", "PRINCIPLE", 3, 11, "精简、统一、效能", "gold", None),
    )
    assert report.spurious == (
        ErrorItem("d1", "ORG", s_p2, s_p2 + 3, "委编办", "org.suffix",
                  Counterpart(s_org2, s_org2 + 4, "县委编办", "gold")),
        ErrorItem("d1", "ORG", s_spur, s_spur + 2, "负责", "org.suffix", None),
    )
    assert any("d9" in n and "not in the gold set" in n for n in report.notes)


def test_to_json_round_trips(case):
    data = json.loads(json.dumps(evaluate(*case).to_json(), ensure_ascii=False))
    assert data["micro"]["counts"] == {"gold": 5, "predicted": 5, "correct": 3, "partial": 1,
                                       "missed": 1, "spurious": 1}
    assert data["labels"]["ORG"]["strict"]["f1"] == pytest.approx(0.4)
    assert data["labels"]["PRINCIPLE"]["strict"]["precision"] is None
    assert data["value_errors"][0]["gold"] == DUE
    assert data["missed"][0]["overlap"] == {"start": T1.index("委编办"), "end": T1.index("委编办") + 3,
                                            "text": "委编办", "source": "org.suffix"}
    assert list(data["labels"]) == list(LABELS)


def test_one_prediction_over_two_gold_mentions():
    text = "abcdefgh"
    a, b = Mention("ORG", 0, 3, "abc"), Mention("ORG", 4, 7, "efg")
    p = Mention("ORG", 2, 6, "cdef", source="p")  # overlaps a by 1, b by 2
    report = evaluate([doc("d", text, a, b)], {"d": [p]})
    c = report.micro.counts
    assert (c.gold, c.predicted, c.correct, c.partial, c.missed, c.spurious) == (2, 1, 0, 1, 1, 0)
    # P = 0.5/1, R = 0.5/2
    assert report.micro.partial.precision == pytest.approx(0.5)
    assert report.micro.partial.recall == pytest.approx(0.25)
    assert report.micro.strict.precision == 0.0
    # the larger overlap wins: b is the partial, a is a pure miss
    assert [(e.start, e.overlap) for e in report.missed] == [(0, None), (4, Counterpart(2, 6, "cdef", "p"))]


def test_matching_is_maximal_not_greedy():
    # a prefers x (overlap 3 > 1), but b can only use x: the best matching is a–y, b–x.
    text = "abcdefgh"
    a, b = Mention("ORG", 0, 4, "abcd"), Mention("ORG", 4, 8, "efgh")
    x, y = Mention("ORG", 1, 5, "bcde"), Mention("ORG", 0, 1, "a")
    c = evaluate([doc("d", text, a, b)], {"d": [x, y]}).micro.counts
    assert (c.correct, c.partial, c.missed, c.spurious) == (0, 2, 0, 0)


def test_exact_beats_partial_and_duplicates_are_spurious():
    text = "abcdefgh"
    a = Mention("ORG", 0, 4, "abcd")
    report = evaluate([doc("d", text, a)], {"d": [a, a, Mention("ORG", 1, 3, "bc")]})
    c = report.micro.counts
    assert (c.gold, c.predicted, c.correct, c.partial, c.missed, c.spurious) == (1, 3, 1, 0, 0, 2)
    assert all(e.overlap is None for e in report.spurious)


def test_wrong_label_gets_no_credit_and_unknown_labels_get_a_row():
    text = "abcdefgh"
    report = evaluate([doc("d", text, Mention("ORG", 0, 4, "abcd"))],
                      {"d": [Mention("DOC_TITLE", 0, 4, "abcd"), Mention("FOO", 5, 6, "f")]})
    assert report.label("ORG").counts.missed == 1
    title = report.label("DOC_TITLE")
    assert (title.counts.spurious, title.strict.precision, title.strict.recall, title.strict.f1) == (1, 0.0, None, 0.0)
    assert report.labels[-1].label == "FOO"
    assert report.label("FOO").counts.spurious == 1


def test_offset_mismatch_is_noted():
    text = "abcdefgh"
    report = evaluate([doc("d", text, Mention("ORG", 0, 4, "abcd"))], {"d": [Mention("ORG", 0, 4, "wxyz", source="r")]})
    assert report.micro.counts.correct == 1  # scored by offsets
    assert any("do not match the gold text" in n for n in report.notes)


@pytest.mark.parametrize("gold, predicted, expected", [
    ({"min": 10, "max": None}, {"min": 10, "max": None, "extra": 1}, True),
    ({"min": 10, "max": None}, {"min": 10}, False),           # a missing key is not null
    ({"min": 10}, {"min": 10.0}, True),
    ({"approx": True}, {"approx": 1}, False),                 # JSON true is not 1
    (["精简", "统一"], ("精简", "统一"), True),                  # tuple becomes a list
    (["精简", "统一"], ["统一", "精简"], False),
    (["精简", "统一"], ["精简", "统一", "效能"], False),
    ({"a": {"b": 1}}, {"a": {"b": 1, "c": 2}}, True),          # nested: gold keys only
    ({"date": "2020-06-30"}, None, False),
    ({"issuer_code": "", "year": 2020}, {"issuer_code": "", "year": 2020, "number": 8}, True),
])
def test_values_match(gold, predicted, expected):
    assert values_match(gold, predicted) is expected


# --------------------------------------------------------------------------- properties

VALUES = st.one_of(
    st.none(),
    st.fixed_dictionaries({"min": st.one_of(st.none(), st.integers(0, 99)),
                           "max": st.one_of(st.none(), st.integers(0, 99)),
                           "unit": st.sampled_from(["名", "人"]), "approx": st.booleans()}),
    st.lists(st.text(min_size=1, max_size=3), max_size=3),
)


@st.composite
def gold_sets(draw):
    docs = []
    for n in range(draw(st.integers(1, 3))):
        text = draw(st.text(alphabet="县委编办组织部人民政府年月底前、。，ab\n", min_size=1, max_size=40))
        seen, mentions = set(), []
        for _ in range(draw(st.integers(0, 8))):
            start = draw(st.integers(0, len(text) - 1))
            end = draw(st.integers(start + 1, len(text)))
            label = draw(st.sampled_from(LABELS))
            if (label, start, end) in seen:
                continue
            seen.add((label, start, end))
            mentions.append(Mention(label, start, end, text[start:end], draw(VALUES), "gold"))
        docs.append(GoldDocument(f"doc{n}", text, {}, tuple(mentions), "test"))
    return docs


@settings(max_examples=150, deadline=None)
@given(gold_sets())
def test_gold_against_itself_is_perfect(gold):
    report = evaluate(gold, {g.doc_id: g.mentions for g in gold})
    n = sum(len(g.mentions) for g in gold)
    with_value = sum(m.normalized is not None for g in gold for m in g.mentions)
    assert report.micro.counts.correct == n
    if n:
        for scores in (report.micro.strict, report.micro.partial):
            assert (scores.precision, scores.recall, scores.f1) == (1.0, 1.0, 1.0)
    if with_value:
        assert report.micro.value_accuracy == 1.0
    assert report.missed == report.spurious == report.value_errors == ()


@settings(max_examples=150, deadline=None)
@given(gold_sets(), st.data())
def test_counts_add_up_for_any_predictions(gold, data):
    predictions = {}
    for g in gold:
        preds = []
        for m in g.mentions:
            shift = data.draw(st.integers(-2, 2))
            start = min(max(m.start + shift, 0), len(g.text) - 1)
            end = min(max(start + 1, m.end + data.draw(st.integers(-2, 2))), len(g.text))
            preds.append(Mention(m.label, start, end, g.text[start:end], None, "p"))
        predictions[g.doc_id] = preds
    report = evaluate(gold, predictions)
    for row in (*report.labels, report.micro):
        c = row.counts
        assert c.gold == c.correct + c.partial + c.missed
        assert c.predicted == c.correct + c.partial + c.spurious
        assert len([e for e in report.missed if row.label in (e.label, "micro")]) == c.gold - c.correct
        assert len([e for e in report.spurious if row.label in (e.label, "micro")]) == c.predicted - c.correct
        for s in (row.strict, row.partial):
            assert all(v is None or 0.0 <= v <= 1.0 for v in (s.precision, s.recall, s.f1))
        if row.strict.f1 is not None:
            assert row.strict.f1 <= row.partial.f1 + 1e-12
