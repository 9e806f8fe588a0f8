"""The topic of a provision (one measure): a scikit-learn classifier over character n-grams.

``TopicClassifier.predict(texts)`` gives one of ``TOPICS`` per text; it is trained on the
provisions labelled by reading in ``corpora/topics/provisions.jsonl`` (pointers into the seeds
and the shared corpus; scheme and rules in ``corpora/topics/README.md``) and is meant for
aligning measures across regions: provisions of two documents are compared within a topic.

Model: TF-IDF over character 1–2-grams (sublinear tf, l2) + multinomial logistic regression
with balanced class weights, fixed seed.  The artifact is plain data (``vocab.json``,
``weights.npz``, ``meta.json``), not a pickle, so it loads with any scikit-learn version and
without scikit-learn at all.

>>> TOPICS[-1]
'其他'
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from policyie import paths

__all__ = ["TOPICS", "TopicClassifier", "train_topic", "load_labelled", "LabelledProvision", "cross_validate"]

#: The topic scheme (see corpora/topics/README.md): the issue's nine topics plus 公共服务.
TOPICS: tuple[str, ...] = (
    "机构设置",
    "编制管理",
    "综合执法",
    "审批服务",
    "党建引领",
    "财政保障",
    "考核监督",
    "基层治理",
    "公共服务",
    "其他",
)

NAME = "topic"
LABELS_FILE = paths.REPO_ROOT / "corpora" / "topics" / "provisions.jsonl"

# Hyperparameters of the shipped model (chosen by the stratified CV in the card).
NGRAMS = (1, 2)
MAX_FEATURES = 30000
C = 3.0
MAX_CHARS = 600  # a provision's first characters carry its topic (heading, first sentence)


@dataclass(frozen=True)
class LabelledProvision:
    id: str
    text: str
    topic: str
    source: str
    genre: str


def _resolve(source: str) -> Path:
    rel = Path(source)
    candidates = []
    shared = paths.shared_root()
    if shared is not None:
        candidates.append(shared / rel)
    if len(rel.parts) == 2 and rel.parts[0] == "seeds":
        candidates.append(paths.SAMPLES_DIR / rel.parts[1])
    for c in candidates:
        if c.is_file():
            return c
    raise FileNotFoundError(f"{source}: not found (tried {', '.join(map(str, candidates)) or 'nothing'})")


def load_labelled(path: Path | str = LABELS_FILE, *, skip_missing: bool = False) -> list[LabelledProvision]:
    """The labelled provisions with their texts, resolved from the pointers (sha256 checked).
    With ``skip_missing``, provisions whose file is unavailable (no shared folder) are left out;
    otherwise that raises ``FileNotFoundError``."""
    from policyie.corpora.readers import read_document

    out: list[LabelledProvision] = []
    texts: dict[str, str] = {}
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec["topic"] not in TOPICS:
            raise ValueError(f"{path}:{n}: unknown topic {rec['topic']!r}")
        src = rec["source"]
        if src not in texts:
            try:
                f = _resolve(src)
            except FileNotFoundError:
                if skip_missing:
                    texts[src] = ""
                    continue
                raise
            digest = hashlib.sha256(f.read_bytes()).hexdigest()
            if digest != rec["sha256"]:
                raise ValueError(f"{path}:{n}: {f} has sha256 {digest}, not {rec['sha256']}")
            texts[src] = read_document(f).text
        text = texts[src]
        if not text:
            continue
        out.append(LabelledProvision(rec["id"], text[rec["start"]:rec["end"]], rec["topic"], src,
                                     rec.get("genre", "")))
    return out


def _prep(text: str) -> str:
    return " ".join(text.split())[:MAX_CHARS]


def _fit_sklearn(texts: Sequence[str], labels: Sequence[str], seed: int, *, c: float = C,
                 ngrams: tuple[int, int] = NGRAMS, max_features: int = MAX_FEATURES):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    pipe = make_pipeline(
        TfidfVectorizer(analyzer="char", ngram_range=ngrams, sublinear_tf=True, min_df=1,
                        max_features=max_features, dtype=np.float64),
        LogisticRegression(C=c, class_weight="balanced", max_iter=5000, random_state=seed),
    )
    from threadpoolctl import threadpool_limits

    # one thread: BLAS threads fight each other (and the other trainings) on a small problem
    with threadpool_limits(1):
        pipe.fit([_prep(t) for t in texts], list(labels))
    return pipe


class TopicClassifier:
    """Loaded from plain arrays; ``predict`` / ``predict_proba`` over raw provision texts."""

    name = NAME

    def __init__(self, vocab: dict[str, int], idf: np.ndarray, coef: np.ndarray, intercept: np.ndarray,
                 classes: Sequence[str], ngrams: tuple[int, int] = NGRAMS) -> None:
        self.vocab = vocab
        self.idf = idf
        self.coef = coef
        self.intercept = intercept
        self.classes = tuple(classes)
        self.ngrams = ngrams

    @classmethod
    def from_sklearn(cls, pipe: Any) -> "TopicClassifier":
        vec, lr = pipe.steps[0][1], pipe.steps[-1][1]
        vocab = {k: int(v) for k, v in vec.vocabulary_.items()}
        return cls(vocab, np.asarray(vec.idf_, dtype=np.float64), np.asarray(lr.coef_, dtype=np.float64),
                   np.asarray(lr.intercept_, dtype=np.float64), [str(c) for c in lr.classes_],
                   tuple(vec.ngram_range))

    @classmethod
    def load(cls, dir: Path) -> "TopicClassifier":  # noqa: A002 - the interface's name
        """Load from ``dir`` (the folder ``train_topic`` returned, or its parent)."""
        p = Path(dir)
        if not (p / "weights.npz").is_file() and (p / NAME / "weights.npz").is_file():
            p = p / NAME
        if not (p / "weights.npz").is_file():
            raise FileNotFoundError(f"no topic model in {dir} (run `policyie train topic`)")
        meta = json.loads((p / "meta.json").read_text(encoding="utf-8"))
        vocab = json.loads((p / "vocab.json").read_text(encoding="utf-8"))
        with np.load(p / "weights.npz") as w:
            return cls(vocab, w["idf"], w["coef"], w["intercept"], meta["classes"], tuple(meta["ngrams"]))

    def save(self, dir: Path, extra: dict | None = None) -> None:
        p = Path(dir)
        p.mkdir(parents=True, exist_ok=True)
        (p / "vocab.json").write_text(json.dumps(self.vocab, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        np.savez_compressed(p / "weights.npz", idf=self.idf.astype(np.float32), coef=self.coef.astype(np.float32),
                            intercept=self.intercept.astype(np.float32))
        meta = {"model": NAME, "classes": list(self.classes), "ngrams": list(self.ngrams),
                "max_chars": MAX_CHARS, "features": len(self.vocab), **(extra or {})}
        (p / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")

    def _features(self, texts: Sequence[str]):  # noqa: ANN202 - a scipy CSR matrix
        """TF-IDF rows as a sparse matrix: a dense one would take rows × 30,000 × 8 bytes
        (2.4 GB for 10,000 sentences of a corpus comparison)."""
        from scipy.sparse import csr_matrix

        lo, hi = self.ngrams
        data: list[float] = []
        cols: list[int] = []
        indptr = [0]
        for text in texts:
            t = _prep(text)
            counts: dict[int, int] = {}
            for n in range(lo, hi + 1):
                for i in range(len(t) - n + 1):
                    j = self.vocab.get(t[i:i + n])
                    if j is not None:
                        counts[j] = counts.get(j, 0) + 1
            idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            val = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * self.idf[idx]
            norm = np.linalg.norm(val)
            if norm > 0:
                val /= norm
            cols.extend(idx.tolist())
            data.extend(val.tolist())
            indptr.append(len(cols))
        return csr_matrix((np.asarray(data, dtype=np.float64), np.asarray(cols, dtype=np.int64), indptr),
                          shape=(len(texts), len(self.idf)))

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Probabilities, one row per text, columns in ``self.classes`` order."""
        if isinstance(texts, str):
            texts = [texts]
        if not len(texts):
            return np.zeros((0, len(self.classes)))
        z = np.asarray(self._features(texts) @ self.coef.T) + self.intercept
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, texts: Sequence[str]) -> list[str]:
        """One topic of ``TOPICS`` per text."""
        if isinstance(texts, str):
            texts = [texts]
        if not len(texts):
            return []
        proba = self.predict_proba(texts)
        return [self.classes[i] for i in proba.argmax(axis=1)]


# --------------------------------------------------------------------------- evaluation


def cross_validate(items: Sequence[LabelledProvision], *, seed: int = 0, k: int = 5, grouped: bool = False,
                   c: float = C, ngrams: tuple[int, int] = NGRAMS, max_features: int = MAX_FEATURES) -> dict:
    """Stratified k-fold CV (``grouped``: StratifiedGroupKFold by source document, so no
    document is on both sides): accuracy, macro-F1, per-topic F1, the confusion matrix (rows
    gold, columns predicted, in ``TOPICS`` order) and the majority-class baseline."""
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score
    from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

    texts = [p.text for p in items]
    y = np.array([p.topic for p in items])
    pred = np.empty(len(items), dtype=object)
    if grouped:
        splits = StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=seed).split(
            texts, y, groups=[p.source for p in items])
    else:
        splits = StratifiedKFold(n_splits=k, shuffle=True, random_state=seed).split(texts, y)
    for tr, te in splits:
        pipe = _fit_sklearn([texts[i] for i in tr], y[tr], seed, c=c, ngrams=ngrams, max_features=max_features)
        pred[te] = pipe.predict([_prep(texts[i]) for i in te])
    labels = [t for t in TOPICS if t in set(y)]
    majority = max(set(y), key=lambda t: (list(y).count(t), t))
    base = np.array([majority] * len(y))
    per = f1_score(y, pred.astype(str), labels=labels, average=None, zero_division=0)
    return {
        "k": k, "seed": seed, "grouped_by_document": grouped, "n": len(items),
        "accuracy": round(float(accuracy_score(y, pred.astype(str))), 3),
        "macro_f1": round(float(f1_score(y, pred.astype(str), labels=labels, average="macro", zero_division=0)), 3),
        "per_topic_f1": {t: round(float(f), 3) for t, f in zip(labels, per)},
        "confusion": {"labels": labels,
                      "matrix": confusion_matrix(y, pred.astype(str), labels=labels).tolist()},
        "majority_baseline": {"topic": majority,
                              "accuracy": round(float(accuracy_score(y, base)), 3),
                              "macro_f1": round(float(f1_score(y, base, labels=labels, average="macro",
                                                               zero_division=0)), 3)},
    }


# --------------------------------------------------------------------------- training


def train_topic(out_dir: Path, *, seed: int, quick: bool) -> Path:
    """Train on the labelled provisions and save to ``out_dir/topic``; returns that path.

    Full: every labelled provision; the saved ``metrics.json`` holds the stratified 5-fold CV
    and the document-grouped 5-fold CV.  Quick: the provisions whose texts are available
    without the shared folder (the seeds), a 3-fold CV; seconds either way."""
    t0 = time.perf_counter()
    out = Path(out_dir) / NAME
    items = load_labelled(skip_missing=True)
    if quick:
        items = [p for p in items if p.genre == "seed"] or items
    if len(items) < 20:
        raise RuntimeError(f"only {len(items)} labelled provisions available: need corpora/topics and ../shared")
    counts = {t: sum(p.topic == t for p in items) for t in TOPICS}
    k = 3 if quick else 5
    metrics: dict[str, Any] = {"model": NAME, "seed": seed, "quick": quick, "n": len(items),
                               "label_counts": counts,
                               "hyperparameters": {"analyzer": "char", "ngrams": list(NGRAMS), "C": C,
                                                   "max_features": MAX_FEATURES, "max_chars": MAX_CHARS,
                                                   "class_weight": "balanced"}}
    k_eff = min(k, min(c for c in counts.values() if c) or k)
    if k_eff >= 2:
        metrics["cv_stratified"] = cross_validate(items, seed=seed, k=k_eff)
        if not quick:
            metrics["cv_grouped_by_document"] = cross_validate(items, seed=seed, k=k_eff, grouped=True)
    pipe = _fit_sklearn([p.text for p in items], [p.topic for p in items], seed)
    model = TopicClassifier.from_sklearn(pipe)
    metrics["seconds"] = round(time.perf_counter() - t0, 1)
    model.save(out, extra={"seed": seed, "n": len(items), "label_counts": counts})
    (out / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


def _main(argv: Sequence[str] | None = None) -> None:  # pragma: no cover - a developer's tool
    import argparse

    ap = argparse.ArgumentParser(prog="python -m policyie.models.topic")
    ap.add_argument("what", choices=["train", "cv", "grid"])
    ap.add_argument("--out", type=Path, default=paths.REPO_ROOT / "models" / "artifacts")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--quick", action="store_true")
    a = ap.parse_args(argv)
    if a.what == "train":
        print(train_topic(a.out, seed=a.seed, quick=a.quick))
    elif a.what == "cv":
        items = load_labelled()
        print(json.dumps(cross_validate(items, seed=a.seed), ensure_ascii=False, indent=1))
    else:
        items = load_labelled()
        for ngrams in ((1, 2), (1, 3)):
            for c in (3.0, 10.0, 30.0):
                r = cross_validate(items, seed=a.seed, c=c, ngrams=ngrams)
                g = cross_validate(items, seed=a.seed, c=c, ngrams=ngrams, grouped=True)
                print(ngrams, c, r["accuracy"], r["macro_f1"], "grouped", g["accuracy"], g["macro_f1"], flush=True)


if __name__ == "__main__":  # pragma: no cover
    _main()
