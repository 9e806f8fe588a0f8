"""Build report-ai.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Xiamen (厦门, 福建省) city government work report.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the
text. Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh6/make_report_ai.py
"""
from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, split_anchor, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/厦门.txt'
OUT = 'corpora/gold-fresh6/report-ai.jsonl'
d = AnchoredDoc('fresh6-report-xiamen-2024', SOURCE, {'region': '福建省厦门市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
# no header, no 〔year〕 number, no 原则/方针/思路, no time limit words anywhere in the text
for s in ('〔', '原则', '方针', '思路', '年内', '年底', '底前', '日内', '日前', '今年', '期间'):
    assert s not in d.text, s
assert d.text.count('《') == 1 and d.text.count('2024') == 2

ORG = 'ORG'; IC = 'ITEM_COUNT'; DT = 'DOC_TITLE'


ANCHORS = [
    # --- opening and 2023 review
    (ORG, '现在，我代表[[市人民政府]]，向大会报告政府工作', None),
    (ORG, '认真贯彻落实党中央[[国务院]]决策部署', None),
    (ORG, '决策部署和[[省委]]省政府工作要求，在市委', None),
    (ORG, '决策部署和省委[[省政府]]工作要求，在市委', None),
    (ORG, '工作要求，在[[市委]]的正确领导下，深入开展', None),
    (ORG, '创新载体提质扩容。组建[[厦门科学城管委会]]', None),
    (DT, '细化落实《[[厦门经济特区优化营商环境条例]]》', None),
    (ORG, '[[国家发展改革委]]在厦门举办全国优化营商环境现场会', None),
    (ORG, '建成一体化政务服务平台，[[市行政服务中心]]事项进驻率', None),
    (IC, '84%“全程网办”、[[911项]]“免证办”', ic(911, '项')),
    (ORG, '生态文明建设工作获[[国务院]]督查激励', None),
    (IC, '民生短板加快补齐。[[47项]]为民办实事项目全部完成', ic(47, '项')),
    (ORG, '取得新进展，[[工会]]、共青团、妇女儿童', None),
    (ORG, '取得新进展，工会、[[共青团]]、妇女儿童', None),
    (ORG, '认真做好[[国务院]]督查、巡视巡察、审计反馈问题整改', None),
    (ORG, '建议242件和[[市政协]]提案429件', None),
    (IC, '提请审议法规草案[[11件]]', ic(11, '件')),
    (IC, '制定规章[[1件]]', ic(1, '件')),
    (ORG, '出台[[市政府]]规范性文件34件', None),
    (IC, '出台市政府规范性文件[[34件]]', ic(34, '件')),
    (ORG, '法治政府建设评估进入全国前十。[[市政府]]网站绩效评估', None),
    (ORG, '科学指引，是在[[省委]]省政府和市委的正确领导下', None),
    (ORG, '科学指引，是在省委[[省政府]]和市委的正确领导下', None),
    (ORG, '科学指引，是在省委省政府和[[市委]]的正确领导下', None),
    (ORG, '在[[市人大]]、市政协的监督支持下', None),
    (ORG, '在市人大、[[市政协]]的监督支持下', None),
    (ORG, '在此，我谨代表[[市人民政府]]', None),
    (ORG, '向各民主党派、[[工商联]]、无党派人士', None),
    # --- 2024 plan
    (ORG, '二十届二中全会和中央、[[省委]]经济工作会议精神', None),
    (ORG, '按照[[市委]]十三届六次全会', None),
    (ORG, '十三届六次全会和[[市委]]经济工作会议部署要求', None),
    (ORG, '优化完善[[市级重大片区指挥部]]运行机制', None),
    # --- closing
    (ORG, '党中央周围，在[[省委]]省政府和市委的正确领导下', None),
    (ORG, '党中央周围，在省委[[省政府]]和市委的正确领导下', None),
    (ORG, '党中央周围，在省委省政府和[[市委]]的正确领导下', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# every occurrence of these names is either labelled or deliberately left out
EXCLUDED = {
    '市政协': ['并请[[市政协]]委员提出意见'],            # modifies people (v1.1)
    '市人大': ['牵头办理[[市人大]]代表议案2件'],          # 市人大代表: people (reports notes)
    '知识产权保护中心': ['获批国家级[[知识产权保护中心]]'],  # a designation won, no named body
    '管委会': [],
    '指挥部': [],
}
for name, n_text in [('市人民政府', 2), ('市政府', 2), ('省委', 4), ('省政府', 3), ('市委', 5),
                     ('国务院', 3), ('市人大', 2), ('市政协', 3), ('工商联', 1), ('工会', 1),
                     ('共青团', 1), ('知识产权保护中心', 1)]:
    assert d.text.count(name) == n_text, (name, d.text.count(name))
    labelled = sum(1 for e in d.ents if e['label'] == 'ORG' and e['text'] == name)
    excl = EXCLUDED.get(name, [])
    for p in excl:
        assert d.text.count(''.join(split_anchor(p))) == 1, p
    assert labelled + len(excl) == n_text, (name, labelled, excl)

for e in d.ents:
    if e['label'] == 'ITEM_COUNT':
        assert isinstance(e['normalized']['value'], int) and e['normalized']['unit']
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 5, 'ORG': 29,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
