"""Build regs-q.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 郑州市劳动用工条例 (Zhengzhou labour-employment regulation; adopted 2012-06-29,
approved by the Henan standing committee 2012-07-27).
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or model is used.
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, split_anchor, write_gold

OUT = 'corpora/gold-fresh4/regs-q.jsonl'

d = Doc("fresh4-reg-henan-zhengzhou-labour-2012",
        "corpus/regulations/henan/郑州市劳动用工条例(2012-08-22).txt",
        # date: the header's last line (2012-07-27, provincial approval) is the brief's date;
        # nothing later in the header (2012-08-22 of the file name does not occur in the text)
        {"region": "河南省郑州市", "date": "2012-07-27"})
assert d.text == d.raw.decode('utf-8')
t = d.text

# ---- header: adoption / approval lines (the body is ORG, the meeting is not) ----
d.ctx('ORG', '2012年6月29日 [郑州市第十三届人民代表大会常务委员会]第二十九次会议通过')
d.ctx('ORG', '2012年7月27日 [河南省第十一届人民代表大会常务委员会]第二十八次会议批准')

# ---- art. 1: the three laws ----
d.ctx('DOC_TITLE', '根据《[中华人民共和国劳动法]》、')
d.ctx('DOC_TITLE', '、《[中华人民共和国劳动合同法]》、')
d.ctx('DOC_TITLE', '、《[中华人民共和国就业促进法]》等法律')
assert t.count('《') == 3

# ---- art. 3: mass organisations listed before the generic head 等组织 ----
d.ctx('ORG', '\n[工会]、妇联、残联等组织依法维护')
d.ctx('ORG', '\n工会、[妇联]、残联等组织依法维护')
d.ctx('ORG', '\n工会、妇联、[残联]等组织依法维护')
# art. 31: the employer's union (the 的-modifier stays out); art. 36: 本单位 + body, 本… inside
d.ctx('ORG', '用人单位的[工会]或者职工代表有权')
d.ctx('ORG', '应当事先征得[本单位工会]或者职工代表大会同意')
assert t.count('工会') == 3

# ---- art. 40: dispute-handling committees (the 组织 heads and bare 人民法院 are not ORG) ----
d.ctx('ORG', '也可以向[企业劳动争议调解委员会]、依法设立的基层人民调解组织')
d.ctx('ORG', '可以依法向有管辖权的[劳动人事争议仲裁委员会]申请仲裁')

# ---- art. 41: shared ending 市、县（市）、区人民政府 -> only the complete name ----
d.ctx('ORG', '第四十一条 市、县（市）、[区人民政府]应当建立健全')
# not ORG: 县级以上人民政府 (art. 15), 同级人民政府 (art. 41): vague level words
assert t.count('人民政府') == 3 and t.count('委员会') == 4

# ---- art. 8: minimum staff of a human-resources agency (a requirement set by the rule) ----
d.ctx('STAFFING', '设立人力资源中介服务组织的，有[三名以上]具备相应职业资格的专职工作人员',
      norm={"min": 3, "max": None, "unit": "名", "approx": False})
d.ctx('STAFFING', '设立人力资源中介服务组织的，有[二名以上]具备相应职业资格的专职工作人员',
      norm={"min": 2, "max": None, "unit": "名", "approx": False})

# ---- relative time limits (v1.2): period, during, date null ----
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
d.ctx('DEADLINE', '用人单位应当自用工之日起[一个月内]与劳动者订立书面劳动合同', norm=WITHIN)   # art. 12
d.ctx('DEADLINE', '用人单位应当自用工之日起[三十日内]为其职工向社会保险经办机构', norm=WITHIN)  # art. 13
d.ctx('DEADLINE', '应当自用工之日起[三十日内]到市、县（市）、区', norm=WITHIN)                # art. 14
d.ctx('DEADLINE', '并在[十五日内]为劳动者办理档案转移手续', norm=WITHIN)                      # art. 15
d.ctx('DEADLINE', '自工资专项集体合同签订之日起[十日内]，将合同文本报送', norm=WITHIN)        # art. 30
d.ctx('DEADLINE', '自收到合同文本之日起[十五日内]未提出异议的', norm=WITHIN)                  # art. 30 (review window)
d.ctx('DEADLINE', '应当自制定或者修订之日起[十五日内]，报同级企业主管部门', norm=WITHIN)      # art. 30
assert t.count('日内') == 6 and t.count('月内') == 1

# ---- PRINCIPLE: content the text calls 原则 ----
d.ctx('PRINCIPLE', '（四）其他违反[诚实信用和公平]原则，规避')                               # art. 18
# art. 32: 加班工资的计算基数按照下列原则确定： one PRINCIPLE per item, without number and ；/。
d.ctx('PRINCIPLE', '（一）[用人单位与劳动者双方约定的工资标准]；')
d.ctx('PRINCIPLE', '（二）[双方虽有约定，但约定的工资标准低于集体合同约定的，按照集体合同执行]；')
d.ctx('PRINCIPLE', '（三）[双方未约定的，按照劳动者本人加班当月前十二个月提供正常劳动的月平均工资计算；'
                   '实际工作时间未满十二个月的，按照劳动者本人实际提供正常劳动的月平均工资计算]；')
d.ctx('PRINCIPLE', '（四）[无法确定劳动者工资标准的，按照当地上年度城镇单位在岗职工平均工资计算]。')
assert t.count('原则') == 2

# ---- checks ----
c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 10, 'DEADLINE': 7, 'PRINCIPLE': 5, 'DOC_TITLE': 3, 'STAFFING': 2}), c
for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}
    if e['label'] == 'STAFFING':
        assert set(e['normalized']) == {'min', 'max', 'unit', 'approx'}
assert [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE'][0] == ['诚实信用和公平']
write_gold(OUT, [d])
