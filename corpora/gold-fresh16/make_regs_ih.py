"""Build regs_ih.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 嘉兴市建筑垃圾管理条例 (Jiaxing municipal regulation on construction waste; adopted
2021-02-08 by the 8th Jiaxing municipal people's congress itself, 6th session; approved 2021-03-26
by the standing committee of the 13th Zhejiang provincial people's congress, 28th session; in force
2021-06-01, art. 24; file name date 2021-04-13, not in the text). 24 articles, no chapters, two
header lines.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedents: gold-fresh15 regs_hf (湖州: a Zhejiang city regulation with the same 通过 + 批准
header, the file name's date as meta.date, 市、区县人民政府 shared ending), regs_he (枣庄: 市人民政府,
bare 镇人民政府 / 街道办事处, every actor under 主管部门), regs_hg (村民委员会、居民委员会协助做好…);
gold-fresh9 regs_ay (…开发区、…示范区管理委员会: shared ending, zones are places); gold-fresh4
regs_r (…开发区管委会 ORG); gold-fresh10 regs_cg and gold-fresh11 regs_dc (the congress itself in an
adoption line); gold-fresh12 regs_eh (在施工前: an event limit without a number, not DEADLINE).
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh16/regs_ih.jsonl'
SRC = 'corpus/regulations/zhejiang/嘉兴市建筑垃圾管理条例(2021-04-13).txt'

d = Doc("fresh16-regs-jiaxing-jianzhulaji", SRC,
        # date: the file name's date, 2021-04-13 (presumably the promulgation; the text gives only
        # 02-08 adopted, 03-26 approved and the effective date 06-01). regs_hf (湖州), regs_eg (宁波),
        # regs_he, regs_eh, regs_de took the file's date where it is later than the header. No label
        # depends on the year (there is no DEADLINE).
        # region: province + city, as for every Zhejiang city regulation (regs_hf 浙江省湖州市, regs_eg,
        # regs-ah, regs-t).
        {"region": "浙江省嘉兴市", "date": "2021-04-13"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 2040
t = d.text
ORG = 'ORG'

# ====================================================================== header
# Title line 嘉兴市建筑垃圾管理条例: no 《》 and no body head word (v1.1 *Title lines*): nothing.
# Line 1: the municipal people's congress itself adopted the regulation (not its standing committee):
# the body before its session is ORG, term number inside, session outside (regs-a / regs-b *Adoption
# lines*; regs_cg 重庆市第四届人民代表大会, regs_dc 北京市第八届人民代表大会, regs-a 县第五届人民代表大会).
d.ctx(ORG, '2021年2月8日 [嘉兴市第八届人民代表大会]第六次会议通过')
# Line 2: the provincial standing committee that approved it (regs_hf, regs-ah, regs-t: the same
# Zhejiang 通过 + 批准 header).
d.ctx(ORG, '2021年3月26日 [浙江省第十三届人民代表大会常务委员会]第二十八次会议批准')
d.check_all('人民代表大会', 2, 2)
assert t.count('常务委员会') == 1
# The header dates (adopted, approved) are past events, and art. 24 本条例自2021年6月1日起施行 is an
# effective date: not DEADLINE (guidelines DEADLINE "No"; v1.1 *Effective dates*).
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == [
    '2021年2月8日', '2021年3月26日', '2021年6月1日']
assert t.count('年') == 3 and t.count('月') == 3 and t.count('日') == 4 and t.count('日常管理') == 1
assert t.count('日起施行') == 1

# ====================================================================== ORG: governments
# 市、县（市、区）人民政府 ×3 (arts. 3, 15, 17): a shared ending; the bare 市 is not a name, and
# 县（市、区）人民政府 is one ORG, the parenthesis giving alternative levels (v1.1 *Shared endings*:
# 市、区人民政府 → `区人民政府`; 县（市、区）人民政府 is one ORG; regs-b, regs_cb; regs_hf 市、区县人民政府
# → `区县人民政府`).
d.ctx(ORG, '第三条 市、[县（市、区）人民政府]，嘉兴经济技术开发区')              # art. 3
d.ctx(ORG, '第十五条 市、[县（市、区）人民政府]应当依法组织建设')                # art. 15
d.ctx(ORG, '第十七条 市、[县（市、区）人民政府]应当将建筑垃圾综合利用')          # art. 17
assert t.count('市、县（市、区）人民政府') == 3 and t.count('县（市、区）') == 3
# art. 3 嘉兴经济技术开发区（国际商务区）、嘉兴港区管委会: a shared ending (管委会 = 管理委员会); only
# the complete name is labelled (v1.1 *Shared endings*; regs_ay 濮阳经济技术开发区、河南濮阳工业园区和
# 濮阳市城乡一体化示范区管理委员会 → only the last), and the zone alone is a place (reports notes:
# development zones are not ORG). A 管委会 with its zone's name is ORG (regs_r 东营经济技术开发区管委会,
# report_gc …试验区（梧州）管委会). README call 1.
d.ctx(ORG, '嘉兴经济技术开发区（国际商务区）、[嘉兴港区管委会]应当建立建筑垃圾管理协调机制')
d.check_all('管委会', 1, 1)
assert t.count('开发区') == 1 and t.count('港区') == 1
# 市人民政府 ×2 (arts. 8, 10: 报市人民政府批准后公布实施): the municipal government, addressee of the
# approval (regs_he 报市人民政府批准; regs-ag). (市人民政府 does not occur inside 县（市、区）人民政府, whose
# 市 is followed by 、.)
d.every(ORG, '市人民政府', 2)
assert t.count('报市人民政府批准后公布实施') == 2
# 镇人民政府、街道办事处 (art. 3 para. 2: 负责本辖区内…日常管理; art. 15 para. 2: 组织建设…转运场所):
# bare class names of the township government and the sub-district office, holding duties, with no
# 各/所在/当地 before them: ORG, the coordination split (regs-b notes: bare 街道办事处, 镇人民政府 are
# ORG; regs_he, regs_hg, regs_cb, regs_dd, regs_ed). README call 3.
d.ctx(ORG, '重大问题。\n\n[镇人民政府]、街道办事处负责本辖区内')                 # art. 3
d.ctx(ORG, '重大问题。\n\n镇人民政府、[街道办事处]负责本辖区内')
d.ctx(ORG, '处置场所。\n\n[镇人民政府]、街道办事处应当根据建筑垃圾管理实际')     # art. 15
d.ctx(ORG, '处置场所。\n\n镇人民政府、[街道办事处]应当根据建筑垃圾管理实际')
# art. 12 (一) 应当向所在地的镇人民政府或者街道办事处报告: located by 所在地的, which covers both
# members of the coordination (v1.1 *Alternative readings*: 属地…/所在… work like 有关/上级; regs-a
# notes: 所在地的街道办事处或者乡、民族乡、镇人民政府 not ORG; regs_dd 当地 covers the list). README call 2.
d.check_all('人民政府', 8, 7, ['应当向所在地的镇[人民政府]或者街道办事处报告'])
d.check_all('办事处', 3, 2, ['应当向所在地的镇人民政府或者街道[办事处]报告'])
# art. 17 para. 2 使用政府性资金建设的项目: bare 政府 (an adjective of the funds), not ORG (v1.1 *Bare
# 党委, 政府*: 政府购买服务).
d.check_all('政府', 9, 7, ['应当向所在地的镇人民[政府]或者街道办事处报告',
                          '使用[政府]性资金建设的项目'])

# ====================================================================== ORG: village and residents' committees
# art. 3 para. 2 指导村民委员会、居民委员会协助做好相关工作: bare class names of the grassroots committees,
# bodies holding a duty (guidelines ORG "Yes": 村委会; regs_hg 村民委员会、居民委员会协助做好 → two ORGs;
# regs-a 居民委员会); the coordination is split.
d.ctx(ORG, '指导[村民委员会]、居民委员会协助做好相关工作')
d.ctx(ORG, '指导村民委员会、[居民委员会]协助做好相关工作')
# art. 11 para. 2 未委托的，所在地的村民委员会或者居民委员会为管理人: located by 所在地的, covering both
# members (as art. 12 above; regs-a notes 所在地的居民委员会). README call 2.
d.check_all('委员会', 5, 3, ['未委托的，所在地的村民[委员会]或者居民委员会为管理人',
                            '所在地的村民委员会或者居民[委员会]为管理人'])
assert t.count('所在地的') == 2

# ====================================================================== not ORG (read in context)
# 部门 ×13, all under the generic head 部门 (guidelines ORG "No"; v1.1: a body defined under a generic
# head is not ORG; regs_he, regs_eh, regs_hg): 环境卫生主管部门 (art. 4), 市环境卫生主管部门 ×3 (arts. 6,
# 8, 10: the municipal environmental-sanitation bureau named by field + 部门; README call 4), the field
# list 发展改革、公安机关、财政、…、综合行政执法等部门 (art. 4: fields sharing 等部门), 有关部门 ×2
# (arts. 6, 8), 部门执法联动 (art. 6), 综合行政执法部门 ×5 (arts. 20 ×2, 21, 22, 23).
assert t.count('部门') == 13 and t.count('主管部门') == 4 and t.count('市环境卫生主管部门') == 3
assert t.count('综合行政执法部门') == 5 and t.count('有关部门') == 2
# 机关 ×1: 公安机关 in the art. 4 field list (v1.1 *机关 is a generic head*).
assert t.count('机关') == 1 and t.count('公安机关') == 1
# 单位 ×8: 建设单位, 施工单位 (art. 5), 运输单位 (art. 6), 有关单位和个人 (art. 12), 任何单位和个人
# (art. 18), 对单位处 ×3 (arts. 20, 23): parties under the generic head 单位.
assert t.count('单位') == 8
# 组织 ×3 are verbs (及时组织清运, 依法组织建设, 组织建设); 物业服务企业 ×2 (art. 11): companies (v1.1
# *Not bodies*); 管理人 (装修垃圾投放管理人) and 个人: people or roles.
assert t.count('组织') == 3 and t.count('组织清运') == 1 and t.count('组织建设') == 2
assert t.count('物业服务企业') == 2
# Places, facilities and systems, not bodies: 本市, 嘉兴市 (title line), 嘉兴经济技术开发区（国际商务区）
# (a zone, above), 利用、处置和转运场所 (场所 ×6), 堆放点 ×4, 信息共享平台 ×2, 运输监控系统, the
# 协调机制 (art. 3) and the 诚信评价制度 / 管理人制度 (arts. 10, 11); 省的地方性法规 (art. 19: the
# province's laws, no body).
# The other body-like head words occur only inside other words: 会 ×14 (人民代表大会 ×2, 会议 ×2,
# 委员会 ×5, 管委会, 会同 ×2, 社会 ×2); 委 ×8 (委员会 ×5, 管委会, 委托 ×2); 办 ×4 (办事处 ×3, 办法);
# 所 ×10 (所称, 场所 ×6, 所在地 ×2, 违法所得).
assert t.count('会') == 14 and t.count('会议') == 2 and t.count('会同') == 2 and t.count('社会') == 2
assert t.count('委') == 8 and t.count('委托') == 2
assert t.count('办') == 4 and t.count('办法') == 1
assert t.count('所') == 10 and t.count('场所') == 6 and t.count('所称') == 1 and t.count('违法所得') == 1
assert t.count('组') == 3 and t.count('点') == 4 and t.count('堆放点') == 4
for w in ('局', '厅', '中心', '站', '队', '院', '小组', '办公室', '机构', '党', '人大', '政协', '国务院',
          '中央', '以下简称', '简称', '本级', '同级', '上一级', '各级', '当地', '协会', '联合会'):
    assert w not in t, w
for w in ('部门', '机关', '机构', '单位', '组织', '企业', '场所', '开发区（'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w

# ====================================================================== PRINCIPLE
# None: no 原则, 方针, 要求, 思路 or quotation marks. 按照 ×2 (按照各自职责, 按照有关规定) and 根据 ×2
# (根据有关法律、法规; 根据建筑垃圾管理实际) introduce duties, rules and needs, never a formula
# (guidelines PRINCIPLE). 推广绿色设计、绿色施工 (art. 7) and 实行…制度 (arts. 10, 11) are measures, not
# principles (neither called 原则 nor quoted).
assert t.count('按照') == 2 and t.count('根据') == 2
for w in ('原则', '方针', '要求', '思路', '坚持', '遵循', '本着', '“', '"', '「'):
    assert w not in t, w

# ====================================================================== DEADLINE
# None. Every time word read (README call 5):
#   the header dates and art. 24's effective date (above);
#   art. 13 不实施施工许可管理的房屋装饰装修，应当在开工前告知管理人: a limit tied to an event with no number
#     (project decision beyond v1.2: 在变更之前, 上岗之前, 选举日前 are not DEADLINE; regs_eh 在施工前);
#   art. 12 (四) 及时组织清运: vague (guidelines DEADLINE "No": 及时);
#   arts. 8, 10 报市人民政府批准后公布实施: a sequence, no time limit;
#   内 ×3: 行政区域内, 本辖区内 (space), 下列内容.
assert t.count('前') == 1 and t.count('在开工前告知管理人') == 1 and t.count('后') == 2
assert t.count('及时') == 1 and t.count('时') == 1
assert t.count('内') == 3 and t.count('区域内') == 1 and t.count('辖区内') == 1 and t.count('内容') == 1
for w in ('每', '期', '底', '日内', '月内', '年内', '以前', '之前', '小时', '工作日', '提前', '限期', '季度',
          '旬', '届满', '时限'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO / DOC_TITLE
# None. Every number followed by a measure word, read: the dates; 第八届 / 第十三届, 第六次 / 第二十八次
# (ordinals of terms and sessions); the article numbers and the cross-references 第九条, 第十二条第一款,
# 第十四条, 第十八条 (ordinals); fines 十万元 … 一百万元, 五十元 … 二百元 (money).
# The five items of the platform's content (art. 6, 包含下列内容) and the four duties of the manager
# (art. 12, 下列职责) are not counted in the text: no ITEM_COUNT (regs_he, regs_hg: unnumbered lists).
# 各类建筑物 (art. 2) carries no number. No person is counted: 管理人 has no number; 编制 ×1 is the verb
# "draw up" (编制建筑垃圾处理方案, art. 5).
NUM = '0-9一二三四五六七八九十百千万两零'
found = re.findall(rf'(?<![第{NUM}])[{NUM}]+[名人项个类件条所家份张套次级支倍元年月日届处种部]', t)
assert found == ['2021年', '2月', '8日', '2021年', '3月', '26日', '十万元', '一百万元', '五千元', '五万元',
                 '二万元', '二十万元', '一千元', '一万元', '五百元', '五千元', '五千元', '三万元', '五十元',
                 '二百元', '一万元', '十万元', '二千元', '二万元', '2021年', '6月', '1日'], found
assert t.count('名') == 0 and t.count('个') == 6 and t.count('个人') == 6
assert t.count('项') == 1 and t.count('项目') == 1 and t.count('类') == 1 and t.count('各类') == 1
assert t.count('编制') == 1 and t.count('编制建筑垃圾处理方案') == 1
assert [t.count(f'（{n}）') for n in '一二三四五六'] == [2, 2, 2, 2, 1, 0]
# DOC_NO: no 号, 〔, 【 or [; DOC_TITLE: no 《》. 本条例, 有关法律、法规, 循环经济发展规划 (art. 17),
# 建筑垃圾收集和运输规范 (art. 8), 具体办法 (art. 10) are named without book-title marks (guidelines
# DOC_TITLE: "Without book-title marks, no DOC_TITLE is labelled").
for w in ('号', '〔', '【', '[', '令第', '职数', '《', '》', '〈'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
counts = Counter(e['label'] for e in d.ents)
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 0, 'ORG': 14, 'PRINCIPLE': 0,
    'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '嘉兴市第八届人民代表大会': 1, '浙江省第十三届人民代表大会常务委员会': 1,
    '县（市、区）人民政府': 3, '嘉兴港区管委会': 1, '市人民政府': 2,
    '镇人民政府': 2, '街道办事处': 2, '村民委员会': 1, '居民委员会': 1})
write_gold(OUT, [d])
