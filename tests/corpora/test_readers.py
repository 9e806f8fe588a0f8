"""Tests for policyie.corpora.readers.  Every input file is made here, in tmp_path."""

from __future__ import annotations

import io
import pickle
import random
import re
import zipfile
from pathlib import Path

import pytest

from policyie.corpora.readers import (
    CANNOT_DECODE,
    DEFAULT_MAX_BYTES,
    SUPPORTED_SUFFIXES,
    ReadError,
    iter_input_paths,
    read_document,
)
from policyie.paths import shared_missing, shared_path

ZH = "关于推进乡镇（街道）机构改革的实施意见\n一、总体要求\n综合行政执法队人员编制不少于10名，由县委编办牵头。\n"


def write(tmp_path: Path, name: str, data: bytes | str, encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return p


def reason(path: Path, **kw) -> str:
    with pytest.raises(ReadError) as info:
        read_document(path, **kw)
    assert info.value.path == str(path)
    assert str(info.value) == f"{path}: {info.value.reason}"
    return info.value.reason


# ---------------------------------------------------------------------------
# The interface
# ---------------------------------------------------------------------------


def test_constants():
    assert SUPPORTED_SUFFIXES == (".txt", ".html", ".htm", ".docx", ".doc", ".pdf")
    assert DEFAULT_MAX_BYTES == 50 * 1024 * 1024


def test_read_error_message_attributes_and_pickle():
    e = ReadError(Path("a/通知.txt"), "empty")
    assert (e.path, e.reason, str(e)) == ("a/通知.txt", "empty", "a/通知.txt: empty")
    again = pickle.loads(pickle.dumps(e))
    assert (again.path, again.reason, str(again)) == (e.path, e.reason, str(e))


def test_document_fields(tmp_path):
    p = write(tmp_path, "兴隆县方案.txt", ZH)
    doc = read_document(str(p))
    assert doc.doc_id == "兴隆县方案"
    assert doc.source == str(p)
    assert (doc.encoding, doc.format) == ("utf-8", "txt")
    assert doc.text == ZH


# ---------------------------------------------------------------------------
# .txt encodings
# ---------------------------------------------------------------------------


def test_utf8_crlf_kept_exactly(tmp_path):
    text = "第一条\r\n  人员编制10名。\r\n\r\n\t第二条 \r\n"
    doc = read_document(write(tmp_path, "crlf.txt", text))
    assert doc.text == text  # no newline translation, no strip


def test_utf8_bom(tmp_path):
    doc = read_document(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + ZH.encode("utf-8")))
    assert doc.text == ZH  # the BOM is not part of the text
    assert doc.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec, bom, reported", [
    ("utf-16-le", b"\xff\xfe", "utf-16-le"),
    ("utf-16-be", b"\xfe\xff", "utf-16-be"),
])
def test_utf16_with_bom(tmp_path, codec, bom, reported):
    text = ZH.replace("\n", "\r\n")
    doc = read_document(write(tmp_path, "u16.txt", bom + text.encode(codec)))
    assert doc.text == text
    assert doc.encoding == reported


def test_utf16_without_bom_is_binary(tmp_path):
    assert reason(write(tmp_path, "u16.txt", ZH.encode("utf-16-le"))) == "binary file"


def test_utf16_with_bom_odd_length(tmp_path):
    data = b"\xff\xfe" + ZH.encode("utf-16-le") + b"\x41"
    assert reason(write(tmp_path, "u16.txt", data)).startswith(CANNOT_DECODE)


def test_gbk(tmp_path):
    text = ZH * 3
    doc = read_document(write(tmp_path, "gbk.txt", text.encode("gbk")))
    assert doc.text == text
    assert doc.encoding == "gb18030"


def test_gb2312_short_file(tmp_path):
    doc = read_document(write(tmp_path, "gb2312.txt", "二〇二四年三月一日".encode("gbk")))
    assert doc.text == "二〇二四年三月一日"
    assert doc.encoding == "gb18030"


def test_gb18030_four_byte_characters(tmp_path):
    # 𠀀 (CJK ext. B) and the euro sign only exist as 4-byte GB18030 sequences.
    text = ZH * 5 + "单价€5，生僻字𠀀。\n"
    data = text.encode("gb18030")
    with pytest.raises(UnicodeEncodeError):
        text.encode("gbk")
    doc = read_document(write(tmp_path, "gb18030.txt", data))
    assert doc.text == text
    assert doc.encoding == "gb18030"


def test_gbk_with_place_names_in_level_two(tmp_path):
    # 亳、圳、祉 are GB2312 level-2 hanzi: rarer, but real documents are full of them.
    text = "亳州市人民政府关于深圳市对口合作和增进民生福祉的通知。" * 20
    doc = read_document(write(tmp_path, "亳州.txt", text.encode("gbk")))
    assert doc.text == text


def test_empty_and_whitespace_only(tmp_path):
    assert reason(write(tmp_path, "empty.txt", b"")) == "empty"
    assert reason(write(tmp_path, "blank.txt", " \r\n\t\u3000\n")) == "empty"
    assert reason(write(tmp_path, "blank16.txt", b"\xff\xfe" + " \n".encode("utf-16-le"))) == "empty"


def test_binary_png(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00"
    assert reason(write(tmp_path, "image.txt", png)) == "binary file"


def test_jpeg_bytes_do_not_decode(tmp_path):
    # JPEG header without NUL bytes: must not come back as "Chinese".
    jpeg = bytes.fromhex("ffd8ffe1") + bytes(random.Random(7).randrange(0x81, 0xFF) for _ in range(2000))
    assert reason(write(tmp_path, "photo.txt", jpeg)) == CANNOT_DECODE


def test_random_high_bytes_do_not_decode(tmp_path):
    # Bytes 0x81-0xFE always form valid GB18030 pairs; only the plausibility check stops them.
    data = bytes(random.Random(42).randrange(0x81, 0xFF) for _ in range(4000))
    data.decode("gb18030")  # really decodes
    assert reason(write(tmp_path, "noise.txt", data)) == CANNOT_DECODE


def test_latin1_text_does_not_decode(tmp_path):
    text = "Größe, crème brûlée, élève, Ærøskøbing, naïve façade. " * 10
    assert reason(write(tmp_path, "latin1.txt", text.encode("latin-1"))) == CANNOT_DECODE


@pytest.mark.parametrize("codec, text", [
    ("big5", "關於推進鄉鎮機構改革的實施意見，綜合行政執法隊人員編制不少於十名。" * 5),
    ("euc_kr", "대한민국 헌법 제1조 대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다. " * 3),
    ("euc_jp", "日本国民は、正当に選挙された国会における代表者を通じて行動し、われらとわれらの子孫のために、諸国民との協和による成果と"),
    ("shift_jis", "日本国民は、正当に選挙された国会における代表者を通じて行動し、われらとわれらの子孫のために、諸国民との協和による成果と"),
])
def test_other_cjk_encodings_are_not_taken_for_gbk(tmp_path, codec, text):
    data = text.encode(codec)
    try:
        data.decode("gb18030")
    except UnicodeDecodeError:
        pass  # rejected by the decoder already; still must be a ReadError
    assert reason(write(tmp_path, f"{codec}.txt", data)) == CANNOT_DECODE


def test_control_characters_reject_gb18030(tmp_path):
    data = ZH.encode("gbk") + b"\x01\x02\x1b" + "改革".encode("gbk") + b"\xff"
    assert reason(write(tmp_path, "ctrl.txt", data)) == CANNOT_DECODE


def test_five_megabyte_documents(tmp_path):
    text = ZH * (5 * 1024 * 1024 // len(ZH.encode("utf-8")) + 1)
    p = write(tmp_path, "big.txt", text)
    assert p.stat().st_size > 5 * 1024 * 1024
    doc = read_document(p)
    assert doc.text == text
    g = write(tmp_path, "big-gbk.txt", text.encode("gbk"))
    assert g.stat().st_size > 3_000_000
    assert read_document(g).text == text


def test_too_large(tmp_path):
    p = write(tmp_path, "big.txt", ZH * 10)
    size = p.stat().st_size
    assert reason(p, max_bytes=100) == f"too large: {size} bytes (limit 100)"
    assert read_document(p, max_bytes=size).text == ZH * 10


def test_too_large_checked_before_reading(tmp_path, monkeypatch):
    p = write(tmp_path, "big.txt", ZH * 10)
    monkeypatch.setattr(Path, "open", lambda *a, **k: pytest.fail("file was opened"))
    assert reason(p, max_bytes=10).startswith("too large:")


def test_missing_file_directory_and_unsupported(tmp_path):
    assert reason(tmp_path / "缺失.txt") == "not found"
    (tmp_path / "folder.txt").mkdir()
    assert reason(tmp_path / "folder.txt") == "is a directory"
    assert reason(write(tmp_path, "table.xls", b"\xd0\xcf\x11\xe0")).startswith("unsupported format")
    assert reason(write(tmp_path, "README", "hello")).startswith("unsupported format")


def test_error_path_as_given(tmp_path):
    given = f"{tmp_path}//缺失.txt"
    with pytest.raises(ReadError) as info:
        read_document(given)
    assert info.value.path == given


def test_uppercase_suffix(tmp_path):
    doc = read_document(write(tmp_path, "通知.TXT", ZH))
    assert (doc.doc_id, doc.format, doc.text) == ("通知", "txt", ZH)


# ---------------------------------------------------------------------------
# .html
# ---------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>网站标题</title>
<style>p { color: red }</style><script>var s = "<p>脚本</p>";</script></head>
<body>
<header>网站首页 | 政务公开</header>
<nav><ul><li>导航一</li><li>导航二</li></ul></nav>
<div class="article">
  <h1>关于推进乡镇机构改革的实施意见</h1>
  <p>一、&nbsp;总体要求</p>
  <p>综合行政执法队人员编制
     不少于10名，由县委编办&lt;牵头&gt;。</p>
  <table><tr><td>序号</td><td>单位</td></tr><tr><td>1</td><td>司法所</td></tr></table>
  <p>A&amp;B   test<br>第二行</p>
</div>
<noscript>请开启脚本</noscript>
<iframe src="x">框架</iframe>
<footer>版权所有 ©</footer>
</body></html>
"""


def test_html_main_text(tmp_path):
    doc = read_document(write(tmp_path, "page.html", PAGE))
    assert doc.format == "html"
    assert doc.encoding == "utf-8"
    assert doc.text == (
        "关于推进乡镇机构改革的实施意见\n"
        "一、 总体要求\n"
        "综合行政执法队人员编制不少于10名，由县委编办<牵头>。\n"  # line break between hanzi dropped
        "序号 单位\n"
        "1 司法所\n"
        "A&B test\n"
        "第二行"
    )
    for dropped in ("网站标题", "color", "脚本", "网站首页", "导航", "请开启", "框架", "版权"):
        assert dropped not in doc.text


def test_htm_suffix(tmp_path):
    doc = read_document(write(tmp_path, "page.htm", "<p>乡镇改革</p>"))
    assert (doc.doc_id, doc.format, doc.text) == ("page", "html", "乡镇改革")


def test_html_malformed(tmp_path):
    markup = "<html><head><title>未闭合标题<body><div><p>第一段<p>第二段</div></div></span><b>加粗<i>斜体</b>结尾"
    doc = read_document(write(tmp_path, "bad.html", markup))
    assert doc.text == "第一段\n第二段\n加粗斜体结尾"


def test_html_unclosed_script_and_stray_end_tags(tmp_path):
    markup = "</div></p><p>正文</p></footer></nav><p>仍在</p>"
    assert read_document(write(tmp_path, "stray.html", markup)).text == "正文\n仍在"


def test_html_gbk_meta_charset(tmp_path):
    markup = '<html><head><meta charset="gb2312"><title>标题</title></head><body><p>乡镇机构改革</p></body></html>'
    doc = read_document(write(tmp_path, "gbk.html", markup.encode("gbk")))
    assert doc.text == "乡镇机构改革"
    assert doc.encoding == "gb18030"


def test_html_gbk_http_equiv(tmp_path):
    markup = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK">'
              "</head><body><p>人员编制不少于10名</p><p>二〇二四年</p></body></html>")
    doc = read_document(write(tmp_path, "gbk.htm", markup.encode("gbk")))
    assert doc.text == "人员编制不少于10名\n二〇二四年"
    assert doc.encoding == "gb18030"


def test_html_declared_gbk_but_utf8(tmp_path):
    # A common misconfiguration: the template says gb2312, the file is UTF-8.
    markup = '<meta charset="gb2312"><p>乡镇机构改革实施意见</p>'
    doc = read_document(write(tmp_path, "mislabelled.html", markup))
    assert doc.text == "乡镇机构改革实施意见"
    assert doc.encoding == "utf-8"


def test_html_declared_latin1_but_gbk(tmp_path):
    markup = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>' + ZH + "</p>"
    doc = read_document(write(tmp_path, "latin.html", markup.encode("gbk")))
    assert doc.encoding == "gb18030"
    assert doc.text.startswith("关于推进乡镇（街道）机构改革的实施意见")


def test_html_declared_latin1_really_latin1(tmp_path):
    markup = '<meta charset="iso-8859-1"><p>Größe und Maß</p>'
    doc = read_document(write(tmp_path, "de.html", markup.encode("latin-1")))
    assert doc.text == "Größe und Maß"
    assert doc.encoding == "iso8859-1"


def test_html_no_meta_gbk_and_utf16_bom(tmp_path):
    markup = "<p>" + ZH + "</p>"
    assert read_document(write(tmp_path, "a.html", markup.encode("gbk"))).encoding == "gb18030"
    doc = read_document(write(tmp_path, "b.html", b"\xff\xfe" + markup.encode("utf-16-le")))
    assert doc.encoding == "utf-16-le"
    assert doc.text.startswith("关于推进乡镇")


def test_html_no_text(tmp_path):
    markup = "<html><head><title>只有标题</title><script>x()</script></head><body><div> &nbsp; </div><img src=a.png></body></html>"
    assert reason(write(tmp_path, "empty.html", markup)) == "no text"
    assert reason(write(tmp_path, "blank.html", "  \n")) == "empty"
    assert reason(write(tmp_path, "zero.html", b"")) == "empty"


def test_html_binary(tmp_path):
    assert reason(write(tmp_path, "x.html", b"<p>\x00\x00\x00</p>")) == "binary file"


def test_html_pre_keeps_lines(tmp_path):
    doc = read_document(write(tmp_path, "pre.html", "<pre>第一行\n  第二行\n</pre>"))
    assert doc.text == "第一行\n第二行"


# ---------------------------------------------------------------------------
# .docx
# ---------------------------------------------------------------------------


def make_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("关于推进乡镇机构改革的实施意见", level=1)
    d.add_paragraph("一、总体要求")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "单位"
    table.cell(0, 1).text = "编制"
    table.cell(1, 0).text = "综合行政执法队"
    table.cell(1, 1).text = "不少于10名"
    d.add_paragraph("二、主要任务")
    d.save(str(path))
    return path


def test_docx_paragraphs_and_table_in_order(tmp_path):
    doc = read_document(make_docx(tmp_path / "方案.docx"))
    assert (doc.doc_id, doc.format, doc.encoding) == ("方案", "docx", None)
    assert doc.text == "\n".join([
        "关于推进乡镇机构改革的实施意见", "一、总体要求",
        "单位", "编制", "综合行政执法队", "不少于10名",
        "二、主要任务",
    ])


def test_docx_merged_cells_not_repeated(tmp_path):
    import docx

    d = docx.Document()
    t = d.add_table(rows=2, cols=3)
    t.cell(0, 0).merge(t.cell(0, 2)).text = "合并标题"
    t.cell(1, 0).text = "甲"
    d.save(str(tmp_path / "m.docx"))
    text = read_document(tmp_path / "m.docx").text
    assert text.count("合并标题") == 1
    assert "甲" in text


def test_docx_tracked_insertion_and_hyperlink_text(tmp_path):
    import docx
    from docx.oxml import parse_xml

    path = make_docx(tmp_path / "t.docx")
    d = docx.Document(str(path))
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    p = parse_xml(
        f'<w:p {w}><w:r><w:t>保留</w:t></w:r>'
        f'<w:ins w:id="1" w:author="a"><w:r><w:t>插入</w:t></w:r></w:ins>'
        f'<w:del w:id="2" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del>'
        f'<w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p>'
    )
    d.element.body.insert(0, p)
    d.save(str(path))
    assert read_document(path).text.split("\n")[0] == "保留插入链接"


def test_docx_broken(tmp_path):
    assert reason(write(tmp_path, "a.docx", b"PK\x03\x04 this is not really a zip")).startswith("not a valid .docx (")
    assert reason(write(tmp_path, "b.docx", "纯文本伪装成docx")).startswith("not a valid .docx (")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "not a word document")
    assert reason(write(tmp_path, "c.docx", buf.getvalue())).startswith("not a valid .docx (")
    # A real .docx cut in half.
    whole = make_docx(tmp_path / "whole.docx").read_bytes()
    assert reason(write(tmp_path, "d.docx", whole[: len(whole) // 2])).startswith("not a valid .docx (")


def test_docx_no_text(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("   ")
    d.add_table(rows=1, cols=2)
    d.save(str(tmp_path / "blank.docx"))
    assert reason(tmp_path / "blank.docx") == "no text"


# ---------------------------------------------------------------------------
# .pdf
# ---------------------------------------------------------------------------


def make_pdf(streams: list[bytes]) -> bytes:
    """A minimal PDF: one page per content stream, Helvetica as /F1, correct xref."""
    n = len(streams)
    page_ids = [4 + 2 * i for i in range(n)]
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % i for i in page_ids) + b"] /Count %d >>" % n,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i, stream in enumerate(streams):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (page_ids[i] + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def text_stream(line: str) -> bytes:
    return b"BT /F1 12 Tf 72 720 Td (" + line.encode("ascii") + b") Tj ET"


def test_pdf_text_layer(tmp_path):
    data = make_pdf([text_stream("Township reform plan 2024"), text_stream("Staffing: at least 10")])
    doc = read_document(write(tmp_path, "plan.pdf", data))
    assert (doc.doc_id, doc.format, doc.encoding) == ("plan", "pdf", None)
    pages = doc.text.split("\n")
    assert [re.sub(r"\s+", " ", p).strip() for p in pages] == ["Township reform plan 2024", "Staffing: at least 10"]


def test_pdf_without_text_layer(tmp_path):
    # A page that only paints a rectangle, as a scan would only paint an image.
    data = make_pdf([b"0 0 1 rg 100 100 200 200 re f"])
    assert reason(write(tmp_path, "scan.pdf", data)) == "no text layer (scanned PDF?)"


def test_pdf_broken(tmp_path):
    assert reason(write(tmp_path, "a.pdf", b"%PDF-1.4\nthis is not a pdf at all"))
    assert reason(write(tmp_path, "b.pdf", "不是PDF文件"))
    whole = make_pdf([text_stream("Township reform plan")])
    assert reason(write(tmp_path, "c.pdf", whole[:60]))


def test_pdf_encrypted(tmp_path):
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf([text_stream("Township reform plan")])
    for user_password, name in (("secret", "locked.pdf"), ("", "restricted.pdf")):
        writer = PdfWriter()
        for page in PdfReader(io.BytesIO(plain)).pages:
            writer.add_page(page)
        writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
        buf = io.BytesIO()
        writer.write(buf)
        write(tmp_path, name, buf.getvalue())
    assert reason(tmp_path / "locked.pdf") == "encrypted PDF: password required"
    # Encrypted only to restrict editing (empty user password): opens.
    assert "Township reform plan" in read_document(tmp_path / "restricted.pdf").text


# ---------------------------------------------------------------------------
# Folder walk
# ---------------------------------------------------------------------------


def test_iter_input_paths(tmp_path):
    root = tmp_path / "in"
    for name in ["b.txt", "a.HTML", "sub/c.docx", "sub/deep/d.pdf", "a-z.htm", "sub/e.xls", ".hidden.txt",
                 ".git/f.txt", "~$g.docx", "sub/notes.md"]:
        write(root, name, "x")
    listed = list(iter_input_paths([root]))
    assert [p.relative_to(root).as_posix() for p in listed] == [
        "a-z.htm", "a.HTML", "b.txt", "sub/c.docx", "sub/deep/d.pdf",
    ]


def test_iter_input_paths_files_as_given_and_missing(tmp_path):
    xls = write(tmp_path, "table.xls", b"\xd0\xcf")
    hidden = write(tmp_path, ".hidden.txt", ZH)
    missing = tmp_path / "missing.txt"
    folder = tmp_path / "docs"
    write(folder, "1.txt", ZH)
    got = list(iter_input_paths([str(xls), hidden, missing, folder]))
    assert got == [xls, hidden, missing, folder / "1.txt"]
    assert all(isinstance(p, Path) for p in got)
    assert reason(xls).startswith("unsupported format")
    assert reason(missing) == "not found"
    assert read_document(hidden).text == ZH


def test_iter_input_paths_single_string(tmp_path):
    p = write(tmp_path, "a.txt", ZH)
    assert list(iter_input_paths(str(p))) == [p]


def test_every_bad_input_is_a_read_error(tmp_path):
    """A batch: each path gives a Document or a ReadError, never anything else."""
    write(tmp_path, "ok.txt", ZH)
    write(tmp_path, "bin.txt", b"\x00\x01\x02")
    write(tmp_path, "empty.html", b"")
    write(tmp_path, "bad.docx", b"PK\x05\x06" + b"\x00" * 18)
    write(tmp_path, "bad.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF")
    rng = random.Random(3)
    for i, suffix in enumerate(SUPPORTED_SUFFIXES):
        write(tmp_path, f"noise{i}{suffix}", bytes(rng.randrange(256) for _ in range(3000)))
    results = {}
    for p in iter_input_paths([tmp_path, tmp_path / "gone.pdf"]):
        try:
            results[p.name] = read_document(p).text[:10]
        except ReadError as e:
            results[p.name] = e.reason
    assert results["ok.txt"] == ZH[:10]
    assert results["gone.pdf"] == "not found"
    assert len(results) == 6 + len(SUPPORTED_SUFFIXES)


# ---------------------------------------------------------------------------
# The real corpus beside the checkout
# ---------------------------------------------------------------------------

GOV_REPORTS = "corpus/gov-reports-2024"


def _nonspace(s: str) -> str:
    return re.sub(r"\s+", "", s)


@pytest.mark.shared
def test_shared_gov_report_docx_match_txt():
    folder = shared_path(*GOV_REPORTS.split("/"))
    if folder is None or not (folder / "docx").is_dir():
        pytest.skip(shared_missing(*GOV_REPORTS.split("/"), "docx"))
    docx_files = sorted((folder / "docx").glob("*.docx"))
    assert len(docx_files) == 12
    for path in docx_files:
        doc = read_document(path)
        assert doc.format == "docx" and doc.text.strip(), path
        txt = _nonspace((folder / "txt" / f"{path.stem}.txt").read_text(encoding="utf-8"))
        got = _nonspace(doc.text)
        # The .txt versions differ from the .docx text only in whitespace (blank lines).
        assert got[:200] in txt, path
        assert got[-200:] in txt, path
