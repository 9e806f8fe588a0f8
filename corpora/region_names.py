"""One naming of regions for the store, the exports, the comparison and the page.

The name of a region is made in one place, :attr:`policyie.records.Region.name`: the
province, city and county joined, a part said once when it repeats the one above it.
A municipality is both province and city (``Region("北京市", "北京市", "海淀区")``), so

* a municipality is ``北京市``, one of its districts ``北京市海淀区``;
* a province is ``河北省``, a city ``河北省承德市``, a county ``河北省承德市兴隆县``.

Stores written before this rule hold the doubled form (``北京市北京市``) in
``documents.region``; :func:`canonical_region` turns either form into the one above, and
:func:`resolve_region_filter` (for ``--region`` and the page's region parameter) accepts
both and refuses a name the store does not know, listing the known ones.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from policyie.records import Region

__all__ = ["MUNICIPALITIES", "region_name", "canonical_region", "known_regions", "resolve_region_filter"]

MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")


def region_name(province, city=None, county=None) -> str:
    """The canonical name of a region from its parts (None, NaN or '' for a missing part).

    >>> region_name("北京市", "北京市", "海淀区"), region_name("河北省", "承德市", None)
    ('北京市海淀区', '河北省承德市')
    """
    parts = [p if isinstance(p, str) and p else None for p in (province, city, county)]
    return Region(*parts).name


def canonical_region(name: str) -> str:
    """``name`` in the canonical form: a municipality's doubled name (old stores, user
    input) said once; anything else unchanged apart from surrounding spaces.

    >>> canonical_region("重庆市重庆市"), canonical_region(" 北京市北京市海淀区"), canonical_region("河北省")
    ('重庆市', '北京市海淀区', '河北省')
    """
    name = (name or "").strip()
    for m in MUNICIPALITIES:
        while name.startswith(m + m):
            name = name[len(m):]
    return name


def _parts_rows(con) -> list[tuple]:
    return con.execute("SELECT DISTINCT province, city, county FROM documents").fetchall()


def _chains(rows: Iterable[tuple]) -> dict[str, set[str]]:
    """Every known region name (each level of each document's region) → the parts it is
    made of, so that a bare part (兴隆县, 承德市) finds the full names that hold it."""
    out: dict[str, set[str]] = {}
    for province, city, county in rows:
        for parts in ((province, None, None), (province, city, None), (province, city, county)):
            name = region_name(*parts)
            if name:
                out.setdefault(name, set()).update(p for p in parts if isinstance(p, str) and p)
    return out


def known_regions(con) -> list[str]:
    """The canonical names of the regions of a store's documents, every level (province,
    city, county), sorted: ``['北京市', '北京市海淀区', '河北省', '河北省承德市', …]``."""
    return sorted(_chains(_parts_rows(con)))


def resolve_region_filter(con, names: Sequence[str] | None) -> list[str]:
    """The canonical region names that ``names`` (``--region`` values) stand for in the store
    ``con``; raises ``ValueError`` with a one-line message listing the known regions when a
    name is unknown. Both forms are accepted (``重庆市重庆市`` → ``重庆市``), and a bare part
    resolves to the full names holding it (``兴隆县`` → ``河北省承德市兴隆县``).

    An empty or None ``names`` gives ``[]`` (no filter)."""
    if not names:
        return []
    chains = _chains(_parts_rows(con))
    out: list[str] = []
    for raw in names:
        name = canonical_region(raw)
        if name in chains:
            hits = [name]
        else:
            hits = sorted(full for full, parts in chains.items() if name in parts and full.endswith(name))
        if not name or not hits:
            known = "、".join(sorted(chains)) or "(none: the store has no document with a region)"
            raise ValueError(f"unknown region {raw!r}; known regions: {known}")
        out.extend(h for h in hits if h not in out)
    return out
