"""The comparison over every regulation of ../shared/corpus: no row reports an article number
or a cross-reference, every body value is a whole extracted ORG or a whole party of its
sentence (compare/actors.py) that cuts no extracted ORG, boilerplate is left out of the
duplicates by default, and every reported span is exact."""

from __future__ import annotations

import re

import pytest

from policyie.paths import shared_missing, shared_root

pytestmark = [pytest.mark.shared, pytest.mark.slow]
SHARED = shared_root()
ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇\d]+条")
# a predicate read into a body's name (市人民政府设立…委员会, 地方性法规明确要求有关机关, 须经…部门,
# 营管理单位 from 由经营管理单位): fragments the fourteenth session found in this output
# and a verb before the party (送省人民代表大会常务委员会 from 报送, 移交…, 为了保障和规范…; sixteenth)
PREDICATE_IN_BODY = re.compile(r"设立|提请|报请|要求|明确|检察长|^营(?!商)|^须|^送(?!达)|^移交|^为了|^为保障|^监督(?![检管])")


@pytest.fixture(scope="module")
def regs_db(tmp_path_factory):
    if SHARED is None:
        pytest.skip(shared_missing("corpus"))
    from policyie.corpora.store import ingest_paths, open_store

    path = tmp_path_factory.mktemp("regs") / "regs.duckdb"
    con = open_store(path)
    try:
        ingest_paths(con, [str(SHARED / "corpus" / "regulations")])
    finally:
        con.close()
    return path


def test_divergences_over_all_regulations(regs_db):
    import duckdb

    from policyie.compare import api
    from policyie.compare.actors import find_actors

    con = duckdb.connect(str(regs_db), read_only=True)
    try:
        res = api.comparison(con)
        orgs = {(k, s, e): t for k, s, e, t in con.execute(
            "SELECT doc_key, start_pos, end_pos, text FROM mentions WHERE label = 'ORG'").fetchall()}
        texts = dict(con.execute("SELECT doc_key, text FROM documents").fetchall())
    finally:
        con.close()
    div = res.divergences
    orgs_of: dict[str, list[tuple[int, int, str]]] = {}
    for (k, a, b), t in orgs.items():
        orgs_of.setdefault(k, []).append((a, b, t))
    assert len(res.pairs) > 10_000 and len(div) > 1_000
    bad = []
    for r in div.to_dict("records"):
        for s in "ab":
            value, span, doc = r[f"value_{s}"], r[f"span_{s}"], r[f"doc_key_{s}"]
            if ARTICLE.fullmatch(span or "") or any(ARTICLE.fullmatch(v) for v in (value or "").split("、")):
                bad.append(f"article number as a value: {r['field']} {value!r}")
            if texts[doc][r[f"unit_start_{s}"]:r[f"unit_end_{s}"]] != r[f"text_{s}"]:
                bad.append(f"unit span not exact: {doc} {r[f'unit_start_{s}']}")
            if texts[doc][r[f"start_{s}"]:r[f"end_{s}"]] != span:
                bad.append(f"value span not exact: {r['field']} {value!r} vs {span!r}")
            vs, ve, us = r[f"start_{s}"], r[f"end_{s}"], r[f"unit_start_{s}"]
            if r["field"] == "bodies" and any(PREDICATE_IN_BODY.search(v) for v in (value or "").split("、")):
                bad.append(f"a predicate inside a body: {value!r}")
            if r["field"] == "bodies" and value and orgs.get((doc, vs, ve)) != span:
                parties = {(us + a.start, us + a.end) for a in find_actors(r[f"text_{s}"])}
                if (vs, ve) not in parties:
                    bad.append(f"body neither a whole ORG mention nor a party: {value!r} / {span!r}")
                cut = [t for a, b, t in orgs_of.get(doc, []) if a < ve and vs < b and not (vs <= a and b <= ve)]
                if cut:
                    bad.append(f"party cuts an ORG mention: {span!r} / {cut}")
    assert not bad, f"{len(bad)} bad rows, e.g.:\n" + "\n".join(bad[:20])
    # the duplicates view leaves out boilerplate formulas, and keeps them on request
    dup = api.compare(str(regs_db))
    shown = api.duplicates(None, result=dup)
    assert not shown["boilerplate"].any()
    assert "构成犯罪的，依法追究刑事责任。" not in set(shown["text"])
    everything = api.duplicates(None, result=dup, include_boilerplate=True)
    assert everything["boilerplate"].sum() > 0 and len(everything) > len(shown)
