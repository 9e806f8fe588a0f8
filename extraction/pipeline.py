"""The pipeline: ``Pipeline().analyse(document) -> Analysis``.

Document → metadata → sections / sentences → mentions → provisions.  A ``Pipeline``
owns its word segmenter (and so its jieba tokenizer); build one and reuse it for a batch.

>>> from policyie.records import Document
>>> a = Pipeline().analyse(Document("d", "组建乡镇综合行政执法队，人员编制不少于10名。"))
>>> [(m.label, m.text) for m in a.mentions]
[('ORG', '乡镇综合行政执法队'), ('STAFFING', '不少于10名')]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from policyie.extraction.context import Context
from policyie.extraction.extractors import RULE_EXTRACTORS
from policyie.extraction.extractors.org import OrgExtractor
from policyie.extraction.extractors.org_refs import enumerated, references
from policyie.extraction.provisions import assemble
from policyie.extraction.resolve import resolve
from policyie.extraction.segment import Segmentation, segment
from policyie.extraction.words import WordSegmenter
from policyie.records import Document, DocumentMeta, Mention, Provision, Section, check_mentions

#: Version of the record shape written by ``policyie extract`` (see schema/record.schema.json).
SCHEMA_VERSION = "1.0"


@dataclass(frozen=True)
class Analysis:
    document: Document
    meta: DocumentMeta
    segmentation: Segmentation
    mentions: tuple[Mention, ...]
    provisions: tuple[Provision, ...]

    @property
    def sections(self) -> tuple[Section, ...]:
        return self.segmentation.sections

    def to_json(self) -> dict:
        """The output record of ``policyie extract`` for this document."""
        d = self.document
        entities = [m.to_json() for m in self.mentions]
        # a provision's mentions are the document's own: their records are shared, not
        # built twice (a catalogue of 50 MB has a hundred thousand of them)
        shared = {id(m): j for m, j in zip(self.mentions, entities)}
        provisions = []
        for p in self.provisions:
            pj = p.to_json()
            pj["mentions"] = [shared.get(id(m)) or mj for m, mj in zip(p.mentions, pj["mentions"])]
            provisions.append(pj)
        return {
            "schema_version": SCHEMA_VERSION,
            "doc_id": d.doc_id,
            "source": d.source,
            "encoding": d.encoding,
            "format": d.format,
            "meta": self.meta.to_json(),
            "sections": [
                {"index": s.index, "level": s.level, "style": s.style, "marker": s.marker, "title": s.title,
                 "start": s.start, "end": s.end, "heading_end": s.heading_end, "parent": s.parent}
                for s in self.segmentation.sections
            ],
            "boilerplate": [[b.start, b.end] for b in self.segmentation.boilerplate],
            "entities": entities,
            "provisions": provisions,
            "error": None,
        }


class MentionModel(Protocol):
    """What a learned model offers the pipeline (see ``policyie.models``)."""

    name: str

    def predict(self, document: Document, ref_date: str | None = None) -> list[Mention]: ...


class Pipeline:
    """Document → Analysis.  Mentions come from the rules, or from ``model`` when given
    (a ``MentionModel`` such as the transformer, spaCy or hybrid models of ``policyie.models``).
    """

    def __init__(self, words: WordSegmenter | None = None, model: MentionModel | None = None) -> None:
        self.words = words or WordSegmenter()
        self.org = OrgExtractor(self.words)
        self.model = model

    def rule_mentions(self, document: Document, ref_date: str | None) -> list[Mention]:
        """Mentions from the rule extractors, overlaps resolved."""
        ctx = Context(document, ref_date=ref_date, words=self.words)
        found: list[Mention] = []
        for extract in RULE_EXTRACTORS.values():
            found.extend(extract(ctx))
        orgs = list(self.org.extract(ctx))
        orgs += enumerated(ctx, orgs)  # 省粮食和储备局 between 省委编办、… and 省卫生健康委
        found.extend(orgs)
        found.extend(references(ctx, orgs))  # 以下简称 aliases and definite short forms (v1.2)
        return resolve(found)

    def mentions(self, document: Document, ref_date: str | None) -> list[Mention]:
        if self.model is not None:
            return resolve(self.model.predict(document, ref_date))
        return self.rule_mentions(document, ref_date)

    def analyse(self, document: Document, meta: DocumentMeta | None = None) -> Analysis:
        """Run every stage on one document; ``meta`` is read from the text when not given."""
        if meta is None:
            from policyie.corpora.metadata import extract_meta

            meta = extract_meta(document)
        seg = segment(document.text)
        mentions = self.mentions(document, meta.date)
        # the one check every writer relies on: text[start:end] == mention text
        check_mentions(document.text, mentions, where=document.doc_id)
        provisions = assemble(document.doc_id, document.text, seg, mentions)
        return Analysis(document, meta, seg, tuple(mentions), tuple(provisions))


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """A shared rules pipeline, built on first use (loading jieba's dictionary once)."""
    return Pipeline()


def analyse(document: Document, meta: DocumentMeta | None = None) -> Analysis:
    """``default_pipeline().analyse(document, meta)``."""
    return default_pipeline().analyse(document, meta)
