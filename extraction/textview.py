"""A normalised view of a text with an offset map back to the original.

Rules match on the view (full-width digits and brackets folded to ASCII, so one
pattern serves ``１０名`` and ``10名``) and report offsets into the original through
``View.span`` — never by reusing positions from the transformed string directly.

>>> v = View.of("人员编制不少于１０名")
>>> v.text
'人员编制不少于10名'
>>> v.span(4, 10)
(4, 10)
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Sequence

# Characters folded by the view; everything else is kept as is.  We fold only what
# changes matching (digits, Latin letters, ASCII punctuation in full width, the
# ideographic space), not CJK punctuation such as 、。《》〔〕 which carry meaning.
_KEEP: set[str] = set()  # reserved: characters never folded


def _fold(ch: str) -> str:
    if ch in _KEEP:
        return ch
    if "\uff01" <= ch <= "\uff5e" or ch == "\u3000":
        folded = unicodedata.normalize("NFKC", ch)
        return folded if len(folded) == 1 else ch
    return ch


_TABLE = {cp: _fold(chr(cp)) for cp in [*range(0xFF01, 0xFF5F), 0x3000] if _fold(chr(cp)) != chr(cp)}


@dataclass(frozen=True)
class View:
    """``text`` is the normalised string; ``starts[i]`` is the original index of view char i.

    ``starts`` has one extra final entry (the original length) so that end offsets map too.
    """

    text: str
    starts: Sequence[int]

    @classmethod
    def of(cls, original: str) -> "View":
        # Every folding maps one character to one character (NFKC of the full-width ASCII
        # block and U+3000 is a single character), so the view has the original's length
        # and the offset map is the identity; str.translate does it at C speed.
        folded = original.translate(_TABLE)
        assert len(folded) == len(original)
        return cls(folded, range(len(original) + 1))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open view span to the original text."""
        if end <= start:
            s = self.starts[start]
            return s, s
        # The end maps to one past the original char of the last view char.
        return self.starts[start], self.starts[end - 1] + 1
