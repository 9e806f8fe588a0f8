"""Build report_ec.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Guangyuan (广元, 四川) city government work report.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or n times where n is given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh12/make_report_ec.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/广元.txt'
OUT = 'corpora/gold-fresh12/report_ec.jsonl'
# meta.date: the report has no header, no session date and no signature; it opens with 各位代表：
# and its parts are 2023年工作回顾 / 2024年主要目标任务和重点工作 / 加强政府自身建设, so the date is
# the report's year (reports notes; report-aq/av/aw/ax). Region: 四川 from the text (亲临四川视察,
# 全省, 省委省政府, 来川视察) + 广元 (the city: 市委, 市人民政府, 全市).
d = AnchoredDoc('fresh12-report-guangyuan-2024', SOURCE, {'region': '四川省广元市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 18927

ORG = 'ORG'; IC = 'ITEM_COUNT'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[市人民政府]]向大会报告工作', None),
    # 并请各位政协委员: a body modifying people (v1.1), not labelled
    # ================================================================ 2023 review, preamble
    # 党中央国务院、省委省政府和市委: names written without a mark between them give one ORG each
    # (report-aq, report-bc); 党中央 has no body head (v1.1 中央). The formula occurs 4 times.
    (ORG, '全面落实党中央[[国务院]]、省委省政府和市委决策部署', None),
    (ORG, '全面落实党中央国务院、[[省委]]省政府和市委决策部署', None),
    (ORG, '全面落实党中央国务院、省委[[省政府]]和市委决策部署', None),
    (ORG, '全面落实党中央国务院、省委省政府和[[市委]]决策部署', None),
    # 市人大、市政协 as the subjects of 监督支持 are ORG (reports notes)
    (ORG, '在[[市人大]]、市政协的监督支持下', None),
    (ORG, '在市人大、[[市政协]]的监督支持下', None),
    # ================================================================ (1) economy
    # policy packages: counts of measures (reports notes: 促消费20条措施, 省支持滨州30条措施)
    (IC, '出台推动经济运行整体好转[[35条]]、', ic(35, '条')),
    (IC, '“拼经济、比发展”运行调度奖惩[[十条]]措施', ic(10, '条')),
    # 860个中期评估项目, 945个/828个/988个/54个 projects: not counted (reports notes: projects)
    # ================================================================ (2) industry
    # 中国西部（广元）铝锭贸易中心: a trading centre (seventh session: not a body);
    # 广元铝基新材料产业技术研究院: a research institute (reports notes); 省级企业技术中心3家,
    # 专精特新企业7家: designations / enterprises, not counted
    (IC, '出台促进消费恢复发展[[十条]]措施', ic(10, '条')),
    (DT, '编制发布《[[广元市现代物流中长期发展规划]]》', None),
    # 广元国际铁路港海关监管中心: a facility (建成投用), not ORG; 欧投行—进出口银行: banks
    # ================================================================ (3) urban / rural
    (DT, '推动颁布施行《[[广元市海绵城市建设管理条例]]》', None),
    # 联合国 (入围联合国“创建韧性城市2030”…): cited only as the owner of a programme (report-aj,
    # report-be: not labelled)
    (ORG, '易地扶贫搬迁后续扶持工作获[[国务院]]督查表扬激励', None),   # report-aw: 获国务院督查激励
    # ================================================================ (4) reform
    (DT, '提请审议《[[广元市优化营商环境条例（草案）]]》', None),        # （草案） is inside the 《》
    (DT, '系统集成推出《[[关于促进民营经济发展壮大的若干措施]]》', None),
    # a body inside a longer non-ORG phrase (v1.1; report-bc 中国科协 as a body): the base is a facility
    (ORG, '建成[[中国科协]]海智计划工作基地（广元）', None),
    (DT, '出台《[[广元市全民科学素质行动实施方案]]》', None),
    # the government's own / assigned task list (report-av 自治区43项重点改革任务; aq 138项重点任务)
    (IC, '全面完成承担的[[17项]]川东北经济区振兴发展重点任务', ic(17, '项')),
    # ================================================================ (5) livelihood
    (IC, '[[48件]]民生实事全面完成', ic(48, '件')),                    # reports notes: 158件民生实事
    (ORG, '农民工服务保障工作再获[[省委]]省政府表扬', None),
    (ORG, '农民工服务保障工作再获省委[[省政府]]表扬', None),
    (IC, '新（改）扩建中小学（幼儿园）[[78所]]', ic(78, '所')),        # schools built (reports notes)
    (ORG, '与[[省卫生健康委]]开展战略合作', None),
    # 新增三级医疗卫生机构2家 (a hospital grade reached; aq 三乙医疗卫生机构3家) and 省级县域医疗卫生
    # 次中心2个 (a provincial designation) are not counted (README decision 7)
    # institutions a measure acts on and the list of items it makes mutually recognised (report-aq:
    # 15家二级以上公立医疗机构138项检查检验结果实现成德眉资互认 → 15家, 138项)
    (IC, '惠民服务，[[30家]]医疗机构实现116项', ic(30, '家')),
    (IC, '30家医疗机构实现[[116项]]检查检验结果互认共享', ic(116, '项')),
    # 423种药品、14类耗材: drugs and consumables (reports notes), not counted
    # 广元石窟研究所: a public research and conservation institution the city set up (成立), like
    # report-aj's 市文物考古研究所 (推动组建) (README decision 3)
    (ORG, '成立[[广元石窟研究所]]，承办全国蜀道保护利用座谈会', None),
    (ORG, '获[[省政府]]公共文化领域督查激励支持', None),
    # 《蜀道文库》 (a book series), 《城里的月光》, 《信仰之城》, 《投庄杀奢》 (plays): works, not DOC_TITLE
    # ================================================================ (6) safety
    # 国务院安委会: one ORG, longest name (gold-unseen reports-a labels 国务院安委会)
    (ORG, '认真落实[[国务院安委会]]安全生产十五条硬措施', None),
    # 十五条硬措施, unquoted here: a package of measures (reports notes 30条措施); the earlier sets
    # left it out only where it was quoted (report-be “十五条硬措施”, reports-d “15条硬措施”)
    # (README decision 2)
    (IC, '国务院安委会安全生产[[十五条]]硬措施', ic(15, '条')),
    # ================================================================ (7) mass organisations etc.
    # 支持工会、共青团、妇女儿童、残疾人、科协、工商联、红十字、侨联等事业: mass organisations named
    # as fields of work are ORG (reports notes); 妇女儿童, 残疾人 and 红十字 (no 会: gold-unseen
    # reports-a, report-ax) are fields, not bodies
    (ORG, '我们支持[[工会]]、共青团、妇女儿童', None),
    (ORG, '我们支持工会、[[共青团]]、妇女儿童', None),
    (ORG, '妇女儿童、残疾人、[[科协]]、工商联、红十字', None),
    (ORG, '妇女儿童、残疾人、科协、[[工商联]]、红十字、侨联', None),
    (ORG, '工商联、红十字、[[侨联]]等事业取得新进展', None),
    # 老促会 (老区建设促进会): a named body with head 会 in the same field-of-work lists (README
    # decision 4); 关心下一代 and the other fields (审计、统计…) have no body head
    (ORG, '宗教、禁毒、烟草、邮政、[[老促会]]、关心下一代等工作取得新成效', None),
    # ================================================================ thanks
    (ORG, '科学指引的结果，是党中央[[国务院]]、省委省政府和市委坚强领导的结果', None),
    (ORG, '科学指引的结果，是党中央国务院、[[省委]]省政府和市委坚强领导的结果', None),
    (ORG, '科学指引的结果，是党中央国务院、省委[[省政府]]和市委坚强领导的结果', None),
    (ORG, '科学指引的结果，是党中央国务院、省委省政府和[[市委]]坚强领导的结果', None),
    (ORG, '坚强领导的结果，是[[市人大]]、市政协监督支持', None),
    (ORG, '坚强领导的结果，是市人大、[[市政协]]监督支持', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市广大干部群众', None),
    # ================================================================ 2024 plan, general requirements
    (ORG, '按照党中央[[国务院]]、省委省政府和市委决策部署，坚持稳中求进', None),
    (ORG, '按照党中央国务院、[[省委]]省政府和市委决策部署，坚持稳中求进', None),
    (ORG, '按照党中央国务院、省委[[省政府]]和市委决策部署，坚持稳中求进', None),
    (ORG, '按照党中央国务院、省委省政府和[[市委]]决策部署，坚持稳中求进', None),
    # 全市经济社会发展主要预期目标建议: no year word heads the targets, so no DEADLINE (v1.2 Year
    # targets needs a time expression); the heading 2024年主要目标任务和重点工作 is a heading
    # (reports notes). 重点做好九个方面工作: aspects, not counted.
    # ================================================================ (一) investment
    # 全年开展…4批次、开工项目600个以上; 确保全年完成投资470亿元以上: 全年 gives the scope of an
    # annual total, not a limit (report-av, report-ax as reviewed, report-bc) (README decision 6)
    # an unquoted N大 counting the actions the city sets up; the quotes cover only the names
    # (seventh session: N大 before actions; report-aj/o 三大提升行动)
    (IC, '重点产业项目“揭榜攻坚”[[三大]]行动为引领', ic(3, '大')),
    # ================================================================ (二) industry
    # 西部再生铝贸易中心 (a trading centre), 铝基新材料省级质检中心 (启动建设: a facility being built;
    # README decision 8), 50个/15个/51个 projects: not labelled
    # “七大行动”: a quoted name (report-av “六大行动”), not counted
    # ================================================================ (三) towns
    # 按照“…”工作思路: a quoted formula adopted through 按照…思路 (report-av 按照“南北双控…”思路)
    (PR, '按照“[[抓好两端、畅通中间]]”工作思路', None),
    # building-management norms counted by 条 (counts of measures, reports notes)
    (IC, '严格落实城市[[20条]]、集镇10条、农房15条', ic(20, '条')),
    (IC, '严格落实城市20条、集镇[[10条]]、农房15条', ic(10, '条')),
    (IC, '严格落实城市20条、集镇10条、农房[[15条]]建设管理规范措施', ic(15, '条')),
    # the government's own list of ten livelihood programmes for county towns (reports notes: own
    # task lists, 民生实事 lists) (README decision 5)
    (IC, '实施县城精修细补[[十项]]民生工程', ic(10, '项')),
    # “一江两带六大组团”: a quoted layout, not counted
    # ================================================================ (五) agriculture
    # 三大保障性产业, 五大百亿特色产业: domains (guidelines: 六大领域), not counted
    # ================================================================ (六) innovation / reform
    # five actions listed before N大 (seventh session; aq 七大攻坚)
    (IC, '创新生态优化[[五大]]行动', ic(5, '大')),
    # 重点实验室、工程技术研究中心等创新平台5家: platforms, not counted
    # 陕甘川宁毗邻地区经联会: a cooperation association of neighbouring regions, read like a city
    # alliance (report-ax 丝绸之路旅游城市联盟), not ORG (README decision 9)
    # ================================================================ (七) ecology
    # unquoted N大 before campaigns and actions the city carries out (README decision 10)
    (IC, '突出打好[[五大]]标志性战役', ic(5, '大')),
    (IC, '扬尘源等[[六大]]专项整治行动', ic(6, '大')),
    # “碳达峰十大行动”: quoted name, not counted
    # ================================================================ (八) livelihood
    (IC, '新改扩建各级各类学校[[69所]]', ic(69, '所')),
    # 省级示范性幼儿园8所, 领航学校10所: designations (report-av decision 7), not counted
    # 市托育综合服务中心 (加快建设: a care facility, report-aw), hospitals, 区域医疗中心: not ORG
    # ================================================================ (九) safety
    (IC, '严格执行安全生产[[十五条]]硬措施', ic(15, '条')),
    # “四个最严”要求 (verb 落实, a name of a formula): not PRINCIPLE
    (ORG, '统筹做好[[工会]]、审计、红十字、慈善', None),
    (ORG, '海关、烟草、邮政、[[老促会]]、关心下一代等工作。', None),
    # ================================================================ government building
    # 自觉接受人大和政协监督, 人大代表建议52件、政协委员提案204件 (bare bodies; people; handled
    # proposals), 人大法定监督和政协民主监督: not labelled (reports notes, v1.2)
    (ORG, '广泛听取各民主党派、[[工商联]]、无党派人士', None),
    # 严格落实中央八项规定和省委、省政府十项规定: the bodies inside a longer non-ORG phrase are ORG
    # (v1.1; report-bc 省、市委实施细则 → 市委); 八项/十项 规定 are fixed names (reports notes)
    (ORG, '严格落实中央八项规定和[[省委]]、省政府十项规定', None),
    (ORG, '严格落实中央八项规定和省委、[[省政府]]十项规定', None),
    # ================================================================ closing
    (ORG, '在党中央[[国务院]]、省委省政府和市委的坚强领导下', None),
    (ORG, '在党中央国务院、[[省委]]省政府和市委的坚强领导下', None),
    (ORG, '在党中央国务院、省委[[省政府]]和市委的坚强领导下', None),
    (ORG, '在党中央国务院、省委省政府和[[市委]]的坚强领导下', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# ------------------------------------------------ every occurrence of the body names is placed
d.check_all('市人民政府', 2, 2)
d.check_all('人民政府', 2, 2)
d.check_all('省委', 6, 6)
d.check_all('省政府', 7, 7)
d.check_all('市委', 4, 4)
d.check_all('国务院', 6, 6)
d.check_all('市人大', 2, 2)
d.check_all('市政协', 2, 2)
d.check_all('政府', 28, 9, [
    '成功争取中省预算内资金、地方[政府]专项债资金',                    # local governments in general
    '关键之年。[政府]工作的总体要求', '发挥好[政府]投资', '地方[政府]专项债券、增发国债',
    '落实[政府]和社会资本合作', '持续规范[政府]投资', '加强[政府]自身建设\n', '作风改进，[政府]自身建设',
    '“广元数字[政府]”专区', '推动基层[政府]治理能力',                  # a type; 基层 is vague
    '中国地方[政府]效率', '法治广元、法治[政府]、法治社会', '[政府]系统良好政治生态',
    '贯穿[政府]工作全过程', '持续深化法治[政府]建设成果', '全国法治[政府]建设示范市',
    '推进[政府]工作。', '牢记[政府]前面', '以[政府]协商增进共识'])   # bare 政府 (v1.1), types
d.check_all('人大', 5, 2, ['自觉接受[人大]和政协监督', '办理[人大]代表建议52件',   # bare / people
                         '自觉接受[人大]法定监督'])
d.check_all('政协', 6, 2, ['并请各位[政协]委员', '自觉接受人大和[政协]监督', '52件、[政协]委员提案',
                         '法定监督和[政协]民主监督'])
d.check_all('委', 15, 12, ['并请各位政协[委]员', '向各位代表、各位[委]员', '52件、政协[委]员提案'])
assert t.count('委员会') == 0 and t.count('部门') == 1 and t.count('行业部门') == 1   # generic 部门
d.check_all('中央', 12, 0, ['全面落实党[中央]国务院', '深入实施，[中央]、省生态环境', '昭化区入选[中央]财政',
                          '是党[中央]国务院', '指示和[中央]经济工作会议', '按照党[中央]国务院', '准确把握党[中央]关于',
                          '纳入[中央]煤炭储备体系', '为核心的党[中央]保持', '严格落实[中央]八项规定',
                          '为核心的党[中央]周围', '在党[中央]国务院'])           # no body head (v1.1)
d.check_all('科协', 2, 2)
d.check_all('工商联', 2, 2)
d.check_all('工会', 2, 2)
d.check_all('老促会', 2, 2)
d.check_all('联', 11, 3, ['入围[联]合国“创建韧性城市', '完善[联]农带农机制', '举办陕甘川宁毗邻地区经[联]会',
                         '全面推行综合督查、[联]合检查', '市域产教[联]合体', '灾害[联]防机制',
                         '“八五”普法，府院[联]动', '进一步优化府院[联]动'])
d.check_all('团', 13, 1, ['零八一电子集[团]被认定', '省内结对帮扶、“组[团]式”帮扶深入推进', '全国民族[团]结进步示范市',
                         '各民主党派、各人民[团]体和各界人士', '嘉陵江两岸组[团]式延伸', '“一江两带六大组[团]”',
                         '托底性帮扶、“组[团]式”帮扶工作', '城市医疗集[团]建设', '深入开展民族[团]结进步创建',
                         '和各人民[团]体、社会各界人士', '更加紧密地[团]结在', '中心城市而[团]结奋斗'])
d.check_all('院', 17, 6, ['产业技术研究[院]入选', '优化[院]士（专家）工作站', '川信职[院]提质扩容',   # research
                         '广元职业技术学[院]筹建', '广元中核职业技术学[院]迁建',          # institutes, colleges,
                         '市传染病医[院]改扩建', '建成市中医医[院]省级', '乡镇卫生[院]、社区',  # hospitals,
                         '开展公立医[院]薪酬', '“八五”普法，府[院]联动', '进一步优化府[院]联动'])  # 府院 = courts
d.check_all('所', 12, 1, ['中小学（幼儿园）78[所]', '向[所]有关心', '无害化卫生厕[所]2万户', '农村卫生厕[所]普及率',
                         '住有[所]居', '各级各类学校69[所]', '示范性幼儿园8[所]', '领航学校10[所]',
                         '人员密集场[所]等', '经营场[所]瓶装', '严管[所]辖'])
d.check_all('中心', 28, 0, [
    '铝锭贸易[中心]，广元铝基', '西部再生铝贸易[中心]',                 # trading centres (seventh session)
    '省级企业技术[中心]3家', '工程技术研究[中心]等创新平台',            # enterprise / research platforms
    '铁路港海关监管[中心]',                                            # a customs facility (建成投用)
    '铝基新材料省级质检[中心]',                                        # a facility being built (decision 8)
    '西部煤炭调拨储配[中心]', '县农产品物流配送[中心]',                  # logistics facilities
    '结合部区域医疗[中心]，新增', '县域医疗卫生次[中心]2个', '市中医医院省级区域医疗[中心]',
    '全力争创国家区域医疗[中心]', '省癌症等区域医疗[中心]', '“四个五大[中心]”', '县域医疗卫生次[中心]服务',
    '社区卫生服务[中心]和村卫生室',                                    # hospitals and health facilities
    '市托育综合服务[中心]',                                            # a care facility (report-aw)
    '新时代文明实践[中心]、', '公共文化服务[中心]、融媒体', '融媒体[中心]“三心融合”',  # generic, a media outlet
    '全民健身[中心]、健身步道',                                        # a sports facility
    '占[中心]城区面积', '“省级百强[中心]镇”2个', '经济建设这一[中心]工作', '提升[中心]城区发展能级',
    '县域经济副[中心]为重点', '“省级百强[中心]镇”1个', '现代化[中心]城市'])   # places and phrases
assert t.count('局') == 15 and len(re.findall('[格布开大全]局', t)) == 15       # no 局 body
assert t.count('办') == 49 and not re.search('[市县省区镇乡]办', t)              # 办 only as a verb
assert t.count('厅') == 0 and t.count('站') == 7 and t.count('队') == 4 and t.count('组') == 9
assert t.count('机构') == 4 and t.count('机关') == 5 and t.count('单位') == 2    # generic heads

# ------------------------------------------------ DOC_TITLE / DOC_NO
assert [m.start() for m in re.finditer('《', t)] == [2006, 2554, 3205, 3478, 3992, 5191, 5322, 5358, 5372]
# the last four are 《蜀道文库》 (a book series), 《城里的月光》, 《信仰之城》, 《投庄杀奢》 (plays)
assert t.count('〔') == 0 and t.count('号') == 4   # 称号 ×2, 挂号, “白叶一号” (a tea brand)

# ------------------------------------------------ DEADLINE: none in this report
# every 年/月/日 read: 2023年 (review), 2024年 (heading ×1, year description, event name
# 2024年物流产业发展大会), 这一年/过去一年/新的一年, 三年行动 (durations), 连续N年 (past), 全年 ×3
# (a past total and two annual totals, decision 6), 十年禁渔/十年成就展 (names), 年产能/年加工能力
# (capacities), 7月25日 (a past event), 提前2个月 (a past result), 每月开行 (a bare frequency),
# 百日攻坚 (a name), 过紧日子, 一日捐.
assert t.count('年') == 54 and t.count('月') == 4 and t.count('日') == 6
assert t.count('全年') == 3 and t.count('2024年') == 3 and t.count('提前') == 1 and t.count('每月') == 1
for w in ('今年', '年内', '年底', '底前', '月底', '日内', '日前', '期间', '之前', '以前', '季度', '到20', '每年'):
    assert w not in t, w

# ------------------------------------------------ PRINCIPLE: one
assert t.count('原则') == 0 and t.count('思路') == 1 and t.count('方针') == 0 and t.count('遵循') == 1
# 遵循: 坚持以“四个革命、一个合作”能源安全新战略为遵循 — 战略 is not one of 原则/要求/方针/思路 and the
# quote names a formula without stating it (README decision 1); the nine 牢记…“…”的重要要求 have the
# verb 牢记 (report-be: 牢记 is not in the list); 坚持把…“四个发力”重要要求作为… names a formula only.
assert t.count('要求') == 13 and t.count('按照') == 2 and t.count('本着') == 0 and t.count('根据') == 0

# ------------------------------------------------ STAFFING: none
# counts of people are employment (城镇新增就业3.84万人 / 3.35万人以上, 农民工转移就业95万人), insured
# people (188万人…), beneficiaries and visitors; no 编制 (both are 'drafting') and no 职数
assert t.count('编制') == 2 and t.count('职数') == 0 and t.count('名') == 19

# ------------------------------------------------ ITEM_COUNT: every number + measure word was read
NUM = re.compile(r'[0-9.]+[万亿]?(?:个|项|条|类|件|所|家|大|部|批|种|名|人|户|套|场|处|座|支)'
                 r'|[一二三四五六七八九十两]+(?:个|项|条|类|件|所|家|大|部|批|种|名|人|户|套|场|处|座|支)')
hits = [(m.start(), m.end()) for m in NUM.finditer(t)]
assert len(hits) == 152, len(hits)
ics = [(e['start'], e['end']) for e in d.ents if e['label'] == IC]
assert set(ics) <= set(hits), sorted(set(ics) - set(hits))

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 5, 'ITEM_COUNT': 19, 'ORG': 41,
                  'PRINCIPLE': 1, 'STAFFING': 0}, counts
write_gold(OUT, [d])
