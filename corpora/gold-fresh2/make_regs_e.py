"""Build regs-e.jsonl from hand-written labels (context strings), written by reading the document.
Run from /work/main with .venv/bin/python. Only turns labels into offsets; no extractor is used."""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

# ---------- Hebi: Qi river protection (city regulation, approved 2020-11-28) ----------
d = Doc("fresh2-reg-henan-hebi-qihe-2020",
        "corpus/regulations/henan/鹤壁市淇河保护条例(2020-12-25).txt",
        {"region": "河南省鹤壁市", "date": "2020-12-25"})

# Adoption / approval lines: the standing committees (term number inside), not the meetings.
d.ctx('ORG', '2020年10月19日 [鹤壁市第十一届人民代表大会常务委员会]第十八次会议通过')
d.ctx('ORG', '2020年11月28日 [河南省第十三届人民代表大会常务委员会]第二十一次会议批准')

# Art. 1: two laws cited back to back.
d.ctx('DOC_TITLE', '根据《[中华人民共和国水法]》《中华')
d.ctx('DOC_TITLE', '》《[中华人民共和国水污染防治法]》等法律')

# Art. 3: unquoted content the text calls 原则 (遵循 … 的原则); 的原则 dropped.
d.ctx('PRINCIPLE', '淇河保护应当遵循[规划引领、保护优先、属地管理、综合治理]的原则')

# 市人民政府: every occurrence (arts. 2, 4, 5 x3, 10, 12, 22). In art. 5 and art. 12 it heads a
# 主管部门 / 有关部门 phrase: the government is labelled, the 部门 phrase is not.
d.every('ORG', '市人民政府', 8)

# 县（区）人民政府: every occurrence. Eight of the ten follow 市、 (arts. 6 x2, 8, 20, 21, 26, 28, 29):
# shared ending, the bare 市 is no name and the parenthesis gives alternative levels (one ORG).
# Arts. 4 and 12 name it on its own. In arts. 8, 20, 21, 26, 28, 29 it heads a 部门 phrase.
d.every('ORG', '县（区）人民政府', 10)
assert d.text.count('市、县（区）人民政府') == 8   # check only: eight of the ten are after 市、

# Nothing else: 同级人民政府 (art. 25) is a level word, 生态环境主管部门 / 有关主管部门 / 专业机构 /
# 社会组织 / 新闻媒体 / 文物保护单位 are generic heads or not bodies. No DEADLINE, STAFFING,
# ITEM_COUNT or DOC_NO in the document (see README-regs-e.md).

rec = d.record()
c = Counter(e['label'] for e in rec['entities'])
assert c == Counter({'ORG': 20, 'DOC_TITLE': 2, 'PRINCIPLE': 1}), c
pr = [e for e in rec['entities'] if e['label'] == 'PRINCIPLE'][0]
assert pr['normalized'] == ['规划引领', '保护优先', '属地管理', '综合治理'], pr
write_gold('corpora/gold-fresh2/regs-e.jsonl', [d])
