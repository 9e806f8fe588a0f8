"""Build regs-an.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 浙江省教育督导条例 (Zhejiang regulation on education inspection; adopted 2019-05-31 by the
standing committee of the 13th Zhejiang provincial people's congress, in force 2019-09-01).
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or model is used.
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh7/regs-an.jsonl'

d = Doc("fresh7-reg-zhejiang-education-inspection-2019",
        "corpus/regulations/zhejiang/浙江省教育督导条例(2019-05-31).txt",
        # date: the header has one line (2019-05-31, adopted), the same as the brief's date
        {"region": "浙江省", "date": "2019-05-31"})
assert d.text == d.raw.decode('utf-8')
t = d.text

WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}

# ====================================================================== header
# the standing committee before the session is ORG (term number inside, meeting outside)
d.ctx('ORG', '2019年5月31日 [浙江省第十三届人民代表大会常务委员会]第十二次会议通过')
assert t.count('委员会') == 2
# title line 浙江省教育督导条例: no body head word, no ORG
# 2019年5月31日 (adoption) and art. 30 2019年9月1日 (effective date): not DEADLINE (v1.1)

# ====================================================================== DOC_TITLE
d.ctx('DOC_TITLE', '根据《[中华人民共和国教育法]》《教育督导条例》')
d.ctx('DOC_TITLE', '《中华人民共和国教育法》《[教育督导条例]》等法律')
assert t.count('《') == 2

# ====================================================================== ORG
# 本级人民政府 ×5: definite (v1.1 *Level words*), also inside 本级人民政府相关职能部门
# (v1.1 *A body named inside a longer non-ORG phrase*).
for p in ['（一）县级以上人民政府对[本级人民政府]相关职能部门',      # art. 2(一)
          '教育督导机构在[本级人民政府]领导下独立行使',             # art. 4
          '第七条 教育督导机构对[本级人民政府]相关职能部门',        # art. 7
          '每三年至少对[本级人民政府]相关职能部门',                 # art. 9
          '结束后三十日内向[本级人民政府]提交督导报告']:            # art. 23
    d.ctx('ORG', p)
assert t.count('本级人民政府') == 5
# The other 14 人民政府 are not ORG:
#   县级以上人民政府 ×8 (arts. 2(一), 2(二), 3, 4, 5, 18, 19, 26): vague level (v1.1);
#   下级人民政府 ×3 (arts. 2(一), 7, 9): vague (v1.2 下级 + body);
#   同级人民政府 (art. 22): vague level word (v1.1; regs-q, regs-s);
#   有关人民政府 ×2 (art. 28): quantified by 有关.
assert t.count('人民政府') == 19
assert t.count('县级以上人民政府') == 8 and t.count('下级人民政府') == 3
assert t.count('同级人民政府') == 1 and t.count('有关人民政府') == 2
# bare 政府 (政府采购 art. 16, 政府网站 art. 24): not ORG (v1.1 *Bare 党委, 政府*)
assert t.count('政府') == 21

# art. 3: the committee the rule sets up, specific head 委员会 (batch-c 家长委员会; gold-unseen
# Chongqing 教育督导委员会)
d.ctx('ORG', '成立[教育督导委员会]，统筹协调')

# art. 11: 督导组, head 组 (v1.1 *组 is a body head*; gold-unseen Chongqing 督导小组), every occurrence
d.every('ORG', '督导组', 3)
# 教育督导机构 (×~40, incl. 省教育督导机构, 上一级教育督导机构, 县级以上人民政府教育督导机构),
# 第三方专业评估监测机构, 校外培训机构: head 机构, generic (guidelines ORG "No"; v1.1).
# 被督导单位 / 被评估监测单位: head 单位. 社会组织: head 组织. 学校, 幼儿园, 民办学校: facilities.

# ====================================================================== STAFFING
# art. 11(一): the size of an inspection team set by the rule (gold-unseen Chongqing 督导小组由三名以上督学组成)
d.ctx('STAFFING', '成立由[三名以上]督学组成的督导组',
      norm={"min": 3, "max": None, "unit": "名", "approx": False})
# art. 12: a staffing norm for posts (at least one inspector per five schools), like
# shandong-part1 每个村明确一名综合执法协管员; 五所 is the ratio's denominator, not a count.
d.ctx('STAFFING', '按照每五所学校[至少一名]的比例配置责任督学',
      norm={"min": 1, "max": None, "unit": "名", "approx": False})

# ====================================================================== DEADLINE
# relative within-limits (v1.2): the span is the limit alone, without 自…之日起 / 在…后
d.ctx('DEADLINE', '自收到初步督导意见之日起[十日内]向教育督导机构', norm=WITHIN)   # art. 11(五)
d.ctx('DEADLINE', '自督导结束之日起[三十日内]向被督导单位发出', norm=WITHIN)       # art. 11(六)
d.ctx('DEADLINE', '自收到督导意见书之日起[十日内]向上一级', norm=WITHIN)          # art. 11(七)
d.ctx('DEADLINE', '自收到复核申请之日起[三十日内]作出答复', norm=WITHIN)          # art. 11(七)
d.ctx('DEADLINE', '专项督导结束后[三十日内]向本级人民政府', norm=WITHIN)          # art. 23
assert t.count('日内') == 5
# Not DEADLINE: 提前发出 (no number), 在规定时间内 / 限期整改 / 及时 / 定期 (vague),
# 每三年至少…一次, 每五年至少…一次, 每年 (bare frequencies), 离职不满三年 (a recusal condition).

# no PRINCIPLE (原则 does not occur; 国家教育方针 is a noun, not a formula adopted through 按照…方针),
# no DOC_NO (no 〔 or 号), no ITEM_COUNT (下列事项 lists carry no number; 一次 is a frequency)
assert t.count('原则') == 0 and t.count('号') == 0 and t.count('〔') == 0

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 10, 'DEADLINE': 5, 'STAFFING': 2, 'DOC_TITLE': 2}), c
write_gold(OUT, [d])
