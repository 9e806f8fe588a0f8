"""``policyie ingest --from-parquet DIR``: Parquet shards into the store in one transaction.

    con = open_store("out/policyie.duckdb")
    ingest_parquet(con, ["out/shards"])      # shards of `policyie extract --engine ray -o out/shards`

The shards hold one row per document with its extract record as JSON text (see
``policyie.engine_ray.SHARD_COLUMNS``; only the ``record`` column is needed here).  The
records go through ``ingest_records``, the very code that stores ``--from-jsonl``
records (new / changed / unchanged / failed, text re-read from ``source`` when that
file is still there and matches), but the whole load is ONE transaction: either every
shard is in the store, or (a bad shard, a store error, Ctrl-C, a killed process)
nothing of this load is.  DuckDB reads the Parquet files itself: no pyarrow needed.
"""

from __future__ import annotations

import datetime as _dt
import json
import sys
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

import duckdb

from policyie.corpora.store import IngestStats, StoreError, ingest_records, open_store

__all__ = ["ShardError", "ingest_parquet", "ingest_parquet_cli", "iter_shard_records", "shard_files"]

_FETCH = 256  # rows per fetch from DuckDB's Parquet reader: bounded memory


class ShardError(ValueError):
    """A shard folder or file that cannot be loaded (missing, not Parquet, no ``record`` column)."""


class _Abort(BaseException):
    """A statement of the one transaction failed: DuckDB has aborted it, nothing more can be written.

    A BaseException so that it passes the writer's per-document recovery (``except
    Exception``), which would otherwise retry documents inside a dead transaction.
    """


class _OneTransaction:
    """The store connection as ``ingest_records`` sees it, inside the caller's transaction.

    The writer opens and commits a transaction per batch of documents; here those are
    no-ops, so every batch joins the one transaction ``ingest_parquet`` commits at the
    end.  A rollback (a failed statement) aborts the whole load.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con

    def begin(self) -> "_OneTransaction":
        return self

    def commit(self) -> "_OneTransaction":
        return self

    def rollback(self) -> None:
        raise _Abort

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - execute, register, unregister… as they are
        return getattr(self._con, name)


def shard_files(paths: Iterable[str | Path]) -> list[Path]:
    """The ``*.parquet`` files of shard folders (recursively, sorted), or the files given.

    Raises ``ShardError`` naming the path for a missing path or a folder without shards.
    """
    files: list[Path] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*.parquet") if f.is_file())
            if not found:
                raise ShardError(f"{p}: no Parquet shards in this folder")
            files.extend(found)
        elif p.is_file():
            files.append(p)
        else:
            raise ShardError(f"{p}: no such shard file or folder")
    return files


def _check(reader: duckdb.DuckDBPyConnection, f: Path) -> None:
    try:
        names = [r[0] for r in reader.execute("DESCRIBE SELECT * FROM read_parquet(?)", [str(f)]).fetchall()]
    except duckdb.Error as e:
        raise ShardError(f"{f}: not a readable Parquet file ({str(e).splitlines()[0]})") from None
    if "record" not in names:
        raise ShardError(f"{f}: not a policyie shard (no 'record' column; has {', '.join(names)})")


def iter_shard_records(files: Sequence[Path]) -> Iterator[dict]:
    """The extract records of shard files, file by file, row by row.

    A row whose ``record`` is not a JSON extract record becomes an error record naming
    the file and row, as a bad ``--from-jsonl`` line does.
    """
    from policyie.batch import error_record

    reader = duckdb.connect()  # its own in-memory connection: the store's is busy writing
    try:
        for f in files:
            _check(reader, f)
        for f in files:
            cur = reader.execute("SELECT record FROM read_parquet(?)", [str(f)])
            row_no = 0
            while rows := cur.fetchmany(_FETCH):
                for (text,) in rows:
                    row_no += 1
                    try:
                        rec = json.loads(text) if text is not None else None
                        if not isinstance(rec, dict) or not (rec.get("source") or rec.get("doc_id")):
                            raise ValueError("not an extract record")
                    except ValueError as e:
                        yield error_record(f"{f}#{row_no}", f"bad shard row: {e}", kind="read")
                        continue
                    yield rec
    finally:
        reader.close()


def _count_rows(files: Sequence[Path]) -> int:
    with duckdb.connect() as reader:  # from the Parquet footers: no data read
        return int(reader.execute("SELECT count(*) FROM read_parquet(?)", [[str(f) for f in files]]).fetchone()[0])


def ingest_parquet(con: duckdb.DuckDBPyConnection, paths: Iterable[str | Path], *,
                   progress: Callable[[int], Any] | Any | None = None) -> IngestStats:
    """Store the records of shard folders or files in one transaction; returns what was done.

    Raises ``ShardError`` (before writing anything) for a missing path, a folder without
    shards or a file that is not a shard, and ``StoreError`` when a statement fails
    (the load is rolled back: the store is as it was before).
    """
    files = shard_files([paths] if isinstance(paths, (str, Path)) else paths)
    with duckdb.connect() as reader:
        for f in files:
            _check(reader, f)
    con.begin()
    try:
        stats = ingest_records(_OneTransaction(con), iter_shard_records(files), progress=progress)
        con.commit()
    except _Abort as e:
        cause = e.__context__
        _rollback(con)
        why = f"{type(cause).__name__}: {str(cause).splitlines()[0]}" if cause else "a statement failed"
        raise StoreError(f"cannot load the shards, nothing stored ({why})") from cause
    except BaseException:
        _rollback(con)
        raise
    return stats


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    try:
        con.rollback()
    except duckdb.Error:  # a failed COMMIT has already ended the transaction
        pass


def ingest_parquet_cli(paths: Sequence[str], *, db: str | Path, progress: bool) -> int:
    """``policyie ingest --from-parquet``: exit 0, 1 if every document failed, 2 if nothing could be loaded."""
    # errors.ingested_at is naive UTC (as the store writes it): the rows of this load are the later ones.
    start = _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)
    try:
        files = shard_files(paths)
        total = _count_rows(files) if progress else None
        con = open_store(db)
    except (ShardError, StoreError) as e:
        print(f"policyie: {e}", file=sys.stderr)
        return 2
    bar = None
    try:
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=total, unit="doc", file=sys.stderr, desc="ingest")
        stats = ingest_parquet(con, files, progress=bar)
        if stats.errors:
            shown = con.execute("SELECT doc_key, message FROM errors WHERE ingested_at >= ? ORDER BY doc_key LIMIT 20",
                                [start]).fetchall()
            for key, message in shown:
                print(f"policyie: {key}: {message}", file=sys.stderr)
            if stats.errors > len(shown):
                print(f"policyie: … and {stats.errors - len(shown)} more in the errors table", file=sys.stderr)
    except (ShardError, StoreError) as e:
        print(f"policyie: {e}", file=sys.stderr)
        return 2
    finally:
        if bar is not None:
            bar.close()
        con.close()
    print(f"policyie: {stats.summary()} (one transaction) -> {db}", file=sys.stderr)
    return 1 if stats.total and stats.errors == stats.total else 0
