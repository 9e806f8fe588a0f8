"""Build regs-m.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 北京市实施《中华人民共和国农民专业合作社法》办法 (2009), Beijing implementing measures of the
Farmers' Specialised Cooperatives Law.
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or model is used.
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, split_anchor, write_gold

OUT = 'corpora/gold-fresh3/regs-m.jsonl'

d = Doc("fresh3-reg-beijing-coops-2009",
        "corpus/regulations/beijing/北京市实施《农民专业合作社法》办法.txt",
        # the header has a single adoption line (2009-11-20), the brief's date: no later date
        {"region": "北京市", "date": "2009-11-20"})
assert d.text == d.raw.decode('utf-8')

# ---- title line and art. 1: the law in 《》 (the title line itself holds no body) ----
d.ctx('DOC_TITLE', '北京市实施《[中华人民共和国农民专业合作社法]》办法\n')
d.ctx('DOC_TITLE', '第一条 为了实施《[中华人民共和国农民专业合作社法]》，结合本市')
assert d.text.count('《') == 2

# ---- header: the adoption line (the body is ORG, the meeting is not) ----
d.ctx('ORG', '2009年11月20日 [北京市第十三届人民代表大会常务委员会]第十四次会议通过')

# ---- shared ending 市和区、县人民政府 -> only the complete name (regs-a precedent) ----
d.every('ORG', '县人民政府', 5)
for p in ['第六条 市和区、[县人民政府]应当将促进',
          '第七条 市和区、[县人民政府]对在促进',
          '第二十六条 市和区、[县人民政府]应当建立',
          '第三十三条 市和区、[县人民政府]应当推进',
          '第三十四条 市和区、[县人民政府]应当安排资金']:
    assert d.text.count(''.join(split_anchor(p))) == 1, p   # each of the 5 checked in context
# art. 6: 乡、镇人民政府和街道办事处 -> shared ending gives 镇人民政府; bare 街道办事处 is ORG
d.ctx('ORG', '乡、[镇人民政府]和街道办事处应当支持')
d.ctx('ORG', '乡、镇人民政府和[街道办事处]应当支持')
# 本市各级人民政府 (arts. 34, 44) is a level word: vague, not ORG
assert d.text.count('人民政府') == 8 and d.text.count('本市各级人民政府') == 2

# ---- village / residents' committees (村委会 is a Yes example) ----
d.ctx('ORG', '\n\n[村民委员会]、村集体经济组织对农民专业合作社')
d.ctx('ORG', '承包经营权证或者[村民委员会]、居民委员会出具的身份证明')
d.ctx('ORG', '承包经营权证或者村民委员会、[居民委员会]出具的身份证明')
assert d.text.count('委员会') == 4

# ---- art. 8: the State Council as the issuer of rules ----
d.ctx('ORG', '法律、行政法规或者[国务院]规定在登记前须经批准')

# ---- art. 29: the science and technology association (a mass organisation, like 科协);
#      供销社 (a cooperative: economic entity) and 农产品行业协会 (a class of associations) are not ORG
d.ctx('ORG', '供销社、农产品行业协会、[科学技术协会]等有关单位或者组织')

# ---- art. 4: the list after 遵循下列原则：gives one PRINCIPLE per item (gold-unseen Shanghai precedent) ----
d.ctx('PRINCIPLE', '（一）[成员以农民为主体]；')
d.ctx('PRINCIPLE', '（二）[以服务成员为宗旨，谋求全体成员的共同利益]；')
d.ctx('PRINCIPLE', '（三）[入社自愿，退社自由]；')
d.ctx('PRINCIPLE', '（四）[成员地位平等，实行民主管理]；')
d.ctx('PRINCIPLE', '（五）[盈余主要按照成员与农民专业合作社的交易量（额）比例返还]。')
assert d.text.count('原则') == 1

# ---- art. 16: sizes of the board and supervisory board, set by the rule (STAFFING);
#      the member thresholds (在150人以下的, 151人至500人的, 超过500人的) are conditions, not counts
def at_least(n):
    return {"min": n, "max": None, "unit": "人", "approx": False}
d.ctx('STAFFING', '成员在150人以下的，理事会成员一般[不少于3人]，至少设执行监事1人', norm=at_least(3))
# 至少 is separated from the number by 设: it stays out of the span, the value keeps min 1
d.ctx('STAFFING', '理事会成员一般不少于3人，至少设执行监事[1人]；', norm=at_least(1))
d.ctx('STAFFING', '成员151人至500人的，理事会成员一般[不少于5人]，', norm=at_least(5))
d.ctx('STAFFING', '理事会成员一般不少于5人，监事会成员一般[不少于3人]；', norm=at_least(3))
d.ctx('STAFFING', '成员超过500人的，理事会成员一般[不少于7人]，', norm=at_least(7))
d.ctx('STAFFING', '理事会成员一般不少于7人，监事会成员一般[不少于5人]。', norm=at_least(5))
assert d.text.count('不少于') == 7   # 5 above; the other two are percentages (art. 15)

# ---- arts. 20, 21: the end of the accounting year as a recurring due point of a duty
#      (regs-a 每年年底 precedent; the document's year is 2009) ----
YEAR_END = {"date": "2009-12-31", "precision": "year", "relation": "by", "recurring": True}
d.ctx('DEADLINE', '农民专业合作社应当在[会计年度终了时]，将该成员账户内', norm=YEAR_END)
d.ctx('DEADLINE', '农民专业合作社应当在[会计年度终了时]向成员公布经营和财务状况', norm=YEAR_END)
assert d.text.count('终了') == 2

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 13, 'PRINCIPLE': 5, 'STAFFING': 6, 'DEADLINE': 2, 'DOC_TITLE': 2}), c
for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
write_gold(OUT, [d])
