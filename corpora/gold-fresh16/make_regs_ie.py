"""Build regs_ie.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 山东省法治宣传教育条例 (Shandong provincial regulation on publicity and education in the
rule of law; adopted 2017-09-30 by the standing committee of the 12th Shandong provincial people's
congress, 32nd session; in force 2017-12-01, art. 35). 35 articles, no chapters, one header line.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedents: gold-fresh15 regs_he (a Shandong regulation: header committee, bare 镇人民政府 /
街道办事处, 坚持…的原则) and regs_hg (县级以上人民政府 ×26 pinned, 本级人民政府, 村民委员会/居民委员会,
bodies under 机构/部门 not ORG); gold-fresh4 regs-t (工会、共产主义青年团、妇女联合会、残疾人联合会 → four
ORGs; 看守所、强制隔离戒毒所 facilities); gold-fresh8 regs-at (a named publicity day, not DEADLINE);
gold-fresh10 regs_cg / gold-fresh13 regs_fd (本级 / 上一级 + body); gold-fresh14 regs_gf
(县级以上人民代表大会及其常务委员会 → nothing).
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh16/regs_ie.jsonl'
SRC = 'corpus/regulations/shandong/山东省法治宣传教育条例(2017-09-30).txt'

d = Doc("fresh16-regs-shandong-fazhixuanchuan", SRC,
        # date: the file name's date, 2017-09-30, which is also the only header date (adoption); the
        # effective date 2017-12-01 (art. 35) is not the document's date (regs_he, regs_hg: the file
        # name's / latest header date). No label depends on the year (there is no DEADLINE).
        # region: a provincial regulation of Shandong (regs_hg 广东省, regs_fd 河南省, regs_gh 浙江省).
        {"region": "山东省", "date": "2017-09-30"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 3755
t = d.text
ORG = 'ORG'

# ====================================================================== header
# Title line 山东省法治宣传教育条例: no 《》 and no body head word (v1.1 *Title lines*): nothing.
# The standing committee before its session is ORG, the term number inside, the session outside
# (regs-a / regs-b notes *Adoption lines*; regs_he, regs_hg).
d.ctx(ORG, '2017年9月30日 [山东省第十二届人民代表大会常务委员会]第三十二次会议通过')
# The header date is a past event and art. 35 本条例自2017年12月1日起施行 is an effective date: not
# DEADLINE (guidelines DEADLINE "No"; v1.1 *Effective dates*).
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == ['2017年9月30日', '2017年12月1日']
assert t.count('日起施行') == 1

# ====================================================================== ORG: governments
# art. 9 乡镇人民政府、街道办事处应当指导、支持和帮助村民委员会、居民委员会开展法治宣传教育: the bare class
# names of the township government and the sub-district office, with no 各/所在/当地 before them, holding
# a duty: two ORGs (regs-b notes: bare 街道办事处 and 乡镇人民政府 are ORG; regs_he, regs_hg, regs_gh);
# the coordination is split (guidelines ORG).
d.ctx(ORG, '第九条 [乡镇人民政府]、街道办事处应当指导')
d.ctx(ORG, '第九条 乡镇人民政府、[街道办事处]应当指导')
# art. 30 县级以上人民政府应当定期向本级人民代表大会常务委员会和上一级人民政府报告: 本级 + body points to one
# definite body (v1.1 *Level words*: 本级人民政府; gold-unseen mixed-c `本级人民代表大会常务委员会`; regs_hg
# 本级人民政府 after a 县级以上 subject, README call 4), and 上一级 + body is one body (v1.2 *Definite short
# forms*; regs_cg, regs_fd, regs_ff `上一级人民政府`).
d.ctx(ORG, '应当定期向[本级人民代表大会常务委员会]和上一级人民政府报告')
d.ctx(ORG, '应当定期向本级人民代表大会常务委员会和[上一级人民政府]报告')
# Every 人民政府 (22) is accounted for: 2 labelled above, 20 left out.
GOV_OUT = [
    # 同级 + 人民政府 is vague (v1.1 *Level words*), and the body lies before a 部门 anyway:
    '日常工作由同级[人民政府]司法行政部门承担',                                  # art. 6
    # 县级以上 + 人民政府 ×15 (v1.1 *Level words*: vague, also before a 部门 / 机构 phrase):
    '第七条 县级以上[人民政府]应当将法治宣传教育纳入',                          # art. 7
    '第十一条 县级以上[人民政府]司法行政部门根据',                              # art. 11
    '第十三条 县级以上[人民政府]司法行政部门应当会同',                          # art. 13
    '第十四条 县级以上[人民政府]负责法制工作的机构',                            # art. 14
    '第十五条 县级以上[人民政府]公务员主管部门',                                # art. 15
    '第十六条 县级以上[人民政府]教育行政部门',                                  # art. 16
    '第十七条 县级以上[人民政府]和有关部门、社会组织',                          # art. 17
    '第十八条 县级以上[人民政府]公安、民政',                                    # art. 18
    '第十九条 县级以上[人民政府]发展改革',                                      # art. 19
    '第二十四条 县级以上[人民政府]文化、新闻出版广电等部门',                    # art. 24
    '\n\n县级以上[人民政府]司法行政部门应当在法治宣传教育月',                  # art. 28
    '第三十条 县级以上[人民政府]应当定期向本级',                                # art. 30
    '\n\n县级以上[人民政府]有关部门应当对本系统',                              # art. 30 para. 3
    '第三十一条 县级以上[人民政府]及其司法行政部门',                            # art. 31
    '第三十三条 县级以上[人民政府]及其有关部门',                                # art. 33
    # 各级 + 人民政府 ×2 (v1.1 *Level words*):
    '第二十五条 各级[人民政府]应当建设和完善',                                  # art. 25
    '第二十六条 各级[人民政府]和有关部门可以通过',                              # art. 26
    # 上级 / 下级 + 人民政府 (v1.1 *Level words*: 上级, 下级 are vague; v1.2: 下一级/下级 + body is
    # vague, only 上一级 names one body):
    '\n\n上级[人民政府]应当定期对下级人民政府',                                # art. 30 para. 2
    '应当定期对下级[人民政府]法治宣传教育工作情况',                            # art. 30 para. 2
]
d.check_all('人民政府', 22, 2, GOV_OUT)
assert t.count('县级以上') == 17 and t.count('县级以上人民政府') == 15
# Bare 政府 (v1.1 *Bare 党委, 政府*: 政府购买服务 is the guidelines' own example), plus 法治政府 (a type
# of government, reports notes) and 地方政府规章 (a kind of rule): not ORG. The other 20 政府 are the
# 人民政府 left out above.
d.check_all('政府', 26, 2, [
    '纳入国民经济和社会发展规划以及[政府]公共服务体系',     # art. 7
    '地方性法规和地方[政府]规章通过后',                     # art. 12
    '提高法治[政府]建设能力和水平',                         # art. 14
    '可以通过[政府]购买服务的方式',                         # art. 26
] + [a.replace('[人民政府]', '人民[政府]') for a in GOV_OUT])
d.check_all('办事处', 1, 1)

# ====================================================================== ORG: congresses
# art. 29 县级以上人民代表大会及其常务委员会应当…加强对法治宣传教育的监督检查: 县级以上 is a vague level, and
# 及其常务委员会 refers back to those vague congresses (regs_gf: 县级以上人民代表大会及其常务委员会 → nothing;
# regulations-a; mixed-check-b 县级以上人民代表大会常务委员会 not labelled).
d.check_all('人民代表大会', 3, 2, ['第二十九条 县级以上[人民代表大会]及其常务委员会'])
d.check_all('常务委员会', 3, 2, ['县级以上人民代表大会及其[常务委员会]应当通过执法检查'])

# ====================================================================== ORG: village and residents' committees
# art. 9 (×3): 村民委员会、居民委员会 — the grassroots committees as bare class names, the object of the
# township's help and then the subject of two duties (guidelines ORG "Yes": 村委会; regs_hg 村民委员会、
# 居民委员会协助做好…: two ORGs; regs-a 居民委员会). Coordinations split.
d.ctx(ORG, '支持和帮助[村民委员会]、居民委员会开展法治宣传教育')
d.ctx(ORG, '支持和帮助村民委员会、[居民委员会]开展法治宣传教育')
d.ctx(ORG, '\n\n[村民委员会]、居民委员会应当将法治宣传教育作为')
d.ctx(ORG, '\n\n村民委员会、[居民委员会]应当将法治宣传教育作为')
d.ctx(ORG, '\n\n[村民委员会]、居民委员会应当确定人员')
d.ctx(ORG, '\n\n村民委员会、[居民委员会]应当确定人员')
# 委员会 ×9: the header committee, 本级…常务委员会 and the six above are labelled; art. 29's is pinned.
d.check_all('委员会', 9, 8, ['县级以上人民代表大会及其常务[委员会]应当通过执法检查'])

# ====================================================================== ORG: mass organisations
# art. 21 工会、共产主义青年团、妇女联合会、残疾人联合会等团体应当根据工作特点开展法治宣传教育活动: the four
# mass organisations named as bodies holding a duty; the generic 等团体 after them stays out
# (guidelines ORG "Yes": 市总工会, 团市委, 妇联; regs-t, the same four before 等社会组织; regs_eg 残疾人
# 联合会 before 等社会团体).
d.ctx(ORG, '第二十一条 [工会]、共产主义青年团')
d.ctx(ORG, '第二十一条 工会、[共产主义青年团]、妇女联合会')
d.ctx(ORG, '共产主义青年团、[妇女联合会]、残疾人联合会')
d.ctx(ORG, '妇女联合会、[残疾人联合会]等团体')
assert t.count('工会') == 1 and t.count('联合会') == 2 and t.count('青年团') == 1
# art. 27 鼓励法学教育工作者、法律实务工作者和法学会、律师协会等参与法治宣传教育工作: 法学会 (the law
# society) is one of the party-led people's organisations (群团组织) like 科协 (regs_fg 科学技术协会 bare;
# report_ea/eb 科协; guidelines 妇联): ORG. 律师协会, the lawyers' professional association, is left out
# as an association of a trade (7th-session decision: 行业协会, 商协会 are not bodies; regs_eg 行业协会).
# README calls 1 and 2.
d.ctx(ORG, '法律实务工作者和[法学会]、律师协会等参与')
d.check_all('协会', 1, 0, ['法学会、律师[协会]等参与法治宣传教育工作'])
assert t.count('学会') == 1 and t.count('法学会') == 1

# ====================================================================== not ORG (read in context)
#   机构 ×12 (generic head; v1.1: a body defined under a generic head is not ORG), README call 3:
#     县级以上全民普法依法治理工作领导机构 (art. 6) and 全民普法依法治理工作领导机构 ×3 (arts. 6, 11, 34): the
#     leading body for law popularisation, named by its function + 领导机构; 有关工作机构 (art. 12);
#     负责法制工作的机构 (art. 14); 公务员培训机构, 其他机构 (art. 15); 信访工作机构 (art. 18); 国有资产监督
#     管理机构, 地方金融监管机构 (art. 19); 社区矫正机构 (art. 22; regs_hf the same phrase).
assert t.count('机构') == 12 and t.count('全民普法依法治理工作领导机构') == 4
#   部门 ×17: 司法行政部门 ×5 (arts. 6, 11, 13, 28, 31), 有关部门 ×6 (arts. 13, 17, 25 司法行政、…、文化等有关
#     部门, 26, 30, 33), the field lists before 等部门 ×3 (arts. 18, 19, 24), 公务员主管部门, 教育行政部门,
#     行政执法部门 (art. 23): generic head (guidelines ORG "No"; regs_hg, regs_he).
assert t.count('部门') == 17 and t.count('司法行政部门') == 5 and t.count('有关部门') == 6 and t.count('等部门') == 3
#   机关 ×12: 机关、团体、企业事业单位和其他社会组织 ×4 (arts. 3, 8, 28, 34), 国家机关 (art. 10), 制定机关
#     (art. 12), 行政机关负责人/工作人员 (art. 14), 社会组织登记管理机关 (art. 20), 司法机关 (art. 23),
#     负有…职责的机关, 有关主管机关 (art. 34): generic head (v1.1 *机关 is a generic head*).
assert t.count('机关') == 12 and t.count('机关、团体、企业事业单位和其他社会组织') == 4
#   单位 ×10: 企业事业单位 ×4, 本单位 (art. 8), 各单位 (art. 10), 业务主管单位 (art. 20), 车站、机场、港口、
#     医院、邮政、银行等单位 (art. 25: facilities and companies, v1.1 *Not bodies*), 单位 / 先进单位 (art.
#     32); 组织 ×20: 社会组织 ×7, 本组织, 组织和个人, and the verbs 组织协调 / 组织制定 / 组织实施 …;
#   团体 ×6: 机关、团体 ×4, 等团体 (art. 21, after the four named bodies), 文艺团体 (art. 27);
#   法治宣传教育宣讲团 (art. 27): a troupe that 社会力量 are encouraged to form, a group of people with no
#     specific name (v1.1: groups of people are not ORG), like 志愿者队伍 (guidelines: 执法队伍);
#   监狱、看守所、强制隔离戒毒所、拘留所 (art. 22): custodial facilities (regs-t 所在监狱、看守所、强制隔离
#     戒毒所; regs_ed 犬类留检所: facilities, v1.1 *Not bodies*). README call 5;
#   学校, 各类学校, 中小学校 (art. 16), 法治教育实践基地 (art. 17), 医院 (art. 25): facilities; 报刊、广播电视、
#     互联网等媒体, 各类媒体 (art. 24): media; 电信业务经营者: companies; 村、社区法律顾问, 法治校长,
#     法治辅导员, 法官、检察官、律师: people; 本省 (territory); 社会治安综合治理, 精神文明建设 (fields of
#     work, no body head).
assert t.count('单位') == 10 and t.count('组织') == 20 and t.count('社会组织') == 7 and t.count('团体') == 6 and t.count('宣讲团') == 1
assert t.count('所') == 4 and t.count('看守所') == 1 and t.count('场所') == 1
# The other body head words occur only inside other words: 局 (布局), 站 (车站), 院 (医院), 队 (队伍),
# 办 (办事处, 兴办), 委 ×10 (委员会 ×9, 委托).
assert t.count('局') == 1 and '总体布局' in t and t.count('站') == 1 and t.count('车站') == 1
assert t.count('院') == 1 and t.count('医院') == 1 and t.count('队') == 1 and t.count('队伍') == 1
assert t.count('办') == 2 and t.count('兴办') == 1 and t.count('委') == 10 and t.count('委托') == 1
assert t.count('会') == 40       # 委员会 ×9, 大会 ×3 (inside them), 会议, 会同, 社会 ×…, 联合会 ×2, 工会, 学会, 协会
for w in ('厅', '中心', '小组', '办公室', '党', '人大', '政协', '国务院', '中央', '以下简称', '简称', '当地',
          '所在', '属地'):
    assert w not in t, w
for w in ('部门', '机构', '机关', '组织', '单位', '团体', '协会', '所'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w

# ====================================================================== PRINCIPLE
# art. 5 法治宣传教育应当坚持统一规划、分类实施，全面普及、突出重点，依靠群众、分工负责，学用结合、注重实效
# 的原则: unquoted content the text calls 原则, introduced by 坚持 (guidelines: 坚持优化协同高效的原则 →
# `优化协同高效`; regs_he 坚持…的原则). Span without 坚持 and 的原则; parts split at 、 and ，.
d.ctx('PRINCIPLE', '应当坚持[统一规划、分类实施，全面普及、突出重点，依靠群众、分工负责，学用结合、注重实效]的原则。')
assert t.count('原则') == 1 and t.count('坚持') == 1
# Not PRINCIPLE (README call 2):
#   art. 10 国家机关应当实行“谁执法谁普法”的普法责任制 and 各行业、各单位应当落实“谁主管谁负责”的普法责任:
#     quoted formulas, but adopted as a 责任制 / 责任 through 实行 / 落实, not as a 原则/要求/方针/思路
#     through 按照/坚持/遵循/本着/根据 (guidelines PRINCIPLE; v1.1 *A quoted mechanism*: 坚持党建引领“街乡
#     吹哨、部门报到” is not PRINCIPLE; guidelines "No": a quoted name of a mechanism);
#   art. 4 贯彻全面依法治国方略, 推动科学立法、严格执法、公正司法、全民守法: a 方略 and tasks, neither
#     called 原则 nor quoted;
#   按照 ×5 (规定, 职责 ×3, 有关规定) and 根据 ×6 (法律, 规划, 要求, 职责分工 ×2, 工作特点) introduce rules
#     and duties; 要求 ×2 are 课时要求 and 领导机构的要求 (no content).
assert t.count('“') == 2 and t.count('”') == 2
assert t.count('按照') == 5 and t.count('根据') == 6 and t.count('要求') == 2
for w in ('方针', '思路', '遵循', '本着', '原则上', '"'):
    assert w not in t, w

# ====================================================================== DEADLINE
# None. Every time word read (README call 4):
#   the header date and art. 35's effective date (above);
#   art. 28 每年十二月是本省的法治宣传教育月 and the duties 在法治宣传教育月集中组织开展 / 集中开展…活动: a
#     named month of the year (ANNOTATION-NOTES regs-a: "A named day (每年9月26日为…保护日) and a range of
#     months are not"; regs-a 农历正月为…宣传月; regs-at 每年5月31日…宣传日 with 全市集中开展…宣传: not);
#   定期 ×4 (arts. 13, 30 ×2, 31): bare frequencies (guidelines DEADLINE "No");
#   年度工作计划 (art. 8), 年度计划 (art. 11): annual plans, no due point;
#   art. 12 地方性法规和地方政府规章通过后…向社会公开: an event with no number (project decision: 上岗之前);
#   内 ×8 are spatial or 内容 (行政区域内, 辖区内, 区域内, 内容 ×5); 课时 ×2 (class hours); 日常工作.
assert t.count('年') == 8 and t.count('月') == 6 and t.count('日') == 3
assert t.count('每') == 1 and t.count('每年十二月是本省的法治宣传教育月') == 1 and t.count('教育月') == 3
assert t.count('定期') == 4 and t.count('期') == 4 and t.count('年度') == 2 and t.count('后') == 1
assert t.count('内') == 8 and t.count('内容') == 5 and t.count('时') == 2 and t.count('课时') == 2
for w in ('前', '底', '期间', '日内', '月内', '年内', '小时', '工作日', '提前', '限期', '季度', '旬', '届满',
          '时限', '期限', '长期', '及时'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO / DOC_TITLE
# None. Every number before a measure word, read: the dates; 第十二届, 第三十二次 (ordinals); article and
# item numbers (第一条 … 第三十五条, (一)–(七)); 十二月 (the named month above); 上一级 (a level word).
# art. 11's seven tasks are listed, not counted in the text (开展下列工作); 专项工作报告 (art. 29) and 各类
# 学校 / 各类媒体 carry no number; 分类实施 lies inside the PRINCIPLE. No person is counted: 明确专职或者兼职
# 工作人员 (art. 8), 确定人员 (art. 9) and 聘请…人员担任法治校长 (art. 16) have no number; no 编制, 名, 职数.
NUM = '0-9一二三四五六七八九十百千万两零'
found = re.findall(rf'(?<![第{NUM}(（])[{NUM}]+[名人项个类件条所家份张套次级支倍元年月日届]', t)
assert found == ['2017年', '9月', '30日', '十二月', '一级', '2017年', '12月', '1日'], found
assert [t.count(f'({n})') for n in '一二三四五六七'] == [1] * 7
assert t.count('名') == 0 and t.count('个') == 1 and t.count('个人') == 1 and t.count('项') == 1
assert t.count('类') == 3 and t.count('专项') == 1
for w in ('号', '〔', '【', '[', '令第', '职数', '编制', '《', '》', '〈'):
    assert w not in t, w
# DOC_TITLE: no 《》. 本条例, 法治宣传教育规划, 年度工作计划, 公务员培训计划 are named without book-title marks
# (guidelines DOC_TITLE: "Without book-title marks, no DOC_TITLE is labelled").

# ====================================================================== checks
d.check_value_shapes()
counts = Counter(e['label'] for e in d.ents)
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 0, 'ORG': 16, 'PRINCIPLE': 1,
    'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '山东省第十二届人民代表大会常务委员会': 1, '乡镇人民政府': 1, '街道办事处': 1,
    '村民委员会': 3, '居民委员会': 3, '本级人民代表大会常务委员会': 1, '上一级人民政府': 1,
    '工会': 1, '共产主义青年团': 1, '妇女联合会': 1, '残疾人联合会': 1, '法学会': 1})
assert [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE'] == [
    ['统一规划', '分类实施', '全面普及', '突出重点', '依靠群众', '分工负责', '学用结合', '注重实效']]
write_gold(OUT, [d])
