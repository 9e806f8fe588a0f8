"""Build report-c.jsonl from hand-written anchors (labels decided by reading).

Each anchor is `left[[mention]]right`; the whole string must occur exactly once in the
text. Only offsets are computed here; no extractor is used.
"""
from policyie.corpora.anchors import LABELS, AnchoredDoc, item_count as ic, write_gold

SOURCE = 'corpus/gov-reports-2024/txt/舟山.txt'
d = AnchoredDoc('fresh-report-2024-zhoushan', SOURCE, {'region': '浙江省舟山市', 'date': '2024'})
assert d.text == d.raw.decode('utf-8')

ORG = 'ORG'; IC = 'ITEM_COUNT'


ANCHORS = [
    # --- 2023 review
    (ORG, '我代表[[市人民政府]]向大会报告工作', None),
    (ORG, '在[[市委]]的正确领导下', None),
    (ORG, '实现[[省政府]]督查激励市县区全覆盖', None),
    (IC, '推出“一类事”特色场景[[33个]]，', ic(33, '个')),
    (IC, '，[[3个]]港区规划调整获批', ic(3, '个')),
    (IC, '新增国家、省市标准[[12项]]。', ic(12, '项')),
    (ORG, '岱山石化拓展区获[[省政府]]批复', None),
    (IC, '推进[[153项]]举措落地', ic(153, '项')),
    (ORG, '海洋综合行政执法实施方案获[[省政府]]批复', None),
    (IC, '统筹推进迎亚运[[三大]]提升行动', ic(3, '大')),
    (ORG, '舟山历史文化名城保护规划获[[省政府]]批准实施', None),
    (IC, '新改扩建规范化村卫生室（站）[[12家]]', ic(12, '家')),
    (ORG, '海上交通保障制度获[[国务院]]表扬', None),
    (ORG, '。[[工会]]、共青团、妇女儿童', None),
    (ORG, '工会、[[共青团]]、妇女儿童', None),
    (ORG, '闭环推进党中央[[国务院]]、省委省政府', None),
    (ORG, '党中央国务院、[[省委]]省政府和市委各项', None),
    (ORG, '党中央国务院、省委[[省政府]]和市委各项', None),
    (ORG, '省委省政府和[[市委]]各项决策部署', None),
    (ORG, '实现[[县级合法性审查中心]]全覆盖', None),
    (ORG, '坚持重大问题向[[市委]]报告', None),
    (ORG, '狠抓[[省委]]巡视反馈问题', None),
    (ORG, '的结果，是[[省委]]省政府和市委正确领导', None),
    (ORG, '的结果，是省委[[省政府]]和市委正确领导', None),
    (ORG, '是省委省政府和[[市委]]正确领导的结果', None),
    (ORG, '在此，我代表[[市人民政府]]，向大家', None),
    # --- 2024 plan
    (ORG, '按照[[省委]]十五届四次全会', None),
    (ORG, '四次全会、[[市委]]八届五次全会部署', None),
    (ORG, '优化提升[[企业综合服务中心]]，', None),
    (IC, '提交了8方面[[14项]]候选民生实事项目', ic(14, '项')),
    (ORG, '民主党派、[[工商联]]、无党派人士', None),
    (ORG, '在[[市委]]的坚强领导下', None),
]

for label, anchor, norm in ANCHORS:
    d.ctx(label, anchor, norm=norm)
write_gold('corpora/gold-fresh/report-c.jsonl', [d])
