"""Build regs_jh.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 重庆市价格鉴证条例 (Chongqing regulation on price appraisal and certification; adopted
2011-05-27 by the standing committee of the 3rd Chongqing municipal people's congress, 24th session;
in force 2011-08-01, art. 39). 39 articles in 5 chapters, a title line and one header line.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedents: gold-fresh15 regs_hh (a Chongqing regulation: header committee, 市、区县（自治县）
人民政府 → `区县（自治县）人民政府`, bodies defined under the generic head 机构 not ORG), gold-fresh2 regs_f
(青岛市价格条例: 市、区（市）人民政府价格主管部门 → `区（市）人民政府`; 遵循公开、公平、公正、效率的原则),
gold-fresh6 regs_af (应当指派二名以上执法人员 → STAFFING `二名以上`), gold-fresh16 regs_if (a limit restated
in a condition is not DEADLINE; relative limits), regulations-a (设立一个居民小组 → ITEM_COUNT `一个`).
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh17/regs_jh.jsonl'
SRC = 'corpus/regulations/chongqing/重庆市价格鉴证条例(2011-05-27).txt'

d = Doc("fresh17-regs-chongqing-jiagejianzheng", SRC,
        # date: the file name's date, 2011-05-27, which is also the only header date (adoption); the
        # effective date 2011-08-01 (art. 39) is not the document's date (regs_hh, regs_ie, regs_hg).
        # region: a municipal regulation of Chongqing (regs_hh, regs-p, regs_ee, regs_gf: "重庆市").
        {"region": "重庆市", "date": "2011-05-27"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 5198
t = d.text
ORG, DT, PR, DL, SF, IC = 'ORG', 'DOC_TITLE', 'PRINCIPLE', 'DEADLINE', 'STAFFING', 'ITEM_COUNT'
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}

# ====================================================================== header
# Title line 重庆市价格鉴证条例: no 《》 and no body head word (v1.1 *Title lines*): nothing.
assert t.startswith('重庆市价格鉴证条例\n\n2011年5月27日 ')
# The standing committee before its session is ORG, term number inside, session outside (regs-a notes
# *Adoption/revision lines*; regs_hh, regs-p, regs_ee, regs_gf: the same Chongqing header).
d.ctx(ORG, '2011年5月27日 [重庆市第三届人民代表大会常务委员会]第二十四次会议通过')
# The header date is a past event; art. 39 本条例自2011年8月1日起施行 is an effective date: not DEADLINE
# (guidelines DEADLINE "No"; v1.1 *Effective dates*).
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == ['2011年5月27日', '2011年8月1日']
assert t.count('日起施行') == 1
d.check_all('人民代表大会', 1, 1)
d.check_all('委员会', 1, 1)
# 会 ×4: 人民代表大会 and 常务委员会 (inside the label), 会议 (the session), 社会 (art. 12 向社会公布).
d.check_all('会', 4, 2, ['常务委员会第二十四次[会]议通过', '并每年向社[会]公布'])

# ====================================================================== ORG: governments
# 市、区县（自治县）人民政府价格主管部门 ×7 (arts. 2, 4, 33 ×2, 34 ×2, 37): shared ending, the bare 市 is not a
# name and the parenthesis gives an alternative level, so `区县（自治县）人民政府` is one ORG (v1.1 *Shared
# endings*; regs_hh, regs-p, regs_ee: the same Chongqing formula), and the government named inside the
# longer 部门 phrase is labelled on its own (v1.1 *A body named inside a longer non-ORG phrase*:
# 区人民政府工作部门 → 区人民政府; regs_f 市、区（市）人民政府价格主管部门 → `区（市）人民政府`; regs_hg
# 省人民政府 before 农业农村主管部门). README call 4.
for p in ['是指由市、[区县（自治县）人民政府]价格主管部门设立的',                     # art. 2
          '\n\n市、[区县（自治县）人民政府]价格主管部门负责本行政区域内',            # art. 4
          '有权向市、[区县（自治县）人民政府]价格主管部门举报',                      # art. 33
          '举报；市、[区县（自治县）人民政府]价格主管部门在接到举报后',              # art. 33
          '由市、[区县（自治县）人民政府]价格主管部门责令改正',                      # art. 34
          '由市、[区县（自治县）人民政府]价格主管部门依法给予处分',                  # art. 34
          '由市、[区县（自治县）人民政府]价格主管部门责令停止违法行为']:            # art. 37
    d.ctx(ORG, p)
# art. 12 市人民政府价格主管部门应当编制…名册: the municipal government inside the 部门 phrase.
d.ctx(ORG, '第十二条 [市人民政府]价格主管部门应当编制')
d.check_all('人民政府', 8, 8)
# Bare 政府 in the price categories of art. 22 (政府定价 ×2, 政府指导价 ×2): kinds of price, no body
# (v1.1 *Bare 党委, 政府*).
d.check_all('政府', 12, 8, ['（一）属于[政府]定价的', '按照[政府]定价计算', '（二）属于[政府]指导价的',
                            '以[政府]指导价的基准价'])

# ====================================================================== not ORG (read in context)
# 部门 ×10: 人民政府价格主管部门 ×8 (the governments inside are labelled above), 同级价格主管部门 (art. 11:
# 同级 + generic head), 财政部门 (art. 38): generic head 部门 (guidelines ORG "No"; v1.1).
d.check_all('部门', 10, 0, [
    '人民政府价格主管[部门]设立的从事', '人民政府价格主管[部门]负责本行政区域内', '由同级价格主管[部门]负责人决定',
    '市人民政府价格主管[部门]应当编制', '人民政府价格主管[部门]举报', '人民政府价格主管[部门]在接到举报后',
    '人民政府价格主管[部门]责令改正', '人民政府价格主管[部门]依法给予处分', '人民政府价格主管[部门]责令停止',
    '使用财政[部门]统一印制'])
assert t.count('部') == 10
# 机关 ×8: 司法机关、行政机关 (arts. 2, 13 ×2 each), 对行政机关处理行政事务 (arts. 2, 13), 司法、行政机关
# (art. 13), 颁证机关 (art. 34): v1.1 *机关 is a generic head*.
d.check_all('机关', 8, 0, [
    '是指价格鉴证机构接受司法[机关]、行政机关', '接受司法机关、行政[机关]和仲裁机构（以下简称',
    '以及对行政[机关]处理行政事务', '第十三条 司法、行政[机关]在办理', '可以接受司法[机关]、行政机关和仲裁机构的委托',
    '可以接受司法机关、行政[机关]和仲裁机构的委托', '也可以对行政[机关]处理行政事务', '建议颁证[机关]依法吊销'])
# 机构 ×62, all under the generic head 机构 (guidelines ORG "No"; v1.1: "a body defined in the text under a
# generic head … is not ORG either"; regs_hh 市蚕种管理机构 ×13, regs_eh 市排水管理机构, regs-az). README
# call 2. 价格鉴证机构 ×53 is the regulation's main actor, defined in art. 2 as 由…价格主管部门设立的从事价格
# 鉴证的专业机构; it includes 市价格鉴证机构 ×3 (arts. 7 ×2, 本市… art. 7), 区县（自治县）价格鉴证机构 ×3 (art. 4, art. 7 ×2),
# 国家价格鉴证机构 ×3, 上一级价格鉴证机构 ×2 (上一级 names one body, but only with a body head: regs_ff
# 上一级…农业技术推广部门 not ORG), 原价格鉴证机构, 非价格鉴证机构 ×2, 其所在的价格鉴证机构. The others:
# 仲裁机构 ×2, 专业机构 ×2 (art. 2, 有关专业机构 art. 32), 中介机构, 具有法定资质的机构, 本机构, 复核裁定机构,
# 其他价格评估机构.
assert t.count('机构') == 62 and t.count('价格鉴证机构') == 53
assert (t.count('仲裁机构'), t.count('专业机构'), t.count('中介机构'), t.count('法定资质的机构'), t.count('本机构'),
        t.count('复核裁定机构'), t.count('价格评估机构')) == (2, 2, 1, 1, 1, 1, 1)
assert (t.count('市价格鉴证机构'), t.count('区县（自治县）价格鉴证机构'), t.count('国家价格鉴证机构'),
        t.count('上一级价格鉴证机构'), t.count('原价格鉴证机构'), t.count('非价格鉴证机构')) == (3, 3, 3, 2, 1, 2)
assert t.count('本市价格鉴证机构') == 1
# 单位 ×45: 委托单位 ×38, the 以下简称 alias of 司法机关、行政机关和仲裁机构 (art. 2) — bodies under generic
# heads, so the alias is not ORG either (project decision *以下简称 for a body under a generic head*); it
# includes 市外委托单位 (art. 7) and 本行政区域外委托单位 (art. 32). The rest: 任何单位 ×2, 市级单位 (art. 7),
# 本区县（自治县）单位 / 区县（自治县）单位 (art. 7), 有关的单位 and 被调查的单位 (art. 21): generic head.
assert t.count('单位') == 45 and t.count('委托单位') == 38 and t.count('以下简称委托单位') == 1
assert (t.count('任何单位'), t.count('市级单位'), t.count('自治县）单位'), t.count('有关的单位'),
        t.count('被调查的单位')) == (2, 1, 2, 1, 1)
# 组织 (art. 1 公民、法人和其他组织: a collective), 财政 ×3 (同级财政 art. 38: 同级 + a field named by its
# function, no body head; 财政部门; 财政票据), 同级国库 (art. 38: 同级 + a treasury, no body head).
d.check_all('组织', 1, 0, ['法人和其他[组织]的合法权益'])
d.check_all('组', 1, 0, ['法人和其他[组]织的合法权益'])
assert t.count('财政') == 3 and t.count('同级财政') == 1 and t.count('国库') == 1 and t.count('同级') == 3
# 委 ×76 = 委员会 + 委托 ×75 (委托单位, 委托书, 受委托 …): no other body. 办 ×7: 办理 ×7. 所 ×9: 所称 ×2, 所提供,
# 所在, 违法所得 ×4, 所需. 处 ×9: 处理 ×4, 处分 ×3, 并处, 处两千元. No other body head occurs.
assert t.count('委') == 76 and t.count('委托') == 75
assert t.count('办') == 7 and t.count('办理') == 7
assert t.count('所') == 9 and t.count('违法所得') == 4 and t.count('所称') == 2
assert t.count('处') == 9 and t.count('处理') == 4 and t.count('处分') == 3
# 国家 ×10: 国家利益, 国家价格鉴证机构 ×3 (机构, above), 国家有关规定 ×2, 国家秘密 ×2, 国家规定的幅度, 国家对计价
# 标准: the state, no body head. Places and people: 本市, 市外, 本行政区域, 当地 ×2 (places); 价格鉴证人,
# 当事人, 代理人, 近亲属, 负责人, 专业人员, 举报人, 主管人员, 责任人员, 工作人员 (people).
assert t.count('国家') == 10
for w in ('局', '厅', '中心', '站', '队', '院', '小组', '办公室', '办事处', '党', '人大', '政协', '中央', '国务院',
          '本级', '团', '协会', '联合会'):
    assert w not in t, w
for w in ('部门', '机构', '机关', '单位', '组织', '财政', '国库'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w

# ====================================================================== DOC_TITLE
# art. 1 根据《中华人民共和国价格法》: a law in 《》.
d.ctx(DT, '根据《[中华人民共和国价格法]》和有关法律')
assert t.count('《') == 1 and t.count('》') == 1
# Not DOC_TITLE (no 《》): 本条例; 价格鉴证资格证书 (art. 9), 价格鉴证执业资格证 (art. 34), 收费许可证 (art.
# 38) (the fourteenth session's rule covers licences in 《》 only; regs_hh, regs_if 殡葬服务证); the
# documents of the procedure: 价格鉴证委托书, 受理通知书, 不予受理通知书, 价格鉴证结论书, 价格鉴证中止通知书,
# 恢复价格鉴证通知书, 价格鉴证终止通知书, 名册, 财政票据 (guidelines: without book-title marks, none).

# ====================================================================== PRINCIPLE
# art. 5 价格鉴证活动应当遵循依法、科学、公正、效率的原则: unquoted content the text calls 原则, introduced
# by 遵循 (guidelines PRINCIPLE; regs_f 价格听证应当遵循公开、公平、公正、效率的原则 → the same shape).
d.ctx(PR, '价格鉴证活动应当遵循[依法、科学、公正、效率]的原则。')
assert t.count('原则') == 1 and t.count('遵循') == 1
# Not PRINCIPLE (README call 5): art. 4 价格鉴证工作实行统一领导、分级管理体制 (a 体制, neither called 原则 nor
# quoted); art. 1 保障价格鉴证的客观公正 and art. 8 保障价格鉴证结论的客观、公正、及时 (aims, not 原则);
# 按照 ×6 (国家有关规定 ×2, 下列程序, 委托书载明的内容, 下列方法, 政府定价) and 根据 ×3 (《价格法》, the factors
# of art. 22, 证据材料) introduce rules and methods; 要求 ×5 are requests and 不符合要求.
assert t.count('按照') == 6 and t.count('根据') == 3 and t.count('要求') == 5 and t.count('体制') == 1
for w in ('坚持', '本着', '方针', '思路', '“', '"', '原则上'):
    assert w not in t, w

# ====================================================================== DEADLINE
# Relative within-limits (v1.2 *Relative time limits*: 自收到之日起三日内 → `三日内`; regs_if, regs-ag):
# the span is the limit alone, without 自…之日起 / 在.
d.ctx(DL, '应当自收到委托书之日起[三日内]决定是否受理', norm=WITHIN)              # art. 17
d.ctx(DL, '价格鉴证机构接受委托后，应当在[七日内]作出价格鉴证结论', norm=WITHIN)  # art. 23
# Not DEADLINE (README call 3): art. 23 para. 2 因受委托鉴证事项复杂，在七日内不能作出价格鉴证结论的，…应当在
# 接受委托时与委托单位另行约定鉴证时限: the same seven days restated as the condition for agreeing another
# time limit (regs_if call 1: 十五日内不办理火化手续…的; regs_ae …二个小时内未到达现场 (restated); regs_al
# 十五日之内未提出申请的: a limit restated in a condition is not labelled).
assert t.count('七日内') == 2 and t.count('在七日内不能作出价格鉴证结论的') == 1 and t.count('日内') == 3
# Also not DEADLINE: art. 12 每年向社会公布 (a bare frequency: guidelines DEADLINE "No", 每年); 另行约定鉴证
# 时限, 程序和时限 ×2 (art. 31), 约定时间 (art. 27): no time given (vague); 及时 ×2 (vague); 必要时, 当时, 同时,
# 暂时, 接受委托时 (events, not limits); 委托日期, 基准日 / 基准日期, 作出…结论的日期 (fields of the forms);
# 收到…后, 接受委托后, 结束后, 补正后, 消除后, 接到举报后 (events with no number: project decision); 预期 (art.
# 22, a property); the header date and the effective date (above). 内 ×13 also holds 行政区域内 ×3, 内容 ×5,
# 职责范围内, 幅度内 (space and scope).
assert t.count('年') == 3 and t.count('每年') == 1 and t.count('月') == 2 and t.count('日') == 15
assert t.count('每') == 2 and t.count('每个行政区域') == 1
assert t.count('时') == 11 and t.count('时限') == 3 and t.count('及时') == 2 and t.count('约定时间') == 1
assert t.count('期') == 5 and t.count('日期') == 4 and t.count('预期') == 1
assert t.count('内') == 13 and t.count('区域内') == 3 and t.count('内容') == 5
for w in ('前', '底', '期间', '月内', '年内', '小时', '工作日', '提前', '限期', '季度', '旬', '届满', '期限', '长期'):
    assert w not in t, w

# ====================================================================== STAFFING
# art. 19 价格鉴证机构接受委托后，应当指定两名以上价格鉴证人进行价格鉴证: the appraisers the body must assign
# to each case, a minimum set by the rule (guidelines STAFFING: personnel assigned; 以上 is an attached
# comparator; regs_af 应当指派二名以上执法人员参加 → `二名以上`; regs-q 有二名以上…专职工作人员). Not a
# threshold (v1.1 *Thresholds*: a condition such as 10人以上的): it is the duty itself. README call 2.
d.ctx(SF, '应当指定[两名以上]价格鉴证人进行价格鉴证',
      norm={"min": 2, "max": None, "unit": "名", "approx": False})

# ====================================================================== ITEM_COUNT
# art. 6 县级以上每个行政区域内只设立一个价格鉴证机构: the number of appraisal bodies the rule allows to be set
# up in each region, the point of the article (regulations-a 每十五户至五十户设立一个居民小组 → `一个`; regs_ef
# 每二万人口区域内预留一所…中学 → `一所`; batch-c 每个镇设置一所卫生院). Not the generic "one" of a slogan or
# a model of operation (shandong-part1 一个执法机构, 只设一个执法层级; regs_fe, regs_de). README call 1.
d.ctx(IC, '县级以上每个行政区域内只设立[一个]价格鉴证机构', norm={"value": 1, "unit": "个"})
# Not ITEM_COUNT / STAFFING: art. 10（一） 同时在两个以上价格鉴证机构执业 (a prohibited conduct, a threshold:
# v1.1 *Thresholds*; regs_de 跨越两个以上审批阶段); 上一级 (a level word); 一倍以上五倍以下 (multiples of the
# illegal gain), 两千元 ×2, 一万元 (money: fines); 收支两条线 (the name of a fiscal system: reports notes,
# counts inside fixed names); the lists (（一）…（十）, 下列程序, 以下内容) are not counted in the text; the
# dates and ordinals (第三届, 第二十四次, 第一章 …, 本条例第七条, 第十六条第三款); 份数 (a form field). No post or
# staff count otherwise: 聘请…专业人员 (art. 19), 负责人, 工作人员 carry no number; 编制 is a verb (art. 12
# 编制…名册: draw up), no 职数.
NUM = '0-9一二三四五六七八九十百千万两零'
found = re.findall(rf'(?<![第{NUM}（])[{NUM}]+[名人项个类件条所家份张套次级支倍元年月日届时]', t)
assert found == ['2011年', '5月', '27日', '一个', '两个', '三日', '两名', '七日', '七日', '一级', '一级', '一倍',
                 '五倍', '两千元', '两千元', '一万元', '两条', '2011年', '8月', '1日'], found
assert t.count('名') == 7 and t.count('名以上') == 1 and t.count('个') == 10 and t.count('个人') == 7
assert t.count('项') == 12 and t.count('事项') == 12 and t.count('类') == 2 and t.count('同类') == 2
assert t.count('编制') == 1 and t.count('应当编制价格鉴证机构') == 1 and t.count('职数') == 0

# ====================================================================== DOC_NO
# None: the only 号 is 型号 (art. 16, a form field); no bracketed year.
assert t.count('号') == 1 and t.count('型号') == 1
for w in ('〔', '【', '[', '令第'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
counts = d.counts()
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 2, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 1, 'ORG': 9, 'PRINCIPLE': 1,
    'STAFFING': 1}, counts
org_texts = {}
for e in d.ents:
    if e['label'] == ORG:
        org_texts[e['text']] = org_texts.get(e['text'], 0) + 1
assert org_texts == {'重庆市第三届人民代表大会常务委员会': 1, '区县（自治县）人民政府': 7, '市人民政府': 1}, org_texts
assert [e['normalized'] for e in d.ents if e['label'] == PR] == [['依法', '科学', '公正', '效率']]
assert [e['text'] for e in d.ents if e['label'] == DL] == ['三日内', '七日内']
write_gold(OUT, [d])
