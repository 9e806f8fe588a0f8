"""Build regs_dc.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 关于议案的若干暂行规定 (Beijing provisional rules on motions (议案) to the municipal people's
congress and its standing committee; adopted 1983-03-16 by the 1st session of the 8th Beijing
municipal people's congress, amended 1987-02-25 and 2010-12-23 by its standing committee).
Eight numbered items (一 … 八), no chapters.
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or
model is used. Decisions: README-regs_dc.md.
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh11/regs_dc.jsonl'

d = Doc("fresh11-reg-beijing-npc-motions-2010",
        "corpus/regulations/beijing/关于议案的若干暂行规定(2010-12-23).txt",
        # date: the file name's date, which is also the latest amendment line of the header
        # (2010年12月23日 …第二次修正). Region: a municipal regulation (regs-a, regs_cc).
        {"region": "北京市", "date": "2010-12-23"})
assert d.text == d.raw.decode('utf-8')
t = d.text
ORG, DL, TITLE = 'ORG', 'DEADLINE', 'DOC_TITLE'
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}

# ====================================================================== header
# Title line 关于议案的若干暂行规定: no body. The congress / standing committee before a session is
# ORG, term number inside, the session outside (regs-a, regs-b; gold-unseen mixed-c Beijing
# standing-committee rules: 北京市第N届人民代表大会常务委员会). The three dates are adoption and
# amendment dates: not DEADLINE.
d.ctx(ORG, '1983年3月16日 [北京市第八届人民代表大会]第一次会议通过')
d.ctx(ORG, '1987年2月25日 [北京市第八届人民代表大会常务委员会]第三十五次会议')
d.ctx(ORG, '2010年12月23日 [北京市第十三届人民代表大会常务委员会]第二十二次会议')
# DOC_TITLE: the amending decisions; the nested <…> title stays inside the outer one (guidelines;
# regs-a/regs-b titles of amending decisions; mixed-c: 关于修改部分地方性法规的决定).
d.ctx(TITLE, '会议《[修改<关于议案的若干暂行规定>的决定]》第一次修正')
d.ctx(TITLE, '会议《[关于修改部分地方性法规的决定]》第二次修正')
assert t.count('《') == 2 and t.count('》') == 2 and t.count('<') == 1

# ====================================================================== 一
# 北京市人民代表大会举行会议的时候: the body inside its session (project decisions, *Bodies inside
# meetings*; mixed-c 常务委员会举行会议的时候 → 常务委员会).
d.ctx(ORG, '一、[北京市人民代表大会]举行会议的时候')
# 议案审查委员会: a body the rule sets up, head 委员会 (gold notes regs-b: 议案审查委员会…人员名单 → ORG;
# batch-c 代表资格审查委员会). 议案审查委员会组成人员的人选 names people: not labelled (v1.1).
d.ctx(ORG, '设立[议案审查委员会]，在市人民代表大会主席团领导下')
d.ctx(ORG, '在[市人民代表大会主席团]领导下进行工作')
d.ctx(ORG, '由[市人民代表大会常务委员会]在市人民代表大会代表中提名')
# 市人民代表大会或大会预备会议通过: the congress approves (ORG); 大会预备会议 is a meeting (regs-a, regs-b).
d.ctx(ORG, '提名，[市人民代表大会]或大会预备会议通过')

# ====================================================================== 二
d.ctx(ORG, '二、[北京市人民代表大会主席团]、北京市人民代表大会常务委员会')
d.ctx(ORG, '二、北京市人民代表大会主席团、[北京市人民代表大会常务委员会]、北京市人民代表大会专门委员会')
# 市人民代表大会专门委员会 as a subject: one ORG (regs-i; mixed-c).
d.ctx(ORG, '常务委员会、[北京市人民代表大会专门委员会]、北京市人民政府，可以')
d.ctx(ORG, '专门委员会、[北京市人民政府]，可以向北京市人民代表大会提出')
d.ctx(ORG, '北京市人民政府，可以向[北京市人民代表大会]提出属于')
# 属于市人民代表大会职权范围内: a body inside a longer non-ORG phrase (v1.1; batch-c 属于本级人民代表大会
# 职权范围内 → ORG; mixed-c 属于常务委员会职权范围内 → ORG).
d.ctx(ORG, '北京市人民政府，可以向北京市人民代表大会提出属于[市人民代表大会]职权范围内')
# 在代表大会举行会议期间: bare 代表大会 is a session without a level, not ORG (regs-a, regs-b), and the
# 会议期间 is a condition on the motion, not a limit. 大会 (交大会审议, 提交大会表决): not ORG.
# 主席团 ×2: definite short form of 北京市人民代表大会主席团 (v1.2; regs-b).
d.ctx(ORG, '由[主席团]决定交大会审议')
d.ctx(ORG, '或者并交[议案审查委员会]审议、提出报告')
d.ctx(ORG, '再由[主席团]审议决定提交大会表决')

# ====================================================================== 三
# 一个代表团: a group of deputies (regs-b, regs-i: 代表团 not ORG) and a threshold of who may submit
# (v1.1 *Thresholds*), not ITEM_COUNT; 市人民代表大会代表10人以上联名: deputies (people) and a threshold,
# no ORG, no STAFFING.
d.ctx(ORG, '联名，可以向[北京市人民代表大会]提出属于')
d.ctx(ORG, '联名，可以向北京市人民代表大会提出属于[市人民代表大会]职权范围内')
d.ctx(ORG, '的议案，由[主席团]决定是否列入大会议程')
d.ctx(ORG, '或者先交[议案审查委员会]审议，提出是否列入')

# ====================================================================== 四
# 北京市人民代表大会常务委员会主任会议: the committee; 主任会议 is a meeting (regs-i, regs-ad, regs_cc).
d.ctx(ORG, '四、[北京市人民代表大会常务委员会]主任会议')
d.ctx(ORG, '主任会议可以向[北京市人民代表大会常务委员会]提出属于')
# bare 常务委员会: definite short form (v1.2), also before 会议 (regs-a, regs-i, mixed-c).
d.ctx(ORG, '主任会议可以向北京市人民代表大会常务委员会提出属于[常务委员会]职权范围内')
d.ctx(ORG, '的议案，由[常务委员会]会议审议。')
d.ctx(ORG, '\n\n[北京市人民政府]、北京市人民代表大会专门委员会，可以')
d.ctx(ORG, '北京市人民政府、[北京市人民代表大会专门委员会]，可以')
d.ctx(ORG, '专门委员会，可以向[北京市人民代表大会常务委员会]提出')
d.ctx(ORG, '专门委员会，可以向北京市人民代表大会常务委员会提出属于[常务委员会]职权范围内')
d.ctx(ORG, '由主任会议决定提请[常务委员会]会议审议。')

# ====================================================================== 五
# 北京市人民代表大会常务委员会组成人员5人以上: the body names people (v1.1), 5人以上 a threshold
# (v1.1; mixed-c 常务委员会组成人员5人以上联名: no label).
d.ctx(ORG, '5人以上，可以向[常务委员会]提出')
d.ctx(ORG, '可以向常务委员会提出属于[常务委员会]职权范围内的议案，由主任会议决定是否')
d.ctx(ORG, '由主任会议决定是否提请[常务委员会]会议审议')

# ====================================================================== 六
d.ctx(ORG, '六、向[北京市人民代表大会]或者市人民代表大会常务委员会提出的议案')
d.ctx(ORG, '六、向北京市人民代表大会或者[市人民代表大会常务委员会]提出的议案')
# 在交付…会议表决前: the bodies inside the sessions are ORG; 表决前 is a limit tied to an event with no
# number: not DEADLINE (project decisions; regs_cg 在交付表决前).
d.ctx(ORG, '在交付[市人民代表大会]或者常务委员会会议表决前')
d.ctx(ORG, '在交付市人民代表大会或者[常务委员会]会议表决前')

# ====================================================================== 七
# 全体代表或者常务委员会全体组成人员的过半数: people and a ratio, no label.
d.ctx(ORG, '七、[北京市人民代表大会]或者市人民代表大会常务委员会审议的议案')
d.ctx(ORG, '七、北京市人民代表大会或者[市人民代表大会常务委员会]审议的议案')

# ====================================================================== 八
# 北京市人民代表大会代表向…: deputies (people), no ORG.
d.ctx(ORG, '代表向[市人民代表大会]或者市人民代表大会常务委员会提出的对各方面')
d.ctx(ORG, '代表向市人民代表大会或者[市人民代表大会常务委员会]提出的对各方面')
# 市人民代表大会常务委员会办事机构: the committee only; 办事机构 has the generic head 机构 (regs-a,
# regs-ay, regs-am).
d.ctx(ORG, '由[市人民代表大会常务委员会]办事机构')
d.ctx(ORG, '分别交由[市人民政府]、市高级人民法院、市人民检察院及其他')
d.ctx(ORG, '分别交由市人民政府、[市高级人民法院]、市人民检察院及其他')
d.ctx(ORG, '分别交由市人民政府、市高级人民法院、[市人民检察院]及其他')
# 其他有关机关、组织 (generic, 有关), 承办单位 (head 单位), 交办机关 (head 机关, v1.1): not ORG.
# DEADLINE: relative limit (v1.2) and its outer cap 至迟不得超过六个月 (project decisions, *A cap on a
# limit*; gold-unseen Beijing suggestions regulation: the same sentence gives `不得超过六个月`).
d.ctx(DL, '交办之日起[三个月内]办理完毕', norm=WITHIN)
d.ctx(DL, '至迟[不得超过六个月]予以答复', norm=WITHIN)
# 在市人民代表大会下一次会议前: the congress inside its session is ORG (regs-i 下一次市人民代表大会会议);
# 下一次会议前 is tied to an event with no number: not DEADLINE (project decisions; batch-c 选举日前).
d.ctx(ORG, '在[市人民代表大会]下一次会议前')
d.ctx(ORG, '下一次会议前，[市人民代表大会常务委员会]听取并审议')
d.ctx(ORG, '听取并审议[市人民政府]、市高级人民法院、市人民检察院和')
d.ctx(ORG, '审议市人民政府、[市高级人民法院]、市人民检察院和')
d.ctx(ORG, '审议市人民政府、市高级人民法院、[市人民检察院]和市人民代表大会')
# …代表联络工作部门: the committee only; 部门 is a generic head (gold-unseen Beijing suggestions
# regulation, the same wording → 市人民代表大会常务委员会).
d.ctx(ORG, '市人民检察院和[市人民代表大会常务委员会]代表联络工作部门')

# ====================================================================== every occurrence accounted for
d.check_all('人民代表大会', 33, 29, [
    '在市[人民代表大会]代表中提名',                    # 一: deputies (people)
    '或者市[人民代表大会]代表10人以上联名',             # 三: deputies
    '五、北京市[人民代表大会]常务委员会组成人员5人以上',  # 五: members (people)
    '八、北京市[人民代表大会]代表向',                   # 八: deputies
])
d.check_all('常务委员会', 23, 21, [
    '五、北京市人民代表大会[常务委员会]组成人员5人以上',  # members (people)
    '全体代表或者[常务委员会]全体组成人员的过半数',       # members (people)
])
d.check_all('主席团', 5, 5)
d.check_all('议案审查委员会', 4, 3, ['[议案审查委员会]组成人员的人选'])
d.check_all('专门委员会', 2, 2)
d.check_all('人民政府', 4, 4)
d.check_all('人民法院', 2, 2)
d.check_all('人民检察院', 2, 2)
assert t.count('委员会') == 23 + 4 + 2                      # no other committee
# bare 代表大会 (1: 在代表大会举行会议期间) and bare 大会 (6: 大会预备会议, 交大会审议, 提交大会表决,
# 大会议程 ×3): sessions without a level, not ORG.
assert t.count('代表大会') == 33 + 1 and '在代表大会举行会议期间' in t
assert t.count('大会') == 34 + 6 and t.count('大会议程') == 3
# meetings and generic heads, read in context
assert t.count('主任会议') == 3                             # a meeting (regs-ad)
assert t.count('机关') == 2 and '有关机关' in t and '交办机关' in t
assert t.count('机构') == 1 and t.count('部门') == 1 and t.count('单位') == 1 and t.count('组织') == 1
assert t.count('代表团') == 1 and t.count('组成人员') == 3

# ====================================================================== nothing else
# DEADLINE: 内 ×6 = 职权范围内 ×5 + 三个月内; 前 ×2 = 表决前, 下一次会议前 (events, no number);
# 期间 ×1 (在代表大会举行会议期间: a condition); the three header dates (adoption/amendment).
assert t.count('内') == 6 and t.count('职权范围内') == 5
assert t.count('前') == 2 and '表决前' in t and '下一次会议前' in t
assert t.count('期间') == 1 and t.count('年') == 3 and t.count('每') == 0
# STAFFING / ITEM_COUNT: 10人以上联名, 5人以上 (thresholds, v1.1), 一个代表团 (threshold, a group of
# deputies), 过半数 (ratio); 名 only in 联名 and 提名; no 项.
assert t.count('以上') == 2 and t.count('名') == 2 and t.count('联名') == 1 and '提名' in t and '项' not in t
assert t.count('个') == 3 and '一个代表团' in t
# PRINCIPLE: no 原则/方针/思路, no quotation marks. DOC_NO: no bracketed year, no 号.
for w in ('原则', '方针', '思路', '“', '〔', '号'):
    assert w not in t, w

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 51, 'DEADLINE': 2, 'DOC_TITLE': 2}), c
d.check_value_shapes()
write_gold(OUT, [d])
