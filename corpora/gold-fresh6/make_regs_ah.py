"""Build regs-ah.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 舟山市户外广告和招牌设置管理条例 (Zhoushan regulation on outdoor advertising and shop signs,
adopted 2018-10-29, approved 2018-11-30, in force 2019-05-01).
Run from /work/main with .venv/bin/python corpora/gold-fresh6/make_regs_ah.py.
Only turns the labels into offsets; no extractor, pipeline or model is used.
"""
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh6/regs-ah.jsonl'

d = Doc("fresh6-reg-zhejiang-zhoushan-outdoor-ads-2018",
        "corpus/regulations/zhejiang/舟山市户外广告和招牌设置管理条例(2018-12-20).txt",
        {"region": "浙江省舟山市", "date": "2018-11-30"})
assert d.text == d.raw.decode('utf-8')
T = d.text

WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}

# ---- header: adoption / approval lines (the meeting stays out, region + term inside) ----
d.ctx('ORG', '2018年10月29日 [舟山市第七届人民代表大会常务委员会]第十六次会议通过')
d.ctx('ORG', '2018年11月30日 [浙江省第十三届人民代表大会常务委员会]第七次会议批准')
assert T.count('委员会') == 2

# ---- art. 1: cited laws; 国务院 before a title is ORG, the title a separate DOC_TITLE ----
d.ctx('DOC_TITLE', '根据《[中华人民共和国城乡规划法]》《中华人民共和国广告法》')
d.ctx('DOC_TITLE', '城乡规划法》《[中华人民共和国广告法]》、国务院')
d.ctx('ORG', '中华人民共和国广告法》、[国务院]《城市市容和环境卫生管理条例》')
d.ctx('DOC_TITLE', '、国务院《[城市市容和环境卫生管理条例]》和《浙江省')
d.ctx('DOC_TITLE', '》和《[浙江省城市市容和环境卫生管理条例]》等有关法律')
assert T.count('《') == 4 and T.count('国务院') == 1

# ---- governments (7 occurrences of 人民政府; 县级以上 and 同级 are vague) ----
# art. 2: the county government's seat: a body inside a longer non-ORG phrase (regs-r 乡镇人民政府所在地)
d.ctx('ORG', '管理工作。\n\n[县人民政府]所在地镇、中心镇建成区')
# art. 4: bare 乡（镇）人民政府 and 街道办事处 (regs-b)
d.ctx('ORG', '[乡（镇）人民政府]、街道办事处协助城市管理行政主管部门')
d.ctx('ORG', '乡（镇）人民政府、[街道办事处]协助城市管理行政主管部门')
# art. 10 and art. 29
d.ctx('ORG', '经[市人民政府]批准后实施')
d.ctx('ORG', '具体办法由[市人民政府]另行制定')
# art. 13(三): shared ending 市、县（区）人民政府 -> the complete name only (regs-f 区（市）人民政府)
d.ctx('ORG', '或者市、[县（区）人民政府]禁止设置户外广告的区域')
# not ORG: 县级以上人民政府 (art. 2), 同级人民政府 (art. 8)
assert T.count('人民政府') == 7
assert T.count('县级以上人民政府') == 1 and T.count('同级人民政府') == 1

# ---- PRINCIPLE (art. 7): content called 原则, introduced by 遵循 ----
d.ctx('PRINCIPLE', '户外广告和招牌设置应当遵循[统一规划、合理布局、安全美观、节能环保]的原则')
assert T.count('原则') == 3   # 控制原则 / 规划原则 (art. 9): named, no content

# ---- DEADLINE: relative within-limits (v1.2), anchor event and 在/自…之日起 left out ----
d.ctx('DEADLINE', '设置许可申请之日起[十五个工作日内]作出准予许可', norm=WITHIN)        # art. 17
d.ctx('DEADLINE', '并在受理之日起[五个工作日内]作出准予许可', norm=WITHIN)             # art. 18
d.ctx('DEADLINE', '应当于行政许可有效期限届满前[三十日内]提出延续申请', norm=WITHIN)    # art. 19 (regs-p/regs-r)
d.ctx('DEADLINE', '应当在设置之日起[十个工作日内]向城市管理行政主管部门办理备案手续', norm=WITHIN)  # art. 21
d.ctx('DEADLINE', '应当在设置之日起[十个工作日内]，将设置后的整体效果图', norm=WITHIN)          # art. 22
d.ctx('DEADLINE', '应当在完成安全检测后[五个工作日内]向作出准予许可决定', norm=WITHIN)  # art. 26
d.ctx('DEADLINE', '自该情形发生之日起[十五日内]，由设置人自行拆除', norm=WITHIN)        # art. 28
assert T.count('日内') == 7
# not DEADLINE: 可以延长十个工作日 (extension), 在相应期限内 / 在期限内 / 未在规定时间内 (vague),
# 不超过三年 / 不超过六年 / 最长不超过三十日 (validity periods), 在活动举办前 / 在设置期限届满前 /
# 遇灾害性天气前 (no number), 每年…不少于一次 (frequency), 满十二个月的 (condition), 限期 (vague),
# header dates and 2019年5月1日起施行 (effective date).

# ---- checks ----
for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert e['normalized'] == WITHIN
    if e['label'] == 'PRINCIPLE':
        assert e['normalized'] == ['统一规划', '合理布局', '安全美观', '节能环保']

c = Counter(e['label'] for e in d.ents)
counts = {k: c[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 7, 'DOC_NO': 0, 'DOC_TITLE': 4, 'ITEM_COUNT': 0, 'ORG': 9,
                  'PRINCIPLE': 1, 'STAFFING': 0}, counts
write_gold(OUT, [d])
