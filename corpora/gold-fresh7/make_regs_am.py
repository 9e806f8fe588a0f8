"""Build regs-am.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 山东省人民代表大会常务委员会制定地方性法规听证规定 (Shandong provincial standing committee's
rules on legislative hearings; adopted 2002-09-28, amended 2019-09-27).
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or model is used.
"""
import re
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, split_anchor, write_gold

OUT = 'corpora/gold-fresh7/regs-am.jsonl'

d = Doc("fresh7-reg-shandong-lawmaking-hearings-2019",
        "corpus/regulations/shandong/山东省人民代表大会常务委员会制定地方性法规听证规定(2019-09-27).txt",
        # date: the last header line (2019-09-27, amendment) is the brief's date
        {"region": "山东省", "date": "2019-09-27"})
assert d.text == d.raw.decode('utf-8')
t = d.text

ORG, DL, ST, PR, DT = 'ORG', 'DEADLINE', 'STAFFING', 'PRINCIPLE', 'DOC_TITLE'
BEFORE = {"date": None, "precision": "day", "relation": "by", "recurring": False}
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}

# ====================================================================== header
# title line: no 《》 → no DOC_TITLE; the body inside it is ORG (v1.1 *Title lines*)
d.ctx(ORG, '[山东省人民代表大会常务委员会]制定地方性法规听证规定\n')
# adoption / amendment lines: the committee with region and term, the session outside
d.ctx(ORG, '2002年9月28日 [山东省第九届人民代表大会常务委员会]第三十一次会议通过')
d.ctx(ORG, '2019年9月27日 [山东省第十三届人民代表大会常务委员会]第十四次会议《')
# one title; the nested 〈…〉 title and the committee inside it get no mention of their own
d.ctx(DT, '第十四次会议《[关于修改〈山东省人民代表大会常务委员会制定地方性法规听证规定〉的决定]》修正')

# ====================================================================== art. 1
d.ctx(DT, '根据《[中华人民共和国立法法]》《')
d.ctx(DT, '》《[山东省地方立法条例]》的有关规定')

# ====================================================================== ORG in the articles
# 省人民代表大会 before 各/有关专门委员会: the congress is one body inside a longer non-ORG phrase
# (v1.1; regs-i 市人民代表大会有关专门委员会; mixed-c 省人民代表大会各专门委员会)
for p in ['第二条 [省人民代表大会]各专门委员会和',
          '第三条 举行立法听证会的[省人民代表大会]各专门委员会或者',
          '同一地方性法规案，[省人民代表大会]有关专门委员会、',
          '联合举行立法听证会。\n\n[省人民代表大会]各专门委员会、',
          '第九条 [省人民代表大会]各专门委员会举行立法听证会']:
    d.ctx(ORG, p)

# 省人民代表大会常务委员会: 13 mentions as a body (before 工作机构 / 会议 / 主任会议, and as
# addressee); the two before 组成人员 name members (v1.1 *Bodies named only to refer to people*)
SC = '省人民代表大会常务委员会'
SC_ORG = [
    '各专门委员会和[省人民代表大会常务委员会]工作机构举行立法听证会',      # art. 2
    '对拟提请或者提请[省人民代表大会常务委员会]会议审议的地方性法规案的意见',  # art. 2
    '各专门委员会或者[省人民代表大会常务委员会]工作机构称为听证机构',      # art. 3
    '第五条 拟提请或者提请[省人民代表大会常务委员会]会议审议',            # art. 5
    '第六条 拟提请或者提请[省人民代表大会常务委员会]会议审议',            # art. 6
    '工作方案并提请[省人民代表大会常务委员会]主任会议决定',                # art. 7
    '第八条 拟提请或者提请[省人民代表大会常务委员会]会议审议',            # art. 8
    '有关专门委员会、[省人民代表大会常务委员会]工作机构可以根据实际需要',  # art. 8
    '各专门委员会、[省人民代表大会常务委员会]工作机构一般不得',            # art. 8
    '办事机构负责；[省人民代表大会常务委员会]工作机构举行立法听证会',      # art. 9
    '\n\n[省人民代表大会常务委员会]法制工作机构和其他工作机构',             # art. 9
    '或者由[省人民代表大会常务委员会]主任会议确定',                       # art. 17
    '立法听证情况应当向[省人民代表大会常务委员会]报告',                    # art. 29
]
for p in SC_ORG:
    d.ctx(ORG, p)
SC_PEOPLE = ['听证人。[省人民代表大会常务委员会]组成人员可以',
             '将听证报告印发[省人民代表大会常务委员会]全体组成人员']
for p in SC_PEOPLE:
    assert t.count(''.join(split_anchor(p))) == 1, p
# every occurrence of 省人民代表大会常务委员会 is placed: 13 ORG + 2 people + 4 inside longer names
# (山东省…常务委员会 in the title line, inside the DOC_TITLE; 山东省第九届/第十三届… do not contain it)
assert t.count(SC) == 13 + 2 + 2, t.count(SC)

# art. 32: a class of bodies named by a level (v1.1 设区的市人民政府; batch-c 镇的人民政府 keeps 的)
d.ctx(ORG, '第三十二条 [设区的市的人民代表大会常务委员会]举行立法听证会')

# 山东人大门户网站 (arts. 10, 30): the portal of the provincial congress; the owner body is
# labelled inside the non-ORG phrase (check-b 市政府门户网站 → 市政府; 交通运输部网站 → 交通运输部)
d.ctx(ORG, '并在[山东人大]门户网站上发布')
d.ctx(ORG, '或者通过[山东人大]门户网站作出综合反馈')
assert t.count('人大') == 2

# ====================================================================== DEADLINE
# before-limits tied to the hearing (v1.2: 七日前 → relation by, precision day, date null)
d.ctx(DL, '听证机构应当在举行立法听证会[二十日前]发布公告', norm=BEFORE)     # art. 10
d.ctx(DL, '第十二条 举行立法听证会[十日前]，听证机构应当', norm=BEFORE)      # art. 12
d.ctx(DL, '应当在举行立法听证会[七日前]通知陈述人', norm=BEFORE)             # art. 14
d.ctx(DL, '可以在举行立法听证会[七日前]向听证机构提出旁听申请', norm=BEFORE)  # art. 16
d.ctx(DL, '并在举行立法听证会[三日前]通知其参加', norm=BEFORE)              # art. 16
# within-limits (v1.2: 十五日内 → period, during)
d.ctx(DL, '陈述人可以在立法听证会结束后[五日内]查阅听证记录', norm=WITHIN)    # art. 27
d.ctx(DL, '地方性法规通过后[十五日内]，听证机构应当', norm=WITHIN)          # art. 30
assert len(re.findall(r'[一二三四五六七八九十]+日[前内]', t)) == 7

# ====================================================================== STAFFING
# art. 17: the rule sets one presiding officer for each hearing (batch-c 主任一名 → STAFFING)
d.ctx(ST, '听证机构在听证人中确定[一名]主持人', norm={"min": 1, "max": 1, "unit": "名", "approx": False})

# ====================================================================== PRINCIPLE
# art. 12: an unquoted phrase called 原则, introduced by 按照 (v1.1: 按照属地管理原则 → 属地管理)
d.ctx(PR, '应当按照[代表各种不同意见的陈述人人数大体相当]的原则')
assert t.count('原则') == 1

# ====================================================================== checks
assert t.count('《') == 3 and t.count('号') == 0 and t.count('〔') == 0
c = Counter(e['label'] for e in d.ents)
assert c == Counter({ORG: 24, DL: 7, DT: 3, ST: 1, PR: 1}), c
for e in d.ents:
    if e['label'] == PR:
        assert e['normalized'] == ['代表各种不同意见的陈述人人数大体相当'], e
write_gold(OUT, [d])
