"""DEADLINE: time limits and schedules of measures, resolved against the document's date.

>>> from policyie.records import Document
>>> from policyie.extraction.context import Context
>>> ctx = Context(Document("d", "2020年6月底前基本完成各项改革任务。完成时限:长期"), ref_date="2020-04-26")
>>> [(m.text, m.normalized["date"], m.normalized["relation"]) for m in extract(ctx)]
[('长期', None, 'ongoing'), ('2020年6月底前', '2020-06-30', 'by')]
"""

from __future__ import annotations

import calendar
import re
from typing import Iterator

from policyie.extraction.context import Context
from policyie.extraction.extractors.common import mention
from policyie.extraction.intervals import Occupancy
from policyie.extraction.numbers import parse_number
from policyie.records import Mention

LABEL = "DEADLINE"

_N = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_Y = r"(?P<y>(?:19|20)\d\d|二[〇○零][一二三四五六七八九〇○零]{2})\s*年"
_TIME = (
    rf"(?:{_Y})?"
    rf"(?:(?P<half>上半年|下半年)|(?P<q>第?[一二三四1-4]季度)"
    rf"|(?P<m>{_N})\s*月(?:份)?(?:(?P<d>{_N})\s*[日号]|(?P<xun>上旬|中旬|下旬)|(?P<end>底|末))?"
    rf"|(?P<yend>底|末))?"
)
_SUFFIX = r"(?P<suf>底前|前|以前|之前|期间|内|为止)?"
# The lookahead lets the scan skip every position where no year or month starts
# (the pattern itself can match the empty string).
_CORE = re.compile(
    r"(?=(?:19|20)\d\d\s*年|二[〇○零]|\d{1,2}\s*月|[一二三四五六七八九十]{1,3}\s*月|上半年|下半年|第?[一二三四1-4]季度)"
    + _TIME + _SUFFIX
)

# A label introducing a deadline: 完成时限:2018年, 时间节点：…, 完成时间：…
_LABELLED = re.compile(r"(?:完成|办结|落实)?(?:时限|时间|时间节点|期限)\s*[:：]\s*")
_ONGOING = re.compile(r"长期(?:坚持|推进)?|持续推进|常态化")
_PERIOD = re.compile(r"[“\"]?(?P<plan>十[一二三四五六七八九]五|十五)[”\"]?(?:规划)?(?:期间|时期|期末)")
_TERM = re.compile(r"(?:一|本|每)届?个?任期内")
_RANGE = re.compile(
    r"(?P<y1>(?:19|20)\d\d)\s*年?\s*(?:至|到|-|—|–|~)\s*(?P<y2>(?:19|20)\d\d)\s*年(?:期间|内)?"
)
_RECURRING = re.compile(
    rf"每(?P<unit>年|月|季度|半年)(?P<body>(?:{_N}\s*月(?:底|末|{_N}\s*日)?|{_N}\s*日|底|末)"
    rf"(?:(?:和|、|及|与)(?:{_N}\s*月(?:底|末|{_N}\s*日)?|{_N}\s*日))*)(?P<suf>前|以前|之前)?"
)
# Relative limits in regulations: 应当在十五日内作出决定 → 十五日内 (no calendar date).
# (?<!…): never start inside a run of numerals, which each start would re-read (see quantity._LO)
_RELATIVE = re.compile(
    r"(?<![一二三四五六七八九十百两\d])(?P<n>[一二三四五六七八九十百两\d]+)\s*个?(?:工作日|日|天|小时|个月|周|星期|年)(?:以内|之内|内)"
)
_RELATIVE_CAP = re.compile(r"(?<=至迟)不超过[一二三四五六七八九十百两\d]+\s*个?(?:工作日|日|天|小时|月|周|年)")
_RELATIVE_LEAD = re.compile(r"(应当|应|须|必须|之日起|日起|起|后的|后|在|于|限|期限为?|时限为?)\s*$")
# A number of days before an anchor event: 在选举日的二十日前 → 二十日前 (no calendar date).
_RELATIVE_BEFORE = re.compile(r"(?<=的)(?P<n>[一二三四五六七八九十百两\d]+)\s*个?(?:工作日|日|天)(?:以前|之前|前)")
# A quarter of every year: 每年第一季度 (recurring, the quarter's last day).
_RECURRING_QUARTER = re.compile(r"每年(?:的)?第(?P<q>[一二三四1-4])季度")
_THIS_YEAR = re.compile(r"(?<![\d一二三四五六七八九十〇零两百千年])年内")
_YEAR_PART = re.compile(r"(?P<which>每年|次年)(?P<part>年初|年底|年末)")
_LEAD = re.compile(r"(?:力争|确保|争取|计划|预计)?(?:到|在|于|至)$")
_PAST_AFTER = re.compile(r"^(?:以来|来|起|开始|始|印发|出台|发布|召开|举行|成立|以后|后|，全|,全|实施的|底,|底，|末,|末，)")
_PLAN_YEARS = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030, "十五": 2005}


def _year(s: str | None) -> int | None:
    if not s:
        return None
    return parse_number(s)


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _resolve(g: dict, year: int) -> tuple[str, str] | None:
    """(date, precision) for the parsed groups of ``_TIME``."""
    if g.get("half"):
        return (f"{year}-06-30" if g["half"] == "上半年" else f"{year}-12-31"), "half"
    if g.get("q"):
        q = parse_number(g["q"].strip("第季度")) or int(g["q"].strip("第季度"))
        m = q * 3
        return f"{year}-{m:02d}-{_last_day(year, m)}", "quarter"
    if g.get("m"):
        m = parse_number(g["m"])
        if not m or not 1 <= m <= 12:
            return None
        if g.get("d"):
            d = parse_number(g["d"])
            if not d or d > _last_day(year, m):
                return None
            return f"{year}-{m:02d}-{d:02d}", "day"
        if g.get("xun"):
            d = {"上旬": 10, "中旬": 20}.get(g["xun"], _last_day(year, m))
            return f"{year}-{m:02d}-{d:02d}", "xun"
        return f"{year}-{m:02d}-{_last_day(year, m)}", "month"
    return f"{year}-12-31", "year"


def _value(date: str | None, precision: str, relation: str, recurring: bool = False) -> dict:
    return {"date": date, "precision": precision, "relation": relation, "recurring": recurring}


def extract(ctx: Context) -> Iterator[Mention]:
    v = ctx.view.text
    taken = Occupancy(len(v))

    def emit(s: int, e: int, value: dict, source: str) -> Iterator[Mention]:
        if e > s and taken.free(s, e):
            taken.take(s, e)
            yield mention(ctx, LABEL, s, e, value, source)

    # 1. labelled time limits: 完成时限:2018年 / 长期
    for lm in _LABELLED.finditer(v):
        p = lm.end()
        om = _ONGOING.match(v, p)
        if om:
            yield from emit(om.start(), om.start() + 2, _value(None, "period", "ongoing"), "deadline.labelled")
            continue
        rm = _RANGE.match(v, p)
        if rm:
            yield from emit(rm.start(), rm.end(), _value(f"{rm.group('y2')}-12-31", "period", "during"), "deadline.labelled")
            continue
        tm = _CORE.match(v, p)
        if tm and tm.end() > p and (tm.group("y") or tm.group("m")):
            g = tm.groupdict()
            year = _year(g["y"]) or ctx.ref_year(tm.start())
            res = _resolve(g, year) if year else None
            if res:
                yield from emit(tm.start(), tm.end(), _value(res[0], res[1], "by"), "deadline.labelled")

    # 2. recurring due points: 每年6月底和12月底前, 每月25日前
    for rm in _RECURRING.finditer(v):
        if not rm.group("suf"):
            continue
        year = ctx.ref_year(rm.start())
        if not year:
            continue
        parts = re.findall(rf"(?:({_N})\s*月)?(底|末|({_N})\s*日)?", rm.group("body"))
        parts = [p for p in parts if any(p)]
        if not parts:
            continue
        mstr, endw, dstr = parts[-1]
        if rm.group("unit") == "月":
            m = 12  # the guidelines date a monthly due day in the document's last month
            d = parse_number(dstr) if dstr else _last_day(year, m)
            if not d or d > _last_day(year, m):
                continue
            date, prec = f"{year}-{m:02d}-{d:02d}", "day" if dstr else "month"
        else:
            m = parse_number(mstr) if mstr else 12
            if not m or not 1 <= m <= 12:
                continue
            d = parse_number(dstr) if dstr else _last_day(year, m)
            if not d or d > _last_day(year, m):
                continue  # 2月30日 is no date: no value, no mention
            date, prec = f"{year}-{m:02d}-{d:02d}", "day" if dstr else "month"
        yield from emit(rm.start(), rm.end(), _value(date, prec, "by", True), "deadline.recurring")

    # 2b. recurring parts of the year: 每年年初, 每年年底, 次年年初
    for ym in _YEAR_PART.finditer(v):
        year = ctx.ref_year(ym.start())
        if ym.group("which") == "次年":
            value = _value(None, "quarter" if ym.group("part") == "年初" else "year", "by", True)
        elif not year:
            continue
        elif ym.group("part") == "年初":
            value = _value(f"{year}-03-31", "quarter", "by", True)
        else:
            value = _value(f"{year}-12-31", "year", "by", True)
        yield from emit(ym.start(), ym.end(), value, "deadline.recurring")

    for qm in _RECURRING_QUARTER.finditer(v):
        year = ctx.ref_year(qm.start())
        q = parse_number(qm.group("q"))
        if year and q and 1 <= q <= 4:
            m = 3 * q
            yield from emit(qm.start(), qm.end(), _value(f"{year}-{m:02d}-{_last_day(year, m)}", "quarter", "by", True),
                            "deadline.recurring")

    # 2c. relative limits: 十五日内, 二十四小时内, 至迟不超过四个月; 年内 (this year)
    for rm in _RELATIVE_BEFORE.finditer(v):
        yield from emit(rm.start(), rm.end(), _value(None, "period", "by"), "deadline.relative")
    for rm in _RELATIVE.finditer(v):
        if rm.start() > 0 and (v[rm.start() - 1].isdigit() or v[rm.start() - 1] in "第每"):
            continue
        if not _RELATIVE_LEAD.search(v[max(0, rm.start() - 8):rm.start()]):
            continue  # 三年内有效, 服务三年: a validity period or duration, not a limit
        if re.match(r"\s*(?:有效|不得|不再)", v[rm.end():rm.end() + 4]):
            continue
        yield from emit(rm.start(), rm.end(), _value(None, "period", "during"), "deadline.relative")
    for rm in _RELATIVE_CAP.finditer(v):
        yield from emit(rm.start(), rm.end(), _value(None, "period", "during"), "deadline.relative")
    for ym in _THIS_YEAR.finditer(v):
        year = ctx.ref_year(ym.start())
        if year and re.match(r"\s*[\u4e00-\u9fff]", v[ym.end():ym.end() + 2]):
            yield from emit(ym.start(), ym.end(), _value(f"{year}-12-31", "year", "during"), "deadline.this_year")

    # 3. plan periods and terms: “十三五”期间, 一个任期内, 2021年至2023年
    for pm in _PERIOD.finditer(v):
        s = pm.start() - 1 if pm.start() > 0 and v[pm.start() - 1] in "“\"" and v[pm.start()] not in "“\"" else pm.start()
        yield from emit(s, pm.end(), _value(f"{_PLAN_YEARS[pm.group('plan')]}-12-31", "period", "during"), "deadline.plan_period")
    for tm in _TERM.finditer(v):
        yield from emit(tm.start(), tm.end(), _value(None, "period", "during"), "deadline.term")
    for rm in _RANGE.finditer(v):
        before = v[max(0, rm.start() - 4):rm.start()]
        if v[rm.end():rm.end() + 1] in ("》", ")", "）") or re.search(r"[(（《]$", before):
            continue  # a plan's period in its title: 规划(2016—2020年)
        y2 = int(rm.group("y2"))
        ref = ctx.ref_year(rm.start())
        if ref and y2 < ref:
            continue
        yield from emit(rm.start(), rm.end(), _value(f"{y2}-12-31", "period", "during"), "deadline.range")

    # 4. explicit limits: 2020年6月底前, 到2020年, 5月上旬, 2018年底前
    for tm in _CORE.finditer(v):
        g = tm.groupdict()
        if not (g["y"] or g["m"]):
            continue
        s, e = tm.start(), tm.end()
        if s > 0 and (v[s - 1].isdigit() or v[s - 1] in "第(（〔[【"):
            continue
        suf = g["suf"]
        lead = _LEAD.search(v[max(0, s - 4):s])
        has_day = bool(g["d"])
        trailing = v[e:e + 6]
        # 3月举行 / 3月召开 is a past event, 三月底前举行 a limit: only a 前 suffix keeps it
        limit = bool(suf) and suf.endswith("前")
        if ((_PAST_AFTER.match(trailing) and not (limit and trailing.startswith(("举行", "召开"))))
                or re.match(r"^[^，。；\n]{0,12}(印发|出台|以来)", trailing)
                or (not limit and re.match(r"^[^，。；\n]{0,12}召开", trailing))):
            continue
        year = _year(g["y"]) or ctx.ref_year(s)
        if not year:
            continue
        res = _resolve(g, year)
        if not res:
            continue
        date, prec = res
        ref = ctx.ref_year(s)
        if ref and year < ref:
            continue  # a past date is an event, not a deadline
        if ctx.ref_date and len(ctx.ref_date) == 10 and date < ctx.ref_date and not suf:
            continue
        relation = "during" if suf in ("期间", "内") else "by"
        if suf:
            if suf == "内" and not (g["y"] and not g["m"]):
                continue  # 3月内 reads as a duration
            yield from emit(s, e, _value(date, prec, relation), "deadline.suffix")
        elif lead and not has_day:
            if g["y"] and not (g["m"] or g["yend"] or g["half"] or g["q"]) and re.match(r"^(的|年)", trailing):
                continue
            yield from emit(s, e, _value(date, prec, "by"), "deadline.lead")
        elif g["xun"] and not g["y"]:
            yield from emit(s, e, _value(date, prec, "by"), "deadline.xun")
        elif (g["end"] or g["yend"]) and re.match(r"^\s*(基本|全面|前|要|完成|实现|建成|出台|制定)", trailing):
            yield from emit(s, e, _value(date, prec, "by"), "deadline.end")
