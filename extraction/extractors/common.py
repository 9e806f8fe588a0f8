"""Helpers shared by the entity extractors."""

from __future__ import annotations

import re
from typing import Any, Iterator

from policyie.extraction.context import Context
from policyie.records import Mention


def mention(ctx: Context, label: str, vstart: int, vend: int, normalized: Any, source: str) -> Mention:
    """Build a mention from a span on the normalised view, mapped back to the original text."""
    start, end = ctx.view.span(vstart, vend)
    return Mention(label, start, end, ctx.text[start:end], normalized, source)


def finditer(pattern: re.Pattern[str], ctx: Context) -> Iterator[re.Match[str]]:
    return pattern.finditer(ctx.view.text)
