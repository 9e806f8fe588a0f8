"""Build regs_cc.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 北京市人民代表大会代表视察办法 (Beijing measures on inspections by deputies to the Beijing
municipal people's congress; revised 2007-10-30 by the standing committee of the 12th Beijing
municipal people's congress; in force from promulgation, art. 17). 17 articles, no chapters.
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or
model is used.
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh10/regs_cc.jsonl'

d = Doc("fresh10-reg-beijing-deputies-inspection",
        "corpus/regulations/beijing/北京市人民代表大会代表视察办法.txt",
        # date: the file name carries no date, so the latest (and only) adoption/revision date the
        # text gives: 2007年10月30日 …修订 (regs-a: "the latest adoption or revision date in the
        # header"; regs-ad Beijing budget: the last header line). Region: a municipal regulation.
        {"region": "北京市", "date": "2007-10-30"})
assert d.text == d.raw.decode('utf-8')
t = d.text
ORG = 'ORG'

# ====================================================================== header
# Title line 北京市人民代表大会代表视察办法: the body only modifies 代表 (deputies = people), so no
# ORG (v1.1 *Bodies named only to refer to people*; regs-i: title line 重庆市人民代表大会代表…: no ORG).
# The standing committee before the session is ORG, term number inside, meeting outside (regs-a,
# regs-b, regs-ad). 2007年10月30日 (revision date): not DEADLINE.
d.ctx(ORG, '2007年10月30日 [北京市第十二届人民代表大会常务委员会]第三十九次会议修订')

# ====================================================================== DOC_TITLE
# art. 1 and art. 15: the national deputies law (the bodies inside a title are not labelled)
d.ctx('DOC_TITLE', '根据《[中华人民共和国全国人民代表大会和地方各级人民代表大会代表法]》和有关法律')
d.ctx('DOC_TITLE', '依照《[中华人民共和国全国人民代表大会和地方各级人民代表大会代表法]》的规定处理')
# arts. 9 and 11: the Beijing regulation on deputies' proposals
d.ctx('DOC_TITLE', '按照《[北京市人民代表大会代表建议、批评和意见办理条例]》的规定', n=2)
assert t.count('《') == 4 and t.count('》') == 4

# ====================================================================== ORG: 市人民代表大会 and its 常务委员会
# art. 1 北京市人民代表大会代表（以下简称代表）: names deputies (people), and the abbreviation 代表 is
# people: no ORG (project decisions: the abbreviation of people is not ORG).
# art. 2: the congress in 闭会期间 is the body (project decisions: bodies inside meetings are ORG;
# regs-i 在市人民代表大会闭会期间 → 市人民代表大会); 闭会期间 itself is not DEADLINE (regs-a).
d.ctx(ORG, '代表在[市人民代表大会]闭会期间对本市')
# 市人民代表大会及其常务委员会 → two ORGs: 常务委员会 is a definite short form (v1.2; regs-a,
# regs-i, gold-unseen: 市人民代表大会及其常务委员会).
d.ctx(ORG, '是[市人民代表大会]及其常务委员会对国家机关')
d.ctx(ORG, '是市人民代表大会及其[常务委员会]对国家机关')
# art. 3: full name with 以下简称, and the abbreviation in its own parenthesis (regs-ad)
d.ctx(ORG, '第三条 [市人民代表大会常务委员会]（以下简称市人大常委会）')
# art. 3: 在市人民代表大会召开之前 — the congress (its session) is the body; 召开之前 is a limit tied
# to an event with no number: not DEADLINE (project decisions; batch-c 选举日前).
d.ctx(ORG, '在[市人民代表大会]召开之前')
d.ctx(ORG, '代表就[市人民代表大会]及其常务委员会决议')
d.ctx(ORG, '代表就市人民代表大会及其[常务委员会]决议')
d.check_all('常务委员会', 4, 4)

# 市人大常委会 ×11, every one a body: the abbreviation itself (art. 3), before 主任会议 (art. 3,
# the meeting is not ORG: regs-ad, regs-i, regs-am), before (有关)工作机构 ×5 (generic head 机构,
# the committee inside is labelled: v1.1 *A body named inside a longer non-ORG phrase*), and as
# subject or object (arts. 4 ×2, 6, 10).
d.every(ORG, '市人大常委会', 11)

# 区、县人大常委会 (shared ending, only the complete name: v1.1 *Shared endings*; regs-a/regs-bb
# 区、县人民政府 / 市和区、县人民政府 → 县人民政府). Art. 5 同所在区、县人大常委会: 所在… works like
# 有关 (v1.1; regs-ar 所在区、县…仲裁委员会 not ORG).
d.ctx(ORG, '委托区、[县人大常委会]组织代表就')                 # art. 3
d.ctx(ORG, '委托区、[县人大常委会]组织代表进行专题视察')       # art. 4
d.ctx(ORG, '经市和区、[县人大常委会]联系安排')                 # art. 6
d.check_all('县人大常委会', 4, 3, ['同所在区、[县人大常委会]研究安排'])
d.check_all('人大常委会', 15, 14, ['同所在区、县[人大常委会]研究安排'])

# 人民代表大会 ×16: 6 inside ORG labels; the other 10 name deputies (people) or lie in a title.
d.check_all('人民代表大会', 16, 6, [
    '北京市[人民代表大会]代表视察办法',                                     # title line: deputies
    '保证北京市[人民代表大会]代表（以下简称代表）',                         # art. 1: deputies
    '根据《中华人民共和国全国[人民代表大会]和地方各级',                      # DOC_TITLE
    '根据《中华人民共和国全国人民代表大会和地方各级[人民代表大会]代表法》和',  # DOC_TITLE
    '依照《中华人民共和国全国[人民代表大会]和地方各级',                      # DOC_TITLE
    '依照《中华人民共和国全国人民代表大会和地方各级[人民代表大会]代表法》的',  # DOC_TITLE
    '按照《北京市[人民代表大会]代表建议、批评和意见办理条例》的规定，书面',   # DOC_TITLE
    '按照《北京市[人民代表大会]代表建议、批评和意见办理条例》的规定认真',     # DOC_TITLE
    '本市各区、县[人民代表大会]代表以及',                                   # art. 16: deputies, 各
    '民族乡、镇[人民代表大会]代表的视察',                                   # art. 16: deputies
])

# Not ORG (read in context):
#   国家机关 ×9 (本市各级国家机关 ×2, 国家机关工作, 有关国家机关 ×6 incl. 下级有关国家机关负责人): v1.1 机关;
#   单位 ×7 (有关单位 ×2, 不同类型单位, 被视察单位, 原选举单位, 所在单位 ×2): generic head;
#   组织 (本市一切组织, 有关国家机关和组织 ×3): generic head;
#   (有关)工作机构 ×5: generic head 机构 (regs-am); 主任会议: a meeting (regs-ad);
#   驻京部队 / 驻京部队有关部门 (art. 4): military collective and 有关部门 (reports: 驻X部队 not ORG);
#   代表小组 (art. 5): a group of deputies (regs-a, regs-i); 驻京部队代表, 代表小组组长: people.
assert '政府' not in t and '党' not in t and '委员会' not in t.replace('常务委员会', '')
assert t.count('机关') == 9 and t.count('单位') == 7 and t.count('机构') == 5
assert t.count('部队') == 2 and t.count('小组') == 2

# ====================================================================== nothing else
# PRINCIPLE: no 原则/思路; 国家的方针、政策 (art. 8) has no content; 注重实效，俭朴节约 and 专款专用
# are requirements neither called 原则 nor quoted.
assert '原则' not in t and '思路' not in t and '“' not in t and t.count('方针') == 1
# DEADLINE: 闭会期间 (a time of the congress's work, regs-a/regs-i), 召开之前 and 视察结束后 (events
# with no number), 及时 ×2 (vague), 自公布之日起施行 (effective date, v1.1), the revision date.
for w in ('日内', '日前', '底', '提前', '年内', '每'):
    assert w not in t, w
assert t.count('前') == 1 and '召开之前' in t and t.count('年') == 1
# STAFFING / ITEM_COUNT: 一项重要基础工作 (art. 2) is a generic "one" describing the work, not a count
# of items set by a measure (shandong-part1/2: the generic 一个/一支 is not counted); 某一问题 likewise.
assert t.count('项') == 1 and '一项重要基础工作' in t
# DOC_NO: no bracketed year, no 号.
assert '〔' not in t and '号' not in t

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 22, 'DOC_TITLE': 4}), c
d.check_value_shapes()
write_gold(OUT, [d])
