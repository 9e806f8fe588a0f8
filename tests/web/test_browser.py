"""The analysts' page end to end in a real browser: Playwright driving Debian's chromium.

search → pick two regions → side-by-side comparison (a differing value highlighted) →
staffing chart → download, over a store built from the bundled samples.  Never runs
``playwright install``: it uses /usr/bin/chromium (``make test`` installs it as root) and
skips, saying why, when that or the ``playwright`` package is missing.
"""

from __future__ import annotations

import re

import csv
import io
import threading
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "corpora" / "samples"
REWORDED = ROOT / "tests" / "data" / "reworded"  # two made-up regulations, one measure reworded
TERM = "综合行政执法"
HANGZHOU, JINAN = "浙江省杭州市", "山东省济南市"
SHANDONG, XINGLONG = "山东省", "河北省承德市兴隆县"

def _cjk_fonts() -> bool:
    import shutil
    import subprocess

    if not shutil.which("fc-list"):
        return False
    out = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, timeout=30).stdout
    return bool(out.strip())


if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (`apt-get install chromium`; "
                "`make test` installs it when run as root)", allow_module_level=True)
try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:
    pytest.skip("the playwright Python package is not installed (it is in policyie's test extras: "
                "pip install -e '.[test]')", allow_module_level=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from policyie.corpora.store import ingest_paths, open_store
    from policyie.web.server import make_server

    db = tmp_path_factory.mktemp("browser") / "samples.duckdb"
    con = open_store(db)
    try:
        ingest_paths(con, [str(SAMPLES), str(REWORDED)])
    finally:
        con.close()
    srv = make_server(db, "127.0.0.1", 0, warm=True)
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    thread.join(5)


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "the download is UTF-8 with a BOM"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def test_search_compare_chart_download(server, tmp_path):
    # screenshots of Chinese text without a CJK font are boxes (tofu): fail, do not skip
    assert _cjk_fonts(), "no CJK font (fc-list :lang=zh is empty): apt-get install fonts-noto-cjk"
    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=30_000)
        try:
            context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1000})

            def only_this_server(route):  # the page must not reach anything else
                url = route.request.url
                if url.startswith(server.url) or url.startswith("data:"):
                    route.continue_()
                else:
                    problems.append(f"request outside the server: {url}")
                    route.abort()

            context.route("**/*", only_this_server)
            page = context.new_page()
            # generous: on a loaded 2-core machine the first comparison can take a while
            page.set_default_timeout(60_000)
            page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            page.on("console", lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None)
            page.goto(server.url)
            # not wait_for_function: its string predicate is eval'd in the page, which the page's
            # own CSP (script-src 'self', no 'unsafe-eval') rightly refuses in some chromium builds
            expect(page.locator("#store-info")).to_contain_text("7 个文件", timeout=60_000)

            # 1. search
            page.fill("#q", TERM)
            page.click("#search-btn")
            page.wait_for_selector("#results tbody tr.result")
            assert "共" in page.inner_text("#result-count")
            hits = page.locator("#results tbody mark.hit")
            assert hits.count() > 0 and hits.first.inner_text() == TERM
            # what is marked hidden is not shown (a.button, .pager and .chips set their own display)
            shown_hidden = page.evaluate(
                "() => [...document.querySelectorAll('[hidden]')].filter(e => getComputedStyle(e).display !== 'none')"
                ".map(e => e.id || e.className)")
            assert shown_hidden == [], shown_hidden
            expect(page.locator("#dl-search")).to_be_visible()
            total = int(page.inner_text("#result-count").split("共 ")[1].split(" ")[0])
            if total <= 50:
                expect(page.locator(".pager")).to_be_hidden()
            # the 章节 column holds headings, not the article's sentences
            for cell in page.locator("#results tbody td.section").all_inner_texts():
                assert not any(c in cell for c in "，。；"), cell
            # a row's detail opens right below that row, above the next one
            first_row = page.locator("#results tbody tr.result").nth(0)
            first_row.click()
            expect(page.locator("#detail")).to_be_visible()
            assert first_row.evaluate("tr => tr.nextElementSibling.classList.contains('detail-row')")
            assert first_row.evaluate("tr => tr.nextElementSibling.contains(document.getElementById('detail'))")
            second_row = page.locator("#results tbody tr.result").nth(1)
            if second_row.count():
                assert page.locator("#detail").bounding_box()["y"] < second_row.bounding_box()["y"]
            shot0 = tmp_path / "policyie-search.png"
            page.screenshot(path=str(shot0), full_page=True)
            page.click("#detail-close")
            expect(page.locator("#detail")).to_be_hidden()

            # 2. pick two regions among those with hits, compare them side by side
            page.check(f'#hit-region-list input[value="{SHANDONG}"]')
            page.check(f'#hit-region-list input[value="{XINGLONG}"]')
            page.click("#compare-selected")
            page.wait_for_selector("#tab-compare:not([hidden]) #compare-fields tbody tr.differs")
            assert page.input_value("#region-a") == SHANDONG and page.input_value("#region-b") == XINGLONG
            # the staffing difference of the same body (4–5 posts against at least 10), and,
            # since the pair model of 25 tuned pairs, the reworded measure setting the
            # townships' offices (山东 共设置党政机构7个, 兴隆 设置工作机构9个) with its count
            differs = page.locator("#compare-fields tbody tr.differs")
            row = differs.filter(has=page.get_by_text("编制", exact=True)).first  # the field's label
            counts = differs.filter(has=page.get_by_text("数量", exact=True)).first
            assert "7个" in counts.locator("td.side-a").inner_text() and "9个" in counts.locator("td.side-b").inner_text()
            side_a, side_b = row.locator("td.side-a"), row.locator("td.side-b")
            assert "4–5名" in side_a.inner_text() and "≥10名" in side_b.inner_text()
            diff_a = " ".join(side_a.locator(".value mark.diff").all_inner_texts())
            diff_b = " ".join(side_b.locator(".value mark.diff").all_inner_texts())
            assert "4–5" in diff_a and "≥10" in diff_b, (diff_a, diff_b)
            # the highlight is drawn: a coloured background, not just a tag in the DOM
            bg = side_b.locator(".value mark.diff").last.evaluate("m => getComputedStyle(m).backgroundColor")
            assert bg not in ("rgba(0, 0, 0, 0)", "transparent"), bg
            shot = tmp_path / "policyie-compare.png"
            page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 10_000

            # 3. download what the compare view shows
            with page.expect_download() as dl:
                page.click("#dl-compare")
            saved = tmp_path / "compare.csv"
            dl.value.save_as(saved)
            assert dl.value.suggested_filename == "policyie-compare.csv"
            rows = _read_csv(saved)
            header = rows[0]
            assert header[:2] == ["类型", "字段"]
            first = dict(zip(header, next(r for r in rows[1:] if r[1] == "编制")))
            assert first["类型"] == "字段差异" and first["字段"] == "编制"
            assert "4–5名" in first["值A"] and "≥10名" in first["值B"]
            assert first["地区B"] == XINGLONG

            # 3b. a reworded measure of two regions side by side, its differing time limit highlighted
            page.fill("#q", "")
            page.select_option("#region-a", HANGZHOU)
            page.select_option("#region-b", JINAN)
            page.click("#compare-btn")
            pair = page.locator("#compare-pairs .pair", has_text="十五日内")
            expect(pair).to_have_count(1)
            assert "同一措施（改写）" in pair.locator(".pair-head").inner_text()
            assert "十个工作日内" in pair.locator(".side-b").inner_text()
            assert pair.locator(".side-a mark.diff").count() > 0 and pair.locator(".side-b mark.diff").count() > 0
            # three time limits differ: 十五日内/十个工作日内 (the reworded 第四条), 每季度/每半年
            # (第六条's meetings) and 每年3月底前/每年6月底前 (第八条, dated by each text's entry into force)
            expect(page.locator("#compare-fields tbody tr.differs", has_text="期限")).to_have_count(3)
            limit = page.locator("#compare-fields tbody tr.differs", has_text="十五日内")
            expect(limit).to_have_count(1)
            assert "十五日内" in limit.locator("td.side-a .value").inner_text()
            assert "十个工作日内" in limit.locator("td.side-b .value").inner_text()
            mark = limit.locator("td.side-b .value mark.diff").first
            assert mark.evaluate("m => getComputedStyle(m).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
            pair.scroll_into_view_if_needed()
            shot2 = tmp_path / "policyie-reworded.png"
            page.screenshot(path=str(shot2), full_page=True)
            assert shot2.stat().st_size > 10_000
            page.fill("#q", TERM)

            # 4. the staffing chart (posts per region), filtered by the same term
            page.click('.tabs button[data-tab="staffing"]')
            page.wait_for_selector("#staffing-svg rect.bar-low")
            assert page.input_value("#staffing-q") == TERM
            bars = page.locator("#staffing-svg g.bar-row")
            regions = [bars.nth(i).get_attribute("data-region") for i in range(bars.count())]
            # like with like: the 编制 of a 综合行政执法 body in each region (兴隆县's 乡镇综合行政执法队
            # 不少于10名 and 沂水县's 乡镇综合行政执法办公室 4-5名), never summed with 兴隆县's 领导职数
            # 2至3名 or 滕州市's 232 派驻人员 over several bodies (the chart once showed 兴隆县 12–13+)
            assert sorted(regions) == sorted([XINGLONG, "山东省临沂市沂水县"]), regions
            expect(page.locator("#staffing-title")).to_contain_text("综合行政执法 · 编制")
            label = page.locator(f'#staffing-svg g.bar-row[data-region="{XINGLONG}"] text.bar-value').text_content()
            assert label.startswith("10+"), label
            label = page.locator('#staffing-svg g.bar-row[data-region="山东省临沂市沂水县"] text.bar-value').text_content()
            assert label.startswith("4–5"), label
            shot3 = tmp_path / "policyie-staffing.png"
            page.screenshot(path=str(shot3), full_page=True)
            # another kind of body: its own chart
            # without the filter word every kind of body and post of the samples can be charted
            page.fill("#staffing-q", "")
            page.click("#staffing-btn")
            options = page.locator("#staffing-group option")
            expect(options.nth(1)).to_be_attached()
            other = options.nth(1).text_content()
            page.select_option("#staffing-group", label=other)
            expect(page.locator("#staffing-title")).to_contain_text(other.split(" (")[0].split("（")[0].strip()[:4])
            assert page.locator("#staffing-svg g.bar-row").count() >= 1
            assert re.search(r"\d", page.locator("#staffing-svg text.bar-value").first.text_content())
            n_table = page.locator("#staffing-table tbody tr").count()
            with page.expect_download() as dl2:
                page.click("#dl-staffing")
            saved2 = tmp_path / "staffing.csv"
            dl2.value.save_as(saved2)
            st = _read_csv(saved2)
            assert st[0][:3] == ["地区", "机构", "编制类型"] and len(st) - 1 == n_table
            assert any(r[0] == XINGLONG and r[5] == "≥10名" for r in st[1:])
        finally:
            browser.close()
    print(f"screenshots: {shot0} {shot} {shot2} {shot3}")
    assert not problems, problems
