"""Exporting the store: Parquet (types kept), CSV (UTF-8 with BOM), Excel (one sheet per
table), read back with DuckDB, pandas and openpyxl."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from openpyxl import load_workbook

from policyie.cli import main
from policyie.corpora.export import EXCEL_CELL_LIMIT, ExportError, export, plan_export
from policyie.corpora.store import TABLES, IngestStats, ingest_paths, ingest_records, open_store
from policyie.paths import SAMPLES_DIR

XINGLONG = "samples/xinglong-2020-township-reform-plan.txt"
LONG = "长" * (EXCEL_CELL_LIMIT + 5000)


def odd_record() -> dict:
    """A record with what Excel cannot take as is: a cell over the limit, a control
    character (docx text may hold \\x0b), text that looks like a formula."""
    return {
        "schema_version": "1.0", "doc_id": "odd", "source": "", "encoding": None, "format": "docx",
        "meta": {"title": "=SUM(A1:A2)", "issuers": [], "doc_no": None, "date": None, "date_source": None,
                 "region": {"province": None, "city": None, "county": None, "code": None, "name": None}},
        "sections": [], "boilerplate": [],
        "entities": [{"label": "ORG", "start": 0, "end": 3, "text": "执法队", "normalized": None, "source": "test"}],
        "provisions": [{"provision_id": "odd#p1", "section_path": ["甲\x0b乙"], "start": 0, "end": len(LONG),
                        "text": LONG, "mentions": [], "roles": {"bodies": ["执法队", "综合办"]}}],
        "error": None,
    }


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    from policyie.extraction.pipeline import Pipeline

    root = tmp_path_factory.mktemp("export")
    shutil.copytree(SAMPLES_DIR, root / "samples")
    mp = pytest.MonkeyPatch()
    mp.chdir(root)
    try:
        con = open_store("store.duckdb")
        assert ingest_paths(con, ["samples", "samples/missing.txt"], pipeline=Pipeline()) == IngestStats(added=5, errors=1)
        assert ingest_records(con, [odd_record()]) == IngestStats(added=1)
        con.close()
    finally:
        mp.undo()
    return root / "store.duckdb"


@pytest.fixture()
def con(db: Path):
    c = open_store(db, read_only=True)
    yield c
    c.close()


def xinglong_key(con: duckdb.DuckDBPyConnection) -> str:
    """The store's key of the Xinglong sample: its resolved path (the store keys documents
    by resolved path and content), found by the path it was ingested under."""
    return con.execute("SELECT doc_key FROM documents WHERE source = ?", [XINGLONG]).fetchone()[0]


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_parquet_folder_round_trip(con, tmp_path: Path) -> None:
    out = tmp_path / "pq"
    written = export(con, out)
    assert sorted(p.name for p in written) == sorted(f"{t}.parquet" for t in TABLES)
    n = counts(con)
    assert all(v > 0 for v in n.values()), n
    rd = duckdb.connect()
    for t in TABLES:
        assert rd.execute(f"SELECT count(*) FROM read_parquet('{out / t}.parquet')").fetchone()[0] == n[t], t
    # types survive: INTEGER NULL, DATE, lists, the document text
    row = rd.execute(f"SELECT min_value, max_value FROM read_parquet('{out}/mentions.parquet') "
                     "WHERE doc_key = ? AND text = '不少于10名'", [xinglong_key(con)]).fetchone()
    assert row == (10, None)
    assert rd.execute(f"SELECT date FROM read_parquet('{out}/deadlines.parquet') WHERE text = '2020年6月底前'"
                      ).fetchone() == (dt.date(2020, 6, 30),)
    assert rd.execute(f"SELECT issuers FROM read_parquet('{out}/documents.parquet') WHERE doc_key = ?",
                      [xinglong_key(con)]).fetchone() == (["中共兴隆县委", "兴隆县人民政府"],)
    text = rd.execute(f"SELECT text FROM read_parquet('{out}/documents.parquet') WHERE doc_key = ?", [xinglong_key(con)]).fetchone()[0]
    assert text == con.execute("SELECT text FROM documents WHERE doc_key = ?", [xinglong_key(con)]).fetchone()[0]


def test_a_file_holds_one_table_a_folder_one_file_per_table(con, tmp_path: Path) -> None:
    assert export(con, tmp_path / "m.parquet", ["mentions"]) == [tmp_path / "m.parquet"]
    assert pd.read_csv(export(con, tmp_path / "e.csv", ["errors"])[0], encoding="utf-8-sig").shape[0] == 1
    # Several tables into one file: refused, naming the folder to use (issue 10: `-o regs.parquet`
    # used to write regs-<table>.parquet and no regs.parquet).
    with pytest.raises(ExportError, match=r"x\.parquet: a parquet file holds one table and 2 were asked.*-o .*x/"):
        export(con, tmp_path / "x.parquet", ["documents", "mentions", "documents"])
    written = export(con, tmp_path / "x", ["documents", "mentions", "documents"])
    assert written == [tmp_path / "x" / "documents.parquet", tmp_path / "x" / "mentions.parquet"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.csv", "m.parquet", "x"]  # no temporary files left
    assert sorted(p.name for p in (tmp_path / "x").iterdir()) == ["documents.parquet", "mentions.parquet"]
    assert plan_export(tmp_path / "new-folder", ["staffing"]) == ("parquet", {"staffing": tmp_path / "new-folder" / "staffing.parquet"})
    assert plan_export(tmp_path / "f/", ["staffing"], "jsonl") == ("jsonl", {"staffing": tmp_path / "f" / "staffing.jsonl"})
    assert plan_export("out.xlsx")[0] == "xlsx"
    assert plan_export("-", ["staffing"]) == ("csv", {"staffing": None})
    with pytest.raises(ExportError, match="standard output.*csv or jsonl"):
        plan_export("-", ["staffing"], "parquet")
    with pytest.raises(ExportError, match="standard output.*one table"):
        plan_export("-")
    with pytest.raises(ExportError, match="does not match"):
        plan_export("a.csv", ["staffing"], "parquet")


def test_parquet_reads_back_with_pandas(con, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow", reason="pandas.read_parquet needs policyie[parquet] (pyarrow)")
    (f,) = export(con, tmp_path / "staffing.parquet", ["staffing"])
    frame = pd.read_parquet(f)
    assert len(frame) == counts(con)["staffing"]
    row = frame[(frame["doc_key"] == xinglong_key(con)) & (frame["text"] == "不少于10名")].iloc[0]
    assert row["min_value"] == 10 and row["body"] == "乡镇综合行政执法队"


def test_jsonl_one_object_per_row(con, tmp_path: Path) -> None:
    (f,) = export(con, tmp_path / "docs.jsonl", ["documents"])
    rows = [json.loads(line) for line in f.read_text("utf-8").splitlines()]
    assert len(rows) == counts(con)["documents"]
    doc = next(r for r in rows if r["doc_key"] == xinglong_key(con))
    assert doc["issuers"] == ["中共兴隆县委", "兴隆县人民政府"]  # lists stay lists


def test_csv_has_a_bom_round_trips_and_keeps_formulas_as_text(con, tmp_path: Path) -> None:
    written = export(con, tmp_path / "store", fmt="csv")
    assert sorted(p.name for p in written) == sorted(f"{t}.csv" for t in TABLES)
    n = counts(con)
    for t in TABLES:
        f = tmp_path / "store" / f"{t}.csv"
        assert f.read_bytes()[:3] == b"\xef\xbb\xbf", t
        assert len(pd.read_csv(f, encoding="utf-8-sig")) == n[t], t
    docs = pd.read_csv(tmp_path / "store" / "documents.csv", encoding="utf-8-sig").set_index("doc_key")
    assert docs.loc[xinglong_key(con), "title"] == "兴隆县深化乡镇改革方案"
    assert docs.loc[xinglong_key(con), "issuers"] == "中共兴隆县委、兴隆县人民政府"  # lists joined with 、
    assert docs.loc[xinglong_key(con), "text"].startswith(con.execute(
        "SELECT left(text, 20) FROM documents WHERE doc_key = ?", [xinglong_key(con)]).fetchone()[0])
    # The odd record's title is "=SUM(A1:A2)": Excel must show it, not compute it.
    assert docs.loc["odd", "title"] == "'=SUM(A1:A2)"
    prov = pd.read_csv(tmp_path / "store" / "provisions.csv", encoding="utf-8-sig")
    odd = prov[prov["provision_id"] == "odd#p1"].iloc[0]
    assert odd["bodies"] == "执法队、综合办" and odd["text"] == LONG  # no cell limit in CSV
    assert json.loads(odd["roles"]) == {"bodies": ["执法队", "综合办"]}


def test_xlsx_one_sheet_per_table_round_trips(con, tmp_path: Path) -> None:
    out = tmp_path / "store.xlsx"
    assert export(con, out) == [out]
    wb = load_workbook(out, read_only=True)
    try:
        assert wb.sheetnames == list(TABLES)
        n = counts(con)
        sheets = {}
        for t in TABLES:
            rows = list(wb[t].iter_rows(values_only=True))
            assert len(rows) - 1 == n[t], t
            sheets[t] = [dict(zip(rows[0], r)) for r in rows[1:]]
        assert "text" not in sheets["documents"][0]  # the document text is left out by default
        doc = next(r for r in sheets["documents"] if r["doc_key"] == xinglong_key(con))
        assert doc["issuers"] == "中共兴隆县委、兴隆县人民政府" and doc["region"] == "河北省承德市兴隆县"
        staff = next(r for r in sheets["mentions"] if r["doc_key"] == xinglong_key(con) and r["text"] == "不少于10名")
        assert staff["min_value"] == 10 and staff["max_value"] is None
        assert json.loads(staff["normalized"])["min"] == 10  # JSON as text
        dl = next(r for r in sheets["deadlines"] if r["text"] == "2020年6月底前")
        assert dl["date"].date() == dt.date(2020, 6, 30)
        header = next(wb["documents"].iter_rows(values_only=True))
        odd_row = next(r for r in wb["documents"].iter_rows(min_row=2) if r[0].value == "odd")
        title = odd_row[header.index("title")]
        assert title.value == "=SUM(A1:A2)" and title.data_type == "s"  # text, not a formula
        odd = next(r for r in sheets["provisions"] if r["provision_id"] == "odd#p1")
        assert len(odd["text"]) == EXCEL_CELL_LIMIT and odd["text"].endswith("…")
        assert odd["section_path"] == "甲乙" and odd["bodies"] == "执法队、综合办"
        assert sheets["errors"][0]["message"] == "not found"
    finally:
        wb.close()

    with_text = tmp_path / "with-text.xlsx"
    export(con, with_text, ["documents"], include_text=True)
    wb = load_workbook(with_text, read_only=True)
    assert wb.sheetnames == ["documents"] and "text" in next(wb["documents"].iter_rows(values_only=True))
    wb.close()


def test_unknown_table_or_format_is_a_clear_error(con, db: Path, tmp_path: Path, capsys) -> None:
    with pytest.raises(ExportError, match="unknown table 'nope'.*documents"):
        export(con, tmp_path / "x.parquet", ["mentions", "nope"])
    with pytest.raises(ExportError, match=r"unknown export format '\.json'"):
        export(con, tmp_path / "x.json")
    assert main(["export", "--db", str(db), "-o", str(tmp_path / "x.json")]) == 2
    assert "unknown export format" in capsys.readouterr().err
    assert main(["export", "--db", str(db), "-o", str(tmp_path / "x.csv"), "--tables", "nope"]) == 2
    assert "unknown table" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_export_cli(db: Path, tmp_path: Path, capsys) -> None:
    assert main(["export", "--db", str(db), "-o", str(tmp_path / "out.xlsx"), "--tables", "staffing", "deadlines"]) == 0
    assert "exported 2 tables" in capsys.readouterr().err
    wb = load_workbook(tmp_path / "out.xlsx", read_only=True)
    assert wb.sheetnames == ["staffing", "deadlines"]
    wb.close()
    assert main(["export", "--db", str(db), "-o", str(tmp_path / "all"), "--tables"]) == 0  # `--tables` without names: all
    assert sorted(p.name for p in (tmp_path / "all").iterdir()) == sorted(f"{t}.parquet" for t in TABLES)
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    capsys.readouterr()
    for store, said in [(tmp_path / "notes.txt", "not a policyie store"), (tmp_path / "missing.duckdb", "no such store")]:
        assert main(["export", "--db", str(store), "-o", str(tmp_path / "o.csv"), "--tables", "staffing"]) == 2
        err = capsys.readouterr().err
        assert said in err and err.count("\n") == 1, err
    assert not (tmp_path / "o.csv").exists()


def test_export_to_standard_output(db: Path) -> None:
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-m", "policyie", "export", "--db", str(db), "-o", "-", "--tables", "staffing"],
                         capture_output=True, check=True)
    lines = run.stdout.decode("utf-8").splitlines()
    assert not run.stdout.startswith(b"\xef\xbb\xbf")  # no BOM in a pipe
    assert lines[0].startswith("doc_key,provision_id,body,kind") and any("不少于10名" in ln for ln in lines)
    assert not Path("-").exists()
    run = subprocess.run([sys.executable, "-m", "policyie", "export", "--db", str(db), "-o", "-", "--format", "jsonl",
                          "--tables", "deadlines"], capture_output=True, check=True)
    assert all(json.loads(line)["doc_key"] for line in run.stdout.decode("utf-8").splitlines())
