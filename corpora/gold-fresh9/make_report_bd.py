"""Build report-bd.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Liuzhou (柳州, 广西壮族自治区) city government work report.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the
text unless a count is given. Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh9/make_report_bd.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/柳州.txt'
OUT = 'corpora/gold-fresh9/report-bd.jsonl'
# date: the text has no header and no date; it is the 2024 report (二、2024年工作安排)
d = AnchoredDoc('fresh9-report-liuzhou-2024', SOURCE, {'region': '广西壮族自治区柳州市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')
t = d.text

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'; PR = 'PRINCIPLE'

YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}
YEAR_DURING = {'date': '2024-12-31', 'precision': 'year', 'relation': 'during', 'recurring': False}

ANCHORS = [
    # --- 2023 review, opening paragraph
    # 自治区党委、政府: the shared prefix 自治区 is not repeated, so 政府 is the second member
    # (v1.2 shared prefix; shandong-part1 乡镇党委政府 → 乡镇党委 + 政府)
    (ORG, '在[[自治区党委]]、政府和市委的坚强领导下', None),
    (ORG, '在自治区党委、[[政府]]和市委的坚强领导下', None),
    (ORG, '在自治区党委、政府和[[市委]]的坚强领导下', None),
    # 全面贯彻落实中央、自治区各项决策部署: 中央 and 自治区 have no body head: not ORG
    # “四大突破攻坚行动”: the count is inside a quoted name: not ITEM_COUNT
    # --- (四) 乡村振兴: an unquoted N大 before the actions the city set up (seventh-session note)
    (IC, '大力开展防贫、产业、就业[[三大]]帮扶提升行动', ic(3, '大')),
    # --- (六) 改革: a count of reform measures (reports notes: 100项便民利企措施)
    (IC, '新增[[21项]]具有地域特色的政务服务“微改革”举措', ic(21, '项')),
    # --- (七) 民生: school groups set up (batch-c: 3个市直学校办学集团; reports: 14个县域医共体)
    (IC, '建成覆盖各县区教育共同体[[50个]]', ic(50, '个')),
    # --- (八) 政府自身建设 (review)
    # 市人大及其常委会: 常委会 is a definite short form after the named 市人大 (v1.2)
    (ORG, '依法行政不断深化。自觉接受[[市人大]]及其常委会依法监督', None),
    (ORG, '依法行政不断深化。自觉接受市人大及其[[常委会]]依法监督', None),
    (ORG, '依法监督、[[市政协]]民主监督和社会舆论监督', None),
    # the body inside a meeting (project decisions: bodies inside meetings)
    (ORG, '列席[[市政府]]常务会', None),
    # fields of work named by mass organisations (reports notes: 妇联工作 → 妇联; 工会、红十字会…等事业)
    (ORG, '调处、[[工会]]、共青团、妇女儿童、科协', None),
    (ORG, '调处、工会、[[共青团]]、妇女儿童、科协', None),
    (ORG, '共青团、妇女儿童、[[科协]]、老龄', None),
    # --- thanks
    (ORG, '是[[自治区党委]]、政府和市委坚强领导的结果', None),
    (ORG, '是自治区党委、[[政府]]和市委坚强领导的结果', None),
    (ORG, '是自治区党委、政府和[[市委]]坚强领导的结果', None),
    (ORG, '是[[市人大]]、市政协和社会各界鼎力支持的结果', None),
    (ORG, '是市人大、[[市政协]]和社会各界鼎力支持的结果', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市各族人民', None),
    # --- 2024 plan: the body before its plenary session, without the term number after it
    (ORG, '按照[[自治区党委]]十二届七次全会', None),
    (ORG, '七次全会和[[市委]]十三届九次全会部署', None),
    # v1.2 Year targets: 今年 heading the year's targets
    (DL, '[[今年]]经济社会发展的主要预期目标是', YEAR_BY),
    # --- (三) 消费: 年内 in a work plan (project decisions)
    (DL, '力争[[年内]]新增规上（限上）三产企业250家以上', YEAR_DURING),
    # --- (六) 改革: a quoted formula adopted through 按照…思路
    (PR, '按照“[[化必守、化宜解、化要进]]”总体思路', None),
    # --- government self-building
    (ORG, '严格贯彻落实党中央、[[国务院]]决策部署', None),
    (ORG, '决策部署和[[自治区党委]]、政府及市委工作要求', None),
    (ORG, '决策部署和自治区党委、[[政府]]及市委工作要求', None),
    (ORG, '决策部署和自治区党委、政府及[[市委]]工作要求', None),
    (ORG, '确保行政权力依法公正运行。自觉接受[[市人大]]及其常委会依法监督', None),
    (ORG, '确保行政权力依法公正运行。自觉接受市人大及其[[常委会]]依法监督', None),
    (ORG, '确保行政权力依法公正运行。自觉接受市人大及其常委会依法监督、[[市政协]]民主监督', None),
    (ORG, '在[[市委]]的坚强领导下，深入解放思想', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# --- every occurrence of the recurring body names is accounted for
d.check_all('自治区党委', 4, 4)
d.check_all('市委', 5, 5)
d.check_all('国务院', 1, 1)
d.check_all('市人民政府', 1, 1)
d.check_all('市政府', 1, 1)
d.check_all('常委会', 2, 2)
d.check_all('工会', 1, 1)
d.check_all('共青团', 1, 1)
d.check_all('科协', 1, 1)
d.check_all('政府', 19, 5, [
    '全年共争取地方[政府]新增专项债券',                       # generic (地方政府)
    '转作风，[政府]自身建设持续加强',                         # bare 政府
    '严格落实[政府]行政执法三项制度',
    '深入推进[政府]系统党风廉政建设，严格执行',
    '清正廉洁的[政府]形象',
    '仍有发生，[政府]系统少数干部',
    '做好今年[政府]工作的总体要求',
    '三、全面加强[政府]自身建设',
    '务必狠抓落实，全面加强[政府]自身建设',
    '不断开创[政府]工作新局面',
    '贯穿[政府]工作全过程',
    '大力推进法治[政府]示范创建',                             # a type of government
    '不断提高[政府]工作的透明度',
    '深入推进[政府]系统党风廉政建设，严格落实'])
d.check_all('人大', 6, 3, ['常态化邀请[人大]代表和政协委员',     # deputies: people
                         '办理[人大]代表建议137件',
                         '高质量办好[人大]代表建议'])
d.check_all('政协', 6, 3, ['人大代表和[政协]委员列席',           # members: people
                         '、[政协]提案198件',                   # bare 政协 (reports notes)
                         '人大代表建议和[政协]提案'])
d.check_all('中央', 9, 0, ['全面贯彻落实[中央]、自治区各项决策部署', '、[中央]预算内投资',
                         '成功申报[中央]财政油茶', '加快推进[中央]财政油茶', '严格执行[中央]八项规定',
                         '持续抓好[中央]、自治区生态环境保护督察', '严格贯彻落实党[中央]、国务院',
                         '严格落实[中央]八项规定', '为核心的党[中央]周围'])  # 中央/党中央: no body head
d.check_all('中心', 9, 0, [
    '国家区域医疗[中心]广妇儿柳州医院',          # a hospital
    '广西副[中心]城市',                          # a city's role
    '低碳数智技术创新[中心]建设',                # an innovation centre
    '全球研发[中心]，竣工',                      # a company's R&D centre
    '国家汽车质量检验[中心]（广西）汽车试验场',  # the name of a project (a test track)
    '杂交水稻国际育种[中心]综合试验基地',        # a breeding (research) centre's base
    '承接[中心]城区产业转移',                    # a place
    '柳州保税物流[中心]等开放平台',              # a bonded zone / platform
    '柳州市融媒体[中心]，大力推动'])             # a media outlet

# --- the counts that are left out stay left out; the only candidates of the time families
assert t.count('全年') == 8          # 4 past results; 4 力争全年 + annual total: the total's scope (brief)
assert t.count('今年') == 2          # 做好今年政府工作的总体要求: not a limit
assert t.count('年内') == 1
assert t.count('按照') == 2 and t.count('思路') == 1
for w in ('《', '〔', '原则', '方针', '遵循', '本着', '根据', '底前', '年底', '月底', '日内', '日前', '之前',
          '以前', '提前', '期间', '季度', '每', '职数', '编制', '部门', '机关', '委员会', '厅', '小组'):
    assert w not in t, w
# 局 occurs only in 格局/布局/大局/开局/局面 (22); 所 only in 厕所; 站 in 基站/一站式/站在
assert len(re.findall('局', t)) == 22 == len(re.findall('格局|布局|大局|开局|局面', t))
assert t.count('所') == 1 and t.count('厕所') == 1
assert t.count('站') == 3 == t.count('基站') + t.count('一站式') + t.count('站在')
assert not re.search(r'[〔\[【(（]\d{4}[〕\]】)）]', t)

for e in d.ents:
    if e['label'] == 'ITEM_COUNT':
        assert isinstance(e['normalized']['value'], int) and e['normalized']['unit']
    if e['label'] in ('ORG', 'DOC_TITLE'):
        assert e['normalized'] is None
    if e['label'] == 'DEADLINE':
        assert set(e['normalized']) == {'date', 'precision', 'relation', 'recurring'}
    if e['label'] == 'PRINCIPLE':
        assert e['normalized'] == ['化必守', '化宜解', '化要进']
counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 2, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 3, 'ORG': 26,
                  'PRINCIPLE': 1, 'STAFFING': 0}, counts
write_gold(OUT, [d])
