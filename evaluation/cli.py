"""``policyie evaluate``: the thin function behind the command (argparse lives elsewhere)."""

from __future__ import annotations

import dataclasses
import json
import sys
from typing import Mapping, Sequence, TextIO

from policyie.records import Document, Mention

from .gold import GoldDocument, GoldFormatError, PredictionFormatError, load_gold, load_predictions
from .report import format_report
from .scoring import EvalReport, evaluate

__all__ = ["evaluate_cli"]


def _run_pipeline(gold: Sequence[GoldDocument], model: str = "rules") -> tuple[dict[str, tuple[Mention, ...]], list[str]]:
    """Predictions from ``analyse`` on each gold text; a document whose analysis raises is
    recorded in the notes (with its error) and scored as predicting nothing."""
    from policyie.batch import make_pipeline  # imported here: the CLI must load without it

    pipe = make_pipeline(model)

    predictions: dict[str, tuple[Mention, ...]] = {}
    notes: list[str] = []
    for g in gold:
        try:
            analysis = pipe.analyse(Document(doc_id=g.doc_id, text=g.text, source=g.source))
        except Exception as e:  # a batch records the failing document and goes on
            notes.append(f"{g.doc_id}: analyse failed: {type(e).__name__}: {e}")
            continue
        predictions[g.doc_id] = tuple(analysis.mentions)
    return predictions, notes


def _peer_reports(gold: Sequence[GoldDocument]) -> Mapping[str, EvalReport]:
    from .peers import JiebaJionlpPeer

    peer = JiebaJionlpPeer()
    return {peer.name: evaluate(gold, {g.doc_id: peer(g) for g in gold})}


def evaluate_cli(gold_paths: list[str], pred_path: str | None = None, *, as_json: bool = False,
                 peers: bool = False, show: int = 20, out: TextIO | None = None,
                 err: TextIO | None = None, model: str = "rules") -> int:
    """Score predictions against gold and print the table (or JSON) to ``out``.

    Predictions come from ``pred_path`` (a ``policyie extract`` JSONL, matched to gold by
    ``doc_id``) or, without it, from running the pipeline on each gold text.  With
    ``peers`` the jieba+jionlp baseline is scored too.  Returns 0, or 2 after a message
    on ``err`` when the gold or predictions cannot be read or a peer tool is missing.
    """
    # Resolved per call, not at import: tests and callers may swap sys.stdout.
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    try:
        gold = load_gold(gold_paths)
        if pred_path is not None:
            read = load_predictions(pred_path)
            predictions = read.mentions
            notes = [f"{doc}: extraction failed: {msg}" for doc, msg in read.errors.items()]
        else:
            predictions, notes = _run_pipeline(gold, model)
        report = evaluate(gold, predictions)
        report = dataclasses.replace(report, notes=(*notes, *report.notes))
        if peers:
            from .peers import PeerUnavailable

            try:
                report = dataclasses.replace(report, peers=_peer_reports(gold))
            except PeerUnavailable as e:
                print(f"policyie evaluate: {e}", file=err)
                return 2
    except (GoldFormatError, PredictionFormatError) as e:
        print(f"policyie evaluate: {e}", file=err)
        return 2
    if as_json:
        json.dump(report.to_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(format_report(report, show=show))
    return 0
