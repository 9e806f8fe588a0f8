"""Build regs_hg.jsonl from hand-written labels (context anchors), decided by reading the document.

Document: 广东省动物防疫条例 (Guangdong regulation on animal epidemic prevention; adopted 2001-12-03 by
the standing committee of the 9th Guangdong provincial people's congress, 29th session; amended
2010-07-23 (11th congress, 20th session, 《关于修改部分地方性法规的决定》), revised 2016-12-01 (12th
congress, 29th session), amended 2019-09-25 (13th congress, 14th session, the omnibus decision on ten
regulations) and revised 2021-12-01 (13th congress, 37th session); in force 2022-03-01, art. 38).
38 articles in 8 chapters.
Run from /work/main with .venv/bin/python. The script only turns the labels into offsets; it uses
no extractor, no pipeline and no model.

Closest precedents: gold-fresh13 regs_fd (河南省实施《动物防疫法》办法: the same subject, 动物防疫监督机构
and checkpoints not ORG, disease classes not ITEM_COUNT), gold-fresh14 regs_gh (浙江: 省人民政府 /
县级人民政府 inside 农业农村主管部门 phrases, 乡镇人民政府, 辖有村的街道办事处), regs_gf (header, 当地).
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc as Doc, write_gold

OUT = 'corpora/gold-fresh15/regs_hg.jsonl'
SRC = 'corpus/regulations/guangdong/广东省动物防疫条例(2021-12-01).txt'

d = Doc("fresh15-regs-guangdong-dongwufangyi", SRC,
        # date: the header's last line (2021-12-01, the second revision), which is also the file
        # name's date (regs-a notes: "meta.date is the latest adoption or revision date in the
        # header"; regs_gf, regs_fd). The effective date 2022-03-01 (art. 38) is not the document's
        # date. No label depends on the year (there is no DEADLINE).
        # region: a provincial regulation of Guangdong (gold-fresh7 regs-ak, a Guangdong provincial
        # regulation: "广东省"; regs_fd 河南省, regs_gh 浙江省).
        {"region": "广东省", "date": "2021-12-01"})
assert d.text == d.raw.decode('utf-8') and len(d.text) == 5686
t = d.text
ORG, DT = 'ORG', 'DOC_TITLE'

# ====================================================================== header
# Title line 广东省动物防疫条例: no 《》 and no body head word (v1.1 *Title lines*): nothing.
# The standing committee before its session is ORG, the term number inside, the session outside
# (regs-a / regs-b notes *Adoption lines*; regs_gf, regs_fd, regs_ge).
d.ctx(ORG, '2001年12月3日 [广东省第九届人民代表大会常务委员会]第二十九次会议通过')
d.ctx(ORG, '2010年7月23日 [广东省第十一届人民代表大会常务委员会]第二十次会议《')
d.ctx(ORG, '2016年12月1日[广东省第十二届人民代表大会常务委员会]第二十九次会议第一次修订')
d.ctx(ORG, '2019年9月25日 [广东省第十三届人民代表大会常务委员会]第十四次会议《')
d.ctx(ORG, '2021年12月1日[广东省第十三届人民代表大会常务委员会]第三十七次会议第二次修订')
# The two amending decisions: one DOC_TITLE each, the nested 〈…〉 inside (guidelines DOC_TITLE:
# "Titles nested inside a title stay inside the outer one"; regs_gf, regs_fd). 等十项 inside the
# title is not ITEM_COUNT (no overlap across types; regs_gf 等二十五件, regs_eh 等十二件).
d.ctx(DT, '第二十次会议《[关于修改部分地方性法规的决定]》第一次修正')
d.ctx(DT, '第十四次会议《[关于修改〈广东省食品安全条例〉等十项地方性法规的决定]》第二次修正')
# The dates of the header (2001-12-03, 2010-07-23, 2016-12-01, 2019-09-25, 2021-12-01) are past
# events, and art. 38 本条例自2022年3月1日起施行 is an effective date: not DEADLINE (guidelines
# DEADLINE "No"; v1.1 *Effective dates*). The stray 根据 at the end of line 5 and the unmatched ）
# closing line 7 are layout residue (regs_gf, regs_cg: the same header layout): no label.

# ====================================================================== DOC_TITLE (body)
d.ctx(DT, '根据《[中华人民共和国动物防疫法]》等法律、行政法规')                 # art. 1
d.ctx(DT, '按照《[中华人民共和国进出境动植物检疫法]》的规定执行')               # art. 2
assert t.count('《') == 4 and t.count('》') == 4 and t.count('〈') == 1
# Not DOC_TITLE (no 《》): 本条例 (and its cross-references 本条例第十四条 …), 动物疫病防治规划 (art. 3),
# 重大动物疫情应急预案 (art. 11), 人畜共患传染病防控方案 (art. 17), 野生动物检疫办法 (art. 22), 畜禽屠宰
# 行业发展规划 (art. 21), the certificates 动物防疫条件合格证, 动物诊疗许可证 (art. 14), 动物检疫合格证明
# (art. 27), 定点屠宰证书 (art. 34).

# ====================================================================== ORG: the congress
d.check_all('人民代表大会', 5, 5)
# 会 ×21 = 委员会 ×7 + 人民代表大会 ×5 (大会) + 会议 ×5 (header sessions) + 会同 (art. 3) + 社会 ×3
# (社会保障, 社会力量, 向社会公布): no other body.
assert t.count('会') == 21 and t.count('会议') == 5 and t.count('会同') == 1 and t.count('社会') == 3

# ====================================================================== ORG: governments
# 省人民政府 ×5, each the body inside a 主管部门 phrase (v1.1 *A body named inside a longer non-ORG
# phrase*: 区人民政府工作部门 → 区人民政府; regs_gh 省人民政府农业农村主管部门 → 省人民政府, regs-au):
# art. 3 (…会同机构编制…研究确定), art. 8 (确认官方兽医), art. 12 (分区防控), art. 14 (规范报告), art. 17
# (省人民政府卫生健康、农业农村、野生动物保护主管部门: one government, three departments).
d.ctx(ORG, '兽医专业技术人员配备标准由[省人民政府]农业农村主管部门会同')
d.ctx(ORG, '官方兽医应当具备国家规定的条件，由[省人民政府]农业农村主管部门按照')
d.ctx(ORG, '第十二条 [省人民政府]农业农村主管部门根据养殖和屠宰产业布局')
d.ctx(ORG, '\n\n[省人民政府]农业农村主管部门应当对报告的时间')
d.ctx(ORG, '\n\n[省人民政府]卫生健康、农业农村、野生动物保护主管部门应当根据')
d.check_all('省人民政府', 5, 5)
# 地级以上市人民政府 ×2. 地级以上市 is Guangdong's standing name for its prefecture-level cities (广州,
# 深圳 included): one tier of government, the class of city governments, like the guidelines'
# 设区的市人民政府 (v1.1 *Shared endings*: 省、设区的市人民政府 → `设区的市人民政府`; regs_ff the same).
# The 以上 ranks the city, it does not span tiers as 县级以上 does. README call 1.
#   art. 8 也可以委托地级以上市人民政府农业农村主管部门确认: the body inside a 部门 phrase (v1.1);
#   art. 21 省、地级以上市人民政府应当…统筹制定畜禽屠宰行业发展规划: shared ending, the bare 省 is not a
#     name (v1.1 *Shared endings*).
d.ctx(ORG, '也可以委托[地级以上市人民政府]农业农村主管部门确认')
d.ctx(ORG, '\n\n省、[地级以上市人民政府]应当根据畜禽养殖')
assert t.count('地级以上市') == 2
# art. 18 县级以上人民政府农业农村主管部门与本级人民政府卫生健康、野生动物保护等主管部门: 本级人民政府
# points to one definite body (v1.1 *Level words*: 本级人民政府 is ORG), the body inside a 部门 phrase.
# The 本级 is relative to a 县级以上 department, as in gold-check mixed-check-b (县级以上人民政府负责政府
# 法制工作的部门…负责本级人民政府行政执法监督 → `本级人民政府`). README call 3.
d.ctx(ORG, '农业农村主管部门与[本级人民政府]卫生健康、野生动物保护等主管部门')
# art. 25 县级人民政府农业农村主管部门或者动物卫生监督机构应当派工作人员: 县级 is a level word naming a
# class of bodies (v1.1 县级党委; shandong-part1 县级政府; regs_gh 县级人民政府农业农村主管部门 →
# 县级人民政府; regs-y), the body inside a 部门 phrase.
d.ctx(ORG, '第二十五条 [县级人民政府]农业农村主管部门或者动物卫生监督机构')
assert t.count('县级') == 27 and t.count('县级以上') == 26 and t.count('县级人民政府') == 1
# 乡镇人民政府 ×4 and 街道办事处 ×4: bare class names of the township government and the sub-district
# office, bodies holding duties (regs_gh, regs_ff, regs-b: bare 街道办事处 and 乡镇人民政府 are ORG);
# coordinations split (guidelines ORG). art. 5 委托有官方兽医的乡镇人民政府或者街道办事处: the 的-modifier
# restricts, it does not quantify like 有关/各, and stays out of the span (regs_gh 辖有村的街道办事处 →
# `街道办事处`; regs-a 本辖区的居（村）民委员会 → `居（村）民委员会`). README call 4.
d.ctx(ORG, '也可以委托有官方兽医的[乡镇人民政府]或者街道办事处实施')
d.ctx(ORG, '也可以委托有官方兽医的乡镇人民政府或者[街道办事处]实施')
d.ctx(ORG, '第七条 [乡镇人民政府]、街道办事处应当根据')                           # art. 7
d.ctx(ORG, '第七条 乡镇人民政府、[街道办事处]应当根据')
d.ctx(ORG, '农业农村主管部门和[乡镇人民政府]、街道办事处可以根据工作需要')        # art. 8 para. 4
d.ctx(ORG, '农业农村主管部门和乡镇人民政府、[街道办事处]可以根据工作需要')
d.ctx(ORG, '及其有关部门和[乡镇人民政府]、街道办事处可以依法向')                  # art. 9
d.ctx(ORG, '及其有关部门和乡镇人民政府、[街道办事处]可以依法向')
# art. 8 para. 3 具备官方兽医条件的乡镇人民政府、街道办事处动物防疫工作人员: the bodies only modify
# people (v1.1 *Bodies named only to refer to people*: 村民委员会成员, 妇联主席): not labelled.
PEOPLE = '具备官方兽医条件的乡镇人民政府、街道办事处动物防疫工作人员'
assert t.count(PEOPLE) == 1
d.check_all('办事处', 5, 4, ['具备官方兽医条件的乡镇人民政府、街道[办事处]动物防疫工作人员'])
d.check_all('乡镇', 7, 4, [
    '加强[乡镇]和村级动物防疫队伍建设',          # art. 3: a level of teams (队伍: generic), places
    '动物卫生监督机构可以向[乡镇]或者街道派驻',  # art. 5: territories the officials are sent to
    '具备官方兽医条件的[乡镇]人民政府、街道',    # art. 8: modifies people (above)
])
# Every 人民政府 (41) is accounted for: 13 labelled above, 28 left out.
d.check_all('人民政府', 41, 13, [
    # 县级以上 + 人民政府 ×26 (v1.1 *Level words*: 县级以上人民政府 is vague, also inside 主管部门 and
    # 动物卫生监督机构 phrases, and after 所在地, which is vague anyway: v1.1 属地/所在):
    '第三条 县级以上[人民政府]对动物防疫工作实行统一领导',                      # art. 3
    '县级以上[人民政府]应当采取有效措施',                                     # art. 3
    '县级以上[人民政府]应当建立健全动物防疫队伍装备保障机制',                   # art. 3
    '县级以上[人民政府]应当依法建立健全动物防疫经费保障机制',                   # art. 3
    '第四条 县级以上[人民政府]农业农村主管部门主管',                           # art. 4
    '第五条 县级以上[人民政府]的动物卫生监督机构',                             # art. 5
    '第六条 县级以上[人民政府]设立的动物疫病预防控制机构',                     # art. 6
    '并由所在地县级以上[人民政府]农业农村主管部门任命',                        # art. 8
    '\n\n县级以上[人民政府]农业农村主管部门和乡镇人民政府',                   # art. 8
    '县级以上[人民政府]及其有关部门和乡镇人民政府',                           # art. 9
    '县级以上[人民政府]应当加强动物防疫相关信息收集',                         # art. 10
    '第十一条 县级以上[人民政府]应当依法执行',                                # art. 11
    '县级以上[人民政府]应当加强无规定动物疫病区建设',                         # art. 12
    '发现疑似重大动物疫情，县级以上[人民政府]农业农村主管部门应当立即派人',    # art. 15
    '县级以上[人民政府]必要时可以作出封锁决定',                               # art. 16
    '扑杀、销毁的，县级以上[人民政府]应当依法给予补偿',                       # art. 16
    '第十七条 县级以上[人民政府]卫生健康',                                   # art. 17
    '疫情时，县级以上[人民政府]农业农村主管部门与本级',                       # art. 18
    '县级以上[人民政府]应当根据本地情况',                                     # art. 21
    '由县级以上[人民政府]农业农村主管部门依法予以收缴销毁',                   # art. 28
    '第二十九条 县级以上[人民政府]应当根据畜禽养殖',                          # art. 29
    '第三十一条 县级以上[人民政府]农业农村、市场监督管理',                    # art. 31
    '动物诊疗活动情况的，由县级以上[人民政府]农业农村主管部门责令改正',        # art. 32
    '记录制度的，由县级以上[人民政府]农业农村主管部门责令改正',                # art. 34
    '运输凭证的，由县级以上[人民政府]农业农村主管部门处五千元',                # art. 35
    '转运生猪的，由县级以上[人民政府]农业农村主管部门对货主',                  # art. 36
    # art. 8 para. 3: bodies that only modify people (above).
    '具备官方兽医条件的乡镇[人民政府]、街道办事处动物防疫工作人员',
    # art. 12 para. 3 无规定动物疫病区的无疫区、保护区和生物安全通道所在地的人民政府: located by 所在地的
    # (v1.1 *Alternative readings*: 属地…/所在… work like 有关; regs-a notes 所在地的街道办事处) and a bare
    # 人民政府 without a level (v1.2).
    '生物安全通道所在地的[人民政府]应当做好',
])
assert t.count('政府') == 41          # no bare 政府 besides the 人民政府 above

# ====================================================================== ORG: village and residents' committees
# art. 7 para. 2 村民委员会、居民委员会协助做好免疫、消毒、应急处置等动物防疫工作: bare class names of
# the grassroots committees, bodies holding a duty (guidelines ORG "Yes": 村委会; regs_gf, regs_gh,
# regs_ee 村民委员会; regs-a 居民委员会); the coordination is split.
d.ctx(ORG, '\n\n[村民委员会]、居民委员会协助做好')
d.ctx(ORG, '\n\n村民委员会、[居民委员会]协助做好')
d.check_all('委员会', 7, 7)          # the five header committees + 村民委员会, 居民委员会

# ====================================================================== not ORG (read in context)
#   部门 ×29, all under the generic head 部门 (guidelines ORG "No"; v1.1: a definite body under a
#     generic head is not ORG): …农业农村主管部门 ×17 after 省/县级以上/地级以上市/县级/bare, 机构编制、
#     财政、人力资源社会保障等主管部门 (art. 3), 卫生健康、林业、科技、市场监督管理、公安、交通运输、海关等
#     有关部门 (art. 4: fields sharing 有关部门; regs_ge, regs_fd, regs-b 海关 in such lists), 有关部门 ×2,
#     推动部门、地区有关信息共享 (art. 10), 卫生健康、农业农村、野生动物保护(等)主管部门 (arts. 17, 18),
#     卫生健康主管部门 (art. 18), 国家有关部门 (art. 22), 有关执法部门 (art. 31), 动物防疫主管部门 (art. 37).
assert t.count('部门') == 29 and t.count('农业农村主管部门') == 17
#   机构 ×21: 动物卫生监督机构 ×12 and 动物疫病预防控制机构 ×5 (incl. 基层…, 所在地…, 捕获地…, 县级以上
#     人民政府的/设立的…): bodies the law defines under the generic head 机构 (v1.1 *机关 is a generic
#     head*: "A body defined in the text under a generic head … is not ORG either"; regs_fd 动物防疫监督
#     机构 ×37, regs-r 动物卫生监督机构). README call 2. Also 机构编制 (art. 3, a field), 具有资质的机构
#     (art. 13), 动物诊疗机构 (art. 14, clinics: economic entities), 有关机构 (art. 15).
assert t.count('机构') == 21 and t.count('动物卫生监督机构') == 12 and t.count('动物疫病预防控制机构') == 5
#   机关 ×4: 发证机关 ×3, 原发证机关 (arts. 14, 32, 34): generic head (v1.1).
assert t.count('机关') == 4 and t.count('发证机关') == 4
#   海关 ×2: art. 4 (a field in the list before 有关部门, above) and art. 18 当地海关 (当地 works like
#     属地/所在: regs-a notes 当地人民政府; regs_gf). README call 5.
d.check_all('海关', 2, 0, ['交通运输、[海关]等有关部门', '以及当地[海关]应当及时相互通报'])
#   站 ×5: 动物防疫检查站点 (art. 3, funding for checkpoints: facilities), 现有检查站 (art. 25), 指定通道
#     检查站 ×3 (arts. 26, 35): checkpoints on the designated routes, facilities/posts where officials
#     sent by the departments inspect (regs_fd call 3: 现有检查站, 临时动物防疫监督检查站 not ORG; v1.1
#     *Not bodies*: facilities and service points). README call 6.
assert t.count('站') == 5 and t.count('检查站') == 5 and t.count('指定通道检查站') == 3
#   点: 检疫申报点 ×2 (art. 20), 省级监测点 (art. 17): service points and monitoring posts (v1.1 站点);
#     兽医实验室 (art. 6): a facility; 无规定动物疫病区, 无疫区, 保护区, 活禽经营限制区: areas.
#   组织 ×10: 组织和个人 ×6 (parties), 组织实施 / 组织做好 / 组织对 / 组织开展 (verbs); 单位 ×2 (有处理
#     能力的单位, 有关单位); 队伍 ×2 (动物防疫队伍: generic, guidelines "执法队伍"); 社会力量 (力量).
assert t.count('组织') == 10 and t.count('组织和个人') == 6 and t.count('单位') == 2 and t.count('队') == 2
#   premises and economic entities (v1.1 *Not bodies*): 动物饲养场, 养殖小区, 隔离场所, 屠宰加工场所,
#     无害化处理场所, 定点屠宰(或者集中屠宰)企业, 活禽集中屠宰企业; people: 官方兽医, 签约兽医, 执业兽医,
#     货主, 承运人, 购货者, 工作人员; places and levels of rules: 本省, 国家, 省 (国家和省规定), 乡镇或者街道.
#   所 ×13: 所称, 所需, 所在地 ×3, 场所 ×7, 违法所得: no body. 办 ×6: 办事处 ×5, 办法. 局 only in 布局.
assert t.count('所') == 13 and t.count('场所') == 7 and t.count('所在地') == 3
assert t.count('办') == 6 and t.count('办法') == 1 and t.count('局') == 1 and t.count('布局') == 1
assert t.count('委') == 12 and t.count('委托') == 5     # 委员会 ×7 + 委托 ×5
for w in ('院', '厅', '中心', '小组', '办公室', '党', '人大', '政协', '中央', '以下简称', '简称', '同级',
          '上一级', '各级', '协会', '联合会'):
    assert w not in t, w
for w in ('部门', '机构', '机关', '组织', '单位', '站', '海关'):
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w

# ====================================================================== PRINCIPLE
# None: no 原则, 方针, 要求, 思路, quotation marks; 按照 ×18 and 根据 ×10 introduce laws, rules,
# needs and situations (按照国家有关规定, 按照职责分工, 根据工作需要, 根据养殖和屠宰产业布局 …), never a
# formula (guidelines PRINCIPLE).
assert t.count('按照') == 18 and t.count('根据') == 10
for w in ('原则', '方针', '要求', '思路', '坚持', '遵循', '本着', '“', '"', '「'):
    assert w not in t, w

# ====================================================================== DEADLINE
# None. Every time word read:
#   header dates (past events) and art. 38 本条例自2022年3月1日起施行 (v1.1 *Effective dates*);
#   上一年度 ×3 (arts. 14, 32): the year a report covers, no due point (regs-ad, batch-c, regulations-a
#     leave 上一年度 unlabelled; the report has no stated date);
#   art. 24 相关记录保存期限不得少于二年: a retention period, a minimum duration (v1.2: minimum durations
#     and validity periods are not DEADLINE; regs-af 保存不少于四年 not labelled). README call 7;
#   art. 16 重大动物疫情认定之前: a condition tied to an event with no number (project decision beyond
#     v1.2: 选举日前, 上岗之前 not DEADLINE; regs_fd 调出产地前);
#   立即 (art. 15), 及时 ×3 (arts. 17, 18 ×2), 必要时, 发生…时 ×2: vague or conditions; 定期 (art. 13): a
#     bare frequency; 经法定程序留取证据后 (art. 31): an event.
#   内 ×8 are spatial or 内容 (行政区域内 ×3, 职责范围内 ×2, 限制区内, 内容 ×2).
assert [m.group() for m in re.finditer(r'\d{4}年\d+月\d+日', t)] == [
    '2001年12月3日', '2010年7月23日', '2016年12月1日', '2019年9月25日', '2021年12月1日', '2022年3月1日']
assert t.count('年') == 10 and t.count('上一年度') == 3 and t.count('二年') == 1     # 6 dates + 3 + 1
assert t.count('月') == 6 and t.count('日') == 8 and t.count('日期') == 2             # 6 dates + 日期 ×2
assert t.count('前') == 2 and t.count('之前') == 1 and t.count('前款') == 1 and t.count('后') == 1
assert t.count('立即') == 1 and t.count('及时') == 3 and t.count('定期') == 1 and t.count('期') == 4
assert t.count('内') == 8 and t.count('区域内') == 3 and t.count('范围内') == 2 and t.count('内容') == 2
assert t.count('时') == 7 and t.count('时间') == 1 and t.count('保存期限') == 1 and t.count('起施行') == 1
for w in ('日内', '日前', '月内', '年内', '底前', '期间', '以前', '之内', '小时', '工作日', '提前', '每',
          '限期', '季度', '上旬', '下旬', '中旬', '届满'):
    assert w not in t, w

# ====================================================================== STAFFING / ITEM_COUNT / DOC_NO
# None. Every number followed by a measure word, read:
#   the header dates and sessions (第二十九次 … ordinals), 上一年度 ×3 (一年: the reported year, above), 第一次/第二次修正/修订, article numbers and
#   cross-references (本条例第十四条, 第二十四条第二款 …);
#   十项 inside the DOC_TITLE of the omnibus decision (no overlap across types);
#   二类以上动物疫病检测能力 (art. 6): the legal class of animal diseases, a capability threshold, not a
#     count of items set by a measure (regs_fd: 一类/二类/三类 not ITEM_COUNT; v1.1 *Thresholds*);
#   二年 (the retention period above); 三千元 … 十万元 (fines: money); 十倍 … 二十倍, 一倍 … 三倍 (multiples),
#   百分之五十 (a percentage).
# 派人 (art. 15), 派工作人员 (art. 25), 派驻官方兽医 (arts. 5, 21), 配备…专职技术人员 (art. 6) carry no
# number; no 职数, and 编制 only names a field (机构编制…主管部门, art. 3). The six items of art. 37 (有下列行为之一) are not counted in the text.
NUM = '0-9一二三四五六七八九十百千万两零'
found = re.findall(rf'(?<![第{NUM}])[{NUM}]+[名人项个类件条所家份张套次级支倍元年]', t)
assert found == ['2001年', '2010年', '2016年', '2019年', '十项', '2021年', '二类', '一年', '一年', '二年',
                 '一年', '三千元', '一万元', '一万元', '五万元', '十万元', '一万元', '十倍', '二十倍', '五千元',
                 '五万元', '五千元', '一万元', '一万元', '五万元', '一倍', '三倍', '2022年'], found
assert t.count('名') == 2 and t.count('名称') == 2 and t.count('个') == 6 and t.count('个人') == 6
assert t.count('项') == 1 and t.count('类') == 2 and t.count('种类') == 1
# DOC_NO: the only 号 are 合格证号 ×2 (art. 24, certificate numbers as record fields); no bracketed year.
assert t.count('号') == 2 and t.count('合格证号') == 2
# 编制 only in 会同机构编制、财政…等主管部门 (art. 3: the staffing-administration field, no count).
assert t.count('编制') == 1 and t.count('会同机构编制、财政') == 1
for w in ('〔', '【', '[', '令第', '职数'):
    assert w not in t, w

# ====================================================================== checks
d.check_value_shapes()
counts = Counter(e['label'] for e in d.ents)
assert {k: counts[k] for k in sorted(LABELS)} == {
    'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 4, 'ITEM_COUNT': 0, 'ORG': 24, 'PRINCIPLE': 0,
    'STAFFING': 0}, counts
assert Counter(e['text'] for e in d.ents if e['label'] == ORG) == Counter({
    '广东省第九届人民代表大会常务委员会': 1, '广东省第十一届人民代表大会常务委员会': 1,
    '广东省第十二届人民代表大会常务委员会': 1, '广东省第十三届人民代表大会常务委员会': 2,
    '省人民政府': 5, '地级以上市人民政府': 2, '本级人民政府': 1, '县级人民政府': 1,
    '乡镇人民政府': 4, '街道办事处': 4, '村民委员会': 1, '居民委员会': 1})
write_gold(OUT, [d])
