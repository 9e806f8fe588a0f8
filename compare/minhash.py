"""Character shingles and MinHash signatures, computed in bulk with numpy.

The signature of a unit is exactly the one ``datasketch.MinHash(num_perm, seed,
hashfunc=shingle_hash32)`` gives after ``update``-ing it with the unit's shingles (the
same permutations, drawn by datasketch from ``seed``, and the same arithmetic: its
default "affine32" scheme, MurmurHash3's finaliser then ``a * h + b mod 2^32``): only the
loop is vectorised, so a corpus of a few hundred thousand units is hashed in seconds
instead of minutes.  ``tests/compare`` checks the equality.

Shingles are the character ``k``-grams of the normalised text (a text shorter than ``k``
is one shingle).  A shingle is hashed to 32 bits from its code points (a polynomial of
the code points through the splitmix64 finaliser): deterministic across processes,
unlike Python's ``hash``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

__all__ = ["shingle_hash32", "ShingleSets", "shingle_sets", "signatures", "permutations",
           "SCHEME", "EMPTY"]

MAX_HASH = np.uint64((1 << 32) - 1)
#: datasketch's permutation scheme used here (its default since 2.0).
SCHEME = "affine32"
EMPTY = np.uint32((1 << 32) - 1)

_MULT = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                  0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53], dtype=np.uint64)


def _mix(x: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        x = x ^ (x >> np.uint64(30))
        x = x * np.uint64(0xBF58476D1CE4E5B9)
        x = x ^ (x >> np.uint64(27))
        x = x * np.uint64(0x94D049BB133111EB)
        x = x ^ (x >> np.uint64(31))
    return x & MAX_HASH


def shingle_hash32(shingle) -> int:
    """The 32-bit hash of one shingle (``str``, or UTF-8 ``bytes``)."""
    if isinstance(shingle, (bytes, bytearray)):
        shingle = shingle.decode("utf-8")
    codes = np.array([ord(c) for c in shingle], dtype=np.uint64)
    with np.errstate(over="ignore"):
        x = np.uint64(len(codes))
        for j, c in enumerate(codes):
            x = x + c * _MULT[j % len(_MULT)] + np.uint64(j)
    return int(_mix(np.array([x], dtype=np.uint64))[0])


@dataclass(frozen=True)
class ShingleSets:
    """The shingle sets of ``n`` texts in one flat array: set ``i`` is
    ``hashes[offsets[i]:offsets[i + 1]]`` (sorted, unique, uint64 holding 32-bit values)."""

    hashes: np.ndarray
    offsets: np.ndarray

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def sizes(self) -> np.ndarray:
        return np.diff(self.offsets)

    def get(self, i: int) -> np.ndarray:
        return self.hashes[self.offsets[i]:self.offsets[i + 1]]

    def overlap(self, i: int, j: int) -> int:
        a, b = self.get(i), self.get(j)
        if len(a) > len(b):
            a, b = b, a
        if not len(a):
            return 0
        pos = np.searchsorted(b, a)
        pos[pos == len(b)] = 0
        return int(np.count_nonzero(b[pos] == a))


def shingle_sets(texts: Sequence[str], k: int = 3, block: int = 20_000) -> ShingleSets:
    """Sorted unique shingle hashes of each text, ``block`` texts at a time (the work
    arrays are a few times the characters of a block, not of all the texts)."""
    if len(texts) > block:
        parts = [_shingle_sets(texts[lo:lo + block], k) for lo in range(0, len(texts), block)]
        sizes = np.concatenate([np.diff(p.offsets) for p in parts])
        offsets = np.zeros(len(texts) + 1, dtype=np.int64)
        np.cumsum(sizes, out=offsets[1:])
        return ShingleSets(np.concatenate([p.hashes for p in parts]), offsets)
    return _shingle_sets(texts, k)


def _shingle_sets(texts: Sequence[str], k: int = 3) -> ShingleSets:
    n = len(texts)
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=n)
    joined = "".join(texts)
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    starts = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lengths, out=starts[1:])
    # Shingles per text: len - k + 1, at least 1 for a non-empty text shorter than k.
    counts = np.where(lengths >= k, lengths - k + 1, (lengths > 0).astype(np.int64))
    owner = np.repeat(np.arange(n, dtype=np.int64), counts)
    first = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=first[1:])
    local = np.arange(int(first[-1]), dtype=np.int64) - first[owner]
    pos = starts[owner] + local
    codes_padded = np.concatenate([codes, np.zeros(k, dtype=np.uint64)])
    with np.errstate(over="ignore"):
        if (lengths[lengths > 0] >= k).all():  # the usual case: every shingle is k long
            x = np.full(len(pos), np.uint64(k), dtype=np.uint64)
            for j in range(k):
                x += codes_padded[pos + j] * _MULT[j % len(_MULT)] + np.uint64(j)
        else:
            width = np.minimum(lengths[owner], k)  # shorter texts: the whole text
            x = width.astype(np.uint64)
            for j in range(k):
                inside = j < width
                x += np.where(inside, codes_padded[pos + j] * _MULT[j % len(_MULT)] + np.uint64(j), np.uint64(0))
    h = _mix(x)
    # One sort of (owner, hash) packed in 64 bits (owner < 2^32): sorted and unique per text.
    key = (owner.astype(np.uint64) << np.uint64(32)) | h
    key.sort()
    if len(key) > 1:
        key = key[np.concatenate(([True], key[1:] != key[:-1]))]
    owner = (key >> np.uint64(32)).astype(np.int64)
    h = key & MAX_HASH
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(owner, minlength=n), out=offsets[1:])
    return ShingleSets(h, offsets)


_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser, as datasketch applies it before its permutations."""
    s1, m1, s2, m2, s3 = _FMIX32
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    return hv ^ (hv >> s3)


def permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's permutation parameters ``(a, b)`` for ``num_perm`` and ``seed``."""
    from datasketch import MinHash

    a, b = MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME).permutations
    return a.astype(np.uint32), b.astype(np.uint32)


def signatures(sets: ShingleSets, *, num_perm: int = 128, seed: int = 1,
               chunk_shingles: int = 2_048, progress=None) -> np.ndarray:
    """MinHash signatures, shape ``(len(sets), num_perm)``, dtype uint32.

    Memory stays bounded: shingles are processed ``chunk_shingles`` at a time (about
    ``chunk_shingles * num_perm * 4`` bytes per temporary array).  A text with no shingle
    keeps datasketch's empty value (``EMPTY``).
    """
    a, b = permutations(num_perm, seed)
    n = len(sets)
    out = np.full((n, num_perm), EMPTY, dtype=np.uint32)
    sizes = sets.sizes()
    i = 0
    while i < n:
        # Units i..j-1 whose shingles fit one chunk (at least one unit).
        lo = sets.offsets[i]
        j = int(np.searchsorted(sets.offsets, lo + chunk_shingles, side="right")) - 1
        j = max(j, i + 1)
        j = min(j, n)
        hv = sets.hashes[lo:sets.offsets[j]]
        nonempty = np.flatnonzero(sizes[i:j] > 0)
        if len(hv) and len(nonempty):
            phv = np.multiply(_fmix32(hv.astype(np.uint32))[:, None], a[None, :])  # wraps mod 2^32
            phv += b[None, :]
            local = (sets.offsets[i:j] - lo)[nonempty]
            out[i + nonempty] = np.minimum.reduceat(phv, local, axis=0)
        if progress is not None:
            progress.update(j - i)
        i = j
    return out
