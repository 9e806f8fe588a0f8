"""Build regs_je.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 北京市中小学生人身伤害事故预防与处理条例 (Beijing regulation on the prevention and handling of
personal-injury accidents to primary and secondary school pupils; adopted 2003-09-05 at the 6th
session of the standing committee of the 12th Beijing municipal people's congress, in force
2004-01-01, art. 40). 40 articles in 6 chapters, one header line.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedents: gold-fresh12 regs_ed (北京市养犬管理规定, adopted at the same session: header
committee, meta.date the header's date, bare 人民法院 not ORG, 部门/机关/机构 generic, relative limits);
gold-fresh16 regs_if and regs_ig (relative limits; a time in a condition, 超过三个月…不领取的, not
DEADLINE; 根据自愿原则 → `自愿`); gold-fresh16 regs_ie and gold-fresh15 regs_hg (the shape of the checks);
gold-fresh8 regs_at (少年宫、青少年活动中心: facilities); gold-fresh10 regs_cb (坚持[全面、真实、及时、
规范]的原则); gold-fresh12 regs_ef / gold-fresh10 regs_ce (同级人民政府 vague).
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh17/regs_je.jsonl'
SRC = 'corpus/regulations/beijing/北京市中小学生人身伤害事故预防与处理条例.txt'

d = Doc("fresh17-regs-beijing-xuesheng-shanghai", SRC,
        # date: the header's one line (2003-09-05, adopted). The file name has no date; regs_ed (the
        # Beijing dog regulation adopted at the same session), regs-a (Beijing 1991-12-21) and regs-ar
        # take the header's date; the effective date 2004-01-01 (art. 40) is not the document's date.
        # No label depends on the year (the DEADLINEs are relative limits).
        # region: a municipal regulation of Beijing (regs_ed, regs-ar, regs_cc, regs_dc: 北京市).
        {"region": "北京市", "date": "2003-09-05"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 4186
t = d.text
ORG, DL, PR = 'ORG', 'DEADLINE', 'PRINCIPLE'
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}

# ====================================================================== header
# Title line 北京市中小学生人身伤害事故预防与处理条例: no 《》 and no body head word (v1.1 *Title lines*).
assert t.startswith('北京市中小学生人身伤害事故预防与处理条例\n')
# The standing committee before its session is ORG, term number inside, session outside (regs-a /
# regs-b *Adoption lines*; regs_ed: the same line, word for word).
d.ctx(ORG, '2003年9月5日 [北京市第十二届人民代表大会常务委员会]第六次会议通过')
d.check_all('人民代表大会', 1, 1)
d.check_all('常务委员会', 1, 1)
d.check_all('委员会', 1, 1)
d.check_all('委', 1, 1)
# 会 ×6: 大会 and 委员会 inside the header ORG; 会议 (the session), 社会 ×3 (art. 3 社会的共同责任, art. 10(六)
# 社会实践, art. 38 劳动和社会保障部门).
d.check_all('会', 6, 2, [
    '常务委员会第六次[会]议通过', '监护人和社[会]的共同责任', '考察、社[会]实践', '本市劳动和社[会]保障部门',
])
# The header date is a past event, art. 40 本条例自2004年1月1日起实施 an effective date: not DEADLINE
# (guidelines DEADLINE "No"; v1.1 *Effective dates*).
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == ['2003年9月5日', '2004年1月1日']
assert t.count('日起实施') == 1

# ====================================================================== not ORG: governments and the court
# 各级人民政府及其有关部门 (art. 3): 各级 is a vague level (v1.1 *Level words*). 同级人民政府 ×2 (arts. 16, 20:
# the district or county education department reports to 同级人民政府): 同级 + 人民政府 is vague (v1.1
# *Level words*; regs_ce, regs_ef, regs_ie). README call 4.
GOV_OUT = [
    '是各级[人民政府]及其有关部门',                 # art. 3
    '应当在2小时内报告同级[人民政府]和市教育',      # art. 16
    '应当上报同级[人民政府]和市教育',               # art. 20
]
d.check_all('人民政府', 3, 0, GOV_OUT)
d.check_all('政府', 3, 0, [a.replace('[人民政府]', '人民[政府]') for a in GOV_OUT])
# art. 18 可以依法向人民法院提起诉讼: bare 人民法院 with no level or place (v1.2 *Definite short forms*;
# regs_ed 直接向人民法院起诉; res_cf).
d.check_all('人民法院', 1, 0, ['可以依法向[人民法院]提起诉讼'])
d.check_all('院', 1, 0, ['可以依法向人民法[院]提起诉讼'])

# ====================================================================== not ORG: generic heads
# 部门 ×25, all under the generic head 部门 (guidelines ORG "No"; v1.1: a definite body under a generic
# head is not ORG; regs_ed, regs_if, regs_ie): the education departments of the city, districts and
# counties (the regulation's main actors), 卫生行政部门, 有关部门, the field lists, and art. 38's
# 本市劳动和社会保障部门 (one definite municipal department named by its field + 部门). README call 3.
d.check_all('部门', 25, 0, [
    '各级人民政府及其有关[部门]、学校举办者',                 # art. 3: 各级…有关
    '第五条 市和区、县教育行政[部门]负责组织学校',             # art. 5
    '第六条 教育行政[部门]应当制定',                           # art. 6
    '第七条 卫生行政[部门]应当对学校',                         # art. 7
    '质量监督等有关行政[部门]应当在各自职责',                   # art. 7: fields + 等有关
    '报告学校所在地的区、县教育行政[部门]；属于重大事故的',     # art. 16 (also 所在地的)
    '应当在2小时内报告区、县教育行政[部门]及有关部门',          # art. 16
    '报告区、县教育行政部门及有关[部门]，区、县',               # art. 16
    '，区、县教育行政[部门]接到报告后',                         # art. 16
    '报告同级人民政府和市教育行政[部门]，并及时派人',           # art. 16
    '请求公安、卫生等[部门]进行调查',                           # art. 17: fields
    '\n\n教育行政[部门]及有关部门、受伤害学生',                 # art. 17 para. 2
    '\n\n教育行政部门及有关[部门]、受伤害学生',                 # art. 17 para. 2
    '书面请求学校所在地的区、县教育行政[部门]协调',             # art. 18
    '。区、县教育行政[部门]自接到请求之日起',                   # art. 18
    '书面报告学校所在地的区、县教育行政[部门]；对重大事故',     # art. 20
    '，区、县教育行政[部门]应当上报同级人民政府',               # art. 20
    '上报同级人民政府和市教育行政[部门]。',                     # art. 20
    '第三十一条 市和区、县教育行政[部门]应当组织学校',         # art. 31
    '由教育行政[部门]依法对直接负责',                           # art. 32
    '教育、卫生行政[部门]或者公安机关应当责令',                 # art. 33
    '第三十六条 教育、卫生行政[部门]和公安机关',               # art. 36
    '和公安机关等有关[部门]及其工作人员',                       # art. 36
    '由有关[部门]对直接负责的主管人员',                         # art. 36
    '本市劳动和社会保障[部门]依照本条例',                       # art. 38
])
assert t.count('部') == 25
# 机关 ×4: 公安机关 (arts. 7, 33, 34, 36): v1.1 *机关 is a generic head*.
d.check_all('机关', 4, 0, [
    '\n\n公安[机关]应当维护学校治安', '卫生行政部门或者公安[机关]应当责令限期改正',
    '由公安[机关]依法处理', '卫生行政部门和公安[机关]等有关部门',
])
# 机构 ×3: 保险机构 (art. 31: insurers, generic head and companies), 学前教育机构 and 校外教育机构
# (art. 39: generic head over a class of facilities).
d.check_all('机构', 3, 0, [
    '组织学校向保险[机构]办理', '学前教育[机构]中的学龄前儿童', '少年业余体校等校外教育[机构]中的',
])
# 中心 ×2 (art. 39 少年宫、少年儿童活动中心、少年科技中心、少年业余体校等校外教育机构): youth palaces and
# activity and science centres are places where pupils go after school, listed as examples of
# 校外教育机构: facilities (v1.1 *Not bodies*: facilities; regs_at 少年宫、青少年活动中心: facilities;
# report_fa 青少年宫, 全民健身活动中心). README call 2.
d.check_all('中心', 2, 0, ['少年儿童活动[中心]、少年科技中心', '少年科技[中心]、少年业余体校'])
d.check_all('少年宫', 1, 0, ['学龄前儿童，[少年宫]、少年儿童活动中心'])
d.check_all('体校', 1, 0, ['少年业余[体校]等校外教育机构'])
# 学校 (×84 校: 中小学校（以下简称学校）, the regulation's main duty-holder; 技工学校, 全日制小学、初级中学、
# 高级中学、各类中等职业学校; 校园, 校内, 在校, 到校, 离校, 返校, 校外, 校长): schools are facilities (v1.1
# *Not bodies*: 学校, 公办幼儿园), and the 以下简称 abbreviation of a facility is not ORG either (project
# decision beyond v1.2: the abbreviation is ORG only when the body it stands for is). README call 5.
assert t.count('校') == 84 and t.count('（以下简称学校）') == 1 and t.count('技工学校') == 1
# 组织 ×8: the verbs 组织学校开展, 组织实施, 组织学生参加 ×2, 组织学校向…办理, 学校组织安排, 负责组织、监督,
# and 组织器官 (an organ of the body): no collective.
ORG_VERB = [
    '教育行政部门负责[组织]学校开展', '并[组织]实施和检查', '（六）[组织]学生参加', '学校教职工在[组织]学生参加',
    '应当[组织]学校向保险机构', '以及学校[组织]安排的校外', '肢体残疾、[组织]器官功能障碍', '负责[组织]、监督、指导和协调',
]
d.check_all('组织', 8, 0, ORG_VERB)
d.check_all('组', 8, 0, [a.replace('[组织]', '[组]织') for a in ORG_VERB])
# 办 ×5: 学校举办者 ×3 (the school's sponsor: a party, not a body head), 办理 ×2 (verb).
d.check_all('办', 5, 0, [
    '学校举[办]者、学校、学生', '第八条 学校举[办]者为学校配备', '保险费用由学校举[办]者承担',
    '向保险机构[办]理责任保险', '为学生[办]理意外伤害保险',
])
# 所 ×6: 其所提供, 学校所在地 ×3 (所在地的 before a 部门 phrase), 第（一）项所列 ×2: no body.
d.check_all('所', 6, 0, [
    '应当保证其[所]提供的', '将有关情况报告学校[所]在地', '书面请求学校[所]在地', '结果书面报告学校[所]在地',
    '在本条第（一）项[所]列学校中就读', '是指本条第（一）项[所]列学校的校长',
])
# Not ORG either: 学生, 父母或者其他监护人, 教职工, 当事人, 第三人, 校长, 教师, 主管人员, 直接责任人,
# 工作人员, 产品与服务的提供者 (people and suppliers); 本市, 国家 (territory, no body head word).
for w in ('局', '厅', '站', '队', '小组', '党', '人大', '政协', '中央', '国务院', '办公室', '办事处', '单位', '团',
          '协会', '学会', '联合会', '馆', '当地', '上一级', '本级'):
    assert w not in t, w
for w in ('部门', '机关', '机构', '组织', '中心', '学校', '法院', '人民政府'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w

# ====================================================================== PRINCIPLE
# art. 4 事故的处理应当遵循及时、合法、公正的原则: unquoted content the text calls 原则, introduced by 遵循
# (guidelines PRINCIPLE: 坚持优化协同高效的原则 → `优化协同高效`; regs_eg 遵循…的原则; regs_cb 坚持[全面、
# 真实、及时、规范]的原则). Span without 遵循 and 的原则.
d.ctx(PR, '事故的处理应当遵循[及时、合法、公正]的原则')
# art. 18 也可以按照自愿的原则，书面请求…协调 and art. 30 学校可以本着自愿原则，…提供帮助: 自愿 called 原则,
# introduced by 按照 / 本着 (guidelines' verb list; regs-a notes 根据自愿原则 → `自愿`; regs_ff, regs_x
# 坚持自愿的原则).
d.ctx(PR, '也可以按照[自愿]的原则，书面请求')
d.ctx(PR, '学校可以本着[自愿]原则，根据其条件')
assert t.count('原则') == 3
# Not PRINCIPLE: 按照 ×4 — 按照自愿的原则 (above), 按照国家课程标准和本市教学要求 (art. 10(五): a standard and
# teaching requirements, neither called 原则 nor quoted), 按照过错大小 (art. 21), 按照国家和本市有关规定
# (art. 28); 根据 ×3 (国家有关法律法规, 学生的年龄和认知能力, 其条件和实际情况); 要求 ×2 (有关标准和要求,
# 本市教学要求: no content).
assert t.count('按照') == 4 and t.count('根据') == 3 and t.count('要求') == 2
assert t.count('遵循') == 1 and t.count('本着') == 1
for w in ('坚持', '方针', '思路', '“', '"', '原则上'):
    assert w not in t, w

# ====================================================================== DEADLINE
# Relative within-limits (v1.2 *Relative time limits*: span the limit alone, without the leading 在
# and the anchor event; value date null, period, during; regs_ed, regs_if 二十四小时内).
d.ctx(DL, '事故发生后，学校应当在[24小时内]将有关情况报告', norm=WITHIN)         # art. 16: school → district
d.ctx(DL, '属于重大事故的，应当在[2小时内]报告区、县', norm=WITHIN)             # art. 16: major accident
d.ctx(DL, '区、县教育行政部门接到报告后，应当在[2小时内]报告同级', norm=WITHIN)  # art. 16: district → city
assert t.count('小时内') == 3 and t.count('小时') == 3
# Not DEADLINE (README call 1): art. 18 区、县教育行政部门自接到请求之日起超过60日，经协调仍不能达成一致意见的，
# 可以终止协调: the time after which the department may end its mediation, a condition of a power (may
# end), not a time within which a measure is to be done (regs_ig 超过三个月，丧事承办人不领取的，殡仪馆可以
# 自行处理: a condition, not DEADLINE; regs-a / regs_ef caps on how long a state lasts).
assert t.count('之日起超过60日，经协调仍不能达成一致意见的') == 1 and t.count('60日') == 1
# Also not DEADLINE:
#   期间 ×12: 教育教学活动期间 ×5 (the scope of the regulation and its definition, art. 37(四)), 在校期间,
#     集体活动期间, 滞留学校期间, 校内活动期间, 住宿期间, 校外活动期间 (the times in which the school's duty
#     of care applies, not times set for a measure), 在合理期间内 (art. 25(一): a vague limit, v1.2
#     在规定期限内);
#   责令限期改正 (art. 33, vague), 及时 ×8 (vague; one inside the PRINCIPLE), 立即停止使用, 必要时;
#   事故发生后 ×4, 接到报告后, 事故处理结束后, 放学后, 赔偿责任后 (events with no number; project
#     decision beyond v1.2);
#   学前教育机构, 学龄前儿童 (art. 39: a stage and an age, not time limits); 日常安全管理工作; 年龄 (art. 11).
assert t.count('期间') == 12 and t.count('合理期间内') == 1 and t.count('限期') == 1 and t.count('期') == 13
assert t.count('及时') == 8 and t.count('时') == 16
assert t.count('内') == 11 and t.count('前') == 2 and t.count('学前教育') == 1 and t.count('学龄前') == 1
assert t.count('年') == 7 and t.count('月') == 2 and t.count('日') == 6
for w in ('底', '每', '日内', '月内', '年内', '日前', '工作日', '提前', '季度', '旬', '届满', '时限', '期限', '长期',
          '之前', '以前'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO / DOC_TITLE
# None. Every number before a measure word, read: the header and effective dates; 第十二届, 第六次
# (ordinals); article and item numbers and cross-references (本条例第十条、第十一条, 本条第（一）项);
# 24小时, 2小时 ×2 (the limits above); 60日 (the condition above); 有过错的一方 (a party), 过错方为两方以上的
# (art. 21: a threshold, v1.1 *Thresholds*); 第三人 (art. 24(四): "a third party").
# No person or post is counted: 设专人负责 (art. 10(十一)), 及时派人 (art. 16) carry no number; no 编制, 名,
# 职数. The lists of duties (art. 10's eleven items, 下列职责) are not counted in the text; 各类中等职业学校
# carries no number; 事项 (art. 28) has no number.
NUM = '0-9一二三四五六七八九十百千万两零'
found = re.findall(rf'(?<![第{NUM}（(])[{NUM}]+(?:小时|[名人项个类件条所家份张套次级支倍元年月日届方])', t)
assert found == ['2003年', '9月', '5日', '24小时', '2小时', '2小时', '60日', '一方', '两方', '2004年', '1月',
                 '1日'], found
assert [t.count(f'（{n}）') for n in ['一', '六', '十', '十一', '十二']] == [8, 2, 1, 1, 0]   # （一）: arts. 10, 22, 24, 25, 32, 37 + 本条第（一）项 ×2
assert t.count('名') == 0 and t.count('个') == 0 and t.count('项') == 3 and t.count('事项') == 1
assert t.count('类') == 1 and t.count('各类') == 1 and t.count('第三人') == 1
for w in ('号', '〔', '【', '[', '令第', '职数', '编制', '《', '》', '〈'):
    assert w not in t, w
# DOC_TITLE: no 《》. 本条例, 国家课程标准, 事故处理协议 and 学籍管理的规定 are named without book-title
# marks (guidelines DOC_TITLE: "Without book-title marks, no DOC_TITLE is labelled").

# ====================================================================== checks
d.check_value_shapes()
counts = d.counts()
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 3, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 0, 'ORG': 1, 'PRINCIPLE': 3,
    'STAFFING': 0}, counts
assert [e['text'] for e in d.ents if e['label'] == ORG] == ['北京市第十二届人民代表大会常务委员会']
assert [e['normalized'] for e in d.ents if e['label'] == PR] == [['及时', '合法', '公正'], ['自愿'], ['自愿']]
assert [e['text'] for e in d.ents if e['label'] == DL] == ['24小时内', '2小时内', '2小时内']
write_gold(OUT, [d])
