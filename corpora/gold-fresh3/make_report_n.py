"""Build report-n.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Tai'an (泰安) city government work report.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the
text. Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh3/make_report_n.py
"""
from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/泰安.txt'
OUT = 'corpora/gold-fresh3/report-n.jsonl'
d = AnchoredDoc('fresh3-report-taian-2024', SOURCE, {'region': '山东省泰安市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'; PR = 'PRINCIPLE'


YEAR_DURING = {'date': '2024-12-31', 'precision': 'year', 'relation': 'during',
               'recurring': False}

ANCHORS = [
    # --- opening and 2023 review
    (ORG, '我代表[[市人民政府]]向大会报告工作', None),
    (ORG, '认真落实中央决策部署和[[省委]]、省政府工作要求', None),
    (ORG, '认真落实中央决策部署和省委、[[省政府]]工作要求', None),
    (ORG, '省政府工作要求，在[[市委]]的坚强领导下', None),
    (ORG, '实现[[国务院]]督查激励零的突破', None),
    (IC, '为民要办的[[10件]]实事', ic(10, '件')),
    (IC, '新改扩建中小学和幼儿园[[16所]]', ic(16, '所')),
    (IC, '[[84个]]教育集团辐射707所学校', ic(84, '个')),
    (IC, '84个教育集团辐射[[707所]]学校', ic(707, '所')),
    (IC, '覆盖[[2700家]]村卫生室', ic(2700, '家')),
    (ORG, '残疾人、仲裁、[[工会]]、共青团、妇女儿童', None),
    (ORG, '残疾人、仲裁、工会、[[共青团]]、妇女儿童', None),
    (ORG, '数字化治理欠薪经验被[[国务院办公厅]]推广', None),
    (ORG, '得益于[[省委]]、省政府和市委总揽全局', None),
    (ORG, '得益于省委、[[省政府]]和市委总揽全局', None),
    (ORG, '得益于省委、省政府和[[市委]]总揽全局', None),
    (ORG, '得益于[[市人大]]、市政协和社会各界', None),
    (ORG, '得益于市人大、[[市政协]]和社会各界', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市人民', None),
    (ORG, '向各民主党派、[[工商联]]、无党派人士', None),
    # --- 2024 plan
    (DL, '120个市级重点项目建设，[[年内]]完成投资700亿元以上', YEAR_DURING),
    (PR, '坚持“[[串珠成链、山城联动、全域融合、转型升级]]”十六字方针', None),
    (IC, '新改扩建中小学[[11所]]、幼儿园10所', ic(11, '所')),
    (IC, '新改扩建中小学11所、幼儿园[[10所]]', ic(10, '所')),
    (ORG, '加强[[市县乡村四级矛盾纠纷调解中心]]规范化建设', None),
    # --- part on the government's own work, closing
    (ORG, '确保中央决策部署和[[省委]]、市委工作要求落地落实', None),
    (ORG, '确保中央决策部署和省委、[[市委]]工作要求落地落实', None),
    (ORG, '在[[市委]]坚强领导下，以实干创造实绩', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)
for e in d.ents:
    if e['label'] == 'ITEM_COUNT':
        assert isinstance(e['normalized']['value'], int) and e['normalized']['unit']
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}
    if e['label'] == 'PRINCIPLE':
        assert e['normalized'] == ['串珠成链', '山城联动', '全域融合', '转型升级']
# every 市委/省委/省政府/国务院/工商联/市人民政府 occurrence is a decided label (none left out)
for name, k in [('市委', 4), ('省委', 3), ('省政府', 2), ('市人民政府', 2), ('工商联', 1)]:
    assert d.text.count(name) == k == sum(e['text'] == name for e in d.ents), name
assert d.text.count('国务院') == 2
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 7, 'ORG': 19,
                  'PRINCIPLE': 1, 'STAFFING': 0}, counts
write_gold(OUT, [d])
