"""ORG by reference: bodies found from the bodies the document has already named.

Two families:

* ``references``: the short forms that point back to a named body (below);
* ``enumerated``: the members of a list of bodies (省委编办、省发展改革委、省粮食和储备局、
  省卫生健康委…) that the head-word pass could not read on their own, because a word of the
  name is unknown to it (储备, 健康), when their neighbours in the list are bodies of the
  same level.

Guidelines v1.2 (settled cases, *definite short forms*): the abbreviation introduced by
以下简称 is ORG at every occurrence, as are short forms such as 领导小组, 常务委员会, 主席团 that
refer back to a body the document names.  The project's notes add two limits: an
abbreviation is ORG only when the body it stands for is one (城市管理综合执法部门（以下简称
城管执法部门） gives nothing), and a short form that modifies a person (主席团成员,
领导小组组长) is not a body.

This pass reads the ORG mentions the head-word extractor found and the text; it never
finds a body on its own.

>>> from policyie.records import Document, Mention
>>> from policyie.extraction.context import Context
>>> text = "设立深圳市不动产登记中心（以下简称登记机构）。申请人向登记机构申请。"
>>> org = Mention("ORG", 2, 12, "深圳市不动产登记中心", None, "org.head")
>>> [(m.text, m.start, m.source) for m in references(Context(Document("d", text)), [org])]
[('登记机构', 17, 'org.alias'), ('登记机构', 27, 'org.alias')]
"""

from __future__ import annotations

import bisect
import re
from typing import Iterable, Iterator

from policyie.extraction.context import Context
from policyie.extraction.intervals import Occupancy
from policyie.records import Mention

LABEL = "ORG"

# （以下简称“登记机构”） / (以下简称市人大常委会) right after the body it names.
_ALIAS_TAIL = r"以下(?:简称|称)\s*[“\"「]?(?P<alias>[\u4e00-\u9fff（）()]{2,14}?)[”\"」]?\s*[）)]"
_ALIAS = re.compile(r"\s*[（(]\s*" + _ALIAS_TAIL)
# Heads of definite short forms (v1.2): the bare head refers back to the named body.
_SHORT_HEADS = ("领导小组", "常务委员会", "主席团", "调查委员会")
# A short form followed by a person or post word names people, not the body.
_PERSON_AFTER = re.compile(
    r"的?(?:个别|非?驻会)?副?(?:成员|组成人员|主任|主席|组长|委员(?!会)|秘书长|负责人|工作人员|执行主席|常务主席|党组|代表)")
# 人民代表大会及其常务委员会 (any congress's committee), 各常务委员会: generic, not one body.
_GENERIC_BEFORE = re.compile(r"(?:及其|各级|各|其他|有关|相关|多个|本级)$")


# （市、区国家保密局以下简称保密工作部门）: the bodies named again inside the bracket, then the alias.
_INNER_ALIAS = re.compile(r"\s*" + _ALIAS_TAIL)
_OPEN_BEFORE = re.compile(r"[（(][^（）()。；;]{0,30}$")


def _inner_alias(text: str, e: int):  # noqa: ANN202 - a match or None
    """The alias when the body ending at ``e`` is named inside the bracket that defines it."""
    m = _INNER_ALIAS.match(text, e)
    return m if m and _OPEN_BEFORE.search(text, max(0, e - 31), e) else None


_QUALIFIER = re.compile(r"(?:全体|有关|相关|主要|各)")


def _after_qualifier(text: str, e: int) -> int:
    """Past a qualifier that may stand between a body and its people (主席团全体组成人员)."""
    m = _QUALIFIER.match(text, e)
    return m.end() if m else e


def references(ctx: Context, orgs: Iterable[Mention]) -> Iterator[Mention]:
    """ORG mentions for the aliases (以下简称…) and definite short forms of the bodies in
    ``orgs`` (mentions on ``ctx.text``), at every later occurrence not already inside an ORG."""
    text = ctx.text
    orgs = sorted(orgs, key=lambda m: m.start)
    taken = Occupancy(len(text))
    for m in orgs:
        taken.take(m.start, m.end)
    forms: dict[str, tuple[int, str]] = {}  # form -> (first position it may occur, rule)
    for m in orgs:
        am = _ALIAS.match(text, m.end) or _inner_alias(text, m.end)
        if am:
            alias = am.group("alias")
            if alias != m.text:
                forms.setdefault(alias, (am.start("alias"), "org.alias"))
        for head in _SHORT_HEADS:
            if m.text.endswith(head) and len(m.text) > len(head):
                forms.setdefault(head, (m.end, "org.short_form"))
    if not forms:
        return
    found: list[Mention] = []
    claimed = Occupancy(len(text))  # what this pass has found
    starts = [m.start for m in orgs]

    def only_inside(s: int, e: int) -> bool:
        """Every body the head-word pass read here lies inside [s, e) (市人大常委会 | 工委 in
        the alias 市人大常委会人代工委): a defined alias is read whole, and resolution keeps
        it over the pieces, being longer."""
        i = bisect.bisect_left(starts, e)
        return all(not (o.end > s) or (o.start >= s and o.end <= e) for o in orgs[max(0, i - 8):i])

    # longest forms first, so 调查委员会 is taken before a shorter form inside it
    for form in sorted(forms, key=len, reverse=True):
        first, rule = forms[form]
        for fm in re.finditer(re.escape(form), text[first:]):
            s, e = first + fm.start(), first + fm.end()
            if not claimed.free(s, e):
                continue
            if not taken.free(s, e) and not (rule == "org.alias" and only_inside(s, e)):
                continue
            if _PERSON_AFTER.match(text, _after_qualifier(text, e)) or _GENERIC_BEFORE.search(text, max(0, s - 3), s):
                continue
            if s > 0 and text[s - 1] in "会大级团":
                continue  # another body's (省市人民代表大会专门委员会), or a level word's (同级保密工作部门)
            if rule == "org.short_form" and s > 0 and text[s - 1] in "区县市镇乡省州村":
                continue  # a longer name the head-word pass did not take (县人大常务委员会)
            found.append(Mention(LABEL, s, e, text[s:e], None, rule))
            claimed.take(s, e)
    yield from sorted(found, key=lambda m: m.start)


# One item of an enumeration: between 、 (or 和/及/与 before the last), inside one clause.
_CLAUSE_END = re.compile(r"[，,。；;：:！？!?\n（()）“”《》]")
_LEVEL_PREFIX = re.compile(r"(?:省|市|县|区|州|盟|旗|乡|镇|自治区|自治州|自治县)")
_ITEM_VERB = re.compile(r"负责|牵头|配合|按照|根据|开展|推进|落实|指导|组织|加强|做好|建立|实施|完成|支持|要求|应当|可以")


def enumerated(ctx: Context, orgs: Iterable[Mention]) -> Iterator[Mention]:
    """Members of a list of bodies of one level that the head-word pass missed.

    >>> from policyie.records import Document, Mention
    >>> from policyie.extraction.context import Context
    >>> t = "由省委编办、省粮食和储备局、省卫生健康委、省自然资源厅负责。"
    >>> found = [Mention("ORG", 1, 5, "省委编办", None, "org.head"), Mention("ORG", 21, 27, "省自然资源厅", None, "org.head")]
    >>> [m.text for m in enumerated(Context(Document("d", t)), found)]
    ['省粮食和储备局', '省卫生健康委']
    """
    from policyie.extraction.extractors.org import _ends_with_head

    text = ctx.text
    orgs = sorted(orgs, key=lambda m: m.start)
    starts = [m.start for m in orgs]
    taken = Occupancy(len(text))
    for m in orgs:
        taken.take(m.start, m.end)
    out: list[Mention] = []
    done_until = -1
    for m in orgs:
        if m.start < done_until:
            continue
        # the clause around this body
        cs = m.start
        while cs > 0 and not _CLAUSE_END.match(text, cs - 1):
            cs -= 1
        ce = m.end
        while ce < len(text) and not _CLAUSE_END.match(text, ce):
            ce += 1
        done_until = ce
        clause = text[cs:ce]
        if "、" not in clause:
            continue
        items = []
        pos = cs
        for piece in clause.split("、"):
            items.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        # items that open with a body (the first may carry a leading verb, 由省委编办; the last a
        # trailing one, 省自然资源厅负责)
        whole = []
        for s, e in items:  # the bodies starting in the item's first 3 characters, by binary search
            i = bisect.bisect_left(starts, s)
            while i < len(starts) and starts[i] <= s + 2:
                if orgs[i].end <= e:
                    whole.append((s, e))
                    break
                i += 1
        if len(whole) < 2:
            continue
        levels = {text[s] for s, e in whole if _LEVEL_PREFIX.match(text, s)}
        whole_set = set(whole)
        for s, e in items:
            if (s, e) in whole_set or e - s < 3 or e - s > 16 or not taken.free(s, e):
                continue
            vm = _ITEM_VERB.search(text, s, e)
            if vm:  # the last item carries the clause's verb: 省卫生健康委|负责
                e = vm.start()
            item = text[s:e]
            if len(item) < 3 or not _LEVEL_PREFIX.match(item) or item[0] not in levels:
                continue
            if not _ends_with_head(item):
                continue
            out.append(Mention(LABEL, s, e, item, None, "org.enumeration"))
    yield from out
