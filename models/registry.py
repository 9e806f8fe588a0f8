"""Model names → loaded models.  Heavy libraries (torch, transformers, spaCy) are imported
here only when a model is asked for."""

from __future__ import annotations


class ModelUnavailable(RuntimeError):
    """The model's artifact is missing (run `policyie train`) or its library is not installed."""


def load_model(name: str):  # noqa: ANN201 - returns a MentionModel
    raise ModelUnavailable(f"model {name!r} is not built yet: run `policyie train {name}`")
