"""Build report_la.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 烟台市 (山东), a UTF-8 .txt file of 17,932
characters (150 newlines, no final newline): 各位代表： → 一、2023年工作回顾 (a year paragraph, then seven
一年来，我们以…为… paragraphs of results (economy; green and low-carbon; industry and innovation; reform and
opening; city and villages; livelihood; the government's own work), the thanks, the problems) →
二、在绿色低碳高质量发展中奋力走在前 (2024年是…关键一年, 今年政府工作的总体要求是, 今年经济社会发展的主要预期
目标是, the 2035 target of the city's spatial plan, and five 我们要…推动“X”绿色低碳转型 paragraphs: city,
industry (“一区四城”), energy (“四大千万级”基地), life (“五大行动”)) → 三、2024年重点工作 (重点抓好十个方面工作,
ten numbered sections (一)–(十) of titled sub-paragraphs, and an unnumbered paragraph on national defence) →
四、全面提升政府治理现代化水平 (five titled paragraphs) → closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh19/make_report_la.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/烟台.txt'
OUT = 'corpora/gold-fresh19/report_la.jsonl'
# meta: no header, no session date and no signature; the text opens with 各位代表： and its parts are
# 一、2023年工作回顾 / 二、在绿色低碳高质量发展中奋力走在前 / 三、2024年重点工作 / 四、全面提升政府治理现代化水平,
# so the report is dated by its year (reports notes; report_jc, report_kc). Region: the city is 烟台 (市人民政府,
# 中共烟台市委, 全市, 烟台 throughout); the text names the province itself (对山东工作的重要指示要求, 山东绿色低碳
# 高质量发展先行区, 全省, 省委省政府); the Shandong reports of the labelled sets use the same form (reports notes
# 山东省日照市 / 山东省滨州市; report-u 山东省德州市; report_kc 山东省青岛市).
d = AnchoredDoc('fresh19-report-yantai-2024', SOURCE, {'region': '山东省烟台市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 17932 and t.count('\n') == 150 and not t.endswith('\n'), (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; ST = 'STAFFING'; DL = 'DEADLINE'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}
YEAR_DURING = {'date': '2024-12-31', 'precision': 'year', 'relation': 'during', 'recurring': False}
Y2035_BY = {'date': '2035-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[市人民政府]]向大会报告工作', None),
    # 向大会 (the session addressed), 市政协委员 (people, v1.1): not ORG
    # ================================================================ 2023 review: the year paragraph
    # 2023年 ×2 (the heading and the review's year), 党的二十大 (a congress, no body named), 三年新冠疫情 (past),
    # 锚定“走在前、开新局、作贡献” (verb 锚定, no 原则/要求/方针/思路: report_kc): not labelled.
    # the city's party committee with its full name (report_kc 中共青岛市委; report_ia 中共北京市委)
    (ORG, '在[[中共烟台市委]]的坚强领导下，扎实苦干', None),
    # the body inside its session, term number inside the span (report_ia 市十六届人大, report_fb 市十五届人大,
    # report-aj 市九届人大; regs-b adoption lines)
    (ORG, '较好完成[[市十八届人大]]二次会议确定的目标任务', None),
    # ================================================================ 一年来 (1): economy
    # 6.5% / 1万亿元 / 673.9亿元 (amounts and rates), 预计全年 (a past total), 10个百分点 (a rate).
    # the givers of an incentive (report_jc 25项工作获省政府督查激励; report_ib, report_ha); 26个事项获…督查激励
    # is a result, not a list set up by a measure (report_jc 25项工作; reports notes 22项改革走在全国前列)
    (ORG, '生态文明体制改革工作获[[国务院]]督查激励', None),
    (ORG, '26个事项获[[省委]]省政府督查激励', None),      # written without a mark: one ORG each (report_kc)
    (ORG, '26个事项获省委[[省政府]]督查激励', None),
    # 400个省市级重点项目 / 100个 (projects), 一期 / 二期 (phases), 裕龙岛炼化 / 万华 / 潍柴 / 上汽通用东岳
    # (companies and their plants), “千亿领航、百亿支撑、十亿带动” (a quoted slogan), 10.9万人 (employment: reports
    # notes): not labelled.
    # the year's livelihood list, completed (reports notes 省定20件、市定15件为民实事; report_kc 年度16件实事全面完成)
    (IC, '[[34项]]重点民生实事全部完成', ic(34, '项')),
    # ================================================================ 一年来 (2): green and low-carbon
    # 2023绿色低碳高质量发展大会 (an event; 2023 in its name), 第3位 (a rank), 二期 / 4号机组 (a phase, a reactor
    # unit; 号 is no document number), 三峡 / 华能 (companies), 1325万千瓦, 4个区市 (territories), 14家企业
    # (enterprises), 联合国气候变化迪拜大会 (a conference; 联合国 has no body head and is named as the owner of an
    # event: report-o, report_ec, report-be), 虚拟电厂 (a facility), 龙口开发区 / 招远开发区 / 烟台化工产业园 /
    # 莱山生态环保产业园 (zones: reports notes), 绿色工厂19家 (designations), 900兆瓦, 昆嵛山 / 南北长山岛群 /
    # 八角湾 (places), 国家首批和美海岛 (a designation): not labelled
    # ================================================================ 一年来 (3): enterprises, industry, innovation
    # 产业链链长制 / 服务企业专员制度 (systems), 市县两级财政 (finance; 两级: a level quantifier), 17万户 / 2598家 /
    # 上市公司5家 (enterprises), 集群3个 / 2个 (clusters: report_hc), 九大制造业 (industries: domains, v1.1),
    # 全国首个海上经济开发区 / 全省首个海洋高新区 (zones: reports notes), “耕海1号” / “烟台一号” / “引力一号” (names;
# 号 is no document number), 全国首艘数字孪生智能科研船 (a ship), 国家级海洋牧场20处 (sites), 蓝色药谷
    # 生命岛 (a park), 绿叶制药 / 东方航天港 / 万华化学 / 杰瑞油装 / 睿创微纳 / 中集来福士 (companies), 9次 / 48颗
    # (launches, satellites), 省长质量奖 (a prize; 省长 a person), 274家 (enterprises); 组建上市公司创新联盟: an
    # alliance of companies, not a body (report-h 产业联盟, report-n 创新联盟, report-bc), 4.9亿吨 / 463万标箱,
    # “2023山东夏日消费季” (a campaign's name), 第4位 (a rank), 1家国家级工业设计中心 (a designation), 金沙滩 /
    # 朝阳街 / 八仙过海旅游区 (places), 会展100多场 (events), 2400家左右 (enterprises), 31项成果 / 十大科技创新成果 /
    # 30多项 technologies / 3个一类新药成果 (results: reports notes), 先进药物递释系统全国重点实验室 / 省实验室 ×2
    # (labs), 万华全球研发中心 (a company's centre), 北京化工大学烟台研究院 (a research institute: reports notes),
    # 山东建筑大学产学研基地 (a university's base), 工业互联网平台4个 / 智能工厂和数字化车间14个 (platforms,
    # designations), 第二届 (an ordinal), 1.2万人 / 2人 (talent, honourees: reports notes): not labelled
    # ================================================================ 一年来 (4): reform and opening
    # 市县机构改革 (机构: generic, v1.1), 市属企业 / 市管企业 (companies), “涉企联合检查平台” (a platform), “七连冠”
    # (a title), 招商活动40场 (events), 项目120个 (projects), 驻华使节 (people); 发起成立国际海洋碳汇产业组织: head
    # 组织 (v1.1 generic head; report_kc 上合组织, 世界知识产权组织); 落户中挪国际合作中心: a cooperation platform
    # (report-aw 广州国际交流合作中心, report_jb 东盟传统医学合作中心: not ORG); 国际友城3座 (cities), 4600亿元,
    # 保税混铜仓库 (a facility), 海空航线21条 (routes), 中欧班列, 自贸区 / 综合保税区 (zones): not labelled
    # ================================================================ 一年来 (5): city and villages
    # “三城联创” (quoted), 国土空间总体规划获批 (no 《》), 25个重点片区 (places), 海上世界 / 芝罘仙境 … (places),
    # 60条 / 13条 roads, 1300多公里, 老旧小区改造362个 (places), 3800万平方米, 充电桩1万个, 围挡504处, 146万平方米,
    # 示范小区460个 (designations), 城市综合管理服务平台 / 镇街综合数据平台 (platforms), 烟台机场二期 / 莱荣高铁 /
    # 西港区…码头二期 (facilities, phases), 国道206莱州收费站提前九年撤站 (a facility; a past event), 1300亿元,
    # 180万吨, 8.5万亩, 2135公里, 4900多处农村路口, 11万农户, 605个村庄 (villages), 老岚水库, 蓬莱 / 莱阳 / 福山
    # (places), 示范村248个 (designations): not labelled
    # ================================================================ 一年来 (6): livelihood
    # 坚持人民至上、生命至上 (unquoted, no 原则).
    # CDCs put into use: 疾控中心 are public-health agencies (report-v, report_ja), here quantified and with no
    # level or place, so not ORG (reports-a: quantified centres, and buildings put into use, are not ORG); the
    # count is a count of institutions a measure sets up (reports notes: medical institutions a measure sets up or
    # acts on; shandong-part1: counts of bodies) (README call 3)
    (IC, '投用疾控中心[[4个]]，提标改造', ic(4, '个')),
    # medical institutions and village clinics a measure acts on or builds (reports notes; devset 1个卫生室;
    # report-c 村卫生室（站）12家, report-g 中心村卫生室50处, report-ao 1279个村卫生室); 基层医疗卫生机构 and
    # 卫生室 themselves are generic / facilities (v1.1), not ORG (README call 3)
    (IC, '提标改造[[30个]]基层医疗卫生机构', ic(30, '个')),
    (IC, '建成[[350个]]示范村卫生室', ic(350, '个')),
    # 城乡公益性岗位3.7万个 (public-welfare jobs for people in need, not posts of a body: reports notes, report_kc),
    # 5%, 7.4%, 5个百分点, 14.5亿元, 21万人 (beneficiaries), 托位5850个 / 床位3150张 (places and beds: seventh
    # session, amounts), 3700套 / 1.2万户 (housing, households), 330多个小区 (places, a result), 8.4万户: not labelled.
    # schools built (reports notes; report_kc 新建改扩建中小学和幼儿园80所 in its review)
    (IC, '新改扩建中小学[[33所]]，学前教育普惠率', ic(33, '所')),
    # 烟台大学八角湾校区 (a university's campus), 连续两年 (past), 品牌节会100多场 / 1万多场 / 3000多场 (events),
    # 杭州亚运会 (an event): not labelled
    # ================================================================ 一年来 (7): the government's own work
    # 主题教育 (a campaign), 政府自身建设 (bare 政府).
    # measures drawn up from the theme education's research (reports notes: counts of measures, 100项便民利企
    # 措施; report_ia 170余项新的试点举措 → min, max null; shandong-part1 80多项 → value N, min N) (README call 4);
    # 解决各类问题4.8万多个 (problems solved: results) is not counted
    (IC, '制定调研成果转化措施[[1100多项]]', ic(1100, '项', min=1100, max=None)),
    # “冲刺过万亿、机关当先锋” (a quoted campaign; 机关 generic), 各级各部门 (各; 部门 generic): not labelled.
    # service scenarios and service items of the one-stop reform (reports notes “一件事一次办”场景119个, “免证办”事项
    # 5721个, 561件高频事项下沉乡村; report_kc 263个服务场景, 35个“免证办”); 127个重点项目“四证齐发” (projects) is not
    (IC, '“一件事一次办”服务场景[[110个]]', ic(110, '个')),
    (IC, '“四证齐发”、[[1200多个]]政务服务事项', ic(1200, '个', min=1200, max=None)),
    (IC, '“一窗受理”、[[5900多个]]事项免证办理', ic(5900, '个', min=5900, max=None)),
    # 自觉接受人大及其常委会监督、政协民主监督: bare 人大 and 政协 (v1.2; reports notes) and the 常委会 of that generic
    # 人大 (report-u, report-ac, report_eb, report_fb, report_kd). 向人大常委会报告专项工作16项: a bare 人大常委会 with no
    # level (report_ha: not ORG; the text names 市人大 only later, in the thanks), and the reports given are the
    # government's dealings, like handled proposals (report_jd 向州人大常委会报告工作24项 not counted) (README call 6).
    # regulations whose making the government assisted (reports notes 推动制定6部地方性法规和政府规章; report-u
    # 审议地方性法规2部; report_kc 5件)
    (IC, '协助制定地方性法规[[2部]]', ic(2, '部')),
    # “有事多商量” (a platform), 议政直达车机制, 市人大代表建议145件、政协提案459件 (deputies: people; handled
    # proposals: reports notes), 政府职能 (bare 政府), 第五次全国经济普查 (an ordinal), 清廉烟台, 国防动员, 退役
    # 军人、人防、海防 (fields): not labelled.
    # the city's Red Cross society as the subject of a result (report_gc 市红十字会; report-h, report-ac, report-ap
    # 红十字会 as a mass organisation)
    (ORG, '工作稳步推进。[[市红十字会]]在全国地级市', None),
    # 对口支援、东西协作、民族宗教、妇女儿童、气象地震、史志档案、机关事务、新闻出版、广播电视、文学艺术、社会科学、
    # 残疾人、侨务、仲裁、打私: fields of work with no body head (report_kc, report_jc; 机关事务: 机关 generic)
    # ================================================================ thanks
    # 党中央 (no body head, v1.1). 省委省政府和市委 written without a mark gives one ORG each (report_kc, report_jc)
    (ORG, '科学指引，是[[省委]]省政府和市委正确领导的结果', None),
    (ORG, '科学指引，是省委[[省政府]]和市委正确领导的结果', None),
    (ORG, '科学指引，是省委省政府和[[市委]]正确领导的结果', None),
    (ORG, '的结果，是[[市人大]]、市政协和社会各界监督支持', None),   # subjects of 监督支持 (reports notes)
    (ORG, '的结果，是市人大、[[市政协]]和社会各界监督支持', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市人民', None),
    # 人大代表、政协委员 (people), 各民主党派 (各), 中央、省属驻烟机构 (机构: generic; 中央: no body head), 驻烟部队 /
    # 武警官兵 (armed forces): not ORG; 工商联 in the thanks list (reports notes; report_kc, report_jc)
    (ORG, '向各民主党派、[[工商联]]、无党派人士', None),
    # the problems: 部分公职人员 (people): not ORG
    # ================================================================ 二、the year, requirements, targets
    # 二、在绿色低碳高质量发展中奋力走在前 (a heading), 2024年是…成立75周年, …关键一年 (a description), “十四五”规划
    # 目标 (a plan named: reports-d, 完成“十四五”规划目标 not labelled).
    # the bodies inside their plenum and meeting (reports notes: 省委、市委经济工作会议 → 省委, 市委; report-bc: the
    # term number after 市委 stays out, 市委十一届 → 市委); 按照…部署 has no content (no PRINCIPLE)
    (ORG, '关键一年。按照[[市委]]十四届五次全体会议', None),
    (ORG, '全体会议暨[[市委]]经济工作会议部署', None),
    # 今年政府工作的总体要求是 (an unquoted outline, reports notes; 今年 heads no target: report_jc), 中央经济工作会议
    # (中央: no body head), 坚持稳中求进工作总基调 (基调: not in the frame list; unquoted), 新发展理念 (理念).
    # a year target: 2035年 heads the target the city anchors to (v1.2 Year targets: a year that heads a target;
    # reports-d 锚定“十四五”迈入万亿级城市的目标 labelled) (README call 5)
    (DL, '锚定[[2035年]]跃升成为环渤海地区中心城市的目标', Y2035_BY),
    # v1.2 Year targets: 今年 heads the list of targets (report_jc, report_kb, report_ka, report_kd)
    (DL, '[[今年]]经济社会发展的主要预期目标是', YEAR_BY),
    # 完成省下达的…指标 (省 alone names no body): not ORG.
    # the body that approves the plan (report_jc 《…规划》获省政府正式批复)
    (ORG, '各位代表！[[省政府]]批复的《烟台市国土空间总体规划》', None),
    (DT, '省政府批复的《[[烟台市国土空间总体规划]]》提出', None),     # a plan (report_kc, report_jc)
    # the plan's own target year: a year heading a target inside a plan (v1.2; reports-d 到2035年 in a plan)
    # (README call 5)
    (DL, '》提出，[[2035年]]烟台跃升成为环渤海地区中心城市', Y2035_BY),
    # 党中央 (no body head); the givers of a mission and of a position (党中央、国务院赋予山东; 省委省政府赋予烟台)
    (ORG, '先行区是党中央、[[国务院]]赋予山东', None),
    (ORG, '示范城市是[[省委]]省政府赋予烟台', None),
    (ORG, '示范城市是省委[[省政府]]赋予烟台', None),
    # 我们要…推动“城市”/“产业”/“能源”/“生活”绿色低碳转型 (quoted field names), 绿色低碳理念 (理念), “仙境海岸·
    # 品重烟台” (a brand), “一区四城” (quoted), 596平方公里, 丁字湾国际绿色低碳开放合作区 / 国家零碳产业示范区 (zones),
    # 裕龙石化产业园、烟台化工产业园、万华新材料低碳产业园三大千亿级园区 (parks; N大 before parks: not actions or
    # tasks, seventh session), 19平方公里, 全球海工装备制造中心 (a hub), 超7000亿元, “四大千万级”清洁能源基地 (a
    # quoted count: reports notes, counts inside fixed names; report_kc “29条”), 中国北方清洁能源中心 (a hub), 核电
    # 基地 / 海阳核电二期 / 招远核电一期 (bases, phases), 1235万千瓦, 1650万吨: not labelled.
    # 着力实施“五大行动”: the count stands inside the quotes (report_id “十件民生实事”, report_ga “十大行动”, report-aq
    # “五大行动”: not counted); 零碳供暖行动 … 绿色低碳全民行动 (the actions named), “光盘行动”: not labelled
    # ================================================================ 三、2024年重点工作
    # 三、2024年重点工作 (a heading), 坚持稳中求进、以进促稳、先立后破 (unquoted, no 原则), 十个方面 (aspects)
    # ---------------------------------------------------------------- (一) industry
    # 实施六大千亿级产业提升行动: 六大 counts the six 千亿级 industries listed after it (绿色石化 … 食品精深加工),
    # industries being domains (v1.1 六大领域; report_jc 五大产业), not the actions a measure sets up (README call 7);
    # 六个化工园区 (zones), 一期 / 二期 (phases), 莱州银海化工园区 (a zone), 4座矿山 (mines), “金色云” (a platform),
    # 20万吨, 恒邦冶炼 / 上汽通用东岳 / 奥特能 / 潍柴 / 艾睿光电 / 金宝 / 金正环保 / 恒辉节能 / 金鹏 / 奥朗机械 /
    # 中孚制冷 / 春雪 (companies), 光电传感产业园 / 莱阳食品工业园 (parks), “新三样”, “中国食品名城”: not labelled
    # 蓝色药谷生命岛, 国药医药 / 石药百克 / 荣昌生物 (companies), 东方航天港 (a company's launch port), 细胞工程公共
    # 服务平台 (a platform), 东方慧眼…星座 (a constellation), 华能 / 中广核 / 力华储能 (companies), 三大LNG项目
    # (projects), 1400万千瓦, 六大未来产业 (industries: domains), 未来产业加速园 / 先导区 (zones): not labelled
    # 城市智算中心 / 卫星数据应用中心 (computing and data centres: seventh session), 移动5G / 中金 / 华为 / 东方电子 /
    # 橙色云 (companies); 成立数字经济产业联盟: an industry alliance (report-h, report-bc), 2个省级数字经济园区
    # (zones), 数字经济总部集聚区 (a zone), “智改数转” / “百企千线” (quoted), 10个工业互联网平台 / 10家智能工厂 /
    # 150家晨星工厂 (platforms, designations), 数据资源“一本账” (quoted), 创新应用场景5个以上 (application scenes:
    # report_kc, report_fc, report-be): not labelled
    # 坚持把产业链建在园区上 (unquoted, no 原则), 黄渤海新区 / 烟台高新区 / 招远开发区 as subjects of 要做强 /
    # 要培育 / 要深入实施 (development zones: reports notes, not ORG), 每个园区 (每), 1-2个主导产业 (industries),
    # 2900亿元, 15个特色产业园 (parks), 700亿元, 松山产业园: not labelled
    # 省级现代服务业集聚区 (a zone), 驻烟金融机构 / 金融机构 (generic), 烟台银行 (a commercial bank: v1.1, an economic
    # entity; report_ea 四川银行巴中分行), 国家级绿色金融改革试验区 (a zone), 市级科创母基金 (a fund), 科技服务
    # 产业园, 一批专业孵化器 (vague), 黄渤海国际陆港 / 胶东智慧物流港 / 胶东综合物流产业园 (hubs and parks), 中心
    # 城区 (a place), 港口型国家物流枢纽 / 国家骨干冷链物流基地 (hubs); 组建会展业发展联盟 (an alliance), 2025绿色
    # 低碳高质量发展大会 / 石油化工大会 / 世界工业设计大会 (events), 重点会展20场 (events), 海上客运服务中心 / 烟台
    # 港广场供应链综合服务中心 / 国际航运大厦 (facilities), 港航数字服务平台 (a platform), 工业设计小镇文创产业园 /
    # 智能制造产业园 / 人力资源服务产业园 (parks), 世界设计之都 (a title), 律师、会计师事务所等机构 (机构:
    # generic; firms): not labelled
    # ---------------------------------------------------------------- (二) demand
    # 全国统一大市场, 坚持把项目建设作为主抓手，要素跟着项目走 (v1.1's own example: unquoted, no 原则), 重大项目
    # 擂台赛, 148个 / 299个 / 100个 (projects), 8191亿元 / 9329亿元 / 1500亿元 / 870亿元 / 210亿元, 政府和社会资本
    # 合作 (bare 政府), “衣食住行文体康美”八大领域 (domains), 190场以上 (events), 10个以上高品质住宅项目 (projects),
    # “四好”, 3家以上 (hotels), 20个“一刻钟便民生活圈” (service circles: report_kc 50个 not counted): not labelled
    # “两个毫不动摇” (quoted, verb 落实), 南山集团 / 道恩集团 / 杰瑞集团 / 鲁花集团 / 玲珑轮胎 (companies), 国家级新能源
    # 汽车服务中心 (a company's service centre), 117万户 / 5家 / 1万家 (enterprises), 上市公司创新联盟 (an alliance,
    # as in the review), 驻外联络机构 (机构: generic), 中国质量奖 (a prize), 服务企业专员制度: not labelled
    # ---------------------------------------------------------------- (三) education, innovation, talent
    # 北京大学 / 清华大学 / 山东大学 / 烟台大学 (universities), 中国农业大学烟台研究院 (a research institute),
    # 驻烟高校 (generic), 卫生健康职业学院 (a college: guidelines v1.2, colleges are facilities), 职业院校
    # (generic), 产教融合共同体25个 (alliances of schools and companies: report-be 产教融合共同体3个 not counted):
    # not labelled.
    # schools and kindergartens built (reports notes; report_kc 70所 / 50所; report_ib)
    (IC, '新改扩建中小学[[11所]]、公办幼儿园13所', ic(11, '所')),
    (IC, '新改扩建中小学11所、公办幼儿园[[13所]]', ic(13, '所')),
    # 省一类以上 (a grade), 65% (a rate), 每个孩子 (people): not labelled.
    # 环磁山国际科研走廊 / 八角湾新城 (zones), 2个省实验室 (labs), 北大万华联合研究中心 (a research centre), 国家微纳
    # 制造创新中心 (an innovation platform to be won: report_kc), 科创平台20家 (platforms), 20项以上重大科技创新工程
    # (research programmes: report_kc 十项重大科学课题研究 / 百项关键技术攻关示范项目, report_ib, report_hc) (README
    # call 8), 科技奖励10项以上 (awards), 2800家 / 165家 (enterprises), 协同创新联合体 (an alliance), 科技成果转化
    # 服务平台 / 博士后成果转化基地 (a platform, a base), 9个省级以上标准化试点示范项目 (projects, designations),
    # 国家知识产权强市建设示范城市 (a title): not labelled.
    # 新一轮“双百计划” (a round; quoted), 100名领军人才 / 200名拔尖人才 / 1000人以上 / 1万人以上 / 400名博士 /
    # 5000名硕士 / 6万名大学生 (talent attracted and trained: reports notes, not STAFFING), 全年争取引进 (全年: the
    # scope of an annual total, report_hc, report-av, report_jc), 产业工人队伍 (队伍), “百千万” (quoted), 人才公寓
    # 2000套以上 (housing): not labelled.
    # industry colleges set up jointly by schools and companies, counted like schools set up (report-be 设立高水平
    # 产业学院5个) (README call 9)
    (IC, '推动校企共建[[18个]]现代产业学院', ic(18, '个')),
    # ---------------------------------------------------------------- (四) ecology
    # 国家碳达峰试点城市 (a pilot), 中央、省环保督察 (中央: no body head; 省 alone), 国一 (a standard), 93个…水利工程
    # (projects), 老岚水库, “十百千”治河行动 (quoted), 11条 / 100条 rivers, 2350公里, 中心城区, 套子湾污水处理厂
    # 三期 (a plant, a phase: facilities), 140万吨, 国家重点生态功能区 / 全国一流自然保护区 / 国家公园 / 国际零碳岛
    # (designations), 绿色工厂13家 / 绿色工业园区2个 (designations), 丁字湾…合作区 (a zone), 150万平方米 / 850万
    # 平方米, 充电桩1万个: not labelled
    # ---------------------------------------------------------------- (五) reform and opening
    # 坚持在深化改革中增强发展活力… (unquoted, no 原则), 市县机构改革 (机构: generic), 国企改革 / 市属企业
    # (companies), 政府引导基金 (bare 政府), 区域性基金管理中心 (a financial hub, not a body), 地方金融机构和金融组织
    # (generic heads); 深化疾控中心改革: the CDCs as a class, no level or place (fresh17: bare 海关 and 本市海关 stay
    # classes) (README call 3): not labelled.
    # 坚持“引进来”“走出去” (quoted, no 原则/要求/方针/思路 after it: v1.1), “一带一路”, 国际友城 (cities), 国际组织
    # (组织: generic), 对接北欧合作示范城市 (a title), 10场以上境外招商 (events), 100家知名商会协会 (trade associations
    # are not bodies: seventh session; so not counted as institutions), 1000家500强企业 (enterprises), 80个以上
    # (projects), 国家绿色贸易发展示范试点 (a pilot), 关地协同机制, 综合保税区 (a zone), 整车进口口岸 (a port),
    # 全球矿产品保税混配中心 / 全国对日韩消费品集散中心 / 农产品水产品国际交易中心 (hubs and trading centres:
    # seventh session); 支持海关建设…重点实验室: bare 海关 with no place (report_gc, report_ib; fresh17) (README call
    # 2); 海空航线15条 (routes), RCEP: not labelled.
    # 世界银行 (an international bank: report_ia, report_kb), 省级营商环境创新示范区 (a zone).
    # the measures the business-environment action puts out (reports notes 100项便民利企措施; report_eb 百余项 →
    # value 100; report_ia 170余项新的试点举措) (README call 4)
    (IC, '推出[[百项]]创新举措', ic(100, '项')),
    # 自贸区 / 海南自贸港 (zones), 黄河自贸联盟 (an alliance of free-trade zones), 制度创新成果35个以上 (an outcome
    # target, not a list set up: report_kc 30项以上先行先试制度创新成果), “高效办成一件事” / “一张清单管到底” /
    # “一拍共享、一照通用” / “减证办” / “免证办” / “政企通” (quoted names), 50%以上 (a rate), “涉企联合检查平台”:
    # not labelled.
    # 年内 in a work plan is DEADLINE (project decisions; report_ja, report_id, report-g)
    (DL, '一照通用”，[[年内]]50%以上政务服务事项', YEAR_DURING),
    # ---------------------------------------------------------------- (六) the sea
    # 坚持陆海岛贯通、港产城融合 (unquoted, no 原则), 13个港口建设项目 (projects), 蓬莱东港区 / 蓬长航线 / 莱州港 /
    # 龙口港 / 西港区 / 裕龙岛 (ports, places), 小清河, 中非货物贸易中心 (a trading hub), 物流集散基地 (a base), 5亿吨
    # / 480万标箱, 2800亿元, “百箱计划” (quoted), 6座网箱 / 6处基地 (facilities), 长岛“蓝色粮仓”海洋经济开发区 /
    # 龙口海洋高新区 / 蓬莱海洋高新区 (zones), 中国海上风电国际母港 (a port), 中集 / 东方电缆 / 东方电气 / 京鲁船业
    # (companies and their bases), “透明海洋” (quoted); 发挥海洋经济研究院、渔业产业协同创新研究院作用 and 建设亚欧
    # 现代海洋产业技术及装备研究院: research institutes, not ORG even where said to act (reports notes; report_jc
    # 省产业技术研究院; report_kc) (README call 2); 国家级风电叶片检测实验中心 / 海上浮式光伏试验检验中心 (testing
    # facilities), 海洋经济创新示范城市 (a title): not labelled.
    # 86公顷, 省级美丽海湾 (a designation), 争设北方海洋环境应急处置中心: an emergency-response centre with its
    # equipment, sought as a national facility (report_kc 国家级知识产权保护中心 a designation being built; report_hd
    # 国家西南区域应急救援中心 a building) (README call 2), “三无”船舶 (quoted): not labelled
    # ---------------------------------------------------------------- (七) the city
    # 人民城市理念 (理念), 国土空间总体规划 (no 《》), 编制完成分区规划 (drafting, no post), “三城联创” (quoted),
    # 339个城建重点项目 / 67个城市更新项目 / 40个 projects (projects), 朝阳、所城 (places), 崆峒胜境酒店 / 烟台啤酒厂
    # (companies), 7大片区 / 284个老旧小区 / 10个城中村 (places), 3400万平方米, 国家新城建产业与应用示范基地 (a
    # designation), “三大工程” (quoted), 2000套 (housing), 4类应急性工程 (categories of projects: report_jc 十大类182个
    # 中心城市重点项目 not counted), 夹河·幸福新城 / 海上世界 (zones), 双碳科普馆 / 万华城市公园 (facilities),
    # 国电投核能总部 (a company's headquarters), 芝罘湾海洋金融创新区 (a zone), 滨海中央商务区 / 大南山中央山体公园
    # (names; 中央 in a name), 20公里: not labelled
    # 40个重点交通项目 (projects), 309亿元, 烟台机场二期 / 潍烟高铁 / 烟台南站 / 动车所 (a rail depot) / 青荣城际铁路
    # / 栖莱高速公路 / 荣乌高速 (facilities and roads), 8条 / 10条 / 16条 / 190条 (roads, bus lines), 智慧交通二期 (a
    # phase), 95%以上: not labelled
    # 城市管理综合提升年活动 (a campaign year, no limit), 滨海中路示范工程, 全生命周期 (no limit), 5000个停车位
    # (places), 八大领域集中攻坚行动 (domains: v1.1 六大领域), 学校周边 (a place), 10处…综合服务驿站 (service points:
    # facilities, report_hd 驿站142个): not labelled
    # ---------------------------------------------------------------- (八) villages
    # “千万工程”经验 (quoted, verb 学习运用), 乡村振兴齐鲁样板示范市 (a title), 8万亩 / 450万亩, “土特产”, 烟台苹果
    # … (brands), “烟台农品”, 10个以上品种 (products), 6个基地 / 20个数字农场 (bases, farms), 国家农业现代化示范区 /
    # 乡村振兴齐鲁样板省级示范区 (designations), 42个…示范村 (villages, designations), 2150公里 / 4000户 / 550户,
    # 80%以上 / 50%以上, 一批…实事 (vague), “千村共富” / “头雁领航” (quoted), 国企 (companies), 中国农业大学科技小院
    # (a university's station), 3500人以上 (farmers trained: beneficiaries), 村党组织 ×2 (v1.1: 党组织 at any level is
    # not ORG), “提标育强”年行动 (a campaign, no limit), 超过40% (a rate), 新时代文明实践中心 (a class of facilities:
    # report-aj, report_ec, report_fa): not labelled
    # ---------------------------------------------------------------- (九) culture
    # 习近平文化思想, 坚持守正创新 (unquoted, no 原则), 第四次文物普查 (an ordinal), 长岛北庄考古遗址公园 / 莱阳白垩
    # 盛世数字文旅城 (facilities).
    # 中国海关红色教育基地: the base is a facility, but 中国海关 (China Customs, a state organ with its place) is a
    # body named inside a longer non-ORG phrase and is labelled on its own (v1.1 区人民政府工作部门; report_kc
    # 国家气象局青岛海洋研究院 → 国家气象局; fresh17: customs houses with their place are bodies) (README call 1)
    (ORG, '考古遗址公园、[[中国海关]]红色教育基地', None),
    # “两创”, 国际传播中心 (a media centre: media outlets are not ORG, v1; reports-a), 20个重点文旅项目 (projects),
    # 国际葡萄酒节 / 养马岛音乐节 (events), 烟台山 / 太平湾 / 养马岛 … (places), 水上运动中心 (a sports facility),
    # 丘山谷 (a place), 省级旅游度假区 (a designation), 10万场次 / 3000场次 (events), 第七届全国文明城市 (an ordinal;
    # a title), 科技馆 / 文化场馆 (facilities), 全民阅读季 (a campaign), 烟台马拉松 (an event): not labelled
    # ---------------------------------------------------------------- (十) livelihood
    # 坚持尽力而为、量力而行 (unquoted, no 原则), 办好民生实事 (no number), 10万人以上 (employment), 城乡公益性岗位1万个
    # 以上 (public-welfare jobs: reports notes), 10亿元, 2万失业人员 (beneficiaries), 5个百分点, 年度最高支付限额
    # (an annual cap, no due point), 2300元 / 5000元 / 6000元, “一老一小” (quoted), 托位5000个 (places), 市老年福利
    # 服务中心三期 (a care facility's phase: report-av, report_fb care centres), 45个回迁安置项目 (projects),
    # 5000套以上 (housing), 2000名以上残疾儿童 / 1500名以上残疾人 (beneficiaries, not STAFFING): not labelled
    # 市公共卫生综合实验基地 / 临床中心 (facilities: reports-a 临床中心), 市妇幼保健院 / 市中医医院 / 奇山医院 / 烟台
    # 口腔医院 / 精神卫生中心 (hospitals: reports notes), 乡镇卫生院 (health facilities: guidelines), 60%以上: not
    # labelled.
    # the city operations centre said to act (发挥…作用): a staffed centre that runs the city's unified management,
    # like reports-a's 城市运行指挥调度中心 (做实), report-aq's 智慧晋城调度指挥中心 (用好) and report-ax's command
    # centres (发挥…作用), report_ic 市城市运行管理中心; report_fb and report-av left such centres out where they are
    # built or called platforms (README call 1)
    (ORG, '增强社会治理能力。发挥[[城市运行中心]]作用', None),
    # “一网统管” / “镇街工作法” (quoted), 镇街综合数据平台 (a platform), “八五”普法 (a plan period named), 大信访维稳
    # 体系, 总体国家安全观, 安全生产治本攻坚行动, “你点我检” (quoted): not labelled
    # ---------------------------------------------------------------- national defence
    # 建军一百年奋斗目标 (a centenary with no date given), 国防和军队 / 民兵预备役 (armed forces and a group of people,
    # v1.1), 兵役征集 / 海防 (fields).
    # model veterans' service stations a measure builds: 退役军人服务站 is a body in the guidelines (ORG yes-list), so
    # a count of them is a count of bodies set up (shandong-part1; report_id 乡镇消防救援站45个, report_hd / report_id
    # 示范性托育机构 counted); quantified, the stations name no one body (report_jd 6个纪律检查组) (README call 3)
    (IC, '海防等工作，打造[[115个]]示范型退役军人服务站', ic(115, '个')),
    # 全国双拥模范城 (a title): not labelled
    # ================================================================ 四、the government's own work (plan)
    # 全市政府系统 (bare 政府), “三个务必” / “两个确立” / “四个意识” / “四个自信” / “两个维护” (quoted names), 党中央 (no
    # body head), 法治政府 ×2 (a type), 依法接受人大法律监督、工作监督，自觉接受政协民主监督 (bare 人大 / 政协: v1.2,
    # reports notes), 人大代表建议和政协提案 (proposals), 第五次全国经济普查 (an ordinal), 府院联动 (courts with no
    # name: report_kc, report_jb), 上级部署要求 (no content), 政府工作清单 (bare 政府; a list with no 《》), 12345政务
    # 服务热线 (a hotline: reports notes), “总客服”, 坚持全面从严治党 (unquoted), 中央八项规定 (中央: no body head;
    # 八项规定: a fixed name), 各级政府 (v1.1 vague), 节约型政府 / 政府工作人员 (bare 政府; people), “清廉烟台”
    # (quoted): not labelled
    # ================================================================ closing
    # 万亿级城市新起点 (a setting), 党中央 (no body head, v1.1); the city's party committee with its full name
    (ORG, '在[[中共烟台市委]]的坚强领导下，继往开来', None),
]

for a in ANCHORS:
    label, anchor, norm = a[:3]
    d.ctx(label, anchor, n=a[3] if len(a) > 3 else 1, norm=norm)

# ================================================================ every body word accounted for
d.check_all('人民政府', 2, 2)
d.check_all('省委', 3, 3)
d.check_all('省政府', 4, 4)
d.check_all('市委', 5, 5)                          # 市委 ×3, 中共烟台市委 ×2
d.check_all('国务院', 2, 2)
d.check_all('工商联', 1, 1)
d.check_all('红十字会', 1, 1)
d.check_all('常委会', 2, 0, [                      # the 常委会 of a bare 人大 (report-u, report_fb, report_kd);
    '自觉接受人大及其[常委会]监督',                # a bare 人大常委会 with no level (report_ha) (call 6)
    '向人大[常委会]报告专项工作'])
d.check_all('政府', 19, 6, [                       # 市人民政府 ×2, 省政府 ×4; bare 政府 (v1.1), types of government
    '为契机转变作风，[政府]自身建设', '依法履行[政府]职能', '今年[政府]工作的总体要求', '实施[政府]和社会资本合作',
    '优化[政府]引导基金', '四、全面提升[政府]治理现代化水平', '全市[政府]系统要牢记', '建设法治[政府]。依法接受',
    '创建全国法治[政府]建设示范市', '建立[政府]工作清单', '各级[政府]要习惯', '建设节约型[政府]。',
    '节约型政府。[政府]工作人员'])
d.check_all('人大', 8, 2, [                        # 市十八届人大, 市人大
    '自觉接受[人大]及其常委会监督',                          # bare 人大 (v1.2; reports notes)
    '民主监督，向[人大]常委会报告',                          # bare 人大常委会 (report_ha) (call 6)
    '高质高效办结市[人大]代表建议',                          # deputies (v1.1: a body modifying people)
    '向全市人民，向[人大]代表、政协委员',                    # people
    '依法接受[人大]法律监督',                                # bare
    '认真办理[人大]代表建议和政协提案'])                     # deputies, proposals
d.check_all('政协', 7, 1, [                        # 市政协
    '并请市[政协]委员',                                        # people (v1.1)
    '及其常委会监督、[政协]民主监督',                          # bare (v1.2)
    '代表建议145件、[政协]提案459件',                        # bare 政协 after a prefix not repeated
    '向人大代表、[政协]委员、离退休',                          # people
    '自觉接受[政协]民主监督，认真办理',                        # bare
    '代表建议和[政协]提案，畅通'])                             # proposals
d.check_all('委', 13, 8, [                         # 市委 ×3, 中共烟台市委 ×2, 省委 ×3
    '并请市政协[委]员', '人大及其常[委]会监督', '向人大常[委]会报告', '人大代表、政协[委]员、离退休',
    '境外招商，[委]托100家'])
d.check_all('中央', 10, 0, [                       # no body head (v1.1); names of a business district and a park
    '核心的党[中央]坚强领导', '向[中央]、省属驻烟机构', '二十大和[中央]经济工作会议', '先行区是党[中央]、国务院',
    '抓好[中央]、省环保督察', '打造滨海[中央]商务区', '大南山[中央]山体公园', '核心的党[中央]保持高度一致',
    '严格执行[中央]八项规定', '核心的党[中央]周围'])
d.check_all('海关', 2, 1, ['支持[海关]建设放射性检测'])   # bare 海关: a class (call 2); 中国海关 labelled (call 1)
d.check_all('中心', 36, 1, [                       # 城市运行中心 only (call 1)
    '国家级工业设计[中心]。',                                  # a designation
    '万华全球研发[中心]二期',                                  # a company's centre
    '中挪国际合作[中心]，新缔结',                              # a cooperation platform
    '投用疾控[中心]4个',                                       # quantified, put into use (call 3)
    '跃升成为环渤海地区[中心]城市的目标', '烟台跃升成为环渤海地区[中心]城市。', '聚焦建设环渤海地区[中心]城市',
    '全球海工装备制造[中心]。', '中国北方清洁能源[中心]。',     # hubs
    '以人民为[中心]的发展思想',
    '城市智算[中心]，', '卫星数据应用[中心]，',                 # computing and data centres (seventh session)
    '疏解[中心]城区', '推动[中心]城区排水', '推动[中心]城区水塘',  # the central districts
    '海上客运服务[中心]、', '供应链综合服务[中心]、',            # facilities
    '新能源汽车服务[中心]。',                                  # a company's centre
    '北大万华联合研究[中心]，', '微纳制造创新[中心]，',          # research and innovation platforms
    '区域性基金管理[中心]。',                                  # a financial hub
    '深化疾控[中心]改革',                                      # the CDCs as a class (call 3)
    '保税混配[中心]、', '消费品集散[中心]、', '国际交易[中心]。',  # hubs, trading centres
    '中非货物贸易[中心]、',                                    # a trading hub
    '风电叶片检测实验[中心]，', '光伏试验检验[中心]，',          # testing facilities
    '应急处置[中心]。',                                        # an emergency facility (call 2)
    '文明实践[中心]建设',                                      # a class of facilities
    '国际传播[中心]，',                                        # a media centre
    '水上运动[中心]，',                                        # a sports facility
    '老年福利服务[中心]三期',                                  # a care facility's phase
    '综合实验基地、临床[中心]，',                              # a facility (reports-a)
    '精神卫生[中心]等专科医院'])                               # a hospital
d.check_all('院', 18, 2, [                         # 国务院 ×2; research institutes, colleges, hospitals, 府院
    '北京化工大学烟台研究[院]', '中国农业大学烟台研究[院]', '卫生健康职业学[院]', '职业[院]校专业设置',
    '现代产业学[院]', '海洋经济研究[院]、', '协同创新研究[院]作用', '装备研究[院]，', '科技小[院]',
    '市妇幼保健[院]建设', '市中医医[院]、', '奇山医[院]扩建', '烟台口腔医[院]、', '专科医[院]办出特色',
    '乡镇卫生[院]医防', '健全府[院]联动'])
labelled = [(e['start'], e['end']) for e in d.ents if e['label'] == ORG]


def outside(w, n):
    """``w`` occurs ``n`` times and never inside an ORG."""
    hits = [m.start() for m in re.finditer(re.escape(w), t)]
    assert len(hits) == n, (w, len(hits))
    for h in hits:
        assert not any(s <= h < e for s, e in labelled), (w, t[h - 6:h + 6])


# 局 (22): 开局, 新局, 格局, 布局, 大局; 署 (2): 部署 ×2; 办 (30): 举办, 办理, 办好, 办结, 办成, 一次办, 免证办, 减证办,
# 公办, 办实事, 办证难, 办出; 部 (13): 全部, 各部门, 2部, 部队, 外部, 部分, 部署, 总部; 站 (9): 收费站 / 撤站, 站上 /
# 站稳 / 站在, 烟台南站, 加站, 驿站, 退役军人服务站 (quantified: call 3); 所 (7): 33所 / 11所 / 13所 (counts), 所有,
# 事务所 (firms), 所城 (a place), 动车所 (a rail depot); 队 (3): 部队, 队伍, 军队; 室 (6): labs, 卫生室 (facilities);
# 馆 (3): 科普馆, 科技馆, 场馆; 处 (8): site counts (20处 …), 处理, 处置, 应急处置中心 (call 2); 机关 (2): “…机关当先锋”,
# 机关事务 (generic, v1.1); 机构 (9): 市县机构改革 ×2, 医疗卫生机构, 驻烟机构, 金融机构 ×3, 事务所等机构, 驻外联络
# 机构 (generic); 部门 (1): 各级各部门; 组织 (6): 产业组织 (head 组织), 金融组织, 国际组织, 组织招商 (a verb), 村党组织
# ×2 (v1.1); 组 (14): 组织 ×6, 组合拳, 机组, 组建 ×3, 模组, 组团 ×2; 团 (9): 集团 ×4, 抱团, 组团 ×2, 团结 ×2; 集团 (4):
# companies; 公司 (3): 上市公司 ×3; 盟 (5): 联盟 ×5 (alliances); 联 (29 − 1): 联合国, 联盟, 互联网, 联合, 联创, 联动, 蝉联,
# 联络, 联运, 联结, 串联; 协 (20 − 1): 政协 (bare, people), 协助, 协作, 协同, 协调, 商会协会
for w, n in (('局', 22), ('署', 2), ('办', 30), ('部', 13), ('站', 9), ('所', 7), ('队', 3), ('室', 6), ('馆', 3),
             ('处', 8), ('机关', 2), ('机构', 9), ('部门', 1), ('组织', 6), ('组', 14), ('团', 9), ('集团', 4),
             ('公司', 3), ('盟', 5), ('联盟', 5), ('联合国', 1), ('银行', 2), ('研究院', 5), ('实验室', 5), ('学院', 2),
             ('大学', 10), ('医院', 4), ('基地', 25), ('平台', 20), ('学校', 1), ('协会', 1), ('开发区', 5),
             ('高新区', 4), ('驿站', 1), ('服务站', 1), ('民主党派', 1), ('部队', 1)):
    outside(w, n)


def rest(ch, words, n):
    """``ch`` occurs ``n`` times; each occurrence outside an ORG lies inside one of ``words``."""
    hits = [m.start() for m in re.finditer(ch, t)]
    assert len(hits) == n, (ch, len(hits))
    for h in hits:
        if any(s <= h < e for s, e in labelled):
            continue
        assert any(t[h - k:h - k + len(w)] == w for w in words for k in range(len(w)) if w[k] == ch), \
            (ch, t[h - 6:h + 6])


# 会 (56): 市红十字会 labelled; 社会, 大会, 会议, 会展, 节会, 亚运会, 常委会 (bare, call 6), 过会, 会计师, 商会协会
rest('会', ['社会', '大会', '会议', '会展', '节会', '亚运会', '常委会', '过会', '会计', '商会', '协会'], 56)
# 联 (29): 工商联 labelled; the rest as listed above
rest('联', ['联合', '联盟', '互联', '联创', '联动', '蝉联', '联络', '联运', '联结', '串联'], 29)
# 协 (20): 市政协 labelled; 政协 (bare / people), 协助, 协作, 协同, 协调, 协会
rest('协', ['政协', '协助', '协作', '协同', '协调', '协会'], 20)
# 科 (37): 科学 / 科技 / 科研 / 科创 / 科普 / 科教, 学科, 专科: no ORG
rest('科', ['科学', '科技', '科研', '科创', '科普', '科教', '学科', '专科'], 37)
# 社 (33): 社会, 社区: no ORG
rest('社', ['社会', '社区'], 33)
for w in ('委员会', '党委', '县委', '办公室', '领导小组', '以下简称', '管委会', '工会', '妇联', '共青团', '团市委', '科协',
          '残联', '厅', '人民代表大会', '办事处', '单位', '纪委'):
    assert w not in t, w
assert sorted(e['text'] for e in d.ents if e['label'] == ORG) == sorted(
    ['市人民政府'] * 2 + ['中共烟台市委'] * 2 + ['国务院'] * 2 + ['省委'] * 3 + ['省政府'] * 4 + ['市委'] * 3
    + ['市十八届人大', '市红十字会', '市人大', '市政协', '工商联', '中国海关', '城市运行中心'])

# ================================================================ other families
# DEADLINE (4): 2035年 ×2 (the target the city anchors to; the plan's target year: call 5), 今年 before the targets,
# 年内 (the one-stop reform's share). Every time word was read: 2023年 ×2 (the heading and the review's year), 2023 ×2
# (in an event's and a campaign's name), 2024年 ×2 (2024年是…75周年: a description; the heading 三、2024年重点工作), 2025
# (in an event's name); 今年 ×2 (今年政府工作的总体要求是: an outline; the targets: labelled); 全年 ×2 (预计全年 (a past
# total), 全年争取引进 (the scope of an annual total: report_hc, report-av)); 年度 ×1 (年度最高支付限额: an annual cap);
# 一年来 ×7 / 过去的一年 / 连续两年 / 提前九年 / 三年新冠疫情 (past); 开局之年 / 关键一年 (descriptions); 75周年;
# 城市管理综合提升年活动 / “提标育强”年行动 (campaign names, no limit); 建军一百年奋斗目标 (no date given); 青年 / 老年
# (people); 一期 / 二期 / 三期 (phases), 中期评估, 前期工作, 全生命周期, 预期目标 (no limit); 前 ×9 (走在前 ×2, 名列前茅,
# 保持前列, 提前九年 (past), 学前教育, 前期, 前沿, 超前: no limit); 内 ×12 (内外, 内涵式 ×2, 海内外 ×2, 内需 ×3, 国内,
# 内生, 省内; 年内: labelled); 时 ×10 (新时代 ×8, 时代 ×2); 日 ×5 (夏日, 日本, 日韩, 早日, 紧日子); 季 ×3 (消费季,
# 全季, 阅读季: names, no limit); 底 ×6 (底色, 底座, “一张清单管到底”, 兜底, 底线, 一抓到底: no limit); no 月, 年底,
# 底前, 期间, 之前, 以前, 上半年, 到20xx.
assert re.findall(r'20\d\d年', t) == ['2023年', '2023年', '2024年', '2035年', '2035年', '2024年']
assert t.count('年') == 35 and t.count('今年') == 2 and t.count('全年') == 2 and t.count('年度') == 1
assert t.count('年内') == 1 and t.count('一年来') == 7 and t.count('三年') == 1
assert t.count('期') == 22 and t.count('前') == 9 and t.count('内') == 12 and t.count('时') == 10
assert t.count('日') == 5 and t.count('季') == 3
assert t.count('底') == 6 and not re.search(r'到20\d\d', t)      # 达到20处 is a count of sites
for w in ('月', '年底', '底前', '期间', '之前', '以前', '以内', '日内', '日前', '上半年', '下半年', '年前', '季度', '每年',
          '小时'):
    assert w not in t, w
# PRINCIPLE (0): no 原则, 遵循, 本着, 根据, 方针 or 思路. 按照 ×1 (按照市委…会议部署: no content); 要求 ×3 (今年政府
# 工作的总体要求是: an unquoted outline (reports notes); 重要指示要求, 上级部署要求: no content); 坚持 ×14: none before a
# quote or a phrase with 原则/要求/方针/思路 (坚持以习近平…为指导, 坚持人民至上、生命至上, 坚持稳中求进工作总基调 (基调:
# not in the frame list), 坚持稳中求进、以进促稳、先立后破, 坚持把产业链建在园区上, 坚持把项目建设作为主抓手，要素跟着
# 项目走 (v1.1's own example), 坚持在深化改革中…, 坚持陆海岛贯通、港产城融合, 坚持守正创新, 坚持尽力而为、量力而行,
# 坚持不懈, 坚持依法行政, 坚持全面从严治党: unquoted; 坚持“引进来”“走出去”: quoted, no 原则 (v1.1)); 理念 ×4 (新发展
# 理念, 绿色低碳理念, 生活理念, 人民城市理念); 锚定“走在前、开新局、作贡献” (verb 锚定; no frame word: report_kc).
for w in ('原则', '遵循', '本着', '根据', '方针', '思路'):
    assert w not in t, w
assert t.count('按照') == 1 and t.count('要求') == 3 and t.count('坚持') == 14 and t.count('理念') == 4
# DOC_TITLE (1) / DOC_NO (0): one 《》; titles without marks (国土空间总体规划 ×2 without 《》, 分区规划, 政府工作清单) are
# not labelled; 号 only in 4号机组, “耕海1号”, “烟台一号”, “引力一号” and 称号; no 〔 [ 【
assert re.findall(r'《([^》]*)》', t) == ['烟台市国土空间总体规划']
assert '〔' not in t and '[' not in t and '【' not in t and t.count('号') == 5
# STAFFING (0): no 职数; 编制 ×1 (编制完成分区规划: drafting); 岗位 ×2 (城乡公益性岗位3.7万个 / 1万个以上: public-welfare
# jobs for people in need, reports notes). The numbers of people: employment (10.9万人, 10万人以上), talent attracted
# and trained (1.2万人, 100名, 200名, 1000人以上, 1万人以上, 400名, 5000名, 6万名: reports notes), honourees (2人),
# beneficiaries (21万人, 2000名以上残疾儿童, 1500名以上残疾人), farmers trained (3500人以上) and 2万失业人员.
assert t.count('编制') == 1 and '职数' not in t and t.count('岗位') == 2
assert re.findall(r'[0-9.]+万?(?:余|多)?万?[人名](?!次)', t) == [
    '10.9万人', '1.2万人', '2人', '21万人', '100名', '200名', '1000人', '1万人', '400名', '5000名', '6万名',
    '3500人', '10万人', '2000名', '1500名']
# ITEM_COUNT (15): every number + measure word was read (regex below, 224 hits); the labelled counts are listed
counts_re = (r'(?:超|近)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)万?(?:余|多)?万?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|户|场|套|张|股|宗|起|块|只|名|人|片|篇|列|届|次|级|期|位|间|轮|颗)'
             r'(?:以上|左右)?')
assert len(re.findall(counts_re, t)) == 224, len(re.findall(counts_re, t))
ic_texts = [e['text'] for e in sorted(d.ents, key=lambda e: e['start']) if e['label'] == IC]
assert ic_texts == ['34项', '4个', '30个', '350个', '33所', '1100多项', '110个', '1200多个', '5900多个', '2部', '11所',
                    '13所', '18个', '百项', '115个'], ic_texts
assert all(re.fullmatch(counts_re, x) for x in ic_texts)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 4, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 15, 'ORG': 23,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
