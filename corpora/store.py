"""The embedded store (DuckDB): extract records in, typed tables out.

    con = open_store("out/policyie.duckdb")
    ingest_paths(con, ["corpora/samples"])            # read → hash → (analyse) → rows
    ingest_records(con, extract_records([...]))        # records already made
    provisions_frame(con, regions=["河北省"])           # pandas, for analysts

The tables are exactly ``store_schema.sql`` (packaged with ``policyie.corpora``).  A
document is identified across ingests by ``doc_key`` (its resolved path, see
``document_key``, or the record's ``doc_id``) and its version by ``content_hash`` (sha256
of its text): an unchanged document is not written at all; a changed one has all its rows
deleted and rewritten in one transaction, so a failure part-way leaves the previous
version whole, and a run killed at any moment leaves every document whole or absent.
Running the whole ingest (pool, progress, Ctrl-C) is ``policyie.corpora.ingest``.
"""

from __future__ import annotations

import re
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Protocol, Sequence

import duckdb
import pandas as pd

from policyie.corpora.rows import (  # noqa: F401 - _Containing, _int… re-exported for tests and older callers
    _MENTION_TYPED,
    Columns,
    _Containing,
    _bool,
    _date,
    _doc_key,
    _fallback_hash,
    _int,
    _now,
    _rows,
    _str,
    _strs,
    _typed,
    content_hash,
    document_key,
    n_rows,
    record_rows,
)
from policyie.records import LABELS, SpanError, check_span

__all__ = [
    "DOC_TABLES",
    "SCHEMA_VERSION",
    "TABLES",
    "IngestStats",
    "StoreError",
    "content_hash",
    "deadlines_frame",
    "document_key",
    "documents_frame",
    "ingest_cli",
    "ingest_paths",
    "ingest_records",
    "mentions_frame",
    "open_store",
    "provisions_frame",
    "record_rows",
    "staffing_frame",
]

#: meta.schema_version of the stores this code reads and writes.
SCHEMA_VERSION = "2"
#: Versions a read-only open accepts (version 1 differs only in its keys and errors columns).
READABLE_VERSIONS: tuple[str, ...] = ("1", "2")
#: The tables holding one document's rows: deleted and rewritten together.
DOC_TABLES: tuple[str, ...] = ("documents", "sections", "provisions", "mentions", "staffing", "deadlines")
#: Every data table (``meta`` aside), in export order.
TABLES: tuple[str, ...] = DOC_TABLES + ("errors",)



class StoreError(Exception):
    """The store file cannot be used (not a store, locked, wrong schema version, disk full…)."""


@dataclass
class IngestStats:
    """What an ingest did, per document.

    ``added`` (new), ``replaced`` (changed) and ``errors`` count what was committed;
    ``known_failures`` are documents that failed before with the same text and were not
    retried (``retry_failed`` retries them), counted among the failed; ``duplicates``
    are documents whose text equals another document's at another path (stored all the
    same); ``repeated`` are paths naming a document already seen in this run.
    """

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    errors: int = 0
    known_failures: int = 0
    duplicates: int = 0
    repeated: int = 0
    #: (path, the other document's key) for the first duplicates of content.
    duplicate_pairs: list[tuple[str, str]] = field(default_factory=list, compare=False, repr=False)

    @property
    def failed(self) -> int:
        return self.errors + self.known_failures

    @property
    def total(self) -> int:
        return self.added + self.replaced + self.unchanged + self.failed

    @property
    def committed(self) -> int:
        """Documents whose rows (or error row) this run committed."""
        return self.added + self.replaced + self.errors

    def summary(self) -> str:
        """``5 documents: 5 new, 0 changed, 0 unchanged, 0 failed``, then duplicates and skips when any."""
        text = (f"{self.total} documents: {self.added} new, {self.replaced} changed, "
                f"{self.unchanged} unchanged, {self.failed} failed")
        if self.known_failures:
            text += f" ({self.known_failures} failed before and not retried: --retry-failed)"
        if self.duplicates:
            text += f"; {self.duplicates} with the same content as another document"
        if self.repeated:
            text += f"; {self.repeated} paths named a document already given"
        return text


class _Progress(Protocol):
    def update(self, n: int = 1) -> Any: ...


# ---------------------------------------------------------------------------
# Opening
# ---------------------------------------------------------------------------


def _schema_sql() -> str:
    return resources.files("policyie.corpora").joinpath("store_schema.sql").read_text(encoding="utf-8")


#: DuckDB settings every store connection takes (the page's sealed connection at connect time,
#: the others through :func:`release_memory_in_background`).
MEMORY_SETTINGS = {"allocator_background_threads": True}


def release_memory_in_background(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """``con`` with DuckDB's allocator purging freed memory in background threads.

    Reading the whole store's provisions left about 150 MB that DuckDB's allocator kept after
    the query (returned only when the last connection closed); with the purge threads the
    units of the whole corpus left 444 MB resident against 518 MB (mean of four runs each,
    ``benchmarks/results/compare_scale.md``).  A setting of the database instance, made after
    connecting: passed as a connect option it would refuse a second connection opened
    without it."""
    for name, value in MEMORY_SETTINGS.items():
        con.execute(f"SET {name} = {str(value).lower()}")
    return con


def open_store(path: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and, unless ``read_only``, create) a policyie store.

    A new or empty database gets the schema and ``meta.schema_version = '1'``.  Raises
    ``StoreError`` naming the file when it is not a DuckDB file, is a DuckDB database
    of something else, has another schema version, is missing (read-only) or is locked
    by another process.
    """
    p = Path(path)
    if read_only and not p.exists():
        raise StoreError(f"{p}: no such store")
    if p.is_dir():
        raise StoreError(f"{p}: is a directory, not a store file")
    if not read_only:
        p.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(p), read_only=read_only)
    except duckdb.Error as e:
        msg = str(e).splitlines()[0]
        if "lock" in msg.lower():
            pid = re.search(r"\(PID (\d+)\)", msg)
            held = f" (PID {pid.group(1)})" if pid else ""
            raise StoreError(f"{p}: store is locked by another process{held}: stop it (a `policyie serve` or "
                             "`ingest` on this file) or wait for it to finish") from None
        if "not a valid DuckDB database" in msg:
            raise StoreError(f"{p}: not a policyie store (not a DuckDB database file)") from None
        if "Could not read enough bytes" in msg or "corrupt" in msg.lower() or "checksum" in msg.lower():
            raise StoreError(f"{p}: damaged store file (truncated or corrupt); rebuild it with policyie ingest") from None
        raise StoreError(f"{p}: cannot open store ({msg})") from None
    try:
        _check_or_create(con, p, read_only)
    except BaseException:
        con.close()
        raise
    return release_memory_in_background(con)


def _check_or_create(con: duckdb.DuckDBPyConnection, p: Path, read_only: bool) -> None:
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main'"
    ).fetchall()}
    if not tables:
        if read_only:
            raise StoreError(f"{p}: not a policyie store (empty database)")
        con.begin()
        try:
            con.execute(_schema_sql())
            con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
            con.commit()
        except BaseException:
            con.rollback()
            raise
        return
    if "meta" not in tables:
        raise StoreError(f"{p}: not a policyie store (a DuckDB database without policyie's meta table)")
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None:
        raise StoreError(f"{p}: not a policyie store (no schema_version in its meta table)")
    if row[0] != SCHEMA_VERSION and not (read_only and row[0] in READABLE_VERSIONS):
        if row[0] == "1":
            raise StoreError(f"{p}: store schema version '1' keys documents by the path as typed; this policyie "
                             f"writes version {SCHEMA_VERSION!r} (keyed by resolved path): ingest into a new store file "
                             "(the old one can still be read by export and compare)")
        raise StoreError(f"{p}: store schema version {row[0]!r}; this policyie reads version {SCHEMA_VERSION!r}")
    missing = [t for t in TABLES if t not in tables]
    if missing:
        raise StoreError(f"{p}: incomplete policyie store (missing tables: {', '.join(missing)})")


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in con.execute(
        "SELECT column_name, data_type FROM duckdb_columns() "
        "WHERE database_name = current_database() AND schema_name = 'main' AND table_name = ? ORDER BY column_index",
        [table]).fetchall()]


def _insert_rows(con: duckdb.DuckDBPyConnection, table: str, columns: list[tuple[str, str]],
                 parts: Sequence[Columns]) -> None:
    """Insert the rows of ``parts`` (tables of :func:`record_rows`, column by column) into
    ``table``, one statement per slice of rows.

    A DataFrame scan with explicit casts: DuckDB's ``executemany`` runs one statement per
    row (about 4 ms each), while a DataFrame goes in at a few microseconds a row after a
    fixed ~5 ms.  Every column is an object column so that pandas never turns ints with
    NULLs into floats; the casts give each column its schema type whatever DuckDB guesses
    from the values.
    """
    n = sum(n_rows(p) for p in parts)
    if not n:
        return
    view = f"_policyie_{table}"
    select = ", ".join(f'CAST("{name}" AS {typ}) AS "{name}"' for name, typ in columns)

    def column(name: str) -> list:
        out: list = []
        for p in parts:
            out.extend(p[name] if name in p else [None] * n_rows(p))
        return out

    whole = {name: column(name) for name, _ in columns}
    # In slices: the frame of a 50 MB document's 200,000 mentions would sit beside its rows.
    for lo in range(0, n, _INSERT_SLICE):
        frame = pd.DataFrame({name: pd.Series(v[lo:lo + _INSERT_SLICE], dtype=object) for name, v in whole.items()})
        con.register(view, frame)
        try:
            con.execute(f'INSERT INTO {table} SELECT {select} FROM "{view}"')
        finally:
            con.unregister(view)
        del frame


#: DuckDB's memory limit while ingesting (a 50 MB document's ingest peaked at 1,069 MiB
#: with 256 MB, 999 MiB with this); in MB, as the batch that needs more compares it.
INGEST_MEMORY_LIMIT = "128MB"
#: WAL size from which DuckDB checkpoints while ingesting (its default, 16 MB, rewrote the
#: same half-filled row groups every few batches).
INGEST_CHECKPOINT = "256MB"
#: Rows per INSERT statement.
_INSERT_SLICE = 20_000


@dataclass
class _Pending:
    doc_key: str
    source: str | None  # for the error row, should its batch fail
    stored: str | None  # the content hash stored before, None for a new document
    has_error: bool
    rows: dict[str, Columns]


#: Documents written per transaction, and the row / character bounds of a batch (memory
#: stays bounded whatever the size of the corpus).
BATCH_DOCS = 64
_BATCH_ROWS = 50_000
_BATCH_CHARS = 20_000_000
#: A batch of this many characters is checkpointed after its commit (see ``_Writer._checkpoint``).
_CHECKPOINT_CHARS = 5_000_000


class _CommitFailed(Exception):
    """A COMMIT that failed: the store could not write (disk full, file too large, I/O)."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.cause = cause


_IO_WORDS = ("could not write", "no space left", "file too large", "disk", "i/o error", "invalidated",
             "read-only file system", "permission denied")


def _store_level(e: BaseException) -> bool:
    """Whether an error is the store's (disk full, I/O, a dead database), not one document's."""
    if isinstance(e, _CommitFailed):
        return "constraint" not in str(e).lower()
    if isinstance(e, (OSError, MemoryError, duckdb.IOException, duckdb.FatalException,
                      duckdb.OutOfMemoryException, duckdb.InternalException)):
        return True
    return isinstance(e, duckdb.Error) and any(w in str(e).lower() for w in _IO_WORDS)


def _cause(e: BaseException) -> str:
    """The first line of the error (a DuckDB message names the file and the system's reason)."""
    e = e.cause if isinstance(e, _CommitFailed) else e
    text = str(e).strip()
    return text.splitlines()[0] if text else type(e).__name__


class _NoInterrupt:
    """Ctrl-C waits until a transaction and its counting are done, then takes effect.

    So an interrupted ingest has committed exactly the documents it counted.  Only in
    the main thread (where Python delivers signals); elsewhere it does nothing.
    """

    def __enter__(self) -> "_NoInterrupt":
        self.pending = False
        self.active = threading.current_thread() is threading.main_thread()
        if self.active:
            self.old = signal.signal(signal.SIGINT, self._defer)
        return self

    def _defer(self, signum: int, frame: Any) -> None:  # noqa: ANN401
        self.pending = True

    def __exit__(self, *exc: object) -> None:
        if self.active:
            signal.signal(signal.SIGINT, self.old)
            if self.pending and exc[0] is None:
                raise KeyboardInterrupt


class _Writer:
    """Writes records into one store, in batches of documents.

    The fixed cost of a DataFrame insert (~5 ms) would dominate one document's six
    inserts, so pending documents are written together, up to ``BATCH_DOCS`` in one
    transaction: each document's deletes and inserts are in that transaction, so each is
    all-or-nothing.  If a batch fails because of one document, it is rolled back and its
    documents are written again one transaction each, so that only the bad one fails
    (and keeps its old rows).  If it fails because of the store (disk full, I/O error),
    ``StoreError`` is raised with the real cause: nothing more can be written.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, stats: IngestStats, name: str = "store",
                 batch_docs: int = BATCH_DOCS) -> None:
        self.con = con
        self.stats = stats
        self.name = name
        self.batch_docs = batch_docs
        self.columns = {t: _columns(con, t) for t in TABLES}
        self.pending: list[_Pending] = []
        self.pending_keys: set[str] = set()
        self.pending_rows = 0
        self.pending_chars = 0

    def _fail(self, e: BaseException) -> StoreError:
        return StoreError(f"{self.name}: cannot write to the store: {_cause(e)}")

    def _transaction(self, statements: Callable[[], None]) -> None:
        """Run ``statements`` in one transaction; on failure roll back and re-raise the real error.

        After a failed COMMIT DuckDB has already ended the transaction, and ROLLBACK would
        raise "no transaction is active", hiding the cause (e.g. a full disk).
        """
        self.con.begin()
        try:
            statements()
            try:
                self.con.commit()
            except duckdb.Error as e:
                raise _CommitFailed(e) from e
        except BaseException:
            try:
                self.con.rollback()
            except duckdb.Error:
                pass
            raise

    def state(self, doc_key: str) -> tuple[str | None, bool]:
        """(stored content hash or None, whether an error row exists) for a document."""
        if doc_key in self.pending_keys:  # the same document twice in a batch: write the first one first
            self.flush()
        # Two point queries on the primary keys (index lookups; a UNION of both is slower).
        row = self.con.execute("SELECT content_hash FROM documents WHERE doc_key = ?", [doc_key]).fetchone()
        err = self.con.execute("SELECT 1 FROM errors WHERE doc_key = ?", [doc_key]).fetchone()
        return (row[0] if row else None), err is not None

    def unchanged(self, doc_key: str, has_error: bool) -> None:
        """The stored version is current: write nothing (but drop a stale error row)."""
        if has_error:  # the file is back to the version stored
            try:
                with _NoInterrupt():
                    self.con.execute("DELETE FROM errors WHERE doc_key = ?", [doc_key])
            except Exception as e:  # noqa: BLE001
                raise self._fail(e) from e
        self.stats.unchanged += 1

    def error(self, record: dict, doc_key: str, *, kind: str | None = None, message: str | None = None,
              chash: str | None = None) -> None:
        """Record (or replace) the error row of a document; its earlier good rows stay."""
        if doc_key in self.pending_keys:
            self.flush()
        err = record.get("error") or {}

        def statements() -> None:
            self.con.execute("DELETE FROM errors WHERE doc_key = ?", [doc_key])
            self.con.execute("INSERT INTO errors (doc_key, source, kind, message, content_hash, ingested_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)",
                             [doc_key, _str(record.get("source")), kind or _str(err.get("kind")),
                              message or _str(err.get("message")), chash, _now()])

        try:
            with _NoInterrupt():
                self._transaction(statements)
                self.stats.errors += 1
        except Exception as e:  # noqa: BLE001 - an error row that cannot be written: the store is broken
            raise self._fail(e) from e

    def store(self, record: dict, doc_key: str, chash: str, text: str | None,
              state: tuple[str | None, bool] | None = None) -> None:
        """Queue one successful record for writing (nothing is written if its hash is stored).

        A record whose rows cannot be built (malformed) gets an error row of kind ``store``
        at once; one whose rows cannot be inserted gets it when its batch is written.
        """
        stored, has_error = state if state is not None else self.state(doc_key)
        if stored == chash:
            self.unchanged(doc_key, has_error)
            return
        try:
            rows = _rows(record, doc_key, chash, text, _now())
        except Exception as e:  # noqa: BLE001 - a malformed record must not stop the batch
            self.error(record, doc_key, kind="store", message=f"malformed record: {type(e).__name__}: {e}")
            return
        self.store_rows(doc_key, _str(record.get("source")), rows, stored, has_error)

    def store_rows(self, doc_key: str, source: str | None, rows: dict[str, Columns], stored: str | None,
                   has_error: bool) -> None:
        """Queue the rows of one document (made by ``record_rows``) for the next batch."""
        if doc_key in self.pending_keys:
            self.flush()
        self.pending.append(_Pending(doc_key, source, stored, has_error, rows))
        self.pending_keys.add(doc_key)
        self.pending_rows += sum(n_rows(r) for r in rows.values())
        self.pending_chars += sum(len(t or "") for t in rows["documents"]["text"]) + \
            sum(len(t or "") for t in rows["provisions"].get("text", ()))
        if (len(self.pending) >= self.batch_docs or self.pending_rows >= _BATCH_ROWS
                or self.pending_chars >= _BATCH_CHARS):
            self.flush()

    def flush(self) -> None:
        """Write the pending documents."""
        batch, chars = self.pending, self.pending_chars
        self.pending, self.pending_keys, self.pending_rows, self.pending_chars = [], set(), 0, 0
        if not batch:
            return
        big = chars >= _CHECKPOINT_CHARS
        try:
            with _NoInterrupt():
                self._write(batch)
                for item in batch:
                    self._count(item)
            if big:
                self._checkpoint()
            return
        except Exception as e:  # noqa: BLE001 - find the bad document, keep the others
            if _store_level(e):
                raise self._fail(e) from e
            if len(batch) == 1:  # the bad document is known (and its rows were let go as written)
                self._failed(batch[0], e)
                return
        for item in batch:
            try:
                with _NoInterrupt():
                    self._write([item])
                    self._count(item)
            except Exception as e1:  # noqa: BLE001
                if _store_level(e1):
                    raise self._fail(e1) from e1
                self._failed(item, e1)

    def _checkpoint(self) -> None:
        """Write committed rows into the database file now.  Until a checkpoint DuckDB keeps
        them in memory, where ``memory_limit`` counts them: the next big document's commit
        then found no room for its text (a 50 MB document after another: "could not
        allocate block of size 47.6 MiB (76.6 MiB/122.0 MiB used)")."""
        try:
            self.con.execute("CHECKPOINT")
        except duckdb.Error as e:
            if _store_level(e):
                raise self._fail(e) from e
            # another connection's open transaction can refuse it: the WAL stays, no harm

    def _restore_limit(self) -> None:
        """Back to :data:`INGEST_MEMORY_LIMIT` after a big batch, checkpointing first if DuckDB
        cannot free enough memory for it otherwise; failing that, the raised limit stays."""
        for attempt in range(2):
            try:
                self.con.execute(f"SET memory_limit = '{INGEST_MEMORY_LIMIT}'")
                return
            except duckdb.OutOfMemoryException:
                if attempt == 0:
                    self._checkpoint()

    def _failed(self, item: _Pending, e: Exception) -> None:
        self.error({"source": item.source}, item.doc_key, kind="store",
                   message=f"cannot store: {type(e).__name__}: {e}")

    def _count(self, item: _Pending) -> None:
        if item.stored is None:
            self.stats.added += 1
        else:
            self.stats.replaced += 1

    def _write(self, batch: list[_Pending]) -> None:
        """One transaction: delete the batch's old rows, insert its new ones, drop its error rows."""
        con = self.con
        replaced = [i.doc_key for i in batch if i.stored is not None]
        cleared = [i.doc_key for i in batch if i.has_error]
        # A document's text is one string, which DuckDB must hold whole beside the batch's
        # other rows: a longer one than the limit allows for (a --max-bytes above 50 MiB)
        # gets a limit of twice its UTF-8 size (at most 3 bytes a character) for its batch.
        longest = max((len(t or "") for i in batch for t in i.rows["documents"].get("text", ())), default=0)
        need = 2 * 3 * longest + (16 << 20)
        raised = need > int(INGEST_MEMORY_LIMIT.removesuffix("MB")) << 20
        if raised:
            con.execute(f"SET memory_limit = '{need >> 20}MB'")

        def statements() -> None:
            if replaced:
                for t in DOC_TABLES:
                    con.execute(f"DELETE FROM {t} WHERE doc_key IN (SELECT unnest(?::VARCHAR[]))", [replaced])
            for t in DOC_TABLES:
                _insert_rows(con, t, self.columns[t], [i.rows[t] for i in batch])
                if len(batch) == 1:
                    # A batch of one is not retried row by row: its rows can go as they are
                    # written, so a 50 MB document's rows and DuckDB's copy of them do not add up.
                    batch[0].rows[t] = {}
            if cleared:
                con.execute("DELETE FROM errors WHERE doc_key IN (SELECT unnest(?::VARCHAR[]))", [cleared])

        try:
            self._transaction(statements)
        finally:
            if raised:
                self._restore_limit()


@contextmanager
def _small_queries(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """One DuckDB thread and a memory limit while ingesting, the caller's settings restored after.

    An ingest runs thousands of tiny queries (a primary-key lookup per document, small
    inserts); scheduling them over several threads costs more than it saves (lookups
    take half the time on one thread), and the analysis wants the CPU anyway.  The limit
    makes DuckDB write a big transaction's rows out rather than hold them (a 50 MB
    document's rows took 500 MiB of buffers beside its analysis).
    """
    threads, limit, wal = con.execute("SELECT current_setting('threads'), current_setting('memory_limit'), "
                                      "current_setting('checkpoint_threshold')").fetchone()
    con.execute("SET threads = 1")
    con.execute(f"SET memory_limit = '{INGEST_MEMORY_LIMIT}'")
    con.execute(f"SET checkpoint_threshold = '{INGEST_CHECKPOINT}'")
    try:
        yield
    finally:
        con.execute(f"SET threads = {int(threads)}")
        con.execute(f"SET memory_limit = '{limit}'")
        con.execute(f"SET checkpoint_threshold = '{wal}'")


def _tick(progress: _Progress | Callable[[int], Any] | None) -> None:
    if progress is None:
        return
    if hasattr(progress, "update"):
        progress.update(1)
    else:
        progress(1)


# ---------------------------------------------------------------------------
# Ingest
# ---------------------------------------------------------------------------


def _text_of(record: dict) -> str | None:
    """The text a record's offsets refer to: its source file re-read, if that still matches.

    The file counts only if every entity span of the record holds in it (else it changed
    since extraction, and its hash would describe another version than the rows).
    """
    from policyie.corpora.readers import ReadError, read_document

    source = record.get("source")
    if not isinstance(source, str) or not source or not Path(source).is_file():
        return None
    try:
        text = read_document(source).text
    except ReadError:
        return None
    try:
        for e in record.get("entities") or []:
            check_span(text, e["start"], e["end"], e["text"])
        for p in record.get("provisions") or []:
            check_span(text, p["start"], p["end"], p["text"])
    except (SpanError, KeyError, TypeError):
        return None
    return text


def ingest_records(con: duckdb.DuckDBPyConnection, records: Iterable[dict], *,
                   progress: _Progress | Callable[[int], Any] | None = None, stats: IngestStats | None = None,
                   name: str = "store") -> IngestStats:
    """Store extract records (e.g. ``policyie extract`` JSONL); each document all-or-nothing.

    The document text is not in a record, so it is re-read from ``record["source"]`` when
    that file exists and still matches the record's spans: ``content_hash`` is then the
    sha256 of the text and ``documents.text`` holds it.  Otherwise ``content_hash`` is
    ``"json:"`` + the sha256 of the record's entities and provisions (as JSON) and
    ``documents.text`` / ``n_chars`` are NULL.  Error records go to ``errors``.
    ``progress`` (a tqdm bar or a callable) is advanced by one per record.  Raises
    ``ValueError`` for an object that has neither ``source`` nor ``doc_id``, and
    ``StoreError`` (naming the store as ``name``) when the store cannot be written.
    ``stats`` (updated as documents are committed) is returned.
    """
    stats = stats if stats is not None else IngestStats()
    with _small_queries(con):
        w = _Writer(con, stats, name)
        try:
            for record in records:
                _ingest_record(w, record)
                _tick(progress)
        except StoreError:
            raise
        except Exception:
            w.flush()  # keep what was done before the bad input
            raise
        w.flush()
    return stats


def _ingest_record(w: _Writer, record: dict) -> None:
    try:
        doc_key = _doc_key(record)
    except (ValueError, AttributeError):
        raise ValueError(f"not an extract record (no source or doc_id): {str(record)[:200]}") from None
    if record.get("error"):
        w.error(record, doc_key)
        return
    text = _text_of(record)
    chash = content_hash(text) if text is not None else _fallback_hash(record)
    w.store(record, doc_key, chash, text)


def ingest_paths(con: duckdb.DuckDBPyConnection, paths: Iterable[str | Path], **options: Any) -> IngestStats:
    """Read, analyse and store documents: see ``policyie.corpora.ingest.ingest_paths``."""
    from policyie.corpora.ingest import ingest_paths as run

    return run(con, paths, **options)


def ingest_cli(paths: Sequence[str], **options: Any) -> int:
    """``policyie ingest``: see ``policyie.corpora.ingest.ingest_cli``."""
    from policyie.corpora.ingest import ingest_cli as run

    return run(paths, **options)


# ---------------------------------------------------------------------------
# Queries for analysts
# ---------------------------------------------------------------------------

_DOC_FIELDS = "d.doc_id, d.title, d.date AS doc_date, d.province, d.city, d.county, d.region_code, d.region"


def documents_frame(con: duckdb.DuckDBPyConnection, *, with_text: bool = False) -> pd.DataFrame:
    """One row per document (without the full text unless ``with_text``)."""
    cols = "*" if with_text else "* EXCLUDE (text)"
    return con.execute(f"SELECT {cols} FROM documents ORDER BY doc_key").df()


def provisions_frame(con: duckdb.DuckDBPyConnection, regions: Sequence[str] | None = None) -> pd.DataFrame:
    """Provisions with their document's title, date and region fields.

    ``regions`` keeps the documents whose full region name, province, city, county or
    region code equals one of the given strings (``["河北省"]`` keeps every Hebei document).
    """
    where, params = "", []
    if regions is not None:
        if isinstance(regions, str):
            regions = [regions]
        where = "WHERE list_has_any(?::VARCHAR[], [d.region, d.province, d.city, d.county, d.region_code])"
        params = [list(regions)]
    return con.execute(
        f"SELECT p.*, {_DOC_FIELDS} FROM provisions p JOIN documents d USING (doc_key) {where} "
        "ORDER BY p.doc_key, p.seq", params).df()


def mentions_frame(con: duckdb.DuckDBPyConnection, label: str | None = None) -> pd.DataFrame:
    """Mentions (optionally of one label) with their document's title and region fields."""
    where, params = "", []
    if label is not None:
        if label not in LABELS:
            raise ValueError(f"unknown label {label!r} (labels: {', '.join(LABELS)})")
        where, params = "WHERE m.label = ?", [label]
    return con.execute(
        f"SELECT m.*, {_DOC_FIELDS} FROM mentions m JOIN documents d USING (doc_key) {where} "
        "ORDER BY m.doc_key, m.mention_idx", params).df()


def staffing_frame(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Staffing rows (body, kind of post, numbers) with their provision's section path and document fields."""
    return con.execute(
        f"SELECT s.*, p.section_path, {_DOC_FIELDS} FROM staffing s JOIN documents d USING (doc_key) "
        "LEFT JOIN provisions p ON p.doc_key = s.doc_key AND p.provision_id = s.provision_id "
        "ORDER BY s.doc_key, p.seq, s.start_pos").df()


def deadlines_frame(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Deadline rows (task, date, relation) with their provision's section path and document fields."""
    return con.execute(
        f"SELECT t.*, p.section_path, {_DOC_FIELDS} FROM deadlines t JOIN documents d USING (doc_key) "
        "LEFT JOIN provisions p ON p.doc_key = t.doc_key AND p.provision_id = t.provision_id "
        "ORDER BY t.doc_key, p.seq, t.start_pos").df()
