"""Build report_ea.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Bazhong (巴中, 四川) city government work report.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the
text (or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh12/make_report_ea.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/巴中.txt'
OUT = 'corpora/gold-fresh12/report_ea.jsonl'
# meta: the report has no header, no session date and no signature; it opens with 各位代表：
# and its parts are 一、2023年工作回顾 / 二、2024年重点工作 / 三、加强政府自身建设, so the date is
# the report's year (reports notes; report-aq, report-av, report-bc). Region: 四川 is named in
# the text (对四川工作系列重要指示, 美丽四川, 健康四川).
d = AnchoredDoc('fresh12-report-bazhong-2024', SOURCE, {'region': '四川省巴中市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
assert len(d.text) == 15043, len(d.text)
t = d.text

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

# "党中央国务院、省委省政府和市委" occurs four times (review opening, thanks, 2024 self-building,
# and once as 中央大政方针、省委省政府): 党中央 is not ORG (v1.1: 中央 has no body head), 国务院,
# 省委, 省政府 and 市委 are, split without a separator as report-aq did (党中央[国务院]、[省委][省政府]).
TRIAD = [
    '全面落实党中央{}和市委决策部署，实施',          # 2023 review, opening paragraph
    '关键在于党中央{}和市委的坚强领导',              # thanks
    '当好党中央{}和市委决策部署的执行者',            # 提升行政效能
]

ANCHORS = [
    # ------------------------------------------------------------ opening
    (ORG, '现在，我代表[[市人民政府]]，向大会报告工作', None),
    # 并请市政协委员提出意见: a body modifying people (v1.1), not labelled
    # ------------------------------------------------------------ 2023 review, preamble
    # 专注“聚焦发展、改善民生、守住底线”三件大事: three aims, not a list of matters (README call 2)
    # ------------------------------------------------------------ (一) 稳定经济增长
    # 出台经济运行向上向好“38条”: a count inside a quoted short name (report-aq “金融16条”)
    (ORG, '18亿元、兑现激励奖补2.6亿元。争取中省预算内投资和专项债券资金74.8亿元、增长10.6%，[[财政部]]化债试点',
     None),                                                           # body inside a longer phrase (v1.1)
    # 《梦境•光雾山》: an immersive show (a work of art), not DOC_TITLE (report-av)
    # ------------------------------------------------------------ (二) 现代产业
    (ORG, '空山牛通过[[国家畜禽遗传资源委员会]]鉴定', None),          # a national committee that appraises
    # ------------------------------------------------------------ (三) 发展基础
    (ORG, '市县国土空间总体规划成果上报[[省政府]]', None),
    # ------------------------------------------------------------ (五) 民生
    (ORG, '获[[国务院]]乡村振兴重点工作督查激励', None),             # report-aw: 获国务院督查激励
    (IC, '新（改扩）建学校[[88个]]', ic(88, '个')),                  # schools built (reports notes; aq 20所)
    (IC, '新建县域医疗卫生次中心[[7个]]', ic(7, '个')),               # report-aq 5个, report-ab 22个
    (IC, '市级医疗专业质控中心[[69个]]', ic(69, '个')),               # README call 4
    (IC, '尘肺病康复站[[12个]]', ic(12, '个')),                       # README call 4 (村卫生室（站） precedents)
    # 新晋“三乙”专科医院1家 (a grade, report-aq), 2个图书馆和2个文化馆入列国家一级馆 (a grade),
    # 乡镇全民健身中心49个 (sports facilities): not counted
    # ------------------------------------------------------------ government building (review)
    (PR, '我们按照“[[学思想、强党性、重实践、建新功]]”的总要求', None),  # 按照 + quoted formula + 要求 (call 3)
    (DT, '坚持依法行政，《[[全域旅游促进条例]]》提请市人大审议', None),
    (ORG, '《全域旅游促进条例》提请[[市人大]]审议', None),
    # 建立府院联席会议制度: 府院 is an abbreviation of two bodies, no name (report-bc)
    (ORG, '坚持向[[市委]]请示报告全局性重要工作', None),
    (ORG, '定期向[[市人大]]报告工作、向市政协通报情况', None),
    (ORG, '定期向市人大报告工作、向[[市政协]]通报情况', None),
    # 人大代表建议、政协委员提案: people and bare bodies, not labelled
    # 严格“过紧日子”要求: the verb 严格 is not in the list (report-av)
    # mass organisations named as fields of work (reports notes; report-av/aq)
    (ORG, '全力支持[[工会]]、共青团、妇联', None),
    (ORG, '全力支持工会、[[共青团]]、妇联', None),
    (ORG, '全力支持工会、共青团、[[妇联]]、工商联', None),
    (ORG, '全力支持工会、共青团、妇联、[[工商联]]、科协', None),
    (ORG, '全力支持工会、共青团、妇联、工商联、[[科协]]、侨联', None),
    (ORG, '全力支持工会、共青团、妇联、工商联、科协、[[侨联]]、残联', None),
    (ORG, '全力支持工会、共青团、妇联、工商联、科协、侨联、[[残联]]、红十字会', None),
    (ORG, '全力支持工会、共青团、妇联、工商联、科协、侨联、残联、[[红十字会]]等群团组织', None),
    # ------------------------------------------------------------ thanks
    (ORG, '离不开[[市人大]]、市政协和社会各界', None),
    (ORG, '离不开市人大、[[市政协]]和社会各界', None),
    (ORG, '在这里，我代表[[市人民政府]]，向全市人民', None),
    (ORG, '各民主党派、[[工商联]]、无党派人士', None),                # reports notes: 工商联 in the thanks list
    # ------------------------------------------------------------ 2024 plan: opening
    # 今年是…75周年; 今年政府工作，要…: no target follows (report-aq/bc), not DEADLINE
    (ORG, '全面贯彻中央大政方针、[[省委]]省政府决策部署', None),
    (ORG, '全面贯彻中央大政方针、省委[[省政府]]决策部署', None),
    (ORG, '扎实抓好[[市委]]五届七次全会', None),                     # the body before its plenum (report-bc)
    (ORG, '五届七次全会、[[市委]]经济工作会议精神', None),             # the body inside a meeting
    # 全市经济社会发展的主要预期目标是: no year word before it, so no DEADLINE (v1.2 Year targets
    # needs a year that heads the target; the heading 二、2024年重点工作 is a heading)
    # (一) 工业: 推动四川银行巴中分行开业营运 is a commercial bank (v1.1: banks are economic entities,
    # only state organs named like banks are ORG); 中石化、中石油 (二) are companies
    # ------------------------------------------------------------ (二) 供需两端
    (ORG, '争创[[全国总工会]]疗养基地', None),                       # body inside a designation (README call 5)
    # ------------------------------------------------------------ (三) 城乡融合
    (IC, '启动[[7个]]城市片区详规编制', ic(7, '个')),                 # plans (seventh session; av 154个村庄规划)
    (IC, '有序推进[[34个]]村庄规划编制', ic(34, '个')),
    # ------------------------------------------------------------ (五) 民生
    # (四) 改革开放: 供销合作社 (bare, no level; 合作社 are economic entities, v1.1), 厅市合作 / 委市合作
    # (厅, 委 with no name), 金华—巴中数字招商服务中心 (建成: a facility/platform, README call 7),
    # 国家技术转移西南中心巴中分中心 (called 功能性技术市场服务平台): not ORG.
    # 110个品种集采药械: drugs (reports notes 479种药品), not ITEM_COUNT; “三个十大”, “四条路径”,
    # “三项行动”, “四项计划”, “四个大比拼”: counts inside quoted names, not ITEM_COUNT
    (IC, '撤并调整中小学及幼儿园[[150所]]', ic(150, '所')),           # schools acted on (reports notes 120所)
    # 实施60个新（改扩）建学校项目: projects (README call 6); 示范幼儿园20所, 领航学校20所,
    # 省级示范普通高中2所: designations (report-ax/bc), not counted
    (IC, '新建县域医疗卫生次中心[[5个]]', ic(5, '个')),
    # ------------------------------------------------------------ (六) 风险防范
    (PR, '坚持“[[稳定大局、统筹协调、分类施策、精准拆弹]]”基本方针', None),  # 坚持 + quote + 方针
    (ORG, '落实[[国务院安委会]]“十五条硬措施”', None),               # longest name; “十五条” inside quotes
    (ORG, '支持外事、港澳工作，支持[[工会]]、共青团', None),
    (ORG, '支持外事、港澳工作，支持工会、[[共青团]]、妇联', None),
    (ORG, '支持外事、港澳工作，支持工会、共青团、[[妇联]]、工商联', None),
    (ORG, '支持外事、港澳工作，支持工会、共青团、妇联、[[工商联]]、科协', None),
    (ORG, '支持外事、港澳工作，支持工会、共青团、妇联、工商联、[[科协]]、侨联', None),
    (ORG, '支持外事、港澳工作，支持工会、共青团、妇联、工商联、科协、[[侨联]]、残联', None),
    (ORG, '支持外事、港澳工作，支持工会、共青团、妇联、工商联、科协、侨联、[[残联]]、红十字会', None),
    (ORG, '支持外事、港澳工作，支持工会、共青团、妇联、工商联、科协、侨联、残联、[[红十字会]]等', None),
    # ------------------------------------------------------------ 三、政府自身建设
    # 坚持“市委有号召、市民有诉求、政府见行动”: not PRINCIPLE (坚持 + quote, no 原则/要求/方针/思路,
    # v1.1); 市委 inside it names the one municipal committee (README call 1)
    (ORG, '坚持“[[市委]]有号召、市民有诉求、政府见行动”', None),
    # 自觉接受人大法律监督、政协民主监督; 人大代表建议和政协提案: bare bodies / people
    # ------------------------------------------------------------ closing: 五件民生实事
    (IC, '地质灾害治理[[五件]]民生实事完成年度目标', ic(5, '件')),     # list of livelihood matters (av 十二件)
    (DL, '[[今年]]我继续承诺领衔督办五件民生实事', YEAR_BY),         # report-aq call 2: 今年 + list of tasks
    (IC, '今年我继续承诺领衔督办[[五件]]民生实事', ic(5, '件')),
    (ORG, '党中央周围，在[[省委]]、省政府和市委的坚强领导下', None),
    (ORG, '党中央周围，在省委、[[省政府]]和市委的坚强领导下', None),
    (ORG, '党中央周围，在省委、省政府和[[市委]]的坚强领导下', None),
]

for pat in TRIAD:
    d.ctx(ORG, pat.format('[[国务院]]、省委省政府'))
    d.ctx(ORG, pat.format('国务院、[[省委]]省政府'))
    d.ctx(ORG, pat.format('国务院、省委[[省政府]]'))
    d.ctx(ORG, pat.format('国务院、省委省政府').replace('和市委', '和[[市委]]'))

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# ------------------------------------------------ every occurrence of the body names is placed
d.check_all('人民政府', 2, 2)
d.check_all('省政府', 6, 6)
d.check_all('省委', 5, 5)
d.check_all('市委', 8, 8)
d.check_all('国务院', 5, 5)                                  # 4 × 国务院, 1 inside 国务院安委会
d.check_all('委员会', 1, 1)
d.check_all('财政部', 2, 1, ['一律由[财政部]门对政府性投资项目'])     # 财政部门: generic (部门)
d.check_all('部门', 2, 0, ['一律由财政[部门]对', '统计等[部门]监督'])
d.check_all('工会', 3, 3)                                    # 工会 ×2, 全国总工会
d.check_all('工商联', 3, 3)
d.check_all('红十字会', 2, 2)
d.check_all('科协', 2, 2)
d.check_all('政府', 20, 8, [                                  # bare 政府 (v1.1) and 政府系统
    '统揽[政府]工作', '部分[政府]工作人员', '今年[政府]工作，要', '发挥重大项目牵引和[政府]投资',
    '落实[政府]和社会资本合作', '对[政府]性投资项目', '三、加强[政府]自身建设', '做好[政府]工作，干成事',
    '市民有诉求、[政府]见行动', '提升行政效能。[政府]系统干部', '加强[政府]系统干部专业训练',
    '强化[政府]系统党风廉政建设'])
d.check_all('人大', 7, 3, ['情况，[人大]代表建议、政协委员提案',      # bare / people (reports notes)
                         '向[人大]代表、政协委员、各民主党派', '自觉接受[人大]法律监督',
                         '提高[人大]代表建议和政协提案'])
d.check_all('政协', 7, 2, ['并请市[政协]委员提出意见', '人大代表建议、[政协]委员提案',
                         '人大代表、[政协]委员、各民主党派', '人大法律监督、[政协]民主监督',
                         '人大代表建议和[政协]提案'])
d.check_all('委', 20, 15, ['并请市政协[委]员提出', '森林资源资产[委]托代理', '人大代表建议、政协[委]员提案',
                          '人大代表、政协[委]员、各民主党派', '[委]市合作共建'])  # 委 = 省卫健委, unnamed
d.check_all('中央', 6, 0, ['全面落实党[中央]国务院', '关键在于党[中央]国务院', '全面贯彻[中央]大政方针',
                         '当好党[中央]国务院', '认真落实[中央]八项规定', '为核心的党[中央]周围'])
d.check_all('局', 11, 0, ['开[局]之年', '社会大[局]保持稳定', '产业布[局]，实施', '康复中心布[局]巴中',
                         '区域发展格[局]更加优化', '全[局]性重要工作', '新发展格[局]，统筹',
                         '网点布[局]，争取', '城乡空间格[局]。', '国有资本布[局]和结构', '稳定大[局]、统筹协调'])
d.check_all('院', 13, 5, ['省级[院]士（专家）工作站实现', '依托[院]士（专家）工作站', '建立府[院]联席会议',
                         '推进府[院]联席机制', '市精神康复医[院]建成', '专科医[院]1家',
                         '市中西医结合医[院]、', '市中心医[院]核医学楼'])          # hospitals, 院士, 府院
d.check_all('中心', 24, 0, [
    '省级区域中医康复[中心]布局巴中', '加快建设省级区域中医康复[中心]，',     # a hospital facility
    '企业技术[中心]4户', '企业技术[中心]各2家',                            # designated enterprise platforms
    '[中心]城区详规完成修编', '建成[中心]城区GIS', '推进[中心]城区市政', '优化[中心]城区公共交通',  # places
    '省级百强[中心]镇，平昌', '实施[中心]镇“六大提升工程”', '争创省级百强[中心]镇2个',
    '建成乡镇全民健身[中心]49个', '建成乡镇全民健身[中心]40个',           # sports facilities
    '县域医疗卫生次[中心]7个', '县域医疗卫生次[中心]5个',                  # counted, not bodies
    '医疗专业质控[中心]69个',                                            # counted, quantified
    '经济建设这一[中心]工作', '以人民为[中心]的发展理念',
    '王府井购物[中心]', '巴中农副产品交易[中心]二期',                      # a mall; a trading centre
    '建成金华—巴中数字招商服务[中心]',                                    # built: a platform/facility (call 7)
    '国家技术转移西南[中心]巴中分中心', '国家技术转移西南中心巴中分[中心]等功能性',  # called 平台
    '市[中心]医院'])                                                     # hospital
d.check_all('站', 12, 0, ['阳光驿[站]10个', '铺轨全面完成、[站]房', '5G基[站]1195个', '省级院士（专家）工作[站]',
                         '尘肺病康复[站]12个', 'CNG母[站]', '公交停靠[站]40座', '村级科技驿[站]',
                         '依托院士（专家）工作[站]', '基层服务[站]点', '职业病康复[站]、', '劳动者服务[站]点'])
d.check_all('团', 11, 2, ['组[团]赴俄罗斯', '红十字会等群[团]组织更好发挥桥梁', '各人民[团]体', '创新[团]队',
                         '集[团]化办学', '城市医疗集[团]试点市', '红十字会等群[团]组织更好发挥作用',
                         '更加紧密地[团]结', '新篇章而[团]结奋斗'])
d.check_all('联', 16, 9, ['蝉[联]“川货寄递”', '建立府院[联]席会议', '推进府院[联]席机制', '校企[联]合攻关',
                         '完善[联]农带农', '“[联]合检查日”', '组建创新[联]合体'])   # 9 in 妇联/工商联/侨联/残联
# ------------------------------------------------ other families
assert [m.start() for m in re.finditer('《', t)] == [t.index('《梦境'), t.index('《全域')]   # 1 DOC_TITLE
for w in ('〔', '原则', '思路', '遵循', '本着', '根据', '年内', '年底', '底前', '月底', '日内', '日前', '期间',
          '以前', '之前', '以内', '提前', '到20', '职数', '以下简称', '党委', '厅长'):
    assert w not in t, w
assert t.count('号') == 2          # 老字号, 市委有号召: no DOC_NO
assert t.count('编制') == 4        # all 'drafting plans' (规划编制): no posts
assert t.count('方针') == 2 and t.count('要求') == 3 and t.count('按照') == 2   # 2 PRINCIPLE
assert t.count('今年') == 3 and t.count('全年') == 5 and t.count('年度') == 3 and t.count('去年') == 1
assert len(re.findall(r'20\d\d年', t)) == 3   # 2023年/2024年 headings, 2019年以来 (past)
assert t.count('月') == 1 and t.count('日') == 4   # 月度“红榜”; 过紧日子 ×2, 宁静日, 联合检查日
assert t.count('季度') == 3 and t.count('每') == 2  # past quarters; 每季召开 (past frequency), 每一点
# no STAFFING: every number of people is beneficiaries (66.4万名, 42.4万人, 3200多人次), visitors
# (5250万人次), trainees (2万人次) or employment (3.45万人, 2.8万人); 名 is otherwise 名镇/名单/名企
assert re.findall(r'[0-9.]+万?(?:余|多)?[人名]', t) == ['66.4万名', '5250万人', '42.4万人', '3200多人',
                                                   '3.45万人', '2万人', '2.8万人']
assert t.count('名') == 13

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 10, 'ORG': 51,
                  'PRINCIPLE': 2, 'STAFFING': 0}, counts
write_gold(OUT, [d])
