"""Evaluation: gold readers, strict/partial scoring with value accuracy, reports.

The jieba+jionlp baseline (``policyie.evaluation.peers``) is not imported here: it loads
heavy optional tools.
"""

from .gold import (GoldDocument, GoldFormatError, GoldSourceMissing, PredictionFormatError,
                   load_gold, load_predictions)
from .report import format_report
from .scoring import EvalReport, evaluate

__all__ = [
    "GoldDocument",
    "GoldFormatError",
    "GoldSourceMissing",
    "PredictionFormatError",
    "EvalReport",
    "evaluate",
    "format_report",
    "load_gold",
    "load_predictions",
]
