"""Build report-aq.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Meishan (眉山, 四川) city government work report.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the
text. Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh7/make_report_aq.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/眉山.txt'
OUT = 'corpora/gold-fresh7/report-aq.jsonl'
d = AnchoredDoc('fresh7-report-meishan-2024', SOURCE, {'region': '四川省眉山市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'; DT = 'DOC_TITLE'


YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # --- opening
    (ORG, '现在，我代表[[市人民政府]]，向大会报告工作', None),
    # 并请市政协委员提出意见: a body modifying people, not labelled
    # --- 2023 review, opening paragraph
    (ORG, '认真落实党中央[[国务院]]、省委省政府决策部署，在市委', None),
    (ORG, '认真落实党中央国务院、[[省委]]省政府决策部署，在市委', None),
    (ORG, '认真落实党中央国务院、省委[[省政府]]决策部署，在市委', None),
    (ORG, '省委省政府决策部署，在[[市委]]的坚强领导下，聚焦', None),
    (ORG, '较好完成了[[市五届人大]]三次会议确定的目标任务', None),
    # 建成三乙医疗卫生机构3家: a hospital grade, not counted
    (IC, '建成三乙医疗卫生机构3家、县域医疗卫生次中心[[5个]]、医联体35个', ic(5, '个')),
    (IC, '县域医疗卫生次中心5个、医联体[[35个]]，农村地区', ic(35, '个')),
    (IC, '“打赢翻身仗·决战全年胜”[[七大]]攻坚', ic(7, '大')),
    (ORG, '典型经验被[[中央农办]]刊发推广', None),
    # --- (二) 发展动能
    (IC, '[[241个]]政务服务高频事项实现成德眉资通办', ic(241, '个')),
    (IC, '[[15家]]二级以上公立医疗机构138项检查检验结果', ic(15, '家')),
    (IC, '15家二级以上公立医疗机构[[138项]]检查检验结果', ic(138, '项')),
    (ORG, '2022年民营经济发展综合评价获[[省政府]]通报表扬', None),
    # --- (四) 民生福祉
    (IC, '新（续）建公办学校[[20所]]，新增学位', ic(20, '所')),
    (IC, '[[56个]]村卫生室新纳入医保定点', ic(56, '个')),
    (ORG, '“五社联动”工作均获[[省政府]]督查激励表扬', None),
    (ORG, '支持[[工会]]、共青团、妇联、工商联、社科联等群团组织', None),
    (ORG, '支持工会、[[共青团]]、妇联、工商联、社科联等群团组织', None),
    (ORG, '支持工会、共青团、[[妇联]]、工商联、社科联等群团组织', None),
    (ORG, '支持工会、共青团、妇联、[[工商联]]、社科联等群团组织', None),
    (ORG, '支持工会、共青团、妇联、工商联、[[社科联]]等群团组织', None),
    # --- (五) 政府建设
    (ORG, '认真办理市人大代表建议176件、[[市政协]]提案221件', None),
    (ORG, '是[[省委]]、省政府和市委坚强领导的结果', None),
    (ORG, '是省委、[[省政府]]和市委坚强领导的结果', None),
    (ORG, '是省委、省政府和[[市委]]坚强领导的结果', None),
    (ORG, '是[[市人大]]、市政协监督支持的结果', None),
    (ORG, '是市人大、[[市政协]]监督支持的结果', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市人民', None),
    (ORG, '各民主党派、[[工商联]]、无党派人士', None),
    # --- 2024 plan: opening
    (ORG, '认真落实党中央[[国务院]]、省委省政府决策部署，把坚持', None),
    (ORG, '认真落实党中央国务院、[[省委]]省政府决策部署，把坚持', None),
    (ORG, '认真落实党中央国务院、省委[[省政府]]决策部署，把坚持', None),
    (ORG, '先立后破，在[[市委]]的坚强领导下，聚力', None),
    (DL, '[[今年]]全市经济社会发展的主要预期目标是', YEAR_BY),
    (DL, '[[今年]]要全力抓好十件大事', YEAR_BY),
    (IC, '今年要全力抓好[[十件]]大事', ic(10, '件')),
    (IC, '建成县域医疗卫生次中心[[5个]]；抓好', ic(5, '个')),
    # --- (六) 改革开放
    (DT, '协同推进《[[成渝地区双城经济圈建设规划纲要]]》138项重点任务', None),
    (IC, '建设规划纲要》[[138项]]重点任务', ic(138, '项')),
    (DT, '推动出台《[[眉山市优化营商环境条例]]》', None),
    # --- (七) 农业
    (DT, '编制完成《[[眉山市天府水网建设规划]]》', None),
    # --- (八) 民生
    (IC, '新（续）建公办幼儿园、中小学[[10所]]', ic(10, '所')),
    (IC, '改善[[8所]]农村义务教育薄弱学校办学条件', ic(8, '所')),
    # --- (九) 生态
    (IC, '工业领域大气污染整治提升[[两个]]“三年行动计划”', ic(2, '个')),
    # --- (十) 安全
    (ORG, '深化[[市县乡三级一站式多元解纷中心]]建设', None),
    # --- government self-building
    (ORG, '党中央大政方针和[[省委]]、市委决策部署', None),
    (ORG, '党中央大政方针和省委、[[市委]]决策部署', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# --- every occurrence of the recurring body names is accounted for


d.check_all('市人民政府', 2, 2)
d.check_all('市委', 4, 4)
d.check_all('省委', 4, 4)
d.check_all('省政府', 5, 5)
d.check_all('国务院', 2, 2)
d.check_all('工商联', 2, 2)
d.check_all('人大', 6, 2, ['认真办理市[人大]代表建议176件',            # deputies: people
                         '向[人大]代表、政协委员',
                         '自觉接受[人大]及其常委会监督',               # bare 人大
                         '高质量办好[人大]代表建议'])
d.check_all('政协', 6, 2, ['并请市[政协]委员提出意见', '人大代表、[政协]委员、各民主党派',
                         '、[政协]民主监督', '人大代表建议、[政协]提案'])
d.check_all('常委会', 1, 0, ['人大及其[常委会]监督'])                     # after a bare 人大
d.check_all('中心', 30, 1, [
    '县域医疗卫生次[中心]5个、医联体', '县域医疗卫生次[中心]5个；',       # counted, not bodies
    '四川绿色合成开发[中心]，新能源', '四川绿色合成开发[中心]等平台',      # company R&D centre
    '新能源新材料融合创新[中心]主体完工', '新能源新材料融合创新[中心]，推动',
    '省级预制菜产业创新[中心]', '省市场监管技术创新[中心]', '成眉协同创新[中心]建设',  # innovation
    '城市新[中心]南都会', '城市新[中心]建设和', '提速城市新[中心]建设',     # places
    '城市艺术[中心]等基本完工', '国际攀岩[中心]', '消费副[中心]',          # buildings, places
    '国家区域医疗[中心]（省儿童医院）就诊', '国家区域医疗[中心]（省儿童医院）二期',
    '国家区域医疗[中心]、万华',                                          # hospital
    '四川知识产权运营[中心]眉山中心', '四川知识产权运营中心眉山[中心]揭牌',  # operation platform
    '重点[中心]镇建设', '省级百强[中心]镇。', '省级百强[中心]镇建设',        # towns
    '市融媒体[中心]综合项目',                                            # media outlet
    '仁寿县未成年人保护[中心]入选',                                       # welfare facility
    '人才协同服务[中心]，做好',                                           # platform (依托)
    '以项目为[中心]组织',                                                # not a body
    '眉山保税物流[中心]（B型）',                                          # bonded zone
    '数智指挥调度[中心]建设'])                                           # facility being built
d.check_all('中央', 8, 1, ['党[中央]国务院、省委省政府决策部署，在', '党[中央]国务院、省委省政府决策部署，把',
                        '党[中央]大政方针', '落实[中央]八项规定', '太和老镇二期和[中央]商务区',
                        '第三轮[中央]生态环保督察', '为核心的党[中央]周围'])   # 中央/党中央: no body head
d.check_all('未成年人保护中心', 1, 0, ['仁寿县[未成年人保护中心]入选'])
# the only 《》 are two works of art and the three titles; no 〔year〕 number; no 原则 or adopting verb
assert [m.start() for m in re.finditer('《', d.text)] == [468, 478, 9815, 10020, 10789]
for w in ('〔', '原则', '按照', '遵循', '本着', '根据', '年内', '底前', '日内', '日前', '月底', '年底',
          '之前', '以前', '季度', '职数'):
    assert w not in d.text, w

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 2, 'DOC_NO': 0, 'DOC_TITLE': 3, 'ITEM_COUNT': 14, 'ORG': 29,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
