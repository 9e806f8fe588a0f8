"""The pipeline: ``analyse(document) -> Analysis``.

Document → metadata → sections / sentences / clauses → mentions → provisions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from policyie.records import Document, DocumentMeta, Mention, Provision, Section, Span


@dataclass(frozen=True)
class Analysis:
    document: Document
    meta: DocumentMeta
    sections: tuple[Section, ...] = ()
    spans: tuple[Span, ...] = ()
    mentions: tuple[Mention, ...] = ()
    provisions: tuple[Provision, ...] = ()


def analyse(document: Document, meta: DocumentMeta | None = None) -> Analysis:
    """Run every stage on one document (placeholder until the stages land)."""
    return Analysis(document=document, meta=meta or DocumentMeta())
