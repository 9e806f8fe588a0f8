"""Build regs_eg.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 宁波市非机动车管理条例 (Ningbo regulation on non-motor vehicles). Adopted 2003-07-30 by the
standing committee of the 12th Ningbo municipal people's congress, approved 2003-11-06 by the
Zhejiang provincial standing committee; amended 2006-11-29 (approved 2007-03-29, through the
decision cited in the header); revised 2019-04-26, revision approved 2019-05-31. File name date
2019-06-13 (promulgation, not in the text). The stored text stops inside art. 34 (第五章 法律责任,
after item (二)); the chapter 1 and 2/3 headings lack their 第N章 numbers in the source.
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or
model is used.
"""
import re
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh12/regs_eg.jsonl'

d = Doc("fresh12-reg-zhejiang-ningbo-bicycles-2019",
        "corpus/regulations/zhejiang/宁波市非机动车管理条例(2019-06-13).txt",
        # date: the file name's date (promulgation), not in the text; the header's latest date is
        # 2019-05-31 (approval of the revision). Same choice as regs-az (Ningbo bus regulation,
        # gold-fresh9) and regs-b's Anyang. region: province + city (regs-az, regs-l: 浙江省宁波市).
        {"region": "浙江省宁波市", "date": "2019-06-13"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 6121, len(d.text)
t = d.text
ORG = 'ORG'

# ====================================================================== header
# Title line 宁波市非机动车管理条例: no 《》 and no body head word (v1.1 *Title lines*): nothing.
# The standing committee before each session is ORG, region and term number inside, session
# outside (regs-a/regs-b adoption lines; regs-az, the Ningbo bus regulation, line for line).
d.ctx(ORG, '2003年7月30日 [宁波市第十二届人民代表大会常务委员会]第四次会议通过')
d.ctx(ORG, '2003年11月6日 [浙江省第十届人民代表大会常务委员会]第六次会议批准')
d.ctx(ORG, '2006年11月29日 [宁波市第十二届人民代表大会常务委员会]第三十六次会议通过')
d.ctx(ORG, '2007年3月29日 [浙江省第十届人民代表大会常务委员会]第三十一次会议批准的《')
d.ctx(ORG, '2019年4月26日 [宁波市第十五届人民代表大会常务委员会]第二十次会议修订')
d.ctx(ORG, '2019年5月31日 [浙江省第十三届人民代表大会常务委员会]第十二次会议批准')
# The amending decision: one DOC_TITLE; the nested 〈…〉 title and the body named inside
# (宁波市人民代表大会常务委员会) stay inside it (guidelines DOC_TITLE; overlap rule; regs-az, regs_cg).
d.ctx('DOC_TITLE', '批准的《[宁波市人民代表大会常务委员会关于修改〈宁波市非机动车管理条例〉的决定]》修正')
d.check_all('人民代表大会', 7, 6, ['《宁波市[人民代表大会]常务委员会关于修改'])
d.check_all('常务委员会', 7, 6, ['《宁波市人民代表大会[常务委员会]关于修改'])
assert t.count('委员会') == 7 and t.count('委') == 8 and t.count('委托') == 1   # art. 21 委托: a verb
# Header dates (2003-07-30 … 2019-05-31): adoption, approval and revision, past events: not DEADLINE.
assert t.count('年') == 7 and t.count('月') == 7      # 6 header dates + 一年内 / 一个月内 (art. 20)
assert len(re.findall(r'\d{4}年\d{1,2}月\d{1,2}日', t)) == 6

# ====================================================================== DOC_TITLE (body)
d.ctx('DOC_TITLE', '根据《[中华人民共和国道路交通安全法]》《中华人民共和国产品质量法》和有关')   # art. 1
d.ctx('DOC_TITLE', '道路交通安全法》《[中华人民共和国产品质量法]》和有关法律')                  # art. 1
d.ctx('DOC_TITLE', '依照《[中华人民共和国产品质量法]》等有关法律', n=2)                      # arts. 31, 33
assert t.count('《') == 5 and t.count('》') == 5 and t.count('〈') == 1
# Not DOC_TITLE (no 《》): 本条例, 前款, 产品公告, 行驶证, 号牌, 国家标准, 设计规范.

# ====================================================================== ORG: governments
# art. 4 ×2: 市和区县（市）人民政府 — shared ending, the bare 市 is no name; 区县（市） gives
# alternative levels: one ORG (v1.1 *Shared endings*; regs-az 市和县（市）人民政府 → 县（市）人民政府;
# regs-l 市和县（市）区人民政府). The second occurrence is spelt with a space and ASCII parentheses in
# the source (区县 (市)人民政府); the span keeps the source as it is (guidelines *Offsets*).
d.ctx(ORG, '第四条 市和[区县（市）人民政府]应当加强')
d.ctx(ORG, '\n\n市和[区县 (市)人民政府]应当建立由公安')
# art. 12: 省人民政府规定应当注册登记的非机动车 — the Zhejiang provincial government, a definite body
# named inside a longer non-ORG phrase (v1.1; regs-a 按照[省人民政府]的规定执行).
d.ctx(ORG, '以及[省人民政府]规定应当注册登记的非机动车')
# art. 18(一) (its item marker is missing in the source) and art. 19: 市人民政府 (regs_ce, regs-a).
d.ctx(ORG, '\n\n按照[市人民政府]根据道路交通和停车设施条件')
d.ctx(ORG, '其总量控制和具体办法由[市人民政府]规定')
d.check_all('人民政府', 5, 5)
d.check_all('政府', 5, 5)

# ====================================================================== ORG: mass organisation
# art. 5: …住房和城乡建设等部门和残疾人联合会等社会团体 — 残疾人联合会 is a specific mass organisation
# (guidelines ORG: 妇联, 市总工会; regs-t 妇女联合会、[残疾人联合会]等社会组织; regs-q 残联).
# Without a level it still names one kind of body with a specific head (联合会). README call 3.
d.ctx(ORG, '等部门和[残疾人联合会]等社会团体')
assert t.count('联合会') == 1
# art. 6: 电动自行车行业协会 — a trade association: not a body (7th-session decision: 行业协会, 商协会
# are not bodies; regs-m 农产品行业协会, regs-al 行业协会). README call 2.
assert t.count('协会') == 1 and '第六条 电动自行车行业协会、互联网租赁非机动车企业' in t

# ====================================================================== ORG: not labelled
# 部门 ×44, every one a generic head (guidelines ORG "No"), none inside an ORG span:
#   公安机关交通管理部门 ×14 (市…, 市和区县（市）… included; also X机关, v1.1), 市场监督管理部门 ×4,
#   交通运输主管部门 ×2, 综合行政执法部门, 综合行政执法、…住房和城乡建设等部门 (a field list with a shared
#   generic head: regs_cb, regs_de), 公安、市场监督管理、综合行政执法、交通运输等相关部门 (art. 4),
#   教育行政主管部门, 市经济和信息化主管部门, 行业主管部门, 相关企业行业主管部门 ×2, 城市管理部门,
#   生态环境主管部门, 有关/相关/有关主管部门 …
assert t.count('部门') == 44 and t.count('公安机关交通管理部门') == 14
# + 公安机关交通管理、 ×2 (art. 18 and art. 26 field lists ending in 等(相关)部门)
assert t.count('公安机关交通管理、') == 2 and t.count('公安机关') == 16
assert all('部门' not in e['text'] for e in d.ents if e['label'] == ORG)
# art. 18: 交通运输、公安机关交通管理、综合行政执法等相关部门 — fields with a shared generic head.
# 机关 ×17: 公安机关 ×16 and 国家机关 (art. 7) — X机关 is a generic head (v1.1).
assert t.count('机关') == 17 and t.count('国家机关') == 1
# 单位 ×12, 团体 ×2, 组织 ×3, 机构 ×1: generic heads (企业事业单位, 社会团体, 其他组织, 建设单位,
#   经营管理单位, 维修单位, 任何单位, 非机动车停放专业服务机构 — a service provider under 机构).
assert t.count('单位') == 12 and t.count('团体') == 2 and t.count('组织') == 3 and t.count('机构') == 1
# art. 4 联席会议 ×2: a meeting / mechanism, not a body (v1.1 *组织 and 机关 heads*: meetings; regs_cb).
assert t.count('联席会议') == 2
# Not bodies (v1.1 *Not bodies*): 学校 (art. 7, art. 21), 车站、医院…公园 (art. 21, facilities);
# 注册登记点 (art. 14, service points); 政务咨询平台, 行业监管和服务平台, 非机动车信息管理系统
# (systems, platforms); 企业 ×20 (互联网租赁非机动车经营企业, 快递/外卖企业, 生产企业: companies);
# 报纸、广播电视、互联网信息服务等媒体 (media); 街道、乡（镇） (art. 14, places where points are set up);
# 国家和省 (国家和省有关规定: no body head word); 本市 (the territory).
assert t.count('平台') == 4 and t.count('企业') == 20 and t.count('学校') == 2
for w in ('局', '厅', '中心', '队', '小组', '办公', '党', '人大', '政协', '法院', '国务院'):
    assert w not in t.replace('布局', ''), w

# ====================================================================== PRINCIPLE
# art. 3: 遵循…的原则 → content without the verb and 的原则 (guidelines PRINCIPLE).
d.ctx('PRINCIPLE', '遵循[教育与处罚相结合、管理与服务相统一]的原则')
assert t.count('原则') == 1
# Not PRINCIPLE: art. 3 坚持综合治理、保障安全 — 坚持 with no 原则/要求/方针/思路 after it and no quotation
# marks (guidelines PRINCIPLE "No"; regs_cg 坚持中国共产党的领导; shandong-part1 坚持优化协同高效). README
# call 4. 要求 ×7 are requirements or a verb (有权要求, 调控要求, 法律、法规的要求, 规范要求, 消防安全要求,
# 国家和省关于…的要求, 更换车辆要求): none adopts a formula; no quotation marks in the text.
assert t.count('要求') == 7 and t.count('坚持') == 1 and t.count('遵循') == 1
for w in ('“', '"', '方针', '思路', '本着'):
    assert w not in t, w

# ====================================================================== DEADLINE
# art. 12 驾驶人或者所有人可以持购车凭证，在购车后十五日内临时上道路行驶: a relative within-limit (v1.2
#   *Relative time limits*), span the limit alone, without 在 and the anchor 购车后. It is the window of
#   a right (可以…临时上道路行驶) and, read with para. 1, the time the owner has before the vehicle must
#   carry its plate. Windows of a right are DEADLINE in the precedents: regs-am 陈述人可以在…结束后
#   `五日内`查阅; regs-ak 可以在接到…之日起`七个工作日内`…申请复检. Against: it also reads as a grace
#   period / validity of the purchase receipt (v1.1 validity periods; regs-a 临时户外广告许可期限…不得
#   超过二十日 not labelled). README call 1 (the most debatable).
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
d.ctx('DEADLINE', '可以持购车凭证，在购车后[十五日内]临时上道路行驶', norm=WITHIN)
# art. 20 一个月内累计达五人次以上的 / 一年内累计达两次以上的: the window of a threshold condition for
#   publicising a company, not a limit set for a measure (regs-az 三年内无…事故记录; regs-ah 设置满十二个月的).
# Not DEADLINE either: 提前开启转向灯 / 提前鸣号 (art. 17(四), driving manoeuvres, no number), 及时 ×many,
#   实时 (art. 25), 前款 ×2, 前大灯, the header dates.
assert t.count('日内') == 1 and '在购车后十五日内临时上道路行驶' in t
assert t.count('月内') == 1 and t.count('年内') == 1 and '一个月内累计达五人次以上的' in t
assert t.count('前') == 5 and t.count('提前') == 2 and t.count('前款') == 2 and t.count('前大灯') == 1
# 内 ×9: 行政区域内, 内部管理, 内容, 十五日内, 本车道内, 非机动车道内, 一个月内, 一年内, 停车设施内.
assert t.count('内') == 9
for w in ('日前', '底', '期间', '每', '以前', '之前', '时限', '期限', '限期'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT: none
# Every number followed by a measure word, read:
#   header dates and 第N次 (ordinals of sessions); 第N条/第N款/（N） (ordinals);
#   art. 12 十五日 (DEADLINE above); art. 17(五) 十五公里 (a speed), 十二周岁以下 (an age);
#   art. 20 五人次以上 / 两次以上 (threshold counts of violations: v1.1 *Thresholds*; not staff);
#   arts. 32–34 一千元…五千元, 一倍…十倍, 五十元 ×2 (money and multiples of gains).
#   art. 21 落实专人管理, art. 18(五) 配置必要的管理维护人员: staff without a number.
#   The lists of art. 11 (四 items), art. 17 (十 items) and art. 18 (七 items) are not counted in the
#   text (no 项/条 with a number), so no ITEM_COUNT (guidelines: the number as written).
NUM = '0-9一二三四五六七八九十两千百'
found = [m.group() for m in re.finditer(rf'(?<![第{NUM}])[{NUM}]+[名人项个类件条所家次日月年元倍公周]', t)]
HEADER = ['2003年', '7月', '30日', '2003年', '11月', '6日', '2006年', '11月', '29日',
          '2007年', '3月', '29日', '2019年', '4月', '26日', '2019年', '5月', '31日']
assert found == HEADER + ['十五日', '十五公', '十二周', '一个', '五人', '一年', '两次',
                 '一千元', '五千元', '一倍', '五倍', '一倍', '五倍', '五倍', '十倍', '五十元', '五十元'], found
assert t.count('以上') == 6 and t.count('名') == 0 and t.count('项') == 2   # 项 only in 事项 ×2

# ====================================================================== DOC_NO: none
# 号 ×10 only in 型号, 编号 ×2, 号码, 号牌 ×4, 信号, 鸣号; no bracketed year.
assert t.count('号') == 10 and t.count('号牌') == 4
for w in ('〔', '[', '【', '令第'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
assert [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE'] == [['教育与处罚相结合', '管理与服务相统一']]
c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 12, 'DOC_TITLE': 5, 'PRINCIPLE': 1, 'DEADLINE': 1}), c
write_gold(OUT, [d])
