"""Build regs_cb.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 山东省村务公开条例 (Shandong provincial regulation on the openness of village affairs;
adopted 2006-03-30 by the standing committee of the 10th Shandong provincial people's congress,
revised 2018-09-21 by the standing committee of the 13th, in force 2006-06-01).
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or
model is used.
"""
from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh10/regs_cb.jsonl'

d = Doc("fresh10-reg-shandong-village-affairs-openness-2018",
        "corpus/regulations/shandong/山东省村务公开条例(2018-09-21).txt",
        # date: the file name's date, which is also the last (revision) line of the header;
        # region: a provincial regulation (山东省人大常委会), no city as issuer (regs-au)
        {"region": "山东省", "date": "2018-09-21"})
assert d.text == d.raw.decode('utf-8')
t = d.text

ORG = 'ORG'

# ====================================================================== header
# title line 山东省村务公开条例: no body head word, no 《》 (v1.1 *Title lines*).
# The standing committees before their sessions are ORG, term inside, session outside (regs-a,
# regs-b, regs-au).
d.ctx(ORG, '2006年3月30日 [山东省第十届人民代表大会常务委员会]第十九次会议通过')
d.ctx(ORG, '2018年9月21日 [山东省第十三届人民代表大会常务委员会]第五次会议关于修改')
assert t.count('人民代表大会') == 2
# The amending decision 关于修改《山东省民用建筑节能条例》等十件地方性法规的决定 has no outer 《》:
# only the inner 《》 title is DOC_TITLE (guidelines: without book-title marks, no DOC_TITLE).
# 十件 sits inside the decision's fixed name: not ITEM_COUNT (reports notes: counts inside fixed
# names; regs-f/regs-j/regs-au: 等N件 inside the title not ITEM_COUNT).
# Dates 2006年3月30日, 2018年9月21日 (adoption, revision) and art. 25 2006年6月1日 (effective date):
# not DEADLINE (guidelines DEADLINE "No"; v1.1 *Effective dates*).
assert t.count('年') == 4 and t.count('月') == 4    # + 老年人 (art. 7), 每月 (art. 12)

# ====================================================================== DOC_TITLE
d.ctx('DOC_TITLE', '会议关于修改《[山东省民用建筑节能条例]》等十件地方性法规的决定修正')
d.ctx('DOC_TITLE', '根据《[中华人民共和国村民委员会组织法]》等法律')                 # art. 1
assert t.count('《') == 2
# the 村民委员会 inside the second title is not labelled (guidelines: inner ORGs of a DOC_TITLE)

# ====================================================================== PRINCIPLE
# art. 3 坚持…的原则 → the content without 坚持 and 的原则
d.ctx('PRINCIPLE', '村务公开应当坚持[全面、真实、及时、规范]的原则')
assert t.count('原则') == 1
# Not PRINCIPLE: 实行事前、事中、事后全过程公开 (art. 3, neither called 原则 nor quoted);
# 依照法定内容、程序、时间、形式 (art. 4); 要求 only as a verb (art. 8 联名要求公开); no 方针/思路,
# no quotation marks.
assert t.count('要求') == 1 and '联名要求公开' in t
for w in ('方针', '思路', '“'):
    assert w not in t, w

# ====================================================================== ORG: 村民委员会
# Every occurrence as a body (村委会 in the guidelines' Yes list; batch-c 村民委员会), also inside a
# meeting (列席村民委员会会议 → project decision *Bodies inside meetings*) and in art. 24 (撤销村民
# 委员会设立的居民委员会). Not where it modifies a person (v1.1 *Bodies named only to refer to
# people*): 村民委员会主任 (art. 4), 村民委员会成员 ×4 (arts. 6, 14, 19, 22), nor inside the art. 1 title.
VC = '村民委员会'
for p in ['领导和支持[村民委员会]、村务监督委员会',            # art. 4
          '\n\n[村民委员会]应当依照法定内容',                  # art. 4
          '调查和协调处理[村民委员会]和村民有关',              # art. 6(三)
          '（四）对[村民委员会]履行村务公开职责情况',          # art. 6(四)
          '第七条 [村民委员会]应当公布下列事项',               # art. 7
          '第九条 [村民委员会]应当随着农村经济',               # art. 9
          '第十条 [村民委员会]应当建立村务公开档案',           # art. 10
          '（一）[村民委员会]依法提出村务公开的具体方案',      # art. 11(一)
          '（三）村党组织和[村民委员会]召开联席会议',          # art. 11(三)
          '（四）[村民委员会]对公开方案确定的内容',            # art. 11(四)
          '第十三条 [村民委员会]应当在便于村民观看',           # art. 13
          '\n\n[村民委员会]管辖多个自然村的',                  # art. 13
          '其成员可以列席[村民委员会]会议',                    # art. 15
          '村务监督委员会对[村民委员会]提出的村务公开具体方案',  # art. 16
          '应当自[村民委员会]提出具体方案之日起',              # art. 16
          '村民对[村民委员会]公布的村务公开方案',              # art. 16
          '通过村务监督委员会向[村民委员会]提出，',            # art. 16
          '也可以直接向[村民委员会]提出。',                    # art. 16
          '村民对[村民委员会]的答复不满意的',                  # art. 17
          '第十九条 [村民委员会]应当将村务公开纳入',           # art. 19
          '第二十二条 [村民委员会]及其成员',                   # art. 22
          '功能区内的[村民委员会]，或者撤销',                  # art. 24
          '或者撤销[村民委员会]设立的居民委员会']:             # art. 24
    d.ctx(ORG, p)
# art. 16: 村民委员会应当自收到异议之日起五日内给予答复 occurs twice (paragraphs 1 and 2)
d.ctx(ORG, '[村民委员会]应当自收到异议之日起五日内给予答复', n=2)
# 31 in the text: 25 labelled, 5 modifying a person, 1 inside the art. 1 title
assert t.count(VC) == 31
assert t.count('村民委员会主任') == 1 and t.count('村民委员会成员') == 4
# 中华人民共和国村民委员会组织法 (inside DOC_TITLE): 1
assert t.count('村民委员会组织法') == 1

# ====================================================================== ORG: 村务监督委员会
# The body the regulation makes each village set up (art. 4: 村应当建立村务监督委员会); like
# batch-c's 村民选举委员会 (a body a rule sets up, with powers). Not where it modifies a person:
# 村务监督委员会成员 ×4 (arts. 6, 14, 21, 22(四)).
SC = '村务监督委员会'
for p in ['领导和支持村民委员会、[村务监督委员会]依法做好',    # art. 4
          '村应当建立[村务监督委员会]，依法对',                # art. 4
          '（二）[村务监督委员会]对具体方案进行审查',          # art. 11(二)
          '第十四条 [村务监督委员会]由主任、副主任',           # art. 14
          '第十五条 [村务监督委员会]接受乡镇人民政府指导',     # art. 15
          '第十六条 [村务监督委员会]对村民委员会提出的',       # art. 16
          '可以自方案公布之日起五日内通过[村务监督委员会]向',  # art. 16
          '第十七条 [村务监督委员会]和村民对',                 # art. 17
          '第二十一条 [村务监督委员会]依法履行监督职责']:      # art. 21
    d.ctx(ORG, p)
assert t.count(SC) == 13 and t.count('村务监督委员会成员') == 4

# art. 24 居民委员会 (set up on abolishing a village committee): a body type (v1.1 list 村委会;
# regs-a 居民委员会)
d.ctx(ORG, '撤销村民委员会设立的[居民委员会],其农村集体产权')
# 委员会 ×47: 2 header + 村民委员会 ×31 + 村务监督委员会 ×13 + 居民委员会; 37 labelled
d.check_all('委员会', 47, 37, deliberate=[
    '村民[委员会]主任是实施村务公开的第一责任人',                 # art. 4 (a person)
    '（二）对村民[委员会]成员、村务监督委员会成员',               # art. 6 (people)
    '（二）对村民委员会成员、村务监督[委员会]成员进行业务培训',   # art. 6 (people)
    '村民[委员会]成员及其近亲属',                                 # art. 14 (people)
    '不得担任村务监督[委员会]成员',                               # art. 14 (people)
    '纳入村民[委员会]成员岗位目标责任制',                         # art. 19 (people)
    '村务监督[委员会]成员不履行监督职责的',                       # art. 21 (people)
    '负有责任的村民[委员会]成员的职务',                           # art. 22 (people)
    '打击报复村务监督[委员会]成员',                               # art. 22(四) (people)
    '中华人民共和国村民[委员会]组织法',                           # inside DOC_TITLE (art. 1)
])

# ====================================================================== ORG: governments
# 乡镇人民政府: a class-prefixed body (guidelines 乡镇党委; regs-b 乡（镇）人民政府), every occurrence
for p in ['第六条 [乡镇人民政府]具体负责',                          # art. 6
          '接受[乡镇人民政府]指导，向村民会议',                    # art. 15
          '可以向[乡镇人民政府]或者县（市、区）人民政府',          # art. 17
          '由[乡镇人民政府]予以批评教育',                          # art. 22
          '由[乡镇人民政府]、县级以上人民政府有关部门']:           # art. 23
    d.ctx(ORG, p)
# 县（市、区）人民政府: one ORG, the parenthesis gives alternative levels (v1.1 *Shared endings*);
# in art. 18 it lies inside 县（市、区）人民政府民政部门 (head 部门: v1.1 *A body named inside a longer
# non-ORG phrase*, as 区人民政府工作部门 → 区人民政府; regs-ay 市、县（区）人民政府有关部门)
d.ctx(ORG, '乡镇人民政府或者[县（市、区）人民政府]及其有关部门反映')  # art. 17
d.ctx(ORG, '第十八条 [县（市、区）人民政府]民政部门应当制定')        # art. 18
# Not ORG: 县级以上人民政府 ×5 (arts. 5 ×3, 20, 23; v1.1 *Level words*), 有关人民政府 (art. 17,
# quantified by 有关), bare 政府 in 政府拨付 (art. 7; v1.1 *Bare 党委, 政府*).
d.check_all('人民政府', 13, 7, deliberate=[
    '第五条 县级以上[人民政府]统一领导',
    '\n\n县级以上[人民政府]民政部门负责',
    '\n\n县级以上[人民政府]农业行政主管部门',
    '第二十条 县级以上[人民政府]应当为有关部门',
    '、县级以上[人民政府]有关部门或者监察机关',
    '由有关[人民政府]或者主管部门依法处理',
])
d.check_all('政府', 14, 7, deliberate=[
    '第五条 县级以上人民[政府]统一领导',
    '\n\n县级以上人民[政府]民政部门负责',
    '\n\n县级以上人民[政府]农业行政主管部门',
    '第二十条 县级以上人民[政府]应当为有关部门',
    '、县级以上人民[政府]有关部门或者监察机关',
    '由有关人民[政府]或者主管部门依法处理',
    '（四）[政府]拨付和接受社会捐赠',
])

# art. 24 街道办事处所辖区域内: bare 街道办事处 is ORG (regs-b, regs-ay, regs-bb); here it is named
# inside a longer non-ORG phrase (the area it governs) and labelled on its own (v1.1).
d.ctx(ORG, '第二十四条 [街道办事处]所辖区域内')
assert t.count('办事处') == 1

# Not ORG (read in context):
#   中国共产党在农村的基层组织 (art. 4), 村党组织 (art. 11): head 组织 / 党组织 (v1.1);
#   民政部门, 农业行政主管部门, 有关部门 ×4, 主管部门 (head 部门); 司法行政、财政、国土资源、住房城乡
#     建设、林业、卫生、环境保护等有关部门 (no body names, only fields ending in a shared 有关部门);
#   监察机关 (art. 23; v1.1 机关); 任何组织 (art. 21); 村集体经济组织 (head 组织);
#   meetings: 村民会议 ×5, 村民代表会议 ×4, 联席会议 (v1.1 *组织 and 机关 heads*: meetings);
#   places: 村, 自然村, 经济开发区等功能区 (development zones, reports notes);
#   people: 村民委员会主任/成员, 村务监督委员会成员, 主任、副主任和委员, 村财会人员, 村文书, 负责人.
# 组织 ×7: 组织法 (title), 基层组织, 组织协调, 组织和指导 (verbs), 村党组织, 村集体经济组织, 任何组织
assert t.count('部门') == 8 and t.count('机关') == 1 and t.count('组织') == 7
for w in ('局', '厅', '中心', '队', '小组', '党委', '院'):
    assert w not in t, w
assert t.count('站') == 0 and t.count('办') == 1     # 办 only in 街道办事处
assert t.count('所') == 2 and '所辖' in t and '场所' in t   # no 所 body (财政所 …)

# ====================================================================== DEADLINE
# art. 16: relative within-limits (v1.2 *Relative time limits*): span the limit alone, without
# 自…之日起; value as regs-az / regs-l.
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
d.ctx('DEADLINE', '应当自村民委员会提出具体方案之日起[五日内]提出', norm=WITHIN)
d.ctx('DEADLINE', '应当自收到异议之日起[五日内]给予答复', n=2, norm=WITHIN)
d.ctx('DEADLINE', '可以自方案公布之日起[五日内]通过村务监督委员会', norm=WITHIN)
assert t.count('五日内') == 4 and t.count('日内') == 4
# Not DEADLINE:
#   art. 12 一般事项至少每季度公布一次, 财务收支情况应当逐项逐笔每月公布一次: bare frequencies
#     without a due point (guidelines DEADLINE "No": 每年, 每季度); 应当随时公布: vague;
#   art. 13 村务公开栏的内容应当至少保留五日; 保留少于五日的: a minimum duration (v1.2 *Relative
#     time limits*: 会期不得少于两天 is not DEADLINE);
#   art. 6(四) 定期检查, art. 16 及时纠正, art. 22 责令限期改正: vague;
#   art. 3 事前、事中、事后: stages, not times;
#   the header dates and the effective date 2006年6月1日 (art. 25).
assert t.count('每') == 2 and t.count('五日') == 6 and t.count('前') == 1   # 前 only in 事前

# ====================================================================== STAFFING
# art. 14: the size of the village affairs supervision committee (batch-c: committee sizes in
# regulations are STAFFING; regs-l 由委员三至九人组成 → 三至九人). 三人或者五人 is one span, like
# regs-l's 一名或者数名 (one span); min 3, max 5 (the two sizes allowed).
d.ctx('STAFFING', '由主任、副主任和委员共[三人或者五人]组成',
      norm={"min": 3, "max": 5, "unit": "人", "approx": False})
# Not STAFFING: art. 8 经十分之一以上村民或者五分之一以上村民代表联名 (thresholds, fractions of
# villagers: v1.1 *Thresholds*).

# ====================================================================== nothing else
# ITEM_COUNT: no count of items set by a measure. 第七条 lists ten items with ordinals （一）…（十）
# (ordinal numbers, guidelines ITEM_COUNT "No"); 十件 in the header sits in the amending decision's
# name (see above); 多个自然村 (art. 13) is vague and a count of places.
# DOC_NO: no 〔year〕…号.
assert '〔' not in t and '号' not in t

for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'STAFFING':
        assert set(e['normalized']) == {'min', 'max', 'unit', 'approx'}
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 4, 'DOC_NO': 0, 'DOC_TITLE': 2, 'ITEM_COUNT': 0, 'ORG': 45,
                  'PRINCIPLE': 1, 'STAFFING': 1}, counts
write_gold(OUT, [d])
