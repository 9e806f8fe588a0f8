"""Build regs_kf.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 北京市见义勇为人员奖励和保护条例 (Beijing regulation on rewarding and protecting people who act
bravely for a just cause; adopted 2000-04-21 at the 18th session of the standing committee of the 11th
Beijing municipal people's congress, amended 2016-11-25 by the 14th standing committee's 31st session
through the omnibus 《关于修改部分地方性法规的决定》; in force 2000-08-01, art. 25). 25 articles, no
chapters, a title line and two header lines.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedents: gold-fresh14 regs_ge (北京市实施《保守国家秘密法》若干规定: amended at the same session
through the same omnibus decision; meta.date the latest header date; the two committees; the class
区国家保密局 with no 各/有关 is ORG); gold-fresh17 regs_je (a Beijing regulation of the same shape: 部门 /
机关 / 机构 generic, the checks); gold-fresh12 regs_ed and gold-fresh3 regs_m (市和区、县人民政府 → the
complete name only); gold-fresh8 regs_ar and gold-fresh10 regs_cc (所在区、县… is not ORG);
gold-fresh12 regs_ee and gold-fresh8 regs_at (实行…相结合…的原则 → PRINCIPLE; a single-issue social
association is not ORG).
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh18/regs_kf.jsonl'
SRC = 'corpus/regulations/beijing/北京市见义勇为人员奖励和保护条例.txt'

d = Doc("fresh18-regs-beijing-righteous-acts", SRC,
        # date: the latest adoption or revision date in the header, 2016-11-25 (regs-a notes: "meta.date
        # is the latest adoption or revision date in the header"; regs_ge, amended at the same session by
        # the same omnibus decision, takes 2016-11-25; regs_dc, regs_fd, regs_ff). The file name has no
        # date; the effective date 2000-08-01 (art. 25) is not the document's date. No label depends on
        # the year (there is no DEADLINE).
        # region: a municipal regulation of Beijing (regs_ge, regs_je, regs_ed, regs-ar: "北京市").
        {"region": "北京市", "date": "2016-11-25"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 1880
t = d.text
assert t.count('\n') == 76 and t.endswith('施行。\n'), (len(t), t.count('\n'))
ORG, DT, PR = 'ORG', 'DOC_TITLE', 'PRINCIPLE'

# ====================================================================== header and DOC_TITLE
# Title line 北京市见义勇为人员奖励和保护条例: no 《》 and no body head word (v1.1 *Title lines*): nothing.
assert t.startswith('北京市见义勇为人员奖励和保护条例\n')
# Adoption and amendment lines: the standing committee before its session is ORG, term number inside,
# session outside (regs-a, regs-b *Adoption lines*; regs_ge: the amendment line word for word).
d.ctx(ORG, '2000年4月21日 [北京市第十一届人民代表大会常务委员会]第十八次会议通过')
d.ctx(ORG, '2016年11月25日 [北京市第十四届人民代表大会常务委员会]第三十一次会议')
# The omnibus amending decision in 《》 (regs_ge, regs_dc, regs_dd, regs-p: 《关于修改部分地方性法规的决定》).
d.ctx(DT, '第三十一次会议通过的《[关于修改部分地方性法规的决定]》修正')
assert t.count('《') == 1 and t.count('》') == 1 and '〈' not in t
# Not DOC_TITLE (no 《》): 本条例 ×…, 有关法律、法规 (art. 1), 本市有关企业劳动者工伤保险的规定 (art. 14), 国家有关
# 因公（工）负伤人员的规定 (art. 15), 国家有关因公（工）死亡规定 (art. 16), 本市相关规定 (art. 19), 本条例实施办法
# (art. 24); “首都见义勇为好市民”称号 (art. 10) is an honorary title in quotation marks, not a document.
d.check_all('人民代表大会', 2, 2)
d.check_all('常务委员会', 2, 2)
d.check_all('委员会', 2, 2)
d.check_all('委', 2, 2)

# ====================================================================== ORG: the governments
# art. 6 奖励和保护见义勇为人员的工作由市和区人民政府负责: shared ending; the bare 市 is not a name, so only
# the complete name `区人民政府` is labelled (v1.1 *Shared endings*: 市、区人民政府 → 区人民政府; regs-a
# 市和区、县人民政府 → 县人民政府; regs_ed, regs_m, regs_fg). README call 4.
d.ctx(ORG, '工作由市和[区人民政府]负责，日常工作')
# art. 10 经区人民政府推荐，由市人民政府决定授予: the district government as a class with no 各/有关/所在 before
# it (regs_ge 区国家保密局; regs-b bare 镇人民政府), and the municipal government.
d.ctx(ORG, '经[区人民政府]推荐，由市人民政府决定')
d.ctx(ORG, '经区人民政府推荐，由[市人民政府]决定授予')
# art. 24 本条例实施办法由市人民政府制定.
d.ctx(ORG, '本条例实施办法由[市人民政府]制定')
# Not ORG:
#   art. 9 各级人民政府和机关、团体、企业事业单位: 各级 is a vague level (v1.1 *Level words*);
#   arts. 17, 18 所在区人民政府 ×2 (the government of the district where the hero's family lives): 所在…
#     works like 有关/上级 (v1.1 *Alternative readings* … 属地… and 所在…; regs_ar 向所在区、县农业承包合同
#     仲裁委员会, regs_cc 同所在区、县人大常委会: not ORG). README call 2.
GOV_OUT = [
    '第九条 各级[人民政府]和机关、团体',                     # art. 9
    '其家属没有生活来源的，所在区[人民政府]应当采取',        # art. 17
    '有实际困难的，由所在区[人民政府]给予经济补助',          # art. 18
]
d.check_all('人民政府', 7, 4, GOV_OUT)
d.check_all('政府', 7, 4, [a.replace('[人民政府]', '人民[政府]') for a in GOV_OUT])
d.check_all('区人民政府', 4, 2, [a.replace('所在区[人民政府]', '所在[区人民政府]') for a in GOV_OUT[1:]])
d.check_all('市人民政府', 2, 2)
assert t.count('所在区人民政府') == 2 and t.count('市和区人民政府') == 1 and t.count('各级人民政府') == 1

# ====================================================================== not ORG: the foundations
# 见义勇为基金会 ×2 (art. 7 市和区依法设立见义勇为基金会或者见义勇为基金; 本市鼓励单位和个人向见义勇为基金会捐赠)
# and 基金会的基金 (art. 7, inside the 以下统称 parenthesis). A charitable foundation is a social
# organisation, neither an organ, a public institution nor a mass organisation with one body per level;
# the text holds it only as a holder of money (基金会的基金和见义勇为基金以下统称见义勇为基金: the fund of the
# foundation and the fund are one defined term) and a receiver of donations, and names a class set up
# by 市和区 (no place, no single body). The seventh session leaves trade associations out; regs_at leaves
# out 控烟协会, a single-issue social association; funds are money vehicles (report_ga call 6). README
# call 1 (it moves 2 ORG).
d.check_all('基金会', 3, 0, [
    '市和区依法设立见义勇为[基金会]或者见义勇为基金',
    '（[基金会]的基金和见义勇为基金以下统称',
    '本市鼓励单位和个人向见义勇为[基金会]捐赠',
])
# 见义勇为基金 (×7 outside 基金会) and 区见义勇为基金 (art. 14): a fund (the defined term of art. 7), not a body.
assert t.count('基金') == 12 and t.count('见义勇为基金') == 9 and t.count('区见义勇为基金') == 1
# 会 ×14: 人民代表大会 ×2 and 委员会 ×2 (inside the header ORGs), 会议 ×2 (the sessions), 社会 ×5 (弘扬社会正气,
# 社会主义, 全社会, 和社会的监督, 社会保险机构), 基金会 ×3 (above).
d.check_all('会', 14, 4, [
    '常务委员会第十八次[会]议通过', '常务委员会第三十一次[会]议通过',
    '弘扬社[会]正气', '加强社[会]主义', '全社[会]应当关心', '有关部门和社[会]的监督', '由社[会]保险机构',
    '设立见义勇为基金[会]或者', '（基金[会]的基金', '向见义勇为基金[会]捐赠',
])

# ====================================================================== not ORG: generic heads
# 部门 ×8, all under the generic head 部门 (guidelines ORG "No"; v1.1: a definite body under a generic
# head is not ORG; regs_je, regs_if, regs_ge): 新闻宣传部门 (art. 5), 民政部门 (art. 6: the civil affairs
# administration that does the day-to-day work), 其他有关部门, 有关部门 ×2, 区民政部门 (art. 8: the district
# civil affairs departments that verify and confirm an act), 负有…职责的部门, 主管部门. README call 3.
d.check_all('部门', 8, 0, [
    '第五条 新闻宣传[部门]应当及时宣传',                    # art. 5
    '日常工作由民政[部门]办理',                             # art. 6
    '其他有关[部门]密切配合',                               # art. 6
    '依法接受有关[部门]和社会的监督',                       # art. 7
    '第八条 区民政[部门]接到组织或者个人',                  # art. 8
    '其伤残等级由有关[部门]依法评定',                       # art. 15
    '保护见义勇为人员职责的[部门]及其工作人员',             # art. 21
    '由主管[部门]对责任人员给予行政处分',                   # art. 21
])
# 部 ×10 = 部门 ×8 + 部分 ×2 (关于修改部分地方性法规, 不足部分).
assert t.count('部') == 10 and t.count('部分') == 2
# 机关 ×4 (v1.1 *机关 is a generic head*): 机关、团体、企业事业单位 (art. 9), 机关、团体和事业单位职工 (art. 14),
# 公安机关 (art. 20), 有关机关 (art. 20).
d.check_all('机关', 4, 0, [
    '各级人民政府和[机关]、团体', '属于[机关]、团体和事业单位职工', '公安[机关]应当采取有效措施', '由有关[机关]依法处理',
])
# 机构 ×4: 医疗机构 ×3 (arts. 11 ×2, 12: hospitals, facilities under a generic head), 社会保险机构 (art.
# 13(二): generic head).
d.check_all('机构', 4, 0, [
    '要及时送往医疗[机构]，', '医疗[机构]应当及时组织救治', '由医疗[机构]垫付', '由社会保险[机构]按规定支付',
])
# 单位 ×10 (generic head; regs_if, regs_ge): 单位和个人 (art. 7), 企业事业单位 (art. 9), 工作单位 ×4 (art. 12:
# 有工作单位的, 所在工作单位, 工作单位无力, 无工作单位), 所在工作单位 (art. 13(三)), 事业单位, 所在工作单位,
# 无工作单位 (art. 14).
d.check_all('单位', 10, 0, [
    '本市鼓励[单位]和个人', '团体、企业事业[单位]，', '有工作[单位]的', '由所在工作[单位]暂付', '；工作[单位]无力暂付',
    '或者无工作[单位]的，从见义勇为基金中暂付', '（三）由所在工作[单位]提供', '团体和事业[单位]职工',
    '，所在工作[单位]不得因此', '；无工作[单位]的，从区见义勇为',
])
# 组织 ×4: 组织或者个人 (art. 8, a collective with no name), 组织核实 (verb), 了解情况的组织 (collective), 组织救治
# (art. 11, verb). 团 ×2: 团体 (arts. 9, 14, collectives).
ORG_WORD = ['接到[组织]或者个人', '应当及时[组织]核实', '了解情况的[组织]和公民', '医疗机构应当及时[组织]救治']
d.check_all('组织', 4, 0, ORG_WORD)
d.check_all('组', 4, 0, [a.replace('[组织]', '[组]织') for a in ORG_WORD])
d.check_all('团', 2, 0, ['和机关、[团]体、企业', '机关、[团]体和事业单位职工'])
# 办 ×5: 办理 ×3 (arts. 6, 15, 16), 下列办法 (art. 13), 实施办法 (art. 24): no body. 所 ×7: 所称 ×2 (arts. 2, 23),
# 所在 ×5 (所在工作单位 ×3, 所在区人民政府 ×2). 处 ×2: 处理, 处分.
assert t.count('办') == 5 and t.count('办理') == 3 and t.count('办法') == 2
assert t.count('所') == 7 and t.count('所称') == 2 and t.count('所在') == 5 and t.count('所在工作单位') == 3
assert t.count('处') == 2 and t.count('处理') == 1 and t.count('处分') == 1
# Not ORG either: 本市, 全社会, 国家, 首都 (territory; no body head word), 市和区 (art. 7: the city and the
# districts as places that set up the fund), 加害人, 受益人, 家属, 烈属, 职工, 企业职工, 工作人员, 责任人员
# (people), 企业 (companies), 新闻宣传 (a field).
for w in ('局', '厅', '中心', '站', '队', '院', '小组', '党', '人大', '政协', '中央', '国务院', '办公室', '办事处',
          '协会', '联合会', '馆', '当地', '上一级', '本级', '同级', '以下简称'):
    assert w not in t, w
for w in ('部门', '机关', '机构', '组织', '单位', '基金', '所在', '各级'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w

# ====================================================================== PRINCIPLE
# art. 9 para. 2 奖励实行精神奖励和物质奖励相结合的原则: unquoted content the text calls 原则; 实行 is not a
# listed verb, but a phrase the text labels 原则 counts (guidelines PRINCIPLE; regs_ee 实行[政府主导与市场化
# 运行相结合、…]的原则; regs_at 实行[政府主导、…]的原则; regs-b Luoyang). Span without 实行 and 的原则; one part
# (principle_parts splits at 、，,；, not at 和). README call 5.
d.ctx(PR, '奖励实行[精神奖励和物质奖励相结合]的原则。')
assert t.count('原则') == 1 and t.count('实行') == 1
# Not PRINCIPLE: 根据有关法律、法规 (art. 1), 按照 ×4 (国家有关因公（工）死亡规定, 国家有关规定, 本市相关规定,
# 其他有关规定) introduce rules, not formulas; “首都见义勇为好市民” (art. 10) is an honorary title, not adopted
# as a guideline (guidelines PRINCIPLE "No": slogans not adopted as a principle).
assert t.count('按照') == 4 and t.count('根据') == 1 and t.count('“') == 1 and t.count('”') == 1
for w in ('坚持', '遵循', '本着', '方针', '要求', '思路', '"', '原则上'):
    assert w not in t, w

# ====================================================================== DEADLINE
# None. Read:
#   the header dates 2000年4月21日, 2016年11月25日 (adoption, amendment: past events) and art. 25
#     本条例自2000年8月1日起施行 (v1.1 *Effective dates*);
#   及时 ×4 (arts. 5, 8, 11 ×2: vague; guidelines DEADLINE "No");
#   医疗期间 (art. 14: the time during which an injured hero counts as at work, a period in which a
#     treatment applies, not a time set for a measure; regs_je 在校期间 etc.);
#   均不能负担时 (art. 13), 紧急情况下 (art. 12): conditions; 日常工作 (art. 6); 前款 (art. 13: a reference);
#   十八周岁以下 (art. 23: an age); 行政区域内 ×2 (art. 3: space).
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == ['2000年4月21日', '2016年11月25日', '2000年8月1日']
assert t.count('年') == 3 and t.count('月') == 3 and t.count('日') == 4 and t.count('日常') == 1
assert t.count('及时') == 4 and t.count('时') == 5 and t.count('负担时') == 1
assert t.count('期') == 1 and t.count('医疗期间') == 1
assert t.count('内') == 2 and t.count('行政区域内') == 2 and t.count('前') == 1 and t.count('前款') == 1
assert t.count('之日起') == 0 and t.count('起施行') == 1
for w in ('底', '每', '日内', '月内', '年内', '小时', '工作日', '日前', '提前', '季度', '旬', '届满', '时限',
          '期限', '限期', '长期', '之前', '以前', '立即', '后'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO
# None. Every number before a measure word, read: the three dates; 第十一届 / 第十四届, 第十八次 / 第三十一次
# (ordinals); the article numbers and （一）–（三） (ordinals); 十八周岁 (art. 23: an age). No person or post is
# counted (no 名, 编制, 职数); the list of art. 13 (下列办法: three items) is not counted in the text; 各项
# (art. 13, 前款各项规定) carries no number.
NUM = '0-9一二三四五六七八九十百千万两零'
found = re.findall(rf'(?<![第{NUM}（(])[{NUM}]+(?:周岁|小时|[名人项个类件条所家份张套次级支倍元年月日届方])', t)
assert found == ['2000年', '4月', '21日', '2016年', '11月', '25日', '十八周岁', '2000年', '8月', '1日'], found
assert [t.count(f'（{n}）') for n in '一二三四'] == [1, 1, 1, 0]
assert t.count('名') == 0 and t.count('个') == 3 and t.count('个人') == 3 and t.count('项') == 1 and t.count('各项') == 1
assert t.count('号') == 1 and t.count('称号') == 1
for w in ('〔', '【', '[', '令第', '职数', '编制', '类'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 0, 'ORG': 6,
                  'PRINCIPLE': 1, 'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '北京市第十一届人民代表大会常务委员会': 1, '北京市第十四届人民代表大会常务委员会': 1,
    '区人民政府': 2, '市人民政府': 2})
assert [e['normalized'] for e in d.ents if e['label'] == PR] == [['精神奖励和物质奖励相结合']]
assert [e['text'] for e in d.ents if e['label'] == DT] == ['关于修改部分地方性法规的决定']
write_gold(OUT, [d])
