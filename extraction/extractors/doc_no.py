"""DOC_NO: document numbers (文号) such as 冀办字〔2020〕5号.

>>> from policyie.records import Document
>>> from policyie.extraction.context import Context
>>> [m.normalized for m in extract(Context(Document("d", "根据(冀办字〔2020〕5号)要求")))]
[{'issuer_code': '冀办字', 'year': 2020, 'number': 5}]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from policyie.extraction.context import Context
from policyie.extraction.extractors.common import mention
from policyie.records import Mention

if TYPE_CHECKING:
    from policyie.extraction.words import WordSegmenter

LABEL = "DOC_NO"

# The issuer code is a short run of CJK characters (province or city abbreviation +
# body abbreviation + 发/字/函...).  Brackets: 〔〕, [], (), 【】, 〈〉 and their widths.
_PAT = re.compile(
    r"(?P<open>[〔\[(【〈［])\s*(?P<year>(?:19|20)\d\d)\s*[〕\])】〉］]"
    # a stray closing bracket before 号 (鲁厅字[2018]33)号) is a copying slip in reposted text
    r"\s*(?:第\s*)?(?P<num>\d{1,5})\s*[)）]?\s*号"
)
_CODE_CHARS = re.compile(r"[\u4e00-\u9fff]{1,10}$")
# Words that end the issuer code when scanning left: a code never contains them.
_CODE_STOP = re.compile(r".*(?:印发|转发|下发|发布|根据|按照|依据|参照|对照|的|和|与|及|了|见|文件|通知|意见|方案|精神|要求|规定)")
# Dictionary tags of the words a code never starts with: verbs, adverbs, adjectives (深挖、
# 聚焦、深入贯彻、落实 before 国发〔2022〕2号 in the work reports).  Codes are abbreviations
# jieba does not know (冀办, 川府) or nouns (国办, 编办), so their words carry other tags.
_NOT_CODE = frozenset({"v", "vd", "vn", "a", "ad", "d"})


def _strip_verbs(code: str, words: WordSegmenter) -> str:
    """``code`` less the leading verbs and adverbs of two or more characters, keeping at
    least two characters: 深入落实国发 → 国发, 兴办发 stays (发 alone is no code)."""
    cut = 0
    for w in words.words(code):
        if len(w.text) < 2 or w.pos not in _NOT_CODE or len(code) - w.end < 2:
            break
        cut = w.end
    return code[cut:]


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
        if ctx.words is not None and len(code) >= 4:
            code = _strip_verbs(code, ctx.words)
        if len(code) > 8:
            continue  # not a plausible issuer code
        start = m.start() - len(code)
        yield mention(ctx, LABEL, start, m.end(),
                      {"issuer_code": code, "year": int(m.group("year")), "number": int(m.group("num"))},
                      "doc_no.bracket")
