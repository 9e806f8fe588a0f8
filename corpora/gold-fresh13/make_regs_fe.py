"""Build regs_fe.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 山东省规范海洋渔业船舶捕捞规定 (Shandong provincial rules on marine fishing-vessel fishing;
adopted 2021-01-28 by the standing committee of the 13th Shandong provincial people's congress, 25th
session; in force on promulgation, art. 10). Ten articles, no chapters, 2,462 characters.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, pipeline or model.
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh13/regs_fe.jsonl'
SRC = 'corpus/regulations/shandong/山东省规范海洋渔业船舶捕捞规定(2021-01-28).txt'

d = Doc("fresh13-reg-shandong-fishing-vessels-2021", SRC,
        # date: the header's only date (adoption, 2021-01-28), the same as the file name's date
        # (regs_ee, regs-at: header/file-name date). region: a provincial regulation of Shandong
        # (regs_cb, regs-am, regs-au, gold regulations-b: "山东省").
        {"region": "山东省", "date": "2021-01-28"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 2462
t = d.text
ORG = 'ORG'

# ====================================================================== header
# Title line 山东省规范海洋渔业船舶捕捞规定: no 《》 and no body head word (v1.1 *Title lines*): nothing.
# The standing committee before its session is ORG, term number inside, session outside (regs-a,
# regs-b *Adoption lines*; regs_de, regs_eh 山东省第十一/十三届人民代表大会常务委员会).
d.ctx(ORG, '2021年1月28日 [山东省第十三届人民代表大会常务委员会]第二十五次会议通过')
d.check_all('人民代表大会', 1, 1)
d.check_all('常务委员会', 1, 1)
# 2021年1月28日 (adoption) is a past event / the document's date, and art. 10 本规定自公布之日起施行
# is an effective date (guidelines DEADLINE "No"; v1.1 *Effective dates*).
assert t.count('年') == 1 and t.count('月') == 1 and t.count('日') == 2 and t.count('之日起施行') == 1

# ====================================================================== ORG: governments
# art. 2 para. 3 乡镇人民政府、街道办事处应当依照…职责: the bare class names of the township government and
# the sub-district office, subject of duties, no 各/所在/当地 before them: two ORGs (regs_ee, regs_ed,
# regs-at 乡镇人民政府、街道办事处; regs-b bare 街道办事处).
d.ctx(ORG, '[乡镇人民政府]、街道办事处应当依照法律')
d.ctx(ORG, '乡镇人民政府、[街道办事处]应当依照法律')
d.check_all('办事处', 1, 1)
# Every other 人民政府 is vague (v1.1 *Level words*: 各级/县级以上 + 人民政府 is not ORG):
#   县级以上人民政府 ×17 (art. 2 subject; arts. 3–9 县级以上人民政府渔业行政主管部门 / 渔业、公安等部门 /
#   渔业、市场监督管理等部门 / 人力资源社会保障部门, where 部门 is generic anyway; art. 3 固定停靠港口所在地…
#   and 当地… add a locative on top: README call 3); 各级人民政府 ×1 (art. 2 para. 4).
assert t.count('县级以上人民政府') == 17 and t.count('各级人民政府') == 1
assert t.count('所在地县级以上人民政府') == 1 and t.count('当地县级以上人民政府') == 1
d.check_all('人民政府', 19, 1, deliberate=[
    '第二条 县级以上[人民政府]应当加强',
    '各级[人民政府]和负有海洋渔业船舶',
    '进出渔业港口应当向县级以上[人民政府]渔业行政主管部门报告',
    '固定停靠港口所在地县级以上[人民政府]渔业行政主管部门的监督管理',
    '信息报当地县级以上[人民政府]渔业行政主管部门备案',
    '违反本条第一款规定的，由县级以上[人民政府]渔业行政主管部门',
    '和第三款规定的，由县级以上[人民政府]渔业行政主管部门',
    '委托制造海洋捕捞渔业船舶的，由县级以上[人民政府]渔业行政主管部门',
    '钢钎等设施的，由县级以上[人民政府]渔业行政主管部门',
    '无船籍港的船舶，由县级以上[人民政府]渔业、公安等部门',
    '远洋渔业船舶违反本条规定的，由县级以上[人民政府]渔业行政主管部门',
    '其他海洋渔业船舶违反本条规定的，由县级以上[人民政府]渔业行政主管部门',
    '\n\n违反本条规定的，由县级以上[人民政府]渔业行政主管部门',
    '销售、加工的，由县级以上[人民政府]渔业、市场监督管理等部门',
    '他国管辖海域进行捕捞的，由县级以上[人民政府]渔业行政主管部门',
    '上船工作的，由县级以上[人民政府]人力资源社会保障部门',
    '上船工作的人员，由县级以上[人民政府]渔业行政主管部门',
    '上船工作的船舶所有人，由县级以上[人民政府]渔业行政主管部门',
])
assert t.count('政府') == 19     # no bare 政府

# ====================================================================== ORG: community committees
# art. 2 para. 3 村民委员会、居民委员会等基层群众性自治组织应当协助…: two named body types (guidelines ORG
# "Yes": 村委会; regs_ed 居民委员会, 村民委员会 at every occurrence; regs_ee, regs_dd bare 村民委员会). The
# trailing 等基层群众性自治组织 is a generic collective (head 组织) and is not labelled; it does not take
# the two names away (unlike a leading 各/有关, which quantifies the list: batch-c). README call 4.
d.ctx(ORG, '[村民委员会]、居民委员会等基层群众性自治组织')
d.ctx(ORG, '村民委员会、[居民委员会]等基层群众性自治组织')
d.check_all('委员会', 3, 3)
assert t.count('组织') == 1

# ====================================================================== ORG: not labelled
# Generic heads (guidelines ORG "No": 部门/单位/机构/组织; v1.1 *机关 is a generic head*):
#   部门 ×20: 渔业行政主管部门 ×14 (art. 3 para. 2 bare 渔业行政主管部门 included), the field list of art. 2
#     渔业、公安、工业和信息化、人力资源社会保障、外事、市场监督管理等部门 (fields sharing 部门, no name: regs_de,
#     regs_eh, regs_cb), 渔业、公安等部门 (art. 4), 渔业、市场监督管理等部门 (art. 7), 有关部门 (art. 8),
#     外事部门 (art. 8), 人力资源社会保障部门 (art. 9);
#   机构 ×4: 相关涉海执法机构 (art. 2), 有关机构 (art. 8), 有关部门和机构 (art. 8), 中介机构 (art. 9:
#     intermediaries, service providers: regs_de 中介服务机构);
#   机关 ×1: 同级公安机关 (art. 3; 同级 is vague too);
#   单位 ×4: 负有…职责的单位, 实施…行为的单位, 单位和个人 ×2 (parties).
assert t.count('部门') == 20 and t.count('渔业行政主管部门') == 14 and t.count('机构') == 4
assert t.count('机关') == 1 and t.count('同级公安机关') == 1 and t.count('单位') == 4
for w in ('部门', '机构', '机关', '单位', '组织'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w
# Not bodies:
#   港口 ×9 (渔业港口 ×5, 固定停靠港口 ×3, 港口服务) / 本港 (arts. 3: 渔业港口应当建立…登记制度, and it is fined): a port is a
#     facility and its operator, head 港口 is no body head word (v1.1 *Not bodies*: facilities). README
#     call 2.
#   省 (art. 2 按照省有关规定; 本省): no body head word (regs_eg 国家和省有关规定); 山东省 in the title.
#   art. 10 相关设区的市: places quantified by 相关, no body (v1.1 *Shared endings*: 设区的市人民政府 would be
#     ORG, 设区的市 alone is a territory).
#   公安, 外事, 市场监督管理 … in the field lists: fields of work, no body head.
#   主管人员, 直接责任人员, 船长, 船员, 委托人, 船舶所有人 (people).
assert t.count('港口') == 9 and t.count('渔业港口') == 5 and t.count('固定停靠港口') == 3 and t.count('本港') == 1
assert t.count('省') == 4 and t.count('省有关规定') == 1 and t.count('本省') == 1
assert t.count('相关设区的市') == 1 and t.count('市') == 3
# 会 ×7: 人民代表大会, 常务委员会, 会议, 委员会 ×2, 社会保障 ×2; 委 ×5: 委员会 ×3, 委托 ×2;
# 办 ×2: 办事处, 管理办法; 所 ×11: 作业场所, 所在地, 所有人 ×2, 所得 ×7 (no 派出所); 组 only in 组织.
assert t.count('会') == 7 and t.count('社会保障') == 2 and t.count('委') == 5 and t.count('委托') == 2
assert t.count('办') == 2 and t.count('管理办法') == 1 and t.count('所') == 11 and t.count('所得') == 7
assert t.count('组') == 1
for w in ('局', '厅', '中心', '站', '队', '院', '小组', '办公室', '党', '人大', '政协', '国务院',
          '以下简称', '简称', '本级', '上一级', '法院'):
    assert w not in t, w

# ====================================================================== DEADLINE
# None. Every time word read:
#   2021年1月28日 (adoption) and art. 10 本规定自公布之日起施行 (effective date): guidelines / v1.1 "No";
#   art. 6 在禁渔期内 … 不得随船携带…网具 and 禁渔期禁止作业: the season during which a ban applies, not a time
#     by or within which a measure is to be done, and no number (regs-ar 在承包期内 not labelled; regs_eh
#     汛期之前 not labelled; seventh session: a season's definition, 采暖期为…, is not a time set for a
#     measure; project decision: a limit tied to an event with no number is not DEADLINE). README call 1.
#   art. 3 即时通报, art. 5 及时准确报告, art. 8 及时…通报, art. 5 责令限期改正: vague (v1.2: 限期, 及时);
#   art. 3 进出港时间 (a reported item, not a limit); 航次计划 (a plan's content).
assert t.count('期') == 3 and t.count('禁渔期') == 2 and t.count('限期') == 1
assert t.count('内') == 2 and t.count('禁渔期内') == 1 and t.count('核定的内容') == 1
assert t.count('时') == 4 and t.count('及时') == 2 and t.count('即时') == 1 and t.count('进出港时间') == 1
for w in ('前', '日内', '月内', '年内', '期间', '底', '每', '提前', '之内', '以前', '期限', '时限', '小时'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT
# None. Every number followed by a measure word, read:
#   2021年, 1月, 28日 (header date); 第十三届, 第二十五次 (ordinals, excluded by 第);
#   art. 3 选择经常作业地的一个渔业港口作为固定停靠港口: a port chosen by each vessel, a facility, and the
#     generic "one" of a rule (shandong-part1 一个执法机构; regs_de 一个窗口受理) → not ITEM_COUNT
#     (README call 5);
#   fines 二千元 … 一百万元 (money); art. 8 违法所得一倍以上三倍以下 (multiples of the illegal gain: regs-ag
#     一倍以上五倍以下, ratios of fines);
#   本条第一款 / 第二款和第三款 (ordinals); 船员配备, 主管人员和其他直接责任人员 (no number).
NUM = '0-9一二三四五六七八九十百千万两'
found = re.findall(rf'(?<![第{NUM}])[{NUM}]+[名人项个类件条所家次米元日小月年时倍款届]', t)
assert found == ['2021年', '1月', '28日', '一个', '十万元', '五十万元', '二万元', '十万元', '十万元', '五十万元',
                 '五万元', '三十万元', '二十万元', '一百万元', '五万元', '二十万元', '二十万元', '一百万元',
                 '五万元', '二十万元', '一万元', '五万元', '二万元', '十万元', '二十万元', '一百万元', '一倍',
                 '三倍', '一万元', '五万元', '二千元', '一万元', '二万元', '十万元'], found
assert t.count('个') == 5 and t.count('一个渔业港口') == 1 and t.count('个人') == 4
assert t.count('名') == 6 and t.count('船名') == 6          # 名 only in 船名 (no 名 of people)
assert t.count('件') == 3 and t.count('编制') == 0 and t.count('职数') == 0
assert t.count('以上') == 32 and t.count('县级以上') == 17 and t.count('元以上') == 14 and t.count('倍以上') == 1

# ====================================================================== PRINCIPLE / DOC_TITLE / DOC_NO
# No 原则, no quotation marks, no 方针/思路/要求; 根据 ×2 (根据有关法律、行政法规; 根据本规定) and 按照 ×7
# (法定职责 ×2, 省有关规定, 渔业船网工具指标批准书, 规定 ×2, 职责) introduce rules, never a formula.
# art. 2 建立属地管理和监督体系 and 强化联防联控: unquoted, not called 原则 (v1.1: not PRINCIPLE).
# No 《》: 渔业船网工具指标批准书 ×4, 船长职务船员证书, 捕捞许可证 are licences without book-title marks.
# 号 ×4 only in 船名船号 (no document number).
assert t.count('原则') == 0 and t.count('根据') == 2 and t.count('按照') == 7
assert t.count('号') == 4 and t.count('船号') == 4
for w in ('“', '"', '方针', '思路', '要求', '坚持', '遵循', '本着', '《', '〔', '[', '【'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 0, 'ORG': 5,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents) == Counter({
    '山东省第十三届人民代表大会常务委员会': 1, '乡镇人民政府': 1, '街道办事处': 1,
    '村民委员会': 1, '居民委员会': 1})
write_gold(OUT, [d])
