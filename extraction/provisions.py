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
from bisect import bisect_left, bisect_right
from typing import Any, Iterable, Sequence

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
# A match of _POST_BODY reads at most 8 + 3 + 6 characters from where it starts; a
# generous bound, used to reuse one scan of a clause for every number in it.
_POST_BODY_READ = 40
_FIRST_CLAUSE_END = re.compile(r"[，,。；;：:\n]")
_ITEM_SPLIT = re.compile(r"[、,，；;]")
_ROLE_TRIM = re.compile(r"(等相关部门|等有关部门|等部门|等单位|等)$")


def _units(text: str, seg: Segmentation) -> list[tuple[int, int, tuple[int, ...]]]:
    """(start, end, section path) of every measure-sized unit of the body."""
    units: list[tuple[int, int, tuple[int, ...]]] = []
    children: dict[int, list[int]] = {}
    for s in seg.sections:
        if s.parent is not None:
            children.setdefault(s.parent, []).append(s.index)
    for s in seg.sections:
        kids = children.get(s.index)
        end = seg.sections[kids[0]].start if kids else s.end
        own = text[s.start:end].strip()
        # a bare heading line that only introduces its children (一、总体要求) is no measure
        if kids and "\n" not in own and len(own) <= 40 and not re.search(r"[。；;]", own):
            continue
        units.append((s.start, end, seg.section_path(s.start)))
    # paragraphs outside every section: preambles, unnumbered reports
    covered = _Cover((s.start, s.end) for s in seg.sections)
    boiler = _Cover((b.start, b.end) for b in seg.boilerplate)
    for p in seg.paragraphs:
        if covered.covers(p.start) or boiler.covers(p.start):
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


class _Cover:
    """Does any of a set of spans contain a position?  Spans sorted by start and the
    running maximum of their ends answer by binary search."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []
        top = -1
        for _, b in ordered:
            top = max(top, b)
            self.reach.append(top)

    def covers(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.reach[i] > pos


class _Unit:
    """Positions inside one unit ``text[s:e]`` that its roles ask about again and again:
    line breaks, sentence and clause ends, the first clause, the bodies named after a
    clause start.  Each is found once per unit and then looked up by binary search;
    scanning back from every mention made a long unit (a catalogue printed as one
    paragraph) quadratic."""

    def __init__(self, text: str, s: int, e: int) -> None:
        self.text, self.s, self.e = text, s, e
        self._found: dict[str, list[int]] = {}
        self._post_body: dict[int, tuple[list[int], list[re.Match[str]]]] = {}
        self._first_clause: str | None = None

    def _positions(self, chars: str) -> list[int]:
        found = self._found.get(chars)
        if found is None:
            found = [m.start() for m in re.finditer("[" + re.escape(chars) + "]", self.text[self.s:self.e])]
            found = [self.s + p for p in found]
            self._found[chars] = found
        return found

    def last_before(self, chars: str, pos: int, lo: int) -> int:
        """The last position in ``[lo, pos)`` holding one of ``chars``, else -1 (``str.rfind``)."""
        found = self._positions(chars)
        i = bisect_left(found, pos) - 1
        return found[i] if i >= 0 and found[i] >= lo else -1

    def first_from(self, chars: str, pos: int) -> int:
        """The first position in ``[pos, e)`` holding one of ``chars``, else -1 (``str.find``)."""
        found = self._positions(chars)
        i = bisect_left(found, pos)
        return found[i] if i < len(found) else -1

    def line(self, pos: int) -> tuple[int, int]:
        """The line holding ``pos``, cut to the unit."""
        a = self.last_before("\n", pos, self.s)
        b = self.first_from("\n", pos)
        return (a + 1 if a != -1 else self.s), (b if b != -1 else self.e)

    def post_body(self, clause_start: int, pos: int) -> str | None:
        """``_POST_BODY``'s last match in ``text[clause_start:pos]``.

        One scan per clause: a match attempt reads at most ``_POST_BODY_READ`` characters,
        so the matches of the clause's scan that start well before ``pos`` are those of a
        scan cut at ``pos``; only the last stretch is scanned again with the cut.
        """
        scan = self._post_body.get(clause_start)
        if scan is None:
            stop = self.first_from("，,。；;\n", clause_start)
            stop = self.e if stop == -1 else stop
            found = list(_POST_BODY.finditer(self.text, clause_start, min(len(self.text), stop + _POST_BODY_READ)))
            scan = ([m.start() for m in found], found)
            self._post_body[clause_start] = scan
        starts, found = scan
        safe = pos - _POST_BODY_READ
        i = bisect_left(starts, safe) - 1
        resume = max(clause_start, safe, found[i].end() if i >= 0 else clause_start)
        last = found[i] if i >= 0 else None
        for m in _POST_BODY.finditer(self.text, resume, pos):
            last = m
        return last.group(1) if last is not None else None

    def first_clause(self) -> str:
        # found once: every deadline of the unit asks, and a unit without a clause end
        # (a list of dates joined by 、) was scanned to its end for each of them
        if self._first_clause is None:
            m = _FIRST_CLAUSE_END.search(self.text, self.s, self.e)
            self._first_clause = self.text[self.s:m.start() if m else self.s + min(40, self.e - self.s)].strip()
        return self._first_clause


def _role_items(text: str, start: int, end: int, orgs: Sequence[Mention], org_starts: Sequence[int]) -> list[str]:
    """The bodies named in ``text[start:end]`` (ORG mentions there, else the items as written)."""
    inside = [m.text for m in orgs[bisect_left(org_starts, start):bisect_left(org_starts, end)]]
    if inside:
        return inside
    items = [_ROLE_TRIM.sub("", x.strip()) for x in _ITEM_SPLIT.split(text[start:end])]
    return [x for x in items if x]


def assemble(doc_id: str, text: str, seg: Segmentation, mentions: Sequence[Mention]) -> list[Provision]:
    """Group ``mentions`` into provisions over the units of ``seg``.

    Each provision holds its mentions in text order; everything is found by binary search
    over positions, so the time grows with the length of the text, not with the number of
    units times the number of mentions.
    """
    titles = {s.index: s.title for s in seg.sections}
    mentions = sorted(mentions, key=lambda m: m.start)  # stable: the pipeline's order already
    starts = [m.start for m in mentions]
    provisions: list[Provision] = []
    for n, (s, e, path) in enumerate(_units(text, seg)):
        inside = tuple(m for m in mentions[bisect_left(starts, s):bisect_right(starts, e)] if m.end <= e)
        orgs = [m for m in inside if m.label == "ORG"]
        org_starts = [m.start for m in orgs]
        unit = _Unit(text, s, e)
        roles: dict[str, Any] = {}
        lead: list[str] = []
        coop: list[str] = []
        for pat, bucket in ((_LEAD_LINE, lead), (_COOP_LINE, coop)):
            for lm in pat.finditer(text, s, e):
                _, le = unit.line(lm.start())
                # a role list may wrap onto the next line: continue until the next role line
                nxt = _ROLE_OR_LIMIT_LINE.search(text, lm.end(), e)
                stop = nxt.start() if nxt else le
                bucket.extend(_role_items(text, lm.end(), stop, orgs, org_starts))
        for lm in _LED_BY.finditer(text, s, e):
            lead.extend(_role_items(text, lm.start("who"), lm.end("who"), orgs, org_starts))
        if lead:
            roles["lead"] = lead
        if coop:
            roles["cooperate"] = coop
        # bodies the measure names, outside the role lines (lines, cut to the unit, are
        # disjoint or equal, so the last one starting at or before a body decides)
        role_spans = _Cover(unit.line(m.start()) for m in _ROLE_OR_LIMIT_LINE.finditer(text, s, e))
        bodies = [m.text for m in orgs if not role_spans.covers(m.start)]
        if bodies:
            roles["bodies"] = list(dict.fromkeys(bodies))
        staffing = []
        for m in inside:
            if m.label != "STAFFING":
                continue
            sent_start = max(unit.last_before("。；;\n", m.start, s) + 1, s)
            body = None
            k = bisect_left(org_starts, m.start) - 1
            while k >= 0 and orgs[k].start >= sent_start:
                if orgs[k].end <= m.start:
                    body = orgs[k].text  # the nearest body before the number in its sentence
                    break
                k -= 1
            kind = None
            clause_start = max(unit.last_before("，,", m.start, sent_start), sent_start - 1) + 1
            for km in _KIND.finditer(text, max(clause_start, m.start - 14), m.start):
                kind = km.group(0)
            if kind is None:  # 配备1名专职党委组织员: the post follows the number
                km = re.match(r"[\u4e00-\u9fff]{0,6}?" + _KIND.pattern, text[m.end:m.end + 12])
                kind = km.group(0).lstrip("和及与等的、") if km else None
            if body is None:
                body = unit.post_body(clause_start, m.start)
            staffing.append({"body": body, "kind": kind, **(m.normalized or {}),
                             "text": m.text, "start": m.start, "end": m.end})
        if staffing:
            roles["staffing"] = staffing
        task = titles.get(path[-1]) if path else None
        deadlines = [{**(m.normalized or {}), "text": m.text, "start": m.start, "end": m.end,
                      "task": task or unit.first_clause()} for m in inside if m.label == "DEADLINE"]
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
