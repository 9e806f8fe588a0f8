"""Build report-ao.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Shenyang (沈阳) city government work report.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the
text. Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh7/make_report_ao.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/沈阳.txt'
OUT = 'corpora/gold-fresh7/report-ao.jsonl'
d = AnchoredDoc('fresh7-report-shenyang-2024', SOURCE, {'region': '辽宁省沈阳市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
T = d.text

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'


YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # --- opening
    (ORG, '现在，我代表[[沈阳市人民政府]]，向大会报告工作', None),
    # 并请市政协委员提出意见: a body modifying people (v1.1), not labelled
    # --- 2023 review
    (ORG, '一年来，在[[市委]]的坚强领导下', None),
    (ORG, '“只提交一次材料”改革被[[国务院]]列为政务服务效能提升典型案例', None),
    (ORG, '“信用+智慧市场监管”模式获[[国务院]]专项督查激励', None),
    (IC, '异地就医直接结算率提高到93.7%，[[40项]]民生实事全部高质量完成', ic(40, '项')),
    # mass organisations named as fields of work (reports notes: 妇联工作 → 妇联)
    (ORG, '档案、修志、文史、[[残联]]、红十字会、慈善事业', None),
    (ORG, '档案、修志、文史、残联、[[红十字会]]、慈善事业', None),
    (ORG, '“深化商事制度改革”等4项工作获[[国务院]]通报表彰', None),
    (ORG, '提请[[市人大]]审议地方性法规4件', None),
    (IC, '提请市人大审议地方性法规[[4件]]', ic(4, '件')),
    # 市人大代表建议 names people; 市政协提案 is a body before a document (reports-d, report-v/ai)
    (ORG, '办理市人大代表建议737件、[[市政协]]提案578件', None),
    (ORG, '是党中央[[国务院]]、省委省政府和市委坚强领导的结果', None),
    (ORG, '是党中央国务院、[[省委]]省政府和市委坚强领导的结果', None),
    (ORG, '是党中央国务院、省委[[省政府]]和市委坚强领导的结果', None),
    (ORG, '是党中央国务院、省委省政府和[[市委]]坚强领导的结果', None),
    (ORG, '是[[市人大]]、市政协监督支持的结果', None),
    (ORG, '是市人大、[[市政协]]监督支持的结果', None),
    (ORG, '在此，我谨代表[[市政府]]，向全市各族人民', None),
    (ORG, '向各民主党派、[[工商联]]、无党派人士、各人民团体', None),
    # --- 2024 plan
    (ORG, '全面落实[[省委]]经济工作会议和市委经济工作会议要求部署', None),
    (ORG, '全面落实省委经济工作会议和[[市委]]经济工作会议要求部署', None),
    (DL, '[[今年]]全市经济社会发展主要预期目标是：', YEAR_BY),
    (ORG, '从全市看，在[[市委]]的带领下', None),
    (IC, '深入实施规划共绘、交通共联等[[七大]]工程', ic(7, '大')),
    (IC, '推进沈阳都市圈[[120项]]重点项目和重大合作事项', ic(120, '项')),
    (IC, '跨域通办事项达到[[200项以上]]。', ic(200, '项', min=200, max=None)),
    (IC, '“零材料”服务事项达到[[150项]]。', ic(150, '项')),
    (ORG, '加快推进[[中共满洲省委]]旧址纪念馆', None),
    (IC, '新建、改扩建学校[[20所]]，城乡义务教育', ic(20, '所')),
    (IC, '建强[[56个]]乡镇卫生院、1279个村卫生室', ic(56, '个')),
    (IC, '建强56个乡镇卫生院、[[1279个]]村卫生室', ic(1279, '个')),
    (IC, '筛选出[[12件]]民生实事候选项目，提交大会票决', ic(12, '件')),
    (ORG, '依法接受[[市人大]]及其常委会法律监督和工作监督', None),
    (ORG, '依法接受市人大及其[[常委会]]法律监督和工作监督', None),
    (ORG, '自觉接受[[市政协]]民主监督。深化政府信息公开', None),
    (ORG, '在[[省委]]、省政府和市委的坚强领导下，勠力同心', None),
    (ORG, '在省委、[[省政府]]和市委的坚强领导下，勠力同心', None),
    (ORG, '在省委、省政府和[[市委]]的坚强领导下，勠力同心', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)


def n_text(s):
    return len(re.findall(re.escape(s), T))


def n_lab(s, label=ORG):
    return sum(1 for e in d.ents if e['label'] == label and e['text'] == s)


# every occurrence of the recurring body names, in the text and labelled
# (市人大/市政协: the excluded ones modify people: 市人大代表, 市政协委员; 人大/政协: bare or people)
for name, in_text, labelled in [('市委', 5, 5), ('省委', 4, 3), ('省政府', 2, 2), ('国务院', 4, 4),
                                ('市人大', 4, 3), ('市政协', 4, 3), ('市政府', 1, 1), ('沈阳市人民政府', 1, 1),
                                ('工商联', 1, 1), ('常委会', 1, 1)]:
    assert n_text(name) == in_text, (name, n_text(name))
    assert n_lab(name) == labelled, (name, n_lab(name))
assert n_text('中共满洲省委') == 1 and n_text('人民政府') == 1   # the 4th 省委 lies inside it
# types with no mention here: nothing for them in the text
for s in ('原则', '方针', '思路', '按照', '遵循', '本着', '根据', '《', '〔', '年内', '底前', '日内', '日前',
          '期间', '月底', '年底', '之前', '以前'):
    assert s not in T, s

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 10, 'ORG': 27,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
