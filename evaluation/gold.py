"""Labelled documents: read gold files in our format, doccano's and Label Studio's.

Every reader ends in the same ``GoldDocument``; every record is validated where it
enters (JSON, text, labels, offsets, surface text), and a problem raises
``GoldFormatError`` naming the file and the line (JSONL) or task index (JSON array).

Formats, detected per record:

- ours: ``{"id", "text", "meta", "entities": [{"start", "end", "label", "text", "normalized"?}]}``
- ours by pointer: as ours, but ``"source"`` (relative to the shared folder) and
  ``"sha256"`` of the file's bytes instead of ``"text"``
- doccano sequence labelling: ``{"text", "label": [[start, end, "LABEL"], ...]}``
  (or ``"labels"``)
- doccano relation extraction: ``{"text", "entities": [{"id", "label", "start_offset",
  "end_offset"}], "relations": [...]}`` (relations ignored)
- Label Studio JSON export (a JSON array of tasks with ``data.text`` and ``annotations``)
  and its JSON-MIN variant ``{"text", "label": [{"start", "end", "text", "labels"}]}``.

Predictions (``policyie extract`` JSONL: ``{"doc_id", "entities", "error"}``) are read by
``load_predictions`` here too, since they share our entity shape.
"""

from __future__ import annotations

import hashlib
import json
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from policyie import paths
from policyie.records import LABELS, Mention, SpanError, check_span

__all__ = [
    "GoldDocument",
    "GoldFormatError",
    "GoldSourceMissing",
    "GoldWarning",
    "PredictionFormatError",
    "PredictionFile",
    "load_gold",
    "load_predictions",
]


class GoldFormatError(ValueError):
    """A gold file cannot be read as labelled documents.

    ``path``, ``line`` (1-based, JSONL and JSON parse errors) or ``task`` (0-based index in
    a JSON array) and ``problem`` are kept as attributes; the message names them all.
    """

    def __init__(self, path: str | Path, problem: str, *, line: int | None = None,
                 task: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.task = task
        self.problem = problem
        where = self.path
        if line is not None:
            where += f":{line}"
        if task is not None:
            where += f": task {task}"
        super().__init__(f"{where}: {problem}")

    def __reduce__(self):  # keep the attributes through pickling (multiprocessing)
        return (_rebuild_error, (type(self), self.path, self.problem, self.line, self.task))


def _rebuild_error(cls: type[GoldFormatError], path: str, problem: str, line: int | None,
                   task: int | None) -> GoldFormatError:
    return cls(path, problem, line=line, task=task)


class GoldSourceMissing(GoldFormatError):
    """A pointer record names a text that is not available (no shared folder, or no file).

    Separate from other format errors so that tests and callers can skip cleanly.
    """


class GoldWarning(UserWarning):
    """Something in a gold file was left out (e.g. a Label Studio task nobody annotated)."""


class PredictionFormatError(ValueError):
    """A predictions file cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class GoldDocument:
    """One labelled document: its text exactly as labelled and its gold mentions.

    ``source`` is where the text came from: the file read for pointer records, otherwise
    ``<gold file>:<line>`` (or ``#<task>`` for JSON arrays).
    """

    doc_id: str
    text: str
    meta: dict
    mentions: tuple[Mention, ...]
    source: str


# --------------------------------------------------------------------------- records


@dataclass
class _Where:
    """Location of a record, for error messages."""

    path: Path
    line: int | None = None
    task: int | None = None

    def error(self, problem: str, cls: type[GoldFormatError] = GoldFormatError) -> GoldFormatError:
        return cls(self.path, problem, line=self.line, task=self.task)

    @property
    def label(self) -> str:
        if self.task is not None:
            return f"{self.path}#{self.task}"
        return f"{self.path}:{self.line}"

    @property
    def fallback_id(self) -> str:
        # Line numbers alone collide between files of a folder: prefix the file stem.
        n = self.task if self.task is not None else self.line
        return f"{self.path.stem}:{n}"


def _is_int(v: Any) -> bool:
    # bool is an int subclass; true/false are never offsets.
    return isinstance(v, int) and not isinstance(v, bool)


def _utf16_to_codepoints(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Map UTF-16 code-unit offsets (what JavaScript annotation tools record) to Python
    indices; None if they do not fall on character boundaries."""
    units = 0
    mapping: dict[int, int] = {}
    for i, ch in enumerate(text):
        mapping[units] = i
        units += 2 if ord(ch) > 0xFFFF else 1
    mapping[units] = len(text)
    if start in mapping and end in mapping:
        return mapping[start], mapping[end]
    return None


def _mention(where: _Where, text: str, label: Any, start: Any, end: Any,
             surface: Any = None, normalized: Any = None, *, js_offsets: bool = False,
             index: int = 0) -> Mention:
    """Validate one gold entity and build its Mention."""
    what = f"entity {index}"
    if not isinstance(label, str) or label not in LABELS:
        raise where.error(f"{what}: unknown label {label!r} (known: {', '.join(LABELS)})")
    if not (_is_int(start) and _is_int(end)):
        raise where.error(f"{what} ({label}): offsets must be integers, got {start!r}, {end!r}")
    if surface is not None and not isinstance(surface, str):
        raise where.error(f"{what} ({label}): entity text must be a string, got {surface!r}")
    if (js_offsets and surface is not None and any(ord(c) > 0xFFFF for c in text)
            and text[start:end] != surface):
        # doccano and Label Studio count UTF-16 code units; they differ from Python's
        # indices only after a character outside the BMP.
        mapped = _utf16_to_codepoints(text, start, end)
        if mapped is not None and text[mapped[0]:mapped[1]] == surface:
            start, end = mapped
    try:
        check_span(text, start, end, surface)
    except SpanError as e:
        raise where.error(f"{what} ({label}): {e}") from None
    if start == end:
        raise where.error(f"{what} ({label}): empty span [{start}, {end})")
    return Mention(label, start, end, text[start:end], normalized, "gold")


def _require_text(where: _Where, rec: dict, key: str = "text") -> str:
    text = rec.get(key)
    if text is None:
        raise where.error(f"missing {key!r}")
    if not isinstance(text, str):
        raise where.error(f"{key!r} must be a string, got {type(text).__name__}")
    return text


def _doc_id(where: _Where, rec: dict, key: str = "id") -> str:
    v = rec.get(key)
    if v is None:
        return where.fallback_id
    if isinstance(v, bool) or not isinstance(v, (str, int)):
        raise where.error(f"{key!r} must be a string or integer, got {v!r}")
    return str(v)


def _meta(where: _Where, v: Any) -> dict:
    if v is None:
        return {}
    if not isinstance(v, dict):
        raise where.error(f"'meta' must be an object, got {type(v).__name__}")
    return dict(v)


def _list(where: _Where, rec: dict, key: str) -> list:
    v = rec.get(key)
    if v is None:
        return []
    if not isinstance(v, list):
        raise where.error(f"{key!r} must be a list, got {type(v).__name__}")
    return v


def _read_pointer(where: _Where, rec: dict) -> tuple[str, str]:
    """The text a pointer record names, checked against its hash; and the path read."""
    source, digest = rec.get("source"), rec.get("sha256")
    if not isinstance(source, str) or not source:
        raise where.error(f"'source' must be a non-empty path, got {source!r}")
    if not isinstance(digest, str) or not digest:
        raise where.error("pointer record without 'sha256'")
    rel = Path(source)
    if rel.is_absolute() or ".." in rel.parts:
        raise where.error(f"'source' must be relative to the shared folder, got {source!r}")
    candidates: list[Path] = []
    shared = paths.shared_root()
    if shared is not None:
        candidates.append(shared / rel)
    if len(rel.parts) == 2 and rel.parts[0] == "seeds":
        # The seeds are also bundled with the package, so gold over them works without
        # the shared folder.
        candidates.append(paths.SAMPLES_DIR / rel.parts[1])
    found = next((c for c in candidates if c.is_file()), None)
    if found is None:
        tried = ", ".join(str(c) for c in candidates) or "nothing"
        reason = "no shared folder ($POLICYIE_SHARED or ../shared)" if shared is None else "file not found"
        raise where.error(f"source {source!r} unavailable: {reason} (tried {tried})", GoldSourceMissing)
    data = found.read_bytes()
    actual = hashlib.sha256(data).hexdigest()
    if actual != digest.lower():
        raise where.error(f"source {source!r} ({found}) has sha256 {actual}, not {digest}")
    if found.suffix.lower() != ".txt":
        # a Word, HTML or PDF source: offsets index the text policyie reads from it
        from policyie.corpora.readers import ReadError, read_document

        try:
            return read_document(found).text, str(found)
        except ReadError as e:
            raise where.error(f"source {source!r} ({found}): {e}") from None
    try:
        # Decode the bytes (not text mode): newline translation would shift offsets.
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise where.error(f"source {source!r} ({found}) is not UTF-8: {e}") from None
    return text, str(found)


def _ours(where: _Where, rec: dict) -> GoldDocument:
    if "text" in rec:
        text, source = _require_text(where, rec), where.label
    elif "source" in rec:
        text, source = _read_pointer(where, rec)
    else:
        raise where.error("missing 'text' (and no 'source' pointer)")
    mentions = []
    for i, e in enumerate(_list(where, rec, "entities")):
        if not isinstance(e, dict):
            raise where.error(f"entity {i}: must be an object, got {e!r}")
        for k in ("start", "end", "label"):
            if k not in e:
                raise where.error(f"entity {i}: missing {k!r}")
        mentions.append(_mention(where, text, e["label"], e["start"], e["end"], e.get("text"),
                                 e.get("normalized"), index=i))
    return _document(where, _doc_id(where, rec), text, _meta(where, rec.get("meta")), mentions, source)


def _doccano_seq(where: _Where, rec: dict, key: str) -> GoldDocument:
    text = _require_text(where, rec)
    mentions = []
    for i, item in enumerate(_list(where, rec, key)):
        if not isinstance(item, (list, tuple)) or len(item) != 3:
            raise where.error(f"entity {i}: expected [start, end, label], got {item!r}")
        start, end, label = item
        mentions.append(_mention(where, text, label, start, end, js_offsets=True, index=i))
    return _document(where, _doc_id(where, rec), text, _meta(where, rec.get("meta")), mentions, where.label)


def _doccano_rel(where: _Where, rec: dict) -> GoldDocument:
    text = _require_text(where, rec)
    mentions = []
    for i, e in enumerate(_list(where, rec, "entities")):
        if not isinstance(e, dict):
            raise where.error(f"entity {i}: must be an object, got {e!r}")
        for k in ("label", "start_offset", "end_offset"):
            if k not in e:
                raise where.error(f"entity {i}: missing {k!r}")
        mentions.append(_mention(where, text, e["label"], e["start_offset"], e["end_offset"],
                                 js_offsets=True, index=i))
    return _document(where, _doc_id(where, rec), text, _meta(where, rec.get("meta")), mentions, where.label)


def _ls_regions(where: _Where, text: str, regions: Iterable[Any], *, result: bool) -> list[Mention]:
    """Mentions from Label Studio regions (``result`` items, or JSON-MIN ``label`` items)."""
    mentions = []
    for i, r in enumerate(regions):
        if not isinstance(r, dict):
            raise where.error(f"entity {i}: must be an object, got {r!r}")
        if result:
            # Other result types (choices, relations, textarea…) carry no spans.
            if r.get("type") != "labels":
                continue
            value = r.get("value")
            if not isinstance(value, dict):
                raise where.error(f"entity {i}: result without a 'value' object")
        else:
            value = r
        labels = value.get("labels")
        if not isinstance(labels, list) or not labels:
            raise where.error(f"entity {i}: 'labels' must be a non-empty list, got {labels!r}")
        for k in ("start", "end"):
            if k not in value:
                raise where.error(f"entity {i}: missing {k!r}")
        for label in labels:
            mentions.append(_mention(where, text, label, value["start"], value["end"],
                                     value.get("text"), js_offsets=True, index=i))
    return mentions


def _label_studio(where: _Where, rec: dict) -> GoldDocument | None:
    data = rec.get("data")
    if not isinstance(data, dict):
        raise where.error("Label Studio task without a 'data' object")
    text = _require_text(where, data)
    annotations = _list(where, rec, "annotations")
    chosen = next((a for a in annotations
                   if isinstance(a, dict) and not a.get("was_cancelled", False)), None)
    doc_id = _doc_id(where, rec)
    if chosen is None:
        # An unlabelled task is not gold: scoring it would count every prediction as
        # spurious.  Leave it out, loudly.
        warnings.warn(f"{where.label}: Label Studio task {doc_id} has no completed annotation; "
                      "left out", GoldWarning, stacklevel=4)
        return None
    result = chosen.get("result") or []
    if not isinstance(result, list):
        raise where.error("annotation 'result' must be a list")
    mentions = _ls_regions(where, text, result, result=True)
    return _document(where, doc_id, text, _meta(where, data.get("meta")), mentions, where.label)


def _json_min_key(rec: dict) -> str | None:
    """The key holding JSON-MIN regions (named after the labelling config's from_name)."""
    for k, v in rec.items():
        if (isinstance(v, list) and v and all(isinstance(x, dict) for x in v)
                and all("labels" in x for x in v)):
            return k
    return None


def _document(where: _Where, doc_id: str, text: str, meta: dict, mentions: list[Mention],
              source: str) -> GoldDocument:
    seen: set[tuple[str, int, int]] = set()
    for m in mentions:
        key = (m.label, m.start, m.end)
        if key in seen:
            # A duplicate would be scored as a second gold mention that nobody can find.
            raise where.error(f"duplicate entity {m.label} [{m.start}, {m.end}) {m.text!r}")
        seen.add(key)
    ordered = tuple(sorted(mentions, key=lambda m: (m.start, m.end, m.label)))
    return GoldDocument(doc_id=doc_id, text=text, meta=meta, mentions=ordered, source=source)


def _record(where: _Where, rec: Any) -> GoldDocument | None:
    """Detect the format of one record and read it."""
    if not isinstance(rec, dict):
        raise where.error(f"expected a JSON object, got {type(rec).__name__}")
    if "data" in rec and ("annotations" in rec or isinstance(rec.get("data"), dict)):
        return _label_studio(where, rec)
    if "relations" in rec or any(isinstance(e, dict) and "start_offset" in e
                                 for e in rec.get("entities") or []):
        return _doccano_rel(where, rec)
    if "entities" in rec or ("source" in rec and "sha256" in rec):
        return _ours(where, rec)
    for key in ("label", "labels"):
        v = rec.get(key)
        if isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
            return _json_min(where, rec, key)
        if key in rec:
            return _doccano_seq(where, rec, key)
    key = _json_min_key(rec)
    if key is not None:
        return _json_min(where, rec, key)
    if "text" in rec:
        # A text with no labels key at all: our format with no entities.
        return _ours(where, rec)
    raise where.error("unrecognised record: no 'text', 'source' or Label Studio 'data'")


def _json_min(where: _Where, rec: dict, key: str) -> GoldDocument:
    text = _require_text(where, rec)
    mentions = _ls_regions(where, text, rec[key], result=False)
    return _document(where, _doc_id(where, rec), text, _meta(where, rec.get("meta")), mentions, where.label)


# --------------------------------------------------------------------------- files


def _jsonl_lines(path: Path, data: bytes, error: type[ValueError]) -> Iterator[tuple[int, Any]]:
    """Parsed non-blank lines with their 1-based numbers.

    Split on ``\\n`` only: ``str.splitlines`` would also split at U+2028 and friends,
    which may stand raw inside JSON strings.
    """
    for n, raw in enumerate(data.split(b"\n"), start=1):
        if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        raw = raw.rstrip(b"\r")
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise _err(error, path, f"not UTF-8: {e}", line=n) from None
        try:
            yield n, json.loads(line)
        except json.JSONDecodeError as e:
            raise _err(error, path, f"invalid JSON: {e.msg} (column {e.colno})", line=n) from None


def _err(cls: type[ValueError], path: Path, problem: str, *, line: int | None = None) -> ValueError:
    if issubclass(cls, GoldFormatError):
        return cls(path, problem, line=line)
    return cls(f"{path}:{line}: {problem}" if line is not None else f"{path}: {problem}")


def _read_file(path: Path) -> list[tuple[_Where, Any]]:
    """The records of one file with their locations."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise GoldFormatError(path, f"cannot read: {e.strerror or e}") from None
    if path.suffix.lower() == ".jsonl":
        return [(_Where(path, line=n), rec) for n, rec in _jsonl_lines(path, data, GoldFormatError)]
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise GoldFormatError(path, f"not UTF-8: {e}", line=data.count(b"\n", 0, e.start) + 1) from None
    try:
        whole = json.loads(content)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":
            # doccano names its JSONL exports .json; read such a file line by line.
            return [(_Where(path, line=n), rec) for n, rec in _jsonl_lines(path, data, GoldFormatError)]
        raise GoldFormatError(path, f"invalid JSON: {e.msg} (column {e.colno})", line=e.lineno) from None
    if isinstance(whole, list):
        return [(_Where(path, task=i), rec) for i, rec in enumerate(whole)]
    return [(_Where(path, line=1), whole)]


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        found = sorted(p for p in path.iterdir()
                       if p.is_file() and p.suffix.lower() in (".jsonl", ".json")
                       and not p.name.startswith("."))
        if not found:
            raise GoldFormatError(path, "folder holds no *.jsonl or *.json files")
        return found
    if not path.exists():
        raise GoldFormatError(path, "no such file or folder")
    return [path]


def load_gold(path: str | Path | Sequence[str | Path]) -> list[GoldDocument]:
    """Read labelled documents from a file, a folder (its ``*.jsonl`` and ``*.json``,
    sorted) or a list of these; raise ``GoldFormatError`` on the first problem, including a
    file that holds no labelled document.

    Document ids must be unique over everything read, since predictions are matched by id.
    """
    roots = [path] if isinstance(path, (str, Path)) else list(path)
    docs: list[GoldDocument] = []
    seen: dict[str, str] = {}
    for root in roots:
        for file in _files(Path(root)):
            before = len(docs)
            for where, rec in _read_file(file):
                doc = _record(where, rec)
                if doc is None:
                    continue
                if doc.doc_id in seen:
                    raise where.error(f"duplicate document id {doc.doc_id!r} (first at {seen[doc.doc_id]})")
                seen[doc.doc_id] = where.label
                docs.append(doc)
            if len(docs) == before:
                # Scoring nothing would print "0 documents" and succeed: a wrong path or an
                # export taken before anyone annotated must not look like a result.
                raise GoldFormatError(file, "no labelled documents in this file (empty, or no task annotated)")
    return docs


# --------------------------------------------------------------------------- predictions


@dataclass(frozen=True)
class PredictionFile:
    """Predictions read from a ``policyie extract`` JSONL: mentions by document id, and the
    documents whose extraction failed (``doc_id -> error``)."""

    mentions: dict[str, tuple[Mention, ...]]
    errors: dict[str, str] = field(default_factory=dict)


def load_predictions(path: str | Path) -> PredictionFile:
    """Read a predictions JSONL: one ``{"doc_id", "entities": [{label, start, end, text,
    normalized, source}], "error"}`` per document (``"id"`` accepted for ``"doc_id"``,
    so a gold file can be read as predictions).  Offsets are checked against the gold
    text when scoring, not here: this file does not carry the text."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise PredictionFormatError(f"{p}: cannot read: {e.strerror or e}") from None
    mentions: dict[str, tuple[Mention, ...]] = {}
    errors: dict[str, str] = {}
    lines: dict[str, int] = {}
    for n, rec in _jsonl_lines(p, data, PredictionFormatError):
        def bad(problem: str) -> PredictionFormatError:
            return PredictionFormatError(f"{p}:{n}: {problem}")

        if not isinstance(rec, dict):
            raise bad(f"expected a JSON object, got {type(rec).__name__}")
        doc_id = rec.get("doc_id", rec.get("id"))
        if doc_id is None or isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
            raise bad(f"missing or invalid 'doc_id': {doc_id!r}")
        doc_id = str(doc_id)
        if doc_id in lines:
            raise bad(f"duplicate doc_id {doc_id!r} (first at line {lines[doc_id]})")
        lines[doc_id] = n
        entities = rec.get("entities") or []
        if not isinstance(entities, list):
            raise bad("'entities' must be a list")
        out = []
        for i, e in enumerate(entities):
            if not isinstance(e, dict):
                raise bad(f"entity {i}: must be an object")
            label, start, end = e.get("label"), e.get("start"), e.get("end")
            if not isinstance(label, str) or not (_is_int(start) and _is_int(end)):
                raise bad(f"entity {i}: needs a string 'label' and integer 'start', 'end'; got {e!r}")
            out.append(Mention(label, start, end, str(e.get("text") or ""),
                               e.get("normalized"), str(e.get("source") or "")))
        mentions[doc_id] = tuple(out)
        if rec.get("error"):
            errors[doc_id] = str(rec["error"])
    return PredictionFile(mentions=mentions, errors=errors)
