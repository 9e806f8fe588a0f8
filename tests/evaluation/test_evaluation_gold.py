"""Gold readers: every format, written here, and the errors bad files must give."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from policyie import paths
from policyie.evaluation.gold import (GoldFormatError, GoldSourceMissing, GoldWarning,
                                      PredictionFormatError, load_gold, load_predictions)
from policyie.records import Mention

TEXT = "兴隆县人民政府印发方案，人员编制不少于10名。"
# [0, 7) 兴隆县人民政府; [16, 22) 不少于10名
assert TEXT[0:7] == "兴隆县人民政府" and TEXT[16:22] == "不少于10名"
STAFF = {"min": 10, "max": None, "unit": "名", "approx": False}


def write_jsonl(path: Path, *records) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def gold_mentions(*items) -> tuple[Mention, ...]:
    return tuple(Mention(label, s, e, TEXT[s:e], value, "gold") for label, s, e, value in items)


# --------------------------------------------------------------------------- formats


def test_ours(tmp_path):
    f = write_jsonl(tmp_path / "g.jsonl", {
        "id": "xl", "text": TEXT, "meta": {"date": "2020-04-26"},
        "entities": [{"start": 16, "end": 22, "label": "STAFFING", "text": "不少于10名", "normalized": STAFF},
                     {"start": 0, "end": 7, "label": "ORG", "text": "兴隆县人民政府"}]})
    [d] = load_gold(f)
    assert (d.doc_id, d.text, d.meta) == ("xl", TEXT, {"date": "2020-04-26"})
    # sorted by offset; normalized None when absent; source "gold"
    assert d.mentions == gold_mentions(("ORG", 0, 7, None), ("STAFFING", 16, 22, STAFF))
    assert d.source == f"{f}:1"


def test_doccano_sequence_labelling(tmp_path):
    f = write_jsonl(tmp_path / "seq.jsonl",
                    {"id": 7, "text": TEXT, "label": [[16, 22, "STAFFING"], [0, 7, "ORG"]]},
                    {"text": TEXT, "labels": [[0, 7, "ORG"]]})
    a, b = load_gold(f)
    assert a.doc_id == "7" and b.doc_id == "seq:2"  # no id: the file stem and line
    assert a.mentions == gold_mentions(("ORG", 0, 7, None), ("STAFFING", 16, 22, None))
    assert b.mentions == gold_mentions(("ORG", 0, 7, None))
    assert a.meta == {}


def test_doccano_relation_extraction(tmp_path):
    f = write_jsonl(tmp_path / "rel.jsonl", {
        "id": 3, "text": TEXT,
        "entities": [{"id": 11, "label": "ORG", "start_offset": 0, "end_offset": 7},
                     {"id": 12, "label": "STAFFING", "start_offset": 16, "end_offset": 22}],
        "relations": [{"id": 1, "from_id": 11, "to_id": 12, "type": "staffs"}]})
    [d] = load_gold(f)
    assert d.doc_id == "3"
    assert d.mentions == gold_mentions(("ORG", 0, 7, None), ("STAFFING", 16, 22, None))


def test_label_studio_export(tmp_path):
    def region(s, e, label, rid):
        return {"id": rid, "from_name": "label", "to_name": "text", "type": "labels",
                "value": {"start": s, "end": e, "text": TEXT[s:e], "labels": [label]}}

    tasks = [
        {"id": 101, "data": {"text": TEXT},
         "annotations": [
             {"id": 1, "was_cancelled": True, "result": [region(0, 3, "ORG", "a")]},
             {"id": 2, "was_cancelled": False, "result": [
                 region(0, 7, "ORG", "r1"), region(16, 22, "STAFFING", "r2"),
                 {"type": "relation", "from_id": "r1", "to_id": "r2", "direction": "right"},
                 {"type": "choices", "value": {"choices": ["plan"]}, "from_name": "kind", "to_name": "text"}]},
             {"id": 3, "result": [region(8, 10, "DOC_TITLE", "x")]}]},
        {"id": 102, "data": {"text": "无标注"}, "annotations": []},
    ]
    f = tmp_path / "ls.json"
    f.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    with pytest.warns(GoldWarning, match="102"):
        docs = load_gold(f)
    assert [d.doc_id for d in docs] == ["101"]  # the unannotated task is left out
    assert docs[0].mentions == gold_mentions(("ORG", 0, 7, None), ("STAFFING", 16, 22, None))
    assert docs[0].source == f"{f}#0"


def test_label_studio_json_min(tmp_path):
    tasks = [{"id": 5, "text": TEXT, "annotator": 1, "annotation_id": 9,
              "label": [{"start": 0, "end": 7, "text": "兴隆县人民政府", "labels": ["ORG"]},
                        {"start": 16, "end": 22, "text": "不少于10名", "labels": ["STAFFING"]}]}]
    f = tmp_path / "min.json"
    f.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    [d] = load_gold(f)
    assert d.doc_id == "5"
    assert d.mentions == gold_mentions(("ORG", 0, 7, None), ("STAFFING", 16, 22, None))


def test_javascript_offsets_are_mapped(tmp_path):
    # 𠀀 is outside the BMP: one Python character, two UTF-16 code units, which is what
    # doccano and Label Studio count.
    text = "𠀀兴隆县人民政府"
    f = write_jsonl(tmp_path / "js.jsonl",
                    {"text": text, "label": [{"start": 2, "end": 9, "text": "兴隆县人民政府", "labels": ["ORG"]}]})
    [d] = load_gold(f)
    assert (d.mentions[0].start, d.mentions[0].end) == (1, 8)


def test_doccano_json_named_jsonl(tmp_path):
    # doccano writes JSONL but may name it .json
    f = write_jsonl(tmp_path / "export.json", {"id": 1, "text": TEXT, "label": [[0, 7, "ORG"]]},
                    {"id": 2, "text": TEXT, "label": []})
    assert [d.doc_id for d in load_gold(f)] == ["1", "2"]


def test_folder_and_list_of_paths(tmp_path):
    write_jsonl(tmp_path / "b.jsonl", {"id": "b", "text": TEXT, "entities": []})
    write_jsonl(tmp_path / "a.jsonl", {"id": "a", "text": TEXT, "entities": []})
    (tmp_path / "notes.txt").write_text("not gold", encoding="utf-8")
    assert [d.doc_id for d in load_gold(tmp_path)] == ["a", "b"]
    other = write_jsonl(tmp_path.parent / f"{tmp_path.name}-c.jsonl", {"id": "c", "text": TEXT, "entities": []})
    assert [d.doc_id for d in load_gold([tmp_path, str(other)])] == ["a", "b", "c"]


# --------------------------------------------------------------------------- pointers


def pointer(source: str, data: bytes, **extra) -> dict:
    return {"id": "p", "source": source, "sha256": hashlib.sha256(data).hexdigest(), "meta": {},
            "entities": [{"start": 0, "end": 7, "label": "ORG", "text": "兴隆县人民政府"}], **extra}


@pytest.fixture
def shared(tmp_path, monkeypatch):
    root = tmp_path / "shared"
    (root / "seeds").mkdir(parents=True)
    monkeypatch.setenv("POLICYIE_SHARED", str(root))
    return root


def test_pointer_reads_bytes_exactly(tmp_path, shared):
    data = (TEXT + "\r\n第二行\r\n").encode("utf-8")  # CRLF must survive: offsets count it
    (shared / "seeds" / "x.txt").write_bytes(data)
    [d] = load_gold(write_jsonl(tmp_path / "g.jsonl", pointer("seeds/x.txt", data)))
    assert d.text == data.decode("utf-8")
    assert d.source == str(shared / "seeds" / "x.txt")
    assert d.mentions[0].text == "兴隆县人民政府"


def test_pointer_to_a_word_file_indexes_the_text_policyie_reads(tmp_path, shared):
    # offsets into a .docx index its extracted text (the text policyie extracts from and
    # stores), not its bytes
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph("2024年工作报告")
    doc.add_paragraph(TEXT)
    path = shared / "seeds" / "r.docx"
    doc.save(str(path))
    data = path.read_bytes()
    start = len("2024年工作报告\n")
    rec = {"id": "r", "source": "seeds/r.docx", "sha256": hashlib.sha256(data).hexdigest(), "meta": {},
           "entities": [{"start": start, "end": start + 7, "label": "ORG", "text": "兴隆县人民政府"}]}
    [d] = load_gold(write_jsonl(tmp_path / "g.jsonl", rec))
    assert d.text == "2024年工作报告\n" + TEXT
    assert d.mentions[0].text == "兴隆县人民政府"
    # a broken Word file is a gold error naming the file, not a crash
    path.write_bytes(b"PK not a zip")
    rec["sha256"] = hashlib.sha256(b"PK not a zip").hexdigest()
    with pytest.raises(GoldFormatError, match="r.docx"):
        load_gold(write_jsonl(tmp_path / "g2.jsonl", rec))


def test_pointer_hash_mismatch(tmp_path, shared):
    data = TEXT.encode("utf-8")
    (shared / "seeds" / "x.txt").write_bytes(data)
    rec = pointer("seeds/x.txt", data, sha256="0" * 64)
    f = write_jsonl(tmp_path / "g.jsonl", {"id": "ok", "text": TEXT}, rec)
    with pytest.raises(GoldFormatError, match="sha256") as e:
        load_gold(f)
    assert not isinstance(e.value, GoldSourceMissing)
    assert f"{f}:2" in str(e.value)


def test_pointer_file_missing(tmp_path, shared):
    f = write_jsonl(tmp_path / "g.jsonl", pointer("corpus/none.txt", b""))
    with pytest.raises(GoldSourceMissing, match="corpus/none.txt") as e:
        load_gold(f)
    assert (e.value.path, e.value.line) == (str(f), 1)
    assert str(e.value).startswith(f"{f}:1: ")


def test_pointer_without_shared_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "shared_root", lambda: None)
    f = write_jsonl(tmp_path / "g.jsonl", pointer("corpus/x.txt", b""))
    with pytest.raises(GoldSourceMissing, match="no shared folder"):
        load_gold(f)


def test_pointer_to_seed_falls_back_to_bundled_sample(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "shared_root", lambda: None)
    sample = paths.SAMPLES_DIR / "xixian-2020-street-town-reform.txt"
    if not sample.is_file():
        pytest.skip("bundled sample xixian-2020-street-town-reform.txt is absent")
    data = sample.read_bytes()
    rec = {"id": "xixian", "source": "seeds/xixian-2020-street-town-reform.txt",
           "sha256": hashlib.sha256(data).hexdigest(), "entities": []}
    [d] = load_gold(write_jsonl(tmp_path / "g.jsonl", rec))
    assert d.text == data.decode("utf-8") and d.source == str(sample)


# --------------------------------------------------------------------------- malformed


def bad_line(tmp_path: Path, record_or_raw) -> GoldFormatError:
    """Write a good first line and the given second line, and return the error."""
    f = tmp_path / "bad.jsonl"
    good = json.dumps({"id": "ok", "text": TEXT, "entities": []}, ensure_ascii=False)
    second = record_or_raw if isinstance(record_or_raw, str) else json.dumps(record_or_raw, ensure_ascii=False)
    f.write_text(good + "\n" + second + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError) as e:
        load_gold(f)
    assert (e.value.path, e.value.line) == (str(f), 2)
    assert str(e.value).startswith(f"{f}:2: ")
    return e.value


def ours(*entities, **extra) -> dict:
    return {"id": "x", "text": TEXT, "entities": list(entities), **extra}


def test_bad_json_line(tmp_path):
    assert "invalid JSON" in str(bad_line(tmp_path, '{"id": "x", "text": '))


def test_offsets_out_of_range(tmp_path):
    err = bad_line(tmp_path, ours({"start": 20, "end": 99, "label": "ORG"}))
    assert "outside text" in str(err)


def test_text_mismatch(tmp_path):
    err = bad_line(tmp_path, ours({"start": 0, "end": 7, "label": "ORG", "text": "兴隆县政府"}))
    assert "'兴隆县政府'" in str(err)


def test_unknown_label(tmp_path):
    err = bad_line(tmp_path, {"text": TEXT, "label": [[0, 7, "ORGANIZATION"]]})
    assert "unknown label 'ORGANIZATION'" in str(err)


def test_missing_text(tmp_path):
    assert "missing 'text'" in str(bad_line(tmp_path, {"id": "x", "entities": []}))


@pytest.mark.parametrize("record, words", [
    (ours({"start": "0", "end": 7, "label": "ORG"}), "integers"),
    (ours({"start": 3, "end": 3, "label": "ORG"}), "empty span"),
    (ours({"end": 7, "label": "ORG"}), "missing 'start'"),
    (ours({"start": 0, "end": 7, "label": "ORG"}, {"start": 0, "end": 7, "label": "ORG"}), "duplicate entity"),
    (ours(meta=[1]), "'meta' must be an object"),
    ({"text": TEXT, "label": [[0, 7]]}, "expected [start, end, label]"),
    ({"id": "ok", "text": TEXT}, "duplicate document id 'ok'"),
    ([1, 2], "expected a JSON object"),
])
def test_other_problems(tmp_path, record, words):
    assert words in str(bad_line(tmp_path, record))


def test_bad_label_studio_task_names_task_index(tmp_path):
    tasks = [{"id": 1, "data": {"text": TEXT}, "annotations": [{"result": []}]},
             {"id": 2, "data": {"text": TEXT}, "annotations": [{"result": [
                 {"type": "labels", "value": {"start": 0, "end": 7, "text": "兴隆县人民政府", "labels": ["BODY"]}}]}]}]
    f = tmp_path / "ls.json"
    f.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldFormatError, match="unknown label 'BODY'") as e:
        load_gold(f)
    assert (e.value.task, str(e.value).startswith(f"{f}: task 1: ")) == (1, True)


def test_bad_json_file_names_line(tmp_path):
    f = tmp_path / "broken.json"
    f.write_text('[\n  {"id": 1,\n  "data": }\n]', encoding="utf-8")
    with pytest.raises(GoldFormatError, match="invalid JSON") as e:
        load_gold(f)
    assert e.value.line == 3


def test_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(GoldFormatError, match="no such file"):
        load_gold(tmp_path / "nope.jsonl")
    with pytest.raises(GoldFormatError, match="no \\*.jsonl"):
        load_gold(tmp_path)


# --------------------------------------------------------------------------- predictions


def test_load_predictions(tmp_path):
    f = write_jsonl(tmp_path / "pred.jsonl",
                    {"doc_id": "xl", "entities": [{"label": "STAFFING", "start": 16, "end": 22, "text": "不少于10名",
                                                   "normalized": STAFF, "source": "staffing.comparator"}],
                     "error": None},
                    {"doc_id": "broken", "entities": [], "error": "UnicodeDecodeError: …"})
    read = load_predictions(f)
    assert read.mentions == {"xl": (Mention("STAFFING", 16, 22, "不少于10名", STAFF, "staffing.comparator"),),
                             "broken": ()}
    assert read.errors == {"broken": "UnicodeDecodeError: …"}


@pytest.mark.parametrize("line, words", [
    ("{oops", "invalid JSON"),
    ('{"entities": []}', "doc_id"),
    ('{"doc_id": "a", "entities": [{"label": "ORG", "start": 0}]}', "entity 0"),
])
def test_bad_predictions(tmp_path, line, words):
    f = tmp_path / "pred.jsonl"
    f.write_text('{"doc_id": "ok", "entities": []}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(PredictionFormatError, match=words) as e:
        load_predictions(f)
    assert str(e.value).startswith(f"{f}:2: ")
