"""Overlap resolution by the guidelines.

Mentions of one type never overlap; across types they do not either, except that a
DOC_TITLE may contain ORG names, which are then not labelled at all.  Where two
mentions conflict the longer wins, then the type with the higher priority.

>>> from policyie.records import Mention
>>> ms = [Mention("DOC_TITLE", 1, 12, "x" * 11), Mention("ORG", 1, 4, "xxx")]
>>> [m.label for m in resolve(ms)]
['DOC_TITLE']
"""

from __future__ import annotations

from typing import Iterable

from policyie.extraction.intervals import Occupancy
from policyie.records import Mention

# Higher first: a number inside a title belongs to the title, a title's ORG to the title.
PRIORITY = {"DOC_TITLE": 0, "DOC_NO": 1, "DEADLINE": 2, "STAFFING": 3, "ITEM_COUNT": 4, "PRINCIPLE": 5, "ORG": 6}


def resolve(mentions: Iterable[Mention]) -> list[Mention]:
    """Non-overlapping mentions, sorted by start (the longest or highest-priority of each clash)."""
    ordered = sorted(mentions, key=lambda m: (PRIORITY.get(m.label, 9), -(m.end - m.start), m.start))
    kept: list[Mention] = []
    # an occupancy map, not a scan of everything kept so far: a catalogue of duties has
    # hundreds of thousands of mentions, and the scan made resolution quadratic
    taken = Occupancy(max((m.end for m in ordered), default=0))
    for m in ordered:
        if m.end <= m.start:
            continue
        if not taken.free(m.start, m.end):
            continue
        taken.take(m.start, m.end)
        kept.append(m)
    kept.sort(key=lambda m: (m.start, m.end, m.label))
    return kept
