"""What a document says about itself: title, issuers, document number, date, region.

``extract_meta(document)`` reads the header (the leading short lines: web banners,
labelled fields such as 成文日期, the 文号, the issuers, the title), the 落款 (the
issuers' names over a date line) and, for regulations, the 题注 (the dated lines under
the title saying which congress adopted or amended it). The region comes from
``regions.find_region``. Nothing is loaded at import.

Dates are ISO strings: ``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` when only that is known.
``date_source`` says where the date was read, strongest first:

``落款`` > ``成文日期`` > ``印发`` (the 版记 line) > ``发布日期`` / ``发布时间`` (the latest,
as a web feed states one per item) > ``题注`` (the latest adoption or amendment) >
``filename`` (``…(2019-11-29).txt``, or a year token such as ``city-2020-…``) > ``施行``
(the entry into force, 自2006年1月1日起施行, when nothing else dates the text).
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from pathlib import PurePath

from policyie.corpora.regions import find_region
from policyie.records import Document, DocumentMeta

__all__ = ["extract_meta", "parse_cn_date"]

# ---------------------------------------------------------------- dates

_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "o": 0, "一": 1, "二": 2, "三": 3,
             "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_YEAR = "〇○零Ｏ" + "一二三四五六七八九"
_CN_NUM = r"(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?)"

_DATE_PATTERN = (
    # 2018年4月28日, 2018年4月, 2018年 (spaces allowed inside, 日 optional)
    r"(?P<y>(?:19|20)\d\d)\s*年(?:\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日?)?)?"
    # 2020-04-30, 2020/4/30, 2018.4.28, 2020-04
    r"|(?P<y2>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m2>\d{1,2})(?:(?P=sep)(?P<d2>\d{1,2}))?"
    # 二〇一八年四月二十八日
    rf"|(?P<cy>[{_CN_YEAR}]{{4}})\s*年(?:\s*(?P<cm>{_CN_NUM})\s*月(?:\s*(?P<cd>{_CN_NUM})\s*日)?)?"
)
_DATE_RE = re.compile(_DATE_PATTERN)

# A date whose month and day digits ran together when the 月 was lost: 2020年426.
_RUN_RE = re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<run>\d{3,4})\s*日?")


def _cn_number(s: str) -> int:
    """十 → 10, 二十八 → 28, 廿一 → 21, 四 → 4."""
    s = s.replace("廿", "二十")
    if "十" not in s:
        return _CN_DIGIT[s]
    tens, _, units = s.partition("十")
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[units] if units else 0)


def _iso(year: int, month: int | None, day: int | None) -> str | None:
    if month is None:
        return f"{year:04d}" if 1900 <= year <= 2099 else None
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _from_match(m: re.Match) -> str | None:
    if m.group("y"):
        y, mo, d = m.group("y"), m.group("m"), m.group("d")
        return _iso(int(y), int(mo) if mo else None, int(d) if d else None)
    if m.group("y2"):
        d = m.group("d2")
        return _iso(int(m.group("y2")), int(m.group("m2")), int(d) if d else None)
    y = int("".join(str(_CN_DIGIT[c]) for c in m.group("cy")))
    mo, d = m.group("cm"), m.group("cd")
    return _iso(y, _cn_number(mo) if mo else None, _cn_number(d) if d else None)


def _from_run(m: re.Match) -> str | None:
    # The source lost the 月 between month and day (兴隆's 落款 "2020年426"). The digits
    # are read only when exactly one split gives a real date: 426 → 4-26 (42 is no
    # month), 1226 → 12-26; 112 (1-12 or 11-2) stays unread.
    run, year = m.group("run"), int(m.group("y"))
    readings = {_iso(year, int(run[:k]), int(run[k:])) for k in (1, 2) if 0 < k < len(run)}
    readings.discard(None)
    return readings.pop() if len(readings) == 1 else None


def _normalise(s: str) -> str:
    return unicodedata.normalize("NFKC", s).replace("\u3000", " ").strip()


def parse_cn_date(s: str) -> str | None:
    """Parse a string that is one date; None if it is not one.

    ``parse_cn_date("二〇一八年四月二十八日")`` → ``"2018-04-28"``;
    ``"2018年4月28日"`` → ``"2018-04-28"``; ``"2020-04-30"``; ``"2018.4.28"``;
    ``"2020年6月"`` → ``"2020-06"``; ``"2020年426"`` (月 lost) → ``"2020-04-26"``.
    """
    s = _normalise(s)
    m = _DATE_RE.fullmatch(s)
    if m:
        return _from_match(m)
    m = _RUN_RE.fullmatch(s)
    return _from_run(m) if m else None


def _dates_in(s: str) -> list[str]:
    """Every full date (with month) written in ``s``, in order."""
    out = []
    for m in _DATE_RE.finditer(_normalise(s)):
        iso = _from_match(m)
        if iso and len(iso) >= 7:
            out.append(iso)
    return out


# ---------------------------------------------------------------- lines

_BOILERPLATE = re.compile(
    r"当前位置|首页|网站|编制网|政府网|门户|字体|点击|浏览|下载|打印|关闭|分享|收藏|来源|"
    r"作者|责任编辑|关注数|粉丝|发帖|合集|预览|客服|退款|索\s*引\s*号|效力状态|相关文档|"
    r"上一篇|下一篇")
_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|"
                         r"第[一二三四五六七八九十百\d]+[章节条])")
_DOC_TYPE_END = re.compile(r"(?:方案|意见|办法|条例|规定|细则|规则|决定|通知|通报|报告|规划|纲要|"
                           r"计划|要点|制度|标准|指引|指南|清单|公告|批复|函|纪要|决议)$")
_ORG_LINE = re.compile(
    r"^(?:中共|中国共产党)?[\u4e00-\u9fff（）()]{2,30}?"
    r"(?:委员会|党委|党组|人民政府|政府|办公室|办公厅|常务委员会|人大常委会|管理委员会|"
    r"管委会|党工委|工委|委|局|厅|部|署|院|编办|办)$")
_DOC_NO = re.compile(r"^[\u4e00-\u9fff]{0,12}[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号$")
# Looks like a document number but is damaged (bracket or 号 lost): 字〔20207.
_DOC_NO_DAMAGED = re.compile(r"^[\u4e00-\u9fff]{0,12}(?:[〔\[［【(（]\s*(?:19|20)\d\d|字\s*(?:19|20)\d\d)")
_TRANSMITS = re.compile(r"(?:印发|转发|发布|颁发|下发|公布)\s*《(?P<t>.+)》\s*的?(?:通知|决定|通报|函)")
_FIELD = re.compile(r"^(?P<k>[\u4e00-\u9fff ]{2,8}?)\s*[:：]\s*\|?\s*(?P<v>[^|]*?)\s*(?:\||$)")
_TIZHU = re.compile(r"通过|批准|修正|修订|公布|施行|会议上")   # 会议上: a report's 题注
_TIZHU_START = re.compile(r"^[(（—\-－\s]*(?:(?:19|20)\d\d|[〇○一二]{4})")
_CONGRESS = re.compile(r"(?<![\u4e00-\u9fff])(?P<p>[\u4e00-\u9fff]{2,20}?)第[一二三四五六七八九十百]+届人民代表大会"
                       r"(?P<c>常务委员会)?第[一二三四五六七八九十百]+次会议")


def _lines(text: str) -> list[str]:
    """Non-empty lines, stripped (no-break spaces count as spaces)."""
    out = []
    for line in text.splitlines():
        s = line.replace("\u00a0", " ").replace("\u3000", " ").strip()
        if s:
            out.append(s)
    return out


def _head(lines: list[str], max_lines: int = 40, max_len: int = 100) -> list[str]:
    """The leading short lines, up to the first long one or the first sentence (。)."""
    out: list[str] = []
    for s in lines:
        if len(s) > max_len or len(out) >= max_lines:
            break
        out.append(s)
        if "。" in s and not _BOILERPLATE.search(s):   # a download notice is not the body
            break
    return out


def _fields(lines: list[str]) -> dict[str, str]:
    """Labelled fields of a header (``成文日期: | 2018-04-28 |``), first value of each."""
    out: dict[str, str] = {}
    for s in lines:
        for part in re.split(r"\|\s*(?=[\u4e00-\u9fff ]{2,8}\s*[:：])", s):
            m = _FIELD.match(part.strip())
            if m and m.group("v"):
                out.setdefault(re.sub(r"\s+", "", m.group("k")), m.group("v"))
    return out


def _compact(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- fields of the meta

def _title(head: list[str], fields: dict[str, str]) -> str | None:
    # A notice that transmits a plan: the plan is the document (印发《X》的通知 → X).
    for s in ([fields[k] for k in ("名称", "标题", "题名") if k in fields] + head):
        m = _TRANSMITS.search(s)
        if m:
            t = m.group("t")
            close, open_ = t.find("》"), t.find("《")
            if close != -1 and (open_ == -1 or close < open_):
                t = t[:close]                  # 印发《A》和《B》的通知 → A (nested 《》 are kept)
            return t.strip()
    for k in ("名称", "标题", "题名"):
        if k in fields:
            return fields[k]
    breadcrumbs = " ".join(s for s in head if re.search(r"当前位置|首页\s*[>＞]", s))
    candidates = []
    for s in head:
        c = s.lstrip("•·")
        if not 4 <= len(c) <= 80 or re.search(r"[:：|。，,；;]", c):
            continue
        if any(len(tok) < 4 for tok in c.split()):
            continue                           # 蓬天涯 蓬天涯 (a user name); not 疫情  坚决打赢…
        if c.endswith("会议上") or _TIZHU_START.match(c):
            continue                           # a 题注: ——2024年1月16日在…会议上
        if _BOILERPLATE.search(c) or _ENUMERATOR.match(c) or c in breadcrumbs:
            continue                           # 行政体制改革 in “首页 > 行政体制改革”
        if _ORG_LINE.match(c) or parse_cn_date(c) or _DOC_NO_DAMAGED.match(c):
            continue
        if sum("\u4e00" <= ch <= "\u9fff" for ch in c) < 0.6 * len(c):
            continue                           # mostly Latin or digits: not a heading
        candidates.append(c)
    for c in candidates:                       # a heading that names a kind of document
        if _DOC_TYPE_END.search(c):
            return c
    return candidates[0] if candidates else None


def _signature_blocks(lines: list[str]) -> list[tuple[list[str], str, int]]:
    """落款 blocks: (issuer lines, the date line, its index), in order of appearance."""
    blocks = []
    for i, s in enumerate(lines):
        if len(s) > 20:                        # a date line is short; skip the parse
            continue
        iso = parse_cn_date(s)
        if not iso or len(iso) < 7:
            continue
        orgs: list[str] = []
        j = i - 1
        while j >= 0 and len(orgs) < 4 and _ORG_LINE.match(_compact(lines[j])):
            orgs.insert(0, _compact(lines[j]))
            j -= 1
        if orgs:
            blocks.append((orgs, s, i))
    return blocks


def _issuers(blocks: list, head: list[str], fields: dict[str, str]) -> tuple[str, ...]:
    if blocks:
        return tuple(dict.fromkeys(blocks[0][0]))
    found = [s.lstrip("•·") for s in head if _ORG_LINE.match(s.lstrip("•·"))]
    if found:
        return tuple(dict.fromkeys(found))
    # The issuers in front of 印发《…》 (中共灵武市委办公室 灵武市人民政府办公室印发《…》的通知).
    for s in [fields.get("名称", "")] + head:
        m = re.match(r"^(?P<o>.+?)(?:关于)?(?:印发|转发)《", s)
        if m:
            parts = [p for p in re.split(r"[\s、,，]+", m.group("o")) if _ORG_LINE.match(p)]
            if parts:
                return tuple(dict.fromkeys(parts))
    # A regulation: the congresses named in its 题注, in order (adopted by, approved by).
    bodies = []
    for s in head:
        if not re.search(r"通过|批准|修正|修订", s):
            continue                           # a report delivered at a congress is not issued by it
        s = _DATE_RE.sub(" ", re.sub(r"《[^》]*》", " ", s)).replace("根据", " ")
        for m in _CONGRESS.finditer(s):
            bodies.append(m.group("p") + "人民代表大会" + (m.group("c") or ""))
    if bodies:
        return tuple(dict.fromkeys(bodies))
    if fields.get("发布机构"):
        return (fields["发布机构"],)
    return ()


def _doc_no(head: list[str], fields: dict[str, str]) -> str | None:
    for k in ("发文字号", "文号"):
        if k in fields:
            v = _compact(fields[k])
            return v if _DOC_NO.match(v) else None
    for s in head:
        c = _compact(s)
        if _DOC_NO.match(c):
            return c
        if _DOC_NO_DAMAGED.match(c) and len(c) <= 20:
            return None                        # the document's own number, damaged: not guessed
    return None


def _filename_date(document: Document) -> str | None:
    for name in (PurePath(document.source).name if document.source else "", document.doc_id):
        m = re.search(r"[(（]((?:19|20)\d\d-\d\d-\d\d)[)）]", name)
        if m and parse_cn_date(m.group(1)):
            return parse_cn_date(m.group(1))
        years = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", name)
        if len(set(years)) == 1:
            return years[0]
    return None


def _date(document: Document, lines: list[str], blocks: list, head: list[str],
          fields: dict[str, str]) -> tuple[str | None, str | None]:
    if blocks:
        return parse_cn_date(blocks[0][1]), "落款"
    if fields.get("成文日期") and parse_cn_date(fields["成文日期"]):
        return parse_cn_date(fields["成文日期"]), "成文日期"
    for s in lines:                            # 版记: 中共兴隆县委办公室   2020年4月26日印发
        if s.endswith("印发"):
            m = re.search(r"(\S+?)\s*印发$", s[-30:])
            if m and parse_cn_date(m.group(1)):
                return parse_cn_date(m.group(1)), "印发"
    published: list[tuple[str, str]] = []
    for s in lines:
        if "时间" not in s and "日期" not in s:
            continue
        # A bare 时间 only as a label of its own (“(转) 时间:2019-07-11”), not 完成时间.
        for m in re.finditer(r"(发布日期|发布时间|发文日期|(?<![\u4e00-\u9fff])时间)"
                             r"\s*[:：]\s*\|?\s*([\d年月日\-/.]+)", s):
            iso = parse_cn_date(m.group(2)) or next(iter(_dates_in(m.group(2))), None)
            if iso:
                label = m.group(1) if m.group(1) != "时间" else "发布时间"
                published.append((iso, label))
    if published:
        return max(published)
    # 题注 lines: 2019年11月29日 浙江省…会议通过 (…根据2020年6月3日…修正), or a report's
    # ——2024年1月16日在亳州市第五届人民代表大会第三次会议上. The dates of
    # cited decisions (in 《》) and of entry into force (…起施行) are not the version's.
    tizhu = []
    for s in head[:15]:
        if _TIZHU.search(s) and _TIZHU_START.match(s):
            s = re.sub(r"《[^》]*》", "", s)
            s = re.sub(r"\S{0,12}起施行", "", s)
            tizhu.extend(_dates_in(s))
    if tizhu:
        return max(tizhu), "题注"
    fn = _filename_date(document)
    if fn:
        return fn, "filename"
    # last: a regulation with no 题注 still says when it takes effect (本规定自2006年1月1日起施行);
    # its year is the best one left for dating 每年八月 and the like
    for s in reversed(lines):
        m = re.search(r"自(\S{6,16}?日)起(?:施行|实施|执行)", s)
        if m and parse_cn_date(m.group(1)):
            return parse_cn_date(m.group(1)), "施行"
    return None, None


def extract_meta(document: Document) -> DocumentMeta:
    """Title, issuers, 文号, date and region of a document.

    For 兴隆's notice that transmits its plan: title ``兴隆县深化乡镇改革方案``, issuers
    ``("中共兴隆县委", "兴隆县人民政府")``, date ``2020-04-26`` from the 落款,
    region 河北省/承德市/兴隆县.
    """
    lines = _lines(document.text)
    head = _head(lines)
    fields = _fields(head)
    title = _title(head, fields)
    blocks = _signature_blocks(lines)
    date, source = _date(document, lines, blocks, head, fields)
    return DocumentMeta(
        title=title,
        issuers=_issuers(blocks, head, fields),
        doc_no=_doc_no(head, fields),
        date=date,
        date_source=source,
        region=find_region(document.text, title=title),
    )
