"""Batch and ingest machinery: the worker pool, time budgets, identity by resolved path and
content, known failures, kill-safety (SIGKILL at random moments), Ctrl-C and a full disk.

Corpora are made up from the bundled samples (``batchutil.make_corpus``); expected counts
follow from how the corpus is made (n distinct documents, one empty file, one copy).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import resource
import signal
import sys
import time
from pathlib import Path

import duckdb
import pytest
from batchutil import SleepyPipeline, StuckPipeline, UnstartablePipeline, make_corpus, policyie

from policyie.batch import Progress, WorkerStartError
from policyie.cli import main
from policyie.corpora.store import TABLES, IngestStats, StoreError, ingest_paths, open_store


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_text("utf-8").encode("utf-8")).hexdigest()


def snapshot(db: Path) -> dict[str, list]:
    """Every row of every table, sorted, without the ingest timestamps."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for t in TABLES:
            cols = "* EXCLUDE (ingested_at)" if t in ("documents", "errors") else "*"
            out[t] = sorted(con.execute(f"SELECT {cols} FROM {t}").fetchall(), key=repr)
        return out
    finally:
        con.close()


def stored_count(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM errors)").fetchone()[0]
    finally:
        con.close()


# ---------------------------------------------------------------------------
# Identity
# ---------------------------------------------------------------------------


def test_other_spellings_of_a_path_are_one_document_and_copies_are_reported(tmp_path: Path, monkeypatch) -> None:
    corpus = make_corpus(tmp_path / "regs", 3, empty=False)
    (tmp_path / "link").symlink_to(corpus)
    monkeypatch.chdir(tmp_path)
    con = open_store(tmp_path / "s.duckdb")
    first = ingest_paths(con, ["regs"])
    # 3 documents and a copy of doc000: all four stored, the copy reported
    assert first == IngestStats(added=4, duplicates=1)
    assert first.duplicate_pairs == [("regs/zz-copy-of-doc000.txt", str(corpus / "doc000.txt"))]
    keys = [k for (k,) in con.execute("SELECT doc_key FROM documents ORDER BY doc_key").fetchall()]
    assert keys == sorted(str(p) for p in corpus.iterdir()) and all(Path(k).is_absolute() for k in keys)
    # the same files under four other spellings, in one run: found unchanged, stored once
    again = ingest_paths(con, ["./regs/", str(corpus), "regs//doc001.txt", "link"])
    assert again == IngestStats(unchanged=4, duplicates=1, repeated=9)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (4,)
    con.close()


def test_a_version_1_store_is_refused_for_writing_with_the_reason_and_read_as_before(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    open_store(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="version '1' keys documents by the path as typed.*new store file"):
        open_store(db)
    open_store(db, read_only=True).close()
    rc = main(["ingest", str(tmp_path), "--db", str(db), "--no-progress"])
    assert rc == 2


# ---------------------------------------------------------------------------
# Time budget, known failures, size limit
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("workers", [1, pytest.param(2, marks=pytest.mark.slow)])
def test_a_document_over_its_budget_is_an_error_and_the_batch_goes_on(tmp_path: Path, workers: int) -> None:
    corpus = make_corpus(tmp_path / "c", 4, slow=(0,), empty=False, duplicate=False, small=True)
    con = open_store(tmp_path / "s.duckdb")
    t0 = time.monotonic()
    stats = ingest_paths(con, [corpus], pipeline=SleepyPipeline(120), workers=workers, timeout=3)
    assert time.monotonic() - t0 < 80  # far below the 120 s the slow document would take
    assert stats == IngestStats(added=3, errors=1)
    slow = corpus / "doc000.txt"
    row = con.execute("SELECT kind, message, content_hash FROM errors WHERE doc_key = ?", [str(slow)]).fetchone()
    assert row == ("timeout", "timed out after 3 s", sha(slow))

    # a rerun does not retry it (same text), --retry-failed does
    assert ingest_paths(con, [corpus], pipeline=SleepyPipeline(120), workers=workers, timeout=3) == \
        IngestStats(unchanged=3, known_failures=1)
    stats = ingest_paths(con, [corpus], pipeline=SleepyPipeline(0), workers=workers, timeout=60, retry_failed=True)
    assert stats == IngestStats(added=1, unchanged=3)
    assert con.execute("SELECT count(*) FROM errors").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (4,)
    con.close()


@pytest.mark.slow
def test_a_worker_stuck_past_its_budget_is_killed_and_replaced(tmp_path: Path) -> None:
    # doc000 and doc001 are stuck where the worker's own alarm cannot stop them
    corpus = make_corpus(tmp_path / "c", 8, slow=(0, 1), empty=False, duplicate=False, small=True)
    con = open_store(tmp_path / "s.duckdb")
    t0 = time.monotonic()
    stats = ingest_paths(con, [corpus], pipeline=StuckPipeline(300), workers=2, timeout=3)
    assert time.monotonic() - t0 < 150
    assert stats == IngestStats(added=6, errors=2)
    rows = con.execute("SELECT doc_key, kind, message FROM errors ORDER BY doc_key").fetchall()
    assert rows == [(str(corpus / f"doc00{i}.txt"), "timeout", "timed out after 3 s") for i in (0, 1)]
    con.close()


def test_a_worker_that_cannot_start_stops_the_run_instead_of_being_respawned(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "c", 2, empty=False, duplicate=False, small=True)
    con = open_store(tmp_path / "s.duckdb")
    with pytest.raises(WorkerStartError, match=r"could not start \(exit code 3\).*--workers 1"):
        ingest_paths(con, [corpus], pipeline=UnstartablePipeline(), workers=2)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    con.close()


def test_inputs_that_do_not_exist_or_hold_nothing_to_ingest_create_no_store(tmp_path: Path, capsys) -> None:
    db = tmp_path / "s.duckdb"
    assert main(["ingest", str(tmp_path / "nonexistent"), "--db", str(db), "--no-progress"]) == 2
    assert capsys.readouterr().err.strip() == f"policyie ingest: {tmp_path / 'nonexistent'}: no such file or folder"
    corpus = make_corpus(tmp_path / "c", 1, empty=False, duplicate=False, small=True)
    assert main(["ingest", str(corpus), "--from-jsonl", "--db", str(db), "--no-progress"]) == 2
    assert "no *.jsonl files in this folder" in capsys.readouterr().err
    assert not db.exists()


def test_ingest_has_the_same_size_limit_option_as_extract(tmp_path: Path, capsys) -> None:
    corpus = make_corpus(tmp_path / "c", 5, empty=False, duplicate=False)
    sizes = {p.name: p.stat().st_size for p in corpus.iterdir()}
    limit = sorted(sizes.values())[2]  # two files are larger
    db = tmp_path / "s.duckdb"
    rc = main(["ingest", str(corpus), "--db", str(db), "--max-bytes", str(limit), "--workers", "1", "--no-progress"])
    assert rc == 1
    con = open_store(db, read_only=True)
    errors = dict(con.execute("SELECT doc_key, message FROM errors").fetchall())
    con.close()
    assert {Path(k).name for k in errors} == {n for n, s in sizes.items() if s > limit}
    assert all("too large" in m for m in errors.values())
    assert "3 new, 0 changed, 0 unchanged, 2 failed" in capsys.readouterr().err


# ---------------------------------------------------------------------------
# Pool: extract gives the same records whatever the number of workers
# ---------------------------------------------------------------------------


def test_extract_gives_the_same_records_with_one_or_two_workers(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "c", 7)
    outs = {}
    for n in (1, 2):
        out = tmp_path / f"w{n}.jsonl"
        # exit 1: one document (the empty file) failed, the others are written
        assert main(["extract", str(corpus), "-o", str(out), "--workers", str(n), "--no-progress"]) == 1
        outs[n] = out.read_text("utf-8").splitlines()
    assert len(outs[1]) == 9  # 7 documents, the empty file, the copy
    assert sorted(outs[1]) == sorted(outs[2])
    errors = [json.loads(line) for line in outs[2] if json.loads(line)["error"]]
    assert [(Path(e["source"]).name, e["error"]["message"]) for e in errors] == [("empty.txt", "empty")]


def test_progress_shows_documents_per_second_and_time_left() -> None:
    class Out:
        text = ""

        def write(self, s: str) -> None:
            self.text += s

        def flush(self) -> None: ...

        def isatty(self) -> bool:
            return False

    bar = Progress(10, stream=Out())
    bar.start -= 4.0  # four seconds ago
    for _ in range(4):
        bar.update(1000)
    line = bar.line(bar.start + 4.0)
    assert line == "4/10 documents, 1.0/s, 1k chars/s, 0:06 left"


# ---------------------------------------------------------------------------
# Kill-safety, Ctrl-C, a full disk (subprocesses)
# ---------------------------------------------------------------------------


def _ingest_args(corpus: Path, db: Path, workers: int = 2) -> list[str]:
    return ["ingest", str(corpus), "--db", str(db), "--workers", str(workers), "--commit-every", "3", "--no-progress"]


@pytest.mark.slow
def test_an_ingest_killed_at_random_moments_and_restarted_equals_a_clean_run(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "c", 60)
    total = 62  # 60 documents, the copy and the empty file (an error row)
    clean = tmp_path / "clean.duckdb"
    t0 = time.monotonic()
    p = policyie(*_ingest_args(corpus, clean))
    _, err = p.communicate(timeout=600)
    elapsed = time.monotonic() - t0
    assert p.returncode == 1 and "61 new" in err and "1 failed" in err  # the empty file fails
    assert stored_count(clean) == total

    db = tmp_path / "killed.duckdb"
    rng = random.Random(20261206)
    partial: list[int] = []
    scale = 1.0  # adapts to this machine's load: a clean run's time is only a first guess
    for attempt in range(10):
        p = policyie(*_ingest_args(corpus, db, workers=1 + attempt % 2), start_new_session=True)
        time.sleep(rng.uniform(0.3, 0.8) * elapsed * scale)
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)  # the parent and its workers, mid-write or not
        p.communicate(timeout=60)
        if p.returncode != -signal.SIGKILL:
            scale *= 0.5  # the run ended first: start over and kill sooner
            for f in tmp_path.glob("killed.duckdb*"):
                f.unlink()
            partial.clear()
            continue
        n = stored_count(db) if db.exists() else 0
        partial.append(n)
        if n == 0:
            scale *= 1.5  # killed before its first commit: kill later
        elif len(partial) >= 3 and any(0 < k < total for k in partial):
            break
    assert len(partial) >= 2, "the runs ended before they could be killed"
    assert any(0 < n < total for n in partial), partial  # killed part-way, not only before or after
    p = policyie(*_ingest_args(corpus, db))
    _, err = p.communicate(timeout=600)
    assert p.returncode == 1, err
    assert snapshot(db) == snapshot(clean)


@pytest.mark.slow
def test_ctrl_c_says_how_many_documents_were_committed_and_a_rerun_continues(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "c", 60)
    clean = tmp_path / "clean.duckdb"
    t0 = time.monotonic()
    p = policyie(*_ingest_args(corpus, clean))
    p.communicate(timeout=600)
    elapsed = time.monotonic() - t0

    db = tmp_path / "s.duckdb"
    p = policyie(*_ingest_args(corpus, db), start_new_session=True)
    time.sleep(0.6 * elapsed)
    assert p.poll() is None, "the run ended before Ctrl-C"
    os.killpg(p.pid, signal.SIGINT)  # as a terminal does: the parent and its workers
    _, err = p.communicate(timeout=60)
    assert p.returncode == 130
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    committed = int(lines[0].split("interrupted: ")[1].split()[0])
    assert lines[0] == (f"policyie ingest: interrupted: {committed} documents committed to {db}; "
                        "run the same command again to continue")
    assert committed == stored_count(db)  # exactly what the store holds

    p = policyie(*_ingest_args(corpus, db))
    _, err = p.communicate(timeout=600)
    assert p.returncode == 1
    assert snapshot(db) == snapshot(clean)


def _limit_file_size(limit: int):  # noqa: ANN202
    def apply() -> None:
        # Over the limit write() fails with EFBIG ("File too large") instead of the
        # process being killed by SIGXFSZ: the same path through DuckDB as ENOSPC.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE and SIGXFSZ as on Linux")
def test_a_full_disk_is_one_line_with_the_real_cause_and_a_non_zero_exit(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "c", 6)
    db = tmp_path / "s.duckdb"
    open_store(db).close()  # a store that opens; its file may not grow much more
    limit = db.stat().st_size + 64 * 1024
    p = policyie(*_ingest_args(corpus, db, workers=1), preexec_fn=_limit_file_size(limit))
    _, err = p.communicate(timeout=300)
    assert p.returncode == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith(f"policyie ingest: {db}: cannot write to the store: ") and "File too large" in lines[0]
    assert "no transaction is active" not in err
    # nothing half-written: the store opens and holds whole documents only
    con = open_store(db, read_only=True)
    for key, n_chars in con.execute("SELECT doc_key, n_chars FROM documents").fetchall():
        assert n_chars == len(Path(key).read_text("utf-8"))
    con.close()


@pytest.mark.parametrize("threshold, checkpointed", [(1, True), (10**12, False)])
def test_a_big_batch_is_checkpointed_after_its_commit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       threshold: int, checkpointed: bool) -> None:
    """Committed rows stay in DuckDB's memory until a checkpoint (where ``memory_limit``
    counts them), so a batch of ``_CHECKPOINT_CHARS`` characters is written to the file at
    once: its write-ahead log is then empty while the store is still open."""
    import policyie.corpora.store as store

    corpus = make_corpus(tmp_path / "c", 3)
    monkeypatch.setattr(store, "_CHECKPOINT_CHARS", threshold)
    db = tmp_path / "s.duckdb"
    con = open_store(db)
    try:
        stats = ingest_paths(con, [corpus], workers=1)
        assert stats.added >= 3
        wal = Path(str(db) + ".wal")
        assert (not wal.exists() or wal.stat().st_size == 0) == checkpointed
    finally:
        con.close()


def test_a_document_longer_than_the_ingest_memory_limit_allows_for_gets_room_for_its_batch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """DuckDB holds a document's text whole: with a limit too small for it (here 8 MB; the
    real one, 128 MB, is too small past about 20 million characters) its batch runs with
    twice the text's UTF-8 size, and the ingest limit is back after it."""
    import policyie.corpora.store as store

    monkeypatch.setattr(store, "INGEST_MEMORY_LIMIT", "8MB")
    corpus = make_corpus(tmp_path / "c", 2, empty=False, duplicate=False)
    seen: list[str] = []
    real = store._insert_rows

    def spy(con, table, columns, parts):  # noqa: ANN001, ANN202
        seen.append(con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0])
        return real(con, table, columns, parts)

    monkeypatch.setattr(store, "_insert_rows", spy)
    con = open_store(tmp_path / "s.duckdb")
    try:
        with store._small_queries(con):
            stats = ingest_paths(con, [corpus], workers=1, batch_docs=1)
            after = con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0]
        assert stats.added == 2 and stats.failed == 0
        assert seen and all(s != after for s in seen), (seen, after)  # raised while writing
        assert after == "7.5 MiB", after                               # 8 MB (DuckDB: 7.5 MiB) after
    finally:
        con.close()
