"""Build dec_cd.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 上海市人民代表大会常务委员会关于进一步促进和保障“一网通办”改革的决定 (decision of the Shanghai
municipal people's congress standing committee on further promoting and safeguarding the "一网通办"
(one-network government services) reform; adopted 2021-06-23 by the standing committee of the 15th
Shanghai municipal people's congress, 32nd session; in force 2021-07-01).
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or
model is used.
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh10/dec_cd.jsonl'

d = Doc("fresh10-dec-shanghai-one-network-2021",
        "corpus/regulations/shanghai/上海市人民代表大会常务委员会关于进一步促进和保障“一网通办”改革的决定(2021-06-23).txt",
        # date: the file name's date, which is also the adoption date in the header (2021-06-23);
        # region: a municipality, written like 北京市 in regs-bb.
        {"region": "上海市", "date": "2021-06-23"})
assert d.text == d.raw.decode('utf-8')
t = d.text

ORG = 'ORG'

# ====================================================================== title line and header
# Title line without 《》: not DOC_TITLE; the body inside it is ORG (v1.1 *Title lines*).
d.ctx(ORG, '[上海市人民代表大会常务委员会]关于进一步促进和保障“一网通办”改革的决定\n')
# the standing committee before a session: term number inside, session outside (regs-a, regs-b)
d.ctx(ORG, '2021年6月23日 [上海市第十五届人民代表大会常务委员会]第三十二次会议通过')
# 2021年6月23日 (adoption) and 本决定自2021年7月1日起施行 (effective date): not DEADLINE
# (guidelines DEADLINE "No"; v1.1 *Effective dates*).
assert t.count('年') == 3 and t.count('月') == 2      # 年: the two dates + 老年人

# ====================================================================== DOC_TITLE
# preamble: the cited State Council rules; 国务院 inside the title is not labelled (Offsets:
# a DOC_TITLE may contain ORG names, those inner ORGs are not labelled).
d.ctx('DOC_TITLE', '现代化《[国务院关于在线政务服务的若干规定]》等规定')
assert t.count('《') == 1 and t.count('国务院') == 1

# ====================================================================== ORG: governments
# 市、区人民政府: shared ending, only the complete name `区人民政府` (v1.1 *Shared endings*, its
# own example).
d.ctx(ORG, '二、市、[区人民政府]应当加强对')
d.check_all('人民政府', 1, 1)
# 对政府部门“一网通办”改革成效开展评估 (item 12): bare 政府 inside a generic 部门 phrase (v1.1).
d.check_all('政府', 2, 1, deliberate=['对[政府]部门“一网通办”改革成效'])

# ====================================================================== ORG: service centres
# Item 3: 本市加强区行政服务中心和街道乡镇社区事务受理服务中心（以下统称政务服务中心）建设, 推进…向区行政服务中心
# 集中，个人事项向街道乡镇社区事务受理服务中心集中.
# - 区行政服务中心: a body type with a level prefix, like 区人民政府 / 镇综合执法大队 (shandong-part2
#   class-prefixed bodies); 行政综合服务中心 is in the guidelines' ORG "Yes" list, 行政审批服务中心 /
#   行政复议服务中心 are ORG (devset, reports notes).
# - 街道乡镇社区事务受理服务中心: one ORG, 街道乡镇 being its level prefix (v1.1 *Alternative readings
#   inside one name*: 乡镇(街道)党(工)委 stays one ORG).
# - 政务服务中心 introduced by 以下统称: the alias of two ORG classes, head 中心 → ORG (v1.2 以下简称;
#   project decision: the alias is ORG when the bodies it stands for are).
d.ctx(ORG, '本市加强[区行政服务中心]和街道乡镇')
d.ctx(ORG, '本市加强区行政服务中心和[街道乡镇社区事务受理服务中心]（以下统称')
d.ctx(ORG, '（以下统称[政务服务中心]）建设')
d.ctx(ORG, '市场主体事项向[区行政服务中心]集中')
d.ctx(ORG, '个人事项向[街道乡镇社区事务受理服务中心]集中')
# item 4: 应当在各级政务服务中心推行综合窗口服务: 各级 + body is vague (v1.1 *Level words*).
d.check_all('中心', 6, 5, deliberate=['应当在各级政务服务[中心]推行'])

# ====================================================================== ORG: standing committees
d.ctx(ORG, '十四、[市人民代表大会常务委员会]围绕')
d.ctx(ORG, '\n\n[市人民代表大会常务委员会]可以决定暂时调整')
# 市、区人民代表大会常务委员会 (item 15, twice): shared ending → `区人民代表大会常务委员会` (v1.1).
d.ctx(ORG, '十五、市、[区人民代表大会常务委员会]应当通过听取')
d.ctx(ORG, '\n\n市、[区人民代表大会常务委员会]应当充分发挥')
d.check_all('委员会', 6, 6)
d.check_all('人民代表大会', 6, 6)
# 各级人大代表 (item 15): people; bare 人大 modifying people is not ORG (v1.1, reports notes).
assert t.count('人大') == 1 and '各级人大代表' in t

# Not ORG (read in context):
#   部门 ×6: 主管部门 (items 2, 12), 跨部门, 各市级部门, 各相关部门, 政府部门 — generic head 部门;
#   机关 ×6: 本市各级机关 / 各级机关 — generic head 机关 and 各级 (v1.1);
#   机构 ×6: 公共服务机构 (以下统称 for 机关、事业单位、社会团体): generic head 机构, and its alias is
#     not ORG either (project decision on 以下简称 for a body under a generic head);
#   单位 ×2: 事业单位, 有关单位; 社会团体 (a class, head 团体);
#   places: 本市, 浦东新区 (a district as a territory, no body head word), 长三角区域;
#   websites, apps, platforms, systems: “中国上海”门户网站, “随申办”移动端, 市大数据资源平台 ×2,
#     “一网通办”平台 / 一体化平台, “互联网+监管”系统, 市民主页, 企业专属网页;
#   办事窗口, 综合窗口, 自助终端 (service points, v1.1 *Not bodies*).
assert t.count('部门') == 6 and t.count('机关') == 6 and t.count('机构') == 6 and t.count('单位') == 2
for w in ['局', '厅', '办公室', '小组', '党', '队']:
    assert w not in t, w
assert t.count('站') == 1 and '门户网站' in t                 # 站 only in 门户网站 (a website)
assert t.count('院') == 1                                     # 院 only in 国务院 (inside the DOC_TITLE)

# ====================================================================== nothing else
# PRINCIPLE: no 原则/方针/思路; 要求 ×3 are verbs (不得要求…, 申请人要求获得…). Not PRINCIPLE:
#   按照“一网通办”标准规范 (item 3: 标准规范 is none of 原则/要求/方针/思路; a quoted mechanism name),
#   构建标准化、规范化、便利化、普惠化的全方位服务体系 (item 1: neither 原则 nor quoted),
#   实行一次告知、一表申请… / 一次一评、一事一评 (practices, unquoted, no 原则), 按照国家和本市相关规定.
assert t.count('原则') == 0 and t.count('方针') == 0 and t.count('思路') == 0 and t.count('要求') == 3
# DEADLINE: none. 当场办理 (item 3), 实时 (items 4, 5), 及时整改 (item 11), 条件成熟时 (item 2): vague
#   or conditions, no time limit with a due point.
for w in ['日内', '日前', '底', '提前', '期间', '以前', '之前', '年内', '每']:
    assert w not in t, w
# STAFFING / ITEM_COUNT: none. 将…多张许可证整合为一张行业综合许可证 (item 6): a generic one of a
#   licence, not a count of items set by a measure (shandong-part2: a generic "one" is not counted);
#   一件事, 一次咨询一次办成, 一码通办: slogans; 多个…服务事项 (item 4): vague; 一个行业: not a count
#   of items; 第三十二次会议: an ordinal. 项 ×11: 事项 ×8, 单项许可证, 专项工作报告, 各项工作 (no
#   number). No people counted (no 名; 人 only in 个人, 申请人, 老年人, 残障人士, 人工智能, 人大, 人民).
assert t.count('项') == 11 and t.count('事项') == 8 and t.count('名') == 0
assert re.findall(r'[0-9一二三四五六七八九十两多]+[名人个项条类件张次位家所]', t) == \
    ['三十二次', '多个', '一次', '一件', '一次', '一次', '一个', '多张', '一张', '一次']
# DOC_NO: no 〔 and no 号.
assert '〔' not in t and '号' not in t

counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 0, 'ORG': 12,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
d.check_value_shapes()
write_gold(OUT, [d])
