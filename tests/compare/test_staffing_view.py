"""The staffing view keeps posts and staff counts of a body, and nothing else (issue 10).

Value-keyed: every case is a real sentence of the corpus (the seeds, ../shared/corpus),
the number in it, and what the view must make of it: (body, body_kind, post_kind) for a
post, the drop reason for the rest. The expected values were read off the sentences.
"""

from __future__ import annotations

import functools

import pytest

from policyie.compare import api
from policyie.compare.staffing import dropped_counts, post_family, staffing_differences, staffing_rows
from policyie.compare.staffing_rules import DROP_REASONS, body_kind, classify
from policyie.records import Document


@functools.lru_cache(maxsize=None)
def _orgs(sentence: str) -> tuple:
    from policyie.extraction.pipeline import analyse

    return tuple((m.start, m.end, m.text) for m in analyse(Document("t", sentence)).mentions if m.label == "ORG")


def read(sentence: str, number: str, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = sentence.index(number, start + 1)
    return classify(sentence, start, start + len(number), _orgs(sentence))


XINGLONG_TEAM = "整合现有站所和上级部门下放的执法资源,组建乡镇综合行政执法队,人员编制不少于10名。"
YISHUI = "增强镇村综合行政执法力量,为每个乡镇综合行政执法办公室核定行政编制4-5名,每个村明确一名综合执法协管员,保证一线综合行政执法人员力量充足。"
XINGLONG_PARTY = "乡镇党委委员职数为7至9名,其中书记1名,副书记2名(含政府正职)。"
XINGLONG_GOV = "乡镇政府领导班子职数3至4名。"
XINGLONG_ORGANISER = "切实加强信访维稳、宗教管理、党群服务等工作职能,每个乡镇配备1名专职党委组织员(按职级序列掌握)。"
HUIMIN = "推进编制资源向镇(街道)倾斜,全县共核定镇(街道)行政编制614名,事业编制520名。"
CHONGQING_STREET = "第四条 人大街道工委设主任一人，副主任一人，委员三人至五人。"
BEIJING_RESIDENTS = "第十条 居民委员会由主任、副主任和委员共五至九人组成。"
BEIJING_TOWNSHIP_CONGRESS = "第十九条 乡、民族乡、镇人民代表大会设主席，并可以设副主席一人至二人。"
HENAN_VILLAGE = "村务监督委员会一般由三人组成，人口较多的村不超过五人，其中主任一名。"

POSTS = [
    (XINGLONG_TEAM, "不少于10名", 0, ("乡镇综合行政执法队", "综合行政执法队", "人员编制")),
    (YISHUI, "4-5名", 0, ("乡镇综合行政执法办公室", "综合行政执法办公室", "行政编制")),
    (XINGLONG_PARTY, "7至9名", 0, ("乡镇党委", "乡镇党委", "委员")),
    (XINGLONG_PARTY, "1名", 0, ("乡镇党委", "乡镇党委", "书记")),
    (XINGLONG_PARTY, "2名", 0, ("乡镇党委", "乡镇党委", "副书记")),
    (XINGLONG_GOV, "3至4名", 0, ("乡镇政府", "乡镇人民政府", "领导职数")),
    (XINGLONG_ORGANISER, "1名", 0, ("乡镇党委", "乡镇党委", "组织员")),
    (HUIMIN, "614名", 0, ("镇(街道)", "乡镇（街道）", "行政编制")),
    (HUIMIN, "520名", 0, ("镇(街道)", "乡镇（街道）", "事业编制")),
    (CHONGQING_STREET, "一人", 0, ("人大街道工委", "人大街道工委", "主任")),
    (CHONGQING_STREET, "一人", 1, ("人大街道工委", "人大街道工委", "副主任")),
    (CHONGQING_STREET, "三人至五人", 0, ("人大街道工委", "人大街道工委", "委员")),
    (BEIJING_RESIDENTS, "五至九人", 0, ("居民委员会", "居民委员会", "成员")),
    # shared ending: the ORG is the complete name (guidelines v1.1), the kind the township congress
    (BEIJING_TOWNSHIP_CONGRESS, "一人至二人", 0, ("镇人民代表大会", "乡镇人民代表大会", "副主席")),
    (HENAN_VILLAGE, "三人", 0, ("村务监督委员会", "村务监督委员会", "成员")),
    (HENAN_VILLAGE, "不超过五人", 0, ("村务监督委员会", "村务监督委员会", "成员")),
    (HENAN_VILLAGE, "一名", 0, ("村务监督委员会", "村务监督委员会", "主任")),
]

# a county congress's deputies and their quota (Shanghai's election rules)
SHANGHAI_QUOTA = ("第十条 区、县人民代表大会的代表名额基数为一百二十名，每五千人可以增加一名代表，"
                  "人口超过一百六十五万的，代表总名额不得超过四百五十名；")
NOT_POSTS = [
    ("危险物品的生产、经营、储存单位及从业人员超过300人的其他生产经营单位，应当设置安全生产管理机构或者配备专职安全生产管理人员。",
     "超过300人", 0, "threshold"),
    ("从业人员三百人以上的，至少配备三名专职安全生产管理人员；", "三百人以上", 0, "threshold"),
    ("坚持提出该议案的代表不足十人的，该议案的办理工作即行终止。", "十人", 0, "threshold"),
    ("五、北京市人民代表大会常务委员会组成人员5人以上，可以向常务委员会提出属于常务委员会职权范围内的议案。", "5人以上", 0,
     "threshold"),
    (SHANGHAI_QUOTA, "一百二十名", 0, "quota"),
    (SHANGHAI_QUOTA, "五千人", 0, "population"),
    (SHANGHAI_QUOTA, "一名", 0, "quota"),
    (SHANGHAI_QUOTA, "四百五十名", 0, "quota"),
    ("乡镇人民代表大会的代表名额基数为四十五名，每一千五百人可以增加一名代表，但是，代表总名额不得超过一百六十名。", "一千五百人", 0,
     "population"),
    ("（一）每千人口按照四十五名幼儿配套建设相应规模幼儿园，生均用地面积不低于十五平方米。", "四十五名", 0, "quota"),
    ("副主席，副乡长，副镇长的候选人数应比应选人数多一人至三人，由本级人民代表大会根据应选人数在选举办法中规定具体差额数。",
     "一人至三人", 0, "candidates"),
    ("采用走访形式的，应当推选代表提出，代表不得超过五人。", "不得超过五人", 0, "deputies"),
    ("采用走访形式的，应当推选代表提出，代表不得超过五人。", "五人", 0, "deputies"),
    ("第十四条 选区的大小，按照每一选区选一名至三名代表划分。", "一名至三名", 0, "quota"),
    ("第七条 每届市人民代表大会第一次会议召开时，各代表团推举二至三名市人民代表大会代表作为本届预算审查监督联络员。", "二至三名", 0,
     "deputies"),
    ("地方金融监督管理部门开展现场检查时，检查人员不得少于2人，并应当出示有效合法证件。", "2人", 0, "procedure"),
    ("为健康情况不能工作或者缺位的时候，根据市人大常委会主任会议的提名，在副主任中推选一人代理主任的职务。", "一人", 0, "procedure"),
    ("市县成立工业运行指挥部，扎实开展“千名干部进企业、百个部门进工地”等活动。", "千名", 0, "slogan"),
    ("目前,市综合行政执法局、市公安局、市市场监管局、市自然资源局共明确了派驻人员232名;", "232名", 0, "several_bodies"),
    (YISHUI, "一名", 0, "no_body"),
    ("区域内的学校布局和在校学生规模等情况设立教育督导责任区，并为责任区内每所学校指派不少于两名的责任督学。", "不少于两名", 0,
     "no_body"),  # 学校布局 ends in 局 but is no body
    ("选树道德模范50名（组）、身边好人109名，3名见义勇为人员获省政府奖励。", "3名", 0, "no_body"),
    ("补充中小学教师2499名、特岗教师120名，义务教育阶段师资力量稳步提升。", "2499名", 0, "no_body"),
    ("第三条 村民委员会由主任、副主任和委员共三至七人组成，至少有一名妇女成员。", "一名", 0, "no_post"),
]


@pytest.mark.parametrize("sentence, number, nth, expected", POSTS, ids=[f"{n}@{s[:12]}" for s, n, _, _ in POSTS])
def test_posts_are_kept_with_body_and_kind(sentence, number, nth, expected):
    r = read(sentence, number, nth)
    assert r.reason is None, f"dropped as {r.reason}"
    assert (r.body, r.body_kind, r.post_kind) == expected


@pytest.mark.parametrize("sentence, number, nth, reason", NOT_POSTS, ids=[f"{r}:{n}" for _, n, _, r in NOT_POSTS])
def test_not_posts_are_dropped_with_their_reason(sentence, number, nth, reason):
    assert reason in DROP_REASONS
    assert read(sentence, number, nth).reason == reason


@pytest.mark.parametrize("body, regions, kind", [
    ("兴隆县乡镇综合行政执法队", ("河北省", "承德市", "兴隆县"), "综合行政执法队"),
    ("乡镇综合行政执法队", (), "综合行政执法队"),
    ("综合行政执法队", (), "综合行政执法队"),
    ("村委会", (), "村民委员会"),
    ("乡镇人大", (), "乡镇人民代表大会"),
    ("镇人民代表大会", (), "乡镇人民代表大会"),
    ("区、县人民代表大会", (), "县人民代表大会"),   # a county congress is not a township's
    ("乡镇政府", (), "乡镇人民政府"),
    ("沙河镇", (), "乡镇（街道）"),
    ("乡镇的人民代表大会", (), "乡镇人民代表大会"),
    ("街道办事处", (), "街道办事处"),
    (None, (), None),
])
def test_body_kind_compares_across_regions(body, regions, kind):
    assert body_kind(body, regions) == kind


def test_post_family():
    assert post_family("人员编制") == post_family("行政编制") == post_family("事业编制") == "编制"
    assert post_family("委员") != post_family("主任")


def test_samples_view_every_row_has_body_and_kinds(samples_con):
    rows = staffing_rows(samples_con)
    st = api.staffing_table(samples_con)
    assert len(st) == int(rows["reason"].isna().sum()) and len(st) > 0
    assert sum(dropped_counts(rows).values()) == len(rows) - len(st)
    for col in ("body", "body_kind", "post_kind"):
        assert st[col].map(lambda v: isinstance(v, str) and len(v) >= 2).all(), col
    # the seeds' township posts, value-keyed
    got = {(r.region, r.body_kind, r.post_kind, r.value) for r in st.itertuples()}
    assert ("河北省承德市兴隆县", "综合行政执法队", "人员编制", "≥10名") in got
    assert ("河北省承德市兴隆县", "乡镇党委", "委员", "7–9名") in got
    assert ("山东省临沂市沂水县", "综合行政执法办公室", "行政编制", "4–5名") in got


def test_differences_pair_only_like_posts(samples_con):
    st = api.staffing_table(samples_con)
    sd = staffing_differences(st, st["region"].str.contains("兴隆县"), ~st["region"].str.contains("兴隆县"))
    pairs = {(r.value_a, r.value_b) for r in sd.itertuples()}
    assert ("乡镇综合行政执法队 人员编制 ≥10名", "乡镇综合行政执法办公室 行政编制 4–5名") in pairs
    for r in sd.itertuples():  # 委员 7–9名 never stands against 主任 1名
        ka, kb = r.value_a.split()[-2], r.value_b.split()[-2]
        assert post_family(ka) == post_family(kb) or (ka.endswith("编制") and kb.endswith("编制"))


# ---------------------------------------------------------------- the whole regulations corpus

@pytest.fixture(scope="module")
def regulations_con(tmp_path_factory):
    from policyie.corpora.store import ingest_paths, open_store
    from policyie.paths import shared_missing, shared_path

    regs = shared_path("corpus", "regulations")
    if regs is None:
        pytest.skip(shared_missing("corpus", "regulations"))
    db = tmp_path_factory.mktemp("regs") / "regs.duckdb"
    con = open_store(db)
    ingest_paths(con, [regs])  # ~1 min on 2 cores
    con.close()
    con = open_store(db, read_only=True)
    yield con
    con.close()


# the cases and their kin: none of these sentences may give a row of the view
_NEVER_IN_VIEW = ["从业人员超过300人", "每五千人可以增加一名代表", "代表名额基数为一百二十名", "代表名额基数为一百四十名",
                  "每一千五百人可以增加一名代表", "代表总名额不得超过", "候选人数", "从业人员一千人以上", "代表不得超过五人",
                  "检查人员不得少于", "执法人员不得少于"]


@pytest.mark.shared
@pytest.mark.slow
def test_regulations_view_has_posts_only(regulations_con):
    rows = staffing_rows(regulations_con)
    st = api.staffing_table(regulations_con)
    assert len(rows) > 300 and len(st) > 50
    for phrase in _NEVER_IN_VIEW:
        hits = st[st["context"].str.contains(phrase, regex=False)]
        assert hits.empty, (phrase, hits[["region", "body", "post_kind", "value", "context"]].to_dict("records"))
    # they were candidates (the extractor labels them), dropped for a reason
    for phrase in ("每五千人可以增加一名代表", "代表名额基数为一百二十名"):
        assert rows["context"].str.contains(phrase, regex=False).any(), phrase
    # margins of candidates (候选人数应多于应选人数一人至三人) are no STAFFING since guidelines
    # v1.2: the extractor no longer offers them
    assert not rows["context"].str.contains(r"候选人数[^，。；]{0,12}多", regex=True).any()
    for col in ("body", "body_kind", "post_kind"):
        assert st[col].map(lambda v: isinstance(v, str) and len(v) >= 2).all(), col
    # value-keyed posts of the corpus that must stay
    got = {(r.region, r.body_kind, r.post_kind, r.value) for r in st.itertuples()}
    for want in [("重庆市", "人大街道工委", "委员", "3–5人"), ("北京市", "居民委员会", "成员", "5–9人"),
                 ("山东省", "乡镇人民代表大会", "副主席", "1–2人"), ("河南省", "村务监督委员会", "主任", "1名")]:
        assert want in got, want
