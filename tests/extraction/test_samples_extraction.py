"""The five bundled samples (corpora/samples/*.txt): extraction runs end to end and every
mention's span is valid against the text as read."""

from __future__ import annotations

import pytest

from policyie.corpora.readers import read_document
from policyie.paths import SAMPLES_DIR
from policyie.records import LABELS, check_mentions, check_span

SAMPLES = sorted(SAMPLES_DIR.glob("*.txt"))


def test_the_five_samples_are_bundled():
    assert len(SAMPLES) == 5, [p.name for p in SAMPLES]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_sample_extraction(pipeline, path):
    doc = read_document(path)
    analysis = pipeline.analyse(doc)
    text = doc.text
    assert analysis.mentions, "a reform document has mentions"
    check_mentions(text, analysis.mentions, where=path.name)
    for m in analysis.mentions:
        assert m.label in LABELS
        assert m.end > m.start
        check_span(text, m.start, m.end, m.text, where=f"{path.name} {m.label} {m.source}")
    # the same mentions come out of Pipeline.mentions with the document's date
    again = pipeline.mentions(doc, analysis.meta.date)
    assert [(m.label, m.start, m.end) for m in again] == [(m.label, m.start, m.end) for m in analysis.mentions]
    # no two mentions overlap (inner ORGs of a DOC_TITLE are not labelled)
    ms = sorted(analysis.mentions, key=lambda m: (m.start, m.end))
    for a, b in zip(ms, ms[1:]):
        assert a.end <= b.start, (a, b)
    for s in analysis.sections:
        assert 0 <= s.start <= s.heading_end <= s.end <= len(text)
    for p in analysis.provisions:
        check_span(text, p.start, p.end, p.text, where=f"{path.name} provision {p.provision_id}")
