"""Build regs_df.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 上海市促进大型科学仪器设施共享规定 (Shanghai provisions on promoting the sharing of large
scientific instruments and facilities; 18 articles, no chapters, in force 2007-11-01 (art. 18)).
The file has no header: no adoption, approval, promulgation or amendment line, and its name
carries no date. The only date in the text is the effective date, so meta.date is 2007-11-01
(regs-ag, regs-s: the text's own effective date where the file has no header).
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or
model is used.
"""
from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh11/regs_df.jsonl'

d = Doc("fresh11-reg-shanghai-large-instrument-sharing",
        "corpus/regulations/shanghai/上海市促进大型科学仪器设施共享规定.txt",
        # date: no date in the file name and no adoption/amendment line in the text; the text's
        # own effective date (art. 18 本规定自2007年11月1日起施行), as regs-ag (fresh6) and regs-s
        # (fresh4) for Shanghai files without a header. region: a municipal regulation (上海市).
        {"region": "上海市", "date": "2007-11-01"})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 2100

ORG = 'ORG'

# ====================================================================== title line
# 上海市促进大型科学仪器设施共享规定: no body head word and no 《》 (v1.1 *Title lines*): no label.
assert t.startswith('上海市促进大型科学仪器设施共享规定\n\n\n第一条')

# ====================================================================== ORG
# art. 2 具体价值限额由市人民政府另行规定: a level prefix pointing to one body (v1.1 *Level words*;
# regs-ag 报市人民政府批准).
d.ctx(ORG, '具体价值限额由[市人民政府]另行规定')
d.check_all('人民政府', 1, 1)
# art. 16 联合国、国际组织或者外国政府: 外国政府 is any foreign government, no definite body
# (v1.1 *Bare 党委, 政府*: no level or place of its own); 国际组织 has head 组织 (v1.1);
# 联合国 has no body head word (report-o, report-be: not ORG).
d.check_all('政府', 2, 1, deliberate=['国际组织或者外国[政府]无偿援助'])
d.check_all('联合国', 1, 0, deliberate=['本市接受[联合国]、国际组织'])
d.check_all('组织', 5, 0, deliberate=[
    '统筹协调，[组织]实施本规定',                 # art. 3, verb
    '应当[组织]有关专家就其必要性进行评议',       # art. 7, verb
    '应当[组织]有关专家，在共享服务时间',         # art. 11, verb
    '相关人员，[组织]开展业务培训',               # art. 14, verb
    '联合国、国际[组织]或者外国政府',             # art. 16, head 组织 (v1.1)
])

# 市共享服务平台 (art. 4, 以下简称, ×8 with the full name): a platform, not a body (head 平台 is not
# a body head word; dec_cd 市大数据资源平台, regs-i 人大代表履职服务平台, res_cf "一站式"综合性服务平台),
# so neither the full name nor the abbreviation is ORG (project decision *以下简称 for a body under
# a generic head*: the abbreviation is ORG only when the body it stands for is). README call 1.
d.check_all('平台', 8, 0, deliberate=[
    '大型科学仪器设施共享服务[平台]（以下简称',        # art. 4, full name
    '（以下简称市共享服务[平台]）',                    # art. 4, the abbreviation itself
    '）。市共享服务[平台]应当向管理单位和用户',        # art. 4
    '市共享服务[平台]应当根据国家总体布局',            # art. 4
    '分类后，通过市共享服务[平台]向社会公布',          # art. 5
    '对加入市共享服务[平台]，且共享服务工作量',        # art. 10
    '奖励办法和结果应当通过市共享服务[平台]向社会公布',  # art. 10
    '对加入市共享服务[平台]的管理单位进行评估',        # art. 11
])

# 部门 ×16: every one a generic head (guidelines ORG "No": head 部门; regs-b 市城管执法部门,
# regs-ag 本市统计部门). The fields before a shared head (市科技、教育、人事等行政管理部门; 财政等相关
# 行政管理部门) are not names of bodies (regs-ag 建设、财政…行政管理部门). The main actor
# 市科技行政管理部门 (×8 with 科技行政管理部门) is therefore never ORG. README call 2.
d.check_all('部门', 16, 0, deliberate=[
    '第三条 市科技行政管理[部门]负责对',                 # art. 3
    '本市其他有关行政管理[部门]按照各自职责',            # art. 3 (有关)
    '十五日内，向市科技行政管理[部门]报送其名称',        # art. 5
    '基本信息，报送市科技行政管理[部门]。',              # art. 5
    '的，科技行政管理[部门]和财政等',                    # art. 7
    '财政等相关行政管理[部门]应当组织有关专家',          # art. 7 (相关)
    '的，相关行政管理[部门]应当在项目合同',              # art. 8 (相关)
    '市科技行政管理[部门]对加入市共享服务平台',          # art. 10
    '市有关行政管理[部门]应当组织有关专家',              # art. 11 (有关)
    '有关行政管理[部门]应当在同等条件下优先批准',        # art. 13 (有关)
    '项目审批[部门]在批准其承担',                        # art. 13
    '人事等行政管理[部门]应当有计划地',                  # art. 14
    '由市科技行政管理[部门]责令限期改正',                # art. 15
    '或者上级主管[部门]对负有直接责任',                  # art. 15 (上级)
    '由市科技行政管理[部门]依法追回',                    # art. 15
    '向市科技行政管理[部门]报送其基本信息',              # art. 17
])
assert t.count('科技行政管理部门') == 8

# 单位 ×18: generic head (guidelines ORG "No"). 管理单位 (art. 2, 以下简称 for 高等学校、科研院所、企业等
# 管理…的单位) is an abbreviation of a body under a generic head: not ORG (project decision).
d.check_all('单位', 18, 0, deliberate=[
    '管理大型科学仪器设施的[单位]（以下简称',       # art. 2
    '（以下简称管理[单位]）将大型',                  # art. 2
    '由其他[单位]、个人（以下统称用户）',            # art. 2
    '应当向管理[单位]和用户提供',                    # art. 4
    '其管理[单位]应当在完成安装',                    # art. 5
    '鼓励管理[单位]将前款规定以外',                  # art. 5
    '满足申请[单位]相关科学研究',                    # art. 7
    '在满足本[单位]科学研究',                        # art. 8
    '第九条 管理[单位]提供共享服务',                 # art. 9
    '达到共享服务要求的管理[单位]，给予',            # art. 10
    '加入市共享服务平台的管理[单位]进行评估',        # art. 11
    '第十二条 管理[单位]获得的奖励资金',             # art. 12
    '获得共享服务奖励的管理[单位]申请以市',          # art. 13
    '使用其他[单位]大型科学仪器设施',                # art. 13
    '第十五条 管理[单位]及其工作人员',               # art. 15
    '由其所在[单位]或者上级主管部门',                # art. 15 (所在)
    '\n\n管理[单位]不符合本规定第十条',              # art. 15
    '其管理[单位]应当在本规定施行之日起',            # art. 17
])

# 院 / 所: 科研院所 (art. 2) is a class of research institutes, like 高等学校 (facilities; regs-m
# 高等院校、科研院所、企业; reports notes: research institutes are not ORG); the other 所 are 所称 ×2
# and 所在单位.
d.check_all('院', 1, 0, deliberate=['高等学校、科研[院]所、企业'])
d.check_all('所', 4, 0, deliberate=[
    '本规定[所]称的大型科学仪器设施',
    '本规定[所]称的共享',
    '高等学校、科研院[所]、企业',
    '由其[所]在单位或者上级主管部门',
])
# Other body heads: none occur. 局 only in 布局; 办 only in 办法; 会 only in 社会 ×5.
for w in ('委员会', '机关', '机构', '中心', '厅', '站', '队', '团', '室', '股', '党', '人大'):
    assert w not in t, w
assert t.count('局') == 1 and '布局' in t
assert t.count('办') == 1 and '奖励办法' in t
assert t.count('会') == 5 and t.count('社会') == 5
# Not ORG either (read in context): 本市 (territory), 长江三角洲地区其他城市 (places), 全国大型科学
# 仪器设施协作共用网络 (a network), 市或者区、县财政资金 (levels of funding, no body head word),
# 高等学校, 企业, 用户, 有关专家, 人员 (facilities, companies, people).

# ====================================================================== DEADLINE
# Relative within-limits (v1.2 *Relative time limits*): the limit alone, without 在/自…之日起.
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
# art. 5: the managing unit reports a new instrument within 15 days of acceptance.
d.ctx('DEADLINE', '完成安装、调试验收之日起[十五日内]，向市科技行政管理部门报送', norm=WITHIN)
# art. 17: transitional window counted from the effective date (batch-c 本条例实施之日起六个月内;
# regs-r 自本条例实施之日起一个月内). The effective date itself is not DEADLINE (v1.1).
d.ctx('DEADLINE', '应当在本规定施行之日起[三个月内]，向市科技行政管理部门报送', norm=WITHIN)
assert t.count('日内') == 1 and t.count('月内') == 1 and t.count('年内') == 0
# Not DEADLINE:
#   art. 15 责令限期改正; 逾期不改正 (vague: guidelines 限期);
#   art. 11 定期对…进行评估 (vague, a bare frequency without a due point);
#   art. 17 本规定实施前 (tied to an event, no number: project decision); art. 13 在批准…时 (event);
#   art. 18 本规定自2007年11月1日起施行 (v1.1 *Effective dates*).
assert t.count('限期') == 1 and t.count('逾期') == 1 and t.count('定期') == 1
assert t.count('前') == 3 and t.count('前款') == 2 and '本规定实施前' in t
assert t.count('年') == 1 and '2007年11月1日起施行' in t
for w in ('每', '底', '期间', '提前', '日前'):
    assert w not in t, w

# ====================================================================== nothing else
# STAFFING: no number of people or posts. 人 ×10: 人民政府, 个人, 人才培养, 操作人员, 人事, 相关人员,
#   人员 ×2 (表彰…的人员), 工作人员, 主管人员, 直接责任人员 — none with a number.
assert t.count('人') == 10 and t.count('名') == 1 and '名称' in t
# ITEM_COUNT: no count of items set by a measure. 单台（套） (art. 2) defines a single instrument, not
#   a count; 一定 ×3 (一定价值限额, 一定的资金奖励, 一定额度) are vague; 主要依据之一 is no count; the
#   ordinals 第N条 and 前款 are not counts (guidelines ITEM_COUNT "No": ordinal numbers).
assert t.count('个') == 2 and '个人' in t and '三个月内' in t
assert t.count('一定') == 3 and t.count('之一') == 1 and t.count('单台（套）') == 1
assert t.count('项') == 7 and t.count('件') == 5 and t.count('类') == 3
# PRINCIPLE: no 原则, 方针, 思路 and no quoted formula. 要求 ×3 (共享服务的相关要求, 保密要求,
#   达到共享服务要求) are requirements, neither quoted nor called 原则 (PRINCIPLE "No");
#   按照各自职责 and 根据国家总体布局的需要 are not principles either.
for w in ('原则', '方针', '思路', '“', '"'):
    assert w not in t, w
assert t.count('要求') == 3
# DOC_NO: no 〔year〕…号; 号 only in 型号. DOC_TITLE: no 《》.
assert '〔' not in t and '[' not in t and '【' not in t and '《' not in t
assert t.count('号') == 1 and '型号' in t

# ====================================================================== checks
d.check_value_shapes()
for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 2, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 0, 'ORG': 1,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
