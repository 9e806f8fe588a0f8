"""Build regs-p.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 重庆市电信条例 (Chongqing telecommunications regulation; adopted 1998, revised 2002,
amended 2004, 2012 and 2018).
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or model is used.
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh4/regs-p.jsonl'

d = Doc("fresh4-reg-chongqing-telecom-2018",
        "corpus/regulations/chongqing/重庆市电信条例(2018-07-26).txt",
        # date: the header's last line (2018-07-26, third amendment) equals the brief's date
        {"region": "重庆市", "date": "2018-07-26"})
assert d.text == d.raw.decode('utf-8')

# ---- header: adoption / revision / amendment lines (the body is ORG, the meeting is not) ----
d.ctx('ORG', '1998年5月29日 [重庆市第一届人民代表大会常务委员会]第九次会议通过')
d.ctx('ORG', '2002年3月27日 [重庆市第一届人民代表大会常务委员会]第三十九次会议修订')
d.ctx('ORG', '2004年6月28日 [重庆市第二届人民代表大会常务委员会]第十次会议《')
d.ctx('ORG', '2012年11月29日 [重庆市第三届人民代表大会常务委员会]第三十八次会议《')
d.ctx('ORG', '2018年7月26日 [重庆市第五届人民代表大会常务委员会]第四次会议《')
# the three amending decisions: one title each; the nested 〈…〉 and 等二十五件 stay inside
d.ctx('DOC_TITLE', '第十次会议《[关于取消部分地方性法规中行政许可项目的决定]》第一次修正')
d.ctx('DOC_TITLE', '第三十八次会议《[关于修改部分地方性法规的决定]》第二次修正')
d.ctx('DOC_TITLE', '第四次会议《[关于修改〈重庆市城市房地产开发经营管理条例〉等二十五件地方性法规的决定]》第三次修正')

# ---- bodies ----
# art. 3: shared ending 市、区县（自治县）人民政府 -> only the complete name (parenthesis = alternative level)
d.ctx('ORG', '第三条 市、[区县（自治县）人民政府]依法建立健全')
# art. 4: the named bureau (head 局); 本市电信主管部门 and its 以下简称 市电信主管部门 are generic (部门)
d.ctx('ORG', '第四条 [重庆市通信管理局]是本市电信主管部门')
# art. 4(七): 国务院 inside 国务院信息产业主管部门 (a body inside a longer non-ORG phrase); 市人民政府
d.ctx('ORG', '承办[国务院]信息产业主管部门和市人民政府交办')
d.ctx('ORG', '承办国务院信息产业主管部门和[市人民政府]交办的其他工作')
# art. 6 本市各级人民政府 is vague (各级): not ORG
assert d.text.count('人民政府') == 3 and d.text.count('各级人民政府') == 1
assert d.text.count('国务院') == 1 and d.text.count('局') == 1
# art. 33: the repealed regulation's adoption line (past meeting; body labelled as in regs-k art. 48)
d.ctx('ORG', '1998年5月29日[重庆市第一届人民代表大会常务委员会]第九次会议通过的《')
d.ctx('DOC_TITLE', '通过的《[重庆市电信管理条例]》同时废止')
assert d.text.count('常务委员会') == 6

# ---- licences in 《》 (forms in 《》 are DOC_TITLE: gold-check/NOTES check-b) ----
d.ctx('DOC_TITLE', '未取得《[跨地区增值电信业务经营许可证]》的')
d.ctx('DOC_TITLE', '市电信主管部门颁发的《[增值电信业务经营许可证]》。')
d.ctx('DOC_TITLE', '在本市申请《[增值电信业务经营许可证]》的')
assert d.text.count('《') == 7

# ---- DEADLINE: relative limits (v1.2) ----
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
BEFORE = {"date": None, "precision": "day", "relation": "by", "recurring": False}
# art. 16: renewal within the 60 days before expiry (届满前 is the anchor event); notice 90 days ahead
d.ctx('DEADLINE', '应当在期限届满前[六十日内]续办经营许可证', norm=WITHIN)
d.ctx('DEADLINE', '终止经营的，应当[提前九十日]向市电信主管部门报告', norm=BEFORE)
# art. 17: coordination and decision
d.ctx('DEADLINE', '协调活动自受理之日起[三十日内]结束', norm=WITHIN)
d.ctx('DEADLINE', '并在协调结束之日起[三十日内]作出决定', norm=WITHIN)
# art. 20: handling of complaints
d.ctx('DEADLINE', '并应当在收到投诉之日起[十五个工作日内]处理结束并答复投诉者', norm=WITHIN)
# art. 25: decision on evidence kept after registration
d.ctx('DEADLINE', '但应当在[七日内]作出处理决定', norm=WITHIN)
# art. 26: mediation; the earlier 在受理投诉之日起十五个工作日内不予答复的 is a condition of the user's
# right to appeal, not a limit on a measure (check-a: 六十日内无人认领的 not labelled)
d.ctx('DEADLINE', '应当在受理申诉案件之日起[三十日内]进行调解', norm=WITHIN)
assert d.text.count('日内') == 7 and d.text.count('提前') == 1

# ---- STAFFING: art. 25 (不得少于 as comparator, regs-b/regs-f precedent) ----
d.ctx('STAFFING', '执法人员[不得少于二人]。', norm={"min": 2, "max": None, "unit": "人", "approx": False})

# ---- no PRINCIPLE (no 原则, no quoted formula), no ITEM_COUNT, no DOC_NO (no 〔year〕…号) ----
assert '原则' not in d.text and '〔' not in d.text and '号' not in d.text

for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 10, 'DOC_TITLE': 7, 'DEADLINE': 7, 'STAFFING': 1}), c
write_gold(OUT, [d])
