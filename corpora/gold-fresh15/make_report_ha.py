"""Build report_ha.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 淮北市 (安徽), a UTF-8 .txt file of
14,534 characters (156 newlines): 各位代表： → 一、2023年工作回顾 (the year's figures, four 一年来…
paragraphs, 过去的一年…, five numbered 一是…五是 sections, the fields of work, 六是 the government's
own work, thanks, problems) → 二、2024年政府工作任务 (the year, 总体要求, 今年…主要预期目标, 十个方面
in ten numbered sections (一)–(十) of titled paragraphs; a 50项民生实事 pledge after (九)) →
三、全面加强政府自身建设 (four numbered paragraphs) → closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh15/make_report_ha.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/淮北.txt'
OUT = 'corpora/gold-fresh15/report_ha.jsonl'
# meta: no header, no session date and no signature; the text opens with 各位代表： and its parts
# are 一、2023年工作回顾 / 二、2024年政府工作任务, so the report is dated by its year (reports notes;
# report-aq, report-av, report-bc, report_ea/fc, report_ga/gd). Region: the text names 安徽 itself
# (习近平总书记关于安徽工作的重要讲话, 成功创建安徽省创新型城市, 安徽(淮北)高等研究院, 安徽自贸区淮北
# 联动创新区, 全省 throughout); the Anhui precedents have 安徽省铜陵市 (report-bc), 安徽省芜湖市 (report_fc).
d = AnchoredDoc('fresh15-report-huaibei-2024', SOURCE, {'region': '安徽省淮北市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 14534 and t.count('\n') == 156, (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; ST = 'STAFFING'; DL = 'DEADLINE'; DT = 'DOC_TITLE'


def staff(n, unit):
    return {'min': n, 'max': n, 'unit': unit, 'approx': False}


YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[市人民政府]]，向大会报告工作', None),
    # 并请各位市政协委员提出意见: a body modifying people, 各位 between (v1.1; fresh13 tuning), not labelled
    # ================================================================ 2023 review, year paragraph
    # 在省委、省政府和市委的坚强领导下 occurs twice (review, closing): three ORGs each (report-bc)
    (ORG, '在[[省委]]、省政府和市委的坚强领导下', None, 2),
    (ORG, '在省委、[[省政府]]和市委的坚强领导下', None, 2),
    (ORG, '在省委、省政府和[[市委]]的坚强领导下', None, 2),
    # 6年来最好成绩, 全年各项目标任务 (past), 居全省第4位: not labelled
    # ================================================================ 一年来 paragraphs
    # 一批 (vague), 连续10个月 (past), 4项工作获省政府督查激励 (a result: report-bc 13项工作获…督查激励),
    # 项目73个, 13个“工业难办证”项目 (projects), 安置房3397套: not counted
    # the body that grants the incentive (report-bc 获国务院、省政府真抓实干督查激励)
    (ORG, '等4项工作获[[省政府]]督查激励', None),
    # 安徽(淮北)高等研究院: a research institute (report_fc 安徽（芜湖）高等研究院), not ORG.
    # 获省委省政府主要领导批示 / 获省委主要领导批示肯定: bodies modifying people (v1.1 省委、省政府领导;
    # report-bc 获省委主要领导批示肯定), not labelled
    # ================================================================ 一是 实体经济
    # 《产业扶持政策清单》: a list (guidelines DOC_TITLE)
    (DT, '制定完善《[[产业扶持政策清单]]》', None),
    # 8718万元, 26亿元 (money): not labelled
    # bodies set up by a measure are counted (guidelines: 设置工作机构7个; shandong-part1 2个督导组;
    # gold-unseen reports-a 6个招商研究小组 "bodies set up"): 组建 investment-promotion teams (head 团)
    # and 成立 branch offices (head 中心) (README call 3). The bare class names in the plan
    # (优化调整驻外招商分中心、产业招商团) name no one body: not ORG.
    (IC, '组建[[12个]]产业招商团', ic(12, '个')),
    (IC, '成立[[6个]]驻外招商分中心', ic(6, '个')),
    # personnel engaged by the government (guidelines STAFFING: personnel recruited; report_fa
    # 承接省级科技特派员20名, report_fc 选派200名) (README call 2)
    (ST, '聘请[[12名]]招商顾问', staff(12, '名')),
    # 201个/162个/111个 projects, 700余家企业, 70余家商协会 (associations, seventh session): not counted;
    # 世界制造业大会 (an event), 广东省电池协会年会 (a trade association's meeting: not ORG)
    # ================================================================ 二是 长三角
    # 22个项目, 7个省级现代农业产业园 (designations), 连续2个季度 (past): not labelled. 省农科院 and
    # 市农科院 (below): research academies (reports notes 中科院; batch-c research institutes), not ORG
    # (README call 6). 段园新型功能区高质量发展三年行动方案 (no 《》; a duration in a plan's name)
    # a body set up (设立) with a body head (report_fa 成立营商环境发展促进中心; report-aj
    # 企业综合服务中心挂牌成立); 段园新型功能区 is the zone it serves, kept in the name (longest name)
    (ORG, '设立[[段园新型功能区发展服务中心]]', None),
    # 徐州陆港 (a company), 孙疃港 (a port): not ORG
    # ================================================================ 三是 城乡
    # 老旧小区101个, 电梯84部, 口袋公园10个, 停车泊位, 车位 (facilities): not counted; 全国城管进社区现场会
    # (a meeting), 全国城市组 (a prize category): not ORG
    # a package of measures the city issues (reports notes 促消费20条措施; report_gd 十二条措施)
    (IC, '出台肉牛产业高质量发展[[十条]]政策措施', ic(10, '条')),
    # 企业3家/1家 (enterprises), 示范村6个 / 中心村44个 (villages, designations), “二十连丰”, 连续六年,
    # 148公里: not labelled
    # ================================================================ 四是 改革创新
    (DT, '出台《[[创优营商环境工作推进机制]]》', None),
    # the 十条 inside the title is not an ITEM_COUNT (no overlap across types)
    (DT, '》《[[创优营商环境十条提升举措]]》', None),
    # citizens and entrepreneurs appointed to a role (聘任) (README call 2)
    (ST, '聘任[[40名]]“营商环境体验官”', staff(40, '名')),
    # 恳谈会3次, 接待日10次 (events): not counted
    # the government service centre as a body (report-ax 市政务服务中心, regs-ba 政务服务中心); 新 ("new",
    # the new premises it moved into) stays out, as 原 ("former") does in shandong-part2 (README call 5)
    (ORG, '新[[政务服务中心]]完成整合搬迁', None),
    # a body set up (挂牌成立: report-aj 企业综合服务中心挂牌成立)
    (ORG, '[[市企业服务中心]]挂牌成立', None),
    # 市产投集团、粮食集团 (companies), 港交所 (an exchange), 新三板企业1家: not labelled
    # 科技成果620项 (results), 产学研合作项目315项 (projects), 省重点实验室5家、省企业研发中心15家 (labs and
    # platforms won), 企业 家, 5G基站3356个, 4家企业获评 (results), 化工园区10强 (a ranking): not counted
    # ================================================================ 五是 民生
    # the province's “暖民心” actions and the livelihood list (report-bc 10项“暖民心”行动, 28项为民办实事;
    # reports notes 民生实事)
    (IC, '推深做实[[10项]]暖民心行动', ic(10, '项')),
    (IC, '10项暖民心行动和[[50项]]民生实事', ic(50, '项')),
    # schools built and schools acted on (reports notes; report_fa 26所, 3所; report_gd 7所)
    (IC, '九年一贯制学校等[[4所]]学校建成招生', ic(4, '所')),
    (IC, '完成[[4所]]中职学校办学条件提升达标', ic(4, '所')),
    # 学位7200个 (places), 淮北职业技术学院 (a college), 市人民医院 (a hospital), 紧密型城市医疗集团,
    # 濉溪县医院医共体 (hospital groups), 18场次 (events), 3.5万人 (employment): not labelled.
    # 《每日民声》302期: an information bulletin, a periodical (report_fc 《民情摘报》), not DOC_TITLE;
    # 解决问题1517个 (problems solved: results) (README call 8)
    # the police station (guidelines 公安派出所; report_eb 罗江万安所) and the ministry that commends it
    (ORG, '[[临涣派出所]]荣立公安部集体一等功', None),
    (ORG, '临涣派出所荣立[[公安部]]集体一等功', None),
    # a named people's-mediation body (head 室, like 市委督查室) that won the title of a model
    # mediation committee; the quoted title is an honour, not a body (README call 4)
    (ORG, '[[段园零距离调解工作室]]荣获', None),
    # ---------------------------------------------------------------- fields of work
    # 科协 is a mass organisation named as a field of work (reports notes 妇联工作 → 妇联; report-bd,
    # report_eb: 科协 in such lists); 妇女儿童、青年、残疾人、红十字 (no 会), 审计…供销: no body head
    (ORG, '地方志、[[科协]]、档案', None),
    # ================================================================ 六是 自身建设 (review)
    # 行政机关主要负责人 (机关 generic; people). 坚持定期向人大常委会通报工作: 人大常委会 without a level
    # is bare (v1.2: bare 人民代表大会 with no level is generic; reports notes bare 人大), and the text
    # names no 市人大常委会 it could refer back to: not ORG (README call 1)
    (ORG, '与[[市政协]]开展专题协商', None),
    # 办理人大建议215件、政协提案138件 (bare bodies; handled proposals), 市长办公会 (a meeting), 市直部门
    # (generic), 专题培训10次, 近200次 (events): not labelled
    # the body inside a longer non-ORG phrase (v1.1; shandong-part2 交通运输部网站 → 交通运输部);
    # 地方政府网站 is generic
    (ORG, '[[市政府]]网站位列全国', None),
    # ---------------------------------------------------------------- thanks
    (ORG, '是[[省委]]、省政府和市委正确领导', None),
    (ORG, '是省委、[[省政府]]和市委正确领导', None),
    (ORG, '是省委、省政府和[[市委]]正确领导', None),
    (ORG, '是[[市人大]]、市政协大力监督', None),                 # subjects (reports notes)
    (ORG, '是市人大、[[市政协]]大力监督', None),
    (ORG, '在此，我代表[[市人民政府]]，向辛勤奋斗', None),
    # 人大代表、政协委员 (people), 各民主党派, 各人民团体 (各), 人民解放军、武警官兵、消防救援队伍 (armed
    # forces and 队伍: not ORG, report_fc 驻芜解放军), 驻淮单位 (generic): not ORG
    (ORG, '向各民主党派、[[工商联]]、无党派人士', None),      # reports notes: 工商联 in the thanks
    # ================================================================ 2024
    # 二、2024年政府工作任务 (a heading), 今年是…75周年 (a description), 做好今年政府工作的总体要求是
    # (general requirements: report-bc, report_eb): not DEADLINE
    # bodies of the plenum and of the work conference (reports notes: 省委、市委经济工作会议 → the bodies;
    # report-bc 市委十一届六次全会). 按照…部署要求 has no content: not PRINCIPLE
    (ORG, '按照[[市委]]九届七次全会', None),
    (ORG, '九届七次全会、[[市委]]经济工作会议', None),
    # v1.2 Year targets: 今年 heads the list of targets (report-bc 今年经济社会发展的主要预期目标是;
    # report_fc, report_gd)
    (DL, '[[今年]]经济社会发展主要预期目标是', YEAR_BY),
    # 十个方面 (aspects): not counted
    # ---------------------------------------------------------------- (一) 投资
    # 全年计划实施…430个 / 全年签约…190个 / 160个: 全年 is the scope of an annual figure (report_fc call 2,
    # report-bc), not DEADLINE; projects are not counted. 坚持发展围绕项目干、要素跟着项目走… (unquoted, no
    # 原则): not PRINCIPLE. 落实“两个毫不动摇”: a quoted name after 落实
    # ---------------------------------------------------------------- (二) 工业
    # 项目150个, 企业 家 throughout, 数字化车间5家以上 (designations), “人才飞地”3个 (quoted; platforms),
    # 人才团队8个以上 / 不少于1个 (teams of talent: report_fc 人才团队95个): not counted. 相山经济开发区,
    # 口子产业园 (zones), 口子酒业 (a company), 淮北师范大学, 淮北理工学院 (universities): not ORG
    # ---------------------------------------------------------------- (三) 服务业
    (ORG, '以[[市企业服务中心]]为依托', None),
    # 濉溪铝制品质量监督检验中心: a testing centre, a technical platform (report_gc call 7; fresh14 tuning:
    # testing centres are labs), not ORG (README call 5); 安徽自贸区淮北联动创新区 (a zone); 充电桩600个
    # ---------------------------------------------------------------- (四) 改革开放
    # 认真落实“四个统筹”要求: verb 落实 (report_fa, report_gd): not PRINCIPLE
    (ORG, '发挥[[政务服务中心]]作用', None),
    # 淮矿集团、皖北煤电 (state-owned companies, v1.1), 上市在审企业1家: not labelled
    (DT, '全面落实《[[营商环境条例]]》', None),
    # “千名干部进千企”活动: a programme's name (report_ga call 7), not STAFFING; 免罚清单 (no 《》);
    # 开发区提质扩量增效三年行动计划 (a programme's length), “管委会+公司”改革 (a reform model: the
    # 管委会 is a class of bodies inside a quoted formula, no one body) (README call 9), 1160亩: not labelled
    # ---------------------------------------------------------------- (五) 城镇化
    # 老旧小区63个, 口袋公园12个, 泊位 (facilities): not counted; 濉溪南部次中心 (a place)
    (DT, '落实《[[淮北市城市精细化管理标准2.0版]]》', None),   # a standard, a normative document
    # ---------------------------------------------------------------- (六) 乡村
    # 415万亩, 151万吨, 7.4万头, 基地3个以上, 2023年度/2024年度 6个精品示范村和36个/30个中心村 (villages;
    # 年度 names the annual batch, not a limit: report-be, report_eb), 自然村庄192个, 6960户, 1000人次
    # (trainees), 再延长30年 (a term), 五年行动 (a programme's length): not labelled; 市农科院, 省农科院,
    # 中农大: research bodies and a university
    # ---------------------------------------------------------------- (七) 文旅
    # 文旅十大工程: the ten works are the construction projects listed next (…等项目建设, …等项目), like
    # report_gc's 十大工程 of city renewal (projects), unlike a programme of actions (README call 7)
    # 5个高品质城市书房 (facilities: report_fb 城市书房), 相山书院, 古睢书院 (reading rooms), 市体育中心,
    # 市全民健身中心 (venues: report_fa 市体育运动中心), 全民健身运动会 (an event): not labelled
    # ---------------------------------------------------------------- (八) 生态
    # an unquoted N大 before the three campaigns the text lists (蓝天、碧水、净土) and the city fights
    # (seventh session: N大 before actions; report_gd “美丽乡村”三大行动; fresh12 十大/五大 攻坚) (README call 7)
    (IC, '净土[[三大]]保卫战', ic(3, '大')),
    (DT, '大力实施《[[空气质量提升攻坚行动]]》', None),        # an action plan (guidelines: plan)
    # 三年行动 (a programme's length), 幸福河湖4个, 森林示范村8个 (designations), 按期 (vague), 中央及省
    # 环保督察 (中央 no body head; 省 alone names no body): not labelled
    # ---------------------------------------------------------------- (九) 民生
    # 3万人 (employment), 市人力资源产业园 (a park), 托位1500个, 学位2000个 (places), 一小二中南湖校区
    # (a school), 濉溪职业技术学校 (a school, uncounted), 市人民医院 ×3 (a hospital), 医疗机构, 专业机构
    # (generic): not labelled. 嵌入式养老机构20家: elderly-care facilities (gold-unseen reports-a:
    # 敬老院, 养老服务中心, 养老机构 not counted, unlike 托育机构) (README call 6); 990户: households
    (IC, '接续实施[[50项]]民生实事', ic(50, '项')),
    # ---------------------------------------------------------------- (十) 安全
    # 地方金融 (no body), 城市生命线安全工程, “一杯茶”调解法, “枫桥经验”: not labelled
    # mass organisations (reports notes; report_fa 工会、共青团、妇联; report-av); 群团组织 generic
    (ORG, '支持[[工会]]、共青团、妇联', None),
    (ORG, '支持工会、[[共青团]]、妇联', None),
    (ORG, '支持工会、共青团、[[妇联]]等群团组织', None),
    # 市国防教育训练基地 (a facility), 全国双拥模范城 (a title): not labelled
    # ================================================================ 三、政府自身建设
    # 坚持“第一议题”制度, “两个确立”, “两个维护”, 落实“五大”要求, “四个抓落实” (names; verbs 落实/践行):
    # not PRINCIPLE
    # 省委巡视: the body inside a longer non-ORG phrase (v1.1; report-bc); 审计 alone is no body
    (ORG, '高标准推进[[省委]]巡视', None),
    # 党中央及省、市委: shared ending, the bare 省 names no body (v1.1; report-bc 省、市委实施细则 → 市委)
    (ORG, '党中央及省、[[市委]]各项决策部署', None),
    # 政策课堂、局长讲堂 (lectures; 局长 a person), 《每日民声》 (periodical), 市长信箱, 12345…热线平台, 府院联动、
    # 府检联动 (report_fc), 人大法律监督…政协民主监督 (bare), 中央八项规定: not labelled
]

for a in ANCHORS:
    label, anchor, norm = a[:3]
    d.ctx(label, anchor, n=a[3] if len(a) > 3 else 1, norm=norm)

# ================================================================ every body word accounted for
d.check_all('人民政府', 2, 2)
d.check_all('市委', 6, 6)
d.check_all('省委', 6, 4, ['相关做法获[省委]省政府主要领导', '获[省委]主要领导批示肯定'])      # people (v1.1)
d.check_all('省政府', 5, 4, ['获省委[省政府]主要领导批示'])
d.check_all('市政府', 1, 1)
d.check_all('政府', 24, 7, [                                   # bare 政府, types, 地方政府 (v1.1)
    '获省委省[政府]主要领导', '深入推进法治[政府]建设', '全国地方[政府]网站', '给予[政府]工作大力支持', '不足;[政府]系统少数干部',
    '2024年[政府]工作任务', '做好今年[政府]工作的总体要求', '公共政策兑现和[政府]履约', '全面加强[政府]自身建设',
    '幸福城市，[政府]工作要有新作为', '新作为、[政府]干部要有新担当', '持续加强[政府]自身建设',
    '全面提升[政府]系统凝聚力', '贯穿于[政府]工作全过程', '争创省级法治[政府]建设', '作为[政府]工作的生命线',
    '带动[政府]系统全体人员'])
d.check_all('人大', 5, 1, ['定期向[人大]常委会通报', '办理[人大]建议215件', '支持的[人大]代表、政协委员',
                         '主动接受[人大]法律监督'])            # bare (call 1), proposals, people
d.check_all('常委会', 1, 0, ['定期向人大[常委会]通报'])
d.check_all('政协', 6, 2, ['并请各位市[政协]委员', '215件、[政协]提案138件', '人大代表、[政协]委员',
                         '工作监督和[政协]民主监督'])
d.check_all('委', 17, 10, ['各位市政协[委]员', '人大代表、政协[委]员', '人民调解[委]员会', '人大常[委]会',
                          '“管[委]会+公司”', '做法获省[委]省政府', '获省[委]主要领导'])
d.check_all('委员会', 1, 0, ['“全国模范人民调解[委员会]”称号'])          # a quoted honorary title
d.check_all('中央', 6, 0, ['争取[中央]和省预算内', '瞄准[中央]预算内资金', '加快推进[中央]及省环保督察',
                         '贯彻落实党[中央]及省', '深入贯彻[中央]八项规定', '为核心的党[中央]周围'])   # v1.1
d.check_all('中心', 16, 5, [
    '成立6个驻外招商分[中心]', '省企业研发[中心]15家', '优化调整驻外招商分[中心]', '质量监督检验[中心]争创',
    '争创国家级[中心]。', '濉溪南部次[中心]', '和美乡村[中心]村44个', '36个[中心]村建设进度', '30个[中心]村建设，',
    '市体育[中心]场馆', '启用市全民健身[中心]'])            # counts, labs, a testing centre, places, villages, venues
d.check_all('所', 11, 1, ['办成[所]有事', '在港交[所]成功上市', '与高校院[所]合作', '等4[所]学校建成', '完成4[所]中职',
                        '向[所]有关心', '大院大[所]战略合作', '卫生厕[所]改造', '民之[所]望', '施政[所]向'])
d.check_all('院', 19, 0, [
    '(淮北)高等研究[院]，我市再添', '深化与省农科[院]对接', '与高校[院]所合作', '淮北职业技术学[院]获评',
    '市人民医[院]完成整体搬迁', '濉溪县医[院]医共体', '深化与大[院]大所', '(淮北)高等研究[院]实体化运行',
    '淮北理工学[院]与企业', '依托市农科[院]，', '密切与省农科[院]、中农大', '建设相山书[院]', '古睢书[院]、石榴红了',
    '推动淮北职业技术学[院]发挥', '推动市人民医[院]等公立医院', '等公立医[院]高质量发展', '用好市人民医[院]老院区',
    '市人民医院老[院]区', '强化府[院]联动'])               # research bodies, colleges, hospitals, 书院, 府院
d.check_all('部', 22, 1, [                                     # 公安部 only
    '强化[部]门联动', '全面振兴决策[部]署，皖北', '电梯84[部]', '东[部]新城配套', '市直[部]门和县区', '各项决策[部]署清单化',
    '政府系统少数干[部]', '“七个强省”决策[部]署', '尽管外[部]环境', '经济工作会议[部]署要求', '汽车及零[部]件、新材料',
    '与头[部]基金公司', '推动汽车零[部]件', '供应链物流头[部]企业', '“千名干[部]进千企”', '完善东[部]新城基础设施',
    '濉溪南[部]次中心', '政府干[部]要有新担当', '市委各项决策[部]署', '局长讲堂、干[部]学堂', '持续增强干[部]推动'])
d.check_all('协', 15, 3, [                                     # 科协, 市政协 ×2
    '并请各位市政[协]委员', '开展专题[协]商', '广东省电池[协]会年会', '70余家商[协]会', '215件、政[协]提案', '人大代表、政[协]委员',
    '深化与商[协]会交流', '双城联动、[协]同发展', '淮海经济区[协]同发展', '在产业[协]作', '增效[协]同工程',
    '工作监督和政[协]民主监督'])
d.check_all('联', 19, 2, [                                     # 工商联, 妇联
    '长三角自行车[联]赛', '强化部门[联]动', '两市[联]系更加紧密', '省级多式[联]运', '持续拓展工业互[联]网运用',
    '问题信息[联]动机制', '以工业互[联]网思维', '建设工业互[联]网平台', '安徽自贸区淮北[联]动创新区', '深化“互[联]网+',
    '坚持双城[联]动', '交通互[联]、民生', '畜禽良种[联]合攻关', '健全[联]农带农', '带农利益[联]结机制',
    '强化府院[联]动', '府检[联]动，规范'])
d.check_all('团', 16, 1, [                                     # 共青团 only
    '组建12个产业招商[团]', '组建市产投集[团]', '、粮食集[团]。', '紧密型城市医疗集[团]。濉溪', '只争朝夕、[团]结奋斗',
    '各人民[团]体', '产业招商[团]，充分发挥', '高层次科技人才[团]队8个', '高层次人才[团]队不少于', '高层次科技人才[团]队在淮',
    '支持淮矿集[团]', '紧密型城市医疗集[团]建设试点', '持续完善集[团]化办学', '妇联等群[团]组织', '更加紧密地[团]结在'])
d.check_all('室', 3, 1, ['获批省重点实验[室]5家', '共建学科实验[室]'])       # labs; the mediation 工作室
d.check_all('派出所', 1, 1)
d.check_all('工商联', 1, 1)
d.check_all('科协', 1, 1)
d.check_all('科', 23, 1, [                                     # 科协 only
    '翌光[科]技', '、[科]技研发平台', '深化与省农[科]院', '深入推进[科]技创新', '登记[科]技成果', '思想[科]学指引',
    '正确领导、[科]学决策', '高能级的[科]创平台', '深入实施[科]技创新赋能', '加快[科]技孵化器', '共建学[科]实验室',
    '促进[科]技成果转化', '备案[科]技型', '高层次[科]技人才团队8个', '支持高层次[科]技人才', '坚持[科]技强农',
    '依托市农[科]院', '密切与省农[科]院', '精准治污、[科]学治污', '临床重点专[科]', '变异学[科]类', '针对性、[科]学性'])
for w, n in (('局', 6), ('办', 25), ('站', 7), ('组', 10), ('队', 6), ('机构', 5), ('单位', 3), ('机关', 1),
             ('集团', 6), ('公司', 2), ('馆', 3), ('社', 26), ('盟', 0), ('处', 7), ('署', 5),
             ('部门', 2), ('厅', 0), ('党委', 0), ('国务院', 0), ('办公室', 0), ('领导小组', 0), ('以下简称', 0),
             ('管委会', 1), ('协会', 3), ('农科院', 3), ('研究院', 2)):
    hits = [m.start() for m in re.finditer(w, t)]
    assert len(hits) == n, (w, len(hits))
    for h in hits:                                  # no body in these words (verbs, generic heads, companies…)
        assert not any(e['label'] == ORG and e['start'] <= h < e['end'] for e in d.ents), (w, t[h - 5:h + 5])
# 会 (49): every occurrence outside an ORG lies in a word that names no body
labelled = [(e['start'], e['end']) for e in d.ents if e['label'] == ORG]


def rest(ch, words, n):
    hits = [m.start() for m in re.finditer(ch, t)]
    assert len(hits) == n, (ch, len(hits))
    for h in hits:
        if any(s <= h < e for s, e in labelled):
            continue
        assert any(t[h - k:h - k + len(w)] == w for w in words for k in range(len(w)) if w[k] == ch), \
            (ch, t[h - 6:h + 6])


rest('会', ['大会', '社会', '展会', '年会', '协会', '现场会', '恳谈会', '委员会', '常委会', '办公会', '全会',
           '会议', '管委会', '节会', '会展', '运动会', '会抓会管'], 49)
assert sum(1 for e in d.ents if e['label'] == ORG and '会' in e['text']) == 1   # 工会
assert sorted(e['text'] for e in d.ents if e['label'] == ORG) == sorted(
    ['市人民政府'] * 2 + ['省委'] * 4 + ['省政府'] * 4 + ['市委'] * 6 + ['市政协'] * 2 + ['政务服务中心'] * 2
    + ['市企业服务中心'] * 2 + ['市人大', '市政府', '段园新型功能区发展服务中心', '临涣派出所', '公安部',
                          '段园零距离调解工作室', '科协', '工商联', '工会', '共青团', '妇联'])

# ================================================================ other families
# DEADLINE (1): 今年 before the targets. Every time word was read: 2023年 ×2 / 2024年 (headings and the
# review's year), 2023年度 ×2 / 2024年度 (a case's year, the villages' annual batches), 2023世界运河城市论坛 (an
# event), 今年是…75周年, 今年政府工作的总体要求, 全年 ×11 (past totals, and the scope of annual figures in
# the plan: report_fc call 2), 一年来 ×5 / 过去的一年 ×2 / 6年来 / 连续10个月 / 连续2个季度 / 连续六年 /
# 连续四年 (past), 三年 ×5 / 五年行动 / 再延长30年 (durations and names), 开局之年 / 关键一年 / 重要一年,
# 周督办、月通报 (a quoted method), 按期 / 序时 / 定期 / 即将 (vague), 《每日民声》, 接待日, 过紧日子.
assert re.findall(r'20\d\d(?=年|世界)', t) == ['2023', '2023', '2023', '2023', '2024', '2023', '2024']
assert t.count('年') == 48 and t.count('今年') == 3 and t.count('全年') == 11 and t.count('年度') == 3
assert t.count('月') == 2 and t.count('日') == 6 and t.count('季度') == 1 and t.count('每') == 2
for w in ('年内', '年底', '底前', '月底', '期间', '之前', '以前', '以内', '日内', '日前', '提前', '到20', '每年',
          '上半年', '下半年', '年末'):
    assert w not in t, w
# PRINCIPLE (0): no 原则/方针/思路/遵循/本着/根据; the one 按照 takes 市委…部署要求 (no content); 要求 ×6:
# 围绕“五大”要求 (verb 围绕: report_ea), 新要求, 总体要求是 (unquoted), 部署要求, 落实“四个统筹”要求 and
# 落实“五大”要求 (verb 落实: report_fa, report_gd); 坚持 ×25, none before a quote + 原则/要求/方针/思路
# (坚持“一线工作法”, 坚持“第一议题”制度, 坚持“新官理旧事”: v1.1 quoted mechanisms)
for w in ('原则', '方针', '思路', '遵循', '本着', '根据'):
    assert w not in t, w
assert t.count('按照') == 1 and t.count('要求') == 6 and t.count('坚持') == 25
# DOC_TITLE (6): 8 《》, minus 《每日民声》 ×2 (a periodical bulletin: report_fc 《民情摘报》)
assert re.findall('《([^》]*)》', t) == [
    '产业扶持政策清单', '创优营商环境工作推进机制', '创优营商环境十条提升举措', '每日民声', '营商环境条例',
    '淮北市城市精细化管理标准2.0版', '空气质量提升攻坚行动', '每日民声']
# DOC_NO: none (no 〔 [ 【; 号 only in 称号 and 口号)
assert '〔' not in t and '[' not in t and '【' not in t and t.count('号') == 2
# STAFFING (2): no 编制, 职数; 岗位 ×1 (不同的岗位: jobs). The other numbers of people are employment
# (3.5万人, 3万人), trainees (1000人次), a programme's name (千名干部进千企), visitors (万人游)
assert '编制' not in t and '职数' not in t and t.count('岗位') == 1 and t.count('千名') == 1
assert re.findall(r'[0-9.]+万?(?:余|多)?[人名]', t) == ['12名', '40名', '3.5万人', '1000人', '3万人']
# ITEM_COUNT: every number + measure word was read (regex below); the 9 labelled are listed
counts_re = (r'(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:余|多)?万?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|户|场|套|张|股|宗|起|块|名|人|期|次|头|强)')
assert len(re.findall(counts_re, t)) == 139, len(re.findall(counts_re, t))
ic_texts = [e['text'] for e in sorted(d.ents, key=lambda e: e['start']) if e['label'] == IC]
assert ic_texts == ['12个', '6个', '十条', '10项', '50项', '4所', '4所', '三大', '50项'], ic_texts
assert all(re.fullmatch(counts_re, x) for x in ic_texts)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 6, 'ITEM_COUNT': 9, 'ORG': 33,
                  'PRINCIPLE': 0, 'STAFFING': 2}, counts
write_gold(OUT, [d])
