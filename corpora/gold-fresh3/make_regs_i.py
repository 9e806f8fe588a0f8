"""Build regs-i.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 重庆市人民代表大会代表建议批评和意见工作条例 (Chongqing regulation on deputies'
suggestions, criticisms and opinions, adopted 2017-11-30).
Run from /work/main with .venv/bin/python. This script only turns the labels into offsets;
no extractor, pipeline or model is used. Decisions: README-regs-i.md.
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, split_anchor, write_gold

OUT = 'corpora/gold-fresh3/regs-i.jsonl'

d = Doc("fresh3-reg-chongqing-npc-suggestions-2017",
        "corpus/regulations/chongqing/重庆市人民代表大会代表建议批评和意见工作条例(2017-11-30).txt",
        {"region": "重庆市", "date": "2017-11-30"})
assert d.text == d.raw.decode('utf-8')

ORG, DL = 'ORG', 'DEADLINE'
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}

# ---- header (the title line names deputies, 市人民代表大会代表…: no ORG) ----
d.ctx(ORG, '2017年11月30日 [重庆市第四届人民代表大会常务委员会]第四十二次会议通过')

# ---- DOC_TITLE ----
d.ctx('DOC_TITLE', '根据《[中华人民共和国全国人民代表大会和地方各级人民代表大会代表法]》等有关法律规定')

# ---- 市人民代表大会 on its own (sessions: the body inside 会议期间/会议 is labelled) ----
CONGRESS_ALONE = [
    '第二条 在[市人民代表大会]会议期间和闭会期间',
    '代表有权向[市人民代表大会]及其常务委员会提出',
    '第四条 [市人民代表大会]会议期间，市人民代表大会秘书处',
    '具体工作。\n\n[市人民代表大会]闭会期间，市人民代表大会常务委员会人事代表工作委员会',
    '意见。在[市人民代表大会]会议期间提出的，应当在会前做好准备',
    '由代表团团长签字后，在[市人民代表大会]会议期间提出',
    '第十三条 代表在[市人民代表大会]会议期间提出的',
    '交办。\n\n代表在[市人民代表大会]闭会期间提出的',
    '（一）代表对[市人民代表大会]及其常务委员会工作',
    '由[市人民代表大会]有关专门委员会',        # body inside a non-ORG phrase (有关专门委员会)
    '报告印发下一次[市人民代表大会]会议',
    '报告应当包括当年[市人民代表大会]会议期间和闭会期间',
]
for p in CONGRESS_ALONE:
    d.ctx(ORG, p)

# ---- bodies of the congress ----
d.ctx(ORG, '会议期间，[市人民代表大会秘书处]（以下简称大会秘书处）')
d.every(ORG, '大会秘书处', 7, exclude=['市人民代表[大会秘书处]（以下简称'])   # the 以下简称 abbreviation, every occurrence
d.ctx(ORG, '在[市人民代表大会主席团]的领导下')
d.ctx(ORG, '经[市人民代表大会主席团]决定不作为议案处理')
d.ctx(ORG, '闭会期间，[市人民代表大会常务委员会人事代表工作委员会]（以下简称')
d.every(ORG, '市人大常委会人代工委', 17)                                 # abbreviation, every occurrence
d.ctx(ORG, '[市人民代表大会专门委员会]、常务委员会工作机构、代表联系组和专业组')
d.ctx(ORG, '[市人民代表大会专门委员会]可以根据市人民代表大会常务委员会的安排')
d.ctx(ORG, '表彰；[市人民代表大会常务委员会办公厅]、市人民政府办公厅')

# 市人民代表大会常务委员会: 19 occurrences as its own name (incl. before 主任会议 ×5, 公报, 有关工作机构);
# excluded: the longer names …人事代表工作委员会 and …办公厅
d.every(ORG, '市人民代表大会常务委员会', 19,
        exclude=['[市人民代表大会常务委员会]人事代表工作委员会', '[市人民代表大会常务委员会]办公厅'])
assert d.text.count('市人民代表大会常务委员会主任会议') == 5

# bare 常务委员会: definite short form of the 市人民代表大会常务委员会
d.ctx(ORG, '代表有权向市人民代表大会及其[常务委员会]提出')
d.ctx(ORG, '市人民代表大会专门委员会、[常务委员会]工作机构、代表联系组')
d.ctx(ORG, '代表小组活动、列席[常务委员会]会议和原选举单位')
d.ctx(ORG, '（一）代表对市人民代表大会及其[常务委员会]工作')
assert d.text.count('常务委员会') == 26

# ---- government, court, procuratorate ----
d.every(ORG, '市人民政府', 7, exclude=['[市人民政府]办公厅'])   # incl. 市人民政府及其相关部门 / 相关部门
d.every(ORG, '市人民政府办公厅', 4)
d.every(ORG, '区县（自治县）人民政府', 2)
d.every(ORG, '市高级人民法院', 5)
d.every(ORG, '市人民检察院', 5)
assert d.text.count('人民法院') == 6 and d.text.count('各级人民法院') == 1
assert d.text.count('人民检察院') == 6 and d.text.count('各级人民检察院') == 1

# ---- DEADLINE: relative limits (span = the limit only) ----
for p, n in [('受理，并在收到之日起[十个工作日内]通过', 1),
             ('交办之日起[十个工作日内]向大会秘书处', 1),
             ('人代工委自收到之日起[十个工作日内]重新确定承办单位', 1),
             ('意见之日起[二十个工作日内]与代表沟通', 1),
             ('交办之日起[三十个工作日内]将协办意见', 1),
             ('提出要求之日起[五个工作日内]重新提出协办意见', 1),
             ('自收到答复函之日起[二十个工作日内]，', 1),
             ('落实情况之日起[二十个工作日内]，', 1),
             ('交办之日起[三个月内]答复代表', 1),
             ('应当自交办之日起[六个月内]答复代表', 1),
             ('在收到重新办理要求后[两个月内]书面答复代表', 1)]:
    d.ctx(DL, p, n=n, norm=WITHIN)
assert d.text.count('日内') == 8 and d.text.count('月内') == 3
# recurring due points of a duty (regs-a 每年年初 / batch-c 每年第一季度 precedents)
d.ctx(DL, '承办单位应当于[每年第四季度]向代表寄送',
      norm={"date": "2017-12-31", "precision": "quarter", "relation": "by", "recurring": True})
d.ctx(DL, '市人民代表大会常务委员会[每年十一月]审议和表决',
      norm={"date": "2017-11-30", "precision": "month", "relation": "by", "recurring": True})

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 90, 'DEADLINE': 13, 'DOC_TITLE': 1}), c
write_gold(OUT, [d])
