"""Comparison units: provisions cut into sentences, each tied to its document span.

A provision can hold several sentences, and a measure reused from another region is
often one sentence inside a longer provision, so near-duplicate detection works on
sentence-level units by default: the provision text is cut after 。；！？!? (and ;),
leading and trailing white space is trimmed, and each piece keeps its offsets into the
*document* (``text == document_text[start:end]``).  ``level="provision"`` keeps whole
provisions instead.

Every unit row carries: ``unit_id`` (0..n-1), ``doc_key``, ``doc_id``, ``title``,
``region`` (display name, '' when the document names none), ``province``, ``city``,
``county``, ``provision_id``, ``start``, ``end``, ``text`` and ``norm`` (the text
normalised for comparison, see :func:`normalize`).  A regulation's legislative history
lines (2009年9月28日…会议通过) are not units: they date the text, they are not measures.

Units come from a DuckDB store (``provisions`` joined with ``documents``), or from a
pandas frame of provisions (the columns of the store's provisions table, with the
document columns joined, as ``provisions_frame`` returns), or from a frame that already
holds units (it has a ``unit_id`` column).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from policyie.corpora.region_names import canonical_region, region_name

__all__ = ["UNIT_COLUMNS", "split_units", "normalize", "mask_numbers", "is_history_note", "load_units",
           "units_from_provisions", "region_display", "open_connection", "measure_units", "MEASURE_COLUMNS", "article_ids", "doc_keys_of_regions"]

UNIT_COLUMNS = ["unit_id", "doc_key", "doc_id", "title", "region", "province", "city", "county",
                "provision_id", "start", "end", "text", "norm", "date"]

# A unit ends after one of these (closing quotes and brackets stay with it).
_UNIT_END = re.compile(r"[。；;！？!?]+[”’」』)）]*")

_CN = "一二三四五六七八九十百零〇两"
# Enumerators that open a unit: 第一条 / 第二章 / （一） / 一、 / 1. / （1） / ① / 一是.
_LEADING_ENUM = re.compile(
    rf"^(?:第[{_CN}\d]+[条章节款项编部分]|[(（][{_CN}\d]{{1,3}}[)）]|[{_CN}]{{1,3}}[、．.]"
    rf"|\d{{1,2}}[.．、](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|[{_CN}]{{1,3}}是(?=[^\s，,。]))"
)
# Everything that is not a letter, a digit or a CJK character.
_NON_WORD = re.compile(r"[\W_]+")
# A number, Arabic or Chinese (runs of numeral characters).
_NUMBER = re.compile(r"\d+(?:\.\d+)?|[零〇○一二两三四五六七八九十百千万亿]+")
# A regulation's legislative history line (题注): 2009年9月28日浙江省第十一届人民代表大会常务委员会
# 第十三次会议通过 / …批准 / …修正: a date of the text, not a measure.
_HISTORY = re.compile(r"^[(（]?(?:\d{4}|[一二〇○零三四五六七八九]{4})年.{0,80}?(?:会议|公告)")


def split_units(text: str, start: int = 0, *, level: str = "sentence") -> list[tuple[int, int]]:
    """Spans ``(s, e)`` of the units of ``text``, offset by ``start``.

    >>> split_units("一是建立机制。二是落实责任；其他 ", 100)
    [(100, 107), (107, 114), (114, 116)]
    """
    if level not in ("sentence", "provision"):
        raise ValueError(f"unknown unit level {level!r} (sentence or provision)")
    cuts = [0]
    if level == "sentence":
        cuts += [m.end() for m in _UNIT_END.finditer(text)]
    cuts.append(len(text))
    spans = []
    for a, b in zip(cuts, cuts[1:]):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((start + a, start + b))
    return spans


def normalize(text: str) -> str:
    """The text compared by shingling: NFKC, the opening enumerator dropped (第三条,
    （一）, 1., 一是…), then every space, punctuation mark and symbol dropped.

    >>> normalize("（二）乡镇综合行政执法队， 人员编制不少于１０名。")
    '乡镇综合行政执法队人员编制不少于10名'
    """
    s = unicodedata.normalize("NFKC", text).strip()
    for _ in range(2):  # 第五条 （一）… carries two
        m = _LEADING_ENUM.match(s)
        if not m:
            break
        s = s[m.end():].lstrip()
    return _NON_WORD.sub("", s)


def mask_numbers(norm: str) -> str:
    """``norm`` with every number replaced by ``#``: the form that near-duplicate
    similarity is measured on, so that the same measure with another number (不少于10名 /
    不少于8名, 自2019年1月1日起施行 / 自2021年3月1日起施行) is recognised as the same, and
    the number becomes a divergence instead of lowering the similarity.

    >>> mask_numbers("人员编制不少于10名处五千元以上二万元以下罚款")
    '人员编制不少于#名处#元以上#元以下罚款'
    """
    return _NUMBER.sub("#", norm)


def is_history_note(text: str) -> bool:
    """A regulation's adoption/amendment note (…会议通过 / 批准 / 修正), not a measure."""
    return bool(_HISTORY.match(unicodedata.normalize("NFKC", text).strip()))


def region_display(province, city, county) -> str:
    """``河北省承德市兴隆县``; a municipality's doubled name (北京市北京市) said once
    (:func:`policyie.corpora.region_names.region_name`, the one naming)."""
    return region_name(province, city, county)


def open_connection(db):
    """A read-only DuckDB connection to the store file ``db`` (FileNotFoundError if absent)."""
    import os

    import duckdb

    if not os.path.exists(db):
        raise FileNotFoundError(f"store not found: {db} (create it with `policyie ingest PATH --db {db}`)")
    return duckdb.connect(str(db), read_only=True)


def _matches_regions(frame: pd.DataFrame, regions: Sequence[str] | None) -> pd.Series:
    if not regions:
        return pd.Series(True, index=frame.index)
    keep = pd.Series(False, index=frame.index)
    for r in map(canonical_region, regions):  # 重庆市重庆市 (old stores, old habits) is 重庆市
        for col in ("region", "province", "city", "county"):
            if col in frame:
                keep |= frame[col].fillna("").astype(str).str.contains(r, regex=False)
    return keep


def units_from_provisions(provisions: pd.DataFrame, *, level: str = "sentence",
                          min_chars: int = 0, regions: Sequence[str] | None = None) -> pd.DataFrame:
    """Units of a provisions frame (store columns ``start_pos``/``end_pos`` or ``start``/``end``).

    Units whose normalised text is shorter than ``min_chars`` are left out (headings such as
    第一条 总则, 附件, page debris).
    """
    prov = provisions
    if "start_pos" in prov.columns:
        prov = prov.rename(columns={"start_pos": "start", "end_pos": "end"})
    for col in ("doc_id", "title", "province", "city", "county", "date"):
        if col not in prov.columns:
            prov = prov.assign(**{col: None})
    if "region" not in prov.columns or prov["region"].isna().all():
        prov = prov.assign(region=[region_display(a, b, c) for a, b, c in
                                   zip(prov["province"], prov["city"], prov["county"])])
    else:
        prov = prov.assign(region=[region_display(a, b, c) or (r if isinstance(r, str) else "")
                                   for a, b, c, r in zip(prov["province"], prov["city"], prov["county"],
                                                         prov["region"])])
    prov = prov[_matches_regions(prov, regions)]
    rows: dict[str, list] = {c: [] for c in UNIT_COLUMNS[1:]}
    keep_cols = ("doc_key", "doc_id", "title", "region", "province", "city", "county", "provision_id", "date")
    for rec in prov[list(keep_cols) + ["start", "end", "text"]].itertuples(index=False):
        text = rec.text if isinstance(rec.text, str) else ""
        base = int(rec.start)
        for s, e in split_units(text, base, level=level):
            t = text[s - base:e - base]
            n = normalize(t)
            if len(n) < min_chars or is_history_note(t):
                continue
            for c in keep_cols:
                rows[c].append(getattr(rec, c))
            rows["start"].append(s)
            rows["end"].append(e)
            rows["text"].append(t)
            rows["norm"].append(n)
    out = pd.DataFrame(rows, columns=UNIT_COLUMNS[1:])
    out.insert(0, "unit_id", range(len(out)))
    out["start"] = out["start"].astype("int64")
    out["end"] = out["end"].astype("int64")
    return out


def load_units(source, *, level: str = "sentence", min_chars: int = 0,
               regions: Sequence[str] | None = None, doc_keys: Sequence[str] | None = None) -> pd.DataFrame:
    """Units from a store connection, a store path, a provisions frame or a units frame
    (of the documents ``doc_keys`` of a store, when given)."""
    if isinstance(source, pd.DataFrame):
        if "unit_id" in source.columns:
            units = source[_matches_regions(source, regions)]
            if min_chars:
                units = units[units["norm"].str.len() >= min_chars]
            units = units.reset_index(drop=True)
            return units.assign(unit_id=range(len(units)))
        return units_from_provisions(source, level=level, min_chars=min_chars, regions=regions)
    if isinstance(source, (str, bytes)) or hasattr(source, "__fspath__"):
        con = open_connection(source)
        try:
            return load_units(con, level=level, min_chars=min_chars, regions=regions, doc_keys=doc_keys)
        finally:
            con.close()
    keys = list(doc_keys) if doc_keys is not None else None
    if regions:
        allowed = None if keys is None else set(keys)
        keys = [k for k in doc_keys_of_regions(source, regions) if allowed is None or k in allowed]
    return _store_units(source, keys, min_chars=min_chars, level=level)[0]


def doc_keys_of_regions(con, regions: Sequence[str] | None) -> list[str] | None:
    """The documents of a store whose region (full name, province, city or county) contains
    one of ``regions``; None (every document) when no region is given."""
    if not regions:
        return None
    docs = con.execute("SELECT doc_key, province, city, county FROM documents").df()
    docs["region"] = [region_display(a, b, c) for a, b, c in zip(docs["province"], docs["city"], docs["county"])]
    return list(docs.loc[_matches_regions(docs, regions), "doc_key"])


def iter_chunks(n: int, size: int) -> Iterable[tuple[int, int]]:
    for a in range(0, n, size):
        yield a, min(n, a + size)


# ---------------------------------------------------------------------------------------
# Measure units: the sentence units plus each article's lead-in (第十一条 志愿者享有下列权利：),
# which segmentation keeps as a section title, not a provision, with the number of items
# enumerated under it (a list's length is a field of the measure).

# ``norm`` (the duplicate detector's form) is not kept: alignment compares its own form
# (:func:`vectors.comparable`), and the column would double the units' memory.
MEASURE_COLUMNS = [c for c in UNIT_COLUMNS if c != "norm"] + ["kind", "n_items", "seq"]

# The head of each section whose title is a lead-in (only the first characters of the
# section: the whole texts are never loaded).
_LEADIN_SQL = """
SELECT s.doc_key, s.start_pos, s.end_pos, s.marker, s.title,
       substr(d.text, s.start_pos + 1, least(s.end_pos - s.start_pos, 600)) AS head
FROM sections s JOIN documents d USING (doc_key)
WHERE (s.title LIKE '%：' OR s.title LIKE '%:') {where}
"""
_DOCS_SQL = "SELECT doc_key, doc_id, title, province, city, county, date FROM documents {where}"
_ITEM = re.compile(rf"^\s*(?:[(（][{_CN}]{{1,3}}[)）]|[{_CN}]{{1,3}}[、．]|\d{{1,2}}[.．、](?!\d)|[(（]\d{{1,2}}[)）])")


_ARTICLE = re.compile(rf"^\s*第[{_CN}\d]+条")


def article_ids(texts: Sequence[str]) -> np.ndarray:
    """The article (第X条) each unit of one document belongs to, numbered from 0 (units before
    the first article are article 0).

    >>> article_ids(["总则", "第一条 目的。", "定义。", "第二条 范围：", "（一）甲；"]).tolist()
    [0, 1, 1, 2, 2]
    """
    starts = np.fromiter((bool(_ARTICLE.match(t)) for t in texts), dtype=bool, count=len(texts))
    return np.cumsum(starts)


def _where(doc_keys: Sequence[str] | None, alias: str = "") -> tuple[str, list]:
    if doc_keys is None:
        return "", []
    col = f"{alias}doc_key"
    return f"{col} IN (SELECT unnest(?::VARCHAR[]))", [list(doc_keys)]


def _store_units(con, doc_keys: Sequence[str] | None = None, *, min_chars: int = 0,
                 level: str = "sentence") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Units of the provisions of a store (all documents, or ``doc_keys``) sorted by document
    and position, and the documents frame.  Provisions are read a chunk at a time with only
    their own columns, and the document columns joined from the (small) documents frame, so
    memory follows the units, not the query result."""
    cond_d, args_d = _where(doc_keys)
    docs = con.execute(_DOCS_SQL.format(where=f"WHERE {cond_d}" if cond_d else ""), args_d).df()
    docs["region"] = [region_display(a, b, c) for a, b, c in zip(docs["province"], docs["city"], docs["county"])]
    cond, args = _where(doc_keys, "p.")
    cur = con.execute("SELECT p.doc_key, p.provision_id, p.start_pos, p.end_pos, p.text FROM provisions p "
                      + (f"WHERE {cond} " if cond else ""), args)  # no ORDER BY: units are sorted below
    info = docs.set_index("doc_key")
    parts = []
    while True:
        chunk = cur.fetch_df_chunk(8)
        if chunk is None or not len(chunk):
            break
        for c in ("doc_id", "title", "province", "city", "county", "date", "region"):
            chunk[c] = chunk["doc_key"].map(info[c])
        parts.append(units_from_provisions(chunk, min_chars=min_chars, level=level))
    empty = pd.DataFrame(columns=["doc_key", "provision_id", "start", "end", "text", "doc_id", "title", "province",
                                  "city", "county", "date", "region"])
    units = pd.concat(parts, ignore_index=True) if parts else units_from_provisions(empty, level=level)
    units = units.sort_values(["doc_key", "start"], kind="stable").reset_index(drop=True)
    units["unit_id"] = range(len(units))
    return units, docs


def measure_units(con, doc_keys: Sequence[str] | None = None, *, min_chars: int = 4) -> pd.DataFrame:
    """Units of the documents ``doc_keys`` (all when None) of a store, in document order:
    the columns of :data:`UNIT_COLUMNS` plus ``kind`` (``sentence`` / ``lead-in``),
    ``n_items`` (items enumerated under a lead-in, else 0), ``date`` (the document's) and
    ``seq`` (order in the document).  ``text == document_text[start:end]`` for every unit.
    """
    units, docs = _store_units(con, doc_keys, min_chars=min_chars)
    units["kind"] = "sentence"
    units["n_items"] = 0
    cond_s, args_s = _where(doc_keys, "s.")
    leads = con.execute(_LEADIN_SQL.format(where=f"AND {cond_s}" if cond_s else ""), args_s).df()
    rows = []
    info = docs.set_index("doc_key")
    is_item = units["text"].str.match(_ITEM).to_numpy()
    items_of = {k: (units["start"].to_numpy()[ix], units["end"].to_numpy()[ix], is_item[ix])
                for k, ix in units.groupby("doc_key").indices.items()}
    for r in leads.itertuples(index=False):
        head, base = r.head, int(r.start_pos)
        pos = head.find(r.title) if isinstance(head, str) else -1
        if pos < 0:
            continue
        s, e = split_units(head[:pos + len(r.title)], base, level="provision")[-1]
        starts, ends, item = items_of.get(r.doc_key, (np.zeros(0), np.zeros(0), np.zeros(0, bool)))
        n_items = int(item[(starts >= e) & (ends <= r.end_pos)].sum())
        d = info.loc[r.doc_key]
        rows.append({"doc_key": r.doc_key, "doc_id": d["doc_id"], "title": d["title"], "region": d["region"],
                     "province": d["province"], "city": d["city"], "county": d["county"],
                     "provision_id": None, "date": d["date"], "start": s, "end": e, "text": head[s - base:e - base],
                     "norm": normalize(head[s - base:e - base]),
                     "kind": "lead-in", "n_items": n_items})
    if rows:
        units = pd.concat([units, pd.DataFrame(rows)], ignore_index=True)
    units = units.sort_values(["doc_key", "start"], kind="stable").drop_duplicates(["doc_key", "start"])
    # The document's own title line is not a measure.
    title_norm = {k: normalize(t) for k, t in zip(docs["doc_key"], docs["title"]) if isinstance(t, str)}
    units = units[[title_norm.get(k) != n for k, n in zip(units["doc_key"], units["norm"])]]
    units["seq"] = units.groupby("doc_key").cumcount()
    units = units.reset_index(drop=True)
    units["unit_id"] = range(len(units))
    units["n_items"] = units["n_items"].astype("int64")
    return units[MEASURE_COLUMNS]
