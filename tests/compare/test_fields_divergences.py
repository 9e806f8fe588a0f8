"""Field values and divergences: value-keyed corpora (each value with the surface forms that
must give it, and forms that must give nothing), one shared assertion listing every failure."""

from __future__ import annotations

import pytest

from policyie.compare.actors import actor_key
from policyie.compare.divergences import pair_divergences, word_diff
from policyie.compare.fields import FieldValue, field_values, limit_value, modal_class, same_body

# value -> surface forms of a DEADLINE mention that must give it
LIMITS = {
    (15, "日", "within"): ["十五日内", "15日内", "十五天内", "十五日以内"],
    (10, "工作日", "within"): ["十个工作日内", "10个工作日内"],
    (2, "日", "within"): ["两日内", "二日内", "2日内"],
    (7, "日", "before"): ["七日前", "提前七日", "提前七天"],
    (3, "月", "within"): ["三个月内", "3个月内"],
}
NO_LIMIT = ["长期", "及时", "在规定期限内"]

MODALS = {
    "must": ["街道办事处应当答复", "必须书面答复", "应在十日内答复"],
    "may": ["街道办事处可以答复", "可在十日内答复"],
    "must not": ["不得收取费用", "禁止擅自占用"],
    "encouraged": ["鼓励社会力量参与"],
}
NO_MODAL = ["本条例自2021年1月1日起施行。", "对相应的事项作出规定", "可能发生的风险"]

# the same body, whatever the region, the short form or the brackets: pairs of (name, the
# document's region names) that the comparison's keys (actor_key, same_body) must read as one
SAME_BODY = [
    ("浙江省民政局", ["浙江省", "浙江"], "民政局", []),
    ("浙江省民政厅", ["浙江省", "浙江"], "河南省民政厅", ["河南省", "河南"]),
    ("上海市人民代表大会常务委员会", ["上海市", "上海"], "人大常委会", []),
    ("市人大常委会", ["上海市", "上海"], "上海市人民代表大会常务委员会", ["上海市", "上海"]),
    # each region's own top level: 省 in a province, 市 in a municipality
    ("省人民代表大会常务委员会", ["浙江省", "浙江"], "市人民代表大会常务委员会", ["上海市", "上海"]),
    # a term before the level: each document's own committee of the last term
    ("上届市人民代表大会常务委员会", ["北京市", "北京"], "上届省人民代表大会常务委员会", ["广东省", "广东"]),
    # a relative level (本级) answers any level
    ("本级人民代表大会常务委员会", [], "县级人民代表大会常务委员会", []),
    ("乡（镇）人民政府", [], "乡镇人民政府", []),
    ("社区服务中心(东区)", [], "社区服务中心（东区）", []),
    # short forms of the held-out families' bodies spelled out
    ("村委会", [], "村民委员会", []),
    ("居委会", [], "居民委员会", []),
    ("督导小组", [], "督导组", []),
    ("监督机构", [], "监督机关", []),
]
# and bodies the comparison must tell apart: other levels written (LABELLING.md counts them),
# other departments
DIFFERENT_BODY = [
    ("县人民代表大会常务委员会", [], "省人民代表大会常务委员会", []),
    ("区县（自治县）人民政府", ["重庆市", "重庆"], "县级以上人民政府", ["浙江省", "浙江"]),
    ("民政局", [], "公安局", []),
]


def _fail(cases: list[str]) -> None:
    if cases:
        pytest.fail(f"{len(cases)} failing examples:\n" + "\n".join(cases))


def test_limit_values():
    bad = [f"{t!r} -> {limit_value(t)!r}, want {v!r}" for v, forms in LIMITS.items() for t in forms
           if limit_value(t) != v]
    bad += [f"{t!r} -> {limit_value(t)!r}, want None" for t in NO_LIMIT if limit_value(t) is not None]
    _fail(bad)


def test_modal_classes():
    bad = [f"{t!r} -> {modal_class(t)!r}, want {c}" for c, forms in MODALS.items() for t in forms
           if (modal_class(t) or (None, None))[1] != c]
    bad += [f"{t!r} -> {modal_class(t)!r}, want None" for t in NO_MODAL if modal_class(t) is not None]
    _fail(bad)


def test_body_keys():
    """Bodies are compared by the keys of :func:`actor_key` through :func:`same_body`."""
    def same(x, rx, y, ry):
        return same_body(actor_key(x, rx), actor_key(y, ry))
    bad = [f"{x!r} {rx} / {y!r} {ry}: want the same body" for x, rx, y, ry in SAME_BODY if not same(x, rx, y, ry)]
    bad += [f"{x!r} {rx} / {y!r} {ry}: want different bodies" for x, rx, y, ry in DIFFERENT_BODY if same(x, rx, y, ry)]
    _fail(bad)
    assert same_body("常务委员会", "人民代表大会常务委员会")
    assert not same_body("民政局", "公安局") and not same_body("局", "民政局")
    # a relative level (本级, 同级) answers any level; a definite one only its own
    assert same_body("*:人民代表大会会议主席团", "P:人民代表大会会议主席团")
    assert not same_body("K:人民政府", "P:人民政府")
    # a bracketed one-character alternative names either body (tune2, tune5: 村（居）民委员会)
    assert same_body("社区居（村）民委员会", "社区居民委员会") and same_body("村（居）民委员会", "村民委员会")
    assert not same_body("村（居）民委员会", "业主委员会") and not same_body("村（居）民委员会", "居民小组")


def test_either_body_of_a_bracketed_alternative_is_no_divergence():
    one = [_fv("bodies", actor_key("村（居）民委员会"), "村（居）民委员会")]
    two = [_fv("bodies", actor_key("居民委员会"), "居民委员会"), _fv("bodies", actor_key("村民委员会"), "村民委员会", 6)]
    assert pair_divergences(one, two) == []
    other = [_fv("bodies", actor_key("业主委员会"), "业主委员会")]
    assert [f for f, _, _ in pair_divergences(one, other)] == ["bodies"]


def _fv(field, key, display, start=0):
    return FieldValue(field, key, display, start, start + len(display))


def test_equal_values_written_differently_are_not_divergences():
    a = [_fv("deadline", limit_value("两日内"), "两日内"), _fv("staffing", (3, 3), "3名"),
         _fv("bodies", actor_key("浙江省民政厅", ["浙江省"]), "浙江省民政厅")]
    b = [_fv("deadline", limit_value("二日内"), "二日内"), _fv("staffing", (3, 3), "三名"),
         _fv("bodies", actor_key("河南省民政厅", ["河南省"]), "河南省民政厅")]
    assert pair_divergences(a, b) == []


def test_one_sided_fields():
    limit = [_fv("deadline", limit_value("十日内"), "十日内")]
    body = [_fv("bodies", "民政局", "民政局")]
    modal = [_fv("modality", "must", "应当")]
    # a time limit on one side only is a divergence; a body or a modal verb on one side only is not
    assert [f for f, _, _ in pair_divergences(limit, [])] == ["deadline"]
    assert pair_divergences(body, []) == [] and pair_divergences([], modal) == []
    # a body added beside a shared one is
    both = pair_divergences(body, body + [_fv("bodies", "财政局", "财政局", 5)])
    assert [(f, [x.display for x in xa], [y.display for y in yb]) for f, xa, yb in both] == \
        [("bodies", [], ["财政局"])]


def test_field_values_of_a_unit():
    text = "第九条 对选民十人以上联名的申请，街道办事处应当在十五日内答复；逾期的，处五千元以上二万元以下罚款。"
    start = 100
    i = text.index("十五日内")
    mentions = [{"label": "DEADLINE", "start": start + i, "end": start + i + 4, "text": "十五日内", "date": None}]
    got = {(v.field, v.display) for v in field_values(text, start, mentions)}
    assert got == {("deadline", "十五日内"), ("modality", "应当"), ("threshold", "十人以上"),
                   ("amount", "五千元"), ("amount", "二万元"), ("bodies", "街道办事处")}
    # offsets point at the characters that say each value
    for v in field_values(text, start, mentions):
        assert text[v.start - start:v.end - start] == v.display
    # article numbers and cross-references are never values
    ref = "依照本条例第十条规定的程序办理。"
    assert field_values(ref, 0, []) == []


def test_word_diff_marks_the_modal_change():
    assert word_diff("社区服务中心可以组织志愿者", "社区服务中心应当组织志愿者") == "社区服务中心[-可以-]{+应当+}组织志愿者"


def test_principle_parts_joined_by_he_are_the_same_list():
    def principle(text, parts):
        return field_values(text, 0, [{"label": "PRINCIPLE", "start": 0, "end": len(text), "text": text,
                                       "parts": parts}])[0].key

    a = principle("自愿、无偿、平等、诚信、合法", ["自愿", "无偿", "平等", "诚信", "合法"])
    b = principle("自愿、无偿、平等、诚信和合法", ["自愿", "无偿", "平等", "诚信和合法"])
    assert a == b
    c = principle("自愿、无偿、平等、诚信", ["自愿", "无偿", "平等", "诚信"])
    assert a != c
    # a long part kept whole reads 与 as 和 (tune3's false row); other words stay apart
    assert principle("所有权和经营权分离", ["所有权和经营权分离"]) == principle("所有权与经营权分离", ["所有权与经营权分离"])
    assert principle("所有权和经营权分离", ["所有权和经营权分离"]) != principle("所有权和管理权分离", ["所有权和管理权分离"])


#: A cap on a duration is a time limit (deadline field), keyed by number and unit; the
#: other numeric conditions stay thresholds.
CAPS = {
    "第二次对同一议题的发言不超过五分钟。": [("deadline", (5, "分钟", "cap"))],
    "延长期限最长不得超过九十日": [("deadline", (90, "日", "cap"))],
    "但延长的期限最多不超过三十日": [("deadline", (30, "日", "cap"))],
    "会期最长三天": [("deadline", (3, "日", "cap"))],
    "参加人数不超过十人的": [("threshold", "不超过10人")],
    "超过半数的": [("threshold", "超过半数")],
}


def test_duration_caps_are_time_limits_and_other_conditions_thresholds():
    failures = []
    for text, want in CAPS.items():
        got = [(v.field, v.key) for v in field_values(text, 0, []) if v.field in ("deadline", "threshold")]
        if got != want:
            failures.append((text, got, want))
    assert not failures, failures
    # 十分钟 and 五分钟 differ; 五分钟 written 5分钟 does not
    a = field_values("发言不超过五分钟", 0, [])
    b = field_values("发言不超过十分钟", 0, [])
    c = field_values("发言不超过5分钟", 0, [])
    assert [f for f, _, _ in pair_divergences(a, b)] == ["deadline"]
    assert pair_divergences(a, c) == []


def test_floors_and_frequencies_are_time_limits():
    """A floor on a duration and how often a thing is done are deadlines (the tuned pairs
    label 不少于三十日 / 不少于二十日 and 每五年至少一次 / 每三年至少一次 as deadline
    differences); equal ones written differently are none."""
    want = {
        "征求意见时间一般不少于三十日。": [("deadline", (30, "日", "floor"))],
        "公告时间不得少于七天": [("deadline", (7, "日", "floor"))],
        "联席会议每年至少召开一次。": [("deadline", ("every", "1年", "1"))],
        "联席会议每年举行一至二次。": [("deadline", ("every", "1年", "1至2"))],
        "应当每三年至少对本级人民政府相关职能部门实施一次综合督导": [("deadline", ("every", "3年", "1"))],
        "不少于三十六个学时": [("threshold", "不少于36个")],  # 学时 is no time unit: a threshold, as before
        "代表人数不少于五人": [("threshold", "不少于5人")],  # people: a threshold
    }
    bad = [f"{t!r} -> {got}, want {w}" for t, w in want.items()
           if (got := [(v.field, v.key) for v in field_values(t, 0, []) if v.field in ("deadline", "threshold")]) != w]
    differ = [("每五年至少实施一次督导", "每三年至少实施一次督导"), ("每年至少召开一次", "每年举行一至二次"),
              ("不少于三十日", "不少于二十日")]
    same = [("每年至少召开一次", "每年召开一次"), ("不少于三十日", "不少于30天")]
    for x, y in differ:
        if [f for f, _, _ in pair_divergences(field_values(x, 0, []), field_values(y, 0, []))] != ["deadline"]:
            bad.append(f"{x} / {y}: want a deadline divergence")
    for x, y in same:
        if pair_divergences(field_values(x, 0, []), field_values(y, 0, [])):
            bad.append(f"{x} / {y}: want none")
    _fail(bad)


def test_a_value_the_counterparts_neighbour_states_is_no_divergence():
    """The same measure cut into sentences differently: a's 三个月内 is in b's next unit."""
    from policyie.compare.divergences import _split_off

    d3 = _fv("deadline", (3, "月", "within"), "三个月内")
    d2 = _fv("deadline", (2, "月", "within"), "两个月内")
    body = _fv("bodies", "主席团", "主席团")
    must, may = _fv("modality", "must", "应当"), _fv("modality", "may", "可以")
    cases = [  # (diffs, near_a, near_b, want: field -> (values a, values b))
        ([("deadline", [d3], [])], [], [d3], {}),                                  # stated beside b
        ([("deadline", [d3], [])], [], [d2], {"deadline": (["三个月内"], [])}),      # another limit beside b
        # both sides state their own limit here: a neighbour's equal value is another measure
        # (tune: 三十日内 / 60日内 beside 延长期限不得超过六十日 / 不得超过30日), so both stay
        ([("deadline", [d3], [d2])], [], [d3], {"deadline": (["三个月内"], ["两个月内"])}),
        ([("bodies", [], [body])], [body], [], {}),                                # b's body beside a
        ([("modality", [must], [may])], [may], [must], {"modality": (["应当"], ["可以"])}),  # modal verbs stay
    ]
    bad = []
    for diffs, near_a, near_b, want in cases:
        got = {f: ([v.display for v in a], [v.display for v in b]) for f, a, b in _split_off(diffs, near_a, near_b)}
        if got != want:
            bad.append(f"{diffs[0][0]}: got {got}, want {want}")
    _fail(bad)


def test_a_value_the_other_side_says_in_its_words_is_no_divergence():
    """Equal values are never divergences, even when the extraction left one side without
    its value: check.jsonl's 人口不足二千的，代表总名额可以少于四十五名 against the same words
    with 乡、民族乡、镇 added was reported as staffing '' vs 45名."""
    from policyie.compare.divergences import _unsaid

    def side(text: str, *values: tuple[str, object, str]) -> tuple[str, int, list[FieldValue]]:
        return text, 0, [FieldValue(f, k, d, text.index(d), text.index(d) + len(d)) for f, k, d in values]

    cases = [  # (a, b, want: field -> (values a, values b)); the diff is b's values against none of a's
        (side("代表总名额可以少于四十五名。"), side("乡、镇的代表总名额可以少于45名。", ("staffing", (45, 45), "45名")), {}),
        (side("应当在十五日内答复。"), side("应当在十五日内答复。", ("deadline", (15, "日", "within"), "十五日内")), {}),
        # another number: a difference
        (side("代表总名额可以少于四十名。"), side("代表总名额可以少于四十五名。", ("staffing", (45, 45), "四十五名")),
         {"staffing": ([], ["四十五名"])}),
        (side("应当及时答复。"), side("应当在十日内答复。", ("deadline", (10, "日", "within"), "十日内")),
         {"deadline": ([], ["十日内"])}),
        # a has a value of the field: its 5名 is part of 不少于5名, another value
        (side("设委员不少于5名。", ("staffing", (5, None), "不少于5名")),
         side("设委员5名。", ("staffing", (5, 5), "5名")), {"staffing": ([], ["5名"])}),
        # bodies are not one-sided fields: left to the set comparison
        (side("由民政部门负责。"), side("由民政部门负责。", ("bodies", "民政部门", "民政部门")),
         {"bodies": ([], ["民政部门"])}),
    ]
    bad = []
    for a, b, want in cases:
        only_b = [v for v in b[2] if not any(w.key == v.key for w in a[2])]
        diffs = [(only_b[0].field, [], only_b)] if only_b else []
        got = {f: ([v.display for v in x], [v.display for v in y]) for f, x, y in _unsaid(diffs, a, b)}
        if got != want:
            bad.append(f"{a[0]} / {b[0]}: got {got}, want {want}")
    _fail(bad)


def _dl(text: str, date: str, recurring: bool) -> dict:
    return {"label": "DEADLINE", "start": 0, "end": len(text), "text": text, "date": date,
            "relation": "by", "recurring": recurring}


def test_recurring_dates_compare_by_the_point_of_the_year():
    """每年六月至九月期间 in a 2016 and a 2018 law is one point of every year (tune2's false
    deadline rows); a one-off date of another year is a difference."""
    a = field_values("每年六月至九月期间", 0, [_dl("每年六月至九月期间", "2016-09-30", True)])
    b = field_values("每年六月至九月期间", 0, [_dl("每年六月至九月期间", "2018-09-30", True)])
    assert pair_divergences(a, b) == []
    c = field_values("每年十二月底前", 0, [_dl("每年十二月底前", "2018-12-31", True)])
    d = field_values("每年年底", 0, [_dl("每年年底", "2016-12-31", True)])
    assert pair_divergences(c, d) == []
    e = field_values("2016年9月底前", 0, [_dl("2016年9月底前", "2016-09-30", False)])
    f = field_values("2018年9月底前", 0, [_dl("2018年9月底前", "2018-09-30", False)])
    assert [x[0] for x in pair_divergences(e, f)] == ["deadline"]
    # a date that names no year is dated in each document's own year: the same point of the
    # year as 每年… (tune4's false row 每年12月31日前 / 当年十二月三十一日以前)
    g = field_values("当年十二月三十一日以前", 0, [_dl("当年十二月三十一日以前", "2012-12-31", False)])
    h = field_values("每年12月31日前", 0, [_dl("每年12月31日前", "2003-12-31", True)])
    assert pair_divergences(g, h) == []
    k = field_values("6月底前", 0, [_dl("6月底前", "2020-06-30", False)])
    assert [x[0] for x in pair_divergences(k, e)] == ["deadline"]  # 2016年9月底前: another point
    assert [x[0] for x in pair_divergences(g, field_values("2012年12月31日前", 0, [_dl("2012年12月31日前", "2012-12-31", False)]))] == ["deadline"]


def _orgs(text: str, *names: str) -> list[FieldValue]:
    ms, pos = [], 0
    for n in names:
        s = text.index(n, pos)
        ms.append({"label": "ORG", "start": s, "end": s + len(n), "text": n})
        pos = s + len(n)
    return field_values(text, 0, ms)


def test_a_body_that_only_names_people_or_a_time_is_not_reported_but_still_answers():
    # 本级人民代表大会闭会期间: a time; the body acting is the standing committee on both sides
    a = _orgs("代表在本级人民代表大会闭会期间，向本级人民代表大会常务委员会提出建议。", "本级人民代表大会", "本级人民代表大会常务委员会")
    b = _orgs("代表有权向本级人民代表大会常务委员会提出建议。", "本级人民代表大会常务委员会")
    assert pair_divergences(a, b) == []
    # …and the other way: a side that names the congress as a body is answered by one that
    # names it only through its deputies
    c = _orgs("本级人民代表大会代表可以向本级人民政府提出建议。", "本级人民代表大会", "本级人民政府")
    d = _orgs("代表可以向本级人民代表大会和本级人民政府提出建议。", "本级人民代表大会", "本级人民政府")
    assert pair_divergences(c, d) == []
    # a body that acts on one side only is still a difference
    e = _orgs("由县人民政府和县民政局负责。", "县人民政府", "县民政局")
    f = _orgs("由县人民政府负责。", "县人民政府")
    assert [(x[0], [v.display for v in x[1]]) for x in pair_divergences(e, f)] == [("bodies", ["县民政局"])]
