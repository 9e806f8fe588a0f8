"""Build report_ib.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 绵阳市 (四川), a UTF-8 .txt file of 18,679
characters (168 newlines, no final newline). The source has lost its headings: it is a run of
paragraphs. 各位代表： + the 2023 year paragraph → eight 我们… lead paragraphs, each followed by two to
five paragraphs of results (science and innovation, the real economy, reform and opening, talent,
ecology, towns and villages, safety, livelihood), the government's own work, the fields of work,
thanks, problems → 2024 (the year and 政府工作的总体要求, a paragraph of targets with no time word before
it, 一是…三是 on why, 重点做好八个方面工作 in eight runs of one lead paragraph and three or four
paragraphs) → the government's own work (a lead paragraph and four paragraphs) → closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh16/make_report_ib.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/绵阳.txt'
OUT = 'corpora/gold-fresh16/report_ib.jsonl'
# meta: no header, no session date and no signature; the text opens with 各位代表： and reviews 2023
# (2023年是…的开局之年) and plans 2024 (2024年是实施“十四五”规划的关键一年), so the report is dated by its
# year (reports notes; report_ec, report_gd, report_ha, report_hd). Region: the city is 绵阳 (市人民政府,
# 市委, 全市, 绵阳 throughout); the text names 四川 itself (对四川工作系列重要指示精神, 四川第二大经济体,
# 全省, 省委省政府); the other Sichuan reports have 四川省广元市 / 四川省成都市 / 四川省凉山彝族自治州.
d = AnchoredDoc('fresh16-report-mianyang-2024', SOURCE, {'region': '四川省绵阳市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 18679 and t.count('\n') == 168 and not t.endswith('\n'), (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; ST = 'STAFFING'; DL = 'DEADLINE'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'


def staff(n, unit):
    return {'min': n, 'max': n, 'unit': unit, 'approx': False}


ANCHORS = [
    # ================================================================ opening (2023 review, year paragraph)
    (ORG, '现在，我代表[[市人民政府]]，向大会报告工作', None),
    # 并请市政协委员提出意见: a body modifying people (v1.1), not labelled. 全市政府系统: 全市 + bare 政府
    # (report_gd 在全州政府系统), not ORG
    # the province's party committee as the owner of a strategy (report_hd, the same sentence); 发展战略
    # is not 原则/要求/方针/思路, so no PRINCIPLE
    (ORG, '认真落实[[省委]]“四化同步、城乡融合、五区共兴”发展战略', None),
    (ORG, '在[[市委]]坚强领导下，在市人大', None),
    (ORG, '在[[市人大]]、市政协监督支持下', None),              # subjects of 监督支持 (reports notes)
    (ORG, '在市人大、[[市政协]]监督支持下', None),
    # the body inside its session, term number inside the span (report_eb 市九届人大, report_fb 市十五届
    # 人大, report_gd 州十二届人大, report_hc 市六届人大)
    (ORG, '较好完成[[市八届人大]]三次会议确定的目标任务', None),
    # 同比增长（以下简称增长）: an abbreviation of a word, no body. 一年来 (past): not DEADLINE
    # ================================================================ science and innovation
    # 国防科研院所 (generic, 院所), 5200套 (housing), 双拥模范城“八连冠” (a title): not labelled.
    # 新入驻知名高校7所 / 顶尖创新创业团队15个 (universities and teams joining the "cloud" platforms:
    # facilities and teams of talent, report_ha 人才团队 not counted), 50余项 (needs solved: a result):
    # not counted. 核环境安全技术创新中心, 先进技术成果西部（绵阳）转化中心, 涪江实验室 (platforms and labs:
    # report_hd 先进技术成果西部转化中心 not ORG), 创新平台22个 / 超200个 (platforms): not labelled.
    # 46项科技成果, 成果转化145项 (results: report_ha 科技成果620项), 8.8件 (patents per 10,000 people),
    # 企业 家 throughout; “科创十条” / “金融十条” (quoted names: reports notes), 基金35支: not counted.
    # 首届全国产融合作大会 (an event)
    # ================================================================ real economy
    # 四大特色优势产业 / 八大战略性新兴产业 (industries: domains, v1.1 六大领域), 11个工业园区 (zones),
    # 百强 (rankings), 全省开发区高质量发展现场会 (a meeting): not labelled
    # a body set up (成立) with a body head (report_fa 成立营商环境发展促进中心; report_ha 设立…发展服务中心)
    (ORG, '成立[[现代产业发展促进中心]]，实施', None),
    # “五个一” (quoted), 产业集群各2个, 企业4家/35家/3家, 长虹集团, 九洲电器 (companies), 第二届 (an
    # ordinal) and 四川省天府质量奖 (an award): not labelled
    # the body that gives the incentive (report_ec 获国务院督查表扬激励; report_ha 获省政府督查激励)
    (ORG, '绵阳获评[[国务院]]激励工业稳增长', None),
    # 第五批 (an ordinal), 第66位 / 4位 (ranks): not labelled
    # 连续四个季度 (past), 超1000家 (enterprises), 国家骨干冷链物流基地 (a facility), 金融机构 (generic),
    # 沪深北交易所…服务基地 (exchanges, a facility), 超600场 / 14场 (events), 五一、端午、中秋国庆期间 (past
    # holidays), 2019年同期 (a baseline), 2023中国（西部）健康食品博览会 (an event's name): not labelled
    # 385.3万头, 产品名录5个, 品牌名单2个, 现代农业园区5个 (products, brands, designations), 国家区域畜禽
    # （生猪）种业创新中心 (a platform), 种公猪站 (a facility): not labelled
    # 404个省市重点项目 (projects; 年度投资计划: past, no due point), 连续8年 (past): not labelled
    # 2023数字百强市 (a ranking), 城市智脑一期 (a phase), 中国移动川北算力网络中心 (a company's computing
    # centre: seventh session, data centres are not bodies), 企业2家/7家, 典型案例2个, 标杆项目1个: not labelled
    # ================================================================ reform and opening
    # 57项国省改革试点 (pilots: reports notes 新争创国家级改革试点, report_eb 29项国省改革试点) and 50余项改革
    # 经验在国省推广 (results: reports notes 70项滨州经验): not counted.
    # the city's own sets of reforms (reports notes: own task lists, 50项改革“破零”事项; report_fb 实施20项
    # “微改革”) (README call 5)
    (IC, '国省推广，[[10项]]重点自主创新改革', ic(10, '项')),
    (IC, '重点自主创新改革、[[5项]]“微改革”', ic(5, '项')),
    # 医疗两项改革 (a fixed name: reports notes 两项改革); 省委主要领导肯定性批示 (a body modifying people,
    # v1.1; report_ha), not labelled
    (ORG, '全面创新改革工作获[[省政府]]督查激励', None),
    # tasks the city took on from the national lists (report_hd 210项国家改革试点任务; report_ec 承担的17项…
    # 重点任务) (README call 5)
    (IC, '督查激励，[[4项]]国家发榜任务通过验收', ic(4, '项')),
    (IC, '通过验收，[[3项]]新揭榜任务扎实推进', ic(3, '项')),
    # 20个“中国改革2023年度…案例” / 全国7个县域案例 (cases selected: results; 2023年度 is in a name): not
    # labelled. 坚持“举涪江旗帜、聚流域力量、乘协作东风、建区域中心”: a quoted formula after 坚持 with no
    # 原则/要求/方针/思路 (v1.1), not PRINCIPLE. 研讨会等活动20余场次 (events): not counted
    # agreements signed: documents a measure sets up (report_hd 7个合作协议); 余 as min (report_fa 140余项)
    (IC, '签署合作协议[[20余个]]', ic(20, '个', min=20, max=None)),
    # service items handled across borders (reports notes 事项; report_hd 311项“川渝通办”事项)
    (IC, '[[859项]]政务服务事项实现川渝通办', ic(859, '项')),
    # the list of test items made mutually recognised (report_ec 116项, report_eb 百余项)
    (IC, '遂宁等地实现[[112项]]医疗检查检验结果互认', ic(112, '项')),
    # 5000余万人 (people served), 党政联席会议 (a meeting), 67列 (trains), 航线55条, A1类 (a grade), 第十一届
    # 科博会 (an event), 3000余件 (products), 项目54个/255个/161个/4个 (projects): not labelled
    (ORG, '“百日攻坚”行动中被[[省政府]]通报表扬', None),       # the body that commends
    # “百日攻坚” (a campaign's name), 格鲁吉亚海外仓 (a facility): not DEADLINE / ORG
    # a package of measures the city issues, unquoted after a quoted name (report_gd “转企升规”十条措施;
    # reports notes 促消费20条措施)
    (IC, '“有需必应、无事不扰”营商环境[[19条]]措施', ic(19, '条')),
    # 专题座谈会192场 (events), 解决问题3500余个 (results), “一件事一次办” (a quoted name): not labelled
    (ORG, '在全省率先成立[[民营经济发展促进中心]]', None),       # a body set up (成立)
    # ================================================================ talent
    # 3万余名 (talent attraction: reports notes), 国家科技领军人才创新驱动中心（绵阳）启动建设 (a platform
    # being built: report_ec decision 8), 市级储备人才专项事业编制周转池 (a pool of posts, no number), 聘任制
    # 公务员招聘 (no number): not labelled.
    # people the government engages (聘请): personnel recruited (guidelines STAFFING; report_ha 聘请12名
    # 招商顾问, 聘任40名“营商环境体验官”) (README call 4)
    (ST, '聘请[[122名]]科技城招才引智大使', staff(122, '名')),
    # 200余场次 (events); 学术技术带头人50名 / 技术能手113名 (talent selected: honourees, reports notes),
    # 博士后科研流动站3个 / 院士（专家）工作站1个 (platforms: report_gd), 16.4万人 (students), 技能人才5000余名
    # (training), 产教联合体 (an alliance), 人力资源服务产业园 (a park), 企业89家, 2.5万余人次, 第五届 (an
    # ordinal), 技能大师工作室2个 / 培训基地1个 (platforms), 人才股权投资基金 / 科技城人才之家 / 人才网 / 人才卡
    # 1535张 / 人才公寓1000余套: not labelled
    # ================================================================ ecology
    # “两山”理念 (理念), 三年行动 (a programme's length): not labelled.
    # three packages of measures issued (reports notes 促消费20条措施; report_ec 35条)
    (IC, '出台大气污染防治[[18条]]硬措施', ic(18, '条')),
    (IC, '臭氧污染防治[[36条]]措施', ic(36, '条')),
    (IC, '颗粒物污染防治[[26条]]措施', ic(26, '条')),
    # “三水共治”, “无废城市”; 中央生态环境保护督察 (中央 has no body head, v1.1); 中国大熊猫保护研究中心绵阳
    # 基地 (a research base); “四大结构”三年行动 (quoted; a duration); 8个省级园区 / 绿色工业园区2个 (zones),
    # 绿色工厂7家 (designations): not labelled
    # ================================================================ towns and villages
    # 口袋公园50个, 老旧小区452个, 5399套, 电梯476部, 内涝点105处, 试点4个 (facilities, designations);
    # 百强县（区）第59位/第89位, 连续5年/连续2年 (past); 39个试点乡镇 (territories), 项目175个, 500强 / 50强
    # 2个 / 5个 / 产业强镇4个 / 百强中心镇2个 (towns and designations): not labelled
    # the task list of the Shiyi village demonstration area (reports notes: own task lists, 256项重点工作);
    # 完成62项 is the result on that list (reports notes: results are not counted) (README call 6)
    (IC, '石椅村片区示范建设，[[70项]]重点任务完成62项', ic(70, '项')),
    # 成立绵阳乡村振兴学校 (a school: a facility, not ORG), 近千人 (trainees)
    # an unquoted N大 before the actions (seventh session: N大 before actions; report_gd 六大专项整治行动)
    (IC, '实施乡村振兴[[八大]]专项行动', ic(8, '大')),
    # 坚持“四个不摘” (a quoted name, no 原则); 全省39个欠发达县域 (territories), …工作推进会 (a meeting);
    # 落实托底性帮扶“十条措施”: the count is inside the quotes, a quoted name (report_gd “十一条措施”,
    # “十八条措施” not counted), unlike report_gd / report_hd's unquoted 托底性帮扶十条措施 (README call 7);
    # “4+1+2”, 31个合作项目 (projects): not labelled
    # ================================================================ safety
    # 市县 as one compound level (shandong-part1 市县党委; report_ga 市县水质联合巡护队); the 安委会 inside a
    # longer non-ORG phrase (…“双主任”制度) is labelled on its own (v1.1) (README call 3)
    (ORG, '建立[[市县安委会]]“双主任”制度', None),
    # a two-level prefix before one body type stays in one ORG (reports notes 市县两级法智护航中心; report_gd
    # 州、县(市)两级疾病预防控制局; report_gd 州安办 as the work-safety committee office) (README call 3)
    (ORG, '推进[[市县两级安办]]实战化运行', None),
    # 重大事故隐患专项排查整治2023行动 (a campaign's name), 55个新兴行业领域 (domains), 近二十年来 / 连续35年
    # (past), 15次 (events), 自建房安全管理规定 (no 《》): not labelled
    # “全力攻坚、决胜全年” (a quoted slogan), 上市公司 (companies): not labelled
    (IC, '出台促进房地产市场平稳健康发展[[18条]]措施。', ic(18, '条')),      # a package of measures
    # 全市地方政府债务 (地方政府: generic)
    # the police anti-fraud centre, an existing body strengthened (持续强化), with a body head (README call 2)
    (ORG, '持续强化[[反诈中心]]建设', None),
    # “i绵阳·爱家园”基层智慧治理平台 (a platform); the hotline centre is the body that wins the title (a
    # public institution with staff, unlike a hotline number: report_ha 12345…热线平台) (README call 2);
    # 人民网 (a media outlet) and the quoted title “民心汇聚单位”: not labelled
    (ORG, '以信息化手段为群众解难。[[市长热线中心]]获评', None),
    # 中央“治重化积”专项工作 (中央: no body head); 示范镇（街道）4个、社区14个 (designations): not counted
    # ================================================================ livelihood
    # the list of livelihood matters (reports notes 158件民生实事; report_gd 25件)
    (IC, '扎实办好[[51件]]民生实事', ic(51, '件')),
    # 5.3万人 (employment), 11万余人次, 183.1万人次 (beneficiaries), 8190套 (housing): not labelled
    # schools built (reports notes; report_gd 54所, report_ha 4所)
    (IC, '改扩建公办幼儿园[[9所]]', ic(9, '所')),
    (IC, '义务教育学校[[40所]]。', ic(40, '所')),
    # principals and teachers rotated between schools: staff placed (guidelines STAFFING; report_fa 一线
    # 教师跨校交流182人); 培育优秀校长171名 (training): not STAFFING (README call 4)
    (ST, '交流优秀校长、教师[[1318名]]', staff(1318, '名')),
    # schools a measure acts on: the strong schools that lead and the weak schools led (reports notes 120所
    # 乡镇薄弱学校纳入集团化管理; report_fb 242所乡村学校结对; report_gd 托管帮扶…7所) (README call 8)
    (IC, '[[63所]]优质学校领办', ic(63, '所')),
    (IC, '优质学校领办[[326所]]薄弱学校', ic(326, '所')),
    # 50名高中生 (pupils), 100余场次 (events), 超105万人次: not labelled
    (IC, '医疗机构检查检验实现[[157项]]结果互认', ic(157, '项')),   # as 112项 above
    # 20万人次, 3000余万元: not labelled.
    # hospitals in the credit-based care scheme: medical institutions a measure acts on (report_hd 50家医疗
    # 卫生机构实现…互通共享; report_ec 30家医疗机构) (README call 8)
    (IC, '[[12家]]市县大型医院提供信用就医服务', ic(12, '家')),
    # 3.7万人次, 3.5亿元, “一村一月一义诊” (a quoted name; 一月 is not a date), 1.2万余场, 51万余人次: not
    # labelled
    # the city's list of cultural programmes (reports notes: own lists; report_ec 十项民生工程, report_hd
    # 十大工程) (README call 8)
    (IC, '中医药文化传承发展等[[17项]]文化传承创新工程', ic(17, '项')),
    # 三年提升行动 (a duration), 《将进酒》 (a musical), 巡演48场 (performances), “国家艺术院团演出演播季” (a
    # programme's name), 《李白》 (a documentary) and 8个作品 (works), “五个一工程”奖 (an award), 乡村文艺
    # 人才46名 (talent): not labelled; 《将进酒》 and 《李白》 are works of art, not DOC_TITLE
    # ================================================================ the government's own work (review)
    # “两个确立” / “两个维护” (quoted names); 市政府班子 (the government's leading team: a body modifying people,
    # v1.1; report_fa 政府班子成员), 1个调研课题和2个正反面案例 (topics and cases): not labelled
    (ORG, '主动接受[[市人大]]法律监督和市政协民主监督', None),   # subjects that supervise (report_hd)
    (ORG, '主动接受市人大法律监督和[[市政协]]民主监督', None),
    (ORG, '提请[[市人大常委会]]审议法规草案3件', None),            # one ORG, longest name (report_hd)
    # regulations submitted (report_hd 审议地方性法规6件; report_fb 草案4件)
    (IC, '提请市人大常委会审议法规草案[[3件]]', ic(3, '件')),
    # 183件人大代表建议、261件政协提案 (people; handled proposals), 人大代表、政协委员 (people): not labelled.
    # “一线工作法”, “部署、落实、督查、反馈、改进”工作闭环, “一岗双责” (quoted names, no 原则), 2500万元,
    # 3.06%: not labelled
    (ORG, '推动审计监督全覆盖，[[省委]]巡视', None),               # a body inside a longer phrase (report_ha)
    # ---------------------------------------------------------------- fields of work
    # mass organisations named as fields of work are ORG (reports notes 工会、红十字会…等事业; report_eb 文联、
    # 社科联、作协、友协、侨联; report_ea 侨联). 青年, 妇女儿童, 贸促 (no 会), 残疾人, 慈善, 红十字 (no 会),
    # and the fields before 等工作 (国防动员…机关事务…地方志, 住房公积金) have no body head; 供销合作社 is a
    # cooperative (v1.1 合作社; report_eb), 地震纪念馆 a museum: not ORG
    (ORG, '取得新成效，[[工会]]、青年、妇女儿童', None),
    (ORG, '妇女儿童、[[工商联]]、文联、社科联', None),
    (ORG, '妇女儿童、工商联、[[文联]]、社科联', None),
    (ORG, '工商联、文联、[[社科联]]、侨联', None),
    (ORG, '文联、社科联、[[侨联]]、科协', None),
    (ORG, '社科联、侨联、[[科协]]、友协', None),
    (ORG, '侨联、科协、[[友协]]、贸促', None),
    # ================================================================ thanks
    # 党中央国务院、省委省政府和市委: names written without a mark give one ORG each (report_ec, report_gd,
    # report_hd); 党中央 has no body head (v1.1 中央)
    (ORG, '是党中央[[国务院]]、省委省政府和市委坚强领导的结果', None),
    (ORG, '是党中央国务院、[[省委]]省政府和市委坚强领导的结果', None),
    (ORG, '是党中央国务院、省委[[省政府]]和市委坚强领导的结果', None),
    (ORG, '是党中央国务院、省委省政府和[[市委]]坚强领导的结果', None),
    # 市人大及其常委会: the 常委会 after a definite 市人大 is a definite short form (v1.2; report_gd, report_hd)
    (ORG, '是在[[市人大]]及其常委会、市政协', None),
    (ORG, '是在市人大及其[[常委会]]、市政协', None),
    (ORG, '是在市人大及其常委会、[[市政协]]和人大代表', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市人民', None),
    # 人大代表、政协委员 (people); 各民主党派, 各人民团体, 中央和省驻绵单位 (vague), 驻绵人民解放军, 武警官兵,
    # 公安干警, 消防救援人员 (armed forces and people): not ORG. 工商联 in the thanks list (reports notes)
    (ORG, '向各民主党派、[[工商联]]和无党派人士', None),
    # ================================================================ 2024
    # 2024年是实施“十四五”规划的关键一年 (a description), 做好今年工作至关重要 (no target follows), 政府工作的
    # 总体要求是 (an unquoted outline), 稳中求进工作总基调 (unquoted, 基调): not DEADLINE / PRINCIPLE.
    # the bodies of the work conferences (reports notes: 省委、市委经济工作会议 → the bodies); 中央 has no
    # body head (v1.1)
    (ORG, '二中全会精神和中央、[[省委]]、市委经济工作会议', None),
    (ORG, '二中全会精神和中央、省委、[[市委]]经济工作会议', None),
    # the targets (地区生产总值增长7%左右…) are headed by no time expression (report_ec: 主要预期目标建议
    # without 今年 → no DEADLINE); 八个方面 (aspects): not counted
    (ORG, '党中央、[[国务院]]和省委、省政府关心支持', None),
    (ORG, '党中央、国务院和[[省委]]、省政府关心支持', None),
    (ORG, '党中央、国务院和省委、[[省政府]]关心支持', None),
    # ---------------------------------------------------------------- science city
    # 院（校）地合作及服务保障工作联席会议制度 (a meeting system), 在绵部队 (armed forces), “招院引所” (a
    # quoted slogan), 攻关10项以上 (research tasks: report_hd 科研攻关100项), 高校10所以上 / 创新团队15个以上 /
    # 创新平台20个以上 (as in the review), 国省重点实验室, 涪江实验室, 天府实验室 (labs), 天府产业技术研究院
    # (组建: a research institute, reports notes), 涪江科创港 (a place), 省级创新联合体 (an alliance), 企业300家
    # 以上 / 120家以上: not labelled
    # 科技成果150项以上 (results), 国家军民两用技术交易中心 (a trading centre: seventh session), 西部科学城技术
    # 交易联盟 / 科技成果转化生态合作联盟 (alliances), 中物院 (a research academy: report_ha 农科院), 长虹集团,
    # 九洲电器, 华尔科技… (companies), 产业园 (parks), 项目20个: not labelled
    # “人才十条”“科创十条”“金融十条” (quoted names), 科技城人才发展集团 (a company), 人才公寓1000套以上,
    # 人才3万名以上 / 博士400名以上 / 硕士5000名以上 (talent attraction: reports notes), 暂行办法 (no 《》),
    # 农行绵阳科技支行 (a bank branch: economic entity, v1.1): not labelled
    # ---------------------------------------------------------------- industry
    # 编制实施…规划 (drafting, not 编制 posts), 1个百分点 / 2个百分点 (percentage points), 11个国省级园区 /
    # 园区2个 / 1个 / 1个 (zones), 盐亭巨龙化工园区 (a zone)
    # a command headquarters for the industrial system: a standing coordination body with a body head
    # (部; like a leading group) (README call 1)
    (ORG, '发挥[[现代化产业体系工作指挥部]]作用', None),
    # 四大特色优势产业提质倍增工程 / 八大战略性新兴产业集群成链工程 (the N大 count industries: domains, v1.1),
    # 企业40家/90家/8家/2家/100家/2家/5家以上/300家以上/3家以上, 长虹, 九洲, 京东方, 惠科 (companies),
    # 科技城中央商业贸易集聚区 (a zone), 物流提升年行动 (a campaign year), 金融机构 (generic), 三大百亿级特色
    # 产业品牌 (brands: report_hd 示范品牌), “百城千店” (quoted): not labelled
    # 360万头以上, 园区5个以上, 种业园区3个, 品牌5个以上, 川北地区种质资源库 (a facility), 三年行动: not
    # labelled. 企业1家 / 2家, 组建数字产业集团 (a company): not labelled
    # ---------------------------------------------------------------- investment, consumption, trade
    # 储备项目不低于1000个 / 335个省市重点项目 (projects), 850亿元以上年度投资任务 (an annual amount, no due
    # point), 工业项目年行动 / 服务业项目投资年活动 / “消费促进年” (campaign years), 政府投资 / 政府和社会资本
    # (bare 政府), “三张清单” (quoted), 500场次以上 / 3场以上 (events), 企业超330家, 全年进出口总额 (the scope of
    # an annual total: report_hd, report_ec decision 6), 组建国际班列公司 (a company), 绵阳组货基地: not labelled
    # ---------------------------------------------------------------- opening up
    # 科技城新区 (a zone), “三个明显成效” (quoted), 百亿级产业投资引导基金 (a fund), 航线1条以上 (routes),
    # 铁路海关监管作业场所 (a facility; bare 海关: report_gc), 第十二届科博会 (an event), 组建招商公司、招商
    # 联盟 (a company, an alliance), 项目超120个: not labelled. 优化营商环境“五大行动” (quoted: report_eb)
    (ORG, '发挥[[民营经济发展促进中心]]作用', None),
    # ---------------------------------------------------------------- towns and villages (plan)
    # the bodies of the plenums (reports notes; report_gd 省委十二届…全会 → 省委). 围绕“兴产业、活要素、优服务、
    # 强治理” (verb 围绕, no 原则): not PRINCIPLE
    (ORG, '认真落实[[省委]]十二届四次全会', None),
    (ORG, '十二届四次全会、[[市委]]八届七次全会', None),
    # 老旧小区460个, 1323套, 电梯300部, 口袋公园52个 (facilities), “两江四岸”…三年行动, 创新馆、科技馆
    # (venues), 县城提能“四大行动” (quoted: report_hc): not labelled
    # the list of ten livelihood programmes for county towns (report_ec and report_gd: the same wording)
    (IC, '实施县城精修细补[[十项]]民生工程', ic(10, '项')),
    # 全国百强县（区） (a ranking), 500强 / 50强, 产业强镇2个以上 / 百强中心镇3个以上 (designations), 一批小
    # 公园, 160公里, 示范村50个 / 100个 (villages), “三大革命” (quoted), 5万户, 示范社30个 / 示范场100个
    # (designations), 村达900个 / 70个 (villages): not labelled
    # ---------------------------------------------------------------- ecology (plan)
    # 中央生态环境保护督察 (中央 no body head), 大熊猫国家公园 (a park), “碳达峰八大行动” / “四大结构” (quoted:
    # report_ec, report_hd), 技改项目15个 (projects): not labelled
    # ---------------------------------------------------------------- livelihood (plan)
    # 135万人以上 / 4.7万人以上 (employment), 5537套 (housing), 1099户 / 2600户 (households), 老年幸福餐厅27个
    # (facilities), 三年行动 (a duration), 托位800个 (places): not labelled
    # childcare institutions added (report_gd 新增托育服务机构218家; report_fb 210家)
    (IC, '新增普惠托育服务机构[[12家]]', ic(12, '家')),
    # 学前三年 (a school stage), universities and colleges (西南科技大学, 绵阳师范学院, 绵阳职业技术学院,
    # 四川幼儿师范高等专科学校, 四川中医药高等专科学校), 硕士学位授权单位 (a status), 国家病媒生物防治实验室
    # (a lab), museums and theatres (绵州大剧院, 虹苑剧场, 绵阳市博物馆, 李白纪念馆, 两弹城博物馆): not ORG.
    (DT, '推动出台《[[绵阳市历史文化遗址保护条例]]》', None),          # a regulation
    # 组建新闻传媒中心: a media outlet (guidelines ORG "No"; report_gb 融媒体中心) (README call 2)
    # ---------------------------------------------------------------- safety (plan)
    (IC, '落实促进房地产市场平稳健康发展[[18条]]措施，', ic(18, '条')),    # the same package as above
    # a committee the city sets up (建立) with a specific body head; 行业领域 names the tier of committees it
    # belongs to and stays in the span (longest name) (README call 1)
    (ORG, '建立[[行业领域安全生产专业委员会]]', None),
    # 全省航空应急救援绵阳基地, 人防核心疏散基地 (facilities), “四级包保” (quoted), “枫桥经验” / “浦江经验”,
    # “八五”普法 (a plan's name), 第五次全国经济普查 (an ordinal), 群团组织 / 社会组织 (generic): not labelled
    # ================================================================ the government's own work (plan)
    # 践行习近平总书记“四个抓落实”重要要求: the verb is 践行, not 按照/坚持/遵循/本着/根据 (report_ha: 落实“…”
    # 要求 not labelled; report_gd labelled the same formula only after 按照) (README call 9)
    (ORG, '党中央和[[省委]]、市委关心什么', None),
    (ORG, '党中央和省委、[[市委]]关心什么', None),
    (ORG, '以高度自觉抓好[[省委]]巡视', None),
    # 重大行政决策程序规定 (no 《》), 府院、府检联动 (report_fc), 人大法律监督 / 政协民主监督 / 人大代表建议和政协
    # 提案 (bare bodies, people; reports notes): not labelled
    # 城市智脑二期 / 数字化政务工程二期 (phases), 智慧城市运营中心 (a platform): not labelled.
    # the government service centre as a body (report_ha 新政务服务中心完成整合搬迁; report-ax 市政务服务中心)
    (ORG, '完成[[市政务服务中心]]搬迁', None),
    # 政府部门 (generic head), 中央、省市转变作风规定 (中央 no head; 省市 is no name), “四下基层”, “新、快、实、
    # 真、严”优良作风 (quoted; 作风), 落实过紧日子要求 (unquoted): not labelled
    # ================================================================ closing
    (ORG, '在党中央[[国务院]]、省委省政府和市委的坚强领导下', None),
    (ORG, '在党中央国务院、[[省委]]省政府和市委的坚强领导下', None),
    (ORG, '在党中央国务院、省委[[省政府]]和市委的坚强领导下', None),
    (ORG, '在党中央国务院、省委省政府和[[市委]]的坚强领导下', None),
]

for a in ANCHORS:
    label, anchor, norm = a[:3]
    d.ctx(label, anchor, n=a[3] if len(a) > 3 else 1, norm=norm)

# ================================================================ every body word accounted for
d.check_all('人民政府', 2, 2)
d.check_all('省政府', 5, 5)
d.check_all('市委', 6, 6)
d.check_all('国务院', 4, 4)
d.check_all('市人大', 4, 4)                         # 市人大 ×3, 市人大常委会 (市八届人大 has 届 between)
d.check_all('常委会', 2, 2)                         # 市人大常委会, 常委会 (市人大及其常委会)
d.check_all('委员会', 1, 1)                         # 行业领域安全生产专业委员会
d.check_all('工会', 1, 1)
d.check_all('工商联', 2, 2)
# bare 政府 (v1.1): 政府系统, 法治政府, 政府投资, 数字政府, 政府部门 …; 地方政府 (generic); 全市 + 政府系统 and
# 市政府班子 (the leading team: people, v1.1; report_fa 政府班子成员)
d.check_all('政府', 32, 7, ['战，全市[政府]系统坚', '全市地方[政府]债务风', '教育，市[政府]班子带', '之风引领[政府]系统主', '加强法治[政府]建设，', '化办公，[政府]效能持', '纵深推进[政府]系统全', '关重要。[政府]工作的', '发挥[政府]投资带', '程。规范[政府]投资运', '整合壮大[政府]投资基', '金。落实[政府]和社会', '向往作为[政府]工作的', '严格地方[政府]债务限', '全面提升[政府]治理能', '平，推动[政府]自身建', '领导贯穿[政府]工作全', '落实作为[政府]工作的', '署什么，[政府]就坚定', '定。深化[政府]法律顾', '开，提升[政府]公信力', '建设数字[政府]，稳步', '全面推行[政府]履职和', '目。强化[政府]部门协', '不移推进[政府]系统全'])
# 省委主要领导 (people, v1.1)
d.check_all('省委', 10, 9, ['做法得到[省委]主要领'])
# 全市政府系统 (全市 + bare 政府系统), 市政府班子 (people)
d.check_all('市政府', 2, 0, ['挑战，全[市政府]系统坚', '题教育，[市政府]班子带'])
# proposals and people (reports notes), bare 人大法律监督 (v1.2)
d.check_all('人大', 11, 5, ['183件[人大]代表建', '创新开展[人大]代表、', '市政协和[人大]代表、', '，向各位[人大]代表、', '依法接受[人大]法律监', '督。提高[人大]代表建'])
# people and proposals, bare 政协民主监督
d.check_all('政协', 10, 3, ['，并请市[政协]委员提', '261件[政协]提案全', '[政协]委员监督民', '[政协]委员监督支', '大代表、[政协]委员，', '自觉接受[政协]民主监', '表建议和[政协]提案办'])
# 政协委员 (people), 省委主要领导 (people)
d.check_all('委', 24, 19, ['请市政协[委]员提出', '法得到省[委]主要领', '、政协[委]员监督民', '、政协[委]员监督支', '表、政协[委]员，向'])
# no body head (v1.1): 党中央, 中央生态环境保护督察, 中央和省驻绵单位, 科技城中央商业贸易集聚区 …
d.check_all('中央', 13, 0, ['续加大，[中央]生态环', '大化解，[中央]“治重', '彻落实党[中央]决策部', '果，是党[中央]国务院', '团体，向[中央]和省驻', '会精神和[中央]、省委', '三城，党[中央]、国务', '设科技城[中央]商业贸', '碰硬抓好[中央]生态环', '要求，党[中央]和省委', '不舍落实[中央]、省市', '核心的党[中央]周围，', '围，在党[中央]国务院'])
# 副中心 / 中心城区 / 中心镇 (places), platforms and labs (技术创新中心, 转化中心, 种业创新中心, 创新驱动中心,
# 研究中心…基地), a computing centre, a trading centre, 选品中心 / 智慧城市运营中心 (facilities, platforms),
# 新闻传媒中心 (a media outlet: README call 2), 以人民为中心 / 中心工作
d.check_all('中心', 36, 6, ['造成渝副[中心]，推动', '技术创新[中心]、先进', '阳）转化[中心]、涪江', '种业创新[中心]、西部', '算力网络[中心]落地绵', '、建区域[中心]”，涪', '创新驱动[中心]（绵阳', '[中心]绵阳基地。', '[中心]城区建', '省级百强[中心]镇2个', '以人民为[中心]的发展', '建设这一[中心]工作和', '造成渝副[中心]。', '渝科创副[中心]建设取', '技术交易[中心]牵头组', '域经济副[中心]和成渝', '渝经济副[中心]、金融', '、金融副[中心]建设取', '渝消费副[中心]建设取', '造”选品[中心]。办好', '设市域副[中心]。增强', '省级百强[中心]镇3个', '有条件的[中心]镇建设', '设县域副[中心]。完善', '确保完成[中心]城区空', '[中心]绵阳基地，', '化医疗副[中心]建设取', '新闻传媒[中心]。实施', '城市运营[中心]和“无', '造成渝副[中心]，奋力'])
# 格局, 布局, 开局, 变局, 大局, 局面
d.check_all('局', 11, 0, ['精神的开[局]之年，', '现良好开[局]。全年', '新发展格[局]，探索', '新发展格[局]，聚焦', '界百年变[局]全方位', '国全省大[局]展现绵', '接互补格[局]。', '流工程布[局]绵阳。', '新安全格[局]保障新', '新发展格[局]。', '、开创新[局]面。'])
# 餐厅
d.check_all('厅', 1, 0, ['年幸福餐[厅]27个'])
# verbs and 公办: 举办, 通办, 办结, 办好, 督办, 办公, 办法, 办学, 办理; 市县两级安办 only
d.check_all('办', 34, 1, ['。成功举[办]首届全', '。成功举[办]202', '现川渝通[办]、绵碚', '、绵碚通[办]、涪江', '、涪江通[办]。与重', '会成功举[办]，30', '盖面，举[办]“优化', '件事一次[办]”集成', '“一网通[办]”成绩', '赛成功举[办]。职业', '项工作交[办]案件全', '案件全部[办]结。获', '扎实[办]好51', '改扩建公[办]幼儿园', '质学校领[办]326', '首位。举[办]各类群', '节成功举[办]，绵阳', '全部按时[办]结，创', '化督查督[办]，形成', '化无纸化[办]公，政', '管理暂行[办]法。推', '高水平举[办]第二届', '品中心。[办]好优秀', '计划，举[办]“绵品', '务服务通[办]事项。', '。高水平[办]好第十', '，挂牌督[办]营商环', '之策、多[办]惠民之', '用情用力[办]好省市', '学校集中[办]学，推', '政协提案[办]理水平', '“一网通[办]”能力', '作督查督[办]力度，'])
# 西部/东西部, 部署, 干部, 全部, 部分, 部队, 电梯 部, 政府部门; 现代化产业体系工作指挥部 only
d.check_all('部', 32, 1, ['术成果西[部]（绵阳', '、为中西[部]唯一入', '3中国（西[部]', '中心、西[部]最大共', '工476[部]。更新', '强暨西[部]50强2', '强暨西[部]50强5', '测对象全[部]落实帮', '衢绵东西[部]协作持', '办案件全[部]办结。', '3位、西[部]地区首', '中央决策[部]署。扎', '协提案全[部]按时办', '续转变干[部]作风，', '，形成“[部]署、落', '较突出，[部]分干部', '，部分干[部]能力素', '会议决策[部]署，坚', '，为在绵[部]队提供', '头组建西[部]科学城', '%。前瞻[部]署新一', '届中国（西[部]', '，推动西[部]陆海新', '，推动西[部]科学城', '济带、西[部]陆海新', '梯300[部]。扎实', '0强、西[部]50强', '衢绵东西[部]协作，', '调什么、[部]署什么', '强化政府[部]门协同', '负，让干[部]群众的'])
# generic head
d.check_all('部门', 1, 0, ['强化政府[部门]协同配'])
# 机关事务 (a field of work)
d.check_all('机关', 1, 0, ['播影视、[机关]事务、'])
# generic: 金融机构, 医疗机构, 托育服务机构 (counted, not ORG)
d.check_all('机构', 5, 0, ['设。金融[机构]本外币', '域内医疗[机构]检查检', '开展金融[机构]梯次招', '力争金融[机构]本外币', '托育服务[机构]12家'])
# a quoted title, 驻绵单位 (vague), 企业（单位）, 学位授权单位
d.check_all('单位', 4, 0, ['民心汇聚[单位]”。开', '和省驻绵[单位]，向驻', '）企业（[单位]）30', '学位授权[单位]、绵阳'])
# a verb, 群团组织 / 社会组织 (generic)
d.check_all('组织', 3, 0, ['，常态化[组织]在绵骨', '支持群团[组织]和社会', '织和社会[组织]更好发'])
# facilities and platforms
d.check_all('站', 5, 0, ['享种公猪[站]建成投', '科研流动[站]3个、', '家）工作[站]1个。', '才提供一[站]式综合', '富乐变电[站]扩建、'])
# 院所 (generic), schools counted, 交易所, 各尽所能, 场所, 厕所
d.check_all('所', 16, 0, ['防科研院[所]重大项', '名高校7[所]、顶尖', '深北交易[所]绵阳资', '人才各尽[所]能、各', '能、各展[所]长、各', '幼儿园9[所]、义务', '学校40[所]。大力', '名，63[所]优质学', '办326[所]薄弱学', '战的现实[所]需。当', '防科研院[所]困难问', '“招院引[所]”，深', '高校10[所]以上、', '访科研院[所]、高校', '管作业场[所]。编制', '入推进厕[所]、垃圾'])
# 军队 / 部队 (armed forces), 团队 (teams of talent)
d.check_all('队', 4, 0, ['国防和军[队]现代化', '新创业团[队]15个', '为在绵部[队]提供高', '地创新团[队]15个'])
# 院所, 院士, 院校, hospitals, 院团, 研究院, 中物院 (a research academy: report_ha 农科院), colleges, 剧院,
# 府院; the four inside ORGs are 国务院
d.check_all('院', 19, 4, ['国防科研[院]所重大', '个、省级[院]士（专', '与中高职[院]校“订', '县大型医[院]提供信', '国家艺术[院]团演出', '深化[院]（校）', '国防科研[院]所困难', '开展“招[院]引所”', '技术研究[院]。启动', '走访科研[院]所、高', '支持中物[院]建设科', '阳师范学[院]建设硕', '业技术学[院]“达标', '绵州大剧[院]、虹苑', '效运行府[院]、府检'])
# 团队, companies (集团), 院团, 人民团体, 团结, 群团
d.check_all('团', 11, 0, ['创新创业[团]队15', '，长虹集[团]重返前', '家艺术院[团]演出演', '向各人民[团]体，向', '落地创新[团]队15', '持长虹集[团]、九洲', '才发展集[团]拓展人', '字产业集[团]，培育', '巩固民族[团]结、促', '。支持群[团]组织和', '加紧密地[团]结在以'])
# 组建 (verbs), 重组, 组织, 组货
d.check_all('组', 16, 0, ['创新平台[组]建成立', '[组]建规模', '。优化重[组]环境友', '创新资源[组]建天府', '闪光牵头[组]建省级', '，常态化[组]织在绵', '中心牵头[组]建西部', '景2家。[组]建数字', '4亿元。[组]建国际', '班列绵阳[组]货基地', '战略性重[组]和专业', '展，整合[组]建百亿', '”活动。[组]建招商', '博物馆。[组]建新闻', '支持群团[组]织和社', '织和社会[组]织更好'])
# 互联网, 联席会议, 联合体, 联盟, 星联网, 网联, 联动, 联系; 工商联 ×2, 文联, 社科联, 侨联 inside ORGs
d.check_all('联', 24, 5, ['+工业互[联]网”标', '虹工业互[联]网平台', '级工业互[联]网“双', '四川党政[联]席会议', '技城产教[联]合体入', '市域产教[联]合体培', '保障工作[联]席会议', '省级创新[联]合体。', '技术交易[联]盟。支', '生态合作[联]盟，落', '块链、星[联]网等新', '范智能网[联]汽车道', '补、协调[联]动、联', '调联动、[联]系紧密', '地区经济[联]动，加', '司、招商[联]盟，全', '提升区域[联]动性。', '市域产教[联]合体和', '院、府检[联]动机制'])
# 协作, 协同, 协议, 协调, 政协委员 / 政协提案 / bare 政协; 市政协 ×3, 科协, 友协 inside ORGs
d.check_all('协', 24, 5, ['并请市政[协]委员提', '力量、乘[协]作东风', '渝九地[协]同发展步', '签署合作[协]议20', '方公里。[协]同推进', '绵东西部[协]作持续', '61件政[协]提案全', '[协]委员监督民', '[协]委员监督支', '代表、政[协]委员，', '军地军民[协]同、政', '领域军民[协]同创新', '渝九地[协]同发展为', '渝绵科技[协]同发展', '势互补、[协]调联动', '绵东西部[协]作，抓', '觉接受政[协]民主监', '建议和政[协]提案办', '政府部门[协]同配合'])
# labs and studios (platforms)
d.check_all('室', 6, 0, ['涪江实验[室]等高能', '大师工作[室]2个、', '重点实验[室]。争取', '涪江实验[室]纳入天', '天府实验[室]序列，', '防治实验[室]。确保'])
# venues and museums
d.check_all('馆', 9, 0, ['共体育场[馆]开放服', '地震纪念[馆]等工作', '运营创新[馆]、科技', '馆、科技[馆]，持续', '阳市博物[馆]、李白', '李白纪念[馆]争创国', '一级博物[馆]，支持', '弹城博物[馆]争创国', '字号博物[馆]。组建'])
# companies
d.check_all('集团', 4, 0, ['阳，长虹[集团]重返前', '支持长虹[集团]、九洲', '人才发展[集团]拓展人', '数字产业[集团]，培育'])
# companies
d.check_all('公司', 4, 0, ['处置上市[公司]退市风', '国际班列[公司]，稳定', '完善现代[公司]治理和', '组建招商[公司]、招商'])
# alliances
d.check_all('盟', 3, 0, ['术交易联[盟]。支持', '态合作联[盟]，落地', '、招商联[盟]，全面'])
# companies, 司法
d.check_all('司', 5, 0, ['置上市公[司]退市风', '际班列公[司]，稳定', '善现代公[司]治理和', '建招商公[司]、招商', '察监督、[司]法监督'])
# 签署, 部署
d.check_all('署', 6, 0, ['场次，签[署]合作协', '央决策部[署]。扎实', '形成“部[署]、落实', '议决策部[署]，坚持', '。前瞻部[署]新一代', '什么、部[署]什么，'])
# 处理, 处置, 105处, 无处
d.check_all('处', 7, 0, ['点105[处]。生活', '垃圾分类[处]理体系', '收集转运[处]置实现', '“风险无[处]不在”', '展防范和[处]置非法', '解。防范[处]置上市', '事件应急[处]置体系'])
# 大会, 社会, 会议, 现场会, 省会, 博览会, 研讨会, 科博会, 座谈会, 推进会, 开短会, 全会, 展会; 市县安委会,
# 市人大常委会, 常委会, 工会, 委员会 inside ORGs
d.check_all('会', 53, 5, ['府，向大[会]报告工', '统坚定以习近平新时代中国特色社[会]', '人大三次[会]议确定', '面建设社[会]主义现', '升。全社[会]研发经', '融合作大[会]。', '发展现场[会]在绵阳', '选的非省[会]城市，', '食品博览[会]。涪城', '。全年社[会]消费品', '[会]固定资产投资增长8%。', '保护研讨[会]等活动', '党政联席[会]议第八', '议第八次[会]议在绵', '一届科博[会]成功举', '专题座谈[会]192', '建全国社[会]信用体', '工作推进[会]精神，', '国市域社[会]治理现', '[会]主义思想主', '坚持开短[会]、讲实', '[会]主义思想科', '市经济社[会]发展仍', '：坚定以习近平新时代中国特色社[会]', '届二中全[会]精神和', '经济工作[会]议决策', '、改善社[会]预期，', '，保持社[会]稳定，', '%，全社[会]固定资', '8%，社[会]消费品', '动经济社[会]发展实', '工作联席[会]议制度', '政府和社[会]资本合', '食品博览[会]。常态', '二届科博[会]。常态', '招商、展[会]招商、', '届四次全[会]、市委', '届七次全[会]精神，', '高各项社[会]保险待', '层分类社[会]救助体', '安全和社[会]稳定。', '，提升社[会]矛盾纠', '化升级社[会]治安防', '，推动社[会]治理向', '组织和社[会]组织更', '[会]主义思想为指导，不', '监督、社[会]监督和', '论坛、展[会]等活动'])

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


# 科 (91): 科技/科研/科创/科学/科博会, 学科/专科, company names (华丰科技, 华尔科技, 成科国重, 惠科); 社科联 and
# 科协 are the only ORGs
rest('科', ['科技', '科研', '科创', '科学', '科博会', '学科', '专科', '惠科', '成科'], 91)
# 社 (35): 社会, 社区, 合作社 (供销合作社, 农民专业合作社: v1.1), 示范社; 社科联 only
rest('社', ['社会', '社区', '合作社', '示范社'], 35)
for w, n in (('党委', 0), ('县委', 0), ('办公室', 0), ('领导小组', 0), ('管委会', 0), ('协会', 0), ('队伍', 0),
             ('研究院', 1), ('实验室', 5), ('学院', 2), ('大学', 3), ('医院', 1), ('基地', 12), ('联合体', 4), ('学校', 6)):
    hits = [m.start() for m in re.finditer(w, t)]
    assert len(hits) == n, (w, len(hits))
    for h in hits:                                  # none of these is inside an ORG
        assert not any(s <= h < e for s, e in labelled), (w, h)
assert sorted(e['text'] for e in d.ents if e['label'] == ORG) == sorted(
    ['市人民政府'] * 2 + ['省委'] * 9 + ['省政府'] * 5 + ['市委'] * 6 + ['国务院'] * 4 + ['市人大'] * 3 + ['市政协'] * 3
    + ['民营经济发展促进中心'] * 2 + ['工商联'] * 2
    + ['市八届人大', '市人大常委会', '常委会', '现代产业发展促进中心', '市县安委会', '市县两级安办', '反诈中心',
       '市长热线中心', '工会', '文联', '社科联', '侨联', '科协', '友协', '现代化产业体系工作指挥部',
       '行业领域安全生产专业委员会', '市政务服务中心'])

# ================================================================ other families
# DEADLINE (0) (README call 10). Every time word was read: 2023年 (the review's year), 2023 in names (2023中国城市科技创新
# 竞争力50强, 2023中国（西部）健康食品博览会, 2023数字百强市, “中国改革2023年度…案例”, 专项排查整治2023行动),
# 2019年同期 (a baseline), 2024年是…关键一年 (a description; the targets that follow have no time word:
# report_ec), 2000 (an amount); 今年 ×1 (做好今年工作至关重要: no target), 全年 ×9 (past totals; 决胜全年 in a
# quoted slogan; 综合保税区全年进出口总额25亿元: the scope of an annual total, report_hd, report_ec decision 6),
# 年度 ×3 (年度投资计划 past, 2023年度 in a name, 850亿元以上年度投资任务: an annual amount without a due point),
# 一年来 / 过去一年 / 连续N年 / 近二十年来 / 近年来 / 历年来 / 较上年 / 两年提升 (past), 三年 ×9 (三年新冠疫情,
# 三年行动 / 三年提升行动 ×7 (durations: report_gd call 8), 学前三年), 物流提升年行动 / 工业项目年行动 / 服务业项目投资年 /
# “消费促进年” (campaign years), 年收入 / 年均 (rates), 老年 / 青年; 五一、端午、中秋国庆期间 (past), 连续四个
# 季度 (past), “一村一月一义诊” (a quoted name), “百日攻坚” (a name), 过紧日子 ×2, 一期/二期 (phases),
# 如期 (vague), 前列 / 前十 / 前行 / 前瞻 / 前期 / 学前 / 当前 (no limit), 内 ×7 (places: 省内, 市域内).
assert re.findall(r'20\d\d年?', t) == ['2023年', '2023', '2023', '2019年', '2023', '2023年', '2023', '2024年', '2000']
assert t.count('年') == 54 and t.count('今年') == 1 and t.count('全年') == 9 and t.count('年度') == 3
assert t.count('三年') == 9 and t.count('月') == 1 and t.count('日') == 3 and t.count('期') == 13
assert t.count('季') == 2 and t.count('每') == 1 and t.count('前') == 13 and t.count('内') == 7
assert t.count('期间') == 1
for w in ('年内', '年底', '年末', '底前', '月底', '之前', '以前', '以内', '日内', '日前', '提前', '到20', '每年',
          '每月', '上半年', '下半年', '年前', '小时'):
    assert w not in t, w
# PRINCIPLE (0): no 原则/方针/思路/按照/遵循/本着/根据. 坚持 ×17: unquoted phrases (坚持创新引领 ×2, 坚持稳中求进,
# 坚持规范、创新并重, 坚持科学决策…), and two quoted formulas with no 原则/要求/方针/思路 after them (坚持“举涪江
# 旗帜、聚流域力量、乘协作东风、建区域中心”, 坚持“四个不摘”: v1.1 quoted mechanisms); 坚持和发展新时代“枫桥经验”.
# 要求 ×6: 现代化建设要求, 总体要求是 (unquoted), 必然要求, 践行…“四个抓落实”重要要求 (verb 践行: README call 9),
# 最根本要求, 落实过紧日子要求 (unquoted). 理念 ×2 (“两山”理念, 新发展理念: not 原则). 围绕“兴产业、活要素、
# 优服务、强治理” (verb 围绕), “部署、落实、督查、反馈、改进”工作闭环, “新、快、实、真、严”优良作风: not PRINCIPLE
for w in ('原则', '方针', '思路', '按照', '遵循', '本着', '根据'):
    assert w not in t, w
assert t.count('坚持') == 17 and t.count('要求') == 6 and t.count('理念') == 2
# DOC_TITLE (1): 3 《》, minus 《将进酒》 (a musical) and 《李白》 (a documentary): works of art (reports notes
# 《烈烈渤海红》). Titles without marks (城乡居民自建房安全管理规定, 科技计划项目揭榜制管理暂行办法, 重大行政决策
# 程序规定, 规划纲要, 实施方案) are not labelled.
assert re.findall('《([^》]*)》', t) == ['将进酒', '李白', '绵阳市历史文化遗址保护条例']
# DOC_NO: none (no 〔 [ 【; 号 only in 中欧班列成渝号 ×2, 老字号, 国字号)
assert '〔' not in t and '[' not in t and '【' not in t and t.count('号') == 4
# STAFFING (2): 编制 ×3 (专项事业编制周转池: a pool with no number; 编制实施…规划, 编制…规划: drafting), no 职数;
# 岗位 ×1 (政策性岗位规模: jobs). The other numbers of people are talent attracted or selected (3万余名, 50名,
# 113名, 46名, 3万名 / 400名 / 5000名以上), students (16.4万人, 50名高中生), trainees (5000余名, 171名, 近千人),
# employment (5.3万人, 135万人, 4.7万人), people served (5000余万人, 2.5万余人次, 11万余人次, 183.1万人次,
# 105万人次, 20万人次, 3.7万人次, 51万余人次)
assert t.count('编制') == 3 and '职数' not in t and t.count('岗位') == 1
assert re.findall(r'[0-9.]+万?(?:余|多)?[人名](?!次)', t) == [
    '3万余名', '122名', '50名', '113名', '16.4万人', '5000余名', '5.3万人', '1318名', '171名', '50名', '46名', '3万名',
    '400名', '5000名', '135万人', '4.7万人']
assert t.count('5000余万人') == 1 and t.count('近千人') == 1
# ITEM_COUNT: every number + measure word was read (regex below); the 26 labelled are listed
counts_re = (r'(?:超|近)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:余|多)?万?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|户|场|套|张|股|宗|起|块|只|名|人|期|次|头|强|列|位|届)'
             r'(?:以上)?')
assert len(re.findall(counts_re, t)) == 287, len(re.findall(counts_re, t))
ic_texts = [e['text'] for e in sorted(d.ents, key=lambda e: e['start']) if e['label'] == IC]
assert ic_texts == ['10项', '5项', '4项', '3项', '20余个', '859项', '112项', '19条', '18条', '36条', '26条', '70项',
                    '八大', '18条', '51件', '9所', '40所', '63所', '326所', '157项', '12家', '17项', '3件', '十项',
                    '12家', '18条'], ic_texts
assert all(re.fullmatch(counts_re, x) for x in ic_texts)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 26, 'ORG': 53,
                  'PRINCIPLE': 0, 'STAFFING': 2}, counts
write_gold(OUT, [d])
