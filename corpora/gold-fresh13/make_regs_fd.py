"""Build regs_fd.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 河南省实施《中华人民共和国动物防疫法》办法 (Henan measures implementing the Animal Epidemic
Prevention Law; adopted 2002-09-27 by the standing committee of the 9th Henan provincial people's
congress, 30th session; amended 2005-03-31 by the standing committee of the 10th congress, 15th
session, through 《关于修改〈…〉的决定》; in force 2002-12-01, art. 41). 41 articles in 7 chapters.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, pipeline or model.
"""
import re
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh13/regs_fd.jsonl'

d = Doc("fresh13-reg-henan-animal-epidemic",
        "corpus/regulations/henan/河南省实施《动物防疫法》办法.txt",
        # date: the latest adoption or revision date in the header, 2005-03-31 (regs-a notes: "meta.date
        # is the latest adoption or revision date in the header"; regs-af). The file name has no date;
        # the effective date 2002-12-01 (art. 41) is not the document's date. region: a provincial
        # regulation of Henan (batch-c's Henan 村民委员会组织法 办法, regs_db, regs_dd: "河南省").
        {"region": "河南省", "date": "2005-03-31"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 5445
t = d.text
ORG = 'ORG'
DT = 'DOC_TITLE'

# ====================================================================== header and DOC_TITLE
# Title line: the law in 《》 is DOC_TITLE; the line itself holds no body (batch-c Henan 实施《村民委员会
# 组织法》办法 and regs-m 北京市实施《…农民专业合作社法》办法: the inner title is labelled).
d.ctx(DT, '河南省实施《[中华人民共和国动物防疫法]》办法\n')
# Adoption and amendment lines: the standing committee before its session is ORG, term number inside,
# session outside (regs-a, regs-b, batch-c Henan). The dates are past events, not DEADLINE.
d.ctx(ORG, '2002年9月27日 [河南省第九届人民代表大会常务委员会]第三十次会议通过')
d.ctx(ORG, '2005年3月31日 [河南省第十届人民代表大会常务委员会]第十五次会议《')
# The amending decision: one DOC_TITLE with the nested 〈…〉 inside (guidelines DOC_TITLE; regs_eh).
d.ctx(DT, '第十五次会议《[关于修改〈河南省实施中华人民共和国动物防疫法办法〉的决定]》修正')
# art. 1 根据《中华人民共和国动物防疫法》（以下简称《动物防疫法》）: the full title and the short title
# introduced by 以下简称 are each DOC_TITLE (batch-c Henan: 《村民委员会组织法》 after 以下简称, and at every
# later occurrence; project decision: short titles in 《》 are DOC_TITLE).
d.ctx(DT, '第一条 根据《[中华人民共和国动物防疫法]》（以下简称')
d.ctx(DT, '（以下简称《[动物防疫法]》）和有关法律')
d.ctx(DT, '适用《[中华人民共和国进出境动植物检疫法]》。')              # art. 2
d.ctx(DT, '对违反本办法的行为，《[动物防疫法]》有明确处罚规定的')      # art. 33
d.ctx(DT, '及其工作人员违反《[动物防疫法]》和本办法规定')              # art. 40
assert t.count('《') == 7 and t.count('》') == 7 and t.count('〈') == 1 and t.count('以下简称') == 1
# Not DOC_TITLE (no 《》): 本办法 ×…, 本办法第十三条 … (cross-references), 检疫规程, 国家标准、行业标准,
# 动物疫病病种名录, 重大动物疫病防治应急预案, 动物诊疗许可证, 动物防疫合格证, 健康合格证.

# ====================================================================== ORG: congress and governments
d.check_all('委员会', 2, 2)
d.check_all('人民代表大会', 2, 2)
# 国务院畜牧兽医行政管理部门 (arts. 7, 10, 15 ×1): 国务院 is a body named inside a longer non-ORG phrase
# (v1.1; regs-a 国务院住房城乡建设主管部门 → 国务院, regs-l, regs-p, regs-s, regs-au).
d.every(ORG, '国务院', 3)
assert t.count('国务院畜牧兽医行政管理部门') == 3
# art. 21 同时报上一级人民政府备案: 上一级 + body is one body (v1.2 *Definite short forms*; regs-b).
d.ctx(ORG, '同时报[上一级人民政府]备案')
# arts. 22, 23: the provincial government (subject/approver), one definite body (regs-t, regs-x, regs_db).
d.ctx(ORG, '必要时，经[省人民政府]批准')
d.ctx(ORG, '具体补助办法由[省人民政府]制定')
# Every 人民政府 (11) is accounted for: 3 labelled, 8 left out.
d.check_all('人民政府', 11, 3, [
    '第六条 县级以上[人民政府]应当加强',            # art. 6: 县级以上 is vague (v1.1 *Level words*)
    '应急预案，报同级[人民政府]批准后公布实施',      # art. 7: 同级 is vague (v1.1)
    '由县级以上[人民政府]畜牧兽医行政管理部门',      # art. 9: 县级以上 (and the phrase ends in 部门)
    '情况制定，报同级[人民政府]批准后实施',          # art. 9: 同级
    '及时报请同级[人民政府]决定对疫区实行封锁',      # art. 17: 同级
    '对封锁的疫点，县级以上[人民政府]应当立即',      # art. 18: 县级以上
    '对封锁的疫区，县级以上[人民政府]应当立即',      # art. 19: 县级以上
    # art. 21 报原发布封锁令的人民政府解除封锁: bare 人民政府 with no level or place is generic (v1.2);
    # the relative clause points to whichever government issued the order (gold-check mixed-check-b:
    # 由设立该派出机关或者派出机构的人民政府负责 is not labelled). README call 2.
    '报原发布封锁令的[人民政府]解除封锁',
])
assert t.count('政府') == 12 and '实行政府给予饲养者补助' in t   # art. 23: bare 政府 (v1.1), not ORG

# Not ORG (every one read in context):
#   部门 ×25, every one under the generic head 部门 (guidelines ORG "No"; v1.1: a definite body under a
#     generic head is not ORG): 省/县级以上/上级/当地/国家和省/国务院… 畜牧兽医行政管理部门 ×18, 公安、交通、
#     工商、卫生等部门 (art. 4: fields sharing 部门, regs_de, regs_eh), 有关部门 ×4, 财政、物价主管部门
#     (art. 24), 其主管部门 (art. 40).
assert t.count('部门') == 25 and t.count('畜牧兽医行政管理部门') == 18 and t.count('有关部门') == 4
assert all('部门' not in e['text'] for e in d.ents if e['label'] == ORG)
#   机构 ×37, all 动物防疫监督机构 (县级以上/县级/当地/所在地/输入地/输出地…): a body defined under the
#     generic head 机构 (v1.1; regs_ed labels none of its 动物防疫监督机构, regs-r 动物卫生监督机构).
assert t.count('机构') == 37 and t.count('动物防疫监督机构') == 37
#   组织 ×5: 乡、镇动物防疫组织 (art. 8, head 组织: guidelines ORG "No") and 4 verbs (组织实施, 组织做好,
#     组织有关部门 ×2).
assert t.count('组织') == 5 and t.count('乡、镇动物防疫组织') == 1
#   单位 ×7: 单位和个人 ×4, 有关部门和单位 ×2, 所在单位 (art. 40; 所在 like 有关, v1.1).
assert t.count('单位') == 7 and t.count('单位和个人') == 4 and t.count('所在单位') == 1
#   站 ×4: 防疫消毒站 (art. 19(五), a disinfection post on a road: a facility), 当地依法设立的现有检查站
#     (art. 22: 当地 like 属地/所在, regs-a notes; and a facility), 临时动物防疫监督检查站 (art. 22: a
#     temporary checkpoint that may be set up, a facility/post, v1.1 *Not bodies*: service points;
#     README call 3), 种公畜站 (art. 31, a breeding station: an economic entity / premises).
assert t.count('站') == 4 and t.count('检查站') == 2 and t.count('消毒站') == 1 and t.count('种公畜站') == 1
#   所 ×28 only in 场所/所需/所得/所在/所发生/所称/所产生…; 局 only in 局部地区; 院 only in 国务院;
#   会 ×7: 人民代表大会 ×2, 委员会 ×2, 会议 ×2 (header), 向社会公布 (art. 15); 办 ×24: 办法 ×21 (本办法, 预防…办法, 补助办法, the title's 办法), 办理 ×2, 补办.
#   动物饲养场, 隔离饲养场所, 胚胎生产场所 (premises); 动物防疫员, 动物检疫员, 货主, 农户 (people);
#   财政 ×2 (同级财政预算: the budget; 国家和省财政、物价主管部门: shares 部门); 国家, 省 (levels of rules),
#   本省, 省内局部地区, 省外毗邻地区, 毗邻地区 (places).
assert t.count('所') == 28 and t.count('局') == 1 and t.count('局部地区') == 1 and t.count('院') == 3
assert t.count('会') == 7 and t.count('社会') == 1 and t.count('会议') == 2
assert t.count('办') == 24 and t.count('办法') == 21 and t.count('办理') == 2 and t.count('补办') == 1
assert t.count('财政') == 2
for w in ('机关', '厅', '中心', '队', '小组', '办公室', '党', '人大', '政协', '协会', '联合会'):
    assert w not in t, w

# ====================================================================== PRINCIPLE
# None. art. 5 动物防疫工作实行预防为主、防检结合、全面控制和重点扑灭的方针: called 方针 (not 原则), not
# quoted, introduced by 实行 (guidelines PRINCIPLE: a phrase called 原则, or a quoted formula adopted
# through 按照/坚持/… 方针). Precedents with the same shape: regs_ed 实行严格管理、限管结合的方针 and
# gold-unseen regulations-b 实行保护为主、抢救第一…的方针, both not PRINCIPLE. README call 1.
assert t.count('方针') == 1 and '实行预防为主、防检结合、全面控制和重点扑灭的方针' in t
# 按照 ×9 (各自的职责, 当地…计划和办法, 国家有关规定 ×2, 国家标准…, 检疫规程, 规定内容, 国家和省…标准,
# 按规定) and 根据 ×8 (法律, 名录, 有关规定, 授权, 需要 ×2, 流行情况 …) adopt no formula.
assert t.count('按照') == 9 and t.count('根据') == 8
for w in ('原则', '要求', '思路', '坚持', '遵循', '本着', '“', '"'):
    assert w not in t, w

# ====================================================================== DEADLINE
# None. Every time word read:
#   header 2002年9月27日 (adoption), 2005年3月31日 (amendment): past events; art. 41 本办法自2002年12月1日
#     起施行 (v1.1 *Effective dates*);
#   art. 25 动物在出售、调出产地前 … 申报检疫: a limit tied to an event with no number (project decision
#     beyond v1.2: 选举日前, 上岗之前 are not DEADLINE); 前款 (art. 31) is a cross-reference;
#   后 ×8: 批准后 ×2, 取得资格证书后 ×2, 接到疫情报告后, 扑灭后, 分割后, 检疫合格后: conditions/events;
#   vague: 及时 ×6, 立即 ×5, 迅速, 事先 (art. 28), 责令限期补办手续 (art. 37), 定期或不定期 (art. 30: a
#     bare frequency), 证明逾期 (art. 29);
#   内 ×12 are all spatial (行政区域内, 疫区内, 辖区内, 疫点内, 省内) or 规定内容.
assert t.count('年') == 3 and t.count('月') == 3 and t.count('日') == 3
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == ['2002年9月27日', '2005年3月31日',
                                                                   '2002年12月1日']
assert t.count('前') == 2 and t.count('调出产地前') == 1 and t.count('前款') == 1 and t.count('后') == 8
assert t.count('及时') == 6 and t.count('立即') == 5 and t.count('限期') == 1 and t.count('定期') == 2
assert t.count('内') == 12 and t.count('区域内') == 4 and t.count('疫区内') == 4 and t.count('疫点内') == 1
assert t.count('辖区内') == 1 and t.count('省内') == 1 and t.count('规定内容') == 1
for w in ('日内', '日前', '月内', '年内', '底前', '期间', '以前', '之前', '之内', '小时', '工作日', '提前', '每'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO
# None. Every number followed by a measure word, read:
#   第三十次, 第十五次 (sessions) and 第N条 / 本办法第十三条… (ordinals);
#   一类 ×2, 二类 ×2, 三类 ×2 (arts. 17, 22): the legal classes of animal diseases (类 is a class name,
#     not a count of items set by a measure; guidelines ITEM_COUNT "No": ordinal numbers);
#   上一级 (a level); 5倍 ×3 (multiples of illegal income, fines); 一万元 … 五千元 (money);
#   the lists of arts. 14, 18, 19, 40 ((一)…(七)) carry no stated count (下列…, 下列行为之一).
#   派员, 派人 ×2 carry no number; no 编制/职数.
NUM = '0-9一二三四五六七八九十百千万两'
found = [m.group() for m in re.finditer(rf'(?<![第{NUM}])[{NUM}]+[名人项个类件条所家份张套次级支倍元]', t)]
assert found == ['一类', '二类', '三类', '一级', '一类', '二类', '三类', '5倍', '5倍', '一万元', '三万元',
                 '5倍', '二千元', '五千元'], found
assert t.count('上一级') == 1 and t.count('名') == 2 and t.count('病种名录') == 2   # no 名 counting people
for w in ('号', '〔', '[', '【', '编制', '职数'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 8, 'DOC_TITLE': 7}), c
write_gold(OUT, [d])
