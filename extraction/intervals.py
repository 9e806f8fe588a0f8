"""Taken stretches of a text, checked and marked in time proportional to their length.

Overlap resolution used to compare each new span with every span kept so far, which is
quadratic in the number of mentions (a catalogue of duties holds hundreds of thousands).
Spans here are short (a mention, a candidate name), so one byte per character of the
text is the cheapest exact index: a span is free when no byte inside it is set.

>>> occ = Occupancy(10)
>>> occ.take(2, 5)
>>> occ.free(5, 7), occ.free(4, 6)
(True, False)
"""

from __future__ import annotations


class Occupancy:
    """Half-open spans ``[start, end)`` taken so far over positions ``0 … size``."""

    __slots__ = ("_taken",)

    def __init__(self, size: int) -> None:
        self._taken = bytearray(max(size, 0))

    def _grow(self, end: int) -> None:
        if end > len(self._taken):
            self._taken.extend(bytes(end - len(self._taken)))

    def free(self, start: int, end: int) -> bool:
        """True when no taken span shares a position with ``[start, end)`` (empty spans are free)."""
        if end <= start:
            return True
        return self._taken.find(1, max(start, 0), end) == -1

    def take(self, start: int, end: int) -> None:
        """Mark ``[start, end)`` as taken."""
        if end <= start:
            return
        start = max(start, 0)
        self._grow(end)
        self._taken[start:end] = b"\x01" * (end - start)


class Boundaries:
    """The nearest of some characters before or after a position, for positions asked in
    rising order (one pass over the text in all).

    ``str.rfind`` back to the start of the text for each number in a line without
    punctuation, or ``str.find`` for a character the text lacks, reads the text again
    for every question; this reads each character once.

    >>> b = Boundaries("ab，cd。ef", "，。")
    >>> b.last_before(5), b.first_from(3), b.first_from(7)
    (2, 5, -1)
    """

    __slots__ = ("_text", "_pat", "_asked", "_last", "_from", "_next")

    def __init__(self, text: str, chars: str) -> None:
        import re

        self._text = text
        self._pat = re.compile("[" + re.escape(chars) + "]")
        self._asked, self._last = 0, -1  # the last char before _asked
        self._from, self._next = -1, -1  # the first char at or after _from

    def last_before(self, pos: int) -> int:
        """The last position before ``pos`` holding one of the characters, else -1."""
        if pos < self._asked:  # asked out of order: start again
            self._asked, self._last = 0, -1
        for m in self._pat.finditer(self._text, self._asked, pos):
            self._last = m.start()
        self._asked = max(self._asked, pos)
        return self._last

    def first_from(self, pos: int) -> int:
        """The first position at or after ``pos`` holding one of the characters, else -1."""
        if self._from < 0 or pos < self._from or (self._next != -1 and pos > self._next):
            m = self._pat.search(self._text, pos)
            self._from, self._next = pos, (m.start() if m else -1)
        return self._next
