"""Divergences, staffing, adoption and the CLI formats on small stores."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser

import pytest

import storeutil
from policyie.cli import main
from policyie.compare import api
from policyie.compare.cli import display_width, render


def _record(doc_id, region, text, entities, provisions):
    return {"doc_id": doc_id, "source": doc_id, "encoding": "utf-8", "format": "txt",
            "meta": {"title": f"{region}深化乡镇改革方案", "issuers": [], "doc_no": None, "date": None,
                     "date_source": None, "region": {"province": region, "city": None, "county": None, "code": None,
                                                      "name": region}},
            "sections": [], "boilerplate": [], "entities": entities, "provisions": provisions, "error": None}


def _staffing_doc(doc_id, region, n):
    text = f"组建乡镇综合行政执法队，人员编制不少于{n}名，以乡镇名义依法开展执法工作，2021年6月底前完成。"
    s = text.index(f"不少于{n}名")
    e = s + len(f"不少于{n}名")
    b0 = text.index("乡镇综合行政执法队")
    ents = [{"label": "ORG", "start": b0, "end": b0 + 9, "text": "乡镇综合行政执法队", "normalized": None, "source": "t"},
            {"label": "STAFFING", "start": s, "end": e, "text": text[s:e],
             "normalized": {"min": n, "max": None, "unit": "名", "approx": False}, "source": "t"}]
    prov = {"provision_id": f"{doc_id}#p1", "section_path": [], "start": 0, "end": len(text), "text": text,
            "mentions": ents, "roles": {"bodies": ["乡镇综合行政执法队"],
                                        "staffing": [{"body": "乡镇综合行政执法队", "kind": "人员编制", "min": n,
                                                      "max": None, "unit": "名", "approx": False,
                                                      "text": text[s:e], "start": s, "end": e}]}}
    return text, _record(doc_id, region, text, ents, [prov])


@pytest.fixture()
def tiny_db(tmp_path, monkeypatch):
    docs = [_staffing_doc("a", "河北省", 10), _staffing_doc("b", "山东省", 8)]
    texts = {r["doc_id"]: t for t, r in docs}

    class Doc:
        def __init__(self, text):
            self.text = text

    monkeypatch.setattr("policyie.corpora.readers.read_document", lambda src, **kw: Doc(texts[str(src)]))
    path = tmp_path / "tiny.duckdb"
    con = storeutil.build_store(path, [r for _, r in docs])
    con.close()
    return path, texts


def test_number_changed_gives_divergence_with_both_spans(tiny_db):
    path, texts = tiny_db
    res = api.comparison(str(path))
    assert len(res.pairs) == 1 and res.pairs.iloc[0]["relation"] == "duplicate"
    div = res.divergences
    row = div[div["field"] == "staffing"]
    assert len(row) == 1
    r = row.iloc[0]
    values = {r["region_a"]: r["value_a"], r["region_b"]: r["value_b"]}
    assert values == {"河北省": "≥10名", "山东省": "≥8名"}
    spans = set()
    for side in "ab":
        text = texts[r[f"doc_key_{side}"]]
        spans.add(text[r[f"start_{side}"]:r[f"end_{side}"]])
        assert text[r[f"unit_start_{side}"]:r[f"unit_end_{side}"]] == r[f"text_{side}"]
    assert spans == {"不少于10名", "不少于8名"}
    # the same deadline and the same body are not divergences
    assert set(div["field"]) == {"staffing"}


def test_seed_staffing_table(samples_con):
    st = api.staffing_table(samples_con)
    xl = st[(st["region"].str.contains("兴隆县")) & (st["body"].fillna("").str.contains("综合行政执法队"))]
    assert len(xl) >= 1
    r = xl.iloc[0]
    assert (r["min"], r["kind"]) == (10, "人员编制") and r["body"] == "乡镇综合行政执法队"
    enf = api.staffing_table(samples_con, enforcement=True)
    assert enf["body"].str.contains("执法").all()
    ys = enf[enf["region"].str.contains("沂水县")]
    assert len(ys) == 1 and (ys.iloc[0]["min"], ys.iloc[0]["max"], ys.iloc[0]["kind"]) == (4, 5, "行政编制")


def test_adoption_matrix(samples_con):
    m = api.adoption_matrix(samples_con)
    measures = m.attrs["measures"]
    assert m.dtypes.map(lambda d: d == bool).all()
    assert set(measures["measure"]) == set(m.columns)
    assert (measures["unique_to"].notna() == (measures["n_regions"] == 1)).all()


class _Checker(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


@pytest.mark.parametrize("what", ["pairs", "duplicates", "divergences", "families", "adoption", "staffing"])
def test_cli_formats(samples_db, tmp_path, what, capsys):
    out_csv, out_json, out_html = tmp_path / "o.csv", tmp_path / "o.json", tmp_path / "o.html"
    for fmt, out in (("csv", out_csv), ("json", out_json), ("html", out_html)):
        assert main(["compare", "--db", str(samples_db), "--what", what, "--format", fmt, "-o", str(out)]) == 0
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert isinstance(data, list) and len(rows) == len(data) + 1
    page = out_html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    p = _Checker()
    p.feed(page)
    assert "table" in p.tags
    assert main(["compare", "--db", str(samples_db), "--what", what]) == 0
    assert "rows)" in capsys.readouterr().out


def test_cli_missing_db(tmp_path, capsys):
    assert main(["compare", "--db", str(tmp_path / "none.duckdb")]) == 2
    err = capsys.readouterr().err  # one line (policyie.cli checks the store before comparing)
    assert "none.duckdb: no such store" in err and err.count("\n") == 1


def test_table_is_cjk_aligned():
    import pandas as pd

    text = render(pd.DataFrame({"region": ["兴隆县", "Shandong"], "n": [1, 22]}), "table")
    lines = text.splitlines()
    assert lines[2].index("1") > 0 and display_width(lines[2][:lines[2].index("1")]) == \
        display_width(lines[3][:lines[3].index("22")])


def test_topics_label_and_filter_the_comparison(samples_con, samples_db, capsys):
    from policyie.compare.topics import TOPICS

    result = api.compare(samples_con)
    clusters = api.duplicates(samples_con, result=result)
    assert set(clusters["topic"]) <= set(TOPICS) and clusters["topic"].nunique() > 1
    enforcement = api.duplicates(samples_con, result=result, topic="综合执法")
    assert 0 < len(enforcement) < len(clusters) and set(enforcement["topic"]) == {"综合执法"}
    # the samples' aligned pairs sit near the pair model's threshold (the six kinds of
    # discipline: 0.71 against 0.75 since the model of tune + tune2); this test is about
    # topics, so it takes them at a lower one
    from policyie.compare.align import AlignParams

    low = AlignParams(threshold=0.5)
    pairs = api.pairs(samples_con, params=low)
    assert {"topic_a", "topic_b"} <= set(pairs.columns) and len(pairs)
    kept = api.pairs(samples_con, topic="综合执法", params=low)
    assert len(kept) == ((pairs["topic_a"] == "综合执法") | (pairs["topic_b"] == "综合执法")).sum()
    matrix = api.adoption_matrix(samples_con, result=result, topic="综合执法")
    measures = matrix.attrs["measures"]
    assert set(measures["topic"]) == {"综合执法"} and list(matrix.columns) == list(measures["measure"])
    # the command line: a known topic filters, an unknown one is a usage error naming the choices
    assert main(["compare", "--db", str(samples_db), "--topic", "综合执法", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == len(enforcement) and {r["topic"] for r in rows} == {"综合执法"}
    assert main(["compare", "--db", str(samples_db), "--topic", "财务"]) == 2
    err = capsys.readouterr().err
    assert "unknown --topic '财务'" in err and "编制管理" in err
    assert main(["compare", "--db", str(samples_db), "--what", "staffing", "--topic", "综合执法"]) == 2


def test_an_empty_view_says_why(samples_db, capsys):
    """An empty pairs table says why and how to see weaker matches (CSV and JSON stay data
    only), and a lower threshold shows them.  (The samples' measures score under 0.99.)"""
    assert main(["compare", "--db", str(samples_db), "--what", "pairs", "--threshold", "0.99"]) == 0
    cap = capsys.readouterr()
    assert "no pairs found at --threshold 0.99" in cap.out and "a lower --threshold" in cap.out
    assert main(["compare", "--db", str(samples_db), "--what", "pairs", "--format", "json", "--threshold", "0.99"]) == 0
    cap = capsys.readouterr()
    assert json.loads(cap.out) == [] and not cap.err
    assert main(["compare", "--db", str(samples_db), "--what", "pairs", "--format", "json", "--threshold", "0.5"]) == 0
    assert json.loads(capsys.readouterr().out)


def test_the_samples_reworded_measures_are_paired(samples_db, capsys):
    """At the default threshold the seeds' reworded measures are paired: Shandong's seven
    township offices (共设置党政机构7个) against Xinglong's nine (设置工作机构9个), read here."""
    assert main(["compare", "--db", str(samples_db), "--what", "pairs", "--format", "json"]) == 0
    pairs = json.loads(capsys.readouterr().out)
    offices = [p for p in pairs if "共设置党政机构7个" in p["text_a"] + p["text_b"]
               and "设置工作机构9个" in p["text_a"] + p["text_b"]]
    assert len(offices) == 1 and offices[0]["relation"] == "same-measure"
