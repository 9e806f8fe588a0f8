"""``.doc`` through antiword or LibreOffice (stand-in converters on PATH), standard input,
and the files a folder walk leaves out, counted."""

from __future__ import annotations

import io
import json
import os
import stat
from pathlib import Path

import pytest

from policyie.cli import main
from policyie.corpora.legacy_doc import NO_CONVERTER
from policyie.corpora.readers import STDIN_SOURCE, ReadError, iter_input_paths, read_document, read_stdin

TEXT = "二、组织实施\n组建乡镇综合行政执法队，人员编制不少于10名。\n"


def fake_converter(bin_dir: Path, name: str, script: str) -> None:
    """An executable ``name`` in ``bin_dir`` running ``script`` (Python) with the arguments."""
    bin_dir.mkdir(exist_ok=True)
    exe = bin_dir / name
    exe.write_text(f"#!{os.sys.executable}\nimport sys, pathlib\n{script}\n", encoding="utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)


@pytest.fixture()
def doc_file(tmp_path: Path) -> Path:
    f = tmp_path / "通知.doc"
    f.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)  # an OLE2 header: what .doc files open with
    return f


def test_doc_without_a_converter_is_a_read_error_saying_what_to_install(doc_file, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    with pytest.raises(ReadError) as e:
        read_document(doc_file)
    assert e.value.reason == NO_CONVERTER and "antiword" in str(e.value) and str(doc_file) in str(e.value)


def test_doc_through_antiword(doc_file, tmp_path, monkeypatch) -> None:
    # The stand-in checks the arguments policyie must pass: UTF-8 output, no wrapping, the file.
    fake_converter(tmp_path / "bin", "antiword",
                   "assert sys.argv[1:5] == ['-m', 'UTF-8.txt', '-w', '0'], sys.argv\n"
                   "assert pathlib.Path(sys.argv[5]).read_bytes()[:4] == b'\\xd0\\xcf\\x11\\xe0'\n"
                   f"sys.stdout.buffer.write({TEXT!r}.encode('utf-8'))")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    doc = read_document(doc_file)
    assert (doc.text, doc.format, doc.doc_id, doc.source) == (TEXT, "doc", "通知", str(doc_file))


def test_doc_antiword_failure_names_the_file_and_the_cause(doc_file, tmp_path, monkeypatch) -> None:
    fake_converter(tmp_path / "bin", "antiword",
                   "sys.stderr.write(sys.argv[-1] + ' is not a Word Document.\\n'); sys.exit(1)")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    with pytest.raises(ReadError, match=r"antiword could not read it \(.*is not a Word Document\.\)"):
        read_document(doc_file)


def test_doc_through_libreoffice(doc_file, tmp_path, monkeypatch) -> None:
    fake_converter(tmp_path / "bin", "soffice",
                   "args = sys.argv[1:]\n"
                   "assert '--headless' in args and args[args.index('--convert-to') + 1] == 'txt:Text (encoded):UTF8'\n"
                   "src = pathlib.Path(args[-1]); out = pathlib.Path(args[args.index('--outdir') + 1])\n"
                   f"(out / (src.stem + '.txt')).write_text({TEXT!r}, encoding='utf-8-sig')")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    assert read_document(doc_file).text == TEXT


def test_a_doc_that_is_really_a_docx_or_a_web_page_needs_no_converter(tmp_path, monkeypatch) -> None:
    import docx

    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    d = docx.Document()
    d.add_paragraph("组建乡镇综合行政执法队，人员编制不少于10名。")
    d.save(tmp_path / "renamed.doc")
    assert read_document(tmp_path / "renamed.doc").text == "组建乡镇综合行政执法队，人员编制不少于10名。"
    (tmp_path / "page.doc").write_bytes("<html><body><p>人员编制不少于10名。</p></body></html>".encode("gbk"))
    assert read_document(tmp_path / "page.doc").text == "人员编制不少于10名。"
    assert read_document(tmp_path / "page.doc").format == "doc"


def test_a_folder_walk_counts_what_it_skips(tmp_path: Path) -> None:
    d = tmp_path / "in"
    (d / ".git").mkdir(parents=True)
    (d / ".git" / "x.txt").write_text("x", encoding="utf-8")
    for name in ("a.txt", "b.xls", ".hidden.txt", "~$c.docx", "d.doc", "README"):
        (d / name).write_bytes(b"x")
    skipped: list[tuple[Path, str]] = []
    assert list(iter_input_paths([d], skipped=skipped)) == [d / "a.txt", d / "d.doc"]
    assert sorted((p.name, why) for p, why in skipped) == [
        (".git", "hidden folder"), (".hidden.txt", "hidden"), ("README", "unsupported (no suffix)"),
        ("b.xls", "unsupported .xls"), ("~$c.docx", "hidden")]
    assert list(iter_input_paths([d])) == [d / "a.txt", d / "d.doc"]  # the old call is unchanged


def test_extract_says_how_many_files_it_skipped_and_reports_the_doc(tmp_path, monkeypatch, capsys) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(TEXT, encoding="utf-8")
    (d / "b.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (d / "c.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    (d / "e.wps").write_bytes(b"\xd0\xcf\x11\xe0")
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(d), "-o", str(out), "--no-progress"]) == 1  # the .doc failed
    # Two workers by default: lines come in order of completion (the failed read is often first).
    recs = sorted((json.loads(line) for line in out.read_text("utf-8").splitlines()), key=lambda r: r["doc_id"])
    assert [r["doc_id"] for r in recs] == ["a", "b"] and recs[1]["error"]["message"] == NO_CONVERTER
    err = capsys.readouterr().err.splitlines()
    assert err == [f"policyie: {d / 'b.doc'}: {NO_CONVERTER}",
                   "policyie: 2 files in folders skipped (1 unsupported .xls, 1 unsupported .wps); --verbose lists them",
                   f"policyie: 2 documents, 1 errors -> {out}"]
    assert main(["extract", str(d), "-o", str(out), "--verbose"]) == 1
    assert f"policyie: skipped {d / 'c.xls'} (unsupported .xls)" in capsys.readouterr().err.splitlines()


def test_read_stdin_decodes_like_a_text_file() -> None:
    doc = read_stdin(io.BytesIO(TEXT.encode("gbk")))
    assert (doc.text, doc.encoding, doc.source, doc.format) == (TEXT, "gb18030", STDIN_SOURCE, "txt")
    with pytest.raises(ReadError, match="<stdin>: empty"):
        read_stdin(io.BytesIO(b"  \n"))
    with pytest.raises(ReadError, match="too large"):
        read_stdin(io.BytesIO(b"x" * 11), max_bytes=10)


def test_extract_dash_reads_standard_input() -> None:
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "policyie", "extract", "-"], input=TEXT.encode("utf-8"),
                       capture_output=True, check=True)
    (rec,) = [json.loads(line) for line in r.stdout.decode("utf-8").splitlines()]
    assert rec["source"] == "<stdin>" and rec["error"] is None
    assert {e["label"]: e["text"] for e in rec["entities"]}["STAFFING"] == "不少于10名"
    assert r.stderr.decode("utf-8") == "policyie: 1 documents, 0 errors\n"
    r = subprocess.run([sys.executable, "-m", "policyie", "-q", "extract", "-"], input=b"", capture_output=True)
    assert r.returncode == 1 and r.stderr.decode("utf-8") == "policyie: <stdin>: empty\n"
