"""Build regs_cg.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 重庆市各级人民代表大会常务委员会人事任免工作条例 (Chongqing regulation on appointments and
removals by the standing committees of the people's congresses at every level; adopted 1997-10-17,
revised 2004-05-30, amended 2007-07-27, 2016-03-31 and 2022-06-10; in force 2004-07-01).
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or model is used.
"""
import re
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh10/regs_cg.jsonl'

d = Doc("fresh10-reg-chongqing-appointments-2022",
        "corpus/regulations/chongqing/重庆市各级人民代表大会常务委员会人事任免工作条例(2022-06-10).txt",
        # date: the file name's date, which is also the last amendment line of the header (2022-06-10)
        {"region": "重庆市", "date": "2022-06-10"})
assert d.text == d.raw.decode('utf-8')
t = d.text

ORG = 'ORG'

# ====================================================================== header
# title line: 重庆市各级人民代表大会常务委员会 is quantified by 各级 (v1.1 *Level words*): no ORG.
# The body before each session is ORG, term number inside, session outside (regs-a, regs-b).
d.ctx(ORG, '1997年10月17日 [重庆市第一届人民代表大会常务委员会]第四次会议通过')
d.ctx(ORG, '2004年5月30日 [重庆市第二届人民代表大会常务委员会]第九次会议修订')
d.ctx(ORG, '2007年7月27日 [重庆市第二届人民代表大会常务委员会]第三十二次会议')
# 2016 line: the text names the congress itself (重庆市第四届人民代表大会第二十四次会议), as written
d.ctx(ORG, '2016年3月31日 [重庆市第四届人民代表大会]第二十四次会议')
d.ctx(ORG, '2022年6月10日 [重庆市第五届人民代表大会常务委员会]第三十四次会议')
# the amending decision cited in the three amendment lines; the nested 〈〉 title stays inside
d.ctx('DOC_TITLE', '次会议《[关于修改〈重庆市各级人民代表大会常务委员会人事任免工作条例〉的决定]》第', n=3)
# art. 37: the repealed 1997 regulation and the committee that adopted it (past event, ORG still)
d.ctx(ORG, '1997年10月17日[重庆市第一届人民代表大会常务委员会]第四次会议通过的《')
d.ctx('DOC_TITLE', '通过的《[重庆市人民代表大会常务委员会任免工作条例]》同时废止')
# dates of the header and art. 37 (past events) and 本条例自2004年7月1日起施行 (effective date):
# not DEADLINE (guidelines; v1.1 *Effective dates*).

# ====================================================================== DOC_TITLE, art. 1 and art. 24
d.ctx('DOC_TITLE', '根据《[中华人民共和国宪法]》、《中华人民共和国地方')
d.ctx('DOC_TITLE', '》、《[中华人民共和国地方各级人民代表大会和地方各级人民政府组织法]》、《')
d.ctx('DOC_TITLE', '》、《[中华人民共和国各级人民代表大会常务委员会监督法]》等有关法律')
d.ctx('DOC_TITLE', '依照《[重庆市宪法宣誓实施办法]》的规定进行宣誓')
assert t.count('《') == 8 and t.count('〈') == 3

# ====================================================================== ORG: 人大常委会
# Art. 1 defines 本市各级人民代表大会常务委员会（以下简称人大常委会）. The full name is quantified by
# 各级 (v1.1 *Level words*: vague), and the abbreviation is ORG only when the body it stands for is
# (project decision *以下简称 for a body under a generic head*; regs-ad/regs-j: "ORG only when the
# full phrase is"). So bare 人大常委会 (and bare 常委会, art. 32) is the class of standing committees
# of every level, like gold-unseen mixed-c's Guangdong appointment measures, where ~40 bare
# 人民代表大会常务委员会 are generic. Not ORG. README call 1.
# Labelled: the forms with a definite level: 本级 (v1.1), 市, 区县（自治县） (one name with
# alternative levels, v1.1 *Shared endings*; mixed-c 区县（自治县）人民政府), 该级 (mixed-c Guangdong),
# and the second member after 上一级 (v1.2; mixed-c Guangdong 上一级人民检察院和`人民代表大会常务委员会`).

# 本级人大常委会 ×17: 14 ORG, 3 name people (主任, 组成人员 ×2)
d.ctx(ORG, '（一）在人民代表大会闭会期间，根据[本级人大常委会]主任会议的提名，任免人民代表大会专门委员会')  # art. 6(一)
d.ctx(ORG, '（二）根据[本级人大常委会]主任会议的提名，任免人大常委会副秘书长')          # art. 6(二)
d.ctx(ORG, '（三）根据[本级人大常委会]主任会议的提名，任免人大常委会代表资格审查委员会')  # art. 6(三)
d.ctx(ORG, '（四）根据[本级人大常委会]主任会议的提名，通过特定问题调查委员会')          # art. 6(四)
d.ctx(ORG, '（六）其他应当由[本级人大常委会]任免的人员')                               # art. 6(六), relative clause
d.ctx(ORG, '经[本级人大常委会]决定任免的行政机关的人员')                               # art. 7
d.ctx(ORG, '必须通过由[本级人大常委会]人事任免工作机构组织的')                         # art. 16, body in a 机构 phrase
d.ctx(ORG, '凡提请[本级人大常委会]审议的任免案')                                       # art. 17
d.ctx(ORG, '第二十一条 提请[本级人大常委会]决定任命')                                  # art. 21
d.ctx(ORG, '分别由[本级人大常委会]主任会议、人民政府')                                 # art. 30
d.ctx(ORG, '初步审查，向[本级人大常委会]主任会议提出初步审查报告', n=2)                 # art. 32 ×2
d.ctx(ORG, '有关部门应当将调查处理情况报告[本级人大常委会]。')                         # art. 35
d.ctx(ORG, '处理机关应当报[本级人大常委会]备案')                                       # art. 36
BENJI_PEOPLE = ['在[本级人大常委会]主任因为健康情况',                                  # art. 11 (chairperson)
                '应当征求[本级人大常委会]组成人员和有关部门的意见',                    # art. 18 (members)
                '提出或者[本级人大常委会]五分之一以上的组成人员']                      # art. 30 (members)
for p in BENJI_PEOPLE:
    assert t.count(p.replace('[', '').replace(']', '')) == 1, p
assert t.count('本级人大常委会') == 17

# 市人大常委会 ×3, all ORG (art. 9)
d.every(ORG, '市人大常委会', 3)
# 区县（自治县）人大常委会 ×3, all ORG (arts. 6(五), 10, 10(三))
d.every(ORG, '区县（自治县）人大常委会', 3)
# 该级人大常委会 (art. 27): the committee of the upper level just named
d.ctx(ORG, '检察长提请[该级人大常委会]批准')
# art. 12: 代理检察长分别报上一级人民检察院和人大常委会备案: 上一级 is shared by both members
d.ctx(ORG, '分别报[上一级人民检察院]和人大常委会备案')
d.ctx(ORG, '分别报上一级人民检察院和[人大常委会]备案')

# every 人大常委会 is now accounted for (102 in the text, 22 inside ORG labels):
#   prefixed 27: 本级 17 (14 ORG, 3 people: BENJI_PEOPLE), 市 3, 区县（自治县） 3, 该级 1 (all ORG),
#     本市各级 3 (arts. 2, 3, 5: quantified, not ORG);
#   bare 75: the 以下简称 abbreviation in art. 1 and 73 other bare uses are not ORG (README call 1);
#     the one after 上一级人民检察院和 (art. 12) is ORG.
# 常委会 adds 3 bare 常委会会议 (art. 32), not ORG for the same reason.
hits = [m.start() for m in re.finditer('人大常委会', t)]
org_spans = [(e['start'], e['end']) for e in d.ents if e['label'] == ORG]
inside = {h for h in hits if any(s <= h and h + 5 <= e for s, e in org_spans)}
prefixed = [h for h in hits if t[h - 1] in '级市）']
bare = [h for h in hits if t[h - 1] not in '级市）']
assert len(hits) == 102 and len(inside) == 22 and len(prefixed) == 27 and len(bare) == 75
assert len([h for h in bare if h in inside]) == 1 and len([h for h in prefixed if h in inside]) == 21
assert t.count('各级人大常委会') == 3 and t.count('常委会') == 105
assert t.count('常委会会议') - t.count('人大常委会会议') == 3

# ====================================================================== ORG: other bodies
# 本级人民代表大会: definite (regs-a, regs-b); ×4, one names people (art. 6(五) …专门委员会办公室主任)
d.ctx(ORG, '第十二条 在[本级人民代表大会]闭会期间')                 # art. 12
d.ctx(ORG, '人大常委会决定接受辞职后，报[本级人民代表大会]备案')   # art. 27
d.ctx(ORG, '\n\n在[本级人民代表大会]闭会期间，人大常委会可以决定撤销')  # art. 29
assert t.count('本级人民代表大会') == 4 and '任免[本级人民代表大会]专门委员会办公室主任'.replace('[', '').replace(']', '') in t
# bare 人民代表大会 (闭会期间 ×3, 换届后 ×2, 选出新的主任, 执行人民代表大会和人大常委会作出的决议,
# 人民代表大会专门委员会 + people): generic (v1.2 *Definite short forms*, bare 人民代表大会).

# art. 7: 由本级人民政府报上一级人民政府备案 (subject and addressee); 上一级 + body is one body (v1.2)
d.ctx(ORG, '由[本级人民政府]报上一级人民政府备案')
d.ctx(ORG, '由本级人民政府报[上一级人民政府]备案')
# art. 30 and art. 32: 本级 shared by the list; the later members are bare names after a shared
# prefix (v1.2: 镇的人民代表大会和`人民政府`; guidelines: a shared prefix stays with the first only)
d.ctx(ORG, '本级人大常委会主任会议、[人民政府]、监察委员会、人民法院、人民检察院提出或者')
d.ctx(ORG, '本级人大常委会主任会议、人民政府、[监察委员会]、人民法院、人民检察院提出或者')
d.ctx(ORG, '本级人大常委会主任会议、人民政府、监察委员会、[人民法院]、人民检察院提出或者')
d.ctx(ORG, '本级人大常委会主任会议、人民政府、监察委员会、人民法院、[人民检察院]提出或者')
d.ctx(ORG, '由[本级人民政府]、监察委员会、人民法院、人民检察院提出的撤销职务案')
d.ctx(ORG, '由本级人民政府、[监察委员会]、人民法院、人民检察院提出的撤销职务案')
d.ctx(ORG, '由本级人民政府、监察委员会、[人民法院]、人民检察院提出的撤销职务案')
d.ctx(ORG, '由本级人民政府、监察委员会、人民法院、[人民检察院]提出的撤销职务案')
# art. 32: the investigation committee (v1.2 lists 调查委员会 as a definite short form; it refers
# back to art. 6(四) 特定问题调查委员会; mixed-c labels `调查委员会` likewise)
d.ctx(ORG, '组织[调查委员会]进行调查')
d.ctx(ORG, '根据[调查委员会]的调查报告')
assert t.count('调查委员会') == 3          # + art. 6(四) 特定问题调查委员会的主任委员… (people)

# Not ORG (bodies that name people: v1.1 *Bodies named only to refer to people*; project decision
# *Coordinations that end in a person or post word*):
#   art. 6: 人民代表大会专门委员会的个别副主任委员; 人大常委会副秘书长, 办公厅（室）、研究室、信访办公室
#     主任; 工作委员会主任; 代表资格审查委员会主任委员; 特定问题调查委员会的主任委员; 本级人民代表大会
#     专门委员会办公室主任; 人大常委会街道工作委员会主任;
#   art. 7: 市人民政府秘书长、局长、主任; 区县（自治县）人民政府局长、主任;  art. 8: 本级监察委员会主任,
#     监察委员会副主任;  art. 9: every court and procuratorate (…院长, 副院长…审判员, 检察长…检察员);
#   art. 10: 区县（自治县）人民法院院长, 人民法院副院长, 区县（自治县）人民检察院检察长, 人民检察院副检察长;
#   art. 12: 监察委员会主任、人民法院院长、人民检察院检察长; 从本级人民政府、监察委员会、人民法院、
#     人民检察院副职领导人员中 (a list ending in people);  art. 15: 人民政府秘书长, 中级人民法院院长,
#     人民检察院分院检察长;  art. 27: 人民代表大会专门委员会组成人员、人民政府领导人员、监察委员会主任、
#     人民法院院长、人民检察院检察长; 上一级人民检察院检察长;  art. 28: 人民代表大会专门委员会组成人员;
#   art. 29: 本级人民政府其他组成人员的职务.
# Generic heads: 国家机关, 国家权力机关, 行政机关, 审判机关, 检察机关, 监察机关, 提请机关, 处理机关,
#   有权机关 (v1.1 机关); 人事任免工作机构, 工作机构, 新设机构 (机构); 有关部门 (部门); 其他组织.
# 中国共产党 (art. 3): no body head word (regs-a). 主任会议 (arts. 20, 22, 32): a meeting (regs-ad).
assert t.count('人民政府') == 11 and t.count('监察委员会') == 7
assert t.count('人民法院') == 14 and t.count('人民检察院') == 18
assert t.count('部门') == 5 and t.count('机关') == 37 and t.count('机构') == 9
for w in ['中心', '小组', '所', '站', '队', '单位', '〔', '号']:
    assert w not in t, w

# ====================================================================== PRINCIPLE
d.ctx('PRINCIPLE', '应当坚持[德才兼备]的原则')          # art. 4
assert t.count('原则') == 1
# Not PRINCIPLE: art. 3 坚持中国共产党的领导，坚持以马克思列宁主义、…、“三个代表”重要思想…为指导 (a guiding
# ideology, no 原则/要求/方针/思路); art. 4 充分发扬民主，严格依法办事; art. 22 无记名逐人表决方式 (a method).
assert t.count('“') == 1 and t.count('方针') == 0 and t.count('思路') == 0

# ====================================================================== DEADLINE
DAY_BEFORE = {"date": None, "precision": "day", "relation": "by", "recurring": False}
d.ctx('DEADLINE', '提名人应当在人大常委会举行会议的[七日前]向人大常委会提出', norm=DAY_BEFORE)  # art. 17
assert t.count('日前') == 1
# Not DEADLINE: 闭会期间 ×5 (regs-a), 任职期间 (art. 14), 会议期间难以查清楚问题的 (art. 20, a condition),
# 考试成绩在本届内有效 (art. 16, validity: v1.1), 届内不得再提名 (art. 21, a bar), 至人大常委会会议表决前 /
# 在交付表决前 / 表决通过任职之前 (no number: project decision), 尽快 (vague), 按期 (vague).
for w in ['日内', '月内', '底前', '提前', '每年', '年内']:
    assert w not in t, w

# ====================================================================== STAFFING
# art. 11: 在人大常委会副主任中推选一人代理主任职务: one person placed in an acting post
# (mixed-c: 在副主任中推选`一人`代理主任的职务, Guangdong and Shenzhen)
d.ctx('STAFFING', '在人大常委会副主任中推选[一人]代理主任职务',
      norm={"min": 1, "max": 1, "unit": "人", "approx": False})
# Not STAFFING: 五分之一以上的组成人员 ×2 (art. 30, 32: a threshold, v1.1), 连续两次 (a count of
# nominations), 个别副市长, 部分委员 (no number). No ITEM_COUNT: no count of items; (一)–(六) are ordinals.
NUM = '0-9一二三四五六七八九十两'
counts_in_text = re.findall(rf'(?<![第{NUM}])[{NUM}]+[名人项个类件条所家]', t)
# “三个代表”重要思想 (art. 3): a count inside a fixed name (reports notes: 中央八项规定), not ITEM_COUNT
assert counts_in_text == ['三个', '一人'] and '“三个代表”' in t, counts_in_text
assert t.count('以上') == 2 and t.count('五分之一以上') == 2

# ====================================================================== checks
d.check_value_shapes()
assert [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE'] == [['德才兼备']]
c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 44, 'DOC_TITLE': 8, 'PRINCIPLE': 1, 'DEADLINE': 1, 'STAFFING': 1}), c
write_gold(OUT, [d])
