"""Segmentation: lines, web boilerplate, the heading hierarchy, paragraphs, sentences, clauses.

All spans are half-open offsets into the original text.  Headings are recognised by
their enumerators (一、 / （一） / 1. / （1） / ① / 一是 / 第X章 / 第X节 / 第X条) and given
levels by the order in which their styles nest in the document itself, so a plan that
goes 一、→（一）→1. and a regulation that goes 第一章→第一条 both come out right.

>>> seg = segment("一、总体要求\\n坚持优化协同高效的原则。\\n（一）完善制度\\n建立健全机制。")
>>> [(s.marker, s.title, s.level) for s in seg.sections]
[('一、', '总体要求', 1), ('（一）', '完善制度', 2)]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from policyie.records import Section, Span

CN_DIGITS = "一二三四五六七八九十百零〇两"

# Order matters: the first pattern that matches the start of a line wins.
_HEADING_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(rf"第[{CN_DIGITS}\d]+章")),
    ("part", re.compile(rf"第[{CN_DIGITS}\d]+节")),
    ("article", re.compile(rf"第[{CN_DIGITS}\d]+条")),
    ("cn", re.compile(rf"[{CN_DIGITS}]+[、．.](?=\S)")),
    ("paren_cn", re.compile(rf"[(（][{CN_DIGITS}]+[)）]")),
    ("arabic", re.compile(r"\d{1,2}[.．、](?!\d)(?=\S)")),
    ("paren_arabic", re.compile(r"[(（]\d{1,2}[)）]")),
    ("circled", re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")),
    ("shi", re.compile(rf"[{CN_DIGITS}]+是(?=[^\s，,。])")),
)

# Lines that belong to the web page, not to the document: navigation, counters,
# font switches, download and share notices, page footers, table rulers.
_BOILERPLATE = re.compile(
    r"(当前位置|您当前的位置|您现在的位置|首页\s*[>＞›»]|点击次数|点击数[:：]|浏览次数|阅读次数|访问量"
    r"|【\s*字体|字体[:：]\s*[大中小]|字号[:：]|【\s*打印|打印本页|关闭窗口|【\s*关闭|分享到|扫一扫"
    r"|附件下载|相关下载|下载附件|上一篇|下一篇|上一条|下一条|版权所有|主办单位[:：]|ICP备|技术支持[:：]"
    r"|网站地图|联系我们|合集下载|下载文档前|仅部分预览|侵犯您的权益|人工客服|首页\s*\d+\s*\d*\s*下一页|关注数[:：]|粉丝数[:：]|发帖数[:：]|^\s*-{3}\|"
    r"|^\s*\|?\s*-{3,}|^[^|\n]*\|[^|\n]*\|)"
)

_BOILERPLATE_MAX = 120
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』)）]*")
_CLAUSE_END = re.compile(r"[，,；;：:]")
_INLINE_SHI = re.compile(rf"(?<=[。；;，,：:\s])([{CN_DIGITS}]+是)(?=[^\s，,。])")

# The conventional order of enumerators in Chinese official documents (GB/T 9704 and
# legislative drafting practice): a heading closes every open section of the same or a
# lower rank.  A fixed order is sturdier than guessing from first appearance: a report
# whose 一、 sits inside a run-on line must not nest its 二、 under 一是.
_RANK = {"chapter": 0, "part": 1, "article": 2, "cn": 3, "paren_cn": 4, "arabic": 5,
         "paren_arabic": 6, "circled": 7, "shi": 8}


@dataclass(frozen=True)
class Segmentation:
    """The structure of one document.

    Lines, sentences and clauses are found when first asked for: the pipeline needs only
    sections and paragraphs, and holding a span object for every clause of a long
    document cost more memory than everything else in its analysis.
    """

    boilerplate: tuple[Span, ...]
    sections: tuple[Section, ...]
    paragraphs: tuple[Span, ...]
    text: str = field(repr=False, compare=False, default="")

    @cached_property
    def lines(self) -> tuple[Span, ...]:
        """Non-empty lines, boilerplate included."""
        return tuple(iter_lines(self.text))

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        return tuple(s for p in self.paragraphs for s in split_sentences(self.text, p.start, p.end))

    @cached_property
    def clauses(self) -> tuple[Span, ...]:
        return tuple(c for s in self.sentences for c in _split(self.text, s.start, s.end, _CLAUSE_END, "clause"))

    @cached_property
    def _section_starts(self) -> list[int]:
        return [s.start for s in self.sections]

    def section_path(self, offset: int) -> tuple[int, ...]:
        """Indices of the sections enclosing ``offset``, outermost first."""
        # The innermost section is the last one (by start) that encloses the offset.  A
        # section that starts at or before the offset either encloses it or is closed by a
        # later heading of its level or above, so only the last section starting at or
        # before the offset and its ancestors can enclose it: a binary search and a walk
        # up the parents, not a scan of every section.
        inner = None
        i = bisect_right(self._section_starts, offset) - 1
        sec = self.sections[i] if i >= 0 else None
        while sec is not None:
            if sec.start <= offset < sec.end:
                inner = sec
                break
            sec = self.sections[sec.parent] if sec.parent is not None else None
        path: list[int] = []
        while inner is not None:
            path.append(inner.index)
            inner = self.sections[inner.parent] if inner.parent is not None else None
        return tuple(reversed(path))


def iter_lines(text: str) -> list[Span]:
    """Non-empty lines with their offsets (the line break is not part of the span)."""
    out = []
    for m in re.finditer(r"[^\r\n]+", text):
        s, e = m.start(), m.end()
        # trim surrounding white space (including U+3000) but keep offsets exact
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Span("line", s, e))
    return out


def is_boilerplate(line: str) -> bool:
    """True for web page furniture: 点击次数, 【字体：大 中 小】, 当前位置: 首页>…

    Only short lines: a scraped page that runs a whole article into one line with its
    发布时间/浏览次数 header is body text, not furniture.
    """
    return len(line) <= _BOILERPLATE_MAX and bool(_BOILERPLATE.search(line))


def _heading(text: str, line: Span) -> tuple[str, str, int] | None:
    """(style, marker, marker_end) when the line starts with an enumerator."""
    s = line.start
    for style, pat in _HEADING_PATTERNS:
        m = pat.match(text, s, line.end)
        if m:
            if style == "cn" and m.group(0)[-1] in ".．" and m.end() < line.end and text[m.end()].isdigit():
                continue  # 一.5 is not a heading
            return style, m.group(0), m.end()
    return None


def _title(text: str, start: int, end: int) -> str:
    """The heading's title: the rest of a short line, else its first sentence or clause."""
    rest = text[start:end].strip()
    m = re.search(r"[。！？；;]", rest)
    if m:
        rest = rest[: m.start()]
    return rest[:60].strip()


def segment(text: str) -> Segmentation:
    """Segment ``text``: boilerplate lines, sections, paragraphs, sentences and clauses."""
    lines = iter_lines(text)
    boiler: list[Span] = []
    body: list[Span] = []
    for ln in lines:
        if is_boilerplate(text[ln.start:ln.end]):
            boiler.append(Span("boilerplate", ln.start, ln.end))
        else:
            body.append(ln)

    # --- headings and their levels -------------------------------------------------
    raw: list[tuple[Span, str, str, int]] = []
    for ln in body:
        h = _heading(text, ln)
        if h:
            raw.append((ln, *h))
    sections: list[Section] = []
    stack: list[tuple[str, int]] = []  # (style, section index)
    for ln, style, marker, mend in raw:
        while stack and _RANK[stack[-1][0]] >= _RANK[style]:
            stack.pop()
        parent = stack[-1][1] if stack else None
        idx = len(sections)
        sections.append(
            Section(index=idx, level=len(stack) + 1, style=style, marker=marker,
                    title=_title(text, mend, ln.end), start=ln.start, end=len(text),
                    heading_end=ln.end, parent=parent)
        )
        stack.append((style, idx))
    # A section ends where the next section of the same or a higher level starts, or at
    # the last body line.
    body_end = body[-1].end if body else 0
    # the next section of the same or a higher level, for every section: one pass from
    # the end with a stack of sections of strictly rising level (a scan of the following
    # sections for each one is quadratic in a catalogue of thousands of articles)
    closer: list[int] = [body_end] * len(sections)
    rising: list[Section] = []
    for sec in reversed(sections):
        while rising and rising[-1].level > sec.level:
            rising.pop()
        if rising:
            closer[sec.index] = rising[-1].start
        rising.append(sec)
    fixed: list[Section] = []
    for i, sec in enumerate(sections):
        end = closer[i]
        # do not run into trailing boilerplate
        end = max(sec.heading_end, min(end, body_end))
        while end > sec.start and text[end - 1].isspace():
            end -= 1
        fixed.append(Section(sec.index, sec.level, sec.style, sec.marker, sec.title,
                             sec.start, end, sec.heading_end, sec.parent))

    # --- paragraphs, sentences, clauses ------------------------------------------------
    paragraphs = [Span("paragraph", ln.start, ln.end) for ln in body]
    return Segmentation(tuple(boiler), tuple(fixed), tuple(paragraphs), text)


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentences of ``text[start:end]``, ending at 。！？ (closing quotes stay with them)."""
    return _split(text, start, end, _SENTENCE_END, "sentence")


def _split(text: str, start: int, end: int, pat: re.Pattern[str], kind: str) -> list[Span]:
    out = []
    s = start
    for m in pat.finditer(text, start, end):
        if m.end() > s:
            out.append(Span(kind, s, m.end()))
        s = m.end()
        while s < end and text[s].isspace():
            s += 1
    if s < end and text[s:end].strip():
        out.append(Span(kind, s, end))
    return out


def inline_items(text: str, start: int, end: int) -> list[int]:
    """Start offsets of inline enumerations 一是…二是… inside ``text[start:end]``."""
    return [m.start(1) for m in _INLINE_SHI.finditer(text, start, end)]
