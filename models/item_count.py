"""Training of ITEM_COUNT's learned decision (``policyie train item-count``).

Every count of a labelled document (a number with a measure word: 27个, 十大, 超80项) is a
candidate; its label is whether the gold holds it as an ITEM_COUNT.  A logistic model over the
count's context and the rules' answer (``extraction.extractors.item_count.features``) is trained
on every labelled set and shipped as plain weights in
``extraction/resources/item_count_decision.json``.  Its threshold, and the figures printed, come
from cross-validation that leaves whole labelled sets out (a set's documents are never split
between training and scoring), rules and model side by side.

>>> rows = candidate_rows([_Doc("d", "设置工作机构7个，新建项目5个。", ((6, 8),))])
>>> [(r.text, r.rules_keep, r.gold) for r in rows]
[('7个', True, True), ('5个', False, False)]
"""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, NamedTuple, Sequence

from policyie.extraction.extractors import item_count as IC
from policyie.extraction.linear import LinearDecision
from policyie.extraction.textview import View
from policyie.paths import REPO_ROOT, shared_path

__all__ = ["candidate_rows", "cross_validate", "fit", "labelled_sets", "train_cli"]

C = 3.0  # inverse regularisation; 1 / 3 / 10 were within 0.005 of F1 in leave-sets-out CV
MIN_COUNT = 3  # a feature seen fewer times among the training candidates is not learned (size of the file)
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


class _Doc(NamedTuple):  # the part of a gold document the rows need
    doc_id: str
    text: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Row:
    group: str       # the labelled set (folder) of the document
    doc_id: str
    start: int       # offsets into the document text
    end: int
    text: str
    rules_keep: bool
    gold: bool
    features: dict | None  # None: a gold count that is no candidate (always missed)


def labelled_sets() -> list[Path]:
    """The dev set (``../shared/devset``) and every ``corpora/gold*`` folder."""
    sets = sorted(p for p in (REPO_ROOT / "corpora").glob("gold*") if p.is_dir() and any(p.glob("*.jsonl")))
    devset = shared_path("devset")
    if devset is not None and devset.is_dir():
        sets.insert(0, devset)
    return sets


def candidate_rows(docs: Iterable, group: str = "") -> list[Row]:
    """One row per candidate count of each document, plus one per gold count that is none."""
    rows: list[Row] = []
    for d in docs:
        spans = getattr(d, "spans", None)
        if spans is None:  # a GoldDocument
            spans = tuple((m.start, m.end) for m in d.mentions if m.label == IC.LABEL)
        gold = set(spans)
        view = View.of(d.text)
        seen = set()
        for q, keep in IC._candidates(view.text):
            s, e = view.span(q.start, q.end)
            seen.add((s, e))
            rows.append(Row(group, d.doc_id, s, e, d.text[s:e], keep, (s, e) in gold, IC.features(view.text, q, keep)))
        rows += [Row(group, d.doc_id, s, e, d.text[s:e], False, True, None) for s, e in sorted(gold - seen)]
    return rows


def fit(rows: Sequence[Row], c: float = C, threshold: float = 0.5, meta: dict | None = None) -> LinearDecision:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    train = [r for r in rows if r.features is not None]
    seen = Counter(k for r in train for k in r.features)
    dv = DictVectorizer()
    x = dv.fit_transform([{k: v for k, v in r.features.items() if seen[k] >= MIN_COUNT} for r in train])
    lr = LogisticRegression(C=c, max_iter=5000).fit(x, [int(r.gold) for r in train])
    weights = {name: round(float(w), 4) for name, w in zip(dv.get_feature_names_out(), lr.coef_[0])
               if abs(w) >= 5e-4}
    return LinearDecision(weights, round(float(lr.intercept_[0]), 4), threshold, meta or {})


def _prf(rows: Sequence[Row], chosen: Callable[[Row], bool]) -> dict:
    gold = sum(r.gold for r in rows)
    pred = [r for r in rows if r.features is not None and chosen(r)]
    tp = sum(r.gold for r in pred)
    p = tp / len(pred) if pred else 0.0
    rec = tp / gold if gold else 0.0
    return {"gold": gold, "predicted": len(pred), "correct": tp, "precision": round(p, 4), "recall": round(rec, 4),
            "f1": round(2 * p * rec / (p + rec), 4) if p + rec else 0.0}


def cross_validate(rows: Sequence[Row], folds: int = 5, seed: int = 0, c: float = C) -> dict:
    """Leave-sets-out cross-validation: the labelled sets dealt into ``folds`` folds, each scored
    by a model of the others.  Returns the rules' figures, the model's at each threshold, and
    the threshold of the best F1."""
    groups = sorted({r.group for r in rows})
    random.Random(seed).shuffle(groups)
    fold_of = {g: i % folds for i, g in enumerate(groups)}
    prob: dict[int, float] = {}  # by id(row): out of fold
    for k in range(folds):
        model = fit([r for r in rows if fold_of[r.group] != k], c)
        prob.update((id(r), model.probability(r.features)) for r in rows
                    if fold_of[r.group] == k and r.features is not None)
    by_t = {t: _prf(rows, lambda r, t=t: prob[id(r)] >= t) for t in THRESHOLDS}
    best = max(THRESHOLDS, key=lambda t: (by_t[t]["f1"], -abs(t - 0.5)))
    return {"rules": _prf(rows, lambda r: r.rules_keep), "model": by_t, "threshold": best,
            "folds": folds, "sets": len(groups)}


def train_cli(out: str | Path | None = None, *, seed: int = 13, leave_out: Sequence[str] = (),
              log: Callable[[str], None] = print) -> int:
    """Train on every labelled set, choose the threshold by leave-sets-out CV, write the weights
    into the folder ``out`` (default: ``extraction/resources``, the shipped decision)."""
    from policyie.evaluation.gold import load_gold

    sets = [s for s in labelled_sets() if s.name not in set(leave_out)]
    if not sets:
        log("train item-count: no labelled sets found (corpora/gold*, ../shared/devset)")
        return 2
    rows: list[Row] = []
    for s in sets:
        try:
            docs = load_gold(s)
        except (OSError, ValueError) as e:  # a pointer set whose texts are not here
            log(f"train item-count: {s.name}: skipped ({e})")
            continue
        rows += candidate_rows(docs, s.name)
    cv = cross_validate(rows, seed=seed)
    t = cv["threshold"]
    log(f"train item-count: {len(rows)} candidates of {len({(r.group, r.doc_id) for r in rows})} documents in "
        f"{cv['sets']} labelled sets; leave-sets-out CV ({cv['folds']} folds):")
    log(f"  rules     P {cv['rules']['precision']:.3f} R {cv['rules']['recall']:.3f} F1 {cv['rules']['f1']:.3f}")
    m = cv["model"][t]
    log(f"  learned   P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f} (threshold {t})")
    meta = {"trained_on": [s.name for s in sets], "left_out": sorted(leave_out), "candidates": len(rows), "c": C,
            "cv": {"rules": cv["rules"], "learned": m, "threshold": t, "folds": cv["folds"]}}
    model = fit(rows, C, t, meta)
    path = (Path(out) if out else REPO_ROOT / "extraction" / "resources") / IC.DECISION_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    log(f"train item-count: {len(model.weights)} weights -> {path}")
    return 0
