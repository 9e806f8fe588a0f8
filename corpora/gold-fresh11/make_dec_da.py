"""Build dec_da.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 上海市人民代表大会常务委员会关于促进和保障长三角生态绿色一体化发展示范区建设若干问题的决定 (decision of the
Shanghai municipal people's congress standing committee on several questions of promoting and
safeguarding the building of the Yangtze River Delta ecological and green integrated development
demonstration zone; adopted 2020-09-25 by the standing committee of the 15th Shanghai municipal
people's congress, 25th session; in force 2020-10-01).
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or
model is used.
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh11/dec_da.jsonl'

d = Doc("fresh11-dec-shanghai-yrd-demonstration-zone-2020",
        "corpus/regulations/shanghai/上海市人民代表大会常务委员会关于促进和保障长三角生态绿色一体化发展示范区建设若干问题的决定(2020-09-25).txt",
        # date: the file name's date, which is also the adoption date in the header (2020-09-25);
        # region: a municipality, written like dec_cd (gold-fresh10) and regs-bb's 北京市.
        {"region": "上海市", "date": "2020-09-25"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 1143
t = d.text

ORG = 'ORG'
DT = 'DOC_TITLE'

# ====================================================================== title line and header
# Title line without 《》: not DOC_TITLE; the body inside it is ORG (v1.1 *Title lines*).
d.ctx(ORG, '[上海市人民代表大会常务委员会]关于促进和保障长三角')
# the standing committee before a session: term number inside, session outside (regs-a, regs-b)
d.ctx(ORG, '2020年9月25日 [上海市第十五届人民代表大会常务委员会]第二十五次会议通过')
# 2020年9月25日 (adoption) and 本决定自2020年10月1日起施行 (effective date): not DEADLINE
# (guidelines DEADLINE "No"; v1.1 *Effective dates*).
assert t.count('年') == 2 and t.count('月') == 2 and t.count('日') == 2

# ====================================================================== preamble
# 以习近平同志为核心的党中央: 党中央 is not ORG (reports notes, like 中央: no body head word).
# 长江三角洲区域（以下简称长三角）, 长三角生态绿色一体化发展示范区（以下简称示范区）: a region and a zone
# (places; development zones are not ORG, reports notes; an alias of a place is not ORG, project
# decision on 以下简称).
# The stored preamble has lost its commas and the 、 between the two provinces:
# …上海市人民代表大会常务委员会会同江苏省浙江省人民代表大会常务委员会共同研究特作如下决定.
d.ctx(ORG, '的标杆[上海市人民代表大会常务委员会]会同江苏省')
# 江苏省(、)浙江省人民代表大会常务委员会: a shared ending, only the complete name is labelled
# (v1.1 *Shared endings*: 市、区人民政府 → 区人民政府); the missing 、 is read as a lost separator,
# like the adjacent names of 党中央国务院 / 省委省政府 (gold-fresh report-d: split).
d.ctx(ORG, '会同江苏省[浙江省人民代表大会常务委员会]共同研究')
# 共商 共建共管共享共赢: a goal after 实现, neither 原则 nor adopted by 按照/坚持…: not PRINCIPLE.

# ====================================================================== item 1
# 全面贯彻国务院批复的《…总体方案》: 国务院 stands outside the 《》, so it is ORG.
d.ctx(ORG, '全面贯彻[国务院]批复的《')
d.check_all('国务院', 1, 1)
d.check_all('党中央', 1, 0, deliberate=['为核心的[党中央]作出'])
d.check_all('中央', 1, 0, deliberate=['为核心的党[中央]作出'])
d.ctx(DT, '国务院批复的《[长三角生态绿色一体化发展示范区总体方案]》（以下简称')
# the short title introduced by 以下简称 and its two later uses (project decision: short titles in
# 《》 are DOC_TITLE; shandong-part2: 《指导意见》 at every occurrence).
d.ctx(DT, '（以下简称《[总体方案]》）')
d.ctx(DT, '范围依照《[总体方案]》确定')
d.ctx(DT, '凡与《[总体方案]》不一致')
assert t.count('《') == 4 and t.count('》') == 4 and t.count('总体方案') == 4
# 坚持新发展理念: 理念 is none of 原则/要求/方针/思路, and it is not quoted (shandong-part2:
# 坚持以人为本、执法为民理念 not labelled). 不破行政隶属、打破行政边界: unquoted, not called 原则.

# ====================================================================== item 3: the council
# 上海市会同江苏省、浙江省（以下简称两省一市）联合成立的示范区理事会，作为…决策平台，负责研究确定…
# 上海市, 江苏省, 浙江省 and 两省一市: provinces/city named as places, no body head word (like 中央);
# the alias of places is not ORG (project decision on 以下简称).
# 示范区理事会: a definite body (head 会) with duties (负责研究确定…, 协调推进重大项目): ORG.
# (gold-fresh3 regs-m left a cooperative's 理事会 out because a cooperative is an economic entity;
# this council is a public body set up by the two provinces and the city.)
d.ctx(ORG, '联合成立的[示范区理事会]，作为')
d.check_all('理事会', 1, 1)

# ====================================================================== item 4: the executive committee
d.ctx(ORG, '两省一市共同设立的[示范区执行委员会]（以下简称')
# its alias, ORG at every occurrence (v1.2 *Definite short forms*, 以下简称): 5 times, each a body
# (subject or object: 示范区执委会应当…, 示范区执委会根据…, 配合示范区执委会开展…, 示范区执委会可以…).
d.every(ORG, '示范区执委会', 5)
d.check_all('执委会', 5, 5)
# 作为示范区开发建设管理机构: generic head 机构 (v1.1). 相关部门 / 有关部门: generic head 部门.
assert t.count('机构') == 1 and t.count('部门') == 2
for w in ['单位', '机关', '中心', '局', '办', '所', '站', '队', '组', '党委', '党组']:
    assert w not in t, w

# ====================================================================== governments
# 推动两省一市相关部门和相关地区人民政府落实…: 相关 + body is vague (guidelines ORG "No").
# 按照两省一市人民政府有关规定: the governments of three places under a numbered collective alias,
# no single complete name; read like 市县两级政府 and 县、乡两级选举委员会 (shandong-part2, regs-b: not
# ORG) and 国务院五部门 (no body labelled for the collective).
# 联合上海市青浦区、江苏省苏州市吴江区、浙江省嘉善县人民政府: shared ending, only the complete name
# `浙江省嘉善县人民政府` (v1.1 *Shared endings*; gold-fresh9 regs-ay: zones + one 管理委员会).
d.ctx(ORG, '江苏省苏州市吴江区、[浙江省嘉善县人民政府]行使')
d.ctx(ORG, '六、[市人民政府]应当加大')
d.ctx(ORG, '\n\n[青浦区人民政府]及有关部门')
d.check_all('人民政府', 5, 3, deliberate=['相关地区[人民政府]落实', '按照两省一市[人民政府]有关规定'])
d.check_all('政府', 5, 3, deliberate=['相关地区人民[政府]落实', '按照两省一市人民[政府]有关规定'])
# places: 上海市 ×5 (3 inside ORG names), 江苏省 ×3 (none), 浙江省 ×3 (2 inside ORG names),
# 青浦区 ×2 (1 inside an ORG name); 两省一市 ×4 (alias of places).
d.check_all('上海市', 5, 3, deliberate=['三、[上海市]会同江苏省', '联合[上海市]青浦区'])
d.check_all('江苏省', 3, 0, deliberate=['会同[江苏省]浙江省', '会同[江苏省]、浙江省', '、[江苏省]苏州市吴江区'])
d.check_all('浙江省', 3, 2, deliberate=['会同江苏省、[浙江省]（以下简称'])
d.check_all('青浦区', 2, 1, deliberate=['联合上海市[青浦区]、'])
assert t.count('两省一市') == 4

# ====================================================================== item 7: the standing committee
d.ctx(ORG, '需要调整实施的，由[市人民代表大会常务委员会]依法作出决定')
d.ctx(ORG, '示范区执委会可以向[市人民代表大会常务委员会]提出建议')
d.ctx(ORG, '提出建议，由[市人民代表大会常务委员会]依法决定')
# every 委员会 is inside an ORG: 8 = 7 standing committees + 示范区执行委员会 (执委会 is 执委会, not 委员会).
d.check_all('委员会', 8, 8)
d.check_all('人民代表大会常务委员会', 7, 7)

# ====================================================================== nothing else
# PRINCIPLE: no 原则/要求/方针/思路; the only 坚持 is 坚持新发展理念 (理念), the only 按照 is 按照两省一市
#   人民政府有关规定 (a rule, not a principle), the only 根据 is 根据本决定授权.
for w in ['原则', '要求', '方针', '思路', '“']:
    assert w not in t, w
assert t.count('坚持') == 1 and t.count('按照') == 1 and t.count('根据') == 1
# DEADLINE: none. 内 ×2 are places (先行启动区内, 在示范区内); no 前/底/期间/每/年内.
assert t.count('内') == 2
for w in ['前', '底', '期间', '每', '年内', '日内', '提前']:
    assert w not in t, w
# STAFFING / ITEM_COUNT: none. 人 ×12 only in 人民代表大会 ×7 and 人民政府 ×5; 项 ×12 only in 项目 and
#   事项/各项 without a number; 两省一市 is an alias of places, not a count; 第十五届, 第二十五次:
#   ordinals.
assert t.count('人') == 12 and t.count('项') == 12 and t.count('名') == 0 and t.count('个') == 0
assert re.findall(r'[0-9一二三四五六七八九十两多]+[名人个项条类件张次位家所届省市]', t) == \
    ['十五届', '二十五次', '两省', '一市', '两省', '一市', '两省', '一市', '两省', '一市'], \
    re.findall(r'[0-9一二三四五六七八九十两多]+[名人个项条类件张次位家所届省市]', t)
# DOC_NO: no 〔 and no 号.
assert '〔' not in t and '号' not in t

counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 4, 'ITEM_COUNT': 0, 'ORG': 18,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
d.check_value_shapes()
write_gold(OUT, [d])
