"""Build regs_ed.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 北京市养犬管理规定 (Beijing dog-keeping provisions; adopted 2003-09-05 at the 6th session of
the standing committee of the 12th Beijing municipal people's congress, in force 2003-10-15; it
repeals the 1994 北京市严格限制养犬规定). 35 articles, no chapters, one header line.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; no
extractor, pipeline or model is used.
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh12/regs_ed.jsonl'

d = Doc("fresh12-reg-beijing-dogs",
        "corpus/regulations/beijing/北京市养犬管理规定.txt",
        # date: the header's one line (2003-09-05, adopted), as regs-a (Beijing 1991-12-21) and
        # regs-ar (Beijing 1998-07-31) take it; the file name has no date, and the effective date
        # 2003-10-15 (art. 35) is not the document's date. Region: a municipal regulation (regs-ar,
        # regs_cc, regs_dc: 北京市).
        {"region": "北京市", "date": "2003-09-05"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 4799
t = d.text
ORG = 'ORG'
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}

# ====================================================================== header and last line
# The standing committee before its session is ORG, term number inside, session outside (regs-a,
# regs-b *Adoption lines*; regs-ar). The title line 北京市养犬管理规定 has no 《》 and no body head
# word (v1.1 *Title lines*).
d.ctx(ORG, '2003年9月5日 [北京市第十二届人民代表大会常务委员会]第六次会议通过')
# art. 35, second paragraph: the body inside the adoption line of the repealed regulation (regs-ar:
# 1989年10月19日[北京市第九届人民代表大会常务委员会]第十四次会议通过的《…》同时废止).
d.ctx(ORG, '1994年11月30日[北京市第十届人民代表大会常务委员会]第十四次会议通过')
d.ctx('DOC_TITLE', '会议通过的《[北京市严格限制养犬规定]》同时废止')   # regs-ar, regs-ag, regs-bb
assert t.count('《') == 1 and t.count('》') == 1

# ====================================================================== ORG: governments
# art. 4 本市各级人民政府 ×2 (第四条 …负责本规定的组织实施; 协助本市各级人民政府…): 各级 is a vague level
# (v1.1 *Level words*: 各级 + 人民政府 is not ORG).
# art. 4 市和区、县、乡、镇人民政府以及街道办事处: shared ending, only the complete name `镇人民政府`
# (v1.1 *Shared endings*; regs-bb 区、县或者乡、镇人民政府 → 镇人民政府; regs-m 乡、镇人民政府和街道办事处
# → 镇人民政府 + 街道办事处). Bare 街道办事处 is ORG (regs-b; regs-r).
d.ctx(ORG, '市和区、县、乡、[镇人民政府]以及街道办事处')
d.ctx(ORG, '乡、镇人民政府以及[街道办事处]，应当建立')
# art. 5 街道办事处、乡镇人民政府以及居民委员会、村民委员会: four bodies (the committees below).
d.ctx(ORG, '第五条 [街道办事处]、乡镇人民政府以及')
d.ctx(ORG, '第五条 街道办事处、[乡镇人民政府]以及')
# art. 7 经区人民政府决定: the government of the district (a complete name, no shared ending).
d.ctx(ORG, '重点管理区内的农村地区，经[区人民政府]决定')
# 区、县人民政府 (arts. 7, 8, 13) and 市和区、县人民政府 (art. 19): `县人民政府` (regs-a: "区、县人民政府
# and 市和区、县人民政府 give 县人民政府"; regs-m, regs-bb, regs_dg). README call 4.
d.ctx(ORG, '经区、[县人民政府]决定，可以按照重点管理区')
d.ctx(ORG, '区、[县人民政府]可以对本行政区域内的特定地区')
d.ctx(ORG, '由区、[县人民政府]根据实际情况确定')
d.ctx(ORG, '市和区、[县人民政府]接到报告后')
# 市人民政府: art. 8 ×2 (由市人民政府确定; 市人民政府可以在…), art. 34 (subject).
d.ctx(ORG, '主要道路名录由[市人民政府]确定')
d.ctx(ORG, '向社会公布。\n\n[市人民政府]可以在重大节假日')
d.ctx(ORG, '第三十四条 [市人民政府]和有关行政部门')
d.check_all('人民政府', 12, 10, deliberate=[
    '第四条 本市各级[人民政府]负责',
    '应当协助本市各级[人民政府]做好',
])
# art. 3 政府部门执法: bare 政府 (v1.1 *Bare 党委, 政府*) inside a generic 部门 phrase.
d.check_all('政府', 13, 10, deliberate=[
    '第四条 本市各级人民[政府]负责',
    '应当协助本市各级人民[政府]做好',
    '限管结合的方针，[政府]部门执法',
])
d.check_all('办事处', 2, 2)

# ====================================================================== ORG: committees
# 居民委员会 ×10 and 村民委员会 ×10 (arts. 4, 5, 6, 12 ×3, 17(三), 23 ×2, 25): each names the
# community committee as an actor (协助, 开展, 召集, 出具, 确定, 处理, 公开) or as the party whose consent,
# certificate or help is asked (征得…的同意, 取得…出具的证明, 向…反映): ORG every time (村委会 is a
# Yes example; regs-r 居民委员会, 村民委员会). None carries 所在地的/各/有关 (regs-a *所在地的*).
# 业主委员会 ×2 (arts. 6, 17(三)): subject of 召集 / 确定 (regs-r; gold regulations-a Shanghai).
d.every(ORG, '居民委员会', 10)
d.every(ORG, '村民委员会', 10)
d.every(ORG, '业主委员会', 2)
# art. 24 人民调解委员会 ×3 (当事人可以向…申请调解; …也可以主动调解; …主持下达成的调解协议): a class name
# with a specific head, ORG like 村民委员会 (gold-unseen regulations-b; regs-w; regs-l). README call 7.
d.every(ORG, '人民调解委员会', 3)
d.check_all('委员会', 27, 27)
d.check_all('常务委员会', 2, 2)
# Not ORG: art. 24 直接向人民法院起诉, bare 人民法院 with no level or place (v1.2 *Definite short
# forms*; regs-ar, regs-k).
d.check_all('法院', 1, 0, deliberate=['也可以直接向人民[法院]起诉'])
# 居民会议、村民会议、业主会议 (arts. 6 and 8, ×2 each): meetings, not bodies (v1.1; regs-a 居民会议,
# 业主大会). The two committee sessions in the header and art. 35 stay outside the spans.
d.check_all('会议', 8, 0, deliberate=[
    '常务委员会第六次[会议]通过',
    '可以召集居民[会议]、村民会议、业主会议，就',
    '可以召集居民会议、村民[会议]、业主会议，就',
    '可以召集居民会议、村民会议、业主[会议]，就',
    '\n\n居民[会议]、村民会议、业主会议经讨论决定',
    '\n\n居民会议、村民[会议]、业主会议经讨论决定',
    '\n\n居民会议、村民会议、业主[会议]经讨论决定',
    '常务委员会第十四次[会议]通过',
])

# ---------------------------------------------------------------------- ORG: generic heads
# Not ORG, generic heads (guidelines ORG "No"; v1.1 *机关 is a generic head*; regs-b *Definite bodies
# under a generic head*; regs-r, the Dongying dog regulation, decided each of these the same way):
#   部门 ×20: 公安、工商行政管理、畜牧兽医、卫生等行政部门 (art. 4, fields sharing 部门), 有关行政部门 ×4,
#     畜牧兽医行政部门 ×5, 工商行政管理部门 ×2, 卫生行政部门, 区、县畜牧兽医、卫生行政部门 (art. 19),
#     有关部门的部门预算 ×2, 负有养犬管理职责的行政部门 ×2, 上级主管部门, 政府部门 (art. 3);
#   机关 ×25: 公安机关 (the regulation's main actor, 18 times, incl. 市公安机关 art. 33, 住所地的区、县
#     公安机关 art. 12, 单位所在地公安机关 art. 10), 主管机关, 登记机关 ×5 (新住所地/饲养地/原…),
#     机关、团体、部队 (art. 2);
#   机构 ×7: 动物防疫监督机构 ×4 (given its own duties, like regs-r's 动物卫生监督机构), 动物诊疗机构 ×2,
#     医疗机构;
#   组织 ×12: 城市管理综合执法组织 ×7 (a definite body under the generic head 组织: README call 3),
#     基层组织 ×2, 其他组织, and the verbs 组织实施, 组织监督实施;
#   单位 ×13: 企业事业单位, 任何单位, 国家级文物保护单位, 危险物品存放单位, 单位 (fines), 所在单位.
assert t.count('部门') == 20 and t.count('机关') == 25 and t.count('公安机关') == 18
assert t.count('登记机关') == 5 and t.count('主管机关') == 1
assert t.count('机构') == 7 and t.count('动物防疫监督机构') == 4
assert t.count('组织') == 12 and t.count('城市管理综合执法组织') == 7 and t.count('基层组织') == 2
assert t.count('单位') == 13
# 犬类留检所 ×4 (arts. 16, 19, 33 ×2): a holding facility for dogs set up by the police, read as a
# facility like regs-r's 犬只收容救助留检场所 and regs-t's 看守所、强制隔离戒毒所 (v1.1 *Not bodies*:
# facilities). README call 1 (the hardest ORG call).
assert t.count('犬类留检所') == 4
for w in ('部门', '机关', '机构', '组织', '单位', '留检所', '法院'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w
# Not ORG either: 部队 and 团体 (art. 2, generic); 新闻媒体 (art. 5, media); 国库 (art. 13, the state
# treasury as a fund, no body head); 医院, 学校 (facilities); the districts of art. 7 (东城区 …
# 石景山区, places); 重点管理区, 一般管理区, 禁养区, 禁遛区 (zones); 本市 (the territory).
assert t.count('部队') == 1 and t.count('团体') == 1 and t.count('媒体') == 1 and t.count('国库') == 1
for w in ('局', '厅', '中心', '站', '小组', '党', '人大', '政协', '办公室'):
    assert w not in t, w

# ====================================================================== DEADLINE
# Relative within-limits (v1.2 *Relative time limits*): the span is the limit alone, without 自…之日起
# and the anchor event; value date null, period, during.
d.ctx('DEADLINE', '符合养犬条件的证明之日起[30日内]，持证明到', norm=WITHIN)    # art. 12: register
d.ctx('DEADLINE', '应当自变更之日起[30日内]，持养犬登记证', norm=WITHIN)        # art. 14: change of address
d.ctx('DEADLINE', '并自转移之日起[30日内]，持养犬登记证', norm=WITHIN)          # art. 14: move to a key zone
d.ctx('DEADLINE', '应当自丢失之日起[15日内]，到原登记机关', norm=WITHIN)        # art. 15: lost certificate
# art. 33 公安机关设立的犬类留检所收容的犬，自收容之日起7日内可以被认领、领养: the window for claiming a
# held dog, after which the police dispose of it; labelled like regs-r's 通知犬主`三日内`认领 (seventh
# session: a limit set on the person told is DEADLINE). README call 5.
d.ctx('DEADLINE', '自收容之日起[7日内]可以被认领', norm=WITHIN)
assert t.count('日内') == 5 and t.count('之日起') == 5
# Not DEADLINE:
#   art. 25 在五年内不予办理养犬登记: a penalty period (batch-c 两年内不予拨付; regs-r 一年内);
#   art. 8 在重大节假日或者举办重大活动期间: the occasions on which a ban may be set, no number and no
#     calendar point (README call 6);
#   art. 12 个人在养犬前: tied to an event with no number (project decision beyond v1.2);
#   art. 12 养犬登记证每年年检一次: a bare frequency (guidelines: 每年); 年检 ×10 (the annual inspection);
#   art. 13 第一年 ×2 / 以后每年度 (the fee schedule), 2003年9月5日 and 1994年11月30日 (adoption
#     dates, past events), art. 35 本规定自2003年10月15日起施行 (v1.1 *Effective dates*);
#   vague: 及时 ×3, 立即 ×2, 定期 (art. 17(八)), 限期改正 (art. 28), 逾期 ×2, 高峰时间, 具体时间.
assert t.count('年内') == 1 and '在五年内不予办理' in t
assert t.count('期间') == 1 and t.count('前') == 1 and t.count('每') == 4
assert t.count('年') == 21 and t.count('年检') == 10 and t.count('第一年') == 2 and t.count('月') == 3
assert t.count('日') == 14 and t.count('节假日') == 1
for w in ('底', '提前', '月内', '小时', '时限', '期限'):
    assert w not in t, w

# ====================================================================== PRINCIPLE
# art. 3 本市对养犬实行严格管理、限管结合的方针: not PRINCIPLE. It is called 方针 (not 原则), is not
# quoted, and is introduced by 实行 (guidelines PRINCIPLE: a phrase called 原则, or a quoted formula
# adopted through 按照/坚持/遵循/本着/根据 … 方针; gold-unseen regulations-b: 实行保护为主、抢救第一…的方针
# is not PRINCIPLE). The rest of the sentence (政府部门执法，基层组织参与管理…) is neither. README call 2.
assert t.count('方针') == 1 and '实行严格管理、限管结合的方针' in t
for w in ('原则', '“', '思路', '遵循', '坚持', '本着'):
    assert w not in t, w
# 按照 ×3 (按照职责分工; 按照一般/重点管理区进行管理) and 根据 ×4 (法律、法规, 实际情况 ×2, 疫情) adopt no
# formula; 要求 ×1 (年检时间、地点及要求) is a noun.
assert t.count('按照') == 3 and t.count('根据') == 4 and t.count('要求') == 1

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO
# None. Every number followed by a measure word, read:
#   第六次, 第十四次 (sessions; ordinals), 第三人 ×2 (art. 18, "a third party"), 每年年检一次 (a frequency), 多次 (vague);
#   art. 10 每户只准养一只犬, art. 13 每只犬 (dogs: not matters, items, institutions or policies;
#     regs-r 每户限养一只);
#   第一项 … 第六项 (ordinal references to items of art. 17/21), 事项 ×2 (no number);
#   money: the fees of art. 13 (l000元, sic, a letter l for 1; 500元) and the fines of arts. 26-30
#   (1万元, 5000元 ×2, 2000元 ×3, 500元 ×2, 50元).
NUM = '0-9一二三四五六七八九十两'
found = re.findall(rf'[{NUM}]+[名人项个类件条所家份张套次只户]', t)
found = [x for x in found if not (t.count('第' + x) >= 1 and x[-1] in '条项次')]
assert found == ['一只', '一次', '三人', '三人'], found   # 三人 ×2: 第三人 (a third party, art. 18)
assert t.count('l000元') == 1 and t.count('元') == 11
# DOC_NO: no 号, no bracketed year.
for w in ('号', '〔', '[', '【', '令第'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 5, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 0, 'ORG': 39,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
orgs = Counter(e['text'] for e in d.ents if e['label'] == ORG)
assert orgs == Counter({'居民委员会': 10, '村民委员会': 10, '县人民政府': 4, '市人民政府': 3,
                        '人民调解委员会': 3, '街道办事处': 2, '业主委员会': 2, '镇人民政府': 1,
                        '乡镇人民政府': 1, '区人民政府': 1, '北京市第十二届人民代表大会常务委员会': 1,
                        '北京市第十届人民代表大会常务委员会': 1}), orgs
write_gold(OUT, [d])
