"""Word segmentation through an owned ``jieba.Tokenizer`` with the project's domain dictionary.

Each ``WordSegmenter`` builds its own tokenizer: never the module-level ``jieba.cut`` or
``jieba.add_word``, whose state is shared by every user of jieba in the process.

The ORG extractor segments tens of thousands of short windows per megabyte, and jieba's
Python code was a third of extraction time.  Where rjieba (jieba's algorithm and
dictionary in Rust) is installed, each segmenter also owns an ``rjieba.Jieba`` with the
same domain dictionary and cuts with it every window made only of the characters on which
the two agree (Han characters U+4E00–U+9FD5 and punctuation other than the few that
jieba joins with Latin letters and digits); anything else goes to jieba.  The words are
the same either way (checked over every window of the corpora by
``tests/extraction/test_segmenter_identity.py``); ``engine="jieba"`` turns rjieba off.

>>> seg = WordSegmenter()
>>> [w.text for w in seg.words("配合单位:农牧局、住建局")][:3]
['配合单位', ':', '农牧局']
"""

from __future__ import annotations

import logging
import os
import re
from functools import cached_property
from importlib import resources
from typing import Iterator, NamedTuple

DOMAIN_DICT = "domain_dict.txt"


class Word(NamedTuple):
    """A word and its half-open offsets (a named tuple: hundreds of thousands are made per
    megabyte, and a frozen dataclass cost three times the segmentation itself)."""

    text: str
    start: int
    end: int
    pos: str  # jieba dictionary tag, "x" for punctuation, "?" for words not in the dictionary


# Characters on which jieba and rjieba may cut differently: Latin letters, digits and the
# symbols jieba's Python code joins with them (X-FLASH, 3-5), white space, and Han
# characters outside jieba's range U+4E00–U+9FD5 (rjieba counts the extensions as Han).
_JIEBA_ONLY = re.compile(r"[A-Za-z0-9+#&._%\-\s\u3400-\u4DBF\u9FD6-\uFAFF\U00010000-\U0010FFFF]")


_CJK = re.compile("[\u4e00-\u9fff]")


class WordSegmenter:
    """Owns a ``jieba.Tokenizer`` loaded with jieba's dictionary plus ``resources/domain_dict.txt``
    (and an ``rjieba.Jieba`` with the same words, when rjieba is installed).

    Construction is cheap; the dictionaries load on first use (about a second).
    ``engine``: ``"auto"`` (rjieba where it cuts as jieba does, else jieba) or ``"jieba"``.
    """

    def __init__(self, extra_words: tuple[str, ...] = (), engine: str = "auto") -> None:
        if engine not in ("auto", "jieba"):
            raise ValueError(f"WordSegmenter: unknown engine {engine!r} (auto or jieba)")
        self._extra = extra_words
        self.engine = engine

    @cached_property
    def _parts(self) -> tuple[object, dict[str, str]]:
        import jieba  # imported here: jieba builds its prefix dict lazily

        # jieba logs "Building prefix dict" at DEBUG on its own logger; keep it quiet
        logging.getLogger("jieba").setLevel(logging.WARNING)
        tok = jieba.Tokenizer()
        tok.initialize()
        pos: dict[str, str] = {}
        with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) == 3:
                    pos[parts[0]] = parts[2]
        dict_text = resources.files("policyie.extraction").joinpath("resources", DOMAIN_DICT).read_text("utf-8")
        for line in dict_text.splitlines():
            parts = line.split()
            if not parts or parts[0].startswith("#"):
                continue
            word = parts[0]
            freq = int(parts[1]) if len(parts) > 1 else None
            tok.add_word(word, freq)  # the instance's own dictionary, not jieba's global one
            if len(parts) > 2:
                pos[word] = parts[2]
        for w in self._extra:
            tok.add_word(w)
        return tok, pos

    @cached_property
    def _fast(self):  # noqa: ANN202 - rjieba has no type stubs
        """The rjieba instance with the same words as the tokenizer, or None."""
        if self.engine == "jieba":
            return None
        try:
            import rjieba
        except ImportError:
            return None
        tok = self.tokenizer
        fast = rjieba.Jieba()
        dict_text = resources.files("policyie.extraction").joinpath("resources", DOMAIN_DICT).read_text("utf-8")
        for line in dict_text.splitlines():
            parts = line.split()
            if not parts or parts[0].startswith("#"):
                continue
            # the frequency jieba holds (it was given, or jieba suggested it when added)
            fast.add_word(parts[0], tok.FREQ[parts[0]], None)
        for w in self._extra:
            fast.add_word(w, tok.FREQ[w], None)
        return fast

    @property
    def tokenizer(self):  # noqa: ANN201 - jieba has no type stubs
        return self._parts[0]

    def pos(self, word: str) -> str:
        """The dictionary tag of ``word`` (``n``, ``v``, ``ns``, …), ``x`` for punctuation, ``?`` if unknown."""
        tag = self._parts[1].get(word)
        if tag:
            return tag
        return "?" if _CJK.search(word) else "x"

    def cut(self, text: str) -> list[str]:
        """The words of ``text`` as jieba cuts them (with its HMM for unknown words)."""
        fast = self._fast
        if fast is not None and not _JIEBA_ONLY.search(text):
            return fast.cut(text, True)
        return self.tokenizer.lcut(text, HMM=True)

    def words(self, text: str, offset: int = 0) -> Iterator[Word]:
        """Words of ``text`` with offsets shifted by ``offset`` (for slices of a document)."""
        tags = self._parts[1]
        pos = offset
        for w in self.cut(text):
            end = pos + len(w)
            yield Word(w, pos, end, tags.get(w) or ("?" if _CJK.search(w) else "x"))
            pos = end

    def lcut(self, text: str) -> list[str]:
        return self.tokenizer.lcut(text)
