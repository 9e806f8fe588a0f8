"""Quantities: a number (or range) with its measure word and attached comparator.

Shared by the STAFFING and ITEM_COUNT extractors, which decide from the measure word
and the context whether a quantity counts people/posts or matters/bodies.

>>> [(q.text, q.min, q.max, q.approx) for q in find_quantities("人员编制不少于10名，副书记2名左右", "名")]
[('不少于10名', 10, None, False), ('2名左右', 2, 2, True)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from policyie.extraction.numbers import CN_NUM_CHARS, parse_number

# Ordinary numerals and the formal ones of accounts (壹贰叁…) never make one number together:
# 入伍七条 is 七条 after 入伍 (enlist), not 57 (gold-fresh17).
_ORD = "零〇○一二两三四五六七八九十百千万"
_FORMAL = "零〇壹贰叁肆伍陆柒捌玖拾佰仟万"
assert set(_ORD + _FORMAL) == set(CN_NUM_CHARS)
_NUM = rf"(?:\d+(?:,\d{{3}})*|[{_ORD}]+|[{_FORMAL}]+)"
# The lower bound never starts inside a run of digits or numerals.  Nothing that may follow
# a number starts with a digit or numeral, so a match must take the whole run, and a start
# inside a run fails wherever the start of the run failed; without the lookbehinds each
# of those starts re-reads the rest of the run (8,000 digits took 16 s).
_LO = rf"(?:(?<!\d)\d+(?:,\d{{3}})*|(?<![{_ORD}])[{_ORD}]+|(?<![{_FORMAL}])[{_FORMAL}]+)"
_PRE = r"(?P<pre>不得少于|不应少于|不少于|不低于|不得多于|不多于|不得超过|不应超过|不宜超过|不超过|不高于|至少|最少|最多|至多|大约|约|近|超过|逾|超)?"
_RANGE = r"(?:\s*(?P<sep>至|到|-|—|–|~|～|－|―)\s*(?P<hi>" + _NUM + r"))?"
_POST = r"(?P<post>左右|以上|以内|以下|上下|之内)?"

_LOWER = {"不得少于", "不应少于", "不少于", "不低于", "至少", "最少", "超过", "逾", "超", "以上"}
_UPPER = {"不得多于", "不得超过", "不应超过", "不宜超过", "不多于", "不超过", "不高于", "最多", "至多", "以内", "以下", "之内"}
_APPROX = {"约", "大约", "近", "左右", "上下", "余", "多"}


@dataclass(frozen=True)
class Quantity:
    start: int  # offsets into the string searched (the normalised view)
    end: int
    text: str
    min: int | None
    max: int | None
    unit: str
    approx: bool
    comparator: str | None


def find_quantities(text: str, units: str, start: int = 0, end: int | None = None) -> Iterator[Quantity]:
    """Quantities whose measure word is one of ``units`` (a regex alternation, e.g. ``"名|人"``)."""
    pat = _compiled(units)
    for m in pat.finditer(text, start, len(text) if end is None else end):
        lo = parse_number(m.group("lo"))
        if lo is None:
            continue
        hi = parse_number(m.group("hi")) if m.group("hi") else None
        if m.group("hi") and hi is None:
            continue
        # a digit string right before or after (2020年, 10.5名) is not our number
        if m.start("lo") > 0 and (text[m.start("lo") - 1].isdigit() or text[m.start("lo") - 1] in ".．"):
            continue
        pre, post, extra = m.group("pre"), m.group("post"), m.group("extra")
        approx = bool((pre and pre in _APPROX) or (post and post in _APPROX) or extra)
        mn, mx = lo, hi if hi is not None else lo
        comp = pre or post
        if extra:  # 50余名 / 50多名: at least 50, no upper bound stated
            mn, mx = lo, None
        if (pre and pre in _LOWER) or post in _LOWER:
            mn, mx = lo, None
        if (pre and pre in _UPPER) or post in _UPPER:
            mn, mx = None, (hi if hi is not None else lo)
        yield Quantity(m.start(), m.end(), m.group(0), mn, mx, m.group("unit"), approx, comp)


_CACHE: dict[str, re.Pattern[str]] = {}


def _compiled(units: str) -> re.Pattern[str]:
    pat = _CACHE.get(units)
    if pat is None:
        # 三人至五人: the measure word may be repeated after the lower bound
        pat = re.compile(_PRE + r"(?P<lo>" + _LO + r")(?:(?:" + units + r")(?=\s*(?:至|到|-|—|–|~|～|－|―)\s*" + _NUM + r"\s*(?:" + units + r")))?" + _RANGE + r"(?P<extra>余|多)?\s*(?P<unit>" + units + r")" + _POST)
        _CACHE[units] = pat
    return pat
