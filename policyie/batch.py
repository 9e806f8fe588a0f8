"""Batch extraction: files and folders in, one JSON record per input file out.

A failing document never stops the batch: it becomes an error record naming the file
and the reason, and the other documents' results are written as usual.  Records are
written as they are made (streaming), so memory does not grow with the batch.

Every core: ``run_jobs`` runs documents on a pool of worker processes (``workers``;
1 runs them in this process).  Each worker builds its pipeline once, then reads, hashes
and analyses the documents it is given; results come back in order of completion.  A
document that takes longer than ``timeout`` seconds becomes an error record "timed out
after N s": the worker's own alarm stops ordinary Python code at the budget, and a
worker still busy a little later (stuck in C code) is killed and replaced, so one
document never blocks the batch.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import queue
import signal
import sys
import threading
import time
import traceback
from collections import deque
from contextlib import closing
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from policyie.records import SpanError

#: Seconds one document may take (read + analysis) before it is recorded as timed out.
DEFAULT_TIMEOUT = 300.0
#: Extra time a worker gets past its budget (for its own alarm to fire) before it is killed.
_KILL_GRACE = 2.0
#: Jobs queued per worker (one running, the others waiting), so no worker idles while the
#: parent writes a batch (a commit takes as long as a few ordinary documents).
_QUEUE_DEPTH = 6
#: Messages a worker may have waiting in the parent's inbox (start, hash and done of a
#: document, and a little more).
_INBOX_PER_WORKER = 4
#: Documents from this many characters have their JSON line written in pieces to a spool
#: file, which the parent copies to the output: the line of a 50 MB document is 128
#: million characters, and holding it as one string (in the worker, in the pipe, in the
#: parent) beside the record took the peak over 1 GiB.
SPOOL_CHARS = 1_000_000


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def error_record(path: str, reason: str, *, kind: str = "read") -> dict:
    """The record written for an input that could not be read or analysed."""
    from policyie.extraction.pipeline import SCHEMA_VERSION

    return {"schema_version": SCHEMA_VERSION, "doc_id": Path(path).stem, "source": str(path), "encoding": None,
            "format": Path(path).suffix.lstrip(".").lower() or None, "meta": None, "sections": [],
            "boilerplate": [], "entities": [], "provisions": [], "error": {"kind": kind, "message": reason}}


def make_pipeline(model: str = "rules"):  # noqa: ANN201
    """A pipeline whose mentions come from ``model`` (rules, transformer, spacy or hybrid)."""
    from policyie.extraction.pipeline import Pipeline

    if model == "rules":
        return Pipeline()
    from policyie.models.registry import load_model  # heavy imports only when a model is asked for

    return Pipeline(model=load_model(model))


def timeout_message(seconds: float) -> str:
    """``timed out after 300 s`` (the budget, as given)."""
    return f"timed out after {seconds:g} s"


class WorkerStartError(RuntimeError):
    """A pool worker died before it was ready (it could not import policyie or build the pipeline)."""


class DocumentTimeout(Exception):
    """Raised inside a document's analysis when its time budget is spent."""


class _Alarm:
    """A per-document budget with SIGALRM (main thread on POSIX only; elsewhere no limit).

    It stops Python code; a C call that never returns to the interpreter is not stopped
    (the pool kills such a worker from outside).
    """

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.active = bool(seconds) and hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()

    def __enter__(self) -> "_Alarm":
        if self.active:
            self.old = signal.signal(signal.SIGALRM, self._fire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def _fire(self, signum: int, frame: Any) -> None:  # noqa: ANN401
        raise DocumentTimeout(timeout_message(self.seconds))

    def __exit__(self, *exc: object) -> None:
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.old)


def analyse_record(pipe, doc, path: str, timeout: float | None = None) -> dict:  # noqa: ANN001
    """The extract record of one document, or an error record (kinds span, analysis, timeout)."""
    try:
        with _Alarm(timeout):
            return pipe.analyse(doc).to_json()
    except DocumentTimeout as e:
        return error_record(path, str(e), kind="timeout")
    except SpanError as e:  # a bug in an extractor: report it, keep the batch going
        return error_record(path, f"invalid span: {e}", kind="span")
    except Exception as e:  # noqa: BLE001 - the batch must survive any one document
        tb = traceback.format_exception_only(type(e), e)[-1].strip()
        return error_record(path, f"analysis failed: {tb}", kind="analysis")


def _spool(suffix: str, write) -> str:  # noqa: ANN001 - write(binary file handle)
    """A new temporary file written by ``write``; its path (the file is removed if writing fails)."""
    import tempfile

    fd, path = tempfile.mkstemp(prefix="policyie-", suffix=suffix)
    try:
        with open(fd, "wb") as fh:
            write(fh)
    except BaseException:
        os.unlink(path)
        raise
    return path


def spool_json(record: dict) -> str:
    """Write ``record``'s JSON line, piece by piece, to a new temporary file; its path."""
    from policyie.extraction.record_json import iter_json

    def write(fh) -> None:  # noqa: ANN001
        for piece in iter_json(record):
            fh.write(piece.encode("utf-8"))

    return _spool(".json", write)


def spool_rows(rows: dict) -> str:
    """Pickle a document's store rows to a new temporary file; its path.

    A worker sends the rows of a big document this way: ``Connection.send`` pickles the
    whole message into one bytes object first, and for a 50 MB document that copy sat
    beside the rows in the worker, and again in the parent before it was unpickled
    (the worker's peak was 1,054 MiB).  ``pickle.dump`` to a file writes in frames."""
    import pickle

    return _spool(".rows", lambda fh: pickle.dump(rows, fh, protocol=pickle.HIGHEST_PROTOCOL))


def load_spooled_rows(path: str) -> dict:
    """The rows :func:`spool_rows` wrote to ``path``; the file is removed."""
    import pickle

    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    finally:
        os.unlink(path)


def write_record(record: dict, out: IO[str]) -> None:
    """Write ``record`` as one JSON line; a big record in pieces (never its whole text at once)."""
    if len(record.get("entities") or ()) + len(record.get("provisions") or ()) > 10_000:
        from policyie.extraction.record_json import iter_json

        for piece in iter_json(record):
            out.write(piece)
    else:
        out.write(json.dumps(record, ensure_ascii=False))
    out.write("\n")


def extract_records(paths: Iterable[str | Path], *, pipeline=None, max_bytes: int | None = None,  # noqa: ANN001
                    timeout: float | None = None) -> Iterator[dict]:
    """Yield one record per input file, in input order, in this process (folders are walked recursively)."""
    from policyie.corpora.readers import DEFAULT_MAX_BYTES, ReadError, iter_input_paths, read_document

    pipe = pipeline or make_pipeline("rules")
    for p in iter_input_paths(paths):
        try:
            doc = read_document(p, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
        except ReadError as e:
            yield error_record(str(p), e.reason, kind="read")
            continue
        yield analyse_record(pipe, doc, str(p), timeout)


# ---------------------------------------------------------------------------
# Jobs and outcomes
# ---------------------------------------------------------------------------


@dataclass
class Job:
    """One document to process.  ``key``/``stored``/``failed`` are for ingest: the
    document's identity and the content hashes stored for it (a document whose hash
    equals ``stored`` is not analysed; one whose hash equals ``failed`` failed before
    and is skipped)."""

    index: int
    path: str
    key: str | None = None
    stored: str | None = None
    failed: str | None = None


@dataclass
class Outcome:
    """What became of a job.  ``status``: ``record`` (analysed; ``line`` or ``rows``),
    ``error`` (``record`` is the error record), ``unchanged`` or ``known_failure``."""

    job: Job
    status: str
    chash: str | None = None
    n_chars: int = 0
    line: str | None = None          # extract: the JSON line
    spool: str | None = None         # big documents from a worker: a file holding the JSON line
                                     # (extract) or the pickled rows (ingest)
    record: dict | None = None       # error records (both modes)
    rows: dict | None = None         # ingest: the store rows
    source: str | None = None


@dataclass
class Spec:
    """How a worker processes documents (picklable: sent to each worker once)."""

    mode: str = "extract"            # "extract" or "ingest"
    pipeline: Any = "rules"          # a model name (built in the worker) or a picklable pipeline
    max_bytes: int | None = None
    timeout: float | None = DEFAULT_TIMEOUT
    spool_chars: int = SPOOL_CHARS   # ingest: a worker sends the rows of documents this long in a file


_WARM_UP = "一、组建乡镇综合行政执法队，人员编制不少于10名，2021年6月底前完成。"


class _Runner:
    """Processes jobs with one pipeline (built on first use: unchanged files need none)."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.pipe = None
        self.warm = False

    def pipeline(self):  # noqa: ANN201
        """The pipeline, built and warmed up once (outside any document's time budget)."""
        if self.pipe is None:
            self.pipe = make_pipeline(self.spec.pipeline) if isinstance(self.spec.pipeline, str) else self.spec.pipeline
        if not self.warm:
            self.warm = True
            from policyie.records import Document

            try:  # jieba loads its dictionary on first use: not a document's time
                self.pipe.analyse(Document("warm-up", _WARM_UP))
            except Exception:  # noqa: BLE001 - a pipeline that fails here fails per document later
                pass
        return self.pipe

    def run(self, job: Job, on_hash=None) -> Outcome:  # noqa: ANN001
        from policyie.corpora.readers import DEFAULT_MAX_BYTES, ReadError, read_document

        try:
            doc = read_document(job.path, max_bytes=self.spec.max_bytes or DEFAULT_MAX_BYTES)
        except ReadError as e:
            return Outcome(job, "error", record=error_record(job.path, e.reason, kind="read"))
        if self.spec.mode == "extract":
            rec = analyse_record(self.pipeline(), doc, job.path, self.spec.timeout)
            status, err = ("error", rec) if rec.get("error") else ("record", None)
            if len(doc.text) >= SPOOL_CHARS and err is None:
                return Outcome(job, status, n_chars=len(doc.text), spool=spool_json(rec))
            return Outcome(job, status, n_chars=len(doc.text), line=json.dumps(rec, ensure_ascii=False), record=err)
        from policyie.corpora.rows import content_hash, record_rows

        chash = content_hash(doc.text)
        if chash == job.stored:
            return Outcome(job, "unchanged", chash, len(doc.text))
        if chash == job.failed:
            return Outcome(job, "known_failure", chash, len(doc.text))
        if on_hash is not None:
            on_hash(chash)
        rec = analyse_record(self.pipeline(), doc, job.path, self.spec.timeout)
        if rec.get("error"):
            return Outcome(job, "error", chash, len(doc.text), record=rec)
        try:
            rows = record_rows(rec, job.key, chash, doc.text)
        except Exception as e:  # noqa: BLE001 - a malformed record must not stop the batch
            return Outcome(job, "error", chash, len(doc.text), record=error_record(
                job.path, f"malformed record: {type(e).__name__}: {e}", kind="store"))
        return Outcome(job, "record", chash, len(doc.text), rows=rows, source=doc.source)


def _worker_main(conn: Connection, spec: Spec) -> None:
    """A pool worker: jobs in, ("start"|"hash"|"done", …) messages out, until EOF or None."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    runner = _Runner(spec)
    runner.pipeline()  # load once per worker, before the first budget starts
    conn.send(("ready",))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            conn.send(("start", job.index))
            out = runner.run(job, on_hash=lambda h, i=job.index: conn.send(("hash", i, h)))
            if out.rows is not None and out.n_chars >= spec.spool_chars:
                out.spool, out.rows = spool_rows(out.rows), None
            conn.send(("done", out))
        except (BrokenPipeError, EOFError, OSError):
            return


@dataclass(eq=False)  # a worker is itself: compared by identity
class _Slot:
    proc: Any
    conn: Connection
    ready: bool = False
    queue: deque = field(default_factory=deque)  # jobs sent, oldest (running) first
    started: float | None = None                  # when the oldest job started
    chash: str | None = None                      # its content hash, once known
    reader: Any = None                            # the thread that reads its pipe


class _Pool:
    """Worker processes with one pipe each, so the parent knows which job each runs.

    A reader thread per worker takes its messages off the pipe as they come, into one
    inbox: while the caller writes a batch to the store (DuckDB releases the GIL), a
    worker that finished a document is not left blocked on a full pipe.  The inbox is
    bounded (a few messages a worker), so results the caller has not taken yet (the rows
    of a 50 MB document are hundreds of MB) cannot pile up in the parent: a full inbox
    stops the readers, and the workers wait, as they did on the pipe.
    """

    def __init__(self, spec: Spec, workers: int) -> None:
        self.spec = spec
        self.ctx = mp.get_context("spawn")  # no fork of a process holding DuckDB threads
        self.inbox: queue.Queue = queue.Queue(maxsize=_INBOX_PER_WORKER * workers)
        self.slots = [self._spawn() for _ in range(workers)]

    def _spawn(self) -> _Slot:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker_main, args=(child, self.spec), daemon=True)
        proc.start()
        child.close()
        slot = _Slot(proc, parent)
        slot.reader = threading.Thread(target=self._read, args=(slot,), daemon=True)
        slot.reader.start()
        return slot

    def _read(self, slot: _Slot) -> None:
        """Put each message of ``slot``'s worker in the inbox with the time it came (None at the end)."""
        while True:
            try:
                msg = slot.conn.recv()
            except (EOFError, OSError):
                self.inbox.put((slot, None, time.monotonic()))
                return
            self.inbox.put((slot, msg, time.monotonic()))

    def _messages(self, timeout: float | None) -> list[tuple[_Slot, Any, float]]:
        """The inbox's messages: at least one (or none after ``timeout`` seconds), then all waiting."""
        end = None if timeout is None else time.monotonic() + timeout
        while True:
            wait_s = 1.0 if end is None else max(0.0, min(1.0, end - time.monotonic()))
            try:  # in slices, so that Ctrl-C is not held up by a blocking get
                out = [self.inbox.get(timeout=wait_s)]
                break
            except queue.Empty:
                if end is not None and time.monotonic() >= end:
                    return []
        while True:
            try:
                out.append(self.inbox.get_nowait())
            except queue.Empty:
                return out

    def close(self) -> None:
        for s in self.slots:
            if s.proc.is_alive():
                s.proc.kill()
        for s in self.slots:
            s.proc.join(5)
        # let the readers end: a reader waiting on a full inbox, then on EOF
        end = time.monotonic() + 5
        while any(s.reader.is_alive() for s in self.slots) and time.monotonic() < end:
            try:
                while True:
                    self.inbox.get_nowait()
            except queue.Empty:
                pass
            time.sleep(0.01)
        for s in self.slots:
            s.conn.close()

    def run(self, jobs: Iterator[Job]) -> Iterator[Outcome]:
        todo: deque[Job] = deque()  # jobs taken back from a killed worker
        exhausted = False

        def next_job() -> Job | None:
            nonlocal exhausted
            if todo:
                return todo.popleft()
            if exhausted:
                return None
            job = next(jobs, None)
            exhausted = job is None
            return job

        budget = self.spec.timeout
        while True:
            # One job for each ready worker first, a second (queued) one only once every
            # worker is up: else the first worker ready takes two big documents in a row
            # while the other, still loading, gets none.
            for depth in (1, _QUEUE_DEPTH if all(s.ready for s in self.slots) else 1):
                for s in self.slots:
                    while s.ready and len(s.queue) < depth:
                        job = next_job()
                        if job is None:
                            break
                        s.conn.send(job)
                        s.queue.append(job)
            busy = [s for s in self.slots if s.queue or not s.ready]
            if not any(s.queue for s in self.slots) and exhausted and not todo:
                return
            wait_for = None
            if budget:
                deadlines = [s.started + budget + _KILL_GRACE for s in busy if s.started is not None]
                if deadlines:
                    wait_for = max(0.0, min(deadlines) - time.monotonic())
            for s, msg, when in self._messages(wait_for):
                if not any(s is x for x in self.slots):
                    continue  # the last words of a worker already replaced
                if msg is None:
                    s.proc.join(5)
                    if not s.ready:  # it never started: another would not either
                        raise WorkerStartError(f"a worker process could not start (exit code {s.proc.exitcode}); "
                                               "run with --workers 1 to see why") from None
                    yield from self._replace(s, todo, f"worker died (exit code {s.proc.exitcode})")
                    continue
                if msg[0] == "ready":
                    s.ready = True
                elif msg[0] == "start":
                    s.started, s.chash = when, None
                elif msg[0] == "hash":
                    s.chash = msg[2]
                else:
                    s.queue.popleft()
                    s.started = None
                    yield msg[1]
            if budget:
                now = time.monotonic()
                for s in self.slots:
                    if s.started is not None and now - s.started > budget + _KILL_GRACE:
                        yield from self._replace(s, todo, timeout_message(budget), kind="timeout")

    def _replace(self, s: _Slot, todo: deque, reason: str, kind: str = "analysis") -> Iterator[Outcome]:
        """Kill a stuck or dead worker: its running job fails, its queued jobs go back."""
        s.proc.kill()
        s.proc.join(5)
        s.conn.close()
        sent = list(s.queue)
        i = self.slots.index(s)
        self.slots[i] = self._spawn()
        if not sent:
            return
        running, rest = sent[0], sent[1:]
        todo.extendleft(reversed(rest))
        chash = s.chash if s.started is not None else None
        yield Outcome(running, "error", chash, record=error_record(running.path, reason, kind=kind))


def run_jobs(jobs: Iterable[Job], spec: Spec, workers: int = 1) -> Iterator[Outcome]:
    """Process jobs with ``workers`` processes (1: in this process); outcomes in order of completion."""
    jobs = iter(jobs)
    if workers <= 1:
        runner = _Runner(spec)
        for job in jobs:
            yield runner.run(job)
        return
    pool = _Pool(spec, workers)
    try:
        yield from pool.run(jobs)
    finally:
        pool.close()


# ---------------------------------------------------------------------------
# Progress and JSONL output
# ---------------------------------------------------------------------------


class Progress:
    """Documents done, documents per second and the time left, on stderr.

    On a terminal one line is redrawn (at most 4 times a second); elsewhere (a log) a
    line is written every 30 seconds.
    """

    def __init__(self, total: int | None, *, enabled: bool = True, stream: IO[str] | None = None,
                 label: str = "documents") -> None:
        self.total, self.label = total, label
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = enabled and hasattr(self.stream, "isatty") and self.stream.isatty()
        self.start = self.last = time.monotonic()
        self.done = self.chars = 0
        self.shown = False

    def update(self, n_chars: int = 0) -> None:
        self.done += 1
        self.chars += n_chars
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last >= (0.25 if self.tty else 30.0) or (self.tty and self.done == self.total):
            self.last = now
            self._show(now)

    def line(self, now: float | None = None) -> str:
        elapsed = max(1e-9, (now or time.monotonic()) - self.start)
        rate = self.done / elapsed
        shown = f"{self.done}/{self.total}" if self.total else str(self.done)
        text = f"{shown} {self.label}, {rate:.1f}/s, {self.chars / elapsed / 1000:.0f}k chars/s"
        if self.total and rate > 0:
            left = max(0.0, (self.total - self.done) / rate)
            text += f", {int(left // 60)}:{int(left % 60):02d} left"
        return text

    def _show(self, now: float) -> None:
        if self.tty:
            print(f"\r{self.line(now)}\x1b[K", end="", file=self.stream, flush=True)
            self.shown = True
        else:
            print(f"policyie: {self.line(now)}", file=self.stream, flush=True)

    def close(self) -> None:
        """End the redrawn line (before other messages)."""
        if self.shown:
            print(file=self.stream, flush=True)
            self.shown = False


def write_jsonl(records: Iterable[dict], out: IO[str], *, progress: bool = False, total: int | None = None) -> tuple[int, int]:
    """Write records as JSON lines; returns (documents written, errors)."""
    n = errors = 0
    bar = Progress(total, enabled=progress)
    for rec in records:
        write_record(rec, out)
        out.flush()
        n += 1
        if rec.get("error"):
            errors += 1
            bar.close()
            print(f"policyie: {rec['source']}: {rec['error']['message']}", file=sys.stderr)
        bar.update()
    bar.close()
    return n, errors


def extract_to_jsonl(paths: Iterable[str | Path], out: IO[str], *, pipeline: Any = "rules", workers: int = 1,
                     timeout: float | None = DEFAULT_TIMEOUT, max_bytes: int | None = None,
                     progress: Progress | None = None) -> tuple[int, int]:
    """Extract every input into ``out`` (one JSON line each); returns (documents, errors).

    With ``workers`` > 1 the lines come in order of completion, not input order: the
    same set of records whatever the number of workers.
    """
    from policyie.corpora.readers import iter_input_paths

    jobs = (Job(i, str(p)) for i, p in enumerate(iter_input_paths(paths)))
    n = errors = 0
    spec = Spec("extract", pipeline, max_bytes, timeout)
    with closing(run_jobs(jobs, spec, workers)) as outcomes:  # the workers stop on any exit
        for o in outcomes:
            n, errors = _write_line(o, out, progress, n, errors)
    return n, errors


def _write_line(o: Outcome, out: IO[str], progress: Progress | None, n: int, errors: int) -> tuple[int, int]:
    """Write one outcome's JSON line (and name its error on stderr); the new (documents, errors)."""
    if o.spool is not None:
        import shutil

        try:
            with open(o.spool, encoding="utf-8") as fh:
                shutil.copyfileobj(fh, out, 1 << 20)
        finally:
            os.unlink(o.spool)
    else:
        out.write(o.line if o.line is not None else json.dumps(o.record, ensure_ascii=False))
    out.write("\n")  # not line + "\n": a 50 MB record's JSON would be copied once more
    out.flush()
    if o.status == "error":
        errors += 1
        if progress is not None:
            progress.close()
        print(f"policyie: {o.record['source']}: {o.record['error']['message']}", file=sys.stderr)
    if progress is not None:
        progress.update(o.n_chars)
    return n + 1, errors
