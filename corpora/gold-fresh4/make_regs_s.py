"""Build regs-s.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 上海市地名管理条例 (Shanghai regulation on the administration of place names; in force
1999-01-01). Run from /work/main with .venv/bin/python:
    .venv/bin/python corpora/gold-fresh4/make_regs_s.py
Only turns the labels into offsets; no extractor, pipeline or model is used.
"""
import re
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh4/regs-s.jsonl'

d = Doc("fresh4-reg-shanghai-place-names",
        "corpus/regulations/shanghai/上海市地名管理条例.txt",
        {"region": "上海市", "date": "1999-01-01"})   # date: art. 43 本条例自1999年1月1日起施行
assert d.text == d.raw.decode('utf-8')
T = d.text

# ---------------------------------------------------------------- ORG
# art. 4: the two committees and the two offices; 区、县… is a shared ending -> the complete
# name only (v1.1 *Shared endings*: 市、区人民政府 -> 区人民政府; regs-a 区、县人民政府 -> 县人民政府)
d.ctx('ORG', '第四条 [上海市地名委员会]和区、县地名委员会')
d.ctx('ORG', '上海市地名委员会和区、[县地名委员会]在同级人民政府领导下')
d.ctx('ORG', '\n[上海市地名管理办公室]（以下简称市地名办）')
d.ctx('ORG', '（以下简称市地名办）和区、[县地名管理办公室]（以下简称区、县地名办）')

# the abbreviations introduced by 以下简称 are ORG at every occurrence (v1.2 *Definite short
# forms*), the first one inside its parenthesis included.  同级地名办 (art. 14) is not matched
# by either string and stays out (同级 is a level word: v1.1 *Level words*).
d.every('ORG', '市地名办', 39)
d.every('ORG', '县地名办', 32)
assert all(T[m.start() - 2:m.start()] == '区、' for m in re.finditer('县地名办', T))
assert T.count('地名办') == 39 + 32 + 1 and T.count('同级地名办') == 1

# governments: 市人民政府 x18; 区、县人民政府 (also after 市和 / 市或者) -> 县人民政府 x7;
# 乡、镇人民政府 -> 镇人民政府 x4 (regs-m precedent); 同级人民政府 x2 not ORG (v1.1 *Level words*)
d.every('ORG', '市人民政府', 18)
d.every('ORG', '县人民政府', 7)
assert all(T[m.start() - 2:m.start()] == '区、' for m in re.finditer('县人民政府', T))
d.every('ORG', '镇人民政府', 4)
assert all(T[m.start() - 2:m.start()] == '乡、' for m in re.finditer('镇人民政府', T))
assert T.count('同级人民政府') == 2
assert T.count('人民政府') == 18 + 7 + 4 + 2
d.every('ORG', '街道办事处', 4)
# 国务院 x7: before a title (art. 1), 报国务院审批 x2, inside 国务院铁道/民航/交通主管部门 (a body
# inside a longer non-ORG phrase, v1.1), 国务院及其有关部门 (art. 20)
d.every('ORG', '国务院', 7)

# ---------------------------------------------------------------- DEADLINE (v1.2 relative limits)
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
d.ctx('DEADLINE', '应当自收到通知书之日起[三个月内]办理更名手续', norm=WITHIN)           # art. 20
d.ctx('DEADLINE', '应当自受理地名申报之日起[三十日内]作出审批决定', norm=WITHIN)         # art. 24
d.ctx('DEADLINE', '由市人民政府审批的，应当在[六十日内]作出决定', norm=WITHIN)          # art. 24
d.ctx('DEADLINE', '应当自受理门弄号申请之日起[三十日内]作出审批决定', norm=WITHIN)       # art. 24
d.ctx('DEADLINE', '应当自审批之日起[十五日内]将审批的地名文件', norm=WITHIN)             # art. 24
d.ctx('DEADLINE', '应当自批准或者注销之日起[三个月内]通过报纸向社会公布', norm=WITHIN)    # art. 26
d.ctx('DEADLINE', '自收到地名批准文件之日起[三个月内]，更换地名标志', norm=WITHIN)        # art. 34
assert T.count('日内') == 4 and T.count('月内') == 3

# ---------------------------------------------------------------- DOC_TITLE
d.ctx('DOC_TITLE', '根据国务院《[地名管理条例]》')
d.ctx('DOC_TITLE', '国家公布的《[汉语拼音方案]》')
d.ctx('DOC_TITLE', '和《[中国地名汉语拼音字母拼写规则]》')
d.ctx('DOC_TITLE', '依照《[中华人民共和国行政复议法]》')
d.ctx('DOC_TITLE', '或者《[中华人民共和国行政诉讼法]》')
assert T.count('《') == 5

# ---------------------------------------------------------------- checks
for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}
c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 115, 'DEADLINE': 7, 'DOC_TITLE': 5}), c
write_gold(OUT, [d])
