"""Build report_gc.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report of 梧州市 (广西壮族自治区), a UTF-8 .txt file of
18,458 characters (166 newlines): opening; 2023 review (a preamble with six "…新X" paragraphs,
then （一）–（七）, the government's own work, the fields of work, lessons, thanks, problems);
the 2024 plan (year description, 总体要求, 主要预期目标, 重点做好十个方面工作 （一）–（十）, each
closed by a "各位代表，…" paragraph); 政府自身建设 (four 加强… paragraphs); closing. There are no
numbered part headings (一、/二、) and no header, date or signature.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text.
Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh14/make_report_gc.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/梧州.txt'
OUT = 'corpora/gold-fresh14/report_gc.jsonl'
# meta: no header, session date or signature; the review is of 2023 (2023年，在自治区党委…) and the
# plan is for 2024 (2024年是…关键一年; 今年…主要预期目标), so the date is the report's year, as for
# every undated report (reports notes; report-ax 北海, report-bd 柳州, report_ea, report_fa).
# Region: 梧州 (梧州市电动车…规定, 我市), in 广西 (对广西重大方略要求, 自治区党委, 全区第1位); the
# Guangxi precedents write 广西壮族自治区北海市 / 广西壮族自治区柳州市.
d = AnchoredDoc('fresh14-report-wuzhou-2024', SOURCE, {'region': '广西壮族自治区梧州市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 18458 and t.count('\n') == 166, (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'; PR = 'PRINCIPLE'; DT = 'DOC_TITLE'; ST = 'STAFFING'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}


def staff(n, unit):
    return {'min': n, 'max': n, 'unit': unit, 'approx': False}


ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[市人民政府]]，向大会报告政府工作', None),
    # 并请市政协委员…: a body modifying people (v1.1), not labelled
    # ================================================================ 2023 review, preamble
    # 自治区党委、政府: the prefix 自治区 is not repeated, so the bare 政府 is the second member
    # (v1.2 shared prefix; shandong-part1 乡镇党委政府 → 乡镇党委 + 政府; report-ax, report-bd: the
    # same Guangxi formula)
    (ORG, '2023年，在[[自治区党委]]、政府和市委的坚强领导下', None),
    (ORG, '2023年，在自治区党委、[[政府]]和市委的坚强领导下', None),
    (ORG, '2023年，在自治区党委、政府和[[市委]]的坚强领导下', None),
    # 市第十四次党代会 ×4 (here, 锚定…目标 again, 综合考虑…, 紧紧围绕…部署要求): a party congress is a
    # meeting, 市 is a place (report-h, report-v, res_ca 省八次党代会): not ORG
    # 9个月内建成投产: a past achievement in the review, not a limit set by the text (gold-fresh12
    # README: 项目在一年内竣工投产 in a review is not DEADLINE)
    # 自治区工业投资先进县（区）, 全国民族团结进步示范市, 论坛, 试点: designations and events
    # ================================================================ 过去一年 / （一）–（二）
    (ORG, '我们在[[市委]]的坚强领导下，紧紧依靠广大干部群众', None),
    # 445家, 73家, 653家, … enterprises; 创新平台14个 (platforms); 科技成果转化149项 (results: report_ea,
    # report-bd 科技成果转化180项): not counted
    # officials assigned one-to-one to follow key projects: personnel assigned (guidelines STAFFING
    # "assigned, recruited, dispatched or placed"; report_fc 选派200名年轻干部, reports-a 选派…300人以上)
    # (README call 3)
    (ST, '“书记市长直通车”制度，[[30名]]厅级领导干部', staff(30, '名')),
    # 186个/113个/672个/216个/35个/64个/12个/37个 projects: not counted (reports notes)
    # ================================================================ （三） 农业: 养殖场, 圆池, 示范区, 示范社,
    # 示范基地, 绿色食品, 文明镇/文明村 (facilities, designations): not counted; 合作社 (v1.1): not ORG
    # ================================================================ （四） 三产
    # 岭南城市文化旅游（区域）合作发展联盟 (成立): an alliance, not a body (report-ax 丝绸之路旅游城市联盟,
    # report_ec, report_fc alliances) (README call 7); 9家景区, 2条线路, 2家/4家/6家 老字号: not counted
    # ================================================================ （五） 改革开放
    # service matters (reports notes: “免证办”事项5721个, 561件高频事项; report_fb 1000项服务事项)
    # (README call 4: the sentence reports their efficiency, which may be read as a result)
    (IC, '市本级[[1721项]]政务服务事项办理效率', ic(1721, '项')),
    # licensing matters transferred by a measure (guidelines: 涵盖…81项事项)
    (IC, '理顺，[[77项]]行政许可事项划转', ic(77, '项')),
    # the zone's administrative committee: one ORG; （梧州） is part of the zone's name, not a second
    # name (guidelines: parenthesised second names; here it locates the zone)
    (ORG, '划转[[粤桂合作特别试验区（梧州）管委会]]实施', None),
    # 梧州综合保税区 (a zone), “四类500强”企业2家, 专精特新企业20家: not ORG / not counted
    # ================================================================ （六） 生态
    (ORG, '河湖长制工作获[[国务院]]督查激励', None),     # the body that awards (report-aw, report_ea)
    # 中央及自治区生态环境保护督察: 中央/自治区 have no body head (v1.1); 53座矿山, 24个港口码头,
    # 口袋公园7个, 绿色工厂2个/产品14个/园区1个, 证书14张: not counted
    # ================================================================ （七） 民生
    # the city's own list of livelihood pledges, 11 kinds and 57 items (reports notes 接续实施12类161件
    # 民生实事)
    (ORG, '172.97亿元，[[市政府]]11类57个为民办实事承诺', None),
    (IC, '市政府[[11类]]57个为民办实事承诺', ic(11, '类')),
    (IC, '市政府11类[[57个]]为民办实事承诺', ic(57, '个')),
    # schools built (reports notes: schools a measure sets up or acts on; report-ax 新建幼儿园、学校11所)
    (IC, '新建成[[10所]]学校', ic(10, '所')),
    # kindergartens newly recognised as 普惠性 (report-ax 新认定自治区普惠性幼儿园28所, call 5 there)
    (IC, '自治区普惠性民办园[[22所]]', ic(22, '所')),
    # 5所学校获批…立项建设学校 (a won designation, like 150所学校被评为…), 第9所 (ordinal), 42条校园专线
    # (routes), 91所中小学 connected by bus lines (the schools served, not acted on: README call 6),
    # 新增三级医院2家、总数达9家 (a grade reached: report-aq, report-ab), 5个重点项目, 临床重点专科 1个/2个/
    # 3个 (designations), 291家企业, 1381套, 5项/10项赛事: not counted. 招工2.37万人 (recruited for
    # enterprises, batch-c), 城镇新增就业2.78万人, 232.4万人次: not STAFFING.
    # 市红十字会医院: the city Red Cross society named inside the hospital's name is labelled on its
    # own (v1.1 *A body named inside a longer non-ORG phrase*; report-ax 自然资源部第四海洋研究所 →
    # 自然资源部, report_ea 全国总工会疗养基地 → 全国总工会) (README call 1); the hospital is a facility
    (ORG, '试点，[[市红十字会]]医院成为自治区级区域医疗中心', None),
    # 自治区级区域医疗中心 (a hospital designation), 市工人医院, 市妇幼保健院 (hospitals), 街道综合养老服务
    # 中心 (a facility): not ORG
    (ORG, '连续四年获[[自治区人民政府]]督查激励', None),
    # 粤剧《抉择》 (a play) and 《梧州年鉴（2022）》 (a yearbook, reports-a 《百色市扶贫志》): not DOC_TITLE
    # ================================================================ government's own work (review)
    (ORG, '坚决贯彻党中央、[[自治区党委]]决策部署', None),   # 党中央: no body head (v1.1)
    # 落实“学思想、强党性、重实践、建新功”总要求: verb 落实 is outside 按照/坚持/遵循/本着/根据 (reports-a;
    # report_fa 落实…总要求) (README call 8); 主动接受人大监督和政协监督 (bare), 人大代表建议128件、
    # 政协委员提案163件 (people; handled proposals not counted: reports notes)
    # 出台全国首部…政府规章 (an ordinal; no 《》)
    (DT, '推动制定《[[梧州市电动车停放充电消防安全规定]]》', None),
    # 中央八项规定精神及自治区实施办法: a fixed name, 自治区 alone
    # ================================================================ fields of work (review)
    # mass organisations named as fields of work are ORG (reports notes: 工会、…、红十字会…等事业 →
    # 工会, 红十字会); 红十字 without 会, 妇女儿童, 老龄, 残疾人 name fields (report-bd call 6)
    (ORG, '等工作取得新成效，[[工会]]、共青团、妇女儿童', None),
    (ORG, '等工作取得新成效，工会、[[共青团]]、妇女儿童', None),
    # ================================================================ lessons, thanks
    (ORG, '不折不扣推动中央、自治区和[[市委]]决策部署', None),   # 中央, 自治区: no body head
    (ORG, '是[[市委]]坚强领导的结果', None),
    (ORG, '是[[市人大]]、市政协监督支持的结果', None),       # subjects of 监督支持 (reports notes)
    (ORG, '是市人大、[[市政协]]监督支持的结果', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市人民', None),
    # 人大代表、政协委员 (people), 各民主党派, 各人民团体 (各), 驻梧人民解放军、武警部队官兵、公安干警
    # (people), 消防救援队伍 (generic): not ORG
    # ================================================================ 2024: 年 description, 总体要求, targets
    # 2024年是中华人民共和国成立75周年…关键一年, 做好今年工作, 今年政府工作的总体要求是 (no target: report-bd
    # call 4, report-ax call 2): not DEADLINE
    # 按照自治区党委政府和市委部署要求: no content (no PRINCIPLE); 自治区党委政府 written without a mark
    # gives two ORGs (reports-a: 自治区党委政府 → 政府 as second member; 省委省政府 → two: reports-d,
    # report-u, report-ac)
    (ORG, '按照[[自治区党委]]政府和市委部署要求', None),
    (ORG, '按照自治区党委[[政府]]和市委部署要求', None),
    (ORG, '按照自治区党委政府和[[市委]]部署要求', None),
    # 坚持稳中求进、以进促稳、先立后破: unquoted, no 原则 (report_fb call 2): not PRINCIPLE
    # 今年 heads the list of the year's targets (v1.2 *Year targets*; report-ax, report-bd, report-u,
    # report_fc) (README call 2)
    (DL, '[[今年]]经济社会发展主要预期目标是', YEAR_BY),
    # the party congress's target for the period of the 14th five-year plan: a period during which a
    # state is to be reached (guidelines: “十三五”期间 → period, during, its last day)
    (DL, '市第十四次党代会提出[[“十四五”期间]]实现“两个高于”', {'date': '2025-12-31', 'precision': 'period',
                                                         'relation': 'during', 'recurring': False}),
    (ORG, '战略目标不动摇，落实[[市委]]“1+4”重点任务', None),
    # 过去3年 (past); 十个方面 (aspects): not labelled
    # ================================================================ （一） 产业: 四篇 (quoted names), 两个/三个/
    # 三大 产业集群 (industries: domains), 三年行动计划 (a duration), 50家/2家/2家/5家 enterprises
    # 全力争创自治区级化工园区, 粤桂合作特别试验区, 临港经济区, 高新区, 县级园区: zones, not ORG
    # ================================================================ （二） 项目: “三个千亿”工程 (quoted), 3个千亿
    # 项目库 (the three project pools that restate the quoted name; projects are not counted: README
    # call 9), 十大领域 (domains), 300多项重大项目, 10个/200个/不少于10个/不少于3个 projects: not counted;
    # 明后年乃至“十五五”发展: a planning horizon, not a limit
    # ================================================================ （三） 服务业: 2024年广西文化旅游发展大会
    # (an event's name), 全年实施重点文旅项目40个以上 (全年 before an annual total is its scope: report-ax
    # changed on review, report-bd call 3, report_fa call 7) (README call 10), 15个 projects, 十大重点文旅
    # 项目 (projects: report_fb call 7), 国家水上国民休闲运动中心 (a facility), 四张名片 (names)
    # ================================================================ （四） 开放
    # 深圳市产业园区发展促进会: an association of industrial parks and firms, a trade association
    # (seventh session: 行业协会, 商协会 are not bodies) (README call 7); 国际（梧州）双创中心 (a platform);
    # 推动海关检验检疫窗口前移: bare 海关 with no place (report-ax: 海关 in fields; regs-b): not ORG
    # ================================================================ （五） 农业
    # 按照“三原六茶”思路: 按照 + a quoted formula + 思路 (guidelines; report-bd 按照“化必守…”总体思路)
    (PR, '按照“[[三原六茶]]”思路和全产业链发展理念', None),
    # 国家黑茶（六堡茶）产品质量检验检测中心 (筹建): a testing centre, a technical platform like the labs
    # and 检验检测中心 of report-d/report-ap: not ORG (README call 7); 10个基地, 5家/20家 enterprises,
    # 20个养殖场, 10个基地, “十百千工程” (quoted), 200户, 精品村6个/示范村61个/提升村80个 (villages),
    # 4条示范带: not counted
    # ================================================================ （六） 城市
    # 骑楼城片区城市更新、梧州南站优化提升等十大工程: ten construction works of the city renewal, i.e.
    # projects (report_fb 十大重点项目 not counted), not a programme list like report-ao's 规划共绘、交通
    # 共联等七大工程 (README call 9)
    # 111个, 641套, 500套, 10条, 7个 (facilities and things), 2—3个支柱产业, 三个百亿产业集群 (industries):
    # not counted
    # ================================================================ （七） 改革: 广西科学院梧州分院, 广西不锈钢产业
    # 技术研究院, 中茶所梧州六堡茶研究院 (research institutes, called 创新平台 here; report-aw 中国科学院 not
    # ORG), 80家/130家 enterprises, 科技成果转移转化80项 (results), 第二轮, 三十年: not labelled;
    # 坚持“两个毫不动摇” (坚持 + quote, no frame word: v1.1)
    # ================================================================ （八） 生态: 7条河湖, “十大行动” (quoted name:
    # report_ec, report-bd), 节约型机关 (a type): not labelled
    # ================================================================ （九） 民生
    # schools built and rebuilt (reports notes; report_eb 28所/10所; report-ax 11所); 以上 stays in the
    # span as the attached comparator (guidelines), value min 8, max null (shandong-part1 80多项)
    (IC, '新建学校（幼儿园）[[5所]]', ic(5, '所')),
    (IC, '改扩建幼儿园[[45所]]', ic(45, '所')),
    (IC, '义务教育学校[[130所]]', ic(130, '所')),
    (IC, '普通高中[[8所以上]]', ic(8, '所', min=8, max=None)),
    # school groups and districts acted on (batch-c 3个市直学校办学集团; report-bd 教育共同体50个;
    # report-av 新组建教育集团10个) (README call 5)
    (IC, '加强[[135个]]教育集团和学区建设', ic(135, '个')),
    # 学位7800个 (places), 梧州职业学院, 梧州医专, 梧州学院 (colleges: facilities), 硕士学位授权单位 (单位:
    # generic) and 2—3个…授权点: not labelled
    # 1000户 (households): not counted
    # 省级区域医疗中心 (a hospital designation), 市红十字会医院苍海医院 (a hospital; its 市红十字会 as above)
    (ORG, '省级区域医疗中心、[[市红十字会]]医院苍海医院', None),
    # 今年 bounds the government's commitment to a concrete list of tasks (report-u decision 5 今年我们
    # 将…办好21件民生实事; reports-d 晋城 今年，市政府将继续办好12件民生实事; report_ea 今年…督办五件)
    (DL, '政有所为。[[今年]]，市政府将筹措资金60亿元', YEAR_BY),
    (ORG, '政有所为。今年，[[市政府]]将筹措资金60亿元', None),
    # the livelihood list of ten programmes (gold-fresh12 report_eb 市十大民生实事 → {10, 大}; seventh
    # session: N大 before actions/tasks; report-ao 七大工程)
    (IC, '便民服务等为民办实事[[十大]]工程', ic(10, '大')),
    # ================================================================ （十） 安全: 应急指挥中心 (建设, beside 队伍
    # and 物资储备: a facility/platform, report-av 城市运行管理中心), 应急救援队伍 (generic), “四个最严”要求
    # (落实, quoted count), “三项计划” (quoted), 示范单位 (generic): not labelled
    # 全面贯彻党的宗教工作基本方针: no content
    # ---------------------------------------------------------------- mass organisations
    (ORG, '支持[[工会]]、共青团、妇联、工商联、残联等群团组织', None),
    (ORG, '支持工会、[[共青团]]、妇联、工商联、残联等群团组织', None),
    (ORG, '支持工会、共青团、[[妇联]]、工商联、残联等群团组织', None),
    (ORG, '支持工会、共青团、妇联、[[工商联]]、残联等群团组织', None),
    (ORG, '支持工会、共青团、妇联、工商联、[[残联]]等群团组织', None),
    # 外事, 侨务, …, 机关事务: fields with no body name
    # ================================================================ 政府自身建设
    (ORG, '坚决执行[[市委]]决定', None),
    # 自觉接受人大监督和政协民主监督: bare (v1.2; reports notes)
    (ORG, '确保[[市委]]部署定必干', None),
    # 深化机构改革, 政府机构设置: generic
    # ================================================================ closing
    (ORG, '党中央周围，在[[市委]]的坚强领导下', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# ================================================================ every body word accounted for
d.check_all('人民政府', 3, 3)                                   # 市人民政府 ×2, 自治区人民政府
d.check_all('市委', 9, 9)
d.check_all('党委', 3, 3)                                       # 自治区党委 ×3
d.check_all('国务院', 1, 1)
d.check_all('市政府', 3, 2, ['全[市政府]会议压减'])              # 全市 + 政府会议
d.check_all('政府', 32, 7, [
    '大会报告[政府]工作', '年度[政府]履行教育职责', '有效降低[政府]债务风险', '全面加强[政府]自身建设，政府工作效率',
    '全面加强政府自身建设，[政府]工作效率', '全区实现[政府]信息公开平台', '全市[政府]会议压减', '灾害防御[政府]规章',
    '官僚主义，[政府]系统', '短板；[政府]工作执行力', '今年[政府]工作的总体要求', '地方[政府]专项债',
    '守住[政府]债务风险底线', '过硬举措加强[政府]自身建设', '服务型[政府]。', '贯穿[政府]工作的全过程',
    '确保[政府]工作始终', '法治[政府]建设', '实行[政府]权责清单', '重点领域[政府]立法', '作为[政府]工作生命线',
    '优化[政府]机构设置', '始终坚持[政府]过', '严把[政府]性重大', '在[政府]系统蔚然成风'])
d.check_all('人大', 5, 1, ['主动接受[人大]监督和政协监督', '办结[人大]代表建议', '向[人大]代表、政协委员',
                         '自觉接受[人大]监督和政协民主监督'])     # bare; people (reports notes)
d.check_all('政协', 6, 1, ['并请市[政协]委员', '人大监督和[政协]监督', '128件、[政协]委员提案', '人大代表、[政协]委员',
                         '人大监督和[政协]民主监督'])
d.check_all('委', 16, 13, ['并请市政协[委]员', '128件、政协[委]员提案', '人大代表、政协[委]员'])
d.check_all('中央', 10, 0, [
    '扎实做好[中央]及自治区', '坚决贯彻党[中央]、自治区党委', '严格落实[中央]八项规定精神及', '不折不扣推动[中央]、自治区和市委',
    '全会和[中央]经济工作会议', '用好用足[中央]预算内投资', '坚决完成[中央]和自治区', '为核心的党[中央]保持',
    '严格执行[中央]八项规定及其', '为核心的党[中央]周围'])           # no body head (v1.1)
d.check_all('工会', 2, 2)
d.check_all('共青团', 2, 2)
d.check_all('妇联', 1, 1)
d.check_all('工商联', 1, 1)
d.check_all('残联', 1, 1)
d.check_all('管委会', 1, 1)
d.check_all('红十字', 3, 2, ['公益慈善、[红十字]等事业'])          # a field (no 会): report-bd call 6
d.check_all('中心', 9, 0, [
    '自治区级区域医疗[中心]，市工人医院', '街道综合养老服务[中心]实现全覆盖', '以人民为[中心]的发展思想',
    '再生资源制造[中心]和集散地', '国民休闲运动[中心]。', '国际（梧州）双创[中心]。', '质量检验检测[中心]。',
    '省级区域医疗[中心]、市红十字会', '应急指挥[中心]、应急救援队伍'])  # designations, facilities, platforms, idiom
d.check_all('院', 19, 1, [
    '住[院]报销比例', '新增三级医[院]2家', '市红十字会医[院]成为', '市工人医[院]门诊', '门诊住[院]综合楼、市妇幼',
    '市妇幼保健[院]住院', '保健院住[院]综合楼等', '广西科学[院]梧州分院', '梧州分[院]、广西不锈钢', '产业技术研究[院]、中茶所',
    '六堡茶研究[院]等重大创新平台', '梧州职业学[院]、梧州医专', '全力支持梧州学[院]建设', '力争梧州学[院]新增',
    '市红十字会医[院]苍海医院', '苍海医[院]等建设', '深化公立医[院]改革', '规范民营医[院]发展'])
d.check_all('所', 15, 0, [
    '新建成10[所]学校', '普惠性民办园22[所]', '22所，5[所]学校获批', '全市第9[所]自治区', '三城区91[所]中小学',
    '向[所]有关心', '大势[所]趋', '潜力[所]在', '中茶[所]梧州', '（幼儿园）5[所]', '幼儿园45[所]', '学校130[所]',
    '普通高中8[所]以上', '民有[所]盼', '政有[所]为'])       # counts (labelled as ITEM_COUNT), idioms, an institute
d.check_all('站', 5, 0, ['高旺路、[站]前北路', '一[站]式服务', '梧州南[站]优化提升', '梧州收费[站]（平浪）', '高铁[站]等重要'])
d.check_all('局', 8, 0, ['新格[局]。藤县', '开[局]良好', '社会大[局]保持', '新发展格[局]这个战略任务，不折不扣',
                         '新发展格[局]这个战略任务，以铸牢', '产业新布[局]', '加工布[局]', '均衡布[局]'])
d.check_all('部', 18, 0, [
    '子女全[部]安排入学', '依靠广大干[部]群众', '厅级领导干[部]一对一', '中国西[部]地区综合竞争力', '承诺全[部]兑现',
    '自治区党委决策[部]署', '出台全国首[部]极端', '市委决策[部]署落地', '全市广大干[部]群众团结', '武警[部]队官兵',
    '预期，[部]分企业', '少数干[部]担当', '市委[部]署要求', '加快向西[部]百强县', '中国西[部]茧丝绸', '党代会[部]署要求',
    '确保市委[部]署定必干', '努力以干[部]的'])
d.check_all('厅', 2, 0, ['30名[厅]级领导干部', '健全[厅]级领导挂点'])   # a rank, not a body
d.check_all('队', 5, 0, ['武警部[队]官兵', '消防救援[队]伍', '产业工人[队]伍', '应急救援[队]伍', '国防和军[队]现代化'])
d.check_all('团', 10, 2, ['民族[团]结进步', '城市医疗集[团]试点，市红十字会', '干部群众[团]结奋斗', '各人民[团]体',
                         '135个教育集[团]', '城市医疗集[团]试点建设', '残联等群[团]组织', '紧密地[团]结在'])
d.check_all('联', 12, 3, ['合作发展[联]盟', '“两湾”[联]动', '江铁海多式[联]运', '深化多式[联]运', '港澳台侨[联]谊',
                         '特色产业[联]农带农', '市管园区[联]动', '“并[联]审批”', '挂点[联]系'])
d.check_all('协', 10, 1, ['并请市政[协]委员', '人大监督和政[协]监督', '、政[协]委员提案', '人大代表、政[协]委员',
                         '工作[协]调机制', '[协]调推进长洲', '粤桂科技[协]同创新', '[协]同推进降碳', '人大监督和政[协]民主监督'])
for w, n in (('机构', 3), ('单位', 2), ('机关', 2), ('组', 2), ('联盟', 1), ('促进会', 1), ('海关', 1), ('馆', 3),
             ('学院', 4), ('研究院', 2), ('科学院', 1), ('党代会', 4), ('办公室', 0), ('领导小组', 0), ('以下简称', 0),
             ('委员会', 0), ('常委会', 0), ('部门', 0), ('室', 0), ('司', 2), ('署', 5), ('处', 1)):
    assert t.count(w) == n, (w, t.count(w))
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w
# 会 / 办: every occurrence outside an ORG lies in a word that names no body (meetings, events,
# 社会, verbs); no ORG carries 办
labelled = [(e['start'], e['end']) for e in d.ents if e['label'] == ORG]


def rest(ch, words, n):
    hits = [m.start() for m in re.finditer(ch, t)]
    assert len(hits) == n, (ch, len(hits))
    for h in hits:
        if any(s <= h < e for s, e in labelled):
            continue
        assert any(t[h - k:h - k + len(w)] == w for w in words for k in range(len(w)) if w[k] == ch), \
            (ch, t[h - 6:h + 6])


rest('会', ['大会', '会议', '社会', '全会', '党代会', '交流会', '学青会', '体会', '盛会', '引会', '展会', '促进会',
           '大会战', '推介会', '办会'], 62)
rest('办', ['举办', '办理', '通办', '为民办', '民办', '承办', '办结', '实施办法', '办好', '办会', '办法', '筹办',
           '办成'], 31)
assert not any('办' in e['text'] for e in d.ents if e['label'] == ORG)

# ================================================================ other families
# DEADLINE: the three above. Every time word was read: 2023年 ×1 (the review), 2020年 ×2 (past
# bases), 2023 ×3 and 2022 (names: 2023中国茶叶…品牌, 2023梧州六堡茶文化节, 2023中国体育旅游精品赛事,
# 《梧州年鉴（2022）》), 2024年 ×2 (2024年是… description; 2024年广西文化旅游发展大会, an event), 2024
# (“绿网·飓风2024”行动, a name), 2000 (an amount); 今年 ×5 (two labelled; 做好今年工作, 今年政府工作的总体
# 要求是, 做好今年各项工作: no target); 全年 ×2 (past total; scope, README call 10); 9个月内 (past);
# 年度 ×2 (past metrics); 三年 ×6 (past streaks, durations, 三年行动 names); “十四五”规划目标任务 (a plan's
# name); “十五五”/明后年 (a planning horizon); 75周年, 40周年; 每 ×3 (每一个进步…).
assert re.findall(r'20\d\d年?', t) == ['2023年', '2020年', '2020年', '2023', '2000', '2023', '2023', '2022',
                                       '2024年', '2024年', '2024']
assert t.count('今年') == 5 and t.count('全年') == 2 and t.count('年度') == 2 and t.count('月') == 1
assert t.count('日') == 4 and t.count('期间') == 1 and t.count('十四五') == 2 and t.count('三年') == 6
for w in ('年内', '年底', '年末', '底前', '月底', '之前', '以前', '以内', '日内', '日前', '提前', '到20', '每年',
          '季度', '上半年', '下半年'):
    assert w not in t, w
# PRINCIPLE: one. No 原则/遵循/本着/根据; 按照 ×2 (三原六茶 labelled; 按照自治区党委政府和市委部署要求: no
# content); 思路 ×1; 方针 ×1 (党的宗教工作基本方针: no content); 要求 ×12, none introduced by a listed verb
# with a quoted or 原则 content (重大方略要求 ×5, 落实“学思想…”总要求 and 落实“四个最严”要求 (落实),
# 落实过“紧日子”要求, 总体要求是, 部署要求 ×2, 目标要求); 坚持 ×18, none followed by 原则/要求/方针/思路
for w in ('原则', '遵循', '本着', '根据'):
    assert w not in t, w
assert t.count('按照') == 2 and t.count('思路') == 1 and t.count('方针') == 1 and t.count('要求') == 12
assert t.count('坚持') == 18
# DOC_TITLE: one; 《抉择》 is a play, 《梧州年鉴（2022）》 a yearbook (works and books: reports-a, report-n)
assert [t[m.start():t.index('》', m.start()) + 1] for m in re.finditer('《', t)] == [
    '《抉择》', '《梧州年鉴（2022）》', '《梧州市电动车停放充电消防安全规定》']
# DOC_NO: none (no 〔; 号 ×10 in 老字号 and the other 字号, 称号 ×2)
assert '〔' not in t and '[' not in t and '【' not in t and t.count('号') == 10
# STAFFING: the one above; 编制 ×1 (村庄规划编制), no 职数; the other counts of people are migrant
# children (2.4万名), people at risk (21681人), recruitment for enterprises (2.37万人), employment
# (2.78万人) and visitors / beneficiaries (人次)
assert t.count('编制') == 1 and '职数' not in t
assert re.findall(r'[0-9.]+万?(?:余|多)?[人名]', t) == ['2.4万名', '30名', '21681人', '29.2万人', '4680万人',
                                                   '2.37万人', '2.78万人', '232.4万人', '5500万人']
# ITEM_COUNT: every number + measure word was read (regex); the labelled ones are listed
counts_re = (r'(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)(?:余|多)?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|户|场|套|张|股|篇|名|人|位|轮|次|起)')
assert len(re.findall(counts_re, t)) == 225, len(re.findall(counts_re, t))
ic_texts = sorted(e['text'] for e in d.ents if e['label'] == IC)
assert ic_texts == sorted(['1721项', '77项', '11类', '57个', '10所', '22所', '5所', '45所', '130所', '8所以上',
                           '135个', '十大']), ic_texts
assert t.count('十大') == 7   # 二十大 ×2, 十大领域, 十大重点文旅项目, 十大工程 (city renewal), 十大工程 (labelled), “十大行动”

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 3, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 12, 'ORG': 32,
                  'PRINCIPLE': 1, 'STAFFING': 1}, counts
write_gold(OUT, [d])
