"""Build report_hb.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 合肥市 (安徽), a UTF-8 .txt file of
17,560 characters (149 newlines): 各位代表： → 一、2023年工作回顾 (four 这一年 summary paragraphs, then
一年来，主要做了以下工作 with seven numbered sections （一）–（七）, a paragraph on the government's
own work, thanks, problems) → 二、2024年工作安排 (总体要求, 经济社会发展主要预期目标, 重点做好九个方面
工作 and nine numbered sections （一）–（九）, each a lead sentence and titled paragraphs) →
三、提高政府履职能力和水平 (a preamble and five 坚持以…为… paragraphs) → closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh15/make_report_hb.py
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/合肥.txt'
OUT = 'corpora/gold-fresh15/report_hb.jsonl'
# meta: no header, no session date and no signature; the text opens with 各位代表： and its parts are
# 一、2023年工作回顾 / 二、2024年工作安排, so the report is dated by its year (reports notes; report_ea,
# report_fa/fb/fc, report_ga). Region: the text names 安徽 itself (中国（安徽）科交会, 安徽自贸试验区合肥
# 片区, 关于安徽工作的重要讲话, 安徽打造“三地一区”, 全省); the Anhui precedent report_fc has 安徽省芜湖市.
d = AnchoredDoc('fresh15-report-hefei-2024', SOURCE, {'region': '安徽省合肥市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 17560 and t.count('\n') == 149, (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[市人民政府]]向大会报告工作', None),
    # 并请政协委员和其他列席人员: people of a bare body (v1.1), not labelled
    # ================================================================ 2023 review, summary paragraphs
    # 在省委、省政府和市委的坚强领导下 (here and in the closing): placed below with n=2
    # 大力实施“十大提升行动”: a count inside quotes, a fixed name (reports notes), not counted.
    # policy packages counted by their articles (reports notes: 促消费20条措施; fresh12 tuning: counts
    # of one unit listed before the noun they share, 城市20条、集镇10条…措施)
    (IC, '一揽子出台促进经济发展[[20条]]、新能源汽车36条', ic(20, '条')),
    (IC, '促进经济发展20条、新能源汽车[[36条]]、总部经济10条', ic(36, '条')),
    (IC, '新能源汽车36条、总部经济[[10条]]等政策措施', ic(10, '条')),
    # enterprises (户) throughout: not counted. 世界知识产权组织 (head 组织; report_fa 联合国教科文组织),
    # 《自然》杂志 (a journal, a periodical: report_fc 《民情摘报》, report_gb 《共同富裕动态》): not
    # labelled. 2023年全球“科技集群” is the edition of a ranking (a past publication): no DEADLINE.
    (ORG, '工业稳增长和转型升级工作获[[国务院]]督查激励', None),    # report-aw, report_fc
    # schools built (reports notes; report_fb 89所, report_fc 11所/10所)
    (IC, '新建中小学、幼儿园[[110所]]，新增学位托位', ic(110, '所')),
    # 合肥经开区, 合肥高新区, 新站高新区 (development zones: reports notes), 蜀山/肥西/… (places)
    # ================================================================ (一) 科技
    # 综合性国家科学中心 (a national platform); 6大研究院建成运营 (research institutes are not bodies,
    # reports notes; their counts are not counted, like report_fb's 29家新型研发机构; 建成运营 is a
    # facility verb) (README call 4); 4个全国重点实验室 (labs: report_fb), 孵化器13家, 国家企业技术中心
    # 3家, 新型研发机构19家/52家 (platforms and designations: report_fb/fc), 科技成果超3000项 (results),
    # 36个创新单元合伙人, 9家海内外创新中心, 科技项目800多个: not counted.
    # the China Association for Science and Technology inside its annual meeting (project decisions:
    # bodies inside meetings are ORG; report_ea 科协; report_ga 中国技协 inside an event) (README call 3)
    (ORG, '中国航天大会、[[中国科协]]年会、量子计算', None),
    # 组建城市场景创新公司 (a company). The centre is run as an entity (实体化运行: reports-d's body verbs
    # 成立/建立/挂牌运行/实体化; report-aj 湖州海外营销中心实体化运营), the city's own technology-
    # application promotion body; the plan refers back to it (提升…运行效能) (README call 2)
    (ORG, '实体化运行[[国际先进技术应用推进中心]]。', None),
    # ================================================================ (二) 产业
    # 16条重点产业链 (chains: domains, reports notes 11条重点产业链), projects, 整车厂6家, enterprises,
    # 聚变新能公司 (a company), 灯塔工厂, 工业互联网平台, 工业设计中心3家/质检中心2家/制造业创新中心1家
    # (designations: report_fc, report-n), 德国德凯汽车测试中心 (a company's facility), 航线7条, 楼宇30个,
    # 首店150家, 会展600余场 (events): not labelled
    # ================================================================ (三) 改革开放
    # 长三角地区主要领导座谈会 (a meeting), 合肥国家实验室上海基地 (a lab's base), G60科创走廊成果转化
    # 促进中心 (a platform of the regional G60 corridor: report_fc 长三角G60科创走廊芜湖产业创新中心,
    # reports-d 长三角产业促进中心; README call 2), 4个产业联盟 (alliances: report_fc, report_gb), 10个产业
    # 园区: not labelled.
    # service items (reports notes “一件事一次办”场景119个; report_fb 1000项, report_fc 176项“跨省通办”)
    (IC, '[[152项]]高频事项实现长三角“一网通办”', ic(152, '项')),
    # 国际友城4个 (sister cities: places, report-ai/ao), 世界500强项目15个, 外资企业超200家: not counted.
    # 6项制度成果全国推广: results promoted nationally (reports notes 70项滨州经验在全国全省推广)
    # 科创金融中心9家 (bank units), 股权投资基金226支 (funds: report_ga call 6), 市物流集团, 泊车集团,
    # 市乡村振兴公司 (companies, v1.1), 安徽（合肥）创新法务区 (a zone): not labelled.
    # the reform's list of matters done in one day: N大 before 事项 (seventh session: N大; service items
    # counted in the review, report_fb 1000项“一圈通办”). 1天办结 is a past result, not a limit
    # (fresh12: 项目在一年内竣工投产 in a review is not DEADLINE) (README call 5)
    (IC, '企业办照、办税等[[七大]]事项1天办结', ic(7, '大')),
    # ================================================================ (四) 城市
    (ORG, '市级总规报[[国务院]]待批', None),                        # the body a plan is sent to
    # railways, roads, housing (7.7万套), 117个老旧小区, 104个“城中村”, 小区115个/100个, 充电设施,
    # 城市生命线产业集团 (a company): not labelled; 三年征迁任务一年完成过半 (past, durations)
    # ================================================================ (五) 乡村
    # 2个国家级重点实验室 (labs), 企业, 6个产业链, 省技术创新中心 (a platform designation), “五大帮扶”
    # (quoted), 村 counts and designations (300个, 18个, 14个, 32个, 729个): not labelled
    # ================================================================ (六) 生态
    # unquoted N大 before campaigns (report_gb 蓝天、碧水、净土三大攻坚战 → 三大; report_ec 五大标志性
    # 战役, counted though not listed) (README call 5)
    (IC, '[[三大]]保卫战深入推进', ic(3, '大')),
    # 29个废弃矿山, 20个国考断面, 公园游园61个, 公园20个, 绿色工厂18家: not counted
    # ================================================================ (七) 民生
    # the province's “十大暖民心行动”, written here without quotes: N大 before actions (seventh session;
    # report-bc 10项“暖民心”行动 counted outside the quotes)
    (IC, '全面完成[[十大]]暖民心行动任务', ic(10, '大')),
    # the livelihood list (reports notes 158件民生实事; report_fb 69件)
    (IC, '深入实施[[50项]]民生实事', ic(50, '项')),
    # a count before a quoted programme name (report-bc 10项“暖民心”行动; report_fb 20项“微改革”)
    (IC, '创新开展[[109件]]“为民优服务”事项', ic(109, '件')),
    # 稳定岗位3.6万个, 覆盖岗位超200万个 (jobs), 5.4万就业困难人员 (beneficiaries): not labelled
    # the standards one package raised (reports notes: counts of policies and measures) (README call 6)
    (IC, '孤儿等[[6项]]社保救助标准', ic(6, '项')),
    # 合肥大学, 合肥理工学院 (universities), 新桥国际医院, 安医大一附院南区 (hospitals), 省级重点专科5个
    # (designations), 名医工作室100个 (facilities), 54个社区 (places), 17个特色专科联盟 (alliances): not
    # labelled. Medical centres that open or are started (report_fc 两个国家区域医疗中心; reports-d
    # medical centres built) (README call 6)
    (IC, '儿童、创伤、中医[[3个]]国家区域医疗中心开诊', ic(3, '个')),
    (IC, '心血管、消化系统[[2个]]国家区域医疗中心分别开工', ic(2, '个')),
    # 艺术空间、全民阅读点均超100个, 市科技馆, 少荃体育中心, 市博物馆, 美术馆 (facilities), 包河区 (a place)
    # the comprehensive-governance centres of the four levels: one ORG with the level phrase (report_fa
    # 市乡村三级综治中心, report-h 市县乡村综治中心, notes 市县两级法智护航中心)
    (ORG, '全面推进[[四级综治中心]]标准化建设', None),
    # a specific police station (guidelines 公安派出所; report_eb 罗江万安所); the quoted model type
    # “枫桥式公安派出所” is not ORG (batch-c, report-ab)
    (ORG, '[[肥西花岗派出所]]获全国', None),
    # township stations with duties and staff, like the guidelines' 退役军人服务站 and reports-d's
    # 乡镇（街道）应急消防管理站 (report-ab call 1); the class prefix stays with the first name only
    # (guidelines: a shared prefix that is not repeated stays with the first) (README call 1)
    (ORG, '[[乡镇（街道）社工站]]、未成年人保护工作站', None),
    (ORG, '乡镇（街道）社工站、[[未成年人保护工作站]]实现全覆盖', None),
    # fields of work: 双拥优抚、退役军人…保密 have no body head; 工会、共青团、红十字会 are mass organisations
    # named as fields of work (reports notes: 工会、…、红十字会…等事业 gives 工会 and 红十字会)
    (ORG, '[[工会]]、共青团、红十字会、老年人', None),
    (ORG, '工会、[[共青团]]、红十字会、老年人', None),
    (ORG, '工会、共青团、[[红十字会]]、老年人', None),
    # ================================================================ government's own work (review)
    (ORG, '自觉接受[[省委]]巡视监督', None),
    # 政府系统, 人大监督/政协民主监督 (bare), 人大代表议案建议248件/政协委员提案496件 (people; handled
    # proposals), 法治政府 (a type), 府院、府检 (abbreviations with no name: report-bc), 政府“过紧日子”,
    # 政府工作规则 (no 《》): not labelled.
    # the city government's documents and meetings: a body inside a longer phrase (v1.1; report_fc 市政府)
    (ORG, '[[市政府]]发文、会议数量分别减少', None),
    # ================================================================ thanks
    (ORG, '是[[省委]]、省政府坚强领导的结果', None),
    (ORG, '是省委、[[省政府]]坚强领导的结果', None),
    (ORG, '是[[市委]]团结带领全市人民', None),
    (ORG, '在此，我代表[[市人民政府]]，向在各个岗位', None),
    # 驻肥人民解放军、武警官兵、公安干警、消防救援队伍全体指战员 (people; 队伍 generic), 各中央驻肥单位,
    # 各民主党派, 各人民团体 (各: vague), 无党派人士: not ORG; 工商联 in the thanks list (reports notes)
    (ORG, '各民主党派、[[工商联]]、无党派人士', None),
    # ================================================================ 二、2024年工作安排
    # 今年是新中国成立75周年 (a description), 政府工作的总体要求是：坚持… (unquoted), 主要预期目标 (no
    # year word before it: v1.2 Year targets; report_ea/fa/ga), 九个方面 (aspects): not labelled.
    # 落实省委“八个走在前、作示范”和…工作要求: the verb is 落实, not 按照/坚持/遵循/本着/根据 (report_fa,
    # report_ga “三管三必须”要求): not PRINCIPLE; 省委 is ORG
    (ORG, '奋斗目标，落实[[省委]]“八个走在前', None),
    # ---------------------------------------------------------------- (一) 经济
    # projects (2200个, 5个, 20个), 全年贷款余额 (全年: scope, report-bc brief, report_fa call 7),
    # 展销馆/展销中心 (facilities), 促销活动500场, 首店100家, 20个项目, 商业街6个, 街区2个, enterprises:
    # not labelled.
    # an unquoted N大 before the actions it lists (report_ec 六大专项整治行动, report_eb 三大攻坚行动)
    (IC, '品牌、服务[[六大]]赋能行动', ic(6, '大')),
    # 企业家恳谈会、产业链对接会 (mechanisms, meetings): not ORG
    # ---------------------------------------------------------------- (二) 教育科技人才
    # 国家实验室 (a lab), 量子科技产业研究院 (成立), 安徽（合肥）高等研究院 (筹建), 卓越工程师创新研究院
    # (research institutes: reports notes, report_fc 安徽（芜湖）高等研究院), 国家科技创新中心 / 国家技术
    # 创新中心 (designations), 4个大装置 (facilities): not labelled
    (ORG, '[[国际先进技术应用推进中心]]运行效能', None),            # refers back to the review's body
    # 新型研发机构10家以上 (机构 generic; report_fb), 概念验证中心 (platforms): not labelled.
    # the city's IP protection centre run as a body (report-v 市知识产权保护中心挂牌运行; the national
    # designations 争创/获批国家级知识产权保护中心 of report-v/ai are not) (README call 2)
    (ORG, '高水平运行[[知识产权保护中心]]', None),
    # 发明专利1.5万件, 百项示范场景 (scenes: report_fc 应用场景120项), 千项, 万家: not counted.
    # 中国科大, 合工大, 安大, 合肥大学, 合肥理工学院, 安徽汽车职业学院 (universities and colleges),
    # 产教融合联合体, 现代产业学院: not ORG. 博士后科研工作站20家 (workstations: report_gd), 博士后1000人,
    # 高层次人才5000人, 高技能人才4万人 (talent: reports notes, not STAFFING), 10个海内外创新中心, 20个
    # 全球合伙人, 30个特色创新单元 (platforms, partners, units): not labelled
    # ---------------------------------------------------------------- (三) 工业
    # 三大国家级战新产业集群 (clusters: domains), enterprises, 国家城市安全技术创新中心 (a designation),
    # 组建人形机器人创新中心 (an innovation centre: left out whatever the verb, report-aj), 核心技术攻关10项
    # (research tasks: report_ec 8项攻关, report_fb 10项关键核心技术), 合肥产业研究院 (实体化运行, but a
    # research institute: report-aj), 项目30个, 活动100场, 产品150个, 检验检测中心 (designations),
    # 安徽（合肥）创新法务区 (a zone), 平台2个, 超量融合计算中心 (a facility), 中国声谷 (a park): not labelled
    # ---------------------------------------------------------------- (四) 改革开放
    # G60科创走廊科技成果转化促进中心 (实体化运作; the platform of the review: README call 2),
    # 长三角产业链供应链安全研究院 (research), 企业400家, 友城4个, 企业10家, 航线6条, 集散中心 (a
    # facility), 上海港/宁波港 (ports), 4个国际化片区 (places), 市属国企: not labelled.
    # 三年行动 (a programme's length), 144小时过境免签 (a visa term), 6.0版: not DEADLINE
    # ---------------------------------------------------------------- (五) 城市
    # “三大工程” (quoted), 住房3000套, 老旧小区110个, 和美小区140个, 4号线/8号线: not labelled
    # ---------------------------------------------------------------- (六) 乡村
    # 两个要害 (aspects), 品种3个, 企业1家, “三品一标”40个, 产业链1个, 村级寄递综合服务站 (courier service
    # points: guidelines v1.1 站点; notes 千村便民服务站), 文明村镇43个, villages, 6个产业集群, 经开区 (zones),
    # 百亿工业企业1-2个: not labelled
    # ---------------------------------------------------------------- (七) 生态
    # “三大工程”, “山水工程”, “碳达峰十大行动” (quoted), 公园游园40个: not labelled
    # ---------------------------------------------------------------- (八) 文化
    # 高新体育中心, 蜀山工人文化宫 (facilities), 全民健身场所400个, 15条精品线路 (routes), 100处打卡点,
    # 86个/64个场馆, 49个特色街区, “八个游”: not labelled; 市第十三届运动会 (an event)
    # ---------------------------------------------------------------- (九) 民生
    # “四大工程” (quoted), 就业40万人, 创业2万人 (employment): not labelled
    (IC, '建成中小学、幼儿园[[97所]]', ic(97, '所')),                # schools built (reports notes)
    # 农村养老服务站 (a care facility: report-bc 村级养老服务站)
    (IC, '全力做好[[5个]]国家区域医疗中心服务保障', ic(5, '个')),    # README call 6
    # 市三院新区, 市口腔医院滨湖院区, 市公共卫生临床医疗中心 (a hospital: report_fc 省公共卫生临床中心),
    # 中科院临床研究医院 (a hospital; 中科院 a research academy: reports notes), 特色专科56个
    # (specialties), 紧密型城市医疗集团, 县域医共体: not labelled. “一村一名大学生村医”计划: a quoted
    # programme name, 一名 not STAFFING (report-h, report-bc)
    # 12345热线, “十连冠”: not labelled
    (ORG, '支持[[工会]]、共青团、妇联、红十字会等人民团体', None),   # mass organisations (reports notes)
    (ORG, '支持工会、[[共青团]]、妇联、红十字会等人民团体', None),
    (ORG, '支持工会、共青团、[[妇联]]、红十字会等人民团体', None),
    (ORG, '支持工会、共青团、妇联、[[红十字会]]等人民团体', None),
    # ================================================================ 三、政府履职
    # 践行“忠专实”“勤正廉” (践行 is not a PRINCIPLE verb), 人民满意的政府 (bare): not labelled
    (ORG, '贯彻落实党中央、[[国务院]]和省委', None),                  # 党中央: not ORG (v1.1 中央)
    (ORG, '党中央、国务院和[[省委]]、省政府及市委决策部署', None),
    (ORG, '党中央、国务院和省委、[[省政府]]及市委决策部署', None),
    (ORG, '党中央、国务院和省委、省政府及[[市委]]决策部署', None),
    # 完成机构改革任务 (机构 generic); 法治政府, 人大监督, 政协民主监督, 人大代表议案建议, 政协委员提案
    # (bare, people): not labelled.
    # 中央八项规定精神和省委、市委实施细则: two complete names (report_fc 省委实施细则; report-bc
    # 省、市委实施细则 → 市委)
    (ORG, '八项规定精神和[[省委]]、市委实施细则', None),
    (ORG, '八项规定精神和省委、[[市委]]实施细则', None),
    # ================================================================ closing: the triad with the review's
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# 在省委、省政府和市委的坚强领导下: review preamble and closing (党中央 before it: not ORG)
d.ctx(ORG, '在[[省委]]、省政府和市委的坚强领导下', n=2)
d.ctx(ORG, '在省委、[[省政府]]和市委的坚强领导下', n=2)
d.ctx(ORG, '在省委、省政府和[[市委]]的坚强领导下', n=2)

# ================================================================ every body word accounted for
d.check_all('人民政府', 2, 2)
d.check_all('省委', 7, 7)
d.check_all('省政府', 4, 4)
d.check_all('市委', 5, 5)
d.check_all('市政府', 1, 1)
d.check_all('国务院', 3, 3)
d.check_all('工商联', 1, 1)
d.check_all('工会', 2, 2)
d.check_all('共青团', 2, 2)
d.check_all('妇联', 1, 1)
d.check_all('红十字会', 2, 2)
d.check_all('政府', 26, 7, [                                  # bare 政府 and types of government (v1.1)
    '关爱“一老一小”，[政府]购买', '全面加强[政府]系统党的建设', '全国法治[政府]建设示范市创建成果',
    '联动，法治[政府]建设连续14年', '坚持[政府]“过紧日子”', '修订出台[政府]工作规则', '廉洁[政府]建设需要',
    '。[政府]工作的总体要求是', '有为[政府]高效协同', '发挥[政府]科创产业', '兑现和[政府]履约践诺',
    '三、提高[政府]履职能力', '加强[政府]自身建设，践行', '人民满意的[政府]。', '以[政府]的真抓实干',
    '牢记[政府]前面的', '参与[政府]行政决策', '第三批全国法治[政府]建设', '政治清明、[政府]清廉'])
d.check_all('人大', 4, 0, ['主动接受[人大]监督、政协', '办理[人大]代表议案建议248件',   # bare; people
                         '依法接受[人大]监督', '认真办理[人大]代表议案建议和'])
d.check_all('政协', 5, 0, ['并请[政协]委员', '人大监督、[政协]民主监督和社会', '、[政协]委员提案496件',
                         '自觉接受[政协]民主监督，认真', '议案建议和[政协]委员提案'])
d.check_all('委', 16, 12, ['并请政协[委]员', '、政协[委]员提案496件', '推进[委]托代建制',
                          '议案建议和政协[委]员提案'])                    # people; 委托 (a verb)
d.check_all('中央', 5, 0, ['各[中央]驻肥单位', '打造科创金融、[中央]商务',       # 各: vague; a business zone
                         '贯彻落实党[中央]、国务院', '严格落实[中央]八项规定', '核心的党[中央]周围'])
d.check_all('部', 13, 0, ['总[部]经济10条', '任务全[部]完成', '国考断面全[部]达标', '少数干[部]攻坚',
                         '科学中心总[部]园区', '零[部]件、后市场', '做大总[部]经济', '开放型总[部]企业',
                         '科创型总[部]集聚区', '指标全[部]进入', '领导干[部]带头接访', '决策[部]署，把对党',
                         '干[部]清正'])
d.check_all('局', 15, 0, ['开[局]之年', '布[局]9家', '加速布[局]。', '产业格[局]加快构建', '新发展格[局]，着力',
                         '超前布[局]充换电', '“三位一体”布[局]', '布[局]建设国家物流枢纽', '统筹布[局]通用大模型',
                         '构建新发展格[局]。', '产业布[局]、要素', '文体设施布[局]', '教育资源布[局]',
                         '从全[局]谋划', '服务全[局]，'])
d.check_all('中心', 41, 4, [
    '综合性国家科学[中心]加快建设', '国家企业技术[中心]3家', '海内外创新[中心]，服务对接',   # platforms
    '工业设计[中心]3家', '质检[中心]2家', '制造业创新[中心]1家', '汽车测试[中心]投入使用',       # designations, a company unit
    '成果转化促进[中心]。牵头', '第二研发[中心]等', '科创金融[中心]9家', '省技术创新[中心]。',  # G60 (call 2), company, banks
    '和美乡村[中心]村32个、美丽宜居自然村729', '3个国家区域医疗[中心]开诊', '2个国家区域医疗[中心]分别',
    '少荃体育[中心]建成', '新能源汽车展销[中心]', '综合性国家科学[中心]建设，成立', '国家科技创新[中心]、',
    '国家技术创新[中心]。加快', '科学[中心]总部园区', '合肥综合性国家科学[中心]取得', '概念验证[中心]、',
    '10个海内外创新[中心]', '城市安全技术创新[中心]', '人形机器人创新[中心]', '质量检验检测[中心]、',
    '医疗器械检验检测[中心]。', '超量融合计算[中心]', '科技成果转化促进[中心]，共建',
    '航空货运集散[中心]', '中欧班列集结[中心]', '争创国家技术创新[中心]，主要', '和美乡村[中心]村32个、美丽宜居自然村700',
    '高新体育[中心]', '以人民为[中心]', '5个国家区域医疗[中心]服务', '临床医疗[中心]、'])
d.check_all('站', 9, 2, ['新[站]高新区位居', '新增进[站]博士后', '新[站]高新区跻身', '科研工作[站]20家',
                        '新合肥西[站]建设', '寄递综合服务[站]全覆盖', '养老服务[站]覆盖率'])
d.check_all('所', 8, 1, ['幼儿园110[所]', '高校院[所]科技成果', '“枫桥式公安派出[所]”', '向[所]有关心',
                        '推动高校院[所]、龙头', '全民健身场[所]400个', '幼儿园97[所]'])
d.check_all('院', 27, 3, [                                    # 3 × 国务院
    '6大研究[院]建成', '高校[院]所科技成果', '合肥理工学[院]获批', '新桥国际医[院]投入', '安医大一附[院]南区',
    '市属医[院]与54个', '京沪高水平医[院]共建', '推进府[院]、府检', '量子科技产业研究[院]', '中国科大科技商学[院]',
    '高等研究[院]。深化', '高校[院]所、龙头企业', '现代产业学[院]、', '卓越工程师创新研究[院]', '将合肥理工学[院]打造',
    '安徽汽车职业学[院]', '合肥产业研究[院]', '供应链安全研究[院]', '名医名科名[院]工程', '市三[院]新区',
    '市口腔医[院]滨湖', '滨湖[院]区', '中科[院]临床', '临床研究医[院]。'])
d.check_all('联', 20, 2, ['工业互[联]网平台，规上', '4个产业[联]盟', '枢纽[联]动发展区，152项', '特色专科[联]盟',
                         '府检[联]动', '[联]动万家', '产教融合[联]合体', '创新[联]合体、', '数转网[联]”',
                         '工业互[联]网平台2个', '[联]合开展量子', '智能网[联]汽车', '枢纽[联]动发展区建设',
                         '合肥[联]动区', '“四外[联]动”', '完善[联]农带农', '十八[联]圩', '家校社医[联]动'])
d.check_all('团', 12, 2, ['市物流集[团]', '泊车集[团]', '生命线产业集[团]', '共建医疗集[团]', '市委[团]结带领',
                         '各人民[团]体', '城市医疗集[团]和', '等人民[团]体', '紧密地[团]结', '而[团]结奋斗'])
d.check_all('协', 16, 1, ['聚变新能公司，[协]同', '链式[协]同', '政府工作规则，[协]同', '高效[协]同，推动',
                         '非经济政策[协]同', '整零[协]同', '芯车[协]同', '智车[协]同', '和[协]同发展水平',
                         '“链网[协]同”', '并请政[协]委员', '人大监督、政[协]民主监督和社会',
                         '、政[协]委员提案496件', '自觉接受政[协]民主监督，认真',
                         '议案建议和政[协]委员提案'])               # 1 in 中国科协; 协同; bare 政协
d.check_all('组', 9, 0, ['知识产权[组]织', '获批[组]建。', '。[组]建城市场景', '牵头[组]建新能源',
                        '，[组]建市物流集团', '。[组]建城市生命线', '，[组]建人形机器人', '战略性重[组]',
                        '比赛，[组]织戏曲'])
d.check_all('室', 7, 0, ['4个全国重点实验[室]', '技术从实验[室]走向', '合肥国家实验[室]上海基地',
                        '2个国家级重点实验[室]', '名医工作[室]100个', '保障国家实验[室]、',
                        '争创全国重点实验[室]'])
d.check_all('队', 1, 0, ['消防救援[队]伍'])                         # 队伍: generic
d.check_all('机构', 4, 0, ['新型研发[机构]19家', '培育新型研发[机构]10家', '、新型研发[机构]人才认定',
                          '完成[机构]改革任务'])                    # generic head (guidelines)
d.check_all('单位', 1, 0, ['各中央驻肥[单位]'])
d.check_all('集团', 5, 0, ['市物流[集团]', '泊车[集团]', '生命线产业[集团]', '共建医疗[集团]',
                          '城市医疗[集团]和'])                     # companies; medical consortia
d.check_all('公司', 3, 0, ['城市场景创新[公司]', '聚变新能[公司]', '市乡村振兴[公司]'])   # companies (v1.1)
d.check_all('馆', 9, 0, ['市科技[馆]新馆', '市科技馆新[馆]', '市博物[馆]', '、美术[馆]加快', '家居展销[馆]',
                        '科普场[馆]', '安徽美术[馆]等', '文化场[馆]', '非遗[馆]'])  # facilities
d.check_all('盟', 2, 0, ['4个产业联[盟]', '特色专科联[盟]'])             # alliances
for w in ('委员会', '党委', '部门', '厅', '机关', '办公室', '领导小组', '以下简称', '科协'):
    n = {'科协': 1}.get(w, 0)
    assert t.count(w) == n, (w, t.count(w))
# 会: every occurrence outside an ORG lies in a word that names no body (社会, meetings, fairs, events,
# 省会, 会展, 过会, 会员店); the ORGs holding 会 are 工会 ×2 and 红十字会 ×2
labelled = [(e['start'], e['end']) for e in d.ents if e['label'] == ORG]


def rest(ch, words, n):
    hits = [m.start() for m in re.finditer(ch, t)]
    assert len(hits) == n, (ch, len(hits))
    for h in hits:
        if any(s <= h < e for s, e in labelled):
            continue
        assert any(t[h - k:h - k + len(w)] == w for w in words for k in range(len(w)) if w[k] == ch), \
            (ch, t[h - 6:h + 6])


rest('会', ['社会', '大会', '省会', '科交会', '年会', '过会', '会展', '苗交会', '座谈会', '博览会', '运动会',
           '会议', '全会', '会员店', '恳谈会', '对接会', '展会', '盛会', '亚运会'], 66)
assert [e['text'] for e in d.ents if e['label'] == ORG and '会' in e['text']] == ['工会', '红十字会', '工会',
                                                                                   '红十字会']
# 办: verbs and adjectives only (办好, 举办, 承办, 通办, 办照, 办税, 办结, 办理, 办学, 办展, 办成, 民办,
# 办法); no ORG holds 办
rest('办', ['办好', '举办', '承办', '通办', '办照', '办税', '办结', '办理', '办学', '办展', '办成', '民办', '办法'], 25)
assert not any('办' in e['text'] for e in d.ents if e['label'] == ORG)
# 社 (36): 社会 ×…, 社区, 社保, 社工站 (ORG), 家校社医; no 合作社/供销社
assert '合作社' not in t and '供销社' not in t and t.count('社') == 36

# ================================================================ other families
# DEADLINE: none. 2023年 ×2 (heading; the 2023 edition of a ranking), 1979年 (past), 2024年 (heading);
# 今年 ×1 (今年是…75周年: a description); 全年 ×4 (past totals ×3, 全年贷款余额增速力争保持… : scope,
# report-bc brief, report_fa call 7); 年度全国重大科技成就 (a prize), 上半年 (past), 三年 ×6 (past,
# durations, 三年行动), 两年 ×2 (past), 一年完成过半 (past), 1天办结 (a past result), 144小时过境免签 (a
# visa term); no 年内/年底/底前/月/期间/以前/之前/以内/提前/季度/到20xx (README call 7)
assert re.findall(r'\d{4}年', t) == ['2023年', '2023年', '1979年', '2024年'], re.findall(r'\d{4}年', t)
assert t.count('今年') == 1 and t.count('全年') == 4 and t.count('年度') == 1 and t.count('上半年') == 1
assert t.count('三年') == 6 and t.count('两年') == 2 and t.count('月') == 2 and t.count('日') == 5   # 巢湖明月 ×2
for w in ('年内', '年底', '底前', '月底', '期间', '以前', '之前', '以内', '日内', '日前', '提前', '季度',
          '到20', '每年', '每月', '如期', '下半年'):
    assert w not in t, w
# PRINCIPLE: none. No 原则/方针/思路/按照/本着/根据; 遵循 ×2 (为根本遵循: a noun; 遵循于法); 要求 ×2
# (总体要求是：坚持… unquoted; 落实省委“八个走在前、作示范”和…工作要求: verb 落实, report_fa/ga);
# 坚持 ×23, none before a quote + 原则/要求/方针/思路 (坚持政府“过紧日子”, 坚持和发展新时代“枫桥经验”)
for w in ('原则', '方针', '思路', '按照', '本着', '根据'):
    assert w not in t, w
assert t.count('遵循') == 2 and t.count('要求') == 2 and t.count('坚持') == 23
# DOC_TITLE: 《自然》 is a journal (call 7); DOC_NO: none (no 〔; 号 in 号线 ×5, “九章三号”, 称号, 老字号, 销号)
assert t.count('《') == 1 and t.count('《自然》') == 1
assert '〔' not in t and '[' not in t and '【' not in t and t.count('号') == 9
# STAFFING: none. No 编制/职数; 岗位 ×3 (jobs stabilised and covered; 各个岗位); the numbers of people
# are employment (47万人, 14.5万人, 40万人, 2万人 创业), graduates insured (35万人), postdocs entering
# stations and recruited (949人, 1000人) and talent (1.9万人, 5000人, 4万人) (reports notes: talent
# attraction and training), beneficiaries (181万人, 300万人次, 5.4万就业困难人员) and visitors
# (700万人次); 近万名校友 (alumni served); “一村一名大学生村医” (a quoted programme name)
assert '编制' not in t and '职数' not in t and t.count('岗位') == 3
assert re.findall(r'(?:近|超)?[0-9.]+[万亿]?(?:余|多)?[人名]', t) == [
    '47万人', '35万人', '949人', '1.9万人', '超700万人', '181万人', '超300万人', '14.5万人', '1000人',
    '5000人', '4万人', '40万人', '2万人']
# ITEM_COUNT: every number + measure word was read (196 regex hits); the 16 labelled are listed
counts_re = (r'(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:余|多)?万?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|户|场|套|张|股|起)')
hits = {(m.start(), m.end()) for m in re.finditer(counts_re, t)}
assert len(hits) == 196, len(hits)
ics = [e for e in d.ents if e['label'] == IC]
assert {(e['start'], e['end']) for e in ics} <= hits
assert sorted(e['text'] for e in ics) == sorted(['20条', '36条', '10条', '110所', '152项', '七大', '三大',
                                                  '十大', '50项', '109件', '6项', '3个', '2个', '六大', '97所',
                                                  '5个']), sorted(e['text'] for e in ics)
# the N大 left out: 二十大 ×3 (党的二十大), “十大提升行动” / “五大帮扶” / “三大工程” ×2 / “碳达峰十大行动” /
# “四大工程” / “四大一优” (inside quotes), 6大研究院 (call 4), 三大国家级战新产业集群 (clusters: domains)
assert Counter(re.findall(r'[0-9一二三四五六七八九十]+大', t)) == Counter(
    {'二十大': 3, '十大': 3, '6大': 1, '七大': 1, '五大': 1, '三大': 4, '六大': 1, '四大': 2}), \
    Counter(re.findall(r'[0-9一二三四五六七八九十]+大', t))

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 16, 'ORG': 38,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
