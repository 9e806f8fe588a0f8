"""Read documents from disk: ``.txt``, ``.html``/``.htm``, ``.docx``, ``.doc``, ``.pdf`` → ``Document``.

Every bad input (missing, empty, binary, undecodable, too large, broken container,
no text) raises ``ReadError`` and nothing else, so a batch run can record the path
and the reason and go on.

Text files are decoded, never edited: ``Document.text`` is the file's characters
(CRLF and all), so offsets into it are offsets into the file as a reader sees it.
For ``.html``, ``.docx``, ``.doc`` and ``.pdf`` the text is what the reader extracts,
and offsets refer to that.  ``.doc`` (Word 97–2003) goes through an external converter,
antiword or LibreOffice (``corpora/legacy_doc.py``); without one each ``.doc`` is a
``ReadError`` saying what to install.

Encodings tried, in order, and the name reported in ``Document.encoding``:

=====================  ==============================  =============
bytes                  decoded as                      reported
=====================  ==============================  =============
UTF-8 BOM              ``utf-8-sig`` (BOM dropped)     ``utf-8-sig``
UTF-16 LE / BE BOM     UTF-16 (BOM dropped)            ``utf-16-le`` / ``utf-16-be``
valid UTF-8            ``utf-8``                       ``utf-8``
(HTML) declared        the ``<meta>`` charset          its codec name
valid GB18030          ``gb18030`` if the text is      ``gb18030``
                       plausible Chinese
=====================  ==============================  =============

GB18030 (a superset of GBK and GB2312) decodes almost any run of high bytes, so
it is accepted only when the result looks like Chinese: see ``_plausible_chinese``.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import stat
import sys
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

from policyie.records import Document

__all__ = [
    "DEFAULT_MAX_BYTES",
    "STDIN_SOURCE",
    "SUPPORTED_SUFFIXES",
    "ReadError",
    "iter_input_paths",
    "read_document",
    "read_stdin",
]

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm", ".docx", ".doc", ".pdf")
DEFAULT_MAX_BYTES: int = 50 * 1024 * 1024
#: ``Document.source`` of a text read from standard input (``policyie extract -``).
STDIN_SOURCE = "<stdin>"

_FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".docx": "docx", ".doc": "doc", ".pdf": "pdf"}

CANNOT_DECODE = "cannot decode: not UTF-8, UTF-16 with BOM or GB18030"


class ReadError(Exception):
    """A file could not be read as a document.  ``str(e)`` is ``"<path>: <reason>"``.

    >>> str(ReadError("通知.txt", "empty"))
    '通知.txt: empty'
    """

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self):  # keep pickling (multiprocessing) working with two arguments
        return (type(self), (self.path, self.reason))


# ---------------------------------------------------------------------------
# Paths
# ---------------------------------------------------------------------------


def _hidden(name: str) -> bool:
    # "~$文件.docx" is Word's lock file beside an open document: hidden on Windows,
    # a few bytes of binary, never a document.
    return name.startswith(".") or name.startswith("~$")


def iter_input_paths(paths: Iterable[str | os.PathLike[str]], *,
                     skipped: list[tuple[Path, str]] | None = None) -> Iterator[Path]:
    """Expand command-line style inputs into the files to read.

    A file is yielded as given (whatever its suffix: ``read_document`` then says
    "unsupported format"); a folder is walked recursively in sorted order, keeping
    files with a supported suffix and skipping hidden files and folders; a path
    that does not exist is yielded too, so the caller records a ``ReadError`` for it.
    Each file a walk leaves out is appended to ``skipped`` (when given) with the
    reason (``unsupported .xls``, ``hidden``), so that a summary can count it.

    >>> list(iter_input_paths(["缺失的文件.txt"]))
    [PosixPath('缺失的文件.txt')]
    """
    if isinstance(paths, (str, os.PathLike)):
        # A bare string is an iterable of characters: never what the caller meant.
        paths = [paths]
    for given in paths:
        p = Path(given)
        if not p.is_dir():
            yield p
            continue
        found: list[Path] = []
        # os.walk without followlinks: a symlink loop cannot make the walk endless.
        for root, dirnames, filenames in os.walk(p):
            if skipped is not None:
                skipped.extend((Path(root) / d, "hidden folder") for d in sorted(dirnames) if _hidden(d))
            dirnames[:] = [d for d in dirnames if not _hidden(d)]
            for name in filenames:
                suffix = Path(name).suffix.lower()
                if _hidden(name) or suffix not in SUPPORTED_SUFFIXES:
                    if skipped is not None:
                        why = "hidden" if _hidden(name) else f"unsupported {suffix or '(no suffix)'}"
                        skipped.append((Path(root) / name, why))
                    continue
                found.append(Path(root) / name)
        # Sort on path parts so that "a/b.txt" and "a-c.txt" order the same everywhere.
        found.sort(key=lambda q: q.relative_to(p).parts)
        yield from found


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def read_document(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file into a ``Document`` (``doc_id`` = the file stem).

    Raises ``ReadError`` for every bad input: missing, not a file, unsupported
    suffix, larger than ``max_bytes``, empty, binary, undecodable, broken
    ``.docx``/``.pdf``, or no text.

    For example, a GBK file ``in/兴隆县乡镇改革方案.txt`` gives
    ``Document(doc_id="兴隆县乡镇改革方案", encoding="gb18030", format="txt", …)``.
    """
    p = Path(path)
    try:
        data = _read_bytes(p, max_bytes)
        fmt = _FORMATS[p.suffix.lower()]
        if fmt == "txt":
            text, encoding = _decode_text(data, p)
            if not text.strip():
                raise ReadError(p, "empty")
        elif fmt == "html":
            text, encoding = _read_html(data, p)
        elif fmt == "docx":
            text, encoding = _read_docx(data, p, max_bytes), None
        elif fmt == "doc":
            text, encoding = _read_doc(data, p, max_bytes)
        else:
            text, encoding = _read_pdf(data, p), None
    except ReadError as e:
        if e.path != str(path):
            # Report the path as the caller gave it ("a//b.txt"), like Document.source.
            raise ReadError(path, e.reason) from None
        raise
    except RecursionError:
        raise ReadError(path, "too deeply nested to read") from None
    except Exception as e:  # noqa: BLE001 - a bad file must never escape as another type
        raise ReadError(path, f"cannot read {p.suffix.lower()[1:]} ({type(e).__name__}: {e})") from e
    return Document(doc_id=p.stem, text=text, source=str(path), encoding=encoding, format=fmt)


def read_stdin(stream: BinaryIO | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES,
               doc_id: str = "stdin") -> Document:
    """One plain text from standard input (``policyie extract -``), decoded as a ``.txt`` file is.

    >>> import io
    >>> read_stdin(io.BytesIO("人员编制不少于10名。".encode("gbk"))).encoding
    'gb18030'
    """
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ReadError(STDIN_SOURCE, f"too large: more than {max_bytes} bytes (limit {max_bytes})")
    if not data.strip():
        raise ReadError(STDIN_SOURCE, "empty")
    text, encoding = _decode_text(data, Path(STDIN_SOURCE))
    if not text.strip():
        raise ReadError(STDIN_SOURCE, "empty")
    return Document(doc_id=doc_id, text=text, source=STDIN_SOURCE, encoding=encoding, format="txt")


def _read_bytes(p: Path, max_bytes: int) -> bytes:
    """The file's bytes, after the checks that need no content."""
    try:
        st = p.stat()
    except FileNotFoundError:
        raise ReadError(p, "not found") from None
    except OSError as e:
        raise ReadError(p, f"cannot open ({e.strerror or e})") from None
    if stat.S_ISDIR(st.st_mode):
        raise ReadError(p, "is a directory")
    if not stat.S_ISREG(st.st_mode):
        # A FIFO or device would block or never end.
        raise ReadError(p, "not a regular file")
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ReadError(p, f"unsupported format: {suffix or '(no suffix)'} (supported: {', '.join(SUPPORTED_SUFFIXES)})")
    if st.st_size > max_bytes:
        raise ReadError(p, f"too large: {st.st_size} bytes (limit {max_bytes})")
    try:
        with p.open("rb") as f:
            # Read one byte past the limit: the file may have grown since stat().
            data = f.read(max_bytes + 1)
    except OSError as e:
        raise ReadError(p, f"cannot open ({e.strerror or e})") from None
    if len(data) > max_bytes:
        raise ReadError(p, f"too large: more than {max_bytes} bytes (limit {max_bytes})")
    if not data:
        raise ReadError(p, "empty")
    return data


# ---------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)

# C0 controls other than \t \n \v \f \r, DEL and the C1 block: never in a real text.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _decode_text(data: bytes, p: Path, declared: str | None = None) -> tuple[str, str]:
    """Decode a text file's bytes; return ``(text, reported encoding)``.

    ``declared`` is an HTML page's ``<meta>`` charset (a codec name), tried after
    UTF-8: pages declared ``gb2312`` but saved as UTF-8 are common, while GBK text
    that happens to be valid UTF-8 is practically impossible beyond a few characters.
    """
    for bom, codec, reported in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                raise ReadError(p, CANNOT_DECODE + f" (invalid {reported} after its BOM)") from None
            if "\x00" in text:
                raise ReadError(p, "binary file")
            return text, reported
    if b"\x00" in data:
        # No text encoding we accept produces NUL without a UTF-16 BOM.
        raise ReadError(p, "binary file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared and declared not in ("utf-8", "gb18030"):
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            pass
        else:
            # A single-byte Western charset decodes any bytes: Chinese sites often
            # declare iso-8859-1 by default while serving GBK, so GBK wins if plausible.
            if declared not in _SINGLE_BYTE_WESTERN or not _gb18030_plausible(data):
                return text, declared
    text = _gb18030_plausible(data)
    if text is not None:
        return text, "gb18030"
    raise ReadError(p, CANNOT_DECODE)


def _gb18030_plausible(data: bytes) -> str | None:
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    return text if _plausible_chinese(text) else None


# Very frequent hanzi of modern written Chinese (general frequency lists).  In real
# documents they are about half of all hanzi; text that only decodes as GB2312 by
# accident (EUC-KR Korean, EUC-JP Japanese) lands on them about one time in ten.
_FREQUENT_HANZI = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着"
    "下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小"
    "部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三"
    "又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西"
    "斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各"
    "入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计"
    "管期市直德资命山金指克许统区保至队形社便空决治展马科司五基"
)

# Codec names (codecs.lookup(label).name) of charsets that decode any byte string.
_SINGLE_BYTE_WESTERN = frozenset({"iso8859-1", "cp1252", "iso8859-15"})


def _char_class(c: str) -> str:
    """``common`` (GB2312 level-1 hanzi or a GB2312/GBK symbol), ``level2`` (GB2312
    level-2 hanzi: real but rarer, e.g. 亳、圳), ``kana`` or ``rare`` (GBK-only hanzi,
    private use, anything else)."""
    if "\u3040" <= c <= "\u30ff":
        # GB2312 has kana, but Chinese text hardly uses them; EUC-JP decodes to them.
        return "kana"
    try:
        b = c.encode("gbk")
    except UnicodeEncodeError:
        # 4-byte GB18030 (outside GBK): CJK punctuation, fullwidth forms and
        # general punctuation are fine, the rest (private use, Latin-1 letters,
        # CJK extension B…) is what misdecoded bytes turn into.
        o = ord(c)
        if 0x2000 <= o <= 0x206F or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF:
            return "common"
        return "rare"
    if len(b) != 2:
        return "common"
    lead, trail = b
    if 0xB0 <= lead <= 0xD7 and trail >= 0xA1:
        return "common"
    if 0xD8 <= lead <= 0xF7 and trail >= 0xA1:
        return "level2"
    if 0xA1 <= lead <= 0xA9:
        # GB2312 symbol rows plus GBK's symbol additions (〇, —, ·, ─…).
        return "common"
    return "rare"


def _plausible_chinese(text: str) -> bool:
    """Whether ``text`` (bytes decoded as GB18030) reads as Chinese/ASCII text.

    Calibrated on 148 real government texts: none has a control character, at most
    0.9 % of their non-ASCII characters are outside GB2312 level 1 and its symbols,
    and about half of their hanzi are among ``_FREQUENT_HANZI``.  A short text with
    a dense cluster of level-2 hanzi can still be refused: a ``ReadError``, never
    wrong text.  Random high bytes
    and Big5 give 40-60 % rare characters; EUC-KR/EUC-JP give ~10 % frequent hanzi.

    >>> _plausible_chinese("关于推进乡镇（街道）机构改革的实施意见")
    True
    >>> _plausible_chinese(bytes(range(0xB0, 0xF0)).decode("gb18030"))
    False
    """
    if _CONTROL.search(text):
        return False
    counts = Counter(text)  # counts in C: fast even for a 50 MB file
    classes: Counter[str] = Counter()
    hanzi = frequent = 0
    for c, n in counts.items():
        if c < "\x80" or c.isspace():
            continue
        classes[_char_class(c)] += n
        if "\u4e00" <= c <= "\u9fff":
            hanzi += n
            if c in _FREQUENT_HANZI:
                frequent += n
    non_ascii = sum(classes.values())
    if non_ascii == 0:
        return True
    # Level-2 hanzi count a quarter: place names and set phrases (亳州, 深圳, 民生福祉)
    # use them, while Latin-1 accent pairs (Größe) decode to nothing else.
    uncommon = classes["rare"] + classes["kana"] + 0.25 * classes["level2"]
    if uncommon > 0.05 * non_ascii:
        return False
    # Real paragraphs of 30+ hanzi have at least 31 % frequent ones (148 texts);
    # shorter ones vary too much to judge (down to 17 %), so they are not judged.
    if hanzi >= 30 and frequent < 0.2 * hanzi:
        return False
    return True


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

# <meta charset="gbk">, <meta http-equiv="Content-Type" content="text/html; charset=gb2312">,
# <?xml version="1.0" encoding="gbk"?>
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-zA-Z0-9_.:\-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([a-zA-Z0-9_.:\-]+)""", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    """The codec named by the page itself (first 8 KB), normalised; None if absent or unknown."""
    head = data[:8192]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not m:
        return None
    label = m.group(1).decode("ascii", "replace").strip().lower()
    if label in ("gb2312", "gbk", "x-gbk", "gb_2312-80", "csgb2312", "chinese", "iso-ir-58", "cp936", "gb18030"):
        # The WHATWG rule too: every GB label gets the widest decoder.
        return "gb18030"
    if label in ("utf-16", "utf-16le", "utf-16be", "unicode"):
        # Without a BOM these labels are a template's lie (WHATWG: treat as UTF-8).
        return "utf-8"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


_SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "nav", "header", "footer", "iframe", "svg", "select"}
)
_BLOCK_TAGS = frozenset(
    {
        "p", "div", "br", "li", "tr", "table", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "hr", "main", "aside", "address", "figure",
        "figcaption", "caption", "thead", "tbody", "tfoot", "form", "fieldset", "center", "body", "html",
    }
)
_CELL_TAGS = frozenset({"td", "th"})
# Elements that cannot hold content: a start tag never opens a skip region for them.
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)

_BREAK = object()  # a hard line break between blocks


class _TextExtractor(HTMLParser):
    """Collect visible text, with block boundaries as line breaks.

    Tolerant by design: unclosed tags, stray end tags and bad nesting only ever
    affect which text is skipped, never whether parsing goes on.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[object] = []
        self.skipping: list[str] = []  # open elements whose content is dropped
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            # An unclosed <head> or <title> ends where the body starts.
            self.skipping = [t for t in self.skipping if t not in ("head", "title")]
        if tag in _SKIP_TAGS:
            self.skipping.append(tag)
            return
        if tag in _BLOCK_TAGS:
            self.pieces.append(_BREAK)
        elif tag in _CELL_TAGS:
            self.pieces.append(" ")
        if tag == "pre":
            self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <iframe/>: nothing opens.
        if tag in _BLOCK_TAGS:
            self.pieces.append(_BREAK)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            if tag in self.skipping:
                # Close it and anything left open inside it.
                while self.skipping.pop() != tag:
                    pass
            return
        if tag in _BLOCK_TAGS:
            self.pieces.append(_BREAK)
        elif tag in _CELL_TAGS:
            self.pieces.append(" ")
        if tag == "pre" and self.pre:
            self.pre -= 1

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.pre:
            # Inside <pre> line breaks are real.
            for i, line in enumerate(re.split(r"\r\n|\r|\n", data)):
                if i:
                    self.pieces.append(_BREAK)
                self.pieces.append(line)
        else:
            self.pieces.append(data)


_WS_RUN = re.compile(r"\s+")


def _is_wide(c: str) -> bool:
    o = ord(c)
    return (
        0x2E80 <= o <= 0x9FFF  # CJK radicals, punctuation, kana, hanzi
        or 0xF900 <= o <= 0xFAFF
        or 0xFE30 <= o <= 0xFE4F
        or 0xFF00 <= o <= 0xFF60
        or 0x20000 <= o <= 0x3FFFF
    )


def _clean_line(line: str) -> str:
    """Collapse whitespace runs to one space; a source line break between two CJK
    characters disappears instead (as browsers render it), so ``人员\\n编制`` stays
    ``人员编制`` for the extractors."""

    def repl(m: re.Match[str]) -> str:
        s, start, end = m.group(0), m.start(), m.end()
        if ("\n" in s or "\r" in s) and 0 < start and end < len(line):
            if _is_wide(line[start - 1]) and _is_wide(line[end]):
                return ""
        return " "

    return _WS_RUN.sub(repl, line).strip()


def _html_text(markup: str) -> str:
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    lines: list[str] = []
    current: list[str] = []
    for piece in parser.pieces + [_BREAK]:
        if piece is _BREAK:
            line = _clean_line("".join(current))
            if line:
                lines.append(line)
            current = []
        else:
            current.append(piece)  # type: ignore[arg-type]
    return "\n".join(lines)


def _read_html(data: bytes, p: Path) -> tuple[str, str]:
    markup, encoding = _decode_text(data, p, declared=_declared_charset(data))
    if not markup.strip():
        raise ReadError(p, "empty")
    text = _html_text(markup)
    if not text.strip():
        raise ReadError(p, "no text")
    return text, encoding


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Inside a paragraph, containers whose runs are not visible text.
_DOCX_SKIP = frozenset({_W + "del", _W + "moveFrom", _W + "pPr", _W + "rPr"})


def _docx_paragraph_text(p_el) -> str:
    """A paragraph's text: its runs, including those inside hyperlinks, tracked
    insertions, content controls, smart tags and simple fields, which python-docx's
    ``Paragraph.text`` leaves out; deleted runs are left out."""
    out: list[str] = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if tag == _W + "r":
                out.append(child.text or "")  # python-docx's CT_R.text: w:t, w:tab, w:br…
            elif isinstance(tag, str) and tag not in _DOCX_SKIP:
                walk(child)

    walk(p_el)
    return "".join(out)


def _docx_blocks(container, out: list[str]) -> None:
    """Paragraphs and table cells of a body, cell or content control, in document order."""
    for child in container:
        tag = child.tag
        if tag == _W + "p":
            out.append(_docx_paragraph_text(child))
        elif tag == _W + "tbl":
            for tr in child.iter(_W + "tr"):
                if tr.getparent() is not child:
                    continue  # rows of nested tables are reached through their cell
                for tc in tr.iterchildren(_W + "tc"):
                    # One w:tc per cell as stored: merged cells are not repeated,
                    # unlike python-docx's row.cells.
                    _docx_blocks(tc, out)
        elif tag in (_W + "sdt", _W + "sdtContent", _W + "customXml"):
            _docx_blocks(child, out)


def _read_docx(data: bytes, p: Path, max_bytes: int) -> str:
    import docx  # python-docx; imported here so .txt users do not pay for lxml

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            unpacked = sum(i.file_size for i in z.infolist())
    except zipfile.BadZipFile as e:
        raise ReadError(p, f"not a valid .docx (not a zip file: {e})") from None
    except Exception as e:  # noqa: BLE001 - zipfile also raises NotImplementedError, ValueError…
        raise ReadError(p, f"not a valid .docx ({type(e).__name__}: {e})") from None
    # Zip bombs: XML compresses ~10×, so a real document unpacks to far less than this.
    if unpacked > 20 * max_bytes:
        raise ReadError(p, f"too large: {unpacked} bytes unpacked (limit {20 * max_bytes})")
    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
    except Exception as e:  # noqa: BLE001 - python-docx raises KeyError, ValueError, lxml errors…
        raise ReadError(p, f"not a valid .docx ({type(e).__name__}: {e})") from None
    parts: list[str] = []
    _docx_blocks(body, parts)
    text = "\n".join(parts)
    if not text.strip():
        raise ReadError(p, "no text")
    return text


# ---------------------------------------------------------------------------
# DOC
# ---------------------------------------------------------------------------

_HTML_START = re.compile(rb"^\s*<(!doctype html|html|head|meta|body)\b", re.IGNORECASE)


def _read_doc(data: bytes, p: Path, max_bytes: int) -> tuple[str, str | None]:
    """A ``.doc``: many sites serve a .docx or a web page under that name, read as what they
    are; a real Word 97–2003 file (OLE2) goes through antiword or LibreOffice."""
    if data.startswith(b"PK\x03\x04"):
        return _read_docx(data, p, max_bytes), None
    head = data[:1024].lstrip(codecs.BOM_UTF8)
    if _HTML_START.match(head):
        return _read_html(data, p)
    from policyie.corpora.legacy_doc import read_doc

    text = read_doc(p)
    if not text.strip():
        raise ReadError(p, "no text")
    return text, None


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------


def _read_pdf(data: bytes, p: Path) -> str:
    import pypdf
    from pypdf.errors import PyPdfError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Many official PDFs are "encrypted" only to forbid editing, with an
            # empty user password: those open.
            try:
                ok = reader.decrypt("")
            except Exception as e:  # noqa: BLE001 - e.g. DependencyError for AES without cryptography
                raise ReadError(p, f"encrypted PDF: cannot decrypt ({type(e).__name__}: {e})") from None
            if not ok:
                raise ReadError(p, "encrypted PDF: password required")
        pages = list(reader.pages)
    except ReadError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as e:
        raise ReadError(p, f"not a valid PDF ({type(e).__name__}: {e})") from None
    if not pages:
        raise ReadError(p, "no pages")
    texts: list[str] = []
    for number, page in enumerate(pages, 1):
        try:
            texts.append(page.extract_text() or "")
        except Exception as e:  # noqa: BLE001 - one broken content stream spoils the document
            raise ReadError(p, f"broken PDF: page {number} ({type(e).__name__}: {e})") from None
    text = "\n".join(texts)
    if not text.strip():
        raise ReadError(p, "no text layer (scanned PDF?)")
    return text
