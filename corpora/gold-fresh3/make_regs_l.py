"""Build regs-l.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 宁波市医疗纠纷预防与处置条例 (Ningbo medical-dispute regulation, adopted 2011-08-31,
approved 2011-11-25, promulgated 2011-12-08). Only turns the labels into offsets; no extractor,
pipeline or model is used. Run from /work/main:
    .venv/bin/python corpora/gold-fresh3/make_regs_l.py
"""
from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh3/regs-l.jsonl'

d = Doc("fresh3-reg-zhejiang-ningbo-medical-2011",
        "corpus/regulations/zhejiang/宁波市医疗纠纷预防与处置条例.txt",
        {"region": "浙江省宁波市", "date": "2011-11-25"})
assert d.text == d.raw.decode('utf-8')

# ---- header: adoption / approval / promulgation lines (body only; meeting and 公告第33号 out) ----
d.ctx('ORG', '2011年8月31日 [宁波市第十三届人民代表大会常务委员会]第三十四次会议通过')
d.ctx('ORG', '2011年11月25日 [浙江省第十一届人民代表大会常务委员会]第二十九次会议批准')
d.ctx('ORG', '2011年12月8日 [宁波市第十三届人民代表大会常务委员会]公告第33号公布')

# ---- art. 1: cited laws; 国务院 before a title is ORG (unseen regulations-b precedent) ----
d.ctx('DOC_TITLE', '根据《[中华人民共和国侵权责任法]》、')
d.ctx('DOC_TITLE', '、《[中华人民共和国人民调解法]》、国务院')
d.ctx('ORG', '人民调解法》、[国务院]《医疗事故处理条例》等法律')
d.ctx('DOC_TITLE', '、国务院《[医疗事故处理条例]》等法律、法规')

# ---- PRINCIPLE: content called 原则 (遵循/按照 … 原则) ----
d.ctx('PRINCIPLE', '应当遵循[预防为主、依法处置、公平公正、及时便民]的原则')
d.ctx('PRINCIPLE', '医疗纠纷人民调解应当遵循[自愿、合法、平等]原则')
d.ctx('PRINCIPLE', '可以按照[保本微利]的原则')

# ---- governments ----
# shared ending 市和县（市）区人民政府: only the complete name (Ningbo 2015 precedent)
d.ctx('ORG', '第四条 市和[县（市）区人民政府]应当建立')
d.ctx('ORG', '调解工作经费由[本级人民政府]保障')
d.ctx('ORG', '2007年12月12日[市人民政府]发布的')
assert d.text.count('人民政府') == 6   # + 居住地乡镇人民政府 (locative, not ORG) + 各级人民政府 ×2 (vague)

# ---- 国务院 ×2 more ----
d.ctx('ORG', '应当按照[国务院]卫生行政部门规定的要求')
d.ctx('ORG', '依照[国务院]《医疗事故处理条例》的规定处理')
d.ctx('DOC_TITLE', '依照国务院《[医疗事故处理条例]》的规定处理')
assert d.text.count('国务院') == 3

# ---- medical-dispute people's mediation committees ----
# art. 6: 市和县（市）区医疗纠纷人民调解委员会 -> complete name only
d.ctx('ORG', '第六条 市和[县（市）区医疗纠纷人民调解委员会]，负责')
# the short form at every occurrence as a body (class name, like 人民调解委员会 in Ningbo 2015),
# except where it names people (…委员会委员)
MED = '医疗纠纷人民调解委员会'
d.every('ORG', MED, 23, exclude=[
    '第六条 市和县（市）区[医疗纠纷人民调解委员会]，负责',   # inside the longer name above
    '人民调解员由[医疗纠纷人民调解委员会]委员和',               # committee members: people
])
assert d.text.count(MED) == 25
# art. 33: 人民调解委员会专用接待场所 refers back to the same committee (body inside a longer phrase)
d.ctx('ORG', '医疗纠纷人民调解应当在[人民调解委员会]专用接待场所进行')
# not labelled: 人民调解委员会组成人员 (art. 29, people)
assert d.text.count('人民调解委员会组成人员') == 1
assert d.text.count('人民调解委员会') == 27

# ---- STAFFING: size of the committee and mediators assigned to a case ----
d.ctx('STAFFING', '由委员[三至九人]组成', norm={"min": 3, "max": 9, "unit": "人", "approx": False})
d.ctx('STAFFING', '设主任[一人]，必要时', norm={"min": 1, "max": 1, "unit": "人", "approx": False})
d.ctx('STAFFING', '可以由当事人选择[一名或者数名]人民调解员',
      norm={"min": 1, "max": None, "unit": "名", "approx": False})
d.ctx('STAFFING', '也可以指定[一名或者数名]人民调解员',
      norm={"min": 1, "max": None, "unit": "名", "approx": False})
# not STAFFING: 双方各自确定不超过五名代表参加 (party representatives), 副主任若干人 (vague)

# ---- DEADLINE: relative limits (v1.2) ----
REL = {"date": None, "precision": "period", "relation": "during", "recurring": False}
d.ctx('DEADLINE', '自收齐有关材料之日起[五个工作日内]，告知', norm=REL)
d.ctx('DEADLINE', '自收到医疗纠纷调解申请之日起[三个工作日内]，对符合', norm=REL)
d.ctx('DEADLINE', '自受理调解申请之日起[三十个工作日内]调解终结', norm=REL)

# ---- DOC_TITLE: the repealed interim measures ----
d.ctx('DOC_TITLE', '市人民政府发布的《[宁波市医疗纠纷预防与处置暂行办法]》同时废止')
assert d.text.count('《') == 5

for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'STAFFING':
        assert set(e['normalized']) == {'min', 'max', 'unit', 'approx'}
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 3, 'DOC_NO': 0, 'DOC_TITLE': 5, 'ITEM_COUNT': 0, 'ORG': 34,
                  'PRINCIPLE': 3, 'STAFFING': 4}, counts
write_gold(OUT, [d])
