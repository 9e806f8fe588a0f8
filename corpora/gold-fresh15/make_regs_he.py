"""Build regs_he.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 枣庄市环城绿道管理条例 (Zaozhuang municipal regulation on the ring-city greenway; adopted
2021-06-30 by the standing committee of the 16th Zaozhuang municipal people's congress, 40th session;
approved 2021-07-29 by the standing committee of the 13th Shandong provincial people's congress,
29th session; in force 2021-10-01, art. 26; file name date 2021-08-02, the promulgation, not in the
text). 26 articles, no chapters, two header lines.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedents: gold-fresh12 regs_eh (青岛市城市排水条例: a Shandong city regulation with the same
header shape, 区（市）人民政府, actors all under 主管部门, 实行…的原则) and gold-fresh11 regs_de
(滨州市…管理规定: the file name's date as meta.date), gold-fresh14 regs_gf (重庆市绿化条例).
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh15/regs_he.jsonl'
SRC = 'corpus/regulations/shandong/枣庄市环城绿道管理条例(2021-08-02).txt'

d = Doc("fresh15-regs-zaozhuang-lvdao", SRC,
        # date: the file name's date, 2021-08-02 (the promulgation; the text gives only 06-30 adopted,
        # 07-29 approved and the effective date 10-01). Shandong city regulations take the file's
        # date: regs_de (滨州, 2020-06-16, "the file name's date (promulgation)"), regs_eh (青岛,
        # 2020-03-26), regs-b (安阳). No label depends on the year (README call 6).
        # region: a Zaozhuang city regulation, province named as in regs_de/regs_eh ("山东省滨州市",
        # "山东省青岛市").
        {"region": "山东省枣庄市", "date": "2021-08-02"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 2942
t = d.text
ORG = 'ORG'

# ====================================================================== header
# Title line 枣庄市环城绿道管理条例: no 《》 and no body head word (v1.1 *Title lines*): nothing.
# The standing committees before their sessions are ORG, term number inside, session outside
# (regs-a / regs-b notes *Adoption lines*; regs_de, regs_eh: the same Shandong adopt/approve pair).
d.ctx(ORG, '2021年6月30日 [枣庄市第十六届人民代表大会常务委员会]第四十次会议通过')
d.ctx(ORG, '2021年7月29日 [山东省第十三届人民代表大会常务委员会]第二十九次会议批准')
d.check_all('常务委员会', 2, 2)
d.check_all('人民代表大会', 2, 2)
d.check_all('委员会', 2, 2)
# The header dates (adoption, approval) are past events, and art. 26 本条例自2021年10月1日起施行 is an
# effective date: not DEADLINE (guidelines DEADLINE "No"; v1.1 *Effective dates*).
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == [
    '2021年6月30日', '2021年7月29日', '2021年10月1日']
assert t.count('年') == 3 and t.count('月') == 3 and t.count('日') == 3 and t.count('日起施行') == 1

# ====================================================================== ORG: governments
# 区（市）人民政府 ×4 (arts. 6, 7, 10, 11): the district and county-level-city governments as a class
# (Zaozhuang has five districts and 滕州市), no 各/有关 before it; the parenthesis gives an alternative
# level, so one ORG (v1.1 *Shared endings*: 县（市、区）人民政府 is one ORG; regs_eh 区（市）人民政府 ×3,
# regs_de 县（市、区）人民政府).
d.ctx(ORG, '[区（市）人民政府]负责组织实施本辖区内环城绿道相关工作')      # art. 6 para. 3
d.ctx(ORG, '维护费用由[区（市）人民政府]承担')                            # art. 7
d.ctx(ORG, '并由[区（市）人民政府]负责组织实施')                          # art. 10
d.ctx(ORG, '的正常运转，[区（市）人民政府]应当在环城绿道路沿外侧')        # art. 11
# 市人民政府 ×3 (arts. 7, 9, 10): the municipal government, subject or addressee (报市人民政府批准).
# (市人民政府 does not occur inside 区（市）人民政府, whose 市 is followed by ）.)
d.every(ORG, '市人民政府', 3)
assert t.count('人民政府承担，市人民政府对建设费用给予补助') == 1 and t.count('报市人民政府批准后向社会公布') == 2
# art. 6 para. 4 镇人民政府、街道办事处在职责范围内做好本辖区内环城绿道相关工作: the bare class names of
# the township government and the street office, with no 各/所在/当地 before them: two ORGs (regs-b notes:
# "Bare 街道办事处, 镇人民政府 … are ORG"; regs_cb, regs_dd, regs_ed; coordinations are split).
d.ctx(ORG, '[镇人民政府]、街道办事处在职责范围内')
d.ctx(ORG, '镇人民政府、[街道办事处]在职责范围内')
d.check_all('人民政府', 8, 8)
d.check_all('办事处', 1, 1)
# art. 15 环城绿道的维护采用政府监管和市场化运作相结合的方式: bare 政府 without a level or place is not
# ORG (v1.1 *Bare 党委, 政府*: 政府购买服务).
d.check_all('政府', 9, 8, ['采用[政府]监管和市场化运作相结合的方式'])
assert t.count('区（市）') == 5   # 4 × 区（市）人民政府 + 区（市）林业和绿化主管部门 (art. 6, see below)

# ====================================================================== Not ORG (every one read)
# 部门 ×21, all under the generic head 部门 (guidelines ORG "No"; v1.1: a body defined under a generic
# head is not ORG; regs_eh 市排水行政主管部门 ×40, regs-b 城市管理主管部门, regs_gf 林业主管部门). README call 1:
#   art. 6 市林业和绿化部门是环城绿道的主管部门 (the municipal forestry and greening bureau named by its
#     field + 部门, then called 主管部门), 区（市）林业和绿化主管部门, 林业和绿化主管部门 (arts. 6, 18, 19, 23),
#     市林业和绿化主管部门 (arts. 9, 10, 14);
#   the field lists that share 部门: 发展改革、自然资源和规划、交通运输、财政、公安、城市管理、审批服务、民政、
#     文化和旅游、体育等部门 (art. 6), 交通运输、城市管理等部门 ×2 (arts. 6, 18), 林业和绿化、交通运输、综合行政
#     执法、自然资源和规划、民政、公安等部门 (art. 22): fields, no name (regs_de, regs_eh);
#   交通运输部门、综合行政执法部门 (art. 23); 有关部门 ×2 (arts. 9), 相关部门 (art. 24), 上级主管部门 (art. 24);
#   公安机关交通管理部门 (art. 19): 机关 and 部门 both generic (v1.1; regs_eh the same phrase).
assert t.count('部门') == 21 and t.count('主管部门') == 10 and t.count('林业和绿化') == 10
assert t.count('机关') == 1 and t.count('公安机关交通管理部门') == 1
# 单位 ×7: 任何单位和个人 ×3 (arts. 8, 17, 18), 维护单位 ×2 (art. 15: the contractor chosen by tender),
#   建设单位 (art. 18), 所在单位 (art. 24): parties under the generic head 单位 (regs_eh).
assert t.count('单位') == 7 and t.count('维护单位') == 2 and t.count('任何单位和个人') == 3
# 组织 ×4: 组织实施 ×2 (verbs), 非法人组织 ×2 (arts. 20, 21: legal persons in general, head 组织).
assert t.count('组织') == 4 and t.count('组织实施') == 2 and t.count('非法人组织') == 2
# 公安 ×3: in the field lists (arts. 6, 22) and 公安机关 (art. 19): no body head word / generic.
assert t.count('公安') == 3
# Places and facilities, not bodies (guidelines ORG "No": places; v1.1 *Not bodies*: facilities):
#   枣庄环城国家生态公园 ×2 (arts. 3, 4: a park), the greenways 凤凰绿道 … 刘伶台绿道 (art. 4), 景区, 景点,
#   居住区, 驿站 ×4 (arts. 12, 14, 21 ×2: roadside stations, facilities; gold-fresh14: 驿站 are facilities),
#   售卖点; 经营主体 (art. 21: operators), 专家和公众, 自然人、法人 (people).
assert t.count('生态公园') == 2 and t.count('驿站') == 4 and t.count('站') == 4
# The remaining body-like head words occur only inside other words: 会 ×11 (人民代表大会 ×2, 委员会 ×2,
# 会议 ×2, 会同 ×2 (arts. 9, 19), 社会 ×3 (向社会公布, arts. 9, 10, 11)), 办 ×3 (办事处, 办理 ×2), 所 ×2 (所称, 所在单位), 委 ×3 (委员会 ×2, 委托), 组 ×4 (组织 ×4).
assert t.count('会') == 11 and t.count('大会') == 2 and t.count('会议') == 2 and t.count('会同') == 2
assert t.count('社会') == 3
assert t.count('办') == 3 and t.count('办理') == 2 and t.count('所') == 2 and t.count('委') == 3
assert t.count('组') == 4
assert all(w not in e['text'] for e in d.ents if e['label'] == ORG
           for w in ('部门', '机关', '机构', '单位', '组织', '公园'))
for w in ('局', '厅', '中心', '队', '院', '小组', '办公室', '党', '人大', '政协', '国务院', '中央', '县委',
          '市委', '以下简称', '简称', '机构', '本级', '同级', '当地'):
    assert w not in t, w

# ====================================================================== PRINCIPLE
# art. 5 环城绿道工作应当坚持统一规划、因地制宜、绿色发展的原则: unquoted content the text calls 原则, introduced
# by 坚持 (guidelines PRINCIPLE: 坚持优化协同高效的原则 → `优化协同高效`; v1.1 按照属地管理原则 → `属地管理`;
# regs_ge 坚持…的原则). Span without 坚持 and 的原则.
d.ctx('PRINCIPLE', '应当坚持[统一规划、因地制宜、绿色发展]的原则。')
assert t.count('原则') == 1 and t.count('坚持') == 1
# Not PRINCIPLE (README call 4):
#   art. 15 维护采用政府监管和市场化运作相结合的方式 and art. 21 采取公益性与营利性相结合的模式: a 方式 / 模式,
#     neither called 原则 nor quoted (guidelines PRINCIPLE "No");
#   按照 ×9 (目标功能, 各自职责, 原批准程序, 环城绿道规划, 规范, 相关规定, 有关法律、法规 ×2, 限速) and 根据 ×2
#     (有关法律、法规; 环城绿道管理需要) introduce rules and plans, never a formula.
assert t.count('按照') == 9 and t.count('根据') == 2 and t.count('相结合的方式') == 1 and t.count('相结合的模式') == 1
for w in ('“', '"', '要求', '方针', '思路', '遵循', '本着', '原则上'):
    assert w not in t, w

# ====================================================================== DEADLINE
# None. Read in context (README call 3):
#   the header dates and art. 26's effective date (above);
#   art. 17 在划定控制区前已经合法修建的建筑物…可以保留: a cut-off that decides which buildings may stay, not
#     a time by which a measure is done, and tied to an event with no number (project decision: 在变更之前,
#     上岗之前 are not DEADLINE);
#   art. 18 临时占用、挖掘环城绿道施工结束后，建设单位应当及时恢复原状: an event with no number + 及时 (vague);
#   art. 15 及时修复更换; art. 23 责令限期改正: vague (guidelines DEADLINE "No": 限期, 及时);
#   arts. 9, 10 批准后向社会公布, art. 11 划定后，应当向社会公布: sequence, no time limit;
#   内 ×6: 本辖区内 ×2, 职责范围内, 以下内容, 控制区内 ×2 (space, not time).
assert t.count('前') == 1 and t.count('划定控制区前') == 1 and t.count('后') == 4
assert t.count('及时') == 2 and t.count('限期') == 1 and t.count('期') == 1 and t.count('临时') == 2
assert t.count('内') == 6 and t.count('辖区内') == 2 and t.count('控制区内') == 2
assert t.count('范围内') == 1 and t.count('内容') == 1
for w in ('每', '期间', '之前', '以前', '年内', '日内', '月内', '小时', '底前', '季度', '上旬', '中旬', '下旬',
          '届满', '提前', '时限', '期限', '长期'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO
# None. Every number followed by a measure word, read:
#   the dates; 第十六届 / 第十三届, 第四十次 / 第二十九次 (ordinals of terms and sessions); the article
#   numbers and the cross-references 第十六条, 第十八条第一款 (ordinals); fines 五百元…五千元, 五千元…一万元
#   (money).
# The lists of art. 4 (three kinds of greenway), art. 12 (seven systems, unnumbered in the source),
# art. 16 (seven banned acts; the first three lack their （一）–（三） in the source) and art. 24 (three
# acts) give no count in the text (划分为…, 以下内容, 下列行为): no ITEM_COUNT (README call 5). 各项设施
# (art. 11), 各类标识 (art. 14), 多种形式 (art. 20) and 多元业态 (art. 21) carry no number. No person is
# counted: 工作人员 (art. 24) has no number; 编制 ×4 is the verb "draw up" (编制环城绿道规划).
NUM = '0-9一二三四五六七八九十百千万两零'
found = re.findall(rf'(?<![第{NUM}（])[{NUM}]+[名人项个类件条所家次米元日小月年时种部级届处支]', t)
assert found == ['2021年', '6月', '30日', '2021年', '7月', '29日', '五百元', '五千元', '五千元', '一万元',
                 '2021年', '10月', '1日'], found
assert t.count('名') == 0 and t.count('个') == 3 and t.count('个人') == 3
assert t.count('项') == 4 and t.count('类') == 1 and t.count('编制') == 4 and t.count('编制环城绿道') == 2
# （一）–（三） ×2 each (arts. 4, 24); （四）–（七） ×1 each (art. 16 only, whose first three items are unnumbered).
assert [t.count(f'（{n}）') for n in '一二三四五六七'] == [2, 2, 2, 1, 1, 1, 1]
# DOC_NO: the only 号 is 交通信号 (art. 12); no bracketed year.
assert t.count('号') == 1 and t.count('信号') == 1
for w in ('〔', '【', '[', '令第', '职数'):
    assert w not in t, w
# DOC_TITLE: no 《》. 本条例, 有关法律、法规, 环城绿道规划, 建设计划 (arts. 6, 9, 10) are named without book-title
# marks (guidelines DOC_TITLE: "Without book-title marks, no DOC_TITLE is labelled").
assert '《' not in t and '》' not in t and '〈' not in t

# ====================================================================== checks
d.check_value_shapes()
counts = Counter(e['label'] for e in d.ents)
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 0, 'ORG': 11, 'PRINCIPLE': 1,
    'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '区（市）人民政府': 4, '市人民政府': 3, '枣庄市第十六届人民代表大会常务委员会': 1,
    '山东省第十三届人民代表大会常务委员会': 1, '镇人民政府': 1, '街道办事处': 1})
assert [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE'] == [['统一规划', '因地制宜', '绿色发展']]
write_gold(OUT, [d])
