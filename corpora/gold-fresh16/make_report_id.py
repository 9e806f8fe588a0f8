"""Build report_id.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 铜仁市 (贵州), a UTF-8 .txt file of 21,134
characters (146 newlines, no final newline): 各位代表： → 一、2023年工作回顾 (a year paragraph, 一年来…, five
——… summary paragraphs, 重点抓了六个方面工作 in six numbered sections （一）–（六）, the government's own
work, thanks, problems) → 二、2024年主要目标和重点任务 (今年是…, 政府工作的总体要求是, 主要预期目标是, nine
numbered sections （一）–（九） of titled paragraphs, the fields of work and mass organisations, the
“十件民生实事” 一是…十是) → 三、加强政府自身建设 (an opening and four numbered paragraphs) → closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh16/make_report_id.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/铜仁.txt'
OUT = 'corpora/gold-fresh16/report_id.jsonl'
# meta: no header, no session date and no signature; the text opens with 各位代表： and its parts are
# 一、2023年工作回顾 / 二、2024年主要目标和重点任务 / 三、加强政府自身建设, so the report is dated by its
# year (reports notes; report-ab, report_ea…report_hd). Region: the city is 铜仁 (市人民政府, 市委, 全市,
# 铜仁发展); the text names 贵州 itself (习近平总书记视察贵州重要讲话, 对贵州对铜仁工作重要指示批示精神,
# 贵州省新能源电池正极材料重点实验室, 全省 throughout); the other Guizhou report has 贵州省遵义市 (report-ab).
d = AnchoredDoc('fresh16-report-tongren-2024', SOURCE, {'region': '贵州省铜仁市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 21134 and t.count('\n') == 146, (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'; DN = 'DOC_NO'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}
# project decisions: 年内 in a work report is DEADLINE (the report's year, precision year, during)
YEAR_DURING = {'date': '2024-12-31', 'precision': 'year', 'relation': 'during', 'recurring': False}

# the mass organisations of the fields-of-work paragraph (支持…等事业全面发展), one ORG each (call 4)
MASS = '支持工会、共青团、妇联、社科联、文联、残联、科协、侨联、工商联、红十字会、计生协会、老年体协、作协、慈善等事业全面发展'
assert t.count(MASS) == 1

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[市人民政府]]向大会报告工作', None),
    # 并请市政协委员和其他列席人员: a body modifying people (v1.1), not labelled
    # ================================================================ 2023 review, year paragraph
    # 2008年/2013年/2018年/2021年 (past events), 三年新冠疫情 (a duration), 开局之年: not DEADLINE
    # 在省委、省政府和市委坚强领导下 (review) ; 是省委、省政府和市委坚强领导的结果 (thanks); 在省委、省政府和
    # 市委的坚强领导下 (closing): three ORGs each (report-ab, report_ea…)
    (ORG, '在[[省委]]、省政府和市委坚强领导下', None),
    (ORG, '在省委、[[省政府]]和市委坚强领导下', None),
    (ORG, '在省委、省政府和[[市委]]坚强领导下', None),
    (ORG, '在[[市人大]]、市政协监督支持下', None),                   # subjects (reports notes)
    (ORG, '在市人大、[[市政协]]监督支持下', None),
    # the body inside its session, term number inside the span (report_eb 市九届人大, report_gb 市十一届人大,
    # report_hc 市六届人大)
    (ORG, '较好完成[[市三届人大]]三次会议确定的目标任务', None),
    # 坚持“四个轮子”一起转 (a quoted slogan, no 原则/要求/方针/思路): not PRINCIPLE
    # ================================================================ ——summary paragraphs
    # 两大工业主导产业 (industries: domains, v1.1 六大领域), “一图三清单” (a quoted name), 金融机构 (generic),
    # 大龙开发区 (a zone), 国家级文明旅游示范单位 (a designation), 4.74万户 (accounts): not labelled
    # the city's livelihood list, unquoted here (reports notes 158件民生实事; report_ec 48件民生实事全面完成;
    # report-ab 十件民生实事). The plan's quoted “十件民生实事” ×2 are left out (call 2)
    (IC, '[[十件]]民生实事全面完成', ic(10, '件')),
    # 4.4万人 (employment), 学位 (places), 思南县、德江县人民医院 (hospitals), 32909套: not labelled
    # 六个方面工作 (aspects): not counted
    # ================================================================ （一） 实体经济
    # 六大主导产业 (domains), 开发区高质量发展考核办法 (no 《》), 市领导 (people), 市级专班 (no body head:
    # v1.1 工作专班), 8户 enterprises, 项目6个 (projects): not labelled
    # the ministry whose white list the firms enter: a body inside a longer non-ORG phrase (v1.1; report_fc
    # 获批工信部中小企业特色产业集群, report_gd 入选工信部智能制造示范工厂揭榜单位)
    (ORG, '鹏程新材料列入[[工信部]]电池回收利用', None),
    # 中伟资源循环、红星电子、鹏程新材料, 旭晶、戴普森 (companies); 2019年 (a baseline): not labelled
    # ================================================================ （二） 有效需求
    # 成效明显单位 (generic); names written without a mark between them are two ORGs (report-ab, report_hd)
    (ORG, '争取[[省委]]省政府出台支持万山转型发展', None),
    (ORG, '争取省委[[省政府]]出台支持万山转型发展', None),
    # 43个/416个/136个 projects; “四新”“四化”项目观摩暨开发区建设推进会 (a meeting); “十百千”专项行动 (a
    # name). 出台促进房地产发展“十九条”: the quotes cover the count (report_ea “38条”, report_gb “10条”,
    # report-be “19条”), not counted. 500户, 老旧小区44个 (facilities), 248条 (streets): not counted.
    # “游铜仁·促消费·惠民生”十项活动: events (reports notes: events are not counted; report_hd 6项电竞赛事)
    # (call 7). 梵净山国际水博会暨抹茶大会, 研讨会, 马拉松赛 (events); 全国第2位 (a rank): not labelled
    # ================================================================ （三） 发展动能
    # 首届铜商大会 (events), 137家/5.5万户/127户/82户/19家 (enterprises), “七大行动” (quoted: report_ga
    # “十大行动”, report_hd “碳达峰十大行动”), 省十大科技创新成果2项 (results), 23家, 贵州省新能源电池正极材料
    # 重点实验室 (a lab: reports notes), 航线20条 (routes), 70万人次 / 798.9万人次 (passengers), 国家级跨境电商
    # 综合试验区 (a zone): not labelled
    # ================================================================ （四） 生态环境
    # 中央和省生态环保督察 (中央 has no body head; 省 alone names no body). 落实“四铁”要求: the verb is 落实,
    # not 按照/坚持/遵循/本着/根据 (report_ha call 9, report_gd, report_fa), not PRINCIPLE; the same formula
    # after 坚持 below is labelled (call 3). “五法” (a name), 三湘公司 (a company)
    # a declaration the city published: a cited document (call 5)
    (DT, '成功发布国内首个《[[锰基新能源材料发展铜仁宣言]]》', None),
    # 国家有关部委 (有关: vague, guidelines); the province's party committee and government that approve
    (ORG, '国家有关部委和[[省委]]、省政府肯定', None),
    (ORG, '国家有关部委和省委、[[省政府]]肯定', None),
    # 1736平方公里; 长江十年禁渔 (a name); a package of measures the city issues, unquoted (reports notes
    # 促消费20条措施; report_ha 十条政策措施; report_gd 十二条措施)
    (IC, '出台梵净山保护管理[[十条]]措施', ic(10, '条')),
    # 省级 (no name), 2.44万户, 74%, 绿色工厂7家 / 绿色工业园区1个 / 企业4家 (designations): not labelled
    # ================================================================ （五） 民生
    # “千万工程”, “强村富民”行动 (names), 特色小寨100个 (villages), 中央单位 (generic), 东莞 (a place),
    # 78家 (enterprises), 4.25万 (people monitored), 三年行动 (a programme's length), “1+4” (a name),
    # 3.6万人次 (trainees), 5.5万人 (employment: reports notes): not labelled
    # the body that grants the incentive (report-bc, report_ha 4项工作获省政府督查激励; report_gc)
    (ORG, '获[[省政府]]就业创业工作督查激励', None),
    # 500万元; 新增3所省级（特色）示范性普通高中: school designations (report_gc 示范高中5所, report_hd
    # 新优质学校50所以上, report-av decision 7), not counted. 贵州铜仁数据职业学院, 贵州智能工程技师学院,
    # 铜仁职院 (colleges: facilities, v1.2), 本科层次职业大学培育单位, 印江县, 实验区: not labelled
    # county medical sub-centres built (report_hd 县域医疗卫生次中心15个; report-ab 建成县域医疗次中心22个;
    # report_gd, report_ea); 省级区域医疗中心…基地 (a hospital's training base): not labelled
    (IC, '教学科研实训基地和[[6个]]县域医疗次中心建成投用', ic(6, '个')),
    # 国家有关部委 (vague), 医保经办机构 (generic head): not labelled
    # ================================================================ （六） 底线
    # 387.1万亩 etc., “一票否决”事项, “军令状”, 化债专班 (no body head), “守橙”, “防爆雷”, “双降”, 定期 (vague):
    # not labelled
    # ---------------------------------------------------------------- the government's own work
    # “两个确立”, “两个维护” (quoted names); 落实“学思想、强党性、重实践、建新功”总要求: the verb is 落实
    # (report_ea labelled the same formula only after 按照), not PRINCIPLE (call 3). 人大代表建议和政协委员提案,
    # 市人大代表建议159件、市政协委员提案275件 (people and handled proposals: reports notes), 政府系统: not
    # labelled
    # ================================================================ thanks
    (ORG, '是[[省委]]、省政府和市委坚强领导的结果', None),
    (ORG, '是省委、[[省政府]]和市委坚强领导的结果', None),
    (ORG, '是省委、省政府和[[市委]]坚强领导的结果', None),
    (ORG, '是[[市人大]]、市政协大力监督', None),
    (ORG, '是市人大、[[市政协]]大力监督', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市各族人民', None),
    # 全市人大代表、政协委员 (people), 各民主党派, 各人民团体 (各), 驻铜部队、武警官兵、公安干警和消防救援队伍
    # (armed forces, people, 队伍), 中央、省各部门各单位, 兄弟市州, 定点帮扶单位 (generic): not ORG
    (ORG, '向各民主党派、[[工商联]]、无党派人士', None),            # reports notes: 工商联 in the thanks
    # 政府系统一些干部 (problems): not labelled
    # ================================================================ 2024
    # 二、2024年主要目标和重点任务 (a heading: report_ec 2024年主要目标任务和重点工作), 今年是新中国成立75周年
    # (a description), 政府工作的总体要求是 (unquoted), “十四五”规划: not labelled
    # the bodies of the work conference (reports notes: 省委、市委经济工作会议 → 省委, 市委; report-ab has the
    # same sentence); 中央 has no body head
    (ORG, '认真落实中央和[[省委]]、市委经济工作会议部署', None),
    (ORG, '认真落实中央和省委、[[市委]]经济工作会议部署', None),
    # the State Council's document number (report-ab: the same 国发〔2022〕2号文件)
    (DN, '深入落实[[国发〔2022〕2号]]文件', {'issuer_code': '国发', 'year': 2022, 'number': 2}),
    # 坚持稳中求进工作总基调, 坚持围绕“四新”主攻“四化”主战略 (no 原则/要求/方针/思路): not PRINCIPLE.
    # 主要预期目标是: no year word heads the targets (v1.2 Year targets; report_ea, report_eb, report_fa,
    # report_gb), not DEADLINE; 4.2万人以上 (employment), 5.5%以内 (a rate): not labelled.
    # 围绕实现全年目标任务 (the scope of the targets: report_hd): not DEADLINE
    # ---------------------------------------------------------------- （一） 生态工业
    # “双千双百”工程, 千亿级, 百户规模以上, “一核五区”, 三条主线 (lines of the industry: domains), 坚持
    # “富矿精开” (no 原则/要求), 200万吨级, “全国唯一世界级锰资源供应基地”: not labelled.
    # 市级重大技术榜单项目3项以上 (projects: reports notes), 企业6户 / 85户以上, 7个/8个 projects, 220千伏
    # 变电站 (a facility), 企业10户, 3个抽水蓄能, 40个/10个 projects, 5G基站2000个, 示范项目18个: not counted.
    # 市县两级龙头企业培育名单 (no 《》). 开发区高质量发展考核办法 (no 《》), 1000万元, 全市12个开发区
    # (zones: territories), 万山化工园区, 石阡工业园区 (zones); 坚持“以亩产论英雄” (no 原则): not labelled
    # ---------------------------------------------------------------- （二） 生态农业
    # “三件大事” (quoted), “两强两富”目标, “强村富民工坊”400个 (workshops: facilities), 严格落实“四个不摘”要求
    # (verb 落实), “3+1”, “富民贷”, 国家乡村振兴重点帮扶县 (places), 中央单位 (generic), “四+”协作模式,
    # 基地5个, 莞铜产业园 (a zone), 企业15家以上, 特色小寨100个 / 示范村50个 (villages), 基地20个 / 150个,
    # 5个百亿级产业集群 (industries), 2家 / 165家 (合作社) / 5000家 / 500家 (farms and firms), “三品一标”,
    # 科研院校 (generic): not labelled
    # ---------------------------------------------------------------- （三） 生态旅游
    # “三大要素”, “四大行动” (quoted: report_ga, report_hd); the province's tourism package, unquoted (reports
    # notes 省支持滨州30条措施; report_hd 托底性帮扶十条措施), adopted by 全面落实
    (IC, '全面落实生态旅游高质量发展[[三十条]]措施', ic(30, '条')),
    # “一圈两带三区”, 省旅游产业化基金 (a fund), 文物保护单位 (generic): not labelled
    # 力争年内进入…: a time limit for a target (project decisions: 年内 in a work report)
    (DL, '力争[[年内]]进入《世界遗产预备名单》', YEAR_DURING),
    (DT, '力争年内进入《[[世界遗产预备名单]]》', None),                # a list (guidelines DOC_TITLE)
    # 非遗文化一条街 (a street), 长征国家公园铜仁片区, 佛顶山国家级自然保护区 (places): not labelled.
    # 20万人次 (visits), 旅行社 (companies), “机景联动·飞阅贵州” (a name), 酒店3家/1家/2家, 民宿10家/2家,
    # 5座旅游厕所, 购物店2家 (firms and facilities), 国内知名团队 (a troupe): not labelled
    # ================================================================ （四） 生态城市
    # “强中心城区” (a name), 100万人口 (population), “双百城市”
    (DT, '科学编制《[[铜仁市国土空间总体规划]]》', None),                # a plan
    # “九横五纵三联一廊一环” (a name); names of the province's bodies that issued the policy measures
    (ORG, '全面落实[[省委]]、省政府支持万山高质量转型发展', None),
    (ORG, '全面落实省委、[[省政府]]支持万山高质量转型发展', None),
    # 碧江高新区, 铜仁高新区, 万山经开区, 大龙开发区 (zones), 49万人 / 88万人 (population), 2863套,
    # 730套以上, 老旧小区55个 (facilities), 项目7个, 污水处理设施5个: not labelled.
    # 省推进县域经济高质量发展“四十条”: the quotes cover the count (report-be “30条”), and 省 alone names no
    # body; 西部五县, 8个县城 (territories); 每个县…项目5个以上 (projects): not labelled.
    # 中心镇, 特色小镇, 特色小寨 (places): not labelled
    # ================================================================ （五） 投资消费
    # 项目2000个, 380亿元, 省级区域医疗中心 (a hospital project); 坚持“一月一调度、一季一通报” (frequencies:
    # not DEADLINE; no 原则/要求: not PRINCIPLE), “五个一”工作机制, “十百千万”工程, 夜间消费集聚区2个以上
    # (zones), 县级物流配送中心1个 (a facility), 三年行动计划 (a programme's length), 企业120家 / 项目400个:
    # not labelled
    # ================================================================ （六） 改革创新
    # 坚持先立后破 (unquoted), “五个通办”, “三减一降”, “企业之家”, 数字政府, 完成政府机构改革 (bare 政府;
    # no time expression): not labelled. 企业技术中心、工业设计中心等创新平台5个 (platforms), 10家 / 10户以上,
    # 金融机构, 政府性融资担保机构 (generic), “百千万人才引进计划”, “千名英才·智汇铜仁” (names), 人才1000名以上
    # (talent: reports notes, not STAFFING), “候鸟型”人才工作站 (a facility: report_hd 创新工作站), 第四批 /
    # 第三批 (ordinals), 坚持“定向评价、定向使用” (no 原则/要求/方针/思路): not labelled.
    # an unquoted N大 after the quoted name of the programmes (seventh session: N大 before actions;
    # report_gd “美丽乡村”三大行动; report_ec “揭榜攻坚”三大行动) (call 6)
    (IC, '深入实施“引育用留”[[四大]]工程', ic(4, '大')),
    # 铜仁凤凰机场, 思南港 (facilities), 国家级经开区 / 高新区 (zones), 坚持“两个毫不动摇” (no 原则/要求),
    # 市县领导 (people), 商会, 铜仁籍商协会 (associations: seventh session), 乡贤恳谈会、铜商大会 (events),
    # 3万户 / 50户 / 10户 / 60户 / 6户 / 19家 (enterprises): not labelled
    # ================================================================ （七） 生态优势
    # 生态环保“九大攻坚行动” (quoted), 汇丰1号等9座渣库 (facilities), “五场战役” (quoted): not counted.
    # 坚持 + a quoted formula + 要求 (guidelines PRINCIPLE; report_eb 坚持…“四个发力”重要要求, report-ab
    # 按照“三个重塑”要求) (call 3)
    (PR, '坚持“[[四铁]]”要求治理锰污染', None),
    # 国家含汞废物区域处置中心 (a facility), 坚持精准治污、科学治污、依法治污 (unquoted, no 原则)
    # N大 before the three works the text itself lists (seventh session; report_ha 三大保卫战; report_gc
    # 十大工程) (call 6)
    (IC, '乌江干流水土保持治理[[三大]]工程', ic(3, '大')),
    # 黔金丝猴保护研究中心 (a research centre: report_hd), 2‰以内 (a rate), 绿色园区、绿色工厂5个
    # (designations), 示范基地1个, “电动贵州”: not labelled
    # ================================================================ （八） 风险
    # 政府隐性债务 (bare), 三年行动 (a length), 600人以上 (people relocated: beneficiaries), 50户以上 (a
    # threshold, v1.1), 标准化专职消防队伍 (队伍), “枫桥经验”, “两拖欠”, “一中心一张网十联户” (names): not
    # labelled
    # ================================================================ （九） 民生
    # 省“六六就业稳岗计划” (省 alone; a name), 70%以上, 80万人 (migrant workers)
    # the list of four programmes the text names, unquoted count after the quoted names (as 四大 above)
    (IC, '“铜旅工匠”[[四项]]工程', ic(4, '项')),
    # 2万人次 (trainees), 3000人以上 (a threshold), 零工驿站 (facilities), 学位 (places), 铜仁学院, 铜仁职院,
    # 铜仁幼专, 贵州健康职院 (colleges), 紧密型县城医疗卫生共同体 (a hospital group, no count), 标准化养老机构
    # 6家 (elderly-care facilities: report_ha call 6, gold-unseen reports-a), 市区域性儿童福利院项目 (a
    # facility project: report_fa 农村福利院): not labelled
    # ---------------------------------------------------------------- fields of work: see MASS (below)
    # ---------------------------------------------------------------- 十件民生实事
    # 今年 bounds the government's commitment to the year's list of tasks (report_ea 今年我继续承诺领衔督办
    # 五件民生实事; report_gc 今年，市政府将…; report_ga 今年将实施“十大行动”) (call 1)
    (DL, '民生是最大的政治。[[今年]]，我们将继续办好', YEAR_BY),
    # 一是: 乡级就业公共服务机构 (generic), 高素质农民培育1000人 (training: not STAFFING)
    # 二是: kindergartens built (reports notes; batch-c 公办园27个; report-ab 新（改、扩）建城乡学校80所)
    (IC, '完成新改扩建公办幼儿园主体工程[[4所]]', ic(4, '所')),
    # 铜仁市第三中学… (named schools, uncounted)
    # 三是: model childcare institutions (report_hd 市级示范性托育机构增至65家以上; report-u, report-g);
    # 以上 inside the span with min (report_hd)
    (IC, '建成示范（特色）托育机构[[10家以上]]', ic(10, '家', min=10, max=None)),
    # 铜仁市省级区域医疗中心, 市中医院, 市妇幼保健院 (hospitals: reports notes), 29万…老年人 (beneficiaries)
    # 四是 2000户以上, 五是 充（换）电站15个 / 充电桩320枪, 六是 停车位2500个 / 500个, 七是 3人制篮球场15个 /
    # 综合文化站（中心）…项目10个 (facilities and projects), 八是 污水处理设施38处: not counted
    # 九是: township fire-and-rescue stations built, counted in the same livelihood list of the other
    # Guizhou report (report-ab 建成乡镇标准化消防救援站20个) (call 8)
    (IC, '九是建成乡镇消防救援站[[45个]]', ic(45, '个')),
    # 十是 69公里, 25座, 150公里, 100公里, 公交站台27个: not counted. “十件民生实事” ×2 (quoted: report_ga
    # “十大行动”, report-h “十大民生实事”), 一项一项 / 一件一件 (manner): not counted (call 2)
    # ================================================================ 三、政府自身建设
    # 全市政府系统, 人民满意的政府 (bare): not ORG; “两个确立” / “两个维护” (names)
    (ORG, '坚决贯彻中央和[[省委]]、市委决策部署', None),
    (ORG, '坚决贯彻中央和省委、[[市委]]决策部署', None),
    # 落实“六个有利于”“六个坚定不移”要求 (verb 落实), 贯彻“以生态文明引领绿色铜仁现代化建设”的战略部署
    # (贯彻; 战略部署), “五个必须”, “形象工程”…: not PRINCIPLE
    # the rules of the city government: a normative document; the ORG inside is not labelled (guidelines)
    (DT, '严格落实《[[铜仁市人民政府工作规则]]》', None),
    # 严格执行人大及其常委会的决定决议: a bare 人大 with no level (v1.2; reports notes) and the 常委会 of that
    # generic 人大, so neither is ORG (report_ha call 1); 人大监督、政协监督 (bare): not ORG.
    # 政府部门主要负责人 (generic head, people): not ORG
    # 中央八项规定 (a fixed name); 省委、市委有关规定: the bodies that issue the rules
    (ORG, '实施细则精神和[[省委]]、市委有关规定', None),
    (ORG, '实施细则精神和省委、[[市委]]有关规定', None),
    # 全面落实“过紧日子”要求 (verb 落实): not PRINCIPLE
    # ================================================================ closing
    # 党中央 (v1.1: no body head)
    (ORG, '在[[省委]]、省政府和市委的坚强领导下', None),
    (ORG, '在省委、[[省政府]]和市委的坚强领导下', None),
    (ORG, '在省委、省政府和[[市委]]的坚强领导下', None),
]

for a in ANCHORS:
    label, anchor, norm = a[:3]
    d.ctx(label, anchor, n=a[3] if len(a) > 3 else 1, norm=norm)

# the thirteen mass organisations named as fields of work are ORG (reports notes 工会、…、红十字会…等事业;
# report_eb decision 10: 作协, 友协, 关工委 in the standard list; report_ea, report-ap): 慈善 has no body
# head. 计生协会 (the family-planning association) and 老年体协 (the elderly sports association) stand in the
# same list (call 4)
s0 = t.index(MASS) + 2
names = MASS[2:MASS.index('、慈善')].split('、')
assert len(names) == 13, names
pos = s0
for nm in names:
    assert t[pos:pos + len(nm)] == nm
    d.add(ORG, pos, pos + len(nm), None)
    pos += len(nm) + 1

# ================================================================ every body word accounted for
d.check_all('人民政府', 3, 2, ['严格落实《铜仁市[人民政府]工作规则》'])          # inside a DOC_TITLE
d.check_all('省委', 9, 9)
d.check_all('省政府', 7, 7)
d.check_all('市委', 6, 6)
d.check_all('市人大', 4, 2, ['办理[市人大]代表建议159件', '向全[市人大]代表、政协委员'])   # people (市三届人大: no 市人大)
d.check_all('人大', 8, 3, ['认真办理[人大]代表建议和政协', '办理市[人大]代表建议159件', '向全市[人大]代表、政协委员',
                         '严格执行[人大]及其常委会', '自觉接受[人大]监督'])      # people, proposals, bare (v1.2)
d.check_all('政协', 7, 2, ['并请市[政协]委员和其他列席人员', '人大代表建议和[政协]委员提案', '市[政协]委员提案275件',
                         '人大代表、[政协]委员，向各民主党派', '人大监督、[政协]监督'])
d.check_all('常委会', 1, 0, ['人大及其[常委会]的决定决议'])
d.check_all('委', 22, 15, ['并请市政协[委]员', '人大代表建议和政协[委]员提案', '市政协[委]员提案275件',
                          '人大代表、政协[委]员，向各民主党派', '得到国家有关部[委]和省委', '改革得到国家有关部[委]肯定',
                          '人大及其常[委]会'])                   # people, 国家有关部委 (vague), bare 常委会
d.check_all('政府', 28, 9, [
    '检视整改等工作，[政府]自身建设', '深入推进[政府]系统全面从严治党', '道远；[政府]系统一些干部', '[政府]工作的总体要求是',
    '加强数字[政府]建设', '推动[政府]治理全方位', '完成[政府]机构改革', '发挥[政府]性融资担保机构', '严禁新增[政府]隐性债务',
    '三、加强[政府]自身建设', '全市[政府]系统要更加坚定', '人民满意的[政府]。', '贯穿[政府]工作各方面', '推进法治[政府]建设',
    '《铜仁市人民[政府]工作规则》', '提高[政府]决策科学化', '继续推行[政府]部门主要负责人', '加强廉洁[政府]建设',
    '招投标、[政府]采购'])                                  # bare 政府 (v1.1), types of government, the DOC_TITLE
d.check_all('中央', 9, 0, ['强力推进[中央]和省生态环保督察', '莞铜协作和[中央]单位定点帮扶，东莞', '党[中央]亲切关怀',
                         '关心支持铜仁发展的[中央]、省各部门', '认真落实[中央]和省委', '狠抓莞铜协作和[中央]单位定点帮扶机遇',
                         '坚决贯彻[中央]和省委', '严格执行[中央]八项规定', '为核心的党[中央]周围'])   # no body head (v1.1)
d.check_all('部', 24, 1, [                                     # 工信部 only
    '面对外[部]形势', '旭晶、戴普森总[部]搬迁', '实施领导干[部]领衔推动', '得到国家有关[部]委和省委', '改革得到国家有关[部]委肯定',
    '是广大干[部]群众', '向驻铜[部]队', '中央、省各[部]门各单位', '政府系统一些干[部]思想观念', '经济工作会议[部]署，深入落实',
    '大龙开发区北[部]物流园', '承接东[部]产业转移企业向开发区', '深化东西[部]协作', '支持西[部]五县', '承接东[部]产业转移示范园区',
    '争取西[部]县铁路建设', '和领导干[部]联系重点企业', '坚持领导干[部]带头招商', '长江经济带和西[部]陆海新通道',
    '市委决策[部]署，坚持党的全面领导', '现代化建设”的战略[部]署', '继续推行政府[部]门', '让干[部]有更多精力'])
d.check_all('部门', 2, 0, ['省各[部门]各单位', '推行政府[部门]主要负责人'])       # generic head
d.check_all('局', 12, 0, ['精神开[局]之年', '高质量发展统揽全[局]，围绕', '全力维护社会大[局]稳定', '融入新发展格[局]',
                         '高质量发展统揽全[局]，守好', '统筹做好规划布[局]', '优化农业产业布[局]', '科学规划布[局]，统筹',
                         '联动发展新格[局]', '高速服务区布[局]旅游商品', '优化空间布[局]', '让城市布[局]更合理'])
d.check_all('站', 14, 0, ['220千伏变电[站]', '沙沱电[站]扩机', '农业光伏电[站]', '5G基[站]2000个', '一[站]式吃遍',
                         '推进“一场三[站]”零距离', '重点景区、“一场三[站]”', '500千伏变电[站]等', '人才工作[站]',
                         '零工驿[站]', '充（换）电[站]15个', '综合文化[站]（中心）', '消防救援[站]45个', '智能公交[站]台'])
#   facilities and service points (v1.1); the township fire stations are counted, not ORG (call 8)
d.check_all('所', 6, 0, ['对[所]有锰渣库', '农村厕[所]2.44万户', '新增3[所]省级', '旅游厕[所]改造', '科技成果[所]有权',
                        '主体工程4[所]'])
d.check_all('院', 14, 0, ['德江县人民医[院]成功', '三甲综合医[院]。', '数据职业学[院]、', '技师学[院]获批', '铜仁职[院]列入',
                         '发展庭[院]经济', '科研[院]校', '学校、医[院]周边', '完成铜仁学[院]上划', '支持铜仁职[院]申创',
                         '贵州健康职[院]', '儿童福利[院]项目', '市中医[院]康复楼', '妇幼保健[院]医技'])
d.check_all('团', 8, 1, ['民族[团]结进步', '干部群众[团]结奋斗', '各人民[团]体', '“小车小[团]”', '国内知名[团]队',
                        '紧密地[团]结在', '坚定信心、[团]结拼搏'])             # 共青团 only
d.check_all('组', 10, 0, ['[组]建市级专班', '[组]建化债专班', '电池[组]件', '坚持[组]织化发展', '农业[组]织化程度',
                         '活动[组]织游客', '城镇[组]群核心区', '推动村[组]建设', '战略性重[组]', '外出务工[组]织化'])
d.check_all('队', 5, 0, ['向驻铜部[队]', '消防救援[队]伍，致以', '知名团[队]', '民营企业家[队]伍', '专职消防[队]伍'])
d.check_all('室', 2, 0, ['正极材料重点实验[室]获批', '正极材料重点实验[室]创新'])   # a lab (reports notes)
d.check_all('中心', 28, 0, [
    '44.98亿元。[中心]城区', '8.5%。[中心]城区', '区域医疗[中心]教学科研', '县域医疗次[中心]建成投用', '“强[中心]城区”',
    '围绕[中心]城区100万', '区域[中心]城市', '着力构建[中心]城区', '完善[中心]城区城市功能', '深入推进[中心]城区产城融合',
    '开发区与[中心]城区融合', '群体在[中心]城区就业', '实现[中心]城区常住人口', '专项行动，[中心]城区新增', '加快补齐[中心]城区防洪',
    '97%、[中心]城区居民小区', '辐射力的[中心]镇', '推进省级区域医疗[中心]等民生项目', '物流配送[中心]1个', '企业技术[中心]、',
    '工业设计[中心]等', '国际旅游[中心]机场', '区域处置[中心]。', '保护研究[中心]。', '“一[中心]一张网',
    '省级区域医疗[中心]传染病区', '其中[中心]城区500个', '综合文化站（[中心]）'])
d.check_all('工商联', 2, 2)
for w, n in (('机构', 10), ('单位', 13), ('组织', 4), ('公司', 1), ('署', 3), ('处', 13), ('专班', 2), ('商会', 1),
             ('商协会', 1), ('国务院', 0), ('厅', 0), ('机关', 0), ('党委', 0), ('办公室', 0), ('领导小组', 0),
             ('委员会', 0), ('以下简称', 0), ('办事处', 0), ('集团', 0), ('馆', 0), ('盟', 0)):
    hits = [m.start() for m in re.finditer(w, t)]
    assert len(hits) == n, (w, len(hits))
    for h in hits:                                  # generic heads, facilities, verbs, companies
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


# 会 (41): 工会, 红十字会, 计生协会 inside ORGs; otherwise 大会, 会议, 推进会, 水博会, 研讨会, 对接会, 恳谈会,
# 社会 (and 社会主义), 会师, 常委会 (bare), 商会, 商协会
rest('会', ['大会', '会议', '推进会', '水博会', '研讨会', '对接会', '恳谈会', '社会', '会师', '常委会', '商会', '商协会'], 41)
assert sorted(e['text'] for e in d.ents if e['label'] == ORG and '会' in e['text']) == ['工会', '红十字会', '计生协会']
# 联 (23): 工商联 ×2, 妇联, 社科联, 文联, 残联, 侨联 inside ORGs; otherwise 联系, 联动, 联农带农, 南联, 三联,
# 十联户, 互联网
rest('联', ['联系', '联动', '联农', '南联', '三联', '十联户', '互联网'], 23)
# 协 (28): 市政协 ×2, 科协, 计生协会, 老年体协, 作协 inside ORGs; otherwise 政协委员 / 政协监督 (people, bare),
# 协同, 协作, 协调, 商协会
rest('协', ['政协', '协同', '协作', '协调', '商协会'], 28)
# 办 (28): never a body (公办, 办法, 举办, 办理, 经办, 办复, 新办, 滥办, 领办, 办好, 通办, 办实, 办实事, 办一切)
rest('办', ['公办', '办法', '举办', '办理', '经办', '办复', '新办', '滥办', '领办', '办好', '通办', '办实', '办一切'], 28)
assert not any('办' in e['text'] for e in d.ents if e['label'] == ORG)
# 科 (29): 社科联, 科协 inside ORGs; otherwise 科技, 科学, 科研, 科普, 科创, 本科, 中科星城 (a company)
rest('科', ['科技', '科学', '科研', '科普', '科创', '本科', '中科星城'], 29)
assert sorted(e['text'] for e in d.ents if e['label'] == ORG) == sorted(
    ['市人民政府'] * 2 + ['省委'] * 9 + ['省政府'] * 7 + ['市委'] * 6 + ['市人大'] * 2 + ['市政协'] * 2
    + ['工商联'] * 2 + ['市三届人大', '工信部', '工会', '共青团', '妇联', '社科联', '文联', '残联', '科协', '侨联',
                      '红十字会', '计生协会', '老年体协', '作协'])

# ================================================================ other families
# DEADLINE (2): 年内 (a target's limit) and 今年 before the livelihood list. Every time word was read:
# 2023年 ×2 (heading, year description), 2008年/2013年/2018年/2021年 (past), 2019年 (a baseline), 2024年
# (the heading 二、2024年主要目标和重点任务: report_ec), 2022 (in the DOC_NO), 2000 ×3 (amounts); 今年 ×2 (今年是…75周年: a
# description; the labelled one); 全年 ×4 (three past totals; 实现全年目标任务: the scope of the targets);
# 一年来 ×3 / 过去一年 (past); 三年新冠疫情 / 三年行动 ×2 / 三年行动计划 (durations), 长江十年禁渔 ×2
# (a name); 年经营收入, 年处置, 年产 (annual metrics); 一月一调度、一季一通报 (frequencies); 定期 ×3 / 适时 /
# 及时 ×2 (vague); 5.5%以内, 2‰以内 (rates); 前列/前期/前置 (no limit); “人才日”, “过紧日子”, 新春非遗季,
# 全季节, 日韩 (names); 一期/二期/三期 (phases), 预期 ×2, 中长期, 长期使用权 (not limits).
assert re.findall(r'20\d\d年?', t) == ['2023年', '2023年', '2008年', '2013年', '2018年', '2021年', '2019年',
                                      '2024年', '2022', '2000', '2000', '2000']
assert t.count('年') == 41 and t.count('今年') == 2 and t.count('全年') == 4 and t.count('年内') == 1
assert t.count('三年') == 4 and t.count('十年') == 2 and t.count('月') == 1 and t.count('日') == 3
assert t.count('季') == 3 and t.count('期') == 12 and t.count('以内') == 2 and t.count('每') == 2
assert t.count('到20') == 1 and '恢复到2019年的108%' in t          # a baseline, not a target year
for w in ('年底', '年末', '底前', '月底', '期间', '之前', '以前', '日内', '日前', '提前', '季度', '每年',
          '每月', '上半年', '下半年', '年前'):
    assert w not in t, w
# PRINCIPLE (1): no 原则/按照/方针/思路/遵循/本着/根据; 要求 ×8: 落实“四铁”要求, 落实“…建新功”总要求,
# 严格落实“四个不摘”要求, 落实“六个有利于”“六个坚定不移”要求, 全面落实“过紧日子”要求 (verb 落实), 总体要求是
# (unquoted outline), 底线要求 (a heading, unquoted), and the labelled 坚持“四铁”要求; 坚持 ×58: headings and
# unquoted phrases, and quoted formulas with no 原则/要求/方针/思路 after them (坚持“四个轮子”一起转, 坚持“富矿
# 精开”, 坚持“以亩产论英雄”, 坚持“一月一调度、一季一通报”, 坚持“定向评价、定向使用”, 坚持“两个毫不动摇”: v1.1)
for w in ('原则', '按照', '方针', '思路', '遵循', '本着', '根据'):
    assert w not in t, w
assert t.count('要求') == 8 and t.count('坚持') == 58 and t.count('理念') == 3
# DOC_TITLE (4): the four 《》. DOC_NO (1): the only 〔; 号 also in 老字号, 汇丰1号 (a slag reservoir), 口号式
assert re.findall('《([^》]*)》', t) == ['锰基新能源材料发展铜仁宣言', '世界遗产预备名单', '铜仁市国土空间总体规划',
                                       '铜仁市人民政府工作规则']
assert t.count('〔') == 1 and '[' not in t and '【' not in t and t.count('号') == 4
# STAFFING (0): no 职数; 编制 ×2 (drawing up a list and a plan); 岗位 ×2 (jobs, posts under supervision);
# the numbers of people are employment (4.4万人, 5.5万人, 4.2万人以上), trainees and visitors (人次),
# population (100万人口, 49万人, 88万人), talent (1000名以上: reports notes), people relocated (600人以上),
# migrant workers (80万人), thresholds (3000人以上, 万人以上), farmers trained (1000人), 3人制 (a game)
assert t.count('编制') == 2 and '职数' not in t and t.count('岗位') == 2
assert re.findall(r'[0-9.]+万?(?:多|余)?[人名](?!次|口|制)', t) == [
    '4.4万人', '5.5万人', '4.2万人', '49万人', '88万人', '1000名', '600人', '80万人', '3000人', '1000人']
# ITEM_COUNT: every number + measure word was read (regex below); the labelled counts are listed
counts_re = (r'(?:超|近)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:余|多)?万?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|户|场|套|张|股|宗|起|块|只|名|人|期|次|头|强|枪|位)'
             r'(?:以上|左右)?')
assert len(re.findall(counts_re, t)) == 220, len(re.findall(counts_re, t))
ic_texts = [e['text'] for e in sorted(d.ents, key=lambda e: e['start']) if e['label'] == IC]
assert ic_texts == ['十件', '十条', '6个', '三十条', '四大', '三大', '四项', '4所', '10家以上', '45个'], ic_texts
assert all(re.fullmatch(counts_re, x) for x in ic_texts)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 2, 'DOC_NO': 1, 'DOC_TITLE': 4, 'ITEM_COUNT': 10, 'ORG': 44,
                  'PRINCIPLE': 1, 'STAFFING': 0}, counts
write_gold(OUT, [d])
