"""Divergent measures: the same measure in two regions whose fields differ.

Two alignments:

* **by text** (``basis="text"``): each verified near/contained pair of units from two
  documents (:mod:`duplicates`).  The fields extracted inside each unit (the store's
  mentions, read by :func:`fields.unit_fields`) are compared: STAFFING (min/max with the
  body and kind), DEADLINE (date and relation), ITEM_COUNT (value) in order of
  appearance; PRINCIPLE parts and ORG bodies (region prefixes taken off) as sets.  Then
  the two texts are aligned character by character (``difflib`` local alignment) and
  every other changed number (fines, days, counts: ``field="number"``) is listed with
  its span, unless a typed field above already covers it.
* **by body** (``basis="body"``): staffing numbers of the same body (its name without
  region and level prefix, :func:`fields.core_body`, and without its organisational head:
  队/办公室/中心…, :func:`body_function`) in two regions, even when the
  sentences differ (兴隆县 乡镇综合行政执法队 ≥10名 vs …).  Groups larger than
  ``max_group`` are compared with their first row only (a star), so the rows stay linear.

One row per differing field: ``field``, ``basis``, ``similarity``, ``cluster_id``, and for
each side ``region_*``, ``value_*``, ``doc_*``, ``start_*``, ``end_*``, ``span_*`` (the
characters that say the value) and ``unit_*`` (the whole unit).  A field found on one
side only has an empty value on the other, and its span there is the unit.
"""

from __future__ import annotations

import difflib
import re

import numpy as np
import pandas as pd

from policyie.compare.fields import core_body, format_staffing, unit_fields

__all__ = ["find_divergences", "DIVERGENCE_COLUMNS"]

DIVERGENCE_COLUMNS = ["field", "basis", "similarity", "cluster_id",
                      "region_a", "value_a", "doc_a", "start_a", "end_a", "span_a",
                      "region_b", "value_b", "doc_b", "start_b", "end_b", "span_b",
                      "unit_a", "unit_b", "body"]

_NUMCHARS = "0123456789零〇○一二两三四五六七八九十百千万亿.%‰"
_UNITCHARS = "元名人个项日天月年次倍周小时分钟"
_HAS_NUM = re.compile(r"[0-9零〇○一二两三四五六七八九十百千万亿]")


def _expand(text: str, a: int, b: int) -> tuple[int, int]:
    """Grow [a, b) to the whole number with its unit word (五千元, 30日, 百分之二十)."""
    while a > 0 and (text[a - 1] in _NUMCHARS or text[a - 1:a + 1] == "分之"):
        a -= 1
    if a >= 3 and text[a - 3:a] == "百分之":
        a -= 3
    while b < len(text) and (text[b] in _NUMCHARS or text[b] in "分之"):
        b += 1
    while b < len(text) and text[b] in _UNITCHARS:
        b += 1
    return a, b


_ENUM_PREFIX = re.compile(r"^\s*(?:第[0-9零〇一二两三四五六七八九十百千]+[条章节款项]\s*)?"
                          r"(?:[(（][0-9零〇一二两三四五六七八九十百千]+[)）]|[0-9]+[.．、]|[一二三四五六七八九十]+[、是])?")
_NUMBER_VALUE = re.compile(r"^(?:百分之)?[0-9零〇○一二两三四五六七八九十百千万亿.%‰分之]+[元名人个项日天月年次倍周小时分钟]*$")


def _number_diffs(ta: str, tb: str) -> list[tuple[int, int, int, int]]:
    """Changed numbers between two texts: (a_start, a_end, b_start, b_end), local offsets.

    Article and item numbers at the start (第九条, （六）) are not compared, and only
    segments that are a number with its unit word count (五千元 / 一万元, 十日 / 七日)."""
    out = []
    pa, pb = _ENUM_PREFIX.match(ta).end(), _ENUM_PREFIX.match(tb).end()
    sm = difflib.SequenceMatcher(None, ta[pa:], tb[pb:], autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        i1, i2, j1, j2 = i1 + pa, i2 + pa, j1 + pb, j2 + pb
        if op == "equal":
            continue
        if not (_HAS_NUM.search(ta[i1:i2]) or _HAS_NUM.search(tb[j1:j2])):
            continue
        a0, a1 = _expand(ta, i1, i2)
        b0, b1 = _expand(tb, j1, j2)
        a0, b0 = max(a0, pa), max(b0, pb)
        if not (_NUMBER_VALUE.match(ta[a0:a1]) and _NUMBER_VALUE.match(tb[b0:b1])):
            continue  # a number added or dropped with its words: not a changed value
        if ta[a0:a1] == tb[b0:b1]:
            continue
        if out and out[-1][0] == a0 and out[-1][2] == b0:
            continue
        out.append((a0, a1, b0, b1))
    return out


def _fmt(label: str, r) -> str:
    if label == "STAFFING":
        s = format_staffing(r.min_value, r.max_value, r.unit, r.approx)
        who = " ".join(x for x in (r.body, r.kind) if isinstance(x, str) and x)
        return f"{who} {s}".strip()
    if label == "DEADLINE":
        rel = r.relation if isinstance(r.relation, str) else ""
        return f"{rel} {r.date}".strip() if isinstance(r.date, str) else r.text
    if label == "ITEM_COUNT":
        return f"{int(r.value)}{r.unit or ''}" if r.value is not None and not pd.isna(r.value) else r.text
    return r.text


def _key(label: str, r):
    if label == "STAFFING":
        return (None if pd.isna(r.min_value) else int(r.min_value), None if pd.isna(r.max_value) else int(r.max_value))
    if label == "DEADLINE":
        return (r.date, r.relation)
    if label == "ITEM_COUNT":
        return None if pd.isna(r.value) else int(r.value)
    return r.text


def find_divergences(con, dup, *, by_body: bool = True, max_group: int = 30,
                     staffing: pd.DataFrame | None = None, progress: bool = False) -> pd.DataFrame:
    """Divergences of a :class:`duplicates.DuplicateResult` (and, with ``by_body``, of the
    staffing table; pass ``staffing`` to reuse one already built)."""
    from tqdm.auto import tqdm

    units = dup.units
    pairs = dup.pairs[dup.pairs["kind"] != "exact"]
    doc = units["doc_key"].to_numpy()
    pairs = pairs[doc[pairs["unit_a"].to_numpy()] != doc[pairs["unit_b"].to_numpy()]]
    involved = np.unique(np.concatenate([pairs["unit_a"].to_numpy(), pairs["unit_b"].to_numpy()]))
    fields = unit_fields(con, units.iloc[involved]) if len(involved) else pd.DataFrame(
        columns=["unit_id", "label"])
    by_unit: dict = {}
    for r in fields.itertuples(index=False):  # unit -> label -> mentions, built once
        by_unit.setdefault(r.unit_id, {}).setdefault(r.label, []).append(r)
    rows: list[dict] = []
    U = units.set_index("unit_id")
    texts, starts = U["text"].to_numpy(), U["start"].to_numpy()
    regions, province = U["region"].to_numpy(), U["province"].to_numpy()
    city, county = U["city"].to_numpy(), U["county"].to_numpy()
    empty: dict = {}
    for p in tqdm(pairs.itertuples(index=False), total=len(pairs), desc="divergences", unit="pair",
                  disable=not progress, leave=False):
        a, b = p.unit_a, p.unit_b
        fa, fb = by_unit.get(a, empty), by_unit.get(b, empty)

        def side(u, r=None, value=None):
            if r is None:
                return dict(value=value, doc=doc[u], start=int(starts[u]), end=int(starts[u] + len(texts[u])),
                            span=texts[u])
            return dict(value=value, doc=doc[u], start=int(r.start), end=int(r.end), span=r.text)

        def emit(field, sa, sb, body=None):
            rows.append({"field": field, "basis": "text", "similarity": round(float(p.jaccard), 3),
                         "cluster_id": int(p.cluster_id),
                         "region_a": regions[a], "value_a": sa["value"], "doc_a": sa["doc"], "start_a": sa["start"],
                         "end_a": sa["end"], "span_a": sa["span"],
                         "region_b": regions[b], "value_b": sb["value"], "doc_b": sb["doc"], "start_b": sb["start"],
                         "end_b": sb["end"], "span_b": sb["span"],
                         "unit_a": texts[a], "unit_b": texts[b], "body": body})

        covered_a, covered_b = [], []
        for label, field in (("STAFFING", "staffing"), ("DEADLINE", "deadline"), ("ITEM_COUNT", "item_count")):
            la, lb = fa.get(label, []), fb.get(label, [])
            covered_a += [(r.start, r.end) for r in la]
            covered_b += [(r.start, r.end) for r in lb]
            for i in range(max(len(la), len(lb))):
                ra = la[i] if i < len(la) else None
                rb = lb[i] if i < len(lb) else None
                if ra is not None and rb is not None and _key(label, ra) == _key(label, rb):
                    continue
                body = (ra.body if ra is not None and label == "STAFFING" else None) or \
                       (rb.body if rb is not None and label == "STAFFING" else None)
                emit(field, side(a, ra, _fmt(label, ra) if ra is not None else None),
                     side(b, rb, _fmt(label, rb) if rb is not None else None),
                     body if isinstance(body, str) else None)
        # principles: parts as sets
        pa = {x for r in fa.get("PRINCIPLE", []) for x in (r.parts if r.parts is not None else [])}
        pb = {x for r in fb.get("PRINCIPLE", []) for x in (r.parts if r.parts is not None else [])}
        if pa != pb and (pa or pb):
            emit("principle", side(a, value="、".join(sorted(pa - pb)) or None),
                 side(b, value="、".join(sorted(pb - pa)) or None))
        # bodies: sets of names without region / level prefixes
        oa = {core_body(r.text, (province[a], city[a], county[a])) for r in fa.get("ORG", [])}
        ob = {core_body(r.text, (province[b], city[b], county[b])) for r in fb.get("ORG", [])}
        oa.discard("")
        ob.discard("")
        if oa - ob and ob - oa:  # a body replaced by another, not one merely unmentioned
            emit("bodies", side(a, value="、".join(sorted(oa - ob)) or None),
                 side(b, value="、".join(sorted(ob - oa)) or None))
        # other numbers, by local alignment of the two texts
        ta, tb = texts[a], texts[b]
        for a0, a1, b0, b1 in _number_diffs(ta, tb):
            ga, gb = int(starts[a]) + a0, int(starts[b]) + b0
            if any(s < ga + (a1 - a0) and ga < e for s, e in covered_a) or \
                    any(s < gb + (b1 - b0) and gb < e for s, e in covered_b):
                continue
            emit("number", dict(value=ta[a0:a1], doc=doc[a], start=ga, end=ga + (a1 - a0), span=ta[a0:a1]),
                 dict(value=tb[b0:b1], doc=doc[b], start=gb, end=gb + (b1 - b0), span=tb[b0:b1]))
    out = pd.DataFrame(rows, columns=DIVERGENCE_COLUMNS)
    if by_body:
        from policyie.compare.staffing import staffing_table

        st = staffing if staffing is not None else staffing_table(con)
        out = pd.concat([out, _by_body(st, max_group)], ignore_index=True) if len(out) else _by_body(st, max_group)
    return out.reset_index(drop=True)


_BODY_HEAD = re.compile(r"(?:中队|大队|队|办公室|执法局|局|所|站|服务中心|中心)$")


def body_function(core: str) -> str:
    """The function a body serves, its organisational head dropped, so that one county's
    综合行政执法队 and another's 综合行政执法办公室 compare: both → 综合行政执法."""
    f = _BODY_HEAD.sub("", core or "")
    return f if len(f) >= 2 else (core or "")


def _nums(r) -> tuple:
    return tuple(None if v is None or pd.isna(v) else int(v) for v in (r.min, r.max))


def _by_body(st: pd.DataFrame, max_group: int) -> pd.DataFrame:
    rows = []
    st = st[st["core_body"].fillna("").str.len() >= 2]
    st = st.assign(function=st["core_body"].map(body_function))
    for body, g in st.groupby("function", sort=True):
        if g["region"].nunique() < 2:
            continue
        recs = list(g.itertuples(index=False))
        if len(recs) <= max_group:
            pairs = [(x, y) for i, x in enumerate(recs) for y in recs[i + 1:]]
        else:
            pairs = [(recs[0], y) for y in recs[1:]]
        for x, y in pairs:
            if x.region == y.region or _nums(x) == _nums(y):
                continue

            def val(r):
                return f"{r.body} {r.kind + ' ' if isinstance(r.kind, str) else ''}{r.value}"

            rows.append({"field": "staffing", "basis": "body", "similarity": np.nan, "cluster_id": -1,
                         "region_a": x.region, "value_a": val(x), "doc_a": x.doc_key, "start_a": int(x.start),
                         "end_a": int(x.end), "span_a": x.text,
                         "region_b": y.region, "value_b": val(y), "doc_b": y.doc_key, "start_b": int(y.start),
                         "end_b": int(y.end), "span_b": y.text, "unit_a": x.context, "unit_b": y.context,
                         "body": body})
    return pd.DataFrame(rows, columns=DIVERGENCE_COLUMNS)
