"""Build regs-ad.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 北京市预算监督条例 (Beijing budget-supervision regulation; adopted 1996-12-05, revised
2002-03-29, amended 2003-04-18 and 2007-03-30).
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or model is used.
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, split_anchor, write_gold

OUT = 'corpora/gold-fresh6/regs-ad.jsonl'

d = Doc("fresh6-reg-beijing-budget-supervision-2007",
        "corpus/regulations/beijing/北京市预算监督条例.txt",
        # date: the last header line (2007-03-30, third amendment) is the brief's date
        {"region": "北京市", "date": "2007-03-30"})
assert d.text == d.raw.decode('utf-8')
t = d.text

# ====================================================================== header
# the standing committee before each session is ORG (term number inside, meeting outside)
d.ctx('ORG', '1996年12月5日 [北京市第十届人民代表大会常务委员会]第三十三次会议通过')
d.ctx('ORG', '2002年3月29日[北京市第十一届人民代表大会常务委员会]第三十三次会议第一次修订')
d.ctx('ORG', '2003年4月18日[北京市第十二届人民代表大会常务委员会]第二次会议通过的')
d.ctx('ORG', '2007年3月30日[北京市第十二届人民代表大会常务委员会]第三十五次会议通过的')
# the amending act cited in both amendment lines
d.ctx('DOC_TITLE', '会议通过的《[北京市预算监督条例修正案]》第', n=2)
# art. 1: the national budget law (its abbreviation 预算法 has no 《》: no DOC_TITLE)
d.ctx('DOC_TITLE', '根据《[中华人民共和国预算法]》（以下简称预算法）')
assert t.count('《') == 3
# title line 北京市预算监督条例: no body head word, no ORG

# ====================================================================== ORG
# --- full names introduced with 以下简称, and their abbreviations at every occurrence (v1.2)
d.ctx('ORG', '改变或者撤销[市人民代表大会常务委员会]（以下简称市人大常委会）')
d.ctx('ORG', '第五条 [市人民代表大会财政经济委员会]（以下简称财经委员会）')

# 市人大常委会 ×25 in the text: every one is ORG except the one that only modifies people
# (art. 6 市人大常委会组成人员 = its members, v1.1 *Bodies named only to refer to people*).
# Includes the abbreviation inside its own parenthesis (art. 3) and 市人大常委会主任会议 (art. 14,
# the committee is labelled, 主任会议 is a meeting).
d.every('ORG', '市人大常委会', 24, exclude=['代表或者[市人大常委会]组成人员'])
assert t.count('市人大常委会') == 25

# 财经委员会 ×23: every one is ORG (incl. the abbreviation in its parenthesis; 财政经济委员会
# does not contain the string)
d.every('ORG', '财经委员会', 23)

# 市人民政府 ×25: every one is ORG, incl. the body inside a longer non-ORG phrase
# (市人民政府发展计划、税务、统计等相关部门 art. 11; 市人民政府审计部门 art. 20;
#  在市人民政府规定的时间内 art. 9)
d.every('ORG', '市人民政府', 25)
assert t.count('人民政府') == 28   # + 各区、县人民政府 ×2 and 本市各级人民政府 ×1 (quantified: not ORG)

# 市人民代表大会 ×17: 13 stand-alone ORG mentions (incl. the body inside a session: art. 10
# 在市人民代表大会会议举行的…); 2 are inside the longer names above; 2 only name people
# (art. 6 市人民代表大会代表; art. 10 市人民代表大会及其常委会有关机构负责人列席…).
NPC_OUT = ['[市人民代表大会]常务委员会（以下简称',
           '[市人民代表大会]财政经济委员会',
           '第六条 [市人民代表大会]代表或者',
           '[市人民代表大会]及其常委会有关机构负责人列席']
d.every('ORG', '市人民代表大会', 13, exclude=NPC_OUT)
assert t.count('市人民代表大会') == 17

# bare 常委会 (definite short form of 市人大常委会 after 市人民代表大会及其, v1.2)
d.ctx('ORG', '在市人民代表大会及其[常委会]的领导下')                    # art. 5
d.ctx('ORG', '财经委员会或者市人民代表大会及其[常委会]有关机构根据')    # art. 19 (body in a longer phrase)
d.ctx('ORG', '举行会议10日前，向[常委会]提交市级决算草案')              # art. 26
assert t.count('常委会') == 29   # 25 in 市人大常委会 + these 3 + art. 10 (…有关机构负责人: people)

# national bodies
d.ctx('ORG', '（一）[国务院]、财政部关于编制预算的要求')                 # art. 12
d.ctx('ORG', '（一）国务院、[财政部]关于编制预算的要求')
d.ctx('ORG', '依照预算法和[国务院]有关规定')                             # art. 34
assert t.count('国务院') == 2
# not ORG: 市财政部门 / 市审计部门 / 审计部门 / 税务部门 / 有关部门 (head 部门); 市级各预算单位,
# 市级预算单位 (单位); 有关国家机关 (机关); 下一级人民代表大会及其常务委员会 (下一级, v1.2);
# 各区、县人民政府, 本市各级人民政府, 本市各区、县人民代表大会及其常务委员会 (各/各级);
# 主任会议 ×8 (a meeting, regs-i), 听证会, 初步审查会议 (meetings); 中央 (no body head).

# ====================================================================== PRINCIPLE
d.ctx('PRINCIPLE', '以及贯彻[量入为出、收支平衡、结构合理]原则的情况')     # art. 13(二)
assert t.count('原则') == 1

# ====================================================================== DEADLINE
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
DAY_BEFORE = {"date": None, "precision": "day", "relation": "by", "recurring": False}
MONTH_BEFORE = {"date": None, "precision": "month", "relation": "by", "recurring": False}

d.ctx('DEADLINE', '在市人民代表大会会议举行的[一个半月前]，财经委员会', norm=MONTH_BEFORE)   # art. 10
d.ctx('DEADLINE', '在召开初步审查会议[7日前]，向财经委员会提供', norm=DAY_BEFORE)             # art. 12
d.ctx('DEADLINE', '初步审查会议后[15日内]，市财政部门应当', norm=WITHIN)                      # art. 14
d.ctx('DEADLINE', '应当自批准之日起[30日内]批复市级预算单位', norm=WITHIN)                    # art. 16
d.ctx('DEADLINE', '批复本单位预算之日起[15日内]，批复所属各单位预算', norm=WITHIN)            # art. 16
d.ctx('DEADLINE', '市人民政府应当在[每年第三季度]向市人大常委会报告', norm={                  # art. 18
    "date": "2007-09-30", "precision": "quarter", "relation": "by", "recurring": True})
d.ctx('DEADLINE', '审查批准市级预算调整方案的[一个月前]，市财政部门', norm=MONTH_BEFORE)     # art. 25
d.ctx('DEADLINE', '及时编制市级决算草案，于[7月底前]提请', norm={                              # art. 26
    "date": "2007-07-31", "precision": "month", "relation": "by", "recurring": True})
d.ctx('DEADLINE', '在市人大常委会举行会议[10日前]，向常委会提交', norm=DAY_BEFORE)            # art. 26
d.ctx('DEADLINE', '审查和批准市级决算[20日前]，将决算草案', norm=DAY_BEFORE)                  # art. 29
d.ctx('DEADLINE', '市人民政府应当在[当年年底前]将审计出的问题', norm={                        # art. 32
    "date": "2007-12-31", "precision": "year", "relation": "by", "recurring": True})
d.ctx('DEADLINE', '市财政部门应当自市级决算批准之日起[20日内]', norm=WITHIN)                  # art. 33
d.ctx('DEADLINE', '市人民政府应当自市级决算批准之日起[30日内]', norm=WITHIN)                  # art. 33
assert t.count('日内') == 5 and t.count('日前') == 3 and t.count('月前') == 2
# not DEADLINE: 在市人民政府规定的时间内 / 在决议规定的期限内 (vague); 在市人民代表大会批准预算前,
# 新预算年度开始后, 预算年度终了后 (no number); 每季度终了后, 按月 (frequencies); 及时;
# the header dates; 本条例自2002年7月1日起施行 (effective date).

# ====================================================================== checks
for e in d.ents:
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {"date", "precision", "relation", "recurring"}
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
assert [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE'] == [['量入为出', '收支平衡', '结构合理']]

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 97, 'DEADLINE': 13, 'DOC_TITLE': 3, 'PRINCIPLE': 1}), c
write_gold(OUT, [d])
