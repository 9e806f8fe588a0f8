"""The records that flow through policyie, one way.

file ──read──▶ Document ──segment──▶ Section / Span ──extract──▶ Mention
     ──assemble──▶ Provision ──store──▶ rows ──compare──▶ clusters, divergences

Every offset is a half-open ``[start, end)`` index into ``Document.text`` (Python
``str`` indices), the text exactly as read.  ``check_span`` is the one place that
verifies ``text[start:end] == expected``; readers, extractors, writers and tests
all call it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

#: The entity types of the annotation guidelines (v1.1).
LABELS: tuple[str, ...] = (
    "ORG",
    "STAFFING",
    "ITEM_COUNT",
    "DEADLINE",
    "PRINCIPLE",
    "DOC_NO",
    "DOC_TITLE",
)


class SpanError(ValueError):
    """A span does not match the text it claims to cover."""


def check_span(text: str, start: int, end: int, expected: str | None = None, *, where: str = "") -> None:
    """Raise ``SpanError`` unless ``0 <= start <= end <= len(text)`` and
    ``text[start:end] == expected`` (when ``expected`` is given).

    >>> check_span("人员编制不少于10名", 4, 10, "不少于10名")
    """
    prefix = f"{where}: " if where else ""
    if not (isinstance(start, int) and isinstance(end, int)):
        raise SpanError(f"{prefix}offsets must be integers, got {start!r}, {end!r}")
    if not 0 <= start <= end <= len(text):
        raise SpanError(f"{prefix}span [{start}, {end}) outside text of length {len(text)}")
    if expected is not None and text[start:end] != expected:
        raise SpanError(
            f"{prefix}text[{start}:{end}] is {text[start:end]!r}, not {expected!r}"
        )


@dataclass(frozen=True)
class Document:
    """A document as read: ``text`` is never edited after reading.

    For ``.txt`` files ``text`` is the decoded file; for ``.html``, ``.docx`` and
    ``.pdf`` it is the plain text the reader extracted, and all offsets refer to it.
    """

    doc_id: str
    text: str
    source: str = ""
    encoding: str | None = None
    format: str = "txt"


@dataclass(frozen=True)
class Span:
    """A typed stretch of the text: a paragraph, sentence, clause or boilerplate line."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Section:
    """A heading and the text it governs (up to the next heading of the same or a higher level).

    ``marker`` is the enumerator as written (``一、``, ``（二）``, ``3.``, ``第五条``),
    ``style`` its family (``cn``, ``paren_cn``, ``arabic``, ``paren_arabic``,
    ``circled``, ``shi``, ``chapter``, ``article``), ``level`` its depth (1 = top),
    ``parent`` the index of the enclosing section in the document's list, or None.
    """

    index: int
    level: int
    style: str
    marker: str
    title: str
    start: int
    end: int
    heading_end: int
    parent: int | None = None


@dataclass(frozen=True)
class Mention:
    """One entity: label, half-open span, surface text, normalised value and the rule or
    model that produced it.

    >>> Mention("STAFFING", 4, 10, "不少于10名", {"min": 10, "max": None, "unit": "名", "approx": False}, "staffing.comparator")
    """

    label: str
    start: int
    end: int
    text: str
    normalized: Any = None
    source: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "normalized": self.normalized,
            "source": self.source,
        }


@dataclass(frozen=True)
class Provision:
    """One measure: a clause or enumerated item, with the mentions inside it and the roles
    its text states.

    ``roles`` maps role names to lists of values, e.g. ``{"lead": ["市委组织部"],
    "cooperate": ["编办", "人社局"], "staffing": [{"body": "综合行政执法队",
    "kind": "人员编制", "min": 10, "max": None}], "deadline": [...]}``.
    """

    doc_id: str
    provision_id: str
    section_path: tuple[str, ...]
    start: int
    end: int
    text: str
    mentions: tuple[Mention, ...] = ()
    roles: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "provision_id": self.provision_id,
            "section_path": list(self.section_path),
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "mentions": [m.to_json() for m in self.mentions],
            "roles": dict(self.roles),
        }


@dataclass(frozen=True)
class Region:
    """An administrative region, normalised: ``河北省 / 承德市 / 兴隆县`` with its code
    (GB/T 2260 six-digit code where known)."""

    province: str | None = None
    city: str | None = None
    county: str | None = None
    code: str | None = None

    @property
    def name(self) -> str:
        """The full name, e.g. ``河北省承德市兴隆县``; a part that repeats the one above it is
        said once (a municipality is its own city: ``北京市``, ``北京市海淀区``). The one place
        region names are made (see ``policyie.corpora.region_names``)."""
        parts: list[str] = []
        for p in (self.province, self.city, self.county):
            if p and (not parts or parts[-1] != p):
                parts.append(p)
        return "".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {"province": self.province, "city": self.city, "county": self.county,
                "code": self.code, "name": self.name or None}


@dataclass(frozen=True)
class DocumentMeta:
    """What a document says about itself: title, issuing bodies, number, date, region.

    ``date`` is ISO ``YYYY-MM-DD`` (or ``YYYY-MM`` / ``YYYY`` when only that is known);
    ``date_source`` says where it was read (``落款``, ``成文日期``, ``发布日期``, ``title``…).
    """

    title: str | None = None
    issuers: tuple[str, ...] = ()
    doc_no: str | None = None
    date: str | None = None
    date_source: str | None = None
    region: Region = field(default_factory=Region)

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "issuers": list(self.issuers), "doc_no": self.doc_no,
                "date": self.date, "date_source": self.date_source, "region": self.region.to_json()}


def check_mentions(text: str, mentions: "list[Mention] | tuple[Mention, ...]", *, where: str = "") -> None:
    """Check every mention's span against ``text`` (raises ``SpanError`` on the first bad one)."""
    for m in mentions:
        check_span(text, m.start, m.end, m.text, where=f"{where} {m.label} {m.source}".strip())
