"""Scoring predictions against gold, in the manner of nervaluate.

Per label and micro over all labels, two schemes:

- strict: a prediction is correct when label, start and end all equal a gold mention's;
- partial: same label and overlapping spans; an exact match is correct (COR), an
  overlap that is not exact is partial (PAR) and counts half:
  ``P = (COR + 0.5·PAR) / ACT``, ``R = (COR + 0.5·PAR) / POS``.

Matching is one-to-one within a document and label: exact pairs first, then a maximum
matching of the remaining overlapping pairs (larger overlaps preferred).  Unlike
nervaluate, which lets several predictions overlap one gold mention, each mention is used
once, so ``gold = correct + partial + missed`` and ``predicted = correct + partial +
spurious`` always hold.

Precision is None when nothing was predicted, recall None when there is no gold; F1 is
0.0 when only one of them is None (all missed, or all spurious) and None when both are.

Value accuracy is measured on strict matches whose gold has a normalised value (gold
``normalized`` not None): after a JSON round trip, every key present in the gold value
must be present and equal in the predicted one (extra predicted keys are ignored, nested
objects likewise); lists must be equal lists.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from policyie.records import LABELS, Mention, SpanError, check_span

from .gold import GoldDocument

__all__ = [
    "Counts",
    "Scores",
    "LabelScores",
    "Counterpart",
    "ErrorItem",
    "ValueMismatch",
    "EvalReport",
    "evaluate",
    "values_match",
]

MICRO = "micro"


@dataclass(frozen=True)
class Counts:
    """nervaluate's counts: ``gold`` = POS, ``predicted`` = ACT, and the disjoint
    ``correct`` (exact), ``partial`` (overlap, not exact), ``missed`` (gold with no
    overlapping prediction) and ``spurious`` (prediction with no overlapping gold)."""

    gold: int = 0
    predicted: int = 0
    correct: int = 0
    partial: int = 0
    missed: int = 0
    spurious: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(*(a + b for a, b in zip(dataclasses.astuple(self), dataclasses.astuple(other))))

    def to_json(self) -> dict[str, int]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Scores:
    """Precision, recall and F1 (None where undefined: see the module docstring)."""

    precision: float | None
    recall: float | None
    f1: float | None

    @classmethod
    def from_counts(cls, hits: float, predicted: int, gold: int) -> "Scores":
        p = hits / predicted if predicted else None
        r = hits / gold if gold else None
        if p is None and r is None:
            f1 = None
        elif p is None or r is None or p + r == 0:
            f1 = 0.0
        else:
            f1 = 2 * p * r / (p + r)
        return cls(p, r, f1)

    def to_json(self) -> dict[str, float | None]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class LabelScores:
    """Counts and scores for one label (or ``"micro"``)."""

    label: str
    counts: Counts
    value_total: int = 0
    value_correct: int = 0

    @property
    def strict(self) -> Scores:
        c = self.counts
        return Scores.from_counts(c.correct, c.predicted, c.gold)

    @property
    def partial(self) -> Scores:
        c = self.counts
        return Scores.from_counts(c.correct + 0.5 * c.partial, c.predicted, c.gold)

    @property
    def value_accuracy(self) -> float | None:
        return self.value_correct / self.value_total if self.value_total else None

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "counts": self.counts.to_json(),
            "strict": self.strict.to_json(),
            "partial": self.partial.to_json(),
            "value": {"total": self.value_total, "correct": self.value_correct,
                      "accuracy": self.value_accuracy},
        }


@dataclass(frozen=True)
class Counterpart:
    """The mention on the other side of a partial match."""

    start: int
    end: int
    text: str
    source: str = ""

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class ErrorItem:
    """A gold mention without an exact prediction (in ``missed``) or a prediction without
    an exact gold mention (in ``spurious``).  ``overlap`` is the counterpart when the
    mention was matched partially, else None: so a list holds the partials (with their
    counterpart) and the pure misses / spurious mentions (without)."""

    doc_id: str
    label: str
    start: int
    end: int
    text: str
    source: str = ""
    overlap: Counterpart | None = None

    def to_json(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["overlap"] = self.overlap.to_json() if self.overlap else None
        return d


@dataclass(frozen=True)
class ValueMismatch:
    """A strict match whose predicted value differs from the gold value (both after a
    JSON round trip)."""

    doc_id: str
    label: str
    start: int
    end: int
    text: str
    gold: Any
    predicted: Any
    source: str = ""

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class EvalReport:
    """The result of ``evaluate``.

    ``labels`` has one row per label (the guideline labels in order, then any other label
    predicted); ``missed`` / ``spurious`` list every mention without an exact counterpart
    (partials carry ``overlap``), in document order; ``notes`` records what the scorer
    noticed but did not score (predictions for unknown documents, predicted text that does
    not match the gold text at its offsets, failed extractions); ``peers`` holds reports
    of baseline systems on the same gold, by name.
    """

    documents: int
    labels: tuple[LabelScores, ...]
    micro: LabelScores
    missed: tuple[ErrorItem, ...] = ()
    spurious: tuple[ErrorItem, ...] = ()
    value_errors: tuple[ValueMismatch, ...] = ()
    notes: tuple[str, ...] = ()
    peers: Mapping[str, "EvalReport"] = field(default_factory=dict)

    def label(self, name: str) -> LabelScores:
        """The row for one label (``"micro"`` for the micro row)."""
        if name == MICRO:
            return self.micro
        for row in self.labels:
            if row.label == name:
                return row
        raise KeyError(name)

    def to_json(self) -> dict[str, Any]:
        """A JSON-serialisable dict of everything in the report."""
        return {
            "documents": self.documents,
            "micro": self.micro.to_json(),
            "labels": {row.label: row.to_json() for row in self.labels},
            "missed": [e.to_json() for e in self.missed],
            "spurious": [e.to_json() for e in self.spurious],
            "value_errors": [e.to_json() for e in self.value_errors],
            "notes": list(self.notes),
            "peers": {name: r.to_json() for name, r in self.peers.items()},
        }


# --------------------------------------------------------------------------- values


def _json_default(v: Any) -> Any:
    if hasattr(v, "to_json"):
        return v.to_json()
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        return dataclasses.asdict(v)
    if isinstance(v, (_dt.date, _dt.datetime, _dt.time)):
        return v.isoformat()
    if isinstance(v, (set, frozenset)):
        return sorted(v, key=repr)
    raise TypeError(f"not JSON-serialisable: {v!r}")


def _round_trip(v: Any) -> Any:
    """The value as it would be written to and read from JSONL (tuples become lists…)."""
    try:
        return json.loads(json.dumps(v, ensure_ascii=False, default=_json_default))
    except (TypeError, ValueError):
        # An unserialisable predicted value cannot equal a gold value; keep its repr so
        # the error list shows what it was.
        return repr(v)


def _same(a: Any, b: Any) -> bool:
    # JSON true is not 1: compare booleans by type as well.
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dict) or isinstance(b, dict):
        return isinstance(a, dict) and isinstance(b, dict) and a.keys() == b.keys() \
            and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) or isinstance(b, list):
        return isinstance(a, list) and isinstance(b, list) and len(a) == len(b) \
            and all(_same(x, y) for x, y in zip(a, b))
    return a == b


_MISSING = object()


def values_match(gold: Any, predicted: Any) -> bool:
    """True when ``predicted`` agrees with ``gold`` on every key the gold value has
    (recursively for objects); lists and scalars must be equal.  Both sides are compared
    after a JSON round trip."""
    return _covers(_round_trip(gold), _round_trip(predicted))


def _covers(g: Any, p: Any) -> bool:
    if isinstance(g, dict):
        if not isinstance(p, dict):
            return False
        # A key the prediction leaves out is a mismatch, even where gold has null.
        return all(_covers(v, p.get(k, _MISSING)) for k, v in g.items())
    if p is _MISSING:
        return False
    return _same(g, p)


# --------------------------------------------------------------------------- matching


def _overlap(a: Mention, b: Mention) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def _max_matching(adj: list[list[int]], n_right: int,
                  start: dict[int, int] | None = None) -> dict[int, int]:
    """Maximum bipartite matching (augmenting paths, iterative DFS) grown from ``start``;
    ``adj[u]`` lists the right nodes of left node ``u`` in order of preference.  Returns
    left -> right.  Augmenting never unmatches a node, so the pairs of ``start`` change
    only where that lets one more pair in."""
    match_l: dict[int, int] = dict(start or {})
    match_r: list[int] = [-1] * n_right
    for u, v in match_l.items():
        match_r[v] = u
    for u in range(len(adj)):
        if u in match_l:
            continue
        seen = [False] * n_right
        reached_from: dict[int, int] = {}
        stack = [(u, iter(adj[u]))]
        found = -1
        while stack and found < 0:
            x, it = stack[-1]
            for v in it:
                if seen[v]:
                    continue
                seen[v] = True
                reached_from[v] = x
                if match_r[v] < 0:
                    found = v
                else:
                    stack.append((match_r[v], iter(adj[match_r[v]])))
                break
            else:
                stack.pop()
        v = found
        while v >= 0:
            x = reached_from[v]
            previous = match_l.get(x, -1)
            match_r[v] = x
            match_l[x] = v
            v = -1 if x == u else previous
    return match_l


@dataclass
class _Tally:
    counts: Counts = field(default_factory=Counts)
    value_total: int = 0
    value_correct: int = 0


def _score_label(doc_id: str, gold: list[Mention], pred: list[Mention], tally: _Tally,
                 missed: list[ErrorItem], spurious: list[ErrorItem],
                 value_errors: list[ValueMismatch]) -> None:
    """Match one label's mentions in one document and add to the tally and lists."""
    # Exact pairs first: an exact match must never be traded for two partial ones.
    free_pred: dict[tuple[int, int], list[int]] = {}
    for j, p in enumerate(pred):
        free_pred.setdefault((p.start, p.end), []).append(j)
    exact: dict[int, int] = {}
    for i, g in enumerate(gold):
        js = free_pred.get((g.start, g.end))
        if js:
            exact[i] = js.pop(0)
    used_pred = set(exact.values())
    rest_g = [i for i in range(len(gold)) if i not in exact]
    rest_p = [j for j in range(len(pred)) if j not in used_pred]
    adj: list[list[int]] = []
    edges: list[tuple[int, int, int]] = []
    for a, i in enumerate(rest_g):
        cands = [b for b, j in enumerate(rest_p) if _overlap(gold[i], pred[j]) > 0]
        cands.sort(key=lambda b: (-_overlap(gold[i], pred[rest_p[b]]), pred[rest_p[b]].start))
        adj.append(cands)
        edges += [(-_overlap(gold[i], pred[rest_p[b]]), a, b) for b in cands]
    # Larger overlaps pair first; augmenting paths then add what greed left out.
    greedy: dict[int, int] = {}
    taken: set[int] = set()
    for _, a, b in sorted(edges):
        if a not in greedy and b not in taken:
            greedy[a] = b
            taken.add(b)
    partial = {rest_g[a]: rest_p[b] for a, b in _max_matching(adj, len(rest_p), greedy).items()}
    partial_of_pred = {j: i for i, j in partial.items()}

    n_correct, n_partial = len(exact), len(partial)
    tally.counts = tally.counts + Counts(
        gold=len(gold), predicted=len(pred), correct=n_correct, partial=n_partial,
        missed=len(gold) - n_correct - n_partial, spurious=len(pred) - n_correct - n_partial)

    for i, j in exact.items():
        g, p = gold[i], pred[j]
        if g.normalized is None:
            continue
        tally.value_total += 1
        if values_match(g.normalized, p.normalized):
            tally.value_correct += 1
        else:
            value_errors.append(ValueMismatch(doc_id, g.label, g.start, g.end, g.text,
                                              _round_trip(g.normalized), _round_trip(p.normalized),
                                              p.source))
    for i in rest_g:
        g = gold[i]
        j = partial.get(i)
        other = None if j is None else Counterpart(pred[j].start, pred[j].end, pred[j].text, pred[j].source)
        missed.append(ErrorItem(doc_id, g.label, g.start, g.end, g.text, g.source, other))
    for j in rest_p:
        p = pred[j]
        i = partial_of_pred.get(j)
        other = None if i is None else Counterpart(gold[i].start, gold[i].end, gold[i].text, gold[i].source)
        spurious.append(ErrorItem(doc_id, p.label, p.start, p.end, p.text, p.source, other))


def evaluate(gold: Sequence[GoldDocument], predictions: Mapping[str, Sequence[Mention]]) -> EvalReport:
    """Score ``predictions`` (mentions by document id) against ``gold``.

    A gold document missing from ``predictions`` counts as predicting nothing; predictions
    for documents not in ``gold`` are not scored but named in ``notes``.
    """
    tallies: dict[str, _Tally] = {label: _Tally() for label in LABELS}
    missed: list[ErrorItem] = []
    spurious: list[ErrorItem] = []
    value_errors: list[ValueMismatch] = []
    notes: list[str] = []
    gold_ids = set()
    for doc in gold:
        gold_ids.add(doc.doc_id)
        preds = list(predictions.get(doc.doc_id, ()))
        bad = []
        for m in preds:
            try:
                check_span(doc.text, m.start, m.end, m.text)
            except SpanError as e:
                bad.append(f"{m.label} {m.source or '?'}: {e}")
        if bad:
            # Scored by offsets all the same; a mismatch means an offset bug or a
            # different text version, which the reader of the report must know about.
            notes.append(f"{doc.doc_id}: {len(bad)} predicted mention(s) do not match the gold text "
                         f"at their offsets; first: {bad[0]}")
        by_label_g: dict[str, list[Mention]] = {}
        by_label_p: dict[str, list[Mention]] = {}
        for m in doc.mentions:
            by_label_g.setdefault(m.label, []).append(m)
        for m in sorted(preds, key=lambda m: (m.start, m.end, m.label)):
            by_label_p.setdefault(m.label, []).append(m)
        for label in sorted(set(by_label_g) | set(by_label_p), key=_label_order):
            tally = tallies.setdefault(label, _Tally())
            _score_label(doc.doc_id, by_label_g.get(label, []), by_label_p.get(label, []),
                         tally, missed, spurious, value_errors)
    unknown = sorted(set(predictions) - gold_ids)
    if unknown:
        shown = ", ".join(unknown[:5]) + (", …" if len(unknown) > 5 else "")
        notes.append(f"predictions for {len(unknown)} document(s) not in the gold set, not scored: {shown}")

    order = {doc.doc_id: n for n, doc in enumerate(gold)}

    def position(e: ErrorItem | ValueMismatch) -> tuple:
        return order[e.doc_id], e.start, e.end, _label_order(e.label)

    rows = tuple(LabelScores(label, t.counts, t.value_total, t.value_correct)
                 for label, t in sorted(tallies.items(), key=lambda kv: _label_order(kv[0])))
    total = Counts()
    for row in rows:
        total = total + row.counts
    micro = LabelScores(MICRO, total, sum(r.value_total for r in rows), sum(r.value_correct for r in rows))
    return EvalReport(
        documents=len(gold),
        labels=rows,
        micro=micro,
        missed=tuple(sorted(missed, key=position)),
        spurious=tuple(sorted(spurious, key=position)),
        value_errors=tuple(sorted(value_errors, key=position)),
        notes=tuple(notes),
    )


def _label_order(label: str) -> tuple[int, str]:
    return (LABELS.index(label), "") if label in LABELS else (len(LABELS), label)
