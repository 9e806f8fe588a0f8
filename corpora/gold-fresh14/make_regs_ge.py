"""Build regs_ge.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 北京市实施《中华人民共和国保守国家秘密法》若干规定 (Beijing provisions implementing the Law on
Guarding State Secrets; adopted 1996-09-06 at the 30th session of the standing committee of the 10th
Beijing municipal people's congress, amended 2016-11-25 by the 14th standing committee's 31st session
through 《关于修改部分地方性法规的决定》; in force 自公布之日起, art. 25). 25 articles, no chapters,
two header lines.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh14/regs_ge.jsonl'
SRC = 'corpus/regulations/beijing/北京市实施《保守国家秘密法》若干规定.txt'

d = Doc("fresh14-regs-beijing-baomi", SRC,
        # date: the latest adoption or revision date in the header, 2016-11-25 (regs-a notes: "meta.date
        # is the latest adoption or revision date in the header"; regs_dc, regs_fd, regs_ff). The file
        # name has no date; the effective date (自公布之日起, art. 25) names no date. No label depends on
        # the year. region: a municipal regulation of Beijing (regs-m, regs_ed, regs_fg: "北京市").
        {"region": "北京市", "date": "2016-11-25"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 2494
t = d.text
ORG, DT = 'ORG', 'DOC_TITLE'
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}

# ====================================================================== header and DOC_TITLE
# Title line: the law in 《》 is DOC_TITLE; the line holds no body (北京市 is a place) (regs_fg, regs_fd,
# regs-m: 北京市实施《…》办法 → the inner title).
d.ctx(DT, '北京市实施《[中华人民共和国保守国家秘密法]》若干规定\n')
# Adoption and amendment lines: the standing committee before its session is ORG, term number inside,
# session outside (regs-a, regs-b *Adoption lines*; regs_dc, regs_fg). Dates: past events, not DEADLINE.
d.ctx(ORG, '1996年9月6日 [北京市第十届人民代表大会常务委员会]第三十次会议通过')
d.ctx(ORG, '2016年11月25日 [北京市第十四届人民代表大会常务委员会]第三十一次会议')
# The omnibus amending decision (regs_dc, regs_dd, regs-p: 《关于修改部分地方性法规的决定》).
d.ctx(DT, '第三十一次会议通过的《[关于修改部分地方性法规的决定]》修正')
# art. 1: the law and its implementing measures (the State Council's 实施办法, a regulation).
d.ctx(DT, '第一条 为了实施《[中华人民共和国保守国家秘密法]》和《')
d.ctx(DT, '》和《[中华人民共和国保守国家秘密法实施办法]》，结合本市实际情况')
# art. 9 para. 2 办理《国家秘密载体出境许可证》: a licence in 《》. Licences and forms in 《》 are DOC_TITLE
# in regs-p (《增值电信业务经营许可证》, on gold-check check-b's forms precedent) and regs_dg
# (《上海市荣誉市民证书》); the notes list licences in 《》 as an open split. README call 3.
d.ctx(DT, '到保密工作部门办理《[国家秘密载体出境许可证]》。')
assert t.count('《') == 5 and t.count('》') == 5
# Not DOC_TITLE (no 《》): 本规定, 国家保密法律、法规 (art. 6), 国家和本市有关规定 (art. 13), 保密规定 (art. 10).

# ====================================================================== ORG: the secrecy bureaus
# art. 4 市国家保密局主管全市的保守国家秘密工作，区国家保密局在其职权范围内主管…: the municipal bureau
# (head 局, a definite body) and the district bureaus as a class (like 区人民政府; head 局, no 各/有关).
d.ctx(ORG, '第四条 [市国家保密局]主管全市的保守国家秘密工作')
d.ctx(ORG, '工作，[区国家保密局]在其职权范围内主管本行政区域')
# （市、区国家保密局以下简称保密工作部门）: shared ending; the bare 市 is not a name, so only the complete
# name `区国家保密局` is labelled (v1.1 *Shared endings*: 市、区人民政府 → 区人民政府; regs_s 区、县地名办公室).
# README call 5.
d.ctx(ORG, '（市、[区国家保密局]以下简称保密工作部门）')
d.check_all('保密局', 3, 3)
d.check_all('局', 3, 3)

# 保密工作部门: the abbreviation introduced by 以下简称 for 市、区国家保密局, bodies that are ORG. v1.2
# *Definite short forms*: "as is the abbreviation introduced by 以下简称" (at every occurrence); project
# decision: the abbreviation is ORG when the body it stands for is, whatever its own head word
# (gold-unseen regulations-b: 深圳市不动产登记中心（以下简称登记机构） → `登记机构` ×62 although 机构 is a
# generic head; regs_s 市地名办 ×39 incl. the one inside the parenthesis; dec_cd 以下统称政务服务中心).
# README call 1 (it moves 15 labels).
#   - the alias itself inside the parenthesis is labelled (regs_s, regs_fh 市人大常委会 in art. 1);
#   - art. 11 报市保密工作部门: the municipal one, level prefix inside the span (guidelines: a region
#     prefix belongs to the name; 市国家保密局 is the body meant);
#   - arts. 8 (一), (四) 有关机关、单位或者保密工作部门: 有关 quantifies 机关、单位 (the pair joined by 、);
#     the defined term after 或者 is one definite class of bodies and is labelled (regs_fh call 3: a 有关
#     in the first member does not reach a second member with its own name). README call 2;
#   - art. 16 到保密工作部门指定的单位, art. 9 到保密工作部门办理: a body inside a longer phrase (v1.1);
#   - left out: art. 9 向同级保密工作部门通报: 同级 is a vague level word (v1.1 *Level words*; regs_s:
#     同级地名办 is not ORG although 地名办 is an alias). README call 4.
SAME_LEVEL = '并向同级[保密工作部门]通报有关情况'
d.ctx(ORG, '专项保密方案并报[市保密工作部门]；')
d.every(ORG, '保密工作部门', 14, exclude=[SAME_LEVEL, '报市[保密工作部门]；'])
d.check_all('保密工作部门', 16, 15, [SAME_LEVEL])
assert t.count('以下简称') == 1 and t.count('有关机关、单位或者保密工作部门') == 2

# ====================================================================== ORG: the congress
d.check_all('委员会', 2, 2)
d.check_all('人民代表大会', 2, 2)
d.check_all('部门', 21, 15, [
    '电信等管理[部门]按照各自的职责',             # art. 4: fields sharing a generic head 部门
    '有关[部门]应当拟定提供方案',                 # art. 9: 有关 + generic head
    '报上级业务主管[部门]审批',                   # art. 9: 上级 + generic head
    '并向同级保密工作[部门]通报有关情况',         # art. 9: 同级 (see above)
    '涉及多[部门]或者发生争议',                   # art. 9: "several departments"
    '由有关主管[部门]依法处理',                   # art. 22: 有关 + generic head
])
# Not ORG, every one read in context (guidelines ORG "No"; v1.1 机关 and 组织 heads):
#   机关 ×15: 国家机关 (arts. 2, 5 ×2, 6, 7, 15), 市级国家机关 (art. 4), 本机关 ×2, 有关机关 ×4,
#     公安、国家安全机关 ×2 (arts. 8 (二), (三): X机关 is generic; bare 公安 has no body head word);
#   机构 ×3: 保密工作机构 (art. 9, a unit's internal secrecy office: generic head 机构, not the alias),
#     境外机构 ×2 (art. 19);
#   组织 ×2: 保密工作组织 (art. 5, head 组织; each unit's own), 共同组织 (art. 11, a verb);
#   团体 ×3: 社会团体 (art. 2), 境外…团体 ×2 (art. 19): collectives;
#   单位 ×25: 企业事业单位, 涉及国家秘密的单位, 主办单位 ×4, 提供单位, 废品收购单位, 新闻出版、报道单位 …;
#   政党 (art. 2): parties in general; 工商行政、公安、国家安全、科技、新闻出版、统计、电信 (arts. 4, 22):
#     fields of administration sharing 管理部门/方面, no body named;
#   本市 / 全市 / 本行政区域 (territory); 公民, 国家工作人员, 专家、技术人员, 个体商贩 (people).
assert t.count('机关') == 15 and t.count('机构') == 3 and t.count('组织') == 2 and t.count('团体') == 3
assert t.count('单位') == 25 and t.count('党') == 1 and t.count('政党') == 1
assert t.count('公安') == 4 and t.count('国家安全机关') == 2 and t.count('保密工作机构') == 1
for w in ('机关', '机构', '组织', '单位', '团体'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w
# 会 ×19: 委员会 ×2, 会议 ×12 (header ×2, art. 10 ×10: a meeting a unit convenes, its 会议场所 …), 社会 ×3
# (社会团体, 社会调查 ×2);
# 办 ×8: 办法, 办理, 主办 ×4, 举办, 办公自动化: no other body. 所 ×7, 组 ×2: no body.
assert t.count('会') == 19 and t.count('会议') == 12 and t.count('社会') == 3 and t.count('办') == 8
for w in ('政府', '人大', '政协', '国务院', '厅', '中心', '站', '院', '队', '小组', '办公室', '中央'):
    assert w not in t, w

# ====================================================================== PRINCIPLE
# art. 3 坚持分级负责、严格管理、提高整体防范能力的原则: unquoted content the text calls 原则, introducing
# verb 坚持 and 的原则 left out (guidelines: 坚持优化协同高效的原则 → `优化协同高效`; v1.1 按照属地管理原则).
d.ctx('PRINCIPLE', '坚持[分级负责、严格管理、提高整体防范能力]的原则。')
# Not PRINCIPLE: the same article's 实行积极防范、突出重点、既确保国家秘密又便利各项工作的方针 (unquoted,
# called 方针 not 原则, introduced by 实行: regs_ed 实行严格管理、限管结合的方针 and gold-unseen regulations-b
# 实行保护为主、抢救第一…的方针 are not PRINCIPLE). README call 6.
# 要求 ×2 (art. 9 要求提供, a verb; art. 10 (四) 保密要求, a noun); 按照 ×3 (各自的职责, 国家保密法律、法规的
# 规定, 国家和本市有关规定) and 根据工作需要 adopt no formula.
assert t.count('原则') == 1 and t.count('方针') == 1 and t.count('坚持') == 1
assert t.count('要求') == 2 and t.count('按照') == 3 and t.count('根据') == 1
for w in ('“', '"', '思路', '遵循', '本着', '原则上'):
    assert w not in t, w

# ====================================================================== DEADLINE
# art. 7 应当在知悉泄密事件的24小时内报告保密工作部门: a relative within-limit (v1.2 *Relative time limits*:
# 自收到之日起三日内 → `三日内`; regs-j, regs_ee 二十四小时内); span without 在 and the anchor event.
d.ctx('DEADLINE', '应当在知悉泄密事件的[24小时内]报告保密工作部门', norm=WITHIN)
# Not DEADLINE:
#   the header dates 1996年9月6日, 2016年11月25日 (adoption, amendment: past events);
#   art. 25 本规定自公布之日起施行 (v1.1 *Effective dates*);
#   art. 10 (二) 会议召开前应当…进行保密检查: a limit tied to an event with no number (project decision:
#     在变更之前, 上岗之前 are not DEADLINE). README call 7;
#   及时 ×6, 立即 ×2 (arts. 7, 8), 定期检查 (art. 5): vague or a bare frequency;
#   保密期限 (art. 6): the period of secrecy, a validity, not a limit (v1.2);
#   …时 ×2 (可能泄露时, 要求提供…时), 必要时 (art. 11): when-clauses.
assert t.count('小时') == 1 and t.count('前') == 2 and t.count('前款') == 1 and t.count('召开前') == 1
assert t.count('及时') == 6 and t.count('立即') == 2 and t.count('定期') == 1 and t.count('期限') == 1
assert t.count('内') == 7 and t.count('范围内') == 3 and t.count('内容') == 2 and t.count('国内') == 1
assert t.count('年') == 2 and t.count('月') == 2 and t.count('日') == 3 and t.count('之日起施行') == 1
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == ['1996年9月6日', '2016年11月25日']
for w in ('每', '底', '期间', '之前', '以前', '提前', '年内', '日内', '月内', '限期', '时限', '季度'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO
# None. Every number in the text, read: 第十届/第十四届, 第三十次/第三十一次 (ordinals), the article numbers,
# 前款第（一）项 (an ordinal reference), the two dates and 24小时 (the limit above). 确定专职或者兼职保密
# 工作人员 (art. 5) carries no number; the lists of arts. 8 (four measures), 10 (six), 15 (four) give no
# count in the text (下列措施, 以下措施, 下列规定). No 号 and no bracketed year.
NUM = '0-9一二三四五六七八九十百千万两'
found = re.findall(rf'(?<![第{NUM}（])[{NUM}]+[名人项个类件条所家次年月日小时]', t)
assert found == ['1996年', '9月', '6日', '2016年', '11月', '25日', '24小'], found
assert t.count('名') == 0 and t.count('个') == 3 and t.count('个人') == 2 and t.count('个体') == 1
for w in ('号', '〔', '【', '[', '令第', '编制', '职数'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 5, 'ITEM_COUNT': 0, 'ORG': 20,
                  'PRINCIPLE': 1, 'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '保密工作部门': 14, '区国家保密局': 2, '北京市第十届人民代表大会常务委员会': 1,
    '北京市第十四届人民代表大会常务委员会': 1, '市国家保密局': 1, '市保密工作部门': 1})
assert [e['normalized'] for e in d.ents if e['label'] == 'PRINCIPLE'] == [['分级负责', '严格管理', '提高整体防范能力']]
write_gold(OUT, [d])
