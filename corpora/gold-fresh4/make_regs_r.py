"""Build regs-r.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 东营市养犬管理条例 (Dongying dog-keeping regulation, adopted 2017-08-31, approved 2017-09-30).
Each anchor is `left[mention]right`; it must occur the stated number of times (default once).
Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh4/make_regs_r.py
"""
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc, write_gold

SOURCE = 'corpus/regulations/shandong/东营市养犬管理条例(2017-10-11).txt'
OUT = 'corpora/gold-fresh4/regs-r.jsonl'
d = AnchoredDoc('fresh4-reg-shandong-dongying-dogs-2017', SOURCE,
                {'region': '山东省东营市', 'date': '2017-09-30'})
assert d.text == d.raw.decode('utf-8')

# relative "within" limit (v1.2 Relative time limits)
WITHIN = {'date': None, 'precision': 'period', 'relation': 'during', 'recurring': False}

# ---- header: adoption / approval lines (the meeting stays out) ----
d.ctx('ORG', '2017年8月31日 [东营市第八届人民代表大会常务委员会]第5次会议通过')
d.ctx('ORG', '2017年9月30日 [山东省第十二届人民代表大会常务委员会]第三十二次会议批准')
# the title line 东营市养犬管理条例 holds no body head (v1.1 Title lines)

# ---- art. 3: PRINCIPLE (content called 原则; only 的原则 dropped) ----
d.ctx('PRINCIPLE', '养犬管理遵循[政府部门监管、养犬人自律、基层组织参与、社会公众监督相结合]的原则')

# ---- art. 4: governments and zone management committees ----
# shared ending 市、县区人民政府 -> only the complete name 县区人民政府
d.ctx('ORG', '第四条 市、[县区人民政府]和东营经济技术开发区管委会')
d.ctx('ORG', '县区人民政府和[东营经济技术开发区管委会]、东营港经济开发区管委会')
d.ctx('ORG', '东营经济技术开发区管委会、[东营港经济开发区管委会]应当加强')
d.ctx('ORG', '[乡镇人民政府]应当按照职责做好辖区内养犬管理相关工作')
d.ctx('ORG', '工作；[街道办事处]应当配合相关行政管理部门')

# ---- art. 6: community bodies ----
d.ctx('ORG', '第六条 [居民委员会]、村民委员会应当开展')
d.ctx('ORG', '第六条 居民委员会、[村民委员会]应当开展')
d.ctx('ORG', '纠纷。\n\n[居民委员会]、业主委员会可以依法组织')
d.ctx('ORG', '居民委员会、[业主委员会]可以依法组织')

# ---- art. 7: relative limit ----
d.ctx('DEADLINE', '并在[十个工作日内]将处理情况告知', norm=WITHIN)

# ---- art. 8: bodies inside longer non-ORG phrases (辖区, 所在地) ----
d.ctx('ORG', '[本市街道办事处]辖区为重点管理区')
d.ctx('ORG', '一般管理区。\n\n[县区人民政府]根据养犬管理实际')
d.ctx('ORG', '将一般管理区内的[乡镇人民政府]所在地')

# ---- arts. 10-18: relative limits ----
d.ctx('DEADLINE', '犬只出生满三个月后[十五日内]或者免疫间隔期满前', norm=WITHIN)
d.ctx('DEADLINE', '自取得狂犬病免疫证明之日起[十五日内]，携犬只到公安机关', norm=WITHIN)
d.ctx('DEADLINE', '告知申请人[十日内]将犬只自行处置', norm=WITHIN)
d.ctx('DEADLINE', '养犬人应当在[十五日内]补办', norm=WITHIN)
d.ctx('DEADLINE', '登记有效期届满前[十五日内]，携带犬只', norm=WITHIN)
d.ctx('DEADLINE', '自相关事项发生之日起[十五日内]，持养犬登记证', norm=WITHIN)
d.ctx('DEADLINE', '养犬人应当在[六十日内]自行处置', norm=WITHIN)

# ---- art. 30: shared ending again ----
d.ctx('ORG', '第三十条 市、[县区人民政府]应当根据辖区')

# ---- art. 31: relative limit ----
d.ctx('DEADLINE', '应当通知犬主[三日内]认领', norm=WITHIN)

# ---- art. 34: law title ----
d.ctx('DOC_TITLE', '由公安机关依照《[中华人民共和国治安管理处罚法]》的有关规定')

# ---- art. 40: a named bureau (黄河三角洲…示范区公安机关 has the generic head 机关) ----
d.ctx('ORG', '第四十条 [山东省滨海公安局]、黄河三角洲')

# ---- art. 41: transitional registration window (batch-c 本条例实施之日起六个月内 precedent) ----
d.ctx('DEADLINE', '养犬人自本条例实施之日起[一个月内]办理养犬登记的', norm=WITHIN)

# ---- completeness checks on candidate strings ----
T = d.text
assert T.count('人民政府') == 5          # 县区人民政府 ×3, 乡镇人民政府 ×2: all labelled
assert T.count('委员会') == 6            # 2 header committees + 居民委员会 ×2, 村民委员会, 业主委员会
assert T.count('管委会') == 2 and T.count('办事处') == 2 and T.count('局') == 1
assert T.count('日内') == 9              # all nine labelled (十个工作日内 included)
assert T.count('月内') == 1 and T.count('年内') == 1   # 一个月内 labelled; 一年内 (penalty) not
assert T.count('原则') == 1 and T.count('《') == 1
assert '号' not in T and '〔' not in T

for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}
assert [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE'] == [
    ['政府部门监管', '养犬人自律', '基层组织参与', '社会公众监督相结合']]

counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 10, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 0, 'ORG': 16,
                  'PRINCIPLE': 1, 'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == 'ORG')['县区人民政府'] == 3
write_gold(OUT, [d])
