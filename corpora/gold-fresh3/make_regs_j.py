"""Build regs-j.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 济南市城市供水条例 (Jinan urban water supply regulation, 2011; revised 2018).
Each anchor is `left[mention]right`; the whole string must occur the stated number of times.
Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh3/make_regs_j.py
"""
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc, write_gold

SOURCE = 'corpus/regulations/shandong/济南市城市供水条例(2018-07-27).txt'
OUT = 'corpora/gold-fresh3/regs-j.jsonl'

d = AnchoredDoc('fresh3-reg-shandong-jinan-water-2018', SOURCE,
                {'region': '山东省济南市', 'date': '2018-07-27'})
assert d.text == d.raw.decode('utf-8')

# relative limits (v1.2): within N -> period/during; N before an anchor event -> day/by
WITHIN = {'date': None, 'precision': 'period', 'relation': 'during', 'recurring': False}
BEFORE = {'date': None, 'precision': 'day', 'relation': 'by', 'recurring': False}

# ---- header: adoption / approval / revision lines ----
d.ctx('ORG', '2011年11月30日 [济南市第十四届人民代表大会常务委员会]第三十四次会议通过')
d.ctx('ORG', '2012年1月13日 [山东省第十一届人民代表大会常务委员会]第二十八次会议批准')
d.ctx('ORG', '2018年6月28日 [济南市第十六届人民代表大会常务委员会]第十六次会议通过')
d.ctx('ORG', '并经2018年7月27日[山东省第十三届人民代表大会常务委员会]第四次会议批准')
# one title: the inner ORG and the nested 〈…〉 title stay inside; 等三件 inside a title is not ITEM_COUNT
d.ctx('DOC_TITLE', '会议批准的《[济南市人民代表大会常务委员会关于修改〈济南市城市绿化条例〉等三件地方性法规的决定]》修正')

# ---- chapter 1 ----
d.ctx('DOC_TITLE', '根据《[中华人民共和国水法]》和国务院')
d.ctx('ORG', '》和[国务院]《城市供水条例》')
d.ctx('DOC_TITLE', '和国务院《[城市供水条例]》等相关法律法规')
d.ctx('PRINCIPLE', '城市供水应当遵循[综合利用和节约用水]的原则')
# shared ending 市和县、区人民政府 -> only the complete name 区人民政府 (notes: 市和区、县人民政府 -> 县人民政府)
d.ctx('ORG', '第五条 市和县、[区人民政府]应当将城市公共供水事业')

# ---- chapter 2: limits after completion ----
d.ctx('DEADLINE', '并于验收合格后[十五日内]，将供水设施工程竣工验收资料', norm=WITHIN)
d.ctx('DEADLINE', '城市供水设施工程竣工后[三个月内]，建设单位应当', norm=WITHIN)

# ---- chapter 3 ----
d.ctx('DEADLINE', '房屋征收部门应当[提前三十日]告知供水企业', norm=BEFORE)
d.ctx('DOC_TITLE', '按照《[山东省物业管理条例]》的规定')
d.ctx('ORG', '具体办法由[市人民政府]制定')

# ---- chapter 4 ----
d.ctx('ORG', '第二十三条 市和县、[区人民政府]应当建立')
d.ctx('ORG', '第二十四条 市和[县人民政府]应当组织')
d.ctx('DOC_TITLE', '应当符合国家《[地表水环境质量标准]》')
d.ctx('DOC_TITLE', '、《[地下水质量标准]》。')
d.ctx('DOC_TITLE', '应当符合国家《[生活饮用水卫生标准]》。')

# ---- chapter 5 ----
d.ctx('DEADLINE', '并[提前二十四小时]通知用户和公安消防部门', norm=BEFORE)
d.ctx('DEADLINE', '二次供水单位应当[提前二十四小时]通知用户', norm=BEFORE)
d.ctx('PRINCIPLE', '依据[补偿成本、合理收益、公平负担、节约用水]的原则')
d.ctx('DEADLINE', '供水企业经[提前四十八小时]通知后', norm=BEFORE)
d.ctx('DEADLINE', '供水企业应当于[二十四小时内]恢复供水', norm=WITHIN)

# ---- chapter 6 ----
d.ctx('DEADLINE', '自提出异议之日起[三个工作日内]予以处理并答复', norm=WITHIN)
d.ctx('DEADLINE', '自接到水费催缴通知之日起[七日内]向供水企业提出', norm=WITHIN)
d.ctx('DEADLINE', '供水企业应当在[七日内]答复用户', norm=WITHIN)

# ---- chapter 7 ----
d.ctx('DEADLINE', '应当自发现之日起[五日内]告知', n=2, norm=WITHIN)
d.ctx('DEADLINE', '应当将查处结果在[七日内]告知城市供水主管部门', norm=WITHIN)
d.ctx('DEADLINE', '自做出决定之日起和执行完毕之日起[七日内]告知供水主管部门', norm=WITHIN)
d.ctx('DEADLINE', '自接到投诉、举报之日起[十日内]核查', norm=WITHIN)

# ---- chapter 9 ----
d.ctx('ORG', '1994年4月21日[济南市人民代表大会常务委员会]颁布施行')
d.ctx('DOC_TITLE', '颁布施行的《[济南市城市自来水供水管理办法]》同时废止')

# ---- checks ----
assert d.text.count('人民政府') == 4 and d.text.count('《') == 8 and d.text.count('日内') == 9
for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}
p = [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE']
assert p == [['综合利用和节约用水'], ['补偿成本', '合理收益', '公平负担', '节约用水']], p
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 15, 'DOC_NO': 0, 'DOC_TITLE': 8, 'ITEM_COUNT': 0, 'ORG': 10,
                  'PRINCIPLE': 2, 'STAFFING': 0}, counts
write_gold(OUT, [d])
