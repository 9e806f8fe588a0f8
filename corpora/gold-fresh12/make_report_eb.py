"""Build report_eb.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Deyang (德阳, 四川) city government work report (政府工作报告), a UTF-8 .txt file
of 19,885 characters (178 newlines): 2023年工作回顾 (eight numbered sections, thanks, problems),
2024年主要工作 (总体要求, 主要预期目标, nine numbered sections) and the government self-building
part (一是…四是), closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text.
Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh12/make_report_eb.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/德阳.txt'
OUT = 'corpora/gold-fresh12/report_eb.jsonl'
# meta: no header, session date or signature; the parts are 2023年工作回顾 / 2024年主要工作, so the
# report is dated by its year (reports notes; report-aq 眉山, report-bc). Region: 对四川视察, 全省,
# 省委…治蜀兴川, 成德眉资 (report-aq: 四川省眉山市).
d = AnchoredDoc('fresh12-report-deyang-2024', SOURCE, {'region': '四川省德阳市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 19885

ORG = 'ORG'; IC = 'ITEM_COUNT'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[市人民政府]]，向大会报告工作', None),
    # 并请市政协委员: a body modifying people (v1.1), not labelled
    # ================================================================ 2023年工作回顾, preamble
    (ORG, '为指导，在[[省委]]、省政府和市委的坚强领导下，锚定', None),
    (ORG, '为指导，在省委、[[省政府]]和市委的坚强领导下，锚定', None),
    (ORG, '为指导，在省委、省政府和[[市委]]的坚强领导下，锚定', None),
    # the body inside its session, term number inside (report-aq 市五届人大, report-aj 市九届人大)
    (ORG, '较好地完成了[[市九届人大]]二次会议确定的目标任务', None),
    # lists of livelihood matters (reports notes: 省定20件、市定15件为民实事); 十大 as written, unit 大
    # (v1.1 *ITEM_COUNT units*; report-aq 七大 → {7, 大})
    (IC, '[[25件]]省定民生实事和市十大民生实事', ic(25, '件')),
    (IC, '25件省定民生实事和市[[十大]]民生实事', ic(10, '大')),
    # 锚定“四五五六”发展总思路: verb 锚定 not in the list (the same formula via 坚持 is labelled below)
    # ================================================================ 一、稳增长
    # 十大部门向上争取竞争性资金: 部门 generic (no ORG); 十大 not counted (README decision 5)
    # 坚持“周监测、月调度、季盘点”: 坚持 with no 原则/要求/方针/思路 (v1.1); 每季: a bare frequency;
    # 25个…重大项目在一年内竣工投产: a past result, not DEADLINE
    (IC, '出台消费提质扩容[[18条]]，举办', ic(18, '条')),                 # policies (reports notes 20条措施)
    (IC, '出台促进民营经济高质量发展[[10条]]措施', ic(10, '条')),
    # 支持建筑业发展“20条”: the quotes cover the count (report-aq “金融16条”; README decision 8)
    # ================================================================ 二、产业 (no label: enterprises,
    # projects, zones, designations, labs, companies)
    (ORG, '获[[农业农村部]]新认定超级稻2个', None),                       # the body that designates
    (ORG, '以“好”的等次通过[[农业农村部]]评审', None),
    # ================================================================ 三、创新: 中国科学院金属研究所 (a
    # research institute, reports notes), labs, 院士专家工作站, platforms: not ORG/ITEM_COUNT
    # ================================================================ 四、改革开放
    # schools twinned by a measure (reports notes: schools a measure acts on); unit as written
    (IC, '新增结对学校[[23对]]，全省首个', ic(23, '对')),                  # README decision 4
    # medical institutions a measure acts on and the list of test items (report-aq 成德眉资互认
    # 15家…138项); 百余项 like 1200余项 (余 inside, value = the base, min)
    (IC, '全市[[30家]]医疗机构实现百余项检查检验结果互认', ic(30, '家')),
    (IC, '全市30家医疗机构实现[[百余项]]检查检验结果互认', ic(100, '项', min=100, max=None)),
    # 29项国省改革试点 (pilots), 10余条改革典型经验 (results): not counted (reports notes)
    (IC, '实现[[200项]]事项川渝通办', ic(200, '项')),                     # service items
    (IC, '川渝通办、[[312项]]省内通办', ic(312, '项')),
    (IC, '省内通办、[[241项]]成德眉资通办', ic(241, '项')),
    # bodies a measure acts on (shandong-part2 对7个部门…, 16个县直有关部门); 部门 generic: no ORG
    (IC, '与[[8个]]省级部门签订合作协议', ic(8, '个')),                   # README decision 5
    # ================================================================ 六、民生 (review)
    (ORG, '新增县域医疗卫生次中心5个，市、[[县疾病预防控制局]]全部挂牌', None),  # shared ending
    (IC, '新增县域医疗卫生次中心[[5个]]', ic(5, '个')),                    # report-aq 5个 (same wording)
    (IC, '遴选头雁学校[[20所]]进行重点培育', ic(20, '所')),                 # schools acted on
    (IC, '组建教育集团[[47个]]', ic(47, '个')),                          # set up (report-av 10个)
    (IC, '新（续）建幼儿园、中小学[[28所]]', ic(28, '所')),                 # built (report-aq 20所)
    # 示范高中5所, 示范性幼儿园8所, 150所绿色学校: designations (report-av decision 7), not counted
    # ================================================================ 七、生态/安全/治理 (review)
    (ORG, '圆满完成[[省委]]省政府下达的大运会', None),                     # names without a mark: two
    (ORG, '圆满完成省委[[省政府]]下达的大运会', None),
    # “十五条硬措施”: the quotes cover the count
    (ORG, '筹建[[市民服务中心]]，推进各类民生诉求', None),                  # README decision 2
    # the police station itself (guidelines: 公安派出所); the quoted model type is not ORG (batch-c)
    (ORG, '[[罗江万安所]]获评“国家级枫桥式公安派出所”', None),              # README decision 3
    # ================================================================ 八、政府建设 (review)
    (DT, '推动《[[德阳市海绵城市建设管理条例]]》', None),
    (DT, '》《[[德阳市优化营商环境条例]]》地方性法规实施', None),
    # 牢牢把握“学思想…”总要求: verb 把握 (report-aq); “一府两院”: no body name; 人大/政协 bare;
    # 办理人大代表建议127件、政协提案339件: handled proposals, not counted
    # fields of work after 与此同时: the mass organisations are ORG (reports notes: 妇联工作 → 妇联);
    # 供销社 (合作社, v1.1), 机关事务, 气象 … (fields without a body head) are not
    (ORG, '地方志、老龄、[[工会]]、科协、青少年', None),
    (ORG, '地方志、老龄、工会、[[科协]]、青少年', None),
    (ORG, '残疾人、[[红十字会]]、哲学社会科学等工作', None),
    # ================================================================ thanks
    (ORG, '是党中央[[国务院]]、省委省政府坚强领导的结果', None),           # 党中央 not ORG (v1.1)
    (ORG, '是党中央国务院、[[省委]]省政府坚强领导的结果', None),
    (ORG, '是党中央国务院、省委[[省政府]]坚强领导的结果', None),
    (ORG, '是[[市委]]团结带领全市人民', None),
    (ORG, '是[[市人大]]、市政协监督支持的结果', None),                     # subjects (reports notes)
    (ORG, '是市人大、[[市政协]]监督支持的结果', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市人民', None),
    # 市人大代表、市政协委员: people; 各民主党派, 各人民团体, 中央、省驻德单位: generic
    (ORG, '各民主党派、[[工商联]]、无党派人士', None),
    # ================================================================ 2024年主要工作
    # 今年是…关键一年; 今年政府工作的总体要求是 (general requirements, not a target): not DEADLINE
    (PR, '坚持贯彻落实习近平总书记“[[四个发力]]”重要要求', None),         # README decision 1
    (ORG, '全面落实中央经济工作会议、[[省委]]十二届四次全会', None),       # body before its plenum
    (ORG, '十二届四次全会、[[省委]]经济工作会议和市委', None),             # meeting: only the body
    (ORG, '省委经济工作会议和[[市委]]九届八次全会', None),
    (ORG, '九届八次全会、[[市委]]经济工作会议部署', None),
    # 贯彻省委“四化同步…”发展战略: 贯彻 and 战略 are not in the PRINCIPLE frame
    (ORG, '贯彻[[省委]]“四化同步、城乡融合、五区共兴”发展战略', None),
    (ORG, '坚持[[市委]]“四五五六”发展总思路', None),
    (PR, '坚持市委“[[四五五六]]”发展总思路', None),                      # 坚持…思路 (reports-d “12344”)
    # 全市经济社会发展主要预期目标是: no year word heads the targets, so no DEADLINE here
    # 重点做好九个方面工作: aspects (guidelines)
    # ---------------------------------------------------------------- 一、同城融圈: “八大行动” quoted
    # ---------------------------------------------------------------- 二、科技: 落实科研助理岗位750个
    # (jobs for graduates, README decision 7); 筹建四川工匠学院 (a school)
    # ---------------------------------------------------------------- 三、产业
    (IC, '转型升规[[三大]]攻坚行动', ic(3, '大')),                        # N大 before actions (7th session)
    (ORG, '成立[[城市大脑运营指挥中心]]，积极争取', None),                  # README decision 2
    # 新出台…若干措施: no number
    # ---------------------------------------------------------------- 五、城乡融合
    (PR, '坚持“[[抓好两端、畅通中间]]”工作思路', None),
    # “五大行动”, “六大提升工程”“五项改革措施”, “五大粮仓”: quoted names
    # ---------------------------------------------------------------- 七、生态
    # inspection-feedback rectification tasks (report-av 13项/45项); 按时 and 年度 are no deadline
    (IC, '按时保质完成[[10项]]中、省生态环保督察年度整改任务', ic(10, '项')),
    # ---------------------------------------------------------------- 八、民生
    (IC, '全力办好群众可感可及的省[[30件]]、市十大民生实事', ic(30, '件')),
    (IC, '全力办好群众可感可及的省30件、市[[十大]]民生实事', ic(10, '大')),
    # the province's ten measures the city implements (reports notes 省支持滨州30条措施)
    (IC, '欠发达县域托底性帮扶[[十条]]措施', ic(10, '条')),
    # 领航学校10所, 示范性普通高中2所, 示范幼儿园4所: designations; 三甲医疗卫生机构3家: a grade
    # (report-aq 三乙医疗卫生机构3家)
    (IC, '新建改扩建幼儿园、中小学校[[15所]]', ic(15, '所')),
    (IC, '规划调整小规模学校[[10所]]', ic(10, '所')),                    # report-bc 优化调整…38个
    # ---------------------------------------------------------------- 九、安全/治理
    (DT, '推动制定《[[德阳市城乡社区治理条例]]》', None),
    (ORG, '持续深化[[市民服务中心]]高效运行', None),
    # 健全“流动信访局”工作机制: a quoted mechanism name, not a body (README decision 9)
    (ORG, '继续大力支持[[工会]]、共青团、妇联', None),
    (ORG, '继续大力支持工会、[[共青团]]、妇联', None),
    (ORG, '工会、共青团、[[妇联]]、工商联、科协', None),
    (ORG, '共青团、妇联、[[工商联]]、科协、文联', None),
    (ORG, '妇联、工商联、[[科协]]、文联、残联', None),
    (ORG, '工商联、科协、[[文联]]、残联、社科联', None),
    (ORG, '科协、文联、[[残联]]、社科联、作协', None),
    (ORG, '文联、残联、[[社科联]]、作协、友协', None),
    (ORG, '残联、社科联、[[作协]]、友协、侨联', None),                    # README decision 10
    (ORG, '社科联、作协、[[友协]]、侨联、关工委', None),
    (ORG, '作协、友协、[[侨联]]、关工委等', None),
    (ORG, '友协、侨联、[[关工委]]等更好发挥桥梁纽带作用', None),
    # ================================================================ 政府自身建设
    (ORG, '对标党中央[[国务院]]、省委省政府决策部署', None),
    (ORG, '对标党中央国务院、[[省委]]省政府决策部署', None),
    (ORG, '对标党中央国务院、省委[[省政府]]决策部署', None),
    (ORG, '省委省政府决策部署和[[市委]]工作要求', None),
    (ORG, '扎实做好[[省委]]巡视反馈问题整改', None),                      # report-o/丽水/舟山 省委巡视
    # 自觉接受人大及其常委会监督、政协民主监督: bare (v1.2); 树立“…”的意识, “八项本领”, “七种能力”,
    # 中央八项规定, 省市十项规定: not labelled
    # ================================================================ closing
    (ORG, '党中央周围，在[[省委]]、省政府和市委的坚强领导下，踔厉', None),
    (ORG, '党中央周围，在省委、[[省政府]]和市委的坚强领导下，踔厉', None),
    (ORG, '党中央周围，在省委、省政府和[[市委]]的坚强领导下，踔厉', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# ================================================================ every body word accounted for
d.check_all('人民政府', 2, 2)
d.check_all('省委', 9, 9)
d.check_all('市委', 7, 7)
d.check_all('省政府', 5, 5)
d.check_all('国务院', 2, 2)
d.check_all('工商联', 2, 2)
d.check_all('工会', 2, 2)
d.check_all('科协', 2, 2)
d.check_all('人大', 6, 2, ['自觉接受[人大]监督', '办理[人大]代表建议127件',            # bare; proposals
                         '向市[人大]代表', '自觉接受[人大]及其常委会'])              # people; bare
d.check_all('政协', 6, 1, ['请市[政协]委员', '、市[政协]委员、', '办理人大代表建议127件、[政协]提案',
                         '人大监督、[政协]民主监督和社会', '常委会监督、[政协]民主监督，'])
d.check_all('常委会', 1, 0, ['人大及其[常委会]监督'])                              # after bare 人大
d.check_all('委员会', 0, 0)
d.check_all('委', 22, 17, ['请市政协[委]员', '、市政协[委]员、', '赵乐际[委]员长',   # people
                          '乡村振兴县[委]书记', '人大及其常[委]会'])
d.check_all('政府', 20, 7, [
    '金融风险、[政府]性债务', '八、主题教育促实干，[政府]质效', '积极开展法治[政府]建设',
    '第一批全省法治[政府]示范市', '干部清正、[政府]清廉', '做好[政府]工作责任重大', '今年[政府]工作的总体要求',
    '地方[政府]专项债', '规范实施[政府]和社会资本', '强化[政府]债务风险', '加强[政府]自身建设',
    '全面提升[政府]治理体系', '方式推动[政府]工作'])                               # bare or types
d.check_all('中央', 6, 0, ['是党[中央]国务院', '向[中央]、省驻德单位', '全面落实[中央]经济工作会议',
                         '对标党[中央]国务院', '严格落实[中央]八项规定', '核心的党[中央]周围'])
d.check_all('部门', 2, 0, ['十大[部门]向上争取', '8个省级[部门]签订'])                  # generic head
d.check_all('部', 17, 2, ['十大[部]门', '8个省级[部]门', '电梯151[部]', '蝉联西[部]百强县',
                         '领导干[部]乡村振兴', '控制局全[部]挂牌', '做到干[部]清正', '不充分；[部]分园区',
                         '经济工作会议[部]署', '开行西[部]陆海', '行业头[部]企业', '电梯150[部]',
                         '省政府决策[部]署', '工作[部]署，不折', '健全完善“[部]署'])
d.check_all('局', 21, 1, [
    '开[局]之年', '创新平台加快布[局]。', '消费新格[局]加快', '全省布[局]，什邡', '战略开[局]起势', '文旅发展新格[局]，“1098',
    '研究所等在德布[局]，国机', '单水厂供水[局]面', '社会大[局]和谐', '发展新[局]面。', '新发展格[局]，统筹',
    '品牌在德布[局]，共建', '资源布[局]优化', '新兴产业，布[局]发展', '产业空间格[局]，数字',
    '城乡高质量融合发展新格[局]，全面', '新安全格[局]保障', '保障新发展格[局]。', '团结良好[局]面',
    '健全“流动信访[局]”'])                                                   # 流动信访局: decision 9
d.check_all('中心', 28, 3, [
    '云上天府智算[中心]', '蓉欧冷链运营[中心]', '会地联合创新[中心]2家',                # data/logistics centre, platform
    '产业集群创新[中心]建成投运', '中医国家区域医疗[中心]落户', '省重症区域医疗[中心]，',      # platform, hospitals
    '加快建设国家区域医疗[中心]，', '县域医疗卫生次[中心]5个',                         # hospital, facility (counted)
    '，[中心]城区新增', '罗江加快融入[中心]城区', '中江仓山镇入选省级百强[中心]镇。', '较大；[中心]城区',
    '实施[中心]镇', '创建省级百强[中心]镇4个', '以人民为[中心]，', '经济建设[中心]工作',   # places; idioms
    '建设“[中心]+基地”', '“三地两[中心]”',                                          # quoted names
    '省重点实验室、产业创新[中心]、', '工程技术研究[中心]、', '企业技术[中心]等高能级创新平台', # platforms
    '高价值专利育成[中心]。', '区域职业教育[中心]建设', '建强区域师培[中心]，',            # platform, schools
    '市体育[中心]公园'])                                                       # a park
d.check_all('所', 23, 1, [
    '新增深交[所]过会', '金属研究[所]、', '第五九研究[所]等',                      # exchange, institutes
    '头雁学校20[所]进行', '覆盖[所]有学段', '示范高中5[所]，', '中小学28[所]，', '幼儿园8[所]。',
    '150[所]学校', '应急避难场[所]232个', '公安派出[所]”', '向[所]有在德', '招院引[所]力度',
    '大院大[所]深度', '卫生厕[所]5000户', '作业场[所]。拓展', '领航学校10[所]、', '普通高中2[所]、',
    '示范幼儿园4[所]。', '中小学校15[所]，', '小规模学校10[所]，', '餐饮场[所]“瓶改管'])
d.check_all('院', 19, 2, [
    '中国科学[院]金属研究所', '新增[院]士专家工作站6家', '市老年养护[院]主体',             # institute, platform, care home
    '职业技术学[院]升格', '高职[院]校招收', '德阳市人民医[院]获批', '什邡市人民医[院]荣晋',
    '妇女儿童医[院]正式', '第五代医[院]主体封顶', '“一府两[院]”', '加大招[院]引所',
    '“央字头”大[院]大所', '新增[院]士专家工作站7家', '四川工匠学[院]，', '产业技术研究[院]高质量',
    '公立医[院]达标', '第五代医[院]。全面'])
d.check_all('团', 17, 1, [
    '兵器装备集[团]第五九', '1个创新[团]队', '投资控股集[团]组建', '组建教育集[团]47个',
    '教育集[团]龙头学校', '民族[团]结进步', '市委[团]结带领', '各人民[团]体', '入驻科研[团]队',
    '科技创新[团]队2个', '人才住房[团]购', '组[团]参加', '三星堆演艺集[团]做大做强',
    '德阳杂技[团]创建', '军政军民[团]结', '紧密地[团]结'])                            # troupe: decision 10
d.check_all('联', 28, 7, [
    '“千人[联]千企”活动', '会地[联]合创新', '[联]动成都建设', '中江蝉[联]西部', '市域产教[联]合体',
    '大气污染[联]防联控', '联防[联]控机制', '“一府两院”[联]席会议', '一体化运营，[联]合开行',
    '探索建立[联]合办展', '“高效互[联]”', '“服务[联]动”', '科技计划[联]合创新', '智能网[联]汽车',
    '工业互[联]网', '金沙[联]合申遗', '领导[联]系企业', '、千人[联]千企、', '南向海铁[联]运',
    '推进医[联]体改革', '“五社[联]动”'])
# heads with no body in this text (each hit read): 站 (工作站, 基站, 充电站, 一站式, 站上), 队 (团队,
# 队伍, 梯队, 军队), 组 (组建, 组件, 机组, 组织, 村（组）, 组团), 室 (实验室 ×6, 名师名校长工作室),
# 机构 (金融/医疗/分支/中介服务/养老/医疗卫生机构, 机构改革), 单位 (建设/文明/驻德单位, 工业单位), 机关
# (发动机关键, 机关事务), 厅 (厅市共建, 厅市合作)
for w, n in (('站', 6), ('队', 10), ('组', 9), ('室', 7), ('机构', 8), ('单位', 5), ('机关', 2), ('厅', 2)):
    assert t.count(w) == n, w
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w
assert '办公室' not in t and '办事处' not in t and '领导小组' not in t and '以下简称' not in t

# ================================================================ other families
# DEADLINE: none. The 20xx years are past (2023年 ×4, and 2023 in the event 2023世界清洁能源装备大会),
# the heading 2024年主要工作, event names (2024世界清洁能源装备大会, 2024中国电子元件产业峰会) and a
# quantity (保障性租赁住房2020套); 今年 ×3 (今年是…, 今年政府工作的总体要求, 完成今年…目标任务), 全年 ×4 (three past
# totals and 全年举办惠民文化活动380场以上, the scope of an annual total, report-bc brief), 一年内 (past),
# 国庆元旦期间 (past), 年度 ×4 (metric/task names), 季度拉练 / 每季 (frequencies), 按时, 早日 (vague).
assert re.findall(r'20\d\d年?', t) == ['2023年', '2023年', '2023年', '2023', '2023年', '2024年', '2024',
                                       '2024', '2020']
assert '保障性租赁住房2020套' in t
assert t.count('今年') == 3 and t.count('全年') == 4 and t.count('年内') == 1 and t.count('期间') == 1
assert t.count('年度') == 4 and t.count('季度') == 1 and t.count('每') == 1
assert t.count('年') == 52 and t.count('月') == 2 and t.count('日') == 2   # 7月26日 (past), 月调度, 早日
for w in ('年底', '底前', '月底', '之前', '以前', '日内', '日前', '提前', '到20', '年前', '前完成'):
    assert w not in t, w
# PRINCIPLE: no 原则/方针/按照/本着/根据; 思路 ×3 (锚定…总思路 not labelled; 坚持…总思路, 坚持…工作思路
# labelled), 要求 ×4 (把握…总要求 and 总体要求是 / 市委工作要求 not; 坚持贯彻落实…重要要求 labelled)
for w in ('原则', '方针', '按照', '本着', '根据'):
    assert w not in t, w
assert t.count('思路') == 3 and t.count('要求') == 4 and t.count('遵循') == 1   # 提供了遵循 (a noun)
# DOC_TITLE: the three 《》 are regulations
assert [m.start() for m in re.finditer('《', t)] == [t.index('《德阳市海绵'), t.index('《德阳市优化'),
                                                    t.index('《德阳市城乡')] and t.count('《') == 3
# DOC_NO: no 〔; 号 ×8 = 老字号 ×3, 国字号, 称号 ×2, 一号受理, 德字号
assert '〔' not in t and t.count('号') == 8
# STAFFING: no 编制/职数; the 20 counts of people are talent, employment, beneficiaries, pupils,
# visitors and rankings (前100名); 科研助理岗位750个 are graduate jobs (decision 7)
assert '编制' not in t and '职数' not in t and t.count('名') == 36 and t.count('岗位') == 1
# ITEM_COUNT: every number + measure word (234 hits of the regex) was read; 23 are labelled
counts_re = r'(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:余|多)?(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处)'
assert len(re.findall(counts_re, t)) == 234
ic_texts = sorted(e['text'] for e in d.ents if e['label'] == IC)
assert ic_texts == sorted(['25件', '十大', '18条', '10条', '23对', '30家', '百余项', '200项', '312项', '241项',
                           '8个', '5个', '20所', '47个', '28所', '三大', '10项', '30件', '十大', '十条',
                           '15所', '10所']), ic_texts

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 3, 'ITEM_COUNT': 22, 'ORG': 51,
                  'PRINCIPLE': 3, 'STAFFING': 0}, counts
write_gold(OUT, [d])
