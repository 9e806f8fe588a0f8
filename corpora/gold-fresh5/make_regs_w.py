"""Build regs-w.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 北京市集体合同条例 (Beijing collective-contract regulation; adopted by the Beijing
standing committee 2005-07-22, in force 2005-11-01). The header has one dated line only.
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or model is used.
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh5/regs-w.jsonl'

d = Doc("fresh5-reg-beijing-collective-contracts-2005",
        "corpus/regulations/beijing/北京市集体合同条例.txt",
        # date: the header's only dated line (adoption, 2005-07-22) is the brief's date
        {"region": "北京市", "date": "2005-07-22"})
assert d.text == d.raw.decode('utf-8')
t = d.text

# ---- header: adoption line (the body is ORG, the meeting is not); the title line holds no body ----
d.ctx('ORG', '2005年7月22日 [北京市第十二届人民代表大会常务委员会]第二十一次会议通过')

# ---- DOC_TITLE: the two laws of art. 1 and the union law again in art. 54 ----
d.ctx('DOC_TITLE', '根据《[中华人民共和国劳动法]》和《中华人民共和国工会法》')
d.ctx('DOC_TITLE', '根据《中华人民共和国劳动法》和《[中华人民共和国工会法]》，结合本市')
d.ctx('DOC_TITLE', '按照《[中华人民共和国工会法]》及有关法律')
assert t.count('《') == 3

# ---- PRINCIPLE: art. 4, content called 原则 (only 的原则 dropped) ----
d.ctx('PRINCIPLE', '并遵循[相互尊重、平等协商、诚实守信、公平合作、兼顾双方合法权益]的原则。')
assert t.count('原则') == 1

# ---- ORG: the union (工会) ----
# art. 8: the employer's union selects the employees' negotiators (本… inside the span, regs-q)
d.ctx('ORG', '职工一方的协商代表由[本单位工会]征求职工意见后选派')
# art. 8 ×2: 未建立工会的 -- the union as the object of 建立 (Ningbo: 依法设立人民调解委员会 → ORG)
d.ctx('ORG', '后选派。未建立[工会]的，由本单位职工民主推荐')
d.ctx('ORG', '首席代表由工会主要负责人担任。未建立[工会]的，职工一方的首席代表')
# art. 17: the union whose opinion must be sought
d.ctx('ORG', '应当事先征求[本单位工会]的意见')
# not ORG: 本单位工会主席, 工会主席空缺, 工会主要负责人 (body modifying a person, v1.1);
# 同级工会 (art. 49, level word 同级: vague, v1.1); 区域、行业工会组织 (art. 57, head 组织);
# the 工会 inside the two titles 《中华人民共和国工会法》.
assert t.count('工会') == 11   # 4 labelled + 7 accounted for above

# ---- ORG: labour dispute arbitration committee (arts. 45, 53; regs-q precedent) ----
d.ctx('ORG', '可以依法向[劳动争议仲裁委员会]申请仲裁')
d.ctx('ORG', '由此引发的劳动争议，可以向[劳动争议仲裁委员会]申请仲裁')
assert t.count('委员会') == 3
# not ORG (generic head 部门, also the 以下简称 abbreviation): 市和区、县劳动和社会保障行政部门,
# 劳动保障行政部门 (×11), 其他有关部门, 上级主管部门; meetings: 职工代表大会, 职工大会, 职工代表会议,
# 集体协商会议; 企业组织 (head 组织); 用人单位, 事业单位, 民办非企业单位 (head 单位).

# ---- STAFFING: art. 33, the recorder the two sides appoint (a functionary, not a party's delegate) ----
d.ctx('STAFFING', '（五）协商确定[一名]非协商代表担任集体协商记录员',
      norm={"min": 1, "max": 1, "unit": "名", "approx": False})
# not STAFFING: art. 7 代表人数…一般为三至十人，并各自确定一名首席代表 (the parties' representatives in a
# negotiation: regs-l 由双方各自确定不超过五名代表参加, gold-unseen 推选五名以下代表人); ratios and thresholds
# (三分之一, 三分之二以上, 半数以上).

# ---- DEADLINE: relative within-limits (v1.2): period, during, date null ----
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
d.ctx('DEADLINE', '应当在收到集体协商要求之日起[二十日内]给以书面答复', norm=WITHIN)        # art. 32
d.ctx('DEADLINE', '并自双方签字之日起[十日内]，由用人单位向所在地', norm=WITHIN)           # art. 39
d.ctx('DEADLINE', '自备案之日起[十五日内]劳动保障行政部门未提出异议的', norm=WITHIN)       # art. 39 (review window, regs-q)
d.ctx('DEADLINE', '集体合同期满前[三个月内]，任何一方均可', norm=WITHIN)                   # art. 43 (regs-p/regs-r 届满前N日内)
d.ctx('DEADLINE', '自解除、终止集体合同之日起[十日内]报送', norm=WITHIN)                   # art. 48
d.ctx('DEADLINE', '自受理协调处理集体协商争议申请之日起[三十日内]应当结束', norm=WITHIN)   # art. 50
assert t.count('日内') == 5 and t.count('月内') == 1
# not DEADLINE: 中止协商期限不得超过六十日 (art. 37, cap on the length of a state, regs-r 停留时间);
# 延长期限不得超过十五日 (art. 50, extension); 集体合同期限一般为三年 (art. 36, a term); 在集体协商前,
# 在协商前 (tied to an event, no number); 每年至少…一次 (bare frequency); 及时, 事先 (vague);
# 2005年7月22日 (adoption) and 2005年11月1日 (effective date).

# ---- checks ----
c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 7, 'DEADLINE': 6, 'DOC_TITLE': 3, 'PRINCIPLE': 1, 'STAFFING': 1}), c
for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}
    if e['label'] == 'STAFFING':
        assert set(e['normalized']) == {'min', 'max', 'unit', 'approx'}
assert [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE'] == [
    ['相互尊重', '平等协商', '诚实守信', '公平合作', '兼顾双方合法权益']]
write_gold(OUT, [d])
