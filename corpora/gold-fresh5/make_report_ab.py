"""Build report-ab.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Zunyi (遵义, 贵州) city government work report.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the
text. Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh5/make_report_ab.py
"""


from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/遵义.txt'
OUT = 'corpora/gold-fresh5/report-ab.jsonl'
d = AnchoredDoc('fresh5-report-zunyi-2024', SOURCE, {'region': '贵州省遵义市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')

ORG = 'ORG'; IC = 'ITEM_COUNT'; PR = 'PRINCIPLE'; DN = 'DOC_NO'


ANCHORS = [
    # --- opening
    (ORG, '现在，我代表[[市人民政府]]向大会报告工作', None),
    # 并请市政协委员…: a body modifying people, not labelled
    # --- 2023 review
    (ORG, '一年来，在[[市委]]的坚强领导下', None),
    (ORG, '在[[市人大]]、市政协的监督支持下', None),
    (ORG, '在市人大、[[市政协]]的监督支持下', None),
    (ORG, '凤冈县获[[国务院]]“乡村振兴重点工作成效明显”激励奖', None),
    (PR, '按照“[[三个重塑]]”要求，扎实推进重塑化债', None),
    (IC, '自然人综合窗口，[[13项]]“一件事一次办”落地落实', ic(13, '项')),
    (IC, '第一批梳理公布涉企服务事项[[38项]]', ic(38, '项')),
    (IC, '移动端可申报事项达[[1200余项]]', ic(1200, '项', min=1200, max=None)),
    (IC, '新（改、扩）建城乡学校[[80所]]', ic(80, '所')),
    (IC, '建成县域医疗次中心[[22个]]', ic(22, '个')),
    (IC, '乡镇卫生院分院（延伸服务点）[[47个]]', ic(47, '个')),
    (ORG, '医改工作获得[[国务院]]督查激励', None),
    (ORG, '民族宗教、审计、统计、[[科协]]、人防、外事侨务', None),
    (ORG, '取得新成效，[[工会]]、青少年、妇女儿童', None),
    (ORG, '是[[省委]]、省政府和市委统揽全局', None),
    (ORG, '是省委、[[省政府]]和市委统揽全局', None),
    (ORG, '是省委、省政府和[[市委]]统揽全局', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市人民', None),
    (ORG, '向各民主党派、[[工商联]]、无党派人士、各人民团体', None),
    # --- 2024 plan
    (ORG, '认真落实中央和[[省委]]、市委经济工作会议部署', None),
    (ORG, '认真落实中央和省委、[[市委]]经济工作会议部署', None),
    (DN, '深入落实[[国发〔2022〕2号]]文件', {'issuer_code': '国发', 'year': 2022, 'number': 2}),
    (PR, '按照“[[一类示范引领、二类改进提升、三类补短追赶]]”要求', None),
    # --- ten livelihood matters
    (IC, '持续办好[[十件]]民生实事：', ic(10, '件')),
    (IC, '（1）改善[[50所]]城乡学校办学条件', ic(50, '所')),
    (IC, '（2）建成乡镇卫生院分院（延伸服务点）[[20个]]', ic(20, '个')),
    (IC, '（9）建成乡镇标准化消防救援站[[20个]]', ic(20, '个')),
    (IC, '建立乡镇（街道）综合应急救援队伍[[254支]]', ic(254, '支')),
    # --- part on the government itself
    (ORG, '不折不扣贯彻落实党中央和[[省委]]省政府、市委各项决策部署', None),
    (ORG, '不折不扣贯彻落实党中央和省委[[省政府]]、市委各项决策部署', None),
    (ORG, '不折不扣贯彻落实党中央和省委省政府、[[市委]]各项决策部署', None),
    (ORG, '认真听取各民主党派、[[工商联]]和无党派人士意见建议', None),
    # --- closing
    (ORG, '全面落实[[省委]]、省政府各项决策部署', None),
    (ORG, '全面落实省委、[[省政府]]各项决策部署', None),
    (ORG, '在[[市委]]的坚强领导下，坚定信心', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# --- every occurrence of the recurring body names is accounted for


d.check_all('市委', 5, 5)
d.check_all('省委', 4, 4)
d.check_all('省政府', 3, 3)
d.check_all('国务院', 2, 2)
d.check_all('工商联', 2, 2)
d.check_all('人民政府', 3, 2, ['必须把[人民政府]建设得更加坚强有力'])      # bare, generic (v1.2)
d.check_all('市人大', 1, 1)
d.check_all('人大', 3, 1, ['向全体[人大]代表、政协委员', '依法接受[人大]法律监督'])
d.check_all('政协', 4, 1, ['并请市[政协]委员', '向全体人大代表、[政协]委员', '自觉接受[政协]民主监督'])
d.check_all('管委会', 1, 0, ['促进[管委会]瘦身强体'])                       # bare, generic
assert d.text.count('《') == 1 and '《伟大转折》剧目' in d.text              # a work of art
assert d.text.count('〔') == 1
for w in ('原则', '方针', '思路', '遵循', '本着', '根据', '年内', '底前', '日内', '期间'):
    assert w not in d.text, w

for e in d.ents:
    if e['label'] == 'ITEM_COUNT':
        assert isinstance(e['normalized']['value'], int) and e['normalized']['unit']
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'PRINCIPLE':
        assert isinstance(e['normalized'], list) and e['normalized']
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 0, 'DOC_NO': 1, 'DOC_TITLE': 0, 'ITEM_COUNT': 11, 'ORG': 22,
                  'PRINCIPLE': 2, 'STAFFING': 0}, counts
write_gold(OUT, [d])
