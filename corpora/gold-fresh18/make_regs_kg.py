"""Build regs_kg.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 宁波市广播电视管理条例 (Ningbo regulation on radio and television; adopted 2017-12-26 by the
standing committee of the 15th Ningbo municipal people's congress, 8th session; approved 2018-03-31
by the standing committee of the 13th Zhejiang provincial people's congress, 2nd session; file name
date 2018-04-28, not in the text). The stored text has a title line, two header lines and arts. 1–21
(ch. 1 总则, ch. 2 设施建设和管理, ch. 3 节目管理); it stops after art. 21, with no legal-liability
chapter and no effective-date article (the source file is cut there).
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedents: gold-fresh12 regs_eg (宁波市非机动车管理条例: the same 通过 + 批准 header, the file
name's date as meta.date, 市和区县（市）人民政府 → `区县（市）人民政府`); gold-fresh9 regs-az (Ningbo bus
regulation: 市和县（市）人民政府 → `县（市）人民政府`); gold-fresh16 regs_ih (嘉兴, Zhejiang: bare 镇人民政府
ORG, bodies under 部门 not ORG) and regs_if (国务院《…条例》 → ORG 国务院 + DOC_TITLE); gold-fresh15 regs_hg
(…有关部门和`乡镇人民政府`); gold-fresh12 regs_ee (提前二十四小时 → precision day, by) and gold-fresh5
regs_y (在试压`七日前`通知用户); gold-check NOTES / gold-unseen regulations-b (广播电台、电视台,
自治县广播电视台: media outlets, not ORG).
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh18/regs_kg.jsonl'
SRC = 'corpus/regulations/zhejiang/宁波市广播电视管理条例(2018-04-28).txt'

d = Doc("fresh18-regs-ningbo-broadcasting", SRC,
        # date: the file name's date, 2018-04-28 (presumably the promulgation; the text gives only
        # 2017-12-26 adopted and 2018-03-31 approved). regs_eg and regs-az (both Ningbo), regs_ih (嘉兴)
        # took the file's date where it is later than the header. No label depends on the year (the
        # three DEADLINEs are relative limits with date null).
        # region: province + city, as for every Zhejiang city regulation (regs_eg, regs-az, regs-l:
        # 浙江省宁波市; regs_ih 浙江省嘉兴市).
        {"region": "浙江省宁波市", "date": "2018-04-28"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 3056 and d.text.count('\n') == 98, (
    len(d.text), d.text.count('\n'))
t = d.text
ORG, DT, DL = 'ORG', 'DOC_TITLE', 'DEADLINE'
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
BEFORE = {"date": None, "precision": "day", "relation": "by", "recurring": False}

# ====================================================================== header
# Title line 宁波市广播电视管理条例: no 《》 and no body head word (v1.1 *Title lines*): nothing.
assert t.startswith('宁波市广播电视管理条例\n\n2017年12月26日 ')
# The standing committee before each session is ORG, region and term number inside, session outside
# (regs-a / regs-b *Adoption lines*; regs_eg and regs-az: the same Ningbo 通过 + 批准 header).
d.ctx(ORG, '2017年12月26日 [宁波市第十五届人民代表大会常务委员会]第八次会议通过')
d.ctx(ORG, '2018年3月31日 [浙江省第十三届人民代表大会常务委员会]第二次会议批准')
d.check_all('人民代表大会', 2, 2)
d.check_all('委员会', 2, 2)
# 会 ×12: 人民代表大会 ×2 and 委员会 ×2 (inside the labels); the sessions (会议 ×2) and 社会 ×6.
d.check_all('会', 12, 4, ['常务委员会第八次[会]议通过', '常务委员会第二次[会]议批准', '为社[会]主义服务的方向',
                          '弘扬社[会]主义核心价值观', '当地经济社[会]发展水平', '危害社[会]公德的内容',
                          '履行社[会]公益服务义务', '承担社[会]宣传教育职责'])
# The header dates (adopted, approved) are past events: not DEADLINE (guidelines DEADLINE "No").
# The stored text has no effective-date article.
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == ['2017年12月26日', '2018年3月31日']
assert t.count('年') == 2 and t.count('月') == 2 and t.count('施行') == 0
assert t.rstrip().endswith('建立健全节目审查、安全播放、播放备份保存制度。')

# ====================================================================== ORG: 国务院 and DOC_TITLE
# art. 1 根据国务院《广播电视管理条例》、《浙江省广播电视管理条例》 and art. 9 依照国务院《广播电视设施保护条例》:
# the State Council before its regulation is ORG, each title in 《》 DOC_TITLE (regs_if 根据国务院《殡葬管理
# 条例》; regs-ag, regs-j, regs-l, regs-s, regs-t: the same shape).
d.ctx(ORG, '根据[国务院]《广播电视管理条例》、《浙江省')                             # art. 1
d.ctx(DT, '根据国务院《[广播电视管理条例]》、《浙江省')
d.ctx(DT, '管理条例》、《[浙江省广播电视管理条例]》和有关法律')
d.ctx(ORG, '依照[国务院]《广播电视设施保护条例》有关规定执行')                     # art. 9
d.ctx(DT, '依照国务院《[广播电视设施保护条例]》有关规定执行')
d.check_all('国务院', 2, 2)
d.check_all('院', 2, 2)
assert t.count('《') == 3 and t.count('》') == 3 and '〈' not in t
# Not DOC_TITLE (no 《》): the title line, 本条例 ×2, 有关法律、法规, 本级城乡规划 (art. 6), 广播电视相关技术
# 标准, 国家、省公共文化服务相关标准, the 制度 and 预案 of arts. 14, 18, 20, 21 (guidelines DOC_TITLE:
# "Without book-title marks, no DOC_TITLE is labelled").

# ====================================================================== ORG: governments
# 市和区县（市）人民政府 ×3 (arts. 4, 13, 14): shared ending, the bare 市 is not a name; 区县（市） gives
# alternative levels, so one ORG (v1.1 *Shared endings*; regs_eg 市和[区县（市）人民政府], the same Ningbo
# formula). In art. 14 the government is followed by 及相关主管部门和单位: the government alone is the
# complete name (相关 quantifies the 部门 and 单位 after 及).
d.ctx(ORG, '第四条 市和[区县（市）人民政府]应当加强对广播电视事业的领导')
d.ctx(ORG, '第十三条 市和[区县（市）人民政府]应当建设统一联动')
d.ctx(ORG, '第十四条 市和[区县（市）人民政府]及相关主管部门和单位')
# art. 6 市和县（市）人民政府 (without 区 here): the same shared ending (regs-az 市和县（市）人民政府 →
# `县（市）人民政府`).
d.ctx(ORG, '第六条 市和[县（市）人民政府]应当把广播电视播出传输覆盖设施建设')
assert t.count('区县（市）人民政府') == 3 and t.count('县（市）人民政府') == 4 and t.count('市和') == 6
# art. 5 para. 3 …无线电管理等有关部门和镇（乡）人民政府按照各自职责，协同做好广播电视管理工作: the bare class
# name of the township government, holding a duty, coordinated with 有关部门; 有关 quantifies 部门 only
# (regs_hg 及其有关部门和[乡镇人民政府]; regs-b notes: bare 镇人民政府, 乡（镇）人民政府 are ORG; regs_ce,
# regs_ih). The parenthesis gives an alternative level (镇 or 乡), not a second name (v1.1). README call 4.
d.ctx(ORG, '无线电管理等有关部门和[镇（乡）人民政府]按照各自职责')
# art. 19 para. 2 应当按照当地人民政府以及广播电视等主管部门的要求: 当地 locates the government by context,
# like 所在地的 (regs-a notes: 当地人民政府 not ORG; v1.1 属地…/所在… work like 有关/上级).
d.check_all('人民政府', 6, 5, ['应当按照当地[人民政府]以及广播电视等主管部门的要求'])
d.check_all('政府', 6, 5, ['应当按照当地人民[政府]以及广播电视等主管部门的要求'])
assert t.count('当地') == 2 and t.count('当地经济社会发展水平') == 1

# ====================================================================== not ORG (read in context)
# 部门 ×12, all under the generic head 部门 (guidelines ORG "No"; v1.1: a body defined in the text under a
# generic head is not ORG; regs_ih 市环境卫生主管部门, regs_eg, regs_jh). art. 5 names the competent body
# 市文化广电新闻出版行政管理部门 and calls it 本市广播电视主管部门: both under 部门 (README call 2). The field
# lists (art. 5 城乡规划、…、无线电管理等有关部门; art. 8 广播电视、经济和信息化、…等主管部门 ×2) share the
# generic head (regs_eg, regs_cb, regs_de).
d.check_all('部门', 12, 0, [
    '新闻出版行政管理[部门]是本市', '是本市广播电视主管[部门]，负责全市', '区县（市）广播电视主管[部门]负责本行政区域内',
    '无线电管理等有关[部门]和镇（乡）人民政府', '住房和城乡建设等主管[部门]应当共同推动', '通信管理主管[部门]应当按照各自职责分工',
    '区县（市）广播电视主管[部门]查询施工范围内', '广播电视主管[部门]应当在建设单位提出', '通信等，有关[部门]或者单位应当予以保障',
    '人民政府及相关主管[部门]和单位应当完善', '广播电视等主管[部门]的要求，及时调整', '广播电视等主管[部门]应当及时告知'])
assert t.count('主管部门') == 9 and t.count('有关部门') == 2 and t.count('部') == 13 and t.count('组成部分') == 1
# 单位 ×31, all under the generic head 单位: 广播电视设施管理单位 ×6, 建设单位 ×4, 任何单位 ×2, 有关部门或者单位,
# 相关主管部门和单位, 运营单位 ×14 (广播电视网络运营单位 ×8, 公共视听载体运营单位 ×5, bare 运营单位 ×1),
# 信息网络传播视听节目服务单位 ×3.
assert t.count('单位') == 31 and t.count('设施管理单位') == 6 and t.count('建设单位') == 4
assert t.count('任何单位') == 2 and t.count('运营单位') == 14 and t.count('服务单位') == 3
assert t.count('广播电视网络运营单位') == 8 and t.count('公共视听载体运营单位') == 5
# Media outlets are not ORG (guidelines ORG "No": media outlets; gold-check NOTES 广播电台、电视台;
# gold-unseen regulations-b 自治县广播电视台; gold-fresh5 regs-x): 广播电视台（站） ×12 (arts. 10, 12, 14–20),
# 广播电台、电视台 ×3 (arts. 16, 17, 18). README call 1.
assert t.count('广播电视台（站）') == 12 and t.count('广播电台、电视台') == 3
assert t.count('台') == 18 and t.count('电视台') == 15 and t.count('电台') == 3
# 站 ×14: the twelve 广播电视台（站）, 卫星地面站 (art. 10 (一), a facility in a list of antennas and feeders)
# and 镇（乡）广播电视站 (art. 4 推进应急广播体系和镇（乡）广播电视站建设: building township broadcasting
# stations, facilities and media like the 台（站）; report_gb 综合文化站 facilities). README call 3.
assert t.count('站') == 14 and t.count('卫星地面站') == 1 and t.count('镇（乡）广播电视站建设') == 1
# Companies: 广播电视企业和电信企业 (art. 8), 供电、供水、通信等企业 (art. 11) (v1.1 *Not bodies*).
assert t.count('企业') == 3
# 中央 (art. 17 中央和本省、市以及所在地县级广播电台、电视台: the media of the centre; 中央 has no body head word,
# v1.1), 国家 ×8 (国家安全 a field, 国家、省…标准, 国家有关规定 …: the state, no body), 省 ×4 (header, title,
# 国家、省…标准, 本省), 本级 ×2 (本级城乡规划, 本级应急信息发布流程: no body after it).
assert t.count('中央') == 1 and t.count('国家') == 8 and t.count('省') == 4 and t.count('本级') == 2
# Other body-like head words occur only inside other words: 局 (布局), 所 ×3 (所需, 所在地 ×2), 办 (办公),
# 委 ×2 (委员会), 组 ×2 (组成部分, 组织 = the verb 定期组织开展), 联 (联动).
assert t.count('局') == 1 and t.count('布局') == 1
assert t.count('所') == 3 and t.count('所在') == 2 and t.count('所需') == 1
assert t.count('办') == 1 and t.count('办公') == 1 and t.count('委') == 2
assert t.count('组') == 2 and t.count('组织') == 1 and t.count('定期组织开展') == 1
assert t.count('联') == 1 and t.count('联动') == 1
for w in ('厅', '中心', '队', '院校', '小组', '办公室', '办事处', '党', '人大', '政协', '机关', '机构', '团', '协会',
          '以下简称', '上一级', '同级', '各级', '委员会（', '管委会'):
    assert w not in t, w
for w in ('部门', '单位', '台', '站', '企业', '中央', '国家'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w

# ====================================================================== PRINCIPLE
# None: 原则 does not occur and there are no quotation marks. art. 3 坚持为人民服务、为社会主义服务的方向，坚持
# 正确的舆论导向: a 方向 / 导向, neither 原则/要求/方针/思路 nor quoted (guidelines PRINCIPLE "No"; regs_ee and
# regs_gf 坚持城乡供水一体化方向). README call 5. art. 13 统一联动、安全可靠、快速高效、平战结合的应急广播体系:
# qualities of a system, not called 原则. 按照 ×8 introduce duties, standards and rules (各自职责 ×2, 技术标准,
# 国家有关应急广播体系建设的要求 — unquoted, no formula —, 规定, 国家规定, 国家有关规定, 当地人民政府…的要求);
# 根据 ×3 introduce laws and standards; 要求 ×4 (those two, 保护要求, 具体要求).
assert t.count('坚持') == 2 and t.count('方向') == 1 and t.count('导向') == 1
assert t.count('按照') == 8 and t.count('根据') == 3 and t.count('要求') == 4
for w in ('原则', '方针', '思路', '遵循', '本着', '“', '"', '「'):
    assert w not in t, w

# ====================================================================== DEADLINE
# art. 9 para. 2 广播电视主管部门应当在建设单位提出查询申请之日起五个工作日内提供: a relative within-limit (v1.2
# *Relative time limits*: 自收到之日起三日内 → `三日内`); span the limit alone, without 在…之日起.
d.ctx(DL, '提出查询申请之日起[五个工作日内]提供', norm=WITHIN)
# art. 9 para. 3 建设单位应当在开工十日前告知广播电视设施管理单位: a limit before an anchor event (v1.2: 在开会之日
# 的七日前 → `七日前`, relation by, precision day, date null; regs_y 在试压[七日前]通知用户).
d.ctx(DL, '应当在开工[十日前]告知广播电视设施管理单位', norm=BEFORE)
# art. 11 应当在中断服务七十二小时前通知广播电视设施管理单位: the same shape in hours (v1.2 BEFORE; regs_ee
# [提前二十四小时]通知用水户, precision day).
d.ctx(DL, '应当在中断服务[七十二小时前]通知广播电视设施管理单位', norm=BEFORE)
# Not DEADLINE:
#   art. 9 para. 2 建设工程施工前，建设单位应当…查询: a limit tied to an event with no number (project decision
#     beyond v1.2: 在变更之前, 上岗之前; regs_eh 在施工前; regs_ih 在开工前);
#   及时 ×3 (vague: guidelines DEADLINE "No"); 定期 ×2 (定期开展…测试, 定期组织开展应急演练: a bare frequency
#     with no due point); 期限 (art. 19, a field of the notice, no time given); 延时手段, 广告时长 ×2 (not limits);
#   the header dates (past events);
#   内 ×7 also holds 行政区域内 ×2, 施工范围内, 一百五十米范围内 (space) and 内容 ×2.
assert t.count('前') == 3 and t.count('施工前') == 1 and t.count('后') == 0
assert t.count('内') == 7 and t.count('区域内') == 2 and t.count('范围内') == 2 and t.count('内容') == 2
assert t.count('日内') == 1 and t.count('日') == 5 and t.count('之日起') == 1
assert t.count('时') == 7 and t.count('及时') == 3 and t.count('小时') == 1 and t.count('时长') == 2
assert t.count('期') == 3 and t.count('定期') == 2 and t.count('期限') == 1
for w in ('每', '底', '期间', '月内', '年内', '以前', '之前', '提前', '限期', '季度', '旬', '届满', '时限', '长期'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO
# None. Every number followed by a measure word, read: the header dates; 第十五届 / 第十三届, 第八次 / 第二次
# (ordinals); the article numbers; 五个 (工作日, the DEADLINE above), 十日 and 七十二小(时) (DEADLINEs above);
# 一百五十米 (art. 10 (二), a distance); 第一套节目 (art. 17, an ordinal). No person is counted: 指派专业人员
# (art. 9) and 工作人员 (art. 21) carry no number; 人 ×15 is otherwise 人民 …, 人口, 个人. The lists of art. 10
# (five items) are not counted in the text. 种类 and 公共服务类 carry no number. No 编制 or 职数.
NUM = '0-9一二三四五六七八九十百千万两零'
found = re.findall(rf'(?<![第{NUM}（])[{NUM}]+[名人项个类件条所家份张套次级支倍元年月日届时米小]', t)
assert found == ['2017年', '12月', '26日', '2018年', '3月', '31日', '五个', '十日', '一百五十米', '七十二小'], found
assert t.count('名') == 0 and t.count('项') == 0 and t.count('个') == 3 and t.count('个人') == 2
assert t.count('类') == 2 and t.count('种类') == 1 and t.count('服务类') == 1 and t.count('人') == 15
assert t.count('第一套') == 1
assert [t.count(f'（{n}）') for n in '一二三四五六'] == [1, 1, 1, 1, 1, 0]
for w in ('编制', '职数', '以上', '以下', '以内', '不少于', '不超过'):
    assert w not in t, w
# DOC_NO: 号 ×2 only in 信号; no bracketed year.
assert t.count('号') == 2 and t.count('信号') == 2
for w in ('〔', '【', '[', '令第'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
counts = Counter(e['label'] for e in d.ents)
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 3, 'DOC_NO': 0, 'DOC_TITLE': 3, 'ITEM_COUNT': 0, 'ORG': 9, 'PRINCIPLE': 0,
    'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '宁波市第十五届人民代表大会常务委员会': 1, '浙江省第十三届人民代表大会常务委员会': 1, '国务院': 2,
    '区县（市）人民政府': 3, '县（市）人民政府': 1, '镇（乡）人民政府': 1})
assert [e['text'] for e in d.ents if e['label'] == DT] == [
    '广播电视管理条例', '浙江省广播电视管理条例', '广播电视设施保护条例']
assert [e['text'] for e in d.ents if e['label'] == DL] == ['五个工作日内', '十日前', '七十二小时前']
write_gold(OUT, [d])
