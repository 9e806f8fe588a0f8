"""Build regs_if.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 上海市殡葬管理条例 (Shanghai regulation on funeral and burial administration; the original
text, with no header: no adoption or amendment line; in force 1998-01-01, art. 31). 31 articles in
7 chapters. The corpus also holds a later version, 上海市殡葬管理条例(2024-08-22).txt; this file is
the undated one.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedents: gold-fresh4 regs-s (上海市地名管理条例: a headerless Shanghai regulation, meta.date
from the effective date, 以下简称 abbreviations of municipal bodies ORG at every occurrence, 区、县…
shared endings → 县…), gold-fresh6 regs-ag (上海市住房公积金管理若干规定: 国务院《…条例》 → ORG 国务院 +
DOC_TITLE, the 以下简称 abbreviation every time), gold-fresh11 regs_dg / regs_df (headerless Shanghai
files: meta.date the effective date), regs_dd (居（村）民委员会 in a list of collectives is ORG).
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh16/regs_if.jsonl'
SRC = 'corpus/regulations/shanghai/上海市殡葬管理条例.txt'

d = Doc("fresh16-regs-shanghai-binzang", SRC,
        # date: the file name has no date and the text has no adoption or amendment line; the only
        # date it gives is the effective date, art. 31 本条例自1998年1月1日起施行. Headerless Shanghai
        # files take that date: regs-s (1999-01-01), regs-ag (2006-01-01), regs_dg (1997-01-15),
        # regs_df (2007-11-01). No label depends on the year (the DEADLINEs are relative limits).
        # region: a municipal regulation of Shanghai (regs-s, regs-ag, regs_dg: "上海市").
        {"region": "上海市", "date": "1998-01-01"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 3138
t = d.text
ORG, DT, PR, DL = 'ORG', 'DOC_TITLE', 'PRINCIPLE', 'DEADLINE'
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}

# ====================================================================== title line
# 上海市殡葬管理条例: no 《》 and no body head word (v1.1 *Title lines*): nothing. No header follows.
assert t.startswith('上海市殡葬管理条例\n')

# ====================================================================== ORG: 国务院 and DOC_TITLE
# art. 1 根据国务院《殡葬管理条例》 and art. 28(一) 按照国务院《殡葬管理条例》处罚: the State Council before
# its regulation is ORG, the title in 《》 DOC_TITLE (regs-ag 根据国务院《住房公积金管理条例》; regs-s,
# regs-j, regs-l, regs-t: the same shape).
d.ctx(ORG, '根据[国务院]《殡葬管理条例》以及其他有关法律')                        # art. 1
d.ctx(DT, '根据国务院《[殡葬管理条例]》以及其他有关法律')
d.ctx(ORG, '的，按照[国务院]《殡葬管理条例》处罚')                                # art. 28(一)
d.ctx(DT, '的，按照国务院《[殡葬管理条例]》处罚')
d.check_all('国务院', 2, 2)
d.check_all('院', 2, 2)
assert t.count('《') == 2 and t.count('》') == 2 and '〈' not in t
# Not DOC_TITLE (no 《》): 本条例, 其他有关法律、法规, 本市地方性法规, 城乡建设规划 (art. 6), 殡葬服务证
# (arts. 8, 9, 28: a certificate named without book-title marks; the fourteenth session's rule
# covers licences in 《》 only), 死亡证明, 火化证明, 购销合同, 具体实施办法 (art. 22).

# ====================================================================== ORG: the civil affairs bureaus
# art. 4 上海市民政局（以下简称市民政局）是本市殡葬活动的行政主管部门: the full name (head 局, a definite
# body) and its 以下简称 abbreviation, ORG at every occurrence, the one inside the parenthesis
# included (v1.2 *Definite short forms*; regs-s 市地名办, regs-ag 市公积金管委会, regs-i 大会秘书处).
# 本市殡葬活动的行政主管部门 itself is the generic head 部门 (not ORG).
d.ctx(ORG, '第四条 [上海市民政局]（以下简称市民政局）')
d.every(ORG, '市民政局', 4, exclude=['上海[市民政局]（以下简称'])
# the four: （以下简称市民政局）; art. 6 设立殡仪馆由市民政局报…; 设立公墓由市民政局批准; art. 30 由市民政局负责解释.
assert t.count('市民政局') == 5 and t.count('上海市民政局') == 1
# 区、县民政局 (art. 4 para. 2; art. 28(三), (四)) and 市、区、县民政局 (art. 29 para. 1): shared endings, only
# the complete name is labelled: `县民政局` (v1.1 *Shared endings*: 市、区人民政府 → 区人民政府; regs-s
# 区、县地名管理办公室 → 县地名管理办公室 and 区、县地名办 → 县地名办; regs-a 区、县人民政府 → 县人民政府;
# regs_ge （市、区国家保密局…） → 区国家保密局). A class of bureaus with no 各/有关 before it (its 各自 follows).
d.ctx(ORG, '\n\n区、[县民政局]按照各自的职责负责本辖区内')                        # art. 4 para. 2
d.ctx(ORG, '市殡葬管理处或者区、[县民政局]可以处二百元')                          # art. 28(三)
d.ctx(ORG, '由市殡葬管理处或者区、[县民政局]责令停止违法活动')                    # art. 28(四)
d.ctx(ORG, '第二十九条 市、区、[县民政局]和市殡葬管理处应当依法管理')            # art. 29 para. 1
# art. 29 para. 2 市、区、县民政局和市殡葬管理处的工作人员玩忽职守…: the bodies only modify their staff
# (v1.1 *Bodies named only to refer to people*; fourteenth session: bodies before 工作人员 are not
# labelled; regs-a 人大街道工委干部). Neither is labelled there.
STAFF = '\n\n市、区、县民政局和市殡葬管理处的工作人员玩忽职守'
assert t.count(STAFF) == 1
d.check_all('民政局', 10, 9, ['\n\n市、区、县[民政局]和市殡葬管理处的工作人员'])
d.check_all('局', 10, 9, ['\n\n市、区、县民政[局]和市殡葬管理处的工作人员'])
# 民政部门 ×2 (art. 4 para. 3 配合民政部门; art. 5 配合民政部门): the civil affairs administration named
# by its field + the generic head 部门 (guidelines ORG "No"; v1.1): not ORG (see 部门 below).

# ====================================================================== ORG: 市殡葬管理处
# art. 4 其所属的上海市殡葬管理处（以下简称市殡葬管理处）负责殡葬活动的具体管理工作: a definite body under the
# bureau with the body head 处 (like 大会秘书处, regs_db / regs-i), which approves, issues the 殡葬服务证
# and fines (arts. 6, 8, 10, 15, 28): ORG, and its 以下简称 abbreviation at every occurrence as a body.
d.ctx(ORG, '其所属的[上海市殡葬管理处]（以下简称市殡葬管理处）')
d.every(ORG, '市殡葬管理处', 9, exclude=[
    '其所属的上海[市殡葬管理处]（以下简称',                      # inside the full name
    '\n\n市、区、县民政局和[市殡葬管理处]的工作人员玩忽职守',     # art. 29 para. 2: modifies people
])
# the nine: （以下简称市殡葬管理处） (art. 4); art. 6 由市殡葬管理处批准; art. 8 由市殡葬管理处发给; art. 10
# 向市殡葬管理处提出申请; art. 15 经市殡葬管理处批准; art. 28(二) 由市殡葬管理处责令停产停业; art. 28(三)
# 市殡葬管理处或者区、县民政局可以处; art. 28(四) 由市殡葬管理处或者; art. 29 para. 1 和市殡葬管理处应当依法管理.
assert t.count('市殡葬管理处') == 11
d.check_all('殡葬管理处', 11, 10, ['\n\n市、区、县民政局和市[殡葬管理处]的工作人员'])
# 处 ×21: 殡葬管理处 ×11, and 处理 ×2 (依法处理, 技术处理), 处罚 ×4, 并处 ×3, 可以处, 处分: no other body.
d.check_all('处', 21, 10, [
    '\n\n市、区、县民政局和市殡葬管理[处]的工作人员',
    '由物价管理部门依法[处]理', '进行必要的技术[处]理', '按照下列规定予以[处]罚',
    '《殡葬管理条例》[处]罚', '给予治安管理[处]罚', '可以并[处]二千元', '可以并[处]一万元',
    '县民政局可以[处]二百元', '可以并[处]违法所得', '给予行政[处]分',
])

# ====================================================================== ORG: 市人民政府
# art. 6 设立殡仪馆由市民政局报市人民政府批准; art. 22 具体实施办法由市人民政府制定: the municipal government.
d.ctx(ORG, '设立殡仪馆由市民政局报[市人民政府]批准')
d.ctx(ORG, '具体实施办法由[市人民政府]制定')
d.check_all('人民政府', 2, 2)
d.check_all('政府', 2, 2)

# ====================================================================== ORG: 居（村）民委员会
# art. 5 para. 2 机关、社会团体、企业、事业单位、居（村）民委员会和其他组织，应当…开展…宣传教育工作: the bare
# class name of the grassroots committees, a body holding a duty, with no 各/有关/所在 before it; one
# ORG, the parenthesis gives an alternative reading (v1.1 *Alternative readings inside one name*;
# regs_dd 机关、团体、企事业单位、街道办事处、居（村）民委员会 → ORG; regs-a, regs-ay). The other members
# (机关, 社会团体, 企业, 事业单位, 其他组织) are generic heads or companies: not ORG.
d.ctx(ORG, '事业单位、[居（村）民委员会]和其他组织')
# art. 14 其生前单位或者临终居住地的居（村）民委员会是丧事承办人: located by the deceased's last place of
# residence, like 所在地的 / 住所地 / 暂住地 (v1.1 属地…/所在…; seventh session: a place of holding or
# residence before a body locates it by context, not ORG; regs-a 所在地的居民委员会). README call 3.
d.check_all('委员会', 2, 1, ['临终居住地的居（村）民[委员会]是丧事承办人'])
d.check_all('委', 2, 1, ['临终居住地的居（村）民[委]员会是丧事承办人'])
# 会 ×4: 社会主义 (art. 1), 社会团体 (art. 5), the two committees.
d.check_all('会', 4, 1, ['促进社[会]主义精神文明', '\n\n机关、社[会]团体、企业',
                         '临终居住地的居（村）民委员[会]是丧事承办人'])

# ====================================================================== not ORG (read in context)
# 部门 ×17, all under the generic head 部门 (guidelines ORG "No"; v1.1: a definite body under a generic
# head is not ORG; regs_he, regs_hg): the fields before it share a generic head (regs_de, regs_eh).
d.check_all('部门', 17, 0, [
    '是本市殡葬活动的行政主管[部门]',                 # art. 4: defines 市民政局's role (generic head)
    '以及农业、交通等行政管理[部门]',                 # art. 4: 各级公安、工商、…交通等行政管理部门 (各级)
    '应当按照各自职责，配合民政[部门]',               # art. 4
    '新闻出版和广播电影电视等[部门]',                 # art. 5: fields
    '采取各种形式，配合民政[部门]',                   # art. 5
    '向其他行政管理[部门]办理相应的审批',             # art. 7
    '经同意后，向有关行政管理[部门]办理变更',         # art. 10
    '按照设立审批程序向有关行政管理[部门]办理审批',   # art. 11
    '应当经物价管理[部门]核准',                       # art. 13
    '由物价管理[部门]依法处理',                       # art. 13
    '向公安[部门]办理死亡证明手续',                   # art. 16
    '由公安、司法[部门]通知殡仪馆接运',               # art. 16
    '丧事承办人凭公安[部门]核发的死亡证明',           # art. 19
    '殡仪馆应当根据公安[部门]核发的死亡证明',         # art. 19
    '\n\n各有关[部门]和单位对采用',                   # art. 22: 各有关
    '由公安[部门]依法给予治安管理处罚',               # art. 28(五)
    '由其所在单位或者上级主管[部门]给予行政处分',     # art. 29: 上级 + generic
])
# 部 ×18 = 部门 ×17 + 殡葬服务部 (art. 6 …在其服务场所以外开设殡葬服务部): an outlet the funeral parlour,
# cemetery or columbarium opens outside its premises, a service point of an economic operator (v1.1
# *Not bodies*: facilities and service points; economic entities), not a body. README call 4.
d.check_all('服务部', 1, 0, ['以外开设殡葬[服务部]，由市殡葬管理处批准'])
assert t.count('部') == 18
# 单位 ×16: generic head 单位 (guidelines ORG "No"; regs_eh, regs-ag): 事业单位, 本单位, 殡葬服务单位 ×7
# (chapter 2 heading, arts. 6, 7, 12 ×3, 28(一)), 代理单位, 生前单位, 有关单位和个人, 以外的单位和个人, 各有关
# 部门和单位, 本条例规定的单位, 所在单位.
d.check_all('单位', 16, 0, [
    '企业、事业[单位]、居（村）民委员会', '应当在本[单位]或者本地区', '第二章  殡葬服务[单位]',
    '第六条 殡葬服务[单位]根据', '经批准设立的殡葬服务[单位]，应当', '骨灰堂及其代理[单位]变更名称',
    '第十二条 殡葬服务[单位]应当加强', '\n\n殡葬服务[单位]的从业人员', '\n\n殡葬服务[单位]及其从业人员',
    '其生前[单位]或者临终居住地', '有关[单位]和个人应当为搬运遗体', '殡仪馆以外的[单位]和个人',
    '各有关部门和[单位]对采用', '违反本条例规定的[单位]、个体工商户', '擅自设立殡葬服务[单位]的',
    '由其所在[单位]或者上级主管部门',
])
# 机关 (art. 5: 机关、社会团体…, the class of organs: v1.1 机关 is generic), 组织 (其他组织), 社会团体 (head
# 团体, a class; dec_cd, regs_dd).
d.check_all('机关', 1, 0, ['\n\n[机关]、社会团体、企业'])
d.check_all('组织', 1, 0, ['居（村）民委员会和其他[组织]'])
d.check_all('组', 1, 0, ['居（村）民委员会和其他[组]织'])
assert t.count('团') == 1 and t.count('社会团体') == 1
# 殡仪馆 ×21 (含火葬场), 公墓, 骨灰堂: the funeral parlour, cemeteries and columbaria are facilities that
# carry duties toward the bereaved (接运遗体, 火化, 出具火化证明, 出售墓穴), and a class named with no place;
# the guidelines put facilities among the "Not bodies" (学校, 乡镇卫生院, 卫生室), and 馆 is not a body
# head (report_fa: 恩施殡仪服务中心, a funeral facility, not labelled; report_hc 公益性公墓). README call 2.
assert t.count('殡仪馆') == 21 and t.count('馆') == 21 and t.count('火葬场') == 1
# 所 ×9: 其所属, 服务场所 ×3, 集体所有, 违法所得 ×3, 所在单位: no body. 办 ×21: 办丧事, 办理 ×…, 承办人,
# 实施办法: no body (no 办公室 or 办事处).
assert t.count('所') == 9 and t.count('场所') == 3 and t.count('违法所得') == 3
assert t.count('办') == 21 and '办公室' not in t and '办事处' not in t
# Places and people: 本市 (territory), 本辖区, 本地区, 香港特别行政区, 澳门特别行政区 (places); 革命烈士,
# 少数民族, 居民, 台湾同胞, 华侨, 外国人, 亲属, 丧事承办人, 从业人员, 购买者, 个体工商户, 工作人员 (people);
# 国家 (国家和本市地方性法规, 国家规定的技术标准): no body head word; 中华民族.
for w in ('厅', '中心', '站', '队', '小组', '党', '人大', '政协', '中央', '人民代表大会', '本级', '同级',
          '上一级', '当地', '所在地', '机构', '协会', '联合会', '学院', '党校'):
    assert w not in t, w
for w in ('部门', '单位', '机关', '组织', '馆', '公墓', '骨灰堂', '服务部'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w

# ====================================================================== PRINCIPLE
# art. 3 本市殡葬活动及其管理的原则是：实行火葬，节约殡葬用地，…，提倡文明节俭办丧事。: the content the text
# labels 原则 (guidelines PRINCIPLE; regs_ce 农村财务管理的原则是 A；B；C → one span; v1.1 an unquoted phrase
# called 原则). One span after 原则是：, without the closing 。; the value split at ，.
d.ctx(PR, '殡葬活动及其管理的原则是：[实行火葬，节约殡葬用地，保护环境，尊重中华民族美德，革除殡葬陋俗，'
          '提倡文明节俭办丧事]。')
# art. 6 殡葬服务单位根据本市殡葬工作的规划和合理、需要、便民的原则设立: unquoted content called 原则,
# introduced by 根据 (regs-a notes: 原则 introduced by 符合/采取/根据 counts like 按照; 根据自愿原则 → `自愿`);
# span without 的原则. 本市殡葬工作的规划 is the other ground (a plan), not part of the principle.
d.ctx(PR, '本市殡葬工作的规划和[合理、需要、便民]的原则设立')
assert t.count('原则') == 2
# Not PRINCIPLE: 按照 ×9 (规定, 各自的职责 / 各自职责, 有关规定 ×2, 设立审批程序, 国家和本市的有关规定,
# 下列规定, 国务院《殡葬管理条例》) and 根据 ×3 (国务院《…》, the art. 6 PRINCIPLE above, 公安部门核发的死亡证明)
# introduce rules; 深化殡葬改革, 移风易俗 (arts. 1, 5) are aims, neither called 原则 nor quoted; 提倡和鼓励…
# 安置方式 (art. 22) is a 方式.
assert t.count('按照') == 9 and t.count('根据') == 3
for w in ('坚持', '遵循', '本着', '方针', '要求', '思路', '“', '"', '原则上'):
    assert w not in t, w

# ====================================================================== DEADLINE
# Relative within-limits (v1.2 *Relative time limits*: 自收到之日起三日内 → `三日内`; regs_ge 24小时内,
# regs-s, regs-ag): span the limit alone, without 自…之时起 / 自…后 / 在.
d.ctx(DL, '自知道死者死亡之时起[二十四小时内]，向公安部门办理死亡证明手续', norm=WITHIN)   # art. 16
d.ctx(DL, '殡仪馆应当自接到通知后[十二小时内]接运遗体', norm=WITHIN)                    # art. 17
d.ctx(DL, '运至殡仪馆的遗体应当在[十五日内]火化', norm=WITHIN)                          # art. 20
# Not DEADLINE (README call 1): art. 20 丧事承办人自遗体运至殡仪馆之日起十五日内不办理火化手续，又不说明理由的，
# 殡仪馆应当书面通知丧事承办人限期办理: the same fifteen days from the same event, restated as the
# condition on which the parlour sends a written notice (regs_ae: a limit restated in a condition, 未在
# 七日内处理, not labelled; regs-p: 十五个工作日内不予答复的, a condition, not labelled; unlike regs-ag's
# 经督促单位在十日内仍不办理的, labelled as the only statement of that limit).
COND = '丧事承办人自遗体运至殡仪馆之日起十五日内不办理火化手续'
assert t.count(COND) == 1 and t.count('日内') == 2 and t.count('十五日内') == 2
assert t.count('小时内') == 2 and t.count('时内') == 2 and t.count('小时') == 2
# Also not DEADLINE: 可以延期火化 (art. 20: an extension, v1.2), 限期办理 (art. 20: vague), 立即火化 (art.
# 20: vague), 殡葬服务证每年验审一次 (art. 9: a bare frequency, guidelines "No": 每年), 出售…时 (art. 24: an
# event), 生前单位 (art. 14: 前 of a life, not time), 遗体火化后 / 建成后 / 经同意后 (events, no number),
# 本条例自1998年1月1日起施行 (art. 31: v1.1 *Effective dates*). 内 ×7 also holds 行政区域内, 本辖区内, 墓穴内
# (space).
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == ['1998年1月1日']
assert t.count('年') == 3 and t.count('每年') == 1 and t.count('老年人') == 1 and t.count('月') == 1
assert t.count('日') == 5 and t.count('日常') == 1 and t.count('之日起') == 1
assert t.count('前') == 1 and t.count('生前') == 1 and t.count('后') == 4
assert t.count('期') == 2 and t.count('延期') == 1 and t.count('限期') == 1 and t.count('立即') == 1
assert t.count('时') == 4 and t.count('每') == 1
assert t.count('内') == 7 and t.count('区域内') == 1 and t.count('辖区内') == 1 and t.count('墓穴内') == 1
for w in ('底', '期间', '之前', '以前', '年内', '月内', '工作日', '提前', '季度', '旬', '届满', '时限', '期限',
          '长期', '及时'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO
# None. Every number followed by a measure word, read: 二十四小时, 十二小时, 十五日 ×2 (the limits above),
# 一次 (art. 9, a frequency), the fines 二千元…一万元, 一万元…五万元, 二百元…二千元 (money), 一倍…三倍
# (multiples), 1998年1月1日 (effective date). The article numbers and item markers (（一）–（五）) are
# ordinals. No person or post is counted (从业人员, 工作人员 carry no number; no 编制, 职数); the lists of
# art. 28 (下列规定) and the kinds of facility give no count in the text. 收费项目 ×2 and 专项 are not
# counts (no number).
NUM = '0-9一二三四五六七八九十百千万两零'
found = re.findall(rf'(?<![第{NUM}（])[{NUM}]+[名人项个类件条所家次倍元年月日时小处部支]', t)
assert found == ['一次', '二十四小', '十二小', '十五日', '十五日', '二千元', '一万元', '一万元', '五万元', '二百元', '二千元', '一倍', '三倍',
                 '1998年', '1月', '1日'], found
assert t.count('二十四小时') == 1 and t.count('十二小时') == 1 and t.count('十五日') == 2
assert [t.count(f'（{n}）') for n in '一二三四五六'] == [1, 1, 1, 1, 1, 0]
assert t.count('项') == 3 and t.count('项目') == 2 and t.count('专项') == 1 and '类' not in t
assert t.count('名') == 3 and t.count('个') == 4 and t.count('个人') == 3 and t.count('个体') == 1
for w in ('号', '〔', '【', '[', '令第', '职数', '编制'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
counts = d.counts()
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 3, 'DOC_NO': 0, 'DOC_TITLE': 2, 'ITEM_COUNT': 0, 'ORG': 24, 'PRINCIPLE': 2,
    'STAFFING': 0}, counts
org_texts = {}
for e in d.ents:
    if e['label'] == ORG:
        org_texts[e['text']] = org_texts.get(e['text'], 0) + 1
assert org_texts == ({
    '国务院': 2, '上海市民政局': 1, '市民政局': 4, '县民政局': 4, '上海市殡葬管理处': 1,
    '市殡葬管理处': 9, '市人民政府': 2, '居（村）民委员会': 1}), org_texts
assert [e['normalized'] for e in d.ents if e['label'] == PR] == [
    ['实行火葬', '节约殡葬用地', '保护环境', '尊重中华民族美德', '革除殡葬陋俗', '提倡文明节俭办丧事'],
    ['合理', '需要', '便民']]
assert [e['text'] for e in d.ents if e['label'] == DL] == ['二十四小时内', '十二小时内', '十五日内']
write_gold(OUT, [d])
