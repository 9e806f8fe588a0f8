"""Build report_ga.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 十堰市 (湖北), a UTF-8 .txt file of
16,208 characters (158 newlines): 各位代表： → 一、2023年工作回顾 (five ——… summary paragraphs, then
six numbered sections (一)–(六), the fields of work, thanks, problems) → 二、2024年重点工作 (the year,
总体要求, 主要预期目标, nine numbered sections (一)–(九) of titled ——… paragraphs; section (八) ends
with the mayor's list “十大行动” 一是…十是) → 三、全面加强政府自身建设 (four ——… paragraphs) → closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text.
Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh14/make_report_ga.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/十堰.txt'
OUT = 'corpora/gold-fresh14/report_ga.jsonl'
# meta: no header, no session date and no signature; the text opens with 各位代表： and its parts
# are 一、2023年工作回顾 / 二、2024年重点工作, so the report is dated by its year (reports notes;
# report-aq, report-av, report_ea/eb/ec, report_fa/fb/fc). Region: the text names 湖北 itself
# (湖北武当山文旅投资公司, 数化湖北行动计划, “湖北旅游、武当突破”, 胚胎干细胞湖北省重点实验室, 全省);
# the Hubei precedents have 湖北省荆门市 (report-ap) and 湖北省武汉市 (report_fb).
d = AnchoredDoc('fresh14-report-shiyan-2024', SOURCE, {'region': '湖北省十堰市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 16208 and t.count('\n') == 158, (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'; DT = 'DOC_TITLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[市人民政府]]向大会报告工作', None),
    # 并请市政协委员和其他列席人员: a body modifying people (v1.1), not labelled
    # ================================================================ 2023 review, summary paragraphs
    (ORG, '为指导，在[[市委]]坚强领导下，锚定', None),
    # 开工建设…项目96个/4个, 投产项目1298个/526个, 招商落地项目573个/28个: projects (reports notes)
    # 组建生态环境集团, 省文旅集团, 湖北武当山文旅投资公司: companies (v1.1: SOEs are companies)
    # the ministry that approved the pilot; 国家 stays in the span (longest name; report-ai
    # 国家发展改革委, report-ax 国家发改委) (README call 10)
    (ORG, '试点经验做法得到[[国家应急管理部]]肯定', None),
    # the evaluating body (report-g, report-u, reports-d: 全国工商联)
    (ORG, '全国第一，[[全国工商联]]营商环境评价全省第二', None),
    # the employers' confederation (regs-aa, regs-al: 企业联合会 is ORG, unlike 行业协会/商会);
    # co-organiser of an event, with its city prefix (README call 3)
    (ORG, '与[[深圳市企业联合会]]共同举办', None),
    # ================================================================ (一) 产业
    # 长江汽车供应链平台公司, 长江车百产业基金 (companies, a fund), 武当云谷大数据中心 (a data centre:
    # seventh session, not a body), 企业 家/户, 科创平台25家, 专利1393件, 促消费活动400余场, A级景区96家:
    # not labelled. 金融机构 generic.
    # ================================================================ (二) 改革
    # 首批19个行业 (一业一证: industries are domains, report-ap, report_fa), 与38个市县 (territories),
    # 引进高层次人才1197名 (talent attraction, reports notes: not STAFFING), 大学生留（回）堰3.1万人
    # (people staying: not STAFFING), 武当人才卡4695张: not labelled.
    # 中国技协 (中国职工技术协会, a national mass organisation like 科协) named inside an event name: a
    # body inside a longer phrase (v1.1; report_ea 全国总工会疗养基地 → 全国总工会) (README call 2)
    (ORG, '成功举办[[中国技协]]职业技能联赛', None),
    # ================================================================ (三) 城乡
    # 中央商务活力区 (a zone), 太和医院 (a hospital), 合作社 (v1.1), 国家级食用菌产业技术综合试验站 (a
    # research station, like 院士工作站: no body), 六大重点农业产业 (industries = domains, like
    # 六大特色优势产业 in report-d), “三品一标”82个 (products), “六件事” (quoted): not labelled
    # ================================================================ (四) 生态
    # 5个典型经验被纳入省级技术指引: a result (fresh13: 被纳入), not counted.
    # unquoted N大 before the campaigns and actions the city carries out (seventh session: N大 before
    # actions; fresh12: 十大/五大 before 攻坚; report_fa/fb/ec the same 长江高水平保护十大攻坚提升行动)
    # (README call 9)
    (IC, '深入开展库岸线整治等[[十大]]攻坚，扎实推进', ic(10, '大')),
    (IC, '扎实推进长江高水平保护[[十大]]攻坚提升行动', ic(10, '大')),
    # 排污口401个 (report_fa: 排污口 not counted); 丹江口库区水质安全保障指挥中心 (建成: a facility verb;
    # report_fa, report_fb 城市运行管理中心建成投运, report_ea) (README call 4)
    # bodies set up with 组建 (report_fa 组建市级监测预警中心; guidelines 综合行政执法队): a police
    # detachment and a joint patrol team; 市县 stays in the span (shandong-part1 市县 as one level)
    # (README call 8)
    (ORG, '组建[[生态环境警察支队]]、市县水质联合巡护队', None),
    (ORG, '组建生态环境警察支队、[[市县水质联合巡护队]]，开展', None),
    # 中国水权交易所: an exchange (report_eb 深交所, report_fc 长江航运交易所), not ORG
    # 绿色工厂9家, 环保标杆型企业13家: designations, not counted
    # ================================================================ (五) 民生
    # 湖北汽车工业学院, 汉江技师学院 (colleges: facilities), 国家紧密型城市医疗集团 (a model)
    # schools built (reports notes; report_ea 88个, report_fb 89所)
    (IC, '新改扩建学校[[42所]]，新增学位', ic(42, '所')),
    # 试点社区14个 (designations), 保交楼3736套, 老旧小区209个, 学位 (amounts), 地灾避险13起, 历史遗留问题
    # 115个 (problems solved: a result, report_fa 民生问题72个), 12345政务服务热线: not labelled
    # ================================================================ (六) 政府自身建设 (review)
    # 主动接受人大、政协监督; 人大代表建议148件、政协提案193件: bare bodies and handled proposals
    (DT, '《[[十堰市农业面源污染防治条例]]》获省人大常委会', None),
    (ORG, '防治条例》获[[省人大常委会]]审议通过', None),     # report_fb 市人大常委会
    (ORG, '认真落实[[市委]]加强干部能力作风建设部署', None),
    # ---------------------------------------------------------------- fields of work
    # 残联 is a mass organisation named as a field of work (reports notes: 妇联工作 → 妇联; the
    # other fields, 民族宗教…气象、档案、老龄、慈善, have no body head)
    (ORG, '档案、[[残联]]、老龄、慈善', None),
    # ---------------------------------------------------------------- thanks
    (ORG, '科学指引的结果，是[[省委]]省政府和市委正确领导', None),   # two names without a mark: two
    (ORG, '科学指引的结果，是省委[[省政府]]和市委正确领导', None),   # ORGs (report-aq, report_ea/fc)
    (ORG, '科学指引的结果，是省委省政府和[[市委]]正确领导', None),
    (ORG, '是[[市人大]]、市政协监督支持的结果', None),              # subjects (reports notes)
    (ORG, '是市人大、[[市政协]]监督支持的结果', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市广大干部群众', None),
    # 人大代表、政协委员 (people), 各民主党派, 各人民团体, 各驻堰机构和单位 (各: vague): not ORG
    # ================================================================ 2024
    # 今年是…75周年 (a description), 今年工作的总体要求是 (general requirements: report-bc decision 8,
    # report_eb), 主要预期目标是 (no year word before it: v1.2 Year targets; report_ea/fa): no DEADLINE
    (ORG, '等重大部署，[[省委]]省政府指导推进', None),
    (ORG, '等重大部署，省委[[省政府]]指导推进', None),
    (ORG, '认真落实[[省委]]全会精神', None),                     # the body of a plenum (reports notes)
    # 坚持稳中求进、以进促稳、先立后破 (unquoted, no 原则), 践行“五个必须”, 落实“五个统筹”: not
    # PRINCIPLE; “四个体系”, 九个方面 (quoted name, aspects): not counted
    # ---------------------------------------------------------------- (一) 工业
    # 武当实验室 (a lab); 国家级知识产权保护中心 (筹建: a national designation with no specific name,
    # report-v 争创…, report-ai 获批…: not ORG) (README call 4); 离岸科创中心, 大数据中心, 算力中心
    # (platforms, facilities); 引进千名高层次和急需紧缺人才 (talent: not STAFFING); “五大”供应链平台
    # (quoted); 设立2至3支基金 (funds: money vehicles, not items or institutions) (README call 6);
    # 东风公司, 万润新能, 鑫资集团, 四大医疗集团 (companies, hospital groups); 中科院翱翔星云无人机 (a
    # project; 中科院 is a research academy, reports notes); 胚胎干细胞湖北省重点实验室 (a lab)
    # ---------------------------------------------------------------- (二) 乡村
    # 务工规模32.6万人 (employment), 1至3个主导产业 (industries: domains), 示范村40个, “六件事”:
    # not labelled
    # ---------------------------------------------------------------- (三) 城镇化
    # 按照公园城市、旅游城市、开放城市的标准: 标准 is not 原则/要求/方针/思路, unquoted: not PRINCIPLE
    # ---------------------------------------------------------------- (四) 文旅
    # 世界旅游联盟等机构: an alliance (report_fc: alliances are not ORG; report-aj 世界最佳旅游乡村联盟).
    # 世界道教理事会: a named council with the body head 会/理事会 (gold-fresh11 dec_da 示范区理事会 ORG);
    # no exclusion of the guidelines covers it (it is not a company, a trade association or a 组织)
    # (README call 1)
    (ORG, '争取[[世界道教理事会]]永久会址落户武当山', None),
    # 湖北文旅集团, 湖北武当山文旅投资公司, 市文旅体投, 携程、美团、景域, 旅行社 (companies); 分支机构
    # (generic); 景区型村庄100个, 融合类品牌30个, 精品线路10条, 文化惠民活动不少于1000场 (villages,
    # designations, routes, events); 南水北调博物馆, 市博物馆 (facilities): not labelled
    # ---------------------------------------------------------------- (五) 内需
    # 项目 1750个/1173个/575个/894个/380个, 61个夜经济街区, 一刻钟便民生活圈65个 (service circles,
    # facilities), 138个重大增长点, 企业 家: not counted; “五抢”, “3313”, “三率两量”, “两个毫不动摇”:
    # quoted names
    # ---------------------------------------------------------------- (六) 改革
    # 地方机构改革, …等机构职能, 基层机构设置 (机构: generic); 供销社 (合作社, v1.1), 供销集团 (a
    # company); 保税物流中心 (申建: a bonded facility); 二手车出口联盟 (an alliance): not ORG
    # ---------------------------------------------------------------- (七) 生态
    # 推进174条支沟治理 (streams: territory), 中小型水库23座, 污水处理厂1座 (facilities): not counted;
    # 完成…年度任务 ×3 (年度 is an adjective of the tasks: report-be, report_eb; 如期 is vague): no DEADLINE
    (IC, '深入开展长江高水平保护[[十大]]提质增效行动', ic(10, '大')),   # report_fb, report-ac the same
    (IC, '纵深推进库岸线整治等[[十大]]攻坚行动', ic(10, '大')),
    # “碧水守护”三年行动 (a programme's length), 长江十年禁渔 (a name): not DEADLINE
    (IC, '实施新一轮农业面源污染治理[[七大]]工程', ic(7, '大')),   # fresh12: N大 before 工程
    # 中央、省生态环保督察: 中央 has no body head, 省 alone names no body; 中碳登 (a company)
    # ---------------------------------------------------------------- (八) 民生
    # 市儿童福利服务中心, 市失能失智老人托养中心 (加快…建设: welfare facilities being built; report_fb
    # 市托育综合服务中心); 新高中, 厦门路学校, 特殊教育学校 (schools, uncounted); 湖北汽车工业学院, 湖北医药
    # 学院, 湖北工业职业技术学院 (colleges); 太和医院, 经开区人民医院, 市口腔医院 (hospitals): not ORG.
    # 千名大学生乡村医生配备行动: a programme's name (report-h, report-n: programme names are not counts);
    # the 千名 is not STAFFING (README call 7)
    # the list of ten livelihood actions: 今年 bounds a commitment to a concrete list of tasks with
    # targets (report_ea 今年我继续承诺领衔督办五件民生实事; report-aq 今年要全力抓好十件大事; 晋城, report-u)
    # (README call 5). The quoted “十大行动” is a fixed name: not counted (reports notes; report-h
    # “十大民生实事”, report_eb “十大行动”, report_fa “六大行动”)
    (DL, '各位代表！[[今年]]将实施“十大行动”', YEAR_BY),
    # 一是…十是: 城东水厂, 上海路变电站 (facilities), 保障性租赁住房2591套, 老旧小区292个, 电梯180部, 口袋
    # 公园10个, 通公交行政村90个, 达标村400个, 户厕7000户, 30个行政村, 就业3.5万人, 培训3万人/800人/
    # 5000人 (training), 城市服务者综合驿站100个, 新改扩建项目31个 (projects: report_ea call 6), 5种遗传代谢
    # 病, 养老综合体8个, 互助照料中心19个, 幸福食堂50家 (care facilities: report_fb), 托位11400个, 儿童友好
    # 社区10个, 1500名/3000名/2200名 (beneficiaries): not labelled.
    # schools set up by a measure (reports notes; report-be 设立乡镇（街道）老年大学23所 → {23, 所})
    # (README call 6)
    (IC, '基层示范老年学校[[6个]]', ic(6, '个')),
    # ---------------------------------------------------------------- (九) 稳定
    # 地方金融组织 (组织), 平台公司: not ORG; 坚决落实“三管三必须”要求: verb 落实 (report_fa, report-av):
    # not PRINCIPLE; “四化”, “枫桥经验”, “一村一警”, “九连冠”: names
    # ================================================================ 三、政府自身建设
    # 党中央决策部署和省委市委工作要求: 党中央 not ORG (v1.1); 省委, 市委 two names without a mark
    (ORG, '党中央决策部署和[[省委]]市委工作要求', None),
    (ORG, '党中央决策部署和省委[[市委]]工作要求', None),
    (ORG, '依法接受[[市人大]]法律监督和工作监督', None),      # definite bodies with their level
    (ORG, '自觉接受[[市政协]]民主监督', None),
    # 认真办理人大代表建议和政协提案 (people, documents of bare bodies); 坚持政府过紧日子 (bare)
    # ================================================================ closing
    (ORG, '在[[省委]]省政府和市委的坚强领导下', None),
    (ORG, '在省委[[省政府]]和市委的坚强领导下', None),
    (ORG, '在省委省政府和[[市委]]的坚强领导下', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# ================================================================ every body word accounted for
d.check_all('人民政府', 2, 2)
d.check_all('市委', 5, 5)
d.check_all('省委', 5, 5)
d.check_all('省政府', 3, 3)
d.check_all('政府', 13, 5, [                                  # bare 政府 and types of government (v1.1)
    '提效能，[政府]自身建设不断加强', '创成全省法治[政府]建设示范市', '加强[政府]系统党风廉政建设和反腐败',
    '全力争创全国法治[政府]建设示范市', '三、全面加强[政府]自身建设', '全面推进法治[政府]建设',
    '纵深推进[政府]系统党风廉政建设', '坚持[政府]过紧日子'])
d.check_all('人大', 7, 3, ['主动接受[人大]、政协监督', '办理[人大]代表建议148件',     # bare; people
                         '向[人大]代表、政协委员', '认真办理[人大]代表建议和政协提案'])
d.check_all('政协', 7, 2, ['并请市[政协]委员', '主动接受人大、[政协]监督', '、[政协]提案193件',
                         '人大代表、[政协]委员、各民主党派', '人大代表建议和[政协]提案'])
d.check_all('委', 13, 11, ['并请市政协[委]员', '人大代表、政协[委]员、各民主党派'])   # people
d.check_all('常委会', 1, 1)
d.check_all('中央', 7, 0, ['规划“一张图”。[中央]商务活力区', '反腐败斗争，严格落实[中央]八项规定',
                         '二中全会和[中央]经济工作会议', '确保[中央]财政衔接资金', '全面完成[中央]、省生态环保督察',
                         '贯彻落实党[中央]决策部署', '廉政建设。严格落实[中央]八项规定'])   # no body head (v1.1)
d.check_all('部', 20, 1, [                                    # 1 in 国家应急管理部
    '复杂严峻外[部]环境', '平均水平，[部]分指标', '整车及零[部]件企业', '迈入中[部]县域经济', '加强干[部]能力',
    '能力作风建设[部]署', '全市广大干[部]群众', '少数干[部]主动谋', '加强中西[部]战略腹地', '生态补偿等重大[部]署',
    '核心基础零[部]件', '开展零[部]件百企', '智能零[部]件，加快', '加快汽车零[部]件由结构件', '汽车零[部]件企业转型',
    '新能源汽车零[部]件交易会', '积极招引汽车零[部]件', '加装电梯180[部]', '党中央决策[部]署'])
d.check_all('局', 9, 0, ['多维发力格[局]', '重大生产力布[局]项目', '社会大[局]和谐', '产业发展新格[局]',
                        '前瞻布[局]未来', '规划布[局]钠离子', '生态布[局]，', '文旅发展格[局]。', '发展新[局]面'])
d.check_all('中心', 17, 0, [
    '武当云谷大数据[中心]投入运营', '规划，[中心]城区控规', '建设。[中心]城区水资源', '水质安全保障指挥[中心]',  # facility, place
    '攻坚，[中心]城区空气', '知识产权保护[中心]，推进', '离岸科创[中心]建设', '建设大数据[中心]、',            # designation, platform
    '算力[中心]、工业', '城市新[中心]、', '武当文旅[中心]、', '设立运营[中心]或', '保税物流[中心]，',        # places, company units, facility
    '以人民为[中心]，', '儿童福利服务[中心]、', '老人托养[中心]建设', '互助照料[中心]19个'])                # idiom, care facilities
d.check_all('站', 6, 0, ['国际航[站]楼', '综合试验[站]。', '5G基[站]1500座', '上海路变电[站]', '综合驿[站]100个',
                        '[站]稳人民立场'])
d.check_all('所', 6, 0, ['人民群众[所]期', '所期[所]盼', '中国水权交易[所]', '新改扩建学校42[所]',
                        '向[所]有关心', '公共场[所]儿童'])                              # an exchange, a count
d.check_all('院', 14, 0, ['太和医[院]新院区、新高中', '太和医院新[院]区、新高中', '汽车工业学[院]北区',
                         '汉江技师学[院]建成', '中科[院]翱翔', '汽车工业学[院]、湖北医药', '湖北医药学[院]申请',
                         '职业技术学[院]申报', '加快推进太和医[院]新院区', '加快推进太和医院新[院]区',
                         '经开区人民医[院]新院区', '经开区人民医院新[院]区', '市口腔医[院]，', '支持太和医[院]创建'])
d.check_all('联', 21, 4, [                                    # 全国工商联, 企业联合会, 联合巡护队, 残联
    '中国技协职业技能[联]赛', '湖北自贸区[联]动', '智能网[联]汽车产业链', '数据互[联]互通', '智能网[联]软件',
    '工业互[联]网标识', '工业互[联]网平台', '协作协同[联]动工作', '完善[联]农带农', '串[联]城市口袋公园',
    '坚持市县[联]动', '世界旅游[联]盟', '知名景区[联]动', '教[联]体、医共体', '二手车出口[联]盟',
    '纳入教[联]体', '县域高中[联]校协作'])
d.check_all('协', 20, 3, [                                    # 中国技协, 市政协 ×2
    '并请市政[协]委员', '高位推进京堰对口[协]作', '（三）全域[协]同', '主动接受人大、政[协]监督',
    '148件、政[协]提案', '人大代表、政[协]委员', '省内区域[协]作', '区域协作[协]同联动', '促进区域[协]同发展',
    '理念，[协]调山', '示范区组团[协]同发展', '之路，[协]同推进降碳', '多污染物[协]同控制', '区域[协]调治理',
    '深化京堰对口[协]作', '联校[协]作', '代表建议和政[协]提案'])
d.check_all('团', 11, 0, ['组建生态环境集[团]', '与省文旅集[团]', '城市医疗集[团]建设', '各人民[团]体',
                         '人才[团]聚工程', '鑫资集[团]等企业', '四大医疗集[团]等', '示范区组[团]协同',
                         '湖北文旅集[团]合作', '携程、美[团]', '支持供销集[团]'])   # companies, generic, words
d.check_all('组', 6, 0, ['改革，[组]建生态环境集团', '参与[组]建长江汽车', '系统建设。[组]建生态环境警察',
                        '示范区[组]团', '市场。[组]建二手车', '地方金融[组]织'])   # verbs, 组织 (generic)
d.check_all('队', 5, 2, ['技能人才[队]伍', '农村人才[队]伍', '乡村医生[队]伍'])   # 队伍: generic
for w, n in (('机构', 7), ('单位', 3), ('机关', 0), ('集团', 7), ('公司', 9), ('馆', 3), ('盟', 2), ('室', 2),
             ('社', 31), ('厅', 0), ('党委', 0), ('委员会', 0), ('部门', 0), ('办公室', 0), ('领导小组', 0),
             ('以下简称', 0), ('署', 3), ('科', 17), ('处', 5), ('工会', 0), ('妇联', 0), ('共青团', 0)):
    assert t.count(w) == n, (w, t.count(w))
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w
# 会 / 办: every occurrence outside an ORG lies in a word that names no body (events, plenums,
# 社会, 会址, verbs); no ORG holds 办
labelled = [(e['start'], e['end']) for e in d.ents if e['label'] == ORG]


def rest(ch, words, n):
    hits = [m.start() for m in re.finditer(ch, t)]
    assert len(hits) == n, (ch, len(hits))
    for h in hits:
        if any(s <= h < e for s, e in labelled):
            continue
        assert any(t[h - k:h - k + len(w)] == w for w in words for k in range(len(w)) if w[k] == ch), \
            (ch, t[h - 6:h + 6])


rest('会', ['大会', '社会', '全会', '运动会', '交易会', '进博会', '广交会', '服贸会', '展会', '会址', '会议'], 43)
rest('办', ['举办', '通办', '办好', '办理', '公办', '办实事', '办事情'], 25)
assert not any('办' in e['text'] for e in d.ents if e['label'] == ORG)
assert sum(1 for e in d.ents if e['label'] == ORG and '会' in e['text']) == 3   # 企业联合会, 常委会, 理事会

# ================================================================ other families
# DEADLINE: only 今年 before the list of ten actions. Every time word was read: 2023年 (heading; 对照
# 2023年投资总量4倍目录库: a reference year), 2024年 (heading); 今年 ×3 (year description, 总体要求,
# the list); 年度 ×3 (年度任务/年度整改任务: adjectives), 三年 ×5 (durations, past, programme names),
# 十年禁渔, 年年有成效, 75周年/十周年, 如期, 紧盯时间节点 (vague); 14周岁以内 (an age).
assert re.findall(r'20\d\d年', t) == ['2023年', '2024年', '2023年'], re.findall(r'20\d\d年', t)
assert t.count('今年') == 3 and t.count('年度') == 3 and t.count('三年') == 5 and t.count('以内') == 1
assert t.count('月') == 0 and t.count('日') == 1                      # 过紧日子
for w in ('全年', '年内', '年底', '年末', '底前', '月底', '期间', '之前', '以前', '日内', '日前', '提前',
          '到20', '每年', '每', '季度'):
    assert w not in t, w
# PRINCIPLE: none. No 原则/方针/思路/遵循/本着/根据; the one 按照 takes 标准 (按照公园城市、旅游城市、
# 开放城市的标准); 要求 ×4: 总体要求是 (unquoted), 内在要求, 坚决落实“三管三必须”要求 (verb 落实:
# report_fa, report-av), 省委市委工作要求 (no content); 坚持 ×22, none before a quote + 原则/要求/方针/思路
# (README call 11)
for w in ('原则', '方针', '思路', '遵循', '本着', '根据'):
    assert w not in t, w
assert t.count('按照') == 1 and t.count('要求') == 4 and t.count('坚持') == 22
# DOC_TITLE: the one 《》; DOC_NO: none (no 〔; 号 only in “武当号”)
assert t.count('《') == 1 and '〔' not in t and '[' not in t and '【' not in t and t.count('号') == 1
# STAFFING: none. No 职数; 编制 ×5 all mean drafting plans; 岗位 ×1 (扩岗位: jobs); the numbers of
# people are talent attracted (1197名), graduates staying (3.1万人, 2万人), employment (4.3万人, 32.6万人,
# 3.5万人), beneficiaries (20万人, 1500名, 3000名, 2200名), trainees (3万人, 800人, 5000人), clicks and
# visitors (2.8亿人次, 1.2亿人次); 千名 ×2 (talent attracted; a programme's name: README call 7)
assert '职数' not in t and t.count('编制') == 5 and t.count('岗位') == 1 and t.count('千名') == 2
assert re.findall(r'[0-9.]+[万亿]?(?:余|多)?[人名]', t) == [
    '2.8亿人', '1.2亿人', '1197名', '3.1万人', '4.3万人', '20万人', '32.6万人', '3.5万人', '2万人',
    '3万人', '800人', '5000人', '1500名', '3000名', '2200名']
# ITEM_COUNT: every number + measure word was read (regex below); the 7 labelled are listed
counts_re = (r'(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:余|多)?万?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|户|场|套|张|股|起)')
assert len(re.findall(counts_re, t)) == 150, len(re.findall(counts_re, t))
ic_texts = sorted(e['text'] for e in d.ents if e['label'] == IC)
assert ic_texts == sorted(['十大', '十大', '42所', '十大', '十大', '七大', '6个']), ic_texts
assert all(re.fullmatch(counts_re, x) for x in ic_texts)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 7, 'ORG': 28,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
