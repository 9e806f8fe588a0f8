"""A learned yes/no decision over sparse features: a logistic model read from a JSON resource.

The extractors propose candidates and the rules answer; where a labelled-set figure shows that a
model of the candidate's context answers better (ITEM_COUNT: which counts are counts of matters),
the extractor asks a :class:`LinearDecision`.  It is trained by scikit-learn in ``models/`` and
shipped as plain weights, so that reading it needs neither scikit-learn nor numpy.

>>> d = LinearDecision({"a2=机构": 2.0, "RULE": 1.0}, bias=-1.5, threshold=0.5)
>>> round(d.probability({"a2=机构": 1.0, "RULE": 1.0}), 3)
0.818
>>> d.probability({"a2=项目": 1.0}) < d.threshold
True
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from importlib import resources
from typing import Mapping

__all__ = ["LinearDecision"]


@dataclass(frozen=True)
class LinearDecision:
    weights: Mapping[str, float]
    bias: float
    threshold: float
    meta: Mapping = field(default_factory=dict, compare=False)

    def probability(self, features: Mapping[str, float]) -> float:
        """The model's probability that the candidate is one (features absent from the model weigh nothing)."""
        z = self.bias + sum(self.weights.get(k, 0.0) * x for k, x in features.items())
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def to_json(self) -> dict:
        return {"meta": dict(self.meta), "threshold": self.threshold, "bias": self.bias,
                "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_json(cls, data: Mapping) -> "LinearDecision":
        return cls({str(k): float(w) for k, w in data["weights"].items()}, float(data["bias"]),
                   float(data["threshold"]), dict(data.get("meta", {})))

    @classmethod
    def load_resource(cls, name: str) -> "LinearDecision | None":
        """``extraction/resources/<name>``, or None when the package does not hold it."""
        res = resources.files("policyie.extraction").joinpath("resources", name)
        if not res.is_file():
            return None
        return cls.from_json(json.loads(res.read_text("utf-8")))
