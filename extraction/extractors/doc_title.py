"""DOC_TITLE: the text inside 《》 when it names a document, plan, list or catalogue.

Nested titles stay inside the outer one; media names (《人民日报》) and works (a play, a film,
a book: 《长津湖》) are not documents: a title ends in a kind of document.

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

# The kinds of document the guidelines name (law, plan, opinion, notice, list, catalogue)
# and their kin: a title must end in one (after a trailing （试行）/（2021—2025年）), so the
# names of plays, films, books and columns in 《》 are not DOC_TITLE.
_KIND = re.compile(
    r"(?:法|典|条例|规定|办法|细则|规则|规程|规范|导则|规划|纲要|计划|方案|意见|通知|通告|公告|决定|决议|批复|函|清单|目录"
    r"|名录|库|指南|指引|标准|准则|章程|制度|机制|守则|公约|要点|措施|报告|纪要|通报|协议|合同|宣言|说明|汇编"
    r"|(?:决定|任务|责任|承诺|意见|建议|倡议|白皮|告知)书|(?:修正|议|预|草)案"
    r"|建议|条约|任务|解释|图|表"
    # licences and certificates (《蚕种生产许可证》, 《上海市荣誉市民证书》): every labelled
    # document citing one in 《》 labels it, as a document issued (ANNOTATION-NOTES, regs-p)
    r"|(?:许可|合格|资格|执业|登记|上岗|使用|检疫|准运|经营|通行|资质|产权|身份|居住|残疾人|荣誉|会员)证|证书|执照)$")
_TRAILING_NOTE = re.compile(r"(?:\s*[（(][^（）()]*[）)])+$")
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
                if (0 < len(inner) <= 200 and not _MEDIA.search(inner) and ("\n" not in inner or "〈" in inner)
                        and _KIND.search(_TRAILING_NOTE.sub("", inner))):
                    yield Mention(LABEL, start, i, inner, None, "doc_title.book_marks")
        elif ch == "\n" and depth and (i - start > 200 or text.count("\n", start, i) >= 4):
            depth = 0  # an unclosed 《 does not run on (a title broken by blank lines stays one)
