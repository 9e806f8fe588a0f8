"""What an extractor may know besides the text: passed in, never read from globals.

The reference date for deadlines comes from the document's own metadata (its date, else
the year it mentions last before the expression), never from the clock.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from policyie.extraction.textview import View
from policyie.records import Document

if TYPE_CHECKING:
    from policyie.extraction.words import WordSegmenter


@dataclass(frozen=True)
class Context:
    """Per-document context for extractors.

    ``ref_date`` is ISO ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (the document's date) or None.
    ``words`` is the pipeline's word segmenter, for the extractors that read words (None:
    they fall back to what they can read from characters).
    """

    document: Document
    ref_date: str | None = None
    words: WordSegmenter | None = field(default=None, compare=False, repr=False)
    _cache: dict = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def view(self) -> View:
        return View.of(self.document.text)

    @property
    def text(self) -> str:
        return self.document.text

    def ref_year(self, before: int | None = None) -> int | None:
        """The document's year; else the last year (20xx年) mentioned before ``before``."""
        if self.ref_date:
            return int(self.ref_date[:4])
        years = self._cache.get("years")
        if years is None:
            found = [(m.start(), int(m.group(1))) for m in re.finditer(r"((?:19|20)\d\d)\s*年", self.view.text)]
            years = ([pos for pos, _ in found], [y for _, y in found])
            self._cache["years"] = years
        positions, values = years
        # a binary search, not a scan: deadlines ask once each, and a long document has
        # thousands of both
        n = len(positions) if before is None else bisect_left(positions, before)
        return values[n - 1] if n else None

    def ref_month(self) -> int:
        """The document's month when its date has one, else 12 (the year's last month)."""
        if self.ref_date and len(self.ref_date) >= 7:
            return int(self.ref_date[5:7])
        return 12
