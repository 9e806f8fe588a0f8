"""Build regs_lh.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 上海市促进浦东新区运用区块链赋能电子单证应用若干规定 (Shanghai provisions on promoting the use of
blockchain to empower electronic trade documents in the Pudong New Area; a 浦东新区法规 adopted
2024-12-31 by the standing committee of the 16th Shanghai municipal people's congress, 18th session;
file name date 2024-12-31, the same day; in force 2025-01-01, art. 18). 18 articles, no chapters,
1,626 characters. The title is printed twice: line 1, and again after the header (line 6) with a
stray space inside (区块链赋能 电子单证).
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedents: regs-b's 上海市浦东新区城市管理领域非现场执法规定 (corpora/gold, regulations-b: the
other Pudong New Area regulation of the Shanghai standing committee, same header and the same
根据法律、行政法规的基本原则 opening; `上海市第十五届人民代表大会常务委员会` and `浦东新区人民政府` ORG,
浦东新区城管执法部门 not ORG, region 上海市浦东新区, date the adoption = file date); gold-fresh10
dec_cd (a Shanghai standing committee decision: 浦东新区 a territory, header layout, the file's date);
gold-fresh16 regs_if (Shanghai, check_all bookkeeping); gold-fresh18 regs_ke (南沙区应当… a district as
a territory, not ORG; a regulation with very few labels).
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh19/regs_lh.jsonl'
SRC = 'corpus/regulations/shanghai/上海市促进浦东新区运用区块链赋能电子单证应用若干规定(2024-12-31).txt'

d = Doc("fresh19-regs-shanghai-pudong-blockchain-documents", SRC,
        # date: the file name's date, 2024-12-31, which is also the adoption date in the header
        # (dec_cd: "the file name's date, which is also the adoption date"; regs-b's Pudong regulation
        # 2021-10-28, the same). The effective date 2025-01-01 (art. 18) is not the document's date.
        # No label's value depends on it: there is no DEADLINE.
        # region: 上海市浦东新区, as regs-b labelled the other Pudong New Area regulation of the
        # Shanghai standing committee (上海市浦东新区城市管理领域非现场执法规定 → "上海市浦东新区"): art. 2 makes
        # the provisions apply within 浦东新区行政区域内 (art. 17 extends them by reference to the
        # Lingang new area outside it). README call 6: dec_cd, a city-wide decision, has 上海市.
        {"region": "上海市浦东新区", "date": "2024-12-31"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 1626 and d.text.count('\n') == 62
t = d.text
ORG = 'ORG'

# ====================================================================== title lines and header
# Title line 上海市促进浦东新区运用区块链赋能电子单证应用若干规定 (line 1) and its repeat (line 6, with a
# stray space): no 《》 (v1.1 *Title lines*: not DOC_TITLE) and no body head word (浦东新区 is a
# place): nothing. regs-b's Pudong regulation left its title line unlabelled the same way.
TITLE = '上海市促进浦东新区运用区块链赋能电子单证应用若干规定'
assert t.startswith(TITLE + '\n\n2024年12月31日 ')
assert t.count(TITLE) == 1 and t.count('上海市促进浦东新区运用区块链赋能 电子单证应用若干规定') == 1
# The standing committee before its session is ORG, the term number inside, the session outside
# (regs-a / regs-b notes *Adoption lines*; regs-b Pudong `上海市第十五届人民代表大会常务委员会`; dec_cd).
d.ctx(ORG, '2024年12月31日 [上海市第十六届人民代表大会常务委员会]第十八次会议通过')
# The header date (adoption, a past event) and art. 18 本规定自2025年1月1日起施行 (effective date) are
# not DEADLINE (guidelines DEADLINE "No"; v1.1 *Effective dates*).
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == ['2024年12月31日', '2025年1月1日']
assert t.count('日起施行') == 1
d.check_all('人民代表大会', 1, 1)
d.check_all('常务委员会', 1, 1)
d.check_all('委员会', 1, 1)
d.check_all('委', 1, 1)
# 会 ×3: 大会 and 委员会 inside the header ORG, and 会议 (the session, not a body: guidelines ORG "No").
d.check_all('会', 3, 2, ['第十八次[会]议通过'])

# ====================================================================== ORG: governments
# art. 3 para. 1 市人民政府应当健全…工作协调机制: the city government (regs_if, regs_ke `市人民政府`).
d.ctx(ORG, '第三条 [市人民政府]应当健全区块链赋能电子单证应用工作协调机制')
# art. 3 para. 2 浦东新区人民政府应当落实国家和本市有关政策: the district government, region prefix inside
# (guidelines: a region prefix belongs to the name; regs-b Pudong `浦东新区人民政府` ×2).
d.ctx(ORG, '\n\n[浦东新区人民政府]应当落实国家和本市有关政策')
d.check_all('人民政府', 2, 2)
d.check_all('政府', 2, 2)
# The coordination mechanism of art. 3 (工作协调机制) is a 机制, not a body.

# ====================================================================== not ORG: 部门 (generic head)
# 部门 ×7, all under the generic head 部门 (guidelines ORG "No"; v1.1: a definite body under a generic
# head is not ORG; regs-b Pudong 浦东新区城管执法部门 and 浦东新区发展改革、…等部门 not ORG; regs_if 民政部门,
# regs_ke 政务服务数据管理部门). README call 2.
d.check_all('部门', 7, 0, [
    '深化与国家有关[部门]的协作',                     # art. 3: 国家有关 (有关, and 国家 has no body head)
    '第四条 市数据[部门]负责指导',                    # art. 4: the city's data department
    '浦东新区数据[部门]负责具体推进',                 # art. 4: the district's data department
    '市和浦东新区网信[部门]负责',                     # art. 4: cyberspace affairs, city and district
    '地方金融、公安等[部门]按照各自职责',             # art. 4: 市和浦东新区交通、商务、地方金融、公安等部门
    '本市推动相关[部门]依托',                         # art. 10: 相关
    '司法机关、相关[部门]和公证',                     # art. 12: 相关
])

# ====================================================================== not ORG: 人民法院 and other heads
# art. 12 本市支持数据存证平台为人民法院等司法机关、相关部门和公证、仲裁、调解、金融等机构提供服务: bare
# 人民法院 with no level or place is generic (v1.2 *Definite short forms*: bare 人民代表大会, 人民政府,
# 人民法院 … are generic); 司法机关 is 机关 (v1.1: generic head); 公证、仲裁、调解、金融等机构 is 机构
# (generic head, a class after 等). README call 3.
d.check_all('人民法院', 1, 0, ['数据存证平台为[人民法院]等司法机关'])
d.check_all('院', 1, 0, ['数据存证平台为人民法[院]等司法机关'])
d.check_all('机关', 1, 0, ['人民法院等司法[机关]、相关部门'])
# 机构 ×2: 科研机构 (art. 14, research institutes: generic head; reports notes: research institutes not
# ORG) and 公证、仲裁、调解、金融等机构 (art. 12).
d.check_all('机构', 2, 0, ['浦东新区企业、科研[机构]、高等学校', '调解、金融等[机构]提供服务'])
# 组织 ×3: 非法人组织 (art. 5, a legal category of persons), 标准化技术组织 (art. 14), 其他企业、组织 (art. 14):
# head 组织 (guidelines ORG "No"; v1.1 *组织 and 机关 heads*).
d.check_all('组织', 3, 0, ['法人和非法人[组织]在电子单证', '标准化技术[组织]等，可以相互联合',
                           '与其他企业、[组织]联合'])
d.check_all('组', 3, 0, ['法人和非法人[组]织在电子单证', '标准化技术[组]织等，可以相互联合',
                         '与其他企业、[组]织联合'])
# 中心 ×1: 加快上海“五个中心”建设 (art. 1): the city's five "centres" (international economic, financial,
# trade, shipping, and sci-tech innovation centre), a development goal, not a body; nor an
# ITEM_COUNT (reports notes: counts inside fixed names, “四项机制”, are not ITEM_COUNT; a count of
# domains is not either, v1.1). README call 4.
d.check_all('中心', 1, 0, ['加快上海“五个[中心]”建设'])

# ====================================================================== not ORG: 浦东新区 as a place
# 浦东新区 ×13: one inside `浦东新区人民政府`; the others name the district as a territory (guidelines ORG
# "No": places; dec_cd: 浦东新区 "a district as a territory, no body head word"), or modify a generic
# 部门 / companies. Arts. 15 (本市支持浦东新区探索建立…机制) and 16 (浦东新区应当采用优化管理服务等方式)
# give the district an action or a duty, but the name has no body head word (regs_ke 南沙区应当采取下列
# 措施 not ORG, README call 5 there). README call 1.
d.check_all('浦东新区', 13, 1, [
    '上海市促进[浦东新区]运用区块链赋能电子单证应用若干规定\n\n2024',   # title line 1
    '上海市促进[浦东新区]运用区块链赋能 电子单证',                      # title line 6
    '推动[浦东新区]营造区块链创新应用生态',                            # art. 1
    '结合[浦东新区]实际',                                              # art. 1
    '本规定适用于[浦东新区]行政区域内',                                # art. 2
    '[浦东新区]数据部门负责具体推进',                                  # art. 4 (generic 部门)
    '市和[浦东新区]网信部门',                                          # art. 4 (generic 部门)
    '市和[浦东新区]交通、商务',                                        # art. 4 (generic 部门)
    '第十四条 [浦东新区]企业',                                         # art. 14 (companies)
    '本市支持[浦东新区]探索建立',                                      # art. 15
    '第十六条 [浦东新区]应当采用',                                     # art. 16
    '临港新片区（[浦东新区]范围以外）',                                # art. 17
])
# art. 17 中国（上海）自由贸易试验区临港新片区: a pilot free trade zone's new area, a place with no body
# head word (reports notes: development zones, 经开区 / 高新区, are not ORG). README call 5.
assert t.count('中国（上海）自由贸易试验区临港新片区') == 1 and t.count('新片区') == 1
# 本市 ×9 (arts. 3, 5, 6, 10, 11, 12 ×2, 13, 15), 市和浦东新区 (art. 4 ×2), 国家 ×5 (国家有关部门, 国家和本市
# 有关政策, 国家标准, 国家网络安全等级保护制度, 国家区块链信息服务管理有关规定): territories and the state,
# no body head word (v1.1 *Not bodies*: 中央).
assert t.count('本市') == 9 and t.count('市和浦东新区') == 2 and t.count('国家') == 5
# Not bodies: 区块链基础设施 (infrastructure), 数据存证平台 ×3 (a platform), 数字人民币系统 (a system),
# 企业 ×3, 经营主体 ×2 (economic entities), 高等学校 (a facility, v1.1), 自然人、法人 (persons), 控制人
# (a person), the coordination mechanism (工作协调机制) and 数据跨境流动机制.
assert t.count('数据存证平台') == 3 and t.count('平台') == 3 and t.count('系统') == 1
assert t.count('高等学校') == 1 and t.count('学校') == 1 and t.count('企业') == 3
# Other head-like characters, read: 所 (本规定所称), 科 (科研机构), 联 ×3 (联合 ×3: to join; 企业联合标准).
assert t.count('所') == 1 and t.count('所称') == 1 and t.count('科') == 1 and t.count('联') == 3
assert t.count('联合') == 3
for w in ('局', '厅', '办', '站', '队', '处', '室', '馆', '团', '党', '人大', '政协', '国务院', '中央',
          '单位', '小组', '协会', '联合会', '当地', '所在', '属地', '各级', '上级', '上一级', '本级', '同级',
          '县级', '街道', '乡镇', '学院', '党校'):
    assert w not in t, w
# 以下简称 ×1 (art. 2): 以下简称区块链赋能电子单证应用, an activity, not a body.
assert t.count('以下简称') == 1 and t.count('（以下简称区块链赋能电子单证应用）') == 1
for w in ('部门', '机关', '机构', '组织', '法院', '中心', '平台', '新片区'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w

# ====================================================================== PRINCIPLE: none
# art. 1 根据有关法律、行政法规的基本原则: no content (regs-b notes: 根据法律、行政法规的基本原则 is not
# PRINCIPLE; regs-b's Pudong regulation has the same opening and labels only its 必要合理 原则).
# art. 6 按照国家网络安全等级保护制度的要求进行设计…: neither quoted nor called 原则 (guidelines PRINCIPLE
# "No"; shandong-part2: 按照…的要求 not quoted → not labelled). art. 7 符合以下要求：（一）…（四）: technical
# requirements of a listed kind, neither quoted nor called 原则. 按照各自职责 (art. 4), 按照国家区块链信息
# 服务管理有关规定 (art. 6) introduce duties and rules. The only quoted phrase is “五个中心” (art. 1: a
# goal, not adopted through 按照/坚持/… 原则/要求/方针/思路). README call 7.
assert t.count('原则') == 1 and t.count('根据有关法律、行政法规的基本原则') == 1
assert t.count('按照') == 3 and t.count('根据') == 1 and t.count('要求') == 2
assert t.count('“') == 1 and t.count('”') == 1
for w in ('坚持', '遵循', '本着', '方针', '思路', '原则上', '"'):
    assert w not in t, w

# ====================================================================== DEADLINE: none
# Every time word read:
#   the header date (adoption) and the effective date (above);
#   art. 7 确保电子单证自生成之时至不再具有任何效力或者有效期届满为止符合以下要求: the span of a document's
#     validity during which it must meet the requirements; a validity period, not a time by which a
#     measure is done (v1.2 *Relative time limits*: "Not DEADLINE: … freshness or validity
#     requirements"; v1.1 validity periods, 资格五年内有效). README call 8;
#   art. 9 转换前后 (before and after a conversion: no time limit), art. 16 前提 (a premise);
#   内 ×3: 行政区域内 ×2 (space), 内容.
assert t.count('年') == 2 and t.count('月') == 2 and t.count('日') == 2
assert t.count('期') == 1 and t.count('有效期届满为止') == 1 and t.count('时') == 1 and t.count('之时') == 1
assert t.count('前') == 2 and t.count('转换前后') == 1 and t.count('前提') == 1 and t.count('后') == 1
assert t.count('内') == 3 and t.count('行政区域内') == 2 and t.count('内容') == 1
assert t.count('底') == 1 and t.count('底层技术') == 1 and t.count('起') == 1
for w in ('每', '期间', '日内', '月内', '年内', '小时', '工作日', '提前', '限期', '季度', '旬', '时限',
          '期限', '长期', '及时', '以前', '之前', '尽快'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO / DOC_TITLE
# None. Every number before a measure word, read: the two dates; 第十六届, 第十八次 (ordinals); “五个中心”
# (art. 1: a count inside a quoted fixed name, the city's goal, not a set of items made by a measure:
# reports notes “四项机制”, 中央八项规定; call 4). Article numbers and the item markers （一）–（四） of
# art. 7 are ordinals; the four requirements are listed, not counted (符合以下要求). No person or post is
# counted (自然人, 控制人 carry no number; no 名, 编制, 职数). 事项 (art. 3 有关重大事项) has no number.
NUM = '0-9一二三四五六七八九十百千万两零'
found = re.findall(rf'(?<![第{NUM}（(])[{NUM}]+[名人项个类件条所家份张套次级支倍元年月日届米周种处部岁]', t)
assert found == ['2024年', '12月', '31日', '五个', '2025年', '1月', '1日'], found
assert [t.count(f'（{n}）') for n in '一二三四五'] == [1, 1, 1, 1, 0]
assert t.count('项') == 1 and t.count('事项') == 1 and t.count('个') == 2 and t.count('个人信息') == 1
assert '名' not in t and '类' not in t
for w in ('号', '〔', '【', '[', '令第', '职数', '编制', '《', '》', '〈'):
    assert w not in t, w
# DOC_TITLE: no 《》. 本规定, 国家标准, 国家网络安全等级保护制度, 国家区块链信息服务管理有关规定, 企业联合标准
# are named without book-title marks (guidelines DOC_TITLE).

# ====================================================================== checks
d.check_value_shapes()
counts = Counter(e['label'] for e in d.ents)
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 0, 'ORG': 3, 'PRINCIPLE': 0,
    'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '上海市第十六届人民代表大会常务委员会': 1, '市人民政府': 1, '浦东新区人民政府': 1})
write_gold(OUT, [d])
