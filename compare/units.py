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

__all__ = ["UNIT_COLUMNS", "split_units", "normalize", "mask_numbers", "is_history_note", "is_effective_date", "load_units",
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


_EFFECTIVE = re.compile(
    rf"^\s*(?:第[{_CN}千\d]+条\s*)?本(?:条例|办法|规定|细则|规则|决定|守则|准则)(?:自|从|于)[^。；]{{0,40}}?(?:施行|实施|生效)"
    r"|同时(?:废止|失效)[。；]?\s*$")


def is_effective_date(text: str) -> bool:
    """The effective-date article (本条例自…起施行) or the repeal of the text it replaces: not a
    measure (the labelling sheet, ``corpora/align-gold/LABELLING.md``), so never aligned;
    a rule about the time before it (本条例施行前…) is a measure.

    >>> is_effective_date("第五十条 本条例自2022年1月1日起施行。"), is_effective_date("本条例施行前已经设立的，应当补办手续。")
    (True, False)
    """
    return bool(_EFFECTIVE.search(unicodedata.normalize("NFKC", text).strip()))


def region_display(province, city, county) -> str:
    """``河北省承德市兴隆县``; a municipality's doubled name (北京市北京市) said once
    (:func:`policyie.corpora.region_names.region_name`, the one naming)."""
    return region_name(province, city, county)


def open_connection(db):
    """A read-only DuckDB connection to the store file ``db`` (FileNotFoundError if absent)."""
    import os

    import duckdb

    from policyie.corpora.store import release_memory_in_background

    if not os.path.exists(db):
        raise FileNotFoundError(f"store not found: {db} (create it with `policyie ingest PATH --db {db}`)")
    return release_memory_in_background(duckdb.connect(str(db), read_only=True))


def _matches_regions(frame: pd.DataFrame, regions: Sequence[str] | None) -> pd.Series:
    if not regions:
        return pd.Series(True, index=frame.index)
    keep = pd.Series(False, index=frame.index)
    for r in map(canonical_region, regions):  # 重庆市重庆市 (old stores, old habits) is 重庆市
        for col in ("region", "province", "city", "county"):
            if col in frame:
                keep |= frame[col].fillna("").astype(str).str.contains(r, regex=False)
    return keep


_DOC_COLUMNS = ("doc_key", "doc_id", "title", "region", "province", "city", "county", "date")


def _unit_rows(owners: Iterable[int], provision_ids: Iterable, starts: Iterable, texts: Iterable, *,
               level: str, min_chars: int, rows: dict[str, list] | None = None) -> dict[str, list]:
    """The units of provisions as columns of lists (``owner``: the provision's row in the
    frame that holds its document columns), appended to ``rows`` when given.  Only the
    unit's own strings are made here; the document columns are taken once per column by
    :func:`_unit_frame` (a Python string per unit and column was most of the memory that
    loading the whole store left behind)."""
    rows = rows if rows is not None else {c: [] for c in ("owner", "provision_id", "start", "end", "text", "norm")}
    for owner, pid, base, text in zip(owners, provision_ids, starts, texts):
        text = text if isinstance(text, str) else ""
        base = int(base)
        for s, e in split_units(text, base, level=level):
            t = text[s - base:e - base]
            n = normalize(t)
            if len(n) < min_chars or is_history_note(t):
                continue
            rows["owner"].append(owner)
            rows["provision_id"].append(pid)
            rows["start"].append(s)
            rows["end"].append(e)
            rows["text"].append(t)
            rows["norm"].append(n)
    return rows


def _unit_frame(rows: dict[str, list], owners: pd.DataFrame, *, order: np.ndarray | None = None,
                columns: Sequence[str] = UNIT_COLUMNS) -> pd.DataFrame:
    """The units frame (``columns``) of :func:`_unit_rows`'s lists and the frame ``owners``
    they point into: the rows ``order`` (positions into the lists; all, in list order, when
    None).  Each column is made once, in its final order."""
    owner = np.asarray(rows["owner"], dtype=np.int64)
    order = np.arange(len(owner)) if order is None else order
    at = owner[order]
    cols: dict[str, object] = {}
    for c in columns:
        if c == "unit_id":
            cols[c] = np.arange(len(order), dtype=np.int64)
        elif c in _DOC_COLUMNS:
            cols[c] = owners[c].take(at).reset_index(drop=True)
        elif c in ("start", "end", "n_items"):
            cols[c] = np.asarray(rows[c], dtype=np.int64)[order]
        else:
            lst = rows[c]
            cols[c] = [lst[i] for i in order.tolist()]
    return pd.DataFrame(cols, columns=list(columns))


def _document_order(rows: dict[str, list], owners: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """The rows in document order (by document key, then start; ties keep list order) and
    each row's document as a number (its rank among the keys)."""
    owner = np.asarray(rows["owner"], dtype=np.int64)
    codes = pd.factorize(owners["doc_key"], sort=True)[0] if len(owners) else np.zeros(0, dtype=np.int64)
    doc = codes[owner]
    return np.lexsort((np.asarray(rows["start"], dtype=np.int64), doc)), doc


def units_from_provisions(provisions: pd.DataFrame, *, level: str = "sentence",
                          min_chars: int = 0, regions: Sequence[str] | None = None) -> pd.DataFrame:
    """Units of a provisions frame (store columns ``start_pos``/``end_pos`` or ``start``/``end``),
    in the frame's order.

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
    prov = prov[_matches_regions(prov, regions)].reset_index(drop=True)
    rows = _unit_rows(range(len(prov)), prov["provision_id"], prov["start"], prov["text"],
                      level=level, min_chars=min_chars)
    return _unit_frame(rows, prov)


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


def _store_unit_rows(con, doc_keys: Sequence[str] | None = None, *, min_chars: int = 0,
                     level: str = "sentence") -> tuple[dict[str, list], pd.DataFrame]:
    """The unit rows (:func:`_unit_rows`) of the provisions of a store (all documents, or
    ``doc_keys``) and the documents frame they point into.  Provisions are read a chunk at
    a time with only their own columns, so memory follows the units, not the query result."""
    cond_d, args_d = _where(doc_keys)
    docs = con.execute(_DOCS_SQL.format(where=f"WHERE {cond_d}" if cond_d else ""), args_d).df()
    docs["region"] = [region_display(a, b, c) for a, b, c in zip(docs["province"], docs["city"], docs["county"])]
    cond, args = _where(doc_keys, "p.")
    cur = con.execute("SELECT p.doc_key, p.provision_id, p.start_pos, p.end_pos, p.text FROM provisions p "
                      + (f"WHERE {cond} " if cond else ""), args)  # no ORDER BY: units are sorted after
    row_of = {k: i for i, k in enumerate(docs["doc_key"].tolist())}
    rows = _unit_rows((), (), (), (), level=level, min_chars=min_chars)
    while True:
        chunk = cur.fetchmany(16_384)
        if not chunk:
            break
        keys, pids, starts, _ends, texts = zip(*chunk)
        _unit_rows([row_of[k] for k in keys], pids, starts, texts, level=level, min_chars=min_chars, rows=rows)
    return rows, docs


def _store_units(con, doc_keys: Sequence[str] | None = None, *, min_chars: int = 0,
                 level: str = "sentence") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Units of the provisions of a store sorted by document and position, and the documents frame."""
    rows, docs = _store_unit_rows(con, doc_keys, min_chars=min_chars, level=level)
    return _unit_frame(rows, docs, order=_document_order(rows, docs)[0]), docs


def measure_units(con, doc_keys: Sequence[str] | None = None, *, min_chars: int = 4) -> pd.DataFrame:
    """Units of the documents ``doc_keys`` (all when None) of a store, in document order:
    the columns of :data:`UNIT_COLUMNS` plus ``kind`` (``sentence`` / ``lead-in``),
    ``n_items`` (items enumerated under a lead-in, else 0), ``date`` (the document's) and
    ``seq`` (order in the document).  ``text == document_text[start:end]`` for every unit.
    The frame is made once from lists (sentences and lead-ins together), not by joining,
    sorting and filtering frames: each of those steps copied every column.
    """
    rows, docs = _store_unit_rows(con, doc_keys, min_chars=min_chars)
    # the sentences' documents, places and list items, to count the items under each lead-in
    n = len(rows["owner"])
    sent_owner = np.asarray(rows["owner"], dtype=np.int64)
    sent_start, sent_end = np.asarray(rows["start"], dtype=np.int64), np.asarray(rows["end"], dtype=np.int64)
    is_item = np.fromiter((bool(_ITEM.match(t)) for t in rows["text"]), dtype=bool, count=n)
    by_doc = np.argsort(sent_owner, kind="stable")
    cuts = np.searchsorted(sent_owner[by_doc], np.arange(len(docs) + 1))
    rows["kind"] = ["sentence"] * n
    rows["n_items"] = [0] * n
    row_of = {k: i for i, k in enumerate(docs["doc_key"].tolist())}
    cond_s, args_s = _where(doc_keys, "s.")
    leads = con.execute(_LEADIN_SQL.format(where=f"AND {cond_s}" if cond_s else ""), args_s).df()
    for r in leads.itertuples(index=False):
        head, base = r.head, int(r.start_pos)
        pos = head.find(r.title) if isinstance(head, str) else -1
        if pos < 0 or r.doc_key not in row_of:
            continue
        s, e = split_units(head[:pos + len(r.title)], base, level="provision")[-1]
        d = row_of[r.doc_key]
        ix = by_doc[cuts[d]:cuts[d + 1]]
        n_items = int(is_item[ix][(sent_start[ix] >= e) & (sent_end[ix] <= r.end_pos)].sum())
        for c, v in (("owner", d), ("provision_id", None), ("start", s), ("end", e), ("text", head[s - base:e - base]),
                     ("norm", normalize(head[s - base:e - base])), ("kind", "lead-in"), ("n_items", n_items)):
            rows[c].append(v)
    # in document order, a sentence before a lead-in at the same place, which it replaces
    order, doc = _document_order(rows, docs)
    owner = np.asarray(rows["owner"], dtype=np.int64)
    d, st = doc[order], np.asarray(rows["start"], dtype=np.int64)[order]
    keep = np.ones(len(order), dtype=bool)
    keep[1:] = (d[1:] != d[:-1]) | (st[1:] != st[:-1])
    # the document's own title line is not a measure
    title_norm = [normalize(t) if isinstance(t, str) else None for t in docs["title"].tolist()]
    norm = rows["norm"]
    keep &= np.fromiter((title_norm[o] != norm[i] for i, o in zip(order.tolist(), owner[order].tolist())),
                        dtype=bool, count=len(order))
    order = order[keep]
    units = _unit_frame(rows, docs, order=order, columns=[c for c in MEASURE_COLUMNS if c != "seq"])
    d = doc[order]
    first = np.flatnonzero(np.concatenate(([True], d[1:] != d[:-1]))) if len(d) else np.zeros(0, dtype=np.int64)
    units["seq"] = np.arange(len(d)) - np.repeat(first, np.diff(np.append(first, len(d))))
    return units[MEASURE_COLUMNS]
