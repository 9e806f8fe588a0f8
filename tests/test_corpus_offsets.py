"""Offsets stay exact on real documents: a seeded sample of ../shared/corpus (the benchmark
in benchmarks/ checks every document)."""

from __future__ import annotations

import random

import pytest

from policyie.corpora.readers import read_document
from policyie.extraction.pipeline import Pipeline
from policyie.paths import shared_missing, shared_root
from policyie.records import LABELS, check_span

pytestmark = pytest.mark.shared
SHARED = shared_root()


def _sample(n: int) -> list:
    if SHARED is None:
        return []
    files = sorted((SHARED / "corpus" / "regulations").glob("*/*.txt"))
    files += sorted((SHARED / "corpus" / "gov-reports-2024" / "txt").glob("*.txt"))
    return random.Random(20261123).sample(files, min(n, len(files)))


@pytest.mark.skipif(SHARED is None, reason=shared_missing("corpus"))
def test_offsets_on_a_corpus_sample() -> None:
    pipe = Pipeline()
    files = _sample(60)
    assert len(files) == 60
    seen = {label: 0 for label in LABELS}
    for path in files:
        doc = read_document(path)
        a = pipe.analyse(doc)
        by_label: dict[str, list] = {}
        for m in a.mentions:
            check_span(doc.text, m.start, m.end, m.text, where=f"{path.name} {m.label}")
            assert m.normalized is not None or m.label in ("ORG", "DOC_TITLE"), (path.name, m)
            by_label.setdefault(m.label, []).append(m)
            seen[m.label] += 1
        for label, ms in by_label.items():
            ms.sort(key=lambda m: m.start)
            for x, y in zip(ms, ms[1:]):
                assert x.end <= y.start, (path.name, label, x, y)
        for p in a.provisions:
            check_span(doc.text, p.start, p.end, p.text, where=f"{path.name} provision")
    # the sample exercises most extractors, so the check above is not vacuous
    assert sum(1 for v in seen.values() if v) >= 5, seen
