"""The fast segmenter (rjieba where it cuts as jieba does) gives jieba's words and the
same records.

``WordSegmenter()`` sends a window to rjieba only when it holds no character on which the
two may differ; ``WordSegmenter(engine="jieba")`` is jieba alone, the reference.
"""

from __future__ import annotations

import json

import pytest

from policyie.extraction.words import WordSegmenter

rjieba = pytest.importorskip("rjieba", reason="rjieba not installed: WordSegmenter uses jieba alone")

# Windows where jieba's Python code and rjieba 0.2.2 cut differently (found over the corpora):
# jieba splits a hyphen between Latin letters or digits, rjieba keeps one token.
DIFFERENT_IN_RJIEBA = ["X-FLASH放疗技术等46项科技成果转", "组建3-5"]
WINDOWS = [
    "组建乡镇综合行政执法队", "配合单位:农牧局、住建局", "县（市、区）人民政府", "由羊口镇政府负责",
    "中共兴隆县委", "河南省第十二届人民代表大会常务委员会", "乡村规划建设监督管理办公室",
    "2020年6月底前", "人员编制不少于10名", "村(居)民委员会", "ＡＢＣ协会", "\u3400\u9fa6局",
    *DIFFERENT_IN_RJIEBA,
]


@pytest.fixture(scope="module")
def segmenters() -> tuple[WordSegmenter, WordSegmenter]:
    return WordSegmenter(), WordSegmenter(engine="jieba")


def test_the_fast_segmenter_is_in_use(segmenters):
    fast, _ = segmenters
    assert fast._fast is not None
    assert WordSegmenter(engine="jieba")._fast is None


def test_rjieba_alone_differs_where_the_router_sends_to_jieba(segmenters):
    """The router is needed: rjieba by itself cuts these windows otherwise (so the test
    below would catch a router that sent everything to rjieba)."""
    fast, ref = segmenters
    for w in DIFFERENT_IN_RJIEBA:
        assert fast._fast.cut(w, True) != ref.tokenizer.lcut(w, HMM=True), w


@pytest.mark.parametrize("window", WINDOWS)
def test_same_words_as_jieba(segmenters, window):
    fast, ref = segmenters
    assert list(fast.words(window, 7)) == list(ref.words(window, 7))


def test_domain_words_keep_jieba_frequencies(segmenters):
    fast, ref = segmenters
    assert fast.cut("综合行政执法队") == ref.cut("综合行政执法队")
    extra = WordSegmenter(extra_words=("兴隆县深改办",))
    assert extra.cut("兴隆县深改办") == ["兴隆县深改办"] == WordSegmenter(("兴隆县深改办",), engine="jieba").cut("兴隆县深改办")


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="engine"):
        WordSegmenter(engine="pkuseg")


@pytest.mark.shared
@pytest.mark.slow
def test_records_and_window_words_identical_on_the_corpora():
    """Every third document of the corpora: the same record with either segmenter, and
    the same words for every window the ORG extractor asks about."""
    from policyie.corpora.readers import iter_input_paths, read_document
    from policyie.extraction.pipeline import Pipeline
    from policyie.paths import shared_missing, shared_root

    shared_dir = shared_root()
    if shared_dir is None:
        pytest.skip(shared_missing())
    paths = list(iter_input_paths([shared_dir / "corpus", shared_dir / "seeds"]))[::3]
    assert len(paths) > 600
    fast, ref = WordSegmenter(), WordSegmenter(engine="jieba")
    asked: list[str] = []
    cut = fast.cut

    def recording_cut(text: str) -> list[str]:
        asked.append(text)
        return cut(text)

    fast.cut = recording_cut  # type: ignore[method-assign]
    a, b = Pipeline(fast), Pipeline(ref)
    for p in paths:
        doc = read_document(p)
        ra = json.dumps(a.analyse(doc).to_json(), ensure_ascii=False)
        rb = json.dumps(b.analyse(doc).to_json(), ensure_ascii=False)
        assert ra == rb, p
    assert len(asked) > 50_000
    differing = [w for w in set(asked) if cut(w) != ref.cut(w)]
    assert differing == []
