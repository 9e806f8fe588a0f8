"""ORG by reference: the short forms that point back to a body the document has named.

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

import re
from typing import Iterable, Iterator

from policyie.extraction.context import Context
from policyie.records import Mention

LABEL = "ORG"

# （以下简称“登记机构”） / (以下简称市人大常委会) right after the body it names.
_ALIAS = re.compile(r"\s*[（(]\s*以下(?:简称|称)\s*[“\"「]?(?P<alias>[\u4e00-\u9fff（）()]{2,14}?)[”\"」]?\s*[）)]")
# Heads of definite short forms (v1.2): the bare head refers back to the named body.
_SHORT_HEADS = ("领导小组", "常务委员会", "主席团", "调查委员会")
# A short form followed by a person or post word names people, not the body.
_PERSON_AFTER = re.compile(
    r"(?:成员|组成人员|主任|副主任|主席|副主席|组长|副组长|委员(?!会)|秘书长|负责人|工作人员|执行主席|常务主席|党组)")
# 人民代表大会及其常务委员会 (any congress's committee), 各常务委员会: generic, not one body.
_GENERIC_BEFORE = re.compile(r"(?:及其|各级|各|其他|有关|本级)$")


def _free(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    import bisect

    i = bisect.bisect_left(spans, (s, s))
    if i < len(spans) and spans[i][0] < e:
        return False
    return not (i > 0 and spans[i - 1][1] > s)


def references(ctx: Context, orgs: Iterable[Mention]) -> Iterator[Mention]:
    """ORG mentions for the aliases (以下简称…) and definite short forms of the bodies in
    ``orgs`` (mentions on ``ctx.text``), at every later occurrence not already inside an ORG."""
    text = ctx.text
    orgs = sorted(orgs, key=lambda m: m.start)
    taken = sorted((m.start, m.end) for m in orgs)
    forms: dict[str, tuple[int, str]] = {}  # form -> (first position it may occur, rule)
    for m in orgs:
        am = _ALIAS.match(text, m.end)
        if am:
            alias = am.group("alias")
            if alias != m.text and not alias.endswith(("部门", "机关")):  # a generic head stays generic
                forms.setdefault(alias, (am.start("alias"), "org.alias"))
        for head in _SHORT_HEADS:
            if m.text.endswith(head) and len(m.text) > len(head):
                forms.setdefault(head, (m.end, "org.short_form"))
    if not forms:
        return
    found: list[Mention] = []
    # longest forms first, so 调查委员会 is taken before a shorter form inside it
    for form in sorted(forms, key=len, reverse=True):
        first, rule = forms[form]
        for fm in re.finditer(re.escape(form), text[first:]):
            s, e = first + fm.start(), first + fm.end()
            if not _free(taken, s, e):
                continue
            if _PERSON_AFTER.match(text, e) or (rule == "org.short_form" and _GENERIC_BEFORE.search(text, 0, s)):
                continue
            if rule == "org.short_form" and s > 0 and text[s - 1] in "会大级区县市镇乡省州村团":
                continue  # a longer name the head-word pass did not take (县人大常务委员会)
            found.append(Mention(LABEL, s, e, text[s:e], None, rule))
            import bisect

            bisect.insort(taken, (s, e))
    yield from sorted(found, key=lambda m: m.start)
