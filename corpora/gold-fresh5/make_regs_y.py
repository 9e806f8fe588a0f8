"""Build regs-y.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 潍坊市供热条例 (Weifang heating regulation; adopted 2020-12-08, approved 2021-01-28,
in force 2021-05-01).
Each anchor is `left[mention]right`; it must occur the stated number of times (default once).
Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh5/make_regs_y.py
"""
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc, write_gold

SOURCE = 'corpus/regulations/shandong/潍坊市供热条例(2021-01-28).txt'
OUT = 'corpora/gold-fresh5/regs-y.jsonl'
d = AnchoredDoc('fresh5-reg-shandong-weifang-heating-2021', SOURCE,
                {'region': '山东省潍坊市', 'date': '2021-01-28'})
assert d.text == d.raw.decode('utf-8')
T = d.text

# relative limits (v1.2 Relative time limits; project decision)
WITHIN = {'date': None, 'precision': 'period', 'relation': 'during', 'recurring': False}
BEFORE_DAY = {'date': None, 'precision': 'day', 'relation': 'by', 'recurring': False}
BEFORE_MONTH = {'date': None, 'precision': 'month', 'relation': 'by', 'recurring': False}  # regs-b 一个月前

# ---- header: adoption / approval lines (the meeting stays out); title line holds no body ----
d.ctx('ORG', '2020年12月8日 [潍坊市第十七届人民代表大会常务委员会]第三十八次会议通过')
d.ctx('ORG', '2021年1月28日 [山东省第十三届人民代表大会常务委员会]第二十五次会议批准')

# ---- art. 1: cited regulation ----
d.ctx('DOC_TITLE', '根据《[山东省供热条例]》和有关法律')

# ---- art. 3: PRINCIPLE (content called 原则; 的原则 dropped) ----
d.ctx('PRINCIPLE', '发展供热事业应当遵循[政府主导、企业经营、保障安全、节能环保]的原则')

# ---- art. 4: bodies inside 部门 phrases; 供热主管部门 (以下统称) is a generic head ----
d.ctx('ORG', '第四条 [市人民政府]城市管理部门负责全市供热')
d.ctx('ORG', '监督管理，[县级人民政府]住房和城乡建设部门')
d.ctx('ORG', '部门或者[县级人民政府]确定的供热管理部门')

# ---- shared ending 市、县（市、区）人民政府 -> 县（市、区）人民政府 (×8) ----
for p in ['第五条 市、[县（市、区）人民政府]应当组织开展供热管网',
          '市、[县（市、区）人民政府]应当制定天然气等清洁能源',
          '具体由市、[县（市、区）人民政府]发展改革部门负责制定',
          '第六条 市、[县（市、区）人民政府]应当综合运用',
          '由市、[县（市、区）人民政府]制定热费补贴办法',
          '具体由市、[县（市、区）人民政府]财政部门负责',
          '经市、[县（市、区）人民政府]批准，供热主管部门',
          '第二十七条 市、[县（市、区）人民政府]应当设立供热政策性补贴资金']:
    d.ctx('ORG', p)
# ---- shared ending 市、县（市）人民政府 -> 县（市）人民政府 (×3), and a bare one (art. 7) ----
d.ctx('ORG', '3月15日12时。市、[县（市）人民政府]可以根据天气变化')
d.ctx('ORG', '收费数额的，市、[县（市）人民政府]应当明确超过部分')
d.ctx('ORG', '具体办法由市、[县（市）人民政府]发展改革部门负责制定')
d.ctx('ORG', '内的供热专项规划。[县（市）人民政府]供热主管部门负责组织编制')

# ---- art. 7: city government, 本级人民政府 ----
d.ctx('ORG', '第七条 [市人民政府]城市管理部门负责组织编制')
d.ctx('ORG', '报[本级人民政府]批准后实施')

# ---- art. 31: city government ×2 ----
d.ctx('ORG', '应当进行改造。[市人民政府]应当制定移交、改造办法')
d.ctx('ORG', '具体由[市人民政府]城市管理部门会同')

# ---- DEADLINE ----
d.ctx('DEADLINE', '自受理之日起[七个工作日内]根据供热专项规划', norm=WITHIN)              # art. 9
d.ctx('DEADLINE', '在采暖期结束后[两个月内]结清费用并公示', norm=WITHIN)                 # art. 17
d.ctx('DEADLINE', '应当于[每年的7月31日前]向供热企业提出', norm={                        # art. 18
    'date': '2021-07-31', 'precision': 'day', 'relation': 'by', 'recurring': True})
d.ctx('DEADLINE', '在试压[七日前]通知用户', norm=BEFORE_DAY)                             # art. 21
d.ctx('DEADLINE', '在采暖期开始[五日前]启动全系统低温运行', norm=BEFORE_DAY)               # art. 22
d.ctx('DEADLINE', '供热企业应当[提前二日]通知用户', norm=BEFORE_DAY)                       # art. 23
d.ctx('DEADLINE', '在当年采暖期开始[六个月前]向行政审批服务部门提出申请', norm=BEFORE_MONTH)  # art. 25
d.ctx('DEADLINE', '自收到申请之日起[二十日内]作出是否批准的决定', norm=WITHIN)
d.ctx('DEADLINE', '在当年采暖期开始[三个月前]与承接的供热企业', norm=BEFORE_MONTH)
d.ctx('DEADLINE', '应当在采暖期开始[三十日前]向供热企业提出申请', norm=BEFORE_DAY)          # art. 28
d.ctx('DEADLINE', '应当在[一小时内]到达现场抢修', norm=WITHIN)                            # art. 34
d.ctx('DEADLINE', '应当在[五小时内]到达现场处理', norm=WITHIN)
d.ctx('DEADLINE', '应当在[二小时内]到达现场处理', norm=WITHIN)
d.ctx('DEADLINE', '应当在采暖期结束后[二个月内]履行完毕', norm=WITHIN)                     # art. 38

# ---- art. 43, art. 45: cited law and standard ----
d.ctx('DOC_TITLE', '由公安机关依照《[中华人民共和国治安管理处罚法]》予以处罚')
d.ctx('DOC_TITLE', '符合《[居住建筑节能设计标准]》（DBJ14-022-2003）')

# ---- candidate totals: every occurrence of these families has been decided ----
assert T.count('人民政府') == 19         # all 19 labelled (4 市, 2 县级, 8 县（市、区）, 4 县（市）, 1 本级)
assert T.count('委员会') == 2            # the two header committees
assert T.count('原则') == 1 and T.count('《') == 3
assert '号' not in T and '〔' not in T and '局' not in T
assert T.count('日内') == 3              # 七个工作日内, 二十日内 labelled; 采暖期开始后的十日内 (scope) not
assert T.count('月内') == 2 and T.count('时内') == 3      # all labelled
assert T.count('日前') == 4 and T.count('月前') == 2      # all labelled
assert T.count('提前') == 2              # 提前二日 labelled; 提前结束供热 (no number) not
assert T.count('每年') == 2              # 每年的7月31日前 labelled; the 采暖期 definition (art. 13) not

for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}
assert [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE'] == [
    ['政府主导', '企业经营', '保障安全', '节能环保']]
orgs = Counter(e['text'] for e in d.ents if e['label'] == 'ORG')
assert orgs['县（市、区）人民政府'] == 8 and orgs['县（市）人民政府'] == 4 and orgs['市人民政府'] == 4, orgs

counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 14, 'DOC_NO': 0, 'DOC_TITLE': 3, 'ITEM_COUNT': 0, 'ORG': 21,
                  'PRINCIPLE': 1, 'STAFFING': 0}, counts
write_gold(OUT, [d])
