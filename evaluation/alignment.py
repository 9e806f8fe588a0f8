"""Scoring measure alignment and divergences against hand-aligned document pairs.

Gold format (``corpora/align-gold/*.jsonl``), one document pair per line; the texts stay
in the corpus, the gold holds pointers (path relative to the corpus root, and the sha256
of the text, which is how the documents are found in a store whatever their path):

```json
{"pair_id": "zhiyuan-zj-hn", "family": "志愿服务条例",
 "doc_a": {"path": "regulations/zhejiang/浙江省志愿服务条例(2018-07-27).txt", "sha256": "…"},
 "doc_b": {"path": "regulations/henan/河南省志愿服务条例(2018-11-30).txt", "sha256": "…"},
 "links": [{"a": [1393, 1408], "b": [1187, 1201], "relation": "same-measure",
            "fields": [{"field": "item_count", "a": "7", "b": "7"}]}]}
```

Scoring works like :mod:`evaluation.scoring` does for entities: a predicted pair matches a
gold link *strictly* when both spans are equal, *partially* when both overlap.  Precision
counts the predicted pairs between the two documents of a gold pair; recall is given per
gold relation.  A predicted divergence is right when its pair matches a gold link that
has a difference in the same field; recall and precision are per field, with the lists
of misses and false reports.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import pandas as pd

__all__ = ["GoldField", "GoldLink", "GoldDoc", "GoldPair", "load_alignment_gold", "AlignmentGoldError",
           "gold_store", "score_alignment", "AlignmentScores", "RELATIONS"]

RELATIONS = ("duplicate", "same-measure")
_FIELDS = ("staffing", "deadline", "bodies", "principle", "item_count", "modality", "threshold", "amount")


class AlignmentGoldError(ValueError):
    """A gold file that cannot be read: the message names the file, the line and the problem."""


@dataclass(frozen=True)
class GoldField:
    field: str
    a: str
    b: str


@dataclass(frozen=True)
class GoldLink:
    a: tuple[int, int]
    b: tuple[int, int]
    relation: str
    fields: tuple[GoldField, ...] = ()


@dataclass(frozen=True)
class GoldDoc:
    path: str
    sha256: str


@dataclass(frozen=True)
class GoldPair:
    pair_id: str
    family: str
    doc_a: GoldDoc
    doc_b: GoldDoc
    links: tuple[GoldLink, ...]


def _span(v, where: str) -> tuple[int, int]:
    if not (isinstance(v, list) and len(v) == 2 and all(isinstance(x, int) for x in v) and 0 <= v[0] < v[1]):
        raise AlignmentGoldError(f"{where}: a span must be [start, end] with 0 <= start < end, got {v!r}")
    return int(v[0]), int(v[1])


def load_alignment_gold(path: str | Path) -> list[GoldPair]:
    """Read a gold file; raises :class:`AlignmentGoldError` naming the file and line."""
    p = Path(path)
    if not p.is_file():
        raise AlignmentGoldError(f"{p}: no such gold file")
    out = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{p}:{n}"
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            raise AlignmentGoldError(f"{where}: not JSON ({e.msg})") from None
        try:
            docs = [GoldDoc(str(d[k]["path"]), str(d[k]["sha256"])) for k in ("doc_a", "doc_b")]
            links = []
            for link in d["links"]:
                rel = link["relation"]
                if rel not in RELATIONS:
                    raise AlignmentGoldError(f"{where}: unknown relation {rel!r} (one of {', '.join(RELATIONS)})")
                fields = []
                for f in link.get("fields", []):
                    if f["field"] not in _FIELDS:
                        raise AlignmentGoldError(f"{where}: unknown field {f['field']!r} (one of {', '.join(_FIELDS)})")
                    fields.append(GoldField(f["field"], str(f.get("a", "")), str(f.get("b", ""))))
                links.append(GoldLink(_span(link["a"], where), _span(link["b"], where), rel, tuple(fields)))
            out.append(GoldPair(str(d["pair_id"]), str(d.get("family", "")), docs[0], docs[1], tuple(links)))
        except (KeyError, TypeError) as e:
            raise AlignmentGoldError(f"{where}: missing or malformed key {e}") from None
    if not out:
        raise AlignmentGoldError(f"{p}: no document pairs in the gold file")
    return out


def gold_store(pairs: Sequence[GoldPair], root: str | Path, db: str | Path, *,
               extra: Iterable[str | Path] = (), progress: bool = False):
    """Ingest the gold documents (from ``root``) and ``extra`` documents into the store
    ``db``; returns the open connection and ``{sha256: doc_key}``.  A missing document or
    one whose text is not the one labelled raises :class:`AlignmentGoldError`."""
    from policyie.corpora.store import ingest_paths, open_store

    root = Path(root)
    paths = {}
    for gp in pairs:
        for d in (gp.doc_a, gp.doc_b):
            f = root / d.path
            if not f.is_file():
                raise AlignmentGoldError(f"{f}: gold document not found (pass the corpus root with --root)")
            paths[d.sha256] = str(f)
    con = open_store(db)
    ingest_paths(con, list(paths.values()) + [str(x) for x in extra], progress=progress)
    keys = dict(con.execute("SELECT content_hash, doc_key FROM documents").fetchall())
    for sha, f in paths.items():
        if sha not in keys:
            con.close()
            raise AlignmentGoldError(f"{f}: its text is not the labelled one (sha256 differs)")
    return con, keys


@dataclass
class AlignmentScores:
    """Counts, figures and lists of one scoring run (``strict`` and ``partial`` matching)."""

    n_gold: Counter = field(default_factory=Counter)
    found: dict = field(default_factory=lambda: {"strict": Counter(), "partial": Counter()})
    n_pred: int = 0
    correct: dict = field(default_factory=lambda: {"strict": 0, "partial": 0})
    relation_right: int = 0
    fields_gold: Counter = field(default_factory=Counter)
    fields_found: Counter = field(default_factory=Counter)
    fields_pred: Counter = field(default_factory=Counter)
    fields_correct: Counter = field(default_factory=Counter)
    missed: list = field(default_factory=list)
    spurious: list = field(default_factory=list)
    missed_fields: list = field(default_factory=list)
    spurious_fields: list = field(default_factory=list)

    def precision(self, mode: str = "strict") -> float:
        return self.correct[mode] / self.n_pred if self.n_pred else 0.0

    def recall(self, relation: str | None = None, mode: str = "strict") -> float:
        if relation is None:
            g = sum(self.n_gold.values())
            return sum(self.found[mode].values()) / g if g else 0.0
        return self.found[mode][relation] / self.n_gold[relation] if self.n_gold[relation] else 0.0

    def field_recall(self, fields: Sequence[str] | None = None) -> float:
        fs = fields or list(self.fields_gold)
        g = sum(self.fields_gold[f] for f in fs)
        return sum(self.fields_found[f] for f in fs) / g if g else 0.0

    def field_precision(self, fields: Sequence[str] | None = None) -> float:
        fs = fields or list(self.fields_pred)
        p = sum(self.fields_pred[f] for f in fs)
        return sum(self.fields_correct[f] for f in fs) / p if p else 0.0

    def to_json(self) -> dict:
        core = ["staffing", "deadline", "bodies", "principle"]
        return {
            "alignment": {
                "gold": dict(self.n_gold), "predicted": self.n_pred,
                **{mode: {"precision": round(self.precision(mode), 4), "recall": round(self.recall(None, mode), 4),
                          **{f"recall_{r}": round(self.recall(r, mode), 4) for r in RELATIONS}}
                   for mode in ("strict", "partial")},
                "relation_accuracy": round(self.relation_right / max(sum(self.found["strict"].values()), 1), 4),
            },
            "divergences": {
                "per_field": {f: {"gold": self.fields_gold[f], "found": self.fields_found[f],
                                  "predicted": self.fields_pred[f], "correct": self.fields_correct[f],
                                  "recall": round(self.fields_found[f] / self.fields_gold[f], 4) if self.fields_gold[f] else None,
                                  "precision": round(self.fields_correct[f] / self.fields_pred[f], 4) if self.fields_pred[f] else None}
                              for f in _FIELDS if self.fields_gold[f] or self.fields_pred[f]},
                "core_recall": round(self.field_recall(core), 4), "core_precision": round(self.field_precision(core), 4),
                "recall": round(self.field_recall(), 4), "precision": round(self.field_precision(), 4),
            },
            "missed": self.missed, "spurious": self.spurious,
            "missed_fields": self.missed_fields, "spurious_fields": self.spurious_fields,
        }


def _overlap(x: tuple[int, int], y: tuple[int, int]) -> bool:
    return x[0] < y[1] and y[0] < x[1]


def score_alignment(gold: Sequence[GoldPair], keys: dict[str, str], pairs: pd.DataFrame,
                    divergences: pd.DataFrame | None = None) -> AlignmentScores:
    """Score predicted ``pairs`` (doc_key_a/b, start_a/b, end_a/b, relation, text_a/b) and
    ``divergences`` (the same plus ``field``, ``value_a``, ``value_b``) against ``gold``;
    ``keys`` maps a gold document's sha256 to its doc_key in the store."""
    sc = AlignmentScores()
    div = divergences if divergences is not None else pd.DataFrame(
        columns=["doc_key_a", "doc_key_b", "unit_start_a", "unit_end_a", "unit_start_b", "unit_end_b", "field"])
    for gp in gold:
        ka, kb = keys[gp.doc_a.sha256], keys[gp.doc_b.sha256]
        pred = _oriented(pairs, ka, kb, "start", "end")
        dpred = _oriented(div, ka, kb, "unit_start", "unit_end")
        sc.n_pred += len(pred)
        gl = list(gp.links)
        for link in gl:
            sc.n_gold[link.relation] += 1
            for f in link.fields:
                sc.fields_gold[f.field] += 1
        matched_gold: dict[str, set[int]] = {"strict": set(), "partial": set()}
        for p in pred:
            hit = {mode: None for mode in ("strict", "partial")}
            for gi, link in enumerate(gl):
                if hit["strict"] is None and (p["a"], p["b"]) == (link.a, link.b):
                    hit["strict"] = gi
                if hit["partial"] is None and _overlap(p["a"], link.a) and _overlap(p["b"], link.b):
                    hit["partial"] = gi
            for mode in ("strict", "partial"):
                if hit[mode] is not None:
                    sc.correct[mode] += 1
                    matched_gold[mode].add(hit[mode])
            if hit["strict"] is not None and gl[hit["strict"]].relation == p["relation"]:
                sc.relation_right += 1
            if hit["strict"] is None:
                sc.spurious.append({"pair_id": gp.pair_id, "a": list(p["a"]), "b": list(p["b"]),
                                    "relation": p["relation"], "text_a": p["text_a"], "text_b": p["text_b"]})
        for mode in ("strict", "partial"):
            for gi in matched_gold[mode]:
                sc.found[mode][gl[gi].relation] += 1
        for gi, link in enumerate(gl):
            if gi not in matched_gold["strict"]:
                sc.missed.append({"pair_id": gp.pair_id, "a": list(link.a), "b": list(link.b), "relation": link.relation})
        # Divergences: a predicted (pair, field) is right when the gold link of its pair has that field.
        gold_fields = {(link.a, link.b): Counter(f.field for f in link.fields) for link in gl}
        seen: set = set()
        for d in dpred:
            sc.fields_pred[d["field"]] += 1
            key = (d["a"], d["b"])
            if gold_fields.get(key, Counter())[d["field"]] > 0 and (key, d["field"]) not in seen:
                sc.fields_correct[d["field"]] += 1
                sc.fields_found[d["field"]] += gold_fields[key][d["field"]]
                seen.add((key, d["field"]))
            elif (key, d["field"]) not in seen:
                sc.spurious_fields.append({"pair_id": gp.pair_id, "field": d["field"], "a": list(d["a"]),
                                           "b": list(d["b"]), "value_a": d.get("value_a"), "value_b": d.get("value_b")})
        for link in gl:
            for f in link.fields:
                if ((link.a, link.b), f.field) not in seen:
                    sc.missed_fields.append({"pair_id": gp.pair_id, "field": f.field, "a": list(link.a),
                                             "b": list(link.b), "value_a": f.a, "value_b": f.b})
    return sc


def _oriented(frame: pd.DataFrame, ka: str, kb: str, start: str, end: str) -> list[dict]:
    """Rows of ``frame`` between documents ``ka`` and ``kb``, as gold-oriented spans."""
    out = []
    if frame is None or frame.empty:
        return out
    for flip, (x, y) in ((False, (ka, kb)), (True, (kb, ka))):
        sub = frame[(frame["doc_key_a"] == x) & (frame["doc_key_b"] == y)]
        for r in sub.to_dict("records"):
            sa = (int(r[f"{start}_a"]), int(r[f"{end}_a"]))
            sb = (int(r[f"{start}_b"]), int(r[f"{end}_b"]))
            d = dict(r)
            d["a"], d["b"] = (sb, sa) if flip else (sa, sb)
            if flip:
                d["value_a"], d["value_b"] = r.get("value_b"), r.get("value_a")
                d["text_a"], d["text_b"] = r.get("text_b"), r.get("text_a")
            out.append(d)
    return out


def evaluate_compare(gold_path: str | Path, root: str | Path, *, extra: Iterable[str | Path] = (),
                     db: str | Path | None = None, model=None, progress: bool = False,
                     encoder: str | None = None) -> AlignmentScores:
    """Ingest the gold documents (and ``extra`` unrelated ones) into a store, run the
    comparison as a user would (families, weights and which documents pair over the whole
    store) and score it.  Only the labelled documents' pairs are aligned: each document pair
    is aligned on its own, so these come out as in a comparison of the whole store, and the
    extras' own families (unscored; an hour with the cross-encoder) are skipped.
    ``db`` keeps the store (a temporary one otherwise)."""
    import tempfile

    from policyie.compare import api

    gold = load_alignment_gold(gold_path)
    with tempfile.TemporaryDirectory() as tmp:
        con, keys = gold_store(gold, root, db or Path(tmp) / "eval.duckdb", extra=extra, progress=progress)
        try:
            labelled = [keys[d.sha256] for g in gold for d in (g.doc_a, g.doc_b)]
            result = api.comparison(con, model=model, encoder=encoder, among=labelled)
            return score_alignment(gold, keys, result.pairs, result.divergences)
        finally:
            con.close()


def extra_sample(folder: str | Path, n: int, exclude: Iterable[str | Path] = (), seed: int = 0) -> list[Path]:
    """A fixed sample of ``n`` documents under ``folder`` (sorted, then a seeded shuffle), not in ``exclude``."""
    import random

    from policyie.corpora.readers import iter_input_paths

    skip = {Path(p).resolve() for p in exclude}
    files = sorted(p for p in (Path(x) for x in iter_input_paths([str(folder)])) if p.resolve() not in skip)
    random.Random(seed).shuffle(files)
    return files[:n]


def format_report(sc: AlignmentScores, show: int = 10) -> str:
    """The scores as text: alignment by relation (strict and partial), divergences per field,
    then the first ``show`` misses and false reports of each kind."""
    j = sc.to_json()
    a = j["alignment"]
    lines = [f"alignment: {sum(sc.n_gold.values())} gold pairs "
             f"({', '.join(f'{r} {sc.n_gold[r]}' for r in RELATIONS)}), {sc.n_pred} predicted",
             f"{'':10s} {'precision':>9s} {'recall':>7s} {'dup':>7s} {'same-m.':>7s}"]
    for mode in ("strict", "partial"):
        m = a[mode]
        lines.append(f"{mode:10s} {m['precision']:9.3f} {m['recall']:7.3f} {m['recall_duplicate']:7.3f} "
                     f"{m['recall_same-measure']:7.3f}")
    lines.append(f"relation accuracy on matched pairs: {a['relation_accuracy']:.3f}")
    d = j["divergences"]
    lines += ["", f"divergences per field: {'gold':>5s} {'found':>5s} {'pred':>5s} {'right':>5s} {'recall':>7s} {'prec.':>7s}"]
    for f, v in d["per_field"].items():
        r = "-" if v["recall"] is None else f"{v['recall']:.3f}"
        p = "-" if v["precision"] is None else f"{v['precision']:.3f}"
        lines.append(f"  {f:20s} {v['gold']:5d} {v['found']:5d} {v['predicted']:5d} {v['correct']:5d} {r:>7s} {p:>7s}")
    lines.append(f"  staffing+deadline+bodies+principle: recall {d['core_recall']:.3f}, precision {d['core_precision']:.3f}; "
                 f"all fields: recall {d['recall']:.3f}, precision {d['precision']:.3f}")
    for title, items, keys in (("missed pairs", sc.missed, ("pair_id", "relation", "a", "b")),
                               ("false pairs", sc.spurious, ("pair_id", "relation", "text_a", "text_b")),
                               ("missed fields", sc.missed_fields, ("pair_id", "field", "value_a", "value_b")),
                               ("false fields", sc.spurious_fields, ("pair_id", "field", "value_a", "value_b"))):
        if items and show:
            lines += ["", f"{title} ({len(items)}, first {min(show, len(items))}):"]
            for it in items[:show]:
                lines.append("  " + " | ".join(str(it.get(k, ""))[:60] for k in keys))
    return "\n".join(lines) + "\n"


def evaluate_compare_cli(gold: str, *, root: str, as_json: bool = False, show: int = 10,
                         extra: str | None = None, n_extra: int = 200, encoder: str | None = None) -> int:
    """``policyie evaluate-compare``: 0 on success, 2 on a bad gold file or corpus root."""
    import sys

    try:
        pairs = load_alignment_gold(gold)
        docs = [Path(root) / d.path for g in pairs for d in (g.doc_a, g.doc_b)]
        more = extra_sample(extra, n_extra, exclude=docs) if extra else []
        sc = evaluate_compare(gold, root, extra=more, encoder=encoder)
    except AlignmentGoldError as e:
        print(f"policyie evaluate-compare: {e}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(sc.to_json(), ensure_ascii=False, indent=1))
    else:
        head = f"{gold}: {len(pairs)} document pairs" + (f", {len(more)} unrelated documents alongside" if more else "")
        sys.stdout.write(head + "\n" + format_report(sc, show))
    return 0
