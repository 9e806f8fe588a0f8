"""Build regs-as.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 上海市轨道交通管理条例 (Shanghai regulation on rail transit administration; adopted
2002-05-21, revised 2013-11-21, fifth amendment 2021-08-25 by the standing committee of the 15th
Shanghai municipal people's congress; art. 56: in force 2014-01-01).
Each anchor is `left[[mention]]right`; the whole string must occur the given number of times.
Run from /work/main: .venv/bin/python corpora/gold-fresh8/make_regs_as.py
Only offsets are computed here; no extractor or model is used.
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, write_gold

SOURCE = 'corpus/regulations/shanghai/上海市轨道交通管理条例(2021-08-25).txt'
OUT = 'corpora/gold-fresh8/regs-as.jsonl'
# date: the latest amendment in the header (2021-08-25, the fifth), as in the file name
d = AnchoredDoc('fresh8-reg-shanghai-rail-transit-2021', SOURCE, {'region': '上海市', 'date': '2021-08-25'})
assert d.text == d.raw.decode('utf-8')
t = d.text

ORG = 'ORG'; DL = 'DEADLINE'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'
WITHIN = {'date': None, 'precision': 'period', 'relation': 'during', 'recurring': False}

ANCHORS = [
    # ================================================================ header
    # the standing committee before each session is ORG, term number inside, meeting outside
    # (regs-b adoption lines); the amending decisions in 《》 are DOC_TITLE, the nested 〈…〉 stays
    # inside (guidelines DOC_TITLE). Adoption/revision dates are not DEADLINE.
    (ORG, '2002年5月21日 [[上海市第十一届人民代表大会常务委员会]]第三十九次会议通过', None),
    (ORG, '2006年6月22日 [[上海市第十二届人民代表大会常务委员会]]第二十八次会议', None),
    (DT, '第二十八次会议《[[关于修改〈上海市轨道交通管理条例〉的决定]]》第一次修正', None),
    (ORG, '2010年9月17日 [[上海市第十三届人民代表大会常务委员会]]第二十一次会议', None),
    (DT, '第二十一次会议《[[关于修改本市部分地方性法规的决定]]》第二次修正', None),
    (ORG, '2013年11月21日 [[上海市第十四届人民代表大会常务委员会]]第九次会议修订', None),
    (ORG, '根据2018年12月20日[[上海市第十五届人民代表大会常务委员会]]第八次会议', None),
    # 等9件 / 等3件 lie inside the titles: no ITEM_COUNT (no overlap across types)
    (DT, '第八次会议《[[关于修改〈上海市供水管理条例〉等9件地方性法规的决定]]》第三次修正', None),
    (ORG, '2020年5月14日 [[上海市第十五届人民代表大会常务委员会]]第二十一次会议', None),
    (DT, '第二十一次会议《[[关于修改本市部分地方性法规的决定]]》第四次修正', None),
    (ORG, '2021年8月25日 [[上海市第十五届人民代表大会常务委员会]]第三十四次会议', None),
    (DT, '第三十四次会议《[[关于修改〈上海市出版物发行管理条例〉等3件地方性法规的决定]]》第五次修正', None),
    # title line 上海市轨道交通管理条例: no body head word, no ORG (v1.1 *Title lines*)

    # ================================================================ ch. 1 总则
    (ORG, '//[[市人民政府]]确定的轨道交通企业具体负责', None),                       # art. 4
    (ORG, '//[[区人民政府]]应当协助做好轨道交通建设', None),                         # art. 4
    # art. 5: a phrase the text calls 原则 (v1.1: unquoted phrase called 原则 gives its content)
    (PR, '本市轨道交通实行[[统一规划、配套建设、安全运营、规范服务]]的原则', None),
    # art. 6 本市各级人民政府: vague level (v1.1 *Level words*)
    (ORG, '第七条 [[市人民政府]]有关部门应当加强', None),                            # inside a longer phrase (v1.1)

    # ================================================================ ch. 2 规划和建设
    # art. 8 沿线区人民政府, art. 13 相关区人民政府: located / quantified, not ORG
    (PR, '设施用地按照[[市场化]]原则实施综合开发', None),                            # art. 11
    (ORG, '通过安全评估并经[[市人民政府]]批准后', None),                             # art. 15

    # ================================================================ ch. 3 运营服务
    (ORG, '第二十三条 [[区人民政府]]和轨道交通企业', None),                          # art. 23
    (ORG, '经市物价管理部门审核并报[[市人民政府]]批准', None),                       # art. 27
    (ORG, '轨道交通企业应当执行[[市人民政府]]批准的票价', None),                     # art. 27
    (DT, '应当制定《[[轨道交通乘客守则]]》。', None),                                # art. 29
    (DT, '乘车应当遵守《[[轨道交通乘客守则]]》。', None),                            # art. 29
    # art. 34: relative within-limits (v1.2), span without 自…之日起
    (DL, '自接受投诉之日起[[十个工作日内]]作出答复。乘客', WITHIN),
    (DL, '自接受乘客投诉或者申诉之日起[[十个工作日内]]作出答复', WITHIN),

    # ================================================================ ch. 4 安全管理
    (ORG, '组织编制本市轨道交通突发事件应急预案，报[[市人民政府]]批准后实施', None),  # art. 43
    (ORG, '//[[市人民政府]]及其应急、交通等行政管理部门', None),                     # art. 45

    # ================================================================ ch. 5 法律责任
    (DT, '移交公安部门依据《[[中华人民共和国治安管理处罚法]]》予以处理', None),     # art. 49
    (DT, '依法执行职务，违反《[[中华人民共和国治安管理处罚法]]》的', None),         # art. 52
]

for label, anchor, norm in ANCHORS:
    # '//' in an anchor stands for the blank line before a paragraph
    d.ctx(label, anchor.replace('//', '\n\n'), norm=norm)

# ---------------------------------------------------------------- every hit accounted for
d.check_all('常务委员会', 7, 7)
d.check_all('人民代表大会', 7, 7)
d.check_all('人民政府', 12, 9, ['本市各级[人民政府]应当',          # vague level (v1.1)
                              '听取沿线区[人民政府]、有关单位',   # 沿线 locates by context, like 所在 (v1.1)
                              '第十三条 相关区[人民政府]和'])     # quantified by 相关
d.check_all('市人民政府', 7, 7)
d.check_all('区人民政府', 4, 2, ['听取沿线[区人民政府]、', '相关[区人民政府]和市规划'])
assert t.count('政府') == 12
# generic heads, never ORG: 部门 ×59 (市交通行政管理部门, 公安部门, 路政管理部门, 市物价管理部门 …),
# 机构 ×4 (第三方安全评估机构, 安全生产管理机构, 专业机构 ×2), 单位 ×7; 轨道交通企业 is a company.
assert t.count('部门') == 59 and t.count('机构') == 4 and t.count('单位') == 7
assert not any(e['text'].endswith(('部门', '机构', '单位', '企业')) for e in d.ents)
# 委员会 only in the header; 会 elsewhere: 会议, 听证会, 社会, 会同. 编制 (×10) is 'to draw up', not posts
assert t.count('委员会') == 7 and t.count('听证会') == 1 and t.count('编制') == 10
for w in ('局', '办', '厅', '中心', '队', '院', '组委', '小组', '〔', '方针', '思路', '名', '每',
          '底', '提前', '日前', '年内', '职数'):
    assert w not in t, w
# 原则 ×2, both labelled; 要求 ×7, none a PRINCIPLE (art. 25 符合…的要求 is unquoted and not 原则)
assert t.count('原则') == 2 and t.count('要求') == 7
# 《 ×9, all labelled; 号 ×2, both in 通信信号系统 (no DOC_NO)
assert [m.start() for m in re.finditer('《', t)] == sorted(
    e['start'] - 1 for e in d.ents if e['label'] == DT)
assert t.count('号') == 2 and t.count('信号') == 2
# time words: 日内 ×2 (labelled); 期间 ×2 (运营期间 a condition, 非运营期间 a time window for
# work, not a limit); 前 ×1 (投入初期运营前: no number); 十五分钟以上 (a condition);
# 五十米内/三十米内/十米内 (distances); the eight dates of the header and art. 56 (adoption,
# revision and effective dates)
assert t.count('日内') == 2 and t.count('期间') == 2 and t.count('前') == 1
assert len(re.findall(r'\d{4}年', t)) == 8

for e in d.ents:
    if e['label'] in (ORG, DT):
        assert e['normalized'] is None
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 2, 'DOC_NO': 0, 'DOC_TITLE': 9, 'ITEM_COUNT': 0, 'ORG': 16,
                  'PRINCIPLE': 2, 'STAFFING': 0}, counts
write_gold(OUT, [d])
