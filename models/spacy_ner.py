"""A spaCy pipeline with a trained NER component: the second learned model.

For users who live in spaCy: ``SpacyMentionModel.load(dir).nlp`` is a ``Language`` whose
``Doc.ents`` carry the guideline labels (ORG, STAFFING, ITEM_COUNT, DEADLINE, PRINCIPLE,
DOC_NO, DOC_TITLE) and whose ``Span._.normalized`` holds the normalised value of the value
types (computed by the rule modules on the span; a value-type entity without a value is
dropped).  For policyie, ``SpacyMentionModel`` is a ``MentionModel``:
``predict(document, ref_date) -> list[Mention]`` with source ``"model.spacy"``.

Tokens are characters: a blank ``zh`` pipeline with ``policyie.char_tokenizer.v1``, where
each CJK character (and each punctuation mark) is one token, a run of ASCII or full-width
letters and digits is one token and a run of whitespace is one token.  Every gold span of
the labelled sets aligns with these tokens (``alignment_report``); jieba's words do not.

Training data: the labelled documents (``../shared/devset`` and ``corpora/gold``; never
``corpora/gold-check``), cut into short chunks at sentence ends, optionally with weak labels
from the rules (``Pipeline.rule_mentions``) on a fixed-seed sample of corpus chunks.

spaCy is imported only inside functions: importing this module costs nothing.
"""

from __future__ import annotations

import json
import random
import re
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from policyie import paths
from policyie.records import LABELS, Document, Mention

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

__all__ = [
    "SpacyMentionModel",
    "train_spacy",
    "normalize_span",
    "chunk_spans",
    "gold_documents",
    "alignment_report",
    "cross_validate",
]

NAME = "spacy"
SOURCE = "model.spacy"
TOKENIZER_NAME = "policyie.char_tokenizer.v1"
NORMALIZER_NAME = "policyie_normalizer"
#: Types whose mentions carry a normalised value: no value, no mention.
VALUE_LABELS = frozenset({"STAFFING", "ITEM_COUNT", "DEADLINE", "PRINCIPLE", "DOC_NO"})

#: One token: a run of ASCII / full-width letters and digits, a run of whitespace, or any
#: other single character.
TOKEN_RE = re.compile(r"[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+|\s+|.", re.S)

# Hyperparameters of the shipped model (chosen by the document-level CV in the card).
EPOCHS = 16
QUICK_EPOCHS = 2
DROPOUT = 0.2
MAX_CHUNK = 160
WEAK_CHUNKS = 600  # weak-label corpus chunks added to the gold (chosen by CV, see the card)


# --------------------------------------------------------------------------- tokenizer


class CharTokenizer:
    """Character tokens; runs of ASCII letters/digits and of whitespace stay whole.

    The Doc's text is the input exactly (``spaces`` are all False), so character offsets
    of the Doc are offsets of the text."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab

    def __call__(self, text: str):
        from spacy.tokens import Doc

        words = TOKEN_RE.findall(text)
        return Doc(self.vocab, words=words, spaces=[False] * len(words))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Any]:
        for t in texts:
            yield self(t)

    # nothing to save: the tokenizer is a regex
    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> "CharTokenizer":
        return self

    def to_disk(self, path: Any, **kwargs: Any) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)
        (Path(path) / "char_tokenizer.txt").write_text(TOKEN_RE.pattern, encoding="utf-8")

    def from_disk(self, path: Any, **kwargs: Any) -> "CharTokenizer":
        return self


_REGISTERED = False


def register() -> None:
    """Register the tokenizer, the normaliser component and ``Span._.normalized`` with spaCy
    (idempotent; called by ``load`` and ``train_spacy``, and by users before ``spacy.load``)."""
    global _REGISTERED
    from spacy.language import Language
    from spacy.tokens import Span
    from spacy.util import registry

    Span.set_extension("normalized", default=None, force=True)
    if _REGISTERED:
        return

    def create_tokenizer():  # noqa: ANN202 - spaCy's factory protocol
        def make(nlp):  # noqa: ANN001, ANN202
            return CharTokenizer(nlp.vocab)
        return make

    registry.tokenizers.register(TOKENIZER_NAME, func=create_tokenizer)
    if not Language.has_factory(NORMALIZER_NAME):
        Language.factory(NORMALIZER_NAME, func=_make_normalizer)
    _REGISTERED = True


def _make_normalizer(nlp: Any, name: str) -> "_Normalizer":
    return _Normalizer()


class _Normalizer:
    """Pipeline component after ``ner``: sets ``Span._.normalized`` on every entity and drops
    value-type entities whose span gives no value.  The reference date for deadlines is
    ``doc.user_data["ref_date"]`` when set (else the years the text mentions)."""

    def __call__(self, doc):  # noqa: ANN001, ANN204
        ref_date = doc.user_data.get("ref_date") if isinstance(doc.user_data, dict) else None
        document = Document("spacy-doc", doc.text)
        from policyie.models.validate import Validator

        validator = Validator(document, ref_date)
        kept = []
        values = []
        for ent in doc.ents:
            ok, value = normalize_span(document, ent.label_, ent.start_char, ent.end_char, ref_date, validator)
            if ok:
                kept.append(ent)
                values.append(value)
        doc.ents = kept
        for ent, value in zip(doc.ents, values):
            ent._.normalized = value
        return doc

    def to_disk(self, path: Any, **kwargs: Any) -> None:
        pass

    def from_disk(self, path: Any, **kwargs: Any) -> "_Normalizer":
        return self


# --------------------------------------------------------------------------- values


def normalize_span(document: Document, label: str, start: int, end: int, ref_date: str | None = None,
                   validator: Any = None) -> tuple[bool, Any]:
    """``(keep, value)`` for a predicted span, from the same validator the hybrid uses
    (``policyie.models.validate``): the rules' value for exactly this span, else the value
    the rule modules parse from the span.  ORG and DOC_TITLE carry no value (kept,
    ``None``); a value type without a value is not kept.

    >>> normalize_span(Document("d", "人员编制不少于10名"), "STAFFING", 4, 10)
    (True, {'min': 10, 'max': None, 'unit': '名', 'approx': False})
    >>> normalize_span(Document("d", "2020年6月底前完成"), "DEADLINE", 0, 9)[1]["date"]
    '2020-06-30'
    >>> normalize_span(Document("d", "人员编制"), "STAFFING", 0, 4)
    (False, None)
    """
    if label not in VALUE_LABELS:
        return True, None
    span = document.text[start:end]
    if not span.strip() or span != span.strip():
        return False, None
    if validator is None:
        from policyie.models.validate import Validator

        validator = Validator(document, ref_date)
    return validator.value(label, start, end)


# --------------------------------------------------------------------------- data


_SENT_END = re.compile(r"[。！？；!?;]+[”’」』)）]*|\n+")


def chunk_spans(text: str, max_len: int = MAX_CHUNK,
                keep_whole: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Half-open chunks of ``text``: sentences (cut after 。！？； and at line breaks) packed
    up to ``max_len`` characters; a cut never falls inside a span of ``keep_whole``.
    Chunks that are only whitespace are left out; the rest tile the text's non-blank parts.

    >>> chunk_spans("一。二。\\n三", max_len=2)
    [(0, 2), (2, 4), (5, 6)]
    """
    cuts = sorted({m.end() for m in _SENT_END.finditer(text)} | {len(text)})
    inside = [(s, e) for s, e in keep_whole]
    if inside:
        inside.sort()

        def blocked(c: int) -> bool:
            return any(s < c < e for s, e in inside)

        cuts = [c for c in cuts if not blocked(c)]
    pieces = []
    prev = 0
    for c in cuts:
        if c > prev:
            pieces.append((prev, c))
            prev = c
    out: list[tuple[int, int]] = []
    cur_s, cur_e = None, None
    for s, e in pieces:
        if cur_s is None:
            cur_s, cur_e = s, e
        elif e - cur_s <= max_len:
            cur_e = e
        else:
            out.append((cur_s, cur_e))
            cur_s, cur_e = s, e
    if cur_s is not None:
        out.append((cur_s, cur_e))
    result = []
    for s, e in out:
        # trim surrounding whitespace (never inside a kept span: whitespace is never labelled)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            result.append((s, e))
    return result


@dataclass
class LabelledDoc:
    """A text with its mentions, ready for chunking (gold or weak)."""

    doc_id: str
    text: str
    mentions: tuple[Mention, ...]
    ref_date: str | None = None
    weak: bool = False


@dataclass
class AlignmentReport:
    spans: int = 0
    misaligned: list[tuple[str, str, int, int, str]] = field(default_factory=list)
    overlapping: list[tuple[str, str, int, int, str]] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"spans": self.spans, "misaligned": [list(x) for x in self.misaligned],
                "overlapping_dropped": [list(x) for x in self.overlapping]}


def _shared_gold_paths() -> list[Path]:
    out = []
    shared = paths.shared_root()
    if shared is not None and (shared / "devset" / "devset.jsonl").is_file():
        out.append(shared / "devset" / "devset.jsonl")
    if paths.GOLD_DIR.is_dir():
        out.extend(sorted(p for p in paths.GOLD_DIR.glob("*.jsonl")))
    return out


def gold_documents() -> list[LabelledDoc]:
    """The training gold: the dev set and ``corpora/gold`` (never ``gold-check``).  A file
    whose texts are unavailable (no shared folder) is skipped with a warning."""
    from policyie.evaluation.gold import GoldSourceMissing, load_gold

    docs: list[LabelledDoc] = []
    for p in _shared_gold_paths():
        assert "gold-check" not in p.parts
        try:
            loaded = load_gold(p)
        except GoldSourceMissing as e:
            warnings.warn(f"spacy training: skipping {p.name}: {e}", stacklevel=2)
            continue
        for g in loaded:
            docs.append(LabelledDoc(g.doc_id, g.text, g.mentions, (g.meta or {}).get("date")))
    return docs


def weak_documents(n_chunks: int, seed: int) -> list[LabelledDoc]:
    """Weak labels: the rules' mentions (``Pipeline.rule_mentions``) on a fixed-seed sample of
    corpus chunks (regulations of every province and the 2024 reports, minus every labelled
    or check document).  Each chunk is one ``LabelledDoc``."""
    if n_chunks <= 0:
        return []
    shared = paths.shared_root()
    if shared is None:
        return []
    from policyie.corpora.metadata import extract_meta
    from policyie.corpora.readers import read_document
    from policyie.extraction.pipeline import Pipeline

    from policyie.models.weak import excluded_sources

    excluded, _titles = excluded_sources()  # labelled and check documents: never trained on, not even weakly
    files = sorted(p for p in (shared / "corpus").rglob("*.txt")
                   if str(p.relative_to(shared)) not in excluded)
    rng = random.Random(seed)
    rng.shuffle(files)
    pipe = Pipeline()
    out: list[LabelledDoc] = []
    for f in files:
        if len(out) >= n_chunks:
            break
        doc = read_document(f)
        if not doc.text or len(doc.text) > 200_000:
            continue
        ref = extract_meta(doc).date
        ms = pipe.rule_mentions(doc, ref)
        spans = chunk_spans(doc.text, keep_whole=[(m.start, m.end) for m in ms])
        rng.shuffle(spans)
        for s, e in spans[:3]:  # a few chunks per file, for variety
            inner = tuple(Mention(m.label, m.start - s, m.end - s, m.text, m.normalized, m.source)
                          for m in ms if s <= m.start and m.end <= e)
            out.append(LabelledDoc(f"weak:{f.relative_to(shared)}:{s}", doc.text[s:e], inner, ref, weak=True))
    return out[:n_chunks]


def _chunk_docs(docs: Sequence[LabelledDoc]) -> list[tuple[str, list[tuple[int, int, str]], str]]:
    """(chunk text, [(start, end, label)] relative to the chunk, doc_id) for every chunk."""
    out = []
    for d in docs:
        spans = chunk_spans(d.text, keep_whole=[(m.start, m.end) for m in d.mentions])
        ms = sorted(d.mentions, key=lambda m: (m.start, m.end))
        for s, e in spans:
            inner = [(m.start - s, m.end - s, m.label) for m in ms if s <= m.start and m.end <= e]
            out.append((d.text[s:e], inner, d.doc_id))
    return out


def _examples(nlp: "Language", chunks, report: AlignmentReport | None = None) -> list:
    from spacy.training import Example

    examples = []
    for text, ents, doc_id in chunks:
        doc = nlp.make_doc(text)
        spans = []
        last_end = -1
        for s, e, label in sorted(ents):
            if report is not None:
                report.spans += 1
            span = doc.char_span(s, e, label=label, alignment_mode="strict")
            if span is None:
                if report is not None:
                    report.misaligned.append((doc_id, label, s, e, text[s:e]))
                continue
            if s < last_end:
                if report is not None:
                    report.overlapping.append((doc_id, label, s, e, text[s:e]))
                continue
            spans.append(span)
            last_end = e
        ref = nlp.make_doc(text)
        ref.ents = [ref.char_span(sp.start_char, sp.end_char, label=sp.label_) for sp in spans]
        examples.append(Example(doc, ref))
    return examples


def alignment_report(docs: Sequence[LabelledDoc] | None = None) -> AlignmentReport:
    """Check that every gold span aligns with the character tokens
    (``Doc.char_span(alignment_mode="strict")``)."""
    import spacy

    register()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    report = AlignmentReport()
    _examples(nlp, _chunk_docs(gold_documents() if docs is None else docs), report)
    return report


# --------------------------------------------------------------------------- training


def _blank() -> "Language":
    import spacy

    register()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    nlp.add_pipe("ner")
    return nlp


def fit(docs: Sequence[LabelledDoc], *, seed: int, epochs: int = EPOCHS, dropout: float = DROPOUT,
        log: Any = None, on_epoch: Any = None) -> tuple["Language", AlignmentReport, dict]:
    """Train a fresh pipeline (tokenizer + ner) on ``docs``; returns it, the alignment
    report of the training spans and a few training facts.  ``on_epoch(n, nlp)`` is called
    after each epoch (the CV uses it to score several epoch counts in one run)."""
    from spacy.util import compounding, fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = _blank()
    ner = nlp.get_pipe("ner")
    for label in LABELS:
        ner.add_label(label)
    report = AlignmentReport()
    examples = _examples(nlp, _chunk_docs(docs), report)
    t0 = time.perf_counter()
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    losses_by_epoch = []
    for epoch in range(epochs):
        order = list(examples)
        rng.shuffle(order)
        losses: dict[str, float] = {}
        for batch in minibatch(order, size=compounding(4.0, 32.0, 1.001)):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
        losses_by_epoch.append(round(float(losses.get("ner", 0.0)), 2))
        if log:
            log(f"epoch {epoch + 1}/{epochs} loss {losses.get('ner', 0.0):.1f} ({time.perf_counter() - t0:.0f}s)")
        if on_epoch is not None:
            on_epoch(epoch + 1, nlp)
    nlp.add_pipe(NORMALIZER_NAME, last=True)
    facts = {"examples": len(examples), "epochs": epochs, "dropout": dropout, "seed": seed,
             "seconds": round(time.perf_counter() - t0, 1), "losses": losses_by_epoch}
    return nlp, report, facts


def train_spacy(out_dir: Path, *, seed: int, quick: bool) -> Path:
    """Train the spaCy NER pipeline and save it to ``out_dir/spacy``; returns that path.

    Full: every gold document (dev set + corpora/gold), ``EPOCHS`` epochs, plus
    ``WEAK_CHUNKS`` weak-label corpus chunks.  Quick (tests, smoke runs): one small gold
    document's first chunks, ``QUICK_EPOCHS`` epochs: seconds."""
    out = Path(out_dir) / NAME
    t0 = time.perf_counter()
    docs = gold_documents()
    if quick:
        docs = sorted(docs, key=lambda d: len(d.text))[:1] or [_TINY]
        docs = [LabelledDoc(d.doc_id, d.text[:3000], tuple(m for m in d.mentions if m.end <= 3000), d.ref_date)
                for d in docs]
        weak: list[LabelledDoc] = []
        epochs = QUICK_EPOCHS
    else:
        if not docs:
            raise RuntimeError("no gold documents found: the spaCy model trains on ../shared/devset and corpora/gold")
        weak = weak_documents(WEAK_CHUNKS, seed)
        epochs = EPOCHS
    nlp, report, facts = fit(docs + weak, seed=seed, epochs=epochs)
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    info = {
        "model": NAME, "quick": quick, "seed": seed,
        "documents": [d.doc_id for d in docs], "weak_chunks": len(weak),
        "gold_mentions": sum(len(d.mentions) for d in docs),
        "alignment": report.to_json(),
        "training": facts,
        "total_seconds": round(time.perf_counter() - t0, 1),
    }
    (out / "train-info.json").write_text(json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


_TINY = LabelledDoc(
    "tiny", "组建乡镇综合行政执法队，人员编制不少于10名。2020年6月底前完成。县委编办牵头。",
    (Mention("ORG", 2, 11, "乡镇综合行政执法队"), Mention("STAFFING", 16, 22, "不少于10名"),
     Mention("DEADLINE", 23, 32, "2020年6月底前"), Mention("ORG", 35, 39, "县委编办")),
    "2020",
)


# --------------------------------------------------------------------------- the model


class SpacyMentionModel:
    """The spaCy NER as a ``MentionModel``; ``nlp`` is the whole spaCy pipeline."""

    name = NAME

    def __init__(self, nlp: "Language") -> None:
        self.nlp = nlp

    @classmethod
    def load(cls, dir: Path) -> "SpacyMentionModel":  # noqa: A002 - the interface's name
        """Load from ``dir`` (the folder ``train_spacy`` returned, or its parent)."""
        import spacy

        register()
        p = Path(dir)
        if not (p / "config.cfg").is_file() and (p / NAME / "config.cfg").is_file():
            p = p / NAME
        if not (p / "config.cfg").is_file():
            raise FileNotFoundError(f"no spaCy pipeline in {dir} (run `policyie train spacy`)")
        return cls(spacy.load(p))

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """Raw NER spans (start, end, label) over a whole text, chunked as in training."""
        chunks = chunk_spans(text)
        out: list[tuple[int, int, str]] = []
        with self.nlp.select_pipes(enable=["ner"]):
            for (s, _e), doc in zip(chunks, self.nlp.pipe(text[a:b] for a, b in chunks)):
                for ent in doc.ents:
                    out.append((s + ent.start_char, s + ent.end_char, ent.label_))
        return out

    def predict(self, document: Document | str, ref_date: str | None = None) -> list[Mention]:
        if isinstance(document, str):
            document = Document("text", document)
        text = document.text
        from policyie.models.validate import Validator

        validator = Validator(document, ref_date)
        out = []
        for s, e, label in self.spans(text):
            keep, value = normalize_span(document, label, s, e, ref_date, validator)
            if keep:
                out.append(Mention(label, s, e, text[s:e], value, SOURCE))
        return out

    def __call__(self, text: str, ref_date: str | None = None):  # noqa: ANN204
        """The spaCy ``Doc`` of ``text`` (ents with labels and ``._.normalized``)."""
        doc = self.nlp.make_doc(text)
        if ref_date:
            doc.user_data["ref_date"] = ref_date
        for _name, proc in self.nlp.pipeline:
            doc = proc(doc)
        return doc


# --------------------------------------------------------------------------- evaluation


def _folds(docs: Sequence[LabelledDoc], k: int, seed: int) -> list[list[int]]:
    """Document-level folds balanced by text length (largest first into the lightest fold)."""
    rng = random.Random(seed)
    idx = list(range(len(docs)))
    rng.shuffle(idx)
    idx.sort(key=lambda i: -len(docs[i].text))
    folds: list[list[int]] = [[] for _ in range(k)]
    sizes = [0] * k
    for i in idx:
        j = min(range(k), key=lambda f: (sizes[f], len(folds[f])))
        folds[j].append(i)
        sizes[j] += len(docs[i].text)
    return folds


def _gold_of(docs: Sequence[LabelledDoc]) -> list:
    from policyie.evaluation.gold import GoldDocument

    return [GoldDocument(d.doc_id, d.text, {"date": d.ref_date}, tuple(d.mentions), d.doc_id) for d in docs]


def _scores(report: Any) -> dict:
    out = {}
    for row in (*report.labels, report.micro):
        s = row.strict
        out[row.label] = {"gold": row.counts.gold, "predicted": row.counts.predicted,
                          "p": _r(s.precision), "r": _r(s.recall), "f1": _r(s.f1),
                          "value_accuracy": _r(row.value_accuracy)}
    return out


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


def cross_validate(k: int = 5, *, seed: int = 0, epochs: int = EPOCHS, weak_chunks: int = 0,
                   checkpoints: Sequence[int] = (), log: Any = print) -> dict:
    """Document-level k-fold CV on the training gold: per-type strict P/R/F1 (pooled over
    folds, ``policyie.evaluation.scoring.evaluate``) of the model after ``epochs`` epochs
    (and after each epoch count in ``checkpoints``) and, for reference, of the rules on the
    same documents (the rules were written on them, so theirs is not a held-out figure)."""
    from policyie.evaluation.scoring import evaluate
    from policyie.extraction.pipeline import Pipeline

    docs = gold_documents()
    weak = weak_documents(weak_chunks, seed)
    folds = _folds(docs, k, seed)
    marks = sorted(set(checkpoints) | {epochs})
    preds: dict[int, dict[str, list[Mention]]] = {e: {} for e in marks}
    t0 = time.perf_counter()
    for n, fold in enumerate(folds):
        train = [d for i, d in enumerate(docs) if i not in fold]

        def score(epoch: int, nlp: Any, fold: list[int] = fold) -> None:
            if epoch in preds:
                model = SpacyMentionModel(nlp)
                for i in fold:
                    d = docs[i]
                    preds[epoch][d.doc_id] = model.predict(Document(d.doc_id, d.text), d.ref_date)

        fit(train + weak, seed=seed, epochs=epochs, on_epoch=score)
        if log:
            log(f"fold {n + 1}/{k}: {[docs[i].doc_id for i in fold]} ({time.perf_counter() - t0:.0f}s)")
    gold = _gold_of(docs)
    pipe = Pipeline()
    rules = {d.doc_id: pipe.rule_mentions(Document(d.doc_id, d.text), d.ref_date) for d in docs}
    return {
        "k": k, "seed": seed, "epochs": epochs, "weak_chunks": len(weak),
        "folds": [[docs[i].doc_id for i in f] for f in folds],
        "seconds": round(time.perf_counter() - t0, 1),
        "model": _scores(evaluate(gold, preds[epochs])),
        "by_epochs": {str(e): _scores(evaluate(gold, preds[e])) for e in marks},
        "rules_same_docs": _scores(evaluate(gold, rules)),
    }


def check_set_scores(model: SpacyMentionModel) -> dict:
    """Out-of-genre scores on ``corpora/gold-check`` (never trained or tuned on)."""
    from policyie.evaluation.gold import load_gold
    from policyie.evaluation.scoring import evaluate
    from policyie.extraction.pipeline import Pipeline

    gold = load_gold(paths.REPO_ROOT / "corpora" / "gold-check")
    preds = {g.doc_id: model.predict(Document(g.doc_id, g.text), (g.meta or {}).get("date")) for g in gold}
    pipe = Pipeline()
    rules = {g.doc_id: pipe.rule_mentions(Document(g.doc_id, g.text), (g.meta or {}).get("date")) for g in gold}
    return {"documents": len(gold), "model": _scores(evaluate(gold, preds)),
            "rules": _scores(evaluate(gold, rules))}


def _main(argv: Sequence[str] | None = None) -> None:  # pragma: no cover - a developer's tool
    """``python -m policyie.models.spacy_ner {train,cv,check,align} ...``: the runs behind the card."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m policyie.models.spacy_ner")
    ap.add_argument("what", choices=["train", "cv", "check", "align"])
    ap.add_argument("--out", type=Path, default=paths.REPO_ROOT / "models" / "artifacts")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--weak", type=int, default=0)
    ap.add_argument("--checkpoints", default="")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)
    if a.what == "train":
        result: Any = {"path": str(train_spacy(a.out, seed=a.seed, quick=a.quick))}
    elif a.what == "cv":
        result = cross_validate(a.k, seed=a.seed, epochs=a.epochs, weak_chunks=a.weak,
                                checkpoints=[int(x) for x in a.checkpoints.split(",") if x])
    elif a.what == "check":
        result = check_set_scores(SpacyMentionModel.load(a.out))
    else:
        result = alignment_report().to_json()
    text = json.dumps(result, ensure_ascii=False, indent=1)
    if a.json:
        a.json.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":  # pragma: no cover
    _main()
