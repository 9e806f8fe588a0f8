"""Build regs_ce.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 郑州市农村财务管理条例 (Zhengzhou city regulation on the financial management of villages).
Adopted 1995-08-25 by the standing committee of the 10th Zhengzhou municipal people's congress,
approved 1996-01-19 by the standing committee of the 8th Henan provincial people's congress, in
force 1996-04-01 (art. 39); amended by the decision adopted 2004-10-29 (12th Zhengzhou standing
committee) and approved 2005-03-31 (10th Henan standing committee); file date 2005-04-22.
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or
model is used.
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh10/regs_ce.jsonl'

d = Doc("fresh10-reg-zhengzhou-rural-finance-2005",
        "corpus/regulations/henan/郑州市农村财务管理条例(2005-04-22).txt",
        # date: the file name's date (promulgation of the amended text), as regs-ay (Puyang) and
        # regs-b (Anyang); the text's latest date is 2005-03-31 (approval of the amendment).
        {"region": "河南省郑州市", "date": "2005-04-22"})
assert d.text == d.raw.decode('utf-8')
t = d.text

ORG = 'ORG'

# ====================================================================== header
# title line 郑州市农村财务管理条例: no body head word, no 《》 (v1.1 *Title lines*): no label.
# Bodies before a session are ORG, term number inside, session outside (regs-a, regs-b, regs-ay).
d.ctx(ORG, '1995年8月25日 [郑州市第十届人民代表大会常务委员会]第十三次会议通过')
d.ctx(ORG, '1996年1月19日 [河南省第八届人民代表大会常务委员会]第十八次会议批准')
d.ctx(ORG, '2004年10月29日 [郑州市第十二届人民代表大会常务委员会]第六次会议通过')
d.ctx(ORG, '2005年3月31日 [河南省第十届人民代表大会常务委员会]第十五次会议批准的')
# The amending decision in 《》: DOC_TITLE; the nested <…> title and the ORG inside stay inside
# (guidelines DOC_TITLE; "a DOC_TITLE may contain ORG names (those inner ORGs are not labelled)").
d.ctx('DOC_TITLE', '批准的《[郑州市人民代表大会常务委员会关于修改<郑州市农村财务管理条例>的决定]》修正')
assert t.count('《') == 1 and t.count('<') == 1
# The four header dates (adoption/approval) and art. 39 本条例自1996年4月1日起施行 (effective date):
# not DEADLINE (guidelines DEADLINE "No"; v1.1 *Effective dates*).
assert t.count('年') == 12   # 4 header dates, 1 effective date; 每年度, 每年年终, 本年度, 会计年度, 年度终了, 年度财务决算

# ====================================================================== ORG: governments
# 乡（镇）人民政府: one ORG, the parenthesis gives alternative levels (v1.1 县（市、区）人民政府;
# regs-ay 乡（镇）人民政府). Art. 3 本乡（镇）的 … is a territory, not labelled.
d.ctx(ORG, '\n\n[乡（镇）人民政府]主管本乡（镇）的农村财务管理工作')           # art. 3
d.ctx(ORG, '农业行政管理部门、[乡（镇）人民政府]应当有计划地')                 # art. 28
d.ctx(ORG, '农业行政管理部门、[乡（镇）人民政府]负责本行政区域内的农村财务审计工作')  # art. 29
d.ctx(ORG, '有下列行为之一的，由[乡（镇）人民政府]或市、县（市、区）农业行政管理部门', n=2)  # arts. 33, 34
d.ctx(ORG, '当事人对[乡（镇）人民政府]和农业行政管理部门的行政处罚决定')       # art. 37
d.ctx(ORG, '第三十八条 [市人民政府]可根据本条例制定实施细则')                 # art. 38
# Not ORG: bare 人民政府 (art. 6 由人民政府或农业行政管理部门给予表彰; v1.2 bare 人民政府 is generic);
# 同级人民政府 ×2 (arts. 31, 32; v1.1 *Level words*: 同级 + 人民政府 is vague).
d.check_all('人民政府', 10, 7, deliberate=['由[人民政府]或农业行政管理部门给予表彰',
                                            '应向同级[人民政府]提出审计报告',
                                            '报经同级[人民政府]同意'])
d.check_all('政府', 10, 7, deliberate=['由人民[政府]或农业行政管理部门给予表彰',
                                          '应向同级人民[政府]提出审计报告',
                                          '报经同级人民[政府]同意'])

# ====================================================================== ORG: 村民委员会 / 村民小组
# 村民委员会 (guidelines ORG "Yes": 村委会) and 村民小组 (batch-c Henan villagers' committee
# 办法: 村民小组 ORG, also inside 村民小组会议, where only the body is labelled; regs-a *Meetings of
# a body*). They are the regulation's main subjects and are labelled at every occurrence as a
# body: subject, object, or modifier of a thing (…的有价证券, …的固定资产, 平调村民小组集体财产).
# Not labelled where the coordination ends in a person or post (v1.1 *Bodies named only to refer
# to people*; project decision *Coordinations that end in a person or post word*; batch-c:
# 村民委员会成员 not labelled): 8 places, each naming both bodies.
PEOPLE = [
    '[村民委员会]、村民小组的主要负责人及其近亲属',           # art. 7
    '[村民委员会]、村民小组的会计的任免',                     # art. 11 (会计: a post)
    '由[村民委员会]或村民小组的主要负责人、民主理财组织成员',  # art. 12
    '财务开支由[村民委员会]、村民小组主管财务的负责人审批',    # art. 15
    '（三）[村民委员会]、村民小组补贴人员的范围和标准',         # art. 15(三)
    '（四）超过[村民委员会]、村民小组负责人审批限额的',         # art. 15(四)
    '[村民委员会]、村民小组财会人员应当在每个会计年度终结',     # art. 23
    '擅自提高[村民委员会]、村民小组负责人补贴标准',            # art. 33(七)
]
d.every(ORG, '村民委员会', 18, exclude=PEOPLE)
d.every(ORG, '村民小组', 27, exclude=[p.replace('[村民委员会]', '村民委员会').replace('村民小组', '[村民小组]', 1)
                                      for p in PEOPLE])
assert t.count('村民委员会') == 26 and t.count('村民小组') == 35 and t.count('村民小组会议') == 9
# 委员会: 4 standing committees (header), 1 inside the DOC_TITLE, 26 村民委员会 (18 labelled).
assert t.count('委员会') == 31
# Not ORG (read in context):
#   部门: 市、县（市、区）农业行政管理部门 (arts. 3, 28, 29 ×2, 33, 34), 县（市、区）农业行政管理部门
#     (art. 11), 农业行政管理部门 (arts. 6, 37), 上级农业行政管理部门, 有关部门 (art. 31), 财政部门
#     (art. 3), 有关主管部门 (art. 35), 上级主管部门 (art. 36): generic head 部门 (guidelines ORG "No");
#   机构: 乡（镇）农业经济管理机构 ×3 (arts. 3, 12, 29): generic head 机构;
#   组织: 民主理财组织 ×8 (arts. 12, 25 ×2, 26, 27 ×2, 33(四) ×2): head 组织 (guidelines ORG "No"; v1.1 组织 heads);
#   meetings: 村民会议, 村民代表会议, 领导成员会议 (v1.1: 村民代表会议 not ORG);
#   单位: 所属企业事业单位, 单位和个人, 本单位 ×2, 负责审计的单位, 被审计单位 ×4, 所在单位;
#   同级财政 (art. 35: 财政, no body head); 村、组负责人 (people); 村组企业 (companies);
#   联组会计 (an accounting arrangement); 国家, 集体, 省 (no body).
assert t.count('部门') == 14 and t.count('机构') == 3 and t.count('民主理财组织') == 8
for w in ['局', '厅', '中心', '办公室', '站', '队', '院', '党']:
    assert w not in t, w

# ====================================================================== PRINCIPLE
# art. 4 农村财务管理的原则是 A；B；C: the content the text labels 原则 (guidelines PRINCIPLE; v1.1
# *A heading that names principles* / unquoted phrase called 原则). One span: the three clauses are
# the one stated 原则, and the guidelines split the value at ；. 坚持 inside the third clause is part
# of the content (not the introducing verb of the whole span). Parts split mechanically by anchors.
d.ctx('PRINCIPLE', '农村财务管理的原则是[正确处理国家、集体、个人三者之间的利益关系；实行财务公开、民主管理；'
                   '坚持为发展集体经济服务]。')
assert t.count('原则') == 1
# Not PRINCIPLE: 按照国家有关规定 ×… (no content); 根据国家有关法律、法规 (art. 1); no 方针/思路/quotes.
assert t.count('方针') == 0 and t.count('思路') == 0 and '“' not in t

# ====================================================================== DEADLINE
# Recurring year-end due points of duties (gold-fresh3 regs-m: 会计年度终了时 → year end of the
# document's year, precision year, by, recurring; regs-a 每年年底). The document's year is 2005.
YEAR_END = {"date": "2005-12-31", "precision": "year", "relation": "by", "recurring": True}
d.ctx('DEADLINE', '村民小组[每年度终了]应向村民会议、村民小组会议报告专用基金', norm=YEAR_END)   # art. 16
d.ctx('DEADLINE', '村民小组[每年年终]应全面核算本年度的收入和支出', norm=YEAR_END)             # art. 22
d.ctx('DEADLINE', '财会人员应当在[每个会计年度终结]，将财会资料分类整理', norm=YEAR_END)        # art. 23
d.ctx('DEADLINE', '张榜公布财务收支情况；[年度终了]向村民会议、村民小组会议报告年度财务决算', norm=YEAR_END)  # art. 24
# art. 24 在每季度终了之日起十五日内: a relative limit (v1.2 *Relative time limits*: 自收到之日起三日内
# → 三日内): the limit alone, without 在 and the anchor event; the v1.2 value as given.
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
d.ctx('DEADLINE', '必须在每季度终了之日起[十五日内]向全体村民张榜公布', norm=WITHIN)
assert t.count('日内') == 1 and t.count('终了') == 3 and t.count('年终') == 1 and t.count('终结') == 1
# Not DEADLINE: 及时 ×4, 定期 ×2 (arts. 18, 33), 限期纠正 ×2, 有计划地 (art. 28): vague;
# 日清月结 (art. 14): a bare frequency; 本年度, 年度财务决算, 年度 (scope of a report); 离任时, 办理交接
# 手续时 (events without a number); the header dates and the effective date (see above).
for w in ['日前', '底', '提前', '期间', '以前', '之前', '年内']:
    assert w not in t, w

# ====================================================================== nothing else
# STAFFING / ITEM_COUNT: no count of staff or items: 配备财会人员 and 确定专人管理 carry no number;
# 三者之间 (inside the PRINCIPLE) names the parties; ordinals (第N条, （N）); 大、中型固定资产 (size);
# 一百元以上一千元以下罚款 (money).
assert t.count('名') == 0 and t.count('以上') == 1
# DOC_NO: no 〔 and no 号.
assert '〔' not in t and '号' not in t

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 56, 'DEADLINE': 5, 'PRINCIPLE': 1, 'DOC_TITLE': 1}), c
d.check_value_shapes()
write_gold(OUT, [d])
