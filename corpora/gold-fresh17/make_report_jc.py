"""Build report_jc.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 淮安市 (江苏), a UTF-8 .txt file of 14,752
characters (72 newlines, no final newline): 各位代表： → 一、2023年工作回顾 (a year paragraph of six 新…
summaries, eight numbered sections (一)–(八) each one paragraph of results, the government's own work in
four 坚持以学… points, the lessons (只有坚持…才能…), the thanks, the problems) → 二、2024年工作安排 (the year
(今年是…75周年) and the situation, 今年政府工作的总体要求是, 今年经济社会发展主要预期目标是 and 重点要在十个方面,
ten numbered sections (一)–(十) of titled sub-paragraphs, the livelihood list 今年我们继续安排了…十大类民生
实事) → 三、全面加强政府自身建设 (一是…四是) → closing. Sections (四)/(五) of the review share one line.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh17/make_report_jc.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/淮安.txt'
OUT = 'corpora/gold-fresh17/report_jc.jsonl'
# meta: no header, no session date and no signature; the text opens with 各位代表： and its parts are
# 一、2023年工作回顾 / 二、2024年工作安排 / 三、全面加强政府自身建设, so the report is dated by its year
# (reports notes; report_ha, report_hd, report_ia…report_id). Region: the city is 淮安 (市人民政府, 市委, 全市,
# 淮安 throughout); the text names the province itself (对江苏工作重要讲话, “水运江苏”, 全省, 苏北第一); the
# other Jiangsu report of the labelled sets has 江苏省扬州市 (report-be).
d = AnchoredDoc('fresh17-report-huaian-2024', SOURCE, {'region': '江苏省淮安市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 14752 and t.count('\n') == 72 and not t.endswith('\n'), (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; ST = 'STAFFING'; DL = 'DEADLINE'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[市人民政府]]向大会作工作报告', None),
    # 向大会 (the session addressed), 各位政协委员 (people, v1.1): not ORG
    # ================================================================ 2023 review: the year paragraph
    # 2023年 (a heading), 过去一年 (past), 党的二十大 (a congress; 党 alone has no body head), 全年增长7.8% (a past
    # total), 19项主要经济指标 / 13项 / 10项 (indicators and their ranks: batch-c, indicators are not counted),
    # 项目16个 / 10个 / 8个 (projects); 12项工作被国家有关部委推广或列入全国试点 (results: reports notes 22项改革
    # 走在全国前列; 国家有关部委: 有关, vague), 25项工作获…督查激励 (results): not labelled.
    # the provincial government as the giver of an incentive (report_ib 获省政府督查激励; report_ha)
    (ORG, '25项工作获[[省政府]]督查激励', None),
    # 城镇新增就业6.6万人、失业人员再就业4万人 (employment: reports notes), 超额完成年度目标 (past), 10年再出发之年
    # (a description): not labelled
    # ================================================================ (一) economy
    # 省“42条”“28条”实施细则: quoted names of provincial packages (reports notes: counts inside fixed names;
    # report-be “30条” “12条”), 省 alone is no name; 15个省重大项目 / 392个 / 102个专项债项目 (projects), 提前2个月
    # (past), 37位 / 66位 (ranks), 120万人次 (visitors): not labelled
    # ================================================================ (二) industry
    # “4633” / “1422” (quoted targets), 项目810个…5个, 416个 / 286个 / 11个 / 8个 (projects), 坚持要素跟着项目走
    # (v1.1's own example: no quote, no 原则), 4000亩, 编制22宗 (drafting land reserves; 编制 is no post), 二级
    # 储备库 (a level), 企业 户 throughout, 今世缘酒业 / 苏盐井神 (companies), 经开区 / 工业园区 (zones): not labelled
    # ================================================================ (三) innovation
    # 国家大学科技园 (a park); 成立东南大学国家技术转移淮安分中心: a university's technology-transfer branch, a
    # platform (report_ea 国家技术转移西南中心巴中分中心 not ORG; report_hd, report_ib research centres are
    # platforms) (README call 3); 产学研合作基地 (a base), 2个全国重点实验室和3个省部级实验室 (labs), 高新企业312户
    # (enterprises), 领军人才153名 / 团队37个 / 47名 / 13个 / 13人 (talent: reports notes), “i淮安” (an app):
    # not labelled
    # ================================================================ (四) reform and opening
    # 市级机关 (机关: v1.1 generic), 项目236个, “淮上关爱一件事” (a quoted name), “个转企+证照联办”, 全市通办: not
    # labelled. 中央财政 (中央: no body head, v1.1).
    # the ministry as the giver of an award (report_hc 入选工信部首批…; a body inside a longer phrase, v1.1)
    (ORG, '获评[[工信部]]“金融科技创新应用优秀案例”', None),
    # 国联集团、城发集团 (companies), 4户县区国企 (companies), 经济发达镇 (towns), 宁淮智能制造产业园 / 淮昆台资
    # 合作产业园 (parks), 项目20个 / 8个 / 49个 (projects), 淮安机场三期 / 淮河入海水道二期 (phases), 4.4倍 (a
    # ratio): not labelled
    # ================================================================ (五) towns and villages
    # a plan, its period inside the title is no DEADLINE (reports notes 《滨州市国土空间总体规划（2021-2035）》)
    (DT, '《[[淮安市国土空间总体规划(2021—2035年)]]》获省政府正式批复', None),
    (ORG, '(2021—2035年)》获[[省政府]]正式批复', None),       # the body that approves
    # “三级三类” (quoted), 实施十大类182个中心城市重点项目: the projects are not counted (reports notes: projects),
    # and the 十大类 are the projects' categories, unlike the 十大类55项民生实事 below (README call 5);
    # 1.2万余套 / 2.6万余套 (housing), 老旧小区206个, 51个积涝点 (places), “问题楼盘”175个, 8.8万户 / 1.6万户
    # (households), 长效综合管理“六化”“四高”要求 (verb 落实; quoted short names: report_hd), 第五轮复审 (an
    # ordinal), “千万工程”, “三级先导”工程 (quoted), 322个乡村建设项目 (projects), 淮阴区 / 盱眙 (places): not
    # labelled
    # ================================================================ (六) ecology
    # 132个…项目 (projects), 第二轮中央生态环境保护督察 (中央: no body head; an ordinal), 年度整改任务 (an annual
    # task, no due point)
    (ORG, '提请[[市人大常委会]]审议通过', None),                 # one ORG, longest name (report_ia, report_hd)
    (DT, '审议通过《[[淮安市餐厨垃圾管理条例]]》', None),         # regulations
    (DT, '》和《[[淮安市市容管理条例(修正案)]]》', None),
    # N大 before the actions a measure carries out (seventh session: 十大行动; report_ib 八大专项行动, report_ic
    # 七大行动); a review sentence, as in report_ib
    (IC, '秋冬季空气质量改善[[六大]]行动', ic(6, '大')),
    # 生态碧水三年行动 (a duration), 57个国省考断面 (monitoring sections), 项目113个 (projects), 绿色工厂6家
    # (designations), 幸福河湖83条 (rivers), 连续三年 (past): not labelled
    # ================================================================ (七) livelihood
    # the year's livelihood list, its categories and its matters (reports notes 接续实施12类161件民生实事;
    # v1.1 ITEM_COUNT units as written: 4大类 → unit 大类)
    (IC, '全面完成[[十大类]]55项民生实事', ic(10, '大类')),
    (IC, '全面完成十大类[[55项]]民生实事', ic(55, '项')),
    # “一户一策” (a quoted name), 67万人次 (beneficiaries), 14所重点县域高中一本达线率平均提高 (schools named as the
    # subject of a result, not a set a measure acts on) (README call 6), “四个自信” (quoted), 《新安旅行团》 (a
    # play: a work of art, not DOC_TITLE; reports notes 《烈烈渤海红》; 新安小学 a school, 少先队员 people): not
    # labelled.
    # 成立全省首家中华职业教育社市级组织: the phrase's head is 组织 (generic: v1.1), but it names one mass
    # organisation, 中华职业教育社, whose city-level branch is set up: a body named inside a longer non-ORG
    # phrase is labelled on its own (v1.1 区人民政府工作部门; report_ec 中国科协海智计划工作基地 → 中国科协)
    # (README call 1)
    (ORG, '成立全省首家[[中华职业教育社]]市级组织', None),
    # 全国紧密型城市医疗集团建设试点城市 (a pilot status; 集团 in a pilot's name), 国家医保经办服务标准化试点城市:
    # not labelled.
    # rural medical centres a measure acts on (reports notes: medical institutions a measure sets up or
    # acts on, 深化14个县域医共体建设; report_fc 两个国家区域医疗中心, report_hb 5个国家区域医疗中心); the
    # centres themselves are health facilities, not ORG (batch-c) (README call 4)
    (IC, '提档升级[[15个]]农村医疗卫生中心', ic(15, '个')),
    # 三级公立医院 (a grade of hospitals), 基层院团 (troupes: generic), 书香城市, 全国蹦床冠军赛, 杭州亚运会 (events):
    # not labelled
    # ================================================================ (八) safety and society
    # 安全生产专项整治巩固提升年等“四个年”行动 (a quoted name), 镇街安全生产综合监督机构 (机构: generic head),
    # 上年度 (a baseline), 政府性债务 (bare 政府), 年度目标 (no due point), “数智安保”, “壹警办”公安政务服务体系
    # (quoted names), 12345热线 (a hotline: reports notes), “八五”普法 / 省中期评估 (a plan period; an evaluation),
    # “五经普”, 产业工人队伍 (队伍), “双拥”, 援疆、援藏年度工作任务: not labelled.
    # fields of work: mass organisations named as fields are ORG (reports notes 工会、红十字会…等事业; report_eb
    # 地方志、老龄、工会、科协, report_ec, report_ic); 国家安全, 民族宗教, 机关事务, 供销, 气象, 档案, 外事, 侨务,
    # 边检, 地方志, 老龄, 慈善, 红十字 (no 会) have no body head; bare 海关 in a list of fields is not ORG
    # (report-ax, report_gc)
    (ORG, '供销、[[科协]]、气象', None),
    (ORG, '新成效，[[共青团]]、老龄、慈善', None),
    # ================================================================ the government's own work (review)
    # 主题教育, 政府自身建设 / 政府系统 / 法治政府 (bare 政府), “国之大者”, 第一议题制度: not labelled.
    # the bodies inside their plenums (reports notes: 省委、市委经济工作会议 → 省委, 市委; report_ib, report_hd)
    (ORG, '紧紧围绕[[省委]]十四届四次全会', None),
    (ORG, '十四届四次全会、[[市委]]八届六次全会', None),
    # “攀高比强”, “四下基层” (quoted names), 市人大代表建议257件 (people, handled proposals), 政协提案352件 (bare
    # 政协 after a prefix that is not repeated: guidelines, shared prefix stays with the first; reports notes),
    # 纪巡审“三类监督” (a quoted name): not labelled.
    # 中央纪委 has a body head (委, 纪律检查委员会), unlike bare 中央 (report_ia 二十届中央纪委): the body that
    # commends the practice (README call 2)
    (ORG, '贯通协同做法被[[中央纪委]]推介', None),
    # ================================================================ lessons, thanks
    # 去年是三年新冠疫情… (past), 只有坚持强化党的领导 / 守正创新、开拓奋进 / 系统观念和底线思维 / 一张蓝图绘到底
    # (lessons, unquoted, no 原则): not PRINCIPLE.
    # 省委省政府和市委 written without a mark gives one ORG each (report-be, report_ha, report_hd, report_ic)
    (ORG, '科学指引，是[[省委]]省政府和市委正确领导', None),
    (ORG, '科学指引，是省委[[省政府]]和市委正确领导', None),
    (ORG, '科学指引，是省委省政府和[[市委]]正确领导', None),
    (ORG, '的结果，是[[市人大]]、市政协监督支持', None),          # subjects of 监督支持 (reports notes)
    (ORG, '的结果，是市人大、[[市政协]]监督支持', None),
    (ORG, '在此，我谨代表[[市人民政府]]，向全市', None),
    # 市人大代表、政协委员 (people), 各民主党派, 各人民团体 (各), 驻淮部队 (armed forces), 部省驻淮单位 (单位:
    # generic): not ORG; 工商联 in the thanks list (reports notes; report_ha, report_hd)
    (ORG, '向各民主党派、[[工商联]]、无党派人士', None),
    # 政府系统少数干部 (bare 政府) in the problems: not ORG
    # ================================================================ 2024: the year, requirements, targets
    # 二、2024年工作安排 (a heading), 今年是新中国成立75周年 (a description), 做好今年工作 (no target follows),
    # 中央和省积极的政策 (中央: no body head; 省 alone), 三大基石 / 三大动力 / 三大优势 (aspects), 今年政府工作的
    # 总体要求是 (an unquoted outline: reports notes), 市第八次党代会第三次会议 (a meeting: report_gc, report_hc),
    # 坚持稳中求进、以进促稳、先立后破 (unquoted, no 原则: report_ic), 五个方面 (aspects), 全年目标任务 (scope):
    # not labelled.
    # 党中央国务院、省委省政府: names written without a mark, one ORG each; 党中央 has no body head (v1.1 中央)
    (ORG, '深入落实党中央[[国务院]]、省委省政府决策部署', None),
    (ORG, '深入落实党中央国务院、[[省委]]省政府决策部署', None),
    (ORG, '深入落实党中央国务院、省委[[省政府]]决策部署', None),
    # v1.2 Year targets: 今年 heads the list of targets (report_ha, report_hd, report_ia, report_ic)
    (DL, '[[今年]]经济社会发展主要预期目标是', YEAR_BY),
    # 十个方面 (aspects): not counted
    # ================================================================ (一) projects, business environment
    # “4833” / “1533” (quoted), “三必考三必问” (quoted), 全年协议引资额 / 全年完成工业投资 (the scope of annual
    # totals: report_hd, report_ic), 项目800个…300个以上, 列统企业300户以上 (projects, enterprises), 当年签约项目
    # (projects signed in the year), 省重大项目20个 / 365个 (projects), 年度计划投资 (an annual amount, no due
    # point): not labelled.
    # a limit for a measure in the plan: by the end of the third quarter (guidelines precision "quarter";
    # report_ic 确保上半年完成… → half) (README call 7)
    (DL, '力争[[前三季度]]完成全年投资任务',
     {'date': '2024-09-30', 'precision': 'quarter', 'relation': 'by', 'recurring': False}),
    # 一批新的500亩成片工业用地 (land), “四最”营商环境 (quoted), 政府性融资担保 / 廉洁高效政府 (bare 政府), 促进民营
    # 经济高质量发展若干措施 (no 《》, no number), “一企来办” (quoted), 政府系统各级干部 (bare 政府; people),
    # 坚持亲而有度、清而有为 (unquoted, no 原则): not labelled
    # ================================================================ (二) industry
    # “1650”产业体系, “7+3”先进制造业集群 (quoted), 28条重点产业链 (chains: reports notes 11条重点产业链, a count
    # inside a fixed name), “新三样”, 企业2户 / 1户 / 40户, 1小时工业配套服务圈 (a radius), 智改数转三年计划 (a
    # duration), 智能工厂、车间10个 (designations), 中天精品钢帘线 (a company), 平台机构 (机构: generic), 20个主题
    # 数据库 / 15个以上应用场景 (databases and applications: report_hd, report_fc): not labelled
    # ================================================================ (三) innovation
    # 国家高企250户 (enterprises), 国家和省级重点实验室 (labs), “一核一廊三区多点” (quoted), 淮安科教产业园 /
    # 淮安高新区 / 宁淮科创走廊 (zones), 省产业技术研究院 (a research institute: reports notes, research institutes
    # are not ORG; report_ec, report_fc, report_ib) (README call 3), 上海交大 / 东南大学 / 南理工 / 南师大
    # (universities), 一批科创飞地、离岸孵化器, 省“双创计划”项目20个 (talent projects): not labelled
    # ================================================================ (四) reform and opening
    # 淮上关爱一件事 (a name), 12345热线城市总客服 (a hotline), 市县机构改革 (机构: generic), 综合行政执法改革: not
    # labelled.
    # the state-assets task list the reform is built on (reports notes: own task lists, 256项重点工作; report_ib
    # 十项民生工程)
    (IC, '以国资管理[[十项]]重点工作为抓手', ic(10, '项')),
    # 国有资产监管交易平台 (a platform), 坚持市外即外 (unquoted), 项目20个 / 14个 / 50个以上 (projects), 企业100户
    # 以上, 跨境电商三年行动计划 (a duration; no 《》), 跨境电商综试区 (a zone), 金湖站 / 洪泽站 (railway stations:
    # facilities), 机场三期 / 二期 / 淮安港三期 (phases), 盐河二级航道 (a grade), 53万标箱, 264省道: not labelled
    # ================================================================ (五) villages
    # 30万亩, 国家级标准化灌区4个以上 (designations), 5万亩, 五大产业 (industries: domains, v1.1 六大领域), 10万亩,
    # 10万吨以上, 企业2个, 超20万亩, 8万吨, 84%, “淮味千年” (a brand); 按照片区化推进、组团式建设理念: unquoted, and
    # 理念 is not 原则/要求/方针/思路 (shandong-part2 坚持以人为本、执法为民理念) (README call 8); “三级先导”,
    # 407公里, 5.77万座, “四业” (quoted): not labelled
    # ================================================================ (六) counties
    # 市级机关 (机关: v1.1), 工业强市专项资金 / 产业投资引导基金 (funds), 1—2个500亿级产业集群 (clusters: report_hc
    # 100个产业集群 not counted), 坚持去行政化、去社会化方向 (unquoted; 方向 is not in the frame list).
    # a half-year limit for a measure in the plan (report_ic 确保上半年完成县市区扩面任务 → 2024-06-30, half)
    (DL, '去社会化方向，[[上半年]]全面完成招商机制', {'date': '2024-06-30', 'precision': 'half', 'relation': 'by',
                                                'recurring': False}),
    # 市级部门派驻服务 (部门: generic), 各级开发园区 (zones), 洪泽区 / 涟水 / 盱眙 / 金湖 (places), 高沟、施河、银涂等
    # 经济发达镇 (towns), 镇村物流站点 (service points): not labelled
    # ================================================================ (七) city building
    # 人民城市这个重要理念, 坚持系统规划、精致建设、精细管理 (unquoted, no 原则), 根据城镇化进程 (no principle),
    # 143个中心城市建设重点项目 / 35个治理项目 / 21个 (projects), 老旧小区174个.
    # 确保汛期前完成21个: a limit tied to an event with no number (project decisions: 选举日前, 上岗之前; report_ia
    # 入汛前 not labelled) (README call 9). “不淹不涝”, “一地三用”, “六化”“四高”, “社区+物业” (quoted),
    # 100个物业管理示范小区 (designations), 大运河国家文化公园, 水工科技馆, 板闸遗址公园, 红色研学基地 (facilities),
    # 院团 (troupes: generic), “一刻钟便民生活圈” (a name), 房票2.0版: not labelled
    # ================================================================ (八) ecology
    # 45.6亿元, 86个…项目 (projects), “双控双减”, 生态碧水三年行动 (a duration), 两个重点 (aspects), 洪泽湖8条…河流 /
    # 幸福河湖40条以上 (rivers), “国家山水工程”6个项目 (projects), “无废城市”, “两山”理念 (理念): not labelled
    # ================================================================ (九) livelihood
    # “学在淮安”, “未来校长”“淮上名师”培养工程 (quoted names), 淮阴工学院 / 淮阴师范学院 / 淮安大学 / 师范大学
    # (colleges), 南京医科大学苏北临床医学研究院 (a research institute and hospital), 5个省级临床重点专科
    # (designations: report_hc 重点专科27个 not counted).
    # the same rural medical centres as in the review, acted on by a measure (README call 4)
    (IC, '提升[[15个]]农村区域医疗中心服务水平', ic(15, '个')),
    # 省级区域医疗中心 (a hospital designation: report_gc), 城镇新增就业3.3万人 (employment), 扶持创业1万人次
    # (beneficiaries), 0—6岁 (an age range), 红十字、慈善事业 (no body head): not labelled
    # ================================================================ (十) safety
    # 安全生产治本攻坚三年行动 / 既有建筑隐患三年整治任务 (durations), 安全生产“五张清单” (a count inside quotes),
    # 应急避难场所 (facilities), “枫桥经验” (quoted, v1.1), “一站式”平台, “惠民生、助发展”人大代表履职机制 (people;
    # a quoted mechanism), “码上议”, “八五”普法, 全国双拥模范城“六连冠” (a title): not labelled
    # ================================================================ the year's livelihood list
    # 今年 opens the sentence that sets the year's list to be carried out once the session adopts it (report_ea
    # 今年我继续承诺领衔督办五件民生实事; report_id 今年，我们将继续办好…; report_hc 实施好今年民生实事八大工程)
    # (README call 5)
    (DL, '各位代表，[[今年]]我们继续安排了', YEAR_BY),
    (IC, '“五优化”“五提升”[[十大类]]民生实事', ic(10, '大类')),
    # 提请大会 (the session), “七有”“八更”民生工作要求 (verb 落实; quoted short names): not labelled
    # ================================================================ 三、the government's own work (plan)
    # “牢记嘱托、感恩奋进、走在前列…”的使命担当 (担当 is not 原则/要求/方针/思路), “两个确立” / “两个维护” / “国之
    # 大者” (quoted names), 坚持从全局谋划一域… (unquoted), 中央大政方针 (中央: no body head; 方针 with no content)
    (ORG, '扎扎实实贯彻[[省委]]省政府决策部署和市委工作要求', None),
    (ORG, '扎扎实实贯彻省委[[省政府]]决策部署和市委工作要求', None),
    (ORG, '扎扎实实贯彻省委省政府决策部署和[[市委]]工作要求', None),
    # 严格按照法定权限和程序用权履责 (no principle), 法治政府 (a type): not labelled
    # 市人大及其常委会: the 常委会 after a definite 市人大 is a definite short form (v1.2; report_ia, report_hd)
    (ORG, '依法接受[[市人大]]及其常委会监督', None),
    (ORG, '依法接受市人大及其[[常委会]]监督', None),
    (ORG, '主动接受[[市政协]]民主监督', None),
    # “一岗双责”, “四风”, “新官理旧账” (quoted names), 政府的紧日子 (bare 政府): not labelled
    # ================================================================ closing
    (ORG, '在[[省委]]省政府和市委的坚强领导下', None),
    (ORG, '在省委[[省政府]]和市委的坚强领导下', None),
    (ORG, '在省委省政府和[[市委]]的坚强领导下', None),
    # 党中央 (no body head, v1.1), 周总理家乡: not ORG
]

for a in ANCHORS:
    label, anchor, norm = a[:3]
    d.ctx(label, anchor, n=a[3] if len(a) > 3 else 1, norm=norm)

# ================================================================ every body word accounted for
d.check_all('人民政府', 2, 2)
d.check_all('省政府', 6, 6)
d.check_all('省委', 5, 5)
d.check_all('市委', 4, 4)
d.check_all('国务院', 1, 1)
d.check_all('常委会', 2, 2)
d.check_all('工信部', 1, 1)
d.check_all('工商联', 1, 1)
d.check_all('科协', 1, 1)
d.check_all('共青团', 1, 1)
d.check_all('纪委', 1, 1)
d.check_all('政府', 23, 8, [                                   # bare 政府 (v1.1), types of government
    '全面完成[政府]性债务化解', '全面加强[政府]自身建设。坚持', '坚定不移推进[政府]系统全面',
    '持续深化法治[政府]建设', '不容忽视;[政府]系统少数干部', '今年[政府]工作的总体要求',
    '成本稳步下降，[政府]性融资担保', '着力打造廉洁高效[政府]，', '审慎监管。[政府]系统各级干部',
    '更加注重运用[政府]和市场', '推动[政府]性债务率', '三、全面加强[政府]自身建设',
    '全面领导贯穿[政府]工作各领域', '推动法治[政府]示范创建', '切实以[政府]的紧日子'])
d.check_all('人大', 6, 3, [             # 市人大常委会, 市人大 ×2 labelled
    '认真办理市[人大]代表建议257件',                          # deputies (v1.1: a body modifying people)
    '向市[人大]代表、政协委员',
    '“惠民生、助发展”[人大]代表履职机制'])
d.check_all('政协', 5, 2, [
    '并请各位[政协]委员',                                      # people (v1.1)
    '建议257件、[政协]提案352件',                              # bare 政协 (reports notes)
    '人大代表、[政协]委员和离退休'])                           # people
d.check_all('委', 15, 12, [
    '并请各位政协[委]员', '国家有关部[委]推广', '人大代表、政协[委]员和离退休'])
d.check_all('中央', 7, 1, [                                   # no body head (v1.1); 中央纪委 labelled
    '入选[中央]财政支持', '第二轮[中央]生态环境保护督察', '更要看到[中央]和省积极的政策',
    '深入落实党[中央]国务院', '不折不扣落实[中央]大政方针', '为核心的党[中央]周围'])
d.check_all('中心', 10, 0, [                                  # a platform, the central city, medical centres
    '国家技术转移淮安分[中心]，建成',                          # a university's platform (call 3)
    '规划体系初步构建。[中心]城市功能', '实施十大类182个[中心]城市', '长三角北部现代化[中心]城市',
    '以深圳为[中心]的大湾区', '推动洪泽区与[中心]区功能联动', '实施143个[中心]城市建设',
    '15个农村医疗卫生[中心]，医保',                            # health facilities, counted (call 4)
    '15个农村区域医疗[中心]服务水平', '积极创建省级区域医疗[中心]，'])
d.check_all('局', 16, 0, [                                    # 开局, 大局, 布局, 格局, 全局: no bureau
    '良好开[局]', '(八)社会大[局]', '做示范”大[局]', '社会大[局]保持', '集群链式布[局]', '前瞻布[局]',
    '创新布[局]', '合作，布[局]建设', '产业布[局]，', '规划布[局]盐河', '统筹合理布[局]', '公共空间布[局]',
    '优化和布[局]调整', '新安全格[局]', '坚持从全[局]谋划', '以一域服务全[局]'])
d.check_all('站', 4, 0, ['开建金湖[站]', '金湖站、洪泽[站]', '镇村物流[站]点', '“一[站]式”平台'])
d.check_all('所', 5, 0, ['农业设施[所]有权', '14[所]重点县域高中', '向[所]有在淮', '依法将[所]有金融',
                         '应急避难场[所]建设'])
d.check_all('队', 4, 0, ['153名、团[队]37个', '新安小学少先[队]员', '产业工人[队]伍', '驻淮部[队]和'])
d.check_all('院', 8, 1, [                                     # 国务院 only
    '三级公立医[院]绩效', '基层[院]团涟水', '省产业技术研究[院]、', '加快[院]团高质量',
    '淮阴工学[院]创成', '淮阴师范学[院]创建', '临床医学研究[院]，'])
d.check_all('部', 18, 1, [                                    # 工信部 only; 部委, 部署, 干部, 部队, 北部…
    '国家有关[部]委', '3个省[部]级实验室', '八届六次全会[部]署', '顶住外[部]压力', '全市广大干[部]群众',
    '向驻淮[部]队', '部队和[部]省驻淮单位', '[部]分重点领域', '少数干[部]责任意识', '长三角北[部]现代化',
    '省政府决策[部]署，紧扣', '各级干[部]要坚持', '长三角北[部]重要产业', '激励引导干[部]在', '实行市级[部]门派驻',
    '城郊接合[部]和', '省政府决策[部]署和市委'])
d.check_all('团', 12, 1, [                                    # 共青团 only
    '领军人才153名、[团]队', '国联集[团]、', '城发集[团]实现', '《新安旅行[团]》', '城市医疗集[团]建设',
    '基层院[团]涟水', '全市人民[团]结奋斗', '各人民[团]体', '组[团]式', '加快院[团]高质量', '紧密[团]结'])
d.check_all('联', 11, 1, [                                    # 工商联 only
    '证照[联]办', '国[联]集团', '铁水[联]运量', '多式[联]运，', '网[联]步伐', '工业互[联]网', '省级[联]运精品',
    '多式[联]运量', '功能[联]动', '教研[联]动'])
d.check_all('协', 18, 3, [                                    # 市政协 ×2, 科协
    '各位政[协]委员', '810个，[协]议引资额', '在高效[协]同中', '49个，[协]议利用', '建议257件、政[协]提案',
    '贯通[协]同做法', '人大代表、政[协]委员', '确保全年[协]议引资额', '产业链[协]同性', '服务业[协]同发展',
    '政产学研[协]同创新', '要靠前[协]调', '与主城[协]同发展', '校家社[协]同育人', '“码上议”[协]商议事'])
d.check_all('社', 21, 1, [                                    # 中华职业教育社 only; 社会, 社区, 校家社
    '中国特色[社]会主义思想为指导，全面贯彻党的二十大精神，对标', '全国市域[社]会治理', '全[社]会研发支出',
    '(八)[社]会大局', '民生温度上升、[社]会矛盾', '中国特色[社]会主义思想的科学指引',
    '中国特色[社]会主义思想为指导，全面贯彻党的二十大精神和', '今年经济[社]会发展', '15%以上，[社]会消费品',
    '完成省定目标，[社]会大局', '大力营造全[社]会尊重', '去[社]会化方向', '深化“[社]区+物业”', '完善校家[社]协同',
    '健全[社]会保障体系', '加强和创新[社]会治理', '基层[社]会治理能力', '中国特色[社]会主义思想凝心铸魂',
    '舆论、[社]会监督', '引领[社]会诚信'])
d.check_all('会', 28, 2, [                                    # 常委会 ×2; 大会, 社会, 全会, 会议, 亚运会
    '我代表市人民政府向大[会]', '中国特色社[会]主义思想为指导，全面贯彻党的二十大精神，对标', '市域社[会]治理',
    '全社[会]研发支出', '杭州亚运[会]上', '(八)社[会]大局', '十四届四次全[会]、', '八届六次全[会]部署',
    '上升、社[会]矛盾', '中国特色社[会]主义思想的科学指引', '中国特色社[会]主义思想为指导，全面贯彻党的二十大精神和',
    '第八次党代[会]第三次', '第三次[会]议要求', '今年经济社[会]发展', '15%以上，社[会]消费品', '目标，社[会]大局',
    '全社[会]尊重', '去社[会]化方向', '健全社[会]保障', '创新社[会]治理', '基层社[会]治理', '提请大[会]通过后',
    '中国特色社[会]主义思想凝心铸魂', '心领神[会]抓落实', '舆论、社[会]监督', '引领社[会]诚信'])
d.check_all('办', 20, 0, [                                    # 办理, 通办, 联办, 举办, 办法, 办事…: no office
    '纾困行动，[办]理减税', '一件事”[办]理事项', '全市通[办]，', '证照联[办]', '医保经[办]服务标准化试点城市',
    '成功举[办]', '“壹警[办]”', '认真[办]理市人大', '主动帮[办]', '创新[办]法固化', '聚焦[办]事效率',
    '“一企来[办]”', '解难题[办]实事', '一码通[办]', '一照通[办]', '一证通[办]', '相结合的[办]法',
    '做好医保经[办]服务', '不花钱能[办]事', '花小钱[办]大事'])
d.check_all('组', 5, 0, ['市级[组]织', '以更多[组]织满意', '打好[组]合拳', '[组]团式建设', '高质高效[组]织实施'])
d.check_all('组织', 3, 0, ['市级[组织]', '更多[组织]满意', '高效[组织]实施'])
d.check_all('机关', 3, 0, ['建立市级[机关]挂钩', '民族宗教、[机关]事务', '增强产业支撑力。市级[机关]'])
d.check_all('机构', 3, 0, ['综合监督[机构]全覆盖', '优质平台[机构]', '推进市县[机构]改革'])
d.check_all('单位', 1, 0, ['部省驻淮[单位]'])
d.check_all('部门', 1, 0, ['市级[部门]派驻'])
d.check_all('集团', 3, 0, ['国联[集团]', '城发[集团]', '城市医疗[集团]建设'])
# 科 (20): inside no ORG but 科协 (科技, 科学, 科教, 科创, 医科, 专科)
d.check_all('科', 20, 1, [
    '国家大学[科]技园', '金融[科]技创新', '思想的[科]学指引', '扩大开放、[科]技创新三大', '[科]学用好基金',
    '加强[科]学研判', '牢牢把握[科]技创新', '重要产业[科]技创新高地', '淮安[科]教产业园', '宁淮[科]创走廊',
    '一批[科]创飞地', '推进[科]技计划', '加大[科]技金融', '着力强化[科]技、装备', '水工[科]技馆', '南京医[科]大学',
    '临床重点专[科]', '前瞻性、[科]学性', '决策[科]学化'])
for w in ('委员会', '人民代表大会', '办事处', '办公室', '领导小组', '以下简称', '党委', '厅', '公司', '工会', '妇联',
          '馆', '室', '处', '署', '研究院', '研究所', '实验室', '协会', '联盟'):
    for m in re.finditer(w, t):                     # none of these lies inside an ORG
        assert not any(e['label'] == ORG and e['start'] <= m.start() < e['end'] for e in d.ents), (w, m.start())
assert [t.count(w) for w in ('委员会', '人民代表大会', '办事处', '办公室', '领导小组', '以下简称', '党委', '厅', '公司',
                             '工会', '妇联')] == [0] * 11
assert t.count('馆') == 1 and t.count('室') == 3 and t.count('处') == 7 and t.count('署') == 3
assert t.count('研究院') == 2 and t.count('实验室') == 3 and '研究所' not in t and '联盟' not in t
assert sorted(e['text'] for e in d.ents if e['label'] == ORG) == sorted(
    ['市人民政府'] * 2 + ['省政府'] * 6 + ['省委'] * 5 + ['市委'] * 4 + ['市人大'] * 2 + ['市政协'] * 2
    + ['工信部', '市人大常委会', '中华职业教育社', '科协', '共青团', '中央纪委', '工商联', '国务院', '常委会'])

# ================================================================ other families
# DEADLINE (4): 今年 before the targets, 前三季度, 上半年, 今年 before the livelihood list. Every time word was
# read: 2023年 (heading), 2024年 (heading), 2021—2035年 (inside a DOC_TITLE); 今年 ×5 (今年是…75周年, 做好今年工作,
# 今年政府工作的总体要求 (an outline), the targets and the livelihood list (labelled)); 全年 ×6 (全年增长7.8% (past),
# 完成全年目标任务 / 全年协议引资额 / 全年完成工业投资 / 全年投资任务 / 全年新认定 (the scope of annual totals:
# report_hd, report_ic)); 年度 ×9 (past annual targets, 年度整改任务 / 年度工作任务 (past), 上年度 (a baseline),
# 年度计划投资 ×2 (amounts, no due point)); 当年签约项目 (projects of the year); 去年 / 一年来 / 过去一年 / 连续三年 /
# 三年新冠疫情 (past); 三年 ×8 (programme lengths: 三年行动 ×3, 三年计划, 三年行动计划, 三年整治任务; 连续三年 and
# 三年新冠疫情 past); 近年来, 历年, 上年 ×2, 长年 (past); 年均 ×2 (a metric), 年加工能力 (a capacity), 青少年; 提前2个月 (past); 月度 (a monitoring period); 汛期前 (an event with no number: call 9);
# 前期工作 ×3, 首期 / 二期 / 三期 (phases), 窗口期, 关键期, 全生命周期, 中期评估, 长期护理保险 ×2, 超期过渡安置 ×2;
# 平均每周 (a past rate); 秋冬季 (past), 四季歌; 1小时 (a radius); 新时代 ×7, 及时 ×4, 用时, 时限, 时间;
# “十四五” (a plan period named, no limit); 10年再出发之年, 75周年, 千年 (a brand).
assert re.findall(r'20\d\d', t) == ['2023', '2021', '2035', '2024']
assert t.count('年') == 56 and t.count('今年') == 5 and t.count('全年') == 6 and t.count('年度') == 9
assert t.count('三年') == 8 and t.count('月') == 2 and t.count('季') == 3 and t.count('期') == 20
assert t.count('前') == 20 and t.count('底') == 4 and t.count('内') == 5 and t.count('时') == 15
assert t.count('每') == 1 and t.count('上半年') == 1 and t.count('汛期前') == 1 and t.count('前三季度') == 1
for w in ('年内', '年底', '年末', '底前', '月底', '期间', '之前', '以前', '日内', '日前', '到20', '每年', '每月',
          '下半年', '年前', '以内', '季度末'):
    assert w not in t, w
# PRINCIPLE (0): no 原则, 思路, 遵循 or 本着. 按照 ×2 (片区化推进、组团式建设理念: unquoted and 理念 (call 8); 法定
# 权限和程序: no principle); 根据 ×1 (根据城镇化进程: no principle); 方针 ×1 (中央大政方针: no content); 要求 ×6
# (落实…“六化”“四高”要求 and 落实好“七有”“八更”民生工作要求: the verb is 落实, not 按照/坚持/遵循/本着/根据 (report_hd,
# report_ia); 以更高要求, 总体要求是, 党代会…会议要求, 市委工作要求: no content); 坚持 ×21: none before a quote or a
# phrase with 原则/要求/方针/思路 (坚持要素跟着项目走: v1.1's own example; 坚持稳中求进、以进促稳、先立后破,
# 坚持亲而有度、清而有为, 坚持市外即外, 坚持系统规划…: unquoted; 坚持去行政化、去社会化方向: 方向; 坚持重特大项目
# “顶天立地”和…“铺天盖地”并重 and 坚持和发展新时代“枫桥经验”: quoted, no 原则 (v1.1)); 理念 ×4 (新发展理念,
# 建设理念, 重要理念, “两山”理念).
for w in ('原则', '思路', '遵循', '本着'):
    assert w not in t, w
assert t.count('按照') == 2 and t.count('根据') == 1 and t.count('方针') == 1 and t.count('要求') == 6
assert t.count('坚持') == 21 and t.count('理念') == 4 and t.count('方向') == 2
# DOC_TITLE (3) / DOC_NO (0): four 《》, one a play (《新安旅行团》: a work of art, reports notes); no 〔 [ 【 and no 号
assert re.findall(r'《([^》]*)》', t) == ['淮安市国土空间总体规划(2021—2035年)', '淮安市餐厨垃圾管理条例',
                                        '淮安市市容管理条例(修正案)', '新安旅行团']
assert '〔' not in t and '[' not in t and '【' not in t and '号' not in t
# STAFFING (0): no 职数 or 岗位; 编制 ×1 (编制22宗…工业储备用地: drafting). The numbers of people: employment (6.6万人,
# 4万人, 3.3万人: reports notes), talent (153名, 47名, 13人入选: reports notes), beneficiaries and visitors (人次)
assert t.count('编制') == 1 and '职数' not in t and '岗位' not in t
assert re.findall(r'[0-9.]+万?(?:多|余)?万?[人名](?!次)', t) == ['6.6万人', '4万人', '153名', '47名', '13人', '3.3万人']
# ITEM_COUNT (7): every number + measure word was read (regex below); the labelled counts are listed
counts_re = (r'(?:超|近)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)万?(?:余|多)?万?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|户|场|套|张|股|宗|起|块|只|名|人|片|篇|列|届|次|级|期)'
             r'(?:以上|左右)?')
assert len(re.findall(counts_re, t)) == 158, len(re.findall(counts_re, t))
ic_texts = [e['text'] for e in sorted(d.ents, key=lambda e: e['start']) if e['label'] == IC]
assert ic_texts == ['六大', '十大类', '55项', '15个', '十项', '15个', '十大类'], ic_texts
assert all(re.fullmatch(r'[0-9一二三四五六七八九十]+(?:大类|大|项|个)', x) for x in ic_texts)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 4, 'DOC_NO': 0, 'DOC_TITLE': 3, 'ITEM_COUNT': 7, 'ORG': 30,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
