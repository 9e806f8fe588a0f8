"""Chinese time expressions: one grammar that finds them and says what they mean.

This module answers *what* a time expression is and which day it ends on; it never decides
whether the expression is a DEADLINE (a publication date, a past event, an effective date
or a validity period is a time expression too).  That decision lives in
``extractors/deadline.py``, which reads the expressions found here together with their
context.  The model validator (``models/validate.py``) normalises a model's span with
``read_span`` so that rules and models share one normaliser.

Families (``TimeExpr.kind``):

========== ===================================================== ==========================
kind        examples                                              value
========== ===================================================== ==========================
calendar    2020年6月底前, 5月上旬, 2019年年底前, 第三季度,          last day allowed, precision
            3月5日上午9时, 9月10日17:00前, 6月3日下午2时至5时       day/xun/month/quarter/half/year
range       2021年至2023年, 2019年7月至2019年12月, 7月至12月         last day, during
recurring   每年6月底和12月底前, 每月25日前, 每季度末, 每年年初和年中, 每年第一季度   a date in the reference year
relative    十五日内, 三个月内, 二十日前, 提前五天, 至迟不超过四个月    no date; n and unit
this_year   年内                                                  the reference year's end
plan        “十三五”期间                                          the plan's last year
term        一个任期内                                            no date
ongoing     长期, 常态化, 持续推进                                 no date, ongoing
========== ===================================================== ==========================

>>> [(t.text, t.date, t.precision) for t in find_times("2020年6月底前完成。", lambda _: 2020)]
[('2020年6月底前', '2020-06-30', 'month')]
>>> [(t.text, t.relation, t.n, t.unit) for t in find_times("应当提前五天通知", lambda _: 2020)]
[('提前五天', 'by', 5, '日')]

Why not JioNLP (``jionlp.ner.extract_time``), measured in ``benchmarks/timex_vs_jionlp.py``:
as a finder it proposes fewer gold DEADLINE spans exactly (0.65–0.76 against 0.82–1.0 here),
because its spans follow its own conventions (于2019年, 前 dropped); as a normaliser it dates
relative limits (十五日内) from the reference time where the guidelines give no date, and
reads the clock for expressions such as 年底前 unless a base is forced.  It stays a
baseline (``policyie evaluate --peers``).

All patterns are anchored by a lookahead on the character that must start them, and no
pattern has nested unbounded repetition, so a scan costs time linear in the text.
"""

from __future__ import annotations

import calendar as _calendar
import re
from dataclasses import dataclass
from typing import Callable, Iterator

from policyie.extraction.numbers import parse_number

YearAt = Callable[[int], "int | None"]

_N = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_Y = r"(?P<y>(?:19|20)\d\d|二[〇○零][一二三四五六七八九〇○零]{2})\s*年"
# A time of day: 上午9时, 17:00, 下午2时30分, 9点半; with an optional end (至5时, -17:30).
_CLOCK = rf"(?:(?:上午|下午|晚上|早上|中午|凌晨)\s*)?(?:\d{{1,2}}\s*[:：]\s*\d\d|{_N}\s*[时点](?:\s*(?:{_N}|\d\d)\s*分|半|整)?)"
_TOD = rf"(?P<tod>\s*{_CLOCK}(?P<tod_end>\s*(?:至|到|-|—|–|~)\s*{_CLOCK})?)"
_TIME = (
    rf"(?:{_Y})?"
    rf"(?:(?P<half>上半年|下半年)|(?P<q>第?[一二三四1-4]季度)"
    rf"|(?P<m>{_N})\s*月(?:份)?(?:(?P<d>{_N})\s*[日号]{_TOD}?|(?P<xun>上旬|中旬|下旬)|(?P<end>底|末))?"
    rf"|(?P<yend>年?底|年?末))?"
)
_SUFFIX = r"(?P<suf>底前|前|以前|之前|期间|内|为止)?"
# The lookahead lets the scan skip every position where no year or month starts
# (the pattern itself can match the empty string).
CALENDAR = re.compile(
    r"(?=(?:19|20)\d\d\s*年|二[〇○零]|\d{1,2}\s*月|[一二三四五六七八九十]{1,3}\s*月|上半年|下半年|第?[一二三四1-4]季度)"
    + _TIME + _SUFFIX
)
ONGOING = re.compile(r"长期(?:坚持|推进)?|持续推进|常态化")
PLAN_PERIOD = re.compile(r"[“\"]?(?P<plan>十[一二三四五六七八九]五|十五)[”\"]?(?:规划)?(?:期间|时期|期末)")
TERM = re.compile(r"(?:一|本|每)届?个?任期内")
YEAR_RANGE = re.compile(
    r"(?P<y1>(?:19|20)\d\d)\s*年?\s*(?:至|到|-|—|–|~)\s*(?P<y2>(?:19|20)\d\d)\s*年(?:期间|内)?"
)
# A range of months, the second year optional: 2019年7月至2019年12月, 2019年7月至12月底.
_MN = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
# A range of months or days, the second year (and month) optional: 2019年7月至2019年12月,
# 2017年五月至2018年四月, 2017年8月11日至8月22日, 2018年1－9月份, 每年六月至九月期间.
MONTH_RANGE = re.compile(
    r"(?=(?:19|20)\d\d\s*年\s*[\d一二三四五六七八九十]|\d{1,2}\s*[月－—\-~至到]|[一二三四五六七八九十]{1,3}\s*月|每年)"
    rf"(?P<every>每年(?:的)?)?(?:(?P<y1>(?:19|20)\d\d)\s*年\s*)?(?P<m1>{_MN})\s*(?:月(?:份)?(?:(?P<d1>{_MN})\s*[日号])?)?"
    r"\s*(?:至|到|-|—|–|~|－)\s*"
    rf"(?:(?P<y2>(?:19|20)\d\d)\s*年\s*)?(?:(?P<m2>{_MN})\s*月(?:份)?)?(?:(?P<d2>{_MN})\s*[日号])?(?P<end>底|末)?"
    r"(?P<suf>期间|内|前|底前)?"
)
RECURRING = re.compile(
    rf"每(?P<unit>年|月|季度|半年)(?:的)?(?P<body>(?:{_N}\s*月(?:底|末|{_N}\s*日)?|{_N}\s*日|底|末)"
    rf"(?:(?:和|、|及|与)(?:{_N}\s*月(?:底|末|{_N}\s*日)?|{_N}\s*日))*)(?P<suf>前|以前|之前)?"
)
# A duty done in the month (每年十一月审议, 每年三月向…报告), not a date that names a day or a range.
_DUTY_AFTER = re.compile(r"(?:份)?(?:[向对由将把在]|审议|审查|听取|报告|报送|提交|公布|组织|开展|召开|举行|进行|检查|评议|发布|编制|提出|作出|寄送)")
RECURRING_QUARTER = re.compile(r"每年(?:的)?第(?P<q>[一二三四1-4])季度")
# 每年年初, 每年初 (the second 年 left out), 每年年初和年中 (one span, dated by its last part)
YEAR_PART = re.compile(r"(?P<which>每年|次年)(?P<part>年初|年底|年末|初|底|末)(?:[和、及](?P<part2>年中|年底|年末))?")
# The close of every (accounting) year as a due point: 每年年终, 每年度终了, 每个会计年度终结,
# 会计年度终了时 (the Chinese accounting year is the calendar year; a regulation's duty at it
# recurs).  Not 年度终了后 (after it: a relative limit's anchor or a frequency), not 上一年度…
# (a past point), not a bare 年终 (年终盈余分配 names the distribution).
YEAR_CLOSE = re.compile(r"(?:每年年终|(?<![上一前去本])(?:每(?:个|一)?)?(?:会计)?年度(?:终了|终结|结束)时?)(?![后以之])")
_RN = r"[一二三四五六七八九十百两\d]+"
# Relative limits in regulations: 应当在十五日内作出决定 → 十五日内 (no calendar date).
# (?<!…): never start inside a run of numerals, which each start would re-read (linear time)
RELATIVE_WITHIN = re.compile(rf"(?<![一二三四五六七八九十百两\d])(?P<n>{_RN})\s*个?(?P<unit>工作日|日|天|小时|分钟|个月|周|星期|年)(?:以内|之内|内)")
RELATIVE_CAP = re.compile(rf"(?<=至迟)不超过(?P<n>{_RN})\s*个?(?P<unit>工作日|日|天|小时|月|周|年)")
# A number of days before an anchor event: 在选举日的二十日前, 会议举行十五日前, 在选举日五日前,
# 举行会议10日前 (no date).  The anchor's last character opens the match; not 在/于 (在10日前
# is as often the 10th of a month).
RELATIVE_BEFORE = re.compile(
    rf"(?<=[的行开满始会议日营算业束举工])(?P<n>{_RN})\s*个?(?P<unit>日|天|个月|月|周)(?:以前|之前|前)"
)
# Hours and working days before an event need no anchor character: neither ever counts a
# calendar date, as 日 can (在10日前) — 应当在中断服务七十二小时前通知 (gold-fresh18), 应当在十个工作日前
# 将停运原因…报告 (gold-fresh19); not 24小时前台 (a front desk).
RELATIVE_UNANCHORED_BEFORE = re.compile(
    rf"(?<![一二三四五六七八九十百两\d])(?P<n>{_RN})\s*个?(?P<unit>小时|工作日)(?:以前|之前|前)(?![台端沿线])")
# A cap on a time limit: 办理期限不得超过六个月, 最长不得超过九十日 (not minutes: speaking times).
RELATIVE_NOT_OVER = re.compile(
    rf"不得?超过(?P<n>{_RN})\s*个?(?P<unit>工作日|日|天|个月|月)"
)
# 应当提前五天通知 → 提前五天.
RELATIVE_AHEAD = re.compile(rf"提前(?P<n>{_RN})\s*个?(?P<unit>工作日|日|天|小时|周|星期|个月)")
_BEFORE_SPAN = re.compile(rf"{_RN}\s*个?(?:工作日|日|天|个月|月|周|小时)(?:以前|之前|前)")
_CAP_SPAN = re.compile(rf"(?:至迟|最迟|最长|最多)?不(?:得)?超过{_RN}\s*个?(?:工作日|日|天|小时|月|周|年)")
# A year named relative to the document's: 今年 (its year), 明年 (the next).
NAMED_YEAR = re.compile(r"(?<![去前])(?P<which>今年|明年)(?!度|初|底|末|以来|上半年|下半年)")
THIS_YEAR = re.compile(r"(?<![\d一二三四五六七八九十〇零两百千年])年内")
# The end of the reference year as a limit: 年底前 (a year written before it is a calendar
# expression: 2018年底前; 每年年底 is recurring).
YEAR_END = re.compile(r"(?<![\d一二三四五六七八九十〇零两百千每去明今前本上下年])年(?:底|末)(?:以前|之前|前)")
PLAN_YEARS = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030, "十五": 2005}
_UNIT_NAMES = {"天": "日", "个月": "月", "星期": "周"}


@dataclass(frozen=True)
class TimeExpr:
    """One time expression on a text (half-open ``[start, end)``) and what it means.

    ``date`` is the last day the expression allows (ISO) or None; ``parts`` names the
    pieces the expression has (``y`` year, ``m`` month, ``d`` day, ``xun``, ``end`` 月底,
    ``yend`` 年底, ``half``, ``q`` quarter, ``tod`` time of day, ``tod_range``), which the
    DEADLINE decision reads.  Relative limits carry ``n`` and ``unit`` (日, 工作日, 小时,
    月, 周, 年) instead of a date.
    """

    start: int
    end: int
    text: str
    kind: str
    date: str | None
    precision: str
    relation: str
    recurring: bool = False
    suffix: str = ""
    parts: frozenset[str] = frozenset()
    n: int | None = None
    unit: str | None = None
    rule: str = ""

    def value(self) -> dict:
        """The DEADLINE value of the guidelines: date, precision, relation, recurring."""
        return {"date": self.date, "precision": self.precision, "relation": self.relation,
                "recurring": self.recurring}


def last_day(y: int, m: int) -> int:
    return _calendar.monthrange(y, m)[1]


def _year(s: str | None) -> int | None:
    return parse_number(s) if s else None


def resolve(g: dict, year: int) -> tuple[str, str] | None:
    """(date, precision) for the parsed groups of ``CALENDAR`` in ``year``; None for no date
    (2月30日, 13月).

    >>> resolve({"m": "6", "end": "底"}, 2020)
    ('2020-06-30', 'month')
    """
    if g.get("half"):
        return (f"{year}-06-30" if g["half"] == "上半年" else f"{year}-12-31"), "half"
    if g.get("q"):
        q = parse_number(g["q"].strip("第季度")) or int(g["q"].strip("第季度"))
        m = q * 3
        return f"{year}-{m:02d}-{last_day(year, m)}", "quarter"
    if g.get("m"):
        m = parse_number(g["m"])
        if not m or not 1 <= m <= 12:
            return None
        if g.get("d"):
            d = parse_number(g["d"])
            if not d or d > last_day(year, m):
                return None
            return f"{year}-{m:02d}-{d:02d}", "day"
        if g.get("xun"):
            d = {"上旬": 10, "中旬": 20}.get(g["xun"], last_day(year, m))
            return f"{year}-{m:02d}-{d:02d}", "xun"
        return f"{year}-{m:02d}-{last_day(year, m)}", "month"
    return f"{year}-12-31", "year"


def _parts(g: dict) -> frozenset[str]:
    out = {k for k in ("y", "m", "d", "xun", "end", "yend", "half", "q", "tod") if g.get(k)}
    if g.get("tod_end"):
        out.add("tod_range")
    return frozenset(out)


def _calendar_expr(m: re.Match[str], year_at: YearAt) -> TimeExpr | None:
    g = m.groupdict()
    if not (g["y"] or g["m"] or g["q"] or g["half"]):
        return None
    year = _year(g["y"]) or year_at(m.start())
    res = resolve(g, year) if year else None
    if not res:
        return None
    suf = g["suf"] or ""
    relation = "during" if suf in ("期间", "内") or g.get("tod_end") else "by"
    return TimeExpr(m.start(), m.end(), m.group(), "calendar", res[0], res[1], relation, suffix=suf,
                    parts=_parts(g), rule="calendar")


def calendar_at(text: str, pos: int, year_at: YearAt) -> TimeExpr | None:
    """The calendar expression starting exactly at ``pos`` (after a label such as 完成时限：)."""
    m = CALENDAR.match(text, pos)
    if not m or m.end() <= pos:
        return None
    return _calendar_expr(m, year_at)


def calendars(text: str, year_at: YearAt) -> Iterator[TimeExpr]:
    """Every calendar expression: dates with or without year, 底/末/上旬, quarters, halves,
    times of day (2019年3月5日上午9时), each with its suffix (前, 底前, 以前, 期间, 内)."""
    for m in CALENDAR.finditer(text):
        t = _calendar_expr(m, year_at)
        if t is not None:
            yield t


def _unit(u: str) -> str:
    return _UNIT_NAMES.get(u, u)


def _before_precision(unit: str) -> str:
    """A limit before an anchor is as precise as its unit: 七日前 day (v1.2), 二个月前 month."""
    return {"月": "month", "年": "year"}.get(unit, "day")


def relatives(text: str) -> Iterator[TimeExpr]:
    """Relative limits, in the order the DEADLINE decision takes them: before an anchor
    (二十日前, 提前五天: relation by, precision day), within (十五日内, 三个月内: during,
    period) and the capped form 至迟不超过四个月."""
    for rule, pattern in (("relative.before", RELATIVE_BEFORE), ("relative.before", RELATIVE_UNANCHORED_BEFORE),
                          ("relative.ahead", RELATIVE_AHEAD)):
        for m in pattern.finditer(text):
            unit = _unit(m.group("unit"))
            yield TimeExpr(m.start(), m.end(), m.group(), "relative", None, _before_precision(unit), "by",
                           n=parse_number(m.group("n")), unit=unit, rule=rule)
    for m in RELATIVE_WITHIN.finditer(text):
        yield TimeExpr(m.start(), m.end(), m.group(), "relative", None, "period", "during",
                       n=parse_number(m.group("n")), unit=_unit(m.group("unit")), rule="relative.within")
    for m in RELATIVE_NOT_OVER.finditer(text):
        yield TimeExpr(m.start(), m.end(), m.group(), "relative", None, "period", "during",
                       n=parse_number(m.group("n")), unit=_unit(m.group("unit")), rule="relative.not_over")
    for m in RELATIVE_CAP.finditer(text):
        yield TimeExpr(m.start(), m.end(), m.group(), "relative", None, "period", "during",
                       n=parse_number(m.group("n")), unit=_unit(m.group("unit")), rule="relative.cap")


def recurring(text: str, year_at: YearAt) -> Iterator[TimeExpr]:
    """Recurring due points dated in the reference year: 每年6月底和12月底前 (the last part),
    每月25日前 (the year's last month), 每季度末 and 每月底 (due points without 前), 每年年初
    (its first quarter; 每年年初和年中: its last part, the half), 每年第一季度, the close of
    the (accounting) year (每年年终, 会计年度终了时: its last day)."""
    for rm in RECURRING.finditer(text):
        month_only = rm.group("unit") == "年" and rm.group("body").endswith("月")
        if not rm.group("suf") and not rm.group("body").endswith(("底", "末")) and not (
                month_only and _DUTY_AFTER.match(text, rm.end())):
            # 每年9月26日为保护日, 每年六月至九月: no due point (每季度末, 每月底 are one, and so is
            # 每年十一月 when a duty follows: 每年十一月审议…报告)
            continue
        year = year_at(rm.start())
        if not year:
            continue
        parts = re.findall(rf"(?:({_N})\s*月)?(底|末|({_N})\s*日)?", rm.group("body"))
        parts = [p for p in parts if any(p)]
        if not parts:
            continue
        mstr, _endw, dstr = parts[-1]
        m = 12 if rm.group("unit") == "月" else (parse_number(mstr) if mstr else 12)
        if not m or not 1 <= m <= 12:
            continue
        d = parse_number(dstr) if dstr else last_day(year, m)
        if not d or d > last_day(year, m):
            continue  # 2月30日 is no date: no value, no mention
        precision = "day" if dstr else ("quarter" if rm.group("unit") == "季度" and not mstr else "month")
        yield TimeExpr(rm.start(), rm.end(), rm.group(), "recurring", f"{year}-{m:02d}-{d:02d}",
                       precision, "by", True, rule="recurring")
    for ym in YEAR_PART.finditer(text):
        year = year_at(ym.start())
        part = ym.group("part2") or ym.group("part").lstrip("年")
        month, precision = {"初": (3, "quarter"), "中": (6, "half")}.get(part[-1], (12, "year"))
        if ym.group("which") == "次年":
            date = None
        elif not year:
            continue
        else:
            date = f"{year}-{month:02d}-{last_day(year, month):02d}"
        yield TimeExpr(ym.start(), ym.end(), ym.group(), "recurring", date, precision, "by",
                       True, rule="recurring.year_part")
    for ym in YEAR_CLOSE.finditer(text):
        year = year_at(ym.start())
        if year:
            yield TimeExpr(ym.start(), ym.end(), ym.group(), "recurring", f"{year}-12-31", "year", "by", True,
                           rule="recurring.year_close")
    for qm in RECURRING_QUARTER.finditer(text):
        year = year_at(qm.start())
        q = parse_number(qm.group("q"))
        if year and q and 1 <= q <= 4:
            m = 3 * q
            yield TimeExpr(qm.start(), qm.end(), qm.group(), "recurring", f"{year}-{m:02d}-{last_day(year, m)}",
                           "quarter", "by", True, rule="recurring.quarter")


def periods(text: str) -> Iterator[TimeExpr]:
    """Plan periods (“十三五”期间, a leading quote kept when the closing one is in the span)
    and terms of office (一个任期内)."""
    for pm in PLAN_PERIOD.finditer(text):
        s = pm.start() - 1 if pm.start() > 0 and text[pm.start() - 1] in "“\"" and text[pm.start()] not in "“\"" \
            else pm.start()
        yield TimeExpr(s, pm.end(), text[s:pm.end()], "plan", f"{PLAN_YEARS[pm.group('plan')]}-12-31", "period",
                       "during", rule="plan_period")
    for tm in TERM.finditer(text):
        yield TimeExpr(tm.start(), tm.end(), tm.group(), "term", None, "period", "during", rule="term")


def year_ranges(text: str) -> Iterator[TimeExpr]:
    """2021年至2023年 → 2023-12-31, period, during."""
    for rm in YEAR_RANGE.finditer(text):
        yield TimeExpr(rm.start(), rm.end(), rm.group(), "range", f"{rm.group('y2')}-12-31", "period", "during",
                       parts=frozenset({"y"}), rule="range.years")


def month_ranges(text: str, year_at: YearAt) -> Iterator[TimeExpr]:
    """2019年7月至2019年12月, 7月至12月底 → the last day of the second month, month, during;
    2017年8月11日至8月22日 → its last day, day; 每年六月至九月期间 recurs (dated in the
    reference year)."""
    for rm in MONTH_RANGE.finditer(text):
        g = rm.groupdict()
        if g["every"] and (g["y1"] or g["y2"]):
            continue
        if not (g["m2"] or g["d2"]):
            continue  # 8月11日至 with nothing after: no range
        if not g["d1"] and g["d2"] and not g["m2"]:
            continue  # 5至10日: no month in the first part, no range of days
        y2 = _year(g["y2"]) or _year(g["y1"]) or year_at(rm.start())
        m1 = parse_number(g["m1"])
        m2 = parse_number(g["m2"]) if g["m2"] else m1
        if not y2 or not m1 or not m2 or not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            continue
        y1 = _year(g["y1"]) or y2
        if g["d2"]:
            d1, d2 = parse_number(g["d1"] or "1"), parse_number(g["d2"])
            if not d1 or not d2 or d2 > last_day(y2, m2) or (y1, m1, d1) >= (y2, m2, d2):
                continue
            date, precision = f"{y2}-{m2:02d}-{d2:02d}", "day"
        else:
            if g["d1"] or (y1, m1) >= (y2, m2):
                continue  # not a range (12月至2月 of the next year names no year: left to calendars)
            date, precision = f"{y2}-{m2:02d}-{last_day(y2, m2)}", "month"
        relation = "by" if (g["suf"] or "").endswith("前") else "during"
        parts = {"m"} | ({"y"} if g["y1"] or g["y2"] else set()) | ({"d"} if g["d2"] else set())
        yield TimeExpr(rm.start(), rm.end(), rm.group(), "range", date, precision, relation, bool(g["every"]),
                       suffix=g["suf"] or "", parts=frozenset(parts), rule="range.months")


def this_year(text: str, year_at: YearAt) -> Iterator[TimeExpr]:
    """年内 (within the reference year), when a verb follows (年内完成, not 年内外)."""
    for ym in THIS_YEAR.finditer(text):
        year = year_at(ym.start())
        if year and re.match(r"\s*[\u4e00-\u9fff\d]", text[ym.end():ym.end() + 2]):  # 年内完成, 年内123个项目竣工
            yield TimeExpr(ym.start(), ym.end(), ym.group(), "this_year", f"{year}-12-31", "year", "during",
                           rule="this_year")


def year_ends(text: str, year_at: YearAt) -> Iterator[TimeExpr]:
    """年底前 without a year: the reference year's last day (precision year, by), as 2018年底前 reads."""
    for m in YEAR_END.finditer(text):
        year = year_at(m.start())
        if year:
            yield TimeExpr(m.start(), m.end(), m.group(), "calendar", f"{year}-12-31", "year", "by",
                           parts=frozenset({"yend"}), suffix="前", rule="calendar.year_end")


def named_years(text: str, year_at: YearAt) -> Iterator[TimeExpr]:
    """今年 → the reference year's last day; 明年 → the next year's (precision year, by)."""
    for m in NAMED_YEAR.finditer(text):
        year = year_at(m.start())
        if year:
            y = year + (m.group("which") == "明年")
            yield TimeExpr(m.start(), m.end(), m.group(), "calendar", f"{y}-12-31", "year", "by",
                           parts=frozenset({"y", "named"}), rule="calendar.named_year")


def find_times(text: str, year_at: YearAt) -> list[TimeExpr]:
    """Every time expression of ``text``, possibly overlapping, family by family.

    ``year_at(pos)`` gives the year a year-less expression at ``pos`` belongs to (the
    document's year, passed in by the caller; never the clock).
    """
    out: list[TimeExpr] = []
    out.extend(recurring(text, year_at))
    out.extend(relatives(text))
    out.extend(this_year(text, year_at))
    out.extend(periods(text))
    out.extend(month_ranges(text, year_at))
    out.extend(year_ranges(text))
    out.extend(calendars(text, year_at))
    out.extend(named_years(text, year_at))
    out.extend(year_ends(text, year_at))
    out.extend(TimeExpr(m.start(), m.end(), m.group(), "ongoing", None, "period", "ongoing", rule="ongoing")
               for m in ONGOING.finditer(text))
    out.sort(key=lambda t: (t.start, -t.end))
    return out


def read_span(span: str, year: int | None) -> TimeExpr | None:
    """The meaning of a whole span (a model's proposal), or None when the grammar cannot
    read all of it.

    >>> read_span("十五日内", 2020).relation, read_span("2019年年底前", None).date
    ('during', '2019-12-31')
    """
    if ONGOING.fullmatch(span):
        return TimeExpr(0, len(span), span, "ongoing", None, "period", "ongoing", rule="ongoing")
    if span == "年内":
        return TimeExpr(0, 2, span, "this_year", f"{year}-12-31", "year", "during") if year else None
    if _BEFORE_SPAN.fullmatch(span) or _CAP_SPAN.fullmatch(span):
        m = re.search(rf"(?P<n>{_RN})\s*个?(?P<unit>工作日|日|天|小时|月|周|年)", span)
        before = span.endswith("前") or span.startswith("提前")
        unit = _unit(m.group("unit"))
        return TimeExpr(0, len(span), span, "relative", None, _before_precision(unit) if before else "period",
                        "by" if before else "during", n=parse_number(m.group("n")), unit=unit, rule="relative")
    at = (lambda _: year)  # noqa: E731 - the one year the caller knows
    for t in find_times(span, at):
        if t.start == 0 and t.end == len(span):
            if t.kind == "calendar" and t.suffix == "内" and not ("y" in t.parts and "m" not in t.parts):
                return None  # 3月内 reads as a duration
            return t
    return None
