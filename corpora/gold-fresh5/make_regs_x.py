"""Build regs-x.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 郑州市集会游行示威规定 (Zhengzhou rules on assemblies, processions and demonstrations;
adopted 1990, revised 2004/2005 and 2010, last approved by the Henan standing committee 2010-09-29).
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or model is used.
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh5/regs-x.jsonl'

d = Doc("fresh5-reg-henan-zhengzhou-assemblies-2010",
        "corpus/regulations/henan/郑州市集会游行示威规定.txt",
        # date: the header's last line (2010-09-29, provincial approval of the second amendment)
        # is the brief's date; nothing later in the header
        {"region": "河南省郑州市", "date": "2010-09-29"})
assert d.text == d.raw.decode('utf-8')
t = d.text

# ---- header: adoption / approval lines (the body is ORG, the meeting is not) ----
d.ctx('ORG', '1990年2月24日 [郑州市第九届人民代表大会常务委员会]第七次会议通过')
d.ctx('ORG', '1990年4月12日 [河南省第七届人民代表大会常务委员会]第十五次会议批准')
d.ctx('ORG', '2004年10月29日 [郑州市第十二届人民代表大会常务委员会]第六次会议通过')
d.ctx('ORG', '2005年1月14日 [河南省第十届人民代表大会常务委员会]第十三次会议批准')
d.ctx('ORG', '2010年8月27日 [郑州市第十三届人民代表大会常务委员会]第十三次会议通过')
d.ctx('ORG', '2010年9月29日 [河南省第十一届人民代表大会常务委员会]第十七次会议批准')
# amending decisions: one DOC_TITLE each; the committee inside a title and the nested ＜…＞ are not labelled
d.ctx('DOC_TITLE', '批准的《[郑州市人民代表大会常务委员会关于修改＜郑州市集会游行示威规定＞的决定]》第一次修正')
d.ctx('DOC_TITLE', '批准的《[郑州市人民代表大会常务委员会关于修改部分地方性法规的决定]》第二次修正')

# ---- the national law (arts. 1, 2, 7, 32, 33) ----
d.every('DOC_TITLE', '中华人民共和国集会游行示威法', 5)
assert t.count('《中华人民共和国集会游行示威法》') == 5
# art. 9: the application form in 《》 (check-b / regs-p precedent: forms in 《》 are DOC_TITLE)
d.ctx('DOC_TITLE', '并填写《[集会游行示威申请表]》。')

# ---- art. 6: the competent organs ----
# 举行地的区公安局、县（市）公安局: locative (所在地的 / 住所地的 precedent), not ORG
d.ctx('ORG', '的，主管机关为[市公安局]。')

# ---- art. 19: approvals ----
d.ctx('ORG', '需报[市人民政府]批准的，由市公安局呈报')
d.ctx('ORG', '需报市人民政府批准的，由[市公安局]呈报')
d.ctx('ORG', '需报[省人民政府]批准的，由市公安局报市人民政府')
d.ctx('ORG', '需报省人民政府批准的，由[市公安局]报市人民政府')
d.ctx('ORG', '由市公安局报[市人民政府]，再由市人民政府呈报')
d.ctx('ORG', '，再由[市人民政府]呈报。')
assert t.count('公安局') == 5   # 3 more in art. 6: 举行地的区公安局、县（市）公安局 (not ORG), 市公安局

# ---- art. 24: bodies near which a cordon may be set ----
# shared prefix 省、市、县（市、区）的: the complete first name keeps 的 (batch-c), the following
# bare names are second members after a shared prefix (v1.2) -> ORG each
d.ctx('ORG', '（一）省、市、[县（市、区）的中国共产党委员会]、人大常委会')
d.ctx('ORG', '的中国共产党委员会、[人大常委会]、人民政府、政治协商委员会')
d.ctx('ORG', '、人大常委会、[人民政府]、政治协商委员会、')
d.ctx('ORG', '、人民政府、[政治协商委员会]、人民法院、')
d.ctx('ORG', '、政治协商委员会、[人民法院]、人民检察院；')
d.ctx('ORG', '、人民法院、[人民检察院]；')
d.ctx('ORG', '（五）[省人民政府]规定的其他机关和单位')
# ---- art. 25 ----
d.ctx('ORG', '，经[省人民政府]批准的除外。')
d.ctx('ORG', '按[省人民政府]的规定执行。')
# not ORG: 本市各级人民政府 (art. 3), 同级人民政府 and the bare 人民政府 after it (art. 16),
# 当地人民政府 (art. 27)
assert t.count('人民政府') == 12

# ---- art. 36 / art. 37 ----
d.ctx('ORG', '法律、法规和[河南省人大常务委员会]制定的地方性法规')
d.ctx('ORG', '1986年12月31日[郑州市第八届人民代表大会常务委员会]第十六次会议通过')
d.ctx('DOC_TITLE', '会议通过的《[郑州市关于游行示威的暂行规定]》同时废止')
assert t.count('常务委员会') == 10 and t.count('委员会') == 12 and t.count('《') == 9

# ---- STAFFING: art. 8, one person designated main leader (a post set by the rule) ----
# not STAFFING: 有两名以上负责人的 (threshold), 选派一至五人 (demonstrators' delegates, like
# representatives), 横列可以超过二人 (formation width), 总人数十分之一 (ratio)
d.ctx('STAFFING', '有两名以上负责人的，应确定[一人]为主要负责人。',
      norm={"min": 1, "max": 1, "unit": "人", "approx": False})

# ---- DEADLINE ----
BEFORE = {"date": None, "precision": "day", "relation": "by", "recurring": False}
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
d.ctx('DEADLINE', '在集会、游行、示威举行日期的[五日前]向主管机关递交申请书', norm=BEFORE)   # art. 9
d.ctx('DEADLINE', '应当在申请举行日期的[二日前]，将许可或者不许可的决定', norm=BEFORE)      # art. 11
d.ctx('DEADLINE', '并在推迟日期的[三日前]将协商结果书面报告主管机关', norm=BEFORE)          # art. 13
d.ctx('DEADLINE', '可自接到决定通知书之日起[三日内]，向作出不许可决定', norm=WITHIN)        # art. 16
d.ctx('DEADLINE', '应当自接到申请复议书之日起[三日内]作出决定', norm=WITHIN)              # art. 16
d.ctx('DEADLINE', '标志样品应在举行集会、游行、示威的[前一日]送主管机关备案', norm=BEFORE)  # art. 30
# not DEADLINE: 推迟五日 (a postponement, like an extension), 六时至二十二时 (permitted hours),
# 交通高峰时间内 (a condition), 立即/及时/逾期 (vague), header dates, 自公布之日起施行
assert t.count('日前') == 3 and t.count('日内') == 2

# ---- PRINCIPLE: art. 29 坚持自愿的原则 ----
d.ctx('PRINCIPLE', '应坚持[自愿]的原则。')
# not PRINCIPLE: 宪法所确定的基本原则 (arts. 4, 15(一)) has no content
assert t.count('原则') == 3

# ---- checks ----
for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}
c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 24, 'DOC_TITLE': 9, 'DEADLINE': 6, 'STAFFING': 1, 'PRINCIPLE': 1}), c
write_gold(OUT, [d])
