"""The spaCy NER pipeline: character tokens, values on spans, the shipped artifact, quick training."""

from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from policyie.models import spacy_ner  # noqa: E402
from policyie.models.spacy_ner import (  # noqa: E402
    VALUE_LABELS,
    CharTokenizer,
    SpacyMentionModel,
    chunk_spans,
    normalize_span,
    train_spacy,
)
from policyie.paths import REPO_ROOT, SAMPLES_DIR  # noqa: E402
from policyie.records import LABELS, Document, check_span  # noqa: E402

ARTIFACT = REPO_ROOT / "models" / "artifacts" / "spacy"


@pytest.fixture(scope="module")
def shipped():
    if not (ARTIFACT / "config.cfg").is_file():
        pytest.fail(f"the shipped spaCy artifact is missing: {ARTIFACT} (run `policyie train spacy`)")
    mp = pytest.MonkeyPatch()
    mp.setenv("HF_HUB_OFFLINE", "1")
    mp.setenv("TRANSFORMERS_OFFLINE", "1")
    try:
        yield SpacyMentionModel.load(ARTIFACT)
    finally:
        mp.undo()


def test_character_tokens_keep_every_offset() -> None:
    from spacy.vocab import Vocab

    tok = CharTokenizer(Vocab())
    text = "冀办字〔2020〕5号，人员编制不少于10名；ABC区  县委编办"
    doc = tok(text)
    assert doc.text == text
    words = [t.text for t in doc]
    assert words[:4] == ["冀", "办", "字", "〔"]
    assert "2020" in words and "10" in words and "ABC" in words and "  " in words
    # every character boundary outside a letter/digit run is a token boundary
    for s, e in [(0, 11), (16, 22), (4, 8), (23, 27), (29, 33)]:
        assert doc.char_span(s, e, alignment_mode="strict") is not None, text[s:e]


def test_chunks_tile_and_never_cut_a_kept_span() -> None:
    text = "一、总体要求。\n按照“依法下放。宜放则放”原则，组建执法队。人员编制不少于10名！\n\n完"
    keep = [(text.index("依法"), text.index("”原则"))]
    chunks = chunk_spans(text, max_len=8, keep_whole=keep)
    assert all(text[s:e].strip() == text[s:e] and e > s for s, e in chunks)
    assert all(b[0] >= a[1] for a, b in zip(chunks, chunks[1:]))
    assert "".join(text[s:e] for s, e in chunks) == "".join(text.split())
    assert any(s <= keep[0][0] and keep[0][1] <= e for s, e in chunks)


@pytest.mark.parametrize(
    ("text", "label", "span", "value"),
    [
        ("人员编制不少于10名", "STAFFING", "不少于10名", {"min": 10, "max": None, "unit": "名", "approx": False}),
        ("至少有1名专职人员", "STAFFING", "1名", {"min": 1, "max": None, "unit": "名", "approx": False}),
        ("设置工作机构7个", "ITEM_COUNT", "7个", {"value": 7, "unit": "个"}),
        ("按照“依法下放、宜放则放”原则", "PRINCIPLE", "依法下放、宜放则放", ["依法下放", "宜放则放"]),
        ("根据冀办字〔2020〕5号文件", "DOC_NO", "冀办字〔2020〕5号", {"issuer_code": "冀办字", "year": 2020, "number": 5}),
        ("在2020年6月底前完成", "DEADLINE", "2020年6月底前",
         {"date": "2020-06-30", "precision": "month", "relation": "by", "recurring": False}),
        ("本方案于5月上旬制定", "DEADLINE", "5月上旬",
         {"date": "2018-05-10", "precision": "xun", "relation": "by", "recurring": False}),
        ("完成时限:长期", "DEADLINE", "长期", {"date": None, "precision": "period", "relation": "ongoing", "recurring": False}),
    ],
)
def test_values_come_from_the_rules_on_the_span(text: str, label: str, span: str, value) -> None:
    start = text.index(span)
    keep, got = normalize_span(Document("d", text), label, start, start + len(span), "2018-04-28")
    assert keep and got == value


@pytest.mark.parametrize(
    ("text", "label", "span"),
    [("人员编制", "STAFFING", "编制"), ("设置工作机构", "ITEM_COUNT", "机构"),
     ("尽快完成", "DEADLINE", "尽快"), ("根据文件", "DOC_NO", "文件")],
)
def test_value_types_without_a_value_are_dropped(text: str, label: str, span: str) -> None:
    start = text.index(span)
    assert normalize_span(Document("d", text), label, start, start + len(span)) == (False, None)


def test_org_and_titles_need_no_value() -> None:
    assert normalize_span(Document("d", "县委编办"), "ORG", 0, 4) == (True, None)
    assert normalize_span(Document("d", "《方案》"), "DOC_TITLE", 1, 3) == (True, None)


def test_shipped_model_predicts_valid_spans_offline(shipped: SpacyMentionModel) -> None:
    assert shipped.name == "spacy"
    for path in sorted(SAMPLES_DIR.glob("*.txt"))[:3]:
        text = path.read_text(encoding="utf-8")
        doc = Document(path.stem, text)
        mentions = shipped.predict(doc, "2020")
        assert mentions, path.name
        for m in mentions:
            check_span(text, m.start, m.end, m.text, where=path.name)
            assert m.label in LABELS and m.source == "model.spacy"
            if m.label in VALUE_LABELS:
                assert m.normalized is not None, m


def test_shipped_model_finds_the_xinglong_entities(shipped: SpacyMentionModel) -> None:
    text = (SAMPLES_DIR / "xinglong-2020-township-reform-plan.txt").read_text(encoding="utf-8")
    found = {(m.label, m.text) for m in shipped.predict(Document("x", text), "2020-04-26")}
    assert ("STAFFING", "不少于10名") in found
    assert ("ORG", "乡镇综合行政执法队") in found


def test_doc_ents_carry_labels_and_normalized_values(shipped: SpacyMentionModel) -> None:
    from spacy.tokens import Span

    nlp = shipped.nlp
    assert Span.has_extension("normalized")
    doc = nlp("组建乡镇综合行政执法队，人员编制不少于10名。2020年6月底前基本完成各项改革任务。")
    assert doc.ents
    for ent in doc.ents:
        assert ent.label_ in LABELS
        if ent.label_ in VALUE_LABELS:
            assert ent._.normalized is not None
    # the normaliser component on its own: values set, value types without one dropped
    doc = nlp.make_doc("人员编制不少于10名，编制")
    doc.ents = [doc.char_span(4, 10, label="STAFFING"), doc.char_span(11, 13, label="STAFFING")]
    doc = nlp.get_pipe(spacy_ner.NORMALIZER_NAME)(doc)
    assert [(e.text, e._.normalized["min"]) for e in doc.ents] == [("不少于10名", 10)]


def test_quick_training_writes_a_loadable_pipeline(tmp_path: Path) -> None:
    out = train_spacy(tmp_path, seed=0, quick=True)
    assert out == tmp_path / "spacy" and (out / "config.cfg").is_file()
    model = SpacyMentionModel.load(tmp_path)
    text = "组建乡镇综合行政执法队，人员编制不少于10名。"
    for m in model.predict(Document("t", text)):
        check_span(text, m.start, m.end, m.text)
