"""The jieba+jionlp baseline."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from policyie.evaluation.gold import GoldDocument
from policyie.evaluation.peers import (JiebaJionlpPeer, PeerUnavailable, deadline_value,
                                       peer_predictions, reference_time)
from policyie.records import check_mentions

TEXT = "兴隆县人民政府要求县司法局于6月底前完成，2021年至2023年持续推进，每年6月底和12月底前报送。"


def gold(text: str = TEXT, date: str | None = "2020-04-26") -> GoldDocument:
    return GoldDocument("t", text, {"date": date} if date else {}, (), "test")


@pytest.mark.parametrize("surface, detail, expected", [
    ("2020年6月底前", {"type": "time_span", "time": ["2020-04-26 00:00:00", "2020-06-30 23:59:59"]},
     {"date": "2020-06-30", "precision": "month", "relation": "by", "recurring": False}),
    ("2018年", {"type": "time_point", "time": ["2018-01-01 00:00:00", "2018-12-31 23:59:59"]},
     {"date": "2018-12-31", "precision": "year", "relation": "by", "recurring": False}),
    ("5月上旬", {"type": "time_span", "time": ["2018-05-01 00:00:00", "2018-05-10 23:59:59"]},
     {"date": "2018-05-10", "precision": "xun", "relation": "by", "recurring": False}),
    ("2021年至2023年", {"type": "time_span", "time": ["2021-01-01 00:00:00", "2023-12-31 23:59:59"]},
     {"date": "2023-12-31", "precision": "period", "relation": "during", "recurring": False}),
    ("每年6月底", {"type": "time_period", "time": {"delta": {"year": 1},
                                              "point": {"time": ["2020-06-25 00:00:00", "2020-06-30 23:59:59"]}}},
     {"date": "2020-06-30", "precision": "month", "relation": "by", "recurring": True}),
    ("2022年6月起", {"type": "time_span", "time": ["2022-06-01 00:00:00", "inf"]}, None),
    ("12天", {"type": "time_delta", "time": {"day": 12.0}}, None),
])
def test_deadline_value(surface, detail, expected):
    assert deadline_value(surface, detail) == expected


def test_reference_time():
    assert reference_time(gold(date="2020-04-26")) == {"year": 2020, "month": 4, "day": 26}
    assert reference_time(gold(date="2020")) == {"year": 2020}
    assert reference_time(gold("2017年以来，2019年底前完成", date=None)) == {"year": 2019}
    assert reference_time(gold("无年份", date=None)) is None


def test_missing_jionlp_gives_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "jionlp", None)  # makes `import jionlp` fail
    with pytest.raises(PeerUnavailable, match=r"policyie\[peers\]"):
        peer_predictions(gold())


def test_peer_on_a_small_text():
    pytest.importorskip("jionlp")
    mentions = peer_predictions(gold())
    check_mentions(TEXT, mentions, where="peer")
    assert {x.source for x in mentions} <= {"peer.jieba", "peer.jionlp"}
    assert all(x.label == ("ORG" if x.source == "peer.jieba" else "DEADLINE") for x in mentions)
    by_text = {x.text: x for x in mentions if x.label == "DEADLINE"}
    # a year left out is the document's year
    assert by_text["6月底前"].normalized == {"date": "2020-06-30", "precision": "month",
                                             "relation": "by", "recurring": False}
    assert by_text["2021年至2023年"].normalized["date"] == "2023-12-31"


def test_peer_without_a_reference_year_gives_no_values():
    pytest.importorskip("jionlp")
    mentions = JiebaJionlpPeer().deadlines("请于6月底前完成。", None)
    assert [(x.text, x.normalized) for x in mentions] == [("6月底前", None)]


def test_banner_stays_off_stdout(tmp_path):
    pytest.importorskip("jionlp")
    f = tmp_path / "g.jsonl"
    f.write_text(json.dumps({"id": "t", "text": TEXT, "meta": {"date": "2020-04-26"}, "entities": []},
                            ensure_ascii=False) + "\n", encoding="utf-8")
    code = ("import sys; from policyie.evaluation.cli import evaluate_cli; "
            f"sys.exit(evaluate_cli([{str(f)!r}], as_json=True, peers=True))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)  # nothing but the JSON on stdout
    assert data["peers"]["jieba+jionlp"]["micro"]["counts"]["predicted"] > 0


@pytest.mark.shared
def test_peer_on_a_dev_document(devset):
    pytest.importorskip("jionlp")
    doc = next(d for d in devset if d.doc_id == "xinglong-2020-township-reform-plan")
    mentions = peer_predictions(doc)
    assert mentions
    check_mentions(doc.text, mentions, where=doc.doc_id)
    for x in mentions:
        assert doc.text[x.start:x.end] == x.text
    due = [x for x in mentions if x.text == "2020年6月底前"]
    assert due and due[0].normalized["date"] == "2020-06-30"
