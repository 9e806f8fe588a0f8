"""Pathological inputs cost about what ordinary text of the same length costs.

Each input below once made some stage super-linear: the quantity pattern re-read a run of
digits from every position (8,000 digits took 16 s), overlap resolution compared every
mention with every other (long lists of bodies and numbers), the principle heading
pattern re-read runs of blank lines from every line break.  Each is run through the whole
pipeline (analysis and the JSON record) next to ordinary text of the same length, in the
same test, and must cost at most ``RATIO`` times as much; a quadratic stage at this size
costs tens to hundreds of times more.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from policyie.records import Document

SIZE = 40_000  # characters per input: a quadratic stage shows, the test stays at a few seconds
RATIO = 5.0
DATA = Path(__file__).resolve().parents[1] / "data" / "reworded"

BODIES = ["省委编办", "省发展改革委", "省财政厅", "省人力资源社会保障厅", "省自然资源厅", "市司法局", "县农业农村局",
          "乡镇综合行政执法队", "街道党工委", "县市场监督管理局", "市生态环境局", "区应急管理局"]


def _fill(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _ordinary() -> str:
    """Made-up regulations of the test data, repeated: ordinary text with the usual mix of mentions."""
    text = "\n\n".join(p.read_text("utf-8") for p in sorted(DATA.glob("*.txt")))
    return _fill(text + "\n\n")


PATHOLOGICAL = {
    "digits": lambda: _fill("1234567890"),
    "digits with a unit at the end": lambda: _fill("1234567890")[:-1] + "名",
    "chinese numerals": lambda: _fill("一二三四五六七八九十百千万两〇"),
    "enumeration of bodies": lambda: "牵头单位：" + _fill("、".join(BODIES) + "、"),
    "bodies followed by posts": lambda: _fill("、".join(BODIES) + "主要负责人、"),
    # the principle heading pattern re-read a run of line breaks at each of them when the
    # run ended the text (a document padded with blank lines)
    "blank lines": lambda: "一、基本原则\n坚持依法行政的原则。" + "\n" * (SIZE - 17),
    "blank lines inside": lambda: "一、基本原则\n" + "\n" * (SIZE - 20) + "坚持依法行政的原则。",
    "white space lines": lambda: _fill("\n \u3000\t"),
    "list of numbers": lambda: "人员编制" + "".join(f"{i}名、" for i in range(1, 10_000))[:SIZE],
    "list of counts and dates": lambda: _fill("梳理职责163项、2020年6月底前、十五日内、"),
    "one long line without punctuation": lambda: _no_punctuation(_ordinary()),
    "headings only": lambda: _fill("第一章 总则\n第一条 \n（一）\n1.\n一是\n"),
    "unclosed book marks": lambda: _fill("《关于深化乡镇改革的\n"),
}


def _no_punctuation(text: str) -> str:
    drop = str.maketrans("", "", "，,。；;：:、！？!?\n\r“”《》（）()")
    return _fill(text.translate(drop))


def _cost(pipeline, text: str) -> float:
    """CPU seconds for the analysis and JSON record of ``text`` (best of two)."""
    best = float("inf")
    for _ in range(2):
        t = time.process_time()
        a = pipeline.analyse(Document("p", text))
        json.dumps(a.to_json(), ensure_ascii=False)
        best = min(best, time.process_time() - t)
    return best


@pytest.fixture(scope="module")
def ordinary_cost(pipeline) -> float:
    pipeline.analyse(Document("warm", "组建乡镇综合行政执法队。"))  # load jieba before timing
    return _cost(pipeline, _ordinary())


def test_inputs_have_the_stated_size():
    assert len(_ordinary()) == SIZE
    for name, make in PATHOLOGICAL.items():
        assert SIZE - 10 <= len(make()) <= SIZE + 10, name


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_costs_like_ordinary_text(pipeline, ordinary_cost, name):
    text = PATHOLOGICAL[name]()
    cost = _cost(pipeline, text)
    assert cost <= RATIO * max(ordinary_cost, 0.01), (
        f"{name}: {cost:.3f} s CPU for {len(text):,} chars, ordinary text {ordinary_cost:.3f} s")


def test_the_ratio_would_catch_a_quadratic_stage(pipeline, ordinary_cost):
    """The bound is not vacuous: a stage that re-reads the text from every digit (what the
    quantity pattern did) costs far more than RATIO times ordinary text at this size."""
    import re

    text = PATHOLOGICAL["digits"]()[:8_000]
    quadratic = re.compile(r"\d+(?:名|人)")  # the shape of the old pattern: no unit, re-read the run
    t = time.process_time()
    assert not list(quadratic.finditer(text))
    spent = time.process_time() - t
    assert spent > RATIO * max(ordinary_cost, 0.01) / 5  # a fifth of the length already costs this much
