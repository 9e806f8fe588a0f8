"""ITEM_COUNT corpus: counts of matters, list items, institutions or policies (guidelines § ITEM_COUNT)."""

from __future__ import annotations

from corpus import assert_corpus, ex, exs, neg


def V(n, unit):
    return {"value": n, "unit": unit}


EXAMPLES = [
    # --- the guidelines' own examples -----------------------------------------------
    ex("清单涵盖行政许可、行政处罚等81项事项。", "81项", V(81, "项"), why="涵盖…81项事项 → 81项"),
    ex("共梳理乡镇职责163项。", "163项", V(163, "项"), why="梳理乡镇职责163项 → 163项"),
    ex("乡镇设置工作机构7个。", "7个", V(7, "个"), why="设置工作机构7个 → 7个"),
    ex("设置6个党政工作机构。", "6个", V(6, "个"), why="6个党政工作机构 → 6个"),
    exs("向乡镇下放10类551项执法事项。", [("10类", V(10, "类")), ("551项", V(551, "项"))],
        why="10类551项执法事项 → 10类 and 551项"),
    ex("出台11项配套政策。", "11项", V(11, "项"), why="11项配套政策 → 11项"),
    ex("新编修订城市供热、人防工程等专项规划21个。", "21个", V(21, "个"), why="plans are documents (gold-fresh4: 德州 report)"),
    ex("实施就业促进十大行动，发放稳岗返还资金。", "十大", V(10, "大"),
       why="N大 before the actions, tasks or plans a measure sets up (the labelled reports: 十大行动计划, 三大提升行动)"),
    ex("推进10大标志性合作事项。", "10大", V(10, "大"), why="the same with digits"),
    ex("完成458个实用性村庄规划编制。", "458个", V(458, "个"),
       why="村 in 村庄规划 qualifies the plans counted (gold-unseen, gold-fresh5)"),
    ex("47项为民办实事项目全部完成。", "47项", V(47, "项"),
       why="the first noun after the number decides: 实事 before 项目 (gold-fresh6: 厦门, 湖州)"),
    ex("新增教育集团4个。", "4个", V(4, "个"), why="an education group is an institution a reform sets up (gold-fresh3/-4)"),
    ex("加强集团化办学，建立5个城乡教育共同体。", "5个", V(5, "个"), why="the same for an education community"),
    ex("出台超80项惠企政策。", "超80项", {"value": 80, "unit": "项", "min": 80, "max": None},
       why="超 is a comparator inside the span (the labelled sets: 超1万项, 超80项)"),
    ex("执法事项分为4大类。", "4大类", V(4, "大类"), why="settled: units as written (4大类, unit 大类)"),
    ex("每个乡镇至少明确2-3个特色服务事项。", "2-3个", {"min": 2, "max": None, "unit": "个"},
       why="settled: 至少明确2-3个 — comparator out of the span, meaning kept"),
    # --- constructed by the same rules ----------------------------------------------
    ex("制定三项制度。", "三项", V(3, "项"), why="Chinese numerals"),
    ex("梳理权责清单事项235条。", "235条", V(235, "条"), why="measure word 条"),
    ex("保留审批服务事项不少于50项。", "不少于50项", {"min": 50, "max": None, "unit": "项"},
       why="attached comparator: min/max as for STAFFING"),
    ex("乡镇党政机构不超过7个。", "不超过7个", {"min": None, "max": 7, "unit": "个"},
       why="attached comparator: min/max as for STAFFING"),
    ex("下放行政许可事项20项左右。", "20项左右", {"min": 20, "max": 20, "unit": "项"},
       why="attached approximation: min/max as for STAFFING (2名左右 → 2, 2)"),
    ex("设置3-5个综合性办事机构。", "3-5个", {"unit": "个"}, why="range: the number with its measure word"),
    ex("建立12项工作制度。", "12项", V(12, "项"), why="count of items set up by a measure"),
    ex("组建县域医共体15家，推进优质医疗资源下沉。", "15家", V(15, "家"),
       why="gold-fresh9: 家 counts institutions a measure sets up (医共体, 托育机构, 医疗机构)"),
    ex("新建托育机构5家、新增托位300个。", "5家", V(5, "家"), why="gold-fresh8: 托育机构 counted by 家"),
    ex("新认定自治区普惠性幼儿园28所、自治区示范幼儿园3所。", "28所", V(28, "所"),
       why="gold-fresh8: the kindergartens a policy takes in count; the next item's 示范 title is its own"),
]

NEGATIVES = [
    neg("抓好100个市级服务业重点项目实施。", why="服务 inside 服务业: projects counted"),
    neg("实施黄庄立交等87个中心城区城建项目。", why="中心 inside 中心城区: projects counted"),
    neg("设置城乡应急避难场所100个。", why="places (场所), not institutions"),
    neg("违反第一、二、三、四项规定的，处五十元以上罚款。", why="the last of a list of ordinals (fourth audit, seed 41)"),
    neg("两个评估结果在省规定的误差范围内的，采用其平均值。", why="counts results; 规定 lies past 在, in another phrase"),
    neg("全面贯彻党的二十大精神。", why="二十大: the party congress"),
    neg("涵盖市场监管、农业农村等六大领域。", why="领域: fields, not items set up (devset)"),
    neg("“输氧玻璃罩”机制入选全国十大能动司法典型案例。", why="十大 counts the cases after it, not the 机制 before"),
    neg("实施“三大革命”“三大行动”。", why="quoted names"),
    neg("新增规范化幼儿园学位6330个、公办中小学学位9360个。", why="school places are an amount, not institutions"),
    neg("健全“三级三类”规划管理体系。", why="a count inside a quoted name"),
    neg("建成“共富工坊”837个、“共富驿站”620个。", why="共 in 共富 is no 'in all' (丽水 2024 report, gold-fresh3)"),
    neg("解决产业链共性技术问题20项以上。", why="共 in 共性 is no 'in all'"),
    neg("同时在两个或者两个以上中介服务机构执行业务。", why="N或者N以上: a threshold (gold-fresh3 regs-k)"),
    neg("解决群众反映突出问题92项。", why="issue 8 (report sets): problems handled are not a set of matters a measure sets up"),
    neg("9项主要经济指标中，8项增速高于全省。", why="issue 8 (report sets): indicators are not item counts"),
    neg("中央环保督察反馈问题整改16项。", why="issue 8 (report sets): problems rectified are outcomes, not items"),
    neg("新增城区公共停车泊位6000个。", why="parking places are facilities; the 共 of 公共 is not 共 (in all)"),
    neg("培育市级重点中心镇41个。", why="the noun right before the number is a town (镇), not the body word 中心"),
    neg("建成户外劳动者服务站点189个。", why="sites (站点) are facilities, whatever 服务 says"),
    neg("全县辖23个乡镇和街道办事处。", why="No: the number of townships a territory has"),
    neg("全镇共有12个行政村。", why="No: the number of villages a territory has"),
    neg("重点推进六大领域改革。", why="settled: counts of domains are not ITEM_COUNT"),
    neg("从八个方面推进改革。", why="settled: counts of aspects are not ITEM_COUNT"),
    neg("梳理出几十项事项。", why="settled: vague numbers (几十项) are not ITEM_COUNT"),
    neg("投入资金500万元。", why="No: money"),
    neg("服务中心面积达500平方米。", why="No: area"),
    neg("办理时限压缩至15个工作日。", why="No: days"),
    neg("群众满意率达到98%。", why="No: percentages"),
    neg("这是第3项改革任务。", why="No: ordinal numbers"),
    neg("每个乡镇配备5名执法人员。", why="No: people or posts (STAFFING)"),
    neg("涉及两个以上部门职责的事项，由县政府协调。", why="settled: thresholds are not ITEM_COUNT"),
    # a designation won or created is a title, not a count a measure sets up (gold-fresh8)
    neg("新命名市级民族团结进步示范单位116个。", why="gold-fresh8: designations won"),
    neg("创建国家教育改革发展示范性中高职学校3所。", why="gold-fresh8: designations won"),
    neg("建设5个示范性认知障碍照护支持中心。", why="gold-fresh8: a demonstration title"),
    neg("打造10个智慧教育示范场景。", why="gold-fresh2: a demonstration title"),
    neg("新招引科技型企业695家。", why="家 counts firms here: companies are not items a measure sets up"),
    neg("新增三级医院1家、二甲医院3家。", why="gold-unseen: hospitals reaching a grade are results, not counts set up"),
]


# gold-fresh11 (eleventh session): a condition clause closed by 的，
NEGATIVES += [
    neg("两个以上并联审批相关部门需要进行实地勘验的，牵头部门组织联合勘验。",
        why="guidelines: thresholds (涉及两个以上…的) are not ITEM_COUNT"),
]

# gold-fresh12 (twelfth session): packages of measures, counts sharing one noun, fixed codes
EXAMPLES += [
    ex("出台消费提质扩容18条，举办熊猫消费节等主题促销活动。", "18条", {"value": 18, "unit": "条"},
       why="a package issued under its own name, the count closing it (reports: 出台…11条措施)"),
    exs("严格落实城市20条、集镇10条、农房15条建设管理规范措施。",
        [("20条", {"value": 20, "unit": "条"}), ("10条", {"value": 10, "unit": "条"}), ("15条", {"value": 15, "unit": "条"})],
        why="counts of one unit listed before the noun they share (集镇 names the sublist, not a place counted)"),
    exs("全力办好群众可感可及的省30件、市十大民生实事。",
        [("30件", {"value": 30, "unit": "件"}), ("十大", {"value": 10, "unit": "大"})],
        why="十大 before 民生实事, like 十大行动 (gold-fresh12 德阳 labels both)"),
    ex("全面落实河湖长制、林长制，突出打好五大标志性战役。", "五大", {"value": 5, "unit": "大"}, why="五大 before 战役"),
]
NEGATIVES += [
    neg("严格落实中央八项规定精神和省市十项规定及其实施细则。", why="a code of conduct named after 中央八项规定"),
    neg("建成乡镇全民健身中心49个。", why="sports facilities, not bodies a measure sets up"),
    neg("争创省级消费新场景项目2个、创新引领县1个。", why="项目 before the count: projects, even in a list"),
    neg("修建农村公路120条，新建桥梁5座。", why="roads: no package of measures"),
    # results, not matters a measure sets up (gold-fresh12, -13 and the older reports)
    neg("150所学校被评为“四川省绿色学校”。", why="what the schools won: a result"),
    neg("营商环境14个改革事项被纳入省级先行区创建。", why="matters adopted elsewhere: a result"),
    neg("发布数字经济应用场景204个。", why="an industry's use scenes: results"),
    neg("打造省市级消费新场景12个。", why="consumption scenes: results"),
]
# facilities of care, trade and logistics, researchers' stations: places built (no labelled set counts one)
NEGATIVES += [
    neg("新增村级养老服务站185个、老年食堂(助餐点)22个。", why="elderly-care facilities (reports-a 六安)"),
    neg("新建、改造乡镇商贸中心（农贸市场）30个、县级物流中心1个。", why="trade and logistics facilities (unseen 宜春)"),
    neg("新增博士后工作站5个、省级技能大师工作室2个。", why="researchers' stations (reports-a 六安)"),
]
EXAMPLES += [
    ex("推出“一件事一次办”场景119个。", "119个", {"value": 119, "unit": "个"},
       why="service scenes a government sets up are counted (gold: 推出…场景119个)"),
]

# gold-fresh14's errors (and the same forms in the older sets)
NEGATIVES += [
    neg("建设城市服务者综合驿站100个。", why="a roadside station is a facility built (gold-fresh14 十堰)"),
    neg("新建标准化就业驿站50个以上。", why="a facility built (gold-fresh9 铜陵)"),
    neg("新(改扩)建标准化规模养殖场15个。", why="farms are facilities, not matters set up"),
]
EXAMPLES += [
    ex("新（改）建公办幼儿园6所，创成省级示范性学校（幼儿园）12所。", "6所", {"value": 6, "unit": "所"},
       why="the kindergartens built are counted; a designation won (示范…) with its bracket is a title, "
           "not a count (gold-fresh14 攀枝花)"),
]


# gold-fresh17: a formal numeral (伍) and an ordinary one are never one number
EXAMPLES += [
    ex("出台激励大学生应征入伍七条措施。", "七条", V(7, "条"),
       why="入伍 is a word (enlist): 七条 is the count, not 57 read across 伍 (gold-fresh17 甘孜)"),
]

def test_item_count_corpus(pipeline):
    assert_corpus(pipeline, "ITEM_COUNT", EXAMPLES, NEGATIVES)
