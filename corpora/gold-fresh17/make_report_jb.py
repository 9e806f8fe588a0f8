"""Build report_jb.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 防城港市 (广西壮族自治区), a UTF-8 .txt file
of 19,777 characters (158 newlines, no final newline). Unlike the earlier reports it keeps its
header: 政府工作报告 / ——2024年2月1日在防城港市第七届人民代表大会第五次会议上 / 市长 黄 江 → 各位代表： →
一、2023年工作回顾 (the year paragraph, three ——… paragraphs of "ten breakthroughs / ten works / ten
honours", 一年来…重点抓好了以下方面工作 and eight numbered paragraphs （一）–（八）, 政府建设全面加强, the
defence paragraph with the fields of work, thanks, problems) → 二、2024年工作安排 (the year and 今年工作的
总体要求, the targets, four ——坚定不移… requirements, 今年在市委的领导下，重点做好以下工作 in ten numbered
sections （一）–（十） of titled paragraphs, a 各位代表！ paragraph on the border and one on the livelihood
list) → 三、全面加强政府自身建设 (four numbered paragraphs) → closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh17/make_report_jb.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/防城港.txt'
OUT = 'corpora/gold-fresh17/report_jb.jsonl'
# meta: the header gives the session date (——2024年2月1日在防城港市第七届人民代表大会第五次会议上). The
# guidelines' format note says meta.date is "the document's own date where known", and the one labelled
# report with such a header (gold-unseen reports-a, 马鞍山: ——2024年1月13日在马鞍山市第十七届人民代表大会
# 第四次会议上) has date 2024-01-13; every report dated "2024" in the sets says it has no header, no
# session date and no signature. So the date is the session's day (README call 1). Region: the city is
# 防城港 (防城港市, 市人民政府, 全市); the province is 广西 (对广西重大方略要求, 自治区党委, 全区第一); the
# Guangxi precedents write 广西壮族自治区北海市 / 柳州市 / 梧州市.
d = AnchoredDoc('fresh17-report-fangchenggang-2024', SOURCE, {'region': '广西壮族自治区防城港市', 'date': '2024-02-01'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 19777 and t.count('\n') == 158 and not t.endswith('\n'), (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; ST = 'STAFFING'; DL = 'DEADLINE'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # ================================================================ header, opening
    # 政府工作报告 (the title; bare 政府). The header's date is the session date (publication), not a
    # DEADLINE (guidelines). The congress inside its session keeps its region and term number (gold-unseen
    # 马鞍山 header → 马鞍山市第十七届人民代表大会; regs-b adoption lines; report_ia 市十六届人大)
    (ORG, '在[[防城港市第七届人民代表大会]]第五次会议上', None),
    # 市长 黄 江: a person, not labelled
    (ORG, '现在，我代表[[市人民政府]]，向大会报告政府工作', None),
    # 并请市政协委员和列席会议的同志提出意见: a body modifying people (v1.1), not labelled
    # ================================================================ 2023 review: the year paragraph
    # 2023年，是…的一年 (a description); 党中央 (no body head, v1.1 中央); 招商引资突破年、项目建设攻坚年行动
    # (campaign names), “2+1”工程, 两个关键词, 建市30周年 / 建港55周年: not labelled.
    # 落实习近平总书记对广西重大方略要求: the verb is 落实 and the content unquoted: not PRINCIPLE
    (ORG, '在党中央、[[自治区党委]]和市委的坚强领导下，我们深入贯彻', None),
    (ORG, '在党中央、自治区党委和[[市委]]的坚强领导下，我们深入贯彻', None),
    # ---------------------------------------------------------------- ——十项历史性突破
    # 十项历史性突破 / 十件重大性工程 / 十项代表性荣誉: the review's own summary of results, works and
    # honours (reports notes: results are not counted; report_gc 十大工程 of construction works) (README
    # call 8). 2022年…50强 (a ranking's edition), 1家…企业 (enterprises), 十大超级工程 (a ranking), 三项增速
    # (indicators): not labelled. 防城港经开区 (a zone), 盛隆冶金 / 防城港核电 / 央企 (companies), 自治区人民医院
    # 防城港医院 (a hospital: reports notes), 省级区域医疗中心 (a hospital designation): not ORG.
    # the national ministry that commends (report_ga 国家应急管理部 肯定 → the body with 国家 in the span)
    (ORG, '得到[[国家商务部]]肯定', None),
    # ---------------------------------------------------------------- ——十件重大性工程
    # 30万吨级, 1、2号泊位 (号: berths, not DOC_NO), 南宁师范大学师园学院防城港校区 (a university campus);
    # 防城港市民中心投入运营，所有政务服务窗口集中入驻: the civic centre building that houses the service
    # windows, a facility (report_ic 新市民中心, a venue), not a body like 政务服务中心 (README call 6)
    # ---------------------------------------------------------------- ——十项代表性荣誉
    # designations won (示范区, 长寿市, 冷链物流基地, 双拥模范城, 文明渔港, 百强区, 试点合格城市): not labelled.
    # 防城港公安代表全区公安系统: 公安 has no body head (shandong-part1: bare 公安/法院 not ORG) (README
    # call 5). The body inside its conference (reports notes: 省委、市委经济工作会议 → the bodies)
    (ORG, '公安系统在[[自治区党委]]政法工作会议作交流发言', None),
    # ================================================================ 一年来 …
    (ORG, '一年来，在[[市委]]的领导下，重点抓好了以下方面工作', None),
    # ---------------------------------------------------------------- （一） economy
    # 14项/5项/2项 指标 (indicators: batch-c), 超2570家 (firms), 项目132个 / 682个 (projects), 第五次全国
    # 经济普查 (an ordinal), 840余项 (complaints handled: reports notes 企业诉求1.3万件), 12万户 / 2万户: not
    # counted. Policy measures issued (reports notes 促消费20条措施; report_ia 15项稳就业措施)
    (IC, '出台[[28项]]重点惠企政策措施', ic(28, '项')),
    # ---------------------------------------------------------------- （二） industry
    # 工业振兴三年行动 (a programme's length), 8家 / 9家 enterprises, 100强 / 十强 / 百强 (rankings),
    # 明阳新能源装备主机厂 (a company's plant): not labelled
    # ---------------------------------------------------------------- （三） reform and opening
    # 4大“口岸牌照” (licences the port gained: designations won, a result), 防城港保税物流中心 (a bonded
    # logistics facility), 11号 / 13号—16号泊位 (berths), 较2022年 (a baseline), 食品安全与营养创新平台 (a
    # platform), 重点实验室, 孵化器 (platforms), 万清皮肤病与真菌病防控研究院 (a research institute: reports
    # notes), 中国工程院院士 (a body modifying people, v1.1), 论坛 / 洽谈会 / 联谊大会 (events), 广西东兴产业
    # 园区, 自贸试验区协同发展区 (zones): not labelled.
    # the national drug administration before the document it issues (a body before a document: report_ia
    # 市政协提案; report_gb 国家发展改革委《共同富裕动态》)
    (ORG, '注射液获[[国家药监局]]临床批件', None),
    # the city's own reform task lists (reports notes: own task lists, 50项改革“破零”事项; report_ib 10项重点
    # 自主创新改革)
    (IC, '谋划[[123项]]重点改革任务', ic(123, '项')),
    (IC, '重点改革任务和[[112项]]重点改革攻坚提升事项', ic(112, '项')),
    # 连续四个季度 (past), 337个地级及以上城市 (territories): not labelled
    (DT, '出台《[[关于建设边海国际双通道，打造国内国际双循环市场经营便利地，实现互联互通、贸易结算、投资合作、'
         '技术交流、人员往来更加便利的实施方案]]》', None),                                    # a plan
    # 五个全区首笔场景 / 四个全国首创场景 (scenes achieved: results; applications are not counted, report_hd),
    # “一强化两剥离” (a quoted name), 平台入驻企业超1000家, 1.77天, 2023年全国地方改革典型案例 (a result; 2023年
    # in the case list's name). 审评工作时限从60个工作日缩减至36个工作日: a processing duration reported as a
    # result, not a limit set by the text (report-ax 6个工作日, call 9 there) (README call 7).
    # service items moved down to the stations by a measure (reports notes: 561件高频事项下沉乡村;
    # guidelines 涵盖…81项事项)
    (IC, '及发证等[[15项]]政务服务事项', ic(15, '项')),
    # “医政便民综合服务站” (a quoted name of service points: facilities), 第二类医疗器械 (an ordinal class):
    # not labelled
    # ---------------------------------------------------------------- （四） consumption
    # the regional department that gives the award (report_gc 获自治区人民政府督查激励; report_hd 获省政府奖励)
    (ORG, '获[[自治区商务厅]]400万元奖励', None),
    # 十大美食夜市 / 十大夜游景区 (rankings), 市民航海中心帆船项目 (a facility), 2023年中国公路自行车联赛 /
    # 2023中国—东盟马拉松 (event names), 530万人次 / 3487.6万人次: not labelled
    # ---------------------------------------------------------------- （五） towns and villages
    # 1851套, 5592套, 1743户, 44条背街小巷 (streets), 5G基站2682个, 2023年全国智慧广电固边工程现场会 (an
    # event), 由2022年的…降至2023年的 (past), 示范乡镇 / 示范村 (designations), 获自治区推广 / 被自治区评为
    # (自治区 alone: no body head), 大商所 (an exchange), 1号码头, 项目31个 / 431个, 116个自然村屯 (villages),
    # “三项工程” (quoted), 32处…项目 (projects), 第三批 (an ordinal): not labelled.
    # village plans compiled, counted by the villages they cover (seventh session: plans may be counted,
    # 村庄规划 included; report-av 154个行政村实用性村庄规划; report_ea 34个村庄规划编制) (README call 4)
    (IC, '[[48个]]行政村完成“多规合一”实用性村庄规划编制', ic(48, '个')),
    # 出台全区首个农村生活垃圾治理考核办法 (an ordinal; no 《》): not labelled
    # ---------------------------------------------------------------- （六） ecology
    # 2023年度第三季度 (a past evaluation), 第三名 (a rank), 第二轮中央生态环境保护督察 (中央: no body head),
    # 4项主要污染物减排约束性指标 (indicators, a result), 提前超额完成…“十四五”减排目标 (past), 海洋部门 (generic
    # head): not labelled.
    (ORG, '获[[国家住建部]]通报表扬', None),                       # the national ministry that commends
    # a pledge in the review with its own time limit: Spring Festival 2024 is 10 February, nine days after
    # the session (report_hc 荆州新城城市展厅春节前将正式对外开放, report-ac 黄冈西站…春节前运营 → 2024-02-10,
    # day, by) (README call 3)
    (DL, '力争[[春节前]]“清零”', {'date': '2024-02-10', 'precision': 'day', 'relation': 'by', 'recurring': False}),
    # ---------------------------------------------------------------- （七） safety
    # 重大事故隐患专项排查整治2023行动 (a campaign's name), 4次 / 6次, 四项指标, 连续四年, 2022—2023年度…示范县
    # (a title): not labelled.
    # fire stations built in townships (report_id 建成乡镇消防救援站45个; report-ab 建成乡镇标准化消防救援站20个)
    (IC, '建成[[10个]]乡镇专职消防救援站', ic(10, '个')),
    # the township full-time fire brigades and the Guangpo one, bodies named inside the name of their
    # plaque ceremony (v1.1 *A body named inside a longer non-ORG phrase*; guidelines 队 head; regs_hf 消防队,
    # gold-unseen 专（兼）职消防队; 乡镇 names a class of bodies like 乡镇党委) (README call 2)
    (ORG, '防城港市2023年[[乡镇专职消防队]]集中授牌', None),
    (ORG, '集中授牌暨[[光坡镇专职消防队]]揭牌进驻仪式', None),
    # 防城港红沙核电核应急固定式去污洗消站 (a facility of a company), 110 / 32天 / 2起以内, 社区矫正跨区域协作
    # 机制, 信访工作联席会议机制 (a meeting mechanism), 中央交办 (中央): not labelled
    # a mediation centre of the sub-district office, one ORG with its longest name (report_hd 金融调解中心;
    # report-n 矛盾纠纷调解中心; guidelines: longest name, 中共灵武市委办公室)
    (ORG, '[[沙潭江街道办劳动人事争议调解中心]]获评', None),
    # “第一届全国和谐劳动关系创建工作先进集体” (a title); 全国模范人民调解委员会 (the title won, not a body)
    (ORG, '[[企沙镇人民调解委员会]]获评全国模范人民调解委员会', None),
    (ORG, '[[防城港边境管理支队]]打造基层基础工作品牌', None),       # guidelines 队/大队; report_ga 支队
    # the police station itself (guidelines 公安派出所; report_eb 罗江万安所); the quoted model type
    # “枫桥式公安派出所” is not ORG (batch-c)
    (ORG, '[[东兴边境派出所]]获评全国第三批', None),
    # border inspection stations, state organs with the head 站 (guidelines: 站 with a specific type)
    (ORG, '[[东兴出入境边防检查站]]创新开展', None),
    (ORG, '[[防城出入境边防检查站]]开通运行', None),
    # ---------------------------------------------------------------- （八） livelihood
    # 八成左右, 突破千人 / 突破万人 (students), 滨海中学 / 金湾实验幼儿园 (schools), 学位近3000个 (places),
    # 扩大至9类 (categories of pupils a subsidy covers: categories of people, like shandong-part2's 三类人员
    # and 两类人员 below) (README call 9), 边境0—3公里, 12.8万人次, 18824名 / 73712名 (pupils: beneficiaries),
    # 四个县（市、区） (territories): not labelled
    (DT, '出台《[[防城港市新建（迁建等）公办学校奖补方案]]》', None),             # a plan
    # 重大疫情救治基地、市妇幼保健院二期业务用房、120急救指挥中心等建成 (buildings completed: report_hd 国家
    # 西南区域应急救援中心主体完工), 市第一人民医院, 市中医医院 (hospitals), 排名提升494名 (a rank),
    # 中国—越南中医药（京族）医药海外中心 (a platform), 国家自然科学基金 (a fund), 重点研究室 (labs), 综合试验区,
    # 示范区 (designations), 将近100万人 (the insured): not labelled.
    # a two-level prefix before one body type stays in one ORG (report_gd 州、县(市)两级疾病预防控制局挂牌成立;
    # reports notes 市县两级法智护航中心; report_ib 市县两级安办)
    (ORG, '[[市县两级疾病预防控制局]]挂牌成立', None),
    # 中医馆 (facilities), 7个镇 (towns), 两类人员 (categories of people), “五免五减” (quoted), 7.8亿元, 街道养老
    # 服务中心 (facilities), 5万多户 / 11753套 / 一万套以上 (housing): not labelled.
    # 《举起我的梦想》 (children's literature) and 《虾仔虾》 (a dance) are works of art (reports notes
    # 《烈烈渤海红》); 《防城港市构建国门文化带开创公共文化高质量发展新局面》 is the title of a case selected as an
    # excellent reform case, a write-up, not a law, plan, opinion, notice or list (report_gc 《梧州年鉴》,
    # report_gb 《共同富裕动态》) (README call 10): not DOC_TITLE
    # the city's list of livelihood projects, by kind and item (reports notes 接续实施12类161件民生实事;
    # report_gc 市政府11类57个为民办实事承诺; ITEM_COUNT units as written: 4大类 → 大类)
    (IC, '推进[[十大类]]25项为民办实事项目', ic(10, '大类')),
    (IC, '推进十大类[[25项]]为民办实事项目', ic(25, '项')),
    # 16个教育“暖心工程” (school building projects: projects, reports notes), 一件接着一件办: not counted
    # ---------------------------------------------------------------- 政府建设全面加强
    # 落实“学思想、强党性、重实践、建新功”总要求 (verb 落实: report_gc, report_ia call 7), 法治政府 / 政府常务会议
    # (bare 政府), 自觉接受人大、政协监督 (bare: v1.2, reports notes), 市人大代表建议110件、政协委员提案114件
    # (people; handled proposals): not labelled
    # ---------------------------------------------------------------- defence, fields of work
    # 党政军警民“五位一体” (quoted), 市委常委“议军会”: 市委常委 are the members of the standing committee, a
    # body modifying people (v1.1; report-bc labels 市委常委会 only with 会) (README call 5); 驻地部队 (armed
    # forces), “三年规划” (quoted), 民兵训练基地 (a facility): not labelled.
    # policies issued (reports notes 173项…政策; guidelines 11项配套政策)
    (IC, '相继修订出台[[5项]]拥军优属政策的配套措施', ic(5, '项')),
    # 市本级, 双拥创城大舞台晚会 (an event), 群团组织 (generic): not labelled.
    # named customs offices are state organs (report-h 争取设立咸宁海关 → ORG); bare 海关 below is not
    (ORG, '[[防城海关]]、东兴海关、峒中海关工作亮点纷呈', None),
    (ORG, '防城海关、[[东兴海关]]、峒中海关工作亮点纷呈', None),
    (ORG, '防城海关、东兴海关、[[峒中海关]]工作亮点纷呈', None),
    # 人防边海防、社会科学、决策咨询、政府发展研究、…、机关事务、接待、公益慈善: fields with no body name
    # ---------------------------------------------------------------- thanks
    # 党中央 (v1.1). 自治区党委、政府: the prefix 自治区 is not repeated, so the bare 政府 is the second member
    # (v1.2 shared prefix; report-ax, report-bd, report_gc: the same Guangxi formula)
    (ORG, '是[[自治区党委]]、政府和市委坚强领导的结果', None),
    (ORG, '是自治区党委、[[政府]]和市委坚强领导的结果', None),
    (ORG, '是自治区党委、政府和[[市委]]坚强领导的结果', None),
    (ORG, '是[[市人大]]、市政协有效监督', None),                    # subjects of 监督 (reports notes)
    (ORG, '是市人大、[[市政协]]有效监督', None),
    (ORG, '在此，我代表[[市人民政府]]向全市人民', None),
    # 人大代表、政协委员 (people), 各民主党派、各人民团体 (各), 驻市人民解放军指战员、武警官兵、公安干警、消防救援
    # 队伍 (armed forces, people, 队伍): not ORG; no 工商联 in this report
    # ================================================================ 2024
    # 二、2024年工作安排 (a heading), 今年是…75周年 / …5周年 (descriptions), “十四五”规划目标任务 (a plan's name),
    # 今年工作的总体要求是：坚持… (the unquoted outline: reports notes; 根据…部署 has no content): not
    # DEADLINE / PRINCIPLE
    (ORG, '根据[[市委]]部署，今年工作的总体要求是', None),
    # 二十届二中全会, 中央经济工作会议 (中央), 全区经济工作会议 / 全市经济工作会议 (meetings with no body): not ORG;
    # the bodies inside their plenums (reports notes; report-bd 按照自治区党委十二届七次全会 → 自治区党委)
    (ORG, '认真落实[[自治区党委]]十二届七次全会', None),
    (ORG, '全区经济工作会议以及[[市委]]七届九次全会', None),
    # 坚持稳中求进工作总基调 (unquoted, 基调), 坚持频道不换… (unquoted): not PRINCIPLE
    (ORG, '聚焦[[自治区党委]]确定的“1+4”重点工作', None),
    # v1.2 Year targets: 今年 heads the list of the year's targets (report_gc, report_hd, report_ia)
    (DL, '综合考虑各方面因素，[[今年]]经济社会发展主要预期目标是', YEAR_BY),
    # 城镇新增就业0.8万人 (employment: reports notes), 6%以内 / 3%左右 (rates), 控制在自治区下达目标内 (a
    # target level): not labelled. 做好今年工作要深入贯彻以下重大要求 (an outline; 贯彻, unquoted): not
    # DEADLINE / PRINCIPLE. The four ——坚定不移… paragraphs: 坚持政策为大、项目为王、环境为本、创新为要 (unquoted,
    # no 原则), 上海合作组织 (an international body, head 组织; report_hb 世界知识产权组织): not labelled
    # 今年在市委的领导下，重点做好以下工作: 今年 opens the outline of the year's work, not a target or a
    # commitment to a concrete list (report_ia 在今年的工作中要着重把握…; report_hd 今年政府工作的总体思路)
    # (README call 3); the 市委 is labelled
    (ORG, '今年在[[市委]]的领导下，重点做好以下工作', None),
    # ---------------------------------------------------------------- （一） industry
    # 新一轮工业振兴三年行动计划 (a duration), “4+5”产业, 项目30个以上 (projects), 3号高炉 / 4号机组 (号: units),
    # 二期 / 一期 (phases), 1—2家重点实验室、企业技术中心 (platforms), 20家以上 / 55家 / 100家 (enterprises),
    # 科技计划项目30项以上 / 成果转化项目30项 (research projects: report_hd 科研攻关100项): not labelled.
    # 选派好壮大实体经济服务员: no number, no STAFFING
    # ---------------------------------------------------------------- （二） medical trial zone
    (ORG, '育好特色产业。落实[[市委]]《关于深入学习', None),
    (DT, '落实市委《[[关于深入学习贯彻习近平总书记视察广西重要讲话精神 进一步加快推进防城港国际医学开放试验区建设的决定]]》',
     None),                                                        # a decision (the inner space kept)
    # “七个突破” (quoted), 国家级知识产权保护中心 (争取…获批建设: a national designation, report_ga, report_fc,
    # report_ic), 综合保税区 (a zone), 繁育基地 / 隔离场 (facilities), “国十五条” (a count inside a quoted
    # name: reports notes), 2.0版本, 三大产业园区 (zones), 央企 (companies), 五周年, 上合组织成员国 (states),
    # 第三届 / 第八届 / 第二届 (ordinals of events): not labelled
    # ---------------------------------------------------------------- （三） border economic belt, counties
    # 围绕“一年出形象、两年像个样、三年大变样”目标: a quoted slogan of the park's stages with the verb 围绕 and
    # 目标 (not 原则/要求/方针/思路; shandong-part1 改革目标), and the 一年/两年/三年 are stages of that slogan,
    # no limit set on a measure: not PRINCIPLE / DEADLINE. 10家以上 (enterprises), 东兴试验区三年行动 (a
    # duration), 争取自治区尽快批复 (自治区 alone; 尽快 vague), 海关指定监管场地 / 边检、海关配套性办公生活用房
    # (bare 海关/边检: report_gc), 控制性详细规划和产业发展规划 (plans, no number), “3+1”产业集群, 上思县 / 东兴市 /
    # 港口区 / 防城区 (places), 国家级经济技术开发区 (a zone): not labelled
    # ---------------------------------------------------------------- （四） investment, consumption
    # 项目80项以上 / 100项以上 / 50项以上 / 300项以上 (projects: reports notes), 404—406号 / 17—18号 / 513—516号
    # (berths), 茅岭收费站 (a facility), 10家以上 (enterprises), 闲置土地处置办法 (no 《》), 中央资金 (中央), 地方
    # 政府专项债券 / 政府和社会资本合作 (bare 政府), “2024消费促进年” (a campaign name), 东兴口岸跨境电商监管中心
    # (a facility put into use): not labelled
    # ---------------------------------------------------------------- （五） agriculture
    # 第二轮土地承包, 亩 / 吨 / 头 / 羽 / 口 amounts, “两确保、三提升、两强化”重点任务 (verb 聚焦; quoted counts),
    # 落实“四个不摘”要求 (verb 落实), 交易中心 (markets), 宁波欧亚公司 (a company), 推进会 / 博览会 / 大会
    # (events): not labelled
    # ---------------------------------------------------------------- （六） reform and opening
    # “五大改革攻坚” (quoted), 三年攻坚, 供销合作社 (v1.1 合作社), 新一轮机构改革 (generic), 五篇大文章 (domains),
    # 事业单位 (generic), 11%: not labelled.
    # an unquoted N大 before the actions of the plan (seventh session: N大 before actions; report_ib 实施乡村
    # 振兴八大专项行动)
    (IC, '持续深入实施[[六大]]行动', ic(6, '大')),
    # ---------------------------------------------------------------- （七） city
    # “三大工程” (quoted: report_ia), “一老一小”, 三年行动, “12345+一网慧管”, 星级市场监管所 (star-rated market
    # regulation offices: a model type, like batch-c's “枫桥式派出所”, a class of offices with no place)
    # (README call 5), 市博物馆 (a museum: a facility), 第四次全国文物普查, 2024中国—东盟马拉松 (an event name):
    # not labelled
    # ---------------------------------------------------------------- （八） ecology: 中央和自治区…督察 (no body
    # head), 18万亩, 自治区下达的…任务 (自治区 alone): not labelled
    # ---------------------------------------------------------------- （九） safety
    # 安全生产治本攻坚三年行动 (a duration). The fire-rescue service centres of the city and counties: public
    # institutions that run the full-time fire brigades, one ORG with the two-level prefix (report_gd
    # 州、县(市)两级疾病预防控制局; above 市县两级疾病预防控制局) (README call 2)
    (ORG, '完善[[市、县两级消防救援综合服务中心]]', None),
    # “六大”财源 (quoted), 地方金融组织 (generic), 落实“四个最严”要求 (落实), 四大市场监管领域 (domains), “枫桥
    # 经验”, 市级媒体 (media): not labelled. 各位代表！固边强边…: 东兴市 (a place), 建军一百年 (a goal), 部队:
    # not labelled
    # ---------------------------------------------------------------- （十） livelihood
    # 全市教育工作会议 / 全市卫生健康工作会议 (meetings), schools, colleges (南宁师范大学师园学院, 防城港职业
    # 技术学院, 防城港现代食药品职业学院) and hospitals (市妇幼保健院, 防城区皮肤病防治院, 公立医院), 区域医疗
    # 中心 (a hospital), 防城港（国际）东盟传统医学合作中心 (a platform), 县域医疗次中心 (no number), 工作室
    # (studios): not labelled.
    # medical service items added to the reimbursement list, and items whose reimbursement ratio is raised:
    # items of a list a measure sets or acts on (report_ia 180项检验结果互认; report_ib 157项结果互认) (README
    # call 7)
    (IC, '新增[[200项]]医疗服务项目纳入医保报销', ic(200, '项')),
    (IC, '提高[[800项]]医保报销比例', ic(800, '项')),
    # “1369生命直通车” (a name), 养老服务中心 (facilities), 市精神福利医院 / 市光荣院 / 殡仪馆 (facilities),
    # 市工人文化宫 (a facility), 产业工人队伍 (队伍): not labelled
    # ---------------------------------------------------------------- the livelihood list
    # the government's list of candidate livelihood projects put to the congress's vote (reports notes:
    # lists of livelihood matters; report_gc 市政府11类57个为民办实事承诺); 本次人代会 (a session: regs-b 本次
    # 代表大会) is not ORG; 把政府做的事 (bare 政府)
    (ORG, '在广泛征集意见建议的基础上，[[市政府]]遴选了', None),
    (IC, '交通等[[十二项]]为民办实事工程候选项目', ic(12, '项')),
    # ================================================================ 三、政府自身建设
    # “三个务必”, “第一议题”, “两个确立” / “四个意识” / “四个自信” / “两个维护” (quoted names); 市人大及其常委会:
    # the 常委会 after a definite 市人大 is a definite short form (v1.2; report_ia, report_hd)
    (ORG, '主动向[[市人大]]及其常委会报告工作', None),
    (ORG, '主动向市人大及其[[常委会]]报告工作', None),
    # 人大法律监督、政协民主监督 (bare: v1.2), 法治政府 / 政府机构职能体系 (bare 政府; 机构), “四下基层”,
    # “高效办成一件事” (a quoted name), 市民中心 (the building above: README call 6), 五星级政务服务大厅 (a hall),
    # “五经普”, 中央八项规定 (a fixed name), 三年行动, 政府投资项目: not labelled
    # ================================================================ closing
    # 50多年前 (past), 党中央 (v1.1)
    (ORG, '在[[自治区党委]]、政府和市委的坚强领导下，解放思想', None),
    (ORG, '在自治区党委、[[政府]]和市委的坚强领导下，解放思想', None),
    (ORG, '在自治区党委、政府和[[市委]]的坚强领导下，解放思想', None),
]

for a in ANCHORS:
    label, anchor, norm = a[:3]
    d.ctx(label, anchor, n=a[3] if len(a) > 3 else 1, norm=norm)

# ================================================================ every body word accounted for
d.check_all('人民代表大会', 1, 1)
d.check_all('人民政府', 2, 2)
d.check_all('自治区党委', 6, 6)
d.check_all('党委', 6, 6)
d.check_all('常委会', 1, 1)
d.check_all('市政府', 1, 1)
d.check_all('委员会', 2, 1, ['调解[委员会]。防'])                      # 全国模范人民调解委员会: a title won
# bare 政府 (v1.1) and types of government (法治政府), 地方政府 (generic); the two labelled alone are the
# second members after 自治区党委、 (thanks, closing), the other three are inside 市人民政府 ×2 and 市政府
d.check_all('政府', 20, 5, [
    '[政府]工作报', '报告[政府]工作', '[政府]建设全', '进法治[政府]建设，', '首创[政府]常务', '询、[政府]发展',
    '地方[政府]专项', '实施[政府]和社', '争把[政府]做的', '面加强[政府]自身建', '断加强[政府]自身建', '进法治[政府]建设示',
    '化法治[政府]建设领', '完善[政府]机构', '完善[政府]投资'])
d.check_all('市委', 9, 8, ['务；[市委]常委'])                             # 市委常委: people (v1.1)
# proposals and people (reports notes), bare 人大/政协 监督 (v1.2)
d.check_all('人大', 6, 2, ['接受[人大]、政', '理市[人大]代表', '，向[人大]代表', '接受[人大]法律'])
d.check_all('政协', 6, 1, ['请市[政协]委员', '大、[政协]监督', '件、[政协]委员', '表、[政协]委员', '督、[政协]民主'])
# 政协委员 ×3 (people), the title 全国模范人民调解委员会, 市委常委 (people)
d.check_all('委', 22, 16, ['政协[委]员和', '民调解[委]员会。', '政协[委]员提', '；市[委]常委', '委常[委]“议', '政协[委]员，'])
# no body head (v1.1): 党中央 ×3, 中央水利投资, 中央生态环境保护督察, 中央交办, 中央经济工作会议, 中央资金,
# 中央和自治区…督察, 中央八项规定
d.check_all('中央', 10, 0, ['在党[中央]、自', '二，[中央]水利', '二轮[中央]生态', '作，[中央]交办', '的党[中央]掌舵',
                          '神、[中央]经济', '做好[中央]资金', '落实[中央]和自', '落实[中央]八项', '的党[中央]周围'])
# 国家药监局 and 市县两级疾病预防控制局 labelled; 局外人, 新局面, 格局 ×2, 全局, 布局
d.check_all('局', 8, 2, ['没有[局]外人', '展新[局]面》', '展格[局]这个', '展全[局]的体', '业格[局]。另', '源布[局]，抓'])
d.check_all('厅', 2, 1, ['务大[厅]。坚'])                                # 自治区商务厅; 政务服务大厅 (a hall)
# 国家商务部, 国家住建部 labelled; 西部/东部/北部湾/全部/部分/部署/部队/总部/干部, 海洋部门 (generic head)
d.check_all('部', 35, 2, [
    '，西[部]地区', '；北[部]湾港', '、西[部]陆海', '公里的北[部]湾大道、', '为中越北[部]湾渔业资', '，全[部]核算', '头全[部]建成',
    '排西[部]第一', '，北[部]湾（', '华、北[部]湾开海', '。北[部]湾大', '公里的北[部]湾大道成', '务全[部]完成', '沙东[部]万吨',
    '目全[部]建成', '现全[部]通邮', '海洋[部]门领', '导干[部]自然', '中全[部]免学', '生全[部]吃上', '驻地[部]队正',
    '足，[部]分企', '市委[部]署，', '和西[部]陆海', '件总[部]基地', '、东[部]地区', '节、北[部]湾开海', '大总[部]经济',
    '好中越北[部]湾渔业资', '建西[部]陆海', '建北[部]湾大', '好北[部]湾公', '支持[部]队备'])
# generic heads (v1.1): 海洋部门, 机关事务 (a field), 金融机构 / 机构改革 / 政府机构, 普查单位 / 事业单位,
# 群团组织 / 上海合作组织 / 上合组织 (international) / 地方金融组织
d.check_all('部门', 1, 0, ['海洋[部门]领导'])
d.check_all('机关', 1, 0, ['私、[机关]事务'])
d.check_all('机构', 3, 0, ['金融[机构]本外', '一轮[机构]改革', '政府[机构]职能'])
d.check_all('单位', 2, 0, ['普查[单位]清查', '事业[单位]改革'])
d.check_all('组织', 4, 0, ['群团[组织]更好', '合作[组织]命运', '上合[组织]成员', '金融[组织]监管'])
# 调解中心 and 消防救援综合服务中心 labelled. Not ORG: hospital designations (区域医疗中心 ×2, 县域医疗次中心),
# buildings and facilities (市民中心 ×2, 保税物流中心, 航海中心, 120急救指挥中心, 跨境电商监管中心, 养老服务中心 ×3),
# platforms (医药海外中心, 企业技术中心, 传统医学合作中心), a designation (国家级知识产权保护中心), markets
# (交易中心 ×2), 中心区 (a district)
d.check_all('中心', 21, 2, [
    '医疗[中心]实现', '市民[中心]投入', '物流[中心]“保', '航海[中心]帆船', '指挥[中心]等建', '海外[中心]，并', '服务[中心]实现',
    '技术[中心]，引', '保护[中心]、综', '监管[中心]。加', '交易[中心]项目', '交易[中心]等重', '打通[中心]区、', '医疗[中心]服务',
    '合作[中心]、市', '疗次[中心]。争', '服务[中心]、乡', '服务[中心]建设', '市民[中心]运行'])
# the two 出入境边防检查站 labelled; 一站式 ×2, “医政便民综合服务站” ×2 (quoted service points), 一站服务,
# 北站 ×2 (roads), 5G基站, 消防救援站 (counted: ITEM_COUNT), 洗消站, 收费站, 公交站 (facilities), 站在 (a verb)
d.check_all('站', 15, 2, ['事一[站]式、', '服务[站]”微', '服务[站]”，', '、一[站]服务', '、北[站]西路', '、北[站]中路',
                         'G基[站]26', '救援[站]，并', '洗消[站]建设', '收费[站]等建', '“一[站]式”', '公交[站]智能', '列。[站]在新'])
# 东兴边境派出所 labelled; 第一所, 所有 ×2, 大商所 (an exchange), the quoted model type 枫桥式公安派出所, 场所,
# 星级市场监管所 (a model type: README call 5)
d.check_all('所', 8, 1, ['第一[所]全日', '营，[所]有政', '实现[所]有县', '大商[所]补贴', '派出[所]”。', '务场[所]现代',
                        '监管[所]标准'])
# 乡镇专职消防队, 光坡镇专职消防队, 防城港边境管理支队 labelled; 军队 ×2 / 部队 ×2 (armed forces), 队伍 ×3
d.check_all('队', 10, 3, ['和军[队]建设', '地部[队]正规', '救援[队]伍，', '和军[队]现代', '持部[队]备战', '医护[队]伍配',
                         '工人[队]伍建'])
# hospitals, colleges, a research institute, 中国工程院院士 (people), 光荣院 (a care home), “后院”: no ORG
d.check_all('院', 22, 0, [
    '民医[院]防城', '港医[院]正式', '本科[院]校南', '范大学师园学[院]防城港校区开', '工程[院]院士', '程院[院]士领', '研究[院]，胃',
    '保健[院]二期', '民医[院]在全', '性医[院]中排', '医医[院]在全', '医医[院]绩效', '“后[院]”、', '范大学师园学[院]防城港校区加',
    '术学[院]扩建', '业学[院]。重', '保健[院]救治', '保健[院]创三', '防治[院]升格', '立医[院]改革', '利医[院]、市', '光荣[院]、殡'])
# 机组 ×3 (units), 组织 ×4, 组团 (clusters): no 组 body
d.check_all('组', 8, 0, ['电机[组]正式', '电机[组]并网', '群团[组]织更', '合作[组]织命', '号机[组]、国', '上合[组]织成',
                        '滩散[组]团资', '金融[组]织监'])
d.check_all('团', 8, 0, ['国民族[团]结进步', '更加[团]结。', '持群[团]组织', '人民[团]体和', '散组[团]资源', '级民族[团]结进步',
                        '民族[团]结、', '密地[团]结在'])                  # 团结, 群团/人民团体 (generic), 组团
d.check_all('馆', 4, 0, ['中医[馆]覆盖', '博物[馆]争创', '博物[馆]。办', '殡仪[馆]和公'])        # facilities
d.check_all('室', 5, 0, ['实验[室]、广', '研究[室]获批', '研究[室]。上', '实验[室]、企', '工作[室]。健'])  # labs, studios
d.check_all('处', 6, 0, ['32[处]农村', '收运[处]置体', '土地[处]置办', '消化[处]置力', '收运[处]置和', '污水[处]理厂'])
# the three named customs offices labelled; bare 海关 ×2 (report_gc)
d.check_all('海关', 5, 3, ['品等[海关]指定', '检、[海关]配套'])
# 公安 has no body head (README call 5); 公安系统, the quoted model type, 公安干警 (people)
d.check_all('公安', 4, 0, ['城港[公安]代表', '全区[公安]系统', '桥式[公安]派出', '兵、[公安]干警'])
d.check_all('司', 1, 0, ['亚公[司]修造'])                                # 宁波欧亚公司: a company
for w, n in (('办事处', 0), ('办公室', 0), ('领导小组', 0), ('以下简称', 0), ('工会', 0), ('工商联', 0), ('妇联', 0),
             ('共青团', 0), ('集团', 0), ('管委会', 0), ('县委', 0), ('省委', 0), ('国务院', 0), ('人民法院', 0)):
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


# 办 (37): 街道办 inside the labelled mediation centre; otherwise verbs and nouns (办事, 举办, 办证, 办理, 通办,
# 办法, 交办, 办结, 公办, 办好, 办实事, 即办, 办公, 筹办, 办成, 一件办)
rest('办', ['办事', '举办', '办证', '办理', '通办', '办法', '交办', '办结', '公办', '办好', '办实事', '即办', '办公', '筹办',
           '办成', '件办'], 37)
# 会 (58): 人民代表大会, 调解委员会, 常委会 inside ORGs; otherwise 会议, 大会, 社会, 全会, events (洽谈会, 展销会,
# 学青会, 现场会, 晚会, 推进会, 博览会), 议军会, 会前, 会晤, 会战, 人代会 (a session), 财会, 委员会 (the title)
rest('会', ['会议', '大会', '社会', '全会', '洽谈会', '展销会', '学青会', '现场会', '晚会', '推进会', '博览会', '议军会', '会前',
           '会晤', '会战', '人代会', '财会', '委员会'], 58)
assert sorted(e['text'] for e in d.ents if e['label'] == ORG and '会' in e['text']) == \
    ['企沙镇人民调解委员会', '常委会', '防城港市第七届人民代表大会']
# 联 (15), 协 (15), 社 (25), 科 (22): no body (工商联/社科联/科协 … do not occur); 市政协 inside an ORG
rest('联', ['蝉联', '联谊', '互联', '联赛', '联席', '联合', '联动', '联通', '串联', '联运'], 15)
rest('协', ['政协', '协同', '协作', '协调'], 15)
rest('社', ['社会', '社区', '合作社'], 25)
rest('科', ['科技', '本科', '科学', '科教'], 22)
assert sorted(e['text'] for e in d.ents if e['label'] == ORG) == sorted(
    ['防城港市第七届人民代表大会', '市人民政府', '市人民政府', '国家商务部', '国家药监局', '自治区商务厅', '国家住建部',
     '乡镇专职消防队', '光坡镇专职消防队', '沙潭江街道办劳动人事争议调解中心', '企沙镇人民调解委员会', '防城港边境管理支队',
     '东兴边境派出所', '东兴出入境边防检查站', '防城出入境边防检查站', '市县两级疾病预防控制局', '防城海关', '东兴海关',
     '峒中海关', '政府', '政府', '市人大', '市人大', '市政协', '常委会', '市政府', '市、县两级消防救援综合服务中心']
    + ['自治区党委'] * 6 + ['市委'] * 8)

# ================================================================ other families
# DEADLINE (2): 春节前 (the review's pledge) and 今年 before the targets. Every time word was read:
# 2024年2月1日 (the header: the session date); 2023年 ×10 and 2023 ×2 (the review's year, 2023年度 / 2022—
# 2023年度 (past evaluations and a title), event and campaign names: 2023年中国公路自行车联赛, 2023中国—东盟马拉松,
# 2023年全国智慧广电固边工程现场会, 专项排查整治2023行动, 2023年全国地方改革典型案例, 2023年度广西文化和旅游…案例);
# 2022年 ×3 and 2022 (baselines: 较2022年, 由2022年的; a ranking's edition, 入选2022年…50强; 2022—2023年度);
# 2024年 (the heading), 2024 ×2 (“2024消费促进年”, 2024中国—东盟马拉松: names); 2000 (an amount);
# 今年 ×5 (75周年 description; 总体要求 outline; the targets (labelled); 做好今年工作要深入贯彻以下重大要求 and
# 今年在市委的领导下，重点做好以下工作 (outlines: README call 3)); 全年 ×6 (past totals and 全区三个全年未发生…
# 的设区市, 占全年1/3); 年度 ×5 (past; 央企年度十大超级工程 a ranking); 一年来 ×2 / 这一年 / 连续N年 / 近五年来 /
# 50多年前 (past); 三年行动 / 三年行动计划 / 三年攻坚 / “三年规划” (programme lengths: report_gd call 8); “一年出
# 形象、两年像个样、三年大变样” (a quoted slogan with 目标: no limit); 周年 ×5; “十四五” ×2 (past; a plan's name);
# 提前 ×2 (a quoted procedure 提前介入; past 提前超额完成); 如期 (past); 按时序 (past), 按时足额 (vague);
# 尽快 ×2 (vague: guidelines); 60个工作日 / 36个工作日 (a processing duration as a result: README call 7);
# 季度 ×2 (past), 夏季行动 (a campaign name); 每日 (a metric); 以内 ×2 (2起以内, 6%以内: amounts), 0—3公里范围内,
# 目标内 (a level); 前期工作 ×3 (project preparation), 前十 / 前三 (ranks); 期 words (预期, 二期/一期, 高峰期,
# 期货, 期盼, 到期延包 (a contract term), 全生命周期).
assert re.findall(r'20\d\d年?', t) == ['2024年', '2023年', '2023年', '2022年', '2000', '2023年', '2022年', '2023年',
                                       '2023年', '2023', '2023年', '2022年', '2023年', '2023年', '2023年', '2023', '2022',
                                       '2023年', '2023年', '2023年', '2023年', '2024年', '2024', '2024']
assert t.count('年') == 82 and t.count('今年') == 5 and t.count('全年') == 6 and t.count('年度') == 5
assert t.count('三年') == 14 and t.count('月') == 1 and t.count('日') == 6 and t.count('季') == 3
assert t.count('前') == 16 and t.count('内') == 14 and t.count('底') == 9 and t.count('期') == 20
assert t.count('每') == 2 and t.count('十四五') == 2 and t.count('春节前') == 1 and t.count('时') == 15
for w in ('年内', '年底', '年末', '底前', '月底', '期间', '之前', '以前', '日内', '日前', '到20', '每年', '每月',
          '上半年', '下半年'):
    assert w not in t, w
assert t.count('年前') == 1 and '50多年前' in t                      # past
# PRINCIPLE (0): no 原则 / 按照 / 遵循 / 本着 / 方针 / 思路; 根据 ×1 (根据市委部署, no content); 要求 ×9
# (对广西重大方略要求 ×4: unquoted, verbs 落实/贯彻; 落实“学思想…”总要求, 落实“四个不摘”要求, 落实“四个最严”
# 要求 (verb 落实: report_gc, report_ia call 7); 今年工作的总体要求是 (an unquoted outline); 深入贯彻以下重大
# 要求 (贯彻; unquoted headings)); 坚持 ×11, none followed by 原则/要求/方针/思路 (坚持和发展新时代“枫桥经验”:
# a quoted mechanism, v1.1); 理念 ×1 (新发展理念)
for w in ('原则', '按照', '遵循', '本着', '方针', '思路'):
    assert w not in t, w
assert t.count('根据') == 1 and t.count('要求') == 9 and t.count('坚持') == 11 and t.count('理念') == 1
# DOC_TITLE (3): the three documents; 《举起我的梦想》 (children's literature), 《虾仔虾》 (a dance) and the case
# title (README call 10) are not DOC_TITLE. DOC_NO: none (no 〔 [ 【; 号 ×20 in 称号 ×6, 华龙一号, berths
# (1、2号, 11号, 13号—16号, 1号码头, 404—406号, 17—18号, 513—516号), units (3号高炉, 4号机组), 国字号, 销号率, 号令)
assert [m.group(1) for m in re.finditer('《([^》]*)》', t)] == [
    '关于建设边海国际双通道，打造国内国际双循环市场经营便利地，实现互联互通、贸易结算、投资合作、技术交流、人员往来更加便利的实施方案',
    '防城港市新建（迁建等）公办学校奖补方案', '举起我的梦想', '虾仔虾', '防城港市构建国门文化带开创公共文化高质量发展新局面',
    '关于深入学习贯彻习近平总书记视察广西重要讲话精神 进一步加快推进防城港国际医学开放试验区建设的决定']
assert '〔' not in t and '[' not in t and '【' not in t and t.count('号') == 20
# STAFFING (0): 编制 ×3 (plan drafting: 村庄规划编制 ×2, 编制好…规划), no 职数, 岗位 ×1 (公益性岗位: jobs); 选派好
# 壮大实体经济服务员 has no number. The numbers of people are students (突破千人, 18824名, 73712名), a rank
# (排名提升494名), employment (0.8万人), the insured (将近100万人) and visits (人次)
assert t.count('编制') == 3 and '职数' not in t and t.count('岗位') == 1
assert re.findall(r'[0-9.]+万?(?:多|余)?万?[人名](?!次)', t) == ['18824名', '73712名', '494名', '100万人', '0.8万人']
# ITEM_COUNT (13): every number + measure word was read (regex below); the labelled counts are listed
counts_re = (r'(?:超|近)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:[—-]\d+)?万?(?:余|多)?万?'
             r'(?:个|项|条|件|所|家|类|大类|对|大|部|批|种|支|处|座|户|场|套|张|股|宗|起|块|只|名|人|片|篇|列|届|次|级|期|口|头|'
             r'羽|亩|吨|位|镇|强)(?:以上|左右)?')
assert len(re.findall(counts_re, t)) == 216, len(re.findall(counts_re, t))
ic_texts = [e['text'] for e in sorted(d.ents, key=lambda e: e['start']) if e['label'] == IC]
assert ic_texts == ['28项', '123项', '112项', '15项', '48个', '10个', '十大类', '25项', '5项', '六大', '200项', '800项',
                    '十二项'], ic_texts
assert all(re.fullmatch(counts_re, x) for x in ic_texts)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 2, 'DOC_NO': 0, 'DOC_TITLE': 3, 'ITEM_COUNT': 13, 'ORG': 41,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
