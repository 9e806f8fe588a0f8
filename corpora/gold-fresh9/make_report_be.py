"""Build report-be.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Yangzhou (扬州, 江苏) city government work report.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the
text (unless n is given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh9/make_report_be.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/扬州.txt'
OUT = 'corpora/gold-fresh9/report-be.jsonl'
d = AnchoredDoc('fresh9-report-yangzhou-2024', SOURCE, {'region': '江苏省扬州市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # ------------------------------------------------------------ opening
    (ORG, '现在，我代表[[扬州市人民政府]]向大会报告工作', None),
    # 并请市政协委员: a body modifying people, not labelled (v1.1)

    # ------------------------------------------------------------ 2023 review
    (ORG, '恢复发展的一年。在[[省委]]省政府和市委坚强领导下', None),
    (ORG, '恢复发展的一年。在省委[[省政府]]和市委坚强领导下', None),
    (ORG, '恢复发展的一年。在省委省政府和[[市委]]坚强领导下', None),
    # 联合国环境规划署 (giver of an award), 联合国教科文组织 (head 组织): not ORG
    # “30条”增量措施, “12条”, “19条”, “21条”: quoted policy names, not counted
    # 三是: research centres, labs, 深交所扬州基地, 产教融合共同体: not bodies / not counted
    (ORG, '成立[[青年企业家人才服务中心]]，建成高品质人才公寓', None),
    # 四是: a policy list's items (reports notes: service items, lists of measures)
    (IC, '发布“免申即享”政策清单[[26条]]，打造', ic(26, '条')),
    # 开发智能化应用场景20个: digital applications (platforms/products), not counted
    # 五是: medical institutions set up (reports notes: 14个县域医共体)
    (IC, '组建县域医共体[[15家]]，高邮通过', ic(15, '家')),
    # 八是: policy packages a measure sets up (units as written, v1.1: 4大类)
    (IC, '制定[[7大类]]16个配套“政策包”', ic(7, '大类')),
    (IC, '制定7大类[[16个]]配套“政策包”', ic(16, '个')),
    # 九是: the categories of a campaign's own task list
    (IC, '开展文明城市建设[[18类]]重难点问题攻坚', ic(18, '类')),
    # schools built, acted on or set up (reports notes; batch-c kindergartens)
    (IC, '新改扩建中小学、幼儿园[[15所]]，建设儿童友好学校', ic(15, '所')),
    (IC, '建设儿童友好学校[[25所]]。创成', ic(25, '所')),
    (IC, '设立乡镇（街道）老年大学[[23所]]。', ic(23, '所')),
    # 十是: committees (bodies) made to operate: a count of institutions; the committees
    # themselves are quantified by 18个, so not ORG (shandong-part2: 5个直属中队 count only)
    (IC, '“十五条硬措施”。[[18个]]安全生产专委会实质化运作', ic(18, '个')),
    # “十五条硬措施”, “十大行动”: quoted names, not counted
    (ORG, '应配尽配，[[安委会]]、消委会、防灾减灾工作机构实现镇级全覆盖', None),
    (ORG, '应配尽配，安委会、[[消委会]]、防灾减灾工作机构实现镇级全覆盖', None),
    # mass organisations named as fields of work (reports notes: 妇联工作 → 妇联)
    (ORG, '侨务、[[工商联]]、民防、气象', None),
    (ORG, '民族、宗教、[[残联]]、慈善、红十字等工作', None),
    # 红十字 (no 会), 供销, 民防: fields, no body head word
    # government self-building, 2023
    (ORG, '提请[[市人大常委会]]审议通过地方性法规5件', None),
    (IC, '审议通过地方性法规[[5件]]，新制定政府规章1部', ic(5, '件')),
    (IC, '新制定政府规章[[1部]]。发布', ic(1, '部')),
    (DT, '发布《[[法治政府建设白皮书]]》。', None),
    # 《志说运河十二景》《扬州通史》: books (出版发行), not a law, plan or list
    # thanks
    (ORG, '是[[省委]]省政府和市委正确领导', None),
    (ORG, '是省委[[省政府]]和市委正确领导', None),
    (ORG, '是省委省政府和[[市委]]正确领导', None),
    (ORG, '在此，我代表[[市政府]]向全市人民', None),
    (ORG, '向各民主党派、[[工商联]]、无党派人士', None),

    # ------------------------------------------------------------ 2024 tasks
    (ORG, '按照[[省委]]省政府决策部署和市委“实干争先年”总体要求', None),
    (ORG, '按照省委[[省政府]]决策部署和市委“实干争先年”总体要求', None),
    (ORG, '按照省委省政府决策部署和[[市委]]“实干争先年”总体要求', None),
    # a quoted formula adopted through 按照 … 要求 (reports notes: 按照市委“…”部署要求)
    (PR, '和市委“[[实干争先年]]”总体要求', None),
    # v1.2 Year targets: 今年 heads the list of targets (as in report-aq)
    (DL, '[[今年]]经济社会发展主要预期目标是', YEAR_BY),
    # 一是: 园区企业服务中心, a service body in every park (like 便民服务中心)
    (ORG, '全面建设[[园区企业服务中心]]，开展', None),
    # 二是
    (ORG, '加快建设[[国家级知识产权保护中心]]，有效发明专利', None),
    (IC, '设立高水平产业学院[[5个]]，新增高技能人才', ic(5, '个')),
    # 三是: the government's own annual task list
    (IC, '实施“一带一路”年度重点任务[[30个以上]]，加快建设', ic(30, '个', min=30, max=None)),
    # 五是: medical institutions a measure acts on (report-aq 15家二级以上公立医疗机构)
    (IC, '推动[[25家]]定点医疗机构“先诊疗后付费”', ic(25, '家')),
    # 九是: childcare institutions added (like kindergartens); 托育点 are service points
    (IC, '新增普惠托育机构[[8个]]、示范社区托育点7个', ic(8, '个')),
    # ------------------------------------------------------------ self-building
    (ORG, '贯彻落实中央和省、[[市委]]决策部署', None),        # 省、市委: the bare 省 is no name
    (ORG, '建立[[市政府]]咨询会议制度', None),                # a body inside a longer phrase
    (ORG, '在[[中共扬州市委]]坚强领导下', None),
    (ORG, '在[[市人大]]、市政协的监督支持下', None),
    (ORG, '在市人大、[[市政协]]的监督支持下', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# ---------------------------------------------------------------- every hit accounted for
d.check_all('人民政府', 1, 1)
d.check_all('市委', 5, 5)
d.check_all('省委', 3, 3)
d.check_all('省政府', 3, 3)
d.check_all('市政府', 2, 2)
d.check_all('工商联', 2, 2)
d.check_all('政府', 19, 6, [
    '做好[政府]隐性债务', '，[政府]债务率保持', '加强[政府]自身建设。扎实',          # bare 政府
    '新制定[政府]规章1部', '发布《法治[政府]建设白皮书》',                          # inside a title
    '今年[政府]工作总体要求', '数字[政府]建设', '三、加强[政府]自身建设',
    '人民满意[政府]。', '检验[政府]工作成效', '成为[政府]工作的主旋律',
    '全国法治[政府]建设示范市', '成为[政府]系统的鲜明标志'])
d.check_all('人大', 7, 2, [
    '自觉接受[人大]法律监督、工作监督和政协民主监督，办理',                         # bare 人大
    '办理[人大]代表议案建议279件',                                                  # deputies
    '向市[人大]代表、政协委员',                                                     # deputies
    '自觉接受[人大]法律监督、工作监督和政协民主监督，主动',
    '认真办好[人大]代表议案建议'])
d.check_all('政协', 7, 1, [
    '并请市[政协]委员和其他列席人员',                                               # people
    '工作监督和[政协]民主监督，办理', '279件、[政协]提案410件',                      # bare
    '人大代表、[政协]委员，向各民主党派',                                           # people
    '工作监督和[政协]民主监督，主动', '议案建议和[政协]提案。'])
d.check_all('委会', 4, 3, ['18个安全生产专[委会]实质化运作'])                        # counted only
d.check_all('中央', 6, 0, [
    '高质量完成[中央]、省环保督察', '贯彻落实[中央]经济工作会议精神', '抓好[中央]、省环保督察',
    '不折不扣贯彻落实[中央]和省、市委', '锲而不舍落实[中央]八项规定', '核心的党[中央]周围'])
d.check_all('中心', 17, 3, [
    '布局设立域外创新[中心]11个', '碳中和技术创新研究[中心]、种子',                  # research
    '这一[中心]工作', '北京机电所扬州创新[中心]、机载',
    '长三角国家技术创新[中心]（扬州）服务中心', '技术创新中心（扬州）服务[中心]、域外',
    '服务中心、域外创新[中心]建设', '跨境电商“三大[中心]”',                          # platforms
    '新时代文明实践[中心]、城市书房', '数字城市运营管理[中心]，提升“一网统管”',     # facilities
    '以人民为[中心]发展思想', '市公共卫生临床[中心]改扩建', '省级区域医疗[中心]2个',  # hospitals
    '安全生产责任保险运营[中心]。'])                                                # insurance
d.check_all('联合国', 2, 0, ['和[联合国]环境规划署', '荣获[联合国]教科文组织'])
# DEADLINE: the only 今年 heading a target; 今年是…, 做好今年工作, 今年政府工作总体要求 are not
assert t.count('今年') == 4
assert t.count('全年') == 1 and '稳信心，全年新增减税降费' in t        # a past year's total
assert t.count('年内') == 1 and '年内开工率' in t                        # a metric name
assert t.count('年末') == 1 and '力争年末贷款余额' in t                  # a metric name
# 《: two books and the white paper; 号 only in “2号文件” (no DOC_NO)
assert [m.start() for m in re.finditer('《', t)] == [4180, 4189, 5744]
assert t.count('号') == 2 and t.count('“2号文件”') == 2
for w in ('〔', '原则', '方针', '遵循', '本着', '根据', '日内', '日前', '底前', '月底', '年底', '之前',
          '以前', '季度', '期间', '提前', '职数'):
    assert w not in t, w
assert t.count('编制') == 4 and t.count('编制') == len(re.findall('编制(?:氢能|实施|唐子城)', t))  # drawing up plans
assert t.count('按照') == 1 and t.count('要求') == 2 and t.count('思路') == 1

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}

assert counts == {'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 15, 'ORG': 25,
                  'PRINCIPLE': 1, 'STAFFING': 0}, counts
write_gold(OUT, [d])
