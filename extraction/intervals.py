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
