"""Build regs_fh.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 上海市人民代表大会常务委员会讨论、决定重大事项的规定 (Shanghai municipal people's congress
standing committee: rules on discussing and deciding major matters; file name date 2002-04-09, in
force 2002-06-01, art. 16). 16 articles, no chapters, no header lines (title, then art. 1).
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedent: gold-unseen regulations-b, 济南市人民代表大会常务委员会讨论决定重大事项的规定 (the
same kind of rule, often the same wording: 市人大常委会主任会议, 市人大各专门委员会, 组成人员五人以上联名,
市人民检察院检察长…检察委员会, 每年年初, 有关专门委员会).
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh13/regs_fh.jsonl'
SRC = 'corpus/regulations/shanghai/上海市人民代表大会常务委员会讨论、决定重大事项的规定(2002-04-09).txt'

d = Doc("fresh13-reg-shanghai-major-matters-2002", SRC,
        # date: the file name's date; the text has no adoption header and no other date than the
        # effective date 2002-06-01 (art. 16), which is not the document's date (gold-unseen
        # regulations-b: "meta.date is the date in the file name"; regs_de, regs_eh).
        # region: a municipal regulation of Shanghai (regs-a, gold-unseen, every Shanghai set: "上海市").
        {"region": "上海市", "date": "2002-04-09"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 2560
t = d.text
ORG = 'ORG'
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
BEFORE = {"date": None, "precision": "day", "relation": "by", "recurring": False}

# ====================================================================== title line
# 上海市人民代表大会常务委员会讨论、决定重大事项的规定: a title line without 《》 is not DOC_TITLE, but
# the body inside it is ORG (v1.1 *Title lines*; Jinan: `济南市人民代表大会常务委员会` from its title).
d.ctx(ORG, '[上海市人民代表大会常务委员会]讨论、决定重大事项的规定\n')

# ====================================================================== DOC_TITLE
# art. 5: the standing committee's rules of procedure. The body inside a title is not labelled.
d.ctx('DOC_TITLE', '按照《[上海市人民代表大会常务委员会议事规则]》的规定进行')
assert t.count('《') == 1 and t.count('》') == 1
# Not DOC_TITLE (no 《》): art. 1 宪法、地方组织法; 本规定.

# ====================================================================== ORG: the standing committee
# art. 1: the full name and the abbreviation it introduces are both ORG (v1.2 *Definite short forms*:
# "as is the abbreviation introduced by 以下简称"; Jinan, regs_cc, regs-ad).
d.ctx(ORG, '规范[市人民代表大会常务委员会]（以下简称市人大常委会）')
# Longer names that hold 市人大常委会 (longest name, guidelines ORG):
# - 市人大常委会办公厅 (art. 7): the committee's general office (regs-i 市人民代表大会常务委员会办公厅);
d.ctx(ORG, '三日以前送交[市人大常委会办公厅]。')
# - 市人大常委会工作委员会 (arts. 10, 13): the committee's working committees as a class, head 委员会,
#   the counterpart of 市人民代表大会专门委员会, which regs-i, regs_dc and gold-unseen label as one ORG
#   when it is the subject (README call 3).
d.ctx(ORG, '有关的专门委员会或者[市人大常委会工作委员会]进行审议或者调查研究')      # art. 10
d.ctx(ORG, '市人民代表大会专门委员会或者[市人大常委会工作委员会]应当对')          # art. 13
# 市人大常委会 on its own, 43 times: as subject or addressee; before 主任会议 ×7 (the meeting is not ORG,
# the committee inside it is: regs-ad, regs-i, regs_cc, regs_db, Jinan); before 会议/会议议程 ×4
# (project decision: bodies inside meetings are ORG); before 办事机构 ×2 (generic head 机构, the
# committee inside is labelled: v1.1 *A body named inside a longer non-ORG phrase*; regs_dc
# 市人民代表大会常务委员会办事机构 → the committee); the abbreviation itself in art. 1.
# Left out: 市人大常委会组成人员 ×6, the committee's members (v1.1 *Bodies named only to refer to
# people*; regs-ad, regs_cg, regs-am, regs_dc, Jinan).
MEMBERS = ['市人民代表大会各专门委员会以及[市人大常委会]组成人员五人以上联名',   # art. 5 para. 1 (a threshold too)
           '市人大各专门委员会、[市人大常委会]组成人员五人以上联名',             # art. 5 para. 2
           '应当听取[市人大常委会]组成人员和人大代表的意见',                     # art. 6
           '将该报告书面印发[市人大常委会]组成人员；',                           # art. 9 (一)
           '回答[市人大常委会]组成人员提出的问题',                               # art. 11
           '处理情况报告书面印发[市人大常委会]组成人员。']                       # art. 12
d.every(ORG, '市人大常委会', 43, exclude=MEMBERS + ['[市人大常委会]办公厅', '[市人大常委会]工作委员会'])
d.check_all('市人大常委会', 52, 46, MEMBERS)
assert t.count('市人大常委会组成人员') == 6 == t.count('组成人员')
assert t.count('市人大常委会主任会议') == 7 and t.count('主任会议') == 8
assert t.count('市人大常委会会议') == 4 and t.count('市人大常委会办事机构') == 2
# Bare 主任会议 (art. 13 必要时主任会议可以决定): a meeting, not ORG (regs-ad, regs_db, Jinan).
assert t.count('必要时主任会议可以决定') == 1

# ====================================================================== ORG: people's congresses
# art. 3 (一) 全国人民代表大会及其常务委员会: two ORGs; 常务委员会 after 及其 is a definite short form
# referring back to a named body (v1.2; regs_cc 市人民代表大会及其常务委员会; Jinan 省人民代表大会及其常务委员会).
d.ctx(ORG, '行政法规和[全国人民代表大会]及其常务委员会决议')
d.ctx(ORG, '行政法规和全国人民代表大会及其[常务委员会]决议')
# art. 3 (八) the municipal congress as subject.
d.ctx(ORG, '（八）[市人民代表大会]授权市人大常委会决定')
# 市人民代表大会各/有关的专门委员会 (arts. 5, 10): 各 and 有关 quantify the committees, so only the
# congress is labelled, a body inside a longer non-ORG phrase (v1.1; regs-am 省人民代表大会各专门委员会,
# regs-i 市人民代表大会有关专门委员会, mixed-c).
d.ctx(ORG, '[市人民代表大会]各专门委员会以及')                                      # art. 5
d.ctx(ORG, '交由[市人民代表大会]有关的专门委员会')                                   # art. 10
# art. 5 para. 2 市人大各专门委员会 → `市人大` (Jinan: [市人大]各专门委员会, the same wording).
d.ctx(ORG, '主任会议、[市人大]各专门委员会、')
# art. 13 市人民代表大会专门委员会 as subject, not quantified: one ORG (regs-i, regs_dc, mixed-c).
d.ctx(ORG, '第十三条 [市人民代表大会专门委员会]或者')
# art. 15 区（县）人民代表大会常务委员会: the district/county standing committees as a class, no 各/有关
# before it; the parenthesis gives an alternative level, so one ORG (v1.1 *Shared endings*:
# 县（市、区）人民政府 is one ORG; regs_ee 区县（自治县）人民政府). README call 4.
d.ctx(ORG, '第十五条 [区（县）人民代表大会常务委员会]讨论')
d.check_all('人民代表大会', 9, 8, ['按照《上海市[人民代表大会]常务委员会议事规则》'])  # DOC_TITLE
d.check_all('常务委员会', 5, 4, ['按照《上海市人民代表大会[常务委员会]议事规则》'])
# 委员会 ×14: 7 inside ORG labels; the others:
d.check_all('委员会', 14, 7, [
    '按照《上海市人民代表大会常务[委员会]议事规则》',           # DOC_TITLE
    '因不同意检察[委员会]多数人的意见',                         # art. 3 (七): modifies people, README call 2
    '市人民代表大会各专门[委员会]以及',                         # art. 5: 各
    '市人大各专门[委员会]、',                                   # art. 5: 各
    '交由市人民代表大会有关的专门[委员会]或者',                 # art. 10: 有关
    '有关的专门[委员会]或者工作委员会应当',                     # art. 10: 有关 over the pair
    '有关的专门委员会或者工作[委员会]应当',                     # art. 10: 有关 over the pair
])
# 人大 ×55: 52 in 市人大常委会, 市人大 (art. 5), 人大代表 ×2 (arts. 6, 10: deputies, people).
d.check_all('人大', 55, 47, [m.replace('[市人大常委会]', '市[人大]常委会') for m in MEMBERS] + [
    '听取市人大常委会组成人员和[人大]代表的意见',
    '广泛听取[人大]代表和社会各方面的意见'])

# ====================================================================== ORG: government, court, procuratorate
# 市人民政府 ×8, all the municipal government as a body: art. 4 (十一) 市人民政府机构改革及市人民政府工作部门
# (bodies inside longer non-ORG phrases: v1.1 区人民政府工作部门 → 区人民政府), art. 4 (十三), art. 5 ×3,
# art. 7, art. 12.
d.every(ORG, '市人民政府', 8)
d.check_all('人民政府', 8, 8)
d.check_all('政府', 8, 8)
# 市高级人民法院 ×6 (arts. 4 (十三), 5 ×3, 7, 12), always next to 市人民政府 and 市人民检察院.
d.every(ORG, '市高级人民法院', 6)
d.check_all('人民法院', 6, 6)
# 市人民检察院 ×6 as a body; art. 3 (七) 市人民检察院检察长 names the chief procurator, a person (v1.1
# *Bodies named only to refer to people*; Jinan: 市人民检察院检察长在重大问题上… not labelled).
d.every(ORG, '市人民检察院', 6, exclude=['（七）[市人民检察院]检察长'])
d.check_all('人民检察院', 7, 6, ['（七）市[人民检察院]检察长'])

# Not ORG (every one read in context):
#   国家机关 ×6 (提议案的国家机关, 有关国家机关 ×5) and 提请机关 (art. 11): v1.1 机关 is a generic head;
#   机构 ×3: 市人民政府机构改革 (a reform), 办事机构 ×2 (generic head; the committee is labelled);
#   部门 ×1: 市人民政府工作部门 (generic head; 市人民政府 labelled);
#   组织 ×1: 地方组织法 (a law's short name, no 《》);
#   局 ×2: 总体布局, 经济建设布局; 院 only in 人民法院/人民检察院; 办 only in 办公厅/办事机构;
#   会 (outside 委员会/人民代表大会/人大常委会/主任会议): 社会 ×6, 会议 ×4 (after 市人大常委会), 听证会;
#   本市 ×13, 全市, 市级 ×5 (territory and level, not bodies); 区（县）行政区划 (art. 4 (十一), territory);
#   人大代表 ×2, 市民, 负责人 (people).
assert t.count('国家机关') == 6 and t.count('机关') == 7 and t.count('提请机关') == 1
assert t.count('机构') == 3 and t.count('部门') == 1 and t.count('组织') == 1 and t.count('局') == 2
assert t.count('院') == 13 and t.count('办') == 3 and t.count('办公厅') == 1 and t.count('区（县）') == 2
rest = t
for w in ('委员会', '人民代表大会', '人大常委会', '主任会议'):
    rest = rest.replace(w, '#')
assert rest.count('会') == 11 and rest.count('社会') == 6 and rest.count('会议') == 4 and rest.count('听证会') == 1
for w in ('党', '中心', '站', '队', '小组', '办公室', '政协', '中央', '国务院', '县委', '市委'):
    assert w not in t, w
assert t.count('以下简称') == 1

# ====================================================================== DEADLINE
# art. 7 拟提请…的重大事项，一般应当在每年年初提出议题: a recurring due point, not a bare frequency.
# Jinan labels the same sentence `每年年初` (regs-a: 年初 = first quarter → 03-31 of the document's
# year, precision quarter, by, recurring true). The year is the document's date: 2002.
d.ctx('DEADLINE', '一般应当在[每年年初]提出议题', norm={"date": "2002-03-31", "precision": "quarter",
                                                     "relation": "by", "recurring": True})
# art. 7 para. 2 应当在市人大常委会主任会议举行的三日以前送交: a limit before an anchor event (v1.2: 在开会
# 之日的七日前 → `七日前`, relation by, precision day, date null); the trailing 以前 stays in the span
# (guidelines: "with its trailing 前/底前/以前/之前"; mixed-c `五日以前`).
d.ctx('DEADLINE', '主任会议举行的[三日以前]送交', norm=BEFORE)
# art. 12 para. 2 有关国家机关应当在两个月内报告处理情况: a relative within-limit (v1.2: 闭会后两个月内 →
# `两个月内`, period, during), span without 在.
d.ctx('DEADLINE', '有关国家机关应当在[两个月内]报告处理情况', norm=WITHIN)
# Not DEADLINE:
#   art. 4 last para. 应当每年向市人大常委会报告: a bare frequency without a due point (guidelines: 每年);
#     README call 1;
#   适时安排 (art. 4), 在规定的期限内 (art. 12), 责令限期报告 (art. 14): vague (v1.2);
#   临时提出 (art. 7), 必要时 ×3, …时 ×4 (when-clauses);
#   art. 16 本规定自2002年6月1日起施行 (v1.1 *Effective dates*).
assert t.count('每年') == 2 and t.count('应当每年向市人大常委会报告') == 1
assert t.count('期限') == 1 and t.count('限期') == 1 and t.count('适时') == 1
assert t.count('前') == 2 and t.count('前款') == 1 and t.count('以前') == 1
assert t.count('内') == 3 and t.count('内容') == 1 and t.count('期限内') == 1 and t.count('个月内') == 1
assert t.count('年') == 4 and t.count('月') == 2 and t.count('日') == 2   # 每年 ×2, 年初, 2002年; 两个月, 6月; 三日, 1日
assert re.findall(r'\d{4}年\d+月\d+日', t) == ['2002年6月1日'] and t.count('日起施行') == 1
for w in ('底', '期间', '之前', '年内', '日内', '季度', '每月'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT
# None. Every number with a measure word, read:
#   art. 5 组成人员五人以上联名 ×2: a threshold for a joint motion, and the members are people named by
#     the body (v1.1 *Thresholds*; gold-unseen 组成人员五人以上联名, regs_dc 5人以上: not labelled);
#   三日, 两个月 (the time limits above), 2002年6月1日 (effective date).
# The lists of arts. 3 (nine items), 4 (fourteen), 8 (four) and 9 (three ways) state no count (按照下列
# 方式之一 is "one of", not a count): no ITEM_COUNT. 前款第（一）、（二）、（八）项 are ordinals.
NUM = '0-9一二三四五六七八九十百千万两'
found = re.findall(rf'(?<![第{NUM}（])[{NUM}]+[名人项个类件条所家次米元日小月年时种部]', t)
assert found == ['五人', '五人', '三日', '两个', '2002年', '6月', '1日'], found
assert t.count('名') == 2 == t.count('联名') and t.count('个') == 1 and t.count('方式之一') == 1

# ====================================================================== PRINCIPLE / DOC_NO
# No 原则, 方针, 思路, no quotation marks. 要求 ×2 (要求市人民政府…报告; 未按要求报告) adopt no formula;
# 按照 ×2 (按照《…议事规则》的规定; 按照下列方式之一) introduce no principle. 应当真实、准确 (art. 8) is a
# requirement neither called 原则 nor quoted (guidelines PRINCIPLE "No").
assert t.count('要求') == 2 and t.count('按照') == 2
for w in ('原则', '方针', '思路', '遵循', '本着', '坚持', '“', '"', '〔', '【', '['):
    assert w not in t, w
assert t.count('号') == 1 and t.count('称号') == 1    # 荣誉称号 (art. 3 (六)), no document number

# ====================================================================== checks
d.check_value_shapes()
counts = Counter(e['label'] for e in d.ents)
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 3, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 0, 'ORG': 76, 'PRINCIPLE': 0,
    'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '市人大常委会': 43, '市人民政府': 8, '市高级人民法院': 6, '市人民检察院': 6, '市人民代表大会': 3,
    '市人大常委会工作委员会': 2, '上海市人民代表大会常务委员会': 1, '市人民代表大会常务委员会': 1,
    '市人大常委会办公厅': 1, '全国人民代表大会': 1, '常务委员会': 1, '市人大': 1,
    '市人民代表大会专门委员会': 1, '区（县）人民代表大会常务委员会': 1})
write_gold(OUT, [d])
