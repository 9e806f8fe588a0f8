"""Hand-written entity labels → one line of a pointer-format gold file (``corpora/gold*/``).

A labeller who has read a document writes each mention as an *anchor*: the mention in
brackets with enough context around it to occur a known number of times in the text,
``'按照[省委]的部署'`` (or ``'按照[[省委]]的部署'``).  This module only turns anchors into
offsets and checks the result (every span equals its text, no overlaps, known labels,
the file's sha256): it never decides a label.  The ``make_*.py`` scripts of the
``gold-fresh*`` sets are built on it.

>>> d = AnchoredDoc.from_text("d", "src.txt", {}, "按照省委的部署，省委负责。")
>>> d.ctx("ORG", "按照[省委]的部署")
>>> d.every("ORG", "省委", 1, exclude=["按照[省委]的部署"])
>>> [(e["start"], e["text"]) for e in d.record()["entities"]]
[(2, '省委'), (8, '省委')]
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

from policyie.corpora.readers import read_document
from policyie.paths import shared_root

__all__ = ["LABELS", "AnchoredDoc", "item_count", "principle_parts", "split_anchor", "write_gold"]

LABELS = frozenset({"ORG", "STAFFING", "ITEM_COUNT", "DEADLINE", "PRINCIPLE", "DOC_NO", "DOC_TITLE"})
_ANCHOR = re.compile(r"(.*?)\[\[(.*)\]\](.*)|(.*?)\[(.*?)\](.*)", re.S)


def principle_parts(s: str) -> list[str]:
    """A PRINCIPLE's value: its parts split at 、，,；; (规划引领、保护优先 → two parts)."""
    return [p for p in re.split(r"[、，,；;]", s) if p]


def item_count(value: int, unit: str, **more) -> dict:
    """An ITEM_COUNT's normalised value, with any further keys given.

    >>> item_count(12, "项")
    {'value': 12, 'unit': '项'}
    """
    return {"value": value, "unit": unit, **more}


def split_anchor(pattern: str) -> tuple[str, str, str]:
    """``'left[mention]right'`` or ``'left[[mention]]right'`` → (left, mention, right)."""
    m = _ANCHOR.fullmatch(pattern)
    assert m, pattern
    g = m.groups()
    return g[:3] if g[1] is not None else g[3:]


class AnchoredDoc:
    """The labels of one document of ``../shared``, anchor by anchor."""

    def __init__(self, id: str, source: str, meta: dict, shared: str | Path | None = None) -> None:
        self.id, self.source, self.meta = id, source, meta
        self.path = Path(shared or shared_root() or "../shared") / source
        self.raw = self.path.read_bytes()
        self.text = read_document(self.path).text
        self.ents: list[dict] = []

    @classmethod
    def from_text(cls, id: str, source: str, meta: dict, text: str) -> "AnchoredDoc":
        """A document given as text (for examples and tests)."""
        d = cls.__new__(cls)
        d.id, d.source, d.meta, d.path, d.raw, d.text, d.ents = id, source, meta, None, text.encode(), text, []
        return d

    def ctx(self, label: str, pattern: str, n: int = 1, norm: object = None) -> None:
        """The mention of ``pattern`` (``'left[mention]right'``) at each of its ``n`` occurrences."""
        left, mention, right = split_anchor(pattern)
        hits = [k.start() for k in re.finditer(re.escape(left + mention + right), self.text)]
        assert len(hits) == n, (self.id, pattern, len(hits))
        for h in hits:
            s = h + len(left)
            self.add(label, s, s + len(mention), norm)

    def every(self, label: str, mention: str, n: int, exclude: tuple[str, ...] | list[str] = (),
              norm: object = None) -> None:
        """Every occurrence of ``mention`` (``n`` of them) except those inside an ``exclude`` anchor."""
        bad = set()
        for pattern in exclude:
            left, m, right = split_anchor(pattern)
            for k in re.finditer(re.escape(left + m + right), self.text):
                bad.add(k.start() + len(left))
        hits = [k.start() for k in re.finditer(re.escape(mention), self.text) if k.start() not in bad]
        assert len(hits) == n, (self.id, mention, len(hits))
        for h in hits:
            self.add(label, h, h + len(mention), norm)

    def check_all(self, name: str, n_text: int, n_lab: int, deliberate: tuple[str, ...] | list[str] = ()) -> None:
        """``name`` occurs ``n_text`` times, ``n_lab`` of them inside an ORG label so far; the
        others are the ``deliberate`` exclusions, each an anchor (``'全[市政府]采购'``) that
        occurs once."""
        hits = [m.start() for m in re.finditer(re.escape(name), self.text)]
        assert len(hits) == n_text, (name, len(hits))
        labelled = [(e["start"], e["end"]) for e in self.ents if e["label"] == "ORG"]
        lab = [h for h in hits if any(s <= h and h + len(name) <= e for s, e in labelled)]
        assert len(lab) == n_lab, (name, len(lab))
        assert len(deliberate) == n_text - n_lab, name
        for p in deliberate:
            left, m, right = split_anchor(p)
            assert m == name and self.text.count(left + m + right) == 1, p

    def check_value_shapes(self) -> None:
        """Every value has its type's shape: an ITEM_COUNT an int value and a unit, a
        DEADLINE the four keys, ORG and DOC_TITLE none."""
        for e in self.ents:
            if e["label"] == "ITEM_COUNT":
                assert isinstance(e["normalized"]["value"], int) and e["normalized"]["unit"], e
            if e["label"] in ("ORG", "DOC_TITLE"):
                assert e["normalized"] is None, e
            if e["label"] == "DEADLINE":
                assert set(e["normalized"]) == {"date", "precision", "relation", "recurring"}, e

    def add(self, label: str, s: int, e: int, norm: object) -> None:
        assert label in LABELS, label
        if label == "PRINCIPLE" and norm is None:
            norm = principle_parts(self.text[s:e])
        self.ents.append({"start": s, "end": e, "label": label, "text": self.text[s:e], "normalized": norm})

    def record(self) -> dict:
        """The pointer-format line: entities sorted and checked (spans, no overlaps)."""
        self.ents.sort(key=lambda x: (x["start"], x["end"]))
        for a, b in zip(self.ents, self.ents[1:]):
            assert a["end"] <= b["start"], (self.id, a, b)
        for x in self.ents:
            assert self.text[x["start"]:x["end"]] == x["text"]
        return {"id": self.id, "source": self.source, "sha256": hashlib.sha256(self.raw).hexdigest(),
                "meta": self.meta, "entities": self.ents}

    def counts(self) -> Counter:
        return Counter(e["label"] for e in self.ents)


def write_gold(path: str | Path, docs: list[AnchoredDoc]) -> None:
    """Write the documents' lines to ``path``, read them back and check them against the texts."""
    path = Path(path)
    records = [d.record() for d in docs]
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    back = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(back) == len(docs)
    for r, d in zip(back, docs):
        assert r["sha256"] == hashlib.sha256(d.raw).hexdigest()
        for e in r["entities"]:
            assert d.text[e["start"]:e["end"]] == e["text"] and e["label"] in LABELS
        print(r["id"], dict(d.counts()), len(r["entities"]))
