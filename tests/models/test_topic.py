"""The provision topic classifier: labels, the shipped artifact, CV against the majority baseline."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from policyie.models import topic
from policyie.models.topic import TOPICS, TopicClassifier, load_labelled, train_topic
from policyie.paths import REPO_ROOT, SAMPLES_DIR, shared_missing, shared_root

ARTIFACT = REPO_ROOT / "models" / "artifacts" / "topic"
needs_shared = pytest.mark.skipif(shared_root() is None, reason=shared_missing())


@pytest.fixture(scope="module")
def shipped() -> TopicClassifier:
    mp = pytest.MonkeyPatch()
    mp.setenv("HF_HUB_OFFLINE", "1")
    try:
        return TopicClassifier.load(ARTIFACT)
    finally:
        mp.undo()


def test_scheme() -> None:
    assert len(TOPICS) == len(set(TOPICS)) == 10
    assert TOPICS[-1] == "其他" and "公共服务" in TOPICS


def test_label_file_is_pointers_only_with_enough_labels() -> None:
    recs = [json.loads(line) for line in topic.LABELS_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(recs) >= 300
    assert len({r["id"] for r in recs}) == len(recs)
    for r in recs:
        assert set(r) == {"id", "source", "sha256", "start", "end", "genre", "topic"}, r
        assert r["topic"] in TOPICS and 0 <= r["start"] < r["end"]
    assert {r["topic"] for r in recs} == set(TOPICS)


@pytest.mark.shared
@needs_shared
def test_pointers_resolve_with_their_hashes() -> None:
    items = load_labelled()
    assert len(items) >= 300 and all(p.text.strip() for p in items)


def test_seed_labels_resolve_without_the_shared_folder() -> None:
    items = load_labelled(skip_missing=True)
    assert sum(p.genre == "seed" for p in items) >= 200


def test_shipped_model_predicts_topics_for_the_seed_provisions(shipped: TopicClassifier) -> None:
    from policyie.corpora.readers import read_document
    from policyie.extraction.pipeline import Pipeline

    a = Pipeline().analyse(read_document(SAMPLES_DIR / "xinglong-2020-township-reform-plan.txt"))
    texts = [p.text for p in a.provisions]
    got = shipped.predict(texts)
    assert len(got) == len(texts) and set(got) <= set(TOPICS)
    proba = shipped.predict_proba(texts)
    assert proba.shape == (len(texts), len(shipped.classes))
    assert np.allclose(proba.sum(axis=1), 1.0)
    by_text = dict(zip(texts, got))
    staffing = next(t for t in texts if "严格按规定核定领导职数" in t)
    enforcement = next(t for t in texts if "组建综合行政执法队伍" in t)
    assert by_text[staffing] == "编制管理"
    assert by_text[enforcement] == "综合执法"
    assert shipped.predict([]) == []


def test_saved_cv_beats_the_majority_baseline() -> None:
    metrics = json.loads((ARTIFACT / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["n"] >= 300 and not metrics["quick"]
    cv = metrics["cv_stratified"]
    assert cv["accuracy"] >= cv["majority_baseline"]["accuracy"] + 0.2
    assert cv["macro_f1"] >= 0.55
    grouped = metrics["cv_grouped_by_document"]
    assert grouped["accuracy"] > grouped["majority_baseline"]["accuracy"]


def test_small_fold_beats_majority() -> None:
    """A 3-fold CV on the labels available here (the seeds, without ../shared) is recomputed."""
    items = [p for p in load_labelled(skip_missing=True) if p.genre == "seed"]
    cv = topic.cross_validate(items, seed=0, k=3)
    assert cv["accuracy"] > cv["majority_baseline"]["accuracy"] + 0.1
    assert cv["macro_f1"] > cv["majority_baseline"]["macro_f1"] + 0.2


def test_quick_training_and_plain_artifact_match_sklearn(tmp_path: Path) -> None:
    out = train_topic(tmp_path, seed=0, quick=True)
    assert out == tmp_path / "topic"
    model = TopicClassifier.load(tmp_path)
    items = [p for p in load_labelled(skip_missing=True) if p.genre == "seed"]
    pipe = topic._fit_sklearn([p.text for p in items], [p.topic for p in items], 0)
    texts = [p.text for p in items[:40]]
    assert model.predict(texts) == list(pipe.predict([topic._prep(t) for t in texts]))
    sk = pipe.predict_proba([topic._prep(t) for t in texts])
    assert np.allclose(model.predict_proba(texts), sk, atol=1e-4)
