"""Build regs_gf.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 重庆市绿化条例 (Chongqing regulation on greening; adopted 1998-03-28 by the standing
committee of the 1st Chongqing municipal people's congress, 8th session; amended 2001-06-26 (1st
congress, 33rd session) and 2018-07-26 (5th congress, 4th session, the omnibus decision on 25
regulations); in force 1998-07-01, art. 39). 39 articles in 7 chapters.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedents: gold-fresh4 regs-p (重庆市电信条例, the same 2018-07-26 omnibus amendment in its
header) and gold-fresh12 regs_ee (重庆市村镇供水条例: 乡（镇）人民政府, 村民委员会, 实行…的原则).
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh14/regs_gf.jsonl'
SRC = 'corpus/regulations/chongqing/重庆市绿化条例(2018-07-26).txt'

d = Doc("fresh14-regs-chongqing-lvhua", SRC,
        # date: the header's last line (2018-07-26, the second amendment), which is also the file
        # name's date (regs-a notes: "meta.date is the latest adoption or revision date in the
        # header"; regs-p, the same Chongqing header; regs-as, regs-au).
        # region: a municipal regulation of Chongqing (regs-p, regs_ee, regs-at, regs_cg: "重庆市").
        {"region": "重庆市", "date": "2018-07-26"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 3994
t = d.text
ORG = 'ORG'
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}

# ====================================================================== header
# Title line 重庆市绿化条例: no 《》 and no body head word (v1.1 *Title lines*): nothing.
# The standing committee before its session is ORG, the term number inside, the session outside
# (regs-a notes *Adoption/revision lines*; regs-b; regs-p, regs_ee, regs_cg: Chongqing headers).
d.ctx(ORG, '1998年3月28日 [重庆市第一届人民代表大会常务委员会]第八次会议通过')
d.ctx(ORG, '2001年6月26日 [重庆市第一届人民代表大会常务委员会]第三十三次会议《')
d.ctx(ORG, '2018年7月26日 [重庆市第五届人民代表大会常务委员会]第四次会议《')
# The two amending decisions: one DOC_TITLE each, the nested 〈…〉 inside (guidelines DOC_TITLE:
# "Titles nested inside a title stay inside the outer one"); 等二十五件 inside a title is not
# ITEM_COUNT (no overlap across types; regs-p the same title, regs_eh 等十二件, regs-af 等十九件).
d.ctx('DOC_TITLE', '第三十三次会议《[关于修改〈重庆市绿化条例〉的决定]》第一次修正')
d.ctx('DOC_TITLE', '第四次会议《[关于修改〈重庆市城市房地产开发经营管理条例〉等二十五件地方性法规的决定]》第二次修正')
# The dates of the header (1998-03-28, 2001-06-26, 2018-07-26) are past events, and art. 39
# 本条例自1998年7月1日起施行 is an effective date: not DEADLINE (guidelines DEADLINE "No";
# v1.1 *Effective dates*). The stray 根据 at the end of line 5 belongs to the next line (regs_cg:
# "第一次修正  根据⏎⏎2…", the same Chongqing layout): no label.

# ====================================================================== DOC_TITLE (body)
# art. 16 公民义务植树依照《重庆市实施全民义务植树条例》的规定执行.
d.ctx('DOC_TITLE', '依照《[重庆市实施全民义务植树条例]》的规定执行')
assert t.count('《') == 3 and t.count('》') == 3 and t.count('〈') == 2
# Not DOC_TITLE (no 《》): 城市总体规划 (art. 8), 土地利用总体规划, 城市建设总体规划 (art. 9), 技术规程
# (arts. 18, 30), 承包合同 (art. 13), 处罚决定书, 复议决定书 (art. 35), 名录 (art. 37).

# ====================================================================== ORG: standing committees
# 委员会 ×7: the three header committees; 绿化委员会 ×2 (art. 5); 其常务委员会 (art. 10); 村民委员会
# (art. 13).
# art. 5 para. 2 县级以上地方人民政府绿化委员会，统一负责本行政区的绿化工作: 县级以上 before a body is a
# vague level (v1.1 *Level words*: 县级以上 + 人民政府; seventh session: "县级以上 before any body is a
# vague level (县级以上工会)"; mixed-check-b 县级以上人民代表大会常务委员会 not labelled). The whole
# phrase names the greening committees of every government from the county up: not ORG, and no
# shorter ORG inside it (the government is the same vague class). README call 2.
# art. 5 para. 2 绿化委员会的办事机构，负责处理日常工作: the bare name of a specific kind of body (head
# 委员会, type 绿化), the subject's owner of a 办事机构 (generic head 机构, left out; the body inside a
# longer non-ORG phrase is labelled on its own, v1.1). Bare class names of a specific type are ORG
# (regs-an: 县级以上人民政府…成立教育督导委员会 → `教育督导委员会`; regs-w/z/al 劳动争议仲裁委员会;
# regs_ee 村民委员会), and v1.2 *Definite short forms* labels a short form referring back to a body the
# text names. README call 1 (a reader who carries the vagueness of 县级以上 over to the short form
# would drop it).
d.ctx(ORG, '和督促。[绿化委员会]的办事机构，负责处理日常工作')
# art. 13 由农村集体经济组织或者村民委员会根据本县的绿化目标决定: the bare class name of the village
# committee, a body holding a duty here (guidelines ORG "Yes": 村委会; regs_ee, regs_dd, regs_cb).
# 农村集体经济组织: head 组织 (guidelines ORG "No"; regs_ee, regs_dd).
d.ctx(ORG, '由农村集体经济组织或者[村民委员会]根据本县的绿化目标决定')
d.check_all('委员会', 7, 5, [
    '县级以上地方人民政府绿化[委员会]，统一负责',   # art. 5: 县级以上 (vague level)
    '报同级人民代表大会或其常务[委员会]通过后',     # art. 10: refers back to 同级 (vague), see below
])
# art. 10 报同级人民代表大会或其常务委员会通过后: 同级 is vague (v1.1 *Level words*; regs_ef 同级人民代表
# 大会常务委员会 not labelled), and 其常务委员会 refers back to that vague body (regulations-a:
# 县级以上人民代表大会及其常务委员会 → nothing).
d.check_all('常务委员会', 4, 3, ['报同级人民代表大会或其[常务委员会]通过后'])
d.check_all('人民代表大会', 4, 3, ['报同级[人民代表大会]或其常务委员会'])
# 会 ×17 = 委员会 ×7 + 大会 ×4 (人民代表大会) + 会议 ×3 (header sessions) + 社会 ×3 (社会主义, 社会效益,
# 社会团体): no other body.
assert t.count('委') == 7 and t.count('会') == 17
assert t.count('会议') == 3 and t.count('社会') == 3 and t.count('大会') == 4

# ====================================================================== ORG: governments
# 人民政府 ×15; labelled: 乡（镇）人民政府 (art. 15), 市人民政府 ×2 (arts. 28, 37).
# art. 15 乡村公路的绿化，由乡（镇）人民政府负责: the bare class name of the township government (regs_ee
# ×7, regs-at, regs-b).
d.ctx(ORG, '乡村公路的绿化，由[乡（镇）人民政府]负责')
# arts. 28, 37: the municipal government as subject (具体征收办法由市人民政府制定; …由市人民政府公布).
d.ctx(ORG, '具体征收办法由[市人民政府]制定')
d.ctx(ORG, '古树名木的划分标准由[市人民政府]公布')
d.check_all('人民政府', 15, 3, [
    '第五条 地方各级[人民政府]应加强',            # art. 5: 各级 (v1.1 *Level words*)
    '县级以上地方[人民政府]绿化委员会',           # art. 5: 县级以上
    '县级以上地方[人民政府]的林业、园林等主管部门',  # art. 5: 县级以上 (and the phrase ends in 部门)
    '由[人民政府]给予表彰或者奖励',               # art. 7: bare 人民政府 is generic (v1.2; regs_ce 由人民政府或…)
    '地方各级[人民政府]应本着',                   # art. 9: 各级
    '县级以上地方[人民政府]应参照绿化目标',       # art. 10: 县级以上
    '地方各级[人民政府]制定的绿化规划',           # art. 12: 各级
    '由当地[人民政府]根据绿化目标决定',           # art. 15: 当地 works like 属地/所在 (regs-a notes; regs-b, regs_ff)
    '地方各级[人民政府]应鼓励',                   # art. 17: 各级
    '古树名木由县级以上[人民政府]建档挂牌',       # art. 24: 县级以上
    '县级以上[人民政府]应根据实际情况',           # art. 25: 县级以上
    '各级[人民政府]每年从地方财政中',             # art. 26: 各级
])
assert t.count('政府') == 15     # no bare 政府 besides the 人民政府 above
# art. 24 国家一级保护树种报国务院有关行政主管部门批准: 有关 quantifies the departments (generic head
# 部门); 国务院 is a body inside a longer non-ORG phrase (v1.1; regs-p 国务院信息产业主管部门 → 国务院;
# shandong-part2 国务院相应的部门 → 国务院).
d.ctx(ORG, '国家一级保护树种报[国务院]有关行政主管部门批准')
assert t.count('国务院') == 1

# Not ORG (every one read in context):
#   部门 ×22, all under the generic head 部门 (guidelines ORG "No"): 县级以上地方人民政府的林业、园林等
#     主管部门 (art. 5), 园林主管部门, 林业主管部门, 其主管部门 (art. 14), 铁道部门, 公路部门, 机场、港口、
#     码头的主管部门 (art. 15), 林业部门, 园林部门, 农业部门 (art. 19), 有关主管部门 ×3 (arts. 21, 22),
#     绿地主管部门 (art. 23), 市级主管部门, 国务院有关行政主管部门 (art. 24), 承担绿化任务的部门, 煤炭、
#     造纸、采掘等部门 (art. 27), 财政、审计部门 (art. 29), 林业、园林主管部门, 林业主管部门 (art. 33),
#     上一级主管部门 (art. 34: 上一级 does not lift a generic head; README call 3);
#   机关 ×5 (v1.1 *机关 is a generic head*): 机关、社会团体、部队、企业事业单位 (art. 15), 有关主管机关
#     (art. 23), 作出处罚决定的机关 ×2 and 其上一级机关 (art. 35);
#   机构 ×1: 绿化委员会的办事机构 (art. 5, generic head);
#   组织 ×6: 农村集体经济组织 (art. 13), 管护组织 (art. 20) (head 组织), and 4 verbs (组织实施, 组织恢复,
#     组织扑救, 组织施工);
#   单位 ×20: 单位和个人, 使用专用线的单位, 工程管理单位, 使用单位, 主管单位, 企业事业单位, 用地单位,
#     规划设计单位, 施工单位, 所在单位 … (parties and economic entities);
#   社会团体, 部队 (art. 15): collectives without a specific name (regs_ed 机关、团体、部队…: nothing);
#   人民法院 ×3 (art. 35: 向人民法院起诉 ×2, 申请人民法院强制执行): bare, no level or place (v1.2
#     *Definite short forms*: bare 人民法院 is generic);
#   国家 (国家有关法律, 国家扶持, 国家二级/一级保护树种), 本市, 全市, 本县, 本地区, 本行政区: places and
#     the state, no body head word; 农村村民, 公民, 种植者, 当事人, 负责人, 人员 (people).
assert t.count('部门') == 22 and t.count('机关') == 5 and t.count('机构') == 1 and t.count('组织') == 6
assert t.count('单位') == 20 and t.count('人民法院') == 3 and t.count('院') == 4   # 国务院 + 人民法院 ×3
assert all(w not in e['text'] for e in d.ents if e['label'] == ORG
           for w in ('部门', '机关', '机构', '组织', '单位', '团体', '部队'))
assert t.count('办') == 6      # 办事机构, 兴办, 自办, 办理 ×2, 办法: no body
assert t.count('所') == 7      # 所称 ×2, 所有者, 所得, 所在单位, 所包括, 所界定: no body
assert t.count('队') == 1 and t.count('团') == 1 and t.count('组') == 6   # 部队; 社会团体; 组织 ×6
for w in ('局', '厅', '站', '中心', '小组', '办公室', '党', '人大', '政协', '中央', '县委', '市委',
          '以下简称', '简称', '科室', '分局'):
    assert w not in t, w

# ====================================================================== PRINCIPLE
# art. 9 地方各级人民政府应本着因地制宜、因害设防、合理配置、讲求实效的原则: unquoted content the text
# calls 原则, introduced by 本着 (guidelines PRINCIPLE; v1.1 *A heading that names principles*: an
# unquoted phrase called 原则 → its content). Span without 的原则 and without 本着.
d.ctx('PRINCIPLE', '应本着[因地制宜、因害设防、合理配置、讲求实效]的原则')
# art. 26 绿化资金来源，实行自筹为主、国家扶持的原则: introduced by 实行 (regs_ee 实行…的原则; regs-at;
# regs-a notes: 符合/采取/根据 count like 按照).
d.ctx('PRINCIPLE', '绿化资金来源，实行[自筹为主、国家扶持]的原则')
assert t.count('原则') == 2
# Not PRINCIPLE: art. 4 绿化工作应坚持统一领导、统一规划、分类指导、各负其责、分期实施、限期绿化，依靠
# 科学技术，实行…相结合和…并重: neither called 原则 nor quoted (guidelines PRINCIPLE "No"; regs_ee
# 坚持城乡供水一体化方向; shandong-part2 坚持相对集中、优化整合). README call 4. art. 18 适地适树 (a
# technical rule); 按照 ×3 introduce 技术规程 and 规定, never a formula. No quotation marks, no 要求,
# 方针, 思路, 遵循.
assert t.count('坚持') == 1 and t.count('本着') == 1 and t.count('按照') == 3
for w in ('“', '"', '要求', '方针', '思路', '遵循'):
    assert w not in t, w

# ====================================================================== DEADLINE
# art. 35: the time a party has to apply for reconsideration or to sue after receiving the decision.
# v1.2 *Relative time limits* (自收到之日起三日内 → `三日内`): span the limit alone, without 自/在…之日起
# and the anchor event; value period/during/date null. Limits set on a party, with 可, are labelled
# in the earlier sets (regs-x 可自接到决定通知书之日起三日内…申请复议; regs-ar 可以在接到裁决书之日起30日内
# 向人民法院起诉; regs-j 可以自接到…通知之日起七日内…提出). README call 5.
d.ctx('DEADLINE', '可在接到处罚决定书之日起[六十日内]，向作出处罚决定的机关', norm=WITHIN)
d.ctx('DEADLINE', '可在接到复议决定书之日起[十五日内]向人民法院起诉', norm=WITHIN)
# 三个月内: a within-limit in months keeps precision period (v1.2 relation during; regs_dc, regs-i,
# regs_df 三个月内 period; only the "before" limits in months take precision month, gold-fresh12 README).
d.ctx('DEADLINE', '可在接到处罚决定书之日起[三个月内]，直接向人民法院起诉', norm=WITHIN)
# Not DEADLINE:
#   限期 ×4 (art. 4 限期绿化, art. 12 按规定限期绿化, art. 30 责令限期补植, art. 32 责令限期缴纳), 绿化
#     期限 ×3 (arts. 12, 13, 15: a limit the text says is to be fixed, with no value), 分期实施, 逾期:
#     vague (v1.2: 限期, 在规定期限内);
#   任期绿化目标责任制 (art. 5), 阶段目标或者任期目标 (art. 10): terms of office, no time point (v1.2:
#     terms of office are not DEADLINE);
#   art. 23 占用期满后; art. 35 期满不申请复议: events with no number (project decision: a limit tied
#     to an event with no number is not DEADLINE);
#   art. 26 各级人民政府每年从地方财政中拨出一部分资金: a bare frequency without a due point (guidelines
#     DEADLINE "No": 每年); art. 32 每日加收千分之二的滞纳金: a rate, not a limit;
#   art. 10 全市绿化的目标是：绿化覆盖率百分之六十…: targets with no year or time point (v1.2 *Year
#     targets* needs a year heading the target);
#   the header dates and art. 39 本条例自1998年7月1日起施行 (v1.1 *Effective dates*).
assert t.count('限期') == 4 and t.count('期限') == 3 and t.count('期') == 13 and t.count('期满') == 2
assert t.count('任期') == 2 and t.count('分期') == 1 and t.count('逾期') == 1
assert t.count('每') == 3 and t.count('每年') == 1 and t.count('每日') == 1 and t.count('每个公民') == 1
assert t.count('日内') == 2 and t.count('个月内') == 1 and t.count('内') == 9   # the other 内: 区域内 ×3,
assert t.count('区域内') == 3 and t.count('规划区内') == 1 and t.count('绿地内') == 1 and t.count('责任区内') == 1
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == [
    '1998年3月28日', '2001年6月26日', '2018年7月26日', '1998年7月1日']
assert t.count('日起施行') == 1 and t.count('之日起') == 3
# 年 ×5 (four dates, 每年), 月 ×5 (four dates, 三个月), 日 ×11 (four dates, 六十日, 十五日, 之日 ×3, 每日, 日常)
assert t.count('年') == 5 and t.count('月') == 5 and t.count('日') == 11 and t.count('日常') == 1
for w in ('前', '底', '期间', '之前', '以前', '年内', '季度', '每月', '小时', '上旬', '下旬', '中旬', '届满'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT
# None. Every number followed by a measure word, read in context:
#   the dates of the header and art. 39; 二十五件 (inside the DOC_TITLE of the omnibus decision);
#   国家二级 / 国家一级保护树种 (art. 24: protection grades, ordinals); 上一级 ×2 (arts. 34, 35: a level);
#   一部分资金 (art. 26, a share);
#   一千元 / 五万元 (art. 31, fines: money); 六十日, 十五日, 三个月 (the limits above).
# Percentages (arts. 10, 11, 32, 36) and 零点二 (canopy density) are not counts. 管护人员 (art. 20) and
# 负责人 carry no number. The six items of art. 34 (有下列行为之一) are not counted in the text.
NUM = '0-9一二三四五六七八九十百千万两零'
found = re.findall(rf'(?<![第{NUM}（])[{NUM}]+[名人项个类件条所家次米元日小月年时种部级]', t)
assert found == ['1998年', '3月', '28日', '2001年', '6月', '26日', '2018年', '7月', '26日', '二十五件',
                 '二级', '一级', '一部', '一千元', '五万元', '一级', '六十日', '一级', '十五日', '三个',
                 '1998年', '7月', '1日'], found
assert t.count('名') == 6 and t.count('古树名木') == 5 and t.count('名录') == 1   # no 名 after a number
assert t.count('项') == 2 and t.count('各项') == 1 and t.count('专项') == 1   # art. 29 各项绿化资金, 专项用于: no count

# ====================================================================== DOC_NO
assert '号' not in t and '〔' not in t and '【' not in t and '[' not in t

# ====================================================================== checks
d.check_value_shapes()
assert [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE'] == [
    ['因地制宜', '因害设防', '合理配置', '讲求实效'], ['自筹为主', '国家扶持']]
counts = Counter(e['label'] for e in d.ents)
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 3, 'DOC_NO': 0, 'DOC_TITLE': 3, 'ITEM_COUNT': 0, 'ORG': 9, 'PRINCIPLE': 2,
    'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '重庆市第一届人民代表大会常务委员会': 2, '重庆市第五届人民代表大会常务委员会': 1, '绿化委员会': 1,
    '村民委员会': 1, '乡（镇）人民政府': 1, '国务院': 1, '市人民政府': 2})
write_gold(OUT, [d])
