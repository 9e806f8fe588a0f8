"""The embedded DuckDB store: schema, ingest (added / replaced / unchanged / errors), typed
columns, transactions, query helpers, opening errors.

Real data: the five bundled samples, copied into a temporary folder and ingested by
relative path (``samples/<name>.txt``), so a test can copy the folder and the store
together and change a file without touching the others.  Expected counts come from the
extract records themselves, never from hard-coded numbers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from policyie.errors import UserError

from policyie.batch import extract_records, write_jsonl
from policyie.corpora import store as store_mod
from policyie.corpora.store import (
    DOC_TABLES,
    SCHEMA_VERSION,
    TABLES,
    IngestStats,
    StoreError,
    deadlines_frame,
    documents_frame,
    ingest_cli,
    ingest_paths,
    ingest_records,
    mentions_frame,
    open_store,
    provisions_frame,
    staffing_frame,
)
from policyie.paths import SAMPLES_DIR

XINGLONG = "samples/xinglong-2020-township-reform-plan.txt"
LINGWU = "samples/lingwu-2018-township-service-plan.txt"
PLAN = "二、组织实施\n（一）组建乡镇综合行政执法队，人员编制不少于10名。2020年6月底前完成。\n"


@pytest.fixture(scope="module")
def pipeline():
    from policyie.extraction.pipeline import Pipeline

    return Pipeline()


class NoAnalysis:
    """A pipeline that must not be used: proves that unchanged files are not analysed."""

    def analyse(self, doc):  # noqa: ANN001, ANN201
        raise AssertionError(f"{doc.source} was analysed")


@pytest.fixture(scope="module")
def base(tmp_path_factory, pipeline) -> Path:
    """A folder with ``samples/`` (the five samples) and ``store.duckdb`` holding them."""
    root = tmp_path_factory.mktemp("base")
    shutil.copytree(SAMPLES_DIR, root / "samples")
    mp = pytest.MonkeyPatch()
    mp.chdir(root)
    try:
        con = open_store("store.duckdb")
        stats = ingest_paths(con, ["samples"], pipeline=pipeline)
        con.close()
        records = list(extract_records(["samples"], pipeline=pipeline))
    finally:
        mp.undo()
    assert stats == IngestStats(added=5)
    (root / "records.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return root


def key(rel: str, root: Path | None = None) -> str:
    """The store key of a file: its resolved path (``root`` or the working directory)."""
    return str(((root or Path.cwd()) / rel).resolve())


@pytest.fixture()
def work(base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of ``base`` as the working directory (its store's keys moved along:
    a key is a resolved path, so a copied store would otherwise name the base's files)."""
    root = tmp_path / "work"
    shutil.copytree(base, root)
    con = duckdb.connect(str(root / "store.duckdb"))
    for t in TABLES:
        con.execute(f"UPDATE {t} SET doc_key = replace(doc_key, ?, ?)", [str(base.resolve()), str(root.resolve())])
    con.close()
    monkeypatch.chdir(root)
    return root


def records_of(root: Path) -> dict[str, dict]:
    return {r["source"]: r for r in json.loads((root / "records.json").read_text("utf-8"))}


def count(con: duckdb.DuckDBPyConnection, table: str, doc_key: str | None = None) -> int:
    if doc_key is None:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return con.execute(f"SELECT count(*) FROM {table} WHERE doc_key = ?", [doc_key]).fetchone()[0]


def expected_counts(rec: dict) -> dict[str, int]:
    provs = rec["provisions"]
    return {
        "documents": 1,
        "sections": len(rec["sections"]),
        "provisions": len(provs),
        "mentions": len(rec["entities"]),
        "staffing": sum(len(p["roles"].get("staffing", [])) for p in provs),
        "deadlines": sum(len(p["roles"].get("deadlines", [])) for p in provs),
    }


def snapshot(con: duckdb.DuckDBPyConnection, exclude: str | None = None) -> dict[str, list]:
    """Every row of every table (sorted), leaving out one document's rows."""
    out = {}
    for t in TABLES:
        rows = con.execute(f"SELECT * FROM {t} WHERE doc_key IS DISTINCT FROM ?", [exclude]).fetchall()
        out[t] = sorted(rows, key=repr)
    return out


# ---------------------------------------------------------------------------
# Schema and opening
# ---------------------------------------------------------------------------


def test_new_store_has_the_schema_and_its_version(tmp_path: Path) -> None:
    db = tmp_path / "sub" / "new.duckdb"
    con = open_store(db)
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert tables == set(TABLES) | {"meta"}
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (SCHEMA_VERSION,)
    assert SCHEMA_VERSION == "2"
    types = dict(con.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'mentions'").fetchall())
    assert types["date"] == "DATE" and types["parts"] == "VARCHAR[]" and types["normalized"] == "JSON"
    assert types["min_value"] == "INTEGER" and types["approx"] == "BOOLEAN"
    # every column of the schema file is there
    sql = (Path(store_mod.__file__).parent / "store_schema.sql").read_text("utf-8")
    for name in ("content_hash", "region_code", "principles", "mention_idx", "issuer_code", "task"):
        assert name in sql
        assert con.execute("SELECT count(*) FROM duckdb_columns() WHERE column_name = ?", [name]).fetchone()[0] >= 1
    con.close()
    # opening again keeps it (and the version row is not duplicated)
    con = open_store(db)
    assert con.execute("SELECT count(*) FROM meta").fetchone() == (1,)
    con.close()


def test_store_connections_purge_freed_memory_in_background(base: Path) -> None:
    """Every store connection the comparison reads through has DuckDB's purge threads on
    (the whole corpus's units kept about 75 MB less resident, compare_scale.md), and a plain
    second connection to the same file still opens (a connect option would refuse it)."""
    from policyie.compare.units import open_connection

    setting = "SELECT value FROM duckdb_settings() WHERE name = 'allocator_background_threads'"
    for con in (open_store(base / "store.duckdb", read_only=True), open_connection(base / "store.duckdb")):
        try:
            assert con.execute(setting).fetchone() == ("true",)
            with duckdb.connect(str(base / "store.duckdb"), read_only=True) as plain:
                assert plain.execute("SELECT count(*) FROM documents").fetchone() == (5,)
        finally:
            con.close()


def test_read_only_open_reads_and_refuses_writes(base: Path) -> None:
    con = open_store(base / "store.duckdb", read_only=True)
    try:
        assert count(con, "documents") == 5
        with pytest.raises(duckdb.Error):
            con.execute("DELETE FROM documents")
    finally:
        con.close()


def test_a_file_that_is_not_a_store_gives_a_clear_error(tmp_path: Path) -> None:
    text = tmp_path / "notes.duckdb"
    text.write_text("这不是数据库\n" * 100, encoding="utf-8")
    for ro in (False, True):
        with pytest.raises(StoreError, match="not a policyie store") as info:
            open_store(text, read_only=ro)
        assert str(text) in str(info.value)

    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE things (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a policyie store") as info:
        open_store(other)
    assert str(other) in str(info.value)

    with pytest.raises(StoreError, match="no such store"):
        open_store(tmp_path / "missing.duckdb", read_only=True)

    newer = tmp_path / "newer.duckdb"
    open_store(newer).close()
    con = duckdb.connect(str(newer))
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="schema version '3'"):
        open_store(newer)


def test_a_store_locked_by_another_process_gives_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "locked.duckdb"
    open_store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from policyie.corpora.store import open_store; con = open_store(sys.argv[1]); "
         "print('ready', flush=True); sys.stdin.read()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="locked") as info:
            open_store(db)
        assert str(db) in str(info.value)
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)


# ---------------------------------------------------------------------------
# Ingest: the samples
# ---------------------------------------------------------------------------


def test_ingesting_the_samples_fills_every_table(base: Path) -> None:
    recs = records_of(base)
    assert len(recs) == 5 and all(r["error"] is None for r in recs.values())
    con = open_store(base / "store.duckdb", read_only=True)
    try:
        for table in DOC_TABLES:
            assert count(con, table) == sum(expected_counts(r)[table] for r in recs.values()), table
        assert count(con, "errors") == 0
        for rel, rec in recs.items():
            k = key(rel, base)
            for table, n in expected_counts(rec).items():
                assert count(con, table, k) == n, (k, table)
            text = (base / rel).read_text("utf-8")
            row = con.execute("SELECT doc_id, content_hash, n_chars, text, title, region, source FROM documents "
                              "WHERE doc_key = ?", [k]).fetchone()
            assert row[0] == rec["doc_id"]
            assert row[1] == hashlib.sha256(text.encode("utf-8")).hexdigest()
            assert row[2] == len(text) and row[3] == text
            assert row[4] == rec["meta"]["title"] and row[5] == (rec["meta"]["region"]["name"] or "")
            assert row[6] == rel  # the path as given
            # every mention is tied to the provision whose span contains it (as the record says)
            in_provisions = {(m["start"], m["end"]): p["provision_id"] for p in rec["provisions"] for m in p["mentions"]}
            stored = dict(((s, e), pid) for s, e, pid in con.execute(
                "SELECT start_pos, end_pos, provision_id FROM mentions WHERE doc_key = ?", [k]).fetchall())
            assert stored == {(e["start"], e["end"]): in_provisions.get((e["start"], e["end"])) for e in rec["entities"]}
            parts = sum(len(ps) for p in rec["provisions"] for ps in p["roles"].get("principles", []))
            assert con.execute("SELECT coalesce(sum(len(principles)), 0) FROM provisions WHERE doc_key = ?",
                               [k]).fetchone()[0] == parts
        # offsets are code points into documents.text (DuckDB substring counts characters too)
        bad = con.execute("SELECT count(*) FROM mentions m JOIN documents d USING (doc_key) "
                          "WHERE substring(d.text, m.start_pos + 1, m.end_pos - m.start_pos) <> m.text").fetchone()[0]
        assert bad == 0
    finally:
        con.close()


def test_typed_columns_from_normalized_values(base: Path) -> None:
    con = open_store(base / "store.duckdb", read_only=True)
    try:
        row = con.execute("SELECT min_value, max_value, unit, approx, provision_id, normalized FROM mentions "
                          "WHERE doc_key = ? AND label = 'STAFFING' AND text = '不少于10名'", [key(XINGLONG, base)]).fetchone()
        assert row[:4] == (10, None, "名", False)
        assert row[4] is not None and json.loads(row[5])["min"] == 10
        row = con.execute("SELECT body, kind, min_value, max_value FROM staffing WHERE doc_key = ? AND text = '不少于10名'",
                          [key(XINGLONG, base)]).fetchone()
        assert row == ("乡镇综合行政执法队", "人员编制", 10, None)
        row = con.execute("SELECT date, precision, relation, recurring FROM mentions "
                          "WHERE doc_key = ? AND label = 'DEADLINE' AND text = '2020年6月底前'", [key(XINGLONG, base)]).fetchone()
        assert row == (dt.date(2020, 6, 30), "month", "by", False)
        row = con.execute("SELECT date, task FROM deadlines WHERE doc_key = ? AND text = '2020年6月底前'",
                          [key(XINGLONG, base)]).fetchone()
        assert row[0] == dt.date(2020, 6, 30) and row[1]
        row = con.execute("SELECT issuer_code, year, number FROM mentions WHERE doc_key = ? AND text = '冀办字〔2020〕5号'",
                          [key(XINGLONG, base)]).fetchone()
        assert row == ("冀办字", 2020, 5)
        row = con.execute("SELECT parts FROM mentions WHERE doc_key = ? AND text = '区域统筹、资源共享、优势互补、共驻共建'",
                          [key(XINGLONG, base)]).fetchone()
        assert row == (["区域统筹", "资源共享", "优势互补", "共驻共建"],)
        row = con.execute("SELECT value, unit FROM mentions WHERE doc_key = ? AND label = 'ITEM_COUNT' AND text = '7个'",
                          [key(XINGLONG, base)]).fetchone()
        assert row == (7, "个")  # 设置工作机构7个 (19个乡镇 before it counts townships: no ITEM_COUNT, guidelines)
        # a DEADLINE without a day (长期) has no DATE
        assert con.execute("SELECT count(*) FROM mentions WHERE label = 'DEADLINE' AND text = '长期' AND date IS NULL"
                           ).fetchone()[0] >= 1
        # the columns of other labels stay NULL
        assert con.execute("SELECT count(*) FROM mentions WHERE label = 'ORG' AND (min_value IS NOT NULL OR date IS NOT NULL "
                           "OR parts IS NOT NULL OR year IS NOT NULL)").fetchone()[0] == 0
    finally:
        con.close()


def test_reingesting_unchanged_files_writes_nothing(work: Path) -> None:
    con = open_store("store.duckdb")
    con.execute("SET threads = 3")
    before = snapshot(con)
    stats = ingest_paths(con, ["samples"], pipeline=NoAnalysis())
    assert stats == IngestStats(unchanged=5)
    assert snapshot(con) == before  # counts, rows and ingested_at alike
    assert con.execute("SELECT current_setting('threads')").fetchone()[0] == 3  # the ingest's setting undone
    con.close()


def test_a_mention_belongs_to_the_innermost_provision_containing_it() -> None:
    spans = [(0, 100, "a"), (10, 20, "b"), (30, 40, "c"), (200, 300, "d")]
    containing = store_mod._Containing([{"start": s, "end": e, "provision_id": p} for s, e, p in spans])
    assert [containing(s, e) for s, e in [(12, 15), (22, 25), (30, 40), (150, 160), (250, 251), (95, 110)]] == \
        ["b", "a", "c", None, "d", None]


def test_changing_one_file_replaces_exactly_its_rows(work: Path, pipeline) -> None:
    con = open_store("store.duckdb")
    others = snapshot(con, exclude=key(XINGLONG))
    old_at = con.execute("SELECT ingested_at FROM documents WHERE doc_key = ?", [key(XINGLONG)]).fetchone()[0]
    with open(XINGLONG, "a", encoding="utf-8") as f:
        f.write("\n组建乡镇应急管理办公室，人员编制不少于3名，2021年9月底前完成。\n")
    stats = ingest_paths(con, ["samples"], pipeline=pipeline)
    assert stats == IngestStats(replaced=1, unchanged=4)
    assert snapshot(con, exclude=key(XINGLONG)) == others
    new = next(extract_records([XINGLONG], pipeline=pipeline))
    for table, n in expected_counts(new).items():
        assert count(con, table, key(XINGLONG)) == n, table
    text = Path(XINGLONG).read_text("utf-8")
    row = con.execute("SELECT content_hash, ingested_at FROM documents WHERE doc_key = ?", [key(XINGLONG)]).fetchone()
    assert row[0] == hashlib.sha256(text.encode("utf-8")).hexdigest() and row[1] > old_at
    assert con.execute("SELECT min_value FROM mentions WHERE doc_key = ? AND text = '不少于3名'", [key(XINGLONG)]).fetchone() == (3,)
    assert con.execute("SELECT date FROM deadlines WHERE doc_key = ? AND text LIKE '2021年9月底前%'",
                       [key(XINGLONG)]).fetchone() == (dt.date(2021, 9, 30),)
    con.close()


@pytest.mark.parametrize("batch_docs", [64, 1])  # 1: a batch of one lets its rows go as they are written
def test_a_failure_in_the_middle_of_a_documents_insert_leaves_its_old_rows(
        work: Path, pipeline, monkeypatch: pytest.MonkeyPatch, batch_docs: int) -> None:
    con = open_store("store.duckdb")
    old_xinglong = {t: sorted(con.execute(f"SELECT * FROM {t} WHERE doc_key = ?", [key(XINGLONG)]).fetchall(), key=repr)
                    for t in DOC_TABLES}
    for name in (XINGLONG, LINGWU):
        with open(name, "a", encoding="utf-8") as f:
            f.write("\n组建乡镇应急管理办公室，人员编制不少于3名。\n")

    real = store_mod._insert_rows
    calls: list[str] = []

    def failing(con_, table, columns, rows):  # noqa: ANN001, ANN202
        calls.append(table)
        # documents, sections and provisions of the document are in by now
        if table == "mentions" and any(k == key(XINGLONG) for part in rows for k in part["doc_key"]):
            raise RuntimeError("disk on fire")
        return real(con_, table, columns, rows)

    monkeypatch.setattr(store_mod, "_insert_rows", failing)
    stats = ingest_paths(con, ["samples"], pipeline=pipeline, batch_docs=batch_docs)
    assert stats == IngestStats(replaced=1, unchanged=3, errors=1)
    assert calls.index("mentions") > calls.index("provisions") > calls.index("documents")
    for t in DOC_TABLES:  # the old version, whole
        assert sorted(con.execute(f"SELECT * FROM {t} WHERE doc_key = ?", [key(XINGLONG)]).fetchall(), key=repr) \
            == old_xinglong[t], t
    err = con.execute("SELECT kind, message FROM errors WHERE doc_key = ?", [key(XINGLONG)]).fetchone()
    assert err[0] == "store" and "disk on fire" in err[1]
    # the other changed document of the same batch went in
    assert con.execute("SELECT count(*) FROM mentions WHERE doc_key = ? AND text = '不少于3名'", [key(LINGWU)]).fetchone() == (1,)
    assert count(con, "errors", key(LINGWU)) == 0

    monkeypatch.setattr(store_mod, "_insert_rows", real)
    assert ingest_paths(con, ["samples"], pipeline=pipeline) == IngestStats(replaced=1, unchanged=4)
    assert count(con, "errors") == 0  # a successful ingest removes the error row
    con.close()


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------


def test_error_records_land_in_errors_and_do_not_stop_the_batch(tmp_path: Path, pipeline) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a_good.txt").write_text(PLAN, encoding="utf-8")
    (d / "b_empty.txt").write_bytes(b"")
    (d / "c_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "d_broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (d / "e_good.txt").write_text(PLAN.replace("10名", "12名"), encoding="utf-8")
    con = open_store(tmp_path / "s.duckdb")
    assert ingest_paths(con, [d], pipeline=pipeline) == IngestStats(added=2, errors=3)
    errors = {Path(k).name: (kind, msg) for k, kind, msg in con.execute("SELECT doc_key, kind, message FROM errors").fetchall()}
    assert set(errors) == {"b_empty.txt", "c_binary.txt", "d_broken.docx"}
    assert errors["b_empty.txt"] == ("read", "empty") and "binary" in errors["c_binary.txt"][1]
    assert count(con, "documents") == 2

    # fixed: the error row goes; the others are replaced by the new attempt's, not duplicated
    (d / "b_empty.txt").write_text(PLAN.replace("10名", "11名"), encoding="utf-8")
    assert ingest_paths(con, [d], pipeline=pipeline) == IngestStats(added=1, unchanged=2, errors=2)
    assert sorted(Path(k).name for (k,) in con.execute("SELECT doc_key FROM errors").fetchall()) == \
        ["c_binary.txt", "d_broken.docx"]

    # an analysis failure is an error of kind "analysis"; the document's earlier rows stay
    class Broken:
        def analyse(self, doc):  # noqa: ANN001, ANN202
            raise ValueError("extractor bug")

    (d / "a_good.txt").write_text(PLAN + "再改一行。\n", encoding="utf-8")
    assert ingest_paths(con, [d / "a_good.txt"], pipeline=Broken()) == IngestStats(errors=1)
    k = str((d / "a_good.txt").resolve())
    assert con.execute("SELECT kind FROM errors WHERE doc_key = ?", [k]).fetchone() == ("analysis",)
    assert count(con, "documents", k) == 1 and count(con, "mentions", k) == 3
    con.close()


# ---------------------------------------------------------------------------
# ingest_records: hand-made records and JSONL
# ---------------------------------------------------------------------------


def tiny_record(**changes) -> dict:
    text = "组建执法队，人员编制不少于10名，2021年6月前完成。依据冀办字〔2020〕5号。"
    rec = {
        "schema_version": "1.0", "doc_id": "tiny", "source": "", "encoding": "utf-8", "format": "txt",
        "meta": {"title": "小方案", "issuers": ["某县委"], "doc_no": None, "date": "2021-01", "date_source": "title",
                 "region": {"province": "河北省", "city": "承德市", "county": None, "code": None, "name": "河北省承德市"}},
        "sections": [{"index": 0, "level": 1, "style": "cn", "marker": "一、", "title": "组建", "start": 0, "end": 30,
                      "heading_end": 5, "parent": None}],
        "boilerplate": [],
        "entities": [
            {"label": "STAFFING", "start": 10, "end": 16, "text": "不少于10名",
             "normalized": {"min": 10, "max": None, "unit": "名", "approx": False}, "source": "test"},
            {"label": "DEADLINE", "start": 17, "end": 24, "text": "2021年6月前",
             "normalized": {"date": "2021-06", "precision": "month", "relation": "by", "recurring": False}, "source": "test"},
            {"label": "DOC_NO", "start": 29, "end": 39, "text": "冀办字〔2020〕5号",
             "normalized": {"issuer_code": "冀办字", "year": 2020, "number": 5}, "source": "test"},
            {"label": "ITEM_COUNT", "start": 0, "end": 2, "text": "组建",
             "normalized": {"value": 3, "unit": "项", "min": None, "max": 5, "approx": True}, "source": "test"},
            {"label": "PRINCIPLE", "start": 2, "end": 5, "text": "执法队", "normalized": ["执法", "队"], "source": "test"},
        ],
        "provisions": [{
            "provision_id": "tiny#p1", "section_path": ["组建"], "start": 0, "end": 27, "text": text[:27], "mentions": [],
            "roles": {"lead": ["县委编办"], "cooperate": ["县人社局", "县财政局"], "bodies": ["执法队"],
                      "staffing": [{"body": "执法队", "kind": "人员编制", "min": 10, "max": None, "unit": "名",
                                    "approx": False, "text": "不少于10名", "start": 10, "end": 16}],
                      "deadlines": [{"date": "2021-06-30", "precision": "month", "relation": "by", "recurring": False,
                                     "text": "2021年6月前", "task": "组建执法队", "start": 17, "end": 24}],
                      "principles": [["执法", "队"], ["协同"]]},
        }],
        "error": None,
    }
    rec.update(changes)
    return rec


def test_hand_made_records_without_text(tmp_path: Path) -> None:
    con = open_store(tmp_path / "s.duckdb")
    assert ingest_records(con, [tiny_record()]) == IngestStats(added=1)
    row = con.execute("SELECT doc_key, content_hash, text, n_chars, issuers, region FROM documents").fetchone()
    assert row[0] == "tiny" and row[1].startswith("json:") and row[2] is None and row[3] is None
    assert row[4] == ["某县委"] and row[5] == "河北省承德市"
    m = {r[0]: r[1:] for r in con.execute(
        "SELECT label, provision_id, min_value, max_value, value, approx, date, precision, year, number, parts "
        "FROM mentions").fetchall()}
    assert m["STAFFING"][:3] == ("tiny#p1", 10, None)
    assert m["DEADLINE"][5:7] == (None, "month")  # "2021-06" is not a day: no DATE
    assert m["DOC_NO"][0] is None and m["DOC_NO"][7:9] == (2020, 5)  # outside every provision
    assert m["ITEM_COUNT"][1:5] == (None, 5, 3, True)
    assert m["PRINCIPLE"][9] == ["执法", "队"]
    p = con.execute("SELECT seq, lead, cooperate, bodies, principles, roles FROM provisions").fetchone()
    assert p[:5] == (1, ["县委编办"], ["县人社局", "县财政局"], ["执法队"], ["执法", "队", "协同"])
    assert json.loads(p[5])["staffing"][0]["body"] == "执法队"
    assert con.execute("SELECT date, task FROM deadlines").fetchone() == (dt.date(2021, 6, 30), "组建执法队")

    # the same record again: unchanged; other extracted content: replaced
    assert ingest_records(con, [tiny_record()]) == IngestStats(unchanged=1)
    changed = tiny_record()
    changed["entities"][0]["normalized"]["min"] = 12
    assert ingest_records(con, [changed]) == IngestStats(replaced=1)
    assert con.execute("SELECT min_value FROM mentions WHERE label = 'STAFFING'").fetchone() == (12,)

    # an error record for it: an errors row, its rows kept; a later success removes the error
    err = tiny_record(meta=None, sections=[], entities=[], provisions=[],
                      error={"kind": "analysis", "message": "analysis failed: boom"})
    assert ingest_records(con, [err]) == IngestStats(errors=1)
    assert ingest_records(con, [err]) == IngestStats(errors=1)  # replaces the earlier error
    assert con.execute("SELECT doc_key, kind, message FROM errors").fetchall() == [("tiny", "analysis", "analysis failed: boom")]
    assert count(con, "mentions", "tiny") == 5
    assert ingest_records(con, [tiny_record()]) == IngestStats(replaced=1)
    assert count(con, "errors") == 0

    # a malformed record is an error of kind "store", and the batch goes on
    bad = tiny_record(doc_id="bad", entities=[{"label": "ORG"}])
    assert ingest_records(con, [bad, tiny_record(doc_id="other")]) == IngestStats(added=1, errors=1)
    assert con.execute("SELECT kind FROM errors WHERE doc_key = 'bad'").fetchone() == ("store",)
    with pytest.raises(ValueError, match="not an extract record"):
        ingest_records(con, [{"nothing": 1}])
    con.close()


def test_jsonl_ingest_rereads_the_text_and_matches_path_ingest(work: Path, pipeline, capsys) -> None:
    jsonl = work / "samples.jsonl"
    with open(jsonl, "w", encoding="utf-8") as out:
        write_jsonl(extract_records(["samples"], pipeline=pipeline), out)
    with open(jsonl, "a", encoding="utf-8") as out:
        out.write("{not json\n")
    # exit 1: the bad line is a failed input
    assert ingest_cli([str(jsonl)], db="from-jsonl.duckdb", progress=False, from_jsonl=True) == 1
    assert "5 new" in capsys.readouterr().err
    con = open_store("from-jsonl.duckdb")
    for k, text, chash in con.execute("SELECT doc_key, text, content_hash FROM documents").fetchall():
        assert text == Path(k).read_text("utf-8") and Path(k).is_absolute()
        assert chash == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert con.execute("SELECT count(*) FROM errors WHERE message LIKE 'bad JSONL line%'").fetchone() == (1,)
    # same keys and hashes as a path ingest: the files are unchanged for it
    assert ingest_paths(con, ["samples"], pipeline=NoAnalysis()) == IngestStats(unchanged=5)
    # a record whose source changed since extraction: no text, the JSON hash
    Path(XINGLONG).write_text("全新的内容。\n", encoding="utf-8")
    assert ingest_records(con, [r for r in records_of(work).values() if r["source"] == XINGLONG]) == IngestStats(replaced=1)
    row = con.execute("SELECT text, content_hash FROM documents WHERE doc_key = ?", [key(XINGLONG)]).fetchone()
    assert row[0] is None and row[1].startswith("json:")
    con.close()


def test_ingest_cli_summary_and_exit_codes(work: Path, tmp_path: Path, capsys) -> None:
    assert ingest_cli(["samples"], db="store.duckdb", progress=False, from_jsonl=False) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("policyie: 5 documents: 0 new, 0 changed, 5 unchanged, 0 failed")

    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.txt").write_bytes(b"")
    (bad / "y.txt").write_bytes(b"")
    assert ingest_cli([str(bad)], db="store.duckdb", progress=True, from_jsonl=False) == 1
    err = capsys.readouterr().err
    assert "2 failed" in err and "x.txt: empty" in err

    not_a_store = tmp_path / "notes.txt"
    not_a_store.write_text("hello", encoding="utf-8")
    with pytest.raises(UserError, match="not a policyie store") as e:  # the CLI prints it in one line, exit 2
        ingest_cli(["samples"], db=str(not_a_store), progress=False, from_jsonl=False)
    assert e.value.code == 2


# ---------------------------------------------------------------------------
# Query helpers
# ---------------------------------------------------------------------------


def test_query_helpers(base: Path) -> None:
    recs = records_of(base)
    con = open_store(base / "store.duckdb", read_only=True)
    try:
        docs = documents_frame(con)
        assert len(docs) == 5 and "text" not in docs.columns and "region" in docs.columns
        assert "text" in documents_frame(con, with_text=True).columns

        allp = provisions_frame(con)
        assert len(allp) == count(con, "provisions")
        assert {"title", "region", "province", "section_path", "bodies"} <= set(allp.columns)
        for regions in (["河北省"], ["河北省承德市兴隆县"], ["130822"], "兴隆县"):
            hebei = provisions_frame(con, regions)
            assert set(hebei["doc_key"]) == {key(XINGLONG, base)}
            assert len(hebei) == len(recs[XINGLONG]["provisions"])
        assert len(provisions_frame(con, ["河北省", "山东省"])["doc_key"].unique()) == 2
        assert provisions_frame(con, []).empty

        staff = mentions_frame(con, "STAFFING")
        assert set(staff["label"]) == {"STAFFING"}
        assert len(staff) == sum(e["label"] == "STAFFING" for r in recs.values() for e in r["entities"])
        assert len(mentions_frame(con)) == count(con, "mentions")
        with pytest.raises(ValueError, match="unknown label"):
            mentions_frame(con, "FOO")

        s = staffing_frame(con)
        assert len(s) == count(con, "staffing") and {"body", "kind", "region", "section_path"} <= set(s.columns)
        row = s[(s["doc_key"] == key(XINGLONG, base)) & (s["text"] == "不少于10名")].iloc[0]
        assert row["min_value"] == 10 and row["body"] == "乡镇综合行政执法队" and row["region"] == "河北省承德市兴隆县"
        d = deadlines_frame(con)
        assert len(d) == count(con, "deadlines") and {"task", "date", "title"} <= set(d.columns)
    finally:
        con.close()
