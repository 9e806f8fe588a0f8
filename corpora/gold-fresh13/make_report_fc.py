"""Build report_fc.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Wuhu (芜湖, 安徽) city government work report (政府工作报告), a UTF-8 .txt file
of 16,060 characters: 一、2023年工作回顾 (a preamble, ten numbered sections, the government's own
work, thanks, problems), 二、2024年发展形势和主要预期目标 (situation, 总体思路, the targets),
三、2024年重点工作 (ten numbered sections of titled paragraphs), 四、加强政府自身建设 (four
numbered paragraphs), closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text.
Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh13/make_report_fc.py
"""
import re
from collections import Counter

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/芜湖.txt'
OUT = 'corpora/gold-fresh13/report_fc.jsonl'
# meta: no header, session date or signature; it opens with 各位代表： and its parts are
# 2023年工作回顾 / 2024年发展形势和主要预期目标 / 2024年重点工作, so the report is dated by its year
# (reports notes; report-aq, report-av, report_ea/eb/ec). Region: the text names 安徽 itself
# (现代化美好安徽建设, “安徽出口品牌”, 全省, 省域副中心城市, 皖南).
d = AnchoredDoc('fresh13-report-wuhu-2024', SOURCE, {'region': '安徽省芜湖市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 16060, len(t)

ORG = 'ORG'; ST = 'STAFFING'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'; DT = 'DOC_TITLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[市人民政府]]，向大会报告政府工作', None),
    # 并请市政协各位委员: a body modifying people (v1.1), not labelled
    # ================================================================ 2023 review, preamble
    (ORG, '一年。[[市政府]]在省委、省政府和市委的正确领导下', None),
    (ORG, '市政府在[[省委]]、省政府和市委的正确领导下', None),
    (ORG, '市政府在省委、[[省政府]]和市委的正确领导下', None),
    (ORG, '市政府在省委、省政府和[[市委]]的正确领导下', None),
    # 市人大、市政协 as the subjects of 监督支持 are ORG (reports notes)
    (ORG, '在[[市人大]]、市政协的监督支持下', None),
    (ORG, '在市人大、[[市政协]]的监督支持下', None),
    # 产业数字化建设等4项工作获…督查激励 / 零基预算改革等3项工作获…推介: results (awards), not a set
    # made by a measure (reports notes: 22项改革走在全国前列), so not ITEM_COUNT
    (ORG, '4项工作获[[国务院]]督查激励', None),                        # report-aw: 获国务院督查激励
    # 中央改革办 (中央全面深化改革委员会办公室): 中央 alone has no body head (v1.1), but 办 is one, as
    # 中共中央办公厅 is ORG while 中共中央 is not (shandong-part2). README call 6.
    (ORG, '3项工作获[[中央改革办]]全国推介', None),
    # ================================================================ (一) 首位产业
    # enterprises (814家, 10家, 318家), 首位产业集群行动计划 (no 《》), companies (奇瑞, 华为, 海螺集团),
    # data / computing centres (facilities): not labelled
    (ORG, '产业集群获批[[工信部]]中小企业特色产业集群', None),         # designating body (eb 农业农村部)
    (ORG, '海螺集团入选[[国务院国资委]]“创建世界一流示范企业”名单', None),  # longest name
    # ================================================================ (二) 双招双引: 十大新兴产业25个优势
    # 细分领域 (domains), projects, talent (8.8万人, 393人, 2724人: reports notes, not STAFFING)
    # ================================================================ (三) 投资消费: projects (1315个),
    # 皖江学院 (a college), 限上商贸单位986家 (enterprises), 景区/民宿 (designations)
    # ================================================================ (四) 产业+科创
    (ORG, '组建[[市创新委员会]]，建成芜湖科技大市场', None),           # a body set up (组建); README call 7
    # 芜湖科技大市场 (a market platform), 人才团队95个 (teams: report-v/ab/bc), 工商银行…科创中心 (a
    # commercial bank, v1.1), 重大科技项目20项 (projects), 首台套产品31个 etc. (products), 5个创新园区 /
    # 80个…孵化基地 (facilities), 合肥工业大学, 产业共性技术研究院, 皖南医学院脑科学研究院 (universities,
    # research institutes: reports notes), 国家航空产业知识产权运营中心 and 安徽创新中心 (platforms: the
    # text calls the latter 平台 in part 三), 国家企业技术中心2家 / 产业创新中心1家 (designations),
    # 国营芜湖机械厂 (a factory): not labelled
    # ================================================================ (五) 长三角
    # service items put online on a government platform (reports notes: “滨州微警务”339项服务事项;
    # reports-d 上线服务事项超1万项 → value 10000). 服务场所近4500个: places, not counted.
    (IC, '“长三角政务地图”上线高频事项[[5.6万项]]', ic(56000, '项')),
    # 长三角快递物流智能装备产业联盟, 长江城市氢能产业协同发展联盟: industry alliances are not bodies
    # (report-ax 城市联盟; report-h 产业联盟); 科创飞地等2项创新案例入选: results
    # ================================================================ (六) 开放: ports, zones, platforms
    # ================================================================ (七) 改革
    (DT, '实施《[[芜湖市优化营商环境条例]]》', None),
    # 17个营商环境改革事项获全省推广: results (reports notes), not counted
    # policies put online by the government's policy platform; 超 is a comparator inside the span
    # (seventh session: 超80项 → value 80, min 80); README call 4
    (IC, '惠企政策网上超市累计上线政策[[超1120项]]', ic(1120, '项', min=1120, max=None)),
    # the certificates of 40 departments replaced by one credit report: items (or bodies) a measure
    # acts on (shandong-part2 对7个部门…; eb 与8个省级部门签订合作协议); README call 3
    (IC, '实现一份信用报告代替[[40个]]部门证明', ic(40, '个')),
    (ORG, '“供应链票据+担保”模式入选[[国务院]]复制推广改革试点经验', None),  # body in a longer phrase
    # ================================================================ (八) 城市: projects (55个, 65个),
    # 老旧小区104个, 21个宜邻中心 (community service complexes: facilities), 口袋公园100个, 阅读空间60个
    # ================================================================ (九) 乡村: 中科院计算所 (a research
    # institute inside a farm's name), enterprises, bases, villages, 10个镇 (territories): not labelled
    # ================================================================ (十) 民生
    # schools built (reports notes: schools a measure sets up; report-aq 20所, eb 28所)
    (IC, '新建、改扩建公办幼儿园[[11所]]、中小学校10所', ic(11, '所')),
    (IC, '新建、改扩建公办幼儿园11所、中小学校[[10所]]', ic(10, '所')),
    # 特教中心, 芜湖航空职业学院, 安定医院芜湖医院 (school, colleges, hospital): not ORG; 学位/托位/
    # 停车位/充电桩 (amounts, facilities), 金牌物业10家 (companies), housing: not counted
    # ================================================================ government's own work (review)
    # 行政机关 (v1.1 generic), 行政单位, 廉洁政府 (a type); 自觉接受人大监督、政协民主监督 (bare, v1.2)
    # 市人大代表议案建议 names people (not labelled); 市政协提案: a body before a document is ORG
    # (reports-d 市政协提案 → 市政协; report-v/ai). The handled proposals (125件, 220件) are not counted.
    (ORG, '议案建议125件、[[市政协]]提案220件', None),
    # 畅聊早餐会31场: events. The measures the government issued are counted (reports notes:
    # 100项便民利企措施)
    (IC, '推出对照学习沪苏浙改革创新政策举措[[178项]]', ic(178, '项')),
    # 民族宗教、外事…机关事务管理 / 老龄、妇女儿童…红十字、慈善…关心下一代: fields without a body head;
    # 红十字 without 会 is a field (report_ec, report-ax)
    # ================================================================ thanks
    (ORG, '科学指引，在于[[市委]]的坚强领导', None),
    # 坚持“两个对标”“四个创新”: 坚持 + quote with no 原则/要求/方针/思路 (v1.1): not PRINCIPLE
    (ORG, '在此，我代表[[市人民政府]]，向全市广大干部群众', None),
    (ORG, '各民主党派、[[工商联]]、无党派人士', None),                # reports notes: the thanks list
    # 驻芜企事业单位, 驻芜解放军, 武警官兵, 人大代表、政协委员: generic or people
    # ================================================================ 二、形势和目标
    # 2024年是…75周年 (a year description); 二、2024年发展形势和主要预期目标 (a heading)
    (ORG, '党中央、[[国务院]]对今年经济形势的研判', None),            # 党中央 not ORG (v1.1 中央)
    # 中央经济工作会议: a meeting, 中央 has no body head
    (ORG, '才能不负[[省委]]省政府的重托', None),                      # two names without a mark
    (ORG, '才能不负省委[[省政府]]的重托', None),                      # (report-aq, report_eb)
    # 今年工作的总体思路是：坚持…: general requirements, unquoted (reports notes: 政府工作总体要求是：
    # 坚持… is not PRINCIPLE; report-bc decision 8: not a target either)
    (ORG, '认真落实[[省委]]、省政府和市委部署要求', None),
    (ORG, '认真落实省委、[[省政府]]和市委部署要求', None),
    (ORG, '认真落实省委、省政府和[[市委]]部署要求', None),
    # 三个重点, 八个平台, 五个层级: aspects (guidelines: 八个方面), not counted
    # v1.2 *Year targets*: 今年 heads the list of targets (衢州 建议今年全市…主要预期目标为 → `今年`,
    # reports-a/d); README call 2
    (DL, '综合考虑各方面因素，[[今年]]主要预期目标是', YEAR_BY),
    # 完成省下达指标: 省 alone is no name
    # ================================================================ 三、2024年重点工作
    # 实现全年目标 / 力争全年社会物流总费用… / 力争全年实际利用外资增长8%: 全年 gives an annual total's
    # scope (report-bc brief; report_eb), not a limit. 十个方面: aspects.
    # (一) enterprises (2500家), money, training (5万人次), projects (921个, 130个), 五篇大文章 (a fixed
    # formula), 新上市企业4家: not labelled
    # (二) companies, parks, designations (绿色工厂10家, 智能工厂20个, 示范工厂5个, 专精特新120家),
    # 特种电缆产业技术研究院, 低空智联网研究中心 (research: reports notes), 技术创新中心 (a platform)
    # (三) 3条国际航线 (routes); 皖南国际邮件互换局 (申建): a postal exchange facility of China Post, not a
    # state organ (v1.1 SOEs ending in 局 are companies), README call 8; 长江航运交易所 (an exchange, eb
    # 深交所); 30项…制度创新成果 (results); 安徽出口品牌5个 (brands)
    # (四) 10个以上创新园区 (facilities), 安徽（芜湖）高等研究院, 西电芜湖研究院 (research institutes),
    # 平台8家 (platforms), 国家知识产权保护中心 (争创: a designation to be won, report-v), 企业各360家,
    # 科创集团 (a company), 人才团队90个 (teams), 应用场景120项 (application scenes: report-g, report-ab
    # not counted), 大学生10万人 (talent)
    # (五) 中华老字号2家, 消费场景10个 (report-d: consumption scenes not counted), projects, 生活圈12个,
    # 市公共文化艺术中心 (a building)
    # (六) 长三角G60科创走廊芜湖产业创新中心 (a platform), 600条 technology demands and results collected
    # (not a list the government sets), 长三角场景促进中心 (共建: a platform; reports-d, report-o/aj left
    # 长三角产业促进中心 out)
    # personnel dispatched (guidelines: 各选派2名左右; reports-a 选派市级科技特派员300人以上); README call 1
    (ST, '选派[[200名]]年轻干部赴上海等地开展实训锻炼', {'min': 200, 'max': 200, 'unit': '名', 'approx': False}),
    # 实行“统一规划…统一建设”: 实行 is not one of the PRINCIPLE verbs
    # (七) 老旧小区79个, 宜邻中心12个, 35条道路, 口袋体育公园18个, 10座泵站: facilities; 业委会组建率
    # 提高至98%: quantified by a rate (report-o: 马鞍山 业委会组建实现全覆盖 unlabelled)
    (IC, '推动[[176项]]高频政务服务事项“跨省通办”', ic(176, '项')),   # service items (eb 200项川渝通办)
    # (八) bases, products, 数字农业工厂7家, villages, 合作社/家庭农场300家: not counted; “五大振兴” quoted
    # an unquoted N大 before the actions the city carries out (seventh session: 十大行动 → N大)
    (IC, '大力实施乡村旅游[[七大]]行动', ic(7, '大')),
    # (九) no count, no body
    # (十) schools built
    (IC, '新建、改扩建中小学[[10所]]。发展国际化特色教育', ic(10, '所')),
    # universities and colleges (安徽师范大学, 皖南医学院, 芜湖职业技术学院, 皖江学院): facilities
    # medical centres built (reports-d counted medical centres built or upgraded); README call 5
    (IC, '加快[[两个]]国家区域医疗中心建设', ic(2, '个')),
    # 省公共卫生临床中心（芜湖） (a hospital), 社区医院, 村级养老服务站 (facilities); 三年就业行动 /
    # 治本攻坚三年行动 (durations); 公立医院服务质量提升年行动 (a name); “三大工程” (quoted); 1.3万套
    # (housing): not labelled
    # ================================================================ 四、政府自身建设
    (ORG, '当好贯彻党中央、[[国务院]]决策部署', None),
    (ORG, '国务院决策部署和[[省委]]、省政府以及市委工作要求', None),
    (ORG, '国务院决策部署和省委、[[省政府]]以及市委工作要求', None),
    (ORG, '国务院决策部署和省委、省政府以及[[市委]]工作要求', None),
    # 各级各部门 (vague), 政府智库; 人大监督, 政协民主监督, 人大代表议案建议和政协委员提案 (bare, people);
    # 府院联动、府检联动 (abbreviations with no body name: report-bc); 做到“忠专实、勤正廉” (做到 is not a
    # PRINCIPLE verb)
    (ORG, '中央八项规定精神及[[省委]]实施细则', None),                # report-bc 省、市委实施细则 → 市委
    # 《民情摘报》: an information bulletin (a periodical), not a law, plan, opinion, notice or list
    # (regs: 《…常务委员会公报》 and newspapers are not DOC_TITLE); README call 9. 市长信箱, 12345 热线:
    # platforms.
    # ================================================================ closing
    (ORG, '让我们在[[市委]]的坚强领导下', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# ================================================================ every body word accounted for
d.check_all('人民政府', 2, 2)
d.check_all('市政府', 1, 1)
d.check_all('省政府', 4, 4)
d.check_all('省委', 5, 5)
d.check_all('市委', 5, 5)
d.check_all('国务院', 5, 5)                                   # 4 × 国务院, 1 inside 国务院国资委
d.check_all('委员会', 1, 1)
d.check_all('工商联', 1, 1)
d.check_all('委', 17, 12, ['并请市政协各位[委]员', '人大代表、政协[委]员和所有',   # people
                          '业[委]会组建率',                                   # rate (report-o)
                          '学校联盟、[委]托管理', '议案建议和政协[委]员提案'])
d.check_all('中央', 8, 1, ['争取[中央]预算内投资', '同福[中央]厨房', '推进[中央]厨房',   # funds, companies
                         '党[中央]、国务院对今年', '特别是[中央]经济工作会议', '贯彻党[中央]、国务院决策',
                         '全面贯彻[中央]八项规定'])                                # 1 inside 中央改革办
d.check_all('人大', 6, 1, ['自觉接受[人大]监督、政协民主监督和社会监督', '办理市[人大]代表议案建议125件',
                         '向各位[人大]代表', '依法接受[人大]监督', '认真办理[人大]代表议案建议和'])
d.check_all('政协', 7, 2, ['并请市[政协]各位委员', '人大监督、[政协]民主监督和社会监督',
                         '人大代表、[政协]委员和所有', '自觉接受[政协]民主监督，认真',
                         '建议和[政协]委员提案'])
d.check_all('政府', 30, 7, [
    '向大会报告[政府]工作', '充分发挥[政府]投资', '着力加强[政府]自身建设。', '公共政策兑现和[政府]履约',
    '纵深推进廉洁[政府]建设', '提升。[政府]系统少数干部', '促进[政府]母基金', '四、加强[政府]自身建设',
    '贯穿[政府]工作全过程', '创新[政府]。把抓落实', '健全[政府]工作清单化', '加强[政府]智库',
    '促进[政府]专业化', '法治[政府]。不断增强', '不断增强[政府]法治意识', '深入推进[政府]履约践诺',
    '以高水平法治[政府]建设', '廉洁[政府]。把全面', '贯穿[政府]工作始终', '落实到[政府]工作各领域',
    '共抓[政府]党风廉政', '人民满意[政府]。把人民', '作为[政府]工作的出发点'])      # bare (v1.1), types
d.check_all('部', 22, 1, [
    '“整车—零[部]件', '比亚迪新能源汽车零[部]件', '代替40个[部]门证明', '入选中[部]百强镇',
    '对象全[部]落实', '全市广大干[部]群众', '离退休老干[部]', '少数干[部]的专业能力', '外[部]环境',
    '系列重大[部]署', '长三角和中西[部]地区', '和市委[部]署要求', '三山经开区智能网联汽车零[部]件',
    '北湾智能网联汽车零[部]件', '核心零[部]件企业', '头[部]物流企业', '围绕产业链[部]署创新链',
    '200名年轻干[部]', '国务院决策[部]署', '各级各[部]门', '让干[部]敢为'])      # 1 inside 工信部
d.check_all('部门', 2, 0, ['40个[部门]证明', '各级各[部门]'])                         # generic head
d.check_all('局', 10, 0, [
    '开[局]之年', '布[局]未来产业，打造', '海外地区布[局]', '加快布[局]未来产业', '布[局]合成生物',
    '国际邮件互换[局]',                                                      # README call 8
    '加快布[局]海外营销', '布[局]各类算力', '产业链布[局]建设创新园', '打不开[局]面'])
d.check_all('院', 30, 5, [
    '皖江学[院]新校区', '产业共性技术研究[院]', '皖南医学[院]脑科学', '脑科学研究[院]、', '产业创新研究[院]数量',
    '沪苏浙高校[院]所技术', '第六人民医[院]', '医院住[院]综合大楼', '中科[院]计算所', '航空职业学[院]、',
    '医药健康职业学[院]获批', '安定医[院]芜湖', '芜湖医[院]揭牌', '特种电缆产业技术研究[院]',
    '高等研究[院]落地', '西电芜湖研究[院]', '高校科研[院]所深度', '沪皖合作肿瘤医[院]',
    '皖南医学[院]更名', '芜湖职业技术学[院]升格', '皖江学[院]建设高水平', '推动公立医[院]改革',
    '实施公立医[院]服务', '社区医[院]建设', '完善府[院]联动'])   # colleges, institutes, hospitals, 府院
d.check_all('中心', 42, 0, [
    '芜湖数据[中心]集群起步区', '华东数据[中心]一期', '大数据[中心]体系', '智算[中心]建成投用',
    '算力[中心]等一批', '凤鸣研创[中心]', '总行级科创[中心]', '知识产权运营[中心]。', '国家企业技术[中心]2家',
    '产业创新[中心]1家', '安徽创新[中心]全面运营', '芜湖产业创新[中心]二期', '推动数据[中心]集群与',
    '21个宜邻[中心]', '赭山路宜邻[中心]', '和美乡村[中心]村70个', '特教[中心]。', '推进省域副[中心]城市建设的',
    '建成副[中心]”', '展现省域副[中心]城市担当', '省域副[中心]意识', '推动省域副[中心]城市建设迈出',
    '技术创新[中心]。推进', '低空智联网研究[中心]', '保税物流[中心]（B型）', '打造算力[中心]城市',
    '城市和智算[中心]，', '提升芜湖数据[中心]集群能级', '依托安徽创新[中心]等平台', '知识产权保护[中心]。',
    '区域消费[中心]。', '公共文化艺术[中心]', '以县城为[中心]', '芜湖产业创新[中心]作用', '场景促进[中心]',
    '货运枢纽副[中心]', '建成宜邻[中心]12个', '丰富城市[中心]区域', '省级[中心]村72个', '区域医疗[中心]建设',
    '公共卫生临床[中心]（芜湖）', '打造省域副[中心]的关键阶段'])
# heads whose every occurrence is pinned by its neighbour (no body among them; each hit read)
def around(w, left=1, right=1):
    return Counter(t[m.start() - left:m.end() + right] for m in re.finditer(w, t))

# 会: 社会 ×20, meetings and fairs (大会 ×3, 盛会, 早餐会, 工作会议, 全会, 博览会 ×2, 交易会, 对接会), 省会,
# 会展 ×2 (型会/进会), 机会, 会诊 ×2 (症会/建会), 精文简会, 业委会 (a rate, report-o), 市创新委员会 (ORG)
assert around('会', 1, 0) == Counter({'大会': 3, '社会': 20, '员会': 1, '省会': 1, '盛会': 1, '餐会': 1, '作会': 1,
                                     '全会': 1, '进会': 1, '型会': 1, '览会': 2, '易会': 1, '机会': 1, '接会': 1,
                                     '症会': 1, '委会': 1, '建会': 1, '简会': 1})
# 联: 工商联 (ORG); industry alliances and 学校联盟 (not bodies), 联通 (a company, a verb), 联动, 联运, 互联网,
# 智能网联, 联圩, 产教联合体
assert around('联', 0, 1) == Counter({'联网': 3, '联通': 3, '联动': 5, '联盟': 3, '联运': 3, '联、': 1, '联汽': 3,
                                     '联互': 1, '联圩': 1, '联合': 1})
# 所: 高校院所 ×2 (generic), 场所 ×3, 中科院计算所 (a research institute), 11所/10所 ×2 (counts), 所有,
# 长江航运交易所 (an exchange)
assert around('所', 1, 0) == Counter({'院所': 2, '场所': 3, '算所': 1, '1所': 1, '0所': 2, '和所': 1, '易所': 1})
# 站: 一站式, 站在, 国际货站, 南站科技园, 泵站, 村级养老服务站 (a facility)
assert around('站', 1, 0) == Counter({'一站': 1, '\n站': 1, '货站': 1, '南站': 1, '泵站': 1, '务站': 1})
# 团: 团结, 海螺集团 / 科创集团 (companies), 团队 ×4, 教育集团, 医疗集团 (consortia)
assert around('团', 0, 1) == Counter({'团结': 1, '团入': 1, '团队': 4, '团，': 1, '团、': 1, '团试': 1})
# 组: 组建 ×2 (市创新委员会 labelled; 业委会组建率), 党组织 ×3 (v1.1), 组合 ×2, 模组, 重组, 组件
assert around('组', 0, 1) == Counter({'组建': 2, '组织': 3, '组合': 2, '组、': 1, '组，': 1, '组件': 1})
assert around('队', 1, 0) == Counter({'业队': 1, '团队': 4, '资队': 1})        # 队伍, 团队
assert around('室', 1, 0) == Counter({'验室': 2})                              # labs
assert around('机构', 2, 0) == Counter({'研发机构': 3, '风投机构': 1, '金融机构': 1, '科研机构': 1, '品牌机构': 1,
                                      '社区机构': 1})                          # generic head (guidelines)
assert around('单位', 2, 0) == Counter({'商贸单位': 1, '行政单位': 1, '事业单位': 1, '配；单位': 1, '提高单位': 1})
assert around('机关', 2, 2) == Counter({'行政机关智慧': 1, '行政机关负责': 1, '志、机关事务': 1})   # v1.1 generic
assert t.count('署') == t.count('部署') == 4                       # 署 only in 部署
for w in ('厅', '党委', '工会', '妇联', '共青团', '科协', '办公室', '领导小组', '以下简称', '公司', '人民银行'):
    assert w not in t, w
# 办: a verb (举办, 领办, 公办, 办结, 办理, 通办, 承办, 办学 …) except 中央改革办 (ORG)
assert t.count('办') == 24 and t.count('改革办') == 1
assert [e['text'] for e in d.ents if e['label'] == ORG and '办' in e['text']] == ['中央改革办']
assert not any(w in e['text'] for e in d.ents if e['label'] == ORG
               for w in ('联', '所', '站', '团', '组', '队', '室', '机构', '单位', '机关') if e['text'] != '工商联')
assert [e['text'] for e in d.ents if e['label'] == ORG and '会' in e['text']] == ['市创新委员会']

# ================================================================ other families
# DEADLINE: only 今年 before the targets. Not DEADLINE: 2023年 (heading), 2024年 ×3 (two headings and
# 2024年是…75周年), 今年 ×2 (对今年经济形势的研判; 今年工作的总体思路是), 全年 ×3 (scope), 年度客流量 (a
# metric), 开局之年/关键之年/重要一年, “十四五”规划 (a plan name), 三年新冠疫情/三年递增行动/三年就业行动/
# 三年行动 (durations), 提升年行动 (a name), “十年磨一剑”, “十年禁渔”, 短期内 (a problem, not a limit),
# 人才日, 日益 ×2, 日韩 ×2, 日本, 过紧日子. No month, no 年底/年内/期间/前.
assert re.findall(r'20\d\d年', t) == ['2023年', '2024年', '2024年', '2024年']
assert t.count('今年') == 3 and t.count('全年') == 3 and t.count('年度') == 1 and t.count('月') == 0
assert t.count('日') == 7 and t.count('短期内') == 1 and t.count('内') == 7   # 预算内, 国内 ×3, 内外, 河内
for w in ('年底', '底前', '年内', '期间', '以前', '之前', '以内', '日内', '日前', '提前', '季度', '每', '到20', '前完成'):
    assert w not in t, w
# PRINCIPLE: none. No 原则/方针/按照/遵循/本着/根据; 思路 ×2 (运用改革的思路; 今年工作的总体思路是：坚持…,
# unquoted); 要求 ×3 (部署要求, 工作要求, 从严治党要求: no content); 坚持 ×5 (坚持“两个对标”“四个创新”
# with no frame word, 坚持以…为指导, 坚持稳中求进工作总基调, 坚持不懈, 把坚持党的领导)
for w in ('原则', '方针', '按照', '遵循', '本着', '根据'):
    assert w not in t, w
assert t.count('思路') == 2 and t.count('要求') == 3 and t.count('坚持') == 5
# DOC_TITLE: 《芜湖市优化营商环境条例》 (labelled), 《民情摘报》 (a bulletin, call 9)
assert [m.start() for m in re.finditer('《', t)] == [t.index('《芜湖市优化'), t.index('《民情摘报》')]
# DOC_NO: no 〔; 号 only in “中华老字号”
assert '〔' not in t and '[20' not in t and t.count('号') == 1
# STAFFING: 编制 ×5 are all plan drafting; no 职数; 名 ×8 (名单 ×3, 万名大学生 (an event name), 知名 ×2,
# 更名, 200名 labelled); the people counts are talent (8.8万人, 393人, 2724人, 近百人, 10万人以上),
# employment (13.5万人), beneficiaries (220万人次) and trainees (5万人次): reports notes
assert t.count('编制') == 5 and all(t[m.end():m.end() + 2] in ('市级', '氢能', '实施', '城市', '长江')
                                   for m in re.finditer('编制', t))
assert '职数' not in t and t.count('名') == 8 and t.count('岗位') == 0
assert re.findall(r'[0-9.]+万?(?:余|多)?[人名]', t) == ['8.8万人', '393人', '2724人', '13.5万人', '220万人',
                                                     '5万人', '10万人', '200名']
# ITEM_COUNT: every number + measure word was read (155 regex hits); 10 are labelled
NUM = re.compile(r'(?:超|近)?[0-9.]+[万亿]?(?:余|多)?(?:个|项|条|类|件|所|家|大|部|批|种|名|人|户|套|场|处|座|支|篇|对)'
                 r'|[一二三四五六七八九十两百千万]+(?:个|项|条|类|件|所|家|大|部|批|种|名|人|户|套|场|处|座|支|篇|对)')
hits = {(m.start(), m.end()) for m in NUM.finditer(t)}
assert len(hits) == 155, len(hits)
ics = [e for e in d.ents if e['label'] == IC]
assert {(e['start'], e['end']) for e in ics} <= hits
assert sorted(e['text'] for e in ics) == sorted(['5.6万项', '超1120项', '40个', '11所', '10所', '178项', '176项',
                                                  '七大', '10所', '两个'])

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 10, 'ORG': 29,
                  'PRINCIPLE': 0, 'STAFFING': 1}, counts
write_gold(OUT, [d])
