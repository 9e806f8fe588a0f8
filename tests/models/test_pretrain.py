"""Masked-LM pretraining and gold fine-tuning of the character tagger, end to end on tiny data."""

from __future__ import annotations

import dataclasses
import json

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")

from policyie import paths  # noqa: E402
from policyie.models import pretrain as P  # noqa: E402
from policyie.models.char_tagger import IGNORE, SPECIALS, LabelledText  # noqa: E402

TINY = dataclasses.replace(P.QUICK, max_steps=4, eval_every=2)


def test_mask_batch_chooses_only_real_characters_and_labels_only_the_chosen() -> None:
    import torch

    ids = torch.tensor([[0, 1, 5, 6, 7, 8, 9, 10] * 64])  # padding and [UNK] among real characters
    gen = torch.Generator().manual_seed(0)
    inp, labels = P.mask_batch(ids, gen, 20, 0.5)
    chosen = labels != IGNORE
    assert not chosen[ids < len(SPECIALS)].any()  # never [PAD] or [UNK]
    assert (labels[chosen] == ids[chosen]).all()
    assert (inp[~chosen] == ids[~chosen]).all()  # what is not chosen is fed as it is
    real = int((ids >= len(SPECIALS)).sum())
    assert 0.35 * real < int(chosen.sum()) < 0.65 * real
    assert int((inp[chosen] == P.MASK_ID).sum()) > 0.6 * int(chosen.sum())  # about 80% become [MASK]


def test_pretrain_writes_its_best_checkpoint_and_the_tagger_loads_it(tmp_path) -> None:
    out = P.pretrain(tmp_path / "pt", TINY, texts=P.quick_texts(), log=lambda _m: None)
    info = json.loads((out / "pretrain.json").read_text(encoding="utf-8"))
    steps = [c["step"] for c in info["curve"]]
    assert steps == [0, 2, 4]
    assert info["best"]["loss"] == min(c["loss"] for c in info["curve"])
    assert all(0.0 <= c["accuracy"] <= 1.0 and c["masked"] > 0 for c in info["curve"])
    state, vocab, cfg = P.load_pretrained(out)
    assert cfg == TINY
    from policyie.models.char_tagger import _classes, model_config

    tagger = _classes("modernbert")[1](model_config(cfg.tagger_config(), len(vocab)))
    missing, unexpected = tagger.load_state_dict(state, strict=False)
    assert not unexpected
    assert set(missing) == {"classifier.weight", "classifier.bias"}  # all else comes from the checkpoint


def test_a_repeating_text_becomes_predictable() -> None:
    """The masked-LM objective learns: on a text that repeats a 4-character cycle the held-out
    accuracy goes from chance (1 in 4) to well above it and the loss falls (fails if masking or
    labels are misaligned)."""
    cfg = dataclasses.replace(P.QUICK, max_steps=60, eval_every=60, lr=1e-2, warmup_steps=5, heldout_windows=8)
    train = ["甲乙丙丁" * 200] * 3
    held = ["甲乙丙丁" * 100]
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        out = P.pretrain(d, cfg, texts=(train, held), log=lambda _m: None)
        curve = json.loads((out / "pretrain.json").read_text(encoding="utf-8"))["curve"]
    assert curve[0]["accuracy"] < 0.35
    assert curve[-1]["accuracy"] > 0.45
    assert curve[-1]["loss"] < 0.7 * curve[0]["loss"]


def test_fine_tuning_starts_from_the_pretrained_encoder(tmp_path) -> None:
    from policyie.models.gold_tune import tune

    out = P.pretrain(tmp_path / "pt", TINY, texts=P.quick_texts(), log=lambda _m: None)
    state, vocab, cfg = P.load_pretrained(out)
    tcfg = cfg.tagger_config(batch_size=4)
    text = "组建乡镇综合行政执法队，人员编制不少于10名。2020年6月底前完成。"
    gold = [LabelledText("g", text, (("ORG", 2, 11), ("STAFFING", 16, 22), ("DEADLINE", 23, 32)))]
    untouched = tune(gold, vocab, tcfg, init=state, steps=0, lr=1e-3)
    emb = "model.embeddings.tok_embeddings.weight"
    assert untouched.model.state_dict()[emb].equal(state[emb])
    trained = tune(gold, vocab, tcfg, init=state, steps=3, lr=1e-3)
    assert not trained.model.state_dict()[emb].equal(state[emb])
    scratch = tune(gold, vocab, tcfg, init=None, steps=0, lr=1e-3)
    assert not scratch.model.state_dict()[emb].equal(state[emb])


def test_quick_pretrain_transformer_hybrid_run_end_to_end(tmp_path) -> None:
    from policyie.models.char_tagger import CharTagger
    from policyie.models.train import train_cli

    assert train_cli(["pretrain", "transformer", "hybrid", "ablation"], out_dir=tmp_path, seed=4, quick=True) == 0
    assert (tmp_path / "pretrained" / "encoder.safetensors").is_file()
    info = json.loads((tmp_path / "transformer" / "tagger.json").read_text(encoding="utf-8"))
    assert info["labels"] == "gold" and info["pretrained"]["dir"] == str(tmp_path / "pretrained")
    hyb = json.loads((tmp_path / "hybrid" / "hybrid.json").read_text(encoding="utf-8"))
    assert hyb["labels"] == "gold" and len(hyb["folds"]) == 2 and hyb["criterion"] == "recall"
    CharTagger.load(tmp_path / "transformer")
    # the hybrid keeps its own copy of the gold tagger and the registry loads that one
    assert hyb["transformer"] == "tagger"
    from policyie.models.registry import load_model

    hybrid = load_model("hybrid", root=tmp_path, threads=1)
    assert (tmp_path / "hybrid" / "tagger" / "model.safetensors").is_file()
    assert hybrid.tagger.cfg == CharTagger.load(tmp_path / "hybrid" / "tagger", threads=1).cfg
    table = json.loads((tmp_path / "cards-quick" / "ablation.json").read_text(encoding="utf-8"))
    for block in table["sets"].values():  # empty without ../shared
        assert set(block["rows"]) == {"rules", "gold tagger, scratch", "gold tagger, pretrained", "hybrid"}
        assert set(block["gains"]) == {"gold tagger, scratch", "gold tagger, pretrained", "hybrid"}


def test_transformer_without_a_pretrained_encoder_says_what_to_run(tmp_path, monkeypatch, capsys) -> None:
    from policyie.models.train import train_cli

    monkeypatch.setenv("POLICYIE_PRETRAINED", str(tmp_path / "nowhere"))
    assert train_cli(["transformer"], out_dir=tmp_path, seed=1, quick=False) == 1
    assert "policyie train pretrain" in capsys.readouterr().err


@pytest.mark.shared
def test_evaluation_sets_stay_out_of_training_and_pretraining() -> None:
    if paths.shared_root() is None:
        pytest.skip(paths.shared_missing())
    from policyie.models.gold_tune import eval_sets
    from policyie.models.weak import corpus_files, gold_documents

    train_ids = {g.doc_id for g in gold_documents()}
    train_src = {g.meta.get("source") for g in gold_documents()}
    shared = paths.shared_root()
    corpus = {str(p.relative_to(shared)) for p in corpus_files()}
    sets = eval_sets()
    assert "corpora/gold-unseen" in sets and "corpora/gold-check" in sets
    for docs in sets.values():
        for g in docs:
            assert g.doc_id not in train_ids and g.source not in train_src
            assert g.source not in corpus  # not even unlabelled, in pretraining
