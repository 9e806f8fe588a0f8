"""DOC_TITLE: the text inside 《》 when it names a document, plan, list or catalogue.

Nested titles stay inside the outer one; media names (《人民日报》) are not documents.

>>> from policyie.records import Document
>>> from policyie.extraction.context import Context
>>> [m.text for m in extract(Context(Document("d", "制定《兴隆县乡镇行政处罚事项清单》")))]
['兴隆县乡镇行政处罚事项清单']
"""

from __future__ import annotations

import re
from typing import Iterator

from policyie.extraction.context import Context
from policyie.records import Mention

LABEL = "DOC_TITLE"

_MEDIA = re.compile(r"(日报|晚报|晨报|时报|杂志|周刊|月刊|画报|报|网|频道|电视台|新闻联播)$")
_MAX_LEN = 120


def extract(ctx: Context) -> Iterator[Mention]:
    text = ctx.text
    depth = 0
    start = -1
    for i, ch in enumerate(text):
        if ch == "《":
            if depth == 0:
                start = i + 1
            depth += 1
        elif ch == "》" and depth:
            depth -= 1
            if depth == 0:
                inner = text[start:i]
                if 0 < len(inner) <= 200 and not _MEDIA.search(inner) and ("\n" not in inner or "〈" in inner):
                    yield Mention(LABEL, start, i, inner, None, "doc_title.book_marks")
        elif ch == "\n" and depth and (i - start > 200 or text.count("\n", start, i) >= 4):
            depth = 0  # an unclosed 《 does not run on (a title broken by blank lines stays one)
