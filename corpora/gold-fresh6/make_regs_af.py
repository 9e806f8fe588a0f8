"""Build regs-af.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 青岛市机动车驾驶员培训管理条例 (Qingdao motor-vehicle driver training regulation,
adopted 2011-12-29, approved 2012-01-13, amended 2018-09-07).
Each anchor is `left[mention]right`; it must occur exactly once unless n is given.
Only offsets are computed here; no extractor, pipeline or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh6/make_regs_af.py
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh6/regs-af.jsonl'

d = Doc("fresh6-reg-shandong-qingdao-driver-training-2018",
        "corpus/regulations/shandong/青岛市机动车驾驶员培训管理条例(2018-11-30).txt",
        {"region": "山东省青岛市", "date": "2018-09-07"})
assert d.text == d.raw.decode('utf-8')
T = d.text

WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
BEFORE = {"date": None, "precision": "day", "relation": "by", "recurring": False}

# ---- header: adoption / approval / promulgation / amendment lines (bodies; meetings left out) ----
d.ctx('ORG', '2011年12月29日 [青岛市第十四届人民代表大会常务委员会]第三十四次会议通过')
d.ctx('ORG', '2012年1月13日 [山东省第十一届人民代表大会常务委员会]第二十八次会议批准')
d.ctx('ORG', '2012年1月13日 [青岛市人民代表大会常务委员会]公告公布')
d.ctx('ORG', '根据2018年9月7日[青岛市第十六届人民代表大会常务委员会]第十一次会议《')
# one title; the nested 〈…〉 stays inside; 等十九件 inside a title is not ITEM_COUNT
d.ctx('DOC_TITLE', '第十一次会议《[关于修改〈青岛市环境噪声管理规定〉等十九件地方性法规的决定]》修正')

# ---- art. 1: the cited law ----
d.ctx('DOC_TITLE', '根据《[中华人民共和国道路交通安全法]》等法律')

# ---- PRINCIPLE: content the text calls 原则 ----
d.ctx('PRINCIPLE', '按照[统筹规划、合理布局]的原则，编制')                      # art. 4
d.ctx('PRINCIPLE', '培训管理应当遵循[依法、公开、公平、公正、便民]的原则。')     # art. 5

# ---- DEADLINE: relative limits (v1.2) ----
d.ctx('DEADLINE', '应当自受理申请之日起[十五日内]作出行政许可决定', norm=WITHIN)       # art. 11
d.ctx('DEADLINE', '准予许可的，应当在[十日内]向被许可人颁发许可证', norm=WITHIN)       # art. 11
d.ctx('DEADLINE', '变更使用性质的，应当在[十五日内]到道路运输管理机构办理相关手续', norm=WITHIN)  # art. 12
d.ctx('DEADLINE', '并在终止经营[三十日前]到原许可机构办理注销手续', norm=BEFORE)        # art. 14
d.ctx('DEADLINE', '应当在有效期届满[三十日前]向原许可机构申请办理延续手续', norm=BEFORE)  # art. 16
d.ctx('DEADLINE', '应当在[七个工作日内]核查处理并反馈投诉举报人', norm=WITHIN)          # art. 39

# ---- STAFFING: enforcement staff sent to an inspection (art. 36) ----
d.ctx('STAFFING', '应当指派[二名以上]执法人员参加',
      norm={"min": 2, "max": None, "unit": "名", "approx": False})

# ---- completeness checks on the candidate families (each hit decided by hand above or in README) ----
assert T.count('人民政府') == 0 and T.count('政府') == 0
assert T.count('常务委员会') == 4
assert T.count('原则') == 2
assert T.count('《') == 2 and T.count('〔') == 0
assert T.count('日内') == 4 and T.count('日前') == 2 and T.count('提前') == 0
assert T.count('名以上') == 1

for e in d.ents:
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {"date", "precision", "relation", "recurring"}
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
pr = [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE']
assert pr == [["统筹规划", "合理布局"], ["依法", "公开", "公平", "公正", "便民"]], pr

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 4, 'DEADLINE': 6, 'PRINCIPLE': 2, 'DOC_TITLE': 2, 'STAFFING': 1}), c
write_gold(OUT, [d])
