"""Fixtures for the evaluation tests."""

from __future__ import annotations

import pytest

from policyie import paths


@pytest.fixture(scope="session")
def devset():
    """The shared dev set as GoldDocuments; skips when ../shared is not beside the checkout."""
    from policyie.evaluation.gold import load_gold

    root = paths.shared_root()
    if root is None:
        pytest.skip("no shared folder ($POLICYIE_SHARED or ../shared): dev set unavailable")
    path = root / "devset" / "devset.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return load_gold(path)
