"""Build regs_de.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 滨州市工程建设项目并联审批管理规定 (Binzhou municipal regulation on the parallel approval of
construction projects; adopted 2020-04-24 by the standing committee of the 11th Binzhou municipal
people's congress, approved 2020-06-12 by the standing committee of the 13th Shandong provincial
people's congress, in force 2020-07-01; file name date 2020-06-16, the promulgation, not in the text).
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or
model is used.
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh11/regs_de.jsonl'

d = Doc("fresh11-reg-shandong-binzhou-parallel-approval-2020",
        "corpus/regulations/shandong/滨州市工程建设项目并联审批管理规定(2020-06-16).txt",
        # date: the file name's date (promulgation; the text gives only 04-24 adopted, 06-12
        # approved, like regs-b's Anyang); region: a city regulation of Binzhou, Shandong
        # (reports notes 山东省滨州市; regs-af 山东省青岛市, regs-a 山东省济南市)
        {"region": "山东省滨州市", "date": "2020-06-16"})
assert d.text == d.raw.decode('utf-8')
t = d.text

ORG = 'ORG'

# ====================================================================== header
# Title line 滨州市工程建设项目并联审批管理规定: no 《》, no body head word (v1.1 *Title lines*).
# The standing committees before their sessions are ORG, term number inside, session outside
# (regs-a, regs-b, regs-af, regs_cb); the approving provincial committee as in regs-af/regs-a.
d.ctx(ORG, '2020年4月24日 [滨州市第十一届人民代表大会常务委员会]第二十九次会议通过')
d.ctx(ORG, '2020年6月12日 经[山东省第十三届人民代表大会常务委员会]第二十次会议批准')
d.check_all('常务委员会', 2, 2)
d.check_all('人民代表大会', 2, 2)
assert t.count('委员会') == 2
# Dates 2020年4月24日, 2020年6月12日 (adoption, approval) and art. 25 本规定自2020年7月1日起施行
# (effective date): not DEADLINE (guidelines DEADLINE "No"; v1.1 *Effective dates*).
assert t.count('年') == 3 and t.count('月') == 3

# ====================================================================== DOC_TITLE
d.ctx('DOC_TITLE', '根据《[优化营商环境条例]》等有关法律法规')            # art. 1
assert t.count('《') == 1
# Not DOC_TITLE (no 《》): 本规定实施细则 (art. 19), 实施细则 (art. 22), 办事指南, 事项清单.

# ====================================================================== ORG: governments
# art. 4 行政审批服务部门是本级人民政府并联审批工作的主管部门: 本级人民政府 is one definite body
# (v1.1 *Level words*), named inside a longer non-ORG phrase (v1.1; regs-bb, regs-y, regs_cg).
d.ctx(ORG, '行政审批服务部门是[本级人民政府]并联审批工作的主管部门')
# art. 7 市人民政府 (the city government, subject)
d.ctx(ORG, '第七条 [市人民政府]应当建设全市统一的')
# arts. 8, 22 市、县（市、区）人民政府: shared ending; the bare 市 is not a name, 县（市、区）人民政府
# is one ORG with alternative levels in the parenthesis (v1.1 *Shared endings*; regs-ba, regs-y).
d.ctx(ORG, '第八条 市、[县（市、区）人民政府]应当建立健全帮办代办')
d.ctx(ORG, '第二十二条 市、[县（市、区）人民政府]应当根据本规定制定实施细则')
d.check_all('人民政府', 4, 4)
d.check_all('政府', 4, 4)
# art. 21 法律法规或者国务院决定依据: 国务院 is a body named inside a longer non-ORG phrase (v1.1;
# regs-au 国务院批准的…, regs-ah 国务院《…》, shandong-part2 国务院相应的部门 → 国务院).
d.ctx(ORG, '应当有法律法规或者[国务院]决定依据')
d.check_all('国务院', 1, 1)

# Not ORG:
#   部门 ×46, every one a generic head (guidelines: 部门; none is inside an ORG span):
#     fields with a shared 部门 (art. 3 发展改革、自然资源规划、行政审批服务和住房城乡建设部门; art. 6's
#     list 教育、工业和信息化、公安…气象等并联审批相关部门 → no body names, as regs_cb's 司法行政、
#     财政…等有关部门), 行政审批服务部门 (art. 4), 主管部门 ×2, 牵头部门 (bare, 阶段/并联审批 …) ×16,
#     相关部门 (相关/并联审批相关/两级相关 …) ×12, 审批部门 (并联/前置/后置/其他/该 …) ×12, 多个部门,
#     建立部门协同 (art. 22);
#   机构 ×3: 审批部门内设的多个机构 (art. 17), 中介服务机构 ×2 (arts. 21, 23(六)) (generic head 机构;
#     intermediaries are service providers, not bodies);
#   机关 ×1: 有权机关 (art. 23; v1.1 机关);
#   市场主体, 申请人, 被许可人 (parties); 政务服务区域, 综合服务窗口, 受理窗口 (facilities / service
#     points, v1.1 *Not bodies*); 工程建设项目审批管理系统, 公共数据平台, 网上平台 (systems, websites);
#   art. 4 市、县（市、区）两级审批权限 and art. 15 市和县（市、区）审批权限: levels of powers, no body.
assert t.count('部门') == 46 and t.count('牵头部门') == 16 and t.count('相关部门') == 12
assert t.count('审批部门') == 12 and t.count('主管部门') == 2 and t.count('多个部门') == 1
assert all('部门' not in e['text'] for e in d.ents if e['label'] == ORG)
assert t.count('发展改革、自然资源规划、行政审批服务和住房城乡建设') == 2
d.check_all('机构', 3, 0, deliberate=[
    '需要审批部门内设的多个[机构]办理的',
    '不得为市场主体指定或者变相指定中介服务[机构]。',
    '为市场主体指定或者变相指定中介服务[机构]的；',
])
d.check_all('机关', 1, 0, deliberate=['由有权[机关]责令改正'])
# 组织 ×6 are all verbs (组织协调, 组织实施, 组织相关部门 …, 组织联合会审 ×2, 组织联合勘验);
# 办 ×31 only in 办理/办结/办事/帮办代办/督办 (no 办公室); 院 only in 国务院; 所 only in 所称.
assert t.count('组织') == 6 and t.count('办公') == 0 and t.count('院') == 1 and t.count('所') == 1
for w in ('局', '厅', '中心', '队', '站', '单位', '小组', '党委'):
    assert w not in t, w

# ====================================================================== DEADLINE
# art. 10 经审核需要申请人补正、更正材料的，应当在二个工作日内一次性告知: a relative within-limit
# (v1.2 *Relative time limits*; regs-af 七个工作日内, regs-ae 十五个工作日内), span without 在.
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
d.ctx('DEADLINE', '应当在[二个工作日内]一次性告知需要补正', norm=WITHIN)
assert t.count('日内') == 1 and t.count('工作日') == 1
# Not DEADLINE (vague limits without a number, v1.2: 在规定期限内, 限期):
#   时限 ×10: 承诺办结时限 (art. 5), 补齐容缺材料的内容、时限 (art. 11), 在规定的时限内 (art. 13),
#     在法定办结时限内, 承诺办结时限, 超出承诺时限, 各阶段的办理时限, 不计算在承诺时限内 (art. 19),
#     在承诺时限内 (art. 20), 未按规定时限 (art. 23(四));
#   期限 ×2: 补正、更正的内容和期限 (art. 10), 在合理期限内 (art. 12);
#   在审批时间节点内 (art. 6), 限期整改 (art. 12), 按时参加 (art. 13), 及时 ×3, 提前告知 (art. 13,
#     a limit tied to an event with no number: project decision), 限时办结 ×2 (arts. 3, 17), 逾期 ×3;
#   前 ×4 only in 提前 and 前后置 / 前置 (order of approvals, not time limits).
assert t.count('时限') == 10 and t.count('期限') == 2 and t.count('限期') == 1
assert t.count('前') == 4 and t.count('提前') == 1 and t.count('前置') == 2 and t.count('前后置') == 1
for w in ('底前', '日前', '月内', '年内', '每年', '期间', '以前', '之前'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT
# No count of staff or items set by a measure. Every number + measure word in the text, read:
#   header 第二十九次, 第二十次 (ordinals of sessions) and the article numbers 第N条 (ordinals);
#   art. 4 跨越两个以上审批阶段 and art. 14 两个以上并联审批相关部门 (thresholds, v1.1 *Thresholds*);
#   两级 ×3 (arts. 4, 15 ×2: levels, not a count set up by a measure);
#   art. 9 一个窗口受理、一份办事指南、一张申请表单、一套申报材料 (the generic "one" of a model of
#     operation, like shandong-part1 一个执法机构 and shandong-part2's slogans 一支队伍管执法; windows
#     are not counted either, shandong-part2 16个一线窗口) → not ITEM_COUNT (README call 1);
#   一次性 ×3, 一次委托 (art. 18): once, not counts; 多个部门, 多个机构 (vague); 随机选派执法人员 (no
#     number).
NUM = '0-9一二三四五六七八九十两'
found = re.findall(rf'[{NUM}]+[名人项个类件条所家份张套次级支]', t)
found = [x for x in found if not (x.endswith('条') and t.count('第' + x) >= 1)]
assert found == ['二十九次', '二十次', '两个', '两级', '一次', '一个', '一份', '一张', '一套', '二个',
                 '一次', '一次', '两个', '两级', '两级', '一次'], found
assert t.count('以上') == 2 and t.count('两个以上') == 2
assert t.count('一次性') == 3 and t.count('一次委托') == 1

# ====================================================================== PRINCIPLE / DOC_NO
# No 原则, no quotation marks, no 方针/思路. 要求 ×4: 不得要求申请人提供 (art. 9), 不符合要求 (art. 10),
# 应当要求其限期整改 (art. 12), 审批事项清单及具体要求 (art. 12): none adopts a formula.
# Not PRINCIPLE: art. 7 网上申报、一链办理… (a requirement, neither 原则 nor quoted); art. 18
# 一次委托、联合测绘、成果共享 (same); art. 9 一个窗口受理… (a 运行模式, not quoted, not 原则).
assert t.count('原则') == 0 and t.count('要求') == 4
for w in ('“', '"', '方针', '思路', '〔', '[', '【', '号'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 0, 'ORG': 7,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
