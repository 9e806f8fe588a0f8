"""Build report_ka.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 盐城市 (江苏), a UTF-8 .txt file of 15,147
characters (144 newlines, no final newline): 各位代表： → 2023年工作回顾 (an unnumbered heading; the year
paragraph, the 一年来 outline, six numbered sections (一)–(六) each one paragraph of results, the government's own
work (主题教育, 依法行政), the fields of work, the lessons and thanks, the problems) → 2024年主要工作 (an
unnumbered heading; the year and four reasons 一是…四是, 今年政府工作的指导思想是, 今年经济社会发展主要预期目标是,
重点做好十个方面工作 and ten numbered sections 一、…十、 of titled paragraphs, the livelihood list 今年继续提请
…20项民生实事) → the government's own building (five 始终把…作为… paragraphs) → closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh18/make_report_ka.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/盐城.txt'
OUT = 'corpora/gold-fresh18/report_ka.jsonl'
# meta: no header, no session date and no signature; the text opens with 各位代表： and its parts are headed
# 2023年工作回顾 / 2024年主要工作, so the report is dated by its year (reports notes; report_jc, report_ic,
# report_ha, report_hd). Region: the city is 盐城 (盐城市人民政府, 市委, 全市, 美丽盐城 throughout); the text names
# the province itself (对江苏工作…重要讲话, 江苏沿海, “水运江苏”, 江苏最美“绿心地带”, 全省); the Jiangsu
# precedents use the same form (report_jc 江苏省淮安市, report-be 江苏省扬州市).
d = AnchoredDoc('fresh18-report-yancheng-2024', SOURCE, {'region': '江苏省盐城市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 15147 and t.count('\n') == 144 and not t.endswith('\n'), (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; ST = 'STAFFING'; DL = 'DEADLINE'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[盐城市人民政府]]向大会作工作报告', None),   # one ORG, the region prefix inside
    # 向大会 (the session addressed), 各位市政协委员 (people: v1.1, a body modifying people): not ORG
    # ================================================================ 2023 review: the year paragraph and outline
    # 2023年工作回顾 (a heading), 过去一年 / 开局之年 (past), 三年新冠疫情 (past), 党的二十大 (党 alone has no body
    # head): not labelled
    (ORG, '一年来，在[[市委]]坚强领导下', None),
    # “强富美高”, “四个走在前”“四个新”, “四个三” (quoted names; their 四个 are not counted: reports notes, counts inside
    # fixed names), 坚持稳中求进工作总基调 (unquoted, 总基调 is not 原则/要求/方针/思路), “任务书”“路线图” (quoted
    # names): not labelled
    # ================================================================ (一) economy
    # 2项工作 / 38项工作 (results: reports notes 22项改革走在全国前列; report_jc 25项工作获…督查激励); the givers of
    # the incentives are ORG (report_jc 25项工作获省政府督查激励; report_ib, report_ha)
    (ORG, '2项工作获[[国务院]]督查激励', None),
    (ORG, '38项工作获[[省政府]]督查激励', None),
    # 淮河入海水道二期 (a phase), 政府性债务 (bare 政府, v1.1), 上年度 (a baseline), 49个BP, 超1.5万户 / 2890家
    # (enterprises), “515消费节” (an event), 连续九年 (past), 第四批 (an ordinal): not labelled
    # ================================================================ (二) green transition
    # “5+2”, 23条重点产业链 (chains: reports notes 11条重点产业链), 750个 / 450个 (projects), 4个产业集群 (clusters
    # designated: report_hc / report_jc), 466家 / 33家 / 266家 / 3家 / 28家 / 3家 (enterprises), 5个“科创飞地”
    # (platforms, quoted: report_ha “人才飞地”3个, report_jc 科创飞地), 江苏沿海可再生能源技术创新中心 (a platform
    # designation: report_fb, report_fc, report_hb, report_hd) (README call 7), 省级以上研发机构71家 (研发机构: generic
    # head; platforms, report_fb 29家新型研发机构, report_hb), 大丰金风科技 (a company), 集聚示范区6家
    # (designations), 厅市共建事项 (厅 alone names no body, like 我厅), 省公共机构节能低碳示范单位 (单位: generic;
    # a designation), 盐城高新区 / 环科城 / 射阳港经开区 / 大丰港经开区 / 黄海新区 / 盐城经开区 (zones): not labelled
    # ================================================================ (三) ecology
    # 全球滨海论坛会议 (an event); the forum's consensus document, a text adopted among the forum's outcomes
    # (report_id 《锰基新能源材料发展铜仁宣言》 DOC_TITLE; not a work of art) (README call 6)
    (DT, '高水平举办全球滨海论坛会议，《[[盐城共识]]》纳入', None),
    # 第三届“一带一路”国际合作高峰论坛 (an event), 中央和省级生态环保督察 (中央: no body head, v1.1; 省级 alone is no
    # name), 11.8万亩 / 1.5万亩 (area), 第十二届省园博会 (an event): not labelled.
    # the ministry as the giver of an award (report_jc 获评工信部“…优秀案例”; report_hc, report_gd, report_id)
    (ORG, '获评[[文旅部]]旅游宣传推广优秀案例', None),
    # 川东港, 盐都大纵湖, 东台条子泥 (places), 市博物馆 (a museum: facility, report_ga, report_hb), 国家4A级景区,
    # 中国天然氧吧, 国家生态文明建设示范区 (designations): not labelled
    # ================================================================ (四) reform and opening
    # “盐诚办·我来办” (a quoted model), 全国法治政府建设示范创建候选名单 (no 《》; bare 政府 in 法治政府)
    (ORG, '信用监管获[[国务院]]激励通报', None),                   # the body that commends
    # 中央一号文件 (中央: no body head; no 《》), 中韩（盐城）产业园 (a park), 第五届中韩贸易投资博览会 (an event),
    # 中欧（亚）接续班列盐城号 (a train's name; no DOC_NO), 盐城港“一港四区”, 前20 (a rank), 6个项目 (projects),
    # “新三样”, 长三角一体化产业发展基地 / 南北共建园区 (zones), “百家企业新疆行” (quoted): not labelled
    # ================================================================ (五) towns and villages
    # 国土空间总体规划: a plan named without 《》 (no DOC_TITLE); the body that approves it
    (ORG, '国土空间总体规划获[[省政府]]批复', None),
    # 老旧小区改造204个 (places: report_jc 老旧小区206个), 试点项目6个 (projects), 居住区12个 / 物业管理项目20个 /
    # 达标小区255个 / 产业强镇5个 / 田园乡村83个 (designations, villages), 30万元, 公里 / 座 / 户 (roads, bridges,
    # households), 东兴高速 / 滨海港铁路支线 / 南洋机场T1航站楼 (facilities): not labelled
    (ORG, '阜宁土地节约集约利用获[[国务院]]督查激励', None),
    # ================================================================ (六) livelihood
    # 新增城镇就业超7万人 (employment), 引进高校毕业生4.1万人 (talent), 新增参保突破9万人 (insured people): not
    # STAFFING (reports notes).
    # schools built (reports notes: schools a measure sets up or acts on; report_fb 新改扩建公办幼儿园、中小学89所;
    # report-be 新改扩建中小学、幼儿园15所)
    (IC, '新建改扩建中小学（幼儿园）[[19所]]', ic(19, '所')),
    # 新建名医工作室121个 (studios: report_hb 名医工作室100个, report_jd 传承工作室7个 not counted) (README call 5);
    # 城市街道综合性养老服务中心10个 / 示范性长者幸福食堂100个 / 乡村互助养老睦邻点120个 (elderly-care facilities and
    # service points: report_ic 社区居家养老服务中心（站）44个, reports notes 孝善助老食堂400家): not counted, not ORG.
    # 西溪天仙缘, 淮剧《范公堤》, 《宋公堤》《小镇》, 《凌云》: plays and performances, works of art, not DOC_TITLE
    # (reports notes 《烈烈渤海红》; report_jc 《新安旅行团》); 国家艺术基金 (a fund), 国际杂技艺术节 (an event)
    # the ministry whose programme the play is selected into (a body named inside a longer non-ORG phrase, v1.1;
    # report_gd 入选工信部智能制造示范工厂揭榜单位)
    (ORG, '淮剧《范公堤》入选[[文旅部]]“历史题材创作工程”', None),
    # 新四军纪念馆 (a museum: facility), “中国国史教育基地” (a designation), 市九运会 / 艺术体操世锦赛 / 杭州亚运会
    # (events): not labelled.
    # fire stations built and put into service: counted like the fire-and-rescue stations the labelled reports
    # count (report_id 建成乡镇消防救援站45个, report_jb 建成10个乡镇专职消防救援站, report-ab 20个) (README call 2)
    (IC, '安全生产形势平稳向好，[[71个]]新建消防站投入执勤', ic(71, '个')),
    # “5个100%” (quoted), 生产安全事故起数 (a metric), 矫治罪错未成年人专门学校 (a school: facility), 首批 (an
    # ordinal), 年度法治建设满意度 (a metric, no due point): not labelled
    # ================================================================ the government's own work (review)
    # 数字政府 (a type), 自觉接受人大监督、政协民主监督 (bare 人大/政协: reports notes), 市人大代表建议256件 (deputies:
    # v1.1, a body modifying people).
    # 市政协提案: a body before a document is ORG (gold-unseen reports-d 市政协提案 → 市政协; report_fb, report_fc
    # 议案建议125件、市政协提案220件); the handled proposals (256件, 382件) are not counted (reports notes) (README
    # call 4)
    (ORG, '办理市人大代表建议256件、[[市政协]]提案382件', None),
    # 政府自身建设 (bare 政府): not ORG
    # ================================================================ fields of work
    # mass organisations named as fields of work are ORG (reports notes 工会、…、红十字会…等事业; report_jc 科协,
    # 共青团; report_ic); 老龄, 妇女儿童, 青少年, 残疾人, 红十字 (no 会), 慈善, 关心下一代, 民族宗教, 审计, 统计, 外事,
    # 对台事务, 港澳, 侨务, 对外友好, 气象, 住房公积金, 哲学社会科学, 党史, 档案, 地方志, 国防动员, 双拥共建, 退役军人
    # 事务, 人民防空: fields with no body head; 供销社 (v1.1 合作社; report_ic 供销社): not ORG
    (ORG, '青少年、残疾人、[[工会]]、红十字、慈善', None),
    (ORG, '党史、档案、地方志、[[科协]]等工作实现新进步', None),
    # ================================================================ lessons, thanks, problems
    # 党中央 (no body head, v1.1), 新发展理念 (理念)
    (ORG, '在此，我代表[[市人民政府]]，向全市干部群众', None),
    # 全体人大代表、政协委员 (people), 各民主党派 (各), 驻盐中央、省属各单位 (各; 单位 generic), 人民解放军, 武警
    # 官兵, 公安干警, 消防救援队伍指战员 (armed forces, people; 队伍 generic): not ORG; 工商联 in the thanks list
    # (reports notes; report_jc, report_ic)
    (ORG, '向各民主党派、[[工商联]]和社会各界人士', None),
    # 政府治理能力 (bare 政府), 每年都能看到新变化 (no due point): not labelled
    # ================================================================ 2024: the year, outline, targets
    # 2024年主要工作 (a heading), 今年是…75周年 (a description), “十四五”规划目标任务 (a plan period named, no
    # limit; no 《》), 一是…四是 (reasons), 根本遵循 (a noun; no content), “四个三”工作布局的思路 (思路 as a subject,
    # not adopted through 按照/坚持…), “5+2” (quoted), 一批 (vague): not labelled.
    # 今年政府工作的指导思想是 (an unquoted outline: reports notes, report_jc) gives the bodies of the plenums and
    # conference (reports notes 省委、市委经济工作会议 → 省委, 市委; report_jc, report_ic) and no PRINCIPLE:
    # 按照…部署要求 has no content, 坚持稳中求进、以进促稳、先立后破 is unquoted with no 原则 (report_ic, report_jc)
    # 中央经济工作会议 (中央: no body head)
    (ORG, '按照中央经济工作会议、[[省委]]十四届五次全会', None),
    (ORG, '十四届五次全会、[[省委]]经济工作会议', None),
    (ORG, '省委经济工作会议和[[市委]]八届六次全会部署要求', None),
    # v1.2 Year targets: 今年 heads the list of targets (report_jc, report_ic, report-be)
    (DL, '[[今年]]经济社会发展主要预期目标是', YEAR_BY),
    # 省定任务 (省 alone), “走在前、挑大梁、多作贡献”的果敢担当 (担当 is not 原则/要求/方针/思路), 工业化加速期 (a
    # stage), 十个方面 (aspects, v1.1): not labelled
    # ================================================================ 一、 industry
    # N大 before the actions a measure carries out (seventh session: 十大行动; report_ic 七大行动, report_jc 六大行动)
    (IC, '淘汰落后、产品提档[[五大]]行动', ic(5, '大')),
    # 悦达起亚汽车, 一汽集团盐城分公司 (companies), 起亚全球出口基地 (a base), 国家中小企业特色产业集群 (a
    # designation), “5+2”新兴产业高质量发展三年行动计划 (no 《》; 三年: a programme's length), “一业一策” (quoted),
    # “链主”企业50家左右 (enterprises), “十链百场千企”系列活动100场以上 (events; quoted name), 坚持以未来产业开创
    # 产业未来 (unquoted, no 原则), “433” / “智改数转网联” (quoted), 340家 / 10家以上 (enterprises, designated
    # factories: report_jc 智能工厂、车间10个), 五篇大文章 (domains: report_ia, report_jb, report_fc), 地方法人金融
    # 机构 (机构: generic): not labelled
    # ================================================================ 二、 green development
    # 坚持风光火气氢一体化布局… (unquoted), 万千瓦 (capacity), 10个…储能电站项目 (projects), 中欧海上新能源发展合作
    # 论坛 (an event), 低（零）碳产业园 / 经开区 (zones), 绿色工厂20家 (designations), 化工园区 (zones), “LNG冷能+算力”,
    # “东数海算”“东数绿算”海洋算力中心 (data centres: seventh session, not bodies), “盐城建造” (a brand): not labelled
    # ================================================================ 三、 science and talent
    # 坚持创新是第一动力、人才是第一资源 (unquoted, no 原则), 以企业为主体、市场为导向 (no frame verb), 项目各100个
    # 左右 / 不少于5个 (projects), 国家级知识产权保护中心 (争创: a designation with no name, report_ic; report_ga)
    # (README call 7), 盐城产业母基金 (a fund), 高校院所 (generic), 新型研发机构10家 / 离岸研发机构10个以上 (机构:
    # generic; platforms, report_fb, report_hb), 省级企业技术中心、工程（技术）研究中心、研究生工作站100家
    # (platforms and designations), 项目各1000个 (projects), 国家技术创新中心 (a designation), 长三角中试转化基地,
    # 离岸孵化器 (platforms), enterprises (家 throughout), 创新联合体 (a consortium), “黄海明珠”人才计划 (quoted),
    # 新引进高校毕业生超4万人、“科技副总”100名以上 (talent attracted, reports notes: not STAFFING) (README call 3),
    # 盐城工学院, 盐城师范学院, 江苏医药职业学院, 盐城农业科技职业学院 (colleges: facilities): not labelled
    # ================================================================ 四、 demand
    # “515消费节” (an event), 16个15分钟便民生活圈 (service circles: report_ga, report_hd, report_fc 生活圈12个), 国家级
    # 电商示范基地1家 (a designation), “11669”招商体制 (quoted), 项目不少于1400个、800个和500个 (projects), 政策
    # 窗口期 (no due point), 重大项目清单 (no 《》), RCEP地方经贸合作示范区 / 跨境电商综试区 (zones), 海外仓: not
    # labelled
    # ================================================================ 五、 business environment
    # 坚持“两个毫不动摇”, 坚持对各类经营主体“一碗水端平” (quoted, no 原则/要求/方针/思路: v1.1); 严格落实“非禁即入”
    # (落实 is not a frame verb); 践行“无事不扰、有事必到、一诺千金、亲清有加”郑重承诺 (践行 and 承诺 are outside the
    # frame): not PRINCIPLE (README call 8).
    # a package of policies counted (reports notes 促消费20条措施, 省支持滨州30条措施; gold-fresh17 README: packages
    # named without quotes, 制造业16条, 民营经济十条, are counts)
    (IC, '定期调度支持民营经济高质量发展[[20条]]政策落实情况', ic(20, '条')),
    # 定期 (a frequency), 新一轮国企改革深化提升行动 (no count), 国资监管体制: not labelled.
    # “免申即享”“一键直达”, “一网通办”, “盐企通”“一企来办” (platforms), “盐诚办” (a brand), “交地即发证”“拿地即开工”,
    # “双随机、一公开”, 12345热线 (a hotline: reports notes), 100% ×3: not labelled
    # ================================================================ 六、 opening up and the city
    # 上海大都市圈规划 (no 《》), 沪苏大丰产业联动集聚区 / 长三角（东台）康养基地 (zones), 海洋经济高质量发展三年行动
    # 计划 (no 《》; a programme's length), 全省“1+3”重点功能区战略 (quoted), 中韩（盐城）产业园, 中韩贸易投资博览会,
    # 跨国公司总部盐城行 (an event), 功能性机构 (generic), 外资项目100个 (projects), 人民城市理念 (理念), 坚持新城建设
    # 与老城改造相辅相成 (unquoted), 10个省级和20个市级城市更新试点项目 (projects), 老旧小区改造104个 (places),
    # 居住区10个 (designations), “大城管” (quoted), 精管善治样板100个 (models: report_gb 100个样板村), 国际学校 /
    # 国际医院 (facilities), 高速 / 铁路 / 航道 / 机场 (facilities), 20万吨级 / 5万吨级 (grades), 淮河入海水道二期
    # (a phase): not labelled
    # ================================================================ 七、 agriculture and villages
    # “三农”, “千万工程” (quoted), 每个县（市、区）至少打造1个万亩集中连片示范区 (a demonstration area per county:
    # areas and designations, not institutions), 1480万亩 / 140亿斤, “蓝色粮仓”, 长三角优质农产品供应基地 / 国家级
    # 渔港经济区 (zones), “6+N”全产业链 (quoted), “盐之有味”, “土特产”, 大丰港区粮食（食品）加工物流产业园 (a park),
    # “国家粮食物流核心枢纽”, “新农人”, 年培训培育高素质农民4.5万人 (training: not STAFFING), “多规合一”村庄规划 (no
    # number, no 《》), 1980年前农房 (houses built before 1980: a past date, not DEADLINE), 1.8万户, 省特色田园乡村8个,
    # 170个行政村 (villages), 1080公里, 1-2个“四好农村路”全国示范县 (counties: territories, designations), 60%以上,
    # 50万元: not labelled
    # ================================================================ 八、 ecology
    # 绿水青山就是金山银山理念 (理念), 中央和省级生态环保督察 (中央: no head), “只能更好、不能变坏”的底线 (底线 is not
    # 原则/要求/方针/思路; the verb is 守住): not labelled.
    # N大 before the actions a measure carries out (as 五大 above)
    (IC, '柴油货车污染治理[[三大]]攻坚行动', ic(3, '大')),
    # “百河之城”, “无废城市”, “生态岛”试验区, 11.13万亩 / 不少于1.6万亩 (area), “美丽海湾”, “生态+”, “两山”,
    # 全球滨海论坛秘书处 (the secretariat of an international forum, sought to be set up in the city: an international
    # body is none of the guidelines' kinds, report-be 联合国环境规划署, report_hd 国际乒联) (README call 1), 荷兰花海 /
    # 黄海森林公园 / 大洋湾 / 九龙口 (scenic areas), 盐城马拉松赛 / 中华龙舟大赛 (events): not labelled
    # ================================================================ 九、 safety
    # 两件大事 (aspects), 安全生产治本攻坚三年行动 (a programme's length), 停工停产停课停运机制, 大维稳“五项机制”
    # (a count inside a quoted name), “黑天鹅”“灰犀牛”, 全国社会治安防控体系建设示范城市 / 全国禁毒示范城市
    # (designations), 坚持和发展新时代“枫桥经验” (quoted, no 原则: v1.1), “精网微格”工程, “一站式”平台, 落实“四个最严”
    # 要求 (the verb is 落实, not a frame verb: report_hd, report_ia, report_jc), 民族宗教 / 退役军人服务管理 / 人民防空
    # (fields): not labelled
    # ================================================================ 十、 livelihood
    # 坚持以人民为中心的发展思想 (思想; unquoted), 城镇新增就业5.7万人 (employment), 职业技能培训5万人次以上
    # (training), 全国学前教育普及普惠县 (a designation), 3个百分点, “县中振兴”计划, 85%, 医疗机构内涵提升工程 (机构:
    # generic), 县域紧密型数字化医共体 (no count), 健身中心 (facilities), 四季歌 (a brand), 新四军纪念馆 / 国家一级
    # 博物馆 (a museum and its grade), 《宋公堤》《四季江淮》 (works of art: not DOC_TITLE), 省历史文化名城, “盐风海韵”
    # “我爱盐”, 公共图书馆 / 文化馆（站） (facilities), 文化产业“六个一”工程 (quoted), 长三角（盐城）视听产业基地 (a
    # base), 社保扩面征缴三年提升行动收官战 (a programme's length), 适时 (vague), 党和政府 (bare), 儿童关爱之家10个
    # (care facilities: report_ic 残疾人之家44个): not labelled.
    # the year's livelihood list: 今年 opens the sentence that sets the year's list to be carried out once the
    # deputies vote it (report_jc 各位代表，今年我们继续安排了…十大类民生实事; report_ea 今年我继续承诺领衔督办五件
    # 民生实事; report_id 今年，我们将继续办好…); against: report_fb and report-ac left a 今年 list out as a past act
    # of drawing it up (README call 9). The list's items are counted (reports notes 20件/15件为民实事; report_ia
    # 办好34项重要民生实事)
    (DL, '[[今年]]继续提请各位代表投票确定20项民生实事', YEAR_BY),
    (IC, '今年继续提请各位代表投票确定[[20项]]民生实事', ic(20, '项')),
    # ================================================================ the government's own building
    # 新的一年 (no limit), 法治政府、创新政府、廉洁政府和服务型政府 (types), “两个确立”“两个维护” (quoted), 政府工作,
    # 党委有号召、政府有行动 (bare 党委/政府, v1.1): not labelled.
    # 党中央和省市委: 党中央 has no body head (v1.1); 省市委 is a shared ending written without a mark, and the bare 省
    # is no complete name (v1.1 *Shared endings*; report-be 贯彻落实中央和省、市委决策部署 → 市委) (README call 10)
    (ORG, '当好党中央和省[[市委]]决策部署的执行者', None),
    # 政府工作规范化法治化, 人大监督、政协民主监督 (bare), 纪检监察、司法 (fields), 政府机构改革 (bare 政府; 机构
    # generic), 政府职能, 政府运行效能, “四下基层”制度, 中央八项规定 (a count inside a fixed name; 中央: no head):
    # not labelled
    (ORG, '严格执行中央八项规定精神和省[[市委]]作风建设要求', None),
    # “四风”, “蝇贪蚁腐”, “紧日子” (quoted names), 底线要求 (a heading word, no content); closing: 新发展理念, 党中央:
    # not labelled
]

for a in ANCHORS:
    label, anchor, norm = a[:3]
    d.ctx(label, anchor, n=a[3] if len(a) > 3 else 1, norm=norm)

# ================================================================ every body word accounted for
d.check_all('人民政府', 2, 2)
d.check_all('省政府', 2, 2)
d.check_all('省委', 2, 2)
d.check_all('市委', 4, 4)
d.check_all('国务院', 3, 3)
d.check_all('文旅部', 2, 2)
d.check_all('工会', 1, 1)
d.check_all('科协', 1, 1)
d.check_all('工商联', 1, 1)
d.check_all('政府', 23, 4, [                                   # bare 政府 (v1.1) and types of government
    '工程加快建设。[政府]性债务', '入围全国法治[政府]建设示范', '加快数字[政府]建设', '斗争，[政府]自身建设',
    '不容忽视；[政府]治理能力', '今年[政府]工作的指导思想', '持续提升[政府]服务效能', '感到党和[政府]温暖',
    '新的一年，[政府]肩负着', '人民满意的法治[政府]、', '法治政府、创新[政府]、', '创新政府、廉洁[政府]和',
    '廉洁政府和服务型[政府]。', '贯穿[政府]工作全过程', '党委有号召、[政府]有行动', '不断提升[政府]工作规范化',
    '抓好[政府]机构改革', '持续转变[政府]职能', '提升[政府]运行效能'])
d.check_all('人大', 4, 0, [                                     # bare 人大 (reports notes) and deputies (v1.1)
    '自觉接受[人大]监督', '办理市[人大]代表建议', '向全体[人大]代表', '主动接受[人大]监督'])
d.check_all('政协', 5, 1, [                                     # 市政协 (提案) labelled
    '并请各位市[政协]委员',                                      # people (v1.1)
    '人大监督、[政协]民主监督、社会', '人大监督、[政协]民主监督，接受',   # bare (reports notes)
    '人大代表、[政协]委员'])                                     # people
d.check_all('委', 9, 6, ['各位市政协[委]员', '人大代表、政协[委]员', '做到党[委]有号召'])
d.check_all('党委', 1, 0, ['做到[党委]有号召'])                   # bare 党委 (v1.1)
d.check_all('中央', 9, 0, [                                     # no body head (v1.1)
    '净土保卫战，[中央]和省级', '改革被[中央]一号文件', '充分体现党[中央]对盐阜', '向驻盐[中央]、省属',
    '按照[中央]经济工作会议', '加强[中央]和省级', '当好党[中央]和省市委', '严格执行[中央]八项规定',
    '为核心的党[中央]周围'])
d.check_all('中心', 12, 0, [                                    # platforms, designations, facilities, 中心工作
    '可再生能源技术创新[中心]获批', '获批省级技术创新[中心]。', '综合性养老服务[中心]10个', '经济建设[中心]工作',
    '海洋算力[中心]建设', '知识产权保护[中心]。', '省级企业技术[中心]、', '（技术）研究[中心]、研究生',
    '可再生能源技术创新[中心]申报', '申报国家技术创新[中心]。', '以人民为[中心]的发展', '健身[中心]等体育设施'])
d.check_all('站', 7, 0, ['T1航[站]楼', '新建消防[站]投入执勤', '储能电[站]项目', '研究生工作[站]100家', '“一[站]式”',
                        '文化馆（[站]）', '[站]稳“江山'])
d.check_all('所', 6, 0, ['幼儿园）19[所]', '向[所]有关心', '高校院[所]合作', '各展[所]长', '住有[所]居', '严管[所]辖'])
d.check_all('队', 1, 0, ['消防救援[队]伍'])                     # 队伍: generic
d.check_all('处', 3, 0, ['仍[处]于', '污水[处]理', '论坛秘书[处]在盐城设立'])   # the forum's secretariat (call 1)
d.check_all('室', 1, 0, ['名医工作[室]121个'])
d.check_all('馆', 6, 0, ['市博物[馆]', '新四军纪念[馆]被授予', '新四军纪念[馆]争创', '国家一级博物[馆]', '公共图书[馆]',
                        '文化[馆]（站）'])                      # museums, libraries: facilities
d.check_all('团', 5, 0, ['[团]结拼搏', '一汽集[团]盐城', '抱[团]出海', '军民[团]结', '紧密地[团]结'])
d.check_all('组', 2, 0, ['牵头[组]建', '[组]织企业参加'])
d.check_all('厅', 1, 0, ['[厅]市共建'])                         # 厅 alone names no body
for w, n in (('机构', 10), ('单位', 2), ('组织', 1), ('集团', 1), ('公司', 2), ('基地', 11), ('机关', 0), ('部门', 0),
             ('委员会', 0), ('人民代表大会', 0), ('办事处', 0), ('办公室', 0), ('领导小组', 0), ('以下简称', 0),
             ('市政府', 0), ('常委会', 0), ('局', 17), ('署', 3), ('秘书处', 1), ('研究院', 0), ('实验室', 0),
             ('协会', 0), ('联盟', 0), ('妇联', 0), ('共青团', 0)):
    hits = [m.start() for m in re.finditer(w, t)]
    assert len(hits) == n, (w, len(hits))
    for h in hits:              # generic heads, companies, bases, 布局/大局, 部署: none inside an ORG
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


# 院 (11): 国务院 ×3 inside ORGs; 院所, 学院 ×4 (colleges), 住院, 医院 ×2
rest('院', ['院所', '学院', '住院', '医院'], 11)
# 部 (15): 文旅部 ×2 inside ORGs; 部署, 全部, 东西部, 干部, 部分, 外部, 总部
rest('部', ['部署', '全部', '西部', '干部', '部分', '外部', '总部'], 15)
# 会 (46): 工会 inside an ORG; 大会, 社会, 报会 (IPO), 会议, 园博会, 博览会, 运会, 全会, 展会, 机会
rest('会', ['大会', '社会', '报会', '会议', '园博会', '博览会', '运会', '全会', '展会', '机会'], 46)
# 社 (32): 社会, 社区, 社保, 供销社 (v1.1 合作社)
rest('社', ['社会', '社区', '社保', '供销社'], 32)
# 科 (26): 科协 inside an ORG; 科技, 科创, 科学, 专科, 环科城
rest('科', ['科技', '科创', '科学', '专科', '环科城'], 26)
# 协 (16): 市政协, 科协 inside ORGs; bare 政协 and 政协委员, 协同, 协调, 协作
rest('协', ['政协', '协同', '协调', '协作'], 16)
# 联 (11): 工商联 inside an ORG; 蝉联, 网联, 互联网, 联合, 联动
rest('联', ['蝉联', '网联', '互联', '联合', '联动'], 11)
# 办 (20): never a body (办好, 举办, 盐诚办, 我来办, 办理, 办学, 办得, 通办, 来办, 可办, 办结, 办一切)
rest('办', ['办好', '举办', '诚办', '来办', '办理', '办学', '办得', '通办', '可办', '办结', '办一切'], 20)
assert not any('办' in e['text'] for e in d.ents if e['label'] == ORG)
assert sorted(e['text'] for e in d.ents if e['label'] == ORG) == sorted(
    ['盐城市人民政府', '市人民政府'] + ['市委'] * 4 + ['省委'] * 2 + ['省政府'] * 2 + ['国务院'] * 3 + ['文旅部'] * 2
    + ['市政协', '工会', '科协', '工商联'])

# ================================================================ other families
# DEADLINE (2): 今年 before the targets and 今年 before the livelihood list. Every time word was read: 2023年 and
# 2024年 (headings); 1980年前 (houses built before 1980: a past date); 今年 ×4 (今年是…75周年: a description;
# 今年政府工作的指导思想是: an outline; the targets and the livelihood list: labelled); 年度 ×2 (上年度: a baseline;
# 年度法治建设满意度: a metric); 三年 ×6 (三年新冠疫情, 连续三年: past; 三年行动计划 ×2, 三年行动, 三年提升行动:
# programme lengths, report_jc); 年 also in 一年来, 过去一年, 开局之年, 连续九年, 关键一年, 新的一年, 青年人,
# 青少年, 未成年人, 老年, 年培训 (a yearly rate), 每年 (每年都能看到新变化: no due point), 长期 ×2 (trends);
# 期 ×12 (二期 phases, 期望, 预期 ×2, 长期 ×2, 加速期, 窗口期, 全周期, 定期, 全生命周期); 季 ×2 (四季歌, 《四季江淮》);
# 早日开工, 适时 (vague); 日 ×6 (日本, 日益, 欧美日, 早日, 日子, 紧日子); 时 ×11 (新时代, 时刻, 适时); 前 ×16
# (前进, 前列, 前20, 前行, 前景, 前进方向, 走在前, 前瞻, 前 in 1980年前); 底 ×6 (底色, 家底, 底线 ×3, 底线要求);
# 内 ×6 (海内外, 内生, 内驱, 境内外, 对内, 内涵). No month or day date.
assert re.findall(r'20\d\d', t) == ['2023', '2024']
assert t.count('年') == 35 and t.count('今年') == 4 and t.count('年度') == 2 and t.count('三年') == 6
assert t.count('期') == 12 and t.count('季') == 2 and t.count('日') == 6 and t.count('时') == 11
assert t.count('前') == 16 and t.count('底') == 6 and t.count('内') == 6 and t.count('每') == 3
assert t.count('1980年前') == 1 and '月' not in t
for w in ('全年', '年内', '年底', '年末', '底前', '月底', '期间', '之前', '以前', '以内', '日内', '日前', '提前', '到20',
          '季度', '每月', '上半年', '下半年', '春节', '汛期'):
    assert w not in t, w
# PRINCIPLE (0): no 原则, 本着, 根据 or 方针. 按照 ×1 (按照…会议、…全会部署要求: no content); 遵循 ×1 (根本遵循: a
# noun); 思路 ×1 (“四个三”工作布局的思路更加清晰: a subject, no frame verb); 要求 ×4 (部署要求: no content; 落实“四个
# 最严”要求: the verb 落实 (report_hd, report_ia, report_jc); 省市委作风建设要求: no content; 底线要求: a heading
# word); 坚持 ×19: none before a quote or a phrase with 原则/要求/方针/思路 after it (坚持“两个毫不动摇”, 坚持对…
# “一碗水端平”, 坚持和发展新时代“枫桥经验”: quoted, no 原则 (v1.1); 坚持稳中求进工作总基调, 坚持稳中求进、以进促稳、
# 先立后破, 坚持创新是第一动力…, 坚持风光火气氢一体化布局…, 坚持新城建设与老城改造相辅相成, 坚持稳面积、增单产…,
# 坚持产业兴农、质量兴农、绿色兴农, 坚持以人民安全为宗旨…, 坚持以人民为中心的发展思想: unquoted, no 原则;
# 坚持以…为指导 ×2, 坚持以…为支撑, 坚持以未来产业开创产业未来, 坚持不懈 ×3, 七、坚持不懈抓好“三农”工作); 理念 ×5.
for w in ('原则', '本着', '根据', '方针'):
    assert w not in t, w
assert t.count('按照') == 1 and t.count('遵循') == 1 and t.count('思路') == 1 and t.count('要求') == 4
assert t.count('坚持') == 19 and t.count('理念') == 5
# DOC_TITLE (1): 盐城共识. Six 《》 name plays, performances and works of art (淮剧《范公堤》, 《宋公堤》 ×2, 《小镇》
# (国家艺术基金资助项目), 《凌云》 (an acrobatic show), 《四季江淮》): not DOC_TITLE (reports notes 《烈烈渤海红》).
# DOC_NO (0): no 〔 [ 【; 号 only in 中央一号文件 (an ordinal nickname), 班列盐城号 (a train's name), 号召
assert re.findall(r'《([^》]*)》', t) == ['盐城共识', '范公堤', '宋公堤', '小镇', '凌云', '宋公堤', '四季江淮']
assert '〔' not in t and '[' not in t and '【' not in t and t.count('号') == 3
# STAFFING (0): no 职数 or 岗位; 编制 ×1 (按需编制完成“多规合一”村庄规划: drafting). The numbers of people are
# employment (超7万人, 5.7万人), graduates and talent attracted (4.1万人, 超4万人, “科技副总”100名以上: call 3), the
# insured (9万人), farmers trained (4.5万人) and trainees (5万人次): reports notes, not posts
assert t.count('编制') == 1 and '职数' not in t and '岗位' not in t
assert re.findall(r'[0-9.]+万?(?:多|余)?万?[人名](?!次)', t) == ['7万人', '4.1万人', '9万人', '4万人', '100名', '4.5万人',
                                                                '5.7万人']
# ITEM_COUNT (6): every number + measure word was read (regex below; projects, enterprises, designations,
# facilities, villages, results, quoted names, ordinals and aspects are not counted: see the comments above)
counts_re = (r'(?:超|近)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)万?(?:余|多)?万?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|户|场|套|张|股|宗|起|块|只|名|人|片|篇|列|届|次|级|期)'
             r'(?:以上|左右)?')
assert len(re.findall(counts_re, t)) == 133, len(re.findall(counts_re, t))
ic_texts = [e['text'] for e in sorted(d.ents, key=lambda e: e['start']) if e['label'] == IC]
assert ic_texts == ['19所', '71个', '五大', '20条', '三大', '20项'], ic_texts
assert all(re.fullmatch(counts_re, x) for x in ic_texts)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 2, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 6, 'ORG': 19,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
