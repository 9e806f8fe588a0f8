"""Build regs_ig.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 河南省殡葬管理办法 (Henan measures on funeral and interment management; adopted 1999-07-30 by
the standing committee of the 9th Henan provincial people's congress, 10th session; amended
2004-11-26 (10th congress, 12th session, 《关于修改〈河南省殡葬管理办法〉的决定》), 2010-07-30 (11th
congress, 16th session, 《关于修改部分地方性法规的决定》) and 2012-11-29 (11th congress, 30th session,
the standing committee's omnibus decision); in force 1999-12-01, art. 46, which repeals the 1986
《河南省殡葬管理暂行办法》). 46 articles in 7 chapters.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedents: gold-fresh11 regs_dd (a Henan provincial regulation: bare 街道办事处 and
居（村）民委员会 ORG, 当地/所在 covering a coordination), gold-fresh13 regs_fd (Henan provincial header,
民政/畜牧 部门 and 机构 not ORG), gold-fresh7 regs_al (遵循…的原则), gold-fresh15 regs_hg and regs_he.
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh16/regs_ig.jsonl'
SRC = 'corpus/regulations/henan/河南省殡葬管理办法(2012-11-29).txt'

d = Doc("fresh16-regs-henan-binzang", SRC,
        # date: the file name's date, 2012-11-29, which is also the latest revision in the header
        # (regs-a notes: "meta.date is the latest adoption or revision date in the header"; regs_al,
        # regs_dd: Henan provincial regulations with the file's date). The effective date 1999-12-01
        # (art. 46) is not the document's date. No label depends on the year.
        # region: a provincial regulation of Henan, no city as issuer (regs_dd, regs_al, regs_fd:
        # "河南省").
        {"region": "河南省", "date": "2012-11-29"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 4633
t = d.text
ORG, DT, DL = 'ORG', 'DOC_TITLE', 'DEADLINE'
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}

# ====================================================================== header
# Title line 河南省殡葬管理办法: no 《》 and no body head word (v1.1 *Title lines*): nothing.
# The standing committee before its session is ORG, term number inside, session outside (regs-a /
# regs-b notes *Adoption lines*; regs_fd, regs_al, regs_hg).
d.ctx(ORG, '1999年7月30日 [河南省第九届人民代表大会常务委员会]第十次会议通过')
d.ctx(ORG, '2004年11月26日 [河南省第十届人民代表大会常务委员会]第十二次会议《')
d.ctx(ORG, '2010年7月30日 [河南省第十一届人民代表大会常务委员会]第十六次会议《')
d.ctx(ORG, '2012年11月29日 [河南省第十一届人民代表大会常务委员会]第三十次会议《')
# The amending decisions: one DOC_TITLE each, nested 〈…〉 inside (guidelines DOC_TITLE; regs_fd, regs_hg).
# The third names its issuer inside the title: 河南省人民代表大会常务委员会 stays inside the DOC_TITLE and
# is not labelled (guidelines *Offsets*: a DOC_TITLE may contain ORG names, those inner ORGs are not
# labelled).
d.ctx(DT, '第十二次会议《[关于修改〈河南省殡葬管理办法〉的决定]》第一次修正')
d.ctx(DT, '第十六次会议《[关于修改部分地方性法规的决定]》第二次修正')
d.ctx(DT, '第三十次会议《[河南省人民代表大会常务委员会关于修改部分地方性法规的决定]》第三次修正')
# art. 46: the repealed 1986 measures, adopted by the 6th congress's standing committee (a body before
# its session, as in the header; the date is a past event, not DEADLINE).
d.ctx(ORG, '1986年6月17日[河南省第六届人民代表大会常务委员会]第二十一次会议通过的')
d.ctx(DT, '会议通过的《[河南省殡葬管理暂行办法]》同时废止')
assert t.count('《') == 4 and t.count('》') == 4 and t.count('〈') == 1
d.check_all('人民代表大会', 6, 5, ['会议《河南省[人民代表大会]常务委员会关于修改'])
d.check_all('常务委员会', 6, 5, ['会议《河南省人民代表大会[常务委员会]关于修改'])
# Not DOC_TITLE (no 《》): 本办法 and its cross-references (本办法第二十六条第一款), 全省殡葬工作规划,
# 城乡建设规划, 基本建设计划, 国家殡仪馆等级标准, 村民自治章程、村规民约或居民守则, 火化证明, 死亡证明.

# ====================================================================== ORG: governments
# art. 4 para. 2 乡（镇）人民政府、城市街道办事处应当指定人员负责和指导村（居）民委员会: three bare class
# names, bodies holding a duty, no 各/所在/当地 before them (regs-b, regs-ah, regs_dd: bare
# 乡（镇）人民政府, 街道办事处 and 居（村）民委员会 are ORG); coordination split.
# 城市街道办事处 keeps 城市 (longest name: the class word is part of the name, like 县级党委 in v1.1;
# README call 2).
d.ctx(ORG, '\n\n[乡（镇）人民政府]、城市街道办事处应当指定人员')
d.ctx(ORG, '\n\n乡（镇）人民政府、[城市街道办事处]应当指定人员')
d.ctx(ORG, '指定人员负责和指导[村（居）民委员会]做好殡葬管理工作')
# art. 8 报省人民政府审批; art. 14 省人民政府划定实行火葬的县 and 省人民政府应当分期分批划定; art. 24
# 经省人民政府批准: the provincial government, one definite body (regs_fd, regs_hg).
d.ctx(ORG, '布局规划，报[省人民政府]审批')
d.ctx(ORG, '建有火葬场的县和[省人民政府]划定实行火葬的县')
d.ctx(ORG, '\n\n[省人民政府]应当分期分批划定')
d.ctx(ORG, '未划为火葬区和经[省人民政府]批准')
# art. 8 para. 2 市、县（市）人民政府应当将…纳入城乡建设规划: shared ending; the bare 市 is not a name
# (v1.1 *Shared endings*: 市、区人民政府 → 区人民政府); 县（市）人民政府 is one ORG, the parenthesis
# giving an alternative level (v1.1: 县（市、区）人民政府 is one ORG).
d.ctx(ORG, '\n\n市、[县（市）人民政府]应当将新建和改造殡仪馆')
# art. 9 (一) 经乡（镇）人民政府审核同意后: bare class name, approving body.
d.ctx(ORG, '公益性墓地，经[乡（镇）人民政府]审核同意后')
# art. 9 (二) 由市、县（市）民政部门提出方案，报本级人民政府审批: 本级人民政府 points to one definite body
# (v1.1 *Level words*; regs_hg art. 18 本级 relative to a class of departments).
d.ctx(ORG, '提出方案，报[本级人民政府]审批')
# art. 9 (五) 报国务院民政部门审批: 国务院 is a body named inside a longer non-ORG phrase (v1.1; regs_fd
# 国务院畜牧兽医行政管理部门 → 国务院).
d.ctx(ORG, '报[国务院]民政部门审批')
d.check_all('国务院', 1, 1)
# art. 14 (二) 未建火葬场的县人民政府所在地的镇: the county government's seat, a body named inside a longer
# non-ORG phrase (regs-ah 县人民政府所在地镇, regs-r 乡镇人民政府所在地, regs_ef 上街区人民政府所在地城市);
# the 的-modifier restricts which counties and stays out (regs_hg 有官方兽医的乡镇人民政府). README call 4.
d.ctx(ORG, '（二）未建火葬场的[县人民政府]所在地的镇')
# Every 人民政府 (16) is accounted for: 9 labelled, 7 left out.
d.check_all('人民政府', 16, 9, [
    '第四条 各级[人民政府]应当加强',                  # art. 4: 各级 (v1.1 *Level words*)
    '\n\n各级[人民政府]应增加对殡葬设施建设的投入',      # art. 8: 各级
    '第三十条 各级[人民政府]和民政部门',                # art. 30: 各级
    '县级以上民政部门和同级[人民政府]审核同意后',       # art. 9 (四): 同级 (v1.1)
    # art. 17 其所在单位、当地乡（镇）人民政府、街道办事处和村（居）民委员会必须制止: 当地 covers the whole
    # coordination (regs_dd art. 18 当地公安派出所、街道办事处和居（村）民委员会; regs-a 所在地的…; batch-c
    # 各 before a list). README call 3.
    '当地乡（镇）[人民政府]、街道办事处和村（居）民委员会',
    '由用地单位报请当地[人民政府]公告坟主',           # art. 28: 当地 (regs-a notes 当地人民政府)
    # art. 29 土葬区的人民政府应制定推行火葬的具体规划: a bare 人民政府 with no level or place, only a
    # 的-clause saying which (v1.2: bare 人民政府 is generic; regs_fd 原发布封锁令的人民政府, regs_hg
    # 所在地的人民政府). README call 5.
    '第二十九条 土葬区的[人民政府]应制定',
])
assert t.count('政府') == 16          # no bare 政府 besides these

# ====================================================================== ORG: street offices, committees
# art. 20 凭医疗机构或死者单位、街道办事处、村民委员会出具的死亡证明: bare class names issuing the death
# certificate; 死者 is read as the possessor of 单位 only (死者单位 = the deceased's employer), not as a
# locative covering the list like 当地/所在. README call 1.
d.ctx(ORG, '死者单位、[街道办事处]、村民委员会出具的死亡证明')
d.ctx(ORG, '死者单位、街道办事处、[村民委员会]出具的死亡证明')
# art. 38 由民政部门会同公安机关、城市市容环境卫生主管部门和街道办事处予以制止: bare 街道办事处 (regs_dd).
d.ctx(ORG, '主管部门和[街道办事处]予以制止')
d.check_all('办事处', 4, 3, ['当地乡（镇）人民政府、街道[办事处]和村（居）民委员会'])
# art. 6 para. 2 机关、团体、企业事业单位、村（居）民委员会和其他组织，应当在本单位开展…宣传教育: the
# committee among generic kinds of organisation; only it has a body head (regs_ay 企业事业单位、
# 村（居）民委员会和其他社会组织; regs_dd 机关、团体、企事业单位、街道办事处、居（村）民委员会).
d.ctx(ORG, '企业事业单位、[村（居）民委员会]和其他组织')
d.check_all('委员会', 11, 8, [
    '会议《河南省人民代表大会常务[委员会]关于修改',          # inside the DOC_TITLE (above)
    '街道办事处和村（居）民[委员会]必须制止',                 # art. 17: 当地 (above)
    # art. 44 其生前所在单位或者居住地的村（居）民委员会是丧事承办人: located by the residence (seventh
    # session: 住所地, 户籍地 … work like 所在地的).
    '居住地的村（居）民[委员会]是丧事承办人',
])
assert t.count('委') == 11            # all in 委员会

# ====================================================================== not ORG (read in context)
#   部门 ×35, all under the generic head 部门 (guidelines ORG "No"; v1.1): 省民政部门 ×9, 省辖市、县
#     （市、区）民政部门, 县（市、区）民政部门, 市、县（市）民政部门 ×2, 县级以上民政部门, 国务院民政部门,
#     (主管)民政部门, 殡仪馆的主管民政部门, the field lists 各级公安、交通、卫生、工商行政、建设、土地、环保、
#     民族事务等有关部门 (art. 5) and 文化、新闻出版和广播电视等部门 (art. 6), 各有关部门, 省物价部门, 物价部门,
#     城市市容环境卫生主管部门, 工商行政管理部门, 其主管部门, 卫生行政部门, 监察部门.
assert t.count('部门') == 35 and t.count('民政部门') == 25
#   机构 ×5: 殡葬管理机构 ×4 (民政部门所属的…, 当地…, arts. 5, 17 ×2, 43): a body the text defines under the
#     generic head 机构 (v1.1); 医疗机构 (art. 20, hospitals: facilities).
assert t.count('机构') == 5 and t.count('殡葬管理机构') == 4 and t.count('医疗机构') == 1
#   机关 ×10: 公安机关 ×7 (incl. 死亡所在地县级以上公安机关), 国家机关工作人员 ×2 (people), 机关、团体 (art. 6,
#     kinds of organisation): generic head (v1.1).
assert t.count('机关') == 10 and t.count('公安机关') == 7 and t.count('国家机关工作人员') == 2
#   公安 ×8: 公安机关 ×7 and the bare field 公安 in the art. 5 list (no body head word).
assert t.count('公安') == 8
#   单位 ×16: 任何单位和个人 ×4, (其/生前)所在单位 ×3, 企业事业单位 / 企事业单位, 本单位, 殡葬服务单位,
#     殡仪服务单位, 死者单位, 用地单位 ×3: generic head 单位.
assert t.count('单位') == 16 and t.count('任何单位和个人') == 4 and t.count('用地单位') == 3
#   组织 ×5: 其他组织, 城乡基层组织, 群众性的丧事活动管理组织 (head 组织), 组织 (verb) ×2.
assert t.count('组织') == 5 and t.count('组') == 5
#   站 ×3: 殡仪服务站 (arts. 8, 9 (三), 18), named as a 殡葬设施 in art. 8 (…骨灰堂、公墓、殡仪服务站等殡葬
#     设施): a facility and service point (v1.1 *Not bodies*: facilities and service points; report_fa
#     恩施殡仪服务中心 a facility). Likewise 殡仪馆 ×19, 火葬场 ×9, 骨灰堂, 公墓, 公益性墓地 (facilities).
d.check_all('站', 3, 0, ['殡仪服务[站]等殡葬设施', '（三）殡仪服务[站]、骨灰堂', '火葬场或殡仪服务[站]承办'])
assert t.count('殡仪馆') == 19 and t.count('火葬场') == 9
#   院 ×5: 国务院 (labelled) and 医院 ×4 (arts. 17 ×3, 43: hospitals, facilities; reports notes).
d.check_all('院', 5, 1, ['在火葬区医[院]死亡的人', '死亡的人，医[院]应当及时', '私自转送遗体的，医[院]应当制止',
                        '火葬区的医[院]未经'])
#   会 ×25: 人民代表大会 ×6, 委员会 ×11, 会议 ×5 (sessions), 社会主义, 会同 ×2.
assert t.count('会') == 25 and t.count('会议') == 5 and t.count('会同') == 2 and t.count('社会') == 1
#   所 ×11: 所属, 所需, 场所 ×3, 所在 ×5, 所称. 办 ×40 only in 办法/办事处/办理/办丧事/承办/操办. 局 only in 布局.
assert t.count('所') == 11 and t.count('所在') == 5 and t.count('场所') == 3
assert t.count('局') == 1 and t.count('布局') == 1
#   people: 丧事承办人, 殡仪服务人员, 殡葬管理人员, 国家机关工作人员, 职工, 坟主, 村民; places and areas:
#     本省, 火葬区, 土葬区, 市辖区, 县级市, 县, 镇, 偏远乡村, 平原地区, 风景名胜区 …; 国家 (国家有关规定).
for w in ('厅', '中心', '队', '小组', '办公室', '党', '人大', '政协', '中央', '以下简称', '简称', '上一级',
          '协会', '联合会', '工会'):
    assert w not in t, w
for w in ('部门', '机构', '机关', '组织', '单位', '站', '殡仪馆', '火葬场', '医院'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w

# ====================================================================== PRINCIPLE
# art. 32 丧事承办人办理丧事应遵循文明、节约的原则: unquoted content the text calls 原则, introduced by
# 遵循 (guidelines PRINCIPLE; regs_al 遵循合法、合理…的原则, regs_eg). Span without 遵循 and 的原则.
d.ctx('PRINCIPLE', '办理丧事应遵循[文明、节约]的原则')
assert t.count('原则') == 1 and t.count('遵循') == 1
# Not PRINCIPLE: art. 3 必须积极地、有步骤地实行火葬，改革土葬…提倡文明节俭办丧事 (a requirement, neither
# called 原则 nor quoted); 根据国家有关规定 (art. 1), 根据全省殡葬工作规划 (art. 8), 按照国家有关规定
# (art. 45) adopt no formula; 要求 is a verb (要求自己运送的).
assert t.count('根据') == 2 and t.count('按照') == 1 and t.count('要求') == 1 and '要求自己运送' in t
for w in ('方针', '思路', '坚持', '本着', '“', '"'):
    assert w not in t, w

# ====================================================================== DEADLINE
# Relative within-limits (v1.2 *Relative time limits*; project decisions): span the limit alone,
# without 在; value WITHIN (regs_ee, regs-j 二十四小时内; regs_db 十日内).
d.ctx(DL, '遗体必须在[二十四小时内]火化', norm=WITHIN)        # art. 19
d.ctx(DL, '运至殡仪馆的遗体应在[七日内]火化', norm=WITHIN)     # art. 21 para. 1
# Not DEADLINE (README call 6):
#   art. 21 para. 2 丧事承办人自遗体运至殡仪馆七日内不办理火化手续…的: a condition that refers back to the
#     limit of para. 1 (regs_db 三个月内无法办完的, regs-p 十五个工作日内不予答复的: not labelled);
#   art. 22 超过三个月，丧事承办人不领取的，殡仪馆可以自行处理 and 无名死者的骨灰，六个月内无人认领的: conditions
#     of the funeral home's power to dispose, not a time set for a measure (check-a and regs-p: 六十日内
#     无人认领的 not labelled);
#   art. 12 不得一次性收取超过二十年的墓穴管理费: a cap on the period a fee covers, a duration;
#   art. 15 在建成之前 and art. 26 本办法施行前: tied to an event with no number (project decision);
#   vague: 限期 ×4 (arts. 15, 21, 26, 28), 及时 ×4, 逾期, 期满, 分期分批; bare frequencies: 定期 ×2;
#   the header dates and 1986年6月17日 (past events); art. 46 本办法自1999年12月1日起施行 (v1.1 *Effective
#     dates*); 后 ×10 (审核同意后, 通知后, 死亡后, 火化后 …: events).
#   内 ×10: the two labelled, 七日内不办理, 六个月内无人认领, and spatial ones (行政区域内 ×3, 火葬区内,
#     范围内, 区域内).
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == [
    '1999年7月30日', '2004年11月26日', '2010年7月30日', '2012年11月29日', '1999年12月1日', '1986年6月17日']
assert t.count('年') == 7 and t.count('二十年') == 1 and t.count('月') == 8 and t.count('日') == 9
assert t.count('日内') == 2 and t.count('七日内不办理') == 1 and t.count('小时') == 1 and t.count('月内') == 1
assert t.count('超过三个月，丧事承办人不领取的') == 1 and t.count('六个月内无人认领的') == 1
assert t.count('前') == 5 and t.count('建成之前') == 1 and t.count('本办法施行前') == 1 and t.count('前款') == 2
assert t.count('内') == 10 and t.count('区域内') == 4 and t.count('火葬区内') == 1 and t.count('范围内') == 1
assert t.count('限期') == 4 and t.count('及时') == 4 and t.count('定期') == 2 and t.count('期') == 11
assert t.count('时') == 7 and t.count('后') == 10
for w in ('每', '底', '期间', '以前', '年内', '日前', '提前', '工作日', '季度', '旬', '届满', '时限', '长期'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO
# None. Every number followed by a measure word, read:
#   the dates; ordinals (第九届 … 第三十次, 第一次/第二次/第三次修正, article numbers and 第二十六条第一款);
#   一平方米, 四平方米, 六平方米 (art. 11: areas), 二十年 (fee period), 二十四小时, 七日 ×2, 三个月, 六个月
#   (times, above), 一公里 (art. 26: distance), 一倍 … 三倍 (art. 39: multiples of a fine), 一次性 (an adverb).
# 指定人员 (art. 4) carries no number; 单人或双人合葬墓穴 (art. 11) counts the dead in a grave, not staff; the
# lists of arts. 9, 14, 26, 37, 40 (（一）…) give no count in the text (以下规定, 以下地区, 下列地区/行为之一).
NUM = '0-9一二三四五六七八九十百千万两零'
found = re.findall(rf'(?<![第{NUM}])[{NUM}]+[名人项个类件条所家份张套次级支倍元年平公小日月]', t)
assert found == ['1999年', '7月', '30日', '2004年', '11月', '26日', '2010年', '7月', '30日', '2012年', '11月',
                 '29日', '一平', '四平', '六平', '一次', '二十年', '二十四小', '七日', '七日', '三个', '六个',
                 '一公', '一倍', '三倍', '1999年', '12月', '1日', '1986年', '6月', '17日'], found
assert t.count('名') == 3 and t.count('无名') == 2 and t.count('个') == 6 and t.count('个人') == 4
assert t.count('项') == 2 and t.count('各项') == 1 and t.count('项目') == 1 and t.count('人员') == 8
# DOC_NO: no 号 and no bracketed year.
for w in ('号', '〔', '【', '[', '令第', '职数', '编制', '类'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
counts = Counter(e['label'] for e in d.ents)
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 2, 'DOC_NO': 0, 'DOC_TITLE': 4, 'ITEM_COUNT': 0, 'ORG': 21, 'PRINCIPLE': 1,
    'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '河南省第九届人民代表大会常务委员会': 1, '河南省第十届人民代表大会常务委员会': 1,
    '河南省第十一届人民代表大会常务委员会': 2, '河南省第六届人民代表大会常务委员会': 1,
    '省人民政府': 4, '乡（镇）人民政府': 2, '县（市）人民政府': 1, '本级人民政府': 1, '国务院': 1,
    '县人民政府': 1, '城市街道办事处': 1, '街道办事处': 2, '村（居）民委员会': 2, '村民委员会': 1})
assert [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE'] == [['文明', '节约']]
write_gold(OUT, [d])
