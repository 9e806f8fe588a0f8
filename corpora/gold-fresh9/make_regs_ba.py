"""Build regs-ba.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 云浮市优化营商环境条例 (Yunfu city regulation on optimising the business environment;
adopted 2022-12-06 by the standing committee of the 7th Yunfu people's congress, approved
2023-02-10 by the standing committee of the 14th Guangdong provincial people's congress,
file date 2023-03-03, in force 2023-03-15).
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or
model is used.
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, write_gold

OUT = 'corpora/gold-fresh9/regs-ba.jsonl'

d = AnchoredDoc("fresh9-reg-yunfu-business-environment-2023",
                "corpus/regulations/guangdong/云浮市优化营商环境条例(2023-03-03).txt",
                # date: the file's date (promulgation), later than the header's adoption
                # (2022-12-06) and approval (2023-02-10); region: province + city
                {"region": "广东省云浮市", "date": "2023-03-03"})
assert d.text == d.raw.decode('utf-8')
t = d.text

ORG = 'ORG'

# ====================================================================== header
# the standing committees before the sessions are ORG (term number inside, meeting outside)
d.ctx(ORG, '2022年12月6日 [[云浮市第七届人民代表大会常务委员会]]第七次会议通过')
d.ctx(ORG, '2023年2月10日 [[广东省第十四届人民代表大会常务委员会]]第一次会议批准')
# title line 云浮市优化营商环境条例: no body; header dates and art. 31 effective date: not DEADLINE

# ====================================================================== DOC_TITLE
d.ctx('DOC_TITLE', '根据《[[优化营商环境条例]]》等法律法规')
assert t.count('《') == 1 and t.count('》') == 1

# ====================================================================== ORG: governments
# 市、县（市、区）人民政府 (×33) → 县（市、区）人民政府 (v1.1 *Shared endings*: the bare 市 is not a
# name; 县（市、区）人民政府 is one ORG); art. 21 has it alone once. Every occurrence is labelled,
# also before 及其有关部门 / 及有关单位 (v1.1 *A body named inside a longer non-ORG phrase*).
d.every(ORG, '县（市、区）人民政府', 34)
assert t.count('市、县（市、区）人民政府') == 33
# art. 15 writes the same with ASCII parentheses (×3)
d.every(ORG, '县(市、区)人民政府', 3)
assert t.count('市、县(市、区)人民政府') == 3
# art. 11: 市人民政府人力资源社会保障部门 → the government inside the 部门 phrase
d.ctx(ORG, '合作。\n\n[[市人民政府]]人力资源社会保障部门')
# art. 21: 镇人民政府 ×3 and 街道办事处 ×2 (regs-b: bare 街道办事处, 镇人民政府 are ORG);
# 镇人民政府、街道办事处便民服务中心 → `镇人民政府` (a complete name) + `街道办事处便民服务中心`
# (longest name; regs-b 自治县人民政府街道办事处、镇人民政府 → two ORGs)
d.every(ORG, '镇人民政府', 3)
d.ctx(ORG, '推进镇人民政府、[[街道办事处便民服务中心]]规范化建设')
d.ctx(ORG, '群众经常办理且镇人民政府、[[街道办事处]]能有效承接')
d.ctx(ORG, '中心办理。\n\n镇人民政府、[[街道办事处]]可以在村（居）设立')
d.check_all('街道办事处', 3, 3)

# 人民政府: 45 = 34 + 3 + 1 + 3 labelled; 各级人民政府 ×4 are vague (v1.1 *Level words*)
d.check_all('人民政府', 45, 41, ['第七条 各级[人民政府]及有关单位',
                               '各级[人民政府]及其有关部门不得在招商引资',
                               '各级[人民政府]及其有关部门应当履行',
                               '中介服务的，各级[人民政府]及其有关部门'])
# 政府: the 5 further hits are bare 政府 (v1.1 *Bare 党委, 政府*) or generic 政府(有关)部门
d.check_all('政府', 50, 41, ['第七条 各级人民[政府]及有关单位',
                           '各级人民[政府]及其有关部门不得在招商引资',
                           '各级人民[政府]及其有关部门应当履行',
                           '中介服务的，各级人民[政府]及其有关部门',
                           '加大对中小企业的[政府]采购',            # government procurement
                           '加强中小企业[政府]性融资担保体系',        # 政府性: not a body
                           '加大对[政府]性融资担保机构',             # head 机构
                           '通过[政府]部门信息共享',                # head 部门
                           '。[政府]有关部门应当按照行政检查清单'])    # head 部门, 有关

# ====================================================================== ORG: congress
# art. 28: 市、县（市、区）人民代表大会常务委员会 → the complete name after the shared prefix
d.ctx(ORG, '第二十八条 市、[[县（市、区）人民代表大会常务委员会]]通过执法检查')
d.check_all('委员会', 3, 3)

# ====================================================================== ORG: service centres
# 政务服务中心 / 便民服务中心: service centres with duties (art. 20 政务服务中心应当设置…窗口，受理、
# 转办…), like the guidelines' 行政综合服务中心 and the earlier sets' 市政务服务中心, 便民服务中心.
d.ctx(ORG, '加强[[政务服务中心]]、便民服务中心等建设和管理')
d.ctx(ORG, '加强政务服务中心、[[便民服务中心]]等建设和管理')
d.ctx(ORG, '按照标准加强[[综合性实体政务服务中心]]建设')      # art. 19, whole modifier phrase kept
d.every(ORG, '政务服务中心', 4,
        exclude=['加强[政务服务中心]、便民服务中心', '综合性实体[政务服务中心]建设'])
d.ctx(ORG, '政务服务事项下沉至[[便民服务中心]]办理')
assert t.count('政务服务中心') == 6 and t.count('便民服务中心') == 3
# the 10th 中心 is a company's R&D centre (支持各类企业在本市设立总部机构、研发中心): not ORG
d.check_all('中心', 10, 9, ['总部机构、研发[中心]'])

# ====================================================================== ORG: mass organisation
# art. 27: 工商业联合会 (the federation of industry and commerce, a mass organisation, like 工商联);
# 企业联合会 is an association of enterprises, like 行业协会商会 (seventh session: trade
# associations are not bodies); 听证会 is a meeting.
d.ctx(ORG, '充分听取市场主体、[[工商业联合会]]、企业联合会')
d.check_all('联合会', 2, 1, ['工商业联合会、企业[联合会]或者相关行业协会'])

# ---------------------------------------------------------------------- not ORG (checked)
# generic heads 机构 (总部机构, 产业园区管理机构, 科学研究机构, 金融机构 ×2, 政府性融资担保机构,
# 中介服务机构 ×3), 机关 (有关国家机关, 国家机关, 有权机关), 单位 (有关单位 ×2, 公用企事业单位 ×2,
# 建设单位), 部门 (发展改革部门, 主管部门, 有关部门, 各级部门 …): none inside a label
d.check_all('机构', 9, 0, ['设立总部[机构]', '产业园区管理[机构]', '科学研究[机构]', '支持金融[机构]',
                         '融资担保[机构]', '商业银行等金融[机构]', '指定中介服务[机构]',
                         '加强对中介服务[机构]', '对中介服务[机构]及其'])
d.check_all('机关', 3, 0, ['有关国家[机关]', '第三十条 国家[机关]', '由有权[机关]'])
d.check_all('单位', 5, 0, ['人民政府及有关[单位]应当', '各级人民政府及有关[单位]、',
                         '通信等公用企事业[单位]的服务', '通信等公用企事业[单位]不得', '建筑工程的建设[单位]'])
assert t.count('部门') == 32
for e in d.ents:
    assert not e['text'].endswith(('部门', '机构', '机关', '单位')), e
# not ORG either: 新闻媒体 (media), 高等院校 / 职业学校（含技工学校） (facilities), 一站式服务受理点,
# 便民服务站点 (service points, v1.1), 12345政务服务便民热线, 各类平台 (platforms), 省财政 (no body
# head), 行业协会商会 (associations), 商业银行 (economic entities).

# ====================================================================== other types
# DEADLINE: none. 在规定时限内 (art. 29) is a vague limit (v1.2); 及时, 定期 are vague; the header dates
# and 本条例自2023年3月15日起施行 are not DEADLINE (v1.1 *Effective dates*).
for w in ('日内', '日前', '提前', '期间', '每', '底前', '年内', '月底'):
    assert w not in t, w
assert t.count('前') == 1 and '前台综合受理' in t       # the only 前 is 前台 (front desk)
assert [m.group(0) for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == ['2022年12月6日', '2023年2月10日',
                                                                  '2023年3月15日']
# STAFFING: none (指定专门人员 has no number). ITEM_COUNT: none (需要两个以上部门共同研究解决 is a
# threshold, v1.1; 以下事项 / 下列措施 lists carry no number).
assert t.count('个') == 1 and '两个以上部门' in t
assert t.count('名') == 2 and t.count('任何名义') == 1 and t.count('名称') == 1
# PRINCIPLE: none. 原则/方针/思路 do not occur; 按照减环节、减材料、减时限的要求 is unquoted and called
# 要求 (regs-b: 按照城市网格化、精细化管理要求 not labelled; guidelines: a quoted formula).
assert '原则' not in t and '方针' not in t and '思路' not in t and '“' not in t
assert t.count('要求') == 3
# DOC_NO: none (no 〔 and no 号).
assert '〔' not in t and '号' not in t

for e in d.ents:
    assert e['normalized'] is None, e          # ORG and DOC_TITLE only
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 0, 'ORG': 56,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
