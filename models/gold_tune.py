"""The character tagger fine-tuned on gold labels, from a masked-LM pretrained encoder.

* ``tune``: the tagger (``ModernBertForTokenClassification``) initialised with the encoder
  written by ``policyie train pretrain`` (``policyie.models.pretrain``), or from scratch with
  ``init=None`` (the ablation), trained on the gold documents only: the dev set and
  ``corpora/gold`` (``policyie.models.weak.gold_documents``).  ``corpora/gold-check`` and
  ``corpora/gold-unseen`` are never read here: they are the evaluation sets.
* ``out_of_fold``: document-level k-fold predictions on the training gold (each document
  predicted by a tagger that did not see it), with each span's confidence; the hybrid's
  per-type strategy and confidence threshold are chosen on them (``policyie.models.hybrid.choose``),
  so the evaluation sets play no part in any choice.
* ``ablation``: rules, the weak-label tagger, the gold-tuned tagger from scratch and from the
  pretrained encoder, and the hybrid, scored on the evaluation sets exactly as
  ``policyie evaluate --model …`` scores them (``Pipeline(model=…).analyse``).
"""

from __future__ import annotations

import dataclasses
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from policyie.models.char_tagger import CharTagger, CharVocab, LabelledText, TaggerConfig, examples_of


@dataclass
class TunePlan:
    """Fine-tuning schedule (the defaults are the shipped run's)."""

    steps: int = 200
    fold_steps: int = 200
    lr: float = 2e-3
    batch_size: int = 16
    max_len: int = 128  # windows of the tagger (the encoder saw 256: rotary positions carry over)
    dropout: float = 0.1
    k: int = 3


QUICK_PLAN = TunePlan(steps=3, fold_steps=2, batch_size=4, max_len=64, k=2)


def _say(msg: str) -> None:
    import sys

    print(f"policyie train: {msg}", file=sys.stderr, flush=True)


def tune(gold: Sequence[LabelledText], vocab: CharVocab, cfg: TaggerConfig, *, init: Mapping[str, Any] | None,
         steps: int, lr: float, seed_offset: int = 0, log: Callable[[str], None] | None = None) -> CharTagger:
    """A tagger trained on ``gold`` from ``init`` (an encoder state dict) or from scratch."""
    from policyie.models.char_tagger import train_tagger

    ex = examples_of(gold, vocab, cfg)
    model = train_tagger([(ex, 1.0)], vocab, cfg, steps=steps, init=dict(init) if init is not None else None,
                         lr=lr, seed_offset=seed_offset, log=log)
    return CharTagger(model, vocab, cfg)


def _documents(gold: Sequence[LabelledText]):  # noqa: ANN202
    from policyie.records import Document

    return [Document(g.doc_id, g.text, g.meta.get("source", "")) for g in gold]


def out_of_fold(gold: Sequence[LabelledText], vocab: CharVocab, cfg: TaggerConfig, plan: TunePlan, *,
                init: Mapping[str, Any] | None, log: Callable[[str], None] = _say
                ) -> tuple[list[list[str]], dict[str, list], dict[str, list[float]]]:
    """(folds, validated tagger mentions per document from the fold model that did not see
    it, their confidences)."""
    from policyie.models.train import folds

    fl = folds(gold, plan.k, cfg.seed)
    preds: dict[str, list] = {}
    conf: dict[str, list[float]] = {}
    t0 = time.perf_counter()
    for n, held in enumerate(fl):
        held_set = set(held)
        train = [g for g in gold if g.doc_id not in held_set]
        tagger = tune(train, vocab, cfg, init=init, steps=plan.fold_steps, lr=plan.lr, seed_offset=100 + n)
        test = [g for g in gold if g.doc_id in held_set]
        for g, scored in zip(test, tagger.predict_scored(_documents(test), [g.ref_date for g in test])):
            preds[g.doc_id] = [m for m, _c in scored]
            conf[g.doc_id] = [round(c, 4) for _m, c in scored]
        log(f"fold {n + 1}/{len(fl)}: {len(train)} training documents, {len(held)} held out "
            f"({time.perf_counter() - t0:.0f}s)")
    return fl, preds, conf


# --------------------------------------------------------------------------- evaluation


EVAL_SETS = ("corpora/gold-check", "corpora/gold-unseen")


def eval_sets() -> dict[str, list]:
    """The evaluation sets as ``GoldDocument`` lists (files present now; skipped when their
    texts are not available)."""
    from policyie import paths
    from policyie.evaluation.gold import GoldSourceMissing, load_gold

    out = {}
    for name in EVAL_SETS:
        try:
            out[name] = load_gold(paths.REPO_ROOT / name)
        except GoldSourceMissing:
            continue
    return out


def predict_set(model: Any, gold: Sequence[Any]) -> dict[str, tuple]:
    """What ``policyie evaluate --model …`` predicts: ``Pipeline(model=…).analyse`` per text
    (``model=None``: the rules)."""
    from policyie.extraction.pipeline import Pipeline
    from policyie.records import Document

    pipe = Pipeline(model=model)
    return {g.doc_id: tuple(pipe.analyse(Document(g.doc_id, g.text, g.source)).mentions) for g in gold}


def score_table(gold: Sequence[Any], preds: Mapping[str, Sequence]) -> dict:
    from policyie.evaluation.scoring import evaluate
    from policyie.models.cv import scores

    return scores(evaluate(gold, preds))


def ablation(rows: Mapping[str, Any], sets: Mapping[str, Sequence[Any]] | None = None, *,
             log: Callable[[str], None] = _say) -> dict:
    """``{set: {row: per-type scores}}`` for the models in ``rows`` (name → model, None = rules)."""
    sets = sets if sets is not None else eval_sets()
    out: dict = {}
    for set_name, gold in sets.items():
        out[set_name] = {"documents": len(gold), "rows": {}}
        for name, model in rows.items():
            t0 = time.perf_counter()
            out[set_name]["rows"][name] = score_table(gold, predict_set(model, gold))
            micro = out[set_name]["rows"][name]["micro"]
            log(f"{set_name}: {name}: P {_f(micro['p'])} R {_f(micro['r'])} F1 {_f(micro['f1'])} "
                f"({time.perf_counter() - t0:.0f}s)")
    return out


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def markdown(result: Mapping[str, Any]) -> str:
    """Micro rows per set and model, then per type P/R/F1 for each set."""
    from policyie.records import LABELS

    lines: list[str] = []
    for set_name, block in result.items():
        rows = block["rows"]
        lines += [f"### {set_name} ({block['documents']} documents)", "",
                  "| model | P | R | F1 | value acc. |", "|---|---:|---:|---:|---:|"]
        for name, t in rows.items():
            m = t["micro"]
            lines.append(f"| {name} | {_f(m['p'])} | {_f(m['r'])} | {_f(m['f1'])} | {_f(m.get('value_accuracy'))} |")
        lines += ["", "Per type, strict P / R / F1:", "",
                  "| type | gold | " + " | ".join(rows) + " |", "|---|---:|" + "---|" * len(rows)]
        for label in LABELS:
            first = next(iter(rows.values())).get(label, {})
            cells = [f"{_f(t.get(label, {}).get('p'))} / {_f(t.get(label, {}).get('r'))} / "
                     f"{_f(t.get(label, {}).get('f1'))}" for t in rows.values()]
            lines.append(f"| {label} | {first.get('gold', 0)} | " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines)


def write(result: Mapping[str, Any], out_dir: Path, *, meta: Mapping[str, Any] | None = None) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "ablation.json").write_text(json.dumps({"meta": dict(meta or {}), "sets": result}, indent=1,
                                                      ensure_ascii=False, default=str), encoding="utf-8")
    path = out_dir / "ablation.md"
    path.write_text("# Ablation: rules and character taggers on the evaluation sets\n\n"
                    + ("Settings: `" + json.dumps(dict(meta or {}), ensure_ascii=False, default=str) + "`\n\n")
                    + markdown(result), encoding="utf-8")
    return path


def plan_json(plan: TunePlan) -> dict:
    return dataclasses.asdict(plan)
