"""Build regs-ar.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 北京市农业承包合同条例 (Beijing regulation on agricultural contracting contracts; adopted
1998-07-31 by the standing committee of the 11th Beijing municipal people's congress, in force
1998-09-15; it repeals the 1989 北京市农业联产承包合同条例).
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or model is used.
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh8/regs-ar.jsonl'

d = Doc("fresh8-reg-beijing-farm-contracts",
        "corpus/regulations/beijing/北京市农业承包合同条例.txt",
        # date: the header's one line (1998-07-31, adopted); region: a municipal regulation
        {"region": "北京市", "date": "1998-07-31"})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 3776

WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}

# ====================================================================== header
# the standing committee before the session is ORG (term number inside, meeting outside)
d.ctx('ORG', '1998年7月31日 [北京市第十一届人民代表大会常务委员会]第四次会议通过')
# title line 北京市农业承包合同条例: no body head word, no ORG, no DOC_TITLE (no 《》)

# ====================================================================== ORG
# art. 7: 区、县农业承包合同仲裁委员会 -> shared ending, only the complete name (v1.1 *Shared
# endings*: 市、区人民政府 -> 区人民政府; regs-a: 区、县人民政府 -> 县人民政府)
d.ctx('ORG', '第七条 区、[县农业承包合同仲裁委员会]负责本区、县承包合同纠纷的仲裁')
# art. 22: definite short form referring back to the body of art. 7 (v1.2 *Definite short forms*)
d.ctx('ORG', '无效承包合同由[农业承包合同仲裁委员会]或者人民法院确认')
# art. 33: 向所在区、县农业承包合同仲裁委员会申请仲裁 -> not ORG (v1.1: 所在… works like 有关);
# the following 由仲裁委员会制作裁决书 is the definite short form of the committee (v1.2): ORG
d.ctx('ORG', '仲裁作出裁决，由[仲裁委员会]制作裁决书')
# art. 34
d.ctx('ORG', '本条例具体应用中的问题，由[市人民政府]负责解释')
# art. 35: the body inside the adoption line of the repealed regulation
d.ctx('ORG', '1989年10月19日[北京市第九届人民代表大会常务委员会]第十四次会议通过')

d.check_all('委员会', 6, 5, ['向所在区、县农业承包合同仲裁[委员会]申请仲裁'])
d.check_all('人民政府', 1, 1)
assert t.count('政府') == 1
# bare 人民法院 ×4: generic (v1.2 *Definite short forms*: bare 人民法院 with no level or place)
d.check_all('人民法院', 4, 0, ['仲裁委员会或者[人民法院]确认',
                              '30日内向[人民法院]起诉',
                              '另一方可以向[人民法院]申请执行',
                              '当事人可以直接向[人民法院]起诉'])
# 集体经济组织成员大会 / 成员代表大会 ×4 each: meetings of members (v1.1: 党员大会, 村民代表会议;
# regs-a: 业主大会, 居民会议) under 集体经济组织 (head 组织): not ORG
d.check_all('大会', 10, 2, ['由集体经济组织成员[大会]或者成员代表大会决定',
                          '或者成员代表[大会]决定并公布',
                          '执行集体经济组织成员[大会]或者',
                          '或者成员代表[大会]决议，坚持',
                          '违背集体经济组织成员[大会]或者',
                          '或者成员代表[大会]决议越权',
                          '应当经集体经济组织成员[大会]或者',
                          '或者成员代表[大会]通过'])
# 农村合作经济经营管理部门 ×5 (incl. 市和区、县以及乡、镇…, 所在乡、镇…): head 部门, generic
d.check_all('部门', 5, 0, ['乡、镇农村合作经济经营管理[部门]负责本行政区域',
                          '设在区、县农村合作经济经营管理[部门]。',
                          '可以向农村合作经济经营管理[部门]申请鉴证',
                          '报乡、镇农村合作经济经营管理[部门]备案',
                          '向所在乡、镇农村合作经济经营管理[部门]申请调解'])
# 日常办事机构 (head 机构), 公证机关 (head 机关), 农村集体经济组织 / 生产经营组织 / 任何组织 (head 组织):
# not ORG
d.check_all('机构', 1, 0, ['日常办事[机构]设在'])
d.check_all('机关', 1, 0, ['向公证[机关]申请公证'])
# 组织 ×15 (集体经济组织 ×13, 任何组织, 生产经营组织): none inside an ORG
assert t.count('组织') == 15
assert not any('组织' in e['text'] for e in d.ents)
# 以下简称承包合同 (art. 2) abbreviates a contract, not a body; no 局/厅/中心/站/队/单位 in the text
assert t.count('局') == t.count('厅') == t.count('中心') == t.count('站') == t.count('队') == 0
assert t.count('单位') == 0

# ====================================================================== PRINCIPLE
# art. 10: unquoted phrase called 原则, introduced by 按照 (v1.1 按照属地管理原则; shandong-part1:
# a long unquoted 按照…的原则 is one span, split mechanically)
d.ctx('PRINCIPLE', '承包期限应当按照[有利于发展生产，提高经济效益，调动承包者积极性，保护自然资源]的原则确定')
# art. 13: 坚持…的原则 (guidelines: 坚持优化协同高效的原则 -> 优化协同高效)
d.ctx('PRINCIPLE', '坚持[公开公正、自愿互利、协商一致、诚实信用]的原则，兼顾')
assert t.count('原则') == 2
# 要求 ×2 (一方要求变更, 对方要求继续履行) is a party's demand, not a principle; no 方针/思路
assert t.count('要求') == 2 and t.count('方针') == 0 and t.count('思路') == 0

# ====================================================================== DEADLINE
# relative within-limits (v1.2): the span is the limit alone, without 自…之日起
d.ctx('DEADLINE', '对方应当自接到通知书之日起[15日内]予以书面答复', norm=WITHIN)   # art. 25
d.ctx('DEADLINE', '可以在接到裁决书之日起[30日内]向人民法院起诉', norm=WITHIN)      # art. 33
assert t.count('日内') == 2
# Not DEADLINE: 1998年7月31日 (adoption), 1998年9月15日 (effective date, v1.1), 1989年10月19日 (past);
# 土地承包期限为30年 (art. 10: the term of a contract, a duration; batch-c 期限三年);
# 在承包期内 ×3 (arts. 17, 20, 27: a condition, no number), 承包合同存续期间 (art. 15(八)),
# 及时 ×2 (arts. 25, 29: vague), 期满不起诉 (art. 33: no number), 缴纳时间 / 起止时间 (contract terms).
assert t.count('年') == 4 and t.count('期内') == 3 and t.count('期间') == 1 and t.count('及时') == 2

# ====================================================================== DOC_TITLE
d.ctx('DOC_TITLE', '会议通过的《[北京市农业联产承包合同条例]》同时废止')
assert t.count('《') == 1

# no DOC_NO (no 号 or 〔); no STAFFING (no count of staff: 双方代表人, 当事人 carry no number);
# no ITEM_COUNT (以下主要条款 and 下列情况 lists are not counted; 三者利益 is not a count set by a measure)
assert t.count('号') == 0 and t.count('〔') == 0
assert t.count('名') == 3 and t.count('项') == 4 and t.count('个') == 3 and t.count('件') == 2
assert t.count('类') == 0 and t.count('以上') == 0 and t.count('每') == 0

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 6, 'PRINCIPLE': 2, 'DEADLINE': 2, 'DOC_TITLE': 1}), c
write_gold(OUT, [d])
