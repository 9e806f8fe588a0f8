"""Measure alignment: the same measure in two documents, copied or reworded.

For every family (:mod:`families`) and every document pair inside it whose regions
differ, the candidates of :mod:`candidates` are scored by a logistic pair classifier
(:class:`PairModel`, trained on the hand-aligned pairs of ``corpora/align-gold/tune.jsonl``
by :func:`train`, shipped as ``compare/resources/pair_model.json``) and kept when the
calibrated probability reaches ``threshold``.  A kept pair is a ``duplicate`` when its
compared texts share at least ``duplicate_jaccard`` of their character 3-grams, else a
``same-measure`` pair.

>>> pairs = align(con)                                  # doctest: +SKIP
>>> pairs[["text_a", "text_b", "relation", "score"]]    # doctest: +SKIP
"""

from __future__ import annotations

import importlib.resources
import json
from dataclasses import dataclass
from itertools import combinations
from typing import Iterator, Sequence

import numpy as np
import pandas as pd

from policyie.compare.candidates import FEATURES, pair_candidates
from policyie.compare.families import families as find_families
from policyie.compare.units import article_ids, measure_units
from policyie.compare.vectors import comparable_texts, unit_vectors

__all__ = ["AlignParams", "PairModel", "align", "align_units", "doc_pairs", "PAIR_COLUMNS", "train_model"]

SIDE_COLUMNS = ["unit", "doc_key", "doc_id", "region", "date", "start", "end", "text"]
PAIR_COLUMNS = ["family", "relation", "score"] + [f"{c}_{s}" for s in "ab" for c in SIDE_COLUMNS]


@dataclass(frozen=True)
class AlignParams:
    #: Each unit's k best counterparts in both directions are candidates.
    k: int = 3
    #: Similarity below which the monotonic path prefers to skip a cell.
    tau: float = 0.25
    #: Probability from which a candidate is reported (chosen on the tuned pairs, see the model card).
    threshold: float | None = None
    #: 3-gram Jaccard of the compared texts from which a pair is a duplicate.
    duplicate_jaccard: float | None = None
    #: Documents a document is compared with inside its family (the most alike first).
    max_partners: int = 12
    #: Units shorter than this (compared characters) are not aligned (headings, 附则).
    min_chars: int = 6


class PairModel:
    """Logistic regression over :data:`FEATURES` (standardised), as plain numbers."""

    def __init__(self, mean, scale, coef, intercept, threshold: float = 0.5,
                 duplicate_jaccard: float = 0.5, meta: dict | None = None) -> None:
        self.mean = np.asarray(mean, dtype=float)
        self.scale = np.asarray(scale, dtype=float)
        self.coef = np.asarray(coef, dtype=float)
        self.intercept = float(intercept)
        self.threshold = float(threshold)
        self.duplicate_jaccard = float(duplicate_jaccard)
        self.meta = meta or {}

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        z = ((X - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def to_json(self) -> dict:
        return {"features": FEATURES, "mean": self.mean.tolist(), "scale": self.scale.tolist(),
                "coef": self.coef.tolist(), "intercept": self.intercept, "threshold": self.threshold,
                "duplicate_jaccard": self.duplicate_jaccard, "meta": self.meta}

    @classmethod
    def from_json(cls, d: dict) -> "PairModel":
        if d.get("features") != FEATURES:
            raise ValueError("pair model was trained on other features; retrain with `policyie train pairs`")
        return cls(d["mean"], d["scale"], d["coef"], d["intercept"], d.get("threshold", 0.5),
                   d.get("duplicate_jaccard", 0.5), d.get("meta"))

    @classmethod
    def shipped(cls) -> "PairModel":
        path = importlib.resources.files("policyie.compare").joinpath("resources/pair_model.json")
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))


def train_model(X: np.ndarray, y: np.ndarray, *, C: float = 1.0, threshold: float = 0.5,
                duplicate_jaccard: float = 0.5, meta: dict | None = None) -> PairModel:
    """Fit the pair classifier on candidate features ``X`` and gold labels ``y``."""
    from sklearn.linear_model import LogisticRegression

    mean = X.mean(0)
    scale = X.std(0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=C, max_iter=2000).fit((X - mean) / scale, y)
    return PairModel(mean, scale, lr.coef_[0], lr.intercept_[0], threshold, duplicate_jaccard, meta)


def doc_pairs(docs: pd.DataFrame, vectors, unit_doc: np.ndarray, max_partners: int,
              min_partner: float = 0.4) -> list[tuple[str, str]]:
    """Document pairs to align, each ``(a, b)`` with ``a < b``:

    * inside each family, documents of different regions, each with at most
      ``max_partners`` partners (the most alike by the cosine of unit-vector centroids);
    * a document with no partner in its family (a plan whose title is its own) is paired
      with the most alike document of another region when their centroids reach
      ``min_partner``, so that two regions' plans on the same reform are still compared.
    """
    from sklearn.preprocessing import normalize

    keys = list(docs["doc_key"])
    if len(keys) < 2:
        return []
    region = dict(zip(docs["doc_key"], docs["region"]))
    family = dict(zip(docs["doc_key"], docs["family_id"]))
    rows = {k: np.flatnonzero(unit_doc == k) for k in keys}
    present = [k for k in keys if len(rows[k])]
    cents = normalize(np.vstack([np.asarray(vectors[rows[k]].mean(0)) for k in present])) if present else None
    pos = {k: i for i, k in enumerate(present)}

    def other_region(a: str, b: str) -> bool:
        return a != b and (region[a] != region[b] or not region[a])

    seen: set[tuple[str, str]] = set()
    for _, fam in docs.groupby("family_id", sort=True):
        members = [k for k in fam["doc_key"] if k in pos]
        if len(members) < 2:
            continue
        idx = [pos[k] for k in members]
        sim = cents[idx] @ cents[idx].T
        for x, a in enumerate(members):
            n = 0
            for y in np.argsort(-sim[x], kind="stable"):
                b = members[y]
                if not other_region(a, b):
                    continue
                seen.add((a, b) if a < b else (b, a))
                n += 1
                if n >= max_partners:
                    break
    paired = {k for p in seen for k in p}
    for a in present:
        if a in paired:
            continue
        sim = cents @ cents[pos[a]]
        for y in np.argsort(-sim, kind="stable"):
            b = present[y]
            if sim[y] < min_partner:
                break
            if other_region(a, b) and family[b] != family[a] or (other_region(a, b) and len(present) == 2):
                seen.add((a, b) if a < b else (b, a))
                break
    return sorted(seen)


def align_units(units: pd.DataFrame, texts: list[str], vectors, a: str, b: str, model: PairModel,
                params: AlignParams, *, keep_all: bool = False) -> pd.DataFrame:
    """Scored candidate pairs of documents ``a`` and ``b`` (unit ids, features, score).
    ``keep_all`` keeps candidates under the threshold (for training and calibration)."""
    ia = np.flatnonzero((units["doc_key"] == a).to_numpy() & units["_ok"].to_numpy())
    ib = np.flatnonzero((units["doc_key"] == b).to_numpy() & units["_ok"].to_numpy())
    if len(ia) == 0 or len(ib) == 0:
        return pd.DataFrame(columns=["unit_a", "unit_b", "score", "jaccard", *FEATURES])
    va, vb = vectors[ia], vectors[ib]
    S = (va @ vb.T).toarray()
    lead = (units["kind"] == "lead-in").to_numpy()
    raw = units["text"].to_numpy()
    art_a, art_b = article_ids(raw[ia]), article_ids(raw[ib])
    SA = (_article_vectors(va, art_a) @ _article_vectors(vb, art_b).T).toarray()
    ca, cb = np.asarray(va.mean(0)).ravel(), np.asarray(vb.mean(0)).ravel()
    doc_cos = float(ca @ cb / ((np.linalg.norm(ca) * np.linalg.norm(cb)) or 1.0))
    cells, X = pair_candidates(S, [texts[i] for i in ia], [texts[i] for i in ib], lead[ia], lead[ib],
                               art_a, art_b, SA, k=params.k, tau=params.tau, doc_cos=doc_cos)
    score = model.predict_proba(X)
    threshold = model.threshold if params.threshold is None else params.threshold
    keep = np.ones(len(cells), bool) if keep_all else score >= threshold
    out = pd.DataFrame(X[keep], columns=FEATURES)
    out.insert(0, "score", score[keep])
    out.insert(0, "unit_b", units["unit_id"].to_numpy()[ib[cells[keep, 1]]])
    out.insert(0, "unit_a", units["unit_id"].to_numpy()[ia[cells[keep, 0]]])
    return out


def _article_vectors(v, art: np.ndarray):
    """Row-normalised sums of the unit vectors of each article."""
    from scipy import sparse
    from sklearn.preprocessing import normalize

    g = sparse.csr_matrix((np.ones(len(art)), (art, np.arange(len(art)))), shape=(int(art.max()) + 1, len(art)))
    return normalize(g @ v)


def prepare(con, doc_keys: Sequence[str] | None = None, *, min_chars: int = 6):
    """Units, their compared texts and vectors, and the documents with their families."""
    units = measure_units(con, doc_keys)
    texts = comparable_texts(units)
    units["_ok"] = [len(t) >= min_chars for t in texts]
    vectors = unit_vectors(texts)
    cond = "" if doc_keys is None else "WHERE doc_key IN (SELECT unnest(?::VARCHAR[]))"
    docs = con.execute(f"SELECT doc_key, title, province, city, county, date, text FROM documents {cond}",
                       [] if doc_keys is None else [list(doc_keys)]).df()
    fam = find_families(docs)
    docs = docs.drop(columns=["text"]).merge(fam, on="doc_key")
    docs["region"] = docs["doc_key"].map(units.drop_duplicates("doc_key").set_index("doc_key")["region"]).fillna("")
    return units, texts, vectors, docs


def align(con, *, doc_keys: Sequence[str] | None = None, family: str | None = None,
          params: AlignParams | None = None, model: PairModel | None = None, prepared=None,
          pairs: Sequence[tuple[str, str]] | None = None) -> pd.DataFrame:
    """Aligned measure pairs of a store (all documents, or ``doc_keys``; one ``family`` by
    name or part of it), one row per pair with both sides spelled out (:data:`PAIR_COLUMNS`),
    sorted by family, documents and position.  ``pairs`` fixes the document pairs."""
    params = params or AlignParams()
    model = model or PairModel.shipped()
    units, texts, vectors, docs = prepared or prepare(con, doc_keys, min_chars=params.min_chars)
    if family:
        docs = docs[docs["family"].str.contains(family, regex=False)]
    unit_doc = units["doc_key"].to_numpy()
    todo = list(pairs) if pairs is not None else doc_pairs(docs, vectors, unit_doc, params.max_partners)
    frames = [align_units(units, texts, vectors, a, b, model, params) for a, b in todo]
    found = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["unit_a", "unit_b", "score", "jaccard"])
    return pairs_frame(units, docs, found, model.duplicate_jaccard if params.duplicate_jaccard is None
                       else params.duplicate_jaccard)


def pairs_frame(units: pd.DataFrame, docs: pd.DataFrame, found: pd.DataFrame, duplicate_jaccard: float) -> pd.DataFrame:
    """Scored unit pairs spelled out: family, relation, score and both sides."""
    u = units.set_index("unit_id")
    out = pd.DataFrame({"family": pd.Series(dtype=str)})
    if len(found):
        fam = dict(zip(docs["doc_key"], docs["family"]))
        out = pd.DataFrame({
            "family": [fa if fa == fb else f"{fa} / {fb}" for fa, fb in
                       zip((fam.get(k, "") for k in u.loc[found["unit_a"].to_numpy(), "doc_key"]),
                           (fam.get(k, "") for k in u.loc[found["unit_b"].to_numpy(), "doc_key"]))],
            "relation": np.where(found["jaccard"].to_numpy() >= duplicate_jaccard, "duplicate", "same-measure"),
            "score": found["score"].round(4).to_numpy(),
        })
        for side, col in (("a", "unit_a"), ("b", "unit_b")):
            sub = u.loc[found[col].to_numpy()]
            out[f"unit_{side}"] = found[col].to_numpy()
            for c in SIDE_COLUMNS[1:]:
                out[f"{c}_{side}"] = sub[c].to_numpy()
        out = out.sort_values(["family", "doc_key_a", "doc_key_b", "start_a", "start_b"], kind="stable")
    return out.reindex(columns=PAIR_COLUMNS).reset_index(drop=True)
