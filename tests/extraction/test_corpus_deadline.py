"""DEADLINE corpus: time limits and schedules of measures (guidelines § DEADLINE and settled cases).

A year left out is the document's year: the examples pass the document's date as
``ref_date`` (or none, where the year must come from the text before the expression).
"""

from __future__ import annotations

import pytest

from corpus import ANY, assert_corpus, ex, neg


def D(date, precision, relation="by", recurring=False):
    return {"date": date, "precision": precision, "relation": relation, "recurring": recurring}


R2018 = "2018-04-28"   # a plan signed in spring 2018 (the lingwu sample's date)
R2019 = "2019-03-01"
R2020 = "2020-04-26"   # the xinglong sample's date

EXAMPLES = [
    # --- the guidelines' own examples -----------------------------------------------
    ex("2020年6月底前基本完成各项改革任务。", "2020年6月底前", D("2020-06-30", "month"), ref=R2020,
       why="2020年6月底前 → 2020-06-30, month, by"),
    ex("完成时限:2018年", "2018年", D("2018-12-31", "year"), ref=R2018,
       why="完成时限:2018年 → `2018年`, 2018-12-31, year, by"),
    ex("完成时限:长期", "长期", {"date": None, "relation": "ongoing"}, ref=R2018,
       why="完成时限:长期 → `长期`, date null, relation ongoing"),
    ex("7月底前完成人员转隶。", "7月底前", D("2020-07-31", "month"), ref=R2020,
       why="7月底前; a year left out is the document's year"),
    ex("8月底前完成挂牌。", "8月底前", D("2020-08-31", "month"), ref=R2020,
       why="8月底前; a year left out is the document's year"),
    ex("5月上旬制定实施方案。", "5月上旬", D("2018-05-10", "xun"), ref=R2018,
       why="5月上旬 in a 2018 plan → 2018-05-10, xun, by"),
    ex("每年6月底和12月底前报送工作进展情况。", "每年6月底和12月底前",
       {"date": "2020-12-31", "recurring": True}, ref=R2020,
       why="每年6月底和12月底前 (one span) → 12-31 of the document's year, recurring true"),
    ex("2018年底前完成乡镇机构改革。", "2018年底前", {"date": "2018-12-31", "relation": "by", "recurring": False},
       ref=R2018, why="2018年底前; date is the last day the expression allows"),
    ex("“十三五”期间基本建成便民服务体系。", "“十三五”期间", D("2020-12-31", "period", "during"), ref=R2018,
       why="“十三五”期间 → 2020-12-31, period, during"),
    ex("到2020年，基本建立乡镇服务体系。", "2020年", D("2020-12-31", "year"), ref=R2018,
       why="到2020年 → `2020年` (without a leading 到)"),
    ex("乡镇干部一个任期内至少轮训一次。", "一个任期内", ANY, ref=R2018,
       why="一个任期内 (span given, value not)"),
    ex("2021年至2023年开展集中整治。", "2021年至2023年", D("2023-12-31", "period", "during"), ref="2021",
       why="settled: 2021年至2023年 is one DEADLINE (during, 2023-12-31, period)"),
    ex("每月25日前报送统计数据。", "每月25日前", {"date": "2021-12-25", "recurring": True}, ref="2021",
       why="settled: 每月25日前 is recurring, dated in the year's last month (…-12-25)"),
    # --- constructed by the same rules ----------------------------------------------
    ex("完成时限：2018年", "2018年", D("2018-12-31", "year"), ref=R2018,
       why="完成时限 with a full-width colon; the label is not in the span"),
    ex("完成时限：2018年12月", "2018年12月", D("2018-12-31", "month"), ref=R2018,
       why="完成时限 label; date is the last day the expression allows"),
    ex("于2020年底前完成。", "2020年底前", {"date": "2020-12-31", "relation": "by", "recurring": False}, ref=R2020,
       why="without a leading 于"),
    ex("在2019年9月前完成清理规范。", "2019年9月前", D("2019-09-30", "month"), ref=R2019,
       why="without a leading 在; trailing 前 kept"),
    ex("确保到2019年6月底前全部到位。", "2019年6月底前", D("2019-06-30", "month"), ref=R2019,
       why="without a leading 到"),
    ex("2019年12月31日前完成清理。", "2019年12月31日前", D("2019-12-31", "day"), ref=R2019,
       why="precision day"),
    ex("6月中旬前制定工作方案。", "6月中旬前", D("2018-06-20", "xun"), ref=R2018,
       why="xun: last day of 中旬 is the 20th"),
    ex("5月下旬完成人员划转。", "5月下旬", D("2018-05-31", "xun"), ref=R2018,
       why="as 5月上旬: the last day of 下旬"),
    ex("到2020年上半年，完成改革任务。", "2020年上半年", D("2020-06-30", "half"), ref=R2019,
       why="precision half; without a leading 到"),
    ex("2020年第三季度前完成验收。", "2020年第三季度前", D("2020-09-30", "quarter"), ref=R2020,
       why="precision quarter"),
    ex("2019年3月，县委召开会议，要求9月底前完成挂牌。", "9月底前", D("2019-09-30", "month"),
       why="no document date: the year mentioned last before the expression (2019年3月 is a past event)"),
    # --- project notes (batch-c) -------------------------------------------------------
    ex("应当在每年第一季度报送上一年度工作情况。", "每年第一季度", D("2011-03-31", "quarter", recurring=True),
       ref="2011-12-27", why="notes: 每年第一季度 recurs; the quarter's last day"),
    ex("本次会议应当不迟于三月底前举行。", "三月底前", D("2016-03-31", "month"), ref="2016-01-01",
       why="a 前 limit before 举行 is no past event"),
    ex("2020年6月底前召开推进会。", "2020年6月底前", D("2020-06-30", "month"), ref=R2020,
       why="a 前 limit before 召开 is no past event"),
]

NEGATIVES = [
    neg("2020年1月，省委办公厅印发实施意见。", ref=R2020, why="No: dates of past events (2020年1月…印发)"),
    neg("2017年以来，全县持续推进改革。", ref=R2018, why="No: 2017年以来"),
    neg("兴隆县人民政府\n2020年4月26日", ref=R2020, why="No: the signing date"),
    neg("每年开展一次督查。", ref=R2020, why="No: bare frequencies (每年)"),
    neg("每季度召开一次联席会议。", ref=R2020, why="No: bare frequencies (每季度)"),
    neg("新录用人员至少在乡镇服务三年。", ref=R2020, why="No: durations of service"),
    neg("发现问题限期整改。", ref=R2020, why="No: vague terms (限期)"),
    neg("及时报送有关情况。", ref=R2020, why="No: vague terms (及时)"),
    neg("尽快完成人员转隶。", ref=R2020, why="No: vague terms (尽快)"),
    neg("本条例自2020年1月1日起施行。", ref="2019-11-29", why="settled: effective dates are not DEADLINE"),
    neg("认定资格五年内有效。", ref=R2020, why="settled: validity periods are not DEADLINE"),
    neg("2022年6月起，全面推行综合执法。", ref="2022-03-01", why="settled: a start (2022年6月起) is not a DEADLINE"),
]


# --- guidelines v1.2 (issue 8): expectations the extractor does not meet yet ---------------
# Each is checked on its own so that the xfail is per example: once the extractor does one,
# its strict xfail turns into a failure and the example moves up into EXAMPLES.
V12_NOT_YET = [
    # Was D(None, "period", "by") in EXAMPLES (batch-c notes). v1.2 § Settled cases, relative time
    # limits: "A limit before an anchor event (在开会之日的七日前 …) gives 七日前 …, relation by,
    # precision day, date null" — so the precision is day, not period.
    ex("选举委员会应当在选举日的二十日前公布选民名单。", "二十日前", D(None, "day", "by"), ref="2011-07-29",
       why="v1.2: a limit before an anchor event → relation by, precision day, date null"),
]


def test_deadline_corpus(pipeline):
    assert_corpus(pipeline, "DEADLINE", EXAMPLES, NEGATIVES)


@pytest.mark.xfail(strict=True, reason="v1.2: extractor not yet updated (issue 8)")
@pytest.mark.parametrize("example", V12_NOT_YET, ids=[e.expected[0][0] for e in V12_NOT_YET])
def test_deadline_corpus_v12_not_yet(pipeline, example):
    assert_corpus(pipeline, "DEADLINE", [example])
