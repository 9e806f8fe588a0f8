"""Build report-u.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Dezhou (德州) city government work report.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the
text (or `n` times where stated). Only offsets are computed here; no extractor or model
is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh4/make_report_u.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, split_anchor, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/德州.txt'
OUT = 'corpora/gold-fresh4/report-u.jsonl'
d = AnchoredDoc('fresh4-report-dezhou-2024', SOURCE, {'region': '山东省德州市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
assert '《' in d.text and '〔' not in d.text  # only 《山水国潮》 (a work of art), no document number

ORG = 'ORG'; ST = 'STAFFING'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'; PR = 'PRINCIPLE'


def staff(lo, hi, unit, approx=False):
    return {'min': lo, 'max': hi, 'unit': unit, 'approx': approx}


THIS_YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # --- opening
    (ORG, '现在，我代表[[市人民政府]]，向大会报告工作', None),
    # (市政协委员: a body modifying people, not labelled)
    # --- 2023 review, opening paragraph
    (ORG, '扎实开展主题教育，在[[省委]]、省政府和市委的坚强领导下，以“高质量', None),
    (ORG, '扎实开展主题教育，在省委、[[省政府]]和市委的坚强领导下，以“高质量', None),
    (ORG, '扎实开展主题教育，在省委、省政府和[[市委]]的坚强领导下，以“高质量', None),
    # --- (四) 发展活力
    (ORG, '等工作分别获[[国务院]]和省委省政府督查激励', None),
    (ORG, '等工作分别获国务院和[[省委]]省政府督查激励', None),
    (ORG, '等工作分别获国务院和省委[[省政府]]督查激励', None),
    (ORG, '我市居[[全国工商联]]“万家民企评营商环境”', None),
    # --- (五) 城市建设
    (IC, '人防工程等专项规划[[21个]]。', ic(21, '个')),
    # --- (六) 民生保障
    (IC, '多策协同，[[18件]]民生实事落地见效', ic(18, '件')),
    (IC, '新改扩建中小学校、幼儿园[[53所]]，新增学位3.65万个', ic(53, '所')),
    (ST, '招聘教师[[2930人]]，', staff(2930, 2930, '人')),
    (IC, '为[[643所]]中小学校4926间教室配备护眼灯', ic(643, '所')),
    (IC, '改建提升，[[10个]]中心镇医养结合体建成启用', ic(10, '个')),
    # --- government work 2023
    (ORG, '自觉接受[[市委]]全面领导', None),
    (ORG, '重大问题及时提请[[市委]]研究决策', None),
    (ORG, '定期向[[市人大常委会]]报告工作', None),
    (ORG, '、向[[市政协]]通报情况', None),
    (ORG, '研究吸纳各民主党派、[[工商联]]、无党派人士调研成果', None),
    (ORG, '工作机制，提请[[市人大常委会]]审议地方性法规', None),
    (IC, '审议地方性法规[[2部]]，出台政府规章3部', ic(2, '部')),
    (IC, '审议地方性法规2部，出台政府规章[[3部]]。', ic(3, '部')),
    (ORG, '科学指引，是[[省委]]省政府和市委坚强领导的结果', None),
    (ORG, '科学指引，是省委[[省政府]]和市委坚强领导的结果', None),
    (ORG, '科学指引，是省委省政府和[[市委]]坚强领导的结果', None),
    (ORG, '是[[市人大]]、市政协和社会各界监督支持的结果', None),
    (ORG, '是市人大、[[市政协]]和社会各界监督支持的结果', None),
    (ORG, '向各民主党派、[[工商联]]、无党派人士、各人民团体', None),
    # --- 2024 plan: general requirements and targets
    (ORG, '认真落实中央经济工作会议和[[省委]]全会暨经济工作会议精神', None),
    (PR, '按照“[[三个高于]]”“五个走在前”“七个争上游”目标要求', None),
    (PR, '按照“三个高于”“[[五个走在前]]”“七个争上游”目标要求', None),
    (PR, '按照“三个高于”“五个走在前”“[[七个争上游]]”目标要求', None),
    (DL, '综合分析，建议[[今年]]经济社会发展主要预期目标是', THIS_YEAR_BY),
    # --- (五) 激发活力
    (ORG, '推动政务服务事项向[[镇街便民服务中心]]下沉', None),
    # --- (八) 民生
    (IC, '新改扩建中小学校[[40所]]、公办幼儿园12所', ic(40, '所')),
    (IC, '新改扩建中小学校40所、公办幼儿园[[12所]]，新增学位5.35万个', ic(12, '所')),
    (IC, '打造市级示范性托育机构[[25家]]', ic(25, '家')),
    (DL, '[[今年]]我们将持续聚焦群众最关心', THIS_YEAR_BY),
    (IC, '办好[[21件]]民生实事', ic(21, '件')),
    # --- (九) 安全
    (ORG, '充分发挥[[工会]]、共青团、妇联、工商联等人民团体', None),
    (ORG, '充分发挥工会、[[共青团]]、妇联、工商联等人民团体', None),
    (ORG, '充分发挥工会、共青团、[[妇联]]、工商联等人民团体', None),
    (ORG, '充分发挥工会、共青团、妇联、[[工商联]]等人民团体', None),
    # --- part three: government self-improvement
    (ORG, '坚决贯彻落实党中央[[国务院]]决策部署', None),
    (ORG, '国务院决策部署、[[省委]]省政府工作要求和市委工作安排', None),
    (ORG, '国务院决策部署、省委[[省政府]]工作要求和市委工作安排', None),
    (ORG, '国务院决策部署、省委省政府工作要求和[[市委]]工作安排', None),
    (ORG, '党中央周围，在[[省委]]、省政府和市委的坚强领导下', None),
    (ORG, '党中央周围，在省委、[[省政府]]和市委的坚强领导下', None),
    (ORG, '党中央周围，在省委、省政府和[[市委]]的坚强领导下', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)


# --- every occurrence of the recurring bodies is either labelled or deliberately left out
def starts(s):
    return {m.start() for m in re.finditer(re.escape(s), d.text)}


labelled = {(e['start'], e['text']) for e in d.ents}
LEFT_OUT = {  # anchor of an unlabelled occurrence -> why
    '请[[市政协]]委员和列席会议': 'body modifying people',
    '33项工作获[[省委]]、省政府主要领导同志': 'body modifying people',
    '33项工作获省委、[[省政府]]主要领导同志': 'body modifying people',
    '办理[[市人大]]代表建议391件': 'body modifying people',
}
skip = set()
for a in LEFT_OUT:
    left, m, right = split_anchor(a)
    hits = [k.start() + len(left) for k in re.finditer(re.escape(left + m + right), d.text)]
    assert len(hits) == 1, a
    skip.add(hits[0])
for body, n in [('市委', 6), ('省委', 7), ('省政府', 6), ('国务院', 2), ('市人民政府', 1),
                ('工商联', 4), ('市政协', 3), ('市人大', 4)]:
    occ = starts(body)
    assert len(occ) == n, (body, len(occ))
    for s in occ:
        inside = any(e['start'] <= s < e['end'] for e in d.ents if e['label'] == 'ORG')
        assert inside or s in skip, (body, s, d.text[s - 10:s + 10])

# --- value shapes
for e in d.ents:
    if e['label'] == 'ITEM_COUNT':
        assert isinstance(e['normalized']['value'], int) and e['normalized']['unit']
    if e['label'] == 'STAFFING':
        assert set(e['normalized']) == {'min', 'max', 'unit', 'approx'}
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}
    if e['label'] == 'PRINCIPLE':
        assert e['normalized'] == [e['text']]
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 2, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 11, 'ORG': 33,
                  'PRINCIPLE': 3, 'STAFFING': 1}, counts
write_gold(OUT, [d])
