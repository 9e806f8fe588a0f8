"""Build regs-al.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 河南省企业工资集体协商条例 (Henan regulation on collective wage bargaining in enterprises;
adopted by the Henan standing committee on 2013-11-29, in force 2014-01-01).
Each anchor is `left[mention]right`; it must occur exactly n times in the text (n=1 unless given).
Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh7/make_regs_al.py
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh7/regs-al.jsonl'

d = Doc("fresh7-reg-henan-wage-bargaining-2013",
        "corpus/regulations/henan/河南省企业工资集体协商条例(2013-11-29).txt",
        # date: the header has one dated line, the adoption on 2013-11-29 (= the brief's date);
        # no approval or revision line, so the date is unchanged
        {"region": "河南省", "date": "2013-11-29"})
assert d.text == d.raw.decode('utf-8')
t = d.text

WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
BEFORE = {"date": None, "precision": "day", "relation": "by", "recurring": False}


def staff(lo, hi, unit, approx=False):
    return {"min": lo, "max": hi, "unit": unit, "approx": approx}


# ---- header: the adoption line (the body is ORG; the meeting 第五次会议 is not) ----
d.ctx('ORG', '2013年11月29日 [河南省第十二届人民代表大会常务委员会]第五次会议通过')
# 委员会 ×3: the header body; 专门委员会 (art. 8, in a coordination ending in 负责人: people);
# 劳动争议仲裁委员会 (art. 42, labelled below)
assert t.count('委员会') == 3
assert t.count('专门委员会或者专门小组负责人联席会议') == 1

# ---- DOC_TITLE: the three laws of art. 1 and 劳动合同法 again in art. 40 (工会法's 工会 stays inside) ----
d.ctx('DOC_TITLE', '根据《[中华人民共和国劳动法]》、')
d.ctx('DOC_TITLE', '》、《[中华人民共和国劳动合同法]》、')
d.ctx('DOC_TITLE', '》、《[中华人民共和国工会法]》及有关法律')
d.ctx('DOC_TITLE', '依照《[中华人民共和国劳动合同法]》处理')
assert t.count('《') == 4

# ---- PRINCIPLE: art. 4, content called 原则 introduced by 遵循 ----
d.ctx('PRINCIPLE', '工资集体协商应当遵循[合法、合理、公开、平等、诚信]的原则')
assert t.count('原则') == 1

# ---- 人民政府 / 政府: none is ORG ----
# 各级人民政府 (art. 6, level word), 县级以上人民政府劳动行政部门 (art. 7, level word + 部门),
# 当地政府 (art. 20(三), locative like 当地人民政府 / 属地)
assert t.count('各级人民政府') == 1 and t.count('县级以上人民政府劳动行政部门') == 1
assert t.count('当地政府') == 1 and t.count('政府') == 3

# ---- trade unions: 26 occurrences of 工会, 13 labelled ----
# art. 5: the union an enterprise lacks (a body in a relative clause) and the next-higher union (v1.2)
d.ctx('ORG', '\n\n尚未建立[工会]的企业，由上一级工会指导职工民主推选的代表')
d.ctx('ORG', '尚未建立工会的企业，由[上一级工会]指导职工民主推选的代表')
# art. 7: two kinds of union as subjects (regs-aa), the union as one of the three parties
d.ctx('ORG', '\n\n[地方工会]、产业工会对职工方')
d.ctx('ORG', '\n\n地方工会、[产业工会]对职工方')
d.ctx('ORG', '劳动行政部门、[工会]和企业代表组织应当通过')
# art. 8: the union that nominates; the union an enterprise lacks; the next-higher union
d.ctx('ORG', '由[工会]提名或者组织职工提名')
d.ctx('ORG', '\n\n尚未建立[工会]的企业，职工方协商代表的产生')
d.ctx('ORG', '协商代表的产生由[上一级工会]指导企业职工民主推选')
# art. 17: the bodies whose opinion must be sought (的意见 is not a person)
d.ctx('ORG', '应当事先征求[企业工会]或者上一级工会的意见')
d.ctx('ORG', '应当事先征求企业工会或者[上一级工会]的意见')
# art. 30: the enterprise union files the contract with the next-higher union
d.ctx('ORG', '；[企业工会]应当及时将合同文本')
d.ctx('ORG', '相关资料报送[上一级工会]。')
# art. 33: the union as the workers' side in sectoral / regional bargaining
d.ctx('ORG', '可以由[工会]与企业方代表进行工资集体协商')
# not ORG (13): 工会法 (inside a title); 工会组织 (art. 5) and 行业工会组织 / 区域内的工会组织
# (art. 35): head 组织; 企业工会主席, 工会主席 ×2, 工会负责人 (art. 8), 工会工作人员 (art. 14),
# 工会主席 (art. 35): people; 同级工会 (art. 38), 上级工会 (arts. 39, 41): level words
for s, n in [('中华人民共和国工会法', 1), ('在工会组织指导下', 1), ('由行业工会组织或者区域内的工会组织选派', 1),
             ('由企业工会主席担任', 1), ('工会主席因故', 1), ('工会主席空缺', 1), ('由工会负责人担任', 1),
             ('工会工作人员', 1), ('首席代表由工会主席担任', 1), ('同级工会', 1), ('上级工会', 2),
             ('上一级工会', 4)]:
    assert t.count(s) == n, s
assert t.count('工会') == 26

# ---- employers' organisations (art. 7): 企业联合会 and 工商业联合会 are ORG (regs-aa 企业联合会,
#      工商联); 行业协会 is an open class (7th session: trade associations are not bodies) ----
d.ctx('ORG', '\n\n[企业联合会]、工商业联合会、行业协会等企业代表组织')
d.ctx('ORG', '\n\n企业联合会、[工商业联合会]、行业协会等企业代表组织')
assert t.count('联合会') == 2 and t.count('协会') == 1

# ---- dispute body (art. 42); bare 人民法院 is generic (v1.2) ----
d.ctx('ORG', '可以依法向[劳动争议仲裁委员会]申请仲裁')
assert t.count('人民法院') == 1

# ---- STAFFING ----
# art. 12: the minimum size of each side's delegation (posts with duties, job protection and a
# 缺额/补选 rule: regs-aa labels the same rule; regs-w did not; the 7th session left it open)
d.ctx('STAFFING', '每方人数为[三人以上]。', norm=staff(3, None, '人'))
# art. 25: the recorder both sides appoint (regs-aa and regs-w both label it)
d.ctx('STAFFING', '共同确定[一名]非协商代表担任记录员', norm=staff(1, 1, '名'))
# not STAFFING: 半数以上职工 (art. 8, threshold), 不得低于三分之一 / 三分之一 (arts. 8, 11, ratios),
# 百分之十以上 (art. 8), 百分之九十以上的职工 (art. 19): percentages
assert t.count('人以上') == 1 and t.count('名') == 4

# ---- DEADLINE: relative limits (v1.2); span = the limit alone ----
d.ctx('DEADLINE', '应当于[三个工作日内]在本单位公布', norm=WITHIN)                       # art. 13
d.ctx('DEADLINE', '自收到要约书之日起[十个工作日内]给予答复', norm=WITHIN)               # art. 21
d.ctx('DEADLINE', '在工资集体协商会议召开[五个工作日前]，协商双方', norm=BEFORE)          # art. 23
# art. 26: the bargaining period, which art. 37 treats as the limit for reaching agreement
# (regs-aa: 应当在…六十日内完成协商 labelled); no 内 in the text, so the span is the bare limit
d.ctx('DEADLINE', '被要约方收到要约之日起[两个月]。', norm=WITHIN)
d.ctx('DEADLINE', '合同签订之日起[五个工作日内]，将下列资料报送', norm=WITHIN)            # art. 28
d.ctx('DEADLINE', '相关资料之日起[十五日内]，进行合法性审查', norm=WITHIN)               # art. 29
# art. 29 para. 3: the department's objection window (regs-q, regs-aa, regs-w label the same wording)
d.ctx('DEADLINE', '收到工资专项集体合同之日起[十五日内]未提出异议的', norm=WITHIN)
d.ctx('DEADLINE', '合同生效之日起[五日内]以适当方式', norm=WITHIN)                       # art. 30
d.ctx('DEADLINE', '期满前[两个月内]，双方应当', norm=WITHIN)                              # art. 31
d.ctx('DEADLINE', '自期满之日起[十五日内]以书面形式', norm=WITHIN)                        # art. 37
d.ctx('DEADLINE', '自收到申请之日起[五个工作日内]，自行或者会同', norm=WITHIN)            # art. 38
d.ctx('DEADLINE', '应当在[三十日内]完成协调处理工作', norm=WITHIN)                        # art. 38
# not DEADLINE: 双方在十五日之内未提出申请的 (art. 37, lapse condition restating the limit just set);
# 延长期限不得超过十五日 (art. 38, extension); 有效期限为一至三年 (art. 31, validity term);
# 在本条例第二十六条规定的期限内 (art. 37, 规定期限内: vague); 闭会期间, 履行职责期间, 中止期间,
# 工资集体协商期间 (periods of a state); 及时, 事先, 按时 (vague); the adoption date and the
# effective date 2014年1月1日 (v1.1)
for s in ['十五日之内未提出申请的', '延长期限不得超过十五日', '有效期限为一至三年', '第二十六条规定的期限内']:
    assert t.count(s) == 1, s
assert t.count('日内') == 9 and t.count('月内') == 1 and t.count('日前') == 1 and t.count('之内') == 1

# ---- no ITEM_COUNT, no DOC_NO (no 号, no 〔) ----
assert t.count('号') == 0 and t.count('〔') == 0

for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}
    if e['label'] == 'STAFFING':
        assert set(e['normalized']) == {'min', 'max', 'unit', 'approx'}
p = [e for e in d.ents if e['label'] == 'PRINCIPLE']
assert p[0]['normalized'] == ['合法', '合理', '公开', '平等', '诚信']

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 17, 'DEADLINE': 12, 'DOC_TITLE': 4, 'STAFFING': 2, 'PRINCIPLE': 1}), c
write_gold(OUT, [d])
