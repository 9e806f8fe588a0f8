"""The character transformer tagger: windows and offsets, BIO round trips, a quick train,
and the shipped artifact (loaded offline, predicting valid spans)."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyie.models.char_tagger import (
    BOUNDARY,
    IGNORE,
    TAGS,
    CharVocab,
    decode_tags,
    encode_tags,
    fold,
    windows,
)
from policyie.records import LABELS, Document, check_mentions

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

# any text: CJK, punctuation, line ends, astral characters (𠀀, emoji), combining marks
_CHARS = st.sampled_from(list("组建乡镇综合行政执法队人员编制不少于10名。；\n 　《》“”（）、年月底前")
                         + ["𠀀", "𪚥", "😀", "\u0301", "\ud7ff", "Ａ", "１"])
TEXTS = st.lists(_CHARS, max_size=700).map("".join) | st.text(max_size=400)


@given(TEXTS, st.integers(4, 300), st.integers(0, 150))
@settings(max_examples=200, deadline=None)
def test_windows_tile_the_text(text: str, max_len: int, overlap: int) -> None:
    ws = windows(text, max_len, overlap)
    if not text:
        assert ws == []
        return
    # every window fits, keep ranges lie inside their window and tile [0, len) in order
    pos = 0
    for w in ws:
        assert 0 <= w.start <= w.keep_start <= w.keep_end <= w.end <= len(text)
        assert w.end - w.start <= max_len
        assert w.keep_start == pos
        pos = w.keep_end
    assert pos == len(text)


@given(TEXTS)
@settings(max_examples=100, deadline=None)
def test_fold_keeps_length_and_index(text: str) -> None:
    f = fold(text)
    assert len(f) == len(text)
    vocab = CharVocab.build([text], min_freq=1)
    assert len(vocab.encode(text)) == len(text)


def test_windows_prefer_sentence_ends_and_respect_protected_spans() -> None:
    text = "甲" * 50 + "。" + "乙" * 30 + "；" + "丙" * 60
    ws = windows(text, 100, 20)
    assert text[ws[0].end - 1] in BOUNDARY
    # a protected span over the boundary moves the cut to the earlier sentence end
    ws2 = windows(text, 100, 20, protect=[(75, 90)])
    assert not any(75 < w.end < 90 for w in ws2[:-1])


def test_bio_round_trip_with_astral_characters() -> None:
    text = "𠀀组建乡镇综合行政执法队😀，人员编制不少于10名。"
    spans = [("ORG", 3, 12), ("STAFFING", 18, 24)]
    assert text[3:12] == "乡镇综合行政执法队"
    tags = encode_tags(len(text), spans)
    assert decode_tags(tags, text) == spans
    # a span crossing the window edge is masked, not half-taught
    cut = encode_tags(10, spans)
    assert all(t == IGNORE for t in cut[3:10])
    assert TAGS[0] == "O" and len(TAGS) == 1 + 2 * len(LABELS)


def test_tag_texts_maps_offsets_exactly_with_astral_characters() -> None:
    """Window tags land on exactly the characters they were predicted for."""
    from policyie.models.char_tagger import CharTagger, TaggerConfig

    class Echo:  # a fake model: tags every character with the id of its vocabulary entry mod 3
        def __call__(self, input_ids, attention_mask=None):  # noqa: ANN001, ANN204
            logits = torch.nn.functional.one_hot(input_ids % 3, len(TAGS)).float()
            return type("Out", (), {"logits": logits})()

    text = ("𠀀😀组建乡镇。" * 40) + "无标点" * 100 + "𪚥"
    vocab = CharVocab.build([text], min_freq=1)
    cfg = TaggerConfig(max_len=37, overlap=9)
    tagger = CharTagger(Echo(), vocab, cfg, batch_size=5)
    tags = tagger.tag_texts([text, "", text[:10]])
    assert tags[0] == [i % 3 for i in vocab.encode(text)]
    assert tags[1] == []
    assert tags[2] == [i % 3 for i in vocab.encode(text[:10])]


def test_quick_train_writes_a_loadable_tagger(tmp_path) -> None:
    from policyie.models.train import train_cli

    assert train_cli(["transformer"], out_dir=tmp_path, seed=3, quick=True) == 0
    from policyie.models.char_tagger import CharTagger

    tagger = CharTagger.load(tmp_path / "transformer")
    doc = Document("d", "𠀀组建乡镇综合行政执法队，人员编制不少于10名。2020年6月底前完成。")
    ms = tagger.predict(doc, "2020-04-26")
    check_mentions(doc.text, ms)
    info = json.loads((tmp_path / "transformer" / "tagger.json").read_text(encoding="utf-8"))
    assert info["quick"] is True and info["seed"] == 3


def test_quick_train_is_reproducible(tmp_path) -> None:
    from policyie.models.train import train_cli

    for d in ("a", "b"):
        assert train_cli(["transformer"], out_dir=tmp_path / d, seed=5, quick=True) == 0
    a = (tmp_path / "a" / "transformer" / "model.safetensors").read_bytes()
    b = (tmp_path / "b" / "transformer" / "model.safetensors").read_bytes()
    assert a == b


def test_shipped_artifact_loads_offline_and_predicts_valid_spans(monkeypatch) -> None:
    from policyie.models.registry import ModelUnavailable, artifacts_root, load_model

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    if not (artifacts_root() / "transformer" / "model.safetensors").is_file():
        pytest.skip("no shipped transformer artifact (run `policyie train transformer`)")
    size = sum(p.stat().st_size for p in (artifacts_root() / "transformer").rglob("*") if p.is_file())
    assert size < 20 * 1024 * 1024
    model = load_model("transformer", threads=1)
    assert model.name == "transformer"
    text = ("一、组建乡镇综合行政执法队，人员编制不少于10名，由县委编办牵头，县司法局配合，2020年6月底前完成。"
            "按照“依法下放、宜放则放”原则，梳理乡镇职责163项，制定《兴隆县乡镇行政处罚事项清单》。\n𠀀😀")
    doc = Document("d", text)
    ms = model.predict(doc, "2020-04-26")
    check_mentions(text, ms)
    labels = {m.label for m in ms}
    assert "ORG" in labels
    for m in ms:
        assert m.label in LABELS and m.source == "model.transformer"
        if m.label in ("STAFFING", "ITEM_COUNT", "DEADLINE", "PRINCIPLE", "DOC_NO"):
            assert m.normalized is not None
    with pytest.raises(ModelUnavailable):
        load_model("transformer", root=artifacts_root() / "does-not-exist")
    assert os.environ["HF_HUB_OFFLINE"] == "1"
