"""DOC_NO: document numbers (文号) such as 冀办字〔2020〕5号.

>>> from policyie.records import Document
>>> from policyie.extraction.context import Context
>>> [m.normalized for m in extract(Context(Document("d", "根据(冀办字〔2020〕5号)要求")))]
[{'issuer_code': '冀办字', 'year': 2020, 'number': 5}]
"""

from __future__ import annotations

import re
from typing import Iterator

from policyie.extraction.context import Context
from policyie.extraction.extractors.common import mention
from policyie.records import Mention

LABEL = "DOC_NO"

# The issuer code is a short run of CJK characters (province or city abbreviation +
# body abbreviation + 发/字/函...).  Brackets: 〔〕, [], (), 【】, 〈〉 and their widths.
_PAT = re.compile(
    r"(?P<open>[〔\[(【〈［])\s*(?P<year>(?:19|20)\d\d)\s*[〕\])】〉］]"
    r"\s*(?:第\s*)?(?P<num>\d{1,5})\s*号"
)
_CODE_CHARS = re.compile(r"[\u4e00-\u9fff]{1,10}$")
# Words that end the issuer code when scanning left: a code never contains them.
_CODE_STOP = re.compile(r".*(?:印发|转发|下发|发布|根据|按照|依据|参照|对照|的|和|与|及|了|见|文件|通知|意见|方案|精神|要求|规定)")


def extract(ctx: Context) -> Iterator[Mention]:
    v = ctx.view.text
    # find the bracketed year and number first, then read the issuer code leftwards:
    # scanning every CJK run for a code would backtrack at each character
    for m in _PAT.finditer(v):
        cm = _CODE_CHARS.search(v, max(0, m.start() - 10), m.start())
        code = cm.group(0) if cm else ""
        stop = _CODE_STOP.match(code)
        cut = stop.end() if stop else 0
        code = code[cut:]
        if len(code) > 8:
            continue  # not a plausible issuer code
        start = m.start() - len(code)
        yield mention(ctx, LABEL, start, m.end(),
                      {"issuer_code": code, "year": int(m.group("year")), "number": int(m.group("num"))},
                      "doc_no.bracket")
