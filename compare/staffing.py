"""The staffing view: one row per post or staff count of a body, with its region.

Candidates are the STAFFING numbers of the store: those the provision roles hold (the
``staffing`` table) and those no provision holds (``source`` says which). Each is read
by :func:`policyie.compare.staffing_rules.classify`: thresholds, quotas, deputies,
population figures, candidate margins and the officers a procedure needs are dropped,
and so is a number that cannot be tied to a body and a post kind; what stays has a
``body`` (the body the sentence gives it), a ``body_kind`` (comparable across regions:
综合行政执法队, 村民委员会, 乡镇人民代表大会) and a ``post_kind`` (行政编制, 领导职数, 委员,
成员 …). ``kind`` is the post word as written (专职党委组织员) where the provision roles
found one that agrees, else the post kind (kept for older callers).
:func:`staffing_rows` gives every candidate with the ``reason`` it was dropped.

``region`` is the document's region (canonical naming, ``policyie.corpora.region_names``),
made more specific when the paragraph holding the number names a place inside it: a
news collection filed under 山东省 whose item on 沂水县 says
为每个乡镇综合行政执法办公室核定行政编制4-5名 gives 山东省临沂市沂水县.
``enforcement=True`` keeps the bodies whose name contains 执法 (the township
enforcement view of the seeds).
"""

from __future__ import annotations

import re
from typing import Sequence

import numpy as np
import pandas as pd

from policyie.compare.fields import core_body, format_staffing
from policyie.compare.staffing_rules import DROP_REASONS, classify
from policyie.compare.staffing_rules import post_kind as rules_post_kind
from policyie.compare.units import region_display
from policyie.corpora.region_names import canonical_region

__all__ = ["staffing_table", "staffing_rows", "dropped_counts", "STAFFING_COLUMNS", "staffing_differences",
           "body_function", "post_family", "STAFFING_DIFF_COLUMNS"]

STAFFING_COLUMNS = ["region", "body", "core_body", "kind", "min", "max", "unit", "value", "text", "doc_id", "title",
                    "doc_key", "provision_id", "start", "end", "context", "doc_region", "source", "body_kind", "post_kind"]

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

_SENTENCE_START = re.compile(r"[。；;！？!?\n]")


def _sentence_before(text: str, pos: int, limit: int = 120) -> tuple[int, str]:
    lo = max(0, pos - limit)
    chunk = text[lo:pos]
    cut = max((m.end() for m in _SENTENCE_START.finditer(chunk)), default=0)
    return lo + cut, chunk[cut:]


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


def staffing_rows(con, *, regions: Sequence[str] | None = None) -> pd.DataFrame:
    """Every STAFFING number of the store read as the view reads it: the columns of
    :data:`STAFFING_COLUMNS` plus ``reason`` (None for a post kept in the view, else one of
    :data:`~policyie.compare.staffing_rules.DROP_REASONS`). :func:`staffing_table` keeps
    the rows without a reason; this frame is for counting and checking what was dropped."""
    role = con.execute(_ROLE_SQL).df().assign(source="roles")
    orphan = con.execute(_ORPHAN_SQL).df().assign(source="mention", body=None, kind=None)
    frame = pd.concat([f for f in (role, orphan) if len(f)], ignore_index=True) if (len(role) or len(orphan)) \
        else role
    if not len(frame):
        return pd.DataFrame(columns=STAFFING_COLUMNS + ["reason"])
    # a number held by two provisions (a heading and its article) is one row
    frame = frame.drop_duplicates(["doc_key", "start_pos", "end_pos"]).reset_index(drop=True)
    texts: dict[str, str] = {}
    orgs: dict[str, list] = {}
    con.register("_cmp_keys", pd.DataFrame({"doc_key": sorted(set(frame["doc_key"]))}))
    try:
        for k, t in con.execute("SELECT d.doc_key, d.text FROM documents d JOIN _cmp_keys USING (doc_key)").fetchall():
            texts[k] = t or ""
        for k, s, e, t in con.execute("SELECT m.doc_key, m.start_pos, m.end_pos, m.text FROM mentions m "
                                      "JOIN _cmp_keys USING (doc_key) WHERE m.label = 'ORG' "
                                      "ORDER BY m.doc_key, m.start_pos").fetchall():
            orgs.setdefault(k, []).append((s, e, t))
    finally:
        con.unregister("_cmp_keys")
    refined = [_refine_region(_line_at(texts.get(k, ""), s), p, c, co)
               for k, s, p, c, co in zip(frame["doc_key"], frame["start_pos"], frame["province"], frame["city"],
                                         frame["county"])]
    read = [classify(texts.get(k, ""), int(s), int(e), orgs.get(k, ()), [x for x in r if isinstance(x, str)])
            for k, s, e, r in zip(frame["doc_key"], frame["start_pos"], frame["end_pos"], refined)]
    bodies = [r.body for r in read]
    out = pd.DataFrame({
        "region": [region_display(*r) for r in refined],
        "body": bodies,
        "core_body": [core_body(b, r) for b, r in zip(bodies, refined)],
        # the roles' post word where it agrees with the view's reading (专职党委组织员), else the post kind
        "kind": [k if isinstance(k, str) and rules_post_kind(k) == r.post_kind else r.post_kind
                 for k, r in zip(frame["kind"], read)],
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
        "context": [_context(texts.get(k, ""), s, e)
                    for k, s, e in zip(frame["doc_key"], frame["start_pos"], frame["end_pos"])],
        "doc_region": [region_display(p, c, co) for p, c, co in zip(frame["province"], frame["city"], frame["county"])],
        "source": frame["source"],
        "body_kind": [r.body_kind for r in read],
        "post_kind": [r.post_kind for r in read],
        "reason": [r.reason for r in read],
    })
    if regions:
        wanted = [canonical_region(r) for r in regions]
        keep = pd.Series(False, index=out.index)
        for r in wanted:
            keep |= out["region"].str.contains(r, regex=False) | out["doc_region"].str.contains(r, regex=False)
        out = out[keep]
    return out.sort_values(["region", "doc_id", "start"]).reset_index(drop=True)


def staffing_table(con, *, regions: Sequence[str] | None = None, enforcement: bool = False) -> pd.DataFrame:
    """One row per post or staff count of a body (see the module doc): the rows of
    :func:`staffing_rows` that the rules keep, every one with a ``body``, ``body_kind`` and
    ``post_kind``; sorted by region, document, position."""
    rows = staffing_rows(con, regions=regions)
    out = rows[rows["reason"].isna()].drop(columns=["reason"])
    if enforcement:
        out = out[out["body"].fillna("").str.contains("执法")]
    return out.reset_index(drop=True)


def dropped_counts(rows: pd.DataFrame) -> dict[str, int]:
    """How many rows of :func:`staffing_rows` each rule dropped, in rule order."""
    counts = rows["reason"].value_counts()
    return {r: int(counts.get(r, 0)) for r in DROP_REASONS}


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


def post_family(post) -> str:
    """Posts that compare: every kind of 编制 together (人员编制 ≥10名 vs 行政编制 4–5名),
    every other post only with itself (委员 7–9名 is not compared with 主任 1名)."""
    if not isinstance(post, str):
        return ""
    return "编制" if post.endswith("编制") else post


def _bounds(r) -> tuple:
    """(min, max) with a missing bound as None (不得超过五人 has no minimum; pandas' NA
    cannot be compared)."""
    return tuple(None if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v)) else int(v)
                 for v in (r.min, r.max))


def staffing_differences(table: pd.DataFrame, side_a, side_b) -> pd.DataFrame:
    """Posts of the same kind of body on two sides that differ: one row per pair of staffing
    rows (``table`` as :func:`staffing_table` gives it; ``side_a``/``side_b`` boolean masks
    of its rows), ``basis`` ``body``; only posts of one :func:`post_family` are paired.  兴隆县 乡镇综合行政执法队 ≥10名 vs 沂水县 综合执法办公室
    4–5名: the same function (综合行政执法), different posts."""
    st = table.assign(_a=np.asarray(side_a, bool), _b=np.asarray(side_b, bool))
    st = st[(st["_a"] | st["_b"]) & (st["core_body"].fillna("").str.len() >= 2)]
    st = st.assign(function=st["core_body"].map(body_function), family=st["post_kind"].map(post_family))
    rows = []
    for (fn, _), g in st.groupby(["function", "family"], sort=True):
        for x in g[g["_a"]].itertuples(index=False):
            for y in g[g["_b"]].itertuples(index=False):
                if _bounds(x) == _bounds(y) or (x.doc_key == y.doc_key):
                    continue

                def val(r):
                    return f"{r.body} {r.kind + ' ' if isinstance(r.kind, str) else ''}{r.value}"

                rows.append({"field": "staffing", "basis": "body", "body": fn,
                             "region_a": x.region, "value_a": val(x), "doc_key_a": x.doc_key, "start_a": int(x.start),
                             "end_a": int(x.end), "text_a": x.text, "context_a": x.context,
                             "region_b": y.region, "value_b": val(y), "doc_key_b": y.doc_key, "start_b": int(y.start),
                             "end_b": int(y.end), "text_b": y.text, "context_b": y.context})
    return pd.DataFrame(rows, columns=STAFFING_DIFF_COLUMNS)
