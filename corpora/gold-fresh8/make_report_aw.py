"""Build report-aw.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Guangzhou (广州, 广东) city government work report.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the
text. Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh8/make_report_aw.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/广州.txt'
OUT = 'corpora/gold-fresh8/report-aw.jsonl'
# meta: the report has no header and no date; its sections are 2023年工作回顾 / 2024年工作安排,
# so the date is the report's year (reports notes; report-aq).
d = AnchoredDoc('fresh8-report-guangzhou-2024', SOURCE, {'region': '广东省广州市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'; DT = 'DOC_TITLE'; PR = 'PRINCIPLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}

ANCHORS = [
    # ------------------------------------------------------------ opening
    (ORG, '现在，我代表[[市人民政府]]，向大会报告工作', None),
    # 并请各位政协委员: a body modifying people, not labelled
    # ------------------------------------------------------------ 2023 review
    (ORG, '作为重要政治任务，在[[省委]]、省政府和市委坚强领导下，大抓经济', None),
    (ORG, '作为重要政治任务，在省委、[[省政府]]和市委坚强领导下，大抓经济', None),
    (ORG, '作为重要政治任务，在省委、省政府和[[市委]]坚强领导下，大抓经济', None),
    # (二) 改革开放
    (DT, '加快实施《[[南沙方案]]》', None),
    (ORG, '[[省南沙工委]]、南沙办成立并投入运作', None),     # shared prefix 省 stays with the first
    (ORG, '省南沙工委、[[南沙办]]成立并投入运作', None),
    (IC, '实现跨境通办社保服务项目[[7个]]，港澳居民', ic(7, '个')),   # service items (reports notes)
    # (三) 科技创新
    (IC, '新增办学条件完全达标职业学校[[13所]]', ic(13, '所')),        # schools acted on (decision 5)
    # (六) 民生
    (IC, '[[十件]]民生实事全面兑现', ic(10, '件')),                  # list of livelihood matters
    (ORG, '国家推荐标准，[[市疾病预防控制局]]挂牌成立', None),
    # (八) 政府自身建设
    (ORG, '提请[[市人大常委会]]审议法规草案14件', None),
    (IC, '审议法规草案[[14件]]，制定、修改、废止', ic(14, '件')),     # regulations (reports notes: 6部)
    (IC, '制定、修改、废止政府规章[[8件]]', ic(8, '件')),
    (ORG, '“双创”等4项工作获[[国务院]]督查激励', None),
    (ORG, '仲裁、妇女儿童、[[红十字会]]等工作取得新成效', None),     # mass organisation as a field of work
    # thanks
    (ORG, '科学指引的结果，是[[省委]]、省政府坚强领导', None),
    (ORG, '科学指引的结果，是省委、[[省政府]]坚强领导', None),
    (ORG, '大力支持的结果，是[[市委]]团结带领全市人民', None),
    (ORG, '在此，我代表[[市人民政府]]，向在各个岗位上', None),
    # ------------------------------------------------------------ 2024 plan
    (ORG, '细化落实[[省委]]“1310”具体部署', None),
    (ORG, '具体部署及[[市委]]“1312”思路举措', None),
    (DL, '[[今年]]全市经济社会发展主要预期目标是', YEAR_BY),          # v1.2 year targets; report-aq
    # (一) 大湾区
    (IC, '加强监管体制改革[[15项]]举措', ic(15, '项')),              # measures (reports notes: 30条措施)
    (ORG, '推动设立省级实体化运作的[[中国企业“走出去”综合服务中心]]', None),   # decision 3
    # (二) 产业
    (ORG, '加强[[海外知识产权纠纷应对指导广州分中心]]建设', None),             # decision 3
    # (四) 教育
    (IC, '完成[[12所]]职业院校入驻广州科教城', ic(12, '所')),
    # (十) 民生
    (IC, '遴选[[18家]]高水平医院组建研究型医院联盟', ic(18, '家')),
    (IC, '新建[[60个]]三级名中医工作室', ic(60, '个')),              # decision 7
    (IC, '三级名中医工作室、[[20个]]旗舰中医馆', ic(20, '个')),      # reports notes: 20处“旗舰中医馆”
    (IC, '形成了[[12项]]民生实事候选项目', ic(12, '项')),
    # (十一) 安全
    (IC, '突出抓好[[9类]]重点行业和10类特殊敏感场所', ic(9, '类')),   # decision 6
    (IC, '突出抓好9类重点行业和[[10类]]特殊敏感场所', ic(10, '类')),
    # (十二) 政府建设
    (PR, '始终把[[坚持“两个确立”、做到“两个维护”]]作为思想认识上的政治态度', None),  # decision 1
    (ORG, '主动听取民主党派、[[工商联]]、无党派人士', None),
    # closing
    (ORG, '党中央周围，在[[省委]]、省政府和市委坚强领导下，努力', None),
    (ORG, '党中央周围，在省委、[[省政府]]和市委坚强领导下，努力', None),
    (ORG, '党中央周围，在省委、省政府和[[市委]]坚强领导下，努力', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# ------------------------------------------------------------ every hit of the frequent names
d.check_all('市人民政府', 2, 2)
d.check_all('人民政府', 4, 2, ['法治高效廉洁的[人民政府]。',            # a type of government
                            '各位代表！[人民政府]为人民'])            # generic
d.check_all('省委', 4, 4)
d.check_all('市委', 4, 4)
d.check_all('省政府', 3, 3)
d.check_all('政府', 30, 5, [                                    # bare 政府 (v1.1), types, 地方政府
    '发放[政府]消费券', '新增地方[政府]专项债券', '从严从实加强[政府]自身建设', '加强[政府]系统党的全面领导',
    '废止[政府]规章8件', '深入推进法治[政府]建设', '法治[政府]评估成绩', '一体推进“三不腐”，[政府]作风',
    '向给予[政府]工作大力支持', '做好[政府]工作意义重大', '今年[政府]工作的总体要求', '有为[政府]更好结合',
    '地方[政府]专项债券、增发国债', '实施[政府]与社会资本合作', '“穗智管”数字[政府]运行', '中型以上[政府]投资项目',
    '防范化解地方[政府]债务风险', '推进[政府]治理体系', '推进[政府]系统全面从严治党', '争创全国法治[政府]建设示范市',
    '深化数字[政府]智能集约建设', '牢记[政府]前面的', '推动[政府]工作，经营好',
    '法治高效廉洁的人民[政府]。', '各位代表！人民[政府]为人民'])
d.check_all('国务院', 1, 1)
d.check_all('工商联', 1, 1)
d.check_all('人大', 6, 1, ['自觉接受[人大]依法监督和政协', '办理各级[人大]代表建议',   # bare / people
                         '大力支持的[人大]代表、政协委员', '自觉接受[人大]依法监督、政协',
                         '社会公众、[人大]代表'])
d.check_all('政协', 6, 0, ['并请各位[政协]委员', '依法监督和[政协]民主监督', '576件、[政协]提案',
                         '人大代表、[政协]委员，向', '依法监督、[政协]民主监督', '人大代表、[政协]委员意见'])
d.check_all('中央', 10, 0, ['第二轮[中央]生态环境保护督察反馈问题整改。持续推进挥发性',
                          '落实[中央]八项规定', '作为党[中央]的核心', '向[中央]和省驻穗单位',
                          '二中全会和[中央]经济工作会议', '湾区[中央]法务区', '获得[中央]预算内投资',
                          '第二轮[中央]生态环境保护督察反馈问题整改。坚持', '为核心的党[中央]保持',
                          '为核心的党[中央]周围'])                      # 中央/党中央: no body head (v1.1)
d.check_all('局', 20, 1, ['开[局]之年', '空间格[局]。组织编制', '空间格[局]。完成市级', '生态格[局]。科学',
                         '城市大谋划布[局]', '新发展格[局]，着力', '一体布[局]，稳存量', '与全[局]中',
                         '谋篇布[局]', '大招商工作格[局]', '前瞻布[局]', '发展的工作格[局]', '发展新格[局]的示范',
                         '更有格[局]', '空间格[局]。推动实施', '枢纽布[局]提升规划', '布[局]建设智能建造',
                         '布[局]均衡', '社会大[局]和谐'])               # 格局/布局/大局
d.check_all('中心', 53, 2, [
    '国家[中心]城市最优', '国际消费[中心]城市建设专项规划', '完成东部[中心]总体规划编制', '空港博览[中心]一期',
    '港澳居民健康服务[中心]正式启用',                                   # health facility (启用)
    '跨境理财和资管[中心]签约项目', '跨境理财和资管[中心]，探索',          # financial hub
    '组建数字安全运营[中心]',                                            # security operations platform (decision 3)
    '颠覆性技术创新[中心]挂牌', '颠覆性技术创新[中心]建设',                # innovation centres (report-aq)
    '建设[中心]型世界城市愿景', '碳金融[中心]挂牌', '和[中心]区公交车', '颐康[中心]（站）',
    '广州妇儿[中心]增城院区',                                            # hospital
    '大湾区保险服务[中心]。', '国际赛马发展[中心]建设', '高水平建设东部[中心]，', '保税物流[中心]、东部',
    '东部[中心]产业合作园', '大湾区国创[中心]研发', '华为广州研发[中心]', '国际商事仲裁[中心]。',
    '公共算力[中心]', '深海科技创新[中心]', '加快建设国际消费[中心]城市。', '“三[中心]”',
    '黄埔全球[中心]仓', '广州国际交流合作[中心]、驻外', '国际商贸商事调解[中心]等平台',  # called 平台 (decision 4)
    '国际科创[中心]重要承载地', '国家技术创新[中心]为引领', '国家级创新[中心]，支持',
    '产业化服务[中心]，培养', '概念验证[中心]', '做强[中心]镇', '[中心]渔港休闲', '“菜篮子”交易[中心]',
    '着眼建设[中心]型世界城市', '疏解[中心]城区', '推动实施东部[中心]总体规划', '国家碳计量[中心]',
    '岭南文化[中心]区', '国际演艺[中心]', '广东人民艺术[中心]', '国家医学[中心]', '区域医疗[中心]、',
    '救援指挥[中心]', '托育综合服务[中心]', '认知障碍照护支持[中心]', '朝着[中心]型世界城市'])
d.check_all('委员会', 0, 0)
d.check_all('交易所', 3, 0, ['广州期货[交易所]上市', '广州数据[交易所]。', '广州期货[交易所]和港交所'])  # exchanges
d.check_all('派出所', 1, 0, ['“枫桥式公安[派出所]”'])                      # a model type (notes)
d.check_all('中国科学院', 2, 0, ['实施，[中国科学院]明珠科学园', '支持[中国科学院]明珠科学园建设'])  # research academy
d.check_all('红十字会', 1, 1)

# ------------------------------------------------------------ other families
# the only 《》: the plan 南沙方案 and the ballet 《旗帜》 (a work of art); no 〔year〕 numbers; 号 is
# only in 地铁N号线 and “X字号”; the one 原则 is 政治原则 (labelled); the only 按照 are unquoted or 模式
assert [m.start() for m in re.finditer('《', t)] == [1460, 4713]
assert t.count('号') == 11 and t.count('号线') == 5 and t.count('字号') == 5 and t.count('称号') == 1
assert t.count('原则') == 1 and t.count('按照') == 2 and t.count('思路') == 1 and t.count('要求') == 6
assert t.count('今年') == 4 and t.count('年度') == 3
for w in ('〔', '方针', '本着', '根据', '年内', '年底', '底前', '月底', '日内', '日前', '提前', '期间', '之前',
          '以前', '季度', '职数', '到20', '原则上'):
    assert w not in t, w

for e in d.ents:
    if e['label'] == 'ITEM_COUNT':
        assert isinstance(e['normalized']['value'], int) and e['normalized']['unit']
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}
    if e['label'] == 'PRINCIPLE':
        assert e['normalized'] == ['坚持“两个确立”', '做到“两个维护”'], e
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 1, 'DOC_NO': 0, 'DOC_TITLE': 1, 'ITEM_COUNT': 13, 'ORG': 22,
                  'PRINCIPLE': 1, 'STAFFING': 0}, counts
write_gold(OUT, [d])
