"""DEADLINE: which time expressions are time limits or schedules of measures.

The expressions and their values come from the time grammar (``extraction/timex.py``);
this module is the decision: publication dates, past events, effective dates, validity
periods, durations and extensions are time expressions but not DEADLINEs.

>>> from policyie.records import Document
>>> from policyie.extraction.context import Context
>>> ctx = Context(Document("d", "2020年6月底前基本完成各项改革任务。完成时限:长期"), ref_date="2020-04-26")
>>> sorted((m.start, m.text, m.normalized["date"], m.normalized["relation"]) for m in extract(ctx))
[(0, '2020年6月底前', '2020-06-30', 'by'), (25, '长期', None, 'ongoing')]
"""

from __future__ import annotations

import re
from typing import Iterator

from policyie.extraction import timex
from policyie.extraction.context import Context
from policyie.extraction.extractors.common import mention
from policyie.extraction.intervals import Occupancy
from policyie.extraction.timex import TimeExpr
from policyie.records import Mention

LABEL = "DEADLINE"

# A label introducing a deadline: 完成时限:2018年, 时间节点：…, 完成时间：…
# 截止时间为2020年3月15日, 截止日期：… (截止 is a deadline; 截至 "as of" is not)
_LABELLED = re.compile(r"(?:(?:完成|办结|落实)?(?:时限|时间|时间节点|期限)\s*[:：]|截止(?:时间|日期)\s*(?:为|是|[:：])?)\s*")
# 在知悉泄密事件的24小时内: 在 + the event + 的 is the start a limit counts from
_RELATIVE_LEAD = re.compile(r"(应当|应|须|必须|之日起|日起|起|后的|后|在|于|限|期限为?|时限为?|届满前|期满前|的\s*[，,]|在[^，,。；;\n]{1,6}的)\s*[，,]?\s*$")
# A limit set on the person told: 通知犬主三日内认领, 告知申请人十日内将犬只自行处置.
_TOLD = re.compile(r"(?:通知|告知|责令|催告|督促)[^，,。；;\n]{1,8}$")
# The limit a cap bounds: 办理期限不得超过六个月, 答复时间最长不得超过九十日.
_LIMIT_NOUN = re.compile(r"(?:期限|时限|办理|办结|答复|处理|审查|审理|作出决定)[^，,。；;\n]{0,8}$")
_AHEAD_LEAD = re.compile(r"(?:应当|应|须|必须|至少|需要|需|要|并)[^，,。；;\n]{0,6}$")
# An advance notice is a limit whoever states it: 提前十天通知, 提前10天告知当事人, 提前三十日向…报告
# (a plan's schedule says it without 应当); 提前2个月完成 stays an achievement.
_AHEAD_NOTICE = re.compile(r"(?:书面)?(?:通知|告知|公告|公布|报送|报告|提交|送达|提出|申请|预约|发出|抄送|向)")
# (锚定2035年跃升成为…: the year a goal is anchored on, gold-fresh19)
_LEAD = re.compile(r"(?:(?:力争|确保|争取|计划|预计)?(?:到|在|于|至)|力争|确保|争取|锚定)$")
# A part of the year a pledge sets, whatever the verb after it (确保上半年完成…; gold-fresh16)
_PLEDGED = re.compile(r"(?:力争|确保|争取)$")
# 定于3月5日上午9时召开: the time of a meeting the document convenes (guidelines v1.2).
_CONVENED = re.compile(r"定于$")
_PAST_AFTER = re.compile(r"^(?:以来|来|起|开始|始|印发|出台|发布|召开|举行|成立|以后|后|，全|,全|实施的|底,|底，|末,|末，)")
# A year heading a target inside a plan: 2025年全市覆盖率达到90% (guidelines v1.2).
_TARGET = re.compile(r"[^，,。；;：:\n]{0,30}?(?:达到|实现|建成|提高到|提升到|降至|降到|控制在|突破|覆盖率|全覆盖"
                     r"|开工|复工|竣工|完工|投产|投用|投运|通车|通水|上线"
                     r"|成为)")  # 2035年烟台跃升成为环渤海地区中心城市 (a year target, gold-fresh19)
# A level right after a quarter or half, in a list of targets: 一季度达到30%、二季度达到60%、三季度85%以上
_LEVEL = re.compile(r"\s*\d+(?:\.\d+)?\s*[%％]")
# A growth target after 今年 (今年地区生产总值增长6％左右): a rate, not a past figure.
_GROWTH = re.compile(r"[^，,。；;：:\n]{0,20}?(?:增长|下降|提高|降低)\s*\d")
# The year's goals named right after 今年: 今年（全市）经济社会发展的主要预期目标是
_GOALS = re.compile(r"[^，,。；;\n]{0,14}?(?:主要)?(?:预期)?目标(?:是|为|\s*[:：])")
# 今年将实施“十大行动”, 今年，市政府将继续办好12件民生实事, 今年我继续承诺…: the year's pledges
# (a sentence opening with 今年 and who will act; six such 今年 in six sets' reports)
# (not the report's outline: 今年要重点做好八个方面的工作, labelled in none of three reports)
_PLEDGE = re.compile(r"[，,]?(?:我们|我|市政府|县政府|区政府|州政府|政府)?(?:将|要|继续承诺|承诺)(?!是|会|于)"
                     r"(?![^。；;\n]{0,20}方面)")
_CLAUSE_START = "\n，,。；;：:、)）"
_PAST_MARK = re.compile(r"[^，,。；;\n]{0,30}?(?:已经|已|了|同比)")


def _value(date: str | None, precision: str, relation: str, recurring: bool = False) -> dict:
    return {"date": date, "precision": precision, "relation": relation, "recurring": recurring}


def extract(ctx: Context) -> Iterator[Mention]:
    v = ctx.view.text
    taken = Occupancy(len(v))  # one byte per character: overlap checks in time linear in the span
    year_at = ctx.ref_year

    def emit(t: TimeExpr | tuple[int, int], value: dict, source: str) -> Iterator[Mention]:
        s, e = (t.start, t.end) if isinstance(t, TimeExpr) else t
        if e > s and taken.free(s, e):
            taken.take(s, e)
            yield mention(ctx, LABEL, s, e, value, source)

    # 1. labelled time limits: 完成时限:2018年 / 长期
    for lm in _LABELLED.finditer(v):
        p = lm.end()
        om = timex.ONGOING.match(v, p)
        if om:
            yield from emit((om.start(), om.start() + 2), _value(None, "period", "ongoing"), "deadline.labelled")
            continue
        rm = timex.YEAR_RANGE.match(v, p)
        if rm:
            yield from emit((rm.start(), rm.end()), _value(f"{rm.group('y2')}-12-31", "period", "during"),
                            "deadline.labelled")
            continue
        t = timex.calendar_at(v, p, year_at)
        if t is not None:
            yield from emit(t, _value(t.date, t.precision, "by"), "deadline.labelled")

    # 2. recurring due points: 每年6月底和12月底前, 每月25日前, 每年年初, 每年第一季度
    for t in timex.recurring(v, year_at):
        yield from emit(t, t.value(), "deadline.recurring")

    # 2c. relative limits: 二十日前, 提前五天, 十五日内, 至迟不超过四个月; 年内 (this year)
    limits: list[int] = []  # ends of the within-limits taken (a cap after one stretches it)
    for t in timex.relatives(v):
        if t.rule == "relative.within":
            if t.start > 0 and (v[t.start - 1].isdigit() or v[t.start - 1] in "第每"):
                continue
            opens = t.start == 0 or v[t.start - 1] in "\n。；;"
            if (not _RELATIVE_LEAD.search(v[max(0, t.start - 8):t.start]) and not (opens and v[t.end:t.end + 1] in "，,")
                    and not (_TOLD.search(v, max(0, t.start - 10), t.start) and not re.match(r"[仍未不]", v[t.end:t.end + 1]))):
                continue  # 三年内有效, 服务三年: a validity period or duration, not a limit (一年内，将… opens a clause)
            if re.match(r"\s*(?:有效|不得|不再|不予|不准)", v[t.end:t.end + 4]):
                continue  # 五年内不予办理养犬登记: a ban's length, not a limit to act by
            if v[t.end:t.end + 1] == "又":
                continue  # 受治安处罚后六个月内又参与赌博的: the window of a repeat offence, a condition (gold-fresh19)
            limits.append(t.end)
        elif t.rule == "relative.not_over":
            before = v[max(0, t.start - 14):t.start]
            latest = v[max(0, t.start - 2):t.start] in ("至迟", "最迟")
            if not (latest or _caps_a_limit(v, t.start, limits)) and (
                    not _LIMIT_NOUN.search(before) or re.search(r"延长|中止|暂停", v[max(0, t.start - 16):t.start])):
                continue  # 会期不得超过两天 is a duration; 延长期限不得超过三十日 an extension
        elif (t.rule == "relative.ahead" and not _AHEAD_LEAD.search(v[max(0, t.start - 10):t.start])
              and not _AHEAD_NOTICE.match(v, t.end)):
            continue  # 提前2个月完成 in a report is an achievement; 应当提前七日通知 a limit
        yield from emit(t, t.value(), "deadline.relative")
    for t in timex.this_year(v, year_at):
        if re.match(r"[\u4e00-\u9fff]{1,3}率", v[t.end:t.end + 4]):
            continue  # 年内开工率: the name of a statistic, like 当年开工率 (reports notes)
        yield from emit(t, t.value(), "deadline.this_year")

    # 3. plan periods and terms: “十三五”期间, 一个任期内, 2021年至2023年, 2019年7月至12月
    for t in timex.periods(v):
        ref = ctx.ref_year(t.start)
        if t.kind == "plan" and t.date and ref and int(t.date[:4]) < ref:
            continue  # “十三五”期间 in a 2024 report: a past plan period, an event
        yield from emit(t, t.value(), "deadline.plan_period" if t.kind == "plan" else "deadline.term")
    for t in timex.month_ranges(v, year_at):
        if not ("y" in t.parts or t.suffix
                or ("d" in t.parts and not t.recurring and ctx.ref_date and len(ctx.ref_date) == 10
                    and t.date >= ctx.ref_date)):
            continue  # 1-9月 in a report is a statistics period; a year, 期间/前 or a future day makes a schedule
        if re.match(r"\s*为", v[t.end:t.end + 2]):
            continue  # 5月15日至9月30日为汛期: a definition, not a schedule
        ref = ctx.ref_year(t.start)
        if ref and int(t.date[:4]) < ref:
            continue  # a past period is an event
        if v[t.end:t.end + 1] in ("》",) or re.search(r"《[^》]{0,40}$", v[max(0, t.start - 40):t.start]):
            continue  # inside a title
        yield from emit(t, t.value(), "deadline.range")
    for t in timex.year_ranges(v):
        before = v[max(0, t.start - 4):t.start]
        if v[t.end:t.end + 1] in ("》", ")", "）") or re.search(r"[(（《]$", before):
            continue  # a plan's period in its title: 规划(2016—2020年)
        ref = ctx.ref_year(t.start)
        if ref and int(t.date[:4]) < ref:
            continue
        yield from emit(t, t.value(), "deadline.range")

    # 4. explicit limits: 2020年6月底前, 到2020年, 5月上旬, 2018年底前, 3月5日上午9时
    for t in timex.calendars(v, year_at):
        if t.parts & {"y", "m"}:
            yield from _calendar_decision(ctx, v, t, emit)
        elif ((_TARGET.match(v, t.end) or _LEVEL.match(v, t.end) or _PLEDGED.search(v, max(0, t.start - 2), t.start))
              and not _PAST_MARK.match(v, t.end)
              and not re.search(r"(?:去年|前年|上年)$", v[max(0, t.start - 2):t.start])):
            # a quarter or half heading a target (开工率一季度达到30%), or one a pledge sets
            # (确保上半年完成县市区扩面任务, gold-fresh16); otherwise undecided
            yield from emit(t, t.value(), "deadline.target")
    for t in timex.year_ends(v, year_at):  # after the calendar forms: 2019年年底前 is theirs
        if not _PAST_AFTER.match(v[t.end:t.end + 6]):
            yield from emit(t, t.value(), "deadline.year_end")  # 工程年底前通水
    for t in timex.named_years(v, year_at):
        # 今年 heading the year's targets (今年经济社会发展主要预期目标是：…), in the document's year
        if ctx.ref_date and (t.start == 0 or v[t.start - 1] in _CLAUSE_START + "！!算虑议"
                                  or v[max(0, t.start - 2):t.start] == "提出") and (
                _GOALS.match(v, t.end) or (_GROWTH.match(v, t.end) and not _PAST_MARK.match(v, t.end))
                or _PLEDGE.match(v, t.end)):
            yield from emit(t, t.value(), "deadline.target")


def _caps_a_limit(v: str, start: int, limits: list[int]) -> bool:
    """Whether a cap at ``start`` stretches a time limit its sentence set before it (``limits``:
    the ends of the limits taken so far): 应当在三个月内答复，情况复杂的不超过六个月 (the outer
    limit of the same answer, a DEADLINE)."""
    lo = max(v.rfind("。", 0, start), v.rfind("\n", 0, start), start - 60)
    return any(lo < end <= start for end in limits)


def _calendar_decision(ctx: Context, v: str, t: TimeExpr, emit) -> Iterator[Mention]:  # noqa: ANN001
    """Whether a calendar expression is a DEADLINE, and as which rule."""
    s, e, suf, parts = t.start, t.end, t.suffix, t.parts
    limit = suf.endswith("前")
    if s > 0 and (v[s - 1].isdigit() or v[s - 1] in "第〔[【"):
        return
    if s > 0 and v[s - 1] in "(（" and not (limit and v[e:e + 1] in ")）"):
        return  # (2016年) in a title; a parenthesised schedule in a heading, (2019年5月底前), is kept
    lead = _LEAD.search(v[max(0, s - 4):s])
    has_day = "d" in parts
    trailing = v[e:e + 6]
    # 3月举行 / 3月召开 is a past event, 三月底前举行 a limit: only a 前 suffix keeps it
    # 定于…召开; 于2019年11月下旬召开 when that is still ahead of the document's date (a notice)
    convened = bool(_CONVENED.search(v[max(0, s - 2):s])) or (
        v[s - 1:s] == "于" and bool(ctx.ref_date) and t.date is not None and t.date >= (ctx.ref_date or "")
        and bool(re.match(r"^[^，。；\n]{0,12}(?:召开|举行)", v[e:e + 14])))
    if not convened and ((_PAST_AFTER.match(trailing) and not (limit and trailing.startswith(("举行", "召开"))))
                         or re.match(r"^[^，。；\n]{0,12}(印发|出台|以来)", trailing)
                         or (not limit and re.match(r"^[^，。；\n]{0,12}召开", trailing))):
        return
    year = int(t.date[:4])
    ref = ctx.ref_year(s)
    if ref and year < ref:
        return  # a past date is an event, not a deadline
    if ctx.ref_date and len(ctx.ref_date) == 10 and t.date < ctx.ref_date and not suf:
        return
    value = _value(t.date, t.precision, t.relation)
    if suf:
        if suf == "内" and not ("y" in parts and "m" not in parts):
            return  # 3月内 reads as a duration
        yield from emit(t, value, "deadline.suffix")
    elif "tod" in parts and not convened and re.search(r"期为(?:每年的?)?$|至(?:次年的?)?$", v[max(0, s - 6):s]):
        return  # 采暖期为每年的11月14日12时至次年的3月15日12时: a season defined, not a time set for a measure
    elif convened or "tod" in parts:
        # the time of a meeting or activity the document convenes (定于…召开, 上午9时)
        yield from emit(t, value, "deadline.convened")
    elif lead and not has_day:
        if "y" in parts and not (parts & {"m", "yend", "half", "q"}) and re.match(r"^(的|年|度)", trailing):
            return
        yield from emit(t, value, "deadline.lead")
    elif "xun" in parts and "y" not in parts:
        yield from emit(t, value, "deadline.xun")
    elif parts & {"end", "yend", "half", "q"} and re.match(r"^\s*(基本|全面|前|要|完成|实现|建成|出台|制定)", trailing):
        # 2019年底完成, 2020年上半年完成试点: a part of a year that ends a task (past ones left above)
        yield from emit(t, value, "deadline.end")
    elif (parts == {"y"} and ctx.ref_date and (s == 0 or v[s - 1] in _CLAUSE_START + " \u3000")
          and ((_TARGET.match(v, e) and not _PAST_MARK.match(v, e)) or _GOALS.match(v, e))):
        # 2025年全市覆盖率达到90%; 2024年全市经济社会发展主要预期目标是 (as for 今年)
        yield from emit(t, value, "deadline.target")
