"""Batch extraction: files and folders in, one JSON record per input file out.

A failing document never stops the batch: it becomes an error record naming the file
and the reason, and the other documents' results are written as usual.  Records are
written as they are made (streaming), so memory does not grow with the batch.
"""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path
from typing import IO, Iterable, Iterator

from policyie.records import SpanError


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


def extract_records(paths: Iterable[str | Path], *, pipeline=None, max_bytes: int | None = None) -> Iterator[dict]:  # noqa: ANN001
    """Yield one record per input file (folders are walked recursively)."""
    from policyie.corpora.readers import DEFAULT_MAX_BYTES, ReadError, iter_input_paths, read_document

    pipe = pipeline or make_pipeline("rules")
    for p in iter_input_paths(paths):
        try:
            doc = read_document(p, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
        except ReadError as e:
            yield error_record(str(p), e.reason, kind="read")
            continue
        try:
            yield pipe.analyse(doc).to_json()
        except SpanError as e:  # a bug in an extractor: report it, keep the batch going
            yield error_record(str(p), f"invalid span: {e}", kind="span")
        except Exception as e:  # noqa: BLE001 - the batch must survive any one document
            tb = traceback.format_exception_only(type(e), e)[-1].strip()
            yield error_record(str(p), f"analysis failed: {tb}", kind="analysis")


def write_jsonl(records: Iterable[dict], out: IO[str], *, progress: bool = False, total: int | None = None) -> tuple[int, int]:
    """Write records as JSON lines; returns (documents written, errors)."""
    n = errors = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        out.flush()
        n += 1
        if rec.get("error"):
            errors += 1
            print(f"policyie: {rec['source']}: {rec['error']['message']}", file=sys.stderr)
        if progress:
            shown = f"{n}/{total}" if total else str(n)
            print(f"\r{shown} documents", end="", file=sys.stderr, flush=True)
    if progress:
        print(file=sys.stderr)
    return n, errors
