"""Build report-ac.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Huanggang (黄冈, 湖北省) city government work report.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the
text. Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh5/make_report_ac.py
"""
from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, split_anchor, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/黄冈.txt'
OUT = 'corpora/gold-fresh5/report-ac.jsonl'
d = AnchoredDoc('fresh5-report-huanggang-2024', SOURCE, {'region': '湖北省黄冈市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
# no header, no 《》, no 〔year〕 number, no 号, no 原则/方针/思路 anywhere in the text
for s in ('《', '〔', '号', '原则', '方针', '思路', '年内', '底前', '日内', '日前'):
    assert s not in d.text, s

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'


ANCHORS = [
    # --- opening and 2023 review
    (ORG, '现在，我代表[[市人民政府]]向大会报告工作', None),
    (ORG, '过去一年，在[[市委]]坚强领导下', None),
    (ORG, '坚决落实党中央决策部署和[[省委]]省政府工作要求', None),
    (ORG, '坚决落实党中央决策部署和省委[[省政府]]工作要求', None),
    (ORG, '战略布局全面起势。[[市委]]观大势谋全局', None),
    (IC, '在支撑体系上，明确[[13项]]重点任务', ic(13, '项')),
    (IC, '“一网通办”率95%、[[62个]]高频事项“一事联办”', ic(62, '个')),
    (DL, '黄冈西站改扩建基本完工，[[春节前]]运营', {'date': '2024-02-10', 'precision': 'day',
                                          'relation': 'by', 'recurring': False}),
    (ORG, '民族宗教、对台、外事侨务、[[红十字会]]、残疾人事业', None),
    (ORG, '是[[市委]]坚强领导的结果', None),
    (ORG, '是[[市人大]]、市政协监督支持的结果', None),
    (ORG, '是市人大、[[市政协]]监督支持的结果', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市人民', None),
    # --- 2024 plan
    (DL, '加快黄冈二中建设，一期[[秋季]]开学', {'date': '2024-11-30', 'precision': 'period',
                                        'relation': 'by', 'recurring': False}),
    (IC, '完成[[458个]]实用性村庄规划编制', ic(458, '个')),
    (ORG, '做实[[党群服务中心]]，实现农村综合服务点全覆盖', None),
    (IC, '[[1300个]]事项“最多跑一次”', ic(1300, '个')),
    (IC, '深入实施长江高水平保护[[十大]]提质增效行动', ic(10, '大')),
    # --- part three: government self-improvement and closing
    (ORG, '确保党中央决策部署、[[省委]]省政府和市委工作要求', None),
    (ORG, '确保党中央决策部署、省委[[省政府]]和市委工作要求', None),
    (ORG, '确保党中央决策部署、省委省政府和[[市委]]工作要求', None),
    (IC, '梳理确定了今年[[十类]]民生实事', ic(10, '类')),
    (ORG, '党中央周围，在[[省委]]省政府和市委坚强领导下', None),
    (ORG, '党中央周围，在省委[[省政府]]和市委坚强领导下', None),
    (ORG, '党中央周围，在省委省政府和[[市委]]坚强领导下', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# every occurrence of these names is either labelled or deliberately left out
EXCLUDED = {
    '市政协': ['并请[[市政协]]委员和列席人员'],          # modifies people (v1.1)
}
for name, n_text in [('市人民政府', 2), ('市委', 5), ('省委', 3), ('省政府', 3), ('市人大', 1),
                     ('市政协', 2), ('红十字会', 1), ('党群服务中心', 1)]:
    assert d.text.count(name) == n_text, (name, d.text.count(name))
    labelled = sum(1 for e in d.ents if e['label'] == 'ORG' and e['text'] == name)
    excl = EXCLUDED.get(name, [])
    for p in excl:
        assert d.text.count(''.join(split_anchor(p))) == 1, p
    assert labelled + len(excl) == n_text, (name, labelled, excl)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 2, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 6, 'ORG': 17,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
