"""Build report_gd.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 凉山彝族自治州 (四川), a UTF-8 .txt file
of 19,198 characters (128 newlines, no final newline): 2023年工作回顾 (a year paragraph with the
figures, then 一年来… paragraphs on growth, resources and industry, reform, livelihood, risks,
the government's own work, fields of work, thanks, problems), 2024年政府工作的总体要求和主要目标
(year description, 总体要求, 今年…主要预期目标), 2024年重点工作安排建议 (eight numbered sections
一…八 of three to six titled paragraphs each), closing. Two paragraphs of the review are cut in
the source (line 14 opens with 开工条件。, line 20 with 降，): the text is labelled as it stands.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh14/make_report_gd.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/凉山.txt'
OUT = 'corpora/gold-fresh14/report_gd.jsonl'
# meta: no header, no session date and no signature; it opens with 各位代表： and its parts are
# 2023年工作回顾 / 2024年政府工作的总体要求和主要目标 / 2024年重点工作安排建议, so the report is dated by
# its year (reports notes; report-aq, report-av, report_ea/eb/ec, report_fa/fb/fc). Region: the
# prefecture is 凉山彝族自治州 (《凉山彝族自治州中医药保护条例》, 州委, 州人民政府, 全州); the text
# names 四川 itself (来川视察, 对四川工作系列重要指示, 美丽四川, 四川南向综合性区域交通枢纽); the other
# Sichuan reports have 四川省巴中市 / 四川省广元市.
d = AnchoredDoc('fresh14-report-liangshan-2024', SOURCE, {'region': '四川省凉山彝族自治州', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 19198 and t.count('\n') == 128, (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; ST = 'STAFFING'; DL = 'DEADLINE'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'


def staff(n, unit):
    return {'min': n, 'max': n, 'unit': unit, 'approx': False}


YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[州人民政府]]，向大会报告工作', None),
    # 并请州政协委员提出意见: a body modifying people (v1.1), not labelled
    # ================================================================ 2023 review, year paragraph
    # 省委十二届二次三次四次全会、州委九届七次八次全会 occurs twice (review, 总体要求): the bodies of the
    # plenums are ORG (reports notes: 省委、市委经济工作会议 → the bodies; report_fa, report-bc)
    (ORG, '全面落实[[省委]]十二届二次三次四次全会、州委九届七次八次全会', None, 2),
    (ORG, '全面落实省委十二届二次三次四次全会、[[州委]]九届七次八次全会', None, 2),
    # the body inside its session, term number inside the span (report_fb 市十五届人大, report-aj 市九届人大)
    (ORG, '较好完成了[[州十二届人大]]二次会议确定的目标任务', None),
    # ================================================================ 一年来 (1) growth
    # a package of measures the government issues (reports notes 促消费20条措施; report_ec 35条)
    (IC, '制定实施促进经济加快高质量发展[[33条]]措施', ic(33, '条')),
    # 动态储备项目2771个, 742个, 300个, 147个, 115个 projects; 40余家 enterprises: not counted (reports
    # notes); “十六条” inside quotes (a quoted name, report_ea “38条”), not counted
    # an unquoted count of measures after a quoted name (report_ec “拼经济、比发展”运行调度奖惩十条措施)
    (IC, '全面落实“转企升规”[[十条]]措施', ic(10, '条')),
    # 21个/43个/58个 projects: not counted
    # ================================================================ (2) resources and industry
    # three action plans issued (seventh session: plans are documents that may be counted; report_ea
    # 7个城市片区详规); “三大强州战略” is a quoted name, not counted (README call 6)
    (IC, '制定出台“三大强州战略”[[3个]]行动方案', ic(3, '个')),
    # 工信部 named inside a longer non-ORG phrase (v1.1; report_ea 全国总工会 inside 疗养基地); 西昌钢钒公司
    # is a company; 省级部门 (generic head)
    (ORG, '西昌钢钒公司入选[[工信部]]智能制造示范工厂揭榜单位', None),
    # 3个园区 (parks: zones), 产业园区8个/20个 (designations), 旅游景区2个, 15宗 mining rights, enterprises
    # (户), “十一条措施” (quoted), 充(换)电站20座, 充电桩1839个 (facilities): not counted
    # ================================================================ (3) reform and innovation
    # 科技项目52项 (projects), 重点实验室2个, 工程技术研究中心和企业技术中心15个, 院士(专家)工作站15个
    # (platforms; report_fb labs not counted), 帮扶项目181个, 企业29家, 3个典型案例上榜 (a result): not counted
    # ================================================================ (4) livelihood
    # the province's livelihood list (reports notes 省定20件; report_fb 69件民生实事全面完成)
    (IC, '省下达[[25件]]民生实事全面完成', ic(25, '件')),
    # 孵化基地9个, 创业实体(项目)570个: designations and projects, not counted
    # childcare institutions added (report_fb 新增托育机构210家, report-av 5家); 托位数16099个 (places)
    (IC, '新增托育服务机构[[218家]]', ic(218, '家')),
    # schools built (reports notes; report_ec 78所, report_fa 26所); 学位1.2万个 (places), 大班额460个 /
    # 大校额25个 (over-size classes and schools resolved: problems handled, a result): not counted
    (IC, '新建、改扩建幼儿园[[54所]]、小学107所', ic(54, '所')),
    (IC, '幼儿园54所、小学[[107所]]、初中14所', ic(107, '所')),
    (IC, '小学107所、初中[[14所]]、高中8所', ic(14, '所')),
    (IC, '初中14所、高中[[8所]]，新增小学及初高中学位', ic(8, '所')),
    # teachers supplemented and special-post teachers: staff placed (guidelines STAFFING: recruited or
    # placed; gold-unseen reports-a 补充教师2907名, report-u 招聘教师2930人) (README call 3)
    (ST, '补充中小学教师[[2499名]]、特岗教师120名', staff(2499, '名')),
    (ST, '补充中小学教师2499名、特岗教师[[120名]]', staff(120, '名')),
    # schools a measure acts on (reports notes 120所…纳入集团化管理; report_fb 242所乡村学校结对)
    (IC, '托管帮扶安宁河县域[[7所]]普通高中', ic(7, '所')),
    # 录取人数13015人, 招生7810人 (pupils), 新增基层医疗卫生人才3255人 (talent: reports notes, report-ax
    # 51名卫生健康领域优秀人才, report_eb 人才192名; README call 3): not STAFFING.
    # 州一医院…救治中心, 州二医院, 州妇女儿童医院, 州重大疾病公共卫生医疗救治中心: hospitals (facilities);
    # 会东等7家县医院纳入国家“千县工程”: selection into a national programme (a result, fresh13 被纳入;
    # report_fa call 5), not counted (README call 5)
    (IC, '新建越西普雄镇等县域医疗次中心[[6个]]', ic(6, '个')),    # report_ea 新建县域医疗卫生次中心7个
    # 四川省彝医医院 (a hospital); county hospitals built and put in use: medical institutions set up
    # (reports notes: schools and medical institutions a measure sets up) (README call 5)
    (DT, '《[[凉山彝族自治州中医药保护条例]]》颁布实施', None),     # a regulation (guidelines DOC_TITLE)
    (IC, '美姑等[[13个]]县中(彝)医院建成投用', ic(13, '个')),
    # 7个血吸虫病流行县(市) (territories): not counted
    # bodies set up (挂牌成立); the shared level phrase stays inside one ORG (report-aj
    # `市、县两级企业综合服务中心`挂牌成立; reports notes 市县两级法智护航中心; report_fa 市乡村三级综治中心)
    # (README call 2)
    (ORG, '[[州、县(市)两级疾病预防控制局]]挂牌成立', None),
    # 组建凉山州博物院: a museum, a cultural facility like 图书馆 / 博物馆 (report_fa 科技馆, report_fb
    # 遗址博物院), not ORG (README call 7); 非遗工坊93个, 传习体验基地33项 (designations), 名录项目24项
    # (listings won), 《阿普》 (a song), 《听见索玛》 (an opera): works and results, not labelled
    # ================================================================ (5) risks
    # an unquoted N大 after the quoted names of the actions (seventh session: N大 before actions;
    # report_ec “揭榜攻坚”三大行动; report-bc 10项“暖民心”行动)
    (IC, '“美丽乡村”[[三大]]行动', ic(3, '大')),
    # 州安办: the prefecture's work-safety committee office by its short name (head 办; fresh12 tuned
    # 安委办 as a body); 企业“安全官”制度 is a system
    (ORG, '企业“安全官”制度、[[州安办]]实战化运行经验', None),
    # 10个自然保护区被纳入…名录: territories, a result; 《四川省泸沽湖保护条例》, 《土地整治专项规划》
    (DT, '《[[四川省泸沽湖保护条例]]》正式施行', None),
    (DT, '《[[土地整治专项规划]]》编制完成', None),
    # ================================================================ government's own work (review)
    # 聚焦“学思想、强党性、重实践、建新功”总要求: the verb 聚焦 is not 按照/坚持/遵循/本着/根据
    # (report-d/o/v/ab/aq left the formula out after 把握/紧扣; report_ea labelled it after 按照) (call 4)
    (ORG, '修订完善[[州政府]]《工作规则》', None),
    (DT, '修订完善州政府《[[工作规则]]》《常务会议议事决策规则》', None),
    (DT, '《工作规则》《[[常务会议议事决策规则]]》', None),
    # 常务会会前学法: a meeting; 行政机关负责人 (机关 generic, people); 人大代表建议107件、政协委员提案374件:
    # people and handled proposals (reports notes), not labelled
    # ---------------------------------------------------------------- fields of work
    # mass organisations named as fields of work are ORG (reports notes 工会、红十字会…等事业; report_ec,
    # report-ai 工会、共青团、妇女儿童); 红十字 without 会, 妇女儿童, 供销, 机关事务管理: no body head
    (ORG, '住房公积金、[[工会]]、妇女儿童、共青团', None),
    (ORG, '工会、妇女儿童、[[共青团]]、红十字', None),
    # ================================================================ thanks
    # 党中央国务院 / 省委省政府 written without a mark: one ORG each (report_ea, report_ec); 党中央 is not
    # ORG (v1.1 中央)
    (ORG, '是党中央[[国务院]]亲切关怀、省委省政府关心厚爱', None),
    (ORG, '亲切关怀、[[省委]]省政府关心厚爱', None),
    (ORG, '亲切关怀、省委[[省政府]]关心厚爱', None),
    (ORG, '是[[州委]]团结带领全州人民', None),
    (ORG, '是[[州人大常委会]]、州政协监督支持的结果', None),       # one ORG, longest name
    (ORG, '是州人大常委会、[[州政协]]监督支持的结果', None),
    (ORG, '在此，我代表[[州人民政府]]，向全州各族人民', None),
    # 人大代表、政协委员 (people); 各民主党派, 人民团体, 中央和省驻州单位, 驻州部队: not ORG;
    # 工商联 in the thanks list (reports notes; report_ea, report_fb)
    (ORG, '向各民主党派、[[工商联]]、无党派人士', None),
    # ================================================================ 2024: 总体要求, targets
    # 2024年政府工作的总体要求和主要目标 (a heading), 今年是中华人民共和国成立75周年 (a description),
    # “十四五”规划目标任务的关键一年 (a plan's name): not DEADLINE. 省两会 (meetings): not ORG.
    # v1.2 Year targets: 今年 heads the list of targets (report-v, report-ao, report-aq, report-aw,
    # report_fc: 今年…主要预期目标是 → 今年)
    (DL, '[[今年]]全州经济社会发展的主要预期目标是', YEAR_BY),
    # ================================================================ 一、三大强州战略
    # 10大重点勘查区: exploration areas (territories), not a set of actions or tasks (README call 6)
    # 36户/2户 enterprises, 3个园区 (zones): not counted; 产业创新联盟 (an alliance of enterprises, like
    # trade associations: seventh session), 攀钢, 西昌华润三九制药厂 (companies): not ORG
    (IC, '支持建筑企业发展[[十二条]]措施', ic(12, '条')),       # a package of measures (reports notes)
    # 农业: 新品种15个, 示范基地2个, 养殖场15个, 经济作物基地25个, 产业园区20个以上, 设施40座/100个, 龙头企业
    # 20家, 家庭示范农场40个, “两品一标”5个, 康养基地2个, 森林人家2个 (varieties, facilities, bases,
    # designations, enterprises): not counted
    # 文旅: 五条精品旅游路线 (routes); 州博物馆, 凉山文化艺术中心 (文化基础设施), 西昌建川电影博物馆聚落:
    # facilities; 规上限上服务业企业100户: not labelled
    # 投资: 四个项目库 (project databases: systems, like 五个综合执法系统 in shandong-part1), 1286个 / 300个
    # projects: not counted; 专业机构 (generic)
    # 消费 / 招商: 各地商协会, 外国驻蓉渝昆领事馆 (vague, 各/外国), 港澳地区商会: not ORG; 按照“三大强州战略”
    # 确定的重点产业链: no 原则/要求/方针/思路 after the quote; 外贸企业5家: not counted
    # 严格落实“管行业就要管统计，管统计就要管数据质量”要求: verb 落实 (report-ap, report_fa): not PRINCIPLE
    # ================================================================ 二、新型城镇化和乡村全面振兴
    (DT, '逐一完成《[[安宁河流域高质量发展规划]]》', None),
    (DT, '积极配合省上制定印发《[[安宁河流域土地综合整治规划]]》', None),
    # 坚持“要素跟着项目走”: v1.1's own example of a quoted mechanism after 坚持, not PRINCIPLE
    # two packages of measures, the province's and the prefecture's (reports notes 省支持滨州30条措施)
    (IC, '省欠发达县域托底性帮扶[[十条]]措施', ic(10, '条')),
    (IC, '托底性帮扶十条措施和州[[三十条]]具体贯彻意见', ic(30, '条')),
    # 全面落实“四个不摘”要求: verb 落实 (report_fa): not PRINCIPLE. 800人以上 / 200人以上 (thresholds);
    # 中央和国家机关 (机关 generic); 用3年时间 and 三年行动 (durations: report-c, reports-d 用2－3年时间):
    # not DEADLINE (README call 8); 示范村185个/170个, 242个自然村(组) (villages): not counted
    (DT, '深入实施《[[凉山州移风易俗条例]]》', None),
    (DT, '加快编制《[[凉山州新型城镇化中长期规划]]》', None),
    # the same list of ten livelihood programmes for county towns as report_ec (广元: 实施县城精修细补
    # 十项民生工程 → 十项)
    (IC, '县城精修细补[[十项]]民生工程', ic(10, '项')),
    # 每县(市)打造不少于1个示范街区、1个新型城镇化示范乡镇 and 百强中心镇2个: places and designations
    # (reports notes: villages, designations), not counted
    # 乡镇政府 named inside the place phrase 乡镇政府驻地 (township seats): a body inside a longer non-ORG
    # phrase (v1.1: 区人民政府工作部门 → 区人民政府); 乡镇 + 政府 names the class like 乡镇党委 (README call 1)
    (ORG, '力争[[乡镇政府]]驻地污水处理设施覆盖率', None),
    # ================================================================ 三、改革创新
    # 新一轮政府机构改革 (bare 政府), 州属国有企业, 第三方中介机构 (generic): not ORG; 孵化平台4个, 农业科技
    # 园区2个 (platforms, designations), 科技型中小企业290户 / 10户: not counted. 柔性引进高层次科技人才
    # 100名以上: talent attraction (reports notes), not STAFFING. 中稀(凉山)公司 (company), 省级工程技术
    # 研究中心, 西昌学院 (college), 重点实验室: not ORG
    # ================================================================ 四、生态
    # an unquoted N大 before the campaigns (report_ec: 扬尘源等六大专项整治行动, the same wording)
    (IC, '移动源、扬尘源等[[六大]]专项整治行动', ic(6, '大')),
    # “碳达峰十大行动”, “1+N” (quoted names), 三年攻坚 (a duration), 节约型机关 (机关): not labelled
    # ================================================================ 五、基础设施
    # a month for a measure in the plan year: the year left out is the document's (guidelines DEADLINE)
    (DL, '确保乐西高速昭觉至美姑段[[10月]]全线通车',
     {'date': '2024-10-31', 'precision': 'month', 'relation': 'by', 'recurring': False}),
    # 国网省电力公司 (a state-owned company, v1.1 国网山东省电力公司): not ORG; 充电桩2000个 (facilities)
    # ================================================================ 六、安全
    # “十八条措施”, “三个紧急避让” (quoted names); 三个及以上“喊醒叫应”渠道 (channels: means, not items);
    # 60处 (sites), 3000户; 储备凉山分中心 (a reserve depot: facility); 基层派出所 (基层 is vague, like
    # 基层政府 in shandong-part1); 大数据实战服务中心建设 (a facility being built, report-c 办案中心建设);
    # 中小金融机构: not labelled
    # ================================================================ 七、民生
    # 1.7万人 / 125万人 (employment): not STAFFING
    (IC, '新改扩建幼儿园[[7所]]，办好乡镇中心幼儿园', ic(7, '所')),       # schools built
    (IC, '新改扩建义务教育薄弱学校[[49所]]', ic(49, '所')),
    (IC, '新建职业学校[[1所]]', ic(1, '所')),                            # devset 1所公办幼儿园
    # 中职学位2000个 (places): not counted
    # 秋季: the term by which the new college is to enrol, a named part of the plan year (report-ac:
    # 一期秋季开学 → 秋季, 2024-11-30, period, by) (README call 4)
    (DL, '确保西昌医学高等专科学校[[秋季]]招生',
     {'date': '2024-11-30', 'precision': 'period', 'relation': 'by', 'recurring': False}),
    # 西昌民族幼儿师范高等专科学校, 四川应用技术职业学院, 西昌学院 (colleges), 州第五人民医院 (a hospital;
    # its 五人 is not a count): not labelled
    # ================================================================ 八、政府自身建设
    (ORG, '坚决服从[[州委]]统一领导', None),
    # 按照 + quoted formula + 要求 (guidelines PRINCIPLE; report-u 按照“三个高于”…目标要求; shandong-part2
    # 按照“横向到边,纵向到底”的改革要求) (README call 4)
    (PR, '按照“[[四个抓落实]]”重要要求', None),
    (ORG, '确保党中央[[国务院]]、省委省政府决策部署', None),
    (ORG, '确保党中央国务院、[[省委]]省政府决策部署', None),
    (ORG, '确保党中央国务院、省委[[省政府]]决策部署', None),
    (ORG, '决策部署和[[州委]]工作安排', None),
    # 严格遵循法定权限和程序: 遵循 without a quote or 原则, not PRINCIPLE; 坚持法定职责必须为… (unquoted)
    (ORG, '坚持重大事项主动向[[州委]]报告', None),
    # 州人大及其常委会: 常委会 is a definite short form of the 州人大's standing committee (v1.2; report-v,
    # report-ao 市人大及其`常委会`)
    (ORG, '自觉接受[[州人大]]及其常委会法律监督', None),
    (ORG, '自觉接受州人大及其[[常委会]]法律监督', None),
    (ORG, '工作监督和[[州政协]]民主监督', None),
    # 纪检监察机关 (机关 generic), 坚持问政于民… (unquoted): not labelled
    # ================================================================ closing
    (ORG, '在[[州委]]坚强领导下', None),                             # 党中央 before it: not ORG
]

for a in ANCHORS:
    label, anchor, norm = a[:3]
    d.ctx(label, anchor, n=a[3] if len(a) > 3 else 1, norm=norm)


# ================================================================ every body word accounted for
d.check_all('人民政府', 2, 2)
d.check_all('州委', 7, 7)
d.check_all('省委', 4, 4)
d.check_all('国务院', 2, 2)
d.check_all('省政府', 2, 2)
d.check_all('州政府', 2, 1, ['在全[州政府]系统'])                  # 全州 + 政府系统 (bare 政府)
d.check_all('工会', 1, 1)
d.check_all('共青团', 1, 1)
d.check_all('工商联', 1, 1)
d.check_all('常委会', 2, 2)
d.check_all('政府', 24, 6, [
    '申报和下达地方[政府]债券', '州本级[政府]集中采购', '地方[政府]法定债务率', '不断改进和提升[政府]工作',
    '人民满意[政府]加快建设', '统揽[政府]工作', '法治[政府]建设成效明显', '财政资金、[政府]采购',
    '2024年[政府]工作的总体要求', '关键一年。[政府]工作的总体要求是', '加大地方[政府]专项债券',
    '创新开展[政府]与社会资本', '新一轮[政府]机构改革', '中小微企业参与[政府]采购', '为民务实清廉[政府]',
    '在全州[政府]系统', '将[政府]行为', '干部清正、[政府]清廉'])     # bare 政府 (v1.1), types, 地方政府
d.check_all('人大', 5, 3, ['高质量办理[人大]代表建议', '向[人大]代表、政协委员'])      # people (reports notes)
d.check_all('政协', 5, 2, ['并请州[政协]委员', '代表建议107件、[政协]委员提案', '人大代表、[政协]委员，向'])
d.check_all('委', 16, 13, ['并请州政协[委]员', '代表建议107件、政协[委]员提案', '人大代表、政协[委]员，向'])
d.check_all('中央', 7, 0, ['第一轮[中央]环保督察', '是党[中央]国务院亲切关怀', '人民团体、[中央]和省驻州单位',
                         '抓好[中央]和国家机关', '第二轮[中央]环保督察', '确保党[中央]国务院',
                         '为核心的党[中央]周围'])                         # no body head (v1.1)
d.check_all('局', 6, 1, ['开[局]之年', '全链条布[局]发展', '社会大[局]保持', '资本投向和布[局]', '产业规划布[局]'])
d.check_all('办', 27, 1, [
    '全景全域举[办]第八届', '举[办]凉山首届美食', '措施[办]法并有力', '[办]理时限平均提速', '中职学校[办]学条件',
    '筹备申[办]开校', '圆满承[办]省第九届', '成功举[办]中国西昌', '高质量[办]理人大代表', '[办]结率、满意率',
    '考评[办]法，持续', '积极申[办]全省文化旅游', '持续[办]好凉山彝族火把节', '精心举[办]招商引资', '大操大[办]',
    '医保经[办]网络', '下沉[办]理。', '“一件事一次[办]”', '“一站式”[办]理', '[办]好乡镇中心幼儿园',
    '鼓励举[办]普惠性', '普惠性民[办]幼儿园', '提升[办]学水平', '为民服务[办]实事', '抓好[办]成一批',
    '领导干部操[办]婚丧'])                                              # verbs and 公办/民办; 州安办 only
d.check_all('部', 25, 1, [
    '全会[部]署要求', '西[部]采购商大会', '头[部]企业', '省级[部]门审核', '专网业务外全[部]纳入', '东[部]沿海',
    '(市)全[部]达标消除', '信访举报问题全[部]整改完成', '诉讼案件全[部]化解销号', '驻州[部]队', '支援干[部]，',
    '[部]分经济指标', '一些干[部]的担当', '省两会安排[部]署', '矿权深[部]外围', '审会审项目全[部]开工',
    '东西[部]协作', '少年全[部]接受义务教育', '供电可靠性全[部]达标', '全[部]落实挂牌保护', '省政府决策[部]署和州委',
    '领导干[部]法治档案', '领导干[部]操办', '做到干[部]清正'])       # 工信部 only; 省级部门 (generic head)
d.check_all('中心', 21, 0, [
    '茧丝绸交易[中心]等102个', '工程技术研究[中心]和企业技术中心', '企业技术[中心]15个',      # trading, platforms
    '创新创业孵化[中心]工程项目', '州残疾人康复[中心]建设项目', '社区日间照料[中心]实现',      # facilities
    '州一医院新院区危急重症综合救治[中心]、州二医院', '公共卫生医疗救治[中心](二期)',          # hospital units
    '县域医疗次[中心]6个', '这一[中心]工作', '碳汇储备[中心]', '凉山文化艺术[中心]等文化基础设施',
    '县市[中心]城区', '百强[中心]镇2个', '县域医疗卫生次[中心]建设', '省级工程技术研究[中心]，积极支持',
    '物资储备凉山分[中心]', '大数据实战服务[中心]建设', '乡镇[中心]幼儿园', '州一医院新院区危急重症综合救治[中心]、州重大',
    '公共卫生医疗救治[中心]二期'])
d.check_all('院', 26, 2, [
    '[院]士(专家)工作站', '州一医[院]新院区危急重症综合救治中心、州二', '州一医院新[院]区危急重症综合救治中心、州二',
    '州二医[院]新院区、州妇女儿童医院新院区、州重大', '州二医院新[院]区、州妇女儿童医院新院区、州重大',
    '州妇女儿童医[院]新院区、州重大', '州妇女儿童医院新[院]区、州重大', '7家县医[院]纳入', '四川省彝医医[院]',
    '县中(彝)医[院]', '凉山州博物[院]', '菜园、庭[院]的“美好家园”', '菜园、庭[院]的“美丽乡村”', '乡镇卫生[院]医疗服务',
    '支持西昌学[院]建设', '职业学[院]提升办学水平', '支持西昌学[院]申请', '确保州一医[院]新院区',
    '确保州一医院新[院]区', '二期、州二医[院]新院区', '二期、州二医院新[院]区', '州妇女儿童医[院]新院区项目',
    '州妇女儿童医院新[院]区项目', '州第五人民医[院]'])               # hospitals, colleges, 庭院, 院士; 国务院 ×2
d.check_all('团', 7, 1, ['大企业大集[团]40余家', '华润集[团]中医药', '州委[团]结带领', '人民[团]体',
                        '“组[团]式”帮扶', '紧密[团]结在'])        # companies, generic, verbs; 共青团 only
d.check_all('联', 10, 1, ['新开工[联]审会审', '“互[联]网+医疗健康”深入', '利益[联]结机制，加强', '产业创新[联]盟',
                         '确保1286个[联]审会审', '要素[联]动', '紧密利益[联]结机制', '教育[联]合体',
                         '开展“互[联]网+医疗健康”便民'])            # 工商联 only; 产业创新联盟 (enterprises)
d.check_all('协', 19, 2, [
    '甬凉[协]作再创佳绩', '宁波帮扶[协]作', '消费[协]作资金', '甬凉[协]作3个', '州领导[协]调',
    '各地商[协]会', '东西部[协]作', '上[协]同发力', '区域[协]调', '财政金融[协]同', '臭氧[协]同控制',
    '面源污染[协]同治理', '劳务[协]作力度', '人才[协]作培养', '并请州政[协]委员', '107件、政[协]委员提案',
    '人大代表、政[协]委员'])                                          # 州政协 ×2
d.check_all('所', 23, 0, [
    '全州[所]有乡镇实现5G', '全州[所]有街道', '幼儿园54[所]', '小学107[所]', '初中14[所]', '高中8[所]',
    '县域7[所]普通高中', '储物间、厕[所]、畜圈分离，规范配套菜园、庭院的“美好', '地震监测标准水化实验平台，[所]有学校',
    '向[所]有投身', '不同[所]有制', '确保[所]有适龄', '储物间、厕[所]、畜圈分离，规范配套菜园、庭院的“美丽',
    '卫生厕[所]普及率', '力争[所]有乡村学校', '实现[所]有业务', '推动[所]有建制镇', '确保[所]有国考',
    '基层派出[所]优化整合', '幼儿园7[所]', '薄弱学校49[所]', '职业学校1[所]', '严管[所]辖'])
d.check_all('站', 6, 0, ['充(换)电[站]20座', '(专家)工作[站]15个', '大弯腰树水电[站]', '“一[站]式”',
                        '500千伏变电[站]', '社区康复[站]点'])
d.check_all('组', 8, 0, ['[组]织企业参加', '[组]建凉山州博物院', '[组]建产业创新联盟', '[组]织参加“蜀里',
                        '精心[组]织产业招商', '自然村([组])', '战略重[组]', '“[组]团式”'])
for w, n in (('机构', 8), ('单位', 7), ('机关', 5), ('馆', 6), ('集团', 2), ('公司', 4), ('队', 3), ('室', 3),
             ('署', 3), ('司', 4), ('部门', 1), ('处', 9), ('厂', 4), ('盟', 3), ('党委', 0), ('市委', 0), ('县委', 0),
             ('厅', 0), ('办公室', 0), ('领导小组', 0), ('委员会', 0), ('以下简称', 0)):
    hits = [m.start() for m in re.finditer(w, t)]
    assert len(hits) == n, (w, len(hits))
    for h in hits:                                  # generic heads, facilities, companies, verbs
        assert not any(e['label'] == ORG and e['start'] <= h < e['end'] for e in d.ents), (w, h)
# 会 (90): every occurrence outside an ORG lies in a word that names no body (社会, 大会, 全会, 会议,
# 会理/会东/会禄 places, events 西博会/大运会/广交会…, 商协会/商会 (associations: seventh session), verbs)
labelled = [(e['start'], e['end']) for e in d.ents if e['label'] == ORG]


def rest(ch, words, n):
    hits = [m.start() for m in re.finditer(ch, t)]
    assert len(hits) == n, (ch, len(hits))
    for h in hits:
        if any(s <= h < e for s, e in labelled):
            continue
        assert any(t[h - k:h - k + len(w)] == w for w in words for k in range(len(w)) if w[k] == ch), \
            (ch, t[h - 6:h + 6])


rest('会', ['社会', '大会', '全会', '会议', '会理', '会东', '会禄', '会审', '节会', '西博会', '大运会', '常务会',
           '会前', '简会', '不会干', '两会', '会商', '广交会', '消博会', '进博会', '展会', '商协会', '商会', '学会'], 90)
assert sum(1 for e in d.ents if e['label'] == ORG and '会' in e['text']) == 3   # 工会, 州人大常委会, 常委会

# ================================================================ other families
# DEADLINE (3): 今年 (targets), 10月, 秋季. Every time word was read: 2023年 ×2 / 2024年 ×2 (headings
# and the review's year), 今年是…75周年 (a description), 开局之年, 一年来 ×5 / 过去一年 ×2, 连续9年, 连年,
# 三年行动 ×2 / 三年攻坚 ×2 / 用3年时间 (durations, README call 8), 长江十年禁渔 (a name), 学前三年 (a
# school stage), 年度任务 / 年度改革典型案例 (past) / 年度重点任务 / 年度目标任务 (no time limit given),
# 上年 (a baseline), 每月监测 (a past frequency), 每笔, 每县 (quantifiers), 月推进 / 日暗访 (a quoted
# mechanism), 低保月人均 (a rate), 月城 (a place), 日间照料, 过紧日子, 提前介入 (no limit), 以内 ×2 (rates).
assert re.findall(r'20\d\d年', t) == ['2023年', '2023年', '2024年', '2024年']
assert t.count('年') == 37 and t.count('今年') == 2 and t.count('月') == 5 and t.count('日') == 3
assert t.count('年度') == 4 and t.count('每') == 3 and t.count('以内') == 2 and t.count('提前') == 1
assert t.count('秋') == 1 and t.count('春') == 1 and t.count('时间') == 1
for w in ('全年', '年内', '年底', '底前', '月底', '期间', '之前', '以前', '日内', '日前', '到20', '季度', '每年'):
    assert w not in t, w
# PRINCIPLE (1): no 原则/方针/思路/本着/根据; 按照 ×2 (the other takes “三大强州战略”确定的重点产业链);
# 要求 ×7: 部署要求, 聚焦“…”总要求 (call 4), the heading and 总体要求是, 严格落实“…”要求 and 全面落实“四个
# 不摘”要求 (verb 落实), 按照“四个抓落实”重要要求 (labelled); 遵循 ×1 (unquoted 法定权限和程序); 坚持 ×26,
# none before 原则/要求/方针/思路 (坚持“要素跟着项目走” is v1.1's example)
for w in ('原则', '方针', '思路', '本着', '根据'):
    assert w not in t, w
assert t.count('按照') == 2 and t.count('要求') == 7 and t.count('遵循') == 1 and t.count('坚持') == 26
# DOC_TITLE (9): 11 《》, minus 《阿普》 (a song) and 《听见索玛》 (an opera)
assert re.findall('《([^》]*)》', t) == [
    '凉山彝族自治州中医药保护条例', '阿普', '听见索玛', '四川省泸沽湖保护条例', '土地整治专项规划', '工作规则',
    '常务会议议事决策规则', '安宁河流域高质量发展规划', '安宁河流域土地综合整治规划', '凉山州移风易俗条例',
    '凉山州新型城镇化中长期规划']
# DOC_NO: none (no 〔; 号 only in 挂号 ×2 and 销号)
assert '〔' not in t and t.count('号') == 3
# STAFFING (2): no 编制 of posts (all five are plan drafting) and no 职数; the other counts of people
# are pupils, employment, beneficiaries, trainees, talent (3255人, 100名), thresholds and victims
assert t.count('编制') == 5 and '职数' not in t
assert re.findall(r'[0-9.]+万?(?:余|多)?[人名]', t) == [
    '4900万人', '2万人', '5万人', '131.1万名', '60.9万人', '231.8万人', '28.8万名', '470.8万人', '11.28万名',
    '3000人', '2499名', '120名', '13015人', '1315人', '7810人', '408人', '3255人', '19.88万名', '1人',
    '67.8万余人', '232人', '800人', '200人', '100名', '1.7万人', '125万人']
# ITEM_COUNT: every number + measure word was read (regex below); the 21 labelled are listed
counts_re = (r'(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:余|多)?万?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|户|场|套|张|股|宗|起|块|名|人)')
assert len(re.findall(counts_re, t)) == 196, len(re.findall(counts_re, t))
ic_texts = [e['text'] for e in sorted(d.ents, key=lambda e: e['start']) if e['label'] == IC]
assert ic_texts == ['33条', '十条', '3个', '25件', '218家', '54所', '107所', '14所', '8所', '7所', '6个', '13个',
                    '三大', '十二条', '十条', '三十条', '十项', '六大', '7所', '49所', '1所'], ic_texts
assert all(re.fullmatch(counts_re, x) for x in ic_texts)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 3, 'DOC_NO': 0, 'DOC_TITLE': 9, 'ITEM_COUNT': 21, 'ORG': 31,
                  'PRINCIPLE': 1, 'STAFFING': 2}, counts
write_gold(OUT, [d])
