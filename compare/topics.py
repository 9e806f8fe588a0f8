"""Topics on comparison rows: the provision topic classifier (:mod:`policyie.models.topic`).

Analysts compare measures within a topic (机构设置, 编制管理, 综合执法 …): every duplicate
cluster, divergence side and adoption measure gets the topic its text is classified as, and
``topic=`` keeps the rows of one topic (a divergence when either side has it, since the
classifier can read the two wordings of one measure differently).  Only the rows being
reported are classified, never the whole store, so the cost follows the size of the result.

>>> add_topics(pd.DataFrame({"text": ["组建乡镇综合行政执法队，实行“局队合一”。"]}))["topic"].tolist()  # doctest: +SKIP
['综合执法']
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import pandas as pd

from policyie.models.topic import TOPICS

__all__ = ["TOPICS", "topics_of", "add_topics", "keep_topic"]


@lru_cache(maxsize=1)
def _model():  # noqa: ANN202 - a TopicClassifier or None
    from policyie.models.registry import artifacts_root
    from policyie.models.topic import TopicClassifier

    try:
        return TopicClassifier.load(artifacts_root())
    except FileNotFoundError:
        return None


def topics_of(texts: Sequence[str] | pd.Series) -> list[str]:
    """The topic of each text ('' for every text when no topic model is installed)."""
    model = _model()
    if model is None or not len(texts):
        return [""] * len(texts)
    out: list[str] = []
    for i in range(0, len(texts), 2000):  # bounded memory on large results
        part = texts.iloc[i:i + 2000].tolist() if isinstance(texts, pd.Series) else texts[i:i + 2000]
        out.extend(model.predict(["" if not isinstance(t, str) else t for t in part]))
    return out


def add_topics(frame: pd.DataFrame, columns: dict[str, str] | None = None) -> pd.DataFrame:
    """``frame`` with a topic column per text column (default ``{"text": "topic"}``)."""
    out = frame.copy(deep=False)  # copy on write: the new columns never touch the caller's frame
    for src, dst in (columns or {"text": "topic"}).items():
        if src in out.columns:
            out[dst] = topics_of(out[src])
    return out


def keep_topic(frame: pd.DataFrame, topic: str | None, columns: Sequence[str] = ("topic",)) -> pd.DataFrame:
    """The rows whose topic (in any of ``columns``) is ``topic``; all rows when ``topic`` is None.

    Raises ``ValueError`` for a topic outside :data:`TOPICS`."""
    if topic is None:
        return frame
    if topic not in TOPICS:
        raise ValueError(f"unknown topic {topic!r} (one of {'、'.join(TOPICS)})")
    mask = pd.Series(False, index=frame.index)
    for c in columns:
        if c in frame.columns:
            mask |= frame[c] == topic
    return frame[mask]
