"""The text report and the CLI function."""

from __future__ import annotations

import dataclasses
import io
import json
from types import SimpleNamespace

from policyie.evaluation.cli import evaluate_cli
from policyie.evaluation.gold import GoldDocument
from policyie.evaluation.report import format_report
from policyie.evaluation.scoring import evaluate
from policyie.records import Mention

TEXT = "县委组织部、县委编办、县司法局负责，2020年6月底前完成。"
DUE = {"date": "2020-06-30", "precision": "month", "relation": "by", "recurring": False}


def m(label: str, surface: str, normalized=None, source: str = "gold") -> Mention:
    s = TEXT.index(surface)
    return Mention(label, s, s + len(surface), surface, normalized, source)


GOLD = [GoldDocument("d1", TEXT, {"date": "2020-04-26"},
                     (m("ORG", "县委组织部"), m("ORG", "县委编办"), m("ORG", "县司法局"),
                      m("DEADLINE", "2020年6月底前", DUE)), "test")]


def gold_file(tmp_path):
    f = tmp_path / "gold.jsonl"
    g = GOLD[0]
    rec = {"id": g.doc_id, "text": g.text, "meta": g.meta,
           "entities": [{k: v for k, v in x.to_json().items() if k != "source"} for x in g.mentions]}
    f.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    return f


def preds_file(tmp_path, mentions, error=None):
    f = tmp_path / "pred.jsonl"
    f.write_text(json.dumps({"doc_id": "d1", "entities": [x.to_json() for x in mentions], "error": error},
                            ensure_ascii=False) + "\n", encoding="utf-8")
    return f


PRED = [m("ORG", "县委组织部", source="r"), m("ORG", "编办", source="r"),
        m("DEADLINE", "2020年6月底前", {**DUE, "date": "2020-06-01"}, "d")]


# --------------------------------------------------------------------------- report


def test_table_rows_and_lists():
    report = evaluate(GOLD, {"d1": PRED})
    text = format_report(report, show=1)
    lines = text.splitlines()
    org = next(l for l in lines if l.startswith("ORG "))
    # gold 3, pred 2, exact 1, partial 1; strict P 1/2, R 1/3, F1 0.4
    assert org.split()[1:5] == ["3", "2", "1", "1"]
    assert "0.500 0.333 0.400" in org
    # partial: 1.5/2, 1.5/3, F1 2·.75·.5/1.25 = 0.6
    assert "0.750 0.500 0.600" in org
    deadline = next(l for l in lines if l.startswith("DEADLINE "))
    assert deadline.endswith("0.000 (0/1)")
    assert any(l.startswith("micro ") for l in lines)
    # two ORG misses, only the first shown; the partial shows its counterpart
    assert "ORG missed: 2 (first 1)" in text
    assert "县委编办  ~ predicted" in text
    assert "DEADLINE value errors: 1" in text
    assert "县司法局" not in text  # second miss cut by show=1


def test_show_zero_gives_table_only():
    text = format_report(evaluate(GOLD, {"d1": PRED}), show=0)
    assert "missed" not in text and "micro" in text


def test_peer_rows():
    report = evaluate(GOLD, {"d1": PRED})
    peer = evaluate(GOLD, {"d1": [m("ORG", "县司法局", source="peer.jieba")]})
    text = format_report(dataclasses.replace(report, peers={"jieba+jionlp": peer}))
    lines = text.splitlines()
    i = next(n for n, l in enumerate(lines) if l.startswith("ORG "))
    assert lines[i + 1].strip().startswith("peer:jieba+jionlp")
    assert lines[i + 1].split()[1:5] == ["3", "1", "1", "0"]
    # no peer row under types the peer never predicts, but one under micro
    j = next(n for n, l in enumerate(lines) if l.startswith("DEADLINE "))
    assert "peer:" not in lines[j + 1]
    k = next(n for n, l in enumerate(lines) if l.startswith("micro "))
    assert lines[k + 1].strip().startswith("peer:jieba+jionlp")
    assert json.loads(json.dumps(dataclasses.replace(report, peers={"jieba+jionlp": peer}).to_json()))[
        "peers"]["jieba+jionlp"]["labels"]["ORG"]["counts"]["correct"] == 1


# --------------------------------------------------------------------------- CLI


def test_cli_with_prediction_file(tmp_path):
    out = io.StringIO()
    assert evaluate_cli([str(gold_file(tmp_path))], str(preds_file(tmp_path, PRED)), out=out) == 0
    assert "1 documents, 4 gold mentions, 3 predicted" in out.getvalue()


def test_cli_json(tmp_path):
    out = io.StringIO()
    assert evaluate_cli([str(gold_file(tmp_path))], str(preds_file(tmp_path, PRED)), as_json=True, out=out) == 0
    data = json.loads(out.getvalue())
    assert data["micro"]["counts"] == {"gold": 4, "predicted": 3, "correct": 2, "partial": 1,
                                       "missed": 1, "spurious": 0}
    assert data["value_errors"][0]["predicted"]["date"] == "2020-06-01"


def test_cli_notes_failed_extraction(tmp_path):
    out = io.StringIO()
    evaluate_cli([str(gold_file(tmp_path))], str(preds_file(tmp_path, [], error="boom")), as_json=True, out=out)
    assert json.loads(out.getvalue())["notes"] == ["d1: extraction failed: boom"]


def test_cli_bad_gold(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "abc", "entities": [{"start": 0, "end": 9, "label": "ORG"}]}\n',
                   encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert evaluate_cli([str(bad)], out=out, err=err) == 2
    assert out.getvalue() == ""
    assert f"{bad}:1:" in err.getvalue() and "outside text" in err.getvalue()


def test_cli_bad_predictions(tmp_path):
    pred = tmp_path / "pred.jsonl"
    pred.write_text("{nope\n", encoding="utf-8")
    err = io.StringIO()
    assert evaluate_cli([str(gold_file(tmp_path))], str(pred), out=io.StringIO(), err=err) == 2
    assert f"{pred}:1:" in err.getvalue()


def _patch_pipeline(monkeypatch, analyse):
    """Make the CLI's pipeline factory return a stand-in whose ``analyse`` is given."""
    import policyie.batch

    monkeypatch.setattr(policyie.batch, "make_pipeline", lambda model="rules": SimpleNamespace(analyse=analyse))


def test_cli_runs_the_pipeline(tmp_path, monkeypatch):
    seen = []

    def fake_analyse(document, meta=None):
        seen.append(document)
        # the CLI reads only .mentions: a stand-in keeps this test off the Analysis shape
        return SimpleNamespace(mentions=(m("ORG", "县委编办", source="fake"),))

    _patch_pipeline(monkeypatch, fake_analyse)
    out = io.StringIO()
    assert evaluate_cli([str(gold_file(tmp_path))], as_json=True, out=out) == 0
    assert [(d.doc_id, d.text) for d in seen] == [("d1", TEXT)]
    assert json.loads(out.getvalue())["micro"]["counts"]["correct"] == 1


def test_cli_records_a_failing_analysis(tmp_path, monkeypatch):
    def broken(document, meta=None):
        raise RuntimeError("stage exploded")

    _patch_pipeline(monkeypatch, broken)
    out = io.StringIO()
    assert evaluate_cli([str(gold_file(tmp_path))], as_json=True, out=out) == 0
    data = json.loads(out.getvalue())
    assert data["notes"] == ["d1: analyse failed: RuntimeError: stage exploded"]
    assert data["micro"]["counts"]["missed"] == 4


def test_cli_with_the_real_pipeline(tmp_path):
    # Whatever the pipeline predicts today, the gold side of the report is fixed.
    out = io.StringIO()
    assert evaluate_cli([str(gold_file(tmp_path))], as_json=True, out=out) == 0
    counts = json.loads(out.getvalue())["micro"]["counts"]
    assert counts["gold"] == 4 and counts["correct"] + counts["partial"] + counts["missed"] == 4
