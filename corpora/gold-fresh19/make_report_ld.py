"""Build report_ld.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 温州市 (浙江), a UTF-8 .txt file of 17,924
characters (120 newlines, no final newline): 各位代表： → 一、2023年工作回顾 (a year paragraph with the targets met,
a 面对…三个“一批” paragraph, six 过去一年，我们… paragraphs of results, the fields of work, the government's own
work, the thanks, the problems) → 二、2024年主要目标任务和重点工作 (the year, 今年政府工作的总体要求是, the targets
建议今年…主要预期目标为, the five 要… points, 重点做好八方面工作 and eight numbered sections （一）–（八） of titled
paragraphs; the livelihood candidates 12个民生实事候选项目 inside （六）) → 三、全面加强政府自身建设 (four titled
paragraphs) → closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh19/make_report_ld.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/温州.txt'
OUT = 'corpora/gold-fresh19/report_ld.jsonl'
# meta: no header, no session date and no signature; the text opens with 各位代表： and its parts are headed
# 一、2023年工作回顾 / 二、2024年主要目标任务和重点工作, so the report is dated by its year (reports notes; report_ka,
# report_ic, report-aj). Region: the city is 温州 (市人民政府, 市委, 全市, 幸福温州 throughout); the text names the
# province itself (考察浙江重要讲话, “浙江制造”, 浙江自贸区, 全省 throughout); the Zhejiang precedents use the same
# form (report-aj 浙江省湖州市, report-o 浙江省丽水市, report-c 浙江省舟山市).
d = AnchoredDoc('fresh19-report-wenzhou-2024', SOURCE, {'region': '浙江省温州市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 17924 and t.count('\n') == 120 and not t.endswith('\n'), (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; ST = 'STAFFING'; DL = 'DEADLINE'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}


def quarter(date):
    return {'date': date, 'precision': 'quarter', 'relation': 'by', 'recurring': False}


def names(anchor, parts):
    """``anchor`` occurs once; each of ``parts`` is labelled ORG at its first place after the last."""
    assert t.count(anchor) == 1, anchor
    base = t.index(anchor)
    pos = 0
    for p in parts:
        k = anchor.index(p, pos)
        d.add(ORG, base + k, base + k + len(p), None)
        pos = k + len(p)


# ---------------------------------------------------------------- names written in runs
# 省委省政府 is written without a mark six times: two ORGs each (report-aj 党中央国务院、省委省政府和市委; report-c,
# report_ic); 中央 and 党中央 have no body head (v1.1), not ORG.
names('深入实施“八八战略”，全面落实省委省政府关于三个', ['省委', '省政府'])          # review, year paragraph
names('是省委省政府和市委正确领导的结果', ['省委', '省政府', '市委'])               # thanks
names('坚决落实中央决策部署和省委省政府、市委工作要求', ['省委', '省政府', '市委'])    # 2024, the year
names('走深走实，全面落实省委省政府关于三个', ['省委', '省政府'])                  # 总体要求
names('落实落细中央和省委省政府、市委决策部署', ['省委', '省政府', '市委'])          # 三、强化政治引领
names('在省委省政府和市委的坚强领导下', ['省委', '省政府', '市委'])                # closing
# mass organisations named as fields of work (reports notes 工会、…、红十字会…等事业; report-c 工会、共青团、妇女儿童;
# report-o, report-aj 工会); 妇女儿童, 残疾人 and 红十字 (no 会) name fields, not bodies (report-aj, report-c)
names('工会、共青团、妇女儿童、残疾人、红十字等事业', ['工会', '共青团'])

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[市人民政府]]向大会报告工作', None),
    # 向大会 (the session), 并请市政协委员 (a body modifying people, v1.1): not labelled
    # ================================================================ 一、2023年工作回顾: the year paragraph
    # 一、2023年工作回顾 (a heading), 2023年是…开局之年 (a description), “八八战略”实施20周年, 三年新冠疫情 (past),
    # 党的二十大 (党 alone has no body head), 三个“一号工程” / “十项重大工程” (Zhejiang's fixed programme names:
    # report-aj decision 8, counts inside fixed names), 考察浙江 (a place): not labelled
    (ORG, '，在[[市委]]的坚强领导下，按照', None),
    # the body inside its session, term number inside the span (report-aj 市九届人大, report_ib 市八届人大, report_ia
    # 市十六届人大); 按照…会议明确的目标任务 has no content (no PRINCIPLE)
    (ORG, '按照[[市十四届人大]]三次会议明确的目标任务', None),
    # “全省第三极”, “四大振兴” (quoted names), 1.7和0.9个百分点, 全省第1 (ranks): not labelled
    # ================================================================ 面对… paragraph: three “一批”
    # 亚运足球、龙舟赛事, 火炬传递温州站 (a leg of a relay), 世界青年科学家峰会、海丝城市大会、世界温州人大会、侨创会
    # (events; 侨创会 is the fourth of the gatherings), 金丽温开放大通道, 市域铁路S2线, 杭温高铁, 温州机场三期 (works)
    (ORG, '质量强国建设工作获[[国务院]]督查激励', None),               # the body that commends (report-aj, report-c)
    # 396个重大项目 (projects), 第十五届中国国际园林博览会 (an event), 全国十大考古新发现 (a ranking), “优托护苗”
    # “温馨教室”“明眸皓齿”工程 (quoted), 千家老年食堂 / 千个“共享社·幸福里” (vague round numbers; facilities):
    # not labelled.
    # the livelihood list carried out (reports notes 158件民生实事, 省定20件、市定15件为民实事; report-aj 十方面30项)
    (IC, '[[111项]]省市民生实事均提前超额完成', ic(111, '项')),
    # 提前超额完成 (past: no DEADLINE), 连续5年 (past): not labelled
    # ================================================================ 过去一年… 稳增长
    # “抓项目、破难题、强服务”攻坚行动, “8+4”经济政策体系, 政企直通车, “帮企云”平台, “六位一体” (quoted names and
    # platforms): not labelled.
    # enterprise(-inspection) service centres set up and spread to every big industrial town: service bodies for
    # enterprises within the city's service system, like the 企业综合服务中心 every Zhejiang report labels (report-aj,
    # report-o, report-c) and 市企业服务中心 (report_ha, 挂牌成立) / 企业服务中心 (report_hd, 高标准运行); a body set up
    # (设立) with a count: the body is ORG and the count ITEM_COUNT (shandong-part2 建成农村社区服务中心26处 → ORG + 26处);
    # a class of bodies covering all towns is ORG (report-be 安委会、消委会…实现镇级全覆盖, report_hb
    # 未成年人保护工作站实现全覆盖, report-c 县级合法性审查中心全覆盖) (README call 1)
    (ORG, '设立[[企检服务中心]]19个', None),
    (IC, '设立企检服务中心[[19个]]，企业服务中心', ic(19, '个')),
    (ORG, '，[[企业服务中心]]实现工业大镇全覆盖', None),
    # 350亿元, “数据得地”机制, 89家 (enterprises), 2283亩, “利企安企暖企”, 中小微企业友好城市, 23.5万户 / 超140万户
    # (enterprises), “百项千亿”工程, 省重点建设项目 (省 alone), 全省第1、第2 (ranks), 省“千项万亿”工程 (quoted),
    # 地方政府债券 (地方政府: a class, bare 政府), “十大百项” (quoted), 品牌首店120家 (stores), 全国城市一刻钟便民
    # 生活圈试点 (a pilot), 五马大南商圈 (a place), “迎亚运、享赛事、游温州”, 133场 / 180场 (events), 雁荡山重振雄风
    # 三年行动计划 (a programme's length), 国家文旅融合发展示范区 (a designation), 楠溪江音乐节 (an event), “百团千企
    # 出海拓市场抢订单” (quoted), 省级公共海外仓2个 (facilities), 中欧班列温州号130列 (a train's name; 号 is no
    # DOC_NO), 国家进口贸易促进创新示范区 (a zone): not labelled
    # ================================================================ 过去一年… 创新
    # “八大抓手”, “一区一廊” (quoted), 83个 (projects), 温州高新区 (a zone), 前30%、前40% (ranks), 瓯江实验室 (a lab:
    # report_ic 三峡实验室), 科研团队50个 (teams of researchers: people, not institutions), 大孵化器集群, 210万平方米,
    # “建引育”模式, 国家自创区, “一港五谷”, 中国数安港 / 国际云软件谷 / 中国眼谷 / 中国基因药谷 / 温州新光谷 /
    # 中国智能谷 (platforms), 152家 / 203家 (enterprises), 全国第一单, 全国首批…场景 (no count), 5个 (projects), “科创
    # 中国”创新基地示范项目 (a designation), 全国重点实验室 (a lab).
    # 温州新光谷挂牌运行省激光智能装备技术创新中心: a provincial technology innovation centre is a platform designation
    # (report_ka 江苏沿海可再生能源技术创新中心 获批; report_fb, report_fc, report_hb, report_hd; report-aj decision 3:
    # innovation centres left out whatever the verb), not ORG (README call 5).
    # 高能级科创平台11家, 技术转移中心31家 (platforms: report-bc 技术转移中心), 省级企业研发机构135家 (机构 generic),
    # 766家 / 2344家 (enterprises), 国家级知识产权保护中心 (获批建设: a designation with no name, report_ic, report_ka),
    # 国家创新型县（市）, 千亿市县产业基金 / 温州民营投资基金 (funds), 大罗山基金村 (a place): not labelled.
    # 引育大学生12.9万人、技能人才9.5万人, 新增全职顶尖人才6名, 引进培养…高层次人才68名: talent attracted and trained,
    # not STAFFING (reports notes; report-aj, report_ka) (README call 4)
    # ================================================================ 过去一年… 产业
    # “十个一”机制 (quoted), 9000亿元 / 6500亿元, 两大万亿级产业集群 (clusters: domains), 280个 / 31个 / 102个 / 609个 /
    # 279个 / 1894个 (projects), 晶圆厂项目, 远景风电, 金风科技 (companies), 16.5兆瓦, “浙江制造天工鼎” (an award),
    # 34家 / 8家 / 10家 (enterprises), 500强, 示范企业（平台）16个 (designations won), 温州湾新区挂牌运行 (a zone:
    # reports notes, zones are not bodies), 省级高新区2个 / 获批创建2个 (zones), 省级特色小镇3个 (designations),
    # 1.2万亩 / 1.04万亩, 全国低效用地再开发试点, 全国首批自然资源节约集约示范县（市）: not labelled
    # ================================================================ 过去一年… 改革开放
    # “两个健康”先行区 (quoted), 全国首个“两个健康”省级评价标准 (首个: an ordinal; no 《》)
    # the city's own task list and measures (reports notes: 50项改革“破零”事项, 100项便民利企措施)
    (IC, '制定实施促进民营经济高质量发展[[195项]]任务清单', ic(195, '项')),
    (IC, '谋划推出[[20项]]优化营商环境突破性举措', ic(20, '项')),
    # 8个项目入选全省营商环境最佳实践案例 (selected: a result, report_ic 105项…入选), 全国第一方阵 (a rank)
    # service items (reports notes 561件高频事项下沉乡村; report_ic 1021个事项掌上可办)
    (IC, '[[266项]]高频事项办理实现“24小时不打烊”', ic(266, '项')),
    # “24小时不打烊” (a quoted name, no limit for a measure), 国家电子营业执照集成应用先行先试 / 国家知识产权纠纷快速
    # 处理试点 (pilots), 龙港新型城镇化, 农村“三位一体”, “大综合一体化”行政执法 (reforms), “科创指数贷”“新市民贷”
    # (products), 温州银行 (a bank: an economic entity, v1.1), 15万吨级 (a grade), 大型国际集货拼箱基地 (a facility),
    # 近洋航线4条 / 航线8条 (routes: report_ic), 130万标箱 / 1169万人次 / 10.6万吨 (throughput), 中印尼（温州）产业
    # 合作园 / 海峡两岸（温州）大健康产业园 (parks): not labelled
    # ================================================================ 过去一年… 城市
    # 建城2215年、建郡1700年 (anniversaries, not DEADLINE)
    # the city's planning committee, run as a standing body (委员会 with a specific type; regs-a 经市规划委员会审议)
    (ORG, '常态化运行[[国土空间规划委员会]]', None),
    # 中心城区统筹规划管理办法 / 国土空间总体规划 (no 《》), 总部大楼10栋 (buildings), “精建精美”项目100个 (projects),
    # 水务、燃气、环保三大集团挂牌成立 (state-owned groups are companies, v1.1; report-aj 市文旅集团: not ORG, and 三大
    # counts companies, not institutions): not labelled.
    # an unquoted N大 before the actions the city carries out, in the wording all three Zhejiang reports count
    # (report-aj, report-o, report-c 迎亚运…三大提升行动; seventh session: N大 before actions)
    (IC, '“城市品质、城市文明、城市治理”[[三大]]提升行动', ic(3, '大')),
    # 110个 (projects), 85条 (roads), 老旧小区138个 (places), 样板区、未来社区各21个 (designations), roads and railways,
    # 国家级现代流通战略支点城市 (a title): not labelled.
    # 中央 has no body head (v1.1); 省委 before its inspection is the body (report-aj 抓好省委生态环境保护督察反馈
    # 问题整改)
    (ORG, '铁腕推进中央、[[省委]]生态环保督察', None),
    # 长江经济带生态环境警示片 (a film), 97.5%, 国控断面 (a class of monitoring sections), 国家节水型城市 / 国家级
    # 生态文明建设示范区 / 国家水土保持示范县 (designations), EOD项目, 全国美丽海湾: not labelled
    # ================================================================ 过去一年… 共富与民生
    # “一县一策”, 山区5县 (territories), 产业飞地、教共体、医共体 (no body head), “一县一带一片”示范区12个, 示范县2个,
    # 特色精品村和未来乡村104个 (designations, villages), 全国学习运用“千万工程”经验现场推进会 (a meeting), 国家级现代
    # 农业园区, “1619”接续奋斗计划, 世界温州人公益慈善基金 (a fund), “共富工坊”1256家 (workshops: facilities),
    # 13320元: not labelled.
    # schools built (reports notes; report-aj 新建和改扩建幼儿园18所, report_ka 19所)
    (IC, '新改扩建幼儿园、中小学[[203所]]，在温高校', ic(203, '所')),
    # 14个学科 (disciplines: domains), 6.6万“小飞鸥” (children), 三甲医院增至11家 (a grade reached: report_ic 4家县级
    # 医院晋升, report_hd), 国家卫生乡镇提前两年实现全覆盖 (past), 示范城市 / 样板市 / 联系城市 / 联系点 (titles),
    # 城镇新增就业9.6万人 (employment: not STAFFING): not labelled.
    (DT, '实施《[[温州市全民健身促进条例]]》', None),                  # a local regulation (guidelines DOC_TITLE)
    # 200万平方米, 18金5银2铜, 《温州大典》首批成果发行 (a book series published: report_ic 《楚辞大典第二编》, report_ec
    # 《蜀道文库》, not DOC_TITLE), “戏从温州来”, 海上丝绸之路（中国）影响力城市年度榜单 (a ranking; 年度 in its name),
    # 全国版权示范城市, “中国工艺美术之都” (titles), 18.3% / 7.8% / 30.8%, 重大信访问题清单管控力指数 (a metric), 试点合格
    # 城市, “杜苏芮”“卡努” (typhoons), 全国气象防灾减灾示范区: not labelled
    # ================================================================ fields of work (工会、共青团: names() above)
    # 外事、侨务、民族宗教、国防动员、退役军人事务、对口支援合作、机关事务 (机关: generic), 供销 (no 社), 公积金: fields
    # ================================================================ the government's own work (review)
    # 政府自身建设 (bare 政府), 主题教育, “循迹溯源学思想促践行”, “感恩奋进、实干争先”等系列行动, “两个确立”“两个维护”
    # (quoted names); 国家自然资源督察 (国家: no body head, report_kc): not labelled
    (ORG, '国家自然资源督察、[[省委]]巡视反馈问题整改', None),          # report-aj, report-o, report-c
    # 依法接受人大监督, 自觉接受政协民主监督 (bare: reports notes), 人大代表建议623件、政协提案499件 (people; bare 政协
    # with no 市, unlike report_ka's 市政协提案; handled proposals are not counted): not labelled.
    # draft regulations submitted (report_ic 提请市人大常委会审议地方性法规草案4件; report_fb, report_hc, report_hd);
    # 提请审议 names no body here
    (IC, '提请审议地方性法规草案[[2件]]', ic(2, '件')),
    # 行政诉讼案件数, 败诉率: not labelled. 政府工作清单化闭环管理 (bare 政府).
    # the government's own task list of last year's report (reports notes 256项重点工作落地见效); 去年 dates the report,
    # not a limit (past)
    (IC, '去年政府工作报告确定的[[214项]]重点工作完成率', ic(214, '项')),
    # the body that grants the incentives (report-c 实现省政府督查激励市县区全覆盖; report_ka 38项工作获省政府督查激励);
    # 22项 are incentives won (a result, report_ka): not counted
    (ORG, '获[[省政府]]督查激励22项', None),
    # 历年最佳, “三公”经费, “四风”, 清廉政府 (a type of government): not labelled
    # ================================================================ thanks (省委省政府和市委: names() above)
    # subjects of 监督支持 (reports notes 是市人大、市政协…监督支持的结果 → both; report-o, report_ic)
    (ORG, '是[[市人大]]、市政协和社会各界监督支持的结果', None),
    (ORG, '是市人大、[[市政协]]和社会各界监督支持的结果', None),
    (ORG, '在此，我代表[[市人民政府]]向全市人民', None),
    # 人大代表、政协委员 (people), 各民主党派, 各人民团体 (各), 驻温部队, 武警官兵, 公安干警 (armed forces and
    # people: report_ha, report_ka), 消防救援队伍 (队伍: generic), 中央、省驻温单位 (中央: no head; 单位 generic):
    # not ORG. The problems paragraph names no body and no count (“三大差距” is quoted).
    # ================================================================ 二、2024年 the year, requirements, targets
    # 二、2024年主要目标任务和重点工作 (a heading), 今年是…75周年 (a description), “十四五”规划 (a plan period named, no
    # limit; no 《》), “双万” (quoted); 中央决策部署 (中央: no head; 省委省政府、市委: names() above).
    # 今年政府工作的总体要求是 (an unquoted outline: reports notes; report_ka 今年政府工作的指导思想是): no DEADLINE, no
    # PRINCIPLE; 中央经济工作会议 (中央: no head), 坚持稳中求进工作总基调 (总基调, unquoted), 新发展理念 (理念), 围绕
    # 全省“勇当先行者、谱写新篇章”新定位新使命 (围绕 is no frame verb; 定位/使命 are not 原则/要求/方针/思路), “八八战略”,
    # 三个“一号工程” / “十项重大工程” (fixed names, report-aj), “强城行动”, “四大振兴”, “千年商港、幸福温州” (quoted):
    # not labelled.
    # v1.2 Year targets: 今年 heads the list of targets (report-aj 建议今年全市经济社会发展的主要预期目标为; report_ka)
    (DL, '建议[[今年]]经济社会发展主要预期目标为', YEAR_BY),
    # 5%以内 (a rate, not a limit: report-aj), “五个必须” (a count inside a quoted name), “向东是大海”, 县域综合实力攀升
    # 行动, 八方面工作 (aspects, v1.1): not labelled
    # ================================================================ （一） 科技创新
    # 教育科技人才一体先行试点, “来温州创未来、投温州赢未来”品牌; “一区一廊一会一室一集群” (quoted), 温州高新区,
    # 环大罗山科创走廊, 世界青年科学家峰会 (an event), 瓯江实验室 (a lab), 大孵化器集群2.0版, 专业运营机构 (一批;
    # 机构 generic), 200万平方米, 入孵企业（团队）3000个 (enterprises), 500家 (enterprises), 国家数据要素综合试验区
    # 示范园区 (a zone), 全国一流数据交易中心 (a trading centre: seventh session), 国家先进眼视光技术创新中心 (a platform
    # designation), 创新药转化平台, 激光与光电产业基地, “一器一园”, 国科、浙大、华中科大、香港理工大学等温州研究院
    # (research institutes: reports notes; report-aj 浙大湖州研究院), “头部企业+大学（研究院）”, 高能级科创平台5家 /
    # 技术转移中心15家 (platforms), 全省重点实验室8家 (labs): not labelled
    (DT, '推动出台《[[温州市民营企业科技创新促进条例]]》', None),       # a regulation to be enacted
    # “双倍增”“双迈进” (quoted), 10家 / 600家 / 1800家 (enterprises), 60% / 2.85%, “科技副总”“科技轻骑队”模式 (quoted
    # models; the 队 names a kind of team in a model, not a body), “双尖双领”重大科技项目20个 (projects), 企业研发
    # 机构350家 (机构: generic), 省级企业技术中心10家 (designations), “人才新政40条”4.0版 (the quotes cover the count:
    # report-aj “56条”, gold-fresh18 README), “瓯越英才计划”, “510+行动” (quoted): not labelled.
    # a package of measures named without quotes (report-aj 实施支持企业稳工稳产十条举措; report_id 十条措施;
    # gold-fresh17 README 民营经济十条)
    (IC, '落实促进青年就业创业[[十条]]举措', ic(10, '条')),
    # 温州“学子码”, “千企百校” (quoted), 新增全职顶尖人才5名、省级及以上高层次人才40名, 引育大学生12万人以上, 培育
    # 技能人才8万人以上 (talent and training: reports notes, not STAFFING) (README call 4), 国家产教融合试点城市,
    # 温州技师学院 (a college: facility), 市公共实训基地 (a facility): not labelled
    # 温州医科大学, 温州大学, 温州肯恩大学, 温州理工学院, 温州职业技术学院 (colleges), 省“双一流196工程”院校, 国家
    # “双高计划” (quoted), 科创基金, 大罗山基金村, 200亿元 / 150亿元, 技术经纪人 (people), 国家知识产权保护示范区,
    # 国家级知识产权保护中心 (高标准建设: a designation with no name, report_ic), “十大场景” and “十件实事” (the quotes
    # cover the count: report_ib “十条措施”, report-aj “56条”; unlike report-o's unquoted 十件实事) (README call 3):
    # not labelled
    # ================================================================ （二） 稳进提质
    # 省“8+4”经济政策体系 (省 alone), 200亿元, “金融富瓯”行动, 300亿元, 8000户, 600家 / 150家 / 300家 / 各8家
    # (enterprises), “雁阵齐飞”“繁星满天”, “品字标”企业50家 (enterprises), “浙江制造”标准50项 (brand standards for
    # certification, like trademarks: report-aj decision 10 新增“浙江制造”标准20项以上, not counted) (README call 6),
    # 质量强国标杆城市, 第五次全国经济普查 (an ordinal), “六位一体”, 两大万亿产业百场对接活动 (domains; events), 95%,
    # 用政府的真心帮扶 (bare 政府): not labelled.
    # “百项千亿”重大项目576个 (projects), 完成年度投资 (年度: the year's scope, no limit), 7% / 17%, 投资“赛马”激励:
    # not labelled.
    # quarterly and month limits for the start rate of the provincial projects in the plan (v1.2 Year targets: a
    # time that heads a target inside a plan; report-aj 一季度 → 2024-03-31, quarter, by) (README call 2)
    (DL, '确保省“千项万亿”项目开工率[[一季度]]达到30%', quarter('2024-03-31')),
    (DL, '一季度达到30%、[[二季度]]达到60%', quarter('2024-06-30')),
    (DL, '二季度达到60%、[[三季度]]85%以上', quarter('2024-09-30')),
    (DL, '三季度85%以上，[[10月底前]]全部实质性开工',
     {'date': '2024-10-31', 'precision': 'month', 'relation': 'by', 'recurring': False}),
    # 政府和社会资本合作新机制 (bare 政府), “市场+资源+应用场景”, 国家超长期国债 (长期: a bond's term), 地方政府专项债券
    # (a class), 国家能耗单列, 城市商圈（街区）10个 (places), 400家 / 100家以上 (enterprises, stores), 国货“潮品”, 6.5%,
    # 区域消费中心城市: not labelled
    # “一号发展工程”, “十个一”机制 (quoted), 9500亿元, 世界级产业集群, “时尚+品牌+科技”, “一核心多区块”, 智算中心 (a
    # computing centre: seventh session, not a body), 30个以上 / 1200个 (projects), 省级智能工厂（数字化车间）10个
    # (designations: report_ka 智能工厂10家以上), “核风光水蓄氢储”, 比亚迪、正泰、瑞浦、金风、伟明盛青 (companies),
    # 抽水蓄能电站 (facilities), 三澳核电二期 (a phase), 全国新能源产能中心, 千亿级产业集群, 新材料基地, 海洋经济高质量
    # 发展倍增行动 (no count), 温台沿海产业带, 现代临港产业基地, 1个百分点: not labelled.
    # “驻点招商+专班推进+季度集中签约”机制 (quoted; 季度 a frequency), “551X”, 千亿市县产业基金 / 温州民营投资基金
    # (funds), 280个 / 30个 / 100个以上 / 500个 / 300个 (projects), 实力温商总部, 温州海经区 / 海峡两岸（温州）大健康
    # 产业园 / 温州湾新区 (zones), 小微企业园10个 / 竣工20个 (parks), 产业配套园区, 全国低效用地再开发试点, “工业上楼”,
    # 1万亩 / 2万亩, 土地综合整治项目5个 (projects), “数据得地”, 长期租赁 (a lease's term): not labelled
    # ================================================================ （三） 强城行动
    # “强城行动”, “五城三园”, 百个重点项目 (projects), 260亿元, “五城联动、三园辉映”, 瓯江新城, 滨江CBD总部大楼群,
    # 温州金融科技文化中心, 温州文化展示中心 (buildings), 府东路过江通道, 城市新中心, 千年斗城, “北斗七星”, “倚江、
    # 负山、通水” (a described landscape, not a principle), “海丝名城”, 科教智城, 高教园区, 瓯海生命健康小镇, 茶山校地
    # 产教融合样板区, 东部科技城, 综合交通枢纽, “万亩千亿”新产业平台, 西部时尚城, G104时尚走廊, 鹿城经济开发区 (a zone),
    # 中国鞋都, 瓯海时尚智造小镇, 时尚定制创意街区, “全域美”生态园, 三垟湿地“新十景”, 大罗山保护开发三年行动计划 (a
    # programme's length), 园博园, 中国国际园林博览会 (an event), 植物园 / 动物园 (facilities), 构建“多园共生、交通
    # 共享、产业共融”的发展格局 (格局 is not 原则/要求/方针/思路; 构建 no frame verb), 国际生态旅游岛, 甬台温临港产业
    # 示范基地, “海上花园”: not labelled.
    # 温州都市圈, “东拓西进、南连北接、四港联动、通达世界”, 新一轮国土空间总体规划 (no 《》), 中心城区一体化市级统筹
    # 机制, “一核三辅”, “六个一体化” (quoted), “拥江面海…”, 城市总规划师 (a person).
    # 规委会 refers back to the 国土空间规划委员会 named in the review: a definite short form (v1.2) of a body, named
    # inside a longer non-ORG phrase (v1.1); report_ia 首规委 (README call 7)
    (ORG, '发挥城市总规划师和[[规委会]]机制作用', None),
    # 龙平苍一体化发展联席会议机制 (a meeting: v1.1), 鳌江流域, 坚持“小县大城、产城融合、组团发展”战略 (战略 is not
    # 原则/要求/方针/思路: report_ic “…”发展战略), 重大项目70个 (projects), 特大镇 (places), 城中村改造8个 / 老旧小区
    # 改造45个 (places), 省级未来社区15个 (designations), 天然气管道项目前期, 瓯江引水工程, 滨海净水厂一期 (works),
    # 商品房现房销售试点, 国家智能建造试点: not labelled.
    # “十百千”工程, 高能级服务业发展区, 6.5%左右, 区域现代服务业中心城市, 生活圈试点, 社区嵌入式服务设施建设先行试点,
    # 功能布局优化提升行动, 高品质生活圈 (一批), 口袋公园, “平急两用”, 智慧城市、韧性城市, 定期开展城市体检 (a
    # frequency), 三年行动 (a programme's length), “上改下”, 加装电梯: not labelled.
    # 综合交通三年大会战收官战 (a campaign's length), 500亿元, “5321”高铁时空圈, 杭温高铁, 温福高铁, 东部综合交通
    # 枢纽, 温武吉铁路, 温州南动车所 (a rail depot: a facility of the railway company), roads and bridges (二标段, 二期),
    # “S+M”, 市域铁路S3线, TOD, 温州北站互通, 国省道项目 / 断头路 (一批), “四好农村路”800公里, 三级公路 (a grade),
    # 95%: not labelled
    # ================================================================ （四） 改革开放
    # 全国首批沿海开放城市40周年 (an anniversary), “一号改革工程”、“一号开放工程”, “深化改革看温州…”; 坚持“两个毫不
    # 动摇”“三个没有变” (quoted, no 原则/要求/方针/思路 after them: v1.1), 全国民营经济创新发展示范区, 新时代“两个健康”
    # 先行区建设五年计划 (a plan's length): not labelled.
    # the same task list carried out this year (as in the review)
    (IC, '落实落细促进民营经济高质量发展[[195项]]任务清单', ic(195, '项')),
    # 营商环境最优市; the enterprises' comprehensive service centre, ORG in every Zhejiang report (report-aj decision 1,
    # report-o 启用/入驻, report-c 优化提升)
    (ORG, '线上线下融合运行[[企业综合服务中心]]', None),
    # 行政审批中介服务, 更多“一类事”服务场景 (no count), “一网通办”率95%, 全国统一大市场, 市场准入负面清单, 龙港…等
    # 标志性改革成果, 国家要素市场化配置综合改革, 数据基础设施建设 (pilots), 公用事业一体化、国资国企…, 国家和省级金融
    # 改革试点, QFLP, 数字人民币, 银行结算账户体系, 银行、保险、证券等地方法人金融机构 (机构: generic), 区域金融中心:
    # not labelled.
    # “一带一路”, 省RCEP高水平开放合作示范区 (a zone), 长三角, 粤闽浙沿海城市群, 数字丝绸之路战略节点城市, “走出去”
    # “引进来”, 金丽温开放大通道, 温州机场三期扩建工程, 航空物流园, 大型国际集货拼箱基地, 乐清湾C区一期, 状元岙二期,
    # 温州港南部港区 (works and facilities), 保税物流中心 (申报设立: a bonded facility, report_ic 三峡保税物流中心),
    # 海铁联运专列, 中欧班列温州号135列 (a train's name), 近洋航线15条以上 / 航线5条 (routes), 1亿吨 / 150万标箱 /
    # 1300万人次 (throughput), 近洋国际航运中心, 区域性国际航空枢纽, “金南翼”, 华商华侨综合发展先行区, 侨创小镇,
    # 跨境电商综试区, 国家进口贸易促进创新示范区, 综合保税区, 浙江自贸区 (zones), 90强 (a rank), 10%, “百团千企出海拓
    # 市场增订单”行动 (quoted), 海外仓, 二手车出口业务试点, “新三样”, 6亿美元, 境外经贸合作区, 本土民营跨国公司“领航
    # 企业”5家 (enterprises), “地瓜经济”: not labelled
    # ================================================================ （五） 绿色低碳
    # 绿水青山就是金山银山理念 (理念), “811”生态文明先行示范行动, “美丽中国”温州样本; 能源保供稳价工程, 苍南1号二期、
    # 洞头2号 (wind farms; 号 is no DOC_NO), 华港LNG储运调峰中心 (a facility), 瑞安1号海上风电, 超100亿元, 绿色低碳
    # 园区和工厂 (一批), 充电枪2万把以上, 省级及以上园区, 高耗低效企业500家 (enterprises), “空间、总量、许可”一体化改革,
    # EOD项目 (一批): not labelled.
    (ORG, '坚决完成中央和[[省委]]生态环保督察反馈问题整改', None),      # 中央: no head (v1.1)
    # 长江经济带, 动态清零机制, 60个重点生态环保基础设施项目 (projects), 8个重点行业 (sectors: domains, v1.1), 水环境
    # 质量提升三年行动 (a programme's length), 100% / 96.9%, 全省前列, 国家无废城市, 县（市、区） (territories), 省级
    # 无废城市, 25微克/立方米, “幸福不动产”: not labelled.
    # 生态环境分区管控, “河湖林田长制”, 三大水系、五大河网 (places), 省级美丽河湖12条 (designations: report-aj 美丽河湖
    # 11条), 洞头诸湾 / 苍南沿浦湾, 南北麂列岛国家公园 (a park), 全域幸福河湖, 国家生态园林城市、国际湿地城市, 重点生态
    # 功能区, 生态产品价值实现机制, 生态保护补偿制度, 山区5县GEP核算应用, “两山合作社” (a co-operative, v1.1; report-aj),
    # 绿色信贷、绿色保险: not labelled
    # ================================================================ （六） 共同富裕
    # “三大差距” (quoted), “强城、兴村、融合”, 公共服务“七优享”工程 (quoted), 共同富裕示范区市域样板; 山区海岛县“一县
    # 一策”, “一县一业”, 百亿级主导产业集群, “四大千亿” (quoted), “飞地经济”产业合作项目10个 (projects), 山区5县
    # (territories), 扩中提低行动, 1.86左右 (a ratio), 15%以上, 革命老区, 少数民族地区 (places), 对口支援、对口合作和
    # 东西部协作 (fields): not labelled.
    # 耕地保护和粮食安全责任制, 高标准农田, 粮食生产功能区, 国家自然资源督察反馈问题整改 (国家: no head, as above),
    # “非农化”“非粮化”, 现代种业“5655”工程, 奶牛育种、浙南作物育种等省级重点实验室 (labs), 省级数字农业工厂、未来
    # 农场11个 (designations: report_fc 数字农业工厂7家), 农业“双强”示范区 (一批), “六个一”产业高质量发展三年行动计划
    # (quoted; a programme's length), 深化新时代“千万工程”, 和美乡村“示范引领、全域整洁”行动 (quoted name of an
    # action), 点亮乡村六个“百千”行动 (the count is part of the programme's fixed name, like 三个“一号工程” in report-aj
    # decision 8) (README call 3), “一县一带一片”示范区12个, 省级未来乡村20个, 风貌落后村400个 (designations, villages),
    # 农村职业经理人队伍 (队伍: generic), 引育农创客1900名以上 (talent: not STAFFING) (README call 4), 强村富民乡村集成
    # 改革, 农村“三块地”改革, “共富工坊”1500家 (workshops), 集体经济项目100个 (projects), 35万元 / 15万元: not labelled.
    # “好学温州”, 全国学前教育普及普惠县, 义务教育优质均衡发展县 (designations)
    (IC, '新改扩建幼儿园、中小学[[141所]]，大力实施', ic(141, '所')),   # schools built, as 203所 above
    # “县中崛起”, 集团化办学, 城乡教共体, 老年教育和特殊教育, “医疗高地”, 国家医学中心、国家区域医疗中心 (hospital
    # designations: report_ic, report_ec), “名医名科名院”工程, 县级医院 (hospitals): not labelled.
    # medical institutions a measure builds (reports notes: schools and medical institutions a measure sets up or acts
    # on; report_fb 乡镇卫生院8家, report-ao 建强56个乡镇卫生院; batch-c 一所卫生院); the 卫生院 themselves are
    # facilities (v1.1), not ORG
    (IC, '新建二乙水平乡镇卫生院（社区医院）[[10家]]', ic(10, '家')),
    # 58个医疗卫生重点项目 (projects), 全国首个医防融合试点城市, 城镇新增就业9万人以上 (employment), “共富型”大社保
    # 体系, 全民参保计划, “医保纾困”, 国家医疗保障公共服务综合标准化试点, 瓯江红“共享社·幸福里” (quoted), 重点单元
    # 500个 (community units: places), 公租房, 住房公积金长租房项目, 2.4万套 (housing), 养老机构床位5000张 (beds:
    # seventh session; 机构 generic), 老年助餐服务点200个 (service points: reports notes, report_ia), 千人托位数4.5个 (a
    # ratio), 儿童友好试点单元190个 (pilots), 红十字、慈善 (fields, no 会), “真爱到家·社会救助服务联合体” (a quoted
    # consortium), “大爱温州、善行天下”品牌: not labelled.
    # the livelihood candidates drawn up by the city government and put to the vote (report-aj 2024年度市政府12项民生
    # 实事候选项目 → 市政府 and 12项; report_aw, report-g, report-ao, report-c: the candidates are counted)
    (ORG, '在前期广泛征求意见的基础上，[[市政府]]梳理形成了', None),
    (IC, '“明眸皓齿”等[[12个]]民生实事候选项目', ic(12, '个')),
    # 在前期 (past), 提请大会票决 (大会: the session), 每一件实事 (every one): not labelled
    # ================================================================ （七） 文化
    # “三年百项文化工程”收官战 (quoted), “四千精神”, “温州学”, “永嘉学派”, 传承发展“经世致用、义利并举”的事功思想
    # (思想; 传承发展 is no frame verb), 文化基因激活工程, 宋韵瓯风文化传世工程, 《温州大典》研究编纂重磅成果 (a book
    # series: not DOC_TITLE, as above), 朔门古港遗址, 古港遗址公园, “非遗在社区”全国试点, 市非遗馆 (a museum:
    # facility), 永嘉昆曲… (crafts), 九山书会南戏文化园 (a park; 书会 is a historical troupe's name inside it), 江心屿
    # 西园, 媒体融合改革, “东亚文化之都”: not labelled.
    # 全国文明城市, “浙江有礼·瓯越先行”, 新时代文明实践中心（所、站）50个 (a class of facilities: report_fa, report-aj,
    # report_kb), 国家公共文化服务体系示范区, 十大文化新地标 (landmarks: places and buildings, not actions or tasks),
    # 中国民办博物馆之城, 文艺精品高峰计划, 文艺赋美工程, 城市书房、文化驿站 (facilities), 工业园区: not labelled.
    # 瓯江山水诗路文化带, 国家文化和旅游消费示范城市, 240亿元以上, 旅游景区转型提质行动, “省一大”“海霞” (quoted
    # red-tourism sites), 雁荡山重振雄风三年行动计划, 千万级核心大景区, 刘伯温故里5A景区, 廊氡国家级旅游度假区, 南雁
    # 荡山, 仙岩文化园, 瓯江夜游…168生态海岸带 (places), 温州美食IP, 运动之城…世界龙舟名城, 创意设计产业园 (一批):
    # not labelled
    # ================================================================ （八） 安全
    # 底线思维, 安全发展理念 (理念), 安全生产治本攻坚三年行动 (a programme's length), “3030”, “人机料法环”五要素
    # (aspects), 基层应急消防治理体系, 夜查夜巡 (常态化: no due point), 防汛防台能力提升行动, 浅滩二期生态堤, 乐柳虹
    # 平原排涝, 平阳岳溪水库 (works), 全国气象高质量发展试点市, 国家食品安全示范城市, 地方政府债务 (a class): not
    # labelled.
    # “夺鼎摘星”, 全国市域社会治理现代化试点城市, 全国禁毒示范城市, 坚持和发展新时代“枫桥经验” (quoted, no 原则:
    # v1.1), “141”基层治理体系, 信访工作法治化试点, “五失人员” (people), 宗教事务治理现代化示范市, 网络空间治理: not
    # labelled.
    # 驻温部队 (armed forces), 军地协同, 国防动员、兵役征集、人防海防 (fields), 全国双拥模范城“六连冠”, “崇军温州”,
    # 民兵 (a group of people, v1.1), 全民国防教育样板: not labelled
    # ================================================================ 三、全面加强政府自身建设
    # 政府自身建设 ×2 (bare 政府), “两个确立”“两个维护”; 中央和省委省政府、市委决策部署 (names() above); “七张问题清单”
    # (a count inside a quoted name); 全国法治政府建设示范市 (a type of government; a title), 法治化营商环境优化提升
    # 工程, “办事不找关系”, 人大监督 / 政协民主监督 (bare), 法律监督、监察监督… (kinds of oversight), “本领恐慌”, 政府
    # 工作人员 (people), “干就干得最好、做就做到极致”, 中央八项规定 (a fixed name; 中央: no head), “四下基层”, 机关效能
    # 建设 (机关: generic), “周半无会”制度, 紧日子, 政府采购 (bare): not labelled.
    # Closing: 党中央 (no head); 省委省政府和市委 (names() above); “全省第三极”; 75周年: not labelled
]

for a in ANCHORS:
    label, anchor, norm = a[:3]
    d.ctx(label, anchor, n=a[3] if len(a) > 3 else 1, norm=norm)

# ================================================================ every body word accounted for
d.check_all('人民政府', 2, 2)
d.check_all('省委', 9, 9)
d.check_all('省政府', 7, 7)
d.check_all('市委', 5, 5)
d.check_all('市政府', 1, 1)
d.check_all('国务院', 1, 1)
d.check_all('工会', 1, 1)
d.check_all('共青团', 1, 1)
d.check_all('市人大', 1, 1)
d.check_all('市政协', 2, 1, ['并请[市政协]委员'])                      # people (v1.1)
d.check_all('委员会', 1, 1)
d.check_all('规委会', 1, 1)
d.check_all('政府', 25, 10, [                                  # bare 政府 (v1.1), classes and types of government
    '争取地方[政府]债券', '我们致力加强[政府]自身建设', '加强[政府]工作清单化', '去年[政府]工作报告', '清廉[政府]建设',
    '今年[政府]工作的总体要求', '用[政府]的真心帮扶', '实施[政府]和社会资本', '地方[政府]专项债券', '做好地方[政府]债务',
    '三、全面加强[政府]自身建设', '谱写新篇章，对[政府]自身建设', '全国法治[政府]建设示范市', '全面提高[政府]工作人员',
    '招投标、[政府]采购'])
d.check_all('人大', 7, 2, [                                    # bare 人大 (reports notes), people (v1.1), an event
    '世界温州[人大]会', '问题整改。依法接受[人大]监督', '高质量办理[人大]代表建议', '向[人大]代表、政协委员',
    '成为常态。依法接受[人大]监督'])
d.check_all('政协', 6, 1, [
    '并请市[政协]委员',                                         # people (v1.1)
    '人大监督，自觉接受[政协]民主监督，高质量', '人大监督，自觉接受[政协]民主监督，主动',   # bare (reports notes)
    '623件、[政协]提案499件',                                   # bare 政协 before the handled proposals
    '人大代表、[政协]委员'])                                     # people
d.check_all('委', 18, 16, ['并请市政协[委]员', '人大代表、政协[委]员'])
d.check_all('中央', 8, 0, [                                     # no body head (v1.1)
    '铁腕推进[中央]、省委', '消防救援队伍和[中央]、省驻温单位', '坚决落实[中央]决策部署', '二十大精神及[中央]经济工作会议',
    '坚决完成[中央]和省委', '落实落细[中央]和省委省政府', '锲而不舍落实[中央]八项规定', '为核心的党[中央]周围'])
d.check_all('中心', 32, 3, [
    '激光智能装备技术创新[中心]，中国智能谷',                       # a platform designation (call 5)
    '技术转移[中心]31家', '技术转移[中心]15家',                     # platforms
    '获批建设国家级知识产权保护[中心]。', '高标准建设国家级知识产权保护[中心]。',   # designations with no name
    '制定实施[中心]城区统筹', '城市核心功能不够强，[中心]城区', '一流数据交易[中心]和', '先进眼视光技术创新[中心]',
    '省级企业技术[中心]10家', '区域消费[中心]城市', '统筹布局智算[中心]', '全国新能源产能[中心]', '能级和[中心]城区首位度',
    '温州金融科技文化[中心]', '温州文化展示[中心]', '现代化城市新[中心]', '打造[中心]城市重要', '刚性落实[中心]城区一体化',
    '加快实现[中心]城区“拥江', '拥江面海、[中心]崛起', '区域现代服务业[中心]城市', '区域金融[中心]。', '保税物流[中心]。',
    '近洋国际航运[中心]', '华港LNG储运调峰[中心]', '争创国家医学[中心]、', '国家区域医疗[中心]，', '文明实践[中心]（所、站）'])
d.check_all('院', 12, 1, [                                     # colleges, hospitals, research institutes, 卫生院
    '三甲医[院]增至', '香港理工大学等温州研究[院]', '大学（研究[院]）', '温州技师学[院]', '“双一流196工程”[院]校',
    '温州理工学[院]', '温州职业技术学[院]', '名医名科名[院]', '高水平县级医[院]', '二乙水平乡镇卫生[院]（社区医院）',
    '（社区医[院]）10家'])
d.check_all('所', 9, 0, ['中小学203[所]', '投有[所]向', '投有[所]报', '温州南动车[所]', '实现[所]有村社', '中小学141[所]',
                        '民之[所]盼', '政之[所]向', '文明实践中心（[所]、站）'])
d.check_all('站', 6, 0, ['火炬传递温州[站]', '抽水蓄能电[站]', '温州北[站]互通', '（所、[站]）', '文化驿[站]', '[站]在这片'])
d.check_all('队', 7, 0, ['科研团[队]50个', '向驻温部[队]、武警', '消防救援[队]伍', '入孵企业（团[队]）', '“科技轻骑[队]”',
                        '职业经理人[队]伍', '全力支持驻温部[队]建设'])
d.check_all('组', 3, 0, ['打好[组]合拳', '产城融合、[组]团发展', '[组]织开展点亮乡村'])
d.check_all('团', 12, 1, ['开展“百[团]千企出海拓市场抢订单', '科研[团]队50个', '三大集[团]挂牌成立', '全市人民[团]结一心',
                         '各人民[团]体', '入孵企业（[团]队）', '产城融合、组[团]发展', '持续开展“百[团]千企出海拓市场增订单',
                         '推进集[团]化办学', '军政军民[团]结', '紧密地[团]结'])   # 共青团 labelled
d.check_all('室', 7, 0, ['“温馨教[室]”', '前40%，瓯江实验[室]', '规模化制备全国重点实验[室]', '一会一[室]一集群',
                        '推动瓯江实验[室]', '争创全省重点实验[室]', '浙南作物育种等省级重点实验[室]'])   # labs (report_ic)
d.check_all('馆', 2, 0, ['市非遗[馆]', '民办博物[馆]之城'])                # facilities
d.check_all('厅', 1, 0, ['生态会客[厅]'])
for w, n in (('机构', 6), ('单位', 1), ('机关', 2), ('组织', 1), ('集团', 2), ('公司', 1), ('基地', 8), ('银行', 3),
             ('局', 16), ('部门', 0), ('办事处', 0), ('办公室', 0), ('领导小组', 0), ('以下简称', 0), ('常委会', 0),
             ('人民代表大会', 0), ('党委', 0), ('党组', 0), ('协会', 0), ('联盟', 0), ('研究所', 0), ('妇联', 0),
             ('工商联', 0), ('科协', 0), ('红十字会', 0), ('残联', 0), ('实验室', 5), ('研究院', 2), ('学院', 3)):
    hits = [m.start() for m in re.finditer(w, t)]
    assert len(hits) == n, (w, len(hits))
    for h in hits:              # generic heads, companies, banks, bases, labs, 布局/格局/大局: none inside an ORG
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


# 会 (52): 工会, 国土空间规划委员会, 规委会 inside ORGs; otherwise 大会 (the session, 海丝城市大会, 世界温州人大会,
# 大会战), 运会 (亚运会, 亚残运会), 社会, 会议, 峰会, 侨创会 (an event), 博览会, 过会 / 报会 (IPO), 推进会, 一会 (quoted),
# 会展, 会客厅, 书会 (a park's name), 无会 (“周半无会”), 总会 (always)
rest('会', ['大会', '运会', '社会', '会议', '峰会', '侨创会', '博览会', '过会', '报会', '推进会', '一会', '会展', '会客厅',
           '书会', '无会', '总会'], 52)
assert sorted(e['text'] for e in d.ents if e['label'] == ORG and '会' in e['text']) == \
    sorted(['工会', '国土空间规划委员会', '规委会'])
# 部 (23): never a body (部署, 总部, 部队, 部分, 干部, 头部, 全部, 零部件, 东部, 西部, 南部)
rest('部', ['部署', '总部', '部队', '部分', '干部', '头部', '全部', '零部件', '东部', '西部', '南部'], 23)
assert not any('部' in e['text'] for e in d.ents if e['label'] == ORG)
# 联 (15): never a body (联系, 联合体 (a model; a quoted consortium), 联动, 南联北跨, 联席会议, 联络线, 联运)
rest('联', ['联系', '联合体', '联动', '南联', '联席', '联络', '联运'], 15)
# 协 (14): 市政协 inside an ORG; bare 政协 and 政协委员, 协同, 协作, 协调
rest('协', ['政协', '协同', '协作', '协调'], 14)
# 办 (18): never a body (举办, 办好, 办赛, 申办, 办理, 办法, 筹办, 通办, 办学, 民办, 办事)
rest('办', ['举办', '办好', '办赛', '申办', '办理', '办法', '筹办', '通办', '办学', '民办', '办事'], 18)
assert not any('办' in e['text'] for e in d.ents if e['label'] == ORG)
# 社 (35): 社会, 社区, 共享社 (quoted), 合作社 (v1.1), 村社, 社保
rest('社', ['社会', '社区', '共享社', '合作社', '村社', '社保'], 35)
# 科 (42): never a body (科学, 科技, 科研, 科创, 学科, 国科 / 华中科大 (institutes and a university), 医科大学, 名科, 科教)
rest('科', ['科学', '科技', '科研', '科创', '学科', '国科', '科大', '医科', '名科', '科教'], 42)
# 处 (4) and 署 (4): 处理, 处置; 部署
rest('处', ['处理', '处置'], 4)
rest('署', ['部署'], 4)
assert sorted(e['text'] for e in d.ents if e['label'] == ORG) == sorted(
    ['市人民政府'] * 2 + ['省委'] * 9 + ['省政府'] * 7 + ['市委'] * 5 + ['市政府', '市十四届人大', '国务院', '市人大', '市政协']
    + ['工会', '共青团'] + ['企检服务中心', '企业服务中心', '企业综合服务中心', '国土空间规划委员会', '规委会'])

# ================================================================ other families
# DEADLINE (5): 今年 before the targets; 一季度, 二季度, 三季度 and 10月底前 for the provincial projects' start rate.
# Every time word was read: 2023年 ×2 (a heading; 2023年是…: a description), 2024年 (a heading); 今年 ×3 (今年是…75周年:
# a description; 今年政府工作的总体要求是: an outline; the targets: labelled); 去年 (去年政府工作报告: past); 年度 ×3
# (城市年度榜单: a ranking's name; 完成年度投资 ×2: the year's scope, no limit); 季 ×4 (the three quarters; 季度集中签约:
# a frequency inside a quoted mechanism); 月 ×1 (10月底前); 日 ×1 (紧日子); 底 ×5 (家底, 10月底前, 底色, 底蕴, 底线);
# 三年 ×10 (三年新冠疫情: past; 三年行动 / 三年行动计划 / 三年大会战 / “三年百项文化工程”: programme lengths, report-aj);
# 五年计划 (a plan's length); 提前 ×2 (提前超额完成, 提前两年实现全覆盖: past); 期 ×21 (phases 一期/二期/三期, 前期 ×6,
# 预期 ×2, 期望, 超长期国债, 长期租赁: no due point); 前 ×23 (前行, 前列, 前30%/前40%/前1%, 前移, 前沿, 超前, 当前,
# 前期, 提前); 内 ×4 (国内外, 5%以内: a rate, 内外融通, 内涵); 每 ×4 (每家每户, 每一件, 每一笔); 定期 (a frequency);
# 千年 / 40周年 / 75周年 / 20周年 (anniversaries); 新的一年 does not occur. No 年内, 年底, 全年, 期间, 日内.
assert re.findall(r'20\d\d', t) == ['2023', '2023', '2024']
assert t.count('年') == 63 and t.count('今年') == 3 and t.count('去年') == 1 and t.count('年度') == 3
assert t.count('季') == 4 and t.count('季度') == 4 and t.count('月') == 1 and t.count('日') == 1 and t.count('底') == 5
assert t.count('三年') == 10 and t.count('五年') == 1 and t.count('提前') == 2 and t.count('期') == 21
assert t.count('前') == 23 and t.count('内') == 4 and t.count('每') == 4 and t.count('定期') == 1
for w in ('全年', '年内', '年底', '年末', '年初', '期间', '之前', '以前', '日内', '日前', '到20', '每年', '每月', '上半年',
          '下半年', '年前', '春节', '汛期', '时限', '限期'):
    assert w not in t, w
# PRINCIPLE (0): no 原则, 遵循, 本着, 根据, 方针 or 思路. 按照 ×1 (按照市十四届人大三次会议明确的目标任务: no content);
# 要求 ×4 (新使命新要求: a noun; 省委省政府、市委工作要求: no content; 今年政府工作的总体要求是: an unquoted outline,
# reports notes; 提出了新的更高要求: no content); 坚持 ×13: none before a quote or phrase with 原则/要求/方针/思路 after
# it (坚持以…为指导 ×2, 坚持稳中求进工作总基调, 坚持实业为基, 坚持深化供给侧…协同发力, 坚持大抓招商大抓平台 (a
# heading), 坚持要素集聚、政策倾斜, 坚持“小县大城、产城融合、组团发展”战略 (战略), 坚持以交通圈拓展都市圈, 坚持
# “两个毫不动摇”“三个没有变” (quoted, no 原则: v1.1), （五）坚持绿色低碳发展, 坚持和发展新时代“枫桥经验” (v1.1),
# 坚持依法行政 (a heading)); 理念 ×3 (新发展理念, 绿水青山就是金山银山理念, 安全发展理念)
for w in ('原则', '遵循', '本着', '根据', '方针', '思路'):
    assert w not in t, w
assert t.count('按照') == 1 and t.count('要求') == 4 and t.count('坚持') == 13 and t.count('理念') == 3
# DOC_TITLE (2): the two regulations. 《温州大典》 ×2 is a book series (首批成果发行; 研究编纂重磅成果), not a law, plan
# or list (report_ic 《楚辞大典第二编》). DOC_NO (0): no 〔 [ 【; 号 ×10 only in “一号工程” ×2, “一号发展工程”, “一号改革
# 工程”, “一号开放工程”, 中欧班列温州号 ×2 (a train's name) and 苍南1号 / 洞头2号 / 瑞安1号 (wind farms)
assert re.findall(r'《([^》]*)》', t) == ['温州市全民健身促进条例', '温州大典', '温州市民营企业科技创新促进条例', '温州大典']
assert '〔' not in t and '[' not in t and '【' not in t and t.count('号') == 10
# STAFFING (0): no 职数 or 岗位; 编制 ×2 (高水平编制国土空间总体规划; 推进重要规划统一编制: drafting plans). The numbers of
# people are talent attracted or trained (12.9万人, 9.5万人, 6名, 68名, 5名, 40名, 12万人以上, 8万人以上, 农创客1900名以上),
# employment (9.6万人, 9万人以上) and air passengers (1169万人次, 1300万人次): reports notes, not posts (README call 4)
assert t.count('编制') == 2 and '职数' not in t and '岗位' not in t
assert re.findall(r'[0-9.]+万?(?:多|余)?万?[人名](?!次)', t) == ['12.9万人', '9.5万人', '6名', '68名', '9.6万人', '5名', '40名',
                                                                '12万人', '8万人', '1900名', '9万人']
# ITEM_COUNT (14): every number + measure word was read (regex below, the precedents' measure list; projects,
# enterprises, designations, facilities, places, routes, events, results, quoted and fixed names, ordinals and
# aspects are not counted: see the comments above)
counts_re = (r'(?:超|近)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)万?(?:余|多)?万?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|户|场|套|张|股|宗|起|块|只|名|人|片|篇|列|届|次|级|期)'
             r'(?:以上|左右)?')
assert len(re.findall(counts_re, t)) == 230, len(re.findall(counts_re, t))
ic_texts = [e['text'] for e in sorted(d.ents, key=lambda e: e['start']) if e['label'] == IC]
assert ic_texts == ['111项', '19个', '195项', '20项', '266项', '三大', '203所', '2件', '214项', '十条', '195项', '141所',
                    '10家', '12个'], ic_texts
assert all(re.fullmatch(counts_re, x) for x in ic_texts)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 5, 'DOC_NO': 0, 'DOC_TITLE': 2, 'ITEM_COUNT': 14, 'ORG': 35,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
