"""Running an ingest: documents → worker pool → one writer → the store.

    con = open_store("out/policyie.duckdb")
    stats = ingest_paths(con, ["regs"], workers=2)    # every core, incremental
    print(stats.summary())   # 2051 documents: 2051 new, 0 changed, 0 unchanged, 0 failed

Identity: a document is its resolved path (``document_key``) and its text's sha256.
Before a document is analysed, the worker that reads it compares its hash with the one
stored under its key: unchanged documents (and documents that failed before with the
same text, unless ``retry_failed``) are not analysed.  The parent alone writes, a batch
of documents per transaction, so a run killed at any moment has committed whole
documents only, and a rerun stores the rest: every document exactly once.
"""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import duckdb

from policyie.errors import EXIT_DOCS_FAILED, EXIT_INTERRUPTED, UserError, log

from policyie.batch import (
    DEFAULT_TIMEOUT,
    Job,
    Outcome,
    Progress,
    Spec,
    WorkerStartError,
    default_workers,
    load_spooled_rows,
    run_jobs,
)
from policyie.corpora.store import (
    BATCH_DOCS,
    IngestStats,
    StoreError,
    _now,
    _small_queries,
    _Writer,
    document_key,
    ingest_records,
    open_store,
)

__all__ = ["ingest_cli", "ingest_paths"]

#: Pairs of documents with the same text listed on stderr by ``policyie ingest``.
_SHOWN = 20


def _key(p: Path) -> str:
    try:
        return document_key(p)
    except (OSError, RuntimeError, ValueError):  # a symlink loop, a NUL byte: the read reports it
        return str(p)


def ingest_paths(con: duckdb.DuckDBPyConnection, paths: Iterable[str | Path] | str | Path, *, pipeline: Any = None,
                 progress: bool | Progress = False, workers: int = 1, timeout: float | None = DEFAULT_TIMEOUT,
                 max_bytes: int | None = None, retry_failed: bool = False, stats: IngestStats | None = None,
                 name: str = "store", batch_docs: int = BATCH_DOCS) -> IngestStats:
    """Read, analyse and store documents (files or folders, walked recursively).

    ``pipeline`` is a model name (``"rules"``, the default, built once per worker) or a
    pipeline object (sent to each worker: it must pickle when ``workers`` > 1).  A
    document taking more than ``timeout`` seconds is an error row "timed out after N s".
    Streaming: memory does not grow with the number of documents.  ``stats`` is updated
    as documents are committed (so a caller interrupted by Ctrl-C knows how many were);
    duplicates of content are listed in ``stats.duplicate_pairs``.  Raises ``StoreError``
    when the store cannot be written (disk full…), with the cause.
    """
    from policyie.corpora.readers import iter_input_paths

    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    stats = stats if stats is not None else IngestStats()
    bar = progress if isinstance(progress, Progress) else \
        Progress(sum(1 for _ in iter_input_paths(paths)) if progress else None, enabled=bool(progress))
    with _small_queries(con):
        # The stored state, read once: one dictionary lookup per document after this.
        docs = dict(con.execute("SELECT doc_key, content_hash FROM documents").fetchall())
        errs = dict(con.execute("SELECT doc_key, content_hash FROM errors").fetchall())
        first_of_hash: dict[str, str] = {}
        for key, chash in sorted(docs.items()):
            first_of_hash.setdefault(chash, key)
        seen: set[str] = set()

        def jobs() -> Iterator[Job]:
            for i, p in enumerate(iter_input_paths(paths)):
                key = _key(p)
                if key in seen:  # `regs` and `./regs/` both given: one document
                    stats.repeated += 1
                    if bar.total:
                        bar.total -= 1
                    continue
                seen.add(key)
                yield Job(i, str(p), key, docs.get(key), None if retry_failed else errs.get(key))

        spec = Spec("ingest", "rules" if pipeline is None else pipeline, max_bytes, timeout)
        w = _Writer(con, stats, name, batch_docs)
        with closing(run_jobs(jobs(), spec, workers)) as outcomes:  # the workers stop on any exit
            for o in outcomes:
                _handle(o, w, stats, docs, errs, first_of_hash)
                bar.update(o.n_chars)
        w.flush()
    return stats


def _handle(o: Outcome, w: _Writer, stats: IngestStats, docs: dict[str, str], errs: dict[str, str | None],
            first_of_hash: dict[str, str]) -> None:
    """Write (or count) what became of one document; note a copy of another's text."""
    key = o.job.key
    if o.status == "unchanged":
        w.unchanged(key, key in errs)
    elif o.status == "known_failure":
        stats.known_failures += 1
    elif o.status == "error":
        kind = (o.record.get("error") or {}).get("kind")
        # A read error is cheap to retry (the file may be fixed); a failed analysis of the
        # same text would fail again, so its hash is kept and the text is not retried.
        w.error(o.record, key, chash=None if kind == "read" else o.chash)
    else:
        rows = o.rows if o.spool is None else load_spooled_rows(o.spool)  # a big document from a worker
        w.store_rows(key, o.source, rows, docs.get(key), key in errs)
    if o.chash is not None and o.status in ("unchanged", "record"):
        other = first_of_hash.setdefault(o.chash, key)
        if other != key:
            stats.duplicates += 1
            if len(stats.duplicate_pairs) < _SHOWN:
                stats.duplicate_pairs.append((o.job.path, other))


def _iter_jsonl(paths: Iterable[str | Path]) -> Iterator[dict]:
    """Records from extract JSONL files (folders: their ``*.jsonl``), line by line.

    A missing file or a line that is not a JSON object becomes an error record, so
    ``ingest_records`` counts it and the rest goes on.
    """
    from policyie.batch import error_record

    for given in paths:
        p = Path(given)
        files = sorted(p.rglob("*.jsonl")) if p.is_dir() else [p]
        for f in files:
            try:
                fh = open(f, encoding="utf-8-sig")
            except OSError as e:
                yield error_record(str(f), f"cannot open JSONL ({e.strerror or e})", kind="read")
                continue
            with fh:
                for lineno, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        rec = json.loads(line)
                        if not isinstance(rec, dict) or not (rec.get("source") or rec.get("doc_id")):
                            raise ValueError("not an extract record")
                    except ValueError as e:
                        yield error_record(f"{f}:{lineno}", f"bad JSONL line: {e}", kind="read")
                        continue
                    yield rec



def _missing(paths: Sequence[str]) -> list[str]:
    return [p for p in paths if not Path(p).exists()]


def ingest_cli(paths: Sequence[str], *, db: str | Path, progress: bool = True, from_jsonl: bool = False,
               workers: int | None = None, timeout: float | None = DEFAULT_TIMEOUT, max_bytes: int | None = None,
               retry_failed: bool = False, model: str = "rules", batch_docs: int = BATCH_DOCS) -> int:
    """``policyie ingest``: one summary line on stderr.

    Exit codes: 0 every document stored (or unchanged); 1 some documents failed (listed,
    and kept in the ``errors`` table); 2 the store cannot be opened or written (the
    cause named: locked, not a store, disk full…), no input exists, or ``--from-jsonl``
    was given only folders without JSONL files; 130 interrupted
    (Ctrl-C): one line says how many documents were committed, and the same command
    continues where it stopped.
    """
    missing = _missing(paths)
    if missing and len(missing) == len(paths):
        raise UserError(f"{missing[0]}: no such file or folder")
    if from_jsonl:
        empty = [p for p in paths if Path(p).is_dir() and next(Path(p).rglob("*.jsonl"), None) is None]
        if empty and len(empty) == len(paths):
            raise UserError(f"{empty[0]}: no *.jsonl files in this folder (documents are ingested without "
                            "--from-jsonl)")
    start = _now()
    stats = IngestStats()
    bar: Progress | None = None
    con = None
    try:
        try:
            con = open_store(db)
        except StoreError as e:
            raise UserError(str(e)) from None
        try:
            if from_jsonl:
                bar = Progress(None, enabled=progress)
                ingest_records(con, _iter_jsonl(paths), progress=lambda n: bar.update(), stats=stats, name=str(db))
            else:
                from policyie.corpora.readers import iter_input_paths

                bar = Progress(sum(1 for _ in iter_input_paths(paths)) if progress else None, enabled=progress)
                ingest_paths(con, paths, pipeline=model, progress=bar,
                             workers=workers if workers is not None else default_workers(), timeout=timeout,
                             max_bytes=max_bytes, retry_failed=retry_failed, stats=stats, name=str(db),
                             batch_docs=batch_docs)
        except StoreError as e:
            if bar is not None:
                bar.close()
            raise UserError(f"{e} ({stats.committed} documents committed before)") from None
        except WorkerStartError as e:
            if bar is not None:
                bar.close()
            raise UserError(str(e)) from None
        bar.close()
        _report(con, stats, start)
    except KeyboardInterrupt:
        if bar is not None:
            bar.close()
        raise UserError(f"interrupted: {stats.committed} documents committed to {db}; "
                        "run the same command again to continue", code=EXIT_INTERRUPTED) from None
    finally:
        if con is not None:
            try:
                con.close()
            except duckdb.Error:  # a store already broken (its error was reported)
                pass
    log.info("%s -> %s", stats.summary(), db)
    return EXIT_DOCS_FAILED if stats.failed else 0


def _report(con: duckdb.DuckDBPyConnection, stats: IngestStats, start: Any) -> None:
    """The failed documents of this run and the documents with the same text as another."""
    if stats.errors:
        shown = con.execute("SELECT doc_key, message FROM errors WHERE ingested_at >= ? ORDER BY doc_key LIMIT ?",
                            [start, _SHOWN]).fetchall()
        for key, message in shown:
            log.warning("%s: %s", key, message)
        if stats.errors > len(shown):
            log.warning("… and %d more in the errors table", stats.errors - len(shown))
    for path, other in stats.duplicate_pairs:
        log.info("%s: same content as %s", path, other)
    if stats.duplicates > len(stats.duplicate_pairs):
        log.info("… and %d more with the same content as another", stats.duplicates - len(stats.duplicate_pairs))
