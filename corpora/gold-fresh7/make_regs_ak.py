"""Build regs-ak.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 广东省机动车排气污染防治条例 (Guangdong regulation on the prevention and control of motor-vehicle
exhaust pollution; adopted 2000-05-26, revised 2010-06-02, amended 2004, 2018, 2020 and 2022-11-30).
Each anchor is `left[mention]right`; it must occur exactly n times in the text (n=1 unless given).
Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh7/make_regs_ak.py
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh7/regs-ak.jsonl'

d = Doc("fresh7-reg-guangdong-vehicle-emissions-2022",
        "corpus/regulations/guangdong/广东省机动车排气污染防治条例(2022-11-30).txt",
        # date: the header's last line (fourth amendment, 2022-11-30) equals the brief's date
        {"region": "广东省", "date": "2022-11-30"})
assert d.text == d.raw.decode('utf-8')
t = d.text

WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}

# ---- header: the standing committee of each adoption / revision / amendment line is ORG;
#      the meeting (第N次会议) stays out; region and term number stay in ----
d.ctx('ORG', '2000年5月26日 [广东省第九届人民代表大会常务委员会]第十八次会议通过')
d.ctx('ORG', '2004年7月29日 [广东省第十届人民代表大会常务委员会]第十二次会议《')
d.ctx('ORG', '2010年6月2日[广东省第十一届人民代表大会常务委员会]第十九次会议修订')
d.ctx('ORG', '2018年11月29日 [广东省第十三届人民代表大会常务委员会]第七次会议《')
d.ctx('ORG', '2020年9月29日 [广东省第十三届人民代表大会常务委员会]第二十五次会议《')
d.ctx('ORG', '2022年11月30日 [广东省第十三届人民代表大会常务委员会]第四十七次会议《')
# art. 38: the bodies that adopted and amended the repealed 2000 regulation (regs-p art. 33 precedent)
d.ctx('ORG', '2000年5月26日[广东省第九届人民代表大会常务委员会]第十八次会议通过、')
d.ctx('ORG', '2004年7月29日[广东省第十届人民代表大会常务委员会]第十二次会议修正的')
assert t.count('委员会') == 8          # all eight are these standing committees

# ---- DOC_TITLE: the four amending decisions (nested 〈…〉 and 等N项 stay inside, no ITEM_COUNT),
#      the national law of art. 1, the repealed 2000 regulation of art. 38 ----
d.ctx('DOC_TITLE', '第十二次会议《[关于修改〈广东省对外加工装配业务条例〉等十项法规中有关行政许可条款的决定]》第一次修正')
d.ctx('DOC_TITLE', '第七次会议《[关于修改〈广东省环境保护条例〉等十三项地方性法规的决定]》第二次修正')
d.ctx('DOC_TITLE', '第二十五次会议《[关于修改〈广东省林地保护管理条例〉等十六项地方性法规的决定]》第三次修正')
d.ctx('DOC_TITLE', '第四十七次会议《[关于修改〈广东省机动车排气污染防治条例〉等六项地方性法规的决定]》第四次修正')
d.ctx('DOC_TITLE', '根据《[大气污染防治法]》及有关法律')
d.ctx('DOC_TITLE', '修正的《[广东省机动车排气污染防治条例]》同时废止')
assert t.count('《') == 6 and t.count('〈') == 4

# ---- 人民政府 (8 occurrences): 省人民政府 ×3 (one body: the province's government);
#      机动车排气污染严重城市的人民政府 (art. 7, a class of city governments, like 设区的市人民政府 /
#      试点镇党委); 县级以上人民政府 ×4 (arts. 6 ×2, 22, 29) are vague level words, not ORG ----
d.ctx('ORG', '第五条 [省人民政府]可以根据机动车排气污染防治的需要')
d.ctx('ORG', '机动车排放标准的，[省人民政府]应当提前向社会公告')
d.ctx('ORG', '报[省人民政府]批准后公布、实施')
d.ctx('ORG', '第七条 [机动车排气污染严重城市的人民政府]应当采取措施')
assert t.count('人民政府') == 8 and t.count('县级以上人民政府') == 4 and t.count('政府') == 8

# ---- DEADLINE: the three relative limits of art. 27 (v1.2; 自…之日起 stays out; 工作日 stays in) ----
d.ctx('DEADLINE', '可以在接到检测结果通知书之日起[七个工作日内]，向县级以上', norm=WITHIN)   # the owner's window
d.ctx('DEADLINE', '应当自收到复检申请之日起[七个工作日内]通知申请人', norm=WITHIN)       # the department's duty
d.ctx('DEADLINE', '申请人应当自接到通知之日起[七个工作日内]另行选定', norm=WITHIN)        # the applicant's duty
assert t.count('日内') == 3 and t.count('日前') == 0 and '底' not in t and '期间' not in t
# not DEADLINE: 提前 ×5 (no number), 在国家标准规定的期限内 ×3 (vague), 限期 / 逾期 (vague), 适时, 实时,
# the header dates and the effective date 2010年9月1日 (art. 38)

# ---- no PRINCIPLE (no 原则, no quoted formula), no DOC_NO (no 号 / 〔), no STAFFING, no ITEM_COUNT ----
assert '原则' not in t and '号' not in t and '〔' not in t and '“' not in t and '"' not in t
assert t.count('名') == 1   # 名录 (art. 17), not a count

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 12, 'DOC_TITLE': 6, 'DEADLINE': 3}), c
for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}
write_gold(OUT, [d])
