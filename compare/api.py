"""The Python API of cross-region comparison; every function returns a pandas DataFrame.

``source`` is a DuckDB connection to the store, the path of a store file, or (for
:func:`duplicates` and :func:`adoption_matrix`) a DataFrame of provisions (as
``provisions_frame`` returns) or of units (:func:`units.load_units`).

>>> from policyie.compare import api
>>> api.duplicates("out/policyie.duckdb")                      # doctest: +SKIP
>>> api.divergences("out/policyie.duckdb", regions=["浙江省", "重庆市"])  # doctest: +SKIP

Measures are compared by :func:`comparison` (families → candidates → aligned pairs →
divergences, :mod:`align`); :func:`pairs`, :func:`divergences` and :func:`families` read
its parts.  Reused text is found by :func:`compare` / :func:`duplicates` (exact groups,
MinHash LSH buckets, :mod:`duplicates`).  Nothing here compares all pairs.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Sequence

import pandas as pd

from policyie.compare import cache as _cache
from policyie.compare.adoption import adoption
from policyie.compare.align import AlignParams, PairModel, pairs_frame, prepare, score_pairs
from policyie.compare.divergences import find_divergences
from policyie.compare.duplicates import DuplicateParams, DuplicateResult, find_duplicates
from policyie.compare.staffing import staffing_differences
from policyie.compare.staffing import staffing_table as _staffing_table
from policyie.compare.topics import add_topics, keep_topic
from policyie.compare.families import families as find_families
from policyie.compare.units import doc_keys_of_regions, load_units, measure_units, open_connection, region_display

__all__ = ["duplicates", "duplicate_members", "duplicate_pairs", "divergences", "adoption_matrix",
           "adoption_measures", "staffing_table", "compare", "Comparison", "comparison", "MeasureComparison",
           "pairs", "families", "family_table", "staffing_differences"]


@contextmanager
def _connection(source):
    if isinstance(source, (str, bytes)) or hasattr(source, "__fspath__"):
        con = open_connection(source)
        try:
            yield con
        finally:
            con.close()
    else:
        yield source


def _params(threshold: float | None, **kw) -> DuplicateParams:
    if threshold is not None:
        kw["threshold"] = threshold
    return DuplicateParams(**kw)


def compare(source, *, threshold: float | None = None, regions: Sequence[str] | None = None,
            level: str = "sentence", progress: bool = False, doc_keys: Sequence[str] | None = None,
            cache: bool = True, lazy: bool = False, **params) -> DuplicateResult:
    """Units of ``source`` (of ``regions`` or the documents ``doc_keys`` only, when given)
    and their duplicates (the result the other functions read).  On a store the result is
    computed once per store version (:mod:`cache`; ``cache=False`` always computes).
    ``lazy``: a result read back from the cache reads its units only when used (the
    connection ``source`` must then stay open until then)."""
    dparams = _params(threshold, **params)
    if isinstance(source, pd.DataFrame):
        return find_duplicates(load_units(source, level=level, regions=regions), dparams, progress=progress)
    with _connection(source) as con:
        def compute() -> DuplicateResult:
            # the units too short to compare are left out as they are read, not copied out after
            units = load_units(con, level=level, regions=regions, doc_keys=doc_keys, min_chars=dparams.min_chars)
            found = find_duplicates(units, dparams, progress=progress)
            found.clusters = add_topics(found.clusters)  # kept with the result: the views read it
            return found

        if not cache:
            return compute()
        key = _cache.cache_key("duplicates", params=dparams, regions=regions, level=level, topics=_topic_tag(),
                               doc_keys=_cache.digest(doc_keys))
        found = _cache.cached(con, key, compute, to_frames=_dup_frames,
                              from_frames=lambda f, extra: _StoredDuplicates(f, dparams, extra))
        if isinstance(found, _StoredDuplicates):
            found.rebind(con)  # kept in memory by a call whose connection may be closed now
        if not lazy or con is not source:  # the caller may close the connection before using the result
            found.units  # noqa: B018
        return found


class _StoredDuplicates(DuplicateResult):
    """A :class:`DuplicateResult` read back from the store's cache; its ``units`` (the
    largest frame, which the duplicates and adoption views never read) on first use."""

    def __init__(self, frames, params: DuplicateParams, stats: dict) -> None:
        self._frames = frames
        super().__init__(units=None, pairs=frames["pairs"], clusters=frames["clusters"], members=frames["members"],
                         params=params, stats=stats)

    @property
    def units(self) -> pd.DataFrame:
        if self._units is None:
            self._units = self._frames["units"]
        return self._units

    @units.setter
    def units(self, value) -> None:
        self._units = value

    def rebind(self, con) -> None:
        """Read what is not read yet through ``con`` (as :meth:`_StoredComparison.rebind`)."""
        if isinstance(self._frames, _cache.LazyFrames):
            self._frames.rebind(con)


def _topic_tag() -> str:
    """The installed topic model's identity (its files' sizes and times), part of a cache key."""
    try:
        from policyie.models.registry import artifacts_root
        from policyie.models.topic import NAME
    except ImportError:  # pragma: no cover
        return ""
    root = artifacts_root()
    for d in (root / NAME, root):
        f = d / "weights.npz"
        if f.is_file():
            st = f.stat()
            return f"{f}:{st.st_size}:{st.st_mtime_ns}"
    return "none"


def _with_topics(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with its ``topic`` column (computed when the comparison did not keep one)."""
    return frame.reset_index(drop=True) if "topic" in frame.columns else add_topics(frame.reset_index(drop=True))


def _dup_frames(r: DuplicateResult) -> tuple[dict, dict]:
    return {"units": r.units, "pairs": r.pairs, "clusters": r.clusters, "members": r.members}, dict(r.stats)


Comparison = DuplicateResult


def duplicates(source, threshold: float | None = None, *, regions: Sequence[str] | None = None,
               result: DuplicateResult | None = None, topic: str | None = None,
               include_boilerplate: bool = False, **kw) -> pd.DataFrame:
    """One row per duplicate cluster: ``cluster_id``, ``size`` (units), ``n_docs``,
    ``n_regions``, ``n_subjects``, ``boilerplate``, ``regions``, ``docs``,
    ``first_region`` and ``first_date`` (the earliest document, the likely source),
    ``kind`` (exact/near), ``text``, ``topic`` (of ``text``, :mod:`topics`), and ``members``
    (list of dicts: doc_key, doc_id, region, date, provision_id, start, end, text; the
    earliest first).  ``topic`` keeps the clusters of one topic; boilerplate formulas
    (clusters spread over many subjects) are left out unless ``include_boilerplate``."""
    dup = result or compare(source, threshold=threshold, regions=regions, **kw)
    clusters = dup.clusters if include_boilerplate else dup.clusters[~dup.clusters["boilerplate"].astype(bool)]
    clusters = keep_topic(_with_topics(clusters), topic)
    if len(clusters):
        cols = ["doc_key", "doc_id", "region", "date", "provision_id", "start", "end", "text"]
        # one pass over all members (a per-cluster to_dict took 18 s on the whole store)
        mem: dict = {}
        for cid, rec in zip(dup.members["cluster_id"].tolist(), dup.members[cols].to_dict("records")):
            mem.setdefault(cid, []).append(rec)
        clusters["members"] = [mem.get(c) for c in clusters["cluster_id"].tolist()]
    else:
        clusters["members"] = pd.Series(dtype=object)
    return clusters


def duplicate_members(source, threshold: float | None = None, **kw) -> pd.DataFrame:
    """One row per unit in a cluster (cluster_id, doc, region, provision, span, text)."""
    return compare(source, threshold=threshold, **kw).members


def duplicate_pairs(source, threshold: float | None = None, *, result: DuplicateResult | None = None,
                    **kw) -> pd.DataFrame:
    """Verified pairs with both sides spelled out (region, doc, span, text) and similarity."""
    dup = result or compare(source, threshold=threshold, **kw)
    u = dup.units.set_index("unit_id")
    p = dup.pairs
    out = p.copy()
    for side, col in (("a", "unit_a"), ("b", "unit_b")):
        sub = u.loc[p[col].to_numpy(), ["region", "doc_id", "doc_key", "provision_id", "start", "end", "text"]]
        for c in sub.columns:
            out[f"{c}_{side}"] = sub[c].to_numpy()
    return out


@dataclass(frozen=True)
class MeasureComparison:
    """The measure comparison of a store: its units, documents (with ``family``), aligned
    ``pairs`` (:data:`align.PAIR_COLUMNS`) and their ``divergences``
    (:data:`divergences.DIVERGENCE_COLUMNS`)."""

    units: pd.DataFrame
    docs: pd.DataFrame
    pairs: pd.DataFrame
    divergences: pd.DataFrame


def comparison(source, *, family: str | None = None, regions: Sequence[str] | None = None,
               params: AlignParams | None = None, model: PairModel | None = None,
               topic: str | None = None, doc_keys: Sequence[str] | None = None,
               cache: bool = True, lazy: bool = False, encoder: str | None = None,
               among: Sequence[str] | None = None) -> MeasureComparison:
    """Align the measures of ``source`` (a store path or connection) inside their families
    and read the divergences of the aligned pairs.  ``family`` keeps the families whose
    name contains it (物业管理), ``regions`` (or ``doc_keys``) the documents of those
    regions, ``topic`` the pairs where either side has that topic.  Computed once per
    store version (:mod:`cache`) unless ``cache=False`` or a ``model`` is given; ``lazy``
    as in :func:`compare` (each frame read back when first used); ``encoder`` (``auto``,
    ``e5``, ``none``) as in :func:`align.align`.  ``among`` (doc keys) aligns only the document
    pairs of those documents, while the whole store still makes the families, the weights and
    which documents pair: their pairs are the ones a comparison of the whole store gives
    (``policyie evaluate-compare --extra`` scores the labelled pairs of a large store so)."""
    with _connection(source) as con:
        keys = list(doc_keys) if doc_keys is not None else doc_keys_of_regions(con, regions)

        def compute() -> MeasureComparison:
            prepared = prepare(con, keys, min_chars=(params or AlignParams()).min_chars)
            found, duplicate_jaccard = score_pairs(prepared, family=family, params=params, model=model,
                                                   encoder=encoder, among=among)
            units, docs = prepared.units, prepared.docs
            del prepared  # its compared texts and vectors are not needed to spell the pairs out
            aligned = pairs_frame(units, docs, found, duplicate_jaccard)
            del found
            found = add_topics(aligned, {"text_a": "topic_a", "text_b": "topic_b"})
            del aligned
            if topic is not None:
                found = keep_topic(found, topic, ("topic_a", "topic_b")).reset_index(drop=True)
            div = find_divergences(con, found, units)
            _give_back_memory()
            return MeasureComparison(units, docs, found, div)

        if not cache or model is not None:
            return compute()
        key = _cache.cache_key("comparison", family=family, params=params or AlignParams(), topic=topic,
                               doc_keys=_cache.digest(keys), encoder=_encoder_tag(encoder),
                               **({} if among is None else {"among": _cache.digest(sorted(among))}))
        def units_of() -> pd.DataFrame:
            return measure_units(con, keys)

        def compute_kept() -> _StoredComparison:
            r = compute()
            # the units are not kept: they are the store's (measure_units), read back when
            # asked for; writing them cost the first view a third of a gigabyte, and holding
            # them while the frames are written 140 MB of the whole corpus's peak
            return _StoredComparison({"docs": r.docs, "pairs": r.pairs, "divergences": r.divergences}, units_of)

        found = _cache.cached(con, key, compute_kept,
                              to_frames=lambda r: ({"docs": r.docs, "pairs": r.pairs, "divergences": r.divergences}, {}),
                              from_frames=lambda f, extra: _StoredComparison(f, units_of))
        if isinstance(found, _StoredComparison):
            # a result kept in memory may come from a call whose connection is closed now:
            # what is still to read is read through this call's
            found.rebind(con, units_of)
            if not lazy or con is not source:
                found.load()  # read now: the caller may close the connection before using the result
        return found


def _give_back_memory() -> None:
    """Hand the heap the comparison's intermediate frames freed back to the system: glibc
    keeps it otherwise, and the view written next (the pairs' 163 MB of CSV over the whole
    corpus) peaks on top of it."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to hand back this way
        pass


def _encoder_tag(encoder: str | None) -> str:
    """What decides the encoder a comparison uses, for its cache key: the choice, for
    ``auto`` whether the encoder is installed (the store's size decides the rest), for
    ``ce`` the cross-encoder's adapter."""
    from policyie.compare.encoder import AUTO_MAX_UNITS, available

    choice = encoder or "none"
    if choice == "ce":  # a retrained cross-encoder is another comparison
        import hashlib

        from policyie.models.cross_encoder import NAME
        from policyie.models.registry import artifacts_root

        adapter = artifacts_root() / NAME / "adapter.safetensors"
        return f"ce/{hashlib.sha256(adapter.read_bytes()).hexdigest()[:16] if adapter.is_file() else 'missing'}"
    return f"auto/{available()}/{AUTO_MAX_UNITS}" if choice == "auto" else choice


class _StoredComparison(MeasureComparison):
    """A :class:`MeasureComparison` read back from the store's cache, each frame on first
    use (the divergences view never reads the 200,000 pairs of the corpus back)."""

    def __init__(self, frames, units) -> None:  # noqa: D107 - frozen: the frames come through properties
        object.__setattr__(self, "_frames", frames)
        object.__setattr__(self, "_units_of", units)
        object.__setattr__(self, "_units", None)

    def rebind(self, con, units) -> None:
        """Read what is not read yet through ``con``, the units through ``units()``."""
        object.__setattr__(self, "_units_of", units)
        if isinstance(self._frames, _cache.LazyFrames):
            self._frames.rebind(con)

    def load(self) -> None:
        for name in ("units", "docs", "pairs", "divergences"):
            getattr(self, name)

    @property
    def units(self) -> pd.DataFrame:
        if self._units is None:
            object.__setattr__(self, "_units", self._units_of())
        return self._units

    docs = property(lambda self: self._frames["docs"])
    pairs = property(lambda self: self._frames["pairs"])
    divergences = property(lambda self: self._frames["divergences"])


def pairs(source, **kw) -> pd.DataFrame:
    """Aligned measure pairs (see :func:`comparison`): family, relation, score, and for
    each side unit, doc_key, doc_id, region, date, start, end, text.  family, relation and
    each side's doc_key, source, doc_id, region and date are categoricals (one string per
    document: a fifth of the memory), with the same categories on both sides."""
    return comparison(source, **kw).pairs


def divergences(source, *, result: MeasureComparison | None = None, **kw) -> pd.DataFrame:
    """One row per differing field of an aligned measure pair (see :func:`comparison`)."""
    return (result or comparison(source, **kw)).divergences


def families(source) -> pd.DataFrame:
    """Documents with their family: doc_key, title, region, date, family_id, family."""
    with _connection(source) as con:
        cols = ["doc_key", "doc_id", "title", "province", "city", "county", "date", "text"]
        docs = con.execute(f"SELECT {', '.join(cols)} FROM documents ORDER BY doc_key").df()
    fam = find_families(docs)
    docs = docs.drop(columns=["text"]).merge(fam, on="doc_key")
    return docs.assign(region=[region_display(a, b, c) for a, b, c in zip(docs["province"], docs["city"], docs["county"])])


def family_table(source, family: str | None = None) -> pd.DataFrame:
    """One row per family of two or more documents (or matching ``family``): ``family``,
    ``n_docs``, ``regions``, ``titles``, ``doc_keys``; the largest first."""
    docs = families(source)
    if family:
        docs = docs[docs["family"].str.contains(family, regex=False)]
    by = docs.groupby("family", sort=True)
    out = pd.DataFrame({"n_docs": by.size(), "regions": by["region"].agg(lambda s: sorted(set(s))),
                        "titles": by["title"].agg(list), "doc_keys": by["doc_key"].agg(list)}).reset_index()
    if not family:
        out = out[out["n_docs"] >= 2]
    return out.sort_values(["n_docs", "family"], ascending=[False, True]).reset_index(drop=True)


def adoption_matrix(source, threshold: float | None = None, *, regions: Sequence[str] | None = None,
                    result: DuplicateResult | None = None, min_regions: int = 1,
                    max_measures: int | None = None, topic: str | None = None, **kw) -> pd.DataFrame:
    """Regions × measures booleans (see :mod:`adoption`); the measures table (with each
    measure's ``topic``) is in ``frame.attrs["measures"]`` and from :func:`adoption_measures`.
    ``topic`` keeps the measures of one topic."""
    dup = result or compare(source, threshold=threshold, regions=regions, **kw)
    matrix, measures = adoption(dup, min_regions=min_regions, max_measures=max_measures)
    measures = keep_topic(_with_topics(measures), topic)
    if topic is not None:
        matrix = matrix[list(measures["measure"])]  # the matrix's columns are the measures, in order
    matrix.attrs["measures"] = measures
    return matrix


def adoption_measures(source, threshold: float | None = None, *, result: DuplicateResult | None = None,
                      min_regions: int = 1, max_measures: int | None = None, topic: str | None = None,
                      **kw) -> pd.DataFrame:
    """Per measure: the regions that adopted it, the region it is unique to, its topic."""
    dup = result or compare(source, threshold=threshold, **kw)
    measures = adoption(dup, min_regions=min_regions, max_measures=max_measures)[1]
    return keep_topic(_with_topics(measures), topic)


def staffing_table(source, *, regions: Sequence[str] | None = None, enforcement: bool = False) -> pd.DataFrame:
    """One row per staffing number: region, body, kind, min, max, unit, text, doc…"""
    with _connection(source) as con:
        return _staffing_table(con, regions=regions, enforcement=enforcement)
