"""A baseline from standard tools, scored on the same gold as policyie.

- jieba part-of-speech tagging, tag ``nt`` (机构团体) → ORG;
- JioNLP time extraction → DEADLINE, with a value in our DEADLINE shape where the
  parse allows one (``time_delta`` results are durations and bare ``time_period``
  frequencies (每年) have no due point: neither is kept).

The tools are used as they come (no dictionaries, no filtering of their output beyond
that type mapping), so the numbers say what the standard route gives.  jieba runs through
its own ``Tokenizer`` instance, never the module-level functions (global state);
jieba and jionlp are imported only when a baseline is built, jionlp is an optional extra
(``pip install 'policyie[peers]'``), and its import banner is sent to stderr so that it
does not end up in a report written to stdout.
"""

from __future__ import annotations

import contextlib
import re
import sys
from typing import Any

from policyie.records import Mention, SpanError, check_span

from .gold import GoldDocument

__all__ = ["PEER_NAME", "PeerUnavailable", "JiebaJionlpPeer", "peer_predictions", "reference_time"]

PEER_NAME = "jieba+jionlp"

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_YEAR_IN_TEXT = re.compile(r"((?:19|20)\d\d)\s*年")
_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")


class PeerUnavailable(ImportError):
    """A tool the baseline needs is not installed."""


def reference_time(doc: GoldDocument) -> dict[str, int] | None:
    """The time base for relative dates: the document's own date (``meta.date``, ISO,
    possibly only a year or year-month), else the last year the text mentions, else None.

    Never the clock: a plan from 2018 must not be read against today.
    """
    date = doc.meta.get("date") if isinstance(doc.meta, dict) else None
    m = _DATE.match(date) if isinstance(date, str) else None
    if m:
        base = {"year": int(m.group(1))}
        if m.group(2):
            base["month"] = int(m.group(2))
        if m.group(3):
            base["day"] = int(m.group(3))
        return base
    years = _YEAR_IN_TEXT.findall(doc.text)
    return {"year": int(years[-1])} if years else None


def _precision(surface: str, start: str, end: str) -> str | None:
    if re.search(r"[至到—–~～]|期间", surface):
        return "period"
    if "旬" in surface:
        return "xun"
    if "季" in surface:
        return "quarter"
    if re.search(r"[上下]半年", surface):
        return "half"
    if re.search(r"[日号]|\d{4}-\d{1,2}-\d{1,2}", surface):
        return "day"
    if "月" in surface:
        return "month"
    if "年" in surface or re.fullmatch(r"\d{4}", surface):
        return "year"
    if start[:10] == end[:10]:
        return "day"
    return None


def deadline_value(surface: str, detail: dict[str, Any]) -> dict[str, Any] | None:
    """Our DEADLINE value from a JioNLP parse, or None when it cannot be derived."""
    kind, times = detail.get("type"), detail.get("time")
    recurring = "每" in surface
    if kind == "time_period" and isinstance(times, dict) and isinstance(times.get("point"), dict):
        times, recurring = times["point"].get("time"), True
    elif kind not in ("time_point", "time_span"):
        return None
    if not (isinstance(times, list) and len(times) == 2 and all(isinstance(t, str) for t in times)):
        return None
    last = _ISO_DAY.match(times[1])  # 'inf' for open ends (2022年6月起): no due date
    if last is None:
        return None
    precision = _precision(surface, times[0], times[1])
    if precision is None:
        return None
    relation = "during" if precision == "period" or surface.endswith("内") else "by"
    return {"date": last.group(1), "precision": precision, "relation": relation, "recurring": recurring}


def _locate(text: str, start: int, end: int, surface: str) -> tuple[int, int] | None:
    """Exact offsets for a tool's span: as reported if they check, else the nearest
    occurrence of its text close by, else None (the mention is dropped)."""
    try:
        check_span(text, start, end, surface)
        return start, end
    except SpanError:
        pass
    if not surface:
        return None
    lo = max(0, start - 10)
    i = text.find(surface, lo, end + 10 + len(surface))
    return (i, i + len(surface)) if i >= 0 else None


class JiebaJionlpPeer:
    """The baseline, holding its own jieba tokenizer and JioNLP time extractor (built on
    first use, reused across documents)."""

    name = PEER_NAME

    def __init__(self) -> None:
        self._pos = None
        self._times = None

    def _load(self) -> None:
        if self._pos is not None:
            return
        try:
            import jieba
            import jieba.posseg
        except ImportError as e:  # pragma: no cover - jieba is a core dependency
            raise PeerUnavailable("the jieba+jionlp baseline needs jieba (pip install jieba)") from e
        # jionlp prints a banner on import: keep it off stdout, where reports go.
        with contextlib.redirect_stdout(sys.stderr):
            try:
                import jionlp
            except ImportError as e:
                raise PeerUnavailable(
                    "the jieba+jionlp baseline needs jionlp: pip install 'policyie[peers]'") from e
            times = jionlp.ner.TimeExtractor()
        self._pos = jieba.posseg.POSTokenizer(jieba.Tokenizer())
        self._times = times

    def orgs(self, text: str) -> list[Mention]:
        """jieba ``nt`` words as ORG."""
        self._load()
        out, pos = [], 0
        for word, flag in self._pos.cut(text):
            # posseg yields every character in order, so offsets are running lengths;
            # _locate still checks each one.
            start, pos = pos, pos + len(word)
            if flag == "nt":
                span = _locate(text, start, pos, word)
                if span:
                    out.append(Mention("ORG", span[0], span[1], word, None, "peer.jieba"))
        return out

    def deadlines(self, text: str, base: dict[str, int] | None) -> list[Mention]:
        """JioNLP time expressions as DEADLINE (values only with a reference time)."""
        self._load()
        with contextlib.redirect_stdout(sys.stderr):
            # Without a reference the parse still finds spans; a fixed base keeps it off
            # the clock, and its values are discarded.
            found = self._times(text, time_base=base or {"year": 2000}, with_parsing=True)
        out = []
        for item in found:
            detail = item.get("detail") or {}
            kind, times = detail.get("type"), detail.get("time")
            if kind == "time_delta" or (
                    kind == "time_period" and not (isinstance(times, dict) and times.get("point"))):
                continue
            value = deadline_value(item["text"], detail) if base else None
            span = _locate(text, item["offset"][0], item["offset"][1], item["text"])
            if span:
                out.append(Mention("DEADLINE", span[0], span[1], item["text"], value, "peer.jionlp"))
        return out

    def __call__(self, doc: GoldDocument) -> list[Mention]:
        mentions = self.orgs(doc.text) + self.deadlines(doc.text, reference_time(doc))
        return sorted(mentions, key=lambda m: (m.start, m.end, m.label))


def peer_predictions(doc: GoldDocument, *, peer: JiebaJionlpPeer | None = None) -> list[Mention]:
    """The jieba+jionlp baseline's mentions for one document (sources ``peer.jieba``,
    ``peer.jionlp``).  Pass one ``peer`` for many documents to load the tools once."""
    return (peer or JiebaJionlpPeer())(doc)
