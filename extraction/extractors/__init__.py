"""One module per entity type; the table below is the single list of extractors (no
registration by import side effect)."""

from __future__ import annotations

from typing import Callable, Iterator

from policyie.extraction.context import Context
from policyie.extraction.extractors import deadline, doc_no, doc_title, item_count, org, principle, staffing
from policyie.records import Mention

Extractor = Callable[[Context], Iterator[Mention]]

#: label → extract function, in the order they run.  ORG is built per pipeline (it owns a
#: word segmenter), so it is not in this table; see ``policyie.extraction.pipeline``.
RULE_EXTRACTORS: dict[str, Extractor] = {
    doc_title.LABEL: doc_title.extract,
    doc_no.LABEL: doc_no.extract,
    principle.LABEL: principle.extract,
    staffing.LABEL: staffing.extract,
    item_count.LABEL: item_count.extract,
    deadline.LABEL: deadline.extract,
}

__all__ = ["RULE_EXTRACTORS", "Extractor", "org"]
