"""``policyie serve``: the analysts' web page over a policyie store, read-only.

    policyie serve --db out/policyie.duckdb            # http://127.0.0.1:8765/

Standard library only (``http.server.ThreadingHTTPServer``) over one read-only DuckDB
database; each request works on its own cursor of it.  The database is opened with
``read_only=True`` and ``enable_external_access=false`` (locked), so no request can write
to it nor make DuckDB read any other file; every query is fixed SQL with ``?`` parameters.
Static files come from the package's ``static`` folder only.

JSON endpoints (every error is ``{"error": "..."}`` with a 4xx/5xx status; details of a
server fault go to the server log, never into a response):

=============================================  ============================================
``/api/meta``                                  store summary, labels, comparison status
``/api/regions``                               regions of the documents (with their provinces
                                               and cities), documents and provisions in each
``/api/search?q=&region=&label=&limit=&offset=``  provisions holding every term of ``q``
``/api/provision/<provision_id>?doc=``         one provision with its mentions and roles
``/api/compare?a=&b=&q=&limit=``               two regions side by side: differing fields
                                               and aligned provisions, differences marked
``/api/staffing?q=&region=…&body=&post=``       staffing numbers and posts per region; the chart
                                               compares one kind of body and post across regions
``/api/adoption?q=&region=…&min_regions=&max_measures=``  regions × measures
``/api/download.csv?view=search|compare|staffing|adoption&…``  the rows of that view, as
                                               CSV in UTF-8 with a BOM (for Excel)
``/api/openapi.json``                          this API described in OpenAPI 3.1 (for pandas, R…)
=============================================  ============================================

Cross-region comparison uses :mod:`policyie.compare.api` only (nothing here aligns
provisions, finds duplicates or reads divergences; the page only marks, for display, the
characters and mention values in which two aligned texts differ): the near-duplicate result of the whole store is computed once (in
the background from startup, or read back from the cache ``policyie compare`` keeps in
the store, :mod:`policyie.compare.cache`) and each pair of regions is compared once; the
answers of the data views are kept too, since the store cannot change while it is open
read-only.
"""

from __future__ import annotations

import bisect
import socket
from collections import OrderedDict
import csv
import difflib
import io
import json
import logging
import math
import os
import re
import signal
import sys
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

import duckdb

from policyie.corpora.store import MEMORY_SETTINGS, SCHEMA_VERSION, TABLES, StoreError
from policyie.records import LABELS

__all__ = ["ApiError", "App", "Store", "make_server", "serve_cli", "STATIC_DIR"]

log = logging.getLogger("policyie.web")

STATIC_DIR = (Path(__file__).resolve().parent / "static").resolve()
UNKNOWN = "(未识别地区)"

MAX_Q_CHARS = 200
MAX_TERMS = 10
MAX_FIELDS = 64           # query parameters per request
MAX_LIMIT = 500
MAX_DOWNLOAD_LIMIT = 10_000
ALIGN_PER_SIDE = 300      # provisions per side aligned by the search view of a comparison
DIFF_MAX_CHARS = 4000     # character diffs of longer texts are not computed
COMPARISON_WAIT = 25.0    # seconds a request waits for the comparison being computed
PAIR_CACHE = 64           # region pairs whose comparison is kept
DOWNLOAD_PARAMS = ("view", "q", "region", "label", "limit", "offset", "a", "b", "min_regions", "max_measures",
                   "body", "post")
RESPONSE_CACHE_BYTES = 64 << 20  # JSON/CSV answers kept (the store cannot change while served)

FIELD_LABELS = {"staffing": "编制", "deadline": "期限", "item_count": "数量", "principle": "原则",
                "bodies": "机构", "modality": "情态（应当/可以）", "threshold": "门槛", "amount": "金额"}
BASIS_LABELS = {"pair": "同一措施", "body": "同一机构", "duplicate": "相同条文", "same-measure": "同一措施（改写）"}
_MENTION_FIELDS = {"STAFFING": "编制", "DEADLINE": "期限", "ITEM_COUNT": "数量", "PRINCIPLE": "原则", "ORG": "机构"}

_CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
                  ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png",
                  ".ico": "image/x-icon", ".json": "application/json; charset=utf-8",
                  ".txt": "text/plain; charset=utf-8"}
_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class ApiError(Exception):
    """A request that cannot be answered: its status and the message the user sees."""

    def __init__(self, status: int, message: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = int(status)
        self.message = message
        self.headers = headers or {}


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------


def _py(v: Any) -> Any:
    """A JSON-able Python value (numpy/pandas scalars, NaN/NA → None, arrays → lists)."""
    if v is None or isinstance(v, (str, bool)):
        return v
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        return None if math.isnan(v) or math.isinf(v) else v
    if isinstance(v, dict):
        return {str(k): _py(x) for k, x in v.items()}
    if isinstance(v, (list, tuple, set)):
        return [_py(x) for x in v]
    try:
        import numpy as np
        import pandas as pd
    except ImportError:  # pragma: no cover - pandas is a dependency
        return str(v)
    if isinstance(v, np.ndarray):
        return [_py(x) for x in v.tolist()]
    if isinstance(v, np.bool_):
        return bool(v)
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.floating):
        return _py(float(v))
    if v is pd.NA or v is pd.NaT:
        return None
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return str(v)


def _s(v: Any) -> str:
    v = _py(v)
    return v if isinstance(v, str) else ("" if v is None else str(v))


def _terms(q: str) -> list[str]:
    return [t for t in re.split(r"\s+", q.strip()) if t]


def _fold(s: str) -> str:
    f = s.lower()
    return f if len(f) == len(s) else s


def _contains_all(text: str, terms: Sequence[str]) -> bool:
    if not terms:
        return True
    t = _fold(text)
    return all(_fold(x) in t for x in terms)


def _hits(text: str, terms: Sequence[str]) -> list[list[int]]:
    """Merged ``[start, end]`` ranges of every occurrence of the terms in ``text``."""
    if not text or not terms:
        return []
    t = _fold(text)
    spans = []
    for term in terms:
        f = _fold(term)
        i = t.find(f)
        while i >= 0 and len(spans) < 2000:
            spans.append([i, i + len(f)])
            i = t.find(f, i + max(1, len(f)))
    spans.sort()
    out: list[list[int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


def _diff_ranges(ta: str, tb: str) -> tuple[list[list[int]], list[list[int]]] | None:
    """The characters of each text that the other does not have (``difflib`` opcodes)."""
    if len(ta) > DIFF_MAX_CHARS or len(tb) > DIFF_MAX_CHARS:
        return None
    sm = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    ra: list[list[int]] = []
    rb: list[list[int]] = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        if i2 > i1:
            ra.append([i1, i2])
        if j2 > j1:
            rb.append([j1, j2])
    return ra, rb


def _oriented(frame, keys_a: set, keys_b: set) -> list[dict]:
    """Rows of a pairs or divergences frame between the two sides, side a in ``keys_a``
    (rows the other way round are swapped)."""
    out = []
    for r in frame.to_dict("records"):
        if r["doc_key_a"] in keys_a and r["doc_key_b"] in keys_b:
            out.append(r)
        elif r["doc_key_b"] in keys_a and r["doc_key_a"] in keys_b:
            out.append({(k[:-2] + ("_b" if k.endswith("_a") else "_a")) if k.endswith(("_a", "_b")) else k: v
                        for k, v in r.items()})
    return out


def _region_display(province: Any, city: Any, county: Any) -> str:
    try:
        from policyie.compare.units import region_display
    except ImportError:  # pragma: no cover
        parts: list[str] = []
        for p in (province, city, county):
            if isinstance(p, str) and p and (not parts or parts[-1] != p):
                parts.append(p)
        return "".join(parts)
    return region_display(*(x if isinstance(x, str) else None for x in (province, city, county)))


_HEADING_PUNCT = re.compile(r"[，,。；;：:、！？!?“”《》()（）]")
_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[\s\u3000]+(?=[\u4e00-\u9fff])")


def section_headings(path: Sequence[str], max_chars: int = 20) -> list[str]:
    """The headings of a section path (章、节 titles such as 法律责任), without the article
    sentences the path also holds (an article's first sentence stands in for its title).

    >>> section_headings(["总 则", "业主委员会", "分期开发的住宅小区符合条件的，可以成立业主大会"])
    ['总则', '业主委员会']
    """
    out = []
    for part in path:
        h = _CJK_SPACE.sub("", _s(part).strip())
        if h and len(h) <= max_chars and not _HEADING_PUNCT.search(h):
            out.append(h)
    return out


def pd_NA() -> Any:  # noqa: N802 - pandas' missing value, imported when first needed
    import pandas as pd

    return pd.NA


def pd_series(values: list, index) -> Any:
    """An object Series (None stays None; a list assigned to a column would become float NaN)."""
    import pandas as pd

    return pd.Series(values, index=index, dtype=object)


def _first(r: dict, keys: Sequence[str]) -> str | None:
    """The first non-empty text of ``r`` under ``keys`` (the staffing table names a body's
    kind ``body_kind`` or ``core_body``, a post's kind ``post_kind`` or ``kind``)."""
    for k in keys:
        v = _s(r.get(k)).strip()
        if v:
            return v
    return None


def _body_kind(r: dict) -> str | None:
    """The kind of body a staffing row is compared by: the function of the table's
    ``body_kind`` (or of its body), so that 兴隆县 乡镇综合行政执法队 and 沂水县 综合行政执法办公室
    are both 综合行政执法 (:func:`policyie.compare.staffing.body_function`, the comparison's
    own rule)."""
    from policyie.compare.staffing import body_function

    core = _first(r, ("body_kind", "core_body", "body"))
    if not core:
        return None
    return body_function(core) or core


def _post_kind(r: dict) -> str | None:
    """The kind of post a row is compared by: the comparison's post family of the table's
    ``post_kind`` (every 编制 together: 人员编制, 行政编制, 事业编制 → 编制;
    :func:`policyie.compare.staffing.post_family`)."""
    from policyie.compare.staffing import post_family

    kind = _first(r, ("post_kind", "kind"))
    return post_family(kind) or None if kind else None


def _region_name(v: Any) -> str | None:
    """A region as the page names it: the compare API's '' and '(unknown)' are UNKNOWN."""
    v = _py(v)
    if v is None:
        return None
    v = _s(v)
    return UNKNOWN if v in ("", "(unknown)") else v


def _in_region(name: Any, region: str) -> bool:
    name = _s(name) or UNKNOWN
    if region == UNKNOWN:
        return name == UNKNOWN
    return name.startswith(region)


def _csv_cell(v: Any) -> str:
    v = _py(v)
    if v is None:
        return ""
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, list):
        v = "、".join(_csv_cell(x) for x in v)
    if isinstance(v, (int, float)):
        return str(v)
    from policyie.output import guard_cell  # one formula guard for the page, export and compare

    return guard_cell(str(v))


def csv_bytes(columns: Sequence[tuple[str, str]], rows: Iterable[dict]) -> bytes:
    """Rows as CSV in UTF-8 with a BOM; ``columns`` are ``(key, header)`` pairs."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([h for _, h in columns])
    for r in rows:
        w.writerow([_csv_cell(r.get(k)) for k, _ in columns])
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


# ---------------------------------------------------------------------------
# Parameters
# ---------------------------------------------------------------------------


class Params:
    """The query string of one request, checked against what the endpoint accepts."""

    def __init__(self, query: str, endpoint: str, allowed: Iterable[str], multi: Iterable[str] = ()) -> None:
        try:
            pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=False, encoding="utf-8",
                              errors="strict", max_num_fields=MAX_FIELDS)
        except UnicodeDecodeError:
            raise ApiError(400, "查询参数不是有效的 UTF-8 编码 (query string is not valid UTF-8)") from None
        except ValueError:
            raise ApiError(400, f"查询参数过多（最多 {MAX_FIELDS} 个） (too many query parameters)") from None
        allowed = list(allowed)
        multi = set(multi)
        self.endpoint = endpoint
        self.values: dict[str, list[str]] = {}
        for k, v in pairs:
            if k not in allowed:
                raise ApiError(400, f"{endpoint} 不接受参数 {k!r}（可用参数: {', '.join(allowed) or '无'}）"
                                    f" (unknown parameter {k!r})")
            if "\x00" in v:
                raise ApiError(400, f"参数 {k} 含有空字符 (parameter {k} contains a NUL character)")
            self.values.setdefault(k, []).append(v)
        for k, vs in self.values.items():
            if len(vs) > 1 and k not in multi:
                raise ApiError(400, f"参数 {k} 只能给一次 (parameter {k} given {len(vs)} times)")

    def get(self, name: str, default: str | None = None) -> str | None:
        vs = self.values.get(name)
        return vs[0] if vs else default

    def getlist(self, name: str) -> list[str]:
        return [v for v in self.values.get(name, []) if v != ""]

    def text(self, name: str = "q") -> str:
        v = (self.get(name) or "").strip()
        if len(v) > MAX_Q_CHARS:
            raise ApiError(400, f"检索词过长（{len(v)} 字，最多 {MAX_Q_CHARS} 字） (parameter {name} too long)")
        if len(_terms(v)) > MAX_TERMS:
            raise ApiError(400, f"检索词最多 {MAX_TERMS} 个 (too many terms in {name})")
        return v

    def int(self, name: str, default: int, lo: int, hi: int) -> int:
        raw = self.get(name)
        if raw is None or raw == "":
            return default
        if not re.fullmatch(r"\s*[0-9]{1,9}\s*", raw):
            raise ApiError(400, f"参数 {name} 应为 {lo}–{hi} 的整数，收到 {raw[:40]!r} "
                                f"(parameter {name} must be an integer in {lo}..{hi})")
        n = int(raw)
        if not lo <= n <= hi:
            raise ApiError(400, f"参数 {name} 应在 {lo}–{hi} 之间，收到 {n} (parameter {name} out of range {lo}..{hi})")
        return n


# ---------------------------------------------------------------------------
# The store
# ---------------------------------------------------------------------------


# (MEMORY_SETTINGS: the purge of freed memory that every other store connection turns on,
# corpora.store.release_memory_in_background; set at connect here, as the configuration is
# locked after)
_DB_CONFIG = {"enable_external_access": False, "lock_configuration": True, **MEMORY_SETTINGS}


def _open_sealed(p: Path) -> duckdb.DuckDBPyConnection:
    """The store ``p`` opened read-only, with DuckDB's access to other files switched off and
    that setting locked; ``StoreError`` when it is not a policyie store of this version."""
    if not p.exists():
        raise StoreError(f"{p}: no such store")
    if p.is_dir():
        raise StoreError(f"{p}: is a directory, not a store file")
    try:
        con = duckdb.connect(str(p), read_only=True, config=dict(_DB_CONFIG))
    except duckdb.Error as e:
        msg = str(e).splitlines()[0]
        if "lock" in msg.lower():
            raise StoreError(f"{p}: store is locked by another process, e.g. a running ingest ({msg})") from None
        if "not a valid DuckDB database" in msg:
            raise StoreError(f"{p}: not a policyie store (not a DuckDB database file)") from None
        raise StoreError(f"{p}: cannot open store ({msg})") from None
    try:
        tables = {r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
            "AND schema_name = 'main'").fetchall()}
        if "meta" not in tables:
            raise StoreError(f"{p}: not a policyie store (no meta table)")
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:
            raise StoreError(f"{p}: store schema version {row[0] if row else None!r}; "
                             f"this policyie reads version {SCHEMA_VERSION!r}")
        missing = [t for t in TABLES if t not in tables]
        if missing:
            raise StoreError(f"{p}: incomplete policyie store (missing tables: {', '.join(missing)})")
    except BaseException:
        con.close()
        raise
    return con


class Store:
    """A policyie store opened read-only, its regions, and the comparison results (cached)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._con = _open_sealed(self.path)
        self._cursor_lock = threading.Lock()
        self._cmp_lock = threading.Lock()
        self._pair_lock = threading.Lock()
        self._cmp_done = threading.Event()
        self._cmp_thread: threading.Thread | None = None
        self._cmp_started: float | None = None
        self._cmp: dict[str, Any] | None = None
        self._cmp_error: str | None = None
        self._pair_cache: "OrderedDict[tuple, Any]" = OrderedDict()
        self._staffing: Any = None
        self._staffing_lock = threading.Lock()
        self._closed = False
        self._load()
        from policyie.compare.cache import fingerprint

        self.version = fingerprint(self._con)  # the store cannot change while it is open read-only

    # -- connections
    def cursor(self) -> duckdb.DuckDBPyConnection:
        with self._cursor_lock:
            if self._closed:
                raise ApiError(503, "服务正在关闭 (the server is shutting down)")
            return self._con.cursor()

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        cur = self.cursor()
        try:
            return cur.execute(sql, list(params)).fetchall()
        finally:
            cur.close()

    def close(self) -> None:
        with self._cursor_lock:
            self._closed = True
        try:
            self._con.interrupt()  # a comparison query in flight stops now rather than at its end
        except (duckdb.Error, AttributeError):  # pragma: no cover
            pass
        try:
            self._con.close()
        except duckdb.Error:  # pragma: no cover
            pass

    def wait_background(self, timeout: float) -> bool:
        """Wait up to ``timeout`` s for the background comparison; True when none is running."""
        thread = self._cmp_thread
        if thread is not None:
            thread.join(timeout)
        return thread is None or not thread.is_alive()

    # -- documents and regions
    def _load(self) -> None:
        rows = self.query("SELECT d.doc_key, d.doc_id, d.title, d.date, d.province, d.city, d.county, "
                          "(SELECT count(*) FROM provisions p WHERE p.doc_key = d.doc_key) "
                          "FROM documents d ORDER BY d.doc_key")
        self.docs: dict[str, dict] = {}
        counts: dict[str, list[int]] = {}
        levels: dict[str, int] = {}
        for key, doc_id, title, date, prov, city, county, n_prov in rows:
            display = _region_display(prov, city, county) or UNKNOWN
            self.docs[key] = {"doc_key": key, "doc_id": doc_id, "title": title or doc_id, "date": date,
                              "province": prov, "city": city, "county": county, "region": display}
            chain: list[tuple[str, int]] = []
            if display == UNKNOWN:
                chain.append((UNKNOWN, 0))
            else:
                for level, parts in enumerate(((prov,), (prov, city), (prov, city, county)), start=1):
                    name = _region_display(*parts, *([None] * (3 - len(parts))))
                    if name and all(name != c for c, _ in chain):
                        chain.append((name, level))
            for name, level in chain:
                c = counts.setdefault(name, [0, 0])
                c[0] += 1
                c[1] += int(n_prov or 0)
                levels[name] = min(levels.get(name, level), level)
        self.regions = [{"region": name, "level": levels[name], "n_docs": c[0], "n_provisions": c[1]}
                        for name, c in sorted(counts.items(), key=lambda kv: (kv[0] == UNKNOWN, kv[0]))]
        self.region_names = {r["region"] for r in self.regions}
        self.n_provisions = sum(int(r[7] or 0) for r in rows)
        self._load_provisions()

    def _load_provisions(self) -> None:
        """The provisions in the page's order (region, document, position) with their folded
        text and labels, kept in memory: a search scans them in a few milliseconds, where
        ``strpos(lower(text), …)`` in DuckDB took over a second on the whole corpus (``lower``
        of every text for every query), and the store cannot change while it is served."""
        rows = self.query(
            "SELECT p.doc_key, p.provision_id, p.seq, p.section_path, p.text, p.start_pos, p.end_pos "
            "FROM provisions p JOIN documents d USING (doc_key) "
            "ORDER BY d.province NULLS LAST, d.city NULLS LAST, d.county NULLS LAST, p.doc_key, p.seq, p.provision_id")
        self.provisions = [(k, pid, seq, tuple(sec or ()), text or "", start, end)
                           for k, pid, seq, sec, text, start, end in rows]
        self.folded = [_fold(r[4]) for r in self.provisions]
        self.labels = {(k, pid): tuple(ls or ()) for k, pid, ls in self.query(
            "SELECT doc_key, provision_id, list(DISTINCT label ORDER BY label) FROM mentions "
            "WHERE provision_id IS NOT NULL GROUP BY doc_key, provision_id")}

    def find_provisions(self, terms: Sequence[str], *, doc_keys: Iterable[str] | None = None,
                        label: str | None = None) -> list[int]:
        """Indices into :attr:`provisions` (in the page's order) of the provisions holding
        every term (case folded), in ``doc_keys`` and with a mention of ``label`` when given."""
        idx: Iterable[int] = range(len(self.provisions))
        folded, provs = self.folded, self.provisions
        for t in terms:
            f = _fold(t)
            idx = [i for i in idx if f in folded[i]]
        if doc_keys is not None:
            keys = set(doc_keys)
            idx = [i for i in idx if provs[i][0] in keys]
        if label is not None:
            idx = [i for i in idx if label in self.labels.get((provs[i][0], provs[i][1]), ())]
        return list(idx)

    def check_region(self, name: str, param: str = "region") -> str:
        if name not in self.region_names:
            raise ApiError(400, f"未知地区 {name[:60]!r}（地区列表见 /api/regions） "
                                f"(unknown region in parameter {param})")
        return name

    def region_doc_keys(self, region: str) -> list[str]:
        return [k for k, d in self.docs.items() if _in_region(d["region"], region)]

    def doc_region(self, doc_key: Any) -> str:
        d = self.docs.get(_s(doc_key))
        return d["region"] if d else UNKNOWN

    # -- comparison (policyie.compare.api), computed once
    def comparison_status(self) -> dict:
        if self._cmp is not None:
            return {"state": "ready"}
        if self._cmp_error is not None:
            return {"state": "failed"}
        if self._cmp_started is not None:
            return {"state": "computing", "seconds": round(time.monotonic() - self._cmp_started, 1)}
        return {"state": "not started"}

    def start_comparison(self) -> None:
        with self._cmp_lock:
            if self._cmp_thread is not None or self._cmp is not None:
                return
            self._cmp_started = time.monotonic()
            self._cmp_thread = threading.Thread(target=self._compute_comparison, name="policyie-compare",
                                                daemon=True)
            self._cmp_thread.start()

    def _compute_comparison(self) -> None:
        try:
            from policyie.compare import api

            cur = self.cursor()
            try:
                t0 = time.monotonic()
                # api.compare keeps its result per store version: a store `policyie compare`
                # has already compared is read back, not compared again
                result = api.compare(cur, lazy=True)  # the page never reads the units: not loaded
                matrix = api.adoption_matrix(cur, result=result)
                measures = matrix.attrs.get("measures")
                log.info("comparison ready: %d clusters, %d pairs, %d measures in %.1f s", len(result.clusters),
                         len(result.pairs), 0 if measures is None else len(measures), time.monotonic() - t0)
            finally:
                cur.close()
            # the views read plain arrays: a column of the matrix frame deep-copied its attrs
            # (the measures table) on every access, 24 s for one adoption view of the corpus
            matrix.attrs = {}
            self._cmp = {"result": result, "measures": measures,
                         "regions": list(matrix.index), "cells": matrix.to_numpy(dtype=bool),
                         "column": {c: j for j, c in enumerate(matrix.columns)},
                         "records": [] if measures is None else measures.to_dict("records")}
        except Exception as e:  # logged here; requests see a plain message
            if not self._closed:
                log.exception("comparison failed")
            self._cmp_error = f"{type(e).__name__}"
        finally:
            self._cmp_done.set()

    def comparison(self, wait: float | None = None) -> dict:
        if self._cmp is not None:
            return self._cmp
        self.start_comparison()
        self._cmp_done.wait(COMPARISON_WAIT if wait is None else wait)
        if self._cmp is not None:
            return self._cmp
        if self._cmp_error is not None:
            raise ApiError(500, "地区比较无法完成（详情见服务器日志） (the comparison failed; see the server log)")
        secs = int(time.monotonic() - (self._cmp_started or time.monotonic()))
        raise ApiError(503, f"地区比较结果仍在计算中（已用 {secs} 秒），请稍后再试 "
                            f"(the comparison is still being computed)", headers={"Retry-After": "5"})

    def staffing(self) -> Any:
        """The staffing table of the store (computed once; it does not wait for the comparison)."""
        with self._staffing_lock:
            if self._staffing is None:
                from policyie.compare import api

                cur = self.cursor()
                try:
                    self._staffing = api.staffing_table(cur)
                finally:
                    cur.close()
            return self._staffing

    def staffing_plain(self) -> Any:
        """The staffing table with missing bounds as None rather than ``pd.NA``:
        ``staffing_differences`` compares ``(min, max)`` tuples, and a tuple holding NA
        raises (a 潍坊市 × 菏泽市 comparison answered 500)."""
        with self._staffing_lock:
            plain = getattr(self, "_staffing_plain", None)
        if plain is None:
            st = self.staffing()
            plain = st.astype({c: object for c in ("min", "max") if c in st.columns})
            for c in ("min", "max"):
                if c in plain.columns:
                    values = [None if v is None or v is pd_NA() or (isinstance(v, float) and math.isnan(v)) else v
                              for v in plain[c]]
                    plain[c] = pd_series(values, plain.index)
            with self._staffing_lock:
                self._staffing_plain = plain
        return plain

    def region_comparison(self, a: str, b: str) -> Any:
        """``api.comparison`` of the documents of regions ``a`` and ``b``: computed once per
        pair of regions (one at a time, so twenty users asking for the same pair wait for one
        computation), the last ``PAIR_CACHE`` pairs kept."""
        from policyie.compare import api

        key = (a, b) if a <= b else (b, a)
        with self._pair_lock:
            hit = self._pair_cache.get(key)
            if hit is not None:
                self._pair_cache.move_to_end(key)
                return hit
            keys = sorted(set(self.region_doc_keys(a)) | set(self.region_doc_keys(b)))
            cur = self.cursor()
            try:
                result = api.comparison(cur, doc_keys=keys)
            finally:
                cur.close()
            self._pair_cache[key] = result
            while len(self._pair_cache) > PAIR_CACHE:
                self._pair_cache.popitem(last=False)
        return result


# ---------------------------------------------------------------------------
# The views (JSON data; the CSV download reuses them)
# ---------------------------------------------------------------------------

_SEARCH_COLUMNS = [("region", "地区"), ("title", "文件"), ("doc_id", "文件编号"), ("date", "日期"),
                   ("provision_id", "条款编号"), ("section", "章节"), ("text", "条款"), ("labels", "标注")]
_COMPARE_COLUMNS = [("kind", "类型"), ("field", "字段"), ("basis", "依据"), ("similarity", "相似度"),
                    ("region_a", "地区A"), ("value_a", "值A"), ("title_a", "文件A"), ("text_a", "条文A"),
                    ("region_b", "地区B"), ("value_b", "值B"), ("title_b", "文件B"), ("text_b", "条文B")]
_STAFFING_COLUMNS = [("region", "地区"), ("body", "机构"), ("kind", "编制类型"), ("min", "下限"), ("max", "上限"),
                     ("value", "数值"), ("text", "原文"), ("context", "上下文"), ("title", "文件"),
                     ("doc_id", "文件编号"), ("source", "来源"), ("body_kind", "机构类别"), ("post_kind", "职务类别")]


class App:
    """Routes a GET request to its view; returns ``(status, headers, body)``."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._responses: "OrderedDict[str, tuple[int, dict, bytes]]" = OrderedDict()
        self._cached_bytes = 0
        self._cache_lock = threading.Lock()
        #: every endpoint and the query parameters it accepts (openapi.json lists the same)
        self.route_params: dict[str, tuple[str, ...]] = {
            "/api/meta": (), "/api/regions": (), "/api/search": ("q", "region", "label", "limit", "offset"),
            "/api/compare": ("a", "b", "q", "limit"), "/api/staffing": ("q", "region", "body", "post"),
            "/api/adoption": ("q", "region", "min_regions", "max_measures"),
            "/api/provision/{provision_id}": ("doc",), "/api/download.csv": DOWNLOAD_PARAMS, "/api/openapi.json": ()}
        views = {"/api/meta": self.meta, "/api/regions": self.regions_view, "/api/search": self.search,
                 "/api/compare": self.compare, "/api/staffing": self.staffing, "/api/adoption": self.adoption}
        self.routes: dict[str, Callable[[str, str], dict]] = {
            path: self._json(view, self.route_params[path], multi=("region",) if path in ("/api/staffing", "/api/adoption")
                             else ()) for path, view in views.items()}

    # -- plumbing
    def _json(self, view, allowed, multi=()):
        def run(endpoint: str, query: str):
            return view(Params(query, endpoint, allowed, multi))
        return run

    def handle(self, raw_path: str) -> tuple[int, dict, bytes]:
        """The answer to ``GET raw_path``.  Answers of the data views are kept (up to
        ``RESPONSE_CACHE_BYTES``): the store is read-only, so the same request always gets
        the same answer while the server runs (``/api/meta`` reports live status: never kept)."""
        cacheable = raw_path.startswith("/api/") and not raw_path.startswith("/api/meta")
        if cacheable:
            with self._cache_lock:
                hit = self._responses.get(raw_path)
                if hit is not None:
                    self._responses.move_to_end(raw_path)
                    return hit
        answer = self._handle(raw_path)
        if cacheable and answer[0] == 200:
            with self._cache_lock:
                self._responses[raw_path] = answer
                self._cached_bytes += len(answer[2])
                while self._cached_bytes > RESPONSE_CACHE_BYTES and self._responses:
                    _, old = self._responses.popitem(last=False)
                    self._cached_bytes -= len(old[2])
        return answer

    def _handle(self, raw_path: str) -> tuple[int, dict, bytes]:
        try:
            parts = urlsplit(raw_path)
            path = parts.path
            if path == "/api/openapi.json":
                return openapi_response()
            if path in self.routes:
                return _json_response(200, self.routes[path](path, parts.query))
            if path.startswith("/api/provision/"):
                return _json_response(200, self.provision(path[len("/api/provision/"):],
                                                          Params(parts.query, "/api/provision",
                                                                 self.route_params["/api/provision/{provision_id}"])))
            if path == "/api/download.csv":
                return self.download(parts.query)
            if path.startswith("/api/"):
                raise ApiError(404, f"没有这个接口: {path[:80]} (no such endpoint)")
            return static_file(path)
        except ApiError as e:
            return _json_response(e.status, {"error": e.message}, e.headers)
        except Exception:
            log.exception("error while answering %s", raw_path[:200])
            return _json_response(500, {"error": "服务器内部错误（详情见服务器日志） (internal error; see the server log)"})

    # -- views
    def meta(self, p: Params) -> dict:
        s = self.store
        return {"store": s.path.name, "n_documents": len(s.docs), "n_provisions": s.n_provisions,
                "n_regions": len(s.regions), "labels": list(LABELS), "comparison": s.comparison_status(),
                "unknown_region": UNKNOWN, "read_only": True}

    def regions_view(self, p: Params) -> dict:
        return {"regions": self.store.regions}

    def search(self, p: Params, *, max_limit: int = MAX_LIMIT) -> dict:
        q = p.text("q")
        terms = _terms(q)
        region = p.get("region") or None
        label = p.get("label") or None
        limit = p.int("limit", 50, 1, max_limit)
        offset = p.int("offset", 0, 0, 10_000_000)
        if region is not None:
            self.store.check_region(region)
        if label is not None and label not in LABELS:
            raise ApiError(400, f"未知标注类型 {label[:40]!r}（可用: {', '.join(LABELS)}） (unknown label)")
        store = self.store
        found = store.find_provisions(terms, doc_keys=store.region_doc_keys(region) if region is not None else None,
                                      label=label)
        total = len(found)
        by_region: dict[str, int] = {}
        for i in found:
            r = store.doc_region(store.provisions[i][0])
            by_region[r] = by_region.get(r, 0) + 1
        results = []
        for i in found[offset:offset + limit]:
            key, pid, seq, section, text, _, _ = store.provisions[i]
            doc = store.docs.get(key, {})
            results.append({"doc_key": key, "doc_id": doc.get("doc_id"), "title": doc.get("title"),
                            "date": doc.get("date"), "region": doc.get("region", UNKNOWN), "provision_id": pid,
                            "seq": seq, "section_path": list(section),
                            "section": " › ".join(section_headings(section)), "text": text,
                            "hits": _hits(text, terms), "labels": list(store.labels.get((key, pid), ()))})
        return {"q": q, "terms": terms, "region": region, "label": label, "limit": limit, "offset": offset,
                "total": total, "by_region": [{"region": r, "n": n} for r, n in
                                              sorted(by_region.items(), key=lambda kv: (-kv[1], kv[0]))],
                "results": results}

    def provision(self, raw_id: str, p: Params) -> dict:
        try:
            pid = unquote(raw_id, errors="strict")
        except UnicodeDecodeError:
            raise ApiError(400, "条款编号不是有效的 UTF-8 编码 (provision id is not valid UTF-8)") from None
        if not pid or len(pid) > 500 or "\x00" in pid:
            raise ApiError(400, "条款编号无效 (invalid provision id)")
        doc = p.get("doc")
        rows = self.store.query(
            "SELECT doc_key, provision_id, seq, section_path, start_pos, end_pos, text, lead, cooperate, bodies, "
            "principles, CAST(roles AS VARCHAR) FROM provisions WHERE provision_id = ?"
            + (" AND doc_key = ?" if doc else "") + " ORDER BY doc_key", [pid] + ([doc] if doc else []))
        if not rows:
            raise ApiError(404, f"没有条款 {pid[:80]!r} (no such provision)")
        if len(rows) > 1:
            raise ApiError(400, f"条款编号 {pid[:80]!r} 在 {len(rows)} 个文件中出现，请加参数 doc "
                                "(ambiguous provision id: add doc=<doc_key>)")
        key, pid, seq, section, start, end, text, lead, coop, bodies, principles, roles = rows[0]
        mentions = self.store.query(
            "SELECT label, start_pos, end_pos, text, CAST(normalized AS VARCHAR) FROM mentions "
            "WHERE doc_key = ? AND provision_id = ? ORDER BY start_pos, mention_idx", [key, pid])
        doc_info = dict(self.store.docs.get(key, {}))
        try:
            roles_obj = json.loads(roles) if roles else {}
        except ValueError:
            roles_obj = {}
        out_m = []
        for label, ms, me, mtext, norm in mentions:
            try:
                norm_obj = json.loads(norm) if norm else None
            except ValueError:
                norm_obj = None
            out_m.append({"label": label, "start": int(ms) - int(start), "end": int(me) - int(start),
                          "text": mtext, "normalized": norm_obj})
        return {"doc": doc_info, "provision_id": pid, "seq": seq, "section_path": list(section or []),
                "start": start, "end": end, "text": text or "", "mentions": out_m, "roles": roles_obj,
                "lead": list(lead or []), "cooperate": list(coop or []), "bodies": list(bodies or []),
                "principles": list(principles or [])}

    # -- compare
    def _mention_index(self, doc_keys: Iterable[str]) -> dict[str, tuple[list[int], list[tuple]]]:
        keys = sorted(set(doc_keys))
        if not keys:
            return {}
        rows = self.store.query(
            "SELECT m.doc_key, m.label, m.start_pos, m.end_pos, m.text, m.min_value, m.max_value, m.value, m.unit, "
            "m.approx, CAST(m.date AS VARCHAR), m.parts, s.kind "
            "FROM mentions m LEFT JOIN (SELECT doc_key, start_pos, end_pos, any_value(kind) AS kind FROM staffing "
            "GROUP BY doc_key, start_pos, end_pos) s USING (doc_key, start_pos, end_pos) "
            "WHERE list_contains(?::VARCHAR[], m.doc_key) "
            "AND m.label IN ('STAFFING', 'DEADLINE', 'ITEM_COUNT', 'PRINCIPLE', 'ORG') "
            "ORDER BY m.doc_key, m.start_pos", [keys])
        idx: dict[str, tuple[list[int], list[tuple]]] = {}
        for r in rows:
            starts, recs = idx.setdefault(r[0], ([], []))
            starts.append(int(r[2]))
            recs.append(r)
        return idx

    def _fields(self, idx, doc_key: str, start: int, end: int) -> dict[str, list[tuple[Any, str]]]:
        """Typed values said inside [start, end) of a document: field → [(key, display)]."""
        from policyie.compare.fields import core_body, format_staffing

        starts, recs = idx.get(doc_key, ([], []))
        doc = self.store.docs.get(doc_key, {})
        names = (doc.get("province"), doc.get("city"), doc.get("county"))
        out: dict[str, list[tuple[Any, str]]] = {}
        seen: set[tuple] = set()
        for r in recs[bisect.bisect_left(starts, start):]:
            _, label, ms, me, text, lo, hi, value, unit, approx, date, parts, kind = r
            if ms >= end:
                break
            if me > end:
                continue
            field = _MENTION_FIELDS[label]
            items: list[tuple[Any, str]] = []
            if label == "STAFFING":
                v = format_staffing(lo, hi, unit, approx)
                items.append(((lo, hi), f"{kind} {v}" if kind else v))
            elif label == "DEADLINE":
                items.append((date or text, text if not date or date in text else f"{text}（{date}）"))
            elif label == "ITEM_COUNT":
                items.append(((value, unit) if value is not None else text, text))
            elif label == "PRINCIPLE":
                items.extend((x, x) for x in (parts or []) if x)
            else:
                core = core_body(text, names)
                if core:
                    items.append((core, core))
            for k, disp in items:
                if (field, k) in seen:
                    continue
                seen.add((field, k))
                out.setdefault(field, []).append((k, disp))
        return out

    @staticmethod
    def _field_rows(fa: dict, fb: dict) -> list[dict]:
        rows = []
        for field in _MENTION_FIELDS.values():
            a, b = fa.get(field, []), fb.get(field, [])
            if not a and not b:
                continue
            ka, kb = {k for k, _ in a}, {k for k, _ in b}
            rows.append({"field": field, "differs": ka != kb,
                         "a": [{"value": d, "diff": k not in kb} for k, d in a],
                         "b": [{"value": d, "diff": k not in ka} for k, d in b]})
        return rows

    def _side(self, doc_key: str, text: str, terms, *, provision_id=None, start=None, end=None) -> dict:
        doc = self.store.docs.get(doc_key, {})
        return {"doc_key": doc_key, "doc_id": doc.get("doc_id"), "title": doc.get("title"),
                "region": doc.get("region", UNKNOWN), "provision_id": provision_id, "start": start, "end": end,
                "text": text, "hits": _hits(text, terms)}

    def compare(self, p: Params) -> dict:
        a, b = p.get("a") or "", p.get("b") or ""
        if not a or not b:
            raise ApiError(400, "请选择两个地区：参数 a 和 b 都要给 (parameters a and b are required)")
        self.store.check_region(a, "a")
        self.store.check_region(b, "b")
        if a == b:
            raise ApiError(400, "两个地区相同，请选择不同的地区 (a and b are the same region)")
        if (a != UNKNOWN and b != UNKNOWN) and (a.startswith(b) or b.startswith(a)):
            raise ApiError(400, f"{a} 与 {b} 互相包含，请选择互不包含的两个地区 (the regions overlap)")
        q = p.text("q")
        terms = _terms(q)
        limit = p.int("limit", 50, 1, 200)
        notes: list[str] = []

        # 1. the same measure in both regions (aligned pairs of the comparison API), region a on the left
        from policyie.compare import api

        res = self.store.region_comparison(a, b)
        keys_a, keys_b = set(self.store.region_doc_keys(a)), set(self.store.region_doc_keys(b))
        pairs = _oriented(res.pairs, keys_a, keys_b)
        divs = _oriented(res.divergences, keys_a, keys_b)
        if terms:
            pairs = [r for r in pairs if _contains_all(_s(r["text_a"]) + "\n" + _s(r["text_b"]), terms)]
            divs = [r for r in divs if _contains_all(" ".join(_s(r.get(k)) for k in ("text_a", "text_b", "value_a",
                                                                                       "value_b")), terms)]
        pairs.sort(key=lambda r: (r["relation"] != "same-measure", -float(r["score"])))
        n_pairs = len(pairs)
        # differing fields: those of aligned pairs, then posts of the same kind of body
        fields = [self._divergence_row(r, "pair") for r in divs]
        st = self.store.staffing_plain()
        sd = api.staffing_differences(st, st["doc_key"].isin(keys_a), st["doc_key"].isin(keys_b))
        for r in sd.to_dict("records"):
            if not terms or _contains_all(" ".join(_s(r.get(k)) for k in ("context_a", "context_b", "value_a",
                                                                          "value_b", "body")), terms):
                fields.append(self._divergence_row(r, "body"))
        fields.sort(key=lambda f: (f["basis"] != "pair", f["field"] != "staffing", -(f["similarity"] or 0)))

        # 2. the aligned text, reworded pairs first
        aligned = []
        in_pairs: set = set()
        for r in pairs[:limit]:
            aligned.append({"basis": r["relation"], "basis_label": BASIS_LABELS.get(r["relation"], r["relation"]),
                            "similarity": _py(round(float(r["score"]), 3)), "kind": None,
                            "a": self._side(r["doc_key_a"], r["text_a"], terms, start=int(r["start_a"]),
                                            end=int(r["end_a"])),
                            "b": self._side(r["doc_key_b"], r["text_b"], terms, start=int(r["start_b"]),
                                            end=int(r["end_b"]))})
        for r in pairs:
            in_pairs.add((r["doc_key_a"], int(r["start_a"])))
            in_pairs.add((r["doc_key_b"], int(r["start_b"])))
        only_a: list[dict] = []
        only_b: list[dict] = []
        if terms:
            for region, out in ((a, only_a), (b, only_b)):
                rows = self._provisions_with(region, terms)
                if len(rows) > ALIGN_PER_SIDE:
                    notes.append(f"{region} 含检索词的条款超过 {ALIGN_PER_SIDE} 条，只列出前 {ALIGN_PER_SIDE} 条")
                for k, pid, s0, e0, text in rows[:ALIGN_PER_SIDE]:
                    if not any(key[0] == k and s0 <= key[1] < e0 for key in in_pairs) and len(out) < limit:
                        out.append(self._side(k, text or "", terms, provision_id=pid, start=s0, end=e0))
        if not aligned:
            notes.append("两地没有对齐的条文（相同措施只在同一主题的文件之间比较）")
        idx = self._mention_index([s[k]["doc_key"] for s in aligned for k in ("a", "b")])
        for row in aligned:
            sa, sb = row["a"], row["b"]
            d = _diff_ranges(sa["text"], sb["text"])
            sa["diff"], sb["diff"] = (d if d else (None, None))
            row["fields"] = self._field_rows(
                self._fields(idx, sa["doc_key"], sa["start"], sa["end"]),
                self._fields(idx, sb["doc_key"], sb["start"], sb["end"]))
            row["differs"] = bool(d and (d[0] or d[1])) or any(f["differs"] for f in row["fields"])
        return {"a": a, "b": b, "q": q, "terms": terms, "fields": fields, "aligned": aligned,
                "only_a": only_a, "only_b": only_b, "n_pairs": n_pairs, "notes": notes}

    def _divergence_row(self, r: dict, basis: str) -> dict:
        def side(s: str) -> dict:
            doc = self.store.docs.get(_s(r.get(f"doc_key_{s}")), {})
            if basis == "body":
                context, span = _s(r.get(f"context_{s}")), _s(r.get(f"text_{s}"))
                i = context.find(span) if span else -1
                span_range = [i, i + len(span)] if i >= 0 else None
            else:  # the unit, and the value's span inside it
                context = _s(r.get(f"text_{s}"))
                us, vs, ve = r.get(f"unit_start_{s}"), r.get(f"start_{s}"), r.get(f"end_{s}")
                span_range = ([int(vs) - int(us), int(ve) - int(us)] if _s(r.get(f"value_{s}")) else None)
            return {"region": _s(r.get(f"region_{s}")) or doc.get("region", UNKNOWN), "value": _py(r.get(f"value_{s}")),
                    "doc_id": doc.get("doc_id"), "title": doc.get("title"), "context": context, "span": span_range}
        sa, sb = side("a"), side("b")
        va, vb = _s(sa["value"]), _s(sb["value"])
        d = _diff_ranges(va, vb) if va and vb else None
        sa["value_diff"] = d[0] if d else ([[0, len(va)]] if va else [])
        sb["value_diff"] = d[1] if d else ([[0, len(vb)]] if vb else [])
        field = _s(r.get("field"))
        sim = _py(r.get("score"))
        return {"field": field, "field_label": FIELD_LABELS.get(field, field), "basis": basis,
                "basis_label": BASIS_LABELS.get(basis, basis), "body": _py(r.get("body")),
                "similarity": round(sim, 3) if isinstance(sim, float) else None,
                "differs": va != vb, "a": sa, "b": sb}

    def _provisions_with(self, region: str, terms: Sequence[str]) -> list[tuple]:
        """``(doc_key, provision_id, start, end, text)`` of the region's provisions holding
        every term, by document and position, at most ``ALIGN_PER_SIDE + 1``."""
        store = self.store
        found = store.find_provisions(terms, doc_keys=store.region_doc_keys(region))
        rows = sorted((store.provisions[i] for i in found), key=lambda r: (r[0], r[2] if r[2] is not None else -1))
        return [(k, pid, start, end, text) for k, pid, _, _, text, start, end in rows[:ALIGN_PER_SIDE + 1]]

    # -- staffing
    def staffing(self, p: Params) -> dict:
        """Staffing rows, and a chart that compares like with like: one kind of body and one
        kind of post (选举委员会 · 委员) across regions, each region's bar spanning the
        numbers its documents state for them (the smallest lower bound to the largest upper
        bound), never a sum over different bodies or posts."""
        q = p.text("q")
        terms = _terms(q)
        regions = [self.store.check_region(r) for r in p.getlist("region")]
        want_body, want_post = p.get("body") or None, p.get("post") or None
        st = self.store.staffing()
        rows = []
        for r in st.to_dict("records"):
            region = _s(r.get("region")) or UNKNOWN
            doc_region = _s(r.get("doc_region")) or UNKNOWN
            if regions and not any(_in_region(region, x) or _in_region(doc_region, x) for x in regions):
                continue
            if terms and not _contains_all(" ".join(_s(r.get(k)) for k in ("body", "kind", "text", "context")), terms):
                continue
            rows.append({"region": region, "body": _py(r.get("body")), "kind": _py(r.get("kind")),
                         "body_kind": _body_kind(r), "post_kind": _post_kind(r),
                         "min": _py(r.get("min")), "max": _py(r.get("max")), "unit": _py(r.get("unit")),
                         "value": _py(r.get("value")), "text": _py(r.get("text")), "context": _py(r.get("context")),
                         "doc_id": _py(r.get("doc_id")), "title": _py(r.get("title")) or _py(r.get("doc_id")),
                         "provision_id": _py(r.get("provision_id")), "source": _py(r.get("source")),
                         "hits": _hits(_s(r.get("context")), terms)})
        groups: dict[tuple[str, str], dict] = {}
        for r in rows:
            if not r["body_kind"] or (r["min"] is None and r["max"] is None):
                continue  # a number tied to no body cannot be compared with anything
            key = (r["body_kind"], r["post_kind"] or "")
            g = groups.setdefault(key, {"body": key[0], "post": key[1], "n": 0, "regions": set()})
            g["n"] += 1
            g["regions"].add(r["region"])
        group_list = sorted(({"body": g["body"], "post": g["post"], "n": g["n"], "n_regions": len(g["regions"])}
                             for g in groups.values()),
                            key=lambda g: (-g["n_regions"], -g["n"], g["body"], g["post"]))
        chosen = None
        if want_body is not None or want_post is not None:
            chosen = groups.get((want_body or "", want_post or ""))
            if chosen is None:
                raise ApiError(400, f"没有机构类别 {str(want_body)[:40]!r} 与职务 {str(want_post)[:40]!r} 的编制数 "
                                    "(no staffing numbers for that body and post; see groups)")
        elif group_list:
            chosen = groups[(group_list[0]["body"], group_list[0]["post"])]
        per: dict[str, dict] = {}
        if chosen is not None:
            for r in rows:
                if (r["body_kind"], r["post_kind"] or "") != (chosen["body"], chosen["post"]):
                    continue
                lo, hi = r["min"], r["max"]
                if lo is None and hi is None:
                    continue
                g = per.setdefault(r["region"], {"region": r["region"], "n": 0, "low": None, "high": None,
                                                 "open": False, "bodies": []})
                g["n"] += 1
                lo_v = lo if lo is not None else 0
                hi_v = hi if hi is not None else lo
                g["low"] = lo_v if g["low"] is None else min(g["low"], lo_v)
                g["high"] = hi_v if g["high"] is None else max(g["high"], hi_v)
                g["open"] = g["open"] or hi is None
                if r["body"] and r["body"] not in g["bodies"]:
                    g["bodies"].append(r["body"])
        chart = sorted(per.values(), key=lambda g: (-g["high"], g["region"]))
        group = {"body": chosen["body"], "post": chosen["post"]} if chosen is not None else None
        return {"q": q, "regions": regions, "rows": rows, "groups": group_list, "group": group, "chart": chart,
                "n_without_body": sum(1 for r in rows if not r["body_kind"])}

    # -- adoption
    def adoption(self, p: Params) -> dict:
        q = p.text("q")
        terms = _terms(q)
        regions = [self.store.check_region(r) for r in p.getlist("region")]
        min_regions = p.int("min_regions", 2, 1, 1000)
        max_measures = p.int("max_measures", 40, 1, 300)
        cmp = self.store.comparison()
        cells_all, column = cmp["cells"], cmp["column"]
        row_names = [_region_name(r) for r in cmp["regions"]]
        rows_keep = [i for i, r in enumerate(row_names) if not regions or any(_in_region(r, x) for x in regions)]
        keep_arr = rows_keep
        out_measures, cells_cols, total = [], [], 0
        for m in cmp["records"]:
            if int(m["n_regions"]) < min_regions or not _contains_all(_s(m.get("text")), terms):
                continue
            j = column.get(m["measure"])
            if j is None:
                continue
            values = cells_all[:, j]
            if regions and not values[keep_arr].any():
                continue
            total += 1
            if len(out_measures) >= max_measures:
                continue
            out_measures.append({"measure": m["measure"], "text": _s(m.get("text")), "n_regions": int(m["n_regions"]),
                                 "n_docs": _py(m.get("n_docs")), "unique_to": _region_name(m.get("unique_to")),
                                 "regions": [_region_name(x) for x in (_py(m.get("regions")) or [])]})
            cells_cols.append(values)
        rows_keep = [i for i in rows_keep if any(bool(c[i]) for c in cells_cols)] if cells_cols else []
        cells = [[bool(c[i]) for c in cells_cols] for i in rows_keep]
        return {"q": q, "regions": [row_names[i] for i in rows_keep], "measures": out_measures, "cells": cells,
                "min_regions": min_regions, "max_measures": max_measures, "n_measures_total": total}

    # -- download
    def download(self, query: str) -> tuple[int, dict, bytes]:
        view_p = Params(query, "/api/download.csv",
                        DOWNLOAD_PARAMS,
                        multi=("region",))
        view = view_p.get("view") or ""
        allowed = {"search": ("q", "region", "label", "limit", "offset"), "compare": ("a", "b", "q", "limit"),
                   "staffing": ("q", "region", "body", "post"), "adoption": ("q", "region", "min_regions", "max_measures")}
        if view not in allowed:
            raise ApiError(400, f"参数 view 应为 {', '.join(allowed)} 之一 (unknown or missing view)")
        rest = urlencode([(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k != "view"])
        p = Params(rest, f"/api/download.csv?view={view}", allowed[view],
                   multi=("region",) if view in ("staffing", "adoption") else ())
        if view == "search":
            data = self.search(p, max_limit=MAX_DOWNLOAD_LIMIT)
            rows = [dict(r, labels="、".join(r["labels"])) for r in data["results"]]
            body = csv_bytes(_SEARCH_COLUMNS, rows)
        elif view == "compare":
            body = csv_bytes(_COMPARE_COLUMNS, self._compare_rows(self.compare(p)))
        elif view == "staffing":
            body = csv_bytes(_STAFFING_COLUMNS, self.staffing(p)["rows"])
        else:
            data = self.adoption(p)
            cols = [("measure", "措施"), ("text", "措施内容"), ("n_regions", "地区数")] + \
                   [(f"r{i}", r) for i, r in enumerate(data["regions"])]
            rows = []
            for j, m in enumerate(data["measures"]):
                row = dict(m)
                for i in range(len(data["regions"])):
                    row[f"r{i}"] = data["cells"][i][j]
                rows.append(row)
            body = csv_bytes(cols, rows)
        headers = {"Content-Type": "text/csv; charset=utf-8",
                   "Content-Disposition": f'attachment; filename="policyie-{view}.csv"',
                   "Cache-Control": "no-store"}
        return 200, headers, body

    @staticmethod
    def _compare_rows(data: dict) -> list[dict]:
        rows = []
        for f in data["fields"]:
            rows.append({"kind": "字段差异", "field": f["field_label"], "basis": f["basis_label"],
                         "similarity": f["similarity"], "region_a": f["a"]["region"], "value_a": f["a"]["value"],
                         "title_a": f["a"]["title"], "text_a": f["a"]["context"], "region_b": f["b"]["region"],
                         "value_b": f["b"]["value"], "title_b": f["b"]["title"], "text_b": f["b"]["context"]})
        for r in data["aligned"]:
            for fr in r["fields"] or [None]:
                rows.append({"kind": "对应条文", "field": fr["field"] if fr else "", "basis": r["basis_label"],
                             "similarity": r["similarity"], "region_a": r["a"]["region"],
                             "value_a": "、".join(x["value"] for x in fr["a"]) if fr else "",
                             "title_a": r["a"]["title"], "text_a": r["a"]["text"], "region_b": r["b"]["region"],
                             "value_b": "、".join(x["value"] for x in fr["b"]) if fr else "",
                             "title_b": r["b"]["title"], "text_b": r["b"]["text"]})
        for key, kind in (("only_a", "仅地区A"), ("only_b", "仅地区B")):
            s = "a" if key == "only_a" else "b"
            for r in data[key]:
                rows.append({"kind": kind, f"region_{s}": r["region"], f"title_{s}": r["title"], f"text_{s}": r["text"]})
        return rows


def _json_response(status: int, obj: Any, headers: dict | None = None) -> tuple[int, dict, bytes]:
    body = json.dumps(_py(obj), ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
    h = {"Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store"}
    h.update(headers or {})
    return status, h, body


OPENAPI_FILE = STATIC_DIR / "openapi.json"


def openapi_response() -> tuple[int, dict, bytes]:
    """The JSON API's description (OpenAPI 3.1), a static file checked against the routes by the tests."""
    return 200, {"Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-cache"}, OPENAPI_FILE.read_bytes()


def static_file(path: str) -> tuple[int, dict, bytes]:
    """A file of the static folder (``/`` is ``index.html``); anything resolving outside it is 404."""
    not_found = ApiError(404, "没有这个页面 (not found)")
    if path in ("/", "/index.html"):
        rel = "index.html"
    elif path.startswith("/static/"):
        try:
            rel = unquote(path[len("/static/"):], errors="strict")
        except UnicodeDecodeError:
            raise not_found from None
    else:
        raise not_found
    if not rel or "\x00" in rel or "\\" in rel or rel.startswith("/"):
        raise not_found
    try:
        target = (STATIC_DIR / rel).resolve()
    except (OSError, RuntimeError, ValueError):
        raise not_found from None
    if not target.is_relative_to(STATIC_DIR) or target == STATIC_DIR or not target.is_file():
        raise not_found
    ctype = _CONTENT_TYPES.get(target.suffix.lower())
    if ctype is None:
        raise not_found
    headers = {"Content-Type": ctype, "Cache-Control": "no-cache"}
    if target.suffix.lower() == ".html":
        headers["Content-Security-Policy"] = _CSP
    return 200, headers, target.read_bytes()


# ---------------------------------------------------------------------------
# HTTP
# ---------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    server_version = "policyie"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    timeout = 60

    def setup(self) -> None:
        super().setup()
        try:  # small answers go out at once, not after the peer's delayed ACK (~40 ms)
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except (OSError, AttributeError):  # pragma: no cover - not a TCP socket
            pass

    def _send(self, status: int, headers: dict, body: bytes, *, head: bool = False) -> None:
        """Status line, headers and body in one write (two small writes on a keep-alive
        connection meet Nagle's algorithm and the peer's delayed ACK)."""
        self.send_response(status)
        base = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY",
                "Cross-Origin-Resource-Policy": "same-origin"}
        base.update(headers)
        for k, v in base.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        buffered = getattr(self, "_headers_buffer", [])
        buffered.append(b"\r\n")
        data = b"".join(buffered) + (b"" if head else body)
        self._headers_buffer = []
        self.wfile.write(data)

    def _host_ok(self) -> bool:
        if not getattr(self.server, "loopback_only", False):
            return True
        host = self.headers.get("Host")
        if host is None:
            return True
        host = host.strip().lower()
        name = host[1:host.find("]")] if host.startswith("[") else host.rsplit(":", 1)[0]
        return name in _LOOPBACK

    def _dispatch(self, head: bool) -> None:
        t0 = time.monotonic()
        if not self._host_ok():
            status, headers, body = _json_response(
                400, {"error": "不接受这个 Host 头：服务只在本机地址上回答 (Host header not allowed)"})
        else:
            path = self.path
            if not path.isascii():  # raw UTF-8 in the request line (http.server decodes it as Latin-1)
                try:
                    path = path.encode("latin-1").decode("utf-8")
                except UnicodeError:
                    pass
            status, headers, body = self.server.app.handle(path)
        self._send(status, headers, body, head=head)
        log.info("%s %s %d %.0f ms", self.command, self.path[:200], status, (time.monotonic() - t0) * 1000)

    def do_GET(self) -> None:  # noqa: N802
        self._dispatch(head=False)

    def do_HEAD(self) -> None:  # noqa: N802
        self._dispatch(head=True)

    def _not_allowed(self) -> None:
        self.close_connection = True
        status, headers, body = _json_response(405, {"error": f"只支持 GET：这是只读服务 (method {self.command} not allowed)"},
                                               {"Allow": "GET, HEAD"})
        self._send(status, headers, body)

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _not_allowed  # noqa: N815

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors http.server raises itself (bad request line, unknown method…) as JSON too."""
        self.close_connection = True
        if self.request_version == "HTTP/0.9":  # a garbled request line: answer with a status line anyway
            self.request_version = "HTTP/1.0"
        try:
            phrase = HTTPStatus(code).phrase
        except ValueError:
            phrase = "error"
        status, headers, body = _json_response(code, {"error": f"{phrase}: {message}" if message else phrase})
        try:
            self._send(status, headers, body, head=(self.command == "HEAD") or code < 200 or code in (204, 304))
        except OSError:
            pass

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        log.debug("%s - " + format, self.address_string(), *args)

    def log_request(self, code: Any = "-", size: Any = "-") -> None:
        pass  # _dispatch logs, with the time taken


class PolicyieServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    #: listen backlog: socketserver's 5 drops the connections of 20 users arriving together,
    #: and each dropped SYN costs the client a 1 s retransmission
    request_queue_size = 128

    def __init__(self, address, store: Store) -> None:
        self.store = store
        self.app = App(store)
        super().__init__(address, _Handler)
        host = self.server_address[0]
        self.loopback_only = host in ("127.0.0.1", "::1") or host.startswith("127.")

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}/"

    def handle_error(self, request, client_address) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError, socket.timeout)):
            # a client that went away (closed tab, cancelled download): one quiet line
            log.debug("client %s disconnected: %s", client_address[0] if client_address else "?", type(exc).__name__)
            return
        log.exception("connection error from %s", client_address)

    def server_close(self) -> None:
        super().server_close()
        self.store.close()


def make_server(db: str | Path, host: str = "127.0.0.1", port: int = 0, *, warm: bool = False) -> PolicyieServer:
    """A server over the store ``db`` bound to ``host:port`` (0: any free port); not yet serving.

    ``warm`` starts computing the cross-region comparison in the background at once.
    Raises ``StoreError`` when the store cannot be opened and ``OSError`` when the
    address cannot be bound.
    """
    store = Store(db)
    try:
        server = PolicyieServer((host, port), store)
    except BaseException:
        store.close()
        raise
    if warm:
        store.start_comparison()
    return server


def serve_cli(*, db: str | Path, host: str = "127.0.0.1", port: int = 8765) -> int:
    """``policyie serve``: serve until Ctrl-C; 0 when stopped, 2 when the store or address is unusable."""
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s",
                            stream=sys.stderr)
    if not (0 <= int(port) <= 65535):
        print(f"policyie serve: --port must be 0–65535, got {port}", file=sys.stderr)
        return 2
    if not Path(db).exists():
        print(f"policyie serve: store not found: {db}\n  build it first: policyie ingest PATH... --db {db}",
              file=sys.stderr)
        return 2
    try:
        server = make_server(db, host, port, warm=True)
    except StoreError as e:
        print(f"policyie serve: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"policyie serve: cannot listen on {host}:{port} ({e.strerror or e})", file=sys.stderr)
        return 2
    if not server.loopback_only:
        print(f"policyie serve: warning: listening on {host}: anyone who can reach this machine can read the store",
              file=sys.stderr)
    print(f"policyie serve: {server.url}  (store {db}, read-only; Ctrl-C stops)", flush=True)

    def _terminate(signum, frame):  # `kill PID` stops as cleanly as Ctrl-C
        raise KeyboardInterrupt

    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        server.serve_forever(poll_interval=0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    print("policyie serve: stopped", file=sys.stderr, flush=True)
    if not server.store.wait_background(10):
        # The comparison thread is still inside DuckDB/pandas native code.  Letting the
        # interpreter finalise under it kills the thread mid-C++ and aborts the process
        # ("FATAL: exception not rethrown", exit -6), so leave without finalising.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
    return 0
