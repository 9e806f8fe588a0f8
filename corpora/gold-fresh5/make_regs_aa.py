"""Build regs-aa.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 杭州市企业工资集体协商条例 (Hangzhou enterprise collective wage bargaining regulation;
adopted 2013-12-31, approved by the Zhejiang standing committee 2014-03-27, promulgated 2014-04-11).
Each anchor is `left[mention]right`; it must occur exactly n times in the text (n=1 unless given).
Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh5/make_regs_aa.py
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh5/regs-aa.jsonl'

d = Doc("fresh5-reg-zhejiang-hangzhou-wage-bargaining-2014",
        "corpus/regulations/zhejiang/杭州市企业工资集体协商条例(2014-04-11).txt",
        # date: the header's adoption (2013-12-31) and approval (2014-03-27) lines are both
        # earlier than the brief's 2014-04-11 (the promulgation line), so the date is unchanged
        {"region": "浙江省杭州市", "date": "2014-04-11"})
assert d.text == d.raw.decode('utf-8')
t = d.text

WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
BEFORE = {"date": None, "precision": "day", "relation": "by", "recurring": False}


def staff(lo, hi, unit='名', approx=False):
    return {"min": lo, "max": hi, "unit": unit, "approx": approx}


# ---- header: adoption / approval / promulgation lines (the body is ORG; meeting, 第25号 are not) ----
d.ctx('ORG', '2013年12月31日 [市十二届人民代表大会常务委员会]第十六次会议通过')
d.ctx('ORG', '2014年3月27日 [省十二届人民代表大会常务委员会]第九次会议批准')
d.ctx('ORG', '2014年4月11日 [杭州市人民代表大会常务委员会]第25号公布')
assert t.count('委员会') == 3

# ---- DOC_TITLE: the four laws of art. 1, the provincial regulation again in art. 44,
#      the repealed interim measures in art. 52 (工会法's 工会 stays inside its title) ----
d.ctx('DOC_TITLE', '根据《[中华人民共和国劳动法]》、')
d.ctx('DOC_TITLE', '、《[中华人民共和国劳动合同法]》、')
d.ctx('DOC_TITLE', '、《[中华人民共和国工会法]》、')
d.ctx('DOC_TITLE', '《[浙江省集体合同条例]》等有关法律')
d.ctx('DOC_TITLE', '依照《[浙江省集体合同条例]》有关规定处理')
d.ctx('DOC_TITLE', '发布的《[杭州市企业工资集体协商试行办法]》同时废止')
assert t.count('《') == 6

# ---- PRINCIPLE: content called 原则 (arts. 4, 15) ----
d.ctx('PRINCIPLE', '工资集体协商应当遵循[合法、平等、诚信]的原则')
d.ctx('PRINCIPLE', '用工单位应当按照[同工同酬]原则')
assert t.count('原则') == 2

# ---- 人民政府: only 杭州市人民政府 (art. 52); 各级 (art. 5) is vague, 当地 ×2 (arts. 11, 12) locative ----
d.ctx('ORG', '施行。[杭州市人民政府]发布的《')
assert t.count('人民政府') == 4 and t.count('政府') == 4

# ---- trade unions: 27 occurrences of 工会, 15 labelled ----
# art. 6: three kinds of union bodies as subjects / objects of guidance
d.ctx('ORG', '\n\n[地方工会]、产业工会对基层工会和职工')
d.ctx('ORG', '\n\n地方工会、[产业工会]对基层工会和职工')
d.ctx('ORG', '地方工会、产业工会对[基层工会]和职工')
# art. 18: the union established (or not) in an enterprise, a body in a relative clause
d.ctx('ORG', '已经建立[工会]的企业，职工方首席代表')
d.ctx('ORG', '未建立[工会]的企业,在其所在地')
# art. 32: the union that recommends the workers' representatives (the second pair names people)
d.ctx('ORG', '职工方协商代表由[行业工会]或者区域工会推荐')
d.ctx('ORG', '职工方协商代表由行业工会或者[区域工会]推荐')
# art. 34: the union that represents the workers' side
d.ctx('ORG', '企业代表组织的，[行业工会]或者区域工会代表职工方')
d.ctx('ORG', '企业代表组织的，行业工会或者[区域工会]代表职工方')
# art. 41: shared ending 企业、行业、区域工会 -> the complete name only; 上一级 + body is one body (v1.2)
d.ctx('ORG', '企业、行业、[区域工会]应当将生效的')
d.ctx('ORG', '报送[上一级工会]。')
# art. 43: the union as subject, and the union inside the names of its two supervision documents
d.ctx('ORG', '企业违反本条例规定的，[工会]应当向企业发出')
d.ctx('ORG', '向企业发出[工会]劳动法律监督意见书')
d.ctx('ORG', '递交[工会]劳动法律监督建议书')
# art. 50: the union as holder of rights
d.ctx('ORG', '损害职工或者[工会]权益的')
# not ORG (12): 工会法 (inside a title); 同级地方工会 (art. 7, 同级); 本企业工会主席 and 工会负责人
# (art. 18, people); 其所在地地方工会或者产业工会 (art. 18, 所在 covers the list); 行业工会或者区域工会
# 负责人 (art. 32, coordination ending in a person); 县级以上工会 (art. 43); 工会工作人员 (art. 50,
# people); 同级工会 and 上级工会 (art. 50, level words)
assert t.count('工会') == 27
assert t.count('行业工会或者区域工会负责人') == 1 and t.count('本企业工会主席或者工会负责人') == 1
assert t.count('县级以上工会') == 1 and t.count('同级工会或者上级工会') == 1 and t.count('同级地方工会') == 1
assert t.count('其所在地地方工会或者产业工会') == 1 and t.count('工会工作人员') == 1

# ---- enterprise representative organisations: 工商联、企业联合会、企业家协会 (arts. 6, 32, 34);
#      行业协会 and 商会 are generic classes of associations (not ORG) ----
d.every('ORG', '工商联', 3)
d.every('ORG', '企业联合会', 3)
d.every('ORG', '企业家协会', 3)
assert t.count('工商联、企业联合会、企业家协会等企业代表组织') == 3
assert t.count('行业协会、商会或者工商联') == 2

# ---- STAFFING: size and posts of the bargaining delegations (arts. 16, 26) ----
d.ctx('STAFFING', '每方代表人数为[三至九名],规模以上企业', norm=staff(3, 9))
d.ctx('STAFFING', '每方代表人数[不得少于五名]，企业方的协商代表', norm=staff(5, None))
d.ctx('STAFFING', '并各自确定[一名]首席代表', norm=staff(1, 1))
d.ctx('STAFFING', '共同指定[一名]非协商代表担任记录员', norm=staff(1, 1))
assert t.count('名') == 5   # the fifth is 代表名单 (art. 24)

# ---- DEADLINE: relative limits (v1.2), span = the limit alone ----
d.ctx('DEADLINE', '工资专项集体合同期满前[九十日内]，任何一方', norm=WITHIN)            # art. 23
d.ctx('DEADLINE', '要约书之日起[十个工作日内]予以书面答复', norm=WITHIN)                # art. 24
d.ctx('DEADLINE', '举行工资集体协商会议的[七个工作日前]如实提供', norm=BEFORE)          # art. 25
d.ctx('DEADLINE', '草案应当在[十五个工作日内]提交企业职工代表大会', norm=WITHIN)        # art. 28
d.ctx('DEADLINE', '草案应当在[五个工作日内]再次提交讨论和表决', norm=WITHIN)            # art. 28
d.ctx('DEADLINE', '发出工资集体协商要约之日起[六十日内]完成协商', norm=WITHIN)          # art. 29
d.ctx('DEADLINE', '双方首席代表签字之日起[十日内]，由企业方', norm=WITHIN)              # art. 40
d.ctx('DEADLINE', '自收到工资专项集体合同之日起[十五日内]未提出异议', norm=WITHIN)      # art. 40
d.ctx('DEADLINE', '合同生效之日起[五个工作日内]向本企业', norm=WITHIN)                  # art. 41
# not DEADLINE: art. 47(二) 企业方无正当理由未在六十日内完成协商的 (a condition of a penalty that
# restates art. 29's limit); art. 27 中止协商的期限累计不得超过三十日 (a cap on the length of a
# suspension, not a limit for a measure)
assert t.count('日内') == 9 and t.count('日前') == 1
assert t.count('未在六十日内完成协商的') == 1

for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}
    if e['label'] == 'STAFFING':
        assert set(e['normalized']) == {'min', 'max', 'unit', 'approx'}
assert [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE'] == [['合法', '平等', '诚信'], ['同工同酬']]

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 28, 'DEADLINE': 9, 'DOC_TITLE': 6, 'STAFFING': 4, 'PRINCIPLE': 2}), c
write_gold(OUT, [d])
