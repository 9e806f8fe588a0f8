"""Which STAFFING numbers are posts: the rules of the staffing view.

The extractor labels every count of staff or people that the guidelines call STAFFING
(a committee's 三至五人, a county congress's 120 deputies, the two officers an inspection
needs). The staffing view is narrower: it compares **posts and staff counts of a body**,
so a number enters it only when

1. it is not one of the excluded kinds (the ``reason`` a row is dropped, checked in order):

   ``candidates``  a candidate margin or count (候选人数应多于应选人数一人至三人; v1.2);
   ``quota``       a deputy or representative quota (代表名额基数为一百二十名,
                   每五千人可以增加一名代表, 职工代表名额以三十名为基数) or a ratio
                   (每千人口按照四十五名幼儿);
   ``population``  a population or membership figure (每五千人, 职工人数在一百人至三千人);
   ``threshold``   a condition (从业人员超过300人的, 代表不足十人的, 组成人员五人以上认为…:
                   v1.1 thresholds);
   ``deputies``    a number of deputies or representatives (由代表一人提出,
                   推选二至三名代表, 代表人数不得超过五人): people who act, not posts;
   ``procedure``   the officers a procedure needs (检查时执法人员不得少于两人);

2. it is attached to a **body** (``no_body`` otherwise): the body named before it in the
   sentence (an ORG mention, else a name with a body head such as 委员会/办公室/执法队/党委),
   or a township named as the holder (为沙河镇增加…编制, 镇(街道)行政编制), or the body in
   the post's name (每个乡镇配备1名专职党委组织员 → 乡镇党委). Generic heads (部门, 单位,
   机构, 机关), companies and facilities are no bodies;

3. it has a **post kind** (``no_post`` otherwise): the post word next to it (行政编制,
   事业编制, 领导职数, 委员, 主任, 组长, 工作人员 …), or ``成员`` when it is the size of
   the body (由…五至九人组成).

``body_kind`` is the body without its region and level prefix and with its short forms
expanded (村委会 → 村民委员会), so the same kind of body compares across regions; for the
bodies that exist at every level (人民代表大会, 人民政府, 党委, 纪委, 选举委员会 …) the
level stays (乡镇人民代表大会 and 县人民代表大会 are not like with like).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

__all__ = ["StaffingRow", "classify", "DROP_REASONS", "body_kind", "post_kind"]

DROP_REASONS = ("candidates", "quota", "population", "threshold", "deputies", "procedure", "slogan", "several_bodies",
                "no_body", "no_post")

_SENT_END = "。；;！？!?\n"
_CLAUSE_END = _SENT_END + "，,："

_NUM = r"[0-9０-９一二两三四五六七八九十百千万零〇]+"

_CANDIDATES = re.compile(r"候选人|应选|差额")
_QUOTA = re.compile(r"名额|基数|按每|每一选区|(?:按照|按)[^，,。；;]{0,6}的?比例")
_PER_PEOPLE = re.compile(rf"每(?:增加)?{_NUM}(?:个)?(?:人口|千人口|人|户|所|亩|公顷|名)")
_THRESHOLD_BEFORE = re.compile(r"(?:(?<!不)(?<!不得)(?<!不能)(?<!不应)超过|不足|不满|(?<!不)满|达到|(?<!不)达|在)$")
# the number's clause ends in 的 (从业人员三百人以上的，/ 成员少于五人且补选…未果的；): a condition
_CONDITION_CLAUSE = re.compile(r"^[^，,。；;：:]*的$")
# the clause after states what so many people may do (组成人员五人以上，可以…提出议案)
_ACT_NEXT = re.compile(r"^[，,]?(?:可以|有权|方可|即可)?[^，,。；;]{0,12}?(?:提出|联名|提议|提请|要求召开|附议)")
_ACT_AFTER = re.compile(r"^(?:以上|以下)?(?:书面)?(?:联名|联合|提议|提出|附议|认为|要求|同意|请求|申请|即可)")
_ALLOCATE = re.compile(r"配备|配置|配齐|核定|设置|设立|设|组成|确定|明确|选派|指派|派驻|招聘|招录|增加|增至|下沉|分配|由|为")
_DEPUTY_NEXT = re.compile(r"^(?:以上|以下|左右)?(?:的)?(?:[\u4e00-\u9fff]{0,3}?)代表(?!大会|团|资格|联络|会议)")
_DEPUTY_AFTER = re.compile(r"^(?:以上|以下|左右)?(?:的)?[^，,。；;]{0,8}?代表(?!大会|团|资格|联络|会议)")
_DEPUTY_BEFORE = re.compile(r"代表(?!大会|团|资格|联络|会议)(?:人数|总数)?[^，,。；;代]{0,8}$")
_PROCEDURE = re.compile(r"检查|调查|核查|勘验|询问|送达|监督公务|执行职务|执行公务|共同进行|在场|执法时|处罚")
# the people a meeting, a vote or an absence needs (推选一人代理主任, 两名监票人, 指定一名委员召集)
_ACTING = re.compile(r"代理|临时主持|召集|主持|领誓|监票|票箱|投票|列席|出席|回避")
# a quality among the members (至少有一名女性成员): a requirement, not a post
_QUALIFIED_MEMBER = re.compile(r"^(?:以上|以下)?(?:的)?(?:女性|妇女|女|少数民族|专业|团队|懂|具有|具备)")

# post words, longest first; the value is the normalised post kind
_POSTS = {
    "政法专项编制": "政法专项编制", "行政编制": "行政编制", "事业编制": "事业编制", "人员编制": "人员编制",
    "领导班子职数": "领导职数", "班子职数": "领导职数", "领导职数": "领导职数", "委员职数": "委员",
    "职数": "领导职数", "编制": "编制",
    "副主任委员": "副主任委员", "主任委员": "主任委员", "副秘书长": "副秘书长", "秘书长": "秘书长",
    "副主任": "副主任", "主任": "主任", "副主席": "副主席", "主席": "主席", "副书记": "副书记", "书记": "书记",
    "副组长": "副组长", "组长": "组长", "副队长": "副队长", "队长": "队长", "副所长": "副所长", "所长": "所长",
    "副站长": "副站长", "站长": "站长", "副团长": "副团长", "团长": "团长", "秘书": "秘书",
    "组成人员": "成员", "成员": "成员", "委员": "委员",
    "专职工作人员": "工作人员", "工作人员": "工作人员", "行政执法人员": "执法人员", "执法人员": "执法人员",
    "执法队员": "执法人员", "专职人员": "工作人员", "专职督学": "督学", "督学": "督学", "组织员": "组织员",
    "协管员": "协管员", "网格员": "网格员", "辅警": "辅警", "队员": "队员", "专干": "专干", "社工": "社工",
    "行政、事业编制": "行政和事业编制", "行政事业编制": "行政和事业编制", "分管领导": "领导", "领导": "领导",
    "行政人员": "行政人员", "事业人员": "事业人员", "派驻人员": "派驻人员", "干部": "干部", "人员": "工作人员",
    "成员人数": "成员", "组成人数": "成员", "人数": "成员",
}
_POST_RE = re.compile("|".join(sorted(map(re.escape, _POSTS), key=len, reverse=True)))
_COMPOSED = re.compile(r"^[^，,。；;]{0,12}?组成|^[^，,。；;]{0,3}的单数")

# a body: ORG-like name with a body head; generic or non-body heads are refused
_BODY_HEAD = (r"(?:委员会|工委|主席团|领导小组|工作组|小组|组(?!成|织|长)|办公室|执法队|执法局|中队|大队|服务中心|中心|服务站|站|所|局"
              r"|党委|纪委|人大|常委会|人民代表大会|人民政府|政府|党支部|支部|居委会|村委会|办事处|工会)")
_BODY_NAME = re.compile(rf"[\u4e00-\u9fff（）()]{{0,14}}?{_BODY_HEAD}")
_NOT_BODY = re.compile(r"(?:部门|单位|机构|机关|组织|企业|公司|合作社|学校|医院|幼儿园|卫生院|代表团|选区|投票站|票箱"
                       r"|场所|协会|商会|基地|家庭|科|诊所|中心组)$|^(?:民委员会|产生|其他|本选区)|每"
                       # a bare head names no particular body
                       r"|^(?:中心|委员会|办公室|小组|工作组|大队|中队|服务站|服务中心|执法队|执法局|政府|支部|党委|纪委|工会)$"
                       # words that end in a body head without naming a body (学校布局, 大局)
                       r"|(?:布局|格局|大局|全局|结局|开局|时局|场所|处所|住所)$")
_LEAD_TRIM = re.compile(r"^(?:为|在|对|给|向|由|将|经|应当?|并|和|及|与|或者?|各|每个|每|个|所有|全县|全市|全区|其|该|本级|本|均|共|、)+")
# a name found by pattern starts after the last function word before its head (主任会议在该专门委员会 → 专门委员会)
_NAME_CUT = re.compile(r".*[的在从据由前对向为经和或及与、该其每将把被到中时后]")
_TOWNSHIP_BODY = re.compile(r"(?:为|向|给)([\u4e00-\u9fff]{1,6}?(?:镇|乡|街道))(?:增加|核定|下沉|配备|分配)"
                            r"|((?:乡镇|镇|乡|街道)(?:[（(]街道[)）])?)(?=(?:行政|事业|政法专项|人员)?编制)"
                            r"|每个(乡镇|镇街|镇|乡|街道)(?=[^，,。；;]{0,16}?(?:配备|招录|招聘|核定|明确|下沉|增加|选派))")
_POST_BODY = re.compile(r"(党委|党工委|纪委|纪工委|人大|政府)(?=[\u4e00-\u9fff]{0,2}(?:组织员|委员|书记|主席|专干))")
_EACH_LEVEL = re.compile(r"每个(乡镇|镇|乡|街道|村|社区)")

# level prefixes, normalised; bodies that exist at every level keep theirs
_LEVELS = [
    (re.compile(r"^(?:乡、民族乡、镇|乡、镇|乡（镇）|乡\(镇\)|乡镇（街道）|乡镇\(街道\)|镇（街道）|镇\(街道\)|乡镇|镇街|民族乡|镇|乡)"), "乡镇"),
    (re.compile(r"^(?:街道)"), "街道"),
    (re.compile(r"^(?:区县（自治县）|区县\(自治县\)|县（市、区）|县\(市、区\)|区、县|县、区|区县|县级|县|区)"), "县"),
    (re.compile(r"^(?:设区的市|市级|市)"), "市"),
    (re.compile(r"^(?:省级|省)"), "省"),
]
_LEVELLED = re.compile(r"(?:人民代表大会(?:主席团|常务委员会)?|人大(?:常委会)?|人民政府|政府|党委|党工委|纪委|纪工委|办事处"
                       r"|选举委员会|主席团|常务委员会|人民检察院|人民法院|监察委员会)$")
_ALIASES = [(re.compile(r"村委会$"), "村民委员会"), (re.compile(r"居委会$"), "居民委员会"),
            (re.compile(r"人大常委会$"), "人民代表大会常务委员会"), (re.compile(r"人大$"), "人民代表大会"),
            (re.compile(r"(?<!人民)政府$"), "人民政府"), (re.compile(r"^民委员会$"), "居（村）民委员会")]


@dataclass(frozen=True)
class StaffingRow:
    """The view's reading of one STAFFING number: the body and post it belongs to, or
    the reason it is not a post (``reason`` None: the row is kept)."""

    body: str | None
    body_kind: str | None
    post_kind: str | None
    reason: str | None


def _sentence(text: str, start: int, end: int, limit: int = 240) -> tuple[int, int]:
    lo = max(0, start - limit)
    s0 = max((text.rfind(c, lo, start) for c in _SENT_END), default=-1) + 1
    s0 = max(s0, lo)
    ends = [i for i in (text.find(c, end, end + limit) for c in _SENT_END) if i != -1]
    return s0, min(ends) if ends else min(len(text), end + limit)


def _clause_start(text: str, s0: int, start: int) -> int:
    return max([text.rfind(c, s0, start) for c in _CLAUSE_END] + [s0 - 1]) + 1


def _clause_end(text: str, end: int, s1: int) -> int:
    ends = [i for i in (text.find(c, end, s1) for c in _CLAUSE_END) if i != -1]
    return min(ends) if ends else s1


def _in_quotes(text: str, s0: int, start: int) -> bool:
    """The number stands inside a quoted name (“千名干部进千企”, “三名工程”)."""
    seg = text[s0:start]
    return seg.rfind("“") > seg.rfind("”")


def body_kind(body: str | None, region_names: Sequence[str] = ()) -> str | None:
    """The kind of a body, comparable across regions.

    >>> body_kind("兴隆县乡镇综合行政执法队", ["兴隆县"]), body_kind("村委会"), body_kind("乡、民族乡、镇人民代表大会")
    ('综合行政执法队', '村民委员会', '乡镇人民代表大会')
    """
    if not isinstance(body, str) or not body:
        return None
    b = re.sub(r"\s+", "", body)
    # the township's organs taken together (镇(街道)行政编制, 为沙河镇增加…编制)
    if re.fullmatch(r"(?:乡镇|镇街|镇|乡|街道)(?:[（(]街道[)）])?|[\u4e00-\u9fff]{1,5}(?:镇|乡|街道)", b):
        return "乡镇（街道）"
    for name in region_names:
        if isinstance(name, str) and name and b.startswith(name) and len(b) > len(name) + 1:
            b = b[len(name):]
    # a named place before the level word (沙河镇, 重庆市 …) is a region, not a kind
    b = re.sub(r"^[\u4e00-\u9fff]{1,6}?(?:省|市)(?=[\u4e00-\u9fff]{2})", "", b) if not _LEVELLED.search(b) else b
    level = None
    for _ in range(3):
        for pat, name in _LEVELS:
            m = pat.match(b)
            if m and len(b) - m.end() >= 2:
                level = level or name
                b = b[m.end():]
                break
        else:
            break
    b = re.sub(r"^(?:的|各|本级|本|辖区内?|所在|该|两级|各级)", "", b)
    for pat, full in _ALIASES:
        b = pat.sub(full, b)
    if b in ("", "镇", "乡", "街道", "（街道）", "(街道)"):
        return "乡镇（街道）"
    if level and _LEVELLED.search(b):
        return level + b
    return b


def post_kind(word: str | None) -> str | None:
    """The normalised post kind of a post word (专职党委组织员 → 组织员; 人员编制 → 编制)."""
    if not word:
        return None
    m = None
    for m in _POST_RE.finditer(word):
        pass
    return _POSTS[m.group(0)] if m else None


def _post(text: str, s0: int, cs: int, ce: int, start: int, end: int) -> tuple[str | None, int | None]:
    """(post kind, start of the post word) next to the number inside its clause."""
    after = text[end:ce]
    if _COMPOSED.match(after):
        return "成员", None
    before = text[max(cs, start - 12):start]
    hits = list(_POST_RE.finditer(before))
    if hits:
        h = hits[-1]
        word = h.group(0)
        if word == "委员" and before[max(0, h.start() - 2):h.start()].endswith("委员"):
            word = "委员"
        # 委员职数 / 党委委员职数为7至9名: the posts are 委员
        if h.group(0) == "职数" and before[max(0, h.start() - 2):h.start()] == "委员":
            return "委员", max(cs, start - 12) + h.start() - 2
        return _POSTS[word], max(cs, start - 12) + h.start()
    m = re.match(rf"^(?:以上|以下|左右|的|和|或者?|至)*[\u4e00-\u9fff（）()]{{0,12}}?({_POST_RE.pattern})", after)
    if m:
        return _POSTS[m.group(1)], None
    # 主席团一般由七至十三人组成，人口特别多的乡镇不超过十五人: the size of the same body
    if re.search(r"组成[，,]", text[s0:cs]) and re.match(r"^[^，,。；;]{0,10}$", text[cs:start]):
        return "成员", None
    return None, None


def _valid_body(name: str | None) -> str | None:
    if not name:
        return None
    b = name.strip("、，, ").lstrip("）)")
    if b.count("（") + b.count("(") > b.count("）") + b.count(")"):  # 名（组: an unclosed bracket opens the name
        b = b[max(b.rfind("（"), b.rfind("(")) + 1:]
    b = _LEAD_TRIM.sub("", b)
    if len(b) < 2 or (len(b) < 3 and b.endswith("组")) or _NOT_BODY.search(b):
        return None
    return b


def _body(text: str, s0: int, start: int, end: int, ce: int, orgs: Sequence[tuple[int, int, str]],
          post_at: int | None, composed: bool = False) -> str | None:
    """The body the number belongs to (see the module doc), or None."""
    limit = post_at if post_at is not None else start
    # a body in the post's own name: 每个乡镇配备1名专职党委组织员 → 乡镇党委
    m = _POST_BODY.search(text, end, ce) if post_at is None else None
    if m and m.start() - end <= 8:
        lvl = _EACH_LEVEL.search(text, s0, start)
        return (lvl.group(1) if lvl else "") + m.group(1)
    m = _TOWNSHIP_BODY.search(text, s0, start + 1)
    found: list[tuple[int, str]] = []
    if m:
        g = next(i for i in (1, 2, 3) if m.group(i))
        found.append((m.end(g), m.group(g)))
    for b_start, b_end, b_text in orgs:
        if s0 <= b_start and b_end <= limit:
            found.append((b_end, b_text))
    for bm in _BODY_NAME.finditer(text, s0, limit):
        found.append((bm.end(), _NAME_CUT.sub("", bm.group(0))))
    # a body far back in a long sentence of achievements is not this number's (…服务中心…，3名见义勇为人员获奖)
    cs = _clause_start(text, s0, start)
    found = [f for f in found if f[0] >= min(start - 40, cs)]
    # a clause of its own holder (…办公室核定行政编制4-5名,每个村明确一名协管员): the body is in it or nowhere
    if re.match(r"^(?:并|同时)?(?:每个|每|各)", text[cs:start]):
        found = [f for f in found if f[0] > cs]
    order = sorted(found, key=lambda x: -x[0])
    if composed:  # the size of a body: the body the sentence is about (物业管理委员会由…组成，成员人数…)
        by = text.find("由", s0, limit)
        subject = [f for f in found if by != -1 and f[0] <= by] or sorted(found)
        order = sorted(subject, key=lambda x: -x[0]) + order
    for _, name in order:
        b = _valid_body(name)
        if b is not None:
            return b
    return None


def classify(text: str, start: int, end: int, orgs: Sequence[tuple[int, int, str]] = (),
             region_names: Sequence[str] = ()) -> StaffingRow:
    """Read the STAFFING number ``text[start:end]`` as the staffing view does (module doc).
    ``orgs`` are the document's ORG mentions as (start, end, text).

    >>> t = "组建乡镇综合行政执法队，人员编制不少于10名。"
    >>> classify(t, t.index("不少于"), t.index("名。") + 1, [(2, 11, "乡镇综合行政执法队")])
    StaffingRow(body='乡镇综合行政执法队', body_kind='综合行政执法队', post_kind='人员编制', reason=None)
    """
    s0, s1 = _sentence(text, start, end)
    cs, ce = _clause_start(text, s0, start), _clause_end(text, end, s1)
    sentence, left, after = text[s0:s1], text[cs:start], text[end:ce]
    span = text[start:end]

    def drop(reason: str) -> StaffingRow:
        return StaffingRow(None, None, None, reason)

    if _CANDIDATES.search(sentence):
        return drop("candidates")
    if text[max(0, start - 3):start].endswith(("每", "每增加")) or re.match(r"^[^，,。；;]{0,3}(?:人口|户)", after):
        return drop("population")
    if _QUOTA.search(sentence) or _PER_PEOPLE.search(sentence):
        return drop("quota")
    allocated = bool(_ALLOCATE.search(left))
    if (_THRESHOLD_BEFORE.search(left) or span.startswith(("超过", "不足", "不满", "达到"))) and not allocated:
        return drop("threshold")
    if _CONDITION_CLAUSE.match(after) and not allocated and text[ce:ce + 1] in "，,；;":
        return drop("threshold")
    if _ACT_AFTER.match(after) or (not after.strip() and _ACT_NEXT.match(text[ce:ce + 16])):
        return drop("threshold")
    if _DEPUTY_NEXT.match(after) or (not _COMPOSED.match(after) and (_DEPUTY_AFTER.match(after)
                                                                    or _DEPUTY_BEFORE.search(left))):
        return drop("deputies")
    if _ACTING.search(after) or re.search(r"票箱|监票|领誓|列席", sentence):
        return drop("procedure")
    # 主任或者副主任一人 (one of them attends): not a post
    if re.search(r"或者?[\u4e00-\u9fff]{1,6}$", left) and (text[start:end] in ("一人", "一名", "1人", "1名")):
        return drop("procedure")
    post, post_at = _post(text, s0, cs, ce, start, end)
    if post in ("执法人员", "工作人员") and _PROCEDURE.search(sentence) and not allocated:
        return drop("procedure")
    if _in_quotes(text, s0, start) or re.fullmatch(r"[百千万]名", span):
        return drop("slogan")
    if re.search(r"[局委办队所站中心]、[^，,。；;]{2,16}?(?:局|委|办|队|所|站|中心)共", text[max(s0, start - 60):start]):
        return drop("several_bodies")
    if _QUALIFIED_MEMBER.match(after):
        return drop("no_post")
    if post in ("团长", "副团长") and "代表团" in text[cs:start]:
        return drop("deputies")
    body = _body(text, s0, start, end, ce, orgs, post_at, composed=post == "成员")
    if body is None:
        return drop("no_body")
    if post is None:
        return StaffingRow(body, body_kind(body, region_names), None, "no_post")
    return StaffingRow(body, body_kind(body, region_names), post, None)
