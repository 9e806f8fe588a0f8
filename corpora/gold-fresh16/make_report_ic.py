"""Build report_ic.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 government work report (政府工作报告) of 宜昌市 (湖北), a UTF-8 .txt file of
14,815 characters (118 newlines, no final newline): 各位代表： → 一、2023年工作回顾 (a year paragraph,
four ——… summary paragraphs, 过去一年…主要做了以下工作 and five numbered sections （一）–（五） of
titled runs, the government's own work, thanks, problems) → 二、2024年工作思路和重点任务 (the year,
根据…部署 outline, 今年的主要预期目标是…, 按照“三稳三进”要求, 七个方面 in seven numbered sections
（一）–（七） of titled paragraphs) → 三、努力打造更强执行力的效能型政府 (four 以…paragraphs) → closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh16/make_report_ic.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/宜昌.txt'
OUT = 'corpora/gold-fresh16/report_ic.jsonl'
# meta: no header, no session date and no signature; the text opens with 各位代表： and its parts are
# 一、2023年工作回顾 / 二、2024年工作思路和重点任务, so the report is dated by its year (reports notes;
# report_ha, report_hc, report_hd). Region: the city is 宜昌 (市人民政府, 市委, 全市, 世界级宜昌); the
# text names the province itself (为湖北建设“先行区”, 获湖北改革奖4项, 湖北国发供应链公司, 全省
# throughout); the Hubei precedents use the same form (report_hc 湖北省荆州市, report_ga 湖北省十堰市).
d = AnchoredDoc('fresh16-report-yichang-2024', SOURCE, {'region': '湖北省宜昌市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 14815 and t.count('\n') == 118, (len(t), t.count('\n'))

ORG = 'ORG'; IC = 'ITEM_COUNT'; ST = 'STAFFING'; DL = 'DEADLINE'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}


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
# 省委省政府 is written without a mark (five times): two ORGs each (report_hc, report_ga, report_hd);
# 党中央 has no body head (v1.1 中央), not ORG.
names('坚决扛起省委省政府赋予', ['省委', '省政府'])                 # review opening
names('得益于省委省政府和市委的正确领导', ['省委', '省政府', '市委'])    # thanks
names('从省级层面看：省委省政府对宜昌寄予厚望', ['省委', '省政府'])
names('认真落实省委省政府决策部署和市委工作要求', ['省委', '省政府', '市委'])
names('坚决落实党中央、省委和市委关于改进作风', ['省委', '市委'])      # 党中央: not ORG
names('在省委省政府和市委坚强领导下', ['省委', '省政府', '市委'])      # closing
# mass organisations named as fields of work (reports notes 工会、…、红十字会…等事业; report_ea,
# report-ap, report_eb: 共青团, 妇联, 工商联, 科协, 残联, 红十字会, 社科联 in the same kind of list);
# 群团组织 is a generic head (guidelines), not ORG
names('稳定向好。工会、共青团、妇联、工商联、红十字会等群团组织', ['工会', '共青团', '妇联', '工商联', '红十字会'])
names('支持工会、共青团、妇联、科协、残联、工商联、红十字会、社科联更好发挥作用',
      ['工会', '共青团', '妇联', '科协', '残联', '工商联', '红十字会', '社科联'])

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[市人民政府]]向大会报告工作', None),
    # 并请市政协委员和列席人员提出意见: a body modifying people (v1.1), not labelled
    # ================================================================ 2023 review, year paragraph
    # 市委七届四次、五次全会: the body of its plenums (reports notes; report_hc 市委六届七次全会)
    (ORG, '认真落实[[市委]]七届四次、五次全会部署', None),
    # 以“四个重大”为牵引 (a quoted name, 以…为牵引: not PRINCIPLE; 四个 inside a name: not counted)
    # ================================================================ ——summary paragraphs
    # 全省第2位, 第49位, 进位5位/6位 (ranks): not labelled.
    # the list of major matters the city set itself under its “四个重大” mechanism, carried out (reports
    # notes: the government's own task lists, 50项改革“破零”事项, 256项重点工作落地见效; report_hd
    # 166项年度重大事项活动) (README call 5)
    (IC, '[[94个]]重大事项全面落地落实', ic(94, '个')),
    # 一批 (vague); 楚能新能源一期 (a project phase); 省十六运会, 现场会, 大会 (events); 项目 counts
    # (1567个, 454个, 8个, 7个, 861个, 20个, 11个, 993个, 31个, 12个, 25个, 21个: projects); 4547套, 4432套,
    # 老旧小区325个, 电梯342部, 学位/托位/泊位/充电桩 (facilities and places), “城市客厅”示范区14个
    # (designations), 农贸市场13家 (markets): not counted
    # ================================================================ （一） 经济
    # 新增政府性担保贷款 (bare 政府), 三峡集团 (an SOE: a company, v1.1), 宜荆荆都市圈项目204个 (projects),
    # 220场次 (events), 外贸实绩企业50家 / 10.6万户 / 1555家 / 上市公司2家 / 9家 (enterprises), 金融机构
    # (generic head): not labelled. 一站式惠企资金直达平台 (a platform).
    # ================================================================ （二） 产业
    # 63个/445个 projects, 6个园区 (parks), 23艘 (ships), 国家先进计算产业创新中心一期 (a platform and its
    # phase), 5G宏基站 2412个/8603个 (facilities), 国际物流通道5条 (routes), 湖北国发供应链公司 (a company),
    # 58家 / 1400家 / 18家 / 4家 (enterprises), 八大产业链 (chains: domains, report_hc 4条全产业链),
    # 宜昌高新区 (a zone): not labelled
    # ================================================================ （三） 城乡
    # 城建项目233个 / 竣工项目96个 (projects), 三峡宾馆, 三峡游客中心 (facilities), 五星级标准酒店2家:
    # not labelled.
    # the province's named programmes of ten actions, unquoted; here their evaluations rank first, but
    # the count is the number of actions in each programme, which every Hubei report counts in the
    # same wording (report-ap both; report_fa, report_fb, report_ga 长江高水平保护十大攻坚提升行动;
    # seventh session: N大 before actions) (README call 3)
    (IC, '长江高水平保护[[十大]]攻坚提升行动、长江经济带', ic(10, '大')),
    (IC, '长江经济带降碳减污扩绿增长[[十大]]行动', ic(10, '大')),
    # 示范乡镇14个 / 生态镇5个 / 生态村18个 (designations), 综合公园14个 / 口袋公园56个 (facilities), 市生活垃圾
    # 焚烧发电厂 (a facility), 兴山2个项目 (projects, a result): not labelled
    # ================================================================ （四） 营商环境
    # 105项改革事项、147个先行试点入选全省…改革清单和创建名单: selected into the province's lists, a
    # result (fresh13: 入选 not counted; report_hd 2项改革入选…), not counted (README, other decisions).
    # service items (reports notes: “免证办”事项5721个; report_fb 1000项, report_fa 10个)
    (IC, '[[1021个]]事项掌上可办', ic(1021, '个')),
    (IC, '[[50个]]事项实现智能审批', ic(50, '个')),
    (IC, '[[429个]]事项实行告知承诺服务', ic(429, '个')),             # report_fb 30项…告知承诺制办理事项
    # “一件事一次办” items (reports notes: “一件事一次办”场景119个; report_fa 联办事项10件)
    (IC, '个人全生命周期[[10件]]民生关键事', ic(10, '件')),
    # 全国地级市第4位 (a rank): not labelled.
    # a body set up with 挂牌成立 as a reform measure (report_ha 市企业服务中心挂牌成立, report-aj
    # 企业综合服务中心挂牌成立; report_gd 疾病预防控制局挂牌成立), unlike report_fb's 城市运行管理中心
    # 建成投运 (a facility verb) and report-av's …中心等平台 (called platforms) (README call 2)
    (ORG, '[[市城市运行管理中心]]挂牌成立', None),
    # 宜昌高新区“管委会+平台公司”: a quoted reform model, its 管委会 the class of zone committees
    # (report_ha), not ORG; 宜化集团 (a company), 中国企业500强 (a ranking), 公安执法监管 (bare 公安),
    # 获湖北改革奖4项 (awards: a result): not labelled
    # ================================================================ （五） 民生
    # the livelihood list: ten livelihood projects made of 44 tasks, all completed (report_eb 市十大民生
    # 实事 → 十大; report_gc 为民办实事十大工程 → 十大; report_hc 八大工程24个…民生项目) (README call 4)
    (IC, '[[十大]]民生项目44项具体任务全部完成', ic(10, '大')),
    (IC, '十大民生项目[[44项]]具体任务全部完成', ic(44, '项')),
    # 新增城镇就业9.5万人 (employment), 10个县市区 (territories), 县域教联体 (a consortium), 宜昌科技职业学院
    # 获批设立, 三峡职院, 三峡大学 (colleges), 国家区域医疗中心项目 (a hospital project), 武汉协和宜昌医院 (a
    # hospital), 4家县级医院晋升为三级医院 (a grade reached: report_hd 三级甲等医疗卫生机构增至61家): not
    # labelled.
    # medical institutions set up by a measure (设置) (reports notes: medical institutions a measure sets up
    # or acts on; batch-c 每个镇设置一所卫生院) (README call 4)
    (IC, '设置乡镇血液透析机构[[37家]]', ic(37, '家')),
    # 惠及61.3万人 (beneficiaries): not STAFFING.
    # community clinics built: counted like the devset's 1个卫生室 (report_c 村卫生室（站）12家, report_g
    # 中心村卫生室50处, report-ao 1279个村卫生室); the 44 社区居家养老服务中心（站） next to them are elderly-
    # care facilities, not counted and not ORG (gold-unseen reports-a; report_ha call 6) (README call 4)
    (IC, '新建社区医务室[[105个]]', ic(105, '个')),
    # 1766户, 5759套, 残疾人之家44个 (facilities), 市残疾人托养中心建成投用 (a facility verb: report_ga
    # 托养中心), 22万人次, 央视 (media), 《碧水长歌颂端阳》 (a TV programme: report_fa, not DOC_TITLE),
    # 国际划联龙舟世界杯赛 (an international federation inside an event name: report_hd 国际乒联), 宜昌楚商大会,
    # 3金1银, 屈原祠, 3.06万件 (cases): not labelled.
    # 援藏援疆、…、机关事务 …等工作: fields without a body head (机关 generic), not ORG
    # ================================================================ government's own work (review)
    # 法治政府 (a type of government), 3个地区、2个项目获省级命名 (a result), 自觉接受人大、政协监督 (bare
    # 人大/政协: reports notes), 人大代表议案和建议239件、政协建议案和提案402件 (people; handled proposals):
    # not labelled
    (ORG, '提请[[市人大常委会]]审议地方性法规草案4件', None),         # one ORG, the longest name
    # draft regulations submitted (report_fb 地方性法规草案4件, report_hc 3件, report_hd 6件)
    (IC, '审议地方性法规草案[[4件]]', ic(4, '件')),
    # 政府系统, 政府工作 (bare 政府); “四不两直” (a quoted method): not labelled
    # ================================================================ thanks
    (ORG, '凝聚着[[市人大]]、市政协的监督支持', None),                 # subjects (reports notes)
    (ORG, '凝聚着市人大、[[市政协]]的监督支持', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市人民', None),
    # 各位人大代表、政协委员 (people), 各民主党派, 各人民团体 (各), 中央、省属在宜单位 (generic), 驻宜人民
    # 解放军、武警官兵 (armed forces: report_ha): not ORG. 党中央 (no body head, v1.1)
    # ================================================================ 2024: outline and targets
    # 二、2024年工作思路和重点任务 (a heading), 今年是…75周年 (a description), 做好全年工作 (scope): not
    # DEADLINE. 根据市委…部署 gives the bodies of a plenum and a work conference (reports notes; report_hc)
    # and no PRINCIPLE (no content)
    (ORG, '根据[[市委]]七届五次、六次全会', None),
    (ORG, '六次全会和[[市委]]经济工作会议部署', None),
    # 中央经济工作会议 (中央: no head), 坚持稳中求进、以进促稳、先立后破 (unquoted, no 原则), “双碳引领…”
    # 发展战略 (战略 is not 原则/要求/方针/思路): not labelled.
    # v1.2 Year targets: 今年 heads the list of targets (report_ha, report_hd, report_gd)
    (DL, '[[今年]]的主要预期目标是', YEAR_BY),
    # 1月2日，李强总理调研宜昌 (a past event), 长期向好 (a trend): not DEADLINE.
    # a quoted formula adopted through 按照…要求 (guidelines PRINCIPLE; reports notes 按照市委“一条主线…”
    # 部署要求; shandong-part1 按照“…”的改革要求)
    (PR, '我们一定按照“[[三稳三进]]”要求', None),
    # 七个方面 (aspects, v1.1): not counted
    # ================================================================ （一） 投资、消费、外贸
    # “四个重大”推进机制, “三库”, “3511”工程, “五个一” (quoted names); 30个/50个/100个/1000个/800个/400个/
    # 不少于1000个/700个/300个/60个/500个 (projects); 三峡集团 (an SOE); 中央、省属在宜企事业单位 (generic);
    # 全国对口支援三峡库区经贸洽谈会 (an event); 农贸市场5家 (markets); CBD三期 (a project phase); 三峡保税
    # 物流中心 (a bonded logistics facility): not labelled
    # ================================================================ （二） 产业
    # 坚持“工业强市、产业立市” and 坚持“链长+链主+链创”一体 (quoted, no 原则/要求/方针/思路 after: v1.1),
    # 坚持以“用”为导向 (导向): not PRINCIPLE.
    # an unquoted N大 before the actions the city carries out (seventh session: 十大行动; report_fc 乡村旅游
    # 七大行动)
    (IC, '开展产业集中高质量发展[[七大]]行动', ic(7, '大')),
    # 宜昌船柴铸造中心 (an industrial facility), 2艘/1艘/47艘 (ships), 白洋商业航天动力基地一期 (a project):
    # not labelled. 三峡大数据中心, 数据中心集群, 宜昌数字经济科创中心, 阿里云融合算力中心, 携程文旅大数据中心
    # (data and computing centres: seventh session, not bodies), 三峡国际游轮中心, IP体验中心 (facilities),
    # 五星级标准酒店2家: not labelled.
    # v1.2: a half year limit for a measure in the plan → the half's last day, precision half
    (DL, '确保[[上半年]]完成县市区扩面任务',
     {'date': '2024-06-30', 'precision': 'half', 'relation': 'by', 'recurring': False}),
    # 实验室 ×3 (labs), 产学研中心, 三峡创新港, 绿色智能船舶研究院, 华工产业技术研究院 (research institutes:
    # reports notes), 研发机构 (generic), 高新技术企业100家 (enterprises), 国家级知识产权保护中心 (高标准建设:
    # a national designation with no specific name, report_ga 筹建, report-ai 获批), 7.5万人以上 (talent,
    # reports notes): not labelled. 猇亭化工园区, 夷陵经济开发区 (zones), 华润…二期 (a project phase)
    # ================================================================ （三） 城市
    # 270个 projects, 三个区域 / “五个组团” (areas), 新市民中心, 科技馆, 大剧院（美术馆）, 会展中心, 档案馆新馆
    # (buildings under construction), 15条 (roads), 245个 / 300部以上 / 18个 / 23个 / 3000个 / 1万个
    # (facilities and projects), 白洋中学 (a school), 62个重点项目, 新能源电池材料产业联盟 (an alliance):
    # not labelled
    # ================================================================ （四） 乡村
    # an unquoted N大 before the actions the city carries out (as 七大 above); 四大优势产业 (industries:
    # domains, v1.1 六大领域; report_ga 六大重点农业产业) is not counted
    (IC, '大力实施农业产业化[[六大]]行动', ic(6, '大')),
    # 各30家 (enterprises), 宜昌供销集团, 宜昌柑橘产业集团 (companies), 柑橘交易中心, 宜昌农业科创中心
    # (platforms), “三品一标”30个 (products), 中储粮宜昌直属库 (an SOE depot), 183个 projects, 县域教联体、
    # 医共体, 示范乡镇5个 / 示范村100个 / 5万户 (designations), 20个项目 / 116个行政村 (projects,
    # territories): not labelled
    # ================================================================ （五） 改革、金融、主体
    # 市县机构改革, 乡镇（街道）机构设置 (generic), 供销社 (合作社, v1.1), 首席服务员制度 (no number), 坚持包容
    # 审慎监管 (unquoted): not labelled. “五大行动”: a quoted name after the five actions (report_ec
    # “七大行动”, report_fa “六大行动”), not counted.
    # a service centre for enterprises' financing whose functions are extended: a body that can hold
    # duties (report_hd 企业服务中心 高标准运行; report_ha 市企业服务中心); the 网上金融服务大厅 beside it is
    # an online hall and the 供应链金融平台 a platform (README call 1)
    (ORG, '拓展[[企业金融服务中心]]功能', None),
    # 上市公司3家, 150家/100家/250家/30家/2家/2家/10家以上 (enterprises), 中央“民营经济31条” (a quoted
    # nickname of a central document: counts inside fixed names, reports notes), 第五次经济普查: not labelled
    # ================================================================ （六） 生态
    # 16座 (reservoirs), 2座 (plants), 蓝天、碧水、净土和宁静保卫战 (no N大): not labelled
    (DT, '编制市县两级《[[现代水网规划]]》', None),                  # a plan (guidelines DOC_TITLE)
    # ================================================================ （七） 民生
    # 9万人以上 (employment), “零工驿站” (service points), 市儿童福利中心、市精神卫生社会福利院 (开工建设:
    # welfare facilities being built, report-aj, report_ga), 4500套 / 3000套: not labelled.
    # 三峡大学, 三峡职院, 三峡大学科技学院, 三峡航空学院 (colleges: facilities). 秋季: the term by which
    # the new college is to open enrolment, a named part of the plan year (report_gd 秋季招生, report-ac
    # 一期秋季开学 → 2024-11-30, period, by) (README call 5)
    (DL, '力争三峡航空学院[[秋季]]开学招生',
     {'date': '2024-11-30', 'precision': 'period', 'relation': 'by', 'recurring': False}),
    # 三级医院 (hospitals), 鄂西南/市重大疫情救治基地 (facilities), 《楚辞大典第二编》 (a book being
    # compiled: report_ec 《蜀道文库》, not DOC_TITLE), 4个“城市书房”“文化驿站” (facilities), 中国图书馆年会
    # (an event), 自治县成立40周年, 978人 (people resettled: beneficiaries), 三年行动 (durations): not labelled
    # ================================================================ 三、政府自身建设
    # “两个确立” / “两个维护” (quoted names), 第一准则 (准则, not 原则), 党中央大政方针 (no content),
    # 李强总理…讲话要求 (no content), 市委工作要求 (labelled above as 市委), 人大、政协监督 (bare), 政府法律
    # 顾问 (people), “四下基层”, “一岗双责” (quoted names), 清廉政府: not labelled
]

for a in ANCHORS:
    label, anchor, norm = a[:3]
    d.ctx(label, anchor, n=a[3] if len(a) > 3 else 1, norm=norm)

# ================================================================ every body word accounted for
d.check_all('人民政府', 2, 2)
d.check_all('省委', 6, 6)
d.check_all('省政府', 5, 5)
d.check_all('市委', 7, 7)
d.check_all('政府', 20, 7, [
    '新增[政府]性担保贷款', '以学促干，[政府]自身建设', '法治[政府]建设示范', '深入推进[政府]系统党风',
    '成为[政府]工作鲜明导向', '规范实施[政府]和社会资本', '进一步优化[政府]债务', '效能型[政府]\n',
    '执行力是[政府]工作的生命力', '作为[政府]系统第一准则', '优化[政府]法律顾问', '成为[政府]系统自觉行动',
    '清廉[政府]建设'])                          # bare 政府 and types of government (v1.1)
d.check_all('人大', 6, 2, ['自觉接受[人大]、政协监督及各方面', '办复[人大]代表议案', '各位[人大]代表',
                         '主动接受[人大]、政协监督及社会'])      # bare 人大 (reports notes) and people
d.check_all('政协', 6, 1, ['并请市[政协]委员', '自觉接受人大、[政协]监督及各方面', '239件、[政协]建议案',
                         '人大代表、[政协]委员', '主动接受人大、[政协]监督及社会'])
d.check_all('常委会', 1, 1)
d.check_all('委', 17, 14, ['市政协[委]员和列席', '高新区“管[委]会', '人大代表、政协[委]员'])
d.check_all('中央', 10, 0, [
    '作为党[中央]的核心', '向[中央]、省属在宜单位', '党的二十大和[中央]经济工作会议', '[中央]强化宏观政策',
    '持续加强与[中央]、省属', '城市[中央]绿心', '落实[中央]“民营经济31条”', '精神和党[中央]大政方针',
    '坚决落实党[中央]、省委', '为核心的党[中央]周围'])             # no body head (v1.1)
d.check_all('中心', 24, 2, [
    '先进计算产业创新[中心]一期', '三峡游客[中心]升级', '国家区域医疗[中心]项目', '居家养老服务[中心]（站）',
    '市残疾人托养[中心]建成投用', '三峡保税物流[中心]新址', '宜昌船柴铸造[中心]建设', '支持三峡大数据[中心]打造',
    '绿色零碳数据[中心]集群', '宜昌数字经济科创[中心]', '阿里云融合算力[中心]', '携程文旅大数据[中心]',
    '三峡国际游轮[中心]', '影城IP体验[中心]', '水电能源产学研[中心]', '国家级知识产权保护[中心]',
    '城市“双[中心]”', '开工建设新市民[中心]', '（美术馆）、会展[中心]', '品冠农业柑橘交易[中心]',
    '加快宜昌农业科创[中心]建设', '开工建设市儿童福利[中心]'])
#               platforms, facilities, data centres, designations, buildings (see the comments above)
d.check_all('工会', 2, 2)
d.check_all('共青团', 2, 2)
d.check_all('妇联', 2, 2)
d.check_all('工商联', 2, 2)
d.check_all('红十字会', 2, 2)
d.check_all('科协', 1, 1)
d.check_all('残联', 1, 1)
d.check_all('社科联', 1, 1)
d.check_all('院', 15, 0, [
    '宜昌科技职业学[院]获批', '三峡职[院]新校区开工', '武汉协和宜昌医[院]一期', '4家县级医[院]晋升',
    '晋升为三级医[院]。', '“一链一[院]多平台”', '绿色智能船舶研究[院]', '华工产业技术研究[院]', '大剧[院]（美术馆）',
    '美丽庭[院]示范户', '精神卫生社会福利[院]', '加快推进三峡职[院]新校区', '三峡大学科技学[院]', '三峡航空学[院]秋季',
    '五峰创建三级医[院]'])                    # colleges, hospitals, research institutes, 剧院, 庭院
d.check_all('站', 7, 0, ['建成一[站]式', '5G宏基[站]', '养老服务中心（[站]）', '确保[站]西路', '站西路、[站]东路',
                        '“零工驿[站]”', '“文化驿[站]”'])
d.check_all('室', 4, 0, ['社区医务[室]105个', '发掘与利用实验[室]', '支持三峡实验[室]', '国家重点实验[室]'])
d.check_all('馆', 7, 0, ['三峡宾[馆]', '加快科技[馆]', '（美术[馆]）', '档案[馆]新馆', '档案馆新[馆]', '“两[馆]一墓”',
                        '中国图书[馆]年会'])
d.check_all('组', 5, 0, ['群团[组]织桥梁', '“五个[组]团”', '完善[组]团间', '[组]建新能源电池', '[组]建宜昌供销集团'])
d.check_all('所', 1, 0, ['各展[所]长'])
d.check_all('队', 2, 0, ['人才[队]伍建设', '军[队]现代化'])
d.check_all('局', 6, 0, ['开[局]之年', '新格[局]。城市品质', '空间布[局]', '重点布[局]生命健康', '创新格[局]',
                        '城市布[局]。开工'])
d.check_all('团', 13, 2, ['与三峡集[团]合作', '宜化集[团]改革', '群[团]组织桥梁', '各人民[团]体', '链接三峡集[团]发展',
                         '“五个组[团]”', '完善组[团]间', '宜昌供销集[团]', '柑橘产业集[团]', '军民[团]结',
                         '紧密地[团]结'])           # companies, 群团, 组团, 团结; the two are 共青团
for w, n in (('机构', 6), ('单位', 3), ('机关', 2), ('组织', 1), ('集团', 5), ('公司', 4), ('联盟', 1), ('基地', 5),
             ('部门', 0), ('委员会', 0), ('人民代表大会', 0), ('办事处', 0), ('党委', 0), ('国务院', 0),
             ('办公室', 0), ('领导小组', 0), ('以下简称', 0), ('市政府', 0), ('署', 4), ('科', 16)):
    hits = [m.start() for m in re.finditer(w, t)]
    assert len(hits) == n, (w, len(hits))
    for h in hits:              # generic heads, companies, alliances, facilities, 部署, 科技/科协
        inside = [e['text'] for e in d.ents if e['label'] == ORG and e['start'] <= h < e['end']]
        assert not inside or (w == '科' and inside == ['科协']) or (w == '科' and inside == ['社科联']), (w, h)

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


# 部 (23): never a body (部署, 中部/东部/西部/北部, 全部, 干部, 总部, 电梯N部)
rest('部', ['部署', '中部', '东部', '西部', '北部', '全部', '干部', '总部', '342部', '300部'], 23)
assert not any('部' in e['text'] for e in d.ents if e['label'] == ORG)
# 联 (18): 妇联 ×2, 工商联 ×2, 残联, 社科联 inside ORGs; 国际划联 (inside an event name, report_hd 国际乒联),
# 蝉联, 教联体, 联动, 联产, 内畅外联, 联络线, 联运, 联合, 联盟
rest('联', ['蝉联', '教联体', '划联', '联动', '联产', '外联', '联络线', '联运', '联合', '联盟'], 18)
# 协 (12): 市政协, 科协 inside ORGs; 政协 bare or people, 协同, 协和 (a hospital's name)
rest('协', ['政协', '协同', '协和'], 12)
# 办 (18): never a body (举办, 网办, 可办, 一次办, 办理, 办复, 办好, 承办, 通办, 就办, 先办)
rest('办', ['举办', '网办', '可办', '次办', '办理', '办复', '办好', '承办', '通办', '就办', '先办'], 18)
assert not any('办' in e['text'] for e in d.ents if e['label'] == ORG)
# 会 (42): 工会 ×2, 红十字会 ×2, 市人大常委会 inside ORGs; otherwise 社会, 大会, 全会, 会议, 省会, 推进会,
# 现场会, 运会 (省十六运会, 亚运会), 管委会 (a class in a quoted model), 洽谈会, 演唱会, 会展, 年会
rest('会', ['社会', '大会', '全会', '会议', '省会', '推进会', '现场会', '运会', '管委会', '洽谈会', '演唱会',
           '会展', '年会'], 42)
assert sorted(e['text'] for e in d.ents if e['label'] == ORG and '会' in e['text']) == \
    sorted(['工会', '工会', '红十字会', '红十字会', '市人大常委会'])
assert sorted(e['text'] for e in d.ents if e['label'] == ORG) == sorted(
    ['市人民政府'] * 2 + ['省委'] * 6 + ['省政府'] * 5 + ['市委'] * 7 + ['市人大常委会', '市人大', '市政协'] +
    ['工会', '共青团', '妇联', '工商联', '红十字会'] * 2 + ['科协', '残联', '社科联'] +
    ['市城市运行管理中心', '企业金融服务中心'])

# ================================================================ other families
# DEADLINE (3): 今年 (targets), 上半年, 秋季. Every time word was read: 2023年 ×2 (heading, year description),
# 2024年 (heading); 今年 ×2 (今年是…75周年: a description; 今年的主要预期目标是: labelled); 全年 (做好全年工作:
# scope); 年初 (未达年初预期: past); 1月2日 (a past visit); 日 ×3 (1月2日, 混日子, 紧日子); 三年 ×8 (past spans
# and 三年行动 durations: report_gd call 8); 四季 ×2 (events all year round: no due point); 期 ×26 (一期/二期/
# 三期 phases, 预期, 长期, 周期, 前期工作, 中期调整, 按期 (vague), 当期, 生命周期); 前 ×8 (前列, 前行, 前进,
# 前期); 内 ×7 (国内, 内河, 向内, 海内外, 内需, 内涵, 内畅): not DEADLINE.
assert re.findall(r'20\d\d年?', t) == ['2023年', '2023年', '2024年']
assert t.count('年') == 34 and t.count('今年') == 2 and t.count('全年') == 1 and t.count('年初') == 1
assert t.count('三年') == 8 and t.count('月') == 1 and t.count('日') == 3 and t.count('季') == 3
assert t.count('期') == 26 and t.count('前') == 8 and t.count('内') == 7 and t.count('上半年') == 1
for w in ('年内', '年底', '年末', '底前', '月底', '期间', '之前', '以前', '以内', '日内', '日前', '提前', '到20',
          '季度', '每年', '每月', '下半年', '年前', '春节'):
    assert w not in t, w
# PRINCIPLE (1): 按照“三稳三进”要求. No 原则, 遵循 or 本着; 根据 ×1 (根据市委…部署: no content); 方针 ×1
# (党中央大政方针: no content); 思路 ×1 (a heading); 要求 ×3 (the labelled one; 李强总理…讲话要求 and 市委工作
# 要求: no content); 坚持 ×15: seven section headings （一）–（七） (坚持以进促稳…), unquoted phrases
# (坚持规划先行、建管并重、协同融通; 坚持稳中求进、以进促稳、先立后破; 坚持包容审慎监管), 坚持以习近平…为指导
# ×2, and the quoted 坚持“工业强市、产业立市” / 坚持“链长+链主+链创”一体 / 坚持以“用”为导向 (no 原则/
# 要求/方针/思路: v1.1)
for w in ('原则', '遵循', '本着'):
    assert w not in t, w
assert t.count('根据') == 1 and t.count('方针') == 1 and t.count('思路') == 1 and t.count('要求') == 3
assert t.count('坚持') == 15 and t.count('按照') == 1
# DOC_TITLE (1): 现代水网规划. 《碧水长歌颂端阳》 (a TV programme) and 《楚辞大典第二编》 (a book) are works,
# not documents. DOC_NO: none (no 〔 [ 【; 号 only in “三峡氢舟1”号 and 销号 ×2)
assert re.findall('《([^》]*)》', t) == ['碧水长歌颂端阳', '现代水网规划', '楚辞大典第二编']
assert '〔' not in t and '[' not in t and '【' not in t and t.count('号') == 3
# STAFFING (0): no 职数; 编制 ×1 is drafting a plan (编制市县两级《现代水网规划》); the numbers of people are
# employment (9.5万人, 9万人以上), beneficiaries (61.3万人, 22万人次, 978人 resettled) and talent (7.5万人以上)
assert t.count('编制') == 1 and '职数' not in t
assert re.findall(r'[0-9.]+万?(?:多|余)?[人名](?!次)', t) == ['9.5万人', '61.3万人', '7.5万人', '9万人', '978人']
# ITEM_COUNT: every number + measure word was read (regex below); the labelled counts are listed
counts_re = (r'(?:超|近)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:余|多)?万?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|户|场|套|张|股|宗|起|块|只|名|人)(?:以上)?')
assert len(re.findall(counts_re, t)) == 156, len(re.findall(counts_re, t))
ic_texts = [e['text'] for e in sorted(d.ents, key=lambda e: e['start']) if e['label'] == IC]
assert ic_texts == ['94个', '十大', '十大', '1021个', '50个', '429个', '10件', '十大', '44项', '37家', '105个', '4件',
                    '七大', '六大'], ic_texts
assert all(re.fullmatch(counts_re, x) for x in ic_texts)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 3, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 14, 'ORG': 38,
                  'PRINCIPLE': 1, 'STAFFING': 0}, counts
write_gold(OUT, [d])
