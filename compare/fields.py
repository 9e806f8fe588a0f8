"""The extracted fields inside units, read from the store (never re-extracted).

``unit_fields(con, units)`` returns one row per mention that lies inside a unit:
``unit_id``, ``label``, ``start``, ``end``, ``text`` and the typed values of the store's
``mentions`` table (``min_value``, ``max_value``, ``value``, ``unit``, ``date``,
``relation``, ``precision``, ``parts``), with ``body`` and ``kind`` from the ``staffing``
table for STAFFING mentions that the provision roles tied to a body.
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = ["unit_fields", "format_staffing", "core_body"]

_MENTIONS_SQL = """
SELECT u.unit_id, m.label, m.start_pos AS start, m.end_pos AS "end", m.text,
       m.min_value, m.max_value, m.value, m.unit, m.approx,
       CAST(m.date AS VARCHAR) AS date, m.relation, m.precision, m.parts,
       s.body, s.kind
FROM _cmp_units u
JOIN mentions m ON m.doc_key = u.doc_key AND m.start_pos >= u.start AND m.end_pos <= u."end"
LEFT JOIN (SELECT doc_key, start_pos, end_pos, any_value(body) AS body, any_value(kind) AS kind
           FROM staffing GROUP BY doc_key, start_pos, end_pos) s
       ON s.doc_key = m.doc_key AND s.start_pos = m.start_pos AND s.end_pos = m.end_pos
WHERE m.label IN ('STAFFING', 'DEADLINE', 'ITEM_COUNT', 'PRINCIPLE', 'ORG')
ORDER BY u.unit_id, m.start_pos
"""


def unit_fields(con, units: pd.DataFrame) -> pd.DataFrame:
    """Mentions inside the given units (a range join in DuckDB)."""
    frame = units[["unit_id", "doc_key", "start", "end"]].copy()
    con.register("_cmp_units", frame)
    try:
        return con.execute(_MENTIONS_SQL).df()
    finally:
        con.unregister("_cmp_units")


def format_staffing(lo, hi, unit, approx=None) -> str:
    """``10名``, ``≥10名``, ``≤5名``, ``4–5名`` (``约`` in front when approximate)."""
    u = unit if isinstance(unit, str) else ""
    lo = None if lo is None or pd.isna(lo) else int(lo)
    hi = None if hi is None or pd.isna(hi) else int(hi)
    if lo is not None and hi is not None:
        s = f"{lo}{u}" if lo == hi else f"{lo}–{hi}{u}"
    elif lo is not None:
        s = f"≥{lo}{u}"
    elif hi is not None:
        s = f"≤{hi}{u}"
    else:
        s = "?"
    return ("约" + s) if approx is True else s


_BODY_PREFIX = re.compile(r"^(?:各|每个|全县|全市|全区)?(?:乡镇（街道）|乡镇\(街道\)|镇（街道）|镇\(街道\)|乡镇|镇街|街道|乡|镇|县级|县|市级|市|区)")


def core_body(body, region_names=()) -> str:
    """A body's name without the region and level prefix, so that the same kind of body in
    two counties compares: 兴隆县乡镇综合行政执法队 → 综合行政执法队."""
    if not isinstance(body, str):
        return ""
    b = body.strip()
    for name in region_names:
        if isinstance(name, str) and name and b.startswith(name):
            b = b[len(name):]
    prev = None
    while prev != b:
        prev = b
        b = _BODY_PREFIX.sub("", b) if len(b) > 4 else b
    return b
