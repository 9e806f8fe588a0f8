"""Build regs_gh.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 浙江省村经济合作社组织条例 (Zhejiang provincial regulation on the organisation of village
economic cooperatives; adopted 1992-07-25 by the standing committee of the 7th Zhejiang provincial
people's congress, 29th session; revised 2007-09-28 by the standing committee of the 10th congress,
34th session; amended 2020-07-31 by the standing committee of the 13th congress, 22nd session,
through the decision amending three regulations; in force 2008-01-01, art. 45). 45 articles in
7 chapters (总则, 设立和终止, 社员, 组织机构, 财务管理, 法律责任, 附则).
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedents: gold-fresh3 regs-m (北京市实施《农民专业合作社法》办法: a cooperative's own organs
理事会/监事会/成员大会 are not ORG, the cooperative being an economic entity), gold-fresh8 regs-ar
(集体经济组织成员大会/成员代表大会 not ORG), gold-fresh13 regs_ff (a Zhejiang regulation amended in
2020 by a decision in the header), gold-fresh10 regs_cb (村民委员会 as a body).
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh14/regs_gh.jsonl'
SRC = 'corpus/regulations/zhejiang/浙江省村经济合作社组织条例(2020-07-31).txt'

d = Doc("fresh14-regs-zhejiang-jingjihezuoshe", SRC,
        # date: the header's latest line, the 2020-07-31 amendment, which is also the file name's
        # date (regs-a notes: meta.date is the latest adoption or revision date in the header;
        # regs_ff, regs_cb). The effective date 2008-01-01 (art. 45) is not the document's date.
        # region: a provincial regulation of Zhejiang (regs_ff, regs-an: "浙江省").
        {"region": "浙江省", "date": "2020-07-31"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 5402
t = d.text
ORG = 'ORG'
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}

# ====================================================================== header
# Title line 浙江省村经济合作社组织条例: no 《》 (v1.1 *Title lines*) and no body: 村经济合作社 is a
# cooperative, an economic entity (v1.1 *Not bodies*: 合作社); 组织条例 is not a body head.
# Adoption, revision and amendment lines: the standing committee before its session is ORG, term
# number inside, session outside (regs-a, regs-b *Adoption lines*; regs_ff, regs_cb). The three dates
# are past events, not DEADLINE.
d.ctx(ORG, '1992年7月25日 [浙江省第七届人民代表大会常务委员会]第二十九次会议通过')
d.ctx(ORG, '2007年9月28日 [浙江省第十届人民代表大会常务委员会]第三十四次会议修订')
d.ctx(ORG, '2020年7月31日 [浙江省第十三届人民代表大会常务委员会]第二十二次会议《')
d.check_all('人民代表大会', 3, 3)
d.check_all('常务委员会', 3, 3)

# ====================================================================== DOC_TITLE
# The amending decision 《关于修改〈…选举办法〉〈…实施〈…组织法〉办法〉〈…组织条例〉\n\n的决定》: one DOC_TITLE.
# The source breaks it with a blank line before 的决定; the span keeps the "\n\n" (regs-a Henan
# 《关于修改〈河南省乡\n\n镇…〉的决定》 and regs-b: one DOC_TITLE with the breaks inside). The nested
# 〈…〉 titles stay inside the outer one, no second mention (guidelines DOC_TITLE), and the two
# 村民委员会 inside it are not ORG (guidelines *Offsets*: inner ORGs of a DOC_TITLE are not labelled).
TITLE = ('关于修改〈浙江省村民委员会选举办法〉〈浙江省实施〈中华人民共和国村民委员会组织法〉办法〉'
         '〈浙江省村经济合作社组织条例〉\n\n的决定')
d.ctx('DOC_TITLE', '第二十二次会议《[' + TITLE + ']》修正')
assert t.count('《') == 1 and t.count('》') == 1 and t.count('〈') == 4 and t.count('〉') == 4
# Not DOC_TITLE (no 《》): 宪法 (arts. 1, 5, 34), 本条例, 浙江省村经济合作社证明书管理办法 (art. 13),
# 农民专业合作社登记办法 (art. 15), 村经济合作社示范章程 (art. 43), 组织机构代码证 (a certificate).

# ====================================================================== ORG: 村民委员会
# The village committee as a body (村委会 in the guidelines' Yes list; regs_cb, regs_ff, regs-m label
# bare 村民委员会): art. 4 (owns the collective property where no cooperative exists), art. 6 ×2.
d.ctx(ORG, '村集体财产所有权由[村民委员会]行使')                     # art. 4
d.ctx(ORG, '协助和配合[村民委员会]工作')                             # art. 6
d.ctx(ORG, '\n\n[村民委员会]应当尊重和支持村经济合作社')              # art. 6
d.check_all('村民委员会', 5, 3, ['修改〈浙江省[村民委员会]选举办法〉',   # inside the DOC_TITLE
                                 '中华人民共和国[村民委员会]组织法'])     # inside the DOC_TITLE

# ====================================================================== ORG: governments
# 乡镇人民政府 ×8: the bare class name of the township government, a body holding duties (regs_ff,
# regs_cb, regs-at, regs-x). Arts. 6, 9, 16, 19, 20, 32, 38, 41.
d.every(ORG, '乡镇人民政府', 8)
# art. 6 乡镇人民政府（包括辖有村的街道办事处，下同）: the parenthesis names a second kind of body that
# the text puts under the same duties, so it is a separate ORG (guidelines: parenthesised second
# names are separate ORGs; regs-b: bare 街道办事处 is ORG). The 的-modifier 辖有村的 ("that have villages
# in their area") stays out, as for 本辖区的居（村）民委员会 → 居（村）民委员会 (regs-a). README call 3.
d.ctx(ORG, '（包括辖有村的[街道办事处]，下同）')
d.check_all('办事处', 1, 1)
# art. 9 省、市、县（区）人民政府农业农村主管部门: shared ending; the bare 省 and 市 are not names
# (v1.1 *Shared endings*); 县（区）人民政府 is one ORG (the parenthesis gives an alternative level:
# v1.1; gold-fresh2 regs_e 市、县（区）人民政府 → 县（区）人民政府), a body inside a longer non-ORG phrase
# (v1.1: 区人民政府工作部门 → 区人民政府). README call 4.
d.ctx(ORG, '第九条 省、市、[县（区）人民政府]农业农村主管部门')
# 县级人民政府 ×5: a level word naming a class of bodies (v1.1 县级党委; shandong-part1 县级政府 is
# ORG): art. 13 ×2 (issues the certificates; …农业农村主管部门), arts. 16, 19, 20 (…农业农村主管部门,
# body inside a longer non-ORG phrase).
d.every(ORG, '县级人民政府', 5)
# 省人民政府 ×6: art. 13 ×2 (…农业农村主管部门制定, 报省人民政府批准), art. 15 ×2, art. 43 ×2
# (省人民政府农业农村主管部门 / 市场监督管理部门: the body inside the 部门 phrase; regs_ff 省人民政府).
d.every(ORG, '省人民政府', 6)
# Every 人民政府 (26) is accounted for: 20 inside ORG labels; the other 6 are level words (v1.1
# *Level words*: 各级/县级以上 + 人民政府 are vague).
d.check_all('人民政府', 26, 20, [
    '第八条 各级[人民政府]应当鼓励',                       # art. 8
    '各级[人民政府]应当按照依法',                          # art. 8
    '社员有权向各级[人民政府]及其有关主管部门举报',        # art. 31
    '受到侵害的，各级[人民政府]应当依法处理',              # art. 39
    '第三十八条 县级以上[人民政府]农业农村主管部门',       # art. 38
    '由县级以上[人民政府]农业农村主管部门、乡镇',          # art. 41
])
d.check_all('政府', 26, 20, [p.replace('[人民政府]', '人民[政府]') for p in [
    '第八条 各级[人民政府]应当鼓励', '各级[人民政府]应当按照依法',
    '社员有权向各级[人民政府]及其有关主管部门举报', '受到侵害的，各级[人民政府]应当依法处理',
    '第三十八条 县级以上[人民政府]农业农村主管部门', '由县级以上[人民政府]农业农村主管部门、乡镇']])
assert t.count('县级') == 8 and t.count('县级以上') == 3 and t.count('乡镇') == 10
# 乡镇 ×10: 乡镇人民政府 ×8; 乡镇（街道）会计代理机构 (art. 36, head 机构: generic, v1.1); 乡镇集体经济组织
# (art. 44, head 组织).

# ====================================================================== ORG: 委员会 and the cooperative's organs
# The cooperative's own organs are NOT ORG (README call 1, the hardest): 村经济合作社 is a cooperative,
# an economic entity (v1.1 *Not bodies*: 合作社), and its 管理委员会/监督委员会 are the organs of that
# entity, like a company's board (gold-fresh3 regs-m: the cooperative's 理事会/监事会 are not ORG;
# regs-ar: 集体经济组织成员大会 not ORG). Art. 11 names them only in 村经济合作社管理委员会（以下简称
# 社管会）成员 and …监督委员会（以下简称社监会）成员, i.e. as their members (v1.1 *Bodies named only to refer
# to people*), so the full names fail twice; the abbreviations are ORG only if their bodies are
# (project decision *以下简称 for a body under a generic head*, applied by analogy).
d.check_all('委员会', 10, 6, [
    '修改〈浙江省村民[委员会]选举办法〉',                   # DOC_TITLE
    '中华人民共和国村民[委员会]组织法',                     # DOC_TITLE
    '村经济合作社管理[委员会]（以下简称社管会）成员',       # art. 11: cooperative's organ, members
    '村经济合作社监督[委员会]（以下简称社监会）成员',       # art. 11
])
assert t.count('社管会') == 22 and t.count('社监会') == 20 and t.count('以下简称') == 2
assert t.count('社管会成员') == 5 and t.count('社监会成员') == 8 and t.count('社监会主任') == 2
assert not any('社' in e['text'] for e in d.ents if e['label'] == ORG)
# Meetings and assemblies of members are not ORG (v1.1: 党员大会, 村民代表会议 are meetings; regs-m
# 成员大会, regs-ar 集体经济组织成员大会): 设立大会 ×3 (art. 11), 社员大会 ×16, 社员代表大会 ×5,
# 社员（代表）大会 ×12 (art. 23 calls the 社员大会 the cooperative's 权力机构: still the members'
# assembly of an economic entity). 大会 ×39 = these 36 + 人民代表大会 ×3 (labelled).
assert t.count('大会') == 39 and t.count('设立大会') == 3 and t.count('社员大会') == 16
assert t.count('社员代表大会') == 5 and t.count('社员（代表）大会') == 12
# 社管会会议 (art. 29) is a meeting of the (unlabelled) committee.

# ====================================================================== not ORG (every candidate read)
# 部门 ×17, generic head (guidelines ORG "No"): 农业农村主管部门 ×10 (the government inside is labelled
# where it is not 各级/县级以上), 市场监督管理部门 ×3 (art. 15 bare, arts. 15, 43 after 省人民政府),
# 各级人民政府及其有关主管部门 (art. 31), 财政…供水等部门和单位 (art. 9), 县级以上农民负担监督管理部门
# (art. 40), 财政等有关部门 (art. 41).
assert t.count('部门') == 17 and t.count('农业农村主管部门') == 10 and t.count('市场监督管理部门') == 3
assert t.count('有关主管部门') == 1 and t.count('部门和单位') == 1 and t.count('有关部门') == 1
assert t.count('农民负担监督管理部门') == 1
# 机构 ×9: 组织机构 ×5 (arts. 10, 12, 13 ×2, chapter 4 heading), 权力/执行/监督机构 (art. 23: what the
# assemblies and committees are), 乡镇（街道）会计代理机构 (art. 36): generic head (v1.1).
assert t.count('机构') == 9 and t.count('组织机构') == 5
# 机关 ×1: 有关机关 (art. 31; v1.1 机关). 组织 ×22: 集体经济组织 ×7 (head 组织; regs_dd, regs_ee, regs_ff),
# 村级组织 ×2, 任何组织, 人民调解组织 (art. 39), 组织机构 ×5, verbs ×3 (组织各业…, 组织重大…, 帮助组织召集),
# 组织条例/组织法 in the title line and the DOC_TITLE ×3.
assert t.count('机关') == 1 and t.count('有关机关') == 1
assert t.count('组织') == 22 and t.count('集体经济组织') == 7 and t.count('村级组织') == 2
# 单位 ×4: 任何单位和个人 ×2, 单位和个人, 部门和单位 (generic).
assert t.count('单位') == 4
# 人民法院 ×2 (art. 39 可以依法向人民法院起诉，人民法院应当依法受理): bare, no level or place: generic
# (v1.2 *Definite short forms*; regs-ar's four bare 人民法院).
d.check_all('人民法院', 2, 0, ['可以依法向[人民法院]起诉', '起诉，[人民法院]应当依法受理'])
# 队 ×2: 原生产大队成员 (art. 17 (一): the former production brigade, named only to refer to its
# members), 解放军、武警部队的现役义务兵 (art. 18 (一): forces named only to refer to soldiers; v1.1
# *Bodies named only to refer to people*). 院 only in 人民法院. 所 ×18, none a body (所有, 所称, 所需,
# 住所, 所作). 办 ×9: 办事处 (labelled), 办法 ×6, 办理 ×2. 街道 ×2: 街道办事处, 乡镇（街道）会计代理机构.
assert t.count('队') == 2 and t.count('原生产大队成员') == 1 and t.count('武警部队的现役义务兵') == 1
assert t.count('院') == 2 and t.count('办') == 9 and t.count('办法') == 6 and t.count('办理') == 2
assert t.count('街道') == 2
# Nothing else with a body head: no 局, 厅, 中心, 站, 小组, 党, 政协, 国务院, 中央.
for w in ('局', '厅', '中心', '站', '小组', '党', '政协', '国务院', '中央', '所在', '本级', '上一级'):
    assert w not in t, w

# ====================================================================== PRINCIPLE
# art. 8 各级人民政府应当按照依法、自愿、民主、公正的原则: an unquoted phrase called 原则 introduced by
# 按照 (v1.1 *A heading that names principles*: 按照属地管理原则 → 属地管理; guidelines: 坚持优化协同高效的
# 原则 → 优化协同高效), without 的原则.
d.ctx('PRINCIPLE', '应当按照[依法、自愿、民主、公正]的原则，鼓励和支持')
assert t.count('原则') == 1
# Not PRINCIPLE: art. 2 集体所有、合作经营、民主管理、服务社员 (a definition of the cooperative, neither
# called 原则 nor quoted); art. 1 以家庭承包经营为基础、统分结合的双层经营体制 (a system); art. 37 实行
# 财务公开和民主理财. 要求 ×3 are 要求罢免 / 罢免要求 ×2 (a demand to recall); 按照 ×3 (the principle; 按照各自的职责;
# 按照有关规定); 根据 ×2 (根据宪法; 根据社员与本社集体财产关系). No quotation marks, 方针, 思路, 坚持.
assert t.count('要求') == 3 and t.count('罢免要求') == 2 and t.count('要求罢免') == 1 and t.count('按照') == 3
assert t.count('根据') == 2
for w in ('方针', '思路', '坚持', '遵循', '本着', '“', '"'):
    assert w not in t, w

# ====================================================================== DEADLINE
# art. 32 社管会、社监会应当在接到罢免要求之日起三十日内召集并主持…投票表决: a relative within-limit
# (v1.2: 自收到之日起三日内 → `三日内`), span without 在…之日起, period, during.
d.ctx('DEADLINE', '应当在接到罢免要求之日起[三十日内]召集并主持', norm=WITHIN)
assert t.count('日内') == 1
# Not DEADLINE:
#   header dates 1992年7月25日, 2007年9月28日, 2020年7月31日 (adoption/revision/amendment: past events);
#   art. 45 本条例自2008年1月1日起施行 (v1.1 *Effective dates*);
#   art. 24 任期五年, art. 25 每届任期五年 (v1.2: terms of office);
#   art. 26 社员（代表）大会每年至少召开一次 (a bare frequency without a due point: guidelines "No": 每年);
#   art. 37 定期向社员公布 (vague, no due point), art. 34 及时 (vague);
#   art. 27 (五) 年度财务预决算 (a document, not a time limit); …时 ×4 (when-clauses), 临时 (art. 26),
#   全日制, 日常 ×2; 十八周岁 ×4 (an age).
assert t.count('年') == 8 and t.count('月') == 4 and t.count('日') == 9
assert t.count('任期五年') == 2 and t.count('每年') == 1 and t.count('定期') == 1 and t.count('及时') == 1
assert t.count('年度') == 1 and t.count('周岁') == 4 and t.count('之日') == 1
assert re.findall(r'\d{4}年\d+月\d+日', t) == ['1992年7月25日', '2007年9月28日', '2020年7月31日',
                                              '2008年1月1日']
for w in ('前', '底', '期间', '年内', '季度', '每月', '限期', '提前', '以内'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT
# None. Every number with a measure word, read:
#   第N届, 第N次 (header ordinals), 第N条 (articles), 十八周 (age 十八周岁 ×4), 五年 ×2 (terms),
#   一次 (a frequency), 三十日 (the limit above), the dates.
# Fractions and thresholds are not counts (v1.1 *Thresholds*): 过半数, 三分之二以上户代表/社员/社员代表
# (arts. 11, 16, 30 ×2), 十分之一以上 (art. 26), 五分之一以上 (art. 32). The lists of arts. 7 (four
# duties), 10 (five conditions), 12 (nine matters), 17 (six), 18 (four), 21 (five), 22 (four), 27
# (nine), 28 (six), 29 (four) state no number (下列职权/条件/事项): no ITEM_COUNT (regs_fh, regs-ar).
# 社员代表, 户代表, 社长, 社监会主任, 法定代表人: no number attached.
NUM = '0-9一二三四五六七八九十百千万两'
found = re.findall(rf'(?<![第{NUM}（])[{NUM}]+[名人项个类件条所家次米元日小月年时种部周届]', t)
assert found == ['1992年', '7月', '25日', '2007年', '9月', '28日', '2020年', '7月', '31日',
                 '十八周', '十八周', '十八周', '十八周', '五年', '五年', '一次', '三十日',
                 '2008年', '1月', '1日'], found
assert t.count('名') == 6 and t.count('个') == 4 and t.count('项') == 15 and t.count('件') == 5
assert t.count('以上') == 13 and t.count('分之') == 6
for w in ('不少于', '不超过', '不得少于', '左右', '余'):
    assert w not in t, w

# ====================================================================== DOC_NO
assert t.count('号') == 0 and '〔' not in t and '【' not in t

# ====================================================================== checks
d.check_value_shapes()
counts = Counter(e['label'] for e in d.ents)
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 0, 'ORG': 27, 'PRINCIPLE': 1,
    'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '乡镇人民政府': 8, '省人民政府': 6, '县级人民政府': 5, '村民委员会': 3,
    '浙江省第七届人民代表大会常务委员会': 1, '浙江省第十届人民代表大会常务委员会': 1,
    '浙江省第十三届人民代表大会常务委员会': 1, '街道办事处': 1, '县（区）人民政府': 1})
write_gold(OUT, [d])
