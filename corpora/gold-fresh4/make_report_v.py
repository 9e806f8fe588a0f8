"""Build report-v.jsonl from hand-written anchors (labels decided by reading).

Document: the 2024 Zhongshan (中山, 广东) city government work report.
Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the
text. Only offsets are computed here; no extractor or model is used.
Run from /work/main: .venv/bin/python corpora/gold-fresh4/make_report_v.py
"""
import re

from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/中山.txt'
OUT = 'corpora/gold-fresh4/report-v.jsonl'
d = AnchoredDoc('fresh4-report-zhongshan-2024', SOURCE, {'region': '广东省中山市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')

ORG = 'ORG'; IC = 'ITEM_COUNT'; DL = 'DEADLINE'


YEAR_BY = {'date': '2024-12-31', 'precision': 'year', 'relation': 'by', 'recurring': False}
YEAR_DURING = {'date': '2024-12-31', 'precision': 'year', 'relation': 'during', 'recurring': False}

ANCHORS = [
    # --- opening and 2023 review
    (ORG, '现在，我代表[[市人民政府]]，向大会报告工作', None),
    (ORG, '稳定任务，[[市政府]]坚持以习近平', None),
    (ORG, '认真落实[[省委]]、省政府工作部署', None),
    (ORG, '认真落实省委、[[省政府]]工作部署', None),
    (ORG, '工作部署，在[[市委]]的坚强领导下，在市人大', None),
    (ORG, '在[[市人大]]及其常委会和市政协的监督支持下', None),
    (ORG, '在市人大及其[[常委会]]和市政协的监督支持下', None),
    (ORG, '在市人大及其常委会和[[市政协]]的监督支持下', None),
    (IC, '[[633项]]政务服务“深中通办”', ic(633, '项')),
    (IC, '新增教育集团[[4个]]，超50%镇街', ic(4, '个')),
    (ORG, '专利授权量排全省第五，发明专利授权量增速居珠三角第一，[[市知识产权保护中心]]挂牌运行', None),
    (IC, '完成[[26所]]市属学校、34个校区不动产办证', ic(26, '所')),
    (ORG, '我们坚决贯彻落实[[市委]]决策部署', None),
    (ORG, '211件市人大代表建议、175件[[市政协]]提案全部办结', None),
    (ORG, '修订完善[[市政府]]工作规则', None),
    (ORG, '是[[省委]]、省政府坚强领导、关心帮助的结果', None),
    (ORG, '是省委、[[省政府]]坚强领导、关心帮助的结果', None),
    (ORG, '是[[市委]]带领全市人民奋力拼搏', None),
    (ORG, '在此，我代表[[市人民政府]]，向全市人民', None),
    # --- 2024 plan: introduction and targets
    (ORG, '关键节点，[[省委]]、省政府对中山寄予厚望', None),
    (ORG, '关键节点，省委、[[省政府]]对中山寄予厚望', None),
    (ORG, '认真贯彻落实[[省委]]“1310”具体部署', None),
    (ORG, '具体部署和[[省委]]十三届四次全会暨省委经济工作会议', None),
    (ORG, '十三届四次全会暨[[省委]]经济工作会议工作部署', None),
    (ORG, '按照市十五次党代会和[[市委]]十五届七次全会要求', None),
    (DL, '[[今年]]全市经济社会发展主要预期目标是：', YEAR_BY),
    # --- (一) opening-up
    (IC, '推动[[超80项]]改革', ic(80, '项', min=80, max=None)),
    (IC, '新增[[100项]]政务服务“跨城通办”', ic(100, '项')),
    (DL, '南中高速[[年内]]建成启用', YEAR_DURING),
    # --- (四) education
    (IC, '新改扩建幼儿园[[7所]]、新增幼儿园学位2300个', ic(7, '所')),
    (IC, '新建扩建公办中小学[[6所]]、新增公办学位5700个', ic(6, '所')),
    (IC, '建立[[5个]]城乡教育共同体', ic(5, '个')),
    # --- (五) foreign trade
    (IC, '完成[[50项]]改革创新经验复制推广', ic(50, '项')),
    # --- (七) culture
    (IC, '开展农村精神文明创建[[五大]]行动', ic(5, '大')),
    # --- (八) livelihood
    (IC, '“城乡居保镇村通”[[三项]]重点工程', ic(3, '项')),
    (ORG, '市博爱医院生殖分院、[[市疾控中心]]实验大楼等项目建设', None),
    (IC, '扎实办好[[十件]]民生实事', ic(10, '件')),
    # --- (九) safety and governance
    (ORG, '推动[[综治中心]]提质升级', None),
    # --- government self-improvement and closing
    (ORG, '主动向[[市人大]]及其常委会报告工作，积极支持市政协', None),
    (ORG, '主动向市人大及其[[常委会]]报告工作，积极支持市政协', None),
    (ORG, '积极支持[[市政协]]履行职能', None),
    (ORG, '广泛听取民主党派、[[工商联]]、无党派人士', None),
    (ORG, '在[[省委]]、省政府和市委的坚强领导下', None),
    (ORG, '在省委、[[省政府]]和市委的坚强领导下', None),
    (ORG, '在省委、省政府和[[市委]]的坚强领导下', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)

# --- checks: value shapes
d.check_value_shapes()

# --- checks: every occurrence of the recurring bodies is accounted for
lab = {(e['start'], e['text']) for e in d.ents}


def n_labelled(s):
    return sum(1 for m in re.finditer(re.escape(s), d.text) if (m.start(), s) in lab)


# 市委 ×5, 省委 ×7, 省政府 ×4, 市人民政府 ×2 (all labelled);
# 市政府 ×2 of 2 (市人民政府 does not contain the string 市政府);
# 市人大 ×2 of 3 (市人大代表建议 names people); 市政协 ×3 of 3; 常委会 ×2 of 3
# (主动向人大及其常委会: 常委会 after bare 人大 is not ORG); 工商联 ×1.
for s, labelled, total in [('市委', 5, 5), ('省委', 7, 7), ('省政府', 4, 4), ('市人民政府', 2, 2),
                           ('市政府', 2, 2), ('市人大', 2, 3), ('市政协', 3, 3), ('常委会', 2, 3),
                           ('工商联', 1, 1), ('综治中心', 1, 1), ('市知识产权保护中心', 1, 1), ('市疾控中心', 1, 1)]:
    assert d.text.count(s) == total, (s, d.text.count(s))
    assert n_labelled(s) == labelled, (s, n_labelled(s))
assert '〔' not in d.text and '原则' not in d.text
assert re.findall(r'《[^》]*》', d.text) == ['《澳门是家》', '《殷红木棉》']   # works of art, not DOC_TITLE

counts = {k: d.counts()[k] for k in sorted(LABELS)}
assert counts == {'DEADLINE': 2, 'DOC_NO': 0, 'DOC_TITLE': 0, 'ITEM_COUNT': 12, 'ORG': 31,
                  'PRINCIPLE': 0, 'STAFFING': 0}, counts
write_gold(OUT, [d])
