"""Build regs_hf.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 湖州市法治乡村建设条例 (Huzhou municipal regulation on building the rule of law in the
countryside; adopted 2020-08-27 by the standing committee of the 8th Huzhou municipal people's
congress, 30th session; approved 2020-09-24 by the standing committee of the 13th Zhejiang provincial
people's congress, 24th session; in force 2020-11-01, art. 41; file name date 2020-10-09, not in the
text). 41 articles in 7 chapters (总则, 乡村事务治理, 乡村法治规范化建设, 乡村公共法律服务, 乡村平安和谐,
法律责任, 附则).
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedents: gold-fresh6 regs-ah (舟山, a Zhejiang city regulation with the same two-line
header, 通过 + 批准), gold-fresh12 regs_ee (市、区县（自治县）人民政府 → the complete name; 乡（镇）人民政府、
街道办事处 → two ORGs), gold-fresh9 regs-ba (镇人民政府、街道办事处便民服务中心 → `镇人民政府` +
`街道办事处便民服务中心`), gold-fresh10 regs_cb and batch-c (村民委员会, 村务监督委员会), gold-unseen
mixed-c (村民委员会的选举，由村民选举委员会主持), gold-fresh12 regs_ed (bare 人民调解委员会), gold-fresh14
regs_gh (bare 人民法院 not ORG).
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh15/regs_hf.jsonl'
SRC = 'corpus/regulations/zhejiang/湖州市法治乡村建设条例(2020-10-09).txt'

d = Doc("fresh15-regs-huzhou-fazhixiangcun", SRC,
        # date: the file name's date, 2020-10-09 (presumably the promulgation; it is not in the text).
        # regs_eg (宁波, a Zhejiang city regulation), regs-az, regs_eh, regs_de and regs-b's Anyang take
        # the file's date where it is later than the header; regs-ah (舟山) and regs-t (杭州) took the
        # header's approval date, which here would be 2020-09-24 (README call 8). No label's value
        # depends on it: the two DEADLINEs are relative limits with date null.
        # region: province + city, as for every Zhejiang city regulation (regs_eg, regs-ah, regs-t).
        {"region": "浙江省湖州市", "date": "2020-10-09"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 4941
t = d.text
ORG = 'ORG'
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}

# ====================================================================== header
# Title line 湖州市法治乡村建设条例: no 《》 and no body head word (v1.1 *Title lines*): nothing.
# The standing committees before their sessions are ORG, term number inside, session outside (regs-a,
# regs-b *Adoption lines*; regs-ah, regs-t: the same Zhejiang 通过 + 批准 header). The dates
# 2020-08-27 and 2020-09-24 are past events, not DEADLINE.
d.ctx(ORG, '2020年8月27日 [湖州市第八届人民代表大会常务委员会]第三十次会议通过')
d.ctx(ORG, '2020年9月24日 [浙江省第十三届人民代表大会常务委员会]第二十四次会议批准')
d.check_all('人民代表大会', 2, 2)
assert t.count('常务委员会') == 2

# ====================================================================== ORG: 区县人民政府 (21)
# 市、区县人民政府 (×16) is a shared ending: the bare 市 is not a name, only the complete name
# `区县人民政府` is labelled (v1.1 *Shared endings*: 市、区人民政府 → 区人民政府; regs_ee 市、区县（自治县）
# 人民政府 → `区县（自治县）人民政府`; regs_gh, regs-f). 区县 is one compound level (Huzhou's districts
# and counties), like 市县 in shandong-part1 (`市县政府`), so 区县人民政府 is one ORG. README call 1.
# The government is labelled also where it sits inside a longer non-ORG phrase (v1.1: 区人民政府工作部门
# → 区人民政府): 区县人民政府司法行政部门 (arts. 5, 23), …公安、民政…等有关部门 (art. 5), …及其相关部门
# (art. 20), …执法部门 (art. 21), …有关部门 (arts. 25, 26), …相关部门 (art. 30: 有关/相关 quantify
# the 部门, not the government; regs_fh 市人民代表大会有关的专门委员会 → 市人民代表大会), and art. 4 履行
# 区县人民政府法治乡村建设职责 (the duties of the class of bodies).
# Without 市、 before it (×5): art. 4 (the duties), art. 23 para. 2, art. 24 (购买服务), art. 27,
# art. 29 (网格员队伍).
d.every(ORG, '区县人民政府', 21)
assert t.count('市、区县人民政府') == 16 and t.count('区县') == 24
# 区县 ×3 more, not ORG: 区县农业农村、自然资源和规划、住房和城乡建设等部门 (art. 27: fields sharing the
# generic head 部门, no body named; regs_de, regs_eh), 市、区县住房和城乡建设主管部门 and 区县住房和城乡
# 建设主管部门 (art. 34: generic head 部门; 区县 alone is a level/territory, no body head word).
assert t.count('区县农业农村') == 1 and t.count('区县住房和城乡建设主管部门') == 2

# ====================================================================== ORG: townships and sub-districts
# 乡镇人民政府、街道办事处 (×21 in the text): the bare class names of the township government and the
# sub-district office, two ORGs at each occurrence (regs_ee, regs-at, regs_fe, regs-ay, regs-ba, batch-c).
# Left out (README call 4): art. 23 para. 2 对乡镇人民政府、街道办事处法治机构工作人员的培训: the two bodies
# only modify 法治机构工作人员, the staff (v1.1 *Bodies named only to refer to people*: 村民委员会成员);
# the generic 法治机构 in between gives no body of its own either.
STAFF = '负责对[乡镇人民政府、街道办事处]法治机构工作人员的培训'
# art. 29 加强乡镇人民政府、街道办事处社会治理综合指挥中心和功能性平台建设: the command centre is a body
# (head 中心; report-ax 市域社会治理网格化指挥中心 ORG) and the coordination shares it as an ending.
# regs-ba had the same shape, 推进镇人民政府、街道办事处便民服务中心规范化建设 → `镇人民政府` +
# `街道办事处便民服务中心` (longest name for the second member; the first is a complete name of its own).
# README call 3.
d.ctx(ORG, '应当加强乡镇人民政府、[街道办事处社会治理综合指挥中心]和功能性平台建设')
d.every(ORG, '乡镇人民政府', 20, exclude=['负责对[乡镇人民政府]、街道办事处法治机构工作人员'])
d.every(ORG, '街道办事处', 19, exclude=['负责对乡镇人民政府、[街道办事处]法治机构工作人员',
                                       '加强乡镇人民政府、[街道办事处]社会治理综合指挥中心'])
d.check_all('乡镇人民政府', 21, 20, ['负责对[乡镇人民政府]、街道办事处法治机构'])
d.check_all('街道办事处', 21, 20, ['负责对乡镇人民政府、[街道办事处]法治机构'])
d.check_all('中心', 3, 1, [
    '在党群服务[中心]、文化礼堂',           # art. 25: venues whose construction is to show legal
    '文化礼堂、邻里[中心]建设中体现',       #   elements (README call 5)
])
assert t.count('乡镇') == 21 and t.count('街道') == 21
assert t.count('乡镇人民政府、街道办事处') == 21

# ====================================================================== ORG: other governments
# art. 20 市人大常委会、市人民政府: the municipal standing committee (short form with its level; regs_fh
# 市人大常委会) and the municipal government, subjects.
d.ctx(ORG, '第二十条 [市人大常委会]、市人民政府按照各自职责')
d.ctx(ORG, '第二十条 市人大常委会、[市人民政府]按照各自职责')
d.check_all('人大', 1, 1)
d.check_all('常委会', 1, 1)
# art. 4 南太湖新区管理委员会: the management committee of the new area, a body exercising the district
# and county governments' duties by authorisation (head 委员会, a specific body; dec_da 示范区理事会).
d.ctx(ORG, '\n\n[南太湖新区管理委员会]根据授权、委托')
# Every 人民政府 (49): 21 区县 + 20 乡镇 + 市人民政府 = 42 labelled; 7 left out.
d.check_all('人民政府', 49, 42, [
    '法律法规的规定和上级[人民政府]的要求',   # art. 4: 上级 (v1.1 *Level words*)
    '第十八条 各级[人民政府]应当规范',         # art. 18: 各级
    '第十九条 各级[人民政府]应当加强',         # art. 19: 各级
    '所属部门和下一级[人民政府]制定',         # art. 20: 下一级 is vague (v1.2)
    '\n\n各级[人民政府]应当做好涉农',          # art. 20: 各级
    '负责对乡镇[人民政府]、街道办事处法治机构', # art. 23: the staff (see above)
    '\n\n各级[人民政府]和有关部门应当加强',    # art. 29: 各级
])
# 政府 ×53 = 人民政府 ×49 + bare 政府 ×4: art. 3 党委领导、政府负责 (inside the PRINCIPLE; bare 党委/政府
# are not ORG, v1.1), art. 18 协助政府工作事项 ×3 (bare 政府; the 村民委员会 before it is labelled).
assert t.count('政府') == 53 and t.count('协助政府工作事项') == 3 and t.count('政府负责') == 1

# ====================================================================== ORG: village bodies
# 村民委员会 ×13, all as a body (guidelines ORG "Yes": 村委会; regs_gh, regs_cb, batch-c):
#   art. 11 村民委员会的选举 (the body inside a longer phrase: mixed-c and batch-c label the same words);
#   art. 18 纳入村民委员会协助政府工作事项清单 / 村民委员会协助政府工作事项清单由…制定: a list's name
#     without 《》, the body inside it labelled (v1.1 *A body named inside a longer non-ORG phrase*;
#     batch-c （九）村民委员会协助人民政府开展工作的情况). README call 7.
d.every(ORG, '村民委员会', 13)
# art. 11 村民选举委员会 ×2: the election committee (batch-c, mixed-c: ORG).
d.every(ORG, '村民选举委员会', 2)
# art. 16 村务监督委员会 ×2 (regs_cb, batch-c): 村务监督委员会监督 (a form of supervision named after the
# body: the body inside a longer phrase) and the subject of para. 2.
d.every(ORG, '村务监督委员会', 2)
# art. 22 指导人民调解委员会调解民间纠纷: the bare class of mediation committees (regs_ed labels bare
# 人民调解委员会 ×3; they are per village, like 村民委员会, not a level system like 人民法院).
d.ctx(ORG, '指导[人民调解委员会]调解民间纠纷')
# art. 27 推进农村土地承包仲裁委员会建设: the arbitration committee for rural land contracts, a body
# with powers set by law (head 委员会, specific type).
d.ctx(ORG, '根据需要推进[农村土地承包仲裁委员会]建设')
# art. 13 发挥乡贤参事会、和谐共建会等组织的作用: two named kinds of village councils (head 会, a
# specific type), coordinated before the generic 等组织 (report_gb labels 红白理事会, a village council
# of the same family). README call 2.
d.ctx(ORG, '应当发挥[乡贤参事会]、和谐共建会等组织的作用')
d.ctx(ORG, '应当发挥乡贤参事会、[和谐共建会]等组织的作用')
# art. 33 根据实际需要建设消防队、站: `消防队` (head 队; gold-unseen regulations-b 设立专（兼）职消防队 →
# ORG); the bare 站 of the shared ending 消防站 is no complete name (v1.1 *Shared endings*) and a
# station is a facility. README call 6.
d.ctx(ORG, '根据实际需要建设[消防队]、站，配备公共消防设施')
d.check_all('委员会', 23, 22, [
    # art. 16: bare 监察委员会 with no level or place is the institution in general (v1.2: bare
    # 人民代表大会/人民政府/人民法院 are generic; seventh session: bare 纪委监委 is not ORG). README call 4.
    '村务监督委员会监督、监察[委员会]监督',
])
d.check_all('队', 2, 1, ['加强网格员[队]伍建设'])   # art. 29: 网格员队伍, a force of people (执法队伍: No)
d.check_all('站', 2, 0, [
    '新时代文明实践[站]所等作用',   # art. 19: venues with 公民道德馆、家风馆、文化礼堂 (facilities;
                                    #   fresh14 tuned: culture stations are facilities)
    '建设消防队、[站]，配备',       # art. 33: see above
])
# art. 22 人民法院 ×2, 人民检察院 ×2: bare, no level or place: generic (v1.2 *Definite short forms*;
# regs_gh, regs-ar). README call 4.
d.check_all('人民法院', 2, 0, ['第二十二条 [人民法院]应当积极', '\n\n[人民法院]、人民检察院应当定期'])
d.check_all('人民检察院', 2, 0, ['\n\n[人民检察院]应当推进乡村微检察', '人民法院、[人民检察院]应当定期'])
assert t.count('院') == 4

# Not ORG (every candidate read in context):
#   部门 ×19: 司法行政部门 ×3, 公安…财政等有关部门, 执法部门 ×2, 相关部门 ×2, 所属部门, 有关部门 ×4,
#     区县农业农村…等部门, 住房和城乡建设主管部门 ×4, 交通运输主管部门, 综合行政执法部门 (generic head);
#   机构 ×4: 内设法治机构, 法治机构工作人员, 法律援助机构, 社区矫正机构 (generic head, v1.1);
#   机关 ×2: 司法机关, 各级公安机关 (v1.1 机关);
#   组织 ×16: 社会组织 ×2, 村集体经济组织 ×3, 集体经济组织成员, 村级组织 ×3, 等组织 (after the two councils),
#     verbs ×6 (组织实施 ×2, 组织开展, 组织村民, 组织候选人, 组织发动);
#   单位 ×5: 企业事业单位 ×2, 任何单位 ×2, 对单位处 (generic);
#   村民会议 ×2, 村民代表会议 (art. 12, 14: meetings, v1.1); 村民小组长 (art. 26: a post; the group
#     modifies a person); 网格员, 人民调解员, 法律顾问, 城建工作人员, 消防安全管理人 (people);
#   公民道德馆、家风馆、文化礼堂 ×4、新时代文明实践站所, 村务公开栏, 宪法主题公园, 法治广场, 法治长廊, 公园,
#     广场, 长廊 (venues and facilities); 本市, 本行政区域, 所辖区域 (territory); 南太湖新区 only inside
#     its 管理委员会; 党委领导 (bare 党委, inside the PRINCIPLE).
assert t.count('部门') == 19 and t.count('机构') == 4 and t.count('机关') == 2
assert t.count('组织') == 16 and t.count('集体经济组织') == 4 and t.count('村级组织') == 3
assert t.count('社会组织') == 2 and t.count('单位') == 5
assert t.count('村民会议') == 2 and t.count('村民代表会议') == 1 and t.count('小组') == 1
assert t.count('村民小组长') == 1 and t.count('馆') == 2 and t.count('堂') == 4 and t.count('党') == 2
for w in ('部门', '机构', '机关', '组织', '单位', '会议'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w
# 会 ×45, every one placed: 人民代表大会 ×2, 委员会 ×23, 常委会, 会议 ×5 (header ×2, 村民会议 ×2,
# 村民代表会议), 参事会, 共建会, 社会 ×10 (社会参与, 社会组织 ×2, 社会主义, 社会矛盾 ×2, 社会治理 ×2,
# 社会治安, 融入社会), 会计, 会同.
assert t.count('社会') == 10 and t.count('会议') == 5
rest = t
for w in ('人民代表大会', '委员会', '常委会', '会议', '参事会', '共建会', '社会', '会计', '会同'):
    rest = rest.replace(w, '#')
assert t.count('会') == 45 and rest.count('会') == 0
# 办 ×24: 办事处 ×21, 办理, 考核办法, 管理办法. 所 ×5: 所称, 所辖, 场所, 站所, 所属. 委 ×26: 委员会 ×23,
# 常委会, 委托, 党委. 组 ×17: 组织 ×16, 小组.
assert t.count('办') == 24 and t.count('办法') == 2 and t.count('办理') == 1 and t.count('所') == 5
assert t.count('委') == 26 and t.count('委托') == 1 and t.count('党委') == 1 and t.count('组') == 17
for w in ('局', '厅', '办公室', '小组（', '政协', '国务院', '中央', '市委', '县委', '以下简称', '简称',
          '本级', '上一级', '所在', '属地', '当地'):
    assert w not in t, w

# ====================================================================== PRINCIPLE
# art. 3 法治乡村建设应当坚持党委领导、政府负责、村民主体、社会参与，因地制宜，法治与自治、德治相结合的原则:
# unquoted content the text calls 原则, introducing verb 坚持 and 的原则 left out (guidelines: 坚持优化协同
# 高效的原则 → `优化协同高效`; regs_ge, regs_gh). Parts split mechanically at 、 and ， (anchors.principle_parts;
# shandong-part1: "split mechanically"), so 法治与自治、德治相结合 gives two parts.
d.ctx('PRINCIPLE', '应当坚持[党委领导、政府负责、村民主体、社会参与，因地制宜，法治与自治、德治相结合]的原则。')
assert t.count('原则') == 1
# Not PRINCIPLE (README call 9):
#   art. 30 市、区县人民政府相关部门应当坚持“防为主、防为上”，按照各自职责…: a quoted formula adopted by
#     坚持 with no 原则/要求/方针/思路 after it (v1.1 *A quoted mechanism*; reports notes: 坚持“五主并举”,
#     坚持“四水四定” are not PRINCIPLE);
#   art. 8 推广新时代乡村治理“余村经验” (a model promoted, not a principle); art. 24 落实“一村一法律顾问”制度
#     (a quoted name of a system, guidelines PRINCIPLE "No": “一支队伍管执法”);
#   要求 ×3: 上级人民政府的要求 (art. 4), 约束要求 (art. 14), 不适应改革、发展要求的法规 (art. 20): no formula;
#   按照 ×4: 按照各自法定职责 (art. 5), 按照法律法规和村民自治章程 (art. 6), 按照各自职责 ×2 (arts. 20, 30);
#   根据 ×5: 根据有关法律、法规, 根据授权, 根据法律法规的规定, 根据需要, 根据实际需要; 以社会主义核心价值观为
#     引领 (art. 14: no 原则, not quoted).
assert t.count('坚持') == 2 and t.count('“') == 3 and t.count('要求') == 3 and t.count('按照') == 4
assert t.count('根据') == 5
for w in ('方针', '思路', '遵循', '本着', '原则上'):
    assert w not in t, w

# ====================================================================== DEADLINE
# art. 14 村规民约应当在村民会议表决通过后十日内报…备案: a relative within-limit (v1.2 *Relative time
# limits*: 闭会后两个月内 → `两个月内`), span without 在 and the anchor event.
d.ctx('DEADLINE', '在村民会议表决通过后[十日内]报乡镇人民政府', norm=WITHIN)
# art. 14 乡镇人民政府、街道办事处应当在其备案后的三十日内责令改正: the same (v1.2; regs_gh 三十日内).
d.ctx('DEADLINE', '应当在其备案后的[三十日内]责令改正', norm=WITHIN)
# Not DEADLINE:
#   header dates 2020年8月27日 (adopted), 2020年9月24日 (approved): past events;
#   art. 41 本条例自2020年11月1日起施行 (v1.1 *Effective dates*);
#   art. 15 村级财务收支应当每月公开一次明细账目: a bare frequency without a due point (guidelines
#     DEADLINE "No": 每季度; regs_cb 每月公布一次, regs_eh 每月对…核查); 随时公布 (vague);
#   art. 12 决定村级重大事项前: a limit tied to an event with no number (project decision: 在变更之前,
#     上岗之前 are not DEADLINE);
#   定期发布 (art. 22), 及时 ×5, 限期改正 (art. 38): vague (v1.2);
#   国家宪法日、生态文明日 (art. 25: occasions for publicity, not time limits); 新时代 ×3; 日常行为.
assert t.count('日内') == 2 and t.count('前') == 1 and t.count('事项前') == 1
assert t.count('每') == 1 and t.count('每月公开一次') == 1 and t.count('随时') == 1
assert t.count('定期') == 1 and t.count('及时') == 5 and t.count('限期') == 1
assert t.count('年') == 5 and t.count('月') == 4 and t.count('日') == 8 and t.count('日起施行') == 1
assert re.findall(r'\d{4}年\d+月\d+日', t) == ['2020年8月27日', '2020年9月24日', '2020年11月1日']
assert t.count('内') == 11 and t.count('区域内') == 6 and t.count('内容') == 2 and t.count('内设') == 1
for w in ('底', '期间', '之前', '以前', '以内', '年内', '季度', '提前', '小时', '时限', '期限'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO / DOC_TITLE
# None. Every number with a measure word, read: 第八届/第十三届, 第三十次/第二十四次 (ordinals), the article
# numbers and 第三十四条第四款 (an ordinal reference), the three dates, 十日 / 三十日 (the limits above),
# 每月…一次 (a frequency), and the fines 五千元 … 一千元 (money). 配备具有法律专业知识的工作人员 (art. 23)
# carries no number; 一村一法律顾问 (art. 24) is a quoted system name, not a count (one adviser per
# village, no staff counted by a measure). The lists of arts. 2, 14, 16 give no count.
NUM = '0-9一二三四五六七八九十百千万两'
found = re.findall(rf'(?<![第{NUM}（])[{NUM}]+[名人项个类件条所家次元日月年款届村位]', t)
assert found == ['2020年', '8月', '27日', '2020年', '9月', '24日', '十日', '三十日', '一次', '一村',
                 '五千元', '三万元', '三万元', '十万元', '三万元', '一千元', '一万元', '一百元', '一千元',
                 '2020年', '11月', '1日'], found
assert t.count('名') == 0 and t.count('编制') == 0 and t.count('职数') == 0
assert t.count('号') == 0 and '〔' not in t and '【' not in t and '[' not in t
assert t.count('《') == 0 and t.count('〈') == 0

# ====================================================================== checks
d.check_value_shapes()
counts = Counter(e['label'] for e in d.ents)
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 2, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 0, 'ORG': 88, 'PRINCIPLE': 1,
    'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '区县人民政府': 21, '乡镇人民政府': 20, '街道办事处': 19, '村民委员会': 13, '村民选举委员会': 2,
    '村务监督委员会': 2, '湖州市第八届人民代表大会常务委员会': 1, '浙江省第十三届人民代表大会常务委员会': 1,
    '南太湖新区管理委员会': 1, '市人大常委会': 1, '市人民政府': 1, '街道办事处社会治理综合指挥中心': 1,
    '人民调解委员会': 1, '农村土地承包仲裁委员会': 1, '乡贤参事会': 1, '和谐共建会': 1, '消防队': 1})
assert [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE'] == [
    ['党委领导', '政府负责', '村民主体', '社会参与', '因地制宜', '法治与自治', '德治相结合']]
write_gold(OUT, [d])
