"""Build report-av.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Urumqi (乌鲁木齐, 新疆) city government work report, a .docx file.
Its text is what policyie.corpora.readers.read_document extracts: the paragraphs (and table
cells, of which there are none) joined by newlines. Offsets index that text.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text.
Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh8/make_report_av.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/docx/乌鲁木齐.docx'
OUT = 'corpora/gold-fresh8/report-av.jsonl'
d = AnchoredDoc('fresh8-report-urumqi-2024', SOURCE, {'region': '新疆维吾尔自治区乌鲁木齐市', 'date': '2024'})
# a .docx: the text is the reader's extraction (paragraphs joined by '\n'), not the raw bytes
assert len(d.text) == 23941, len(d.text)
assert d.raw[:2] == b'PK'
t = d.text

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # ------------------------------------------------------------ opening
    (ORG, '现在，我代表[[市人民政府]]向大会报告工作', None),
    # 并请各位政协委员: people. 听取自治区和兵团工作汇报: 自治区 has no body head; 兵团 read as the
    # Corps as a unit of administration beside the region (not ORG; README decision 2).
    # ------------------------------------------------------------ 2023 review, preamble
    (ORG, '开局之年。[[市人民政府]]坚持以习近平', None),
    (ORG, '坚决贯彻[[自治区党委]]、自治区人民政府部署要求', None),
    (ORG, '坚决贯彻自治区党委、[[自治区人民政府]]部署要求', None),
    (ORG, '部署要求，落实[[市委]]工作安排，攻坚克难', None),
    # ------------------------------------------------------------ (三) reform
    (IC, '高质量完成自治区[[43项]]重点改革任务', ic(43, '项')),           # own/assigned task list
    # 4项改革试点: pilots, treated like projects (reports notes; README decision 6)
    (IC, '4项改革试点和[[69项]]市级改革任务', ic(69, '项')),
    (IC, '妨碍统一市场和公平竞争的政策措施[[4件]]', ic(4, '件')),        # policies revised/abolished
    # ------------------------------------------------------------ (四) city
    (ORG, '国土空间总体规划报[[国务院]]审批', None),
    (IC, '专项规划编制完成，[[154个]]行政村实用性村庄规划', ic(154, '个')),  # plans (seventh session)
    (IC, '完成中央[[13项]]、自治区45项生态环境保护督察反馈问题整改', ic(13, '项')),
    (IC, '完成中央13项、自治区[[45项]]生态环境保护督察反馈问题整改', ic(45, '项')),
    (DT, '《[[乌鲁木齐都市圈国土空间规划（2021—2035年）]]》编制形成', None),
    (IC, '产业协作持续深化，[[82项]]高频政务服务事项', ic(82, '项')),     # service items
    # ------------------------------------------------------------ (五) livelihood
    (IC, '2023年[[十二件]]民生实事全面完成', ic(12, '件')),
    (IC, '新建托育机构[[5家]]、新增托位300个', ic(5, '家')),              # childcare institutions built
    (IC, '居民小区已成立业主委员会[[2522个]]、占比65.3%', ic(2522, '个')),  # bodies counted
    (IC, '攻坚行动，向[[22所]]院校提供一站式创业服务', ic(22, '所')),      # schools acted on
    (IC, '续建中小学和幼儿园[[16所]]、新增学位', ic(16, '所')),
    (IC, '新组建教育集团[[10个]]、拓展优质学位', ic(10, '个')),
    # 示范校14所, 中高职学校3所/5所 (designations), 18所高中开办… (subject of a result),
    # 社区医院14家 (a standard reached): not counted (README decisions 7, 8)
    # ------------------------------------------------------------ government building (review)
    (ORG, '提请[[市人大常委会]]审议地方性法规4件', None),
    (IC, '提请市人大常委会审议地方性法规[[4件]]', ic(4, '件')),
    (IC, '废止政府规章[[6件]]，废止和宣布失效', ic(6, '件')),
    (IC, '废止和宣布失效行政规范性文件[[182件]]', ic(182, '件')),
    (ORG, '坚决做到重大事项向[[市委]]请示报告', None),
    # 办理人大建议和政协提案282件: handled proposals, not counted; bare 人大/政协/人民政协: not ORG
    (ORG, '重视和支持[[工会]]、共青团、妇联、科协', None),
    (ORG, '重视和支持工会、[[共青团]]、妇联、科协', None),
    (ORG, '重视和支持工会、共青团、[[妇联]]、科协', None),
    (ORG, '共青团、妇联、[[科协]]、侨联、残联', None),
    (ORG, '妇联、科协、[[侨联]]、残联、红十字会', None),
    (ORG, '科协、侨联、[[残联]]、红十字会、工商联', None),
    (ORG, '侨联、残联、[[红十字会]]、工商联等群团组织', None),
    (ORG, '残联、红十字会、[[工商联]]等群团组织', None),
    # ------------------------------------------------------------ thanks
    (ORG, '科学指引，是[[自治区党委]]、自治区人民政府坚强领导的结果', None),
    (ORG, '科学指引，是自治区党委、[[自治区人民政府]]坚强领导的结果', None),
    (ORG, '坚强领导的结果，是[[市委]]团结带领全市各族人民', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市各族人民', None),
    # ------------------------------------------------------------ 2024 plan
    (ORG, '贯彻落实[[自治区党委]]十届十次全会精神', None),            # body before its session
    (ORG, '十届十次全会精神和[[市委]]十二届九次全会部署要求', None),
    (DL, '[[2024年]]经济社会发展主要预期目标是', YEAR_BY),           # v1.2 Year targets
    (ORG, '做好[[红山科创专家团]]驻企服务', None),                   # README decision 3
    (DT, '加快推进《[[乌准产业园区产业发展总体规划（专项规划）]]》报批', None),
    (ORG, '认真对标[[国务院]]总体方案', None),                       # body inside a longer phrase
    (PR, '按照“[[南北双控、东西双融、中部双优]]”思路', None),       # quoted formula via 按照…思路
    (IC, '新开办公办幼儿园[[7所]]', ic(7, '所')),
    (IC, '新组建[[10个]]优质教育集团', ic(10, '个')),
    (IC, '推动[[12家]]二级及以上公立医院开展规范的中医诊疗服务', ic(12, '家')),
    (ORG, '积极做好与[[市人大常委会]]立法规划', None),
    # ------------------------------------------------------------ closing
    (ORG, '紧紧围绕[[自治区党委]]、自治区人民政府部署要求和市委工作安排', None),
    (ORG, '紧紧围绕自治区党委、[[自治区人民政府]]部署要求和市委工作安排', None),
    (ORG, '自治区人民政府部署要求和[[市委]]工作安排', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# ------------------------------------------------ every occurrence of the body names is placed
d.check_all('人民政府', 6, 6)
d.check_all('党委', 4, 4)
d.check_all('市委', 5, 5)
d.check_all('国务院', 2, 2)
d.check_all('委员会', 1, 0, ['已成立业主[委员会]2522个'])            # counted, quantified: not ORG
d.check_all('人大', 7, 2, ['依法接受[人大]及其常委会法律监督',       # bare 人大 (v1.2)
                         '依法接受[人大]及其常委会的法律监督',
                         '办理[人大]建议和政协提案',                # proposals
                         '凝结着[人大]代表', '向各位[人大]代表'])    # people
d.check_all('常委会', 4, 2, ['人大及其[常委会]法律监督', '人大及其[常委会]的法律监督'])  # after bare 人大
d.check_all('政协', 6, 0, ['并请各位[政协]委员', '人民[政协]民主监督以及', '人大建议和[政协]提案',
                         '人大代表、[政协]委员以及', '向各位人大代表、[政协]委员，',
                         '自觉接受[政协]民主监督和'])
d.check_all('兵团', 3, 0, ['听取自治区和[兵团]工作汇报',             # decision 2
                         '县市、[兵团]师团协商合作',                 # generic list of partners
                         '与[兵团]第六师、第十一师'])                # divisions as administrative units
d.check_all('政府', 37, 6, [
    '及时偿还到期[政府]、国有企业', '国家地方[政府]和企业', '法治[政府]、法治社会', '废止[政府]规章6件',
    '尽心竭力改进[政府]工作', '做好今年[政府]工作', '2024年[政府]工作的总体要求', '用好[政府]债务风险',
    '加强[政府]投资项目', '防范化解[政府]和国有企业', '出台[政府]规章、政策措施', '发挥好[政府]投资',
    '新一轮[政府]机构改革', '加快数字[政府]建设', '完善[政府]诚信履约', '加强[政府]采购',
    '困难群体[政府]代缴', '加强[政府]自身建设', '贯穿[政府]工作全过程', '扎实推进法治[政府]建设',
    '加快建设法治[政府]，', '确保[政府]各项工作', '扎实推进创新[政府]建设', '不断增强[政府]工作的',
    '持续推进[政府]治理体系', '加强[政府]制度供给', '扎实推进廉洁[政府]建设', '推动[政府]系统全面',
    '扎实推进服务型[政府]建设', '持续转变[政府]职能', '人民满意的服务型[政府]，'])   # bare or types
d.check_all('中央', 10, 0, ['锚定党[中央]对新疆', '国家级[中央]财政支持', '完成[中央]13项', '高效办结[中央]生态',
                         '严格落实[中央]八项规定', '向[中央]驻乌单位', '高标准完成[中央]和自治区',
                         '为核心的党[中央]保持', '深化落实[中央]八项规定', '为核心的党[中央]周围'])
d.check_all('中心', 33, 0, [
    '市文化[中心]（六馆一心）、京剧院', '市文化[中心]（六馆一心）全面投用', '建好用好文化[中心]（六馆一心）',
    '向文化[中心]聚合',                                                     # a building
    '国际纺服[中心]加快建设', '提升国际纺服[中心]产业',                        # a complex
    '国家级棉花棉纱交易[中心]落地', '国家级棉花棉纱交易[中心]带动', '新疆股权交易[中心]开设',
    '成果（技术）交易[中心]', '乌鲁木齐绿证交易[中心]',                         # trading centres
    '云计算[中心]二期', '一体化大数据[中心]',                                 # data centres
    '新疆国际医疗服务[中心]。', '社区医养结合服务[中心]1家',                    # hospital, care facility
    '“一港、五大[中心]”扩能', '统筹推进“五大[中心]”建设', '统筹推动“一港、五大[中心]”建设',  # quoted names
    '“语言文化[中心]”', '零碳服务[中心]', '多式联运[中心]', '集结[中心]场站', '集结[中心]，发挥',
    '技术创新[中心]、国家硅基', '制造业创新[中心]等重大科技创新平台', '技术转移[中心]，力争',  # platforms
    '物流枢纽[中心]暨', '户外探险集散[中心]', '金融投资服务[中心]项目',          # facilities, projects
    '社会治理指挥[中心]、城市运行', '城市运行管理[中心]等平台',                  # called 平台 (decision 4)
    '坚持以人民为[中心]的发展思想，民生', '以人民为[中心]的发展思想，全面'])
# ------------------------------------------------ other families
assert t.count('《') == 7   # 2 DOC_TITLE; 情满天山, 盛世梨园百花春, 第一交响曲, 左宗棠, 红山塔下: works of art
for w in ('〔', '原则', '日内', '日前', '期间', '年内', '底前', '以前', '之前', '年底', '月底', '季度', '职数'):
    assert w not in t, w
assert t.count('编制') == 4   # all 'drafting' (方案编制, 规划编制完成): no posts
assert t.count('号') == 6      # 销号, 丑马一号, “天山号” ×2, 2号线, 老字号: no DOC_NO
assert t.count('思路') == 1 and t.count('方针') == 2 and t.count('要求') == 7   # one PRINCIPLE
assert t.count('全年') == 10 and t.count('今年') == 1 and t.count('年度') == 6 and t.count('提前') == 1
assert t.count('2024年') == 4  # heading, year description, 总体要求, targets (labelled)
assert t.count('名') == 9 and t.count('每') == 1  # no STAFFING; 每月375元 is a pension level

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 2, 'ITEM_COUNT': 19, 'ORG': 28,
                  'PRINCIPLE': 1, 'STAFFING': 0}, counts
write_gold(OUT, [d])
