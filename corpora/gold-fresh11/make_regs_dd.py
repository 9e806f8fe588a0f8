"""Build regs_dd.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 河南省安置教育刑满释放和解除劳动教养人员的暂行规定 (Henan interim provisions on resettling
and educating persons released after serving a sentence or after re-education through labour;
adopted 1988-09-01 by the standing committee of the 7th Henan provincial people's congress,
amended 1994-04-28 by the 8th and 2010-07-30 by the 11th; in force on promulgation, art. 22).
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or
model is used.
"""
from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh11/regs_dd.jsonl'

d = Doc("fresh11-reg-henan-released-prisoners-resettlement-2010",
        "corpus/regulations/henan/河南省安置教育刑满释放和解除劳动教养人员的暂行规定(2010-07-30).txt",
        # date: the file name's date, which is also the header's last (second amendment) line;
        # region: a provincial regulation (河南省人大常委会), no city as issuer (regs-a Henan, regs_cb)
        {"region": "河南省", "date": "2010-07-30"})
assert d.text == d.raw.decode('utf-8')
t = d.text

ORG = 'ORG'

# ====================================================================== header
# title line 河南省安置教育…暂行规定: no body head word, no 《》 (v1.1 *Title lines*).
# The standing committee before each session is ORG, term number inside, session outside
# (regs-a, regs-b, regs-k Henan, regs_cb).
d.ctx(ORG, '1988年9月1日 [河南省第七届人民代表大会常务委员会]第五次会议通过')
d.ctx(ORG, '1994年4月28日 [河南省第八届人民代表大会常务委员会]第七次会议《')
d.ctx(ORG, '2010年7月30日 [河南省第十一届人民代表大会常务委员会]第十六次会议《')
assert t.count('人民代表大会') == 3 and t.count('常务委员会') == 3
# Dates 1988年9月1日, 1994年4月28日, 2010年7月30日 (adoption and amendments, past events) and
# art. 22 本规定自公布之日起施行 (effective date): not DEADLINE (guidelines; v1.1 *Effective dates*).
assert t.count('年') == 7 and t.count('日') == 4
# the other 年: 刑期在三年以下 (art. 6(三), a threshold), 一年的试用期 (art. 9, a probation period:
# a duration, guidelines DEADLINE "No"), 年龄 and 九年义务教育 (art. 14, an age and a fixed name)
for w in ('三年以下', '一年的试用期', '年龄在十六周岁以下', '九年义务教育'):
    assert t.count(w) == 1, w

# ====================================================================== DOC_TITLE
# the amending decisions of the header; the nested 〈〉 title stays inside the outer one
# (guidelines DOC_TITLE; regs-bb, regs_cg)
d.ctx('DOC_TITLE', '第七次会议《[关于修改〈河南省安置教育刑满释放和解除劳动教养人员的暂行规定〉的决定]》第一次修正')
d.ctx('DOC_TITLE', '第十六次会议《[关于修改部分地方性法规的决定]》第二次修正')   # regs-p, regs-bb
# art. 14: the Henan implementing measures of the compulsory education law (nested 〈〉 inside)
d.ctx('DOC_TITLE', '应按照《[河南省实施〈中华人民共和国义务教育法〉办法]》规定')
assert t.count('《') == 3 and t.count('〈') == 2
# 根据宪法、法律和行政法规的有关规定 (art. 1): no 《》, no DOC_TITLE.

# ====================================================================== PRINCIPLE
# art. 3 坚持“给出路”的原则 → the content without quotation marks, 坚持 and 的原则 (guidelines PRINCIPLE)
d.ctx('PRINCIPLE', '工作应坚持“[给出路]”的原则', norm=["给出路"])
assert t.count('原则') == 1 and t.count('“') == 1
# Not PRINCIPLE: 按照国家法律、政策的规定 (art. 3), 按现行政策 (art. 10), 照章 (art. 10), 按有关规定
# (no content); 要求 only as a verb (art. 18 严格要求自己); no 方针, no 思路.
assert t.count('要求') == 1 and '严格要求自己' in t
for w in ('方针', '思路'):
    assert w not in t, w

# ====================================================================== ORG: 街道办事处
# bare 街道办事处 is ORG (regs-b, regs-ay, regs-bb, regs_cb), wherever no locative covers it.
d.ctx(ORG, '社会团体、企事业单位、[街道办事处]、居（村）民委员会应尽的责任')     # art. 2
d.ctx(ORG, '劳动部门或者[街道办事处]应按现行政策')                               # art. 10
d.ctx(ORG, '第十七条 机关、团体、企事业单位、[街道办事处]、居（村）民委员会')    # art. 17
# Not ORG: art. 10 由其户口所在地街道办事处 (所在地, v1.1 *属地… and 所在… work like 有关/上级*;
# regs-a 所在地的街道办事处); art. 18 当地公安派出所、街道办事处和居（村）民委员会 (当地 covers the
# list, as 各/所在 do: regs-a, regs-b 当地镇人民政府（街道办事处）, regs-l, regs-aa).
d.check_all('办事处', 5, 3, deliberate=[
    '由其户口所在地街道[办事处]负责进行就业登记',
    '当地公安派出所、街道[办事处]和居（村）民委员会',
])

# ====================================================================== ORG: 居（村）民委员会, 村民委员会
# 居（村）民委员会: one ORG, the parenthesis gives an alternative reading (v1.1 *Alternative readings
# inside one name*; regs-a 本辖区的居（村）民委员会 → 居（村）民委员会; regs-ay).
d.ctx(ORG, '街道办事处、[居（村）民委员会]应尽的责任和义务')                     # art. 2
d.ctx(ORG, '街道办事处、[居（村）民委员会]应建立健全')                           # art. 17
# 村民委员会: a body type (guidelines Yes: 村委会; batch-c, regs_cb: every occurrence as a body)
d.ctx(ORG, '没有亲属的，由[村民委员会]留作机动')                                 # art. 11
d.ctx(ORG, '解除劳动教养后由[村民委员会]给予解决')                               # art. 11
# Not ORG: art. 11 由其户口所在乡（镇）人民政府和村民委员会 and 由所在乡（镇）人民政府、村民委员会
# (所在 covers the whole coordination: regs-l, regs-aa, gold-unseen 所在乡镇人民政府、街道办事处);
# art. 18 当地…居（村）民委员会 (above).
d.check_all('委员会', 10, 7, deliberate=[
    '户口所在乡（镇）人民政府和村民[委员会]负责接收安置',
    '由所在乡（镇）人民政府、村民[委员会]帮助解决',
    '街道办事处和居（村）民[委员会]的帮助教育',
])
assert t.count('村民委员会') == 4 and t.count('居（村）民委员会') == 3

# ====================================================================== ORG: 计经委
# art. 2 组织公安、司法、计经委、劳动、人事、教育、民政、农业、粮食、工商行政管理等有关部门: the other
# members are fields of work that share the generic 有关部门 (regs_cb: 司法行政、财政…等有关部门 gives
# nothing), but 计经委 (计划经济委员会) is the short name of a body with the head 委 (guidelines ORG:
# 编办, 法制办 are ORG as short names; reports notes: a mass organisation named in a field list,
# 工会、…、红十字会…等事业, is ORG). README call 1.
d.ctx(ORG, '组织公安、司法、[计经委]、劳动、人事')
assert t.count('委') == 11   # 常务委员会 ×3, 居（村）民委员会 ×3, 村民委员会 ×4, 计经委

# ====================================================================== ORG: governments
# art. 20 河南省人民政府: one definite body.
d.ctx(ORG, '由[河南省人民政府]进行解释')
# Not ORG: 各级人民政府 ×2 (arts. 2, 19; v1.1 *Level words*); 户口所在乡（镇）人民政府 and 所在乡（镇）
# 人民政府 (art. 11, locative); 本人户口所在地人民政府 (art. 13, locative: regs-t 所在地人民政府).
d.check_all('人民政府', 6, 1, deliberate=[
    '各级[人民政府]应加强对刑满释放人员',
    '由其户口所在乡（镇）[人民政府]和村民委员会',
    '由所在乡（镇）[人民政府]、村民委员会帮助解决',
    '由本人户口所在地[人民政府]按社会救济',
    '由各级[人民政府]和有关部门给予表彰',
])
assert t.count('政府') == 6

# ====================================================================== ORG: left out
# 公安派出所 ×2: art. 16 安置落户所在地公安派出所 (所在地) and art. 18 当地公安派出所 (当地): locative,
# not ORG (v1.1; regs-a 当地人民政府; regs-l 所在地公安机关).
assert t.count('派出所') == 2 and '所在地公安派出所' in t and '当地公安派出所' in t
# 机关 ×9 (v1.1 *机关 is a generic head*): 国家机关 ×4, 劳动改造机关 ×2, 劳动教养机关, 机关 (art. 17),
# 公安机关 (art. 17).
assert t.count('机关') == 9
# 部门 ×5 (guidelines ORG "No"): 有关部门 ×2, 劳动部门, 工商行政管理部门, 部门 (art. 19).
assert t.count('部门') == 5
# 单位 ×19: 企事业单位, 原单位, 安置单位, 用工单位, 合并或分立单位, 所在单位, 本单位 … (generic head).
assert t.count('单位') == 19
# 社会团体, 团体 (generic collectives); 学校, 高等院校, 中等专业学校, 职业学校, 业余学校, 院校
# (facilities: v1.2 *Cadre schools*, universities and colleges are facilities); 国家 (no head);
# 公安, 司法, 劳动, 人事, 教育, 民政, 农业, 粮食, 工商行政管理 in art. 2 (fields, no body head).
assert t.count('团体') == 2 and t.count('学校') == 4 and t.count('院') == 2
for w in ('局', '厅', '中心', '队', '站', '小组', '党', '人大', '办公室'):
    assert w not in t, w
assert t.count('办') == 7      # 办事处 ×5, 办法 (inside the art. 14 title), 办理 (art. 15)
assert t.count('所') == 8      # 所在 ×6, 派出所 ×2

# ====================================================================== nothing else
# DEADLINE: none. Not DEADLINE: the header dates (past events), 自公布之日起施行 (effective date),
# 一年的试用期 (a probation period, a duration), 服刑期间 / 劳动教养期间 ×3 (the time of the sentence,
# not a limit for a measure), 及时妥善地安置 (vague), 回村后 / 刑满释放…后 (events with no number).
assert t.count('期间') == 4 and t.count('前') == 0 and t.count('内') == 0 and t.count('每') == 0
# STAFFING: none. 增人或者补员指标 (art. 4) carries no number; 做一个合格的社会主义建设者 (art. 18) is
# no count of staff (shandong-part1: a single 一名 in narrative text is not STAFFING).
assert t.count('名') == 0 and t.count('个') == 3   # 个体经营, 一个合格的, 个人
# ITEM_COUNT: none. 符合下列情形之一 and the ordinals （一）…（四） of art. 6 are no count (guidelines
# ITEM_COUNT "No": ordinal numbers); 十六周岁以下 and 三年以下 are thresholds; 九年义务教育 a fixed name.
for w in ('项', '条款', '类事项', '件事'):
    assert w not in t, w
# DOC_NO: no 〔year〕…号.
assert '〔' not in t and '号' not in t

for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 3, 'ITEM_COUNT': 0, 'ORG': 12,
                  'PRINCIPLE': 1, 'STAFFING': 0}, counts
write_gold(OUT, [d])
