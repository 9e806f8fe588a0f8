"""Build report_kc.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 青岛市 (山东), a UTF-8 .txt file of 16,162
characters (142 newlines, no final newline): 各位代表： → 一、2023年工作回顾 (a year paragraph, the main
figures, eight numbered sections (一)–(八) each one paragraph of results, the theme education (一年来…主题
教育), the congress and rule-of-law paragraph (一年来，我们认真执行市人大…), the thanks, the problems) →
二、2024年工作总体要求和主要目标 (2024年是…关键一年, 政府工作总的要求是, 主要预期目标是 with no time word
before the targets, the situation) → 三、2024年重点工作安排 (围绕实现全年目标，重点做好十个方面工作, ten
numbered sections (一)–(十), each a lead paragraph and titled sub-paragraphs; (十) opens with the year's
livelihood list 今年…安排了15件市办民生实事) → the government's own work (各位代表！新的一年…) → closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh18/make_report_kc.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/青岛.txt'
OUT = 'corpora/gold-fresh18/report_kc.jsonl'
# meta: no header, no session date and no signature; the text opens with 各位代表： and its parts are
# 一、2023年工作回顾 / 二、2024年工作总体要求和主要目标 / 三、2024年重点工作安排, so the report is dated by its
# year (reports notes; report_ha, report_hd, report_ia…report_id, report_jc). Region: the city is 青岛
# (市人民政府, 市委, 中共青岛市委, 全市, 青岛 throughout); the text names the province itself (对山东、对青岛
# 工作的重要指示要求, 全省, 省委省政府, “爱山东”); the Shandong reports of the labelled sets use the same form
# (reports notes 山东省日照市 / 山东省滨州市; report-u 山东省德州市).
d = AnchoredDoc('fresh18-report-qingdao-2024', SOURCE, {'region': '山东省青岛市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 16162 and t.count('\n') == 142 and not t.endswith('\n'), (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; ST = 'STAFFING'; DL = 'DEADLINE'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[市人民政府]]向大会报告工作', None),
    # 向大会 (the session addressed), 各位政协委员 (people, v1.1): not ORG
    # ================================================================ 2023 review: the year paragraph
    # 2023年 ×2 (the review's year), 三年新冠疫情 (past), 党的二十大 / 二十届二中全会 (a congress and a plenum
    # with no body named), 重要指示要求 (no content): not labelled.
    # 省委省政府和市委 written without a mark gives one ORG each (report-be, report_ha, report_hd, report_jc)
    (ORG, '重要指示要求，在[[省委]]省政府和市委的坚强领导下', None),
    (ORG, '重要指示要求，在省委[[省政府]]和市委的坚强领导下', None),
    (ORG, '重要指示要求，在省委省政府和[[市委]]的坚强领导下', None),
    # 15760.3亿元, 5.9% …: amounts and rates
    # ================================================================ (一) economy
    # a set of policy measures the city issued (reports notes 173项…政策, 100项便民利企措施; report_fc 政策举措
    # 178项); 四批 counts the batches in which they came out, rounds of issue, not items of the list (no
    # labelled set counts 批) (README call 4)
    (IC, '出台实施四批[[308项]]政策举措', ic(308, '项')),
    # 376亿元; 423个省、市重点项目 (projects); 年度投资计划 (an annual amount, past); 499亿元政府专项债券 (bare
    # 政府); “亿惠青岛消费年” (a campaign's name); 省旅游发展大会 (a meeting; 省 alone names no body); 全年接待
    # 游客1.3亿人次 (a past total); 上合组织国家 (states; 上合组织: an international body with the head 组织,
    # report_jb 上海合作组织 / 上合组织, report_hb 世界知识产权组织): not labelled
    # ================================================================ (二) industry
    # 连续3年 / 第7位 (past; a rank), 海尔卡奥斯, 奇瑞汽车, 中船重工船舶设计研究中心 (a company's research
    # centre), 潍柴（青岛）海洋装备制造中心 (a company's plant), 8个新兴产业专业园区 (zones), 一期 / 二期
    # (phases), 物元半导体, 歌尔, 京东方, 海信, 阿斯利康 (companies), 上市及过会企业10家 / 85家, 连续9年 (past),
    # 空港型国家物流枢纽 (a facility), 卡奥斯 / 柠檬豆 (platforms), 特定行业平台53家, 1000家企业, 人工智能计算
    # 中心 (a facility: seventh session, data centres are not bodies), 5G基站3.7万个: not labelled
    # ================================================================ (三) innovation
    # 世界知识产权组织 (head 组织; report_hb, report_fa 联合国教科文组织), 第23位 / 11个位次 (ranks), 崂山实验室
    # (a lab: report_ib 涪江实验室, report_ga 武当实验室), “仲华”…总控数据中心 (a facility), 3家 / 8家全国重点
    # 实验室 (labs), 联合国“海洋十年”海洋与气候协作中心 (联合国 as a programme's owner: report_ec, report_hd;
    # the centre a platform), 山东能源研究院 (a research institute: reports notes), 24个 / 80个项目 (award-
    # winning projects: results), 69件 (patents per 10,000 people), 国家高速列车技术创新中心 / 国家高端智能化
    # 家用电器创新中心 / 国家虚拟现实创新中心（青岛） (innovation platforms: report-c, report_hb), 12项…关键技术
    # (results), 企业技术中心19家 / 工程研究中心22家 / 239家 / 129家 (designations), 研发机构 (generic), 重大
    # 科技专项38项 (research projects: report_hc 30项重大科技专项攻关), 7900家 / 9300家 / 190家 (enterprises),
    # 26.3万人 / 278万人 (talent: reports notes), 128位劳模工匠 (honourees), 第12次 (an ordinal): not labelled
    # ================================================================ (四) reform and opening
    # the body that runs the survey (report_ga, report_hc, report-g, report-u: 全国工商联)
    (ORG, '在[[全国工商联]]“万家民营企业评营商环境”', None),
    # 全国前十 / 全国十大海运集装箱口岸 (rankings), “高效办成一件事” (a quoted name).
    # service scenarios of the government's one-stop reform (reports notes “一件事一次办”场景119个; report_fa
    # “一件事一次办”联办事项10个; report-c “一类事”特色场景33个)
    (IC, '改革，[[263个]]服务场景实现“一次办好”', ic(263, '个')),
    (IC, '“一次办好”，[[102个]]场景实现免实体证照办理', ic(102, '个')),
    # 服务民营经济高质量发展“29条”: a count inside quotes (report_jc “42条”“28条”; report_ib “十条措施”);
    # 28.5万户 / 213万户 (enterprises); 青岛港 (a port and its company); 10项金融试点政策获国家批准施行: pilots
    # won from the state, a result (reports notes 新争创国家级改革试点; report_ib 57项国省改革试点) (README
    # call 2); 上合示范区 / 空港综合保税区 / 自贸试验区青岛片区 (zones), 上合组织经贸学院 (a college),
    # 青岛国际能源交易中心 (a trading centre: seventh session), 863列 (trains), 5项制度创新成果在全国推广
    # (results: reports notes 70项滨州经验), 世界500强投资项目31个 (projects), 7亿吨 / 3000万标箱, 青岛都市圈
    # 发展规划 (no 《》), 甘肃陇南、定西 (places), 国际友城89个, 第四届跨国公司领导人青岛峰会 / “中国+中亚五国”
    # 论坛 / 上合组织“三会一展” / 中日韩合作国际论坛 (events): not labelled
    # ================================================================ (五) city functions
    # ten campaigns of the city renewal named by their fields (交通基础设施建设、历史城区保护更新、旧城旧村改造等):
    # a programme the city carries out, like report_ga 库岸线整治等十大攻坚 and report-ao 规划共绘、交通共联等
    # 七大工程, not construction projects (report_gc, report_ha 十大工程) (README call 3)
    (IC, '旧城旧村改造等城市更新建设[[十项]]攻坚', ic(10, '项')),
    # roads, bridges, railways and reservoirs (明董高速, 青兰高速, 莱荣高铁, 官路水库 …), 二期 (a phase), “四纵五横”
    # (quoted), 11万平方米, 10个街区 (places), 台东步行街, 中电科科技产业园 / 百洋医疗智造产业园 (parks), 14个城中村
    # / 66个安置房项目 / 473个老旧小区 (places, projects), 太平山中央公园 (a park; 中央 in a name), 口袋公园83处,
    # 100处城市“微更新” (small works at sites), 850万平方米, 819条背街小巷, 40座高架桥, 新一轮 (a round), 24条
    # roads, 2.5万个泊位, 238处堵点: not labelled
    # ================================================================ (六) villages
    # tonnes, 58个…重点项目 (projects), 益海嘉里食品产业园 (a company's park), 7个种子品种 / 17个 / 54个
    # (products), 平度市 (a place), 国家现代农业产业园 (a park), 2个示范区 / 33个示范村 (designations), 20万户,
    # “四好农村路”1182公里, 1469个村庄 (villages), 第二轮土地承包到期后再延长30年试点 (an ordinal; a term of
    # contracts), 第二十届中国国际农产品交易会 / 全国现代设施农业建设推进会 (events, a meeting): not labelled
    # ================================================================ (七) ecology
    # PM2.5, 99.3%, “双碳”, 绿色工厂15家 / 54家 (designations), 胶州湾…管线, 充电桩2万个, 李村河, 10处矿山
    # (sites), 7600亩, 中央、省生态环保督察 (中央: no body head, v1.1; 省 alone): not labelled
    # ================================================================ (八) livelihood
    # 连续40年 (past). The year's livelihood list, completed (reports notes 省定20件、市定15件为民实事)
    (IC, '年度[[16件]]实事全面完成', ic(16, '件')),
    # “中国最具幸福感城市” (a title), 36.8万人 / 4.5万人 (employment, business starts: reports notes), 城乡公益
    # 性岗位5万余个 (public-welfare jobs for people in need, not posts of a body: reports notes; report_jb).
    # schools built (reports notes; report_ib 改扩建公办幼儿园9所 in its review)
    (IC, '新建改扩建中小学和幼儿园[[80所]]', ic(80, '所')),
    # 17万新生 (pupils), 青岛现代职教中心学校 / 青岛幼儿师范高等专科学校 / 康复大学 (schools and universities),
    # 一期 / 三期 / 二期 (phases), 省公共卫生临床中心青岛分中心 / 山大齐鲁医院 (hospitals), 三级医院 (a grade),
    # 848万人 / 938万人 (insured), 第2位 (a rank), 10.7亿元: not labelled.
    # N项 before the actions a measure carries out (seventh session: N大 before actions, 十大行动; report_ib
    # 八大专项行动, report_jc 六大行动) (README call 7)
    (IC, '爱老助老[[五项]]行动深入实施', ic(5, '项')),
    # 社区（村）养老服务站600处 (care service points: facilities, reports notes 孝善助老食堂400家; not ORG),
    # 4583户, 3.7万个托位, 600套 / 3.5万套 / 1.4万户 / 11万户 (housing, households), 市科技馆 / 市博物馆
    # (facilities), 奥帆海洋文化旅游区 (a scenic area), 首届…峰会 (an event), 417处 (facilities), 青岛西海岸
    # 足球队 (a professional football club: a sports team, a group of players run as a company, not a body
    # that holds public duties) (README call 6), 杭州亚运会 (an event), 12345热线 (a hotline: reports notes),
    # “青诉即办” (a platform), 首批…试点合格城市 / 示范城市 (designations won); 民族宗教、外事、侨务、台港澳、
    # 统计、档案、史志、气象、仲裁 and 妇女儿童、青少年、老龄、残疾人、红十字、慈善 (fields with no body head;
    # 红十字 without 会): not labelled
    # ================================================================ the theme education, the congress, the rule of law
    # 一年来 ×3 (past), 一批 ×3 (vague).
    # 市人大及其常委会: the 常委会 after a definite 市人大 is a definite short form (v1.2; report_ia, report_hd,
    # report_jc); 市人大 and 市政协 as the bodies that supervise (report_ib 主动接受市人大法律监督和市政协民主监督)
    (ORG, '我们认真执行[[市人大]]及其常委会的决议决定', None),
    (ORG, '我们认真执行市人大及其[[常委会]]的决议决定', None),
    (ORG, '自觉接受[[市人大]]法律监督、工作监督', None),
    (ORG, '工作监督和[[市政协]]民主监督，1162件', None),
    # 1162件人大代表建议、政协提案 (handled proposals; deputies: reports notes), 法治政府 (a type): not labelled
    (ORG, '向[[市人大常委会]]提交地方性法规草案5件', None),     # one ORG, longest name (report_fb, report_hc)
    # draft regulations submitted and rules made (reports notes 推动制定6部地方性法规和政府规章; report_fb
    # 地方性法规草案4件 / 政府规章9件; report_hc 3件; report_ia 政府规章8项)
    (IC, '提交地方性法规草案[[5件]]', ic(5, '件')),
    (IC, '制定修订政府规章[[10件]]', ic(10, '件')),
    # 中央八项规定及其实施细则精神 (中央: no body head; 八项规定 a fixed name: reports notes); 省委、市委实施办法:
    # two complete names (report_hb 省委、市委实施细则; report_fc 省委实施细则; report_ec 省委、省政府十项规定)
    (ORG, '实施细则精神和[[省委]]、市委实施办法，驰而不息', None),
    (ORG, '实施细则精神和省委、[[市委]]实施办法，驰而不息', None),
    # “四风” (quoted), 政府系统 (bare 政府): not labelled
    # ================================================================ thanks
    # 党中央国务院、省委省政府和市委: names written without a mark give one ORG each (report_ib, report_jc);
    # 党中央 has no body head (v1.1 中央)
    (ORG, '是党中央[[国务院]]、省委省政府和市委坚强领导的结果', None),
    (ORG, '是党中央国务院、[[省委]]省政府和市委坚强领导的结果', None),
    (ORG, '是党中央国务院、省委[[省政府]]和市委坚强领导的结果', None),
    (ORG, '是党中央国务院、省委省政府和[[市委]]坚强领导的结果', None),
    (ORG, '的结果，是[[市人大]]、市政协和社会各界监督支持', None),   # subjects of 监督支持 (reports notes)
    (ORG, '的结果，是市人大、[[市政协]]和社会各界监督支持', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市人民', None),
    # 全体人大代表和政协委员 (people), 各民主党派 / 各人民团体 (各), 驻青部队和武警官兵 (armed forces), 中央、省
    # 驻青单位 (单位: generic; 中央 no body head): not ORG; 工商联 in the thanks list (reports notes; report_ha,
    # report_hd, report_jc)
    (ORG, '向各民主党派、[[工商联]]、无党派人士', None),
    # the problems: 政府工作人员 (bare 政府; people): not ORG
    # ================================================================ 二、2024: requirements and targets
    # 二、2024年工作总体要求和主要目标 (a heading: report_gd, the same heading, no DEADLINE), 2024年是…成立75周年,
    # …关键一年 (a description), “十四五” (a plan period named), 政府工作总的要求是 (an unquoted outline: reports
    # notes), 锚定“走在前、开新局” (verb 锚定, no 原则/要求/方针/思路 after it; report_hb 落实省委“八个走在前…”),
    # 坚持稳中求进工作总基调 (基调 is not in the frame list; unquoted), 新发展理念 (理念), 十个方面 (aspects),
    # 主要预期目标是 (no time word before the targets: report_ib, report_ec), 坚持稳中求进、以进促稳、先立后破
    # (unquoted, no 原则): not labelled
    # ================================================================ 三、2024: the ten sections
    # 三、2024年重点工作安排 (a heading), 围绕实现全年目标 (the scope of the year's targets, no measure: report_hd,
    # report_ic), 十个方面 (aspects): not labelled
    # ---------------------------------------------------------------- (一) industry and innovation
    # 坚持把发展经济的着力点放在实体经济上 (unquoted, no 原则), 规上工业企业研发机构 (generic), the three
    # innovation centres (platforms), 8500家 / 300家以上 (enterprises), 2家以上全国重点实验室 (labs), “仲华”
    # 大科学装置 (a facility), 中科院高端轴承示范基地 (a base; 中科院 a research academy: reports notes, report_ga),
    # 十项重大科学课题研究 / 百项关键技术攻关示范项目 (research tasks and projects: report_ib 攻关10项以上,
    # report_hd 科研攻关100项, report_hc 30项重大科技专项攻关) (README call 9), 创新联合体 (an alliance),
    # 企业创新产品100项以上 (products), 国家级知识产权保护中心 (a national designation being built: report_ic,
    # report_jb, report_ga), “人才强青” (a programme's name), 人才队伍 / 产业工人队伍 (队伍), “工匠之城”: not
    # labelled
    # 1万亿元, 海尔卡奥斯, 海信, 鹏辉储能, 青岛啤酒 (companies), 国家铁路装备综合试验基地 (a base), 一期 (a phase),
    # 大型高端石化产业基地, 500个以上技改项目 (projects), “一企一策”, “青岛优品” / “青岛制造” (quoted names): not
    # labelled
    # 晶圆制造项目, 京东方…工厂, 新型显示制造基地, 阿斯利康…生产基地, 海尔大健康医疗器械产业园 (companies,
    # plants, parks), “中国康湾”, “卡位入链” (quoted names), 新兴产业专业园区 (zones): not labelled
    # 未来产业先导区 / 加速园 (zones), 20家以上场景应用实验室 (labs), 华大细胞中心 (a company's centre), 天启卫星物联网
    # 产业园 (a park): not labelled
    # 6400亿元, “四型”国家物流枢纽 (quoted), 中远海运空运山东物流总部基地 / 德邦快递山东总部智慧产业园 (companies'
    # projects), “日韩陆海快线” (a route), 科技成果概念验证中心和中试基地 (platforms), 标杆孵化器10家 (platforms),
    # 专业机构 (generic), 全球标准数据中心（青岛） (a data platform), 中国计量科学研究院青岛基地 (a research
    # institute's base: reports notes research institutes; report_ha), 青岛北客站片区 (a place), 设计产业集聚区 (a
    # zone), 一批…楼宇 (vague): not labelled
    # ---------------------------------------------------------------- (二) demand
    # 国际消费中心城市 (a city type), “青岛消费促进年” (a campaign's name, no limit), “以旧换新”, “一城一策”,
    # 30家以上 stores, 50个“一刻钟便民生活圈” (service circles), 440个…重点项目 (projects), railways and roads, 28条
    # 未贯通道路 (roads), 地铁6号线一期 / 2号线一期 (lines and phases; 号 is no document number), 官路水库 /
    # 小沽河…工程 (works), 新一轮 (a round), “三大工程” (a quoted name), 4000套 (housing), 110个“平急两用”项目
    # (projects), 中国移动智算中心 / “海之心”智算中心 (computing centres: seventh session), 3500个 (5G base
    # stations): not labelled.
    # 国际通信业务出入口局: an international telecom gateway exchange, a facility of the carriers that the
    # city seeks to build (争取加快建设), not a bureau of the state (README call 8)
    # ---------------------------------------------------------------- (三) reform and opening
    # 今年是青岛获批成为…沿海开放城市40周年 (a description, no target), 坚持改革不停顿、开放不止步 (unquoted, no
    # 原则), 全国统一大市场配套政策 (no number), 国家要素市场化配置综合改革试点 (a pilot to win), 完成政府机构改革
    # 任务 (bare 政府; 机构: generic), 市属企业 (companies), 普惠金融示范区 (a zone), 青岛大数据交易中心 / 海洋数据
    # 交易平台 (a trading centre and a platform: seventh session): not labelled
    # “两个毫不动摇” (a quoted name after 落实), 民营领军企业, 政府采购 (bare 政府), “青岛企业家日” (a day named,
    # no limit), “为民营企业办实事” (a campaign): not labelled
    # 新一轮, “高效办成一件事” / “一件事一次办” (quoted names; no number), 高频政务服务事项 (no number), “一站式”,
    # 轻微免罚事项 (no number), “青岛中央法务区” (a quoted zone), 负面清单 (no 《》): not labelled
    # 省支持上合示范区高质量发展意见 (no 《》; 省 alone), 上合国际城 / 上合国际枢纽港 (zones), 中欧班列集结中心 (a
    # hub), “丝路电商”服务基地 (a base); 支持设立上合组织国家海关信息中心: an information centre that serves
    # the customs of the member states, read as a platform (listed with 检验检测认证公共服务平台); 上合组织 is an
    # international body, head 组织 (README call 8); 签证中心 (visa centres of foreign states: facilities),
    # 自贸试验区 (a zone), 30项以上先行先试制度创新成果 (an outcome target, not a list set up: the review's 5项制度
    # 创新成果 are results) (README call 2), 山东国际大宗商品交易市场 (a market), 1000亿元, 各类功能区 (各): not
    # labelled
    # 新一轮国际市场开拓计划, 跨境电商综合试验区 (a zone), 国家服务贸易创新发展示范区 (a designation): not labelled
    # “走出去”“请进来” (a quoted formula after 坚持 with no 原则/要求/方针/思路: v1.1), 世界500强 / 央企 (companies),
    # 跨国公司 (companies), 跨国公司领导人青岛峰会 / “国际友人青岛行” (events): not labelled
    # 5351亿元, 85个重点项目 (projects), 青潍日同城化 / 青烟一体化 (places), “一小时通勤圈” (a name, not a
    # limit), 莱西—莱阳一体化发展先行区 / 平度—昌邑—莱州绿色化工联动区 (zones), 首批“跨市通办”政务服务事项 (no
    # number), 济南都市圈 (a region), 济青高铁: not labelled
    # ---------------------------------------------------------------- (四) the sea
    # 崂山实验室 (a lab), 驻青涉海高校和科研院所 (generic), 国家深海基因库、深海标本样品馆和深海大数据中心等三大
    # 国家深海平台 (platforms; N大 before platforms, not actions or tasks: seventh session), 汉缆…综合实验室 (a
    # company's lab), 27项重大技术攻关 (research tasks: README call 9), 海上综合试验场 (a facility): not labelled.
    # the state meteorological administration, named inside the name of its research institute: a body
    # named inside a longer non-ORG phrase is labelled on its own (v1.1 区人民政府工作部门; report-ax 自然资源部
    # 第四海洋研究所 → 自然资源部; report_gc 市红十字会医院 → 市红十字会); the institute itself is a research
    # institute (reports notes) (README call 5)
    (ORG, '加快[[国家气象局]]青岛海洋研究院建设', None),
    # 2100亿元, 140个海洋重点项目 (projects), 北海造船 / 中船七一二所 / 徐工港机 / 中电建 / 中船 (companies and a
    # company's institute), 青岛生物医药协同创新中心二期 (a platform's building phase), 115万千瓦, “深蓝2号”
    # (a net cage's name; 号 is no document number), 国家深远海绿色养殖试验区 (a zone): not labelled
    # 青岛港 ×2 (the port and its company), 董家口港区, 液体化工仓储二期 (a phase), 智慧海关 (a type of customs
    # work, no place: bare 海关, report_gc), “海铁直运”, 国家大宗商品储运基地, 现代航运综合服务示范区 (zones,
    # bases): not labelled
    # ---------------------------------------------------------------- (五) digital Qingdao
    # 49%以上, “工赋青岛·智造强市”, 10家特定行业平台 (platforms), 1000家以上企业 (enterprises), 国家中小企业数字化
    # 转型城市试点 (a pilot): not labelled
    # “一网通办” / “爱山东” / “一网统管” / “城市云脑” / “全市一个数字机关” (quoted names; 机关 generic) / “山东通” /
    # “无证明城市” / “鲁通码”: not labelled; 机关业务 / 机关运行 (机关: generic, v1.1).
    # service scenarios the city puts out (reports notes “免证办”事项5721个, “一件事一次办”场景119个; report_ib
    # 5项“微改革”: the count stands outside the quotes); 35个 and 10个 share the head 场景
    (IC, '推出[[35个]]“免证办”、10个“一码通城”场景', ic(35, '个')),
    (IC, '推出35个“免证办”、[[10个]]“一码通城”场景', ic(10, '个')),
    # “青岛停车” / “一部手机游青岛” / “全市一家医院” (platforms' names), 一批数字服务场景 (vague), 城市安全风险综合
    # 监测预警平台二期 (a phase), 智慧社区综合管理服务平台: not labelled
    # ---------------------------------------------------------------- (六) city planning and building
    (DT, '推动《[[青岛市国土空间总体规划（2021—2035年）]]》落地实施', None),     # a plan; its period is no DEADLINE
    # plans the city draws up (seventh session: plans are documents that may be counted; report_hc 9个专项规划,
    # report-u 专项规划21个, report_ea 7个城市片区详规)
    (IC, '停车场建设等[[8个]]专项规划', ic(8, '个')),
    # the planning designs of the low-efficiency areas, plans of 20 areas (report_ea 启动7个城市片区详规编制;
    # report_gb 23个…片区规划; report_jb 48个行政村完成…村庄规划编制) (README call 1)
    (IC, '全面完成[[20个]]低效片区规划设计', ic(20, '个')),
    # 139个市政设施和公共服务项目 (projects), 一批特色专业园区 (zones), 中山路等8条道路 (roads), 邮轮港区航运
    # 金融中心 / 世界之眼 (projects: …等项目), 20个城中村 / 3.1万套 / 433个老旧小区 / 5个山头公园 (places,
    # housing), 李村河（张村河） (a river), 100个停车场 / 2万个以上泊位 (facilities): not labelled
    # “动态清零”, 100条背街小巷, 农贸市场40处以上, 173处交通堵点, 100处城市“微更新” (sites, small works), 网格力量
    # (力量: generic): not labelled
    # ---------------------------------------------------------------- (七) villages
    # “三农”, “千万工程”经验 (a quoted name after 学习运用), 齐鲁样板先行区 (a designation), 青岛国际种都 (a brand),
    # 清原种业 (a company), 中国农科院生物育种研究院 / 青岛蓝色种业研究院 (research institutes; 农科院 a research
    # academy: report_ha), “蓝色良种” (a quoted name), 30个新品种 (products), 30个标准化生产基地 (bases), 12个…项目
    # (projects), 3家…龙头企业, 10个以上农产品 (products), 现代设施农业创新引领区 (a designation): not labelled
    # 第二轮土地承包到期延包 (an ordinal; the end of a contract term is an event, no limit), 全国农村宅基地制度改革
    # 试点任务 / 产权流转交易规范化整市试点 (pilots, no number), 强村共富公司 (companies), 乡土人才培育计划: not
    # labelled
    # 莱西市 (a place), 10个市级乡村振兴示范片区 / 2个以上示范区 / 100个以上和美乡村 (designations), 260个村庄 /
    # 15万户 / 600公里 / 100个村庄: not labelled
    # ---------------------------------------------------------------- (八) ecology
    # 第三轮“四减四增” (an ordinal; quoted), 碳达峰试点城市, 11条重点河流 (rivers), 麦岛、团岛等12个污水处理厂
    # (plants: facilities, reports notes 4座再生水厂), “无废城市” / “无废园区” / “无废工厂” (quoted), 500千伏, 50万
    # 千瓦, 15家以上 / 4家以上 (enterprises), 1500万平方米, 2.4万个, 86%, 近零碳园区 (zones), 灵山岛…省级试点,
    # “蓝湾整治”, 崂山湾, 3.5万亩, 中央、省生态环保督察 / 国家自然资源督察 (中央 and 国家: no body head): not
    # labelled
    # ---------------------------------------------------------------- (九) culture
    # 习近平文化思想, 文化“两创”, 社会主义核心价值观, 国家海洋考古博物馆 / 民间博物馆 / 市美术馆 (facilities),
    # “博物馆之城”, “探源青岛”, 三里河、琅琊台 (sites), “帆船之都”, 国际海洋体育大会 / “远东杯” (events), 弘诚
    # 体育场 / 浮山全民健身中心 / 体育场馆 / 220处 (facilities), 国家级文化产业示范基地 / 国家文化与金融合作示范区
    # (designations), 竹岔岛 / 小管岛 (places), “海上游青岛”, 百家景区焕新工程 (a programme's name; 百家 is a
    # round number of sites), 青岛老城5A级景区, 中国海洋大学鱼山校区 (a university): not labelled
    # ---------------------------------------------------------------- (十) livelihood
    # 今年 opens the sentence that sets the year's list to be carried out (report_jc 今年我们继续安排了…十大类
    # 民生实事, report_ea, report_id, report_hc) (README call 10)
    (DL, '兜牢民生底线。[[今年]]，我们聚焦群众关切', YEAR_BY),
    (IC, '安排了[[15件]]市办民生实事', ic(15, '件')),           # the year's livelihood list (reports notes)
    # 一件一件 (one by one), 35万人以上 / 3万人以上 (employment targets), “社区微业” (a quoted name), 城乡公益性
    # 岗位1.65万个 (public-welfare jobs: reports notes, report_jb), 共同富裕先行示范区（市） (a zone): not labelled
    # schools built and kindergartens upgraded (reports notes 120所…纳入集团化管理; report_ib 9所 / 40所 / 326所)
    (IC, '新建改扩建中小学校和幼儿园[[70所]]', ic(70, '所')),
    (IC, '改造农村薄弱幼儿园[[50所]]', ic(50, '所')),
    # 青岛二中东校区, 青岛五十八中北校区, 北京外国语大学附属青岛上合学校, 青岛现代职教中心学校, 青岛卫生健康职业
    # 学院, 康复大学 (schools, colleges, universities), 二期 (a phase), 教师队伍 (队伍): not labelled
    # 北大人民医院青岛医院, 国家区域医疗中心 (a hospital designation), 市中心医院, 市立医院东院区, 市妇女儿童医院
    # 西海岸院区 (hospitals), 市公共卫生中心 (a building under construction: reports notes 市公共卫生服务中心主体
    # 建成), 3个国家临床重点专科 (designations: report_jc, report_gc), 县域医疗服务次中心 (health facilities:
    # batch-c): not labelled
    # 12万人以上 (insured), 500处社区（村）养老服务站 (service points, as in the review), 700户以上 (households):
    # not labelled
    # “莱西经验” (a quoted name), 坚持和发展新时代“枫桥经验” (quoted, no 原则: v1.1); 加强“一站式”矛盾纠纷调处
    # 中心建设: the centres named by their kind with a quoted description, a class with no level or place
    # (reports-a, and report-u (德州) with the same wording “一站式”矛盾纠纷调解中心建设, left out; report-c) (README
    # call 6); 国防和军队 (armed forces), “十连冠” (a title), 第五次全国经济普查 (an ordinal), the fields of work
    # (民族宗教、外事、侨务、台港澳; 统计、档案、史志、气象: no body head), 社会组织 (generic): not labelled
    # 安全生产治本攻坚三年行动 (a programme's length), 中小金融机构 (generic): not labelled
    # ================================================================ the government's own work (plan)
    # 新的一年 (the year as a setting, no measure bound to it), 政府工作 / 政府治理体系 (bare 政府), “两个确立” /
    # “四个意识” / “四个自信” / “两个维护” (quoted names), 法治政府建设示范市 (a type; a title).
    (ORG, '严格执行[[市人大]]及其常委会决议决定', None),
    (ORG, '严格执行市人大及其[[常委会]]决议决定', None),
    (ORG, '依法接受[[市人大]]监督，自觉接受市政协', None),
    (ORG, '自觉接受[[市政协]]民主监督，主动接受社会', None),
    # 人大代表建议和政协提案 (proposals), 府院联动、府检联动 (courts and procuratorates with no name: report_jb),
    # 提升行政执法质量三年行动 (a programme's length), 坚持“四下基层” (quoted, no 原则), “三民”活动 / 12345热线 /
    # 行风在线 (channels), 坚持廉洁从政 / 坚持过紧日子 (unquoted): not labelled
    (ORG, '实施细则精神和[[省委]]、市委实施办法，力戒', None),
    (ORG, '实施细则精神和省委、[[市委]]实施办法，力戒', None),
    # 纪检监察监督 (a kind of supervision, no body named): not ORG
    # ================================================================ closing
    # 党中央 (no body head, v1.1); the city's party committee with its full name (report_ia 中共北京市委)
    (ORG, '在[[中共青岛市委]]坚强领导下', None),
]

for a in ANCHORS:
    label, anchor, norm = a[:3]
    d.ctx(label, anchor, n=a[3] if len(a) > 3 else 1, norm=norm)

# ================================================================ every body word accounted for
d.check_all('人民政府', 2, 2)
d.check_all('省委', 4, 4)
d.check_all('省政府', 2, 2)
d.check_all('市委', 5, 5)                          # 市委 ×4, 中共青岛市委
d.check_all('国务院', 1, 1)
d.check_all('常委会', 3, 3)                        # 常委会 ×2 (市人大及其常委会), 市人大常委会
d.check_all('工商联', 2, 2)                        # 全国工商联, 工商联
d.check_all('政府', 16, 4, [                       # bare 政府 (v1.1), types of government
    '499亿元[政府]专项债券', '法治[政府]建设深入推进', '制定修订[政府]规章', '驰而不息纠治“四风”，[政府]系统',
    '持续用力，[政府]工作人员', '关键一年。[政府]工作总的要求', '完成[政府]机构改革', '招投标、[政府]采购',
    '提升数字[政府]服务能力', '贯穿[政府]工作全过程', '不断提高[政府]治理体系', '全国法治[政府]建设示范市'])
d.check_all('人大', 9, 6, [                        # 市人大 ×5, 市人大常委会
    '1162件[人大]代表建议',                                   # deputies and proposals (reports notes)
    '向全体[人大]代表和政协委员',                              # people (v1.1)
    '认真办理[人大]代表建议和政协提案'])
d.check_all('政协', 7, 3, [                        # 市政协 ×3
    '并请各位[政协]委员',                                      # people (v1.1)
    '人大代表建议、[政协]提案全部办结',                        # bare 政协 after a prefix not repeated
    '人大代表和[政协]委员，',
    '代表建议和[政协]提案。'])
d.check_all('委', 14, 12, ['各位政协[委]员和其他', '人大代表和政协[委]员，向'])     # people
d.check_all('中央', 9, 0, [                        # no body head (v1.1); names of a park and a zone
    '太平山[中央]公园', '新造林7600亩。[中央]、省生态', '严格落实[中央]八项规定及其实施细则精神和省委、市委实施办法，驰',
    '是党[中央]国务院', '向[中央]、省驻青单位', '“青岛[中央]法务区”', '扎实做好[中央]、省生态',
    '严格落实[中央]八项规定及其实施细则精神和省委、市委实施办法，力', '为核心的党[中央]周围'])
d.check_all('局', 14, 1, [                         # 国家气象局 only; 开局, 新局, 格局, 布局, 出入口局
    '开[局]之年', '开新[局]”', '新发展格[局]，着力', '拔尖人才布[局]', '汽车项目布[局]', '关键材料领域布[局]',
    '加快布[局]未来产业', '积极布[局]新型基础设施', '业务出入口[局]',             # a telecom facility (call 8)
    '内陆港布[局]', '城市规划布[局]', '工业用地布[局]', '新[局]面'])
d.check_all('会', 44, 3, [                         # 常委会 ×3; 大会, 社会, 全会, 峰会, 推进会, 交易会, 亚运会, 过会
    '向大[会]报告', '中国特色社[会]主义思想为指导，深入', '二中全[会]精神，认真', '经济社[会]保持', '新时代社[会]主义现代化国际大都市建设迈出',
    '，社[会]消费品零售总额超过', '旅游发展大[会]', '上市及过[会]企业', '全社[会]研发投入', '青岛峰[会]、“中国', '青岛峰[会]、“国际',
    '“三[会]一展”', '农产品交易[会]', '建设推进[会]。', '。社[会]保障水平', '创作峰[会]', '杭州亚运[会]',
    '。社[会]治理能力', '市域社[会]治理', '全国社[会]治安防控', '中国特色社[会]主义思想主题教育', '中国特色社[会]主义思想科学指引',
    '市政协和社[会]各界', '人民团体和社[会]各界', '全市经济社[会]发展还', '民生和社[会]事业', '中国特色社[会]主义思想为指导，全面',
    '二中全[会]精神，深入', '5%以上，社[会]消费品零售总额增长', '数字社[会]建设水平', '践行社[会]主义核心价值观', '海洋体育大[会]',
    '健全社[会]保障体系', '推进社[会]保险', '提高社[会]治理水平', '支持社[会]组织', '深化社[会]治安防控', '中国特色社[会]主义思想凝心铸魂',
    '主动接受社[会]舆论监督', '推动经济社[会]高质量', '开创新时代社[会]主义现代化'])
d.check_all('联', 22, 2, [                         # 全国工商联, 工商联; 互联网, 联运, 联合, 联动, 联赛, 联系, 蝉联
    '工业互[联]网生态园首座', '海铁[联]运量', '工业互[联]网平台首位', '总数达到8家。[联]合国', '蝉[联]全国十大',
    '蝉[联]“中国最具', '中超[联]赛', '平台[联]动运行', '创新[联]合体', '工业互[联]网生态园加快', '智能网[联]汽车',
    '产业[联]动发展', '卫星物[联]网', '落实[联]系服务', '绿色化工[联]动区', '都市圈[联]动', '海洋物[联]网',
    '工业互[联]网平台，新培育', '府院[联]动', '府检[联]动'])
d.check_all('协', 15, 3, [                         # 市政协 ×3; 政协委员 / 政协提案, 协作, 协同
    '各位政[协]委员和', '气候[协]作中心', '东西部[协]作持续', '建议、政[协]提案全部', '人大代表和政[协]委员', '[协]同打造济青',
    '东西部[协]作和省内', '帮扶[协]作工作', '开展[协]同创新', '生物医药[协]同创新中心', '系统性、[协]同性',
    '建议和政[协]提案'])
d.check_all('院', 24, 1, [                         # 国务院 only; research institutes, colleges, hospitals, 院所, 府院
    '山东能源研究[院]', '经贸学[院]', '山大齐鲁医[院]二期', '三级医[院]（院区）', '三级医院（[院]区）', '中科[院]高端',
    '中国计量科学研究[院]', '科研[院]所开展', '青岛海洋研究[院]', '全市一家医[院]”', '全市公立医[院]', '中国农科[院]生物', '生物育种研究[院]',
    '蓝色种业研究[院]', '卫生健康职业学[院]', '北大人民医[院]青岛', '人民医院青岛医[院]', '市中心医[院]、',
    '市立医[院]东院区', '市立医院东[院]区', '妇女儿童医[院]西海岸', '西海岸[院]区', '常态化府[院]联动'])
labelled = [(e['start'], e['end']) for e in d.ents if e['label'] == ORG]


def outside(w, n):
    """``w`` occurs ``n`` times and never inside an ORG."""
    hits = [m.start() for m in re.finditer(re.escape(w), t)]
    assert len(hits) == n, (w, len(hits))
    for h in hits:
        assert not any(s <= h < e for s, e in labelled), (w, t[h - 6:h + 6])


# 中心 (40): platforms and innovation centres, research and company centres, trading and data centres, schools,
# hospitals and their designations, buildings, hubs, 中心城区 / 国际消费中心城市, and “一站式”矛盾纠纷调处中心
# (README call 6); 组织 (6): 上合组织 ×4 and 世界知识产权组织 (international bodies, head 组织), 社会组织 (generic);
# 站 (7): 基站 ×2, 养老服务站 ×2 (service points), 北客站, 一站式 ×2; 所 (6): 80所 / 70所 / 50所 (counts), 所有,
# 科研院所, 中船七一二所 (a company's institute); 队 (6): 足球队 (call 6), 部队, 队伍 ×3, 军队; 室 (6): labs; 馆 (10):
# museums, venues; 部 (15): 全部, 东西部, 部队, 部分, 总部, 北部, 一部手机; 团 (5): 团结 ×3, 人民团体, 团岛; 办 (34):
# 承办, 办理, 办好, 办结, 实施办法, 市办, 通办, 即办, 免证办, 办实事; 机关 (3): 数字机关 / 机关业务 / 机关运行
# (generic, v1.1); 机构 (5): 研发机构 ×2, 专业机构, 政府机构改革, 中小金融机构 (generic); 单位 (1): 驻青单位;
# 公司 (6): 上市公司, 跨国公司 ×4, 强村共富公司 (companies); 处 (17): 处理, 处置, 调处, and site counts (83处 …);
# 组 (10): 组织 ×6 (上合组织 ×4, 世界知识产权组织, 社会组织), 模组 ×3, 组建
for w, n in (('中心', 40), ('组织', 6), ('站', 7), ('所', 6), ('队', 6), ('室', 6), ('馆', 10), ('部', 15), ('团', 5),
             ('办', 34), ('机关', 3), ('机构', 5), ('单位', 1), ('公司', 6), ('处', 17), ('组', 10)):
    outside(w, n)


def rest(ch, words, n):
    """``ch`` occurs ``n`` times; each occurrence outside an ORG lies inside one of ``words``."""
    hits = [m.start() for m in re.finditer(ch, t)]
    assert len(hits) == n, (ch, len(hits))
    for h in hits:
        if any(s <= h < e for s, e in labelled):
            continue
        assert any(t[h - k:h - k + len(w)] == w for w in words for k in range(len(w)) if w[k] == ch), \
            (ch, t[h - 6:h + 6])


# 科 (30): 科技/科研/科学, 专科/学科/儿科, 中电科 (a company), 中科院 / 农科院 (research academies): no ORG
rest('科', ['科技', '科研', '科学', '专科', '学科', '儿科', '中电科', '中科院', '农科院'], 30)
# 社 (33): 社会, 社区: no ORG
rest('社', ['社会', '社区'], 33)
for w, n in (('委员会', 0), ('党委', 0), ('县委', 0), ('办公室', 0), ('领导小组', 0), ('以下简称', 0), ('管委会', 0),
             ('协会', 0), ('集团', 0), ('工会', 0), ('妇联', 0), ('厅', 0), ('署', 0), ('盟', 0),
             ('研究院', 5), ('实验室', 6), ('学院', 2), ('大学', 4), ('医院', 9), ('基地', 16), ('学校', 5), ('平台', 21),
             ('交易中心', 2), ('人民团体', 1), ('民主党派', 1), ('部队', 1)):
    outside(w, n)
assert sorted(e['text'] for e in d.ents if e['label'] == ORG) == sorted(
    ['市人民政府'] * 2 + ['省委'] * 4 + ['省政府'] * 2 + ['市委'] * 4 + ['市人大'] * 5 + ['市政协'] * 3 + ['常委会'] * 2
    + ['国务院', '中共青岛市委', '全国工商联', '工商联', '市人大常委会', '国家气象局'])

# ================================================================ other families
# DEADLINE (1): 今年 before the year's livelihood list. Every time word was read: 2023年 ×2 (the review's year and
# its heading), 2024年 ×3 (two headings, 2024年是…关键一年: a description), 2021—2035年 (inside a DOC_TITLE);
# 今年 ×2 (今年是…40周年: a description; the livelihood list: labelled); 全年 ×2 (全年接待游客 (past), 围绕实现全年
# 目标 (the scope of the year's targets)); 年度 ×2 (年度投资计划, 年度16件实事: past); 三年 ×3 (三年新冠疫情 (past),
# 治本攻坚三年行动 / 执法质量三年行动 (programme lengths)); 连续N年 / 一年来 (past); 再延长30年 (a term); 新的一年
# (a setting); 75周年 / 40周年; “亿惠青岛消费年” / “青岛消费促进年” (campaign names); 第二轮 / 第三轮 / 新一轮 (rounds);
# 一期 / 二期 / 三期 (phases); 到期 (the end of a contract term, no date); 中长期贷款 ×2, 全周期, 期待, 预期 (no limit);
# 前 ×6 (前十, 走在前, 当前, 前瞻, 前列, 前行: no limit); 内 ×10 (内需, 海内外, 省内, 内陆 …: no limit); 时 ×14 (新时代 ×11,
# 同时, 一小时通勤圈 (a name), 新时尚); 底 ×4 (海底, 底色, 底线 ×2: no limit); no 月, 季, 每, 年内, 期间, 到20xx.
assert re.findall(r'20\d\d年?', t) == ['2023年', '2023年', '2024年', '2024年', '2024年', '2021', '2035年']
assert t.count('年') == 36 and t.count('今年') == 2 and t.count('全年') == 2 and t.count('年度') == 2
assert t.count('三年') == 3 and t.count('期') == 25 and t.count('前') == 6 and t.count('内') == 10
assert t.count('时') == 14 and t.count('底') == 4 and '底前' not in t and '年底' not in t
for w in ('月', '季', '每', '年内', '期间', '之前', '以前', '以内', '日内', '日前', '提前', '到20', '上半年', '下半年',
          '年前', '小时内'):
    assert w not in t, w
# PRINCIPLE (0): no 原则, 按照, 遵循, 本着, 根据, 方针 or 思路. 坚持 ×12: unquoted phrases (坚持以习近平…为指导,
# 坚持稳中求进工作总基调, 坚持高质量发展, 坚持稳中求进、以进促稳、先立后破, 坚持把发展经济的着力点…, 坚持改革不停顿、
# 开放不止步, 坚持不懈, 坚持廉洁从政, 坚持过紧日子) and quoted names with no 原则/要求/方针/思路 after them
# (坚持“走出去”“请进来”, 坚持和发展新时代“枫桥经验”, 坚持“四下基层”: v1.1). 要求 ×4 (重要指示要求 ×2: no
# content; 工作总体要求和主要目标 (a heading); 政府工作总的要求是 (an unquoted outline: reports notes)). 理念 ×1
# (新发展理念). 锚定“走在前、开新局” (verb 锚定; no frame word).
for w in ('原则', '按照', '遵循', '本着', '根据', '方针', '思路'):
    assert w not in t, w
assert t.count('坚持') == 12 and t.count('要求') == 4 and t.count('理念') == 1
# DOC_TITLE (1) / DOC_NO (0): one 《》; titles without marks (青岛都市圈发展规划, 青岛港新版总体规划, 省支持上合示范区
# 高质量发展意见) are not labelled; 号 only in 地铁6号线, 2号线, “深蓝2号”; no 〔 [ 【
assert re.findall(r'《([^》]*)》', t) == ['青岛市国土空间总体规划（2021—2035年）']
assert '〔' not in t and '[' not in t and '【' not in t and t.count('号') == 3
# STAFFING (0): no 职数; 编制 ×1 (启动编制…专项规划: drafting); 岗位 ×2 (城乡公益性岗位5万余个 / 1.65万个: public-welfare
# jobs for people in need, reports notes). The numbers of people: talent (26.3万人, 278万人), honourees (128位),
# employment and business starts (36.8万人, 4.5万人, 35万人以上, 3万人以上), the insured (848万人, 938万人, 12万人以上);
# 第7位 / 第23位 / 第2位 are ranks; 17万新生 are pupils.
assert t.count('编制') == 1 and '职数' not in t and t.count('岗位') == 2
assert re.findall(r'[0-9.]+万?(?:余|多)?万?[人名位](?!次)', t) == [
    '7位', '23位', '26.3万人', '278万人', '128位', '36.8万人', '4.5万人', '848万人', '938万人', '2位', '35万人', '3万人',
    '12万人']
# ITEM_COUNT (16): every number + measure word was read (regex below, 215 hits); the labelled counts are listed
counts_re = (r'(?:超|近)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)万?(?:余|多)?万?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|户|场|套|张|股|宗|起|块|只|名|人|片|篇|列|届|次|级|期|位|间|轮)'
             r'(?:以上|左右)?')
assert len(re.findall(counts_re, t)) == 215, len(re.findall(counts_re, t))
ic_texts = [e['text'] for e in sorted(d.ents, key=lambda e: e['start']) if e['label'] == IC]
assert ic_texts == ['308项', '263个', '102个', '十项', '16件', '80所', '五项', '5件', '10件', '35个', '10个', '8个',
                    '20个', '15件', '70所', '50所'], ic_texts
assert all(re.fullmatch(counts_re, x) for x in ic_texts)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 16, 'ORG': 28,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
