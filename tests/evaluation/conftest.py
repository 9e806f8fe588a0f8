"""Fixtures for the evaluation tests."""

from __future__ import annotations

import pytest

from policyie import paths


@pytest.fixture(scope="session")
def devset():
    """The shared dev set as GoldDocuments; skips when ../shared is not beside the checkout."""
    from policyie.evaluation.gold import load_gold

    path = paths.shared_path("devset", "devset.jsonl")
    if path is None:
        pytest.skip(paths.shared_missing("devset", "devset.jsonl"))
    return load_gold(path)
