"""Build regs_ef.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 郑州市城市中小学校幼儿园规划建设管理条例 (Zhengzhou city regulation on the planning and
building of urban primary and secondary schools and kindergartens). Adopted 2005-08-25 by the
standing committee of the 12th Zhengzhou municipal people's congress, approved 2005-12-02 by the
standing committee of the 10th Henan provincial people's congress, in force 2006-03-01 (art. 23);
amended by the omnibus decisions 《郑州市人民代表大会常务委员会关于修改部分地方性法规的决定》 of 2010
(adopted 08-27, approved 09-29) and 2020 (adopted 04-29, approved 06-03); file date 2020-08-05.
23 articles, no chapters. Run from /work/main with .venv/bin/python. Only turns the labels into
offsets; no extractor or model is used.
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh12/regs_ef.jsonl'

d = Doc("fresh12-reg-henan-zhengzhou-schools-2020",
        "corpus/regulations/henan/郑州市城市中小学校幼儿园规划建设管理条例(2020-08-05).txt",
        # date: the file name's date (presumably the promulgation of the 2020 amended text; it is
        # not in the text), as gold-fresh10 regs_ce (Zhengzhou, 2005-04-22), gold-fresh11 regs_de,
        # regs-b (Anyang) and regs-ay (Puyang). The text's latest date is 2020-06-03 (approval of
        # the second amendment; regs-q/regs-x took the header's last line). No label depends on the
        # year: there is no DEADLINE. Region: province + city (regs-q, regs-x, regs_ce).
        {"region": "河南省郑州市", "date": "2020-08-05"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 2820
t = d.text

ORG = 'ORG'

# ====================================================================== header
# Title line 郑州市城市中小学校幼儿园规划建设管理条例: no 《》 (v1.1 *Title lines*); 学校/幼儿园 are
# facilities (v1.1 *Not bodies*: 学校, 公办幼儿园), 郑州市 is a place: no label.
# Bodies before a session are ORG, term number inside, session outside (regs-a, regs-b, regs-x,
# regs_ce, regs_de).
d.ctx(ORG, '2005年8月25日 [郑州市第十二届人民代表大会常务委员会]第十三次会议通过')
d.ctx(ORG, '2005年12月2日 [河南省第十届人民代表大会常务委员会]第二十次会议批准')
d.ctx(ORG, '2010年8月27日 [郑州市第十三届人民代表大会常务委员会]第十三次会议通过')
d.ctx(ORG, '2010年9月29日 [河南省第十一届人民代表大会常务委员会]第十七次会议批准的')
d.ctx(ORG, '2020年4月29日 [郑州市第十五届人民代表大会常务委员会]第十五次会议通过')
d.ctx(ORG, '2020年6月3日 [河南省第十三届人民代表大会常务委员会]第十八次会议批准的')
# The two amending decisions (same title, 2010 and 2020) are DOC_TITLE each; the committee inside
# is not labelled (guidelines: a DOC_TITLE may contain ORG names; regs-x, regs_ce, regs-k).
d.every('DOC_TITLE', '郑州市人民代表大会常务委员会关于修改部分地方性法规的决定', 2)
assert t.count('批准的《郑州市人民代表大会常务委员会关于修改部分地方性法规的决定》修正') == 2
# The six header dates (adoption/approval: past events) and art. 23 本条例自2006年3月1日起施行
# (v1.1 *Effective dates*) are not DEADLINE.

# ====================================================================== DOC_TITLE (art. 1)
d.ctx('DOC_TITLE', '根据《[中华人民共和国教育法]》、')
d.ctx('DOC_TITLE', '、《[中华人民共和国城乡规划法]》等有关法律')
assert t.count('《') == 4 and t.count('》') == 4

# ====================================================================== ORG: governments
# Shared endings (v1.1 *Shared endings*: 市、区人民政府 → 区人民政府): only the complete name is
# labelled. 市、县（市）、区人民政府 → `区人民政府` (gold-fresh4 regs-q art. 41, same Zhengzhou
# formula); the bare 市 and 县（市） are not names (县（市） is separated by 、, so it is not the
# one-ORG 县（市、区）人民政府 pattern).
d.ctx(ORG, '第四条 市、县（市）、[区人民政府]应当将中小学校')                   # art. 4
d.ctx(ORG, '第六条 市、县（市）、[区人民政府]分级负责')                         # art. 6
d.ctx(ORG, '零星开发时，市、县（市）、[区人民政府]应当采取多种措施')             # art. 12
d.ctx(ORG, '由市、县（市）、[区人民政府]列入财政预算')                          # art. 14 ¶1
d.ctx(ORG, '\n\n市、县（市）、[区人民政府]应当采取措施，鼓励境内外')             # art. 14 ¶3
# art. 19 由市或县（市）、区人民政府责令限期改正: same shared ending with 或.
d.ctx(ORG, '由市或县（市）、[区人民政府]责令限期改正')                          # art. 19
# 上街区 is a named district of Zhengzhou (an exclave with its own planning and education
# authorities in this regulation): 县（市）、上街区人民政府 → `上街区人民政府`, the complete name.
# art. 3 …上街区人民政府所在地城市: a body named inside a longer non-ORG phrase (v1.1; regs-r
# 乡镇人民政府所在地, regs-ah 县人民政府所在地镇). 所在地 follows the body: it is not the
# locative 所在地的 + body of v1.1 (README call 2).
d.ctx(ORG, '本市市区和县（市）、[上街区人民政府]所在地城市')                     # art. 3
d.ctx(ORG, '市、县（市）、[上街区人民政府]可以从土地收益中提取')                 # art. 14 ¶2
# art. 13 具体办法由市人民政府制定.
d.ctx(ORG, '具体办法由[市人民政府]制定')
# 本级人民政府 ×2 (arts. 7, 18): one definite body (v1.1 *Level words*; regs_de, regs-bb).
d.ctx(ORG, '由[本级人民政府]提请同级人民代表大会常务委员会批准')              # art. 7
d.ctx(ORG, '提出意见，报[本级人民政府]批准')                                   # art. 18
# Not ORG: 同级人民政府 (art. 16) and 同级人民代表大会常务委员会 (art. 7): v1.1 *Level words*
# (同级 + body is vague; regs_ce 同级人民政府; gold-unseen mixed-c 同级人大及其常委会).
# Bare 政府 ×2 (art. 13 可以移交政府举办; art. 14 政府举办的中小学校): v1.1 *Bare 党委, 政府*.
d.check_all('人民政府', 12, 11, deliberate=['报同级[人民政府]批准'])
d.check_all('政府', 14, 11, deliberate=['报同级人民[政府]批准', '可以移交[政府]举办', '第十四条 [政府]举办的'])
d.check_all('区人民政府', 8, 8)
# 上街区 ×5: 2 inside the ORGs above; 3 before a generic 部门 (arts. 6, 7, 18), where the district
# only names the level of a 部门 (not ORG; a district as a place, regs-q 上街区).
d.check_all('上街区', 5, 2, deliberate=['、[上街区]自然资源和规划行政主管部门',
                                       '、[上街区]教育行政主管部门应当会同',
                                       '、[上街区]教育行政主管部门会同'])
# 人民代表大会 / 常务委员会 ×9 each: 6 in the header (labelled), 2 inside the DOC_TITLEs, 1 in
# art. 7 同级人民代表大会常务委员会 (同级: vague).
d.check_all('人民代表大会', 9, 6, deliberate=[
    '批准的《郑州市[人民代表大会]常务委员会关于修改部分地方性法规的决定》修正\n\n2020年4月29日',
    '批准的《郑州市[人民代表大会]常务委员会关于修改部分地方性法规的决定》修正\n\n\n',
    '提请同级[人民代表大会]常务委员会批准'])
d.check_all('常务委员会', 9, 6, deliberate=[
    '批准的《郑州市人民代表大会[常务委员会]关于修改部分地方性法规的决定》修正\n\n2020年4月29日',
    '批准的《郑州市人民代表大会[常务委员会]关于修改部分地方性法规的决定》修正\n\n\n',
    '提请同级人民代表大会[常务委员会]批准'])
assert t.count('委员会') == 9

# Not ORG, generic heads (guidelines ORG "No"; v1.1 *机关 is a generic head*; regs_ce, regs-q):
#   部门 ×17: 市、县（市）、上街区自然资源和规划行政主管部门 (art. 6), 教育、发展改革、财政、建设、
#     城市管理行政执法等有关部门 (art. 6: fields with a shared 部门 and 有关), 市、县（市）、上街区教育
#     行政主管部门 (art. 7), 自然资源和规划、发展改革等有关部门 (art. 7), 自然资源和规划行政主管部门 ×2
#     (art. 8), 教育行政主管部门 (arts. 10, 16, 17, 18 ×2), 县(市、区)教育行政部门 (art. 13), 自然资源
#     和规划、发展改革、财政等有关部门 (art. 18), 自然资源和规划部门 (art. 20), 财政或审计部门 (art. 21),
#     (建议)有关部门或单位 ×2 (arts. 21, 22);
#   机关 ×2: 原审批机关 (art. 7), 城市管理行政执法机关 (art. 20);
#   单位 ×8: 任何单位和个人 ×3, 开发建设单位 ×3 (developers: companies), 有关部门或单位 ×2;
#   组织 ×2: 并组织实施 (verb, art. 4), 境内外的组织和个人 (art. 14);
#   学校/中小学校/幼儿园/中等职业学校/特殊教育学校 (facilities, v1.1 *Not bodies*); 校办企业
#     (companies); 国家 (no body head); 本市, 市区 (territory).
assert t.count('部门') == 17 and all('部门' not in e['text'] for e in d.ents if e['label'] == ORG)
assert t.count('有关部门') == 5 and t.count('教育行政主管部门') == 6
d.check_all('机关', 2, 0, deliberate=['应经原审批[机关]批准', '城市管理行政执法[机关]按照职责分工'])
assert t.count('单位') == 8 and t.count('任何单位和个人') == 3 and t.count('开发建设单位') == 3
assert t.count('组织') == 2 and t.count('并组织实施') == 1 and t.count('境内外的组织和个人') == 1
# 局 ×6 only in 布局; 办 ×8 only in 办理/举办/办法/校办/停办; 所 ×4 in 所称, 所在地, 一所 ×2; 会 only
# in the congress names, 会议 and 会同.
assert t.count('局') == t.count('布局') == 6
assert t.count('办') == 8 and '办公' not in t and t.count('所') == 4
for w in ('院', '中心', '站', '队', '小组', '党', '人大', '政协', '机构', '厅'):
    assert w not in t, w

# ====================================================================== PRINCIPLE
# art. 5 应当坚持统一规划、合理布局、方便就学、配套建设的原则: content only, without 坚持 and 的原则
# (guidelines: 坚持优化协同高效的原则 → 优化协同高效).
d.ctx('PRINCIPLE', '应当坚持[统一规划、合理布局、方便就学、配套建设]的原则。')
# art. 18 根据优化教育资源配置的原则提出意见: an unquoted phrase called 原则 (v1.1 按照属地管理原则
# → 属地管理; regs-b 依据必要合理原则 → 必要合理; introduced by 根据, a listed verb).
d.ctx('PRINCIPLE', '根据[优化教育资源配置]的原则提出意见')
assert t.count('原则') == 2
# Not PRINCIPLE: art. 16 按照中小学校、幼儿园布局专项规划的要求 (要求 of a plan: unquoted, no formula,
# not 原则); art. 15 同时设计、同时施工、同时交付使用 and art. 16 就地、就近 (requirements, neither
# called 原则 nor quoted); 根据城市总体规划和教育事业发展规划 (art. 7), 根据国家和地方配建标准 (art. 6).
assert t.count('要求') == 1 and '“' not in t and '方针' not in t and '思路' not in t

# ====================================================================== ITEM_COUNT (art. 9)
# （一）每二万人口区域内预留一所三十六个班规模的中学建设用地；（二）每一万人口区域内预留一所二十四个
# 班规模的小学建设用地: the planning standard sets one school per population unit. Counts of schools a
# measure sets up are ITEM_COUNT (reports notes; batch-c Hangzhou 建设`一所`公办中心学前教育机构,
# Shantou 每个镇设置`一所`卫生院). Not the generic "one" of a model of operation (regs_de call 1):
# here the number is the point of the standard. README call 1.
ONE = {"value": 1, "unit": "所"}
d.ctx('ITEM_COUNT', '每二万人口区域内预留[一所]三十六个班规模的中学建设用地', norm=ONE)
d.ctx('ITEM_COUNT', '每一万人口区域内预留[一所]二十四个班规模的小学建设用地', norm=ONE)
# Not ITEM_COUNT: 三十六个班 / 二十四个班 (the size of a school in classes: an amount, like 学位/床位,
# seventh-session decision; not institutions or list items); 二万人口 / 一万人口 (population);
# 前两款规定 (art. 17: a cross-reference to paragraphs, not a count set by a measure); 下列标准 with
# (一)–(三) (no number stated; ordinals). No STAFFING: no number of people or posts occurs
# (有关责任人员, 主管人员和直接责任人员 carry no number).
NUM = '0-9一二三四五六七八九十两'
found = re.findall(rf'[{NUM}]+[名人项个类件条所家份张套次级支班款]', t)
found = [x for x in found if not (x.endswith('条') and ('第' + x) in t)]
assert found == ['十三次', '二十次', '十三次', '十七次', '十五次', '十八次',
                 '一所', '三十六个', '一所', '二十四个', '两款'], found
assert t.count('二万人口') == 1 and t.count('一万人口') == 1 and '名' not in t and '以上' not in t

# ====================================================================== DEADLINE: none
# art. 10 临时使用中小学校、幼儿园规划用地一般不得超过二年: a cap on how long a temporary use may
# last, not a time within which a measure is to be done: regs-a (临时户外广告许可期限…最长不得超过
# 二十日, 出让期限…不得超过五年: caps on how long a permit/right lasts), seventh-session decision
# (中止协商的期限不得超过三十日 is not a limit), regs-az (线路经营权每期不得超过十年). README call 3.
# Not DEADLINE either: 限期拆除 (art. 10), 限期改正 ×3 (arts. 17, 19, 20) (vague, guidelines);
# 同时设计、同时施工、同时交付使用 (art. 15: simultaneity, no time); 建成后 (art. 13: an event with no
# number, project decision); the header dates (past events); 2006年3月1日起施行 (effective date).
assert t.count('不得超过二年') == 1 and t.count('限期') == 4 and t.count('年') == 8
assert t.count('月') == 7 and t.count('日') == 8 and t.count('全日制') == 1
for w in ('日内', '月内', '年内', '日前', '底', '期间', '以前', '之前', '每年', '提前', '时限'):
    assert w not in t, w
assert t.count('前') == 1 and '违反前两款规定' in t and t.count('内') == 4   # 范围内, 区域内 ×2, 境内外

# ====================================================================== DOC_NO: none
assert '号' not in t and '〔' not in t and '[' not in t and '【' not in t

# ====================================================================== checks
d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 4, 'ITEM_COUNT': 2, 'ORG': 17,
                  'PRINCIPLE': 2, 'STAFFING': 0}, counts
write_gold(OUT, [d])
