"""Provision assembly: one record per measure (an enumerated item, an article, a paragraph,
or an inline 一是/二是 item), with its section path, the mentions inside it and the roles
its text states.

Roles:
- ``lead`` / ``cooperate``: the units on 牵头单位 / 责任单位 and 配合单位 / 协办单位 lines
  (ORG mentions where there are any, else the listed items as written: 各乡镇);
- ``staffing``: each STAFFING number with the body it belongs to (the nearest ORG before
  it in the same sentence) and the kind of post (人员编制, 行政编制, 领导职数 …);
- ``deadlines``: each DEADLINE with the task it belongs to (the provision's title);
- ``principles``, ``item_counts``, ``bodies``, ``documents``.

>>> # see tests/extraction/test_provisions.py for the Xinglong and Lingwu cases
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from policyie.extraction.segment import Segmentation, inline_items
from policyie.records import Mention, Provision

_LEAD_LINE = re.compile(r"(牵头单位|牵头部门|责任单位|责任部门|主责单位|牵头领导单位)\s*[:：]")
_COOP_LINE = re.compile(r"(配合单位|配合部门|协办单位|参与单位|协同单位)\s*[:：]")
_ROLE_OR_LIMIT_LINE = re.compile(r"(牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|协办单位|完成时限|完成时间|时间节点)\s*[:：]")
_LED_BY = re.compile(r"由(?P<who>[^，,。；;由]{2,40}?)牵头")
_KIND = re.compile(
    r"(人员编制|行政编制|事业编制|政法专项编制|编制|领导职数|班子职数|职数|工作人员|执法人员"
    r"|(?:专职|兼职|专业技术|执法|工作|专业)?(?:委员|副书记|书记|副主席|主席|副主任|主任|副镇长|镇长|副乡长|乡长|队员|辅警|组织员|协管员|网格员|专干|社工|人员|干部))"
)
# A body named right before a post (乡镇党委委员职数, 乡镇纪委委员职数): not an ORG mention
# (a body that modifies a post), but it is the body the staffing number belongs to.
_POST_BODY = re.compile(
    r"([\u4e00-\u9fff]{0,8}?(?:党委|纪委|人大|政府|委员会|党支部|支部|办公室|执法队|大队|中心|所|站|局))"
    r"(?=(?:委员|领导班子|班子|领导|设|配备|核定|[\u4e00-\u9fff]{0,4}?(?:职数|编制)))"
)
_ITEM_SPLIT = re.compile(r"[、,，；;]")
_ROLE_TRIM = re.compile(r"(等相关部门|等有关部门|等部门|等单位|等)$")


def _units(text: str, seg: Segmentation) -> list[tuple[int, int, tuple[int, ...]]]:
    """(start, end, section path) of every measure-sized unit of the body."""
    units: list[tuple[int, int, tuple[int, ...]]] = []
    children: dict[int, list[int]] = {}
    for s in seg.sections:
        if s.parent is not None:
            children.setdefault(s.parent, []).append(s.index)
    covered: list[tuple[int, int]] = []
    for s in seg.sections:
        kids = children.get(s.index)
        end = seg.sections[kids[0]].start if kids else s.end
        covered.append((s.start, s.end))
        own = text[s.start:end].strip()
        # a bare heading line that only introduces its children (一、总体要求) is no measure
        if kids and "\n" not in own and len(own) <= 40 and not re.search(r"[。；;]", own):
            continue
        units.append((s.start, end, seg.section_path(s.start)))
    # paragraphs outside every section: preambles, unnumbered reports
    boiler = [(b.start, b.end) for b in seg.boilerplate]
    for p in seg.paragraphs:
        if any(a <= p.start < b for a, b in covered) or any(a <= p.start < b for a, b in boiler):
            continue
        units.append((p.start, p.end, ()))
    units.sort()
    # inline 一是…二是… items split a unit further
    out: list[tuple[int, int, tuple[int, ...]]] = []
    for s, e, path in units:
        cuts = [c for c in inline_items(text, s, e) if c > s]
        bounds = [s] + cuts + [e]
        for a, b in zip(bounds, bounds[1:]):
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a and text[a:b].strip():
                out.append((a, b, path))
    return out


def _line_of(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, len(text) if b == -1 else b


def _role_items(text: str, start: int, end: int, orgs: Sequence[Mention]) -> list[str]:
    inside = [m.text for m in orgs if start <= m.start < end]
    if inside:
        return inside
    items = [_ROLE_TRIM.sub("", x.strip()) for x in _ITEM_SPLIT.split(text[start:end])]
    return [x for x in items if x]


def assemble(doc_id: str, text: str, seg: Segmentation, mentions: Sequence[Mention]) -> list[Provision]:
    """Group ``mentions`` into provisions over the units of ``seg``."""
    titles = {s.index: s.title for s in seg.sections}
    provisions: list[Provision] = []
    for n, (s, e, path) in enumerate(_units(text, seg)):
        inside = tuple(m for m in mentions if s <= m.start and m.end <= e)
        orgs = [m for m in inside if m.label == "ORG"]
        roles: dict[str, Any] = {}
        lead: list[str] = []
        coop: list[str] = []
        for pat, bucket in ((_LEAD_LINE, lead), (_COOP_LINE, coop)):
            for lm in pat.finditer(text, s, e):
                _, le = _line_of(text, lm.start())
                # a role list may wrap onto the next line: continue until the next role line
                nxt = _ROLE_OR_LIMIT_LINE.search(text, lm.end(), e)
                stop = nxt.start() if nxt else min(e, le)
                bucket.extend(_role_items(text, lm.end(), stop, orgs))
        for lm in _LED_BY.finditer(text, s, e):
            lead.extend(_role_items(text, lm.start("who"), lm.end("who"), orgs))
        if lead:
            roles["lead"] = lead
        if coop:
            roles["cooperate"] = coop
        # bodies the measure names, outside the role lines
        role_spans = [(_line_of(text, m.start())) for m in _ROLE_OR_LIMIT_LINE.finditer(text, s, e)]
        bodies = [m.text for m in orgs if not any(a <= m.start < b for a, b in role_spans)]
        if bodies:
            roles["bodies"] = list(dict.fromkeys(bodies))
        staffing = []
        for m in inside:
            if m.label != "STAFFING":
                continue
            sent_start = max(text.rfind(c, s, m.start) for c in "。；;\n") + 1
            sent_start = max(sent_start, s)
            body = None
            for o in orgs:
                if sent_start <= o.start and o.end <= m.start:
                    body = o.text
            kind = None
            clause_start = max([text.rfind(c, sent_start, m.start) for c in "，,"] + [sent_start - 1]) + 1
            for km in _KIND.finditer(text, max(clause_start, m.start - 14), m.start):
                kind = km.group(0)
            if kind is None:  # 配备1名专职党委组织员: the post follows the number
                km = re.match(r"[\u4e00-\u9fff]{0,6}?" + _KIND.pattern, text[m.end:m.end + 12])
                kind = km.group(0).lstrip("和及与等的、") if km else None
            if body is None:
                for bm in _POST_BODY.finditer(text, clause_start, m.start):
                    body = bm.group(1)
            staffing.append({"body": body, "kind": kind, **(m.normalized or {}),
                             "text": m.text, "start": m.start, "end": m.end})
        if staffing:
            roles["staffing"] = staffing
        task = titles.get(path[-1]) if path else None
        deadlines = [{**(m.normalized or {}), "text": m.text, "start": m.start, "end": m.end,
                      "task": task or _first_clause(text, s, e)} for m in inside if m.label == "DEADLINE"]
        if deadlines:
            roles["deadlines"] = deadlines
        principles = [m.normalized for m in inside if m.label == "PRINCIPLE"]
        if principles:
            roles["principles"] = principles
        counts = [{**(m.normalized or {}), "text": m.text} for m in inside if m.label == "ITEM_COUNT"]
        if counts:
            roles["item_counts"] = counts
        docs = [m.text for m in inside if m.label in ("DOC_TITLE", "DOC_NO")]
        if docs:
            roles["documents"] = docs
        provisions.append(Provision(
            doc_id=doc_id, provision_id=f"{doc_id}#p{n + 1}",
            section_path=tuple(titles[i] for i in path), start=s, end=e, text=text[s:e],
            mentions=inside, roles=roles,
        ))
    return provisions


def _first_clause(text: str, s: int, e: int) -> str:
    m = re.search(r"[，,。；;：:\n]", text[s:e])
    return text[s:s + (m.start() if m else min(40, e - s))].strip()
