"""Build regs_eh.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 青岛市城市排水条例 (Qingdao municipal regulation on urban drainage; adopted 2010-06-25 by
the standing committee of the 14th Qingdao municipal people's congress, approved 2010-07-30 by the
standing committee of the 11th Shandong provincial people's congress, promulgated 2010-07-30, in
force 2010-10-01, amended 2017-10-27; file name date 2020-03-26, not in the text). Eight chapters,
53 articles. Run from /work/main with .venv/bin/python. The script only turns the labels into
offsets; no extractor, pipeline or model is used.
"""
import re
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh12/regs_eh.jsonl'

d = Doc("fresh12-reg-shandong-qingdao-drainage-2020",
        "corpus/regulations/shandong/青岛市城市排水条例(2020-03-26).txt",
        # date: the file name's date, 2020-03-26 (regs_de, regs-f, regs-e: the file's date where
        # it is later than the header; the text's latest date is the 2017-10-27 amendment, which
        # regs-af would take: README call 5). region: a Qingdao city regulation (regs-af, regs-f).
        {"region": "山东省青岛市", "date": "2020-03-26"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 6382
t = d.text
ORG = 'ORG'
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
BEFORE = {"date": None, "precision": "day", "relation": "by", "recurring": False}

# ====================================================================== header
# Title line 青岛市城市排水条例: no 《》 and no body head word (v1.1 *Title lines*): nothing.
# The standing committees before their sessions / 公告公布 are ORG, term number inside, session
# outside (regs-af and regs-f, both Qingdao, same header shape; regs-a, regs-b).
d.ctx(ORG, '2010年6月25日 [青岛市第十四届人民代表大会常务委员会]第十九次会议通过')
d.ctx(ORG, '2010年7月30日 [山东省第十一届人民代表大会常务委员会]第十八次会议批准')
d.ctx(ORG, '2010年7月30日 [青岛市人民代表大会常务委员会]公告公布')
d.ctx(ORG, '2017年10月27日 [青岛市第十六届人民代表大会常务委员会]第四次会议《')
# The amending decision: one DOC_TITLE, nested 〈…〉 inside (guidelines DOC_TITLE); 等十二件 inside a
# title is not ITEM_COUNT (regs-af, regs-f: 等十九件).
d.ctx('DOC_TITLE', '第四次会议《[关于修改〈青岛市古树名木保护管理办法〉等十二件地方性法规的决定]》修正')
d.check_all('常务委员会', 4, 4)
d.check_all('人民代表大会', 4, 4)
assert t.count('委员会') == 4 and t.count('《') == 1 and t.count('〈') == 1
# Header dates (2010-06-25, 2010-07-30 ×2, 2017-10-27) are past events; 2010年10月1日 施行 and art. 53
# 本条例自2010年10月1日起施行 are effective dates (guidelines DEADLINE "No"; v1.1 *Effective dates*).
assert t.count('年') == 7 and t.count('日 施行') == 1 and t.count('日起施行') == 1

# ====================================================================== ORG: governments
# 市、区（市）人民政府 (arts. 6, 7, 18): shared ending, the bare 市 is not a name; 区（市）人民政府 is one
# ORG with alternative levels in the parenthesis (v1.1 *Shared endings*; regs-f, the same Qingdao
# wording ×7).
for p in ['市、[区（市）人民政府]应当按照各自职责，保障',          # art. 6
          '第七条 市、[区（市）人民政府]应当采取措施',              # art. 7
          '第十八条 市、[区（市）人民政府]应当对城区河道']:         # art. 18
    d.ctx(ORG, p)
# art. 8 报本级人民政府批准后实施: 本级人民政府 is one definite body (v1.1 *Level words*; regs_de).
d.ctx(ORG, '编制排水专业规划，报[本级人民政府]批准后实施')
# art. 40 报市人民政府批准后执行.
d.ctx(ORG, '报[市人民政府]批准后执行')
d.check_all('人民政府', 5, 5)
d.check_all('政府', 5, 5)

# Not ORG (every one read):
#   部门 ×61, all under the generic head 部门 (guidelines ORG "No"; v1.1: a body defined under a
#     generic head is not ORG): 市/区（市）/市和各县级市排水行政主管部门, 市建设行政主管部门, 规划部门,
#     城乡规划主管部门, 市价格主管部门, 财政部门, 环保主管部门, 市环境保护行政主管部门, 城市管理行政执法
#     部门, 道路管理部门, 上级主管部门, 排水、建设/环境保护行政主管部门 (shared 部门), and the field lists 发展和改革、建设、规划、财政、环境保护、水利、海洋、城管执法等
#     部门 (art. 4) and 发展和改革、建设、规划、环境保护、海洋等部门 (art. 8): fields sharing 部门, no name
#     (regs_de, regs_cb). 公安机关交通管理部门 (art. 22): 机关 and 部门 both generic (v1.1).
assert t.count('部门') == 61 and t.count('排水行政主管部门') == 40
assert all('部门' not in e['text'] for e in d.ents if e['label'] == ORG)
#   机构 ×8: 市排水管理机构 ×6 (a body defined under the generic head 机构, like regs-au's 风景名胜区管理
#     机构 and regs-az's 公共汽车客运管理机构), 其委托的专门机构, 医疗卫生机构 (facilities).
d.check_all('机构', 8, 0, deliberate=[
    '市排水管理[机构]具体负责日常',
    '其委托的专门[机构]应当加强',
    '竣工后，市排水管理[机构]或者',
    '图纸资料向市排水管理[机构]或者',
    '图纸资料报市排水管理[机构]或者',
    '设施由市排水管理[机构]和区（市）',
    '排水设施，由市排水管理[机构]或者',
    '（四）医疗卫生[机构]产生的污水',
])
#   机关 ×2: 公安机关交通管理部门 (art. 22), 行政机关及其工作人员 (art. 52) (v1.1 机关).
d.check_all('机关', 2, 0, deliberate=['公安[机关]交通管理部门', '第五十二条 行政[机关]及其'])
#   单位 ×52: 建设单位, 养护维修责任单位, 管理使用单位, 污水处理运营单位, 重点排污单位, 责任单位, 其所在
#     单位, 单位和个人 …: generic head 单位 (parties and operators, not bodies).
assert t.count('单位') == 52 and all('单位' not in e['text'] for e in d.ents)
#   财政 ×4: 本级财政负担 (art. 19: the budget, no body head word), 财政 in the two field lists (arts.
#     4, 40: 会同财政、排水行政主管部门 shares 部门), 财政部门 (art. 41).
assert t.count('财政') == 4
#   国家、省、市 (arts. 20, 28, 35): levels of rules, no body; 本市, 青岛市和各县级市 (places).
#   组织 ×6 are all verbs (组织编制, 组织实施, 建设单位组织的, 组织竣工验收, 组织返修, 组织临时接管);
#   会 ×15 only in 委员会/会议/会同/社会; 局 only in 布局; 站 only in 泵站 ×2 (facilities); 所 ×7 only in
#   所称/所有权/所需/所涉及/所产生/所在; 办 ×7 only in 办理 ×5 and 办法 ×2 (the title's 管理办法, art. 40 管理办法); 委 ×5 in 委员会 ×4 and 委托.
assert t.count('组织') == 6 and t.count('会') == 15 and t.count('局') == 1 and t.count('布局') == 1
assert t.count('站') == 2 and t.count('泵站') == 2 and t.count('所') == 7 and t.count('办') == 7
assert t.count('办理') == 5 and t.count('办法') == 2 and t.count('委') == 5 and t.count('委托') == 1
for w in ('党', '人大', '政协', '国务院', '中心', '队', '厅', '小组', '办公室', '院', '以下简称', '简称'):
    assert w not in t, w

# ====================================================================== PRINCIPLE
# art. 5 本市排水实行统一规划、配套建设、雨污分流、集中处理、综合利用的原则: content the text calls 原则
# (guidelines PRINCIPLE: a phrase the text labels 原则; regs-a: 原则 introduced by 符合/采取/根据 counts
# like 按照; regs-af 遵循…的原则). Span without 的原则.
d.ctx('PRINCIPLE', '本市排水实行[统一规划、配套建设、雨污分流、集中处理、综合利用]的原则。')
assert t.count('原则') == 1
# Not PRINCIPLE: 要求 ×10 are technical or legal requirements (控制性要求, 批复要求, 规范要求 ×3,
# 要求的时限, 规定的要求, 水质排放要求, 按照要求, 许可证书的要求), none quoted and none adopting a
# formula; no quotation marks, 方针, 思路, 遵循, 本着 or 坚持. 按照 ×28 introduces rules, plans,
# duties and standards, never a formula.
assert t.count('要求') == 10 and t.count('按照') == 28
for w in ('“', '"', '方针', '思路', '遵循', '本着', '坚持'):
    assert w not in t, w

# ====================================================================== DEADLINE
# art. 16 (×2) 应当在竣工验收合格后一个月内 移交/备案: relative within-limits (v1.2 *Relative time
# limits*: 闭会后两个月内 → 两个月内), span without 在 and the anchor event.
d.ctx('DEADLINE', '竣工验收合格后[一个月内]，将排水设施', norm=WITHIN)
d.ctx('DEADLINE', '竣工验收合格后[一个月内]，将图纸资料', norm=WITHIN)
# art. 38 应当提前九十个工作日向…报告: a limit before an anchor event (v1.2: 应当提前五天通知 → 提前五天,
# by, precision day, date null; gold 提前九十日, 提前三十日).
d.ctx('DEADLINE', '应当[提前九十个工作日]向排水、环境保护', norm=BEFORE)
# art. 38 (×2) 应当在一小时之内向…报告 / 并在一小时之内向…报告: within-limits; 之内 is the trailing 内
# of the guidelines' span rule, kept like 内 (regs-al labelled none of its one 之内, a lapse
# condition; here it is the limit of a reporting duty). Span without 在.
d.ctx('DEADLINE', '应当在[一小时之内]向排水、环境保护', norm=WITHIN)
d.ctx('DEADLINE', '并在[一小时之内]向排水、环境保护', norm=WITHIN)
assert t.count('之内') == 2 and t.count('提前') == 1 and t.count('月内') == 2 and t.count('小时') == 3
# Not DEADLINE:
#   art. 16 经三个月通水调试运行: the length of a trial run (a minimum duration, v1.2 "No");
#   art. 20 汛期之前 … 进行全面检查: a limit tied to an event with no number (project decision;
#     regs_cc 召开之前, regs_cg 表决通过任职之前) (README call 1);
#   art. 23 在施工前 ×2, art. 24 施工期间 / 施工结束后, art. 17 返修或者重建期间, art. 21 在发现后或者
#     接到报告后, art. 14 事先: events without a number (same project decision);
#   art. 41 每月对…核查: a bare frequency without a due point (guidelines DEADLINE "No"; regs_cb 每月
#     公布一次); 定期 ×5 (vague);
#   art. 42 设立二十四小时举报投诉电话: the hours a hotline is staffed, not a limit for a measure;
#   art. 21 按照规定时限, art. 24 要求的时限, art. 29 许可证书规定的…时限: vague (v1.2: 在规定期限内);
#   限期 ×5 (限期整改, 责令限期改正 ×4), 及时 ×7, 立即, 逾期, 事先 ×2: vague;
#   art. 23 两侧各三米内 / 各五米内, 范围内 ×3, 规划区内, 雨水斗内: space, not time.
assert t.count('前') == 4 and t.count('汛期之前') == 1 and t.count('施工前') == 2
assert t.count('期间') == 2 and t.count('每') == 1 and t.count('每月') == 1
assert t.count('定期') == 5 and t.count('及时') == 7 and t.count('事先') == 2
assert t.count('时限') == 3 and t.count('限期') == 5 and t.count('三个月通水') == 1
assert t.count('内') == 12 and t.count('米内') == 2 and t.count('范围内') == 3
for w in ('日内', '日前', '底前', '年内', '每年', '以前', '以内', '期限'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO
# No count of staff or items set by a measure. Every number + measure word, read:
#   header 第十九次, 第十八次, 第四次 (ordinals of sessions); 等十二件 (inside the DOC_TITLE);
#   article numbers 第N条 and cross-references 第二十六条第二项 / 第一项、第三项、第四项、第五项 (ordinals);
#   三个月 (a duration), 一个月内 ×2 and 九十个工作日 (DEADLINE), 三米 / 五米 (distances), 二次污染
#   (second-order pollution), fines 一万元…十万元 (money), 一小时 / 二十四小时 (time);
#   符合下列条件 (art. 15), 下列行为之一 (arts. 47, 48) and 下列情形之一 (art. 30): no number (conditions).
# No person is counted (名 ×2 only in 古树名木 (the title) and 重点排污单位名录 (art. 44); 人 ×17 in 个人, 产权人, 工作人员, 人民…), no 号 or 〔.
NUM = '0-9一二三四五六七八九十百千万两'
found = re.findall(rf'[{NUM}]+[名人项个类件所家份张套次级支]', t)
assert found == ['十九次', '十八次', '四次', '十二件', '三个', '一个', '一个', '二次', '九十个',
                 '二项', '一项', '三项', '四项', '五项'], found
assert t.count('第二十六条第二项') == 1 and t.count('第二十六条第一项、第三项、第四项、第五项') == 1
assert t.count('名') == 2 and t.count('古树名木') == 1 and t.count('单位名录') == 1
assert t.count('以上') == 7 and t.count('元以上') == 7          # all fine ranges
# 编制 ×3 are all the verb "draw up" (编制排水专业规划, 组织编制控制性详细规划, 编制接入方案), no posts.
assert t.count('编制') == 3 and t.count('编制排水') == 1 and t.count('编制控制') == 1 and t.count('编制接入') == 1
for w in ('号', '〔', '[', '【', '职数'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 9, 'DEADLINE': 5, 'PRINCIPLE': 1, 'DOC_TITLE': 1}), c
pr = [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE']
assert pr == [["统一规划", "配套建设", "雨污分流", "集中处理", "综合利用"]], pr
write_gold(OUT, [d])
