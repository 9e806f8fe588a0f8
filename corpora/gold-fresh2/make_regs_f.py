"""Build regs-f.jsonl from hand-written labels (context anchors), decided by reading the document.
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or model is used."""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, split_anchor, write_gold

OUT = 'corpora/gold-fresh2/regs-f.jsonl'

d = Doc("fresh2-reg-shandong-qingdao-price-2018",
        "corpus/regulations/shandong/青岛市价格条例(2018-11-30).txt",
        {"region": "山东省青岛市", "date": "2018-11-30"})

# ---- header: adoption / approval / promulgation / revision lines ----
d.ctx('ORG', '2013年11月1日 [青岛市第十五届人民代表大会常务委员会]第十四次会议通过')
d.ctx('ORG', '2013年11月29日 [山东省第十二届人民代表大会常务委员会]第五次会议批准')
d.ctx('ORG', '2013年11月29日 [青岛市人民代表大会常务委员会]公告公布')
d.ctx('ORG', '根据2018年9月7日[青岛市第十六届人民代表大会常务委员会]第十一次会议《')
# one title; the nested 〈…〉 stays inside, 等十九件 inside a title is not ITEM_COUNT
d.ctx('DOC_TITLE', '第十一次会议《[关于修改〈青岛市环境噪声管理规定〉等十九件地方性法规的决定]》修正')

# ---- bodies: shared ending 市、区（市）人民政府 -> only the complete name ----
d.every('ORG', '区（市）人民政府', 7)
for p in ['第三条 市、[区（市）人民政府]应当将价格调控工作',
          '第四条 市、[区（市）人民政府]价格主管部门负责',
          '由市、[区（市）人民政府]按照定价目录',
          '第十七条 市、[区（市）人民政府]可以设立价格调节基金',
          '（五）市、[区（市）人民政府]确定的其他事项',
          '第十八条 市、[区（市）人民政府]应当建立',
          '降幅较大时，市、[区（市）人民政府]可以采取']:
    assert d.text.count(''.join(split_anchor(p))) == 1, p   # every one of the 7 checked in context
d.ctx('ORG', '管理的具体办法由[市人民政府]制定')
d.ctx('ORG', '可能显著上涨,[市人民政府]实施限定差价率')
assert d.text.count('市人民政府') == 2

# ---- PRINCIPLE: content the text calls 原则 ----
d.ctx('PRINCIPLE', '遵循[公平、合法和诚实信用]原则，自主制定')
d.ctx('PRINCIPLE', '价格听证应当遵循[公开、公平、公正、效率]的原则')
d.ctx('PRINCIPLE', '中介机构提供有偿服务应当遵循[合法、自愿有偿、委托人付费]的原则')

# ---- STAFFING ----
d.ctx('STAFFING', '（一）执法人员[不得少于两人]；',
      norm={"min": 2, "max": None, "unit": "人", "approx": False})

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 13, 'PRINCIPLE': 3, 'DOC_TITLE': 1, 'STAFFING': 1}), c
write_gold(OUT, [d])
