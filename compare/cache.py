"""Compare once, view many: comparison results cached per *store version*.

A store's version is its :func:`fingerprint`: a hash of the documents' keys and content
hashes, of the provisions, mentions and staffing rows (their keys and spans), of the
shipped pair model and of :data:`CACHE_VERSION` (raised when the comparison code changes
what it computes).  Adding, changing or removing a document changes it; reading does not.

Results are kept in two places:

* in memory (per process, a few entries), so a server computes each comparison once;
* in the store itself, when the caller has it open for writing (``policyie compare``
  does): the frames of a result go to tables ``compare_cache_<n>`` listed in
  ``compare_cache_index``; both are made here with ``CREATE TABLE IF NOT EXISTS`` (the
  store module does not know them, and ``export`` leaves them out).  Entries of
  another fingerprint are dropped when a new one is written, so the cache never holds
  more than the current version's results.  A read-only reader (``policyie serve``)
  uses what ``compare`` left there.

>>> fp = fingerprint(con)                                    # doctest: +SKIP
>>> cached(con, "duplicates", {"threshold": 0.7}, compute)   # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import importlib.resources
import json
import threading
from collections import OrderedDict
from typing import Any, Callable

import numpy as np
import pandas as pd

__all__ = ["CACHE_VERSION", "INDEX_TABLE", "fingerprint", "cached", "cache_key", "digest", "clear_memory", "stats",
           "LazyFrames"]

#: Raised whenever the comparison computes something else from the same store.
CACHE_VERSION = "9"
INDEX_TABLE = "compare_cache_index"
_MEMORY_ENTRIES = 8
WRITE_MEMORY_LIMIT = "96MB"
#: Rows of a frame written at a time.
WRITE_ROWS = 20_000

_lock = threading.Lock()
_memory: "OrderedDict[tuple[str, str], Any]" = OrderedDict()
#: Counters read by the tests and the benchmark: computed, read from the store, from memory.
stats = {"computed": 0, "store_hits": 0, "memory_hits": 0, "store_writes": 0}


def _model_hash() -> str:
    """The shipped pair models (with and without the encoder): a retrained one is a new version."""
    resources = importlib.resources.files("policyie.compare").joinpath("resources")
    h = hashlib.sha256()
    for name in sorted(f.name for f in resources.iterdir() if f.name.startswith("pair_model") and f.name.endswith(".json")):
        h.update(name.encode() + resources.joinpath(name).read_bytes())
    return h.hexdigest()[:16]


def fingerprint(con) -> str:
    """The store's version: equal for two stores holding the same documents and records
    (16 hex digits).  One aggregate query per table, no rows fetched."""
    parts = [CACHE_VERSION, _model_hash()]
    queries = {
        "documents": "SELECT count(*), bit_xor(hash(doc_key, coalesce(content_hash, ''), coalesce(title, ''), "
                     "coalesce(province, ''), coalesce(city, ''), coalesce(county, ''), "
                     "coalesce(CAST(date AS VARCHAR), ''))) FROM documents",
        "provisions": "SELECT count(*), bit_xor(hash(doc_key, provision_id, start_pos, end_pos, text)) FROM provisions",
        "mentions": "SELECT count(*), bit_xor(hash(doc_key, label, start_pos, end_pos)) FROM mentions",
        "staffing": "SELECT count(*), bit_xor(hash(doc_key, start_pos, end_pos)) FROM staffing",
    }
    for table, sql in queries.items():
        try:
            n, h = con.execute(sql).fetchone()
        except Exception as e:  # a store of another layout: its own version, never a stale hit
            n, h = -1, f"{type(e).__name__}"
        parts.append(f"{table}:{n}:{h}")
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


def cache_key(kind: str, **args) -> str:
    """A stable text key of a computation: its kind and its arguments (JSON, sorted)."""
    def norm(v):
        if isinstance(v, (list, tuple, set)):
            return [norm(x) for x in (sorted(v) if isinstance(v, set) else v)]
        if hasattr(v, "__dataclass_fields__"):
            return {k: norm(getattr(v, k)) for k in v.__dataclass_fields__}
        return v
    return kind + ":" + json.dumps({k: norm(v) for k, v in sorted(args.items())}, ensure_ascii=False,
                                   sort_keys=True, default=str)


def digest(keys) -> str | None:
    """A short stand-in for a list of document keys in a cache key (None stays None)."""
    if keys is None:
        return None
    return hashlib.sha256("\n".join(sorted(map(str, keys))).encode()).hexdigest()[:16] + f"/{len(keys)}"


def clear_memory() -> None:
    with _lock:
        _memory.clear()


# ---------------------------------------------------------------- frames <-> tables

def _is_list_column(s: pd.Series) -> bool:
    for v in s:
        if v is None or (isinstance(v, float) and np.isnan(v)):
            continue
        return isinstance(v, (list, tuple, np.ndarray))
    return False


def _write_frame(con, table: str, frame: pd.DataFrame) -> dict:
    """``frame`` into a new ``table``; returns what is needed to read it back alike."""
    out = frame.reset_index(drop=True)
    spec = {"columns": [str(c) for c in out.columns], "dtypes": {}, "lists": [], "nulls": [], "n": len(out)}
    data = {}
    for i, c in enumerate(out.columns):
        s = out[c]
        name = f"c{i}"
        spec["dtypes"][name] = str(s.dtype)
        if s.dtype == object and _is_list_column(s):
            spec["lists"].append(name)
            s = s.map(lambda v: [None if x is None else str(x) for x in v] if isinstance(v, (list, tuple, np.ndarray))
                      else None)
        elif s.dtype == object and s.isna().all():
            spec["nulls"].append(name)  # DuckDB cannot type an all-None column
            if len(s) and all(isinstance(v, float) for v in s):  # all NaN, not None: read back as NaN
                spec.setdefault("nan_nulls", []).append(name)
            s = pd.Series(np.zeros(len(s), dtype=np.int8))
        data[name] = s.to_numpy() if not isinstance(s.dtype, pd.api.extensions.ExtensionDtype) else s
    tmp = pd.DataFrame(data, index=out.index)
    tmp["__row"] = np.arange(len(tmp), dtype=np.int64)
    # in blocks of rows: DuckDB's copy of a whole frame of the corpus's pairs (their texts)
    # was the first comparison's peak
    for lo in range(0, max(len(tmp), 1), WRITE_ROWS):
        con.register("__policyie_cache_frame", tmp.iloc[lo:lo + WRITE_ROWS])
        try:
            con.execute(f'CREATE TABLE "{table}" AS SELECT * FROM __policyie_cache_frame' if lo == 0 else
                        f'INSERT INTO "{table}" SELECT * FROM __policyie_cache_frame')
        finally:
            con.unregister("__policyie_cache_frame")
    return spec


def _read_frame(con, table: str, spec: dict) -> pd.DataFrame:
    # through Arrow, and in the order stored (sorted only if it is not): DuckDB's own
    # DataFrame conversion and the ORDER BY each held the corpus's pairs again (a second
    # view of 200,000 pairs took 1.3 GB, now 0.4)
    # (``con.sql`` refuses to run while an ``execute`` result is not fetched to its end: a
    # finished statement first, so a caller's pending ``fetchone()`` is no error here)
    con.execute("SELECT 1").fetchall()
    raw = con.sql(f'SELECT * FROM "{table}"').to_arrow_table().to_pandas()
    if not raw["__row"].is_monotonic_increasing:
        raw = raw.sort_values("__row", kind="stable")
    raw = raw.drop(columns=["__row"]).reset_index(drop=True)
    cols = {}
    for i, c in enumerate(spec["columns"]):
        name = f"c{i}"
        s = raw[name]
        want = spec["dtypes"][name]
        if name in spec["lists"]:
            s = pd.Series([None if v is None or (isinstance(v, float) and np.isnan(v)) else list(v) for v in s],
                          dtype=object)
        elif name in spec["nulls"]:
            s = pd.Series([np.nan if name in spec.get("nan_nulls", ()) else None] * len(s), dtype=object)
        elif str(s.dtype) != want:
            try:
                s = s.astype(want)
                if want == "object":
                    s = s.where(s.notna(), None)
            except (TypeError, ValueError):
                pass
        cols[c] = s.reset_index(drop=True)
    return pd.DataFrame(cols, columns=spec["columns"]) if cols else pd.DataFrame(index=range(spec["n"]))


def _ensure_index(con) -> None:
    con.execute(f"CREATE TABLE IF NOT EXISTS {INDEX_TABLE} (fingerprint VARCHAR, key VARCHAR, part VARCHAR, "
                "table_name VARCHAR, spec VARCHAR, extra VARCHAR)")


def _has_index(con) -> bool:
    try:
        return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ? "
                                "AND database_name = current_database()", [INDEX_TABLE]).fetchone()[0])
    except Exception:
        return False


class LazyFrames:
    """The frames of a cached result, each read from its table on first use (a view that
    needs the clusters never pays for reading the units)."""

    def __init__(self, con, parts: dict[str, tuple[str, dict]]) -> None:
        self._con, self._parts, self._read = con, parts, {}

    def rebind(self, con) -> None:
        """Read the frames not read yet through ``con`` (a result kept in memory may outlive
        the connection it was read through)."""
        self._con = con

    def keys(self):
        return self._parts.keys()

    def __contains__(self, part) -> bool:
        return part in self._parts

    def __getitem__(self, part: str) -> pd.DataFrame:
        if part not in self._read:
            table, spec = self._parts[part]
            self._read[part] = _read_frame(self._con, table, spec)
        return self._read[part]


def _store_get(con, fp: str, key: str) -> tuple[LazyFrames, dict] | None:
    if not _has_index(con):
        return None
    rows = con.execute(f"SELECT part, table_name, spec, extra FROM {INDEX_TABLE} WHERE fingerprint = ? AND key = ?",
                       [fp, key]).fetchall()
    if not rows or not any(p == "" for p, *_ in rows):  # no end marker: an entry half written
        return None
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = "
                                        "current_database()").fetchall()}
    if any(t not in tables for p, t, _, _ in rows if p != ""):  # a table dropped by hand: compute again
        return None
    frames = LazyFrames(con, {part: (table, json.loads(spec)) for part, table, spec, _ in rows if part != ""})
    extra = next((json.loads(x) for p, _, _, x in rows if p == ""), {})
    return frames, extra


def _store_put(con, fp: str, key: str, frames: dict[str, pd.DataFrame], extra: dict) -> None:
    """Write one entry: its frames, each in its own transaction followed by a checkpoint (so
    DuckDB can let go of the pages written: one transaction over all of them held the whole
    entry in memory again), then the end marker, the row that makes the entry readable."""
    _ensure_index(con)
    limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    # DuckDB keeps the pages it writes in memory up to its limit (80% of RAM by default):
    # a low limit while writing makes it write them out instead
    con.execute(f"SET memory_limit = '{WRITE_MEMORY_LIMIT}'")
    try:
        _store_put_entry(con, fp, key, frames, extra)
    finally:
        con.execute(f"SET memory_limit = '{limit}'")


def _store_put_entry(con, fp: str, key: str, frames: dict[str, pd.DataFrame], extra: dict) -> None:
    con.execute("BEGIN TRANSACTION")
    try:
        listed = {r[0] for r in con.execute(f"SELECT DISTINCT table_name FROM {INDEX_TABLE} WHERE "
                                            "fingerprint = ? AND key <> ?", [fp, key]).fetchall()}
        existing = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE table_name LIKE "
                                              "'compare_cache_%' AND database_name = current_database()").fetchall()}
        # entries of other versions, this key's older entry, and tables of an interrupted write
        for t in sorted(existing - listed - {INDEX_TABLE}):
            con.execute(f'DROP TABLE IF EXISTS "{t}"')
        con.execute(f"DELETE FROM {INDEX_TABLE} WHERE fingerprint <> ? OR key = ?", [fp, key])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    taken = set(listed)
    n = 0
    for part, frame in frames.items():
        while f"compare_cache_{n}" in taken:
            n += 1
        table = f"compare_cache_{n}"
        taken.add(table)
        con.execute("BEGIN TRANSACTION")
        try:
            spec = _write_frame(con, table, frame)
            con.execute(f"INSERT INTO {INDEX_TABLE} VALUES (?, ?, ?, ?, ?, NULL)", [fp, key, part, table, json.dumps(spec)])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("CHECKPOINT")
    con.execute(f"INSERT INTO {INDEX_TABLE} VALUES (?, ?, '', '', '{{}}', ?)", [fp, key, json.dumps(extra, default=str)])


def _writable(con) -> bool:
    try:
        return con.execute("SELECT NOT readonly FROM duckdb_databases() WHERE database_name = current_database()"
                           ).fetchone()[0]
    except Exception:
        return False


def cached(con, key: str, compute: Callable[[], Any], *, to_frames: Callable[[Any], tuple[dict, dict]],
           from_frames: Callable[[dict, dict], Any], write: bool | None = None, fp: str | None = None) -> Any:
    """The result of ``compute()`` for the store behind ``con`` at its current version:
    from memory, else from the store's cache tables, else computed (and written to the
    store when ``write`` — by default when ``con`` is writable).  ``to_frames`` turns a
    result into ``({part: DataFrame}, extra JSON-able dict)``, ``from_frames`` back (its
    frames are a :class:`LazyFrames` read through ``con`` on first use)."""
    fp = fp or fingerprint(con)
    mkey = (fp, key)
    with _lock:
        if mkey in _memory:
            _memory.move_to_end(mkey)
            stats["memory_hits"] += 1
            return _memory[mkey]
    found = _store_get(con, fp, key)
    if found is not None:
        result = from_frames(*found)
        stats["store_hits"] += 1
    else:
        result = compute()
        stats["computed"] += 1
        if write if write is not None else _writable(con):
            try:
                _store_put(con, fp, key, *to_frames(result))
                stats["store_writes"] += 1
            except Exception as e:  # a full disk or a lock: the result is still good, only not kept
                import logging

                logging.getLogger("policyie.compare").warning("comparison cache not written: %s",
                                                              str(e).splitlines()[0])
    with _lock:
        _memory[mkey] = result
        while len(_memory) > _MEMORY_ENTRIES:
            _memory.popitem(last=False)
    return result
