"""``iter_json`` writes a record's JSON in pieces, byte for byte what ``json.dumps`` writes."""

from __future__ import annotations

import json

from policyie.extraction.record_json import iter_json
from policyie.records import Document


def test_same_text_as_json_dumps_for_an_analysis(pipeline):
    text = ("兴隆县深化乡镇改革方案\n一、总体要求\n坚持“精简、统一、效能”的原则。\n（一）组建乡镇综合行政执法队，"
            "人员编制不少于10名，2020年6月底前完成。\n牵头单位：县委编办、县司法局\n")
    record = pipeline.analyse(Document("d", text)).to_json()
    assert record["entities"] and record["provisions"] and record["sections"]
    pieces = list(iter_json(record))
    assert "".join(pieces) == json.dumps(record, ensure_ascii=False)
    assert len(pieces) > len(record["provisions"])  # really in pieces, one per item at least


def test_edge_values():
    for rec in ({}, {"a": []}, {"a": [1]}, {"a": [[], {}], "b": {"c": [1.5, None, True]}, "e": "引号\"与\\n"},
                {"error": {"kind": "read", "message": "空文件"}, "entities": []}):
        assert "".join(iter_json(rec)) == json.dumps(rec, ensure_ascii=False), rec
