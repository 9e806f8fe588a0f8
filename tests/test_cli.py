"""`policyie extract` end to end: a batch with good and bad inputs, the record schema."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import jsonschema
import pytest

from policyie.cli import main
from policyie.paths import PACKAGE_ROOT, SAMPLES_DIR
from policyie.records import check_span

SCHEMA = json.loads((PACKAGE_ROOT / "schema" / "record.schema.json").read_text("utf-8"))
PLAN = "二、组织实施\n（一）组建乡镇综合行政执法队，人员编制不少于10名。2020年6月底前完成。\n"


def _batch(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a_utf8.txt").write_text(PLAN, encoding="utf-8")
    (d / "b_gbk.txt").write_bytes(PLAN.encode("gbk"))
    (d / "c_utf16.txt").write_bytes(PLAN.encode("utf-16"))
    (d / "d_empty.txt").write_bytes(b"")
    (d / "e_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "f_broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (d / "g_page.html").write_text(f"<html><body><div>{PLAN}</div><p>unclosed", encoding="utf-8")
    with zipfile.ZipFile(d / "h_nodoc.docx", "w") as z:
        z.writestr("hello.txt", "no word document inside")
    return d


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_batch_keeps_every_document_and_names_each_error(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    # exit 1: done, but some documents failed (policyie.errors)
    assert main(["extract", str(_batch(tmp_path)), "-o", str(out), "--no-progress"]) == 1
    recs = {r["doc_id"]: r for r in _records(out)}
    assert sorted(recs) == ["a_utf8", "b_gbk", "c_utf16", "d_empty", "e_binary", "f_broken", "g_page", "h_nodoc"]
    good = ["a_utf8", "b_gbk", "c_utf16", "g_page"]
    for doc_id in good:
        assert recs[doc_id]["error"] is None, recs[doc_id]["error"]
        labels = {e["label"]: e["text"] for e in recs[doc_id]["entities"]}
        assert labels == {"ORG": "乡镇综合行政执法队", "STAFFING": "不少于10名", "DEADLINE": "2020年6月底前"}
    assert recs["b_gbk"]["encoding"] == "gb18030"
    assert recs["c_utf16"]["encoding"].startswith("utf-16")
    for doc_id, word in [("d_empty", "empty"), ("e_binary", "binary"), ("f_broken", "docx"), ("h_nodoc", "docx")]:
        err = recs[doc_id]["error"]
        assert err is not None and err["kind"] == "read" and word in err["message"], (doc_id, err)
        assert recs[doc_id]["source"].endswith(doc_id + Path(recs[doc_id]["source"]).suffix)


def test_records_follow_the_schema_and_offsets_hold(tmp_path: Path) -> None:
    out = tmp_path / "samples.jsonl"
    assert main(["extract", str(SAMPLES_DIR), "-o", str(out), "--no-progress"]) == 0
    validator = jsonschema.Draft202012Validator(SCHEMA)
    recs = _records(out)
    assert len(recs) == 5
    for rec in recs:
        errors = [e.message for e in validator.iter_errors(rec)]
        assert not errors, (rec["doc_id"], errors[:3])
        text = (SAMPLES_DIR / f"{rec['doc_id']}.txt").read_text("utf-8")
        for m in rec["entities"]:
            check_span(text, m["start"], m["end"], m["text"])
        for p in rec["provisions"]:
            check_span(text, p["start"], p["end"], p["text"])
            for m in p["mentions"]:
                assert p["start"] <= m["start"] and m["end"] <= p["end"]


def test_missing_input_is_an_error_record(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(tmp_path / "nope.txt"), "-o", str(out), "--no-progress"]) == 1
    (rec,) = _records(out)
    assert rec["error"]["kind"] == "read" and "not found" in rec["error"]["message"]


def test_evaluate_reads_a_gold_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "组建乡镇综合行政执法队，人员编制不少于10名。"
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "g", "text": text, "meta": {}, "entities": [
        {"start": 2, "end": 11, "label": "ORG", "text": "乡镇综合行政执法队"},
        {"start": 16, "end": 22, "label": "STAFFING", "text": "不少于10名",
         "normalized": {"min": 10, "max": None, "unit": "名", "approx": False}}]}, ensure_ascii=False) + "\n", "utf-8")
    assert main(["evaluate", str(gold), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["micro"]["counts"]["correct"] == 2
    assert report["micro"]["strict"]["f1"] == 1.0


def test_version_and_python_dash_m():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "policyie", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("policyie ") and out.stdout.split()[1][0].isdigit()
