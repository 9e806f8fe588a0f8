"""PRINCIPLE corpus: the content of a stated principle, split into its parts (guidelines § PRINCIPLE)."""

from __future__ import annotations

from corpus import assert_corpus, ex, exs, neg

EXAMPLES = [
    # --- the guidelines' own examples -----------------------------------------------
    ex("按照“依法下放、宜放则放”原则，推进赋权。", "依法下放、宜放则放", ["依法下放", "宜放则放"],
       why="按照“依法下放、宜放则放”原则 → 依法下放、宜放则放, [依法下放, 宜放则放]"),
    ex("坚持优化协同高效的原则。", "优化协同高效", ["优化协同高效"], why="坚持优化协同高效的原则 → 优化协同高效"),
    ex("按照“精简、统一、效能”的原则设置机构。", "精简、统一、效能", ["精简", "统一", "效能"],
       why="按照“精简、统一、效能”的原则 → 精简、统一、效能"),
    ex("坚持“综合执法要吹哨、重点工作可吹哨、应急工作必吹哨”的原则。",
       "综合执法要吹哨、重点工作可吹哨、应急工作必吹哨", ["综合执法要吹哨", "重点工作可吹哨", "应急工作必吹哨"],
       why="坚持“…吹哨”的原则 → its content"),
    ex("按照标准化、规范化、精细化管理原则，建设便民服务中心。", "标准化、规范化、精细化管理",
       ["标准化", "规范化", "精细化管理"], why="settled: 原则 compounds — only 原则 is dropped"),
    ex("一、整治原则 安全、整齐、美观", "安全、整齐、美观", ["安全", "整齐", "美观"],
       why="settled: a heading that names principles gives PRINCIPLE for its content"),
    ex("按照属地管理原则，落实管理责任。", "属地管理", ["属地管理"],
       why="settled: an unquoted phrase called 原则 (按照属地管理原则) gives 属地管理"),
    ex("推进刑事诉讼制度改革，严格执行罪刑法定、疑罪从无、证据裁判原则和认罪认罚从宽制度。", "罪刑法定、疑罪从无、证据裁判",
       ["罪刑法定", "疑罪从无", "证据裁判"], why="执行 adopts a principle as 贯彻 and 实行 do (gold-fresh10: 山东 procuratorate)"),
    ex("第四条 农村财务管理的原则是正确处理国家、集体、个人三者之间的利益关系；实行财务公开、民主管理；坚持为发展集体经济服务。",
       "正确处理国家、集体、个人三者之间的利益关系；实行财务公开、民主管理；坚持为发展集体经济服务",
       ["正确处理国家", "集体", "个人三者之间的利益关系", "实行财务公开", "民主管理", "坚持为发展集体经济服务"],
       why="a principle defined: …的原则是 + the rest of the sentence (gold-fresh10: 郑州 rural finance)"),
    # --- constructed by the same rules ----------------------------------------------
    ex("遵循“权责一致、重心下移”的要求，理顺职责关系。", "权责一致、重心下移", ["权责一致", "重心下移"],
       why="quoted formula adopted through 遵循 … 要求"),
    ex("本着“便民、高效”的原则，优化服务流程。", "便民、高效", ["便民", "高效"],
       why="quoted formula adopted through 本着 … 原则"),
    ex("根据“谁主管、谁负责”的方针，明确工作责任。", "谁主管、谁负责", ["谁主管", "谁负责"],
       why="quoted formula adopted through 根据 … 方针"),
    ex("坚持“属地管理、分级负责”的思路。", "属地管理、分级负责", ["属地管理", "分级负责"],
       why="quoted formula adopted through 坚持 … 思路"),
    ex("遵循精简、统一、效能原则，设置内设机构。", "精简、统一、效能", ["精简", "统一", "效能"],
       why="an unquoted phrase called 原则; split at 、"),
    ex("坚持“依法下放，宜放则放”的原则。", "依法下放，宜放则放", ["依法下放", "宜放则放"],
       why="split at ，"),
    ex("按照“谁审批、谁监管；谁主管、谁负责”的原则。", "谁审批、谁监管；谁主管、谁负责",
       ["谁审批", "谁监管", "谁主管", "谁负责"], why="split at 、 and ；"),
    exs("征集工作遵循下列原则：\n（一）倾听民意，广纳民智；\n（二）公开透明，接受监督。",
        [("倾听民意，广纳民智", ["倾听民意", "广纳民智"]), ("公开透明，接受监督", ["公开透明", "接受监督"])],
        why="phrases the text labels 原则: each item of 遵循下列原则："),
    exs("志愿服务应当遵循以下原则：（一）自愿、无偿；（二）合法。", [("自愿、无偿", ["自愿", "无偿"]), ("合法", ["合法"])],
        why="items without a line break"),
]

# issue 8, unseen regulations (2026-12-06, third session): an unquoted principle of several
# comma-separated parts, 施行 as the adopting verb, a short parenthesis inside a part.
EXAMPLES += [
    ex("河长制工作坚持生态优先、绿色发展，河长领导、部门联动，强化监督、严格考核的原则。",
       "生态优先、绿色发展，河长领导、部门联动，强化监督、严格考核",
       ["生态优先", "绿色发展", "河长领导", "部门联动", "强化监督", "严格考核"],
       why="issue 8: commas separate the parts of one unquoted principle"),
    ex("信访工作应当坚持属地管理、分级负责，谁主管、谁负责的原则。", "属地管理、分级负责，谁主管、谁负责",
       ["属地管理", "分级负责", "谁主管", "谁负责"], why="issue 8: commas separate the parts"),
    ex("河长制施行一河一策、一河一档的原则。", "一河一策、一河一档", ["一河一策", "一河一档"],
       why="issue 8: 施行 adopts a principle as 实行 does"),
    ex("按照一河一策、一湖（库）一策原则，组织编制治理方案。", "一河一策、一湖（库）一策",
       ["一河一策", "一湖（库）一策"], why="issue 8: a short parenthesis inside a part; parts as written"),
    ex("坚持以人民为中心，按照属地管理原则开展工作。", "属地管理", ["属地管理"],
       why="across a comma only the last verb's object is the principle"),
    ex("按照“横向到边,纵向到底”的改革要求,蓬莱市对执法事项进行梳理。", "横向到边,纵向到底", ["横向到边", "纵向到底"],
       why="a quoted formula adopted through 按照 … 要求"),
    exs("我们一定按照“五大”和“六破六立”要求，经常性对照检视。", [("五大", ["五大"]), ("六破六立", ["六破六立"])],
        why="two quoted formulas adopted together by one 按照 … 要求 (马鞍山 2024 report)"),
    exs("按照“五加五减”“六定”工作思路，健全现代公司治理。", [("五加五减", ["五加五减"]), ("六定", ["六定"])],
        why="quoted formulas side by side before one 工作思路"),
    ex("深刻领会“三个统筹”重要原则，坚持稳中求进。", "三个统筹", ["三个统筹"],
       why="a quoted formula the text calls 重要原则"),
    ex("始终把坚定拥护“两个确立”、坚决做到“两个维护”作为最高政治原则。",
       "坚定拥护“两个确立”、坚决做到“两个维护”", ["坚定拥护“两个确立”", "坚决做到“两个维护”"],
       why="what 把 … 作为 … 原则 takes as a principle"),
    ex("农村公路的发展应当坚持因地制宜、统筹规划、保障投入的原则。", "因地制宜、统筹规划、保障投入",
       ["因地制宜", "统筹规划", "保障投入"], why="因 in 因地制宜 is no verb (audit of unlabelled documents)"),
    ex("健康乡村工作应当坚持以人为本、健康优先、预防为主的原则。", "以人为本、健康优先、预防为主",
       ["以人为本", "健康优先", "预防为主"], why="以人为本 keeps its 以 (only a leading 以 … 为原则 frame is dropped)"),
    ex("落实“损害担责”原则，强化企业责任。", "损害担责", ["损害担责"],
       why="落实 does not adopt a 要求, but a formula the text calls 原则 is one"),
    ex("确定服务事项,以合法、合理、实用、有效为原则。", "合法、合理、实用、有效", ["合法", "合理", "实用", "有效"],
       why="以 … 为原则 after a comma: not the clause before it"),
    ex("按照市委十二届七次全会关于“稳、准、变、活、实”的要求，坚持稳中求进。", "稳、准、变、活、实",
       ["稳", "准", "变", "活", "实"], why="gold-fresh8: the formula's source (…关于) between 按照 and the quote"),
]

NEGATIVES = [
    neg("各部门要执行上级决定的原则性要求。", why="原则性 is an adjective ('of principle'), not a stated principle"),
    neg("本次改革的基本原则是：一是依法，二是稳妥。", why="…的原则是： introduces a list (its items are read by the list rule), not a definition"),
    neg("原则上实行属地管理。", why="settled: 原则上 is not a PRINCIPLE"),
    neg("乡镇领导职数原则上不超过5名。", why="settled: 原则上 is not a PRINCIPLE"),
    neg("坚持党建引领“街乡吹哨、部门报到”，推动治理重心下移。",
        why="settled: a quoted mechanism adopted by 坚持 without 原则/要求/方针/思路"),
    neg("推行“一支队伍管执法”。", why="No: a quoted name of a mechanism"),
    neg("按照上级要求，做好改革工作。", why="No: requirements neither labelled 原则 nor quoted"),
    neg("坚持以人民为中心的发展思想。", why="No: neither labelled 原则 nor quoted"),
    neg("严格落实碳排放“双控”要求，深入实施减碳降碳十大行动。",
        why="a quoted slogan carried out (落实 … 要求) is not adopted as a guideline (淄博 2024 report)"),
    neg("围绕“11364”发展思路，以推动高质量发展为引领。",
        why="围绕 … 思路 circles a slogan; only 按照/坚持/遵循/本着/根据 adopt one (林芝 2024 report)"),
    neg("严格落实“四个不摘”要求，深化防止返贫监测帮扶机制。", why="落实 … 要求: a slogan"),
    neg("严格落实“五大”和“四个不摘”要求。", why="several slogans carried out (落实) are not adopted either"),
    neg("把生态保护作为重要任务。", why="把 … 作为 without 原则"),
    neg("应当遵循下列原则：", why="下列 points at the principles; it is none"),
    neg("应当遵循下列原则：\n（一）县级以上人民政府应当将残疾人事业纳入国民经济和社会发展规划，并组织实施；",
        why="an item that is a whole rule, not a formula, is not a principle"),
]

# gold-fresh14's errors
EXAMPLES += [
    ex("城市绿化应当本着因地制宜、因害设防、合理配置、讲求实效的原则。", "因地制宜、因害设防、合理配置、讲求实效",
       ["因地制宜", "因害设防", "合理配置", "讲求实效"],
       why="因 opening a four-character part (因害设防) is no verb, as in 因地制宜 (gold-fresh14 重庆绿化条例)"),
]

# gold-fresh16's errors
EXAMPLES += [
    ex("第三条 本市殡葬活动及其管理的原则是：实行火葬，节约殡葬用地，保护环境，革除殡葬陋俗。",
       "实行火葬，节约殡葬用地，保护环境，革除殡葬陋俗", ["实行火葬", "节约殡葬用地", "保护环境", "革除殡葬陋俗"],
       why="a principle defined after a colon (gold-fresh16 上海殡葬条例), as without one"),
    ex("殡葬服务单位根据本市殡葬工作的规划和合理、需要、便民的原则设立。", "合理、需要、便民", ["合理", "需要", "便民"],
       why="a phrase of its own (…的规划) joined by 和 is no part of the principle (gold-fresh16)"),
]
NEGATIVES += [
    neg("本次改革的原则是：一是依法，二是稳妥。",
        why="a colon before 一是 opens a list of items, which the list rule reads, not a definition"),
]

# gold-fresh18's errors
EXAMPLES += [
    ex("青年创新创业促进工作应当坚持政府引导、青年自主、市场导向、社会参与的原则。",
       "政府引导、青年自主、市场导向、社会参与", ["政府引导", "青年自主", "市场导向", "社会参与"],
       why="a part ending in the word 参与 is whole (only a dangling 与 is cut; gold-fresh18 广州)"),
]


def test_principle_corpus(pipeline):
    assert_corpus(pipeline, "PRINCIPLE", EXAMPLES, NEGATIVES)
