"""Build report-aj.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Huzhou (湖州, 浙江) city government work report.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the
text. Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh6/make_report_aj.py
"""


from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/湖州.txt'
OUT = 'corpora/gold-fresh6/report-aj.jsonl'
d = AnchoredDoc('fresh6-report-huzhou-2024', SOURCE, {'region': '浙江省湖州市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'


YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}
Q1_BY = {'date': '2024-03-31', 'precision': 'quarter', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # --- opening
    (ORG, '现在，我代表[[市人民政府]]，向大会报告工作', None),
    # 并请市政协委员…: a body modifying people, not labelled
    # --- 2023 review, opening paragraph
    (ORG, '认真贯彻落实[[省委]]、省政府三个“一号工程”', None),
    (ORG, '认真贯彻落实省委、[[省政府]]三个“一号工程”', None),
    (ORG, '在[[市委]]的坚强领导下，在市人大', None),
    (ORG, '在[[市人大]]、市政协以及各方面的监督支持下', None),
    (ORG, '在市人大、[[市政协]]以及各方面的监督支持下', None),
    (ORG, '顺利完成了[[市九届人大]]三次会议确定的主要目标任务', None),
    # --- (五) reform and opening
    (ORG, '[[市、县两级企业综合服务中心]]挂牌成立', None),
    # --- (七) culture
    (IC, '实施文化遗址保护、非遗再造等[[六大]]专项行动', ic(6, '大')),
    # --- (八) ecology
    (ORG, '抓好[[省委]]生态环境保护督察反馈问题整改', None),
    # --- (九) livelihood
    (ORG, '[[省政府]]十方面民生实事项目完成率全省第1', None),
    (ORG, '满意率全省第2，[[市政府]]十方面民生实事项目高质量完成', None),
    (IC, '新建和改扩建幼儿园[[18所]]、义务教育学校15所', ic(18, '所')),
    (IC, '新建和改扩建幼儿园18所、义务教育学校[[15所]]', ic(15, '所')),
    (ORG, '医改工作获[[国务院]]督查激励', None),
    # --- (十) Asian Games
    (IC, '“城市品质、城市治理、城市文明”[[三大]]提升行动', ic(3, '大')),
    # --- fields of work; government self-building in 2023
    (ORG, '国防动员、退役军人、[[工会]]、妇女、儿童', None),
    (ORG, '扎实做好[[省委]]巡视反馈意见整改工作', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市人民', None),
    (ORG, '向各民主党派、[[工商联]]、各人民团体', None),
    # --- 2024 plan
    (ORG, '全面贯彻落实党的二十大和中央、[[省委]]经济工作会议精神', None),
    (DL, '建议[[今年]]全市经济社会发展的主要预期目标为', YEAR_BY),
    (IC, '实施支持企业稳工稳产[[十条]]举措', ic(10, '条')),
    (DL, '以[[一季度]]“开门红”为整年度“全线胜”打好基础', Q1_BY),
    (ORG, '加快[[湖州海外营销中心]]实体化运营', None),
    (ORG, '一体推进[[企业综合服务中心]]和线上企业服务平台建设', None),
    (ORG, '推动组建[[市文物考古研究所]]', None),
    (IC, '新建和改扩建义务教育学校[[10所]]', ic(10, '所')),
    (ORG, '今年，我们在承接[[省政府]]十方面30项民生实事项目', None),
    (IC, '承接省政府十方面[[30项]]民生实事项目', ic(30, '项')),
    (ORG, '梳理形成了2024年度[[市政府]]12项民生实事候选项目', None),
    (IC, '2024年度市政府[[12项]]民生实事候选项目', ic(12, '项')),
    # --- part three: the government itself
    (ORG, '坚决把党中央[[国务院]]、省委省政府和市委的决策部署', None),
    (ORG, '坚决把党中央国务院、[[省委]]省政府和市委的决策部署', None),
    (ORG, '坚决把党中央国务院、省委[[省政府]]和市委的决策部署', None),
    (ORG, '坚决把党中央国务院、省委省政府和[[市委]]的决策部署', None),
    # --- closing
    (ORG, '在[[省委]]、省政府和市委的坚强领导下，再接再厉', None),
    (ORG, '在省委、[[省政府]]和市委的坚强领导下，再接再厉', None),
    (ORG, '在省委、省政府和[[市委]]的坚强领导下，再接再厉', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# --- every occurrence of the recurring body names is accounted for


d.check_all('市人民政府', 2, 2)
d.check_all('市委', 3, 3)
d.check_all('省委', 6, 6)
d.check_all('省政府', 5, 5)
d.check_all('市政府', 3, 2, ['全[市政府]采购面向中小企业'])                     # 全市 + bare 政府采购
d.check_all('国务院', 2, 2)
d.check_all('工商联', 1, 1)
d.check_all('工会', 1, 1)
d.check_all('企业综合服务中心', 2, 2)
d.check_all('人大', 7, 2, ['自觉接受[人大]依法监督', '认真办理[人大]代表建议209件', '向全体[人大]代表',
                         '配合支持[人大]立法和监督', '高质量办好[人大]代表建议'])
d.check_all('政协', 6, 1, ['并请市[政协]委员', '、[政协]民主监督', '、[政协]提案348件', '代表、[政协]委员',
                         '代表建议和[政协]提案'])
d.check_all('中心', 24, 3, [
    '加快打造杭州城西科创大走廊北翼[中心]，联合国',                 # a zone (科创走廊 wing)
    '建设杭州城西科创大走廊北翼[中心]，推动',
    '地理信息知识与创新[中心]实体化运行',                            # an innovation centre
    '浙江绿色知识产权推广[中心]落户湖州',                            # a promotion platform
    '省级工业设计[中心]3家以上',                                    # a designation of enterprises
    '强化绿色金融[中心]招商运营', '诗画雅苑文化[中心]', '长兴龙山文体[中心]',   # buildings
    '新时代文明实践[中心]建设', '“绿色交易[中心]”',                  # facilities; a trading centre
    '加快建设市[中心]医院二期',                                     # a hospital
    '聚焦经济建设这一[中心]工作', '推进[中心]智慧商圈', '强化[中心]集聚', '完成[中心]城市',
    '编制实施[中心]城区品质', '制定[中心]城区给排水', '优化[中心]城区城市管理',
    '实施[中心]城区给排水', '盘活[中心]城区闲置', '制定实施[中心]城区高架'])   # not bodies
d.check_all('亚排联', 1, 0, ['荣获[亚排联]颁发的突出贡献奖'])                     # international sports body
d.check_all('研究所', 1, 1)
# no 《》, no 〔year〕 number, no 原则/方针/思路 and no adopting verb 按照/遵循/本着/根据
for w in ('《', '〔', '原则', '方针', '思路', '按照', '遵循', '本着', '根据', '年内', '底前', '日内', '日前',
          '期间', '月底', '年底', '之前', '以前'):
    assert w not in d.text, w

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 2, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 8, 'ORG': 29,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
