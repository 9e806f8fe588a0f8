"""Measure alignment: the same measure in two documents, copied or reworded.

For every family (:mod:`families`) and every document pair inside it whose regions
differ, the candidates of :mod:`candidates` are scored by a logistic pair classifier
(:class:`PairModel`, trained on the hand-aligned pairs of ``corpora/align-gold/tune.jsonl``
by :func:`train`, shipped as ``compare/resources/pair_model.json``) and kept when the
calibrated probability reaches ``threshold``.  A kept pair is a ``duplicate`` when its
compared texts share at least ``duplicate_jaccard`` of their character 3-grams, else a
``same-measure`` pair.  The shipped character and e5 models weigh a document pair's
character TF-IDF by the two documents alone (:func:`pair_vectors`): a pair's scores do not
move as unrelated documents come into the store.

>>> pairs = align(con)                                  # doctest: +SKIP
>>> pairs[["text_a", "text_b", "relation", "score"]]    # doctest: +SKIP
"""

from __future__ import annotations

import importlib.resources
import json
from collections import OrderedDict
from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pandas as pd

from policyie.compare.candidates import ANCHOR_FEATURES, FEATURES, anchor_features, pair_candidates
from policyie.compare.encoder import encoder_features, feature_names, make, resolve
from policyie.compare.families import families as find_families, is_work_report
from policyie.compare.units import article_ids, is_effective_date, measure_units
from policyie.compare.vectors import TfidfHasher, comparable_texts, smooth_idf, weigh

__all__ = ["AlignParams", "PairModel", "Prepared", "prepare", "align", "score_pairs", "pairs_frame", "align_units",
           "doc_pairs", "PAIR_COLUMNS", "train_model"]

SIDE_COLUMNS = ["unit", "doc_key", "source", "doc_id", "region", "date", "start", "end", "text"]
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
    """Two logistic regressions (standardised features, kept as plain numbers): the first
    over :data:`FEATURES` of each candidate, the second over :data:`ANCHOR_FEATURES`, which
    read the first's probabilities across the document pair (stacking; the second pass
    is skipped when ``stage2`` is None)."""

    def __init__(self, mean, scale, coef, intercept, threshold: float = 0.5,
                 duplicate_jaccard: float = 0.5, meta: dict | None = None, stage2: dict | None = None,
                 encoder: str | None = None, idf: str = "store") -> None:
        #: Where the character TF-IDF weights of a document pair come from (:func:`align_units`):
        #: ``pair``, the two documents' own units, so that a pair scores the same whatever else
        #: the store holds; ``store``, all units of the store (models trained before 2026-12-07).
        self.idf = idf
        #: None, or the signal of meaning (``e5``, ``ce``) whose features (:func:`encoder.feature_names`) follow FEATURES.
        self.encoder = encoder
        self.mean = np.asarray(mean, dtype=float)
        self.scale = np.asarray(scale, dtype=float)
        self.coef = np.asarray(coef, dtype=float)
        self.intercept = float(intercept)
        self.threshold = float(threshold)
        self.duplicate_jaccard = float(duplicate_jaccard)
        self.meta = meta or {}
        self.stage2 = stage2

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        """The first pass's probabilities."""
        return logistic(X, self.mean, self.scale, self.coef, self.intercept)

    def score(self, cells: np.ndarray, X: np.ndarray) -> np.ndarray:
        """The final probabilities of the candidate ``cells`` of one document pair."""
        p1 = self.predict_proba(X)
        if self.stage2 is None or not len(cells):
            return p1
        s2 = self.stage2
        return logistic(anchor_features(cells, p1), np.asarray(s2["mean"]), np.asarray(s2["scale"]),
                         np.asarray(s2["coef"]), float(s2["intercept"]))

    @property
    def features(self) -> list[str]:
        return FEATURES + feature_names(self.encoder)

    def to_json(self) -> dict:
        return {"features": self.features, "encoder": self.encoder, "mean": self.mean.tolist(), "scale": self.scale.tolist(),
                "coef": self.coef.tolist(), "intercept": self.intercept, "threshold": self.threshold,
                "duplicate_jaccard": self.duplicate_jaccard, "stage2": self.stage2, "meta": self.meta,
                "idf": self.idf}

    @classmethod
    def from_json(cls, d: dict) -> "PairModel":
        encoder = d.get("encoder")
        want = FEATURES + feature_names(encoder)
        if d.get("features") != want or (d.get("stage2") and d["stage2"].get("features") != ANCHOR_FEATURES):
            raise ValueError("pair model was trained on other features; retrain with `policyie train pairs`")
        return cls(d["mean"], d["scale"], d["coef"], d["intercept"], d.get("threshold", 0.5),
                   d.get("duplicate_jaccard", 0.5), d.get("meta"), d.get("stage2"), encoder, d.get("idf", "store"))

    @classmethod
    def shipped(cls, encoder: str | None = None) -> "PairModel":
        """The model trained by ``policyie train pairs`` (``[--encoder e5|ce]``)."""
        name = f"resources/pair_model_{encoder}.json" if encoder and encoder != "none" else "resources/pair_model.json"
        path = importlib.resources.files("policyie.compare").joinpath(name)
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))


def logistic(X: np.ndarray, mean: np.ndarray, scale: np.ndarray, coef: np.ndarray, intercept: float) -> np.ndarray:
    """The probabilities of a standardised logistic regression kept as numbers."""
    return 1.0 / (1.0 + np.exp(-(((X - mean) / scale) @ coef + intercept)))


def fit_logistic(X: np.ndarray, y: np.ndarray, C: float = 1.0) -> dict:
    """A standardised logistic regression as plain numbers (mean, scale, coef, intercept)."""
    from sklearn.linear_model import LogisticRegression

    mean = X.mean(0)
    scale = X.std(0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=C, max_iter=2000).fit((X - mean) / scale, y)
    return {"mean": mean.tolist(), "scale": scale.tolist(), "coef": lr.coef_[0].tolist(),
            "intercept": float(lr.intercept_[0])}


def train_model(X: np.ndarray, y: np.ndarray, *, C: float = 1.0, threshold: float = 0.5,
                duplicate_jaccard: float = 0.5, meta: dict | None = None, stage2: dict | None = None,
                encoder: str | None = None, idf: str = "pair") -> PairModel:
    """A :class:`PairModel` whose first pass is fitted on candidate features ``X`` and gold labels ``y``."""
    f = fit_logistic(X, y, C)
    return PairModel(f["mean"], f["scale"], f["coef"], f["intercept"], threshold, duplicate_jaccard, meta, stage2,
                     encoder, idf)


@dataclass
class Prepared:
    """What alignment reads, computed once per store: the units (:func:`units.measure_units`),
    their compared texts, the fitted TF-IDF (:class:`vectors.TfidfHasher`), the documents
    with their families and regions, and per document its alignable unit rows and the
    centroid of their vectors.  A document's unit vectors are made when a pair needs them
    (the last ``cache`` documents are kept), so memory does not grow with the store."""

    units: pd.DataFrame
    texts: list[str]
    tfidf: TfidfHasher
    docs: pd.DataFrame
    rows: dict
    centroids: object
    centroid_row: dict
    cache: int = 256

    def __post_init__(self) -> None:
        self.lead = (self.units["kind"] == "lead-in").to_numpy()
        self.uid = self.units["unit_id"].to_numpy()
        self._vectors: OrderedDict = OrderedDict()
        self._counts: OrderedDict = OrderedDict()
        #: The sentence encoder (:mod:`encoder`) when alignment uses one, and the embeddings
        #: of each document's alignable units (1.5 KB a unit, all kept: each is costly).
        self.encoder = None
        self._embeddings: dict = {}

    def raw_texts(self, rows: np.ndarray) -> list[str]:
        """The unit texts of ``rows`` as written (taken when needed: all of them as Python
        strings were 60 MB on the whole corpus)."""
        return self.units["text"].take(rows).tolist()

    def doc_embeddings(self, key: str) -> np.ndarray:
        """The encoder's embeddings of the alignable units of document ``key`` (rows in ``rows[key]`` order)."""
        e = self._embeddings.get(key)
        if e is None:
            e = self._embeddings[key] = self.encoder.embed(self.raw_texts(self.rows.get(key, np.zeros(0, np.int64))))
        return e

    def doc_vectors(self, key: str):
        """The vectors of the alignable units of document ``key`` (rows in ``rows[key]`` order)."""
        v = self._vectors.get(key)
        if v is None:
            v = self.tfidf.transform([self.texts[i] for i in self.rows.get(key, ())])
            self._vectors[key] = v
            if len(self._vectors) > self.cache:
                self._vectors.popitem(last=False)
        else:
            self._vectors.move_to_end(key)
        return v

    def doc_counts(self, key: str):
        """The hashed counts of the alignable units of document ``key`` (for :func:`pair_vectors`)."""
        c = self._counts.get(key)
        if c is None:
            c = self._counts[key] = self.tfidf.counts([self.texts[i] for i in self.rows.get(key, ())])
            if len(self._counts) > self.cache:
                self._counts.popitem(last=False)
        else:
            self._counts.move_to_end(key)
        return c

    def doc_cos(self, a: str, b: str) -> float:
        ra, rb = self.centroid_row.get(a), self.centroid_row.get(b)
        if ra is None or rb is None:
            return 0.0
        return float(self.centroids[ra].multiply(self.centroids[rb]).sum())


def _centroids(tfidf: TfidfHasher, texts: list[str], rows: dict, chunk_docs: int = 200):
    """Document keys with alignable units and the L2-normalised centroids of their unit
    vectors, made a batch of documents at a time."""
    from scipy import sparse
    from sklearn.preprocessing import normalize

    keys = [k for k, r in rows.items() if len(r)]
    parts = []
    for lo in range(0, len(keys), chunk_docs):
        batch = keys[lo:lo + chunk_docs]
        idx = np.concatenate([rows[k] for k in batch])
        v = tfidf.transform([texts[i] for i in idx])
        owner = np.repeat(np.arange(len(batch)), [len(rows[k]) for k in batch])
        member = sparse.csr_matrix((np.ones(len(idx), dtype=np.float32), (owner, np.arange(len(idx)))),
                                   shape=(len(batch), len(idx)))
        parts.append(normalize(member @ v))
    cents = sparse.vstack(parts, format="csr") if parts else sparse.csr_matrix((0, tfidf.n_features), dtype=np.float32)
    return keys, cents


def doc_pairs(prep: Prepared, docs: pd.DataFrame, max_partners: int, min_partner: float = 0.4) -> list[tuple[str, str]]:
    """Document pairs to align, each ``(a, b)`` with ``a < b``:

    * inside each family, documents of different regions, each with at most
      ``max_partners`` partners (the most alike by the cosine of unit-vector centroids);
    * a document with no partner in its family (a plan whose title is its own) is paired
      with the most alike document of another region when their centroids reach
      ``min_partner``, so that two regions' plans on the same reform are still compared.
    """
    keys = [k for k in docs["doc_key"] if k in prep.centroid_row]
    if len(keys) < 2:
        return []
    region = dict(zip(docs["doc_key"], docs["region"]))
    family = dict(zip(docs["doc_key"], docs["family_id"]))
    # the centroids' own rows, not a copy of them in ``keys`` order (96 MB on the whole corpus)
    cents = prep.centroids

    def other_region(a: str, b: str) -> bool:
        return a != b and (region[a] != region[b] or not region[a])

    seen: set[tuple[str, str]] = set()
    pos = prep.centroid_row  # every document of ``docs`` with alignable units has its row
    for _, fam in docs.groupby("family_id", sort=True):
        members = [k for k in fam["doc_key"] if k in pos]
        if len(members) < 2:
            continue
        idx = [pos[k] for k in members]
        sim = (cents[idx] @ cents[idx].T).toarray()
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
    single = [k for k in keys if k not in paired]
    if single:
        # documents x singles, a block of singles at a time: transposing the few singles'
        # rows, not all the centroids (``cents @ cents.T`` copied them twice)
        at = np.array([pos[k] for k in keys])
        for lo in range(0, len(single), 256):
            block = single[lo:lo + 256]
            sims = (cents @ cents[[pos[k] for k in block]].T).toarray().T[:, at]
            seen.update(_single_partners(block, sims, keys, other_region, family, min_partner, max_partners))
    return sorted(seen)


def _single_partners(single: list[str], sims: np.ndarray, keys: list[str], other_region, family: dict,
                     min_partner: float, max_partners: int = 12) -> list[tuple[str, str]]:  # noqa: ANN001
    """For each document of ``single`` (a row of ``sims`` over ``keys``), the pairs with its most
    alike document of another region and family, when they reach ``min_partner``, and with
    that document's family (the most alike first, ``max_partners`` in all, ``min_partner`` each)."""
    seen = []
    for a, sim in zip(single, sims):
        order = np.argsort(-sim, kind="stable")
        for y in order:
            b = keys[y]
            if sim[y] < min_partner:
                break
            if other_region(a, b) and (family[b] != family[a] or len(keys) == 2):
                seen.append((a, b) if a < b else (b, a))
                # Its family too: 郑州市城市养犬管理条例 (alone in its family) is most alike one
                # 养犬管理条例 of a family of three; the other two are as much its counterparts.
                n = 1
                for z in order:
                    c = keys[z]
                    if n >= max_partners or sim[z] < min_partner:
                        break
                    if c != b and family[c] == family[b] and other_region(a, c):
                        seen.append((a, c) if a < c else (c, a))
                        n += 1
                break
    return seen


def align_units(prep: Prepared, a: str, b: str, model: PairModel, params: AlignParams, *,
                keep_all: bool = False) -> pd.DataFrame:
    """Scored candidate pairs of documents ``a`` and ``b`` (unit ids, features, score).
    ``keep_all`` keeps candidates under the threshold (for training and calibration)."""
    ia, ib = prep.rows.get(a, np.zeros(0, np.int64)), prep.rows.get(b, np.zeros(0, np.int64))
    if len(ia) == 0 or len(ib) == 0:
        return pd.DataFrame(columns=["doc_a", "doc_b", "unit_a", "unit_b", "i", "j", "score", *model.features])
    if model.idf == "pair":
        va, vb, doc_cos = pair_vectors(prep.doc_counts(a), prep.doc_counts(b))
    else:
        va, vb = _compact(prep.doc_vectors(a), prep.doc_vectors(b))
        doc_cos = prep.doc_cos(a, b)
    S = (va @ vb.T).toarray()
    lead = prep.lead
    art_a, art_b = article_ids(prep.raw_texts(ia)), article_ids(prep.raw_texts(ib))
    SA = (_article_vectors(va, art_a) @ _article_vectors(vb, art_b).T).toarray()
    cells, X = pair_candidates(S, [prep.texts[i] for i in ia], [prep.texts[i] for i in ib], lead[ia], lead[ib],
                               art_a, art_b, SA, k=params.k, tau=params.tau, doc_cos=doc_cos)
    if model.encoder == "ce":
        ranks = X[:, [FEATURES.index("row_rank"), FEATURES.index("col_rank")]]
        X = np.hstack([X, prep.encoder.pair_features(prep.raw_texts(ia), prep.raw_texts(ib), cells, ranks)])
    elif model.encoder:
        X = np.hstack([X, encoder_features(prep.doc_embeddings(a), prep.doc_embeddings(b), cells)])
    score = model.score(cells, X)
    threshold = model.threshold if params.threshold is None else params.threshold
    keep = np.ones(len(cells), bool) if keep_all else score >= threshold
    out = pd.DataFrame(X[keep], columns=model.features)
    uid = prep.uid
    out.insert(0, "score", score[keep])
    out.insert(0, "j", cells[keep, 1])
    out.insert(0, "i", cells[keep, 0])
    out.insert(0, "unit_b", uid[ib[cells[keep, 1]]])
    out.insert(0, "unit_a", uid[ia[cells[keep, 0]]])
    out.insert(0, "doc_b", b)
    out.insert(0, "doc_a", a)
    return out


def pair_vectors(counts_a, counts_b):
    """The TF-IDF vectors of two documents' units weighted by the two documents alone (the
    smooth idf and sublinear tf of :class:`vectors.TfidfHasher`, fitted on their units),
    from their hashed counts (:meth:`vectors.TfidfHasher.counts`), column-compacted as
    :func:`_compact`, and the cosine of their centroids.  A subject's own words (归侨, 殡葬),
    frequent in both, weigh little whatever else the store holds: with the store's weights
    they grew rare as unrelated documents came in, and sentences of one subject that state
    different measures looked alike (``benchmarks/results/compare_signals.md``).

    >>> h = TfidfHasher()
    >>> va, vb, cos = pair_vectors(h.counts(["街道办事处应当答复", "每年公布"]), h.counts(["街道办事处予以答复"]))
    >>> va.shape[0], vb.shape[0], 0 < cos < 1
    (2, 1, True)
    """
    ca, cb = _compact(counts_a, counts_b)  # the weights are computed on these columns only
    n = ca.shape[0] + cb.shape[0]
    idf = smooth_idf(np.bincount(ca.indices, minlength=ca.shape[1]) + np.bincount(cb.indices, minlength=cb.shape[1]), n)
    # (copies: the compacted matrices share their data with the documents' cached counts)
    va, vb = weigh(ca.copy(), idf), weigh(cb.copy(), idf)
    ma, mb = np.asarray(va.mean(axis=0)).ravel(), np.asarray(vb.mean(axis=0)).ravel()
    norm = float(np.linalg.norm(ma) * np.linalg.norm(mb))
    return va, vb, float(ma @ mb / norm) if norm else 0.0


def _compact(va, vb):
    """``va`` and ``vb`` with only the columns either uses (same products, and transposing a
    few thousand columns instead of 2^20 is what makes a document pair cheap)."""
    from scipy import sparse

    cols = np.union1d(va.indices, vb.indices)
    out = []
    for v in (va, vb):
        out.append(sparse.csr_matrix((v.data, np.searchsorted(cols, v.indices), v.indptr), shape=(v.shape[0], len(cols))))
    return out


def _article_vectors(v, art: np.ndarray):
    """Row-normalised sums of the unit vectors of each article."""
    from scipy import sparse
    from sklearn.preprocessing import normalize

    g = sparse.csr_matrix((np.ones(len(art), dtype=np.float32), (art, np.arange(len(art)))),
                          shape=(int(art.max()) + 1, len(art)))
    return normalize(g @ v)


class _DocRows:
    """The centroid rows of documents by their position in ``docs`` (a document without
    alignable units: a zero row), taken when read: a copy of every centroid in ``docs``
    order was 96 MB more at the peak of the whole corpus's first comparison."""

    def __init__(self, cents, rows: Sequence[int]) -> None:
        self.cents = cents
        self.rows = np.asarray(rows, dtype=np.int64)

    def __getitem__(self, idx):
        from scipy import sparse

        r = self.rows[idx]
        return sparse.diags((r >= 0).astype(np.float32)) @ self.cents[np.maximum(r, 0)]


def prepare(con, doc_keys: Sequence[str] | None = None, *, min_chars: int = 6) -> Prepared:
    """Units, their compared texts and vectors, and the documents with their families."""
    units = measure_units(con, doc_keys)
    texts = comparable_texts(units)
    ok = np.fromiter((len(t) >= min_chars for t in texts), dtype=bool, count=len(texts))
    # The effective-date article is in every regulation and is no measure: aligned, it was a
    # false pair in nearly every document pair of the sets labelled by LABELLING.md.
    ok &= ~np.fromiter((is_effective_date(t) for t in units["text"]), dtype=bool, count=len(texts))
    tfidf = TfidfHasher().fit(texts)
    cond = "" if doc_keys is None else "WHERE doc_key IN (SELECT unnest(?::VARCHAR[]))"
    docs = con.execute(f"SELECT doc_key, source, title, province, city, county, date, substr(text, 1, 300) AS head "
                       f"FROM documents {cond}", [] if doc_keys is None else [list(doc_keys)]).df()
    docs["work_report"] = [is_work_report(t, h) for t, h in zip(docs["title"], docs["head"])]
    docs = docs.drop(columns="head")
    rows = {k: ix[ok[ix]] for k, ix in units.groupby("doc_key", sort=False).indices.items()}
    keys, cents = _centroids(tfidf, texts, rows)
    row_of = {k: i for i, k in enumerate(keys)}
    # content test on the unit centroids, no full texts
    fam = find_families(docs, doc_vectors=_DocRows(cents, [row_of.get(k, -1) for k in docs["doc_key"]]))
    docs = docs.merge(fam, on="doc_key")
    docs["region"] = docs["doc_key"].map(units.drop_duplicates("doc_key").set_index("doc_key")["region"]).fillna("")
    return Prepared(units, texts, tfidf, docs, rows, cents, row_of)


def align(con, *, doc_keys: Sequence[str] | None = None, family: str | None = None,
          params: AlignParams | None = None, model: PairModel | None = None, prepared: Prepared | None = None,
          pairs: Sequence[tuple[str, str]] | None = None, encoder: str | None = None) -> pd.DataFrame:
    """Aligned measure pairs of a store (all documents, or ``doc_keys``; one ``family`` by
    name or part of it), one row per pair with both sides spelled out (:data:`PAIR_COLUMNS`),
    sorted by family, documents and position.  ``pairs`` fixes the document pairs;
    ``encoder`` (``auto``, ``e5``, ``none``; :func:`encoder.resolve`) picks the shipped
    model when ``model`` is not given."""
    params = params or AlignParams()
    prep = prepared or prepare(con, doc_keys, min_chars=params.min_chars)
    found, duplicate_jaccard = score_pairs(prep, family=family, params=params, model=model, pairs=pairs,
                                           encoder=encoder)
    return pairs_frame(prep.units, prep.docs, found, duplicate_jaccard)


def score_pairs(prep: Prepared, *, family: str | None = None, params: AlignParams | None = None,
                model: PairModel | None = None, pairs: Sequence[tuple[str, str]] | None = None,
                encoder: str | None = None, among: Sequence[str] | None = None) -> tuple[pd.DataFrame, float]:
    """The kept unit pairs of a prepared store (``unit_a``, ``unit_b``, ``score``,
    ``jaccard``) and the Jaccard from which a pair is a duplicate: :func:`align` before
    :func:`pairs_frame` spells the pairs out (a caller that owns ``prep`` can free it
    in between, as :func:`api.comparison` does).  ``among`` keeps the document pairs of
    those documents only (each pair is aligned on its own, so they come out as in the whole)."""
    params = params or AlignParams()
    docs = prep.docs
    if family:
        docs = docs[docs["family"].str.contains(family, regex=False)]
    todo = list(pairs) if pairs is not None else doc_pairs(prep, docs, params.max_partners)
    if among is not None:
        keep = set(among)
        todo = [(a, b) for a, b in todo if a in keep and b in keep]
    if model is None:
        n_units = sum(len(prep.rows.get(k, ())) for k in {k for p in todo for k in p})
        model = PairModel.shipped(resolve(encoder, n_units))
    if model.encoder and getattr(prep.encoder, "name", None) != model.encoder:
        prep.encoder = make(model.encoder)
    # only the columns the pairs are spelled out from, as arrays: thousands of small frames
    # (every feature, both document keys per row) were 150 MB more on the whole corpus
    kept = ("unit_a", "unit_b", "score", "jaccard")
    parts: dict[str, list[np.ndarray]] = {c: [] for c in kept}
    duplicate_jaccard = model.duplicate_jaccard if params.duplicate_jaccard is None else params.duplicate_jaccard
    # Two government work reports share their topics everywhere (社会治理水平不断提升 / 全力提升社会
    # 治理效能), and the pair model, trained on regulations, took that for the same measure: of 80
    # pairs between two reports of the whole corpus, read by hand, 0.23 stated one measure, against
    # 0.90 of 80 pairs between regulations (benchmarks/results/compare_signals.md).  Between two
    # reports only copies are reported.
    reports = set(docs.loc[docs["work_report"], "doc_key"]) if "work_report" in docs.columns else set()
    for a, b in todo:
        f = align_units(prep, a, b, model, params)
        if a in reports and b in reports and len(f):
            f = f[f["jaccard"].to_numpy() >= duplicate_jaccard]
        for c in kept if len(f) else ():  # an empty frame's columns are untyped
            parts[c].append(f[c].to_numpy())
    found = pd.DataFrame({c: np.concatenate(parts[c]) if parts[c] else np.zeros(0) for c in kept})
    return found, duplicate_jaccard


def _coded(values) -> tuple[np.ndarray, pd.Index]:
    """Codes and sorted categories of ``values`` (code order is the text's order)."""
    return pd.factorize(pd.Series(values, dtype="str"), sort=True)


def _used_categories(codes_a: np.ndarray, codes_b: np.ndarray, cats: pd.Index) -> tuple[pd.Categorical, pd.Categorical]:
    """Both sides of a column as categoricals over the categories either side uses (the same
    for both, so that ``region_a == region_b`` compares; none of the store's others, so that a
    pair's frame does not depend on what else the store holds)."""
    both = np.concatenate([codes_a, codes_b])
    used = np.unique(both[both >= 0])
    return tuple(pd.Categorical.from_codes(np.where(c >= 0, np.searchsorted(used, c), -1), categories=cats[used])
                 for c in (codes_a, codes_b))


def pairs_frame(units: pd.DataFrame, docs: pd.DataFrame, found: pd.DataFrame, duplicate_jaccard: float) -> pd.DataFrame:
    """Scored unit pairs spelled out: family, relation, score and both sides, sorted by
    family, documents and position.  Each column is taken once from ``units``, in the
    final order (taking whole unit rows for both sides and sorting after, as this did
    before, held three copies of the sides' columns: over 400 MB on the whole corpus).
    A document's columns (doc_key, source, doc_id, region, date) and the family are
    categories: one string per document instead of one per pair (150 of the whole
    corpus's 236 MB of pairs), and the sort reads their codes, not strings."""
    out = pd.DataFrame({"family": pd.Series(dtype=str)})
    if len(found):
        where = pd.Index(units["unit_id"])
        pos = {s: where.get_indexer(found[col].to_numpy()) for s, col in (("a", "unit_a"), ("b", "unit_b"))}
        if any((p < 0).any() for p in pos.values()):
            raise KeyError("pairs_frame: a pair names a unit that is not in the units")
        coded = {c: _coded(units[c]) for c in ("doc_key", "doc_id", "region", "date")}
        key_codes, keys = coded["doc_key"]
        side_key = {s: key_codes[pos[s]] for s in "ab"}
        # the family of a pair from its two documents' families, named once per combination
        fam = dict(zip(docs["doc_key"], docs["family"]))
        fam_codes, fams = _coded([fam.get(k) or "" for k in keys])
        combo = fam_codes[side_key["a"]].astype(np.int64) * len(fams) + fam_codes[side_key["b"]]
        combos, combo_at = np.unique(combo, return_inverse=True)
        names = [fams[i] if i == j else f"{fams[i]} / {fams[j]}" for i, j in (divmod(c, len(fams)) for c in combos.tolist())]
        name_codes, family_names = _coded(names)
        family = name_codes[combo_at.ravel()]
        start = {s: units["start"].to_numpy()[pos[s]] for s in "ab"}
        order = np.lexsort((start["b"], start["a"], side_key["b"], side_key["a"], family))
        out = pd.DataFrame({
            "family": pd.Categorical.from_codes(family[order], categories=family_names),
            "relation": pd.Categorical(np.where(found["jaccard"].to_numpy()[order] >= duplicate_jaccard,
                                                "duplicate", "same-measure"), categories=["duplicate", "same-measure"]),
            "score": found["score"].round(4).to_numpy()[order],
        })
        source = dict(zip(docs["doc_key"], docs["source"])) if "source" in docs.columns else {}
        s_codes, s_cats = _coded([source.get(k) or k for k in keys])  # one per document key
        at = {side: pos[side][order] for side in "ab"}
        columns = {c: _used_categories(codes[at["a"]], codes[at["b"]], cats) for c, (codes, cats) in coded.items()}
        columns["source"] = _used_categories(s_codes[side_key["a"][order]], s_codes[side_key["b"][order]], s_cats)
        for k, (side, col) in enumerate((("a", "unit_a"), ("b", "unit_b"))):
            out[f"unit_{side}"] = found[col].to_numpy()[order]
            for c in SIDE_COLUMNS[1:]:
                if c in columns:
                    out[f"{c}_{side}"] = columns[c][k]
                else:
                    out[f"{c}_{side}"] = units[c].take(at[side]).reset_index(drop=True)
    return out.reindex(columns=PAIR_COLUMNS).reset_index(drop=True)
