"""Build regs_lf.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 重庆市查禁赌博条例 (Chongqing regulation on the suppression of gambling; adopted 1997-11-28 by
the standing committee of the 1st Chongqing municipal people's congress, 5th session; revised 2006-09-29
(2nd congress, 26th session); amended 2011-11-25 (3rd congress, 28th session) by the omnibus
《关于修改部分地方性法规中有关行政强制条款的决定》; the revised text in force 2006-12-01, art. 21).
21 articles without chapters, a title line and three header lines.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses no
extractor, no pipeline and no model.

Closest precedents: gold-fresh17 regs_jh (重庆市价格鉴证条例: the same Chongqing header, generic heads
机关/机构/单位 not ORG, bare 政府 not ORG, 国库 not a body), gold-fresh15 regs_hh (重庆市蚕种管理条例: file
name's date where the header differs, an amending decision in 《》 in the header, bare 人民法院, 实行…的原则
split at ，), gold-fresh4 regs-p (重庆市电信条例: 执法人员不得少于二人 → STAFFING `不得少于二人`), gold-fresh12
regs_eg (遵循教育与处罚相结合…的原则; 一个月内累计达…次以上的: the window of a threshold condition is not
DEADLINE), gold-fresh12 regs_ed / gold-fresh13 regs_fd / gold-fresh14 regs_ge (an unquoted 方针 is not
PRINCIPLE).
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh19/regs_lf.jsonl'
SRC = 'corpus/regulations/chongqing/重庆市查禁赌博条例(2011-11-29).txt'

d = Doc("fresh19-regs-chongqing-gambling", SRC,
        # date: the file name's date, 2011-11-29, which does not appear in the text (presumably the
        # promulgation of the 2011 amendment); the header's last line is 2011-11-25. Where the two differ
        # the nearest Chongqing precedent takes the file name (regs_hh: 2010-07-30 over the header's
        # 2010-07-23; gold-fresh12 regs_ef, regs_eg, regs_eh; regs-b notes: "date is the file's date
        # (promulgation or last revision)"). The effective date 2006-12-01 (art. 21) is not the
        # document's date (regs_jh, regs_hh). No label depends on the year: there is no DEADLINE.
        # README call 7.
        # region: a municipal regulation of Chongqing (regs_jh, regs_hh, regs-p, regs_ee, regs_gf: "重庆市").
        {"region": "重庆市", "date": "2011-11-29"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 2102 and d.text.count('\n') == 112
t = d.text
ORG, DT, PR, SF = 'ORG', 'DOC_TITLE', 'PRINCIPLE', 'STAFFING'

# ====================================================================== header
# Title line 重庆市查禁赌博条例: no 《》 and no body head word (v1.1 *Title lines*): nothing.
assert t.startswith('重庆市查禁赌博条例\n\n1997年11月28日 ')
# The standing committee before its session is ORG, term number inside, session outside (regs-a notes
# *Adoption/revision lines*; regs-b; regs_jh, regs_hh, regs-p, regs_gf: the same Chongqing header).
d.ctx(ORG, '1997年11月28日 [重庆市第一届人民代表大会常务委员会]第五次会议通过')
d.ctx(ORG, '2006年9月29日 [重庆市第二届人民代表大会常务委员会]第二十六次会议修订')
d.ctx(ORG, '2011年11月25日 [重庆市第三届人民代表大会常务委员会]第二十八次会议《')
# The amending decision: one DOC_TITLE (regs_hh 《关于修改部分地方性法规的决定》, regs-p, regs_gf: the same
# layout). Its 部分 / 有关 stay inside the title (no other type overlaps it).
d.ctx(DT, '第二十八次会议《[关于修改部分地方性法规中有关行政强制条款的决定]》修正）')
# The header dates (1997-11-28, 2006-09-29, 2011-11-25) are past events; art. 21 本条例自2006年12月1日起
# 施行 is an effective date: not DEADLINE (guidelines DEADLINE "No"; v1.1 *Effective dates*).
# The stray 根据 at the end of line 5 and the unmatched ） at the end of line 7 are layout debris of the
# Chongqing header (regs_hh, regs_gf, regs_cg: "…修订  根据⏎⏎2…"): no label.
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == [
    '1997年11月28日', '2006年9月29日', '2011年11月25日', '2006年12月1日']
assert t.count('日起施行') == 1 and t.count('修订  根据\n') == 1 and t.count('决定》修正）\n') == 1
d.check_all('人民代表大会', 3, 3)
d.check_all('常务委员会', 3, 3)
d.check_all('委员会', 3, 3)
assert t.count('委') == 3
# 会 ×12: 人民代表大会 ×3 and 委员会 ×3 (inside the labels), 会议 ×3 (the header sessions, not bodies),
# 社会 ×3 (art. 1 社会风尚, 社会治安秩序; art. 3 社会治安综合治理: a field of work, no body head).
d.check_all('会', 12, 6, ['常务委员会第五次[会]议通过', '常务委员会第二十六次[会]议修订', '常务委员会第二十八次[会]议《',
                          '树立良好的社[会]风尚', '维护社[会]治安秩序', '应当坚持社[会]治安综合治理'])

# ====================================================================== ORG: the body
# art. 15 开具由市财政局统一制发的收据: the municipal finance bureau (head 局, region prefix 市 inside the
# span, as regs_hh `市对外贸易经济委员会`), the agent that issues the receipts (not a modifier of people).
d.ctx(ORG, '开具由[市财政局]统一制发的收据')
d.check_all('局', 1, 1)
d.check_all('财政', 1, 1)

# ====================================================================== not ORG (read in context)
# art. 4 各级人民政府负责领导查禁赌博的工作: 各级 + 人民政府 is vague (v1.1 *Level words*; regs-p art. 6
# 本市各级人民政府 not ORG).
d.check_all('人民政府', 1, 0, ['各级[人民政府]负责领导'])
d.check_all('政府', 1, 0, ['各级人民[政府]负责领导'])
assert t.count('各级') == 2     # 各级人民政府, 各级公安机关
# 机关 ×14: 公安机关 ×12 (各级公安机关 art. 4 and the sanctioning authority of arts. 8–16, 20), 专门机关
# (art. 3, inside the PRINCIPLE), 主管机关 (art. 18): v1.1 *机关 is a generic head* (公安机关 is its own
# example; *组织 and 机关 heads*). README call 1.
d.check_all('机关', 14, 0, [
    '实行专门[机关]与群众路线相结合',                          # art. 3
    '各级公安[机关]是查禁赌博的主管部门',                      # art. 4
    '由公安[机关]依法处十日以上十五日以下拘留，并处',          # art. 8
    '由公安[机关]处五百元以下罚款',                            # art. 9
    '由公安[机关]处三千元以上三万元以下罚款',                  # art. 10
    '由公安[机关]处一千元以下罚款',                            # art. 10
    '在公安[机关]查处赌博活动时',                              # art. 10
    '由公安[机关]依法处十日以上十五日以下拘留，为',            # art. 10
    '由公安[机关]处二百元以上二千元以下罚款',                  # art. 10
    '主动向公安[机关]如实陈述',                                # art. 12
    '公安[机关]罚款和收缴、追缴',                              # art. 15
    '当事人对公安[机关]依照本条例',                            # art. 16
    '由主管[机关]给予行政处分',                                # art. 18
    '公安[机关]、有关单位和基层群众性自治组织'])               # art. 20
assert t.count('公安机关') == 12
# art. 4 查禁赌博的主管部门: generic head 部门 (guidelines ORG "No").
d.check_all('部门', 1, 0, ['是查禁赌博的主管[部门]'])
# 部 ×3: 部门, 部分 (inside the header DOC_TITLE), 全部 (art. 15): no body.
d.check_all('部', 3, 0, ['关于修改[部]分地方性法规', '查禁赌博的主管[部]门', '应当全[部]上缴国库'])
# 单位 ×4: 旅馆业、饮食服务业…等单位, 本单位 (art. 10), 任何单位 (art. 15), 有关单位 (art. 20): generic head
# 单位 and economic parties (guidelines ORG "No"; regs_jh, regs_hh).
d.check_all('单位', 4, 0, ['交通运输业等[单位]', '发生在本[单位]或经营场所内', '任何[单位]和个人不得截留',
                          '公安机关、有关[单位]和基层'])
# 组织 ×1: 基层群众性自治组织 (art. 20): head 组织 (guidelines ORG "No": 群团组织, 基层党组织; v1.1).
d.check_all('组织', 1, 0, ['基层群众性自治[组织]有权制止'])
d.check_all('组', 1, 0, ['基层群众性自治[组]织有权制止'])
# 人民法院 (art. 16 直接向人民法院提起行政诉讼): bare, no level or place (v1.2 *Definite short forms*: bare
# 人民法院 is generic; regs_hh art. 44 申请人民法院强制执行).
d.check_all('院', 1, 0, ['直接向人民法[院]提起行政诉讼'])
# 国库 (art. 15 全部上缴国库): the treasury, no body head (regs_jh 同级国库, regs_ed 国库).
assert t.count('国库') == 1
# 国家 ×1: 国家工作人员 (art. 11: people). People, not bodies: 人民警察 ×3 (arts. 13, 17, 18), 当事人 ×2,
# 有关人员, 主管人员, 责任人员, 违法犯罪行为人 ×2, 赌博者 ×2, 他人 ×2. Places and trades: 本市, 赌场, 场所 ×4
# (经营场所, 公共场所, 工作场所), 车、船等公共交通工具, 旅馆业、饮食服务业、文化娱乐业、保健服务业、交通运输业.
assert t.count('国家') == 1 and t.count('国家工作人员') == 1 and t.count('人民警察') == 3
assert t.count('所') == 7 and t.count('场所') == 4 and t.count('所得') == 2 and t.count('所形成') == 1
assert t.count('办') == 1 and t.count('依法办事') == 1          # art. 4: a verb, no office
assert t.count('处') == 24 and t.count('处罚') == 10            # 处罚, 处理, 查处, 惩处, 处分, 处N日/元: no 处 as body
for w in ('局长', '厅', '中心', '站', '队', '科', '小组', '办公室', '办事处', '党', '人大', '政协', '中央', '国务院',
          '本级', '同级', '上级', '上一级', '所在', '当地', '团', '协会', '联合会', '以下简称', '委员会办公室'):
    assert w not in t, w
for w in ('部门', '机构', '机关', '单位', '组织', '国库', '法院'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w

# ====================================================================== DOC_TITLE (body)
# arts. 1, 6, 13 《中华人民共和国治安管理处罚法》: a law in 《》, each occurrence (regs_jh, regs_hh).
d.ctx(DT, '《[中华人民共和国治安管理处罚法]》', 3)
assert t.count('《') == 4 and t.count('》') == 4 and t.count('〈') == 0
# Not DOC_TITLE (no 《》): 本条例 ×…, 正式的决定书, 收据 (art. 15), 执法证件 (art. 17) (guidelines: without
# book-title marks, no DOC_TITLE).

# ====================================================================== PRINCIPLE
# art. 3 查禁赌博，应当坚持社会治安综合治理的方针，实行专门机关与群众路线相结合，惩罚与教育相结合的原则: the
# 实行 clause is unquoted content the text calls 原则 (guidelines PRINCIPLE; regs_ee 实行…相结合…的原则,
# regs_hh 实行…的原则, regs_eg 遵循教育与处罚相结合…的原则). Span without 实行 and 的原则; parts split at ，
# (guidelines: split at 、 ， , ；; regs_hh). 专门机关 inside it is not ORG anyway (generic 机关).
d.ctx(PR, '实行[专门机关与群众路线相结合，惩罚与教育相结合]的原则。')
assert t.count('原则') == 1 and t.count('实行') == 1
# Not PRINCIPLE: 坚持社会治安综合治理的方针 (same sentence): called 方针, not 原则, and not quoted. The
# guidelines admit a 方针 only for a quoted formula (坚持“…”方针: report_ea); unquoted 方针 are left out
# (regs_ed 实行严格管理、限管结合的方针; regs_fd; regs_ge; gold-unseen regulations-b). README call 2.
assert t.count('方针') == 1 and '坚持社会治安综合治理的方针' in t and t.count('坚持') == 1
# 按照 ×2 and 根据 ×2 introduce the law (arts. 1, 6, 13) or are header debris; 依照 ×2 (本条例); 严格依法办事,
# 秉公执法 (arts. 4, 18): duties, neither called 原则 nor quoted.
assert t.count('按照') == 2 and t.count('根据') == 2 and t.count('依照') == 2
for w in ('“', '"', '要求', '思路', '遵循', '本着', '原则上'):
    assert w not in t, w

# ====================================================================== STAFFING
# art. 17 人民警察在查禁赌博活动时不得少于二人: the minimum number of police officers set by the rule for
# each action, 不得少于 as the attached comparator (regs-p 执法人员`不得少于二人`, the same Chongqing wording;
# regs-b notes 执法人员不得少于两人 → `不得少于两人`; regs_f). Not a threshold (v1.1): it is the duty itself.
# README call 4.
d.ctx(SF, '人民警察在查禁赌博活动时[不得少于二人]，并应严格遵守',
      norm={"min": 2, "max": None, "unit": "人", "approx": False})

# ====================================================================== DEADLINE
# None. Every time expression, read:
#   art. 8 (二), art. 9 (二) 六个月内参与赌博三次以上 and art. 8 (三) 因赌博受治安处罚后六个月内又参与赌博的:
#     the window of a threshold condition that defines an offence, not a limit set for a measure
#     (regs_eg 一个月内累计达五人次以上的 / 一年内累计达两次以上的; regs-az 三年内无…事故记录; regs_jh: a
#     limit in condition form). README call 3;
#   arts. 7, 8, 10 处五日以下拘留, 处十日以上十五日以下拘留 ×3: lengths of administrative detention, penalties
#     (durations, like batch-c's penalty periods 两年内不予拨付 and regs_ed 在五年内不予办理);
#   art. 10 责令其限期整顿: vague (v1.2: 限期); 停业整顿: no time;
#   在公安机关查处赌博活动时 (art. 10), 在查禁赌博活动时 (art. 17): events, not limits;
#   因赌博受治安处罚后 (art. 8): an event with no number (project decision);
#   前款 (art. 19): a reference; the header dates and the effective date (above).
assert t.count('月内') == 3 and t.count('六个月内参与赌博三次以上') == 2 and t.count('处罚后六个月内') == 1
assert t.count('内') == 4 and t.count('场所内') == 1
assert t.count('拘留') == 4 and t.count('处五日以下拘留') == 1 and t.count('十日以上十五日以下拘留') == 3
assert t.count('年') == 4 and t.count('月') == 7 and t.count('日') == 11      # 4 dates; 六个月 ×3; 五日, 十日 ×3, 十五日 ×3
assert t.count('期') == 1 and t.count('限期') == 1 and t.count('时') == 2 and t.count('活动时') == 2
assert t.count('前') == 1 and t.count('前款') == 1
for w in ('底', '期间', '之前', '以前', '提前', '年内', '日内', '小时', '工作日', '季度', '旬', '每', '届满', '期限',
          '时限', '长期'):
    assert w not in t, w

# ====================================================================== ITEM_COUNT
# None. Every number before a measure word, read: the dates; 五日 / 十日 / 十五日 (detention, above); 六个
# (月, the window above); 三次以上 ×2 (a threshold count of acts: v1.1 *Thresholds*; regs_eg 两次以上);
# 一次 ×2 (art. 8 (一), 9 (一) 一次输赢金额: a single round, no count set by a measure); the money amounts of
# the fines (arts. 7–10) and of the bands of art. 19 (五百元, 一百元, 二十元, 五千元, 二千元, 二百元, 一万元);
# 二人 (STAFFING, above). The lists (下列行为之一, 下列行为或情节之一, （一）…（四）, 1、…3、) are not counted in
# the text. Ordinals: 第一届, 第五次, 第二十六次, 第二十八次, 第一条 … 第二十一条. No 名, 项, 类, 编制, 职数.
NUM = '0-9一二三四五六七八九十百千万两零'
found = re.findall(rf'(?<![第{NUM}（])[{NUM}]+[名人项个类件条所家份张套次级支倍元年月日届时]', t)
assert found == ['1997年', '11月', '28日', '2006年', '9月', '29日', '2011年', '11月', '25日', '五日', '五百元',
                 '十日', '十五日', '五百元', '三千元', '十日', '十五日', '五百元', '三千元', '一次', '六个', '三次',
                 '六个', '五百元', '一次', '六个', '三次', '三千元', '三万元', '一千元', '十日', '十五日', '二百元',
                 '二千元', '二人', '五百元', '一百元', '五百元', '二十元', '一百元', '五千元', '二千元', '五千元',
                 '二百元', '二千元', '一万元', '五千元', '一万元', '二千元', '五千元', '2006年', '12月', '1日'], found
assert t.count('次') == 7 and t.count('三次以上') == 2 and t.count('一次') == 2     # + 3 header sessions
assert t.count('个') == 4 and t.count('个人') == 1 and t.count('六个月') == 3
for w in ('名', '项', '类', '编制', '职数'):
    assert w not in t, w

# ====================================================================== DOC_NO
# None: no 号, no bracketed year, no 令第.
for w in ('号', '〔', '【', '[', '令第'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
counts = Counter(e['label'] for e in d.ents)
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 4, 'ITEM_COUNT': 0, 'ORG': 4, 'PRINCIPLE': 1,
    'STAFFING': 1}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '重庆市第一届人民代表大会常务委员会': 1, '重庆市第二届人民代表大会常务委员会': 1,
    '重庆市第三届人民代表大会常务委员会': 1, '市财政局': 1})
assert [e['normalized'] for e in d.ents if e['label'] == PR] == [['专门机关与群众路线相结合', '惩罚与教育相结合']]
assert Counter(e['text'] for e in d.ents if e['label'] == DT) == Counter({
    '关于修改部分地方性法规中有关行政强制条款的决定': 1, '中华人民共和国治安管理处罚法': 3})
write_gold(OUT, [d])
