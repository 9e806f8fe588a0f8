"""Build regs_db.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 河南省人民代表大会常务委员会关于办理省人大代表建议、批评和意见的办法 (Henan provincial people's
congress standing committee: measures for handling the suggestions, criticisms and opinions of
deputies to the provincial people's congress). Adopted 1988-03-13 at the 2nd session of the standing
committee of the 7th Henan provincial people's congress, revised 2000-05-27 at the 16th session of
the standing committee of the 9th. 15 articles, no chapters; in force from adoption (art. 15).
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or
model is used. Decisions: README-regs_db.md.
"""
import re
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold
from policyie.corpora.readers import read_document

OUT = 'corpora/gold-fresh11/regs_db.jsonl'

d = Doc("fresh11-reg-henan-deputies-suggestions-2000",
        "corpus/regulations/henan/河南省人民代表大会常务委员会关于办理省人大代表建议、批评和意见的办法.txt",
        # date: the file name carries no date, so the latest adoption/amendment date in the text,
        # 2000年5月27日 …第十六次会议修订 (regs-a; gold-fresh10 regs_cc). Region: a provincial act
        # (gold-fresh10 res_ca, Henan standing committee: 河南省).
        {"region": "河南省", "date": "2000-05-27"})
assert d.text == d.raw.decode('utf-8') == read_document(d.path).text
t = d.text

ORG, DL, DT = 'ORG', 'DEADLINE', 'DOC_TITLE'
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}

# ====================================================================== header
# Title line (no 《》: no DOC_TITLE); the issuing body inside it is ORG (v1.1 *Title lines*;
# gold-fresh10 res_ca, same issuer). 省人大代表 in it names deputies: not labelled.
d.ctx(ORG, '[河南省人民代表大会常务委员会]关于办理省人大代表建议')
# Adoption and revision lines: the committee with region and term is ORG, the session stays out
# (regs-a, regs-b, regs_cc, regs_ce); the two dates are not DEADLINE.
d.ctx(ORG, '1988年3月13日 [河南省第七届人民代表大会常务委员会]第二次会议通过')
d.ctx(ORG, '2000年5月27日 [河南省第九届人民代表大会常务委员会]第十六次会议修订')
assert t.count('年') == 3   # the two header dates and 当年 (art. 10, scope of a report: not DEADLINE)

# ====================================================================== DOC_TITLE (art. 1)
d.ctx(DT, '根据《[中华人民共和国地方各级人民代表大会和地方各级人民政府组织法]》、')
d.ctx(DT, '、《[中华人民共和国全国人民代表大会和地方各级人民代表大会代表法]》的规定')
assert t.count('《') == 2 and t.count('》') == 2

# ====================================================================== ORG: the provincial congress
# art. 1: 省人大代表（以下简称代表）names deputies, and its abbreviation 代表 is people: no ORG
# (project decisions; regs_cc, regs-i). 向省人民代表大会及闭会期间向常务委员会: the congress and the
# definite short form 常务委员会 (v1.2 *Definite short forms*; regs-i, regs_cc).
d.ctx(ORG, '向[省人民代表大会]及闭会期间向常务委员会提出')
d.ctx(ORG, '向省人民代表大会及闭会期间向[常务委员会]提出')
# art. 2: 省人民代表大会及其常务委员会 → two ORGs (regs_cc, regs-i).
d.ctx(ORG, '代表向[省人民代表大会]及其常务委员会提出')
d.ctx(ORG, '代表向省人民代表大会及其[常务委员会]提出')
# art. 4: the body inside a session is ORG (project decisions *Bodies inside meetings*; regs-i).
d.ctx(ORG, '在[省人民代表大会]会议期间，由大会秘书处')
d.check_all('常务委员会', 5, 5)
# 人民代表大会 ×10: 6 inside ORG labels; 3 inside the DOC_TITLEs; art. 10 下次人民代表大会会议 is a
# session without a level (regs-a, regs-b: 下一次人民代表大会会议 not ORG).
d.check_all('人民代表大会', 10, 6, [
    '中华人民共和国地方各级[人民代表大会]和地方各级人民政府组织法',   # DOC_TITLE
    '中华人民共和国全国[人民代表大会]和地方各级人民代表大会代表法',   # DOC_TITLE
    '全国人民代表大会和地方各级[人民代表大会]代表法',                  # DOC_TITLE
    '要向下次[人民代表大会]会议提出',                                  # session, no level
])

# art. 4: 大会秘书处 → ORG, whole (gold-unseen Beijing suggestions regulation: 由大会秘书处负责 →
# `大会秘书处`, no 以下简称 there either; regs-i).
d.ctx(ORG, '由[大会秘书处]按其内容')
assert t.count('秘书处') == 1
# art. 13: 经大会主席团决定 → `主席团` only (regs-a: 由大会主席团予以公告 → 主席团; regs-b 下次会议主席团;
# gold-check 上一次人民代表大会主席团). 代表大会会议期间 (no level) is a session: not ORG (regs-a).
d.ctx(ORG, '议案经大会[主席团]决定改作建议')
# art. 14: 本办法各市、县（市、区）人大常委会，乡、民族乡、镇人大主席团可参照执行 — 各 before the
# list of addressees covers the whole list (batch-c: 对各区、县（市）和乡（镇）人民政府及街道办事处 →
# no ORG; regs-ad; gold-unseen regulations-b): no ORG in it.
d.check_all('主席团', 2, 1, ['镇人大[主席团]可参照执行'])

# ====================================================================== ORG: 省人大常委会 ×8
# Every occurrence is the committee as a body:
#   arts. 4, 7, 9, 10: 省人大常委会代表工作机构 ×4 → the committee only (代表工作机构 has the generic
#     head 机构: v1.1 *A body named inside a longer non-ORG phrase*, *机关 is a generic head*; regs_cc
#     市人大常委会(有关)工作机构 → 市人大常委会);
#   art. 9: 省人大常委会主任会议 → the committee only (主任会议 is a meeting; regs_cc, regs-i), and
#     the bare 由主任会议提出处理意见 is not ORG;
#   art. 10 向省人大常委会报告; art. 11 省人大常委会可以通过…; art. 12 省人大常委会对…予以表彰.
d.every(ORG, '省人大常委会', 8)
assert t.count('代表工作机构') == 4 and t.count('主任会议') == 2 and t.count('机构') == 4
d.check_all('人大常委会', 9, 8, ['各市、县（市、区）[人大常委会]，乡'])
# 人大 ×12: 8 in 省人大常委会; 省人大代表 ×2 (title line, art. 1: deputies, v1.1 *Bodies named only
# to refer to people*); the two bodies of art. 14 under 各.
d.check_all('人大', 12, 8, [
    '关于办理省[人大]代表建议',
    '为了做好省[人大]代表（以下简称代表）',
    '各市、县（市、区）[人大]常委会',
    '镇[人大]主席团可参照执行',
])

# ====================================================================== ORG: government, court, procuratorate
# art. 10: 省人民政府、省高级人民法院和省人民检察院 → three ORGs (coordinations are split).
d.ctx(ORG, '第十条 [省人民政府]、省高级人民法院和省人民检察院')
d.ctx(ORG, '第十条 省人民政府、[省高级人民法院]和省人民检察院')
d.ctx(ORG, '第十条 省人民政府、省高级人民法院和[省人民检察院]')
d.check_all('人民政府', 2, 1, ['地方各级[人民政府]组织法'])      # the other one is in a DOC_TITLE
d.check_all('人民法院', 1, 1)
d.check_all('人民检察院', 1, 1)
d.check_all('委员会', 5, 5)
d.check_all('政府', 2, 1, ['地方各级人民[政府]组织法'])

# Not ORG (read in context):
#   机关 ×6: 有关机关、组织 ×2 (arts. 2, 4), 交办机关 ×2 (art. 4), 上级机关 ×2 (art. 7) — v1.1 机关 and
#     上级; 组织 ×4: 有关机关、组织 ×2, 组织代表视察 (a verb, art. 11), and inside the 组织法 title;
#   单位 ×21: 承办单位 / 各承办单位 / 有关承办单位 / 相关的承办单位, 本单位, 有关单位, 主办的单位,
#     代表所在选举单位, 工作成绩突出的单位, 承办工作差的单位 — generic head 单位 (regs-i: 承办单位 / 主办
#     单位 / 原选举单位 not ORG);
#   代表大会 (art. 13, no level), 大会 in 大会主席团 (a session: regs-a).
assert t.count('机关') == 6 and t.count('组织') == 4 and t.count('单位') == 21
assert t.count('部门') == 0 and t.count('小组') == 0 and t.count('党') == 0

# ====================================================================== DEADLINE: relative limits
# v1.2 *Relative time limits*; span = the limit alone, without 在 / 至迟; value WITHIN (regs-b, regs-i).
d.ctx(DL, '对不属于本单位办理的，[十日内]退回交办机关', norm=WITHIN)           # art. 4
d.ctx(DL, '应及时研究办理，并在[三个月内]办理完毕并答复代表', norm=WITHIN)     # art. 8
# art. 8 至迟在六个月内办理完毕: the outer limit for complex cases, a cap set by the rule, not an
# extension (ANNOTATION-NOTES *A cap on a limit*; regs-i 六个月内).
d.ctx(DL, '至迟在[六个月内]办理完毕并答复代表', norm=WITHIN)
d.ctx(DL, '责成有关承办单位重新办理，在[三十日内]答复代表', norm=WITHIN)     # art. 9
# Not DEADLINE: art. 8 个别情况复杂，三个月内无法办完的 (a condition that refers back to the limit, like
# gold-unseen's 能够在五个工作日内办理完毕的), 应在限期内向代表解释清楚 (vague, v1.2), 及时 ×3 (vague),
# 闭会期间 ×3 / 会议期间 ×2 (times of the congress's work, regs-a, regs-i), 向下次人民代表大会会议提出
# …书面报告 (tied to an event with no number: project decisions), 当年 (scope of a report, regs-i),
# 自通过之日起施行 (v1.1 *Effective dates*), and the two header dates.
assert t.count('日内') == 2 and t.count('月内') == 3 and '三个月内无法办完的' in t
assert t.count('期间') == 5 and t.count('限期') == 1 and t.count('及时') == 3
for w in ('前', '底', '每', '提前', '年内', '季度'):
    assert w not in t, w

# ====================================================================== nothing else
# STAFFING: 可以由一名代表或数名代表联名提出 (art. 3) says who may submit, like regs-i's 可以由代表一人
# 提出 (not STAFFING) and the v1.1 thresholds; 名 ×4 = 一名, 数名, 联名 ×2.
assert t.count('名') == 4
# 人 outside 人民/人大: 承办人员, 逐人答复 (no number), 主要负责人, 个人 — no count of staff or posts.
assert len(re.findall('人(?![民大])', t)) == 4
# ITEM_COUNT: 凡属几个承办单位 (vague), 以一个承办单位为主 (the generic "one": shandong-part1/2), 一事一案
# (a requirement), 多种形式 — no count set by a measure. 个 ×7 = 几个, 一个, 三个月内 ×2, 六个月内, 个别,
# 个人.
assert t.count('个') == 7 and '项' not in t and '件' not in t
assert '条' not in re.sub('第[一二三四五六七八九十]+条', '', t)   # only the article numbers
# PRINCIPLE: no 原则, no quotation marks; 按照下列要求办理 (art. 7) introduces a list of requirements,
# not a quoted formula; 一事一案 and 内容力求准确、具体 are neither called 原则 nor quoted.
assert '原则' not in t and '“' not in t and '方针' not in t and '思路' not in t and t.count('要求') == 1
# DOC_NO: no bracketed year, no 号.
assert '〔' not in t and '号' not in t and '[' not in t and '【' not in t

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 21, 'DEADLINE': 4, 'DOC_TITLE': 2}), c
d.check_value_shapes()
write_gold(OUT, [d])
