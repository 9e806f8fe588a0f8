"""Build regs-at.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 重庆市公共场所控制吸烟条例 (Chongqing regulation on smoking control in public places;
adopted 2020-09-29 by the standing committee of the 5th Chongqing municipal people's congress,
in force 2021-01-01).
Each anchor is `left[[mention]]right`. Run from /work/main with .venv/bin/python:
    .venv/bin/python corpora/gold-fresh8/make_regs_at.py
Only turns the labels into offsets; no extractor or model is used.
"""
import re
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc, write_gold

OUT = 'corpora/gold-fresh8/regs-at.jsonl'

d = AnchoredDoc("fresh8-reg-chongqing-smoking-control-2020",
                "corpus/regulations/chongqing/重庆市公共场所控制吸烟条例(2020-09-29).txt",
                # date: the header's one line (adopted 2020-09-29), the same as the file name
                {"region": "重庆市", "date": "2020-09-29"})
assert d.text == d.raw.decode('utf-8')
t = d.text

# ====================================================================== header
# the standing committee before the session is ORG (term number inside, meeting outside)
d.ctx('ORG', '2020年9月29日 [[重庆市第五届人民代表大会常务委员会]]第二十一次会议通过')
assert t.count('委员会') == 1
# title line 重庆市公共场所控制吸烟条例: no body head word, no ORG (v1.1 *Title lines*)
# 2020年9月29日 (adoption) and art. 25 2021年1月1日 (effective date): not DEADLINE (v1.1)

# ====================================================================== ORG
# 市、区县（自治县）人民政府: shared ending; the bare 市 is not a name; the parenthesis gives an
# alternative level, so one ORG (v1.1 *Shared endings*; regs-i, regs-p).  Art. 5 …人民政府相关部门:
# the body inside a longer non-ORG phrase is labelled on its own (v1.1).
for p in ['第四条 市、[[区县（自治县）人民政府]]应当加强对公共场所控制吸烟工作的领导',   # art. 4
          '市、[[区县（自治县）人民政府]]相关部门依据各自职责',                         # art. 5
          '市、[[区县（自治县）人民政府]]根据举办大型活动的需要',                       # art. 9
          '第十五条 市、[[区县（自治县）人民政府]]应当组织开展']:                       # art. 15
    d.ctx('ORG', p)
# art. 4: bare class names of the township government and the sub-district office
# (regs-b, regs-m, regs-r, regs-t: bare 乡镇人民政府 / 街道办事处 are ORG)
d.ctx('ORG', '[[乡镇人民政府]]、街道办事处负责本辖区内')
d.ctx('ORG', '乡镇人民政府、[[街道办事处]]负责本辖区内')
assert t.count('人民政府') == 5 and t.count('办事处') == 1
# bare 政府 (art. 3 坚持政府与社会共同治理, 实行政府主导; art. 24 政府有关部门): not ORG
# (v1.1 *Bare 党委, 政府*)
assert t.count('政府') == 8

# art. 15: mass organisations listed before the generic 等团体 (guidelines ORG "Yes": 妇联;
# regs-m 科学技术协会, regs-q: the generic head after 等 does not make the names vague;
# report-d/aq: 工会, 共青团, 妇联, 科协)
d.ctx('ORG', '[[工会]]、共青团、妇联、科协、志愿者组织等团体')
d.ctx('ORG', '工会、[[共青团]]、妇联、科协、志愿者组织等团体')
d.ctx('ORG', '工会、共青团、[[妇联]]、科协、志愿者组织等团体')
d.ctx('ORG', '工会、共青团、妇联、[[科协]]、志愿者组织等团体')
for name in ['工会', '共青团', '妇联', '科协']:
    d.check_all(name, 1, 1)

# Pinned exclusions (every hit of the candidate endings is accounted for):
d.check_all('协会', 1, 0, ['鼓励控烟[协会]、志愿者组织等社会组织'])   # an open class of social
#   organisations given as an example of 社会组织 (regs-l/m/af: 行业协会 not ORG)
d.check_all('中心', 2, 0, ['青少年活动[中心]、培训机构等',             # facilities (places for
                           '青少年活动[中心]等以未成年人'])            # minors), art. 9, 13
d.check_all('院', 5, 0, ['儿童福利[院]、少年宫、青少年活动中心、培训机构等',  # facility
                         '儿童福利[院]、少年宫、青少年活动中心等',
                         '儿童医[院]；', '鼓励本市影剧[院]', '公园、影剧[院]、商场'])
d.check_all('站', 1, 0, ['车[站]、机场、码头'])
d.check_all('机关', 6, 0, ['（二）公安[机关]负责', '由公安[机关]依法予以处罚',      # v1.1: 机关
                          '第七条 国家[机关]', '等团体和[机关]、企业事业单位',    # is generic
                          '由其上级[机关]或者', '或者监察[机关]对直接负责'])
assert t.count('部门') == 28 and t.count('机构') == 10 and t.count('单位') == 9
# 部门/机构/单位 heads are generic (guidelines ORG "No"), incl. 市、区县（自治县）卫生健康主管部门
# (arts. 5, 17), 市场监督管理部门, 机场、铁路、轨道交通管理机构, 医疗卫生机构, 本单位.
assert t.count('组织') == 8   # 4 verbs (组织开展, 部署、组织, 组织、监测, 组织医疗), 社会组织 ×2, 志愿者组织 ×2
assert t.count('会议') == 2   # 第二十一次会议 (a session), 联席会议制度 (a system): not ORG
for w in ('局', '厅', '队', '小组'):
    assert w not in t, w

# ====================================================================== PRINCIPLE
# art. 3: unquoted content the text calls 原则, introduced by 实行 (regs-b Luoyang 实行…的原则;
# regs-a notes: 符合/采取/根据 count like 按照); 的原则 dropped.  坚持政府与社会共同治理 before it
# has no 原则/要求/方针/思路 of its own and no quotes (v1.1), so it stays out.
d.ctx('PRINCIPLE', '实行[[政府主导、分类管理、场所负责、公众参与、个人自律、社会监督]]的原则。')
assert t.count('原则') == 1
# 要求 ×3: 符合消防安全要求, 不符合要求, 有权要求: not principles.  按照各自职责 ×2, 根据有关法律,
# 根据举办大型活动的需要: no principle.  “品牌延伸”“品牌共享”: quoted, not adopted.
assert t.count('要求') == 3 and t.count('按照') == 2 and t.count('根据') == 2
assert t.count('坚持') == 1 and '方针' not in t and '思路' not in t and '遵循' not in t

# ====================================================================== DOC_TITLE
d.ctx('DOC_TITLE', '依照《[[中华人民共和国未成年人保护法]]》的规定')   # art. 22
d.ctx('DOC_TITLE', '依照《[[中华人民共和国广告法]]》的规定')           # art. 23
assert t.count('《') == 2

# ====================================================================== not labelled
# DEADLINE: none.  每年5月31日“世界无烟日”为本市公共场所控制吸烟宣传日 (art. 16) is a named day
# (ANNOTATION-NOTES regs-a: 每年9月26日为…保护日 is not DEADLINE); 每年有计划地 (art. 15) is a bare
# frequency; 停止吸烟一天 / 停止售烟一天 are durations; 责令限期改正 ×3, 逾期 are vague;
# 临时划定 has no time; the adoption and effective dates are not DEADLINE (v1.1).
assert t.count('每') == 2 and t.count('限期') == 3
for w in ('日内', '日前', '提前', '期间', '底前', '以前', '之前', '年内', '月内', '小时'):
    assert w not in t, w
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == ['2020年9月29日', '2021年1月1日']
# STAFFING / ITEM_COUNT: none.  The only numbers are money (五十元, 两百元, 二千元…二万元), a distance
# (五十米), 一天 ×2 (durations) and “12345” (a hotline); lists (下列…) carry no count; 名 and 项 only
# occur in 名称/名义 and not at all.
assert '项' not in t and '名额' not in t
# DOC_NO: no 〔 and no 号.
assert '〔' not in t and '号' not in t

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 11, 'PRINCIPLE': 1, 'DOC_TITLE': 2}), c
write_gold(OUT, [d])
