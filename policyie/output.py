"""Where the commands write: ``-o FILE`` or standard output, with one-line errors.

Shared by ``extract``, ``evaluate``, ``export`` and ``compare`` so that an unwritable
path gives the same message everywhere (``/sys/out.jsonl: cannot write (Permission
denied)``), and by every CSV writer for one rule against formula injection.
"""

from __future__ import annotations

import os
import re
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from policyie.errors import UserError, log, os_reason

__all__ = ["FORMULA_START", "PLAIN_NUMBER", "check_output_path", "guard_cell", "guard_frame", "guard_sql", "is_stdout",
           "open_output", "write_text"]

# ---------------------------------------------------------------------------
# CSV formula injection
# ---------------------------------------------------------------------------

#: A cell opening with one of these is a formula (or a DDE payload) to Excel and LibreOffice.
FORMULA_START = r"[=+\-@\t\r]"
#: …unless it is a plain signed number, which stays a number.
PLAIN_NUMBER = r"[-+]?[0-9]+(\.[0-9]+)?"
_FORMULA = re.compile(FORMULA_START)
_NUMBER = re.compile(PLAIN_NUMBER)


def guard_cell(s: str) -> str:
    """A CSV text cell as Excel must read it: text opening with = + - @ (or tab, CR) gets a
    leading apostrophe, so it is shown, never evaluated; plain numbers are left alone.

    >>> guard_cell("=HYPERLINK(\\"http://x\\")"), guard_cell("-5"), guard_cell("人员编制")
    ('\\'=HYPERLINK("http://x")', '-5', '人员编制')
    """
    if s and _FORMULA.fullmatch(s[0]) and not _NUMBER.fullmatch(s):
        return "'" + s
    return s


def guard_frame(frame):  # noqa: ANN001, ANN201 - a pandas DataFrame in and out (pandas not imported here)
    """A copy of ``frame`` whose text cells pass through ``guard_cell`` (for CSV output)."""
    out = frame.copy()
    for c in out.columns:
        if out[c].dtype == object or str(out[c].dtype).startswith("str"):
            out[c] = [guard_cell(v) if isinstance(v, str) else v for v in out[c]]
    return out


def guard_sql(expr: str) -> str:
    """The same rule as ``guard_cell`` as a DuckDB expression over the text ``expr``
    (used by ``policyie export``, which writes CSV with DuckDB's ``COPY``)."""
    return (f"CASE WHEN regexp_matches({expr}, '^{FORMULA_START}') AND NOT regexp_full_match({expr}, '{PLAIN_NUMBER}') "
            f"THEN '''' || {expr} ELSE {expr} END")


# ---------------------------------------------------------------------------
# Output paths
# ---------------------------------------------------------------------------


def is_stdout(path: str | os.PathLike[str] | None) -> bool:
    """``-o -`` (or no ``-o``) means standard output."""
    return path is None or str(path) == "-"


def check_output_path(path: str | os.PathLike[str], *, folder: bool = False) -> Path:
    """Refuse, before any work is done, an output path that cannot be written.

    ``folder=False``: ``path`` must not be a folder and its parent must be (or become) a
    writable folder.  ``folder=True``: ``path`` is a folder to create or fill.  Creates
    missing parent folders; raises ``UserError`` naming the path and the cause.
    """
    p = Path(path)
    if not folder and p.is_dir():
        raise UserError(f"{p}: is a directory (give a file name, e.g. {p / 'out'}{p.suffix or '.jsonl'})")
    if folder and p.exists() and not p.is_dir():
        raise UserError(f"{p}: exists and is not a folder")
    target = p if folder else p.parent
    try:
        target.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise UserError(f"{target}: cannot create folder (a file of that name exists)") from None
    except OSError as e:
        raise UserError(f"{target}: cannot create folder ({os_reason(e)})") from None
    # Try it: os.access says yes to root, who still cannot write to /sys or a read-only mount.
    probe = p if not folder else p / f".policyie-probe-{os.getpid()}"
    existed = probe.exists()
    try:
        with open(probe, "a" if existed else "x"):
            pass
    except OSError as e:
        raise UserError(f"{p}: cannot write ({os_reason(e)})") from None
    if not existed:
        probe.unlink(missing_ok=True)
    return p


@contextmanager
def open_output(path: str | os.PathLike[str] | None, *, encoding: str = "utf-8",
                newline: str | None = None) -> Iterator[IO[str]]:
    """A text stream for ``-o``: standard output for ``None`` or ``-``, else the file.

    Errors opening or writing the file become ``UserError`` naming it and the cause
    (``Permission denied``, ``Is a directory``, ``No space left on device``).
    """
    if is_stdout(path):
        yield sys.stdout
        return
    p = check_output_path(path)
    try:
        f = open(p, "w", encoding=encoding, newline=newline)
    except OSError as e:
        raise UserError(f"{p}: cannot write ({os_reason(e)})") from None
    try:
        with f:
            yield f
    except OSError as e:
        if getattr(e, "filename", None) not in (None, str(p)):
            raise  # another file's problem: not ours to name
        raise UserError(f"{p}: cannot write ({os_reason(e)})") from None


def write_text(text: str, output: str | os.PathLike[str] | None, *, csv_bom: bool = False,
               what: str = "") -> None:
    """Write a rendered result to ``output`` (standard output for ``None``/``-``); a CSV
    file gets a UTF-8 BOM (Excel then reads Chinese correctly), standard output never."""
    if is_stdout(output):
        sys.stdout.write(text)
        return
    with open_output(output, encoding="utf-8-sig" if csv_bom else "utf-8", newline="") as f:
        f.write(text)
    log.info("%s-> %s", f"{what} " if what else "", output)
