"""Extract records → store rows (one dict per row, per table), and a document's identity.

Pure Python without DuckDB or pandas, so that pool workers build the rows of the
documents they analyse without importing either.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
from bisect import bisect_right
from pathlib import Path
from typing import Any

__all__ = ["Columns", "content_hash", "document_key", "n_rows", "record_rows"]

_INT32 = (-(2**31), 2**31 - 1)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SEQ = re.compile(r"#p(\d+)$")


def _now() -> _dt.datetime:
    # ingested_at is UTC (TIMESTAMP has no zone): comparable across machines.
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)


def content_hash(text: str) -> str:
    """sha256 hex of the document text (UTF-8): what decides whether a re-ingest changes anything."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _fallback_hash(record: dict) -> str:
    # Without the text, the extracted content stands in for it: a re-extracted record
    # with other entities or provisions counts as changed.
    payload = json.dumps({"entities": record.get("entities") or [], "provisions": record.get("provisions") or []},
                         ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "json:" + hashlib.sha256(payload.encode("utf-8")).hexdigest()


def document_key(path: str | os.PathLike[str]) -> str:
    """A document's identity in the store: its path made absolute, ``..`` and symlinks resolved.

    ``regs/a.txt``, ``./regs//a.txt`` and ``$PWD/regs/a.txt`` are one document (so a
    second ingest under another spelling finds it unchanged), e.g.
    ``document_key("法规/物业管理条例.txt") == "/home/me/法规/物业管理条例.txt"``.
    """
    return str(Path(path).resolve())


def _doc_key(record: dict) -> str:
    """The key of an extract record: its source's resolved path when that file is here, or when
    the record says the file could not be read (a direct ingest keys a failed read so, whether
    the record comes from it, a JSONL file or Ray shards), else as recorded."""
    source = record.get("source")
    if isinstance(source, str) and source:
        error = record.get("error")
        unread = (isinstance(error, dict) and error.get("kind") == "read" and "://" not in source
                  and not source.startswith("<"))
        try:
            return document_key(source) if unread or Path(source).is_file() else source
        except (OSError, RuntimeError, ValueError):  # a loop of symlinks, a NUL in the name
            return source
    key = record.get("doc_id")
    if not isinstance(key, str) or not key:
        raise ValueError("record has neither source nor doc_id")
    return key


# Typed coercions: a malformed value becomes NULL rather than failing the document
# (INTEGER columns are 32-bit, so out-of-range numbers are NULL too).
def _int(v: Any) -> int | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return v if isinstance(v, int) and _INT32[0] <= v <= _INT32[1] else None


def _bool(v: Any) -> bool | None:
    return v if isinstance(v, bool) else None


def _str(v: Any) -> str | None:
    return v if isinstance(v, str) else None


def _strs(v: Any) -> list[str] | None:
    if not isinstance(v, (list, tuple)):
        return None
    return [x for x in v if isinstance(x, str)]


def _date(v: Any) -> _dt.date | None:
    """A DATE for a full ISO day; NULL for anything else (a month, a year, None)."""
    if isinstance(v, str) and _ISO_DAY.match(v):
        try:
            return _dt.date.fromisoformat(v)
        except ValueError:
            return None
    return None


def _json(v: Any) -> str | None:
    return None if v is None else json.dumps(v, ensure_ascii=False)


def _flat_parts(v: Any) -> list[str]:
    out: list[str] = []
    for item in v if isinstance(v, list) else []:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, list):
            out.extend(x for x in item if isinstance(x, str))
    return out


_MENTION_TYPED = ("min_value", "max_value", "value", "unit", "approx", "date", "precision", "relation",
                  "recurring", "parts", "issuer_code", "year", "number")


def _typed(label: str, n: Any) -> dict[str, Any]:
    """The typed columns of one mention, from its ``normalized`` value by label."""
    t: dict[str, Any] = {}
    if label == "PRINCIPLE":
        t["parts"] = _strs(n) if isinstance(n, list) else _strs(n.get("parts")) if isinstance(n, dict) else None
        return t
    if not isinstance(n, dict):
        return t
    if label == "STAFFING":
        t.update(min_value=_int(n.get("min")), max_value=_int(n.get("max")), unit=_str(n.get("unit")),
                 approx=_bool(n.get("approx")))
    elif label == "ITEM_COUNT":
        t.update(value=_int(n.get("value")), min_value=_int(n.get("min")), max_value=_int(n.get("max")),
                 unit=_str(n.get("unit")), approx=_bool(n.get("approx")))
    elif label == "DEADLINE":
        t.update(date=_date(n.get("date")), precision=_str(n.get("precision")), relation=_str(n.get("relation")),
                 recurring=_bool(n.get("recurring")))
    elif label == "DOC_NO":
        t.update(issuer_code=_str(n.get("issuer_code")), year=_int(n.get("year")), number=_int(n.get("number")))
    return t


class _Containing:
    """Which provision contains a span (the innermost one when provisions nest)."""

    def __init__(self, provisions: list[dict]) -> None:
        spans = sorted((p["start"], -p["end"], p["provision_id"]) for p in provisions)
        self.starts = [s for s, _, _ in spans]
        self.spans = spans
        # reach[i]: the furthest end among spans[0..i], to stop the walk back early.
        self.reach: list[int] = []
        for _, neg_e, _ in spans:
            self.reach.append(max(-neg_e, self.reach[-1] if self.reach else -neg_e))

    def __call__(self, start: int, end: int) -> str | None:
        i = bisect_right(self.starts, start) - 1
        # Walk back over provisions starting at or before the mention; the first that
        # also ends at or after it is the innermost.  Provisions do not overlap in
        # practice, so this is one step, and none further back can reach the mention.
        while i >= 0 and self.reach[i] >= end:
            s, neg_e, pid = self.spans[i]
            if -neg_e >= end:
                return pid
            i -= 1
        return None


#: One table's rows, column by column (``{column: [value per row]}``): a 50 MB document has
#: 200,000 mention rows, and a dict per row cost about 1 KB each beside the values.
Columns = dict[str, list]


def record_rows(record: dict, doc_key: str, chash: str, text: str | None) -> dict[str, Columns]:
    """Every row of one successful extract record, per table and column (built in a pool worker or here)."""
    return _rows(record, doc_key, chash, text, _now())


def n_rows(table: Columns) -> int:
    """The number of rows of a table made by :func:`record_rows`."""
    return len(next(iter(table.values()), ()))


class _Table:
    """Rows appended as keyword arguments, kept as columns."""

    def __init__(self, *names: str) -> None:
        self.cols: Columns = {n: [] for n in names}

    def add(self, row: dict[str, Any]) -> None:
        for name, column in self.cols.items():
            column.append(row.get(name))


_SECTION_COLS = ("doc_key", "idx", "level", "style", "marker", "title", "start_pos", "end_pos", "parent")
_PROVISION_COLS = ("doc_key", "provision_id", "seq", "section_path", "start_pos", "end_pos", "text", "lead",
                   "cooperate", "bodies", "principles", "roles")
_STAFFING_COLS = ("doc_key", "provision_id", "body", "kind", "min_value", "max_value", "unit", "approx", "text",
                  "start_pos", "end_pos")
_DEADLINE_COLS = ("doc_key", "provision_id", "task", "date", "precision", "relation", "recurring", "text",
                  "start_pos", "end_pos")
_MENTION_COLS = ("doc_key", "mention_idx", "provision_id", "label", "start_pos", "end_pos", "text", "source",
                 "normalized", *_MENTION_TYPED)


def _rows(record: dict, doc_key: str, chash: str, text: str | None, now: _dt.datetime) -> dict[str, Columns]:
    """Every row of one successful extract record, per table and column."""
    meta = record.get("meta") or {}
    region = meta.get("region") or {}
    documents = {k: [v] for k, v in {
        "doc_key": doc_key, "doc_id": record["doc_id"], "content_hash": chash, "source": _str(record.get("source")),
        "encoding": _str(record.get("encoding")), "format": _str(record.get("format")),
        "title": _str(meta.get("title")), "issuers": _strs(meta.get("issuers")), "doc_no": _str(meta.get("doc_no")),
        "date": _str(meta.get("date")), "date_source": _str(meta.get("date_source")),
        "province": _str(region.get("province")), "city": _str(region.get("city")),
        "county": _str(region.get("county")), "region_code": _str(region.get("code")),
        "region": _str(region.get("name")) or "",
        "n_chars": len(text) if text is not None else None, "text": text, "ingested_at": now,
    }.items()}
    sections = _Table(*_SECTION_COLS)
    for s in record.get("sections") or []:
        sections.add({
            "doc_key": doc_key, "idx": s["index"], "level": _int(s.get("level")), "style": _str(s.get("style")),
            "marker": _str(s.get("marker")), "title": _str(s.get("title")), "start_pos": _int(s.get("start")),
            "end_pos": _int(s.get("end")), "parent": _int(s.get("parent")),
        })

    provisions, staffing, deadlines = _Table(*_PROVISION_COLS), _Table(*_STAFFING_COLS), _Table(*_DEADLINE_COLS)
    for i, p in enumerate(record.get("provisions") or []):
        pid = p["provision_id"]
        roles = p.get("roles") or {}
        m = _SEQ.search(pid)
        provisions.add({
            "doc_key": doc_key, "provision_id": pid, "seq": int(m.group(1)) if m else i + 1,
            "section_path": _strs(p.get("section_path")), "start_pos": _int(p.get("start")),
            "end_pos": _int(p.get("end")), "text": _str(p.get("text")), "lead": _strs(roles.get("lead")),
            "cooperate": _strs(roles.get("cooperate")), "bodies": _strs(roles.get("bodies")),
            "principles": _flat_parts(roles.get("principles")), "roles": _json(roles),
        })
        for s in roles.get("staffing") or []:
            staffing.add({
                "doc_key": doc_key, "provision_id": pid, "body": _str(s.get("body")), "kind": _str(s.get("kind")),
                "min_value": _int(s.get("min")), "max_value": _int(s.get("max")), "unit": _str(s.get("unit")),
                "approx": _bool(s.get("approx")), "text": _str(s.get("text")), "start_pos": _int(s.get("start")),
                "end_pos": _int(s.get("end")),
            })
        for d in roles.get("deadlines") or []:
            deadlines.add({
                "doc_key": doc_key, "provision_id": pid, "task": _str(d.get("task")), "date": _date(d.get("date")),
                "precision": _str(d.get("precision")), "relation": _str(d.get("relation")),
                "recurring": _bool(d.get("recurring")), "text": _str(d.get("text")),
                "start_pos": _int(d.get("start")), "end_pos": _int(d.get("end")),
            })

    containing = _Containing(record.get("provisions") or [])
    mentions = _Table(*_MENTION_COLS)
    for i, e in enumerate(record.get("entities") or []):
        row = {"doc_key": doc_key, "mention_idx": i, "provision_id": containing(e["start"], e["end"]),
               "label": e["label"], "start_pos": e["start"], "end_pos": e["end"], "text": e["text"],
               "source": _str(e.get("source")), "normalized": _json(e.get("normalized"))}
        row.update(_typed(e["label"], e.get("normalized")))
        mentions.add(row)
    return {"documents": documents, "sections": sections.cols, "provisions": provisions.cols,
            "mentions": mentions.cols, "staffing": staffing.cols, "deadlines": deadlines.cols}
