"""Build regs_fg.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 北京市实施《中华人民共和国农业技术推广法》办法 (Beijing measures implementing the
Agricultural Technology Extension Law; adopted 1995-06-08 at the 17th session of the standing
committee of the 10th Beijing municipal people's congress; in force 1995-08-01, art. 30, written
`1995年8月l日` with a Latin letter l). 30 articles in 5 chapters, one header line.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; no
extractor, pipeline or model is used.
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh13/regs_fg.jsonl'

d = Doc("fresh13-reg-beijing-agri-extension",
        "corpus/regulations/beijing/北京市实施《农业技术推广法》办法.txt",
        # date: the header's one line (1995-06-08, adopted), as regs-m (the sibling Beijing
        # 实施《…》办法, 2009-11-20), regs_ed (2003-09-05), regs-a and regs-ar take it; the file name
        # has no date and the effective date 1995-08-01 (art. 30) is not the document's date.
        # Region: a municipal regulation of Beijing (regs-m, regs_ed, regs-ar: 北京市).
        {"region": "北京市", "date": "1995-06-08"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 3033
t = d.text
ORG = 'ORG'

# ====================================================================== DOC_TITLE
# The title line holds the law in 《》: DOC_TITLE (regs-m, the same Beijing title shape:
# 北京市实施《[中华人民共和国农民专业合作社法]》办法). Art. 1 cites it again.
d.ctx('DOC_TITLE', '北京市实施《[中华人民共和国农业技术推广法]》办法\n')
d.ctx('DOC_TITLE', '第一条 为了实施《[中华人民共和国农业技术推广法]》，结合本市')
assert t.count('《') == 2 and t.count('》') == 2
# Not DOC_TITLE (no 《》): 国民经济和社会发展计划 (art. 2), 农业技术推广项目计划, 科技发展计划 (art. 13).

# ====================================================================== ORG: header
# The standing committee before its session is ORG, term number inside, session outside (regs-a,
# regs-b *Adoption lines*; regs-m, regs_ed). The title line has no body head word (v1.1 *Title lines*).
d.ctx(ORG, '1995年6月8日 [北京市第十届人民代表大会常务委员会]第十七次会议通过')
d.check_all('委员会', 1, 1)
d.check_all('会议', 1, 0, deliberate=['常务委员会第十七次[会议]通过'])

# ====================================================================== ORG: governments
# art. 4 市人民政府和郊区区县人民政府设立农业技术推广奖: two bodies, each the subject.
d.ctx(ORG, '第四条 [市人民政府]和郊区区县人民政府设立')
# 郊区区县人民政府: the governments of the suburban districts and counties. 郊区 is a class prefix,
# not a quantifier (各/有关/上级), so it stays inside the span, like the class-prefixed bodies
# 试点镇党委, 县级党委 (shandong-part2, v1.1) and the compound level 区县 like 市县政府 (shandong-part1)
# and 区县（自治县）人民政府 (regs_ee, regs-at). README call 1.
d.ctx(ORG, '市人民政府和[郊区区县人民政府]设立农业技术推广奖')
# art. 6 由区、县人民政府决定: shared ending, only the complete name `县人民政府` (regs-a: "区、县人民政府
# and 市和区、县人民政府 give 县人民政府"; regs-m, regs_ed). README call 2.
d.ctx(ORG, '渔业技术推广机构的设立，由区、[县人民政府]决定')
# art. 29 由市人民政府农林办公室负责解释: one ORG, longest name (guidelines ORG: 中共灵武市委办公室;
# regs_dg 市人民政府外事办公室).
d.ctx(ORG, '由[市人民政府农林办公室]负责解释')
d.check_all('办公室', 1, 1)
# Every 人民政府 (12) is accounted for: 4 inside ORG labels, 8 vague level words (v1.1 *Level words*:
# 各级/上级/同级 + 人民政府 are not ORG).
d.check_all('人民政府', 12, 4, deliberate=[
    '第二条 本市各级[人民政府]应当将',                 # art. 2
    '\n\n各级[人民政府]应当保证农业技术推广机构的稳定',  # art. 6
    '违反的，由上级[人民政府]予以纠正',                 # art. 6 (上级, not 上一级: v1.2)
    '应当列入同级[人民政府]科技发展计划',               # art. 13
    '\n\n各级[人民政府]对采用新品种',                   # art. 15
    '第二十一条 各级[人民政府]在财政预算内',            # art. 21
    '第二十五条 各级[人民政府]应当保障',                # art. 25
    '第二十七条 各级[人民政府]应当采取措施',            # art. 27
])
d.check_all('政府', 12, 4, deliberate=[
    '第二条 本市各级人民[政府]应当将',
    '\n\n各级人民[政府]应当保证农业技术推广机构的稳定',
    '违反的，由上级人民[政府]予以纠正',
    '应当列入同级人民[政府]科技发展计划',
    '\n\n各级人民[政府]对采用新品种',
    '第二十一条 各级人民[政府]在财政预算内',
    '第二十五条 各级人民[政府]应当保障',
    '第二十七条 各级人民[政府]应当采取措施',
])

# ====================================================================== ORG: associations
# art. 12 农业科研单位、有关学校、科学技术协会，应当配合…: the science and technology association (科协),
# a mass organisation labelled without a level (regs-m art. 29 `科学技术协会`; report_ea, report_eb
# `科协`; guidelines Yes: 妇联). 有关 modifies 学校 only, the next member of the list. README call 3.
d.ctx(ORG, '农业科研单位、有关学校、[科学技术协会]，应当配合')
d.check_all('协会', 1, 1)
# 会 ×7: 委员会, 会议, 社会 ×2 (社会发展, 社会力量), 协会, 会同 (art. 22): no other body.
assert t.count('会') == 7 and t.count('社会') == 2 and t.count('会同') == 1

# ---------------------------------------------------------------------- ORG: generic heads
# Not ORG, every one read in context:
#   部门 ×12 (guidelines: 部门 is a generic head): art. 3 市和郊区区县农业、林业、畜牧业、渔业、水利、农机等
#     行政部门 (fields sharing 部门) and its abbreviation `农业技术推广行政部门` introduced by 以下简称 (project
#     decision: the abbreviation of a body under a generic head is not ORG; README call 4), 计划、财政、
#     税收、教育等行政部门, 科学技术行政部门 (art. 3), 同级农业技术推广行政部门 ×3 (arts. 8, 13, 22),
#     机构编制主管部门 (art. 8), 当地农业技术推广行政部门 (art. 16), 区、县以上财政部门 (art. 22),
#     任何部门 (art. 24), 各级农业技术推广行政部门 (art. 26);
#   机构 ×36: 农业技术推广机构 (the law's main actor, with 各级/上级/下级/乡、镇以上 …), 农业科技机构
#     (art. 10), 渔业技术推广机构 (art. 6), 机构编制, 稳定机构 / 机构性质 (nouns) (generic head 机构, v1.1:
#     a body defined under a generic head; regs-m 农村合作经济经营管理机构);
#   机关 ×1: 上级机关 (art. 17; v1.1 机关 and 上级);
#   组织 ×8: 群众性科技组织 (art. 5), 农村集体经济组织 ×3 / 农业集体经济组织 (arts. 10, 12, 28), 其他组织
#     ×2 (art. 19) (head 组织, economic entities; regs-m 村集体经济组织);
#   单位 ×14: 农业科研单位 ×6, 国家事业单位 (art. 7), 农业生产经营单位 ×2, 事业单位, 所在单位, 任何单位
#     ×2, 单位和个人;
#   学校 ×6 (facilities, v1.1 *Not bodies*), 企业 ×3 / 国有农业企业 / 经济实体 (companies);
#   队伍 (art. 8, the staff), 国家 ×6 (国家事业单位, 按照国家…规定, 国家税收, 国家农业科技人员: no body
#     head), 本市, 乡、镇, 区、县, 市和郊区区县 (arts. 3, 6: territories).
assert t.count('部门') == 12 and t.count('机构') == 36 and t.count('机关') == 1 and t.count('组织') == 8
assert t.count('单位') == 14 and t.count('学校') == 6 and t.count('企业') == 3 and t.count('国家') == 6
assert t.count('以下简称') == 1 and '（以下简称农业技术推广行政部门）' in t
for w in ('部门', '机构', '机关', '组织', '单位', '学校'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w
# 办 ×7: 办法 ×4 (title, arts. 1, 29, 30), 兴办, 办公场所, 办公室: no other body. 所 ×6 only in 所属/所需/所推广/所在/场所;
# 队 only in 队伍; 委 only in 委员会.
assert t.count('办') == 7 and t.count('办法') == 4 and t.count('所') == 6 and t.count('委') == 1
for w in ('局', '厅', '中心', '站', '院', '小组', '党', '人大', '政协', '国务院', '法院'):
    assert w not in t, w

# ====================================================================== DEADLINE
# None. Every time word read:
#   1995年6月8日 (adoption, a past event) and art. 30 本办法自1995年8月l日起施行 (v1.1 *Effective
#     dates*; the day is written with a Latin l);
#   art. 21 每年应当按照高于百分之十的比例提取资金: a bare frequency of a duty without a due point
#     (guidelines DEADLINE "No": 每年); 逐年增长 (art. 21): a trend, no time point;
#   art. 27 每五年予以固定: the interval at which a pay step is consolidated, a bare frequency with no
#     due point (README call 5);
#   art. 11 在评定职称时 (an event with no number: project decision); art. 18 逐步 (vague).
assert [m.group() for m in re.finditer(r'\d{4}年\d+月[\dl]+日', t)] == ['1995年6月8日', '1995年8月l日']
assert t.count('年') == 5 and t.count('逐年') == 1 and t.count('每年') == 1 and t.count('每五年') == 1
assert t.count('月') == 2 and t.count('日') == 2 and t.count('每') == 2 and t.count('时') == 1
assert t.count('内') == 5 and t.count('区域内') == 1 and t.count('范围内') == 1 and t.count('预算内') == 2
for w in ('前', '期间', '底', '限期', '及时', '期限', '时限', '之日', '提前', '到20', '年内', '日内', '月内'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT
# None. Every number in the text, read:
#   第十七次 (a session; ordinal) and the article numbers 第N条;
#   art. 9 百分之八十以上 (the share of technical staff: a percentage, guidelines STAFFING "No");
#   art. 19 不超过农业技术性收入的百分之五十 and art. 21 高于百分之十 (percentages of money);
#   art. 27 一档工资 (a pay step), 每五年 (an interval);
#   no 名/人/项/个 after a number: 定编、定员 (art. 8) and 配备专职或者兼职技术人员 (art. 10) carry no
#   number; 项目 ×4 and 个人 ×3 are nouns.
NUM = '0-9一二三四五六七八九十百千万两l'
found = re.findall(rf'[{NUM}]+[名人项个类件条所家份张套次级支档年月日]', t)
found = [x for x in found if not (x.endswith('条') and '第' + x in t)]
assert found == ['1995年', '6月', '8日', '十七次', '一档', '五年', '1995年', '8月', 'l日'], found
assert t.count('百分之') == 3 and t.count('以上') == 8   # 以上: 乡、镇以上 ×3, 县以上, 八十以上, 中等/中专/技术员以上
assert t.count('编制') == 3   # 人员编制, 机构编制主管部门, 编制人员总数: no count of posts

# ====================================================================== PRINCIPLE
# None: no 原则, no quotation marks, no 方针/思路/坚持/遵循/本着. Not PRINCIPLE: art. 14 推广的农业技术
# 必须具有先进性、适用性和经济合理性 (a requirement, neither called 原则 nor quoted); art. 17 实行推广
# 责任制 and art. 5 …相结合的推广体系 (a system, not 原则). 按照 ×4 (各自的职责, 国家和本市有关规定,
# 有关规定, 高于百分之十的比例) and 根据需要 adopt no formula; 要求 ×1 is a verb (art. 24).
assert t.count('按照') == 4 and t.count('根据') == 1 and t.count('要求') == 1
for w in ('原则', '“', '"', '方针', '思路', '坚持', '遵循', '本着'):
    assert w not in t, w

# ====================================================================== DOC_NO
for w in ('号', '〔', '[', '【', '令第'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 2, 'ITEM_COUNT': 0, 'ORG': 6,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
orgs = Counter(e['text'] for e in d.ents if e['label'] == ORG)
assert orgs == Counter({'北京市第十届人民代表大会常务委员会': 1, '市人民政府': 1, '郊区区县人民政府': 1,
                        '县人民政府': 1, '科学技术协会': 1, '市人民政府农林办公室': 1}), orgs
write_gold(OUT, [d])
