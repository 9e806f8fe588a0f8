"""The Python API of cross-region comparison; every function returns a pandas DataFrame.

``source`` is a DuckDB connection to the store, the path of a store file, or (for
:func:`duplicates` and :func:`adoption_matrix`) a DataFrame of provisions (as
``provisions_frame`` returns) or of units (:func:`units.load_units`).

>>> from policyie.compare import api
>>> api.duplicates("out/policyie.duckdb")                      # doctest: +SKIP
>>> api.divergences("out/policyie.duckdb", regions=["浙江省", "重庆市"])  # doctest: +SKIP

Nothing here compares all pairs: see :mod:`duplicates` for the blocking (exact groups,
MinHash LSH buckets) and :mod:`divergences` for the alignments.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Sequence

import pandas as pd

from policyie.compare.adoption import adoption
from policyie.compare.divergences import find_divergences
from policyie.compare.duplicates import DuplicateParams, DuplicateResult, find_duplicates
from policyie.compare.staffing import staffing_table as _staffing_table
from policyie.compare.topics import add_topics, keep_topic
from policyie.compare.units import load_units, open_connection

__all__ = ["duplicates", "duplicate_members", "duplicate_pairs", "divergences", "adoption_matrix",
           "adoption_measures", "staffing_table", "compare", "Comparison"]


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
            level: str = "sentence", progress: bool = False, **params) -> DuplicateResult:
    """Units of ``source`` and their duplicates (the result the other functions read)."""
    if isinstance(source, pd.DataFrame):
        units = load_units(source, level=level, regions=regions)
    else:
        with _connection(source) as con:
            units = load_units(con, level=level, regions=regions)
    return find_duplicates(units, _params(threshold, **params), progress=progress)


Comparison = DuplicateResult


def duplicates(source, threshold: float | None = None, *, regions: Sequence[str] | None = None,
               result: DuplicateResult | None = None, topic: str | None = None, **kw) -> pd.DataFrame:
    """One row per duplicate cluster: ``cluster_id``, ``size`` (units), ``n_docs``,
    ``n_regions``, ``regions``, ``docs``, ``kind`` (exact/near), ``text``, ``topic`` (of
    ``text``, :mod:`topics`), and ``members`` (list of dicts: doc_id, region, provision_id,
    start, end, text).  ``topic`` keeps the clusters of one topic."""
    dup = result or compare(source, threshold=threshold, regions=regions, **kw)
    clusters = keep_topic(add_topics(dup.clusters), topic)
    if len(clusters):
        cols = ["doc_id", "region", "provision_id", "start", "end", "text"]
        mem = dup.members.groupby("cluster_id")[cols].apply(lambda g: g.to_dict("records"))
        clusters["members"] = clusters["cluster_id"].map(mem)
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


def divergences(source, threshold: float | None = None, *, regions: Sequence[str] | None = None,
                result: DuplicateResult | None = None, by_body: bool = True, progress: bool = False,
                topic: str | None = None, **kw) -> pd.DataFrame:
    """One row per differing field of the same measure in two regions (see
    :mod:`divergences` for the columns), with ``topic_a``/``topic_b``, the topics of the two
    units; ``topic`` keeps the rows where either side has that topic."""
    with _connection(source) as con:
        if result is None:
            units = load_units(con, regions=regions)
            result = find_duplicates(units, _params(threshold, **kw), progress=progress)
        st = _staffing_table(con, regions=regions) if by_body else None
        rows = find_divergences(con, result, by_body=by_body, staffing=st, progress=progress)
    rows = add_topics(rows, {"unit_a": "topic_a", "unit_b": "topic_b"})
    return keep_topic(rows, topic, ("topic_a", "topic_b")).reset_index(drop=True)


def adoption_matrix(source, threshold: float | None = None, *, regions: Sequence[str] | None = None,
                    result: DuplicateResult | None = None, min_regions: int = 1,
                    max_measures: int | None = None, topic: str | None = None, **kw) -> pd.DataFrame:
    """Regions × measures booleans (see :mod:`adoption`); the measures table (with each
    measure's ``topic``) is in ``frame.attrs["measures"]`` and from :func:`adoption_measures`.
    ``topic`` keeps the measures of one topic."""
    dup = result or compare(source, threshold=threshold, regions=regions, **kw)
    matrix, measures = adoption(dup, min_regions=min_regions, max_measures=max_measures)
    measures = keep_topic(add_topics(measures), topic)
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
    return keep_topic(add_topics(measures), topic)


def staffing_table(source, *, regions: Sequence[str] | None = None, enforcement: bool = False) -> pd.DataFrame:
    """One row per staffing number: region, body, kind, min, max, unit, text, doc…"""
    with _connection(source) as con:
        return _staffing_table(con, regions=regions, enforcement=enforcement)
