"""``policyie compare``: aligned measure pairs, their divergences, duplicates, families,
adoption or staffing, as a terminal table, CSV (UTF-8 with BOM, for Excel), JSON (records)
or a standalone HTML page.

The comparison behind a view is computed once per store version and kept in the store
(:mod:`policyie.compare.cache`), so ``--what duplicates`` after ``--what adoption`` (or
``divergences`` after ``pairs``) of an unchanged store reads it back in seconds."""

from __future__ import annotations

import html
import io
import json
import sys
import unicodedata
from pathlib import Path
from typing import Sequence

import numpy as np
import pandas as pd

__all__ = ["compare_cli", "render", "display_width"]

WHATS = ("pairs", "divergences", "duplicates", "families", "adoption", "staffing")
FORMATS = ("table", "csv", "json", "html")

# Columns shown in the terminal table (the other formats carry every column).
_TABLE_COLUMNS = {
    "duplicates": ["cluster_id", "size", "n_docs", "n_regions", "regions", "kind", "topic", "text"],
    "pairs": ["family", "relation", "score", "region_a", "text_a", "region_b", "text_b"],
    "divergences": ["family", "field", "region_a", "value_a", "region_b", "value_b", "text_a", "text_b"],
    "families": ["family", "n_docs", "regions", "titles"],
    "adoption": ["measure", "n_regions", "regions", "topic", "text"],
    "staffing": ["region", "body", "kind", "value", "text", "doc_id"],
}
_MAX_CELL = 40


def display_width(s: str) -> int:
    """Terminal columns taken by ``s``: 2 for wide (CJK) characters, 0 for combining ones."""
    w = 0
    for ch in s:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def _truncate(s: str, width: int) -> str:
    if display_width(s) <= width:
        return s
    out, w = [], 0
    for ch in s:
        cw = 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        if w + cw > width - 1:
            break
        out.append(ch)
        w += cw
    return "".join(out) + "…"


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple, np.ndarray)):
        return "、".join(_cell(x) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, float) and np.isnan(v):
        return ""
    if v is pd.NA or v is pd.NaT:
        return ""
    if isinstance(v, (bool, np.bool_)):
        return "✓" if v else ""
    return " ".join(str(v).split())


def _table(frame: pd.DataFrame, max_cell: int = _MAX_CELL) -> str:
    buf = io.StringIO()
    _write_table(frame, buf, max_cell)
    return buf.getvalue()


def _write_table(frame: pd.DataFrame, out, max_cell: int = _MAX_CELL, chunk: int = 20_000) -> None:
    """``frame`` as an aligned text table written to ``out``: the column widths in a first
    pass, then the lines, ``chunk`` rows at a time (the cells of 200,000 pairs held at
    once, and the table as one string, took the first pairs view over 1 GiB)."""
    cols = [str(c) for c in frame.columns]

    def cells(lo: int) -> list[list[str]]:
        return [[_truncate(_cell(v), max_cell) for v in rec] for rec in frame.iloc[lo:lo + chunk].itertuples(index=False)]

    widths = [display_width(c) for c in cols]
    for lo in range(0, len(frame), chunk):
        for r in cells(lo):
            widths = [max(w, display_width(c)) for w, c in zip(widths, r)]

    def line(row):
        return "  ".join(c + " " * (w - display_width(c)) for c, w in zip(row, widths)).rstrip()

    out.write(line(cols) + "\n" + "  ".join("-" * w for w in widths) + "\n")
    for lo in range(0, len(frame), chunk):
        out.write("".join(line(r) + "\n" for r in cells(lo)))
    out.write(f"({len(frame)} rows)\n")


def _jsonable(v):
    if isinstance(v, np.ndarray):
        return [_jsonable(x) for x in v.tolist()]
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    if isinstance(v, dict):
        return {k: _jsonable(x) for k, x in v.items()}
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.floating, float)):
        return None if np.isnan(v) else float(v)
    if isinstance(v, (np.bool_,)):
        return bool(v)
    if v is pd.NA or v is pd.NaT:
        return None
    return v


_HTML = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; margin: 1.5em; }}
table {{ border-collapse: collapse; font-size: 14px; }}
th, td {{ border: 1px solid #ccc; padding: 4px 8px; vertical-align: top; text-align: left; max-width: 40em; }}
th {{ background: #f3f3f3; position: sticky; top: 0; }}
tr:nth-child(even) td {{ background: #fafafa; }}
td.true {{ background: #d9f2d9 !important; text-align: center; }}
</style></head><body>
<h1>{title}</h1>
<p>{n} rows</p>
<table>
<thead><tr>{head}</tr></thead>
<tbody>
{body}
</tbody></table>
</body></html>
"""


# The HTML report is for a reader: Chinese headers, no file paths or internal ids.
_HTML_HEADERS = {
    "family": "文件族", "relation": "关系", "score": "置信度", "field": "字段", "diff": "逐词差异",
    "region_a": "地区A", "doc_id_a": "文件A", "date_a": "日期A", "text_a": "条文A", "value_a": "值A", "span_a": "原文A",
    "region_b": "地区B", "doc_id_b": "文件B", "date_b": "日期B", "text_b": "条文B", "value_b": "值B", "span_b": "原文B",
    "topic_a": "主题A", "topic_b": "主题B", "topic": "主题", "cluster_id": "编号", "size": "条数", "n_docs": "文件数",
    "n_regions": "地区数", "n_subjects": "主题数", "boilerplate": "套话", "regions": "地区", "docs": "文件",
    "first_region": "最早地区", "first_date": "最早日期", "kind": "类型", "text": "条文", "measure": "措施",
    "unique_to": "独有地区", "n_items": "项数", "titles": "文件标题", "region": "地区", "body": "机构",
    "min": "下限", "max": "上限", "value": "数值", "doc_id": "文件", "title": "标题", "unit": "单位",
}
_HTML_HIDDEN = {"doc_key_a", "doc_key_b", "source_a", "source_b", "doc_key", "doc_keys", "members", "unit_a", "unit_b",
                "start_a", "end_a", "start_b", "end_b", "unit_start_a", "unit_end_a", "unit_start_b", "unit_end_b",
                "doc_region", "provision_id", "start", "end", "core_body", "context"}


def _html(frame: pd.DataFrame, title: str) -> str:
    frame = frame[[c for c in frame.columns if c not in _HTML_HIDDEN]]
    head = "".join(f"<th>{html.escape(_HTML_HEADERS.get(str(c), str(c)))}</th>" for c in frame.columns)
    body = []
    for rec in frame.itertuples(index=False):
        cells = []
        for v in rec:
            cls = ' class="true"' if isinstance(v, (bool, np.bool_)) and v else ""
            cells.append(f"<td{cls}>{html.escape(_cell(v))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return _HTML.format(title=html.escape(title), n=len(frame), head=head, body="\n".join(body))


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """List and dict cells as text (CSV has no nested values); the frame itself is not changed."""
    nested = [c for c in frame.columns if frame[c].dtype == object
              and any(isinstance(v, (list, tuple, np.ndarray, dict)) for v in frame[c].head(1000))]
    if not nested:
        return frame
    flat = frame.copy(deep=False)
    for c in nested:
        flat[c] = [(_cell(v) if isinstance(v, (list, tuple, np.ndarray, dict)) else v) for v in frame[c]]
    return flat


def write_rendered(frame: pd.DataFrame, fmt: str, out, *, what: str = "", title: str | None = None,
                   chunk: int = 20_000) -> None:
    """``frame`` in ``fmt`` written to the text stream ``out``; CSV and JSON a block of
    ``chunk`` rows at a time, so a view of 200,000 aligned pairs never becomes one string
    (same text as :func:`render`)."""
    if fmt == "csv":
        for lo in range(0, max(len(frame), 1), chunk):
            _flat(frame.iloc[lo:lo + chunk]).to_csv(out, index=False, header=lo == 0)
        return
    if fmt == "json":
        if not len(frame):
            out.write("[]\n")
            return
        for lo in range(0, len(frame), chunk):
            records = [{str(k): _jsonable(v) for k, v in r.items()} for r in frame.iloc[lo:lo + chunk].to_dict("records")]
            text = json.dumps(records, ensure_ascii=False, indent=1)
            # one JSON array: drop each block's brackets, join the blocks with commas
            out.write(("[" if lo == 0 else ",") + text[1:-2])
        out.write("\n]\n")
        return
    if fmt == "table":
        cols = _TABLE_COLUMNS.get(what)
        _write_table(frame[[c for c in cols if c in frame.columns]] if cols else frame, out, chunk=chunk)
        return
    out.write(render(frame, fmt, what=what, title=title))


def render(frame: pd.DataFrame, fmt: str, *, what: str = "", title: str | None = None) -> str:
    """``frame`` as text in ``fmt`` (table, csv, json, html); CSV has no BOM here (added on write)."""
    if fmt == "table":
        cols = _TABLE_COLUMNS.get(what)
        shown = frame[[c for c in cols if c in frame.columns]] if cols else frame
        return _table(shown)
    if fmt == "csv":
        flat = frame.copy()
        for c in flat.columns:
            if flat[c].dtype == object:
                flat[c] = [(_cell(v) if isinstance(v, (list, tuple, np.ndarray, dict)) else v) for v in flat[c]]
        buf = io.StringIO()
        flat.to_csv(buf, index=False)
        return buf.getvalue()
    if fmt == "json":
        records = [{str(k): _jsonable(v) for k, v in r.items()} for r in frame.to_dict("records")]
        return json.dumps(records, ensure_ascii=False, indent=1) + "\n"
    if fmt == "html":
        return _html(frame, title or f"policyie compare: {what}")
    raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")


def _open_for_cache(db: str):
    """The store opened for writing, so the comparison it computes is kept in it for the
    next view (:mod:`cache`); read-only when it cannot be (a read-only file, a server or
    an ingest holding it): then the result is computed for this view only."""
    import duckdb

    from policyie.compare.units import open_connection
    from policyie.corpora.store import release_memory_in_background

    try:
        return release_memory_in_background(duckdb.connect(str(db)))
    except (duckdb.Error, OSError):
        return open_connection(db)


def _frame(db: str, what: str, threshold: float | None, regions: Sequence[str] | None, progress: bool,
           topic: str | None = None, family: str | None = None, include_boilerplate: bool = False,
           encoder: str | None = None) -> pd.DataFrame:
    from policyie.compare import api

    con = _open_for_cache(db)
    try:
        if regions:
            from policyie.corpora.regions import resolve_region_filter
            from policyie.errors import UserError

            try:  # 重庆市重庆市 → 重庆市, 兴隆县 → 河北省承德市兴隆县; an unknown name is refused
                regions = resolve_region_filter(con, regions)
            except ValueError as e:
                raise UserError(f"{db}: {e}") from None
        if what == "staffing":
            return api.staffing_table(con, regions=regions)
        if what in ("pairs", "divergences"):
            from policyie.compare.align import AlignParams

            params = AlignParams(threshold=threshold) if threshold is not None else None  # the pair model's probability
            result = api.comparison(con, family=family, regions=regions, topic=topic, lazy=True, encoder=encoder,
                                    params=params)
            return result.pairs.drop(columns=["unit_a", "unit_b"]) if what == "pairs" else result.divergences
        if what == "families":
            return api.family_table(con, family=family)
        result = api.compare(con, threshold=threshold, regions=regions, progress=progress, lazy=True)
        if what == "duplicates":
            return api.duplicates(con, result=result, topic=topic, include_boilerplate=include_boilerplate)
        # the adoption view: each measure by its wording, with the regions that adopted it
        measures = api.adoption_matrix(con, result=result, topic=topic).attrs["measures"]
        cols = ["measure", "text", "topic", "n_regions", "regions", "unique_to", "n_docs"]
        return measures[[c for c in cols if c in measures.columns]].reset_index(drop=True)
    finally:
        con.close()


def compare_cli(*, db: str, what: str = "duplicates", fmt: str = "table", output: str | None = None,
                threshold: float | None = None, regions: Sequence[str] | None = None,
                topic: str | None = None, family: str | None = None, include_boilerplate: bool = False,
                encoder: str | None = None) -> int:
    """Run one comparison over the store ``db`` and print or write it; 0 on success,
    2 on a usage error (no store, unknown option)."""
    if what not in WHATS:
        print(f"policyie compare: unknown --what {what!r} (one of {', '.join(WHATS)})", file=sys.stderr)
        return 2
    if fmt not in FORMATS:
        print(f"policyie compare: unknown --format {fmt!r} (one of {', '.join(FORMATS)})", file=sys.stderr)
        return 2
    if not Path(db).exists():
        print(f"policyie compare: store not found: {db}\n"
              f"  build it first: policyie ingest PATH... --db {db}", file=sys.stderr)
        return 2
    if threshold is not None and not 0 < threshold <= 1:
        print(f"policyie compare: --threshold must be in (0, 1], got {threshold}", file=sys.stderr)
        return 2
    from policyie.compare.topics import TOPICS

    if topic is not None and (what in ("staffing", "families") or topic not in TOPICS):
        why = (f"--topic does not apply to --what {what}" if what in ("staffing", "families")
               else f"unknown --topic {topic!r} (one of {'、'.join(TOPICS)})")
        print(f"policyie compare: {why}", file=sys.stderr)
        return 2
    progress = sys.stderr.isatty()
    frame = _frame(db, what, threshold, regions, progress, topic, family, include_boilerplate, encoder)
    if what == "duplicates" and fmt in ("table", "csv"):
        frame = frame.drop(columns=["members"], errors="ignore") if fmt == "table" else frame
    from policyie.output import guard_frame, is_stdout, log, open_output  # one-line errors for -o, one CSV guard

    shown = guard_frame(frame) if fmt == "csv" else frame
    with open_output(output, encoding="utf-8-sig" if fmt == "csv" and not is_stdout(output) else "utf-8",
                     newline="") as out:
        write_rendered(shown, fmt, out, what=what)  # in blocks: a large view never becomes one string
    if not is_stdout(output):
        log.info("%d rows (%s) -> %s", len(frame), what, output)
    if frame.empty and fmt == "table" and what in ("pairs", "divergences", "duplicates", "adoption"):
        # the table a reader looks at says why it may be empty (csv and json stay data only)
        filters = [f"--{k} {v}" for k, v in (("family", family), ("topic", topic)) if v] + (
            ["--region " + ",".join(regions)] if regions else [])
        note = (f"no {what} found" + (f" at --threshold {threshold}" if threshold is not None else " at the default threshold")
                + (f" with {' '.join(filters)}" if filters else "") + "; a lower --threshold (e.g. 0.5) shows weaker ones")
        if is_stdout(output):
            print(note)  # under the table it explains
        else:
            log.info("%s", note)
    return 0
