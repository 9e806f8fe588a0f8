"""Build report_hc.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 荆州市 (湖北), a UTF-8 .txt file of
14,601 characters (168 newlines, no final newline): 各位代表： → 一、2023年工作回顾 (a preamble, then
eight numbered sections （一）–（八） 千方百计… with titled paragraphs, thanks, problems) →
二、2024年工作建议 (year description, 总体要求, 主要预期目标, seven numbered sections （一）–（七）
全力以赴… with titled paragraphs) → 三、全面加强政府自身建设 (four 把牢…建设…政府 paragraphs) → closing.
The text carries 51 footnote markers （1）…（51） after quoted terms, with no footnote bodies (as
恩施, report_fa). Each anchor is `left[[mention]]right`; the whole string must occur exactly once
in the text (or `n` times where given). Only offsets are computed here; no extractor or model
is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh15/make_report_hc.py
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/荆州.txt'
OUT = 'corpora/gold-fresh15/report_hc.jsonl'
# meta: no header, no session date and no signature; the text opens with 各位代表： and its parts
# are 一、2023年工作回顾 / 二、2024年工作建议, so the report is dated by its year (reports notes;
# report-aq, report-av, report_ea/eb/ec, report_fa/fb/fc, report_ga–gd). Region: the text names
# 湖北 itself (湖北省农民丰收节, “惠购湖北”, 湖北省教师教育综合改革试验区, 湖北江汉平原（荆州）人力资源
# 产业园, 湖北省体育消费试点城市, 全省); the Hubei precedents have 湖北省荆门市 (report-ap),
# 湖北省武汉市 (report_fb), 湖北省十堰市 (report_ga).
d = AnchoredDoc('fresh15-report-jingzhou-2024', SOURCE, {'region': '湖北省荆州市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 14601 and t.count('\n') == 168, (len(t), t.count('\n'))
assert [int(m.group(1)) for m in re.finditer(r'（(\d+)）', t)] == list(range(1, 52))   # footnote markers only

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'; DT = 'DOC_TITLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

# 省委省政府 (written without a mark) occurs four times (review preamble, thanks, 省委省政府工作要求,
# closing); each gives two ORGs (report_ga, report-aq, report_ea/fc: two names without a mark are
# two bodies).
ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[市人民政府]]向大会报告工作', None),
    # 并请市政协委员提出意见: a body modifying people (v1.1), not labelled
    # ================================================================ 2023 review, preamble
    (ORG, '为指导，在[[省委]]省政府和市委的坚强领导下', None),
    (ORG, '为指导，在省委[[省政府]]和市委的坚强领导下', None),
    (ORG, '为指导，在省委省政府和[[市委]]的坚强领导下', None),
    # 以实施流域综合治理和统筹发展规划纲要为总抓手: no 《》, no DOC_TITLE
    # the body inside its session, term number inside the span (report_fb 市十五届人大, report-ap 市十届人大)
    (ORG, '较好完成[[市六届人大]]二次会议确定的目标任务', None),
    # ================================================================ （一） 内需
    # 项目 724个/482个/183个/1060个 (projects), 230多场次 (events), 企业 家/户: not counted (reports notes)
    # 解决各类问题1041个: problems solved, a result (report_ga 115个, report_fa 72个): not counted
    # a package of measures the government carries out (reports notes 促消费20条措施; report_gd 33条)
    (IC, '实施降低企业成本[[18条]]措施', ic(18, '条')),
    # 新增上市公司3家, 总量达到12家: companies
    # ================================================================ （二） 产业
    # 工信部 named inside a longer non-ORG phrase (v1.1; report_gd 入选工信部智能制造示范工厂揭榜单位);
    # 首批100个中小企业特色产业集群 (clusters, a designation), 两大支柱产业 (domains): not counted
    (ORG, '装备产业入选[[工信部]]首批100个', None),
    # 创新平台11家, “专精特新”企业107家, 工业互联网平台2个, 5G全连接工厂5家: platforms and designations;
    # 荆州经开区 (a zone); 华鲁恒升、美的、华纺、省港口集团四大供应链平台 (companies; platforms): not labelled
    # ================================================================ （三） 城乡区域
    # 《新时代洞庭湖生态经济区规划》 ×2 (here and 2024 (四)): a plan (guidelines DOC_TITLE)
    (DT, '共同推动《[[新时代洞庭湖生态经济区规划]]》落地落实', None),
    (DT, '全域纳入《[[新时代洞庭湖生态经济区规划]]》，17个', None),
    # 17个省域“硬联通”项目, 58个重大项目: projects, not counted.
    # plans drawn up (seventh session: plans are documents that may be counted; report_gd 3个行动方案;
    # report-ac 458个…村庄规划) (README call 4)
    (IC, '编制完成宜荆荆都市圈[[14个]]行动方案', ic(14, '个')),
    (IC, '14个行动方案和[[9个]]专项规划', ic(9, '个')),
    # service items handled across the metropolitan area (report-ap: the same 638项“圈内通办”; reports
    # notes “免证办”事项5721个)
    (IC, '公积金互认互贷等[[638个]]事项实现圈内通办', ic(638, '个')),
    # 数字城市大脑指挥中心等19个项目建成投用: one of 19 construction projects (report_fb 民航武汉区域管制
    # 中心 as a project), not ORG (README call 6); 长江大学文理学院, 荆州理工职业学院 (colleges: facilities);
    # 荆州新城城市展厅 (a building); 雷家垱装配式净水站 (a facility); 市老年大学、市第二社会福利院等民生
    # 项目 (a school and a welfare home named as construction projects: facilities); 22个在建项目, 8条主次
    # 干道, 770个, 2210盏, 1.36万个, 1900个, 1874个, 口袋公园49个: projects and facilities, not counted.
    # a pledge in the review with its own time limit (report-ac 黄冈西站…春节前运营 → 2024-02-10, day, by:
    # Spring Festival 2024 is 10 February) (README call 3)
    (DL, '荆州新城城市展厅[[春节前]]将正式对外开放',
     {'date': '2024-02-10', 'precision': 'day', 'relation': 'by', 'recurring': False}),
    # 8个县市区 (territories); 全省县城管理提质现场会 (a meeting); 石首市, 公安县 … (places): not labelled
    # ================================================================ （四） 乡村
    # 2处/4处/3处/12处 (sluices, irrigation areas, pumping stations: facilities), 龙头企业2家, 合作社1351家
    # (v1.1: economic entities), 家庭农场1437家, 4家企业, 205个项目, 渡口10处, 供水工程120处, 示范村29个
    # (designations), 798户/16783户: not counted. 抖音 (a company): not ORG.
    # ================================================================ （五） 改革开放
    # 城发集团, 产投集团, 高新投, 荆州区城投 (companies); 5支/14支产业基金 (funds: report_ga call 6); 组建市融媒体
    # 集团 (a media group: guidelines "No" media outlets; 集团 a company); 供销社 (v1.1 合作社): not labelled.
    # 市水利规划设计院: a municipal public institution (事业单位) with a body head, the object of a reform of
    # the city's own units; public institutes of a city are ORG in the labelled reports (report-aj 市文物考古
    # 研究所, report_ec 广元石窟研究所), unlike private or university research institutes (reports notes)
    # (README call 2)
    (ORG, '组建市融媒体集团。[[市水利规划设计院]]改革基本完成', None),
    (ORG, '长江大学文理学院转设举办者变更获[[教育部]]批复', None),
    (ORG, '跨境电商综试区方案报[[国务院]]审批', None),
    # 入驻企业49家, 多家外资企业: enterprises, not counted
    # service items (reports notes; report-ac 1300个事项“最多跑一次”, 62个高频事项“一事联办”)
    (IC, '活动（10），[[1459个]]事项实现“一窗通办”', ic(1459, '个')),
    (IC, '“一窗通办”，[[258个]]事项实现“一事联办”', ic(258, '个')),
    # 拓展至32个行业: industries are domains (report-ap, report_ga 19个行业), not counted.
    # “局长走流程、坐窗口”活动: a post (局长) in a campaign name, no body; “12345”政务服务热线 (a service line)
    (ORG, '深化商事制度改革成效被[[国务院办公厅]]奖励通报', None),   # one ORG, longest name
    # the body that grants the incentive, inside a longer phrase (v1.1; report_fa: report-aw 获国务院督查激励)
    (ORG, '模式（13）获[[国务院]]督查激励', None),
    # the body that publishes the survey (report_ga, report-g, report-u: 全国工商联)
    (ORG, '在[[全国工商联]]发布的2023年度万家民企', None),
    # ================================================================ （六） 民生
    # counts of policy measures the city issued (reports notes 100项便民利企措施; report_ec 35条)
    (IC, '出台优化人才发展环境举措[[18条]]、劳务品牌', ic(18, '条')),
    (IC, '劳务品牌产业化发展措施[[9条]]，促进城镇', ic(9, '条')),
    # 城镇新增就业7.1万人, 扶持返乡创业4.07万人: employment and people helped, not STAFFING (reports notes).
    # 5912套 housing, 2000户, 养老服务综合体10个、老年人助餐点41个 (care facilities: report_fb), 托位2860个
    # (places): not counted. 首家市级公益性公墓 (a facility).
    # schools built (reports notes; report_fb 89所, report_ga 42所)
    (IC, '新建、改扩建中小学和幼儿园[[34所]]', ic(34, '所')),
    # school groups set up (batch-c 3个市直学校办学集团; report-bd 教育共同体50个; report_gc 135个教育集团)
    # and the schools the measure takes in (report-ap 213所义务教育学校纳入教联体建设; report_fb 242所)
    # (README call 5)
    (IC, '组建教联体[[144个]]、涵盖义务教育学校511所', ic(144, '个')),
    (IC, '组建教联体144个、涵盖义务教育学校[[511所]]', ic(511, '所')),
    # vocational-education alliances set up by the city (设立; school groups as above); the alliances
    # themselves are not ORG (report_fc 学校联盟; report_ga alliances) (README call 5)
    (IC, '设立学前教育、现代农业等[[4个]]职教联盟', ic(4, '个')),
    # 市域产教联合体 (a consortium, like 教联体/医共体: not ORG); 提前两年完成省定目标 (past)
    # 市中医院 (a hospital), 33个公共卫生补短板项目 (projects), 重点专科27个 (designations won): not labelled.
    # 累计定向培养乡村医生781名: training of village doctors, not staff placed (reports notes: talent
    # training is not STAFFING; report_gd 新增基层医疗卫生人才3255人) (README call 7)
    # 《屈原》入选全国旅游演艺精品名录: a stage work, not a law, plan or list (reports notes 《烈烈渤海红》)
    # 乡镇（街道）综合文化站、村（社区）综合文化服务中心: facilities (report_gb; gold-fresh14 tuning)
    # 中央、省级生态环保督察: 中央 (no body head), 省级 (no body): not ORG.
    # 76家沿江化工企业 (enterprises): not counted
    (DT, '出台《[[洪湖流域水质改善提升三年攻坚行动方案]]》', None),
    (DT, '三年攻坚行动方案》《[[中心城区水环境系统治理三年行动方案]]》', None),
    (ORG, '强力推进洪湖流域水质改善提升，[[生态环境部]]通报的26个问题', None),
    # items of an inspection rectification list (report_fa 中央和省环保督察交办问题整改销号109个; report-av
    # 中央13项…督察反馈问题整改; report_eb 10项…整改任务) (README call 4)
    (IC, '生态环境部通报的[[26个]]问题整改扎实推进', ic(26, '个')),
    # ================================================================ （七） 治理
    # “四位一体”信访超市 (a facility), 7个化工园区 (zones), 陈案销号4件 (cases closed), 21个“保交楼”项目
    # (projects), 市县两级政府债务 (shandong-part2: 市县两级政府 is not one body): not labelled
    # ================================================================ （八） 政府自身建设 (review)
    # 解决群众反映突出问题18392个 (a result); 市人大及其常委会: 常委会 is a definite short form after the
    # named 市人大 (v1.2; report-bd 自觉接受市人大及其常委会依法监督 → two ORGs)
    (ORG, '依法接受[[市人大]]及其常委会法律监督', None),
    (ORG, '依法接受市人大及其[[常委会]]法律监督', None),
    (ORG, '自觉接受[[市政协]]民主监督，办理', None),
    # 办理人大代表建议96件、政协提案238件 (people; handled proposals: reports notes); 认真执行人大决议决定
    # (bare 人大, v1.2): not labelled
    (ORG, '提请[[市人大常委会]]审议地方性法规草案3件', None),
    # draft regulations submitted and normative documents cleared up (report_fb 地方性法规草案4件;
    # report-aw 14件; report-av 废止…行政规范性文件182件; report_gb 行政规范性文件7件)
    (IC, '审议地方性法规草案[[3件]]', ic(3, '件')),
    (IC, '清理规范性文件[[197件]]', ic(197, '件')),
    # 在全省真抓实干33项激励奖励中，市县两级获奖19项: awards (results, reports notes): not counted
    # ================================================================ thanks
    # 党中央 (v1.1: no body head); 省委省政府 without a mark: two ORGs
    (ORG, '在于[[省委]]省政府的科学指导', None),
    (ORG, '在于省委[[省政府]]的科学指导', None),
    (ORG, '是[[市委]]团结带领全市上下', None),
    (ORG, '是[[市人大]]、市政协鼎力支持的结果', None),        # subjects of 支持 (reports notes)
    (ORG, '是市人大、[[市政协]]鼎力支持的结果', None),
    (ORG, '在此，我代表[[市人民政府]]，向所有关心', None),
    # problems: 政府系统部分干部 (bare 政府; people): not labelled
    # ================================================================ 2024: 总体要求, targets
    # 二、2024年工作建议 (a heading), 今年是…75周年…关键一年 (a description), 今年工作的总体要求是 (general
    # requirements, report-bc, report_eb, report_ga): not DEADLINE. 省第十二次党代会: a party congress is a
    # meeting (report_gc 市第十四次党代会, res_ca 省八次党代会): not ORG. The bodies of the plenums are ORG
    # (reports notes; report_fa 省委十二届四次全会).
    (ORG, '省第十二次党代会、[[省委]]十二届五次全会', None),
    (ORG, '十二届五次全会和[[市委]]六届七次全会部署', None),
    # 坚持稳中求进工作总基调 (总基调 is not 原则/要求/方针/思路; unquoted): not PRINCIPLE.
    # 经济社会发展主要预期目标是: no year word heads the targets (v1.2 Year targets; report_ea/fa/fb,
    # report_ga): no DEADLINE; 5％以内 is a rate, not a limit
    # ---------------------------------------------------------------- （一） 新型工业化
    # “四大工程” (quoted name: reports notes), 技改项目400个以上 (projects), 278个增长点, 企业 家,
    # 登记科技成果300项以上 (results registered), 5家以上 / 1个以上 (factories, platforms), 100家重点能耗企业,
    # “四个专项治理” (quoted), 每个主导产业…一个科研创新平台 (platforms), 组织实施30项重大科技专项攻关
    # (research projects: report_fb 29个攻关工程, report_ec 8项攻关): not counted
    # ---------------------------------------------------------------- （二） 内需
    # “五个重大” (quoted), 911个/552个/900个 projects, 力争全年引进… (全年: the scope of an annual total,
    # report_fa call 7, report_fc, report-ax), 50亿元以上, 限上商贸企业260家, 18个“一刻钟便民生活圈”
    # (facilities), “十百千万”工程 (quoted), 五大领域 (domains), 3276套: not labelled. 出台商贸业高质量发展
    # 实施意见 (no 《》)
    # ---------------------------------------------------------------- （三） 改革开放
    # 四大重点 (aspects), 市城发集团 / 市产投集团 (companies), “一本账、一张表”, “三库、两算、三评”,
    # “四统一”, “七大成本”, “同事同标” (quoted names; no 原则/要求 frame), 市县疾控体系 (a system),
    # 金融机构 (generic): not labelled
    # service items raised to 300+ (以上 stays in the span: guidelines comparator; report_gc 8所以上)
    (IC, '“一事联办”主题事项拓展到[[300个以上]]', ic(300, '个', min=300, max=None)),
    # the reform's pilot items the city carries out (事项, the government's own task list: reports notes
    # 50项改革“破零”事项), not pilots won (report_fa 省定先行试点10个, 被纳入…试点) (README call 4)
    (IC, '开展先行试点创建事项[[90个以上]]', ic(90, '个', min=90, max=None)),
    # 660家, 10万户 (enterprises), 12个/39个/13个 重点项目 (projects), 8800万吨, 26万标箱: not counted
    # ---------------------------------------------------------------- （四） 城镇化
    # 石首市, 监利市, 华容县 … (places); “当枝松宜东”县域融合发展联盟 (an alliance: report_fc, report_ga);
    # 经开区, 高新区, 纪南文旅区 (zones); 政府投资项目162个, 江汉平原产业交流中心等12个项目, 9个项目
    # (projects), 780个, 8500个, 5000个, 4000盏, 15座, 30公里: not labelled. “四大行动” (quoted)
    # ---------------------------------------------------------------- （五） 三农
    # “两确保三提升” (quoted, no frame), 4条农业全产业链 (chains: domains; reports notes 11条重点产业链),
    # 30家以上 (enterprises), 农村供水提标升级工程3个 (works: projects), 2万户, 196个行政村: not counted
    # ---------------------------------------------------------------- （六） 绿色
    # an unquoted N大 before actions the city takes up (seventh session; report_fb, report-ac the same
    # 长江高水平保护十大提质增效行动 → {10, 大})
    (IC, '深入实施长江高水平保护[[十大]]提质增效行动', ic(10, '大')),
    # “十年禁渔” (a name); 国家部委 (generic plural); 42个特别国债水利项目 (projects);
    # 中央 (no body head) and 省生态环保督察 (省 alone names no body); 生态环境部 in the same list is ORG
    (ORG, '持之以恒抓好中央、[[生态环境部]]、省生态环保督察', None),
    # 确保年度地表水…优良率 (年度: an adjective, report_ga, report-be); 三年攻坚 / 三年行动 (durations in
    # the plans' names); 六大片区 (areas); 73个…排污口整治工程 (works): not labelled
    # ---------------------------------------------------------------- （七） 民生
    # “四库五平台” (quoted), 湖北江汉平原（荆州）人力资源产业园 (a park), “零工驿站” (service points).
    # 建立“一站式”劳动保障维权中心: a one-stop service hall where several bodies sit, named by its kind only,
    # read as a facility (gold-fresh14 tuning: service and care centres) (README call 6); 基层调解组织 (组织
    # head), 民政事业园, 区域性精神卫生健康中心 (a health facility), 机关事业单位: not ORG.
    # 1860户, 养老综合体20个 (care facilities), 学位8300个 (places): not counted
    (IC, '新改扩建中小学、公办幼儿园[[14所]]', ic(14, '所')),
    # 长江大学, 长江大学文理学院, 荆州理工职业学院 (universities, colleges), 公立医院, 医联体, 医共体,
    # 产教联合体, 产教融合共同体: not ORG. 基层卫生人才千人定向培养计划: a programme's name (report_ga
    # 千名…行动), not STAFFING. 国家羽毛球训练基地, 大学城中央公园 (facilities), 253个村（社区） (villages)
    # ================================================================ 三、政府自身建设
    # 党中央国务院 and 省委省政府 written without a mark: one ORG each name (report_gd, report-aj);
    # 党中央 is not ORG (v1.1)
    (ORG, '落实好党中央[[国务院]]决策部署', None),
    (ORG, '决策部署和[[省委]]省政府工作要求', None),
    (ORG, '决策部署和省委[[省政府]]工作要求', None),
    (ORG, '工作要求、[[市委]]工作安排', None),
    # the year's livelihood list: 今年 bounds the commitment to a concrete list of projects (report_ea
    # 今年我继续承诺领衔督办五件民生实事; report_ga 今年将实施“十大行动”; report_gc 今年，市政府将…), here
    # as the attribute of the list (report-ac 梳理确定了今年十类民生实事 left 今年 out, a past act of
    # drawing up the list) (README call 1). The counts: N大 before the works of the livelihood list
    # (report_eb 市十大民生实事 → {10, 大}; seventh session) and the projects of the list (report-h
    # 41个子项目; report-aj 30项民生实事项目) (README call 1)
    (DL, '一件接着一件办，实施好[[今年]]民生实事八大工程', YEAR_BY),
    (IC, '实施好今年民生实事[[八大]]工程24个', ic(8, '大')),
    (IC, '民生实事八大工程[[24个]]“小而美”的民生项目', ic(24, '个')),
    # 主动接受人大法律监督、政协民主监督 (bare bodies: v1.2, reports notes); 中央八项规定; “四风”;
    # “能力提升年”行动 (a name): not labelled
    # ================================================================ closing
    (ORG, '党中央周围，在[[省委]]省政府和市委坚强领导下', None),
    (ORG, '党中央周围，在省委[[省政府]]和市委坚强领导下', None),
    (ORG, '党中央周围，在省委省政府和[[市委]]坚强领导下', None),
]

for a in ANCHORS:
    label, anchor, norm = a[:3]
    d.ctx(label, anchor, n=a[3] if len(a) > 3 else 1, norm=norm)

# ================================================================ every body word accounted for
d.check_all('人民政府', 2, 2)
d.check_all('市委', 5, 5)
d.check_all('省委', 5, 5)
d.check_all('省政府', 4, 4)
d.check_all('国务院', 4, 4)                                   # 审批, 办公厅, 督查激励, 党中央国务院
d.check_all('常委会', 2, 2)
d.check_all('工商联', 1, 1)
d.check_all('政府', 30, 6, [                                  # bare 政府 (v1.1), types, 政府投资/债务
    '中心城区183个[政府]投资项目', '新增国债、[政府]专项债', '严格防范化解[政府]债务风险', '市县两级[政府]债务',
    '提能力，[政府]自身建设得到加强', '严格依法履行[政府]职能', '省级法治[政府]建设示范市', '坚持[政府]带头过',
    '清廉[政府]建设有力推进', '突出；[政府]系统部分干部', '采取有为[政府]与有效市场', '落实[政府]和社会资本合作',
    '开工建设[政府]投资项目162个', '有序化解[政府]债务风险', '三、全面加强[政府]自身建设', '新任务对[政府]工作',
    '政治过硬[政府]。', '推动[政府]工作的强大力量', '勤政为民[政府]。', '法治诚信[政府]。', '推动[政府]工作始终',
    '清正廉洁[政府]。', '持续抓好[政府]系统党风廉政', '坚持[政府]过“紧日子”'])
d.check_all('人大', 7, 4, ['办理[人大]代表建议96件', '认真执行[人大]决议决定', '主动接受[人大]法律监督'])
d.check_all('政协', 5, 2, ['并请市[政协]委员', '建议96件、[政协]提案238件', '人大法律监督、[政协]民主监督'])
d.check_all('委', 14, 12, ['并请市政协[委]员', '接受国家部[委]验收'])          # people; 国家部委 (generic)
d.check_all('中央', 9, 0, ['争取[中央]预算内资金', '扎实开展[中央]、省级生态', '核心的党[中央]领航掌舵',
                         '二中全会和[中央]经济工作会议', '持之以恒抓好[中央]、生态环境部', '大学城[中央]公园',
                         '落实好党[中央]国务院', '严格执行[中央]八项规定', '核心的党[中央]周围'])   # no body head (v1.1)
d.check_all('部', 20, 4, [                                    # 工信部, 教育部, 生态环境部 ×2
    '面对外[部]压力', '压力和内[部]困难', '应对外[部]环境', '汽车零[部]件', '入围中[部]县域经济', '债务全[部]降至',
    '项目全[部]销号', '不高；外[部]环境', '不畅，[部]分企业', '政府系统[部]分干部', '分干[部]担当作为',
    '七次全会[部]署，坚持', '产业链头[部]企业', '接受国家[部]委验收', '新形势新[部]署', '国务院决策[部]署'])
d.check_all('局', 14, 0, ['开[局]之年', '率先布[局]第四代', '区域发展新格[局]，不断', '竞相发展格[局]',
                         '开展“[局]长走流程', '社会大[局]和谐', '市场布[局]，下大力气', '融入新格[局]，加快',
                         '区域发展格[局]。', '规划布[局]，强化', '社会治理格[局]。', '被动[局]面', '分级诊疗新格[局]',
                         '从全[局]的高度'])                  # 局长 (a post in a campaign name), 格局/布局
d.check_all('中心', 17, 0, [
    '完成160亿元。[中心]城区183', '1031家，[中心]城区10公里', '[中心]城区首位度', '数字城市大脑指挥[中心]等19个',
    '2860个。[中心]城区基本殡葬', '综合文化服务[中心]全面达标', '》《[中心]城区水环境', '加快推进[中心]城区18个',
    '切实凸显[中心]城区集中度', '产业交流[中心]等12个项目', '三年攻坚和[中心]城区水环境', '加快实施[中心]城区六大',
    '全面完善[中心]城区工业', '劳动保障维权[中心]', '1860户，实现[中心]城区社区', '精神卫生健康[中心]',
    '实现全市[中心]村'])                 # places, a project, facilities (calls 6)
d.check_all('站', 7, 0, ['宜常高铁设[站]松滋', '装配式净水[站]', '5G基[站]1874个', '12处泵[站]', '综合文化[站]、村',
                        '“零工驿[站]”', '建立“一[站]式”'])
d.check_all('所', 5, 0, ['幼儿园34[所]', '义务教育学校511[所]', '向[所]有关心', '民生短板[所]需', '公办幼儿园14[所]'])
d.check_all('院', 17, 5, [                                   # 国务院 ×4, 市水利规划设计院
    '长江大学文理学[院]新校园', '荆州理工职业学[院]新校区', '市第二社会福利[院]', '文理学[院]转设举办者',
    '市级公立医[院]优化', '市中医[院]特色大楼', '荆州理工职业学[院]等9个', '文理学[院]转设和荆州',
    '荆州理工职业学[院]搬迁', '三级公立医[院]全覆盖', '“名[院]、名科', '二级以上公立医[院]检验'])
d.check_all('团', 10, 0, ['纲要为总抓手，[团]结奋斗', '省港口集[团]', '七个组[团]”', '城发集[团]成功控股',
                         '产投集[团]新增5支', '市融媒体集[团]', '市委[团]结带领', '市城发集[团]主体',
                         '市产投集[团]主体', '紧密地[团]结'])            # companies, a media group, verbs, places
d.check_all('联', 24, 1, [                                   # 全国工商联
    '工业互[联]网平台2个', '“硬[联]通”', '铁水[联]运“长江班列”', '大宗商品铁水[联]运枢纽', '铁水[联]运量',
    '258个事项实现“一事[联]办”', '组建教[联]体144个', '市域产教[联]合体，设立', '4个职教[联]盟', '工业互[联]网平台1个',
    '宜常高铁[联]络线', '协同[联]动，落实', '“一事[联]办”主题事项', '多式[联]运集疏运', '实施多式[联]运',
    '把硬件[联]通', '协调[联]动的区域', '县域融合发展[联]盟', '实现教[联]体有效覆盖', '市域产教[联]合体和行业',
    '城市医[联]体', '“三医[联]动”', '“互[联]网＋明厨亮灶”'])
d.check_all('协', 14, 2, ['并请市政[协]委员', '城乡区域发展更加[协]调', '区域[协]同发展深入推进', '96件、政[协]提案',
                         '政策实施上的[协]同联动', '投资和消费有效[协]同', '机制[协]同放在首位', '形成[协]调联动',
                         '三省[协]同高质量', '重点产业[协]同集聚', '[协]同推进降碳', '法律监督、政[协]民主监督'])
d.check_all('厅', 2, 1, ['荆州新城城市展[厅]'])                # a building; 国务院办公厅
d.check_all('组', 8, 0, ['七个[组]团', '[组]建市融媒体集团', '[组]建教联体', '[组]建全省首批市域产教', '[组]建国企、民企',
                        '[组]织实施30项', '[组]织实施乡村建设', '基层调解[组]织'])   # verbs, places, 组织 head
for w, n in (('部门', 0), ('机构', 2), ('单位', 2), ('机关', 1), ('集团', 6), ('队', 2), ('室', 0), ('馆', 1),
             ('公司', 3), ('联盟', 2), ('社', 32), ('党委', 0), ('办公室', 0), ('委员会', 0), ('领导小组', 0),
             ('以下简称', 0), ('人民代表大会', 0), ('妇联', 0), ('工会', 0), ('共青团', 0), ('残联', 0)):
    hits = [m.start() for m in re.finditer(w, t)]
    assert len(hits) == n, (w, len(hits))
    for h in hits:                     # generic heads (研发机构, 金融机构, 机关事业单位), companies, teams (队伍)
        assert not any(e['label'] == ORG and e['start'] <= h < e['end'] for e in d.ents), (w, h)

# 会 / 办: every occurrence outside an ORG lies in a word that names no body (社会, 大会, 全会, 会议,
# 博览会/运动会/现场会 events and meetings, 党代会, 会员); 办 only inside 国务院办公厅 names a body
labelled = [(e['start'], e['end']) for e in d.ents if e['label'] == ORG]


def rest(ch, words, n):
    hits = [m.start() for m in re.finditer(ch, t)]
    assert len(hits) == n, (ch, len(hits))
    for h in hits:
        if any(s <= h < e for s, e in labelled):
            continue
        assert any(t[h - k:h - k + len(w)] == w for w in words for k in range(len(w)) if w[k] == ch), \
            (ch, t[h - 6:h + 6])


rest('会', ['大会', '社会', '会议', '博览会', '现场会', '运动会', '赛会', '会员', '全会', '党代会', '财会'], 39)
rest('办', ['举办', '通办', '办法', '举办者', '四减四办', '办成', '联办', '办实事', '经办', '办理', '办法', '办好', '公办',
           '民办', '办事情', '一件办'], 24)
assert sum(1 for e in d.ents if e['label'] == ORG and '办' in e['text']) == 1

# ================================================================ other families
# DEADLINE (2): 春节前 (call 3) and 今年 before the livelihood list (call 1). Every time word was read:
# 2023年 ×5 (heading; 刚刚过去的2023年; 2023年度 ×2 prize and survey names), 2024年 (heading); 今年 ×3
# (description; 总体要求; the list); 全年 ×5 (four past totals; 力争全年引进…: scope); 年度 ×5 (prize and
# survey names, 完成年度投资, 确保年度…优良率: adjectives); 三年 (三年新增, 三年行动, 三年攻坚, 三年翻番:
# past or durations in names); 连续两年 / 连续11年 / 连续7年 / 近三年来 / 提前两年 / 14个月 (past);
# “十五五”规划前期研究 and “十四五”规划目标 (plans' names); 5％以内 (a rate); 一年接着一年干; “能力提升年”.
assert re.findall(r'20\d\d年?', t) == ['2023年', '2023年', '2023年', '2023年', '2000', '2024年', '2000']   # 2000户, 2000万元
assert t.count('今年') == 3 and t.count('全年') == 5 and t.count('年度') == 5 and t.count('月') == 1
assert t.count('日') == 2 and t.count('前') == 11 and t.count('以内') == 1 and t.count('每') == 1
for w in ('年内', '年底', '年末', '底前', '月底', '日内', '日前', '期间', '之前', '以前', '季度', '到20', '每年', '年前'):
    assert w not in t, w
# PRINCIPLE: none. No 原则/方针/思路/按照/遵循/本着/根据; 要求 ×3 (总体要求是：… unquoted; 新的更高要求;
# 省委省政府工作要求 with no content); 坚持 ×18, none with a quoted formula followed by 原则/要求/方针/思路
# (坚持以“小切口”解决“大民生”, 坚持和发展新时代“枫桥经验”: v1.1 quoted mechanisms).
for w in ('原则', '方针', '思路', '按照', '遵循', '本着', '根据'):
    assert w not in t, w
assert t.count('要求') == 3 and t.count('坚持') == 18
# DOC_TITLE (4): every 《…》 was read; 《屈原》 is a stage work
titles = [m.group(1) for m in re.finditer('《(.*?)》', t)]
assert titles == ['新时代洞庭湖生态经济区规划', '屈原', '洪湖流域水质改善提升三年攻坚行动方案',
                  '中心城区水环境系统治理三年行动方案', '新时代洞庭湖生态经济区规划'], titles
# DOC_NO: none (no 〔 [ 【; 号 only in 销号 ×2)
assert '〔' not in t and '【' not in t and t.count('号') == 2 and t.count('销号') == 2
# STAFFING: none. No 编制 of posts (编制完成…行动方案), no 职数; the counts of people are employment
# (7.1万人, 5.2万人), people helped (4.07万人), retirees (10.5万), visitors (人次) and village doctors
# trained (781名: call 7)
assert t.count('编制') == 1 and '职数' not in t
people = re.findall(r'[0-9.]+万?(?:余|多)?(?:人|名)(?!次)', t)
assert people == ['7.1万人', '4.07万人', '781名', '5.2万人'], people
# ITEM_COUNT (21): every number + measure word was read (regex below); the labelled ones are listed
counts_re = (r'(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:余|多)?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|场|户|套|名|人|盏|张)')
assert len(re.findall(counts_re, t)) == 187, len(re.findall(counts_re, t))
ic_texts = sorted(e['text'] for e in d.ents if e['label'] == IC)
assert ic_texts == sorted(['18条', '14个', '9个', '638个', '1459个', '258个', '18条', '9条', '34所', '144个',
                           '511所', '4个', '26个', '3件', '197件', '300个以上', '90个以上', '十大', '14所',
                           '八大', '24个']), ic_texts

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 2, 'DOC_NO': 0, 'DOC_TITLE': 4, 'ITEM_COUNT': 21, 'ORG': 33,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
