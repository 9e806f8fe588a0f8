"""The text of a unit as alignment compares it, and its TF-IDF vectors.

Two units state the same measure whatever the region and the numbers: the compared form
is :func:`units.normalize` with every number masked (#) and the document's own region
names, short and long, and 本省/本市/本自治区 replaced by one placeholder (〇), so that
浙江省志愿者日 and 河南省志愿者日 read the same.

Vectors are character 1–3-gram TF-IDF (hashed, 2^20 features, sublinear tf), L2-normalised:
cosine similarity is a dot product.  The store's weights (fitted on all its units) find each
document's partners; a document pair's units are then weighed by the two documents alone
(:func:`align.pair_vectors`).

>>> comparable("第八条 每年3月5日为浙江省志愿者日。", ["浙江省"])
'每年#月#日为〇志愿者日'
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from policyie.compare.units import mask_numbers, normalize

__all__ = ["comparable", "region_names", "unit_vectors", "comparable_texts", "TfidfHasher", "smooth_idf",
           "weigh"]

_LEVEL = re.compile(r"(?:省|市|自治区|自治州|自治县|县|区)$")
_OWN = re.compile(r"本(?:省|市|自治区|自治州|自治县|县|区)")
PLACEHOLDER = "〇"


def region_names(*names) -> list[str]:
    """A region's names, long before short (浙江省, 浙江), for masking."""
    out: list[str] = []
    for n in names:
        if isinstance(n, str) and n:
            out.append(n)
            short = _LEVEL.sub("", n)
            if len(short) >= 2:
                out.append(short)
    return sorted(set(out), key=len, reverse=True)


def comparable(text: str, regions: Iterable[str] = ()) -> str:
    """The compared form of a unit's text (see the module docstring)."""
    s = normalize(text)
    for name in regions:
        s = s.replace(name, PLACEHOLDER)
    s = _OWN.sub(PLACEHOLDER, s)
    return mask_numbers(s)


def comparable_texts(units: pd.DataFrame) -> list[str]:
    """:func:`comparable` of every unit row, with its document's region names."""
    cache: dict[tuple, list[str]] = {}
    out = []
    for text, p, c, k in zip(units["text"], units["province"], units["city"], units["county"]):
        key = (p, c, k)
        names = cache.get(key)
        if names is None:
            names = cache[key] = region_names(p, c, k)
        out.append(comparable(text, names))
    return out


class TfidfHasher:
    """Character 1–3-gram TF-IDF, hashed to 2^20 features: sublinear tf, smooth idf (as
    scikit-learn's ``TfidfTransformer``), rows L2-normalised, float32 CSR.  The idf is
    counted once over all the texts (:meth:`fit`, a chunk at a time); rows are then made
    for any subset when needed (:meth:`transform`), so the whole matrix never has to sit
    in memory."""

    n_features = 2 ** 20

    def __init__(self) -> None:
        from sklearn.feature_extraction.text import HashingVectorizer

        self._hv = HashingVectorizer(analyzer="char", ngram_range=(1, 3), n_features=self.n_features,
                                     alternate_sign=False, norm=None, dtype=np.float32)
        self.idf: np.ndarray | None = None

    def fit(self, texts: Sequence[str], chunk: int = 50_000) -> "TfidfHasher":
        n = len(texts)
        df = np.zeros(self.n_features, dtype=np.int64)
        for lo in range(0, n, chunk):
            df += np.bincount(self._hv.transform(texts[lo:lo + chunk]).indices, minlength=self.n_features)
        self.idf = smooth_idf(df, n)
        return self

    def counts(self, texts: Sequence[str]):
        """The hashed character 1–3-gram counts of ``texts`` (float32 CSR, no weights)."""
        if not len(texts):  # (the hasher cannot transform nothing: a document without alignable units)
            from scipy import sparse

            return sparse.csr_matrix((0, self.n_features), dtype=np.float32)
        return self._hv.transform(texts)

    def transform(self, texts: Sequence[str], chunk: int = 50_000):
        from scipy import sparse

        if self.idf is None:
            raise ValueError("TfidfHasher.transform before fit")
        parts = []
        for lo in range(0, len(texts), chunk):
            parts.append(weigh(self._hv.transform(texts[lo:lo + chunk]), self.idf))
        return sparse.vstack(parts, format="csr") if parts else sparse.csr_matrix((0, self.n_features), dtype=np.float32)


def smooth_idf(df: np.ndarray, n: int) -> np.ndarray:
    """scikit-learn's smooth idf of ``n`` texts whose document frequencies are ``df`` (float32)."""
    return (np.log((1 + n) / (1 + df)) + 1).astype(np.float32)


def weigh(counts, idf: np.ndarray):
    """Row-normalised TF-IDF of hashed ``counts`` (sublinear tf times ``idf`` of their columns),
    float32 CSR.  The counts' data is overwritten: pass a copy of counts that are kept."""
    from sklearn.preprocessing import normalize

    counts.data = (1 + np.log(counts.data)) * idf[counts.indices]
    return normalize(counts).astype(np.float32)


def unit_vectors(texts: Sequence[str], chunk: int = 50_000):
    """Row-normalised character 1–3-gram TF-IDF vectors of ``texts`` (:class:`TfidfHasher`
    fitted on them)."""
    return TfidfHasher().fit(texts, chunk).transform(texts, chunk)
