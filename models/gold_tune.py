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
import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from policyie.models.char_tagger import CharTagger, CharVocab, LabelledText, TaggerConfig, examples_of


@dataclass
class TunePlan:
    """Fine-tuning schedule (the defaults are the shipped run's)."""

    steps: int = 400
    fold_steps: int = 400
    lr: float = 2e-3
    #: share of each batch drawn from the windows holding a mention of a value type (STAFFING,
    #: ITEM_COUNT, DEADLINE, PRINCIPLE, DOC_NO): only 287 of the 1,602 gold windows hold one,
    #: and without oversampling 200 steps from scratch taught ORG and titles only
    rare_weight: float = 0.5
    #: fold models trained at the same time (processes of one torch thread each)
    jobs: int = 3
    batch_size: int = 16
    max_len: int = 128  # windows of the tagger (the encoder saw 256: rotary positions carry over)
    dropout: float = 0.1
    k: int = 3


QUICK_PLAN = TunePlan(steps=3, fold_steps=2, batch_size=4, max_len=64, k=2, jobs=1)


def _say(msg: str) -> None:
    import sys

    print(f"policyie train: {msg}", file=sys.stderr, flush=True)


VALUE_TAGS = frozenset(("STAFFING", "ITEM_COUNT", "DEADLINE", "PRINCIPLE", "DOC_NO"))


def tune(gold: Sequence[LabelledText], vocab: CharVocab, cfg: TaggerConfig, *, init: Mapping[str, Any] | None,
         steps: int, lr: float, seed_offset: int = 0, rare_weight: float = 0.0,
         log: Callable[[str], None] | None = None) -> CharTagger:
    """A tagger trained on ``gold`` from ``init`` (an encoder state dict) or from scratch;
    ``rare_weight`` of each batch comes from windows with a value-type mention."""
    from policyie.models.char_tagger import TAG_ID, train_tagger

    ex = examples_of(gold, vocab, cfg)
    value_ids = {TAG_ID[f"B-{label}"] for label in VALUE_TAGS}
    rare = [e for e in ex if value_ids.intersection(e.tags)]
    rest = [e for e in ex if not value_ids.intersection(e.tags)]
    pools = [(rare, rare_weight), (rest, 1.0 - rare_weight)] if rare and 0 < rare_weight < 1 else [(ex, 1.0)]
    model = train_tagger(pools, vocab, cfg, steps=steps, init=dict(init) if init is not None else None,
                         lr=lr, seed_offset=seed_offset, log=log)
    return CharTagger(model, vocab, cfg)


def _documents(gold: Sequence[LabelledText]):  # noqa: ANN202
    from policyie.records import Document

    return [Document(g.doc_id, g.text, g.meta.get("source", "")) for g in gold]


def _fold(args: tuple) -> tuple[int, dict[str, list], dict[str, list[float]]]:
    """One fold: train without the held-out documents, predict them (run in a worker process)."""
    n, train, test, vocab, cfg, plan, init = args
    from policyie.models.char_tagger import set_threads

    set_threads(1)
    tagger = tune(train, vocab, cfg, init=init, steps=plan.fold_steps, lr=plan.lr, seed_offset=100 + n,
                  rare_weight=plan.rare_weight)
    preds, conf = {}, {}
    for g, scored in zip(test, tagger.predict_scored(_documents(test), [g.ref_date for g in test])):
        preds[g.doc_id] = [m for m, _c in scored]
        conf[g.doc_id] = [round(c, 4) for _m, c in scored]
    return n, preds, conf


def out_of_fold(gold: Sequence[LabelledText], vocab: CharVocab, cfg: TaggerConfig, plan: TunePlan, *,
                init: Mapping[str, Any] | None, log: Callable[[str], None] = _say
                ) -> tuple[list[list[str]], dict[str, list], dict[str, list[float]]]:
    """(folds, validated tagger mentions per document from the fold model that did not see
    it, their confidences).  ``plan.jobs`` folds train at the same time in worker processes
    (each result depends only on its fold and seed, not on the order)."""
    from policyie.models.train import folds

    fl = folds(gold, plan.k, cfg.seed)
    tasks = []
    for n, held in enumerate(fl):
        held_set = set(held)
        tasks.append((n, [g for g in gold if g.doc_id not in held_set], [g for g in gold if g.doc_id in held_set],
                      vocab, cfg, plan, dict(init) if init is not None else None))
    preds: dict[str, list] = {}
    conf: dict[str, list[float]] = {}
    t0 = time.perf_counter()
    if plan.jobs > 1 and len(tasks) > 1:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(min(plan.jobs, len(tasks)), mp_context=mp.get_context("spawn")) as ex:
            results = ex.map(_fold, tasks)
            for n, p, c in results:
                preds.update(p)
                conf.update(c)
                log(f"fold {n + 1}/{len(fl)}: {len(fl[n])} held out ({time.perf_counter() - t0:.0f}s)")
    else:
        for task in tasks:
            n, p, c = _fold(task)
            preds.update(p)
            conf.update(c)
            log(f"fold {n + 1}/{len(fl)}: {len(fl[n])} held out ({time.perf_counter() - t0:.0f}s)")
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
             sweep_row: str | None = None, log: Callable[[str], None] = _say) -> dict:
    """``{set: {row: per-type scores}}`` for the models in ``rows`` (name → model, None = rules);
    for the tagger named ``sweep_row``, the diagnostic threshold sweep (``sweep``) as well."""
    sets = sets if sets is not None else eval_sets()
    out: dict = {}
    for set_name, gold in sets.items():
        out[set_name] = {"documents": len(gold), "rows": {}, "gains": {}}
        kept: dict[str, dict] = {}
        for name, model in rows.items():
            t0 = time.perf_counter()
            kept[name] = predict_set(model, gold)
            out[set_name]["rows"][name] = score_table(gold, kept[name])
            if name != "rules" and "rules" in kept:
                out[set_name]["gains"][name] = gains(gold, kept["rules"], kept[name])
            if name == sweep_row and "rules" in kept:
                out[set_name]["sweep"] = sweep(gold, kept["rules"], model)
            micro = out[set_name]["rows"][name]["micro"]
            log(f"{set_name}: {name}: P {_f(micro['p'])} R {_f(micro['r'])} F1 {_f(micro['f1'])} "
                f"({time.perf_counter() - t0:.0f}s)")
    return out


def gains(gold: Sequence[Any], rules: Mapping[str, Sequence], other: Mapping[str, Sequence]) -> dict:
    """Per type, strict matches ``other`` has and the rules have not (``gained``), the reverse
    (``lost``), and predictions of ``other`` the rules do not make that match no gold (``new_wrong``)."""
    from policyie.records import LABELS

    out = {label: {"gained": 0, "lost": 0, "new_wrong": 0, "examples": []} for label in LABELS}
    for g in gold:
        truth = {(m.label, m.start, m.end) for m in g.mentions}
        r = {(m.label, m.start, m.end) for m in rules.get(g.doc_id, ())}
        o = {(m.label, m.start, m.end) for m in other.get(g.doc_id, ())}
        for key in sorted((o - r) & truth):
            out[key[0]]["gained"] += 1
            if len(out[key[0]]["examples"]) < 8:
                out[key[0]]["examples"].append(f"{g.doc_id}: {g.text[key[1]:key[2]]}")
        for key in (r - o) & truth:
            out[key[0]]["lost"] += 1
        for key in (o - r) - truth:
            out[key[0]]["new_wrong"] += 1
    return out


SWEEP = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98)


def sweep(gold: Sequence[Any], rules: Mapping[str, Sequence], tagger: CharTagger,
          taus: Sequence[float] = SWEEP) -> dict:
    """Diagnostic only, never a choice: per type and threshold τ, the strict P/R/F1 of
    ``union>τ`` for that type alone (the other types at ``rules``) on ``gold``."""
    from policyie.corpora.metadata import extract_meta
    from policyie.evaluation.scoring import evaluate
    from policyie.models.hybrid import combine
    from policyie.records import LABELS, Document

    docs = [Document(g.doc_id, g.text, g.source) for g in gold]
    scored = tagger.predict_scored(docs, [extract_meta(d).date for d in docs])
    model = {g.doc_id: [m for m, _c in s] for g, s in zip(gold, scored)}
    conf = {g.doc_id: [c for _m, c in s] for g, s in zip(gold, scored)}
    out: dict = {}
    for label in LABELS:
        out[label] = {}
        for tau in taus:
            how = f"union>{tau}" if tau else "union"
            preds = {g.doc_id: combine(rules.get(g.doc_id, ()), model[g.doc_id], {label: how}, conf[g.doc_id])
                     for g in gold}
            row = evaluate(gold, preds).label(label)
            out[label][how] = {"p": row.strict.precision, "r": row.strict.recall, "f1": row.strict.f1,
                               "predicted": row.counts.predicted, "correct": row.counts.correct}
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
        if block.get("sweep"):
            taus = list(next(iter(block["sweep"].values())))
            lines += ["Diagnostic, not used for any choice: rules plus the gold-tuned tagger's validated spans "
                      "that overlap no rule mention, with confidence ≥ τ, for one type at a time "
                      "(strict P / R / F1 of that type):", "",
                      "| type | " + " | ".join(taus) + " |", "|---|" + "---|" * len(taus)]
            for label, per in block["sweep"].items():
                lines.append(f"| {label} | " + " | ".join(f"{_f(v['p'])} / {_f(v['r'])} / {_f(v['f1'])}"
                                                          for v in per.values()) + " |")
            lines.append("")
        for name, per in block.get("gains", {}).items():
            lines += [f"Against the rules, {name}: strict matches gained / lost, new wrong predictions per type: "
                      + "; ".join(f"{label} +{v['gained']} / −{v['lost']} / {v['new_wrong']} wrong"
                                  for label, v in per.items() if v["gained"] or v["lost"] or v["new_wrong"]), ""]
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


def scratch_tagger(cfg: TaggerConfig, plan: TunePlan, gold: Sequence[LabelledText], vocab: CharVocab, *,
                   quick: bool, log: Callable[[str], None] = _say) -> CharTagger:
    """The ablation's gold tagger without pretraining (same vocabulary, size and schedule as
    the shipped one); cached outside the repository under a key of its settings and data."""
    from policyie.models.weak import cache_dir

    schedule = {k: v for k, v in plan_json(plan).items() if k != "jobs"}  # parallelism changes no weight
    h = hashlib.sha256(json.dumps({"cfg": cfg.to_json(), "plan": schedule}, sort_keys=True).encode())
    for g in gold:
        h.update(g.text.encode())
        h.update(repr(g.spans).encode())
    h.update("".join(vocab.itos).encode())
    d = cache_dir() / f"scratch-{h.hexdigest()[:20]}"
    if not quick and (d / "model.safetensors").is_file():
        log(f"scratch tagger: cached {d}")
        return CharTagger.load(d, threads=1)
    t0 = time.perf_counter()
    tagger = tune(gold, vocab, cfg, init=None, steps=plan.steps, lr=plan.lr, seed_offset=1,
                  rare_weight=plan.rare_weight, log=None if quick else log)
    log(f"scratch tagger: {plan.steps} steps ({time.perf_counter() - t0:.0f}s)")
    if not quick:
        tagger.save(d, extra={"labels": "gold", "pretrained": None, "seconds": round(time.perf_counter() - t0, 1)})
    return tagger


def run_ablation(out_dir: Path, *, seed: int, quick: bool, log: Callable[[str], None] = _say,
                 memo: dict | None = None, weak_dir: Path | None = None, cards: Path | None = None) -> Path:
    """The ablation table on the evaluation sets (``policyie.models.gold_tune.ablation``):
    rules; the weak-label tagger (``weak_dir``, when given); the gold-tuned tagger from scratch
    (trained here, same vocabulary and schedule) and from the pretrained encoder
    (``out_dir/transformer``); the hybrid (``out_dir/hybrid``) → ``cards/ablation.md``."""
    from policyie import paths
    from policyie.models.hybrid import HybridModel
    from policyie.models.train import _gold_setup

    t0 = time.perf_counter()
    cfg, plan, gold, vocab, init, pinfo = _gold_setup(out_dir, seed, quick, log, memo)
    rows: dict = {"rules": None}
    if weak_dir is not None and (Path(weak_dir) / "model.safetensors").is_file():
        rows["weak-label tagger"] = CharTagger.load(Path(weak_dir), threads=1)
    rows["gold tagger, scratch"] = scratch_tagger(cfg, plan, gold, vocab, quick=quick, log=log)
    rows["gold tagger, pretrained"] = CharTagger.load(Path(out_dir) / "transformer", threads=1)
    if (Path(out_dir) / "hybrid" / "hybrid.json").is_file():
        rows["hybrid"] = HybridModel.load(Path(out_dir) / "hybrid", transformer_dir=Path(out_dir) / "transformer",
                                          threads=1)
    sets = eval_sets()
    if quick:
        sets = {k: v[:1] for k, v in list(sets.items())[:1]}
    result = ablation(rows, sets, sweep_row="gold tagger, pretrained", log=log)
    meta = {"seed": seed, "quick": quick, "plan": plan_json(plan), "pretrained": pinfo,
            "tagger": cfg.to_json(), "seconds": round(time.perf_counter() - t0, 1)}
    cards_dir = cards or (Path(out_dir) / "cards-quick" if quick else paths.REPO_ROOT / "models" / "cards")
    path = write(result, cards_dir, meta=meta)
    log(f"ablation: {path} ({time.perf_counter() - t0:.0f}s)")
    return path
