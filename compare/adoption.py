"""Adoption matrix: which region adopted which measure.

A *measure* is a duplicate cluster (:mod:`duplicates`) that is not boilerplate; a measure
found in one region only is listed as unique to it.  ``adoption(dup)`` returns ``(matrix, measures)``:

* ``matrix``: a boolean DataFrame, one row per region, one column per measure
  (``M<cluster_id>``), True where the region has a unit of the cluster;
* ``measures``: one row per measure: ``measure``, ``cluster_id``, ``n_regions``,
  ``regions`` (list), ``unique_to`` (the region when only one has it, else None),
  ``n_docs``, ``text`` (the representative wording).

``min_regions`` drops measures found in fewer regions (1 keeps the unique ones);
``max_measures`` keeps the most widely adopted ones (the matrix stays readable and its
memory bounded: regions × measures booleans).
"""

from __future__ import annotations

import pandas as pd

__all__ = ["adoption"]


def adoption(dup, *, min_regions: int = 1, max_measures: int | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    members = dup.members
    if not len(members):
        return pd.DataFrame(dtype=bool), pd.DataFrame(columns=["measure", "cluster_id", "n_regions", "regions",
                                                               "unique_to", "n_docs", "text"])
    m = members.assign(region=members["region"].where(members["region"].fillna("") != "", "(unknown)"))
    clusters = dup.clusters
    if "boilerplate" in clusters.columns:  # a formula found across many subjects is not a measure adopted
        clusters = clusters[~clusters["boilerplate"].astype(bool)]
    keep = ["cluster_id", "n_regions", "regions", "n_docs", "text"] + (["topic"] if "topic" in clusters.columns else [])
    measures = clusters[keep].copy()
    measures = measures[measures["n_regions"] >= min_regions]
    measures = measures.sort_values(["n_regions", "n_docs", "cluster_id"], ascending=[False, False, True])
    if max_measures is not None:
        measures = measures.head(max_measures)
    measures.insert(0, "measure", ["M%d" % c for c in measures["cluster_id"]])
    measures["unique_to"] = [r[0] if len(r) == 1 else None for r in measures["regions"]]
    measures = measures[["measure", "cluster_id", "n_regions", "regions", "unique_to", "n_docs", "text"]
                        + (["topic"] if "topic" in measures.columns else [])]
    sel = m[m["cluster_id"].isin(measures["cluster_id"])][["region", "cluster_id"]].drop_duplicates()
    sel = sel.assign(measure="M" + sel["cluster_id"].astype(str), value=True)
    matrix = sel.pivot_table(index="region", columns="measure", values="value", aggfunc="any", fill_value=False)
    matrix = matrix.reindex(columns=list(measures["measure"]), fill_value=False).astype(bool)
    matrix.columns.name = None
    return matrix, measures.reset_index(drop=True)
