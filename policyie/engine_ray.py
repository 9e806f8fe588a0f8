"""``policyie extract --engine ray``: the same extraction as a Ray Data pipeline.

    extract_ray(["regs/"], "out/shards")                       # a local Ray instance
    extract_ray(["regs/"], "out/shards", address="auto")        # the cluster this node belongs to
    extract_ray(["texts.parquet"], "out/shards", address="ray://head:10001")

The input list is made on the driver exactly as ``policyie extract`` makes it
(``iter_input_paths``: files as given, folders walked in sorted order); a ``.parquet``
file given as input is a table of documents instead (a ``path`` column, or a ``text``
column with optional ``doc_id`` / ``source``).  Workers are Ray actors, each holding one
pipeline built once (as ``policyie.batch.make_pipeline`` builds it) and analysing
``map_batches`` batches of documents.  A document that cannot be read or analysed
becomes the error record ``policyie.batch.error_record`` makes, so a bad file never
loses its batch.  Output is one Parquet row per document (see ``SHARD_SCHEMA``), written
by the workers into ``OUT`` (``policyie ingest --from-parquet OUT`` loads it), or JSON
lines in input order, exactly as the local engine writes them.

On a cluster every node needs the same policyie installed (``pip install
'policyie[ray]'``), the input paths readable at the same place (a shared file system,
or a Parquet table of texts) and ``OUT`` on a shared file system or an object store URI
(``s3://…``).  Ray is imported only here, never by the core modules.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
import time
import traceback
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Sequence

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa

__all__ = ["SHARD_COLUMNS", "RayUnavailable", "extract_cli", "extract_ray", "iter_ray_records", "shard_schema"]

#: Documents per ``map_batches`` batch: small, because one document takes ~20 ms to
#: seconds, and a worker must not sit on a long queue while another is idle.
BATCH_DOCS = 8

#: One Parquet row per document: ``source`` is the path as given (or the table's
#: ``source``/``doc_id``), ``content_hash`` the sha256 of the text read (NULL when the
#: document could not be read), ``record`` the extract record as JSON text (error
#: records included), ``error`` / ``error_kind`` its error, ``seconds`` the worker's
#: time for reading + analysing it.
SHARD_COLUMNS: tuple[str, ...] = ("source", "doc_id", "content_hash", "n_chars", "record", "error", "error_kind",
                                  "seconds")


class RayUnavailable(RuntimeError):
    """Ray (or pyarrow) is not installed: ``pip install 'policyie[ray]'``."""


def _ray():  # noqa: ANN202
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as e:
        raise RayUnavailable(f"--engine ray needs Ray Data ({e}); install it with: pip install 'policyie[ray]'") from None
    return ray


def shard_schema() -> "pa.Schema":
    """The Arrow schema of the shards (``SHARD_COLUMNS``)."""
    import pyarrow as pa

    return pa.schema([("source", pa.string()), ("doc_id", pa.string()), ("content_hash", pa.string()),
                      ("n_chars", pa.int64()), ("record", pa.large_string()), ("error", pa.string()),
                      ("error_kind", pa.string()), ("seconds", pa.float64())])


def _input_schema() -> "pa.Schema":
    import pyarrow as pa

    return pa.schema([("path", pa.string()), ("text", pa.large_string()), ("doc_id", pa.string()),
                      ("source", pa.string())])


# ---------------------------------------------------------------------------
# One document (runs in the actors)
# ---------------------------------------------------------------------------


def _analysed(pipe, doc, source: str) -> dict:  # noqa: ANN001
    """``pipe.analyse(doc).to_json()`` or the error record ``extract_records`` writes for it."""
    from policyie.batch import error_record
    from policyie.records import SpanError

    try:
        return pipe.analyse(doc).to_json()
    except SpanError as e:  # a bug in an extractor: report it, keep the batch going
        return error_record(source, f"invalid span: {e}", kind="span")
    except Exception as e:  # noqa: BLE001 - the batch must survive any one document
        tb = traceback.format_exception_only(type(e), e)[-1].strip()
        return error_record(source, f"analysis failed: {tb}", kind="analysis")


def _document_row(pipe, row: dict, max_bytes: int | None) -> dict:  # noqa: ANN001
    """One shard row for one input row (a path, or a text with its name)."""
    from policyie.batch import error_record
    from policyie.corpora.readers import DEFAULT_MAX_BYTES, ReadError, read_document
    from policyie.corpora.store import content_hash
    from policyie.records import Document

    t0 = time.perf_counter()
    doc = None
    if row.get("text") is not None:
        source = row.get("source") or row.get("doc_id") or ""
        doc_id = row.get("doc_id") or Path(source).stem or source
        text = row["text"]
        if not source:
            record = error_record("", "table row without source or doc_id", kind="read")
        elif not text.strip():
            record = error_record(source, "empty", kind="read")
        else:
            doc = Document(doc_id=doc_id, text=text, source=source, encoding=None, format="txt")
            record = _analysed(pipe, doc, source)
    else:
        source = row.get("path") or ""
        try:
            doc = read_document(source, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
        except ReadError as e:
            record = error_record(source, e.reason, kind="read")
        else:
            record = _analysed(pipe, doc, source)
    err = record.get("error") or {}
    return {"source": record.get("source") or source, "doc_id": record.get("doc_id"),
            "content_hash": content_hash(doc.text) if doc is not None else None,
            "n_chars": len(doc.text) if doc is not None else None,
            "record": json.dumps(record, ensure_ascii=False), "error": err.get("message"),
            "error_kind": err.get("kind"), "seconds": time.perf_counter() - t0}


class Extractor:
    """A Ray Data actor: one pipeline, built once, analysing batches of documents."""

    def __init__(self, model: str = "rules", max_bytes: int | None = None) -> None:
        from policyie.batch import make_pipeline

        self.pipe = make_pipeline(model)
        self.max_bytes = max_bytes

    def __call__(self, batch: "pa.Table") -> "pa.Table":
        import pyarrow as pa

        rows = [_document_row(self.pipe, row, self.max_bytes) for row in batch.to_pylist()]
        return pa.Table.from_pylist(rows, schema=shard_schema())


# ---------------------------------------------------------------------------
# The dataset (driver)
# ---------------------------------------------------------------------------


def _is_table(p: str) -> bool:
    return p.lower().endswith(".parquet") and not Path(p).is_dir()


def _normalise_table(batch: "pa.Table") -> "pa.Table":
    """A Parquet input table as (path, text, doc_id, source) rows, whatever it holds."""
    import pyarrow as pa

    schema = _input_schema()
    n = batch.num_rows
    cols = []
    for field in schema:
        if field.name in batch.column_names:
            cols.append(batch.column(field.name).cast(field.type))
        else:
            cols.append(pa.nulls(n, field.type))
    return pa.Table.from_arrays(cols, schema=schema)


def _table_blocks(f: str, batch_docs: int) -> list["pa.Table"]:
    """An input table as input blocks of ``batch_docs`` rows, read by the driver.

    Read here rather than by ``ray.data.read_parquet``: its file-listing task wants a
    CPU, and the actors, started at once, hold every CPU, so the pipeline would wait
    forever.  The blocks go to the object store whole: a table of texts larger than
    the driver's memory must be split (or given as paths).
    """
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(f)
    except Exception as e:  # noqa: BLE001
        raise ValueError(f"{f}: not a readable Parquet file ({type(e).__name__}: {e})") from None
    names = pf.schema_arrow.names
    if "path" not in names and "text" not in names:
        raise ValueError(f"{f}: an input table needs a 'path' or a 'text' column (has: {', '.join(names)})")
    columns = [c for c in ("path", "text", "doc_id", "source") if c in names]
    import pyarrow as pa

    return [_normalise_table(pa.Table.from_batches([b])) for b in pf.iter_batches(batch_size=batch_docs,
                                                                                     columns=columns)]


def build_dataset(paths: Sequence[str | os.PathLike[str]], *, model: str = "rules", max_bytes: int | None = None,
                  workers: int | None = None, batch_docs: int = BATCH_DOCS):  # noqa: ANN201
    """The Ray dataset of shard rows (lazy): inputs → actors with a pipeline each.

    Needs ``ray.init`` first.  ``workers`` actors (default: every CPU of the cluster),
    one CPU each.  The input rows are made on the driver, one Arrow block per batch
    (no read or repartition task, which would wait for a CPU the actors hold).
    """
    ray = _ray()
    import pyarrow as pa

    from policyie.corpora.readers import iter_input_paths

    given = [str(p) for p in paths]
    blocks: list[pa.Table] = []
    files: list[str] = []
    for p in given + [""]:  # "" flushes the files gathered before the last table
        if p and not _is_table(p):
            files.extend(str(q) for q in iter_input_paths([p]))
            continue
        blocks.extend(_normalise_table(pa.table({"path": pa.array(files[i:i + batch_docs], pa.string())}))
                      for i in range(0, len(files), batch_docs))
        files = []
        if p:
            blocks.extend(_table_blocks(p, batch_docs))
    blocks = [b for b in blocks if b.num_rows]
    if not blocks:
        raise ValueError("no input documents")
    n = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    n = min(n, len(blocks))  # never more actors than batches
    return ray.data.from_arrow(blocks).map_batches(
        Extractor, fn_constructor_kwargs={"model": model, "max_bytes": max_bytes}, batch_size=batch_docs,
        batch_format="pyarrow", compute=ray.data.ActorPoolStrategy(size=n), num_cpus=1)


def _unreachable(address: str) -> str | None:
    """Why ``HOST:PORT`` / ``ray://HOST:PORT`` cannot be reached, or None (``auto`` is Ray's to find).

    A TCP connect with a short timeout first: ``ray.init`` keeps retrying an address where
    nothing listens for minutes before it gives up.
    """
    import socket

    rest = address.split("://", 1)[1] if "://" in address else address
    host, sep, port = rest.rpartition(":")
    if not sep or not port.isdigit():
        return None  # "auto", "local" or a form Ray knows better
    try:
        socket.create_connection((host.strip("[]") or "127.0.0.1", int(port)), timeout=5).close()
    except OSError as e:
        return f"cannot reach Ray at {address}: {e.strerror or e}"
    return None


@contextmanager
def _worker_niceness(address: str | None) -> Iterator[None]:
    """A local instance's workers at the niceness of the command (Ray's default is 15).

    At 15 the actors yield to every other process: on a shared machine ``--engine ray``
    would crawl behind the local engine for no reason of its own.  A cluster keeps its
    own setting; so does a user who set ``RAY_worker_niceness``.
    """
    if address is not None or "RAY_worker_niceness" in os.environ:
        yield
        return
    os.environ["RAY_worker_niceness"] = "0"  # read by the raylet ray.init starts
    try:
        yield
    finally:
        del os.environ["RAY_worker_niceness"]


class _Session:
    """``ray.init`` for the run (a local instance when no address), shut down after if we started it."""

    def __init__(self, address: str | None, *, progress: bool = False, num_cpus: int | None = None) -> None:
        self.address = address
        self.progress = progress
        self.num_cpus = num_cpus

    def __enter__(self):  # noqa: ANN204
        ray = _ray()
        # Ray Data's INFO lines and deprecation notices are not the user's business.
        # Restored on exit.
        self.logger = logging.getLogger("ray.data")
        self.level = self.logger.level
        self.logger.setLevel(logging.ERROR)
        self.warnings = warnings.catch_warnings()
        self.warnings.__enter__()
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.filterwarnings("ignore", message="The minimum number of concurrent actors")
        self.started = not ray.is_initialized()
        if self.started and self.address is not None:
            unreachable = _unreachable(self.address)
            if unreachable:
                self.warnings.__exit__(None, None, None)
                self.logger.setLevel(self.level)
                raise RayUnavailable(unreachable)
        if self.started:
            kwargs: dict[str, Any] = {"include_dashboard": False, "logging_level": logging.ERROR,
                                      "log_to_driver": False}
            if self.address is None and self.num_cpus:
                kwargs["num_cpus"] = self.num_cpus
            try:
                with _worker_niceness(self.address):
                    ray.init(address=self.address, **kwargs)
            except Exception as e:  # noqa: BLE001 - no cluster there, a version mismatch…
                self.warnings.__exit__(None, None, None)
                self.logger.setLevel(self.level)
                where = self.address or "a local instance"
                first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
                raise RayUnavailable(f"cannot start or reach Ray ({where}): {first}") from None
        ctx = ray.data.DataContext.get_current()
        # Bars on a terminal only: elsewhere Ray Data logs a status block every 10 s.
        ctx.enable_progress_bars = self.progress and sys.stdout.isatty() and sys.stderr.isatty()
        return ray

    def __exit__(self, *exc: object) -> None:
        try:
            if self.started:
                _ray().shutdown()
        finally:
            self.warnings.__exit__(*exc)
            self.logger.setLevel(self.level)


#: Writing shards and reading them back is I/O: tasks that reserve no CPU, so that they
#: run beside actors holding every CPU (else the pipeline waits forever for a free CPU).
_NO_CPU = {"num_cpus": 0}


def _is_uri(p: str) -> bool:
    return "://" in p


def extract_ray(paths: Sequence[str | os.PathLike[str]], out_dir: str | os.PathLike[str], *,
                address: str | None = None, model: str = "rules", max_bytes: int | None = None,
                workers: int | None = None, progress: bool = False, batch_docs: int = BATCH_DOCS) -> tuple[int, int]:
    """Extract ``paths`` into Parquet shards in ``out_dir``; returns (documents, errors).

    ``out_dir`` must not hold Parquet files already (a second run would be ingested
    twice).  A local folder is written as ``out_dir.partial`` and renamed when every
    shard is written, so a killed run leaves no half-written ``out_dir``; a URI
    (``s3://…``) is written in place.
    """
    out = str(out_dir)
    final = Path(out)
    if not _is_uri(out):
        if final.exists() and (not final.is_dir() or any(final.iterdir())):
            raise ValueError(f"{out}: output folder exists and is not empty (shards of an earlier run?)")
    with _Session(address, progress=progress) as ray:
        ds = build_dataset(paths, model=model, max_bytes=max_bytes, workers=workers, batch_docs=batch_docs)
        if _is_uri(out):
            ds.write_parquet(out, ray_remote_args=_NO_CPU)
            target = out
        else:
            partial = final.with_name(final.name + ".partial")
            shutil.rmtree(partial, ignore_errors=True)
            ds.write_parquet(str(partial.resolve()), ray_remote_args=_NO_CPU)
            if final.exists():
                final.rmdir()
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(partial, final)
            target = str(final)
    n, errors, _ = shard_summary(target, show=0)
    return n, errors


def shard_summary(target: str, *, show: int = 20) -> tuple[int, int, list[tuple[str, str]]]:
    """(documents, errors, the first ``show`` (source, error) pairs) of the shards in a folder or URI."""
    import pyarrow.dataset as pads

    table = pads.dataset(target, format="parquet").to_table(columns=["source", "error"])
    n = table.num_rows
    errors = n - table.column("error").null_count
    shown: list[tuple[str, str]] = []
    if show and errors:
        for source, error in zip(table.column("source").to_pylist(), table.column("error").to_pylist()):
            if error is not None:
                shown.append((source, error))
                if len(shown) >= show:
                    break
    return n, errors, sorted(shown)


def iter_ray_records(paths: Sequence[str | os.PathLike[str]], *, address: str | None = None,
                     model: str = "rules", max_bytes: int | None = None, workers: int | None = None,
                     batch_docs: int = BATCH_DOCS, progress: bool = False) -> Iterator[dict]:
    """The extract records of ``paths`` in input order, computed on Ray (streamed to the driver)."""
    with _Session(address, progress=progress) as ray:
        ray.data.DataContext.get_current().execution_options.preserve_order = True
        ds = build_dataset(paths, model=model, max_bytes=max_bytes, workers=workers, batch_docs=batch_docs)
        for batch in ds.iter_batches(batch_format="pyarrow", batch_size=None):
            for rec in batch.column("record").to_pylist():
                yield json.loads(rec)


def _is_jsonl_target(output: str | None) -> bool:
    return output in (None, "-") or output.lower().endswith((".jsonl", ".json"))


def extract_cli(paths: Sequence[str], *, output: str | None, address: str | None, model: str,
                max_bytes: int | None, progress: bool, workers: int | None = None) -> int:
    """``policyie extract --engine ray``: ``-o DIR`` writes Parquet shards, ``-o F.jsonl`` or stdout JSON lines."""
    from policyie.batch import write_jsonl

    try:
        if _is_jsonl_target(output):
            records = iter_ray_records(paths, address=address, model=model, max_bytes=max_bytes, workers=workers,
                                       progress=progress and output not in (None, "-"))
            if output in (None, "-"):
                n, errors = write_jsonl(records, sys.stdout)
            else:
                Path(output).parent.mkdir(parents=True, exist_ok=True)
                with open(output, "w", encoding="utf-8") as fh:
                    n, errors = write_jsonl(records, fh)
        else:
            extract_ray(paths, output, address=address, model=model, max_bytes=max_bytes, workers=workers,
                        progress=progress)
            n, errors, shown = shard_summary(output)
            for source, message in shown:
                print(f"policyie: {source}: {message}", file=sys.stderr)
            if errors > len(shown):
                print(f"policyie: … and {errors - len(shown)} more errors in the shards", file=sys.stderr)
    except (RayUnavailable, ValueError) as e:
        print(f"policyie: {e}", file=sys.stderr)
        return 2
    target = f" -> {output}" if output not in (None, "-") else ""
    print(f"policyie: {n} documents, {errors} errors (ray){target}", file=sys.stderr)
    return 1 if n and errors == n else 0
