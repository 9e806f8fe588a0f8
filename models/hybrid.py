"""The hybrid: rules and the character transformer combined per type, the combination
chosen by document-level cross-validation on the labelled set.

The transformer proposes spans, the normalisers validate them (``policyie.models.validate``:
no value, no mention), and for each type one of these strategies is used:

* ``rules``: the rule extractor's mentions only;
* ``union``: the rules' mentions, plus the model's mentions that overlap no rule mention
  (of any type): the model adds what the rules missed;
* ``model_union``: the model's mentions, plus the rules' mentions of the type that overlap
  none of them: the model's spans win where both speak;
* ``model``: the model's mentions only;
* ``union>τ``: as ``union``, but the model adds only proposals whose confidence (the mean
  probability of their tags) is at least τ.

The overlap resolution of the guidelines (``policyie.extraction.resolve``) runs last.

The choice (``choose``) takes, per type, the candidate with the best strict F1 on the
out-of-fold predictions among those whose precision is within ``max_precision_drop`` of the
rules' (ties and gains below ``min_gain`` keep the rules), with the other types left at
``rules``.  ``nested_cv`` reports the hybrid honestly: for each held-out fold, the choice is
made on the other folds' out-of-fold predictions only.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping, Sequence

from policyie.extraction.resolve import resolve
from policyie.records import LABELS, Document, Mention

NAME = "hybrid"
STRATEGIES: tuple[str, ...] = ("rules", "union", "model_union", "model")
#: What ``choose`` tries: the strategies, and ``union>τ`` (the model adds only proposals
#: whose confidence, the mean probability of their tags, is at least τ).
CANDIDATES: tuple[str, ...] = ("rules", "union", "union>0.5", "union>0.6", "union>0.7", "union>0.8", "union>0.85",
                               "union>0.9", "union>0.95", "union>0.98", "model_union", "model")


def parse_strategy(how: str) -> tuple[str, float]:
    """``"union>0.9"`` → ``("union", 0.9)``; ``"rules"`` → ``("rules", 0.0)``."""
    base, sep, thr = how.partition(">")
    if base not in STRATEGIES or (sep and base != "union"):
        raise ValueError(f"unknown strategy {how!r} (known: {', '.join(STRATEGIES)}, union>τ)")
    t = float(thr) if sep else 0.0
    if not 0.0 <= t <= 1.0:
        raise ValueError(f"strategy {how!r}: the threshold must lie in [0, 1]")
    return base, t


def is_strategy(how: str) -> bool:
    try:
        parse_strategy(how)
    except ValueError:
        return False
    return True


def _overlaps(m: Mention, others: Sequence[Mention]) -> bool:
    return any(m.start < o.end and o.start < m.end for o in others)


def combine(rule_ms: Sequence[Mention], model_ms: Sequence[Mention], choice: Mapping[str, str],
            conf: Sequence[float] | None = None) -> list[Mention]:
    """Mentions of the hybrid for one document, given the rules' and the (validated)
    model's mentions (``conf``: the model's confidence in each, default 1.0) and a strategy
    per type (missing types: ``rules``)."""
    scores = list(conf) if conf is not None else [1.0] * len(model_ms)
    out: list[Mention] = []
    for label in LABELS:
        how, thr = parse_strategy(choice.get(label, "rules"))
        r = [m for m in rule_ms if m.label == label]
        p = [m for m, c in zip(model_ms, scores) if m.label == label and c >= thr]
        if how == "rules":
            out.extend(r)
        elif how == "model":
            out.extend(p)
        elif how == "union":
            out.extend(r)
            out.extend(m for m in p if not _overlaps(m, rule_ms))
        else:  # model_union
            out.extend(p)
            out.extend(m for m in r if not _overlaps(m, p))
    return resolve(out)


# --------------------------------------------------------------------------- choice


def _prf(gold: Sequence[Any], preds: Mapping[str, Sequence[Mention]], label: str) -> dict:
    from policyie.evaluation.scoring import evaluate

    rep = evaluate(gold, preds)
    row = rep.label(label)
    s = row.strict
    return {"gold": row.counts.gold, "predicted": row.counts.predicted, "correct": row.counts.correct,
            "p": s.precision, "r": s.recall, "f1": s.f1}


CRITERIA = ("f1", "recall")


def choose(gold: Sequence[Any], rules: Mapping[str, Sequence[Mention]], model: Mapping[str, Sequence[Mention]],
           conf: Mapping[str, Sequence[float]] | None = None, *, max_precision_drop: float = 0.02,
           min_gain: float = 0.001, criterion: str = "f1") -> tuple[dict[str, str], dict]:
    """(strategy per type, the scores behind the choice) from out-of-fold predictions of
    the documents in ``gold`` (``GoldDocument``s); ``conf`` holds the model's confidences.
    A type leaves ``rules`` only for a candidate whose precision is at most
    ``max_precision_drop`` lower and, with ``criterion="f1"``, whose strict F1 is higher by
    more than ``min_gain`` (the best F1 wins); with ``criterion="recall"`` (issue 8's target:
    more recall at precision no more than 0.02 lower), whose recall is higher by more than
    ``min_gain`` (the best recall wins, then the best precision)."""
    if criterion not in CRITERIA:
        raise ValueError(f"unknown criterion {criterion!r} (known: {', '.join(CRITERIA)})")
    key = "f1" if criterion == "f1" else "r"
    conf = conf or {}
    choice: dict[str, str] = {}
    table: dict[str, dict] = {}
    ids = [g.doc_id for g in gold]
    for label in LABELS:
        rows = {}
        for how in CANDIDATES:
            preds = {d: combine(rules.get(d, ()), model.get(d, ()), {label: how}, conf.get(d)) for d in ids}
            rows[how] = _prf(gold, preds, label)
        base = rows["rules"]
        eligible = [how for how in CANDIDATES[1:]
                    if rows[how][key] is not None and base[key] is not None
                    and (rows[how]["p"] or 0.0) >= (base["p"] or 0.0) - max_precision_drop
                    and rows[how][key] > base[key] + min_gain]
        best = max(eligible, key=lambda how: (rows[how][key], rows[how]["p"] or 0.0)) if eligible else "rules"
        choice[label] = best
        table[label] = rows
    return choice, table


def nested_cv(gold: Sequence[Any], folds: Sequence[Sequence[str]], rules: Mapping[str, Sequence[Mention]],
              model: Mapping[str, Sequence[Mention]], conf: Mapping[str, Sequence[float]] | None = None,
              **kw: Any) -> tuple[dict[str, list[Mention]], list[dict[str, str]]]:
    """Hybrid predictions for every document, each fold's combination chosen without it."""
    conf = conf or {}
    preds: dict[str, list[Mention]] = {}
    choices = []
    for held in folds:
        held_set = set(held)
        train = [g for g in gold if g.doc_id not in held_set]
        choice, _ = choose(train, rules, model, conf, **kw)
        choices.append(choice)
        for d in held:
            preds[d] = combine(rules.get(d, ()), model.get(d, ()), choice, conf.get(d))
    return preds, choices


# --------------------------------------------------------------------------- the model


class HybridModel:
    """Rules + transformer as a ``MentionModel`` (``name = "hybrid"``)."""

    name = NAME

    def __init__(self, tagger: Any, choice: Mapping[str, str]) -> None:
        for label, how in choice.items():
            if label not in LABELS or not is_strategy(how):
                raise ValueError(f"bad hybrid choice {label}: {how}")
        self.tagger = tagger
        self.choice = dict(choice)
        self._pipe = None

    @classmethod
    def load(cls, model_dir: Path, *, transformer_dir: Path | None = None, threads: int | None = None) -> "HybridModel":
        """Load ``hybrid.json`` from ``model_dir`` and the transformer it names (by default
        the sibling folder ``transformer``)."""
        from policyie.models.char_tagger import CharTagger

        d = Path(model_dir)
        cfg_path = d / "hybrid.json"
        if not cfg_path.is_file():
            raise FileNotFoundError(f"{cfg_path} is missing (run `policyie train hybrid`)")
        info = json.loads(cfg_path.read_text(encoding="utf-8"))
        tdir = Path(transformer_dir) if transformer_dir else (d / info.get("transformer", "../transformer")).resolve()
        return cls(CharTagger.load(tdir, threads=threads), info["choice"])

    def _rules(self):  # noqa: ANN202
        if self._pipe is None:
            from policyie.extraction.pipeline import Pipeline

            self._pipe = Pipeline(words=self.tagger._segmenter())
        return self._pipe

    def predict(self, document: Document, ref_date: str | None = None) -> list[Mention]:
        rule_ms = self._rules().rule_mentions(document, ref_date)
        if all(how == "rules" for how in self.choice.values()):
            return rule_ms
        wanted = {label for label, how in self.choice.items() if how != "rules"}
        thresholds = any(parse_strategy(how)[1] > 0 for how in self.choice.values())
        scored = [(m, c) for m, c in self.tagger.predict_scored([document], [ref_date], scores=thresholds)[0]
                  if m.label in wanted]
        return combine(rule_ms, [m for m, _c in scored], self.choice, [c for _m, c in scored])
