"""Build regs_gg.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 上海市人民代表大会专门委员会工作条例 (Shanghai regulation on the work of the special committees
of the municipal people's congress; adopted 2020-09-25 by the 25th session of the standing committee
of the 15th Shanghai municipal people's congress; in force 2020-10-01, art. 32). 32 articles in 6
chapters (总则, 组织机构, 工作职责, 议事规则, 能力建设, 附则).
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model. Decisions: README-regs_gg.md.

Closest precedents: gold-fresh13 regs_fh (Shanghai standing committee, major matters), gold-fresh11
regs_dc (Beijing motions), gold-fresh3 regs-i (Chongqing deputies' suggestions), gold-unseen
regulations-b / mixed-c (standing-committee rules: 市人大常委会党组, bare 专门委员会, 民主集中制).
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh14/regs_gg.jsonl'
SRC = 'corpus/regulations/shanghai/上海市人民代表大会专门委员会工作条例(2020-09-25).txt'

d = Doc("fresh14-regs-shanghai-zhuanmen", SRC,
        # date: the header's adoption line (2020年9月25日 …第二十五次会议通过), the same as the file
        # name's date (regs-a: "meta.date is the latest adoption or revision date in the header";
        # regs_dc, regs_ee). 2020-10-01 (art. 32) is the effective date, not the document's date.
        # region: a municipal regulation of Shanghai (regs-a, regs_fh, every Shanghai set: "上海市").
        {"region": "上海市", "date": "2020-09-25"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 4134
t = d.text
ORG = 'ORG'

# ====================================================================== header
# Title line 上海市人民代表大会专门委员会工作条例: no 《》, so no DOC_TITLE; the body inside it is ORG
# (v1.1 *Title lines*: 北京市街道办事处条例 → 北京市街道办事处; regs_fh 上海市人民代表大会常务委员会…规定).
# 市人民代表大会专门委员会 (the congress's special committees as a class) is one ORG where it is not
# quantified (regs-i, regs_dc, regs_fh, mixed-c), so the title gives the longest name.
d.ctx(ORG, '[上海市人民代表大会专门委员会]工作条例\n')
# Adoption line: the standing committee before its session, term number inside, session outside
# (regs-a, regs-b, regs_dc). 2020年9月25日 is the adoption date: not DEADLINE.
d.ctx(ORG, '2020年9月25日 [上海市第十五届人民代表大会常务委员会]第二十五次会议通过')

# ====================================================================== DOC_TITLE
d.ctx('DOC_TITLE', '根据《[中华人民共和国地方各级人民代表大会和地方各级人民政府组织法]》和有关法律')  # art. 1
assert t.count('《') == 1 and t.count('》') == 1
# Not DOC_TITLE (no 《》): 本条例, 宪法和法律 (art. 28).

# ====================================================================== ORG: 专门委员会
# art. 1 市人民代表大会专门委员会（以下简称专门委员会）: the full name and the abbreviation it introduces
# are both ORG; the abbreviation is ORG at every occurrence as a body (v1.2 *Definite short forms*:
# "as is the abbreviation introduced by 以下简称"; project decision *"At every occurrence" means every
# occurrence as a body*; regs-i 大会秘书处, regs_fh 市人大常委会).
d.ctx(ORG, '完善[市人民代表大会专门委员会]（以下简称专门委员会）')
# art. 6 专门委员会分党组: the sub-party group of the committees, one ORG (longest name; head 组, v1.1
# *组 is a body head*; gold-unseen regulations-b 市人大常委会党组 one ORG). README call 4.
d.ctx(ORG, '设立分党组。[专门委员会分党组]应当贯彻落实好')
# Bare 专门委员会, 95 occurrences in the text:
#  - 3 inside longer ORG labels (title; art. 1 full name; 专门委员会分党组);
#  - 55 labelled alone: the abbreviation (art. 1), the committees as subject or object, before
#    工作 / 的履职能力 / 的设立 / 办事机构 (v1.1 *A body named inside a longer non-ORG phrase*: 区人民政府
#    工作部门 → 区人民政府; regs_fh 市人大常委会办事机构 → the committee), and before 会议 ×9 (project
#    decision *Bodies inside meetings*: 主席团会议 → 主席团; regs_fh 市人大常委会会议);
#  - 37 left out, each pinned below:
MEMBERS = [   # the committee only modifies people or posts (v1.1 *Bodies named only to refer to people*;
              # project decision: 主席团成员, 常务委员会组成人员 are not labelled; regs_fh, regs_dc)
    '[专门委员会]的成员一般不少于十人',                      # art. 7
    '适当增加[专门委员会]驻会成员人数',                      # art. 7
    '\n\n[专门委员会]成员中应当有适当比例',                   # art. 7
    '由其他各[专门委员会]驻会成员兼任',                      # art. 7 (also 其他各)
    '第八条 [专门委员会]的主任委员、副主任委员和委员的人选',  # art. 8
    '可以任免[专门委员会]的个别副主任委员',                  # art. 8
    '\n\n[专门委员会]成员出缺时',                             # art. 8
    '第九条 [专门委员会]主任委员主持',                       # art. 9
    '议定的事项；[专门委员会]副主任委员、委员根据分工',       # art. 9
    '在该[专门委员会]驻会副主任委员中',                      # art. 9 (该 + people)
    '应当提前通知[专门委员会]成员',                          # art. 21
    '应当有[专门委员会]全体成员的过半数出席',                # art. 22
    '始得举行。[专门委员会]成员因故不能出席',                # art. 22
    '须经[专门委员会]全体成员的过半数通过',                  # art. 22
    '办公会议由[专门委员会]主任委员',                        # art. 24
    '主持，[专门委员会]的驻会成员',                          # art. 24
    '提高[专门委员会]成员的履职能力',                        # art. 25
    '履职优秀的[专门委员会]成员表彰机制',                    # art. 25
    '健全[专门委员会]成员在大会闭会期间',                    # art. 28
    '\n\n[专门委员会]成员应当在闭会期间',                     # art. 28
    '\n\n[专门委员会]成员应当加强理论学习',                   # art. 28
    '第二十九条 [专门委员会]非驻会成员',                     # art. 29
    '优先执行[专门委员会]成员职务',                          # art. 29
    '依法履行[专门委员会]成员的职责',                        # art. 29
]
QUANTIFIED = [   # 其他/有关/各/相关/多个 make the committees vague (guidelines ORG "No": 有关/相关/各;
                 # mixed-c and regulations-b: 有关(的)专门委员会, 各专门委员会, 其他有关专门委员会 not ORG)
    '需要设立的其他[专门委员会]',                            # art. 4
    '组成人员、有关[专门委员会]的审议意见',                  # art. 12
    '财政经济委员会、有关[专门委员会]对国民经济',            # art. 14
    '加强与全国人民代表大会有关[专门委员会]的工作联系',      # art. 18
    '对全国人民代表大会有关[专门委员会]和',                  # art. 18
    '直辖市人民代表大会有关[专门委员会]',                    # art. 18 (各省、自治区、直辖市)
    '长江三角洲区域各省市人民代表大会[专门委员会]',          # art. 18 (各省市)
    '加强与各区人民代表大会[专门委员会]',                    # art. 18 (各区)
    '指导和协调各[专门委员会]的日常工作',                    # art. 26
    '听取和讨论各[专门委员会]工作的汇报',                    # art. 26
    '涉及多个[专门委员会]工作领域',                          # art. 26
    '会同相关[专门委员会]研究后',                            # art. 26
    '并为相关[专门委员会]的工作协同',                        # art. 26
]
d.every(ORG, '专门委员会', 55, exclude=MEMBERS + QUANTIFIED + [
    '上海市人民代表大会[专门委员会]工作条例', '完善市人民代表大会[专门委员会]（以下简称', '[专门委员会]分党组'])
d.check_all('专门委员会', 95, 58, MEMBERS + QUANTIFIED)
assert len(MEMBERS) == 24 and len(QUANTIFIED) == 13
# the 9 committee meetings: only the body is labelled (专门委员会会议 ×8, 专门委员会举行会议 ×1)
assert t.count('专门委员会会议') == 8 and t.count('专门委员会举行会议') == 1

# ====================================================================== ORG: 本委员会, 委员会
# 本委员会 ×13 (arts. 11–17: 与本委员会有关的议案/…; 交由本委员会研究处理): a definite body, 本 + a body
# head, like 本级人民政府, 本街道党的工作委员会 (v1.1 *Level words*: "ORG, with the prefix (本…) inside the
# span"), regs-a 本居民委员会, seventh session 本单位工会; it refers back to the named 专门委员会 (v1.2
# *Definite short forms*). Not read as a pronoun like 我厅/我局 (v1.1). README call 1.
d.every(ORG, '本委员会', 13)
# art. 9 专门委员会主任委员主持委员会会议和委员会的工作: bare 委员会 ×2 refers back to the chairman's own
# special committee (v1.2 *Definite short forms*, like 办公室 after 领导小组); the first is a body inside
# its meeting (project decision). README call 2.
d.ctx(ORG, '主任委员主持[委员会]会议和委员会的工作')
d.ctx(ORG, '主任委员主持委员会会议和[委员会]的工作')
# art. 18 协助全国人民代表大会常务委员会和有关委员会: 有关 → not ORG.

# ====================================================================== ORG: the named committees
# art. 4: the nine special committees the congress sets up, each its own name (coordinations are split;
# 监察和司法委员会 and 农业与农村委员会 are single names with an inner 和/与, not coordinations).
ART4 = ('第四条 市人民代表大会设立[法制委员会]、监察和司法委员会、财政经济委员会、教育科学文化卫生委员会、'
        '城市建设环境保护委员会、华侨民族宗教事务委员会、外事委员会、农业与农村委员会、社会建设委员会和')
plain = ART4.replace('[', '').replace(']', '')
assert t.count(plain) == 1
for name in ['法制委员会', '监察和司法委员会', '财政经济委员会', '教育科学文化卫生委员会', '城市建设环境保护委员会',
             '华侨民族宗教事务委员会', '外事委员会', '农业与农村委员会', '社会建设委员会']:
    i = plain.index(name)
    d.ctx(ORG, plain[:i] + '[' + name + ']' + plain[i + len(name):])
# 法制委员会 later: art. 12 as subject (ORG); art. 7 法制委员会成员中 names its members (v1.1): not.
d.ctx(ORG, '审议意见。[法制委员会]根据各代表团')
d.check_all('法制委员会', 3, 2, ['专门人员。[法制委员会]成员中'])
# 财政经济委员会 in art. 14, twice as subject.
d.ctx(ORG, '第十四条 [财政经济委员会]、有关专门委员会')
d.ctx(ORG, '\n\n[财政经济委员会]按照有关规定')
d.check_all('财政经济委员会', 3, 3)
# art. 23 市人民政府、市监察委员会、市高级人民法院、市人民检察院派员到会: the four bodies send staff; they
# are the subjects of 派员 (not people), so ORG (regs_fh, regs_dc: the same four bodies).
for name in ['市人民政府', '市监察委员会', '市高级人民法院', '市人民检察院']:
    d.ctx(ORG, '可以要求市人民政府、市监察委员会、市高级人民法院、市人民检察院派员到会'.replace(name, f'[{name}]', 1))
d.check_all('人民政府', 2, 1, ['地方各级[人民政府]组织法'])    # the other is inside the DOC_TITLE
d.check_all('人民法院', 1, 1)
d.check_all('人民检察院', 1, 1)

# ====================================================================== ORG: people's congress bodies
# 市人民代表大会常务委员会 ×14: subject, addressee, 受…领导, before 主任会议 ×5 (the meeting is not ORG,
# the committee inside is: regs-ad, regs-i, regs_dc, regs_fh), before 工作机构 (generic head 机构, the
# committee inside is labelled: v1.1; regs_fh 办事机构), and in 参加…常务委员会和专门委员会的工作.
d.every(ORG, '市人民代表大会常务委员会', 14)
assert t.count('市人民代表大会常务委员会主任会议') == 5 and t.count('主任会议') == 7
# 主任会议 ×2 alone (art. 16 及其主任会议; art. 26 根据主任会议要求): a meeting, not ORG (regs-ad, regs_fh).
# 市人民代表大会主席团 ×3 (arts. 8, 11, 13): one ORG (regs_dc, regs-i).
d.every(ORG, '市人民代表大会主席团', 3)
d.check_all('主席团', 3, 3)
# Bare 市人民代表大会 ×14: subject or addressee (arts. 2, 4, 11, 19), 是市人民代表大会的常设机构 (a body
# inside a non-ORG phrase), 属于市人民代表大会及其常务委员会职权范围内 ×5 (regs_dc: 属于市人民代表大会职权范围内
# → ORG), 市人民代表大会认为需要设立的… (subject of a relative clause).
CONGRESS_PEOPLE = ['加强与[市人民代表大会]代表的联系',          # art. 16: deputies (people)
                   '可以根据需要邀请[市人民代表大会]代表']       # art. 23: deputies
d.every(ORG, '市人民代表大会', 14, exclude=CONGRESS_PEOPLE + [
    '[市人民代表大会]常务委员会', '[市人民代表大会]主席团', '[市人民代表大会]专门委员会', '直辖[市人民代表大会]有关'])
# 全国人民代表大会 ×2 before 有关专门委员会 (art. 18): the NPC alone, a body inside a longer non-ORG phrase
# (v1.1; regs-i 市人民代表大会有关专门委员会 → 市人民代表大会; regs_fh); 全国人民代表大会常务委员会 ×2.
d.ctx(ORG, '加强与[全国人民代表大会]有关专门委员会的工作联系')
d.ctx(ORG, '对[全国人民代表大会]有关专门委员会和全国人民代表大会常务委员会')
d.ctx(ORG, '对全国人民代表大会有关专门委员会和[全国人民代表大会常务委员会]有关办事机构')
d.ctx(ORG, '协助[全国人民代表大会常务委员会]和有关委员会来沪')
d.check_all('人民代表大会', 46, 38, [c.replace('[市人民代表大会]', '市[人民代表大会]') for c in CONGRESS_PEOPLE] + [
    '中华人民共和国地方各级[人民代表大会]和',              # DOC_TITLE
    '坚持和完善[人民代表大会]制度',                        # art. 3: the system; bare 人民代表大会 (v1.2)
    '熟悉[人民代表大会]制度的专门人员',                    # art. 7: the system
    '各省、自治区、直辖市[人民代表大会]有关专门委员会',    # art. 18: 各 over the list of levels
    '长江三角洲区域各省市[人民代表大会]专门委员会',        # art. 18: 各省市
    '加强与各区[人民代表大会]专门委员会',                  # art. 18: 各区
])
# Bare 常务委员会 ×13: definite short form of the 市人民代表大会常务委员会 (v1.2; regs_dc, regs-i,
# regs_fh): 及其常务委员会 ×6, 常务委员会会议 ×2 (arts. 8, 13; body inside a meeting), 协助/受/根据…
# 常务委员会 ×3, 常务委员会办事机构 ×2 (art. 26; generic head 机构, the committee labelled).
COMMITTEE_OUT = [
    '根据各代表团或者[常务委员会]组成人员',     # art. 12: members (people), and 各 over the pair
    '各区人民代表大会专门委员会、[常务委员会]工作机构',   # art. 18: the districts' committees (各区)
    '办事机构提请[常务委员会]秘书长协调',       # art. 26: the secretary-general (a person)
]
d.every(ORG, '常务委员会', 13, exclude=COMMITTEE_OUT + ['人民代表大会[常务委员会]'])
d.check_all('常务委员会', 33, 30, COMMITTEE_OUT)
# 委员会 ×158: 专门委员会 95, 常务委员会 33, 本委员会 13, the nine named committees of art. 4 (法制 and
# 财政经济 three times each), 市监察委员会, 委员会 ×2 (art. 9) and 有关委员会 (art. 18, not ORG).
# Left out: 37 of 专门委员会, 3 of 常务委员会, 法制委员会成员 (art. 7) and 有关委员会: 158 - 42 = 116 labelled.
d.check_all('委员会', 158, 116, [c.replace('[专门委员会]', '专门[委员会]') for c in MEMBERS + QUANTIFIED] + [
    c.replace('[常务委员会]', '常务[委员会]') for c in COMMITTEE_OUT] + [
    '专门人员。法制[委员会]成员中',
    '协助全国人民代表大会常务委员会和有关[委员会]来沪'])
# Bare 大会 ×4 (在大会闭会期间 ×3, 大会通过): the session without a level, not ORG (regs-a, regs-b, regs_dc).
assert t.count('大会') == 46 + 4 and t.count('在大会闭会期间') == 3 and t.count('，大会通过') == 1

# ====================================================================== ORG: party bodies
# art. 6 中共上海市人大常委会党组: the party group of the standing committee, one ORG (head 组, v1.1; gold-unseen
# regulations-b 市人大常委会党组 one ORG); 分党组 (在专门委员会设立分党组): the body the rule sets up, a definite
# body with a specific head (batch-c: bodies a rule sets up, 代表资格审查委员会; mixed-c 督导小组). It is
# not 党组织 (v1.1 *组织 heads*), which names any party organisation generically. README call 4.
d.ctx(ORG, '第六条 [中共上海市人大常委会党组]在专门委员会设立分党组')
d.ctx(ORG, '在专门委员会设立[分党组]。')
d.ctx(ORG, '决策部署和[市人大常委会党组]的要求')
# 市委: the Shanghai party committee (reports notes: 市委 is ORG); 中央: no body head word (v1.1 *Not bodies*).
d.ctx(ORG, '贯彻落实好中央、[市委]的决策部署')
assert t.count('党组') == 4 and t.count('市委') == 1 and t.count('中央') == 1 and t.count('人大常委会') == 2
d.check_all('党组', 4, 4)

# ====================================================================== not ORG (every head word read)
#   机构 ×12: 常设机构 (art. 2), 组织机构 (chapter 2 heading), 办事机构 ×8, 工作机构 ×2 (generic head; v1.1);
#   部门 ×4: 本委员会相关的部门, 督促相关部门, 有关部门负责人, 跨部门 (generic, 有关/相关);
#   机关 ×1: 有关受质询机关 (v1.1 机关); 单位 ×2: 所在单位, 本单位 (generic head);
#   组 ×17: 党组 ×4 (labelled), 组织 ×9 (组织法 in the title, 组织机构 heading, 组织实施 ×2, 组织起草,
#     组织的, 组织讨论, 组织开展, 组织代表), 组成 ×2, 组成人员, 组建, 代表专业小组 (art. 30: a group of deputies,
#     like regs-a 代表小组 and regs-i 代表联系组和专业组: not ORG);
#   代表团 (art. 12 各代表团: a group of deputies, and 各);
#   办 ×13: 办事机构 ×8, 办公会议 ×2 (a meeting), 重点办理, 督办, 交办;
#   局 ×2: 管大局, 全局性; 院 ×2 (the court and the procuratorate, labelled);
#   人民代表大会制度 ×2; 中国共产党 (art. 3, 坚持中国共产党的领导: no body head word, regs-a).
assert t.count('机构') == 12 and t.count('办事机构') == 8 and t.count('工作机构') == 2
assert t.count('部门') == 4 and t.count('机关') == 1 and t.count('单位') == 2
assert t.count('组') == 17 and t.count('组织') == 9 and t.count('小组') == 1 and t.count('代表专业小组') == 1
assert t.count('办') == 13 and t.count('办公会议') == 2 and t.count('局') == 2 and t.count('院') == 2
assert t.count('代表团') == 1 and t.count('中国共产党') == 1
assert t.count('科') == 1 and t.count('教育科学') == 1    # inside 教育科学文化卫生委员会
assert t.count('处') == 4 == t.count('处理') and t.count('所') == 2   # 履职所必备, 所在单位
for w in ('中心', '站', '队', '厅', '办公室', '政协', '国务院', '县', '区人民政府', '股', '秘书处'):
    assert w not in t, w
rest = t
for w in ('委员会', '人民代表大会', '大会', '会议', '人大常委会'):
    rest = rest.replace(w, '#')
# the remaining 会 (outside 委员会/人民代表大会/大会/会议/人大常委会): 社会 ×8 (社会主义, 社会建设委员会, 社会发展 ×6), 驻会 ×8 (驻会成员/副主任委员),
# 闭会 ×4 (闭会期间), 到会 (art. 23), 会同 (art. 26): no other body.
others = Counter(rest[m.start() - 1:m.end()] if rest[m.start() - 1] in '社驻闭到' else rest[m.start():m.end() + 1]
                 for m in re.finditer('会', rest))
assert others == Counter({'社会': 8, '驻会': 8, '闭会': 4, '到会': 1, '会同': 1}), others

# ====================================================================== PRINCIPLE
# art. 5 专门委员会实行民主集中制原则: an unquoted phrase the text calls 原则 gives its content (v1.1 *A heading
# that names principles*: 按照属地管理原则 → 属地管理); the verb 实行 is not in the list, but labelled 原则
# content counts whatever the verb (gold-check NOTES 实行民主集中制和集体行使职权的原则; mixed-c
# 实行民主集中制(的)原则 → `民主集中制`; regs-a 符合/采取/根据).
d.ctx('PRINCIPLE', '专门委员会实行[民主集中制]原则', norm=['民主集中制'])
assert t.count('原则') == 1
# Not PRINCIPLE: art. 3 坚持中国共产党的领导、人民当家作主、依法治国有机统一 (neither called 原则 nor quoted;
# mixed-c: the same phrase not labelled); art. 6 把方向、管大局、保落实的领导核心作用 (a role, not a
# principle, unquoted); 按照规定/按照有关规定 (arts. 12, 14: no content); 要求 ×5 adopt no formula;
# 深入贯彻习近平新时代中国特色社会主义思想 (art. 3): a doctrine followed, neither called 原则 nor quoted.
assert t.count('坚持') == 2 and t.count('按照') == 2 and t.count('要求') == 5
for w in ('方针', '思路', '遵循', '本着', '“', '"', '原则上'):
    assert w not in t, w

# ====================================================================== STAFFING
# art. 7 专门委员会的成员一般不少于十人: the size of a congress body set by the rule (regs-b: 主席团成员不超过
# 十三人 → STAFFING; batch-c committee sizes); span = number + measure word + attached comparator, the
# adverb 一般 stays out (guidelines STAFFING span).
d.ctx('STAFFING', '专门委员会的成员一般[不少于十人]', norm={"min": 10, "max": None, "unit": "人", "approx": False})
# art. 9 在该专门委员会驻会副主任委员中明确一人临时主持专门委员会工作: one person placed in an acting post
# (mixed-c: 在副主任中推选`一人`代理主任的职务 → STAFFING ×5). README call 3.
d.ctx('STAFFING', '驻会副主任委员中明确[一人]临时主持', norm={"min": 1, "max": 1, "unit": "人", "approx": False})
# Not STAFFING: 副主任委员若干人和委员若干人 (art. 7; 若干 is vague, like 几十项 for ITEM_COUNT), 驻会成员人数
# (no number), 过半数 ×2 (art. 22: ratios / quorum), 个别副主任委员和部分委员 (art. 8: no number).
assert t.count('若干人') == 2 and t.count('过半数') == 2

# ====================================================================== numbers, ITEM_COUNT, DEADLINE
# Every number followed by a measure word, read:
NUM = '0-9一二三四五六七八九十百千万两'
found = re.findall(rf'(?<![第{NUM}])[{NUM}]+[名人项个类件条所家次米元日小月年时种部届]', t)
assert found == ['2020年', '9月', '25日', '十人', '一人', '五年', '五年', '五年',   # 第十五届, 第二十五次: ordinals
                 '2020年', '10月', '1日'], found
# ITEM_COUNT: none. The nine committees of art. 4 are listed without a number; 多个专门委员会 (art. 26) is
# vague; 五年立法规划 / 五年规划 ×2 are the names of plans (a plan period, not a count).
# DEADLINE: none.
#  - 2020年9月25日 (adoption) and 本条例自2020年10月1日起施行 (art. 32; v1.1 *Effective dates*);
#  - 五年立法规划, 五年规划 ×2, 年度… ×4 (年度立法项目, 年度监督事项, 年度国民经济…计划, 年度讨论决定重大事项):
#    plan periods and annual matters, no due point (guidelines: bare frequencies such as 每年 are not);
#  - 提前参与 (art. 12) and 应当提前通知 (art. 21): no number (project decision *A limit tied to an event
#    with no number* is not DEADLINE; v1.2 examples all carry a number);
#  - 在大会闭会期间 ×3 and 在闭会期间 (art. 28): the time between sessions, not a limit (regs-a: 闭会期间
#    not labelled); 及时进行增补 (art. 8): vague (guidelines: 及时); 必要时 (art. 26); 职权范围内 ×5.
assert t.count('年') == 9 and t.count('年度') == 4 and t.count('五年') == 3
assert t.count('月') == 2 and t.count('日') == 4 and t.count('日期') == 1 and t.count('日常') == 1
assert t.count('前') == 2 and t.count('提前') == 2 and t.count('内') == 5 and t.count('职权范围内') == 5
assert t.count('期间') == 4 and t.count('闭会期间') == 4 and t.count('及时') == 1 and t.count('时') == 10   # 新时代, 出缺时, 及时, …时 ×4, 临时, 同时, 必要时: no time of day
assert t.count('项') == 12 and t.count('个') == 2 and t.count('名') == 3   # 事项/项目/专项/各项; 个别, 多个; 提名 ×2, 名称
for w in ('底', '之前', '以前', '年内', '日内', '月内', '季度', '每年', '每月', '限期', '期限', '时限'):
    assert w not in t, w

# ====================================================================== DOC_NO
assert '号' not in t and '〔' not in t and '【' not in t and '[' not in t and '令' not in t

# ====================================================================== checks
d.check_value_shapes()
counts = Counter(e['label'] for e in d.ents)
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 0, 'ORG': 142, 'PRINCIPLE': 1,
    'STAFFING': 2}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '专门委员会': 55, '市人民代表大会常务委员会': 14, '市人民代表大会': 14, '本委员会': 13, '常务委员会': 13,
    '市人民代表大会主席团': 3, '法制委员会': 2, '财政经济委员会': 3, '委员会': 2, '全国人民代表大会': 2,
    '全国人民代表大会常务委员会': 2, '上海市人民代表大会专门委员会': 1, '上海市第十五届人民代表大会常务委员会': 1,
    '市人民代表大会专门委员会': 1, '专门委员会分党组': 1, '分党组': 1, '中共上海市人大常委会党组': 1,
    '市人大常委会党组': 1, '市委': 1, '监察和司法委员会': 1, '教育科学文化卫生委员会': 1,
    '城市建设环境保护委员会': 1, '华侨民族宗教事务委员会': 1, '外事委员会': 1, '农业与农村委员会': 1,
    '社会建设委员会': 1, '市人民政府': 1, '市监察委员会': 1, '市高级人民法院': 1, '市人民检察院': 1})
write_gold(OUT, [d])
