"""Build report_lb.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 阿坝藏族羌族自治州 (四川), a UTF-8 .txt file of
17,523 characters (176 newlines, no final newline). The text has no 各位代表 opening and no closing:
2023年工作回顾 (the year paragraph, five 一年来，我们坚持… paragraphs, then seven numbered sections 一、…七、
of titled paragraphs: ecology, the economy, rural revitalisation, livelihood with the fields of work, reform
and opening, safety and governance, the government's own work) → 2024年工作安排 (2024年是… the year
described, 今年政府工作的总体要求是, 今年全州经济社会发展的主要预期目标是, 以上目标的确定…, the 六个必须坚持
一是…六是, 九个方面 in nine numbered sections 一、…九、 of three titled paragraphs each). The text ends with
the third paragraph of 九 (加快建设廉洁型政府); there is no thanks, no problems paragraph and no closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh19/make_report_lb.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/阿坝.txt'
OUT = 'corpora/gold-fresh19/report_lb.jsonl'
# meta: no header, no session date and no signature; the text opens with the heading 2023年工作回顾 and its
# parts are 2023年工作回顾 / 2024年工作安排, so the report is dated by its year (reports notes; report_gd,
# report_jd, report_ja, report_kd). Region: the prefecture is 阿坝 (州委, 州政府, 全州, 阿坝州成立70周年,
# 阿坝州温州商会, 现代化新阿坝); the text names 四川 itself (对四川对阿坝工作系列重要指示批示精神, 入选四川改革
# 典型案例, 全省, 黄河干流四川段); the other Sichuan prefecture reports have 四川省凉山彝族自治州 (report_gd) and
# 四川省甘孜藏族自治州 (report_jd), so the full name of the prefecture: 四川省阿坝藏族羌族自治州.
d = AnchoredDoc('fresh19-report-aba-2024', SOURCE, {'region': '四川省阿坝藏族羌族自治州', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 17523 and t.count('\n') == 176 and not t.endswith('\n'), (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; ST = 'STAFFING'; DL = 'DEADLINE'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # ================================================================ 2023年工作回顾, the year paragraph
    # 2023年工作回顾 (a heading), 刚刚过去的2023年 (past), 党的二十大 / 二十届一中二中全会 (no body): not labelled.
    # The bodies inside their plenums (reports notes: 省委、市委经济工作会议 → the bodies; report_gd, report_jd)
    (ORG, '二中全会、[[省委]]十二届三次四次全会、州委', None),
    (ORG, '省委十二届三次四次全会、[[州委]]十二届三次四次全会决策部署，在党中央', None),
    # 党中央 has no body head (v1.1 中央); 国务院 is written apart from it
    (ORG, '在党中央、[[国务院]]的亲切关怀下', None),
    (ORG, '在[[省委]]、省政府和州委的坚强领导下', None),
    (ORG, '在省委、[[省政府]]和州委的坚强领导下', None),
    (ORG, '在省委、省政府和[[州委]]的坚强领导下', None),
    # 州人大及其常委会: the 常委会 after a definite 州人大 is a definite short form (v1.2; report_gd, report_jd)
    (ORG, '在[[州人大]]及其常委会、州政协的监督支持下', None),
    (ORG, '在州人大及其[[常委会]]、州政协的监督支持下', None),
    (ORG, '在州人大及其常委会、[[州政协]]的监督支持下', None),
    # 紧扣“一州两区三家园”战略新目标 (a quoted name, a goal; verb 紧扣): not PRINCIPLE
    # ================================================================ 一年来 ×5
    # (1) 主题教育: “四下基层”, “学思想、强党性、重实践、建新功”贯穿始终 (no verb of the guidelines, no frame
    # word), “四个意识” / “两个确立” … (quoted names): not labelled
    # (2) 庆祝七十华诞: “三馆两中心” (a quoted name of buildings), 庆祝大会期间 (a past event)
    (ORG, '特别是庆祝大会期间，[[全国人大常委会]]、国务院发来贺电', None),   # report_gb 全国人大常委会
    (ORG, '全国人大常委会、[[国务院]]发来贺电', None),
    # 中央有关部门祝贺团和省祝贺团: delegations, groups of people (report_fa 中央祝贺团; regs-b 代表团), and
    # 有关部门 is vague: not ORG
    # (3) economy: 中央 (no body head); the bodies before their conferences (reports notes)
    (ORG, '深入贯彻中央、[[省委]]、州委经济工作会议精神', None),
    (ORG, '深入贯彻中央、省委、[[州委]]经济工作会议精神', None),
    # 始终保持“稳中求进”工作总基调 (总基调; verb 保持), “旬分析、月调度、季小结、年终决算”机制 (a mechanism
    # with bare frequencies), 预计全年… (a past total), 两个百万级大关: not labelled
    # (4) safety: 三年行动 (a completed programme's length), “6·27” / “5·8” (dates of past disasters).
    # 安办: the work-safety committee office by its short name, head 办 (guidelines 编办 / 法制办; report_gd
    # 州安办实战化运行经验, report_ib 市县两级安办实战化运行); named inside 安办专班 (v1.1 a body inside a
    # longer non-ORG phrase; 专班 itself has no body head: v1.1 工作专班) (README call 7)
    (ORG, '山体滑坡等自然灾害。[[安办]]专班全面实战化运行', None),
    # “首席安全官” (a post), 连续11年 / 连续36年 (past): not labelled
    # (5) ecology: 牢牢把握…“共抓大保护、不搞大开发”和…“重在保护、要在治理，高质量发展”的战略导向 (verb 把握,
    # frame word 导向: not 按照/坚持/遵循/本着/根据 … 原则/要求/方针/思路), “国家生态文明建设示范区” (a title),
    # 大熊猫国家公园 / 若尔盖国家公园 (parks), “山水工程”, “一核两源六区”: not labelled
    # ================================================================ 一、生态建设绘就新画卷
    # “七大保护”行动 (a quoted count: reports notes), “林长制”.
    # 1893名“河（湖）长”常态巡河: river chiefs at their work, no measure placing them (report_hd 12.4万名网格员
    # 日夜巡防 not STAFFING): not STAFFING (README call 3). 500余种 / 4000余种 (species), 1212株: not labelled
    # “七大治理”工程 (quoted), 排污口3595个 (outfalls: facilities), 矿业权101宗 (rights): not counted
    (ORG, '治理经验得到[[国务院办公厅]]和生态环境部通报表扬', None),     # one ORG, longest name (report_gb)
    (ORG, '国务院办公厅和[[生态环境部]]通报表扬', None),                 # a ministry, head 部 (v1.1)
    # the items of the environmental inspection's rectification list (report_fa 中央和省环保督察交办问题整改
    # 销号109个; report_hc 生态环境部通报的26个问题; report-av, report_eb) (README call 5)
    (IC, '高质量整改环保督察问题[[1838项]]', ic(1838, '项')),
    # 国家“黄河办”: the office of the national leading group for the Yellow River basin, head 办, named
    # inside a longer phrase (its cases); the span is the quoted short name, whose quotation marks cannot be
    # split (report_ax “心廉心科长服务团” labelled inside the marks) (README call 7)
    (ORG, '入选国家“[[黄河办]]”正面宣传典型案例', None),
    # “两山”, “美丽阿坝”APP (an app), 180.9万株, 示范县2个 / 实践创新基地2个 / 生态县5个 / 绿色社区6个
    # (designations): not counted
    # ================================================================ 二、经济发展实现新突破
    # 5A级 / 4A级 / 3A级 (grades), 省级旅游度假区、休闲街区各1个, 4A级景区2个, 3A级景区24个 (designations),
    # 第十届全国大众冰雪季 (an ordinal, an event), 全省景区发展大会 (a meeting), 3张“国家级金字招牌” (titles),
    # 全年接待游客… (a past total): not labelled.
    # “惠购阿坝”… (quoted programmes), 消费券4262万元, “浙江阿坝馆” (a venue), “十大藏羌美食” (quoted), 西博会 /
    # 大运会 (events), 首届 (an ordinal): not labelled.
    # 水电站 / 光伏项目 (facilities, projects), 两宗锂矿探矿权 (rights), 德方纳米 / 川发龙蟒 / 宁德时代
    # (companies), 工业技改项目48个 (projects), 企业4户 / 170余户, 13个州内中小微园区 (parks): not counted.
    # “项目建设攻坚提升年”行动 (a campaign's name), “十四五”规划中期调整, “四个一批”, 5G基站554个, 老旧小区
    # 44个 (facilities): not labelled.
    # three packages of policy measures named without quotation marks (reports notes 促消费20条措施; report_jd
    # call 2 开门红九条、…民营经济十条; report_ja call 4 制造业16条、民营经济16条) (README call 1);
    # 落实“两个毫不动摇” (a quoted formula after 落实): not PRINCIPLE
    (IC, '精准实施高质量发展激励[[12条]]、支持民营经济发展31条', ic(12, '条')),
    (IC, '高质量发展激励12条、支持民营经济发展[[31条]]、市场主体培育18条', ic(31, '条')),
    (IC, '支持民营经济发展31条、市场主体培育[[18条]]等政策措施', ic(18, '条')),
    # “雁阵培育”, “转企升规”, “个转企”96户, 企业17户 / 15户 / 43户 / 16户, 7.8万户 (enterprises): not counted.
    # “增减挂钩”跨省项目15个 (projects), 坚持集中财力办大事 (unquoted, no 原则), 年末各项存款余额 (past): not
    # labelled. 首席统计师、协统员制度 (posts, no number), “五经普”, 省级综合试点和州级专项试点 (pilots), 采集
    # 单位总数2.43万户 (statistical units): not labelled
    # ================================================================ 三、乡村振兴呈现新景象
    # 2355名“田长”: field chiefs who carry the farmland duty, no measure placing them (as the 河长 above;
    # README call 3): not STAFFING. “两大体系”, “六个一批” (quoted), 10.4万名脱贫群众 / 1361户5995人 / 630户
    # 2218人 (beneficiaries), 连续十一年 (past), 重点帮扶优秀县 (a designation): not labelled.
    # 牧区5县 (territories), 142万头, 农产品20个 (products), 现代农业园区57个 (parks), 省级合作社示范社6个
    # (designations; v1.1 合作社), 结对企业达117个, 首批国家农业产业强镇 (a title): not counted.
    # 坚持以“三家园”工程为统揽 (a quoted programme, no 原则/要求/方针/思路: v1.1), 16个乡（镇）138个村 (places),
    # “一环两纵两横四带全域覆盖”, “三大革命” (quoted), 12个村 / 第六批, 示范村45个 / 文明村镇51个, 示范县,
    # 样板县, 百强中心镇, “四好农村路” 示范市（州） (designations): not labelled
    # ================================================================ 四、民生改善取得新成效
    # “四个典范”, “三年任务两年完成”目标 (a quoted slogan; past), 规划清单内项目175个 (projects), 8843户: not
    # labelled.
    # two packages of measures continued (as 12条/31条/18条 above; README call 1)
    (IC, '延续实施稳就业[[18条]]、脱贫人口就业帮扶12条', ic(18, '条')),
    (IC, '稳就业18条、脱贫人口就业帮扶[[12条]]等政策措施', ic(12, '条')),
    # 城镇新增就业7100人, 脱贫人口就业4.18万人, 15.5万人 (employment: reports notes), 5.5%以内 (a rate),
    # “民营企业招聘周”…, 全省首届…大赛 (events), 劳务品牌, 户外劳动者服务站点205个 (facilities): not labelled.
    # 两轮 (rounds), 640元/人/年 (a rate), “四类人群”, 3.9万余名妇女 (beneficiaries), 村（社区）养老服务中心
    # 16个 (care facilities: report_ja, report_hd), 基层未成年人保护阵地 (no body), “两项补贴” (a fixed name):
    # not labelled.
    # the year's list of livelihood matters (reports notes 158件民生实事; report_jd 52件, report_ja 30件)
    (IC, '高质量完成[[38件]]民生实事', ic(38, '件')),
    # 全省民族教育工作会议, 全省民族地区中医药发展大会, 全国首届“红色草原”保护利用工作现场会 (meetings);
    # 全国急救教育试点学校1所、省级示范学校（园）10所 (school designations: report_kd call 7, report_id), 阿坝
    # 社区大学 (a university: v1.2 facility), 全国紧密型医共体试点7个 (pilots won), 高压氧舱17台, 急救站（点）
    # 126个 (equipment, facilities), 县级公立医院, “中国藏医药实践基地”, 慢性病综合防控示范区 (designations),
    # 三大 国家文化公园 is in the plan only; 《牦牛革命》 (a musical) and 电影《天宝》 (a film): works of art,
    # not DOC_TITLE (reports notes 《烈烈渤海红》; report_jd 《长征长征》). “红军长征论坛”市（州）城市联盟 (an
    # alliance), 阿来城市书房 (a facility), “州运会”“州残运会”, 全省冰雪季 (events): not labelled
    # ---------------------------------------------------------------- fields of work
    # 省级“双拥”模范城（县）5个、先进县6个 (designations): not counted.
    # mass organisations named as fields of work are ORG (reports notes 工会、…红十字会…等事业 → 工会, 红十字会;
    # report_ea 科协; report_jd, report_ja); 慈善, 残疾人 (no 联), 红十字 (no 会), 青少年, 地方志: fields with no
    # body name
    (ORG, '先进县6个。[[妇联]]、科协、慈善', None),
    (ORG, '先进县6个。妇联、[[科协]]、慈善', None),
    # 审计、供销、气象、邮政、佛协、…、退役军人等工作: fields of work; 佛协 (the Buddhist association) is a
    # registered social organisation, not an organ, like trade associations (seventh session) and the
    # foundation of gold-fresh18 regs_kf: not ORG (README call 6)
    # ================================================================ 五、改革开放释放新动能
    # “十大产业集群” (quoted), 能投、城发等五大州属国企 (state-owned companies: v1.1; 五大 before companies, not
    # actions or tasks): not labelled.
    # the tasks of the prefecture's three-year state-enterprise reform list, completed (report_jd call 4 完成
    # 改革事项132项; report_kd 51项重点改革任务; report_jb 123项) (README call 8); the quoted
    # “国企改革三年行动” is a programme's name (no DEADLINE)
    (IC, '城发等五大州属国企，[[79项]]“国企改革三年行动”任务全面完成', ic(79, '项')),
    # 农村信用社 (a cooperative), 阿坝农商银行 (a bank: v1.1 economic entity), 全省首批县域医药创新试点
    # (pilots), 农村“三项制度”改革 (quoted): not labelled.
    # plans drawn up: documents counted (seventh session: 村庄规划 included; report_jd 75个乡（镇）级、62个村级
    # 片区国土空间规划)
    (IC, '全面推进，[[65个]]乡（镇）级国土空间规划全部完成编制', ic(65, '个')),
    # 草原资产所有权委托代理机制试点县, 水电消纳示范区: designations, not labelled.
    # 入孵企业10家, 服务机构3家 (technology service firms: report_hd 技术转移服务机构10家 not counted),
    # 院士（专家）工作站3个 (platforms: report_jd), 高新技术企业6户, 科技型中小企业76家: not counted.
    # 藏羌医药省重点实验室 (a lab), 西科道地中药材创新中心 (an innovation platform: report_fc 技术创新中心,
    # report_jd call 8), 5项科技成果 (results), 专利289件 / 161件, 高分对地观测系统阿坝分中心 (an observation
    # facility: report_jd 北斗基础数据中心甘孜分中心), “国际自然与文化遗产空间技术中心优秀分中心”称号 (a title):
    # not labelled.
    # 成都 / 绵阳 / 海口 / 甘南 (places), 中石油 / 中铁建 (companies), 项目177个 / 东部企业51家, 6个欠发达县域
    # (territories), 川甘青藏滇交界地州（市） (places), 阿坝州温州商会 (an association: seventh session 商协会;
    # report_gd 港澳地区商会): not labelled
    # ================================================================ 六、安全治理构建新格局
    # “三反两防”, 全国“两会”, 成都大运会, 阿坝州成立70周年庆祝活动 (events), 坚持和发展新时代“枫桥经验” (no
    # 原则/要求/方针/思路: v1.1); 省级“枫桥式”派出所2个、司法所3个: a model type won, not a body and not a count
    # (batch-c; report-ab 建成新时代枫桥式司法所24个 not counted); 调解案件1230件 (cases), 全国信访工作示范县,
    # 省级优秀案例: not labelled.
    # “全国民族团结进步示范州” / “全国铸牢中华民族共同体意识示范州” (titles).
    # an unquoted N大 after the quoted name of the actions (seventh session: N大 before actions; report_gd
    # “美丽乡村”三大行动; report_ec “揭榜攻坚”三大行动) (README call 2)
    (IC, '“石榴花开·美丽阿坝”[[十大]]行动全面启动', ic(10, '大')),
    # “一廊一区一带一群”, 省级“两资”工作会暨…现场会 (a meeting), 国家级示范单位13个、省级121个 (designations),
    # “一寺一策”, 寺庙“四室”, “两联一进”, “感党恩听党话跟党走”: not labelled.
    # “扫黑除恶”, 案件150起 (cases)
    (IC, '深入实施“护安、护航、护创”[[三大]]行动', ic(3, '大')),     # as 十大行动 above (README call 2)
    # 81.6% (a rate), “熊猫家园·生态警务”.
    # 出台55个新兴行业领域监管职责清单: the count is of the emerging industry domains whose duties the lists
    # set, like report_jd's 明确二十三个新行业新业态安全监管工作职责 (domains, v1.1 六大领域) (README call 4).
    # “两客一危一校”, “三防一安全”, 自然灾害33起, 4.1万人次, “现场指挥官” (a post), 行政案件38起, “零火情”: not
    # labelled
    # ================================================================ 七、自身建设迈出新步伐
    # 数字政府 (bare 政府: v1.1), 大数据平台二期 (a phase), 政务数据21.96亿条 and 开放共享目录17946个 (data
    # records and data catalogues shared: data, not a list set by a measure), “最多跑一次”, “12345”政务服务热线,
    # 群众诉求24.9万件 (complaints handled: reports notes), 机关节能降碳 (机关 generic), 省级节约型示范单位2家
    # (designations): not labelled.
    # 国家工作人员 (people), 行政执法资格考试中心 (an examination centre built: a facility), 首批省级法治政府示范县
    # (a designation; bare 政府)
    (ORG, '自觉接受[[州人大]]法律监督和州政协民主监督', None),
    (ORG, '自觉接受州人大法律监督和[[州政协]]民主监督', None),
    # 办理人大代表建议、政协提案145件 (people and handled proposals: reports notes; bare 人大/政协, v1.2),
    # 行政机关负责人 (机关 generic, people), “八五”普法 (quoted), 125.1万人次 / 4905人次 / 案件1465件,
    # “法治账图”, 法治宣传教育基地4个 (designations), 茂县“法治小院” (a facility, quoted), 全国法治政府单项示范
    # 创建项目 (bare 政府): not labelled.
    # 严格落实中央八项规定 (a fixed name), “政府作风建设提升年” (a campaign's name; bare 政府), 带头落实“过紧日子”
    # 要求 (verb 落实: report_gd, report_jd call 12), “三公”, “跑冒滴漏”, 用政府的“廉洁指数” (bare 政府): not
    # labelled
    # ================================================================ 2024年工作安排
    # 2024年工作安排 (a heading), 2024年是“十四五”规划的攻坚之年 (the year described, not a target: report_gd,
    # report_jd 今年是…). 党中央国务院、省委省政府、州委: names written without a mark are split (report_gd,
    # report_jd, report_ja)
    (ORG, '聚焦党中央[[国务院]]、省委省政府、州委决策部署', None),
    (ORG, '聚焦党中央国务院、[[省委]]省政府、州委决策部署', None),
    (ORG, '聚焦党中央国务院、省委[[省政府]]、州委决策部署', None),
    (ORG, '聚焦党中央国务院、省委省政府、[[州委]]决策部署', None),
    # “两大优势”, “三大定位”, “五大机遇” (quoted counts: reports notes). The province's party committee as the
    # owner of a strategy, a body inside a longer phrase (v1.1; report_jd 省委涉藏工作部署)
    (ORG, '成渝地区双城经济圈建设、[[省委]]构建现代化产业体系', None),
    # ---------------------------------------------------------------- 总体要求
    # 今年政府工作的总体要求是 (the outline, unquoted: reports notes; report_kd), 二十届一中二中全会, 中央经济
    # 工作会议 (中央: no body head). The bodies inside their plenums and conferences (as above)
    (ORG, '认真落实[[省委]]十二届三次四次全会、省委经济工作会议', None),
    (ORG, '认真落实省委十二届三次四次全会、[[省委]]经济工作会议决策部署', None),
    (ORG, '决策部署和[[州委]]十二届三次四次全会、州委经济工作会议', None),
    (ORG, '决策部署和州委十二届三次四次全会、[[州委]]经济工作会议具体安排', None),
    # 紧扣“三个牢牢把握”和“四个发力”的重要要求: the verb is 紧扣, not 按照/坚持/遵循/本着/根据 (report_hd 聚焦
    # “三个牢牢把握”“四个发力”等重大要求: not PRINCIPLE). 坚持“稳中求进、以进促稳、先立后破”工作总基调: 总基调 is
    # not 原则/要求/方针/思路 (v1.1 quoted formulas after 坚持; report_gb, report_hc, report_ib 总基调).
    # 把握“四种关系”, 做到“三个统筹”, 聚焦“四化同步、城乡融合、五区共兴”总抓手 (verbs 把握/做到/聚焦; 总抓手):
    # not labelled
    # ---------------------------------------------------------------- targets
    # v1.2 Year targets: 今年 heads the list of targets (report_gd, report_kd, report-v …)
    (DL, '[[今年]]全州经济社会发展的主要预期目标是', YEAR_BY),
    # 5.5%以内 (a rate), 三次产业 (sectors): not labelled
    (ORG, '符合中央、[[省委]]、州委部署要求', None),
    (ORG, '符合中央、省委、[[州委]]部署要求', None),
    # ---------------------------------------------------------------- 六个必须坚持
    # “六个必须坚持” and its six quoted slogans (“政治第一要求”, “生态第一本底”, “发展第一要务”, “民生第一追求”,
    # “创新第一动力”, “落实第一责任”) after 坚持: quoted mechanisms/slogans with no 原则/要求/方针/思路 after them
    # (v1.1); 要求 inside the first quote is part of the slogan, not a frame word after it (README call 9).
    # 始终把“生态优先、绿色发展”摆在突出位置 (verb 把…摆在), 坚定践行“绿水青山就是金山银山”理念 (理念), “双碳”
    # 目标, 立足“川西北生态示范区”发展定位, 聚焦“一屏四带…”发展新格局, 牢记“江山就是人民、人民就是江山” (verb
    # 牢记), 坚持一切为了人民、一切依靠人民 (unquoted, no 原则), “惟改革者进…”的理念 (理念), “不折不扣抓落实…”的
    # 责任: not PRINCIPLE. 对照党中央国务院大政方针 (verb 对照; unquoted, no content): not PRINCIPLE
    (ORG, '对照党中央[[国务院]]大政方针', None),
    (ORG, '大政方针、[[省委]]省政府决策部署和州委工作安排', None),
    (ORG, '大政方针、省委[[省政府]]决策部署和州委工作安排', None),
    (ORG, '省委省政府决策部署和[[州委]]工作安排', None),
    (ORG, '有号召，中央、[[省委]]、州委有部署', None),
    (ORG, '有号召，中央、省委、[[州委]]有部署', None),
    (ORG, '州委有部署，[[州政府]]就有执行', None),                # the prefecture government as a subject
    # 九个方面 (aspects, v1.1 八个方面): not counted
    # ================================================================ 一、护绿增绿
    # “以国家公园为主体的自然保护地体系”, “七大保护” / “三个典范” / “三长” / “一巡三查” / “科学绿化” (quoted),
    # 8万亩, 160万株, 741公里, 米亚罗…森林生态定位观测站 (a facility), 实践创新基地1个、省级生态县2个
    # (designations): not labelled.
    # 坚持“山水林田湖草沙”系统治理、源头治理 (quoted, no 原则/要求/方针/思路: v1.1), “七大治理” / “一行业一办法”
    # / “一村一策” / “千村示范工程” / “清四乱” / “两化三害” / “人草畜” (quoted), 15万亩 / 70万亩 / 90万亩, 99%以上
    # (a rate), 第三轮中央生态环保督察 (中央; an ordinal): not labelled.
    # “1+N”碳达峰行动方案 (no 《》), 全省二氧化碳背景监测站 (a facility), 产业负面清单 (no count), “两高一低”,
    # “三高”, “净土阿坝”: not labelled
    # ================================================================ 二、破旧立新
    # “一网通办”“最多跑一次”, “一件事一次办”事项 (no number), “国资国企改革深化提升”行动, 风险分担基金省级试点,
    # 供销社 (a cooperative), “三社融合”, “两项改革” (quoted), 九寨沟景区改革试点: not labelled.
    # 入孵企业5家, 创新平台1个 (platforms), “天府科技云”, 黄河实验室 / 藏羌医药实验室 (labs), 专家库, 院士（专家）
    # 工作站队伍 (people), 科研院所 / 高等院校 (generic), 高新技术企业18户, 创新成果转化12项以上 (results and
    # research: report_kd call 7), 3个以上…科技成果转化示范点 (service points), “夏繁种业硅谷”: not counted.
    # “成渝地区双城经济圈”…, “浙商阿坝行”“浙里石榴红”, “世园会”“西博会”“农博会” (events); 海口、甘南、成德绵
    # 等市（州） (places)
    (ORG, '成德绵等市（州），[[交通运输部]]等国家部委', None),          # a ministry; 国家部委 (generic)
    # 省内帮扶部门 (部门 generic), 部省高校 (generic), 央企省企 (companies), 九黄机场航空口岸 (a port), “以会招商”,
    # 3.3亿元以上: not labelled
    # ================================================================ 三、设施建设
    # “县县通高速”, 500公里以上, “交商邮供”融合发展2个试点 (pilots), 第三批 (an ordinal), “金通工程”样板县1个,
    # 125公里 / 1300公里以上, 示范县各1个 (designations): not labelled.
    # 水电站 / 光伏项目 / 风电项目前期 (projects, preparation), 90万千瓦, 500千伏 / 220千伏 / 1000千伏, 两个
    # 220千伏变电站 (facilities), 确保…落地开工 (no time given): not labelled.
    # 400公里, 5G基站676个, 充电桩495个 (facilities), 数字畜牧业平台1个 (a platform); 打造智慧医院3个、智慧
    # 校园3个: digital upgrades named with the infrastructure, read as designations of smart facilities
    # (report_hd 智慧养老院21个 not counted; report_kd 示范性普通高中4所 not counted) (README call 10);
    # “上云工程”, “信息化”诊断工程试点, “天府云平台”入驻企业超过120户, 编制现代水网、防洪规划 (no 《》, no
    # count), 水库 / 水利工程: not labelled
    # ================================================================ 四、经济突围
    # “6+N”, “高原粮仓”“天府森林粮库”, “田长制”, 2万亩 / 2.8万亩 / 29万亩 / 36万亩以上, 家庭农牧场13个 (farms),
    # 林业产业园区2个 (parks), 101万头 / 44万头, 26万吨, 坚持“三产融合、三链同构” (quoted, no frame word: v1.1),
    # 冷链冻库162个 (facilities), 30万亩, 品牌产品10个 / “三品一标”产品4个 (products), 2个省级试点示范 (pilots):
    # not labelled.
    # “5+N”, 坚持“富矿精开” (quoted, no frame word), 锂矿产业集群, 两大产业链 (domains), 省级绿色低碳重点示范
    # 园区 (a designation), 创业创新孵化中心项目 (a facility's project), “一县一园一策”, 入园企业10户: not labelled.
    # “1+6”, 世界地质公园, 5A级景区, 示范区 (designations), “九大”文旅品牌 (quoted), 名县1个、名镇名村2个
    # (designations), 全年接待游客量… (the scope of annual totals: report_jd call 1), “一县一节”, 长征、长江、黄河
    # 三大国家文化公园 (N大 before parks, not actions or tasks), 尘埃落定 (a show's brand): not labelled
    # ================================================================ 五、挖潜扩容
    # “重大项目高质量建设年”行动 (a campaign's name), 领导包联、红黑榜、激励奖补等工作机制 (no count), “十大产业
    # 集群”项目库 (quoted), 储备项目20个以上 / 46个项目 / 31个省重点项目 (projects), “十四五”中调 / “十五五”规划
    # 前期分析研究 (plans named, no limit), 万亿特别国债, 5000万元: not labelled.
    # “消费促进年”行动, 4000万元消费券, 县乡村三级物流配送体系 (a system), 国家级电商进农村综合示范项目: not
    # labelled.
    # “市场主体培育年”, 落实“两个毫不动摇” (verb 落实)
    (IC, '精准实施支持民营经济发展[[31条]]，全面兑现', ic(31, '条')),   # the package named in the review
    # “小升规”26户, “个转企”80户, 建筑资质企业一级1个、二级10个 (enterprises), “阿坝建工” (a brand), 中国银行
    # 阿坝分行 (a commercial bank's branch: v1.1 banks are economic entities), “五经普”: not labelled
    # ================================================================ 六、城乡融合
    # 全面落实“四个不摘”要求: verb 落实 (report_gd: not PRINCIPLE). “网格化”, “四大增收工程” (quoted), 浙江
    # “千万工程”, “三家园”, “十百千”行动, 第四批48个重点帮扶村 (villages), “三家园”示范乡镇13个、村110个 (places
    # and designations), “五美乡村”, “两大试点” (quoted), 6个欠发达县域 (territories), 30个补短项目 (projects),
    # 12个特色产业 (industries: domains): not counted.
    # 启动“县城精修细补十大民生工程”: the count is inside the quotation marks of the programme's name (reports
    # notes: quoted counts are names; report_jd “六大工程”), unlike report_gd's unquoted 县城精修细补十项民生工程
    # (README call 2). 中心镇改革发展“七大工程” (quoted), 2个城市“口袋公园” (parks), 老旧小区43个, 2590户, “新三推”,
    # 百强中心镇, 特色小镇2个 (designations, places), 1.8个百分点: not labelled.
    # “人、地、财”三要素 (aspects), “三资”, 坚持公共资源一体设计、一并推进 (unquoted, no 原则)
    # plans drawn up (as 65个 above)
    (IC, '加快编制[[124个]]村级片区国土空间规划', ic(124, '个')),
    # “数字游民”, “数字候鸟”: not labelled
    # ================================================================ 七、幸福指数
    # “援企稳岗”“春风行动”, 就业创业培训1.2万人次以上 (trainees), 大赛 (events), “零工市场”, “家门口就业工坊”,
    # 15万人以上 (employment), 53亿元, “雪山工匠”, 劳务品牌2个, 劳务经纪人228个 (brokers fostered: talent,
    # reports notes, not STAFFING), 村（社区）农民工党群综合服务站226个 (service points: facilities), 合作社37个
    # (cooperatives), “农民工服务保障十大专项”行动 (quoted): not labelled.
    # “社保基金管理提升年”, 95%以上, “三医”联动, 医疗保障服务省级示范点 (a designation), 全国“双拥”模范城 (a
    # title), “一老一小”, 养老服务综合体2个、老年养护院1个 (care facilities: report_hd 为老服务综合体28个),
    # 儿童主任1154人次 (trainees), “两纲”省级示范县2个 (designations): not labelled.
    # 灾后重建收尾工作 (no time given), “四个典范”, “两个只增不减”目标任务 (quoted, 目标), 阿坝职业学院 (a
    # college: v1.2 facility), 学前学会普通话2.0行动计划.
    # school sites whose layout is optimised: schools a measure acts on (reports notes 120所…纳入集团化管理;
    # report_jd 撤并小散弱学校20所 / 调整小散弱学校10所); 以上 inside the span, value with min (report_jd
    # 5个以上) (README call 5)
    (IC, '优化“校点布局”[[40处以上]]', ic(40, '处', min=40, max=None)),
    # 阿坝社区大学 (a university), “健康阿坝”, 传染病医院 (a hospital), “十位一体”医疗大平台 (a platform), 省级
    # 重点专科2个 / 州级临床重点专科13个 (hospital departments: report_jd 州县重点专科22个), 慢性病综合防控示范区,
    # “阿来书房”, 国家历史文化名城 (designations), 第24届“雪山杯”足球赛 (an event), 青年发展型城市: not labelled
    # ================================================================ 八、社会安宁
    # 坚持和发展新时代“枫桥经验” (v1.1), “砺剑铸盾攻坚年”行动, “三反两防”, “五大警务”品牌 (quoted), “扫黑除恶”,
    # “八五”普法, “枫桥式”派出所2个、司法所3个 (a model type, as in the review), 省级民主法治示范村6个
    # (designations): not labelled.
    # 应急指挥中心 (全面提升应急指挥中心: a class of command centres with no level or place, named as a capacity
    # to upgrade; report_kd call 5 应急保障中心, report_gc 应急指挥中心) (README call 11), 省级地震和地质灾害专业
    # 救援队伍 (队伍: people), 气象灾害预警预报平台 (a platform), 坚决落实“三避让”“三个紧急撤离”刚性要求 (verb 落实:
    # not PRINCIPLE), 直升机停机坪3个、航空取水点9个 (facilities), “两个确保”: not labelled.
    # 以新一轮“全国民族团结进步示范州”创建为抓手, “1+5+N”工作模式
    (IC, '深入推进“石榴花开·美丽阿坝”[[十大]]行动', ic(10, '大')),   # the actions named in the review
    # 国家级示范区（单位）1个、省级示范区（单位）13个 (designations), 坚持我国宗教中国化方向 (方向; unquoted),
    # 寺庙“五项重点” / “四室一体” / “一寺一策” (quoted), 国防动员体系, “双拥”: not labelled
    # ================================================================ 九、作风建设
    # 学习型政府 / 法治型政府 / 廉洁型政府 (types of government, bare 政府), 第二批…主题教育 (an ordinal), 以习近平
    # 同志为核心的党中央 (v1.1 中央), 坚持全面系统学… / 坚持向书本学习… (unquoted, no 原则): not labelled.
    # 政府规章“立改废释” (bare 政府), 政府常务会议 (bare 政府; a meeting), 政府法律顾问 (people), “法治账图”, 权力
    # 清单、责任清单和负面清单 (no count, no 《》), 倡导“包容审慎监管”和“柔性执法” (verb 倡导), 自觉接受人大监督、
    # 政协监督 (bare 人大/政协: v1.2), 人大代表建议和政协提案 (people, proposals): not labelled
    # 工商联 in a list of those the government supports, with 无党派人士 (reports notes; report_gd, report_jd thanks)
    (ORG, '支持[[工商联]]、无党派人士参政议政', None),
    # 党风廉政责任制, 中央八项规定 (a fixed name), “四风”, “三不腐”, 重要部门 (generic), 中央资金直达机制
    # (中央), 政府债务 (bare 政府): not labelled. The text ends here.
]

for a in ANCHORS:
    label, anchor, norm = a[:3]
    d.ctx(label, anchor, n=a[3] if len(a) > 3 else 1, norm=norm)

# ================================================================ every body word accounted for
d.check_all('省委', 10, 10)
d.check_all('州委', 9, 9)
d.check_all('国务院', 5, 5)                      # 国务院 ×4, 国务院办公厅
d.check_all('省政府', 3, 3)
d.check_all('州政府', 1, 1)
d.check_all('常委会', 2, 2)                      # 常委会 (州人大及其常委会), 全国人大常委会
d.check_all('人民政府', 0, 0)
d.check_all('工商联', 1, 1)
d.check_all('妇联', 1, 1)
d.check_all('科协', 1, 1)
# bare 政府 (v1.1) and types of government; 省政府 ×3 and 州政府 inside ORGs
d.check_all('政府', 18, 4, ['数字[政府]，完', '法治[政府]示范', '法治[政府]单项', '展“[政府]作风', '，用[政府]的“',
                          '今年[政府]工作', '优化[政府]形象', '习型[政府]。全', '治型[政府]。深', '做好[政府]规章',
                          '深化[政府]常务', '加强[政府]法律', '洁型[政府]。认', '强化[政府]债务'])
# people and proposals (reports notes); bare 人大监督 (v1.2)
d.check_all('人大', 6, 3, ['，办理[人大]代表建', '接受[人大]监督', '真办理[人大]代表建'])
d.check_all('政协', 5, 2, ['议、[政协]提案', '督、[政协]监督', '议和[政协]提案'])
# 委托, 国家部委 (generic)
d.check_all('委', 23, 21, ['有权[委]托代', '家部[委]，省'])
# no body head (v1.1): 党中央 ×4, 中央 ×3 before 省委, 中央有关部门 (vague), 中央八项规定 ×2, 中央经济工作会议,
# 中央生态环保督察, 中央资金
d.check_all('中央', 13, 0, ['在党[中央]、国', '电，[中央]有关', '贯彻[中央]、省', '。严格落实[中央]八项规定及',
                          '焦党[中央]国务', '贯彻[中央]经济', '符合[中央]、省', '照党[中央]国务', '召，[中央]、省',
                          '三轮[中央]生态', '的党[中央]保持', '，严格落实[中央]八项规定及', '落实[中央]资金'])
# verbs (举办, 承办, 办理, 办好, 筹办, 通办, 一次办, 简办, 办大事) and 办法; 安办, 国务院办公厅, 黄河办 only
d.check_all('办', 30, 3, ['事简[办]、实', '心举[办]“壮', '量承[办]第十', '财力[办]大事', '功举[办]川浙',
                        '，承[办]全省', '功承[办]全省', '满承[办]全省', '功承[办]全国', '重举[办]“州',
                        '量承[办]全省', '效承[办]省级', '线，[办]理群', '督，[办]理人', '次、[办]理案',
                        '展的[办]法应', '业一[办]法”', '网通[办]”“', '一次[办]”事', '量举[办]“浙',
                        '心举[办]“一', '心举[办]“汽', '上。[办]好“', '全力[办]好阿', '，举[办]“阿',
                        '量筹[办]第2', '认真[办]理人'])
# 部署, 部门 (generic), 干部, 西部 / 东部 / 东西部, 全部, 部委 / 部省 (generic), 结合部; 生态环境部, 交通运输部 only
d.check_all('部', 21, 2, ['会决策[部]署，在', '有关[部]门祝', '族干[部]群众', '、西[部]地区', '划全[部]完成',
                        '和东西[部]协作深', '地东[部]企业', '委决策[部]署，统', '轮西[部]大开', '议决策[部]署和州',
                        '州委[部]署要', '府决策[部]署和州', '委有[部]署，', '和东西[部]协作，', '国家[部]委，',
                        '帮扶[部]门、', '门、[部]省高', '结合[部]综合', '重要[部]门、'])
d.check_all('部门', 3, 0, ['有关[部门]祝贺', '帮扶[部门]、部', '重要[部门]、关'])        # generic (v1.1)
d.check_all('厅', 1, 1)                          # 国务院办公厅
# 联运, 城市联盟 (an alliance), 联系, “两联一进”, 联动, 包联; 妇联, 工商联 only
d.check_all('联', 11, 2, ['公铁[联]运接', '城市[联]盟。', '市）[联]系协', '“两[联]一进', '长”[联]动，',
                        '导包[联]、红', '挂钩[联]系服', '医”[联]动，', '学、[联]系实'])
# 协统员 (a post), 佛协 (README call 6), 协作, 协同, 政协提案 / 政协监督 (bare); 州政协 ×2 and 科协 only
d.check_all('协', 14, 3, ['师、[协]统员', '、佛[协]、防', '西部[协]作深', '联系[协]作更', '、政[协]提案',
                        '放上[协]同发', '作、[协]同攻', '西部[协]作，', '区域[协]同发', '、政[协]监督',
                        '和政[协]提案'])
# hospitals, 院士, 法治小院, 科研院所, 高等院校, a care home, a college; 国务院 ×4 and 国务院办公厅 only
d.check_all('院', 15, 5, ['立医[院]10', '家、[院]士（', '治小[院]”纳', '库、[院]士（', '科研[院]所、',
                        '高等[院]校等', '慧医[院]3个', '养护[院]1个', '业学[院]建设', '病医[院]建设'])
# buildings, 中心镇, care facilities, an innovation platform, an observation facility and a title, an
# examination centre, an incubation project, 以人为中心, 应急指挥中心 (README call 11)
d.check_all('中心', 14, 0, ['馆两[中心]”等', '百强[中心]镇。', '服务[中心]16', '创新[中心]挂牌', '坝分[中心]高效',
                          '技术[中心]优秀', '秀分[中心]”称', '考试[中心]建成', '孵化[中心]项目', '推动[中心]镇改',
                          '百强[中心]镇创', '人为[中心]的要', '城和[中心]镇倾', '指挥[中心]，建'])
# 格局, 布局, 开局, 大局, 局面
d.check_all('局', 15, 0, ['的开[局]之年', '坝开[局]起步', '新格[局]加速', '范格[局]基本', '划布[局]“十', '建新格[局]',
                        '设格[局]初具', '会大[局]更加', '展格[局]，坚', '新格[局]，更', '展新[局]面，', '新格[局]。推',
                        '学布[局]国省', '筹布[局]理小', '点布[局]”4'])
# power stations, base stations, service points, first-aid stations, 工作站 (platforms), observation and
# monitoring stations, a transformer station, 站在 / 站位
d.check_all('站', 17, 0, ['党、[站]在高', '水电[站]和金', '水电[站]恢复', 'G基[站]55', '服务[站]点2', '急救[站]（点',
                        '工作[站]3个', '更高[站]位、', '观测[站]，创', '监测[站]，积', '工作[站]队伍', '水电[站]和壤',
                        '水电[站]水光', '水电[站]50', '变电[站]建设', 'G基[站]67', '服务[站]22'])
# 厕所, school counts (designations), 所有权, 所处, 科研院所, the model-type 派出所 / 司法所 ×2 each
d.check_all('所', 11, 0, ['生厕[所]、垃', '校1[所]、省', '10[所]，挂', '资产[所]有权',
                        '级“枫桥式”派出[所]2个、司法所3个', '、司法[所]3个。', '发展[所]处的', '研院[所]、高',
                        '齐厕[所]、停', '成“枫桥式”派出[所]2个、司法所3个', '、司法[所]3个，'])
d.check_all('司', 2, 0, ['出所2个、[司]法所3个。', '出所2个、[司]法所3个，'])
d.check_all('队', 4, 0, ['作站[队]伍建', '不掉[队]”。', '救援[队]伍。', '和军[队]现代'])   # 队伍 (people), 军队
# 团结, 祝贺团 ×2 (delegations: report_fa)
d.check_all('团', 10, 0, ['民族[团]结广', '祝贺[团]和省', '祝贺[团]亲临', '群众[团]结与', '民族[团]结更',
                        '升“全国民族[团]结进步示范州', '暨民族[团]结进步', '民族[团]结共', '轮“全国民族[团]结进步示范州',
                        '军民[团]结良'])
d.check_all('室', 5, 0, ['点实验[室]建设加', '“四[室]”一', '实验[室]、藏', '药实验[室]建设。', '“四[室]一体'])  # labs
d.check_all('馆', 2, 0, ['“三[馆]两中', '阿坝[馆]”盛'])                                   # buildings, a venue
d.check_all('处', 5, 0, ['污水[处]理覆', '，查[处]违规', '展所[处]的历', '40[处]以上', '应急[处]突、'])
d.check_all('署', 6, 0, ['策部[署]，在', '策部[署]，统', '议决策部[署]和州委十', '委部[署]要求', '府决策部[署]和州委工',
                        '有部[署]，州'])
# statistical units, designations
d.check_all('单位', 5, 0, ['采集[单位]总数', '示范[单位]13', '示范[单位]2家', '范区（[单位]）1个', '范区（[单位]）13'])
d.check_all('机关', 2, 0, ['推进[机关]节能', '行政[机关]负责'])                  # generic (v1.1)
d.check_all('机构', 1, 0, ['服务[机构]3家'])                                      # service firms
d.check_all('组', 1, 0, ['”，[组]（改'])                                          # 组（改）建: a verb
d.check_all('盟', 1, 0, ['市联[盟]。全'])
d.check_all('银行', 2, 0, ['农商[银行]挂牌', '中国[银行]阿坝'])                   # banks (v1.1)
for w, n in (('委员会', 0), ('办公室', 0), ('领导小组', 0), ('以下简称', 0), ('党委', 0), ('县委', 0), ('市委', 0),
             ('人民代表大会', 0), ('工会', 0), ('共青团', 0), ('残联', 0), ('党校', 0), ('海关', 0), ('公司', 0),
             ('集团', 0), ('组织', 0), ('商会', 1), ('专班', 1), ('学校', 3), ('大学', 2), ('学院', 1), ('医院', 3),
             ('基地', 7), ('实验室', 3), ('工作站', 2), ('合作社', 3), ('队伍', 2)):
    hits = [m.start() for m in re.finditer(w, t)]
    assert len(hits) == n, (w, len(hits))
    for h in hits:                                  # none of these is inside an ORG
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


# 会 (59): 常委会 and 全国人大常委会 inside ORGs; otherwise 社会, 全会, 大会 (庆祝大会, 发展大会 (meetings), 大会战),
# 会议, 融会, 西博会 / 农博会, 大运会 / 州运会 / 州残运会, 现场会, 商会 (an association), 两会, 工作会, 世园会,
# 以会招商, 学会 (to learn)
rest('会', ['社会', '全会', '大会', '会议', '融会', '博会', '运会', '现场会', '商会', '两会', '工作会', '世园会',
           '以会', '学会'], 59)
assert sorted(e['text'] for e in d.ents if e['label'] == ORG and '会' in e['text']) == ['全国人大常委会', '常委会']
# 社 (39): 社会, 社区, 合作社 / 示范社 / 信用社 / 供销社 / 三社 (v1.1 cooperatives), 社保
rest('社', ['社会', '社区', '合作社', '示范社', '信用社', '供销社', '三社', '社保'], 39)
# 科 (25): 科协 inside an ORG; otherwise 科学, 科技, 科研, 西科 (a company's name), 剑科 (a place), 专科
rest('科', ['科学', '科技', '科研', '西科', '剑科', '专科'], 25)
assert sorted(e['text'] for e in d.ents if e['label'] == ORG) == sorted(
    ['省委'] * 10 + ['州委'] * 9 + ['国务院'] * 4 + ['省政府'] * 3 + ['州人大'] * 2 + ['州政协'] * 2
    + ['州政府', '常委会', '全国人大常委会', '安办', '国务院办公厅', '生态环境部', '黄河办', '妇联', '科协',
       '交通运输部', '工商联'])

# ================================================================ other families
# DEADLINE (1): 今年 heading the targets. Every time word was read: 2023年 ×2 (the heading; 刚刚过去的2023年),
# 2024年 ×2 (the heading; 2024年是…攻坚之年, a description); 今年 ×2 (今年政府工作的总体要求是: the outline; 今年
# …主要预期目标是: labelled); 全年 ×6 (全年大事要事喜事汇聚, 预计全年…×2, 全年接待游客…, 全年招商引资…: past totals;
# 全年接待游客量…均增长5%以上: the scope of annual totals, report_jd call 1); 年末 (past); 一年来 ×5, 连续十一年 /
# 连续11年 / 连续36年 (past); 三年行动 / “三年任务两年完成” / “国企改革三年行动” (programme lengths, names); 七十年
# ×2 (an anniversary); 月 ×1 and 旬 / 季 in “旬分析、月调度、季小结、年终决算” (a mechanism of bare frequencies);
# 日 ×3 (过紧日子 ×2, 日常化); 前 ×14 (前行, 超前, 地震前, 前进, 前列 ×2, 学前 ×2, 项目前期 ×4, 靠前, 震前); 内 ×9
# (州内 ×3, 清单内, 以内 ×2 (rates), 省内 ×2, 内需); 期 ×12 (庆祝大会期间 (past), 中期, 二期, 短期 / 长期, 预期,
# 前期 ×4, 全周期, 全生命周期); 时 ×17 (新时代 ×9, 时代 ×3, 千瓦时, 时段, 共克时艰…); 季 ×5 (冰雪季 ×2, 音乐季,
# 错季, 季小结)
assert re.findall(r'20\d\d年?', t) == ['2023年', '2023年', '2024年', '2024年']
assert t.count('年') == 45 and t.count('今年') == 2 and t.count('全年') == 6 and t.count('年末') == 1
assert t.count('月') == 1 and t.count('日') == 3 and t.count('前') == 14 and t.count('内') == 9
assert t.count('期') == 12 and t.count('时') == 17 and t.count('季') == 5 and t.count('以内') == 2
for w in ('年度', '年内', '年底', '底前', '月底', '期限', '之前', '以前', '日内', '日前', '到20', '季度', '每', '上半年',
          '下半年', '年前', '小时', '时限', '提前', '尽快', '如期', '按时'):
    assert w not in t, w
# PRINCIPLE (0): no 原则/按照/遵循/本着/根据/思路; 方针 ×1 (对照…大政方针: verb 对照, unquoted, no content);
# 要求 ×9: 落实“过紧日子”要求, 落实“四个不摘”要求, 落实“三避让”“三个紧急撤离”刚性要求 (verb 落实), 新要求, 总体
# 要求是 (the outline), 紧扣“三个牢牢把握”和“四个发力”的重要要求 (verb 紧扣), 部署要求 (no content), 坚持“政治
# 第一要求” (a slogan: README call 9), 高质量发展要求 (unquoted); 理念 ×4 (not 原则); 坚持 ×26: unquoted phrases
# (坚持学用结合… ×5 in 一年来, 坚持集中财力办大事, 坚持把高质量发展…, 坚持一切为了人民…, 坚持公共资源…, 坚持我国
# 宗教中国化方向, 坚持全面系统学…, 坚持向书本学习…), quoted formulas with no 原则/要求/方针/思路 after them (坚持以
# “三家园”工程为统揽, 坚持和发展新时代“枫桥经验” ×2, 坚持“稳中求进、以进促稳、先立后破”工作总基调, 坚持“山水林田湖
# 草沙”系统治理, 坚持“三产融合、三链同构”, 坚持“富矿精开”), the six 必须坚持“…” and “六个必须坚持”
for w in ('原则', '按照', '遵循', '本着', '根据', '思路'):
    assert w not in t, w
assert t.count('方针') == 1 and t.count('要求') == 9 and t.count('理念') == 4 and t.count('坚持') == 26
# DOC_TITLE (0): two 《》, 《牦牛革命》 (a musical) and 《天宝》 (a film): works of art (reports notes 《烈烈渤海红》;
# report_jd). Titles without marks (“1+N”碳达峰行动方案, 学前学会普通话2.0行动计划, 现代水网、防洪规划, 中央八项
# 规定及其实施细则) are not labelled.
assert re.findall('《([^》]*)》', t) == ['牦牛革命', '天宝']
# DOC_NO: none (no 〔 [ 【; 号 only in 称号 ×3 and 号召)
assert '〔' not in t and '[' not in t and '【' not in t and t.count('号') == 4 and t.count('称号') == 3
# STAFFING (0): 编制 ×3 (all plan drafting), no 职数; 岗位 ×2 (就业岗位, 关键岗位: no number). The numbers of people:
# river chiefs and field chiefs at their duty (1893名, 2355名: README call 3), beneficiaries (10.4万名, 5995人,
# 2218人, 3.9万余名妇女), employment (7100人, 4.18万人, 15.5万人, 15万人以上), and people served or trained in 人次
assert t.count('编制') == 3 and '职数' not in t and t.count('岗位') == 2
assert re.findall(r'[0-9.]+万?(?:余|多)?万?[人名](?!次)', t) == [
    '1893名', '2355名', '10.4万名', '5995人', '2218人', '7100人', '4.18万人', '15.5万人', '3.9万余名', '15万人']
# ITEM_COUNT: every number + measure word was read (regex below); the 15 labelled are listed
counts_re = (r'(?:超|近)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:余|多)?万?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|户|场|套|张|股|宗|起|块|只|名|人|期|次|头|强|列|位|届|台|株|轮)'
             r'(?:以上)?')
assert len(re.findall(counts_re, t)) == 285, len(re.findall(counts_re, t))
ic_texts = [e['text'] for e in sorted(d.ents, key=lambda e: e['start']) if e['label'] == IC]
assert ic_texts == ['1838项', '12条', '31条', '18条', '18条', '12条', '38件', '79项', '65个', '十大', '三大', '31条',
                    '124个', '40处以上', '十大'], ic_texts
assert all(re.fullmatch(counts_re, x) for x in ic_texts)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 15, 'ORG': 41,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
