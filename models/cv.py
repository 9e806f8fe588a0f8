"""The comparison table: rules / transformer / spaCy / hybrid.

    python -m policyie.models.cv [--k 5] [--seed 13] [--no-spacy] [--retrain]
    policyie train cv

1. **Document-level k-fold cross-validation** on the labelled set (dev set + ``corpora/gold``,
   17 documents): every document is predicted by a model that did not see it.
   * rules: ``policyie evaluate --model rules`` on each document (they do not train; note
     that they were written while looking at these documents, so their figure is optimistic);
   * transformer: the out-of-fold predictions of the fold models that ``policyie train
     hybrid`` trained (``models/artifacts/hybrid/oof.jsonl``), or retrained here;
   * spaCy: ``policyie.models.spacy_ner.fit`` on the training folds, the same folds;
   * hybrid: nested: for each held-out fold the per-type combination is chosen on the other
     folds' out-of-fold predictions only, then applied to the held-out fold.
   Scores are pooled over the folds (strict P/R/F1 per type and micro, ``evaluate``).
2. **Out of genre**: the shipped artifacts, the rules and the hybrid on ``corpora/gold-check``
   (5 regulations and work reports that no model and no rule was tuned on; used only here).

Writes ``models/cards/evaluation.md`` and ``evaluation.json``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
import time
from pathlib import Path
from typing import Any, Mapping, Sequence

from policyie import paths
from policyie.records import LABELS, Document, Mention

CARDS = paths.REPO_ROOT / "models" / "cards"
MODEL_ROWS = ("rules", "transformer", "spacy", "hybrid")


def _say(msg: str) -> None:
    print(f"policyie cv: {msg}", file=sys.stderr, flush=True)


def _mention(d: dict) -> Mention:
    return Mention(d["label"], d["start"], d["end"], d["text"], d.get("normalized"), d.get("source", ""))


def scores(report: Any) -> dict:
    """Per type and micro: counts and strict P/R/F1, value accuracy."""
    out = {}
    for row in (*report.labels, report.micro):
        s = row.strict
        out[row.label] = {"gold": row.counts.gold, "predicted": row.counts.predicted, "correct": row.counts.correct,
                          "p": s.precision, "r": s.recall, "f1": s.f1, "value_accuracy": row.value_accuracy}
    return out


def _gold_docs(labelled: Sequence[Any]) -> list:
    from policyie.evaluation.gold import GoldDocument

    return [GoldDocument(g.doc_id, g.text, {}, tuple(g.meta["gold_mentions"]), g.meta.get("source", ""))
            for g in labelled]


def _read_oof(path: Path) -> tuple[dict[str, list[Mention]], dict[str, list[Mention]], dict[str, list[float]]]:
    rules, model, conf = {}, {}, {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            rules[r["doc_id"]] = [_mention(m) for m in r["rules"]]
            model[r["doc_id"]] = [_mention(m) for m in r["transformer"]]
            conf[r["doc_id"]] = [m.get("confidence", 1.0) for m in r["transformer"]]
    return rules, model, conf


def _spacy_oof(labelled: Sequence[Any], fl: Sequence[Sequence[str]], seed: int) -> dict[str, list[Mention]] | None:
    try:
        from policyie.models import spacy_ner as S

        fit, LabelledDoc, Model = S.fit, S.LabelledDoc, S.SpacyMentionModel
    except (ImportError, AttributeError) as e:
        _say(f"spacy: no cross-validation ({e})")
        return None
    docs = {g.doc_id: LabelledDoc(g.doc_id, g.text, tuple(g.meta["gold_mentions"]), g.ref_date) for g in labelled}
    preds: dict[str, list[Mention]] = {}
    t0 = time.perf_counter()
    for n, held in enumerate(fl):
        train = [docs[d] for d in docs if d not in set(held)]
        nlp, _rep, _facts = fit(train, seed=seed)
        model = Model(nlp)
        for g in labelled:
            if g.doc_id in held:
                preds[g.doc_id] = model.predict(Document(g.doc_id, g.text, g.meta.get("source", "")), g.ref_date)
        _say(f"spacy fold {n + 1}/{len(fl)} ({time.perf_counter() - t0:.0f}s)")
    return preds


def cross_validate(*, seed: int = 13, k: int | None = None, artifacts: Path | None = None, spacy: bool = True,
                   retrain: bool = False, quick: bool = False) -> dict:
    """The k-fold table (see the module docstring) as a dict of per-model score tables."""
    from policyie.evaluation.scoring import evaluate
    from policyie.models import train as T
    from policyie.models.hybrid import nested_cv
    from policyie.models.registry import artifacts_root

    root = Path(artifacts) if artifacts else artifacts_root()
    cfg, plan = T.settings(quick, seed)
    if k:
        plan.k = k
    oof_path = root / "hybrid" / "oof.jsonl"
    info_path = root / "hybrid" / "hybrid.json"
    data = None
    if not retrain and oof_path.is_file() and info_path.is_file():
        from policyie.models.weak import gold_documents

        info = json.loads(info_path.read_text(encoding="utf-8"))
        if quick:
            data = T.load_data(cfg, plan, quick=True, log=_say)
            labelled = data.gold
        else:
            labelled = gold_documents()
        fl = info["folds"]
        rules, model, conf = _read_oof(oof_path)
        missing = {g.doc_id for g in labelled} - set(model)
        if missing or info.get("quick") != quick:
            _say(f"the saved out-of-fold predictions do not cover the labelled set; retraining ({sorted(missing)[:3]})")
            retrain = True
        else:
            _say(f"transformer: out-of-fold predictions of {oof_path} ({len(fl)} folds)")
    else:
        retrain = True
    if retrain:
        data = data or T.load_data(cfg, plan, quick=quick, log=_say)
        labelled = data.gold
        base = T.train_base(cfg, plan, data, quick=quick, log=_say)
        fl, model, conf = T.out_of_fold(base, cfg, plan, data, log=_say, quick=quick)
        rules = T.rule_predictions(labelled)
    gold = _gold_docs(labelled)
    table: dict[str, Any] = {"rules": scores(evaluate(gold, rules)), "transformer": scores(evaluate(gold, model))}
    if spacy:
        sp = _spacy_oof(labelled, fl, seed)
        if sp is not None:
            table["spacy"] = scores(evaluate(gold, sp))
    hyb, choices = nested_cv(gold, fl, rules, model, conf)
    table["hybrid"] = scores(evaluate(gold, hyb))
    return {"k": len(fl), "folds": fl, "documents": len(gold), "table": table, "hybrid_choices": choices}


def out_of_genre(*, artifacts: Path | None = None) -> dict:
    """Scores of rules and of the shipped models on ``corpora/gold-check``."""
    from policyie.batch import make_pipeline
    from policyie.evaluation.gold import GoldSourceMissing, load_gold
    from policyie.evaluation.scoring import evaluate
    from policyie.models.registry import ModelUnavailable, load_model
    from policyie.extraction.pipeline import Pipeline

    try:
        gold = load_gold(paths.REPO_ROOT / "corpora" / "gold-check")
    except GoldSourceMissing as e:
        return {"error": str(e)}
    root = Path(artifacts) if artifacts else None
    shown = "models/artifacts" if root is None else str(root)
    out: dict[str, Any] = {"documents": len(gold), "table": {}, "artifacts": shown}
    for name in MODEL_ROWS:
        try:
            pipe = make_pipeline("rules") if name == "rules" else Pipeline(model=load_model(name, root=artifacts))
        except ModelUnavailable as e:
            _say(f"out of genre: {name}: {e}")
            continue
        preds = {g.doc_id: list(pipe.analyse(Document(g.doc_id, g.text, g.source)).mentions) for g in gold}
        out["table"][name] = scores(evaluate(gold, preds))
    return out


# --------------------------------------------------------------------------- report


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def markdown_table(table: Mapping[str, Mapping[str, dict]]) -> str:
    models = [m for m in MODEL_ROWS if m in table]
    head = "| type | gold | " + " | ".join(f"{m} P | {m} R | {m} F1" for m in models) + " |"
    sep = "|---|---:|" + "---:|" * (3 * len(models))
    lines = [head, sep]
    for label in (*LABELS, "micro"):
        first = table[models[0]].get(label, {})
        cells = []
        for m in models:
            s = table[m].get(label, {})
            cells += [_f(s.get("p")), _f(s.get("r")), _f(s.get("f1"))]
        name = f"**{label}**" if label == "micro" else label
        lines.append(f"| {name} | {first.get('gold', 0)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_report(cv: dict, oog: dict, out_dir: Path = CARDS, *, extra: str = "") -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "evaluation.json").write_text(json.dumps({"cv": cv, "out_of_genre": oog}, ensure_ascii=False, indent=1,
                                                        default=str), encoding="utf-8")
    parts = [
        "# Evaluation of the learned models",
        "",
        f"Generated by `python -m policyie.models.cv` on {datetime.date.today().isoformat()}. Strict scores: same type "
        "and same span (`policyie.evaluation.scoring.evaluate`).",
        "",
        f"## Document-level {cv['k']}-fold cross-validation ({cv['documents']} labelled documents: dev set + corpora/gold)",
        "",
        "Each document is predicted by a model trained without it. The rules are not trained, but they were written "
        "on these documents, so their row is an in-sample figure. The hybrid row is nested: each fold's per-type "
        "combination was chosen on the other folds only.",
        "",
        markdown_table(cv["table"]),
        "",
        "Folds: " + "; ".join(", ".join(f) for f in cv["folds"]),
        "",
        "Per-fold hybrid choices (type → strategy, only those other than `rules`): "
        + "; ".join(", ".join(f"{k}:{v}" for k, v in c.items() if v != "rules") or "all rules"
                    for c in cv["hybrid_choices"]),
        "",
    ]
    if "table" in oog:
        parts += [
            f"## Out of genre: corpora/gold-check ({oog['documents']} documents, never used for training or choices)",
            "",
            f"The artifacts in `{oog.get('artifacts', 'models/artifacts')}` (trained on all labelled documents) and the rules.",
            "",
            markdown_table(oog["table"]),
            "",
        ]
    else:
        parts += ["## Out of genre", "", f"Not available: {oog.get('error')}", ""]
    if extra:
        parts += [extra, ""]
    path = out_dir / "evaluation.md"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def run_cv(*, seed: int = 13, quick: bool = False, artifacts: Path | None = None, k: int | None = None,
           spacy: bool = True, retrain: bool = False, out_dir: Path | None = None) -> Path:
    t0 = time.perf_counter()
    cv = cross_validate(seed=seed, k=k, artifacts=artifacts, spacy=spacy and not quick, retrain=retrain, quick=quick)
    oog = out_of_genre(artifacts=artifacts)
    path = write_report(cv, oog, out_dir or (Path(artifacts) / "cards-quick" if quick and artifacts else CARDS))
    _say(f"{path} ({time.perf_counter() - t0:.0f}s)")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m policyie.models.cv", description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--k", type=int, default=None)
    ap.add_argument("--no-spacy", dest="spacy", action="store_false")
    ap.add_argument("--retrain", action="store_true", help="retrain the transformer folds instead of reading oof.jsonl")
    ap.add_argument("--artifacts", default=None)
    ap.add_argument("--out", default=None, help="folder for evaluation.md/json (default models/cards)")
    a = ap.parse_args(argv)
    path = run_cv(seed=a.seed, k=a.k, spacy=a.spacy, retrain=a.retrain,
                  artifacts=Path(a.artifacts) if a.artifacts else None, out_dir=Path(a.out) if a.out else None)
    print(path.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
