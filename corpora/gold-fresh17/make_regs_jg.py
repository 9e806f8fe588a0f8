"""Build regs_jg.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 周口市淮阳龙湖保护条例 (Zhoukou city regulation on the protection of Huaiyang Longhu lake;
adopted 2018-08-28 by the standing committee of the 4th Zhoukou municipal people's congress, 10th
session; approved 2018-09-29 by the standing committee of the 13th Henan provincial people's congress,
6th session; file date 2018-10-30). 49 articles under four unnumbered chapter headings (规划建设,
保护利用, 监督管理, 法律责任; the first chapter has no heading); no effective-date article.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedents: gold-fresh12 regs_ef and gold-fresh10 regs_ce (Henan city regulations: header
committees of the city and of the province, meta region 省+市 and the file name's date), gold-fresh16
regs_ig (Henan; 当地 before a list covers the whole list; 殡葬管理机构 not ORG), gold-fresh15 regs_hh
(市蚕种管理机构 ×13, the regulation's main actor under the generic head 机构, not ORG), gold-fresh12
regs_eh (市排水管理机构), gold-fresh8 regs-au (风景名胜区管理机构) and regs-as (相关区人民政府 not ORG).
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh17/regs_jg.jsonl'
SRC = 'corpus/regulations/henan/周口市淮阳龙湖保护条例(2018-10-30).txt'

d = Doc("fresh17-regs-zhoukou-longhu", SRC,
        # date: the file name's date, 2018-10-30 (presumably the promulgation; it is not in the text,
        # which gives only 08-28 adopted and 09-29 approved), as regs_ef (Zhengzhou 2020-08-05),
        # regs_ce (Zhengzhou 2005-04-22) and regs-b (Anyang: "date is the file's date"). No label
        # depends on the year: there is no DEADLINE.
        # region: a city regulation of Zhoukou, Henan: province + city (regs_ef, regs_ce 河南省郑州市).
        {"region": "河南省周口市", "date": "2018-10-30"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 6167
t = d.text
ORG, DT, PR = 'ORG', 'DOC_TITLE', 'PRINCIPLE'

# ====================================================================== header
# Title line 周口市淮阳龙湖保护条例: no 《》 and no body head word (v1.1 *Title lines*): nothing.
# The standing committees before their sessions are ORG, term number inside, session outside (regs-a /
# regs-b notes *Adoption lines*; regs_ef, regs_ce: the city committee that adopts and the provincial
# committee that approves).
d.ctx(ORG, '2018年8月28日 [周口市第四届人民代表大会常务委员会]第十次会议通过')
d.ctx(ORG, '2018年9月29日 [河南省第十三届人民代表大会常务委员会]第六次会议批准')
# The two header dates are past events (guidelines DEADLINE "No"): not DEADLINE.
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == ['2018年8月28日', '2018年9月29日']

# ====================================================================== ORG: 市人民政府 (×6)
# The Zhoukou municipal government, one definite body (regs_ef 具体办法由市人民政府制定; regs-as, regs_if).
d.ctx(ORG, '具体范围由[市人民政府]依法划定向社会公布')                     # art. 4
d.ctx(ORG, '第五条 [市人民政府]、淮阳县人民政府应当加强')                   # art. 5 (coordination split)
# art. 7 市人民政府设立的淮阳龙湖管理机构: the government that sets up the body is labelled on its own;
# the 管理机构 it sets up has the generic head 机构 (below).
d.ctx(ORG, '第七条 [市人民政府]设立的淮阳龙湖管理机构')                     # art. 7
d.ctx(ORG, '会同淮阳县人民政府编制，经[市人民政府]批准后')                  # art. 11 para. 1
d.ctx(ORG, '由淮阳县人民政府组织编制，报[市人民政府]批准')                  # art. 11 para. 2
d.ctx(ORG, '第二十九条 [市人民政府]应当加强')                               # art. 29
d.check_all('市人民政府', 6, 6)

# ====================================================================== ORG: 淮阳县人民政府 (×14)
# The government of Huaiyang county (the lake's county), a named body.
d.ctx(ORG, '第五条 市人民政府、[淮阳县人民政府]应当加强')                   # art. 5
# 市、淮阳县人民政府 (arts. 6, 8, 9, 31, 48): shared ending, only the complete name is labelled (v1.1
# *Shared endings*: 市、区人民政府 → `区人民政府`; regs_if 区、县民政局 → `县民政局`; regs_ef 市、县（市）、
# 区人民政府 → `区人民政府`). The bare 市 is not a name. In arts. 6 and 31 the government stands before a
# list of departments: a body named inside a longer non-ORG phrase is labelled on its own (v1.1:
# 区人民政府工作部门 → `区人民政府`; regs_hg 省人民政府 before 农业农村主管部门).
d.ctx(ORG, '第六条 市、[淮阳县人民政府]林业、水利、环境保护')              # art. 6
d.ctx(ORG, '第八条 市、[淮阳县人民政府]及有关部门应当加强宣传教育')        # art. 8
d.ctx(ORG, '\n\n市、[淮阳县人民政府]及有关部门对在淮阳龙湖保护工作中')     # art. 9
d.ctx(ORG, '由市规划行政主管部门会同[淮阳县人民政府]编制')                 # art. 11 para. 1
d.ctx(ORG, '国家湿地公园总体规划》，由[淮阳县人民政府]组织编制')           # art. 11 para. 2
d.ctx(ORG, '不得新建、扩建建（构）筑物和其他设施。具体办法由[淮阳县人民政府]另行制定')  # art. 13 para. 2
d.ctx(ORG, '并遵守相关法律、法规。具体办法由[淮阳县人民政府]另行制定')     # art. 13 para. 3
d.ctx(ORG, '第十四条 [淮阳县人民政府]应当建设雨污分流管网设施')            # art. 14
d.ctx(ORG, '第二十一条 [淮阳县人民政府]及其城市绿化、林业行政主管部门')    # art. 21
d.ctx(ORG, '第三十条 [淮阳县人民政府]应当根据')                            # art. 30
d.ctx(ORG, '保护淮阳龙湖生态环境。具体办法由[淮阳县人民政府]另行制定')     # art. 30
d.ctx(ORG, '第三十一条 市、[淮阳县人民政府]环保、林业、水利等行政主管部门')  # art. 31
d.ctx(ORG, '由市、[淮阳县人民政府]责令责任单位限期整改')                   # art. 48
d.check_all('淮阳县人民政府', 14, 14)

# ====================================================================== not ORG: 相关 + a list (art. 6 para. 2)
# 淮阳龙湖保护区周边区域相关乡（镇）人民政府、街道办事处以及村（居）民委员会应当协助做好淮阳龙湖保护工作:
# the bodies are quantified by 相关 and located by 周边区域 (guidelines ORG "No": quantified by 各/有关/
# 相关; v1.1: 属地…/所在… work like 有关; regs-as 相关区人民政府 and 沿线区人民政府, regs_dd / regs_ig:
# 当地 before a list covers the whole list; batch-c: 各 before a list covers the whole list).
# So neither 乡（镇）人民政府 nor 街道办事处 nor 村（居）民委员会 is labelled. README call 2.
LIST = '淮阳龙湖保护区周边区域相关乡（镇）人民政府、街道办事处以及村（居）民委员会应当协助'
assert t.count(LIST) == 1
d.check_all('人民政府', 21, 20, ['周边区域相关乡（镇）[人民政府]、街道办事处'])
d.check_all('政府', 21, 20, ['周边区域相关乡（镇）人民[政府]、街道办事处'])
d.check_all('办事处', 1, 0, ['（镇）人民政府、街道[办事处]以及村（居）民委员会'])
d.check_all('办', 4, 0, ['（镇）人民政府、街道[办]事处以及村（居）民委员会',
                        '其他设施。具体[办]法由淮阳县人民政府', '并遵守相关法律、法规。具体[办]法',
                        '保护淮阳龙湖生态环境。具体[办]法'])

# ====================================================================== ORG: 市人民代表大会常务委员会 (×2)
# art. 11 报市人民代表大会常务委员会备案; art. 29 定期向市人民代表大会常务委员会报告: the Zhoukou standing
# committee, one definite body (regs-b, regs_ef: city level + body).
d.ctx(ORG, '经市人民政府批准后，报[市人民代表大会常务委员会]备案')          # art. 11
d.ctx(ORG, '并定期向[市人民代表大会常务委员会]报告淮阳龙湖保护工作')       # art. 29
d.check_all('人民代表大会', 4, 4)
d.check_all('常务委员会', 4, 4)
d.check_all('委员会', 5, 4, ['街道办事处以及村（居）民[委员会]应当协助'])
d.check_all('委', 6, 4, ['街道办事处以及村（居）民[委]员会应当协助', '定期组织或者[委]托相关科学研究机构'])
# 会 ×15: the four labelled committees hold 8 (大会 + 委员会 each); 会议 ×2 (header sessions), 社会 ×2,
# the committee of art. 6 para. 2, 会同 ×2.
d.check_all('会', 15, 8, [
    '第十次[会]议通过', '第六次[会]议批准', '划定向社[会]公布', '纳入国民经济和社[会]发展规划',
    '街道办事处以及村（居）民委员[会]应当协助', '由市规划行政主管部门[会]同', '并[会]同淮阳龙湖管理机构',
])

# ====================================================================== not ORG (read in context)
# 机构 ×17: 淮阳龙湖管理机构 ×16, the lake's management body that 市人民政府 sets up (art. 7) and the
# regulation's main actor (duties in arts. 7, 31–38; fines in arts. 39, 49): a body the text defines
# under the generic head 机构 (v1.1 *机关 is a generic head*: "A body defined in the text under a
# generic head (省综合行政执法指导机构) is not ORG either"; regs_hh 市蚕种管理机构 ×13, regs_eh 市排水管理
# 机构 ×6, regs-au 泰山风景名胜区管理机构 ×12, regs_ig 殡葬管理机构). 相关科学研究机构 (art. 19): 相关 +
# generic head. README call 1.
d.check_all('机构', 17, 0, [
    '第七条 市人民政府设立的淮阳龙湖管理[机构]', '\n\n淮阳龙湖管理[机构]履行下列职责',
    '其他依法应当由淮阳龙湖管理[机构]行使的职责', '委托相关科学研究[机构]对野生动物',
    '并会同淮阳龙湖管理[机构]制定保护和修复措施', '第三十二条 淮阳龙湖管理[机构]应当加强',
    '第三十三条 淮阳龙湖管理[机构]可以根据', '第三十四条 淮阳龙湖管理[机构]可以根据',
    '应当遵守淮阳龙湖管理[机构]相关规定，服从', '服从淮阳龙湖管理[机构]管理。',
    '船舶，应当遵守淮阳龙湖管理[机构]相关规定', '应当服从淮阳龙湖管理[机构]的管理',
    '第三十八条 淮阳龙湖管理[机构]应当制定', '突发事件时，淮阳龙湖管理[机构]应当及时',
    '没有规定的，由淮阳龙湖管理[机构]实施行政处罚', '\n\n淮阳龙湖管理[机构]及其所属工作人员',
    '已经给予罚款处罚的，淮阳龙湖管理[机构]不再给予',
])
assert t.count('淮阳龙湖管理机构') == 16
# 部门 ×12, all under the generic head 部门 (guidelines ORG "No"; v1.1; regs_ef, regs_ig): the field lists
# before 行政主管部门 (arts. 6, 17, 19, 20, 21, 22, 31), 有关部门 ×2 (arts. 8, 9), 市规划行政主管部门
# (art. 11: a definite department under the generic head), 相关行政主管部门 ×2 (arts. 23, 49).
d.check_all('部门', 12, 0, [
    '文化旅游等行政主管[部门]应当按照各自职责', '第八条 市、淮阳县人民政府及有关[部门]',
    '\n\n市、淮阳县人民政府及有关[部门]对在', '由市规划行政主管[部门]会同',
    '水利、环保、林业行政主管[部门]应当维持', '林业、渔业行政主管[部门]应当定期',
    '农业、林业行政主管[部门]应当定期', '及其城市绿化、林业行政主管[部门]应当做好',
    '第二十二条 城市绿化、林业行政主管[部门]应当加强', '并报相关行政主管[部门]批准',
    '环保、林业、水利等行政主管[部门]应当加强', '违反本条例规定，相关行政主管[部门]已经',
])
# 部 ×13 = 部门 ×12 + 部分区域 (art. 33).
assert t.count('部') == 13 and t.count('部分区域') == 1
# 单位 ×4: 任何单位和个人, 单位和个人 ×2, 责任单位 (art. 48): generic head (guidelines ORG "No").
d.check_all('单位', 4, 0, ['第九条 任何[单位]和个人', '鼓励、支持[单位]和个人', '有显著成绩的[单位]和个人',
                          '责令责任[单位]限期整改'])
# 组织 ×4: all verbs or a noun of action (组织编制, 定期组织或者委托, 定期组织植物资源调查, 工作的组织、协调).
d.check_all('组织', 4, 0, ['由淮阳县人民政府[组织]编制', '应当定期[组织]或者委托', '应当定期[组织]植物资源调查',
                          '管理工作的[组织]、协调'])
d.check_all('组', 4, 0, ['由淮阳县人民政府[组]织编制', '应当定期[组]织或者委托', '应当定期[组]织植物资源调查',
                        '管理工作的[组]织、协调'])
# 所 ×6: 经营场所 ×4, 违法所得, 所属工作人员; 局 ×2: 布局 (合理布局, 网点布局).
d.check_all('所', 6, 0, ['在经营场[所]外揽客', '\n\n经营场[所]和范围', '经营场[所]外观应当', '保持经营场[所]清洁',
                        '没收违法[所]得', '及其[所]属工作人员'])
d.check_all('局', 2, 0, ['合理布[局]二级保护区', '商业服务网点布[局]的规定'])
# 处 ×43: 处罚, 处理, 处置, 处分, the fines (处…元, 并处) and 办事处: no body named …处.
assert all(m.group()[1] in '罚理置分以每一二五十' for m in re.finditer('处.', t))
# Not ORG either: 新闻媒体 (art. 8: media, guidelines ORG "No"; regs_ed); 淮阳龙湖国家湿地公园 ×4 (a park:
# a place; twice inside a DOC_TITLE), 陈楚故城, the protection zones (一级/二级保护区, 景观控制区: areas);
# 国家 (国家规定的标准: no body head); 经营者, 游客, 权利人, 工作人员, 主管人员 (people); 同级财政预算 (a budget).
for w in ('厅', '中心', '站', '队', '院', '小组', '办公室', '党', '人大', '政协', '国务院', '中央', '以下简称',
          '简称', '本级', '上一级', '当地', '所在', '属地', '协会', '联合会', '工会', '机关', '团', '馆'):
    assert w not in t, w
for w in ('部门', '机构', '单位', '组织', '媒体', '公园', '保护区'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w

# ====================================================================== DOC_TITLE (×8)
# Every 《…》 names a plan or a law (guidelines DOC_TITLE).
d.ctx(DT, '第十条 《[淮阳龙湖保护总体规划]》《河南省')                                        # art. 10
d.ctx(DT, '第十条 《淮阳龙湖保护总体规划》《[河南省淮阳龙湖国家湿地公园总体规划]》是')       # art. 10
d.ctx(DT, '第十一条 《[淮阳龙湖保护总体规划]》应当与')                                        # art. 11
d.ctx(DT, '应当与《[周口市城市总体规划]》相衔接')                                             # art. 11
d.ctx(DT, '各专项规划应当符合《[淮阳龙湖保护总体规划]》《河南省')                             # art. 11 para. 2
d.ctx(DT, '符合《淮阳龙湖保护总体规划》《[河南省淮阳龙湖国家湿地公园总体规划]》，由')         # art. 11 para. 2
d.ctx(DT, '应当依照《[中华人民共和国土地管理法]》')                                          # art. 15
d.ctx(DT, '《[中华人民共和国城乡规划法]》等法律')                                            # art. 15
assert t.count('《') == 8 and t.count('》') == 8 and '〈' not in t
# Not DOC_TITLE (no 《》): 本条例, 国民经济和社会发展规划, 控制性详细规划 / 修建性详细规划 / 各专项规划,
# 年度水资源调度计划 (art. 17), 特许猎捕证 (art. 19: a licence without 《》; the fourteenth session's rule
# covers licences in 《》 only), 应急预案 (art. 38), 具体办法 ×3.

# ====================================================================== PRINCIPLE (×2)
# art. 3 淮阳龙湖保护应当坚持生态优先、全面保护、科学规划、合理利用、绿色发展的原则: unquoted content the
# text calls 原则, introduced by 坚持 (guidelines: 坚持优化协同高效的原则 → `优化协同高效`; regs_ef, regs_ie).
# The phrase after it, 保生态、保水质、保面积、保功能, is neither called 原则 nor quoted: not part of the span
# (README call 3).
d.ctx(PR, '淮阳龙湖保护应当坚持[生态优先、全面保护、科学规划、合理利用、绿色发展]的原则，保生态')
# art. 23 确需修缮的，应当遵循“修旧如旧”的原则: a quoted formula adopted through 遵循…原则 (guidelines
# PRINCIPLE); span without the quotation marks and 的原则.
d.ctx(PR, '应当遵循“[修旧如旧]”的原则')
assert t.count('原则') == 2 and t.count('“') == 1 and t.count('”') == 1
assert t.count('坚持') == 1 and t.count('遵循') == 1
# Not PRINCIPLE: 按照 ×5 (各自职责, 原审批程序, 批准的种类…, 规定的路线…, 指定路线) and 根据 ×4 (有关法律、法规,
# 淮阳龙湖保护和湿地生态修复需要, 环境容量和实际需要, 保护需要) introduce rules and needs; 符合要求的 (art. 32:
# no content); art. 1 推进生态文明建设 and art. 24 合理利用… (aims, neither called 原则 nor quoted).
assert t.count('按照') == 5 and t.count('根据') == 4 and t.count('要求') == 1
for w in ('方针', '思路', '本着', '原则上', '"'):
    assert w not in t, w

# ====================================================================== DEADLINE
# None. Every time word read:
#   the header dates (past events);
#   限期 ×9 (art. 15 限期予以处理; arts. 40, 41, 44 ×3, 45 ×2, 48: 限期恢复原状 / 限期改正 / 限期拆除 /
#     限期整改) and 逾期未拆除: vague (guidelines DEADLINE "No": 限期);
#   定期 ×3 (arts. 19, 20, 29): bare frequencies; 及时 ×3 and 立即改正 (art. 47): vague;
#   art. 33 应当提前公示限制或者调整内容: 提前 with no number, tied to the event of the restriction
#     (project decision: a limit tied to an event with no number, 会议文件应当提前送达, is not DEADLINE;
#     v1.2's 提前五天 carries a number). README call 4;
#   art. 20 按照批准的种类、数量、地点、期限、范围采集: the term a collection permit allows, no time given;
#   年度水资源调度计划 (art. 17), 年可游天数 (art. 33): a yearly plan and a capacity, no due point;
#   逐步实施 (art. 30), 当出现…突发事件时 (art. 38), 批准后 / 处置后 (events, no number);
#   内 ×5: 保护区内 ×3, 一级保护区内 (space), 内容.
assert t.count('年') == 4 and t.count('年度') == 1 and t.count('年可游天数') == 1
assert t.count('月') == 2 and t.count('日') == 2
assert t.count('限期') == 9 and t.count('逾期') == 1 and t.count('定期') == 3 and t.count('期限') == 1
assert t.count('期') == 14 and t.count('及时') == 3 and t.count('时') == 4 and t.count('立即') == 1
assert t.count('前') == 1 and t.count('提前公示') == 1 and t.count('后') == 5
assert t.count('内') == 5 and t.count('保护区内') == 4 and t.count('内容') == 1
for w in ('底', '期间', '以前', '之前', '日内', '月内', '年内', '日前', '小时', '工作日', '季度', '旬', '届满',
          '时限', '长期', '起施行'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO
# None. Every number followed by a measure word, read: the header dates; 一级 / 二级 (the names of the
# protection zones); 二百米 (art. 4: a distance), 七平方公里 and 四十二米 (art. 17: area and water level);
# the fines (二十元 … 五十万元: money; 每株, 每只, 每头, 每平方米 are rates of a fine, not counts).
# Ordinals are not counts: 第四届, 第十次, article numbers, cross-references (第二十六条, 第十七条第一款,
# 第一项、第四项 …) and the item markers (（一）…（十三）). The three zones of art. 4 (分为一级保护区、二级
# 保护区和景观控制区) and the lists of arts. 7, 26–28 are not counted in the text (下列职责 / 下列行为).
# No person or post carries a number (工作人员, 主管人员, 直接责任人员); 编制 ×3 is "drawing up" a plan.
NUM = '0-9一二三四五六七八九十百千万两零'
found = re.findall(rf'(?<![第{NUM}（])[{NUM}]+[名人项个类件条所家份张套次级支倍元年平公小日月米届]', t)
assert found == (['2018年', '8月', '28日', '2018年', '9月', '29日']
                 + ['一级', '二级'] * 3 + ['二百米', '一级', '二级', '二级', '七平', '四十二米', '一级', '二级',
                                          '二级', '一级', '二级', '二级']
                 + ['二万元', '二十万元', '一千元', '一万元', '一万元', '十万元', '十万元', '五十万元', '一万元',
                    '十万元', '五百元', '三千元', '五百元', '五千元', '一百元', '一千元', '二十元', '五十元', '五十元',
                    '一百元', '二万元', '二十万元', '十万元', '五十万元', '二百元', '二千元', '二百元', '一千元',
                    '五十元', '五百元', '一万元', '五万元', '二万元', '十万元', '二百元', '二千元', '二万元', '十万元',
                    '二千元', '二万元', '五万元', '十万元', '五百元', '二千元', '二千元', '二万元', '十万元',
                    '五十万元', '二千元', '二万元', '五十元', '五百元', '二百元']), found
assert t.count('项') == 25 and t.count('各项') == 3 and t.count('专项') == 1 and t.count('项目') == 2
assert len(re.findall(r'第[一二三四五六七八九十]+项', t)) == 19
assert t.count('个') == 3 and t.count('个人') == 3 and t.count('名') == 2 and t.count('古树名木') == 2
assert t.count('类') == 6 and t.count('编制') == 3 and t.count('每') == 4
for w in ('号', '〔', '【', '[', '令第', '职数', '人数'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
counts = Counter(e['label'] for e in d.ents)
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 8, 'ITEM_COUNT': 0, 'ORG': 24, 'PRINCIPLE': 2,
    'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '周口市第四届人民代表大会常务委员会': 1, '河南省第十三届人民代表大会常务委员会': 1,
    '市人民政府': 6, '淮阳县人民政府': 14, '市人民代表大会常务委员会': 2})
assert Counter(e['text'] for e in d.ents if e['label'] == DT) == Counter({
    '淮阳龙湖保护总体规划': 3, '河南省淮阳龙湖国家湿地公园总体规划': 2, '周口市城市总体规划': 1,
    '中华人民共和国土地管理法': 1, '中华人民共和国城乡规划法': 1})
assert [e['normalized'] for e in d.ents if e['label'] == PR] == [
    ['生态优先', '全面保护', '科学规划', '合理利用', '绿色发展'], ['修旧如旧']]
write_gold(OUT, [d])
