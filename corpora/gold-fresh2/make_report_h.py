"""Build report-h.jsonl (2024 Xianning work report) from hand-written anchors.

Every label below was decided by reading the whole document; this script only turns
anchors into offsets. Each anchor is `left[[mention]]right`; the whole string must occur
exactly once in the text. No extractor, pipeline or model is used.
Run from /work/main:  .venv/bin/python corpora/gold-fresh2/make_report_h.py
"""
from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/咸宁.txt'
OUT = 'corpora/gold-fresh2/report-h.jsonl'
d = AnchoredDoc('fresh2-report-2024-xianning', SOURCE, {'region': '湖北省咸宁市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'; DT = 'DOC_TITLE'


YEAR_2024 = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # --- opening and 2023 review
    (ORG, '我代表[[市人民政府]]向大会报告工作', None),
    (ORG, '工作安排，在[[市委]]的坚强领导下，坚持稳中求进总基调', None),
    (IC, '全省“先行区”建设[[150项]]重点任务', ic(150, '项')),
    (DT, '出台《[[咸宁市流域综合治理和统筹发展规划]]》', None),
    (ORG, '打击整治枪爆工作成效获[[国务院]]部际联席会议表扬', None),
    (ORG, '工作成效获[[民政部]]表扬', None),
    (IC, '全省“十大民生实事”咸宁[[41个]]子项目圆满完成', ic(41, '个')),
    (IC, '发布“免申即享”政策清单[[564项]]', ic(564, '项')),
    (IC, '新建、改建学校（幼儿园）[[22所]]', ic(22, '所')),
    (ORG, '20项工作获[[省政府]]激励表彰', None),
    (IC, '。[[104项]]涉及政府工作改革事项', ic(104, '项')),
    (IC, '制定“中国桂花城”建设[[十条]]促进措施', ic(10, '条')),
    (ORG, '[[市财政局]]等3家单位和个人荣获湖北改革奖', None),
    (ORG, '平安电工公司获[[证监会]]主板上市批文', None),
    (IC, '编制村庄规划[[795个]]', ic(795, '个')),
    (ORG, '残疾人、[[红十字会]]、工商联等事业', None),
    (ORG, '红十字会、[[工商联]]等事业', None),
    (ORG, '是[[省委]]、省政府和市委坚强领导的结果', None),
    (ORG, '是省委、[[省政府]]和市委坚强领导的结果', None),
    (ORG, '是省委、省政府和[[市委]]坚强领导的结果', None),
    (ORG, '我代表[[市政府]]，向全市人民', None),
    # --- 2024 plan
    (ORG, '要细化落实[[省委]]十二届五次全会', None),
    (ORG, '按照[[市委]]六届四次、五次全会工作安排', None),
    (ORG, '按照[[省委]]、省政府和市委工作部署', None),
    (ORG, '按照省委、[[省政府]]和市委工作部署', None),
    (ORG, '按照省委、省政府和[[市委]]工作部署', None),
    (DL, '[[2024年]]经济社会发展主要预期目标：', YEAR_2024),
    (ORG, '争取设立[[咸宁海关]]。', None),
    (ORG, '加强[[市县乡村综治中心]]建设', None),
    (ORG, '体现[[省委]]、省政府和市委工作要求', None),
    (ORG, '体现省委、[[省政府]]和市委工作要求', None),
    (ORG, '体现省委、省政府和[[市委]]工作要求', None),
    (ORG, '周围，在[[市委]]的坚强领导下', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)
d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 7, 'ORG': 24, 'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
