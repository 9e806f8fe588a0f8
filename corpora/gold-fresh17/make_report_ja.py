"""Build report_ja.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 南充市 (四川), a UTF-8 .txt file of 15,851
characters (118 newlines, no final newline): 各位代表： → 2023年工作回顾 (the year paragraph with the year's
figures, five 一年来，我们… paragraphs of titled runs (economy, industry, towns and villages, reform and
opening, livelihood) and one on the government's own work, the fields of work, thanks, problems) →
2024年工作安排建议 (the year and 政府工作的总体要求, 全市经济社会发展主要预期目标是 with no time word before it,
重点抓好八个方面工作 in eight numbered sections （一）–（八） of a lead paragraph and three or four titled
paragraphs) → 持之以恒加强政府自身建设 (a lead paragraph and four numbered paragraphs) → closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh17/make_report_ja.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/南充.txt'
OUT = 'corpora/gold-fresh17/report_ja.jsonl'
# meta: no header, no session date and no signature; the text opens with 各位代表： and its parts are
# 2023年工作回顾 / 2024年工作安排建议 / 持之以恒加强政府自身建设, so the report is dated by its year (reports
# notes; report_hd, report_ia, report_ib). Region: the city is 南充 (市人民政府, 市委, 全市, 现代化南充); the text
# names 四川 itself (对四川工作系列重要指示精神, 全省, 四川制造业百强); the other Sichuan reports have
# 四川省成都市 / 四川省绵阳市 / 四川省广元市 / 四川省凉山彝族自治州.
d = AnchoredDoc('fresh17-report-nanchong-2024', SOURCE, {'region': '四川省南充市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 15851 and t.count('\n') == 118 and not t.endswith('\n'), (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; ST = 'STAFFING'; DL = 'DEADLINE'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'

HALF_BY = {'date': '2024-06-30', 'precision': 'half', 'relation': 'by', 'recurring': False}
YEAR_DURING = {'date': '2024-12-31', 'precision': 'year', 'relation': 'during', 'recurring': False}

# "省委、省政府和市委" occurs three times (thanks, 总体要求, closing): 省委, 省政府 and 市委 one ORG each.
TRIAD = '省委、省政府和市委'
assert t.count(TRIAD) == 3

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[市人民政府]]，向大会报告工作', None),
    # 并请市政协委员提出意见: a body modifying people (v1.1), not labelled
    # ================================================================ 2023 review, year paragraph
    # 党中央 has no body head (v1.1 中央); 国务院, 省委, 省政府 are names written apart (report_hd, report_ib)
    (ORG, '认真落实党中央、[[国务院]]和省委、省政府决策部署', None),
    (ORG, '认真落实党中央、国务院和[[省委]]、省政府决策部署', None),
    (ORG, '认真落实党中央、国务院和省委、[[省政府]]决策部署', None),
    (ORG, '在[[市委]]坚强领导下，在市人大', None),
    (ORG, '在[[市人大]]、市政协监督支持下', None),              # subjects of 监督支持 (reports notes)
    (ORG, '在市人大、[[市政协]]监督支持下', None),
    # 全年实现地区生产总值… (past totals): not DEADLINE
    # ================================================================ 一年来 (1) 稳住经济大盘
    # packages of measures issued, written as short names without quotation marks (reports notes 促消费20条
    # 措施; report_hb 促进经济发展20条、新能源汽车36条、总部经济10条等政策措施, the same listing); quoted short
    # names (“金融16条”, report-aq / report_ea) would not be counted (README call 4)
    (IC, '出台制造业[[16条]]、民营经济16条', ic(16, '条')),
    (IC, '出台制造业16条、民营经济[[16条]]、房地产15条', ic(16, '条')),
    (IC, '民营经济16条、房地产[[15条]]和推动经济运行', ic(15, '条')),
    # 逐月向好、逐季回升 (no due point), 中省预算内资金 (money), 四条高速 (roads), 一期 (a phase), 34个省重点、
    # 300个市重点项目 (projects), 年度投资完成率 (a rate): not labelled.
    # the provincial government as the giver of a commendation (report_hd 获省政府奖励, report_ib)
    (ORG, '我市获[[省政府]]“省重点项目推进工作先进集体”表扬', None),
    # 消费券66万张, 127场次 (events), 3个项目 (projects), “中华老字号”, “领跑县” (titles), 前100城市 (a ranking),
    # 第3位 (ranks), 9561万人次 (visitors), 4A级景区, 天府旅游名县 (titles): not labelled
    (ORG, '南充文旅产业发展工作获[[国务院]]督查激励', None),   # the giver of the incentive (report_ib)
    # 省级外贸转型升级基地 (a designation), 跨境电商公共服务平台 (a platform), 1700辆 (vehicles), 42家
    # (enterprises): not labelled
    (IC, '出台优化营商环境[[33条]]、关爱激励企业家12条', ic(33, '条')),   # as 16条 above
    (IC, '出台优化营商环境33条、关爱激励企业家[[12条]]等措施', ic(12, '条')),
    # 7.5万户 / 10460户 (business entities), 第二届“南充市企业家日” (an ordinal, an event), 全年办理减税降费
    # (a past total): not labelled
    # ================================================================ 一年来 (2) 产业支撑
    # 新型工业化三年攻坚 (a programme's length), 制造业“个十百千”攻坚行动 (a quoted name), 项目217个 / 27个 /
    # 137个 / 78个 / 109个 (projects), 56户 / 2户 (enterprises), 四川制造业百强, 2023年四川新经济企业百强
    # (rankings; the year is in the name), 首批全省中小企业特色产业集群 (a designation), 南充高新区 (a zone),
    # 89户 / 148户, 南充现代物流园 (a facility), 川东北金融中心二期 (a hub's construction phase), 2023年中央
    # 财政支持普惠金融发展示范区 (中央: no body head; a designation), 全国复合型现代流通战略支点城市 (a
    # designation), 连续4年 (past), 首批…试点 (pilots), 有机农产品290个 (products), 西充亚洲有机产业创新发展
    # 大会 (an event), 园区1个 / “两品一标”38个 / 15个品牌 (designations, brands): not labelled
    # ================================================================ 一年来 (3) 城乡融合
    # 两年攻坚行动 (a duration), 停车位1.4万个, 充电桩1607个 (facilities), 连续3年 / 30强 (past, a ranking),
    # 衔接项目4267个 (projects), 4409户11730人 (beneficiaries, not STAFFING), “四连好”, 百强中心镇2个, 示范村
    # 41个 (designations), 全国以工代赈工作现场会 (a meeting), 托底性帮扶 (no count here), 12个国省考核断面
    # (monitoring sections), 中省环保督察 (inspections; 中省 is no name): not labelled
    # ================================================================ 一年来 (4) 改革开放创新
    # 68项国省改革试点 (pilots: reports notes, report_ib 57项国省改革试点) and 29项改革经验入选国省典型案例
    # (results): not counted. 人才联盟 (an alliance), 市临江建设、临江产业集团 (state-owned companies, v1.1):
    # not ORG.
    # licensing matters put under list management: a list set by a measure (guidelines 事项; report_fb 30项
    # 涉企经营许可告知承诺制办理事项, report_gc 77项行政许可事项划转)
    (IC, '攻坚成效明显，[[69项]]涉企经营许可事项纳入清单管理', ic(69, '项')),
    # the city government inside the name of its website (report_ha 市政府网站; check-b 市政府门户网站 →
    # 市政府; shandong-part2 交通运输部网站 → 交通运输部: a body inside a longer non-ORG phrase, v1.1)
    (ORG, '建成[[市政府]]网站集约化平台', None),
    (ORG, '网站集约化平台，[[市政府]]门户网站在全省检查评估考核中', None),
    # 国家级经开区、国家高新区 (zones), 省级创新平台5个 (platforms), 柔性引进“两院”院士7名 (talent attracted:
    # reports notes, not STAFFING), 8项科技成果获省科学技术奖 (results), 22户 / 200户 (enterprises), “全国数字
    # 百强市” (a ranking), 6个涉南共建项目 (projects), “大件出川”: not labelled
    # service items handled across the border (report_hd 311项“川渝通办”事项, the same figure; report_ib 859项)
    (IC, '“大件出川”，[[311项]]“川渝通办”事项入驻专区', ic(311, '项')),
    # 南部县经开区、营山县经开区 (zones): not ORG.
    # the annual list of key project matters of the Nanchong–Dazhou joint cultivation: an own task list
    # with the head 事项 (reports notes: own task lists; report_hd 166项年度重大事项活动) (README call 3)
    (IC, '培育川东北省域经济副中心，年度[[10个]]重点项目事项有序推进', ic(10, '个')),
    # 人才组团发展经验做法 (no number), 51个协作项目 (projects), 37家东部企业 (enterprises): not labelled
    # ================================================================ 一年来 (5) 民生
    # the year's list of livelihood matters (reports notes 20件民生实事; report_fb 69件民生实事全面完成)
    (IC, '民生支出占比67%，年度[[30件]]民生实事全部完成', ic(30, '件')),
    # 城镇新增就业7.6万人 (employment: reports notes), 老旧小区624个, 1.4万套 / 6125套 / 1263套 (housing),
    # 电梯519部, 94万人次 (beneficiaries), 区域性养老服务中心128个 (elderly-care facilities: report_ia,
    # report_gb), 托位4079个 (places): not labelled.
    # 县级未保中心覆盖率100%: county minor-protection centres as a network covered, a welfare facility in
    # report-aq (仁寿县未成年人保护中心): not ORG (README call 5)
    # schools a measure acts on or adds (reports notes; report_fa 优化调整农村小规模学校18所, report_gd 14所)
    (IC, '社会事业协调发展。优化提升学校[[125所]]', ic(125, '所')),
    (IC, '新增基础教育学校[[14所]]、学位1.6万个', ic(14, '所')),
    # 学位1.6万个 (places), 新一轮 (an ordinal), 川北医学院 (a college), 大熊猫学院、蜀道研究院 (a college and a
    # research institute: reports notes), 西华师范大学 (a university): not ORG.
    # a cadre college (v1.2 *Cadre schools* 党校, 行政学院, 社会主义学院 are ORG): 张思德干部学院 trains party
    # cadres, registered by the central organisation department as a party-spirit education college
    # (README call 1)
    (ORG, '[[四川张思德干部学院]]建成投用', None),
    # 中组部 = 中共中央组织部, with the head 部; a body inside a longer phrase (v1.1) (README call 2).
    # 全国72家党性教育干部学院 describes a national register, not a set this government makes: not counted
    (ORG, '成为[[中组部]]备案的全国72家', None),
    # 国家区域医疗中心 (a designation), 北京安贞医院南充医院, 川北医学院附属医院 (hospitals), 三大医学中心 (a
    # designation) and 5个国家临床医学研究中心区域中心 (hospital-based research centres: platforms): not labelled.
    # the city's CDC, a public-health agency, not a health facility (report-v 市疾控中心; reports-a); 三甲
    # 疾控中心 is a grade, not a name
    (ORG, '之一，[[市疾控中心]]创成三甲疾控中心', None),
    # 第十二届…钓鱼大赛, 2023南充嘉陵江马拉松 (events), 全民健身场地47个 (facilities), “五经普”单位清查 (单位
    # generic), 成都大运会 (an event), 7轮 (weather events), 全年未发生 (past), 21个“保交楼”项目, 20751套, 第4位
    # / 第6位: not labelled
    # ================================================================ 一年来 (6) 政府自身建设
    # “两个确立” / “两个维护” (quoted names), 坚持把党的领导贯穿政府工作始终 (unquoted, no 原则), 中省巡视
    # (中省: no name): not labelled
    (ORG, '自觉接受[[市人大]]及其常委会法律监督、工作监督', None),
    # 常委会 after a definite 市人大: a definite short form (v1.2; report_hd, report_ia)
    (ORG, '自觉接受市人大及其[[常委会]]法律监督、工作监督', None),
    (ORG, '主动接受[[市政协]]民主监督，办理人大代表建议', None),
    # 人大代表建议300件、政协提案443件 (people; handled proposals), 行政执法协作规定 (no 《》), 首批全省法治政府
    # 建设示范区 (a type of government, a designation), 全市行政机关负责人 (机关: generic, v1.1; people),
    # 636件 (cases handled), “八五”普法, “三公”经费: not labelled
    # ---------------------------------------------------------------- fields of work
    # mass organisations named as fields of work are ORG (reports notes 工会、红十字会…等事业; report_ib,
    # report_hd); 国防动员, 人民防空, 机关事务 (机关: generic), 海关 (bare, no place: report_gc, report_ib), 消防,
    # 气象, 国安, 红十字 (no 会), 妇女儿童…: fields with no body name
    (ORG, '地方志、保密、国安、[[工商联]]、驻外联络', None),
    (ORG, '残疾人、[[工会]]、红十字、慈善等事业', None),
    # ================================================================ thanks
    (ORG, '是[[省委]]、省政府和市委正确领导的结果', None),
    (ORG, '是省委、[[省政府]]和市委正确领导的结果', None),
    (ORG, '是省委、省政府和[[市委]]正确领导的结果', None),
    (ORG, '是[[市人大]]、市政协监督支持的结果', None),
    (ORG, '是市人大、[[市政协]]监督支持的结果', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市人民', None),
    # 全体人大代表、政协委员 (people); 各民主党派, 各人民团体 (各); 驻南解放军, 武警官兵, 政法干警, 消防救援队伍
    # (armed forces and people): not ORG. 工商联 in the thanks list (reports notes; report_hd)
    (ORG, '向各民主党派、[[工商联]]、无党派人士', None),
    # 政府系统党风廉政建设 (bare 政府): not ORG
    # ================================================================ 2024: 总体要求, targets
    # 2024年工作安排建议 (a heading), 今年是新中国成立75周年…关键一年 (a description), 政府工作的总体要求是
    # (the outline, unquoted: reports notes), 党的二十大 (a congress; no body), 中央经济工作会议 (中央: no body
    # head). The bodies inside their plenums and conferences (reports notes: 省委、市委经济工作会议 → 省委,
    # 市委; report_gd / report_ib 省委十二届…全会 → 省委)
    (ORG, '中央经济工作会议、[[省委]]十二届历次全会', None),
    (ORG, '省委十二届历次全会、[[省委]]经济工作会议部署要求', None),
    (ORG, '全面落实[[省委]]、省政府和市委决策部署，坚持稳中求进', None),
    (ORG, '全面落实省委、[[省政府]]和市委决策部署，坚持稳中求进', None),
    (ORG, '全面落实省委、省政府和[[市委]]决策部署，坚持稳中求进', None),
    # 坚持稳中求进工作总基调 (unquoted, 总基调), 新发展理念 (理念), “组团培育川东北省域经济副中心”重要使命 (a
    # mission), “五区建设” (quoted): not PRINCIPLE.
    # 全市经济社会发展主要预期目标是: no time word heads the targets (report_ib: no 今年, no DEADLINE); the
    # heading 2024年工作安排建议 is a heading (reports notes)
    (ORG, '充分用好[[省委]]、省政府《关于支持', None),
    (ORG, '充分用好省委、[[省政府]]《关于支持', None),
    (DT, '《[[关于支持南充达州组团培育川东北省域经济副中心的意见]]》', None),   # an opinion (guidelines)
    # 把省委、省政府关于“…”“…”的要求落实到实际行动中: the verb is 落实, not 按照/坚持/遵循/本着/根据 (report_hd
    # call 4, report_ib call 9, report_ia call 7): not PRINCIPLE (README call 6)
    (ORG, '努力把[[省委]]、省政府关于“省域经济副中心', None),
    (ORG, '努力把省委、[[省政府]]关于“省域经济副中心', None),
    # 全年工作目标 (the scope of the year's targets), 八个方面 (aspects, v1.1): not labelled
    # ================================================================ （一） 工业
    # “3+2”主导产业 (quoted), 严格落实市县党政“一把手”抓产业发展要求 (落实; 市县党政: no body head), 县（市、区）长
    # (people), 三年攻坚 (a duration), “链长制”, 每季度开展工业项目竞进拉练 (a bare frequency: guidelines),
    # 市县两级支持工业发展资金 (no body): not labelled.
    # 33户 / 150户 / 100户以上 (enterprises), 全年实施…项目100个以上 (全年: the scope of an annual total, report_hd
    # call 1; projects): not labelled.
    # a half-year limit for a measure in the plan (fifteenth-session tuning: a half a pledge sets; report_ic
    # 确保上半年完成…) (README call 7)
    (DL, '推动永盈新材料一期A线[[上半年]]投产', HALF_BY),
    # project decisions: 年内 in a work report is DEADLINE (the report's year, precision year, during; report_id)
    (DL, '上半年投产，[[年内]]竣工投产制造业项目60个以上', YEAR_DURING),
    # 项目60个以上 (projects), 天府股交中心 (an exchange: reports notes), 挂牌企业5户, 应用场景3个以上 (applications:
    # report_hd), 上云企业500户: not labelled
    # 专业化招商团队 (a team; 队 no body name), 项目180个以上, 产业基金 (funds), “人城产”理念 (坚持 + 理念: not
    # 原则/要求/方针/思路), “1+9”工业园区, 10平方公里, “亩均论英雄”, 南充经开化工园区, 表面处理产业园, 特色园区2个以上
    # (zones), “双赋”行动, 县乡村三级寄递物流体系 (a system), 全国邮政快递处理中心 (a facility), 川东北金融中心
    # “一库一中心” (a hub, quoted): not labelled
    # ================================================================ （二） 需求
    # 地方政府专项债券 (generic 地方政府), 34个省重点、300个市重点项目, 完成年度投资 (no due point), 项目155个,
    # 三年攻坚行动, 10个重点项目 (projects), 政府和社会资本合作 (bare 政府), 建筑企业50户以上, “消费促进年”
    # (a campaign's name), “蜀里安逸”消费新场景2个以上 (consumption scenes: fresh13), “四川老字号”3家以上
    # (designations), 100户以上 ×2, 蜀道研究院 (a research institute), 9700万人次, 5000套以上: not labelled.
    # 7个涉南年度共建项目 (projects), 成都天府新区、重庆潼南区、合川区 (places): not labelled
    (ORG, '全面落实[[省委]]、省政府“一中心一方案”', None),
    (ORG, '全面落实省委、[[省政府]]“一中心一方案”', None),
    # “一中心一方案”系列支持政策 (a quoted name, no count), 川东北经济区年度重点任务清单涉南事项 (no number; 年度:
    # no due point), 进出口商品集散中心 (a facility), 自贸区…协同改革先行区, 跨境电子商务综合试验区, 综合保税区
    # (zones), 保税物流中心（B型） (a bonded zone: report-aq), 第二届中国西部丝绸博览会 (an event): not labelled
    # ================================================================ （三） 改革, 科技
    # 省级临江新区 (a zone), “三区一高地” (quoted), 86个 / 20个 projects, 市第五自来水厂 (a utility works),
    # 南充国际会展中心 (a venue), 川东北现代智慧冷链物流产业基地 (a facility): not labelled.
    # 国省改革试点 (no count), 新一轮政府机构改革 (bare 政府; 机构), 市级统一法人农商银行, 四川天府银行 (banks:
    # v1.1), 供销社 (a cooperative: report_ib 供销合作社), “三医”联动, 城市医疗集团 / 紧密型县域医共体 (medical
    # groups, no count), 公立医院 (hospitals): not labelled.
    # 南充高新孵化园, 国家级科技企业孵化器 (facilities), 厅市共建 (厅 alone: no name), 省重点实验室 (a lab),
    # 科技创新平台3家 (platforms), “三大行动” (a quoted count: reports notes), 50户 / 20户, 西南石油大学, 先进制造与
    # 真空产业学院 (a university and its college), 科研院所 (generic), 创新联合体 (an alliance), 合作项目25个以上
    # (projects), 专利1500件以上, “嘉陵江英才工程”“果州优才计划”, 人才1.5万名以上 (talent: reports notes, not
    # STAFFING), 第九届 / 第八届 (events): not labelled
    # ================================================================ （四） 城市
    # 牢固树立经营城市的理念 (理念), 市县国土空间总体规划 (no 《》), “三级三类”, 6个排水防涝项目, 二期, 一批“口袋
    # 公园”, 泊位1万个, 充电桩1800个以上, 示范片区20个 (areas), 投放站点3500个, 3个国省完整社区建设试点
    # (pilots), “创特色”工程, “一刻钟便民生活圈”, 城市运行管理服务平台 (a platform): not labelled
    (DL, '确保汉巴南铁路南充至巴中段[[上半年]]通车', HALF_BY),          # as 上半年 above (README call 7)
    # “十六高速”“四铁路”“双机场” (quoted names), 力争全年… (the scope of annual totals), 2130万人次 / 110万人次:
    # not labelled
    # ================================================================ （五） 城乡
    # 1个百分点, 6万户 / 3000户, 电梯400部以上, 50万亩 / 858万亩 / 45万亩 / 1万亩, 有机农产品研发中心 (a research
    # facility), 295个 (products), “1+8”农产品精深加工园区, 165户, 国家级农高区 (a zone), 省星级园区2个以上,
    # “两品一标”400个, 330家, “千万工程”, “五大提升”行动 (a quoted count: report_hd “碳达峰十大行动”), “五网
    # 共建共享”, 800公里, 256个乡村振兴重点帮扶村 (villages), “三保障”, 中省定点帮扶, “五治融合”, 6个省级百强
    # 中心镇 / 市级重点中心镇3个 (towns: territories and designations), 大中专院校 (generic), “1+17”人才发展联盟
    # (an alliance), “三块地”, “十个一体化”改革 (a quoted count): not labelled
    # ================================================================ （六） 营商环境
    # 数字政府 (a type of government). The first batch of key matters of 高效办成一件事 whose list tasks the city
    # carries out (guidelines 事项; report_fa “一件事一次办”联办事项10个; reports notes “一件事一次办”场景119个)
    (IC, '落实首批[[13个]]重点事项清单任务', ic(13, '个')),
    # “只进一门”, “一网通办”, “一线应答”, “综窗改革”, “双不”清单 (quoted names): not labelled.
    # 南充传媒集团, 嘉陵江文化旅游投资集团 (a media group and a state-owned company: v1.1), 央企、省企, 市县国企
    # (companies), “两个毫不动摇” (quoted; verb 落实), 第三方中介机构, 金融机构 (generic), “民企首贷通”平台,
    # 第三届“南充市企业家日”: not labelled
    # ================================================================ （七） 生态
    # 坚定践行“两山”理念 (践行; 理念), “只能更好、不能变坏”的刚性底线 (底线, verb 守住: not PRINCIPLE), 第三轮中省
    # 环保督察, 不低于91%, 幸福河湖2条以上, 南充经开区污水处理厂二期 (a facility), 美丽南充建设规划纲要 (no 《》),
    # 10万亩, “十年禁渔” (a quoted name; a duration), 临江新区（高坪片区） (a zone), “碳达峰十大行动” (quoted),
    # “电动四川”行动计划: not labelled
    # ================================================================ （八） 民生
    (IC, '集中力量抓好办成[[30件]]群众期盼的民生实事', ic(30, '件')),   # the year's livelihood list
    # 城镇新增就业6万人以上 (employment), “就业—招生—培养”, 市公共实训基地 (a facility), 南充高中文峰校区, 南充市
    # 专门学校 (schools), 南充卫生职业学院 (a college), 驻市高校 (generic), 西华师范大学临江校区, 博士学位授予单位
    # (单位 generic), 川北医学院: not labelled.
    # the CDC named before its construction project: the body inside a longer phrase (v1.1; report-v 市疾控中心
    # 实验大楼等项目建设 → 市疾控中心). 北京安贞医院南充医院 and 南充精神卫生中心 (a psychiatric hospital) are
    # health facilities (batch-c): not ORG (README call 2)
    (ORG, '北京安贞医院南充医院、[[市疾病预防控制中心]]、南充精神卫生中心', None),
    # 省医学中心 (a designation), 仪陇县人民医院, 三甲医院, 市中医医院临江院区 (hospitals), 南充奥体中心 (a venue),
    # 2.7平方米, 市第七届运动会, 一批文艺精品, 第八届…艺术节, 第三届…艺术节, 第四次全国文物普查 (events): not
    # labelled.
    # 94.3% / 97%, 县乡村三级农村养老服务网络 (a network), “正心”“明眸” (quoted), 托位2600个以上 (places),
    # 安全生产治本攻坚三年行动 (a duration), “九小场所” (quoted), 市综合（危险化学品）应急救援训练基地, 川东北应急
    # 物资储备区域中心库 (facilities), 国家级综合减灾示范社区 (a designation), “三品一特”, “一键溯”, 地方债务,
    # “一楼一策”, 完成年度交付任务 (an annual task, no due point), 坚持和发展新时代“枫桥经验” (quoted, no 原则):
    # not labelled
    # ================================================================ 政府自身建设 (2024)
    # 持之以恒加强政府自身建设 (a heading; bare 政府), 服务型政府, “两个确立” / “两个维护”, “国之大者”: not labelled.
    # 党中央国务院、省委省政府和市委: names written without a mark, one ORG each (report_hd, report_ib)
    (ORG, '不折不扣落实党中央[[国务院]]、省委省政府和市委', None),
    (ORG, '不折不扣落实党中央国务院、[[省委]]省政府和市委', None),
    (ORG, '不折不扣落实党中央国务院、省委[[省政府]]和市委', None),
    (ORG, '不折不扣落实党中央国务院、省委省政府和[[市委]]决策部署', None),
    (ORG, '坚决执行[[市人大]]及其常委会决议决定', None),
    (ORG, '坚决执行市人大及其[[常委会]]决议决定', None),
    # 自觉接受人大法律监督、政协民主监督 (bare 人大/政协: v1.2; reports notes), 府院良性互动 (abbreviations of
    # 政府 and 法院: no name), 诚信政府, 第五次全国经济普查, “四不两直” / “四下基层” (quoted mechanisms after 坚持
    # with no 原则/要求/方针/思路, v1.1), “守纪律、严规矩” (作为…准绳: not adopted through 按照/坚持…), 廉洁政府,
    # “以案促改、以案促治”, 中央八项规定 (a fixed name), “四风”, 节约型机关 (机关), “三公”: not labelled
    # ================================================================ closing
    (ORG, '在[[省委]]、省政府和市委的坚强领导下', None),
    (ORG, '在省委、[[省政府]]和市委的坚强领导下', None),
    (ORG, '在省委、省政府和[[市委]]的坚强领导下', None),
]

for a in ANCHORS:
    label, anchor, norm = a[:3]
    d.ctx(label, anchor, n=a[3] if len(a) > 3 else 1, norm=norm)

# ================================================================ every body word accounted for
d.check_all('人民政府', 2, 2)
d.check_all('国务院', 3, 3)
d.check_all('省委', 10, 10)
d.check_all('省政府', 9, 9)
d.check_all('市委', 5, 5)
d.check_all('市政府', 2, 2)
d.check_all('常委会', 2, 2)
d.check_all('政府', 36, 13, [                                  # bare 政府 (v1.1), types of government
    '全面加强[政府]自身建设。政治', '贯穿[政府]工作始终', '全省法治[政府]建设示范区', '等工作，[政府]作风持续',
    '优化，[政府]系统党风', '关键一年。[政府]工作的总体要求', '地方[政府]专项债券', '落实[政府]和社会资本',
    '新一轮[政府]机构改革', '建设数字[政府]，', '持之以恒加强[政府]自身建设', '实现新作为，对[政府]自身建设',
    '贯穿[政府]工作全过程', '不断提高[政府]治理', '服务型[政府]。', '自觉把[政府]工作放在', '加强法治[政府]建设，严格',
    '确保[政府]工作始终', '建设诚信[政府]。', '成为[政府]工作常态', '作为[政府]工作准绳', '建设廉洁[政府]。',
    '干部清正、[政府]清廉'])
d.check_all('人大', 7, 4, ['办理[人大]代表建议', '全体[人大]代表', '接受[人大]法律监督'])   # people; bare 人大 (v1.2)
d.check_all('政协', 7, 3, ['市[政协]委员提出', '[政协]提案443件', '人大代表、[政协]委员', '、[政协]民主监督'])
d.check_all('委', 19, 17, ['市政协[委]员提出', '政协[委]员，向各'])        # people (v1.1)
d.check_all('中央', 7, 0, [                                    # no body head (v1.1)
    '认真落实党[中央]、国务院', '2023年[中央]财政', '核心的党[中央]坚强领导', '认真贯彻[中央]经济工作会议',
    '不折不扣落实党[中央]国务院', '严格落实[中央]八项规定', '核心的党[中央]周围'])
d.check_all('中心', 34, 2, [                                   # hubs, facilities, designations, towns, platforms
    '川东北金融[中心]二期', '公里，[中心]城区', '省级百强[中心]镇2个', '省域经济副[中心]，年度10个',
    '区域性养老服务[中心]128个', '县级未保[中心]覆盖率', '国家区域医疗[中心]成功获批', '三大医学[中心]之一',
    '三甲疾控[中心]', '临床医学研究[中心]区域中心', '研究中心区域[中心]挂牌', '省域经济副[中心]”重要使命',
    '省域经济副[中心]的意见》', '“省域经济副[中心]建设城市', '天府股交[中心]', '邮政快递处理[中心]',
    '川东北金融[中心]“一库', '“一库一[中心]”等项目', '“一[中心]一方案”', '商品集散[中心]', '保税物流[中心]',
    '国际会展[中心]', '研发[中心]建设', '发挥[中心]镇', '省级百强[中心]镇创建', '重点[中心]镇3个', '以人民为[中心]',
    '精神卫生[中心]门诊', '省医学[中心]，', '奥体[中心]项目', '区域[中心]库', '加快建成省域经济副[中心]、'])
d.check_all('院', 29, 4, [                                     # 国务院 ×3 and the cadre college; colleges, hospitals
    '“两[院]”院士', '“两院”[院]士', '川北医学[院]整体迁建项目开工', '大熊猫学[院]', '蜀道研究[院]在', '干部学[院]之一',
    '北京安贞医[院]南充医院加快', '安贞医院南充医[院]加快', '川北医学[院]附属', '附属医[院]成为', '依托蜀道研究[院]',
    '公立医[院]', '真空产业学[院]', '科研[院]所', '大中专[院]校', '职业[院]校', '卫生职业学[院]', '抓好川北医学[院]整体',
    '北京安贞医[院]南充医院、', '安贞医院南充医[院]、', '人民医[院]等', '三甲医[院]。', '中医医[院]临江', '临江[院]区',
    '府[院]良性'])
d.check_all('工会', 1, 1)
d.check_all('工商联', 2, 2)
d.check_all('中组部', 1, 1)
d.check_all('干部学院', 2, 1, ['党性教育[干部学院]之一'])
d.check_all('疾控中心', 2, 1, ['三甲[疾控中心]'])
for w, n in (('局', 11), ('厅', 1), ('机关', 3), ('机构', 3), ('单位', 2), ('组织', 1), ('队', 2), ('室', 1), ('站', 9),
             ('所', 7), ('处', 7), ('集团', 4), ('团', 12), ('馆', 0), ('司', 0), ('公司', 0), ('署', 5), ('党委', 0),
             ('委员会', 0), ('办公室', 0), ('领导小组', 0), ('以下简称', 0), ('人民代表大会', 0), ('办事处', 0),
             ('部门', 0), ('县委', 0), ('妇联', 0), ('共青团', 0), ('党校', 0)):
    hits = [m.start() for m in re.finditer(w, t)]
    assert len(hits) == n, (w, len(hits))
    for h in hits:                                  # generic heads, facilities, companies, verbs, nouns
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


# 部 (27): 中组部 and 干部学院 inside ORGs; otherwise 部署, places (南部县, 东部, 西部), 部分, 全部, lifts (部), 干部
rest('部', ['部署', '南部县', '东部', '西部', '部分', '全部', '519部', '400部', '干部'], 27)
# 组 (12): 中组部 inside an ORG; otherwise 交通组织, 组建 (人才联盟, 农商银行, 集团), 重组, 组团 (a strategy), 村组
rest('组', ['组织', '组建', '重组', '组团', '村组'], 12)
# 会 (42): 常委会 ×2 inside ORGs; otherwise 大会 (the session addressed; 有机产业创新发展大会, 大运会), 社会, 现场会,
# 全会, 会议, 财会, 精文简会, 博览会, 会展, 运动会
rest('会', ['大会', '社会', '现场会', '大运会', '全会', '会议', '财会', '简会', '博览会', '会展', '运动会'], 42)
# 办 (27): never a body (举办, 办理, 交办, 网办, 通办, 办复, 办结, 办好, 办成, 办事, 办学, 办实事)
rest('办', ['举办', '办理', '交办', '网办', '通办', '办复', '办结', '办好', '办成', '办事', '办学', '办实事'], 27)
# 联 (14): 工商联 ×2 inside ORGs; otherwise 人才联盟 / 人才发展联盟 (alliances), 驻外联络 (a field), 智能网联, 联动,
# 创新联合体, 多式联运, 联农带农, 联城带乡
rest('联', ['联盟', '联络', '网联', '联动', '联合体', '联运', '联农', '联城'], 14)
# 协 (19): 市政协 ×3 inside ORGs; otherwise 政协委员 ×2 / 政协提案 / 政协民主监督 (people, proposals, bare 政协), 协调,
# 协作 (东西部协作, 协作项目, 行政执法协作规定), 协同
rest('协', ['政协委员', '政协提案', '政协民主', '协调', '协作', '协同'], 19)
# 社 (32): 社会, 供销社 (a cooperative), 社区; 科 (19): 科创, 科学, 中科九微 (a company), 科技, 豆科, 科研
rest('社', ['社会', '供销社', '社区'], 32)
rest('科', ['科创', '科学', '中科', '科技', '豆科', '科研'], 19)
assert sorted(e['text'] for e in d.ents if e['label'] == ORG) == sorted(
    ['市人民政府'] * 2 + ['国务院'] * 3 + ['省委'] * 10 + ['省政府'] * 9 + ['市委'] * 5 + ['市人大'] * 4
    + ['常委会'] * 2 + ['市政协'] * 3 + ['市政府'] * 2 + ['工商联'] * 2
    + ['工会', '四川张思德干部学院', '中组部', '市疾控中心', '市疾病预防控制中心'])

# ================================================================ other families
# DEADLINE (3): 上半年 ×2 and 年内, limits set in the plan. Every time word was read: 2023年 ×3 (heading; 2023年四川
# 新经济企业百强, 2023年中央财政支持…示范区: names), 2023南充嘉陵江马拉松 (an event's name), 2024年 (heading); 今年 ×1
# (今年是…75周年: a description); 全年 ×6 (past totals ×3, 全年工作目标, 全年实施…100个以上 / 力争全年… the scope of
# annual totals); 年度 ×7 (年度投资完成率, 年度10个…, 年度30件 (past), 完成年度投资, 涉南年度共建项目, 年度重点任务清单,
# 完成年度交付任务: no due point); 一年来 ×6 / 刚刚过去的一年 / 一年艰辛 / 一年成绩 / 关键一年 (past, descriptions);
# 三年 ×4 / 两年 (programme lengths); 连续4年 / 连续3年 (past); “十年禁渔”, “消费促进年” (names); 年产值 (a rate);
# 老年人 ×2, 青少年; 每季度 (a bare frequency); 逐月 / 逐季 (past); “十四五” (a plan named, no limit); 前 ×9 (前行 ×3,
# 前100, 站前 ×2, 前瞻, 前期, 学前); 内 ×7 (预算内 ×2, 内需, 内生, 县域内, 内涵; 年内 labelled); 期 ×17 (phases 一期 /
# 二期, 预期, 恢复期, 前期, 中长期); 时 ×9 (新时代, 同时, 与此同时); 日 (企业家日 ×2, 过紧日子)
# (2055 and 2075 are inside 2055公里 and 20751套)
assert re.findall(r'20\d\d年?', t) == ['2023年', '2023年', '2023年', '2055', '2023', '2075', '2024年'], \
    re.findall(r'20\d\d年?', t)
assert t.count('年') == 47 and t.count('今年') == 1 and t.count('全年') == 6 and t.count('年度') == 7
assert t.count('上半年') == 2 and t.count('年内') == 1 and t.count('三年') == 4 and t.count('一年') == 10
assert t.count('月') == 1 and t.count('日') == 3 and t.count('期') == 17 and t.count('时') == 9
assert t.count('前') == 9 and t.count('内') == 7 and t.count('底') == 4 and t.count('每') == 1 and t.count('季') == 2
for w in ('年底', '年末', '底前', '月底', '期间', '之前', '以前', '以内', '日内', '日前', '到20', '每年', '下半年', '提前'):
    assert w not in t, w
# PRINCIPLE (0): no 原则 / 按照 / 遵循 / 本着 / 根据 / 方针 / 思路. 坚持 ×12: none before a quoted formula or a phrase
# with 原则/要求/方针/思路 (坚持稳中求进工作总基调; 坚持“人城产”理念 (理念); 坚持集约节约用地; 坚持改革赋能、创新
# 驱动; 坚持完善…并重; 坚持抓两端畅中间 and 坚持有感发展 (headings); 坚持和发展新时代“枫桥经验”; 坚持用…思想凝心
# 铸魂; 坚持依法统计; 坚持“四不两直”抓督查 (a quoted mechanism, v1.1); 坚持把党的领导贯穿…). 要求 ×5 (总体要求是;
# 部署要求; 把省委、省政府关于“…”“…”的要求落实 (落实: README call 6); 落实市县党政“一把手”抓产业发展要求 (落实);
# 更高要求). 理念 ×4 (新发展理念, “人城产”理念, 经营城市的理念, “两山”理念)
for w in ('原则', '按照', '遵循', '本着', '根据', '方针', '思路'):
    assert w not in t, w
assert t.count('坚持') == 12 and t.count('要求') == 5 and t.count('理念') == 4
# DOC_TITLE (1) / DOC_NO (0): one 《》; titles without marks (行政执法协作规定, 市县国土空间总体规划, 美丽南充建设规划
# 纲要, “电动四川”行动计划) are not labelled; no 〔 [ 【; 号 ×2 only in 老字号
assert t.count('《') == 1 and '〔' not in t and '[' not in t and '【' not in t and t.count('号') == 2
# STAFFING (0): no 编制 / 职数 / 岗位. The numbers of people: 7名 (academicians attracted: talent), 11730人
# (beneficiaries), 7.6万人 / 6万人以上 (employment), 1.5万名以上 (talent), and visitor counts in 人次
assert '编制' not in t and '职数' not in t and '岗位' not in t
assert re.findall(r'[0-9.]+万?(?:多|余)?万?[人名](?!次)', t) == ['11730人', '7名', '7.6万人', '1.5万名', '6万人'], \
    re.findall(r'[0-9.]+万?(?:多|余)?万?[人名](?!次)', t)
# ITEM_COUNT: every number + measure word was read (regex below, 195 hits); the labelled counts are listed
counts_re = (r'(?:超|近)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)万?(?:余|多)?万?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|户|场|套|张|股|宗|起|块|只|名|人|片|篇|列|届|次|级|期|轮|辆|位|强)'
             r'(?:以上|左右)?')
assert len(re.findall(counts_re, t)) == 195, len(re.findall(counts_re, t))
ic_texts = [e['text'] for e in sorted(d.ents, key=lambda e: e['start']) if e['label'] == IC]
assert ic_texts == ['16条', '16条', '15条', '33条', '12条', '69项', '311项', '10个', '30件', '125所', '14所', '13个',
                    '30件'], ic_texts
assert all(re.fullmatch(counts_re, x) for x in ic_texts)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 3, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 13, 'ORG': 47,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
