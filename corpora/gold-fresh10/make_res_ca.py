"""Build res_ca.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 河南省人民代表大会常务委员会关于加强基层文化设施建设有关问题的决议 (resolution of the Henan
provincial people's congress standing committee on strengthening the building of grassroots cultural
facilities; adopted 2009-05-22 at the 9th session of the standing committee of the 11th Henan
provincial people's congress, after hearing the provincial government's special work report).
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or
model is used.
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh10/res_ca.jsonl'

d = Doc("fresh10-res-henan-grassroots-culture-2009",
        "corpus/regulations/henan/河南省人民代表大会常务委员会关于加强基层文化设施建设有关问题的决议(2009-05-22).txt",
        # region: a provincial act (the provincial standing committee), no city (regs-am 山东省);
        # date: the file name's date, which is also the adoption date in the header line
        {"region": "河南省", "date": "2009-05-22"})
assert d.text == d.raw.decode('utf-8')
t = d.text

ORG, DL, PR, DT = 'ORG', 'DEADLINE', 'PRINCIPLE', 'DOC_TITLE'
YEAR_END_2010 = {"date": "2010-12-31", "precision": "year", "relation": "by", "recurring": False}

# ====================================================================== header
# title line: no 《》 → no DOC_TITLE; the body inside it is ORG (v1.1 *Title lines*; regs-am)
d.ctx(ORG, '[河南省人民代表大会常务委员会]关于加强基层文化设施建设有关问题的决议\n')
# adoption line: the committee with region and term, the session outside (regs-a, regs-b, regs-am);
# 2009年5月22日 is the adoption date: not DEADLINE
d.ctx(ORG, '2009年5月22日 [河南省第十一届人民代表大会常务委员会]第九次会议通过')

# ====================================================================== preamble
# the same committee as subject of the opening sentence
d.ctx(ORG, '\n\n\n[河南省第十一届人民代表大会常务委员会]第九次会议听取和审议了')
# 省政府: a level + 政府 names one body (guidelines ORG 县政府); it is the author of the report
# (v1.1 *A body named inside a longer non-ORG phrase*; regs-a 省政府)
d.ctx(ORG, '听取和审议了[省政府]关于全省基层文化事业发展情况')
assert t.count('人民代表大会常务委员会') == 3 and t.count('委员会') == 3   # 人大常委会 has no 委员会
# Not ORG: 会议认为 (the session); 省八次党代会 (a meeting; report-h, report-v); 各级人大常委会 (art. 五:
# vague level word, v1.1 *Level words*); 我省 / 全省 (a territory).
assert t.count('人大常委会') == 1 and '各级人大常委会' in t and t.count('党代会') == 1

# 政府 ×14: only 省政府 is ORG. The rest: 各级政府 ×5 (v1.1 *Level words*), bare 政府 ×6
# (是政府履行, 以政府为主导, 三、政府及其有关部门, 政府投资兴建, 审议政府的专项工作报告, 督促政府及其有关部门:
# v1.1 *Bare 党委, 政府*), 当地政府 (locative, like 属地/所在; regs-al, regs-aa 当地人民政府).
d.check_all('政府', 14, 1, deliberate=[
    '各级[政府]及其有关部门，按照建设文化强省',
    '是[政府]履行在文化领域公共职能',
    '各级[政府]及其有关部门要进一步提高',
    '纳入各级[政府]任期目标',
    '以[政府]为主导',
    '各级[政府]可采取以奖代补',
    '各级[政府]要鼓励企业事业单位',
    '三、做好基层文化设施建设规划。[政府]及其有关部门',
    '[政府]投资兴建的基层文化设施',
    '由当地[政府]负责限期收回',
    '听取和审议[政府]的专项工作报告',
    '督促[政府]及其有关部门依法做好',
    '各级[政府]及其有关部门要认真执行',
])
# Not ORG either (generic heads or not bodies): 有关部门 ×5 (head 部门); 企业事业单位, 任何单位,
# 基层文化设施管理单位, 造成迁建的单位 (head 单位); 社会团体, 社会力量; 各级财政 / 同级财政 / 公共财政
# (finances, not a body: regs-b); 市级图书馆, 市级文化馆, 行政村文化活动室, 社区文化中心 (cultural
# facilities and venues: v1.1 *Not bodies*, report-av 文化馆/市图书馆, report-v 基层综合文化服务中心);
# 国家 (国家规定…标准: no body head word).
assert t.count('部门') == 5 and t.count('有关部门') == 5 and t.count('单位') == 4
assert t.count('中心') == 1 and t.count('馆') == 2 and t.count('财政') == 5
# other body head words occur only inside ordinary words: 良好局面, 管理办法, 基本场所, 建设所需费用,
# 组织代表视察 (组织 a verb); 厅, 队, 站, 院, 党委, 机关, 机构 do not occur.
assert t.count('局') == 1 and '良好局面' in t and t.count('办') == 1 and '管理办法' in t
assert t.count('所') == 2 and '基本场所' in t and '建设所需' in t and t.count('组') == 1 and '组织代表' in t
for w in ('厅', '队', '站', '院', '党委', '机关', '机构'):
    assert w not in t, w

# ====================================================================== DEADLINE (part 一)
# 要在2010年底前…建成 and 2010年底前…完成改扩建工程: the time limits for the cities' library and
# cultural hall; span without the leading 在 (guidelines DEADLINE: 2018年底前 → 2018-12-31, year, by)
d.ctx(DL, '要在[2010年底前]按国家规定建设标准建成', norm=YEAR_END_2010)
d.ctx(DL, '标准的，[2010年底前]按国家规定的标准完成改扩建工程', norm=YEAR_END_2010)
assert t.count('2010年底前') == 2 and t.count('年') == 4    # + 2009年5月22日, 年度工作目标
# Not DEADLINE: 2009年5月22日 (adoption), 省八次党代会以来 (past), 任期目标 / 年度工作目标 (names of
# targets), 限期收回 (part 四: vague, guidelines DEADLINE "No").
assert t.count('限期') == 1
for w in ('日内', '日前', '提前', '期间', '以前', '之前', '年内', '月底', '每'):
    assert w not in t, w

# ====================================================================== PRINCIPLE (part 四)
# 必须坚持先建设后拆除或者建设拆除同步进行的原则: an unquoted phrase called 原则 gives its content
# (v1.1 *A heading that names principles*: 按照属地管理原则 → 属地管理); without 坚持 and 的原则.
# It has no 、，,； so its value is one part.
d.ctx(PR, '必须坚持[先建设后拆除或者建设拆除同步进行]的原则择地重建')
assert t.count('原则') == 1
# Not PRINCIPLE: 按照建设文化强省的要求 (preamble: unquoted, not 原则; regs-b, report-h);
# 以政府为主导，以公共财政为支撑 (part 二: neither called 原则 nor quoted).
assert t.count('要求') == 1 and '“' not in t and '方针' not in t and '思路' not in t

# ====================================================================== DOC_TITLE (part 三)
d.ctx(DT, '按照《[中华人民共和国城乡规划法]》等法律法规')
assert t.count('《') == 1
# 税法 (part 二) has no 《》: not DOC_TITLE.

# ====================================================================== no STAFFING, ITEM_COUNT, DOC_NO
# 提取1% (a percentage), 一系列政策措施 (vague), 不得少于原有面积 (area), 第九次会议 / 十一届 / 八次
# (ordinals); no 〔year〕…号.
assert '〔' not in t and '号' not in t and '名' not in t and t.count('%') == 1

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 4, 'DEADLINE': 2, 'PRINCIPLE': 1, 'DOC_TITLE': 1}), c
d.check_value_shapes()
write_gold(OUT, [d])
