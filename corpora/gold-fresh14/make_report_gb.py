"""Build report_gb.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 攀枝花市 (四川), a UTF-8 .txt file of
14,712 characters (136 newlines, no final newline): 各位代表 → 一、2023年工作回顾 (preamble with
the year's figures, seven numbered sections （一）–（七）, of which （二） has 一是…四是 on the 共同富裕
试验区, then fields of work, thanks, problems) → 二、2024年工作安排 (year description, 总体要求,
主要预期目标, 九个方面工作 （一）–（九）, each made of ——titled paragraphs) → closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh14/make_report_gb.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/攀枝花.txt'
OUT = 'corpora/gold-fresh14/report_gb.jsonl'
# meta: no header, no session date and no signature; the text opens with 各位代表： and its parts
# are 一、2023年工作回顾 / 二、2024年工作安排, so the date is the report's year (reports notes;
# report-aq, report-av, report_ea/eb/ec, report_fa/fb). Region: the text names 四川 itself
# (对四川工作系列重要指示, 四川省钒钛产业链…, 立足四川), as report_ea (四川省巴中市) did.
d = AnchoredDoc('fresh14-report-panzhihua-2024', SOURCE, {'region': '四川省攀枝花市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 14712 and t.count('\n') == 136, (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'; DT = 'DOC_TITLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[市人民政府]]，向大会报告工作', None),
    # 并请市政协委员提出意见: a body modifying people (v1.1), not labelled
    # ================================================================ 2023 review, preamble
    (ORG, '一年来，在[[市委]]的坚强领导下', None),
    # 市人大及其常委会: 常委会 is a definite short form after a named 市人大 (v1.2; report-v, report-ao,
    # report-ax), ORG at every occurrence (README call 7)
    (ORG, '在[[市人大]]及其常委会的依法监督和市政协的民主监督下', None),
    (ORG, '在市人大及其[[常委会]]的依法监督和市政协的民主监督下', None),
    (ORG, '在市人大及其常委会的依法监督和[[市政协]]的民主监督下', None),   # subject of supervision (reports notes)
    (ORG, '的民主监督下，[[市政府]]坚定以习近平', None),
    # 党的二十大 / 习近平总书记: no body, people
    (ORG, '扎实推动[[省委]]、省政府对攀枝花发展', None),
    (ORG, '扎实推动省委、[[省政府]]对攀枝花发展', None),
    # “两区三地一粮仓一门户”的新定位新要求: verb 推动, not in the PRINCIPLE list (report-ap, report_ea)
    (ORG, '新定位新要求和[[市委]]总体发展战略落地落实', None),
    # the body inside its session, term number inside (report_fb 市十五届人大, report-ap 市十届人大)
    (ORG, '较好完成了[[市十一届人大]]二次会议确定的目标任务', None),
    # ================================================================ (一) 经济运行
    # 促进民营经济高质量发展“10条”、加强招商引资“18条”: counts inside quoted short names (report_ea
    # “38条”, report-aq “金融16条”): not counted. 3276个/216个/460个 projects, 户 enterprises, 500余场
    # events: not counted (reports notes)
    # ================================================================ (二) 共同富裕试验区
    # “1+2+N”/“1+8+3”/“4+6” systems, “三大差距”, “六大行动” (quoted), 三类共富单元 (kinds of units, like
    # domains: README call 9): not counted. 共富基本单元和场景20个 (pilot units and scenes built: results
    # of a programme, not a list of matters; tuned rule on scenes, gold-fresh13) (README call 9)
    # “工会进村” as a practice: the union is a mass organisation named inside a longer phrase (v1.1;
    # reports notes 妇联工作 → 妇联; report_fa 用好工会政策 → 工会; report_ea 市委 inside a slogan) (call 4)
    (ORG, '初步形成“[[工会]]进村”“村集体+红色资源”', None),
    # “乡村发展公司” (a company), “智慧农资共富驿站” (a service point), “三说会堂” (a hall/practice):
    # not ORG. 9个共同富裕实践案例入选: cases selected (a result, reports notes 22项改革走在全国前列)
    (ORG, '实践案例入选[[国家发展改革委]]《共同富裕动态》', None),   # the body that publishes
    # 《共同富裕动态》: a bulletin (periodical) of the NDRC, not a law, plan, opinion, notice or list;
    # earlier sets left gazettes and newspapers out (《…公报》, 《洛阳日报》) (README call 6)
    (ORG, '三是汇聚了广泛支持。[[省委]]、省政府向中央专题汇报', None),
    (ORG, '三是汇聚了广泛支持。省委、[[省政府]]向中央专题汇报', None),  # 中央: no body head (v1.1)
    (ORG, '有关情况，[[省人大常委会]]、省政协监督建立', None),
    (ORG, '有关情况，省人大常委会、[[省政协]]监督建立', None),
    # provincial departments that concluded agreements with the city and issued policies for it:
    # a count of bodies acting with the city (report_eb 与8个省级部门签订合作协议; shandong-part1
    # 24个省直部门(单位)); 多 → value N, min N, max null (shandong-part1 80多项) (README call 2)
    (IC, '[[40多家]]省级部门（单位）通过出台专项政策', ic(40, '家', min=40, max=None)),
    (ORG, '予以支持。[[全国人大常委会]]、中央财办、国家统计局', None),
    # 中央财办 = 中央财经委员会办公室: head 办 (unlike bare 中央, v1.1)
    (ORG, '予以支持。全国人大常委会、[[中央财办]]、国家统计局', None),
    (ORG, '予以支持。全国人大常委会、中央财办、[[国家统计局]]等先后莅攀指导', None),
    (ORG, '[[国家发展改革委]]两次莅攀专题调研', None),
    # the city's list of livelihood matters (reports notes 158件民生实事; report_fb 69件)
    (IC, '[[65项]]民生实事共投入资金', ic(65, '项')),
    # 就业帮扶载体31个 (platforms), 754套/168户 (housing), 社区养老服务综合体4个 (facilities, report_fb
    # 养老服务综合体20个), 托位300个: not counted
    # 市妇幼保健院, 攀枝花学院, 上海中医药大学附属医院, 市中心医院: hospitals and a university (reports
    # notes; v1.2 universities are facilities), not ORG
    (IC, '新（改）建公办幼儿园[[6所]]', ic(6, '所')),               # kindergartens built (batch-c 公办园27个)
    # 创成省级示范性学校（幼儿园）12所: a designation won (report_ea 示范幼儿园20所): not counted.
    # 话剧《雅砻江水天上来》: a play (work of art, report-av), not DOC_TITLE. 三线建设博物馆: a museum
    # ================================================================ (三) 产业
    # 11个/12个/3个/40个/79个 projects, 户/家 enterprises, 三条线路 (routes), 4个中型灌区 (projects),
    # 种质资源圃6个 (facilities), 5个乡（镇） (territories): not counted. 攀钢, 东方钛业, 钒融科技 etc.:
    # companies. 钒钛高新区, 东区, 米易县: zones and places. 保税物流中心（B型）: a facility/zone.
    # 成功组建“攀果”产业发展联盟: industry alliances are not bodies (report_ec 八大产业联盟; report-h)
    # ================================================================ (四) 城乡品质
    # plans may be counted (seventh session; report_ea 34个村庄规划, 7个城市片区详规) (README call 3)
    (IC, '[[23个]]乡镇级和村级片区规划形成阶段性成果', ic(23, '个')),
    # 46个老旧小区, 203部电梯, 3个体育公园项目, 100个样板村, 工程11处, 项目147个, 230个村, 3个村: not counted
    # an unquoted N大 before campaigns (seventh session; report_ec 五大标志性战役, gold-unseen mixed-c
    # 大气、水、土壤污染防治三大行动计划) (README call 8)
    (IC, '深入打好蓝天、碧水、净土[[三大]]攻坚战。全面开展', ic(3, '大')),
    # 入河排污口整治462个 (outfalls), 项目43个: not counted
    (ORG, '[[市生态环境局]]荣获“全国生态环境系统先进集体”', None),
    # 国家气候中心: a national public institution (事业单位) acting as a party that co-launches the
    # city's designation programme; the body-head rule (中心 with a specific type) applies; research
    # institutes and facilities are the exceptions (reports notes) (README call 5)
    (ORG, '与[[国家气候中心]]联合启动', None),
    # 146支 teams, 4691人 athletes: not counted / not STAFFING
    # ================================================================ (五) 发展动能
    # 牵头组建国家钒钛产业联盟: an industry alliance (not a body, report_ec; it is later called 平台);
    # 6个中试研发平台 (platforms), 2项…难题 (results), 攀钢研究院 (a company's institute): not labelled
    # 《铁路道岔用钢轨》国际标准: the title of a standard, a normative document (earlier sets labelled
    # 《地表水环境质量标准》, 《生活饮用水卫生标准》) (README call 6)
    (DT, '氯化钛白生产关键技术实现产业化应用，《[[铁路道岔用钢轨]]》国际标准', None),
    # the approval procedures optimised: a set of matters acted on by a measure, like 下放…高频事项
    # 140余项 (report_fa) and service items (reports notes) (README call 3)
    (IC, '优化行政审批流程[[402项]]', ic(402, '项')),
    # 340家规上工业企业 (enterprises): not counted
    (ORG, '节约集约利用工作获[[国务院办公厅]]督查激励', None),     # the body that rewards (report-aw)
    # “实施‘三大创新工程’…”: a quoted case name
    (ORG, '项目经验做法获[[水利部]]推广', None),
    # ================================================================ (五) 对外开放
    # 中老班列（攀枝花号）, 8家 enterprises, 128个 partners, 钢城集团 (company): not labelled
    # ================================================================ (六) 社会大局
    # 市本级政府债务率: 市本级 qualifies the debt ratio (a fiscal scope), 政府债务 a term of art
    # (report_fb 市级政府储备粮库 not ORG) (README call 10); 1265套: housing units
    (ORG, '严格落实[[国务院安委会]]安全生产十五条硬措施', None),    # longest name (report_ea)
    # unquoted here: a package of 15 measures (report_ec, the same phrase: {15, 条}); report_ea left the
    # quoted “十五条硬措施” out (README call 8)
    (IC, '严格落实国务院安委会安全生产[[十五条]]硬措施', ic(15, '条')),
    # 四川省区域应急救援攀枝花基地: a facility
    (ORG, '计划烧除经验做法获[[国家森防指办]]推广', None),          # 国家森林草原防灭火指挥部办公室, head 办
    # ================================================================ (七) 政府自身建设 (review)
    # 市、县（区）两级政府机关: head 机关 (v1.1), not ORG
    (ORG, '向[[市人大常委会]]专题报告法律实施', None),
    (DT, '依法报备《[[攀枝花市本级政府投资管理实施细则]]》', None),   # inner 政府 not labelled
    # normative documents filed (reports notes 6部; report-av 4件/6件; 行政规范性文件9件/182件)
    (IC, '》等行政规范性文件[[7件]]', ic(7, '件')),
    # 人大代表建议70件、政协提案183件 (handled proposals; bare bodies), 问题线索34件 / 25人 / 420人
    # (cases and persons investigated), 纪检监察部门 (generic): not labelled
    # fields of work (国家安全…机关事务…红十字等事业): no body head (红十字 without 会)
    # ================================================================ thanks
    (ORG, '是[[市委]]团结带领全市人民拼搏实干', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市各族人民', None),
    # 各民主党派、各人民团体 (各), 驻攀人民解放军指战员…民兵预备役人员 (people): not ORG
    # ================================================================ 2024: year description, 总体要求
    # 今年是…关键一年: a description, no target (report-aq/bc); 二、2024年工作安排: a heading
    (ORG, '也是[[市委]]确定的“大抓落实年”', None),
    # 坚持稳中求进工作总基调: 总基调, not a frame word; 深入落实省委“四化同步、城乡融合、五区共兴”
    # 发展战略: verb 落实 and 战略 (not PRINCIPLE)
    (ORG, '深入落实[[省委]]“四化同步、城乡融合、五区共兴”发展战略', None),
    (ORG, '五区共兴”发展战略和[[市委]]总体发展战略', None),
    # 全市经济社会发展主要预期目标是: no year word heads the targets (v1.2 Year targets; report_ea,
    # report_fa); 围绕实现全年目标任务: scope; 九个方面: aspects
    # ================================================================ (一) 共同富裕
    (ORG, '建立健全[[工会]]进村、企村联建、社村共建机制', None),      # as above (call 4)
    # 以国家钒钛产业联盟为平台: an alliance called a platform; 天府战略新材料（钒钛）实验室, 钒钛资源综合
    # 利用国家重点实验室: labs; 90家/200户 enterprises
    # a college the city starts to build: schools built are counted (reports notes 两所新批复高职学校),
    # and this is a concrete one, not the generic 一个 of slogans (README call 3)
    (IC, '整合资源启动规划建设[[一所]]高水平高职院校', ic(1, '所')),
    (ORG, '争取[[省政府]]支持优化攀枝花学院保障体制', None),
    # 462套（间） housing; 国家区域医疗中心 (a designation), 区域性养老服务中心 (a facility), 融媒体中心
    # (a media outlet), 乡镇（街道）综合文化站 (facilities), 三线建设博物馆: not labelled
    # ================================================================ (二) 以进促稳
    # 实行“随叫随到…服务周到”的服务承诺制: verb 实行 and 承诺制, not PRINCIPLE
    # 200个/80个/30个 projects: not counted
    (DL, '红格南矿采选项目[[年底前]]开工建设', YEAR_BY),          # 年底前 in a 2024 plan (devset 2018年底前)
    # 年底 without 前 still sets the point by which part of the plant is connected (README call 1)
    (DL, '仁和60万千瓦光伏项目[[年底]]部分并网发电', YEAR_BY),
    (ORG, '认真落实[[省委]]、省政府“消费促进年”系列部署', None),
    (ORG, '认真落实省委、[[省政府]]“消费促进年”系列部署', None),
    # 消费场景10个以上 (consumption scenes: results, tuned rule gold-fresh13), 10户 enterprises: not counted
    # ================================================================ (三) 工业
    # “十大产业集群” (quoted), 户 enterprises, 12个/10个 projects, 2个氢能产业园: not counted;
    # 攀钢集团, 钢城集团, 国家电投, 东方电气, 四川能投: companies
    # ================================================================ (四) 城市
    # 5G基站400个: facilities; 机关、企事业单位: generic
    # ================================================================ (五) 乡村
    # 40个村庄: villages. 红白理事会: the village council for weddings and funerals, a mass body with a
    # body head (会), like 村委会 in the guidelines' Yes list (README call 4); 户主大会: a meeting
    (ORG, '完善村规民约、[[红白理事会]]等制度', None),
    # ================================================================ (六) 开放
    # 2025年前: a year target for a measure (shandong-part2 2020年前 → year, by)
    (DL, '力促大丽攀铁路[[2025年前]]开工建设',
     {'date': '2025-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}),
    # 国家铁路“十五五”发展规划…清单: no 《》 and a plan's name, not DEADLINE
    (DT, '纳入国家《[[中长期铁路网规划]]》', None),
    # 中老班列集结中心 (a facility); 每月2列、每周1列: frequencies, not DEADLINE or counts
    # ================================================================ (七) 生态
    # 中央、省级生态环保督察: no body; 年度整改任务: no time limit expression; 攀枝花苏铁保护区: a reserve
    # ================================================================ (八) 社会
    # 12345政务服务便民热线: a hotline; 三年行动: a duration; “三管三必须”刚性要求 (落实, not PRINCIPLE)
    # ================================================================ (九) 政府
    # “两个确立”, “两个维护”, “四个抓落实” (quoted; 践行 not in the list)
    (ORG, '贯彻落实党中央、[[国务院]]大政方针和省委、省政府决策部署及市委工作要求', None),
    (ORG, '贯彻落实党中央、国务院大政方针和[[省委]]、省政府决策部署及市委工作要求', None),
    (ORG, '贯彻落实党中央、国务院大政方针和省委、[[省政府]]决策部署及市委工作要求', None),
    (ORG, '贯彻落实党中央、国务院大政方针和省委、省政府决策部署及[[市委]]工作要求', None),
    # “府院联动”, “府检联动”: abbreviations of two bodies with no name (report-bc, report_ea)
    (ORG, '认真接受[[市人大]]及其常委会的法律监督', None),
    (ORG, '认真接受市人大及其[[常委会]]的法律监督', None),
    (ORG, '自觉接受[[市政协]]的民主监督', None),
    (ORG, '认真落实[[市委]]“大抓落实年”部署要求', None),
    (ORG, '认真落实[[市委]]关于“服务业发展年”部署要求', None),   # (三) 服务业 paragraph, review
    # ================================================================ closing
    (ORG, '在党中央[[国务院]]、省委省政府和市委的坚强领导下', None),  # split without a separator (report_ea)
    (ORG, '在党中央国务院、[[省委]]省政府和市委的坚强领导下', None),
    (ORG, '在党中央国务院、省委[[省政府]]和市委的坚强领导下', None),
    (ORG, '在党中央国务院、省委省政府和[[市委]]的坚强领导下', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# ------------------------------------------------ every occurrence of the body names is placed
d.check_all('人民政府', 2, 2)
d.check_all('省政府', 6, 6)
d.check_all('市政府', 2, 1, ['引导全[市政府]系统干部'])            # 全市 + 政府系统
d.check_all('省委', 6, 6)
d.check_all('市委', 9, 9)
d.check_all('国务院', 4, 4)                     # 国务院 ×2, 国务院办公厅, 国务院安委会
d.check_all('常委会', 5, 5)                     # 常委会 ×2 (short form), 省/全国/市人大常委会
d.check_all('工会', 2, 2)
d.check_all('发展改革委', 2, 2)
d.check_all('政府', 27, 9, [                    # bare 政府 (v1.1), types of government, terms of art
    '“三合一”推进[政府]债务化解', '市本级[政府]债务率', '（七）[政府]自身建设全面加强', '统揽[政府]工作，一体贯通',
    '深入推进法治[政府]建设。出台', '首部程序性[政府]规章', '两级[政府]机关', '攀枝花市本级[政府]投资管理',
    '[政府]工作也还存在', '。[政府]工作的总体要求是', '建设人民满意[政府]', '以新一轮[政府]机构改革',
    '全面推进[政府]机构、职能', '扎实做好法治[政府]建设示范', '引导全市[政府]系统干部', '耕地红线、[政府]债务警戒线',
    '穿透式摸排[政府]债务', '廉洁有为[政府]。'])
d.check_all('人大', 7, 6, ['认真办理[人大]代表建议70件'])            # bare, before a document of deputies
d.check_all('政协', 5, 3, ['并请市[政协]委员提出意见', '、[政协]提案183件'])  # people; bare
d.check_all('委', 24, 23, ['并请市政协[委]员提出意见'])
d.check_all('中央', 10, 1, ['省政府向[中央]专题汇报', '仁和“水[中央]”等3个', '核心的党[中央]始终保持',
                         '严格落实[中央]八项规定', '核心的党[中央]坚强领导', '全面完成[中央]、省级生态环保督察',
                         '贯彻落实党[中央]、国务院', '核心的党[中央]周围', '在党[中央]国务院、省委省政府'])
# 中央 / 党中央: no body head (v1.1); the one labelled is inside 中央财办
d.check_all('局', 13, 2, ['开[局]之年', '扎实开[局]。一是', '产业布[局]取得新进展', '开发保护格[局]基本形成',
                         '由第三方出口[局]面', '社会大[局]保持稳定。积极', '干部格[局]视野', '新发展格[局]，牢牢',
                         '谋划布[局]未来产业', '新发展格[局]\n', '确保社会大[局]和谐稳定'])
d.check_all('厅', 1, 1)
d.check_all('中心', 10, 1, ['共建国家区域医疗[中心]合作协议', '市[中心]医院被确立', '省重症区域医疗[中心]，安宁',
                          '保税物流[中心]（B型）', '省级百强[中心]镇', '力争落户国家区域医疗[中心]',
                          '区域性养老服务[中心]建设', '融媒体[中心]建设', '中老班列集结[中心]'])
# 医疗中心 (designations), 中心医院 (a hospital), 保税物流中心 (a zone), 中心镇 (a place), 养老服务中心
# and 集结中心 (facilities), 融媒体中心 (a media outlet: guidelines "No")
d.check_all('站', 9, 0, ['共富驿[站]', '银江水电[站]进入', '储能电[站]示范项目', '提水泵[站]等', '综合文化[站]评估',
                        '抽水蓄能电[站]尽快', '推动银江水电[站]下闸', '储能电[站]和安宁股份', '5G基[站]400个'])
d.check_all('院', 15, 4, ['大中专[院]校', '市妇幼保健[院]', '攀枝花学[院]“软科”',
                         '附属医[院]签署', '市中心医[院]被确立', '攀钢研究[院]名列', '高水平高职[院]校', '优化攀枝花学[院]保障',
                         '金沙剧[院]等', '“五美庭[院]”', '“府[院]联动”'])
# hospitals, colleges, a company institute, a theatre, courtyards, 府院 (no name: report-bc)
d.check_all('团', 11, 0, ['城市医疗集[团]建设试点城市', '钢城集[团]获俄罗斯', '民族[团]结进步示范区，米易',
                         '市委[团]结带领', '各人民[团]体', '科技攻关[团]队', '城市医疗集[团]建设，加快', '攀钢集[团]、当升',
                         '钢城集[团]、龙佰', '民族[团]结进步示范市', '紧密[团]结在'])
d.check_all('组', 9, 0, ['“18条”等[组]合拳', '“1+8+3”[组]织领导体系', '进入机[组]安装', '成功[组]建30亿元',
                        '货源[组]织网络', '成功[组]建“攀果”', '牵头[组]建国家钒钛', '优化重[组]', '提高农业[组]织化'])
d.check_all('联', 15, 0, ['产业发展[联]盟，“攀枝花芒果', '国家气候中心[联]合启动', '步道[联]赛', '英雄[联]盟',
                         '国家钒钛产业[联]盟，成功', '企村[联]建', '国家钒钛产业[联]盟为平台', '“互[联]网+', '“综合查一次”[联]合执法',
                         '钛白粉[联]产法', '断头路[联]通', '产业关[联]', '“府院[联]动”', '“府检[联]动”', '密切[联]系群众'])
# industry alliances (report_ec), a game (英雄联盟), verbs and nouns
d.check_all('协', 16, 3, ['并请市政[协]委员', '引进项目460个、[协]议投资额', '区域[协]同共富', '战略合作[协]议',
                         '医疗中心合作[协]议', '、政[协]提案183件', '产业链[协]作', '政产学研用[协]同', '产业[协]调发展',
                         '中试基地等[协]同', '社会[协]同育人', '[协]同打造“十大', '面源污染[协]同治理'])
for w, n in (('机构', 5), ('单位', 2), ('机关', 3), ('集团', 5), ('馆', 3), ('盟', 4), ('队', 2), ('室', 4), ('署', 6),
             ('所', 5), ('司', 1), ('处', 4), ('委员会', 0), ('办公室', 0), ('领导小组', 0), ('以下简称', 0), ('党委', 0),
             ('人民团体', 1), ('红十字', 1)):
    assert t.count(w) == n, (w, t.count(w))
    assert not any(w in e['text'] for e in d.ents if e['label'] == ORG), w
# 金融机构, 银行机构, 乡村医疗卫生机构, 政府机构 ×2 (generic); 省级部门（单位）, 企事业单位; 政府机关, 机关事务,
# 机关 (generic: v1.1); companies; museums; alliances; 运动队, 攻关团队; labs, 教室; 部署 ×5, 签署, 阿署达;
# 幼儿园…所, 为民所享, 所有; 乡村发展公司; 11处, 查处, 处理, 紧要处; 红十字 (事业, no 会)

# 会 / 部 / 办: every occurrence outside an ORG lies in a word that names no body
labelled = [(e['start'], e['end']) for e in d.ents if e['label'] == ORG]


def rest(ch, words, n):
    hits = [m.start() for m in re.finditer(ch, t)]
    assert len(hits) == n, (ch, len(hits))
    for h in hits:
        if any(s <= h < e for s, e in labelled):
            continue
        assert any(t[h - k:h - k + len(w)] == w for w in words for k in range(len(w)) if w[k] == ch), \
            (ch, t[h - 6:h + 6])


rest('会', ['大会', '社会', '会议', '会堂', '研讨会', '大运会', '大会'], 37)
# 社会 (×~24), 大会 (向大会报告, 推进大会, 户主大会), 会议, “三说会堂”, 研讨会, 成都大运会
rest('部', ['部门', '部署', '南部', '203部', '全部', '部分', '首部', '干部'], 19)
rest('办', ['举办', '公办', '办理', '办公', '通办', '可办', '办好'], 12)
assert sum(1 for e in d.ents if e['label'] == ORG and '部' in e['text']) == 1        # 水利部
assert sum(1 for e in d.ents if e['label'] == ORG and '办' in e['text']) == 3        # 中央财办, 国务院办公厅, 国家森防指办

# ================================================================ other families
# DEADLINE: the three above. Every time word was read: 2023年/2024年 (headings), 2019年的70% (past),
# 2025年前 (labelled), 今年是… (a description), 全年目标任务 (scope), 年度计划/年度建设名单/年度整改任务
# (no limit), 2000立方米 (a volume), 季度交流机制 (a frequency), 每月2列、每周1列 (frequencies), 提前建成 (past), 3.5%以内 (a
# price cap), 三年 (durations: 三年新冠疫情防控, 连续三年, 三年攻坚, 三年行动 ×2), “十四五”规划目标任务 / “十五五”发展规划
# (plans' names), 建市60周年, 75周年.
assert re.findall(r'20\d\d年?', t) == ['2023年', '2000', '2019年', '2024年', '2025年'], re.findall(r'20\d\d年?', t)
assert t.count('年底') == 2 and t.count('底前') == 1 and t.count('今年') == 1 and t.count('全年') == 1
assert t.count('年度') == 3 and t.count('季度') == 1 and t.count('每月') == 1 and t.count('以内') == 1
assert t.count('提前') == 1 and t.count('三年') == 5
# 年 ×47 (each read): besides the above, 一年/之年/上年/近年来/年收入/年营业收入/30万吨/年/青年/连年/周年
# and the named years “服务业发展年” ×3, “消费促进年”, “大抓落实年” ×2 (campaign names, not limits)
assert t.count('年') == 47 and t.count('服务业发展年') == 3 and t.count('大抓落实年') == 2
# 月 ×5: 790元/月, 625元/月 (amounts), 月月开行 (past), 每月2列 (a frequency); 日 ×2: 过紧日子 ×2
assert t.count('月') == 5 and t.count('日') == 2
for w in ('年内', '月底', '期间', '以前', '之前', '日内', '日前', '到20', '每年', '上半年', '下半年', '年末'):
    assert w not in t, w
# PRINCIPLE: none. No 原则/思路/按照/遵循/本着/根据; 方针 ×1 (党中央、国务院大政方针: no content);
# 要求 ×9: 新定位新要求 (推动), 部署要求 ×2 (落实), 过紧日子要求, 总体要求是, 刚性要求 (落实), 政治要求,
# 重要要求 (践行), 工作要求 (no content) — none adopted by 按照/坚持/遵循/本着/根据;
# 坚持 ×17: headings, 坚持“项目为王”, 坚持“新官要理旧账”, 坚持稳中求进工作总基调, 坚持和发展新时代“枫桥
# 经验”: no 原则/要求/方针/思路 after a quote (v1.1)
for w in ('原则', '思路', '按照', '遵循', '本着', '根据'):
    assert w not in t, w
assert t.count('方针') == 1 and t.count('要求') == 9 and t.count('坚持') == 17
# DOC_TITLE: the three above; 《共同富裕动态》 (a bulletin) and 《雅砻江水天上来》 (a play) are not
assert [t[m.start():t.index('》', m.start()) + 1] for m in re.finditer('《', t)] == [
    '《共同富裕动态》', '《雅砻江水天上来》', '《铁路道岔用钢轨》', '《攀枝花市本级政府投资管理实施细则》', '《中长期铁路网规划》']
# DOC_NO: none (no 〔; 号 only in 国字号, 攀枝花号)
assert '〔' not in t and '[20' not in t and t.count('号') == 2
# STAFFING: none. 编制 ×1 (编制实施…规划: drafting), no 职数; the numbers of people are athletes
# (4691人), persons investigated (25人, 420人) and employment (万人)
assert t.count('编制') == 1 and '职数' not in t
assert re.findall(r'[0-9.]+万?(?:余|多)?[人名]', t) == ['2.06万人', '4691人', '25人', '420人', '1.8万人'], \
    re.findall(r'[0-9.]+万?(?:余|多)?[人名]', t)
# ITEM_COUNT: every number + measure word was read (regex below); the 9 labelled are listed
counts_re = (r'(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:余|多)?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|户|场|套|张|股|块|列|名|人|位|间)')
assert len(re.findall(counts_re, t)) == 118, len(re.findall(counts_re, t))
ic_texts = sorted(e['text'] for e in d.ents if e['label'] == IC)
assert ic_texts == sorted(['40多家', '65项', '6所', '23个', '三大', '402项', '十五条', '7件', '一所']), ic_texts

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 3, 'DOC_NO': 0, 'DOC_TITLE': 3, 'ITEM_COUNT': 9, 'ORG': 50,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
