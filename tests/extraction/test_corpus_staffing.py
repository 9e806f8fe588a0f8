"""STAFFING corpus: counts of staff, posts or positions (guidelines § STAFFING)."""

from __future__ import annotations

from corpus import assert_corpus, ex, exs, neg


def S(mn, mx, unit="名", approx=False):
    return {"min": mn, "max": mx, "unit": unit, "approx": approx}


EXAMPLES = [
    # --- the guidelines' own examples -----------------------------------------------
    ex("人员编制不少于10名。", "不少于10名", S(10, None), why="不少于10名 → min 10, max null"),
    ex("乡镇党委委员职数为7至9名。", "7至9名", S(7, 9), why="7至9名 → 7, 9"),
    ex("核定行政编制4-5名。", "4-5名", S(4, 5), why="核定行政编制4-5名 → 4-5名"),
    ex("成员151人至500人的，理事会成员一般不少于5人。", "不少于5人", S(5, None, "人"),
       why="a count that ends a condition (…人的，) states a case; only the board's size is a count (gold-fresh3 regs-m)"),
    ex("县直部门各选派2名左右业务骨干。", "2名左右", S(2, 2, approx=True),
       why="2名左右 → 2, 2, approx true"),
    ex("每个乡镇配备1名专职党委组织员。", "1名", S(1, 1), why="1名 → 1, 1; noun not in span"),
    ex("全县累计招聘507人。", "507人", S(507, 507, "人"), why="累计招聘507人 → 507人"),
    exs("设书记1名，副书记2名。", [("1名", S(1, 1)), ("2名", S(2, 2))], why="书记1名，副书记2名 → 1名, 2名"),
    ex("选派两名干部驻村。", "两名", S(2, 2), why="两名 → 两名; Chinese numerals converted (两 → 2)"),
    ex("领导职数不超过5名。", "不超过5名", S(None, 5), why="不超过5名 → min null, max 5"),
    ex("每个网格至少有1名专职网格员。", "1名", S(1, None),
       why="settled: comparator separated by a verb stays out; 1名 → min 1, max null"),
    ex("党的支部委员会一般设委员3至5名。", "3至5名", S(3, 5),
       why="settled: bodies named to refer to people — the numbers stay STAFFING"),
    ex("村民委员会成员3至7人。", "3至7人", S(3, 7, "人"),
       why="settled: 村民委员会成员 is not ORG, the numbers stay STAFFING"),
    # --- constructed by the same rules ----------------------------------------------
    ex("招录十五名社区工作者。", "十五名", S(15, 15), why="Chinese numerals converted"),
    ex("选调二十三名年轻干部到乡镇任职。", "二十三名", S(23, 23), why="Chinese numerals converted"),
    ex("每个工作站配备3-5名工作人员。", "3-5名", S(3, 5), why="range as 4-5名"),
    ex("核定事业编制3至5名。", "3至5名", S(3, 5), why="range as 7至9名"),
    ex("工作小组由三人至五人组成。", "三人至五人", S(3, 5, "人"), why="range with repeated measure word"),
    ex("每个乡镇配备专职人员3名以上。", "3名以上", S(3, None), why="以上: attached comparator, lower bound"),
    ex("共下沉干部50余名。", "50余名", {"min": 50, "unit": "名"},
       why="余: attached approximation (max/approx left open)"),
    ex("每个所配备工作人员约30名。", "约30名", S(30, 30, approx=True), why="约: approximation as 左右"),
    ex("乡镇编制总数控制在40名以内。", "40名以内", S(None, 40), why="以内: attached comparator, upper bound"),
    ex("安排专职人员至少2名。", "至少2名", S(2, None), why="至少: attached comparator, lower bound"),
    ex("乡镇副职领导职数最多3名。", "最多3名", S(None, 3), why="最多: attached comparator, upper bound"),
    ex("全镇近20名干部下沉到村。", "近20名", {"unit": "名", "approx": True}, why="近: attached approximation"),
    ex("每个乡镇至少配备2名执法人员。", "2名", S(2, None),
       why="settled: comparator separated by a verb (至少配备) stays out, min kept"),
    # --- project notes (batch-c) -------------------------------------------------------
    exs("村务监督委员会一般由三人组成，人口较多的村不超过五人。", [("三人", S(3, 3, "人")), ("不超过五人", S(None, 5, "人"))],
        why="notes: committee sizes; population is the condition of the second size"),
    ex("乡镇人民代表大会可以设秘书一人。", "一人", S(1, 1, "人"), why="notes: posts in regulations are STAFFING"),
    # --- a cap on a size its sentence set before (issue 8: committee sizes by class and cap) ---
    exs("主席团成员的名额为七人至十三人，经济比较发达或者人口较多的乡镇不超过十七人。",
        [("七人至十三人", S(7, 13, "人")), ("不超过十七人", S(None, 17, "人"))],
        why="the cap of the same presidium's size (gold-check: 浙江 township congress)"),
    exs("主席团由代表七人至十一人组成，九万人以上的，最多不超过十三人。",
        [("七人至十一人", S(7, 11, "人")), ("最多不超过十三人", S(None, 13, "人"))],
        why="a cap after a condition clause, 最多 in the span (gold-check: 重庆 township congress)"),
]

NEGATIVES = [
    # gold-fresh15 (成都, 荆州 reports): people honoured, named, trained or competing are not posts
    neg("选树道德模范50名（组）、身边好人109名，3名见义勇为人员获省政府奖励。", why="notes: honourees are not STAFFING"),
    neg("评选命名“成都工匠”593名，高素质产业工人队伍持续壮大。", why="notes: honourees are not STAFFING"),
    neg("累计定向培养乡村医生781名。", why="notes: training, not staff placed"),
    neg("113个国家和地区的6500多名运动员挥洒激情。", why="athletes are no posts"),
    neg("安置水电移民869人。", why="people resettled, not posts (a report's review; audit seed 23)"),
    neg("新增州级非遗传承人372人，获评全国最美拥军人物1名。", why="people honoured"),
    neg("引育农创客1900名以上。", why="people attracted, not posts"),
    # gold-fresh16 (绵阳 report): talents selected or fostered, degrees attracted, students admitted
    neg("选拔首批学术技术带头人50名、技术能手113名。", why="talents selected, not posts"),
    neg("培育优秀校长171名。", why="people fostered, like 培养"),
    neg("力争新引进人才3万名以上，其中博士400名以上、硕士5000名以上。", why="talents attracted, by degree"),
    neg("全市50名高中生被录取为空军飞行员。", why="students admitted"),
    neg("市第一人民医院在全国三级综合性医院中排名提升494名。", why="places gained in a ranking (gold-fresh17 防城港)"),
    neg("代表建议、批评和意见可以由代表一人提出，可以由代表多人联名提出。",
        why="how many deputies may move a suggestion, not a count of posts (gold-fresh3 regs-i)"),
    neg("代表建议、批评和意见可以一人提出，也可以联名提出。", why="the same without 代表 (gold-unseen)"),

    neg("乡长、镇长的候选人数一般应多一人，进行差额选举。", why="v1.2: a margin of candidates is a difference"),
    neg("副主席的候选人数应比应选人数多一至三人。", why="v1.2: a margin of candidates is a difference"),
    neg("候选人数应多于应选人数一人至三人。", why="v1.2: the guidelines' own example of a margin"),
    neg("全村人口不超过三千人。", why="a population cap is no size"),
    neg("环境空气质量综合指数在168个重点城市中退出后50名。", why="a rank (后50名), not a count of staff"),
    neg("实施中职“三名工程”。", why="a quoted name (“三名工程”), not a count"),
    neg("为7480名残疾人发放交通补贴。", why="No: beneficiaries (为N名…)"),
    neg("代表总数在四十人以下的，五分之一以上代表联名。", why="a threshold (…以下的) is no count"),
    neg("代表十人以上书面联名可以提出质询案。", why="a threshold of signatories is no count"),
    neg("如果提名的候选人只有一人，也可以等额选举。", why="a condition (只有一人), not a post"),
    neg("全镇人口不足3万人。", why="No: population"),
    neg("全县1700人顺利脱贫。", why="No: beneficiaries"),
    neg("办件量增加了近1倍。", why="No: ratios"),
    neg("群众满意度达到95%。", why="No: percentages"),
    neg("新录用人员至少在乡镇服务三年。", why="No: durations"),
    neg("服务中心全年接待办事群众3000余人次。", why="No: beneficiaries / counts that are not people or posts"),
    neg("有正式党员10人以上的，可以设立党支部。", why="settled: thresholds (10人以上的) are not STAFFING"),
    neg("全县共有77个行政村。", why="No: counts of things that are not people or posts"),
    # real regulations (../shared/corpus/regulations, Beijing safety rules and Shanghai congress rules)
    neg("危险物品的生产、经营、储存单位及从业人员超过300人的其他生产经营单位，应当设置安全生产管理机构。",
        why="settled: a threshold whose comparator (超过) is inside the number's span"),
    neg("坚持提出该议案的代表不足十人的，该议案的办理工作即行终止。", why="settled: a threshold (不足十人的)"),
]


# gold-fresh11 (eleventh session): who may move, and the threshold of a right, are no posts
NEGATIVES += [
    neg("代表提出建议，可以由一名代表或数名代表联名提出。", why="how many may move (guidelines: thresholds)"),
    neg("常务委员会组成人员5人以上，可以向常务委员会提出议案。", why="N人以上，可以…: the threshold of a right"),
]
EXAMPLES += [
    ex("每个社区配备专职工作人员2名以上，负责日常工作。", "2名以上", {"min": 2}, why="a count set by a measure stays"),
]

# gold-fresh14's errors
NEGATIVES += [
    neg("全州所有街道养老综合体、3000人以上易地扶贫搬迁集中安置点社区日间照料中心实现全覆盖。",
        why="a resettlement site sized by its people, not posts (安置 there is a place)"),
    neg("在200人以上安置区全覆盖建立紧密利益联结机制。", why="a resettlement area sized by its people"),
    neg("深入推进千名大学生乡村医生配备行动，壮大乡村医生队伍。", why="千名…行动 names a programme"),
]

# gold-fresh19's errors
EXAMPLES += [
    ex("人民警察在查禁赌博活动时不得少于二人，并应严格遵守法定程序。", "不得少于二人", {"min": 2, "max": None},
       why="officers acting, as 执法人员不得少于两人 (gold-fresh19 重庆, regs-p)"),
]


def test_staffing_corpus(pipeline):
    assert_corpus(pipeline, "STAFFING", EXAMPLES, NEGATIVES)
