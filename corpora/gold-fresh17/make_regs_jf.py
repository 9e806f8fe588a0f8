"""Build regs_jf.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 广东省湿地保护条例 (Guangdong regulation on wetland protection; adopted 2006-06-01 by the
standing committee of the 10th Guangdong provincial people's congress, 25th session; amended
2014-09-25 (12th congress, 11th session, omnibus decision on 27 regulations) and 2018-11-29 (13th
congress, 7th session, omnibus decision on 13 regulations); revised 2020-11-27 (13th congress, 26th
session); amended 2022-11-30 (13th congress, 47th session, omnibus decision on 6 regulations); in
force 2021-01-01, art. 42). 42 articles in 6 chapters.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedents: gold-fresh15 regs_hg (广东省动物防疫条例: the same header layout, 县级以上人民政府
pinned, 省人民政府 / 地级以上市人民政府 / 县级人民政府 / 本级人民政府 inside 主管部门 phrases, bare
乡镇人民政府 / 街道办事处 / 村民委员会 / 居民委员会, bodies under 机构 not ORG); gold-fresh7 regs-ak
(广东省机动车排气污染防治条例(2022-11-30): the same 2022 omnibus decision); gold-fresh12 regs_ef (a cap
on how long a temporary use lasts is not DEADLINE); gold-fresh11 regs_dd and gold-fresh16 regs_ih
(所在地 + 街道办事处 / 乡镇人民政府 not ORG); gold-fresh16 regs_ie (坚持…的原则, 本级 + body).
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh17/regs_jf.jsonl'
SRC = 'corpus/regulations/guangdong/广东省湿地保护条例(2022-11-30).txt'

d = Doc("fresh17-regs-guangdong-shidi", SRC,
        # date: the file name's date, 2022-11-30, which is also the header's last line (the third
        # amendment; regs-a notes: the latest adoption or revision date in the header; regs_hg,
        # regs-ak the same 2022-11-30 decision). The effective date 2021-01-01 (art. 42, from the
        # 2020 revision) is not the document's date. No label depends on the year (the only DEADLINE
        # is a relative limit).
        # region: a provincial regulation of Guangdong (regs_hg, regs-ak: "广东省").
        {"region": "广东省", "date": "2022-11-30"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 5892
t = d.text
ORG, DT, PR, DL = 'ORG', 'DOC_TITLE', 'PRINCIPLE', 'DEADLINE'
WITHIN = {"date": None, "precision": "period", "relation": "during", "recurring": False}

# ====================================================================== header
# Title line 广东省湿地保护条例: no 《》 and no body head word (v1.1 *Title lines*): nothing.
assert t.startswith('广东省湿地保护条例\n')
# The standing committee before its session is ORG, the term number inside, the session outside
# (regs-a / regs-b notes *Adoption lines*; regs_hg, regs-ak, regs_gf).
d.ctx(ORG, '2006年6月1日 [广东省第十届人民代表大会常务委员会]第二十五次会议通过')
d.ctx(ORG, '2014年9月25日 [广东省第十二届人民代表大会常务委员会]第十一次会议《')
d.ctx(ORG, '2018年11月29日 [广东省第十三届人民代表大会常务委员会]第七次会议《')
d.ctx(ORG, '2020年11月27日[广东省第十三届人民代表大会常务委员会]第二十六次会议修订')
d.ctx(ORG, '2022年11月30日 [广东省第十三届人民代表大会常务委员会]第四十七次会议《')
# The three amending decisions: one DOC_TITLE each, the nested 〈…〉 inside (guidelines DOC_TITLE:
# titles nested inside a title stay inside the outer one; regs_hg, regs-ak). 等二十七项 / 等十三项 /
# 等六项 inside the titles are not ITEM_COUNT (no overlap across types; regs_hg 等十项, regs-ak).
d.ctx(DT, '第十一次会议《[关于修改〈广东省商品房预售管理条例〉等二十七项地方性法规的决定]》第一次修正')
d.ctx(DT, '第七次会议《[关于修改〈广东省环境保护条例〉等十三项地方性法规的决定]》第二次修正')
d.ctx(DT, '第四十七次会议《[关于修改〈广东省机动车排气污染防治条例〉等六项地方性法规的决定]》第三次修正')
# The header dates are past events, and art. 42 本条例自2021年1月1日起施行 is an effective date: not
# DEADLINE (guidelines DEADLINE "No"; v1.1 *Effective dates*). The stray 根据 at the end of line 7 and
# the unmatched ） closing line 9 are layout residue (regs_hg, regs_gf: the same header layout).
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == [
    '2006年6月1日', '2014年9月25日', '2018年11月29日', '2020年11月27日', '2022年11月30日', '2021年1月1日']
assert t.count('修订 根据\n') == 1 and t.count('第三次修正）') == 1 and t.count('日起施行') == 1

# ====================================================================== DOC_TITLE (body)
# art. 2 para. 3 按照《中华人民共和国土地管理法》《中华人民共和国渔业法》等有关法律法规执行: two laws,
# one DOC_TITLE each; art. 39 按照《中华人民共和国湿地保护法》等有关法律法规的规定处罚.
d.ctx(DT, '相关管理活动按照《[中华人民共和国土地管理法]》《中华人民共和国渔业法》')
d.ctx(DT, '《中华人民共和国土地管理法》《[中华人民共和国渔业法]》等有关法律法规执行')
d.ctx(DT, '按照《[中华人民共和国湿地保护法]》等有关法律法规的规定处罚')
assert t.count('《') == 6 and t.count('》') == 6 and t.count('〈') == 3 and t.count('〉') == 3
# Not DOC_TITLE (no 《》): 本条例 and its cross-references (本条例第二十六条, 第三十三条), the plans
# 湿地保护规划, 国土空间规划, 生态环境保护规划 … 防洪规划 (art. 10), 红树林湿地专项保护规划 (art. 30), the
# lists 国家重要湿地名录 / 省级重要湿地名录 (art. 15), 认定标准和管理办法 (arts. 14, 15), 具体补偿办法 (art.
# 25), 村规民约, 居民公约 (art. 32).

# ====================================================================== ORG: the congress
d.check_all('人民代表大会', 5, 5)
d.check_all('常务委员会', 5, 5)

# ====================================================================== ORG: governments
# 省人民政府 ×7: the provincial government, on its own (art. 9 健全湿地标准体系; art. 25 制定补偿办法;
# the two 在省人民政府指导下 of arts. 14 and 15) and as the body inside a 主管部门 phrase (v1.1 *A body
# named inside a longer non-ORG phrase*: 区人民政府工作部门 → 区人民政府; regs_hg 省人民政府农业农村主管
# 部门 → 省人民政府): arts. 14, 15, 27.
d.ctx(ORG, '\n\n[省人民政府]按照国家规定健全湿地标准体系')                       # art. 9
d.ctx(ORG, '\n\n[省人民政府]林业主管部门在省人民政府指导下，会同')               # art. 14
d.ctx(ORG, '林业主管部门在[省人民政府]指导下，会同有关部门制定')                 # art. 14
d.ctx(ORG, '省级重要湿地名录由[省人民政府]林业主管部门在')                       # art. 15
d.ctx(ORG, '林业主管部门在[省人民政府]指导下发布')                               # art. 15
d.ctx(ORG, '具体补偿办法由[省人民政府]制定')                                     # art. 25
d.ctx(ORG, '应当征求[省人民政府]林业主管部门的意见')                             # art. 27
d.check_all('省人民政府', 7, 7)
# 地级以上市人民政府 ×2: Guangdong's standing name for its prefecture-level cities, one tier of city
# governments (fourteenth session: 地级以上市人民政府 is one ORG, like 设区的市人民政府; regs_hg).
#   art. 14 地级以上市人民政府可以…将一般湿地划为市重要湿地 (the body itself);
#   art. 33 应当经地级以上市人民政府林业主管部门同意 (inside a 部门 phrase).
d.ctx(ORG, '一般湿地。[地级以上市人民政府]可以根据实际情况')
d.ctx(ORG, '应当经[地级以上市人民政府]林业主管部门同意')
assert t.count('地级以上市') == 2
# art. 15 一般湿地由县级人民政府林业主管部门会同有关部门…确定: 县级 names a class of bodies (v1.1 县级党委;
# shandong-part1 县级政府; regs_hg 县级人民政府农业农村主管部门 → `县级人民政府`), inside a 部门 phrase.
d.ctx(ORG, '一般湿地由[县级人民政府]林业主管部门会同有关部门')
assert t.count('县级') == 27 and t.count('县级以上') == 26 and t.count('县级人民政府') == 1
# art. 18 para. 2 县级以上人民政府林业、…等主管部门…并定期向本级人民政府报告: 本级 + body points to one
# definite body (v1.1 *Level words*: 本级人民政府), although it is relative to a 县级以上 department, as
# regs_hg (art. 18, the same shape), regs_ie (本级人民代表大会常务委员会) and gold-check mixed-check-b.
# README call 3.
d.ctx(ORG, '并定期向[本级人民政府]报告')
# art. 40 para. 2 乡镇人民政府可以根据国家和省的规定在本行政区域内…实施行政处罚: the bare class name of
# the township government holding a power, no 各/所在/当地 before it (regs-b notes: bare 乡镇人民政府 is
# ORG; regs_hg, regs_ie, regs_ih).
d.ctx(ORG, '\n\n[乡镇人民政府]可以根据国家和省的规定')
# art. 32 para. 2 红树林湿地所在地乡镇人民政府、街道办事处应当组织做好红树林的管护工作: located by 所在地,
# which covers both members of the coordination (v1.1 *Alternative readings*: 属地…/所在… work like
# 有关/上级; regs_dd 户口所在地街道办事处 not ORG; regs_ih 所在地的镇人民政府或者街道办事处; gold-fresh16
# README: 所在地的 / 当地 before a list covers the whole list). README call 1.
LOCATED = '红树林湿地所在地乡镇人民政府、街道办事处应当组织做好'
assert t.count(LOCATED) == 1
d.check_all('办事处', 1, 0, ['所在地乡镇人民政府、街道[办事处]应当组织做好'])
d.check_all('乡镇', 2, 1, ['红树林湿地所在地[乡镇]人民政府、街道办事处'])
# Every 人民政府 (42) is accounted for: 12 labelled above, 30 left out.
GOV_OUT = [
    # 县级以上 + 人民政府 ×26 (v1.1 *Level words*: vague), also after 沿海 (a class of coastal
    # governments of every level from the county up: still 县级以上), inside 主管部门 phrases and after
    # 所在地 (art. 28, vague anyway: 属地/所在):
    '第四条 县级以上[人民政府]应当建立湿地保护工作协调机制',                    # art. 4
    '\n\n沿海县级以上[人民政府]应当加强对红树林湿地的保护',                    # art. 4
    '\n\n县级以上[人民政府]林业主管部门负责湿地保护',                          # art. 5
    '第八条 县级以上[人民政府]应当加强湿地保护专业技术',                        # art. 8
    '第十条 县级以上[人民政府]林业主管部门应当会同',                            # art. 10
    '第十一条 县级以上[人民政府]应当建立湿地资源调查',                          # art. 11
    '\n\n沿海县级以上[人民政府]应当组织有关部门适时',                          # art. 11
    '第十二条 县级以上[人民政府]自然资源主管部门',                              # art. 12
    '第十三条 县级以上[人民政府]应当建立湿地保护目标责任制',                    # art. 13
    '第十八条 县级以上[人民政府]应当定期组织检查',                              # art. 18
    '\n\n县级以上[人民政府]林业、水行政、自然资源、农业农村、住房城乡建设、生态环境等主管部门应当',  # art. 18
    '第二十条 县级以上[人民政府]林业、生态环境主管部门',                        # art. 20
    '未纳入的湿地，县级以上[人民政府]应当根据实际情况',                        # art. 20
    '之一的，县级以上[人民政府]应当根据当地实际情况',                          # art. 21
    '经县级以上[人民政府]批准，可以建立湿地公园',                              # art. 22
    '的区域，县级以上[人民政府]可以设立湿地保护小区',                          # art. 23
    '应当征求县级以上[人民政府]林业主管部门的意见',                            # art. 27
    '第二十八条 县级以上[人民政府]应当采取措施',                                # art. 28
    '未修复的，县级以上[人民政府]林业、水行政',                                # art. 28
    '湿地所在地县级以上[人民政府]应当及时采取措施',                            # art. 28
    '第三十条 沿海县级以上[人民政府]应当将红树林',                              # art. 30
    '第三十一条 沿海县级以上[人民政府]林业主管部门',                            # art. 31
    '第三十二条 沿海县级以上[人民政府]应当加强红树林',                          # art. 32
    '并接受县级以上[人民政府]林业主管部门的监督检查',                          # art. 33
    '\n\n沿海县级以上[人民政府]应当构建社会参与机制',                          # art. 35
    '第四十条 县级以上[人民政府]林业、水行政',                                  # art. 40
    # 各级 + 人民政府 ×2 (v1.1 *Level words*):
    '\n\n各级[人民政府]对本行政区域内湿地保护负总责',                          # art. 4
    '第七条 各级[人民政府]及有关部门应当加强宣传教育',                          # art. 7
    # 同级 + 人民政府 (v1.1 *Level words*: 同级 is vague):
    '报同级[人民政府]批准后组织实施',                                          # art. 10
    # 所在地 + 乡镇人民政府 (above):
    '红树林湿地所在地乡镇[人民政府]、街道办事处',                              # art. 32
]
d.check_all('人民政府', 42, 12, GOV_OUT)
# The only other 政府: art. 17 湿地经营者在政府引导下 — bare 政府 without a level (v1.1 *Bare 党委, 政府*).
d.check_all('政府', 43, 12, ['湿地经营者在[政府]引导下'] +
            [a.replace('[人民政府]', '人民[政府]') for a in GOV_OUT])

# ====================================================================== ORG: State Council
# art. 27 应当依法征求国务院林业草原主管部门的意见: the State Council, the body inside a 部门 phrase
# (v1.1; regs-a 报国务院住房城乡建设主管部门 → 国务院; regs_gf 报国务院有关行政主管部门; regs-l, regs-p).
d.ctx(ORG, '应当依法征求[国务院]林业草原主管部门的意见')
d.check_all('国务院', 1, 1)
d.check_all('院', 1, 1)

# ====================================================================== ORG: village and residents' committees
# art. 6 para. 2 村民委员会、居民委员会协助做好湿地保护工作…: bare class names of the grassroots committees
# holding a duty (guidelines ORG "Yes": 村委会; regs_hg, regs_ie, regs_ih: the same pair); split.
d.ctx(ORG, '\n\n[村民委员会]、居民委员会协助做好湿地保护工作')
d.ctx(ORG, '\n\n村民委员会、[居民委员会]协助做好湿地保护工作')
# art. 32 para. 2, second sentence: 村民委员会、居民委员会可以根据当地实际，在村规民约或者居民公约中规定
# 红树林管护措施: a new sentence with no locating modifier of its own (the 所在地 of the first sentence
# belongs to the township governments and offices); 当地实际 follows and is the ground, not a modifier
# of the committees. README call 2.
d.ctx(ORG, '管护工作。[村民委员会]、居民委员会可以根据当地实际')
d.ctx(ORG, '管护工作。村民委员会、[居民委员会]可以根据当地实际')
d.check_all('委员会', 9, 9)
d.check_all('委', 12, 9, ['责任人应当自行或者[委]托他人', '有关主管部门可以自行或者[委]托他人',
                         '在其法定权限内，[委]托符合法定条件'])
# 会 ×28: 14 inside the ORGs (大会 and 委员会 of the five header committees, the four 委员会 above),
# 会议 ×5, 社会 ×6, 会同 ×3.
d.check_all('会', 28, 14, [
    '第二十五次[会]议通过', '第十一次[会]议《', '第七次[会]议《', '第二十六次[会]议修订', '第四十七次[会]议《',
    '促进经济社[会]可持续发展', '纳入国民经济和社[会]发展规划', '提高全社[会]保护湿地的意识',
    '并向社[会]公布', '应当构建社[会]参与机制', '激励和引导社[会]力量参与',
    '林业主管部门应当[会]同有关部门编制', '在省人民政府指导下，[会]同有关部门制定',
    '县级人民政府林业主管部门[会]同有关部门按照',
])

# ====================================================================== not ORG (read in context)
# 部门 ×30, all under the generic head 部门 (guidelines ORG "No"; v1.1: a definite body under a generic
# head is not ORG; regs_hg, regs_ie): …林业主管部门 ×10, 水行政 / 自然资源 (×2) / 林业、生态环境 / 农业农村、
# 住房城乡建设、生态环境等 / 林业、水行政…等 (×3) 主管部门, 国务院林业草原主管部门, 有关部门 ×9 (incl.
# 湿地保护有关部门的工作人员: people), 接到投诉、举报的部门, and 分部门实施 (a management principle).
d.check_all('部门', 30, 0, [
    '统筹管理与分[部门]实施相结合',                           # art. 5
    '县级以上人民政府林业主管[部门]负责湿地保护',             # art. 5
    '水行政主管[部门]负责湖泊湿地',                           # art. 5
    '自然资源主管[部门]负责滨海湿地',                         # art. 5
    '生态环境等主管[部门]按照各自的职责',                     # art. 5
    '及时劝阻并报告有关[部门]。',                             # art. 6
    '各级人民政府及有关[部门]应当加强',                       # art. 7
    '人民政府林业主管[部门]应当会同有关部门编制',             # art. 10
    '应当会同有关[部门]编制本地区',                           # art. 10
    '组织有关[部门]定期开展',                                 # art. 11
    '组织有关[部门]适时开展',                                 # art. 11
    '自然资源主管[部门]负责本行政区域内湿地确权',             # art. 12
    '\n\n省人民政府林业主管[部门]在省人民政府指导下，会同',   # art. 14
    '会同有关[部门]制定省级重要湿地',                         # art. 14
    '名录由省人民政府林业主管[部门]在省人民政府',             # art. 15
    '县级人民政府林业主管[部门]会同有关部门',                 # art. 15
    '会同有关[部门]按照省制定的',                             # art. 15
    '向有关[部门]报告',                                       # art. 17
    '生态环境等主管[部门]应当对湿地保护工作',                 # art. 18
    '接到投诉、举报的[部门]应当及时处理',                     # art. 19
    '林业、生态环境主管[部门]应当通过推动',                   # art. 20
    '国务院林业草原主管[部门]的意见',                         # art. 27
    '征求省人民政府林业主管[部门]的意见',                     # art. 27
    '征求县级以上人民政府林业主管[部门]的意见',               # art. 27
    '生态环境等有关主管[部门]可以自行',                       # art. 28
    '沿海县级以上人民政府林业主管[部门]应当对本行政区域',     # art. 31
    '地级以上市人民政府林业主管[部门]同意',                   # art. 33
    '县级以上人民政府林业主管[部门]的监督检查',               # art. 33
    '生态环境等主管[部门]，可以在其法定权限内',               # art. 40
    '湿地保护有关[部门]的工作人员',                           # art. 41
])
# 机构 ×3: 湿地保护管理机构 ×2 (arts. 6, 18) and 符合法定条件的自然保护地管理机构 (art. 40): bodies named by
# their function under the generic head 机构 (v1.1: a body defined under a generic head is not ORG;
# regs_hg 动物卫生监督机构, regs_ie 领导机构). README call 4.
d.check_all('机构', 3, 0, ['第六条 湿地保护管理[机构]负责', '督促和指导湿地保护管理[机构]、湿地经营者',
                           '自然保护地管理[机构]在自然保护地范围内'])
# 单位 ×3 (单位和个人 ×2, 占用单位或者个人): generic parties.
d.check_all('单位', 3, 0, ['鼓励[单位]和个人', '任何[单位]和个人', '占用[单位]或者个人'])
# 组织 ×9: all the verb (组织协调 ×2, 组织实施, 组织有关部门 ×2, 组织监督检查, 组织检查, 组织评估, 组织做好).
d.check_all('组织', 9, 0, [
    '协调机制，[组织]协调', '湿地保护的[组织]协调', '批准后[组织]实施', '评价制度，[组织]有关部门',
    '应当[组织]有关部门适时', '定期[组织]监督检查', '定期[组织]检查和评估', '并[组织]评估论证',
    '应当[组织]做好红树林'])
assert t.count('组') == 9
# 所 ×7: 所称, 所有者, 所占, 所占用, 所需, 所在地 ×2: no body. 办 ×7: 办法 ×3, 办理 ×3, 办事处 (above).
# 处 ×9: 处理 ×2, 处罚 ×5, 处分, 办事处. 湿地保护小区 ×2 (arts. 23, 24): a protected area, not a body (head
# 区); 自然保护区, 湿地公园, 国家公园, 自然保护地, 饮用水水源保护区: areas. 湿地经营者, 责任人, 当地居民,
# 利益关联方, 主管人员 (people and parties); 本省, 国家, 省 (省级重要湿地, 省重点建设项目, 国家和省的规定):
# territories and levels of rules, no body head word.
assert t.count('所') == 7 and t.count('所在地') == 2 and t.count('办') == 7 and t.count('办法') == 3
assert t.count('处') == 9 and t.count('处罚') == 5 and t.count('小区') == 2
for w in ('机关', '局', '厅', '中心', '站', '队', '小组', '办公室', '党', '人大', '政协', '中央', '以下简称',
          '简称', '上级', '上一级人民', '协会', '联合会', '团', '科室', '学院', '党校'):
    assert w not in t, w
for w in ('部门', '机构', '单位', '组织', '小区', '保护区', '公园'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w

# ====================================================================== PRINCIPLE
# art. 3 湿地保护遵循保护优先、严格管理、系统治理、科学修复、合理利用的原则: unquoted content the text calls
# 原则, introduced by 遵循 (guidelines PRINCIPLE; v1.1: an unquoted phrase called 原则 gives its content);
# span without 遵循 and 的原则; five parts split at 、.
d.ctx(PR, '湿地保护遵循[保护优先、严格管理、系统治理、科学修复、合理利用]的原则。')
assert t.count('原则') == 1 and t.count('遵循') == 1
# Not PRINCIPLE:
#   art. 5 湿地保护实行统筹管理与分部门实施相结合的管理体制: a 体制, neither called 原则 nor quoted;
#   art. 29 湿地修复实行自然恢复为主，与人工修复相结合的方式: a 方式, not 原则;
#   art. 30 根据国家和省的要求编制专项保护规划: 要求 with no content;
#   按照 ×13 and 根据 ×10 introduce laws, rules, plans and situations (按照国家规定, 按照各自的职责, 根据
#   实际情况 …); art. 14 按照生态区位、面积以及…重要程度 gives criteria for classing wetlands, not a
#   principle.
assert t.count('按照') == 13 and t.count('根据') == 10 and t.count('要求') == 1
for w in ('坚持', '本着', '方针', '思路', '原则上', '“', '"'):
    assert w not in t, w

# ====================================================================== DEADLINE
# art. 27 para. 4 临时占用期满后，占用单位或者个人应当在一年内完成对所占用湿地的生态修复: a relative
# within-limit from an anchor event (v1.2 *Relative time limits*: 闭会后两个月内 → `两个月内`); span the
# limit alone, without 在 and the anchor event.
d.ctx(DL, '占用单位或者个人应当在[一年内]完成对所占用湿地的生态修复', norm=WITHIN)
# Not DEADLINE (README call 5):
#   art. 27 para. 4 临时占用湿地的，期限不得超过两年: a cap on how long a temporary occupation may last,
#     not a time within which a measure is to be done (regs_ef 临时使用…一般不得超过二年; seventh session:
#     中止协商的期限不得超过三十日 is not a limit; regs-a 许可期限…最长不得超过二十日);
#   art. 28 在规定期限内未修复的 (vague, v1.2: 在规定期限内); 期满后 (an event);
#   art. 7 湿地保护日、湿地保护宣传周、野生动植物保护日: named days and weeks with no date (regs-a notes: a
#     named day is not DEADLINE);
#   定期 ×4 (a fifth 定期 is inside 规定期限), 适时, 及时 ×4: bare frequencies and vague terms (guidelines DEADLINE "No");
#   art. 33 在指定的种类、数量、时间、地点内进行: a time to be fixed by the approval, no value;
#   art. 34 红树林年度造林: the year's planting, no due point; 常年或者季节性积水地带, 低潮时 (art. 2):
#     definitions; the header dates and art. 42's effective date (above).
#   内 ×14: 一年内 above, 在规定期限内, …时间、地点内, 法定权限内; the rest are spatial (行政区域内 ×5, 管理范围内,
#     经营管理范围内, 湿地范围内, 蓄滞洪区内, 自然保护地范围内).
assert t.count('年') == 10 and t.count('两年') == 1 and t.count('一年') == 1 and t.count('年度') == 1
assert t.count('常年') == 1 and t.count('月') == 6 and t.count('日') == 8 and t.count('保护日') == 2
assert t.count('期') == 7 and t.count('定期') == 5 and t.count('规定期限') == 1 and t.count('期限') == 2 and t.count('期满') == 1
assert t.count('前') == 1 and t.count('前款') == 1 and t.count('后') == 2 and t.count('宣传周') == 1
assert t.count('内') == 14 and t.count('区域内') == 5 and t.count('范围内') == 4 and t.count('一年内') == 1
assert t.count('时') == 14 and t.count('及时') == 4 and t.count('适时') == 1 and t.count('临时') == 7
for w in ('底', '每', '日内', '月内', '日前', '期间', '以前', '之前', '之内', '小时', '工作日', '提前', '限期',
          '季度', '上旬', '下旬', '中旬', '届满', '时限', '长期', '年内完成湿地'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO
# None. Every number before a measure word, read: the header dates and sessions (第十届, 第二十五次 …:
# ordinals), 第一次 / 第二次 / 第三次修正 (ordinals), 二十七项 / 十三项 / 六项 inside the DOC_TITLEs, 六米
# (art. 2: a depth in a definition), 上一级 (art. 10: a level of plan), 两年 (the cap above), 一年 (the
# DEADLINE), 2021年1月1日 (effective date). The article numbers and item markers ((二)–(五) of art. 21,
# whose first item has lost its marker; (一)–(十一) of art. 26) are ordinals; art. 26's eleven banned
# activities are listed, not counted in the text (下列活动). No person or post is counted (工作人员,
# 主管人员, 责任人员 carry no number; 编制 ×4 is the verb "draw up" a plan; no 职数). 名录 / 名称 are lists
# and names, not 名 counts. 专项调查, 专项保护规划, 事项 and 项目 carry no number.
NUM = '0-9一二三四五六七八九十百千万两零'
found = re.findall(rf'(?<![第{NUM}（(])[{NUM}]+[名人项个类件条所家份张套次级支倍元年月日届米周种处部]', t)
assert found == ['2006年', '6月', '1日', '2014年', '9月', '25日', '二十七项', '2018年', '11月', '29日', '十三项',
                 '2020年', '11月', '27日', '2022年', '11月', '30日', '六项', '六米', '一级', '两年', '一年',
                 '2021年', '1月', '1日'], found
assert [t.count(f'（{n}）') for n in ['一', '二', '三', '四', '五', '十一']] == [1, 2, 2, 2, 2, 1]
assert t.count('名') == 4 and t.count('名录') == 3 and t.count('名称') == 1
assert t.count('个') == 3 and t.count('个人') == 3 and t.count('类') == 4 and t.count('项') == 18
assert t.count('编制') == 4 and t.count('上一级湿地保护规划') == 1
for w in ('号', '〔', '【', '[', '令第', '职数'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
counts = Counter(e['label'] for e in d.ents)
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 6, 'ITEM_COUNT': 0, 'ORG': 22, 'PRINCIPLE': 1,
    'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '广东省第十届人民代表大会常务委员会': 1, '广东省第十二届人民代表大会常务委员会': 1,
    '广东省第十三届人民代表大会常务委员会': 3, '省人民政府': 7, '地级以上市人民政府': 2,
    '县级人民政府': 1, '本级人民政府': 1, '乡镇人民政府': 1, '国务院': 1,
    '村民委员会': 2, '居民委员会': 2})
assert [e['normalized'] for e in d.ents if e['label'] == PR] == [
    ['保护优先', '严格管理', '系统治理', '科学修复', '合理利用']]
assert [e['text'] for e in d.ents if e['label'] == DL] == ['一年内']
write_gold(OUT, [d])
