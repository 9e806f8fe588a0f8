"""Build report_fb.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Wuhan (武汉, 湖北) city government work report (政府工作报告), a UTF-8 .txt file
of 18,181 characters (166 newlines, no final newline): 一、2023年工作回顾 (four 这一年 paragraphs,
seven numbered sections, government's own work, fields of work, thanks, problems),
二、2024年重点工作 (总体要求, 主要预期目标, ten numbered sections each closed by a 我们要… paragraph),
三、从严从实加强政府自身建设 (five titled paragraphs), closing.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the text
(or `n` times where given). Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh13/make_report_fb.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/武汉.txt'
OUT = 'corpora/gold-fresh13/report_fb.jsonl'
# meta: no header, session date or signature; the text opens with 各位代表： and its parts are
# 一、2023年工作回顾 / 二、2024年重点工作, so the report is dated by its year (reports notes;
# report-aq, report-av, report_ea). Region: the text names 湖北 itself (考察湖北武汉重要讲话精神,
# 在湖北建设全国构建新发展格局先行区); the Hubei precedent report-ap has 湖北省荆门市.
d = AnchoredDoc('fresh13-report-wuhan-2024', SOURCE, {'region': '湖北省武汉市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text
assert len(t) == 18181 and t.count('\n') == 166

ORG = 'ORG'; IC = 'ITEM_COUNT'

# "省委、省政府和市委" occurs four times (review opening, 总体要求, self-building, closing): each gives
# three ORGs. 党中央 before it (self-building, closing) is not ORG (v1.1: 中央 has no body head).
TRIAD = '省委、省政府和市委'
assert t.count(TRIAD) == 4

ANCHORS = [
    # ================================================================ opening
    (ORG, '现在，我代表[[市人民政府]]，向大会报告工作', None),
    # 并请市政协委员和列席人员提出意见: a body modifying people (v1.1), not labelled
    # ================================================================ 2023 review, preamble
    # the body inside its session, term number inside the span (report-ap 市十届人大, report_eb 市九届人大)
    (ORG, '圆满完成了[[市十五届人大]]二次会议确定的目标任务', None),
    # livelihood list (reports notes: 158件民生实事; report_ec 48件民生实事全面完成)
    (IC, '[[69件]]民生实事全面完成', ic(69, '件')),
    # ================================================================ (一)–(三)
    # 设立中小企业服务工作站510家: service points (report-be 就业服务站30个; report-bc 服务站), not counted;
    # 13家全国重点实验室, 认定市技术创新中心、成果转化中心各10家: designations and platforms (report-aw
    # 7家重点实验室), not counted; 城市运行管理中心建成投运: a facility/platform (report-av call 10), not ORG
    # ================================================================ (四) 城市建设
    # 民航武汉区域管制中心 is one of 313个城建交通项目 (a construction project), not ORG; 十大重点项目:
    # projects (reports notes), not counted
    (IC, '实现[[1000项]]服务事项“一圈通办”', ic(1000, '项')),      # service items (report-ap 638项“圈内通办”)
    # ================================================================ (五) 改革开放
    (IC, '实施[[110项]]营商环境创新举措', ic(110, '项')),          # measures (reports notes 100项便民利企措施)
    (IC, '推出[[134项]]“一件事一次办”主题事项', ic(134, '项')),    # service items (reports notes)
    # 完成28个行业领域“一业一证”改革: domains (v1.1: 六大领域), not counted; 三大综保区: zones
    # ================================================================ (六) 生态
    # an unquoted N大 before actions the city takes up (seventh session; report-ap the same wording)
    (IC, '持续开展长江高水平保护[[十大]]攻坚提升行动', ic(10, '大')),
    # ================================================================ (七) 民生
    (IC, '新增托育机构[[210家]]', ic(210, '家')),                # nurseries (report-av 5家, report-be 8个)
    (IC, '新改扩建公办幼儿园、中小学[[89所]]', ic(89, '所')),       # schools built (reports notes)
    # 同济医院军山院区等6家三甲医院新院区建成投用: new campuses (facilities) of existing hospitals,
    # not counted (README call 4); 新建城市书房22个, 体育公园10个: facilities
    # ================================================================ government's own work
    # 主动接受人大、政协及各方面监督: bare bodies (reports notes), not ORG
    # a body before a document is ORG (gold-unseen reports-d: 市人大议案 → 市人大, 市政协提案 → 市政协;
    # report-ai); the handled motions and proposals (2件, 370件, 3件, 559件) are not counted
    (ORG, '办理[[市人大]]议案2件', None),
    (ORG, '办理[[市政协]]建议案3件', None),
    (ORG, '提请[[市人大常委会]]审议地方性法规草案4件', None),
    # regulations and rules submitted or made (reports notes 6部; report-av 地方性法规4件, 政府规章6件)
    (IC, '审议地方性法规草案[[4件]]', ic(4, '件')),
    (IC, '制定、修改和废止政府规章[[9件]]', ic(9, '件')),
    # fields of work (国防动员…机关事务管理…妇女儿童、残疾人): no body head, nothing labelled
    # ================================================================ thanks
    (ORG, '得益于[[省委]]、省政府的坚强领导', None),
    (ORG, '得益于省委、[[省政府]]的坚强领导', None),
    (ORG, '得益于在[[市委]]团结带领下', None),
    (ORG, '团结带领下，[[市人大]]、市政协鼎力支持', None),           # subjects of 支持 (reports notes)
    (ORG, '团结带领下，市人大、[[市政协]]鼎力支持', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市人民', None),
    # 人大代表、政协委员 (people), 各民主党派, 各人民团体, 中央和省驻汉单位, 驻汉部队: not ORG;
    # 工商联 in the thanks list is ORG (reports notes; report_ea)
    (ORG, '各民主党派、[[工商联]]、无党派人士', None),
    # ================================================================ 2024: 总体要求, targets
    # 今年是…关键一年, 做好今年工作: no target (report-aq/bc); 经济社会发展主要预期目标是: no year word
    # before the targets, so no DEADLINE (v1.2 Year targets; report_ea/eb/ec)
    (ORG, '贯彻了中央精神和[[省委]]、省政府部署', None),
    (ORG, '贯彻了中央精神和省委、[[省政府]]部署', None),
    # 坚持了稳中求进、以进促稳、先立后破的重要要求: unquoted and not called 原则, not PRINCIPLE (README
    # call 2); 重点做好十个方面工作: aspects (v1.1), not counted
    # ================================================================ (一) 科技
    # 8家全国重点实验室, 8家湖北实验室, 29个攻关工程, 23个专项, 10项关键核心技术, 中试平台30家,
    # 科技成果转化中心10家, 大师工作室20家, 29家新型研发机构: labs, platforms, projects, results
    # (report-aw, report_ec 8项攻关, report-u 新型研发机构50家), not counted
    # ================================================================ (四) 改革开放
    # an unquoted count before quoted reform names: the list of reforms the city sets itself
    # (reports notes 50项改革“破零”事项; report-bc 10项“暖民心”行动)
    (IC, '实施[[20项]]“微改革”“微应用”', ic(20, '项')),
    # 推进120类高频电子证照“免提交”: kinds of certificates (report-ab 98类电子证照), not counted
    (IC, '新增[[30项]]涉企经营许可告知承诺制办理事项', ic(30, '项')),   # matters (事项)
    # 在10个重点领域 (domains), 6个区域营商环境创新改革试点 (pilots, reports notes): not counted
    # ================================================================ (七) 生态
    # the same kind of action set as the review's (report-ac 黄冈 the same wording)
    (IC, '实施长江高水平保护[[十大]]提质增效行动', ic(10, '大')),
    # ================================================================ (九) 民生
    # 养老服务综合体20个, 社区老年人服务中心（站）30个, …活动中心（服务点）20个: care facilities
    # (report-av 社区医养结合服务中心; report-bc 村级养老服务站), not counted; 市托育综合服务中心: a care
    # facility being built (report-aw), not ORG
    (IC, '新改扩建公办幼儿园、中小学[[60所]]', ic(60, '所')),       # schools built
    # schools a measure acts on (report-ap 213所…纳入教联体建设; reports notes 120所…纳入集团化管理)
    (IC, '遴选城区优质学校与[[242所]]乡村学校结对', ic(242, '所')),
    # medical institutions a measure acts on (report-ao 建强56个乡镇卫生院; devset 1所卫生院); README call 3
    (IC, '打造二级医院标准社区卫生服务中心和乡镇卫生院[[8家]]', ic(8, '家')),
    # 市第一医院…等医院的13个新建扩建项目: projects; 床位500张: an amount
    # ================================================================ (十) 平安
    # 三大市级政府储备粮库: grain depots (facilities); 市级政府 there names the reserve level, not a body
    # (README call 5); 社区应急服务站, 市级应急救援队伍 (队伍 generic): not ORG
    (ORG, '支持[[工会]]、共青团、妇联等广泛参与', None),           # mass organisations (reports notes)
    (ORG, '支持工会、[[共青团]]、妇联等广泛参与', None),
    (ORG, '支持工会、共青团、[[妇联]]等广泛参与', None),
    # ================================================================ 三、政府自身建设
    (ORG, '贯彻落实党中央、[[国务院]]决策部署', None),              # 党中央: not ORG (v1.1)
    # 党政机关 (机关 generic), 市直部门 / 部门 / 重要部门 (generic), 人大及其常委会 / 政协 (bare): not ORG
]

for k in re.finditer(re.escape(TRIAD), t):
    s = k.start()
    d.add(ORG, s, s + 2, None)            # 省委
    d.add(ORG, s + 3, s + 6, None)        # 省政府
    d.add(ORG, s + 7, s + 9, None)        # 市委
assert {e['text'] for e in d.ents} == {'省委', '省政府', '市委'}

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# ------------------------------------------------ every occurrence of the body names is placed
d.check_all('人民政府', 2, 2)
d.check_all('省委', 6, 6)
d.check_all('省政府', 6, 6)
d.check_all('市委', 5, 5)
d.check_all('国务院', 1, 1)
d.check_all('工商联', 1, 1)
d.check_all('工会', 1, 1)
d.check_all('共青团', 1, 1)
d.check_all('妇联', 1, 1)
d.check_all('政府', 20, 8, [                       # bare 政府 (v1.1), types of government, 政府储备
    '扎实推进[政府]系统全面从严治党', '废止[政府]规章9件', '一些[政府]工作人员', '大力实施[政府]和社会资本合作',
    '地方[政府]专项债', '着力破除[政府]采购', '三大市级[政府]储备粮库', '加强[政府]自身建设',
    '服务型[政府]。', '新兴领域[政府]立法', '建设廉洁[政府]。', '干部清正、[政府]清廉'])
d.check_all('人大', 7, 4, [                        # bare / people (reports notes)
    '主动接受[人大]、政协及各方面监督', '向[人大]代表、政协委员', '依法接受[人大]及其常委会'])
d.check_all('政协', 6, 2, ['并请市[政协]委员和列席人员', '主动接受人大、[政协]及各方面监督',
                         '人大代表、[政协]委员，向各民主党派', '自觉接受[政协]民主监督'])
d.check_all('常委会', 2, 1, ['依法接受人大及其[常委会]法律监督'])
d.check_all('委', 15, 12, ['并请市政协[委]员和列席', '人大代表、政协[委]员，向', '人大及其常[委]会法律监督'])
d.check_all('中央', 10, 0, ['深入推进[中央]和省生态环保督察反馈问题整改，不断', '向[中央]和省驻汉单位',
                          '二中全会和[中央]经济工作会议', '贯彻了[中央]精神', '国债、[中央]预算内投资',
                          '扎实推进[中央]和省生态环保督察反馈问题整改。开展', '核心的党[中央]保持高度一致',
                          '贯彻落实党[中央]、国务院', '落实[中央]八项规定', '核心的党[中央]周围'])
d.check_all('部门', 3, 0, ['市直[部门]日常公用经费', '10%、[部门]项目支出', '重要[部门]和关键环节'])
d.check_all('局', 18, 0, ['开[局]之年', '社会大[局]保持稳定', '全国大[局]中', '组团式格[局]加快构建',
                         '空间布[局]更优', '新发展格[局]先行区中的重要责任', '为全[局]添彩',
                         '新发展格[局]先行区中当先锋、打头阵，担当主力军，奋力', '布[局]建设一批高价值',
                         '前瞻布[局]未来产业', '重大生产力布[局]', '融入新发展格[局]。', '布[局]建设联动创新',
                         '区域协调发展格[局]', '服务全[局]', '新安全格[局]保障', '保障新发展格[局]。',
                         '新发展格[局]先行区中当先锋、打头阵，担当主力军，为推进'])
d.check_all('中心', 45, 0, [
    '科创[中心]建设提速提效', '武汉京东购物[中心]', '知识产权运营[中心]落户武汉',       # a mall; a platform
    '认定市技术创新[中心]、', '成果转化[中心]各10家',                                  # designated platforms
    '城市运行管理[中心]建成投运',                                                      # a facility (call: not ORG)
    '多[中心]、组团式', '民航武汉区域管制[中心]、汉南',                                # a construction project
    '协和医院质子医学[中心]', '开工建设武汉戏曲艺术[中心]，新建城市书房',               # hospital unit; a building
    '具有全国影响力的科技创新[中心]', '武汉颠覆性技术创新[中心]', '湾区数字技术创新[中心]',  # platforms
    '东湖综合性国家科学[中心]', '一批概念验证[中心]', '科技成果转化[中心]10家', '高价值专利培育[中心]',
    '知识产权运营服务[中心]', '打好科创[中心]建设', '现代服务业[中心]', '区域金融[中心]',
    '国家会展[中心]城市', '国博[中心]', '国际消费[中心]城市', '高端购物[中心]', '区级消费[中心]',
    '特色消费[中心]', 'B型保税物流[中心]', '中欧班列集结[中心]', '进口商品集散[中心]', '物流分拨[中心]',
    '国际交往[中心]', '7个[中心]城区', '[中心]镇（街）', '国家[中心]城市', '产业科技创新[中心]',
    '社区老年人服务[中心]（站）', '互助照料活动[中心]', '市托育综合服务[中心]', '市[中心]医院',
    '社区卫生服务[中心]和乡镇卫生院', '武汉新城体育[中心]', '加快建设武汉戏曲艺术[中心]、',
    '广电全媒体[中心]', '以人民为[中心]'])
d.check_all('站', 13, 0, ['发展[站]上了', '中小企业服务工作[站]510家', '绿色驿[站]102个', '工作者驿[站]1094个',
                         '武汉新城[站]建设', '火车[站]、景区', '收集转运[站]50个', '5座泵[站]', '换电[站]50座',
                         '社区老年人服务中心（[站]）', '文化驿[站]', '25个变电[站]项目', '社区应急服务[站]建设'])
d.check_all('院', 16, 1, ['产业创新发展研究[院]', '同济医[院]军山', '军山[院]区', '三甲医[院]新院区',
                         '三甲医院新[院]区', '协和医[院]质子', '三级医[院]全覆盖', '遗址博物[院]',
                         '市第一医[院]', '市中心医[院]', '市第三医[院]', '武汉儿童医[院]等',
                         '等医[院]的13个', '二级医[院]标准', '乡镇卫生[院]8家'])   # 1 in 国务院
d.check_all('团', 11, 1, ['组[团]式格局', '城发集[团]', '投控集[团]', '文旅集[团]', '城建集[团]', '金控集[团]',
                         '市委[团]结带领', '各人民[团]体', '3个组[团]', '紧密地[团]结'])   # 1 in 共青团
d.check_all('联', 20, 2, ['工业互[联]网（武汉）', '工业互[联]网大会', '蝉[联]全国', '智能网[联]车路', '产教[联]合体',
                         '任务型创新[联]合体', '工业软件创新[联]合体', '工业互[联]网平台', '武汉华[联]高端',
                         '多式[联]运', '[联]动创新发展区', '都市圈[联]动发展', '协调[联]动机制', '完善[联]农带农',
                         '教[联]体建设', '[联]防联治', '联防[联]治', '智能网[联]汽车'])  # 工商联, 妇联
for w, n in (('办公室', 0), ('委员会', 0), ('党委', 0), ('厅', 0), ('以下简称', 0), ('署', 5), ('所', 5),
             ('队', 3), ('组', 14), ('室', 5), ('机构', 8), ('单位', 5), ('机关', 2), ('集团', 5), ('馆', 8)):
    hits = [m.start() for m in re.finditer(w, t)]
    assert len(hits) == n, (w, len(hits))
    for h in hits:
        assert not any(e['label'] == ORG and e['start'] <= h < e['end'] for e in d.ents), (w, h)

# ------------------------------------------------ other families
# DEADLINE: none. 20xx: 2023年/2024年 in the two part headings only (and 2000 ×4 as quantities);
# 今年 ×3 (今年是…关键一年, 做好今年工作, 今年…确定的民生实事: past act); 全年 ×2 and 季度 ×2 (past
# growth; 全年观影人次); 年度案例 (a prize name); 三年行动 ×4, 两年翻番, 连续两年 (durations, past);
# “项目投资攻坚年/比拼年”行动, “十年禁渔” (names); no 年内/年底/底前/月底/日内/期间/以前/之前/提前/到20.
assert re.findall(r'20\d\d年?', t) == ['2023年', '2000', '2024年', '2000', '2000', '2000']
assert t.count('年') == 39 and t.count('今年') == 3 and t.count('全年') == 2 and t.count('年度') == 1
assert t.count('季度') == 2 and t.count('月') == 3 and t.count('日') == 10 and t.count('每') == 1
for w in ('年内', '年底', '底前', '月底', '日内', '日前', '期间', '以前', '之前', '以内', '提前', '到20',
          '年前', '每年', '每月'):
    assert w not in t, w
# PRINCIPLE: none. No 原则/方针/思路/按照/遵循/本着/根据; 要求 ×6 (发展要求, 总体要求是, 部署要求 and
# 工作要求 with no content, 稳中求进…的重要要求 unquoted (call 2), 省考核要求).
for w in ('原则', '方针', '思路', '按照', '遵循', '本着', '根据'):
    assert w not in t, w
assert t.count('要求') == 6
# DOC_TITLE / DOC_NO: no 《 and no 〔; 号 ×7 = 19号线, 5号线, 12号线, 3号线, 11号线, 老字号, “古琴号”
assert '《' not in t and '〔' not in t and t.count('号') == 7
# STAFFING: none. No 编制/职数/岗位; the eight counts of people are employment (29.26万人, 25万人,
# 30.6万人, 30万人), people helped (10.5万人), talent (1000人, 8000人) and the insured (39万人次).
assert '编制' not in t and '职数' not in t and '岗位' not in t and t.count('名') == 8
assert re.findall(r'[0-9.]+万?(?:余|多)?[人名]', t) == ['29.26万人', '30.6万人', '10.5万人', '25万人', '1000人',
                                                   '8000人', '30万人', '39万人']
# ITEM_COUNT: every number + measure word (255 hits of the regex) was read; 15 are labelled
counts_re = (r'(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:余|多)?'
             r'(?:个|项|条|件|所|家|类|对|大|部|批|种|支|处|座|场|户|套|名|人)')
assert len(re.findall(counts_re, t)) == 255
ic_texts = sorted(e['text'] for e in d.ents if e['label'] == IC)
assert ic_texts == sorted(['69件', '1000项', '110项', '134项', '十大', '210家', '89所', '4件', '9件',
                           '20项', '30项', '十大', '60所', '242所', '8家']), ic_texts
assert all(re.fullmatch(counts_re, x) for x in ic_texts)

d.check_value_shapes()
counts = {k: d.counts()[k] for k in sorted(LABELS)}
print(counts)
assert counts == {'DEADLINE': 0, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 15, 'ORG': 30,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
