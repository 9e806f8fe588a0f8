"""Export the store's tables to Parquet, CSV, JSON Lines or Excel (``policyie export``).

The rule: **a file holds one table, a folder holds one file per table, a workbook holds
every table as a sheet.**  The format follows ``--format`` or the suffix of ``-o``:

=========================  ==================================================================
``-o DIR/`` (a folder)     ``DIR/<table>.parquet`` for each table (``--format csv`` or
                           ``jsonl``: ``DIR/<table>.csv`` …); a path without a suffix is a folder
``-o OUT.parquet``         one table (``--tables provisions``) in Parquet, types kept (lists,
                           DATE, JSON); asking for several tables into one file is an error
                           that names the folder to use instead
``-o OUT.csv``             one table in CSV, UTF-8 with a BOM so that Excel opens Chinese
                           text correctly; lists joined with "、", JSON as text; a text cell
                           beginning with = + - @ (or tab, CR) gets a leading ``'`` so that
                           Excel shows it rather than runs it (the rule of ``policyie.output``,
                           shared with the page's CSV download)
``-o OUT.jsonl``           one table as JSON Lines, one object per row, types kept
``-o OUT.xlsx``            one workbook, one sheet per table (named after the table); lists
                           joined with "、", JSON as text, cells cut to Excel's 32,767
                           characters, ``documents.text`` left out (``include_text=True``
                           keeps it); formulas never (text beginning with = stays text)
``-o -``                   standard output: one table, CSV (no BOM) or JSON Lines
=========================  ==================================================================

Files are written under a temporary name and renamed, so a failed export never leaves a
half-written file under the final name.  Parquet files read back with DuckDB
(``duckdb.read_parquet``) or, with ``policyie[parquet]`` (pyarrow), ``pandas.read_parquet``.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path
from typing import Callable, Sequence

import duckdb

from policyie.corpora.store import TABLES, StoreError, open_store
from policyie.errors import UserError, log
from policyie.output import check_output_path, guard_sql, is_stdout

__all__ = ["EXCEL_CELL_LIMIT", "EXPORTABLE", "FORMATS", "ExportError", "export", "export_cli", "plan_export"]

#: Tables that can be exported (``meta`` only when asked for by name).
EXPORTABLE: tuple[str, ...] = TABLES + ("meta",)
FORMATS: tuple[str, ...] = ("parquet", "csv", "jsonl", "xlsx")
#: Formats that can go to standard output (``-o -``): text, one table.
STREAMABLE: tuple[str, ...] = ("csv", "jsonl")
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


def plan_export(output: str | Path, tables: Sequence[str] | None = None,
                fmt: str | None = None) -> tuple[str, dict[str, Path | None]]:
    """The format and the file of each table for ``output`` (no store needed).

    For ``xlsx`` every table maps to the one workbook; for ``-`` (standard output) the one
    table maps to None.  Raises ``ExportError`` for an unknown table or format, several
    tables into one file, or a format standard output cannot carry.

    >>> plan_export("out/regs/", ["staffing"])
    ('parquet', {'staffing': PosixPath('out/regs/staffing.parquet')})
    """
    chosen = _tables(tables)
    if fmt is not None and fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    text = str(output)
    if is_stdout(text):
        fmt = fmt or "csv"
        if fmt not in STREAMABLE:
            raise ExportError(f"-o - (standard output) takes --format csv or jsonl, not {fmt}: write {fmt} to a file")
        if len(chosen) > 1:
            raise ExportError(f"-o - (standard output) holds one table and {len(chosen)} were asked: "
                              f"choose one with --tables (e.g. --tables {chosen[0]})")
        return fmt, {chosen[0]: None}
    out = Path(output)
    suffix = out.suffix.lower()
    if out.is_dir() or text.endswith(("/", os.sep)) or not suffix:
        fmt = fmt or "parquet"
        if fmt == "xlsx":
            raise ExportError(f"{out}: a folder; Excel holds every table in one workbook: -o {out.name or 'store'}.xlsx")
        return fmt, {t: out / f"{t}.{fmt}" for t in chosen}
    by_suffix = {".parquet": "parquet", ".csv": "csv", ".jsonl": "jsonl", ".xlsx": "xlsx"}.get(suffix)
    if by_suffix is None:
        raise ExportError(f"{out}: unknown export format {out.suffix!r} "
                          "(use OUT.parquet, OUT.csv, OUT.jsonl, OUT.xlsx or a folder)")
    if fmt is not None and fmt != by_suffix:
        raise ExportError(f"{out}: --format {fmt} does not match the file's suffix {out.suffix}")
    if by_suffix == "xlsx":
        return "xlsx", {t: out for t in chosen}
    if len(chosen) > 1:
        folder = out.with_suffix("")
        raise ExportError(f"{out}: a {by_suffix} file holds one table and {len(chosen)} were asked: "
                          f"write them to a folder (-o {folder}/ gives {folder}/documents.{by_suffix}, …) "
                          f"or choose one with --tables (e.g. --tables provisions)")
    return by_suffix, {chosen[0]: out}


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


def _select(con: duckdb.DuckDBPyConnection, table: str, *, flat: bool, include_text: bool,
            guard: bool = False) -> str:
    """The query for one table; ``flat`` turns lists into "、"-joined text and JSON into
    text; ``guard`` keeps text cells that would be spreadsheet formulas as text (CSV)."""
    cols = []
    for name, typ in _columns(con, table):
        if table == "documents" and name == "text" and not include_text:
            continue
        q = f'"{name}"'
        if flat and typ.endswith("[]"):
            expr = f"array_to_string({q}, '{_LIST_SEP}')"
        elif flat and typ == "JSON":
            expr = f"CAST({q} AS VARCHAR)"
        elif typ == "VARCHAR":
            expr = q
        else:
            cols.append(q)
            continue
        cols.append(f"{guard_sql(expr) if guard else expr} AS {q}")
    return f"SELECT {', '.join(cols)} FROM {table} ORDER BY {_ORDER[table]}"


def _sql_path(p: Path) -> str:
    return "'" + str(p).replace("'", "''") + "'"


def _tmp(p: Path) -> Path:
    return p.with_name(f".{p.name}.tmp{os.getpid()}")


def export(con: duckdb.DuckDBPyConnection, output: str | Path, tables: Sequence[str] | None = None, *,
           fmt: str | None = None, include_text: bool | None = None) -> list[Path]:
    """Export ``tables`` (default: every data table) of the store to ``output``; returns the files written
    (none for standard output).

    The format follows ``fmt`` or ``output`` (see the module docstring).  ``include_text``
    keeps the ``documents.text`` column; by default it is kept in Parquet, CSV and JSONL
    and left out of Excel (documents are far longer than a cell).
    """
    fmt, files = plan_export(output, tables, fmt)
    keep_text = include_text if include_text is not None else fmt != "xlsx"
    if fmt == "xlsx":
        out = next(iter(files.values()))
        out.parent.mkdir(parents=True, exist_ok=True)
        _write_xlsx(con, list(files), out, include_text=keep_text)
        return [out]
    for table, f in files.items():
        if f is None:  # standard output
            import tempfile

            with tempfile.TemporaryDirectory(prefix="policyie-export-") as tmp:
                part = Path(tmp) / f"{table}.{fmt}"
                _copy(con, table, fmt, part, keep_text)
                with open(part, "rb") as src:
                    sys.stdout.flush()
                    shutil.copyfileobj(src, sys.stdout.buffer, 1 << 20)
                    sys.stdout.buffer.flush()
            continue
        f.parent.mkdir(parents=True, exist_ok=True)
        tmp = _tmp(f)
        try:
            if fmt == "csv":
                raw = f.with_name(f".{f.name}.raw{os.getpid()}")
                try:
                    _copy(con, table, fmt, raw, keep_text)
                    # DuckDB writes UTF-8 without a BOM; Excel then guesses the ANSI code page and
                    # shows Chinese as mojibake.  Prepend the BOM, streaming.
                    with open(raw, "rb") as src, open(tmp, "wb") as dst:
                        dst.write(b"\xef\xbb\xbf")
                        shutil.copyfileobj(src, dst, 1 << 20)
                finally:
                    raw.unlink(missing_ok=True)
            else:
                _copy(con, table, fmt, tmp, keep_text)
            os.replace(tmp, f)
        finally:
            tmp.unlink(missing_ok=True)
    return [f for f in files.values() if f is not None]


def _copy(con: duckdb.DuckDBPyConnection, table: str, fmt: str, path: Path, include_text: bool) -> None:
    """One table to one file with DuckDB's ``COPY`` (parquet, csv or jsonl)."""
    if fmt == "parquet":
        query = _select(con, table, flat=False, include_text=include_text)
        con.execute(f"COPY ({query}) TO {_sql_path(path)} (FORMAT PARQUET)")
    elif fmt == "csv":
        query = _select(con, table, flat=True, include_text=include_text, guard=True)
        con.execute(f"COPY ({query}) TO {_sql_path(path)} (FORMAT CSV, HEADER)")
    else:
        query = _select(con, table, flat=False, include_text=include_text)
        con.execute(f"COPY ({query}) TO {_sql_path(path)} (FORMAT JSON)")


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


def export_cli(*, db: str | Path, output: str | Path, tables: Sequence[str] | None = None, fmt: str | None = None,
               check_store: Callable[[str], None] | None = None) -> int:
    """``policyie export``: 0 when written; raises ``UserError`` (one line, exit 2) for an unknown
    table or format, an output that cannot be written, or a missing, damaged or locked store.
    ``check_store`` (the CLI's) is called first with ``db`` to word the store errors."""
    try:
        fmt, files = plan_export(output, tables, fmt)  # bad format or table: said before the store is opened
    except ExportError as e:
        raise UserError(str(e)) from None
    for f in set(files.values()):
        if f is not None:
            check_output_path(f)
    if check_store is not None:
        check_store(str(db))
    try:
        con = open_store(db, read_only=True)
    except StoreError as e:
        raise UserError(str(e)) from None
    try:
        written = export(con, output, tables, fmt=fmt)
    except duckdb.IOException as e:  # the disk filled up, the folder went away…
        raise UserError(f"{output}: cannot write ({str(e).splitlines()[0]})") from None
    finally:
        con.close()
    n = len(files)
    if written:
        shown = ", ".join(str(p) for p in written[:3]) + (f" (+{len(written) - 3} more)" if len(written) > 3 else "")
        log.info("exported %d table%s -> %s", n, "s" if n > 1 else "", shown)
    return 0
