"""Build regs-t.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 杭州市法律援助条例 (Hangzhou legal aid regulation; adopted 2016-10-26, approved 2016-12-23).
Each anchor is `left[mention]right`; it must occur exactly n times in the text (n=1 unless given).
Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh4/make_regs_t.py
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh4/regs-t.jsonl'

d = Doc("fresh4-reg-zhejiang-hangzhou-legal-aid-2016",
        "corpus/regulations/zhejiang/杭州市法律援助条例(2017-01-13).txt",
        {"region": "浙江省杭州市", "date": "2016-12-23"})
assert d.text == d.raw.decode('utf-8')

WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}

# ---- header: adoption / approval / promulgation lines (meeting and 公告第77号 stay out) ----
d.ctx('ORG', '2016年10月26日 [杭州市第十二届人民代表大会常务委员会]第四十次会议通过')
d.ctx('ORG', '2016年12月23日 [浙江省第十二届人民代表大会常务委员会]第三十六次会议批准')
d.ctx('ORG', '2016年12月23日 [杭州市第十二届人民代表大会常务委员会]公告第77号公布')

# ---- art. 1: cited laws; 国务院 before a title is ORG, adjacent to the DOC_TITLE ----
d.ctx('DOC_TITLE', '根据《[中华人民共和国刑事诉讼法]》')
d.ctx('DOC_TITLE', '》《[中华人民共和国律师法]》、')
d.ctx('ORG', '、[国务院]《法律援助条例》')
d.ctx('DOC_TITLE', '国务院《[法律援助条例]》和')
d.ctx('DOC_TITLE', '和《[浙江省法律援助条例]》等')

# ---- shared ending 市和区、县（市）人民政府 -> only the complete name (arts. 4, 5, 19) ----
d.ctx('ORG', '第四条 法律援助是政府的责任，市和区、[县（市）人民政府]应当采取积极措施')
d.ctx('ORG', '第五条 市和区、[县（市）人民政府]应当为法律援助提供财政支持')
d.ctx('ORG', '第十九条 市和区、[县（市）人民政府]认为确有必要')
# the other 4 人民政府: 县级以上人民政府 (art. 2, vague level), 所在地人民政府 (art. 12, locative)
# are not ORG; 乡镇人民政府 (art. 24) and 省人民政府 (art. 25) are
d.ctx('ORG', '（二）[乡镇人民政府]、街道办事处或者民政部门出具')
d.ctx('ORG', '（二）乡镇人民政府、[街道办事处]或者民政部门出具')
d.ctx('ORG', '法律、法规以及[省人民政府]规定的')
assert d.text.count('人民政府') == 7

# ---- art. 9: mass organisations in a list (reports precedent 工会、共青团…; regs-m 科学技术协会) ----
d.ctx('ORG', '鼓励[工会]、共产主义青年团')
d.ctx('ORG', '鼓励工会、[共产主义青年团]、妇女联合会')
d.ctx('ORG', '共产主义青年团、[妇女联合会]、残疾人联合会')
d.ctx('ORG', '妇女联合会、[残疾人联合会]等社会组织')

# ---- art. 16: court levels as class names (gold-unseen regulations-b 基层人民法院) ----
d.ctx('ORG', '（三）[基层人民法院]审理的一审刑事案件')
d.ctx('ORG', '（四）[中级人民法院]审理的一审刑事案件')
# every other 人民法院 (11) and 人民检察院 (10) is bare: generic (v1.2)
assert d.text.count('人民法院') == 13 and d.text.count('人民检察院') == 10

# ---- DEADLINE: relative within-limits (v1.2), span = the limit alone ----
d.ctx('DEADLINE', '相关单位应当在[二十四小时内]转交或者告知', norm=WITHIN)
d.ctx('DEADLINE', '并于[三日内]通知申请人的法定代理人', norm=WITHIN)
d.ctx('DEADLINE', '自受理法律援助申请之日起[五个工作日内]完成审查', norm=WITHIN)
d.ctx('DEADLINE', '可以自收到决定之日起[十五日内]向主管该法律援助机构', norm=WITHIN)
d.ctx('DEADLINE', '司法行政部门应当在收到异议之日起[五个工作日内]进行审查', norm=WITHIN)
d.ctx('DEADLINE', '通知代理公函之日起[三个工作日内]，指派法律服务机构', norm=WITHIN)
d.ctx('DEADLINE', '应当自收到申请之日起[五个工作日内]决定是否更换', norm=WITHIN)
d.ctx('DEADLINE', '应当在援助事项办结后[十五日内]，向指派的法律援助机构', norm=WITHIN)
d.ctx('DEADLINE', '负责人应当在收到申请之日起[三个工作日内]作出决定', norm=WITHIN)
d.ctx('DEADLINE', '对复议申请，法律援助机构负责人应当在[三个工作日内]作出复议决定', norm=WITHIN)
# every 日内 (9) and 小时内 (1) of the text is one of the 10 limits above
assert d.text.count('日内') == 9 and d.text.count('小时内') == 1

for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 16, 'DEADLINE': 10, 'DOC_TITLE': 4}), c
write_gold(OUT, [d])
