"""Region table, lookup, resolve and find_region.

Value-keyed corpora: each case is (input, expected); one shared assertion runs a whole
corpus and lists every failing case at once.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from policyie.corpora.regions import find_region, lookup, resolve
from policyie.paths import SAMPLES_DIR, shared_missing, shared_path
from policyie.records import Region
from corpus_check import check_corpus

# (province, city, county) triples; () is the empty region.
XINGLONG = ("河北省", "承德市", "兴隆县")
LINGWU = ("宁夏回族自治区", "银川市", "灵武市")
XIXIAN = ("陕西省", "西咸新区", None)
EMPTY = (None, None, None)


def triple(r: Region) -> tuple:
    return (r.province, r.city, r.county)


# ---------------------------------------------------------------- lookup

LOOKUP_CASES = [
    ("兴隆县", [XINGLONG]),
    ("兴隆", [XINGLONG]),                       # short form
    ("承德市兴隆县", [XINGLONG]),                # compound
    ("河北省承德市兴隆县", [XINGLONG]),
    ("河北兴隆", [XINGLONG]),
    (" 兴隆县 ", [XINGLONG]),                    # whitespace ignored
    ("灵武", [LINGWU]),
    ("灵武市", [LINGWU]),                       # a county-level city, not a city
    ("银川市灵武市", [LINGWU]),
    ("宁夏", [("宁夏回族自治区", None, None)]),
    ("宁夏回族自治区", [("宁夏回族自治区", None, None)]),
    ("冀", [("河北省", None, None)]),            # abbreviation, exact lookup only
    ("沪", [("上海市", "上海市", None)]),
    ("宁", []),                                 # not listed: 宁 is also 南京
    ("吉林", [("吉林省", None, None), ("吉林省", "吉林市", None)]),   # ambiguous
    ("朝阳区", [("北京市", "北京市", "朝阳区"), ("吉林省", "长春市", "朝阳区")]),
    ("上海市", [("上海市", "上海市", None)]),     # municipality: province and city
    ("上海", [("上海市", "上海市", None)]),
    ("浦东新区", [("上海市", "上海市", "浦东新区")]),
    ("天门", [("湖北省", "天门市", None)]),       # directly under the province: city slot
    ("神农架林区", [("湖北省", "神农架林区", None)]),
    ("西咸新区", [XIXIAN]),                     # supplement: national new area
    ("陕西西咸新区", [XIXIAN]),
    ("南沙新区", [("广东省", "广州市", "南沙区")]),  # supplement: new area = a district
    ("凉山州", [("四川省", "凉山彝族自治州", None)]),
    ("凉山", [("四川省", "凉山彝族自治州", None)]),
    ("景宁", [("浙江省", "丽水市", "景宁畲族自治县")]),
    ("景宁县", [("浙江省", "丽水市", "景宁畲族自治县")]),
    ("彭水", [("重庆市", "重庆市", "彭水苗族土家族自治县")]),
    ("鄂温克", [("内蒙古自治区", "呼伦贝尔市", "鄂温克族自治旗")]),
    ("兴隆镇", []),                             # a town, not in the table
    ("市辖区", []),                             # placeholder rows are not regions
    ("不存在的地方", []),
    ("", []),
]


def test_lookup_corpus():
    check_corpus(LOOKUP_CASES, lambda name: [triple(r) for r in lookup(name)])


def test_lookup_codes():
    cases = [("兴隆县", ["130822"]), ("灵武市", ["640181"]), ("上海市", ["310000"]),
             ("河北省", ["130000"]), ("西咸新区", [None])]
    check_corpus(cases, lambda name: [r.code for r in lookup(name)])


# ---------------------------------------------------------------- resolve

RESOLVE_CASES = [
    (("兴隆县", "承德市"), XINGLONG),
    (("承德市", "兴隆"), XINGLONG),             # a consistent county refines the city
    (("宁夏", "灵武"), LINGWU),
    (("朝阳区", "北京"), ("北京市", "北京市", "朝阳区")),   # settled by a later name
    (("朝阳区", "长春市"), ("吉林省", "长春市", "朝阳区")),
    (("朝阳区",), EMPTY),                       # ambiguous alone: what its readings share
    (("吉林",), ("吉林省", None, None)),
    (("浙江省", "安阳市"), ("浙江省", None, None)),      # the contradiction is ignored
    (("山东省", "寿光市", "诸城市"), ("山东省", "潍坊市", "寿光市")),  # the stronger county
    (("西咸新区", "陕西省"), XIXIAN),
    (("不存在", "河北"), ("河北省", None, None)),
    ((), EMPTY),
]


def test_resolve_corpus():
    check_corpus(RESOLVE_CASES, lambda names: triple(resolve(list(names))))


# ---------------------------------------------------------------- find_region

TITLE_CASES = [
    ("浙江省街道人大工作条例", ("浙江省", None, None)),
    ("景宁畲族自治县城市管理条例", ("浙江省", "丽水市", "景宁畲族自治县")),
    ("安阳市城市管理综合执法条例", ("河南省", "安阳市", None)),
    ("上海市街道办事处条例", ("上海市", "上海市", None)),
    ("兴隆县深化乡镇改革方案", XINGLONG),
    ("西咸新区探索街镇综合管理改革", XIXIAN),
    ("浙江省景宁畲族自治县自治条例", ("浙江省", "丽水市", "景宁畲族自治县")),
    ("嘉兴市南湖保护条例", ("浙江省", "嘉兴市", None)),      # 南湖 the lake, not 南湖区
    ("安阳市林州红旗渠保护条例", ("河南省", "安阳市", None)),  # a city regulation
    ("宁夏回族自治区乡镇人民代表大会工作条例", ("宁夏回族自治区", None, None)),
]

TEXT_CASES = [
    # header: issuers name the county
    ("中共兴隆县委\n兴隆县人民政府\n关于印发《深化乡镇改革方案》的通知\n", XINGLONG),
    ("中共灵武市委办公室\n灵武市人民政府办公室\n2018年4月28日\n", LINGWU),
    # body counts: the city dominates its counties
    ("全市经济平稳。日照市新增就业。日照港吞吐量增长，东港区、岚山区、莒县、五莲县各有进展。", ("山东省", "日照市", None)),
    # nothing named: don't guess
    ("市委、市政府高度重视乡镇改革，全市梳理乡镇职责163项。", EMPTY),
    ("兴隆镇召开会议。", EMPTY),                 # 兴隆 is also a town elsewhere
    ("要确保社会长治久安。", EMPTY),             # 长治 only as an ordinary word
    ("全州上下团结奋进，资源整合，公安联动。", EMPTY),   # county bases that are ordinary words
    ("推进管理县级事务，示范县建设。", EMPTY),     # 理县, 范县 inside ordinary words
]


def test_find_region_from_title():
    check_corpus(TITLE_CASES, lambda title: triple(find_region("", title=title)))


def test_find_region_from_text():
    check_corpus(TEXT_CASES, lambda text: triple(find_region(text)))


def test_ambiguous_title_name_settled_by_the_text():
    body = "朝阳区召开会议。北京市委、北京市政府部署街道工作。"
    assert triple(find_region(body, title="朝阳区街道工作规定")) == ("北京市", "北京市", "朝阳区")
    assert triple(find_region("", title="朝阳区街道工作规定")) == EMPTY


SEED_REGIONS = {
    "xinglong-2020-township-reform-plan": XINGLONG,
    "lingwu-2018-township-service-plan": LINGWU,
    "city-2020-township-reform-report": EMPTY,       # an unnamed city: not guessed
    "xixian-2020-street-town-reform": XIXIAN,
    "shandong-2019-reform-news-reposts": ("山东省", None, None),   # many counties
}


def test_find_region_seeds():
    cases = [(SAMPLES_DIR / f"{stem}.txt", expected) for stem, expected in SEED_REGIONS.items()]
    check_corpus(cases, lambda path: triple(find_region(path.read_text(encoding="utf-8"))),
                 describe=lambda p: p.name)


# ---------------------------------------------------------------- laziness

def test_nothing_loaded_at_import():
    code = ("import sys, policyie.corpora.regions as r, policyie.corpora.metadata;"
            "print(r._table.cache_info().currsize, 'cpca' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "False"]


def test_cpca_never_imported():
    # Only cpca's data file is read; importing cpca would build its own matcher.
    code = ("import sys; from policyie.corpora.regions import lookup; lookup('兴隆县');"
            "print('cpca' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------- shared corpora

def _shared_dir(*parts: str) -> Path:
    path = shared_path(*parts)
    if path is None:
        pytest.skip(shared_missing(*parts))
    return path


REGULATIONS = [   # (folder/file stem, expected region from the title)
    ("zhejiang/浙江省街道人大工作条例(2019-11-29)", ("浙江省", None, None)),
    ("zhejiang/景宁畲族自治县城市管理条例(2015-06-08)", ("浙江省", "丽水市", "景宁畲族自治县")),
    ("henan/安阳市城市管理综合执法条例(2017-06-26)", ("河南省", "安阳市", None)),
    ("shanghai/上海市街道办事处条例(2018-05-24)", ("上海市", "上海市", None)),
    ("beijing/北京市专利保护和促进条例", ("北京市", "北京市", None)),
    ("chongqing/彭水苗族土家族自治县旅游条例(2019-04-19)", ("重庆市", "重庆市", "彭水苗族土家族自治县")),
    ("chongqing/重庆市乡镇人民代表大会工作条例(2016-03-31)", ("重庆市", "重庆市", None)),
    ("guangdong/东莞市文明行为促进条例(2023-02-23)", ("广东省", "东莞市", None)),
    ("guangdong/广东省乡村振兴促进条例(2022-06-01)", ("广东省", None, None)),
    ("shandong/青岛市专利保护规定(2011-11-25)", ("山东省", "青岛市", None)),
    ("shandong/山东省乡镇人民代表大会工作若干规定(2015-12-03)", ("山东省", None, None)),
    ("henan/郑州市专利促进和保护条例(2009-09-01)", ("河南省", "郑州市", None)),
]

FOLDER_PROVINCE = {"beijing": "北京市", "chongqing": "重庆市", "guangdong": "广东省", "henan": "河南省",
                   "shandong": "山东省", "shanghai": "上海市", "zhejiang": "浙江省"}


@pytest.mark.shared
def test_regulations_region_from_title():
    folder = _shared_dir("corpus", "regulations")

    def region(stem: str) -> tuple:
        text = (folder / f"{stem}.txt").read_text(encoding="utf-8")
        return triple(find_region(text, title=text.strip().splitlines()[0].strip()))

    check_corpus(REGULATIONS, region)


@pytest.mark.shared
def test_every_regulation_in_its_province():
    folder = _shared_dir("corpus", "regulations")
    cases = [(path, FOLDER_PROVINCE[path.parent.name]) for path in sorted(folder.glob("*/*.txt"))]
    assert len(cases) > 1000

    def province(path: Path) -> str | None:
        text = path.read_text(encoding="utf-8")
        return find_region(text, title=text.strip().splitlines()[0].strip()).province

    check_corpus(cases, province, describe=lambda p: f"{p.parent.name}/{p.name}")


# Three files of the collection hold the State Council's national report (我代表国务院),
# not their city's: the region of those is empty, and the test says so.
NATIONAL_REPORT_STEMS = {"台州", "襄阳", "贵阳"}


@pytest.mark.shared
def test_gov_reports_name_their_city():
    folder = _shared_dir("corpus", "gov-reports-2024", "txt")
    paths = sorted(folder.glob("*.txt"))
    assert len(paths) == 143
    texts = {p.stem: p.read_text(encoding="utf-8") for p in paths}
    national = {stem for stem, text in texts.items() if "我代表国务院" in text}
    assert national == NATIONAL_REPORT_STEMS

    def expected(stem: str) -> tuple:
        if stem in national:
            return EMPTY
        cities = [triple(r) for r in lookup(stem) if r.city and not r.county]
        assert len(cities) == 1, (stem, cities)
        return cities[0]

    cases = [(stem, expected(stem)) for stem in texts]
    check_corpus(cases, lambda stem: triple(find_region(texts[stem])))


# ---------------------------------------------------------------- one naming (issue 10)

from policyie.corpora.regions import canonical_region, known_regions, region_name, resolve_region_filter  # noqa: E402

# the opening of a real regulation (../shared/corpus/regulations/beijing, 北京市实施《居民委员会组织法》办法)
BEIJING_DOC = ("北京市实施《中华人民共和国城市居民委员会组织法》办法\n\n"
               "第一条 为了加强本市居民委员会建设，根据《中华人民共和国城市居民委员会组织法》，结合本市实际情况，"
               "制定本办法。\n\n第十条 居民委员会由主任、副主任和委员共五至九人组成。\n")


@pytest.mark.parametrize("parts, name", [
    (("北京市", "北京市", None), "北京市"),
    (("北京市", "北京市", "海淀区"), "北京市海淀区"),
    (("重庆市", "重庆市", "秀山土家族苗族自治县"), "重庆市秀山土家族苗族自治县"),
    (("河北省", "承德市", None), "河北省承德市"),
    (("河北省", "承德市", "兴隆县"), "河北省承德市兴隆县"),
    (("湖北省", "天门市", None), "湖北省天门市"),
    ((None, None, None), ""),
])
def test_region_name_says_a_municipality_once(parts, name):
    assert Region(*parts).name == name
    assert region_name(*parts) == name


@pytest.mark.parametrize("given, canonical", [
    ("北京市北京市", "北京市"), ("重庆市重庆市", "重庆市"), ("上海市上海市浦东新区", "上海市浦东新区"),
    (" 天津市 ", "天津市"), ("河北省承德市兴隆县", "河北省承德市兴隆县"), ("北京市海淀区", "北京市海淀区"),
])
def test_canonical_region_accepts_the_old_form(given, canonical):
    assert canonical_region(given) == canonical


def _docs_con(rows):
    import duckdb

    con = duckdb.connect()
    con.execute("CREATE TABLE documents (province VARCHAR, city VARCHAR, county VARCHAR)")
    con.executemany("INSERT INTO documents VALUES (?, ?, ?)", rows)
    return con


def test_resolve_region_filter_known_and_unknown():
    con = _docs_con([("重庆市", "重庆市", None), ("重庆市", "重庆市", "秀山土家族苗族自治县"),
                     ("河北省", "承德市", "兴隆县"), (None, None, None)])
    assert known_regions(con) == sorted(["重庆市", "重庆市秀山土家族苗族自治县", "河北省", "河北省承德市",
                                         "河北省承德市兴隆县"])
    # both forms of a municipality, a bare county and a city resolve to canonical names
    assert resolve_region_filter(con, ["重庆市重庆市"]) == ["重庆市"]
    assert resolve_region_filter(con, ["兴隆县", "承德市"]) == ["河北省承德市兴隆县", "河北省承德市"]
    assert resolve_region_filter(con, None) == [] and resolve_region_filter(con, []) == []
    with pytest.raises(ValueError) as e:
        resolve_region_filter(con, ["重庆"])
    msg = str(e.value)
    assert "\n" not in msg and "'重庆'" in msg and "重庆市秀山土家族苗族自治县" in msg and "河北省承德市" in msg
    with pytest.raises(ValueError):
        resolve_region_filter(con, ["浙江省"])


def test_one_document_one_region_name_everywhere(tmp_path):
    """The same Beijing document: store, extract output, export and comparison all say 北京市."""
    import csv

    from policyie.compare import api
    from policyie.compare.units import load_units
    from policyie.corpora.export import export
    from policyie.corpora.store import ingest_paths, open_store
    from policyie.extraction.pipeline import analyse
    from policyie.records import Document

    src = tmp_path / "bj.txt"
    src.write_text(BEIJING_DOC, encoding="utf-8")
    extracted = analyse(Document("bj", BEIJING_DOC)).to_json()["meta"]["region"]  # `policyie extract` output
    db = tmp_path / "bj.duckdb"
    con = open_store(db)
    ingest_paths(con, [src])
    (stored,) = con.execute("SELECT region FROM documents").fetchone()
    export(con, tmp_path / "out.csv", ["documents"])
    con.close()
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as f:
        exported = [r["region"] for r in csv.DictReader(f)]
    con = open_store(db, read_only=True)
    try:
        units = load_units(con)
        staffing = api.staffing_table(con)
        assert resolve_region_filter(con, ["北京市北京市"]) == ["北京市"]
        # the comparison's own region filter reads the old doubled form too
        from policyie.compare.units import doc_keys_of_regions
        assert len(doc_keys_of_regions(con, ["北京市北京市"])) == len(doc_keys_of_regions(con, ["北京市"])) == 1
        assert len(api.staffing_table(con, regions=["北京市北京市"])) == 1
    finally:
        con.close()
    assert stored == "北京市"
    assert exported == ["北京市"]
    assert set(units["region"]) == {"北京市"}
    assert list(staffing["region"]) == ["北京市"] and list(staffing["body_kind"]) == ["居民委员会"]
    assert (extracted["province"], extracted["city"], extracted["name"]) == ("北京市", "北京市", "北京市")
