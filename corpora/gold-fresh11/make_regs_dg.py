"""Build regs_dg.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 上海市授予荣誉市民称号规定 (Shanghai provisions on conferring the title of honorary
citizen). Six articles, no chapters, no header lines (no adoption, approval or promulgation line);
in force from 1997-01-15 (art. 6). Run from /work/main with .venv/bin/python. The script only turns
the labels into offsets; it uses no extractor and no model.
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh11/regs_dg.jsonl'

d = Doc("fresh11-reg-shanghai-honorary-citizens",
        "corpus/regulations/shanghai/上海市授予荣誉市民称号规定.txt",
        # date: the file name carries no date and the text has no adoption/amendment line; the only
        # date it gives is its effective date, art. 6 本规定自1997年1月15日起施行 (precedents regs-s
        # 1999-01-01 and regs-ag 2006-01-01, Shanghai files without a header). Region: a municipality.
        {"region": "上海市", "date": "1997-01-15"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 799
t = d.text
ORG = 'ORG'

# ====================================================================== title line
# 上海市授予荣誉市民称号规定: no 《》, so no DOC_TITLE (v1.1 *Title lines*); 上海市 is a place, no body
# head word: no ORG.

# ====================================================================== DOC_TITLE
# art. 1: the organic law (the bodies inside the title are not labelled).
d.ctx('DOC_TITLE', '根据《[中华人民共和国地方各级人民代表大会和地方各级人民政府组织法]》的规定')
# art. 3: a recommendation form printed by the government. Forms in 《》 are DOC_TITLE (gold-check
# NOTES check-b 《行政执法监督意见书》; regs-x 《集会游行示威申请表》).
d.ctx('DOC_TITLE', '统一印制的《[上海市荣誉市民推荐书]》')
# art. 5: the certificate conferred. Like the licences of regs-p (an official document issued in a
# fixed form); the notes list licences in 《》 as an open split. Uncertain (README call 1).
d.ctx('DOC_TITLE', '颁发《[上海市荣誉市民证书]》和证章')
assert t.count('《') == 3 and t.count('》') == 3
# The bare 证书 after it (证书由市长签署) has no 《》: not labelled.

# ====================================================================== ORG
# art. 3: 由区、县人民政府和市人民政府各工作部门以及其他市级机关工作机构推荐
#   区、县人民政府 → 县人民政府 (v1.1 *Shared endings*; regs-a, regs-bb, regs-cc: 区、县… → 县…);
#   市人民政府各工作部门 → 市人民政府 (v1.1 *A body named inside a longer non-ORG phrase*: 区人民政府
#   工作部门 → 区人民政府; 各 quantifies the departments, not the government);
#   其他市级机关工作机构: generic heads 机关/机构 and 其他 (v1.1; regs-i 市级机关): not ORG.
d.ctx(ORG, '由区、[县人民政府]和市人民政府各工作部门')
d.ctx(ORG, '县人民政府和[市人民政府]各工作部门')
# art. 3: 由市人民政府统一印制 (subject).
d.ctx(ORG, '应当填写由[市人民政府]统一印制')
# art. 3 (一)(二): 市人民政府外事/侨务行政主管部门 — head 部门 is generic (v1.1: a body defined under a
# generic head is not ORG); the government inside is labelled (regs-ba 市人民政府人力资源社会保障部门
# → 市人民政府; regs-cb 县（市、区）人民政府民政部门).
d.ctx(ORG, '向[市人民政府]外事行政主管部门申报')
d.ctx(ORG, '向[市人民政府]侨务行政主管部门申报')
# art. 4: 市人民政府外事、侨务及其他有关市级主管部门 → 市人民政府 only (部门 generic, 有关).
d.ctx(ORG, '第四条 [市人民政府]外事、侨务及其他')
# art. 4: 市人民政府外事办公室 — a specific body (head 办公室): one ORG, longest name (guidelines
# *Longest name*: 中共灵武市委办公室).
d.ctx(ORG, '由[市人民政府外事办公室]负责协调')
d.ctx(ORG, '再报[市人民政府]审核')
d.ctx(ORG, '由[市人民政府]提请市人民代表大会常务委员会')
# 市人民代表大会常务委员会 ×2 (art. 4 提请…审议决定; art. 5 经…审议决定): a definite body, ORG.
d.every(ORG, '市人民代表大会常务委员会', 2)
# art. 5: 由市人民政府举行仪式.
d.ctx(ORG, '由[市人民政府]举行仪式')

# Counts of the heads, every occurrence accounted for.
d.check_all('人民政府', 11, 10, [
    '地方各级[人民政府]组织法',            # inside the DOC_TITLE (and 各级: vague)
])
d.check_all('市人民政府', 9, 9)
d.check_all('人民代表大会', 3, 2, [
    '地方各级[人民代表大会]和地方各级',    # inside the DOC_TITLE (and 各级: vague)
])
d.check_all('常务委员会', 2, 2)
d.check_all('办公室', 1, 1)
# Generic heads, none labelled:
#   部门 ×6: 市人民政府各工作部门, 有关主管部门 (art. 3), 外事行政主管部门, 侨务行政主管部门 (art. 3
#     (一)(二)), 有关市级主管部门 (art. 3 (三)), 其他有关市级主管部门 (art. 4);
#   机关/机构 ×1 each: 其他市级机关工作机构 (art. 3);
#   单位 ×1: 推荐单位 (art. 3);
#   组织 ×1: inside the title 组织法.
d.check_all('部门', 6, 0, [
    '市人民政府各工作[部门]以及',
    '向有关主管[部门]申报：',
    '外事行政主管[部门]申报',
    '侨务行政主管[部门]申报',
    '向有关市级主管[部门]申报。',
    '及其他有关市级主管[部门]收到',
])
d.check_all('机关', 1, 0, ['其他市级[机关]工作机构'])
d.check_all('机构', 1, 0, ['市级机关工作[机构]推荐'])
d.check_all('单位', 1, 0, ['推荐[单位]应当填写'])
assert t.count('政府') == 11 and t.count('委员会') == 2 and t.count('组织') == 1
# Not ORG either: 市长 (a post, art. 5); “上海市荣誉市民” ×5 (an honorary title); 外国人、华侨和市外
# 其他人士, 被推荐人 (people); 本市 (the territory); 党/人大/政协/法院 do not occur.
for w in ('党', '人大', '政协', '法院', '小组', '中心', '局', '厅'):
    assert w not in t, w
assert t.count('市长') == 1

# ====================================================================== nothing else
# DEADLINE: 本规定自1997年1月15日起施行 is an effective date (v1.1 *Effective dates*); 收到…申报后 and
# 综合平衡后 are events without a number (project decision: a limit tied to an event with no number
# is not DEADLINE). No other time expression.
assert t.count('年') == 1 and '本规定自1997年1月15日起施行' in t and t.count('后') == 2
for w in ('前', '日内', '期间', '底', '每', '提前', '时限'):
    assert w not in t, w
assert t.count('内') == 1 and '国内外' in t        # 国内外市场: a place, not a limit
# PRINCIPLE: no 原则/方针/思路/要求; the only quotations are the honorary title “上海市荣誉市民”
# (5 times), a name, not a formula adopted as a guideline.
for w in ('原则', '方针', '思路', '要求', '遵循', '本着', '坚持', '按照'):
    assert w not in t, w
assert t.count('“') == 5 and t.count('“上海市荣誉市民”') == 5
# STAFFING / ITEM_COUNT: no count. 具备下列条件之一 (art. 2) is a condition ("one of the following"),
# not a count set by a measure; （一）…（七） are ordinals.
for w in ('名', '项', '个', '类', '条件之一'):
    assert (w in t) == (w == '条件之一'), w
# DOC_NO: 号 ×5 only in 称号; no bracketed year.
assert t.count('号') == t.count('称号') == 5 and '〔' not in t and '[' not in t

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 12, 'DOC_TITLE': 3}), c
d.check_value_shapes()
write_gold(OUT, [d])
