"""The staffing table: one row per staffing number, with its region, body and kind.

Rows come from the store's ``staffing`` table (numbers the provision roles tied to a
body and a kind of post), plus the STAFFING mentions that no provision role holds (a
number in a paragraph the segmenter left outside every provision): for those the body is
the nearest body name before the number in the same sentence (an ORG mention, else a
name ending in 办公室/执法队/中队/大队/中心/站/所/局) and the kind is the post word between
body and number (行政编制, 事业编制, 人员编制, 职数…); ``source`` says which.

``region`` is the document's region, made more specific when the paragraph holding the
number names a place inside it: a news collection filed under 山东省 whose item on
沂水县 says 为每个乡镇综合行政执法办公室核定行政编制4-5名 gives 山东省临沂市沂水县.
``enforcement=True`` keeps the bodies whose name contains 执法 (the township
enforcement view of the seeds).
"""

from __future__ import annotations

import re
from typing import Sequence

import numpy as np
import pandas as pd

from policyie.compare.fields import core_body, format_staffing
from policyie.compare.units import region_display

__all__ = ["staffing_table", "STAFFING_COLUMNS", "staffing_differences", "body_function", "STAFFING_DIFF_COLUMNS"]

STAFFING_COLUMNS = ["region", "body", "core_body", "kind", "min", "max", "unit", "value", "text", "doc_id", "title",
                    "doc_key", "provision_id", "start", "end", "context", "doc_region", "source"]

_ROLE_SQL = """
SELECT s.doc_key, d.doc_id, d.title, d.province, d.city, d.county, s.provision_id, s.body, s.kind,
       s.min_value, s.max_value, s.unit, s.approx, s.text, s.start_pos, s.end_pos
FROM staffing s JOIN documents d USING (doc_key)
"""

_ORPHAN_SQL = """
SELECT m.doc_key, d.doc_id, d.title, d.province, d.city, d.county, m.provision_id, m.min_value, m.max_value,
       m.unit, m.approx, m.text, m.start_pos, m.end_pos
FROM mentions m JOIN documents d USING (doc_key)
WHERE m.label = 'STAFFING'
  AND NOT EXISTS (SELECT 1 FROM staffing s WHERE s.doc_key = m.doc_key AND s.start_pos = m.start_pos
                  AND s.end_pos = m.end_pos)
"""

_BODY_NAME = re.compile(r"[\u4e00-\u9fff]{2,14}?(?:办公室|执法队|执法局|中队|大队|服务中心|中心|站|所|局|委员会)")
_KIND = re.compile(r"(行政编制|事业编制|人员编制|政法专项编制|编制|领导职数|职数|专职人员|工作人员|执法人员|人员)")
_SENTENCE_START = re.compile(r"[。；;！？!?\n]")


def _sentence_before(text: str, pos: int, limit: int = 120) -> tuple[int, str]:
    lo = max(0, pos - limit)
    chunk = text[lo:pos]
    cut = max((m.end() for m in _SENTENCE_START.finditer(chunk)), default=0)
    return lo + cut, chunk[cut:]


def _guess_body_kind(text: str, start: int, orgs: list[tuple[int, int, str]]) -> tuple[str | None, str | None]:
    s0, before = _sentence_before(text, start)
    body, body_end = None, None
    for b_start, b_end, b_text in orgs:  # ORG mentions of the document, in order
        if s0 <= b_start and b_end <= start:
            body, body_end = b_text, b_end
    # a name closer to the number than the ORG mention wins (乡镇综合行政执法办公室)
    for m in _BODY_NAME.finditer(before):
        if body_end is None or s0 + m.end() > body_end:
            body, body_end = m.group(0), s0 + m.end()
    if body is not None:
        body = re.sub(r"^(?:为|在|对|给|向|由|将|各|每个)+", "", body)
    between = text[body_end:start] if body_end is not None else before[-12:]
    if re.search(r"[，,；;：:]", between):  # the number is in a later clause: not this body's
        return None, None
    kinds = _KIND.findall(between)
    return body, (kinds[-1] if kinds else None)


def _line_at(text: str, pos: int) -> str:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return text[a:b if b >= 0 else len(text)]


def _refine_region(line: str, province, city, county) -> tuple:
    """A more specific region named in ``line``, if it lies inside the document's."""
    from policyie.corpora.regions import find_region

    province, city, county = (x if isinstance(x, str) and x else None for x in (province, city, county))
    if county:
        return province, city, county
    found = find_region(line[:400], title=line[:80])
    if not found.province or (province and found.province != province):
        return province, city, county
    if city and found.city != city:
        return province, city, county
    if (found.county and not county) or (found.city and not city):
        return found.province, found.city, found.county
    return province, city, county


def staffing_table(con, *, regions: Sequence[str] | None = None, enforcement: bool = False) -> pd.DataFrame:
    """One row per staffing number (see the module doc); sorted by region, body, start."""
    role = con.execute(_ROLE_SQL).df().assign(source="roles")
    orphan = con.execute(_ORPHAN_SQL).df()
    texts: dict[str, str] = {}
    keys = set(orphan["doc_key"]) | set(role["doc_key"])
    if keys:
        con.register("_cmp_keys", pd.DataFrame({"doc_key": sorted(keys)}))
        try:
            for k, t in con.execute("SELECT d.doc_key, d.text FROM documents d JOIN _cmp_keys USING (doc_key)").fetchall():
                texts[k] = t or ""
        finally:
            con.unregister("_cmp_keys")
    if len(orphan):
        orgs: dict[str, list] = {}
        con.register("_cmp_keys", pd.DataFrame({"doc_key": sorted(set(orphan["doc_key"]))}))
        try:
            for k, s, e, t in con.execute("SELECT m.doc_key, m.start_pos, m.end_pos, m.text FROM mentions m "
                                          "JOIN _cmp_keys USING (doc_key) WHERE m.label = 'ORG' "
                                          "ORDER BY m.doc_key, m.start_pos").fetchall():
                orgs.setdefault(k, []).append((s, e, t))
        finally:
            con.unregister("_cmp_keys")
        guesses = [_guess_body_kind(texts.get(k, ""), s, orgs.get(k, []))
                   for k, s in zip(orphan["doc_key"], orphan["start_pos"])]
        orphan = orphan.assign(body=[g[0] for g in guesses], kind=[g[1] for g in guesses], source="mention")
    frame = pd.concat([f for f in (role, orphan) if len(f)], ignore_index=True) if (len(role) or len(orphan)) \
        else role
    if not len(frame):
        return pd.DataFrame(columns=STAFFING_COLUMNS)
    refined = [_refine_region(_line_at(texts.get(k, ""), s), p, c, co)
               for k, s, p, c, co in zip(frame["doc_key"], frame["start_pos"], frame["province"], frame["city"],
                                         frame["county"])]
    out = pd.DataFrame({
        "region": [region_display(*r) for r in refined],
        "body": frame["body"],
        "core_body": [core_body(b, r) for b, r in zip(frame["body"], refined)],
        "kind": frame["kind"],
        "min": frame["min_value"].astype("Int64"),
        "max": frame["max_value"].astype("Int64"),
        "unit": frame["unit"],
        "value": [format_staffing(a, b, u, x) for a, b, u, x in
                  zip(frame["min_value"], frame["max_value"], frame["unit"], frame["approx"])],
        "text": frame["text"],
        "doc_id": frame["doc_id"],
        "title": frame["title"],
        "doc_key": frame["doc_key"],
        "provision_id": frame["provision_id"],
        "start": frame["start_pos"].astype("int64"),
        "end": frame["end_pos"].astype("int64"),
        "context": [_line_at(texts.get(k, ""), s)[:0] or _context(texts.get(k, ""), s, e)
                    for k, s, e in zip(frame["doc_key"], frame["start_pos"], frame["end_pos"])],
        "doc_region": [region_display(p, c, co) for p, c, co in zip(frame["province"], frame["city"], frame["county"])],
        "source": frame["source"],
    })
    if regions:
        keep = pd.Series(False, index=out.index)
        for r in regions:
            keep |= out["region"].str.contains(r, regex=False) | out["doc_region"].str.contains(r, regex=False)
        out = out[keep]
    if enforcement:
        out = out[out["body"].fillna("").str.contains("执法")]
    return out.sort_values(["region", "doc_id", "start"]).reset_index(drop=True)


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    """The sentence around a span (at most ``width`` characters each side)."""
    s0, _ = _sentence_before(text, start, width)
    tail = text[end:end + width]
    m = _SENTENCE_START.search(tail)
    return text[s0:end + (m.end() if m else len(tail))].strip()


_BODY_HEAD = re.compile(r"(?:中队|大队|队|办公室|执法局|局|所|站|服务中心|中心)$")
STAFFING_DIFF_COLUMNS = ["field", "basis", "body", "region_a", "value_a", "doc_key_a", "start_a", "end_a", "text_a",
                         "context_a", "region_b", "value_b", "doc_key_b", "start_b", "end_b", "text_b", "context_b"]


def body_function(core: str) -> str:
    """The function a body serves, its organisational head dropped, so that one county's
    综合行政执法队 and another's 综合行政执法办公室 compare: both → 综合行政执法."""
    f = _BODY_HEAD.sub("", core or "")
    return f if len(f) >= 2 else (core or "")


def staffing_differences(table: pd.DataFrame, side_a, side_b) -> pd.DataFrame:
    """Posts of the same kind of body on two sides that differ: one row per pair of staffing
    rows (``table`` as :func:`staffing_table` gives it; ``side_a``/``side_b`` boolean masks
    of its rows), ``basis`` ``body``.  兴隆县 乡镇综合行政执法队 ≥10名 vs 沂水县 综合执法办公室
    4–5名: the same function (综合行政执法), different posts."""
    st = table.assign(_a=np.asarray(side_a, bool), _b=np.asarray(side_b, bool))
    st = st[(st["_a"] | st["_b"]) & (st["core_body"].fillna("").str.len() >= 2)]
    st = st.assign(function=st["core_body"].map(body_function))
    rows = []
    for fn, g in st.groupby("function", sort=True):
        for x in g[g["_a"]].itertuples(index=False):
            for y in g[g["_b"]].itertuples(index=False):
                if (x.min, x.max) == (y.min, y.max) or (x.doc_key == y.doc_key):
                    continue

                def val(r):
                    return f"{r.body} {r.kind + ' ' if isinstance(r.kind, str) else ''}{r.value}"

                rows.append({"field": "staffing", "basis": "body", "body": fn,
                             "region_a": x.region, "value_a": val(x), "doc_key_a": x.doc_key, "start_a": int(x.start),
                             "end_a": int(x.end), "text_a": x.text, "context_a": x.context,
                             "region_b": y.region, "value_b": val(y), "doc_key_b": y.doc_key, "start_b": int(y.start),
                             "end_b": int(y.end), "text_b": y.text, "context_b": y.context})
    return pd.DataFrame(rows, columns=STAFFING_DIFF_COLUMNS)
