"""Provision records checked by hand against the Xinglong and Lingwu seeds (bundled samples)."""

from __future__ import annotations

import pytest

from policyie.corpora.readers import read_document
from policyie.extraction.pipeline import Pipeline
from policyie.paths import SAMPLES_DIR


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _analysis(pipeline: Pipeline, stem: str):
    return pipeline.analyse(read_document(SAMPLES_DIR / f"{stem}.txt"))


def test_xinglong_enforcement_team_staffing(pipeline: Pipeline) -> None:
    # 2.组建综合行政执法队伍。……组建乡镇综合行政执法队，人员编制不少于10名。
    a = _analysis(pipeline, "xinglong-2020-township-reform-plan")
    staffing = [s for p in a.provisions for s in p.roles.get("staffing", [])]
    team = [s for s in staffing if s["text"] == "不少于10名"]
    assert len(team) == 1
    assert (team[0]["body"], team[0]["kind"], team[0]["min"], team[0]["max"]) == ("乡镇综合行政执法队", "人员编制", 10, None)
    prov = next(p for p in a.provisions if any(s["text"] == "不少于10名" for s in p.roles.get("staffing", [])))
    assert prov.section_path == ("推进基层审批服务执法力量整合", "推进基层综合行政执法改革", "组建综合行政执法队伍")
    # 乡镇党委委员职数为7至9名: the body is named only before the post
    members = next(s for s in staffing if s["text"] == "7至9名")
    assert (members["body"], members["min"], members["max"]) == ("乡镇党委", 7, 9)
    # 2020年6月底前基本完成各项改革任务
    deadlines = [d for p in a.provisions for d in p.roles.get("deadlines", [])]
    assert [(d["text"], d["date"], d["relation"]) for d in deadlines] == [("2020年6月底前", "2020-06-30", "by")]


def test_lingwu_task_roles(pipeline: Pipeline) -> None:
    # (一)扩大乡镇政府服务管理权限 … 牵头单位:编办、法制办 / 配合单位:农牧局、安监局、住建局、环保局、公安局、
    # 民政局等相关部门 / 完成时限:2018年
    a = _analysis(pipeline, "lingwu-2018-township-service-plan")
    assert a.meta.date == "2018-04-28"
    first = next(p for p in a.provisions if p.section_path[-1:] == ("扩大乡镇政府服务管理权限",))
    assert first.roles["lead"] == ["编办", "法制办"]
    assert first.roles["cooperate"] == ["农牧局", "安监局", "住建局", "环保局", "公安局", "民政局"]
    assert [(d["text"], d["date"]) for d in first.roles["deadlines"]] == [("2018年", "2018-12-31")]
    # 3.巩固健全扶贫公共服务机制: 牵头单位:农牧局(扶贫办), 配合单位 wraps onto a second line
    third = next(p for p in a.provisions if p.section_path[-1:] == ("巩固健全扶贫公共服务机制",))
    assert third.roles["lead"] == ["农牧局", "扶贫办"]
    assert third.roles["cooperate"] == ["民政局", "人社局", "总工会", "妇联", "残联", "住建局", "国土局", "财政局"]
    # 完成时限:长期 → ongoing
    ongoing = [d for p in a.provisions for d in p.roles.get("deadlines", []) if d["relation"] == "ongoing"]
    assert len(ongoing) == 7 and all(d["date"] is None for d in ongoing)


def test_provisions_tile_no_boilerplate(pipeline: Pipeline) -> None:
    for stem in ("xinglong-2020-township-reform-plan", "lingwu-2018-township-service-plan"):
        a = _analysis(pipeline, stem)
        spans = sorted((p.start, p.end) for p in a.provisions)
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, (stem, (s1, e1), (s2, e2))
        for b in a.segmentation.boilerplate:
            assert not any(p.start <= b.start < p.end for p in a.provisions), (stem, a.document.text[b.start:b.end])
