"""Compare once, view many: the comparison of a store is computed once per store version.

A store of the bundled samples is compared, compared again (the second time read back
from the store's cache tables, in a "new process": the memory cache cleared), then a
document is added and another changed: each change makes the next view compute again.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

duckdb = pytest.importorskip("duckdb")

from policyie.compare import api, cache  # noqa: E402
from policyie.compare.cli import compare_cli  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "corpora" / "samples"
REWORDED = ROOT / "tests" / "data" / "reworded"


@pytest.fixture()
def store(tmp_path):
    from policyie.corpora.store import ingest_paths, open_store

    docs = tmp_path / "docs"
    shutil.copytree(SAMPLES, docs)
    path = tmp_path / "store.duckdb"
    con = open_store(path)
    try:
        ingest_paths(con, [str(docs)])
    finally:
        con.close()
    cache.clear_memory()
    return path, docs


def _ingest(path: Path, paths) -> None:
    from policyie.corpora.store import ingest_paths, open_store

    con = open_store(path)
    try:
        ingest_paths(con, [str(p) for p in paths])
    finally:
        con.close()


def _counts() -> dict:
    return dict(cache.stats)


def _delta(before: dict) -> dict:
    return {k: cache.stats[k] - before[k] for k in before}


def test_second_view_reads_the_cache_and_a_change_invalidates_it(store):
    path, docs = store
    before = _counts()
    con = duckdb.connect(str(path))
    try:
        first = api.compare(con)
        fp1 = cache.fingerprint(con)
    finally:
        con.close()
    assert _delta(before) == {"computed": 1, "store_hits": 0, "memory_hits": 0, "store_writes": 1}
    assert len(first.clusters) > 0

    # a new process (memory cleared), read-only: the store's tables answer, nothing is computed
    cache.clear_memory()
    before = _counts()
    con = duckdb.connect(str(path), read_only=True)
    try:
        second = api.compare(con)
        assert cache.fingerprint(con) == fp1
        pd.testing.assert_frame_equal(second.clusters, first.clusters)
        pd.testing.assert_frame_equal(second.members, first.members)
        pd.testing.assert_frame_equal(second.pairs, first.pairs)
        pd.testing.assert_frame_equal(second.units, first.units)
        assert second.stats == first.stats
        # and the same process asking again: from memory
        api.compare(con)
    finally:
        con.close()
    assert _delta(before) == {"computed": 0, "store_hits": 1, "memory_hits": 1, "store_writes": 0}

    # a document added: another version, computed again; the old entry is dropped
    _ingest(path, [REWORDED])
    cache.clear_memory()
    before = _counts()
    con = duckdb.connect(str(path))
    try:
        fp2 = cache.fingerprint(con)
        assert fp2 != fp1
        third = api.compare(con)
        assert {r[0] for r in con.execute(f"SELECT DISTINCT fingerprint FROM {cache.INDEX_TABLE}").fetchall()} == {fp2}
        assert set(third.members["doc_key"]) - set(first.members["doc_key"]), "the new documents take part"
    finally:
        con.close()
    assert _delta(before)["computed"] == 1

    # a document changed in place (same path, another text): another version again
    target = sorted(docs.glob("*.txt"))[0]
    target.write_text(target.read_text(encoding="utf-8") + "\n第九十九条 本办法自发布之日起施行。\n", encoding="utf-8")
    _ingest(path, [docs])
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert cache.fingerprint(con) not in (fp1, fp2)
    finally:
        con.close()


def test_cli_views_share_one_comparison(store, tmp_path, capsys):
    path, _ = store
    before = _counts()
    assert compare_cli(db=str(path), what="duplicates", fmt="csv", output=str(tmp_path / "d1.csv")) == 0
    assert _delta(before)["computed"] == 1
    cache.clear_memory()  # each CLI call is a new process
    before = _counts()
    assert compare_cli(db=str(path), what="adoption", fmt="csv", output=str(tmp_path / "a.csv")) == 0
    cache.clear_memory()
    assert compare_cli(db=str(path), what="duplicates", fmt="csv", output=str(tmp_path / "d2.csv")) == 0
    assert _delta(before) == {"computed": 0, "store_hits": 2, "memory_hits": 0, "store_writes": 0}
    assert (tmp_path / "d1.csv").read_bytes() == (tmp_path / "d2.csv").read_bytes()
    # a different threshold is a different comparison, computed on its own
    before = _counts()
    assert compare_cli(db=str(path), what="duplicates", fmt="csv", output=str(tmp_path / "d3.csv"), threshold=0.9) == 0
    assert _delta(before)["computed"] == 1


def test_measure_comparison_is_cached_too(store):
    path, _ = store
    _ingest(path, [REWORDED])
    cache.clear_memory()
    before = _counts()
    con = duckdb.connect(str(path))
    try:
        first = api.comparison(con)
    finally:
        con.close()
    cache.clear_memory()
    con = duckdb.connect(str(path), read_only=True)
    try:
        second = api.comparison(con)
        fresh = api.comparison(con, cache=False)
    finally:
        con.close()
    assert _delta(before) == {"computed": 1, "store_hits": 1, "memory_hits": 0, "store_writes": 1}
    assert len(first.pairs) > 0
    for a, b in ((first, second), (fresh, second)):
        pd.testing.assert_frame_equal(a.units.reset_index(drop=True), b.units.reset_index(drop=True))
        pd.testing.assert_frame_equal(a.docs.reset_index(drop=True), b.docs.reset_index(drop=True))
        pd.testing.assert_frame_equal(a.pairs.reset_index(drop=True), b.pairs.reset_index(drop=True))
        pd.testing.assert_frame_equal(a.divergences.reset_index(drop=True), b.divergences.reset_index(drop=True))


def test_a_store_that_cannot_be_written_is_still_compared(store, tmp_path):
    path, _ = store
    con = duckdb.connect(str(path), read_only=True)
    try:
        before = _counts()
        api.compare(con)
    finally:
        con.close()
    assert _delta(before) == {"computed": 1, "store_hits": 0, "memory_hits": 0, "store_writes": 0}
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    finally:
        con.close()
    assert cache.INDEX_TABLE not in tables


def test_views_are_written_in_blocks_with_the_same_text():
    """`compare -o` writes CSV and JSON a block of rows at a time (a view of the corpus's
    200,000 pairs never becomes one string); the text is the one `render` gives."""
    import io

    import numpy as np

    from policyie.compare.cli import render, write_rendered

    frame = pd.DataFrame({"a": [1, 2, 3, 4, 5], "regions": [["浙江省", "山东省"], [], ["河北省"], np.array(["x"]), None],
                          "text": ["甲", "=1", "c", None, "戊"], "score": [1.5, np.nan, 2.0, 3.0, 4.0]})
    for fmt in ("csv", "json", "table", "html"):
        for f in (frame, frame.iloc[:0]):
            out = io.StringIO()
            write_rendered(f, fmt, out, chunk=2)
            assert out.getvalue() == render(f, fmt), fmt


def test_frames_are_written_and_read_back_in_blocks_in_row_order(monkeypatch) -> None:
    # written a block of rows at a time, read back through Arrow: the same frame, and the
    # rows in the order written even when the table gives them back in another order
    monkeypatch.setattr(cache, "WRITE_ROWS", 3)
    frame = pd.DataFrame({"unit": np.arange(10), "text": [f"第{i}条 街道办事处应当在十五日内答复" for i in range(10)],
                          "score": [0.5, np.nan] * 5, "regions": [["浙江省"], None] * 5,
                          "region": pd.Series(["浙江省", "山东省"] * 5, dtype="str")})
    con = duckdb.connect()
    try:
        spec = cache._write_frame(con, "t", frame)
        assert con.execute('SELECT count(*) FROM "t"').fetchone()[0] == 10
        pd.testing.assert_frame_equal(cache._read_frame(con, "t", spec), frame)
        con.execute('CREATE TABLE "u" AS SELECT * FROM "t" ORDER BY __row DESC')
        pd.testing.assert_frame_equal(cache._read_frame(con, "u", spec), frame)
    finally:
        con.close()


def test_a_comparison_kept_in_memory_is_read_through_the_next_connection(store):
    # the CLI's view reads lazily through its own connection, then closes it; the same
    # comparison asked for again in this process (the memory cache) reads through the new one
    path, _ = store
    _ingest(path, [REWORDED])
    cache.clear_memory()
    con = duckdb.connect(str(path))
    try:
        first = api.comparison(con, lazy=True)
        assert len(first.divergences)
    finally:
        con.close()
    con = duckdb.connect(str(path), read_only=True)
    try:
        again = api.comparison(con)
        fresh = api.comparison(con, cache=False)
    finally:
        con.close()
    pd.testing.assert_frame_equal(again.units.reset_index(drop=True), fresh.units.reset_index(drop=True))
    pd.testing.assert_frame_equal(again.pairs.reset_index(drop=True), fresh.pairs.reset_index(drop=True))


def test_duplicates_kept_in_memory_are_read_through_the_next_connection(store):
    # the same for the duplicates: a view reads them back lazily from the store's cache
    # through its connection, which it closes; the next call reads the units through its own
    path, _ = store
    con = duckdb.connect(str(path))
    try:
        fresh = api.compare(con)
    finally:
        con.close()
    cache.clear_memory()
    con = duckdb.connect(str(path), read_only=True)
    try:
        api.compare(con, lazy=True)  # read back from the cache tables, units not read yet
    finally:
        con.close()
    con = duckdb.connect(str(path), read_only=True)
    try:
        again = api.compare(con)
    finally:
        con.close()
    pd.testing.assert_frame_equal(again.units.reset_index(drop=True), fresh.units.reset_index(drop=True))


@pytest.mark.parametrize("values", [[None, None], [np.nan, np.nan], [None, "2019-05-31"], []])
def test_an_object_column_of_missing_values_reads_back_as_written(values) -> None:
    # a column of NaN is not a column of None (pairs whose documents have no date came back
    # from the cache as None where the computed frame had NaN)
    frame = pd.DataFrame({"date_a": pd.Series(values, dtype=object)})
    con = duckdb.connect()
    try:
        back = cache._read_frame(con, "t", cache._write_frame(con, "t", frame))
    finally:
        con.close()
    pd.testing.assert_frame_equal(back, frame)
