"""Value-keyed corpus checks, in the manner of Duckling's corpus tests.

Each entity type has a module ``test_corpus_<type>.py`` with

* ``EXAMPLES``: short sentences, each with the mentions of that type the annotation
  guidelines (/work/shared/annotation-guidelines.md, v1.2) require in it, as
  ``(mention text, normalised value)`` pairs in order of appearance;
* ``NEGATIVES``: sentences that must give no mention of that type at all.

``assert_corpus`` runs every sentence through ``Pipeline.mentions`` (the output the
guidelines score: all extractors plus overlap resolution) and fails once, listing every
failing example with what was expected and what came out, so a run tells the extractor
developers everything that is wrong, not only the first thing.

Expected values come from the guidelines, never from running the extractor.  Where the
guidelines settle only part of a value, the example gives only that part: a dict is
compared on the keys it lists (``{"min": 50, "unit": "名"}`` leaves ``max`` and
``approx`` open) and ``ANY`` leaves the whole value open (ORG and DOC_TITLE define no
value at all).  The span is always checked exactly: the expected text is located in the
sentence (the n-th expected mention is searched after the (n-1)-th) and the mention must
have exactly those offsets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

import pytest

from policyie.extraction.context import Context
from policyie.extraction.extractors import RULE_EXTRACTORS
from policyie.records import Document, Mention, SpanError, check_span


class _Any:
    """A value the guidelines leave open: only the span is checked."""

    def __repr__(self) -> str:
        return "ANY"


ANY: Any = _Any()


@dataclass(frozen=True)
class Example:
    sentence: str
    expected: tuple[tuple[str, Any], ...]
    ref_date: str | None = None
    why: str = ""  # the passage of the guidelines that settles it


@dataclass(frozen=True)
class Negative:
    sentence: str
    ref_date: str | None = None
    why: str = ""


def ex(sentence: str, text: str, value: Any = ANY, *, ref: str | None = None, why: str = "") -> Example:
    """One sentence with one expected mention."""
    return Example(sentence, ((text, value),), ref, why)


def exs(sentence: str, pairs: Iterable[tuple[str, Any]], *, ref: str | None = None, why: str = "") -> Example:
    """One sentence with several expected mentions, in order of appearance."""
    return Example(sentence, tuple(pairs), ref, why)


def neg(sentence: str, *, ref: str | None = None, why: str = "") -> Negative:
    return Negative(sentence, ref, why)


# --------------------------------------------------------------------------- matching

def _same(expected: Any, got: Any) -> bool:
    """Equality that does not confuse True with 1 or a tuple with a list."""
    if isinstance(expected, bool) or isinstance(got, bool):
        return type(expected) is type(got) and expected == got
    if isinstance(expected, (list, tuple)):
        return isinstance(got, (list, tuple)) and len(expected) == len(got) and all(
            _same(a, b) for a, b in zip(expected, got))
    if isinstance(expected, dict):
        return isinstance(got, dict) and expected.keys() == got.keys() and all(
            _same(expected[k], got[k]) for k in expected)
    return expected == got


def value_matches(expected: Any, got: Any) -> bool:
    """``expected`` is ANY, a dict compared on its own keys, or a value compared exactly."""
    if expected is ANY:
        return True
    if isinstance(expected, dict):
        return isinstance(got, dict) and all(k in got and _same(v, got[k]) for k, v in expected.items())
    return _same(expected, got)


def _locate(sentence: str, expected: tuple[tuple[str, Any], ...]) -> list[tuple[int, int, str, Any]] | None:
    out, pos = [], 0
    for text, value in expected:
        i = sentence.find(text, pos)
        if i < 0:
            return None
        out.append((i, i + len(text), text, value))
        pos = i + len(text)
    return out


def _fmt(m: Mention) -> str:
    return f"{m.label} {m.text!r} [{m.start}:{m.end}] {m.normalized!r} ({m.source})"


def _alone(pipeline, label: str, ctx: Context) -> list[Mention]:
    """The type's extractor run on its own (before overlap resolution)."""
    if label == "ORG":
        found = list(pipeline.org.extract(ctx))
    else:
        found = list(RULE_EXTRACTORS[label](ctx))
    return sorted(found, key=lambda m: (m.start, m.end))


def _run(pipeline, label: str, sentence: str, ref_date: str | None) -> tuple[list[Mention], list[Mention], Context]:
    doc = Document("corpus", sentence)
    mentions = pipeline.mentions(doc, ref_date)
    for m in mentions:
        check_span(sentence, m.start, m.end, m.text, where=f"{m.label} {m.source}")
    ours = sorted((m for m in mentions if m.label == label), key=lambda m: (m.start, m.end))
    return ours, list(mentions), Context(doc, ref_date=ref_date)


def check_corpus(pipeline, label: str, examples: Iterable[Example], negatives: Iterable[Negative] = ()) -> list[str]:
    """Run every example and negative; return one report block per failure."""
    failures: list[str] = []
    for e in examples:
        where = f"  [example] {e.sentence!r}" + (f"  ref_date={e.ref_date}" if e.ref_date else "")
        want = _locate(e.sentence, e.expected)
        if want is None:
            failures.append(f"{where}\n     BAD EXAMPLE: an expected text is not in the sentence: {e.expected!r}")
            continue
        try:
            got, every, ctx = _run(pipeline, label, e.sentence, e.ref_date)
        except SpanError as err:
            failures.append(f"{where}\n     invalid span: {err}")
            continue
        except Exception as err:  # noqa: BLE001 - report and go on to the next example
            failures.append(f"{where}\n     raised {type(err).__name__}: {err}")
            continue
        ok = len(got) == len(want) and all(
            m.start == s and m.end == t and value_matches(v, m.normalized)
            for m, (s, t, _, v) in zip(got, want))
        if ok:
            continue
        lines = [where]
        if e.why:
            lines.append(f"     guideline: {e.why}")
        lines.append("     expected: " + "; ".join(
            f"{text!r} [{s}:{t}] {v!r}" for s, t, text, v in want))
        lines.append("     got:      " + ("; ".join(_fmt(m) for m in got) or "nothing"))
        others = [m for m in every if m.label != label
                  and any(m.start < t and s < m.end for s, t, _, _ in want)]
        if others:
            lines.append("     other types over the expected span: " + "; ".join(_fmt(m) for m in others))
        alone = _alone(pipeline, label, ctx)
        if [(m.start, m.end, m.normalized) for m in alone] != [(m.start, m.end, m.normalized) for m in got]:
            lines.append(f"     {label} extractor alone: " + ("; ".join(_fmt(m) for m in alone) or "nothing"))
        failures.append("\n".join(lines))
    for n in negatives:
        where = f"  [negative] {n.sentence!r}" + (f"  ref_date={n.ref_date}" if n.ref_date else "")
        try:
            got, _, _ = _run(pipeline, label, n.sentence, n.ref_date)
        except Exception as err:  # noqa: BLE001
            failures.append(f"{where}\n     raised {type(err).__name__}: {err}")
            continue
        if got:
            lines = [where]
            if n.why:
                lines.append(f"     guideline: {n.why}")
            lines.append("     expected: no " + label)
            lines.append("     got:      " + "; ".join(_fmt(m) for m in got))
            failures.append("\n".join(lines))
    return failures


def assert_corpus(pipeline, label: str, examples: Iterable[Example], negatives: Iterable[Negative] = ()) -> None:
    """Fail once, listing every failing example and negative of ``label``."""
    examples, negatives = list(examples), list(negatives)
    failures = check_corpus(pipeline, label, examples, negatives)
    if failures:
        pytest.fail(
            f"{label}: {len(failures)} failing (of {len(examples)} examples and {len(negatives)} negatives)\n"
            + "\n".join(failures),
            pytrace=False,
        )
