"""Build report-g.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Zibo (淄博) city government work report.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the
text. Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh2/make_report_g.py
"""
from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/淄博.txt'
OUT = 'corpora/gold-fresh2/report-g.jsonl'
d = AnchoredDoc('fresh2-report-2024-zibo', SOURCE, {'region': '山东省淄博市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'


YEAR_DURING = {'date': '2024-12-31', 'precision': 'year', 'relation': 'during',
               'recurring': False}

ANCHORS = [
    # --- opening and 2023 review
    (ORG, '我代表[[市人民政府]]向大会报告工作', None),
    (ORG, '在[[市委]]坚强领导下，全市上下', None),
    (ORG, '坚定贯彻党中央、[[国务院]]决策部署和省委、省政府工作要求', None),
    (ORG, '坚定贯彻党中央、国务院决策部署和[[省委]]、省政府工作要求', None),
    (ORG, '坚定贯彻党中央、国务院决策部署和省委、[[省政府]]工作要求', None),
    (IC, '出台[[11项]]促消费政策举措', ic(11, '项')),
    (ORG, '第五次获得[[国务院]]督查激励', None),
    (ORG, '市级国土空间总体规划获[[省政府]]批复', None),
    (IC, '完成[[34项]]控规编制报批工作', ic(34, '项')),
    (IC, '控煤减污等[[16个]]专项整治行动', ic(16, '个')),
    (ORG, '入围[[全国工商联]]营商环境评价', None),
    (IC, '新改扩建中小学[[6所]]、幼儿园37所', ic(6, '所')),
    (IC, '新改扩建中小学6所、幼儿园[[37所]]', ic(37, '所')),
    (IC, '推行[[36项]]看病就医便民措施', ic(36, '项')),
    (IC, '新增中心村卫生室[[50处]]', ic(50, '处')),
    (ORG, '是[[省委]]、省政府和市委坚强领导的结果', None),
    (ORG, '是省委、[[省政府]]和市委坚强领导的结果', None),
    (ORG, '是省委、省政府和[[市委]]坚强领导的结果', None),
    (ORG, '是[[市人大]]、市政协和社会各界监督支持', None),
    (ORG, '是市人大、[[市政协]]和社会各界监督支持', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市', None),
    (ORG, '向各民主党派、[[工商联]]、无党派人士、人民团体', None),
    # --- 2024 plan
    (ORG, '根据中央和[[省委]]经济工作会议', None),
    (ORG, '以及[[市委]]十三届五次全会精神', None),
    (ORG, '锚定[[市委]]既定的思路目标', None),
    (DL, '加强新生代企业家培养，[[年内]]培训2000人以上', YEAR_DURING),
    (IC, '风险防范[[三项]]机制', ic(3, '项')),
    (IC, '深入实施减碳降碳[[十大]]行动', ic(10, '大')),
    (IC, '落实支持个体工商户发展[[30条]]措施', ic(30, '条')),
    (ORG, '完成市、[[县（区）政府]]机构改革', None),
    (IC, '新改扩建中小学、幼儿园[[14所]]', ic(14, '所')),
    (IC, '打造[[10家]]示范性托育机构', ic(10, '家')),
    (IC, '遴选提出了[[13件]]民生实事候选项目', ic(13, '件')),
    (ORG, '[[市政府]]将用心用情用力抓好推进落实', None),
    # --- part three: government self-improvement
    (ORG, '黄河重大国家战略、[[省委]]巡视问题整改', None),
    (ORG, '深入贯彻党中央、[[国务院]]决策部署和省委、市委工作要求', None),
    (ORG, '深入贯彻党中央、国务院决策部署和[[省委]]、市委工作要求', None),
    (ORG, '深入贯彻党中央、国务院决策部署和省委、[[市委]]工作要求', None),
    (ORG, '广泛听取民主党派、[[工商联]]、无党派人士', None),
    (ORG, '在[[省委]]、省政府和市委的坚强领导下', None),
    (ORG, '在省委、[[省政府]]和市委的坚强领导下', None),
    (ORG, '在省委、省政府和[[市委]]的坚强领导下', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)
d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 13, 'ORG': 28, 'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
