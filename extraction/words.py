"""Word segmentation through an owned ``jieba.Tokenizer`` with the project's domain dictionary.

Each ``WordSegmenter`` builds its own tokenizer: never the module-level ``jieba.cut`` or
``jieba.add_word``, whose state is shared by every user of jieba in the process.

>>> seg = WordSegmenter()
>>> [w.text for w in seg.words("配合单位:农牧局、住建局")][:3]
['配合单位', ':', '农牧局']
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import Iterator

DOMAIN_DICT = "domain_dict.txt"


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int
    pos: str  # jieba dictionary tag, "x" for punctuation, "?" for words not in the dictionary


class WordSegmenter:
    """Owns a ``jieba.Tokenizer`` loaded with jieba's dictionary plus ``resources/domain_dict.txt``.

    Construction is cheap; the dictionary loads on first use (about half a second).
    """

    def __init__(self, extra_words: tuple[str, ...] = ()) -> None:
        self._extra = extra_words

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

    @property
    def tokenizer(self):  # noqa: ANN201 - jieba has no type stubs
        return self._parts[0]

    def pos(self, word: str) -> str:
        """The dictionary tag of ``word`` (``n``, ``v``, ``ns``, …), ``x`` for punctuation, ``?`` if unknown."""
        tag = self._parts[1].get(word)
        if tag:
            return tag
        if not any("\u4e00" <= ch <= "\u9fff" for ch in word):
            return "x"
        return "?"

    def words(self, text: str, offset: int = 0) -> Iterator[Word]:
        """Words of ``text`` with offsets shifted by ``offset`` (for slices of a document)."""
        tok = self.tokenizer
        pos = 0
        for w in tok.cut(text, HMM=True):
            yield Word(w, offset + pos, offset + pos + len(w), self.pos(w))
            pos += len(w)

    def lcut(self, text: str) -> list[str]:
        return self.tokenizer.lcut(text)
