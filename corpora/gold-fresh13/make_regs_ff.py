"""Build regs_ff.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 浙江省实施《中华人民共和国农业技术推广法》办法 (Zhejiang provincial implementing measures of
the Agricultural Technology Extension Law; adopted 1994-12-19 by the standing committee of the 8th
Zhejiang provincial people's congress, 15th session; amended 2020-09-24 by the standing committee of
the 13th congress, 24th session, through the decision amending seven local regulations; in force
from promulgation, art. 37). 37 articles; the chapter headings run 第二章 … 第七章 (the heading of
chapter 1 is missing in the source). Arts. 33–35 say 违反本条例规定 although the text is a 办法
(a left-over of the pre-1994 暂行条例 wording): no label turns on it.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.
"""
import re
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh13/regs_ff.jsonl'

d = Doc("fresh13-reg-zhejiang-agri-extension-2020",
        "corpus/regulations/zhejiang/浙江省实施《农业技术推广法》办法(2020-09-24).txt",
        # date: the header's latest line, the 2020-09-24 amendment, which is also the file name's
        # date (regs-a notes: meta.date is the latest adoption or revision date in the header;
        # regs_eh, regs-f). region: a provincial regulation of Zhejiang (regs-an "浙江省").
        {"region": "浙江省", "date": "2020-09-24"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 4292
t = d.text
ORG = 'ORG'

# ====================================================================== header
# The standing committees before their sessions are ORG, term number inside, session outside
# (regs-a, regs-b *Adoption lines*; regs-an, regs_eh). The dates 1994年12月19日 (adoption) and
# 2020年9月24日 (amendment) are past events, not DEADLINE (guidelines DEADLINE "No").
d.ctx(ORG, '1994年12月19日 [浙江省第八届人民代表大会常务委员会]第十五次会议通过')
d.ctx(ORG, '2020年9月24日 [浙江省第十三届人民代表大会常务委员会]第二十四次会议《')
d.check_all('常务委员会', 2, 2)
d.check_all('人民代表大会', 2, 2)

# ====================================================================== DOC_TITLE
# Title line 浙江省实施《中华人民共和国农业技术推广法》办法: the law inside 《》 is a DOC_TITLE, the
# title line itself gives nothing else (regs-m, the Beijing 实施《农民专业合作社法》办法, labels the
# title line's 《…》 the same way; v1.1 *Title lines* only rules out lines without 《》).
d.ctx('DOC_TITLE', '浙江省实施《[中华人民共和国农业技术推广法]》办法\n')
# The amending decision: one DOC_TITLE, the nested 〈…〉 stays inside (guidelines DOC_TITLE: titles
# nested in a title get no second mention); 等七件 inside a title is not ITEM_COUNT (regs-f 等十九件,
# regs_eh 等十二件, regs-j 等三件).
d.ctx('DOC_TITLE', '第二十四次会议《[关于修改〈浙江省农村集体资产管理条例〉等七件地方性法规的决定]》修正')
d.ctx('DOC_TITLE', '根据《[中华人民共和国农业技术推广法]》的规定，结合我省实际')          # art. 1
d.ctx('DOC_TITLE', '本办法自公布之日起施行。《[浙江省农业技术推广暂行条例]》同时废止')    # art. 37
assert t.count('《') == 4 and t.count('》') == 4 and t.count('〈') == 1

# ====================================================================== ORG: governments
# art. 4 省、设区的市人民政府: shared ending; the bare 省 is not a name, so only `设区的市人民政府`
# (v1.1 *Shared endings*, whose example is this very wording). README call 2.
d.ctx(ORG, '第四条 省、[设区的市人民政府]应当加强对同级')
# 乡镇人民政府 ×4: the bare class name of the township government, a body holding duties here
# (regs-x, regs_ee 乡（镇）人民政府, regs-at 乡镇人民政府, regs-b bare 镇人民政府).
for p in ['农业技术推广部门和[乡镇人民政府]双重领导',            # art. 7
          '报酬标准，由[乡镇人民政府]根据当地实际情况确定',      # art. 16
          '农业技术推广计划由[乡镇人民政府]和县级以上',          # art. 19
          '具体数额由[乡镇人民政府]根据当地情况确定']:           # art. 27
    d.ctx(ORG, p)
d.check_all('乡镇人民政府', 4, 4)
# art. 28 具体办法由省人民政府规定.
d.ctx(ORG, '具体办法由[省人民政府]规定')
# art. 34 由上一级人民政府或者农业技术推广部门责令退还: 上一级 + body is one body (v1.2 *Definite
# short forms*; regs_cg 报上一级人民政府备案). 上一级 does not make 农业技术推广部门 a name (部门).
d.ctx(ORG, '由[上一级人民政府]或者农业技术推广部门责令退还')
# Every 人民政府 (23) is accounted for: 7 inside ORG labels; 16 left out, each read:
d.check_all('人民政府', 23, 7, [
    '本办法由各级[人民政府]组织实施',               # art. 3: 各级 (v1.1 *Level words*)
    '县级以上[人民政府]农业农村、林业、水利',       # art. 3: 县级以上 (v1.1), inside a 部门 phrase
    '县级以上[人民政府]科技主管部门',               # art. 3
    '县级以上[人民政府]其他有关部门',               # art. 3
    '乡镇以上各级[人民政府]应当设立',               # art. 7: 各级
    '上级[人民政府]和有关部门按规定给予的补贴',     # art. 7: 上级 (v1.1 *Level words*)
    '各级[人民政府]应当支持各类',                   # art. 12
    '或者经县级以上[人民政府]农业技术推广部门',     # art. 13
    '各级[人民政府]应当采取措施',                   # art. 16
    '各级[人民政府]应当保障农业技术推广人员',       # art. 18
    '各级[人民政府]应当组织有关部门',               # art. 19
    '各级[人民政府]应当将推广农业技术经费',         # art. 25
    '各级[人民政府]应当建立农业技术推广专项资金',   # art. 26
    '各级[人民政府]应当保障各级农业技术推广机构',   # art. 29
    '第三十一条 县级以上[人民政府]、农业技术推广部门',  # art. 31
    '由当地[人民政府]或者有关部门责令赔偿',         # art. 33: 当地 like 属地 (regs-a, regs-x, regs_dd)
])
assert t.count('政府') == 23        # no bare 政府 outside 人民政府

# ====================================================================== ORG: village committee
# art. 11 村集体经济组织或者村民委员会应当建立…: 村民委员会 is the bare class name of the village
# committee, a body holding a duty (guidelines ORG "Yes" 村委会; regs-m, regs_dd, regs_ee).
# 村集体经济组织 has the head 组织 (guidelines ORG "No"; regs_dd, regs_ee).
d.ctx(ORG, '村集体经济组织或者[村民委员会]应当建立')
d.check_all('委员会', 3, 3)

# Not ORG (every one read in context):
#   部门 ×30, all under the generic head 部门 (guidelines ORG "No"): 县级以上人民政府农业农村、林业、
#     水利等主管部门 (art. 3, fields sharing 部门) and its alias 农业技术推广部门, introduced by
#     以下统称 (project decision: the alias of a body under a generic head is not ORG; README call 1),
#     which recurs as 同级/上一级/省级/县（市、区）/县级以上 农业技术推广部门; 科技主管部门, 其他有关部门,
#     有关部门, 财政部门 (art. 26), 财政、审计部门 (art. 35), 有关单位和部门, 任何部门.
assert t.count('部门') == 30 and t.count('以下统称农业技术推广部门') == 1
assert all('部门' not in e['text'] for e in d.ents if e['label'] == ORG)
#   机构 ×27: 农业技术推广机构 in all its forms (乡镇/区域性/县（市、区）/省、设区的市、县（市、区）/
#     上级/下级/当地/农场…的 农业技术推广机构) and 分支机构: generic head 机构, a body defined in the
#     text under a generic head (v1.1; regs-an 教育督导机构) (README call 1).
assert t.count('机构') == 27 and t.count('农业技术推广机构') == 26 and t.count('分支机构') == 1
#   单位 ×14: 农业科研单位 ×4, 有关单位, 单位和个人 ×5, 任何部门或者单位, 其他指定的单位, 授予单位,
#     所在单位 (generic head 单位).
#   组织 ×16: 农业生产经营组织 ×2, 群众性科技组织 ×4 (arts. 6, 8, 12 ×2), 村集体经济组织 (art. 11),
#     乡（镇）、村集体经济组织 (art. 27), 村农业技术推广服务组织 (art. 11), 任何组织和个人: head 组织;
#     the other 6 are the verb 组织 (组织实施 ×3, 组织农业技术的专业培训, 组织有关部门, 组织农业劳动者).
assert t.count('单位') == 14 and t.count('组织') == 16 and t.count('集体经济组织') == 2
#   art. 12 各类农业技术协会、研究会、学会等群众性科技组织: classes of associations quantified by 各类
#     (guidelines ORG "No": 各/有关; seventh session: trade associations are not bodies).
#   院校 ×5 (农业院校, 有关院校 ×4): universities and colleges are facilities (v1.2 *Cadre schools*).
#   农场、林场、牧场、渔场 (art. 9): economic entities; 农村科技示范户 (households); 科技人员, 农民技术人员
#     (people); 乡镇农业技术推广机构负责人 (a post); 乡镇财政预算 / 财政预算 / 财政当年支农支出 (budgets,
#     no body head word); 国家 ×3, 省的规定, 我省 (levels of rules and a pronoun for a place, no body);
#     各级科技进步奖 (an award); 农业技术推广人员队伍 (a group of people).
assert t.count('院校') == 5 and t.count('会') == 12 and t.count('协会') == 1 and t.count('院') == 5
# 会 ×12: 委员会 ×2 in the header, 会议 ×2 (…会议通过, …会议《), 社会 ×2, 村民委员会, 协会, 研究会,
#   学会 — and the 会 of 人民代表大会 ×2; 委 only in 委员会; 办 ×11 only in 办法 ×8, 兴办 ×2, 办公场所.
assert t.count('委') == 3 and t.count('办') == 11 and t.count('办法') == 8 and t.count('兴办') == 2
# 所 ×7 only in 所称 ×2, 所服务, 所需, 所必需, 办公场所, 所在单位; 队 only in 队伍.
assert t.count('所') == 7 and t.count('队') == 1 and t.count('队伍') == 1
for w in ('机关', '局', '厅', '中心', '站', '小组', '党', '人大', '政协', '国务院', '以下简称', '简称'):
    assert w not in t, w

# ====================================================================== PRINCIPLE
# art. 23 农业劳动者和农业生产经营组织根据自愿原则应用农业技术: unquoted content the text calls 原则,
# introduced by 根据 (guidelines PRINCIPLE: 根据 … 原则; v1.1 按照属地管理原则 → 属地管理; regs-a notes:
# 根据自愿原则 → `自愿`).
d.ctx('PRINCIPLE', '根据[自愿]原则应用农业技术')
assert t.count('原则') == 1
# Not PRINCIPLE: art. 20 推广的农业技术必须具有科学性、先进性、适应性和经济合理性 (a requirement on the
# technology, neither called 原则 nor quoted); art. 4 实行农科教结合, art. 6 …相结合的推广体系, art. 26
# 专款专用, art. 24 实行无偿服务 / 有偿服务 (no 原则, no quotation marks).
for w in ('“', '"', '要求', '坚持', '方针', '思路', '遵循', '本着'):
    assert w not in t, w

# ====================================================================== DEADLINE
# None. Every time word read:
#   年 ×4: 1994年12月19日 and 2020年9月24日 (header: past events), 逐年增长 (art. 25: a trend of
#     funding, no due point), 财政当年支农支出 (art. 26: a budget year, no limit);
#   art. 37 本办法自公布之日起施行 (v1.1 *Effective dates*);
#   长期 ×2 (arts. 17, 31: 长期在乡（镇）…从事农业技术推广工作, a condition for promotion or a reward,
#     not the guidelines' 完成时限:长期);
#   前 only in 产前 (art. 2, the pre-production stage); 内 ×4 only in 本行政区域内 ×2, 国内外, 重要内容.
assert t.count('年') == 4 and t.count('月') == 2 and t.count('日') == 3   # 日: 19日, 24日, 之日
assert t.count('长期') == 2 and t.count('前') == 1 and t.count('产前') == 1 and t.count('内') == 4
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == ['1994年12月19日', '2020年9月24日']
for w in ('期间', '底前', '日前', '日内', '月内', '年内', '每', '以前', '之前', '限期', '时限', '期限', '小时'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO
# None. Every number followed by a measure word (ordinals and article numbers aside): the header
# dates, 等七件 (inside the DOC_TITLE of the amending decision), and 一级 ×2 (上一级 ×2: a level).
# No staff count: 合理配备农业技术人员 (art. 7), 聘用农民技术人员 (art. 11), 调离农业技术推广人员 (art.
# 18) carry no number; 奖励名额 (art. 32) has none either. 下列条件之一 (art. 31) and 下列行为之一 (art. 33)
# are conditions with no count; the lists (arts. 8, 31, 33) are not counted by the text. 各项农业先进
# 技术, 该项资金, 专项资金 ×4, 专项储存, 专项用于 are not counts.
NUM = '0-9一二三四五六七八九十百千万两'
found = re.findall(rf'(?<![第{NUM}])[{NUM}]+[名人项个类件条所家次米元日小月年时种级]', t)
assert found == ['1994年', '12月', '19日', '2020年', '9月', '24日', '七件', '一级', '一级'], found
assert t.count('名') == 1 and t.count('名额') == 1
# 号 ×2 only in 荣誉称号 (art. 36): no DOC_NO; no brackets for a 文号.
assert t.count('号') == 2 and t.count('荣誉称号') == 2
for w in ('〔', '[', '【', '编制', '职数'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
assert [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE'] == [['自愿']]
c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 10, 'DOC_TITLE': 4, 'PRINCIPLE': 1}), c
write_gold(OUT, [d])
