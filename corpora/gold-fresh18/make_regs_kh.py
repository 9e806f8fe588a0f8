"""Build regs_kh.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 河南省气象条例 (Henan provincial regulation on meteorology; adopted 2001-03-30 by the standing
committee of the 9th Henan provincial people's congress, 21st session; amended 2004-11-26 (10th
congress, 12th session, 《关于修改〈河南省气象条例〉的决定》); in force 2001-07-01, art. 35). 35 articles
in 8 chapters. The file name carries no date.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedents: gold-fresh16 regs_ig (a Henan provincial regulation with the same header shape:
standing committees before their sessions, the amending decision in 《》 with a nested 〈〉, 国务院 inside
a 部门 phrase, 本级人民政府 relative to a class, 当地 before a body), gold-fresh17 regs_jg (淮阳龙湖管理机构,
the regulation's main actor under the generic head 机构, not ORG; 坚持…的原则), gold-fresh14 regs_ge
(meta.date from the header when the file name has none), gold-fresh17 report_jd (气象站, 观测站 are
facilities), gold-fresh14 regs_gf / gold-fresh17 regs_jf (国务院 inside 国务院…主管部门).
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh18/regs_kh.jsonl'
SRC = 'corpus/regulations/henan/河南省气象条例.txt'

d = Doc("fresh18-regs-henan-meteorology", SRC,
        # date: the file name has no date; the latest adoption or revision date in the header is the
        # amendment of 2004-11-26 (regs-a notes: "meta.date is the latest adoption or revision date in
        # the header"; regs_ge, a file without a date in its name, takes its header's latest date;
        # regs_ig, Henan, the latest amendment). The effective date 2001-07-01 (art. 35) is not the
        # document's date. No label depends on the year (the one DEADLINE is a relative limit).
        # region: a provincial regulation of Henan, no city as issuer (regs_ig, regs_dd, regs_al,
        # regs_fd: "河南省").
        {"region": "河南省", "date": "2004-11-26"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 4304 and d.text.count('\n') == 150
t = d.text
ORG, DT, DL, PR = 'ORG', 'DOC_TITLE', 'DEADLINE', 'PRINCIPLE'
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}

# ====================================================================== header
# Title line 河南省气象条例: no 《》 and no body head word (v1.1 *Title lines*): nothing.
assert t.startswith('河南省气象条例\n\n')
# The standing committee before its session is ORG, term number inside, session outside (regs-a /
# regs-b notes *Adoption lines*; regs_ig, regs_fd, regs_ge).
d.ctx(ORG, '2001年3月30日 [河南省第九届人民代表大会常务委员会]第二十一次会议通过')
d.ctx(ORG, '2004年11月26日 [河南省第十届人民代表大会常务委员会]第十二次会议《')
d.check_all('人民代表大会', 2, 2)
d.check_all('常务委员会', 2, 2)
d.check_all('委员会', 2, 2)
assert t.count('委') == 2           # only in the two committees

# ====================================================================== DOC_TITLE (×2)
# The amending decision: one DOC_TITLE, the nested 〈…〉 inside (guidelines DOC_TITLE; regs_ig, regs_fd).
d.ctx(DT, '第十二次会议《[关于修改〈河南省气象条例〉的决定]》修正')
# art. 1 根据《中华人民共和国气象法》和国家有关规定: the national law.
d.ctx(DT, '第一条 根据《[中华人民共和国气象法]》和国家有关规定')
assert t.count('《') == 2 and t.count('》') == 2 and t.count('〈') == 1 and t.count('〉') == 1
# Not DOC_TITLE (no 《》): 本条例 and its cross-reference (本条例第三十条第一款), 国民经济和社会发展计划,
# 城市规划, 城市和村镇规划, 气象灾害防御规划 (art. 17), 防御方案, 全省人工影响天气工作规划和计划 (art. 23),
# 人工影响天气实施方案, 资质证书 (arts. 21, 33: licences without 《》; the fourteenth session's rule covers
# licences in 《》 only), 具体(管理)办法 ×3.

# ====================================================================== ORG: 本级人民政府 (×3)
# 本级人民政府 points to one definite body (v1.1 *Level words*), although 本级 is relative to a class
# (各级气象主管机构): regs_ig call 9, regs_hg call 3, mixed-check-b decide the same shape. README call 3.
d.ctx(ORG, '各级气象主管机构在上级气象主管机构和[本级人民政府]的领导下')      # art. 4
d.ctx(ORG, '为[本级人民政府]组织防御气象灾害提供决策依据')                  # art. 18
d.ctx(ORG, '各级气象主管机构在[本级人民政府]的领导和协调下')                # art. 23
# Every 人民政府 (16) is accounted for: 3 labelled, 13 left out.
d.check_all('人民政府', 16, 3, [
    # 县级以上 ×7 (v1.1 *Level words*: 县级以上 + 人民政府 is vague)
    '第三条 县级以上[人民政府]应当加强对气象工作',            # art. 3
    '第五条 县级以上[人民政府]应当根据需要',                  # art. 5
    '第八条 县级以上[人民政府]应当关心',                      # art. 8
    '\n\n县级以上[人民政府]对在气象工作中',                    # art. 8 para. 2
    '第十二条 县级以上[人民政府]应当按照',                    # art. 12
    '第十七条 县级以上[人民政府]应当加强气象灾害',            # art. 17
    '第二十二条 县级以上[人民政府]应当加强对人工',            # art. 22
    '列入同级[人民政府]财政预算',                             # art. 7: 同级 (v1.1)
    '第十条 各级[人民政府]应当依法保护',                      # art. 10: 各级 (v1.1)
    # 当地 ×4 (regs-a notes: 当地人民政府 is not ORG, 当地 treated like 属地; regs_ig art. 28)
    '应及时报告当地[人民政府]，由当地',                       # art. 9
    '，由当地[人民政府]采取紧急措施',                         # art. 9
    '由当地[人民政府]负责改善',                               # art. 12 para. 3
    '电视台站和当地[人民政府]指定的报纸',                     # art. 15
])
# The one other 政府: art. 3 为社会公众、政府决策和经济发展服务 — bare 政府 without a level (v1.1 *Bare 党委,
# 政府*).
d.check_all('政府', 17, 3, [
    '第三条 县级以上人民[政府]应当加强对气象工作', '第五条 县级以上人民[政府]应当根据需要',
    '第八条 县级以上人民[政府]应当关心', '\n\n县级以上人民[政府]对在气象工作中',
    '第十二条 县级以上人民[政府]应当按照', '第十七条 县级以上人民[政府]应当加强气象灾害',
    '第二十二条 县级以上人民[政府]应当加强对人工', '列入同级人民[政府]财政预算',
    '第十条 各级人民[政府]应当依法保护', '应及时报告当地人民[政府]，由当地', '，由当地人民[政府]采取紧急措施',
    '由当地人民[政府]负责改善', '电视台站和当地人民[政府]指定的报纸',
    '为社会公众、[政府]决策和经济发展',
])

# ====================================================================== ORG: 国务院 (×6)
# The State Council, a body named inside a longer non-ORG phrase (v1.1: 区人民政府工作部门 → 区人民政府;
# regs_ig 国务院民政部门, regs_gf 国务院有关行政主管部门, regs_jf 国务院林业草原主管部门 → `国务院`).
# 国务院气象主管机构 (×4) is the national meteorological administration under the generic head 机构: only
# 国务院 is labelled (README call 2).
d.ctx(ORG, '县级以上人民政府应当按照[国务院]气象主管机构确定的')        # art. 12
d.ctx(ORG, '应当经[国务院]气象主管机构或者省气象主管机构进行资质认定')  # art. 21 para. 1
d.ctx(ORG, '具体办法按[国务院]气象主管机构的规定执行')                  # art. 21 para. 4
# art. 27 执行国务院和省气象主管机构制定的…技术标准: 国务院 standing on its own (or, read as a shared
# ending, 国务院[气象主管机构]): labelled either way.
d.ctx(ORG, '执行[国务院]和省气象主管机构制定的')                        # art. 27
d.ctx(ORG, '应当执行[国务院]气象主管机构规定的技术规范')                # art. 30 para. 2
# art. 31 按照国务院有关规定执行: the body whose rules apply (report_hb, regs_au: 国务院 at every occurrence).
d.ctx(ORG, '按照[国务院]有关规定执行')                                  # art. 31
d.check_all('国务院', 6, 6)
d.check_all('院', 6, 6)

# ====================================================================== not ORG: 机构 (×43)
# 气象主管机构 ×41: the meteorological administrations, the regulation's main actor, always under the
# generic head 机构 (v1.1 *机关 is a generic head*: "A body defined in the text under a generic head
# (省综合行政执法指导机构) is not ORG either"; regs_jg 淮阳龙湖管理机构 ×16, regs_hh 市蚕种管理机构 ×13,
# regs_eh 市排水管理机构, regs_ig 殡葬管理机构). With a level or place they are still the generic head:
# 各级 ×13, 省 ×5, 国务院 ×4 (国务院 labelled, above), 当地 ×4, 上级 ×2, 省辖市 ×2, 本级, 省以上,
# 市、县（市）, 有关, and bare 气象主管机构 ×7. README call 2.
# 法定气象计量检定机构 (art. 28) and 其他从事气象工作的机构 (art. 27): generic head.
assert t.count('机构') == 43 and t.count('气象主管机构') == 41
assert t.count('各级气象主管机构') == 13 and t.count('省气象主管机构') == 5 and t.count('国务院气象主管机构') == 4
assert t.count('当地气象主管机构') == 4 and t.count('上级气象主管机构') == 2 and t.count('省辖市气象主管机构') == 2
assert t.count('法定气象计量检定机构') == 1 and t.count('从事气象工作的机构') == 1

# ====================================================================== not ORG: 站 (×16)
# 气象台站 ×14 (weather observatories and stations: a class of facilities that 各级气象主管机构 own, 所属;
# art. 8 builds and runs them, art. 11 moves them to a new site; report_jd 气象站, 观测站, 探空站 are
# facilities; v1.1 *Not bodies*: facilities and service points; regs_ig 殡仪服务站) and 发布台站 (art. 16,
# the same stations); 广播、电视台站 (art. 15: media outlets, guidelines ORG "No", quantified by 各级).
# README call 1.
d.check_all('站', 16, 0, [
    '艰苦地区气象台[站]的建设', '不得迁移气象台[站]。确因', '需要迁移气象台[站]的，由', '选定气象台[站]新址',
    '当地各类气象台[站]气象探测环境', '\n\n气象台[站]现有探测环境', '所属气象台[站]按照职责发布',
    '第十四条 各级气象主管机构所属的气象台[站]应当根据需要', '电视台[站]和当地人民政府',
    '所属的气象台[站]直接提供', '注明发布台[站]的名称',
    '\n\n各级气象主管机构所属的气象台[站]应当加强对可能影响', '其他有关部门所属的气象台[站]及与灾害性天气',
    '第二十四条 各级气象台[站]应当做好', '监督气象台[站]在确保', '及其所属气象台[站]的工作人员',
])
assert t.count('气象台站') == 14 and t.count('台') == 16

# ====================================================================== not ORG: 部门 (×10)
# All under the generic head 部门 (guidelines ORG "No"; v1.1), most quantified by 有关/等.
d.check_all('部门', 10, 0, [
    '会同有关[部门]选定',                # art. 11
    '组织有关[部门]编制气象灾害',        # art. 17
    '跨地区、跨[部门]的联合监测',        # art. 18 (not a body at all)
    '其他有关[部门]所属的气象台站',      # art. 18
    '各级气象主管机构会同有关[部门]指导',  # art. 20
    '建设行政主管[部门]颁发',            # art. 21
    '民航、公安等[部门]和有关军事机关',  # art. 24: field list (民航, 公安 have no body head)
    '农业、水利、林业等[部门]应当及时提供',  # art. 24
    '当地空域管制[部门]履行申报',        # art. 25
    '行政法规规定的[部门]依法予以处罚',  # art. 32
])
# 机关 ×1: 有关军事机关 (art. 24: 有关 + generic head 机关, v1.1).
assert t.count('机关') == 1 and t.count('有关军事机关') == 1
# 单位 ×11 (单位和个人 ×3, 建设单位, 有关的单位, 从事…的单位 ×3, 持有…证书的单位, 实施探测单位, 责任单位):
# generic head.
assert t.count('单位') == 11 and t.count('单位和个人') == 3
# 组织 ×15: 任何组织 ×3 and 人工影响天气作业组织 (art. 23, head 组织), otherwise the verb (组织力量,
# 组织有关部门, 组织和指挥, 组织对…, 组织防御, 组织管理, 有组织, 组织、管理, 组织指导, 组织、实施, 管理、组织).
assert t.count('组织') == 15 and t.count('组') == 15 and t.count('任何组织') == 3 and t.count('作业组织') == 1
# 会 ×12: the two committees hold 4 (大会 + 委员会 each); 会议 ×2 (header sessions), 社会 ×4, 会同 ×2.
d.check_all('会', 12, 4, [
    '第二十一次[会]议通过', '第十二次[会]议《', '国民经济和社[会]发展计划', '为社[会]公众',
    '不得向社[会]发布', '媒体向社[会]传播', '由省辖市气象主管机构[会]同', '各级气象主管机构[会]同有关部门指导',
])
# 所 ×14: 所需 ×5, 所属 ×6 (机构所属 …), 场所, 所获得, 违法所得. 办 ×5: 办法 ×3, 办理 ×2. 处 ×7: 处罚 ×3,
# 并处 ×3, 处分. 科 ×5: 科学/科技. No 局, 厅, 中心, 队, 室, 团, 股.
assert t.count('所') == 14 and t.count('所属') == 6 and t.count('所需') == 5
assert t.count('办') == 5 and t.count('办法') == 3 and t.count('办理') == 2
assert all(m.group() in ('处罚', '并处', '处分') or t[m.start() - 1] == '并' for m in re.finditer('处.', t))
assert t.count('科') == 5 and t.count('科学') == 4 and t.count('科技') == 1
# Not ORG either: 媒体 (广播、电视、报纸、电信、计算机网络等媒体, art. 16) and 当地人民政府指定的报纸 (art. 15):
# media; 民航, 公安 (fields, no body head); 国家 (国家有关规定, 国家建设); 我省 / 本省 (the province as a
# territory; 我省 a pronoun-like reference, v1.1); places (贫困地区、滞洪区、山区); people (气象职工, 工作人员,
# 他人).
for w in ('局', '厅', '中心', '队', '室', '团', '股', '小组', '党', '人大', '政协', '中央', '以下简称', '简称',
          '上一级', '所在', '属地', '协会', '联合会', '工会', '馆', '学院', '学校', '医院'):
    assert w not in t, w
for w in ('部门', '机构', '机关', '组织', '单位', '站', '媒体', '报纸'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w

# ====================================================================== PRINCIPLE (×2)
# art. 5 应当坚持地方气象事业与国家气象事业共同发展的原则: unquoted content the text calls 原则, introduced
# by 坚持 (guidelines: 坚持优化协同高效的原则 → `优化协同高效`; regs_jg art. 3). One part (no 、).
d.ctx(PR, '应当坚持[地方气象事业与国家气象事业共同发展]的原则')
# art. 27 para. 2 应当按照气象资料共享、共用的原则: unquoted content called 原则, introduced by 按照
# (guidelines: 按照“精简、统一、效能”的原则; v1.1 *原则 compounds*: only 原则 is dropped, the noun 气象资料
# stays). Split mechanically at 、 (shandong-part1: a long unquoted 按照…的原则 split at 、). README call 4.
d.ctx(PR, '应当按照[气象资料共享、共用]的原则')
assert t.count('原则') == 2 and t.count('坚持') == 1 and '原则上' not in t
# Not PRINCIPLE: 按照 ×10 others (国家有关规定, 国务院气象主管机构确定的…标准, 职责, 国家规定, 防御方案,
# 国家和本省有关防雷技术要求 (art. 20: not quoted, no content, names no principle), 国家有关规定, 职责分工,
# 国务院有关规定, 下列规定, 不按照规定) and 根据 ×6 (《气象法》, 需要 ×2, 气象信息, 实际情况, 用户需求)
# introduce rules, needs and plans.
assert t.count('按照') == 12 and t.count('根据') == 6 and t.count('要求') == 1 and '防雷技术要求' in t
for w in ('方针', '思路', '遵循', '本着', '“', '"', '理念'):
    assert w not in t, w

# ====================================================================== DEADLINE (×1)
# art. 27 进行气象探测所获得的原始资料必须在探测活动结束后九十日内移交当地气象主管机构: a relative limit
# (v1.2 *Relative time limits*: 闭会后两个月内 → `两个月内`); span the limit alone, without 在 and the
# anchor event; value WITHIN (regs_ig 七日内, 二十四小时内).
d.ctx(DL, '在探测活动结束后[九十日内]移交当地气象主管机构', norm=WITHIN)
# Not DEADLINE (README call 5):
#   art. 15 每天播发或刊登公众气象预报: a bare frequency without a due point (guidelines DEADLINE "No");
#   art. 7 逐年增加投入, art. 20 防雷装置实行定期检测制度 and art. 33 (二) 定期检测: frequencies;
#   及时 ×5 (arts. 9, 18 ×3, 24), 适时 (art. 16), 事先 (art. 12), 限期改正 (art. 33): vague;
#   art. 28 检定有效期: a validity period (v1.1 / v1.2: validity is not DEADLINE);
#   art. 23 日常管理工作: not a time limit; 同时 (art. 5), 时 (art. 9 遭受破坏时), 时间 (arts. 15, 16);
#   后 ×5 besides the labelled one (批准后, 采取相应措施后, 认定后, 经批准后, 批准后实施): events, no number;
#   the header dates (past events) and art. 35 本条例自2001年7月1日起施行 (v1.1 *Effective dates*);
#   内 ×7 besides the labelled one: 行政区域内 ×4, 保护范围内, 职责范围内 (space), 内容.
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == [
    '2001年3月30日', '2004年11月26日', '2001年7月1日']
assert t.count('年') == 4 and t.count('逐年') == 1 and t.count('月') == 3 and t.count('日') == 5
assert t.count('日内') == 1 and t.count('日常') == 1 and t.count('每') == 1 and t.count('每天') == 1
assert t.count('定期') == 2 and t.count('有效期') == 1 and t.count('限期') == 1 and t.count('期') == 4
assert t.count('及时') == 5 and t.count('适时') == 1 and t.count('时') == 10 and t.count('事先') == 1
assert t.count('前') == 1 and t.count('前提') == 1 and t.count('后') == 6
assert t.count('内') == 8 and t.count('区域内') == 4 and t.count('范围内') == 2 and t.count('内容') == 1
for w in ('底', '期间', '以前', '之前', '月内', '年内', '日前', '小时', '工作日', '季度', '旬', '届满', '时限',
          '长期', '提前', '至迟'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO
# None. Every number followed by a measure word, read: the dates; 一部(分) (art. 16: a share of income);
# 九十日 (the limit, above); the fines 一千元, 五千元, 一万元, 一千元, 三千元 (art. 33: money). Ordinals are not
# counts: 第九届, 第二十一次, article numbers, 第三十条第一款, the item markers (（一）…（四）). The project list
# of art. 6 (地方气象事业项目主要包括：（一）…（四）) gives no count in the text; 各类气象台站 and 分类分级保护
# carry no number. No person or post carries a number (气象职工, 工作人员).
NUM = '0-9一二三四五六七八九十百千万两零'
found = re.findall(rf'(?<![第{NUM}（])[{NUM}]+[名人项个类件条所家份张套次级支倍元年平公小日月米届天部]', t)
assert found == ['2001年', '3月', '30日', '2004年', '11月', '26日', '一部', '九十日', '一千元', '五千元', '一万元',
                 '一千元', '三千元', '2001年', '7月', '1日'], found
assert t.count('项') == 10 and t.count('项目') == 7 and t.count('个') == 6 and t.count('个人') == 6
assert t.count('名') == 1 and t.count('名称') == 1 and t.count('类') == 2
# 编制 ×2 is "drawing up" a plan (arts. 17, 23), not establishment posts.
assert t.count('编制') == 2 and t.count('编制气象灾害防御规划') == 1 and t.count('编制全省人工影响天气工作规划') == 1
for w in ('号', '〔', '【', '[', '令第', '职数', '人数', '名额'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
counts = Counter(e['label'] for e in d.ents)
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 2, 'ITEM_COUNT': 0, 'ORG': 11, 'PRINCIPLE': 2,
    'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '河南省第九届人民代表大会常务委员会': 1, '河南省第十届人民代表大会常务委员会': 1,
    '本级人民政府': 3, '国务院': 6})
assert Counter(e['text'] for e in d.ents if e['label'] == DT) == Counter({
    '关于修改〈河南省气象条例〉的决定': 1, '中华人民共和国气象法': 1})
assert [e['normalized'] for e in d.ents if e['label'] == PR] == [
    ['地方气象事业与国家气象事业共同发展'], ['气象资料共享', '共用']]
write_gold(OUT, [d])
