"""DEADLINE corpus: time limits and schedules of measures (guidelines § DEADLINE and settled cases).

A year left out is the document's year: the examples pass the document's date as
``ref_date`` (or none, where the year must come from the text before the expression).
"""

from __future__ import annotations


from corpus import ANY, assert_corpus, ex, exs, neg


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
    ex("选举委员会应当在选举日的二十日前公布选民名单。", "二十日前", D(None, "day", "by"), ref="2011-07-29",
       why="notes, v1.2: days before an anchor event are a relative limit, relation by, precision day"),
    ex("应当在每年第一季度报送上一年度工作情况。", "每年第一季度", D("2011-03-31", "quarter", recurring=True),
       ref="2011-12-27", why="notes: 每年第一季度 recurs; the quarter's last day"),
    ex("本次会议应当不迟于三月底前举行。", "三月底前", D("2016-03-31", "month"), ref="2016-01-01",
       why="a 前 limit before 举行 is no past event"),
    ex("2020年6月底前召开推进会。", "2020年6月底前", D("2020-06-30", "month"), ref=R2020,
       why="a 前 limit before 召开 is no past event"),
]

# --- guidelines v1.2, settled cases ---------------------------------------------------
EXAMPLES += [
    ex("应当在十五日内作出决定。", "十五日内", D(None, "period", "during"), ref="2019-01-01",
       why="v1.2: relative limits are DEADLINE, without the leading 在"),
    ex("自收到之日起三日内予以答复。", "三日内", D(None, "period", "during"), ref="2019-01-01",
       why="v1.2: 自收到之日起三日内 → 三日内 (the anchor event left out)"),
    ex("闭会后两个月内报送。", "两个月内", D(None, "period", "during"), ref="2019-01-01",
       why="v1.2: 闭会后两个月内 → 两个月内"),
    ex("应当在开会之日的七日前通知代表。", "七日前", D(None, "day", "by"), ref="2019-01-01",
       why="v1.2: a limit before an anchor event: 七日前, relation by, precision day, date null"),
    ex("常务委员会应当提前五天通知。", "提前五天", D(None, "day", "by"), ref="2019-01-01",
       why="v1.2: 应当提前五天通知 → 提前五天"),
    ex("常务委员会会议举行十五日前将开会日期通知组成人员。", "十五日前", D(None, "day", "by"), ref="2019-01-01",
       why="v1.2: a limit before an anchor event (会议举行) without 的"),
    ex("市人民政府应当在市人大常委会举行会议10日前，提交决算草案。", "10日前", D(None, "day", "by"), ref="2016-01-01",
       why="v1.2: a limit before an anchor event ending in 会议 (举行会议10日前)"),
    ex("委托人应当在选举日五日前办理委托投票手续。", "五日前", D(None, "day", "by"), ref="2020-01-01",
       why="v1.2: a limit before an anchor day (选举日五日前)"),
    ex("定于2019年3月5日上午9时在县委会议室召开。", "2019年3月5日上午9时", D("2019-03-05", "day"),
       ref="2019-02-20", why="v1.2: times of day stay in the span; a meeting the document convenes is relation by"),
    ex("请于9月10日17:00前报送。", "9月10日17:00前", D("2019-09-10", "day"), ref="2019-08-01",
       why="v1.2: 9月10日17:00前 is one span"),
    ex("培训时间为6月3日下午2时至5时。", "6月3日下午2时至5时", D("2019-06-03", "day", "during"), ref="2019-05-01",
       why="v1.2: 6月3日下午2时至5时, one span, relation during"),
    ex("2019年年底前完成整改。", "2019年年底前", D("2019-12-31", "year"), ref="2019-05-01",
       why="v1.2: 2019年年底前 is one span"),
    ex("（一）摸底排查（2019年5月底前）", "2019年5月底前", D("2019-05-31", "month"), ref="2019-04-01",
       why="v1.2: a parenthesised schedule in a heading is DEADLINE"),
    ex("2025年全市覆盖率达到90%。", "2025年", D("2025-12-31", "year"), ref="2021-06-01",
       why="v1.2: a year that heads a target inside a plan is DEADLINE, by its last day"),
    ex("到2025年，基本实现全覆盖。", "2025年", D("2025-12-31", "year"), ref="2021-06-01",
       why="v1.2: 到2025年 gives 2025年"),
    ex("2019年7月至2019年12月开展专项整治。", "2019年7月至2019年12月", D("2019-12-31", "month", "during"),
       ref="2019-06-01", why="a range of months is one span (like 2021年至2023年), during, its last day"),
    ex("人民政府应当在每年六月至九月期间，向本级人民代表大会常务委员会报告。", "每年六月至九月期间",
       D("2019-09-30", "month", "during", recurring=True), ref="2019-03-01",
       why="a recurring range (每年…期间) is one span, recurring, dated in the document's year"),
    ex("办理期限最长不得超过六个月。", "不得超过六个月", D(None, "period", "during"), ref="2019-01-01",
       why="notes v1.2: caps on a limit stay DEADLINE (like 至迟不超过四个月), without the leading 最长"),
    ex("应当在业主委员会任期届满二个月前召开业主大会。", "二个月前", D(None, "month", "by"), ref="2019-01-01",
       why="v1.2: a limit before an anchor event; precision of its unit (months)"),
    ex("综合考虑，今年全市经济社会发展主要预期目标是：地区生产总值增长7%。", "今年", D("2024-12-31", "year"),
       ref="2024", why="v1.2 year targets: 今年 heading the year's targets in a work report is the document's year"),
    exs("确保新建项目开工率一季度达到30%、二季度达到60%。",
        [("一季度", D("2024-03-31", "quarter")), ("二季度", D("2024-06-30", "quarter"))], ref="2024",
        why="v1.2 year targets: each quarter heading a target"),
    ex("力争2024年“桂惠贷”投放量150亿元以上。", "2024年", D("2024-12-31", "year"), ref="2024",
       why="v1.2 year targets: 力争 + a year (like 到2025年)"),
    ex("需要中止供电的，应当提前七日通知用户。", "提前七日", D(None, "day", "by"), ref="2019-01-01",
       why="v1.2: 提前 + days, after 应当"),
    exs("有关机关和组织应当在三个月内答复，情况复杂的不超过六个月。",
        [("三个月内", D(None, "period", "during")), ("不超过六个月", D(None, "period", "during"))], ref="2019-01-01",
        why="a cap that stretches the limit its sentence set before it (gold: 北京 township congress organisation)"),
    ex("个别确实需要延长办理期限的，最迟不得超过四个月。", "不得超过四个月", D(None, "period", "during"), ref="2019-01-01",
       why="最迟 + a cap: the outer limit, even beside 延长 (gold-check: 重庆 township congress)"),
    ex("交通行政主管部门每年初应向本级人民政府报告。", "每年初", {"date": "2016-03-31", "precision": "quarter",
       "relation": "by", "recurring": True}, ref="2016-01-15",
       why="每年初: the year part without its second 年 (gold-fresh: 洛阳 road maintenance)"),
    ex("乡镇人民代表大会会议一般每年年初和年中各举行一次。", "每年年初和年中", {"date": "2016-06-30",
       "precision": "half", "relation": "by", "recurring": True}, ref="2016-01-15",
       why="two parts of the year, one span dated by the last (gold-check: 浙江 township congress)"),
    ex("市人民代表大会常务委员会每年十一月审议和表决代表建议办理情况的报告。", "每年十一月", {"date": "2017-11-30",
       "precision": "month", "relation": "by", "recurring": True}, ref="2017-11-30",
       why="a month of every year in which a duty is done is a due point, like 每年年初审议…报告 (notes); "
           "this replaces the earlier negative 每年6月开展评议 (gold-fresh3: 重庆 deputies' suggestions)"),
    ex("能确定犬主的，应当通知犬主三日内认领。", "三日内", {"date": None, "precision": "period", "relation": "during",
       "recurring": False}, why="a limit set on the person told (通知犬主三日内认领; gold-fresh4 regs-r)"),
    ex("养犬人应当在登记有效期届满前十五日内办理延续手续。", "十五日内", {"date": None, "precision": "period",
       "relation": "during", "recurring": False}, why="届满前N日内: the limit, the expiry its anchor (gold-fresh4 regs-r, regs-p)"),
    ex("2024年全市经济社会发展主要预期目标是：地区生产总值增长6%左右。", "2024年", {"date": "2024-12-31",
       "precision": "year", "relation": "by", "recurring": False}, ref="2024-01-20",
       why="a year heading the year's targets, as 今年 does (gold-unseen: 锡林郭勒, 枣庄)"),
    ex("2024年经济社会发展主要预期目标：地区生产总值增长6%。", "2024年", {"date": "2024-12-31",
       "precision": "year", "relation": "by", "recurring": False}, ref="2024-01-20", why="目标 followed by a colon (gold-fresh2: 咸宁)"),
    ex("街道办事处对材料进行核实，符合要求的，五个工作日内予以备案。", "五个工作日内", {"date": None,
       "precision": "period", "relation": "during", "recurring": False},
       why="a limit after the condition it applies to (…的，); align-gold tune: 北京 物业"),
    ex("既有建筑申请接入集中供热管网，应当于每年的7月31日前向供热企业提出。", "每年的7月31日前", {"date": "2021-07-31",
       "precision": "day", "relation": "by", "recurring": True}, ref="2021-01-28",
       why="每年的 + a due day: recurring, 的 and all (gold-fresh5: 潍坊 heating)"),
    ex("建设单位应当在开工七日前书面通知中小学校。", "七日前", {"date": None, "precision": "day", "relation": "by",
       "recurring": False}, why="N日前 after the event it anchors on (开工), as after 举行/召开 (gold-fresh6)"),
    ex("培训机构应当在终止经营三十日前到原许可机构办理注销手续。", "三十日前", {"date": None, "precision": "day",
       "relation": "by", "recurring": False}, why="the same after 终止经营"),
    ex("每年6月开展评议。", "每年6月", {"date": "2019-06-30", "precision": "month", "relation": "by",
       "recurring": True}, ref="2019-04-01", why="the same reading: a duty done in June of every year"),
    ex("村民委员会、村民小组每年年终应全面核算本年度的收益。", "每年年终", D("2005-12-31", "year", recurring=True),
       ref="2005-04-22", why="the close of every year is a due point, like 每年年底 (gold-fresh10: 郑州 rural finance)"),
    ex("财会人员应当在每个会计年度终结，将财会资料分类整理。", "每个会计年度终结", D("2005-12-31", "year", recurring=True),
       ref="2005-04-22", why="the accounting year is the calendar year (gold-fresh10)"),
    ex("农民专业合作社应当在会计年度终了时向成员公布经营和财务状况。", "会计年度终了时",
       D("2009-12-31", "year", recurring=True), ref="2009-06-01", why="with 时, without 每 (gold-fresh3: regs-m)"),
    ex("按月公布财务收支情况；年度终了向村民会议报告。", "年度终了", D("2005-12-31", "year", recurring=True),
       ref="2005-04-22", why="a duty at the close of the year (gold-fresh10)"),
    ex("各市于每季度末将进展情况报送省委编办。", "每季度末", {"date": "2019-12-31", "precision": "quarter",
       "relation": "by", "recurring": True}, ref="2019-04-01",
       why="a quarter's end is a due point without 前 (notices' reporting schedules)"),
    ex("申报截止时间为2020年3月15日。", "2020年3月15日", {"date": "2020-03-15", "precision": "day",
       "relation": "by", "recurring": False}, ref="2019-04-01",
       why="截止时间为 labels a deadline as 完成时限： does"),
    ex("2020年上半年完成试点。", "2020年上半年", {"date": "2020-06-30", "precision": "half", "relation": "by",
       "recurring": False}, ref="2019-04-01", why="a half-year that ends a task in a plan"),
    ex("拟于2019年11月下旬召开全省推进会。", "2019年11月下旬", {"date": "2019-11-30", "precision": "xun",
       "relation": "by", "recurring": False}, ref="2019-04-01",
       why="v1.2: the time of a meeting the document convenes, still ahead of its date"),
    ex("各乡镇开展自查整改，提前十天通知督查组。", "提前十天", D(None, "day", "by"), ref="2019-01-01",
       why="v1.2 (issue 8's 提前十天): an advance notice is a limit without 应当 too"),
    ex("视察前制定方案，提前10天告知被视察单位。", "提前10天", D(None, "day", "by"), ref="2019-01-01",
       why="an advance notice written in digits, no modal verb"),
]

# issue 8, the unseen work reports and regulations (2026-12-06, third session): year-less
# limits of the document's year, completion verbs after a quarter or half, a growth target
# after 今年, and relative limits after a comma or opening a clause.
UNSEEN = "issue 8 (unseen genres): "
EXAMPLES += [
    ex("张峰调水供水工程年底前通水。", "年底前", D("2024-12-31", "year"), ref="2024-02-20",
       why=UNSEEN + "年底前 without a year: the end of the document's year, as 2018年底前 reads"),
    ex("市人大常委会在年底前听取和审议整改情况的报告。", "年底前", D("2016-12-31", "year"), ref="2016-05-27",
       why=UNSEEN + "年底前 without a leading 在"),
    ex("确保一季度续建项目全部复工。", "一季度", D("2024-03-31", "quarter"), ref="2024-02-20",
       why=UNSEEN + "a quarter before a completion verb (复工, 开工, 竣工, 投产) is a schedule"),
    exs("确保147个项目上半年全部开工、100个项目年内投产。",
        [("上半年", D("2024-06-30", "half")), ("年内", D("2024-12-31", "year", "during"))], ref="2024-02-20",
        why=UNSEEN + "a half before 开工; 年内 before a verb"),
    ex("年内123个项目竣工。", "年内", D("2024-12-31", "year", "during"), ref="2024-02-20",
       why=UNSEEN + "年内 before a number (年内123个项目竣工), not only before a verb"),
    ex("综合考虑各方面因素，今年地区生产总值增长6％左右。", "今年", D("2024-12-31", "year"), ref="2024-02-20",
       why=UNSEEN + "今年 heading a growth target"),
    ex("登记机构应当自收到申请之日起，十五日内办理变更登记。", "十五日内", D(None, "period", "during"),
       ref="2021-01-01", why=UNSEEN + "a comma between the anchor (之日起) and the limit"),
    ex("一年内，将审议意见的研究处理情况送交常务委员会。", "一年内", D(None, "period", "during"),
       ref="2010-01-01", why=UNSEEN + "N年内， opening a clause is a time limit"),
    ex("驾驶员、乘务员应当在三十分钟内安排乘客免费乘坐同线路车辆。", "三十分钟内", D(None, "period", "during"),
       ref="2012-12-11", why="gold-fresh9: a limit in minutes (v1.2 relative limits)"),
    ex("急救中心应当在接收完呼救信息后一分钟内发出调度指令。", "一分钟内", D(None, "period", "during"),
       ref="2016-01-01", why="a limit in minutes (120 rules of the corpus)"),
]

NEGATIVES = [
    neg("预算年度终了后应当编制决算草案。", ref="2019-04-01", why="after the close (终了后): a frequency or an anchor, no due point"),
    neg("进行年终盈余分配前，应当提取公积金。", ref="2019-04-01", why="年终 names the distribution, not a due point"),
    neg("以上一年度终了时的余额为准。", ref="2019-04-01", why="the close of the past year: a reference, not a limit"),
    neg("全市于2018年11月召开推进会。", ref="2019-04-01", why="a meeting already held: a past event"),
    neg("2023年上半年完成试点。", ref="2024-02-01", why="a report's past half-year is an achievement"),
    neg("截至2018年底，全市共有企业3000家。", ref="2019-04-01", why="截至 is 'as of': a past figure, not a deadline"),
    neg("当事人接到通知书五日内不履行的，可以申请强制执行。", why="a condition (…内不履行的), not a limit"),
    neg("2023年全市经济社会发展主要目标任务已经完成。", ref="2024-01-20", why="a past year: an achievement"),
    neg("本市采暖期为每年的11月14日12时至次年的3月15日12时。", ref="2021-01-28",
        why="a season defined (期为…至…), not a time set for a measure (gold-fresh5)"),
    neg("中止协商的期限累计不得超过三十日。", ref="2014-04-11", why="a cap on how long a suspension lasts, like an extension"),
    neg("近两年每年电网建设规模相当于“十三五”期间实际完成总和。", ref="2024-01-20",
        why="a plan period already over (2016–2020 in a 2024 report): an event (gold-fresh7: 眉山)"),
    neg("——在2023年度“万家民营企业评营商环境”中位列第一。", why="2023年度 qualifies a ranking; no date given, no target"),
    neg("每年9月26日为浚县古城保护日。", ref="2016-01-15", why="a named day of the year, not a duty's due point"),
    neg("每年6月，全市开展评议。", ref="2019-04-01", why="每年6月 before a comma: no duty follows it, left as a frequency"),
    neg("必要时可以延长五个工作日。", ref="2019-01-01", why="v1.2: extensions are not DEADLINE"),
    neg("应当在规定期限内完成。", ref="2019-01-01", why="v1.2: vague limits (在规定期限内) are not DEADLINE"),
    neg("须提供报到前24小时内的核酸检测报告。", ref="2019-01-01", why="v1.2: freshness requirements"),
    neg("每届任期五年。", ref="2019-01-01", why="v1.2: terms of office"),
    neg("在10日前完成的项目。", ref="2019-01-01", why="在10日前 may be the 10th of a month: no relative limit after 在"),
    neg("会期不得少于两天。", ref="2019-01-01", why="v1.2: minimum durations"),
    neg("确需延长的，延长期限不得超过三十日。", ref="2019-01-01", why="v1.2: extensions are not DEADLINE"),
    neg("许可证三个月内有效，续期不得超过两个月。", ref="2019-01-01",
        why="a validity period before a cap is no limit the cap stretches"),
    neg("每位代表发言不得超过十分钟。", ref="2019-01-01", why="v1.2: a speaking time is a duration"),
    neg("今年以来，全市经济运行总体平稳。", ref="2024", why="今年以来 is a past period"),
    neg("去年上半年全部开工。", ref="2024-02-20", why=UNSEEN + "a half of last year is past"),
    neg("去年年底前全部完工。", ref="2024-02-20", why=UNSEEN + "去年年底前 is past"),
    neg("今年以来地区生产总值增长6％。", ref="2024-02-20", why=UNSEEN + "今年以来 reports an outcome"),
    neg("本证书三年内有效。", ref="2024-02-20", why="a validity period, not a limit"),
    neg("今年是全面贯彻落实党的二十大精神的开局之年。", ref="2024", why="今年 naming the year, no target"),
    neg("一季度，全市地区生产总值增长5%。", ref="2024", why="a quarter reporting an outcome, no target verb"),
    neg("处置风险楼盘7个，提前10个月完成专项治理。", ref="2024-01-01",
        why="a report's 提前10个月完成 is an achievement (finished early), not a limit"),
    neg("2018年，全市覆盖率达到85%。", ref="2019-03-01", why="a past year heading an achievement is no target"),
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
    neg("新签约项目年内开工率不低于50%。", ref="2024-02-20",
        why="gold-fresh9: 年内开工率 names a statistic, like 当年开工率 (reports notes)"),
    neg("养犬人被吊销养犬登记证的，在五年内不予办理养犬登记。", ref=R2020,
        why="gold-fresh12: a ban's length (不予, 不准, like 不得), not a limit to act by"),
]

# gold-fresh14's errors (and the same forms in the older sets)
EXAMPLES += [
    ex("国家机关、单位发现泄密事件，应当在知悉泄密事件的24小时内报告保密工作部门。", "24小时内",
       D(None, "period", "during"), ref=R2020, why="在 + the event + 的 is the start a limit counts from"),
    ex("各位代表！今年将实施“十大行动”，继续办好一批民生实事。", "今年", D("2024-12-31", "year"), ref="2024",
       why="the year's pledges: 今年 opening a sentence of what will be done (gold-fresh14 十堰, fresh7 眉山)"),
    ex("民有所盼，政有所为。今年，市政府将继续办好12件民生实事。", "今年", D("2024-12-31", "year"), ref="2024",
       why="the year's pledges, who pledges named (unseen 晋城, fresh14 梧州)"),
]
NEGATIVES += [
    neg("今年要重点做好八个方面的工作：", ref="2024", why="the report's outline, not a pledge (fresh3 泰安, fresh8 北海)"),
    neg("今年是全面深化改革的关键之年，要坚定信心。", ref="2024", why="今年 naming the year"),
]


# gold-fresh16's errors
EXAMPLES += [
    ex("深化城市数字公共基础设施建设试点，确保上半年完成县市区扩面任务。", "上半年", D("2024-06-30", "half"), ref="2024",
       why="a half of the year a pledge sets (确保, 力争), whatever the verb after it (gold-fresh16 宜昌)"),
    ex("对接“十四五”规划，提出今年全市经济社会发展的主要预期目标是：地区生产总值增长5%左右。", "今年",
       D("2024-12-31", "year"), ref="2024", why="the year's targets proposed (提出今年…目标是; gold-fresh16 北京)"),
]
# gold-fresh18's errors
EXAMPLES += [
    ex("因检修需要中断服务的，应当在中断服务七十二小时前通知管理单位。", "七十二小时前", D(None, "day", "by"),
       ref="2018-04-28", why="v1.2: a limit before an event, in hours (小时 never counts a calendar date)"),
]
NEGATIVES += [
    neg("大厅提供24小时前台服务。", ref="2024", why="a front desk open 24 hours (前台), no limit"),
]
# gold-fresh19's errors
EXAMPLES += [
    ex("确需停运污水处理设施的，应当在十个工作日前将停运原因报告主管部门。", "十个工作日前", D(None, "day", "by"),
       ref="2019-09-27", why="v1.2: a limit before an event in working days (工作日 never counts a calendar date)"),
    exs("项目开工率一季度达到30%、二季度达到60%、三季度85%以上。",
        [("一季度", D("2024-03-31", "quarter")), ("二季度", D("2024-06-30", "quarter")), ("三季度", D("2024-09-30", "quarter"))],
        ref="2024", why="a quarter heading a level in a list of targets, its verb shared (gold-fresh19 温州)"),
    ex("锚定2035年跃升成为环渤海地区中心城市。", "2035年", D("2035-12-31", "year"), ref="2024",
       why="v1.2 year targets: the year a goal is anchored on (gold-fresh19 烟台)"),
    ex("规划提出，2035年烟台跃升成为环渤海地区中心城市。", "2035年", D("2035-12-31", "year"), ref="2024",
       why="v1.2: a year heading a target (成为 states the target like 达到)"),
]
NEGATIVES += [
    neg("因赌博受治安处罚后六个月内又参与赌博的。", ref="2011-11-29",
        why="the window of a repeat offence inside a condition, not a limit to act by (gold-fresh19 重庆, regs_eg)"),
    neg("2023年成为全省首个示范市。", ref="2024", why="a past year: an event, not a target"),
]


def test_deadline_corpus(pipeline):
    assert_corpus(pipeline, "DEADLINE", EXAMPLES, NEGATIVES)
