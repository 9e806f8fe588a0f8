"""Build regs_lg.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 浙江省农村生活污水处理设施管理条例 (Zhejiang provincial regulation on rural domestic sewage
treatment facilities; adopted 2019-09-27 by the standing committee of the 13th Zhejiang provincial
people's congress, 14th session; in force 2020-01-01, art. 36; file name date 2019-09-27, the same
day as the header). 36 articles, no chapters, one header line. Art. 35 is written 第三十五 条农村… in
the source (a stray space): no label turns on it.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedents: gold-fresh13 regs_ff (浙江省实施《农业技术推广法》办法: a Zhejiang provincial
regulation, region 浙江省, bare 乡镇人民政府 ORG, 县级以上/各级人民政府 pinned as vague, every actor under
部门/机构 not ORG, 以下统称 alias of a generic head not ORG); gold-fresh18 regs_kg (宁波: the competent
department not ORG, 提前/小时前 limits BEFORE) and gold-fresh16 regs_ih (嘉兴: bare 镇人民政府 / 街道办事处,
县（市、区）人民政府 one ORG after a shared prefix); gold-fresh16 regs_ig (乡（镇）人民政府、城市街道办事处,
村（居）民委员会 bare class names ORG); gold-fresh10 dec_cd (an alias introduced by 以下统称 for ORG
classes is ORG); gold-fresh9 regs-az (市和县（市）人民政府确定的…机构 → `县（市）人民政府`); gold-fresh12
regs_ee (实行…的原则, 按照谁投资、谁所有的原则, 二十四小时内, 提前二十四小时; bare 政府主导 not ORG) and
regs_eh (实行…的原则; 经三个月通水调试运行 not DEADLINE); gold-fresh14 regs_gg (实行民主集中制原则, 原则
without 的); gold-fresh regs-a (在活动举办日的十个工作日前 → BEFORE).
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh19/regs_lg.jsonl'
SRC = 'corpus/regulations/zhejiang/浙江省农村生活污水处理设施管理条例(2019-09-27).txt'

d = Doc("fresh19-regs-zhejiang-rural-sewage", SRC,
        # date: 2019-09-27, the header's only date (adoption; regs-a notes: meta.date is the latest
        # adoption or revision date in the header), which is also the file name's date (regs_ff, regs_kg,
        # regs_ih took the file's date). No label depends on it: the three DEADLINEs are relative limits
        # with date null.
        # region: a provincial regulation of Zhejiang, 浙江省 (regs_ff, regs_gh, regs-an).
        {"region": "浙江省", "date": "2019-09-27"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 5519 and d.text.count('\n') == 174, (
    len(d.text), d.text.count('\n'))
t = d.text
ORG, PR, DL = 'ORG', 'PRINCIPLE', 'DEADLINE'
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
BEFORE = {"date": None, "precision": "day", "relation": "by", "recurring": False}

# ====================================================================== header
# Title line 浙江省农村生活污水处理设施管理条例: no 《》 and no body head word (v1.1 *Title lines*): nothing.
assert t.startswith('浙江省农村生活污水处理设施管理条例\n\n2019年9月27日 ')
# The standing committee before its session is ORG, region and term number inside, session outside
# (regs-a / regs-b *Adoption lines*; regs_ff, regs_kg, regs_ih: the same Zhejiang header).
d.ctx(ORG, '2019年9月27日 [浙江省第十三届人民代表大会常务委员会]第十四次会议通过')
d.check_all('人民代表大会', 1, 1)
d.check_all('常务委员会', 1, 1)
# The header date is a past event, and art. 36 本条例自2020年1月1日起施行 is an effective date: not
# DEADLINE (guidelines DEADLINE "No"; v1.1 *Effective dates*).
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == ['2019年9月27日', '2020年1月1日']
assert t.count('年') == 7 and t.count('月') == 4 and t.count('日起施行') == 1
# 年 ×7: the two dates, 年度计划 ×4 (arts. 10 ×2, 18 — the annual plan, no due point), 每年 (art. 19).
assert t.count('年度计划') == 4 and t.count('每年') == 1

# ====================================================================== ORG: township governments
# art. 4 para. 2 乡（镇）人民政府、街道办事处（以下统称乡镇人民政府）按照…负责…: two bare class names,
# bodies holding duties, no 各/所在/当地 before them (regs-b notes: bare 乡（镇）人民政府, 街道办事处 are
# ORG; regs_ig 乡（镇）人民政府、城市街道办事处; regs_ih 镇人民政府、街道办事处); the coordination is split.
d.ctx(ORG, '\n\n[乡（镇）人民政府]、街道办事处（以下统称乡镇人民政府）')
d.ctx(ORG, '\n\n乡（镇）人民政府、[街道办事处]（以下统称乡镇人民政府）')
d.check_all('办事处', 1, 1)
d.check_all('乡（镇）', 1, 1)
# 乡镇人民政府 ×15: the alias introduced by 以下统称 (art. 4) and its 14 uses. The alias stands for two
# ORG classes, so it is ORG at every occurrence, the one inside the parenthesis included (v1.2 *Definite
# short forms*: "as is the abbreviation introduced by 以下简称"; project decision: the alias is ORG when
# the bodies it stands for are; dec_cd （以下统称[政务服务中心]）; regs_fh, regs_ge: the alias inside
# the parenthesis is labelled). It is also the bare class name ORG by itself (regs_ff 乡镇人民政府 ×4,
# regs_cb, regs-at). None has 各/所在/当地/有关 before it. README call 1.
#   art. 4 (the alias), art. 6 (及时向乡镇人民政府或者…报告), art. 7 (县级以上人民政府有关部门和乡镇人民政府:
#   有关 quantifies 部门 only, regs_hg 及其有关部门和[乡镇人民政府], regs_kg), art. 13, art. 15 ×2, art. 16,
#   art. 20 ×2, art. 21 ×2, art. 23, art. 24, art. 26, art. 27.
d.every(ORG, '乡镇人民政府', 15)
assert t.count('（以下统称乡镇人民政府）') == 1
assert t.count('县级以上人民政府有关部门和乡镇人民政府') == 1

# ====================================================================== ORG: county governments
# 县（市、区）人民政府 ×8: the county-level government; the parenthesis gives alternative levels, one ORG
# (v1.1 *Shared endings*: 县（市、区）人民政府 is one ORG; regs_ih, regs_ig, regs-b).
d.ctx(ORG, '按照本条例和[县（市、区）人民政府]规定的职责')                          # art. 4
# art. 5 para. 2 设区的市、县（市、区）人民政府确定的污水处理设施主管部门: a shared ending, the bare 设区的市
# is not a name (v1.1: 市、区人民政府 → `区人民政府`); the government is a body named inside a longer non-ORG
# phrase (v1.1: 区人民政府工作部门 → 区人民政府; regs-az 市和[县（市）人民政府]确定的…机构; regs-f
# 市、区（市）人民政府确定的其他事项; regs-y 县级人民政府确定的供热管理部门). README call 3.
d.ctx(ORG, '设区的市、[县（市、区）人民政府]确定的污水处理设施主管部门')           # art. 5
d.ctx(ORG, '第十条 [县（市、区）人民政府]应当根据当地实际制定')                     # art. 10
d.ctx(ORG, '\n\n[县（市、区）人民政府]可以决定由乡镇人民政府')                      # art. 15
d.ctx(ORG, '出水水质不达标的污水处理设施，[县（市、区）人民政府]应当在')            # art. 18
d.ctx(ORG, '等工作。[县（市、区）人民政府]应当统筹采用异地处置')                    # art. 24
d.ctx(ORG, '具体办法，由[县（市、区）人民政府]根据国家和省有关规定')                # art. 25
d.ctx(ORG, '集中处理，[县（市、区）人民政府]决定由城镇污水处理设施')                # art. 35
assert t.count('县（市、区）人民政府') == 8 and t.count('设区的市') == 1
# Every 人民政府 (31) is accounted for: 24 inside ORG labels (乡镇 ×15, 乡（镇） ×1, 县（市、区） ×8), 7 left
# out: 县级以上 ×5 (v1.1 *Level words*: vague, also before 部门) and 各级 ×2 (v1.1).
d.check_all('人民政府', 31, 24, [
    '第四条 县级以上[人民政府]应当加强',                    # art. 4
    '具体制定工作。县级以上[人民政府]生态环境主管部门',      # art. 5 para. 3
    '\n\n县级以上[人民政府]农业农村、发展改革',              # art. 5 para. 4
    '第七条 县级以上[人民政府]有关部门和乡镇人民政府',       # art. 7
    '\n\n县级以上[人民政府]科技主管部门',                    # art. 8
    '第八条 各级[人民政府]应当鼓励',                         # art. 8
    '第九条 各级[人民政府]应当将污水处理设施管理工作',       # art. 9
])
# Bare 政府 ×2 (v1.1 *Bare 党委, 政府*: 政府购买服务): art. 3 政府主导 (inside the PRINCIPLE below) and
# art. 15 通过政府购买服务的方式.
d.check_all('政府', 33, 24, [
    '第四条 县级以上人民[政府]应当加强',
    '具体制定工作。县级以上人民[政府]生态环境主管部门',
    '\n\n县级以上人民[政府]农业农村、发展改革',
    '第七条 县级以上人民[政府]有关部门和乡镇人民政府',
    '\n\n县级以上人民[政府]科技主管部门',
    '第八条 各级人民[政府]应当鼓励',
    '第九条 各级人民[政府]应当将污水处理设施管理工作',
    '源头治理、[政府]主导、全民参与',
    '通过[政府]购买服务的方式',
])

# ====================================================================== ORG: village and residents' committees
# 村（居）民委员会 ×4: the bare class name of the village / residents' committee, a body holding duties or
# addressed (guidelines ORG "Yes" 村委会; regs_ig, regs_dd, regs-a 居（村）民委员会; one ORG, the
# parenthesis an alternative, v1.1 *Alternative readings inside one name*).
d.ctx(ORG, '第六条 [村（居）民委员会]应当配合做好')                                   # art. 6
d.ctx(ORG, '按照乡镇人民政府和[村（居）民委员会]的要求')                             # art. 24
d.ctx(ORG, '提前二十四小时通知乡镇人民政府和[村（居）民委员会]。')                   # art. 27
d.ctx(ORG, '。[村（居）民委员会]应当及时通知运维单位')                               # art. 27
d.check_all('委员会', 5, 5)
# 会 ×10: 人民代表大会 and 委员会 ×5 (inside the labels); the session and 社会 ×3.
d.check_all('会', 10, 6, ['常务委员会第十四次[会]议通过', '国民经济和社[会]发展规划',
                          '企事业单位、社[会]团体和公众', '接受社[会]监督'])
# 委 ×7: 委员会 ×5 and the verb 委托 ×2 (art. 15 乡镇人民政府委托村集体经济组织, art. 23 委托处置).
d.check_all('委', 7, 5, ['乡镇人民政府[委]托村集体经济组织', '通过自建设施或者[委]托处置'])
# 办 ×2: 办事处 (labelled) and 具体办法 (art. 25).
d.check_all('办', 2, 1, ['收费和使用管理的具体[办]法'])

# ====================================================================== not ORG (read in context)
# 部门 ×24, all under the generic head 部门 (guidelines ORG "No"; v1.1: a body defined in the text under a
# generic head is not ORG; regs_kg, regs_ih, regs_ff). README call 2:
#   省住房城乡建设主管部门 ×4 (arts. 5, 8, 15, 16: the provincial housing and construction department);
#   污水处理设施主管部门 ×15: 设区的市、县（市、区）人民政府确定的污水处理设施主管部门 (art. 5, defined by the
#     government) and 县（市、区）污水处理设施主管部门 ×14 (arts. 6, 10, 15, 16, 20 ×2, 21 ×2, 30–34 ×6);
#   省生态环境主管部门 (art. 5), 县级以上人民政府生态环境主管部门 (art. 5), 县级以上人民政府科技主管部门 (art. 8);
#   the field list 农业农村、发展改革、自然资源、财政、科技、水利等有关部门 (art. 5) and 有关部门 (art. 7).
assert t.count('部门') == 24 and t.count('主管部门') == 22 and t.count('污水处理设施主管部门') == 15
assert t.count('县（市、区）污水处理设施主管部门') == 14 and t.count('省住房城乡建设主管部门') == 4
assert t.count('生态环境主管部门') == 2 and t.count('科技主管部门') == 1 and t.count('有关部门') == 2
# 机关 ×1: 审计机关 (art. 28; v1.1 *机关 is a generic head*). 机构 ×1: 农村生活污水处理研发机构建设 (art. 8,
# research bodies to be built: generic head 机构).
assert t.count('机关') == 1 and t.count('审计机关') == 1 and t.count('机构') == 1 and t.count('研发机构') == 1
# 单位 ×30, all under the generic head 单位: 单位和个人 ×9, 任何单位或者个人, 相关单位、个人, 企事业单位,
# 建设单位 (art. 14), 具有相应能力的单位 and its alias 运维单位 ×15 (以下称: the alias of a generic head is
# not ORG, project decision), 城镇污水处理设施运行维护单位 (art. 35).
assert t.count('单位') == 30 and t.count('单位和个人') == 9 and t.count('运维单位') == 15 and t.count('（以下称运维单位）') == 1
assert t.count('企事业单位') == 1 and t.count('建设单位') == 1 and t.count('运行维护单位') == 1
# 组织 ×8: 村集体经济组织 ×2 (art. 15: head 组织, an economic entity; regs_cb, regs_ee, regs_ff) and the
# verb 组织 ×6. 组 ×9: those and 组成 (art. 2). 社会团体 (art. 9): a generic collective (regs_dd, regs_gf,
# regs_if). 供电企业 ×2 (art. 27): companies (v1.1 *Not bodies*). 排水户 (art. 23, 以下统称) and 村民: people
# and parties. 公众: people.
assert t.count('组织') == 8 and t.count('村集体经济组织') == 2 and t.count('组') == 9 and t.count('组成') == 1
assert t.count('团体') == 1 and t.count('社会团体') == 1 and t.count('企业') == 2 and t.count('供电企业') == 2
# Places, facilities, platforms, tariffs and budgets, not bodies: 本省, 全省, 省 ×20 (the province: 省住房…
# 主管部门, 国家和省…标准/规定 ×8, 省农村生活污水处理设施运行维护管理信息平台 (art. 19, a platform), 浙江省电网
# 销售电价 (art. 27, a tariff of the grid company)); 国家 ×8 (国家和省 …: the state's rules, no body); 本级财政
# 预算 (art. 9, 本级 before no body; regs_kg 本级城乡规划); 当地实际 ×2 (no body after 当地); 村内 (a place).
assert t.count('省') == 20 and t.count('国家') == 8 and t.count('国家和省') == 8 and t.count('平台') == 1
assert t.count('本级') == 1 and t.count('本级财政预算') == 1 and t.count('当地') == 2 and t.count('当地实际') == 2
assert t.count('浙江省电网') == 1
# Other body-like head words occur only inside other words: 局 (布局), 所 ×4 (所称 ×2, 所需 ×2).
assert t.count('局') == 1 and t.count('布局') == 1
assert t.count('所') == 4 and t.count('所称') == 2 and t.count('所需') == 2
for w in ('厅', '中心', '站', '队', '院', '小组', '办公室', '党', '人大', '政协', '国务院', '中央', '同级',
          '上一级', '所在', '协会', '联合会', '管委会', '派出'):
    assert w not in t, w
for w in ('部门', '机关', '机构', '单位', '组织', '企业', '平台', '电网'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w

# ====================================================================== PRINCIPLE
# art. 3 农村生活污水治理实行统筹规划、源头治理、政府主导、全民参与原则: unquoted content the text calls 原则,
# introduced by 实行 (guidelines PRINCIPLE; v1.1 按照属地管理原则 → 属地管理; regs_ee, regs_eh, regs_gf, regs_hh
# 实行…的原则; regs_gg 实行[民主集中制]原则: 原则 without 的). Span without 实行 and 原则; parts split at 、.
d.ctx(PR, '农村生活污水治理实行[统筹规划、源头治理、政府主导、全民参与]原则，实现')
# art. 25 按照谁排放谁付费的原则: an unquoted phrase called 原则 (regs_ee 按照[谁投资、谁所有]的原则);
# one part (no 、 inside).
d.ctx(PR, '第二十五条 按照[谁排放谁付费]的原则，逐步建立')
assert t.count('原则') == 2
# Not PRINCIPLE (README call 5):
#   art. 3 实现建设规范、设施完好、管理有序、水质达标的目标: a 目标, neither 原则/要求/方针/思路 nor quoted
#     (shandong-part1 notes: “…”的改革目标 not labelled); 目标 ×3 (also 目标责任制考核, 目标任务);
#   按照 ×16 introduce rules, plans, duties and requirements, never a formula: 按照雨污分流的要求 (art. 13:
#     unquoted 要求, no formula; shandong-part2 按照…的改革要求 unquoted not labelled), 按照…专项规划的要求 ×2,
#     按照污水处理设施建设标准的要求, 按照下列要求, 按照各自职责, 按照规定 …;
#   根据 ×4 introduce laws, plans, local conditions and rules; 要求 ×11 (the 要求 of plans, contracts, tests).
assert t.count('目标') == 3 and t.count('按照') == 16 and t.count('根据') == 4 and t.count('要求') == 11
assert t.count('按照雨污分流的要求') == 1
for w in ('方针', '思路', '坚持', '遵循', '本着', '“', '"', '「', '原则上'):
    assert w not in t, w

# ====================================================================== DEADLINE
# art. 20 运维单位应当在二十四小时内向…报告: a relative within-limit (v1.2 *Relative time limits*: 自收到之日起
# 三日内 → `三日内`; regs_ee, regs_ig, regs_if 二十四小时内); span without 在.
d.ctx(DL, '运维单位应当在[二十四小时内]向乡镇人民政府', norm=WITHIN)
# art. 21 确需停运…的，应当在十个工作日前将停运原因…报告: a limit before the (implicit) anchor event, the
# stoppage (v1.2: 在开会之日的七日前 → `七日前`, relation by, precision day, date null; regs-a 在活动举办日的
# [十个工作日前]提交; regs_aa, regs_al 七/五个工作日前).
d.ctx(DL, '应当在[十个工作日前]将停运原因', norm=BEFORE)
# art. 27 因检修等原因确需停电的，供电企业应当至少提前二十四小时通知…: v1.2 应当提前五天通知 → `提前五天`
# (relation by, precision day); regs_ee and regs-j [提前二十四小时]通知. 至少 stays outside the span, as the
# leading 至迟 does in v1.2 and as a separated comparator does in v1.1 (至少有1名 → `1名`); the DEADLINE value
# has no min/max key, so the reading "at least" is lost from the value. README call 4.
d.ctx(DL, '供电企业应当至少[提前二十四小时]通知乡镇人民政府', norm=BEFORE)
# Not DEADLINE (README call 4):
#   art. 14 经三个月试运行: the length of a trial run (regs_eh 经三个月通水调试运行; v1.2 minimum durations);
#   art. 18 应当在农村生活污水治理专项规划和年度计划确定的时限内组织完成: a limit set elsewhere, with no time
#     given (v1.2: 在规定期限内 is vague);
#   art. 19 检测频次每年不得少于两次, 每季度不得少于一次, 每月不得少于一次: bare frequencies with no due point
#     (guidelines DEADLINE "No": 每年, 每季度; regs-a notes: 每年至少召开一次; regs_cb, regs_hf);
#     实时检测 (continuous);
#   art. 18 本条例实施前已投入使用: a past state, no limit; 完成施工后, 接到…报告后 ×2: sequences, no number
#     (project decision beyond v1.2: a limit tied to an event with no number is not DEADLINE);
#   及时 ×4 (vague), 限期 ×4 (vague), 逾期 ×4, 逐步建立 (art. 25), 巡查时间 (art. 17, an item of a notice);
#   the header date (a past event) and art. 36's effective date (v1.1).
assert t.count('前') == 5 and t.count('前款') == 2 and t.count('本条例实施前') == 1 and t.count('提前') == 1
assert t.count('后') == 8 and t.count('严重后果') == 5 and t.count('报告后') == 2 and t.count('施工后') == 1
assert t.count('内') == 19 and t.count('时限内') == 1 and t.count('小时内') == 1 and t.count('小时') == 2
assert t.count('时') == 10 and t.count('及时') == 4 and t.count('实时') == 1 and t.count('同时') == 1
assert t.count('巡查时间') == 1
assert t.count('期') == 8 and t.count('限期') == 4 and t.count('逾期') == 4
assert t.count('每') == 3 and t.count('每季度') == 1 and t.count('每月') == 1 and t.count('三个月试运行') == 1
assert t.count('工作日') == 1 and t.count('至少') == 1 and t.count('逐步') == 1
for w in ('底', '期间', '日内', '月内', '年内', '以前', '之前', '届满', '季度前', '长期', '定期', '期限'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO / DOC_TITLE
# None. Every number followed by a measure word, read: the two dates; 第十三届, 第十四次 (ordinals); the
# article numbers and the cross-references (第二十条第一款, 第二十六条第二款 …: ordinals); 三个(月) (art. 14, a
# duration); 两次, 一次 ×2 (art. 19: numbers of tests, frequencies, not matters or posts); 三十吨 ×2, 二百吨 ×2
# (art. 19: daily capacities); 二十四小(时) ×2 and 十个(工作日) (the DEADLINEs above); the fines 一千元 … 十万元
# (money). No person is counted: 工作人员 (art. 17) and 村民 carry no number; no 编制 or 职数. The lists of
# arts. 9 (下列事项, five items), 16 (下列内容, five), 19 (下列要求, four) and 26 (下列…活动, seven) are not
# counted in the text (regs_ih, regs_he: unnumbered lists).
NUM = '0-9一二三四五六七八九十百千万两零'
found = re.findall(rf'(?<![第{NUM}])[{NUM}]+[名人项个类件条所家份张套次级支倍元年月日届时米小吨处种部]', t)
assert found == ['2019年', '9月', '27日', '三个', '两次', '三十吨', '一次', '三十吨', '二百吨', '一次', '二百吨',
                 '二十四小', '十个', '二十四小', '五千元', '两万元', '两万元', '十万元', '一万元', '三万元',
                 '三万元', '十万元', '一千元', '一万元', '两万元', '十万元', '五千元', '两万元', '两万元', '十万元',
                 '两万元', '十万元', '2020年', '1月', '1日'], found
assert t.count('名') == 0 and t.count('项') == 10 and t.count('专项规划') == 8 and t.count('事项') == 1
assert t.count('项目') == 1 and t.count('个') == 13 and t.count('个人') == 11 and t.count('类') == 1
assert t.count('次') == 8 and t.count('不得少于') == 3 and t.count('件') == 3 and t.count('条件') == 3
assert [t.count(f'（{n}）') for n in '一二三四五六七八'] == [4, 4, 4, 4, 3, 1, 1, 0]
# DOC_NO: no 号 or bracketed year. DOC_TITLE: no 《》. 本条例, 有关法律、行政法规, 国民经济和社会发展规划,
# 农村生活污水治理专项规划, 城镇污水处理设施建设专项规划, 国土空间规划, 村庄布点规划, 建设领域推广使用目录,
# 运行维护服务合同示范文本, 村规民约, 浙江省电网销售电价分类相关规定 are named without book-title marks
# (guidelines DOC_TITLE: "Without book-title marks, no DOC_TITLE is labelled").
for w in ('号', '〔', '【', '[', '令第', '编制', '职数', '《', '》', '〈', '以内', '不少于', '不超过'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
counts = Counter(e['label'] for e in d.ents)
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 3, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 0, 'ORG': 30, 'PRINCIPLE': 2,
    'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '浙江省第十三届人民代表大会常务委员会': 1, '乡（镇）人民政府': 1, '街道办事处': 1, '乡镇人民政府': 15,
    '县（市、区）人民政府': 8, '村（居）民委员会': 4})
assert [e['normalized'] for e in d.ents if e['label'] == PR] == [
    ['统筹规划', '源头治理', '政府主导', '全民参与'], ['谁排放谁付费']]
assert [e['text'] for e in d.ents if e['label'] == DL] == ['二十四小时内', '十个工作日前', '提前二十四小时']
write_gold(OUT, [d])
