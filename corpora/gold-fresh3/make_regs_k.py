"""Build regs-k.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 洛阳市城市房地产市场管理条例 (2004, revised 2010), Luoyang city real-estate market regulation.
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or model is used.
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh3/regs-k.jsonl'

d = Doc("fresh3-reg-henan-luoyang-realestate-2004",
        "corpus/regulations/henan/洛阳市城市房地产市场管理条例.txt",
        # date: the header's last line (2010-09-29, provincial approval of the revision) is later
        # than the brief's 2004-09-25, so it is used (as regs-b did for the Luoyang road regulation)
        {"region": "河南省洛阳市", "date": "2010-09-29"})
assert d.text == d.raw.decode('utf-8')

# ---- header: adoption / approval / revision lines (the body is ORG, the meeting is not) ----
d.ctx('ORG', '2004年9月4日 [洛阳市第十二届人民代表大会常务委员会]第五次会议通过')
d.ctx('ORG', '2004年9月25日 [河南省第十届人民代表大会常务委员会]第十一次会议批准')
d.ctx('ORG', '2010年8月25日 [洛阳市第十三届人民代表大会常务委员会]第十二次会议通过')
d.ctx('ORG', '2010年9月29日 [河南省第十一届人民代表大会常务委员会]第十七次会议批准')
# the amending decision: one title; the standing committee inside it is not labelled
d.ctx('DOC_TITLE', '批准的《[洛阳市人民代表大会常务委员会关于修改部分地方性法规的决定]》修正\n')

# ---- art. 1: the law and its short form (以下简称 of a document: DOC_TITLE, not ORG) ----
d.ctx('DOC_TITLE', '根据《[中华人民共和国城市房地产管理法]》（以下简称')
d.ctx('DOC_TITLE', '（以下简称《[城市房地产管理法]》）和有关法律')
# arts. 7 (twice), 8, 37: the short form again
d.ctx('DOC_TITLE', '应当符合《[城市房地产管理法]》第三十九条的规定')
d.ctx('DOC_TITLE', '（一）《[城市房地产管理法]》第三十八条规定的情形')
d.ctx('DOC_TITLE', '应当符合《[城市房地产管理法]》第四十五条的规定')
d.ctx('DOC_TITLE', '（一）符合《[城市房地产管理法]》第五十八条的规定')
assert d.text.count('《城市房地产管理法》') == 5

# ---- art. 3: shared ending 市、县（市）人民政府 -> only the complete name ----
d.ctx('ORG', '第三条 市、[县（市）人民政府]应当加强')
assert d.text.count('人民政府') == 1

# ---- relative time limits (v1.2): period, during, date null ----
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
d.ctx('DEADLINE', '自收到商品房预售申请之日起[十个工作日内]，做出同意预售', norm=WITHIN)       # art. 9
d.ctx('DEADLINE', '自商品房预售合同签订之日起[三十日内]，到房产管理部门', norm=WITHIN)       # art. 10
d.ctx('DEADLINE', '在买受人提出退房之日起[三十日内]将买受人已付房价款退还', norm=WITHIN)     # art. 13
d.ctx('DEADLINE', '抵押合同自签订之日起[三十日内]，抵押当事人应当', norm=WITHIN)            # art. 17
d.ctx('DEADLINE', '应当在受理登记之日起[七个工作日内]决定是否予以登记', norm=WITHIN)        # art. 17
d.ctx('DEADLINE', '应当在变更或者终止之日起[十五日内]，到原登记部门', norm=WITHIN)          # art. 17
d.ctx('DEADLINE', '自合同签订、变更、终止之日起[三十日内]，持房屋所有权证书', norm=WITHIN)  # art. 27
d.ctx('DEADLINE', '在领取营业执照后[三十日内]，应当到房产管理部门备案', norm=WITHIN)        # art. 39
assert d.text.count('日内') == 8

# ---- art. 48: the repealed regulation's history (bodies before their meetings; two titles) ----
d.ctx('ORG', '1995年9月15日[洛阳市第十届人民代表大会常务委员会]第十二次会议通过')
d.ctx('ORG', '1995年10月31日[河南省第八届人民代表大会常务委员会]第十六次会议批准')
d.ctx('ORG', '2000年6月8日[洛阳市第十一届人民代表大会常务委员会]第十三次会议通过')
d.ctx('ORG', '2000年9月27日[河南省第九届人民代表大会常务委员会]第十八次会议批准')
# one title; the nested 〈…〉 and the committee inside stay inside, no mention of their own
d.ctx('DOC_TITLE', '批准的《[洛阳市人民代表大会常务委员会关于修改〈洛阳市城市房地产市场管理条例〉的决定]》修正的')
d.ctx('DOC_TITLE', '修正的《[洛阳市城市房地产市场管理条例]》同时废止')
assert d.text.count('《') == 9 and d.text.count('委员会') == 10

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 9, 'DOC_TITLE': 9, 'DEADLINE': 8}), c
for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}
write_gold(OUT, [d])
