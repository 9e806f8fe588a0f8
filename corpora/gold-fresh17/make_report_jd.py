"""Build report_jd.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 甘孜藏族自治州 (四川), a UTF-8 .txt file of
17,662 characters (114 newlines, no final newline): 各位代表： → 一、2023年工作回顾 (过去一年 with the
figures, three 一年来… paragraphs, 回顾过去一年，我们主要抓了以下工作 and six 我们… paragraphs: the
government's own work, risks, the economy and the 三篇文章, ecology, post-earthquake reconstruction,
rural revitalisation and towns, livelihood; the fields of work, thanks, a second thanks paragraph,
problems) → 二、2024年主要目标任务 (州委十二届六次全会…, opportunities and risks, 做好今年政府工作…, 全年
经济社会发展主要预期目标是…) → 三、2024年工作安排 (今年是…75周年, 第一…第七 sections of titled
paragraphs) → closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh17/make_report_jd.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/甘孜.txt'
OUT = 'corpora/gold-fresh17/report_jd.jsonl'
# meta: no header, no session date and no signature; the text opens with 各位代表： and its parts are
# 一、2023年工作回顾 / 二、2024年主要目标任务 / 三、2024年工作安排, so the report is dated by its year
# (reports notes; report_gd, report_hd, report_ia, report_ib). Region: the prefecture is 甘孜 (州人民政府,
# 州委, 全州, 甘孜州藏传佛教事务条例, 美丽甘孜); the text names 四川 itself (对四川工作系列重要指示精神, 四川文华奖,
# 四川省藏医医院, 全省); the Sichuan prefecture report_gd has 四川省凉山彝族自治州, so the full name of the
# prefecture: 四川省甘孜藏族自治州.
d = AnchoredDoc('fresh17-report-ganzi-2024', SOURCE, {'region': '四川省甘孜藏族自治州', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 17662 and t.count('\n') == 114 and not t.endswith('\n'), (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; ST = 'STAFFING'; DL = 'DEADLINE'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[州人民政府]]，向大会报告工作', None),
    # 并请州政协委员提出意见: a body modifying people (v1.1), not labelled
    # ================================================================ 2023 review, 过去一年
    # 在省委、省政府和州委坚强领导下 occurs twice (review opening, closing): three ORGs each time
    (ORG, '在[[省委]]、省政府和州委坚强领导下', None, 2),
    (ORG, '在省委、[[省政府]]和州委坚强领导下', None, 2),
    (ORG, '在省委、省政府和[[州委]]坚强领导下', None, 2),
    (ORG, '在[[州人大]]、州政协监督支持下', None),               # subjects of 监督支持 (reports notes)
    (ORG, '在州人大、[[州政协]]监督支持下', None),
    # the province's party committee as the owner of a work plan, a body inside a longer phrase (v1.1;
    # report_hd 省委“…”发展战略); occurs twice (review, 做好今年政府工作)
    (ORG, '新时代党的治藏方略和[[省委]]涉藏工作部署', None, 2),
    (ORG, '紧扣[[州委]]总体工作格局', None, 2),                  # review, 做好今年政府工作
    # “三个责任”, “三篇文章”, “一拼二保三防” (quoted names): not counted
    # the body inside its session, term number inside the span (report_gd 州十二届人大; regs-a 第N届)
    (ORG, '圆满完成[[州十三届人民代表大会]]第二次会议', None),
    # 办成民生实事52件: the prefecture's list of livelihood matters (reports notes 158件民生实事; report_gd
    # 省下达25件民生实事全面完成; report_ib 51件)
    (IC, '办成民生实事[[52件]]', ic(52, '件')),
    # 居民消费价格指数控制在2%以内 (a rate), 连续2年 / 连续5年 (past), 21轮 / 143起 / 3起 (events), 避险转移
    # 49396人 (people evacuated: beneficiaries, report_ia): not labelled
    # ================================================================ 我们扎实开展主题教育 (own work)
    # 牢牢把握“学思想、强党性、重实践、建新功”总要求: the verb is 把握, not 按照/坚持/遵循/本着/根据
    # (report_ia call 7; report_eb, report_gc, report_gd): not PRINCIPLE. 政府系统各级党组（党委）: 各级
    # (vague) + bare 党组/党委, not ORG. 68个课题 (research topics: report_ib), 问题194个 / 216个 (problems
    # solved: results): not counted
    (ORG, '提请[[州委]]研究决定重大事项81件', None),
    # 重大事项81件 (matters submitted for decision), 报告工作24项, 通报工作3项 (reports and briefings given):
    # counts of the government's dealings, like handled proposals (reports notes), not a list a measure
    # sets up: not counted (README call 9)
    (ORG, '向[[州人大常委会]]报告工作24项', None),                 # one ORG, longest name
    # regulations submitted (report_ib 提请市人大常委会审议法规草案3件; report_hd 地方性法规6件)
    (IC, '提请审议单行条例[[3件]]', ic(3, '件')),
    (ORG, '向[[州政协]]通报工作3项', None),
    # 人大代表建议168件、政协委员提案204件: people and handled proposals (reports notes), not labelled.
    # 府院联席会议机制 (府院: no name; a meeting), “八五”普法, 示范村社16个 (designations): not labelled
    # powers devolved to the townships: list items set by a measure (guidelines 梳理乡镇职责163项; report_fa
    # 下放乡村两级高频事项140余项)
    (IC, '向乡镇行政赋权[[175项]]', ic(175, '项')),
    # 全省星级便民服务中心（点）7个 (starred service centres and points: designations, facilities; not ORG,
    # not counted)
    # service items handled nearby / in one visit (reports notes “免证办”事项5721个; report_ib 859项政务服务事项)
    (IC, '[[1587个]]事项“就近办”', ic(1587, '个')),
    (IC, '[[86207个]]事项“一次办”', ic(86207, '个')),
    # “12345·有事找政府” (a quoted brand), 办结8.16万余件 (complaints handled): not labelled.
    # 政府督查、碳汇试点等4项工作 (work items commended: a result) not counted; the body that gives the
    # incentive is ORG (report_ha 获省政府督查激励; report_ib)
    (ORG, '等4项工作获[[省政府]]督查激励', None),
    (DT, '严格执行《[[加强政府班子自身建设的若干规定]]》', None),
    (DT, '率先制定出台《[[政府系统加强新时代党建和党风廉政建设工作综合评估办法]]》', None),
    # mechanisms set up by 以案促改 (report_g 风险防范三项机制; shandong-part2 等四个机制) (README call 6)
    (IC, '建立长效机制[[8个]]', ic(8, '个')),
    # 审计项目376个 (audits), 政务立案295件、处分350人 (cases, people disciplined): not labelled
    # ================================================================ 我们防范应对重大风险
    # “五大行动”, “六大专项行动” (quoted names); 规范化门诊19家 (TB outpatient clinics: hospital units, like
    # report_hd 专科（专病）中心, README call 11); 3234例, 22.65万人次, 8134人 (patients): not labelled.
    # 出台火灾事故调查处理办法 (no 《》, no count)
    # a package of measures issued, unquoted (report_ec 十五条硬措施; report_gb; reports notes 促消费20条措施)
    (IC, '生产经营活动用火管理[[十条]]硬措施', ic(10, '条')),
    # 率先建设打防一体快反小队: a class of squads built (no one body named: report_ha bare class names 产业
    # 招商团 not ORG), not ORG (README call 7)
    # the national forest-and-grassland fire headquarters' office (report_gb 获国家森防指办推广; head 办)
    (ORG, '得到[[国家森防指办]]充分肯定', None),
    # 地质灾害全域综合整治三年行动计划 (a duration), 项目723个, 隐患点2596个, 1252户: not labelled.
    # “引以为戒”机制 and 安全生产“甘六条”硬措施 (quoted names); 明确二十三个新行业新业态…职责 (industries:
    # domains, v1.1 六大领域); 道路交通安全“严管十条”措施 (count inside the quotes: report_ib call 7): not counted
    (DT, '率先制定《[[藏传佛教活动场所集中供餐管理规范]]》', None),
    (DT, '》《[[川滇藏毗邻三市州农牧区集体聚餐管理规范]]》', None),
    # 2.7万件（次） (requests solved), 示范家庭500户, 工作室100个, 示范区、示范单位21个, 示范场所5个
    # (designations), 僧尼330人 (honourees): not labelled
    # ================================================================ 我们深入践行绿色理念 (economy)
    # four packages of policy measures the prefecture made, each named by its field and its count
    # without quotation marks (reports notes 促消费20条措施; report_gd 十二条措施); “一揽子” is quoted, not the
    # counts (README call 2)
    (IC, '制定实施开门红[[九条]]、', ic(9, '条')),
    (IC, '经济高质量发展[[三十条]]、', ic(30, '条')),
    (IC, '、民营经济[[十条]]、清洁能源', ic(10, '条')),
    (IC, '清洁能源[[十八条]]等', ic(18, '条')),
    # 市州级高质量发展综合绩效评价办法 (no 《》), “赛马”, “五挂钩”, “三篇文章” (quoted names): not labelled
    (DT, '编制完成《[[康巴文化甘孜段生态保护实验区规划]]》', None),
    (DT, '》《[[天龙湖景区总体规划]]》。全省', None),
    # 第一个标杆性项目 (an ordinal), 项目23个, 博物馆10座, 街区11个 (projects, facilities, designations);
    # 《长征长征》 (a play), 《阿依嫫嫫》 (a folk song), 《康定情歌》 (an opera): works of art, not DOC_TITLE
    # (reports notes 《烈烈渤海红》; report_gd 《阿普》); 节会活动13场次 (events): not labelled.
    # 清洁能源发展大会 (a meeting), 光伏项目14个 / 抽蓄项目5个 (projects), 遂甘园区 (a park): not labelled.
    # 项目8个, 农产品258个, 市场主体89家, 有机产品证书183张 (certificates issued to producers: results),
    # 养殖场 / 基地 / 生产线 / 制品 counts, 205家专业合作社 (v1.1 合作社): not labelled
    (ORG, '通过[[农业农村部]]绩效评价', None),                    # a ministry, head 部 (v1.1)
    # 藏香猪产业项目36个, 园区15个/13个, 品种14个, 种质资源3个, 农产品10个, 全国十大农作物 (a name): not labelled.
    # 四大动能 (a heading's count of drivers: domains), not counted.
    # the prefecture's reform items completed (guidelines 事项; report_h 104项…改革事项; report_hd 第一批合作
    # 事项完成22项) (README call 4)
    (IC, '完成改革事项[[132项]]', ic(132, '项')),
    # 州森工集团 (a state-owned enterprise: v1.1 companies), 市场主体7588户, “个转企”106个, 53户: not labelled
    # local standards issued: normative documents (report_hd 发布5项公园城市地方标准)
    (IC, '制定地方标准[[24项]]', ic(24, '项')),
    # 四宗资产 (assets), 华西证券康定分公司 / 中电建九龙五一桥水电站 (companies), enterprises 7家/40家, 科普基地
    # 21家: not labelled. 全省北斗基础数据中心甘孜分中心 (a data centre: seventh session), 国家技术转化西南中心
    # 甘孜分中心 (a technology-transfer platform: report_hd 先进技术成果西部转化中心), 长江黄河上游甘孜段生态保护
    # 与高质量发展研究中心 (a research centre: reports notes, report_ia call 2) (README call 8), 亚丁空间天气
    # 科学中心观测基地, 稻城高海拔宇宙线观测站 (facilities), 子午工程二期 / 2023年度国内十大科技新闻 (a phase,
    # a name): not labelled. 项目66个/89个, 尼泊尔国家馆理塘展销中心 (a venue: report_hd 总领事馆), 外国政府
    # (generic), 应用场景15个 / 应用6个 (applications: report_hd), 基本单位清查 (statistical units): not labelled
    # ================================================================ 我们强化生态文明建设
    # a package of measures issued (reports notes)
    (IC, '出台生态环境保护[[十条]]措施。', ic(10, '条')),
    # 36件 (cases), “央督”“省督”, 年度整改任务 (past), 小水电178座, 矿业权338宗, 设施34个, 户厕, 90个行政村,
    # 工程7个 / 项目28个 (projects), 古树, 公园3个, 十年禁渔 (a name), 行政村1533个, 生态县4个, 33处: not labelled
    # ================================================================ 我们全力抓好灾后重建
    # “五个一”“挂图作战”“红黑榜” (quoted names); 坚持科学重建 etc. (unquoted, no 原则)
    (ORG, '得到[[省委]]、省政府充分肯定', None),
    (ORG, '得到省委、[[省政府]]充分肯定', None),
    # “1+5”规划体系, 项目110个, 省定进度和州定目标 (省/州 alone are no names), 根据州情实际 (根据 without 原则),
    # 500余户, 11994人 (jobs found for victims), 项目15个 / 64个, 2029处 / 34处 / 51个 / 54起, 3.9万余人次:
    # not labelled
    # inspection groups sent out: bodies counted (shandong-part1 2个督导组; report_ha 组建12个产业招商团); the
    # quantified groups name no one body, so no ORG (report_ha) (README call 10)
    (IC, '[[6个]]纪律检查组巡回督导督查', ic(6, '个')),
    # 提前介入、提前会商、提前初筛 (no limit): not DEADLINE
    # ================================================================ 我们全面推进乡村振兴
    # 项目1330个, 村496个 / 10个 (villages): not counted
    (IC, '实施促农增收[[十条]]措施，实现', ic(10, '条')),               # a package of measures
    # 7.63万人 (employment), 1046户4522人 / 1408户6407人 (households monitored), 项目1093个, 托底性帮扶部署,
    # 示范村100个（精品村20个）, 乡镇3个, 示范村27个, 县3个, 村17个, 村镇6个 (villages and designations), 项目
    # 142个, 传统村落94个: not labelled. 规划建设管理工作会议 (a meeting); 加强规划建设管理工作意见、…技术规定、
    # …管理规定 (no 《》, no count)
    # plans drawn up: documents counted (seventh session: 村庄规划 included; report_gb 23个乡镇级和村级片区
    # 规划)
    (IC, '国土空间总体规划和[[75个]]乡（镇）级', ic(75, '个')),
    (IC, '乡（镇）级、[[62个]]村级片区国土空间规划', ic(62, '个')),
    # 项目39个, 供气/供暖/供氧, 棚户区300户, 2960户, 488户, 电梯22部, 水电移民869人 (resettled people), 甘孜县
    # (a place), 百强中心镇和十大魅力乡镇3个 (designations), 项目31个, 公里, “索改桥”7座, 示范县、样板县3个,
    # 专班 (no body head: v1.1 工作专班), 2024年省重点开工项目 (a list's name, not a limit), 稻城桑堆综合服务站,
    # 理塘游客集散中心, 充电站 (facilities), 川藏铁路8个站前市政配套可研 (stations counted), 水利工程14个,
    # 工程454处, 33个村, 基站: not labelled
    (DT, '率先编制完成《[[现代水网建设规划]]》', None),
    (DT, '》《[[防洪规划（修编）]]》，建成', None),
    # ================================================================ 我们改善人民生活品质
    # 16万余人 (employment), 公益岗位2.8万余个 (jobs for people in need: reports notes), 8813名 (workers paid),
    # 15.97万户, 100.71万人次, 103.19万人 (the insured), 藏药制剂1029种 (drugs: reports notes 479种药品),
    # 4.23万名老人 (beneficiaries), 泸定老年养护院 (a care home: facility): not labelled
    (IC, '出台关心爱护孤儿[[二十条]]措施', ic(20, '条')),              # a package of measures
    # 烈士纪念设施三年提升行动 (a duration), 设施3493个: not labelled
    (IC, '出台激励大学生应征入伍[[七条]]措施', ic(7, '条')),
    # 双拥模范（先进）城12个 (designations): not counted.
    # 新增“骨干教师”500人 / “骨干医生”473人: a title given to teachers and doctors (talent fostered:
    # reports notes; report_ib 培育优秀校长171名), not posts or staff placed: not STAFFING (README call 5)
    # 学校基础设施建设项目388个 (projects): not counted.
    # schools a measure acts on: small schools merged away (reports notes 120所…纳入集团化管理; report_gd
    # 托管帮扶…7所)
    (IC, '撤并小散弱学校[[20所]]', ic(20, '所')),
    # 第四届州运动会 (an event), 传承工作室7个 (studios: report_hb 名医工作室), 华西甘孜医院…五年行动计划 (a
    # duration), 华西医院高原医学中心新都桥现场研究基地 (a base), 示范区2个, 皮洛遗址第三期 (a phase), 名录5处,
    # 非遗项目55个/126个, 传承人372人 (honourees), 县（市）融媒体中心 (a media outlet: guidelines "No";
    # report_ib 新闻传媒中心), 图书馆4个, 作品57件 / 4件: not labelled
    # ---------------------------------------------------------------- fields of work
    # mass organisations named as fields of work are ORG (reports notes 工会、…红十字会…等事业; report_gd,
    # report_hd); 红十字 without 会, 青年, 妇女, 机关事务 (a field), 驻外联络: no body
    (ORG, '健康发展，[[工会]]、青年、妇女', None),
    (ORG, '青年、妇女、[[工商联]]、档案', None),
    # ================================================================ thanks
    # 以习近平同志为核心的党中央 (v1.1 中央): not ORG
    (ORG, '是[[省委]]、省政府和州委坚强领导、', None),
    (ORG, '是省委、[[省政府]]和州委坚强领导、', None),
    (ORG, '是省委、省政府和[[州委]]坚强领导、', None),
    # 州人大及其常委会: the 常委会 after a definite 州人大 is a definite short form (v1.2; report_gd, report_hd)
    (ORG, '坚强领导、[[州人大]]及其常委会和州政协', None),
    (ORG, '州人大及其[[常委会]]和州政协有效监督', None),
    (ORG, '及其常委会和[[州政协]]有效监督', None),
    (ORG, '在此，我代表[[州人民政府]]，向', None, 2),                 # the two thanks paragraphs
    # 人大代表、政协委员 (people); 无党派人士, 各人民团体 (vague), 人民解放军…, 托底性帮扶单位 (generic):
    # not ORG; 工商联 in the thanks list (reports notes; report_gd, report_hd)
    (ORG, '政协委员、[[工商联]]、无党派人士', None),
    # 公安干警, 消防救援队伍 (people, 队伍): not ORG; 三年疫情 (past)
    # ================================================================ 二、2024年主要目标任务
    # the bodies inside their plenums and conferences (reports notes: 省委、市委经济工作会议 → the bodies;
    # report_gd 省委十二届…全会, 州委九届…全会)
    (ORG, '[[州委]]十二届六次全会，深入学习', None),
    (ORG, '党的二十大和[[省委]]十二届四次全会精神，作出', None),
    # “千万工程” (a quoted name), 今后15年是…窗口期 (a period described, no measure), 中央经济工作会议
    # (中央: no body head), “五个必须” (quoted), 九个方面重点任务 (aspects, v1.1 八个方面): not labelled
    (ORG, '[[省委]]经济工作会议部署了八大重点任务', None),
    # an unquoted N大 before the tasks a measure (the provincial conference) sets (seventh session: N大 before
    # actions, plans or tasks; report_ib 八大专项行动) (README call 3)
    (IC, '省委经济工作会议部署了[[八大]]重点任务', ic(8, '大')),
    # 每一项重点任务 (a quantifier), “双碳”, “三篇文章”, 近年来, “三大行动” (quoted): not labelled
    (ORG, '在党中央[[国务院]]、省委省政府和州委坚强领导下', None),
    (ORG, '在党中央国务院、[[省委]]省政府和州委坚强领导下', None),
    (ORG, '在党中央国务院、省委[[省政府]]和州委坚强领导下', None),
    (ORG, '在党中央国务院、省委省政府和[[州委]]坚强领导下', None),
    (ORG, '把[[省委]]的战略擘画', None),
    (ORG, '把[[州委]]的决策部署', None),
    # 做好今年政府工作 (the outline: report_hd, report_ib; not a target), 坚持稳中求进工作总基调 (unquoted):
    # not labelled
    (ORG, '全面贯彻[[省委]]十二届四次全会和州委', None),
    (ORG, '十二届四次全会和[[州委]]十二届六次全会精神', None),
    # 全年经济社会发展主要预期目标是: 全年 is the scope of the year's totals, not a year word like 今年 or
    # 2024年 (report_hd, report_ec decision 6: 全年 is the scope of an annual total); no DEADLINE (README
    # call 1). 以内 ×2 (rates)
    # ================================================================ 三、2024年工作安排
    # 今年是新中国成立75周年 (a description), “十四五”规划 (a plan's name): not DEADLINE
    # ---------------------------------------------------------------- 第一
    # 100亿元以上, 川藏铁路甘孜段经济带规划 (no 《》), 6个/13个/8个/15个 projects, 公里: not labelled.
    # 新一轮政府机构改革 (bare 政府), 府院联动 (no name), 院州、厅（局）州、企州合作 (research academies,
    # provincial departments and enterprises in general: vague), 央企 (companies): not ORG
    # 项目加工厂、指挥部、前期资金池和重大项目秘书制: project headquarters in general, listed among working
    # mechanisms (unlike report_ib's named 现代化产业体系工作指挥部): not ORG. 200个/70个/130个/50个 projects
    (IC, '全面落实民营经济[[十条]]措施', ic(10, '条')),                 # the package named in the review
    # 康南理塘物流园区 (a park), 示范街（店、铺）50个, 80家 / 10家 / 22家 (enterprises; 限上商贸单位 are
    # enterprises), 第五次全国经济普查 (an ordinal): not labelled
    # “六大工程” (quoted), 补短提质工程14个 (projects): not counted.
    # schools a measure acts on (as 撤并小散弱学校20所 above)
    (IC, '调整小散弱学校[[10所]]', ic(10, '所')),
    # “飞地校区”, 第六届 (an ordinal), 智慧门诊暨120指挥调度平台 (a platform), 基站, “贡嘎英才计划”, 科研机构
    # (generic), 重点实验室、院士（专家）工作站 (platforms), 人才库9个 (databases: report_gd 四个项目库),
    # 6000人次 (trainees): not labelled. 新增骨干教师医生1400人 (README call 5): not STAFFING
    # ---------------------------------------------------------------- 第二
    # 项目243个, “一心六片”, 项目7个, 景区4个, 五星级酒店, 文创产品年度专项评比活动 (a yearly contest, no due
    # point), 全年接待游客4000万人次以上 (the scope of an annual total: report_hd), 4个/5个 power stations,
    # 5宗矿业权, “1136”, 项目23个 ×2, 产品14个, 23万头以上, “田长制”, 基地5个: not labelled
    # local standards to be drawn up (as 制定地方标准24项 above); 以上 inside the span, value with min (report_hd
    # 65家以上)
    (IC, '研究制定地方标准[[5个以上]]', ic(5, '个', min=5, max=None)),
    # 农产品30个以上 (products), 有机产品证书20张 (certificates won by producers), 园区8个: not labelled
    # ---------------------------------------------------------------- 第三
    # “六个融合”理念 (理念), 加强规划建设管理工作意见 (no 《》), “一核两副三轴多点”, 项目40个 / 设施10个 / 项目8个,
    # 1600户, 停车场9个, 充电桩650个, “十四盼”, 康定市 / 甘孜县 (places): not labelled.
    # 示范村100个（精品村20个）, 乡镇2个, 示范村27个, 县2个, 村17个 (villages and designations), 水利工程13个,
    # 工程650个: not labelled.
    # 海螺沟景区人民医院, 泸定得妥镇中心小学 (facilities), 项目23个/38个/20处/9个/19个, 海螺沟游客中心 (a
    # facility), 二号营地 (a camp's name): not labelled
    # ---------------------------------------------------------------- 第四
    # “三保障”, 中央衔接资金 (中央: no body head), 不低于65% (a share)
    (IC, '全面落实促农增收[[十条]]措施', ic(10, '条')),                 # the package named in the review
    # 村达1200个, 69个易地搬迁点 (places): not counted. 公益岗位2.4万个以上, 7000人以上, 15万人以上
    # (jobs and employment: reports notes): not labelled. 公立医疗机构 (generic)
    # an association the prefecture sets up (成立), a body with the head 联合会 (regs_eg 残疾人联合会; report_ga
    # 企业联合会; guidelines mass organisations), unlike trade associations (seventh session)
    (ORG, '成立[[拥军优属联合会]]', None),
    # 全国双拥模范城 (a title), “五大能力提升行动” (quoted), 本土医师培养计划, …五年计划 (a duration)
    # county medical sub-centres built (report_hd 县域医疗卫生次中心15个; report_gd 6个)
    (IC, '建设县域医疗卫生次中心[[3个]]', ic(3, '个')),
    # 专科联盟2个 (alliances: report_hb 17个特色专科联盟 not counted), 州县重点专科22个 (hospital departments),
    # 道孚妇女儿童专科医院 / 四川省藏医医院 / 州藏医院 (hospitals: facilities), “两专科一中心”2个 (hospital
    # units inside a quoted name), 国家卫生州, 文明城市: not labelled
    # ---------------------------------------------------------------- 第五
    # “央督”“省督”, 长江“十年禁渔”, “两江一河”, 设施70个, 户厕20000户以上, 360个村, “三块地”: not labelled.
    # 全州减污降碳协同增效实施方案 (no 《》), 公共机构 (generic), 节约型机关 (机关, a designation), 示范单位2个
    # (designations), 碳汇资源开发管理办法 (no 《》), “碳中和林”（二期） (a phase), 3000亩: not labelled
    # a plan whose years stay inside the title (reports notes 《滨州市国土空间总体规划（2021-2035）》: no
    # DEADLINE inside it)
    (DT, '启动实施《[[美丽甘孜建设规划（2022—2035）]]》', None),
    # 万亩, 公里, 示范区4个, 古树名木400株, 生态县3个: not labelled
    (IC, '全面落实生态环境保护[[十条]]措施', ic(10, '条')),             # the package named in the review
    # 环境质量巩固及改善不力约谈办法 (no 《》). 严格落实“宣教必广、…、违者必究”的要求: the verb is 落实, not
    # 按照/坚持/遵循/本着/根据 (report_gd, report_hd call 4): not PRINCIPLE (README call 12). 环评审批政策工作
    # 指南, “一事一书两卡”, “清单式+保姆式” (names): not labelled
    # ---------------------------------------------------------------- 第六
    # 示范单位20个、示范个人20人、教育基地2个、工作室100个、示范家庭500个 (designations and honourees),
    # “全国民族团结进步示范州”, 示范县（市）、示范单位11个: not labelled. 坚持我国宗教中国化方向 (方向 is not
    # 原则/要求/方针/思路; unquoted), 甘孜州藏传佛教事务条例 (no 《》), “爱国爱教爱家乡”, “五二三”: not labelled.
    # “扫黑除恶”, “四项治理” (quoted names), “源头治理”, “枫桥经验”, “深耕善治”: not labelled.
    # 严格落实“五必”要求, 全面落实“有人管、有人喊、有人练”要求, 严格落实“一把手”…的要求 (verb 落实) and
    # 坚持…“五抓五备战” (no 原则/要求/方针/思路 after it: v1.1): not PRINCIPLE. 最严防火令, 公里, 29套,
    # “两点一哨”12个, 水池27个, 停机坪8个, 项目59个/5个, 1480户, 站29个, 全省区域性应急救援甘孜基地, 应急救援
    # 甘孜分中心 (facilities: report_gd 储备凉山分中心): not labelled
    # ---------------------------------------------------------------- 第七
    # 第一议题制度, “两个确立” / “四个意识” / “四个自信” / “两个维护” (quoted names): not labelled
    (ORG, '坚持重大事项向[[州委]]报告', None),
    (ORG, '自觉接受[[州人大]]及其常委会的法律监督', None),
    (ORG, '自觉接受州人大及其[[常委会]]的法律监督', None),
    # 政协民主监督 (bare 政协: v1.2), 纪检监察监督, 人大代表建议和政协委员提案 (people): not labelled.
    # 乡镇综合行政执法试点 (a pilot); 省州民生实事 (no count), 65%以上 (a share), 示范点30个 (service points:
    # facilities), “互联网+政务服务”示范县, “川渝通办”…, “12345”: not labelled.
    # 中央八项规定 (a fixed name), 三种心理 (attitudes): not labelled
    # ================================================================ closing: 党中央 (v1.1), and the 在省委、
    # 省政府和州委坚强领导下 triple counted above (n=2)
]

for a in ANCHORS:
    label, anchor, norm = a[:3]
    d.ctx(label, anchor, n=a[3] if len(a) > 3 else 1, norm=norm)

# ================================================================ every body word accounted for
d.check_all('人民政府', 3, 3)
d.check_all('省委', 11, 11)
d.check_all('省政府', 6, 6)
d.check_all('州委', 11, 11)
d.check_all('国务院', 1, 1)
d.check_all('常委会', 3, 3)                      # 州人大常委会, 常委会 ×2 (州人大及其常委会)
d.check_all('人民代表大会', 1, 1)                # 州十三届人民代表大会
d.check_all('工会', 1, 1)
d.check_all('工商联', 2, 2)
d.check_all('联合会', 1, 1)
# bare 政府 (v1.1): 政府自身建设, 政府系统, a quoted brand, 政府督查, two titles (inside DOC_TITLE), 外国政府
# (generic), 今年政府工作, 政府机构改革, 政府治理, 人民满意政府, 法治政府, 政府决策
d.check_all('政府', 23, 9, ['题教育，[政府]自身建设', '习研讨，[政府]系统各级', '·有事找[政府]”品牌深',
                          '效有感。[政府]督查、碳', '行《加强[政府]班子自身', '定出台《[政府]系统加强',
                          '州内外国[政府]授权设馆', '做好今年[政府]工作，要', '成新一轮[政府]机构改革',
                          '七，提升[政府]治理能力', '人民满意[政府]\n\n用党', '理念贯穿[政府]工作各方',
                          '推进法治[政府]示范州创', '制，确保[政府]决策科学'])
# people and proposals (reports notes; v1.1 bodies modifying people)
d.check_all('人大', 7, 4, ['项，办理[人大]代表建议', '人民，向[人大]代表、政', '认真办理[人大]代表建议'])
# people and proposals; bare 政协民主监督 (v1.2)
d.check_all('政协', 8, 3, ['，并请州[政协]委员提出', '68件、[政协]委员提案', '大代表、[政协]委员、工',
                         '作监督、[政协]民主监督', '表建议和[政协]委员提案'])
# 委员 (people), 各级党组（党委） (vague)
d.check_all('委', 30, 25, ['请州政协[委]员提出意', '党组（党[委]）围绕6', '件、政协[委]员提案2',
                         '表、政协[委]员、工商', '议和政协[委]员提案。'])
d.check_all('党委', 1, 0, ['级党组（[党委]）围绕6'])
# no body head (v1.1): 党中央 ×3, 中央经济工作会议, 中央衔接资金, 中央八项规定
d.check_all('中央', 6, 0, ['核心的党[中央]掌舵领航', '，特别是[中央]经济工作', '战。在党[中央]国务院、',
                         '接资金，[中央]衔接资金', '严格落实[中央]八项规定', '核心的党[中央]周围，坚'])
# 开局, 格局, 大局, 局面; 厅（局） (provincial departments in general)
d.check_all('局', 19, 0, ['精神的开[局]之年。我', '体工作格[局]，忠诚担', '，社会大[局]和生态屏',
                        '定开创新[局]面。针对', '责任大的[局]面，坚持', '产业弱的[局]面，制定',
                        '任务重的[局]面，深入', '时间紧的[局]面，严格', '设施弱的[局]面，坚持',
                        '同繁荣新[局]面。脱贫', '务不优的[局]面，聚焦', '体工作格[局]，坚持稳',
                        '新发展格[局]，着力推', '孜建设新[局]面。重点', '州、厅（[局]）州、企',
                        '发展新格[局]。启动建', '”发展格[局]。实施大', '业发展格[局]。建设牦',
                        '镇空间格[局]。投资8'])
d.check_all('厅', 1, 0, ['强院州、[厅]（局）州'])
# verbs (办成, 办理, 办结, 举办, 办好, 通办, …) and 办法; 国家森防指办 only
d.check_all('办', 29, 1, ['6亿元、[办]成民生实', '作3项，[办]理人大代', '项“就近[办]”、86',
                        '项“一次[办]”、锂产', '业“一窗[办]”，创新', '便民热线[办]结8.1',
                        '件、按时[办]结率10', '综合评估[办]法》，扎', '调查处理[办]法。在全',
                        '绩效评价[办]法，建立', '展演。举[办]山地文化', '大会，举[办]抽水蓄能',
                        '场会，举[办]“有机之', '0所。举[办]第四届州', '支撑力。[办]好人民满',
                        '发展。举[办]全州第六', '3个，举[办]“蜀山之', '创产品。[办]好康巴艺',
                        '开发管理[办]法，推进', '不力约谈[办]法，强化', '督，认真[办]理人大代',
                        '良传统，[办]实办好省', '统，办实[办]好省州民', '“川渝通[办]”“天府',
                        '“天府通[办]”“一件', '件事一次[办]”和简单', '“秒批秒[办]”“零材',
                        '“零材料[办]”。推动'])
# 部署, 东西部, 干部, 电梯 部, 结合部, 总部, 指挥部 (in general: see above), 东部/南部/北部; 农业农村部 only
d.check_all('部', 20, 1, ['涉藏工作[部]署，紧扣', '施国省定点帮扶、东西[部]协作和对口支援、省内',
                        '底性帮扶[部]署，到位', '电梯22[部]。安置水', '向国省定点帮扶、东西[部]协作和对口支援、省内',
                        '线党员干[部]，以敬业', '裕的决策[部]署，发出', '识，系统[部]署了九个',
                        '工作会议[部]署了八大', '委的决策[部]署转化为', '涉藏工作[部]署，全面',
                        '青甘结合[部]综合交通', '极发展总[部]经济，培', '厂、指挥[部]、前期资',
                        '重点的东[部]主引擎，', '擎，以南[部]稻城亚丁', '格聂、北[部]甘孜—德',
                        '甲基卡东[部]外围、道', '挥国省定点帮扶、东西[部]协作和对口支援、省内'])
# designations, data and technology platforms, a research centre (README call 8), bases, a venue, 中心镇,
# facilities, a media outlet, a school, medical sub-centres (counted), a hospital unit, a rescue facility
d.check_all('中心', 18, 0, ['便民服务[中心]（点）7', '基础数据[中心]甘孜分中', '心甘孜分[中心]挂牌。成',
                          '转化西南[中心]甘孜分中', '心甘孜分[中心]、长江黄', '发展研究[中心]，建成亚',
                          '天气科学[中心]观测基地', '理塘展销[中心]开馆，实', '省级百强[中心]镇和十大',
                          '游客集散[中心]和折多山', '高原医学[中心]新都桥现', '）融媒体[中心]。获评国',
                          '省级百强[中心]镇培育创', '定得妥镇[中心]小学等民', '螺沟游客[中心]等产业发',
                          '疗卫生次[中心]3个、专', '两专科一[中心]”2个。', '援甘孜分[中心]。支持色'])
# 场所, schools counted, 所有, 有所为, 所辖
d.check_all('所', 9, 0, ['教活动场[所]集中供餐', '化示范场[所]5个，表', '学校20[所]。举办第',
                        '团体，向[所]有关心支', '扶单位及[所]有对甘孜', '学校10[所]。鼓励普',
                        '育、青有[所]为。成立', '寺庙（场[所]）创建和', '责、严管[所]辖，构建'])
# 快反小队 (a class of squads: README call 7), 队伍 ×2 (people)
d.check_all('队', 3, 0, ['体快反小[队]。成功处', '综合救援[队]伍和民兵', '消防救援[队]伍等各条'])
# 府院, hospitals, a care home, 院州 (research academies in general), 院士; 国务院 only
d.check_all('院', 14, 1, ['。建立府[院]联席会议', '学校、医[院]、道路等', '老年养护[院]建成投用',
                        '施华西甘孜医[院]高质量发展五', '，华西医[院]高原医学', '，实施府[院]联动，迎',
                        '作，加强[院]州、厅（', '实验室、[院]士（专家', '区人民医[院]、泸定得',
                        '持华西甘孜医[院]高质量发展五', '童专科医[院]建设。持', '省藏医医[院]，提升州',
                        '升州藏医[院]、县域中'])
# 组织 (a verb), 各级党组 (vague), 纪律检查组 (quantified, counted: README call 10), 重组, 组建, “组团式”
d.check_all('组', 6, 0, ['象。精心[组]织开展学', '统各级党[组]（党委）', '纪律检查[组]巡回督导',
                        '化精简重[组]国企，有', '企业共同[组]建建筑企', '育卫生“[组]团式”帮'])
d.check_all('组织', 1, 0, ['象。精心[组织]开展学习'])
# 团结, 集团 (a company), 记者团 (journalists), 人民团体 (vague), “组团式”
d.check_all('团', 14, 0, ['华民族共同体意识·民族[团]结进家庭”实践行动，解', '国省民族[团]结进步示',
                        '州森工集[团]挂牌。城', '媒体记者[团]进州参访', '、各人民[团]体，向所',
                        '卫生“组[团]式”帮扶', '丰富民族[团]结实现形', '华民族共同体意识·民族[团]结进家庭”实践行动，命',
                        '州级民族[团]结进步示', '、“民族[团]结进步示', '全国民族[团]结进步示',
                        '家级民族[团]结进步示', '位代表！[团]结就是力', '更加紧密[团]结在以习'])
d.check_all('集团', 1, 0, ['，州森工[集团]挂牌。城'])
# 联席, 联络, 联动, 联合, 专科联盟, 互联网; 工商联 ×2 and 拥军优属联合会 inside ORGs
d.check_all('联', 9, 3, ['建立府院[联]席会议机', '险、驻外[联]络等工作', '实施府院[联]动，迎难',
                        '州内企业[联]合央企、', '个、专科[联]盟2个、', '全省“互[联]网+政务'])
# 政协委员 (people), 协作, 协同, 政协民主监督; 州政协 ×3 inside ORGs
d.check_all('协', 13, 3, ['并请州政[协]委员提出', '8件、政[协]委员提案', '施国省定点帮扶、东西部[协]作和对口支援、省内对口',
                        '代表、政[协]委员、工', '向国省定点帮扶、东西部[协]作和对口支援、省内对口',
                        '有效需求[协]同发力、', '挥国省定点帮扶、东西部[协]作和对口支援、省内对口',
                        '减污降碳[协]同增效实', '监督、政[协]民主监督', '建议和政[协]委员提案'])
# studios and labs (designations, platforms)
d.check_all('室', 4, 0, ['榴籽工作[室]100个', '传承工作[室]7个。制', '重点实验[室]、院士（',
                        '榴籽工作[室]”100'])
# museums, a venue, libraries
d.check_all('馆', 7, 0, ['全域博物[馆]之州加快', '新增博物[馆]10座。', '泊尔国家[馆]理塘展销',
                        '销中心开[馆]，实现州', '府授权设[馆]“零”突', '二级图书[馆]4个，实',
                        '全域博物[馆]之州和泸'])
d.check_all('署', 7, 0, ['藏工作部[署]，紧扣州', '性帮扶部[署]，到位财', '的决策部[署]，发出了',
                        '，系统部[署]了九个方', '作会议部[署]了八大重', '的决策部[署]转化为美',
                        '藏工作部[署]，全面贯'])
d.check_all('司', 2, 0, ['康定分公[司]挂牌。中', '察监督、[司]法监督、'])            # a company, 司法
d.check_all('公司', 1, 0, ['券康定分[公司]挂牌。中'])
# generic heads (v1.1): 政府机构, 科研机构, 公立医疗机构, 公共机构
d.check_all('机构', 4, 0, ['一轮政府[机构]改革，推', '校、科研[机构]和企业建', '公立医疗[机构]药械采购',
                         '输、公共[机构]等重点领'])
# designations, statistical units, 帮扶单位 (generic), enterprises
d.check_all('单位', 7, 0, ['区、示范[单位]21个。', '普查基本[单位]清查。\n', '底性帮扶[单位]及所有对',
                         '限上商贸[单位]22家。', '约型示范[单位]2个，促', '进步示范[单位]20个、',
                         '省级示范[单位]11个。'])
d.check_all('机关', 2, 0, ['会科学、[机关]事务、地', '展节约型[机关]和绿色家'])         # a field, a designation
d.check_all('盟', 2, 0, ['全国地州[盟]第一方阵', '、专科联[盟]2个、州'])

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


# 会 (59): 州人大常委会, 常委会 ×2, 州十三届人民代表大会, 工会, 拥军优属联合会 inside ORGs; otherwise 社会,
# 大会 (向大会报告; 中国旅游大会, 发展大会, 保护大会: meetings), 会议, 全会, 运动会/大运会, 节会, 推介会, 现场会, 会商
rest('会', ['社会', '大会', '会议', '全会', '运动会', '大运会', '节会', '推介会', '现场会', '会商'], 59)
assert sorted(e['text'] for e in d.ents if e['label'] == ORG and '会' in e['text']) == \
    sorted(['州人大常委会', '常委会', '常委会', '州十三届人民代表大会', '工会', '拥军优属联合会'])
# 社 (34): 社会, 社区, 社保, 村社, 合作社 (v1.1)
rest('社', ['社会', '社区', '社保', '村社', '合作社'], 34)
# 站 (31): power stations, base stations, service and charging stations, observatories, 站前, 工作站 (platforms):
# facilities, never a body
rest('站', ['电站', '基站', '服务站', '充电站', '观测站', '站前', '工作站', '探空站', '气象站'], 31)
# 处 (15): 处分, 处理, 处置, 查处, 处罚, N处 (places)
rest('处', ['处分', '处理', '处置', '查处', '处罚', '33处', '29处', '34处', '54处', '5处', '20处'], 15)
# 科 (16): 科技, 科普, 科学, 科研, 专科, 玉科 (a place)
rest('科', ['科技', '科普', '科学', '科研', '专科', '玉科'], 16)
for w, n in (('委员会', 0), ('办公室', 0), ('领导小组', 0), ('以下简称', 0), ('县委', 0), ('市委', 0), ('部门', 0),
             ('队伍', 2), ('研究中心', 1), ('医院', 8), ('学校', 5), ('基地', 16), ('专班', 1), ('指挥部', 1)):
    hits = [m.start() for m in re.finditer(w, t)]
    assert len(hits) == n, (w, len(hits))
    for h in hits:                                  # none of these is inside an ORG
        assert not any(s <= h < e for s, e in labelled), (w, h)
assert sorted(e['text'] for e in d.ents if e['label'] == ORG) == sorted(
    ['州人民政府'] * 3 + ['省委'] * 11 + ['省政府'] * 6 + ['州委'] * 11 + ['州人大'] * 3 + ['州政协'] * 3
    + ['常委会'] * 2 + ['工商联'] * 2
    + ['国务院', '州人大常委会', '州十三届人民代表大会', '国家森防指办', '农业农村部', '工会', '拥军优属联合会'])

# ================================================================ other families
# DEADLINE (0) (README call 1). Every time word was read: 2023年 (the heading), 2024年 ×2 (headings), 2024年省重点
# 开工项目 (a list's name), 2023年度 (in a name), 2022—2035 (inside a DOC_TITLE), 2029处 / 20000户 (amounts); 今年 ×2 (做好今年政府工作:
# the outline; 今年是…75周年: a description), 全年 ×3 (全年粮食产量 past; 全年经济社会发展主要预期目标是: the
# scope of the year's targets; 全年接待游客4000万人次以上: the scope of an annual total), 年度 ×3 (年度整改任务
# past, 2023年度 a name, 年度专项评比活动 a yearly contest), 开局之年, 过去一年 ×3, 一年来 ×3, 连续N年, 近年来
# (past), 今后15年 (a window described), 三年行动计划 / 三年提升行动 / 五年行动计划 / 五年计划 (durations), 十年禁渔
# ×2 (a name), 三年疫情 (past); 每人每月 ×2 (rates), 每一项 ×2 / 每一点 (quantifiers); 日夜 (no date); 前 ×17 (负重前行,
# 前列, 提前介入/会商/初筛 (no limit), 前期工作 ×5, 站前 ×2, 冲锋在前, 学前, 前店后园/后厂); 内 ×26 (州内,
# 省内, 国内, 以内 ×3 (rates), 内涵, 内生, 规划内, 红线内, 县域内, 内容 …); 期 ×16 (一期/二期/第三期 phases,
# 前期, 窗口期/机遇期, 预期, 期待); 时 ×27 (新时代 …, 时机, 同时, 时间紧)
assert re.findall(r'20\d\d年?', t) == ['2023年', '2023年', '2029', '2024年', '2024年', '2024年', '2000', '2022',
                                      '2035']
assert t.count('年') == 43 and t.count('今年') == 2 and t.count('全年') == 3 and t.count('年度') == 3
assert t.count('月') == 2 and t.count('日') == 1 and t.count('前') == 17 and t.count('内') == 26
assert t.count('期') == 16 and t.count('每') == 7 and t.count('提前') == 3 and t.count('以内') == 3
for w in ('年内', '年底', '底前', '月底', '期间', '之前', '以前', '日内', '日前', '到20', '季度', '每年', '上半年',
          '下半年', '年前', '小时', '时限'):
    assert w not in t, w
# PRINCIPLE (0): no 原则/方针/思路/按照/遵循/本着; 根据 ×1 (根据州情实际: no content); 要求 ×5: 把握“学思想、
# 强党性、重实践、建新功”总要求 (verb 把握), 严格落实“宣教必广、…”的要求, 严格落实“五必”要求, 全面落实“有人管、
# 有人喊、有人练”要求, 严格落实“一把手”…的要求 (verb 落实: README call 12); 坚持 ×20: unquoted phrases (坚持科学
# 重建 …, 坚持生态优先, 坚持稳中求进工作总基调, 坚持我国宗教中国化方向), 坚持和发展新时代“枫桥经验” and 坚持机制、
# 监测、整改、演练、应急“五抓五备战” (no 原则/要求/方针/思路: v1.1 quoted mechanisms); 理念 ×4 (not 原则)
for w in ('原则', '方针', '思路', '按照', '遵循', '本着'):
    assert w not in t, w
assert t.count('根据') == 1 and t.count('要求') == 5 and t.count('坚持') == 20 and t.count('理念') == 4
# DOC_TITLE (9): 12 《》, minus 《长征长征》 (a play), 《阿依嫫嫫》 (a folk song) and 《康定情歌》 (an opera): works of
# art (reports notes 《烈烈渤海红》). Titles without marks (火灾事故调查处理办法, 甘孜州藏传佛教事务条例,
# 全州减污降碳协同增效实施方案, 森林草原湿地碳汇资源开发管理办法, 规划 …) are not labelled.
assert re.findall('《([^》]*)》', t) == [
    '加强政府班子自身建设的若干规定', '政府系统加强新时代党建和党风廉政建设工作综合评估办法', '藏传佛教活动场所集中供餐管理规范',
    '川滇藏毗邻三市州农牧区集体聚餐管理规范', '康巴文化甘孜段生态保护实验区规划', '天龙湖景区总体规划', '长征长征', '阿依嫫嫫',
    '康定情歌', '现代水网建设规划', '防洪规划（修编）', '美丽甘孜建设规划（2022—2035）']
# DOC_NO: none (no 〔 [ 【; 号 only in 二号营地)
assert '〔' not in t and '[' not in t and '【' not in t and t.count('号') == 1
# STAFFING (0): 编制 ×7 (all plan drafting: 编制完成…), no 职数; 岗位 ×2 (公益岗位: jobs for people in need,
# reports notes). The numbers of people are evacuees (49396人), people disciplined (350人), patients (8134人),
# honourees (330人, 372人, 示范个人20人), jobs found and employment (11994人, 7.63万人, 16万余人, 7000人以上,
# 15万人以上), households monitored (4522人, 6407人), resettled migrants (869人), workers paid (8813名), the
# insured (103.19万人), elderly people served (4.23万名), and backbone teachers and doctors named or fostered
# (“骨干教师”500人, “骨干医生”473人, 骨干教师医生1400人: README call 5)
assert t.count('编制') == 7 and '职数' not in t and t.count('岗位') == 2
assert re.findall(r'[0-9.]+万?(?:余|多)?[人名](?!次)', t) == [
    '49396人', '350人', '8134人', '330人', '11994人', '7.63万人', '4522人', '6407人', '869人', '16万余人', '8813名',
    '103.19万人', '4.23万名', '500人', '473人', '372人', '1400人', '7000人', '15万人', '20人']
# ITEM_COUNT: every number + measure word was read (regex below); the 28 labelled are listed
counts_re = (r'(?:超|近)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:余|多)?万?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|户|场|套|张|股|宗|起|块|只|名|人|期|次|头|强|列|位|届)'
             r'(?:以上)?')
assert len(re.findall(counts_re, t)) == 324, len(re.findall(counts_re, t))
ic_texts = [e['text'] for e in sorted(d.ents, key=lambda e: e['start']) if e['label'] == IC]
assert ic_texts == ['52件', '3件', '175项', '1587个', '86207个', '8个', '十条', '九条', '三十条', '十条', '十八条',
                    '132项', '24项', '十条', '6个', '十条', '75个', '62个', '二十条', '七条', '20所', '八大', '十条',
                    '10所', '5个以上', '十条', '3个', '十条'], ic_texts
assert all(re.fullmatch(counts_re, x) for x in ic_texts)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 9, 'ITEM_COUNT': 28, 'ORG': 48,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
