"""Build regs-az.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 宁波市公共汽车客运条例 (Ningbo regulation on public bus passenger transport; adopted
2005-01-13, approved by the Zhejiang provincial standing committee 2005-04-14, revised 2012-10-26,
revision approved 2012-11-29; file date 2012-12-11). The stored text stops after art. 32.
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or model is used.
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh9/regs-az.jsonl'

d = Doc("fresh9-reg-ningbo-bus-transport-2012",
        "corpus/regulations/zhejiang/宁波市公共汽车客运条例(2012-12-11).txt",
        # date: the file's date (promulgation), not in the text; the header's latest date is
        # 2012-11-29 (revision approved). regs-b (Anyang) took the file's date in the same case.
        {"region": "浙江省宁波市", "date": "2012-12-11"})
assert d.text == d.raw.decode('utf-8')
t = d.text

WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
BEFORE = {"date": None, "precision": "day", "relation": "by", "recurring": False}

# ====================================================================== header
# standing committees before a session: ORG with region and term number (regs-b adoption lines)
d.ctx('ORG', '2005年1月13日 [宁波市第十二届人民代表大会常务委员会]第十七次会议通过')
d.ctx('ORG', '2005年4月14日 [浙江省第十届人民代表大会常务委员会]第十七次会议批准')
d.ctx('ORG', '2012年10月26日 [宁波市第十四届人民代表大会常务委员会]第四次会议通过')
d.ctx('ORG', '2012年11月29日 [浙江省第十一届人民代表大会常务委员会]第三十六次会议批准')
assert t.count('委员会') == 4 and t.count('常务委员会') == 4
# the revising decision: one DOC_TITLE; the nested 〈…〉 title and the inner 宁波市人民代表大会 stay inside
d.ctx('DOC_TITLE', '批准的《[[宁波市人民代表大会关于修改〈宁波市公共汽车客运条例〉的决定]]》修正')
assert t.count('〈') == 1
d.check_all('人民代表大会', 5, 4, ['《宁波市[人民代表大会]关于修改'])
# title line 宁波市公共汽车客运条例: no body head word. Header dates: adoption/approval, not DEADLINE.

# ====================================================================== DOC_TITLE (body)
d.ctx('DOC_TITLE', '依照《[中华人民共和国招标投标法]》')                 # art. 14
d.ctx('DOC_TITLE', '有违反《[中华人民共和国治安管理处罚法]》的行为')       # art. 28
assert t.count('《') == 3

# ====================================================================== ORG
# 市和县（市）人民政府 / 市、县（市）人民政府: shared ending, the bare 市 is no name (v1.1
# *Shared endings*; regs-a 市和区、县人民政府 → 县人民政府); 县（市） gives alternative levels, one ORG.
# Inside a longer non-ORG phrase (…确定的公共汽车客运管理机构; …的决定) it is labelled on its own.
d.ctx('ORG', '市和[县（市）人民政府]确定的公共汽车客运管理机构')      # art. 3
d.ctx('ORG', '市和[县（市）人民政府]应当加大对')                      # art. 9
d.ctx('ORG', '法规或市、[县（市）人民政府]的决定')                    # art. 22
# art. 3: 乡镇人民政府 (v1.1: 乡镇党委, 区人民政府 are ORG; regs-b bare 镇人民政府 ORG)
d.ctx('ORG', '等部门和[乡镇人民政府]应当按照各自职责')
d.check_all('人民政府', 6, 4, ['[人民政府]应当按照城乡一体化',          # 各级: vague (v1.1)
                              '报同级[人民政府]审批后'])                 # 同级: vague (v1.1)
d.check_all('政府', 15, 4, [
    '按照[政府]核定价格收费',                    # art. 2   bare 政府 (v1.1)
    '建设资金以[政府]投入为主',                  # art. 9
    '执行[政府]制定的客运价格',                  # art. 18
    '价格实行[政府]定价',                        # art. 22
    '评估和[政府]补贴补偿制度',                  # art. 22
    '完成[政府]指令性任务',                      # art. 22
    '支出，[政府]应当按运营成本',                # art. 22  bare 政府 as subject: still generic
    '第三十二条 [政府]投资建设',                 # art. 32
    '移交给[政府]指定的管理单位',                # art. 32
    '各级人民[政府]应当', '同级人民[政府]审批'])  # the two vague 人民政府 above
# 公共汽车客运管理机构 (×26, incl. its 以下简称 alias, 市级…, 市或县（市）…, 当地…): head 机构,
# generic (guidelines ORG "No"; v1.1 *机关 is a generic head*; project decision: an alias of a
# body under a generic head is not ORG; regs-an 教育督导机构 / 省教育督导机构).
assert t.count('机构') == 26 and t.count('公共汽车客运管理机构') == 26
# 部门 ×18 (交通运输主管部门, 市财政部门, 价格主管部门, …等部门, 相关部门, 管理部门): generic head.
assert t.count('部门') == 18
# 公安机关 ×4: X机关 is not ORG (v1.1). bare 公安 in lists (会同公安、建设…部门): no body head.
assert t.count('机关') == 4 and t.count('公安机关') == 4
# 公共汽车换乘中心 (art. 12): a facility to be built, not a body.
assert t.count('中心') == 1
# 建设单位, 管理单位, 任何单位: generic; 新闻媒体: media; 交通警察, 乘客代表, 驾驶员: people;
# 站 (×34: 首末站, 途经站, 枢纽站, 客运站, 站点, 站牌…), 医院, 学校, 场所: facilities.
assert t.count('单位') == 4

# ====================================================================== PRINCIPLE
# art. 5: 遵循…的原则 (content without 的原则 and the verb)
d.ctx('PRINCIPLE', '应当遵循[统一管理、公平竞争、安全营运、优质服务、便利公众]的原则')
assert t.count('原则') == 1
# Not PRINCIPLE: art. 4 按照城乡一体化的要求 (unquoted, 要求 not 原则; regs-b 按照城市网格化、精细化
# 管理要求), 实行公共交通优先, art. 11 同步报批、同步设计… (not called 原则), 按照各自职责.

# ====================================================================== DEADLINE
# art. 16: before the end of the term: a limit before an anchor event (v1.2): by, day, date null
# precision month, as every other labelled 个月前 of the project (7 of the earlier sets' 8;
# changed on review after scoring, see README-regs-az.md)
d.ctx('DEADLINE', '应当在经营期限届满[六个月前]向公共汽车客运管理机构申请', norm=dict(BEFORE, precision="month"))
# art. 16 / 30 / 32 / 27: relative within-limits (v1.2): span the limit alone
d.ctx('DEADLINE', '应当在收到申请后[三十日内]予以批准', norm=WITHIN)          # art. 16
d.ctx('DEADLINE', '应当自收到申请后[三个月内]作出书面答复', norm=WITHIN)      # art. 16
d.ctx('DEADLINE', '应当在[三十分钟内]安排乘客免费乘坐', norm=WITHIN)          # art. 27
d.ctx('DEADLINE', '自受理乘客投诉之日起[十日内]作出答复，经营者', norm=WITHIN)  # art. 30
d.ctx('DEADLINE', '自受理乘客投诉之日起[七日内]作出答复。', norm=WITHIN)       # art. 30
d.ctx('DEADLINE', '验收合格后[三个月内]，由建设单位移交', norm=WITHIN)         # art. 32
# art. 20: 于实施之日的三日前 → 三日前 (v1.2 在开会之日的七日前 → 七日前)
d.ctx('DEADLINE', '应当于实施之日的[三日前]在线路各站点公开告示', norm=BEFORE)
assert t.count('日内') == 3 and t.count('日前') == 1 and t.count('个月') == 3 and t.count('分钟') == 1
# The other 前 (×12) and 内 (×20): 年度计划实施前, 投入营运前, 同意前, 价格确定前 (a limit tied to an
# event with no number: project decision), 提前提出书面申请 (提前 without a number), 前款 ×4,
# 行政区域内, 有效期限内 / 合同期限内 (conditions), 车厢内, 场站内, 三年内无…事故记录 (a condition of a
# driver's record, not a limit set for a measure).
assert t.count('前') == 12 and t.count('内') == 20 and t.count('提前') == 1
# Not DEADLINE: 线路经营权每期不得超过十年 (the term of a right, like validity periods / terms of
# office), 每年组织…评估 (art. 31, a bare frequency), 年度计划 (no due point), the header dates.
assert t.count('每') == 2

# ====================================================================== none of the other types
# STAFFING: no number of staff or posts (从业人员, 驾驶员 without numbers; 三人以上 in art. 25 counts
# casualties, a threshold; 五千人以上 is population).  ITEM_COUNT: no counted list (下列情形之一,
# 本条例第十条 are ordinals or unnumbered lists; AAAA级 is a grade).  DOC_NO: 号 occurs only in 电话号码.
assert t.count('号') == 1 and t.count('〔') == 0 and t.count('名') == 3 and t.count('项') == 3

c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 8, 'DEADLINE': 8, 'DOC_TITLE': 3, 'PRINCIPLE': 1}), c
write_gold(OUT, [d])
