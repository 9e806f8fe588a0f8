"""Build regs_hh.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 重庆市蚕种管理条例 (Chongqing regulation on silkworm eggs; adopted 1997-10-17 by the standing
committee of the 1st Chongqing municipal people's congress, 4th session; amended 2000-03-23 (1st
congress, 23rd session, 《关于修改〈重庆市蚕种管理条例〉的决定》) and 2010-07-23 (3rd congress, 18th
session, the omnibus 《关于修改部分地方性法规的决定》); in force 1998-01-01, art. 45). 45 articles in
7 chapters, a title line and three header lines.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedents: gold-fresh4 regs-p (重庆市电信条例: "重庆市通信管理局是本市电信主管部门（以下简称
市电信主管部门）", the same construction as art. 4 here; licences in 《》), gold-fresh14 regs_gf and
gold-fresh12 regs_ee (Chongqing headers, 市、区县（自治县）人民政府, 实行…的原则), gold-fresh12 regs_eh
(市排水管理机构: a body defined under the generic head 机构).
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh15/regs_hh.jsonl'
SRC = 'corpus/regulations/chongqing/重庆市蚕种管理条例(2010-07-30).txt'

d = Doc("fresh15-regs-chongqing-canzhong", SRC,
        # date: the file name's date, 2010-07-30, which does not appear in the text (presumably the
        # promulgation of the omnibus amendment). The header's last line is 2010-07-23 (the second
        # amendment). The latest precedents where the two differ take the file name (gold-fresh12
        # regs_ef, regs_eg, regs_eh; gold-fresh9 regs-ba; regs-b notes: "date is the file's date
        # (promulgation or last revision)"); regs-a's "latest date in the header" would give
        # 2010-07-23. No label depends on the year (there is no DEADLINE). README call 6.
        # region: a municipal regulation of Chongqing (regs-p, regs_ee, regs_gf, regs-at: "重庆市").
        {"region": "重庆市", "date": "2010-07-30"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 4232
t = d.text
ORG, DT = 'ORG', 'DOC_TITLE'

# ====================================================================== header
# Title line 重庆市蚕种管理条例: no 《》 and no body head word (v1.1 *Title lines*): nothing.
# The standing committee before its session is ORG, term number inside, session outside (regs-a notes
# *Adoption/revision lines*; regs-b; regs-p, regs_ee, regs_gf: the same Chongqing header).
d.ctx(ORG, '1997年10月17日 [重庆市第一届人民代表大会常务委员会]第四次会议通过')
d.ctx(ORG, '2000年3月23日 [重庆市第一届人民代表大会常务委员会]第二十三次会议《')
d.ctx(ORG, '2010年7月23日 [重庆市第三届人民代表大会常务委员会]第十八次会议《')
# The two amending decisions: one DOC_TITLE each, the nested 〈…〉 inside (guidelines DOC_TITLE: titles
# nested inside a title stay inside the outer one; regs_gf, regs-p the same layout).
d.ctx(DT, '第二十三次会议《[关于修改〈重庆市蚕种管理条例〉的决定]》第一次修正')
d.ctx(DT, '第十八次会议《[关于修改部分地方性法规的决定]》第二次修正')
# The header dates (1997-10-17, 2000-03-23, 2010-07-23) are past events; art. 45 本条例自1998年1月1日
# 起施行 is an effective date: not DEADLINE (guidelines DEADLINE "No"; v1.1 *Effective dates*).
# The stray 根据 at the end of line 5 and the unmatched ） at the end of line 7 are layout debris of
# the Chongqing header (regs_cg, regs_gf: "第一次修正  根据⏎⏎2…"): no label.

# ====================================================================== DOC_TITLE (body)
# Laws (arts. 1, 33) and the municipal standard and technical code (arts. 24, 33): documents in 《》.
d.ctx(DT, '根据《[中华人民共和国农业法]》等法律')                                # art. 1
d.ctx(DT, '按《[中华人民共和国进出境动植物检疫法]》的规定执行')                  # art. 33
d.ctx(DT, '《[重庆市蚕种质量标准]》', 2)                                         # arts. 24, 33
d.ctx(DT, '《[重庆市蚕种生产技术操作规程]》')                                     # art. 24
# Licences and certificates in 《》 (arts. 17, 21, 23, 25, 28, 29): DOC_TITLE, as in regs-p
# (《增值电信业务经营许可证》 ×3, the same Chongqing genre, on gold-check check-b's forms precedent),
# regs_ge (《国家秘密载体出境许可证》) and regs_dg (《上海市荣誉市民证书》). The notes list licences in 《》
# as an open split (seventh session: "regs-p yes … the guidelines' list does not name them").
# README call 2: it moves 14 labels.
d.ctx(DT, '《[蚕种生产许可证]》', 3)        # arts. 17, 21, 23
d.ctx(DT, '《[蚕种冷藏许可证]》', 2)        # arts. 17, 21
d.ctx(DT, '《[蚕种调运许可证]》', 3)        # arts. 23, 29 ×2
d.ctx(DT, '《[蚕种质量合格证]》', 3)        # arts. 23, 28, 33
d.ctx(DT, '《[蚕种供应许可证]》', 3)        # arts. 23, 25 ×2
assert t.count('《') == 21 and t.count('》') == 21 and t.count('〈') == 1
# Not DOC_TITLE (no 《》): 本条例; the bare 生产许可证, 冷藏许可证, 供应许可证, 调运许可证, 质量合格证
# (arts. 37, 38, 40, 43) and 蚕种生产许可证、蚕种冷藏许可证 (art. 38); 蚕种质量检验员证, 蚕种质量检验员
# 上岗证 (art. 34); 蚕种计划 (art. 5), 蚕种产销计划 (art. 27), 供应合同 (art. 27).
assert t.count('许可证') == 28 and t.count('合格证') == 5

# ====================================================================== ORG: governments and committees
# 市、区县（自治县）人民政府 (arts. 3, 6): shared ending; the bare 市 is not a name and the parenthesis gives
# an alternative level, so `区县（自治县）人民政府` is one ORG (v1.1 *Shared endings*; regs-p art. 3, regs_ee
# ×4, the same Chongqing formula).
d.ctx(ORG, '第三条 市、[区县（自治县）人民政府]应加强对蚕种管理工作的领导')
d.ctx(ORG, '的单位或个人，市、[区县（自治县）人民政府]或蚕种行政主管部门应当给予表彰奖励')
d.check_all('人民政府', 2, 2)
assert t.count('政府') == 2
# art. 4 市对外贸易经济委员会是全市蚕种的行政主管部门: the named commission (head 委员会, region prefix
# 市 inside the span), the regulation's lead authority.
d.ctx(ORG, '第四条 [市对外贸易经济委员会]是全市蚕种的行政主管部门')
# arts. 12, 13 市家蚕品种审定委员会: a specific committee with powers (审定, 公布, 提出建议); head 委员会.
d.ctx(ORG, '[市家蚕品种审定委员会]负责对全市新蚕品种和引进蚕品种的审定')
d.ctx(ORG, '[市家蚕品种审定委员会]应当提出停止生产、供应和推广的建议')
d.check_all('委员会', 6, 6)
d.check_all('常务委员会', 3, 3)
d.check_all('人民代表大会', 3, 3)
assert t.count('委') == 6

# ---- 部门: not ORG (every one of the 17 read) ----
# 市蚕种行政主管部门 ×12 and the alias itself. Art. 4: 市对外贸易经济委员会是全市蚕种的行政主管部门（以下
# 简称市蚕种行政主管部门）. The phrase that 以下简称 abbreviates is 全市蚕种的行政主管部门, a generic 部门
# phrase tied to the commission by 是, exactly the construction of regs-p art. 4 (重庆市通信管理局是本市
# 电信主管部门（以下简称市电信主管部门）: the abbreviation ×26 not ORG, "The name that 以下简称 abbreviates
# is 本市电信主管部门, a 部门 phrase, not the bureau's own name"); regs-y 供热主管部门 and regs-f 价格主管部门
# likewise; project decision *以下简称 for a body under a generic head*; v1.1 *机关 is a generic head*
# ("a body defined in the text under a generic head … is not ORG either"). regs_ge's 保密工作部门 (ORG)
# differs: its parenthesis abbreviates the bureau names themselves (（市、区国家保密局以下简称保密工作部门）).
# README call 1 (it moves 13 labels).
# 区县（自治县）蚕种行政主管部门 (art. 4), bare 蚕种行政主管部门 (art. 6), 市物价部门 (art. 30), 市财政、物价
# 部门 (art. 31): generic head 部门 (guidelines ORG "No"; regs_ee 水行政主管部门, regs_gf).
assert t.count('部门') == 17 and t.count('蚕种行政主管部门') == 14 and t.count('市蚕种行政主管部门') == 12
assert t.count('区县（自治县）蚕种行政主管部门') == 1 and t.count('或蚕种行政主管部门') == 1
assert t.count('物价部门') == 2 and t.count('全市蚕种的行政主管部门') == 1 and t.count('以下简称') == 2

# ---- 机构: not ORG (every one of the 20 read) ----
# 市蚕种管理机构 ×13 (the regulation's main actor: plans, approvals, allocation, cold stores), 市蚕种检验
# 机构 ×2 (arts. 32, 33), the alias 市蚕种质量检验机构 ×4 with its full phrase 市蚕种行政主管部门所属的蚕种
# 质量检验机构 (art. 8): bodies defined under the generic head 机构 (v1.1 *机关 is a generic head*:
# "省综合行政执法指导机构 … is not ORG either"; regs_eh 市排水管理机构 ×6, regs-au 风景名胜区管理机构,
# regs-az 公共汽车客运管理机构 ×26 incl. its 以下简称 alias). README call 3.
assert t.count('机构') == 20 and t.count('市蚕种管理机构') == 13 and t.count('蚕种管理机构') == 13
assert t.count('市蚕种检验机构') == 2 and t.count('市蚕种质量检验机构') == 4 and t.count('所属的蚕种质量检验机构') == 1
assert all(w not in e['text'] for e in d.ents if e['label'] == ORG
           for w in ('部门', '机构', '机关', '单位', '组织', '冷库', '场'))

# Not ORG, the rest (every one read in context):
#   机关 ×1: 作出行政处罚决定的机关 (art. 44; v1.1 generic head);
#   人民法院 ×1 (art. 44 申请人民法院强制执行): bare, no level or place (v1.2; regs_gf);
#   单位 ×28: 单位和个人, 科研、教学、生产单位, 育种单位, 原种生产单位, 普通蚕种生产单位, 蚕种供应单位,
#     蚕种生产、冷藏、供应单位, 本单位 … (generic head and economic parties);
#   蚕种场 ×5, 蚕种冷库 ×8, 砖瓦厂、农药厂、化工厂和油库 (arts. 15–24, 38): facilities and enterprises
#     (v1.1 *Not bodies*: facilities; economic entities);
#   组织 ×3: verbs (应组织有条件的…, 组织生产或冷藏, 负责组织全市…);
#   国家 ×5 (国家保护, 国家有关规定 …), 国外, 本市, 全市, 市内 (the state and places);
#   蚕种选育者、生产者、供应者和使用者, 监管员, 技术人员, 熟练工人, 蚕种质量检验员, 蚕业管理人员,
#     当事人 (people).
assert t.count('机关') == 1 and t.count('人民法院') == 1 and t.count('院') == 1 and t.count('单位') == 28
assert t.count('蚕种场') == 5 and t.count('蚕种冷库') == 8 and t.count('冷库') == 8
assert t.count('组织') == 3 and t.count('组') == 4 and t.count('杂交组合') == 1
assert t.count('国家') == 5 and t.count('局') == 1 and t.count('布局') == 1          # 合理布局: no bureau
assert t.count('办') == 4      # 办理 ×2, 申办, 办法: no office
assert t.count('所') == 5      # 所称, 所属, 所得 ×3 (违法所得): no station
assert t.count('科') == 4      # 科学技术, 科研 ×3: no section
# 会 ×14 = 委员会 ×6 + 会议 ×3 (header sessions, not bodies) + 大会 inside 人民代表大会 ×3 + 会同 ×2 (a verb).
assert t.count('会') == 14 and t.count('会议') == 3 and t.count('会同') == 2
for w in ('站', '中心', '厅', '队', '小组', '办公室', '党', '人大', '政协', '中央', '国务院', '县委', '市委',
          '分局', '股', '本级', '同级', '上一级', '上级'):
    assert w not in t, w

# ====================================================================== PRINCIPLE
# art. 5 蚕种管理实行统一管理，计划调控，合同订购，划区供应，调剂平衡的原则: unquoted content the text calls
# 原则, introduced by 实行 (regs_ee, regs_gf 实行…的原则; regs-at; regs-a notes: 符合/采取/根据 count like
# 按照). Span without 实行 and 的原则; parts split at ， (guidelines: split at 、 ， , ；).
d.ctx('PRINCIPLE', '蚕种管理实行[统一管理，计划调控，合同订购，划区供应，调剂平衡]的原则。')
assert t.count('原则') == 1
# Not PRINCIPLE: art. 9 培育优质、高产、高效的蚕品种 (a breeding aim, neither 原则 nor quoted); 实行统一审定
# 制度 (art. 12), 实行许可证制度 (art. 17), 实行统一规划，合理布局 (art. 15), 实行统一管理 (art. 22), 实行合同
# 订种 (art. 27): measures, not principles (guidelines PRINCIPLE "No"). 按照 ×3 introduce 法律、法规 or
# 规定 or a standard, never a formula. No quotation marks.
assert t.count('实行') == 7 and t.count('按照') == 3 and t.count('根据') == 7
for w in ('“', '"', '要求', '方针', '思路', '遵循', '本着', '坚持', '原则上'):
    assert w not in t, w

# ====================================================================== DEADLINE
# None. Every time expression, read:
#   the header dates and art. 45 本条例自1998年1月1日起施行 (past events; v1.1 *Effective dates*);
#   art. 34 (二) 从事蚕种专职检验、检疫工作三年以上: a qualification (minimum duration of service; guidelines
#     DEADLINE "No": durations of service; v1.2: minimum durations);
#   art. 41 责令限期缴纳；逾期不缴纳的，每日加收…滞纳金: 限期 is vague (v1.2), 每日 a rate;
#   art. 44 超过法定期限: vague (v1.2: 在规定期限内);
#   art. 10 定期更换: a bare frequency; art. 5 产前、产中、产后: stages of production;
#   arts. 8, 15, 29 …后方能/方可: conditions tied to an event with no number (project decision);
#   art. 16 距离蚕种场五公里内: a distance, not a time.
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == [
    '1997年10月17日', '2000年3月23日', '2010年7月23日', '1998年1月1日']
assert t.count('日起施行') == 1 and t.count('三年以上') == 1 and t.count('五公里内') == 1
assert t.count('年') == 6 and t.count('月') == 4 and t.count('日') == 5   # 4 dates; 生产年季, 三年; 每日
assert t.count('期') == 4 and t.count('限期') == 1 and t.count('期限') == 1 and t.count('逾期') == 1 and t.count('定期') == 2  # 定期更换, 法定期限
assert t.count('内') == 5 and t.count('区域内') == 2 and t.count('市内') == 2
assert t.count('前') == 1 and t.count('产前') == 1 and t.count('每') == 1 and t.count('每日') == 1
for w in ('底', '期间', '之前', '以前', '提前', '年内', '日内', '月内', '季度', '小时', '旬', '届满', '时限'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO
# None. Every number before a measure word, read: the dates; 五公里 (distance); 三年 (a qualification);
# 一万元, 五万元 ×2, 二万元 (fines); 二至五倍 (a multiple of the illegal gain); 千分之三 (a rate). The rest
# are ordinals (第一届, 第四次, 第二十三次, 第一次修正, chapter and article numbers, 第十八条 …, 列 items
# （一）…). The condition lists of arts. 18, 19, 26, 34 (以下条件 / 下列条件) and the offence lists of
# arts. 37, 43 (有下列行为之一) give no count in the text. 派监管员监管 (art. 22) and 技术人员, 专业人员,
# 质量管理人员 (arts. 18, 19, 26) carry no number.
NUM = '0-9一二三四五六七八九十百千万两零'
found = re.findall(rf'(?<![第{NUM}（])[{NUM}]+[名人项个类件条所家次米元日小月年时种部级倍公]', t)
assert found == ['1997年', '10月', '17日', '2000年', '3月', '23日', '2010年', '7月', '23日', '五公', '三年',
                 '一万元', '五万元', '五倍', '二万元', '五万元', '1998年', '1月', '1日'], found
assert t.count('名') == 0 and t.count('项') == 1 and t.count('立项') == 1 and t.count('个') == 6 == t.count('个人')
assert t.count('编制') == 1 and t.count('编制蚕种计划') == 1 and t.count('职数') == 0   # art. 5: a verb (draw up)
for w in ('号', '〔', '【', '[', '令第'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
assert [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE'] == [
    ['统一管理', '计划调控', '合同订购', '划区供应', '调剂平衡']]
counts = Counter(e['label'] for e in d.ents)
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 21, 'ITEM_COUNT': 0, 'ORG': 8, 'PRINCIPLE': 1,
    'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '重庆市第一届人民代表大会常务委员会': 2, '重庆市第三届人民代表大会常务委员会': 1,
    '区县（自治县）人民政府': 2, '市对外贸易经济委员会': 1, '市家蚕品种审定委员会': 2})
write_gold(OUT, [d])
