"""Build regs-z.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 上海市劳动合同条例 (Shanghai labour-contract regulation, 2001-11-15; in force 2002-05-01).
The stored text has only a title line and the articles: no adoption/approval/revision lines.
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or model is used.
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, split_anchor, write_gold

OUT = 'corpora/gold-fresh5/regs-z.jsonl'

d = Doc("fresh5-reg-shanghai-labour-contracts-2001",
        "corpus/regulations/shanghai/上海市劳动合同条例(2001-11-15).txt",
        # date: the text has no header dates at all, so the brief's date stands; the effective
        # date 2002-05-01 (art. 62) is not the document's date
        {"region": "上海市", "date": "2001-11-15"})
assert d.text == d.raw.decode('utf-8')
t = d.text

# ---- DOC_TITLE: the four laws/regulations in 《》 (arts. 1, 59, 61) ----
d.ctx('DOC_TITLE', '根据《[中华人民共和国劳动法]》和有关法律')
d.ctx('DOC_TITLE', '依照《[中华人民共和国行政复议法]》或者')
d.ctx('DOC_TITLE', '或者《[中华人民共和国行政诉讼法]》的规定')
d.ctx('DOC_TITLE', '不再适用《[上海市外商投资企业劳动人事管理条例]》中关于')   # no ORG inside a title
assert t.count('《') == 4

# ---- ORG: the union (工会) wherever it is the body acting or acted on (arts. 6, 35, 36) ----
UNION = ['第六条 [工会]应当为劳动者提供',
         '合法权益的，[工会]应当代表劳动者与用人单位交涉',
         '应当向[工会]或者全体职工说明情况',            # art. 35
         '应当在与[工会]或者职工代表协商',               # art. 35
         '应当提前三十日通知[工会]和劳动者本人',         # art. 35
         '应当事先将理由通知[工会]，',                   # art. 36
         '，[工会]认为用人单位违反',                     # art. 36
         '应当研究[工会]的意见',                         # art. 36
         '将处理结果书面通知[工会]。']                   # art. 36
for p in UNION:
    d.ctx('ORG', p)
assert t.count('工会') == len(UNION) == 9

# art. 20: the arbitration committee (bare 人民法院 next to it is generic, v1.2)
d.ctx('ORG', '由[劳动争议仲裁委员会]或者人民法院确认')
assert t.count('委员会') == 1 and t.count('法院') == 1

# art. 52: the municipal labour bureau and the municipal government
d.ctx('ORG', '由[上海市劳动和社会保障局]报经市人民政府批准后公布')
d.ctx('ORG', '报经[市人民政府]批准后公布')
d.ctx('ORG', '由[市人民政府]另行制订')
# art. 61: 市人民政府的规章 -> the body inside a longer non-ORG phrase (v1.1)
d.ctx('ORG', '当时的地方性法规、[市人民政府]的规章对')
d.ctx('ORG', '当时的地方性法规、[市人民政府]的规章没有')
assert t.count('人民政府') == 4 and t.count('政府') == 4 and t.count('局') == 1
# not ORG: 劳动保障行政部门 (部门), 经办机构 (机构), 国家机关 (机关), 事业单位/用人单位 (单位),
# 社会团体, 个体经济组织 (组织), 外商投资企业 (companies), 职工代表 / 全体职工 (people)

# ---- DEADLINE: before-limits 提前三十日 (v1.2: relation by, precision day, date null) ----
BEFORE = {"date": None, "precision": "day", "relation": "by", "recurring": False}
d.ctx('DEADLINE', '劳动者解除劳动合同，应当[提前三十日]以书面形式通知用人单位', norm=BEFORE)   # art. 30
d.ctx('DEADLINE', '但是应当[提前三十日]以书面形式通知劳动者本人', norm=BEFORE)                 # art. 32
d.ctx('DEADLINE', '用人单位实施裁员方案，应当[提前三十日]通知工会', norm=BEFORE)               # art. 35
d.ctx('DEADLINE', '用人单位提出终止劳动关系，应当[提前三十日]通知劳动者', norm=BEFORE)         # art. 40
# not DEADLINE: 未按规定提前三十日通知劳动者的 (art. 32, a condition restating the limit; mixed-c
# 未在一个月前送交的), 自通知之日起三十日内…承担…义务 (a period of continued obligation), 在六个月内
# 录用人员的 (a condition), probation / notice-period / non-compete caps (durations), 满三个月 (threshold)
assert t.count('提前三十日') == 5 and t.count('日内') == 1 and t.count('月内') == 1

# ---- PRINCIPLE: content the text calls 原则 ----
d.ctx('PRINCIPLE', '应当遵循[平等自愿、协商一致]的原则')       # art. 5
d.ctx('PRINCIPLE', '应当遵循[公平]原则，不得损害')             # art. 9
d.ctx('PRINCIPLE', '违约金数额应当遵循[公平、合理]的原则约定')  # art. 17
d.ctx('PRINCIPLE', '按照[有利于劳动者]的原则确认')             # art. 27
assert t.count('原则') == 4

# ---- checks ----
c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 15, 'DEADLINE': 4, 'PRINCIPLE': 4, 'DOC_TITLE': 4}), c
for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}
assert [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE'] == [
    ['平等自愿', '协商一致'], ['公平'], ['公平', '合理'], ['有利于劳动者']]
write_gold(OUT, [d])
