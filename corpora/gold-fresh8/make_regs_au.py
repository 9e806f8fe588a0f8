"""Build regs-au.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 泰山风景名胜区保护管理条例 (Shandong provincial regulation on the protection and management
of the Mount Tai scenic area; adopted 2000-10-26 by the standing committee of the 9th Shandong
provincial people's congress, revised 2016-03-30, 2018-09-21 and, last, 2020-11-27).
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or
model is used.
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh8/regs-au.jsonl'

d = Doc("fresh8-reg-taishan-scenic-area-2020",
        "corpus/regulations/shandong/泰山风景名胜区保护管理条例(2020-11-27).txt",
        # date: the last revision line of the header (2020-11-27), the date in the file name;
        # region: a provincial regulation (山东省人大常委会), no city as issuer
        {"region": "山东省", "date": "2020-11-27"})
assert d.text == d.raw.decode('utf-8')
t = d.text

# ====================================================================== header
# the four standing committees before their sessions are ORG (term inside, session outside;
# regs-an 浙江省第十三届人民代表大会常务委员会)
d.ctx('ORG', '2000年10月26日 [山东省第九届人民代表大会常务委员会]第十七次会议通过')
d.ctx('ORG', '2016年3月30日 [山东省第十二届人民代表大会常务委员会]第二十次会议')
d.ctx('ORG', '2018年9月21日 [山东省第十三届人民代表大会常务委员会]第五次会议')
d.ctx('ORG', '2020年11月27日 [山东省第十三届人民代表大会常务委员会]第二十四次会议')
assert t.count('委员会') == 4 and t.count('人民代表大会') == 4
# the adoption and revision dates and the effective date (art. 36 2000年12月1日) are not DEADLINE

# ====================================================================== DOC_TITLE
# the three amending decisions; the regulation named in 〈〉 stays inside the outer title,
# and the counts 九件/十件/六件 inside a title are not ITEM_COUNT (no overlap across types)
d.ctx('DOC_TITLE', '第二十次会议《[关于修改〈山东省海洋环境保护条例〉等九件地方性法规的决定]》第一次修正')
d.ctx('DOC_TITLE', '第五次会议《[关于修改〈山东省民用建筑节能条例〉等十件地方性法规的决定]》第二次修正')
d.ctx('DOC_TITLE', '第二十四次会议《[关于修改〈山东省清洁生产促进条例〉等六件地方性法规的决定]》第三次修正')
# art. 4: the master plan approved by the State Council (a plan in 《》)
d.ctx('DOC_TITLE', '必须符合国务院批准的《[泰山风景名胜区总体规划]》，遵循')
assert t.count('《') == 4 and t.count('〈') == 3
# 泰山风景名胜区总体规划 (art. 17), 泰山风景名胜区详细规划 (art. 18 ×2): no 《》, not DOC_TITLE

# ====================================================================== PRINCIPLE
# art. 4: labelled 原则, introduced by 遵循 (guidelines PRINCIPLE: 坚持优化协同高效的原则)
d.ctx('PRINCIPLE', '遵循[严格保护、科学规划、统一管理、永续利用]的原则。')
assert t.count('原则') == 1
# 要求 ×2 not PRINCIPLE: art. 19 与…规划的要求相协调 (no adopting verb, no content);
# art. 25 按照安全、卫生、环保等要求 (unquoted, not called 原则; shandong-part2 按照…的要求 not labelled)
assert t.count('要求') == 2 and '方针' not in t and '思路' not in t and '坚持' not in t

# ====================================================================== ORG
# 国务院 ×3 (art. 2 国务院批准的总体规划, art. 4 国务院批准的《…》, art. 18 国务院有关部门 → the body
# inside a longer non-ORG phrase, v1.1; shandong-part2 国务院相应的部门 → 国务院)
d.every('ORG', '国务院', 3)

# 省人民政府 ×6: one definite body (the province's government), also inside 省人民政府自然资源主管部门 /
# 省人民政府其他有关部门 (v1.1 *A body named inside a longer non-ORG phrase*)
for p in ['第五条 [省人民政府]自然资源主管部门负责组织编制',    # art. 5
          '协调规划实施。[省人民政府]其他有关部门',              # art. 5
          '第七条 [省人民政府]和泰安市、济南市人民政府',          # art. 7
          '具体办法由[省人民政府]制定',                          # art. 15
          '第十六条 [省人民政府]和泰安市、济南市人民政府',        # art. 16
          '由[省人民政府]自然资源主管部门组织编制']:              # art. 18
    d.ctx('ORG', p)

# 泰安市、济南市人民政府 ×4 (arts. 5, 6, 7, 16): shared ending, only the complete name is labelled
# (v1.1 *Shared endings*: 市、区人民政府 → 区人民政府), so `济南市人民政府` only.
d.every('ORG', '济南市人民政府', 4)
assert t.count('泰安市、济南市人民政府') == 4 and t.count('泰安市') == 4

# art. 31 由省、市人民政府或者有关部门…给予表彰 → `市人民政府` (v1.1 *Shared endings*, the example itself)
d.ctx('ORG', '由省、[市人民政府]或者有关部门')

d.check_all('人民政府', 15, 11, [
    '泰山风景名胜区所在地市[人民政府]必须',   # art. 9: 所在… works like 有关 (v1.1)
    '必须服从当地[人民政府]对泰山',           # art. 24: 当地 = 所在地/属地 (v1.1), vague
    '当地[人民政府]应当加强对景区内',         # art. 25: idem
    '所在地[人民政府]、负有风景名胜区',       # art. 35: 所在地 (v1.1)
])
assert t.count('所在地人民政府') == 1 and t.count('所在地市人民政府') == 1
d.check_all('省人民政府', 6, 6)
d.check_all('国务院', 3, 3)
d.check_all('人民代表大会常务委员会', 4, 4)
d.check_all('市人民政府', 6, 5, ['所在地[市人民政府]必须把'])
d.check_all('政府', 15, 11, ['所在地市人民[政府]必须', '服从当地人民[政府]对', '当地人民[政府]应当加强',
                           '所在地人民[政府]、负有'])

# Not ORG (generic heads, facilities, places):
#   泰山风景名胜区管理机构 / 风景名胜区管理机构 ×12: head 机构 (guidelines ORG "No"; v1.1: a body defined
#     under a generic head is not ORG; regs-an 教育督导机构);
#   省人民政府自然资源主管部门, 省自然资源主管部门 (art. 20), 有关(主管)部门, 负有…职责的部门: head 部门;
#   原审批机关 (art. 18): head 机关 (v1.1);
#   设计单位, 施工单位, 排放单位, 运营单位, 所有单位, 任何单位: head 单位;
#   宾馆、招待所、培训中心、疗养院 (art. 19): kinds of buildings, facilities;
#   开发区, 景区, 保护区, 岱庙, 玉皇庙, 佛爷寺, 玉泉寺, 灵岩寺, 泰安门: places.
assert t.count('机构') == 12 and t.count('部门') == 9 and t.count('单位') == 9 and t.count('机关') == 1
assert t.count('中心') == 1 and t.count('院') == 4 and t.count('会') == 13 and t.count('组') == 2
for w in ('局', '厅', '站', '队', '办公室', '小组'):
    assert t.count(w) == (1 if w == '局' else 0), w          # 局 only in 布局
assert t.count('布局') == 1 and t.count('办') == 3           # 举办, 办法, 办理

# ====================================================================== no STAFFING, ITEM_COUNT, DEADLINE, DOC_NO
# ITEM_COUNT: 六个景区 (art. 2) counts the scenic areas a territory has (guidelines ITEM_COUNT "No");
#   实行四级保护 / 一级…四级保护区 (art. 10) are protection levels and zones, not items;
#   九件/十件/六件 sit inside DOC_TITLEs.
# every number + measure word that is not an article number (第…条) is one of these:
hits = [m.group() for m in re.finditer(r'[0-9一二三四五六七八九十两]+(?:个|项|条|件|类|名|人|级|所|家|处)', t)
        if t[m.start() - 1] != '第']
assert hits == ['九件', '十件', '六件', '六个', '四级', '一级', '二级', '一级', '三级', '二级', '四级', '四级'], hits
# STAFFING: 实行专人保护 carries no number; 工作人员, 经营者, 旅游者 have no count.
# DEADLINE: no 日内/日前/提前/期间/底; 设立前 (art. 19) is a past event, 前款 is a reference;
#   定期 ×2 is vague; 禁火期 is a season; the dates are adoption/revision/effective dates (v1.1).
for w in ('日内', '日前', '提前', '期间', '底', '每', '〔', '号', '职数'):
    # (编制 occurs twice, as 组织编制…规划: drawing up a plan, not posts)
    assert w not in t, w
assert t.count('前') == 2

# ====================================================================== checks
for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 4, 'ITEM_COUNT': 0, 'ORG': 18,
                  'PRINCIPLE': 1, 'STAFFING': 0}, counts
write_gold(OUT, [d])
