"""``policyie serve`` over HTTP: every endpoint, errors as JSON without stack traces, static
files confined to the package's folder, a read-only database, search terms as plain text.

The server runs in this process on 127.0.0.1 and an ephemeral port, over a store built
from the bundled samples in a temporary folder; requests go through ``http.client`` so
that paths reach the server exactly as written (no client-side normalisation).
"""

from __future__ import annotations

import csv
import hashlib
import http.client
import io
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest

duckdb = pytest.importorskip("duckdb")

from policyie.web import server as web  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "corpora" / "samples"
REWORDED = ROOT / "tests" / "data" / "reworded"  # two made-up regulations, one reworded measure
TERM = "综合行政执法"
HANGZHOU, JINAN = "浙江省杭州市", "山东省济南市"
SHANDONG, XINGLONG = "山东省", "河北省承德市兴隆县"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    from policyie.corpora.store import ingest_paths, open_store

    path = tmp_path_factory.mktemp("web") / "samples.duckdb"
    con = open_store(path)
    try:
        ingest_paths(con, [str(SAMPLES), str(REWORDED)])
    finally:
        con.close()
    return path


@pytest.fixture(scope="module")
def server(store_path):
    before = _sha256(store_path)
    srv = web.make_server(store_path, "127.0.0.1", 0, warm=True)
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    srv.hash_before = before
    yield srv
    srv.shutdown()
    srv.server_close()
    thread.join(5)
    assert _sha256(store_path) == before, "serving changed the database file"


def request(srv, path: str, method: str = "GET", headers: dict | None = None, body: bytes | None = None):
    host, port = srv.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=60)
    try:
        conn.putrequest(method, path, skip_host=bool(headers and "Host" in headers), skip_accept_encoding=True)
        for k, v in (headers or {}).items():
            conn.putheader(k, v)
        if body is not None:
            conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body)
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def get_json(srv, path: str, **params):
    qs = urlencode(params, doseq=True)
    status, headers, body = request(srv, path + ("?" + qs if qs else ""))
    assert headers["content-type"].startswith("application/json"), (path, headers)
    return status, json.loads(body.decode("utf-8"))


def assert_clean_error(status: int, headers: dict, body: bytes, expected_status: int | tuple) -> dict:
    expected = expected_status if isinstance(expected_status, tuple) else (expected_status,)
    assert status in expected, (status, body[:300])
    assert headers["content-type"].startswith("application/json")
    text = body.decode("utf-8")
    for leak in ("Traceback", 'File "', "duckdb.", "Error:", "site-packages", str(ROOT)):
        assert leak not in text, f"response leaks {leak!r}: {text[:300]}"
    obj = json.loads(text)
    assert set(obj) == {"error"} and isinstance(obj["error"], str) and obj["error"].strip()
    return obj


# ---------------------------------------------------------------------------
# Pages and metadata
# ---------------------------------------------------------------------------


def test_index_and_static_files(server):
    for path in ("/", "/index.html"):
        status, headers, body = request(server, path)
        assert status == 200
        assert headers["content-type"] == "text/html; charset=utf-8"
        assert "default-src 'self'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        page = body.decode("utf-8")
        assert "/static/app.js" in page and "/static/style.css" in page
        assert "http://" not in page and "https://" not in page, "the page loads nothing from elsewhere"
    status, headers, body = request(server, "/static/app.js")
    assert status == 200 and headers["content-type"].startswith("text/javascript")
    js = body.decode("utf-8").replace("http://www.w3.org/2000/svg", "")  # a namespace name, not a load
    assert "http://" not in js and "https://" not in js
    status, headers, _ = request(server, "/static/style.css")
    assert status == 200 and headers["content-type"].startswith("text/css")
    status, headers, body = request(server, "/", method="HEAD")
    assert status == 200 and body == b"" and int(headers["content-length"]) > 100


def test_meta_and_regions(server):
    status, meta = get_json(server, "/api/meta")
    assert status == 200
    assert meta["n_documents"] == 7 and meta["n_provisions"] > 100 and meta["read_only"] is True  # 5 samples, 2 made up
    assert "STAFFING" in meta["labels"]
    assert meta["store"] == "samples.duckdb", "only the file name is shown, not its folder"
    status, data = get_json(server, "/api/regions")
    names = {r["region"]: r for r in data["regions"]}
    assert {SHANDONG, XINGLONG, "河北省", "河北省承德市", web.UNKNOWN} <= set(names)
    assert names["河北省"]["n_docs"] == names[XINGLONG]["n_docs"] == 1
    assert names[XINGLONG]["level"] == 3 and names["河北省"]["level"] == 1


# ---------------------------------------------------------------------------
# Search
# ---------------------------------------------------------------------------


def test_search_finds_and_marks_the_term(server):
    status, data = get_json(server, "/api/search", q=TERM, limit=20)
    assert status == 200
    assert data["total"] >= 20 and len(data["results"]) == 20
    assert sum(r["n"] for r in data["by_region"]) == data["total"]
    assert {r["region"] for r in data["by_region"]} >= {SHANDONG, XINGLONG}
    for r in data["results"]:
        assert TERM in r["text"]
        assert r["hits"] and all(r["text"][s:e] == TERM for s, e in r["hits"])
    # paging: the next page continues where the first stopped
    _, page2 = get_json(server, "/api/search", q=TERM, limit=20, offset=20)
    ids1 = {(r["doc_key"], r["provision_id"]) for r in data["results"]}
    ids2 = {(r["doc_key"], r["provision_id"]) for r in page2["results"]}
    assert ids2 and not ids1 & ids2


def test_search_filters_region_label_and_terms(server):
    _, data = get_json(server, "/api/search", q=TERM, region=XINGLONG, limit=100)
    assert data["total"] == len(data["results"]) > 0
    assert {r["region"] for r in data["results"]} == {XINGLONG}
    _, prov = get_json(server, "/api/search", q=TERM, region="河北省", limit=100)
    assert prov["total"] == data["total"], "a province holds its counties' documents"
    _, lab = get_json(server, "/api/search", label="STAFFING", limit=500)
    assert lab["total"] > 0 and all("STAFFING" in r["labels"] for r in lab["results"])
    _, both = get_json(server, "/api/search", q=f"{TERM} 编制", limit=500)
    assert all(TERM in r["text"] and "编制" in r["text"] for r in both["results"])
    _, one = get_json(server, "/api/search", q=TERM, limit=500)
    assert both["total"] < one["total"]


@pytest.mark.parametrize("q", [
    "' OR '1'='1",
    "'; DROP TABLE provisions; --",
    "综合\" OR 1=1 --",
    "x') UNION SELECT text FROM documents --",
    "%' AND 1=1 AND '%'='",
    "${jndi:ldap://x}",
    "<script>alert(1)</script>",
])
def test_sql_injection_strings_are_plain_text(server, q):
    status, data = get_json(server, "/api/search", q=q)
    assert status == 200
    assert data["total"] == 0 and data["results"] == []
    assert data["q"] == q.strip()
    _, meta = get_json(server, "/api/meta")
    assert meta["n_provisions"] > 100


def test_like_wildcards_are_literal(server):
    _, pct = get_json(server, "/api/search", q="%", limit=500)
    _, all_ = get_json(server, "/api/search", limit=1)
    assert 0 < pct["total"] < all_["total"], "% matches only provisions holding a percent sign"
    assert all("%" in r["text"] for r in pct["results"])
    _, under = get_json(server, "/api/search", q="_")
    assert all("_" in r["text"] for r in under["results"])


def test_provision_detail(server):
    _, data = get_json(server, "/api/search", q=TERM, region=XINGLONG, label="STAFFING")
    r = data["results"][0]
    path = "/api/provision/" + quote(r["provision_id"], safe="")
    status, d = get_json(server, path, doc=r["doc_key"])
    assert status == 200
    assert d["provision_id"] == r["provision_id"] and d["text"] == r["text"]
    assert d["doc"]["region"] == XINGLONG
    assert d["mentions"] and all(d["text"][m["start"]:m["end"]] == m["text"] for m in d["mentions"])
    assert any(s.get("min") == 10 for s in d["roles"].get("staffing", []))
    status, d2 = get_json(server, path)  # unique id: doc is optional
    assert status == 200 and d2["provision_id"] == r["provision_id"]


# ---------------------------------------------------------------------------
# Comparison views
# ---------------------------------------------------------------------------


def test_compare_marks_the_differing_staffing_value(server):
    status, data = get_json(server, "/api/compare", a=SHANDONG, b=XINGLONG, q=TERM)
    assert status == 200
    rows = [f for f in data["fields"] if f["field"] == "staffing" and f["basis"] == "body"]
    assert rows, data["fields"]
    f = rows[0]
    assert f["differs"] is True
    assert f["a"]["region"].startswith(SHANDONG) and f["b"]["region"] == XINGLONG
    assert "4–5名" in f["a"]["value"] and "≥10名" in f["b"]["value"]
    marked_a = "".join(f["a"]["value"][s:e] for s, e in f["a"]["value_diff"])
    marked_b = "".join(f["b"]["value"][s:e] for s, e in f["b"]["value_diff"])
    assert "4–5" in marked_a and "≥10" in marked_b
    s, e = f["b"]["span"]
    assert f["b"]["context"][s:e] == "不少于10名"
    # only_a / only_b hold provisions with the term that have no counterpart
    assert all(TERM in x["text"] for x in data["only_a"] + data["only_b"])
    assert {x["region"] for x in data["only_b"]} <= {XINGLONG}
    # the other way round, the sides swap
    _, rev = get_json(server, "/api/compare", a=XINGLONG, b=SHANDONG, q=TERM)
    g = [x for x in rev["fields"] if x["field"] == "staffing" and x["basis"] == "body"][0]
    assert "≥10名" in g["a"]["value"] and "4–5名" in g["b"]["value"]


def test_compare_aligns_provisions_side_by_side(server):
    _, data = get_json(server, "/api/compare", a=HANGZHOU, b=JINAN)
    assert data["aligned"], data["notes"]
    for p in data["aligned"]:
        assert p["basis"] in ("duplicate", "same-measure")
        assert p["a"]["region"] == HANGZHOU and p["b"]["region"] == JINAN
        for side in (p["a"], p["b"]):
            for s, e in side["diff"] or []:
                assert 0 <= s < e <= len(side["text"])
        for fr in p["fields"]:
            assert fr["differs"] == (any(x["diff"] for x in fr["a"]) or any(x["diff"] for x in fr["b"]))
    # the reworded measure is aligned, and its time limits are a differing field with both spans
    reworded = [p for p in data["aligned"] if "十五日内" in p["a"]["text"]]
    assert len(reworded) == 1 and reworded[0]["basis"] == "same-measure"
    assert "十个工作日内" in reworded[0]["b"]["text"]
    limits = [f for f in data["fields"] if f["field"] == "deadline"]
    # the reworded 第四条's limit, 第六条's schedule (每季度 / 每半年) and 第八条's yearly due date
    # (each text dated by its entry into force)
    assert sorted((f["a"]["value"], f["b"]["value"]) for f in limits) == [("十五日内", "十个工作日内"),
                                                                          ("每季度召开一次", "每半年至少召开一次"),
                                                                          ("每年3月底前", "每年6月底前")]
    limits = [f for f in limits if f["a"]["value"] == "十五日内"]
    s, e = limits[0]["a"]["span"]
    assert limits[0]["a"]["context"][s:e] == "十五日内"
    # a term keeps the pairs that hold it
    _, some = get_json(server, "/api/compare", a=HANGZHOU, b=JINAN, q="罚款")
    assert some["aligned"] and all("罚款" in p["a"]["text"] + p["b"]["text"] for p in some["aligned"])


def test_staffing_view(server):
    status, data = get_json(server, "/api/staffing", q=TERM)
    assert status == 200
    regions = {r["region"] for r in data["rows"]}
    assert XINGLONG in regions and "山东省临沂市沂水县" in regions
    # The chart compares one kind of body and post: 兴隆县 乡镇综合行政执法队 人员编制 不少于10名 and
    # 沂水县 乡镇综合行政执法办公室 行政编制 4-5名 are both a 综合行政执法 body's 编制 (read in the
    # samples); 兴隆县's 领导职数 2至3名 (no body) and 滕州市 自然资源局 232名 are not added to them.
    assert data["group"] == {"body": "综合行政执法", "post": "编制"}
    assert data["groups"][0]["n_regions"] == 2
    chart = {c["region"]: c for c in data["chart"]}
    assert set(chart) == {XINGLONG, "山东省临沂市沂水县"}
    assert (chart[XINGLONG]["low"], chart[XINGLONG]["high"], chart[XINGLONG]["open"]) == (10, 10, True)
    assert (chart["山东省临沂市沂水县"]["low"], chart["山东省临沂市沂水县"]["high"]) == (4, 5)
    assert chart["山东省临沂市沂水县"]["open"] is False
    for name, c in chart.items():
        rows = [r for r in data["rows"] if r["region"] == name and r["body_kind"] == "综合行政执法"
                and r["post_kind"] == "编制"]
        assert c["n"] == len(rows) and c["low"] <= c["high"]
    assert data["n_without_body"] == 0  # issue 10: the staffing view keeps only numbers tied to a body
    # 滕州市's 派驻人员232名 is a total over several bodies (市综合行政执法局、市公安局…): not a post of
    # one body, so it is in no chart and asking for it is refused like any unknown group
    st, headers, body = request(server, "/api/staffing?" + urlencode({"q": TERM, "body": "自然资源", "post": "人员"}))
    assert_clean_error(st, headers, body, 400)
    st, headers, body = request(server, "/api/staffing?" + urlencode({"body": "火星局", "post": "编制"}))
    assert_clean_error(st, headers, body, 400)
    _, only = get_json(server, "/api/staffing", region=[XINGLONG, "宁夏回族自治区"])
    assert {r["region"] for r in only["rows"]} <= {XINGLONG, "宁夏回族自治区银川市灵武市"}


def test_adoption_view(server):
    status, data = get_json(server, "/api/adoption", min_regions=1, max_measures=10)
    assert status == 200
    assert 0 < len(data["measures"]) <= 10 and data["n_measures_total"] >= len(data["measures"])
    assert len(data["cells"]) == len(data["regions"])
    assert all(len(row) == len(data["measures"]) for row in data["cells"])
    for j, m in enumerate(data["measures"]):
        having = {data["regions"][i] for i, row in enumerate(data["cells"]) if row[j]}
        assert having == set(m["regions"])
    _, filtered = get_json(server, "/api/adoption", min_regions=1, q=TERM)
    assert all(TERM in m["text"] for m in filtered["measures"])
    assert filtered["n_measures_total"] < data["n_measures_total"]


# ---------------------------------------------------------------------------
# Downloads
# ---------------------------------------------------------------------------


def _csv(server, **params):
    status, headers, body = request(server, "/api/download.csv?" + urlencode(params, doseq=True))
    assert status == 200, body[:300]
    assert headers["content-type"] == "text/csv; charset=utf-8"
    assert headers["content-disposition"].startswith("attachment;")
    assert body.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM, for Excel"
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_download_search_is_the_rows_shown(server):
    params = {"q": TERM, "region": SHANDONG, "limit": 7, "offset": 3}
    _, data = get_json(server, "/api/search", **params)
    rows = _csv(server, view="search", **params)
    assert rows[0][:2] == ["地区", "文件"] and "条款" in rows[0]
    assert len(rows) - 1 == len(data["results"]) == 7
    text_col = rows[0].index("条款")
    assert [r[text_col] for r in rows[1:]] == [r["text"] for r in data["results"]]


def test_download_compare_staffing_adoption(server):
    rows = _csv(server, view="compare", a=SHANDONG, b=XINGLONG, q=TERM)
    header, body = rows[0], rows[1:]
    assert header[:2] == ["类型", "字段"]
    fields = [dict(zip(header, r)) for r in body if r[0] == "字段差异"]
    staffing = next(r for r in fields if r["字段"] == "编制")
    assert "4–5名" in staffing["值A"] and "≥10名" in staffing["值B"]
    # the reworded measure of both (山东 共设置党政机构7个, 兴隆镇 设置工作机构9个) and its count
    count = next(r for r in fields if r["字段"] == "数量")
    assert (count["值A"], count["值B"], count["依据"]) == ("7个", "9个", "同一措施")
    st = _csv(server, view="staffing", q=TERM)
    _, data = get_json(server, "/api/staffing", q=TERM)
    assert len(st) - 1 == len(data["rows"]) and st[0][0] == "地区"
    ad = _csv(server, view="adoption", min_regions=1, max_measures=5)
    _, adj = get_json(server, "/api/adoption", min_regions=1, max_measures=5)
    assert ad[0][:3] == ["措施", "措施内容", "地区数"] and ad[0][3:] == adj["regions"]
    assert len(ad) - 1 == len(adj["measures"])


def test_csv_cells_cannot_become_formulas():
    body = web.csv_bytes([("a", "A"), ("b", "B")], [{"a": "=HYPERLINK(\"x\")", "b": "-12"}, {"a": "@SUM(1)", "b": -3}])
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[1] == ["'=HYPERLINK(\"x\")", "-12"]
    assert rows[2] == ["'@SUM(1)", "-3"]


# ---------------------------------------------------------------------------
# Bad requests: clear JSON messages, 4xx, no stack traces
# ---------------------------------------------------------------------------

BAD = [
    ("/api/search?limit=abc", 400, "limit"),
    ("/api/search?limit=0", 400, "limit"),
    ("/api/search?limit=100000", 400, "limit"),
    ("/api/search?offset=-1", 400, "offset"),
    ("/api/search?limit=1e3", 400, "limit"),
    ("/api/search?colour=red", 400, "colour"),
    ("/api/search?q=a&q=b", 400, "q"),
    ("/api/search?region=" + quote("火星省"), 400, "地区"),
    ("/api/search?label=PERSON", 400, "PERSON"),
    ("/api/search?q=" + quote("长" * 201), 400, "检索词"),
    ("/api/search?q=" + quote(" ".join("abcdefghijkl")), 400, "检索词"),
    ("/api/search?q=%ff%fe", 400, "UTF-8"),
    ("/api/search?q=a%00b", 400, "q"),
    ("/api/compare", 400, "a"),
    ("/api/compare?a=" + quote(SHANDONG), 400, "b"),
    ("/api/compare?a=" + quote(SHANDONG) + "&b=" + quote(SHANDONG), 400, "相同"),
    ("/api/compare?a=" + quote("河北省") + "&b=" + quote(XINGLONG), 400, "包含"),
    ("/api/compare?a=" + quote(SHANDONG) + "&b=" + quote("火星"), 400, "b"),
    ("/api/compare?a=" + quote(SHANDONG) + "&b=" + quote(XINGLONG) + "&limit=9999", 400, "limit"),
    ("/api/staffing?region=" + quote("火星"), 400, "地区"),
    ("/api/staffing?limit=5", 400, "limit"),
    ("/api/adoption?min_regions=0", 400, "min_regions"),
    ("/api/adoption?max_measures=many", 400, "max_measures"),
    ("/api/download.csv", 400, "view"),
    ("/api/download.csv?view=documents", 400, "view"),
    ("/api/download.csv?view=staffing&a=x", 400, "'a'"),
    ("/api/download.csv?view=search&limit=abc", 400, "limit"),
    ("/api/provision/" + quote("no-such#p1", safe=""), 404, "no-such"),
    ("/api/provision/", 400, "条款"),
    ("/api/provision/%ff%fe", 400, "UTF-8"),
    ("/api/provision/x?doc=a&doc=b", 400, "doc"),
    ("/api/nothing", 404, "/api/nothing"),
    ("/nothing.html", 404, "not found"),
    ("/api/search?" + "&".join(f"q{i}=1" for i in range(100)), 400, "参数"),
]


@pytest.mark.parametrize("path,status,needle", BAD, ids=[b[0][:60] for b in BAD])
def test_bad_parameters_give_clear_json_errors(server, path, status, needle):
    st, headers, body = request(server, path)
    obj = assert_clean_error(st, headers, body, status)
    assert needle in obj["error"], obj["error"]
    assert headers.get("cache-control") == "no-store"


def test_internal_errors_are_logged_not_shown(server, monkeypatch, caplog):
    def boom(endpoint, query):
        raise RuntimeError(f"secret detail {ROOT} /etc/shadow")

    monkeypatch.setitem(server.app.routes, "/api/meta", boom)
    with caplog.at_level("ERROR", logger="policyie.web"):
        st, headers, body = request(server, "/api/meta")
    obj = assert_clean_error(st, headers, body, 500)
    assert "secret" not in obj["error"] and "shadow" not in obj["error"]
    assert "secret detail" in caplog.text, "the details go to the server log"


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_only_get_and_head(server, method):
    st, headers, body = request(server, "/api/search?q=x", method=method, body=b"{}")
    assert_clean_error(st, headers, body, 405)
    assert headers["allow"] == "GET, HEAD"


def test_malformed_requests_get_json_errors(server):
    host, port = server.server_address[:2]
    for raw in (b"FROB /api/meta HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
                b"GET /api/meta HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n",
                b"nonsense\r\n\r\n",
                b"GET /" + b"a" * (65537 - 5)):  # a request line longer than http.server takes: 414
        with socket.create_connection((host, port), timeout=10) as s:
            s.sendall(raw)
            data = b""
            while chunk := s.recv(65536):
                data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        status = int(head.split()[1])
        assert 400 <= status < 600, head
        text = body.decode("utf-8", "replace")
        assert "Traceback" not in text and json.loads(text)["error"]


def test_foreign_host_header_refused(server):
    st, headers, body = request(server, "/api/meta", headers={"Host": "evil.example:80"})
    assert "Host" in assert_clean_error(st, headers, body, 400)["error"]
    st, _, _ = request(server, "/api/meta", headers={"Host": f"localhost:{server.server_address[1]}"})
    assert st == 200


TRAVERSAL = [
    "/static/../server.py",
    "/static/..%2fserver.py",
    "/static/%2e%2e/server.py",
    "/static/%2e%2e%2f%2e%2e%2f__init__.py",
    "/static/..%5cserver.py",
    "/static/..%252fserver.py",
    "/static//etc/passwd",
    "/static/%2fetc%2fpasswd",
    "/static/../../../../../../etc/passwd",
    "/static/app.js%00.html",
    "/static/%ff%fe.js",
    "/static/",
    "/static/..",
    "/static/.",
    "/../../etc/passwd",
    "/etc/passwd",
    "//etc/passwd",
    "/static/../../corpora/store_schema.sql",
]


@pytest.mark.parametrize("path", TRAVERSAL)
def test_static_path_traversal_refused(server, path):
    st, headers, body = request(server, path)
    assert st in (400, 404), (path, st)
    assert_clean_error(st, headers, body, (400, 404))
    assert b"root:" not in body and b"import " not in body and b"CREATE TABLE" not in body


# ---------------------------------------------------------------------------
# Read-only database, no other file access
# ---------------------------------------------------------------------------


def test_database_is_read_only_and_sealed(server, store_path):
    cur = server.store.cursor()
    try:
        for sql in ("CREATE TABLE hack (a INTEGER)", "DELETE FROM provisions", "UPDATE meta SET value = 'x'",
                    "INSERT INTO meta VALUES ('k', 'v')"):
            with pytest.raises(duckdb.Error, match="read-only"):
                cur.execute(sql)
        for sql in ("SELECT * FROM read_csv('/etc/passwd')", f"COPY provisions TO '{store_path.parent}/x.csv'",
                    f"ATTACH '{store_path.parent}/other.duckdb' AS other", "SET enable_external_access = true"):
            with pytest.raises(duckdb.Error):
                cur.execute(sql)
    finally:
        cur.close()
    assert not (store_path.parent / "x.csv").exists() and not (store_path.parent / "other.duckdb").exists()
    assert _sha256(store_path) == server.hash_before
    # sealed, yet freeing memory as every other store connection does
    setting = "SELECT value FROM duckdb_settings() WHERE name = 'allocator_background_threads'"
    cur = server.store.cursor()
    try:
        assert cur.execute(setting).fetchone() == ("true",)
    finally:
        cur.close()


# ---------------------------------------------------------------------------
# The comparison being computed, or failing
# ---------------------------------------------------------------------------


def test_comparison_busy_then_ready(store_path, monkeypatch):
    release = threading.Event()
    original = web.Store._compute_comparison

    def slow(self):
        release.wait(30)
        original(self)

    monkeypatch.setattr(web.Store, "_compute_comparison", slow)
    monkeypatch.setattr(web, "COMPARISON_WAIT", 0.2)
    srv = web.make_server(store_path, "127.0.0.1", 0)
    t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    t.start()
    try:
        st, headers, body = request(srv, "/api/adoption")
        obj = assert_clean_error(st, headers, body, 503)
        assert "计算" in obj["error"] and headers["retry-after"] == "5"
        _, meta = get_json(srv, "/api/meta")
        assert meta["comparison"]["state"] == "computing"
        st, _, _ = request(srv, "/api/search?q=x")
        assert st == 200, "search does not wait for the comparison"
        assert request(srv, "/api/staffing")[0] == 200, "nor does the staffing view"
        release.set()
        deadline = time.monotonic() + 60
        while get_json(srv, "/api/meta")[1]["comparison"]["state"] != "ready" and time.monotonic() < deadline:
            time.sleep(0.2)
        assert request(srv, "/api/adoption")[0] == 200
    finally:
        release.set()
        srv.shutdown()
        srv.server_close()


def test_comparison_failure_is_a_plain_message(store_path, monkeypatch):
    import policyie.compare.api as api

    def broken(*a, **k):
        raise ValueError("internal state of the comparison")

    monkeypatch.setattr(api, "compare", broken)
    srv = web.make_server(store_path, "127.0.0.1", 0)
    t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    t.start()
    try:
        st, headers, body = request(srv, "/api/adoption")
        obj = assert_clean_error(st, headers, body, 500)
        assert "internal state" not in obj["error"]
        assert get_json(srv, "/api/meta")[1]["comparison"]["state"] == "failed"
    finally:
        srv.shutdown()
        srv.server_close()


# ---------------------------------------------------------------------------
# The command
# ---------------------------------------------------------------------------


def test_serve_cli_refuses_missing_or_foreign_files(tmp_path, capsys):
    assert web.serve_cli(db=tmp_path / "none.duckdb", port=0) == 2
    assert "store not found" in capsys.readouterr().err
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"not a database at all")
    assert web.serve_cli(db=junk, port=0) == 2
    err = capsys.readouterr().err
    assert "not a policyie store" in err or "cannot open" in err
    assert "Traceback" not in err


def test_policyie_serve_prints_url_and_stops_on_ctrl_c(store_path):
    def sigint_default():  # a child of a background job may inherit an ignored SIGINT
        signal.signal(signal.SIGINT, signal.SIG_DFL)

    proc = subprocess.Popen([sys.executable, "-m", "policyie.cli", "serve", "--db", str(store_path), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            preexec_fn=sigint_default, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        line = ""
        deadline = time.monotonic() + 60
        while "http://" not in line and time.monotonic() < deadline and proc.poll() is None:
            line = proc.stdout.readline()
        assert "http://127.0.0.1:" in line, line
        url = line.split()[2]
        port = int(url.rsplit(":", 1)[1].strip("/"))
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", "/api/meta")
        resp = conn.getresponse()
        assert resp.status == 200 and json.loads(resp.read())["n_documents"] == 7
        conn.close()
        proc.send_signal(signal.SIGINT)
        rc = proc.wait(30)
        err = proc.stderr.read()
        assert rc == 0, err
        assert "stopped" in err and "Traceback" not in err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


# ---------------------------------------------------------------------------
# Solid ground: one comparison implementation, the API described, fast keep-alive,
# quiet disconnects, section headings, hidden elements hidden
# ---------------------------------------------------------------------------


def test_openapi_describes_exactly_the_routes(server):
    st, headers, body = request(server, "/api/openapi.json")
    assert st == 200 and headers["content-type"].startswith("application/json")
    spec = json.loads(body)
    assert spec["openapi"].startswith("3.")
    app = server.app
    assert set(spec["paths"]) == set(app.route_params)
    for path, allowed in app.route_params.items():
        declared = {p["name"] for p in spec["paths"][path]["get"]["parameters"] if p["in"] == "query"}
        assert declared == set(allowed), path
    # every route the spec names answers (a real request, not a lookup in a table)
    for path in spec["paths"]:
        if "{" in path or path == "/api/download.csv":
            continue
        q = {"/api/compare": f"?a={quote(HANGZHOU)}&b={quote(JINAN)}"}.get(path, "")
        assert request(server, path + q)[0] == 200, path
    # the response schemas name the keys the views really return
    _, search = get_json(server, "/api/search", q=TERM, limit=2)
    assert set(search) <= set(spec["components"]["schemas"]["Search"]["properties"])
    _, staffing = get_json(server, "/api/staffing", q=TERM)
    assert set(staffing) <= set(spec["components"]["schemas"]["Staffing"]["properties"])
    _, cmp = get_json(server, "/api/compare", a=HANGZHOU, b=JINAN)
    assert set(cmp) <= set(spec["components"]["schemas"]["Compare"]["properties"])


def test_web_has_no_comparison_of_its_own():
    """The page compares through policyie.compare.api only: no aligner, no similarity of its own."""
    src = (ROOT / "policyie" / "web" / "server.py").read_text(encoding="utf-8")
    for banned in ("_align_search", "SequenceMatcher(None, a", "jaccard", "shingle", "minhash", "TfidfHasher",
                   "from policyie.compare.align", "from policyie.compare.duplicates"):
        assert banned not in src, banned
    assert "api.comparison(" in src and "api.compare(" in src


def test_section_column_holds_headings_not_sentences(server):
    assert web.section_headings(["总 则", "业主委员会", "分期开发的住宅小区符合条件的，可以成立业主大会"]) == ["总则", "业主委员会"]
    assert web.section_headings(["第一章　总　　则", "为了加强本市淮阳龙湖保护，改善生态环境，制定本条例"]) == ["第一章总则"]
    _, data = get_json(server, "/api/search", limit=500)
    assert data["results"]
    for r in data["results"]:
        for h in filter(None, r["section"].split(" › ")):
            assert len(h) <= 20 and not any(c in h for c in "，。；：")


def test_keep_alive_answers_are_one_write_with_nodelay(server, monkeypatch):
    """Each answer leaves in one write on a TCP_NODELAY socket, so a kept-alive request never
    waits the ~40 ms of Nagle's algorithm meeting the client's delayed ACK (headers and body
    in two writes did; `benchmarks/web_load.py` measures the latency itself)."""
    import socketserver

    writes: list[int] = []
    sockets = []
    original_write = socketserver._SocketWriter.write
    original_setup = web._Handler.setup

    def counting_write(self, b):
        writes.append(len(b))
        return original_write(self, b)

    def recording_setup(self):
        original_setup(self)
        sockets.append(self.connection)

    monkeypatch.setattr(socketserver._SocketWriter, "write", counting_write)
    monkeypatch.setattr(web._Handler, "setup", recording_setup)
    host, port = server.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=30)
    try:
        for path in ("/api/regions", "/api/meta", "/api/search?q=" + quote(TERM), "/", "/api/nothing"):
            conn.request("GET", path)
            resp = conn.getresponse()
            body = resp.read()
            assert resp.getheader("Connection") != "close"
            assert writes and writes[-1] > len(body), "headers and body together"
        assert len(writes) == 5 and len(sockets) == 1, (writes, len(sockets))
        assert sockets[0].getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    finally:
        conn.close()


def test_client_disconnects_leave_no_traceback(server, caplog):
    import logging

    host, port = server.server_address[:2]
    with caplog.at_level(logging.DEBUG, logger="policyie.web"):
        for _ in range(5):
            s = socket.create_connection((host, port), timeout=10)
            # ask for a large answer, then reset the connection before reading it
            s.sendall(b"GET /api/search?limit=500 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            s.close()
        time.sleep(1.0)
        assert request(server, "/api/meta")[0] == 200
    text = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert "Traceback" not in text and not any(r.exc_info for r in caplog.records), text
    assert not any(r.levelno >= logging.WARNING for r in caplog.records), text


def test_page_css_hides_hidden_elements():
    css = (ROOT / "policyie" / "web" / "static" / "style.css").read_text(encoding="utf-8")
    assert "[hidden] { display: none !important; }" in css
    # the elements the bug report named carry `hidden` in the page and a display rule in the css
    html = (ROOT / "policyie" / "web" / "static" / "index.html").read_text(encoding="utf-8")
    assert 'id="dl-search" class="button" href="#" download hidden' in html and '<div class="pager" hidden>' in html


def test_staffing_differences_get_bounds_without_na(store_path):
    """A staffing row with an open bound (不得超过五人: no minimum) once made the comparison of
    two regions answer 500: ``staffing_differences`` compares (min, max) tuples, and NA raises."""
    import pandas as pd

    from policyie.compare import api

    store = web.Store(store_path)
    try:
        st = store.staffing()
        assert len(st) >= 2
        fake = st.head(2).copy()
        fake["core_body"] = "综合行政执法队"
        if "post_kind" in fake.columns:
            fake["post_kind"] = "行政编制"  # one post family on both sides, so the two are paired
        fake["doc_key"] = ["a", "b"]
        fake["min"] = pd.array([pd.NA, 3], dtype="Int64")
        fake["max"] = pd.array([5, pd.NA], dtype="Int64")
        # the comparison itself now reads open bounds (it raised TypeError on NA before)
        assert len(api.staffing_differences(fake, [True, False], [False, True])) == 1
        store._staffing, store._staffing_plain = fake, None
        plain = store.staffing_plain()
        out = api.staffing_differences(plain, [True, False], [False, True])
        assert len(out) == 1 and plain["min"].tolist() == [None, 3]
    finally:
        store.close()
