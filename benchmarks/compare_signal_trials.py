"""Two signals tried for measure alignment and not kept (``results/compare_signals.md``).

1. Gradient boosting (scikit-learn ``HistGradientBoostingClassifier``) in place of the
   logistic passes, on the same candidate features.
2. Domain word vectors: PPMI + SVD (128 d) over the jieba words of all of
   ``../shared/corpus`` (regulations and work reports, numbers folded to ``#``), and SIF
   sentence vectors (weights a/(a+p(w))) as a sentence encoder's features
   (``enc_cos``, ``enc_margin``), beside the character TF-IDF.

Both are scored by leave-one-document-pair-out cross-validation on the tuned pairs
(tune + tune2): recall where the out-of-fold precision reaches 0.90 and 0.85.

    .venv/bin/python benchmarks/compare_signal_trials.py   # about 2 minutes on two cores
"""

from __future__ import annotations

import collections
import re
import sys
import tempfile
from pathlib import Path

import jieba
import numpy as np
import pandas as pd
from policyie.compare.align import (
    AlignParams,
    fit_logistic,
    logistic,
    prepare,
    train_model,
)
from policyie.compare.candidates import ANCHOR_FEATURES, FEATURES, anchor_features
from policyie.compare.train import DEFAULT_GOLD, candidate_table, choose_threshold
from policyie.evaluation.alignment import gold_store, load_alignment_gold
from scipy import sparse
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.utils.extmath import randomized_svd

from policyie.paths import shared_root

NUM = re.compile(r"[0-9０-９一二三四五六七八九十百千万零两〇]+")
ARTICLE = re.compile(r"^第[一二三四五六七八九十百零〇\d]+条\s*")
PUNCT = re.compile(r"[，,、：:“”\"（）()《》\s]+")


def word_vectors(corpus: Path, dim: int = 128, window: int = 5, min_count: int = 5, max_vocab: int = 40_000):
    tok = jieba.Tokenizer()
    files = sorted(corpus.glob("regulations/*/*.txt")) + sorted(corpus.glob("gov-reports-2024/txt/*.txt"))
    sents = []
    for f in files:
        for s in re.split(r"[。；;！？\n]", f.read_text(encoding="utf-8", errors="ignore")):
            if len(s.strip()) >= 4:
                sents.append([NUM.sub("#", w) for w in tok.lcut(s.strip()) if w.strip() and not PUNCT.fullmatch(w)])
    cnt = collections.Counter(w for s in sents for w in s)
    vocab = [w for w, c in cnt.most_common(max_vocab) if c >= min_count]
    idx = {w: i for i, w in enumerate(vocab)}
    rows, cols, vals = [], [], []
    for s in sents:
        ids = [idx[w] for w in s if w in idx]
        for i in range(len(ids)):
            for d in range(1, window + 1):
                if i + d < len(ids):
                    rows.append(ids[i]); cols.append(ids[i + d]); vals.append(1.0 / d)
    r, c, v = np.array(rows), np.array(cols), np.array(vals, dtype=np.float32)
    V = len(vocab)
    M = sparse.coo_matrix((np.r_[v, v], (np.r_[r, c], np.r_[c, r])), shape=(V, V)).tocsr().tocoo()
    total = M.sum()
    rs = np.asarray(sparse.csr_matrix(M).sum(1)).ravel()
    cs = rs ** 0.75 / (rs ** 0.75).sum()
    pmi = np.log(M.data / (rs[M.row] / total) / cs[M.col] / total)
    keep = pmi > 0
    P = sparse.csr_matrix((pmi[keep], (M.row[keep], M.col[keep])), shape=(V, V))
    U, S, _ = randomized_svd(P, n_components=dim, random_state=0, n_iter=5)
    E = U * np.sqrt(S)
    E /= np.linalg.norm(E, axis=1, keepdims=True) + 1e-9
    freq = np.array([cnt[w] for w in vocab], dtype=float)
    return E.astype(np.float32), idx, freq / freq.sum()


class SIFEncoder:
    name = "sif"

    def __init__(self, E, idx, p, a: float = 1e-3) -> None:
        self.E, self.idx, self.w, self.tok = E, idx, a / (a + p), jieba.Tokenizer()

    def embed(self, texts):
        out = np.zeros((len(texts), self.E.shape[1]), np.float32)
        for k, t in enumerate(texts):
            ids = [self.idx[w] for w in (NUM.sub("#", x) for x in self.tok.lcut(ARTICLE.sub("", t) or t)) if w in self.idx]
            if ids:
                out[k] = (self.w[ids, None] * self.E[ids]).sum(0)
        return out / (np.linalg.norm(out, axis=1, keepdims=True) + 1e-9)


def cv(t: pd.DataFrame, feats: list[str], first=None) -> list[str]:
    t = t.reset_index(drop=True)
    X, y, pids = t[feats].to_numpy(), t["y"].to_numpy(), sorted(t["pair_id"].unique())
    n_gold = t.groupby("pair_id")["n_gold"].max().sum()
    first = first or (lambda a, b, c: train_model(a, b).predict_proba(c))
    o1 = np.zeros(len(t))
    for pid in pids:
        h = (t["pair_id"] == pid).to_numpy()
        o1[h] = first(X[~h], y[~h], X[h])
    X2 = np.zeros((len(t), len(ANCHOR_FEATURES)))
    for _, g in t.groupby(["doc_a", "doc_b"], sort=False):
        ix = g.index.to_numpy()
        X2[ix] = anchor_features(g[["i", "j"]].to_numpy(), o1[ix])
    o = np.zeros(len(t))
    for pid in pids:
        h = (t["pair_id"] == pid).to_numpy()
        f = fit_logistic(X2[~h], y[~h], 1.0)
        o[h] = logistic(X2[h], np.asarray(f["mean"]), np.asarray(f["scale"]), np.asarray(f["coef"]), f["intercept"])
    sm = (t["rel"] == "same-measure").to_numpy()
    out = []
    for target in (0.90, 0.85):
        sel = o >= choose_threshold(o, y, target)
        out.append(f"P≥{target:.2f}: recall {y[sel].sum() / n_gold:.3f}, same-measure links {int((sel & sm).sum())}")
    return out


def hgb(a, b, c):
    m = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=40,
                                       l2_regularization=1.0, random_state=0)
    return m.fit(a, b).predict_proba(c)[:, 1]


def main() -> int:
    root = Path(shared_root() or "../shared") / "corpus"
    E, idx, p = word_vectors(root)
    gold = [g for path in DEFAULT_GOLD for g in load_alignment_gold(path)]
    with tempfile.TemporaryDirectory() as tmp:
        con, keys = gold_store(gold, root, Path(tmp) / "g.duckdb")
        prep = prepare(con, sorted({keys[d.sha256] for g in gold for d in (g.doc_a, g.doc_b)}),
                       min_chars=AlignParams().min_chars)
        prep.encoder = SIFEncoder(E, idx, p)
        t = candidate_table(gold, con, keys, prepared=prep, encoder="sif")
        con.close()
    rows = [("shipped: logistic, character signals", cv(t, FEATURES)),
            ("gradient boosting first pass", cv(t, FEATURES, first=hgb)),
            ("+ SIF cosine and margin (corpus word vectors)", cv(t, FEATURES + ["enc_cos", "enc_margin"]))]
    for name, r in rows:
        print(f"{name:48s} " + " | ".join(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
