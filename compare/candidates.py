"""Candidate unit pairs of two documents of one family, and the features that decide them.

Never all pairs of the store: documents are compared only inside their family
(:mod:`families`), each with at most ``max_partners`` documents of the family (the most
alike by TF-IDF centroid), so the number of document pairs grows linearly with the store.
Inside a document pair (a few hundred units a side) the unit similarity matrix ``S`` is
dense and small; the candidates are each unit's ``k`` best counterparts in both directions
plus the cells of the best *monotonic* alignment (the path that maximises the summed
``S − tau`` with both documents read in order, as vecalign does): regulations on the same
subject mostly follow the same order of articles, so a reworded measure whose words differ
is still found between two aligned neighbours.

Features of a candidate ``(i, j)`` (all in ``FEATURES``): its cosine, its margin over the
best alternatives of both units (the LASER ratio margin, as a difference), its rank in its
row and column, whether it lies on the monotonic path and how far from it, the similarity
of its neighbours (i−1, j−1) and (i+1, j+1), the position difference, the Jaccard and
containment of character 3-grams (copies), the length ratio, and whether both are lead-ins.
"""

from __future__ import annotations

import numpy as np

from policyie.compare.minhash import shingle_sets

__all__ = ["FEATURES", "margins", "monotonic_path", "pair_candidates"]

FEATURES = ["cos", "margin", "row_rank", "col_rank", "on_path", "path_dev", "ctx", "pos_dev",
            "jaccard", "containment", "len_ratio", "both_leadin", "one_leadin", "window", "window_margin",
            "mutual", "article", "article_margin", "article_mutual", "doc_cos"]


def diagonal_window(S: np.ndarray, width: int = 2) -> np.ndarray:
    """Mean of ``S`` over the diagonal band ``(i+d, j+d)``, ``|d| <= width``, d != 0: how
    alike the neighbourhoods of two units are when both documents are read in order.

    >>> diagonal_window(np.eye(3), 1).round(2).tolist()
    [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]
    """
    n, m = S.shape
    total = np.zeros_like(S)
    count = np.zeros_like(S)
    for d in range(-width, width + 1):
        if d == 0:
            continue
        if d > 0:
            total[:n - d, :m - d] += S[d:, d:]
            count[:n - d, :m - d] += 1
        else:
            total[-d:, -d:] += S[:n + d, :m + d]
            count[-d:, -d:] += 1
    return np.divide(total, count, out=np.zeros_like(S), where=count > 0)


def monotonic_path(S: np.ndarray, tau: float = 0.25) -> np.ndarray:
    """Cells ``(i, j)`` of the monotonic alignment maximising ``Σ (S[i, j] − tau)``
    (each row and column used at most once, order kept on both sides).

    >>> monotonic_path(np.array([[0.9, 0.1], [0.2, 0.8]])).tolist()
    [[0, 0], [1, 1]]
    """
    n, m = S.shape
    if n == 0 or m == 0:
        return np.zeros((0, 2), dtype=np.int64)
    gain = S - tau
    M = np.zeros((n + 1, m + 1), dtype=np.float64)
    # Row by row: M[i, j] = max(M[i, j-1], max(M[i-1, j], M[i-1, j-1] + gain)) -> a running max.
    for i in range(1, n + 1):
        x = np.maximum(M[i - 1, 1:], M[i - 1, :-1] + gain[i - 1])
        M[i, 1:] = np.maximum.accumulate(x)
    cells = []
    i, j = n, m
    while i > 0 and j > 0:
        if M[i, j] == M[i - 1, j]:
            i -= 1
        elif M[i, j] == M[i, j - 1]:
            j -= 1
        else:
            cells.append((i - 1, j - 1))
            i -= 1
            j -= 1
    return np.array(cells[::-1], dtype=np.int64).reshape(-1, 2)


def _gram_sets(texts: list[str]):
    """The character 3-gram sets of ``texts`` as a binary CSR matrix (a text shorter than 3
    characters is one gram), through :func:`minhash.shingle_sets`' hashes."""
    from scipy import sparse

    ss = shingle_sets(texts, 3)
    m = sparse.csr_matrix((np.ones(len(ss.hashes), dtype=np.float32), (ss.hashes % np.uint64(1 << 24)).astype(np.int64),
                           ss.offsets), shape=(len(texts), 1 << 24))
    m.sum_duplicates()
    m.data[:] = 1.0
    return m


def _gram_overlap(texts_a: list[str], texts_b: list[str], i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Jaccard and containment (|A∩B| / min(|A|, |B|)) of the 3-gram sets of the cells ``(i, j)``."""
    ga, gb = _gram_sets(texts_a), _gram_sets(texts_b)
    inter = np.asarray(ga[i].multiply(gb[j]).sum(1)).ravel()
    na, nb = np.diff(ga.indptr)[i], np.diff(gb.indptr)[j]
    union = na + nb - inter
    return inter / np.maximum(union, 1), inter / np.maximum(np.minimum(na, nb), 1)


def margins(S: np.ndarray, i: np.ndarray, j: np.ndarray, top: int = 4) -> np.ndarray:
    """``S[i, j]`` less the mean of the ``top`` best similarities of its row and of its
    column (the LASER margin, as a difference): how much better than its alternatives a
    cell is.  A document of fewer units counts the missing alternatives as 0 (the mean of
    those there were made every margin of a one-unit document 0, and an exact copy looked
    no better than its alternatives).

    >>> margins(np.array([[1.0]]), np.array([0]), np.array([0])).tolist()
    [0.75]
    """
    row_best = -np.sort(-S, axis=1)[:, :top].sum(1) / top
    col_best = -np.sort(-S, axis=0)[:top, :].sum(0) / top
    return S[i, j] - 0.5 * (row_best[i] + col_best[j])


def pair_candidates(S: np.ndarray, texts_a: list[str], texts_b: list[str], leadin_a: np.ndarray,
                    leadin_b: np.ndarray, art_a: np.ndarray, art_b: np.ndarray, SA: np.ndarray, *,
                    k: int = 3, tau: float = 0.25, doc_cos: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """Candidate cells ``(n, 2)`` of one document pair and their features ``(n, len(FEATURES))``.

    ``art_a``/``art_b`` number the article (第X条) of each unit, ``SA`` is the similarity of
    the articles: a reworded sentence is sought inside the best-matching article too.
    ``doc_cos`` is the similarity of the two documents (their centroids): a unit's best
    counterpart in an unrelated document is still its best, and only this says so.
    """
    n, m = S.shape
    if n == 0 or m == 0:
        return np.zeros((0, 2), dtype=np.int64), np.zeros((0, len(FEATURES)))
    W = diagonal_window(S)
    R = 0.5 * (S + W)  # ranks and path read a unit together with its neighbours
    kk = min(k, m)
    rows = np.argpartition(-R, kk - 1, axis=1)[:, :kk]
    kc = min(k, n)
    cols = np.argpartition(-R, kc - 1, axis=0)[:kc, :]
    path = monotonic_path(R, tau)
    cand = np.concatenate([
        np.stack([np.repeat(np.arange(n), kk), rows.ravel()], 1),
        np.stack([cols.ravel(), np.tile(np.arange(m), kc)], 1),
        path,
        _article_cells(art_a, art_b, SA),
    ])
    cand = np.unique(cand, axis=0)
    i, j = cand[:, 0], cand[:, 1]
    s = S[i, j]
    # Ranks: how many cells of the row (column) beat this one.
    row_rank = (S[i] > s[:, None]).sum(1)
    col_rank = (S[:, j].T > s[:, None]).sum(1)
    margin = margins(S, i, j)
    on_path = np.zeros(len(cand))
    path_dev = np.ones(len(cand))
    if len(path):
        on_path = np.isin(i * m + j, path[:, 0] * m + path[:, 1]).astype(float)
        # Expected j at row i by interpolating the path (rows outside it: nearest path cell).
        exp_j = np.interp(i, path[:, 0], path[:, 1])
        path_dev = np.abs(j - exp_j) / max(m, 1)
    prev = np.where((i > 0) & (j > 0), S[np.maximum(i - 1, 0), np.maximum(j - 1, 0)], 0.0)
    nxt = np.where((i < n - 1) & (j < m - 1), S[np.minimum(i + 1, n - 1), np.minimum(j + 1, m - 1)], 0.0)
    ctx = np.maximum(prev, nxt)
    pos_dev = np.abs(i / max(n, 1) - j / max(m, 1))
    jac, cont = _gram_overlap(texts_a, texts_b, i, j)
    la = np.fromiter((len(t) for t in texts_a), dtype=float, count=n)[i]
    lb = np.fromiter((len(t) for t in texts_b), dtype=float, count=m)[j]
    lr = np.minimum(la, lb) / np.maximum(np.maximum(la, lb), 1)
    w = W[i, j]
    r = R[i, j]
    w_best = 0.5 * (np.max(R, axis=1)[i] + np.max(R, axis=0)[j])
    mutual = ((row_rank == 0) & (col_rank == 0)).astype(float)
    both = (leadin_a[i] & leadin_b[j]).astype(float)
    one = (leadin_a[i] ^ leadin_b[j]).astype(float)
    sa = SA[art_a[i], art_b[j]]
    sa_best = 0.5 * (SA.max(1)[art_a[i]] + SA.max(0)[art_b[j]])
    art_mutual = ((SA.argmax(1)[art_a[i]] == art_b[j]) & (SA.argmax(0)[art_b[j]] == art_a[i])).astype(float)
    feats = np.stack([s, margin, np.minimum(row_rank, 10), np.minimum(col_rank, 10), on_path, path_dev, ctx,
                      pos_dev, jac, cont, lr, both, one, w, r - w_best, mutual, sa, sa - sa_best, art_mutual,
                      np.full(len(cand), doc_cos)], 1)
    return cand, feats


def _article_cells(art_a: np.ndarray, art_b: np.ndarray, SA: np.ndarray, max_cells: int = 64) -> np.ndarray:
    """Every unit pair of mutually best-matching articles (at most ``max_cells`` an article pair)."""
    if SA.size == 0:
        return np.zeros((0, 2), dtype=np.int64)
    best_b = SA.argmax(1)
    best_a = SA.argmax(0)
    units_a = {x: np.flatnonzero(art_a == x) for x in np.unique(art_a)}
    units_b = {y: np.flatnonzero(art_b == y) for y in np.unique(art_b)}
    cells = []
    for x, y in enumerate(best_b):
        if best_a[y] != x or x not in units_a or y not in units_b:
            continue
        ua, ub = units_a[x], units_b[y]
        if len(ua) * len(ub) <= max_cells:
            cells.append(np.stack(np.meshgrid(ua, ub, indexing="ij"), -1).reshape(-1, 2))
    return np.concatenate(cells) if cells else np.zeros((0, 2), dtype=np.int64)


#: Features of the second pass, read from the first pass's probabilities ``p1`` of one
#: document pair: the cell's own p1, its rank in its row and column, the p1 of its diagonal
#: neighbours, and whether it lies between the confident pairs ("anchors") around it.
ANCHOR_FEATURES = ["p1", "p1_row_rank", "p1_col_rank", "p1_neighbours", "between_anchors", "anchor_distance"]


def _rank_in_group(group: np.ndarray, p: np.ndarray) -> np.ndarray:
    """1 + the number of cells of the same group with a higher ``p`` (ties share a rank)."""
    n = len(p)
    if n == 0:
        return np.zeros(0)
    order = np.lexsort((-p, group))
    g, q = group[order], p[order]
    idx = np.arange(n)
    new_group = np.concatenate(([True], g[1:] != g[:-1]))
    new_value = new_group | np.concatenate(([True], q[1:] != q[:-1]))
    start = np.maximum.accumulate(np.where(new_group, idx, 0))
    first_equal = np.maximum.accumulate(np.where(new_value, idx, 0))
    rank = np.empty(n)
    rank[order] = first_equal - start + 1
    return rank


def anchor_features(cells: np.ndarray, p1: np.ndarray, hi: float = 0.8) -> np.ndarray:
    """:data:`ANCHOR_FEATURES` of the candidate ``cells`` of one document pair.

    Anchors are cells with ``p1 >= hi`` that are the best of their row and column; a
    cell between the anchors before and after it (in both documents) keeps the order of
    the two texts, one outside them crosses an alignment already found.
    """
    n = len(cells)
    if n == 0:
        return np.zeros((0, len(ANCHOR_FEATURES)))
    i, j = cells[:, 0].astype(np.int64), cells[:, 1].astype(np.int64)
    row_best = np.full(i.max() + 1, -1.0)
    np.maximum.at(row_best, i, p1)
    col_best = np.full(j.max() + 1, -1.0)
    np.maximum.at(col_best, j, p1)
    anchor = (p1 >= hi) & (p1 >= row_best[i]) & (p1 >= col_best[j])
    width = j.max() + 3
    code = (i + 1) * width + (j + 1)
    order = np.argsort(code)
    sorted_code = code[order]

    def p_at(di: int, dj: int) -> np.ndarray:
        want = (i + 1 + di) * width + (j + 1 + dj)
        pos = np.clip(np.searchsorted(sorted_code, want), 0, n - 1)
        return np.where(sorted_code[pos] == want, p1[order[pos]], 0.0)

    neighbours = np.maximum(p_at(-1, -1), p_at(1, 1))
    inside = np.zeros(n)
    dist = np.ones(n)
    ai, aj = i[anchor], j[anchor]
    if len(ai):
        o = np.argsort(ai, kind="stable")
        ai, aj = ai[o], aj[o]
        before = np.searchsorted(ai, i, side="left")
        after = np.searchsorted(ai, i, side="right")
        prev_j = np.where(before > 0, aj[np.maximum(before - 1, 0)], -1)
        next_j = np.where(after < len(ai), aj[np.minimum(after, len(ai) - 1)], 10 ** 6)
        inside = ((j > prev_j) & (j < next_j)).astype(float)
        lo, up = np.maximum(prev_j, 0), np.minimum(next_j, j.max() + 1)
        dist = np.minimum(np.where(j < lo, lo - j, np.where(j > up, j - up, 0)) / 10.0, 1.0)
    return np.stack([p1, np.minimum(_rank_in_group(i, p1), 5), np.minimum(_rank_in_group(j, p1), 5), neighbours,
                     inside, dist], 1)
