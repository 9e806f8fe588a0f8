"""Build res_cf.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 山东省人民代表大会常务委员会关于加强新时代检察机关法律监督工作的决议 (resolution of the Shandong
provincial people's congress standing committee on strengthening the legal supervision work of the
procuratorates in the new era), adopted 2019-09-27 by the standing committee of the 13th Shandong
provincial people's congress at its 14th session; effective on publication; it repeals the 2009
resolution on the same subject. Eleven numbered paragraphs, no articles.
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or
model is used. Every mention was found by reading the text; the count assertions below only check
the tallies I made while reading.
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh10/res_cf.jsonl'

d = Doc("fresh10-res-shandong-procuratorate-2019",
        "corpus/regulations/shandong/山东省人民代表大会常务委员会关于加强新时代检察机关法律监督工作的决议(2019-09-27).txt",
        # region: a provincial resolution (山东省人大常委会), no city (regs-am, regs-au: 山东省).
        # date: the file name's date, which is also the adoption date in the header (2019年9月27日).
        {"region": "山东省", "date": "2019-09-27"})
assert d.text == d.raw.decode('utf-8')
t = d.text

ORG = 'ORG'

# ====================================================================== title line and header
# Title line without 《》: no DOC_TITLE; the body in it is ORG (v1.1 *Title lines*; regs-am labels
# the title line's 山东省人民代表大会常务委员会 the same way).
d.ctx(ORG, '[山东省人民代表大会常务委员会]关于加强新时代检察机关法律监督工作的决议\n')
# adoption line and opening sentence: committee with region and term inside, session outside
# (regs-a, regs-b, regs-am).
d.ctx(ORG, '2019年9月27日 [山东省第十三届人民代表大会常务委员会]第十四次会议通过')
d.ctx(ORG, '\n\n\n[山东省第十三届人民代表大会常务委员会]第十四次会议听\n\n取和审议了')
# 省人民检察院 (the reporting body): a definite provincial organ, 院 head.
d.ctx(ORG, '取和审议了[省人民检察院]关于全省检察机关全面加强法律监督工作情况的报告')
# 会议认为 (the session): a meeting, not ORG (v1.1).

# ====================================================================== para. 1, 4, 10: 本级 bodies
# 本级 + body points to one definite body (v1.1 *Level words*: 本级人民政府): 本级党委, 本级人大.
# 及其常委会 after a definite 人大 is a definite short form (v1.2; report-ax, report-bd: 市人大及其
# `常委会`; regs-ad: 市人民代表大会及其`常委会`).
d.ctx(ORG, '自觉接受[本级党委]、上级检察机关的领导')
d.ctx(ORG, '上级检察机关的领导和[本级人大]及其常委会的监督')
d.ctx(ORG, '上级检察机关的领导和本级人大及其[常委会]的监督')
# 定期向本级党委、人大常委会报告 (para. 4): 本级 is a shared prefix; 人大常委会 is the second member
# after it (v1.2 *Definite short forms*: 镇的人民代表大会和`人民政府`; guidelines ORG: a shared prefix
# that is not repeated stays with the first only, the second member is still labelled).
d.ctx(ORG, '定期向[本级党委]、人大常委会报告')
d.ctx(ORG, '定期向本级党委、[人大常委会]报告')
# para. 10: 依法向本级人大常委会报告备案 → one ORG, prefix inside.
d.ctx(ORG, '检察机关应当依法向[本级人大常委会]报告备案')
# para. 11: 各级人大及其常委会 / 全省各级人大及其常委会: 各级 is vague (v1.1 *Level words*), and the
# 常委会 after a vague 人大 is not labelled either (gold-unseen mixed-c: 各级/同级人大及其常委会).
assert t.count('各级人大及其常委会') == 2
d.check_all('人大', 5, 3, deliberate=['是各级[人大]及其常委会的一项重要职权',
                                       '全省各级[人大]及其常委会要按照'])
d.check_all('常委会', 5, 3, deliberate=['是各级人大及其[常委会]的一项重要职权',
                                         '全省各级人大及其[常委会]要按照'])
d.check_all('党委', 2, 2)

# ====================================================================== para. 9: 检察委员会
# 检察委员会会议 is a meeting; the body named in it is labelled on its own (v1.1 *A body named inside
# a longer non-ORG phrase*; notes: 省委、市委经济工作会议 → 省委, 市委; regs-am: committee before
# 主任会议). 检察委员会 is a specific body type (委员会 head) of every procuratorate, a class name like
# 乡镇党委 / 村民委员会. 检察官联席会议 and 专业咨询会议 are meetings with no body in them.
d.ctx(ORG, '专业咨询会议、[检察委员会]会议对案件质量的监督把关作用')

# ====================================================================== para. 11 closing: repeal clause
d.ctx(ORG, '2009年11月28日[山东省第十一届人民代表大会常务委员会]第十四次会议通过的')
d.check_all('人民代表大会常务委员会', 5, 4,
            deliberate=['通过的《山东省[人民代表大会常务委员会]关于加强人民检察院'])
d.check_all('委员会', 6, 5, deliberate=['通过的《山东省人民代表大会常务[委员会]关于加强人民检察院'])

# ====================================================================== ORG left out (read in context)
# - 检察机关 (全省检察机关, 全省各级检察机关, 上级检察机关, 国家法律监督机关 …), 有关机关, 侦查机关,
#   审判机关, 刑罚执行和监管机关, 行政执法机关, 行政机关, 监察机关, 公安机关, 司法行政机关, 国家机关,
#   上级机关, 法律规定的机关, 执法、司法机关: head 机关 (v1.1 *机关 is a generic head*).
# - bare 法院 (规范法院执行工作; 向政府、监察机关、法院提出) and bare 人民法院 ×2 (向人民法院提起…公益诉讼):
#   generic (v1.2 *Definite short forms*: bare 人民法院; shandong-part1: bare 法院).
# - 政府 ×5: 向政府 (bare), 政府信息平台 (bare, a platform), 全省各级人民政府 (各级), 人民政府应当
#   (bare 人民政府, para. 8), 法治政府 (a type of government): not ORG (v1.1, v1.2, reports notes).
# - 人民检察院 inside the repealed resolution's title: inside DOC_TITLE, not labelled.
# - 党对政法工作的绝对领导: 党 alone, no body head (like 中央).
# - 律师事务所 (firms), 法律服务所 (fee-earning service providers named as types; regs-t: 基层法律服务所
#   not ORG), 公证、仲裁 (activities), 司法鉴定机构 (head 机构).
# - 检察机关内设机构 (机构), 检察官办案团队 / 检察队伍 (teams), 新闻媒体 (media), 有关单位, 主管部门,
#   有关组织, 其他组织, 适格主体, “一站式”综合性服务平台 (platform), 检务督察 (an activity).
assert t.count('法院') == 4 and t.count('人民法院') == 2
assert t.count('政府') == 5 and t.count('检察院') == 2

# ====================================================================== DOC_TITLE
# the repealed 2009 resolution; the committee inside the title is not labelled (guidelines DOC_TITLE).
d.ctx('DOC_TITLE', '通过的《[山东省人民代表大会常务委员会关于加强人民检察院法律监督工作的决议]》同时废止')
assert t.count('《') == 1

# ====================================================================== PRINCIPLE
# para. 2: 严格执行罪刑法定、疑罪从无、证据裁判原则和认罪认罚从宽制度、非法证据排除规则. An unquoted phrase
# the text calls 原则 (guidelines PRINCIPLE: "a phrase the text labels 原则"; v1.1 *原则 compounds*:
# only 原则 is dropped; shandong-part1: PRINCIPLE labelled when the text calls it 原则, whatever the
# verb). 制度 and 规则 after it are not 原则 and stay out.
d.ctx('PRINCIPLE', '严格执行[罪刑法定、疑罪从无、证据裁判]原则和认罪认罚从宽制度')
assert t.count('原则') == 1
# Not PRINCIPLE: 始终坚持党对政法工作的绝对领导 / 坚持国家法律监督机关的宪法定位 / 坚持以人民为中心
# (para. 1) and 坚持以人民群众司法需求为导向 (para. 3): neither called 原则 nor quoted; “四大检察” (para. 1,
# 统筹推进, no 原则/要求/方针/思路) and “一站式” (para. 9, the name of a platform): quoted names, not
# adopted as principles (v1.1 *A quoted mechanism*); 按照宪法和法律的规定 (para. 11): a legal basis,
# not a principle; 先鉴定、后付费工作机制 (para. 8): a 机制, unquoted.
assert t.count('“') == 2 and t.count('方针') == 0 and t.count('思路') == 0

# ====================================================================== no ITEM_COUNT, STAFFING, DEADLINE, DOC_NO
# ITEM_COUNT: 刑事、民事、行政、公益诉讼“四大检察” is a fixed quoted name of four fields of work (notes:
#   counts inside fixed names like “四项机制” and counts of domains are not ITEM_COUNT); 一项重要职责 /
#   一项重要职权 (paras. 2, 11): the generic "one", not a count set by a measure (shandong-part2).
# STAFFING: no count of staff or posts.
# DEADLINE: 2019年9月27日 (adoption), 2009年11月28日 (a past event), 本决议自公布之日起施行 (effective
#   date, v1.1); 定期向…报告 (a frequency with no due point), 逾期, 及时 (vague); 年度报告制度 (a report
#   system, no due point); 超期羁押 (a violation, not a limit).
# DOC_NO: no 〔year〕…号.
for w in ('日内', '日前', '底前', '提前', '期间', '年内', '名', '〔', '号', '以前'):
    assert w not in t, w
assert t.count('四大检察') == 1 and t.count('一项') == 2

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 12, 'DOC_TITLE': 1, 'PRINCIPLE': 1}), c
d.check_value_shapes()
write_gold(OUT, [d])
