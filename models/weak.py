"""Training data for the learned models: weak labels at scale, gold labels apart.

* **Weak labels**: ``Pipeline().rule_mentions`` (the rule extractors, overlaps resolved,
  with each document's own reference date from ``extract_meta``) over a fixed-seed sample of
  the unlabelled corpora in ``<shared>/corpus`` (local regulations of 7 provinces and the
  2024 government work reports, mixed in at one file in four; ``policyie.paths.shared_root()``),
  cut into windows of the tagger's length.  From each file at most ``per_file`` windows are
  kept: those with a STAFFING / ITEM_COUNT / DEADLINE / PRINCIPLE / DOC_NO mention first, then
  those with other mentions, then windows without any (each with probability
  ``neg_fraction``).  Every labelled document (dev set, ``corpora/gold``) and every check
  document (``corpora/gold-check``) is left out, with the other versions of the same
  regulation (same title, other date).
  Weak sets are cached outside the repository (``$POLICYIE_CACHE``, else
  ``$XDG_CACHE_HOME/policyie``, else ``~/.cache/policyie``) under a key made of the
  parameters, the corpus file list and a hash of the rule sources, so a change of the rules
  regenerates them; ``cache=False`` always regenerates.
* **Gold labels**: the dev set (``<shared>/devset/devset.jsonl``) and ``corpora/gold``, read
  with ``load_gold``; never ``corpora/gold-check``.
* **Unlabelled text** for masked-language-model pretraining (``unlabelled_texts``, used by
  ``python -m policyie.models.train mlm-check``; the shipped model does not use it): raw
  windows of the same files, in the same seeded order.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import time
from pathlib import Path
from typing import Callable, Iterable

from policyie import paths
from policyie.models.char_tagger import LabelledText, windows

CORPUS_DIRS = ("corpus/regulations", "corpus/gov-reports-2024/txt")
MAX_DOC_CHARS = 200_000
_VERSION = 2


def cache_dir() -> Path:
    """Where weak sets are cached: never inside the repository."""
    env = os.environ.get("POLICYIE_CACHE")
    if env:
        d = Path(env)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        d = Path(base) / "policyie"
    d = d.resolve()
    if paths.REPO_ROOT in d.parents or d == paths.REPO_ROOT:
        raise ValueError(f"the weak-label cache {d} must be outside the repository")
    return d


# --------------------------------------------------------------------------- gold


def _pointer_sources(folder: Path) -> set[str]:
    out: set[str] = set()
    for p in sorted(folder.glob("*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                src = json.loads(line).get("source")
                if src:
                    out.add(src)
    return out


def _title_key(path: str) -> str:
    """A regulation's title without its date: versions of one regulation share it."""
    stem = Path(path).stem
    return re.sub(r"[（(]\d{4}-\d\d-\d\d[)）]$", "", stem)


def excluded_sources() -> tuple[set[str], set[str]]:
    """(source paths, title keys) of every labelled, check and unseen document: never weakly
    labelled, never in masked-LM pretraining.  Every ``corpora/gold*`` folder is read at call
    time (gold, gold-check, gold-unseen, gold-fresh, gold-fresh2, …), so a set added later is
    excluded too."""
    srcs: set[str] = set(_pointer_sources(paths.GOLD_DIR))
    for folder in sorted((paths.REPO_ROOT / "corpora").glob("gold*")):
        if folder.is_dir():
            srcs |= _pointer_sources(folder)
    return srcs, {_title_key(s) for s in srcs}


def gold_paths() -> list[Path]:
    """The training gold: the dev set and ``corpora/gold`` (never ``gold-check``)."""
    out: list[Path] = []
    shared = paths.shared_root()
    if shared is not None and (shared / "devset" / "devset.jsonl").is_file():
        out.append(shared / "devset" / "devset.jsonl")
    out.extend(sorted(paths.GOLD_DIR.glob("*.jsonl")))
    return out


def load_labelled(gold_files: Iterable[Path | str]) -> list[LabelledText]:
    """Gold documents as ``LabelledText`` with the reference date ``policyie evaluate`` uses
    (``extract_meta`` of the document).  A file whose texts are not available is skipped."""
    from policyie.corpora.metadata import extract_meta
    from policyie.evaluation.gold import GoldSourceMissing, load_gold
    from policyie.records import Document

    out: list[LabelledText] = []
    for f in gold_files:
        try:
            docs = load_gold(f)
        except GoldSourceMissing:
            continue
        for g in docs:
            ref = extract_meta(Document(g.doc_id, g.text, g.source)).date
            out.append(LabelledText(g.doc_id, g.text, tuple((m.label, m.start, m.end) for m in g.mentions),
                                    ref, False, {"source": g.source, "gold_mentions": g.mentions}))
    return out


def gold_documents() -> list[LabelledText]:
    """The dev set and ``corpora/gold`` (17 documents with ``../shared``)."""
    return load_labelled(gold_paths())


# --------------------------------------------------------------------------- corpus


def corpus_files() -> list[Path]:
    """Corpus ``.txt`` files that may be weakly labelled (sorted; labelled ones removed)."""
    shared = paths.shared_root()
    if shared is None:
        return []
    srcs, titles = excluded_sources()
    files: list[Path] = []
    for d in CORPUS_DIRS:
        root = shared / d
        if root.is_dir():
            files.extend(p for p in root.rglob("*.txt") if p.is_file())
    keep = []
    for p in sorted(files):
        rel = str(p.relative_to(shared))
        if rel in srcs or _title_key(rel) in titles:
            continue
        keep.append(p)
    return keep


def rules_hash() -> str:
    """A hash of the rule sources (``extraction/``): weak labels, and so the models, depend on it."""
    h = hashlib.sha256()
    root = paths.REPO_ROOT / "extraction"
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in (".py", ".txt", ".json"):
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _key(kind: str, **params) -> str:
    files = corpus_files()
    h = hashlib.sha256(json.dumps({"v": _VERSION, "kind": kind, **params}, sort_keys=True).encode())
    h.update("\n".join(p.name for p in files).encode())
    if kind == "weak":
        h.update(rules_hash().encode())
    return h.hexdigest()[:20]


#: Types the rules find rarely in the corpus: windows with them are kept first.
RARE = frozenset({"STAFFING", "ITEM_COUNT", "DEADLINE", "PRINCIPLE", "DOC_NO"})


def _file_order(files: list[Path], seed: int, report_share: float = 0.25) -> list[Path]:
    """Files in a seeded order that mixes in the work reports at ``report_share`` (they are
    7% of the files but hold most of the counts and deadlines of the reform genre)."""
    rng = random.Random(seed)
    reports = [f for f in files if "gov-reports" in f.parts]
    others = [f for f in files if "gov-reports" not in f.parts]
    rng.shuffle(reports)
    rng.shuffle(others)
    out: list[Path] = []
    credit = 0.0
    while reports or others:
        credit += report_share
        if reports and (credit >= 1.0 or not others):
            out.append(reports.pop())
            credit -= 1.0
        elif others:
            out.append(others.pop())
    return out


def weak_windows(n_windows: int, *, seed: int, max_len: int = 128, overlap: int = 32, neg_fraction: float = 0.2,
                 per_file: int = 10, cache: bool = True, log: Callable[[str], None] | None = None) -> list[LabelledText]:
    """``n_windows`` weakly labelled windows (``LabelledText`` with ``weak=True``, spans
    relative to the window), reproducible from ``seed``.  From each file at most
    ``per_file`` windows: those with a mention of a ``RARE`` type first, then those with
    another mention, then (with probability ``neg_fraction`` each) windows without any."""
    if n_windows <= 0:
        return []
    files = corpus_files()
    if not files:
        return []
    params = dict(n=n_windows, seed=seed, max_len=max_len, overlap=overlap, neg=neg_fraction, per_file=per_file)
    path = cache_dir() / f"weak-{_key('weak', **params)}.jsonl"
    if cache and path.is_file():
        return _read(path)
    from policyie.corpora.metadata import extract_meta
    from policyie.corpora.readers import ReadError, read_document
    from policyie.extraction.pipeline import Pipeline

    t0 = time.perf_counter()
    rng = random.Random(seed)
    pipe = Pipeline()
    shared = paths.shared_root()
    out: list[LabelledText] = []
    chars = docs = 0
    for f in _file_order(files, seed):
        if len(out) >= n_windows:
            break
        try:
            doc = read_document(f)
        except ReadError:
            continue
        if not doc.text.strip() or len(doc.text) > MAX_DOC_CHARS:
            continue
        ref = extract_meta(doc).date
        ms = pipe.rule_mentions(doc, ref)
        docs += 1
        chars += len(doc.text)
        rare, common, neg = [], [], []
        for w in windows(doc.text, max_len, overlap, [(m.start, m.end) for m in ms]):
            touching = [m for m in ms if m.start < w.end and m.end > w.start]
            if any(m.label in RARE for m in touching):
                rare.append((w, touching))
            elif touching:
                common.append((w, touching))
            elif rng.random() < neg_fraction:
                neg.append((w, touching))
        for group in (rare, common, neg):
            rng.shuffle(group)
        picked = (rare + common + neg)[:per_file]
        rel = str(f.relative_to(shared)) if shared else f.name
        for w, touching in picked:
            # a mention crossing the window edge keeps its out-of-window offsets: encode_tags
            # masks it rather than teach half of it
            spans = tuple((m.label, m.start - w.start, m.end - w.start) for m in touching)
            out.append(LabelledText(f"weak:{rel}:{w.start}", doc.text[w.start:w.end], spans, ref, True))
    out = out[:n_windows]
    if log:
        from collections import Counter

        c = Counter(s[0] for x in out for s in x.spans)
        log(f"weak labels: {len(out)} windows from {docs} documents ({chars:,} chars read; mentions "
            + ", ".join(f"{k} {v}" for k, v in c.most_common()) + f") in {time.perf_counter() - t0:.1f}s")
    if cache:
        _write(path, out)
    return out


def unlabelled_texts(n_windows: int, *, seed: int, max_len: int = 128, skip: int = 0) -> list[str]:
    """Windows of raw corpus text for masked-language-model pretraining (no labels): from
    the files after the first ``skip`` of the seed's file order, so they need not repeat
    the weak-label windows."""
    files = corpus_files()
    if n_windows <= 0 or not files:
        return []
    from policyie.corpora.readers import ReadError, read_document

    rng = random.Random(seed + 7)
    order = _file_order(files, seed)
    out: list[str] = []
    for f in order[skip:] + order[:skip]:
        if len(out) >= n_windows:
            break
        try:
            text = read_document(f).text
        except ReadError:
            continue
        ws = windows(text, max_len, 0)
        rng.shuffle(ws)
        out.extend(text[w.start:w.end] for w in ws[:8])
    return out[:n_windows]


def _write(path: Path, items: list[LabelledText]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for x in items:
            f.write(json.dumps({"id": x.doc_id, "text": x.text, "spans": [list(s) for s in x.spans],
                                "ref_date": x.ref_date}, ensure_ascii=False) + "\n")
    tmp.replace(path)


def _read(path: Path) -> list[LabelledText]:
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            out.append(LabelledText(r["id"], r["text"], tuple((s[0], s[1], s[2]) for s in r["spans"]),
                                    r.get("ref_date"), True))
    return out
