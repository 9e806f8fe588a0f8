"""The hybrid: per-type combination of rules and model, chosen by cross-validation;
the registry and ``policyie train`` around it."""

from __future__ import annotations

import json

import pytest

from policyie.evaluation.gold import GoldDocument
from policyie.models.hybrid import CANDIDATES, STRATEGIES, choose, combine, is_strategy, nested_cv, parse_strategy
from policyie.records import Document, Mention, check_mentions

TEXT = "县委编办牵头，县司法局配合，人员编制不少于10名，梳理职责163项。"


def _m(label: str, surface: str, source: str = "rule", nth: int = 0) -> Mention:
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(surface, i + 1)
    return Mention(label, i, i + len(surface), surface, None, source)


def test_combine_strategies() -> None:
    rules = [_m("ORG", "县委编办"), _m("STAFFING", "不少于10名")]
    model = [_m("ORG", "县司法局", "model"), _m("ORG", "委编办", "model"), _m("ITEM_COUNT", "163项", "model"),
             _m("STAFFING", "10名", "model")]
    got = combine(rules, model, {"ORG": "rules"})
    assert [m.text for m in got] == ["县委编办", "不少于10名"]
    got = combine(rules, model, {"ORG": "union"})  # model adds 县司法局; 委编办 overlaps a rule mention
    assert [m.text for m in got] == ["县委编办", "县司法局", "不少于10名"]
    got = combine(rules, model, {"ORG": "model"})
    assert [m.text for m in got if m.label == "ORG"] == ["委编办", "县司法局"]
    got = combine(rules, model, {"ORG": "model_union", "ITEM_COUNT": "union", "STAFFING": "model_union"})
    assert [(m.label, m.text) for m in got] == [("ORG", "委编办"), ("ORG", "县司法局"), ("STAFFING", "10名"),
                                                ("ITEM_COUNT", "163项")]
    with pytest.raises(ValueError):
        combine(rules, model, {"ORG": "vote"})
    # union>τ: the model adds only proposals it is confident about
    conf = [0.99, 0.5, 0.7, 0.95]
    got = combine(rules, model, {"ORG": "union>0.9", "ITEM_COUNT": "union>0.9"}, conf)
    assert [m.text for m in got] == ["县委编办", "县司法局", "不少于10名"]
    got = combine(rules, model, {"ITEM_COUNT": "union>0.6"}, conf)
    assert [m.text for m in got] == ["县委编办", "不少于10名", "163项"]
    assert STRATEGIES[0] == "rules" and all(is_strategy(h) for h in CANDIDATES)
    assert not is_strategy("model>0.5") and not is_strategy("union>2")


def _gold(doc_id: str, ms: list[Mention]) -> GoldDocument:
    return GoldDocument(doc_id, TEXT, {}, tuple(ms), doc_id)


def test_choose_uses_a_confidence_threshold_when_it_helps() -> None:
    gold_ms = [_m("ORG", "县委编办"), _m("ORG", "县司法局")]
    docs = [_gold(f"d{i}", gold_ms) for i in range(4)]
    rules = {g.doc_id: [_m("ORG", "县委编办")] for g in docs}
    model = {g.doc_id: [_m("ORG", "县司法局", "model"), _m("ORG", "职责", "model")] for g in docs}
    conf = {g.doc_id: [0.97, 0.6] for g in docs}
    choice, _ = choose(docs, rules, model, conf)
    # any threshold that drops the 0.6 proposal and keeps the 0.97 one
    base, thr = parse_strategy(choice["ORG"])
    assert base == "union" and 0.6 < thr <= 0.97


def test_choose_takes_union_only_when_it_helps() -> None:
    gold_ms = [_m("ORG", "县委编办"), _m("ORG", "县司法局"), _m("STAFFING", "不少于10名")]
    docs = [_gold(f"d{i}", gold_ms) for i in range(4)]
    rules = {g.doc_id: [_m("ORG", "县委编办"), _m("STAFFING", "不少于10名")] for g in docs}
    good = {g.doc_id: [_m("ORG", "县司法局", "model")] for g in docs}
    choice, table = choose(docs, rules, good)
    assert choice["ORG"] in ("union", "model_union")
    assert choice["STAFFING"] == "rules"
    assert set(table["ORG"]) == set(CANDIDATES)
    # a model that only adds spurious mentions never replaces the rules
    bad = {g.doc_id: [_m("ORG", "职责", "model"), _m("STAFFING", "163项", "model")] for g in docs}
    choice, _ = choose(docs, rules, bad)
    assert choice == {label: "rules" for label in choice}


def test_recall_criterion_takes_more_recall_within_the_precision_bound() -> None:
    """One right and three wrong additions per document: F1 falls (0.667 → 0.571), recall
    rises (0.5 → 1.0), precision falls by 0.6: the F1 criterion keeps the rules, the recall
    criterion takes the union when the bound allows that drop, and not when it does not."""
    gold_ms = [_m("ORG", "县委编办"), _m("ORG", "县司法局")]
    docs = [_gold(f"d{i}", gold_ms) for i in range(4)]
    rules = {g.doc_id: [_m("ORG", "县委编办")] for g in docs}
    model = {g.doc_id: [_m("ORG", "县司法局", "model"), _m("ORG", "牵头", "model"), _m("ORG", "配合", "model"),
                        _m("ORG", "职责", "model")] for g in docs}
    f1_choice, _ = choose(docs, rules, model, max_precision_drop=0.7)
    assert f1_choice["ORG"] == "rules"
    rec_choice, table = choose(docs, rules, model, max_precision_drop=0.7, criterion="recall")
    assert parse_strategy(rec_choice["ORG"])[0] in ("union", "model_union")
    assert table["ORG"][rec_choice["ORG"]]["r"] == 1.0
    strict, _ = choose(docs, rules, model, criterion="recall")  # the default bound, 0.02
    assert strict["ORG"] == "rules"
    with pytest.raises(ValueError, match="criterion"):
        choose(docs, rules, model, criterion="accuracy")


def test_nested_cv_predicts_every_document_without_its_own_choice() -> None:
    gold_ms = [_m("ORG", "县委编办"), _m("ORG", "县司法局")]
    docs = [_gold(f"d{i}", gold_ms) for i in range(4)]
    rules = {g.doc_id: [_m("ORG", "县委编办")] for g in docs}
    model = {g.doc_id: [_m("ORG", "县司法局", "model")] for g in docs}
    preds, choices = nested_cv(docs, [["d0", "d1"], ["d2", "d3"]], rules, model)
    assert set(preds) == {"d0", "d1", "d2", "d3"} and len(choices) == 2
    for ms in preds.values():
        check_mentions(TEXT, ms)


def test_registry_names_the_missing_artifact(tmp_path) -> None:
    from policyie.models.registry import ModelUnavailable, load_model

    for name in ("transformer", "hybrid", "spacy"):
        with pytest.raises(ModelUnavailable, match="policyie train"):
            load_model(name, root=tmp_path)
    with pytest.raises(ModelUnavailable, match="unknown model"):
        load_model("gpt", root=tmp_path)


def test_train_cli_rejects_unknown_names(tmp_path, capsys) -> None:
    from policyie.models.train import train_cli

    assert train_cli(["nonsense"], out_dir=tmp_path, seed=1, quick=True) == 2


def test_quick_hybrid_trains_and_loads(tmp_path) -> None:
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from policyie.models.registry import load_model
    from policyie.models.train import train_cli

    assert train_cli(["transformer", "hybrid"], out_dir=tmp_path, seed=2, quick=True) == 0
    info = json.loads((tmp_path / "hybrid" / "hybrid.json").read_text(encoding="utf-8"))
    assert all(is_strategy(h) for h in info["choice"].values())
    assert (tmp_path / "hybrid" / "oof.jsonl").is_file()
    model = load_model("hybrid", root=tmp_path, threads=1)
    doc = Document("d", "𠀀" + TEXT)
    ms = model.predict(doc, "2020")
    check_mentions(doc.text, ms)


def test_shipped_hybrid_loads_offline_and_predicts(monkeypatch) -> None:
    pytest.importorskip("torch")
    from policyie.extraction.pipeline import Pipeline
    from policyie.models.registry import artifacts_root, load_model

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    if not (artifacts_root() / "hybrid" / "hybrid.json").is_file():
        pytest.skip("no shipped hybrid artifact (run `policyie train hybrid`)")
    info = json.loads((artifacts_root() / "hybrid" / "hybrid.json").read_text(encoding="utf-8"))
    assert info["quick"] is False and all(is_strategy(h) for h in info["choice"].values())
    pipe = Pipeline(model=load_model("hybrid", threads=1))
    a = pipe.analyse(Document("d", "组建乡镇综合行政执法队，人员编制不少于10名。" + TEXT))
    check_mentions(a.document.text, list(a.mentions))
    assert any(m.label == "ORG" for m in a.mentions)


def test_artifacts_are_small() -> None:
    from policyie.models.registry import artifacts_root

    root = artifacts_root()
    if not root.is_dir():
        pytest.skip("no artifacts")
    total = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    assert total < 50 * 1024 * 1024, total


def test_quick_run_without_out_never_touches_the_shipped_artifacts(tmp_path, monkeypatch) -> None:
    pytest.importorskip("torch")
    from policyie.models.registry import artifacts_root
    from policyie.models.train import train_cli

    monkeypatch.setenv("POLICYIE_CACHE", str(tmp_path / "cache"))
    shipped = artifacts_root() / "transformer" / "model.safetensors"
    before = shipped.stat().st_mtime_ns if shipped.is_file() else None
    assert train_cli(["transformer"], out_dir=None, seed=1, quick=True) == 0
    assert (tmp_path / "cache" / "quick-artifacts" / "transformer" / "model.safetensors").is_file()
    after = shipped.stat().st_mtime_ns if shipped.is_file() else None
    assert before == after
