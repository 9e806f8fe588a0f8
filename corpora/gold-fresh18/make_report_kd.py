"""Build report_kd.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 桂林市 (广西壮族自治区), a UTF-8 .txt file of
17,875 characters (156 newlines, no final newline). It has no header, no session date and no signature:
各位代表： → 现在，我代表市人民政府… → 一、2023年工作回顾 (the year paragraph with the 《规划》's approval and
the “五个新” praise, the figures, 一年来，我们主要做了以下工作 with nine numbered paragraphs （一）–（九）, the
fields of work and mass organisations, 各位代表！…, thanks, problems) → 二、2024年重点工作 (今年是…, 今年政府
工作的总体要求是, 今年经济社会发展主要预期目标是, a 各位代表！ paragraph on the world-class tourist city with
the 总体思路 and 重点抓好九个方面工作, nine numbered sections （一）–（九） of titled paragraphs, the livelihood
projects and mass organisations, 各位代表！人民政府为人民) → 三、全面加强政府自身建设 (an opening and five
titled paragraphs) → closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh18/make_report_kd.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/桂林.txt'
OUT = 'corpora/gold-fresh18/report_kd.jsonl'
# meta: no header, no session date and no signature; the text opens with 各位代表： and its parts are
# 一、2023年工作回顾 / 二、2024年重点工作 / 三、全面加强政府自身建设, so the report is dated by its year (reports
# notes; report_id, report-ab, report_ea…report_hd). Region: the city is 桂林 (市人民政府, 市委, 全市, 桂林发展);
# the province is 广西 (对广西重大方略要求, 自治区党委, 全区第一, 建设平安广西活动先进市); the Guangxi precedents
# write 广西壮族自治区防城港市 (report_jb), 广西壮族自治区梧州市 (report_gc).
d = AnchoredDoc('fresh18-report-guilin-2024', SOURCE, {'region': '广西壮族自治区桂林市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 17875 and t.count('\n') == 156 and not t.endswith('\n'), (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

PLAN = '桂林世界级旅游城市建设发展规划'
assert t.count('《' + PLAN + '》') == 4 and t.count('《规划》') == 3

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[市人民政府]]，向大会报告政府工作', None),
    # 报告政府工作 (bare 政府); 并请市政协委员和列席会议的同志: a body modifying people (v1.1), not labelled
    # ================================================================ 2023 review: the year paragraph
    # 2023年是…开局之年 (a description), 三年新冠疫情 (a duration): not DEADLINE
    # the plan the State Council approved (a plan: guidelines DOC_TITLE; the same title ×4, 《规划》 ×3 below)
    (DT, '重要的一年。《[[桂林世界级旅游城市建设发展规划]]》正式获国务院批复', None),
    # the body that approves (report_fa 恩施机场对外开放获国务院批复)
    (ORG, '》正式获[[国务院]]批复，桂林发展', None),
    # 党中央 (v1.1: no body head, like 中央); 国务院 after it is ORG (report_fb, report_eb)
    (ORG, '体现了党中央、[[国务院]]对打造世界级旅游城市', None),
    (ORG, '一年来，在[[市委]]的坚强领导下，全市各族人民', None),
    # 自治区党委刘宁书记给予…肯定: the party committee modifies its secretary, a person (v1.1 bodies named only
    # to refer to people: 市委书记), not labelled (README call 6). “五个新” (a quoted name): not counted
    # ================================================================ （一） world-class tourist city
    # the plan's implementation scheme is named by the plan's title in 《》 followed by 总体实施方案 outside the
    # marks: the title inside the marks is labelled (guidelines: the text inside 《》); 三年攻坚方案 and 桂林经典
    # 培育方案 have no 《》
    (DT, '制定《[[桂林世界级旅游城市建设发展规划]]》总体实施方案', None),
    # 100个标志性引领性项目 (projects: reports notes), 3200亿元: not counted
    (DT, '掀起《[[规划]]》实施热潮', None),                         # short title (project decisions)
    # “一城一都一地一中心” (a quoted name), 印象·刘三姐 (a show), 全国旅游演艺精品名录 / 全国文化产业赋能乡村
    # 振兴试点 (no 《》; designations), 桂林国际会展中心新馆 (a building), 灵渠核心景区, 长征国家文化公园（广西段）,
    # 古宋城文化休闲街区 (places and projects), 联合国“地球卫士奖”“李光耀水源荣誉大奖” (prizes; 联合国 cited as
    # a prize's owner: report_ec, report_hd), 获得2026年世界运河大会举办权 (a right won, not a limit set on a
    # measure; 2026年 dates the event: README call 9), 2023年桂林艺术节 / 2024跨年主题活动 (event names),
    # “两会一节”, 草莓音乐节 (events), 世界级旅游消费中心 (a designation), 中华老字号3家 (designations),
    # 治理旅游市场秩序三年行动 (a programme's length: report_gd call 8): not labelled.
    # the national ministry that commends (report_jb 国家住建部通报表扬; report_id 工信部 short name)
    (ORG, '信用经济发展试点经验获[[文旅部]]通报表扬', None),
    # 国际航线5条 (routes: report_id 航线20条, report_hb 航线6条), 1.4亿人次 (visits): not counted
    (ORG, '文旅产业发展获[[国务院]]督查激励', None),          # the body that rewards (report_ea, report_ec)
    # 桂林航空 (an airline: a company); the civil aviation administration, a state organ with the head 局, that
    # certifies the airline's return to service (guidelines: 局 with a specific type)
    (ORG, '通过[[民航局]]复航审定', None),
    # ================================================================ （二） ecology
    # “4·25漓江保护日” (a day's name); 首创发布生态环境报告——《漓江生态环境质量报告》: a report the city
    # publishes on the state of the river, a document like report-be's 《法治政府建设白皮书》 and report_id's
    # 《锰基新能源材料发展铜仁宣言》, not a periodical or a work of art (README call 2); the same title below
    (DT, '生态环境报告——《[[漓江生态环境质量报告]]》', None),
    # 桂林山水保护研究院 (成立: a research institute, reports notes; report_hb 量子科技产业研究院 成立) and
    # “二郎神”民兵分队 (a militia squad: 民兵 are a group of people, v1.1; report_jd 快反小队) (README call 5);
    # 党政军警民“五位一体” (a quoted name), 数字漓江5G项目可视化指挥中心 (a facility, 建成使用: report_ga 指挥中心),
    # “油改电”1000艘 (boats): not labelled
    (DT, '新模式加快形成。《[[桂林市禁止乱挖滥采砂石土矿产资源规定]]》获批实施', None),   # a regulation
    # 争取自治区设立… (自治区 alone names no body), 2亿元, 亚行贷款 (a bank, and international), 排污口88个 /
    # 9条…电缆 (facilities: report_fa), 欧盟标准 (a standard's owner), “无废城市” (a name), 中央、自治区生态环境
    # 保护督察 (中央 has no body head; 自治区 alone), EOD项目10个 (projects), 16万千瓦, 国家级绿色工厂2家、
    # 自治区级5家 (designations), 全州工业集中区 (a zone), 阳朔、资源 (counties as places): not labelled
    # ================================================================ （三） “三大振兴”
    # “三大振兴” (quoted), “双百双新”项目50个 / “千企技改”项目102个 / 工业项目94个 (projects), 31.3%: not counted.
    # a package of measures the city issues, unquoted (reports notes 促消费20条措施; report_id 出台梵净山保护管理
    # 十条措施; report_jb 出台28项重点惠企政策措施)
    (IC, '出台加力振兴工业经济[[22条]]等措施', ic(22, '条')),
    # 23.85亿元, 四大优势产业 (industries: domains, v1.1 六大领域), 七星区电网输配电控制设备产业集群 (a cluster),
    # 力源粮油 / 燕京漓泉 / 三金 / 君泰福 / 曙光院 / 科伦制药 / 吉福思 / 阳天电子 (companies; 曙光院 is a tyre
    # maker's short name), 500强 / 百强 (rankings), 第一批 / 第三批 (ordinals), 2家 / 1家 / 7个 / 6家 / 5家 / 25家
    # (enterprises and designations), 14.85亿元, 5661亩, 160万平方米, 临桂区 (a place), 自治区级高新区 (a zone),
    # 自治区二手车经销业务试点城市 (a designation), 平乐 (a county), 桂林银行 (a commercial bank: a company, v1.1),
    # 东站冷链物流园冷库区 (a facility): not labelled
    # 乡村振兴: 15.8万亩 / 7.32万亩 / 12.8万亩 / 975万亩 (areas), 5个广西中药材基地示范县 (counties: territories),
    # 地理标志证明商标4件 / 有机农产品8个 / 绿色食品认证83个 (products and certificates), 1家 / 12家 (合作社
    # 示范社) / 9家 (designations), 永福县农业现代化示范区 (a zone), 3镇 (townships), 第二届…交易会暨第四届…
    # 交易会 / 广西名特优农产品交易会 (events), “数字供销” (a name), 1850公里, 746个村屯 / 88个行政村 / 138个
    # 行政村 / 兴安等3县 (villages and counties: territories), 资源大庄田村 / 全州毛竹山村 (villages), 18.22亿元
    # / 6.87亿元 / 3.35亿元, 1735名监测对象 (beneficiaries: not STAFFING): not labelled.
    # 科教振兴: 科技创新联席会议制度 (a mechanism), 创新平台7家、23家 (platforms: reports notes), 3家 / 24家 / 5家
    # / 30家 / 9家 / 150家 / 20家 (enterprises), “四张清单” (quoted), 转化科技成果234项 (results), 科技项目71项
    # (projects), 广西科学技术奖44项 (awards), 近10年 (past), 2023中国—东盟…国际论坛 (an event): not labelled
    # ================================================================ （四） city
    # 街巷小公园7个 / 水系公园3个 / 老旧小区259个 / 背街小巷374条 / 楼盘8个 / 积水段40处 (facilities), 西城水厂
    # (a facility), “1+2+N”试点改革 (a name), 第七批11个新型城镇化乡镇 (townships: territories), 全国首批传统
    # 村落保护利用可复制经验清单 (no 《》), 1镇7村 (places): not labelled
    # ================================================================ （五） investment
    # 重大项目谋划储备三年行动 (a length), 1078个 / 13个 / 306个 / 105个 (projects), 万亿国债, 中央预算内资金
    # (中央), 政府专项债券 (bare 政府), 2284公顷 / 1948公顷 / 590亩, 桂林至柳州改扩建工程 (roads), “一把手”招商,
    # 打造桂林世界级旅游城市产业招商大会 (an event), 临桂区 (a place), 百强区: not labelled
    # ================================================================ （六） reform and opening
    # 十大领域 (domains, v1.1 六大领域); the city's own list of reform tasks (reports notes: the government's own
    # task lists, 50项改革“破零”事项; report_jb 谋划123项重点改革任务)
    (IC, '十大领域[[51项]]重点改革任务顺利实施', ic(51, '项')),
    # 旅游产业用地改革入选…典型案例 (a result), 19.3%, 桂林银行 (a company), “市—县—乡—村”四级 (levels): not
    # labelled. The approval powers the city takes over from the region: matters acted on by a measure (report_fa
    # 下放乡村两级高频事项140余项; report_gb 优化行政审批流程402项) (README call 4)
    (IC, '全面承接自治区下放审批权限[[15项]]', ic(15, '项')),
    # 项目审批在线监测平台 (a platform), “全程掌上监管”, 98%, amounts (308.8亿元, 194亿元 …), 欧盟、中东、东盟
    # (regions and international bodies), RCEP, 外资企业52家 (enterprises): not labelled
    # ================================================================ （七） livelihood
    # 自治区和市本级为民办实事项目全面完成 (no number; 自治区 / 市本级 name no body), 4.92万人 (employment:
    # reports notes), 5.6%以内 (a rate), 97%以上, 10.03亿元, 残疾人两项补贴 (a fixed name: reports notes), 备案
    # 托育机构 (generic head), 1.5万余套 / 610套 / 9684套 (housing), 11个保交楼项目 (projects): not labelled.
    # schools built (reports notes: schools a measure sets up; report_ea 新（改扩）建学校88个, report_eb 28所,
    # report_ec 78所)
    (IC, '新建学校[[16所]]，新增学位', ic(16, '所')),
    # 学位1.1万个 (places: seventh session), 新增自治区示范性普通高中4所 (a school designation: report_id call 7,
    # report_ec, report_eb), 紧密型县域医共体 (a hospital group, no count), 自治区公立医院改革与高质量发展示范项目,
    # 县级中医医院和乡镇卫生院中医馆 (facilities), 桂剧《燕歌行》 (a play: a work of art, report_gc 粤剧《抉择》),
    # 广西“五个一工程”奖 (a prize), 示范基地2家 / 示范企业3家 (designations), 环广西公路自行车世界巡回赛（桂林站）,
    # 学青会, 桂林马拉松, 重大体育赛事60余项 (events: reports notes): not labelled
    # ================================================================ （八） risks
    # “5·22”特大暴雨, 213.34亿元, “三保” / “三率” (names), 高风险机构 (generic head), “夏季行动” (a name),
    # 平安广西活动先进市 (a title), 中央交办 (中央), 信访年度综合考评 (a past evaluation), “六大基地” (quoted):
    # not labelled.
    # a package of policy measures the city issues (reports notes 促消费20条措施; 22条 above)
    (IC, '出台促进房地产市场平稳健康发展[[12条]]政策措施', ic(12, '条')),
    # ================================================================ （九） the government's own work
    # 牢牢把握“学思想、强党性、重实践、建新功”总要求: the verb is 牢牢把握, not 按照/坚持/遵循/本着/根据 (report_jb
    # and report_id leave the formula out after 落实; report_ea labels it after 按照) (README call 3); 坚持学思用
    # 贯通、知信行统一 (unquoted, no 原则): not PRINCIPLE. 法治政府 (a type of government)
    # the standing committee that adopts the regulations (report-be 提请市人大常委会审议通过地方性法规5件)
    (ORG, '提请[[市人大常委会]]审议通过地方性法规2项', None),
    # local regulations adopted (reports notes 推动制定6部地方性法规和政府规章; report-be 地方性法规5件)
    (IC, '审议通过地方性法规[[2项]]。全面实施', ic(2, '项')),
    # “八五”普法 (a name). 市人大及其常委会: the 常委会 after a definite 市人大 is a definite short form (v1.2;
    # report_jb, report_hd); 市政协 as the body that supervises (reports notes: 市人大、市政协 with a level)
    (ORG, '依法接受[[市人大]]及其常委会监督，自觉接受市政协', None),
    (ORG, '依法接受市人大及其[[常委会]]监督，自觉接受市政协', None),
    (ORG, '常委会监督，自觉接受[[市政协]]民主监督', None),
    # 市人大代表建议、政协委员提案 (people and proposals: reports notes), 社会和舆论监督: not labelled.
    # the city government named inside the name of its rules, written without 《》 (v1.1 title lines without
    # 《》: the ORG inside is labelled; report-v 修订完善市政府工作规则 → 市政府)
    (ORG, '完善[[市政府]]工作规则等制度', None),
    # 行政执法监督与12345政务服务便民热线 (a hotline, like 12345热线: report_fc), 清廉政府 (a type), 中央八项规定
    # (a fixed name), “四风”, 政府“过紧日子” (bare 政府), “三公两费”: not labelled
    # ---------------------------------------------------------------- fields of work, mass organisations
    # 自治区“双拥模范城”十一连冠 (a title), 侨务、统计、审计、机关事务、档案、保密、供销、地方志、接待、决策
    # 咨询、社会科学 (fields with no body name), 中直、区直驻桂林单位 (generic head 单位)
    # mass organisations named before 等群团组织 (reports notes: 工会、…、红十字会…等事业; report_gc 支持工会、
    # 共青团、妇联、工商联、残联等群团组织; report_id): one ORG each; 群团组织 (generic head) is not
    (ORG, '新贡献，[[工会]]、共青团、妇联等群团组织', None),
    (ORG, '新贡献，工会、[[共青团]]、妇联等群团组织', None),
    (ORG, '新贡献，工会、共青团、[[妇联]]等群团组织', None),
    # ================================================================ thanks
    # 习近平总书记 (a person). 自治区党委、政府: the prefix 自治区 is not repeated, so the bare 政府 is the second
    # member (v1.2 shared prefix; report_gc, report_jb: the same Guangxi formula)
    (ORG, '是在[[自治区党委]]、政府的领导下，市委带领', None),
    (ORG, '是在自治区党委、[[政府]]的领导下，市委带领', None),
    (ORG, '是在自治区党委、政府的领导下，[[市委]]带领全市人民', None),
    (ORG, '的结果，是[[市人大]]、市政协加强监督', None),          # subjects of 监督 (reports notes)
    (ORG, '的结果，是市人大、[[市政协]]加强监督', None),
    (ORG, '在此，我谨代表[[市人民政府]]，向全市各族人民', None),
    # 各位人大代表、政协委员 (people)
    (ORG, '向各民主党派、[[工商联]]、无党派人士', None),           # reports notes: 工商联 in the thanks
    # 各民主党派, 各人民团体 (各), 离退休老领导 (people), 中央和自治区驻桂林单位 (generic head 单位), 驻桂林人民
    # 解放军、武警官兵和消防救援队伍 (armed forces, people, 队伍): not ORG.
    # problems: 部门协同不够 (generic head): not ORG
    # ================================================================ 2024
    # 二、2024年重点工作 (a heading: report_ec, report_id), 今年是中华人民共和国成立75周年 (a description),
    # “十四五”规划目标任务 (a plan's name), 开局之年, 做好今年工作意义重大 (a description): not DEADLINE
    (DT, '也是全面实施《[[桂林世界级旅游城市建设发展规划]]》的开局之年', None),
    # 今年政府工作的总体要求是：坚持… (an unquoted outline: reports notes; report_hd 今年政府工作的总体思路;
    # report_jb): not DEADLINE / PRINCIPLE. 二十届二中全会, 中央经济工作会议 (中央): not ORG; 对广西重大方略要求
    # (unquoted; verb 贯彻落实). The bodies inside their plenums (reports notes; report_jb 认真落实自治区党委十二届
    # 七次全会 → 自治区党委, 市委七届九次全会 → 市委)
    (ORG, '认真落实[[自治区党委]]十二届七次全会精神', None),
    # 按照市委六届六次全会部署要求: 按照 + 要求, but no content is given (neither quoted nor called 原则): not
    # PRINCIPLE (report_jb 根据市委部署)
    (ORG, '按照[[市委]]六届六次全会部署要求', None),
    # 坚持稳中求进、以进促稳、先立后破 (unquoted, no 原则), 新发展理念 (理念): not PRINCIPLE
    (DT, '围绕《[[桂林世界级旅游城市建设发展规划]]》实施，下好先手棋', None),
    # v1.2 Year targets: 今年 heads the list of the year's targets (report_jb, report_gc, report_hd, report_ia)
    (DL, '奋力谱写中国式现代化桂林篇章。\n\n[[今年]]经济社会发展主要预期目标是', YEAR_BY),
    # 5%以上 / 3% / 5.5%左右 (rates), 不低于自治区增速, 控制在自治区下达目标内 (a target level): not labelled
    # ---------------------------------------------------------------- the world-class tourist city
    # 做好今年政府工作，必须牢牢把握这一统揽 (an outline, like 做好今年工作要深入贯彻以下重大要求 in report_jb): not
    # DEADLINE
    (DT, '高标准抓好《[[规划]]》落地实施', None),
    # 按照 + a quoted formula + 思路 (guidelines PRINCIPLE: 按照/坚持/遵循/本着/根据 … 原则/要求/方针/思路;
    # shandong-part2 按照“人往基层走…”的工作思路): the content without the quotes and without 总体思路
    (PR, '要按照“[[世界眼光、国际标准、中国风范、广西特色、桂林经典]]”总体思路', None),
    # 围绕“一城一都一地一中心”主要目标 (verb 围绕, and 目标 is not 原则/要求/方针/思路: shandong-part1 改革目标):
    # not PRINCIPLE
    (DT, '以落实《[[规划]]》第一阶段目标为重点', None),
    # 第一阶段 (a stage, no date), 三年攻坚行动 (a programme's length), 近、中、远期规划 (terms of plans), 争取
    # 国家、自治区层面支持 (no body head), “四大名城” (quoted), 九个方面工作 (aspects): not labelled
    # ================================================================ （一） ecology
    # “两个保护”, “国之大者”, 坚持“明镜可拭不可琢” (a quoted formula with no 原则/要求/方针/思路 after it, v1.1),
    # “二郎神” (a name): not labelled
    (DT, '持续发布《[[漓江生态环境质量报告]]》', None),              # README call 2, as above
    # 数字漓江5G融合生态保护利用综合平台 (a platform), 桂林漓江生态文化数字中心 (a facility; 前期工作 is project
    # preparation), “治乱、治水、治景”专项行动 (a quoted campaign name), 93.4%以上 (a rate with no year word
    # heading it), “三水”, “无废城市”, 会仙等5个国家湿地公园 (parks: places), 10万亩以上, 中央、自治区…督察,
    # 国家生态文明建设示范区 (a designation), 联合国“地球卫士奖” (a prize), 碳达峰“十大行动” (a count inside
    # quotes: report_ga, report_hd), 生态产品目录清单 (no 《》), 生态为民理念: not labelled
    # ================================================================ （二） city and tourism
    # 坚持山水城市理念 (理念), “一砖一瓦都入景、一街一道均成文”景观格局 (a quoted design formula adopted by 构建,
    # not a principle), 中心城区 (a district), 联合国人居环境奖 (a prize), 净瓶山桥 / 漓东医疗中心片区路网 /
    # 沙塘大道二期 (projects; 医疗中心 names the district), 城市管理综合行政执法体制 (a system), 100%, 老旧小区191个
    # / 背街小巷319条 (facilities), 5042套: not labelled.
    # 国家5A级景区, 雁山国家级旅游度假区, 象山国家全域旅游示范区, 兴安国家历史文化名城 (designations and places),
    # 古宋城文化休闲街区（一期）, 世界级古运河户外营地 (projects), 八条主题旅游线路 (routes), “漓江美谷”…示范区
    # (a zone), 一批 (vague), “旅游焕新”工程 (a name), 桂林站 (a railway station), 阳朔旅游集散中心 (a facility:
    # report_hb 集散中心), 治理旅游市场秩序三年行动计划 (a length), 旅行社 (companies), 进境免税店 / 出境免税店
    # (shops), 第一批 / 第二批桂林经典 (ordinals), 尽快推动开通洲际航线 (尽快: vague, guidelines), “引欧来桂”:
    # not labelled
    # ================================================================ （三） industry
    # 新一轮工业振兴三年行动 (a length), “原字号”“老字号”“新字号”“外字号”四篇文章 (metaphorical domains, like
    # report_jb's 五篇大文章), 项目40个以上 / 80个以上 (projects), 四大优势产业 (domains), 领益智造 / 赛尔康 /
    # 作为科技 / 曙光院 / 君泰福 / 阳天电子 / 恒保公司 / 深科技 (companies), 产业园 (zones), 150亿元 etc., 20家以上
    # / 1家 / 2家 / 2家 / 15家 / 65家以上 (enterprises), 优势企业培育库 (a register), “个转企”“小升规”…, 月月有项目
    # 开竣工 (a frequency), 高新区 / 经开区 / 高铁园 / 临桂高新区 / 各县域工业园区 (zones): not labelled.
    # 商贸服务型国家物流枢纽名单 (no 《》), 东站冷链物流园 / 中通智慧物流产业园 / 桂林储运物流园 (facilities and
    # parks; 前期工作 is project preparation), 临桂区、七星区两大会展核心区 (zones), 4个国家特色农产品优势区 (zones),
    # 六大百亿元产业集群 (industries: domains), 60万亩以上, 养殖场30家以上 (farms), 2个…项目 (projects), 专业合作社
    # 40家 / 家庭农场60户 (economic entities, v1.1 合作社), 休闲农业示范点3个以上 (designations), 工业互联网“十百
    # 千万”工程 (quoted), 50项“智改数转”项目 (projects: reports notes; report_jb 科技计划项目30项以上), 智能工厂、
    # 数字化车间各3家以上 (designations): not labelled
    # ================================================================ （四） villages
    # “千万工程”, “五个振兴” (quoted names), 12.7万亩, 生猪大县, 促进脱贫人口持续增收三年行动 (a length),
    # 粤桂协作, “万企兴万村”, 第二批自治区级特色小镇 / 第七批新型城镇化乡镇 (ordinals, places), 坚持“一县一策”
    # (no 原则/要求), 1个主导园区 / 1—2个特色产业集群 (zones and clusters), 一批…试点县 (vague), 实用性村庄规划 (no
    # number), 90%以上: not labelled
    # ================================================================ （五） science and education
    # “政产学研资用” (quoted), 学位1.35万个 (places), 桂林文化旅游市域产教联合体 (a consortium: report_hc 市域产教
    # 联合体), 国家产教融合试点城市, 桂林医学院 / 桂林师专 / 桂林学院 (colleges: facilities, v1.2), 省部共建…国家
    # 重点实验室 (a lab), 桂林电子科技大学 (a university), 华大九天 (a company), EDA算力平台, EDA研发中心 (a research
    # centre: report_hb; 尽快 vague), 创新平台12家以上 (platforms), 创新联合体 / 科技创新中心 (platforms), 国家可
    # 持续发展议程创新示范区 (a zone), “百企大走访”, 80%以上, 技术攻关50项以上 / 关键核心技术产业化应用10项以上
    # (research tasks: report_hb 核心技术攻关10项, report_fb), 高校、科研院所 / 科研机构 (generic), 每年安排的科技
    # 支出…不低于百分之二 (每年: a bare frequency; a share, not a limit), 15%以上, 科技创新与人才投资基金 (a fund),
    # 金融机构 (generic), 科创人才发展规划 / 紧缺人才培养引进计划 (no 《》), 引才育才“五大工程” (quoted: report_gc
    # “三项计划”), “人才+项目+基地”, “杰出科技人才培育计划专项”…, 一批…创新团队 (vague; 团队 a group of people),
    # “科技强企·人才支撑”, “订单式”, “带土移植”“厚土培植”: not labelled
    # ================================================================ （六） investment and consumption
    # 广西区域消费中心试点城市 (a designation), “千万聚惠 龙重登场”年货节 (an event), “县县精彩有特色、月月周周有
    # 活动” (a slogan, a frequency), 临桂中央商务区 (a district), 阳朔国际旅游消费中心体验区 (a zone), 中国—东盟旅游
    # 商品交易基地 (a facility; 前期工作), 首店 / 旗舰店 / 体验店, “老字号”, “嗦粉经济”“茶饮产业”, “世界美食之都”,
    # 文武巷 (a street): not labelled.
    # 坚持项目为王 (unquoted, no 原则), 5000万元以上 (a threshold), 重大项目700个以上 / 项目1000个以上 (projects),
    # 重点项目领导包抓责任制, 落实“县区吹哨，部门报到”协调机制 (a quoted mechanism, v1.1; 部门 generic), “标准地”,
    # “拿地即开工”, 13条高速公路 (roads), 省道202 (a road), 长塘水库 / 上桂峡水库 (projects), 23个风电项目
    # (projects), 国家“千兆城市”, 5G基站1500个以上 (facilities), 完成自治区下达充电桩建设任务 (自治区 alone):
    # not labelled. 招商引资突破年行动 (a campaign name), “一把手”工程, 专班招商 (no body head: v1.1 工作专班),
    # 10%左右, 月月有招商项目落地 (a frequency), “四类500强” (quoted), 企业40家以上 (enterprises), 1—2个…项目
    # (projects), “千企开拓”, 桂林荔浦保税物流中心（B型） (a facility: report_jb 保税物流中心), 综合保税区, 国家
    # 跨境电商综合试验区 (zones): not labelled
    # ================================================================ （七） reform and opening
    # 国有企业改革深化提升行动, 国资监管体制 (no body), 金融“五篇大文章” (domains: report_jb), 华诺威药业 / 桂林
    # 银行 (companies), 政府性融资担保业务 (bare 政府), 20亿元, 坚持“两个毫不动摇” (no 原则/要求), “政银企保”,
    # 领导干部包联企业制度, 政务服务环境优化条例 (no 《》), “网上办”“掌上办”“智能办”, “双随机、一公开” (a quoted
    # mechanism), 35%以上, 各级各部门 (各), “一带一路”, 中国—东盟命运共同体, RCEP, 粤港澳大湾区, 西部陆海新通道,
    # 苏桥无水港 (a facility), 北京西城区、深圳南山区 (districts as partners: places): not labelled
    # ================================================================ （八） safety
    # “三保”, 中小金融机构 (generic), 安全生产治本攻坚三年行动 (a length). 加强应急保障中心、综合执法队伍建设:
    # a class of emergency supply centres named beside 队伍 with no level or place, a facility or capacity to be
    # built (report_gc 应急指挥中心 beside 队伍 and 物资储备, not labelled) (README call 7). 国家食品安全示范城市,
    # “两个责任”, 坚持和发展新时代“枫桥经验” (a quoted mechanism, v1.1), 国防和军队 (armed forces), 全国双拥模范城
    # “十连冠” (a title), 铸牢中华民族共同体意识示范市, 所有县（市、区）, 自治区民族团结进步示范区 (designations):
    # not labelled
    # ================================================================ （九） livelihood
    # 坚持尽力而为、量力而行、久久为功 (unquoted, no 原则), 国家公共就业服务能力提升示范项目, 政策性岗位 (jobs),
    # 3.5万人 (employment), 产业工人队伍 (队伍), 1.5万人次 (trainees), 高技能人才1000人以上 (talent: reports notes,
    # not STAFFING), 第三届广西职业技能大赛 (an event), 97%以上 / 98%以上, 两项补贴 (a fixed name), 2000户以上
    # (households), 桂林考古博物馆 / 中国旅游博物馆 / 广西省立艺术馆 (museums, a theatre: facilities), 灵渠国际论坛
    # (an event), 湘江战役90周年 / 西南剧展80周年 (anniversaries), 智慧广电乡村工程, 桂派戏曲文化生态保护区 (a
    # zone), “漓江之声”“周末大家乐” (names), 国家区域医疗中心中南大学湘雅二医院桂林医院临桂院区 / 桂医附院漓东院区
    # / 市中医医院城北院区 / 南溪山医院雁山院区 (hospitals: reports notes), 基层医疗机构 (generic), “乡聘村用”,
    # 疾病预防控制体系 (a system), 桂林马拉松 / 广西万村篮球赛总决赛 / 中国城市青少年篮球联赛 (events), 6个大型体育
    # 公园 (parks: facilities), 公共体育场馆 (facilities): not labelled.
    # the city's livelihood list, an unquoted N大 before the projects (seventh session: N大 before actions,
    # plans or tasks; report_gc 便民服务等为民办实事十大工程 → {10, 大}; report_jb 十大类…为民办实事项目)
    (IC, '健康等[[十大]]为民办实事工程', ic(10, '大')),
    # 第五次全国经济普查 (an ordinal)
    (ORG, '普查工作。支持[[工会]]、共青团、妇联等开展工作', None),
    (ORG, '普查工作。支持工会、[[共青团]]、妇联等开展工作', None),
    (ORG, '普查工作。支持工会、共青团、[[妇联]]等开展工作', None),
    # 社会福利、慈善、社工、志愿服务、法律援助 (fields), 各位代表！人民政府为人民 (bare 人民政府 with no level:
    # v1.2 generic): not labelled
    # ================================================================ 三、政府自身建设
    # 政府工作 / 政府治理 / 政府公信力 / 人民满意政府 (bare 政府), “两个确立”, “两个维护” (quoted names)
    # 党中央 (v1.1); 国务院 after it is ORG (report_fb 贯彻落实党中央、国务院决策部署)
    (ORG, '不折不扣贯彻落实党中央、[[国务院]]决策部署', None),
    (ORG, '决策部署和[[自治区党委]]、政府以及市委工作要求', None),
    (ORG, '决策部署和自治区党委、[[政府]]以及市委工作要求', None),
    (ORG, '决策部署和自治区党委、政府以及[[市委]]工作要求', None),
    # 市委工作要求: 要求 with no content (neither quoted nor called 原则): not PRINCIPLE.
    # “干部敢为、地方敢闯、企业敢干、群众敢首创”的时代最强音 (a slogan, verb 激荡), 政府系统 / 数字政府 / 政府
    # 工作 (bare), 依法接受人大及其常委会监督 (a bare 人大 with no level, v1.2, and the 常委会 of that generic 人大:
    # report_id call 8), 自觉接受人民政协民主监督 (bare 人民政协: report-av), 人大代表建议和政协委员提案 (people and
    # proposals), 清廉政府, 政府系统: not labelled
    # ================================================================ closing
    # 党中央 (v1.1)
    (ORG, '在[[自治区党委]]、政府和市委的坚强领导下', None),
    (ORG, '在自治区党委、[[政府]]和市委的坚强领导下', None),
    (ORG, '在自治区党委、政府和[[市委]]的坚强领导下', None),
]

for a in ANCHORS:
    label, anchor, norm = a[:3]
    d.ctx(label, anchor, n=a[3] if len(a) > 3 else 1, norm=norm)

# ================================================================ every body word accounted for
d.check_all('人民政府', 3, 2, ['代表！[人民政府]为人民'])                      # bare 人民政府 (v1.2)
d.check_all('国务院', 4, 4)
d.check_all('党委', 5, 4, ['自治区[党委]刘宁书'])                            # modifies a person (README call 6)
d.check_all('自治区党委', 5, 4, ['[自治区党委]刘宁书'])
d.check_all('市委', 5, 5)
d.check_all('市政府', 1, 1)
# 市人大 ×2, 市人大常委会 labelled; 市人大代表建议 and 人大代表 (people), 人大及其常委会 and 人大代表建议 (bare,
# people)
d.check_all('人大', 7, 3, ['督，市[人大]代表建', '向各位[人大]代表、', '法接受[人大]及其常', '，提高[人大]代表建'])
d.check_all('政协', 7, 2, ['并请市[政协]委员和', '建议、[政协]委员提', '代表、[政协]委员，', '受人民[政协]民主监',
                         '建议和[政协]委员提'])                       # people, bare 人民政协
d.check_all('常委会', 3, 2, ['受人大及其[常委会]监督，自'])
d.check_all('委', 17, 11, ['市政协[委]员和列', '治区党[委]刘宁书', '、政协[委]员提案', '、政协[委]员，向',
                          '受人大及其常[委]会监督，自', '和政协[委]员提案'])
# bare 政府 (v1.1) and types of government; the two labelled alone are the second members after 自治区党委、
# (thanks, 三、政府自身建设, closing: three), the other three are inside 市人民政府 ×2 and 市政府
d.check_all('政府', 28, 6, [
    '会报告[政府]工作，', '，新增[政府]专项债', '进法治[政府]建设。', '面提升[政府]效能。', '进清廉[政府]建设。',
    '。树牢[政府]“过紧', '今年[政府]工作的', '好今年[政府]工作，', '，力争[政府]性融资', '！人民[政府]为人民',
    '面加强[政府]自身建', '导贯穿[政府]工作各', '实提升[政府]治理效', '，提高[政府]公信力', '民满意[政府]。',
    '续推进[政府]系统改', '强数字[政府]建设，', '，提升[政府]工作效', '实作为[政府]工作最', '断提高[政府]工作透',
    '进清廉[政府]建设，', '奉献在[政府]系统蔚'])
# no body head (v1.1): 党中央 ×3, 中央、自治区…督察 ×2, 中央预算内资金, 中央交办, 中央八项规定, 中央和自治区驻
# 桂林单位, 中央经济工作会议, 临桂中央商务区 (a district)
d.check_all('中央', 11, 0, ['现了党[中央]、国务', '0%。[中央]、自治', '；争取[中央]预算内', '力化解[中央]交办信',
                          '格落实[中央]八项规', '志，向[中央]和自治', '全会和[中央]经济工', '面落实[中央]、自治',
                          '进临桂[中央]商务区', '落实党[中央]、国务', '心的党[中央]周围，'])
# 民航局 labelled; 开局 ×2, 局面 ×3, 格局 ×8, 全局, 大局, 布局 ×2, 破局
d.check_all('局', 18, 1, ['精神开[局]之年，', '对复杂[局]面中取', '护新格[局]。数字', '外垄断[局]面。成', '的良好[局]面不断',
                         '统揽全[局]，以感', '》的开[局]之年。', '发展格[局]这个战', '城市格[局]、主客', '景观格[局]。加强',
                         '发展格[局]。', '展新格[局]。', '专业布[局]，推进', '发展格[局]上奋力', '发展大[局]，一头',
                         '牌，布[局]一批小', '勇于破[局]之心、'])
# 文旅部 labelled; 全部 ×2, 干部 ×5, 部门 ×4 (generic head), 部署 ×2, 省部共建, 西部, 部分
d.check_all('部', 16, 1, ['收占全[部]税收比', '提案全[部]高质量', '广大干[部]群众精', '较大；[部]门协同', '次全会[部]署要求',
                         '重组省[部]共建药', '吹哨，[部]门报到', '领导干[部]包联企', '管，跨[部]门联合', '各级各[部]门在工',
                         '融入西[部]陆海新', '院决策[部]署和自', '荡“干[部]敢为、', '，解决[部]分干部', '部分干[部]节奏慢'])
# generic heads (v1.1): 部门 ×4, 机构 ×6 (托育机构, 高风险机构, 金融机构 ×2, 科研机构, 基层医疗机构), 单位 ×3
# (揭榜单位 a designation; 驻桂林单位 ×2), 群团组织, 机关事务 (a field)
d.check_all('部门', 4, 0, ['较大；[部门]协同不', '吹哨，[部门]报到”', '管，跨[部门]联合抽', '各级各[部门]在工作'])
d.check_all('机构', 6, 0, ['案托育[机构]数量全', '高风险[机构]“三率', '导金融[机构]制定专', '、科研[机构]人才引',
                          '小金融[机构]风险化', '层医疗[机构]基础设'])
d.check_all('单位', 3, 0, ['厂揭榜[单位]1家、', '驻桂林[单位]为我市', '驻桂林[单位]，向驻'])
d.check_all('组织', 1, 0, ['等群团[组织]在经济'])
d.check_all('机关', 1, 0, ['审计、[机关]事务、'])
# no 中心 is a body: “一城一都一地一中心” ×2 (a quoted goal), buildings and facilities (会展中心, 指挥中心, 数字中心,
# 集散中心, 保税物流中心), designations and zones (旅游消费中心, 区域消费中心, 消费中心体验区, 国家区域医疗中心),
# 中心城区, 漓东医疗中心片区 (a district), EDA研发中心 and 科技创新中心 (research: platforms), 应急保障中心
# (README call 7)
d.check_all('中心', 16, 0, ['一地一[中心]”建设', '际会展[中心]新馆建', '游消费[中心]建设加', '化指挥[中心]建成使',
                           '一地一[中心]”主要', '化数字[中心]前期工', '，探索[中心]城区建', '东医疗[中心]片区路',
                           '游集散[中心]、漓江', 'A研发[中心]尽快落', '技创新[中心]认定，', '域消费[中心]试点城',
                           '游消费[中心]体验区', '税物流[中心]（B型', '急保障[中心]、综合', '域医疗[中心]中南大'])
# railway stations (东站 ×2, 桂林站 ×2: one is a race's stage), a power station, 5G基站: facilities
d.check_all('站', 6, 0, ['强。东[站]冷链物', '（桂林[站]）、学', '成桂林[站]电梯改', '推进东[站]冷链物', '蓄能电[站]主体工',
                        '5G基[站]150'])
# 16所 (counted) and 4所 (designations), 所需/所急/所盼/所向, 所有 ×2, 厕所, 科研院所 (generic)
d.check_all('所', 10, 0, ['校16[所]，新增', '高中4[所]，普惠', '批发展[所]需、改', '、改革[所]急、基', '、基层[所]盼、民',
                         '、民心[所]向的问', '伍，向[所]有关心', '卫生厕[所]覆盖率', '科研院[所]“结对', '，力争[所]有县（'])
# 民兵分队 (README call 5), 队伍 ×3, 团队 ×2 (groups of people), 军队
d.check_all('队', 7, 0, ['民兵分[队]，构建', '防救援[队]伍，向', '创新团[队]。持续', '人才团[队]，打造', '合执法[队]伍建设',
                        '防和军[队]现代化', '业工人[队]伍建设'])
# 国务院 ×4 labelled; a research institute (README call 5), a company (曙光院 ×2), hospitals and their
# campuses, colleges, 科研院所
d.check_all('院', 22, 4, ['护研究[院]、“二', '，曙光[院]、科伦', '公立医[院]改革与', '中医医[院]和乡镇', '镇卫生[院]中医馆',
                         '产曙光[院]民航大', '林医学[院]更名、', '桂林学[院]二期建', '、科研[院]所“结', '雅二医[院]桂林医',
                         '桂林医[院]临桂院', '院临桂[院]区正式', '桂医附[院]漓东院', '院漓东[院]区竣工', '中医医[院]城北院',
                         '院城北[院]区、南', '溪山医[院]雁山院', '院雁山[院]区等项'])
# 共青团 ×2 labelled; 团结 ×7, 群团组织, 人民团体 (各), 团队 ×2
d.check_all('团', 12, 2, ['，民族[团]结、宗', '联等群[团]组织在', '市人民[团]结奋斗', '各人民[团]体和各', '的创新[团]队。持',
                         '新人才[团]队，打', '区民族[团]结进步', '国民族[团]结进步', '紧密地[团]结在以', '篇章而[团]结奋斗'])
d.check_all('组', 2, 0, ['等群团[组]织在经', '推动重[组]省部共'])                  # 组织 (generic), 重组 (a verb)
d.check_all('馆', 6, 0, ['中心新[馆]建成使', '院中医[馆]实现全', '古博物[馆]等工程', '游博物[馆]前期工', '立艺术[馆]等剧场',
                        '体育场[馆]向社会'])                             # buildings and facilities
d.check_all('处', 8, 0, ['圾焚烧[处]理排放', '无害化[处]理率1', '活垃圾[处]理转运', '段40[处]。城市', '与应急[处]理系统',
                        '无害化[处]理率达', '。妥善[处]置和化', '共事件[处]置保障'])      # 处理/处置, 40处
d.check_all('司', 2, 0, ['恒保公[司]打造防', '现代公[司]治理和'])                  # a company; corporate governance
d.check_all('室', 1, 0, ['点实验[室]，推动'])                                    # a lab
d.check_all('署', 2, 0, ['全会部[署]要求，', '决策部[署]和自治'])
d.check_all('银行', 4, 0, ['。桂林[银行]上榜中', '。桂林[银行]建立“', '持桂林[银行]打造服', '兴标杆[银行]，大力'])  # companies
d.check_all('工会', 2, 2)
d.check_all('共青团', 2, 2)
d.check_all('妇联', 2, 2)
d.check_all('工商联', 1, 1)
for w, n in (('厅', 0), ('办公室', 0), ('办事处', 0), ('领导小组', 0), ('委员会', 0), ('管委会', 0), ('以下简称', 0),
             ('集团', 0), ('县委', 0), ('省委', 0), ('人民法院', 0), ('检察院', 0), ('海关', 0), ('派出所', 0),
             ('公安', 0), ('残联', 0), ('科协', 0), ('红十字会', 0), ('党校', 0), ('专班', 1)):
    assert t.count(w) == n, (w, t.count(w))

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


# 办 (35): never a body (举办, 承办, 常办, 办审批, 网办, 办理, 办实事, 交办, 办复, 办成, 办好, 办教育, 办学, 网上办,
# 掌上办, 智能办, 能办, 可以办, 办法)
rest('办', ['举办', '承办', '常办', '办审批', '网办', '办理', '办实事', '交办', '办复', '办成', '办好', '办教育', '办学',
           '上办', '能办', '以办', '办法'], 35)
assert not any('办' in e['text'] for e in d.ents if e['label'] == ORG)
# 会 (47): 市人大常委会, 常委会, 工会 ×2 inside ORGs; otherwise 大会, 会议, 社会, 会展, 交易会, 全会, 学青会, 两会,
# 常委会 (bare), 会仙 (a place), 联席会议
rest('会', ['大会', '会议', '社会', '会展', '交易会', '全会', '学青会', '两会', '常委会', '会仙'], 47)
assert sorted(e['text'] for e in d.ents if e['label'] == ORG and '会' in e['text']) == \
    ['工会', '工会', '市人大常委会', '常委会']
# 联 (20): 妇联 ×2, 工商联 inside ORGs; otherwise 联动 ×2, 联合国 ×3, 互联网 ×2, 联席, 保联 (a company), 联合体 ×2,
# 联合 ×2, 包联, 联运, 联赛
rest('联', ['联动', '联合国', '互联网', '联席', '保联', '联合体', '联合', '包联', '联运', '联赛'], 20)
# 协 (14): 市政协 ×2 inside ORGs; otherwise 政协委员 (people), 人民政协 (bare), 协同, 协作, 协调
rest('协', ['政协', '协同', '协作', '协调'], 14)
# 社 (31) and 科 (31): no body (社会, 社区, 合作社, 旅行社, 社保, 社工; 科技, 科学, 科伦制药, 科教, 深科技, 科研,
# 学科, 科创)
rest('社', ['社会', '社区', '合作社', '示范社', '旅行社', '社保', '社工'], 31)
rest('科', ['科技', '科学', '科伦', '科教', '科研', '学科', '科创'], 31)
assert sorted(e['text'] for e in d.ents if e['label'] == ORG) == sorted(
    ['市人民政府'] * 2 + ['国务院'] * 4 + ['市委'] * 5 + ['自治区党委'] * 4 + ['政府'] * 3 + ['市人大'] * 2
    + ['市政协'] * 2 + ['工会'] * 2 + ['共青团'] * 2 + ['妇联'] * 2
    + ['文旅部', '民航局', '市人大常委会', '常委会', '市政府', '工商联'])

# ================================================================ other families
# DEADLINE (1): 今年 before the targets. Every time word was read: 20xx (2023年 ×2: the heading and the year
# description; 2026年 in 获得2026年世界运河大会举办权 (README call 9); 2023年桂林艺术节, 2024跨年主题活动, 2023中国—
# 东盟…论坛 (event names); 2024年 (the heading 二、2024年重点工作); 2000 (households)); 今年 ×5 (今年是…75周年
# (a description), 做好今年工作意义重大, 今年政府工作的总体要求是 and 做好今年政府工作 (outlines), the targets
# (labelled)); 一年来 ×2, 过去一年, 过去的一年, 近10年, 年度 (past); 三年 ×10 (三年新冠疫情, 三年攻坚方案, 三年行动
# ×6, 三年行动计划, 三年攻坚行动: durations and programme names); 开局之年 ×2 / 关键一年 / 的一年 ×2 (descriptions);
# 75周年, 90周年, 80周年 (anniversaries); 年货节, 突破年行动 (names); 每年 (a bare frequency), 月月 ×2 / 月月周周
# (frequencies); 提前完成 (past); 尽快 ×2 (vague: guidelines); 5.6%以内 (a rate), 自治区下达目标内 (a level);
# 前列 ×3, 前期工作 ×5, 学前, 前行 ×2 (no limit); 期 (到期, 长期, 预期, 近、中、远期, 二期 ×2, 一期, 全周期); 底线
# ×6 / 兜底 (no limit); 节假日, 保护日, 过紧日子, 夏季行动, 三月三 (names).
assert re.findall(r'20\d\d年?', t) == ['2023年', '2023年', '2026年', '2023年', '2024', '2023', '2024年', '2000']
assert t.count('年') == 46 and t.count('今年') == 5 and t.count('三年') == 10 and t.count('年度') == 1
assert t.count('前') == 12 and t.count('内') == 17 and t.count('底') == 8 and t.count('期') == 14
assert t.count('月') == 8 and t.count('日') == 3 and t.count('季') == 1 and t.count('每') == 2 and t.count('时') == 7
assert t.count('提前') == 1 and '提前完成农村危房改造任务' in t and t.count('尽快') == 2
for w in ('年内', '年底', '年末', '底前', '月底', '期间', '之前', '以前', '日内', '日前', '到20', '每月', '上半年',
          '下半年', '全年', '季度', '春节', '年前'):
    assert w not in t, w
# PRINCIPLE (1): the 总体思路 after 按照. No 原则/遵循/本着/根据/方针; 按照 ×2 (the labelled one; 按照市委六届六次全会
# 部署要求: no content); 思路 ×1 (labelled); 要求 ×6 (牢牢把握“…建新功”总要求 (README call 3), 总体要求是 (an
# unquoted outline), 对广西重大方略要求 (unquoted), 部署要求 (no content), 市委工作要求 (no content), 最本质的要求
# (a description)); 坚持 ×16, none followed by 原则/要求/方针/思路 (quoted formulas: 坚持“明镜可拭不可琢”, 坚持“一县
# 一策”, 坚持“两个毫不动摇”, 坚持和发展新时代“枫桥经验”; the rest unquoted); 理念 ×3 (新发展理念, 生态为民理念,
# 山水城市理念)
for w in ('原则', '遵循', '本着', '根据', '方针'):
    assert w not in t, w
assert t.count('按照') == 2 and t.count('思路') == 1 and t.count('要求') == 6 and t.count('坚持') == 16
assert t.count('理念') == 3
# DOC_TITLE (10): the plan ×4 and 《规划》 ×3, the river report ×2 (README call 2), the sand and gravel rules;
# 桂剧《燕歌行》 is a play. DOC_NO: none (no 〔 [ 【; 号 only in 老字号 ×2, 原字号, 新字号, 外字号)
assert re.findall('《([^》]*)》', t) == [
    PLAN, PLAN, '规划', '漓江生态环境质量报告', '桂林市禁止乱挖滥采砂石土矿产资源规定', '燕歌行', PLAN, PLAN, '规划', '规划',
    '漓江生态环境质量报告']
assert '〔' not in t and '[' not in t and '【' not in t and t.count('号') == 6 and t.count('字号') == 6
# STAFFING (0): no 职数; 编制 ×1 (drawing up village plans); 岗位 ×2 (政策性岗位招录规模: jobs, no number; 关键
# 岗位: posts at risk). The numbers of people are people monitored (1735名监测对象: beneficiaries), employment
# (4.92万人, 3.5万人), trainees (1.5万人次) and talent (高技能人才1000人以上: reports notes)
assert t.count('编制') == 1 and '职数' not in t and t.count('岗位') == 2
assert re.findall(r'[0-9.]+万?(?:多|余)?[人名](?!次)', t) == ['1735名', '4.92万人', '3.5万人', '1000人']
# ITEM_COUNT (7): every number + measure word was read (regex below); the labelled counts are listed
counts_re = (r'(?:超|近)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:[—-]\d+)?万?(?:余|多)?万?'
             r'(?:个|项|条|件|所|家|类|大类|对|大|部|批|种|支|处|座|户|场|套|张|股|宗|起|块|只|名|人|片|篇|列|届|次|级|期|口|头|'
             r'羽|亩|吨|位|镇|强)(?:以上|左右)?')
assert len(re.findall(counts_re, t)) == 196, len(re.findall(counts_re, t))
ic_texts = [e['text'] for e in sorted(d.ents, key=lambda e: e['start']) if e['label'] == IC]
assert ic_texts == ['22条', '51项', '15项', '16所', '12条', '2项', '十大'], ic_texts
assert all(re.fullmatch(counts_re, x) for x in ic_texts)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 10, 'ITEM_COUNT': 7, 'ORG': 34,
                  'PRINCIPLE': 1, 'STAFFING': 0}, counts
write_gold(OUT, [d])
