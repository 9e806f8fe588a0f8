"""Build report_lc.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 阜阳市 (安徽), a UTF-8 .txt file of 18,270
characters (164 newlines, no final newline): 各位代表： → 一、2023年工作回顾 (the year paragraph, four 这一年…
paragraphs, 一年来，主要做了以下工作 and eight numbered sections （一）–（八） each one paragraph of results, the
fields of work at the end of （八）, the government's own work, thanks, problems) → 二、2024年重点工作 (the year,
政府工作的总体要求是…, 今年经济社会发展的主要预期目标是…, 重点做好十个方面工作 in ten numbered sections
（一）–（十） of titled paragraphs, then 市政府还将重点做好十件民生实事：一是…十是…) → 三、全面加强政府自身建设
(a preamble and five 始终做到… paragraphs) → closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh19/make_report_lc.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/阜阳.txt'
OUT = 'corpora/gold-fresh19/report_lc.jsonl'
# meta: no header, no session date and no signature; the text opens with 各位代表： and its parts are
# 一、2023年工作回顾 / 二、2024年重点工作, so the report is dated by its year (reports notes; report_ha, report_hb,
# report_fc, report_ka). Region: the city is 阜阳 (市人民政府, 市委, 全市, 现代化美好阜阳 throughout); the text names
# the province itself (习近平总书记关于安徽工作的…重要要求, 安徽（阜阳）高等研究院, 现代化美好安徽建设, 皖北, 全省); the
# Anhui precedents use the same form (report_ha 安徽省淮北市, report_hb 安徽省合肥市, report_fc 安徽省芜湖市, report-bc
# 安徽省铜陵市).
d = AnchoredDoc('fresh19-report-fuyang-2024', SOURCE, {'region': '安徽省阜阳市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 18270 and t.count('\n') == 164 and not t.endswith('\n'), (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; ST = 'STAFFING'; DL = 'DEADLINE'; PR = 'PRINCIPLE'


def staff(n, unit):
    return {'min': n, 'max': n, 'unit': unit, 'approx': False}


YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[市人民政府]]，向大会报告政府工作', None),
    # 向大会 (the session addressed), 报告政府工作 (bare 政府, v1.1), 并请市政协委员和其他列席人员 (people: v1.1, a body
    # modifying people): not labelled
    # ================================================================ 2023 review: the year paragraph
    # 2023年 (the heading and the year described), 党的二十大 (党 alone has no body head), 开局之年, 三年新冠疫情 (past):
    # not labelled. 在省委、省政府和市委的坚强领导下 occurs twice (here and in the closing): three ORGs each (report_ha,
    # report_hb, report-bc)
    (ORG, '在[[省委]]、省政府和市委的坚强领导下', None, 2),
    (ORG, '在省委、[[省政府]]和市委的坚强领导下', None, 2),
    (ORG, '在省委、省政府和[[市委]]的坚强领导下', None, 2),
    # ================================================================ 这一年… paragraphs
    # 十个方面重要要求, 六项重要指示 (the leader's instructions: aspects, not a list a measure sets; guidelines v1.1 八个
    # 方面), “三地一区”, “十个区域性强市”, “四梁八柱” (quoted names), 一揽子政策措施 (no number): not labelled.
    # 14.6万户 / 85.1万户 (enterprises), 金融机构 (generic head), 全省第4 … (ranks): not labelled.
    # 实施优化营商环境条例: a law named without 《》 (guidelines: no DOC_TITLE without book-title marks).
    # 民营企业家“四个约见”机制 (a quoted name; its 四个 is not counted: reports notes, counts inside fixed names).
    # cadres sent to work in enterprises: personnel dispatched (guidelines STAFFING "assigned, recruited, dispatched or
    # placed"; report_fc 选派200名年轻干部, report_gc 30名厅级领导干部, report_hd 5.5万名党员干部下沉一线); unlike
    # report_ha's “千名干部进千企” this is a count, not a programme's name (README call 3)
    (ST, '机制，[[418名]]干部到企业跟班服务', staff(418, '名')),
    # citizens appointed as business-environment testers: personnel engaged, as report_ha labels 聘任40名“营商环境
    # 体验官” (and report_ib 聘请122名…大使); the measure word 位 is kept as the unit (README call 3). 首批 (an ordinal).
    (ST, '首批[[20位]]营商环境体验官', staff(20, '位')),
    # 项目452个 / 640个 (projects), “星期六会商”会592场 (meetings), 解决事项2406个 (matters resolved: results, report_ha
    # 解决问题1517个, report_ib 解决问题3500余个): not counted
    # 新增城镇就业10万人 (employment), 587万人 (beneficiaries): not STAFFING (reports notes). 三级医院增至17家, 新增“三甲”
    # 医院2家，总数达到6家 (hospitals by grade: report_eb 三甲医疗卫生机构3家 "a grade"): not counted
    # ================================================================ （一） manufacturing
    # 工业投资千亿计划, 省千百亿“链主”企业培育计划 (plans without 《》), enterprises (175家, 1613家, 253家, 80家), companies
    # (阜兴科技, 博雷顿皇氏太阳能, 赛颍光伏, 江淮汽车, 比亚迪, 立讯精密, 森萍, 昊源化工, 欣奕华, 纽龙船舶, 翔胜科技, 金泰光机电,
    # 福方高科, 天鸿新材料, 人民控股), 4.2万个 (charging facilities), 新能源汽车全生命周期绿色发展大会 (an event),
    # 10快区 / 30强 (ranks), 智能工厂、数字化车间56个 (designations): not labelled
    # ================================================================ （二） the city
    # 保税物流中心（B型） (a bonded logistics facility: report_fc), 阜阳机场, 南照港, 铁路国际物流港 (facilities), 一期 /
    # 二期 (phases), 市四水厂 / 市三水厂 (waterworks), 市图书馆、博物馆、大剧院 (venues: facilities), 老旧小区31个 /
    # “口袋公园”37个 / 城市客厅示范区域9个 (facilities), “智慧城管” (a system; 数字政府 a type of government),
    # 年度测评 (a metric), 界首田营镇 / 颍上慎城镇 / 阜南鹿城镇 (towns as places), 20强 / 千强镇 (ranks): not labelled
    # ================================================================ （三） villages
    # 98% … 558万亩, “双千亿”计划, 46万头, companies (金源, 柳桥, 长春新牧, 内蒙古合牛, 同福, 皇氏集团, 莘羊, 中裕食品),
    # “六个一”工程 (quoted), 农产品89个 / 621个 (products), “千村引领、万村升级”工程, 中心村97个 / 13个村 (villages),
    # 345公里, 41.4万 / 25224户 / 74573人 (beneficiaries and households), 年经营性收入 (a metric): not labelled.
    # a named residents' committee, the unit whose land-contract extension is the national pilot: 居委会 is a body
    # head like the guidelines' 村委会 (report_hd 居委会), and the district prefix 颍东 stays in the name (guidelines:
    # a region prefix belongs to the name) (README call 6)
    (ORG, '[[颍东枣庄居委会]]第二轮土地延包', None),
    # ================================================================ （四） services
    # 消费券, 限上单位423家 / 1779家 (enterprises; 单位 generic), 4.4亿件 (parcels), 3761万人次 (visitors), 2019年 (a
    # baseline), 阜阳城市圈暨皖豫八市文旅联盟 (发起成立: an alliance, report_fc / report_gb: alliances are not bodies; 八市
    # are cities), 文旅惠民消费季 (an event's name), 5家单位 (designations), 911家 / 211家 / 超百家 (shops, enterprises),
    # 中华老字号, 国家骨干冷链物流基地 (a designation), 18小时 (a travel time), 8200标箱: not labelled
    # ================================================================ （五） science, education, talent
    # 安徽（阜阳）高等研究院, 中科院合肥物质研究院, 吉祥纺织工程先进技术研究院 (research institutes: reports notes;
    # report_ha 安徽(淮北)高等研究院), 中科大 / 华中科技大学 / … / 江南大学, 阜师大, 阜阳理工学院, 阜阳技师学院, 阜阳职业
    # 技术学院, 阜阳幼儿师专, 工业经济学校 (universities, colleges and schools: facilities), 第二届全国职业技能大赛 (an
    # event), 新型研发机构 (generic head), enterprises (730家, 24家, 305家, 1407家), 研发平台300家 (platforms), “三首”产品
    # 11个 (products), 阜阳创新馆 (a venue), 省院士工作站 / 博士后科研工作站41家 (platforms: report_gd, report_ib),
    # 人才627名, 4.3万人 (talent attraction: reports notes, not STAFFING), 人才及团队200个 (teams): not labelled.
    # the ministry that approves the college's founding (report_hc 获教育部批复)
    (ORG, '阜阳理工学院正式获[[教育部]]批准', None),
    # ================================================================ （六） reform and opening
    # 组建公共交易集团 (a state-owned company: v1.1), 9家/8家/11家 (enterprises), “三个百强” (quoted).
    # 审批时限分别压缩至55、50、24个工作日: processing times reported as a result in the review, not a limit the text
    # sets (report_jb 审评工作时限…缩减至36个工作日, report_hb 1天办结) (README call 8).
    # “亩均英雄贷”, “标准地”, “评定分离”, 4.2万家 (enterprises), 豪家管业 (a company), 改革成果94项 / 制度创新成果35项
    # (results promoted: reports notes 70项滨州经验在全国全省推广; report_fc 30项…制度创新成果), 120家 / 700家
    # (enterprises), “徽动全球”百团出海行动 (a quoted name).
    # RCEP产业合作委员会: an industry-cooperation body of business members around an international agreement, treated
    # like the trade associations (seventh session) and the international bodies (report_ka, report-be) left out
    # (README call 7); 中投集团, 上海临港集团, 苏阜发展合作开发公司 (companies, v1.1); 合肥市, 苏州市, 北京市西城区
    # (partner cities and a district: places), 阜合园区, 苏阜产业园 (zones), 示范基地116家 (designations),
    # 世界制造业大会, 阜洽会 (events), 项目92个: not labelled
    # ================================================================ （七） green development
    # 电站 (facilities), 绿色工厂19家/32家 (designations), 颍上经开区 / 界首高新区 (zones), “1＋1＋N” (quoted), 试点项目库,
    # 18个省级幸福河湖 (designations), 较2021年 (a baseline): not labelled
    # ================================================================ （八） livelihood
    # the province's 暖民心 actions and livelihood list, and the city's list (report-bc 10项“暖民心”行动, 28项为民办实事;
    # report_ha 10项暖民心行动和50项民生实事; reports notes 省定20件、市定15件为民实事). 年度任务 (an adjective of the
    # tasks: report_ga), 提前完成 and 如期兑现 (past; 如期 vague): not DEADLINE
    (IC, '省[[10项]]暖民心行动年度任务', ic(10, '项')),
    (IC, '提前完成、[[50件]]民生实事全面落实', ic(50, '件')),
    (IC, '市[[10件]]民生实事如期兑现', ic(10, '件')),
    # 遮阳（雨）棚104个, 停车泊位4.1万个, 老年食堂（助餐点）263家, 城乡菜市72个, 邻里中心6个 (facilities and service
    # points: reports notes 孝善助老食堂400家; report_fc 宜邻中心 not counted): not counted.
    # schools built (reports notes; report_ka 19所, report_fc 11所/10所, report_hb 110所)
    (IC, '新建改扩建幼儿园、中小学校[[156所]]', ic(156, '所')),
    # 学位4.4万个 (places), 110.6%, 59.3万困难群众 (beneficiaries), housing (套), 省公共卫生临床中心 (a hospital:
    # report_fc), 市三院公共精神卫生综合服务中心 (a hospital building project), 阜阳口腔医院 (a hospital), 7.35张 (beds),
    # 徐淙祥 (a person), “中国好人”133人 / “安徽好人”165人 (honourees), 第六届安徽省民间杂技艺术节 (an event).
    # 《风雨王家坝》: a play, a work of art, not a law, plan or list (reports notes 《烈烈渤海红》; report_ka 淮剧《范公堤》)
    # (README call 10). The ministry that gives the award is ORG (report_ka 获评文旅部…优秀案例); 省“五个一工程”奖 (省
    # alone is no name).
    (ORG, '《风雨王家坝》荣获[[文旅部]]优秀剧目奖', None),
    # 全民健身设施702处, 55公里 (facilities), 市第十四届运动会, 亚运会 (events), 2019年 (a baseline), 6.63万套, 97%.
    # “五老法治诊所”“村嫂理事会”“红管家理事会”“邻里互助队”“板凳会”等基层首创做法: quoted names of grassroots practices,
    # model types repeated across villages, not one body (batch-c: model types such as “枫桥式派出所”; report_eb “流动信访局”
    # a quoted mechanism) (README call 5). 连年 / 连续三年 (past): not labelled.
    # fields of work: 国防动员, 后备力量建设, 军民融合, 退役军人事务, 妇女儿童事业, 老干部工作, 民族, 宗教, 残疾人, 红十字 (no
    # 会), 慈善, 气象, 地震, 外事, 侨务, 对台 have no body head. 关工委, 老教委 and 老龄委 are committees (head 委) named as
    # fields of work, as the reports notes label mass organisations in such lists (妇联工作 → 妇联) and report_eb labels
    # 关工委 (README call 1)
    (ORG, '妇女儿童事业及[[关工委]]、老教委', None),
    (ORG, '及关工委、[[老教委]]、老龄委', None),
    (ORG, '老教委、[[老龄委]]、老干部工作', None),
    # ================================================================ the government's own work (review)
    # 过去一年, 政府切实加强自身建设 (bare 政府), “忠专实”“勤正廉” after 做到 (not a PRINCIPLE verb: report_fc, report_hb),
    # 意识形态工作责任制, 法治政府 (a type): not labelled.
    # regulations submitted and enacted (report_hd 审议地方性法规6件; report-bc 2件; report_ib 3件)
    (IC, '提请审议和颁布实施地方性法规[[4件]]', ic(4, '件')),
    # 合法性审查157件: legality reviews carried out (handled matters, like handled proposals: reports notes), not
    # counted (README call 9).
    # 市人大及其常委会: 常委会 is a definite short form after a named 市人大 (v1.2; report_gb, report_hc, report_hd, report_ja)
    (ORG, '认真执行[[市人大]]及其常委会的决议', None),
    (ORG, '认真执行市人大及其[[常委会]]的决议', None),
    # 市人大 and 市政协 with their level as the bodies that supervise (report_ib 主动接受市人大法律监督和市政协民主监督,
    # report_hd 自觉接受市人大、市政协监督); bare 人大监督 / 政协民主监督 later are generic (reports notes)
    (ORG, '自觉接受[[市人大]]监督、市政协民主监督', None),
    (ORG, '自觉接受市人大监督、[[市政协]]民主监督', None),
    # the standing committee before its review opinions: a body before a document (gold-unseen reports-d 市政协提案 →
    # 市政协; report_fc, report_ka); 人大代表建议 and 市政协委员提案 name people (v1.1; report_hd 772件市政协委员提案), and the
    # handled numbers (334件, 307件, 166.3万件) are not counted (reports notes)
    (ORG, '办理[[市人大常委会]]审议意见', None),
    # “民声呼应”“两有三解”“12345”便民服务热线 (platforms and a hotline: reports notes), 98.8% / 7.7% …, 政府系统: not
    # labelled
    # ================================================================ thanks
    (ORG, '是[[省委]]、省政府坚强领导', None),
    (ORG, '是省委、[[省政府]]坚强领导', None),
    (ORG, '是[[市委]]总揽全局', None),
    (ORG, '是[[市人大常委会]]、市政协鼎力支持', None),        # subjects (reports notes; report_hd)
    (ORG, '是市人大常委会、[[市政协]]鼎力支持', None),
    (ORG, '在此，我谨代表[[市人民政府]]，向在各个岗位', None),
    # 政府工作 (bare), 人大代表、政协委员 (people), 离退休老同志, 各民主党派 / 各人民团体 (各), 无党派人士, 驻阜解放军指战员,
    # 武警官兵, 政法公安干警, 消防救援队伍指战员 (armed forces and people; 队伍 generic): not ORG; 工商联 in the thanks
    # list (reports notes; report_ha, report_hb, report_ka)
    (ORG, '各民主党派、[[工商联]]、无党派人士', None),
    # ================================================================ problems
    # 头部企业, 开发园区, 区域性中心城市 (a role), 政府系统 ×1, 少数干部: not labelled
    # ================================================================ 二、2024年重点工作: the year and the outline
    # 2024年重点工作 (a heading), 今年是…75周年 (a description), “十四五”规划目标任务 (a plan period named, no limit),
    # 政府工作的总体要求是：坚持… (unquoted: reports notes, report_ha, report-bc), 二十大 / 二十届二中全会, “两个确立”,
    # “四个意识”, “四个自信”, “两个维护” (quoted names), 坚持稳中求进工作总基调 (no 原则), 新发展理念 (理念): not labelled.
    # 按照党中央决策部署及省委、市委工作安排: 党中央 (no body head, v1.1); the two bodies are ORG; 按照…工作安排 has no
    # content, so no PRINCIPLE
    (ORG, '决策部署及[[省委]]、市委工作安排', None),
    (ORG, '决策部署及省委、[[市委]]工作安排', None),
    # 聚焦省委“九个扎实”部署要求: the verb 聚焦 is outside the frame 按照/坚持/遵循/本着/根据 (report-bc 聚焦“五大”要求),
    # so not PRINCIPLE; 省委 is ORG. “三地一区”, “十个区域性强市”, “建设长三角区域重点城市…”使命任务 (quoted names after
    # 锚定 / 勇担): not labelled
    (ORG, '聚焦[[省委]]“九个扎实”部署要求', None),
    # v1.2 Year targets: 今年 heads the list of targets (report_ha, report_ka, report-bc, report_fc)
    (DL, '[[今年]]经济社会发展的主要预期目标是', YEAR_BY),
    # 省下达年度目标任务 (省 alone; 年度 an adjective), 十个方面 (aspects, v1.1): not labelled
    # ================================================================ （一） innovation
    # 国家创新型城市, 安徽（阜阳）高等研究院 (research), 科技企业“双倍增两清零一提升”行动 (quoted), 130家 / 200家以上
    # (enterprises), 大院大所 (generic), 加快组建…产业创新研究院和…共性技术研究中心 (research institutes and a research
    # centre: reports notes; report_hb 组建人形机器人创新中心 left out), 一批 (vague), 十大特色产业 (industries: domains,
    # v1.1 六大领域; report_jc 五大产业), 战新科转基金 / 天使基金 (funds), 阜师大, 安医大附属阜阳医院 (a university, a
    # hospital), 合工大, 合肥大学, 苏州科大, 本科院校, 阜阳职业技术学院, 阜阳幼儿师专, 阜阳技师学院 (colleges), 省新能源汽车
    # 智能实训基地 (a base), 西门子 (a company), “三转四像”, “结对子” (quoted names), 颍淮英才计划 / 江淮英才培养计划
    # (programmes), “招才引智高校行”“阜阳学子家乡行” (events), 大学生4.5万人 / 技能人才2万人 (talent: reports notes), 产业
    # 工人队伍 (generic): not labelled
    # ================================================================ （二） industry
    # companies throughout (万度光能, 人民控股, 赛颍光伏, 博雷顿皇氏, 海鹏, 阜兴科技, 阜阳海钠, 天能电池, 南都华铂, 江淮, 开乐,
    # 祺力汽车, 比亚迪, 立讯精密, 森萍, 昊源化工 (尼龙66: a product), 智磁, 瑞鸿, 晋煤中能, 杭摩科技, 金兰金盈, 欣奕华, 翔胜
    # 科技, 虹宸电子, 金泰光机电, 晶宫绿建, 生宸源科技, 吉祥三宝, 京九丝绸, 天威羊绒, 科大讯飞); 中铁四局 (a state-owned
    # company whose short name ends in 局: v1.1); bases and parks (储能基地, 线束生产基地, 铸铝部件基地, 医药产业集聚发展
    # 基地, 化学原料药基地, 持有人基地, 首太新能源产业园, 颍东化工园区); “抓大育小” (坚持 + quote, no 原则: v1.1);
    # enterprises (200家, 50家, 1家 ×2), “13581”; “管委会+公司”改革 (a reform model: the 管委会 is a class of bodies inside
    # a quoted formula, report_ha); 开发园区赋权清单 (no 《》); 颍上、阜南等省级开发区 (zones); 100个技改项目 (projects);
    # 数字车间10个、智能工厂2家, 10个示范企业 (designations, enterprises); “三中心” (quoted): not labelled
    # ================================================================ （三） urbanisation
    # “大通道”“大平台”“大通关” (quoted), “支撑阜阳、带动皖北、呼应合肥”战略定位 (定位 after 聚焦: not PRINCIPLE),
    # roads, ports, airports (一期 / 二期 phases), 航站楼, 特大桥, 海关监管场所 (a customs-supervised site: bare 海关 names no
    # body, gold-fresh18 tuning), 航空口岸, 保税物流中心（B型） (facilities), 合肥都市圈 / 长三角城市群 / 中原城市群 (regions),
    # 市县国土空间总体规划 (no 《》), 阜城六大片区 (areas: report_hc 六大片区), 东北大外环 / 火车站 / 泵站 (facilities),
    # 老旧小区29个 (facilities), “一县一策”, 五县市 / 五县城 (territories): not labelled
    # ================================================================ （四） agriculture and villages
    # “六个之路”, “五大振兴” (quoted names), “三农”, “四良两优一智”重点工程 (quoted), 全年粮食播种面积 (全年: the scope of
    # an annual figure, report_ha call 10, report_fc), 万亩 / 亿斤 (amounts), “三位一体”, 国家级制种（小麦）大县 (a
    # designation), “双千亿”计划, “秸秆变肉”暨肉牛振兴计划 (programmes without 《》): not labelled.
    # a quoted formula adopted through 按照…思路 (guidelines PRINCIPLE; report_ec 按照“抓好两端、畅通中间”工作思路,
    # report_gc 按照“三原六茶”思路, report_ia); its 十群 and 十大 stay inside the PRINCIPLE (no overlap across types;
    # reports notes: the counts inside such a formula are not ITEM_COUNT) (README call 2)
    (PR, '按照“[[一链十群一基地、十大行动强支撑]]”思路', None),
    # “粮头食尾”“畜头肉尾”“农头工尾” (quoted), 县市区绿色食品产业园 / 国家现代农业产业园 (parks), 50万头, “皖美农品”品牌10个
    # (brands), “两品一标”农产品40个 (products), “数商兴农”, “互联网＋”, “千村引领、万村升级”工程, “千万工程”, 90个中心村 /
    # 13个示范村 (villages), 中央、省级衔接资金 (中央: no body head; 省级 alone), “132”工程, 38.5万人以上 (employment),
    # 再延长三十年 (a term), 不低于8000亩 (area), 年经营性收入 (a metric), 700万亩: not labelled
    # ================================================================ （五） demand and services
    # 按要素分配的政策制度 (落实; 按 is not 按照 and there is no 原则), “徽动消费·乐享阜阳” (a theme), 限上单位400家以上
    # (enterprises), 购物节 / 美食节 / 音乐节 (events), 一刻钟便民生活圈, 中央预算内投资 (中央: no body head), “星期六会商”,
    # “项目管家”, 配水厂 (facilities), 政府与社会资本合作 (bare 政府), 服务业机构 (generic), 会计师事务所 / 律师事务所 (firms),
    # 省“两业融合”发展标杆单位 (a designation), “家政进社区”, 国家骨干冷链物流基地建设三年行动计划 (no 《》; 三年: a
    # programme's length), 商品集散中心, 京东皖北运营中心, 中通…智慧物流园, 农产品物流中心 (company units and facilities),
    # 9000标箱: not labelled
    # ================================================================ （六） reform, private economy, opening
    # 坚持主动靠上去、精准接上去、全力融进去 (unquoted, no 原则: report-bc), 沪苏浙, 皖北承接产业转移集聚区 / 阜合园区 / 苏阜
    # 产业园 / 颍州临港产城融合示范园区 (zones), 合肥市 / 苏州市 (partner cities: places), 上海临港集团 (a company).
    # 投入运营上海（阜阳）“双招双引”中心: an investment-promotion centre put into operation (投入运营, a facility verb:
    # report_ga 大数据中心投入运营; report_hb call 4 建成运营), named by a quoted programme, with no body the text describes
    # (README call 7). 基地14个 (designations), 600亿元以上: not labelled.
    # 政府机构改革 (bare 政府; 机构 generic), 国有平台公司 (companies), 零基预算改革, “标准地”, “工业上楼”, “带方案出让”,
    # “拿地即开工”, “交地交验交房即办证”, “数据要素×”三年行动计划 (quoted; a programme's length), “评定分离”: not labelled.
    # 企业家日 (an event, not a date), 企业家恳谈会 (a meeting), 中央及省、市关于促进民营经济发展壮大的意见 (中央 no body
    # head; 省 / 市 alone name no body; 意见 without 《》), “四个约见”制度, “创业阜阳”: not labelled.
    # “投资安徽行”, 长三角 / 大湾区 / 京津冀 (regions), 项目480个 (projects), 80%以上 / 7.5%, 进博会 / 世界制造业大会 / 广交会 /
    # 阜洽会 / RCEP企业家合作大会 / …大会 (events), “六个一批” (quoted), 进出口实绩企业100家 (enterprises), “一带一路”, RCEP,
    # “新三样”, 省级跨境电商产业园, 自贸区联动创新区 (zones), 省级特别清单 (no 《》, no number), “海客圆桌会” (an event),
    # “阜企出海”: not labelled.
    # 全面落实优化营商环境条例 (a law without 《》), “高效办成一件事”, “全程网办”, “智慧化＋信用化＋网格化”监管, “12345”营商
    # 环境监督分线, “无事不扰、有求必应” (让…成为常态: no frame verb), 政府履约践诺 / 政府诚信 (bare), 免处罚、免强制及减轻
    # 处罚事项清单 (no 《》, no number): not labelled
    # ================================================================ （七） green transition
    # 坚持“两山”理念 (理念 is not 原则/要求/方针/思路), 坚持人与自然和谐共生 (unquoted), 阜阳南部风光电基地, 中科昊海 (a
    # company), “三全”模式, 绿电产业示范园区, 绿色工厂10家 (designations), 35%以上, “1＋1＋N”, 空气质量提升攻坚行动 (no 《》
    # here, unlike report_ha's 《空气质量提升攻坚行动》), 淮河流域水质提升工程, 示范基地, “无废城市”, 绿美江淮行动, 10.6万亩,
    # 河湖长制: not labelled.
    # 夏季挥发性有机物治理、秋冬季大气污染综合治理: the seasons name the kind of each campaign (a summer VOC control and an
    # autumn-winter air control, repeated every year), not a due point or a schedule for a measure (guidelines: bare
    # frequencies without a due point are not DEADLINE; report_jb / report_kd 夏季行动 a campaign name) (README call 4)
    # ================================================================ （八） culture
    # 区域性文化强市和高品质区域性文旅中心 (a role: a hub), “时代新人铸魂”计划, “好人阜阳”, 文明行为促进条例 (no 《》),
    # 淮河文化研究院 (共建: a research institute, reports notes), 淮河文化公园, 市非遗体验展示馆 (a venue), 遗址, “文化进万家”,
    # 淮河民俗文化艺术节 (an event), 黄岗柳编 / 马集发艺 / 长官杂技小镇 (places), 管仲老街 / 太和书画 (brands), “一核一廊两翼
    # 多极”发展格局 (quoted, verb 构建), 汽车公园 / 露营地 / 冰雪馆 (facilities), 马拉松赛 / 骑行赛 (events): not labelled
    # ================================================================ （九） livelihood
    # 坚持以人民为中心 (unquoted).
    # 培育优质学校25所: a quality designation the schools are to earn, as the labelled reports leave out 新优质学校50所以上
    # and 领航学校10所 (report_hd, report_id, report_eb) (README call 9); 优质学位3万个 / 托位4000个 / 学位2000个 (places),
    # 91%, 国家义务教育优质均衡发展区 (a designation), 阜阳开放大学 / 高等院校 / 阜阳老年大学 / 特教学校 (universities and
    # schools): not labelled.
    # “接您回家” (an event), “一人一策”援助计划 (a quoted programme name; its 一人 is not STAFFING), 公益性岗位 (jobs),
    # 智慧劳动监察一体化平台, “智慧仲裁”服务系统 (platforms): not labelled.
    # “数据找人计划”“社保服务进社区”, “综合两率”, housing (3652套, 9156套), 住宅小区物业管理条例 (no 《》): not labelled.
    # 省级区域医疗中心、专科医疗中心, 国家区域医疗中心, 省级中医医疗中心、康复中心 (medical centres with no number:
    # designations and facilities), 市妇女儿童医院 / 县级医院 (hospitals), 基层医疗卫生机构 (generic), “一村一名大学生村医
    # 提升计划” (a quoted programme name: report_hb; its 一名 is not STAFFING), 阜师大阜阳医学院 / 安医大阜阳临床医学院
    # (colleges), “三医联动”, 国家卫生城市: not labelled
    # ================================================================ （十） safety
    # “难安置”, “保交楼”; 落实“一城一策”要求 (the verb 落实 is outside the frame: report_ha, report_ka); 政府债务率 (bare);
    # 地方金融风险处置攻坚行动; 安全生产治本攻坚三年行动 (a programme's length); 临灾预警“叫应”机制; 执法力量 (generic);
    # 坚持和发展新时代“枫桥经验” (a quoted name after 坚持 with no 原则: v1.1); “四事四权”工作法; 民族宗教; 群团组织、社会
    # 组织 (generic heads); “打早除小”; 国防动员 … 退役军人事务 (fields); 全国双拥模范城 (a title): not labelled
    # ================================================================ the ten livelihood matters
    # the city government as the subject of the pledge (a body acting: report_hb 市政府发文…, report_ha 市政府网站)
    (ORG, '[[市政府]]还将重点做好十件民生实事', None),
    # the list of livelihood matters the government sets (reports notes; report_ea 五件民生实事, report_ka 20项)
    (IC, '市政府还将重点做好[[十件]]民生实事', ic(10, '件')),
    # 一是…十是 (ordinals), 60%社区, “三公里”, 5000户 (households), “无一名学生因贫失学，无一个家庭因学返贫” (a quoted
    # pledge), “工会驿站” (a quoted type of rest station: 工会 is the class of trade unions inside a facility's name, like
    # report_ha's 管委会 inside “管委会+公司”) (README call 5), 户外劳动者服务站点 (service points: v1.1), “零跑路”, “一件事”,
    # “一件事一次办”, “公交便民”, “定制公交”“预约响应”, “放心消费”, 示范单位25个 / 示范街区5个 (designations), 放心家政公共
    # 服务平台 (a platform), “安全感”“烟火气”: not labelled
    # ================================================================ 三、政府自身建设
    # a quoted formula adopted through 按照…要求 (guidelines PRINCIPLE; report_ea 按照“学思想、强党性…”的总要求, report_ic
    # 按照“三稳三进”要求). The two quotations are two formulas, each one PRINCIPLE (report_u 按照“三个高于”“五个走在前”
    # “七个争上游”目标要求 → three; shandong-part2 基本原则 with three quotes → three). The same pair after 做到 in the
    # review is not labelled (report_fc, report_hb: 做到 / 践行 are outside the frame) (README call 2)
    (PR, '要按照“[[忠专实]]”“勤正廉”要求', None),
    (PR, '要按照“忠专实”“[[勤正廉]]”要求', None),
    # 坚定拥护“两个确立”、坚决做到“两个维护” (quoted names), 重大决策“一对标三审查”工作机制 (quoted): not labelled.
    # 中央及省委省政府、市委: 中央 has no body head (v1.1); 省委省政府 are two names without a mark (report_fc 不负省委省政府的
    # 重托; report-bc)
    (ORG, '贯彻落实中央及[[省委]]省政府、市委', None),
    (ORG, '贯彻落实中央及省委[[省政府]]、市委', None),
    (ORG, '中央及省委省政府、[[市委]]各项决策部署', None),
    # 巡视、审计、督察 (no body), 政府前面“人民”二字 (bare), “急难愁盼”, “一线＋闭环”, “民声呼应”, “两有三解”、“12345”便民服务
    # 热线 (platforms), “民有所呼，我必呼应” (做到: not a frame verb), 依法行政能力提升行动, 重大行政决策程序规定 (no 《》),
    # 政府工作 / 政府的行为底色 (bare), 府院、府检联动 (abbreviations with no body name: report-bc, report_fc), 依法接受人大
    # 监督，自觉接受政协民主监督，认真办理人大代表建议和政协提案 (bare bodies and people: reports notes), 坚持“党委作决策、政府
    # 抓落实” (a quoted formula after 坚持 with no 原则/要求/方针/思路: v1.1; bare 党委/政府), “学先进、补短板、树品牌”活动,
    # “上前一步”工作品牌, 正确政绩观, “新形象工程”, “四下基层” (quoted names): not labelled.
    # the body whose implementing opinions are carried out (a body inside a longer non-ORG phrase, v1.1); “1+4”实施意见
    # has no 《》 (no DOC_TITLE) and its “1+4” is a quoted name
    (ORG, '认真落实[[市委]]加强作风建设', None),
    # 政府系统党风廉政建设 (bare), 行政审批、工程建设、公共资源交易 (fields), “过紧日子”, “三保”底线, 按新发展理念谋事 (按, 理念),
    # 党和人民: not labelled. Closing: 党中央 (no body head); 在省委、省政府和市委的坚强领导下 is placed above (n=2);
    # 新中国75周年 (a description): not labelled
]

for a in ANCHORS:
    label, anchor, norm = a[:3]
    d.ctx(label, anchor, n=a[3] if len(a) > 3 else 1, norm=norm)

# ================================================================ every body word accounted for
d.check_all('人民政府', 2, 2)
d.check_all('省委', 6, 6)
d.check_all('省政府', 4, 4)
d.check_all('市委', 6, 6)
d.check_all('市政府', 1, 1)
d.check_all('常委会', 3, 3)                                  # 常委会 (及其…), 市人大常委会 ×2
d.check_all('工商联', 1, 1)
d.check_all('教育部', 1, 1)
d.check_all('文旅部', 1, 1)
d.check_all('政府', 29, 7, [                                  # bare 政府 (v1.1) and types of government
    '向大会报告[政府]工作，请予审议', '全国数字[政府]创新成果', '第1。[政府]投资类', '过去一年，也是[政府]切实加强',
    '深入推进法治[政府]建设，提请', '主体责任，[政府]系统党风廉政', '向给予[政府]工作大力支持', '同时，[政府]系统中少数干部',
    '关键一年。[政府]工作的总体要求', '城市。[政府]系统要坚持', '实施[政府]与社会资本合作', '落实[政府]机构改革任务',
    '兑现和[政府]履约践诺', '更好以[政府]诚信', '努力压降[政府]债务率', '三、全面加强[政府]自身建设',
    '新路，[政府]系统全体同志', '牢记[政府]前面', '切实把[政府]工作全面纳入', '让法治成为[政府]的行为底色',
    '党委作决策、[政府]抓落实', '深入推进[政府]系统党风廉政'])
d.check_all('人大', 8, 4, [                                   # 市人大 ×2, 市人大常委会 ×2 labelled
    '审议意见和[人大]代表建议334件',                             # people (v1.1)
    '大力支持的[人大]代表、政协委员',                             # people
    '依法接受[人大]监督',                                         # bare (reports notes)
    '认真办理[人大]代表建议和政协提案'])                          # people
d.check_all('政协', 7, 2, [                                   # 市政协 ×2 labelled
    '并请市[政协]委员和其他列席人员',                             # people (v1.1)
    '建议334件、市[政协]委员提案307件',                           # people (report_hd 市政协委员提案)
    '人大代表、[政协]委员，向离退休',                             # people
    '自觉接受[政协]民主监督，认真办理',                           # bare (reports notes)
    '人大代表建议和[政协]提案，主动接受'])                        # bare
d.check_all('委', 25, 19, [                                    # 省委 ×6, 市委 ×6, 常委会 ×3, 居委会, 关工委, 老教委, 老龄委
    '并请市政协[委]员', 'RCEP产业合作[委]员会',                    # people; the business body (call 7)
    '、市政协[委]员提案307件', '人大代表、政协[委]员',             # people
    '持续深化“管[委]会+公司”',                                   # a class inside a quoted model (report_ha)
    '坚持“党[委]作决策'])                                         # bare 党委 (v1.1)
d.check_all('委员会', 1, 0, ['与RCEP产业合作[委员会]、中投集团'])     # README call 7
d.check_all('中央', 7, 0, [                                    # no body head (v1.1); 中央工厂 is a kitchen plant
    '乳制品[中央]工厂', '按照党[中央]决策部署', '联农带农机制，[中央]、省级', '积极争取[中央]预算内',
    '全面落实[中央]及省、市', '贯彻落实[中央]及省委', '为核心的党[中央]周围'])
d.check_all('中心', 23, 0, [                                   # facilities, hospitals, research, villages, roles, hubs
    '保税物流[中心]（B型）一期', '和美乡村省级[中心]村97个', '规划建设邻里[中心]6个', '省公共卫生临床[中心]、',
    '精神卫生综合服务[中心]等项目', '区域性[中心]城市承载力', '共性技术研究[中心]，建设', '共建“三[中心]”',
    '加快建设区域性[中心]城市、', '保税物流[中心]（B型）申建', '加快推动[中心]城区', '和美乡村省级[中心]村和13个',
    '商品集散[中心]，加快', '京东皖北运营[中心]', '农产品物流[中心]三期', '“双招双引”[中心]。',    # call 7
    '区域性文旅[中心]。', '以人民为[中心]，', '省级区域医疗[中心]、', '专科医疗[中心]建设，争创', '争创国家区域医疗[中心]。',
    '中医医疗[中心]、康复中心', '康复[中心]建设。'])
d.check_all('站', 10, 0, [                                     # platforms, power stations, facilities, service points
    '省院士工作[站]获批', '博士后科研工作[站]发展到', '漂浮式光伏电[站]', '电化学储能电[站]', '国际航[站]楼', '火车[站]交通枢纽',
    '排涝泵[站]等工程', '“工会驿[站]”', '劳动者服务[站]点', '人民群众[站]在一起'])
d.check_all('所', 9, 0, ['中小学校156[所]', '“五老法治诊[所]”', '向[所]有关心', '大院大[所]产学研', '海关监管场[所]',
                        '会计师事务[所]', '律师事务[所]', '优质学校25[所]', '民有[所]呼'])
d.check_all('院', 30, 0, [                                     # hospitals, research institutes, colleges, 府院
    '三级医[院]增至17家', '“三甲”医[院]2家', '博物馆、大剧[院]成为', '（阜阳）高等研究[院]，推动与', '阜阳理工学[院]正式获',
    '阜阳技师学[院]在第二届', '阜阳职业技术学[院]在国际', '中科[院]合肥物质', '合肥物质研究[院]、复旦', '先进技术研究[院]入选',
    '省[院]士工作站', '市三[院]公共精神', '阜阳口腔医[院]开诊', '（阜阳）高等研究[院]建设，', '加强与大[院]大所',
    '新材料产业创新研究[院]', '附属阜阳医[院]开展', '推动阜阳理工学[院]与合工大', '支持阜阳职业技术学[院]升格',
    '升格本科[院]校', '支持阜阳技师学[院]创建', '高水平技师学[院]，打造', '淮河文化研究[院]，启动', '与高等[院]校合作',
    '市妇女儿童医[院]争创', '争创“三甲”医[院]。', '县级医[院]综合能力', '阜师大阜阳医学[院]申办', '阜阳临床医学[院]招生',
    '持续推进府[院]、府检'])
d.check_all('部', 19, 2, [                                     # 教育部, 文旅部 labelled
    '418名干[部]到企业', '整车、零[部]件、后市场', '劳动力全[部]就业', '老干[部]工作得到', '广大干[部]群众', '头[部]企业，',
    '少数干[部]乱作为', '党中央决策[部]署及', '“九个扎实”[部]署要求', '高附加值零[部]件项目', '乘用车零[部]件', '汽车零[部]件等项目',
    '铸铝[部]件基地', '发展总[部]经济', '阜阳南[部]风光电基地', '市委各项决策[部]署', '让干[部]把更多精力'])
d.check_all('协', 10, 2, [                                     # 市政协 ×2 labelled
    '并请市政[协]委员', '、市政[协]委员提案307件', '人大代表、政[协]委员', '等前期工作。[协]调推进', '[协]同推进阜城六大片区',
    '[协]同推进降碳', '自觉接受政[协]民主监督', '建议和政[协]提案'])
d.check_all('联', 14, 1, [                                     # 工商联 labelled
    '八市文旅[联]盟', '开航，多式[联]运超过8200', '上报首批[联]合科研', '自贸区[联]动创新区复制', '“5G+工业互[联]网”',
    '中原城市群[联]动发展', '“互[联]网＋”', '帮扶项目[联]农带农', '河海[联]运，做强', '多式[联]运超过9000',
    '加快自贸区[联]动创新区建设', '“三医[联]动”', '府检[联]动'])
d.check_all('居委会', 1, 1)
d.check_all('工会', 1, 0, ['“[工会]驿站”'])                      # README call 5
for w, n in (('局', 9), ('厅', 1), ('办', 28), ('队', 8), ('组', 9), ('团', 15), ('室', 0), ('馆', 5), ('处', 9),
             ('署', 3), ('机构', 6), ('单位', 7), ('机关', 0), ('部门', 0), ('组织', 3), ('集团', 6), ('公司', 4),
             ('基地', 15), ('联盟', 1), ('理事会', 2), ('研究院', 6), ('学院', 9), ('医院', 7), ('国务院', 0), ('党委', 1),
             ('办公室', 0), ('领导小组', 0), ('以下简称', 0), ('妇联', 0), ('共青团', 0), ('科协', 0), ('人民团体', 1)):
    hits = [m.start() for m in re.finditer(w, t)]
    assert len(hits) == n, (w, len(hits))
    for h in hits:        # 格局/布局, verbs (举办, 办理…), 团队/集团, 队伍, 组建/组织, venues, 处理/处置, 部署, generic heads
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


# 会 (64): 居委会, 常委会 ×3 inside ORGs; otherwise 大会, 社会, 会商, the “星期六会商”会 meetings, 委员会 (call 7), 洽会,
# 运动会, 理事会 ×2, 板凳会 (quoted practices: call 5), 会议, 全会, 管委会, 都会, 会计, 会展, 恳谈会, 博会, 交会, 展会, 圆桌会,
# 工会 (“工会驿站”: call 5)
rest('会', ['大会', '社会', '会商', '商”会', '委员会', '洽会', '运动会', '亚运会', '理事会', '板凳会', '会议', '全会', '管委会',
           '都会', '会计', '会展', '恳谈会', '博会', '交会', '展会', '圆桌会', '工会'], 64)
# 办 (28): never a body (办实事, 举办, 办成, 办理, 办结, 办学, 办大事, 办证, 网办, 办好, 筹办, 民办, 申办, 一次办, 办事)
rest('办', ['办实事', '举办', '办成', '办理', '办结', '办学', '办大事', '办证', '网办', '办好', '筹办', '民办', '申办',
           '次办', '办事'], 28)
# 科 (42): no body (科技, 科学, 科研, 学科, 中科大, 中科院, 华中科技, 科大, 科转, 科教, 专科, 本科, 福方高科, 中科昊海)
rest('科', ['科技', '科学', '科研', '学科', '中科', '科大', '科转', '科教', '专科', '高科', '本科'], 42)
# 社 (36): 社会, 社区, 社保, 社交
rest('社', ['社会', '社区', '社保', '社交'], 36)
assert sorted(e['text'] for e in d.ents if e['label'] == ORG) == sorted(
    ['市人民政府'] * 2 + ['省委'] * 6 + ['省政府'] * 4 + ['市委'] * 6 + ['市人大'] * 2 + ['市政协'] * 2
    + ['市人大常委会'] * 2 + ['常委会', '市政府', '工商联', '教育部', '文旅部', '关工委', '老教委', '老龄委', '颍东枣庄居委会'])

# ================================================================ other families
# DEADLINE (1): 今年 before the targets. Every time word was read: 2023年 ×2 (the heading and the year described),
# 2019年 ×2 and 2021年 (baselines), 2024年 (the heading); 今年 ×2 (今年是…75周年: a description; the targets: labelled);
# 全年 (全年粮食播种面积: the scope of an annual figure, report_ha call 10); 年度 ×4 (年度测评, 年度任务, 年度人物, 年度
# 目标任务: adjectives and titles, report_ga, report_gd); 三年 ×5 (三年新冠疫情, 连续三年: past; 三年行动计划 ×2, 三年行动:
# programme lengths); 年 also in 开局之年, 一年 / 这一年 / 一年来 / 过去一年 / 过去的一年 / 关键一年, 近年来, 连续四年, 连年,
# 年经营性收入 ×2 (a metric), 再延长三十年 (a term), 老年 ×2, 75周年 ×2; 期 ×22 (一期 / 二期 / 三期 phases, 星期六, 全生命
# 周期 ×3, 如期 (past, vague), 期待, 预期 ×2, 前期工作, 到期后, 定期); 季 ×3 (消费季: an event's name; 夏季 / 秋冬季: the kind
# of campaign, call 4); 日 ×5 (日益, 工作日 (a result, call 8), 企业家日 (an event), 日子 ×2); 时 ×21 (新时代 ×…, 时间, 18小时
# (a travel time), 时限 (call 8), 临时, 即时 ×2, 时代, 时候); 前 ×12 (前进, 前列 ×2, 提前完成 (past), 前面 ×2, 前行, 靠前, 前期,
# 学前, 上前一步); 内 ×7 (国内, 内蒙古, 市域内, 内需 ×2, 预算内, 内容); 底 ×5 (兜底, 底线 ×3, 底色); 每 (每千人口: a rate).
# No month, no 年内/年底/底前/期间/以前/之前/以内/日内/日前/到20xx.
assert re.findall(r'20\d\d', t) == ['2023', '2023', '2019', '2021', '2019', '2024', '2000']   # 2000个 学位
assert t.count('年') == 40 and t.count('今年') == 2 and t.count('全年') == 1 and t.count('年度') == 4
assert t.count('三年') == 5 and t.count('期') == 22 and t.count('季') == 3 and t.count('日') == 5
assert t.count('时') == 21 and t.count('前') == 12 and t.count('内') == 7 and t.count('底') == 5 and t.count('每') == 1
assert t.count('夏季') == 1 and t.count('秋冬季') == 1 and t.count('个工作日') == 1 and t.count('小时') == 1
for w in ('月', '年内', '年底', '年末', '底前', '期间', '之前', '以前', '以内', '日内', '日前', '到20', '上半年',
          '下半年', '季度', '每年', '每月'):
    assert w not in t, w
# PRINCIPLE (3): no 原则, 方针, 遵循, 本着 or 根据. 按照 ×3 (按照党中央决策部署及省委、市委工作安排: no content;
# 按照“一链十群一基地、十大行动强支撑”思路 and 按照“忠专实”“勤正廉”要求: labelled); 思路 ×2 (思路创新: a noun; the
# labelled one); 要求 ×5 (十个方面重要要求: the leader's; 总体要求是：坚持… unquoted; 聚焦省委“九个扎实”部署要求: verb 聚焦;
# 落实“一城一策”要求: verb 落实; the labelled one); 坚持 ×24, none before a quote or a phrase with 原则/要求/方针/思路
# after it (坚持“抓大育小”、梯度发展, 坚持“两山”理念, 坚持和发展新时代“枫桥经验”, 坚持“党委作决策、政府抓落实”:
# quoted, no 原则 (v1.1); the rest unquoted); 理念 ×3.
for w in ('原则', '方针', '遵循', '本着', '根据'):
    assert w not in t, w
assert t.count('按照') == 3 and t.count('思路') == 2 and t.count('要求') == 5 and t.count('坚持') == 24
assert t.count('理念') == 3 and t.count('“忠专实”“勤正廉”') == 2
# DOC_TITLE (0): the one 《》 is a play (《风雨王家坝》, call 10). DOC_NO (0): no 〔 [ 【; 号 only in 中华老字号
assert re.findall(r'《([^》]*)》', t) == ['风雨王家坝']
assert '〔' not in t and '[' not in t and '【' not in t and t.count('号') == 1
# STAFFING (2): no 编制 or 职数; 岗位 ×3 (各个岗位, 就业岗位, 公益性岗位: jobs). The other numbers of people are employment
# (10万人, 38.5万人以上), beneficiaries (587万人, 74573人), talent attracted and trained (627名, 4.3万人, 4.5万人, 2万人),
# honourees (133人, 165人) and visitors (3761万人次); 一名 ×2 and 一人 are inside quoted names
assert '编制' not in t and '职数' not in t and t.count('岗位') == 3
assert re.findall(r'[0-9.]+万?(?:多|余)?[人名位](?!次)', t) == [
    '418名', '20位', '10万人', '587万人', '74573人', '627名', '4.3万人', '18位', '133人', '165人', '4.5万人', '2万人',
    '38.5万人']                                                  # 第18位 is a rank
# ITEM_COUNT (6): every number + measure word was read (regex below; projects, enterprises, designations, facilities,
# villages, products, results, handled matters, quoted names, ordinals, phases and aspects are not counted: see the
# comments above)
counts_re = (r'(?:超|近)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)万?(?:余|多)?万?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|户|场|套|张|股|宗|起|块|只|名|人|片|篇|列|届|次|级|期|位|群)'
             r'(?:以上|左右)?')
assert len(re.findall(counts_re, t)) == 186, len(re.findall(counts_re, t))
ic_texts = [e['text'] for e in sorted(d.ents, key=lambda e: e['start']) if e['label'] == IC]
assert ic_texts == ['10项', '50件', '10件', '156所', '4件', '十件'], ic_texts
assert all(re.fullmatch(counts_re, x) for x in ic_texts)
# the N大 in the text: 二十大 ×2 (党的二十大), 十大特色产业 (domains), 六大片区 (areas), “五大振兴” (quoted), and 十大 inside the
# PRINCIPLE; no other N大
assert re.findall(r'[0-9一二三四五六七八九十]+大', t) == ['二十大', '二十大', '十大', '六大', '五大', '十大'], \
    re.findall(r'[0-9一二三四五六七八九十]+大', t)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 6, 'ORG': 33,
                  'PRINCIPLE': 3, 'STAFFING': 2}, counts
write_gold(OUT, [d])
