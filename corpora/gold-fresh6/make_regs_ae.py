"""Build regs-ae.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 洛阳市集中供热条例 (Luoyang district-heating regulation; adopted 2018-08-30 by the Luoyang
standing committee, approved 2018-09-29 by the Henan standing committee).
Each anchor is `left[mention]right`; it must occur the stated number of times (default once).
Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh6/make_regs_ae.py
"""
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc, write_gold

SOURCE = 'corpus/regulations/henan/洛阳市集中供热条例(2018-10-22).txt'
OUT = 'corpora/gold-fresh6/regs-ae.jsonl'
d = AnchoredDoc('fresh6-reg-henan-luoyang-heating-2018', SOURCE,
                {'region': '河南省洛阳市', 'date': '2018-09-29'})
assert d.text == d.raw.decode('utf-8')
T = d.text

# relative limits (v1.2 Relative time limits; project decision)
WITHIN = {'date': None, 'precision': 'period', 'relation': 'during', 'recurring': False}
BEFORE_DAY = {'date': None, 'precision': 'day', 'relation': 'by', 'recurring': False}
BEFORE_MONTH = {'date': None, 'precision': 'month', 'relation': 'by', 'recurring': False}  # regs-y 六个月前

# ---- header: adoption / approval lines (the meeting stays out); the title line holds no body ----
d.ctx('ORG', '2018年8月30日 [洛阳市第十四届人民代表大会常务委员会]第四十一次会议通过')
d.ctx('ORG', '2018年9月29日 [河南省第十三届人民代表大会常务委员会]第六次会议批准')

# ---- art. 3: PRINCIPLE (content called 原则, introduced by 遵循; 的原则 dropped) ----
d.ctx('PRINCIPLE', '供热应当遵循[统筹规划、优化配置、节能环保、规范服务、安全便民、强化监管]的原则')

# ---- shared ending 市、县（市）人民政府 -> 县（市）人民政府 (×11); bare 县（市）人民政府 (art. 18) ----
for p in ['第四条 市、[县（市）人民政府]供热行政主管部门负责',         # inside a 部门 phrase
          '第五条 市、[县（市）人民政府]应当将供热事业纳入',
          '市、[县（市）人民政府]应当对既有住宅按照计划',           # art. 14
          '并网运营。具体办法由市、[县（市）人民政府]制定',         # art. 16
          '如遇异常低温情况，市、[县（市）人民政府]可以决定提前供热',  # art. 18
          '申请用热户数达到市、[县（市）人民政府]规定数量的，热经营企业应当供热',
          '实行热费补贴。具体办法由市、[县（市）人民政府]制定',     # art. 31
          '第三十九条 市、[县（市）人民政府]应当建立供热联席会议制度',
          '第四十四条 市、[县（市）人民政府]应当制定供热突发事件应急预案',
          '（一）未按照市、[县（市）人民政府]确定的起止时间',        # art. 46, subject of 确定
          '申请用热户数达到市、[县（市）人民政府]规定数量的住宅小区']:  # art. 46, subject of 规定
    d.ctx('ORG', p)
d.ctx('ORG', '区域的供热起止时间由[县（市）人民政府]确定')

# ---- art. 8: 本级政府 (level word pointing to one body); art. 19: 市人民政府 ----
d.ctx('ORG', '并经[本级政府]批准后报上一级供热行政主管部门备案')
d.ctx('ORG', '供热价格由[市人民政府]按照有关规定实行政府定价')

# ---- DEADLINE ----
d.ctx('DEADLINE', '建设单位应当在[十五个工作日内]将供热设施', norm=WITHIN)                  # art. 15
d.ctx('DEADLINE', '应当在[十五个工作日内]报送供热行政主管部门备案', norm=WITHIN)
d.ctx('DEADLINE', '应当在供热开始之日[十五日前]具备供热条件', norm=BEFORE_DAY)             # art. 22
d.ctx('DEADLINE', '应当[提前五日]通知热用户', norm=BEFORE_DAY)
d.ctx('DEADLINE', '应当在当年供热开始之日[六个月前]向供热行政主管部门提出申请', norm=BEFORE_MONTH)  # art. 24
d.ctx('DEADLINE', '自收到申请之日起[二十日内]作出是否批准的决定', norm=WITHIN)
d.ctx('DEADLINE', '在收到批准决定之日起[二十个工作日内]，与承接的供热企业', norm=WITHIN)
d.ctx('DEADLINE', '应当在[二日内]给予处理或者答复', norm=WITHIN)                             # art. 25
d.ctx('DEADLINE', '热经营企业应当在[十二小时内]进行检测', norm=WITHIN)                       # art. 29
d.ctx('DEADLINE', '应当在每年供热期结束后[二个月内]结清', norm=WITHIN)
d.ctx('DEADLINE', '并于[每年十月十五日前]完成年度检修', norm={                                # art. 33
    'date': '2018-10-15', 'precision': 'day', 'relation': 'by', 'recurring': True})
d.ctx('DEADLINE', '接到供热事故报告后，[二个小时内]到达现场并组织抢修', norm=WITHIN)          # art. 37
d.ctx('DEADLINE', '在接到投诉后及时处理，[七日内]将处理结果告知投诉人', norm=WITHIN)          # art. 43

# ---- candidate totals: every occurrence of these families has been decided ----
assert T.count('人民政府') == 13          # all labelled: 12 县（市）人民政府, 1 市人民政府
assert T.count('政府') == 18              # + 本级政府 (labelled); bare 政府 ×4 (政府主导, 政府定价, 政府制定 ×2) not
assert T.count('委员会') == 3             # two header committees; 社区（居民委员会）人员 (art. 38) not
assert T.count('原则') == 1
assert '《' not in T and '号' not in T and '〔' not in T
assert T.count('日内') == 7               # 6 labelled; 未在七日内处理 (art. 45, restated in a penalty condition) not
assert T.count('月内') == 1 and T.count('日前') == 2 and T.count('月前') == 1     # all labelled
assert T.count('时内') == 3               # 2 labelled; …后二个小时内未到达现场 (art. 46(八), restated) not
assert T.count('提前') == 3               # 提前五日 labelled; 提前供热 ×2 (no number) not
assert T.count('每年') == 3               # 每年十月十五日前 labelled; 二个月内 labelled alone; art. 18 heating season not
assert T.count('小时') == 8               # 十二小时内, 二个小时内 labelled; 二十四小时 ×2, thresholds ×3, art. 46 not

for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}
assert [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE'] == [
    ['统筹规划', '优化配置', '节能环保', '规范服务', '安全便民', '强化监管']]
orgs = Counter(e['text'] for e in d.ents if e['label'] == 'ORG')
assert orgs['县（市）人民政府'] == 12 and orgs['市人民政府'] == 1 and orgs['本级政府'] == 1, orgs

counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 13, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 0, 'ORG': 16,
                  'PRINCIPLE': 1, 'STAFFING': 0}, counts
write_gold(OUT, [d])
