"""Build regs-bb.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 北京市水土保持条例 (Beijing regulation on soil and water conservation). The stored text is
the version adopted on 2015-05-29 by the standing committee of the 14th Beijing municipal people's
congress (in force 2016-01-01); the file name carries 2019-07-26 (a later revision whose line is
not in the stored text).
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or model is used.
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh9/regs-bb.jsonl'

d = Doc("fresh9-reg-beijing-soil-water-2019",
        "corpus/regulations/beijing/北京市水土保持条例(2019-07-26).txt",
        # date: the file name's date (regs-a Hebi, regs-k Qingdao/Weifang: the file name's date where
        # no brief date is given); the header has only 2015-05-29 (adopted). See README, call 1.
        {"region": "北京市", "date": "2019-07-26"})
assert d.text == d.raw.decode('utf-8')
t = d.text

# ====================================================================== header and art. 41
# title line 北京市水土保持条例: no body head word, no ORG (v1.1 *Title lines*).
# The standing committee before a session is ORG, term number inside, meeting outside (regs-a, regs-b).
d.ctx('ORG', '2015年5月29日 [北京市第十四届人民代表大会常务委员会]第十九次会议通过')
# art. 41: the history of the repealed 实施办法 (three committees, past events)
d.ctx('ORG', '1992年6月19日[北京市第九届人民代表大会常务委员会]第三十四次会议通过')
d.ctx('ORG', '1997年4月15日[北京市第十届人民代表大会常务委员会]第三十六次会议')
d.ctx('ORG', '2010年12月23日[北京市第十三届人民代表大会常务委员会]第二十二次会议')
# Dates 2015年5月29日, 1992年6月19日, 1997年4月15日, 2010年12月23日 (past events) and
# 本条例自2016年1月1日起施行 (effective date): not DEADLINE (guidelines; v1.1 *Effective dates*).
assert t.count('年') == 8 and t.count('月') == 6

# ====================================================================== DOC_TITLE
d.ctx('DOC_TITLE', '根据《[中华人民共和国水土保持法]》，结合本市')                      # art. 1
d.ctx('DOC_TITLE', '第三十六次会议《[关于修改〈北京市实施中华人民共和国水土保持法办法〉的决定]》第一次修正')
d.ctx('DOC_TITLE', '第二十二次会议《[关于修改部分地方性法规的决定]》第二次修正')
d.ctx('DOC_TITLE', '第二次修正的《[北京市实施〈中华人民共和国水土保持法〉办法]》同时废止')
# the titles nested in 〈〉 stay inside the outer title (guidelines DOC_TITLE)
assert t.count('《') == 4 and t.count('〈') == 2

# ====================================================================== ORG: governments
# 市和区、县人民政府 / 区、县人民政府: shared ending, only the complete name 县人民政府 (v1.1
# *Shared endings*; regs-a: 区、县人民政府 and 市和区、县人民政府 give 县人民政府).
for p in ['第四条 市和区、[县人民政府]加强对',                 # art. 4
          '考核奖惩制度。市和区、[县人民政府]将水土保持',       # art. 4
          '第十二条 市和区、[县人民政府]应当根据',              # art. 12
          '坡地种植农作物的，区、[县人民政府]应当采取措施',     # art. 13
          '具体范围由区、[县人民政府]划定并公告',               # art. 13
          '第十四条 市和区、[县人民政府]应当以小流域为单元',    # art. 14
          '生态状态。\n\n市和区、[县人民政府]应当制定']:        # art. 14
    d.ctx('ORG', p)
assert t.count('县人民政府') == 7
# 乡、镇人民政府 → 镇人民政府 (regs-a: 乡、民族乡、镇人民政府 gives 镇人民政府); 街道办事处 bare is ORG (regs-b)
d.ctx('ORG', '乡、[镇人民政府]和街道办事处应当协助')             # art. 4
d.ctx('ORG', '乡、镇人民政府和[街道办事处]应当协助')             # art. 4
d.ctx('ORG', '由区、县或者乡、[镇人民政府]负责')                 # art. 19
# 市人民政府: one definite body
d.ctx('ORG', '第八条 [市人民政府]建立健全')                      # art. 8
d.ctx('ORG', '报[市人民政府]批准后执行')                         # art. 21
# 本级人民政府: definite (v1.1 *Level words*)
d.ctx('ORG', '水土保持规划报经[本级人民政府]批准后')              # art. 10
# 本市各级人民政府 (art. 7): vague level word (v1.1). 属地政府 (art. 14): 属地 like 有关 (v1.1).
d.check_all('人民政府', 13, 12, deliberate=['本市各级[人民政府]应当'])
d.check_all('政府', 14, 12, deliberate=['本市各级人民[政府]应当', '有关部门和属地[政府]参与'])

# ====================================================================== ORG: villagers' committees
# 村民委员会: a body type with a specific head (guidelines ORG "Yes": 村委会; batch-c 村民委员会),
# every occurrence; in art. 19 the 的-modifier stays out (regs-a: 居住地区的居民委员会 → 居民委员会).
d.every('ORG', '村民委员会', 4)
d.check_all('委员会', 8, 8)

# Not ORG: 水行政部门 / 市水行政部门 / 区、县水行政部门 / 有关部门 / 组织编制部门 (head 部门, guidelines
# ORG "No"; regs-b 市城管执法部门); 监察机关 (v1.1 机关); 水土保持监测机构 (head 机构); 生产建设单位,
# 项目建设单位, 管护单位, 施工单位 … (head 单位); 学校 (facility); 新闻媒体, 市属新闻媒体 (media);
# 监测站点 (facility); 土石方信息服务平台, 企业信用信息系统 (platforms); 相关省市 (places).
assert t.count('部门') == 43 and t.count('机构') == 2 and t.count('机关') == 1
for w in ['厅', '中心', '队', '党', '办公室', '小组', '院']:
    assert w not in t.replace('庭院', ''), w
assert t.count('局') == 1 and t.count('措施布局') == 1     # 局 only in 措施布局
assert t.count('站') == 1 and t.count('监测站点') == 1     # a facility
assert t.count('办') == 6 and t.count('办事处') == 1       # others: 办法 ×4, 开办

# ====================================================================== PRINCIPLE
# art. 3 坚持…的原则: the content, without 坚持 and 的原则 (guidelines PRINCIPLE)
d.ctx('PRINCIPLE', '水土保持工作坚持[预防为主、保护优先、全面规划、综合治理、公众参与、损害担责]的原则')
assert t.count('原则') == 1
# Not PRINCIPLE: 按照简化行政审批程序的要求 (art. 23), 根据…用地竖向控制的要求 (art. 11),
# 涉及…环境保护要求的 (art. 9): unquoted and not called 原则 (regs-b notes).
assert t.count('要求') == 3 and t.count('方针') == 0 and t.count('思路') == 0

# ====================================================================== no DEADLINE, STAFFING, ITEM_COUNT, DOC_NO
# 每五年组织全市水土流失调查 (art. 10) and 每年向社会公告 (art. 32): bare frequencies without a due
# point (guidelines DEADLINE "No"); 按月…报送 (art. 28): a frequency; 及时, 定期, 限期改正: vague.
assert t.count('每') == 2
for w in ['日内', '日前', '底', '提前', '期间', '前', '名', '〔', '号']:
    assert w not in t, w
# 二十五度以上 / 五度以上二十五度以下 (art. 13): slope thresholds; fines: money. No count of staff or
# of listed items (下列行为 carry no number).

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 21, 'DOC_TITLE': 4, 'PRINCIPLE': 1}), c
write_gold(OUT, [d])
