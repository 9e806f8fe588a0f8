"""Export the store's tables to Parquet, CSV or Excel (``policyie export``).

The format follows ``--output``:

=====================  =====================================================================
``-o OUT.parquet``     Parquet (DuckDB ``COPY … (FORMAT PARQUET)``), types kept (lists, DATE, JSON)
``-o OUT.csv``         CSV in UTF-8 with a BOM, so that Excel opens Chinese text correctly;
                       lists joined with "、", JSON columns as text
``-o OUT.xlsx``        one Excel workbook, one sheet per table (named after the table); lists
                       joined with "、", JSON as text, cells cut to Excel's 32,767-character
                       limit, and ``documents.text`` left out (``include_text=True`` keeps it)
``-o FOLDER``          (an existing folder, or a path ending in "/" or without a suffix):
                       ``FOLDER/<table>.parquet`` for each table
=====================  =====================================================================

Parquet and CSV hold one table per file: with one table (``--tables mentions``) the file
is ``OUT.<ext>`` itself; with several (the default: all of them) each table goes to
``<stem>-<table>.<ext>`` beside it, e.g. ``-o out/store.csv`` writes ``out/store-documents.csv``,
``out/store-mentions.csv``…  Files are written under a temporary name and renamed, so a
failed export never leaves a half-written file under the final name.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path
from typing import Sequence

import duckdb

from policyie.corpora.store import TABLES, StoreError, open_store

__all__ = ["EXCEL_CELL_LIMIT", "EXPORTABLE", "FORMATS", "ExportError", "export", "export_cli", "plan_export"]

#: Tables that can be exported (``meta`` only when asked for by name).
EXPORTABLE: tuple[str, ...] = TABLES + ("meta",)
FORMATS: tuple[str, ...] = ("parquet", "csv", "xlsx")
#: The most characters an Excel cell holds.
EXCEL_CELL_LIMIT = 32_767
_EXCEL_ROWS = 1_048_576  # rows in a sheet, the header included
_LIST_SEP = "、"

# Deterministic row order: the primary key (or the document order) of each table.
_ORDER = {
    "documents": "doc_key",
    "sections": "doc_key, idx",
    "provisions": "doc_key, seq, provision_id",
    "mentions": "doc_key, mention_idx",
    "staffing": "doc_key, provision_id, start_pos",
    "deadlines": "doc_key, provision_id, start_pos",
    "errors": "doc_key",
    "meta": "key",
}

# Characters openpyxl refuses in a cell (C0 controls but tab, LF, CR); .docx and .pdf
# text can hold \x0b and \x0c.
_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class ExportError(ValueError):
    """An export that cannot be done as asked (unknown table or format)."""


def plan_export(output: str | Path, tables: Sequence[str] | None = None) -> tuple[str, dict[str, Path]]:
    """The format and the file of each table for ``output`` (no store needed).

    For ``xlsx`` every table maps to the one workbook.  Raises ``ExportError`` for an
    unknown table or output format.
    """
    chosen = _tables(tables)
    out = Path(output)
    text = str(output)
    suffix = out.suffix.lower()
    if out.is_dir() or text.endswith(("/", os.sep)) or not suffix:
        return "parquet", {t: out / f"{t}.parquet" for t in chosen}
    if suffix in (".parquet", ".csv"):
        if len(chosen) == 1:
            return suffix[1:], {chosen[0]: out}
        return suffix[1:], {t: out.with_name(f"{out.stem}-{t}{out.suffix}") for t in chosen}
    if suffix == ".xlsx":
        return "xlsx", {t: out for t in chosen}
    raise ExportError(f"unknown export format {out.suffix!r} for {out} "
                      "(use OUT.parquet, OUT.csv, OUT.xlsx or a folder for Parquet files)")


def _tables(tables: Sequence[str] | None) -> list[str]:
    if isinstance(tables, str):
        tables = [tables]
    if not tables:  # None, or `--tables` given without names: every data table
        return list(TABLES)
    unknown = [t for t in tables if t not in EXPORTABLE]
    if unknown:
        raise ExportError(f"unknown table{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))} "
                          f"(tables: {', '.join(EXPORTABLE)})")
    return list(dict.fromkeys(tables))  # in the order asked, once each


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in con.execute(
        "SELECT column_name, data_type FROM duckdb_columns() "
        "WHERE database_name = current_database() AND schema_name = 'main' AND table_name = ? ORDER BY column_index",
        [table]).fetchall()]


def _select(con: duckdb.DuckDBPyConnection, table: str, *, flat: bool, include_text: bool) -> str:
    """The query for one table; ``flat`` turns lists into "、"-joined text and JSON into text."""
    cols = []
    for name, typ in _columns(con, table):
        if table == "documents" and name == "text" and not include_text:
            continue
        q = f'"{name}"'
        if flat and typ.endswith("[]"):
            cols.append(f"array_to_string({q}, '{_LIST_SEP}') AS {q}")
        elif flat and typ == "JSON":
            cols.append(f"CAST({q} AS VARCHAR) AS {q}")
        else:
            cols.append(q)
    return f"SELECT {', '.join(cols)} FROM {table} ORDER BY {_ORDER[table]}"


def _sql_path(p: Path) -> str:
    return "'" + str(p).replace("'", "''") + "'"


def _tmp(p: Path) -> Path:
    return p.with_name(f".{p.name}.tmp{os.getpid()}")


def export(con: duckdb.DuckDBPyConnection, output: str | Path, tables: Sequence[str] | None = None, *,
           include_text: bool | None = None) -> list[Path]:
    """Export ``tables`` (default: every data table) of the store to ``output``; returns the files written.

    The format follows ``output`` (see the module docstring).  ``include_text`` keeps the
    ``documents.text`` column; by default it is kept in Parquet and CSV and left out of
    Excel (documents are far longer than a cell).
    """
    fmt, files = plan_export(output, tables)
    keep_text = include_text if include_text is not None else fmt != "xlsx"
    for f in set(files.values()):
        f.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "xlsx":
        out = next(iter(files.values()))
        _write_xlsx(con, list(files), out, include_text=keep_text)
        return [out]
    for table, f in files.items():
        tmp = _tmp(f)
        try:
            if fmt == "parquet":
                query = _select(con, table, flat=False, include_text=keep_text)
                con.execute(f"COPY ({query}) TO {_sql_path(tmp)} (FORMAT PARQUET)")
            else:
                query = _select(con, table, flat=True, include_text=keep_text)
                raw = f.with_name(f".{f.name}.raw{os.getpid()}")
                try:
                    con.execute(f"COPY ({query}) TO {_sql_path(raw)} (FORMAT CSV, HEADER)")
                    # DuckDB writes UTF-8 without a BOM; Excel then guesses the ANSI code page and
                    # shows Chinese as mojibake.  Prepend the BOM, streaming.
                    with open(raw, "rb") as src, open(tmp, "wb") as dst:
                        dst.write(b"\xef\xbb\xbf")
                        shutil.copyfileobj(src, dst, 1 << 20)
                finally:
                    raw.unlink(missing_ok=True)
            os.replace(tmp, f)
        finally:
            tmp.unlink(missing_ok=True)
    return list(files.values())


def _excel_text(s: str) -> str:
    """A string as an Excel cell takes it: no control characters, at most 32,767 characters."""
    s = _ILLEGAL_XLSX.sub("", s)
    # Excel counts UTF-16 code units: a character outside the BMP (rare CJK extension
    # hanzi) counts two, so measure in UTF-16 when the string is anywhere near the limit.
    if len(s) > EXCEL_CELL_LIMIT // 2 and len(s.encode("utf-16-le")) // 2 > EXCEL_CELL_LIMIT:
        out, units = [], 0
        for ch in s:
            units += 2 if ord(ch) > 0xFFFF else 1
            if units > EXCEL_CELL_LIMIT - 1:
                break
            out.append(ch)
        s = "".join(out) + "…"  # marks the cut
    return s


def _write_xlsx(con: duckdb.DuckDBPyConnection, tables: list[str], out: Path, *, include_text: bool) -> None:
    """One sheet per table, streamed: openpyxl's write-only workbook never holds the cells.

    Rows come straight from DuckDB as Python values (ints stay ints where a DataFrame would
    make NULL-able ints floats; DATE stays a date); lists and JSON are text already.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    bold = Font(bold=True)

    def sheet(name: str, header: list[str]):  # noqa: ANN202
        ws = wb.create_sheet(name)
        ws.freeze_panes = "A2"
        cells = []
        for h in header:
            c = WriteOnlyCell(ws, value=h)
            c.font = bold
            cells.append(c)
        ws.append(cells)
        return ws

    for table in tables:
        cur = con.execute(_select(con, table, flat=True, include_text=include_text))
        header = [d[0] for d in cur.description]
        ws, part, n = sheet(table, header), 1, 1
        while rows := cur.fetchmany(5000):
            for row in rows:
                if n >= _EXCEL_ROWS:  # past Excel's row limit: go on in "mentions (2)"…
                    part += 1
                    ws, n = sheet(f"{table} ({part})", header), 1
                values = []
                for v in row:
                    if isinstance(v, str):
                        v = _excel_text(v)
                        if v.startswith("="):  # text, not a formula
                            c = WriteOnlyCell(ws, value=v)
                            c.data_type = "s"
                            v = c
                    values.append(v)
                ws.append(values)
                n += 1
    tmp = _tmp(out)
    try:
        wb.save(tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


def export_cli(*, db: str | Path, output: str | Path, tables: Sequence[str] | None = None) -> int:
    """``policyie export``: 0 when written, 2 (with a message) for an unknown table or format or a bad store."""
    try:
        plan_export(output, tables)  # a bad format or table is reported before the store is opened
        con = open_store(db, read_only=True)
    except (ExportError, StoreError) as e:
        print(f"policyie: {e}", file=sys.stderr)
        return 2
    try:
        written = export(con, output, tables)
    except ExportError as e:
        print(f"policyie: {e}", file=sys.stderr)
        return 2
    finally:
        con.close()
    shown = ", ".join(str(p) for p in written[:3]) + (f" (+{len(written) - 3} more)" if len(written) > 3 else "")
    n = len(_tables(tables))
    print(f"policyie: exported {n} table{'s' if n > 1 else ''} -> {shown}", file=sys.stderr)
    return 0
