"""STAFFING: counts of staff, posts or positions (人员编制不少于10名 → 不少于10名).

>>> from policyie.records import Document
>>> from policyie.extraction.context import Context
>>> [(m.text, m.normalized["min"]) for m in extract(Context(Document("d", "组建执法队，人员编制不少于10名。人口不足3万人")))]
[('不少于10名', 10)]
"""

from __future__ import annotations

import re
from typing import Iterator

from policyie.extraction.context import Context
from policyie.extraction.extractors.common import mention
from policyie.extraction.intervals import Boundaries
from policyie.extraction.quantity import find_quantities
from policyie.records import Mention

LABEL = "STAFFING"

# 人 counts people of every kind (population, beneficiaries, trainees); it is a
# staffing count only with a word about posts or personnel nearby.
_STAFF_CONTEXT = re.compile(
    r"编制|职数|人员|干部|工作者|招聘|招录|录用|选调|选派|选聘|派驻|下沉|配备|配齐|充实|核定|安置|定编|专职|兼职"
    r"|执法队员|队员|辅警|警力|委员|书记|主任|主席|队长|所长|站长|科员|公务员|员额|岗位|聘用|调配|抽调|增编|编外"
    r"|组成|代表(?!大会)|成员|秘书|候选人"
    # officers acting (人民警察在查禁赌博活动时不得少于二人, as 执法人员不得少于两人; gold-fresh19)
    r"|警察|民警"
)
# Words after or before a number of people that make it something else.
_NOT_STAFF_AFTER = re.compile(r"^(次|口|民|户|天|日|年(?!轻)|岁|片|义|称|额|单|列|牌|录|声|优|校|师|医|企|胜|气|著|贵|言|句|字|左右的?(?:群众|人口)|以上的|以下的)")
_NOT_STAFF_CONTEXT = re.compile(
    r"人口|户籍|常住|脱贫|贫困|受益|惠及|就业|创业|培训|救助|帮扶|参保|学生|儿童|老人|患者|游客|群众|居民|村民|选民|旅客|观众|参加|参与|服务对象|次$"
    r"|人才|技能|学员|专家|说|表示|介绍|坦言|反映|认为|告诉|记者"
    # people resettled, honoured or attracted, not posts (a report's review: 安置水电移民869人,
    # 非遗传承人372人, 最美拥军人物1名, 引育农创客1900名以上, 招录238名高校毕业生到企工作)
    r"|移民|传承人|人物|创客|院士|模范|劳模|标兵|毕业生"
    # honoured, named or trained, athletes (gold-fresh15: 3名见义勇为人员获省政府奖励, 评选命名
    # “成都工匠”593名, 累计定向培养乡村医生781名, 6500多名运动员)
    r"|见义勇为|好人|工匠|评选|命名|选树|培养|运动员"
    # selected or fostered talents and students admitted (gold-fresh16: 选拔首批学术技术带头人50名、
    # 技术能手113名, 培育优秀校长171名, 其中博士400名以上, 50名高中生被录取为空军飞行员)
    r"|选拔|培育|带头人|能手|博士|硕士|高中生|录取"
    # sites of resettlement sized by their people (3000人以上易地扶贫搬迁集中安置点, 200人以上安置区)
    r"|安置点|安置区|易地扶贫搬迁|搬迁安置"
)
# 千名大学生乡村医生配备行动, 百名干部进百村工程: a round hundred or thousand naming a programme
_PROGRAMME = re.compile(r"[^，,。；;：:]{0,14}?(?:行动|工程|计划)")
_ORDINAL = re.compile(r"(第|排名(?:提升|上升|提高|前移|跃升)?|前|(?<!先)后|名次|只有|仅有)$")  # 排名提升494名: places
# ；为2000名失能老年人购买服务: 为 opening a clause names the people something is done for
# (beneficiaries, guidelines § STAFFING); after a noun (职数为7至9名, 核定为5名) it names the count.
_FOR_WHOM = re.compile(r"(?:^|[，,。；;：:\s])为$")
# 人口较多的村不超过七人 after 由…共三至五人组成: population is the condition, the count is a size
_POPULATION_CONDITION = re.compile(r"人口(?:较|特别|相对)?(?:多|少)")
_THRESHOLD = re.compile(r"(涉及|超过|达到|满)$")
_STAFF_WORD = re.compile(r"编制|职数|招聘|招录|选派|配备|组成|设|成员")
_SIZE_WORD = re.compile(r"组成|职数|编制|名额")
# 候选人数应多一人, 应比应选人数多一至三人: a margin of candidates is a difference (guidelines v1.2)
_MARGIN = re.compile(r"(?:(?<!最)多|多于[^，,。；;\d一二三四五六七八九十两]{1,8})$")
_UPPER_TEXT = re.compile(r"^(?:最多|不超过|不得超过|至多)")
_SEPARATED_LOWER = re.compile(r"(至少|不少于|最少)(?:有|要|应|配备|明确|设置|设|确定|选派|安排)?$")
_SEPARATED_UPPER = re.compile(r"(最多|不超过|不得超过|至多)(?:有|要|应|配备|设置|设)?$")


def extract(ctx: Context) -> Iterator[Mention]:
    v = ctx.view.text
    # clause bounds and what a clause says, found once per clause: scanning from every
    # number back to the start of its clause (or of the text) was quadratic in a long
    # list of numbers (人员编制1名、2名、…) or a line without punctuation
    clause_starts = Boundaries(v, "，,。；;：:\n")
    clause_ends = Boundaries(v, "，,。；;\n")
    sentence_starts = Boundaries(v, "。\n")
    said: dict[tuple[int, int], tuple[bool, bool, bool, bool]] = {}

    def says(a: int, b: int) -> tuple[bool, bool, bool, bool]:
        """(population condition, not-staff context, staffing word, staff context) of ``v[a:b]``."""
        if (a, b) not in said:
            text = v[a:b]
            said[(a, b)] = (bool(_POPULATION_CONDITION.search(text)), bool(_NOT_STAFF_CONTEXT.search(text)),
                            bool(_STAFF_WORD.search(text)), bool(_STAFF_CONTEXT.search(text)))
        return said[(a, b)]

    sizes: list[int] = []  # ends of the sizes taken: a cap after one in its sentence caps the same body
    for q in find_quantities(v, r"名|人"):
        before = v[max(0, q.start - 3):q.start]
        if _MARGIN.search(v, max(0, q.start - 10), q.start) and q.comparator is None:
            continue  # 候选人数应多一人: a margin over the seats, not a count of posts
        before2 = v[max(0, q.start - 2):q.start] if q.start > 1 else " " + v[:q.start]
        after = v[q.end:q.end + 4]
        if (_ORDINAL.search(v, max(0, q.start - 6), q.start)  # (排名提升494名 needs the wider window)
                or _NOT_STAFF_AFTER.match(after) or after.startswith("万")):
            continue  # 后50名 is a rank
        if before.endswith(("“", "‘", '"')) or after.startswith(("”", "’", '"', "工程")):
            continue  # “三名工程”, “三名”（名店、名菜、名厨）: a quoted name, not a count
        if q.text in ("百名", "千名", "万名", "百人", "千人", "万人") and _PROGRAMME.match(v, q.end):
            continue  # 深入推进千名大学生乡村医生配备行动: the programme's name, not its posts
        if _FOR_WHOM.search(before2):
            continue  # 为7480名残疾人发放交通补贴: beneficiaries
        if q.unit == "人" and v[q.start - 1:q.start] == "万":
            continue
        clause_start = clause_starts.last_before(q.start) + 1
        clause_end = clause_ends.first_from(q.end)
        clause_end = len(v) if clause_end == -1 else clause_end
        # 从业人员超过300人的 / 代表不足十人的: the comparator is in the span or just before it, the
        # number ends a condition (…的); a threshold, not a count (guidelines v1.1)
        conditional = v[q.end:q.end + 1] == "的" and (
            q.text.startswith(("超过", "达到")) or re.search(r"(?:不足|不满)$", v[max(clause_start, q.start - 2):q.start])
            or v[q.end + 1:q.end + 2] in ("，", ","))  # 成员151人至500人的，…: a case, not a count
        if re.match(r"(?:书面)?(?:联名|提出|附议)|[^，,。；;]{0,8}?(?:联名|附议)", v[q.end:q.end + 12]):
            continue  # 可以由代表一人提出, 一名代表或数名代表联名提出: how many may move, not posts
        if q.comparator == "以上" and re.match(r"[，,](?:可以|有权|可)", v[q.end:q.end + 4]):
            continue  # 常务委员会组成人员5人以上，可以提出议案: the threshold of a right
        # (涉及|超过|达到|满)$ on the clause's text before the number: only its last 2 characters count
        if conditional or _THRESHOLD.search(v, max(clause_start, q.start - 2), q.start) or re.search(r"以上的|以下的", v[q.end:q.end + 4]) or (
                q.comparator in ("以上", "以下") and re.match(r"(?:书面)?(?:联名|联合|提议|提出|附议|的)", v[q.end:q.end + 4])):
            continue  # 10人以上的, 代表十人以上书面联名, 四十人以下的: a condition, not a count
        span = (clause_start, clause_end)
        if says(*span)[0]:
            sentence = (sentence_starts.last_before(q.start) + 1, clause_end)
            if _SIZE_WORD.search(v, *sentence):
                span = sentence  # the size named after 组成 in the same sentence
        _, not_staff, staff_word, staff_context = says(*span)
        sentence_start = sentence_starts.last_before(q.start) + 1
        caps_a_size = ((_UPPER_TEXT.match(q.text) or _SEPARATED_UPPER.search(v[max(0, q.start - 6):q.start]))
                       and any(sentence_start <= end <= q.start for end in sizes))
        # 名额为七人至十三人，人口较多的乡镇不超过十七人; 由代表七人至十一人组成，九万人以上的，最多不超过十三人
        if not caps_a_size and not_staff and not staff_word:
            continue
        if not caps_a_size and q.unit == "人" and not staff_context:
            continue
        sizes.append(q.end)
        mn, mx = q.min, q.max
        # 至少有1名: the comparator stays out of the span but keeps its meaning
        if q.comparator is None and _SEPARATED_LOWER.search(v[max(0, q.start - 6):q.start]):
            mn, mx = q.min, None
        elif q.comparator is None and _SEPARATED_UPPER.search(v[max(0, q.start - 6):q.start]):
            mn, mx = None, q.max
        start = q.start
        if q.text.startswith(("不超过", "不得超过")) and v[max(0, q.start - 2):q.start] in ("最多", "至多"):
            start = q.start - 2  # 最多不超过十三人: one comparator written twice, one span
        yield mention(ctx, LABEL, start, q.end,
                      {"min": mn, "max": mx, "unit": q.unit, "approx": q.approx},
                      f"staffing.{'comparator' if q.comparator else 'count'}")
