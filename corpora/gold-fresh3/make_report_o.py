"""Build report-o.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Lishui (丽水, Zhejiang) city government work report.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the
text. Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh3/make_report_o.py
"""
from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/丽水.txt'
OUT = 'corpora/gold-fresh3/report-o.jsonl'
d = AnchoredDoc('fresh3-report-lishui-2024', SOURCE, {'region': '浙江省丽水市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')

ORG = 'ORG'; IC = 'ITEM_COUNT'


ANCHORS = [
    # --- opening
    (ORG, '现在，我代表[[市人民政府]]向大会报告工作', None),
    # --- 一、2023年主要工作回顾
    (ORG, '考察浙江重要讲话精神，在[[省委]]、省政府和市委坚强领导下', None),
    (ORG, '考察浙江重要讲话精神，在省委、[[省政府]]和市委坚强领导下', None),
    (ORG, '考察浙江重要讲话精神，在省委、省政府和[[市委]]坚强领导下', None),
    (IC, '出台促进民营经济高质量发展举措[[180条]]', ic(180, '条')),
    (ORG, '启用[[企业综合服务中心]]，“四长”', None),
    (ORG, '成功举办[[长三角城市经济协调会]]第22次会议', None),
    (IC, '“城市品质、城市治理、城市文明”[[三大]]提升行动', ic(3, '大')),
    (ORG, '生态文明建设成效获[[国务院]]督查激励', None),
    (ORG, '不折不扣整改[[省委]]巡视反馈问题', None),
    (ORG, '迈出新步伐，[[工会]]、妇女、儿童', None),
    (ORG, '是[[省委]]、省政府和市委坚强领导的结果', None),
    (ORG, '是省委、[[省政府]]和市委坚强领导的结果', None),
    (ORG, '是省委、省政府和[[市委]]坚强领导的结果', None),
    (ORG, '是[[市人大]]、市政协监督支持的结果', None),
    (ORG, '是市人大、[[市政协]]监督支持的结果', None),
    (ORG, '在此，我代表[[市人民政府]]，向辛勤奋战', None),
    # --- 二、2024年主要工作安排
    (ORG, '全市一盘棋做强[[驻外招商中心]]', None),
    (IC, '办好人才科技增值服务[[十件]]实事', ic(10, '件')),
    (ORG, '市场侧力量入驻[[企业综合服务中心]]', None),
    (IC, '提升增值服务[[十项]]举措', ic(10, '项')),
    (IC, '新农人增信计划等[[十大]]标志性改革任务', ic(10, '大')),
    (IC, '办好助企[[十件]]实事', ic(10, '件')),
    (ORG, '推动社区、[[业委会]]、物业三方协同共治机制', None),
    # --- closing
    (ORG, '在[[省委]]、省政府和市委的坚强领导下', None),
    (ORG, '在省委、[[省政府]]和市委的坚强领导下', None),
    (ORG, '在省委、省政府和[[市委]]的坚强领导下', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# every occurrence of the recurring bodies is accounted for (labelled or deliberately left out)
T = d.text
assert T.count('省委') == 4 and T.count('省政府') == 3 and T.count('市委') == 3
assert T.count('市人民政府') == 2 and T.count('国务院') == 1 and T.count('企业综合服务中心') == 2
assert T.count('市人大') == 1 and T.count('市政协') == 2          # the other 市政协 is 市政协委员 (people)
assert T.count('工会') == 1 and '红十字会' not in T and '《' not in T and '〔' not in T

for e in d.ents:
    if e['label'] == 'ITEM_COUNT':
        assert isinstance(e['normalized']['value'], int) and e['normalized']['unit']
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 6, 'ORG': 21,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
