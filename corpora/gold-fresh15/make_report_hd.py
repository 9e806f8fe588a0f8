"""Build report_hd.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 成都市 (四川), a UTF-8 .txt file of 26,568
characters (204 newlines, no final newline): 各位代表： → 2023年工作回顾 (a year paragraph, four ——我们…
summary paragraphs with one paragraph each, 一年来，主要开展了以下工作 and seven numbered sections
（一）–（七） of three or four titled paragraphs, the fields of work, thanks, the 我们难以忘记 paragraph,
problems, opportunities) → 2024年工作安排建议 (the year and 总体思路, 今年…主要预期目标, the five 一是…五是
points, nine numbered sections （一）–（九） of three to five titled paragraphs) → 全面加强政府自身建设
(four numbered paragraphs) → closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh15/make_report_hd.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/成都.txt'
OUT = 'corpora/gold-fresh15/report_hd.jsonl'
# meta: no header, no session date and no signature; the text opens with 各位代表： and its parts are
# 2023年工作回顾 / 2024年工作安排建议 / 全面加强政府自身建设, so the report is dated by its year (reports
# notes; report-aq, report-av, report_ea/eb/ec, report_fa/fb/fc, report_ga–gd). Region: the city is
# 成都 (市人民政府, 市委, 全市, 成都大运会); the text names 四川 itself (亲临四川视察指导, 对四川工作系列重要
# 指示精神, 《四川天府新区条例》, 全省); the other Sichuan reports have 四川省广元市 / 四川省凉山彝族自治州.
d = AnchoredDoc('fresh15-report-chengdu-2024', SOURCE, {'region': '四川省成都市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 26568 and t.count('\n') == 204, (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; ST = 'STAFFING'; DL = 'DEADLINE'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'


def staff(n, unit):
    return {'min': n, 'max': n, 'unit': unit, 'approx': False}


YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

# "党中央国务院、省委省政府和市委" occurs four times (review opening, thanks, 总体思路, closing): each gives
# three names written without a mark (国务院, 省委, 省政府) and 市委, one ORG each (report_ea, report_ec,
# report_gd); 党中央 has no body head (v1.1 中央), not ORG.
TRIAD = '党中央国务院、省委省政府和市委'
assert t.count(TRIAD) == 4

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[市人民政府]]，向大会报告工作', None),
    # 并请市政协委员提出意见: a body modifying people (v1.1), not labelled
    # ================================================================ 2023 review, year paragraph
    # 省委“四化同步、城乡融合、五区共兴”发展战略 (×2: review, 总体思路): the province's party committee
    # as the owner of a strategy; 发展战略 is not 原则/要求/方针/思路, so no PRINCIPLE
    (ORG, '落实[[省委]]“四化同步、城乡融合、五区共兴”发展战略', None, 2),
    # 新一届政府工作实现良好开局: bare 政府 (v1.1), not ORG
    # ================================================================ ——summary paragraphs
    # 国家企业技术中心增至62家 (designations), 全国百强区（县）增至12个 (territories), 2个千亿级产业集群,
    # 三级甲等医疗卫生机构增至61家 (a grade reached: report_ec 三级医疗卫生机构2家), 公园113个, 博物馆增至
    # 192家 (facilities), 195个智慧应用场景 (applications: report_fc/report-ab 应用场景 not counted), 14个赛区,
    # 113个国家和地区, 6500多名运动员 (athletes: not staff), 49个大运场馆: none labelled.
    # 全面落实“简约、安全、精彩”办赛要求: the verb is 落实, not 按照/坚持/遵循/本着/根据 (report_gd
    # 严格落实“…”要求, report-ap, report_fa), so no PRINCIPLE (README call 4)
    # ================================================================ （一） science and industry
    # 国家高端航空装备技术创新中心正式揭牌, 先进技术成果西部转化中心在蓉揭牌, 综合性科学中心, 天府实验室,
    # 中试平台和概念验证中心: research and innovation platforms (fresh14 tuned: research centres are labs;
    # report_fb 技术创新中心), not ORG. 技术转移联盟 (an alliance), 技术经理人协会组建成立 (a professional
    # association, like 行业协会 / 商协会: seventh session), not ORG (README call 6).
    # 5个重大科技基础设施 (facilities), 国家级科技创新平台7家/146家 (platforms), 攻关项目114个 (projects),
    # 首批建设备案40家 (platforms): not counted
    # a package of policy measures issued (reports notes 促消费20条措施; report_ec 35条)
    (IC, '出台科技成果转化[[28条]]政策措施', ic(28, '条')),
    # 新增科技领军人才982人, 新落户青年人才6.9万人: talent (reports notes), not STAFFING
    # 4408家/84家 enterprises, 重大项目281个 / 配套项目332个 (projects), 2家…示范工厂 (designations),
    # 成都智算中心, 国家超算成都中心 (computing centres: seventh session, data centres are not bodies)
    # 首届国际乒联混合团体世界杯: 国际乒联 is an international sports federation named only inside the name
    # of an event it owns, like 联合国 cited as the owner of a programme (report_ec, report-aj/be): not ORG
    # 重大展会1058场, 6项…电竞赛事 (events), 天府种业创新重点实验室 (a lab), 中国南方蔬菜种业创新中心 (a
    # platform), 四川省种质资源中心库 (a gene bank: a facility), “全程机械化+综合农事”服务中心增至15个
    # (service facilities for farmers): not labelled
    # ================================================================ （二） regional coordination
    # 川渝党政联席会议 (a meeting), 双核联动联建第二次会议 (a meeting): not ORG.
    # the first batch of cooperation items between the two cities, a list the governments set themselves
    # (reports notes: own task lists, 50项改革“破零”事项; report 沈阳 120项…重大合作事项) (README call 3)
    (IC, '第一批合作事项完成[[22项]]', ic(22, '项')),
    # agreements signed, documents a measure sets up (seventh session: plans are documents that may be
    # counted; report_eb 签订合作协议) (README call 3)
    (IC, '检验检测等[[7个]]合作协议', ic(7, '个')),
    (IC, '服务成渝中部地区高质量崛起[[10条]]措施', ic(10, '条')),     # a package of measures
    # 共建“智行走廊”示范道路648公里; 国家网络安全产业园区（成渝地区） (a zone); 公共图书馆、美术馆联盟 (an
    # alliance): not labelled
    # service items handled across the border and the list of actions (reports notes: “免证办”事项5721个;
    # report_fb 1000项服务事项“一圈通办”)
    (IC, '推动成立公共图书馆、美术馆联盟，[[311项]]“川渝通办”事项', ic(311, '项')),
    (IC, '“川渝通办”事项和[[39项]]便捷生活行动', ic(39, '项')),
    # 结对合作增至166对: pairs of schools (a relation reached, not items of a list), not counted
    # 成长期三年行动计划 (a plan's name; a duration): not DEADLINE
    # the metropolitan area's annual task list (reports notes 256项重点工作落地见效; report_ec 17项重点任务)
    (IC, '[[283项]]年度重点任务全面完成', ic(283, '项')),
    # 跨市公交线路增至15条 (routes): not counted
    (IC, '受理政务服务事项新增[[75项]]', ic(75, '项')),                # service items (reports notes)
    # institutions in a mutual-recognition scheme of test results (report_ec 30家医疗机构实现116项…互认;
    # report-aq 15家…互认)
    (IC, '医疗检查检验结果互认机构增至[[154家]]', ic(154, '家')),
    # 成德、成眉、成资协同创新中心 (platforms), 配套企业1551家, 397个…项目: not labelled
    (DT, '《[[四川天府新区条例]]》正式出台', None),                      # a regulation
    # 成都东部新区, 成都高新综合保税区 (zones), 875个/442个 projects, 4个…示范村 / 3个…中心镇 (villages and
    # designations), 四川乡村振兴职业学院 (a college): not labelled
    # ================================================================ （三） ecology
    # 社区绿道1003条, 公共空间229个, 公园1556个, 碳减排项目40个, 示范区15个 (designations): not counted.
    # local standards the city issued: normative documents, like regulations and rules counted by 件/部
    # (reports notes 6部地方性法规和政府规章; report_fb 地方性法规草案4件) (README call 3)
    (IC, '发布[[5项]]公园城市地方标准', ic(5, '项')),
    # 中央、省生态环境保护督察 (inspections; 中央 has no body head, 省 alone is no name); 城镇污水处理厂20座
    # (facilities); 114个…断面 (monitoring sections); 国家环境保护机动车污染控制与模拟重点实验室（成都基地）
    # (a lab); 168个重点城市: not labelled. 四大行业 (industries: domains, v1.1 六大领域); 16家绿色工厂
    # (designations), 充电站595座 / 充电桩7.7万个 (facilities), 14个区, 示范单位19个: not counted
    # ================================================================ （四） reform and opening
    # 天府中央法务区 (a zone), 法律服务机构超300家 (firms), 389万户 (business entities): not labelled
    # a list of national reform pilot tasks carried out (report_ec 承担的17项…重点任务); 2项改革入选…典型案例
    # is a result (fresh13: 入选), not counted
    (IC, '[[210项]]国家改革试点任务落细落实', ic(210, '项')),
    # 航线67条, 108个城市, 友城110个, 展销活动10场: not counted.
    # 土耳其驻成都总领事馆正式开馆: a foreign consulate named as a venue that opens (开馆), beside the
    # generic 外国…领事机构; no guideline or precedent labels a diplomatic mission (report_gd left
    # 外国驻蓉渝昆领事馆 out): not ORG (README call 5)
    # ================================================================ （五） livelihood
    # 106个/345个 projects, 特色街区20条, 未来公园社区75个, 老旧院落616个, “亲民化”改造46个 (culture service
    # centres renovated: facilities), 示范院落49个, 美丽街角1078个: not counted. 道德模范50名（组）, 身边好人
    # 109名, 3名见义勇为人员 (honourees), 注册志愿者367万人: not STAFFING
    (ORG, '3名见义勇为人员获[[省政府]]奖励', None),                  # the giver of an award
    # 招聘活动3800场, 2.6万人次, 城镇新增就业26.4万人 (employment), “成都工匠”593名 (honourees): not labelled.
    # 市八医院二期等4个重大项目 (projects). County medical sub-centres built up (report_gd 新建…县域医疗次中心
    # 6个; report_ea 7个; report 建成县域医疗次中心22个)
    (IC, '打造县域医疗卫生次中心[[15个]]', ic(15, '个')),
    # 服务站点283个 (service points): not counted
    (IC, '建成投用中小学和幼儿园[[88所]]', ic(88, '所')),             # schools built (reports notes)
    # 学位9.7万个 / 5300个 (places), 一等奖6项 (awards: a result): not counted.
    # 市级教师共享中心: a city-level centre that holds teachers and shares them among schools, a body
    # that can hold staff (guidelines ORG), unlike the research platforms above (README call 6)
    (ORG, '创新打造[[市级教师共享中心]]', None),
    # 学科类校外培训机构, 县级妇幼保健机构 (generic heads); 为老服务综合体28个, 智慧养老院21个, 智慧养老社区15个
    # (care facilities: report_fb), 每千人口婴幼儿托位数4.4个 (places): not labelled
    # 康复服务站点157个, 2917户, 站点超1600个, 驿站142个 (facilities): not counted
    # ================================================================ （六） safety
    # “1193”工作体系 (a quoted name), 107个土地整治项目 (projects), 微网格12万个 / 专属网格1.15万个 (grid
    # cells: territories), 21.2万件 (disputes handled): not labelled.
    # self-governing organisations set up in compounds without property management: bodies counted
    # (shandong-part1 66个网格党组织; report 居民小区已成立业主委员会2522个); 超 inside the span as a
    # comparator (seventh session: 超80项 → value 80, min 80) (README call 3)
    (IC, '自治组织[[超1万个]]', ic(10000, '个', min=10000, max=None)),
    # 微型消防站1940个 (stations), 示范社区81个 (designations), 国家西南区域应急救援中心主体完工 (a building
    # under construction: report_ec decision 8), 联合国“创建韧性城市2030” (联合国 as a programme's
    # owner: report_ec; 2030 is in a name): not labelled
    # ================================================================ （七） the government's own work
    # “第一议题”制度, “两个确立” / “两个维护” (quoted names): not labelled
    (ORG, '提请[[市人大常委会]]审议地方性法规6件', None),             # one ORG, longest name
    # regulations submitted (report_fb 审议地方性法规草案4件; report-av 地方性法规4件)
    (IC, '提请市人大常委会审议地方性法规[[6件]]', ic(6, '件')),
    # 政府立法工作联系示范点25个 (designated liaison points: facilities, like 代表联络站): not counted
    # matters listed for no or lighter penalties (a list the government sets: 事项, guidelines ITEM_COUNT)
    (IC, '减轻处罚等事项[[1502项]]', ic(1502, '项')),
    (ORG, '自觉接受[[市人大]]、市政协监督，609件', None),              # subjects that supervise
    (ORG, '自觉接受市人大、[[市政协]]监督，609件', None),
    # 609件市人大代表建议、772件市政协委员提案: people and handled proposals (reports notes), not labelled
    # 中央八项规定 (a fixed name) and 省市实施细则要求 (省市 is no name), ×2
    # ================================================================ fields of work
    # mass organisations named as fields of work are ORG (reports notes 工会、红十字会…等事业; report_ec,
    # report_gd); 红十字 without 会, 妇女儿童, 侨务, 慈善: no body head
    (ORG, '全面深化，[[工会]]、侨务、妇女儿童', None),
    # ================================================================ thanks
    (ORG, '是[[市人大]]、市政协监督支持的结果', None),
    (ORG, '是市人大、[[市政协]]监督支持的结果', None),
    # 5.5万名党员干部下沉一线: party cadres sent down to the front line for the Games, personnel
    # dispatched (guidelines STAFFING; report_fc 选派200名年轻干部, report_gc 30名厅级领导干部) (README
    # call 2). 12.4万名网格员日夜巡防 (grid workers at their work, no measure placing them), 2万余名“小青椒”
    # (volunteers): not STAFFING
    (ST, '酷暑时节为保障大运会成功举办，[[5.5万名]]党员干部下沉一线', staff(55000, '名')),
    (ORG, '在此，我代表[[市人民政府]]，向全市人民', None),
    # 市人大代表、政协委员 (people); 各民主党派, 各人民团体, 中央和省驻蓉单位 (vague): not ORG;
    # 工商联 in the thanks list (reports notes; report_ea, report_gd)
    (ORG, '向各民主党派、[[工商联]]、无党派人士', None),
    # ================================================================ opportunities
    (ORG, '党中央[[国务院]]密集出台促进民营经济发展壮大', None),
    (ORG, '为成都现代化建设创造了宝贵契机；[[省委]]省政府聚焦新型工业化', None),
    (ORG, '为成都现代化建设创造了宝贵契机；省委[[省政府]]聚焦新型工业化', None),
    # the bodies inside their plenum and conference (reports notes: 省委、市委经济工作会议 → 省委, 市委;
    # report_gd 省委十二届…全会 → 省委)
    (ORG, '[[市委]]十四届四次全会暨市委经济工作会议', None),
    (ORG, '市委十四届四次全会暨[[市委]]经济工作会议', None),
    # “七个更加突出、更高水平”系统工作安排: 安排 is not 原则/要求/方针/思路, not PRINCIPLE
    # ================================================================ 2024: 总体思路, targets
    # 2024年工作安排建议 (a heading), 2024年是…75周年 (a description), 今年政府工作的总体思路是 (the outline,
    # unquoted: reports notes 政府工作总体要求是, report_ga): not DEADLINE / PRINCIPLE.
    # an unquoted N大 counting the city's programmes listed as key work (seventh session: N大 before
    # actions, plans or tasks; report_gc 为民办实事十大工程 counted) (README call 7); “三个做优做强”,
    # “四大结构” (quoted names): not counted
    (IC, '幸福美好生活[[十大]]工程等重点工作', ic(10, '大')),
    # v1.2 Year targets: 今年 heads the list of targets (report_gd, report-v, report-ao, report-aq,
    # report_fc: 今年…主要预期目标是 → 今年)
    (DL, '[[今年]]全市经济社会发展的主要预期目标是', YEAR_BY),
    # 实现全年经济社会发展目标 (the scope of the targets), 聚焦“三个牢牢把握”“四个发力”等重大要求 (verb 聚焦:
    # report_gd call 4), 九个方面工作 (aspects, v1.1): not labelled
    # ================================================================ （一） investment, consumption, trade
    # “三大工程” (quoted), 项目70个/30个/100个 (projects), 5000套: not counted. 坚持要素跟着项目走: v1.1's
    # own example (no quote, no 原则). 首店500家, 消费场景100个 (fresh13: consumption scenes), 门店100家,
    # 企业700家 / 500家, 总代理商20家: not counted. 全年开行 (below) is the scope of an annual total.
    # ================================================================ （二） 成渝, metropolitan area
    # 四川跨境公路运输集散中心 (a logistics facility), 西部金融中心 (a hub), 五大特色金融 (domains): not labelled
    (IC, '全面推进第二批[[50项]]合作事项落地见效', ic(50, '项')),       # as 22项 above (README call 3)
    # 158个重大项目 (projects) and the area's annual list of major matters and activities (as 283项)
    (IC, '实施[[166项]]年度重大事项活动', ic(166, '项')),
    # 5个…项目, 6个产业合作园区 (parks), 项目30个 (projects): not counted
    # the two lists the metropolitan area puts out (reports notes: 20件民生实事; report_fb 1000项服务事项)
    (IC, '推出[[30项]]同城便捷事项', ic(30, '项')),
    (IC, '推出30项同城便捷事项和[[18项]]可感可及民生实事', ic(18, '项')),
    # the province's package of measures for its 39 weakest counties (report_gd, report_ec: the same
    # 托底性帮扶十条措施 → 十条); 39个欠发达县域 (territories), 3个项目: not counted
    (IC, '欠发达县域托底性帮扶[[十条]]措施', ic(10, '条')),
    # 项目200个, 24个重点片区 (areas): not counted
    # ================================================================ （三） science and technology
    # 国家无人机产业创新中心, 制造业创新中心, 国家重点实验室, 天府实验室, 国家川藏铁路技术创新中心, 西部中试
    # 中心, 概念验证中心40个: platforms and labs; 技术转移学院 (a college); 成果转化基地10个, 活动200场,
    # 项目100个/800个 (bases, events, projects); 技术转移服务机构10家, 科创服务机构50家 (firms); 技术经纪人
    # 突破100名 (talent, reports notes): not labelled. 技术经纪（经理）人队伍建设三年行动 (a duration)
    # 11个环高校知识经济圈 (zones), 8个重点校地合作平台 (platforms), 西北工业大学先进动力研究院 (a research
    # institute: reports notes), 企业1万家 / 1500家, 科研攻关100项 (research tasks: report_fb 10项关键核心技术
    # not counted): not labelled
    # ================================================================ （四） industry
    # 项目380个/80个, 链主企业50家, 创新工作站15个 (platforms), 活动200场, 产业领军人才300名左右 (talent),
    # 企业800家/50家/500家, 2个国家级和12个省级…产业集群, 6个重点方向 / 24个细分领域 (domains), 中西部集成电路
    # 产品验证中心 (a testing platform), 西部低空经济中心 (a hub): not labelled.
    # 北交所西南服务基地, 沪深交易所西部基地, 农交所 (exchanges: economic entities, like report_ga 中国水权
    # 交易所); 上市及过会企业15家, 11个重点物流项目, 糖酒会、西博会 (events); 智能工厂和数字化车间100个;
    # 国家级算力调度中心 (a computing facility): not labelled
    # ================================================================ （五） rural revitalisation
    # “一带十五园百片” (quoted), 先行村、重点村各50个 (villages), 8000栋, 100个新市镇 (towns), 1—2个…中心镇
    # (designations), 两项改革 (a fixed name: reports notes), 农业职业经理人1万名 (training: reports notes)
    (IC, '新增县域医疗卫生次中心[[6个]]', ic(6, '个')),               # as 15个 above
    # ================================================================ （六） ecology
    # 天府绿道1000公里, 公园90个, 示范街区30个, 10个…示范品牌 (brands), 便民服务设施100个, 幸福河湖3条: not
    # counted. v1.2 PRINCIPLE: 坚持 + a quoted formula + 原则
    (PR, '坚持“[[绿色低碳、节约持续、共享包容]]”原则', None),
    # 高标准办好2024年成都世界园艺博览会: 2024年 is part of the event's name (report_ec 2024年物流产业发展大会),
    # not DEADLINE; “公园城市、幸福成都”主题 (主题, not a principle)
    # 261个医废暂存点, 115个产废企业, 投放点2800个/2000个 (facilities, enterprises); “十百千万” (quoted);
    # “碳达峰十大行动” (a quoted name: report_gd, report_ec); 市、县国土空间总体规划 (plans; 市 and 县 are no
    # names); 绿色工厂25家, 公交线路20条, 示范单位20个: not labelled
    # ================================================================ （七） reform and opening
    # 营商环境政策体系6.0版; 小额政府采购项目原则上全部预留给中小微企业 (原则上: v1.1, not PRINCIPLE);
    # 行业协会、中介机构 (generic); 中国—欧洲中心 (a platform): not labelled
    # ================================================================ （八） livelihood
    # 专场招聘会70场, 城镇新增就业23万人, 15万人, 3万套/1.5万套/1万套, 超市100个, 基金1000只, 2000户: not
    # labelled
    (IC, '新建、改扩建中小学和幼儿园[[85所]]', ic(85, '所')),           # schools built (reports notes)
    # 新优质学校50所以上, 高品质幼儿园100所 (designations: report_eb, report_ec 示范性幼儿园8所), 学位7万个,
    # 科普基地15个: not counted. 成都大学, 成都职业技术学院 (universities and colleges): not ORG
    # 部省级医院 / 市级医院 / 县级医院, 国家级医学中心和区域医疗中心, 市中心医院, 市三医院高新医院 (hospitals);
    # 10个专科（专病）中心 (hospital units under construction): not labelled.
    # hospital groups set up (batch-c: school and hospital groups set up are counted, 3个…办学集团)
    (IC, '打造紧密型城市医疗集团[[2个]]', ic(2, '个')),
    # medical institutions a measure acts on (report_ec 30家医疗机构…互认共享)
    (IC, '推动[[50家]]医疗卫生机构实现检查检验结果互通共享', ic(50, '家')),
    # 药店400家, 社区运动角100个, 市第十五届运动会 (an event): not labelled. 成都中国书法馆, 三国文化研究展示
    # 中心, 成都博物馆, 方志馆分馆7个 / 微方志馆50个 (museums and facilities), 100个“乡村著名”: not labelled
    # 为老服务综合体30个, 友好社区30个, 助餐服务设施460个, 6000户 (facilities); “蓉城女性六大行动” (quoted)
    # model childcare institutions (report-u 打造市级示范性托育机构25家, report-g 10家示范性托育机构; reports
    # 托育机构210家 / 218家); 以上 inside the span, value with min (README call 7)
    (IC, '市级示范性托育机构增至[[65家以上]]', ic(65, '家', min=65, max=None)),
    # 青少年综合服务示范小站30个 (facilities): not counted
    # ================================================================ （九） governance and safety
    # 市级部门 (generic), 城运分中心 / 市城运平台 (city-operations centres: platforms, report_fb 城市运行管理
    # 中心), 1926项城市运行数字体征 (indicators: batch-c), 应用场景20个 (applications), 国家智能社会治理综合实验
    # 基地: not labelled
    # 社区党组织 (v1.1 党组织), 物业 (companies); residents' and owners' committees are ORG (guidelines
    # 村委会; report-o 推动社区、业委会、物业三方协同共治 → 业委会; seed 居委会、业委会)
    (ORG, '促进社区党组织、[[居委会]]、业委会、物业四方联动', None),
    (ORG, '促进社区党组织、居委会、[[业委会]]、物业四方联动', None),
    (ORG, '推动物业服务提质和[[业委会]]规范运行', None),
    # “百镇千村万居” (quoted), 社区法律之家19个 (facilities), 片区15个, 院落630个, 井盖2万座, 电梯800台/
    # 8000台, 社区25个, 街区30个, 街巷30条, 街角650个, 空间50个, 生活圈100个, 示范社区23个, 避难场所8个: not
    # counted
    # a brigade set up with 组建 (fresh14 report_ga 组建生态环境警察支队 → ORG; guidelines 队/大队)
    (ORG, '组建[[航空消防救援大队]]', None),
    # 安全生产治本攻坚三年行动 (a duration), 5个行业级、2个区域级子虚拟电厂 (facilities), “盗抢骗”“食药环”:
    # not labelled
    # ================================================================ 全面加强政府自身建设
    # “两个确立” / “四个意识” / “四个自信” / “两个维护” / “五个走在前列” / “三个务必” (quoted names) and
    # 坚持法定职责必须为、法无授权不可为 (unquoted, no 原则): not labelled; 机构改革方案 (no 《》)
    # 府院联动机制 (courts and government: no name)
    # 市人大及其常委会: the 常委会 after a definite 市人大 is a definite short form (v1.2; report_gd, report-v)
    (ORG, '依法接受[[市人大]]及其常委会法律监督', None),
    (ORG, '依法接受市人大及其[[常委会]]法律监督', None),
    (ORG, '自觉接受[[市政协]]民主监督', None),
    # 人大代表建议和政协委员提案 (people and proposals), 政府系统 (bare 政府): not labelled
    # 成都国际仲裁中心 (打造: a hub, like 西部金融中心 / 国际消费中心城市): not ORG; a mediation centre and a
    # service centre for enterprises that the city runs (高标准运行) are bodies (report-n 矛盾纠纷调解中心,
    # report-c/o/aj 企业综合服务中心) (README call 6)
    (ORG, '高标准运行[[金融调解中心]]、企业服务中心', None),
    (ORG, '高标准运行金融调解中心、[[企业服务中心]]', None),
]

for k in re.finditer(re.escape(TRIAD), t):
    s = k.start()
    d.add(ORG, s + 3, s + 6, None)        # 国务院
    d.add(ORG, s + 7, s + 9, None)        # 省委
    d.add(ORG, s + 9, s + 12, None)       # 省政府
    d.add(ORG, s + 13, s + 15, None)      # 市委
assert [e['text'] for e in d.ents[:4]] == ['国务院', '省委', '省政府', '市委']

for a in ANCHORS:
    label, anchor, norm = a[:3]
    d.ctx(label, anchor, n=a[3] if len(a) > 3 else 1, norm=norm)

# ================================================================ every body word accounted for
d.check_all('人民政府', 2, 2)
d.check_all('国务院', 5, 5)
d.check_all('省委', 7, 7)
d.check_all('省政府', 6, 6)
d.check_all('市委', 6, 6)
d.check_all('市人大', 6, 4, ['609件[市人大]代表建议', '向[市人大]代表、政协委员'])          # people
d.check_all('人大', 7, 4, ['609件市[人大]代表建议', '向市[人大]代表、政协委员', '高质量办好[人大]代表建议'])
d.check_all('政协', 7, 3, ['并请市[政协]委员提出意见', '772件市[政协]委员提案', '市人大代表、[政协]委员',
                         '代表建议和[政协]委员提案'])                                  # people (v1.1)
d.check_all('常委会', 2, 2)
d.check_all('工会', 1, 1)
d.check_all('工商联', 1, 1)
d.check_all('居委会', 1, 1)
d.check_all('业委会', 2, 2)
d.check_all('委', 22, 18, ['并请市政协[委]员', '772件市政协[委]员提案', '市人大代表、政协[委]员',
                         '代表建议和政协[委]员提案'])
d.check_all('政府', 26, 8, [
    '新一届[政府]工作实现', '担当作为，[政府]自身建设切实加强', '贯穿[政府]工作各领域', '部署在[政府]系统落地',
    '打造[政府]立法工作', '[政府]系统办事效率', '压减[政府]一般性支出', '今年[政府]工作的总体思路',
    '用好[政府]和社会资本', '优化[政府]性产业基金', '小额[政府]采购项目', '存量[政府]隐性债务',
    '全面加强[政府]自身建设', '法治[政府]。', '推进[政府]职能转变', '深化[政府]系统正风', '作为[政府]的“履职清单”',
    '让[政府]过“紧日子”'])                                  # bare 政府 (v1.1), types of government
d.check_all('中央', 13, 0, [
    '一年来，在党[中央]国务院', '深入推进[中央]、省生态', '天府[中央]法务区聚集', '严格落实[中央]八项规定',
    '作为党[中央]的核心', '是党[中央]国务院', '向[中央]和省驻蓉单位', '聚集成势；党[中央]国务院', '认真落实党[中央]国务院',
    '认真落实[中央]八项规定', '加快建设天府[中央]法务区', '为核心的党[中央]周围', '为指导，在党[中央]国务院'])  # no head (v1.1)
d.check_all('中心', 50, 3, [
    '国家企业技术[中心]增至62家', '综合性科学[中心]加快建设', '装备技术创新[中心]正式揭牌',      # platforms
    '成果西部转化[中心]在蓉揭牌', '概念验证[中心]首批', '成都智算[中心]', '国家超算成都[中心]',
    '蔬菜种业创新[中心]、', '种质资源[中心]库', '综合农事”服务[中心]增至15个', '成资协同创新[中心]高效运行',
    '3个省级百强[中心]镇', '至14个区，[中心]城区', '打通[中心]城区', '综合性文化服务[中心]“亲民化”',
    '县域医疗卫生次[中心]15个', '区域应急救援[中心]主体完工', '同[中心]工作和决策', '经济建设这一[中心]工作',
    '以人民为[中心]的发展', '国际消费[中心]城市', '外资研发[中心]支持', '运输集散[中心]全面开工',
    '共建西部金融[中心]', '做强[中心]城市极核', '疏解[中心]城区', '（兴隆湖）综合性科学[中心]，开工',
    '产业创新[中心]和工业云', '制造业创新[中心]。推动', '加快建设先进技术成果西部转化[中心]',
    '铁路技术创新[中心]高质量', '西部中试[中心]', '概念验证[中心]40个', '产品验证[中心]', '低空经济[中心]',
    '算力调度[中心]', '1—2个省级百强[中心]镇', '线路20条，[中心]城区', '中国—欧洲[中心]',
    '国家级医学[中心]和', '区域医疗[中心]，推动部省级', '市[中心]医院', '专科（专病）[中心]建设',
    '文化研究展示[中心]', '城运分[中心]', '成都国际仲裁[中心]', '县域医疗卫生次[中心]6个'])
d.check_all('局', 14, 0, [
    '社会大[局]和谐稳定，新一届', '良好开[局]', '功能布[局]优化', '国资布[局]', '新发展格[局]，着力',
    '于变[局]中开新局', '中开新[局]', '全省大[局]把握', '空间格[局]，举办', '生产力布[局]，联合', '争取布[局]国家无人机',
    '突破，布[局]一批', '领域布[局]行业大模型', '维护社会大[局]和谐稳定'])            # 格局/布局/开局/大局/变局
d.check_all('部门', 3, 0, ['跨[部门]“综合查一次”', '跨[部门]、跨领域', '市级[部门]城运分中心'])   # generic head
d.check_all('队', 3, 1, ['产业工人[队]伍', '（经理）人[队]伍'])                      # 队伍; 航空消防救援大队
d.check_all('组', 11, 0, ['协会[组]建成立', '50名（[组]）', '自治[组]织超1万个', '实验室优化重[组]', '“[组]团式”',
                         '精心[组]织', '市场化重[组]', '相关分[组]', '社会[组]织“双创”', '社区党[组]织',
                         '[组]建航空消防'])                    # 组建 (the brigade is labelled), 组织, 重组
d.check_all('院', 27, 5, [
    '振兴职业学[院]签约', '改造老旧[院]落616', '示范[院]落49个', '市八医[院]二期', '智慧养老[院]21个',
    '小区（[院]落）', '技术转移学[院]', '先进动力研究[院]', '制定[院]士及', '科研[院]所', '建立[院]士（专家）',
    '职业技术学[院]新校区', '在蓉部省级医[院]创建', '推动部省级医[院]、', '市级医[院]、县级', '县级医[院]协同',
    '市中心医[院]、市三', '市三医[院]高新', '高新医[院]等', '公立医[院]10个', '改造老旧[院]落630', '府[院]联动'])
#                                     colleges, hospitals, courtyards, 院士, 府院; the five are 国务院
d.check_all('所', 14, 0, ['混合[所]有制', '幼儿园88[所]', '对[所]有新增', '各得其[所]', '科研院[所]',
                         '北交[所]', '沪深交易[所]', '农交[所]', '幼儿园85[所]', '学校50[所]以上', '幼儿园100[所]',
                         '公共场[所]', '避难场[所]8个', '把[所]有精力'])
d.check_all('站', 16, 0, ['充电[站]595座', '人才驿[站]服务来蓉', '健康服务[站]点', '康复服务[站]点', '劳动者服务[站]点超',
                         '骑手驿[站]', '微型消防[站]', '创新工作[站]15个', '枢纽场[站]', '一[站]办理',
                         '劳动者服务[站]点等', '升级青年人才驿[站]', '示范小[站]', '调峰电[站]', '蓄能电[站]，',
                         '储能电[站]建设'])                   # facilities and service points
d.check_all('馆', 20, 0, ['博物[馆]增至', '大运场[馆]', '1号[馆]', '图书[馆]、美术馆', '美术[馆]联盟', '总领事[馆]正式',
                         '正式开[馆]', '艺术图书[馆]', '公共文化场[馆]', '体育场[馆]', '宾[馆]酒店', '（商品）[馆]',
                         '3号[馆]', '书法[馆]', '成都博物[馆]等', '世界一流博物[馆]', '“博物[馆]之都”', '方志[馆]分馆',
                         '方志馆分[馆]', '微方志[馆]'])         # facilities; the consulate (README call 5)
d.check_all('团', 12, 0, ['乒联混合[团]体', '“千[团]万企', '医疗集[团]建设试点', '市民[团]结奋斗', '迸发出[团]结',
                         '各人民[团]体', '“组[团]式”', '医疗集[团]2个', '群[团]力量', '积极因素，[团]结',
                         '可以[团]结的力量', '紧密地[团]结在'])
d.check_all('室', 10, 0, ['国家实验[室]园区开工', '天府实验[室]实体化', '重点实验[室]揭牌', '模拟重点实验[室]（成都基地）',
                         '国家实验[室]园区建成', '国家重点实验[室]优化', '二批天府实验[室]', '“共享实验[室]”',
                         '重点实验[室]人才', '场景实验[室]功能'])       # labs (reports notes)
d.check_all('处', 10, 0, ['污水[处]理厂', '医疗废物[处]置', '完成[处]置批而未供', '不予[处]罚', '减轻[处]罚',
                         '收集[处]理设施', '收运[处]置能力', '土地[处]置力度', '快速[处]置', '紧要[处]'])
for w, n in (('机构', 19), ('单位', 5), ('集团', 2), ('司', 1), ('署', 7), ('协会', 2), ('联盟', 2), ('交易所', 1),
             ('机关', 0), ('公司', 0), ('厅', 0), ('党委', 0), ('县委', 0), ('办公室', 0), ('领导小组', 0),
             ('委员会', 0), ('以下简称', 0)):
    hits = [m.start() for m in re.finditer(w, t)]
    assert len(hits) == n, (w, len(hits))
    for h in hits:                                  # generic heads, facilities, associations, verbs
        assert not any(e['label'] == ORG and e['start'] <= h < e['end'] for e in d.ents), (w, h)

labelled = [(e['start'], e['end']) for e in d.ents if e['label'] == ORG]


def rest(ch, words, n):
    """``ch`` occurs ``n`` times; each occurrence outside an ORG lies inside one of ``words``."""
    hits = [m.start() for m in re.finditer(ch, t)]
    assert len(hits) == n, (ch, len(hits))
    for h in hits:
        if any(s <= h < e for s, e in labelled):
            continue
        assert any(t[h - k:h - k + len(w)] == w for w in words for k in range(len(w)) if w[k] == ch), \
            (ch, t[h - 6:h + 6])


# 部 (46): none inside an ORG; 西部/中部/东部, 部署, 干部, 全部/部分, 零部件/大部件, 部门, 部省级 (hospitals
# of ministries and the province), 总部
rest('部', ['西部', '中部', '东部', '部署', '干部', '全部', '部分', '部件', '部门', '部省级', '总部'], 46)
assert not any('部' in e['text'] for e in d.ents if e['label'] == ORG)
# 联 (44): 工商联 only; 国际乒联 (README), 联盟 ×2, 联动/联建/联合/联运/联系/联席/互联网/医联体/联合国/串联/物联网
rest('联', ['工商联', '乒联', '联盟', '联动', '联建', '联合', '联运', '联系', '联席', '互联网', '医联体', '网联', '串联',
           '物联网'], 44)
# 协 (33): 市政协 ×3 inside ORGs; 协会 ×2 (技术经理人协会, 行业协会: seventh session), 协议, 协作, 协同, 协调,
# 政协委员 (people)
rest('协', ['政协', '协会', '协议', '协作', '协同', '协调'], 33)
# 办 (54): never a body (举办/承办/办好/办赛/办实事/通办/办理/办法/开办/公办/办结/办事/蓉易办/渝快办/可办/先办/即办)
rest('办', ['举办', '承办', '办好', '办赛', '办实事', '办大运', '通办', '办理', '办法', '开办', '公办', '办结', '办事',
           '易办', '快办', '可办', '先办', '即办', '办到', '办成', '一次办', '办一切'], 54)
assert not any('办' in e['text'] for e in d.ents if e['label'] == ORG)
# 会 (81): 工会, 常委会 ×2, 居委会, 业委会 ×2 inside ORGs; otherwise 社会, 大会, 运动会/大运会/盛会/博览会, 全会,
# 会议, 欧洽会/糖酒会/西博会/展会/招聘会, 会展, 过会 (IPO), 省会, 协会 ×2, 机会, “会干事”
rest('会', ['社会', '大会', '运动会', '大运会', '盛会', '博览会', '全会', '会议', '欧洽会', '糖酒会', '西博会', '展会',
           '招聘会', '会展', '过会', '省会', '协会', '机会', '会干事', '会计'], 81)
assert sorted(e['text'] for e in d.ents if e['label'] == ORG and '会' in e['text']) == \
    sorted(['业委会', '业委会', '工会', '居委会', '市人大常委会', '常委会'])

# ================================================================ other families
# DEADLINE (1): 今年 (targets). Every time word was read: 2023年 ×2 (heading, year description), 2023 in
# “2023国际化营商环境建设标杆城市” (an award), 2019年 ×3 (baselines), 2024年 ×3 (heading, year description,
# the event name 2024年成都世界园艺博览会), 2030 (“创建韧性城市2030”, a programme's name), 2000/2040 (amounts);
# 今年 ×2 (总体思路: the outline; 主要预期目标: labelled); 全年 ×4 (two past totals, 实现全年…目标 and 全年开行
# 国际班列4500列以上: the scope of an annual total, report_ec decision 6, report-ax); 年度 ×3 (完成年度投资,
# 283项年度重点任务 (past), 166项年度重大事项活动: an annual list without a due point); 一年来 ×3, 过去一年,
# 连续N年 (past); 三年行动/三年攻坚行动/三年行动计划 ×11 and 百日攻坚 ×2 (durations and names: report_gd call 8); 消费促进年,
# 百年活动, 千年商都, “交子千年” (names); 新十二月市 ×2 (a name), 按月直付 (a payment mode), 24小时响应率 /
# 144小时过境免签 / 5分钟 / 15分钟 (rates and names), 秋冬季 (past), 夏季运动会 / 文化季 / 音乐季 (names), 日 ×13 (日夜, 日均, 主题日, 日子…), 期 ×17 (二期/一期, 预期, 定期, 长期护理…): not DEADLINE.
assert re.findall(r'20\d\d年?', t) == ['2023年', '2023年', '2023', '2019年', '2019年', '2019年', '2030', '2024年',
                                      '2024年', '2024年', '2000', '2000', '2040']
assert t.count('年') == 64 and t.count('今年') == 2 and t.count('全年') == 4 and t.count('年度') == 3
assert t.count('三年') == 11 and t.count('月') == 3 and t.count('季') == 4 and t.count('小时') == 3
assert t.count('日') == 13 and t.count('百日攻坚') == 2 and t.count('期') == 17
for w in ('年内', '年底', '年末', '底前', '月底', '期间', '之前', '以前', '以内', '日内', '日前', '提前', '到20',
          '季度', '每年', '每月', '上半年', '下半年', '年前'):
    assert w not in t, w
# PRINCIPLE (1): 原则 ×2 (the labelled one; 原则上 in 小额政府采购项目原则上…, v1.1); no 按照/本着/根据/方针;
# 思路 ×1 (今年政府工作的总体思路是: unquoted outline); 遵循 ×1 (根本遵循, a noun); 要求 ×4 (落实“简约、安全、精彩”
# 办赛要求 (verb 落实, README call 4), 省市实施细则要求 ×2 (no content), 聚焦“三个牢牢把握”“四个发力”等重大
# 要求 (verb 聚焦)); 坚持 ×33: section headings (坚持科技引领…), unquoted phrases, 坚持“双碳”引领 (no 原则/
# 要求/方针/思路: v1.1), 坚持以“民声”定“民生” (no such word), and the labelled 坚持“…”原则
for w in ('按照', '本着', '根据', '方针'):
    assert w not in t, w
assert t.count('原则') == 2 and t.count('原则上') == 1 and t.count('思路') == 1 and t.count('遵循') == 1
assert t.count('要求') == 4 and t.count('坚持') == 33 and t.count('理念') == 8
# DOC_TITLE (1): the only 《》. DOC_NO: none (no 〔; 号 in 1号馆, 2号/3号馆, 8号线/27号线, “一号工程” ×3, 暗号,
# 老字号)
assert re.findall('《([^》]*)》', t) == ['四川天府新区条例']
assert '〔' not in t and '[' not in t and '【' not in t and t.count('号') == 10
# STAFFING (1): no 编制 of posts (all six are plan drafting: 编制完成, 编制出台, 编制…规划/手册) and no 职数;
# the other counts of people are talent (982人, 6.9万人, 100名, 300名左右, 1万名), athletes (6500多名),
# honourees (50名, 109名, 3名, 593名), a rank (百强榜第1名), volunteers (367万人, 2万余名), grid workers at work (12.4万名),
# employment (26.4万人, 23万人), the insured (63.2万人, 15万人), beneficiaries (5.38万名, 1.1万人) and visits
assert t.count('编制') == 6 and '职数' not in t
assert re.findall(r'[0-9.]+万?(?:多|余)?[人名](?!次)', t) == [
    '6500多名', '982人', '6.9万人', '1名', '50名', '109名', '3名', '367万人', '26.4万人', '593名', '63.2万人',
    '5.38万名', '1.1万人', '5.5万名', '12.4万名', '2万余名', '100名', '300名', '1万名', '23万人', '15万人']
# ITEM_COUNT: every number + measure word was read (regex below); the labelled counts are listed
counts_re = (r'(?:超|近)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:余|多)?万?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|户|场|套|张|股|宗|起|块|只|名|人)(?:以上)?')
assert len(re.findall(counts_re, t)) == 314, len(re.findall(counts_re, t))
ic_texts = [e['text'] for e in sorted(d.ents, key=lambda e: e['start']) if e['label'] == IC]
assert ic_texts == ['28条', '22项', '7个', '10条', '311项', '39项', '283项', '75项', '154家', '5项', '210项', '15个',
                    '88所', '超1万个', '6件', '1502项', '十大', '50项', '166项', '30项', '18项', '十条', '6个', '85所',
                    '2个', '50家', '65家以上'], ic_texts
assert all(re.fullmatch(counts_re, x) for x in ic_texts)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 27, 'ORG': 43,
                  'PRINCIPLE': 1, 'STAFFING': 1}, counts
write_gold(OUT, [d])
