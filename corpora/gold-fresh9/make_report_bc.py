"""Build report-bc.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Tongling (铜陵, 安徽) city government work report.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the
text (or n times where n is given). Only offsets are computed here; no extractor or
model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh9/make_report_bc.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/铜陵.txt'
OUT = 'corpora/gold-fresh9/report-bc.jsonl'
d = AnchoredDoc('fresh9-report-tongling-2024', SOURCE, {'region': '安徽省铜陵市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'; DT = 'DOC_TITLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # ------------------------------------------------------------ opening
    (ORG, '现在，我代表[[市人民政府]]，向大会报告政府工作', None),
    # 并请各位市政协委员: a body modifying people, not labelled
    # ------------------------------------------------------------ 一、2023年工作回顾
    (ORG, '重要指示精神，在[[省委]]、省政府和市委的坚强领导下，坚持稳中求进工作总基调，承压', None),
    (ORG, '重要指示精神，在省委、[[省政府]]和市委的坚强领导下，坚持稳中求进工作总基调，承压', None),
    (ORG, '重要指示精神，在省委、省政府和[[市委]]的坚强领导下，坚持稳中求进工作总基调，承压', None),
    # 13项工作获…督查激励: a result, not ITEM_COUNT; the two bodies giving it are ORG
    (ORG, '等13项工作获[[国务院]]、省政府真抓实干督查激励', None),
    (ORG, '等13项工作获国务院、[[省政府]]真抓实干督查激励', None),
    # a mass organisation (群团组织) named as the body that designates the city
    (ORG, '我市入选[[中国科协]]“创新驱动示范市”', None),
    # (一)
    (ORG, '落实[[市委常委会]]现场办公等制度', None),
    # (二) the ministry inside the name of its key laboratory (v1.1: body inside a longer phrase)
    (ORG, '成功争创[[农业农村部]]皖江平原粮油作物种质创制与应用重点实验室', None),
    # (三)
    (IC, '优化调整中小学校（教学点）[[38个]]，第十中学', ic(38, '个')),
    # (四)
    (DT, '实施《[[优化营商环境条例]]》，设立', None),
    # 说“不”提级管理获省委主要领导批示肯定: body modifying people, not labelled
    # (五)
    (ORG, '市国土空间总体规划报[[省政府]]待批', None),
    # 府院联动…获省委主要领导批示推广: body modifying people, not labelled
    # (六)
    (IC, '[[10项]]“暖民心”行动年度任务全面完成', ic(10, '项')),
    (IC, '[[28项]]为民办实事事项有效实施', ic(28, '项')),
    # government self-building (review)
    (DT, '修订《[[市政府工作规则]]》', None),            # 市政府 inside the title: not labelled
    (IC, '制定政府规章[[1件]]，提请', ic(1, '件')),
    (ORG, '提请[[市人大常委会]]审议地方性法规2件', None),
    (IC, '审议地方性法规[[2件]]，办理', ic(2, '件')),
    # 办理人大代表建议262件、政协提案216件: handled proposals, bare 人大/政协: nothing
    # thanks
    (ORG, '在此，我代表[[市人民政府]]，向在各个岗位', None),
    (ORG, '向各民主党派、[[工商联]]、人民团体', None),
    # ------------------------------------------------------------ 二、2024年主要工作安排
    # 今年政府工作的总体要求是: not a target, not DEADLINE
    (ORG, '认真落实中央、[[省委]]经济工作会议', None),     # meeting: only the body (reports notes)
    (ORG, '省委经济工作会议和[[市委]]十一届六次全会精神', None),
    (DL, '[[今年]]经济社会发展的主要预期目标是', YEAR_BY),
    # (五) 改革
    (ORG, '加快[[国家铜铅锌质检中心]]市场化转型', None),
    # (九) 民生
    (IC, '动态实施[[28项]]为民办实事事项', ic(28, '项')),
    (IC, '整合[[33所]]小规模学校、教学点和初中', ic(33, '所')),
    # (十) 安全
    (ORG, '持续压降不良贷款、提升[[央行]]评级', None),
    (ORG, '支持[[工会]]、共青团、妇联、红十字会等人民团体', None),
    (ORG, '支持工会、[[共青团]]、妇联、红十字会等人民团体', None),
    (ORG, '支持工会、共青团、[[妇联]]、红十字会等人民团体', None),
    (ORG, '支持工会、共青团、妇联、[[红十字会]]等人民团体', None),
    # ------------------------------------------------------------ 三、政府自身建设
    (ORG, '坚决落实党中央[[国务院]]、省委省政府和市委决策部署', None),
    (ORG, '坚决落实党中央国务院、[[省委]]省政府和市委决策部署', None),
    (ORG, '坚决落实党中央国务院、省委[[省政府]]和市委决策部署', None),
    (ORG, '坚决落实党中央国务院、省委省政府和[[市委]]决策部署', None),
    (ORG, '开展机关作风、[[县区政府]]满意度', None),       # compound level, like 市县政府
    (ORG, '中央八项规定精神和省、[[市委]]实施细则', None),  # shared ending: bare 省 is no name
    # closing
    (ORG, '党中央周围，在[[省委]]、省政府和市委的坚强领导下，笃行', None),
    (ORG, '党中央周围，在省委、[[省政府]]和市委的坚强领导下，笃行', None),
    (ORG, '党中央周围，在省委、省政府和[[市委]]的坚强领导下，笃行', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# ---------------------------------------------------------------- every hit accounted for
d.check_all('人民政府', 2, 2)
d.check_all('省委', 6, 4, ['提级管理获[省委]主要领导批示肯定',        # people
                          '创新做法获[省委]主要领导批示推广'])
d.check_all('市委', 6, 6)
d.check_all('省政府', 5, 5)
d.check_all('国务院', 2, 2)
d.check_all('工商联', 1, 1)
d.check_all('常委会', 2, 2)
d.check_all('政府', 34, 8, [
    '向大会报告[政府]工作', '警戒线以下，[政府]债务风险', '修订《市[政府]工作规则》',  # bare; in title
    '加强[政府]自身建设，进一步', '进一步激昂[政府]系统', '制定[政府]规章1件',
    '全省法治[政府]建设示范区', '示范区。[政府]网站', '官僚主义，[政府]系统政治生态',
    '给予[政府]工作大力支持', '存在，[政府]行政效能', '今年[政府]工作的总体要求',
    '地方[政府]专项债券', '加强[政府]债务风险监测', '全面加强[政府]自身建设',
    '越是考验[政府]系统', '成为[政府]系统最鲜明', '法治铜陵、法治[政府]、法治社会',
    '争创全省法治[政府]建设示范市', '提高[政府]普法立法质量', '兑现和[政府]履约践诺',
    '以[政府]工作“透明度”', '作为[政府]工作的生命线', '推动更多[政府]系统干部',
    '完善[政府]目标管理考核体系', '政治清明、[政府]清廉'])
d.check_all('人大', 6, 1, ['自觉接受[人大]监督、政协民主监督和社会', '办理[人大]代表建议262件',
                         '大力支持的[人大]代表', '依法接受[人大]监督', '认真办理[人大]代表建议和'])
d.check_all('政协', 6, 0, ['并请各位市[政协]委员', '人大监督、[政协]民主监督和社会',
                         '、[政协]提案216件', '人大代表、[政协]委员', '自觉接受[政协]民主监督，认真',
                         '建议和[政协]提案'])
d.check_all('中央', 8, 0, ['底板，[中央]及省级层面', '认真落实[中央]、省委经济工作会议',
                         '积极争取[中央]预算内投资', '按照[中央]、省统一部署', '坚决抓好[中央]、省交办',
                         '落实党[中央]国务院', '严格执行[中央]八项规定', '为核心的党[中央]周围'])
d.check_all('中心', 13, 1, [
    '皖江[中心]成为省首批', '建强皖江[中心]省级高水平',            # new R&D institution (research)
    '长三角[中心]区27城', '黄浒河[中心]河段', '和美乡村省级[中心]村', '省级[中心]村23个',  # places
    '急诊急救“五大[中心]”', '财务共享[中心]。', '国家技术创新[中心]等国家级研发平台',
    '技术转移[中心]县区全覆盖', '保税物流[中心]进出口', '以人民为[中心]的发展思想'])
d.check_all('协会', 2, 0, ['市高层次人才[协会]', '商[协会]招商'])      # social association; generic
d.check_all('科协', 1, 1)
# 部 ×18: only 农业农村部 is a body (the others: 干部 ×4, 部分, 外部, 全部, 零部件 ×3, 头部, 东部 ×2,
# 西部, 总部, 部署 ×2)
assert t.count('部') == 18 and t.count('农业农村部') == 1
# ---------------------------------------------------------------- absent families
for w in ('〔', '原则', '方针', '思路', '遵循', '本着', '根据', '年内', '年底', '底前', '日内', '日前',
          '月底', '之前', '以前', '期间', '每年', '编制', '职数', '委员会', '厅', '部门'):
    assert w not in t, w
assert [m.start() for m in re.finditer('《', t)] == [3297, 5594]
assert t.count('今年') == 2 and t.count('全年') == 6 and t.count('提前') == 2
assert t.count('按照') == 1 and t.count('要求') == 2
assert t.count('号') == 4                   # 老字号, 销号, 国字号, 挂号制: no DOC_NO

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
write_gold(OUT, [d])
