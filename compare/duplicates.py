"""Duplicated measures: units reused across (or within) documents, exact and near.

Pipeline (never all pairs; time and memory grow about linearly with the units):

1. **Exact groups.**  Units with the same normalised text (:func:`units.normalize`) form
   one group; only one representative per group goes further, so a clause repeated in
   1,800 regulations (构成犯罪的，依法追究刑事责任) costs one entry, not 1.6 million pairs.
2. **Probes for the short-in-long case.**  A representative that has several clauses
   (cut at ，,：:、) also gets *window* probes: its prefix and suffix runs of clauses (and
   inner runs when it has at most five clauses), up to ``max_windows`` per unit, of at
   least ``min_containment_chars`` characters.  A short sentence reused inside a longer one matches such a window nearly exactly.
3. **MinHash + LSH.**  Character ``k``-gram shingles (k=3), MinHash signatures (datasketch
   permutations, ``num_perm`` 128, fixed ``seed``; :mod:`minhash`), banded with datasketch's
   optimal ``(b, r)`` for ``lsh_threshold`` (0.5 → 25 bands of 5 rows).  ``engine="numpy"``
   buckets the bands with one sort per band; ``engine="datasketch"`` inserts the same
   signatures into ``datasketch.MinHashLSH`` and queries it (same buckets, same
   candidates, about ten times slower; the tests check they agree).  A bucket with more
   than ``max_bucket`` distinct units contributes a star (its first unit with each other)
   instead of all its pairs.
4. **Verification** by exact set similarity of the shingle sets (the MinHash estimate is
   only used to find candidates): a pair is kept when its Jaccard similarity is at least
   ``threshold`` (*near* duplicate), or when the smaller set is contained in the larger
   one to at least ``containment`` (|A∩B| / min(|A|, |B|)) and the smaller unit has at
   least ``min_containment_chars`` characters (*contained*: the short-in-long case).
5. **Clusters**: connected components of the verified pairs over the groups, expanded to
   every unit of each group.  Clusters with a single unit are not reported.

Default thresholds, chosen on the Shandong reposts seed and checked on the regulations
corpus (the numbers are in ``benchmarks/results/compare_sample50.md``):

* ``threshold`` = 0.6 (Jaccard of character 3-gram sets): on the Shandong seed every
  reposted item is recovered and no two distinct items are merged for any value from
  0.3 to 1.0 (the reposts are verbatim up to a 转 mark or a final 。); on the regulations,
  pairs below 0.6 are mostly different provisions built from the same formula
  (…的，由…责令改正), pairs from 0.6 up are the same measure, often with one number or
  body changed, which is what the divergence report wants to see.
* ``containment`` = 0.85 with ``min_containment_chars`` = 15: a clause of at least 15
  characters that is 85% inside a longer unit.  Shorter clauses (依法给予处分,
  法律法规另有规定的除外) are formulas, not measures.
* ``min_chars`` = 10: units shorter than this after normalisation (第一条, 附件, 总则,
  a heading) never cluster.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

import numpy as np
import pandas as pd

from policyie.compare.minhash import SCHEME, ShingleSets, shingle_sets, signatures
from policyie.compare.families import subject_key
from policyie.compare.units import mask_numbers, normalize

__all__ = ["DuplicateParams", "DuplicateResult", "find_duplicates", "DEFAULT_THRESHOLD",
           "DEFAULT_CONTAINMENT", "DEFAULT_MIN_CHARS", "DEFAULT_MIN_CONTAINMENT_CHARS"]

DEFAULT_THRESHOLD = 0.7
DEFAULT_CONTAINMENT = 0.85
DEFAULT_MIN_CHARS = 10
DEFAULT_MIN_CONTAINMENT_CHARS = 15
DEFAULT_CONTEXT_CHARS = 30
DEFAULT_CONTEXT = 0.4

_CLAUSE_CUT = re.compile(r"[，,：:、]")


@dataclass(frozen=True)
class DuplicateParams:
    threshold: float = DEFAULT_THRESHOLD
    containment: float = DEFAULT_CONTAINMENT
    min_chars: int = DEFAULT_MIN_CHARS
    min_containment_chars: int = DEFAULT_MIN_CONTAINMENT_CHARS
    k: int = 3
    num_perm: int = 128
    seed: int = 1
    lsh_threshold: float = 0.5
    max_bucket: int = 64
    max_windows: int = 12
    max_pairs_per_edge: int = 25
    #: A cluster whose documents are on this many different subjects or more is a
    #: boilerplate formula (构成犯罪的，依法追究刑事责任), not a measure reused.
    boilerplate_subjects: int = 5
    context_chars: int = DEFAULT_CONTEXT_CHARS
    context: float = DEFAULT_CONTEXT
    engine: str = "numpy"

    def __post_init__(self) -> None:
        if not 0 < self.threshold <= 1:
            raise ValueError(f"threshold must be in (0, 1], got {self.threshold}")
        if not 0 < self.containment <= 1:
            raise ValueError(f"containment must be in (0, 1], got {self.containment}")
        if self.engine not in ("numpy", "datasketch"):
            raise ValueError(f"engine must be numpy or datasketch, got {self.engine!r}")


@dataclass
class DuplicateResult:
    """What :func:`find_duplicates` found.

    ``units``: the units compared, with ``group`` (exact group id) and ``cluster``
    (-1 when the unit is in no cluster).  ``pairs``: verified unit pairs, one row each
    (``unit_a``, ``unit_b``, ``kind`` exact/near/contained, ``jaccard``, ``containment``);
    exact groups contribute a star, near pairs are expanded to at most
    ``max_pairs_per_edge`` unit pairs from different documents.  ``clusters`` and
    ``members``: see :func:`clusters_frame` / :func:`members_frame`.
    """

    units: pd.DataFrame
    pairs: pd.DataFrame
    clusters: pd.DataFrame
    members: pd.DataFrame
    params: DuplicateParams
    stats: dict = field(default_factory=dict)


# ---------------------------------------------------------------- probes

def _windows(clauses: list[str], min_len: int, max_windows: int) -> list[str]:
    """Runs of consecutive clauses, never the whole unit: every prefix and suffix run,
    and (for units of at most five clauses) the inner runs too; only runs of at least
    ``min_len`` characters, at most ``max_windows`` of them."""
    n = len(clauses)
    if n < 2:
        return []
    spans = [(0, j) for j in range(1, n)] + [(i, n) for i in range(1, n)]
    if n <= 5:
        spans += [(i, j) for i in range(1, n - 1) for j in range(i + 1, n)]
    out: list[str] = []
    seen = set()
    for i, j in spans:
        w = "".join(clauses[i:j])
        if len(w) >= min_len and w not in seen:
            seen.add(w)
            out.append(w)
            if len(out) >= max_windows:
                break
    return out


def _clauses(text: str) -> list[str]:
    parts = [mask_numbers(normalize(p)) for p in _CLAUSE_CUT.split(text)]
    return [p for p in parts if p]


# ---------------------------------------------------------------- LSH

def _band_keys(sig: np.ndarray, b: int, r: int) -> np.ndarray:
    """One 32-bit key per (entry, band): equal band values give equal keys; unequal ones
    collide with probability 2^-32, which only adds a candidate that verification drops."""
    n = sig.shape[0]
    keys = np.empty((b, n), dtype=np.uint32)
    with np.errstate(over="ignore"):
        for band in range(b):
            x = np.full(n, np.uint64(0x9E3779B97F4A7C15) * np.uint64(band + 1), dtype=np.uint64)
            for c in range(band * r, (band + 1) * r):
                x ^= sig[:, c].astype(np.uint64)
                x *= np.uint64(0xBF58476D1CE4E5B9)
                x ^= x >> np.uint64(29)
            keys[band] = ((x ^ (x >> np.uint64(32))) & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    return keys


def _pairs_from_buckets(bands: Iterable[np.ndarray], owner: np.ndarray, max_bucket: int) -> np.ndarray:
    """Candidate pairs (owner_i < owner_j), packed ``i << 32 | j``, from equal band keys
    (``bands``: one key array per band, or a ``(b, n)`` array).

    Vectorised per band: sort (key, owner), drop repeated owners, cut into runs of equal
    keys; runs of up to ``max_bucket`` owners give all their pairs (one numpy step per run
    size), larger runs a star from their first owner.  The pairs are made unique after
    each band (most recur in band after band: kept until the end, they were several
    times the unique pairs).
    """
    found = np.empty(0, dtype=np.uint64)
    own = owner.astype(np.uint64)
    for band_keys in bands:
        chunks = [found]
        order = np.lexsort((own, band_keys))
        k, o = band_keys[order], own[order]
        del order
        fresh = np.concatenate(([True], (k[1:] != k[:-1]) | (o[1:] != o[:-1])))
        k, o = k[fresh], o[fresh]
        bounds = np.flatnonzero(np.concatenate(([True], k[1:] != k[:-1], [True])))
        starts, sizes = bounds[:-1], np.diff(bounds)
        for size in np.unique(sizes[sizes > 1]):
            st = starts[sizes == size]
            if size > max_bucket:
                for s0 in st:
                    a = np.full(size - 1, o[s0], dtype=np.uint64)
                    chunks.append(_pack(a, o[s0 + 1:s0 + size]))
                continue
            ii, jj = np.triu_indices(int(size), 1)
            a = o[(st[:, None] + ii[None, :]).ravel()]
            bb = o[(st[:, None] + jj[None, :]).ravel()]
            chunks.append(_pack(a, bb))
        found = _sorted_unique(chunks)
    return found


def _sorted_unique(chunks: list[np.ndarray]) -> np.ndarray:
    if not chunks:
        return np.empty(0, dtype=np.uint64)
    x = np.concatenate(chunks)
    x.sort()
    return x[np.concatenate(([True], x[1:] != x[:-1]))] if len(x) else x


def _pack(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    lo, hi = np.minimum(a, b).astype(np.uint64), np.maximum(a, b).astype(np.uint64)
    return (lo << np.uint64(32)) | hi


def _pairs_datasketch(sig: np.ndarray, owner: np.ndarray, params: DuplicateParams, b: int, r: int) -> np.ndarray:
    from datasketch import LeanMinHash, MinHashLSH

    lsh = MinHashLSH(num_perm=params.num_perm, params=(b, r))
    sketches = [LeanMinHash(seed=params.seed, hashvalues=sig[i], scheme=SCHEME) for i in range(len(sig))]
    with lsh.insertion_session() as session:
        for i, m in enumerate(sketches):
            session.insert(i, m, check_duplication=False)
    chunks = []
    for i, m in enumerate(sketches):
        cand = np.fromiter(lsh.query(m), dtype=np.int64)
        other = owner[cand]
        mine = owner[i]
        other = np.unique(other[other != mine])
        if len(other) > params.max_bucket:  # the numpy engine caps per bucket; here per query
            other = other[:params.max_bucket]
        chunks.append(_pack(np.full(len(other), mine), other))
    return _sorted_unique(chunks)


def _lsh_params(params: DuplicateParams) -> tuple[int, int]:
    from datasketch.lsh import _optimal_param

    return _optimal_param(params.lsh_threshold, params.num_perm, 0.5, 0.5)


# ---------------------------------------------------------------- verification

def _overlaps(sets: ShingleSets, a: np.ndarray, b: np.ndarray, batch: int = 20_000) -> np.ndarray:
    """|S_a ∩ S_b| for each pair, vectorised in batches."""
    out = np.zeros(len(a), dtype=np.int64)
    sizes = sets.sizes()
    for lo in range(0, len(a), batch):
        hi = min(len(a), lo + batch)
        ia, ib = a[lo:hi], b[lo:hi]
        idx = np.arange(hi - lo, dtype=np.uint64)

        def gather(units):
            cnt = sizes[units]
            rep = np.repeat(idx, cnt)
            starts = sets.offsets[units]
            first = np.zeros(len(units) + 1, dtype=np.int64)
            np.cumsum(cnt, out=first[1:])
            pos = np.arange(int(first[-1]), dtype=np.int64) - np.repeat(first[:-1], cnt) + np.repeat(starts, cnt)
            return (rep << np.uint64(32)) | sets.hashes[pos]

        ka, kb = gather(ia), gather(ib)
        both = np.concatenate([ka, kb])
        both.sort()
        dup = both[1:][both[1:] == both[:-1]]
        out[lo:hi] = np.bincount((dup >> np.uint64(32)).astype(np.int64), minlength=hi - lo)
    return out


def _verify(texts: list[str], ga: np.ndarray, gb: np.ndarray, k: int,
            block: int = 100_000) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``|S_a ∩ S_b|``, ``|S_a|`` and ``|S_b|`` of the shingle sets of ``texts[ga]`` and
    ``texts[gb]``, ``block`` pairs at a time: only the texts a block names are shingled
    (never the sets of every group at once, which peaked at over a gigabyte on large stores).

    >>> _verify(["abcd", "abce", "xyz"], np.array([0, 0]), np.array([1, 2]), 3)[0].tolist()
    [1, 0]
    """
    n = len(ga)
    inter = np.zeros(n, dtype=np.int64)
    sa = np.zeros(n, dtype=np.int64)
    sb = np.zeros(n, dtype=np.int64)
    for lo in range(0, n, block):
        hi = min(n, lo + block)
        need, inv = np.unique(np.concatenate([ga[lo:hi], gb[lo:hi]]), return_inverse=True)
        sets = shingle_sets([texts[i] for i in need], k)
        ia, ib = inv[:hi - lo], inv[hi - lo:]
        inter[lo:hi] = _overlaps(sets, ia, ib)
        sizes = sets.sizes()
        sa[lo:hi], sb[lo:hi] = sizes[ia], sizes[ib]
        del sets
    return inter, sa, sb


def _candidates(masked: list[str], windowed: np.ndarray, text_column: pd.Series, rep_unit: np.ndarray,
                params: DuplicateParams, stats: dict, block: int) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs of groups (``ga < gb``) whose probes share an LSH bucket.  The probes
    are each group's masked text and, for groups marked ``windowed``, runs of clauses of
    its representative unit's text (so a clause reused inside a longer unit is found)."""
    n_groups = len(masked)

    # probes made a block at a time (the windows of a large store run to over a million
    # strings; only a block's are kept, and only a block's unit texts become Python strings)
    def probe_blocks():
        text: list[str] = []
        own: list[int] = []
        for lo in range(0, n_groups, block):
            hi = min(n_groups, lo + block)
            raw = dict(zip(np.flatnonzero(windowed[lo:hi]).tolist(),
                           text_column.take(rep_unit[lo:hi][windowed[lo:hi]]).tolist()))
            for g in range(lo, hi):
                text.append(masked[g])
                own.append(g)
                if g - lo in raw:
                    for w in _windows(_clauses(raw[g - lo]), params.min_containment_chars, params.max_windows):
                        if w != masked[g]:
                            text.append(w)
                            own.append(g)
                if len(text) >= block:
                    yield text, own
                    text, own = [], []
        if text:
            yield text, own

    # band keys (32-bit, band-major) per block; signatures never all in memory
    b, r = _lsh_params(params)
    stats["lsh_bands"], stats["lsh_rows"] = b, r
    key_parts, owners = [], []
    sig_parts = []
    for text, own in probe_blocks():
        sig = signatures(shingle_sets(text, params.k), num_perm=params.num_perm, seed=params.seed)
        owners.append(np.asarray(own, dtype=np.int64))
        if params.engine == "numpy":
            key_parts.append(_band_keys(sig, b, r))
        else:
            sig_parts.append(sig)
        del sig
    owner = np.concatenate(owners) if owners else np.zeros(0, dtype=np.int64)
    del owners
    stats["probes"] = len(owner)
    if params.engine == "numpy":
        # one band's keys joined at a time: joining all bands at once doubled the largest array here
        bands = (np.concatenate([part[j] for part in key_parts]) if key_parts else np.zeros(0, dtype=np.uint32)
                 for j in range(b))
        packed = _pairs_from_buckets(bands, owner, params.max_bucket)
    else:
        sig = np.concatenate(sig_parts) if sig_parts else np.zeros((0, params.num_perm), dtype=np.uint32)
        packed = _pairs_datasketch(sig, owner, params, b, r)
    ga = (packed >> np.uint64(32)).astype(np.int64)
    gb = (packed & np.uint64(0xFFFFFFFF)).astype(np.int64)
    keep = ga != gb
    stats["candidates"] = int(keep.sum())
    return ga[keep], gb[keep]


def _verified(masked: list[str], lens: np.ndarray, ga: np.ndarray, gb: np.ndarray,
              params: DuplicateParams) -> tuple[np.ndarray, ...]:
    """The candidate pairs that are near duplicates (Jaccard ≥ ``threshold``) or where the
    shorter is contained in the longer: ``ga, gb, jaccard, containment, near``."""
    inter, sa, sb = _verify(masked, ga, gb, params.k)
    union = sa + sb - inter
    jac = np.where(union > 0, inter / np.maximum(union, 1), 0.0)
    cont = np.where(np.minimum(sa, sb) > 0, inter / np.maximum(np.minimum(sa, sb), 1), 0.0)
    shorter = np.minimum(lens[ga], lens[gb])
    near = jac >= params.threshold
    contained = ~near & (cont >= params.containment) & (shorter >= params.min_containment_chars)
    ok = near | contained
    return ga[ok], gb[ok], jac[ok], cont[ok], near[ok]


# ---------------------------------------------------------------- main

def find_duplicates(units: pd.DataFrame, params: DuplicateParams | None = None, *,
                    progress: bool = False, block: int = 25_000) -> DuplicateResult:
    """Exact and near duplicate units, verified pairs and clusters (see the module doc)."""
    from tqdm.auto import tqdm

    params = params or DuplicateParams()
    long_enough = units["norm"].str.len().to_numpy() >= params.min_chars
    if not long_enough.all():  # a filter copies every column: the caller may have filtered already
        units = units[long_enough]
    units = units.reset_index(drop=True)
    units = units.assign(unit_id=np.arange(len(units)))
    stats: dict = {"units": len(units)}
    bar = tqdm(total=6, desc="duplicates", unit="step", disable=not progress, leave=False)

    # 1. exact groups
    codes, uniques = pd.factorize(units["norm"], sort=False)
    units = units.assign(group=codes)
    n_groups = len(uniques)
    rep_unit = pd.Series(np.arange(len(units))).groupby(codes).first().to_numpy()
    group_size = np.bincount(codes, minlength=n_groups)
    stats["groups"] = n_groups
    bar.update()

    masked = [mask_numbers(t) for t in uniques]
    lens = np.fromiter((len(t) for t in masked), dtype=np.int64, count=n_groups)
    windowed = np.fromiter((len(t) >= params.min_containment_chars * 1.5 for t in uniques), dtype=bool, count=n_groups)
    del uniques
    bar.update()

    # 2.–3. probes, MinHash + LSH: candidate group pairs
    ga, gb = _candidates(masked, windowed, units["text"], rep_unit, params, stats, block)
    bar.update(2)

    # 4. verification on the groups' full shingle sets, a block of candidates at a time (in
    # functions of their own, so that their large intermediates are gone before the clusters)
    ga, gb, jac, cont, near = _verified(masked, lens, ga, gb, params)
    del masked
    # Short units (formulas such as 逾期不改正的，处…罚款) count only within one document or
    # between documents on the same subject (titles alike once the region is taken out).
    short = np.minimum(lens[ga], lens[gb]) < params.context_chars
    subjects = _Subjects(units)
    if short.any():
        dk = units["doc_key"]
        ctx = np.fromiter((subjects.similarity(a, b) for a, b in zip(dk.take(rep_unit[ga[short]]).tolist(),
                                                                      dk.take(rep_unit[gb[short]]).tolist())),
                          dtype=float, count=int(short.sum()))
        keep = np.ones(len(ga), dtype=bool)
        keep[np.flatnonzero(short)] = ctx >= params.context
        stats["dropped_out_of_context"] = int((~keep).sum())
        ga, gb, jac, cont, near = ga[keep], gb[keep], jac[keep], cont[keep], near[keep]
    stats["verified_group_pairs"] = len(ga)
    bar.update()

    # 5. clusters over groups: centres and their verified neighbours (star clustering), so a
    # cluster never chains different measures through shared formulas (A~B, B~C, A≁C)
    comp = _star_clusters(n_groups, ga, gb, group_size)
    comp_units = np.bincount(comp, weights=group_size, minlength=comp.max() + 1 if len(comp) else 0)
    unit_comp = comp[codes] if len(codes) else np.empty(0, dtype=np.int64)
    multi = comp_units[unit_comp] >= 2 if len(codes) else np.empty(0, dtype=bool)
    # cluster ids: by size (descending), then first unit
    in_cluster = pd.DataFrame({"comp": unit_comp[multi], "unit_id": np.flatnonzero(multi)})
    order = (in_cluster.groupby("comp")["unit_id"].agg(["size", "min"])
             .sort_values(["size", "min"], ascending=[False, True]))
    cid = pd.Series(np.arange(len(order)), index=order.index)
    cluster = np.full(len(units), -1, dtype=np.int64)
    cluster[in_cluster["unit_id"].to_numpy()] = cid.loc[in_cluster["comp"]].to_numpy()
    units = units.assign(cluster=cluster)
    stats["clusters"] = len(order)

    short = np.minimum(lens[ga], lens[gb]) < params.context_chars
    pairs = _unit_pairs(units, codes, ga, gb, jac, cont, near, short, subjects, params)
    stats["pairs"] = len(pairs)
    bar.update()
    bar.close()
    clusters, members = _cluster_frames(units, group_size, params.boilerplate_subjects)
    return DuplicateResult(units=units, pairs=pairs, clusters=clusters, members=members, params=params, stats=stats)


def _star_clusters(n: int, ga: np.ndarray, gb: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """Cluster ids of ``n`` nodes: the node with the most (weighted) verified neighbours
    becomes a centre and takes its unassigned neighbours, then the next, and so on.  Every
    member is verified against its centre.

    >>> _star_clusters(4, np.array([0, 1]), np.array([1, 2]), np.ones(4, int)).tolist()
    [0, 0, 0, 1]
    """
    if n == 0:
        return np.empty(0, dtype=np.int64)
    a = np.concatenate([ga, gb])
    b = np.concatenate([gb, ga])
    order = np.argsort(a, kind="stable")
    a, b = a[order], b[order]
    start = np.searchsorted(a, np.arange(n + 1))
    degree = np.bincount(a, weights=weight[b], minlength=n) if len(a) else np.zeros(n)
    comp = np.full(n, -1, dtype=np.int64)
    k = 0
    for c in np.lexsort((np.arange(n), -degree)):
        if comp[c] >= 0:
            continue
        comp[c] = k
        nb = b[start[c]:start[c + 1]]
        nb = nb[comp[nb] < 0]
        comp[nb] = k
        k += 1
    return comp


def _bigrams(s: str) -> set:
    return {s[i:i + 2] for i in range(len(s) - 1)} or ({s} if s else set())


class _Subjects:
    """Subject similarity of two documents: 1.0 for one document, else the Jaccard
    similarity of the bigrams of their :func:`subject_key`."""

    def __init__(self, units: pd.DataFrame) -> None:
        docs = units.drop_duplicates("doc_key")
        self._bigrams = {r.doc_key: _bigrams(subject_key(r.title, r.province, r.city, r.county))
                         for r in docs.itertuples(index=False)}
        self._cache: dict = {}

    def similarity(self, a, b) -> float:
        if a == b:
            return 1.0
        key = (a, b) if a < b else (b, a)
        v = self._cache.get(key)
        if v is None:
            sa, sb = self._bigrams[a], self._bigrams[b]
            v = self._cache[key] = len(sa & sb) / len(sa | sb) if (sa or sb) else 0.0
        return v


def _unit_pairs(units, codes, ga, gb, jac, cont, near, short, subjects, params) -> pd.DataFrame:
    """Verified group pairs as unit pairs; exact groups as stars.  A short pair expanded to
    other members keeps only member pairs whose documents pass the subject test."""
    doc_key = units["doc_key"].to_numpy()
    doc = pd.factorize(units["doc_key"])[0]
    n = len(units)
    order = np.argsort(codes, kind="stable")
    gstart = np.zeros(codes.max() + 2 if n else 1, dtype=np.int64)
    if n:
        np.cumsum(np.bincount(codes, minlength=codes.max() + 1), out=gstart[1:])
    parts = []
    # exact: each member with the group's first member, or with the group's first member
    # from another document when it shares the first member's document
    if n:
        first = order[gstart[codes]]
        frame = pd.DataFrame({"g": codes, "u": np.arange(n), "d": doc})
        other = frame[frame["d"].to_numpy() != doc[first]].groupby("g")["u"].first()
        anchor_other = np.full(codes.max() + 1, -1, dtype=np.int64)
        anchor_other[other.index.to_numpy()] = other.to_numpy()
        partner = np.where((doc == doc[first]) & (anchor_other[codes] >= 0), anchor_other[codes], first)
        partner = np.where(partner == np.arange(n), first, partner)
        m = partner != np.arange(n)
        a, b = np.arange(n)[m], partner[m]
        parts.append(pd.DataFrame({"unit_a": np.minimum(a, b), "unit_b": np.maximum(a, b), "kind": "exact",
                                   "jaccard": 1.0, "containment": 1.0}))
    kind = np.where(near, "near", "contained")
    size = np.diff(gstart)
    single = (size[ga] == 1) & (size[gb] == 1) if len(ga) else np.zeros(0, dtype=bool)
    ua, ub = order[gstart[ga[single]]], order[gstart[gb[single]]]
    parts.append(pd.DataFrame({"unit_a": np.minimum(ua, ub), "unit_b": np.maximum(ua, ub), "kind": kind[single],
                               "jaccard": jac[single], "containment": cont[single]}))
    cap = params.max_pairs_per_edge
    rows = []
    for a, b, j, c, k, sh in zip(ga[~single], gb[~single], jac[~single], cont[~single], kind[~single],
                                 short[~single]):
        ma, mb = order[gstart[a]:gstart[a + 1]], order[gstart[b]:gstart[b + 1]]
        cand = [(x, y) for x in ma for y in mb if doc[x] != doc[y]
                and (not sh or subjects.similarity(doc_key[x], doc_key[y]) >= params.context)][:cap]
        cand = cand or [(ma[0], mb[0])]
        rows.extend((min(x, y), max(x, y), k, float(j), float(c)) for x, y in cand)
    parts.append(pd.DataFrame(rows, columns=["unit_a", "unit_b", "kind", "jaccard", "containment"]))
    pairs = pd.concat([p for p in parts if len(p)], ignore_index=True) if any(len(p) for p in parts) else parts[-1]
    pairs = pairs.astype({"unit_a": "int64", "unit_b": "int64", "jaccard": "float64", "containment": "float64"})
    pairs = pairs.drop_duplicates(["unit_a", "unit_b"]).reset_index(drop=True)
    pairs.insert(0, "cluster_id", units["cluster"].to_numpy()[pairs["unit_a"].to_numpy()])
    return pairs


def _cluster_frames(units: pd.DataFrame, group_size: np.ndarray,
                    boilerplate_subjects: int = 5) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Clusters (one row each, the earliest document first in ``docs``) and their members
    ordered by document date, the earliest (the likely source) first; undated last."""
    cols = ["cluster", "unit_id", "doc_key", "doc_id", "title", "region", "date", "provision_id", "start", "end",
            "text", "group"]
    if "date" not in units.columns:
        units = units.assign(date=None)
    members = units.loc[units["cluster"] >= 0, cols].rename(columns={"cluster": "cluster_id"})
    members = members.assign(_undated=members["date"].isna() | (members["date"].fillna("") == ""))
    members = members.sort_values(["cluster_id", "_undated", "date", "region", "doc_key", "start"],
                                  na_position="last").drop(columns=["_undated"]).reset_index(drop=True)
    if not len(members):
        clusters = pd.DataFrame(columns=["cluster_id", "size", "n_docs", "n_regions", "n_subjects", "boilerplate",
                                         "regions", "docs", "first_region", "first_date", "kind", "text"])
        return clusters, members
    m = members.assign(region=members["region"].where(members["region"].fillna("") != "", "(unknown)"),
                       doc_id=members["doc_id"].astype(str))
    subject = {r.doc_key: subject_key(r.title, r.province, r.city, r.county)
               for r in units.drop_duplicates("doc_key").itertuples(index=False)}
    m = m.assign(subject=m["doc_key"].map(subject))
    by = m.groupby("cluster_id", sort=True)
    # the representative text: the most frequent wording in the cluster, its first unit
    gcount = m.groupby(["cluster_id", "group"])["unit_id"].agg(["size", "min"]).reset_index()
    gcount = gcount.sort_values(["cluster_id", "size", "min"], ascending=[True, False, True])
    rep = gcount.drop_duplicates("cluster_id").set_index("cluster_id")["min"]
    text_of = units.set_index("unit_id")["text"]
    regions = by["region"].agg(lambda s: sorted(set(s)))
    docs = by["doc_id"].agg(lambda s: list(dict.fromkeys(s)))
    first = by.first()
    n_subjects = by["subject"].nunique()
    clusters = pd.DataFrame({
        "cluster_id": regions.index.astype("int64"),
        "size": by.size().to_numpy(),
        "n_docs": docs.map(len).to_numpy(),
        "n_regions": regions.map(len).to_numpy(),
        "n_subjects": n_subjects.to_numpy(),
        "boilerplate": (n_subjects >= boilerplate_subjects).to_numpy(),
        "regions": regions.to_numpy(),
        "docs": docs.to_numpy(),
        "first_region": first["region"].to_numpy(),
        "first_date": first["date"].to_numpy(),
        "kind": np.where(by["group"].nunique().to_numpy() == 1, "exact", "near"),
        "text": text_of.loc[rep.loc[regions.index].to_numpy()].to_numpy(),
    })
    return clusters, members
