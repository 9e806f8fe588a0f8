"""Build regs-ag.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 上海市住房公积金管理若干规定 (Shanghai housing provident fund provisions, a municipal
government rule). The file has no header: no adoption, approval or promulgation line. The text
gives its effective date only (art. 23: 本规定自2006年1月1日起施行), so meta.date is 2006-01-01.
Run from /work/main with .venv/bin/python. Only turns the labels into offsets; no extractor or model is used.
"""
from collections import Counter

from policyie.corpora.anchors import AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh6/regs-ag.jsonl'

d = Doc("fresh6-reg-shanghai-housing-fund",
        "corpus/regulations/shanghai/上海市住房公积金管理若干规定.txt",
        # date: the text's own effective date (art. 23); the file has no adoption/promulgation line
        {"region": "上海市", "date": "2006-01-01"})
assert d.text == d.raw.decode('utf-8')
t = d.text

# ---- title line 上海市住房公积金管理若干规定: no body head word, no label (v1.1 *Title lines*) ----

# ---- ORG: State Council before the cited regulation (regs-j/regs-l/regs-t precedent) ----
d.ctx('ORG', '根据[国务院]《住房公积金管理条例》，结合本市')                      # art. 1
d.ctx('ORG', '由市公积金管理中心依照[国务院]《住房公积金管理条例》的规定')        # art. 17
assert t.count('国务院') == 2

# ---- ORG: the management committee and its 以下简称 abbreviation (v1.2 *Definite short forms*) ----
d.ctx('ORG', '第二条 [上海市住房公积金管理委员会]（以下简称市公积金管委会）')
# the abbreviation at every occurrence, the one inside the parenthesis included (regs-i, regs-s)
for p in ['（以下简称[市公积金管委会]）是本市住房公积金管理的决策机构',          # art. 2
          '由[市公积金管委会]拟订，报市人民政府批准后执行',                       # art. 4
          '经[市公积金管委会]批准后执行，并向社会公布',                           # art. 9
          '第十二条 [市公积金管委会]在拟订住房公积金的缴存比例',                 # art. 12
          '向社会公布经[市公积金管委会]审议的上年度住房公积金年报',               # art. 14
          '补充住房公积金的缴存、提取和使用办法，由[市公积金管委会]拟订']:        # art. 21
    d.ctx('ORG', p)
assert t.count('市公积金管委会') == 6

# ---- ORG: the fund management centre and its 以下简称 abbreviation ----
d.ctx('ORG', '[上海市公积金管理中心]（以下简称市公积金管理中心）负责本市')
# 市公积金管理中心: 30 occurrences of the string, one of them inside the full name above;
# the other 29 (the one inside the parenthesis included) are each the body itself: the subject of a
# duty, the addressee of an application, a party to a contract, or the author of an act. None
# modifies a person or post (市公积金管理中心、受托银行、单位和相关工作人员: the staff are a separate member).
d.every('ORG', '市公积金管理中心', 29, exclude=['上海[市公积金管理中心]（以下简称'])
assert t.count('市公积金管理中心') == 30

# ---- ORG: 人民银行 inside 建设、财政、人民银行等行政管理部门 (art. 2) ----
# a state organ named like a bank (v1.1: 人民银行济南分行 is ORG); the one central bank, not a class of
# bodies like bare 人民法院; named inside a longer non-ORG phrase, so labelled on its own (v1.1).
# 建设, 财政 are bare fields before the generic head 行政管理部门: not ORG.
d.ctx('ORG', '依法接受建设、财政、[人民银行]等行政管理部门的监督')
assert t.count('人民银行') == 1

# ---- ORG: the city government (approver of the committee's proposals) ----
d.ctx('ORG', '由市公积金管委会拟订，报[市人民政府]批准后执行')                     # art. 4
d.ctx('ORG', '由市公积金管委会拟订，报[市人民政府]批准。')                        # art. 21
assert t.count('人民政府') == 2

# ---- ORG: art. 23, the body that adopted the repealed 1996 regulation (regs-k art. 48) ----
d.ctx('ORG', '1996年4月12日[上海市第十届人民代表大会常务委员会]第二十七次会议通过')
assert t.count('委员会') == 2 and t.count('常务委员会') == 1

# not ORG:
# - generic heads: 行政管理部门 (art. 2 ×2, art. 5), 审计部门, 本市统计部门 (art. 11), 决策机构 (art. 2),
#   担保机构 (art. 15 ×2, also defined in the text under the head 机构), 国家机关;
# - fields before a generic head: 建设、财政; 劳动保障、民政、人事、工商、房地资源、统计; 工商、劳动保障和统计;
# - 单位 and its members (以下统称单位): 国有企业…事业单位、民办非企业单位、社会团体; 原单位/新单位/所在单位/本单位;
# - 受托银行 (art. 8 以下简称, ×5 more): banks are economic entities (v1.1 *Not bodies*), so the
#   abbreviation is not ORG either (project decision *以下简称 for a body under a generic head*);
# - bare 人民法院 (art. 20; v1.2: generic without level or place);
# - meetings 座谈会、听证会 (art. 12); 媒体; 国家 (国家规定的最低缴存比例); 本市; 社会 (向社会公布).

# ---- DOC_TITLE: the five 《》 ----
d.ctx('DOC_TITLE', '根据国务院《[住房公积金管理条例]》，结合本市')
d.ctx('DOC_TITLE', '依照国务院《[住房公积金管理条例]》的规定予以处理')
d.ctx('DOC_TITLE', '可以依照《[中华人民共和国行政复议法]》或者')
d.ctx('DOC_TITLE', '或者《[中华人民共和国行政诉讼法]》的规定')
d.ctx('DOC_TITLE', '第二十七次会议通过的《[上海市住房公积金条例]》同时废止')
assert t.count('《') == 5

# ---- DEADLINE: relative within-limits (v1.2): period, during, date null ----
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}
d.ctx('DEADLINE', '原单位应当自劳动关系终止之日起[三十日内]，将职工住房公积金账户转移到新单位',
      norm=WITHIN)                                                                 # art. 6
d.ctx('DEADLINE', '原单位应当自劳动关系终止之日起[三十日内]，将职工住房公积金账户转入',
      norm=WITHIN)                                                                 # art. 6
d.ctx('DEADLINE', '新单位应当自录用之日起[三十日内]，为职工办理', norm=WITHIN)         # art. 6
# art. 6: the window the centre's urging gives the employer (the only statement of that limit;
# regs-q/regs-w 十五日内未提出异议的, labelled as the window for the act). Uncertain: condition form.
d.ctx('DEADLINE', '经督促单位在[十日内]仍不办理的', norm=WITHIN)                      # art. 6
d.ctx('DEADLINE', '市公积金管理中心应当在[二十日内]予以办理', norm=WITHIN)            # art. 6
d.ctx('DEADLINE', '自受理提取住房公积金申请之日起[三个工作日内]，作出', norm=WITHIN)  # art. 8
d.ctx('DEADLINE', '自受理住房公积金贷款申请之日起[十五日内]作出', norm=WITHIN)        # art. 10
d.ctx('DEADLINE', '应当在接到投诉、举报后[三十日内]提出处理意见', norm=WITHIN)        # art. 16
assert t.count('日内') == 8

# ---- DEADLINE: recurring due points of a duty (regs-i 每年十一月; mixed-c 每年7月底前) ----
# the year left out is the document's year (meta.date 2006-01-01 → 2006)
d.ctx('DEADLINE', '受托银行应当于[每年八月]向单位和职工发放',
      norm={"date": "2006-08-31", "precision": "month", "relation": "by", "recurring": True})   # art. 13
d.ctx('DEADLINE', '市公积金管理中心应当在[每年三月底前]，向社会公布',
      norm={"date": "2006-03-31", "precision": "month", "relation": "by", "recurring": True})   # art. 14
assert t.count('每年') == 3
# not DEADLINE: 每年住房公积金的缴存比例 (art. 4, bare frequency / scope); 上年度 (arts. 11, 14);
# 申请贷款前 (art. 9, a condition), 在拟订…等重大事项前 (art. 12, tied to an event, no number);
# 责令限期退回 ×3 and 逾期 ×2 (vague); 取消其一年至五年的…贷款资格 (art. 19, penalty period, batch-c);
# 连续失业两年以上 (art. 7, a condition); 2006年1月1日起施行 (effective date, v1.1);
# 1996年4月12日 (a past event).

# no STAFFING, ITEM_COUNT, PRINCIPLE or DOC_NO: no count of people or posts, no count of items set by a
# measure (下列情形之一, 第（一）项 are not counts; 百分之十以上…, 一倍以上五倍以下 are ratios of fines);
# no 原则 and no quoted formula; no 〔year〕…号.
assert '原则' not in t and '〔' not in t and '号' not in t

# ---- checks ----
c = Counter(e['label'] for e in d.ents)
assert c == Counter({'ORG': 43, 'DEADLINE': 10, 'DOC_TITLE': 5}), c
for e in d.ents:
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}
write_gold(OUT, [d])
