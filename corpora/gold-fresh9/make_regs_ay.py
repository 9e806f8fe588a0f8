"""Build regs-ay.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 濮阳市文明行为促进条例 (Puyang city regulation on promoting civilised conduct; adopted
2020-08-27 by the standing committee of the 8th Puyang municipal people's congress, approved
2020-09-26 by the standing committee of the 13th Henan provincial people's congress, file date
2020-10-22, in force 2021-01-01).
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or
model is used.
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh9/regs-ay.jsonl'

d = Doc("fresh9-reg-puyang-civilised-conduct-2020",
        "corpus/regulations/henan/濮阳市文明行为促进条例(2020-10-22).txt",
        # date: the file's date (promulgation); the text gives only 08-27 (adopted) and
        # 09-26 (approved), as for Anyang in regs-b (notes: "date is the file's date")
        {"region": "河南省濮阳市", "date": "2020-10-22"})
assert d.text == d.raw.decode('utf-8')
t = d.text

ORG = 'ORG'

# ====================================================================== header
# bodies before a session are ORG, term number inside, session outside (regs-a, regs-b)
d.ctx(ORG, '2020年8月27日 [濮阳市第八届人民代表大会常务委员会]第十六次会议通过')
d.ctx(ORG, '2020年9月26日 [河南省第十三届人民代表大会常务委员会]第二十次会议批准')
# title line 濮阳市文明行为促进条例: no body head word, no ORG.
# 2020年8月27日 / 2020年9月26日 (adoption, approval) and art. 34 2021年1月1日 (effective date):
# not DEADLINE (guidelines DEADLINE "No"; v1.1 *Effective dates*).

# ====================================================================== ORG: 精神文明建设指导委员会
# 市、县（区）精神文明建设指导委员会: shared ending, only the complete name is labelled (the bare
# 市 is not a name); 县（区） is one name with alternative levels (v1.1 *Shared endings*).
# Also inside 办事机构 (head 机构: not ORG; v1.1 *A body named inside a longer non-ORG phrase*).
d.ctx(ORG, '第五条 市、[县（区）精神文明建设指导委员会]统筹本行政区域内')
d.ctx(ORG, '市、[县（区）精神文明建设指导委员会]办事机构具体负责')
d.ctx(ORG, '第二十三条 市、[县（区）精神文明建设指导委员会]及其办事机构应当建立健全')
d.ctx(ORG, '考核。\n\n市、[县（区）精神文明建设指导委员会]及其办事机构应当建立文明行为评估')
assert t.count('县（区）精神文明建设指导委员会') == 4 and t.count('精神文明建设指导委员会') == 4
# 办事机构 ×3: generic head 机构 (regs-a: 办事机构 not ORG), not a definite short form like 办公室.
assert t.count('办事机构') == 3 and t.count('机构') == 3

# ====================================================================== ORG: governments
d.ctx(ORG, '第六条 市、[县（区）人民政府]应当将文明行为促进工作')
d.ctx(ORG, '\n\n市、[县（区）人民政府]有关部门应当按照各自职责')          # body inside 有关部门 phrase
d.ctx(ORG, '\n\n[乡（镇）人民政府]、街道办事处应当按照职责')            # regs-b: 乡（镇）人民政府 ORG
d.ctx(ORG, '\n\n乡（镇）人民政府、[街道办事处]应当按照职责')            # regs-b: bare 街道办事处 ORG
d.ctx(ORG, '第二十条 市、[县（区）人民政府]及有关部门应当科学规划')
d.ctx(ORG, '（十一）不在[市人民政府]确定的主要街道')                     # art. 9(十一)
d.ctx(ORG, '第九条第十一项规定，在[市人民政府]确定的主要街道')           # art. 27
d.ctx(ORG, '管理委员会根据[市人民政府]的授权')                           # art. 33
d.check_all('人民政府', 7, 7)
# bare 政府 in 构建政府主导、部门推进… (art. 4): not ORG (v1.1 *Bare 党委, 政府*)
d.check_all('政府', 8, 7, ['构建[政府]主导、部门推进'])
# bare 党委 in 在党委统一领导下 (art. 4): not ORG (v1.1)
assert t.count('党委') == 1 and '在党委统一领导下' in t
d.check_all('街道办事处', 1, 1)

# ====================================================================== ORG: other 委员会
# 村（居）民委员会: 村委会 is an ORG in the guidelines' Yes list; a class name like 居（村）民委员会
# (regs-a). In art. 22 it stands in an unquantified list of classes (国家机关、企业事业单位、
# 村（居）民委员会和其他社会组织): the other members have generic heads and are not ORG.
d.ctx(ORG, '\n\n[村（居）民委员会]应当协助相关单位')                     # art. 6
d.ctx(ORG, '企业事业单位、[村（居）民委员会]和其他社会组织')              # art. 22
# art. 33 濮阳经济技术开发区、河南濮阳工业园区和濮阳市城乡一体化示范区管理委员会: a shared ending;
# only the complete name is labelled (v1.1 *Shared endings*); the two zones alone are places
# (development zones are not ORG, reports notes).
d.ctx(ORG, '河南濮阳工业园区和[濮阳市城乡一体化示范区管理委员会]根据市人民政府的授权')
d.check_all('委员会', 9, 9)

# Not ORG (read in context):
#   部门 ×12 (政府主导、部门推进; 有关部门 ×4; 卫生健康部门; 城市管理行政执法部门 ×3;
#     公安机关交通管理部门 ×3): generic head 部门;
#   机关 ×8 (国家机关 ×2, 公安机关 ×6 incl. 3 before 交通管理部门): v1.1 *机关 is a generic head*;
#   单位 ×8 (相关单位, 企业事业单位 ×2, 单位食堂, 管理单位, 任何单位, 所在单位, 有关责任单位);
#   组织 (社会组织 ×2, 志愿服务组织), 社区, 媒体 (报刊、广播、电视、网络等媒体);
#   places: 图书馆、纪念馆、博物馆、影剧院, 学校, 商场, 宾馆, 饭店, 卫生服务站 (a facility listed
#   among 社区服务设施), 公交站点, 景区景点; 濮阳经济技术开发区, 河南濮阳工业园区 (zones);
#   people: 国家公职人员, 医务人员, 行政执法人员, 主管人员 …
assert t.count('部门') == 12 and t.count('机关') == 8 and t.count('单位') == 8
assert t.count('站') == 3 and t.count('中心') == 0 and t.count('局') == 1  # 局 only in 合理布局
assert t.count('厅') == 1 and t.count('队') == 1 and t.count('院') == 1   # 门厅, 排队, 影剧院

# ====================================================================== PRINCIPLE
# art. 4: 坚持倡导、鼓励、教育和惩戒相结合的原则 → content without 坚持 and 的原则
d.ctx('PRINCIPLE', '坚持[倡导、鼓励、教育和惩戒相结合]的原则，构建政府主导')
assert t.count('原则') == 1
# Not PRINCIPLE: 符合中国特色社会主义道德要求 (art. 3: 要求 with no content, unquoted);
# 构建政府主导、部门推进、社会共建、全民参与的工作机制 (a 机制, neither 原则 nor quoted);
# 遵守国际礼仪的基本准则 (art. 18: 准则, no content); no 方针/思路, no quotation marks at all.
assert t.count('要求') == 1 and t.count('方针') == 0 and t.count('思路') == 0
assert '“' not in t

# ====================================================================== nothing else
# DEADLINE: no time limit for a measure. 及时受理 (art. 21), 定期组织开展 (art. 23), 即时清除 ×2
# (arts. 15, 30), 警告后拒不改正: vague (guidelines DEADLINE "No"); the only dates are the adoption,
# approval and effective dates.
for w in ('日内', '日前', '底', '提前', '期间', '每', '以前', '之前', '年内'):
    assert w not in t, w
assert t.count('前') == 1 and '前款规定' in t                 # 前款: a cross-reference
assert t.count('年') == 4 and t.count('月') == 3              # 3 dates + 未成年人
# STAFFING / ITEM_COUNT: no count of staff or items. Numbers are article and item ordinals
# (第八条第四项 …) and fines (二百元以上五百元以下罚款 …); 以上 ×6 occurs only in fines.
assert t.count('以上') == 6 and t.count('项') == 6 and t.count('个') == 1   # 项: 第N项 ×6; 个人
assert not re.search(r'[0-9一二三四五六七八九十两]+[名人件类种所家]', t)
# DOC_NO / DOC_TITLE: no 《, no 〔; 号 only in 信号, 信号灯.
assert '《' not in t and '〔' not in t and t.count('号') == 4 and t.count('信号') == 4

counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 0, 'ORG': 17,
                  'PRINCIPLE': 1, 'STAFFING': 0}, counts
write_gold(OUT, [d])
