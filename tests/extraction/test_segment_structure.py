"""Segmentation: the heading hierarchy, web boilerplate, paragraphs and sentences.

The expectations come from ``policyie.extraction.segment`` and ``records.Section``'s
documented contract: enumerators 一、 / （一） / 1. / （1） / ① / 一是 / 第X章 / 第X条,
levels by nesting (1 = top), ``parent`` the enclosing section's index, spans half-open
offsets into the original text, boilerplate lines kept out of the body.
"""

from __future__ import annotations

import pytest

from policyie.extraction.segment import inline_items, is_boilerplate, segment

PLAN = (
    "兴隆县深化乡镇改革方案\n"
    "一、总体要求\n"
    "坚持优化协同高效的原则。\n"
    "（一）指导思想\n"
    "以习近平新时代中国特色社会主义思想为指导。\n"
    "1.明确职责\n"
    "梳理乡镇职责。\n"
    "（1）细化清单\n"
    "①编制权责清单\n"
    "一是加强领导\n"
    "二是强化保障\n"
    "（二）基本原则\n"
    "二、主要任务\n"
    "2.5亿元用于建设。\n"
)

REGULATION = (
    "北京市街道办事处条例\n"
    "第一章 总则\n"
    "第一条 为了加强街道办事处建设，制定本条例。\n"
    "第二条 本条例适用于本市。\n"
    "第二章 职责\n"
    "第三条 街道办事处履行下列职责。\n"
)

WEB_PAGE = (
    "当前位置：首页 > 政务公开 > 机构改革\n"
    "发布时间: 2020-04-30 点击次数:128\n"
    "【字体：大 中 小】\n"
    "一、总体要求\n"
    "坚持原则。加强领导！\n"
    "（一）指导思想\n"
    "加强领导。\n"
    "上一篇：无\n"
    "【关闭窗口】\n"
)


def _outline(text):
    seg = segment(text)
    markers = [s.marker for s in seg.sections]
    return [(s.marker, s.style, s.level, None if s.parent is None else markers[s.parent], s.title)
            for s in seg.sections]


def test_plan_heading_hierarchy():
    assert _outline(PLAN) == [
        ("一、", "cn", 1, None, "总体要求"),
        ("（一）", "paren_cn", 2, "一、", "指导思想"),
        ("1.", "arabic", 3, "（一）", "明确职责"),
        ("（1）", "paren_arabic", 4, "1.", "细化清单"),
        ("①", "circled", 5, "（1）", "编制权责清单"),
        ("一是", "shi", 6, "①", "加强领导"),
        ("二是", "shi", 6, "①", "强化保障"),
        ("（二）", "paren_cn", 2, "一、", "基本原则"),
        ("二、", "cn", 1, None, "主要任务"),
    ]


def test_regulation_chapters_and_articles():
    assert _outline(REGULATION) == [
        ("第一章", "chapter", 1, None, "总则"),
        ("第一条", "article", 2, "第一章", "为了加强街道办事处建设，制定本条例"),
        ("第二条", "article", 2, "第一章", "本条例适用于本市"),
        ("第二章", "chapter", 1, None, "职责"),
        ("第三条", "article", 2, "第二章", "街道办事处履行下列职责"),
    ]


def test_articles_without_chapters_are_top_level():
    text = "第一条 为了规范管理，制定本办法。\n第二条 本办法适用于全县。\n"
    assert [(m, st, lv, p) for m, st, lv, p, _ in _outline(text)] == [
        ("第一条", "article", 1, None), ("第二条", "article", 1, None)]


def test_levels_follow_the_document_not_absolute_styles():
    text = "（一）完善制度\n1.建立机制\n（二）强化保障\n"
    assert [(m, lv, p) for m, _, lv, p, _ in _outline(text)] == [
        ("（一）", 1, None), ("1.", 2, "（一）"), ("（二）", 1, None)]


@pytest.mark.parametrize("line", ["2.5亿元用于建设。", "一.5倍", "1.5名", "我们是一家人"])
def test_non_headings(line):
    assert segment(line + "\n").sections == ()


def test_section_spans_nest_and_stop_at_the_next_sibling():
    seg = segment(PLAN)
    by_marker = {s.marker: s for s in seg.sections}
    for s in seg.sections:
        assert 0 <= s.start < s.heading_end <= s.end <= len(PLAN)
        assert PLAN[s.start:].startswith(s.marker)
        assert PLAN[s.start:s.heading_end].endswith(s.title)
        if s.parent is not None:
            p = seg.sections[s.parent]
            assert p.index < s.index
            assert p.start <= s.start and s.end <= p.end, (p, s)
            assert s.level == p.level + 1
    one, two = by_marker["一、"], by_marker["二、"]
    assert PLAN[one.start:one.end].endswith("（二）基本原则")
    assert one.end <= two.start
    assert PLAN[two.start:two.end] == "二、主要任务\n2.5亿元用于建设。"
    first = by_marker["（一）"]
    assert PLAN[first.start:first.end].endswith("二是强化保障")
    assert by_marker["一是"].end <= by_marker["二是"].start
    # the section path of a line inside ① runs from 一、 down to ①
    off = PLAN.index("编制权责清单")
    assert [seg.sections[i].marker for i in seg.section_path(off)] == ["一、", "（一）", "1.", "（1）", "①"]


@pytest.mark.parametrize("line", [
    "当前位置：首页 > 政务公开 > 机构改革",
    "您当前的位置: 首页 > 行政体制改革",
    "发布时间: 2020-04-30 点击次数:?",
    "【字体：大 中 小】",
    "【字体:",
    "上一篇：无",
    "【关闭窗口】",
])
def test_boilerplate_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["一、总体要求", "人员编制不少于10名。", "兴隆县深化乡镇改革方案"])
def test_body_lines_are_not_boilerplate(line):
    assert not is_boilerplate(line)


def test_web_page_boilerplate_is_kept_out_of_the_body():
    seg = segment(WEB_PAGE)
    boiler = [WEB_PAGE[b.start:b.end] for b in seg.boilerplate]
    assert boiler == ["当前位置：首页 > 政务公开 > 机构改革", "发布时间: 2020-04-30 点击次数:128",
                      "【字体：大 中 小】", "上一篇：无", "【关闭窗口】"]
    paragraphs = [WEB_PAGE[p.start:p.end] for p in seg.paragraphs]
    assert paragraphs == ["一、总体要求", "坚持原则。加强领导！", "（一）指导思想", "加强领导。"]
    for b in seg.boilerplate:
        for p in seg.paragraphs:
            assert b.end <= p.start or p.end <= b.start
    assert [(s.marker, s.level) for s in seg.sections] == [("一、", 1), ("（一）", 2)]
    last_body = seg.paragraphs[-1].end
    for s in seg.sections:
        assert s.end <= last_body  # sections do not run into trailing boilerplate
    assert WEB_PAGE[seg.sections[0].start:seg.sections[0].end].endswith("加强领导。")


def test_sentences_and_clauses():
    seg = segment(WEB_PAGE)
    sentences = [WEB_PAGE[s.start:s.end] for s in seg.sentences]
    assert "坚持原则。" in sentences and "加强领导！" in sentences
    text = "按照要求，明确职责；强化保障。"
    seg = segment(text)
    assert [text[s.start:s.end] for s in seg.sentences] == [text]
    assert [text[c.start:c.end] for c in seg.clauses] == ["按照要求，", "明确职责；", "强化保障。"]


def test_closing_quote_stays_with_its_sentence():
    text = "坚持“精简、统一、效能。”加强领导。"
    seg = segment(text)
    assert [text[s.start:s.end] for s in seg.sentences] == ["坚持“精简、统一、效能。”", "加强领导。"]


def test_offsets_are_into_the_original_text():
    text = "　一、总体要求\r\n　　（一）指导思想\r\n加强领导。\r\n"
    seg = segment(text)
    assert [(s.marker, text[s.start:s.heading_end]) for s in seg.sections] == [
        ("一、", "一、总体要求"), ("（一）", "（一）指导思想")]


def test_inline_items():
    text = "主要措施：一是加强领导；二是强化保障；三是严格考核。"
    assert [text[i:i + 2] for i in inline_items(text, 0, len(text))] == ["一是", "二是", "三是"]
