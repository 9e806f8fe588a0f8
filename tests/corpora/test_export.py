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

from policyie.corpora.export import EXCEL_CELL_LIMIT, ExportError, export, export_cli, plan_export
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
    """The store key of the Xinglong sample (its resolved path; ``source`` keeps the path as given)."""
    return con.execute("SELECT doc_key FROM documents WHERE source = ?", [XINGLONG]).fetchone()[0]


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_parquet_folder_round_trip(con, tmp_path: Path) -> None:
    key = xinglong_key(con)
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
                     "WHERE doc_key = ? AND text = '不少于10名'", [key]).fetchone()
    assert row == (10, None)
    assert rd.execute(f"SELECT date FROM read_parquet('{out}/deadlines.parquet') WHERE text = '2020年6月底前'"
                      ).fetchone() == (dt.date(2020, 6, 30),)
    assert rd.execute(f"SELECT issuers FROM read_parquet('{out}/documents.parquet') WHERE doc_key = ?",
                      [key]).fetchone() == (["中共兴隆县委", "兴隆县人民政府"],)
    text = rd.execute(f"SELECT text FROM read_parquet('{out}/documents.parquet') WHERE doc_key = ?", [key]).fetchone()[0]
    assert text == con.execute("SELECT text FROM documents WHERE doc_key = ?", [key]).fetchone()[0]


def test_file_names_for_one_and_several_tables(con, tmp_path: Path) -> None:
    assert export(con, tmp_path / "m.parquet", ["mentions"]) == [tmp_path / "m.parquet"]
    assert pd.read_csv(export(con, tmp_path / "e.csv", ["errors"])[0], encoding="utf-8-sig").shape[0] == 1
    written = export(con, tmp_path / "x.parquet", ["documents", "mentions", "documents"])
    assert written == [tmp_path / "x-documents.parquet", tmp_path / "x-mentions.parquet"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.csv", "m.parquet", "x-documents.parquet",
                                                          "x-mentions.parquet"]  # no temporary files left
    assert plan_export(tmp_path / "new-folder", ["staffing"]) == ("parquet", {"staffing": tmp_path / "new-folder" / "staffing.parquet"})
    assert plan_export("out.xlsx")[0] == "xlsx"


def test_csv_has_a_bom_and_round_trips(con, tmp_path: Path) -> None:
    key = xinglong_key(con)
    written = export(con, tmp_path / "store.csv")
    assert sorted(p.name for p in written) == sorted(f"store-{t}.csv" for t in TABLES)
    n = counts(con)
    for t in TABLES:
        f = tmp_path / f"store-{t}.csv"
        assert f.read_bytes()[:3] == b"\xef\xbb\xbf", t
        assert len(pd.read_csv(f, encoding="utf-8-sig")) == n[t], t
    docs = pd.read_csv(tmp_path / "store-documents.csv", encoding="utf-8-sig").set_index("doc_key")
    assert docs.loc[key, "title"] == "兴隆县深化乡镇改革方案"
    assert docs.loc[key, "issuers"] == "中共兴隆县委、兴隆县人民政府"  # lists joined with 、
    assert docs.loc[key, "text"].startswith(con.execute(
        "SELECT left(text, 20) FROM documents WHERE doc_key = ?", [key]).fetchone()[0])
    prov = pd.read_csv(tmp_path / "store-provisions.csv", encoding="utf-8-sig")
    odd = prov[prov["provision_id"] == "odd#p1"].iloc[0]
    assert odd["bodies"] == "执法队、综合办" and odd["text"] == LONG  # no cell limit in CSV
    assert json.loads(odd["roles"]) == {"bodies": ["执法队", "综合办"]}


def test_xlsx_one_sheet_per_table_round_trips(con, tmp_path: Path) -> None:
    key = xinglong_key(con)
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
        doc = next(r for r in sheets["documents"] if r["doc_key"] == key)
        assert doc["issuers"] == "中共兴隆县委、兴隆县人民政府" and doc["region"] == "河北省承德市兴隆县"
        staff = next(r for r in sheets["mentions"] if r["doc_key"] == key and r["text"] == "不少于10名")
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
    assert export_cli(db=db, output=tmp_path / "x.json") == 2
    assert "unknown export format" in capsys.readouterr().err
    assert export_cli(db=db, output=tmp_path / "x.csv", tables=["nope"]) == 2
    assert "unknown table" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_export_cli(db: Path, tmp_path: Path, capsys) -> None:
    assert export_cli(db=db, output=tmp_path / "out.xlsx", tables=["staffing", "deadlines"]) == 0
    assert "exported 2 tables" in capsys.readouterr().err
    wb = load_workbook(tmp_path / "out.xlsx", read_only=True)
    assert wb.sheetnames == ["staffing", "deadlines"]
    wb.close()
    assert export_cli(db=db, output=tmp_path / "all", tables=[]) == 0  # `--tables` without names: all
    assert sorted(p.name for p in (tmp_path / "all").iterdir()) == sorted(f"{t}.parquet" for t in TABLES)
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    assert export_cli(db=tmp_path / "notes.txt", output=tmp_path / "o.csv") == 2
    assert "not a policyie store" in capsys.readouterr().err
    assert export_cli(db=tmp_path / "missing.duckdb", output=tmp_path / "o.csv") == 2
    assert "no such store" in capsys.readouterr().err
