"""Build report_kb.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 上海市, a UTF-8 .txt file of 18,559 characters
(190 newlines, no final newline): 各位代表： → 一、2023年工作回顾 (过去一年…, 一年来 with four 一是…四是 figures,
一年来，我们主要做了以下工作 in five numbered sections （一）–（五） of titled paragraphs, the thanks, the problems)
→ 二、2024年主要任务 (今年是…, 做好今年工作，要…, 建议今年全市经济社会发展的主要预期目标是…, 今年重点做好以下工作
in nine numbered sections （一）–（九）, each a lead sentence and titled paragraphs, then a paragraph on 军民
and one on 实干为要) → 三、全面加强政府自身建设 (a lead paragraph and five numbered paragraphs) → closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh18/make_report_kb.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/上海.txt'
OUT = 'corpora/gold-fresh18/report_kb.jsonl'
# meta: no header, no session date and no signature; the text opens with 各位代表： and its parts are
# 一、2023年工作回顾 / 二、2024年主要任务 / 三、全面加强政府自身建设, so the report is dated by its year (reports
# notes; report_ia, report_ja). Region: 上海 is a municipality directly under the central government, so the
# region is the city alone (上海市人民政府, 中共上海市委 in the text), as report_ia has 北京市 and as every
# Shanghai document of the labelled sets has 上海市.
d = AnchoredDoc('fresh18-report-shanghai-2024', SOURCE, {'region': '上海市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 18559 and t.count('\n') == 190 and not t.endswith('\n'), (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; ST = 'STAFFING'; DL = 'DEADLINE'; PR = 'PRINCIPLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[上海市人民政府]]，向大会报告工作', None),
    # 请各位政协委员和其他列席人员提出意见: a body modifying people (v1.1), not labelled
    # ================================================================ 2023 review: the year
    # 党的二十大, 二十届二中全会 (a congress and a plenum; no body head), 党中央 (v1.1 中央): not ORG
    (ORG, '坚决贯彻落实党中央、[[国务院]]的决策部署', None),
    (ORG, '在[[中共上海市委]]的坚强领导下，坚持稳中求进工作总基调', None),
    # 坚持稳中求进工作总基调 (unquoted, 总基调): not PRINCIPLE. The body inside its session keeps its term number
    # (regs-b adoption lines; report_ia 市十六届人大); 年度目标任务 (no due point): not DEADLINE
    (ORG, '[[市十六届人大]]一次会议确定的年度目标任务基本完成', None),
    # 一是…四是: the year's figures (三大先导产业: domains; 跨国公司地区总部、外资研发中心分别新增65家和30家, 首批
    # 创新型企业总部达到40家: companies attracted, results; 新增公园162座: facilities): not labelled
    # ================================================================ （一） 改革开放
    # “五个中心” (a quoted name), 国际经济/金融/贸易/航运/科创中心 (hubs), 58个…重大产业项目 (projects), 持牌金融机构
    # 新增47家 (companies; 机构 generic), 上海国际再保险交易中心, 全国性大宗商品仓单注册登记中心 (a trading centre
    # and a registry platform: seventh session, trading centres are not bodies), “互换通” (a quoted name): not
    # labelled.
    # 国际航运公会上海代表处等功能性机构落户: the Shanghai office of the International Chamber of Shipping, a
    # shipowners' trade association (seventh session: 行业协会, 商协会 are not bodies); 功能性机构 is generic
    # (README call 4). 上海光源二期 (a facility), 在沪国家实验室 (labs), 数学与交叉学科研究院、科学智能研究院等高
    # 水平研究机构 (research institutes: reports notes), 7家高质量孵化器 (facilities: report_hb, report_ja), 2.4万家
    # (enterprises), 人才高峰工程, “海聚英才” (names): not labelled
    # ---------------------------------------------------------------- 浦东引领区
    # 上海自贸试验区十年 (past), 总体方案“80条”: the quotes cover the count (report_ea “38条”, report_gb “10条”,
    # report_jc “28条”): not counted. 浦东综合改革试点方案及首批授权事项清单 (no 《》, no number): not labelled.
    # measures the state issued and the city put in place (reports notes 省支持滨州30条措施)
    (IC, '国家出台的[[33条]]自贸试验区制度型开放试点措施基本落地', ic(33, '条')),
    # 一批重大开放举措 / 协同创新机制 (no number), 新增各类总部机构126家、大企业开放创新中心25家 (headquarters and
    # centres attracted: results, companies): not counted.
    # regulations and rules made (reports notes 推动制定6部地方性法规和政府规章; report_fc 累计上线政策超1120项): a
    # cumulative count of the Pudong regulations and of the management measures, each a set made by a
    # measure (README call 2)
    (IC, '浦东新区法规累计达到[[18部]]', ic(18, '部')),
    (IC, '管理措施累计达到[[22部]]', ic(22, '部')),
    # ---------------------------------------------------------------- “三大任务”
    # “三大任务” / “三大平台” (quoted names), 临港新片区, 洋山特殊综合保税区 (zones), 重大产业项目超过100个 (projects),
    # 科创板 (a board of an exchange): not labelled.
    # the Yangtze Delta's own list of key cooperation matters (reports notes: own task lists)
    (IC, '长三角一体化发展[[21项]]重点合作事项加快落地', ic(21, '项')),
    # 28个科技创新联合攻关项目 (projects), 全国社保基金长三角科技创新股权投资基金 (a fund: report_ga, report_ia):
    # not labelled. Service items handled across the border (report_hb: the same `152项`高频事项实现长三角
    # “一网通办”; report_ja 311项“川渝通办”事项)
    (IC, '[[152项]]政务服务事项实现跨省市“一网通办”', ic(152, '项')),
    # ---------------------------------------------------------------- “三大平台”
    # 第六届中国国际进口博览会, 上海城市推介大会, 虹桥国际经济论坛…两个分论坛 (events), 24项制度创新成果 (results:
    # report_fc 30项…制度创新成果) (README call 5), 示范区国土空间总体规划 (no 《》), 虹桥国际中央商务区 (a zone;
    # 中央: no body head): not labelled
    # ---------------------------------------------------------------- 重点领域改革
    # an unquoted N大 before the plans a measure carries out (seventh session: 十大行动 → N大; report_ec 六大专项
    # 整治行动, report_fc 七大行动)
    (IC, '围绕建设世界一流企业的[[六大]]强企计划全面实施', ic(6, '大')),
    # 上海交易集团 (a state-owned company: v1.1), 投资基金 / 发展基金 (funds), 助力中小微企业“28条” (quoted: report_jc),
    # 民营企业总部新增97家 (results), “政会银企” (quoted), “上海标准”、“上海品牌”分别新增10个和37个 (designations): not
    # labelled
    # ================================================================ （二） 内需外需
    # 十大行动, unquoted (seventh session; report_fc); the quoted “十大行动” of report_ga, report_eb is a name
    (IC, '扩需求、稳增长、促发展[[十大]]行动', ic(10, '大')),
    # 促消费“15条”、投资促进“24条”、稳外贸“21条”、吸引外资“20条”: the quotes cover the counts (report_ea, report_eb,
    # report_gb, report_id): not counted (README call 3). “一节六季”, “潮涌浦江” (names), 新增首店1215家
    # (shops), 13号线 / 19号线 (lines: 号 is no DOC_NO), 国际贸易分拨中心示范企业116家, AEO 517家 (enterprises),
    # 中欧班列全年开行100列 (a past total), 智能工厂3家, 示范工厂19家, 优秀场景111个, “工赋链主”25家, 工业互联网平台
    # 34个 (designations, platforms), 物联终端, 5G基站 (facilities): not labelled.
    # ---------------------------------------------------------------- 城市空间布局
    # “上海2035” (a plan's quoted name, no limit), 五个新城 (territories). The second batch of major functional
    # matters brought into the new towns: a list set by a measure with the head 事项 (reports notes: own
    # task lists; report_ja 年度10个重点项目事项) (README call 6)
    (IC, '导入第二批[[30项]]重大功能性事项', ic(30, '项')),
    # 新开工117个重大项目 (projects); 规划建设的5家市级综合性医院全部开工: the new-town campuses of existing city
    # hospitals under construction (加快中山、新华等市级医院新城项目建设, below), like report_fb's 6家三甲医院新院区
    # (facilities): not counted (README call 7). 上大美院吴淞校区、瑞金医院金山院区 (campuses: projects): not labelled
    # ---------------------------------------------------------------- 乡村振兴
    # 种业产业孵化基地, 横沙新洲现代农业产业园 (facilities, zones), 示范村24个 (designations), 10.1万户 / 1.6万户,
    # 210公里: not labelled
    # ================================================================ （三） 民生
    # 养老床位5510张, 社区长者食堂41个 (facilities: reports notes 孝善助老食堂), 床位2598张, 7715户, 暑托班579个
    # (classes), 托额5308个 (places), 平方米, 10个城中村改造项目 (projects), 电梯3001台, 8.1万套（间）, 1.1万张,
    # 充电桩5.1万个, 社区市民健身中心31个 / 市民健身步道80条 / 益智健身苑点671个 / 25家示范性智慧菜场 (facilities):
    # not labelled.
    # 新增就业岗位60.6万个 (jobs: not STAFFING), 社区就业服务站点227个 (service points: v1.1 站点), 公共就业招聘新平台
    # (a platform): not labelled.
    # 义务教育“新五项标准” (a quoted name), 职业院校 (generic). 联合国教科文组织一类中心STEM教育研究所: 联合国教科文
    # 组织 has the head 组织 and is intergovernmental (report_fa, report_hb); the STEM institute is a research
    # institute (reports notes): not ORG. 公立医院 (hospitals): not labelled.
    # 世界技能博物馆 (a facility), 国际电影节… (events), 双拥模范城 (a title): not labelled
    # ================================================================ （四） 城市治理
    # 8公里, 112公里, 103个“美丽街区” (places), 59个机关、企事业单位附属空间对外开放: the spaces of offices and
    # enterprises opened (机关/单位: generic heads; the count is of spaces, not of bodies a measure sets up)
    # (README call 8), 首届全球可持续发展城市奖 (an award): not labelled.
    # 居村“一办法两清单”, “12345”市民服务热线 (a hotline: reports notes 12345热线), “三所联动” (quoted), 连续11年
    # (past), 社区工作者队伍 (队伍): not labelled.
    # 第三轮清洁空气行动计划 (an ordinal), 1.1万辆, 52座雨水调蓄池, 竹园污水厂四期 (facilities): not labelled.
    # 碳达峰十大行动: unquoted here (report_ec, report_gd, report_hb left out the quoted “碳达峰十大行动”)
    (IC, '实施碳达峰[[十大]]行动', ic(10, '大')),
    # 35.4万辆, 128.8万辆, 首届碳市场大会, 首届上海国际碳博会 (events), 万亩 / 公顷 / 公里: not labelled
    # ================================================================ （五） 政府改革创新
    # 世界银行 (an international bank: report_ia); the city's own task list (report_ia 48项重点任务全面完成;
    # reports notes 256项重点工作)
    (IC, '优化营商环境6.0版[[208项]]改革任务全面完成', ic(208, '项')),
    # 1904户 / 289.2万户 / 116.8户 (enterprises), “服务包”: not labelled.
    # “十四五”规划…中期评估 (a plan named, no limit). 市人大及其常委会: 常委会 after a definite 市人大 is a definite
    # short form (v1.2; report_ia, report_ja)
    (ORG, '配合[[市人大]]及其常委会出台地方性法规13件', None),
    (ORG, '配合市人大及其[[常委会]]出台地方性法规13件', None),
    # regulations passed and rules made, revised or repealed (report_ia 6项 / 8项; report_fb 4件; reports notes 6部)
    (IC, '出台地方性法规[[13件]]', ic(13, '件')),
    (IC, '立改废政府规章[[40件]]', ic(40, '件')),
    # 市人大代表建议778件 (people; handled motions), 927件 (handled proposals): not labelled. A body before a
    # document is ORG (report_ia 办理市政协提案1054件; report_fc, report_fb)
    (ORG, '办理市人大代表建议778件、[[市政协]]提案927件', None),
    # 法治政府 (a type of government), “检查码” (a quoted name), 街镇综合行政执法体制 (a system): not labelled
    # ---------------------------------------------------------------- “两张网”
    # service items (report_ia `23个`“一件事”集成服务事项; reports notes “一件事一次办”场景119个); the count is
    # outside the quotes, so it is no quoted name
    (IC, '“一网通办”累计推出[[41个]]“一件事”', ic(41, '个')),
    (IC, '[[200个]]高频事项实现“智慧好办”', ic(200, '个')),          # reports notes 561件高频事项
    (IC, '[[296项]]政策服务实现“免申即享”', ic(296, '项')),          # report_h “免申即享”政策清单564项
    # 各类应用1466个 (applications: report_hd, report_ja), “随申码”, “合规一码通” (names): not labelled
    # ---------------------------------------------------------------- 工作作风
    # 中央八项规定 (a fixed name), “四风”, 落实过紧日子要求 (unquoted; verb 落实), 10%以上: not labelled
    # ================================================================ thanks
    # 党中央 (v1.1 中央): not ORG
    (ORG, '是[[中共上海市委]]带领全市人民团结奋斗的结果', None),
    (ORG, '我代表[[上海市人民政府]]，向在各个岗位上', None),
    # 人大代表和政协委员 (people), 各民主党派, 各人民团体 (各), 中央各部门 (vague), 驻沪人民解放军指战员、武警官兵
    # (people), 香港、澳门特别行政区 (places): not ORG. 工商联 in the thanks list (reports notes; report_ja)
    (ORG, '向各民主党派、[[工商联]]、各人民团体', None),
    # 政府工作中仍存在, 政府服务管理效能, 政府作风 (bare 政府), “十四五”规划各项目标 (no limit): not labelled
    # ================================================================ 2024: 总体要求, targets
    # 二、2024年主要任务 (a heading), 今年是中华人民共和国成立75周年 / 关键一年 (a description), 做好今年工作 ×2 (the
    # outline: report_ia 在今年的工作中), 中央经济工作会议 (中央: no body head). The city party committee inside its
    # plenums, its term number kept (report_ia 二十届中央纪委三次全会 → 二十届中央纪委; 市十六届人大 above); 按照…部署
    # has no quoted formula and no 原则/要求/方针/思路: not PRINCIPLE (README call 9)
    (ORG, '按照[[十二届市委]]三次、四次全会部署', None),
    # 坚持稳中求进工作总基调 (总基调), 新发展理念 (理念), “五个中心”重要使命 (a mission): not PRINCIPLE.
    # v1.2 Year targets: 今年 heads the list of targets (report_ia 提出今年全市经济社会发展的主要预期目标是)
    (DL, '建议[[今年]]全市经济社会发展的主要预期目标是', YEAR_BY),
    # 5%以内 (a rate), 今年重点做好以下工作 (an outline, no limit): not labelled
    # ================================================================ （一） 五个中心
    # 坚持整体谋划、协同推进… (unquoted, no 原则), 坚持以科技创新推动产业创新, “（2+2）+（3+6）+（4+5）” (a quoted
    # layout), “上海方案”, “智能机器人+” (names), 未来产业先导区 (a zone), 1000万平方米 / 13平方公里: not labelled.
    # 中央金融管理部门 (部门: generic; 中央), 国际再保险中心 (a hub), 五篇大文章 (aspects), 金融机构 (generic): not
    # labelled. 本土专业服务机构, 国际经济组织 (generic), 东方枢纽国际商务合作区 (a zone): not ORG.
    # 上海航运交易所 (an exchange: report_ia), 浦东国际机场四期, 罗泾港区 (facilities), 基地航司 (companies): not ORG.
    # 在沪国家实验室, 全国重点实验室, 基础学科研究中心、前沿科学中心 (labs and research platforms), 新型研发机构
    # (generic), 科技创新引导基金 (a fund), 张江高新区 (a zone), 大学科技园: not labelled.
    # 坚持立德树人 (unquoted), “大思政课”, “双一流” (names), 顶尖人才团队 (people): not labelled
    # ================================================================ （二） 经济
    # 坚持远近结合、内外兼顾 (unquoted), 第五届“五五购物节” (an event), 一批…项目: not labelled.
    # 全年完成投资2300亿元: 全年 before an annual total is its scope, not a limit (report_hd call 1, report_ja,
    # report_hc) (README call 10); 20号线 etc. (lines), 100个技术改造示范项目 (projects): not labelled.
    # 海关特殊监管区域 (a zone; bare 海关), 外资研发中心提升计划 (a programme): not labelled.
    # the city's own list of measures for the business environment (reports notes 100项便民利企措施)
    (IC, '实施新一轮营商环境改革[[150项]]任务措施', ic(150, '项')),
    # “政会银企”, 企业圆桌会 (a meeting), 国有资本投资运营公司, 央企总部 (companies), 坚持“两个毫不动摇” (a quoted
    # mechanism after 坚持, v1.1): not labelled
    # ================================================================ （三） 改革开放
    # 坚持系统集成、协同高效 (unquoted), 中央政策措施 / 中央支持意见 (中央: no body head; no 《》), 第三轮三年行动计划
    # (an ordinal, a programme's length), G60科创走廊, 长三角生态绿色一体化发展示范区 (zones), 华为青浦研发中心 (a
    # company's), 虹桥海外贸易中心、虹桥进口商品展示交易中心等重要平台 (platforms), 第七届进博会 (an event): not
    # labelled.
    # the tasks set by the central opinion and the city's action plan (reports notes: own task lists)
    (IC, '本市行动方案明确的[[280项]]任务', ic(280, '项')),
    (ORG, '配合[[市人大]]及其常委会出台新一批浦东新区法规', None),
    (ORG, '配合市人大及其[[常委会]]出台新一批浦东新区法规', None),
    # 总体方案“80条” (quoted: not counted), 国际数据经济产业园 (a zone), 政府采购 (bare 政府), 上海石油天然气交易
    # 中心 (an exchange), 滴水湖学校、浦东医院临港院区 (projects): not labelled
    # ================================================================ （四） 城市空间
    # 城市副中心, 中心城区 (places), “大创智”… (quoted names), 五个新城 (territories), 12号线 etc.: not labelled.
    # schools built (reports notes; report_fb 新改扩建公办幼儿园、中小学89所; report_ja 14所)
    (IC, '新建[[26所]]中小学、幼儿园', ic(26, '所')),
    # 中山、新华等市级医院新城项目 (hospital projects), 特色园区, 龙头企业, 高铁宝山站 (a station), “零碳岛” (quoted):
    # not labelled
    # ================================================================ （五） 乡村
    # 坚持农业农村优先发展 (unquoted), “千万工程” (quoted), 4万亩 / 3万亩, 12个现代设施农业片区 (areas), 28个乡村振兴
    # 示范村 (villages), 5个“五好两宜”和美乡村建设试点 (pilots: report_ia call 5), 300公里: not labelled
    # ================================================================ （六） 文化
    # 新时代文明实践中心 (facilities: report_fa), 上海革命军事馆, 上海博物馆东馆, 工业博物馆, 上海大歌剧院 (facilities),
    # 文艺院团 (generic), 长江国家文化公园, events (F1, 奥运会…): not labelled
    # ================================================================ （七） 生态
    # 理念 (no 原则), 三年行动计划 (a programme's length), 26座雨水调蓄池, 白龙港三期 (facilities), 300个惠民回收服务点
    # (service points), 中央生态环保督察 (中央), 1万个充电桩: not labelled.
    # 淘汰落后产能450项: items of obsolete production capacity to be retired, a physical quantity like
    # projects, not a list of matters or policies (README call 11): not counted.
    # 断点17处, 公园120座, 30座城市公园24小时开放 (facilities; 24小时 is opening hours, not a limit): not labelled
    # ================================================================ （八） 城市安全, 治理
    # 理念, “三师”负责制, “两旧一村” (quoted), 10个城中村改造项目 (projects): not labelled.
    # mass organisations (reports notes 工会; report_ea 全力支持工会、共青团、妇联…等群团组织; fresh report_c)
    (ORG, '支持[[工会]]、共青团、妇联等群团组织', None),
    (ORG, '支持工会、[[共青团]]、妇联等群团组织', None),
    (ORG, '支持工会、共青团、[[妇联]]等群团组织', None),
    # 群团组织, 社会组织 (组织: generic), 坚持和发展新时代“枫桥经验”、“浦江经验” (quoted, no 原则): not labelled.
    # 15分钟社区生活圈 (a name, not a limit), 40个机关、企事业单位附属空间 (as 59个 above, README call 8), 130公里,
    # 100个“美丽街区”, 150个社区微型消防站 (stations: report_hd 微型消防站1940个), 安全发展示范城市 (a title): not labelled
    # ================================================================ （九） 民生
    # the year's list of livelihood matters (reports notes; report_ia 办好34项重要民生实事); 十方面 (aspects)
    (IC, '实施好十方面[[34项]]民生实事项目', ic(34, '项')),
    # 城镇新增就业55万人以上 (employment: reports notes), beds, 30个社区长者食堂 (facilities), 托额 (places), 三级医院
    # (a grade), 紧密型城市医疗集团试点 (no count), housing (套, 张), 电梯3000台, 坚持“房住不炒”定位 (定位): not
    # labelled
    # ================================================================ 政府自身建设
    # 法治政府、创新政府、廉洁政府和服务型政府 (types), “两个确立” / “两个维护” (quoted names), 党中央 (v1.1), 政府
    # 机构改革 (bare 政府; 机构), 数字政府, 第五次经济普查 (an ordinal), 全过程人民民主最佳实践地, 坚持严格规范公正文明
    # 执法 (unquoted), 市、区、乡镇街道 (levels), 行政复议法 (no 《》): not labelled
    (ORG, '政府要依法接受[[市人大]]及其常委会的监督', None),
    (ORG, '政府要依法接受市人大及其[[常委会]]的监督', None),
    (ORG, '自觉接受[[市政协]]的民主监督', None),
    # 政府工作人员 (people), 中央八项规定, “四风”, 把“习惯过紧日子”的要求落到实处 (verb 落实: report_ia call 7),
    # 坚持不敢腐、不能腐、不想腐一体推进 (unquoted), 全市政府系统 (bare 政府 under 全市: all governments), 公务员队伍
    # (people), 发扬“功成不必在我、功成必定有我”的精神 (精神; verb 发扬): not labelled
    # ================================================================ closing
    (ORG, '在[[中共上海市委]]的坚强领导下，凝心聚力', None),
]

for a in ANCHORS:
    label, anchor, norm = a[:3]
    d.ctx(label, anchor, n=a[3] if len(a) > 3 else 1, norm=norm)

# ================================================================ every body word accounted for
d.check_all('人民政府', 2, 2)
d.check_all('国务院', 1, 1)
d.check_all('市委', 4, 4)
d.check_all('常委会', 3, 3)
d.check_all('工会', 1, 1)
d.check_all('共青团', 1, 1)
d.check_all('妇联', 1, 1)
d.check_all('工商联', 1, 1)
d.check_all('政府', 29, 2, [                                   # bare 政府 (v1.1), types of government
    '着力推进[政府]改革创新', '改革创新，[政府]自身建设展现', '立改废[政府]规章', '法治[政府]建设示范创建',
    '给予[政府]工作大力支持', '困难挑战，[政府]工作中仍存在', '。[政府]服务管理效能', '提高，[政府]作风建设',
    '完善[政府]性融资担保', '、[政府]采购等领域', '做好今年工作，加强[政府]自身建设至关重要', '人民满意的法治[政府]、',
    '、创新[政府]、', '、廉洁[政府]和', '和服务型[政府]，', '以[政府]治理现代化', '完成[政府]机构改革',
    '数字[政府]体系框架', '加强[政府]采购全链条', '新兴领域[政府]立法', '强化[政府]规章和', '健全完善[政府]守信',
    '。[政府]要依法接受', '。[政府]工作人员要', '全市[政府]系统', '每位[政府]工作人员', '全面加强[政府]自身建设\n'])
d.check_all('人大', 6, 4, ['办理市[人大]代表建议', '大力支持的[人大]代表'])            # people (v1.1)
d.check_all('政协', 4, 2, ['请各位[政协]委员', '人大代表和[政协]委员'])              # people (v1.1)
d.check_all('委', 9, 7, ['请各位政协[委]员', '人大代表和政协[委]员'])
d.check_all('中央', 14, 0, [                                   # no body head (v1.1); 中央 + generic heads
    '坚决贯彻落实党[中央]、国务院', '虹桥国际[中央]商务区', '严格执行[中央]八项规定', '核心的党[中央]坚强领导的结果',
    '向[中央]各部门', '以及[中央]经济工作会议', '配合[中央]金融管理部门', '全面落实[中央]政策措施',
    '全面落实[中央]支持意见', '持续推进[中央]生态环保督察', '贯彻落实党[中央]决策部署，始终', '核心的党[中央]保持',
    '落实[中央]八项规定精神，持续', '核心的党[中央]周围'])
d.check_all('中心', 38, 0, [                                   # hubs, exchanges, platforms, facilities, places
    '外资研发[中心]分别', '“五个[中心]”能级', '国际经济[中心]综合实力', '国际金融[中心]开放度', '再保险交易[中心]启动',
    '国际贸易[中心]链接', '注册登记[中心]上线', '国际航运[中心]枢纽', '国际科创[中心]策源', '人才对“五个[中心]”建设',
    '开放创新[中心]25家', '贸易分拨[中心]示范', '12.3万平方米[中心]城区', '市民健身[中心]31个', '一类[中心]STEM',
    '聚焦建设“五个[中心]”重要使命', '加快建设“五个[中心]”，提升', '加快建设国际经济[中心]。', '加快建设国际金融[中心]。',
    '国际再保险[中心]，', '加快建设国际贸易[中心]。', '加快建设国际航运[中心]。', '加快建设国际科技创新[中心]。',
    '基础学科研究[中心]、', '前沿科学[中心]，', '国际消费[中心]城市', '外资研发[中心]提升计划', '青浦研发[中心]竣工',
    '海外贸易[中心]、', '商品展示交易[中心]等重要平台', '石油天然气交易[中心]等', '全面增强[中心]辐射能级',
    '加强[中心]城区高能级', '城市副[中心]综合', '文明实践[中心]建设', '完成12万平方米[中心]城区', '苏州河[中心]城区',
    '开创“五个[中心]”建设新局面'])
d.check_all('院', 18, 1, [                                     # 国务院 only; research institutes, hospitals, campuses
    '交叉学科研究[院]、', '科学智能研究[院]等', '综合性医[院]全部开工', '上大美[院]吴淞', '瑞金医[院]金山',
    '金山[院]区', '“美丽庭[院]”', '职业[院]校', '公立医[院]高质量', '方厅水[院]', '浦东医[院]临港', '临港[院]区',
    '市级医[院]新城', '大歌剧[院]', '文艺[院]团', '三级医[院]专家', '深化公立医[院]改革'])
for w, n in (('局', 17), ('厅', 1), ('机关', 2), ('机构', 9), ('单位', 4), ('部门', 2), ('组织', 5), ('队', 4),
             ('室', 3), ('站', 7), ('所', 6), ('处', 5), ('馆', 5), ('司', 6), ('公司', 5), ('署', 3), ('集团', 2),
             ('交易所', 1), ('研究院', 2), ('研究所', 1), ('代表处', 1), ('党委', 0), ('省委', 0), ('委员会', 0),
             ('办公室', 0), ('领导小组', 0), ('以下简称', 0), ('人民代表大会', 0), ('办事处', 0), ('县委', 0),
             ('区委', 0), ('党校', 0), ('学院', 0), ('科协', 0), ('侨联', 0), ('残联', 0), ('红十字会', 0)):
    hits = [m.start() for m in re.finditer(w, t)]
    assert len(hits) == n, (w, len(hits))
    for h in hits:                                  # generic heads, facilities, exchanges, companies, verbs, nouns
        assert not any(e['label'] == ORG and e['start'] <= h < e['end'] for e in d.ents), (w, t[h - 5:h + 5])

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


# 会 (63): 常委会 ×3 and 工会 inside ORGs; otherwise 大会 (the session addressed, 推介大会, 碳市场大会), 社会, 全会
# (二中全会, 三次、四次全会), 会议, 航运公会 (the trade association: README call 4), 赛会, 博览会, “政会银企”,
# 亚运会 / 运动会 / 奥运会, 碳博会, 进博会, 会计, 展会, 圆桌会, 财会
rest('会', ['大会', '社会', '全会', '会议', '公会', '赛会', '博览会', '政会银企', '亚运会', '运动会', '奥运会', '碳博会',
           '进博会', '会计', '展会', '圆桌会', '财会'], 63)
# 办 (23): never a body (举办, 通办, 一办法, 办理, 办公, 好办, 办好, 公办)
rest('办', ['举办', '通办', '办法', '办理', '办公', '好办', '办好', '公办'], 23)
# 联 (16): 工商联 and 妇联 inside ORGs; otherwise 联合 (联合攻关, 联合国), 联保, 互联网 / 互联合作, 物联, 联动, 网联,
# 联运, 联络
rest('联', ['联合', '联保', '互联', '物联', '联动', '网联', '联运', '联络'], 16)
# 协 (16): 市政协 ×2 inside ORGs; otherwise 政协委员 ×2 (people), 协同, 协调, 协作
rest('协', ['政协委员', '协同', '协调', '协作'], 16)
# 部 (20): 部署, 总部 (headquarters), 18部 / 22部 (counts), 全部, 部门 (generic), 外部, 部分
rest('部', ['部署', '总部', '18部', '22部', '全部', '部门', '外部', '部分'], 20)
# 团 (11): 共青团 inside an ORG; otherwise 集团 (a company; 医疗集团), 团结, 团体 (各人民团体), 团队, 院团, 群团
rest('团', ['集团', '团结', '团体', '团队', '院团', '群团'], 11)
# 组 (7): 组建, 组织 (联合国教科文组织, 国际经济组织, 新型组织, 群团组织, 社会组织), 重组
rest('组', ['组建', '组织', '重组'], 7)
# 社 (52): 社会, 社保, 社区; 科 (54): 科创, 科学, 科技, 学科, 教科文, 全科, 科研
rest('社', ['社会', '社保', '社区'], 52)
rest('科', ['科创', '科学', '科技', '学科', '教科文', '全科', '科研'], 54)
assert sorted(e['text'] for e in d.ents if e['label'] == ORG) == sorted(
    ['上海市人民政府'] * 2 + ['中共上海市委'] * 3 + ['市人大'] * 3 + ['常委会'] * 3 + ['市政协'] * 2
    + ['国务院', '市十六届人大', '十二届市委', '工商联', '工会', '共青团', '妇联'])

# ================================================================ other families
# DEADLINE (1): 今年 before the targets. Every time word was read: 2023年 / 2024年 (headings), “上海2035” (a plan's
# name); 今年 ×5 (今年是…75周年: a description; 做好今年工作 ×2: the outline; the targets (labelled); 今年重点做好
# 以下工作: an outline); 全年 ×2 (中欧班列全年开行: a past total; 全年完成投资2300亿元: the scope of an annual total,
# README call 10); 年度目标任务 (past); 一年来 ×2 / 过去一年 ×2 / 按一年计 / 关键一年 (past, descriptions); 三年 ×2
# (programme lengths); 十年 / 连续14年 / 连续11年 (past); 30年期国债 (a product); 75周年; 青年 ×2; “十四五” ×3 (a
# plan named, no limit); 前 ×6 (前进, 前沿 ×2, 前瞻, 前列, 前行); 内 ×11 (内外贸, 内需, 境内, 国内, 5%以内 (a rate), 内外,
# 内环, 内化); 期 ×28 (phases 一期…四期, 期货/期权, 预期, 中期评估, 长期, 周期, 30年期); 时 ×16 (新时代, 临时, 及时,
# 时尚, 24小时 (opening hours)); 日 ×4 (日益, 日均, 过紧日子 ×2); no 月.
assert re.findall(r'20\d\d年?', t) == ['2023年', '2035', '2024年'], re.findall(r'20\d\d年?', t)
assert t.count('年') == 26 and t.count('今年') == 5 and t.count('全年') == 2 and t.count('年度') == 1
assert t.count('三年') == 2 and t.count('一年') == 7 and t.count('十四五') == 3
assert t.count('月') == 0 and t.count('日') == 4 and t.count('期') == 28 and t.count('时') == 16
assert t.count('前') == 6 and t.count('内') == 11 and t.count('底') == 5 and t.count('每') == 3 and t.count('季') == 1
for w in ('年内', '年底', '年末', '底前', '月底', '期间', '之前', '以前', '日内', '日前', '提前', '到20', '每年', '上半年',
          '下半年', '季度'):
    assert w not in t, w
# PRINCIPLE (0): no 原则 / 遵循 / 本着 / 根据 / 方针 / 思路. 按照 ×1 (按照十二届市委三次、四次全会部署: no content,
# README call 9). 坚持 ×21: none before a quoted formula or a phrase with 原则/要求/方针/思路 (坚持以…为指导; 坚持稳中
# 求进工作总基调 ×2; 坚持整体谋划、协同推进…; 坚持以科技创新推动产业创新; 坚持立德树人; 坚持远近结合、内外兼顾;
# 坚持“两个毫不动摇” (a quoted mechanism, v1.1); 坚持系统集成、协同高效; 坚持农业农村优先发展; 坚持和发展新时代“枫桥
# 经验”; 坚持在发展中保障和改善民生; 坚持租购并举; 坚持“房住不炒”定位 (定位); headings 坚持政治引领 / 改革创新 / 法治
# 规范 / 全面从严 / 真抓实干; 坚持严格规范公正文明执法; 坚持不敢腐、不能腐、不想腐一体推进). 要求 ×3 (落实过紧日子
# 要求; 新要求; 把“习惯过紧日子”的要求落到实处: verb 落实). 理念 ×4 (新发展理念, …的理念, 人民城市理念, 理念创新)
for w in ('原则', '遵循', '本着', '根据', '方针', '思路'):
    assert w not in t, w
assert t.count('按照') == 1 and t.count('坚持') == 21 and t.count('要求') == 3 and t.count('理念') == 4
# DOC_TITLE (0) / DOC_NO (0): no 《》; titles without marks (浦东综合改革试点方案, 示范区国土空间总体规划, 行政复议法,
# 美丽上海建设三年行动计划…) are not labelled; no 〔 [ 【; 号 ×8 only in metro lines (13号线…), “大零号湾” and 号源
assert '《' not in t and '〔' not in t and '[' not in t and '【' not in t and t.count('号') == 8
# STAFFING (0): 编制 ×1 (推动编制…规划: drafting), 岗位 ×2 (各个岗位; 就业岗位60.6万个: jobs). The only number of
# people is 城镇新增就业55万人以上 (employment: reports notes); 每千人 (a ratio)
assert t.count('编制') == 1 and t.count('职数') == 0 and t.count('岗位') == 2
assert re.findall(r'[0-9.]+万?(?:多|余)?万?[人名](?!次)', t) == ['55万人'], \
    re.findall(r'[0-9.]+万?(?:多|余)?万?[人名](?!次)', t)
# ITEM_COUNT: every number + measure word was read (regex below); the labelled counts are listed
counts_re = (r'(?:超|近)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)万?(?:余|多)?万?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|户|场|套|张|股|宗|起|块|只|名|人|片|篇|列|届|次|级|期|轮|辆|位|强'
             r'|台|方面|间)'
             r'(?:以上|左右)?')
assert len(re.findall(counts_re, t)) == 203, len(re.findall(counts_re, t))
ic_texts = [e['text'] for e in sorted(d.ents, key=lambda e: e['start']) if e['label'] == IC]
assert ic_texts == ['33条', '18部', '22部', '21项', '152项', '六大', '十大', '30项', '十大', '208项', '13件', '40件',
                    '41个', '200个', '296项', '150项', '280项', '26所', '34项'], ic_texts
assert all(re.fullmatch(counts_re, x) for x in ic_texts)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 19, 'ORG': 20,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
