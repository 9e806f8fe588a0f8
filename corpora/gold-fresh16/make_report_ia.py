"""Build report_ia.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 北京市, a UTF-8 .txt file of 17,140
characters (180 newlines): 各位代表： → 一、2023年工作回顾 (the year, 过去一年 with the year's figures,
一年来，主要做了以下工作 and eight numbered paragraphs 一是…八是 (七是 is the "23·7" flood, followed by
a paragraph of thanks for the relief), the thanks, the problems) → 二、2024年重点任务 (the year, 今年
政府工作的总体要求是…, 按照上述要求…今年全市经济社会发展的主要预期目标是…, five 一是…五是 points,
着力做好以下十一个方面工作 in eleven numbered sections （一）–（十一） of titled paragraphs, and an
unnumbered paragraph on 民族/宗教/国防 after （十一）) → 各位代表！… the government's own work in one
paragraph (政治, 法治, 效能, 作风建设) → closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh16/make_report_ia.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/北京.txt'
OUT = 'corpora/gold-fresh16/report_ia.jsonl'
# meta: no header, no session date and no signature; the text opens with 各位代表： and its parts are
# 一、2023年工作回顾 / 二、2024年重点任务, so the report is dated by its year (reports notes; report-aq,
# report_ea…report_hd). Region: 北京 is a municipality directly under the central government, so the
# region is the city alone (北京市人民政府, 中共北京市委 in the text; the Beijing regulations of the
# labelled sets have 北京市: fresh10/fresh11/fresh12).
d = AnchoredDoc('fresh16-report-beijing-2024', SOURCE, {'region': '北京市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 17140 and t.count('\n') == 180, (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; ST = 'STAFFING'; DL = 'DEADLINE'; PR = 'PRINCIPLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[北京市人民政府]]，向大会报告', None),
    # 并请市政协委员提出意见: a body modifying people (v1.1), not labelled
    # ================================================================ 2023 review: the year
    # 2023年是…开局之年 (a description), 三年新冠疫情 (past), 中国国际服务贸易交易会, 中关村论坛, 北京文化论坛
    # (events), 门头沟区 (a place): not labelled
    # 以习近平同志为核心的党中央 (党中央: no body head, v1.1 中央); 中共北京市委 with its region prefix
    (ORG, '在[[中共北京市委]]直接领导下', None),
    # 市人大及其常委会: 常委会 after a definite 市人大 is a definite short form (v1.2; report_hd, report_gd)
    (ORG, '在[[市人大]]及其常委会监督支持下', None),
    (ORG, '在市人大及其[[常委会]]监督支持下', None),
    # 二十届二中全会 (a plenum; no body head in 二中全会): not ORG. The body inside its session keeps its
    # term number (regs-b adoption lines; report-aj 市九届人大, report_fb 市十五届人大)
    (ORG, '较好完成了[[市十六届人大]]一次会议确定的目标任务', None),
    # ================================================================ 一是 首都功能, 京津冀
    # 首规委 = 首都规划建设委员会, the capital's planning commission: one definite body with the head 委,
    # named inside a longer phrase (v1.1 *A body named inside a longer non-ORG phrase*)
    (ORG, '完善[[首规委]]工作制度', None),
    # 核心区控规新一轮三年行动计划, 五年工作方案, 三年行动计划 (programme lengths, report_gd call 8); 国际交往
    # 中心 (a function of the city, a hub), 雁栖湖国际会都 (a venue), 第四使馆区 (a zone): not labelled.
    # 在京登记落户国际组织机构增至115家: international organisations registered in Beijing, a result of
    # attraction, not bodies a measure sets up or acts on (reports notes: results) (README call 4);
    # 国际组织机构 has generic heads. 桥下空间183处, 城市家具1万余处, 背街小巷1730条, 老旧小区改造183个
    # (places, streets, compounds): not counted.
    # 行政办公区二期, 第二批市级机关搬迁 (机关: v1.1 generic), 北京艺术中心、城市图书馆、大运河博物馆 (venues),
    # 全国温室气体自愿减排交易机构获批设立 (机构: generic head, v1.1), 通州区, 北三县 (places), 雄安新区中关村
    # 科技园 (a park), “三校一院” (a quoted name): not labelled
    # ================================================================ 二是 科技创新, 经济
    # 国际科技创新中心 (a hub), 国家实验室, 新型研发机构 (generic), “三城一区”, 中关村科学城 / 怀柔科学城 / 未来
    # 科学城 (zones), 综合性国家科学中心 (a platform), 16个科技设施平台 (platforms), 研究型医院 (a hospital),
    # 三大科学城 (zones: territories), 成果超过270个 (results): not labelled.
    # policies the city issued (guidelines: 11项配套政策; reports notes 173项…政策); 余 inside the span,
    # value = the base with min (report-ab 1200余项, report_fa 140余项)
    (IC, '人形机器人等[[30余项]]细分产业支持政策', ic(30, '项', min=30, max=None)),
    # 新设4支政府高精尖产业基金 (funds: money vehicles, report_ga call 6), 小米…工厂 (companies), 5G基站3万个
    # (facilities), “京通”“京办”“京智”三个…应用终端 (apps), 15个重点商圈 (areas), 高级别自动驾驶示范区,
    # 数据基础制度先行区 (zones): not labelled
    # the State Council approving the city's plan (a body inside a longer phrase)
    (ORG, '工作方案获[[国务院]]批复同意', None),
    # measures the city put out (reports notes 100项便民利企措施); 试点举措 are measures, not pilots won
    (IC, '迭代推出[[170余项]]新的试点举措', ic(170, '项', min=170, max=None)),
    # 中关村综保区 (a zone), 金融街论坛 (an event), 北京证券交易所 (an exchange: report_hd 北交所; reports
    # notes), 上市公司 (companies), 近三倍 (a ratio), 6.0版改革任务, “北京服务”意见 (no 《》): not labelled
    # service items (reports notes: “一件事一次办”场景119个; report_fb 134项“一件事一次办”主题事项)
    (IC, '新增大型活动等[[23个]]“一件事”集成服务事项', ic(23, '个')),
    # 40个行业 (一业一证: industries are domains, report_ga, report_fb), 一体化综合监管试点拓展至50个 (pilots:
    # report_fb 6个…改革试点, report_eb 29项…试点) (README call 5), 211万户 (enterprises): not counted
    # ================================================================ 三是 文化
    # the list of tasks of the central-axis heritage nomination (reports notes: own task lists, 256项重点工作)
    (IC, '庆成宫整体院落腾退等[[48项]]重点任务全面完成', ic(48, '项')),
    # 社稷坛等15处遗产点 (sites), 三条文化带 (areas), 遗址公园一期, 445公里, “演艺之都”三年行动实施方案 (a
    # programme's length; no 《》), 1.7万场 / 4万场 (events), 11家博物馆 / 27家“类博物馆” (facilities),
    # 首届北京国际非遗周 (an event), 11部文艺作品…“五个一工程”奖 (results; a quoted prize), 连续三届 (past),
    # 461万志愿者 (volunteers): not labelled.
    # the categories of traffic offences singled out by an enforcement campaign (report_aw 9类重点行业和10类
    # 特殊敏感场所; report_be 18类重难点问题攻坚) (README call 3)
    (IC, '强化[[12类]]交通违法行为整治', ic(12, '类')),
    # ================================================================ 四是 民生
    (IC, '集中推出[[15项]]稳就业措施', ic(15, '项')),          # measures issued (reports notes)
    # 城镇新增就业28.1万人 (employment), 帮扶困难人员就业19.7万人 (beneficiaries), 托位超过6000个 / 学位3.8万个
    # (places), 市属高校 (generic): not labelled
    # hospitals a measure acts on (report_hd 50家医疗卫生机构实现…互通共享; report-aq 56个村卫生室新纳入医保
    # 定点; reports notes: medical institutions a measure acts on)
    (IC, '[[110家]]医院实现医保移动支付', ic(110, '家')),
    # “新工体”, 体育公园 (facilities), 3.3万场次 (events), 街道乡镇区域养老服务中心 / 社区养老服务驿站
    # (facilities: gold-unseen reports-a 养老服务中心), 床位6232张, 养老服务点232个, 养老助餐点243个, 电梯
    # 822部, 8.2万套 / 9.3万套 (housing), 地铁16号线 / 17号线 (号: lines, not DOC_NO), 公交线路144条 / 50条
    # (routes), “七站两场” (a quoted name), “每月一题” (a quoted mechanism; 每月 is no due point), 两个“关键小事”
    # (aspects), 示范居住小区（村）2800个 (designations): not labelled
    # ================================================================ 五是 生态
    # 连续八年 / 连续四年 (past), 公园总数1065个, 2800余个村庄, 5.8万亩, “千万工程”, “百村示范、千村振兴”
    # 工程 (a quoted name), 2个百分点: not labelled
    # ================================================================ 六是 安全
    # “十项硬措施”: a count inside a quoted name (reports notes: counts inside fixed names) (README call 6);
    # 认真落实“三管三必须”要求: the verb is 落实, not 按照/坚持/遵循/本着/根据 (report_hd call 4, report_gd): not
    # PRINCIPLE. 长峰医院 (a hospital), 比2019年下降 (a baseline), 地方政府专项债券 (bare 政府), 三年攻坚行动
    # (a programme's length): not labelled
    # ================================================================ 七是 "23·7" flood
    # 提前发布 / 提前采取 / 提前启动 / 提前布置 (past acts ahead of the storm; no limit: report_gd 提前介入).
    # 疏散转移54.2万名…群众 (people evacuated: beneficiaries), not STAFFING. Flood-fighting forces
    # deployed in advance: personnel dispatched by a measure (guidelines STAFFING; report_hd 5.5万名党员干部
    # 下沉一线, report_fc 选派200名); 余 as a lower bound (like 以上: min only) (README call 1)
    (ST, '提前布置[[20余万人]]防汛抢险队伍', {'min': 200000, 'max': None, 'unit': '人', 'approx': False}),
    # 三列…列车, 2831名旅客 (people rescued), 256个断路村 / 507个 / 273个 / 342个 (villages), 34.4万名受灾群众
    # (victims resettled: beneficiaries), 759所受灾学校全部如期开学 (the schools the flood damaged: the extent
    # of a disaster, counted with 1万余套受损农民住房 and 167条受损道路, not a set a measure chose) (README
    # call 4), 近七成: not labelled
    # a quoted formula adopted through 按照…思路 (guidelines PRINCIPLE; report-av 按照“南北双控…”思路);
    # the 一年 / 三年 inside are part of it (no overlap across types)
    (PR, '按照“[[一年基本恢复、三年全面提升、长远高质量发展]]”的思路', None),
    # 国家部委 (a generic plural: report_hc), 中央企业 (companies; 中央 no body head), 兄弟省区市 (places),
    # 人民解放军、武警部队官兵和消防救援队伍指战员 (armed forces and people), 各级组织 (各; 组织 head): not ORG
    # ================================================================ 八是 主题教育, the government's own work
    # 牢牢把握“学思想、强党性、重实践、建新功”的总要求: verb 把握 (report_eb and report-aq; report_gc
    # 落实…, report_gd 聚焦…; report_ea labels it only after 按照): not PRINCIPLE (README call 7)
    # 全年共提请…: 全年 is a past total, not DEADLINE; the standing committee, one ORG (longest name)
    (ORG, '全年共提请[[市人大常委会]]审议地方性法规草案', None),
    # regulations submitted and rules made (report_fb 4件 / 9件; report_hd 6件; reports notes 6部)
    (IC, '审议地方性法规草案[[6项]]', ic(6, '项')),
    (IC, '制定修改废止政府规章[[8项]]', ic(8, '项')),
    # 市人大代表议案建议692件: people and handled motions, not labelled; 市政协提案: a body before a document
    # is ORG (report_fc, report_fb, report-ao, report-aq, report-v, report-ai); 1054件 (handled proposals)
    # is not counted
    (ORG, '办理[[市政协]]提案1054件', None),
    # “八五”普法, “法治帮扶”, “法治明白人”工程 (names), 23.9亿元, 5% (money, a ratio), 首轮统计督察: not labelled
    # ---------------------------------------------------------------- thanks
    (ORG, '是[[中共北京市委]]带领全市人民', None),
    (ORG, '在此，我谨代表[[北京市人民政府]]，向全市人民', None),
    # 全体人大代表、政协委员 (people), 各民主党派、各人民团体 (各), 中央和国家机关各部门各单位 (vague; 机关/部门/
    # 单位 heads), 驻京人民解放军和武警部队官兵 (armed forces): not ORG. No 工商联 in this report.
    # 政府工作还存在, 政府系统干部队伍 (bare 政府): not ORG
    # ================================================================ 2024
    # 二、2024年重点任务 (a heading), 今年是新中国成立75周年 / 10周年 (a description), 今年政府工作的总体要求是
    # (the general requirements, unquoted: reports notes), 坚持稳中求进工作总基调 (unquoted, 总基调), 坚持以新时代
    # 首都发展为统领, 坚持“五子”联动服务 (v1.1 quoted mechanism, no 原则/要求/方针/思路): not labelled.
    # 按照上述要求 has no content of its own: not PRINCIPLE.
    # v1.2 Year targets: 今年 heads the list of targets (report_ha, report_hd, report_gd, report-bc)
    (DL, '提出[[今年]]全市经济社会发展的主要预期目标是', YEAR_BY),
    # 控制在5%以内 (a rate), 在今年的工作中要着重把握好以下几个方面 (an outline, no limit), 十一个方面 (aspects):
    # not labelled
    # ---------------------------------------------------------------- （一） 首都功能, 京津冀
    # 首都规划重大事项向党中央请示报告制度 (党中央), 核心区控规三年行动计划 (a duration), 新国展二期, 奥林匹克
    # 中心区 (an area), 国际组织和机构 (generic), 中央单位 (generic), 第二批市级机关 (机关), 6.5平方公里,
    # 首都医科大学 (a university), 首都儿科研究所通州院区 (the new campus of a children's hospital and research
    # institute: a hospital project, not ORG: reports notes hospitals and research institutes) (README call 8),
    # 背街小巷1650条 (streets), 22号线 / 101线, 环球主题公园二期, “两个示范区” (quoted), 京津冀国家技术创新中心
    # (a research platform), “六链五群”, 示范区, 天津滨海-中关村科技园 (a park), “跨省通办” (no number): not labelled
    # ---------------------------------------------------------------- （二） 教育, 科技, 人才
    # 学位2万个 (places), 高精尖创新中心 (university-based research centres: platforms), 北京国际科技创新中心
    # 建设条例 (a regulation's name without 《》: no DOC_TITLE), 国家实验室, 北京市重点实验室 (labs), 新型研发机构
    # (generic), 创新联合体 (an alliance), 国际科技组织和外资研发中心 (generic, labs), “一区多园”, 战略科学家
    # 特殊引才计划: not labelled
    # ---------------------------------------------------------------- （三） 数字经济
    # 算力中心 (a data centre: seventh session), 5G基站1万个以上 (facilities), 北京国际大数据交易所 (an exchange),
    # “新智造100”工程 (quoted), 三大工作体系 (systems: shandong-part2 五个综合执法系统 not counted), “一网通办”:
    # not labelled
    # ---------------------------------------------------------------- （四） 开放, 营商环境, 改革
    # 国际商事仲裁中心 (打造: a hub, report_hd 成都国际仲裁中心), 世界银行 (an international bank: report_hd
    # 联合国, v1.1 banks), 临空经济区 (zones), 编制本市行政许可事项实施规范 (编制 = drafting), 市区街乡三级 (levels),
    # “京策”平台, “两个毫不动摇” (quoted): not labelled
    # ---------------------------------------------------------------- （五） 内需, 投资, 产业, 金融
    # 三里屯等4片国际消费体验区 (areas), “3个100”市重点工程 and “三大工程” (counts inside quoted names: report_hd
    # “三大工程”), 政府和社会资本合作 / 政府投资基金 (bare 政府), 五篇大文章 (aspects), 北京证券交易所 (an
    # exchange): not labelled
    # ---------------------------------------------------------------- （六） 文化
    # 北京市习近平新时代中国特色社会主义思想研究中心: a research centre (reports notes: research institutes;
    # fresh14 tuning: 研究中心 read as bodies were errors) (README call 2); 中国长城博物馆, 红色场馆 (facilities),
    # 演艺机构 (generic), 1.6万场 (events), 北京国际电影节 (an event): not labelled
    # ---------------------------------------------------------------- （七） 城市治理
    # 老旧小区300个 / 200个, 电梯1000部 / 600部, 2000户, 20万平方米, 老旧厂房40个, 地铁3号线一期, 停车位1.5万个 /
    # 1万个, 600处老旧信号灯, 示范居住小区（村）1200个, 物业服务示范项目100个 (projects), 基层执法队伍 (队伍),
    # “向前一步”栏目 (a TV programme): not labelled
    # ---------------------------------------------------------------- （八） 乡村
    # 12万亩, 种业创新示范区, 乡村产业强镇, 农村集体经济组织 (组织 head), 就业岗位 (jobs): not labelled
    # ---------------------------------------------------------------- （九） 生态
    # “一微克”行动, “清管行动”1万公里, 0.5个百分点, 北京绿色交易所 (an exchange), 城市绿道150公里, 无界公园20个
    # (facilities): not labelled
    # ---------------------------------------------------------------- （十） 民生
    # 紧扣“七有”要求和“五性”需求: verb 紧扣 (not 按照/坚持/遵循/本着/根据): not PRINCIPLE.
    # the year's list of livelihood matters (reports notes 20件 / 15件 为民实事; report_ha 50项民生实事)
    (IC, '办好[[34项]]重要民生实事', ic(34, '项')),
    # 城镇新增就业不少于26万人 (employment: reports notes), 12万城镇就业困难人员, 4万农村劳动力 (beneficiaries):
    # not STAFFING. Hospital groups set up (batch-c; report_hd 紧密型城市医疗集团2个)
    (IC, '建立[[9个]]紧密型城市医疗集团', ic(9, '个')),
    # 二级以上综合医院 (a grade), 国家医学中心 (hospitals): not labelled. Test items in a mutual-recognition
    # list (report_ec 116项…检查检验结果互认; report_eb 百余项)
    (IC, '开展[[180项]]检验结果、300项检查结果互认', ic(180, '项')),
    (IC, '开展180项检验结果、[[300项]]检查结果互认', ic(300, '项')),
    # 放宽至3个月 (a prescription's length), 普惠托位1万个 (places), 床位2000张, 养老服务点240个, 养老助餐点300个,
    # 7万套 / 8万套 (housing), 50个残疾人温馨家园 (community facilities for disabled people: facilities, like
    # 服务站点): not counted
    # ---------------------------------------------------------------- （十一） 安全
    # 确保入汛前…: a limit tied to an event with no number (project decisions: 选举日前, 上岗之前) (README
    # call 9); 灾前 (a baseline), 三横三纵 (quoted), 1100公里, 三年行动 (a duration), 坚持预防为主 (unquoted, no
    # 原则), “企安安”系统, 重点企业集团 (companies), “枫桥经验” (quoted), “平安单位”“平安医院”“平安学校” (titles),
    # 宗教工作基本方针 (方针 with no content), 坚持宗教中国化方向 (方向), 新一届全国双拥模范城 (a title): not labelled
    # ================================================================ the government's own work
    # 法治政府、创新政府、廉洁政府和服务型政府 (types), “两个确立”/“四个意识”/“四个自信”/“两个维护” (quoted
    # names), 中央巡视、中央生态环境保护督察 (中央: no body head), 党中央决策部署: not labelled
    (ORG, '依法接受[[市人大]]及其常委会监督', None),
    (ORG, '依法接受市人大及其[[常委会]]监督', None),
    (ORG, '自觉接受[[市政协]]民主监督', None),
    # 认真办理市人大代表议案建议 (people) 和市政协提案 (a body before a document: as above)
    (ORG, '议案建议和[[市政协]]提案。', None),
    # 政府参事、文史馆员 (people), 第三批全国法治政府建设示范 (a type; 第三批 an ordinal), 政府系统机构改革
    # (bare 政府; 机构), “四下基层” (quoted): not labelled.
    # the party's central discipline commission inside its plenum, with its term number (like 市十六届人大
    # above; reports notes: bodies inside their meetings → the body) (README call 10)
    (ORG, '认真落实[[二十届中央纪委]]三次全会精神', None),
    # 政府系统全面从严治党, 中央八项规定 (a fixed name), 坚持政府过紧日子 (bare): not labelled
    # ================================================================ closing
    (ORG, '在[[中共北京市委]]坚强领导下', None),
]

for a in ANCHORS:
    label, anchor, norm = a[:3]
    d.ctx(label, anchor, n=a[3] if len(a) > 3 else 1, norm=norm)

# ================================================================ every body word accounted for
d.check_all('人民政府', 2, 2)
d.check_all('市委', 3, 3)
d.check_all('国务院', 1, 1)
d.check_all('常委会', 3, 3)
d.check_all('首规委', 1, 1)
d.check_all('纪委', 1, 1)
d.check_all('政府', 24, 2, [                                   # bare 政府 (v1.1), types of government
    '向大会报告[政府]工作', '新设4支[政府]高精尖', '全国首例地方[政府]专项债券', '主题教育，[政府]服务效能',
    '制定修改废止[政府]规章', '求真务实成为[政府]工作', '困难和压力，[政府]工作还存在', '需要提升；[政府]系统干部',
    '今年[政府]工作的总体要求', '实施[政府]和社会资本', '统筹用好[政府]投资基金', '新任务对[政府]自身建设',
    '人民满意的法治[政府]、', '、创新[政府]、', '、廉洁[政府]和', '和服务型[政府]。', '发挥[政府]参事',
    '全国法治[政府]建设示范', '严格落实[政府]系统机构', '加快[政府]职能转变', '纵深推进[政府]系统全面',
    '坚持[政府]过紧日子'])
d.check_all('人大', 7, 4, ['办理市[人大]代表议案建议692件', '向全体[人大]代表', '认真办理市[人大]代表议案建议和'])
d.check_all('政协', 5, 3, ['并请市[政协]委员', '人大代表、[政协]委员'])   # people (v1.1)
d.check_all('委', 11, 8, ['并请市政协[委]员', '国家部[委]、中央企业', '人大代表、政协[委]员'])
d.check_all('中央', 17, 1, [                                   # no body head (v1.1); 中央纪委 labelled
    '过去一年，在以习近平同志为核心的党[中央]坚强领导下', '认真贯彻落实党[中央]决策部署，加强', '首都规划权属党[中央]，',
    '全力保障[中央]政务功能', '国家部委、[中央]企业', '核心的党[中央]坚强领导的结果', '向[中央]和国家机关',
    '认真贯彻[中央]经济工作会议', '重大事项向党[中央]请示', '优化提升[中央]政务环境', '服务保障[中央]单位',
    '切实抓好[中央]巡视', '中央巡视、[中央]生态环境', '当好贯彻落实党[中央]决策部署的', '严格落实[中央]八项规定',
    '核心的党[中央]周围'])
d.check_all('中心', 26, 0, [                                   # hubs, zones, venues, platforms, facilities
    '加强“四个[中心]”功能建设，提高“四个服务”水平，深化', '扎实推进国际交往[中心]建设', '大力推动城市副[中心]高质量',
    '北京艺术[中心]、', '加快建设国际科技创新[中心]，加强', '综合性国家科学[中心]建设', '扎实推进国际消费[中心]城市',
    '以街道乡镇区域养老服务[中心]为主体', '大力加强“四个[中心]”功能建设，提高“四个服务”水平；',
    '加强国际交往[中心]功能建设', '奥林匹克[中心]区', '加快城市副[中心]高质量', '实现副[中心]站', '国家技术创新[中心]建设',
    '聚力建设国际科技创新[中心]，进一步', '高精尖创新[中心]作用', '北京国际科技创新[中心]建设条例', '外资研发[中心]，',
    '算力[中心]、数据训练', '国际商事仲裁[中心]。', '深化国际消费[中心]城市', '全国文化[中心]建设',
    '思想研究[中心]建设', '区域和副[中心]信号灯', '国家医学[中心]建设', '推广布局街道乡镇区域养老服务[中心]，'])
d.check_all('所', 16, 0, [                                     # exchanges, places, a hospital-institute, 所有
    '北京证券交易[所]扩容', '体育健身场[所]，', '759[所]受灾学校', '一批民心[所]盼', '发展[所]向的问题', '向[所]有关心',
    '首都儿科研究[所]通州院区', '大数据交易[所]运营', '北京证券交易[所]深化', '北京绿色交易[所]建设', '技有[所]施',
    '才有[所]用', '劳有[所]得', '建设，[所]有二级', '并有[所]提升', '高风险场[所]和'])
d.check_all('院', 14, 1, [                                     # 国务院 only; hospitals, courtyards
    '“三校一[院]”交钥匙', '研究型医[院]等', '庆成宫整体[院]落', '四合[院]的老街坊', '110家医[院]实现',
    '长峰医[院]重大火灾', '通州[院]区', '“三校一[院]”办学', '平房整[院]落', '学校、医[院]、景区', '公立医[院]高质量',
    '综合医[院]开设', '“平安医[院]”'])
d.check_all('部', 27, 0, [                                     # 部署, 干部, 部队, 部委, 部门, measure words…
    '认真贯彻落实党中央决策[部]署，加强', '11[部]文艺作品', '电梯822[部]', '深入开展东西[部]协作', '早[部]署，果断',
    '乘务人员全[部]安全', '受灾学校全[部]如期', '国家[部]委', '武警[部]队官兵和', '党员干[部]忠于', '面对内外[部]各种',
    '国家机关各[部]门', '驻京人民解放军和武警[部]队', '政府系统干[部]队伍', '研判内外[部]形势', '城乡结合[部]整治',
    '网络基础设施[部]署', '关键零[部]件', '新开工1000[部]', '完工600[部]', '推动东西[部]协作', '绿道全[部]联通',
    '构建西[部]山区', '地铁等重点[部]位', '和重点[部]位消防', '党中央决策[部]署的执行者', '严格干[部]教育'])
for w, n in (('局', 22), ('机构', 7), ('单位', 4), ('机关', 3), ('组织', 7), ('部门', 1), ('厅', 1), ('集团', 2),
             ('公司', 1), ('交易所', 4), ('站', 9), ('队', 10), ('组', 10), ('团', 6), ('室', 5), ('处', 11), ('署', 4),
             ('馆', 13), ('司', 1), ('研究所', 1), ('党委', 0), ('省委', 0), ('委员会', 0), ('办公室', 0), ('领导小组', 0),
             ('以下简称', 0), ('工会', 0), ('工商联', 0), ('妇联', 0)):
    hits = [m.start() for m in re.finditer(w, t)]
    assert len(hits) == n, (w, len(hits))
    for h in hits:                                  # generic heads, facilities, exchanges, verbs, nouns
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


# 会 (48): 常委会 ×3 inside ORGs; otherwise 大会 (the session addressed), 座谈会, 交易会 (an event), 社会, 全会
# (二中全会, 三次全会), 会议, 会都 (a venue), 精文简会, 财会, 会展
rest('会', ['大会', '座谈会', '交易会', '社会', '全会', '会议', '会都', '简会', '财会', '会展'], 48)
# 办 (23): never a body (办公区, “京办” an app, 举办, 办好, 接诉即办, 办理, 办法, 办学办医, 办事, 通办, 先办, 筹办)
rest('办', ['办公', '京办', '举办', '办好', '即办', '办理', '办法', '办学', '办医', '办事', '通办', '先办', '筹办'], 23)
# 联 (16), 协 (25): no body but 市政协 ×3 (labelled); 政协委员 ×2 name people
rest('联', ['联动', '联合', '联防', '联控', '失联', '联络', '联网', '联通'], 16)
rest('协', ['政协委员', '协同', '协作', '协议', '协调'], 25)
# 科 (49), 社 (36): no body (科技/科学/科研/科创/医科/儿科/学科/科教/全科; 社会/社稷/社区/社保)
rest('科', ['科技', '科学', '科研', '科创', '医科', '儿科', '学科', '科教', '全科'], 49)
rest('社', ['社会', '社稷', '社区', '社保'], 36)
assert sorted(e['text'] for e in d.ents if e['label'] == ORG) == sorted(
    ['北京市人民政府'] * 2 + ['中共北京市委'] * 3 + ['市人大'] * 2 + ['常委会'] * 2 + ['市政协'] * 3
    + ['市十六届人大', '首规委', '国务院', '市人大常委会', '二十届中央纪委'])

# ================================================================ other families
# DEADLINE (1): 今年 before the targets. Every time word was read: 2023年 ×2 (heading, year description),
# 2019年 (a baseline), 2024年 (heading), 2000 ×2 (amounts); 今年 ×4 (今年是…75周年, 今年政府工作的总体要求,
# the targets (labelled), 在今年的工作中要着重把握 (an outline)); 全年 (a past total); 一年来 / 过去一年 ×2 /
# 开局之年 / 关键一年 (past, descriptions); 三年 ×8 and 五年 (programme lengths; 三年新冠疫情 past; the 一年 / 三年
# inside the PRINCIPLE); 连续八年 / 连续四年 / 连续三届 (past); 百年不遇, 75周年 / 10周年; “十四五” (a plan
# period named, no limit); 提前 ×6 (past acts); 如期 (past); 入汛前 (an event with no number: README call 9);
# 灾前 / 疫情前 (baselines); 每月 ×2 (inside the quoted “每月一题”); 3个月 (a prescription's length); 5%以内 /
# 五环以内 / 50米内 (a rate, an area, a distance); 二期 / 一期 (phases); 新时代, 及时, 第一时间, 错时, 时时.
assert re.findall(r'20\d\d年?', t) == ['2023年', '2023年', '2019年', '2024年', '2000', '2000']
assert t.count('年') == 40 and t.count('今年') == 4 and t.count('全年') == 1 and t.count('三年') == 8
assert t.count('月') == 3 and t.count('日') == 1 and t.count('期') == 12 and t.count('时') == 19
assert t.count('提前') == 6 and t.count('前') == 15 and t.count('内') == 8 and t.count('底') == 5
assert t.count('每') == 2 and t.count('十四五') == 2 and t.count('入汛前') == 1
for w in ('年内', '年底', '年末', '年度', '底前', '月底', '期间', '之前', '以前', '日内', '日前', '到20', '季度',
          '每年', '上半年', '下半年', '年前'):
    assert w not in t, w
# PRINCIPLE (1): 按照 ×3 (原有肌理: no principle; the labelled 思路; 按照上述要求: no content); 思路 ×1; no 原则 /
# 本着 / 根据; 遵循 ×1 (根本遵循, a noun); 方针 ×1 (宗教工作基本方针, no content); 要求 ×8 (国家目标要求 / 国家要求,
# 落实“三管三必须”要求 (落实), 把握“…”的总要求 (把握: call 7), 总体要求是, 按照上述要求, 紧扣“七有”要求, 更高要求);
# 坚持 ×11: none before a quote or phrase with 原则/要求/方针/思路 (坚持“五子”联动服务: v1.1 quoted mechanism;
# 坚持以文铸魂、以文兴业、以文育城 and 坚持预防为主: unquoted, no 原则); 理念 ×3 (新发展理念, 人民城市理念, …的理念)
for w in ('原则', '本着', '根据'):
    assert w not in t, w
assert t.count('按照') == 3 and t.count('思路') == 1 and t.count('遵循') == 1 and t.count('方针') == 1
assert t.count('要求') == 8 and t.count('坚持') == 11 and t.count('理念') == 3
# DOC_TITLE / DOC_NO: no 《》 (titles without marks: 北京国际科技创新中心建设条例, 国家服务业扩大开放综合示范区
# 建设方案, “北京服务”意见 … are not labelled) and no 〔 [ 【; 号 ×9 only in 挂号, 16号线 / 17号线 / 22号线 / 3号线,
# 老字号, 信号灯 ×2, 信号控制
assert '《' not in t and '〔' not in t and '[' not in t and '【' not in t and t.count('号') == 9
# STAFFING (1): no 职数; 编制 ×4 are drafting (编制…规划体系, 控规编制, 编制…实施规范, 编制…专项规划); 岗位 ×1
# (jobs). The other numbers of people: employment (28.1万人, 不少于26万人), beneficiaries (19.7万人, 12万城镇就业
# 困难人员, 4万农村劳动力), people evacuated, rescued or resettled (54.2万名, 2831名, 34.4万名), volunteers
# (461万志愿者)
assert t.count('编制') == 4 and '职数' not in t and t.count('岗位') == 1
assert re.findall(r'[0-9.]+万?(?:多|余)?万?[人名](?!次)', t) == [
    '28.1万人', '19.7万人', '54.2万名', '20余万人', '2831名', '34.4万名', '26万人']
# ITEM_COUNT: every number + measure word was read (regex below); the labelled counts are listed
counts_re = (r'(?:超|近)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)万?(?:余|多)?万?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|户|场|套|张|股|宗|起|块|只|名|人|片|篇|列|届|次|级|期)'
             r'(?:以上|左右)?')
assert len(re.findall(counts_re, t)) == 156, len(re.findall(counts_re, t))
ic_texts = [e['text'] for e in sorted(d.ents, key=lambda e: e['start']) if e['label'] == IC]
assert ic_texts == ['30余项', '170余项', '23个', '48项', '12类', '15项', '110家', '6项', '8项', '34项', '9个', '180项',
                    '300项'], ic_texts
assert all(re.fullmatch(counts_re, x) for x in ic_texts)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 13, 'ORG': 17,
                  'PRINCIPLE': 1, 'STAFFING': 1}, counts
write_gold(OUT, [d])
