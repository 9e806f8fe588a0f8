"""Build regs_ke.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 广州市青年创新创业促进条例 (Guangzhou city regulation on promoting innovation and
entrepreneurship by young people; adopted 2022-11-25 by the standing committee of the 16th Guangzhou
municipal people's congress, 8th session; approved 2023-01-09 by the standing committee of the 13th
Guangdong provincial people's congress, 48th session; file name date 2023-01-19, the promulgation,
not in the text; in force 2023-03-01, art. 27). 27 articles, no chapters, 4,744 characters.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedents: gold-fresh9 regs-ba (云浮市优化营商环境条例: a Guangdong city regulation of 2023 with
the same two-committee header, 市、县（市、区）人民政府 → the complete name after the shared prefix at every
occurrence, bare 政务服务中心 ORG, 工商业联合会 ORG, the file's date as meta.date); gold-fresh16 regs_ie
and gold-fresh4 regs-t (工会、共产主义青年团、妇女联合会、残疾人联合会 → four ORGs, 坚持…的原则);
gold-fresh13 regs_fg and gold-fresh3 regs-m (bare 科学技术协会 ORG); gold-fresh14 regs_ge and gold-fresh4
regs_s (同级 + body not ORG: 同级保密工作部门, 同级地名办); gold-fresh17 regs_jf (a Guangdong regulation:
header layout, check_all bookkeeping).
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh18/regs_ke.jsonl'
SRC = 'corpus/regulations/guangdong/广州市青年创新创业促进条例(2023-01-19).txt'

d = Doc("fresh18-regs-guangzhou-youth-innovation", SRC,
        # date: the file name's date, 2023-01-19 (the promulgation; the text gives only 2022-11-25
        # adopted, 2023-01-09 approved and the effective date 2023-03-01). regs-ba (云浮, a Guangdong
        # city regulation: "the file's date (promulgation), later than the header's adoption and
        # approval"), regs_he, regs_hf, regs_de, regs_eg and regs-b's Anyang take the file's date
        # where it is later than the header (regs-b notes: "date is the file's date"). No label's
        # value depends on it: there is no DEADLINE.
        # region: province + city, as for every Guangdong city regulation (regs-ba 广东省云浮市;
        # report_aw 广东省广州市).
        {"region": "广东省广州市", "date": "2023-01-19"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 4744 and d.text.count('\n') == 150
t = d.text
ORG, PR = 'ORG', 'PRINCIPLE'

# ====================================================================== header
# Title line 广州市青年创新创业促进条例: no 《》 and no body head word (v1.1 *Title lines*): nothing.
assert t.startswith('广州市青年创新创业促进条例\n\n2022年11月25日 ')
# The standing committees before their sessions are ORG, the term number inside, the session outside
# (regs-a / regs-b notes *Adoption lines*; regs-ba the same two-line header: 云浮市第七届… 通过,
# 广东省第十四届… 批准; regs_jf).
d.ctx(ORG, '2022年11月25日 [广州市第十六届人民代表大会常务委员会]第八次会议通过')
d.ctx(ORG, '2023年1月9日 [广东省第十三届人民代表大会常务委员会]第四十八次会议批准）')
# The header dates are past events and art. 27 本条例自2023年3月1日起施行 is an effective date: not
# DEADLINE (guidelines DEADLINE "No"; v1.1 *Effective dates*). The unmatched ） closing line 5 is layout
# residue (regs_jf, regs_hg: the same Guangdong header layout).
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == ['2022年11月25日', '2023年1月9日', '2023年3月1日']
assert t.count('会议批准）\n') == 1 and t.count('（') == t.count('）') - 1 and t.count('日起施行') == 1
d.check_all('人民代表大会', 2, 2)
d.check_all('常务委员会', 2, 2)

# ====================================================================== ORG: governments
# 市、区人民政府 ×11 (arts. 5, 8 ×2, 10, 13 ×2, 16, 17, 19, 21, 22) → `区人民政府`: the bare 市 before
# the shared ending is not a name (v1.1 *Shared endings*: 市、区人民政府 gives `区人民政府`, the
# guidelines' own example; regs-ba 市、县（市、区）人民政府 → 县（市、区）人民政府 at every occurrence, also
# before 及其相关部门 / 及相关部门: v1.1 *A body named inside a longer non-ORG phrase*).
d.every(ORG, '区人民政府', 11)
assert t.count('市、区人民政府') == 11
# art. 10 para. 2 市人民政府及相关部门制定的创新型人才发展规划…: the city government on its own.
d.ctx(ORG, '\n\n[市人民政府]及相关部门制定的创新型人才发展规划')
assert t.count('市人民政府') == 1
d.check_all('人民政府', 12, 12)
# Bare 政府 (v1.1 *Bare 党委, 政府*): 政府投资开发的 ×2 (arts. 13, 24), 政府门户网站 (a website, v1.1
# *Not bodies*), 政府性引导基金 (a fund); 政府引导 lies inside the PRINCIPLE of art. 3.
d.check_all('政府', 17, 12, [
    '体建设。\n\n[政府]投资开发的创新创业孵化载体',          # art. 13
    '（二）[政府]投资开发的南沙各类孵化载体',                # art. 24
    '政务服务中心、[政府]门户网站',                          # art. 14
    '本市设立的[政府]性引导基金',                            # art. 18
    '应当坚持[政府]引导、青年自主',                          # art. 3 (PRINCIPLE)
])

# ====================================================================== ORG: the Youth League committee
# art. 4 para. 1 日常工作由同级共产主义青年团委员会承担: 同级 is a vague level word (v1.1 *Level words*:
# 同级 + 人民政府 is vague; regs_s 同级地名办 and regs_ge 同级保密工作部门 not ORG; regs_ef 同级人民代表大会
# 常务委员会 not ORG beside `本级人民政府`). README call 2.
SAME_LEVEL = '日常工作由同级[共产主义青年团委员会]承担'
# Bare 共产主义青年团委员会 ×8 (art. 4 para. 3 共产主义青年团委员会应当履行下列职责; arts. 11, 13, 16, 17 ×2,
# 18, 23): the Youth League committee, a mass organisation's body holding the regulation's duties
# (services, monitoring and evaluation, funding, legal aid). Bare mass organisations are ORG without
# a level (regs_ie / regs-t `共产主义青年团`, `工会`, `妇女联合会`; the reports' 共青团; regs_fg 科学技术协会),
# and the committee is the League's body as 共产主义青年团 is the League: the head is 委员会 with a
# specific type. Not read like bare 党委 / 人民政府 (v1.1, v1.2: generic), which the guidelines exemplify
# by slogans (党委领导、政府负责) rather than a body carrying duties. README call 1.
d.every(ORG, '共产主义青年团委员会', 8, exclude=[SAME_LEVEL])
assert t.count('共产主义青年团委员会') == 9 and t.count('同级') == 1
# art. 9 工会、共产主义青年团、妇女联合会、科学技术协会等: the League itself (regs_ie, regs-t).
d.ctx(ORG, '以及工会、[共产主义青年团]、妇女联合会')
d.check_all('共产主义青年团', 10, 9, ['日常工作由同级[共产主义青年团]委员会承担'])
# 委员会 ×11: the two header committees, the eight bare Youth League committees; art. 4's 同级 one pinned.
d.check_all('委员会', 11, 10, ['日常工作由同级共产主义青年团[委员会]承担'])
d.check_all('委', 12, 10, ['日常工作由同级共产主义青年团[委]员会承担', '可以根据需要[委]托高等院校'])

# ====================================================================== ORG: mass organisations
# art. 6 para. 1 工商业联合会、工会、妇女联合会、科学技术协会、残疾人联合会等人民团体、群众团体以及其他社会组织
# 应当…协助开展青年创新创业促进工作: five mass organisations named as bodies holding a duty, the
# generic 等人民团体、群众团体 after them left out (regs-ba / regs_al `工商业联合会`; regs_ie, regs-t the
# League's siblings; regs_fg, regs-m `科学技术协会`; report_ea 工商联, 科协, 残联). Coordination split.
d.ctx(ORG, '第六条 [工商业联合会]、工会、妇女联合会')
d.ctx(ORG, '第六条 工商业联合会、[工会]、妇女联合会')
d.ctx(ORG, '工商业联合会、工会、[妇女联合会]、科学技术协会、残疾人联合会')
d.ctx(ORG, '妇女联合会、[科学技术协会]、残疾人联合会等人民团体')
d.ctx(ORG, '科学技术协会、[残疾人联合会]等人民团体')
# art. 9 …等部门以及工会、共产主义青年团、妇女联合会、科学技术协会等应当加强创新创业文化氛围培育 (the League
# above): three more.
d.ctx(ORG, '教育、科技等部门以及[工会]、共产主义青年团')
d.ctx(ORG, '共产主义青年团、[妇女联合会]、科学技术协会等应当加强')
d.ctx(ORG, '妇女联合会、[科学技术协会]等应当加强创新创业文化氛围培育')
# art. 17 …以及共产主义青年团委员会、科学技术协会等应当加强青年创新创业交流服务.
d.ctx(ORG, '共产主义青年团委员会、[科学技术协会]等应当加强青年创新创业交流服务')
d.check_all('联合会', 4, 4)
d.check_all('工会', 2, 2)
# 协会 ×4: 科学技术协会 ×3 labelled; art. 6 para. 2 企业、高等院校、科研机构、行业协会等组织: a trade
# association (seventh session: 行业协会, 商协会 are not bodies; regs_ie 律师协会).
d.check_all('协会', 4, 3, ['科研机构、行业[协会]等组织和个人'])
# 会 ×58: 21 inside the ORGs (大会 and 委员会 of the two header committees, the eight League committees,
# 联合会 ×4, 工会 ×2, 科学技术协会 ×3); the rest: 社会 ×23, 会议 ×5 (the two header sessions, 全体成员会议 ×2:
# a meeting, guidelines ORG "No"; 学术会议), 会同 ×3, 财税会计, 成果交流会 and 项目对接会 (events), 有关基金会
# (art. 23: 有关 is vague, and a foundation is not a body of the state or a mass organisation),
# 行业协会, and the 委员会 of art. 4's 同级 committee.
assert t.count('会') == 58 and t.count('社会') == 23 and t.count('会议') == 5 and t.count('全体成员会议') == 2
assert t.count('会同') == 3 and t.count('会计') == 1 and t.count('交流会') == 1 and t.count('对接会') == 1
assert t.count('基金会') == 1 and t.count('有关基金会') == 1
assert sum(e['text'].count('会') for e in d.ents if e['label'] == ORG) == 21
assert 21 + 23 + 5 + 3 + 1 + 1 + 1 + 1 + 1 + 1 == 58

# ====================================================================== ORG: the government service centre
# art. 14 政务服务数据管理部门应当依托政务服务中心、政府门户网站、移动政务服务总门户等平台…: the government
# service centre, bare, a body with a specific head (regs-ba 政务服务中心 ×6 bare, "service centres with
# duties"; report_ha 发挥政务服务中心作用; guidelines 行政综合服务中心). The website and the mobile portal
# beside it are platforms (v1.1 *Not bodies*: websites). README call 3.
d.ctx(ORG, '应当依托[政务服务中心]、政府门户网站、移动政务服务总门户等平台')
d.check_all('中心', 1, 1)

# ====================================================================== not ORG (read in context)
# 青年创新人才工作站 ×3 (art. 11 市、区建设青年创新人才工作站…共产主义青年团委员会…依托青年创新人才工作站，
# 免费为青年…提供…服务; art. 14 (三) 创新创业园区、孵化基地、众创空间和青年创新人才工作站等青年创新创业孵化
# 载体名录): the text itself classes the stations among the 孵化载体 (incubation carriers: parks, bases,
# maker spaces), and the League relies on them as a platform; they hold no duty of their own. Read as
# facilities / platforms (v1.1 *Not bodies*: service points; report_id “候鸟型”人才工作站, report_hd 创新
# 工作站, report_eb 院士专家工作站 not ORG). README call 4. The fourth 站 is 政府门户网站 (a website).
d.check_all('站', 4, 0, ['市、区建设青年创新人才工作[站]。', '依托青年创新人才工作[站]，免费为',
                         '众创空间和青年创新人才工作[站]等', '政府门户网[站]、移动'])
# 南沙区 (art. 24 南沙区应当采取下列措施支持港澳青年在南沙创新创业): a district named as a territory, with
# no body head word (guidelines ORG "No": places; v1.1 *Not bodies*: 中央 has no body head word), though
# it carries the article's duty (dec_cd 浦东新区: "a district as a territory, no body head word"). 南沙 ×5 more are places (在南沙创新创业, 南沙各类孵化载体, 南沙创业投资政策
# 环境). README call 5. 市、区 (arts. 4, 11, 12 市、区建立 / 建设 / 制定) and 本市 ×5 are territories too.
assert t.count('南沙区') == 1 and t.count('南沙') == 6 and t.count('本市') == 5
assert t.count('市、区建立') == 1 and t.count('市、区建设') == 1 and t.count('市、区制定') == 1
# 部门 ×25, all under the generic head 部门 (guidelines ORG "No"; v1.1; regs-ba, regs_jf): the field lists
# before 等部门 ×9 / 等相关部门 ×3 and the bare 教育、人力资源社会保障部门 (art. 7), 相关部门 ×10 in all (…及其
# 相关部门, 推动相关部门, 会同相关部门 …), 政务服务数据管理部门, 市场监督管理部门, 司法行政部门 ×2, 项目主管部门
# (art. 25).
assert t.count('部门') == 25 and t.count('相关部门') == 10 and t.count('等部门') == 9 and t.count('等相关部门') == 3
# 机构 ×13: 科研机构 ×5, 创业培训定点机构, 投资机构, 第三方专业服务机构, 第三方机构, 金融机构 ×2, 保险机构,
# 法律服务机构: generic head (v1.1). 机关 ×1: 有权机关 (art. 26, generic). 单位 ×4: 企事业单位 ×2, 用人单位,
# 有关单位 (generic). 组织 ×11: 社会组织 ×5, 其他社会组织, …等组织, and the verb 组织(开展) ×4. 团体 ×2:
# 人民团体、群众团体 (generic, after the five named bodies). 团队 ×6: teams of young people (people).
assert t.count('机构') == 13 and t.count('科研机构') == 5 and t.count('机关') == 1 and t.count('有权机关') == 1
assert t.count('单位') == 4 and t.count('组织') == 11 and t.count('社会组织') == 5 and t.count('团体') == 2
assert t.count('团队') == 6
# Facilities, platforms, companies, media: 学校, 普通高等学校, 职业学校（含技工学校）, 高等院校 ×4 (v1.1 *Not
# bodies*; regs-ba), 大学科技园, 大学生创新创业基地, 实践基地, 青少年活动阵地, 创新创业实验室, 孵化载体 ×11,
# 创新创业园区, 孵化基地, 众创空间, 综合性创客社区; 企业, 行业领军企业, 内地银行; 广播、电视、报刊、网络媒体等
# 新闻媒体 (media); 区域性股权市场, 青年创新创业金融服务平台, 信息发布平台 (platforms). People: 青年, 创业
# 导师, 工作人员, 主管人员. The coordination system (青年创新创业促进工作协调制度) is a 制度, not a body.
assert t.count('院') == 4 and t.count('高等院校') == 4 and t.count('室') == 1 and t.count('实验室') == 1
assert t.count('所') == 1 and t.count('所称') == 1 and t.count('办') == 5 and t.count('办法') == 2
assert t.count('处') == 2 and t.count('队') == 6 and t.count('组') == 11 and t.count('孵化载体') == 11
for w in ('局', '厅', '馆', '小组', '办公室', '党', '人大', '政协', '国务院', '中央', '以下简称', '简称',
          '当地', '所在', '属地', '各级', '上级', '上一级', '本级', '县级', '街道', '乡镇', '村民', '居民'):
    assert w not in t, w
for w in ('部门', '机构', '机关', '单位', '组织', '团体', '站', '平台', '载体', '基金'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w

# ====================================================================== PRINCIPLE
# art. 3 青年创新创业促进工作应当坚持政府引导、青年自主、市场导向、社会参与的原则: unquoted content the text calls
# 原则, introduced by 坚持 (guidelines: 坚持优化协同高效的原则 → `优化协同高效`; regs_ie, regs_he 坚持…的原则).
# Span without 坚持 and 的原则; four parts split at 、.
d.ctx(PR, '应当坚持[政府引导、青年自主、市场导向、社会参与]的原则。')
assert t.count('原则') == 1 and t.count('坚持') == 1
# Not PRINCIPLE: art. 25 本市对青年创新创业活动实行包容审慎监管 (a mode of supervision, neither called 原则
# nor quoted); 按照 ×6 (章程, 各自职责 ×2, 相关规定 ×2, 国家、省…有关规定) and 根据 ×4 (有关法律、法规, 特点和
# 市场需求, 需要, 监测评估结果) introduce rules, duties and grounds; no quotation marks.
assert t.count('按照') == 6 and t.count('根据') == 4 and t.count('包容审慎监管') == 1
for w in ('遵循', '本着', '方针', '思路', '要求', '原则上', '“', '"'):
    assert w not in t, w

# ====================================================================== DEADLINE
# None. Every time word read (README call 6):
#   the header dates and the effective date (above);
#   art. 4 每年至少召开一次全体成员会议 and (三) 每年研究审议监测评估报告: bare frequencies without a due point
#     (guidelines DEADLINE "No": 每年, 每季度; regs-a notes: 每年至少召开一次 is not labelled; a month of every
#     year with a duty, 每年十一月审议…报告, would be, but no month is named here);
#   年度计划 (art. 4 (一)) and 年度监测评估 ×4 (arts. 14 (七), 16 ×3): annual exercises, no due point;
#   定期 ×2 (arts. 4, 17), 及时 ×2 (arts. 15, 16): bare frequencies and vague terms;
#   长效机制 (art. 17), 预期目标 (art. 25), 过渡性住房 (art. 22): no time limit;
#   三十五周岁 ×2 / 四十五周岁 (art. 2): ages in a definition.
assert t.count('年') == 118 and t.count('月') == 3 and t.count('日') == 4 and t.count('每') == 2
assert t.count('每年至少召开一次') == 1 and t.count('每年研究审议') == 1
assert t.count('年度') == 5 and t.count('年度计划') == 1 and t.count('年度监测评估') == 4
assert t.count('定期') == 2 and t.count('及时') == 2 and t.count('期') == 3 and t.count('预期') == 1
assert t.count('时') == 2 and t.count('内') == 5 and t.count('周岁') == 3
for w in ('前', '后', '底', '期间', '日内', '月内', '年内', '小时', '工作日', '提前', '限期', '季度', '旬',
          '届满', '时限', '期限', '长期', '以前', '之前'):
    assert w not in t, w
assert t.count('起') == 2 and t.count('发起设立') == 1       # the other 起 is 日起施行 (effective date)

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO / DOC_TITLE
# None. Every number before a measure word, read: the header and effective dates; 第十六届, 第八次,
# 第十三届, 第四十八次 (ordinals); 三十五周岁 ×2, 四十五周岁 (ages in a definition); 一次 (art. 4: 每年至少召开
# 一次, a frequency of meetings, not a count of items). Article and item markers are ordinals; the lists
# of arts. 4, 14 and 24 are listed, not counted (下列事项, 下列职责, 以下…信息, 下列措施). No person or post is
# counted (工作人员, 主管人员, 创新创业导师 carry no number; no 编制, 职数). 一定比例 ×2 (art. 13) is a share
# with no number. 名录 ×2 are lists (名 not a count); 各项优惠政策, 各类 carry no number.
NUM = '0-9一二三四五六七八九十百千万两零'
found = re.findall(rf'(?<![第{NUM}（(])[{NUM}]+[名人项个类件条所家份张套次级支倍元年月日届米周种处部岁]', t)
assert found == ['2022年', '11月', '25日', '2023年', '1月', '9日', '三十五周', '三十五周', '四十五周', '一次',
                 '2023年', '3月', '1日'], found
assert [t.count(f'（{n}）') for n in '一二三四五六七八'] == [4, 4, 4, 4, 4, 2, 1, 1]
assert t.count('名') == 2 and t.count('名录') == 2 and t.count('个') == 6 and t.count('个人') == 5
assert t.count('项') == 17 and t.count('类') == 6 and t.count('一定比例') == 2
for w in ('号', '〔', '【', '[', '令第', '职数', '编制', '《', '》', '〈'):
    assert w not in t, w
# DOC_TITLE: no 《》. 本条例, 创新型人才发展规划, 紧缺人才开发目录, 人才培养开发计划, 青年创新创业服务指南,
# 国民经济和社会发展规划 are named without book-title marks (guidelines DOC_TITLE).

# ====================================================================== checks
d.check_value_shapes()
counts = Counter(e['label'] for e in d.ents)
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 0, 'ORG': 33, 'PRINCIPLE': 1,
    'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '广州市第十六届人民代表大会常务委员会': 1, '广东省第十三届人民代表大会常务委员会': 1,
    '区人民政府': 11, '市人民政府': 1, '共产主义青年团委员会': 8, '共产主义青年团': 1,
    '工商业联合会': 1, '工会': 2, '妇女联合会': 2, '科学技术协会': 3, '残疾人联合会': 1,
    '政务服务中心': 1})
assert all(t[e['start'] - 2:e['start']] == '市、' for e in d.ents if e['text'] == '区人民政府')
assert [e['normalized'] for e in d.ents if e['label'] == PR] == [['政府引导', '青年自主', '市场导向', '社会参与']]
write_gold(OUT, [d])
