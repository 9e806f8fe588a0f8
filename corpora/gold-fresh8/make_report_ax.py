"""Build report-ax.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Beihai (北海, 广西) city government work report.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the
text (unless n is given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh8/make_report_ax.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/北海.txt'
OUT = 'corpora/gold-fresh8/report-ax.jsonl'
# meta.date: the report has no header or session date; it is the 2024 report
# (一、2023年工作回顾 / 二、2024年工作安排), so "2024" (reports notes). Region: 广西 (对广西重大方略要求,
# 自治区党委) + 北海市.
d = AnchoredDoc('fresh8-report-beihai-2024', SOURCE, {'region': '广西壮族自治区北海市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}
YEAR_DURING = {'date': '2024-12-31', 'precision': 'year', 'relation': 'during', 'recurring': False}

ANCHORS = [
    # ------------------------------------------------------------------ opening
    (ORG, '我代表[[市人民政府]]，向大会报告工作', None),
    # 并请市政协委员提出意见: a body modifying people (v1.1), not labelled
    # ------------------------------------------------------------------ 2023 review
    # 自治区党委、政府: shared prefix not repeated → 自治区党委 + 政府 (guidelines ORG; notes
    # shandong-part1 乡镇党委政府 → 乡镇党委 + 政府)
    (ORG, '在[[自治区党委]]、政府和市委坚强领导下', None),
    (ORG, '在自治区党委、[[政府]]和市委坚强领导下', None),
    (ORG, '在自治区党委、政府和[[市委]]坚强领导下', None),
    # (三) 文旅: a policy package of 22 measures (reports notes: 20条措施)
    (IC, '促进文化旅游业全面复苏振兴[[22条]]政策措施', ic(22, '条')),
    (DT, '颁布实施广西首部民宿管理地方性法规《[[北海市民宿管理和促进条例]]》', None),
    # (四) 招商
    (DT, '印发实施《[[北海市招商引资提质增效推进高质量发展实施方案]]》', None),
    (DT, '出台《[[中国—东盟产业合作区（北海片区）场景招商推动产业高质量发展行动方案]]》', None),
    # a complaints centre and a service team the city set up (成立): bodies with tasks
    (ORG, '成立[[北海市民营企业投诉中心]]和', None),
    (ORG, '投诉中心和“[[心廉心科长服务团]]”，全方位', None),
    # (五) 改革开放
    (DT, '制定《[[北海市进一步优化营商环境若干措施]]》', None),
    (ORG, '[[市政务服务中心]]获评广西市级政务服务五星级大厅', None),
    (ORG, '[[市政府]]与广东松山湖材料实验室签署合作备忘录', None),
    (ORG, '与[[老挝农林部]]等签署合作备忘录', None),
    (ORG, '调整可行性研究报告获[[国家发改委]]批复', None),
    # a schedule for a measure stated in the review: 将于今年开工建设
    (DL, '将于[[今年]]开工建设，圆了北海人民', YEAR_BY),
    # (二) 农业
    (DT, '制定实施《[[北海市落实耕地保护田长制工作有关责任追究的实施意见（试行）]]》', None),
    # (七) 民生: kindergartens newly brought under the inclusive (普惠) policy, and schools built
    (IC, '新认定自治区普惠性幼儿园[[28所]]、', ic(28, '所')),
    (IC, '全市新建幼儿园、学校[[11所]]。', ic(11, '所')),
    # 市、县区疾病预防控制局: shared ending, the bare 市 is not a name (v1.1)
    (ORG, '市、[[县区疾病预防控制局]]挂牌成立', None),
    (IC, '出台促进房地产平稳健康发展[[11条]]措施', ic(11, '条')),
    # (八) 社会治理: four command / mediation centres the city set up (创新打造)
    (ORG, '创新打造[[市域社会治理网格化指挥中心]]、', None),
    (ORG, '网格化指挥中心、[[海洋监管综合执法指挥中心]]、', None),
    (ORG, '综合执法指挥中心、[[社会矛盾纠纷多元化解服务中心]]、反走私', None),
    (ORG, '多元化解服务中心、[[反走私智慧综治指挥中心]]，提升', None),
    # mass organisations (reports notes)
    (ORG, '支持[[工会]]、共青团、妇联等群团组织', None),
    (ORG, '支持工会、[[共青团]]、妇联等群团组织', None),
    (ORG, '支持工会、共青团、[[妇联]]等群团组织', None),
    # 政府自身建设 (review)
    (ORG, '认真执行[[市人大]]及其常委会决议决定', None),
    (ORG, '认真执行市人大及其[[常委会]]决议决定', None),   # definite short form after 市人大 (v1.2)
    # ------------------------------------------------------------------ thanks
    (ORG, '贯彻落实党中央、[[国务院]]决策部署的结果', None),
    (ORG, '是[[自治区党委]]、政府和市委坚强领导和有力指导', None),
    (ORG, '是自治区党委、[[政府]]和市委坚强领导和有力指导', None),
    (ORG, '是自治区党委、政府和[[市委]]坚强领导和有力指导', None),
    (ORG, '是[[市人大]]及其常委会、市政协和社会各界', None),
    (ORG, '是市人大及其[[常委会]]、市政协和社会各界', None),
    (ORG, '是市人大及其常委会、[[市政协]]和社会各界', None),
    (ORG, '我谨代表[[市人民政府]]，向全市广大干部群众', None),
    (ORG, '各民主党派、[[工商联]]、无党派人士', None),
    # ------------------------------------------------------------------ 2024 plan
    # 市委十二届七次全会: a meeting of 市委 → only 市委 (reports notes: 市委经济工作会议)
    (ORG, '按照[[市委]]十二届七次全会', None),
    # a quoted formula adopted through 按照…要求
    (PR, '七次全会关于“[[稳、准、变、活、实]]”的要求', None),
    # v1.2 Year targets: 今年 heads the list of the year's targets
    (DL, '[[今年]]全市经济社会发展的主要目标是', YEAR_BY),
    # (一) 工业: the institute is a research institute (not ORG); the ministry inside it is a body (v1.1)
    (ORG, '加强与[[自然资源部]]第四海洋研究所', None),
    # (二) 农业: 力争全年蔬菜产量增长8.5%: 全年 is the scope of an annual total, not a limit
    # (gold-fresh/README-report-c: 全年新增油品罐容…; changed on review, see the README)
    # (四) 开放: 年内 in a work plan (reports notes)
    (DL, '推动中柬（北海）产业园[[年内]]挂牌运营', YEAR_DURING),
    # (五) 招商: 全年新签约…35个以上: the scope of an annual total, as above
    (PR, '按照“[[高效办成一件事]]”要求', None),
    # (八) 平安: the two centres named again, acting (发挥…作用)
    (ORG, '积极发挥[[市域社会治理网格化指挥中心]]、', None),
    (ORG, '网格化指挥中心、[[社会矛盾纠纷多元化解服务中心]]作用', None),
    # ------------------------------------------------------------------ 政府自身建设
    (ORG, '全力推动中央、自治区和[[市委]]决策部署落地见效', None),
    (ORG, '严格执行[[市人大]]及其常委会的决议决定', None),
    (ORG, '严格执行市人大及其[[常委会]]的决议决定', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# ====================================================================== ORG accounting
d.check_all('人民政府', 2, 2)
d.check_all('市委', 4, 4)
d.check_all('党委', 2, 2)
d.check_all('国务院', 1, 1)
d.check_all('工商联', 1, 1)
d.check_all('常委会', 3, 3)
d.check_all('政府', 21, 5, [
    '推进[政府]系统廉政建设', '加强[政府]自身建设，深入', '法治[政府]建设示范市。认真',
    '不强，[政府]治理体系', '今年[政府]工作的总体要求', '健全[政府]诚信履约机制',
    '全面加强[政府]自身建设', '人民满意的法治[政府]、', '、廉洁[政府]、服务型',
    '、服务型[政府]。', '决策和[政府]议事规则', '争创全国法治[政府]建设示范市。严格',
    '强化[政府]诚信建设', '纵深推进[政府]系统党风', '持续开展[政府]系统“一季一课”',
    '务实的服务型[政府]。'])                          # bare 政府 / types of government
d.check_all('人大', 7, 3, ['自觉接受[人大]法律监督', '办结122件[人大]代表建议',
                         '向[人大]代表、政协委员', '依法接受[人大]法律监督'])   # bare / people
d.check_all('政协', 6, 1, ['并请市[政协]委员提出意见', '工作监督和[政协]民主监督，按期',
                         '169件[政协]提案', '人大代表、[政协]委员', '工作监督和[政协]民主监督，让'])
d.check_all('中央', 12, 0, [
    '大力推进[中央]和自治区', '民进[中央]开明文化论坛',                     # 民进中央: like 中共中央
    '严格落实[中央]八项规定及其实施细则精神，持续纠治', '落实党[中央]、国务院',
    '二中全会和[中央]经济工作会议', '符合[中央]、自治区精神', '深入贯彻[中央]和自治区关于',
    '抓好[中央]和自治区生态', '跟上党[中央]要求', '全力推动[中央]、自治区和市委',
    '严格落实[中央]八项规定及其实施细则精神，持续深入', '核心的党[中央]周围'])
d.check_all('中心', 19, 8, [
    '联合创新[中心]等一批新经济项目', '以人民为[中心]的发展思想', '依托自身研发[中心]',
    '玻璃新材料创新[中心]', '联合创新[中心]、双创街', '银海协同创新[中心]等企业和平台',
    '国际多式联运[中心]等开工', '北部湾体育[中心]、', '国家区域医疗[中心]。',
    '社会老年服务[中心]投入使用', '区域型养老服务[中心]覆盖率'])
# other heads with no ORG: 局 ×15 (布局/格局/开局…), 厅 (大厅), 站 (所（站）, 火车站, 首站),
# 所 (中车株洲所 a company, 北交所 an exchange, 研究所 a research institute),
# 院 (中科院, hospitals, colleges), 团 (集团 companies), 联 (联盟, 联合…), 机构/单位/部门 (generic)
assert t.count('局') == 16 and t.count('疾病预防控制局') == 1
assert t.count('机构') == 8 and t.count('单位') == 1 and t.count('部门') == 1 and t.count('机关') == 0
assert t.count('委员会') == 0

# ====================================================================== other families
# 《》: exactly the five titles above, all plans / opinions / measures / a regulation
assert t.count('《') == 5
# no DOC_NO: 号 only in 称号, 长利1号, “特字号”, “海基一号”, 30号泊位
assert '〔' not in t and t.count('号') == 9 and not re.search(r'[\[【(（]\s*20\d\d\s*[\]】)）]', t)
# PRINCIPLE: only two 按照…要求 frames; no 原则/方针/思路 and no 遵循/本着/根据
assert t.count('按照') == 2
for w in ('原则', '方针', '思路', '遵循', '本着', '根据', '日内', '日前', '提前', '期间', '底前',
          '月底', '年底', '之前', '以前', '职数', '编制'):
    assert w not in t, w
# time words: 今年 ×6 (2 labelled), 全年 ×6 (2), 年内 ×1 (1)
assert t.count('今年') == 6 and t.count('全年') == 6 and t.count('年内') == 1

# ====================================================================== value shapes
d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 3, 'DOC_NO': 0, 'DOC_TITLE': 5, 'ITEM_COUNT': 4, 'ORG': 36,
                  'PRINCIPLE': 2, 'STAFFING': 0}, counts
write_gold(OUT, [d])
