"""Build regs_le.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 德州市扬尘污染防治条例 (Dezhou municipal regulation on the prevention and control of dust
pollution; adopted 2018-12-27 by the standing committee of the 18th Dezhou municipal people's
congress, 18th session; approved 2019-02-12 by the standing committee of the 13th Shandong provincial
people's congress, 10th session; in force 2019-03-01, art. 44; file name date 2019-02-13, presumably
the promulgation, not in the text). 44 articles in 6 chapters, two header lines.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedents: gold-fresh15 regs_he (枣庄: a Shandong city regulation with the same 通过 + 批准
header, the file name's date as meta.date, actors all under 主管部门, bare 镇人民政府 / 街道办事处,
坚持…的原则); gold-fresh16 regs_ie (Shandong: 乡镇人民政府、街道办事处 and 村民委员会、居民委员会 as ORG,
各级 / 同级 / 上级 + 人民政府 pinned, 本级 + body ORG) and regs_ih (嘉兴建筑垃圾: 市、县（市、区）人民政府
shared ending, …管委会 with its zone's name ORG, 所在地的 covering a list); gold-fresh17 regs_jf
(所在地乡镇人民政府、街道办事处 → nothing) and regs_jh (人民政府 inside a 部门 phrase labelled);
gold-fresh12 regs_eh (施工期间 and events without a number are not DEADLINE) and regs_eg (行业协会
not ORG; 遵循…的原则); gold-fresh4 regs_r (东营经济技术开发区管委会 ORG); gold-fresh13 regs_fh
(市人民政府工作部门 → 市人民政府).
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh19/regs_le.jsonl'
SRC = 'corpus/regulations/shandong/德州市扬尘污染防治条例(2019-02-13).txt'

d = Doc("fresh19-regs-dezhou-dust-pollution", SRC,
        # date: the file name's date, 2019-02-13 (presumably the promulgation; the text gives only
        # 2018-12-27 adopted, 2019-02-12 approved and the effective date 2019-03-01). Shandong city
        # regulations with the same header take the file's date: regs_he (枣庄, 2021-08-02), regs_de
        # (滨州), regs_eh (青岛), regs-b (安阳); regs_ih (嘉兴). No label depends on the year (there is
        # no DEADLINE).
        # region: a Dezhou city regulation, province + city as in regs_he (山东省枣庄市), regs_de
        # (山东省滨州市), regs_eh (山东省青岛市).
        {"region": "山东省德州市", "date": "2019-02-13"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 6186 and d.text.count('\n') == 242
t = d.text
ORG = 'ORG'

# ====================================================================== header
# Title line 德州市扬尘污染防治条例: no 《》 and no body head word (v1.1 *Title lines*): nothing.
# The standing committees before their sessions are ORG, the term number inside, the session outside
# (regs-a / regs-b notes *Adoption lines*; regs_he, regs_ih: the same adopt/approve pair).
d.ctx(ORG, '2018年12月27日 [德州市第十八届人民代表大会常务委员会]第十八次会议通过')
d.ctx(ORG, '2019年2月12日 [山东省第十三届人民代表大会常务委员会]第十次会议批准')
d.check_all('人民代表大会', 2, 2)
d.check_all('常务委员会', 2, 2)
# The header dates are past events, and art. 44 本条例自2019年3月1日施行 is an effective date: not
# DEADLINE (guidelines DEADLINE "No"; v1.1 *Effective dates*).
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == [
    '2018年12月27日', '2019年2月12日', '2019年3月1日']
assert t.count('年') == 3 and t.count('月') == 3 and t.count('施行') == 1
assert t.count('本条例自2019年3月1日施行') == 1

# ====================================================================== ORG: governments
# 市人民政府 ×2:
#   art. 7 市人民政府负责组织领导全市扬尘污染防治工作: the municipal government as subject (regs_he, regs_ih);
#   art. 10 负有…职责的市人民政府工作部门: the government named inside a longer non-ORG phrase is labelled
#     on its own (v1.1: 区人民政府工作部门 → `区人民政府`; regs_fh 市人民政府工作部门 → 市人民政府). README call 4.
# (市人民政府 does not occur inside 县（市、区）人民政府, whose 市 is followed by 、.)
d.ctx(ORG, '第七条 [市人民政府]负责组织领导全市扬尘污染防治工作')
d.ctx(ORG, '监督管理职责的[市人民政府]工作部门')
assert t.count('市人民政府') == 2
# 县（市、区）人民政府 ×5: one ORG each, the parenthesis giving alternative levels (v1.1 *Shared endings*:
# 县（市、区）人民政府 is one ORG); after 市、 the bare 市 is not a name (v1.1: 市、区人民政府 → `区人民政府`;
# regs_ih 市、县（市、区）人民政府 ×3). In art. 9 it lies before 其他有关部门 (a body inside a longer non-ORG
# phrase, v1.1; regs_cb 县（市、区）人民政府民政部门, regs-ay 市、县（区）人民政府有关部门: 有关 quantifies
# 部门, not the government). In art. 7 para. 3 it is the body whose rules the zone committees follow
# (参照本条例关于县（市、区）人民政府的规定): still the named class of bodies. README call 4.
d.ctx(ORG, '\n\n[县（市、区）人民政府]负责本行政区域内扬尘污染防治工作')          # art. 7 para. 2
d.ctx(ORG, '参照本条例关于[县（市、区）人民政府]的规定')                          # art. 7 para. 3
d.ctx(ORG, '第九条 市、[县（市、区）人民政府]其他有关部门')                      # art. 9
d.ctx(ORG, '第三十五条 市、[县（市、区）人民政府]依据重污染天气的预警等级')      # art. 35
d.ctx(ORG, '预警解除后，市、[县（市、区）人民政府]应当及时发布公告')              # art. 35 para. 2
assert t.count('县（市、区）') == 5 and t.count('市、县（市、区）人民政府') == 3
# art. 7 para. 4 乡镇人民政府、街道办事处负责辖区内扬尘污染防治工作的监督落实: the bare class names of the
# township government and the sub-district office, with no 各/所在/当地 before them, holding a duty:
# two ORGs, the coordination split (regs-b notes: bare 街道办事处 and 乡镇人民政府 are ORG; regs_ie art. 9
# 乡镇人民政府、街道办事处; regs_he, regs_ih). README call 3.
d.ctx(ORG, '\n\n[乡镇人民政府]、街道办事处负责辖区内扬尘污染防治工作')
d.ctx(ORG, '\n\n乡镇人民政府、[街道办事处]负责辖区内扬尘污染防治工作')
# art. 43 由本级人民政府给予通报批评: 本级 + body points to one definite body (v1.1 *Level words*: 本级人民政府
# is ORG with the prefix inside; regs_ie 本级人民代表大会常务委员会, regs_hg 本级人民政府 after a vague subject).
# README call 5.
d.ctx(ORG, '由[本级人民政府]给予通报批评')
# Every 人民政府 (14) accounted for: 9 labelled above, 5 left out:
GOV_OUT = [
    # 各级 / 上级 / 同级 + 人民政府 are vague (v1.1 *Level words*; regs_ie pins the same three):
    '第四条 各级[人民政府]和有关部门、单位应当加强',                        # art. 4
    '并按照上级[人民政府]和有关部门的安排',                                  # art. 7 para. 4
    '可以按照同级[人民政府]的要求',                                          # art. 30 para. 2
    # art. 29 (二), (七) 所在地乡镇人民政府、街道办事处负责: located by 所在地, which covers both members of
    # the coordination (v1.1 *Alternative readings*: 属地…/所在… work like 有关/上级; regs_jf the same
    # phrase 所在地乡镇人民政府、街道办事处 → nothing; regs_ih 所在地的镇人民政府或者街道办事处). README call 2.
    '其管理单位或者所在地乡镇[人民政府]、街道办事处负责',                    # art. 29 (二)
    '其他区域由所在地乡镇[人民政府]、街道办事处负责',                        # art. 29 (七)
]
d.check_all('人民政府', 14, 9, GOV_OUT)
# art. 3 政府主导 is bare 政府 (v1.1 *Bare 党委, 政府*), and it lies inside the PRINCIPLE below.
d.check_all('政府', 15, 9, ['扬尘污染防治遵循[政府]主导'] +
            [a.replace('[人民政府]', '人民[政府]') for a in GOV_OUT])
d.check_all('办事处', 3, 1, ['其管理单位或者所在地乡镇人民政府、街道[办事处]负责',
                            '其他区域由所在地乡镇人民政府、街道[办事处]负责'])
assert t.count('所在地') == 2 and t.count('所在') == 3 and t.count('所在单位') == 1

# ====================================================================== ORG: zone committees
# art. 7 para. 3 德州经济技术开发区管理委员会和德州运河经济开发区管理委员会参照本条例…履行…职责: two management
# committees, each with its zone's full name, holding duties: ORG (regs_r 东营经济技术开发区管委会、东营港
# 经济开发区管委会 → two ORGs; regs_ih 嘉兴港区管委会; report_gc …管委会). Both names are complete, so no
# shared ending; the zone alone would be a place (reports notes: development zones are not ORG), but
# here the zone lies inside the committee's name (longest name).
d.ctx(ORG, '\n\n[德州经济技术开发区管理委员会]和德州运河经济开发区管理委员会参照')
d.ctx(ORG, '德州经济技术开发区管理委员会和[德州运河经济开发区管理委员会]参照')
d.check_all('管理委员会', 2, 2)
assert t.count('开发区') == 2

# ====================================================================== ORG: village and residents' committees
# art. 7 para. 5 村民委员会、居民委员会应当协助开展扬尘污染防治工作: the grassroots committees as bare class
# names holding a duty (guidelines ORG "Yes": 村委会; regs_ie, regs_ih, regs_hg: two ORGs, split).
d.ctx(ORG, '\n\n[村民委员会]、居民委员会应当协助开展')
d.ctx(ORG, '\n\n村民委员会、[居民委员会]应当协助开展')
d.check_all('委员会', 6, 6)
assert t.count('委') == 6
# 会 ×13: 8 inside the labelled committees (大会 ×2, 委员会 ×6), the 2 sessions (会议), 行业协会 and
# 社会 ×2 (向社会公布).
d.check_all('会', 13, 8, ['常务委员会第十八次[会]议通过', '常务委员会第十次[会]议批准',
                          '鼓励、支持行业协[会]制定', '导则，并向社[会]公布', '并及时向社[会]公布'])

# ====================================================================== not ORG (read in context)
# art. 6 鼓励、支持行业协会制定实施扬尘污染防治专业规范: a trade association (seventh-session decision:
# 行业协会, 商协会 are not bodies; regs_eg 电动自行车行业协会, regs_ie 律师协会).
assert t.count('协会') == 1 and t.count('行业协会') == 1
# 部门 ×45, all under the generic head 部门 (guidelines ORG "No"; v1.1: a body defined under a generic
# head is not ORG; regs_he, regs_ih, regs_eh). README call 1:
#   生态环境主管部门 ×9 (arts. 8, 30 ×2, 32 ×2, 34, 35, 39, 41), 城市管理主管部门 ×6 (arts. 9 (二), 38 ×2,
#   39, 40, 42), 住房城乡建设主管部门 ×3 (arts. 9 (一), 38 ×2), 交通运输主管部门 (art. 9 (三)), 交通运输管理
#   主管部门 (art. 42), 水利主管部门 (art. 9 (五)), 负责监督管理扬尘污染防治的主管部门 (art. 13), the field
#   lists 发展改革、…、人民防空等部门 (art. 9 (六)) and 城市管理、住房城乡建设、交通运输、水利等主管部门
#   (art. 37); 负有扬尘污染防治监督管理职责的部门 ×8 (arts. 30 ×2, 32, 33, 34, 35, 43 ×2); 有关部门 ×6,
#   其他相关部门, 扬尘监督管理部门, 相关监督管理部门, 受理部门, 市人民政府工作部门 (art. 10); 部门监管 inside
#   the PRINCIPLE; 公安机关交通管理部门 (art. 9 (四): 机关 and 部门 both generic; regs_he the same phrase).
assert t.count('部门') == 45 and t.count('主管部门') == 23 and t.count('生态环境主管部门') == 9
assert t.count('城市管理主管部门') == 6 and t.count('住房城乡建设主管部门') == 3
assert t.count('负有扬尘污染防治监督管理职责的部门') == 8 and t.count('有关部门') == 6
# 机关 ×4: 公安机关交通管理部门 and 依法作出处罚决定的行政机关 ×3 (arts. 37, 38, 39): generic (v1.1 *机关*).
assert t.count('机关') == 4 and t.count('行政机关') == 3 and t.count('公安机关') == 1
# 单位 ×28: 有关部门、单位 ×3, 相关部门、单位, 任何单位和个人 ×2, 企业事业单位, 建设单位 ×3, 施工单位 ×7,
#   监理单位, 经营管理单位, 单位范围内, 所在单位, 管理单位 ×2, 管护单位, 企业、单位和场所, 被检查的单位,
#   产生扬尘污染的单位, 对单位处: parties under the generic head 单位 (regs_he, regs_ih).
assert t.count('单位') == 28 and t.count('施工单位') == 7 and t.count('建设单位') == 3
assert t.count('管理单位') == 3 and t.count('任何单位和个人') == 2
# 组织 ×4: the verbs 组织领导, 组织落实, 组织其他…部门, and 其他组织 (art. 34: 公民、法人和其他组织, generic).
assert t.count('组织') == 4 and t.count('其他组织') == 1
# Companies, media, platforms, facilities and places (guidelines ORG "No"; v1.1 *Not bodies*): 工业企业,
# 预拌混凝土、预拌砂浆生产企业 ×3, 企业事业单位, 物业企业 ×2, 易产生扬尘污染的企业 (企业 ×8); 新闻媒体
# (art. 4, media; regs_ed, regs_jg); 公共信用平台 (art. 33, a platform; regs_ke) and 高处平台 (a work
# platform); 公路运输场站, 车站 (站 ×2: facilities); 旅游景区、广场、公园、停车场、车站、市场 (art. 28, public
# places); 生活垃圾填埋场, 建筑垃圾消纳场, 物料堆场 (sites); 本市, 全市 (the territory); 人民防空 (a field of
# administration in the art. 9 (六) list).
assert t.count('企业') == 8 and t.count('媒体') == 1 and t.count('平台') == 2 and t.count('站') == 2
assert t.count('场站') == 1 and t.count('车站') == 1
# The other body head words occur only inside other words: 办 ×3 (办事处 ×3), 中心 (道路中心隔离带),
# 所 ×11 (所称, 场所 ×4, 所造成, 所挖, 所在单位, 所在地 ×2, 所有权人), 组 ×4 (组织), 联 (联合执法).
assert t.count('办') == 3 and t.count('中心') == 1 and t.count('道路中心隔离带') == 1
assert t.count('所') == 11 and t.count('场所') == 4 and t.count('组') == 4 and t.count('联') == 1
for w in ('局', '厅', '队', '院', '小组', '办公室', '机构', '党', '人大', '政协', '国务院', '中央', '以下简称',
          '简称', '当地', '属地', '上一级', '管委会', '团', '科', '股'):
    assert w not in t, w
for w in ('部门', '机关', '机构', '单位', '组织', '企业', '协会', '平台', '站'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w

# ====================================================================== PRINCIPLE
# art. 3 扬尘污染防治遵循政府主导、部门监管、公众参与、损害担责的原则: unquoted content the text calls 原则,
# introduced by 遵循 (guidelines PRINCIPLE verb list; v1.1 按照属地管理原则 → `属地管理`; regs-a 遵循…的原则,
# regs_eg 遵循…的原则, regs_he 坚持…的原则). Span without 遵循 and 的原则; parts split at 、.
d.ctx('PRINCIPLE', '扬尘污染防治遵循[政府主导、部门监管、公众参与、损害担责]的原则，实行')
assert t.count('原则') == 1 and t.count('遵循') == 1
# Not PRINCIPLE (README call 6):
#   art. 3 …的原则，实行源头控制、防治结合、综合治理: a second clause after 实行, neither called 原则 nor quoted
#     (guidelines PRINCIPLE "No"; regs-a notes: 坚持民主集中制，坚持依法办事 has no 原则 and no quotation
#     marks);
#   要求 ×4: 要求施工单位立即改正 (a verb), 按照规范要求, 按照有关要求, 按照同级人民政府的要求 (no content);
#   按照 ×20 and 根据 ×5 introduce rules, plans, duties, contracts and conditions, never a formula.
assert t.count('实行源头控制、防治结合、综合治理') == 1
assert t.count('要求') == 4 and t.count('按照') == 20 and t.count('根据') == 5
for w in ('坚持', '方针', '思路', '本着', '原则上', '“', '"', '「'):
    assert w not in t, w

# ====================================================================== DOC_TITLE
# art. 1 根据《中华人民共和国环境保护法》《中华人民共和国大气污染防治法》和《山东省大气污染防治条例》等法律、
# 法规: three laws cited in 《》 (guidelines DOC_TITLE). 中华人民共和国 names the state, no body head word:
# no ORG inside (and an inner ORG would not be labelled anyway).
d.ctx('DOC_TITLE', '根据《[中华人民共和国环境保护法]》《')
d.ctx('DOC_TITLE', '》《[中华人民共和国大气污染防治法]》和《')
d.ctx('DOC_TITLE', '和《[山东省大气污染防治条例]》等法律、法规')
assert t.count('《') == 3 and t.count('》') == 3 and '〈' not in t
# Not DOC_TITLE: the title line, 本条例, 扬尘污染防治总体方案 / 市扬尘污染防治总体方案, 实施方案, 导则,
# 专业规范, 建设项目环境影响评价文件, 招标文件, 施工承包合同, 物业服务合同, 应急预案, 城乡容貌和环境卫生标准:
# named without book-title marks (guidelines DOC_TITLE: "Without book-title marks, no DOC_TITLE").

# ====================================================================== DEADLINE
# None. Every time word read (README call 7):
#   the header dates and art. 44's effective date (above);
#   art. 13 承担工程施工期间的扬尘污染防治责任 and art. 17 (三) 道路基层养护期间采取覆盖…措施: the span of an
#     activity during which a duty holds, with no number and no date (regs_eh 施工期间, 返修或者重建期间:
#     events without a number, not DEADLINE);
#   art. 18 (四) 爆破前应当…, 爆破后立即…; art. 17 (四) 完工后，及时恢复; art. 18 (三) 拆除后…及时清运;
#     art. 35 预警解除后…及时发布公告: limits tied to an event with no number (project decision beyond
#     v1.2: 在变更之前, 上岗之前 are not DEADLINE; regs_eh 在施工前; regs_ih 在开工前);
#   art. 12 (二) 按时足额拨付, 及时 ×15, 立即 ×3: vague (guidelines DEADLINE "No": 及时, 尽快);
#   art. 32 定期发布扬尘污染信息: a bare frequency (guidelines DEADLINE "No");
#   arts. 37, 38, 39 自责令改正之日的次日起，…按日连续处罚 (×3): a start (v1.1: 2022年6月起 is not a DEADLINE)
#     and a daily penalty, not a time set for a measure;
#   日常 ×2 (日常巡查制度, 日常监督); 时 ×22 in 及时, 按时, 实时, 时间 ×2 and …时 ("when": 清理时, 开挖时,
#     绿化时); 前款 (art. 28: the preceding paragraph); 内 ×13 are space or 内容.
assert t.count('期间') == 2 and t.count('施工期间') == 1 and t.count('养护期间') == 1 and t.count('期') == 3
assert t.count('定期') == 1 and t.count('前') == 2 and t.count('爆破前') == 1 and t.count('前款') == 1
assert t.count('后') == 5 and t.count('及时') == 15 and t.count('立即') == 3 and t.count('按时') == 1
assert t.count('之日的次日起') == 3 and t.count('按日连续处罚') == 3 and t.count('日常') == 2
assert t.count('日') == 14 and t.count('时') == 22 and t.count('时间') == 2 and t.count('内') == 13
assert t.count('内容') == 1 and t.count('区域内') == 3
for w in ('每', '底', '日内', '月内', '年内', '以前', '之前', '以内', '小时', '工作日', '提前', '限期', '季度',
          '旬', '届满', '时限', '期限', '长期'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO
# None. Every number followed by a measure word, read: the dates; 第十八届 / 第十三届, 第十八次 / 第十次
# (ordinals of terms and sessions); article numbers and the cross-references 第十五条, 第十九条第一款 …
# (ordinals); the fines 一万元以上十万元以下 … 五百元以上三千元以下 (×8 ranges, money).
# The lists of arts. 9, 12, 15–21, 28, 29 are not counted in the text (下列职责分工, 下列规定, 下列扬尘污染
# 防治措施, 下列规定确定): no ITEM_COUNT (regs_he, regs_ih: unnumbered lists). 各类管线 carries no number.
# No person is counted: 负责人, 执法人员, 举报人, 主管人员和直接责任人员, 工作人员 have no number; no 名, 编制,
# 职数.
NUM = '0-9一二三四五六七八九十百千万两零'
found = re.findall(rf'(?<![第{NUM}（])[{NUM}]+[名人项个类件条所家份张套次级支倍元年月日届处种部]', t)
assert found == ['2018年', '12月', '27日', '2019年', '2月', '12日', '一万元', '十万元', '一万元', '十万元',
                 '五千元', '三万元', '一万元', '十万元', '五百元', '三千元', '三千元', '三万元', '五千元',
                 '五万元', '五千元', '五万元', '2019年', '3月', '1日'], found
assert t.count('以上') == 8 and t.count('以下') == 8
assert [t.count(f'（{n}）') for n in '一二三四五六七八'] == [11, 11, 10, 8, 4, 4, 2, 0]
assert t.count('个') == 5 and t.count('个人') == 5 and t.count('项') == 1 and t.count('建设项目') == 1
assert t.count('类') == 1 and t.count('各类管线') == 1
for w in ('名', '编制', '职数', '不少于', '不超过', '号', '〔', '【', '[', '令第'):
    assert w not in t, w
# DOC_NO: no 号 and no bracketed year.

# ====================================================================== checks
d.check_value_shapes()
counts = Counter(e['label'] for e in d.ents)
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 3, 'ITEM_COUNT': 0, 'ORG': 16, 'PRINCIPLE': 1,
    'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '德州市第十八届人民代表大会常务委员会': 1, '山东省第十三届人民代表大会常务委员会': 1,
    '市人民政府': 2, '县（市、区）人民政府': 5, '德州经济技术开发区管理委员会': 1,
    '德州运河经济开发区管理委员会': 1, '乡镇人民政府': 1, '街道办事处': 1, '村民委员会': 1,
    '居民委员会': 1, '本级人民政府': 1})
assert [e['text'] for e in d.ents if e['label'] == 'DOC_TITLE'] == [
    '中华人民共和国环境保护法', '中华人民共和国大气污染防治法', '山东省大气污染防治条例']
assert [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE'] == [
    ['政府主导', '部门监管', '公众参与', '损害担责']]
write_gold(OUT, [d])
