"""``policyie train [pretrain|transformer|hybrid|ablation|spacy|topic|all|cv] --out DIR --seed N [--quick] [--budget MIN]``.

Every artifact is rebuilt from the repository and ``../shared`` with fixed seeds:

* ``pretrain`` (not part of ``all``: 40 minutes on the shared cores): masked-LM pretraining of
  the character encoder on the unlabelled corpora (``policyie.models.pretrain``) →
  ``DIR/pretrained``, by default outside the repository (``pretrain.default_dir()``,
  ``$POLICYIE_PRETRAINED``); ``--budget`` stops it after that many minutes with its best checkpoint.
* ``transformer``: the pretrained encoder fine-tuned on **gold labels only** (dev set +
  ``corpora/gold``; ``policyie.models.gold_tune``) → ``DIR/transformer``.
* ``hybrid``: the pretrained encoder fine-tuned once per fold of a document-level k-fold split
  of the training gold; each fold model predicts its held-out documents (out-of-fold, OOF); the
  per-type strategy and confidence threshold are chosen on the OOF predictions
  (``policyie.models.hybrid.choose``) → ``DIR/hybrid/hybrid.json`` and ``oof.jsonl`` (the OOF
  predictions of rules and transformer, read by ``policyie.models.cv``).
* ``ablation`` (not part of ``all``): rules, the weak-label tagger (``$POLICYIE_WEAK_TAGGER``, a
  tagger folder, when set), a gold tagger from scratch (trained here, cached), the gold tagger
  from the pretrained encoder and the hybrid of ``DIR`` on ``corpora/gold-check`` and
  ``corpora/gold-unseen`` → ``models/cards/ablation.md``.  The evaluation sets are read only here.
* ``spacy`` / ``topic``: ``policyie.models.spacy_ner.train_spacy`` and
  ``policyie.models.topic.train_topic`` (skipped with a message when not present).
* ``cv``: not a model: runs ``policyie.models.cv`` (the comparison table in
  ``models/cards/evaluation.md``).

The weak-label path (``load_data``, ``train_base``, ``fine_tune``, ``out_of_fold``: the rules'
own labels over the corpus, the shipped tagger until the gold-tuned one replaced it) stays for
``policyie.models.cv --retrain`` and ``mlm_check``.

``--quick`` trains tiny models on a few windows in seconds (for tests and smoke runs); it
never writes the caches.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from policyie.models.char_tagger import (
    CharTagger,
    CharVocab,
    LabelledText,
    TaggerConfig,
    examples_of,
)

WHICH = ("transformer", "hybrid", "spacy", "topic")
#: Not part of ``all``: the 40-minute pretraining and the ablation table over the evaluation sets.
EXTRA = ("pretrain", "ablation", "cv")


@dataclass
class Plan:
    """How much of everything: the shipped values are the defaults."""

    weak_windows: int = 12000
    mlm_windows: int = 0  # masked-LM pretraining did not pay for its time (see the card)
    base_steps: int = 1000
    fold_steps: int = 200
    final_steps: int = 200
    fine_lr: float = 2e-3
    gold_weight: float = 1.0
    weak_weight: float = 1.0
    k: int = 5


QUICK_CFG = TaggerConfig(hidden=32, layers=1, heads=2, intermediate=64, max_len=64, overlap=16, batch_size=8,
                         lr=3e-3, steps=4, threads=1)
QUICK_PLAN = Plan(weak_windows=24, base_steps=4, fold_steps=2, final_steps=2, k=2)


def _say(msg: str) -> None:
    print(f"policyie train: {msg}", file=sys.stderr, flush=True)


def settings(quick: bool, seed: int) -> tuple[TaggerConfig, Plan]:
    if quick:
        cfg, plan = dataclasses.replace(QUICK_CFG), dataclasses.replace(QUICK_PLAN)
    else:
        cfg, plan = TaggerConfig(threads=1), Plan()
    cfg.seed = seed
    return cfg, plan


# --------------------------------------------------------------------------- data


@dataclass
class Data:
    weak: list[LabelledText]
    unlabelled: list[str]
    gold: list[LabelledText]
    vocab: CharVocab


_QUICK_TEXT = ("组建乡镇综合行政执法队，人员编制不少于10名。2020年6月底前完成。县委编办牵头，县司法局配合。"
               "按照“依法下放、宜放则放”原则，梳理乡镇职责163项。根据冀办字〔2020〕5号，制定《兴隆县乡镇行政处罚事项清单》。")


def load_data(cfg: TaggerConfig, plan: Plan, *, quick: bool, log: Callable[[str], None] = _say) -> Data:
    from policyie.models import weak as W

    if quick:
        weak = W.weak_windows(plan.weak_windows, seed=cfg.seed, max_len=cfg.max_len, overlap=cfg.overlap,
                              cache=False)
        gold = sorted(W.gold_documents(), key=lambda g: len(g.text))[:2]
        gold = [LabelledText(g.doc_id, g.text[:1500], tuple(s for s in g.spans if s[2] <= 1500), g.ref_date, False,
                             {**g.meta, "gold_mentions": tuple(m for m in g.meta["gold_mentions"] if m.end <= 1500)})
                for g in gold]
        if not weak or len(gold) < 2:
            weak, gold = _quick_fallback(weak, gold)
    else:
        gold = W.gold_documents()
        if not gold:
            raise RuntimeError("no gold documents: the models train on ../shared/devset and corpora/gold "
                               "(set $POLICYIE_SHARED to the shared folder)")
        weak = W.weak_windows(plan.weak_windows, seed=cfg.seed, max_len=cfg.max_len, overlap=cfg.overlap, log=log)
        if not weak:
            raise RuntimeError("no corpus for weak labels: ../shared/corpus is missing")
    unlabelled = W.unlabelled_texts(plan.mlm_windows, seed=cfg.seed, max_len=cfg.max_len, skip=0) if plan.mlm_windows else []
    # the vocabulary comes from unlabelled and weakly labelled text only: a held-out gold
    # document's characters are not known to the model unless the corpus has them too
    vocab = CharVocab.build([w.text for w in weak] + unlabelled, min_freq=1 if quick else cfg.vocab_min_freq,
                            max_size=cfg.vocab_max)
    return Data(weak, unlabelled, gold, vocab)


def _quick_fallback(weak: list[LabelledText], gold: list[LabelledText]) -> tuple[list[LabelledText], list[LabelledText]]:
    """Without ../shared: the bundled samples, labelled by the rules, stand in for both."""
    from policyie.corpora.readers import read_document
    from policyie.extraction.pipeline import Pipeline
    from policyie.paths import SAMPLES_DIR
    from policyie.records import Document

    pipe = Pipeline()
    texts = [("quick", _QUICK_TEXT)]
    for p in sorted(SAMPLES_DIR.glob("*.txt"))[:2]:
        texts.append((p.stem, read_document(p).text[:1500]))
    docs = []
    for doc_id, text in texts:
        ms = pipe.rule_mentions(Document(doc_id, text), None)
        docs.append(LabelledText(doc_id, text, tuple((m.label, m.start, m.end) for m in ms), None, False,
                                 {"source": doc_id, "gold_mentions": tuple(ms)}))
    weak = weak or [dataclasses.replace(d, weak=True) for d in docs]
    gold = gold if len(gold) >= 2 else docs[:2]
    return weak, gold


# --------------------------------------------------------------------------- base model


def _base_key(cfg: TaggerConfig, plan: Plan, data: Data) -> str:
    h = hashlib.sha256(json.dumps({"cfg": cfg.to_json(), "weak": plan.weak_windows, "mlm": plan.mlm_windows,
                                   "base": plan.base_steps, "v": 1}, sort_keys=True).encode())
    for w in data.weak:
        h.update(w.text.encode())
        h.update(repr(w.spans).encode())
    h.update("".join(data.vocab.itos).encode())
    return h.hexdigest()[:20]


def train_base(cfg: TaggerConfig, plan: Plan, data: Data, *, quick: bool, log: Callable[[str], None] = _say) -> dict:
    """The tagger trained on weak labels only (after MLM pretraining when ``plan.mlm_windows``);
    its state dict, cached by key outside the repository (not in quick mode)."""
    from policyie.models import weak as W
    from policyie.models.char_tagger import mlm_pretrain, train_tagger

    key = _base_key(cfg, plan, data)
    path = W.cache_dir() / f"base-{key}.safetensors"
    if not quick and path.is_file():
        from safetensors.torch import load_file

        log(f"base tagger: cached {path}")
        return load_file(str(path))
    t0 = time.perf_counter()
    init = None
    if data.unlabelled and cfg.mlm_steps:
        init = mlm_pretrain(data.unlabelled, data.vocab, cfg, steps=cfg.mlm_steps, log=log)
        log(f"masked-LM pretraining: {cfg.mlm_steps} steps on {len(data.unlabelled)} windows "
            f"({time.perf_counter() - t0:.0f}s)")
    ex = examples_of(data.weak, data.vocab, cfg)
    model = train_tagger([(ex, 1.0)], data.vocab, cfg, steps=plan.base_steps, init=init, log=None if quick else log)
    state = {k: v.detach().clone().contiguous() for k, v in model.state_dict().items()}
    log(f"base tagger: {plan.base_steps} steps on {len(ex)} weak windows ({time.perf_counter() - t0:.0f}s)")
    if not quick:
        from safetensors.torch import save_file

        path.parent.mkdir(parents=True, exist_ok=True)
        save_file(state, str(path))
    return state


def fine_tune(base: dict, gold: Sequence[LabelledText], cfg: TaggerConfig, plan: Plan, data: Data, *,
              steps: int, seed_offset: int, log: Callable[[str], None] | None = None) -> CharTagger:
    """The base tagger trained further on ``gold`` mixed with the weak windows."""
    from policyie.models.char_tagger import train_tagger

    gex = examples_of(gold, data.vocab, cfg)
    wex = examples_of(data.weak, data.vocab, cfg)
    model = train_tagger([(gex, plan.gold_weight), (wex, plan.weak_weight)], data.vocab, cfg, steps=steps,
                         init=base, lr=plan.fine_lr, seed_offset=seed_offset, log=log)
    return CharTagger(model, data.vocab, cfg)


# --------------------------------------------------------------------------- folds


def folds(docs: Sequence[LabelledText], k: int, seed: int) -> list[list[str]]:
    """Document-level folds balanced by text length (shuffled with ``seed``, then the
    largest document first into the lightest fold)."""
    k = max(2, min(k, len(docs)))
    rng = random.Random(seed)
    idx = list(range(len(docs)))
    rng.shuffle(idx)
    idx.sort(key=lambda i: -len(docs[i].text))
    out: list[list[int]] = [[] for _ in range(k)]
    sizes = [0] * k
    for i in idx:
        j = min(range(k), key=lambda f: (sizes[f], len(out[f])))
        out[j].append(i)
        sizes[j] += len(docs[i].text)
    return [[docs[i].doc_id for i in sorted(f)] for f in out]


def _documents(gold: Sequence[LabelledText]):  # noqa: ANN202
    from policyie.records import Document

    return [Document(g.doc_id, g.text, g.meta.get("source", "")) for g in gold]


def out_of_fold(base: dict, cfg: TaggerConfig, plan: Plan, data: Data, *, log: Callable[[str], None] = _say,
                quick: bool = False) -> tuple[list[list[str]], dict[str, list], dict[str, list[float]]]:
    """(folds, transformer predictions per gold document from the model that did not see
    it, their confidences)."""
    fl = folds(data.gold, plan.k, cfg.seed)
    preds: dict[str, list] = {}
    conf: dict[str, list[float]] = {}
    t0 = time.perf_counter()
    for n, held in enumerate(fl):
        held_set = set(held)
        train = [g for g in data.gold if g.doc_id not in held_set]
        tagger = fine_tune(base, train, cfg, plan, data, steps=plan.fold_steps, seed_offset=100 + n)
        test = [g for g in data.gold if g.doc_id in held_set]
        for g, scored in zip(test, tagger.predict_scored(_documents(test), [g.ref_date for g in test])):
            preds[g.doc_id] = [m for m, _c in scored]
            conf[g.doc_id] = [round(c, 4) for _m, c in scored]
        log(f"fold {n + 1}/{len(fl)}: held out {len(held)} documents ({time.perf_counter() - t0:.0f}s)")
    return fl, preds, conf


def rule_predictions(gold: Sequence[LabelledText]) -> dict[str, list]:
    """What ``policyie evaluate --model rules`` predicts for each gold document."""
    from policyie.extraction.pipeline import Pipeline

    pipe = Pipeline()
    return {d.doc_id: list(pipe.analyse(d).mentions) for d in _documents(gold)}


# --------------------------------------------------------------------------- commands


def _prepared(seed: int, quick: bool, log: Callable[[str], None], memo: dict | None):  # noqa: ANN202
    """(cfg, plan, data, base), shared by the commands of one ``train_cli`` call."""
    key = (seed, quick)
    if memo is not None and key in memo:
        return memo[key]
    cfg, plan = settings(quick, seed)
    data = load_data(cfg, plan, quick=quick, log=log)
    base = train_base(cfg, plan, data, quick=quick, log=log)
    if memo is not None:
        memo[key] = (cfg, plan, data, base)
    return cfg, plan, data, base


def _gold_setup(out_dir: Path, seed: int, quick: bool, log: Callable[[str], None], memo: dict | None):  # noqa: ANN202
    """(cfg, plan, gold, vocab, encoder state, pretraining info) for gold fine-tuning, shared
    by the commands of one ``train_cli`` call.  The encoder is ``out_dir/pretrained`` when
    there is one, else ``policyie.models.pretrain.default_dir()``; a quick run pretrains a
    tiny encoder on a tiny text in ``out_dir/pretrained`` first."""
    from policyie.models import gold_tune as G
    from policyie.models import pretrain as P

    key = ("gold", seed, quick)
    if memo is not None and key in memo:
        return memo[key]
    local = Path(out_dir) / "pretrained"
    if quick:
        P.pretrain(local, dataclasses.replace(P.QUICK, seed=seed), texts=P.quick_texts(), log=lambda _m: None)
        d = local
    else:
        d = local if (local / "encoder.safetensors").is_file() else P.default_dir()
    if not (d / "encoder.safetensors").is_file():
        raise RuntimeError(f"no pretrained encoder in {d}: run `policyie train pretrain` first (about 40 minutes)")
    init, vocab, pcfg = P.load_pretrained(d)
    info = json.loads((d / "pretrain.json").read_text(encoding="utf-8"))
    plan = dataclasses.replace(G.QUICK_PLAN if quick else G.TunePlan())
    cfg = pcfg.tagger_config(batch_size=plan.batch_size, dropout=plan.dropout, max_len=plan.max_len,
                             overlap=plan.max_len // 4, seed=seed, threads=1)
    gold = _quick_gold() if quick else _training_gold()
    log(f"gold fine-tuning from {d} (held-out MLM loss {info['best']['loss']:.3f}, step {info['best']['step']}); "
        f"{len(gold)} gold documents")
    got = (cfg, plan, gold, vocab, init, {"dir": str(d), "best": info["best"], "config": info["config"]})
    if memo is not None:
        memo[key] = got
    return got


def _training_gold() -> list[LabelledText]:
    from policyie.models.weak import gold_documents

    gold = gold_documents()
    if not gold:
        raise RuntimeError("no gold documents: the models train on ../shared/devset and corpora/gold "
                           "(set $POLICYIE_SHARED to the shared folder)")
    return gold


def _quick_gold() -> list[LabelledText]:
    from policyie.models import weak as W

    gold = sorted(W.gold_documents(), key=lambda g: len(g.text))[:2]
    gold = [LabelledText(g.doc_id, g.text[:1500], tuple(s for s in g.spans if s[2] <= 1500), g.ref_date, False,
                         {**g.meta, "gold_mentions": tuple(m for m in g.meta["gold_mentions"] if m.end <= 1500)})
            for g in gold]
    if len(gold) < 2:
        _weak, gold = _quick_fallback([], gold)
    return gold


def train_transformer(out_dir: Path, *, seed: int, quick: bool, log: Callable[[str], None] = _say,
                      memo: dict | None = None) -> Path:
    """The shipped transformer: the pretrained encoder fine-tuned on all training gold
    (``policyie.models.gold_tune.tune``) → ``out_dir/transformer``."""
    from policyie.models import gold_tune as G
    from policyie.models.char_tagger import parameter_count
    from policyie.models.weak import rules_hash

    t0 = time.perf_counter()
    cfg, plan, gold, vocab, init, pinfo = _gold_setup(out_dir, seed, quick, log, memo)
    tagger = G.tune(gold, vocab, cfg, init=init, steps=plan.steps, lr=plan.lr, seed_offset=1,
                    rare_weight=plan.rare_weight, log=None if quick else log)
    out = Path(out_dir) / "transformer"
    extra = {
        "quick": quick, "seed": seed, "labels": "gold", "plan": G.plan_json(plan), "rules_sha": rules_hash(),
        "pretrained": pinfo, "parameters": parameter_count(tagger.model), "vocab_size": len(vocab),
        "data": {"gold_documents": [g.doc_id for g in gold], "gold_mentions": sum(len(g.spans) for g in gold),
                 "gold_chars": sum(len(g.text) for g in gold)},
        "seconds": round(time.perf_counter() - t0, 1),
    }
    tagger.save(out, extra=extra)
    log(f"transformer: {out} ({time.perf_counter() - t0:.0f}s)")
    return out


def train_hybrid(out_dir: Path, *, seed: int, quick: bool, log: Callable[[str], None] = _say,
                 memo: dict | None = None) -> Path:
    """Out-of-fold predictions of gold-tuned fold models on the training gold, the per-type
    strategy and confidence threshold chosen on them → ``out_dir/hybrid``."""
    from policyie.evaluation.gold import GoldDocument
    from policyie.models import gold_tune as G
    from policyie.models.hybrid import choose
    from policyie.models.weak import rules_hash

    t0 = time.perf_counter()
    cfg, plan, gold_lt, vocab, init, pinfo = _gold_setup(out_dir, seed, quick, log, memo)
    fl, model_preds, conf = G.out_of_fold(gold_lt, vocab, cfg, plan, init=init, log=log)
    rules = rule_predictions(gold_lt)
    gold = [GoldDocument(g.doc_id, g.text, {}, tuple(g.meta["gold_mentions"]), g.meta.get("source", ""))
            for g in gold_lt]
    # issue 8's target as the selection rule: more recall at precision no more than 0.02 lower
    choice, table = choose(gold, rules, model_preds, conf, criterion="recall")
    out = Path(out_dir) / "hybrid"
    out.mkdir(parents=True, exist_ok=True)
    tagger = _own_tagger(Path(out_dir), out)
    info = {"name": "hybrid", "quick": quick, "seed": seed, "choice": choice, "criterion": "recall",
            "transformer": tagger, "rules_sha": rules_hash(), "labels": "gold", "pretrained": pinfo,
            "k": len(fl), "folds": fl, "selection": table, "plan": G.plan_json(plan),
            "tagger": cfg.to_json(), "seconds": round(time.perf_counter() - t0, 1)}
    (out / "hybrid.json").write_text(json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8")
    with open(out / "oof.jsonl", "w", encoding="utf-8") as f:
        for g in gold_lt:
            f.write(json.dumps({"doc_id": g.doc_id,
                                "rules": [m.to_json() for m in rules[g.doc_id]],
                                "transformer": [{**m.to_json(), "confidence": c} for m, c in
                                                zip(model_preds.get(g.doc_id, []), conf.get(g.doc_id, []))]},
                               ensure_ascii=False) + "\n")
    log(f"hybrid: {choice} -> {out} ({time.perf_counter() - t0:.0f}s)")
    return out


def _own_tagger(out_dir: Path, hybrid_dir: Path) -> str:
    """The hybrid keeps its own copy of the gold-tuned tagger (``hybrid/tagger``) when
    ``out_dir/transformer`` holds one, so that ``transformer`` may stay another tagger;
    returns the folder name hybrid.json records (relative to the hybrid's folder)."""
    import shutil

    src = out_dir / "transformer"
    info = src / "tagger.json"
    if info.is_file() and json.loads(info.read_text(encoding="utf-8")).get("labels") == "gold":
        dst = hybrid_dir / "tagger"
        if dst.exists():
            shutil.rmtree(dst)
        shutil.copytree(src, dst)
        return "tagger"
    return "../transformer"


def train_pretrain(out_dir: Path | None, *, seed: int, quick: bool, budget: float | None,
                   log: Callable[[str], None] = _say) -> Path:
    """``policyie train pretrain``: masked-LM pretraining (``policyie.models.pretrain``) into
    ``out_dir/pretrained`` (default: outside the repository, ``pretrain.default_dir()``)."""
    from policyie.models import pretrain as P

    d = Path(out_dir) / "pretrained" if out_dir else P.default_dir()
    cfg = dataclasses.replace(P.QUICK if quick else P.PretrainConfig(), seed=seed)
    if budget is not None:
        cfg.budget_minutes = budget
    return P.pretrain(d, cfg, texts=P.quick_texts() if quick else None, log=log)


def _other(which: str, out_dir: Path, seed: int, quick: bool) -> Path | None:
    import importlib

    module, fn = {"spacy": ("policyie.models.spacy_ner", "train_spacy"),
                  "topic": ("policyie.models.topic", "train_topic")}[which]
    try:
        mod = importlib.import_module(module)
        train = getattr(mod, fn)
    except (ImportError, AttributeError) as e:
        _say(f"{which}: skipped ({module}.{fn} is not available: {e})")
        return None
    return train(Path(out_dir), seed=seed, quick=quick)


def _parallel_others(names: list[str], out: Path, seed: int, quick: bool):  # noqa: ANN202
    """Start ``policyie train spacy topic`` in a child process (the second core) while this
    process trains the transformer and the hybrid; None when there is one core."""
    import os
    import subprocess

    others = [n for n in names if n in ("spacy", "topic")]
    mine = [n for n in names if n not in others]
    if not others or not mine or (os.cpu_count() or 1) < 2:
        return None, names
    cmd = [sys.executable, "-m", "policyie.cli", "train", *others, "--out", str(out), "--seed", str(seed)]
    if quick:
        cmd.append("--quick")
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    _say(f"{', '.join(others)}: training in a second process (pid follows)")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
    _say(f"{', '.join(others)}: pid {proc.pid}")
    return proc, mine


def train_cli(which: Sequence[str] | str, *, out_dir: str | Path | None, seed: int, quick: bool,
              budget: float | None = None) -> int:
    """Train the named models (``all`` = transformer, hybrid, spacy, topic) into ``out_dir``
    (default ``models/artifacts``; with ``quick``, a folder in the cache, so that a smoke run
    never replaces the shipped artifacts); prints the time of each.  With ``all`` on two or more
    cores, spaCy and the topic classifier train in a second process at the same time.
    Returns 0, 1 when a model failed, 2 on bad input."""
    from policyie.models.registry import artifacts_root

    names = [which] if isinstance(which, str) else list(which) or ["all"]
    parallel = "all" in names
    if "all" in names:
        names = list(WHICH)
    unknown = [n for n in names if n not in (*WHICH, *EXTRA)]
    if unknown:
        _say(f"unknown model(s) {', '.join(unknown)} (known: {', '.join(WHICH)}, all, {', '.join(EXTRA)})")
        return 2
    if out_dir:
        out = Path(out_dir)
    elif quick:
        # a quick run never replaces the shipped artifacts
        from policyie.models.weak import cache_dir

        out = cache_dir() / "quick-artifacts"
        _say(f"--quick without --out: writing to {out}")
    else:
        out = artifacts_root()
    times: list[tuple[str, float, str]] = []
    memo: dict = {}  # data and base tagger shared by transformer and hybrid
    t_all = time.perf_counter()
    child, names = _parallel_others(names, out, seed, quick) if parallel else (None, names)
    status = 0
    for name in names:
        t0 = time.perf_counter()
        _say(f"{name}: training (seed {seed}{', quick' if quick else ''})")
        try:
            if name == "pretrain":
                where = str(train_pretrain(out if (out_dir or quick) else None, seed=seed, quick=quick, budget=budget))
            elif name == "ablation":
                import os

                weak = os.environ.get("POLICYIE_WEAK_TAGGER")  # the weak-label tagger to compare, if kept
                from policyie.models.gold_tune import run_ablation

                where = str(run_ablation(out, seed=seed, quick=quick, memo=memo, weak_dir=Path(weak) if weak else None))
            elif name == "transformer":
                where = str(train_transformer(out, seed=seed, quick=quick, memo=memo))
            elif name == "hybrid":
                where = str(train_hybrid(out, seed=seed, quick=quick, memo=memo))
            elif name == "cv":
                from policyie.models.cv import run_cv

                where = str(run_cv(seed=seed, quick=quick, artifacts=out))
            else:
                p = _other(name, out, seed, quick)
                where = str(p) if p else "skipped"
        except ImportError as e:
            _say(f"{name}: failed: {e} (the models need `pip install 'policyie[models]'`)")
            status = 1
            continue
        except RuntimeError as e:
            _say(f"{name}: failed: {e}")
            status = 1
            continue
        times.append((name, time.perf_counter() - t0, where))
        _say(f"{name}: done in {times[-1][1]:.1f}s -> {where}")
    child_lines: list[str] = []
    if child is not None:
        stdout, _ = child.communicate()
        child_lines = [ln for ln in (stdout or "").splitlines() if ln.strip() and not ln.startswith("total")]
        if child.returncode:
            _say(f"the second process (spacy, topic) failed with status {child.returncode}")
            status = 1
    for name, secs, where in times:
        print(f"{name:12s} {secs:8.1f}s  {where}")
    for ln in child_lines:
        print(f"{ln}  (second process)")
    print(f"{'total':12s} {time.perf_counter() - t_all:8.1f}s  (wall)")
    return status


# --------------------------------------------------------------------------- experiments


def mlm_check(*, seed: int = 13, mlm_steps: int = 400, mlm_windows: int = 12000, steps: int | None = None,
              log: Callable[[str], None] = _say) -> dict:
    """Does masked-LM pretraining on unlabelled corpus text help?  Trains the weak-label
    tagger twice with the same steps, from scratch and from an MLM-pretrained encoder, and
    scores both on the gold documents (which neither saw).  About 10 minutes."""
    from policyie.evaluation.gold import GoldDocument
    from policyie.evaluation.scoring import evaluate
    from policyie.models import weak as W
    from policyie.models.char_tagger import mlm_pretrain, train_tagger

    cfg, plan = settings(False, seed)
    weak = W.weak_windows(plan.weak_windows, seed=seed, max_len=cfg.max_len, overlap=cfg.overlap, log=log)
    unl = W.unlabelled_texts(mlm_windows, seed=seed, max_len=cfg.max_len)
    gold = W.gold_documents()
    vocab = CharVocab.build([w.text for w in weak] + unl, min_freq=cfg.vocab_min_freq, max_size=cfg.vocab_max)
    ex = examples_of(weak, vocab, cfg)
    golds = [GoldDocument(g.doc_id, g.text, {}, tuple(g.meta["gold_mentions"]), "") for g in gold]
    out = {}
    for name in ("scratch", "mlm"):
        t0, c0 = time.perf_counter(), time.process_time()
        init = mlm_pretrain(unl, vocab, cfg, steps=mlm_steps, log=log) if name == "mlm" else None
        model = train_tagger([(ex, 1.0)], vocab, cfg, steps=steps or plan.base_steps, init=init, log=log)
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
        preds = CharTagger(model, vocab, cfg).predict_many(_documents(gold), [g.ref_date for g in gold])
        rep = evaluate(golds, {g.doc_id: p for g, p in zip(gold, preds)})
        out[name] = {"micro_f1": rep.micro.strict.f1, "micro_p": rep.micro.strict.precision,
                     "micro_r": rep.micro.strict.recall, "seconds": round(secs, 1), "cpu_seconds": round(cpu, 1),
                     "per_type_f1": {r.label: r.strict.f1 for r in rep.labels}}
        log(f"mlm check: {name}: micro F1 {rep.micro.strict.f1:.3f} ({secs:.0f}s)")
    return out


if __name__ == "__main__":  # python -m policyie.models.train mlm-check
    if sys.argv[1:2] == ["mlm-check"]:
        print(json.dumps(mlm_check(), indent=1))
    else:
        print("usage: python -m policyie.models.train mlm-check   (training itself: policyie train …)")
