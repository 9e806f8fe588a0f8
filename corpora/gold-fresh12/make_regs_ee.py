"""Build regs_ee.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 重庆市村镇供水条例 (Chongqing regulation on village and township water supply; adopted
2016-11-24 by the standing committee of the 4th Chongqing municipal people's congress, 29th session;
in force 2017-05-01, art. 57). 57 articles in 7 chapters.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor and no model.
"""
import re
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh12/regs_ee.jsonl'

d = Doc("fresh12-reg-chongqing-village-water-2016",
        "corpus/regulations/chongqing/重庆市村镇供水条例(2016-11-24).txt",
        # date: the header's only line (adopted 2016-11-24), the same as the file name's date
        # (regs-at, regs_cg: Chongqing files dated by the header/file name). Region: a municipal
        # regulation of Chongqing (regs-at, regs_cg, regs-i: "重庆市").
        {"region": "重庆市", "date": "2016-11-24"})
assert d.text == d.raw.decode('utf-8')
t = d.text
ORG = 'ORG'

# ====================================================================== header
# Title line 重庆市村镇供水条例: no 《》 and no body head word (v1.1 *Title lines*): nothing.
# The standing committee before its session is ORG, term number inside, session outside
# (regs-a, regs-b, regs-at, regs_cg). 2016年11月24日 (adoption): not DEADLINE.
d.ctx(ORG, '2016年11月24日 [重庆市第四届人民代表大会常务委员会]第二十九次会议通过')

# ====================================================================== DOC_TITLE
d.ctx('DOC_TITLE', '根据《[中华人民共和国水法]》等法律')                    # art. 1
d.ctx('DOC_TITLE', '适用《[重庆市城市供水节水管理条例]》。')                # art. 2
assert t.count('《') == 2 and t.count('》') == 2
# Not DOC_TITLE (no 《》): 国家生活饮用水卫生标准 ×5 (arts. 30–31, 49), 示范文本, 应急预案, 村镇供水规划.

# ====================================================================== ORG: governments
# 市、区县（自治县）人民政府: shared ending; the bare 市 is not a name and the parenthesis gives an
# alternative level, so `区县（自治县）人民政府` is one ORG (v1.1 *Shared endings*; regs-p, regs-at).
for p in ['村镇供水工程是公益性基础设施。市、[区县（自治县）人民政府]应当制定',   # art. 5
          '第三十条 市、[区县（自治县）人民政府]及环境保护等有关部门',           # art. 30
          '水价的，市、[区县（自治县）人民政府]应当给予适当补贴',                 # art. 40
          '第四十五条 市、[区县（自治县）人民政府]以及乡（镇）人民政府']:        # art. 45
    d.ctx(ORG, p)
# 区县（自治县）人民政府 alone (subject, addressee, or the level-named class: regs-i, mixed-c)
for p in ['由[区县（自治县）人民政府]限期整合',                  # art. 16
          '第十九条 [区县（自治县）人民政府]应当确定',           # art. 19
          '第二十八条 [区县（自治县）人民政府]应当通过财政补贴',  # art. 28
          '监督管理权限向[区县（自治县）人民政府]或者乡（镇）',   # art. 44
          '并及时向[区县（自治县）人民政府]及卫生、水利、环保',   # art. 46
          '主管部门报告。[区县（自治县）人民政府]应当启动应急预案',  # art. 46
          '并及时向[区县（自治县）人民政府]报告并通报',           # art. 46 para. 2
          '第五十六条 [区县（自治县）人民政府]应当加强',          # art. 56
          '具体办法由[区县（自治县）人民政府]制定']:              # art. 56
    d.ctx(ORG, p)
d.check_all('区县（自治县）人民政府', 13, 13)
# 市人民政府 (arts. 28, 42): the municipal government, subject.
d.ctx(ORG, '维修养护。\n\n[市人民政府]应当对区县（自治县）村镇供水工程')           # art. 28
d.ctx(ORG, '村镇供水用电价格由[市人民政府]按照有关规定确定')                      # art. 42
# art. 17 报本级人民政府批准: 本级 points to one definite body (v1.1 *Level words*).
d.ctx(ORG, '报[本级人民政府]批准后公开')
# 乡（镇）人民政府、街道办事处: the bare class names of the township government and the sub-district
# office are ORG (regs-at 乡镇人民政府、街道办事处; regs-b, regs-m, regs-t). Art. 35's list opens with
# 市、区县（自治县）卫生和水行政主管部门及其监督执法机构、水质检测机构 (generic heads) and then names
# the two bodies: they are labelled (regs_dd: 街道办事处 inside a list of generic collectives).
TOWNSHIP = ['负责有关村镇供水工作。\n\n{}负责本辖区',              # art. 5
            '的监督管理。{}负责辖区内',                           # art. 27
            '水质检测机构、{}，有权采取',                         # art. 35
            '水行政主管部门和{}。',                               # art. 43
            '人民政府或者{}提出申请',                             # art. 44
            '人民政府以及{}应当制定',                             # art. 45
            '供水突发事件，由{}负责处置']                         # art. 46
for p in TOWNSHIP:
    d.ctx(ORG, p.format('[乡（镇）人民政府]、街道办事处'))
    d.ctx(ORG, p.format('乡（镇）人民政府、[街道办事处]'))
d.check_all('乡（镇）人民政府', 8, 7, ['由所在[乡（镇）人民政府]、街道办事处实施'])
d.check_all('街道办事处', 8, 7, ['由所在乡（镇）人民政府、[街道办事处]实施'])
# art. 53 由所在乡（镇）人民政府、街道办事处实施: 所在 works like 有关 and covers the whole
# coordination (v1.1 *属地… and 所在…*; regs_dd, regs-l, gold-unseen 所在乡镇人民政府、街道办事处): no ORG.

# Every 人民政府 (26) is accounted for: 23 inside ORG labels; 3 left out:
d.check_all('人民政府', 26, 23, [
    '报同级[人民政府]批准后实施',                 # art. 8: 同级 is vague (v1.1 *Level words*)
    '有关[人民政府]应当采取相应措施',             # art. 44: 有关 (guidelines ORG "No")
    '由所在乡（镇）[人民政府]、街道办事处实施',   # art. 53: 所在 (see above)
])
# bare 政府 ×4 (art. 4 实行政府主导; art. 9 以政府投入为主; art. 40 由政府定价, 由政府指导定价):
# generic (v1.1 *Bare 党委, 政府*).
assert t.count('政府') == 30 and t.count('政府主导') == 1 and t.count('政府投入') == 1
assert t.count('由政府') == 2

# ====================================================================== ORG: village committees
# 村民委员会 ×3 (arts. 6, 11, 19): the bare class name of the village committee, a body that holds
# duties here (guidelines ORG "Yes": 村委会; regs_dd labels bare 村民委员会 and 居（村）民委员会).
d.every(ORG, '村民委员会', 3)
d.check_all('委员会', 4, 4)

# Not ORG (generic heads or non-bodies, every one read in context):
#   部门 ×29: 水行政主管部门 (市、区县（自治县）… ×11, 市… ×2), 卫生行政主管部门, 水利、卫生行政主管部门,
#     发展改革部门, 水利等有关部门, 环境保护部门, 水利、卫生部门, 市工商行政管理部门, 有关部门 ×7 …
#     (guidelines: 部门 is a generic head; regs-at 卫生健康主管部门; regs_dg);
#   机构 ×5: 村镇供水国有资产监管机构 (art. 19, a body defined under a generic head, v1.1), 所属的水质
#     检测机构 (art. 33), 所属水质检测机构 (art. 34), 监督执法机构、水质检测机构 (art. 35);
#   组织 ×8: 农民用水合作组织 ×2 (arts. 6, 11), 农村集体经济组织 (art. 19), 区域性、专业化供水组织
#     (art. 20) (head 组织, guidelines ORG "No"; regs_dd 农村集体经济组织), and 4 verbs;
#   单位 ×45: 供水单位, 建设单位, 企业事业单位, 项目建设管理单位, 水源管理单位, 运行管护单位 …;
#   企业/法人/主体: 专业供水企业, 项目法人, 运行管护主体 ×2 (economic entities and parties);
#   国家工作人员 (art. 54, people); 区县（自治县），乡（镇）、街道为单位 (art. 11, territories as
#   units of organisation); 贫困区县（自治县） ×2 and 对区县（自治县）村镇供水工程 (art. 28, territory).
assert t.count('部门') == 29 and t.count('机构') == 5 and t.count('组织') == 8
assert t.count('合作组织') == 2 and t.count('集体经济组织') == 1 and t.count('单位') == 45
assert all(w not in e['text'] for e in d.ents if e['label'] == ORG for w in ('部门', '机构', '组织', '单位'))
for w in ('机关', '局', '厅', '中心', '站', '队', '院', '小组', '办公室', '党', '人大', '政协', '以下简称'):
    assert w not in t, w
assert t.count('会') == 16     # 委员会 ×4, 会议, 社会 ×3, 会同 ×8: no other body
assert t.count('办') == 12     # 办事处 ×8, 办理, 管理办法 ×2, 补办: no other body

# ====================================================================== PRINCIPLE
# art. 4: unquoted content the text calls 原则, introduced by 实行 (regs-at 实行…的原则; regs-a notes:
# 符合/采取/根据 count like 按照); 的原则 dropped. The three 相结合 phrases are the parts.
d.ctx('PRINCIPLE', '实行[政府主导与市场化运行相结合、生活用水优先与兼顾生产用水相结合、确保水质与保障水量相结合]的原则。')
# art. 18: 按照谁投资、谁所有的原则 → `谁投资、谁所有` (v1.1: an unquoted phrase called 原则).
d.ctx('PRINCIPLE', '应当按照[谁投资、谁所有]的原则或者按照出资人意愿')
assert t.count('原则') == 2
# Not PRINCIPLE: art. 4 坚持城乡供水一体化方向 (方向 is not 原则/要求/方针/思路, not quoted); art. 8
# 根据城乡统筹发展要求 (unquoted 要求, no formula); 同管网、同水质、同服务 (a goal); art. 15 按照公益性
# 基础设施建设优先列入 (no 原则). No quotation marks in the text.
assert t.count('要求') == 2 and t.count('坚持') == 1 and '“' not in t
for w in ('方针', '思路', '遵循', '本着'):
    assert w not in t, w

# ====================================================================== DEADLINE
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
BEFORE = {"date": None, "precision": "day", "relation": "by", "recurring": False}
# art. 39 经供水单位催告，用水户在六十日内仍未交纳水费和违约金的: the time the user is given to pay after
# the reminder, a limit set on the person told (seventh-session decision: 通知犬主三日内认领; regs-j
# 自接到水费催缴通知之日起七日内). README call 1.
d.ctx('DEADLINE', '用水户在[六十日内]仍未交纳水费和违约金', norm=WITHIN)
# art. 39 供水单位应当在二十四小时内恢复供水 (v1.2 *Relative time limits*; regs-j 二十四小时内).
d.ctx('DEADLINE', '供水单位应当在[二十四小时内]恢复供水', norm=WITHIN)
# art. 43 提前二十四小时通知; art. 44 提前三个月…提出申请: limits before an anchor event (v1.2:
# 提前五天 → relation by, precision day, date null; regs-j 提前二十四小时, 提前四十八小时).
d.ctx('DEADLINE', '供水单位应当[提前二十四小时]通知用水户', norm=BEFORE)
# A limit in months before its anchor is precise to the month: every earlier set labels 一个月前,
# 三个月前, 六个月前 precision month (v1.2's example 提前五天 is in days). Changed at review from
# the helper's day (the one value error of the untuned score).
d.ctx('DEADLINE', '应当[提前三个月]按照监督管理权限', norm=dict(BEFORE, precision='month'))
# Not DEADLINE:
#   art. 43 预计连续超过四十八小时不能恢复正常供水的: a condition (threshold), not a limit;
#   art. 41 按照前三个月的平均用水量计量: a reference period for billing;
#   art. 21 在治愈前 (an event with no number: project decision); art. 11 前提;
#   限期 ×5 (arts. 16, 31, 48, 49, 50), 规定时限 (art. 51), 及时, 逐步, 按时, 逾期: vague (v1.2);
#   定期 ×5: bare frequencies without a due point;
#   art. 42 脱贫及政策过渡期以后 (no time point); the adoption date and art. 57
#   本条例自2017年5月1日起施行 (v1.1 *Effective dates*).
assert t.count('前') == 5 and t.count('小时') == 3 and t.count('日内') == 1 and t.count('小时内') == 1
assert t.count('提前') == 2 and t.count('限期') == 5 and t.count('时限') == 1 and t.count('定期') == 5
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == ['2016年11月24日', '2017年5月1日']
assert t.count('年') == 2 and t.count('月') == 4 and t.count('日') == 4   # 月: 11月, 5月, 三个月 ×2; 日: 24日, 1日, 六十日, 设计日供水
for w in ('期间', '底前', '日前', '月内', '年内', '每', '以前', '之前'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT
# None. Every number followed by a measure word, read in context:
#   二次供水 ×2 (a kind of supply); 三十米, 两米, 一米 (distances); 两千元 … 五千元 (fines: money);
#   一万人以上 and 二十人以上 ×2 (arts. 55, 56: population served, a threshold defining a class of works:
#   guidelines STAFFING "No": population; v1.1 *Thresholds*); 一千立方米 (volume); the time limits above.
# The protected ranges (art. 23) and the lists of arts. 35, 37, 38, 48, 50–52, 55 carry no count.
NUM = '0-9一二三四五六七八九十百千万两'
found = re.findall(rf'(?<![第{NUM}])[{NUM}]+[名人项个类件条所家次米元日小月年时]', t)
assert found == ['2016年', '11月', '24日', '二次', '二次', '三十米', '两米', '一米', '六十日', '二十四小', '三个',
                 '二十四小', '四十八小', '三个', '两千元', '两万元', '一万元', '十万元', '三千元', '三万元',
                 '五百元', '五千元', '三千元', '三万元', '两千元', '两万元', '一千元', '两万元', '一万人', '二十人',
                 '二十人', '2017年', '5月', '1日'], found

# ====================================================================== DOC_NO
assert '号' not in t and '〔' not in t and '[' not in t

# ====================================================================== checks
d.check_value_shapes()
assert [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE'] == [
    ['政府主导与市场化运行相结合', '生活用水优先与兼顾生产用水相结合', '确保水质与保障水量相结合'],
    ['谁投资', '谁所有']]
c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 34, 'DEADLINE': 4, 'DOC_TITLE': 2, 'PRINCIPLE': 2}), c
write_gold(OUT, [d])
