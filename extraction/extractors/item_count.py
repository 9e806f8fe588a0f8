"""ITEM_COUNT: counts of matters, list items, institutions or policies (梳理乡镇职责163项 → 163项).

A count is kept only when the thing counted is a matter, duty, policy, document or body
(the noun after the number, or before it in 职责163项); counts of projects, products,
townships, days and money are not item counts, nor are problems handled and indicators
(the report sets' decision: outcomes, not matters a measure sets up), nor are fixed names in quotes (“四个全面”),
vague numbers (几十项) or a bare "one" used as an article (是一项系统工程).

>>> from policyie.records import Document
>>> from policyie.extraction.context import Context
>>> [m.text for m in extract(Context(Document("d", "设置工作机构7个，涵盖81项事项，辖23个乡镇，77项城建项目")))]
['7个', '81项']
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from policyie.extraction.context import Context
from policyie.extraction.extractors.common import mention
from policyie.extraction.linear import LinearDecision
from policyie.extraction.quantity import Quantity, find_quantities
from policyie.records import Mention

LABEL = "ITEM_COUNT"
DECISION_FILE = "item_count_decision.json"

_UNITS = r"大项|小项|大类|项|条|类|件|个|所|家|支|份|部|处|大"
_MATTER = (r"事项|职责|责任|权限|权力|政策|措施|清单|制度|任务|规定|内容|标准|实事|审批|许可|处罚|办法|意见"
           r"|文件|条款|举措|重点工作|服务(?!业)|目录|方案|法规|规章|条例|规划")
_BODY = (r"机构|办公室|中心(?![镇城村区])|站所|服务站|工作站|所|执法队|大队|中队|局|科室|股室|内设|事业单位|部门|单位|督导组|工作组"
         r"|网格党组织|党组织|幼儿园|学校|中小学|小学|中学|高中|卫生院|卫生室|医院|医共体|中医馆|服务中心|场景"
         r"|教育集团|共同体|托育机构")
# what the number counts, right after the measure word (up to the clause end)
# (no 在/于/是 between: 两个评估结果在省规定的误差内 counts results, not 规定)
_AFTER = re.compile(rf"[^，,。；;：:\n在于是]{{0,12}}?(?:{_MATTER}|{_BODY})")
# Facilities of care, trade and logistics and researchers' stations are places built, not bodies
# or matters set up: no labelled set counts them (养老服务站185个, 新建乡镇商贸中心2个,
# 老年人服务中心（站）30个, 博士后工作站5个; 名中医工作室 and 老年大学 stay counted).
_FACILITY = r"(?:(?:养老|助老|助餐|老年|商贸|物流|配送)[^，,。；;、\d]{0,8}?(?:中心|站|综合体|设施|餐厅|点)|工作站|驿站|养殖场)(?:[（(][^（）()]{1,6}[)）])?"
_AFTER_NOT = re.compile(r"[^，,。；;：:\n]{0,8}?(?:项目|工程|赛事|产品|试点|经验|补贴|药品|耗材|技术|专利|成果|奖|活动|企业|景区|村(?!村?庄规划)|路"
                        + "|" + _FACILITY + ")")
# A designation won or created (示范校, 示范性中高职学校, 智慧教育示范场景) is a title, not a
# count a measure sets up: after the number (within its list item) or right before it.
_DESIGNATED = re.compile(r"[^，,。；;：:、\n]{0,6}示范")
# or right before the number: 职责163项, 设置工作机构7个, 事项增加至257项
# (共 only as "in all" right before the number: 共设置7个, 共计12项; not 共富工坊, 共性问题)
_BEFORE = re.compile(rf"(?:(?:{_MATTER}|{_BODY}|限额)[^，,。；;、\n]{{0,6}}|共计|(?<![公一])共(?:有|设|设置|计|梳理|明确|保留|建)?)$")
_NOT_ITEM_AFTER = re.compile(
    r"(?:(?:乡镇|镇街|镇|乡|街道|村|社区|行政村|县|区|市|省)(?=[，,。；;、和及与(（的\s]|$)"
    r"|方面|领域|部分|月|季度|年|百分点|工作日|小时|平方|万|亿|元|人|名|批次|次|倍|家|户|亩|公里|米|吨|线|甚至|或)"
)
_FIXED_NAMES = ("八项规定", "四个全面", "四个意识", "两个维护", "四个自信", "两个确立", "三会一课", "两个责任")
_UNIT_NOUNS = {
    "支": "队伍|执法队|大队",
    "份": "文件|意见|方案|清单|办法|规定",
    "部": "法规|规章|条例|办法",
    "处": "中心|中医馆|服务站|馆",
    "家": "医共体|托育机构|医疗机构|公立医院|卫生室|中医馆",
    # 十大行动, 三大提升行动, 10大标志性合作事项 (the labelled reports count these; 二十大, 六大领域 no)
    "大": "行动|计划|事项|任务|机制|规划|实事|战役|攻坚|工程",
}
_ORDINAL = re.compile(r"(第|前|后|每|几|数|多|双)$")
_THRESHOLD_BEFORE = re.compile(r"(涉及|超过|达到|满)[^，,。；;]{0,6}$")
_SEPARATED_LOWER = re.compile(r"(至少|不少于|最少)(?:有|要|应|建成|办好|明确|设置|设|确定|保留)?$")
# A place, a project, a site or a designation right before the number is what it counts
# (中心镇41个, 物流园区5个, 服务站点189个, 示范幼儿园3所), whatever body word came before it.
_BEFORE_NOT = re.compile(r"(?:镇|乡|村|街道|社区|小区|园区|集聚区|基站|项目|站点|服务点|学位|床位|车位|托位|场所|健身中心|公园"
                         rf"|(?:应用|消费)新?场景|{_FACILITY}|示范[^，,。；;、]{{0,6}}(?:[（(][^（）()]{{1,6}}[)）])?)$")
# (场景 counts the services a government sets up, 一件事场景119个; scenes of an industry's use
# or of consumption, 数字经济应用场景204个, 消费新场景12个, are results: gold-fresh12, -13)
# What the counted things then won or underwent: results, not matters a measure sets up
# (150所学校被评为…, 14个改革事项被纳入省级先行区, 17个…事项获全省推广).
_RESULT_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:被评为|被纳入|被列入|获评|获全省|获全国|入选)")
# A package of measures issued under its own name, the count closing it: 出台消费提质扩容18条，
# (the reports count these as they count 出台…11条措施; gold-fresh12)
_PACKAGE_BEFORE = re.compile(r"(?:出台|制定|印发|发布|推出)[^，,。；;、“”]{2,14}$")
# Counts of one unit listed before the noun they share: 城市20条、集镇10条、农房15条建设管理规范措施
_CHAIN_AFTER = r"(?:、[^，,。；;、\d]{{0,6}}?[\d一二三四五六七八九十百]+{unit})+"
# A code of conduct named after the 中央八项规定 (省市十项规定, 省委、省政府十项规定精神)
_AFTER_EIGHT_RULES = re.compile(r"八项规定[^，,。；;]{0,12}$")
_SETUP = re.compile(r"(设立|设置|设|建成|办好|组建|保留|明确|成立|建立)$")


def _candidates(v: str) -> Iterator[tuple[Quantity, bool]]:
    """Every count of the text with the rules' decision: is it an ITEM_COUNT?  Ordinals, ranks
    and vague numbers (第三条, 前三个, 几十项, 每个) are no counts, whatever any model would say
    (guidelines); and a regulation's article numbers are most of its numbers, whose context cost
    more to read for the learned decision than the rest of this extractor."""
    last_end = -1
    for q in find_quantities(v, _UNITS):
        if (q.approx and q.min is None) or _ORDINAL.search(v, max(0, q.start - 1), q.start):
            continue
        keep = _rules_keep(v, q, last_end)
        if keep:
            last_end = q.end
        yield q, keep


def _rules_keep(v: str, q: Quantity, last_end: int) -> bool:
    before = v[max(0, q.start - 8):q.start]
    after = v[q.end:q.end + 14]
    if q.unit == "项" and after.startswith("规定") and _AFTER_EIGHT_RULES.search(v[max(0, q.start - 14):q.start]):
        return False  # 中央八项规定和省市十项规定: a code's name
    if (_NOT_ITEM_AFTER.match(after) or v[q.start:q.end + 2] in _FIXED_NAMES
            or re.search(r"第[一二三四五六七八九十\d]+(?:、[一二三四五六七八九十\d]+)*、$", v[max(0, q.start - 16):q.start])):
        # 违反第一、二、三、四项规定: the last of a list of ordinals
        return False
    if _THRESHOLD_BEFORE.search(before) and (q.comparator in ("以上", "以下") or re.match(r"[^，,。；;]{0,10}的", after)):
        return False
    if (before.endswith(("“", "\"")) or re.match(r"[\u4e00-\u9fff]{1,4}[”\"]", after)
            or (after.startswith("”") and "“" in before[-6:])):  # “三级三类”
        return False  # a fixed name in quotes: “四个全面”, “两个清单”, “四项机制”
    if q.comparator == "以上" and before.endswith(("或者", "或")):
        return False  # 同时在两个或者两个以上机构执业: a threshold
    if q.comparator in ("以上", "以下") and re.match(r"[^，,。；;]{0,20}的[，,]", v[q.end:q.end + 24]):
        return False  # 两个以上并联审批相关部门需要进行实地勘验的，: a condition
    if q.comparator in ("以上", "以下") and re.match(r"[^，,。；;]{0,12}的", after):
        return False  # 涉及两个以上部门的: a threshold
    if q.text[0] in "一" and q.min == 1 and q.max == 1 and not _SETUP.search(before):
        return False  # 一项系统工程, 一个部门: an article, not a count
    chain = re.match(_CHAIN_AFTER.format(unit=re.escape(q.unit)), v[q.end:q.end + 40])
    if chain:  # the noun after the last count of the chain is what each counts
        after = v[q.end + chain.end():q.end + chain.end() + 14]
    am, nm = _AFTER.match(after), _AFTER_NOT.match(after)
    if _RESULT_AFTER.match(after):
        return False  # 14个改革事项被纳入…: what they won or underwent, a result
    # (a chain's members are named by their sublist, 集镇10条…措施: no place counted)
    if (nm and not (am and am.end() < nm.end())) or (_BEFORE_NOT.search(v[max(0, q.start - 20):q.start]) and not (chain and am)) or _DESIGNATED.match(after):
        return False  # the first noun after the number decides: 47项为民办实事项目 counts 实事, 77项城建项目 no
    listed = before.endswith("、") and last_end == q.start - 1  # 37个、35个、30个
    noun = _UNIT_NOUNS.get(q.unit)
    if noun is not None:
        noun_before = q.unit != "大" and re.search(rf"({noun})[^，,。；;]{{0,8}}$", v[max(0, q.start - 14):q.start])
        # 十大 only before its noun
        return bool(listed or re.match(rf"[^，,。；;]{{0,12}}?({noun})", after) or noun_before)
    return bool(listed or am or _BEFORE.search(before)
                or (q.unit == "条" and _PACKAGE_BEFORE.search(v[max(0, q.start - 18):q.start]) and re.match(r"[，,。；;、]", v[q.end:q.end + 1])))


def extract(ctx: Context) -> Iterator[Mention]:
    v = ctx.view.text
    decision = learned_decision()
    for q, keep in _candidates(v):
        if decision is not None:
            # the learned decision reads the count's context and the rules' answer (its strongest
            # feature); it keeps what the rules keep unless the context says otherwise, and now and
            # then a count the rules miss (models/item_count.py, its figures in the README).  Two
            # settled decisions stand whatever it says: a count that a measure sets up (制定三项制度)
            # is one, and problems handled or rectified (问题整改16项) are outcomes, never added.
            # (Neither moved the cross-validated figures: one right and one wrong count more.)
            if keep and _SET_UP_BY.search(v[max(0, q.start - 4):q.start]):
                pass
            elif (not keep and _PROBLEMS_BEFORE.search(v[max(0, q.start - 10):q.start])) or \
                    decision.probability(features(v, q, keep)) < decision.threshold:
                continue
            source = f"item_count.{q.unit}" if keep else f"item_count.learned.{q.unit}"
        elif keep:
            source = f"item_count.{q.unit}"
        else:
            continue
        value: dict = {"value": q.min if q.min is not None else q.max, "unit": q.unit}
        if q.comparator or q.approx:
            value.update(min=q.min, max=q.max)
            if q.approx:
                value["approx"] = True
        elif _SEPARATED_LOWER.search(v[max(0, q.start - 6):q.start]):
            value.update(min=q.min, max=None)
        yield mention(ctx, LABEL, q.start, q.end, value, source)


# --- the learned decision ---------------------------------------------------------------
_SET_UP_BY = re.compile(r"(?:制定|出台|设立|设置|建立|印发|组建|成立)$")
_PROBLEMS_BEFORE = re.compile(r"问题[^，,。；;]{0,6}$")
_CLAUSE_END = "，,。；;：:\n"
_VERBS = ("出台", "新增", "建成", "完成", "实施", "开展", "打造", "培育", "创建", "获批", "累计", "推出", "建设",
          "设置", "设立", "明确", "梳理")


def features(v: str, q: Quantity, rules_keep: bool) -> dict[str, float]:
    """What the learned decision reads of a count: its measure word, comparator and size, the
    characters after it up to the clause end (the thing counted) and before it back to the clause
    start, the verbs of the 30 characters before, and the rules' answer.

    >>> sorted(k for k in features("设置工作机构7个。", next(find_quantities("设置工作机构7个。", _UNITS)), True) if k.startswith("b2"))
    ['b2=机构']
    """
    f: dict[str, float] = {"u=" + q.unit: 1.0, "cmp=" + str(q.comparator): 1.0, "RULE": float(rules_keep)}
    after = v[q.end:q.end + 12]
    a = after[:next((i for i, c in enumerate(after) if c in _CLAUSE_END), len(after))]
    before = v[max(0, q.start - 10):q.start]
    b = before[max([i for i, c in enumerate(before) if c in _CLAUSE_END] + [-1]) + 1:]
    for k in range(1, 5):
        if len(a) >= k:
            f[f"a{k}={a[:k]}"] = 1.0
        if len(b) >= k:
            f[f"b{k}={b[-k:]}"] = 1.0
    for i in range(len(a)):
        f["ac=" + a[i]] = 1.0
        if i + 2 <= len(a):
            f["ab=" + a[i:i + 2]] = 1.0
        if i + 3 <= len(a):
            f["at=" + a[i:i + 3]] = 1.0
    for i in range(len(b) - 1):
        f["bb=" + b[i:i + 2]] = 1.0
        if i + 3 <= len(b):
            f["bt=" + b[i:i + 3]] = 1.0
    # the head noun of the thing counted: the end of its phrase (…转型促进中心 → 中心)
    phrase = v[q.end:q.end + 16]
    phrase = phrase[:next((i for i, c in enumerate(phrase) if c in _CLAUSE_END + "、"), len(phrase))]
    if phrase:
        f["tail2=" + phrase[-2:]] = 1.0
        f["tail1=" + phrase[-1:]] = 1.0
    wide = v[max(0, q.start - 30):q.start]
    for w in _VERBS:
        if w in wide:
            f["verb=" + w] = 1.0
    f["approx"] = float(q.approx)
    val = q.min if q.min is not None else q.max
    f[f"mag={0 if val is None else min(4, len(str(val)))}"] = 1.0
    f["digit"] = float(bool(re.search(r"\d", q.text)))
    f["listed"] = float(before.endswith("、"))
    return f


@lru_cache(maxsize=1)
def learned_decision() -> LinearDecision | None:
    """The shipped decision (``resources/item_count_decision.json``), or None when it is absent."""
    return LinearDecision.load_resource(DECISION_FILE)
