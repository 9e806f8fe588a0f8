"""Property tests: for any text, extraction and segmentation keep their contracts.

Texts mix CJK characters drawn from the bundled samples (so jieba and the rules see
realistic words) with digits, the punctuation the rules key on, newlines and fragments
that trigger the extractors (名, 项, 月底前, 原则, 〔2020〕, 《…》, 一、 …).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policyie import paths
from policyie.extraction.segment import segment
from policyie.records import LABELS, Document, check_span


def _sample_alphabet(n: int = 600) -> list[str]:
    counts: Counter[str] = Counter()
    for p in sorted(paths.SAMPLES_DIR.glob("*.txt")):
        counts.update(ch for ch in p.read_text(encoding="utf-8") if "\u4e00" <= ch <= "\u9fff")
    chars = [ch for ch, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]
    assert len(chars) > 100, "the bundled samples should give a realistic CJK alphabet"
    return chars


CJK = _sample_alphabet()
OTHER = list("0123456789") + list("、，。；：“”《》〔〕()（）") + ["\n"]
FRAGMENTS = [
    "名", "人", "项", "个", "类", "大类", "条", "年", "月", "日", "底前", "前", "期间", "内", "上旬", "中旬",
    "至", "-", "不少于", "不超过", "左右", "以上", "余", "约", "两", "十五", "编制", "职数", "配备",
    "事项", "机构", "原则", "原则上", "按照", "坚持", "遵循", "要求", "“", "”", "《", "》", "〔2020〕",
    "[2019]", "【2018】", "号", "冀办字", "完成时限:", "完成时限：", "长期", "每年", "每月", "“十三五”",
    "2018年", "2020年", "2021年至2023年", "6月底", "县委", "编办", "人民政府", "党委", "办公室", "局",
    "综合行政执法队", "中共兴隆县委", "\n", "一、", "（一）", "1.", "（1）", "①", "一是", "第一章", "第一条",
    "点击次数", "【字体", "当前位置", "　", " ",
]

_char = st.sampled_from(CJK + OTHER)
_word = st.text(alphabet=st.sampled_from(CJK), min_size=1, max_size=6)
_num = st.one_of(st.integers(0, 600).map(str), st.sampled_from(["两", "三", "十五", "二十三", "一百"]))
# Entity-shaped pieces, so that every extractor fires often enough to be tested.
_SHAPED = st.one_of(
    st.tuples(st.sampled_from(["", "不少于", "不超过", "至少", "约", "近", "最多"]), _num,
              st.sampled_from(["", "至3", "-5", "余"]), st.sampled_from(["名", "人", "项", "个", "类", "条"]),
              st.sampled_from(["", "左右", "以上", "以内"]),
              st.sampled_from(["", "事项", "机构", "政策", "干部", "工作人员"])).map("".join),
    st.tuples(st.sampled_from(["", "到", "于", "完成时限:", "每年", "每月"]),
              st.sampled_from(["", "2018年", "2020年", "二〇二〇年", "2021年至2023年"]),
              st.sampled_from(["", "6月", "12月", "13月", "5月上旬", "2月30日", "上半年", "第三季度"]),
              st.sampled_from(["", "底", "底前", "前", "期间", "内", "起"])).map("".join),
    st.tuples(st.sampled_from(["按照", "坚持", "遵循", "本着", ""]), st.sampled_from(["“", ""]),
              st.lists(_word, min_size=1, max_size=3).map("、".join), st.sampled_from(["”", ""]),
              st.sampled_from(["的原则", "原则", "要求", "原则上", ""])).map("".join),
    st.tuples(st.sampled_from(["", "冀办字", "宁党办", "兴"]), st.sampled_from(["〔", "[", "(", "【", "（"]),
              st.sampled_from(["2020", "2017", "20207"]), st.sampled_from(["〕", "]", ")", "】", "）", ""]),
              _num, st.sampled_from(["号", ""])).map("".join),
    st.tuples(st.just("《"), _word, st.sampled_from(["", "《", "〈", "》", "\n"]), _word,
              st.sampled_from(["》", "〉", "》》", ""])).map("".join),
)
TEXTS = st.one_of(
    st.text(alphabet=_char, max_size=200),
    st.lists(st.one_of(_char, _char, st.sampled_from(FRAGMENTS), _SHAPED), max_size=60).map("".join),
)
REF_DATES = st.sampled_from([None, "2018", "2019-07", "2020-04-26"])

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Types whose normalised value the guidelines define (ORG and DOC_TITLE define none).
VALUED = {"STAFFING", "ITEM_COUNT", "DEADLINE", "PRINCIPLE", "DOC_NO"}
PRECISIONS = {"year", "half", "quarter", "month", "xun", "day", "period"}
RELATIONS = {"by", "during", "ongoing"}


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _overlap(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def _is_int_or_none(x) -> bool:
    return x is None or (isinstance(x, int) and not isinstance(x, bool))


def _check_value(text: str, m) -> None:
    v = m.normalized
    where = f"{m.label} {m.text!r} {v!r}"
    if m.label == "STAFFING":
        assert isinstance(v, dict) and {"min", "max", "unit", "approx"} <= v.keys(), where
        assert _is_int_or_none(v["min"]) and _is_int_or_none(v["max"]), where
        assert v["min"] is not None or v["max"] is not None, where
        assert isinstance(v["unit"], str) and v["unit"] and v["unit"] in m.text, where
        assert isinstance(v["approx"], bool), where
    elif m.label == "ITEM_COUNT":
        assert isinstance(v, dict) and {"value", "unit"} <= v.keys(), where
        assert isinstance(v["value"], int) and not isinstance(v["value"], bool), where
        assert isinstance(v["unit"], str) and v["unit"] and v["unit"] in m.text, where
        for k in ("min", "max"):
            assert _is_int_or_none(v.get(k)), where
    elif m.label == "DEADLINE":
        assert isinstance(v, dict) and {"date", "precision", "relation", "recurring"} <= v.keys(), where
        if v["date"] is not None:
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", v["date"]), where
            try:
                dt.date.fromisoformat(v["date"])
            except ValueError:
                raise AssertionError(f"not a calendar day: {where}") from None
        assert v["precision"] in PRECISIONS, where
        assert v["relation"] in RELATIONS, where
        assert isinstance(v["recurring"], bool), where
        if v["relation"] == "ongoing":
            assert v["date"] is None, where
    elif m.label == "PRINCIPLE":
        assert isinstance(v, list) and v, where
        for part in v:
            # a part of the wording (width folding, e.g. （ → (, is allowed in a normalised value)
            assert isinstance(part, str) and part and _nfkc(part) in _nfkc(m.text), where
            assert not re.search(r"[、，,；]", part), where  # split at 、 ， , ；
    elif m.label == "DOC_NO":
        assert isinstance(v, dict) and {"issuer_code", "year", "number"} <= v.keys(), where
        assert isinstance(v["issuer_code"], str) and m.text.startswith(v["issuer_code"]), where
        assert _is_int_or_none(v["year"]) and _is_int_or_none(v["number"]), where
        assert m.text.endswith("号"), where  # the trailing 号 is part of the span
    elif m.label == "DOC_TITLE":
        # the text inside 《》: the marks themselves are just outside the span
        assert m.start > 0 and text[m.start - 1] == "《" and text[m.end:m.end + 1] == "》", where


def check_mentions_contract(pipeline, text, ref_date):
    mentions = pipeline.mentions(Document("prop", text), ref_date)  # never raises
    for m in mentions:
        assert m.label in LABELS
        check_span(text, m.start, m.end, m.text, where=f"{m.label} {m.source}")
        assert m.end > m.start, m
    # Mentions never overlap within one type, nor across types: the one exception the
    # guidelines allow (a DOC_TITLE containing ORG names) is resolved by not labelling
    # the inner ORGs, so nothing overlaps in the output.
    for i, a in enumerate(mentions):
        for b in mentions[i + 1:]:
            assert not _overlap(a, b), (a, b)
    for m in mentions:
        if m.label in VALUED:
            assert m.normalized is not None, m
        _check_value(text, m)


@given(text=TEXTS, ref_date=REF_DATES)
@SETTINGS
def test_mentions_keep_the_contract(pipeline, text, ref_date):
    check_mentions_contract(pipeline, text, ref_date)


# Inputs found or suspected by the properties above, kept as fixed regressions: any
# mention must still keep the contract (e.g. a DEADLINE date must be a real calendar day).
EDGE_TEXTS = [
    "", "\n", "　", "《", "》《", "〔2020〕号", "完成时限:", "原则",
    "每年2月30日前报送。", "每年6月31日前报送。", "每月31日前报送。", "2月30日前完成。",
    "13月底前完成。", "完成时限:2018年13月", "《《》》", "《\n》", "冀办字〔2020〕0号",
]


@pytest.mark.parametrize("ref_date", [None, "2020-04-26"])
@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_edge_texts_keep_the_contract(pipeline, text, ref_date):
    check_mentions_contract(pipeline, text, ref_date)


@given(text=TEXTS)
@SETTINGS
def test_segmentation_keeps_the_contract(text):
    seg = segment(text)
    n = len(text)
    for s in seg.sections:
        assert 0 <= s.start <= s.heading_end <= s.end <= n, s
        assert text[s.start:].startswith(s.marker), s
        assert s.level >= 1
        if s.parent is not None:
            p = seg.sections[s.parent]
            assert p.index < s.index and p.start <= s.start and s.end <= p.end, (p, s)
            assert s.level == p.level + 1
        else:
            assert s.level == 1
    assert [s.index for s in seg.sections] == list(range(len(seg.sections)))
    assert [s.start for s in seg.sections] == sorted(s.start for s in seg.sections)
    for group in (seg.lines, seg.boilerplate, seg.paragraphs, seg.sentences, seg.clauses):
        for sp in group:
            assert 0 <= sp.start < sp.end <= n, sp
    for b in seg.boilerplate:
        for p in seg.paragraphs:
            assert b.end <= p.start or p.end <= b.start, (b, p)
    for s in seg.sentences:
        assert any(p.start <= s.start and s.end <= p.end for p in seg.paragraphs), s
    for c in seg.clauses:
        assert any(s.start <= c.start and c.end <= s.end for s in seg.sentences), c
    # every non-blank line is either boilerplate or a paragraph
    assert len(seg.boilerplate) + len(seg.paragraphs) == len(seg.lines)


@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_edge_texts_segment(text):
    test_segmentation_keeps_the_contract.hypothesis.inner_test(text)
