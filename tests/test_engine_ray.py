"""The Ray engine (``extract --engine ray``) and ``ingest --from-parquet``, on a local Ray instance.

Corpus: the five bundled samples, copied to a temporary folder and named by relative
path (``samples/<name>.txt``), plus a binary file and a missing one.  The reference is
the local rules path (``policyie.batch.extract_records``) and a direct ``ingest_paths``
of the same inputs: the Ray engine must give the same record for every document, and
its shards loaded with ``ingest --from-parquet`` the same store tables.

Ray starts once for the module (``ray.init(num_cpus=2)``, about 10 s); the engine sees
it running and neither starts nor stops its own.  Skipped, with the reason, when Ray
Data is not installed (``pip install 'policyie[ray]'``).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

ray = pytest.importorskip("ray", reason="the Ray engine needs Ray Data: pip install 'policyie[ray]'")
pytest.importorskip("ray.data", reason="the Ray engine needs Ray Data: pip install 'policyie[ray]'")
pq = pytest.importorskip("pyarrow.parquet", reason="the Ray engine needs pyarrow: pip install 'policyie[ray]'")
import pyarrow as pa  # noqa: E402

from policyie.batch import extract_records  # noqa: E402
from policyie.cli import main  # noqa: E402
from policyie.corpora import store as store_mod  # noqa: E402
from policyie.corpora.parquet_ingest import ShardError, ingest_parquet  # noqa: E402
from policyie.corpora.store import TABLES, IngestStats, StoreError, ingest_paths, open_store  # noqa: E402
from policyie.engine_ray import SHARD_COLUMNS, extract_ray, iter_ray_records  # noqa: E402
from policyie.paths import SAMPLES_DIR  # noqa: E402

pytestmark = pytest.mark.slow

BAD = "bad.txt"  # bytes that are no text: a read error record
MISSING = "missing.txt"  # not there: a read error record
INPUTS = ["samples", BAD, MISSING]


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """A folder with the samples and the bad file, as the working directory; Ray running."""
    root = tmp_path_factory.mktemp("ray")
    shutil.copytree(SAMPLES_DIR, root / "samples")
    (root / BAD).write_bytes(b"\x00\x01\x02binary\x00\xff" * 50)
    mp = pytest.MonkeyPatch()
    mp.chdir(root)
    started = not ray.is_initialized()
    if started:
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield root
    if started:
        ray.shutdown()
    mp.undo()


@pytest.fixture(scope="module")
def local(work: Path) -> dict[str, dict]:
    """The local rules path's records, by source."""
    return {r["source"]: r for r in extract_records(INPUTS)}


@pytest.fixture(scope="module")
def shards(work: Path) -> Path:
    out = work / "shards"
    extract_ray(INPUTS, out, workers=2, batch_docs=2)  # 4 batches over 2 actors
    return out


def _shard_rows(folder: Path) -> list[dict]:
    files = sorted(folder.glob("*.parquet"))
    assert files, f"no shards in {folder}"
    return pa.concat_tables([pq.read_table(f) for f in files]).to_pylist()


def test_ray_records_equal_the_local_rules_path_document_by_document(local: dict[str, dict], shards: Path) -> None:
    rows = _shard_rows(shards)
    assert set(rows[0]) == set(SHARD_COLUMNS)
    by_source = {r["source"]: r for r in rows}
    assert len(by_source) == len(rows) == 7  # one row per document, none twice
    assert set(by_source) == set(local)
    for source, expected in local.items():
        assert json.loads(by_source[source]["record"]) == expected, source
    # the bad and the missing file are error rows; the five samples are not
    assert {s for s, r in by_source.items() if r["error"]} == {BAD, MISSING}
    assert by_source[BAD]["error_kind"] == "read" and by_source[MISSING]["error"] == local[MISSING]["error"]["message"]
    for name in (SAMPLES_DIR).glob("*.txt"):
        row = by_source[f"samples/{name.name}"]
        text = name.read_text("utf-8")
        assert row["content_hash"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
        assert row["n_chars"] == len(text) and row["error"] is None
    assert by_source[BAD]["content_hash"] is None


def test_parquet_inputs_and_json_lines_in_input_order(work: Path, local: dict[str, dict]) -> None:
    samples = sorted(Path("samples").glob("*.txt"))
    texts = work / "texts.parquet"  # two documents given as text, under their file's name
    pq.write_table(pa.table({"text": [p.read_text("utf-8") for p in samples[:2]] + ["   \n"],
                             "source": [str(p) for p in samples[:2]] + ["blank-row"]}), texts)
    paths = work / "paths.parquet"  # the others as paths
    pq.write_table(pa.table({"path": [str(p) for p in samples[2:]]}), paths)

    got = list(iter_ray_records([str(texts), str(paths), BAD], workers=2, batch_docs=1))
    assert [r["source"] for r in got] == [str(p) for p in samples[:2]] + ["blank-row"] + \
        [str(p) for p in samples[2:]] + [BAD]
    for rec in got[:2]:  # a text given is not decoded from bytes: no encoding, else the same record
        assert rec == {**local[rec["source"]], "encoding": None}
    assert got[2]["error"] == {"kind": "read", "message": "empty"}
    for rec in got[3:]:
        assert rec == local[rec["source"]]


def _tables(con) -> dict[str, list]:  # noqa: ANN001
    out = {}
    for t in TABLES:
        cols = [c for (c,) in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = ? AND column_name <> 'ingested_at' "
            "ORDER BY column_index", [t]).fetchall()]
        out[t] = sorted(con.execute(f'SELECT {", ".join(cols)} FROM {t}').fetchall(), key=repr)
    return out


def test_ingest_from_parquet_gives_the_store_of_a_direct_ingest(work: Path, shards: Path) -> None:
    direct = open_store(work / "direct.duckdb")
    assert ingest_paths(direct, INPUTS) == IngestStats(added=5, errors=2)
    loaded = open_store(work / "loaded.duckdb")
    assert ingest_parquet(loaded, [shards]) == IngestStats(added=5, errors=2)
    want, got = _tables(direct), _tables(loaded)
    assert {t: len(r) for t, r in got.items()} == {t: len(r) for t, r in want.items()}
    assert all(want[t] for t in ("documents", "provisions", "mentions", "errors"))
    for t in TABLES:
        assert got[t] == want[t], t
    # loading the same shards again changes nothing
    assert ingest_parquet(loaded, [shards]) == IngestStats(unchanged=5, errors=2)
    assert _tables(loaded) == want
    direct.close()
    loaded.close()


def test_a_failed_load_stores_nothing(work: Path, shards: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    con = open_store(work / "failed.duckdb")
    real = store_mod._insert_rows

    def failing(con_, table, columns, rows):  # noqa: ANN001, ANN202
        # documents and sections of the batch are in by now: a half-written load
        if table == "mentions":
            raise RuntimeError("disk on fire")
        return real(con_, table, columns, rows)

    monkeypatch.setattr(store_mod, "_insert_rows", failing)
    with pytest.raises(StoreError, match="disk on fire"):
        ingest_parquet(con, [shards])
    for t in TABLES:  # not even the error rows written before the failing batch
        assert con.execute(f"SELECT count(*) FROM {t}").fetchone() == (0,), t
    # an interruption in the middle of the records (here: from the progress callback) too
    monkeypatch.setattr(store_mod, "_insert_rows", real)
    seen = []

    def interrupt(n: int) -> None:
        seen.append(n)
        if len(seen) == 6:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest_parquet(con, [shards], progress=interrupt)
    assert all(con.execute(f"SELECT count(*) FROM {t}").fetchone() == (0,) for t in TABLES)
    assert ingest_parquet(con, [shards]) == IngestStats(added=5, errors=2)  # the store still works
    con.close()


def test_bad_shard_inputs_are_refused_before_writing(work: Path, shards: Path, tmp_path: Path) -> None:
    con = open_store(tmp_path / "s.duckdb")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ShardError, match="no Parquet shards"):
        ingest_parquet(con, [tmp_path / "empty"])
    other = tmp_path / "other.parquet"
    pq.write_table(pa.table({"x": [1]}), other)
    with pytest.raises(ShardError, match="no 'record' column"):
        ingest_parquet(con, [shards, other])
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    con.close()


def test_cli_extract_engine_ray_then_ingest_from_parquet(work: Path, shards: Path, local: dict[str, dict],
                                                         capsys) -> None:
    out = work / "cli-shards"
    assert main(["extract", *INPUTS, "--engine", "ray", "-o", str(out), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "7 documents, 2 errors (ray)" in err
    assert f"policyie: {BAD}: {local[BAD]['error']['message']}" in err
    assert not (work / "cli-shards.partial").exists()
    assert {r["source"]: json.loads(r["record"]) for r in _shard_rows(out)} == \
        {r["source"]: json.loads(r["record"]) for r in _shard_rows(shards)}
    # a second run into the same folder would double the documents: refused
    assert main(["extract", "samples", "--engine", "ray", "-o", str(out), "--no-progress"]) == 2
    assert "not empty" in capsys.readouterr().err
    assert main(["ingest", "--from-parquet", str(out), "--db", "cli.duckdb", "--no-progress"]) == 0
    assert "7 documents: 5 new, 0 changed, 0 unchanged, 2 failed (one transaction)" in capsys.readouterr().err
    assert main(["ingest", "--from-parquet", "nowhere", "--db", "cli.duckdb", "--no-progress"]) == 2
    assert "nowhere: no such shard file or folder" in capsys.readouterr().err


def test_an_address_where_nothing_listens_is_refused_at_once() -> None:
    import socket

    from policyie.engine_ray import _unreachable

    with socket.socket() as s:  # a port that was free a moment ago: nothing listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert "cannot reach Ray at 127.0.0.1:" in (_unreachable(f"127.0.0.1:{port}") or "")
    assert "cannot reach Ray at ray://127.0.0.1:" in (_unreachable(f"ray://127.0.0.1:{port}") or "")
    assert _unreachable("auto") is None  # Ray's own lookup, which fails fast
    with socket.socket() as srv:  # something listening: no objection
        srv.bind(("127.0.0.1", 0))
        srv.listen()
        assert _unreachable(f"127.0.0.1:{srv.getsockname()[1]}") is None
