"""Build report-ap.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Jingmen (荆门, 湖北省) city government work report.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the
text. Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh7/make_report_ap.py
"""
from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, split_anchor, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/荆门.txt'
OUT = 'corpora/gold-fresh7/report-ap.jsonl'
d = AnchoredDoc('fresh7-report-jingmen-2024', SOURCE, {'region': '湖北省荆门市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
# no header; no 〔year〕 number, no 原则/方针/思路, no adopting verb, no other time-limit words
for s in ('〔', '原则', '方针', '思路', '按照', '遵循', '本着', '根据', '年底', '底前', '日内',
          '日前', '月底', '期间', '以内', '之前', '以前', '国务院', '工商联'):
    assert s not in d.text, s
assert d.text.count('《') == 2 and d.text.count('年内') == 1 and d.text.count('今年') == 2

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'


YEAR_DURING = {'date': '2024-12-31', 'precision': 'year', 'relation': 'during',
               'recurring': False}

ANCHORS = [
    # --- opening and 2023 review
    (ORG, '现在，我代表[[市人民政府]]向大会报告工作', None),
    (ORG, '第十二次党代会精神，在[[市委]]坚强领导下', None),
    (ORG, '较好完成了[[市十届人大]]二次会议确定的各项目标任务', None),
    (ORG, '出台新型工业示范园区建设指导意见，建立[[园办]]工作机制', None),
    (IC, '“一窗通办”实现市县乡三级全覆盖，省内通办事项增至[[420项]]', ic(420, '项')),
    (IC, '新增公办学校学位15190个，[[213所]]义务教育学校纳入教联体建设', ic(213, '所')),
    (ORG, '提请[[市人大常委会]]审议地方性法规、议案2部', None),
    (IC, '提请市人大常委会审议地方性法规、议案[[2部]]', ic(2, '部')),
    (ORG, '落实[[市委]]“提转抓”工作要求', None),
    (ORG, '对口援建等工作不断加强，[[工会]]、妇女儿童、青少年', None),
    (ORG, '青少年、社会科学、[[科协]]、新闻出版、文艺', None),
    (ORG, '文艺、老龄、残疾人、[[红十字会]]等各项事业健康发展', None),
    (ORG, '是[[省委]]、省政府关心关怀的结果', None),
    (ORG, '是省委、[[省政府]]关心关怀的结果', None),
    (ORG, '是[[市委]]团结带领全市人民拼搏奋进的结果', None),
    (ORG, '是[[市人大]]、市政协监督支持的结果', None),
    (ORG, '是市人大、[[市政协]]监督支持的结果', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市人民', None),
    # --- 2024 plan
    (ORG, '[[省委]]部署“以流域综合治理为基础', None),
    (DL, '我们正迎来区位优势重塑期，荆荆高铁[[年内]]通车', YEAR_DURING),
    (ORG, '省第十二次党代会、[[省委]]十二届五次全会精神', None),
    (ORG, '认真落实[[市委]]九届六次全会部署', None),
    (ORG, '招落服全链条调度、[[县市区园办]]实体化运作', None),
    (IC, '持续推进长江高水平保护[[十大]]攻坚提升行动', ic(10, '大')),
    (IC, '长江经济带降碳减污扩绿增长[[十大]]行动', ic(10, '大')),
    (IC, '推动[[638项]]政务服务事项“圈内通办”', ic(638, '项')),
    (ORG, '训练救援分中心，做实[[乡镇应急消防站]]', None),
    (ORG, '对台工作，支持[[工会]]、共青团、妇联', None),
    (ORG, '支持工会、[[共青团]]、妇联、社科联', None),
    (ORG, '支持工会、共青团、[[妇联]]、社科联', None),
    (ORG, '共青团、妇联、[[社科联]]、科协、侨联', None),
    (ORG, '妇联、社科联、[[科协]]、侨联、残联', None),
    (ORG, '社科联、科协、[[侨联]]、残联、红十字会', None),
    (ORG, '科协、侨联、[[残联]]、红十字会等群团组织', None),
    (ORG, '侨联、残联、[[红十字会]]等群团组织更好发挥作用', None),
    (ORG, '充分发挥[[老龄协会]]等社会组织作用', None),
    # --- part three: government self-improvement, closing
    (ORG, '贯彻落实党中央决策部署、[[省委]]工作要求', None),
    (ORG, '始终在[[市委]]领导下开展工作', None),
    (ORG, '党中央周围，在[[省委]]、省政府和市委的坚强领导下', None),
    (ORG, '党中央周围，在省委、[[省政府]]和市委的坚强领导下', None),
    (ORG, '党中央周围，在省委、省政府和[[市委]]的坚强领导下', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# every occurrence of these names is either labelled or deliberately left out
EXCLUDED = {
    '市政协': ['并请[[市政协]]委员和列席人员提出意见'],     # modifies people (v1.1)
    '工会': ['103家[[工会]]爱心驿站'],                     # part of a facility type name
    '党群服务中心': ['依托[[党群服务中心]]等阵地'],       # a venue (阵地), not a body
    '协会': ['发挥商[[协会]]作用',                        # trade associations (7th session)
             '成立青年企业家[[协会]]'],                   # entrepreneurs' association, like 商协会
}
for name, n_text in [('市人民政府', 2), ('市委', 6), ('省委', 5), ('省政府', 2), ('市人大', 2),
                     ('市政协', 2), ('工会', 3), ('共青团', 1), ('妇联', 1), ('社科联', 1),
                     ('科协', 2), ('侨联', 1), ('残联', 1), ('红十字会', 2), ('园办', 2),
                     ('消防站', 1), ('协会', 3), ('党群服务中心', 1)]:
    assert d.text.count(name) == n_text, (name, d.text.count(name))
    labelled = sum(1 for e in d.ents if e['label'] == 'ORG' and name in e['text'])
    excl = EXCLUDED.get(name, [])
    for p in excl:
        assert d.text.count(''.join(split_anchor(p))) == 1, p
    assert labelled + len(excl) == n_text, (name, labelled, excl)
# the 市人大 count includes 市人大常委会, the 园办 count 县市区园办, the 协会 count 老龄协会

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 6, 'ORG': 34,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
